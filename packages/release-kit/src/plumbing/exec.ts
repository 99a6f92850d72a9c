// Running programs: argument arrays only, never a shell string (enforced by ESLint too).
import { getExecOutput } from '@actions/exec';

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  cwd?: string;
  env?: Record<string, string>;
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

/** Run `command` with `args` (no shell), capturing output silently. */
export async function run(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const result = await getExecOutput(command, [...args], {
    cwd: options.cwd,
    // Handing the environment on, not reading it: a child gets this process's environment, as it
    // would with no `env` at all, plus the few variables the caller adds (git's token config).
    // eslint-disable-next-line no-restricted-properties -- passed through to the child untouched
    env: options.env ? { ...(process.env as Record<string, string>), ...options.env } : undefined,
    input: options.input === undefined ? undefined : Buffer.from(options.input),
    ignoreReturnCode: true,
    silent: true,
  });
  const out = { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
  if (out.exitCode !== 0 && !options.allowFailure) throw new ExecError(command, args, out);
  return out;
}
