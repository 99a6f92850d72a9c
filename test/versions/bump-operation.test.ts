// The bump-version operation in-process on real git repositories with a bare remote: the seed
// scenarios, the kruntimes layout, reruns, tags, and every bad input leaving everything untouched.
import { describe, expect, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../packages/release-kit/src/plumbing/errors.js';
import { git } from '../harness/git-fixture.js';
import { buntimeFiles, createSampleRepo, kruntimesFiles, runBump, snapshot } from './fixtures.js';

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
    // Inside Actions: the runner context says so (GITHUB_ACTIONS=true).
    const { result, error, log } = await runBump(
      repo.dir,
      { bump: 'chart=patch', tag: 'true' },
      { GITHUB_ACTIONS: 'true' },
    );
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
    const { result, error } = await runBump(repo.dir, {
      bump: 'chart=patch\napp=patch',
      tag: 'true',
      include: 'CHANGELOG.md',
    });
    expect(error).toBeUndefined();
    expect(result!.outputs.versions).toEqual({
      chart: { previous: '0.2.26', current: '0.2.27' },
      app: { previous: '1.1.0', current: '1.1.1' },
    });
    expect(JSON.parse(await read(repo.dir, 'apps/runtime/package.json')).version).toBe('1.1.1');
    const chart = await read(repo.dir, 'charts/buntime/Chart.yaml');
    const chartBefore = buntimeFiles()['charts/buntime/Chart.yaml'];
    expect(chart).toBe(
      chartBefore
        .replace('version: 0.2.26 # chart', 'version: 0.2.27 # chart')
        .replace('appVersion: "1.1.0"', 'appVersion: "1.1.1"'),
    );
    expect(await read(repo.dir, 'README.md')).toContain('krt_v1.1.1_linux_amd64.tar.gz` or\n`krt_v1.1.1_darwin_arm64');
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.2.27^{}']).split('\t')[0]).toBe(
      repo.git('rev-parse', 'HEAD'),
    );
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
    expect(
      repo
        .git('status', '--porcelain')
        .split('\n')
        .map((l) => l.trim())
        .sort(),
    ).toEqual(['M README.md', 'M apps/runtime/package.json', 'M charts/buntime/Chart.yaml', 'M package.json']);
    expect(JSON.parse(await read(repo.dir, 'apps/runtime/package.json')).version).toBe('1.2.0');
    // app bumped without a tag: the seed's warning
    const again = await runBump(repo.dir, { bump: 'chart=patch\napp=minor', commit: 'false' });
    expect(again.result?.outputs.state).toBe('unchanged');
  });

  test('a non-tag track bumped without a tag warns', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const { result, log } = await runBump(repo.dir, { bump: 'app=patch' });
    expect(result!.outputs.state).toBe('bumped');
    expect(log.find((l) => l.level === 'warning')?.message).toMatch(
      /'app' was bumped without a tag.*--chart=patch --tag/,
    );
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
    expect(third.result!.outputs.versions).toEqual({
      chart: { previous: '0.2.27-rc.0', current: '0.3.0' },
      app: { previous: '1.1.0', current: '1.2.0' },
    });
    expect(await read(repo.dir, 'charts/buntime/Chart.yaml')).toContain(
      'version: 0.3.0 # chart\n# The runtime image this chart ships.\nappVersion: "1.2.0"\n',
    );
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
    expect(await read(repo.dir, 'charts/krt-operator/Chart.yaml')).toBe(
      "apiVersion: v2\nname: krt-operator\nversion: 0.4.0\nappVersion: '0.10.0'\n",
    );
    expect(await read(repo.dir, 'charts/krt-gateway/Chart.yaml')).toBe(
      'apiVersion: v2\nname: krt-gateway\nversion: 0.1.3\nappVersion: "0.10.0"\n',
    );
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
    // One problem is the failure itself (one error line, on the Chart.yaml line), not also a log line.
    expect(failed.error).toBeInstanceOf(UserError);
    expect(failed.log.filter((l) => l.level === 'error')).toEqual([]);
    const error = failed.error as UserError;
    expect(error.location).toEqual({ file: 'charts/krt-gateway/Chart.yaml', line: 3 });
    expect(error.message).toMatch(/gateway-chart.*templates\/deploy\.yaml changed since .* still 0\.1\.3/);

    const bumped = await runBump(repo.dir, { bump: 'gateway-chart=patch' });
    expect(bumped.result!.outputs.state).toBe('bumped');
    const passed = await runBump(repo.dir, { mode: 'check', 'base-ref': base });
    expect(passed.error).toBeUndefined();
    expect(passed.result!.outputs).toMatchObject({
      state: 'checked',
      versions: { 'gateway-chart': { previous: '0.1.3', current: '0.1.4' } },
    });
  });

  test('check mode: tracks out of sync are annotated at each odd location', async () => {
    const repo = await createSampleRepo(kruntimesFiles());
    await writeFile(path.join(repo.dir, 'cli/package.json'), '{"name":"krt","version":"0.9.2"}\n');
    const { error, log } = await runBump(repo.dir, { mode: 'check' });
    expect(error).toBeInstanceOf(UserError);
    // One problem: it is the failure itself (one error line), not also a log line.
    expect(log.filter((l) => l.level === 'error')).toEqual([]);
    const e = error as UserError;
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
    expect(second.result!.outputs).toMatchObject({
      state: 'unchanged',
      tag: 'v0.2.27',
      commit: first.result!.outputs.commit,
      'changed-files': [],
    });
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
    expect(again.result!.outputs).toMatchObject({
      state: 'unchanged',
      tag: 'v0.2.27',
      commit: first.result!.outputs.commit,
    });
  });

  test('an interrupted run (tag made, push failed) is completed by the rerun', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const first = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true', push: 'false' });
    expect(first.result!.outputs.state).toBe('bumped');
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.2.27'])).toBe('');
    const again = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true' });
    expect(again.result!.outputs.state).toBe('unchanged');
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.2.27^{}']).split('\t')[0]).toBe(
      first.result!.outputs.commit,
    );
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

  test('tag: true, push: false still asks the remote: its tag at another commit fails, naming both commits', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const elsewhere = repo.git('rev-parse', 'HEAD');
    // the bare remote alone holds the tag (made by another clone)
    repo.git('tag', 'v0.2.27', elsewhere);
    repo.git('push', '--quiet', 'origin', 'v0.2.27');
    repo.git('tag', '-d', 'v0.2.27');
    await repo.write('plugins/auth/index.ts', 'export const plugin = "x";\n');
    const head = repo.commitAll('change');
    const state = snapshot(repo);
    const { error } = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true', push: 'false' });
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(
      `tag v0.2.27 already exists on origin at ${elsewhere}, and HEAD is ${head}`,
    );
    expect(snapshot(repo)).toBe(state);
  });

  test('tag: true, push: false with origin unreachable goes ahead locally and says so', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    repo.git('remote', 'set-url', 'origin', path.join(repo.dir, '..', 'gone.git'));
    const { result, error, log } = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true', push: 'false' });
    expect(error).toBeUndefined();
    expect(result!.outputs).toMatchObject({ state: 'bumped', tag: 'v0.2.27' });
    expect(repo.git('rev-parse', 'v0.2.27^{commit}')).toBe(result!.outputs.commit);
    expect(
      log.some((l) => l.level === 'info' && /could not check whether v0\.2\.27 exists on origin/.test(l.message)),
    ).toBe(true);
    // pushing needs the remote: the same bump with push fails instead of guessing
    const pushing = await runBump(repo.dir, { bump: 'chart=minor', tag: 'true' });
    expect((pushing.error as Error).message).toMatch(/cannot read the tags of origin/);
  });

  test('a rerun without push finds the remote tag at another commit too', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const elsewhere = repo.git('rev-parse', 'HEAD');
    const first = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true', push: 'false' });
    expect(first.result!.outputs.state).toBe('bumped');
    // meanwhile another clone pushed its own v0.2.27
    git(repo.dir, ['push', '--quiet', 'origin', `${elsewhere}:refs/tags/v0.2.27`]);
    const again = await runBump(repo.dir, { bump: 'chart=patch', tag: 'true', push: 'false' });
    expect((again.error as Error).message).toContain(
      `tag v0.2.27 already exists on origin at ${elsewhere}, and HEAD is ${first.result!.outputs.commit}`,
    );
  });
});
