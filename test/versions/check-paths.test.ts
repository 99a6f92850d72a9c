// `check` sees every changed file, whatever its name (issue 18, item 11): git quotes a path with
// non-ASCII characters or a newline unless asked for -z, and a quoted path matched no watch glob, so
// the check passed. Through the CLI bundle on real repositories.
import { describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../harness/run-action.js';
import { buntimeReleaseFiles, createSampleRepo } from './fixtures.js';

const NAMES = [
  'charts/templates/café.yaml',
  'charts/templates/line\nbreak.yaml',
  'charts/templates/tab\there "q".yaml',
];

describe('check with unusual file names', () => {
  test.each(NAMES)('a committed change to %j needs a chart bump', async (name) => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    const base = repo.git('rev-parse', 'HEAD');
    await writeFile(path.join(repo.dir, name), 'kind: ConfigMap\n');
    repo.commitAll('chart: a template');
    const run = await runCli(['check', '--base-ref', base], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/track 'chart'/);
    expect(run.stderr).toContain(name.split('\n')[0].replace('charts/templates/', ''));
  });

  test.each(NAMES)('an untracked %j counts too', async (name) => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    await writeFile(path.join(repo.dir, name), 'kind: ConfigMap\n');
    const run = await runCli(['check', '--base-ref', 'HEAD'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/track 'chart'/);
  });

  test.each(NAMES)('a staged %j needs a staged bump (check --staged)', async (name) => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    await writeFile(path.join(repo.dir, name), 'kind: ConfigMap\n');
    repo.git('add', '--', name);
    const run = await runCli(['check', '--staged'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/track 'chart'/);
  });

  test('a dirty file with such a name is named as it is by the dirty-tree refusal', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    await writeFile(path.join(repo.dir, 'notes café.txt'), 'x\n');
    const run = await runCli(['bump', '--chart=patch'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('?? notes café.txt');
  });
});
