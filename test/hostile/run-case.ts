// One hostile case: run a variant in-process through the CLI entry or its action's entry, and judge the
// product's promise for bad input: exit 1, one error line, no stack, and (checked by the caller through
// snapshotWorld) nothing touched.
import { commands } from '../../packages/release-kit/src/cli/commands.js';
import { runActionInProcess, runCliInProcess } from '../harness/in-process.js';
import type { ActionRun } from '../harness/run-action.js';
import { caseEnv, type Variant, type World } from './scenarios.js';

export type Entry = 'cli' | 'action';

/** Run `variant` in `world` through `entry`, with `extraArgs` after its arguments and `env` over its environment. */
export async function runVariant(
  variant: Variant,
  world: World,
  entry: Entry,
  overrides: { extraArgs?: string[]; inputs?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  const env = { ...caseEnv(world.services, world.target, variant), ...overrides.env };
  if (entry === 'cli') {
    return runCliInProcess([variant.command, ...variant.argv(world), ...(overrides.extraArgs ?? [])], {
      workspace: world.project.workspace,
      env,
    });
  }
  const { operation } = await commands[variant.command].load();
  return runActionInProcess(operation, {
    workspace: world.project.workspace,
    env,
    // The runner fills `token: ${{ github.token }}` in; the CLI reads GITHUB_TOKEN instead.
    inputs: { ...(variant.github ? { token: env.GITHUB_TOKEN } : {}), ...variant.action!(world), ...overrides.inputs },
  });
}

/** The error lines of a run: `error: …` lines on the terminal, ::error:: annotations on the runner. */
export function errorLines(run: ActionRun, entry: Entry): string[] {
  if (entry === 'action') return run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  return run.stderr.split('\n').filter((line) => line.startsWith('error: '));
}

/** Why `run` breaks the promise for bad input, or undefined when it keeps it. */
export function brokenPromise(run: ActionRun, entry: Entry): string | undefined {
  const text = `${run.stdout}\n${run.stderr}`;
  if (/release-kit bug/.test(text)) return `a bug report: ${firstLines(text)}`;
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(text)) return `a stack trace: ${firstLines(text)}`;
  if (run.exitCode !== 1) return `exit ${run.exitCode}, not 1: ${firstLines(text)}`;
  const errors = errorLines(run, entry);
  if (errors.length !== 1) return `${errors.length} error lines, not 1: ${firstLines(text)}`;
  if (/[\r\n]/.test(errors[0])) return `an error over several lines: ${JSON.stringify(errors[0])}`;
  return undefined;
}

function firstLines(text: string): string {
  return JSON.stringify(text.trim().split('\n').slice(0, 4).join('\n').slice(0, 600));
}
