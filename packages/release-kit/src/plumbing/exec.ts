// Running programs: argument arrays only, never a shell string (enforced by ESLint too).
import { getExecOutput } from '@actions/exec';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** false: the program gets `env` alone, not this process's environment with `env` on top. */
  inheritEnv?: boolean;
  input?: Buffer | string;
  /** Return a non-zero exit instead of throwing. */
  allowFailure?: boolean;
}

export class ExecError extends Error {
  constructor(
    readonly command: string,
    readonly args: readonly string[],
    readonly result: ExecResult,
  ) {
    super(
      `${command} ${args.join(' ')} exited with ${result.exitCode}: ${result.stderr.trim() || result.stdout.trim()}`,
    );
    this.name = 'ExecError';
  }
}

/** The first executable `name` (`name.exe` on Windows) in the directories of `pathEnv`, or undefined. */
export async function findExecutable(name: string, pathEnv: string): Promise<string | undefined> {
  const file = process.platform === 'win32' ? `${name}.exe` : name;
  for (const dir of pathEnv.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, file);
    try {
      await access(candidate, constants.X_OK);
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Run `command` with `args` (no shell), capturing output silently. */
export async function run(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const result = await getExecOutput(command, [...args], {
    cwd: options.cwd,
    // Handing the environment on, not reading it: a child gets this process's environment, as it
    // would with no `env` at all, plus the few variables the caller adds (git's token config).
    env:
      options.inheritEnv === false
        ? (options.env ?? {})
        : options.env
          ? { ...inheritedEnv(), ...options.env }
          : undefined,
    input: options.input === undefined ? undefined : Buffer.from(options.input),
    ignoreReturnCode: true,
    silent: true,
  });
  const out = { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
  if (out.exitCode !== 0 && !options.allowFailure) throw new ExecError(command, args, out);
  return out;
}

/** This process's environment, passed through to a child untouched (never read here). */
function inheritedEnv(): Record<string, string> {
  // eslint-disable-next-line no-restricted-properties -- passed through to the child untouched
  return process.env as Record<string, string>;
}
