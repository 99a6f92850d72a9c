// The version files as the tracks see them: in the working tree or at a revision, and written all or nothing.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { Git } from '../git/git.js';
import { UserError } from '../plumbing/errors.js';
import { run } from '../plumbing/exec.js';
import { readRegularFile, writeFileInPlace } from '../plumbing/fs.js';
import { decodeLossless } from '../plumbing/lossless-text.js';
import type { VersionTrack } from './config.js';
import { readTrack, type FileReader, type PlannedEdit, type TrackReading } from './tracks.js';

/**
 * Reads files of the working tree (relative to the workspace), caching so that every step sees one
 * text. The text is decoded losslessly (lossless-text.ts): an edit spliced into it and written back
 * with applyPlan keeps every other byte, invalid UTF-8 included. Only regular files are read.
 */
export function workingTreeReader(workspace: string): FileReader {
  const cache = new Map<string, string | null>();
  return async (file) => {
    if (!cache.has(file)) {
      const bytes = await readRegularFile(path.join(workspace, file), file, 'config');
      cache.set(file, bytes === null ? null : decodeLossless(bytes));
    }
    return cache.get(file)!;
  };
}

/**
 * The matcher for the tracks file's globs (`watch:` and `files:`): picomatch, dot files included, and
 * wildcards match any character of a name, a newline too (flag `s`), as git allows it in a path.
 */
export function workspaceGlob(globs: string | readonly string[]): (file: string) => boolean {
  return picomatch(globs as string | string[], { dot: true, flags: 's' });
}

/**
 * The regular files of the workspace, as sorted paths relative to it, for the globs of `files:`. In
 * a git repository, git's files (tracked, or untracked and not ignored: a build output or
 * node_modules never becomes a version file); elsewhere every file below the workspace. Symlinked
 * folders are not entered, so nothing outside the workspace is listed.
 */
export async function listWorkspaceFiles(workspace: string): Promise<string[]> {
  const git = new Git(workspace);
  let listed: string[];
  if ((await git.tryExec(['rev-parse', '--is-inside-work-tree'])) === 'true') {
    const out = await git.exec(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    listed = out.split('\0').filter(Boolean);
  } else {
    listed = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(path.join(workspace, dir), { withFileTypes: true })) {
        const relative = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory() && entry.name !== '.git') await walk(relative);
        else if (!entry.isDirectory()) listed.push(relative);
      }
    };
    await walk('');
  }
  const files: string[] = [];
  for (const file of [...new Set(listed)].sort()) {
    const stats = await stat(path.join(workspace, file)).catch(() => undefined);
    if (stats?.isFile()) files.push(file);
  }
  return files;
}

/** Reads files as they are in commit `rev` (paths relative to the workspace), byte for byte. */
export function revisionReader(workspace: string, rev: string): FileReader {
  const cache = new Map<string, Promise<string | null>>();
  return (file) => {
    if (!cache.has(file)) {
      // Not Git.show: it drops the final newline, and a version file must compare byte for byte.
      cache.set(
        file,
        run('git', ['show', `${rev}:./${file}`], { cwd: workspace, allowFailure: true }).then((r) =>
          r.exitCode === 0 ? r.stdout : null,
        ),
      );
    }
    return cache.get(file)!;
  };
}

/** Every track's reading through `read`; a missing or out-of-sync location is a UserError. */
export async function readAllTracks(
  tracks: readonly VersionTrack[],
  read: FileReader,
): Promise<Map<string, TrackReading>> {
  const readings = new Map<string, TrackReading>();
  for (const track of tracks) readings.set(track.name, await readTrack(track, read));
  return readings;
}

/** Readings at a revision, or undefined when any location is missing or unreadable there. */
export async function tryReadAllTracks(
  tracks: readonly VersionTrack[],
  read: FileReader,
): Promise<Map<string, TrackReading> | undefined> {
  try {
    return await readAllTracks(tracks, read);
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

/** The version of each track in `readings`, by track name. */
export function versionsOf(readings: ReadonlyMap<string, TrackReading>): Map<string, string> {
  return new Map([...readings].map(([name, r]) => [name, r.version]));
}

/**
 * Write the plan, each file edited in place (a symlink's target inside the workspace, its mode
 * kept); on any failure put back what was already written so no partial bump remains.
 */
export async function applyPlan(workspace: string, plan: readonly PlannedEdit[]): Promise<void> {
  // Two names of one file (a symlink and its target, both listed) would each write their own edit,
  // the second undoing the first: refused before anything is written.
  const targets = new Map<string, string>();
  for (const edit of plan) {
    const target = await realpath(path.join(workspace, edit.file)).catch(() => path.join(workspace, edit.file));
    const other = targets.get(target);
    if (other !== undefined) {
      throw new UserError(
        `${other} and ${edit.file} are the same file (one is a symlink to the other); list it once in the tracks file`,
        { input: 'config', value: edit.file, location: { file: edit.file } },
      );
    }
    targets.set(target, edit.file);
  }
  const written: PlannedEdit[] = [];
  try {
    for (const edit of plan) {
      await writeFileInPlace(workspace, edit.file, edit.after, 'config');
      written.push(edit);
    }
  } catch (error) {
    for (const edit of written) await writeFileInPlace(workspace, edit.file, edit.before, 'config');
    throw error;
  }
}

/** Put every file of an applied plan back as it was before (after a refused commit). */
export async function restorePlan(workspace: string, plan: readonly PlannedEdit[]): Promise<void> {
  for (const edit of plan) await writeFileInPlace(workspace, edit.file, edit.before, 'config');
}
