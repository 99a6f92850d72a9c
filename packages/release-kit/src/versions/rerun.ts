// Recognising a bump that an earlier run of the same request already made, so a rerun changes nothing.
import type { GitState, TakenTag } from '../git/release.js';
import type { VersionsConfig } from './config.js';
import { nextVersions, releaseMessage, type BumpSpec } from './bump.js';
import { revisionReader, tryReadAllTracks, versionsOf } from './files.js';

/** A bump found already done: the versions before and after it, and whether it was committed (at HEAD). */
export interface Rerun {
  previous: Map<string, string>;
  current: Map<string, string>;
  message: string;
  tag: string;
  committed: boolean;
}

/**
 * Is the requested bump already done? The test is on versions, not on whole files, so a release commit
 * that also holds other changes (a prepared CHANGELOG.md, Chart.yaml's release-notes annotation) is
 * still recognised. Committed: HEAD holds exactly the bump of its parent's versions, and is that
 * release's commit (the same message, or the planned tag already pointing at it). Uncommitted
 * (commit: false): the working tree already holds the bump of HEAD's versions. `clean`: nothing
 * outside the release's files is dirty, or the user allowed it.
 */
export async function detectRerun(
  state: GitState,
  workspace: string,
  config: VersionsConfig,
  current: ReadonlyMap<string, string>,
  spec: BumpSpec,
  options: { commit: boolean; clean: boolean },
): Promise<Rerun | undefined> {
  const holds = (next: ReadonlyMap<string, string> | undefined, versions: ReadonlyMap<string, string>) =>
    !!next && [...versions].every(([t, v]) => next.get(t) === v);
  if (!options.commit) {
    const base = await tryReadAllTracks(config.tracks, revisionReader(workspace, 'HEAD'));
    if (!base) return undefined;
    const previous = versionsOf(base);
    if (!holds(nextVersions(previous, spec), current)) return undefined;
    return { previous, current: new Map(current), message: '', tag: '', committed: false };
  }
  if (!options.clean) return undefined;
  const parent = await state.git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^1']);
  if (!parent) return undefined;
  const base = await tryReadAllTracks(config.tracks, revisionReader(workspace, parent));
  const atHead = await tryReadAllTracks(config.tracks, revisionReader(workspace, 'HEAD'));
  if (!base || !atHead) return undefined;
  const previous = versionsOf(base);
  const next = nextVersions(previous, spec);
  if (!holds(next, current) || !holds(next, versionsOf(atHead))) return undefined;
  const { message, tag } = releaseMessage(config, spec, next!);
  const headMessage = await state.git.exec(['log', '-1', '--format=%B', 'HEAD']);
  const sameMessage = headMessage.replace(/\n+$/, '') === message.replace(/\n+$/, '');
  const taggedHere = !!tag && (await state.git.localTagCommit(tag)) === state.head;
  if (!sameMessage && !taggedHere) return undefined;
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
