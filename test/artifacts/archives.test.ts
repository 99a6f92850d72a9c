// Archives for the five seed platforms, checked with the system tar, unzip and sha256sum.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {
  binariesFromFiles,
  binariesFromLines,
  extraFilesFrom,
} from '../../packages/release-kit/src/artifacts/binaries.js';
import {
  formatChecksums,
  parseChecksums,
  subjectChecksums,
} from '../../packages/release-kit/src/artifacts/checksums.js';
import {
  archiveMtime,
  packageBinaries,
  renderArchiveName,
  type PackageResult,
} from '../../packages/release-kit/src/artifacts/package.js';
import { parseFormats, platformFromFileName } from '../../packages/release-kit/src/artifacts/platforms.js';
import { createSampleRepo } from '../harness/git-fixture.js';
import { SEED_PLATFORMS, seedWorkspace, type Workspace } from './fixtures.js';

const EPOCH = 1_700_000_000; // 2023-11-14T22:13:20Z
const sh = (cmd: string, args: string[], cwd?: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'UTC', LC_ALL: 'C' } });

async function build(ws: Workspace, outputDir: string, format: string[] = ['windows=zip']): Promise<PackageResult> {
  const binaries = await binariesFromFiles(ws.dir, ['dist/krt-*']);
  const extraFiles = await extraFilesFrom(ws.dir, ['LICENSE', 'README.md'], ['krt', 'krt.exe']);
  return packageBinaries({
    name: 'krt',
    tag: 'v0.1.0',
    binaries,
    extraFiles,
    formats: parseFormats(format),
    outputDir,
    mtime: new Date(EPOCH * 1000),
  });
}

let ws: Workspace;
let result: PackageResult;
let out: string;

beforeAll(async () => {
  ws = await seedWorkspace();
  out = await mkdtemp(path.join(os.tmpdir(), 'rk-archives-out-'));
  result = await build(ws, out);
});
afterAll(async () => {
  await rm(ws.dir, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

describe('archives for the seed platforms', () => {
  test('one archive per platform, named {name}_{tag}_{os}_{arch}, zip for windows', () => {
    expect(result.archives.map((a) => a.name)).toEqual([
      'krt_v0.1.0_darwin_amd64.tar.gz',
      'krt_v0.1.0_darwin_arm64.tar.gz',
      'krt_v0.1.0_linux_amd64.tar.gz',
      'krt_v0.1.0_linux_arm64.tar.gz',
      'krt_v0.1.0_windows_amd64.zip',
    ]);
    expect(result.archives.map((a) => `${a.os}/${a.arch}`).sort()).toEqual([...SEED_PLATFORMS].sort());
  });

  test.each(SEED_PLATFORMS.filter((p) => !p.startsWith('windows')))(
    '%s tar.gz: sorted entries, mode 0755 binary, 0/0 owner, fixed mtime, right bytes',
    async (platform) => {
      const [os_, arch] = platform.split('/');
      const archive = path.join(out, `krt_v0.1.0_${os_}_${arch}.tar.gz`);
      const listing = sh('tar', ['--numeric-owner', '--full-time', '-tvzf', archive]).trim().split('\n');
      expect(listing.map((l) => l.split(/\s+/).slice(-1)[0])).toEqual(['LICENSE', 'README.md', 'krt']);
      for (const line of listing) {
        const [mode, owner, , date, time, name] = line.split(/\s+/);
        expect(mode).toBe(name === 'krt' ? '-rwxr-xr-x' : '-rw-r--r--');
        expect(owner).toBe('0/0');
        expect(`${date}T${time}Z`).toBe(new Date(EPOCH * 1000).toISOString().replace('.000', ''));
      }
      // Owner names are empty: GNU tar then prints the numeric ids even without --numeric-owner.
      expect(sh('tar', ['-tvzf', archive]).split('\n')[0].split(/\s+/)[1]).toBe('0/0');
      const extracted = await mkdtemp(path.join(os.tmpdir(), 'rk-x-'));
      sh('tar', ['-xzf', archive, '-C', extracted]);
      expect(await readFile(path.join(extracted, 'krt'))).toEqual(
        await readFile(path.join(ws.dir, ws.binaries[platform])),
      );
      expect(await readFile(path.join(extracted, 'LICENSE'), 'utf8')).toBe('Apache License 2.0\n');
      await rm(extracted, { recursive: true });
    },
  );

  test('gzip header has no file name and no mtime, OS byte fixed', async () => {
    const bytes = await readFile(path.join(out, 'krt_v0.1.0_linux_amd64.tar.gz'));
    expect([bytes[0], bytes[1], bytes[2]]).toEqual([0x1f, 0x8b, 8]);
    expect(bytes[3] & 0x08).toBe(0); // FNAME flag
    expect(bytes.readUInt32LE(4)).toBe(0); // MTIME
    expect(bytes[9]).toBe(3);
  });

  test('windows zip: krt.exe with mode 0755, extra files at the root, right bytes', async () => {
    const archive = path.join(out, 'krt_v0.1.0_windows_amd64.zip');
    const info = sh('unzip', ['-Z', archive])
      .split('\n')
      .filter((l) => /^[-d]r/.test(l));
    expect(info.map((l) => l.split(/\s+/).slice(-1)[0])).toEqual(['LICENSE', 'README.md', 'krt.exe']);
    expect(info.find((l) => l.endsWith('krt.exe'))!.split(/\s+/)[0]).toBe('-rwxr-xr-x');
    expect(info.find((l) => l.endsWith('LICENSE'))!.split(/\s+/)[0]).toBe('-rw-r--r--');
    const binary = execFileSync('unzip', ['-p', archive, 'krt.exe']);
    expect(binary).toEqual(await readFile(path.join(ws.dir, ws.binaries['windows/amd64'])));
    sh('unzip', ['-tq', archive]);
  });

  test('checksums file: sorted two-space lines of bare names; sha256sum --check --ignore-missing passes on a subset', async () => {
    expect(path.basename(result.checksumsFile)).toBe('krt_v0.1.0_checksums.txt');
    const text = await readFile(result.checksumsFile, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.every((l) => /^[0-9a-f]{64} {2}krt_v0\.1\.0_[a-z]+_[a-z0-9]+\.(tar\.gz|zip)$/.test(l))).toBe(true);
    expect(lines.map((l) => l.slice(66))).toEqual(result.archives.map((a) => a.name).sort());
    expect(lines.map((l) => l.slice(0, 64))).toEqual(
      [...result.archives].sort((a, b) => (a.name < b.name ? -1 : 1)).map((a) => a.sha256),
    );
    const subset = await mkdtemp(path.join(os.tmpdir(), 'rk-subset-'));
    await copyFile(result.checksumsFile, path.join(subset, 'krt_v0.1.0_checksums.txt'));
    for (const name of ['krt_v0.1.0_linux_arm64.tar.gz', 'krt_v0.1.0_windows_amd64.zip'])
      await copyFile(path.join(out, name), path.join(subset, name));
    const ok = sh('sha256sum', ['--check', '--ignore-missing', 'krt_v0.1.0_checksums.txt'], subset);
    expect(ok).toContain('krt_v0.1.0_linux_arm64.tar.gz: OK');
    expect(ok).toContain('krt_v0.1.0_windows_amd64.zip: OK');
    // And it catches a corrupted file.
    await writeFile(path.join(subset, 'krt_v0.1.0_linux_arm64.tar.gz'), 'corrupt');
    expect(() => sh('sha256sum', ['--check', '--ignore-missing', 'krt_v0.1.0_checksums.txt'], subset)).toThrow();
    await rm(subset, { recursive: true });
    expect(result.subjectChecksumsFile).toBe(result.checksumsFile);
  });

  test('reported size and sha256 match the files on disk', async () => {
    for (const archive of result.archives) {
      const bytes = await readFile(archive.path);
      expect(archive.size).toBe(bytes.length);
      expect(sh('sha256sum', [archive.path]).split(' ')[0]).toBe(archive.sha256);
    }
  });

  test('byte-identical archives across runs, whatever the source mtimes, modes and time zone', async () => {
    for (const rel of Object.values(ws.binaries)) {
      await utimes(path.join(ws.dir, rel), new Date(), new Date(2001, 1, 1));
      await chmod(path.join(ws.dir, rel), 0o755);
    }
    await chmod(path.join(ws.dir, 'LICENSE'), 0o664);
    const savedTz = process.env.TZ;
    process.env.TZ = 'America/New_York';
    const again = await mkdtemp(path.join(os.tmpdir(), 'rk-archives-again-'));
    try {
      const second = await build(ws, again);
      expect(second.archives.map((a) => [a.name, a.sha256])).toEqual(result.archives.map((a) => [a.name, a.sha256]));
      for (const archive of result.archives) {
        expect(await readFile(path.join(again, archive.name))).toEqual(await readFile(archive.path));
      }
      expect(await readFile(second.checksumsFile, 'utf8')).toBe(await readFile(result.checksumsFile, 'utf8'));
    } finally {
      if (savedTz === undefined) delete process.env.TZ;
      else process.env.TZ = savedTz;
      await rm(again, { recursive: true, force: true });
    }
  });

  test('a changed binary changes only its own archive', async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), 'rk-archives-changed-'));
    const rel = ws.binaries['linux/amd64'];
    const original = await readFile(path.join(ws.dir, rel));
    await writeFile(path.join(ws.dir, rel), Buffer.concat([original, Buffer.from('patched')]));
    try {
      const changed = await build(ws, other);
      const differing = changed.archives.filter((a, i) => a.sha256 !== result.archives[i].sha256).map((a) => a.name);
      expect(differing).toEqual(['krt_v0.1.0_linux_amd64.tar.gz']);
    } finally {
      await writeFile(path.join(ws.dir, rel), original);
      await rm(other, { recursive: true, force: true });
    }
  });

  test('binaries lines (os/arch=path) give the same archives as files', async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), 'rk-archives-lines-'));
    try {
      const binaries = await binariesFromLines(
        ws.dir,
        SEED_PLATFORMS.map((p) => `${p}=${ws.binaries[p]}`),
      );
      const extraFiles = await extraFilesFrom(ws.dir, ['LICENSE', 'README.md'], ['krt', 'krt.exe']);
      const viaLines = await packageBinaries({
        name: 'krt',
        tag: 'v0.1.0',
        binaries,
        extraFiles,
        formats: parseFormats(['windows=zip']),
        outputDir: other,
        mtime: new Date(EPOCH * 1000),
      });
      expect(viaLines.archives.map((a) => a.sha256)).toEqual(result.archives.map((a) => a.sha256));
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  test('name-template and a bare default format', async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), 'rk-archives-tpl-'));
    try {
      const binaries = await binariesFromFiles(ws.dir, ['dist/krt-linux-*']);
      const r = await packageBinaries({
        name: 'krt',
        tag: 'v0.1.0',
        binaries,
        extraFiles: [],
        formats: parseFormats(['zip']),
        nameTemplate: '{name}-{version}-{os}-{arch}',
        outputDir: other,
        mtime: new Date(EPOCH * 1000),
      });
      expect(r.archives.map((a) => a.name)).toEqual(['krt-0.1.0-linux-amd64.zip', 'krt-0.1.0-linux-arm64.zip']);
      expect(sh('unzip', ['-Z1', r.archives[0].path]).trim()).toBe('krt');
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  test('mtime is HEAD commit time without SOURCE_DATE_EPOCH, and SOURCE_DATE_EPOCH wins when set', async () => {
    const repo = await createSampleRepo({ 'a.txt': 'a\n' });
    const commitTime = Number(repo.git('log', '-1', '--format=%ct'));
    expect((await archiveMtime(repo.dir, undefined)).getTime()).toBe(commitTime * 1000);
    expect((await archiveMtime(repo.dir, '42')).getTime()).toBe(42_000);
    await expect(archiveMtime(repo.dir, 'yesterday')).rejects.toThrow(
      /SOURCE_DATE_EPOCH has invalid value "yesterday"/,
    );
    const plain = await mkdtemp(path.join(os.tmpdir(), 'rk-nogit-'));
    await expect(archiveMtime(plain, undefined)).rejects.toThrow(/set SOURCE_DATE_EPOCH/);
    await rm(plain, { recursive: true });
  });
});

describe('naming rule for files', () => {
  test.each([
    ['krt-linux-amd64', 'linux/amd64'],
    ['krt_darwin_arm64', 'darwin/arm64'],
    ['krt-windows-amd64.exe', 'windows/amd64'],
    ['krt-cli-linux-ppc64le', 'linux/ppc64le'],
    ['krt_freebsd_386', 'freebsd/386'],
  ])('%s → %s', (name, platform) => {
    const p = platformFromFileName(name)!;
    expect(`${p.os}/${p.arch}`).toBe(platform);
  });
  test.each(['krt', 'krt-linux', 'krt-amd64-linux', 'krt-beos-amd64', 'krt-linux-x86_64', 'linux-amd64'])(
    '%s does not follow the rule',
    (name) => {
      expect(platformFromFileName(name)).toBeUndefined();
    },
  );
});

describe('bad inputs are refused with one line naming the input, the value and what is valid', () => {
  let bad: Workspace;
  let outside: string;
  beforeAll(async () => {
    bad = await seedWorkspace(64);
    outside = await mkdtemp(path.join(os.tmpdir(), 'rk-outside-'));
    await writeFile(path.join(outside, 'krt-linux-riscv64'), 'secret');
    await symlink(path.join(outside, 'krt-linux-riscv64'), path.join(bad.dir, 'dist', 'krt-linux-riscv64'));
    await writeFile(path.join(bad.dir, 'empty-linux-s390x'), '');
    await mkdir(path.join(bad.dir, 'dir-linux-mips'));
    await writeFile(path.join(bad.dir, 'dist', 'inside'), 'x');
    await symlink(path.join(bad.dir, 'dist', 'krt-linux-amd64'), path.join(bad.dir, 'link-linux-386'));
  });
  afterAll(async () => {
    await rm(bad.dir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  test('missing file', async () => {
    await expect(binariesFromFiles(bad.dir, ['dist/krt-linux-loong64'])).rejects.toThrow(
      /input 'files' names "dist\/krt-linux-loong64", which does not exist/,
    );
    await expect(binariesFromLines(bad.dir, ['linux/amd64=dist/nope'])).rejects.toThrow(
      /input 'binaries' names "dist\/nope", which does not exist/,
    );
  });
  test('glob matching nothing', async () => {
    await expect(binariesFromFiles(bad.dir, ['build/*'])).rejects.toThrow(
      /input 'files' has pattern "build\/\*" that matches no file/,
    );
  });
  test('empty file', async () => {
    await expect(binariesFromFiles(bad.dir, ['empty-linux-s390x'])).rejects.toThrow(
      /"empty-linux-s390x", which is empty/,
    );
  });
  test('a directory is not a binary', async () => {
    await expect(binariesFromFiles(bad.dir, ['dir-linux-mips'])).rejects.toThrow(
      /"dir-linux-mips", which is not a regular file/,
    );
  });
  test('symlink leading outside the workspace', async () => {
    await expect(binariesFromFiles(bad.dir, ['dist/krt-linux-riscv64'])).rejects.toThrow(
      /input 'files' has invalid value "dist\/krt-linux-riscv64": it is a symlink to .*outside/,
    );
    await expect(binariesFromLines(bad.dir, ['linux/riscv64=dist/krt-linux-riscv64'])).rejects.toThrow(
      /symlink to .*outside/,
    );
    // The glob finds the link too, and it is refused the same way.
    await expect(binariesFromFiles(bad.dir, ['dist/krt-linux-r*'])).rejects.toThrow(/symlink to .*outside/);
  });
  test('a symlink inside the workspace is archived as its target', async () => {
    const [binary] = await binariesFromFiles(bad.dir, ['link-linux-386']);
    expect(binary.os + binary.arch).toBe('linux386');
  });
  test('paths with .. or absolute paths outside', async () => {
    await expect(binariesFromFiles(bad.dir, ['dist/../dist/krt-linux-amd64'])).rejects.toThrow(
      /input 'files' has invalid value "dist\/..\/dist\/krt-linux-amd64": expected a path inside the workspace without .. segments/,
    );
    await expect(binariesFromLines(bad.dir, ['linux/amd64=../x'])).rejects.toThrow(/without .. segments/);
    await expect(
      binariesFromLines(bad.dir, [`linux/amd64=${path.join(outside, 'krt-linux-riscv64')}`]),
    ).rejects.toThrow(/expected a path inside/);
  });
  test('names that break the naming rule', async () => {
    await expect(binariesFromFiles(bad.dir, ['dist/inside'])).rejects.toThrow(
      /input 'files' has invalid value "dist\/inside": expected a name ending in -<os>-<arch>/,
    );
    await writeFile(path.join(bad.dir, 'krt-beos-amd64'), 'x');
    await expect(binariesFromFiles(bad.dir, ['krt-beos-amd64'])).rejects.toThrow(
      /"beos" is not an OS \(valid: aix, .*linux.*windows/,
    );
    await writeFile(path.join(bad.dir, 'krt-linux-x64'), 'x');
    await expect(binariesFromFiles(bad.dir, ['krt-linux-x64'])).rejects.toThrow(
      /"x64" is not an architecture \(valid: 386, amd64/,
    );
  });
  test('two binaries for one os/arch', async () => {
    await writeFile(path.join(bad.dir, 'krt_linux_amd64'), 'x');
    await expect(binariesFromFiles(bad.dir, ['dist/krt-linux-amd64', 'krt_linux_amd64'])).rejects.toThrow(
      /input 'files' has two binaries for linux\/amd64: "dist\/krt-linux-amd64" and "krt_linux_amd64"/,
    );
    await expect(
      binariesFromLines(bad.dir, ['linux/amd64=dist/krt-linux-amd64', 'linux/amd64=krt_linux_amd64']),
    ).rejects.toThrow(/two binaries for linux\/amd64/);
  });
  test('unknown os or arch in binaries lines lists the valid values', async () => {
    await expect(binariesFromLines(bad.dir, ['macos/arm64=dist/krt-darwin-arm64'])).rejects.toThrow(
      /input 'binaries' has invalid value "macos\/arm64": expected a known OS before the slash \(aix, android, darwin/,
    );
    await expect(binariesFromLines(bad.dir, ['darwin/x86_64=dist/krt-darwin-amd64'])).rejects.toThrow(
      /expected a known architecture after the slash \(386, amd64/,
    );
    await expect(binariesFromLines(bad.dir, ['dist/krt-darwin-amd64'])).rejects.toThrow(
      /expected lines of os\/arch=path/,
    );
    await expect(binariesFromLines(bad.dir, ['linux-amd64=dist/krt-linux-amd64'])).rejects.toThrow(/expected os\/arch/);
  });
  test('extra files: missing, duplicate names, clashing with the binary', async () => {
    await expect(extraFilesFrom(bad.dir, ['NOTICE'], ['krt'])).rejects.toThrow(
      /input 'extra-files' names "NOTICE", which does not exist/,
    );
    await mkdir(path.join(bad.dir, 'docs'), { recursive: true });
    await writeFile(path.join(bad.dir, 'docs', 'LICENSE'), 'other');
    await expect(extraFilesFrom(bad.dir, ['LICENSE', 'docs/LICENSE'], ['krt'])).rejects.toThrow(
      /two files named "LICENSE"/,
    );
    await writeFile(path.join(bad.dir, 'docs', 'krt'), 'x');
    await expect(extraFilesFrom(bad.dir, ['docs/krt'], ['krt'])).rejects.toThrow(
      /expected a file not named like the binary/,
    );
  });
  test('formats', () => {
    expect(parseFormats([])).toEqual({ default: 'tar.gz', byOs: {} });
    expect(parseFormats(['zip', 'linux=tar.gz'])).toEqual({ default: 'zip', byOs: { linux: 'tar.gz' } });
    expect(() => parseFormats(['rar'])).toThrow(
      /input 'format' has invalid value "rar": expected a format of tar.gz or zip/,
    );
    expect(() => parseFormats(['windows=7z'])).toThrow(/invalid value "windows=7z"/);
    expect(() => parseFormats(['win=zip'])).toThrow(/os=format with a known OS \(aix/);
    expect(() => parseFormats(['windows=zip', 'windows=tar.gz'])).toThrow(/gives windows a format twice/);
  });
  test('name-template, name and tag', async () => {
    const v = { name: 'krt', tag: 'v1.0.0', os: 'linux', arch: 'amd64' };
    expect(renderArchiveName('{name}_{tag}_{os}_{arch}', v)).toBe('krt_v1.0.0_linux_amd64');
    expect(() => renderArchiveName('{name}_{tag}', v)).toThrow(
      /input 'name-template' .* expected a template holding \{os\} and \{arch\}/,
    );
    expect(() => renderArchiveName('{name}_{goos}_{os}_{arch}', v)).toThrow(/placeholders among \{name\}, \{tag\}/);
    expect(() => renderArchiveName('bin/{name}_{os}_{arch}', v)).toThrow(/bare file name/);
    const [binary] = await binariesFromFiles(bad.dir, ['dist/krt-linux-amd64']);
    const base = {
      binaries: [binary],
      extraFiles: [],
      formats: parseFormats([]),
      outputDir: path.join(bad.dir, 'out'),
      mtime: new Date(0),
    };
    await expect(packageBinaries({ ...base, name: '../krt', tag: 'v1' })).rejects.toThrow(
      /input 'name' has invalid value "..\/krt"/,
    );
    await expect(packageBinaries({ ...base, name: 'k/rt', tag: 'v1' })).rejects.toThrow(
      /input 'name' has invalid value "k\/rt"/,
    );
    await expect(packageBinaries({ ...base, name: 'krt', tag: 'krt/v1' })).rejects.toThrow(
      /input 'tag' has invalid value "krt\/v1": expected a tag without \//,
    );
    const two = await binariesFromFiles(bad.dir, ['dist/krt-linux-amd64', 'dist/krt-linux-arm64']);
    // A template without {tag} and a per-OS format: {version} is the tag without its v, linux gets zip.
    const packaged = await packageBinaries({
      ...base,
      binaries: two,
      name: 'krt',
      tag: 'v1',
      nameTemplate: '{name}_{os}_{arch}{version}',
      formats: parseFormats(['linux=zip']),
    });
    expect(packaged.archives.map((a) => [a.name, a.os, a.arch, a.format])).toEqual([
      ['krt_linux_amd641.zip', 'linux', 'amd64', 'zip'],
      ['krt_linux_arm641.zip', 'linux', 'arm64', 'zip'],
    ]);
    for (const archive of packaged.archives) {
      expect(sh('unzip', ['-Z1', archive.path]).split('\n').filter(Boolean)).toEqual(['krt']);
      expect(execFileSync('unzip', ['-p', archive.path, 'krt'])).toEqual(
        await readFile(path.join(bad.dir, 'dist', `krt-${archive.os}-${archive.arch}`)),
      );
      expect(sh('sha256sum', [archive.path]).split(' ')[0]).toBe(archive.sha256);
    }
    expect(packaged.checksumsName).toBe('krt_v1_checksums.txt');
    expect(parseChecksums(await readFile(packaged.checksumsFile, 'utf8')).map((e) => e.name)).toEqual([
      'krt_linux_amd641.zip',
      'krt_linux_arm641.zip',
    ]);
  });
  test('more than 1,024 attestation subjects fail clearly', () => {
    const entries = Array.from({ length: 1025 }, (_, i) => ({ name: `a${i}.tar.gz`, sha256: 'a'.repeat(64) }));
    expect(() => subjectChecksums(entries)).toThrow(
      /1025 archives exceed the 1024 subjects actions\/attest-build-provenance accepts/,
    );
    expect(subjectChecksums(entries.slice(0, 1024)).split('\n')).toHaveLength(1025);
  });
});

describe('checksums text', () => {
  const entry = fc.record({
    name: fc.stringMatching(/^[A-Za-z0-9._-]{1,30}$/),
    sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
  });
  test('format → parse round-trips and is sorted by name', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.name, maxLength: 20 }), (entries) => {
        const text = formatChecksums(entries);
        const parsed = parseChecksums(text);
        expect(parsed.map((e) => e.name)).toEqual(entries.map((e) => e.name).sort());
        expect(new Set(parsed.map((e) => `${e.sha256}  ${e.name}`))).toEqual(
          new Set(entries.map((e) => `${e.sha256}  ${e.name}`)),
        );
      }),
    );
  });
});
