// Packaging: helm's include/exclude decisions on helm's frobnitz chart, helm's entry order,
// reproducible bytes, overrides in the archive only, and every validation failing clearly.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Header, Pack, ReadEntry } from 'tar';
import { parse } from 'yaml';
import { loadPackagedChart, packageChartDirectory } from '../../packages/release-kit/src/charts/package.js';
import { readChartArchive } from '../../packages/release-kit/src/charts/load.js';
import { readTarGz, writeTarGz } from '../../packages/release-kit/src/charts/archive.js';
import { isUserError } from '../../packages/release-kit/src/plumbing/errors.js';
import { chartCopy } from './chart-fixtures.js';

const mtime = new Date('2024-05-01T12:00:00Z');

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(isUserError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('frobnitz (helm loader testdata)', () => {
  test("includes and excludes the files helm does, in helm's order with Chart.yaml first", async () => {
    const dir = await chartCopy('frobnitz');
    const packaged = await packageChartDirectory(dir, { mtime });
    expect(packaged.fileName).toBe('frobnitz-1.2.3.tgz');
    expect(packaged.entries).toEqual([
      'frobnitz/Chart.yaml',
      'frobnitz/Chart.lock',
      'frobnitz/values.yaml',
      'frobnitz/templates/template.tpl',
      // helm's "Files": the 6 of its testdata plus docs/secret.txt (the anchored rule spares it)
      'frobnitz/.helmignore',
      'frobnitz/INSTALL.txt',
      'frobnitz/LICENSE',
      'frobnitz/README.md',
      'frobnitz/docs/README.md',
      'frobnitz/docs/secret.txt',
      'frobnitz/icon.svg',
      // subcharts, each laid out the same way; the archive is expanded as helm's saver does
      'frobnitz/charts/alpine/Chart.yaml',
      'frobnitz/charts/alpine/values.yaml',
      'frobnitz/charts/alpine/templates/alpine-pod.yaml',
      'frobnitz/charts/alpine/README.md',
      'frobnitz/charts/alpine/charts/mast1/Chart.yaml',
      'frobnitz/charts/alpine/charts/mast1/values.yaml',
      'frobnitz/charts/mariner/Chart.yaml',
      'frobnitz/charts/mariner/values.yaml',
      'frobnitz/charts/mariner/templates/configmap.yaml',
      // an apiVersion v1 chart keeps its requirements files, as helm's saver does
      'frobnitz/charts/mariner/requirements.lock',
      'frobnitz/charts/mariner/requirements.yaml',
      'frobnitz/charts/mariner/charts/albatross/Chart.yaml',
      'frobnitz/charts/mariner/charts/albatross/values.yaml',
    ]);
    const excluded = [
      'ignore/me.txt',
      'docs/notes.bak',
      'secret.txt',
      'templates/.dotfile',
      'charts/_ignore_me',
      'charts/.ignore_me_too/Chart.yaml',
      'charts/mariner-4.3.2.tgz',
    ];
    for (const file of excluded) expect(packaged.entries).not.toContain(`frobnitz/${file}`);
  });

  test("helm's dependent-chart-helmignore rules (ignore/ and .*): .helmignore itself and every dotfile are left out", async () => {
    const dir = await chartCopy('frobnitz');
    await writeFile(path.join(dir, '.helmignore'), 'ignore/\n.*\n');
    await writeFile(path.join(dir, 'docs', '.hidden'), 'x\n');
    const packaged = await packageChartDirectory(dir, { mtime });
    expect(packaged.entries).not.toContain('frobnitz/.helmignore');
    expect(packaged.entries).not.toContain('frobnitz/docs/.hidden');
    expect(packaged.entries).not.toContain('frobnitz/ignore/me.txt');
    // No more *.bak or /secret.txt rules: those files come back.
    expect(packaged.entries).toContain('frobnitz/docs/notes.bak');
    expect(packaged.entries).toContain('frobnitz/secret.txt');
  });

  test('a .helmignore pointing out of the chart is refused before it is read', async () => {
    const dir = await chartCopy('kruntimes');
    await rm(path.join(dir, '.helmignore'));
    await symlink('/etc/hostname', path.join(dir, '.helmignore'));
    expect(await failure(packageChartDirectory(dir, { mtime }))).toMatch(
      /\.helmignore is a symlink to a file outside the chart directory/,
    );
  });

  test('GNU tar reads it: regular files, 0644, owner 0/0 without names, the fixed mtime', async () => {
    const dir = await chartCopy('frobnitz');
    const packaged = await packageChartDirectory(dir, { mtime });
    const file = path.join(path.dirname(dir), packaged.fileName);
    await writeFile(file, packaged.data);
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvzf', file], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    })
      .trim()
      .split('\n');
    expect(listing).toHaveLength(packaged.entries.length);
    for (const line of listing) expect(line).toMatch(/^-rw-r--r-- 0\/0 +\d+ 2024-05-01 12:00:00 frobnitz\//);
    const names = execFileSync('tar', ['-tvzf', file, '--owner=x'], { encoding: 'utf8' });
    expect(names).not.toMatch(/root/);
  });

  test("the archive reads back into the same chart (as helm's loader reads it)", async () => {
    const dir = await chartCopy('frobnitz');
    const packaged = await packageChartDirectory(dir, { mtime });
    const { files } = await readChartArchive(packaged.data, 'frobnitz.tgz');
    expect(files.find((f) => f.name === 'Chart.yaml')!.data).toEqual(await readFile(path.join(dir, 'Chart.yaml')));
    const again = await loadPackagedChart(path.join(await writeTemp(packaged.data), 'chart.tgz'));
    expect(again.metadata).toEqual(packaged.metadata);
    expect(again.data.equals(packaged.data)).toBe(true);
  });
});

async function writeTemp(data: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-tgz-'));
  await writeFile(path.join(dir, 'chart.tgz'), data);
  return dir;
}

/** The archive as tar's own Pack writes these entries (what writeTarGz wrote before it laid the blocks out itself). */
async function packWithTar(entries: { path: string; data: Buffer }[], mtime: Date): Promise<Buffer> {
  const pack = new Pack({ portable: false, noDirRecurse: true });
  const chunks: Buffer[] = [];
  pack.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  const seconds = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
  for (const entry of entries) {
    const header = new Header({
      path: entry.path,
      mode: 0o644,
      uid: 0,
      gid: 0,
      uname: '',
      gname: '',
      size: entry.data.length,
      mtime: seconds,
      type: 'File',
    });
    const readEntry = new ReadEntry(header);
    readEntry.end(entry.data);
    pack.add(readEntry);
  }
  pack.end();
  await ended;
  return Buffer.concat(chunks);
}

describe('reproducible', () => {
  test("property: the tar inside is byte for byte what tar's Pack writes (long and non-ASCII paths, any size)", async () => {
    const segment = fc.stringMatching(/^[a-zA-Z0-9._\-éü漢 ]{1,60}$/);
    const entry = fc.record({
      path: fc.array(segment, { minLength: 1, maxLength: 6 }).map((p) => p.join('/')),
      size: fc.oneof(fc.constantFrom(0, 1, 511, 512, 513, 1024), fc.nat(3000)),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 8 }), fc.integer({ min: 0, max: 4102444800 }), async (list, t) => {
        const entries = list.map((e, i) => ({ path: e.path, data: Buffer.alloc(e.size, i + 1) }));
        const time = new Date(t * 1000 + 123);
        const ours = zlib.gunzipSync(await writeTarGz(entries, time));
        expect(ours.equals(await packWithTar(entries, time))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test("the same sources give the same bytes, whatever the files' own mtimes", async () => {
    const first = await packageChartDirectory(await chartCopy('kruntimes'), { mtime });
    const dir = await chartCopy('kruntimes');
    await utimes(path.join(dir, 'values.yaml'), new Date('2001-01-01'), new Date('2001-01-01'));
    const second = await packageChartDirectory(dir, { mtime });
    expect(second.data.equals(first.data)).toBe(true);
    const later = await packageChartDirectory(dir, { mtime: new Date('2024-05-02T00:00:00Z') });
    expect(later.data.equals(first.data)).toBe(false);
  });

  test('gzip header: no name, no timestamp, OS unknown', async () => {
    const { data } = await packageChartDirectory(await chartCopy('kruntimes'), { mtime });
    expect([...data.subarray(0, 3)]).toEqual([0x1f, 0x8b, 8]);
    expect(data[3] & 0x08).toBe(0); // FNAME
    expect(data.readUInt32LE(4)).toBe(0); // MTIME
    expect(data[9]).toBe(255);
  });

  test('property: any set of files packages deterministically and reads back intact', async () => {
    const fileName = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}(\.[a-z]{1,3})?$/);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fc.constantFrom('', 'docs/', 'templates/', 'files/deep/'), fileName, fc.string()), {
          maxLength: 6,
          selector: ([d, n]) => d + n,
        }),
        async (files) => {
          const root = await mkdtemp(path.join(os.tmpdir(), 'rk-prop-'));
          const dir = path.join(root, 'c');
          await mkdir(dir);
          await writeFile(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: prop\nversion: 0.1.0\n');
          const written = new Map<string, string>();
          for (const [sub, name, content] of files) {
            if (
              sub === '' &&
              [
                'Chart.yaml',
                'values.yaml',
                'Chart.lock',
                'values.schema.json',
                'requirements.yaml',
                'requirements.lock',
                'charts',
                'templates',
                'docs',
                'files',
              ].includes(name)
            )
              continue;
            await mkdir(path.join(dir, sub), { recursive: true });
            await writeFile(path.join(dir, sub, name), content);
            written.set(sub + name, content);
          }
          const a = await packageChartDirectory(dir, { mtime });
          const b = await packageChartDirectory(dir, { mtime });
          expect(a.data.equals(b.data)).toBe(true);
          const entries = await readTarGz(a.data, 'prop.tgz');
          expect(entries[0].path).toBe('prop/Chart.yaml');
          for (const [name, content] of written) {
            const entry = entries.find((e) => e.path === `prop/${name}`);
            expect(entry?.data.toString()).toBe(
              Buffer.from(content)
                .toString()
                .replace(/^\uFEFF/, ''),
            );
          }
          await rm(root, { recursive: true, force: true });
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('overrides at package time', () => {
  test('version and app-version change the archived Chart.yaml only, comments kept', async () => {
    const dir = await chartCopy('frobnitz');
    const before = await readFile(path.join(dir, 'Chart.yaml'), 'utf8');
    const packaged = await packageChartDirectory(dir, { mtime, version: '1.3.0-rc.1+build.7', appVersion: '2.0' });
    expect(await readFile(path.join(dir, 'Chart.yaml'), 'utf8')).toBe(before);
    expect(packaged.fileName).toBe('frobnitz-1.3.0-rc.1+build.7.tgz');
    const entries = await readTarGz(packaged.data, 'x');
    const archived = entries.find((e) => e.path === 'frobnitz/Chart.yaml')!.data.toString();
    expect(parse(archived)).toMatchObject({ version: '1.3.0-rc.1+build.7', appVersion: '2.0', name: 'frobnitz' });
    expect(archived).toContain('# These comments must survive a version override');
    expect(archived).toContain('# two maintainers');
    // Only the two values change, in place: their quotes, every comment and all spacing stay.
    expect(archived).toBe(
      before
        .replace('version: "1.2.3"', 'version: "1.3.0-rc.1+build.7"')
        .replace('appVersion: "0.9.0"', 'appVersion: "2.0"'),
    );
    expect(packaged.metadata.appVersion).toBe('2.0');
  });

  test('a plain value that would read back as a number is quoted; a missing key is added', async () => {
    const dir = await chartCopy('kruntimes');
    const archivedChartYaml = async (options: { appVersion?: string; version?: string }) =>
      (await readTarGz((await packageChartDirectory(dir, { mtime, ...options })).data, 'x'))[0].data.toString();
    await writeFile(
      path.join(dir, 'Chart.yaml'),
      'apiVersion: v2\nname: kruntimes\nversion: 1.0.0   # the chart\nappVersion: 1.4.0\n',
    );
    expect(await archivedChartYaml({ appVersion: '2.0', version: '1.5.0' })).toBe(
      'apiVersion: v2\nname: kruntimes\nversion: 1.5.0   # the chart\nappVersion: "2.0"\n',
    );
    await writeFile(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: kruntimes\nversion: 1.0.0');
    expect(await archivedChartYaml({ appVersion: 'yes' })).toBe(
      'apiVersion: v2\nname: kruntimes\nversion: 1.0.0\nappVersion: "yes"\n',
    );
  });

  test('release notes become the catalog.cattle.io/release-notes annotation', async () => {
    const notes = '## 1.4.0\n\n- Added: a runtime for Go\n- Fixed: `yes` is not a boolean here\n';
    const packaged = await packageChartDirectory(await chartCopy('kruntimes'), { mtime, releaseNotes: notes });
    expect(packaged.metadata.annotations).toEqual({
      'artifacthub.io/license': 'Apache-2.0',
      'catalog.cattle.io/release-notes': notes,
    });
    const archived = (await readTarGz(packaged.data, 'x'))
      .find((e) => e.path === 'kruntimes/Chart.yaml')!
      .data.toString();
    expect(parse(archived).annotations['catalog.cattle.io/release-notes']).toBe(notes);
  });

  test('an invalid override is refused', async () => {
    expect(await failure(packageChartDirectory(await chartCopy('kruntimes'), { mtime, version: '1.2.3.4' }))).toMatch(
      /version "1\.2\.3\.4" is invalid/,
    );
  });
});

describe('helm 2 charts (apiVersion v1), which helm 3 and 4 still package', () => {
  test('a v1 subchart is accepted; its requirements.yaml dependencies must be vendored', async () => {
    const dir = await chartCopy('frobnitz');
    const packaged = await packageChartDirectory(dir, { mtime });
    const { files } = await readChartArchive(packaged.data, 'frobnitz.tgz');
    const mariner = files.find((f) => f.name === 'charts/mariner/requirements.yaml');
    expect(mariner?.data.toString()).toContain('albatross');
    // requirements.yaml names albatross: without charts/albatross, helm's dependency check fails.
    const broken = await chartCopy('mariner');
    await rm(path.join(broken, 'charts', 'albatross'), { recursive: true });
    const message = await failure(packageChartDirectory(broken, { mtime }));
    expect(message).toContain('missing in charts/ directory: albatross');
  });

  test("a v1 chart's Chart.lock is not packaged (helm writes it for v2 only); a v2 chart's is", async () => {
    const dir = await chartCopy('mariner');
    await writeFile(path.join(dir, 'Chart.lock'), 'dependencies: []\ndigest: x\ngenerated: "2016-01-01T00:00:00Z"\n');
    const packaged = await packageChartDirectory(dir, { mtime });
    expect(packaged.entries).not.toContain('mariner/Chart.lock');
    expect(packaged.metadata.apiVersion).toBe('v1');
    expect(packaged.metadata.dependencies?.map((d) => d.name)).toEqual(['albatross']);
  });
});

describe('validation, before anything is written', () => {
  test("a missing dependency gives helm's message and the helm dependency build hint", async () => {
    const dir = await chartCopy('frobnitz');
    await rm(path.join(dir, 'charts', 'alpine'), { recursive: true });
    const message = await failure(packageChartDirectory(dir, { mtime }));
    expect(message).toContain('found in Chart.yaml, but missing in charts/ directory: alpine');
    expect(message).toContain('helm dependency build');
  });

  test('a dependency present only as an _ or . entry is still missing', async () => {
    const dir = await chartCopy('kruntimes');
    await writeFile(
      path.join(dir, 'Chart.yaml'),
      `${await readFile(path.join(dir, 'Chart.yaml'), 'utf8')}dependencies:\n  - name: ignoreme\n    version: 0.0.1\n    repository: file://x\n`,
    );
    await mkdir(path.join(dir, 'charts', '_ignoreme'), { recursive: true });
    await writeFile(
      path.join(dir, 'charts', '_ignoreme', 'Chart.yaml'),
      'apiVersion: v2\nname: ignoreme\nversion: 0.0.1\n',
    );
    expect(await failure(packageChartDirectory(dir, { mtime }))).toContain('missing in charts/ directory: ignoreme');
  });

  test.each([
    ['apiVersion: v3\nname: x\nversion: 1.0.0\n', /apiVersion "v3" is not supported; expected v1 or v2/],
    ['name: x\nversion: 1.0.0\n', /apiVersion is required/],
    ['apiVersion: v2\nversion: 1.0.0\n', /name is required/],
    ['apiVersion: v2\nname: ../x\nversion: 1.0.0\n', /name "\.\.\/x" is invalid/],
    ['apiVersion: v2\nname: Big\nversion: 1.0.0\n', /name "Big" is invalid/],
    ['apiVersion: v2\nname: x\n', /version is required/],
    ['apiVersion: v2\nname: x\nversion: one\n', /version "one" is invalid; expected SemVer/],
    [
      'apiVersion: v2\nname: x\nversion: 1.0.0\ntype: plugin\n',
      /type "plugin" is invalid; expected application or library/,
    ],
    ['apiVersion: v2\nname: x\nversion: 1.0.0\nname: [\n', /cannot load Chart\.yaml/],
    [
      'apiVersion: v2\nname: x\nversion: 1.0.0\nversion: 2.0.0\n',
      /duplicate key "version" at line 4 \(first at line 3\)/,
    ],
    [
      'apiVersion: v2\nname: x\nversion: 1.0.0\nannotations:\n  a: "1"\n  b: "2"\n  a: "3"\n',
      /duplicate key "annotations\.a" at line 7 \(first at line 5\)/,
    ],
  ])('Chart.yaml %j is refused', async (chartYaml, pattern) => {
    const dir = await chartCopy('kruntimes');
    await writeFile(path.join(dir, 'Chart.yaml'), chartYaml);
    const message = await failure(packageChartDirectory(dir, { mtime }));
    expect(message).toMatch(pattern);
    expect(message).toContain('Chart.yaml');
  });

  // helm (sigs.k8s.io/yaml) refuses such a file: "yaml: invalid trailing UTF-8 octet". Decoding it
  // instead would turn the byte into U+FFFD in the archive when an override edits Chart.yaml.
  test.each([
    ['Chart.yaml', { version: '2.0.0' }],
    ['Chart.yaml', {}],
    ['values.yaml', {}],
  ])(
    '%s with bytes that are not UTF-8 (overrides %j) is refused in one line, as helm refuses it',
    async (name, overrides) => {
      const dir = await chartCopy('kruntimes');
      const original = await readFile(path.join(dir, name));
      await writeFile(
        path.join(dir, name),
        Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n'), original]),
      );
      const message = await failure(packageChartDirectory(dir, { mtime, ...overrides }));
      expect(message).toMatch(
        new RegExp(
          `${name.replace('.', '\\.')}: cannot load ${name.replace('.', '\\.')}: not UTF-8 \\(invalid byte 0xe9 at line 1\\)`,
        ),
      );
    },
  );

  test('a YAML alias bomb (billion laughs) in Chart.yaml is one line, not a crash', async () => {
    const dir = await chartCopy('kruntimes');
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const bomb = levels
      .map((name, i) =>
        i === 0
          ? `${name}: &${name} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
          : `${name}: &${name} [${Array(9)
              .fill(`*${levels[i - 1]}`)
              .join(',')}]`,
      )
      .join('\n');
    await writeFile(path.join(dir, 'Chart.yaml'), `apiVersion: v2\nname: kruntimes\nversion: 1.0.0\n${bomb}\n`);
    const message = await failure(packageChartDirectory(dir, { mtime }));
    expect(message).toMatch(/Chart\.yaml: cannot load Chart\.yaml: .*aliases/);
    expect(message).not.toContain('\n');
  });

  test.each([
    ['Chart.yaml', /Chart\.yaml is a directory; expected a file/],
    ['.helmignore', /\.helmignore is a directory; expected a file/],
    ['values.yaml', /values\.yaml is a directory; expected a file/],
  ])('a directory where %s is expected is one line', async (name, pattern) => {
    const dir = await chartCopy('kruntimes');
    await rm(path.join(dir, name), { force: true });
    await mkdir(path.join(dir, name, 'inside'), { recursive: true });
    await writeFile(path.join(dir, name, 'inside', 'x.yaml'), 'a: 1\n');
    expect(await failure(packageChartDirectory(dir, { mtime }))).toMatch(pattern);
  });

  test("helm's lenient SemVer is accepted (v prefix, short forms)", async () => {
    const dir = await chartCopy('kruntimes');
    await writeFile(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: kruntimes\nversion: 1.0\n');
    expect((await packageChartDirectory(dir, { mtime })).fileName).toBe('kruntimes-1.0.tgz');
  });

  test('two subcharts with the same name (a folder and its archive) are refused', async () => {
    const dir = await chartCopy('frobnitz');
    await mkdir(path.join(dir, 'charts', 'mariner-copy'));
    await writeFile(
      path.join(dir, 'charts', 'mariner-copy', 'Chart.yaml'),
      'apiVersion: v2\nname: mariner\nversion: 4.3.2\n',
    );
    expect(await failure(packageChartDirectory(dir, { mtime }))).toMatch(
      /subchart name "mariner" is also used by .*mariner-4\.3\.2\.tgz/,
    );
  });

  test('** in .helmignore is refused with the line', async () => {
    const dir = await chartCopy('kruntimes');
    await writeFile(path.join(dir, '.helmignore'), '# fine\n**/*.tmp\n');
    expect(await failure(packageChartDirectory(dir, { mtime }))).toMatch(
      /\.helmignore:2: .*double-star \(\*\*\) syntax is not supported/,
    );
  });

  test('a symlink escaping the chart is refused; one inside is followed', async () => {
    const dir = await chartCopy('kruntimes');
    await symlink(path.join(dir, 'values.yaml'), path.join(dir, 'templates', 'inside-link.yaml'));
    const ok = await packageChartDirectory(dir, { mtime });
    expect(ok.entries).toContain('kruntimes/templates/inside-link.yaml');
    await symlink('/etc/passwd', path.join(dir, 'passwd'));
    expect(await failure(packageChartDirectory(dir, { mtime }))).toMatch(
      /passwd is a symlink to \/etc\/passwd, outside the chart directory/,
    );
  });

  test('an escaping symlink listed in .helmignore is not an error (helm never reads it)', async () => {
    const dir = await chartCopy('kruntimes');
    await symlink('/etc', path.join(dir, 'outside'));
    await writeFile(path.join(dir, '.helmignore'), 'outside\n');
    expect((await packageChartDirectory(dir, { mtime })).entries).not.toContain('kruntimes/outside');
  });

  test("a chart over helm's 100 MiB limit is refused before packaging, naming the limit", async () => {
    const dir = await chartCopy('kruntimes');
    await mkdir(path.join(dir, 'files'));
    // 21 files of 5 MiB (each under the per-file limit), 105 MiB in all.
    for (let i = 0; i < 21; i++)
      await writeFile(path.join(dir, 'files', `part-${i}.bin`), Buffer.alloc(5 * 1024 * 1024));
    expect(await failure(packageChartDirectory(dir, { mtime }))).toMatch(
      /larger than helm's limit of 104857600 bytes \(100 MiB\) uncompressed/,
    );
  });

  test('a packaged chart that decompresses past 100 MiB is refused as too large, not as "not gzip"', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'rk-huge-'));
    await mkdir(path.join(root, 'huge', 'files'), { recursive: true });
    await writeFile(path.join(root, 'huge', 'Chart.yaml'), 'apiVersion: v2\nname: huge\nversion: 1.0.0\n');
    // 32 files of 5 MiB of zeros: 160 MiB unpacked, a few hundred KiB packed (GNU tar + gzip).
    for (let i = 0; i < 32; i++)
      await writeFile(path.join(root, 'huge', 'files', `z${i}`), Buffer.alloc(5 * 1024 * 1024));
    execFileSync('tar', ['-czf', path.join(root, 'huge-1.0.0.tgz'), '-C', root, 'huge']);
    const message = await failure(loadPackagedChart(path.join(root, 'huge-1.0.0.tgz')));
    expect(message).toMatch(/larger than helm's limit of 104857600 bytes \(100 MiB\) uncompressed/);
    expect(message).not.toMatch(/gzip/);
    await rm(root, { recursive: true, force: true });
  });

  test('a file over 5 MiB is refused', async () => {
    const dir = await chartCopy('kruntimes');
    await writeFile(path.join(dir, 'big.bin'), Buffer.alloc(5 * 1024 * 1024 + 1));
    expect(await failure(packageChartDirectory(dir, { mtime }))).toMatch(
      /"big\.bin" is larger than the maximum file size 5242880/,
    );
  });

  test('values.schema.json must be valid JSON; values.yaml valid YAML', async () => {
    const dir = await chartCopy('kruntimes');
    await writeFile(path.join(dir, 'values.schema.json'), '{ "type": ');
    expect(await failure(packageChartDirectory(dir, { mtime }))).toMatch(/Invalid JSON in values\.schema\.json/);
    const dir2 = await chartCopy('kruntimes');
    await writeFile(path.join(dir2, 'values.yaml'), 'a: [\n');
    expect(await failure(packageChartDirectory(dir2, { mtime }))).toMatch(/cannot load values\.yaml/);
  });

  test('a prebuilt archive that escapes its folder is refused', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'rk-evil-'));
    await mkdir(path.join(root, 'x'));
    await writeFile(path.join(root, 'x', 'Chart.yaml'), 'apiVersion: v2\nname: x\nversion: 1.0.0\n');
    await writeFile(path.join(root, 'evil'), 'x');
    execFileSync('tar', ['-P', '-czf', path.join(root, 'x.tgz'), '-C', root, 'x/Chart.yaml', 'x/../evil']);
    expect(await failure(loadPackagedChart(path.join(root, 'x.tgz')))).toMatch(/escapes the chart/);
    await writeFile(path.join(root, 'not.tgz'), zlib.gzipSync('not a tar'));
    await expect(loadPackagedChart(path.join(root, 'not.tgz'))).rejects.toThrow();
  });
});
