// The bump-version operation in-process on real git repositories with a bare remote: the seed
// scenarios, the kruntimes layout, reruns, tags, and every bad input leaving everything untouched.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../packages/release-kit/src/plumbing/errors.js';
import { git } from '../harness/git-fixture.js';
import { buntimeFiles, createSampleRepo, kruntimesFiles, runBump, snapshot, type SampleRepo } from './fixtures.js';

const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');
/** The changed lines of a diff (without the ---/+++ headers). */
function changedLines(diff: string): string[] {
  return diff.split('\n').filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l));
}

describe('seed scenarios (Buntime layout)', () => {
  test('chart-only patch: 0.2.26 → 0.2.27, committed, no tag, diff is exactly the version lines', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const before = repo.git('rev-parse', 'HEAD');
    const { result, error, log } = await runBump(repo.dir, { bump: 'chart=patch' });
    expect(error).toBeUndefined();
    expect(result!.outputs.state).toBe('bumped');
    expect(result!.outputs.versions).toEqual({
      chart: { previous: '0.2.26', current: '0.2.27' },
      app: { previous: '1.1.0', current: '1.1.0' },
    });
    expect(result!.outputs.tag).toBe('');
    expect(result!.outputs['changed-files']).toEqual(['charts/buntime/Chart.yaml', 'package.json']);
    expect(repo.git('rev-parse', 'HEAD^')).toBe(before);
    expect(result!.outputs.commit).toBe(repo.git('rev-parse', 'HEAD'));
    expect(repo.git('log', '-1', '--format=%s')).toBe('chore(release): chart 0.2.27');
    expect(changedLines(repo.git('diff', 'HEAD^', 'HEAD'))).toEqual([
      '-version: 0.2.26 # chart',
      '+version: 0.2.27 # chart',
      '-  "version": "0.2.26",',
      '+  "version": "0.2.27",',
    ]);
    expect(repo.git('tag', '--list')).toBe('');
    // push defaults to tag (false): the remote still has the old main
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/heads/main']).split('\t')[0]).toBe(before);
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(log.filter((l) => l.level === 'warning')).toEqual([]);
  });

  test('plugin change with tag: v0.2.27 lands on the remote with the commit', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    await repo.write('plugins/auth/index.ts', 'export const plugin = "auth2";\n');
    repo.commitAll('feat(auth): plugin change');
    process.env.GITHUB_ACTIONS = 'true';
    const { result, error, log } = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true' }).finally(() => delete process.env.GITHUB_ACTIONS);
    expect(error).toBeUndefined();
    const head = repo.git('rev-parse', 'HEAD');
    expect(result!.outputs).toMatchObject({ state: 'bumped', tag: 'v0.2.27', commit: head });
    const remote = git(repo.dir, ['ls-remote', 'origin']);
    expect(remote).toContain(`${head}\trefs/heads/main`);
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.2.27^{}']).split('\t')[0]).toBe(head);
    // pushed with the checkout's credentials inside Actions: the GITHUB_TOKEN warning
    expect(log.some((l) => l.level === 'warning' && /GITHUB_TOKEN/.test(l.message))).toBe(true);
  });

  test('runtime change: --chart=patch --app=patch --tag → runtime 1.1.1, quoted appVersion "1.1.1", README, tag v0.2.27', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    await repo.write('apps/runtime/src/index.ts', 'export const hello = 2;\n');
    repo.commitAll('fix(runtime): hello');
    const { result, error } = await runBump(repo.dir, { bump: 'chart=patch\napp=patch', tag: 'true', include: 'CHANGELOG.md' });
    expect(error).toBeUndefined();
    expect(result!.outputs.versions).toEqual({
      chart: { previous: '0.2.26', current: '0.2.27' },
      app: { previous: '1.1.0', current: '1.1.1' },
    });
    expect(JSON.parse(await read(repo.dir, 'apps/runtime/package.json')).version).toBe('1.1.1');
    const chart = await read(repo.dir, 'charts/buntime/Chart.yaml');
    expect(chart).toBe(buntimeFiles()['charts/buntime/Chart.yaml'].replace('version: 0.2.26 # chart', 'version: 0.2.27 # chart').replace('appVersion: "1.1.0"', 'appVersion: "1.1.1"'));
    expect(await read(repo.dir, 'README.md')).toContain('krt_v1.1.1_linux_amd64.tar.gz` or\n`krt_v1.1.1_darwin_arm64');
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.2.27^{}']).split('\t')[0]).toBe(repo.git('rev-parse', 'HEAD'));
    expect(repo.git('log', '-1', '--format=%s')).toBe('chore(release): chart 0.2.27, app 1.1.1');
    expect(changedLines(repo.git('diff', 'HEAD^', 'HEAD', '--', 'charts/buntime/Chart.yaml'))).toEqual([
      '-version: 0.2.26 # chart',
      '+version: 0.2.27 # chart',
      '-appVersion: "1.1.0"',
      '+appVersion: "1.1.1"',
    ]);
  });

  test('--no-commit: the files change, nothing is committed, tagged or pushed', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const head = repo.git('rev-parse', 'HEAD');
    const { result, error } = await runBump(repo.dir, { bump: 'chart=patch\napp=minor', commit: 'false' });
    expect(error).toBeUndefined();
    expect(result!.outputs).toMatchObject({ state: 'bumped', commit: '', tag: '' });
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.git('status', '--porcelain').split('\n').map((l) => l.trim()).sort()).toEqual(['M README.md', 'M apps/runtime/package.json', 'M charts/buntime/Chart.yaml', 'M package.json']);
    expect(JSON.parse(await read(repo.dir, 'apps/runtime/package.json')).version).toBe('1.2.0');
    // app bumped without a tag: the seed's warning
    const again = await runBump(repo.dir, { bump: 'chart=patch\napp=minor', commit: 'false' });
    expect(again.result?.outputs.state).toBe('unchanged');
  });

  test('a non-tag track bumped without a tag warns', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const { result, log } = await runBump(repo.dir, { bump: 'app=patch' });
    expect(result!.outputs.state).toBe('bumped');
    expect(log.find((l) => l.level === 'warning')?.message).toMatch(/'app' was bumped without a tag.*--chart=patch --tag/);
  });

  test('prerelease with preid, then explicit version', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const first = await runBump(repo.dir, { bump: 'chart=prerelease', preid: 'rc' });
    expect(first.error).toBeUndefined();
    expect(first.result!.outputs.versions).toMatchObject({ chart: { previous: '0.2.26', current: '0.2.27-rc.0' } });
    const second = await runBump(repo.dir, { bump: 'chart=prerelease', preid: 'rc' });
    // HEAD is exactly that bump of its parent with the same message: a rerun, not a second bump
    expect(second.result!.outputs.state).toBe('unchanged');
    const third = await runBump(repo.dir, { bump: 'chart=0.3.0\napp=minor' });
    expect(third.result!.outputs.versions).toEqual({ chart: { previous: '0.2.27-rc.0', current: '0.3.0' }, app: { previous: '1.1.0', current: '1.2.0' } });
    expect(await read(repo.dir, 'charts/buntime/Chart.yaml')).toContain('version: 0.3.0 # chart\n# The runtime image this chart ships.\nappVersion: "1.2.0"\n');
  });

  test('a pattern too narrow for the new version is a UserError on that file, before any write', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const state = snapshot(repo);
    const { error } = await runBump(repo.dir, { bump: 'app=prerelease', preid: 'rc' });
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/widen the location's pattern to match 1\.1\.1-rc\.0/);
    expect((error as UserError).location?.file).toBe('README.md');
    expect(snapshot(repo)).toBe(state);
  });
});

describe('kruntimes layout', () => {
  test('two charts whose appVersion follows one tag, and README examples naming the version', async () => {
    const repo = await createSampleRepo(kruntimesFiles());
    const { result, error } = await runBump(repo.dir, { bump: 'release=minor', tag: 'true' });
    expect(error).toBeUndefined();
    expect(result!.outputs).toMatchObject({ state: 'bumped', tag: 'v0.10.0' });
    expect(await read(repo.dir, 'charts/krt-operator/Chart.yaml')).toBe("apiVersion: v2\nname: krt-operator\nversion: 0.4.0\nappVersion: '0.10.0'\n");
    expect(await read(repo.dir, 'charts/krt-gateway/Chart.yaml')).toBe('apiVersion: v2\nname: krt-gateway\nversion: 0.1.3\nappVersion: "0.10.0"\n');
    expect(await read(repo.dir, 'cli/package.json')).toBe('{"name":"krt","version":"0.10.0"}\n');
    const readme = await read(repo.dir, 'README.md');
    expect(readme).toContain('--version 0.10.0\nkrt version v0.10.0\n');
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.10.0'])).not.toBe('');
  });

  test('check mode: a chart changed since the base without a bump is an annotation on its Chart.yaml line', async () => {
    const repo = await createSampleRepo(kruntimesFiles());
    const base = repo.git('rev-parse', 'HEAD');
    await repo.write('charts/krt-gateway/templates/deploy.yaml', 'kind: Deployment\n');
    repo.commitAll('gateway: add deployment');
    const failed = await runBump(repo.dir, { mode: 'check', 'base-ref': base });
    expect(failed.error).toBeInstanceOf(UserError);
    const errors = failed.log.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].location).toEqual({ file: 'charts/krt-gateway/Chart.yaml', line: 3 });
    expect(errors[0].message).toMatch(/gateway-chart.*templates\/deploy\.yaml changed since .* still 0\.1\.3/);

    const bumped = await runBump(repo.dir, { bump: 'gateway-chart=patch' });
    expect(bumped.result!.outputs.state).toBe('bumped');
    const passed = await runBump(repo.dir, { mode: 'check', 'base-ref': base });
    expect(passed.error).toBeUndefined();
    expect(passed.result!.outputs).toMatchObject({ state: 'checked', versions: { 'gateway-chart': { previous: '0.1.3', current: '0.1.4' } } });
  });

  test('check mode: tracks out of sync are annotated at each odd location', async () => {
    const repo = await createSampleRepo(kruntimesFiles());
    await writeFile(path.join(repo.dir, 'cli/package.json'), '{"name":"krt","version":"0.9.2"}\n');
    const { error, log } = await runBump(repo.dir, { mode: 'check' });
    expect(error).toBeInstanceOf(UserError);
    const e = log.find((l) => l.level === 'error')!;
    expect(e.location).toEqual({ file: 'cli/package.json', line: 1 });
    expect(e.message).toContain('charts/krt-operator/Chart.yaml:4 (appVersion) = 0.9.1');
    expect(e.message).toContain('cli/package.json:1 (version) = 0.9.2');
    expect(e.message).toContain('README.md:5 (pattern) = 0.9.1');
  });
});

describe('reruns and tags', () => {
  test('the same tagged bump twice: the second run is unchanged and touches nothing', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const first = await runBump(repo.dir, { bump: 'chart=patch\napp=patch', tag: 'true' });
    expect(first.result!.outputs.state).toBe('bumped');
    const state = snapshot(repo);
    const second = await runBump(repo.dir, { bump: 'chart=patch\napp=patch', tag: 'true' });
    expect(second.error).toBeUndefined();
    expect(second.result!.outputs).toMatchObject({ state: 'unchanged', tag: 'v0.2.27', commit: first.result!.outputs.commit, 'changed-files': [] });
    expect(second.result!.outputs.versions).toEqual(first.result!.outputs.versions);
    expect(snapshot(repo)).toBe(state);
  });

  test('a GitHub re-run on the original commit finds the release already made on top of it', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const original = repo.git('rev-parse', 'HEAD');
    const first = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true' });
    // the re-run checks out the event's commit again, with no local tag
    repo.git('checkout', '--quiet', '--detach', original);
    repo.git('tag', '-d', 'v0.2.27');
    const again = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true' });
    expect(again.error).toBeUndefined();
    expect(again.result!.outputs).toMatchObject({ state: 'unchanged', tag: 'v0.2.27', commit: first.result!.outputs.commit });
  });

  test('an interrupted run (tag made, push failed) is completed by the rerun', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const first = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true', push: 'false' });
    expect(first.result!.outputs.state).toBe('bumped');
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.2.27'])).toBe('');
    const again = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true' });
    expect(again.result!.outputs.state).toBe('unchanged');
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.2.27^{}']).split('\t')[0]).toBe(first.result!.outputs.commit);
  });

  test('an existing tag at another commit fails, naming both commits, and changes nothing', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const elsewhere = repo.git('rev-parse', 'HEAD');
    repo.git('tag', 'v0.2.27', elsewhere);
    repo.git('push', '--quiet', 'origin', 'v0.2.27');
    await repo.write('plugins/auth/index.ts', 'export const plugin = "x";\n');
    const head = repo.commitAll('change');
    const state = snapshot(repo);
    const { error } = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true' });
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(elsewhere);
    expect((error as Error).message).toContain(head);
    expect(snapshot(repo)).toBe(state);
  });

  test('a tag only on the remote at another commit fails too', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const elsewhere = repo.git('rev-parse', 'HEAD');
    repo.git('tag', 'v0.2.27', elsewhere);
    repo.git('push', '--quiet', 'origin', 'v0.2.27');
    repo.git('tag', '-d', 'v0.2.27');
    await repo.write('plugins/auth/index.ts', 'export const plugin = "x";\n');
    repo.commitAll('change');
    const state = snapshot(repo);
    const { error } = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true' });
    expect((error as Error).message).toMatch(new RegExp(`tag v0\\.2\\.27 already exists on origin at ${elsewhere}`));
    expect(snapshot(repo)).toBe(state);
  });
});

describe('bad input leaves the tree, the index, the tags and the remote untouched', () => {
  const cases: [string, Record<string, string>, ((files: Record<string, string>) => void) | undefined, RegExp][] = [
    ['unknown track', { bump: 'charts=patch' }, undefined, /input 'bump' has invalid value "charts=patch": expected a track from .*chart, app/],
    ['unknown bump kind', { bump: 'chart=huge' }, undefined, /input 'bump' has invalid value "chart=huge".*patch, minor, major, prerelease/],
    ['empty bump', { bump: '' }, undefined, /input 'bump'/],
    ['explicit version not greater', { bump: 'chart=0.2.26' }, undefined, /greater than chart's current 0\.2\.26/],
    ['hostile explicit version (newline)', { bump: 'chart=1.0.0\nrm -rf /' }, undefined, /input 'bump'/],
    ['hostile explicit version ({{)', { bump: 'chart={{version}}' }, undefined, /input 'bump'/],
    ['hostile explicit version (shell)', { bump: 'chart=1.0.0;touch${IFS}pwned' }, undefined, /input 'bump'/],
    ['bad preid', { bump: 'chart=prerelease', preid: 'rc;ls' }, undefined, /input 'preid'/],
    ['unknown commit-message placeholder', { bump: 'chart=patch', 'commit-message': 'release {{version}}' }, undefined, /input 'commit-message'/],
    ['bad mode', { bump: 'chart=patch', mode: 'bumpp' }, undefined, /input 'mode' has invalid value "bumpp": expected one of bump, check/],
    ['tag without the tag track', { bump: 'app=patch', tag: 'true' }, undefined, /input 'tag'.*also bump track 'chart'/],
    ['tag without commit', { bump: 'chart=patch', tag: 'true', commit: 'false' }, undefined, /input 'tag'/],
    ['missing include', { bump: 'chart=patch', include: 'NOPE.md' }, undefined, /input 'include' has invalid value "NOPE.md"/],
    ['include escaping the workspace', { bump: 'chart=patch', include: '../outside' }, undefined, /input 'include'/],
    ['missing config', { bump: 'chart=patch', config: '.github/none.yml' }, undefined, /input 'config' has invalid value ".github\/none.yml"/],
    ['out of sync', { bump: 'chart=patch' }, (f) => (f['package.json'] = f['package.json'].replace('0.2.26', '0.2.25')), /out of sync: charts\/buntime\/Chart.yaml:10 \(version\) = 0\.2\.26; package.json:4 \(version\) = 0\.2\.25/],
    ['non-SemVer current value', { bump: 'app=patch' }, (f) => (f['apps/runtime/package.json'] = f['apps/runtime/package.json'].replace('1.1.0', 'v1.1.0')), /"v1\.1\.0", which is not a SemVer/],
    ['hostile current value', { bump: 'app=patch' }, (f) => (f['apps/runtime/package.json'] = f['apps/runtime/package.json'].replace('"1.1.0"', '"1.1.0\\n$(id)"')), /escaped string|not a SemVer/],
    ['missing file', { bump: 'chart=patch' }, (f) => delete f['package.json'], /package.json does not exist/],
    ['missing key', { bump: 'chart=patch' }, (f) => (f['package.json'] = '{ "name": "x" }\n'), /key version not found/],
    ['pattern matching nothing', { bump: 'app=patch' }, (f) => (f['README.md'] = '# nothing\n'), /matches nothing/],
    ['hostile tag template', { bump: 'chart=patch', tag: 'true' }, (f) => (f['.github/release-kit.yml'] = f['.github/release-kit.yml'].replace('"v{version}"', '"v{{version}}; rm -rf"')), /tag template/],
    ['two tag tracks', { bump: 'chart=patch' }, (f) => (f['.github/release-kit.yml'] = f['.github/release-kit.yml'].replace('  app:\n', '  app:\n    tag: "app-{version}"\n')), /both name a tag/],
    ['config file outside the workspace', { bump: 'chart=patch' }, (f) => (f['.github/release-kit.yml'] = f['.github/release-kit.yml'].replace('file: package.json', 'file: ../package.json')), /relative path inside the workspace/],
  ];
  // Cases that need no change to the sample share one repository: each must leave it as it was.
  const unchanged = () => {};
  let shared: SampleRepo;
  beforeAll(async () => {
    shared = await createSampleRepo(buntimeFiles());
  });
  test.each(cases.map(([name, inputs, mutate, message]) => [name, inputs, mutate ?? unchanged, message] as const))('%s', async (_name, inputs, mutate, message) => {
    const files = buntimeFiles();
    mutate(files);
    const repo = mutate === unchanged ? shared : await createSampleRepo(files);
    const state = snapshot(repo);
    const { error, result } = await runBump(repo.dir, inputs);
    expect(result).toBeUndefined();
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
    expect(snapshot(repo)).toBe(state);
  });

  test('a dirty working tree is refused unless allow-dirty, and then only the bump is committed', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    await repo.write('plugins/auth/index.ts', 'export const plugin = "wip";\n');
    const state = snapshot(repo);
    const refused = await runBump(repo.dir, { bump: 'chart=patch' });
    expect((refused.error as Error).message).toMatch(/input 'allow-dirty' has invalid value "false".*M plugins\/auth\/index.ts/);
    expect(snapshot(repo)).toBe(state);
    const allowed = await runBump(repo.dir, { bump: 'chart=patch', 'allow-dirty': 'true' });
    expect(allowed.result!.outputs.state).toBe('bumped');
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['charts/buntime/Chart.yaml', 'package.json']);
    expect(repo.git('status', '--porcelain')).toBe('M plugins/auth/index.ts');
  });

  test('a symlinked version file leading out of the workspace is refused', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const { symlink, rm } = await import('node:fs/promises');
    const outside = path.join(path.dirname(repo.dir), 'outside.json');
    await writeFile(outside, '{ "version": "0.2.26" }\n');
    await rm(path.join(repo.dir, 'package.json'));
    await symlink(outside, path.join(repo.dir, 'package.json'));
    repo.commitAll('symlink');
    const state = snapshot(repo);
    const { error } = await runBump(repo.dir, { bump: 'chart=patch' });
    expect((error as Error).message).toMatch(/outside the workspace/);
    expect(snapshot(repo)).toBe(state);
  });
});
