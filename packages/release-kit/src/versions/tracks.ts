// Reading every location of a track, checking that they agree, and planning the edits of a bump.
import { UserError, showValue } from '../plumbing/errors.js';
import type { FileLocation } from '../plumbing/errors.js';
import type { VersionLocationSpec, VersionTrack } from './config.js';
import {
  describeInFile,
  findOccurrences,
  patternOccurrences,
  spliceVersions,
  type VersionOccurrence,
} from './locations.js';
import { isStrictSemver } from './semver.js';

/** Returns a file's text (path relative to the workspace), or null when it does not exist. */
export type FileReader = (file: string) => Promise<string | null>;

export interface LocationReading {
  spec: VersionLocationSpec;
  occurrences: VersionOccurrence[];
}

/** A track whose locations all hold `version`. */
export interface TrackReading {
  track: VersionTrack;
  version: string;
  locations: LocationReading[];
}

/** One thing wrong with a track, on the file and line at fault. */
export interface TrackProblem {
  track: string;
  message: string;
  location: FileLocation;
}

/**
 * Read every location of `track` and check that each holds the same strict SemVer version.
 * Returns the reading, or the problems (missing file or key, non-SemVer value, disagreement).
 */
export async function inspectTrack(
  track: VersionTrack,
  read: FileReader,
): Promise<{ reading?: TrackReading; problems: TrackProblem[] }> {
  const problems: TrackProblem[] = [];
  const locations: LocationReading[] = [];
  for (const spec of track.files) {
    const text = await read(spec.file);
    // A file a glob matched in the working tree may not exist at an older revision, and with a
    // pattern, a matched file may not hold the version at all: neither is a location then.
    if (spec.glob && (text === null || (spec.pattern !== undefined && !patternOccurrences(spec, text).length)))
      continue;
    if (text === null) {
      problems.push({
        track: track.name,
        message: `track '${track.name}': no such file (named in the tracks file)`,
        location: { file: spec.file },
      });
      continue;
    }
    try {
      locations.push({ spec, occurrences: findOccurrences(spec, text) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push({
        track: track.name,
        message: `track '${track.name}': ${error.message}`,
        location: error.location ?? { file: spec.file },
      });
    }
  }
  for (const glob of new Set(track.files.map((f) => f.glob).filter((g) => g !== undefined))) {
    if (locations.some((l) => l.spec.glob === glob) || problems.some((p) => p.track === track.name)) continue;
    const spec = track.files.find((f) => f.glob === glob)!;
    problems.push({
      track: track.name,
      message: `track '${track.name}': no file that the glob ${showValue(glob)} matches holds ${describeInFile(spec)}`,
      location: { file: spec.file },
    });
  }
  for (const { spec, occurrences } of locations) {
    for (const o of occurrences) {
      if (!isStrictSemver(o.value)) {
        problems.push({
          track: track.name,
          message: `track '${track.name}': ${describeInFile(spec)} holds ${showValue(o.value)}, which is not a SemVer version (expected x.y.z, e.g. 1.2.3 or 1.2.3-rc.1)`,
          location: { file: spec.file, line: o.line },
        });
      }
    }
  }
  if (problems.length) return { problems };

  const values = new Set(locations.flatMap((l) => l.occurrences.map((o) => o.value)));
  if (values.size > 1) {
    const listing = locations.flatMap((l) =>
      l.occurrences.map((o) => `${l.spec.file}:${o.line} (${l.spec.key ?? 'pattern'}) = ${o.value}`),
    );
    const first = locations[0].occurrences[0].value;
    const odd = locations.flatMap((l) => l.occurrences.map((o) => ({ l, o }))).find(({ o }) => o.value !== first)!;
    return {
      problems: [
        {
          track: track.name,
          message: `track '${track.name}' is out of sync: ${listing.join('; ')}. Make every location hold the same version first`,
          location: { file: odd.l.spec.file, line: odd.o.line },
        },
      ],
    };
  }
  return { reading: { track, version: [...values][0], locations }, problems };
}

/** Like inspectTrack, but the first problem is thrown as a UserError whose message lists them all. */
export async function readTrack(track: VersionTrack, read: FileReader): Promise<TrackReading> {
  const { reading, problems } = await inspectTrack(track, read);
  if (reading) return reading;
  // The first problem's file and line are the error's location; the others name their own.
  const listed = problems.map((p, i) =>
    i === 0 ? p.message : `${p.location.file}${p.location.line ? `:${p.location.line}` : ''}: ${p.message}`,
  );
  throw new UserError(listed.join(' | '), {
    input: 'config',
    value: track.name,
    location: problems[0].location,
  });
}

/** One file a bump rewrites: its text before and after. */
export interface PlannedEdit {
  file: string;
  before: string;
  after: string;
}

/**
 * The new content of every file touched by giving each track in `next` its new version. Several
 * tracks may share a file (a Chart.yaml holds both `version` and `appVersion`). Unchanged files are
 * left out. `read` must return the same text the readings were made from.
 */
export async function planEdits(
  readings: readonly TrackReading[],
  next: ReadonlyMap<string, string>,
  read: FileReader,
): Promise<PlannedEdit[]> {
  const perFile = new Map<string, { occurrence: VersionOccurrence; version: string }[]>();
  for (const reading of readings) {
    const version = next.get(reading.track.name);
    if (version === undefined || version === reading.version) continue;
    for (const location of reading.locations) {
      const edits = perFile.get(location.spec.file) ?? [];
      for (const occurrence of location.occurrences) {
        const clash = edits.find((e) => e.occurrence.start < occurrence.end && occurrence.start < e.occurrence.end);
        if (clash && (clash.occurrence.start !== occurrence.start || clash.version !== version)) {
          throw new UserError('two tracks claim the same version text; give each track its own location', {
            input: 'config',
            value: location.spec.file,
            location: { file: location.spec.file, line: occurrence.line },
          });
        }
        if (!clash) edits.push({ occurrence, version });
      }
      perFile.set(location.spec.file, edits);
    }
  }
  const plan: PlannedEdit[] = [];
  for (const [file, edits] of perFile) {
    const before = await read(file);
    if (before === null) throw new Error(`${file} vanished while planning the bump`);
    const after = spliceVersions(before, edits);
    if (after !== before) plan.push({ file, before, after });
  }
  return plan;
}

/**
 * Re-read the planned content and confirm that each bumped track now reads as its new version
 * everywhere: a guard against an edit that landed anywhere but on the version scalar.
 */
export async function verifyPlan(
  readings: readonly TrackReading[],
  next: ReadonlyMap<string, string>,
  plan: readonly PlannedEdit[],
  read: FileReader,
): Promise<void> {
  const planned = new Map(plan.map((p) => [p.file, p.after]));
  const readPlanned: FileReader = async (file) => planned.get(file) ?? read(file);
  for (const reading of readings) {
    const expected = next.get(reading.track.name) ?? reading.version;
    const { reading: again, problems } = await inspectTrack(reading.track, readPlanned);
    if (again?.version === expected) continue;
    // Usually a pattern too narrow for the new version (x.y.z only, but the bump made a prerelease).
    const where = problems[0]?.location ?? { file: reading.locations[0].spec.file };
    throw new UserError(
      `track '${reading.track.name}' would not read back as ${expected} after the bump (${problems[0]?.message ?? `it reads ${again?.version}`}); widen the location's pattern to match ${expected}`,
      { input: 'config', value: reading.track.name, location: where },
    );
  }
}
