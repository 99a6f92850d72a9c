// Runs an operation in this process through the same entries the bundles use (runtime/action.ts's
// runAction, cli/commands.ts's runCli), with an injected environment, directory and output sinks:
// what a bundle run would print and write, without a process spawn per case (for sweeps and
// property tests that run thousands of cases; the bundles themselves are covered by run-action.ts).
import { accessSync, constants, mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../../packages/release-kit/src/runtime/action.js';
import type { RunHost } from '../../packages/release-kit/src/runtime/context.js';
import type { Operation } from '../../packages/release-kit/src/runtime/operation.js';
import { runCli } from '../../packages/release-kit/src/cli/commands.js';
import { parseAnnotations, parseRunnerFile, type ActionRun, type RunActionOptions } from './run-action.js';

/**
 * Where each run's runner files go (GITHUB_OUTPUT, the summary, RUNNER_TEMP): tmpfs when the machine
 * has one. A run's mkdtemp, writes and rm cost ~5 ms on a loaded disk and ~0.2 ms there, and the
 * property test makes thousands of runs; what the runs see is the same directory layout either way.
 */
export const scratchRoot: string = (() => {
  try {
    accessSync('/dev/shm', constants.W_OK);
    if (statSync('/dev/shm').isDirectory()) return '/dev/shm';
  } catch {
    // No tmpfs here: the ordinary temporary directory.
  }
  return os.tmpdir();
})();

/** The runner's environment as run-action.ts gives a bundle, for `workspace`, with `temp` for its files. */
export function runnerEnv(workspace: string, temp: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? temp,
    LANG: 'C.UTF-8',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
    GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/kruntimes',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9/api',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: path.join(temp, 'runner-temp'),
    RUNNER_OS: 'Linux',
    RELEASE_KIT_RETRY_BASE_MS: '20',
  };
}

/** A host that captures what a run prints. */
function capturingHost(env: Record<string, string>, cwd: string): RunHost & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { env, cwd, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), out, err };
}

function environment(workspace: string, temp: string, options: RunActionOptions): Record<string, string> {
  const env = runnerEnv(workspace, temp);
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Run `operation` as its action would run, in-process: INPUT_* variables, GITHUB_OUTPUT, the step summary. */
export async function runActionInProcess(operation: Operation, options: RunActionOptions = {}): Promise<ActionRun> {
  const temp = mkdtempSync(path.join(scratchRoot, 'rk-inproc-'));
  try {
    const workspace = options.workspace ?? temp;
    const env = environment(workspace, temp, options);
    mkdirSync(env.RUNNER_TEMP, { recursive: true });
    writeFileSync(env.GITHUB_OUTPUT, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
    for (const [key, value] of Object.entries(options.inputs ?? {})) {
      if (value !== undefined) env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = String(value);
    }
    const host = capturingHost(env, workspace);
    const exitCode = await runAction(operation, host);
    return collect(exitCode, host, env);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Run `release-kit …args` in-process, in `options.workspace` (the CLI's working directory). */
export async function runCliInProcess(args: string[], options: RunActionOptions = {}): Promise<ActionRun> {
  const temp = mkdtempSync(path.join(scratchRoot, 'rk-inproc-'));
  try {
    const workspace = options.workspace ?? temp;
    const env = environment(workspace, temp, { ...options, env: { GITHUB_ACTIONS: undefined, ...options.env } });
    // A terminal: no runner files unless the test names them.
    for (const key of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_EVENT_PATH', 'GITHUB_WORKSPACE'])
      if (!options.env?.[key]) delete env[key];
    mkdirSync(env.RUNNER_TEMP, { recursive: true });
    const host = capturingHost(env, workspace);
    const exitCode = await runCli(args, host);
    return collect(exitCode, host, env);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function collect(exitCode: number, host: { out: string[]; err: string[] }, env: Record<string, string>): ActionRun {
  const stdout = host.out.join('');
  const stderr = host.err.join('');
  const read = (file: string | undefined) => {
    try {
      return file ? readFileSync(file, 'utf8') : '';
    } catch {
      return '';
    }
  };
  const outputText = read(env.GITHUB_OUTPUT);
  const summary = read(env.GITHUB_STEP_SUMMARY);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseRunnerFile(outputText),
    summary,
    annotations: parseAnnotations(stdout),
    masks: stdout
      .split(/\r?\n/)
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length)),
    everything: [stdout, stderr, outputText, summary].join('\n'),
  };
}

/** A loopback port nothing listens on (bound, then released): connecting to it is refused at once. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
