// Loading a chart as helm's loader does: a directory walked with .helmignore (pkg/chart/v2/loader
// directory.go), or an archive; then files sorted into Chart.yaml, values, templates, other files
// and subcharts (load.go LoadFiles), with helm's checks on each part.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { isWithin } from '../plumbing/fs.js';
import { chartTooLarge, MAX_CHART_FILE_SIZE, MAX_CHART_SIZE, readTarGz, type ArchiveEntry } from './archive.js';
import {
  chartError,
  chartYamlText,
  parseChartYaml,
  parseRequirementsYaml,
  validateMetadata,
  type ChartMetadata,
} from './chartfile.js';
import { HELMIGNORE, HelmignoreRules, parseHelmignore } from './helmignore.js';

/** A file of a chart, named relative to the chart's root with `/` separators. */
export interface ChartFile {
  name: string;
  data: Buffer;
}

/** A chart sorted into the parts helm's saver writes, in the order it writes them. */
export interface LoadedChart {
  metadata: ChartMetadata;
  chartYaml: ChartFile;
  lock?: ChartFile;
  values?: ChartFile;
  schema?: ChartFile;
  templates: ChartFile[];
  files: ChartFile[];
  /** Subcharts from charts/, directories and archives alike, by name. */
  dependencies: LoadedChart[];
  /** Where the chart came from, for messages, e.g. "charts/kruntimes/charts/redis". */
  where: string;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

// The files helm reads by name in a chart (or subchart) root: a directory there is a mistake.
const CHART_FILE_POSITION =
  /^(?:charts\/[^/]+\/)*(?:Chart\.yaml|Chart\.lock|values\.yaml|values\.schema\.json|requirements\.yaml|requirements\.lock|\.helmignore)$/;

/**
 * The files of a chart directory that helm would package, in helm's walk order (each directory's
 * names sorted by bytes). Applies .helmignore and the implicit `templates/.?*`; follows symlinks
 * that stay inside the chart and refuses those that leave it; refuses irregular files, files over
 * 5 MiB, and a chart over 100 MiB in all (before reading any of it); strips a UTF-8 byte order
 * mark as helm does.
 */
export async function readChartDirectory(dir: string, where = dir): Promise<ChartFile[]> {
  // Synchronous file calls on purpose: a chart is hundreds of small files, and each asynchronous call
  // is a round trip through libuv's thread pool (readFile alone makes four). Nothing else runs on
  // this thread meanwhile that could use the wait.
  const root = realpathSync(dir);
  let rules = new HelmignoreRules();
  const ignoreFile = path.join(root, HELMIGNORE);
  try {
    // Never read a .helmignore that points out of the chart: its lines would end up in error messages.
    if (!isWithin(root, realpathSync(ignoreFile))) {
      throw chartError(
        where,
        `${HELMIGNORE} is a symlink to a file outside the chart directory; expected a file inside the chart`,
      );
    }
    rules = parseHelmignore(readFileSync(ignoreFile, 'utf8'), path.join(where, HELMIGNORE));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw chartError(where, `${HELMIGNORE} is a directory; expected a file`);
    if (code !== 'ENOENT') throw error;
  }
  rules.addDefaults();

  const found: { name: string; absolute: string; size: number }[] = [];
  let total = 0;
  const visiting = new Set<string>();
  const walk = (absolute: string, relative: string): void => {
    const real = realpathSync(absolute);
    if (visiting.has(real)) throw chartError(where, `symlink loop at ${relative}`);
    visiting.add(real);
    const names = readdirSync(absolute).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const name of names) {
      const childAbsolute = path.join(absolute, name);
      const child = relative === '' ? name : `${relative}/${name}`;
      let info = lstatSync(childAbsolute);
      if (info.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(childAbsolute);
        } catch {
          // helm respects .helmignore for a broken link before failing on it.
          if (rules.ignores(child, false)) continue;
          throw chartError(where, `${child} is a broken symlink; remove it or list it in .helmignore`);
        }
        info = statSync(target);
        if (rules.ignores(child, info.isDirectory())) continue;
        if (!isWithin(root, target)) {
          throw chartError(
            where,
            `${child} is a symlink to ${target}, outside the chart directory; expected links that stay inside the chart`,
          );
        }
      } else if (rules.ignores(child, info.isDirectory())) {
        continue;
      }
      if (info.isDirectory()) {
        if (CHART_FILE_POSITION.test(child)) throw chartError(where, `${child} is a directory; expected a file`);
        walk(childAbsolute, child);
        continue;
      }
      if (!info.isFile())
        throw chartError(where, `cannot load irregular file ${child} as it has file mode type bits set`);
      if (info.size > MAX_CHART_FILE_SIZE) {
        throw chartError(
          where,
          `chart file ${JSON.stringify(child)} is larger than the maximum file size ${MAX_CHART_FILE_SIZE} (5 MiB)`,
        );
      }
      total += info.size;
      if (total > MAX_CHART_SIZE) throw chartTooLarge(where);
      found.push({ name: child, absolute: childAbsolute, size: info.size });
    }
    visiting.delete(real);
  };
  walk(root, '');
  return found.map((file) => ({ name: file.name, data: stripBom(readFileSync(file.absolute)) }));
}

/**
 * A packaged chart's files, its top directory stripped (helm's archive loader takes the first
 * path component as the chart's folder, whatever its name).
 */
export async function readChartArchive(
  data: Buffer,
  where: string,
): Promise<{ files: ChartFile[]; entries: ArchiveEntry[] }> {
  const entries = await readTarGz(data, where);
  const files: ChartFile[] = [];
  for (const entry of entries) {
    const slash = entry.path.indexOf('/');
    if (slash < 0) continue; // a file beside the chart folder; helm's loader drops it too
    const name = entry.path.slice(slash + 1);
    if (name === '') continue;
    files.push({ name, data: stripBom(entry.data) });
  }
  return { files, entries };
}

/** How much of a chart's YAML to check while loading it. */
export interface LoadOptions {
  /**
   * Parse values.yaml (each subchart's too) as helm's loader does. Off only when the caller checks
   * it later (checkChartValues) or `helm lint` does, which refuses a broken values.yaml itself:
   * parsing a large one is the slowest step of packaging.
   */
  checkValues?: boolean;
}

/**
 * Sort files into a chart as helm's LoadFiles does, validating on the way: Chart.yaml (helm's
 * metadata rules), values.yaml (YAML), values.schema.json (JSON), then each subchart in charts/
 * (skipping names that start with `_` or `.`), recursively.
 */
export async function buildChart(
  files: readonly ChartFile[],
  where: string,
  options: LoadOptions = {},
): Promise<LoadedChart> {
  const chartYaml = files.find((f) => f.name === 'Chart.yaml');
  if (!chartYaml) throw chartError(where, 'Chart.yaml file is missing');
  const metadata = parseChartYaml(chartYaml.data, `${where}/Chart.yaml`);
  // A helm 2 chart lists its dependencies in requirements.yaml; helm 3 and 4 read them from there.
  const v1 = metadata.apiVersion === 'v1';
  const requirements = v1 ? files.find((f) => f.name === 'requirements.yaml') : undefined;
  if (requirements) {
    const listed = parseRequirementsYaml(requirements.data, `${where}/requirements.yaml`);
    if (listed) metadata.dependencies = listed;
  }
  validateMetadata(metadata, `${where}/Chart.yaml`);
  const chart: LoadedChart = { metadata, chartYaml, templates: [], files: [], dependencies: [], where };
  const subcharts = new Map<string, ChartFile[]>();
  for (const file of files) {
    const name = file.name;
    if (name === 'Chart.yaml') continue;
    if (name === 'Chart.lock') {
      checkYaml(file, where);
      // helm's saver writes Chart.lock for v2 charts only.
      if (!v1) chart.lock = file;
    } else if (name === 'values.yaml') {
      if (options.checkValues !== false) checkYaml(file, where);
      chart.values = file;
    } else if (name === 'values.schema.json') {
      try {
        JSON.parse(file.data.toString('utf8'));
      } catch (error) {
        throw chartError(
          `${where}/values.schema.json`,
          `Invalid JSON in values.schema.json: ${(error as Error).message}`,
        );
      }
      chart.schema = file;
    } else if (name === 'requirements.yaml' || name === 'requirements.lock') {
      checkYaml(file, where);
      // A v1 chart keeps them among its files, as helm's loader and saver do; a v2 chart's are
      // read by helm but never written back (Chart.yaml rules there).
      if (v1) chart.files.push(file);
    } else if (name.startsWith('templates/')) {
      chart.templates.push(file);
    } else if (name.startsWith('charts/')) {
      if (path.posix.extname(name) === '.prov') {
        chart.files.push(file);
        continue;
      }
      const inside = name.slice('charts/'.length);
      const subchart = inside.split('/')[0];
      if (!subcharts.has(subchart)) subcharts.set(subchart, []);
      subcharts.get(subchart)!.push({ name: inside, data: file.data });
    } else {
      chart.files.push(file);
    }
  }

  // helm walks a Go map here, so its order varies from run to run; sorting by name keeps ours fixed.
  const names = [...subcharts.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  for (const name of names) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const subWhere = `${where}/charts/${name}`;
    const group = subcharts.get(name)!;
    let sub: LoadedChart;
    if (path.posix.extname(name) === '.tgz') {
      const archive = group.find((f) => f.name === name);
      if (!archive) throw chartError(subWhere, `error unpacking subchart tar in ${metadata.name}: expected ${name}`);
      const { files: inner } = await readChartArchive(archive.data, subWhere);
      sub = await buildChart(inner, subWhere, options);
    } else {
      const inner = group
        .filter((f) => f.name.includes('/'))
        .map((f) => ({ name: f.name.slice(name.length + 1), data: f.data }));
      sub = await buildChart(inner, subWhere, options);
    }
    const clash = chart.dependencies.find((d) => d.metadata.name === sub.metadata.name);
    if (clash) {
      // helm would write both under charts/<name>/ and the archive would hold the same paths twice.
      throw chartError(
        subWhere,
        `subchart name ${JSON.stringify(sub.metadata.name)} is also used by ${clash.where}; expected one subchart per name under charts/`,
      );
    }
    chart.dependencies.push(sub);
  }
  return chart;
}

/**
 * helm package's CheckDependencies: each dependency in Chart.yaml must be a chart (by its own name)
 * under charts/. The message is helm's, with the command that fixes it.
 */
export function checkDependencies(chart: LoadedChart, chartDir: string): void {
  const present = new Set(chart.dependencies.map((d) => d.metadata.name));
  const missing = (chart.metadata.dependencies ?? []).map((d) => d.name).filter((name) => !present.has(name));
  if (missing.length > 0) {
    throw chartError(
      `${chart.where}/Chart.yaml`,
      `found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}; run \`helm dependency build ${chartDir}\` and commit or build charts/ before publishing`,
    );
  }
}

/**
 * Parse values.yaml of `chart` and of each subchart, as helm's loader does: for a chart loaded with
 * `checkValues: false`, once it is known to be published (a chart the registry already holds byte for
 * byte is not, and need not pay for parsing a large values.yaml).
 */
export function checkChartValues(chart: LoadedChart): void {
  if (chart.values) checkYaml(chart.values, chart.where);
  for (const dependency of chart.dependencies) checkChartValues(dependency);
}

function checkYaml(file: ChartFile, where: string): void {
  const text = chartYamlText(file.data, `${where}/${file.name}`, file.name);
  const documents = parseAllDocuments(text, { version: '1.1', uniqueKeys: false });
  const list = Array.isArray(documents) ? documents : [documents];
  for (const document of list) {
    if (document.errors.length > 0) {
      throw chartError(
        `${where}/${file.name}`,
        `cannot load ${file.name}: ${document.errors[0].message.split('\n')[0]}`,
      );
    }
  }
}

function stripBom(data: Buffer): Buffer {
  return data.subarray(0, 3).equals(UTF8_BOM) ? data.subarray(3) : data;
}
