// The version files as the tracks see them: in the working tree or at a revision, and written all or nothing.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../plumbing/errors.js';
import { run } from '../plumbing/exec.js';
import { writeFileAtomic } from '../plumbing/fs.js';
import type { VersionTrack } from './config.js';
import { readTrack, type FileReader, type PlannedEdit, type TrackReading } from './tracks.js';

/** Reads files of the working tree (relative to the workspace), caching so that every step sees one text. */
export function workingTreeReader(workspace: string): FileReader {
  const cache = new Map<string, string | null>();
  return async (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, await readFile(path.join(workspace, file), 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR')
          throw error;
        cache.set(file, null);
      }
    }
    return cache.get(file)!;
  };
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

/** Write the plan; on any failure put back what was already written so no partial bump remains. */
export async function applyPlan(workspace: string, plan: readonly PlannedEdit[]): Promise<void> {
  const written: PlannedEdit[] = [];
  try {
    for (const edit of plan) {
      await writeFileAtomic(path.join(workspace, edit.file), edit.after);
      written.push(edit);
    }
  } catch (error) {
    for (const edit of written) await writeFileAtomic(path.join(workspace, edit.file), edit.before);
    throw error;
  }
}

/** Put every file of an applied plan back as it was before (after a refused commit). */
export async function restorePlan(workspace: string, plan: readonly PlannedEdit[]): Promise<void> {
  for (const edit of plan) await writeFileAtomic(path.join(workspace, edit.file), edit.before);
}
