// A classic Helm repository in git (chart-releaser's gh-pages): <name>-<version>.tgz files next to an
// index.yaml that `helm repo add` and `helm repo update` read.
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readTarGz } from '../charts/archive.js';
import { UserError } from '../plumbing/errors.js';
import {
  catalogPath,
  versionConflict,
  versionSpelledDifferently,
  writeCatalogFile,
  type CatalogChart,
  type ChartOutcome,
  type WrittenFiles,
} from './catalog.js';
import { chartDigest, findIndexedVersion, indexEntry, nowRfc3339Nano, spliceIndex } from './helm-index.js';

export const INDEX_FILE = 'index.yaml';

/**
 * Add each chart to the repository in `<directory>`: the .tgz, and its entry merged into index.yaml
 * (created and generated stamped now). A version the index already lists with the same digest, or
 * whose archive holds the same files (a rebuild at another commit time gives other bytes for the
 * same chart), is unchanged; otherwise it is refused, and so is a version the index spells otherwise
 * (`v0.3.0` for `0.3.0`). index.yaml is only written when something was added. Returns what each
 * chart became and the files written, with their bytes.
 */
export async function applyHelmRepository(
  checkout: string,
  directory: string,
  baseUrl: string,
  charts: readonly CatalogChart[],
): Promise<{ outcomes: ChartOutcome[]; written: WrittenFiles }> {
  const indexRelative = path.posix.join(directory, INDEX_FILE);
  const indexPath = await catalogPath(checkout, indexRelative);
  // Only the text is kept: a 46 MB index is held once, not also as bytes. The merged index stays in
  // pieces (slices of that text and the new entries) until written, unless another chart needs it whole.
  let text = (await readRegularFile(indexPath, indexRelative))?.toString('utf8');
  let merged: string[] | undefined;
  const outcomes: ChartOutcome[] = [];
  const written: WrittenFiles = new Map();
  for (const chart of charts) {
    if (merged) [text, merged] = [merged.join(''), undefined];
    const { name, version } = chart.metadata;
    const relative = path.posix.join(directory, chart.fileName);
    const archivePath = await catalogPath(checkout, relative);
    const url = `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(chart.fileName)}`;
    const ours = chartDigest(chart.data);
    const indexed = findIndexedVersion(text, name, version, indexRelative);
    if (indexed && indexed.version !== version)
      throw versionSpelledDifferently(chart, indexed.version, `${indexRelative} (digest ${indexed.digest})`);
    const present = await readRegularFile(archivePath, relative);
    if (indexed) {
      const same =
        indexed.digest === ours ||
        (present !== undefined &&
          chartDigest(present) === indexed.digest &&
          (await sameArchiveContent(present, chart.data, relative)));
      if (!same)
        throw versionConflict(
          chart,
          `${indexRelative} (digest ${indexed.digest})`,
          `this chart packs to ${ours}${present ? ` and ${relative} holds other files` : ''}`,
        );
      outcomes.push({
        chart: chart.chart,
        name,
        version,
        path: relative,
        state: 'unchanged',
        digest: indexed.digest,
        url: indexed.urls[0] ?? url,
      });
      continue;
    }
    let published = chart.data;
    if (present) {
      // An archive without an index entry (an interrupted earlier publish): keep it when it is this chart.
      if (!(await sameArchiveContent(present, chart.data, relative)))
        throw versionConflict(chart, relative, 'the archive holds other files');
      published = present;
    } else {
      await writeCatalogFile(archivePath, chart.data);
      written.set(relative, chart.data);
    }
    const digest = chartDigest(published);
    merged = spliceIndex(
      text,
      indexEntry(chart.metadata, digest, url, nowRfc3339Nano()),
      nowRfc3339Nano(),
      indexRelative,
    );
    outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'created', digest, url });
  }
  const changed = merged ?? (outcomes.some((o) => o.state === 'created') ? text : undefined);
  if (changed !== undefined) {
    await writeCatalogFile(indexPath, changed);
    written.set(indexRelative, changed);
  }
  return { outcomes, written };
}

/** Two chart archives with the same files in the same order, whatever their timestamps. */
export async function sameArchiveContent(a: Buffer, b: Buffer, where: string): Promise<boolean> {
  const [ea, eb] = [await readTarGz(a, where), await readTarGz(b, where)];
  return ea.length === eb.length && ea.every((entry, i) => entry.path === eb[i].path && entry.data.equals(eb[i].data));
}

async function readRegularFile(file: string, where: string): Promise<Buffer | undefined> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isFile())
    throw new UserError(`catalog: ${where} is not a regular file (a symlink or a folder?)`, { value: where });
  return readFile(file);
}
