// The CLI's bump and check commands through the bundle (dist/cli/index.js): the same code path as
// the action, with the --<track> flags read from the config.
import { describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../harness/run-action.js';
import { git } from '../harness/git-fixture.js';
import { buntimeFiles, createSampleRepo, kruntimesFiles, snapshot } from '../versions/fixtures.js';

const outputsOf = (stdout: string) =>
  Object.fromEntries(
    stdout
      .split('\n')
      .filter((l) => /^[a-z-]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

describe('release-kit bump', () => {
  test('--chart=patch --app=patch --tag: runtime 1.1.1, appVersion "1.1.1", tag v0.2.27 on the remote', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const run = await runCli(['bump', '--chart=patch', '--app=patch', '--tag'], { workspace: repo.dir });
    expect(run.stderr).toMatch(/^(warning: .*\n?)*$/);
    expect(run.exitCode).toBe(0);
    const out = outputsOf(run.stdout);
    expect(out).toMatchObject({ state: 'bumped', tag: 'v0.2.27', commit: repo.git('rev-parse', 'HEAD') });
    expect(JSON.parse(out.versions).app).toEqual({ previous: '1.1.0', current: '1.1.1' });
    expect(await readFile(path.join(repo.dir, 'charts/buntime/Chart.yaml'), 'utf8')).toContain('appVersion: "1.1.1"');
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.2.27^{}']).split('\t')[0]).toBe(out.commit);

    const again = await runCli(['bump', '--chart=patch', '--app=patch', '--tag', '--json'], { workspace: repo.dir });
    expect(again.exitCode).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ state: 'unchanged', tag: 'v0.2.27' });
  });

  test('--no-commit edits the files only; --no-push keeps the tag local', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const head = repo.git('rev-parse', 'HEAD');
    const edit = await runCli(['bump', '--chart=patch', '--no-commit'], { workspace: repo.dir });
    expect(edit.exitCode).toBe(0);
    expect(outputsOf(edit.stdout)).toMatchObject({ state: 'bumped', commit: '' });
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.git('status', '--porcelain')).not.toBe('');
    repo.git('checkout', '--quiet', '--', '.');

    const local = await runCli(['bump', '--chart', 'minor', '--tag', '--no-push'], { workspace: repo.dir });
    expect(local.exitCode).toBe(0);
    expect(outputsOf(local.stdout).tag).toBe('v0.3.0');
    expect(repo.git('tag', '--list')).toBe('v0.3.0');
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.3.0'])).toBe('');
  });

  test('an unknown track flag or bump kind: a one-line error, nothing touched', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const before = snapshot(repo);
    const typo = await runCli(['bump', '--chrt=patch'], { workspace: repo.dir });
    expect(typo.exitCode).toBe(2);
    expect(typo.stderr).toMatch(/unknown flag --chrt/);
    const kind = await runCli(['bump', '--chart=huge'], { workspace: repo.dir });
    expect(kind.exitCode).toBe(1);
    expect(kind.stderr.trim()).toMatch(
      /^error: input 'bump' has invalid value "chart=huge": expected chart=KIND with KIND one of patch, minor, major, prerelease or an explicit version x\.y\.z$/,
    );
    expect(snapshot(repo)).toBe(before);
  });

  test('--help lists the flags', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const help = await runCli(['bump', '--help'], { workspace: repo.dir });
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('--allow-dirty');
    expect(help.stdout).toContain('release-kit bump --<track>=');
  });
});

describe('release-kit check', () => {
  test('--base-ref: a watched change without a bump fails on the file and line, and passes after the bump', async () => {
    const repo = await createSampleRepo(kruntimesFiles());
    const base = repo.git('rev-parse', 'HEAD');
    await repo.write('charts/krt-gateway/values.yaml', 'replicas: 3\n');
    repo.commitAll('gateway: values');
    const failed = await runCli(['check', '--base-ref', base], { workspace: repo.dir });
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/^error: charts\/krt-gateway\/Chart.yaml:3: track 'gateway-chart'/m);
    const bumped = await runCli(['bump', '--gateway-chart=patch'], { workspace: repo.dir });
    expect(bumped.exitCode).toBe(0);
    const passed = await runCli(['check', '--base-ref', base], { workspace: repo.dir });
    expect(passed.exitCode).toBe(0);
    expect(outputsOf(passed.stdout).state).toBe('checked');
  });
});
