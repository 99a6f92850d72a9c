// Signs that a chart about to be published is incomplete: no values.yaml, files its templates read
// that are not in it, and files the repository's .gitignore names inside the chart that this
// checkout lacks (generated files, as Buntime's values.yaml, questions.yml and templates/configmap.yaml
// are, which a plain checkout does not have). Warnings, not errors: a chart may mean to be that way.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { isWithin } from '../plumbing/fs.js';
import type { LoadedChart } from './load.js';

/** Where a chart directory sits, for the .gitignore check; absent for a packaged .tgz. */
export interface ChartSource {
  /** The chart directory (absolute). */
  dir: string;
  /** The workspace (absolute): .gitignore files are read from the chart directory up to here. */
  workspace: string;
}

/**
 * One warning line per sign of incompleteness in `chart` (`where` names it), empty when none.
 * `source` adds the .gitignore check for a chart packaged from a directory.
 */
export async function incompleteChartWarnings(
  chart: LoadedChart,
  where: string,
  source?: ChartSource,
): Promise<string[]> {
  const warnings: string[] = [];
  const ignoredAndMissing = source ? await missingIgnoredFiles(source) : [];
  for (const { gitignore, files } of ignoredAndMissing) {
    warnings.push(
      `${where}: ${listOf(files)} ${files.length === 1 ? 'is' : 'are'} missing from this checkout but named in ${gitignore}: generated files, left out of git? Generate them before publishing, or the chart goes out without them`,
    );
  }
  const valuesIgnored = ignoredAndMissing.some((m) => m.files.includes('values.yaml'));
  if (!chart.values && chart.metadata.type !== 'library' && !valuesIgnored) {
    const reads = chart.templates.filter((t) => /\.Values\b/.test(t.data.toString('utf8'))).map((t) => t.name);
    warnings.push(
      `${where}: the chart has no values.yaml${reads.length ? `, yet ${listOf(reads)} read${reads.length === 1 ? 's' : ''} .Values` : ''}; users get no defaults (is it generated and missing from this checkout?)`,
    );
  }
  warnings.push(...missingFileReads(chart, where, ''));
  return warnings;
}

/** `.Files.Get "x"` (GetBytes, Lines) of a file the chart does not hold, and `.Files.Glob` matching none. */
function missingFileReads(chart: LoadedChart, where: string, prefix: string): string[] {
  const names = chart.files.map((f) => f.name);
  const missing = new Set<string>();
  for (const template of chart.templates) {
    const text = template.data.toString('utf8');
    for (const m of text.matchAll(/\.Files\.(Get|GetBytes|Lines|Glob)\s+(?:"((?:[^"\\\n]|\\.)*)"|`([^`]*)`)/g)) {
      const argument = m[2] !== undefined ? unescapeGo(m[2]) : m[3];
      const matches = m[1] === 'Glob' ? picomatch(argument, { dot: true }) : undefined;
      const present = matches ? names.some((name) => matches(name)) : names.includes(argument.replace(/^\.\//, ''));
      if (!present)
        missing.add(`${prefix}${template.name} reads ${m[1] === 'Glob' ? 'files matching ' : ''}"${argument}"`);
    }
  }
  const own = [...missing].map((m) => `${where}: ${m}, which the chart does not hold`);
  return [
    ...own,
    ...chart.dependencies.flatMap((d) => missingFileReads(d, where, `${prefix}charts/${d.metadata.name}/`)),
  ];
}

/**
 * Literal paths inside the chart directory that a .gitignore (the chart's own, or one above it up to
 * the workspace) names and that do not exist: what a generator writes and git never holds.
 */
async function missingIgnoredFiles(source: ChartSource): Promise<{ gitignore: string; files: string[] }[]> {
  const found: { gitignore: string; files: string[] }[] = [];
  for (let dir = source.dir; ; dir = path.dirname(dir)) {
    const gitignore = path.join(dir, '.gitignore');
    const text = await readFile(gitignore, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      const files: string[] = [];
      for (const pattern of literalAnchoredPatterns(text)) {
        const absolute = path.join(dir, pattern);
        if (absolute === source.dir || !isWithin(source.dir, absolute)) continue;
        if (await stat(absolute).catch(() => undefined)) continue;
        files.push(path.relative(source.dir, absolute).split(path.sep).join('/'));
      }
      if (files.length > 0)
        found.push({ gitignore: path.relative(source.workspace, gitignore) || '.gitignore', files });
    }
    const atTop = dir === source.workspace || !isWithin(source.workspace, dir) || path.dirname(dir) === dir;
    const repositoryRoot = await stat(path.join(dir, '.git')).catch(() => undefined);
    if (atTop || repositoryRoot) break;
  }
  return found;
}

/**
 * The .gitignore lines that name one path relative to their file: anchored (a slash before the end),
 * no glob characters, no negation, not a directory-only rule. Others match too widely to say what
 * should exist.
 */
function literalAnchoredPatterns(text: string): string[] {
  const patterns: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!') || /[*?[\\]/.test(line)) continue;
    if (line.endsWith('/') || !line.slice(0, -1).includes('/')) continue;
    patterns.push(line.replace(/^\//, ''));
  }
  return patterns;
}

function unescapeGo(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  const shown = names.slice(0, 5);
  const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
  return `${shown.slice(0, -1).join(', ')}${more ? `, ${shown[shown.length - 1]}${more}` : ` and ${shown[shown.length - 1]}`}`;
}
