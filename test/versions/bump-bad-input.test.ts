// Every bad input named in the issue leaves the tree, the index, the tags and the remote untouched,
// and fails with a one-line UserError naming the input, the value and what would be valid.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../packages/release-kit/src/plumbing/errors.js';
import { buntimeFiles, createSampleRepo, runBump, snapshot, type SampleRepo } from './fixtures.js';

describe('bad input leaves the tree, the index, the tags and the remote untouched', () => {
  const cases: [string, Record<string, string>, ((files: Record<string, string>) => void) | undefined, RegExp][] = [
    [
      'unknown track',
      { bump: 'charts=patch' },
      undefined,
      /input 'bump' has invalid value "charts=patch": expected a track from .*chart, app/,
    ],
    [
      'unknown bump kind',
      { bump: 'chart=huge' },
      undefined,
      /input 'bump' has invalid value "chart=huge".*patch, minor, major, prerelease/,
    ],
    ['empty bump', { bump: '' }, undefined, /input 'bump'/],
    ['explicit version not greater', { bump: 'chart=0.2.26' }, undefined, /greater than chart's current 0\.2\.26/],
    ['hostile explicit version (newline)', { bump: 'chart=1.0.0\nrm -rf /' }, undefined, /input 'bump'/],
    ['hostile explicit version ({{)', { bump: 'chart={{version}}' }, undefined, /input 'bump'/],
    ['hostile explicit version (shell)', { bump: 'chart=1.0.0;touch${IFS}pwned' }, undefined, /input 'bump'/],
    ['bad preid', { bump: 'chart=prerelease', preid: 'rc;ls' }, undefined, /input 'preid'/],
    [
      'unknown commit-message placeholder',
      { bump: 'chart=patch', 'commit-message': 'release {{version}}' },
      undefined,
      /input 'commit-message'/,
    ],
    [
      'bad mode',
      { bump: 'chart=patch', mode: 'bumpp' },
      undefined,
      /input 'mode' has invalid value "bumpp": expected one of bump, check/,
    ],
    [
      'tag without the tag track',
      { bump: 'app=patch', tag: 'true' },
      undefined,
      /input 'tag'.*also bump track 'chart'/,
    ],
    ['tag without commit', { bump: 'chart=patch', tag: 'true', commit: 'false' }, undefined, /input 'tag'/],
    [
      'staged outside check mode',
      { bump: 'chart=patch', staged: 'true' },
      undefined,
      /input 'staged' has invalid value "true": expected false, or mode: check/,
    ],
    [
      'staged with a base-ref',
      { mode: 'check', staged: 'true', 'base-ref': 'main' },
      undefined,
      /input 'base-ref' has invalid value "main": expected no base-ref with staged/,
    ],
    ['staged not a boolean', { mode: 'check', staged: 'yes please' }, undefined, /input 'staged'/],
    [
      'a required track left out',
      { bump: 'app=patch' },
      (f) =>
        (f['.github/release-kit.yml'] = f['.github/release-kit.yml'].replace(
          /^ {2}chart:.*\n/m,
          (line) => `${line}    required: true\n`,
        )),
      /^track 'chart' is required in every bump \(.github\/release-kit.yml: required: true\) and the bump app=patch leaves it out: add --chart=patch/,
    ],
    [
      'missing include',
      { bump: 'chart=patch', include: 'NOPE.md' },
      undefined,
      /input 'include' has invalid value "NOPE.md"/,
    ],
    ['include escaping the workspace', { bump: 'chart=patch', include: '../outside' }, undefined, /input 'include'/],
    [
      'missing config',
      { bump: 'chart=patch', config: '.github/none.yml' },
      undefined,
      /input 'config' has invalid value ".github\/none.yml"/,
    ],
    [
      'out of sync',
      { bump: 'chart=patch' },
      (f) => (f['package.json'] = f['package.json'].replace('0.2.26', '0.2.25')),
      /out of sync: charts\/buntime\/Chart.yaml:10 \(version\) = 0\.2\.26; package.json:4 \(version\) = 0\.2\.25/,
    ],
    [
      'non-SemVer current value',
      { bump: 'app=patch' },
      (f) => (f['apps/runtime/package.json'] = f['apps/runtime/package.json'].replace('1.1.0', 'v1.1.0')),
      /"v1\.1\.0", which is not a SemVer/,
    ],
    [
      'hostile current value',
      { bump: 'app=patch' },
      (f) => (f['apps/runtime/package.json'] = f['apps/runtime/package.json'].replace('"1.1.0"', '"1.1.0\\n$(id)"')),
      /escaped string|not a SemVer/,
    ],
    ['missing file', { bump: 'chart=patch' }, (f) => delete f['package.json'], /track 'chart': no such file/],
    ['missing key', { bump: 'chart=patch' }, (f) => (f['package.json'] = '{ "name": "x" }\n'), /key version not found/],
    ['pattern matching nothing', { bump: 'app=patch' }, (f) => (f['README.md'] = '# nothing\n'), /matches nothing/],
    [
      'hostile tag template',
      { bump: 'chart=patch', tag: 'true' },
      (f) =>
        (f['.github/release-kit.yml'] = f['.github/release-kit.yml'].replace('"v{version}"', '"v{{version}}; rm -rf"')),
      /tag template/,
    ],
    [
      'two tag tracks',
      { bump: 'chart=patch' },
      (f) =>
        (f['.github/release-kit.yml'] = f['.github/release-kit.yml'].replace(
          '  app:\n',
          '  app:\n    tag: "app-{version}"\n',
        )),
      /both name a tag/,
    ],
    [
      'config file outside the workspace',
      { bump: 'chart=patch' },
      (f) =>
        (f['.github/release-kit.yml'] = f['.github/release-kit.yml'].replace(
          'file: package.json',
          'file: ../package.json',
        )),
      /relative path inside the workspace/,
    ],
  ];
  // Cases that need no change to the sample share one repository: each must leave it as it was.
  const unchanged = () => {};
  let shared: SampleRepo;
  beforeAll(async () => {
    shared = await createSampleRepo(buntimeFiles());
  });
  test.each(cases.map(([name, inputs, mutate, message]) => [name, inputs, mutate ?? unchanged, message] as const))(
    '%s',
    async (_name, inputs, mutate, message) => {
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
    },
  );

  test('a dirty working tree is refused unless allow-dirty, and then only the bump is committed', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    await repo.write('plugins/auth/index.ts', 'export const plugin = "wip";\n');
    const state = snapshot(repo);
    const refused = await runBump(repo.dir, { bump: 'chart=patch' });
    expect((refused.error as Error).message).toMatch(
      /^the working tree has changes the release commit would not hold \(M plugins\/auth\/index.ts\): commit or stash them, .*--include.*--allow-dirty/,
    );
    expect(snapshot(repo)).toBe(state);
    const allowed = await runBump(repo.dir, { bump: 'chart=patch', 'allow-dirty': 'true' });
    expect(allowed.result!.outputs.state).toBe('bumped');
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'charts/buntime/Chart.yaml',
      'package.json',
    ]);
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

test('a commit refused by a repository hook puts the files back and is a UserError', async () => {
  const repo = await createSampleRepo(buntimeFiles());
  const { chmod } = await import('node:fs/promises');
  const hook = path.join(repo.dir, '.git', 'hooks', 'pre-commit');
  await writeFile(hook, '#!/bin/sh\necho "version-sync: refused" >&2\nexit 1\n');
  await chmod(hook, 0o755);
  const before = snapshot(repo);
  const { error } = await runBump(repo.dir, { bump: 'chart=patch' });
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(
    /git commit failed \(version-sync: refused\); the version files were put back/,
  );
  expect(snapshot(repo)).toBe(before);
});
