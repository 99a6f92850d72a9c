// Real helm v3 and v4 as the reference for packaging: `helm package` and release-kit package the same
// files from helm-shaped charts (v1 subcharts, requirements.yaml, archives under charts/), and
// helm loads, lints and renders what release-kit packaged.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readTarGz } from '../../packages/release-kit/src/charts/archive.js';
import { parseChartYaml } from '../../packages/release-kit/src/charts/chartfile.js';
import { chartConfigJson } from '../../packages/release-kit/src/charts/oci.js';
import { packageChartDirectory } from '../../packages/release-kit/src/charts/package.js';
import { helmBinary, helmUnavailableReason, runHelm, type HelmMajor } from '../harness/helm.js';
import { chartCopy } from './chart-fixtures.js';

const mtime = new Date('2024-05-01T12:00:00Z');
const majors: HelmMajor[] = [3, 4];
const binaries = new Map<HelmMajor, string | undefined>();
for (const major of majors) binaries.set(major, await helmBinary(major));

describe.each(majors)('helm v%i as the reference', (major) => {
  const helm = binaries.get(major);
  // Without the binary (npm ci not run), every case is skipped with the reason.
  const it = helm ? test : test.skip;
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'rk-helm-parity-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });
  const run = (args: string[]) => runHelm(helm!, args, { home: path.join(work, 'home'), cwd: work });
  if (!helm) test.skip(helmUnavailableReason(major), () => {});

  it('helm package and release-kit package the same files: v1 subcharts and requirements.yaml included', async () => {
    const dir = await chartCopy('frobnitz', work);
    await run(['package', dir, '--destination', path.join(work, 'helm')]);
    const theirs = await readTarGz(await readFile(path.join(work, 'helm', 'frobnitz-1.2.3.tgz')), 'helm');
    const ours = await readTarGz((await packageChartDirectory(dir, { mtime })).data, 'ours');
    const names = (entries: { path: string }[]) => entries.map((e) => e.path).sort();
    expect(names(ours)).toEqual(names(theirs));
    for (const entry of theirs) {
      const mine = ours.find((e) => e.path === entry.path)!;
      if (entry.path.endsWith('/Chart.yaml')) {
        // helm writes Chart.yaml back through its serializer (comments gone); we keep the bytes. The
        // metadata is the same: compare it as helm's config blob would hold it.
        expect(chartConfigJson(parseChartYaml(mine.data, 'ours')).toString()).toBe(
          chartConfigJson(parseChartYaml(entry.data, 'helm')).toString(),
        );
      } else if (!entry.path.endsWith('/Chart.lock')) {
        expect([entry.path, mine.data.toString('utf8')]).toEqual([entry.path, entry.data.toString('utf8')]);
      }
    }
  });

  it('helm lints and renders the archive release-kit packaged, v1 subcharts and all', async () => {
    const dir = await chartCopy('frobnitz', path.join(work, 'lint'));
    const packaged = await packageChartDirectory(dir, { mtime });
    const file = path.join(work, packaged.fileName);
    await writeFile(file, packaged.data);
    const lint = await run(['lint', file]);
    expect(lint.stdout).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
    const rendered = await run(['template', 'demo', file]);
    // The v1 subcharts render too: alpine's pod and mariner's ConfigMap.
    expect(rendered.stdout).toContain('kind: Pod');
    expect(rendered.stdout).toContain('name: demo-mariner');
  });
});
