// One hostile case: run a variant in-process through the CLI entry or its action's entry, and judge the
// product's promise for bad input: exit 1, one error line, no stack, and (checked by the caller through
// snapshotWorld) nothing touched.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { commands } from '../../packages/release-kit/src/cli/commands.js';
import { repoRoot, runAction, runCli } from '../harness/run-action.js';
import { runActionInProcess, runCliInProcess } from '../harness/in-process.js';
import type { ActionRun } from '../harness/run-action.js';
import { caseEnv, type Variant, type World } from './scenarios.js';

export type Entry = 'cli' | 'action';

/** Whether the variant's operation is an action's (actions/<name>/action.yml), so it runs through runAction too. */
export function isAction(variant: Variant): boolean {
  return existsSync(path.join(repoRoot, 'actions', variant.operation, 'action.yml'));
}

/**
 * Run `variant` in `world` through `entry`. With `inputs`, the invocation is the operation's inputs with
 * these over them: the action's inputs, or the operation's own command with `--name=value` flags;
 * without, the CLI runs the variant's arguments as a user types them.
 */
export async function runVariant(
  variant: Variant,
  world: World,
  entry: Entry,
  overrides: { inputs?: Record<string, string>; env?: Record<string, string>; spawned?: boolean } = {},
): Promise<ActionRun> {
  const env = { ...caseEnv(world.services, world.target, variant), ...overrides.env };
  const inputs = { ...variant.inputs(world), ...overrides.inputs };
  if (entry === 'cli') {
    const args = overrides.inputs
      ? [variant.operation, ...Object.entries(inputs).map(([name, value]) => `--${name}=${value}`)]
      : [variant.command, ...variant.argv(world)];
    const options = { workspace: world.project.workspace, env };
    // The spawned CLI is a terminal's: the runner's variables runNodeScript sets are taken away.
    if (overrides.spawned) return runCli(args, { ...options, env: { GITHUB_ACTIONS: undefined, ...env } });
    return runCliInProcess(args, options);
  }
  const options = {
    workspace: world.project.workspace,
    env,
    // The runner fills `token: ${{ github.token }}` in; the CLI reads GITHUB_TOKEN instead.
    inputs: { ...(variant.github ? { token: env.GITHUB_TOKEN } : {}), ...inputs },
  };
  if (overrides.spawned) return runAction(variant.operation, options);
  const { operation } = await commands[variant.operation].load();
  return runActionInProcess(operation, options);
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
  if (errors.length !== 1 + itemsBefore(errors)) return `${errors.length} error lines, not 1: ${firstLines(text)}`;
  const several = errors.find((e) => /[\r\n]/.test(e));
  if (several !== undefined) return `an error over several lines: ${JSON.stringify(several)}`;
  return undefined;
}

/**
 * A failure with several problems (check's tracks, verify-images' images) gives each its own line
 * and ends with the count: `failed with 2 problem(s)`, `2 of 3 image(s) failed`. One problem is one line.
 */
function itemsBefore(errors: string[]): number {
  const last = errors[errors.length - 1] ?? '';
  const count = /failed with (\d+) problem\(s\)|^(?:error: )?(\d+) of \d+ image\(s\) failed/.exec(last);
  const n = count ? Number(count[1] ?? count[2]) : 0;
  return n > 1 ? n : 0;
}

function firstLines(text: string): string {
  return JSON.stringify(text.trim().split('\n').slice(0, 4).join('\n').slice(0, 600));
}
