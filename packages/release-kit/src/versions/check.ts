// The check mode's verdict: every track in sync, every track whose watched files changed since a base bumped,
// and, on a tag, the tag track's version rendering to that very tag.
import path from 'node:path';
import { Git } from '../git/git.js';
import { invalidInput } from '../plumbing/errors.js';
import { renderTag, type VersionsConfig } from './config.js';
import { revisionReader, workingTreeReader } from './files.js';
import { isGreater } from './semver.js';
import { inspectTrack, type TrackProblem, type TrackReading } from './tracks.js';
import picomatch from 'picomatch';

/** What a check found: the problems (each with file and line), and the versions at the base and now. */
export interface TrackCheck {
  problems: TrackProblem[];
  /** Base versions of the tracks whose watched files changed (and that existed at the base). */
  previous: Map<string, string>;
  current: Map<string, string>;
  /** How many tracks had watched files changed since the base. */
  watched: number;
}

/**
 * Check the tracks in `workspace`; with `baseRef`, a track whose `watch` globs match a file changed
 * since the merge base (committed, staged, unstaged or untracked) needs a version greater than there.
 * With `onTag` (the run is on refs/tags/<onTag>), the track that names the tag must render exactly it.
 */
export async function checkTracks(workspace: string, config: VersionsConfig, baseRef: string | undefined, onTag?: string): Promise<TrackCheck> {
  const read = workingTreeReader(workspace);
  const problems: TrackProblem[] = [];
  const current = new Map<string, string>();
  const readings = new Map<string, TrackReading>();
  for (const track of config.tracks) {
    const { reading, problems: found } = await inspectTrack(track, read);
    problems.push(...found);
    if (reading) {
      readings.set(track.name, reading);
      current.set(track.name, reading.version);
    }
  }

  const tagTrack = config.tagTrack;
  const tagReading = tagTrack && readings.get(tagTrack.name);
  // A track out of sync was reported above; there is no one version to compare with the tag.
  if (onTag && tagTrack && tagReading) {
    const expected = renderTag(tagTrack.tag!, tagReading.version);
    if (expected !== onTag) {
      const first = tagReading.locations[0];
      problems.push({
        track: tagTrack.name,
        message: `tag ${onTag} does not match track ${tagTrack.name}'s version ${tagReading.version} (tag template ${tagTrack.tag}): bump the version before tagging`,
        location: { file: first.spec.file, line: first.occurrences[0].line },
      });
    }
  }

  const previous = new Map<string, string>();
  let watched = 0;
  if (baseRef && config.tracks.some((t) => t.watch.length)) {
    const git = new Git(workspace);
    const base = await git.tryExec(['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]);
    if (!base) throw invalidInput('base-ref', baseRef, 'a commit present in the checkout (actions/checkout with fetch-depth: 0, or git fetch origin main)');
    const mergeBase = (await git.tryExec(['merge-base', base, 'HEAD'])) ?? base;
    const top = await git.topLevel();
    const tracked = await git.exec(['diff', '--name-only', '--no-renames', mergeBase]);
    const untracked = await git.exec(['ls-files', '--others', '--exclude-standard', '--full-name']);
    const changed = [...new Set([tracked, untracked].join('\n').split('\n').filter(Boolean))].map((p) => path.relative(workspace, path.join(top, p)));
    const baseRead = revisionReader(workspace, mergeBase);
    for (const track of config.tracks) {
      if (!track.watch.length) continue;
      const matches = picomatch(track.watch, { dot: true });
      const hits = changed.filter((file) => matches(file));
      const reading = readings.get(track.name);
      if (!hits.length || !reading) continue;
      watched++;
      const { reading: before } = await inspectTrack(track, baseRead);
      if (!before) continue; // the track is new since the base: nothing to compare with
      previous.set(track.name, before.version);
      if (!isGreater(reading.version, before.version)) {
        const first = reading.locations[0];
        problems.push({
          track: track.name,
          message: `track '${track.name}': ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ', …' : ''} changed since ${baseRef} but the version is still ${reading.version} (base ${before.version}); bump it (release-kit bump --${track.name}=patch)`,
          location: { file: first.spec.file, line: first.occurrences[0].line },
        });
      }
    }
  }
  return { problems, previous, current, watched };
}
