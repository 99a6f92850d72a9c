// Running a workflow's `run:` steps the way the runner does, for the tests of the workflows' shell:
// the script taken out of the workflow file, bash --noprofile --norc -eo pipefail, the step's env, a
// GITHUB_OUTPUT file parsed back.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseRunnerFile } from '../harness/run-action.js';

const root = path.resolve(import.meta.dirname, '..', '..');

interface Step {
  id?: string;
  name?: string;
  run?: string;
}

const gitEnv = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

/** The helpers, with temporary folders from `tempDir` (the test file removes them). */
export function workflowSteps(tempDir: (prefix: string) => string) {
  /** The `run:` script of a step, found by its id or name, in .github/workflows/<workflow> (or a path from the root). */
  function script(workflow: string, job: string, step: string): string {
    const file = workflow.includes('/') ? workflow : path.join('.github', 'workflows', workflow);
    const doc = parse(readFileSync(path.join(root, file), 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const found = doc.jobs[job].steps.find((s) => s.id === step || s.name === step);
    if (!found?.run) throw new Error(`${workflow} ${job}: no run step ${step}`);
    return found.run;
  }

  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, env: { ...process.env, ...gitEnv }, encoding: 'utf8' }).trim();

  /** Run a step's script like the runner: bash -eo pipefail, the step's env, a GITHUB_OUTPUT file. */
  function runScript(run: string, cwd: string, env: Record<string, string>) {
    const out = path.join(tempDir('rk-output-'), 'output');
    writeFileSync(out, '');
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? cwd,
        GITHUB_OUTPUT: out,
        ...gitEnv,
        ...env,
      },
      encoding: 'utf8',
    });
    return {
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      outputs: parseRunnerFile(readFileSync(out, 'utf8')),
    };
  }

  /** A repository with one commit per tag, in the order given. */
  function repoWithTags(tags: string[]): string {
    const dir = tempDir('rk-tags-');
    git(dir, 'init', '-q', '-b', 'main');
    for (const tag of tags) {
      writeFileSync(path.join(dir, 'file'), tag);
      git(dir, 'add', 'file');
      git(dir, 'commit', '-q', '-m', tag);
      git(dir, 'tag', tag);
    }
    return dir;
  }

  return { script, git, runScript, repoWithTags };
}
