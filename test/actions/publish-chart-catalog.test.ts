// publish-chart-catalog as the runner runs it (dist bundle, INPUT_* variables, output files) against
// real bare git remotes: the Rancher layout and a Helm repository, reruns, refusals, and two
// publishers racing for one branch.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { createSampleRepo, type SampleRepo } from '../harness/git-fixture.js';
import { commitCount, errorOf, installBarrier, remoteGit, show, tip, tree } from '../catalogs/catalog-remote.js';
import { runAction, runCli, type ActionRun } from '../harness/run-action.js';
import { chartCopy } from '../charts/chart-fixtures.js';

const EPOCH = '1714564800';
const TOKEN = 'ghs_catalogT0kenThatMustNeverBePrinted42';
const BASE_URL = 'https://charts.example.com/repo';

/** A bare catalog remote with one commit on main (a README), like zommehq/charts before the first chart. */
async function catalogRemote(): Promise<SampleRepo> {
  return createSampleRepo({ 'README.md': '# charts catalog\n' });
}

/** A workspace holding charts/buntime (Buntime-shaped) and charts/kruntimes. */
async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-catalog-ws-'));
  await chartCopy('buntime', path.join(dir, 'charts'));
  await chartCopy('kruntimes', path.join(dir, 'charts'));
  return dir;
}

function publish(ws: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('publish-chart-catalog', {
    workspace: ws,
    env: { SOURCE_DATE_EPOCH: EPOCH, ...env },
    inputs: { token: TOKEN, ...inputs },
  });
}

describe("publish-chart-catalog, target rancher (Buntime's zommehq/charts)", () => {
  let ws: string;
  let catalog: SampleRepo;
  beforeAll(async () => {
    ws = await workspace();
    catalog = await catalogRemote();
  });
  afterAll(async () => {
    await rm(ws, { recursive: true, force: true });
    await rm(path.dirname(catalog.dir), { recursive: true, force: true });
  });

  test('first publish: charts/buntime/0.3.0/ lands in one commit on main, file by file', async () => {
    const before = tip(catalog.remote);
    const result = await publish(ws, { chart: 'charts/buntime', target: 'rancher', repository: catalog.remote });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      state: 'created',
      name: 'buntime',
      version: '0.3.0',
      attempts: '1',
      commit: tip(catalog.remote),
    });
    expect(remoteGit(catalog.remote, 'rev-parse', 'main~1')).toBe(before);
    expect(remoteGit(catalog.remote, 'log', '-1', '--format=%s', 'main')).toBe('Publish chart buntime 0.3.0');
    expect(tree(catalog.remote, 'main', '.')).toEqual([
      'README.md',
      'charts/buntime/0.3.0/.helmignore',
      'charts/buntime/0.3.0/Chart.yaml',
      'charts/buntime/0.3.0/app-readme.md',
      'charts/buntime/0.3.0/questions.yml',
      'charts/buntime/0.3.0/release-notes.md',
      'charts/buntime/0.3.0/templates/_helpers.tpl',
      'charts/buntime/0.3.0/templates/deployment.yaml',
      'charts/buntime/0.3.0/values.yaml',
    ]);
    const notes = await readFile(path.join(ws, 'charts/buntime/release-notes.md'));
    expect(show(catalog.remote, 'main:charts/buntime/0.3.0/app-readme.md').equals(notes)).toBe(true);
    expect(
      show(catalog.remote, 'main:charts/buntime/0.3.0/questions.yml').equals(
        await readFile(path.join(ws, 'charts/buntime/questions.yml')),
      ),
    ).toBe(true);
    const chartYaml = parse(show(catalog.remote, 'main:charts/buntime/0.3.0/Chart.yaml').toString('utf8'));
    expect(chartYaml.annotations['catalog.cattle.io/release-notes']).toBe(notes.toString('utf8'));
    expect(JSON.parse(result.outputs.charts)).toEqual([
      { chart: 'charts/buntime', name: 'buntime', version: '0.3.0', path: 'charts/buntime/0.3.0', state: 'created' },
    ]);
    expect(result.summary).toContain('| buntime | 0.3.0 | `charts/buntime/0.3.0` | created |');
  });

  test('a rerun is unchanged and makes no commit, even packaged at another time', async () => {
    const before = tip(catalog.remote);
    const count = commitCount(catalog.remote);
    const result = await publish(
      ws,
      { chart: 'charts/buntime', target: 'rancher', repository: catalog.remote },
      { SOURCE_DATE_EPOCH: '1800000000' },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ state: 'unchanged', commit: '' });
    expect(tip(catalog.remote)).toBe(before);
    expect(commitCount(catalog.remote)).toBe(count);
  });

  test('a new version keeps the previous one; the same version with other content fails naming it, pushing nothing', async () => {
    const chartYaml = path.join(ws, 'charts/buntime/Chart.yaml');
    const original = await readFile(chartYaml, 'utf8');
    await writeFile(chartYaml, original.replace('version: 0.3.0', 'version: 0.4.0'));
    const next = await publish(ws, { chart: 'charts/buntime', target: 'rancher', repository: catalog.remote });
    expect(next.exitCode).toBe(0);
    expect(next.outputs.state).toBe('created');
    expect(tree(catalog.remote, 'main', 'charts/buntime').filter((f) => f.endsWith('/Chart.yaml'))).toEqual([
      'charts/buntime/0.3.0/Chart.yaml',
      'charts/buntime/0.4.0/Chart.yaml',
    ]);

    await writeFile(chartYaml, original);
    await writeFile(path.join(ws, 'charts/buntime/values.yaml'), 'replicaCount: 2\n');
    const before = tip(catalog.remote);
    const refused = await publish(ws, { chart: 'charts/buntime', target: 'rancher', repository: catalog.remote });
    expect(refused.exitCode).toBe(1);
    expect(errorOf(refused)).toMatch(
      /^catalog: buntime 0\.3\.0 is already published at charts\/buntime\/0\.3\.0\/ \(tree [0-9a-f]{40}\) with different content \(this chart's files are tree [0-9a-f]{40}; values\.yaml differ\); a published chart version is never overwritten/,
    );
    expect(errorOf(refused).split('\n')).toHaveLength(1);
    expect(tip(catalog.remote)).toBe(before);
  });

  test('the CLI publishes the same way (release-kit publish-chart-catalog)', async () => {
    const cliWs = await workspace();
    const cliCatalog = await catalogRemote();
    const result = await runCli(
      [
        'publish-chart-catalog',
        '--chart',
        'charts/kruntimes',
        '--target',
        'rancher',
        '--repository',
        cliCatalog.remote,
        '--directory',
        'catalog',
      ],
      {
        workspace: cliWs,
        env: { SOURCE_DATE_EPOCH: EPOCH, GITHUB_ACTIONS: undefined },
      },
    );
    expect(result.exitCode).toBe(0);
    expect(tree(cliCatalog.remote, 'main', 'catalog')).toContain('catalog/kruntimes/1.4.0/Chart.yaml');
    await rm(cliWs, { recursive: true, force: true });
  });
});

describe("publish-chart-catalog, target helm-repo (chart-releaser's gh-pages)", () => {
  let ws: string;
  let catalog: SampleRepo;
  beforeAll(async () => {
    ws = await workspace();
    catalog = await catalogRemote();
  });
  afterAll(async () => {
    await rm(ws, { recursive: true, force: true });
    await rm(path.dirname(catalog.dir), { recursive: true, force: true });
  });
  const inputs = (chart: string) => ({ chart, target: 'helm-repo', repository: catalog.remote, 'base-url': BASE_URL });

  test('first publish creates gh-pages with the .tgz and a helm index.yaml', async () => {
    const result = await publish(ws, inputs('charts/buntime'));
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      state: 'created',
      name: 'buntime',
      version: '0.3.0',
      commit: tip(catalog.remote, 'gh-pages'),
    });
    expect(tree(catalog.remote, 'gh-pages', '.')).toEqual(['buntime-0.3.0.tgz', 'index.yaml']);
    expect(commitCount(catalog.remote, 'gh-pages')).toBe(1);
    const archive = show(catalog.remote, 'gh-pages:buntime-0.3.0.tgz');
    // GNU tar, an independent reader, sees helm's layout.
    const listing = execFileSync('tar', ['-tzf', '-'], { input: archive }).toString().trim().split('\n');
    expect(listing).toContain('buntime/Chart.yaml');
    expect(listing).toContain('buntime/questions.yml');
    expect(listing).not.toContain('buntime/notes.bak');
    const index = parse(show(catalog.remote, 'gh-pages:index.yaml').toString('utf8'));
    expect(Object.keys(index)).toEqual(['apiVersion', 'entries', 'generated']);
    expect(index.apiVersion).toBe('v1');
    const [entry] = index.entries.buntime;
    expect(Object.keys(entry)).toEqual([
      'annotations',
      'apiVersion',
      'appVersion',
      'created',
      'description',
      'digest',
      'home',
      'icon',
      'keywords',
      'maintainers',
      'name',
      'sources',
      'type',
      'urls',
      'version',
    ]);
    expect(entry).toMatchObject({
      apiVersion: 'v2',
      appVersion: '1.0.3',
      name: 'buntime',
      version: '0.3.0',
      type: 'application',
      urls: [`${BASE_URL}/buntime-0.3.0.tgz`],
    });
    expect(entry.digest).toBe(createHash('sha256').update(archive).digest('hex'));
    expect(entry.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/);
    expect(index.generated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/);
    expect(JSON.parse(result.outputs.charts)[0]).toMatchObject({
      digest: entry.digest,
      url: `${BASE_URL}/buntime-0.3.0.tgz`,
      path: 'buntime-0.3.0.tgz',
    });
    expect(result.summary).toContain(`helm repo add CATALOG ${BASE_URL}`);
  });

  test('a second chart is merged in: the first entry keeps its bytes; a rerun keeps generated and makes no commit', async () => {
    const firstIndex = show(catalog.remote, 'gh-pages:index.yaml').toString('utf8');
    const buntimeBlock = firstIndex.slice(firstIndex.indexOf('  buntime:'), firstIndex.indexOf('generated:'));
    const result = await publish(ws, inputs('charts/kruntimes'));
    expect(result.exitCode).toBe(0);
    const merged = show(catalog.remote, 'gh-pages:index.yaml').toString('utf8');
    expect(merged).toContain(buntimeBlock);
    expect(merged.indexOf('  buntime:')).toBeLessThan(merged.indexOf('  kruntimes:'));
    expect(Object.keys(parse(merged).entries)).toEqual(['buntime', 'kruntimes']);
    expect(tree(catalog.remote, 'gh-pages', '.')).toEqual(['buntime-0.3.0.tgz', 'index.yaml', 'kruntimes-1.4.0.tgz']);

    const before = tip(catalog.remote, 'gh-pages');
    // Packaged at another time the archive bytes differ, but its files are the same: unchanged.
    const rerun = await publish(ws, inputs('charts/buntime\ncharts/kruntimes'), { SOURCE_DATE_EPOCH: '1800000000' });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs).toMatchObject({ state: 'unchanged', commit: '' });
    expect(tip(catalog.remote, 'gh-pages')).toBe(before);
    expect(show(catalog.remote, 'gh-pages:index.yaml').toString('utf8')).toBe(merged);
  });

  test('the same version with other content fails naming the version; nothing is pushed', async () => {
    const before = tip(catalog.remote, 'gh-pages');
    await writeFile(path.join(ws, 'charts/kruntimes/values.yaml'), 'changed: true\n');
    const result = await publish(ws, inputs('charts/kruntimes'));
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(
      /^catalog: kruntimes 1\.4\.0 is already published at index\.yaml \(digest [0-9a-f]{64}\) with different content/,
    );
    expect(tip(catalog.remote, 'gh-pages')).toBe(before);
  });
});

describe('two publishers racing for one catalog branch', () => {
  test.each(['rancher', 'helm-repo'])('%s: both charts land, the loser re-applies on the new tip', async (target) => {
    const ws = await workspace();
    const catalog = await catalogRemote();
    await installBarrier(catalog.remote);
    const base = tip(catalog.remote);
    const extra: Record<string, string> = target === 'helm-repo' ? { 'base-url': BASE_URL, branch: 'main' } : {};
    const [a, b] = await Promise.all(
      ['charts/buntime', 'charts/kruntimes'].map((chart) =>
        publish(ws, { chart, target, repository: catalog.remote, ...extra }),
      ),
    );
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect([a.outputs.state, b.outputs.state]).toEqual(['created', 'created']);
    // The race was real: one push lost and was retried on the other's commit.
    expect([a.outputs.attempts, b.outputs.attempts].sort()).toEqual(['1', '2']);
    expect((await readFile(path.join(catalog.remote, 'pushes.log'), 'utf8')).trim().split('\n')).toHaveLength(3);
    const loser = a.outputs.attempts === '2' ? a : b;
    expect(loser.stdout).toMatch(/moved to [0-9a-f]{40} while pushing; re-applying on the new tip/);
    // Linear history: base, then both publish commits.
    expect(remoteGit(catalog.remote, 'rev-list', '--count', `${base}..main`)).toBe('2');
    expect(remoteGit(catalog.remote, 'rev-list', '--merges', '--count', 'main')).toBe('0');
    const files = tree(catalog.remote, 'main', '.');
    if (target === 'rancher') {
      expect(files).toContain('charts/buntime/0.3.0/Chart.yaml');
      expect(files).toContain('charts/kruntimes/1.4.0/Chart.yaml');
    } else {
      expect(files).toEqual(['README.md', 'buntime-0.3.0.tgz', 'index.yaml', 'kruntimes-1.4.0.tgz']);
      expect(Object.keys(parse(show(catalog.remote, 'main:index.yaml').toString('utf8')).entries)).toEqual([
        'buntime',
        'kruntimes',
      ]);
    }
    await rm(ws, { recursive: true, force: true });
    await rm(path.dirname(catalog.dir), { recursive: true, force: true });
  });

  test('a branch that keeps moving stops after max-attempts with a one-line error', async () => {
    const ws = await workspace();
    const catalog = await catalogRemote();
    // This hook moves main just before each push lands, as if another publisher always won the race;
    // outside the push's quarantine, so its commit and ref update stay.
    const hook = path.join(catalog.remote, 'hooks', 'pre-receive');
    await writeFile(
      hook,
      [
        '#!/bin/sh',
        'echo x >> pushes.log',
        'unset GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES',
        'c=$(git commit-tree -p main -m other "main^{tree}")',
        'git update-ref refs/heads/main "$c"',
        'exit 0',
        '',
      ].join('\n'),
    );
    await chmod(hook, 0o755);
    const result = await publish(ws, {
      chart: 'charts/buntime',
      target: 'rancher',
      repository: catalog.remote,
      'max-attempts': '3',
    });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/^catalog: main of .* moved during each of 3 attempts/);
    expect((await readFile(path.join(catalog.remote, 'pushes.log'), 'utf8')).trim().split('\n')).toHaveLength(3);
    await rm(ws, { recursive: true, force: true });
    await rm(path.dirname(catalog.dir), { recursive: true, force: true });
  });
});

describe('the catalog commit message (commit-message)', () => {
  test("a template fills {name} and {version}, as Buntime's zommehq/charts history reads ('chore: publish buntime chart v0.2.23')", async () => {
    const ws = await workspace();
    const catalog = await catalogRemote();
    const result = await publish(ws, {
      chart: 'charts/buntime',
      target: 'rancher',
      repository: catalog.remote,
      'commit-message': 'chore: publish {name} chart v{version}',
    });
    expect(result.exitCode).toBe(0);
    expect(remoteGit(catalog.remote, 'log', '-1', '--format=%s', 'main')).toBe('chore: publish buntime chart v0.3.0');
    expect(remoteGit(catalog.remote, 'log', '-1', '--format=%b', 'main')).toBe(
      'From acme/kruntimes by release-kit publish-chart-catalog (rancher).',
    );
    await rm(ws, { recursive: true, force: true });
    await rm(path.dirname(catalog.dir), { recursive: true, force: true });
  });

  test('the CLI takes --commit-message; {charts}, {target} and literal braces for several charts', async () => {
    const ws = await workspace();
    const catalog = await catalogRemote();
    const result = await runCli(
      [
        'publish-chart-catalog',
        '--chart',
        'charts/buntime',
        '--chart',
        'charts/kruntimes',
        '--target',
        'rancher',
        '--repository',
        catalog.remote,
        '--commit-message',
        'chore(charts): {charts} into {target} {{catalog}}',
      ],
      { workspace: ws, env: { SOURCE_DATE_EPOCH: EPOCH, GITHUB_ACTIONS: undefined } },
    );
    expect(result.exitCode).toBe(0);
    expect(remoteGit(catalog.remote, 'log', '-1', '--format=%s', 'main')).toBe(
      'chore(charts): buntime 0.3.0, kruntimes 1.4.0 into rancher {catalog}',
    );
    await rm(ws, { recursive: true, force: true });
    await rm(path.dirname(catalog.dir), { recursive: true, force: true });
  });
});

describe('secrecy and bad input', () => {
  let ws: string;
  let catalog: SampleRepo;
  beforeAll(async () => {
    ws = await workspace();
    catalog = await catalogRemote();
  });
  afterAll(async () => {
    await rm(ws, { recursive: true, force: true });
    await rm(path.dirname(catalog.dir), { recursive: true, force: true });
  });

  test('the token is masked and never printed, in success or in failure', async () => {
    const ok = await publish(ws, { chart: 'charts/buntime', target: 'rancher', repository: catalog.remote });
    expect(ok.exitCode).toBe(0);
    const refused = await publish(ws, {
      chart: 'charts/buntime',
      target: 'rancher',
      repository: path.join(catalog.remote, 'missing.git'),
    });
    expect(refused.exitCode).toBe(1);
    expect(errorOf(refused)).toMatch(/^catalog: cannot read .*missing\.git/);
    const base64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    for (const run of [ok, refused]) {
      expect(run.masks).toContain(TOKEN);
      expect(run.masks).toContain(base64);
      expect(run.everything).not.toContain(TOKEN);
      expect(run.everything).not.toContain(base64);
    }
  });

  const cases: [string, Record<string, string>, RegExp][] = [
    ['no target', { target: '' }, /^input 'target' has invalid value "": expected one of rancher, helm-repo$/],
    [
      'an unknown target',
      { target: 'chartmuseum' },
      /^input 'target' has invalid value "chartmuseum": expected one of rancher, helm-repo$/,
    ],
    [
      'a token in the repository URL',
      { repository: `https://x-access-token:${TOKEN}@github.com/acme/charts.git` },
      /^input 'repository' has invalid value "https:\/\/\*\*\*@github\.com\/acme\/charts\.git": .*never in the URL$/,
    ],
    [
      'a repository that is an option',
      { repository: '--upload-pack=touch /tmp/pwned' },
      /^input 'repository' has invalid value/,
    ],
    [
      'a directory that climbs out',
      { directory: '../elsewhere' },
      /^input 'directory' has invalid value "\.\.\/elsewhere": expected a relative folder/,
    ],
    ['a directory inside .git', { directory: '.git/hooks' }, /^input 'directory' has invalid value "\.git\/hooks"/],
    [
      'a branch that is an option',
      { branch: '--force' },
      /^input 'branch' has invalid value "--force": expected a branch name/,
    ],
    [
      'base-url for rancher',
      { 'base-url': BASE_URL },
      /^input 'base-url' has invalid value ".*": expected nothing for target rancher/,
    ],
    [
      'helm-repo without base-url',
      { target: 'helm-repo' },
      /^input 'base-url' has invalid value "": expected the URL the Helm repository is served from/,
    ],
    [
      'max-attempts 0',
      { 'max-attempts': '0' },
      /^input 'max-attempts' has invalid value "0": expected a whole number from 1 to 20$/,
    ],
    [
      'a chart that is not there',
      { chart: 'charts/nope' },
      /^input 'chart' has invalid value "charts\/nope": expected an existing chart directory/,
    ],
    [
      'a chart outside the workspace',
      { chart: '../../etc' },
      /^input 'chart' has invalid value "\.\.\/\.\.\/etc": expected a path inside/,
    ],
    [
      'a commit-message placeholder that does not exist',
      { 'commit-message': 'chore: publish {nme} {version}' },
      /^input 'commit-message' has invalid value "chore: publish \{nme\} \{version\}": expected a message whose placeholders are \{name\}, \{version\}, \{charts\}, \{target\}/,
    ],
    [
      'a commit-message with an unclosed brace',
      { 'commit-message': 'chore: publish {name' },
      /^input 'commit-message' has invalid value "chore: publish \{name": expected a message whose placeholders are/,
    ],
    [
      'a commit-message naming {version} for two charts',
      { chart: 'charts/buntime\ncharts/kruntimes', 'commit-message': 'chore: {name} {version}' },
      /^input 'commit-message' has invalid value "chore: \{name\} \{version\}": expected \{charts\} when several charts are published/,
    ],
    [
      'a token-username with a colon',
      { 'token-username': 'a:b' },
      /^input 'token-username' has invalid value "a:b": expected a username without spaces or colons/,
    ],
    [
      'a server-url with credentials',
      { 'server-url': 'https://user:pw@gitlab.example.com', repository: 'zomme/charts' },
      /^input 'server-url' has invalid value "https:\/\/user:pw@gitlab\.example\.com": expected the https:\/\/ URL of the git server/,
    ],
    [
      'release-notes with two charts',
      { chart: 'charts/buntime\ncharts/kruntimes', 'release-notes': 'charts/buntime/release-notes.md' },
      /^input 'release-notes' has invalid value .*: expected nothing when several charts/,
    ],
  ];
  test.each(cases)('%s: one-line error, exit 1, the catalog untouched', async (_name, overrides, message) => {
    const before = tip(catalog.remote);
    const branchesBefore = remoteGit(catalog.remote, 'for-each-ref', '--format=%(refname)');
    const result = await publish(ws, {
      chart: 'charts/kruntimes',
      target: 'rancher',
      repository: catalog.remote,
      ...overrides,
    });
    expect(result.exitCode).toBe(1);
    const error = errorOf(result);
    expect(error.split('\n')).toHaveLength(1);
    expect(error).toMatch(message);
    expect(result.everything).not.toContain(TOKEN);
    expect(tip(catalog.remote)).toBe(before);
    expect(remoteGit(catalog.remote, 'for-each-ref', '--format=%(refname)')).toBe(branchesBefore);
    expect(await readdir(ws)).toEqual(['charts']);
  });
});
