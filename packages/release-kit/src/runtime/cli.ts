// Runs an Operation from the command line: flags become inputs, outputs are printed.
import { writeFile } from 'node:fs/promises';
import { Inputs, recordInputSource } from '../plumbing/inputs.js';
import { locatedMessage, userErrorJson } from '../plumbing/errors.js';
import { terminalLogger } from '../plumbing/log.js';
import { runnerContext, type RunHost } from './context.js';
import { failureOf } from './failure.js';
import type { Operation, OperationContext } from './operation.js';

export interface ParsedArgs {
  flags: Record<string, string>;
  positionals: string[];
}

/**
 * Parse `--name value`, `--name=value`, `--flag` (true), `--flag true|false` and `--no-flag` (false).
 * A flag given twice is joined with a newline, matching multi-line action inputs.
 */
export function parseArgs(argv: string[], booleanFlags: ReadonlySet<string> = new Set()): ParsedArgs {
  const flags: Record<string, string> = {};
  const positionals: string[] = [];
  const put = (name: string, value: string) => {
    flags[name] = flags[name] === undefined ? value : `${flags[name]}\n${value}`;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const body = arg.slice(2);
    const eq = body.indexOf('=');
    if (eq >= 0) put(body.slice(0, eq), body.slice(eq + 1));
    else if (body.startsWith('no-') && !booleanFlags.has(body)) put(body.slice(3), 'false');
    // A boolean flag may still be given its value, as the action input is written: `--major-zero true`.
    else if (booleanFlags.has(body) && (argv[i + 1] === 'true' || argv[i + 1] === 'false')) put(body, argv[++i]);
    else if (booleanFlags.has(body) || i + 1 >= argv.length || argv[i + 1].startsWith('--')) put(body, 'true');
    else put(body, argv[++i]);
  }
  return { flags, positionals };
}

/** Help text for an operation: its inputs, with defaults, as flags. */
export function operationHelp(operation: Operation, usage = `release-kit ${operation.name} [--input value …]`): string {
  const width = Math.max(...operation.inputs.map((i) => i.name.length), 4) + 4;
  const lines = [`${operation.description}`, '', `Usage: ${usage}`, '', 'Inputs (as flags):'];
  for (const input of operation.inputs) {
    const def = input.default !== undefined && input.default !== '' ? ` (default: ${input.default})` : '';
    lines.push(`  --${input.name.padEnd(width)}${input.description}${input.required ? ' (required)' : ''}${def}`);
  }
  lines.push('', 'Outputs:');
  for (const output of operation.outputs) lines.push(`  ${output.name.padEnd(width + 2)}${output.description}`);
  lines.push(
    '',
    'Common flags: --json (outputs as one JSON object), --summary FILE (write the step summary), --api-url URL.',
  );
  return lines.join('\n');
}

/**
 * A usage mistake found before the operation runs (an unknown flag or command): one line on stderr and,
 * with --json, `{"error": {message}}` on stdout; exit code 2.
 */
export function usageError(host: RunHost, message: string, json: boolean): number {
  host.stderr(`error: ${message}\n`);
  if (json) host.stdout(`${JSON.stringify({ error: { message } }, null, 2)}\n`);
  return 2;
}

/**
 * Run `operation` with the given flags as its inputs. Prints `name=value` per output (or, with --json,
 * one JSON object and nothing else on stdout: the outputs, or `{"error": {…}}` on failure) and returns
 * the process exit code: 0, 1 for the user's mistake, 70 for a release-kit bug, 2 for a usage error.
 */
export async function runOperationFromCli(
  operation: Operation,
  flags: Record<string, string>,
  host: RunHost,
): Promise<number> {
  const { json: jsonFlag, summary: summaryFile, 'api-url': apiUrl, ...inputFlags } = flags;
  const json = jsonFlag === 'true';
  // --api-url reaches the operation through its runner context only; the host's environment stays as it was.
  const env: Record<string, string | undefined> = { ...host.env, ...(apiUrl ? { GITHUB_API_URL: apiUrl } : {}) };
  const known = new Set(operation.inputs.map((i) => i.name));
  // Only operations that take a token get GITHUB_TOKEN; the others would reject it as an unknown flag.
  if (inputFlags.token === undefined && env.GITHUB_TOKEN && known.has('token')) inputFlags.token = env.GITHUB_TOKEN;
  // Registry credentials from the environment, so a password need not sit on a command line where
  // `ps` and /proc show it to every user of the machine.
  for (const [input, variable] of [
    ['username', 'RELEASE_KIT_REGISTRY_USERNAME'],
    ['password', 'RELEASE_KIT_REGISTRY_PASSWORD'],
  ] as const) {
    const value = env[variable];
    if (inputFlags[input] === undefined && value && known.has(input)) inputFlags[input] = value;
  }
  for (const name of Object.keys(inputFlags)) {
    if (!known.has(name)) {
      return usageError(
        host,
        `unknown flag --${name} for ${operation.name}; valid flags: ${[...known].map((n) => `--${n}`).join(', ')}`,
        json,
      );
    }
  }
  const runner = runnerContext(env, host.cwd);
  const line = (text: string) => host.stdout(`${text}\n`);
  const problem = (text: string) => host.stderr(`${text}\n`);
  const context: OperationContext = {
    inputs: new Inputs(recordInputSource(inputFlags), undefined, operation.inputs),
    runner,
    // With --json, stdout is the one JSON object a script parses: every progress line goes to stderr.
    log: terminalLogger({ print: json ? problem : line, problems: problem, debug: runner.debug }),
    // A terminal has no log masking; the CLI never prints a secret itself.
    mask: () => {},
  };
  try {
    const result = await operation.run(context);
    if (json) {
      line(JSON.stringify(result.outputs, null, 2));
    } else {
      for (const [name, value] of Object.entries(result.outputs)) {
        line(`${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
      }
    }
    if (summaryFile && result.summary) await writeFile(summaryFile, result.summary);
    return 0;
  } catch (error) {
    const failure = failureOf(error, runner.workspace);
    if (failure.user) {
      problem(`error: ${locatedMessage(failure.user.message, failure.user.location)}`);
      if (json) line(JSON.stringify(userErrorJson(failure.user), null, 2));
      if (summaryFile && failure.user.summary) await writeFile(summaryFile, failure.user.summary);
      return 1;
    }
    problem(failure.bug);
    // The stack stays on stderr; a script parsing stdout learns it was a bug, not its input.
    if (json) line(JSON.stringify({ error: { message: failure.bug.split('\n')[0], bug: true } }, null, 2));
    return 70;
  }
}
