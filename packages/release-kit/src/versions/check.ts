// The check mode's verdict: every track in sync, every track whose watched files changed since a base bumped,
// and, on a tag, the tag track's version rendering to that very tag.
import path from 'node:path';
import { Git } from '../git/git.js';
import { invalidInput } from '../plumbing/errors.js';
import { renderTag, type VersionTrack, type VersionsConfig } from './config.js';
import { revisionReader, workingTreeReader, workspaceGlob } from './files.js';
import { isGreater } from './semver.js';
import { inspectTrack, type TrackProblem, type TrackReading } from './tracks.js';

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
 * With `staged` (a pre-commit hook), the commit being made is checked instead: the versions are read
 * from the index, and a watched file staged since HEAD needs a greater version than HEAD's; unstaged
 * and untracked changes are not part of that commit and are ignored.
 */
export async function checkTracks(
  workspace: string,
  config: VersionsConfig,
  baseRef: string | undefined,
  onTag?: string,
  options: { staged?: boolean } = {},
): Promise<TrackCheck> {
  // The empty revision makes `git show :./file`: the file as staged.
  const read = options.staged ? revisionReader(workspace, '') : workingTreeReader(workspace);
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
  const git = new Git(workspace);
  const head = options.staged ? await git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']) : null;
  if ((baseRef || head) && config.tracks.some((t) => t.watch.length || t.implies.length || t.required)) {
    let mergeBase: string;
    // Read with -z: without it git quotes a name with non-ASCII characters or a newline, and no glob matches it.
    let changedNames: string[];
    if (head) {
      mergeBase = head;
      changedNames = await git.paths(['diff', '-z', '--cached', '--name-only', '--no-renames', head]);
    } else {
      const base = await git.tryExec(['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]);
      if (!base)
        throw invalidInput(
          'base-ref',
          baseRef,
          'a commit present in the checkout (actions/checkout with fetch-depth: 0, or git fetch origin main)',
        );
      mergeBase = (await git.tryExec(['merge-base', base, 'HEAD'])) ?? base;
      const tracked = await git.paths(['diff', '-z', '--name-only', '--no-renames', mergeBase]);
      const untracked = await git.paths(['ls-files', '-z', '--others', '--exclude-standard', '--full-name']);
      changedNames = [...tracked, ...untracked];
    }
    const top = await git.topLevel();
    const changed = [...new Set(changedNames)].map((p) => path.relative(workspace, path.join(top, p)));
    const since = head ? 'HEAD (staged)' : baseRef;
    // Each track is read at the base once, for the watch rule and the bump rules alike.
    const baseRead = revisionReader(workspace, mergeBase);
    const baseReadings = new Map<string, Promise<TrackReading | undefined>>();
    const atBase: BaseReading = (track) => {
      let reading = baseReadings.get(track.name);
      if (!reading) baseReadings.set(track.name, (reading = inspectTrack(track, baseRead).then((r) => r.reading)));
      return reading;
    };
    for (const track of config.tracks) {
      if (!track.watch.length) continue;
      const matches = workspaceGlob(track.watch);
      const hits = changed.filter((file) => matches(file));
      const reading = readings.get(track.name);
      if (!hits.length || !reading) continue;
      watched++;
      const before = await atBase(track);
      if (!before) continue; // the track is new since the base: nothing to compare with
      previous.set(track.name, before.version);
      if (!isGreater(reading.version, before.version)) {
        const first = reading.locations[0];
        problems.push({
          track: track.name,
          message: `track '${track.name}': ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ', …' : ''} changed since ${since} but the version is still ${reading.version} (base ${before.version}); bump it (release-kit bump --${track.name}=patch${head ? ' --no-commit, then git add the version files' : ''})`,
          location: { file: first.spec.file, line: first.occurrences[0].line },
        });
      }
    }
    problems.push(...(await bumpRuleProblems(config, readings, atBase, since!)));
  }
  return { problems, previous, current, watched };
}

/** A track's reading at the base of the comparison (undefined when it did not exist there). */
type BaseReading = (track: VersionTrack) => Promise<TrackReading | undefined>;

/**
 * The config's bump rules over what changed since the base: a bumped track's `implies` tracks are
 * bumped too, and when any track is bumped, every `required` one is.
 */
async function bumpRuleProblems(
  config: VersionsConfig,
  readings: ReadonlyMap<string, TrackReading>,
  atBase: BaseReading,
  since: string,
): Promise<TrackProblem[]> {
  const bumped = new Map<string, string>();
  const before = new Map<string, string>();
  for (const track of config.tracks) {
    const reading = readings.get(track.name);
    const base = await atBase(track);
    if (!reading || !base) continue;
    before.set(track.name, base.version);
    if (isGreater(reading.version, base.version)) bumped.set(track.name, `${base.version} → ${reading.version}`);
  }
  const problems: TrackProblem[] = [];
  const missing = (name: string, why: string) => {
    const reading = readings.get(name);
    if (!reading || !before.has(name) || bumped.has(name)) return;
    const first = reading.locations[0];
    problems.push({
      track: name,
      message: `track '${name}' is still ${reading.version} since ${since}, but ${why}; bump it (release-kit bump --${name}=patch)`,
      location: { file: first.spec.file, line: first.occurrences[0].line },
    });
  };
  for (const track of config.tracks) {
    if (!bumped.has(track.name)) continue;
    for (const implied of track.implies)
      missing(implied.track, `'${track.name}' went ${bumped.get(track.name)} and implies it (${config.file})`);
  }
  if (bumped.size) {
    for (const track of config.tracks) {
      if (track.required && !problems.some((p) => p.track === track.name))
        missing(track.name, `${config.file} requires it in every bump (${[...bumped.keys()].join(', ')} bumped)`);
    }
  }
  return problems;
}
