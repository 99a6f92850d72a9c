// The Rancher catalog layout, checked file by file against a Buntime-shaped chart.
import { describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { applyRancherCatalog } from '../../packages/release-kit/src/catalogs/rancher.js';
import type { CatalogChart } from '../../packages/release-kit/src/catalogs/catalog.js';
import { packageChartDirectory } from '../../packages/release-kit/src/charts/package.js';
import { chartCopy } from '../charts/chart-fixtures.js';
import { git } from '../harness/git-fixture.js';

async function buntimeChart(edit?: (dir: string) => Promise<void>): Promise<{ dir: string; chart: CatalogChart }> {
  const dir = await chartCopy('buntime');
  await edit?.(dir);
  const releaseNotes = await readFile(path.join(dir, 'release-notes.md'), 'utf8');
  const packaged = await packageChartDirectory(
    dir,
    { releaseNotes, mtime: new Date('2026-01-01T00:00:00Z') },
    'charts',
  );
  return {
    dir,
    chart: {
      chart: 'charts',
      metadata: packaged.metadata,
      fileName: packaged.fileName,
      data: packaged.data,
      releaseNotes,
    },
  };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), `${rel}/`)));
    else out.push(rel);
  }
  return out.sort();
}

describe('Rancher catalog layout (Buntime)', () => {
  test('charts/buntime/0.3.0/ holds the chart files helm packages, app-readme.md and questions.yml; 0.2.0 stays', async () => {
    const { dir, chart } = await buntimeChart();
    const catalog = await mkdtemp(path.join(os.tmpdir(), 'rk-rancher-'));
    const older = path.join(catalog, 'charts', 'buntime', '0.2.0');
    await mkdir(older, { recursive: true });
    await writeFile(path.join(older, 'Chart.yaml'), 'apiVersion: v2\nname: buntime\nversion: 0.2.0\n');
    await writeFile(path.join(older, 'app-readme.md'), 'old notes\n');

    const { outcomes, written } = await applyRancherCatalog(catalog, 'charts', [chart]);
    expect([...written.keys()]).toContain('charts/buntime/0.3.0/values.yaml');
    expect(written.get('charts/buntime/0.3.0/values.yaml')).toEqual(await readFile(path.join(dir, 'values.yaml')));
    expect(outcomes).toEqual([
      { chart: 'charts', name: 'buntime', version: '0.3.0', path: 'charts/buntime/0.3.0', state: 'created' },
    ]);

    const version = path.join(catalog, 'charts', 'buntime', '0.3.0');
    expect(await listFiles(version)).toEqual([
      '.helmignore',
      'Chart.yaml',
      'app-readme.md',
      'questions.yml',
      'release-notes.md',
      'templates/_helpers.tpl',
      'templates/deployment.yaml',
      'values.yaml',
    ]);
    for (const same of [
      '.helmignore',
      'questions.yml',
      'release-notes.md',
      'templates/_helpers.tpl',
      'templates/deployment.yaml',
      'values.yaml',
    ]) {
      expect([same, await readFile(path.join(version, same), 'utf8')]).toEqual([
        same,
        await readFile(path.join(dir, same), 'utf8'),
      ]);
    }
    // app-readme.md is charts/release-notes.md, as Buntime's workflow copies it.
    expect(await readFile(path.join(version, 'app-readme.md'), 'utf8')).toBe(
      await readFile(path.join(dir, 'release-notes.md'), 'utf8'),
    );
    // Chart.yaml is the source plus the release-notes annotation; the comment and every other value stay.
    const chartYaml = await readFile(path.join(version, 'Chart.yaml'), 'utf8');
    const source = await readFile(path.join(dir, 'Chart.yaml'), 'utf8');
    expect(chartYaml.startsWith(source.replace(/\n$/, ''))).toBe(true);
    expect(parse(chartYaml)).toEqual({
      ...parse(source),
      annotations: { 'catalog.cattle.io/release-notes': await readFile(path.join(dir, 'release-notes.md'), 'utf8') },
    });
    // The previous version is untouched.
    expect(await listFiles(older)).toEqual(['Chart.yaml', 'app-readme.md']);
    expect(await readFile(path.join(older, 'app-readme.md'), 'utf8')).toBe('old notes\n');
    // .helmignore applies: notes.bak is in the chart folder but not in the catalog.
    expect(await readdir(dir)).toContain('notes.bak');
  });

  test('the same version with the same files is unchanged; with any other file it is refused, naming the version', async () => {
    const { chart } = await buntimeChart();
    const catalog = await mkdtemp(path.join(os.tmpdir(), 'rk-rancher-'));
    await applyRancherCatalog(catalog, 'charts', [chart]);
    // The catalog is a git checkout: a refusal names the published folder's tree id.
    for (const args of [
      ['init', '--quiet'],
      ['add', '--all'],
      ['commit', '--quiet', '-m', 'publish'],
    ])
      git(catalog, args);
    const again = await applyRancherCatalog(catalog, 'charts', [chart]);
    expect(again.outcomes.map((o) => o.state)).toEqual(['unchanged']);
    expect(again.written.size).toBe(0);
    const published = git(catalog, ['rev-parse', 'HEAD:charts/buntime/0.3.0']);

    const { chart: edited } = await buntimeChart((d) => writeFile(path.join(d, 'values.yaml'), 'replicaCount: 3\n'));
    await expect(applyRancherCatalog(catalog, 'charts', [edited])).rejects.toThrow(
      new RegExp(
        `^catalog: buntime 0\\.3\\.0 is already published at charts/buntime/0\\.3\\.0/ \\(tree ${published}\\) with different content \\(this chart's files are tree [0-9a-f]{40}; values\\.yaml differ\\)`,
      ),
    );
    const { chart: extra } = await buntimeChart((d) =>
      writeFile(path.join(d, 'templates', 'service.yaml'), 'kind: Service\n'),
    );
    await expect(applyRancherCatalog(catalog, 'charts', [extra])).rejects.toThrow(
      /buntime 0\.3\.0 .*templates\/service\.yaml differ/,
    );
    expect(await readFile(path.join(catalog, 'charts', 'buntime', '0.3.0', 'values.yaml'), 'utf8')).toContain(
      'replicaCount: 1',
    );
  });

  test('a symlink in the catalog is refused, not followed', async () => {
    const { chart } = await buntimeChart();
    const catalog = await mkdtemp(path.join(os.tmpdir(), 'rk-rancher-'));
    const outside = await mkdtemp(path.join(os.tmpdir(), 'rk-outside-'));
    await mkdir(path.join(catalog, 'charts'), { recursive: true });
    await symlink(outside, path.join(catalog, 'charts', 'buntime'));
    await expect(applyRancherCatalog(catalog, 'charts', [chart])).rejects.toThrow(/symlink/);
    expect(await readdir(outside)).toEqual([]);
  });
});
