// Temporary copies of the chart fixtures, with the binary parts helm's testdata has built at run time.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
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
