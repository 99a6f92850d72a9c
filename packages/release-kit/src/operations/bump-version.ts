// bump-version: keep version tracks in sync, bump them, commit, tag and push; or check them on a PR.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Git } from '../git/git.js';
import { UserError, invalidInput } from '../plumbing/errors.js';
import { ExecError, run } from '../plumbing/exec.js';
import { resolveInside, writeFileAtomic } from '../plumbing/fs.js';
import type { Inputs } from '../plumbing/inputs.js';
import type { Logger } from '../plumbing/log.js';
import { readEvent, type RunnerContext } from '../runtime/context.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';
import { isValidTagName, parseVersionsConfig, renderTag, type VersionTrack, type VersionsConfig } from '../versions/config.js';
import { checkMessageTemplate, DEFAULT_COMMIT_MESSAGE, renderMessage } from '../versions/message.js';
import { describeBump, isGreater, isValidPreid, nextVersion, parseBumpKind, VALID_BUMP_KINDS, type BumpKind } from '../versions/semver.js';
import { inspectTrack, planEdits, readTrack, verifyPlan, type FileReader, type PlannedEdit, type TrackProblem, type TrackReading } from '../versions/tracks.js';

export const DEFAULT_CONFIG = '.github/release-kit.yml';
const REMOTE = 'origin';
/** Who commits when the checkout has no identity (a fresh runner has none). */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

interface BumpSettings {
  mode: 'bump' | 'check';
  configPath: string;
  bumpLines: string[];
  preid?: string;
  commit: boolean;
  tag: boolean;
  push: boolean;
  messageTemplate: string;
  include: string[];
  baseRef?: string;
  allowDirty: boolean;
  token?: string;
}

/** Every input, parsed and checked before anything else happens. */
function parseSettings(inputs: Inputs): BumpSettings {
  const token = inputs.secret('token');
  const mode = inputs.choice('mode', ['bump', 'check'] as const, 'bump');
  const configPath = inputs.string('config', DEFAULT_CONFIG);
  if (/[\0\r\n]/.test(configPath)) throw invalidInput('config', configPath, 'a path to the tracks file, e.g. .github/release-kit.yml');
  const preid = inputs.optional('preid');
  if (preid !== undefined && !isValidPreid(preid)) throw invalidInput('preid', preid, 'a prerelease identifier such as rc, beta or alpha.1');
  const commit = inputs.boolean('commit', true);
  const tag = inputs.boolean('tag', false);
  const push = inputs.boolean('push', tag);
  const baseRef = inputs.optional('base-ref');
  if (baseRef !== undefined && !/^[A-Za-z0-9._/@^~+-]+$/.test(baseRef)) throw invalidInput('base-ref', baseRef, 'a git ref or commit, e.g. origin/main');
  const include = inputs.lines('include');
  for (const file of include) {
    if (/[\0]/.test(file) || file.startsWith('-')) throw invalidInput('include', file, 'paths inside the workspace, one per line');
  }
  return {
    mode,
    configPath,
    bumpLines: inputs.lines('bump', { commas: true }),
    preid,
    commit,
    tag,
    push,
    messageTemplate: inputs.string('commit-message', DEFAULT_COMMIT_MESSAGE),
    include,
    baseRef,
    allowDirty: inputs.boolean('allow-dirty', false),
    token,
  };
}

/** Read and validate the tracks file, and confirm every file it names stays inside the workspace. */
export async function loadVersionsConfig(workspace: string, configPath: string): Promise<VersionsConfig> {
  const absolute = await resolveInside(workspace, configPath, 'config');
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch {
    throw invalidInput('config', configPath, `an existing tracks file (create ${DEFAULT_CONFIG} with a \`versions:\` map; see docs/version-tracks.md)`);
  }
  const config = parseVersionsConfig(text, configPath);
  for (const track of config.tracks) {
    for (const spec of track.files) {
      try {
        await resolveInside(workspace, spec.file, 'config');
      } catch (error) {
        if (error instanceof UserError) {
          throw new UserError(`${configPath}: track '${track.name}': ${spec.file} is outside the workspace (or a symlink leading out of it)`, {
            input: 'config',
            value: spec.file,
            location: { file: configPath, line: spec.configLine },
          });
        }
        throw error;
      }
    }
  }
  return config;
}

/** `track=kind` lines → the requested bump per track. */
function parseBumpRequest(lines: readonly string[], config: VersionsConfig): Map<string, BumpKind> {
  const names = config.tracks.map((t) => t.name);
  const request = new Map<string, BumpKind>();
  for (const line of lines) {
    const match = /^([a-z][a-z0-9-]*)\s*=\s*(\S+)$/.exec(line);
    if (!match) throw invalidInput('bump', line, `lines of track=kind, tracks: ${names.join(', ')}; kinds: ${VALID_BUMP_KINDS}`);
    const [, track, kindText] = match;
    if (!names.includes(track)) throw invalidInput('bump', line, `a track from ${config.file}: ${names.join(', ')}`);
    const kind = parseBumpKind(kindText);
    if (!kind) throw invalidInput('bump', line, `${track}=KIND with KIND one of ${VALID_BUMP_KINDS}`);
    if (request.has(track)) throw invalidInput('bump', line, `each track once (${track} is given twice)`);
    request.set(track, kind);
  }
  return request;
}

/** Reads files of the working tree (relative to the workspace), caching so that every step sees one text. */
function workingTreeReader(workspace: string): FileReader {
  const cache = new Map<string, string | null>();
  return async (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, await readFile(path.join(workspace, file), 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
        cache.set(file, null);
      }
    }
    return cache.get(file)!;
  };
}

/** Reads files as they are in commit `rev` (paths relative to the workspace), byte for byte. */
function revisionReader(workspace: string, rev: string): FileReader {
  const cache = new Map<string, Promise<string | null>>();
  return (file) => {
    if (!cache.has(file)) {
      cache.set(file, run('git', ['show', `${rev}:./${file}`], { cwd: workspace, allowFailure: true }).then((r) => (r.exitCode === 0 ? r.stdout : null)));
    }
    return cache.get(file)!;
  };
}

/** git configuration passed through the environment, so a token is never on a command line. */
function gitNetworkEnv(token: string | undefined, serverUrl: string): Record<string, string> {
  const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0' };
  if (!token) return env;
  const key = `http.${serverUrl}/.extraheader`;
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  // The empty value first resets any header actions/checkout persisted, so only one is sent.
  return { ...env, GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: key, GIT_CONFIG_VALUE_0: '', GIT_CONFIG_KEY_1: key, GIT_CONFIG_VALUE_1: header };
}

async function readAll(tracks: readonly VersionTrack[], read: FileReader): Promise<Map<string, TrackReading>> {
  const readings = new Map<string, TrackReading>();
  for (const track of tracks) readings.set(track.name, await readTrack(track, read));
  return readings;
}

/** Readings at a revision, or undefined when any location is missing or unreadable there. */
async function tryReadAll(tracks: readonly VersionTrack[], read: FileReader): Promise<Map<string, TrackReading> | undefined> {
  try {
    return await readAll(tracks, read);
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

function versionsOutput(tracks: readonly VersionTrack[], previous: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>) {
  const out: Record<string, { previous: string; current: string }> = {};
  for (const t of tracks) out[t.name] = { previous: previous.get(t.name) ?? current.get(t.name) ?? '', current: current.get(t.name) ?? '' };
  return out;
}

function summaryTable(tracks: readonly VersionTrack[], previous: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>): string {
  const rows = tracks.map((t) => `| ${t.name} | ${previous.get(t.name) ?? ''} | ${current.get(t.name) ?? ''} |`);
  return ['| Track | Previous | Current |', '| --- | --- | --- |', ...rows].join('\n');
}

interface GitState {
  git: Git;
  head: string;
  branch: string | null;
}

async function gitPreflight(workspace: string): Promise<GitState | undefined> {
  const git = new Git(workspace);
  const inside = await git.tryExec(['rev-parse', '--is-inside-work-tree']);
  if (inside !== 'true') return undefined;
  const head = await git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!head) return undefined;
  return { git, head, branch: await git.currentBranch() };
}

async function commitIdentityArgs(git: Git): Promise<string[]> {
  const name = await git.tryExec(['config', 'user.name']);
  const email = await git.tryExec(['config', 'user.email']);
  const args: string[] = [];
  if (!name && !process.env.GIT_COMMITTER_NAME) args.push('-c', `user.name=${BOT_NAME}`);
  if (!email && !process.env.GIT_COMMITTER_EMAIL) args.push('-c', `user.email=${BOT_EMAIL}`);
  return args;
}

/** Write the plan; on any failure put back what was already written so no partial bump remains. */
async function applyPlan(workspace: string, plan: readonly PlannedEdit[]): Promise<void> {
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

async function restorePlan(workspace: string, plan: readonly PlannedEdit[]): Promise<void> {
  for (const edit of plan) await writeFileAtomic(path.join(workspace, edit.file), edit.before);
}

/** The branch a release commit is pushed to: the checked-out one, else the workflow's branch ref. */
function pushBranch(state: GitState, runner: RunnerContext): string | undefined {
  if (state.branch) return state.branch;
  return runner.ref.startsWith('refs/heads/') ? runner.ref.slice('refs/heads/'.length) : undefined;
}

async function bump(settings: BumpSettings, config: VersionsConfig, context: OperationContext): Promise<OperationResult> {
  const { runner, log } = context;
  const workspace = runner.workspace;
  const request = parseBumpRequest(settings.bumpLines, config);
  const names = config.tracks.map((t) => t.name);
  if (request.size === 0) throw invalidInput('bump', '', `one or more lines track=kind, tracks: ${names.join(', ')}`);
  checkMessageTemplate(settings.messageTemplate, names);
  const tagTrack = config.tagTrack;
  if (settings.tag) {
    if (!tagTrack) throw invalidInput('tag', 'true', `false: no track in ${config.file} names a tag (add tag: "v{version}" to one)`);
    if (!request.has(tagTrack.name)) throw invalidInput('tag', 'true', `false, or also bump track '${tagTrack.name}' (it names the tag), e.g. ${tagTrack.name}=patch`);
    if (!settings.commit) throw invalidInput('tag', 'true', 'false when commit is false (a tag needs the release commit)');
  }
  if (settings.push && !settings.commit) throw invalidInput('push', 'true', 'false when commit is false (there is no commit to push)');
  const includes: string[] = [];
  for (const file of settings.include) {
    const absolute = await resolveInside(workspace, file, 'include');
    try {
      await readFile(absolute);
    } catch {
      throw invalidInput('include', file, 'existing files inside the workspace');
    }
    includes.push(path.relative(workspace, absolute));
  }

  const read = workingTreeReader(workspace);
  const readings = await readAll(config.tracks, read);
  const current = new Map([...readings].map(([name, r]) => [name, r.version]));
  const state = await gitPreflight(workspace);
  if (!state && (settings.commit || settings.tag || settings.push)) {
    throw invalidInput('commit', 'true', `false: ${workspace} is not a git repository with a commit (or run the bump inside one)`);
  }

  const nextFrom = (base: ReadonlyMap<string, string>): Map<string, string> | undefined => {
    const next = new Map(base);
    for (const [track, kind] of request) {
      const version = nextVersion(base.get(track)!, kind, settings.preid);
      if (version === undefined) return undefined;
      next.set(track, version);
    }
    return next;
  };
  const messageFor = (next: ReadonlyMap<string, string>): { message: string; tag: string } => {
    const tag = settings.tag && tagTrack ? renderTag(tagTrack.tag!, next.get(tagTrack.name)!) : '';
    const first = tagTrack && request.has(tagTrack.name) ? tagTrack.name : [...request.keys()][0];
    const changes = [...request.keys()].map((t) => `${t} ${next.get(t)}`).join(', ');
    const message = renderMessage(settings.messageTemplate, { version: next.get(first)!, tag, changes, tracks: Object.fromEntries(next) });
    return { message, tag };
  };

  const dirty = state ? await state.git.statusLines() : [];
  const dirtyPaths = dirty.map((line) => line.slice(3).replace(/^.* -> /, ''));

  // A rerun of the same bump finds its own work already done: report it and change nothing.
  const rerun = state ? await detectRerun(state, workspace, config, current, nextFrom, messageFor, settings, dirtyPaths) : undefined;
  if (rerun) return finishRerun(rerun, state!, settings, config, context);

  if (dirty.length && !settings.allowDirty) {
    const shown = dirty.slice(0, 10).map((l) => l.trim()).join(', ');
    throw invalidInput('allow-dirty', 'false', `true, or a clean working tree first (git status --short shows: ${shown}${dirty.length > 10 ? ', …' : ''})`);
  }

  const next = new Map(current);
  for (const [track, kind] of request) {
    const version = nextVersion(current.get(track)!, kind, settings.preid);
    if (version === undefined) {
      throw invalidInput('bump', `${track}=${describeBump(kind, settings.preid)}`, `a bump to a version greater than ${track}'s current ${current.get(track)}`);
    }
    next.set(track, version);
  }
  const { message, tag } = messageFor(next);
  if (tag && !isValidTagName(tag)) throw invalidInput('tag', tag, 'a tag name git accepts');

  const plan = await planEdits([...readings.values()], next, read);
  await verifyPlan([...readings.values()], next, plan, read);
  const changedFiles = plan.map((p) => p.file);

  let branch: string | undefined;
  const netEnv = gitNetworkEnv(settings.token, runner.serverUrl);
  if (state && settings.push) {
    branch = pushBranch(state, runner);
    if (!branch) throw invalidInput('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
    const remoteUrl = await state.git.tryExec(['remote', 'get-url', REMOTE]);
    if (!remoteUrl) throw invalidInput('push', 'true', `false, or add the remote '${REMOTE}'`);
  }
  if (state && tag) {
    const taken = await tagCommits(state.git, tag, settings.push, netEnv);
    if (taken) {
      const redo = await releasedOnTopOfHead(state, workspace, config, tag, taken, next, settings.push, netEnv);
      if (redo) {
        log.info(`${tag} was already released at ${redo} on top of this commit; nothing to do`);
        return {
          outputs: { state: 'unchanged', versions: versionsOutput(config.tracks, current, next), tag, commit: redo, 'changed-files': [] },
          summary: `## bump-version: unchanged\n\n${tag} already points at ${redo}, the release commit made on top of ${state.head}.\n\n${summaryTable(config.tracks, current, next)}\n`,
        };
      }
      throw new UserError(
        `tag ${tag} already exists ${taken.where} at ${taken.commit}, and HEAD is ${state.head}: release-kit never moves or reuses a tag; bump to a version whose tag is free`,
        { input: 'bump', value: settings.bumpLines.join(', '), valid: `a bump whose tag is not taken` },
      );
    }
  }

  // Everything is validated; from here on the tree, the index, the tags and the remote change.
  await applyPlan(workspace, plan);
  let commit = '';
  if (state && settings.commit) {
    const paths = [...new Set([...changedFiles, ...includes])];
    const identity = await commitIdentityArgs(state.git);
    try {
      await state.git.exec(['add', '--', ...paths]);
      await state.git.exec([...identity, 'commit', '--quiet', '--cleanup=verbatim', '-m', message, '--', ...paths]);
    } catch (error) {
      await restorePlan(workspace, plan);
      await state.git.tryExec(['reset', '--quiet', '--', ...paths]);
      if (!(error instanceof ExecError)) throw error;
      // Usually a repository hook refusing the commit: the user's to fix; the files are as they were.
      const reason = error.result.stderr.trim().split('\n').pop() || error.result.stdout.trim().split('\n').pop() || `exit ${error.result.exitCode}`;
      throw new UserError(`git commit failed (${reason}); the version files were put back as they were`, { input: 'commit', value: 'true' });
    }
    commit = await state.git.head();
    if (tag) await state.git.exec([...identity, 'tag', '--annotate', '-m', tag, '--', tag, commit]);
    if (settings.push && branch) await pushRelease(state.git, branch, tag, netEnv, commit);
  }

  const warnings = releaseWarnings(config, request, tag, settings, log);
  const summary = [
    `## bump-version: bumped`,
    '',
    summaryTable(config.tracks, current, next),
    '',
    `Files: ${changedFiles.map((f) => `\`${f}\``).join(', ')}`,
    commit ? `Commit: \`${commit}\`${tag ? `, tag \`${tag}\`` : ''}${settings.push ? `, pushed to ${REMOTE}/${branch}` : ' (not pushed)'}` : 'Not committed.',
    ...warnings.map((w) => `> [!WARNING]\n> ${w}`),
    '',
  ].join('\n');
  log.info(`bumped ${[...request.keys()].map((t) => `${t} ${current.get(t)} → ${next.get(t)}`).join(', ')}`);
  return {
    outputs: { state: 'bumped', versions: versionsOutput(config.tracks, current, next), tag, commit, 'changed-files': changedFiles },
    summary,
  };
}

function releaseWarnings(config: VersionsConfig, request: ReadonlyMap<string, BumpKind>, tag: string, settings: BumpSettings, log: Logger): string[] {
  const warnings: string[] = [];
  const untagged = [...request.keys()].filter((t) => t !== config.tagTrack?.name);
  if (!tag && config.tagTrack && untagged.length) {
    warnings.push(
      `track ${untagged.map((t) => `'${t}'`).join(', ')} was bumped without a tag: nothing releases it until '${config.tagTrack.name}' is bumped with tag: true (CLI: --${config.tagTrack.name}=patch --tag)`,
    );
  }
  const defaultToken = !settings.token || settings.token === process.env.GITHUB_TOKEN;
  if (tag && settings.push && process.env.GITHUB_ACTIONS === 'true' && defaultToken) {
    warnings.push(
      `tag ${tag} was pushed with the workflow's default credentials; if that is the GITHUB_TOKEN, no other workflow (e.g. on: push: tags) runs for it. Pass a GitHub App token or a fine-grained PAT with contents: write as the token input to trigger them`,
    );
  }
  for (const w of warnings) log.warning(w);
  return warnings;
}

interface TakenTag {
  commit: string;
  where: string;
}

/** Where `tag` already exists: locally, else on the remote (only asked when pushing). */
async function tagCommits(git: Git, tag: string, askRemote: boolean, netEnv: Record<string, string>): Promise<TakenTag | undefined> {
  const local = await git.localTagCommit(tag);
  if (local) return { commit: local, where: 'locally' };
  if (!askRemote) return undefined;
  const remote = await remoteTagCommit(git, tag, netEnv);
  return remote ? { commit: remote, where: `on ${REMOTE}` } : undefined;
}

/** ls-remote against origin; a refusal or an unreachable remote is the user's to fix, not a bug. */
async function lsRemote(git: Git, args: readonly string[], netEnv: Record<string, string>): Promise<string> {
  try {
    return await git.exec(['ls-remote', ...args], netEnv);
  } catch (error) {
    if (!(error instanceof ExecError)) throw error;
    const reason = error.result.stderr.trim().split('\n').pop() ?? '';
    throw new UserError(`cannot read the tags of ${REMOTE} (${reason}); check the remote and the token's access (contents: write)`, {
      input: 'token',
      value: '***',
      valid: 'a token (or checkout credentials) that can read and push the repository',
    });
  }
}

async function remoteTagCommit(git: Git, tag: string, netEnv: Record<string, string>): Promise<string | null> {
  const out = await lsRemote(git, ['--tags', REMOTE, `refs/tags/${tag}`, `refs/tags/${tag}^{}`], netEnv);
  if (out === '') return null;
  const lines = out.split('\n').map((l) => l.split('\t'));
  const peeled = lines.find(([, ref]) => ref === `refs/tags/${tag}^{}`);
  return (peeled ?? lines[0])[0];
}

async function pushRelease(git: Git, branch: string, tag: string, netEnv: Record<string, string>, commit: string): Promise<void> {
  const refs = [`${commit}:refs/heads/${branch}`, ...(tag ? [`refs/tags/${tag}`] : [])];
  try {
    await git.exec(['push', '--quiet', '--atomic', REMOTE, ...refs], netEnv);
  } catch (error) {
    throw new UserError(
      `pushing ${refs.join(' and ')} to ${REMOTE} failed (${error instanceof ExecError ? error.result.stderr.trim().split('\n').pop() : String(error)}); the commit${tag ? ' and tag' : ''} exist locally: rerun to push them, or pull and bump again if ${branch} moved`,
      {
        input: 'push',
        value: 'true',
        summary: `## bump-version: push failed\n\nThe release commit \`${commit}\`${tag ? ` and tag \`${tag}\`` : ''} exist locally but are not on ${REMOTE}. Rerunning the same bump pushes them; if \`${branch}\` moved on ${REMOTE}, pull, then bump again.\n`,
      },
    );
  }
}

interface Rerun {
  previous: Map<string, string>;
  current: Map<string, string>;
  message: string;
  tag: string;
  committed: boolean;
}

/**
 * Is the requested bump already done? Committed: HEAD is exactly that bump of its parent, with the
 * same message. Uncommitted (commit: false): the only changes in the tree are exactly that bump of HEAD.
 */
async function detectRerun(
  state: GitState,
  workspace: string,
  config: VersionsConfig,
  current: ReadonlyMap<string, string>,
  nextFrom: (base: ReadonlyMap<string, string>) => Map<string, string> | undefined,
  messageFor: (next: ReadonlyMap<string, string>) => { message: string; tag: string },
  settings: BumpSettings,
  dirtyPaths: readonly string[],
): Promise<Rerun | undefined> {
  const sameAsCurrent = (next: ReadonlyMap<string, string> | undefined) => !!next && [...current].every(([t, v]) => next.get(t) === v);
  const replays = async (base: FileReader, target: FileReader, baseReadings: Map<string, TrackReading>, next: Map<string, string>) => {
    const plan = await planEdits([...baseReadings.values()], next, base);
    if (plan.length === 0) return false;
    for (const edit of plan) if ((await target(edit.file)) !== edit.after) return false;
    return true;
  };
  if (!settings.commit) {
    if (dirtyPaths.length === 0) return undefined;
    const headRead = revisionReader(workspace, 'HEAD');
    const base = await tryReadAll(config.tracks, headRead);
    if (!base) return undefined;
    const next = nextFrom(new Map([...base].map(([n, r]) => [n, r.version])));
    if (!sameAsCurrent(next)) return undefined;
    const plan = await planEdits([...base.values()], next!, headRead);
    const planned = new Set(plan.map((p) => path.normalize(p.file)));
    const top = await state.git.topLevel();
    const dirtyRel = dirtyPaths.map((p) => path.relative(workspace, path.join(top, p)));
    if (!dirtyRel.every((p) => planned.has(path.normalize(p)))) return undefined;
    if (!(await replays(headRead, workingTreeReader(workspace), base, next!))) return undefined;
    return { previous: new Map([...base].map(([n, r]) => [n, r.version])), current: new Map(current), message: '', tag: '', committed: false };
  }
  if (dirtyPaths.length && !settings.allowDirty) return undefined;
  const parent = await state.git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^1']);
  if (!parent) return undefined;
  const parentRead = revisionReader(workspace, parent);
  const base = await tryReadAll(config.tracks, parentRead);
  if (!base) return undefined;
  const previous = new Map([...base].map(([n, r]) => [n, r.version]));
  const next = nextFrom(previous);
  if (!sameAsCurrent(next)) return undefined;
  const { message, tag } = messageFor(next!);
  const headMessage = await state.git.exec(['log', '-1', '--format=%B', 'HEAD']);
  if (headMessage.replace(/\n+$/, '') !== message.replace(/\n+$/, '')) return undefined;
  if (!(await replays(parentRead, revisionReader(workspace, 'HEAD'), base, next!))) return undefined;
  return { previous, current: new Map(current), message, tag, committed: true };
}

/** Finish a rerun: make sure the tag exists at HEAD and is pushed, never moving it. */
async function finishRerun(rerun: Rerun, state: GitState, settings: BumpSettings, config: VersionsConfig, context: OperationContext): Promise<OperationResult> {
  const { runner, log } = context;
  const notes: string[] = [];
  const tag = rerun.tag;
  const netEnv = gitNetworkEnv(settings.token, runner.serverUrl);
  if (rerun.committed && tag) {
    const local = await state.git.localTagCommit(tag);
    const remote = settings.push && (await state.git.tryExec(['remote', 'get-url', REMOTE])) ? await remoteTagCommit(state.git, tag, netEnv) : null;
    for (const [where, commit] of [['locally', local], [`on ${REMOTE}`, remote]] as const) {
      if (commit && commit !== state.head) {
        throw new UserError(`tag ${tag} already exists ${where} at ${commit}, and HEAD is ${state.head}: release-kit never moves or reuses a tag`, {
          input: 'tag',
          value: tag,
        });
      }
    }
    if (!local) {
      const identity = await commitIdentityArgs(state.git);
      await state.git.exec([...identity, 'tag', '--annotate', '-m', tag, '--', tag, state.head]);
      notes.push(`created the missing tag ${tag} at HEAD`);
    }
  }
  if (rerun.committed && settings.push) {
    const branch = pushBranch(state, runner);
    if (!branch) throw invalidInput('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
    const remoteHead = await lsRemote(state.git, ['--heads', REMOTE, `refs/heads/${branch}`], netEnv);
    const remoteTag = tag ? await remoteTagCommit(state.git, tag, netEnv) : state.head;
    if (!remoteHead.startsWith(state.head) || remoteTag !== state.head) {
      await pushRelease(state.git, branch, tag, netEnv, state.head);
      notes.push(`pushed the release to ${REMOTE}/${branch}`);
    }
  }
  for (const note of notes) log.info(note);
  log.info(`the requested bump is already done (${[...rerun.current].map(([t, v]) => `${t} ${v}`).join(', ')}); nothing changed`);
  return {
    outputs: {
      state: 'unchanged',
      versions: versionsOutput(config.tracks, rerun.previous, rerun.current),
      tag,
      commit: rerun.committed ? state.head : '',
      'changed-files': [],
    },
    summary: [
      '## bump-version: unchanged',
      '',
      'The requested bump was already made; this run changed no file.',
      ...notes.map((n) => `- ${n}`),
      '',
      summaryTable(config.tracks, rerun.previous, rerun.current),
      '',
    ].join('\n'),
  };
}

/**
 * A GitHub re-run checks out the original commit again; if `tag` already marks a release commit
 * whose parent is this HEAD and which holds exactly the requested versions, the job already ran.
 */
async function releasedOnTopOfHead(
  state: GitState,
  workspace: string,
  config: VersionsConfig,
  tag: string,
  taken: TakenTag,
  next: ReadonlyMap<string, string>,
  fromRemote: boolean,
  netEnv: Record<string, string>,
): Promise<string | undefined> {
  if (taken.where !== 'locally' && fromRemote) {
    try {
      await state.git.exec(['fetch', '--quiet', '--no-tags', REMOTE, `refs/tags/${tag}`], netEnv);
    } catch {
      return undefined; // cannot look at the tagged commit: treat the tag as taken
    }
  }
  const commit = taken.commit;
  const parent = await state.git.tryExec(['rev-parse', '--verify', '--quiet', `${commit}^1`]);
  if (parent !== state.head) return undefined;
  const there = await tryReadAll(config.tracks, revisionReader(workspace, commit));
  if (!there) return undefined;
  return [...there].every(([name, r]) => r.version === next.get(name)) ? commit : undefined;
}

async function check(settings: BumpSettings, config: VersionsConfig, context: OperationContext): Promise<OperationResult> {
  const { runner, log } = context;
  const workspace = runner.workspace;
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

  const previous = new Map<string, string>();
  const event = readEvent(runner) as { pull_request?: { base?: { sha?: string } } };
  const baseRef = settings.baseRef ?? event.pull_request?.base?.sha ?? (process.env.GITHUB_BASE_REF ? `${REMOTE}/${process.env.GITHUB_BASE_REF}` : undefined);
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
    const { default: picomatch } = await import('picomatch');
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
  } else if (!baseRef) {
    log.info('no base-ref (and no pull_request event): checking only that every track is in sync');
  }

  for (const problem of problems) log.error(problem.message, problem.location);
  const table = summaryTable(config.tracks, previous, current);
  if (problems.length) {
    throw new UserError(`version check failed with ${problems.length} problem(s); first: ${problems[0].message}`, {
      input: 'mode',
      value: 'check',
      summary: ['## bump-version: check failed', '', ...problems.map((p) => `- \`${p.location.file}${p.location.line ? `:${p.location.line}` : ''}\`: ${p.message}`), '', table, ''].join('\n'),
    });
  }
  log.info(`all ${config.tracks.length} track(s) in sync${baseRef ? `; ${watched} watched track(s) changed since ${baseRef}, each bumped` : ''}`);
  return {
    outputs: { state: 'checked', versions: versionsOutput(config.tracks, previous, current), tag: '', commit: '', 'changed-files': [] },
    summary: `## bump-version: check passed\n\n${table}\n`,
  };
}

export const operation: Operation = {
  name: 'bump-version',
  description: 'Keep version tracks in sync across files; bump them, commit, tag and push; or check them on a pull request.',
  inputs: [
    { name: 'config', description: 'The tracks file (a `versions:` map of track → files).', default: DEFAULT_CONFIG },
    { name: 'bump', description: 'Lines `track=kind`; kind is patch, minor, major, prerelease or an explicit x.y.z.', default: '' },
    { name: 'preid', description: 'Prerelease identifier for `prerelease` bumps, e.g. rc (1.2.3 → 1.2.4-rc.0).', default: '' },
    { name: 'mode', description: '`bump` edits the files; `check` verifies sync and that watched changes carry a bump.', default: 'bump' },
    { name: 'commit', description: 'Commit the edited files (and `include`).', default: 'true' },
    { name: 'tag', description: 'Tag the release commit with the tag track\'s template.', default: 'false' },
    { name: 'push', description: 'Push the commit (and tag) to origin; empty means the same as `tag`.', default: '' },
    { name: 'commit-message', description: 'Commit message template: {version}, {tag}, {changes} and {<track>}.', default: DEFAULT_COMMIT_MESSAGE },
    { name: 'include', description: 'Extra paths staged into the release commit, one per line (e.g. CHANGELOG.md).', default: '' },
    { name: 'base-ref', description: 'Check mode: compare with this ref (default: the pull request base).', default: '' },
    { name: 'allow-dirty', description: 'Bump even when the working tree has other changes.', default: 'false' },
    { name: 'token', description: 'Token for pushing over HTTPS (default: the checkout\'s credentials). A PAT or App token makes the tag trigger workflows.', default: '' },
  ],
  outputs: [
    { name: 'versions', description: 'JSON: each track\'s previous and current version.' },
    { name: 'tag', description: 'The tag created (or found on a rerun); empty when none.' },
    { name: 'commit', description: 'The release commit; empty when not committed.' },
    { name: 'changed-files', description: 'JSON list of the files the bump edited.' },
    { name: 'state', description: '`bumped`, `unchanged` (the bump was already done) or `checked`.' },
  ],
  async run(context) {
    const settings = parseSettings(context.inputs);
    const config = await loadVersionsConfig(context.runner.workspace, settings.configPath);
    return settings.mode === 'check' ? check(settings, config, context) : bump(settings, config, context);
  },
};

/** Flags that never take a value on the command line (`--tag`, `--no-commit`). */
export const CLI_BOOLEAN_FLAGS = ['tag', 'commit', 'push', 'allow-dirty'];

/**
 * The CLI's flags as inputs: `--chart=patch` (a track named in the config) and positional
 * `chart=patch` become `bump` lines. When the config cannot be read, unknown flags are kept as bump
 * lines too, so the operation reports the config problem instead of an unknown flag.
 */
export async function cliInputs(
  mode: 'bump' | 'check',
  flags: Record<string, string>,
  positionals: readonly string[],
  workspace = process.env.GITHUB_WORKSPACE || process.cwd(),
): Promise<Record<string, string>> {
  const known = new Set([...operation.inputs.map((i) => i.name), 'json', 'summary', 'api-url']);
  let tracks: Set<string> | undefined;
  try {
    const config = await loadVersionsConfig(workspace, flags.config ?? DEFAULT_CONFIG);
    tracks = new Set(config.tracks.map((t) => t.name));
  } catch {
    tracks = undefined;
  }
  const inputs: Record<string, string> = {};
  const bumpLines = [...positionals];
  for (const [name, value] of Object.entries(flags)) {
    if (name === 'bump') bumpLines.push(value);
    else if (known.has(name) || (tracks && !tracks.has(name))) inputs[name] = value;
    else bumpLines.push(...value.split('\n').map((v) => `${name}=${v}`));
  }
  if (bumpLines.length) inputs.bump = bumpLines.join('\n');
  if (mode === 'check') inputs.mode = 'check';
  return inputs;
}
