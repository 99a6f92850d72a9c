// File-system helpers: atomic writes and paths that cannot escape their root.
import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { lstat, readFile, realpath, rename, rm, writeFile, open } from 'node:fs/promises';
import path from 'node:path';
import { invalidInput, UserError } from './errors.js';

/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, mode?: number): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    let fileMode = mode;
    if (fileMode === undefined) {
      try {
        fileMode = (await lstat(file)).mode & 0o7777;
      } catch {
        fileMode = 0o644;
      }
    }
    await writeFile(tmp, data, { mode: fileMode });
    const handle = await open(tmp, 'r+');
    try {
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
 * Read the UTF-8 file `relative` inside `root` (as resolveInside checks it). A missing file is the
 * input's fault: `input` and `what` (e.g. "changelog file") name it and what was expected.
 */
export async function readFileInside(
  root: string,
  relative: string,
  input: string,
  what: string,
): Promise<{ absolute: string; text: string }> {
  const absolute = await resolveInside(root, relative, input);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
      throw invalidInput(input, relative, `an existing ${what} inside the workspace`);
    throw error;
  }
  // Text with bytes that are not UTF-8 would reach release notes and commits as U+FFFD: refuse it.
  if (!isUtf8(bytes)) {
    const line =
      bytes
        .toString('utf8')
        .split('\n')
        .findIndex((l) => l.includes('\uFFFD')) + 1;
    throw invalidInput(input, relative, `a ${what} in UTF-8`, {
      file: relative,
      line: line || 1,
    });
  }
  return { absolute, text: bytes.toString('utf8') };
}
