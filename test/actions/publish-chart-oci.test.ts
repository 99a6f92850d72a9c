// publish-chart-oci as the runner runs it (dist bundle, INPUT_* variables, output files) against the
// real registry in all three auth modes, with skopeo as the independent client and a loopback proxy
// in front of the registry that counts every request (and, in the fault tests, injects faults).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packageChartDirectory } from '../../packages/release-kit/src/charts/package.js';
import { createSampleRepo, gitEnv, type SampleRepo } from '../harness/git-fixture.js';
import { noFaults, scriptedFaults, seededFaults } from '../harness/faults.js';
import { runAction, runCli, type ActionRun } from '../harness/run-action.js';
import { startFaultProxy, type FaultProxy } from '../registry/fault-proxy.js';
import { registryAvailable, startRegistry, type RegistryAuthMode, type TestRegistry } from '../registry/registry.js';
import { copyToOciLayout, inspectRaw, listTags, readLayoutBlob, tryInspectRaw } from '../registry/skopeo.js';
import { chartCopy } from '../charts/chart-fixtures.js';

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const describeIfRegistry = registryAvailable() ? describe : describe.skip;
const EPOCH = '1714564800'; // 2024-05-01T12:00:00Z
const EPOCH_DATE = new Date(Number(EPOCH) * 1000);

/** Requests the registry answered, without the 401s that start an auth exchange. */
function counted(proxy: FaultProxy, from: number) {
  const requests = proxy.requests.slice(from).filter((r) => r.status !== 401);
  const count = (method: string, pattern: RegExp) =>
    requests.filter((r) => r.method === method && pattern.test(r.path)).length;
  return {
    total: requests.length,
    heads: requests.filter((r) => r.method === 'HEAD').length,
    manifestHeads: count('HEAD', /\/manifests\//),
    blobHeads: count('HEAD', /\/blobs\/sha256:/),
    uploadSessions: count('POST', /\/blobs\/uploads\/$/),
    blobPuts: count('PUT', /\/blobs\/uploads\//),
    manifestPuts: count('PUT', /\/manifests\//),
  };
}

describeIfRegistry.each<RegistryAuthMode>(['anonymous', 'htpasswd', 'token'])(
  'publish-chart-oci against a real registry, %s auth',
  (mode) => {
    let registry: TestRegistry;
    let proxy: FaultProxy;
    let repo: SampleRepo;

    beforeAll(async () => {
      registry = await startRegistry({ auth: mode });
      proxy = await startFaultProxy(registry.host, noFaults);
      repo = await createSampleRepo({ 'README.md': '# sample\n' });
      for (const name of ['kruntimes', 'kruntimes-runtimes', 'frobnitz'])
        await chartCopy(name, path.join(repo.dir, 'charts'));
      await writeFile(path.join(repo.dir, 'RELEASE-NOTES.md'), '## 1.4.0\n\n- Added: the Go runtime\n');
      repo.commitAll('charts');
    });
    afterAll(async () => {
      await proxy?.close();
      await registry?.close();
      if (repo) await rm(path.dirname(repo.dir), { recursive: true, force: true });
    });

    const run = (
      inputs: Record<string, string>,
      env: Record<string, string | undefined> = { SOURCE_DATE_EPOCH: EPOCH },
      host = proxy.host,
    ) =>
      runAction('publish-chart-oci', {
        workspace: repo.dir,
        env,
        inputs: {
          registry: `oci://${host}/charts`,
          'plain-http': 'true',
          ...(registry.username ? { username: registry.username, password: registry.password! } : {}),
          ...inputs,
        },
      });
    const explain = (result: ActionRun) =>
      `exit ${result.exitCode}\n${result.stdout}\n${result.stderr}\n${registry.logs().slice(-1500)}`;
    const errorOf = (result: ActionRun) =>
      result.annotations
        .filter((a) => a.level === 'error')
        .map((a) => a.message)
        .join('\n');

    test("a fresh push: helm's media types, annotations and tag, within the request budget", async () => {
      const before = proxy.requests.length;
      const result = await run({ chart: 'charts/kruntimes' });
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({
        state: 'pushed',
        name: 'kruntimes',
        version: '1.4.0',
        'app-version': '1.4.0',
        ref: `${proxy.host}/charts/kruntimes:1.4.0`,
        'oci-url': `oci://${proxy.host}/charts/kruntimes`,
      });
      const requests = counted(proxy, before);
      // Budget (auth not counted): the tag HEADed before, just before writing it and after (so that a
      // concurrent publisher is caught), the layer HEADed, 2 upload sessions, 1 manifest PUT.
      expect(requests.heads).toBeLessThanOrEqual(4);
      expect(requests.uploadSessions).toBeLessThanOrEqual(2);
      expect(requests.manifestPuts).toBe(1);
      expect(requests).toMatchObject({ manifestHeads: 3, blobHeads: 1, uploadSessions: 2, blobPuts: 2, total: 9 });

      const raw = await inspectRaw(registry, 'charts/kruntimes:1.4.0');
      expect(sha256(raw)).toBe(result.outputs.digest);
      const manifest = JSON.parse(raw.toString('utf8'));
      expect(manifest.schemaVersion).toBe(2);
      expect(manifest.config.mediaType).toBe('application/vnd.cncf.helm.config.v1+json');
      expect(manifest.layers).toHaveLength(1);
      expect(manifest.layers[0].mediaType).toBe('application/vnd.cncf.helm.chart.content.v1.tar+gzip');
      expect(manifest.annotations).toEqual({
        'org.opencontainers.image.title': 'kruntimes',
        'org.opencontainers.image.version': '1.4.0',
        'org.opencontainers.image.description': 'The kruntimes operator, which runs language runtimes on Kubernetes.',
        'org.opencontainers.image.url': 'https://example.com/kruntimes',
        'org.opencontainers.image.source': 'https://github.com/acme/kruntimes',
        'org.opencontainers.image.authors': 'Acme Platform Team (platform@example.com)',
        'org.opencontainers.image.created': '2024-05-01T12:00:00Z',
        'artifacthub.io/license': 'Apache-2.0',
      });
      expect(await listTags(registry, 'charts/kruntimes')).toEqual(['1.4.0']);
      expect(result.summary).toContain(
        `helm upgrade --install kruntimes oci://${proxy.host}/charts/kruntimes --version 1.4.0`,
      );
      expect(result.summary).toContain(result.outputs.digest);
      if (registry.password) {
        expect(result.masks).toContain(registry.password);
        expect(result.everything).not.toContain(registry.password);
      }
    });

    test('skopeo copy pulls it back: the layer is byte-identical to our reproducible tgz', async () => {
      const layout = await copyToOciLayout(registry, 'charts/kruntimes:1.4.0');
      const index = JSON.parse(await readFile(path.join(layout, 'index.json'), 'utf8'));
      const manifest = JSON.parse((await readLayoutBlob(layout, index.manifests[0].digest)).toString('utf8'));
      const layer = await readLayoutBlob(layout, manifest.layers[0].digest);
      const local = await packageChartDirectory(path.join(repo.dir, 'charts', 'kruntimes'), { mtime: EPOCH_DATE });
      expect(layer.equals(local.data)).toBe(true);
      const config = JSON.parse((await readLayoutBlob(layout, manifest.config.digest)).toString('utf8'));
      expect(config).toMatchObject({
        name: 'kruntimes',
        version: '1.4.0',
        apiVersion: 'v2',
        appVersion: '1.4.0',
        type: 'application',
      });
      expect(Object.keys(config)).toEqual([
        'name',
        'home',
        'sources',
        'version',
        'description',
        'maintainers',
        'apiVersion',
        'appVersion',
        'annotations',
        'type',
      ]);
    });

    test('an identical rerun is unchanged: 1 manifest HEAD, no blob traffic', async () => {
      const before = proxy.requests.length;
      const result = await run({ chart: 'charts/kruntimes' });
      expect(result.exitCode).toBe(0);
      expect(result.outputs.state).toBe('unchanged');
      expect(counted(proxy, before)).toMatchObject({
        total: 1,
        manifestHeads: 1,
        uploadSessions: 0,
        blobPuts: 0,
        manifestPuts: 0,
      });
    });

    test('a changed chart with the same version is refused, naming both digests; the tag stays', async () => {
      const published = sha256(await inspectRaw(registry, 'charts/kruntimes:1.4.0'));
      await writeFile(path.join(repo.dir, 'charts', 'kruntimes', 'templates', 'extra.yaml'), 'kind: ConfigMap\n');
      try {
        const before = proxy.requests.length;
        const result = await run({ chart: 'charts/kruntimes' });
        expect(result.exitCode).toBe(1);
        const message = errorOf(result);
        expect(message).toContain(published);
        expect(message).toMatch(/this chart \(charts\/kruntimes\) is sha256:[0-9a-f]{64}/);
        expect(message).toMatch(/bump the chart version/);
        expect(counted(proxy, before)).toMatchObject({ uploadSessions: 0, manifestPuts: 0 });
        expect(sha256(await inspectRaw(registry, 'charts/kruntimes:1.4.0'))).toBe(published);
        expect(result.summary).toContain('Chart version already published');
        expect(result.summary).toContain(published);
      } finally {
        await rm(path.join(repo.dir, 'charts', 'kruntimes', 'templates', 'extra.yaml'));
      }
    });

    test('another checkout of the same commit packages the same bytes: unchanged, dated by the commit', async () => {
      const first = await run(
        { chart: 'charts/kruntimes-runtimes', version: '1.8.0' },
        { SOURCE_DATE_EPOCH: undefined },
      );
      expect(first.outputs.state).toBe('pushed');
      const clone = path.join(path.dirname(repo.dir), 'clone');
      await rm(clone, { recursive: true, force: true });
      repo.git('clone', '--quiet', repo.dir, clone);
      const result = await runAction('publish-chart-oci', {
        workspace: clone,
        env: { SOURCE_DATE_EPOCH: undefined },
        inputs: {
          chart: 'charts/kruntimes-runtimes',
          version: '1.8.0',
          registry: `oci://${proxy.host}/charts`,
          'plain-http': 'true',
          ...(registry.username ? { username: registry.username, password: registry.password! } : {}),
        },
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs.state).toBe('unchanged');
      expect(result.outputs.digest).toBe(first.outputs.digest);
    });

    test('+ in a version maps to _ in the tag; the working tree keeps its Chart.yaml', async () => {
      const chartYaml = await readFile(path.join(repo.dir, 'charts', 'kruntimes', 'Chart.yaml'), 'utf8');
      const result = await run({
        chart: 'charts/kruntimes',
        version: '1.5.0-rc.1+build.7',
        'app-version': '1.5.0-rc.1',
        'release-notes': 'RELEASE-NOTES.md',
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({
        version: '1.5.0-rc.1+build.7',
        'app-version': '1.5.0-rc.1',
        ref: `${proxy.host}/charts/kruntimes:1.5.0-rc.1_build.7`,
      });
      expect(await listTags(registry, 'charts/kruntimes')).toContain('1.5.0-rc.1_build.7');
      const manifest = JSON.parse((await inspectRaw(registry, 'charts/kruntimes:1.5.0-rc.1_build.7')).toString('utf8'));
      expect(manifest.annotations['org.opencontainers.image.version']).toBe('1.5.0-rc.1+build.7');
      expect(manifest.annotations['catalog.cattle.io/release-notes']).toBe('## 1.4.0\n\n- Added: the Go runtime\n');
      expect(await readFile(path.join(repo.dir, 'charts', 'kruntimes', 'Chart.yaml'), 'utf8')).toBe(chartYaml);
      expect(repo.git('status', '--porcelain')).toBe('');
    });

    test('a prebuilt .tgz is validated and pushed as is', async () => {
      const packaged = await packageChartDirectory(path.join(repo.dir, 'charts', 'frobnitz'), {
        mtime: new Date('2020-01-01T00:00:00Z'),
      });
      const file = path.join(repo.dir, 'dist', packaged.fileName);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, packaged.data);
      try {
        const result = await run({ chart: `dist/${packaged.fileName}` });
        expect(result.exitCode).toBe(0);
        expect(result.outputs.ref).toBe(`${proxy.host}/charts/frobnitz:1.2.3`);
        const layout = await copyToOciLayout(registry, 'charts/frobnitz:1.2.3');
        const manifest = JSON.parse((await inspectRaw(registry, 'charts/frobnitz:1.2.3')).toString('utf8'));
        expect((await readLayoutBlob(layout, manifest.layers[0].digest)).equals(packaged.data)).toBe(true);
        expect(manifest.annotations['org.opencontainers.image.created']).toBe('2020-01-01T00:00:00Z');
        // The chart's own annotation cannot replace the title.
        expect(manifest.annotations['org.opencontainers.image.title']).toBe('frobnitz');
        const refused = await run({ chart: `dist/${packaged.fileName}`, version: '9.9.9' });
        expect(refused.exitCode).toBe(1);
        expect(errorOf(refused)).toMatch(/input 'version' has invalid value "9\.9\.9"/);
      } finally {
        await rm(path.join(repo.dir, 'dist'), { recursive: true, force: true });
      }
    });

    test('two charts in one run, with per-chart results', async () => {
      const result = await run({ chart: 'charts/kruntimes\ncharts/kruntimes-runtimes', version: '1.6.0' });
      expect(result.exitCode).toBe(0);
      const charts = JSON.parse(result.outputs.charts);
      expect(charts.map((c: { name: string; state: string }) => [c.name, c.state])).toEqual([
        ['kruntimes', 'pushed'],
        ['kruntimes-runtimes', 'pushed'],
      ]);
      for (const chart of charts)
        expect(sha256(await inspectRaw(registry, `charts/${chart.name}:1.6.0`))).toBe(chart.digest);
      expect(result.outputs.ref).toBe('');
      const again = await run({ chart: 'charts/kruntimes\ncharts/kruntimes-runtimes', version: '1.6.0' });
      expect(again.outputs.state).toBe('unchanged');
    });

    test('without SOURCE_DATE_EPOCH the archive is dated by the last commit of the chart directory', async () => {
      const commitTime = Number(repo.git('log', '-1', '--format=%ct', '--', 'charts/kruntimes-runtimes'));
      const result = await run(
        { chart: 'charts/kruntimes-runtimes', version: '1.7.0' },
        { SOURCE_DATE_EPOCH: undefined },
      );
      expect(result.exitCode).toBe(0);
      const manifest = JSON.parse((await inspectRaw(registry, 'charts/kruntimes-runtimes:1.7.0')).toString('utf8'));
      expect(manifest.annotations['org.opencontainers.image.created']).toBe(
        new Date(commitTime * 1000).toISOString().replace('.000Z', 'Z'),
      );
    });

    test('an unrelated commit later, the unchanged chart republishes unchanged with the same digest', async () => {
      const first = await run({ chart: 'charts/frobnitz', version: '2.0.0' }, { SOURCE_DATE_EPOCH: undefined });
      expect(first.exitCode).toBe(0);
      expect(first.outputs.state).toBe('pushed');
      // A commit outside the chart, an hour after HEAD, so a HEAD-dated archive would drift.
      const later = Number(repo.git('log', '-1', '--format=%ct')) + 3600;
      await writeFile(path.join(repo.dir, 'README.md'), '# sample, edited\n');
      execFileSync('git', ['commit', '--quiet', '-am', 'docs: unrelated'], {
        cwd: repo.dir,
        env: { ...process.env, ...gitEnv, GIT_COMMITTER_DATE: `@${later} +0000` },
      });
      expect(Number(repo.git('log', '-1', '--format=%ct'))).toBe(later);
      const again = await run({ chart: 'charts/frobnitz', version: '2.0.0' }, { SOURCE_DATE_EPOCH: undefined });
      expect(again.exitCode).toBe(0);
      expect(again.outputs.state).toBe('unchanged');
      expect(again.outputs.digest).toBe(first.outputs.digest);
      const manifest = JSON.parse((await inspectRaw(registry, 'charts/frobnitz:2.0.0')).toString('utf8'));
      const chartTime = Number(repo.git('log', '-1', '--format=%ct', '--', 'charts/frobnitz'));
      expect(manifest.annotations['org.opencontainers.image.created']).toBe(
        new Date(chartTime * 1000).toISOString().replace('.000Z', 'Z'),
      );
    });

    describe('clear errors with nothing pushed', () => {
      const cases: [string, (dir: string) => Promise<void>, RegExp][] = [
        [
          'a missing dependency',
          async (dir) => rm(path.join(dir, 'charts', 'alpine'), { recursive: true }),
          /found in Chart\.yaml, but missing in charts\/ directory: alpine.*helm dependency build/,
        ],
        [
          'a bad Chart.yaml',
          async (dir) =>
            writeFile(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: frobnitz\nversion: not-semver\n'),
          /chart\.metadata\.version "not-semver" is invalid/,
        ],
        [
          '** in .helmignore',
          async (dir) => writeFile(path.join(dir, '.helmignore'), 'docs/**\n'),
          /\.helmignore:1: .*double-star/,
        ],
        [
          'duplicate keys in Chart.yaml',
          async (dir) =>
            writeFile(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: frobnitz\nversion: 1.2.3\nversion: 1.2.4\n'),
          /duplicate key "version" at line 4 \(first at line 3\)/,
        ],
        [
          'a YAML alias bomb in Chart.yaml',
          async (dir) => {
            const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
            const lines = levels.map((name, i) =>
              i === 0
                ? `${name}: &${name} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
                : `${name}: &${name} [${Array(9)
                    .fill(`*${levels[i - 1]}`)
                    .join(',')}]`,
            );
            await writeFile(
              path.join(dir, 'Chart.yaml'),
              `apiVersion: v2\nname: frobnitz\nversion: 1.2.3\n${lines.join('\n')}\n`,
            );
          },
          /cannot load Chart\.yaml: its YAML aliases expand more than 100 times/,
        ],
        [
          'a directory where values.yaml belongs',
          async (dir) => {
            await rm(path.join(dir, 'values.yaml'));
            await mkdir(path.join(dir, 'values.yaml'));
            await writeFile(path.join(dir, 'values.yaml', 'x.yaml'), 'a: 1\n');
          },
          /values\.yaml is a directory; expected a file/,
        ],
        [
          'an escaping symlink',
          async (dir) => symlink('/etc/hostname', path.join(dir, 'templates', 'host.txt')),
          /templates\/host\.txt is a symlink to \/etc\/hostname, outside the chart directory/,
        ],
      ];
      test.each(cases)('%s', async (_name, breakIt, pattern) => {
        const dir = path.join(repo.dir, 'broken', 'frobnitz');
        await chartCopy('frobnitz', path.dirname(dir));
        await breakIt(dir);
        try {
          const before = proxy.requests.length;
          // A good chart first: validation of every chart comes before the first request.
          const result = await run({ chart: 'charts/kruntimes-runtimes\nbroken/frobnitz', version: '2.0.0' });
          expect(result.exitCode).toBe(1);
          const errors = result.annotations.filter((a) => a.level === 'error');
          expect(errors).toHaveLength(1);
          expect(errors[0].message).toMatch(pattern);
          expect(errors[0].message).not.toContain('\n');
          expect(proxy.requests.length - before).toBe(0);
          expect((await tryInspectRaw(registry, 'charts/kruntimes-runtimes:2.0.0')).exitCode).not.toBe(0);
        } finally {
          await rm(path.join(repo.dir, 'broken'), { recursive: true, force: true });
        }
      });

      test('bad inputs name the input, the value and what is valid', async () => {
        const bad = await run({ chart: 'charts/kruntimes', registry: 'ghcr.io/acme/charts' });
        expect(bad.exitCode).toBe(1);
        expect(errorOf(bad)).toMatch(/input 'registry' has invalid value "ghcr\.io\/acme\/charts": expected oci:\/\//);
        const choice = await run({ chart: 'charts/kruntimes', 'on-existing': 'replace' });
        expect(errorOf(choice)).toMatch(
          /input 'on-existing' has invalid value "replace": expected one of fail, overwrite/,
        );
        const outside = await run({ chart: '../../etc' });
        expect(errorOf(outside)).toMatch(/input 'chart' has invalid value/);
      });
    });

    if (mode !== 'anonymous') {
      test('a wrong password is refused by name, never echoed', async () => {
        const result = await run({ chart: 'charts/kruntimes', version: '3.0.0', password: 'definitely-wrong-secret' });
        expect(result.exitCode).toBe(1);
        expect(errorOf(result)).toMatch(/refused|denied/);
        expect(result.everything).not.toContain('definitely-wrong-secret');
        expect((await tryInspectRaw(registry, 'charts/kruntimes:3.0.0')).exitCode).not.toBe(0);
      });
    }

    test('on-existing: overwrite replaces a published version when asked to', async () => {
      const old = sha256(await inspectRaw(registry, 'charts/kruntimes-runtimes:1.6.0'));
      const result = await run({
        chart: 'charts/kruntimes-runtimes',
        version: '1.6.0',
        'app-version': '9.9.9',
        'on-existing': 'overwrite',
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs.state).toBe('pushed');
      expect(result.stdout).toContain(`was ${old}`);
      expect(sha256(await inspectRaw(registry, 'charts/kruntimes-runtimes:1.6.0'))).toBe(result.outputs.digest);
    });

    test('a blob upload cut off midway is restarted in a new session and the tag is correct', async () => {
      const local = await packageChartDirectory(path.join(repo.dir, 'charts', 'kruntimes'), {
        mtime: EPOCH_DATE,
        version: '4.1.0',
      });
      const cutAt = Math.floor(local.data.length / 2);
      const isBlobPut = (r: { method: string; path: string }) =>
        r.method === 'PUT' && r.path.includes('/blobs/uploads/');
      const faulty = await startFaultProxy(
        registry.host,
        scriptedFaults([{ kind: 'reset', afterBytes: cutAt }], isBlobPut),
      );
      try {
        const result = await run(
          { chart: 'charts/kruntimes', version: '4.1.0' },
          { SOURCE_DATE_EPOCH: EPOCH, RUNNER_DEBUG: '1' },
          faulty.host,
        );
        expect(result.exitCode).toBe(0);
        const sessions = faulty.requests.filter((r) => r.method === 'POST' && r.status === 202).length;
        expect(sessions).toBe(3); // the layer's first session died, a fresh one completed it, then the config
        expect(result.stdout).toMatch(/1 upload restarts/);
        const layout = await copyToOciLayout(registry, 'charts/kruntimes:4.1.0');
        const manifest = JSON.parse((await inspectRaw(registry, 'charts/kruntimes:4.1.0')).toString('utf8'));
        expect((await readLayoutBlob(layout, manifest.layers[0].digest)).equals(local.data)).toBe(true);
      } finally {
        await faulty.close();
      }
    });

    if (mode === 'anonymous') {
      test('the CLI runs the same operation with the same result', async () => {
        const result = await runCli(
          [
            'publish-chart-oci',
            '--chart',
            'charts/kruntimes',
            '--registry',
            `oci://${proxy.host}/charts`,
            '--plain-http',
            '--json',
          ],
          {
            workspace: repo.dir,
            env: { SOURCE_DATE_EPOCH: EPOCH, GITHUB_TOKEN: 'not-for-registries' },
          },
        );
        expect(result.exitCode).toBe(0);
        // Log lines come first; the outputs are the JSON object printed last.
        const outputs = JSON.parse(result.stdout.slice(result.stdout.search(/^\{$/m)));
        expect(outputs).toMatchObject({ state: 'unchanged', ref: `${proxy.host}/charts/kruntimes:1.4.0` });
        expect(outputs.digest).toBe(sha256(await inspectRaw(registry, 'charts/kruntimes:1.4.0')));
      });
    }

    test('faults between client and registry: pushed and correct, or failed with nothing tagged', async () => {
      const outcomes: string[] = [];
      for (const seed of [1, 2, 3, 4]) {
        const version = `4.0.${seed}`;
        const faulty = await startFaultProxy(
          registry.host,
          seededFaults(seed * 7919, {
            rate: 0.5,
            kinds: ['status', 'reset', 'secondary-rate-limit', 'latency'],
            maxConsecutive: seed === 4 ? 8 : 2,
          }),
        );
        try {
          const result = await run({ chart: 'charts/kruntimes', version }, { SOURCE_DATE_EPOCH: EPOCH }, faulty.host);
          const tag = await tryInspectRaw(registry, `charts/kruntimes:${version}`);
          if (result.exitCode === 0) {
            expect(result.outputs.state).toBe('pushed');
            expect(tag.exitCode).toBe(0);
            expect(sha256(Buffer.from(tag.stdout, 'utf8'))).toBe(result.outputs.digest);
            const layout = await copyToOciLayout(registry, `charts/kruntimes:${version}`);
            const manifest = JSON.parse(tag.stdout);
            const local = await packageChartDirectory(path.join(repo.dir, 'charts', 'kruntimes'), {
              mtime: EPOCH_DATE,
              version,
            });
            expect((await readLayoutBlob(layout, manifest.layers[0].digest)).equals(local.data)).toBe(true);
            outcomes.push('pushed');
          } else {
            expect(result.exitCode).toBe(1);
            if (tag.exitCode === 0) throw new Error(`failed run left a tag behind: ${explain(result)}`);
            outcomes.push('failed');
          }
          expect(faulty.requests.length).toBeGreaterThan(0);
        } finally {
          await faulty.close();
        }
      }
      // The faults were real: the seeds chosen make at least one run recover from them.
      expect(outcomes).toContain('pushed');
    });
  },
);
