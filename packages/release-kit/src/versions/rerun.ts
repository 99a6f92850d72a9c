// Recognising a bump that an earlier run of the same request already made, so a rerun changes nothing.
import path from 'node:path';
import type { GitState, TakenTag } from '../git/release.js';
import type { VersionsConfig } from './config.js';
import { nextVersions, releaseMessage, type BumpSpec } from './bump.js';
import { revisionReader, tryReadAllTracks, versionsOf, workingTreeReader } from './files.js';
import { planEdits, type FileReader, type TrackReading } from './tracks.js';

/** A bump found already done: the versions before and after it, and whether it was committed (at HEAD). */
export interface Rerun {
  previous: Map<string, string>;
  current: Map<string, string>;
  message: string;
  tag: string;
  committed: boolean;
}

/**
 * Is the requested bump already done? Committed: HEAD is exactly that bump of its parent, with the
 * same message. Uncommitted (commit: false): the only changes in the tree are exactly that bump of HEAD.
 * `dirtyPaths` are the working tree's changed paths, relative to the repository's top level.
 */
export async function detectRerun(
  state: GitState,
  workspace: string,
  config: VersionsConfig,
  current: ReadonlyMap<string, string>,
  spec: BumpSpec,
  options: { commit: boolean; allowDirty: boolean; dirtyPaths: readonly string[] },
): Promise<Rerun | undefined> {
  const { dirtyPaths } = options;
  const sameAsCurrent = (next: ReadonlyMap<string, string> | undefined) => !!next && [...current].every(([t, v]) => next.get(t) === v);
  const replays = async (base: FileReader, target: FileReader, baseReadings: Map<string, TrackReading>, next: Map<string, string>) => {
    const plan = await planEdits([...baseReadings.values()], next, base);
    if (plan.length === 0) return false;
    for (const edit of plan) if ((await target(edit.file)) !== edit.after) return false;
    return true;
  };
  if (!options.commit) {
    if (dirtyPaths.length === 0) return undefined;
    const headRead = revisionReader(workspace, 'HEAD');
    const base = await tryReadAllTracks(config.tracks, headRead);
    if (!base) return undefined;
    const next = nextVersions(versionsOf(base), spec);
    if (!sameAsCurrent(next)) return undefined;
    const plan = await planEdits([...base.values()], next!, headRead);
    const planned = new Set(plan.map((p) => path.normalize(p.file)));
    const top = await state.git.topLevel();
    const dirtyRel = dirtyPaths.map((p) => path.relative(workspace, path.join(top, p)));
    if (!dirtyRel.every((p) => planned.has(path.normalize(p)))) return undefined;
    if (!(await replays(headRead, workingTreeReader(workspace), base, next!))) return undefined;
    return { previous: versionsOf(base), current: new Map(current), message: '', tag: '', committed: false };
  }
  if (dirtyPaths.length && !options.allowDirty) return undefined;
  const parent = await state.git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^1']);
  if (!parent) return undefined;
  const parentRead = revisionReader(workspace, parent);
  const base = await tryReadAllTracks(config.tracks, parentRead);
  if (!base) return undefined;
  const previous = versionsOf(base);
  const next = nextVersions(previous, spec);
  if (!sameAsCurrent(next)) return undefined;
  const { message, tag } = releaseMessage(config, spec, next!);
  const headMessage = await state.git.exec(['log', '-1', '--format=%B', 'HEAD']);
  if (headMessage.replace(/\n+$/, '') !== message.replace(/\n+$/, '')) return undefined;
  if (!(await replays(parentRead, revisionReader(workspace, 'HEAD'), base, next!))) return undefined;
  return { previous, current: new Map(current), message, tag, committed: true };
}

/**
 * A GitHub re-run checks out the original commit again; if `tag` already marks a release commit
 * whose parent is this HEAD and which holds exactly the versions `next`, the job already ran.
 * Returns that commit. A tag found only on `remote` is fetched first (`fromRemote`: we may ask it).
 */
export async function releasedOnTopOfHead(
  state: GitState,
  workspace: string,
  config: VersionsConfig,
  tag: string,
  taken: TakenTag,
  next: ReadonlyMap<string, string>,
  remote: { name: string; fromRemote: boolean; netEnv: Record<string, string> },
): Promise<string | undefined> {
  if (taken.where !== 'locally' && remote.fromRemote) {
    try {
      await state.git.exec(['fetch', '--quiet', '--no-tags', remote.name, `refs/tags/${tag}`], remote.netEnv);
    } catch {
      return undefined; // cannot look at the tagged commit: treat the tag as taken
    }
  }
  const commit = taken.commit;
  const parent = await state.git.tryExec(['rev-parse', '--verify', '--quiet', `${commit}^1`]);
  if (parent !== state.head) return undefined;
  const there = await tryReadAllTracks(config.tracks, revisionReader(workspace, commit));
  if (!there) return undefined;
  return [...there].every(([name, r]) => r.version === next.get(name)) ? commit : undefined;
}
