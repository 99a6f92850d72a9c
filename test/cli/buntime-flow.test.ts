// Buntime's release flow on its real layout, through the CLI bundle (dist/cli/index.js): prepare then
// bump with --include, reruns that change nothing, required and implied tracks, a push race, and the
// pre-commit `check --staged`. Each case reproduces a bug of issue 11, and the later ones of issue 20.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cliOutputs as outputsOf, repoRoot, runCli } from '../harness/run-action.js';
import { git, gitEnv } from '../harness/git-fixture.js';
import { buntimeReleaseFiles, buntimeRepoFiles, createSampleRepo, snapshot } from '../versions/fixtures.js';

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
    expect(failed.stderr).toMatch(/pushing .* was refused/);
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

describe('issue 20: release messages are templates', () => {
  const tagMessage = (repo: { git: (...a: string[]) => string }, tag: string) =>
    repo.git('tag', '--list', '--format=%(contents)', tag).trim();

  test("Buntime's messages from the tracks file: `chore(release): bump chart to v{chart}` and `Release {tag}`", async () => {
    const files = buntimeReleaseFiles();
    files['.github/release-kit.yml'] +=
      'commit-message: "chore(release): bump chart to v{chart}"\ntag-message: "Release {tag}"\n';
    const repo = await createSampleRepo(files);
    const run = await runCli(['bump', '--chart=patch', '--tag'], { workspace: repo.dir });
    expect(run.stderr).toMatch(WARNINGS_ONLY);
    expect(run.exitCode).toBe(0);
    expect(repo.git('log', '-1', '--format=%B').trim()).toBe('chore(release): bump chart to v0.3.1');
    expect(tagMessage(repo, 'v0.3.1')).toBe('Release v0.3.1');
    // The rerun recognises its own commit by the configured message.
    const again = await runCli(['bump', '--chart=patch', '--tag'], { workspace: repo.dir });
    expect(again.exitCode).toBe(0);
    expect(outputsOf(again.stdout).state).toBe('unchanged');
  });

  test("kruntimes' tag message as an input (`kruntimes {tag}`), winning over the tracks file", async () => {
    const files = buntimeReleaseFiles();
    files['.github/release-kit.yml'] += 'tag-message: "Release {tag}"\n';
    const repo = await createSampleRepo(files);
    const run = await runCli(['bump', '--chart=patch', '--tag', '--tag-message', 'kruntimes {tag}'], {
      workspace: repo.dir,
    });
    expect(run.exitCode).toBe(0);
    expect(tagMessage(repo, 'v0.3.1')).toBe('kruntimes v0.3.1');
  });

  test('an unknown placeholder is refused up front with the valid ones, in the tracks file or as an input', async () => {
    const files = buntimeReleaseFiles();
    files['.github/release-kit.yml'] += 'tag-message: "Release {release}"\n';
    const repo = await createSampleRepo(files);
    const before = snapshot(repo);
    const run = await runCli(['bump', '--chart=patch', '--tag'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr.trim()).toBe(
      `error: .github/release-kit.yml:16: input 'tag-message' has invalid value "Release {release}": expected text with the placeholders {version}, {tag}, {changes}, {chart}, {app}`,
    );
    expect(snapshot(repo)).toBe(before);

    const clean = await createSampleRepo(buntimeReleaseFiles());
    const input = await runCli(['bump', '--chart=patch', '--tag', '--commit-message', 'bump {chrt}'], {
      workspace: clean.dir,
    });
    expect(input.exitCode).toBe(1);
    expect(input.stderr).toMatch(
      /input 'commit-message' has invalid value "bump \{chrt\}": expected .*\{chart\}, \{app\}/,
    );
    expect(clean.git('tag', '--list')).toBe('');
  });
});

describe('issue 20: the pre-commit fix path', () => {
  test("the hook's advice works: a staged chart change, then bump --chart=patch --no-commit, git add, commit", async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    await writeFile(path.join(repo.dir, 'charts/values.yaml'), 'replicaCount: 2\n');
    repo.git('add', 'charts/values.yaml');
    const hook = await runCli(['check', '--staged'], { workspace: repo.dir });
    expect(hook.exitCode).toBe(1);
    expect(hook.stderr).toMatch(/release-kit bump --chart=patch --no-commit/);

    const bumped = await runCli(['bump', '--chart=patch', '--no-commit'], { workspace: repo.dir });
    expect(bumped.stderr).toMatch(WARNINGS_ONLY);
    expect(bumped.exitCode).toBe(0);
    expect(outputsOf(bumped.stdout)).toMatchObject({ state: 'bumped', commit: '' });
    // Nothing was staged or committed by the bump: the staged change is as the user left it.
    expect(repo.git('diff', '--cached', '--name-only')).toBe('charts/values.yaml');
    repo.git('add', 'charts/Chart.yaml', 'package.json');
    expect((await runCli(['check', '--staged'], { workspace: repo.dir })).exitCode).toBe(0);
    repo.git('commit', '--quiet', '-m', 'chart: two replicas');
    expect(await chartVersion(repo.dir)).toBe('0.3.1');
  });

  test("the docs' lefthook recipe runs as written, from a pinned checkout of release-kit", async () => {
    const docs = await readFile(path.join(repoRoot, 'docs/version-tracks.md'), 'utf8');
    const recipe = /```yaml\n# lefthook\.yml\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(recipe).toBeDefined();
    const run = /^\s+run: (.+)$/m.exec(recipe!)![1];
    const advice = /bump --chart=patch --no-commit/.test(recipe!) ? /'(node [^']+)'/.exec(recipe!)?.[1] : undefined;
    expect(advice).toBeDefined();
    // The recipe's checkout: the committed bundle of this repository, where the docs say to clone it.
    const checkout = /git clone [^\n]* (\S+)\n/.exec(docs.slice(docs.indexOf('# lefthook.yml') - 2000))?.[1];
    expect(checkout).toBeDefined();
    const repo = await createSampleRepo(buntimeReleaseFiles());
    await mkdir(path.join(repo.dir, checkout!, 'dist'), { recursive: true });
    await cp(path.join(repoRoot, 'dist/cli'), path.join(repo.dir, checkout!, 'dist/cli'), { recursive: true });
    await writeFile(path.join(repo.dir, '.gitignore'), `/${checkout}/\n`);
    repo.commitAll('ignore the release-kit checkout');
    // A git pre-commit hook running the recipe's command line, as lefthook does (sh -c).
    const hookFile = path.join(repo.dir, '.git/hooks/pre-commit');
    await writeFile(hookFile, `#!/bin/sh\n${run}\n`);
    await chmod(hookFile, 0o755);

    await writeFile(path.join(repo.dir, 'charts/values.yaml'), 'replicaCount: 2\n');
    repo.git('add', 'charts/values.yaml');
    // The hook's `node` is the Node 24 running these tests, as a developer's would be.
    const env = { ...process.env, ...gitEnv, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` };
    const refused = spawnSync('git', ['commit', '-m', 'chart: two replicas'], { cwd: repo.dir, encoding: 'utf8', env });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/track 'chart'/);
    const fix = spawnSync('sh', ['-c', advice!], { cwd: repo.dir, encoding: 'utf8', env });
    expect(fix.stderr).toBe('');
    expect(fix.status).toBe(0);
    repo.git('add', 'charts/Chart.yaml', 'package.json');
    const committed = spawnSync('git', ['commit', '-m', 'chart: two replicas'], {
      cwd: repo.dir,
      encoding: 'utf8',
      env,
    });
    // git shows a hook's output on stderr: the check passed, with no error.
    expect(committed.stderr).toMatch(/state=checked/);
    expect(committed.stderr).not.toMatch(/error/);
    expect(committed.status).toBe(0);
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'charts/Chart.yaml',
      'charts/values.yaml',
      'package.json',
    ]);
  });
});

describe('issue 20: a stuck tag and a merging git pull', () => {
  test('the unpushed release below the merge is pushed with its tag; nothing is bumped again', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    const other = path.join(path.dirname(repo.dir), 'other');
    git(path.dirname(repo.dir), ['clone', '--quiet', repo.remote, other]);
    await writeFile(path.join(other, 'plugins/plugin-keyval/index.ts'), 'export const plugin = "keyval2";\n');
    git(other, ['commit', '--quiet', '-am', 'feat(keyval): elsewhere']);
    git(other, ['push', '--quiet', 'origin', 'main']);

    const failed = await runCli(['bump', '--chart=patch', '--tag'], { workspace: repo.dir });
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/git pull --rebase origin main/);
    const release = repo.git('rev-parse', 'HEAD');
    // The user pulls with a merge (pull.rebase unset), not with --rebase.
    repo.git('-c', 'pull.rebase=false', 'pull', '--quiet', '--no-edit', 'origin', 'main');
    const merge = repo.git('rev-parse', 'HEAD');
    expect(repo.git('rev-list', '--parents', '-n', '1', 'HEAD').split(' ')).toHaveLength(3);

    const rerun = await runCli(['bump', '--chart=patch', '--tag'], { workspace: repo.dir });
    expect(rerun.stderr).toMatch(WARNINGS_ONLY);
    expect(rerun.exitCode).toBe(0);
    expect(outputsOf(rerun.stdout)).toMatchObject({ state: 'unchanged', tag: 'v0.3.1', commit: release });
    expect(await chartVersion(repo.dir)).toBe('0.3.1');
    expect(repo.git('rev-parse', 'HEAD')).toBe(merge);
    expect(repo.git('tag', '--list')).toBe('v0.3.1');
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.3.1^{}']).split('\t')[0]).toBe(release);
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/heads/main']).split('\t')[0]).toBe(merge);
  });

  test("a release below the user's own later commits is not this bump: the next bump is a new release", async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    expect((await runCli(['bump', '--chart=patch', '--no-push'], { workspace: repo.dir })).exitCode).toBe(0);
    await writeFile(path.join(repo.dir, 'charts/values.yaml'), 'replicaCount: 3\n');
    repo.commitAll('chart: three replicas');
    const run = await runCli(['bump', '--chart=patch', '--tag'], { workspace: repo.dir });
    expect(run.exitCode).toBe(0);
    expect(outputsOf(run.stdout)).toMatchObject({ state: 'bumped', tag: 'v0.3.2' });
  });
});

describe('issue 20: an implied bump of a prerelease is a prerelease', () => {
  test('--app=prerelease takes the chart to its next prerelease, not to a stable version', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    const first = await runCli(['bump', '--app=prerelease', '--preid', 'rc'], { workspace: repo.dir });
    expect(first.exitCode).toBe(0);
    expect(JSON.parse(outputsOf(first.stdout).versions)).toEqual({
      chart: { previous: '0.3.0', current: '0.3.1-rc.0' },
      app: { previous: '1.0.3', current: '1.0.4-rc.0' },
    });
    await writeFile(path.join(repo.dir, 'apps/runtime/src/index.ts'), 'export const runtime = "rc1";\n');
    repo.commitAll('runtime: fix');
    const second = await runCli(['bump', '--app=prerelease', '--preid', 'rc'], { workspace: repo.dir });
    expect(second.exitCode).toBe(0);
    expect(JSON.parse(outputsOf(second.stdout).versions)).toEqual({
      chart: { previous: '0.3.1-rc.0', current: '0.3.1-rc.1' },
      app: { previous: '1.0.4-rc.0', current: '1.0.4-rc.1' },
    });
    // A stable app release still takes the chart's implied patch: 0.3.1-rc.1 → 0.3.1.
    const stable = await runCli(['bump', '--app=patch'], { workspace: repo.dir });
    expect(JSON.parse(outputsOf(stable.stdout).versions).chart).toEqual({ previous: '0.3.1-rc.1', current: '0.3.1' });
  });
});

describe('issue 20: changelog prepare without a CHANGELOG.md', () => {
  test('says what to do: create one, or use chart-release-notes', async () => {
    const repo = await createSampleRepo(buntimeRepoFiles());
    const before = snapshot(repo);
    const run = await runCli(['changelog', 'prepare', '0.3.1'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    const line = run.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(/^error: there is no CHANGELOG\.md to prepare: create it with a "## \[Unreleased\]" section/);
    expect(line).toMatch(/release-kit chart-release-notes --notes charts\/release-notes\.md/);
    expect(snapshot(repo)).toBe(before);
  });
});
