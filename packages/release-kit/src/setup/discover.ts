// Looking at a repository as `release-kit init` does: its charts, the version files and README lines that follow them, its changelog, images and CLI.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseChangelog, type ChangelogStyle } from '../changelog/parse.js';
import { UserError } from '../plumbing/errors.js';
import { workingTreeReader } from '../versions/files.js';
import type { FileReader } from '../versions/tracks.js';
import { findOccurrences } from '../versions/locations.js';
import { isStrictSemver } from '../versions/semver.js';

/** A Helm chart found in the repository, with the versions its Chart.yaml holds. */
export interface FoundChart {
  /** The chart's folder, relative to the workspace (`charts`, `charts/kruntimes`). */
  dir: string;
  name: string;
  version: string;
  appVersion?: string;
  /** `<dir>/release-notes.md` when the chart keeps Rancher release notes there (Buntime). */
  releaseNotes?: string;
}

/** A package.json whose `version` is a strict SemVer version. */
export interface FoundPackage {
  file: string;
  version: string;
}

/** A line of the README that names a version after a recognisable prefix (`--version `, `image:`, `krt_v`). */
export interface VersionMention {
  file: string;
  line: number;
  version: string;
  /** The literal text right before the version; the track's pattern is this text, escaped, then the version. */
  prefix: string;
  /** `chart` for `--version X` (helm's chart version), `app` for image tags and download names. */
  kind: 'chart' | 'app';
}

export interface FoundImage {
  name: string;
  dockerfile: string;
}

export interface FoundCli {
  name: string;
  /** The Go main package, as `go build` takes it: `./cmd/krt`. */
  pkg: string;
  goVersion?: string;
}

/** Everything init saw, the input of the proposals in setup/propose.ts. */
export interface RepoLayout {
  charts: FoundChart[];
  packages: FoundPackage[];
  mentions: VersionMention[];
  /** The text of each README the mentions come from, to check a pattern against all of it. */
  readmes: Record<string, string>;
  changelog?: { file: string; style: ChangelogStyle };
  images: FoundImage[];
  cli?: FoundCli;
  /** Extra files a CLI archive carries when they exist (LICENSE, README.md). */
  extraFiles: string[];
  /** What was seen but left out, and why: shown to the user. */
  notes: string[];
}

/** Folders that hold no release inputs, or copies of other projects (dependencies, fixtures). */
// `build/` stays in: Go projects keep their Dockerfiles there (build/<component>/Dockerfile).
const SKIPPED_DIRS = new Set([
  'node_modules',
  'vendor',
  'dist',
  'bin',
  'out',
  'coverage',
  'third_party',
  'testdata',
  'test',
  'tests',
  'e2e',
  'examples',
  'example',
  'docs',
  'hack',
]);
const MAX_DEPTH = 4;
const MAX_ENTRIES = 20_000;
/** The version text in generated patterns: wide enough for the prereleases a bump can make. */
export const VERSION_GROUP = '(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)';
/** A version inside prose: not the tail of a longer number, not followed by more version digits. */
const VERSION_IN_TEXT = /(?<![\d.])\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]*[0-9A-Za-z])?(?![\d]|\.\d)/g;
/** The characters that end a word around a version in Markdown: spaces, quotes, backticks, brackets. */
const WORD_BREAK = '\\s`\'"()<>\\[\\]{}|,;';

/** Every file path under `workspace` (relative, `/`-separated), skipping VCS, dependency and fixture folders and symlinks. */
async function listFiles(workspace: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(workspace, dir), { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (files.length >= MAX_ENTRIES) return;
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      // Symlinks are never followed: they could lead out of the workspace or loop.
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name) || depth >= MAX_DEPTH) continue;
        await walk(rel, depth + 1);
      } else if (entry.isFile()) {
        files.push(rel);
      }
    }
  };
  await walk('', 0);
  return files;
}

async function readText(read: FileReader, file: string): Promise<string | undefined> {
  return (await read(file)) ?? undefined;
}

/** True when the version at `key` can be rewritten in place by a bump (a plain or quoted scalar). */
function editable(file: string, key: string, text: string): boolean {
  try {
    findOccurrences({ file, key, configLine: 0 }, text);
    return true;
  } catch (error) {
    if (error instanceof UserError) return false;
    throw error;
  }
}

async function findCharts(read: FileReader, files: readonly string[], notes: string[]): Promise<FoundChart[]> {
  const chartFiles = files.filter((f) => path.posix.basename(f) === 'Chart.yaml');
  const dirs = chartFiles.map((f) => path.posix.dirname(f));
  const charts: FoundChart[] = [];
  for (const file of chartFiles) {
    const dir = path.posix.dirname(file);
    // A chart inside another chart's folder is a vendored dependency (charts/<parent>/charts/<dep>), not ours to release.
    if (dirs.some((other) => other !== dir && (other === '.' || dir.startsWith(`${other}/`)))) continue;
    const text = (await readText(read, file)) ?? '';
    let doc: unknown;
    try {
      doc = parseYaml(text);
    } catch {
      notes.push(`${file}: not valid YAML; left out`);
      continue;
    }
    const meta = (doc ?? {}) as { name?: unknown; version?: unknown; appVersion?: unknown };
    if (typeof meta.name !== 'string' || !isStrictSemver(meta.version) || !editable(file, 'version', text)) {
      notes.push(`${file}: no name or no SemVer \`version\` written as a plain or quoted value; left out`);
      continue;
    }
    const chart: FoundChart = { dir, name: meta.name, version: meta.version };
    if (meta.appVersion !== undefined) {
      const appVersion = String(meta.appVersion);
      if (isStrictSemver(appVersion) && editable(file, 'appVersion', text)) chart.appVersion = appVersion;
      else notes.push(`${file}: appVersion ${JSON.stringify(appVersion)} is not a SemVer version; not tracked`);
    }
    const notesFile = `${dir}/release-notes.md`;
    if (files.includes(notesFile)) chart.releaseNotes = notesFile;
    charts.push(chart);
  }
  return charts;
}

async function findPackages(read: FileReader, files: readonly string[]): Promise<FoundPackage[]> {
  const found: FoundPackage[] = [];
  for (const file of files.filter((f) => path.posix.basename(f) === 'package.json')) {
    const text = await readText(read, file);
    if (text === undefined) continue;
    let version: unknown;
    try {
      version = (JSON.parse(text) as { version?: unknown }).version;
    } catch {
      continue;
    }
    if (isStrictSemver(version) && editable(file, 'version', text)) found.push({ file, version });
  }
  return found;
}

/**
 * README lines naming one of `versions`: `--version X` (a chart version) and a version glued to a
 * word such as an image reference `ghcr.io/o/app:X` or a download name `krt_vX_linux`. A version
 * standing alone in prose is left out: nothing says which release it names.
 */
export function findMentions(file: string, text: string, versions: ReadonlySet<string>): VersionMention[] {
  const mentions: VersionMention[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    for (const match of line.matchAll(VERSION_IN_TEXT)) {
      const version = match[0];
      if (!versions.has(version)) continue;
      const before = line.slice(0, match.index);
      const flag = new RegExp(`([^${WORD_BREAK}]+\\s+)?--version[ =]$`).exec(before);
      if (flag) {
        mentions.push({ file, line: index + 1, version, prefix: afterLastVersion(flag[0]), kind: 'chart' });
        continue;
      }
      const word = afterLastVersion(new RegExp(`[^${WORD_BREAK}]+$`).exec(before)?.[0] ?? '');
      // A word with a letter before the version (`app:`, `krt_v`, `/download/v`): specific enough to anchor on.
      if (word && /[A-Za-z]/.test(word)) mentions.push({ file, line: index + 1, version, prefix: word, kind: 'app' });
    }
  });
  return mentions;
}

/** The text after the last version in `prefix`: `…/download/v1.4.0/krt_v` → `/krt_v`, so a bump keeps the pattern matching. */
function afterLastVersion(prefix: string): string {
  const all = [...prefix.matchAll(/\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]*[0-9A-Za-z])?/g)];
  const last = all[all.length - 1];
  return last ? prefix.slice(last.index + last[0].length) : prefix;
}

async function findChangelog(
  read: FileReader,
  files: readonly string[],
  notes: string[],
): Promise<RepoLayout['changelog']> {
  const file = files.find((f) => /^CHANGELOG\.md$/i.test(f));
  if (!file) return undefined;
  try {
    const changelog = parseChangelog((await readText(read, file)) ?? '', { file });
    return { file, style: changelog.style };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    notes.push(
      `${file}: not a Keep a Changelog file (${error.message}); the release workflow gets no release notes job`,
    );
    return undefined;
  }
}

/** An image name as OCI repositories take it: lower-case letters and digits, single separators. */
function imageName(raw: string): string | undefined {
  const name = raw
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/.test(name) ? name : undefined;
}

function findImages(files: readonly string[], projectName: string): FoundImage[] {
  const images: FoundImage[] = [];
  for (const file of files) {
    const base = path.posix.basename(file);
    const dir = path.posix.dirname(file);
    let name: string | undefined;
    if (base === 'Dockerfile') name = imageName(dir === '.' ? projectName : path.posix.basename(dir));
    else if (base.startsWith('Dockerfile.') && dir === '.') name = imageName(base.slice('Dockerfile.'.length));
    if (name && !images.some((i) => i.name === name)) images.push({ name, dockerfile: file });
  }
  return images;
}

/**
 * The CLI: the Go main package named by `cliDir`, or else the one `cmd/<name>` that no image is
 * built from (kruntimes: cmd/krt beside cmd/scheduler, built as images by Dockerfile.scheduler).
 */
async function findCli(
  read: FileReader,
  files: readonly string[],
  images: readonly FoundImage[],
  cliDir: string | undefined,
  notes: string[],
): Promise<FoundCli | undefined> {
  const goMod = await readText(read, 'go.mod');
  const goVersion = goMod ? /^go\s+(\d+\.\d+)/m.exec(goMod)?.[1] : undefined;
  if (cliDir !== undefined) {
    const dir = cliDir.replace(/^\.\//, '').replace(/\/$/, '');
    if (!files.includes(`${dir}/main.go`)) {
      throw new UserError(
        `input 'cli' has invalid value ${JSON.stringify(cliDir)}: expected a folder holding a Go main package (main.go), e.g. cmd/krt`,
        { input: 'cli', value: cliDir },
      );
    }
    return { name: path.posix.basename(dir), pkg: `./${dir}`, goVersion };
  }
  if (!goMod) return undefined;
  const mains = files.filter((f) => /^cmd\/[^/]+\/main\.go$/.test(f)).map((f) => f.split('/')[1]);
  const imageNames = new Set(images.map((i) => i.name));
  const candidates = mains.filter(
    (name) => !imageNames.has(name) && ![...imageNames].some((image) => image.endsWith(`-${name}`)),
  );
  if (candidates.length === 1) return { name: candidates[0], pkg: `./cmd/${candidates[0]}`, goVersion };
  if (candidates.length > 1)
    notes.push(`several Go commands could be the CLI (${candidates.join(', ')}); pass --cli cmd/NAME to release one`);
  return undefined;
}

/** Look at the repository in `workspace`. Reads only; the proposals are made from what it returns. */
export async function discoverLayout(workspace: string, options: { cliDir?: string } = {}): Promise<RepoLayout> {
  const notes: string[] = [];
  const files = await listFiles(workspace);
  if (files.length >= MAX_ENTRIES)
    notes.push(`stopped looking after ${MAX_ENTRIES} files; run init in a smaller checkout if a chart is missing`);
  const read = workingTreeReader(workspace);
  const charts = await findCharts(read, files, notes);
  const packages = await findPackages(read, files);
  const versions = new Set(charts.flatMap((c) => [c.version, c.appVersion ?? c.version]));
  const mentions: VersionMention[] = [];
  const readmes: Record<string, string> = {};
  for (const file of files.filter((f) => /^README\.md$/i.test(f))) {
    readmes[file] = (await readText(read, file)) ?? '';
    mentions.push(...findMentions(file, readmes[file], versions));
  }
  const projectName = charts.length === 1 ? charts[0].name : path.basename(workspace);
  const images = findImages(files, projectName);
  const cli = await findCli(read, files, images, options.cliDir, notes);
  return {
    charts,
    packages,
    mentions,
    readmes,
    changelog: await findChangelog(read, files, notes),
    images,
    cli,
    extraFiles: ['LICENSE', 'README.md'].filter((f) => files.includes(f)),
    notes,
  };
}
