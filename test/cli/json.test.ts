// `--json` through the CLI bundle: stdout holds exactly one JSON object (the outputs, state included)
// and every progress line goes to stderr, for every command, so `release-kit … --json | jq` works.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { runCli, type ActionRun } from '../harness/run-action.js';
import { buntimeFiles, createSampleRepo } from '../versions/fixtures.js';
import { chartCopy } from '../charts/chart-fixtures.js';
import { registryAvailable, startRegistry, type TestRegistry } from '../registry/registry.js';

/** The whole of stdout parsed as one JSON value: throws (failing the test) on any stray line. */
function wholeStdoutJson(run: ActionRun): Record<string, unknown> {
  expect(run.stdout.trim().startsWith('{')).toBe(true);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('--json prints one JSON object on stdout, logs on stderr', () => {
  test('check --json', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const run = await runCli(['check', '--json'], { workspace: repo.dir });
    expect(run.exitCode).toBe(0);
    expect(wholeStdoutJson(run)).toMatchObject({ state: 'checked' });
    // The progress lines did not vanish: they moved to stderr.
    expect(run.stderr).not.toBe('');
  });

  test('bump --json, then the rerun --json: bumped, then unchanged', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const first = await runCli(['bump', '--chart=patch', '--tag', '--json'], { workspace: repo.dir });
    expect(first.exitCode).toBe(0);
    expect(wholeStdoutJson(first)).toMatchObject({
      state: 'bumped',
      tag: 'v0.2.27',
      commit: repo.git('rev-parse', 'HEAD'),
    });
    expect(first.stderr).not.toBe('');
    const again = await runCli(['bump', '--chart=patch', '--tag', '--json'], { workspace: repo.dir });
    expect(again.exitCode).toBe(0);
    expect(wholeStdoutJson(again)).toMatchObject({ state: 'unchanged', tag: 'v0.2.27' });
  });

  test('without --json the name=value lines stay on stdout', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const run = await runCli(['check'], { workspace: repo.dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^state=checked$/m);
  });
});

const describeIfRegistry = registryAvailable() ? describe : describe.skip;

describeIfRegistry('publish-chart-oci --json against a real registry', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => registry?.close());

  test('pushed, then unchanged, each a single JSON object', async () => {
    const repo = await createSampleRepo({ 'README.md': '# sample\n' });
    try {
      await chartCopy('buntime', path.join(repo.dir, 'charts'));
      repo.commitAll('chart');
      const args = [
        'publish-chart-oci',
        '--chart',
        'charts/buntime',
        '--registry',
        `oci://${registry.host}/charts`,
        '--plain-http',
        '--json',
      ];
      const first = await runCli(args, { workspace: repo.dir });
      expect(first.exitCode).toBe(0);
      const pushed = wholeStdoutJson(first);
      expect(pushed).toMatchObject({ state: 'pushed', name: 'buntime', version: '0.3.0' });
      expect(pushed.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      const again = await runCli(args, { workspace: repo.dir });
      expect(again.exitCode).toBe(0);
      expect(wholeStdoutJson(again)).toMatchObject({ state: 'unchanged', digest: pushed.digest });
    } finally {
      await rm(path.dirname(repo.dir), { recursive: true, force: true });
    }
  });
});
