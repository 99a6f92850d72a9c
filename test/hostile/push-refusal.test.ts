// A push a server refuses (issue 19, "show a git pre-receive hook's rejection reason"): the error line
// carries what the hook said and git's reason, not only "failed to push some refs". Bump-version's
// release push and the catalog push, in-process through the CLI entry.
import { afterEach, expect, test } from '@jest/globals';
import { chmod, cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createSampleRepo, type SampleRepo } from '../harness/git-fixture.js';
import { runCliInProcess } from '../harness/in-process.js';
import { fixturesDir } from '../charts/chart-fixtures.js';
import { BUNTIME_CHART, BUNTIME_CONFIG } from '../versions/fixtures.js';

const made: SampleRepo[] = [];
afterEach(async () => {
  for (const repo of made.splice(0)) await rm(path.dirname(repo.dir), { recursive: true, force: true });
});

/** A pre-receive hook on `remote` that explains itself on stderr, as GitHub's branch protection does. */
async function refusingHook(remote: string): Promise<void> {
  const hook = path.join(remote, 'hooks', 'pre-receive');
  await writeFile(
    hook,
    ['#!/bin/sh', 'echo "GH006: Protected branch update failed for refs/heads/main." >&2', 'exit 1', ''].join('\n'),
  );
  await chmod(hook, 0o755);
}

test('bump-version: a push refused by a pre-receive hook says what the hook said, in one line', async () => {
  const repo = await createSampleRepo({
    '.github/release-kit.yml': BUNTIME_CONFIG,
    'charts/buntime/Chart.yaml': BUNTIME_CHART,
    'README.md': 'Download `krt_v1.1.0_linux_amd64.tar.gz` from the release.\n',
    'package.json': '{\n  "name": "buntime",\n  "private": true,\n  "version": "0.2.26"\n}\n',
    'apps/runtime/package.json': '{\n  "name": "@buntime/runtime",\n  "version": "1.1.0"\n}\n',
  });
  made.push(repo);
  await refusingHook(repo.remote);
  const before = repo.git('ls-remote', repo.remote);
  const run = await runCliInProcess(['bump', '--chart=patch', '--push'], { workspace: repo.dir });
  expect(run.exitCode).toBe(1);
  const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain('GH006: Protected branch update failed for refs/heads/main.');
  expect(errors[0]).toContain('pre-receive hook declined');
  expect(errors[0]).not.toContain('failed to push some refs');
  expect(repo.git('ls-remote', repo.remote)).toBe(before);
});

test('publish-chart-catalog: a catalog push refused by a hook says what the hook said', async () => {
  const project = await createSampleRepo({ 'README.md': '# Buntime\n' });
  await cp(path.join(fixturesDir, 'buntime'), path.join(project.dir, 'deploy', 'buntime'), { recursive: true });
  project.commitAll('deploy chart');
  const catalog = await createSampleRepo({ 'README.md': '# charts\n' });
  made.push(project, catalog);
  await refusingHook(catalog.remote);
  const run = await runCliInProcess(
    [
      'publish-chart-catalog',
      '--chart',
      'deploy/buntime',
      '--target',
      'rancher',
      '--repository',
      catalog.remote,
      '--branch',
      'main',
    ],
    { workspace: project.dir },
  );
  expect(run.exitCode).toBe(1);
  const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain('GH006: Protected branch update failed for refs/heads/main.');
});
