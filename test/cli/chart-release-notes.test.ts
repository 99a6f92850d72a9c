// `release-kit chart-release-notes` through the CLI bundle on a Buntime-shaped repository (the chart
// at charts/, its release notes at charts/release-notes.md, no CHANGELOG.md): the notes land in
// Chart.yaml's catalog.cattle.io/release-notes annotation with every other line kept.
import { describe, expect, test } from '@jest/globals';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { runCli } from '../harness/run-action.js';
import { createSampleRepo, type SampleRepo } from '../harness/git-fixture.js';
import { fixturesDir } from '../charts/chart-fixtures.js';

const ANNOTATION = 'catalog.cattle.io/release-notes';
const outputsOf = (stdout: string) =>
  Object.fromEntries(
    stdout
      .split('\n')
      .filter((l) => /^[a-z-]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

async function buntimeRepo(): Promise<SampleRepo> {
  const repo = await createSampleRepo({ 'package.json': '{ "name": "buntime", "version": "0.3.0" }\n' });
  await cp(path.join(fixturesDir, 'buntime'), path.join(repo.dir, 'charts'), { recursive: true });
  repo.commitAll('chart');
  return repo;
}

describe('release-kit chart-release-notes', () => {
  test('created with comments and lines kept, a rerun unchanged, edited notes updated', async () => {
    const repo = await buntimeRepo();
    try {
      const chartFile = path.join(repo.dir, 'charts', 'Chart.yaml');
      const original = await readFile(chartFile, 'utf8');
      const notes = await readFile(path.join(repo.dir, 'charts', 'release-notes.md'), 'utf8');
      const args = ['chart-release-notes', '--chart', 'charts', '--notes', 'charts/release-notes.md'];

      const first = await runCli(args, { workspace: repo.dir });
      expect(first.exitCode).toBe(0);
      expect(outputsOf(first.stdout)).toMatchObject({ state: 'created', chart: 'charts/Chart.yaml' });
      const written = await readFile(chartFile, 'utf8');
      // Every original byte stays (the leading comment included); the annotation block is added.
      expect(written.startsWith(original)).toBe(true);
      expect(written.slice(original.length)).toBe(
        `annotations:\n  ${ANNOTATION}: |\n${notes
          .trimEnd()
          .split('\n')
          .map((l) => (l ? `    ${l}` : ''))
          .join('\n')}\n`,
      );
      expect(parseDocument(written).getIn(['annotations', ANNOTATION])).toBe(notes.trimEnd() + '\n');

      const again = await runCli([...args, '--json'], { workspace: repo.dir });
      expect(again.exitCode).toBe(0);
      expect(JSON.parse(again.stdout)).toEqual({ state: 'unchanged', chart: 'charts/Chart.yaml' });
      expect(await readFile(chartFile, 'utf8')).toBe(written);

      // New notes replace the value in place; the chart's other lines stay.
      await writeFile(path.join(repo.dir, 'charts', 'release-notes.md'), "## What's New\n\n- Faster cold starts.\n");
      const edited = await runCli(args, { workspace: repo.dir });
      expect(outputsOf(edited.stdout).state).toBe('updated');
      const updated = await readFile(chartFile, 'utf8');
      expect(updated).toBe(
        `${original}annotations:\n  ${ANNOTATION}: |\n    ## What's New\n\n    - Faster cold starts.\n`,
      );
    } finally {
      await rm(path.dirname(repo.dir), { recursive: true, force: true });
    }
  });

  test('without --chart: the Chart.yaml next to the notes; an existing annotations block keeps its other keys', async () => {
    const repo = await buntimeRepo();
    try {
      const chartFile = path.join(repo.dir, 'charts', 'Chart.yaml');
      const original = await readFile(chartFile, 'utf8');
      const withAnnotations = `${original}annotations:\n  # Rancher's display name\n  catalog.cattle.io/display-name: Buntime\n`;
      await writeFile(chartFile, withAnnotations);
      const run = await runCli(['chart-release-notes', '--notes', 'charts/release-notes.md'], { workspace: repo.dir });
      expect(run.exitCode).toBe(0);
      expect(outputsOf(run.stdout).state).toBe('created');
      const written = await readFile(chartFile, 'utf8');
      expect(written.startsWith(withAnnotations)).toBe(true);
      const doc = parseDocument(written);
      expect(doc.getIn(['annotations', 'catalog.cattle.io/display-name'])).toBe('Buntime');
      expect(doc.getIn(['annotations', ANNOTATION])).toMatch(/^## What's New\n/);
    } finally {
      await rm(path.dirname(repo.dir), { recursive: true, force: true });
    }
  });

  test('bad input: a one-line error naming the input, exit 1, Chart.yaml untouched', async () => {
    const repo = await buntimeRepo();
    try {
      const chartFile = path.join(repo.dir, 'charts', 'Chart.yaml');
      const before = await readFile(chartFile, 'utf8');
      const missing = await runCli(['chart-release-notes', '--chart', 'charts', '--notes', 'charts/NOTES.md'], {
        workspace: repo.dir,
      });
      expect(missing.exitCode).toBe(1);
      expect(missing.stderr.trim()).toBe(
        'error: input \'notes\' has invalid value "charts/NOTES.md": expected an existing Markdown file inside the workspace',
      );
      const escaping = await runCli(['chart-release-notes', '--notes', '../outside.md'], { workspace: repo.dir });
      expect(escaping.exitCode).toBe(1);
      expect(escaping.stderr).toMatch(
        /^error: input 'notes' has invalid value "\.\.\/outside\.md": expected a path inside /,
      );
      const noChart = await runCli(['chart-release-notes', '--chart', 'apps', '--notes', 'charts/release-notes.md'], {
        workspace: repo.dir,
      });
      expect(noChart.exitCode).toBe(1);
      expect(noChart.stderr).toMatch(
        /^error: input 'chart' has invalid value "apps\/Chart.yaml": expected an existing Chart.yaml/,
      );
      const none = await runCli(['chart-release-notes'], { workspace: repo.dir });
      expect(none.exitCode).toBe(1);
      expect(none.stderr).toMatch(/^error: input 'notes' has invalid value "": expected a Markdown file/);
      await writeFile(chartFile, `${before}annotations: { a: b }\n`);
      const flow = await runCli(['chart-release-notes', '--chart', 'charts', '--notes', 'charts/release-notes.md'], {
        workspace: repo.dir,
      });
      expect(flow.exitCode).toBe(1);
      expect(flow.stderr).toMatch(/charts\/Chart.yaml:\d+: 'annotations' must be a block mapping/);
      expect(await readFile(chartFile, 'utf8')).toBe(`${before}annotations: { a: b }\n`);
    } finally {
      await rm(path.dirname(repo.dir), { recursive: true, force: true });
    }
  });
});
