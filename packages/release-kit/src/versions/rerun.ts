// Recognising a bump that an earlier run of the same request already made, so a rerun changes nothing.
import { UserError } from '../plumbing/errors.js';
import type { GitState, TakenTag } from '../git/release.js';
import type { VersionsConfig } from './config.js';
import { nextVersions, releaseMessage, type BumpSpec } from './bump.js';
import { revisionReader, tryReadAllTracks, versionsOf } from './files.js';

/** A bump found already done: the versions before and after it, and whether it was committed. */
export interface Rerun {
  previous: Map<string, string>;
  current: Map<string, string>;
  message: string;
  tag: string;
  tagMessage: string;
  committed: boolean;
  /** The release commit when committed: HEAD, or one below a merge (unpushedRelease). */
  commit?: string;
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
    return { previous, current: new Map(current), message: '', tag: '', tagMessage: '', committed: false };
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
  const { message, tag, tagMessage } = releaseMessage(config, spec, next!);
  if (!(await isReleaseCommit(state, 'HEAD', message, tag))) return undefined;
  return { previous, current: new Map(current), message, tag, tagMessage, committed: true, commit: state.head };
}

/** Whether `commit` is the release commit of `message` and `tag`: that message, or the tag already on it. */
async function isReleaseCommit(state: GitState, commit: string, message: string, tag: string): Promise<boolean> {
  const actual = await state.git.exec(['log', '-1', '--format=%B', commit]);
  if (actual.replace(/\n+$/, '') === message.replace(/\n+$/, '')) return true;
  const sha = await state.git.exec(['rev-parse', `${commit}^{commit}`]);
  return !!tag && (await state.git.localTagCommit(tag)) === sha;
}

/**
 * The release commit of this very bump, made by an earlier run whose push was refused and left below
 * a merge: the branch moved on the remote and the user ran a merging `git pull`. It is the newest
 * commit of HEAD's history that is neither on the remote's `branch` nor a merge (so nothing of the
 * user's own sits on top of it), it is this request's bump of its parent's versions, and HEAD and the
 * working tree still hold its versions. Then the bump is done: it only needs its tag and a push;
 * bumping again would skip that release and leave its tag behind. Undefined when the remote cannot
 * be asked, or its branch tip is not in this clone (a fetch would be needed to tell).
 */
export async function unpushedRelease(
  state: GitState,
  workspace: string,
  config: VersionsConfig,
  current: ReadonlyMap<string, string>,
  spec: BumpSpec,
  remote: { name: string; branch: string; netEnv: Record<string, string> },
): Promise<Rerun | undefined> {
  const { git } = state;
  if (!(await git.tryExec(['remote', 'get-url', remote.name]))) return undefined;
  let remoteHead: string;
  try {
    remoteHead = (await git.lsRemote(remote.name, '--heads', [`refs/heads/${remote.branch}`], remote.netEnv)).split(
      '\t',
    )[0];
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
  if (remoteHead && !(await git.tryExec(['rev-parse', '--verify', '--quiet', `${remoteHead}^{commit}`])))
    return undefined;
  const candidate = await git.exec([
    'rev-list',
    '--no-merges',
    '--max-count=1',
    'HEAD',
    ...(remoteHead ? ['--not', remoteHead] : []),
  ]);
  if (!candidate || candidate === state.head) return undefined; // HEAD itself: detectRerun's case
  const parent = await git.tryExec(['rev-parse', '--verify', '--quiet', `${candidate}^1`]);
  if (!parent) return undefined;
  const [base, there, atHead] = await Promise.all(
    [parent, candidate, 'HEAD'].map((rev) => tryReadAllTracks(config.tracks, revisionReader(workspace, rev))),
  );
  if (!base || !there || !atHead) return undefined;
  const previous = versionsOf(base);
  const next = nextVersions(previous, spec);
  const holds = (versions: ReadonlyMap<string, string>) => !!next && [...versions].every(([t, v]) => next.get(t) === v);
  if (!holds(versionsOf(there)) || !holds(versionsOf(atHead)) || !holds(current)) return undefined;
  const { message, tag, tagMessage } = releaseMessage(config, spec, next!);
  if (!(await isReleaseCommit(state, candidate, message, tag))) return undefined;
  return { previous, current: new Map(current), message, tag, tagMessage, committed: true, commit: candidate };
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
