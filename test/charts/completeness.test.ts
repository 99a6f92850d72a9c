// Warnings for a chart published incomplete: Buntime's layout, whose values.yaml, questions.yml and
// templates/configmap.yaml are generated and gitignored, so a plain checkout lacks them.
import { describe, expect, test } from '@jest/globals';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { incompleteChartWarnings } from '../../packages/release-kit/src/charts/completeness.js';
import { packageChartDirectory } from '../../packages/release-kit/src/charts/package.js';
import { buntimeCheckout, chartCopy } from './chart-fixtures.js';

const mtime = new Date('2024-05-01T12:00:00Z');

describe('incomplete charts are published with a warning', () => {
  test('Buntime from a plain checkout: the generated files are named, with the .gitignore that hides them', async () => {
    const { workspace, chart } = await buntimeCheckout();
    const packaged = await packageChartDirectory(chart, { mtime }, 'charts');
    const warnings = await incompleteChartWarnings(packaged.chart, 'charts', { dir: chart, workspace });
    expect(warnings).toEqual([
      'charts: values.yaml, templates/configmap.yaml and questions.yml are missing from this checkout but named in .gitignore: generated files, left out of git? Generate them before publishing, or the chart goes out without them',
    ]);
    await rm(workspace, { recursive: true, force: true });
  });

  test('once generated, no warning', async () => {
    const { workspace, chart } = await buntimeCheckout();
    await writeFile(path.join(chart, 'values.yaml'), 'replicaCount: 1\n');
    await writeFile(path.join(chart, 'questions.yml'), 'questions: []\n');
    await writeFile(path.join(chart, 'templates', 'configmap.yaml'), 'kind: ConfigMap\n');
    const packaged = await packageChartDirectory(chart, { mtime }, 'charts');
    expect(await incompleteChartWarnings(packaged.chart, 'charts', { dir: chart, workspace })).toEqual([]);
    await rm(workspace, { recursive: true, force: true });
  });

  test('no values.yaml, with templates that read .Values, is named even without a .gitignore', async () => {
    const dir = await chartCopy('buntime');
    await rm(path.join(dir, 'values.yaml'));
    const packaged = await packageChartDirectory(dir, { mtime }, 'charts/buntime');
    expect(await incompleteChartWarnings(packaged.chart, 'charts/buntime')).toEqual([
      'charts/buntime: the chart has no values.yaml, yet templates/deployment.yaml reads .Values; users get no defaults (is it generated and missing from this checkout?)',
    ]);
  });

  test('a file the templates read with .Files.Get or .Files.Glob that the chart does not hold', async () => {
    const dir = await chartCopy('kruntimes');
    await mkdir(path.join(dir, 'files'));
    await writeFile(path.join(dir, 'files', 'present.conf'), 'x\n');
    await writeFile(
      path.join(dir, 'templates', 'config.yaml'),
      [
        'data:',
        '  present: {{ .Files.Get "files/present.conf" | quote }}',
        '  missing: {{ .Files.Get "files/questions.yml" | quote }}',
        '{{ (.Files.Glob "files/*.conf").AsConfig | indent 2 }}',
        '{{ ($.Files.Glob "dashboards/*.json").AsConfig | indent 2 }}',
        '',
      ].join('\n'),
    );
    const packaged = await packageChartDirectory(dir, { mtime }, 'charts/kruntimes');
    expect(await incompleteChartWarnings(packaged.chart, 'charts/kruntimes')).toEqual([
      'charts/kruntimes: templates/config.yaml reads "files/questions.yml", which the chart does not hold',
      'charts/kruntimes: templates/config.yaml reads files matching "dashboards/*.json", which the chart does not hold',
    ]);
  });

  test('complete fixtures give no warning; a library chart needs no values.yaml', async () => {
    for (const name of ['kruntimes', 'kruntimes-runtimes', 'frobnitz', 'buntime']) {
      const packaged = await packageChartDirectory(await chartCopy(name), { mtime }, name);
      expect(await incompleteChartWarnings(packaged.chart, name)).toEqual([]);
    }
    const dir = await chartCopy('kruntimes');
    await rm(path.join(dir, 'values.yaml'));
    await rm(path.join(dir, 'values.schema.json'));
    await writeFile(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: kruntimes\nversion: 1.0.0\ntype: library\n');
    const library = await packageChartDirectory(dir, { mtime }, 'lib');
    expect(await incompleteChartWarnings(library.chart, 'lib')).toEqual([]);
  });
});
