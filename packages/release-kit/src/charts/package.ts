// `helm package`, natively and reproducibly: a chart directory (or an existing .tgz) in, the
// validated `<name>-<version>.tgz` bytes out.
import { readFile, stat } from 'node:fs/promises';
import { UserError, invalidInput } from '../plumbing/errors.js';
import { writeTarGz } from './archive.js';
import { editChartYaml } from './chartfile-edit.js';
import {
  chartError,
  parseChartYaml,
  RELEASE_NOTES_ANNOTATION,
  validateMetadata,
  type ChartMetadata,
} from './chartfile.js';
import {
  buildChart,
  checkDependencies,
  readChartArchive,
  readChartDirectory,
  type ChartFile,
  type LoadedChart,
  type LoadOptions,
} from './load.js';

export interface PackageOptions {
  /** Overrides Chart.yaml `version` in the archive only (helm package --version). */
  version?: string;
  /** Overrides Chart.yaml `appVersion` in the archive only (helm package --app-version). */
  appVersion?: string;
  /** Markdown set as the catalog.cattle.io/release-notes annotation. */
  releaseNotes?: string;
  /** The mtime of every entry: SOURCE_DATE_EPOCH or the commit time, so builds repeat byte for byte. */
  mtime: Date;
}

/** A chart archive ready to push. */
export interface PackagedChart {
  /** `<name>-<version>.tgz` */
  fileName: string;
  data: Buffer;
  metadata: ChartMetadata;
  /** Entry paths in archive order. */
  entries: string[];
  /** When the chart was packaged (the entries' mtime); helm's `org.opencontainers.image.created`. */
  created: Date;
  /** Whether we built the archive or received it already packaged. */
  origin: 'directory' | 'archive';
  /** The chart as packaged (its files sorted into helm's parts, subcharts included), for the checks before publishing. */
  chart: LoadedChart;
}

/**
 * Package the chart in `dir`. Validates everything helm validates first (and fails with a UserError
 * naming the file), applies the overrides to the archived Chart.yaml only, and writes entries under
 * `<name>/` with Chart.yaml first, then Chart.lock, values.yaml, values.schema.json, templates,
 * other files and subcharts, as helm's saver orders them. `where` names the chart in messages.
 */
export async function packageChartDirectory(dir: string, options: PackageOptions, where = dir): Promise<PackagedChart> {
  const { mtime, ...overrides } = options;
  return (await prepareChartDirectory(dir, overrides, where)).pack(async () => mtime);
}

/** A chart read and validated, its metadata final, its archive not yet written. */
export interface PreparedChart {
  metadata: ChartMetadata;
  origin: 'directory' | 'archive';
  /** Write the archive (compressing off the main thread), dated by `mtime()` for a directory. */
  pack(mtime: () => Promise<Date>): Promise<PackagedChart>;
}

/**
 * The first half of packaging a directory: read, validate, apply the overrides to Chart.yaml. The
 * chart's name and version are known from here on, so a caller can look its tag up while the
 * archive is being compressed.
 */
export async function prepareChartDirectory(
  dir: string,
  overrides: PackageOverrides,
  where = dir,
  load: LoadOptions = {},
): Promise<PreparedChart> {
  const files = await readChartDirectory(dir, where);
  const chart = await buildChart(files, where, load);
  checkDependencies(chart, where);

  const annotations =
    overrides.releaseNotes !== undefined ? { [RELEASE_NOTES_ANNOTATION]: overrides.releaseNotes } : undefined;
  const chartYamlData = editChartYaml(
    chart.chartYaml.data,
    { version: overrides.version, appVersion: overrides.appVersion, annotations },
    `${where}/Chart.yaml`,
  );
  if (chartYamlData !== chart.chartYaml.data) {
    const edited = parseChartYaml(chartYamlData, `${where}/Chart.yaml`);
    validateMetadata(edited, `${where}/Chart.yaml`);
    chart.metadata = edited;
    chart.chartYaml = { name: 'Chart.yaml', data: chartYamlData };
  }
  return {
    metadata: chart.metadata,
    origin: 'directory',
    async pack(mtime) {
      const time = await mtime();
      const entries = archiveEntries(chart, '');
      const data = await writeTarGz(
        entries.map((e) => ({ path: e.name, data: e.data })),
        time,
      );
      return {
        fileName: `${chart.metadata.name}-${chart.metadata.version}.tgz`,
        data,
        metadata: chart.metadata,
        entries: entries.map((e) => e.name),
        created: new Date(Math.floor(time.getTime() / 1000) * 1000),
        origin: 'directory',
        chart,
      };
    },
  };
}

/**
 * Validate an already packaged chart and return it unchanged: the same checks as for a directory,
 * on the archive's contents (helm's archive loader reads no .helmignore).
 */
export async function loadPackagedChart(file: string, where = file, load: LoadOptions = {}): Promise<PackagedChart> {
  const data = await readFile(file);
  const { files, entries } = await readChartArchive(data, where);
  const top = new Set(entries.map((e) => e.path.split('/')[0]));
  if (top.size !== 1) {
    throw new UserError(
      `${where}: expected every entry under one chart folder, found ${[...top].slice(0, 3).join(', ')}`,
      { value: where, location: { file: where } },
    );
  }
  const chart = await buildChart(files, where, load);
  checkDependencies(chart, where);
  const chartYamlEntry = entries.find((e) => e.path.endsWith('/Chart.yaml') && e.path.split('/').length === 2);
  return {
    fileName: `${chart.metadata.name}-${chart.metadata.version}.tgz`,
    data,
    metadata: chart.metadata,
    entries: entries.map((e) => e.path),
    created: chartYamlEntry?.mtime ?? new Date(0),
    origin: 'archive',
    chart,
  };
}

/** What may change a chart at package time; only a directory can take it. */
export type PackageOverrides = Omit<PackageOptions, 'mtime'>;

/**
 * Read and validate the chart at `file`: a directory is prepared for packaging with `overrides`; a
 * `.tgz` is validated and kept byte for byte, so it refuses overrides. The one place that tells the
 * two apart.
 */
export async function prepareChart(
  file: string,
  where: string,
  overrides: PackageOverrides,
  load: LoadOptions = {},
): Promise<PreparedChart> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw invalidInput('chart', where, 'an existing chart directory or .tgz inside the workspace');
  if (info.isDirectory()) return prepareChartDirectory(file, overrides, where, load);
  if (!info.isFile() || !/\.(tgz|tar\.gz)$/.test(file)) {
    throw invalidInput('chart', where, 'a chart directory or a packaged .tgz');
  }
  const inputNames: Record<keyof PackageOverrides, string> = {
    version: 'version',
    appVersion: 'app-version',
    releaseNotes: 'release-notes',
  };
  for (const [key, value] of Object.entries(overrides) as [keyof PackageOverrides, string | undefined][]) {
    if (value !== undefined)
      throw invalidInput(
        inputNames[key],
        value,
        `nothing for the packaged chart ${where}, which is pushed as is (give its directory to change it at package time)`,
      );
  }
  const packaged = await loadPackagedChart(file, where, load);
  return { metadata: packaged.metadata, origin: 'archive', pack: async () => packaged };
}

/** Entries as helm's writeTarContents lays them out, recursing into subcharts under charts/. */
export function archiveEntries(chart: LoadedChart, prefix: string): ChartFile[] {
  const base = `${prefix}${chart.metadata.name}/`;
  const out: ChartFile[] = [];
  const add = (file: ChartFile | undefined) => {
    if (file) out.push({ name: base + file.name, data: file.data });
  };
  add(chart.chartYaml);
  add(chart.lock);
  add(chart.values);
  add(chart.schema);
  chart.templates.forEach(add);
  chart.files.forEach(add);
  for (const dependency of chart.dependencies) out.push(...archiveEntries(dependency, `${base}charts/`));
  return out;
}

export { chartError };
