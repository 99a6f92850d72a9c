// Runs a repository's .gitlab-ci.yml with gitlab-ci-local (the npm package) on the shell executor,
// the way a GitLab runner would run it, with nothing leaving the machine:
// - gitlab-ci-local's home and state are temporary folders (never the user's ~/.gitlab-ci-local);
// - it runs in a network namespace of its own (`unshare -n`) where the machine allows it, so a job
//   that tried to reach the network would fail rather than quietly succeed;
// - release-kit is "downloaded" by the pipeline's own `git clone` line, from a local repository that
//   holds this checkout's dist/cli bundle at the ref the pipeline pins (RELEASE_KIT_REPOSITORY and
//   RELEASE_KIT_DIR are set as CI/CD variables, the way a project would set them);
// - the tools the runner images bring and this machine has not (docker with its registry and the
//   docker:dind service, go with the C cross compilers, apt-get, bun) are one recording stand-in,
//   test/gitlab/standin.mjs, on PATH (gitlab-ci-local starts `services:` through `docker` too).
// Those are the only substitutions: the pipeline file itself runs as written.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { git, gitEnv } from '../harness/git-fixture.js';
import { repoRoot } from '../harness/run-action.js';

const STANDIN = path.join(import.meta.dirname, 'standin.mjs');
const STANDIN_TOOLS = ['docker', 'go', 'apt-get', 'bun'];
const GITLAB_CI_LOCAL = path.join(
  path.dirname(createRequire(import.meta.url).resolve('gitlab-ci-local/package.json')),
  'dist',
  'index.js',
);

/** Whether this machine can give a process a network namespace of its own (root, or user namespaces). */
export const canIsolateNetwork = spawnSync('unshare', ['-n', 'true']).status === 0;

/** One call of a stand-in tool, as test/gitlab/standin.mjs records it. */
export interface StandinCall {
  tool: string;
  args: string[];
  job: string;
  pushed?: string;
  tags?: string[];
  version?: string;
  GOOS?: string;
  GOARCH?: string;
  error?: string;
}

export interface PipelineOptions {
  /** CI/CD variables, as a project or a manual pipeline sets them (they win over the file's). */
  variables?: Record<string, string>;
  /** Predefined variables GitLab would not set for this pipeline (a tag pipeline has no CI_COMMIT_BRANCH). */
  unset?: string[];
  /** Run these jobs only (with --needs: what they need too), instead of the whole pipeline. */
  jobs?: string[];
}

export interface PipelineResult {
  exitCode: number;
  /** gitlab-ci-local's whole output (every job's log lines, then the PASS/FAIL summary). */
  output: string;
  /** The jobs that ran, by name, with their verdict from the summary. */
  jobs: Record<string, 'PASS' | 'FAIL' | 'WARN'>;
  /** The stand-ins' calls during this pipeline. */
  calls: StandinCall[];
  /** The lines a job printed (gitlab-ci-local's `job > line`). */
  jobLines: (job: string) => string[];
}

export interface GitLabGround {
  base: string;
  /** The local release-kit repository the pipeline clones (file:// URL). */
  releaseKitUrl: string;
  /** Run the pipeline of `cwd` as GitLab would for its current checkout, with extra CI/CD variables. */
  run(cwd: string, options?: PipelineOptions): Promise<PipelineResult>;
  /** Parse and check `cwd`'s .gitlab-ci.yml against GitLab's JSON schema and list its jobs; runs nothing. */
  validate(cwd: string): Promise<{ exitCode: number; output: string }>;
  close(): Promise<void>;
}

/**
 * Prepare the ground once per test file: a temporary home, the stand-ins' PATH, and a release-kit
 * repository with dist/cli committed and tagged `ref` (the pipeline's RELEASE_KIT_REF).
 */
export async function startGitLabGround(ref = 'v1'): Promise<GitLabGround> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'rk-gitlab-'));
  const home = path.join(base, 'home');
  const bin = path.join(base, 'bin');
  const log = path.join(base, 'standin.log');
  await mkdir(home, { recursive: true });
  await mkdir(bin, { recursive: true });
  for (const tool of STANDIN_TOOLS) await symlink(STANDIN, path.join(bin, tool));

  const releaseKit = path.join(base, 'release-kit');
  await mkdir(path.join(releaseKit, 'dist'), { recursive: true });
  // The bundle without its source maps (half its size, and the CLI does not read them): a faster clone.
  await cp(path.join(repoRoot, 'dist', 'cli'), path.join(releaseKit, 'dist', 'cli'), {
    recursive: true,
    filter: (source) => !source.endsWith('.map'),
  });
  git(base, ['init', '--quiet', '--initial-branch=main', releaseKit]);
  // Served uncompressed: every job clones it, and zlib on a busy machine is most of a clone's time.
  git(releaseKit, ['config', 'pack.compression', '0']);
  git(releaseKit, ['add', '-A']);
  git(releaseKit, ['commit', '--quiet', '-m', 'release-kit dist/cli']);
  git(releaseKit, ['tag', ref]);
  const releaseKitUrl = `file://${releaseKit}`;

  // The machine's environment, less what would leak a GitHub or GitLab run into the jobs.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    // GCL_* variables are gitlab-ci-local's own options.
    Object.entries(process.env).filter(
      ([name]) => !/^(GITHUB_|RUNNER_|CI_|GITLAB_|GCL_|RELEASE_KIT_|ACTIONS_)/.test(name),
    ),
  );
  Object.assign(env, gitEnv, {
    HOME: home,
    PATH: [bin, path.dirname(process.execPath), env.PATH].join(path.delimiter),
    STANDIN_LOG: log,
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  });

  /** gitlab-ci-local in `cwd` (relative --cwd: it insists), its home ours, without a network where possible. */
  async function gitlabCiLocal(cwd: string, args: string[]): Promise<{ exitCode: number; output: string }> {
    const all = [GITLAB_CI_LOCAL, '--cwd', '.', '--home', home, ...args];
    const [command, commandArgs] = canIsolateNetwork
      ? ['unshare', ['-n', process.execPath, ...all]]
      : [process.execPath, all];
    return new Promise((resolve, reject) => {
      const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ exitCode: code ?? 1, output: text }));
    });
  }

  let validated = false;
  async function run(cwd: string, options: PipelineOptions = {}): Promise<PipelineResult> {
    // A new pipeline starts from the repository alone: no state, artifacts or builds of an earlier one.
    execFileSync('git', ['clean', '-ffdxq'], { cwd });
    const before = await readFile(log, 'utf8').catch(() => '');
    const variables = {
      RELEASE_KIT_REPOSITORY: releaseKitUrl,
      RELEASE_KIT_DIR: '.release-kit',
      ...options.variables,
    };
    const args = [
      '--shell-isolation',
      '--force-shell-executor',
      '--no-color',
      // GitLab's JSON schema is checked on the first run (the file does not change between runs).
      ...(validated ? ['--no-json-schema-validation'] : []),
      '--concurrency',
      '2',
      '--ignore-predefined-vars',
      'CI_COMMIT_REF_NAME,CI_COMMIT_REF_SLUG',
      ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]),
      ...(options.unset ?? []).flatMap((name) => ['--unset-variable', name]),
      ...(options.jobs ? [...options.jobs, '--needs'] : []),
    ];
    const { exitCode, output } = await gitlabCiLocal(cwd, args);
    validated = true;
    const jobs: PipelineResult['jobs'] = {};
    for (const [, verdict, name] of output.matchAll(/^ (PASS|FAIL|WARN) .*? ([\w:.-]+)\s*$/gm))
      jobs[name] = verdict as 'PASS' | 'FAIL' | 'WARN';
    const calls = (await readFile(log, 'utf8').catch(() => ''))
      .slice(before.length)
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as StandinCall);
    const jobLines = (job: string) => {
      const prefix = new RegExp(`^${job.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+> ?(.*)$`);
      return output.split('\n').flatMap((line) => {
        const match = prefix.exec(line);
        return match ? [match[1]] : [];
      });
    };
    return { exitCode, output, jobs, calls, jobLines };
  }

  return {
    base,
    releaseKitUrl,
    run,
    validate: (cwd) => gitlabCiLocal(cwd, ['--list', '--no-color', '--no-evaluate-rule-changes']),
    close: () => rm(base, { recursive: true, force: true }),
  };
}

/** Write `files` into `dir` (parents created). */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
}
