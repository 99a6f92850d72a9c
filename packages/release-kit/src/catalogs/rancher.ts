// The Rancher catalog layout Buntime publishes to: charts/<name>/<version>/ holding the chart's files,
// app-readme.md (what Rancher shows in its chart listing) and questions.yml (Rancher's install form).
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readTarGz } from '../charts/archive.js';
import { sameChartVersion } from '../charts/version.js';
import { Git } from '../git/git.js';
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
import { treeId, type ObjectFormat } from './git-objects.js';

/** The file Rancher shows as the chart's description in its catalog listing. */
export const APP_README = 'app-readme.md';

/** A chart version's files in the catalog, by path relative to charts/<name>/<version>/ (`/` separators). */
export type CatalogFiles = Map<string, Buffer>;

/**
 * The files of one chart version in a Rancher catalog: exactly what `helm package` puts in the
 * archive (so .helmignore applies and the Chart.yaml carries the release-notes annotation and any
 * version override), unpacked, plus app-readme.md from the release notes when there are some.
 * questions.yml travels with the chart's files, as helm packages it.
 */
export async function rancherVersionFiles(
  chartName: string,
  archive: Buffer,
  appReadme: string | undefined,
  where: string,
): Promise<CatalogFiles> {
  const files: CatalogFiles = new Map();
  const prefix = `${chartName}/`;
  for (const entry of await readTarGz(archive, where)) {
    if (!entry.path.startsWith(prefix))
      throw new UserError(`${where}: archive entry ${entry.path} is outside ${prefix}`, { value: where });
    files.set(entry.path.slice(prefix.length), entry.data);
  }
  if (appReadme !== undefined) files.set(APP_README, Buffer.from(appReadme));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The files under `dir` (a chart version folder in the catalog checkout), or undefined when it does
 * not exist. A symlink or anything but a regular file is refused: a catalog checkout is not trusted
 * to point outside itself.
 */
export async function readCatalogDirectory(dir: string, where: string): Promise<CatalogFiles | undefined> {
  const info = await lstat(dir).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory())
    throw new UserError(`catalog: ${where} exists and is not a directory; expected a chart version folder`, {
      value: where,
    });
  const files: CatalogFiles = new Map();
  const walk = async (absolute: string, relative: string): Promise<void> => {
    for (const name of (await readdir(absolute)).sort()) {
      const child = path.join(absolute, name);
      const childRelative = relative ? `${relative}/${name}` : name;
      const childInfo = await lstat(child);
      if (childInfo.isDirectory()) await walk(child, childRelative);
      else if (childInfo.isFile()) files.set(childRelative, await readFile(child));
      else
        throw new UserError(
          `catalog: ${where}/${childRelative} is not a regular file (a symlink?); a chart version folder holds regular files only`,
          { value: `${where}/${childRelative}` },
        );
    }
  };
  await walk(dir, '');
  return files;
}

/** Paths that differ between two file sets (missing on either side or with other bytes), sorted. */
export function differingFiles(a: CatalogFiles, b: CatalogFiles): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names]
    .filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name) || !a.has(name))
    .sort();
}

/** Write `files` under `dir` (which does not exist yet). */
export async function writeCatalogDirectory(dir: string, files: CatalogFiles): Promise<void> {
  for (const [name, data] of files) await writeCatalogFile(path.join(dir, ...name.split('/')), data);
}

/**
 * Put each chart at `<directory>/<name>/<version>/` in the catalog checkout, keeping every other
 * version. A version folder that already holds exactly these files is unchanged; any difference
 * (a file added, missing or with other bytes) is refused, naming the version, both git tree ids and
 * the files; so is a folder of the same SemVer version spelled otherwise (`v0.3.0` for `0.3.0`).
 * Returns what each chart became and the files written, with their bytes.
 */
export async function applyRancherCatalog(
  checkout: string,
  directory: string,
  charts: readonly CatalogChart[],
): Promise<{ outcomes: ChartOutcome[]; written: WrittenFiles }> {
  const outcomes: ChartOutcome[] = [];
  const written: WrittenFiles = new Map();
  for (const chart of charts) {
    const { name, version } = chart.metadata;
    const relative = path.posix.join(directory, name, version);
    const absolute = await catalogPath(checkout, relative);
    const files = await rancherVersionFiles(name, chart.data, chart.releaseNotes, chart.chart);
    const existing = await readCatalogDirectory(absolute, relative);
    if (existing) {
      const differing = differingFiles(existing, files);
      if (differing.length > 0) {
        const format = await objectFormat(checkout);
        const published = await new Git(checkout).exec(['rev-parse', `HEAD:${relative}`]);
        throw versionConflict(
          chart,
          `${relative}/ (tree ${published})`,
          `this chart's files are tree ${treeId(files, format)}; ${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ', …' : ''} differ`,
        );
      }
      outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'unchanged' });
      continue;
    }
    const spelled = await publishedSpelling(path.dirname(absolute), version);
    if (spelled !== undefined)
      throw versionSpelledDifferently(chart, spelled, `${path.posix.join(directory, name, spelled)}/`);
    await writeCatalogDirectory(absolute, files);
    for (const [file, data] of files) written.set(`${relative}/${file}`, data);
    outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'created' });
  }
  return { outcomes, written };
}

/** A version folder next to `version` in the chart's folder that helm counts as the same version. */
async function publishedSpelling(chartDir: string, version: string): Promise<string | undefined> {
  const names = await readdir(chartDir).catch(() => [] as string[]);
  return names.sort().find((other) => other !== version && sameChartVersion(other, version));
}

async function objectFormat(checkout: string): Promise<ObjectFormat> {
  return (await new Git(checkout).exec(['rev-parse', '--show-object-format'])) === 'sha256' ? 'sha256' : 'sha1';
}
