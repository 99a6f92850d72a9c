// What both chart publishers check, as the runner runs them (dist bundles): two runs racing for one
// chart version (a real race, held together by the fault harness's barrier), a broken template that
// helm lint refuses (real helm v4 on PATH, and the native checks without it), a helm 2 (v1) chart,
// and Buntime's generated files missing from a plain checkout.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { barrierFaults, type Fault, type FaultPlan, type FaultRequest } from '../harness/faults.js';
import { createSampleRepo, git, type SampleRepo } from '../harness/git-fixture.js';
import { helmBinary, helmUnavailableReason, runHelm } from '../harness/helm.js';
import { runAction, type ActionRun } from '../harness/run-action.js';
import { startFaultProxy } from '../registry/fault-proxy.js';
import { registryAvailable, startRegistry, type TestRegistry } from '../registry/registry.js';
import { inspectRaw, tryInspectRaw } from '../registry/skopeo.js';
import { buntimeCheckout, chartCopy } from '../charts/chart-fixtures.js';

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const describeIfRegistry = registryAvailable() ? describe : describe.skip;
const EPOCH = '1714564800';
const helm4 = await helmBinary(4);
const errorOf = (r: ActionRun) =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');
const warningsOf = (r: ActionRun) => r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

/** This machine's PATH without any helm on it (git and node stay). */
const PATH_WITHOUT_HELM = (process.env.PATH ?? '')
  .split(path.delimiter)
  .filter((dir) => dir !== '' && !existsSync(path.join(dir, 'helm')))
  .join(path.delimiter);

/**
 * The race: both runs' manifest PUTs are held and released at one instant, then both runs' reads of
 * the tag likewise, so each run reads the tag after both writes landed, as on a busy registry.
 */
function tagRace(): FaultPlan {
  const isManifestPut = (r: FaultRequest) => r.method === 'PUT' && r.path.includes('/manifests/');
  let puts = 0;
  const writes = barrierFaults(2, 1500, isManifestPut);
  const reads = barrierFaults(2, 1500, (r) => r.method === 'HEAD' && r.path.includes('/manifests/') && puts >= 2);
  const injected: { request: FaultRequest; fault: Fault }[] = [];
  return {
    injected,
    next(request) {
      if (isManifestPut(request)) puts += 1;
      const write = writes.next(request);
      const fault = write.kind !== 'none' ? write : reads.next(request);
      if (fault.kind !== 'none') injected.push({ request, fault });
      return fault;
    },
  };
}

describeIfRegistry('publish-chart-oci: two publishers of one chart version at the same moment', () => {
  let registry: TestRegistry;
  const repos: SampleRepo[] = [];
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' });
  });
  afterAll(async () => {
    await registry?.close();
    for (const repo of repos) await rm(path.dirname(repo.dir), { recursive: true, force: true });
  });

  /** A checkout with charts/kruntimes whose values differ by `flavour`. */
  async function checkout(flavour: string): Promise<SampleRepo> {
    const repo = await createSampleRepo({ 'README.md': '# sample\n' });
    await chartCopy('kruntimes', path.join(repo.dir, 'charts'));
    await writeFile(path.join(repo.dir, 'charts', 'kruntimes', 'values.yaml'), `flavour: ${flavour}\n`);
    repo.commitAll(flavour);
    repos.push(repo);
    return repo;
  }

  test.each(['2.0.1', '2.0.2', '2.0.3'])(
    'version %s: exactly one succeeds; the other fails naming both digests',
    async (version) => {
      const [red, blue] = [await checkout('red'), await checkout('blue')];
      const proxy = await startFaultProxy(registry.host, tagRace());
      try {
        const publish = (repo: SampleRepo) =>
          runAction('publish-chart-oci', {
            workspace: repo.dir,
            env: { SOURCE_DATE_EPOCH: EPOCH, PATH: PATH_WITHOUT_HELM },
            inputs: {
              chart: 'charts/kruntimes',
              version,
              registry: `oci://${proxy.host}/charts`,
              'plain-http': 'true',
              username: registry.username!,
              password: registry.password!,
            },
          });
        const runs = await Promise.all([publish(red), publish(blue)]);
        const tagged = sha256(await inspectRaw(registry, `charts/kruntimes:${version}`));
        const winners = runs.filter((r) => r.exitCode === 0);
        const losers = runs.filter((r) => r.exitCode !== 0);
        expect([winners.length, losers.length]).toEqual([1, 1]);
        expect(winners[0].outputs).toMatchObject({ state: 'pushed', digest: tagged });
        expect(losers[0].exitCode).toBe(1);
        const message = errorOf(losers[0]);
        const ours = /not (sha256:[0-9a-f]{64}) which this run/.exec(message)?.[1];
        expect(ours).toBeDefined();
        expect(ours).not.toBe(tagged);
        // Caught when reading the tag back (both writes landed) or, had the other run tagged first, just
        // before writing it: either way both digests are named.
        expect(message).toMatch(new RegExp(`(now holds|was tagged) ${tagged}`));
        expect(message).toMatch(/another publisher wrote the same chart version at the same moment/);
        expect(losers[0].outputs.digest).toBeUndefined();
        expect(losers[0].summary).toContain('Chart version published by a concurrent run');
      } finally {
        await proxy.close();
      }
    },
  );
});

describeIfRegistry('publish-chart-oci checks each chart before the first upload', () => {
  let registry: TestRegistry;
  let repo: SampleRepo;
  let helmPath: string;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'anonymous' });
    repo = await createSampleRepo({ 'README.md': '# sample\n' });
    for (const name of ['kruntimes', 'frobnitz']) await chartCopy(name, path.join(repo.dir, 'charts'));
    await writeFile(
      path.join(repo.dir, 'charts', 'kruntimes', 'templates', 'broken.yaml'),
      'kind: ConfigMap\ndata:\n  x: {{ .Values.image.tag | nosuchfunc }}\n',
    );
    // A chart whose values.yaml is not YAML (helm's loader refuses it), its templates fine.
    await chartCopy('kruntimes', path.join(repo.dir, 'broken-values'));
    await writeFile(path.join(repo.dir, 'broken-values', 'kruntimes', 'values.yaml'), 'image:\n  tag: [1.4\n');
    repo.commitAll('a broken chart');
    helmPath = path.join(path.dirname(repo.dir), 'helm-bin');
    await mkdir(helmPath);
    if (helm4) await symlink(helm4, path.join(helmPath, 'helm'));
  });
  afterAll(async () => {
    await registry?.close();
    if (repo) await rm(path.dirname(repo.dir), { recursive: true, force: true });
  });
  const publish = (inputs: Record<string, string>, PATH: string) =>
    runAction('publish-chart-oci', {
      workspace: repo.dir,
      env: { SOURCE_DATE_EPOCH: EPOCH, PATH },
      inputs: { registry: `oci://${registry.host}/charts`, 'plain-http': 'true', ...inputs },
    });

  (helm4 ? test : test.skip)(
    `with helm on PATH (lint: auto), helm lint refuses the chart and nothing reaches the registry${helm4 ? '' : ` (${helmUnavailableReason(4)})`}`,
    async () => {
      const result = await publish({ chart: 'charts/kruntimes' }, `${helmPath}${path.delimiter}${PATH_WITHOUT_HELM}`);
      expect(result.exitCode).toBe(1);
      expect(errorOf(result)).toMatch(
        /^chart charts\/kruntimes: helm lint failed: .*function "nosuchfunc" not defined; nothing was published/,
      );
      expect((await tryInspectRaw(registry, 'charts/kruntimes:1.4.0')).exitCode).not.toBe(0);
    },
  );

  test('without helm, the native checks refuse it and say rendering was skipped for the good ones', async () => {
    const bad = await publish({ chart: 'charts/kruntimes' }, PATH_WITHOUT_HELM);
    expect(bad.exitCode).toBe(1);
    expect(errorOf(bad)).toMatch(
      /^chart charts\/kruntimes: template templates\/broken\.yaml:3: function "nosuchfunc" not defined/,
    );
    expect((await tryInspectRaw(registry, 'charts/kruntimes:1.4.0')).exitCode).not.toBe(0);

    // frobnitz vendors helm 2 (apiVersion v1) charts: accepted, checked and pushed.
    const good = await publish({ chart: 'charts/frobnitz' }, PATH_WITHOUT_HELM);
    expect(good.exitCode).toBe(0);
    expect(good.stdout).toMatch(
      /charts\/frobnitz: helm is not on PATH: native structural checks passed .*rendering skipped/,
    );
    expect(good.summary).toContain('rendering skipped');
  });

  test.each([
    [
      'without helm (native checks)',
      'auto',
      /^chart broken-values\/kruntimes\/values\.yaml: cannot load values\.yaml: /,
    ],
    [
      'with lint: false (values.yaml is read as helm package reads it)',
      'false',
      /values\.yaml: cannot load values\.yaml: /,
    ],
  ])('a values.yaml that is not YAML is refused %s, and nothing reaches the registry', async (_, lint, pattern) => {
    const result = await publish({ chart: 'broken-values/kruntimes', lint, version: '7.0.0' }, PATH_WITHOUT_HELM);
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(pattern);
    expect((await tryInspectRaw(registry, 'charts/kruntimes:7.0.0')).exitCode).not.toBe(0);
  });

  (helm4 ? test : test.skip)(
    `with helm on PATH, helm lint refuses a values.yaml that is not YAML${helm4 ? '' : ` (${helmUnavailableReason(4)})`}`,
    async () => {
      const result = await publish(
        { chart: 'broken-values/kruntimes', version: '7.0.1' },
        `${helmPath}${path.delimiter}${PATH_WITHOUT_HELM}`,
      );
      expect(result.exitCode).toBe(1);
      expect(errorOf(result)).toMatch(/^chart broken-values\/kruntimes: helm lint failed: .*values\.yaml/);
      expect((await tryInspectRaw(registry, 'charts/kruntimes:7.0.1')).exitCode).not.toBe(0);
    },
  );

  (helm4 ? test : test.skip)('lint: false pushes without checking (an explicit choice)', async () => {
    const result = await publish({ chart: 'charts/kruntimes', lint: 'false', version: '9.0.0' }, helmPath);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('lint: false, the chart was neither linted nor rendered');
  });

  (helm4 ? test : test.skip)('helm pulls and renders the v1-vendoring chart that was pushed', async () => {
    const result = await publish({ chart: 'charts/frobnitz', version: '1.2.4' }, helmPath);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/charts\/frobnitz: helm lint passed; rendered with helm template/);
    const home = await mkdtemp(path.join(os.tmpdir(), 'rk-helm-pull-'));
    try {
      const { stdout } = await runHelm(
        helm4!,
        ['template', 'demo', `oci://${registry.host}/charts/frobnitz`, '--version', '1.2.4', '--plain-http'],
        { home },
      );
      expect(stdout).toContain('name: demo-mariner');
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});

describeIfRegistry("Buntime's chart from a plain checkout: both publishers warn, naming the missing files", () => {
  let registry: TestRegistry;
  let workspace: string;
  let catalog: SampleRepo;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'anonymous' });
    ({ workspace } = await buntimeCheckout());
    await rm(path.join(workspace, '.git'), { recursive: true });
    git(workspace, ['init', '--quiet', '--initial-branch=main']);
    git(workspace, ['add', '-A']);
    git(workspace, ['commit', '--quiet', '-m', 'buntime']);
    catalog = await createSampleRepo({ 'README.md': '# charts catalog\n' });
  });
  afterAll(async () => {
    await registry?.close();
    await rm(workspace, { recursive: true, force: true });
    await rm(path.dirname(catalog.dir), { recursive: true, force: true });
  });
  const expected =
    /^charts: values\.yaml, templates\/configmap\.yaml and questions\.yml are missing from this checkout but named in \.gitignore/;

  test('publish-chart-oci', async () => {
    const result = await runAction('publish-chart-oci', {
      workspace,
      env: { SOURCE_DATE_EPOCH: EPOCH, PATH: PATH_WITHOUT_HELM },
      inputs: { chart: 'charts', registry: `oci://${registry.host}/charts`, 'plain-http': 'true' },
    });
    expect(result.exitCode).toBe(0);
    expect(warningsOf(result)).toEqual([expect.stringMatching(expected)]);
    expect(result.summary).toMatch(/Warnings:[\s\S]*questions\.yml/);
  });

  test('publish-chart-catalog', async () => {
    const result = await runAction('publish-chart-catalog', {
      workspace,
      env: { SOURCE_DATE_EPOCH: EPOCH, PATH: PATH_WITHOUT_HELM },
      inputs: { chart: 'charts', target: 'rancher', repository: catalog.remote, token: 'ghs_unused' },
    });
    expect(result.exitCode).toBe(0);
    expect(warningsOf(result)).toEqual([expect.stringMatching(expected)]);
    expect(result.stdout).toMatch(/charts: helm is not on PATH: native structural checks passed/);
  });
});

describe('publish-chart-catalog lints before it touches the catalog', () => {
  test('a broken template is refused and the catalog keeps its commit', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-catalog-lint-'));
    const catalog = await createSampleRepo({ 'README.md': '# charts catalog\n' });
    try {
      const dir = await chartCopy('buntime', path.join(workspace, 'charts'));
      await writeFile(path.join(dir, 'templates', 'broken.yaml'), '{{ if .Values.x }}\nx: 1\n');
      const before = git(catalog.remote, ['rev-parse', 'refs/heads/main']);
      const result = await runAction('publish-chart-catalog', {
        workspace,
        env: { SOURCE_DATE_EPOCH: EPOCH, PATH: PATH_WITHOUT_HELM },
        inputs: { chart: 'charts/buntime', target: 'rancher', repository: catalog.remote, token: 'ghs_unused' },
      });
      expect(result.exitCode).toBe(1);
      expect(errorOf(result)).toMatch(/templates\/broken\.yaml:1: unexpected EOF: \{\{if\}\} has no \{\{end\}\}/);
      expect(git(catalog.remote, ['rev-parse', 'refs/heads/main'])).toBe(before);
    } finally {
      await rm(workspace, { recursive: true, force: true });
      await rm(path.dirname(catalog.dir), { recursive: true, force: true });
    }
  });

  (helm4 ? test : test.skip)(
    `with helm on PATH, a template that parses but does not render is refused by helm, and the catalog keeps its commit${helm4 ? '' : ` (${helmUnavailableReason(4)})`}`,
    async () => {
      const workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-catalog-helm-'));
      const catalog = await createSampleRepo({ 'README.md': '# charts catalog\n' });
      try {
        const dir = await chartCopy('buntime', path.join(workspace, 'charts'));
        // Native checks pass this (every function exists); only rendering finds the missing value.
        await writeFile(
          path.join(dir, 'templates', 'needs-value.yaml'),
          'kind: ConfigMap\ndata:\n  x: {{ required "x is required" .Values.nosuchvalue }}\n',
        );
        const helmDir = path.join(workspace, 'helm-bin');
        await mkdir(helmDir);
        await symlink(helm4!, path.join(helmDir, 'helm'));
        const before = git(catalog.remote, ['rev-parse', 'refs/heads/main']);
        const publish = (PATH: string) =>
          runAction('publish-chart-catalog', {
            workspace,
            env: { SOURCE_DATE_EPOCH: EPOCH, PATH },
            inputs: { chart: 'charts/buntime', target: 'rancher', repository: catalog.remote, token: 'ghs_unused' },
          });
        const result = await publish(`${helmDir}${path.delimiter}${PATH_WITHOUT_HELM}`);
        expect(result.exitCode).toBe(1);
        expect(errorOf(result)).toMatch(
          /^chart charts\/buntime: helm (lint|template) failed: .*x is required.*; nothing was published/,
        );
        expect(git(catalog.remote, ['rev-parse', 'refs/heads/main'])).toBe(before);
      } finally {
        await rm(workspace, { recursive: true, force: true });
        await rm(path.dirname(catalog.dir), { recursive: true, force: true });
      }
    },
  );
});
