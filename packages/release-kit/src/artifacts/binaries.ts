// Turns the `files` / `binaries` / `extra-files` inputs into checked, absolute, per-platform files.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError, invalidInput, showValue } from '../plumbing/errors.js';
import { resolveInside } from '../plumbing/fs.js';
import { namingRuleHint, parsePlatform, platformFromFileName, platformKey, type Platform } from './platforms.js';
import picomatch from 'picomatch';

/** One built binary for one platform. */
export interface Binary extends Platform {
  /** Absolute path of the file to archive (inside the workspace). */
  path: string;
  /** The path as the user wrote it (or as the glob matched it, relative to the workspace). */
  given: string;
}

/** A file copied to the root of every archive (LICENSE, README.md, …). */
export interface ExtraFile {
  path: string;
  /** Its name at the archive root: the base name. */
  name: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** A safe single file-name component: no separators, no `..`, no control characters. */
export function isSafeName(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return name !== '' && name !== '.' && !name.includes('..') && !/[/\\\0-\x1f\x7f]/.test(name);
}

/** Reject `..` segments outright, even when they would resolve back inside the workspace. */
function rejectDotDot(input: string, value: string): void {
  if (value.split(/[/\\]/).includes('..'))
    throw invalidInput(input, value, 'a path inside the workspace without .. segments');
}

/**
 * Expand one `files`/`extra-files` line to workspace-relative matches (literal paths stay as they
 * are). picomatch does the matching over a walk of the pattern's static base directory only, so
 * `dist/krt-*` never lists the rest of the workspace; symlinked directories are not followed.
 * (@actions/glob would do too, but it prints ::debug:: lines through @actions/core, also in the CLI.)
 */
async function expand(workspace: string, line: string, input: string): Promise<string[]> {
  rejectDotDot(input, line);
  if (!GLOB_CHARS.test(line)) return [line];
  const relative = path.isAbsolute(line) ? path.relative(workspace, line) : line;
  // Checked before any walk: an absolute glob such as /etc/* would list (and an error would then name)
  // files far outside the workspace.
  if (relative.startsWith('..') || path.isAbsolute(relative))
    throw invalidInput(input, line, 'a path or glob relative to the workspace (an absolute one must lie inside it)');
  const { base } = picomatch.scan(relative);
  const isMatch = picomatch(relative, { dot: false });
  // The walk's start may not be a symlink out of the workspace either.
  const start = await resolveInside(workspace, base || '.', input);
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(start, { recursive: true, withFileTypes: true });
  } catch {
    entries = [];
  }
  const matches = entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(workspace, path.join(e.parentPath, e.name)))
    .filter((rel) => isMatch(rel.split(path.sep).join('/')))
    .sort();
  if (matches.length === 0)
    throw new UserError(`input '${input}' has pattern ${showValue(line)} that matches no file in ${workspace}`, {
      input,
      value: line,
      valid: 'a path or glob matching built files',
    });
  return matches;
}

/** Resolve inside the workspace (symlinks may not leave it) and require a non-empty regular file. */
async function checkedFile(workspace: string, given: string, input: string): Promise<string> {
  rejectDotDot(input, given);
  const absolute = await resolveInside(workspace, given, input);
  let info;
  try {
    await lstat(absolute);
    info = await stat(absolute);
  } catch {
    throw new UserError(`input '${input}' names ${showValue(given)}, which does not exist in ${workspace}`, {
      input,
      value: given,
      valid: 'an existing file',
    });
  }
  if (!info.isFile())
    throw new UserError(`input '${input}' names ${showValue(given)}, which is not a regular file`, {
      input,
      value: given,
      valid: 'a regular file',
    });
  if (info.size === 0)
    throw new UserError(`input '${input}' names ${showValue(given)}, which is empty (a failed build?)`, {
      input,
      value: given,
      valid: 'a non-empty file',
    });
  return absolute;
}

function addUnique(found: Map<string, Binary>, binary: Binary, input: string): void {
  const key = platformKey(binary);
  const other = found.get(key);
  if (other) {
    throw new UserError(
      `input '${input}' has two binaries for ${key}: ${showValue(other.given)} and ${showValue(binary.given)}; expected one per platform`,
      {
        input,
        value: binary.given,
        valid: 'one binary per os/arch',
      },
    );
  }
  found.set(key, binary);
}

function sortBinaries(binaries: Iterable<Binary>): Binary[] {
  return [...binaries].sort((a, b) => (platformKey(a) < platformKey(b) ? -1 : platformKey(a) > platformKey(b) ? 1 : 0));
}

/** `files`: paths or globs whose base names follow the naming rule (see platformFromFileName). */
export async function binariesFromFiles(
  workspace: string,
  lines: readonly string[],
  input = 'files',
): Promise<Binary[]> {
  const found = new Map<string, Binary>();
  for (const line of lines) {
    for (const given of await expand(workspace, line, input)) {
      const platform = platformFromFileName(path.basename(given));
      if (!platform) throw invalidInput(input, given, namingRuleHint(path.basename(given)));
      addUnique(found, { ...platform, given, path: await checkedFile(workspace, given, input) }, input);
    }
  }
  return sortBinaries(found.values());
}

/** `binaries`: lines `os/arch=path`. */
export async function binariesFromLines(
  workspace: string,
  lines: readonly string[],
  input = 'binaries',
): Promise<Binary[]> {
  const found = new Map<string, Binary>();
  for (const line of lines) {
    const eq = line.indexOf('=');
    if (eq < 0) throw invalidInput(input, line, 'lines of os/arch=path, e.g. linux/amd64=dist/krt-linux-amd64');
    const platform = parsePlatform(line.slice(0, eq), input);
    const given = line.slice(eq + 1).trim();
    if (given === '') throw invalidInput(input, line, 'a path after the =');
    addUnique(found, { ...platform, given, path: await checkedFile(workspace, given, input) }, input);
  }
  return sortBinaries(found.values());
}

/** `extra-files`: paths or globs; each lands at the archive root under its base name. */
export async function extraFilesFrom(
  workspace: string,
  lines: readonly string[],
  reserved: readonly string[],
  input = 'extra-files',
  binaries: readonly string[] = [],
): Promise<ExtraFile[]> {
  const byName = new Map<string, ExtraFile>();
  const binaryFiles = new Set(await Promise.all(binaries.map((file) => realpath(file))));
  for (const line of lines) {
    const isGlob = GLOB_CHARS.test(line);
    for (const given of await expand(workspace, line, input)) {
      const file = await checkedFile(workspace, given, input);
      if (binaryFiles.has(await realpath(file))) {
        // `dist/*` also matches the binaries themselves: they are archived once, as the binary.
        if (isGlob) continue;
        throw invalidInput(input, given, 'a file other than the binaries (each is archived as the binary itself)');
      }
      const name = path.basename(given);
      if (!isSafeName(name)) throw invalidInput(input, given, 'a file whose name has no separators or ..');
      if (reserved.includes(name))
        throw invalidInput(input, given, `a file not named like the binary (${reserved.join(', ')})`);
      if (byName.has(name))
        throw new UserError(
          `input '${input}' has two files named ${showValue(name)}; every extra file lands at the archive root, so names must differ`,
          { input, value: given },
        );
      byName.set(name, { path: file, name });
    }
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
