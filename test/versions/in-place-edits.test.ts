// Files release-kit edits in place keep every byte they did not mean to change (issue 19), through the
// CLI bundle on real repositories: symlinks stay links and their targets are edited, modes are kept,
// invalid UTF-8 and BOMs survive, duplicate keys and special files are refused, and alias bombs fail
// on one line.
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cliOutputs as outputsOf, runCli } from '../harness/run-action.js';
import { buntimeReleaseFiles, buntimeRepoFiles, createSampleRepo, snapshot, type SampleRepo } from './fixtures.js';

const bytes = (repo: SampleRepo, file: string) => readFile(path.join(repo.dir, file));
/** One error line and nothing else on stderr. */
const ONE_ERROR_LINE = /^error: [^\n]+\n?$/;

/** A tracks file over a package.json, a Chart.yaml and a README pattern. */
const TRACKS = `versions:
  app:
    tag: "v{version}"
    files:
      - { file: package.json, key: version }
      - { file: chart/Chart.yaml, key: appVersion }
      - { file: README.md, pattern: 'app v(\\d+\\.\\d+\\.\\d+)' }
`;
function sampleFiles(): Record<string, string> {
  return {
    '.github/release-kit.yml': TRACKS,
    'package.json': '{\n  "name": "app",\n  "version": "1.0.0"\n}\n',
    'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\nappVersion: "1.0.0"\n',
    'README.md': '# app\n\nInstall app v1.0.0.\n',
    'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- Something.\n',
  };
}

/** Move `file` to `into` (inside or outside the repository) and leave a relative symlink to it. */
async function linkInto(repo: SampleRepo, file: string, into: string): Promise<string> {
  const from = path.join(repo.dir, file);
  const target = path.resolve(repo.dir, into);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, await readFile(from));
  await rm(from);
  await symlink(path.relative(path.dirname(from), target), from);
  return target;
}

describe('symlinked files are edited through the link', () => {
  test('bump edits the targets of a symlinked package.json and Chart.yaml; the links stay links, the modes stay', async () => {
    const repo = await createSampleRepo(sampleFiles());
    const pkg = await linkInto(repo, 'package.json', 'real/package.json');
    const chart = await linkInto(repo, 'chart/Chart.yaml', 'real/Chart.yaml');
    await chmod(pkg, 0o664);
    await chmod(chart, 0o600);
    repo.commitAll('symlinks');
    const run = await runCli(['bump', '--app=patch', '--no-commit'], { workspace: repo.dir });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    for (const [link, target, mode] of [
      ['package.json', pkg, 0o664],
      ['chart/Chart.yaml', chart, 0o600],
    ] as const) {
      expect((await lstat(path.join(repo.dir, link))).isSymbolicLink()).toBe(true);
      expect(await readlink(path.join(repo.dir, link))).not.toBe('');
      expect((await stat(target)).mode & 0o777).toBe(mode);
      expect(await readFile(target, 'utf8')).toContain('1.0.1');
    }
    expect(
      repo
        .git('status', '--porcelain')
        .split('\n')
        .map((l) => l.trim())
        .sort(),
    ).toEqual(['M README.md', 'M real/Chart.yaml', 'M real/package.json']);
  });

  test('a regular file keeps a group-writable mode whatever the umask', async () => {
    const repo = await createSampleRepo(sampleFiles());
    await chmod(path.join(repo.dir, 'package.json'), 0o666);
    const run = await runCli(['bump', '--app=patch', '--no-commit'], { workspace: repo.dir });
    expect(run.exitCode).toBe(0);
    expect((await stat(path.join(repo.dir, 'package.json'))).mode & 0o777).toBe(0o666);
  });

  test('changelog prepare edits a symlinked CHANGELOG.md through the link', async () => {
    const repo = await createSampleRepo(sampleFiles());
    const target = await linkInto(repo, 'CHANGELOG.md', 'docs/CHANGELOG.md');
    await chmod(target, 0o640);
    repo.commitAll('symlink');
    const run = await runCli(['changelog', 'prepare', '1.0.1', '--date', '2026-01-02'], { workspace: repo.dir });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect((await lstat(path.join(repo.dir, 'CHANGELOG.md'))).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toContain('## [1.0.1] - 2026-01-02');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  test('init --force edits a symlinked .github/release-kit.yml through the link', async () => {
    const repo = await createSampleRepo(buntimeRepoFiles());
    await mkdir(path.join(repo.dir, 'config'), { recursive: true });
    await writeFile(path.join(repo.dir, 'config/release-kit.yml'), '# mine\nversions: {}\n');
    await mkdir(path.join(repo.dir, '.github'), { recursive: true });
    await symlink('../config/release-kit.yml', path.join(repo.dir, '.github/release-kit.yml'));
    repo.commitAll('linked config');
    const run = await runCli(['init', '--force', '--workflow', 'none'], { workspace: repo.dir });
    expect(run.exitCode).toBe(0);
    expect((await lstat(path.join(repo.dir, '.github/release-kit.yml'))).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(repo.dir, 'config/release-kit.yml'), 'utf8')).toMatch(/^versions:/m);
  });

  test('a symlink leading out of the workspace is refused by bump and prepare; nothing changes outside', async () => {
    const repo = await createSampleRepo(sampleFiles());
    const outside = await mkdtemp(path.join(os.tmpdir(), 'rk-outside-'));
    const pkg = await linkInto(repo, 'package.json', path.join(outside, 'package.json'));
    const changelog = await linkInto(repo, 'CHANGELOG.md', path.join(outside, 'CHANGELOG.md'));
    repo.commitAll('links out');
    const before = [await readFile(pkg), await readFile(changelog)];
    const state = snapshot(repo);
    const bump = await runCli(['bump', '--app=patch', '--no-commit'], { workspace: repo.dir });
    expect(bump.exitCode).toBe(1);
    expect(bump.stderr).toMatch(ONE_ERROR_LINE);
    expect(bump.stderr).toMatch(/package\.json/);
    const prepare = await runCli(['changelog', 'prepare', '1.0.1'], { workspace: repo.dir });
    expect(prepare.exitCode).toBe(1);
    expect(prepare.stderr).toMatch(ONE_ERROR_LINE);
    expect(prepare.stderr).toMatch(/outside/);
    expect([await readFile(pkg), await readFile(changelog)]).toEqual(before);
    expect(snapshot(repo)).toBe(state);
  });
});

describe('bytes the edit did not mean to change', () => {
  test('invalid UTF-8 on other lines of a version file and of CHANGELOG.md survives byte for byte', async () => {
    const repo = await createSampleRepo(sampleFiles());
    const readme = Buffer.concat([
      Buffer.from('# app\n\nCaf'),
      Buffer.from([0xe9]), // Latin-1 é: not UTF-8
      Buffer.from(' \xff\n'.replace('\xff', ''), 'latin1'),
      Buffer.from([0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80]), // more invalid sequences
      Buffer.from('\nInstall app v1.0.0 — now.\n'),
    ]);
    await writeFile(path.join(repo.dir, 'README.md'), readme);
    const changelog = Buffer.concat([
      Buffer.from('# Changelog\n\nCopyright \u00a9 and '),
      Buffer.from([0xa9, 0xfe]),
      Buffer.from('\n\n## [Unreleased]\n\n### Added\n\n- Something.\n'),
    ]);
    await writeFile(path.join(repo.dir, 'CHANGELOG.md'), changelog);
    repo.commitAll('latin-1 bytes');

    const run = await runCli(['bump', '--app=patch', '--no-commit'], { workspace: repo.dir });
    expect(run.exitCode).toBe(0);
    const expected = Buffer.from(readme.toString('latin1').replace('app v1.0.0', 'app v1.0.1'), 'latin1');
    expect((await bytes(repo, 'README.md')).equals(expected)).toBe(true);

    const prepare = await runCli(['changelog', 'prepare', '1.0.1', '--date', '2026-01-02'], { workspace: repo.dir });
    expect(prepare.exitCode).toBe(0);
    const after = await bytes(repo, 'CHANGELOG.md');
    expect(
      after
        .subarray(0, changelog.indexOf('## [Unreleased]'))
        .equals(changelog.subarray(0, changelog.indexOf('## [Unreleased]'))),
    ).toBe(true);
    expect(after.toString('latin1')).toContain('## [1.0.1] - 2026-01-02');
  });

  test('a CHANGELOG.md with a BOM is prepared and keeps its BOM', async () => {
    const repo = await createSampleRepo(sampleFiles());
    const text =
      '\ufeff# Changelog\n\n## [Unreleased]\n\n### Added\n\n- Something.\n\n## [1.0.0] - 2025-12-01\n\n### Fixed\n\n- A bug.\n';
    await writeFile(path.join(repo.dir, 'CHANGELOG.md'), text);
    repo.commitAll('bom');
    const run = await runCli(['changelog', 'prepare', '1.0.1', '--date', '2026-01-02'], { workspace: repo.dir });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(await readFile(path.join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(
      text.replace('## [Unreleased]\n', '## [Unreleased]\n\n## [1.0.1] - 2026-01-02\n'),
    );
  });

  test('a package.json and a Chart.yaml with a BOM are bumped and keep it', async () => {
    const files = sampleFiles();
    files['package.json'] = `\ufeff${files['package.json']}`;
    files['chart/Chart.yaml'] = `\ufeff${files['chart/Chart.yaml']}`;
    const repo = await createSampleRepo(files);
    const run = await runCli(['bump', '--app=patch', '--no-commit'], { workspace: repo.dir });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(await readFile(path.join(repo.dir, 'package.json'), 'utf8')).toBe(
      files['package.json'].replace('1.0.0', '1.0.1'),
    );
    expect(await readFile(path.join(repo.dir, 'chart/Chart.yaml'), 'utf8')).toBe(
      files['chart/Chart.yaml'].replace('"1.0.0"', '"1.0.1"'),
    );
  });
});

describe('refused before anything is written', () => {
  test.each([
    [
      'a duplicate key in package.json',
      'package.json',
      '{"name":"app","version":"1.0.0","version":"2.0.0"}\n',
      /version/,
    ],
    [
      'a duplicate key elsewhere in package.json',
      'package.json',
      '{"name":"app","version":"1.0.0","scripts":{"a":"x","a":"y"}}\n',
      /"a"/,
    ],
    [
      'a duplicate key in Chart.yaml',
      'chart/Chart.yaml',
      'apiVersion: v2\nname: app\nversion: 0.1.0\nappVersion: "1.0.0"\nappVersion: "2.0.0"\n',
      /appVersion/,
    ],
  ])('%s', async (_name, file, content, names) => {
    const repo = await createSampleRepo({ ...sampleFiles(), [file]: content });
    const before = snapshot(repo);
    const run = await runCli(['bump', '--app=patch', '--no-commit'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(ONE_ERROR_LINE);
    expect(run.stderr).toMatch(/duplicate key|keys must be unique/i);
    expect(run.stderr).toMatch(names);
    expect(snapshot(repo)).toBe(before);
  });

  describe('a FIFO never hangs a run', () => {
    const fifo = (repo: SampleRepo, file: string) =>
      rm(path.join(repo.dir, file)).then(() => execFileSync('mkfifo', [path.join(repo.dir, file)]));
    test.each([
      ['a version file', 'package.json', ['bump', '--app=patch', '--no-commit', '--allow-dirty']],
      ['the tracks file', '.github/release-kit.yml', ['bump', '--app=patch', '--no-commit', '--allow-dirty']],
      ['an include', 'CHANGELOG.md', ['bump', '--app=patch', '--include', 'CHANGELOG.md', '--allow-dirty']],
      ['the changelog', 'CHANGELOG.md', ['changelog', 'prepare', '1.0.1']],
      ['check', 'package.json', ['check']],
    ])('as %s', async (_name, file, args) => {
      const repo = await createSampleRepo(sampleFiles());
      await fifo(repo, file);
      const run = await runCli(args, { workspace: repo.dir, timeoutMs: 20_000 });
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toMatch(/FIFO/);
      expect(
        run.stderr
          .trim()
          .split('\n')
          .filter((l) => l.startsWith('error:')),
      ).toHaveLength(1);
      expect(repo.git('log', '--format=%s')).toBe('initial');
    });
  });

  const BOMB = [
    'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    '',
  ].join('\n');
  test.each([
    ['a version file', 'chart/Chart.yaml', ['bump', '--app=patch', '--no-commit']],
    ['the tracks file', '.github/release-kit.yml', ['bump', '--app=patch', '--no-commit']],
    [
      'the Chart.yaml of prepare --chart-release-notes',
      'chart/Chart.yaml',
      ['changelog', 'prepare', '1.0.1', '--chart-release-notes', 'chart/notes.md'],
    ],
  ])('a YAML alias bomb in %s: one line, exit 1', async (_name, file, args) => {
    const files: Record<string, string> = { ...sampleFiles(), 'chart/notes.md': '- Notes.\n' };
    files[file] = BOMB + files[file];
    const repo = await createSampleRepo(files);
    const before = snapshot(repo);
    const run = await runCli(args, { workspace: repo.dir, timeoutMs: 30_000 });
    expect(run.stderr).toMatch(ONE_ERROR_LINE);
    expect(run.exitCode).toBe(1);
    expect(snapshot(repo)).toBe(before);
  });

  test('an alias in place of a version is named on one line', async () => {
    const files = sampleFiles();
    files['chart/Chart.yaml'] = 'apiVersion: v2\nname: app\nversion: &v 0.1.0\nappVersion: *v\n';
    const repo = await createSampleRepo(files);
    const run = await runCli(['bump', '--app=patch', '--no-commit'], { workspace: repo.dir, timeoutMs: 30_000 });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(ONE_ERROR_LINE);
    expect(run.stderr).toMatch(/appVersion/);
  });
});

describe('a location is named once', () => {
  test('changelog errors: CHANGELOG.md:5: once', async () => {
    const repo = await createSampleRepo({
      ...sampleFiles(),
      'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n\n### Adde\n\n- x\n',
    });
    const run = await runCli(['changelog', 'prepare', '1.0.1'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr.trim()).toBe(
      'error: CHANGELOG.md:5: unknown change type "### Adde"; expected one of Added, Changed, Deprecated, Removed, Fixed, Security, Breaking Changes (add more with the input \'extra-change-types\')',
    );
  });

  test('tracks file errors name the file and line once', async () => {
    const repo = await createSampleRepo({
      ...sampleFiles(),
      '.github/release-kit.yml':
        'versions:\n  app:\n    files: [{ file: package.json, key: version }]\n    watch: "x"\n',
    });
    const run = await runCli(['bump', '--app=patch'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr.trim()).toBe("error: .github/release-kit.yml:4: track 'app': `watch` must be a list of globs");
  });

  test('version file errors name the file and line once', async () => {
    const repo = await createSampleRepo({
      ...sampleFiles(),
      'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\nappVersion:\n  - 1.0.0\n',
    });
    const run = await runCli(['bump', '--app=patch'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    const line = run.stderr.trim();
    expect(line).toMatch(/^error: chart\/Chart\.yaml:5: /);
    expect(line.split('chart/Chart.yaml')).toHaveLength(2);
  });

  test('init: an existing tracks file is named once', async () => {
    const repo = await createSampleRepo({ ...buntimeRepoFiles(), '.github/release-kit.yml': '# mine\n' });
    const run = await runCli(['init', '--workflow', 'none'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    const line = run.stderr.trim().split('\n').pop()!;
    expect(line).toMatch(/^error: \.github\/release-kit\.yml: /);
    expect(line.split('.github/release-kit.yml')).toHaveLength(2);
  });
});

describe('a refused push says why', () => {
  test("a pre-receive hook's reason (the remote: lines) is in the error", async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    const hook = path.join(repo.remote, 'hooks', 'pre-receive');
    await writeFile(
      hook,
      '#!/bin/sh\necho "GH006: Protected branch update failed for refs/heads/main." >&2\necho "Changes must be made through a pull request." >&2\nexit 1\n',
    );
    await chmod(hook, 0o755);
    const run = await runCli(['bump', '--chart=patch', '--tag'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    const line = run.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(/GH006: Protected branch update failed for refs\/heads\/main\./);
    expect(line).toMatch(/Changes must be made through a pull request\./);
    expect(outputsOf(run.stdout)).toEqual({});
  });
});
