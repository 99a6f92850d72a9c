// Git for a release: the repository to commit in, the commit identity, tags here and on the remote, the push.
import { UserError, invalidInput } from '../plumbing/errors.js';
import { ExecError } from '../plumbing/exec.js';
import { Git } from './git.js';

/** Who commits when the checkout has no identity (a fresh runner has none). */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

/** A repository with at least one commit, as found before the release changes anything. */
export interface GitState {
  git: Git;
  head: string;
  /** The checked-out branch; null when HEAD is detached. */
  branch: string | null;
}

/** Where a tag already points, and where it was found (`locally` or `on <remote>`). */
export interface TakenTag {
  commit: string;
  where: string;
}

/** The repository `workspace` is in, or undefined when it is not inside one with a commit. */
export async function gitPreflight(workspace: string): Promise<GitState | undefined> {
  const git = new Git(workspace);
  const inside = await git.tryExec(['rev-parse', '--is-inside-work-tree']);
  if (inside !== 'true') return undefined;
  const head = await git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!head) return undefined;
  return { git, head, branch: await git.currentBranch() };
}

/** The environment git's network commands run with, and the values derived from the token that must be masked. */
export interface GitNetwork {
  env: Record<string, string>;
  /** The base64 credential in the Authorization header: the runner masks the token, not its encodings. */
  secrets: string[];
}

/**
 * git configuration passed through the environment, so a token is never on a command line.
 * Without a token only prompts are turned off, and the checkout's own credentials apply. The token
 * goes as HTTP basic auth with `username`: GitHub takes any (x-access-token by convention), GitLab
 * needs gitlab-ci-token for a CI_JOB_TOKEN and takes any for access tokens.
 */
export function gitNetworkEnv(token: string | undefined, serverUrl: string, username = 'x-access-token'): GitNetwork {
  const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0' };
  if (!token) return { env, secrets: [] };
  const key = `http.${serverUrl}/.extraheader`;
  const credential = Buffer.from(`${username}:${token}`).toString('base64');
  const header = `AUTHORIZATION: basic ${credential}`;
  // The empty value first resets any header actions/checkout persisted, so only one is sent.
  return {
    env: {
      ...env,
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: key,
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: key,
      GIT_CONFIG_VALUE_1: header,
    },
    secrets: [credential],
  };
}

/**
 * `-c user.name=… -c user.email=…` for whichever of the two git config does not set. GIT_AUTHOR_* and
 * GIT_COMMITTER_* in the environment still win: git ranks them above any configuration, `-c` included.
 */
export async function commitIdentityArgs(git: Git): Promise<string[]> {
  const name = await git.tryExec(['config', 'user.name']);
  const email = await git.tryExec(['config', 'user.email']);
  const args: string[] = [];
  if (!name) args.push('-c', `user.name=${BOT_NAME}`);
  if (!email) args.push('-c', `user.email=${BOT_EMAIL}`);
  return args;
}

/** The branch a release commit is pushed to: the checked-out one, else the workflow's branch ref. */
export function pushBranch(state: GitState, workflowRef: string): string | undefined {
  if (state.branch) return state.branch;
  return workflowRef.startsWith('refs/heads/') ? workflowRef.slice('refs/heads/'.length) : undefined;
}

/**
 * Where `tag` points on `remote`, or null when it is not there. With `mustReach` (a push follows, which
 * needs the remote anyway) an unreachable remote is the UserError lsRemote raises. Without it the
 * question is best effort: no such remote, or one that cannot be reached, counts as no tag there, and
 * `onUnreachable` hears why; the local tag and a later push still refuse to reuse a tag.
 */
export async function remoteTagBestEffort(
  git: Git,
  remote: string,
  tag: string,
  options: { mustReach: boolean; netEnv: Record<string, string>; onUnreachable?: (reason: string) => void },
): Promise<string | null> {
  return (await remoteTagAnswer(git, remote, tag, options)).commit;
}

/** remoteTagBestEffort, and whether the remote answered at all (it exists and was reached). */
async function remoteTagAnswer(
  git: Git,
  remote: string,
  tag: string,
  options: { mustReach: boolean; netEnv: Record<string, string>; onUnreachable?: (reason: string) => void },
): Promise<{ commit: string | null; answered: boolean }> {
  if (!(await git.tryExec(['remote', 'get-url', remote]))) return { commit: null, answered: false };
  try {
    return { commit: await git.remoteTagCommit(remote, tag, options.netEnv), answered: true };
  } catch (error) {
    if (options.mustReach || !(error instanceof UserError)) throw error;
    options.onUnreachable?.(error.message);
    return { commit: null, answered: false };
  }
}

/**
 * Where `tag` already exists: locally, else on `remote`. The remote is asked whenever tagging, so a tag
 * made elsewhere is found before a local one is created; only a push (`push`) requires reaching it.
 */
export async function findTag(
  git: Git,
  remote: string,
  tag: string,
  options: { push: boolean; netEnv: Record<string, string>; onUnreachable?: (reason: string) => void },
): Promise<TakenTag | undefined> {
  const local = await git.localTagCommit(tag);
  if (local) return { commit: local, where: 'locally' };
  const commit = await remoteTagBestEffort(git, remote, tag, {
    mustReach: options.push,
    netEnv: options.netEnv,
    onUnreachable: options.onUnreachable,
  });
  return commit ? { commit, where: `on ${remote}` } : undefined;
}

/**
 * Whether `tag` was never pushed: `remote` exists, answered, and lacks it. An unreachable or missing
 * remote cannot say, and counts as pushed (the safe answer: nothing offers to delete or move the tag).
 */
export async function tagNeverPushed(
  git: Git,
  remote: string,
  tag: string,
  netEnv: Record<string, string>,
  onUnreachable?: (reason: string) => void,
): Promise<boolean> {
  const { commit, answered } = await remoteTagAnswer(git, remote, tag, { mustReach: false, netEnv, onUnreachable });
  return answered && commit === null;
}

/**
 * The refusal for a tag that exists at another commit than HEAD. A tag only local (never pushed: not
 * on the remote that was asked) may be deleted safely, so the message gives the command.
 */
export function takenTagError(
  tag: string,
  taken: TakenTag,
  head: string,
  options: { pushed: boolean; remote: string },
): UserError {
  const way = options.pushed
    ? 'bump to a version whose tag is free'
    : `it is not on ${options.remote}, so if it is a leftover, delete it with \`git tag -d ${tag}\` and rerun`;
  return new UserError(
    `tag ${tag} already exists ${taken.where} at ${taken.commit}, and HEAD is ${head}: release-kit never moves or reuses a tag; ${way}`,
    {
      input: 'tag',
      value: tag,
      valid: options.pushed ? 'a bump whose tag is not taken' : `a tag that is free (git tag -d ${tag})`,
    },
  );
}

/**
 * Whether commits `a` and `b` are the same release commit, one rebased from the other: the same
 * message and the same change. The change is compared as git patch-id does (the diff without its
 * blob ids and hunk positions), written out here because patch-id reads the diff from stdin.
 */
export async function sameRelease(git: Git, a: string, b: string): Promise<boolean> {
  const message = (commit: string) => git.exec(['log', '-1', '--format=%B', commit]);
  if ((await message(a)) !== (await message(b))) return false;
  const change = async (commit: string) => {
    const diff = await git.tryExec([
      'diff-tree',
      '-p',
      '-U0',
      '--no-color',
      '--no-renames',
      '--no-commit-id',
      `${commit}^1`,
      commit,
    ]);
    return diff
      ?.split('\n')
      .filter((line) => !/^(index |@@ )/.test(line))
      .join('\n');
  };
  const [changeA, changeB] = [await change(a), await change(b)];
  return changeA !== undefined && changeA === changeB;
}

/**
 * Stage `paths`, commit them with `message` and, when `tag` is set, tag the commit (annotated, with
 * `tagMessage`); returns the commit. A refused commit (usually a hook) calls `restore` first,
 * unstages, and becomes a UserError.
 */
export async function commitRelease(
  git: Git,
  paths: readonly string[],
  message: string,
  tag: string,
  tagMessage: string,
  restore: () => Promise<void>,
): Promise<string> {
  const identity = await commitIdentityArgs(git);
  try {
    await git.exec(['add', '--', ...paths]);
    await git.exec([...identity, 'commit', '--quiet', '--cleanup=verbatim', '-m', message, '--', ...paths]);
  } catch (error) {
    await restore();
    await git.tryExec(['reset', '--quiet', '--', ...paths]);
    if (!(error instanceof ExecError)) throw error;
    // Usually a repository hook refusing the commit: the user's to fix; the files are as they were.
    const reason =
      error.result.stderr.trim().split('\n').pop() ||
      error.result.stdout.trim().split('\n').pop() ||
      `exit ${error.result.exitCode}`;
    throw new UserError(`git commit failed (${reason}); the version files were put back as they were`, {
      input: 'commit',
      value: 'true',
    });
  }
  const commit = await git.head();
  if (tag) await createTag(git, tag, tagMessage, commit);
  return commit;
}

/** An annotated tag `tag` at `commit` with `message` (`--force`: moving a tag never pushed). */
async function createTag(git: Git, tag: string, message: string, commit: string, force = false): Promise<void> {
  const identity = await commitIdentityArgs(git);
  await git.exec([
    ...identity,
    'tag',
    '--annotate',
    ...(force ? ['--force'] : []),
    '--cleanup=verbatim',
    '-m',
    message || tag,
    '--',
    tag,
    commit,
  ]);
}

/**
 * Why a push was refused, from git's stderr: the remote's own words (the `remote:` lines a
 * pre-receive hook or a branch protection prints) and each ref's reason (`non-fast-forward`,
 * `pre-receive hook declined`), on one line; and whether the branch moved on the remote.
 */
export function pushRefusal(stderr: string): { reason: string; behind: boolean } {
  const lines = stderr.split(/\r?\n/);
  const remote = lines
    .filter((l) => l.startsWith('remote:'))
    .map((l) => l.slice('remote:'.length).trim())
    .filter((l) => l !== '');
  const refs = [
    ...new Set(lines.map((l) => /^\s*!\s*\[[^\]]+\]\s+\S+ -> \S+ \((.+)\)\s*$/.exec(l)?.[1]).filter((r) => r)),
  ];
  const rest = refs.length || remote.length ? [] : lines.filter((l) => /^(error|fatal): /.test(l)).slice(-1);
  const reason = [...remote, ...refs, ...rest].join('; ') || 'no reason given';
  return { reason, behind: /non-fast-forward|fetch first/.test(refs.join(' ')) };
}

/** Push `commit` to `branch` and the tag (if any) in one atomic push; a failure says how a rerun recovers. */
export async function pushRelease(
  git: Git,
  remote: string,
  branch: string,
  tag: string,
  netEnv: Record<string, string>,
  commit: string,
): Promise<void> {
  const refs = [`${commit}:refs/heads/${branch}`, ...(tag ? [`refs/tags/${tag}`] : [])];
  try {
    await git.exec(['push', '--quiet', '--atomic', remote, ...refs], netEnv);
  } catch (error) {
    if (!(error instanceof ExecError)) throw error;
    const { reason, behind } = pushRefusal(error.result.stderr);
    const held = `the release commit${tag ? ` and tag ${tag}` : ''} exist locally`;
    // Behind: a rebase puts the release commit on top; the rerun recognises it (and moves an unpushed tag along).
    const way = behind
      ? `${branch} moved on ${remote}: run \`git pull --rebase ${remote} ${branch}\`, then rerun the same bump to push them (it bumps nothing again)`
      : 'rerun the same bump to push them once the remote accepts them';
    throw new UserError(`pushing ${refs.join(' and ')} to ${remote} was refused (${reason}); ${held}: ${way}`, {
      input: 'push',
      value: 'true',
      summary: `## bump-version: push failed\n\n${remote} refused the push: ${reason}\n\nThe release commit \`${commit}\`${tag ? ` and tag \`${tag}\`` : ''} exist locally but are not on ${remote}. ${behind ? `\`${branch}\` moved on ${remote}: run \`git pull --rebase ${remote} ${branch}\`, then rerun the same bump; it pushes this release and bumps nothing again.` : 'Rerunning the same bump pushes them.'}\n`,
    });
  }
}

/**
 * Finish a release that a previous run committed: create the tag at the release commit if it is
 * missing, and push the branch (HEAD) and the tag if the remote lacks them, never moving a pushed tag.
 * The release commit is HEAD, or (`release`) one in HEAD's history below a merge. Returns a note per
 * action taken.
 */
export async function completeRelease(
  state: GitState,
  remote: string,
  tag: string,
  tagMessage: string,
  options: {
    push: boolean;
    workflowRef: string;
    netEnv: Record<string, string>;
    onUnreachable?: (reason: string) => void;
    release?: string;
  },
): Promise<string[]> {
  const { git, head } = state;
  const release = options.release ?? head;
  const what = release === head ? 'HEAD' : `the release commit ${release}`;
  const notes: string[] = [];
  if (tag) {
    let local = await git.localTagCommit(tag);
    const { commit: remoteCommit, answered } = await remoteTagAnswer(git, remote, tag, {
      mustReach: options.push,
      netEnv: options.netEnv,
      onUnreachable: options.onUnreachable,
    });
    if (remoteCommit && remoteCommit !== release) {
      throw new UserError(
        `tag ${tag} already exists on ${remote} at ${remoteCommit}, and ${release === head ? `HEAD is ${head}` : `the release commit is ${release}`}: release-kit never moves or reuses a pushed tag`,
        { input: 'tag', value: tag },
      );
    }
    if (local && local !== release) {
      // After a failed push and a pull --rebase, the never-pushed tag still marks the release commit
      // as it was before the rebase. When that is this very release (ours), it follows the rebase.
      // The remote was asked just above: a tag it answered it lacks was never pushed.
      const neverPushed = answered && !remoteCommit;
      if (neverPushed && (await sameRelease(git, local, release))) {
        await createTag(git, tag, tagMessage, release, true);
        notes.push(`moved the unpushed tag ${tag} from ${local} (the release commit before a rebase) to ${what}`);
        local = release;
      } else {
        throw takenTagError(tag, { commit: local, where: 'locally' }, release, { pushed: !neverPushed, remote });
      }
    }
    if (!local) {
      await createTag(git, tag, tagMessage, release);
      notes.push(`created the missing tag ${tag} at ${what}`);
    }
  }
  if (options.push) {
    const branch = pushBranch(state, options.workflowRef);
    if (!branch)
      throw invalidInput(
        'push',
        'true',
        'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)',
      );
    const remoteHead = await git.lsRemote(remote, '--heads', [`refs/heads/${branch}`], options.netEnv);
    const remoteTag = tag ? await git.remoteTagCommit(remote, tag, options.netEnv) : release;
    if (!remoteHead.startsWith(head) || remoteTag !== release) {
      await pushRelease(git, remote, branch, tag, options.netEnv, head);
      notes.push(
        release === head
          ? `pushed the release to ${remote}/${branch}`
          : `pushed the release commit ${release}${tag ? ` and its tag ${tag}` : ''} with HEAD to ${remote}/${branch}`,
      );
    }
  }
  return notes;
}
