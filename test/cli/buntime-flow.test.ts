// Buntime's release flow on its real layout, through the CLI bundle (dist/cli/index.js): prepare then
// bump with --include, reruns that change nothing, required and implied tracks, a push race, and the
// pre-commit `check --staged`. Each case reproduces a bug of issue 11.
import { describe, expect, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../harness/run-action.js';
import { git } from '../harness/git-fixture.js';
import { buntimeReleaseFiles, createSampleRepo, snapshot } from '../versions/fixtures.js';

const outputsOf = (stdout: string) =>
  Object.fromEntries(
    stdout
      .split('\n')
      .filter((l) => /^[a-z-]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');
const chartVersion = async (dir: string) => /^version: (\S+)/m.exec(await read(dir, 'charts/Chart.yaml'))![1];
/** stderr holding at most warnings (e.g. the default-token one after a tag push). */
const WARNINGS_ONLY = /^(warning: .*\n?)*$/;
const PREPARE = ['changelog', 'prepare', '0.3.1', '--chart-release-notes', 'charts/release-notes.md'];
const BUMP = ['bump', '--chart=patch', '--tag', '--include', 'CHANGELOG.md', '--include', 'charts/Chart.yaml'];

describe('Buntime: prepare, then bump with --include', () => {
  test('the documented path works on the dirty tree, and a rerun of both commands is unchanged', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    const prepared = await runCli(PREPARE, { workspace: repo.dir });
    expect(prepared.stderr).toMatch(WARNINGS_ONLY);
    expect(prepared.exitCode).toBe(0);
    expect(
      repo
        .git('status', '--porcelain')
        .split('\n')
        .map((l) => l.trim())
        .sort(),
    ).toEqual(['M CHANGELOG.md', 'M charts/Chart.yaml']);

    const bumped = await runCli(BUMP, { workspace: repo.dir });
    expect(bumped.stderr).toMatch(WARNINGS_ONLY);
    expect(bumped.exitCode).toBe(0);
    const out = outputsOf(bumped.stdout);
    expect(out).toMatchObject({ state: 'bumped', tag: 'v0.3.1' });
    // The prepared changelog and the release-notes annotation are in the release commit, the tree is clean.
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'CHANGELOG.md',
      'charts/Chart.yaml',
      'package.json',
    ]);
    expect(await read(repo.dir, 'charts/Chart.yaml')).toContain('catalog.cattle.io/release-notes');
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.3.1^{}']).split('\t')[0]).toBe(out.commit);

    const before = snapshot(repo);
    const again = await runCli(PREPARE, { workspace: repo.dir });
    expect(again.exitCode).toBe(0);
    expect(outputsOf(again.stdout).state).toBe('unchanged');
    const rerun = await runCli(BUMP, { workspace: repo.dir });
    expect(rerun.stderr).toMatch(WARNINGS_ONLY);
    expect(rerun.exitCode).toBe(0);
    expect(outputsOf(rerun.stdout)).toMatchObject({ state: 'unchanged', tag: 'v0.3.1', commit: out.commit });
    expect(await chartVersion(repo.dir)).toBe('0.3.1');
    expect(snapshot(repo)).toBe(before);
  });

  test('a dirty tree outside --include: the error names the paths and the ways on, not allow-dirty=false', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    for (let i = 0; i < 7; i++) await writeFile(path.join(repo.dir, `scratch-${i}.txt`), 'x\n');
    await writeFile(path.join(repo.dir, 'apps/runtime/src/index.ts'), 'export const port = 9000;\n');
    const before = snapshot(repo);
    const run = await runCli(['bump', '--chart=patch'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    const line = run.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).not.toMatch(/invalid value "false"/);
    expect(line).toMatch(/apps\/runtime\/src\/index\.ts/);
    expect(line).toMatch(/and 3 more/);
    expect(line).toMatch(/commit or stash/);
    expect(line).toMatch(/--include/);
    expect(line).toMatch(/--allow-dirty/);
    expect(snapshot(repo)).toBe(before);
  });
});

describe('Buntime: every flow twice, the second run unchanged', () => {
  const flows: [string, string[], string | undefined, Record<string, string>][] = [
    ['chart-only', ['--chart=patch'], undefined, { chart: '0.3.1' }],
    ['plugin change with tag', ['--chart=patch', '--tag'], 'plugins/plugin-keyval/index.ts', { chart: '0.3.1' }],
    ['runtime with app', ['--app=patch', '--tag'], 'apps/runtime/src/index.ts', { chart: '0.3.1', app: '1.0.4' }],
    ['--no-commit', ['--chart=patch', '--no-commit'], undefined, { chart: '0.3.1' }],
    ['prerelease', ['--chart=prerelease', '--preid', 'rc', '--tag'], 'charts/values.yaml', { chart: '0.3.1-rc.0' }],
  ];
  test.each(flows)('%s', async (_name, flags, changed, versions) => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    if (changed) {
      await writeFile(path.join(repo.dir, changed), '// changed\n');
      repo.commitAll(`change ${changed}`);
    }
    const first = await runCli(['bump', ...flags], { workspace: repo.dir });
    expect(first.stderr).toMatch(WARNINGS_ONLY);
    expect(first.exitCode).toBe(0);
    const out = outputsOf(first.stdout);
    expect(out.state).toBe('bumped');
    for (const [track, version] of Object.entries(versions))
      expect(JSON.parse(out.versions)[track].current).toBe(version);
    const before = snapshot(repo);
    const second = await runCli(['bump', ...flags], { workspace: repo.dir });
    expect(second.stderr).toMatch(WARNINGS_ONLY);
    expect(second.exitCode).toBe(0);
    expect(outputsOf(second.stdout)).toMatchObject({ state: 'unchanged', tag: out.tag, commit: out.commit });
    expect(snapshot(repo)).toBe(before);
  });
});

describe('Buntime: --no-commit reruns', () => {
  test('a dirty --no-commit rerun finds the planned versions already there and bumps nothing', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    expect((await runCli(PREPARE, { workspace: repo.dir })).exitCode).toBe(0);
    const first = await runCli(
      ['bump', '--chart=patch', '--no-commit', '--include', 'CHANGELOG.md', '--include', 'charts/Chart.yaml'],
      { workspace: repo.dir },
    );
    expect(first.stderr).toMatch(WARNINGS_ONLY);
    expect(outputsOf(first.stdout).state).toBe('bumped');
    expect(await chartVersion(repo.dir)).toBe('0.3.1');
    const before = snapshot(repo);
    const second = await runCli(
      ['bump', '--chart=patch', '--no-commit', '--include', 'CHANGELOG.md', '--include', 'charts/Chart.yaml'],
      { workspace: repo.dir },
    );
    expect(second.stderr).toMatch(WARNINGS_ONLY);
    expect(second.exitCode).toBe(0);
    expect(outputsOf(second.stdout).state).toBe('unchanged');
    expect(await chartVersion(repo.dir)).toBe('0.3.1');
    expect(snapshot(repo)).toBe(before);
  });
});

describe('Buntime: required and implied tracks', () => {
  test('--app=patch alone also bumps the chart it implies, and check accepts the commit', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    const base = repo.git('rev-parse', 'HEAD');
    const run = await runCli(['bump', '--app=patch'], { workspace: repo.dir });
    expect(run.stderr).toMatch(WARNINGS_ONLY);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(outputsOf(run.stdout).versions)).toEqual({
      chart: { previous: '0.3.0', current: '0.3.1' },
      app: { previous: '1.0.3', current: '1.0.4' },
    });
    const check = await runCli(['check', '--base-ref', base], { workspace: repo.dir });
    expect(check.stderr).toMatch(WARNINGS_ONLY);
    expect(check.exitCode).toBe(0);
  });

  test('check holds a commit to the rules: an app bump without the chart it implies is named', async () => {
    const files = buntimeReleaseFiles();
    // Bumped with a config that lacked implies (and required), checked with the real one.
    files['.github/old.yml'] = files['.github/release-kit.yml']
      .replace(/ *implies: \[chart\].*\n/, '')
      .replace(/ *required: true.*\n/, '');
    const repo = await createSampleRepo(files);
    const base = repo.git('rev-parse', 'HEAD');
    expect(
      (await runCli(['bump', '--app=patch', '--config', '.github/old.yml'], { workspace: repo.dir })).exitCode,
    ).toBe(0);
    const check = await runCli(['check', '--base-ref', base], { workspace: repo.dir });
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toMatch(
      /track 'chart' is still 0\.3\.0 since [0-9a-f]+, but 'app' went 1\.0\.3 → 1\.0\.4 and implies it/,
    );
  });

  test('an implied track takes the kind given for it: --app=patch --chart=minor', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    const run = await runCli(['bump', '--app=patch', '--chart=minor'], { workspace: repo.dir });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(outputsOf(run.stdout).versions).chart).toEqual({ previous: '0.3.0', current: '0.4.0' });
  });

  test('a required track left out (and not implied): the error names it, nothing touched', async () => {
    const files = buntimeReleaseFiles();
    files['.github/release-kit.yml'] = files['.github/release-kit.yml'].replace(/ *implies: \[chart\].*\n/, '');
    const repo = await createSampleRepo(files);
    const before = snapshot(repo);
    const run = await runCli(['bump', '--app=patch'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr.trim()).toMatch(/^error: .*track 'chart' is required.*--chart=patch/);
    expect(snapshot(repo)).toBe(before);
  });
});

describe('Buntime: a push race', () => {
  /** A bump whose push failed because origin/main moved; the user then pulls with --rebase. */
  async function raced() {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    const other = path.join(path.dirname(repo.dir), 'other');
    git(path.dirname(repo.dir), ['clone', '--quiet', repo.remote, other]);
    await writeFile(path.join(other, 'plugins/plugin-keyval/index.ts'), 'export const plugin = "auth2";\n');
    git(other, ['commit', '--quiet', '-am', 'feat(auth): elsewhere']);
    git(other, ['push', '--quiet', 'origin', 'main']);
    const failed = await runCli(['bump', '--chart=patch', '--tag'], { workspace: repo.dir });
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/pushing .* failed/);
    const ours = repo.git('rev-parse', 'HEAD');
    expect(repo.git('rev-parse', 'v0.3.1^{commit}')).toBe(ours);
    repo.git('pull', '--quiet', '--rebase', 'origin', 'main');
    expect(repo.git('rev-parse', 'HEAD')).not.toBe(ours);
    return repo;
  }

  test('our own unpushed tag is recreated on the rebased release commit and pushed', async () => {
    const repo = await raced();
    const run = await runCli(['bump', '--chart=patch', '--tag'], { workspace: repo.dir });
    expect(run.stderr).toMatch(WARNINGS_ONLY);
    expect(run.exitCode).toBe(0);
    const head = repo.git('rev-parse', 'HEAD');
    expect(outputsOf(run.stdout)).toMatchObject({ state: 'unchanged', tag: 'v0.3.1', commit: head });
    expect(repo.git('rev-parse', 'v0.3.1^{commit}')).toBe(head);
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.3.1^{}']).split('\t')[0]).toBe(head);
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/heads/main']).split('\t')[0]).toBe(head);
  });

  test('an unpushed tag that is not our release commit: the error gives the deletion command', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    // A tag made by hand on the commit before the release, never pushed.
    repo.git('tag', 'v0.3.1');
    const before = snapshot(repo);
    const run = await runCli(['bump', '--chart=patch', '--tag'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^error: tag v0\.3\.1 already exists locally .*never moves or reuses a tag; it is not on origin, .*`git tag -d v0\.3\.1`/,
    );
    expect(snapshot(repo)).toBe(before);
  });

  test('a pushed tag is never moved', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    expect((await runCli(['bump', '--chart=patch', '--tag'], { workspace: repo.dir })).exitCode).toBe(0);
    const tagged = repo.git('rev-parse', 'v0.3.1^{commit}');
    repo.git('reset', '--quiet', '--hard', 'HEAD^');
    await writeFile(path.join(repo.dir, 'plugins/plugin-keyval/index.ts'), 'export const plugin = "auth2";\n');
    repo.commitAll('feat(auth): another base');
    const run = await runCli(['bump', '--chart=patch', '--tag', '--no-push'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/never moves/);
    expect(run.stderr).not.toMatch(/git tag -d/);
    expect(repo.git('rev-parse', 'v0.3.1^{commit}')).toBe(tagged);
  });
});

describe('check --staged (a pre-commit hook)', () => {
  test('compares the index with HEAD: a staged chart change needs a staged bump; unstaged changes are ignored', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    await writeFile(path.join(repo.dir, 'charts/values.yaml'), 'replicaCount: 2\n');
    repo.git('add', 'charts/values.yaml');
    const failed = await runCli(['check', '--staged'], { workspace: repo.dir });
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/charts\/values\.yaml/);
    expect(failed.stderr).toMatch(/track 'chart'/);

    // Bumped in the working tree only: still not staged, still refused.
    expect(
      (await runCli(['bump', '--chart=patch', '--no-commit', '--allow-dirty'], { workspace: repo.dir })).exitCode,
    ).toBe(0);
    expect((await runCli(['check', '--staged'], { workspace: repo.dir })).exitCode).toBe(1);
    repo.git('add', 'charts/Chart.yaml', 'package.json');
    const passed = await runCli(['check', '--staged'], { workspace: repo.dir });
    expect(passed.stderr).toMatch(WARNINGS_ONLY);
    expect(passed.exitCode).toBe(0);
    expect(outputsOf(passed.stdout).state).toBe('checked');

    // An unstaged chart change is not this commit's: ignored.
    repo.git('commit', '--quiet', '-m', 'chart: replicas');
    await writeFile(path.join(repo.dir, 'charts/templates/deployment.yaml'), 'kind: Deployment # edited\n');
    const unstaged = await runCli(['check', '--staged'], { workspace: repo.dir });
    expect(unstaged.exitCode).toBe(0);
  });
});
