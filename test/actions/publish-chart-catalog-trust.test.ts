// publish-chart-catalog against catalogs that try to make it publish something else than the chart:
// .gitattributes that rewrite bytes, symlinks that redirect a version folder, versions spelled
// differently, a token over plain http, and two publishers of one version racing. Through the
// dist bundle (and the CLI bundle), against real bare git remotes.
import { afterAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { createSampleRepo, type SampleRepo } from '../harness/git-fixture.js';
import { errorOf, installBarrier, refsOf, remoteGit, show, tip, tree } from '../catalogs/catalog-remote.js';
import { runAction, runCli, type ActionRun } from '../harness/run-action.js';
import { chartCopy } from '../charts/chart-fixtures.js';

const EPOCH = '1714564800';
const TOKEN = 'ghs_catalogT0kenThatMustNeverBePrinted42';
const BASE_URL = 'https://charts.example.com/repo';

const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

/** A bare catalog remote holding README.md plus `files` and `links` (symlink → target), pushed to main. */
async function catalogWith(
  files: Record<string, string | Buffer> = {},
  links: Record<string, string> = {},
): Promise<SampleRepo> {
  const repo = await createSampleRepo({ 'README.md': '# charts catalog\n' });
  cleanup.push(path.dirname(repo.dir));
  for (const [file, data] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo.dir, file)), { recursive: true });
    await writeFile(path.join(repo.dir, file), data);
  }
  for (const [link, target] of Object.entries(links)) {
    await mkdir(path.dirname(path.join(repo.dir, link)), { recursive: true });
    await symlink(target, path.join(repo.dir, link));
  }
  if (Object.keys(files).length + Object.keys(links).length > 0) {
    repo.commitAll('catalog content');
    repo.git('push', '--quiet', 'origin', 'main');
  }
  return repo;
}

/** Deterministic bytes that look random (a sha256 chain): incompressible, so gzip output is too. */
function noise(size: number, seed: string): Buffer {
  const blocks: Buffer[] = [];
  let block = createHash('sha256').update(seed).digest();
  for (let length = 0; length < size; length += block.length) {
    blocks.push(block);
    block = createHash('sha256').update(block).digest();
  }
  return Buffer.concat(blocks).subarray(0, size);
}

const CRLF_TEXT = 'line one\r\nline two\r\n';
const BINARY = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(512 * 1024, 'bin')]);

/** A workspace with charts/buntime (Buntime-shaped) carrying a CRLF text file and a binary file. */
async function workspace(values?: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-catalog-trust-'));
  cleanup.push(dir);
  await chartCopy('buntime', path.join(dir, 'charts'));
  await mkdir(path.join(dir, 'charts/buntime/files'));
  await writeFile(path.join(dir, 'charts/buntime/files/crlf.txt'), CRLF_TEXT);
  await writeFile(path.join(dir, 'charts/buntime/files/logo.png'), BINARY);
  if (values !== undefined) await writeFile(path.join(dir, 'charts/buntime/values.yaml'), values);
  return dir;
}

async function setChartVersion(ws: string, version: string): Promise<void> {
  const file = path.join(ws, 'charts/buntime/Chart.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^version: .*$/m, `version: ${version}`));
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
function publish(ws: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('publish-chart-catalog', {
    workspace: ws,
    env: { SOURCE_DATE_EPOCH: EPOCH, ...env },
    inputs: { token: TOKEN, chart: 'charts/buntime', ...inputs },
  });
}

/** The run failed with one error line matching `message`, and the catalog's branches did not move. */
function expectRefused(result: ActionRun, message: RegExp, remote: string, refsBefore: string): void {
  expect(result.exitCode).toBe(1);
  const error = errorOf(result);
  expect(error.split('\n')).toHaveLength(1);
  expect(error).toMatch(message);
  expect(result.everything).not.toContain(TOKEN);
  expect(remoteGit(remote, 'for-each-ref', '--format=%(refname) %(objectname)')).toBe(refsBefore);
}

describe('a catalog with .gitattributes: the committed blobs are the packaged bytes', () => {
  test('rancher, `* text eol=lf`: CRLF and binary files land byte for byte; a rerun is unchanged', async () => {
    const ws = await workspace();
    const catalog = await catalogWith({ '.gitattributes': '* text eol=lf\n' });
    const first = await publish(ws, { target: 'rancher', repository: catalog.remote });
    expect(first.exitCode).toBe(0);
    expect(show(catalog.remote, 'main:charts/buntime/0.3.0/files/crlf.txt').toString()).toBe(CRLF_TEXT);
    expect(show(catalog.remote, 'main:charts/buntime/0.3.0/files/logo.png').equals(BINARY)).toBe(true);
    expect(show(catalog.remote, 'main:charts/buntime/0.3.0/values.yaml')).toEqual(
      await readFile(path.join(ws, 'charts/buntime/values.yaml')),
    );
    const rerun = await publish(ws, { target: 'rancher', repository: catalog.remote });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs).toMatchObject({ state: 'unchanged', commit: '' });
  });

  test('rancher, `* text eol=crlf`: the rerun reads the blobs, not a CRLF checkout, and is unchanged', async () => {
    const ws = await workspace();
    const catalog = await catalogWith({ '.gitattributes': '* text eol=crlf\n' });
    const first = await publish(ws, { target: 'rancher', repository: catalog.remote });
    expect(first.exitCode).toBe(0);
    expect(show(catalog.remote, 'main:charts/buntime/0.3.0/files/crlf.txt').toString()).toBe(CRLF_TEXT);
    const before = tip(catalog.remote);
    const rerun = await publish(ws, { target: 'rancher', repository: catalog.remote });
    expect(errorOf(rerun)).toBe('');
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs).toMatchObject({ state: 'unchanged', commit: '' });
    expect(tip(catalog.remote)).toBe(before);
  });

  test("helm-repo, `* text eol=lf`: the .tgz blob is the packaged archive (its sha256 is index.yaml's digest, gzip -t passes)", async () => {
    const ws = await workspace();
    const catalog = await catalogWith({ '.gitattributes': '* text eol=lf\n*.yaml text eol=crlf\n' });
    const inputs = { target: 'helm-repo', repository: catalog.remote, 'base-url': BASE_URL, branch: 'main' };
    const result = await publish(ws, inputs);
    expect(result.exitCode).toBe(0);
    const archive = show(catalog.remote, 'main:buntime-0.3.0.tgz');
    const index = parse(show(catalog.remote, 'main:index.yaml').toString('utf8'));
    expect(sha256(archive)).toBe(index.entries.buntime[0].digest);
    // The case is real: the archive holds CRLF byte pairs that eol=lf would have rewritten.
    expect(archive.includes(Buffer.from('\r\n'))).toBe(true);
    expect(JSON.parse(result.outputs.charts)[0].digest).toBe(sha256(archive));
    expect(() => execFileSync('gzip', ['-t'], { input: archive })).not.toThrow();
    expect(show(catalog.remote, 'main:index.yaml').includes(Buffer.from('\r\n'))).toBe(false);
    const rerun = await publish(ws, inputs);
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs.state).toBe('unchanged');
  });

  test("a clean filter from the user's git config (filter=shout) does not reach the catalog's blobs", async () => {
    const ws = await workspace();
    const home = await mkdtemp(path.join(os.tmpdir(), 'rk-home-'));
    cleanup.push(home);
    await writeFile(
      path.join(home, '.gitconfig'),
      '[filter "shout"]\n\tclean = tr a-z A-Z\n\tsmudge = cat\n\trequired = true\n',
    );
    const catalog = await catalogWith({
      '.gitattributes': '*.yaml filter=shout\napp-readme.md working-tree-encoding=UTF-16\n',
    });
    const result = await publish(ws, { target: 'rancher', repository: catalog.remote }, { HOME: home });
    expect(result.exitCode).toBe(0);
    expect(show(catalog.remote, 'main:charts/buntime/0.3.0/values.yaml')).toEqual(
      await readFile(path.join(ws, 'charts/buntime/values.yaml')),
    );
    expect(show(catalog.remote, 'main:charts/buntime/0.3.0/app-readme.md')).toEqual(
      await readFile(path.join(ws, 'charts/buntime/release-notes.md')),
    );
  });
});

describe('a symlink in the catalog never redirects a publish', () => {
  const cases: [string, Record<string, string | Buffer>, Record<string, string>, RegExp][] = [
    [
      'the chart folder (charts/buntime -> otherchart)',
      { 'charts/otherchart/1.0.0/Chart.yaml': 'name: otherchart\n' },
      { 'charts/buntime': 'otherchart' },
      /^catalog: charts\/buntime is a symlink \(to otherchart\) in the catalog; release-kit publishes into real folders and files only, never through a symlink/,
    ],
    [
      'the version folder (charts/buntime/0.3.0 -> ../../attic)',
      { 'attic/Chart.yaml': 'name: attic\n', 'charts/buntime/0.2.0/Chart.yaml': 'name: buntime\n' },
      { 'charts/buntime/0.3.0': '../../attic' },
      /^catalog: charts\/buntime\/0\.3\.0 is a symlink \(to \.\.\/\.\.\/attic\) in the catalog/,
    ],
    [
      'the catalog directory itself (charts -> /tmp)',
      {},
      { charts: os.tmpdir() },
      /^catalog: charts is a symlink \(to .*\) in the catalog/,
    ],
  ];
  test.each(cases)(
    'rancher, %s: one line blaming the catalog, nothing pushed',
    async (_name, files, links, message) => {
      const ws = await workspace();
      const catalog = await catalogWith(files, links);
      const refs = refsOf(catalog.remote);
      const result = await publish(ws, { target: 'rancher', repository: catalog.remote });
      expectRefused(result, message, catalog.remote, refs);
      expect(errorOf(result)).not.toMatch(/input 'directory'|workspace/);
    },
  );

  test('helm-repo: a symlinked .tgz is refused, never followed', async () => {
    const ws = await workspace();
    const catalog = await catalogWith({ 'other.tgz': 'not a chart' }, { 'buntime-0.3.0.tgz': 'other.tgz' });
    const refs = refsOf(catalog.remote);
    const result = await publish(ws, {
      target: 'helm-repo',
      repository: catalog.remote,
      'base-url': BASE_URL,
      branch: 'main',
    });
    expectRefused(
      result,
      /^catalog: buntime-0\.3\.0\.tgz is a symlink \(to other\.tgz\) in the catalog/,
      catalog.remote,
      refs,
    );
  });
});

describe('a version equal as SemVer but spelled differently is the published version', () => {
  test.each([
    ['0.3.0', 'v0.3.0'],
    ['0.3', 'v0.3.0'],
    ['v0.3', '0.3.0'],
  ])('rancher: %s with %s published is refused, naming the published spelling', async (version, published) => {
    const ws = await workspace();
    await setChartVersion(ws, version);
    const catalog = await catalogWith({ [`charts/buntime/${published}/Chart.yaml`]: 'name: buntime\n' });
    const refs = refsOf(catalog.remote);
    const result = await publish(ws, { target: 'rancher', repository: catalog.remote });
    const pattern = new RegExp(
      `^catalog: buntime ${version.replace(/\./g, '\\.')} is version ${published.replace(/\./g, '\\.')}, already published at charts/buntime/${published.replace(/\./g, '\\.')}/; .*publish it as ${published.replace(/\./g, '\\.')}`,
    );
    expectRefused(result, pattern, catalog.remote, refs);
  });

  test('helm-repo: 0.3.0 with v0.3.0 in index.yaml is refused; no second entry', async () => {
    const ws = await workspace();
    const index = [
      'apiVersion: v1',
      'entries:',
      '  buntime:',
      '  - apiVersion: v2',
      '    created: "2025-01-10T08:30:00Z"',
      `    digest: ${'3'.repeat(64)}`,
      '    name: buntime',
      '    urls:',
      '    - https://charts.example.com/repo/buntime-v0.3.0.tgz',
      '    version: v0.3.0',
      'generated: "2025-01-10T08:30:00Z"',
      '',
    ].join('\n');
    const catalog = await catalogWith({ 'index.yaml': index });
    const refs = refsOf(catalog.remote);
    const result = await publish(ws, {
      target: 'helm-repo',
      repository: catalog.remote,
      'base-url': BASE_URL,
      branch: 'main',
    });
    expectRefused(
      result,
      /^catalog: buntime 0\.3\.0 is version v0\.3\.0, already published at index\.yaml \(digest 3{64}\)/,
      catalog.remote,
      refs,
    );
  });
});

describe('a token never travels over plain http', () => {
  test.each([
    ['an http:// repository URL', { repository: 'http://git.example.com/acme/charts.git' }, {}],
    ['OWNER/REPO on an http:// server', { repository: 'acme/charts' }, { GITHUB_SERVER_URL: 'http://ghe.example.com' }],
  ])('%s with a token is refused before anything is packaged or fetched', async (_name, inputs, env) => {
    const ws = await workspace();
    const result = await publish(ws, { target: 'rancher', ...inputs }, env);
    expect(result.exitCode).toBe(1);
    const error = errorOf(result);
    expect(error.split('\n')).toHaveLength(1);
    expect(error).toMatch(
      /^input 'repository' has invalid value "http:\/\/[^"]+": expected an https:\/\/ URL when a token is set \(plain http would send the token in clear text\)/,
    );
    expect(result.stdout).not.toMatch(/packaged/);
    expect(result.everything).not.toContain(TOKEN);
  });

  test('the CLI refuses it the same way', async () => {
    const ws = await workspace();
    const result = await runCli(
      [
        'publish-chart-catalog',
        '--chart',
        'charts/buntime',
        '--target',
        'rancher',
        '--repository',
        'http://git.example.com/a/b',
      ],
      { workspace: ws, env: { GITHUB_ACTIONS: undefined, GITHUB_TOKEN: TOKEN } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^error: input 'repository' has invalid value "http:\/\/git\.example\.com\/a\/b": expected an https:\/\/ URL when a token is set/,
    );
    expect(result.everything).not.toContain(TOKEN);
  });
});

describe('two publishers of one chart version race', () => {
  test.each(['rancher', 'helm-repo'])(
    '%s, different content: exactly one lands, the other fails naming both contents',
    async (target) => {
      const [wsA, wsB] = [await workspace('replicaCount: 1\n'), await workspace('replicaCount: 2\n')];
      const catalog = await catalogWith();
      await installBarrier(catalog.remote);
      const base = tip(catalog.remote);
      const extra: Record<string, string> = target === 'helm-repo' ? { 'base-url': BASE_URL } : {};
      const runs = await Promise.all(
        [wsA, wsB].map((ws) => publish(ws, { target, repository: catalog.remote, branch: 'main', ...extra })),
      );
      expect(runs.map((r) => r.exitCode).sort()).toEqual([0, 1]);
      const winner = runs.find((r) => r.exitCode === 0)!;
      const loser = runs.find((r) => r.exitCode === 1)!;
      const winnerWs = winner === runs[0] ? wsA : wsB;
      expect(winner.outputs.state).toBe('created');
      expect(remoteGit(catalog.remote, 'rev-list', '--count', `${base}..main`)).toBe('1');
      const error = errorOf(loser);
      expect(error.split('\n')).toHaveLength(1);
      if (target === 'rancher') {
        const published = remoteGit(catalog.remote, 'rev-parse', 'main:charts/buntime/0.3.0');
        expect(show(catalog.remote, 'main:charts/buntime/0.3.0/values.yaml')).toEqual(
          await readFile(path.join(winnerWs, 'charts/buntime/values.yaml')),
        );
        // Both git tree ids: the published folder's, and the one the loser's files would make.
        const theirs = /this chart's files are tree ([0-9a-f]{40})/.exec(error)?.[1];
        expect(error).toMatch(
          new RegExp(
            `^catalog: buntime 0\\.3\\.0 is already published at charts/buntime/0\\.3\\.0/ \\(tree ${published}\\) with different content`,
          ),
        );
        expect(theirs).toMatch(/^[0-9a-f]{40}$/);
        expect(theirs).not.toBe(published);
        // The loser's tree id is what its files make in a catalog of their own.
        const alone = await catalogWith();
        const loserWs = winner === runs[0] ? wsB : wsA;
        expect((await publish(loserWs, { target, repository: alone.remote })).exitCode).toBe(0);
        expect(remoteGit(alone.remote, 'rev-parse', 'main:charts/buntime/0.3.0')).toBe(theirs);
      } else {
        const digest = JSON.parse(winner.outputs.charts)[0].digest as string;
        const archive = show(catalog.remote, 'main:buntime-0.3.0.tgz');
        expect(sha256(archive)).toBe(digest);
        const match =
          /^catalog: buntime 0\.3\.0 is already published at index\.yaml \(digest ([0-9a-f]{64})\) with different content \(this chart packs to ([0-9a-f]{64})/.exec(
            error,
          );
        expect(match?.[1]).toBe(digest);
        expect(match?.[2]).not.toBe(digest);
      }
      expect(loser.stdout).toMatch(/moved to [0-9a-f]{40} while pushing; re-applying on the new tip/);
    },
  );

  test.each(['rancher', 'helm-repo'])(
    '%s, the same content: both succeed, one created and one unchanged, one commit',
    async (target) => {
      const [wsA, wsB] = [await workspace(), await workspace()];
      const catalog = await catalogWith();
      await installBarrier(catalog.remote);
      const base = tip(catalog.remote);
      const extra: Record<string, string> = target === 'helm-repo' ? { 'base-url': BASE_URL } : {};
      // Packaged at different times: other archive bytes, the same files.
      const runs = await Promise.all(
        [wsA, wsB].map((ws, i) =>
          publish(
            ws,
            { target, repository: catalog.remote, branch: 'main', ...extra },
            { SOURCE_DATE_EPOCH: String(Number(EPOCH) + i) },
          ),
        ),
      );
      expect(runs.map((r) => r.exitCode)).toEqual([0, 0]);
      expect(runs.map((r) => r.outputs.state).sort()).toEqual(['created', 'unchanged']);
      expect(runs.find((r) => r.outputs.state === 'unchanged')!.outputs.commit).toBe('');
      expect(remoteGit(catalog.remote, 'rev-list', '--count', `${base}..main`)).toBe('1');
      if (target === 'helm-repo') {
        expect(tree(catalog.remote, 'main', '.')).toEqual(['README.md', 'buntime-0.3.0.tgz', 'index.yaml']);
        expect(parse(show(catalog.remote, 'main:index.yaml').toString('utf8')).entries.buntime).toHaveLength(1);
      }
    },
  );
});
