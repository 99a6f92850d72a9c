// Temporary copies of the chart fixtures, with the binary parts helm's testdata has built at run time.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../harness/run-action.js';

export const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'charts');

/** Copy fixture `name` into a fresh temp dir; for frobnitz, add charts/mariner-4.3.2.tgz as helm's testdata has. */
export async function chartCopy(name: string, into?: string): Promise<string> {
  const base = into ?? (await mkdtemp(path.join(os.tmpdir(), 'rk-chart-')));
  const dir = path.join(base, name);
  await cp(path.join(fixturesDir, name), dir, { recursive: true });
  if (name === 'frobnitz') {
    // GNU tar, an independent writer, builds the subchart archive under mariner/.
    execFileSync('tar', ['-czf', path.join(dir, 'charts', 'mariner-4.3.2.tgz'), '-C', fixturesDir, 'mariner']);
  }
  return dir;
}

/**
 * A Buntime-shaped repository: the chart at charts/ (the repository root's own folder), the generated
 * files listed in the root .gitignore and absent, their sources (*.base.yaml) present.
 */
export async function buntimeCheckout(): Promise<{ workspace: string; chart: string }> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-buntime-'));
  const fixture = await chartCopy('buntime');
  const chart = path.join(workspace, 'charts');
  await mkdir(path.join(chart, 'templates'), { recursive: true });
  for (const file of ['Chart.yaml', '.helmignore', 'release-notes.md', 'templates/_helpers.tpl']) {
    await writeFile(path.join(chart, file), await readFile(path.join(fixture, file)));
  }
  // The deployment reads the ConfigMap the generator writes (envFrom), as Buntime's does.
  await writeFile(
    path.join(chart, 'templates', 'deployment.yaml'),
    `${await readFile(path.join(fixture, 'templates', 'deployment.yaml'), 'utf8')}          envFrom:\n            - configMapRef:\n                name: {{ include "buntime.fullname" . }}\n`,
  );
  await writeFile(path.join(chart, 'values.base.yaml'), await readFile(path.join(fixture, 'values.yaml')));
  await writeFile(path.join(chart, 'questions.base.yaml'), await readFile(path.join(fixture, 'questions.yml')));
  await writeFile(
    path.join(workspace, '.gitignore'),
    [
      'node_modules',
      '.env*',
      '# Helm generated files (regenerate with: bun scripts/generate-helm.ts)',
      'charts/values.yaml',
      'charts/templates/configmap.yaml',
      'charts/questions.yml',
      '',
    ].join('\n'),
  );
  await mkdir(path.join(workspace, '.git'));
  return { workspace, chart };
}
