// The release-kit CLI covers every action: each action's name is a command whose --help lists exactly
// the action's inputs as flags, and mistakes are refused with a clear message.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runCli } from '../harness/run-action.js';

const actionNames = readdirSync(path.join(repoRoot, 'actions')).filter((n) =>
  existsSync(path.join(repoRoot, 'actions', n, 'action.yml')),
);

describe('release-kit CLI', () => {
  test('--help lists every action as a command', async () => {
    const run = await runCli(['--help']);
    expect(run.exitCode).toBe(0);
    for (const name of actionNames) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  test('no command prints the help and exits 2', async () => {
    const run = await runCli([]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('Commands:');
  });

  test.each(actionNames)('%s --help lists every input of action.yml as a flag', async (name) => {
    const meta = parse(readFileSync(path.join(repoRoot, 'actions', name, 'action.yml'), 'utf8'));
    const run = await runCli([name, '--help']);
    expect(run.exitCode).toBe(0);
    const flags = [...run.stdout.matchAll(/^ {2}--([a-z0-9-]+)/gm)].map((m) => m[1]).sort();
    expect(flags).toEqual(Object.keys(meta.inputs ?? {}).sort());
  });

  test('an unknown command names the valid ones', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/unknown command "frobnicate"; valid commands: .*verify-images/);
  });

  test('an unknown flag is refused with the valid flags', async () => {
    const run = await runCli(['publish-chart-oci', '--charts', 'x']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/unknown flag --charts for publish-chart-oci; valid flags: .*--chart\b/);
  });

  test('registry credentials come from RELEASE_KIT_REGISTRY_* variables, never needing a --password flag', async () => {
    const password = 'registry-pass-from-env-9f8e7d';
    // verify-images refuses a password without a user name before any request: proof the variable
    // reached the password input.
    const run = await runCli(
      ['verify-images', '--images', '127.0.0.1:9/acme/app:1.0.0', '--public-key', 'cosign.pub'],
      {
        env: { RELEASE_KIT_REGISTRY_PASSWORD: password },
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/input 'username'/);
    expect(run.everything).not.toContain(password);
  });

  test('a bad input value is a one-line error naming the input and the valid values, exit 1', async () => {
    const run = await runCli(['release-notes-from-changelog', '--mode', 'explode']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /input 'mode' has invalid value "explode": expected one of prepare, notes, release, publish/,
    );
  });
});
