// bump-version after its inputs and the tracks file are valid: bump, commit, tag and push, or
// check. Loaded lazily by operations/bump-version.ts.
import path from 'node:path';
import {
  commitRelease,
  completeRelease,
  findTag,
  gitNetworkEnv,
  gitPreflight,
  pushBranch,
  pushRelease,
  tagNeverPushed,
  takenTagError,
  type GitState,
} from '../git/release.js';
import { UserError, invalidInput, locatedMessage } from '../plumbing/errors.js';
import { readRegularFile, resolveInside } from '../plumbing/fs.js';
import { readEvent, tagFromRef } from '../runtime/context.js';
import {
  bumpWarnings,
  completeBumpRequest,
  nextVersions,
  parseBumpRequest,
  releaseMessage,
  type BumpSpec,
} from '../versions/bump.js';
import { checkTracks } from '../versions/check.js';
import { isValidTagName, type VersionTrack, type VersionsConfig } from '../versions/config.js';
import { applyPlan, readAllTracks, restorePlan, versionsOf, workingTreeReader } from '../versions/files.js';
import { checkMessageTemplate, DEFAULT_COMMIT_MESSAGE, DEFAULT_TAG_MESSAGE } from '../versions/message.js';
import { detectRerun, releasedOnTopOfHead, unpushedRelease, type Rerun } from '../versions/rerun.js';
import { describeBump, nextVersion } from '../versions/semver.js';
import { planEdits, verifyPlan } from '../versions/tracks.js';
import { inGroup } from '../plumbing/log.js';
import type { OperationContext, OperationResult } from '../runtime/operation.js';
import type { BumpSettings } from './bump-version.settings.js';

const REMOTE = 'origin';

/** git's network environment for the token, its derived credential masked before git can print it. */
function networkEnv(settings: BumpSettings, context: OperationContext): Record<string, string> {
  const network = gitNetworkEnv(settings.token, context.runner.serverUrl);
  for (const secret of network.secrets) context.mask?.(secret);
  return network.env;
}

/** A changed path of the working tree (relative to the workspace) and its `git status --short` code. */
interface DirtyPath {
  code: string;
  path: string;
}

async function dirtyPaths(state: GitState, workspace: string): Promise<DirtyPath[]> {
  const entries = await state.git.status();
  if (!entries.length) return [];
  // Porcelain paths are relative to the repository's top level; `include` and the tracks are relative to the workspace.
  const top = await state.git.topLevel();
  return entries.map((entry) => ({
    code: entry.code.trim(),
    path: path.relative(workspace, path.join(top, entry.path)),
  }));
}

/** What is dirty (a few paths, then how many more) and the three ways on. */
function dirtyTreeError(blocking: readonly DirtyPath[]): UserError {
  const SHOWN = 5;
  const shown = blocking
    .slice(0, SHOWN)
    .map((d) => `${d.code} ${d.path}`)
    .join(', ');
  const more = blocking.length > SHOWN ? ` and ${blocking.length - SHOWN} more` : '';
  return new UserError(
    `the working tree has changes the release commit would not hold (${shown}${more}): commit or stash them, name the ones that belong to the release with --include (input include), or pass --allow-dirty (input allow-dirty: true) to bump anyway`,
    {
      input: 'allow-dirty',
      value: 'false',
      valid: 'a clean working tree, the changed files in include, or allow-dirty: true',
    },
  );
}

/** Not pushing, the remote's tags are asked for best effort only: say when they could not be. */
function unreachableNote(context: OperationContext, tag: string): (reason: string) => void {
  return (reason) =>
    context.log.info(
      `could not check whether ${tag} exists on ${REMOTE} (${reason}); not pushing, so going ahead with the local tags only`,
    );
}

function versionsOutput(
  tracks: readonly VersionTrack[],
  previous: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, string>,
) {
  const out: Record<string, { previous: string; current: string }> = {};
  for (const t of tracks)
    out[t.name] = { previous: previous.get(t.name) ?? current.get(t.name) ?? '', current: current.get(t.name) ?? '' };
  return out;
}

function summaryTable(
  tracks: readonly VersionTrack[],
  previous: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, string>,
): string {
  const rows = tracks.map((t) => `| ${t.name} | ${previous.get(t.name) ?? ''} | ${current.get(t.name) ?? ''} |`);
  return ['| Track | Previous | Current |', '| --- | --- | --- |', ...rows].join('\n');
}

async function bump(
  settings: BumpSettings,
  config: VersionsConfig,
  context: OperationContext,
): Promise<OperationResult> {
  const { runner, log } = context;
  const workspace = runner.workspace;
  const names = config.tracks.map((t) => t.name);
  const asked = parseBumpRequest(settings.bumpLines, config);
  if (asked.size === 0) throw invalidInput('bump', '', `one or more lines track=kind, tracks: ${names.join(', ')}`);
  const request = completeBumpRequest(asked, config);
  // The inputs win over the tracks file's messages (checked when it was read), which win over the defaults.
  if (settings.messageTemplate !== undefined) checkMessageTemplate(settings.messageTemplate, names, 'commit-message');
  if (settings.tagMessageTemplate !== undefined)
    checkMessageTemplate(settings.tagMessageTemplate, names, 'tag-message');
  const tagTrack = config.tagTrack;
  if (settings.tag) {
    if (!tagTrack)
      throw invalidInput('tag', 'true', `false: no track in ${config.file} names a tag (add tag: "v{version}" to one)`);
    if (!request.has(tagTrack.name))
      throw invalidInput(
        'tag',
        'true',
        `false, or also bump track '${tagTrack.name}' (it names the tag), e.g. ${tagTrack.name}=patch`,
      );
    if (!settings.commit)
      throw invalidInput('tag', 'true', 'false when commit is false (a tag needs the release commit)');
  }
  if (settings.push && !settings.commit)
    throw invalidInput('push', 'true', 'false when commit is false (there is no commit to push)');
  const includes: string[] = [];
  for (const file of settings.include) {
    const absolute = await resolveInside(workspace, file, 'include');
    if ((await readRegularFile(absolute, file, 'include')) === null)
      throw invalidInput('include', file, 'existing files inside the workspace');
    includes.push(path.relative(workspace, absolute));
  }

  const read = workingTreeReader(workspace);
  const readings = await readAllTracks(config.tracks, read);
  const current = versionsOf(readings);
  const state = await gitPreflight(workspace);
  if (!state && (settings.commit || settings.tag || settings.push)) {
    throw invalidInput(
      'commit',
      'true',
      `false: ${workspace} is not a git repository with a commit (or run the bump inside one)`,
    );
  }
  const spec: BumpSpec = {
    request,
    preid: settings.preid,
    messageTemplate: settings.messageTemplate ?? config.commitMessage ?? DEFAULT_COMMIT_MESSAGE,
    tagMessageTemplate: settings.tagMessageTemplate ?? config.tagMessage ?? DEFAULT_TAG_MESSAGE,
    tag: settings.tag,
  };

  // Files named in `include` belong to the release (a prepared CHANGELOG.md): dirty is what they are meant to be.
  const dirty = state ? await dirtyPaths(state, workspace) : [];
  const included = new Set(includes.map((f) => path.normalize(f)));
  const blocking = dirty.filter((d) => !included.has(path.normalize(d.path)));

  // A rerun of the same bump finds its own work already done: report it and change nothing.
  const rerun = state
    ? await detectRerun(state, workspace, config, current, spec, {
        commit: settings.commit,
        clean: blocking.length === 0 || settings.allowDirty,
      })
    : undefined;
  if (rerun) return finishRerun(rerun, state!, settings, config, context);

  // The release commit of this bump may sit below a merge: its push was refused, then `git pull` merged.
  const releaseBranch = state && settings.push ? pushBranch(state, runner.ref) : undefined;
  const stuck = releaseBranch
    ? await unpushedRelease(state!, workspace, config, current, spec, {
        name: REMOTE,
        branch: releaseBranch,
        netEnv: networkEnv(settings, context),
      })
    : undefined;
  if (stuck) return finishRerun(stuck, state!, settings, config, context);

  // With commit: false nothing is committed, so other changes cannot end up in a release commit: a
  // pre-commit hook's advice (`bump --chart=patch --no-commit` with the chart change staged) works.
  if (blocking.length && !settings.allowDirty && settings.commit) throw dirtyTreeError(blocking);

  const next = nextVersions(current, spec);
  if (!next) {
    // Name the first track that cannot go up, as the request lists them.
    const [track, kind] = [...request].find(([t, k]) => nextVersion(current.get(t)!, k, settings.preid) === undefined)!;
    throw invalidInput(
      'bump',
      `${track}=${describeBump(kind, settings.preid)}`,
      `a bump to a version greater than ${track}'s current ${current.get(track)}`,
    );
  }
  const { message, tag, tagMessage } = releaseMessage(config, spec, next);
  if (tag && !isValidTagName(tag)) throw invalidInput('tag', tag, 'a tag name git accepts');

  const plan = await planEdits([...readings.values()], next, read);
  await verifyPlan([...readings.values()], next, plan, read);
  const changedFiles = plan.map((p) => p.file);

  let branch: string | undefined;
  const netEnv = networkEnv(settings, context);
  if (state && settings.push) {
    branch = pushBranch(state, runner.ref);
    if (!branch)
      throw invalidInput(
        'push',
        'true',
        'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)',
      );
    const remoteUrl = await state.git.tryExec(['remote', 'get-url', REMOTE]);
    if (!remoteUrl) throw invalidInput('push', 'true', `false, or add the remote '${REMOTE}'`);
  }
  if (state && tag) {
    // The remote is asked even when not pushing: a tag there at another commit would make this one unpushable.
    const taken = await findTag(state.git, REMOTE, tag, {
      push: settings.push,
      netEnv,
      onUnreachable: unreachableNote(context, tag),
    });
    if (taken) {
      const redo = await releasedOnTopOfHead(state, workspace, config, tag, taken, next, {
        name: REMOTE,
        fromRemote: taken.where !== 'locally',
        netEnv,
      });
      if (redo) {
        log.info(`${tag} was already released at ${redo} on top of this commit; nothing to do`);
        return {
          outputs: {
            state: 'unchanged',
            versions: versionsOutput(config.tracks, current, next),
            tag,
            commit: redo,
            'changed-files': [],
          },
          summary: `## bump-version: unchanged\n\n${tag} already points at ${redo}, the release commit made on top of ${state.head}.\n\n${summaryTable(config.tracks, current, next)}\n`,
        };
      }
      const neverPushed = taken.where === 'locally' && (await tagNeverPushed(state.git, REMOTE, tag, netEnv));
      throw takenTagError(tag, taken, state.head, { pushed: !neverPushed, remote: REMOTE });
    }
  }

  // Everything is validated; from here on the tree, the index, the tags and the remote change.
  await applyPlan(workspace, plan);
  let commit = '';
  if (state && settings.commit) {
    const paths = [...new Set([...changedFiles, ...includes])];
    commit = await commitRelease(state.git, paths, message, tag, tagMessage, () => restorePlan(workspace, plan));
    if (settings.push && branch) await pushRelease(state.git, REMOTE, branch, tag, netEnv, commit);
  }

  const defaultToken = !settings.token || settings.token === context.runner.envToken;
  const warnings = bumpWarnings(config, spec, tag, settings.push && context.runner.inActions && defaultToken);
  for (const w of warnings) log.warning(w);
  const summary = [
    `## bump-version: bumped`,
    '',
    summaryTable(config.tracks, current, next),
    '',
    `Files: ${changedFiles.map((f) => `\`${f}\``).join(', ')}`,
    commit
      ? `Commit: \`${commit}\`${tag ? `, tag \`${tag}\`` : ''}${settings.push ? `, pushed to ${REMOTE}/${branch}` : ' (not pushed)'}`
      : 'Not committed.',
    ...warnings.map((w) => `> [!WARNING]\n> ${w}`),
    '',
  ].join('\n');
  log.info(`bumped ${[...request.keys()].map((t) => `${t} ${current.get(t)} → ${next.get(t)}`).join(', ')}`);
  return {
    outputs: {
      state: 'bumped',
      versions: versionsOutput(config.tracks, current, next),
      tag,
      commit,
      'changed-files': changedFiles,
    },
    summary,
  };
}

/** Finish a rerun: make sure the tag exists at HEAD and is pushed, never moving it. */
async function finishRerun(
  rerun: Rerun,
  state: GitState,
  settings: BumpSettings,
  config: VersionsConfig,
  context: OperationContext,
): Promise<OperationResult> {
  const { runner, log } = context;
  const tag = rerun.tag;
  const netEnv = networkEnv(settings, context);
  const notes = rerun.committed
    ? await completeRelease(state, REMOTE, tag, rerun.tagMessage, {
        push: settings.push,
        workflowRef: runner.ref,
        netEnv,
        onUnreachable: unreachableNote(context, tag),
        release: rerun.commit,
      })
    : [];
  for (const note of notes) log.info(note);
  log.info(
    `the requested bump is already done (${[...rerun.current].map(([t, v]) => `${t} ${v}`).join(', ')}); nothing changed`,
  );
  return {
    outputs: {
      state: 'unchanged',
      versions: versionsOutput(config.tracks, rerun.previous, rerun.current),
      tag,
      commit: rerun.committed ? (rerun.commit ?? state.head) : '',
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

async function check(
  settings: BumpSettings,
  config: VersionsConfig,
  context: OperationContext,
): Promise<OperationResult> {
  const { runner, log } = context;
  const event = readEvent(runner) as { pull_request?: { base?: { sha?: string } } };
  const baseRef = settings.staged
    ? undefined
    : (settings.baseRef ??
      event.pull_request?.base?.sha ??
      (runner.baseRef ? `${REMOTE}/${runner.baseRef}` : undefined));
  // On a tag push (the release workflows, or a GitLab tag pipeline), the versions in the files must be
  // the ones the tag names.
  const onTag = tagFromRef(runner.ref) ?? runner.gitlab.tag;
  const { problems, previous, current, watched } = await checkTracks(runner.workspace, config, baseRef, onTag, {
    staged: settings.staged,
  });
  if (!baseRef && !settings.staged)
    log.info('no base-ref (and no pull_request event): checking only that every track is in sync');
  if (onTag && !config.tagTrack)
    log.info(`on tag ${onTag}, but no track in ${config.file} names a tag: nothing to compare it with`);

  // One problem is the failure itself, one line on its file; several get a line each, then the count.
  if (problems.length > 1) for (const problem of problems) log.error(problem.message, problem.location);
  const table = summaryTable(config.tracks, previous, current);
  if (problems.length) {
    const message =
      problems.length === 1
        ? problems[0].message
        : `version check failed with ${problems.length} problem(s); first: ${locatedMessage(problems[0].message, problems[0].location)}`;
    throw new UserError(message, {
      input: 'mode',
      value: 'check',
      location: problems.length === 1 ? problems[0].location : undefined,
      summary: [
        '## bump-version: check failed',
        '',
        ...problems.map((p) => `- \`${p.location.file}${p.location.line ? `:${p.location.line}` : ''}\`: ${p.message}`),
        '',
        table,
        '',
      ].join('\n'),
    });
  }
  const tagNote = onTag && config.tagTrack ? `; tag ${onTag} matches track ${config.tagTrack.name}` : '';
  const since = settings.staged ? 'HEAD (staged changes)' : baseRef;
  log.info(
    `all ${config.tracks.length} track(s) in sync${since ? `; ${watched} watched track(s) changed since ${since}, each bumped` : ''}${tagNote}`,
  );
  return {
    outputs: {
      state: 'checked',
      versions: versionsOutput(config.tracks, previous, current),
      tag: '',
      commit: '',
      'changed-files': [],
    },
    summary: `## bump-version: check passed\n\n${table}\n`,
  };
}

/** The mode's work, its log lines in one group. */
export function bumpOrCheck(
  settings: BumpSettings,
  config: VersionsConfig,
  context: OperationContext,
): Promise<OperationResult> {
  return settings.mode === 'check'
    ? inGroup(context.log, `Check the version tracks (${settings.configPath})`, () => check(settings, config, context))
    : inGroup(context.log, `Bump ${settings.bumpLines.join(', ') || 'the version tracks'}`, () =>
        bump(settings, config, context),
      );
}
