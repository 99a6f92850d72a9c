// File-system helpers: atomic writes, edits in place that keep a file's bytes, mode and symlink,
// reads that never block on a special file, and paths that cannot escape their root.
import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, realpath, rename, rm, open } from 'node:fs/promises';
import path from 'node:path';
import { invalidInput, UserError } from './errors.js';
import { decodeLossless, encodeLossless } from './lossless-text.js';

/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target. The file gets `mode`, else
 * the mode of the regular file it replaces, else 0644; exactly, whatever the umask.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, mode?: number): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    let fileMode = mode;
    if (fileMode === undefined) {
      const existing = await lstat(file).catch(() => undefined);
      // A symlink's own mode (0777) is no file's: what replaces the link gets the default.
      fileMode = existing?.isFile() ? existing.mode & 0o7777 : 0o644;
    }
    const handle = await open(tmp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.chmod(fileMode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * Replace the content of `relative` (a file of the user's repository under `root`) as an edit in
 * place, the one way release-kit writes a user's file. A symlink is followed and its target edited
 * (the link stays a link), provided the target lies inside `root`; else the edit is refused. The
 * target keeps its mode; the write is atomic (a temporary file in the target's own folder, renamed
 * over it). A string is encoded losslessly, so text read with readFileInside(…, { forEdit: true })
 * writes back every byte it did not change. A file that does not exist yet is created with 0644.
 */
export async function writeFileInPlace(
  root: string,
  relative: string,
  content: string | Uint8Array,
  input: string,
): Promise<void> {
  const absolute = await resolveInside(root, relative, input);
  const target = await realpath(absolute).catch(() => absolute);
  const stats = await lstat(target).catch(() => undefined);
  if (stats && !stats.isFile()) throw notRegularFile(relative, stats, input);
  await writeFileAtomic(target, typeof content === 'string' ? encodeLossless(content) : content);
}

/**
 * The bytes of the regular file `file`, or null when it does not exist. It is opened non-blocking
 * and checked with fstat before anything is read, so a FIFO, a device or a directory is refused
 * (a UserError naming `display` and `input`) instead of waiting forever for a writer.
 */
export async function readRegularFile(file: string, display: string, input: string): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO' || code === 'EACCES')
      throw new UserError(`${display} cannot be read (${code}); expected a regular file`, {
        input,
        value: display,
        valid: 'a regular file',
      });
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notRegularFile(display, stats, input);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function notRegularFile(display: string, stats: Stats, input: string): UserError {
  const kind = stats.isDirectory()
    ? 'a directory'
    : stats.isFIFO()
      ? 'a FIFO (named pipe)'
      : stats.isSocket()
        ? 'a socket'
        : stats.isCharacterDevice() || stats.isBlockDevice()
          ? 'a device'
          : stats.isSymbolicLink()
            ? 'a symlink'
            : 'not a regular file';
  return new UserError(`${display} is ${kind}, not a regular file; release-kit reads and edits regular files only`, {
    input,
    value: display,
    valid: 'a regular file',
  });
}

/**
 * Resolve `relative` inside `root`, refusing `..` escapes, absolute paths outside the root and
 * symlinks whose target leaves the root. `input` names the input for the error message.
 */
export async function resolveInside(root: string, relative: string, input: string): Promise<string> {
  const rootReal = await realpath(root);
  const candidate = path.resolve(rootReal, relative);
  if (!isWithin(rootReal, candidate)) {
    throw new UserError(
      `input '${input}' has invalid value ${JSON.stringify(relative)}: expected a path inside ${rootReal}`,
      {
        input,
        value: relative,
        valid: `a path inside ${rootReal}`,
      },
    );
  }
  let real: string | undefined;
  // A path that does not exist (yet) is judged by its nearest existing ancestor: a symlinked folder
  // on the way must not carry a file about to be written out of the root.
  for (let probe = candidate; real === undefined; probe = path.dirname(probe)) {
    try {
      real = path.join(await realpath(probe), path.relative(probe, candidate));
    } catch {
      if (probe === rootReal || path.dirname(probe) === probe) return candidate;
    }
  }
  if (!isWithin(rootReal, real)) {
    throw new UserError(
      `input '${input}' has invalid value ${JSON.stringify(relative)}: it is a symlink to ${real}, outside ${rootReal}; expected a file inside the workspace`,
      { input, value: relative, valid: `a path inside ${rootReal}` },
    );
  }
  return candidate;
}

/** True when `child` is `parent` or below it (both absolute, normalised). */
export function isWithin(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Read the UTF-8 file `relative` inside `root` (as resolveInside checks it; a regular file, see
 * readRegularFile). A missing file is the input's fault: `input` and `what` (e.g. "changelog file")
 * name it and what was expected. `forEdit`: the text is decoded losslessly (invalid bytes kept, see
 * lossless-text.ts), for an edit written back with writeFileInPlace; else invalid bytes read as U+FFFD.
 */
export async function readFileInside(
  root: string,
  relative: string,
  input: string,
  what: string,
  options: { forEdit?: boolean } = {},
): Promise<{ absolute: string; text: string }> {
  const absolute = await resolveInside(root, relative, input);
  const bytes = await readRegularFile(absolute, relative, input);
  if (bytes === null) throw invalidInput(input, relative, `an existing ${what} inside the workspace`);
  if (options.forEdit) return { absolute, text: decodeLossless(bytes) };
  // Text with bytes that are not UTF-8 would reach release notes and commits as U+FFFD: refuse it.
  // (An edit in place keeps such bytes as they are instead: decodeLossless.)
  if (!isUtf8(bytes)) {
    const line =
      bytes
        .toString('utf8')
        .split('\n')
        .findIndex((l) => l.includes('\uFFFD')) + 1;
    throw invalidInput(input, relative, `a ${what} in UTF-8`, { file: relative, line: line || 1 });
  }
  return { absolute, text: bytes.toString('utf8') };
}
