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
  /** `go.mod`, which names the Go version: release-cli sets that Go up (go-version-file). */
  goVersionFile: string;
  /**
   * The `-ldflags` value for a release build: the Makefile's `-X <pkg>.Version=` with the release's
   * version, and that package's `Commit` and `Date` when it declares them (kruntimes' internal/version).
   */
  ldflags?: string;
}

/** What the repository's own publishing workflows do that the generated ones must keep. */
export interface ExistingWorkflows {
  /** docker/metadata-action `tags:` lines that need no GitHub expression (the release's tag rules). */
  imageTags?: string;
  /** The lines left out of imageTags because they hold `${{ }}` (manual-dispatch rules), with their file. */
  droppedImageTagLines: string[];
  /** A workflow that syncs the charts into a git catalog on pushes to a branch (Buntime's helm-publish). */
  chartCatalog?: ChartCatalogWorkflow;
}

export interface ChartCatalogWorkflow {
  file: string;
  branch: string;
  /** The push `paths:` that republish the chart (the .github/ ones left out). */
  paths: string[];
  /** The catalog repository the workflow clones and pushes, OWNER/NAME. */
  repository: string;
  /** The secret holding the catalog's push token. */
  tokenSecret?: string;
  /** The run steps before the catalog sync that generate chart files, joined with &&. */
  prepare?: string;
  /** Set when the job sets Bun up (oven-sh/setup-bun). */
  bunVersion?: string;
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
  workflows: ExistingWorkflows;
  /** The globs the repository's git hooks police (lefthook.yml), when it has them: init's watch mirrors them. */
  hookGlobs?: string[];
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

/** `Dockerfile.<suffix>` files for working on the project, not for publishing (Buntime's Dockerfile.dev). */
const DEVELOPMENT_DOCKERFILES = new Set(['dev', 'development', 'local', 'debug', 'test', 'ci']);

function findImages(files: readonly string[], projectName: string, notes: string[]): FoundImage[] {
  const images: FoundImage[] = [];
  for (const file of files) {
    const base = path.posix.basename(file);
    const dir = path.posix.dirname(file);
    let name: string | undefined;
    const suffix = base.startsWith('Dockerfile.') ? base.slice('Dockerfile.'.length) : undefined;
    if (suffix !== undefined && DEVELOPMENT_DOCKERFILES.has(suffix.toLowerCase())) {
      notes.push(`${file}: a development Dockerfile; not published as an image`);
      continue;
    }
    if (base === 'Dockerfile') name = imageName(dir === '.' ? projectName : path.posix.basename(dir));
    else if (suffix !== undefined && dir === '.') name = imageName(suffix);
    if (name && !images.some((i) => i.name === name)) images.push({ name, dockerfile: file });
  }
  return images;
}

/**
 * The CLI: the Go main package named by `cliDir`, or else the one `cmd/<name>` that no image is
 * built from (kruntimes: cmd/krt beside cmd/scheduler, built as images by Dockerfile.scheduler); of
 * several, the one a Makefile `*cli*` target builds (kruntimes' `build-cli` builds ./cmd/krt).
 */
async function findCli(
  read: FileReader,
  files: readonly string[],
  images: readonly FoundImage[],
  cliDir: string | undefined,
  notes: string[],
): Promise<FoundCli | undefined> {
  const goMod = await readText(read, 'go.mod');
  const makefile = (await readText(read, 'Makefile')) ?? '';
  const found = async (dir: string): Promise<FoundCli> => ({
    name: path.posix.basename(dir),
    pkg: `./${dir}`,
    goVersionFile: 'go.mod',
    ldflags: await releaseLdflags(read, files, goMod, makefile, `./${dir}`),
  });
  if (cliDir !== undefined) {
    const dir = cliDir.replace(/^\.\//, '').replace(/\/$/, '');
    if (!files.includes(`${dir}/main.go`)) {
      throw new UserError(
        `input 'cli' has invalid value ${JSON.stringify(cliDir)}: expected a folder holding a Go main package (main.go), e.g. cmd/krt`,
        { input: 'cli', value: cliDir },
      );
    }
    return found(dir);
  }
  if (!goMod) return undefined;
  const mains = files.filter((f) => /^cmd\/[^/]+\/main\.go$/.test(f)).map((f) => f.split('/')[1]);
  const imageNames = new Set(images.map((i) => i.name));
  let candidates = mains.filter(
    (name) => !imageNames.has(name) && ![...imageNames].some((image) => image.endsWith(`-${name}`)),
  );
  if (candidates.length > 1) {
    const named = candidates.filter((name) => makeTargetBuilds(makefile, /cli/i, `./cmd/${name}`) !== undefined);
    if (named.length === 1) candidates = named;
  }
  if (candidates.length === 1) return found(`cmd/${candidates[0]}`);
  if (candidates.length > 1)
    notes.push(`several Go commands could be the CLI (${candidates.join(', ')}); pass --cli cmd/NAME to release one`);
  return undefined;
}

/** The recipe line of a Makefile target whose name matches `target` and that runs `go build … <pkg>`. */
function makeTargetBuilds(makefile: string, target: RegExp, pkg: string): string | undefined {
  let current = '';
  for (const line of makefile.split('\n')) {
    const rule = /^([A-Za-z0-9_.-]+)\s*:(?!=)/.exec(line);
    if (rule) current = rule[1];
    else if (/^\t/.test(line) && target.test(current) && /\bgo build\b/.test(line) && line.trim().endsWith(pkg))
      return line.trim();
  }
  return undefined;
}

/**
 * The release `-ldflags` for `pkg`: `-s -w`, then what a Makefile recipe building `pkg` stamps with
 * `-X <path>.Version=` (its value replaced by the release's $VERSION), and the same package's `Commit`
 * and `Date` when its Go files declare them: $COMMIT, and the date of $SOURCE_DATE_EPOCH (the tag
 * commit's time), so a rerun builds the same bytes.
 */
async function releaseLdflags(
  read: FileReader,
  files: readonly string[],
  goMod: string | undefined,
  makefile: string,
  pkg: string,
): Promise<string | undefined> {
  const recipe = makeTargetBuilds(makefile, /./, pkg);
  const variable = recipe ? /-X\s*=?\s*([\w./-]+)\.Version=/.exec(recipe)?.[1] : undefined;
  if (!variable) return undefined;
  const flags = ['-s -w', `-X ${variable}.Version=$VERSION`];
  const module = goMod ? /^module\s+(\S+)/m.exec(goMod)?.[1] : undefined;
  const dir = module && variable.startsWith(`${module}/`) ? variable.slice(module.length + 1) : undefined;
  const sources = dir
    ? files.filter((f) => path.posix.dirname(f) === dir && f.endsWith('.go') && !f.endsWith('_test.go'))
    : [];
  const text = (await Promise.all(sources.map((f) => readText(read, f)))).join('\n');
  const declares = (name: string) => new RegExp(`^\\s*(?:var\\s+)?${name}\\s*(?:string\\s*)?=`, 'm').test(text);
  if (declares('Commit')) flags.push(`-X ${variable}.Commit=$COMMIT`);
  if (declares('Date')) flags.push(`-X ${variable}.Date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)`);
  return flags.join(' ');
}

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The repository's own publishing workflows: the image tag rules and a chart catalog sync to keep. */
async function readWorkflows(workspace: string, read: FileReader, notes: string[]): Promise<ExistingWorkflows> {
  const result: ExistingWorkflows = { droppedImageTagLines: [] };
  let names: string[];
  try {
    names = (await readdir(path.join(workspace, '.github', 'workflows'))).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return result;
  }
  for (const name of names) {
    const file = `.github/workflows/${name}`;
    let doc: unknown;
    try {
      doc = parseYaml((await readText(read, file)) ?? '');
    } catch {
      continue;
    }
    if (!isMapping(doc) || !isMapping(doc.jobs)) continue;
    for (const job of Object.values(doc.jobs)) {
      const steps = isMapping(job) && Array.isArray(job.steps) ? job.steps.filter(isMapping) : [];
      for (const step of steps) {
        const withs = isMapping(step.with) ? step.with : {};
        if (String(step.uses ?? '').startsWith('docker/metadata-action@') && typeof withs.tags === 'string') {
          const lines = withs.tags
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l && !l.startsWith('#'));
          const kept = lines.filter((l) => !l.includes('${{'));
          result.droppedImageTagLines.push(...lines.filter((l) => l.includes('${{')).map((l) => `${file}: ${l}`));
          if (kept.length && result.imageTags === undefined) result.imageTags = kept.join('\n');
        }
      }
      const catalog = chartCatalogJob(file, doc, steps);
      if (catalog && !result.chartCatalog) result.chartCatalog = catalog;
    }
  }
  if (result.droppedImageTagLines.length)
    notes.push(
      `image tag rules with GitHub expressions (manual runs) are not part of the release workflow: ${result.droppedImageTagLines.join('; ')} (docs/examples/images-dispatch.yml shows a manual image build)`,
    );
  return result;
}

/** A job that clones a chart catalog repository and pushes the charts into it, on pushes to a branch. */
function chartCatalogJob(file: string, doc: Mapping, steps: Mapping[]): ChartCatalogWorkflow | undefined {
  const push = isMapping(doc.on) && isMapping(doc.on.push) ? doc.on.push : undefined;
  const branches = Array.isArray(push?.branches) ? push.branches.map(String) : [];
  const paths = Array.isArray(push?.paths) ? push.paths.map(String) : [];
  if (!branches.length || !paths.some((p) => /(^|\/)charts\//.test(p))) return undefined;
  const syncAt = steps.findIndex(
    (s) => typeof s.run === 'string' && /\bgit clone\b/.test(s.run) && /\bgit push\b/.test(s.run),
  );
  if (syncAt < 0) return undefined;
  const sync = String(steps[syncAt].run);
  const repository = /github\.com\/([A-Za-z0-9-]+\/[A-Za-z0-9._-]+?)(?:\.git)?(?=[\s"']|$)/m.exec(sync)?.[1];
  if (!repository || !/\bcharts\//.test(sync)) return undefined;
  const before = steps.slice(0, syncAt);
  const prepare = before
    .filter((s) => typeof s.run === 'string' && !/\bgit\b/.test(String(s.run)))
    .map((s) => String(s.run).trim())
    .filter((run) => run && !run.includes('${{'));
  const bun = before.find((s) => String(s.uses ?? '').startsWith('oven-sh/setup-bun@'));
  const bunWith = bun && isMapping(bun.with) ? bun.with : {};
  return {
    file,
    branch: branches[0],
    paths: paths.filter((p) => !p.startsWith('.github/')),
    repository,
    tokenSecret: /secrets\.([A-Za-z0-9_]+)/.exec(sync)?.[1],
    prepare: prepare.length ? prepare.join(' && ') : undefined,
    bunVersion: bun ? String(bunWith['bun-version'] ?? 'latest') : undefined,
  };
}

/** The globs lefthook.yml's hooks run on (`{a,b}` braces expanded), or undefined without one. */
async function hookGlobs(read: FileReader): Promise<string[] | undefined> {
  const text = await readText(read, 'lefthook.yml');
  if (text === undefined) return undefined;
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch {
    return undefined;
  }
  const globs: string[] = [];
  for (const hook of isMapping(doc) ? Object.values(doc) : []) {
    const commands = isMapping(hook) && isMapping(hook.commands) ? Object.values(hook.commands) : [];
    for (const command of commands) {
      if (!isMapping(command) || typeof command.glob !== 'string') continue;
      const brace = /^(.*)\{([^{}]*)\}(.*)$/.exec(command.glob);
      globs.push(...(brace ? brace[2].split(',').map((part) => `${brace[1]}${part}${brace[3]}`) : [command.glob]));
    }
  }
  return globs;
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
  const images = findImages(files, projectName, notes);
  const cli = await findCli(read, files, images, options.cliDir, notes);
  const workflows = await readWorkflows(workspace, read, notes);
  return {
    charts,
    packages,
    mentions,
    readmes,
    changelog: await findChangelog(read, files, notes),
    images,
    cli,
    workflows,
    hookGlobs: await hookGlobs(read),
    notes,
  };
}
