export const id = 591;
export const ids = [591];
export const modules = {

/***/ 74494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ takenTagError),
/* harmony export */   IU: () => (/* binding */ findTag),
/* harmony export */   Ms: () => (/* binding */ pushRelease),
/* harmony export */   OT: () => (/* binding */ tagNeverPushed),
/* harmony export */   Op: () => (/* binding */ gitNetworkEnv),
/* harmony export */   PF: () => (/* binding */ commitRelease),
/* harmony export */   TV: () => (/* binding */ pushBranch),
/* harmony export */   hj: () => (/* binding */ commitIdentityArgs),
/* harmony export */   iP: () => (/* binding */ gitPreflight),
/* harmony export */   xB: () => (/* binding */ completeRelease)
/* harmony export */ });
/* unused harmony exports remoteTagBestEffort, sameRelease */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80868);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19455);
// Git for a release: the repository to commit in, the commit identity, tags here and on the remote, the push.



/** Who commits when the checkout has no identity (a fresh runner has none). */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** The repository `workspace` is in, or undefined when it is not inside one with a commit. */
async function gitPreflight(workspace) {
    const git = new _git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .T(workspace);
    const inside = await git.tryExec(['rev-parse', '--is-inside-work-tree']);
    if (inside !== 'true')
        return undefined;
    const head = await git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    if (!head)
        return undefined;
    return { git, head, branch: await git.currentBranch() };
}
/**
 * git configuration passed through the environment, so a token is never on a command line.
 * Without a token only prompts are turned off, and the checkout's own credentials apply.
 */
function gitNetworkEnv(token, serverUrl) {
    const env = { GIT_TERMINAL_PROMPT: '0' };
    if (!token)
        return { env, secrets: [] };
    const key = `http.${serverUrl}/.extraheader`;
    const credential = Buffer.from(`x-access-token:${token}`).toString('base64');
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
async function commitIdentityArgs(git) {
    const name = await git.tryExec(['config', 'user.name']);
    const email = await git.tryExec(['config', 'user.email']);
    const args = [];
    if (!name)
        args.push('-c', `user.name=${BOT_NAME}`);
    if (!email)
        args.push('-c', `user.email=${BOT_EMAIL}`);
    return args;
}
/** The branch a release commit is pushed to: the checked-out one, else the workflow's branch ref. */
function pushBranch(state, workflowRef) {
    if (state.branch)
        return state.branch;
    return workflowRef.startsWith('refs/heads/') ? workflowRef.slice('refs/heads/'.length) : undefined;
}
/**
 * Where `tag` points on `remote`, or null when it is not there. With `mustReach` (a push follows, which
 * needs the remote anyway) an unreachable remote is the UserError lsRemote raises. Without it the
 * question is best effort: no such remote, or one that cannot be reached, counts as no tag there, and
 * `onUnreachable` hears why; the local tag and a later push still refuse to reuse a tag.
 */
async function remoteTagBestEffort(git, remote, tag, options) {
    return (await remoteTagAnswer(git, remote, tag, options)).commit;
}
/** remoteTagBestEffort, and whether the remote answered at all (it exists and was reached). */
async function remoteTagAnswer(git, remote, tag, options) {
    if (!(await git.tryExec(['remote', 'get-url', remote])))
        return { commit: null, answered: false };
    try {
        return { commit: await git.remoteTagCommit(remote, tag, options.netEnv), answered: true };
    }
    catch (error) {
        if (options.mustReach || !(error instanceof _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
            throw error;
        options.onUnreachable?.(error.message);
        return { commit: null, answered: false };
    }
}
/**
 * Where `tag` already exists: locally, else on `remote`. The remote is asked whenever tagging, so a tag
 * made elsewhere is found before a local one is created; only a push (`push`) requires reaching it.
 */
async function findTag(git, remote, tag, options) {
    const local = await git.localTagCommit(tag);
    if (local)
        return { commit: local, where: 'locally' };
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
async function tagNeverPushed(git, remote, tag, netEnv, onUnreachable) {
    const { commit, answered } = await remoteTagAnswer(git, remote, tag, { mustReach: false, netEnv, onUnreachable });
    return answered && commit === null;
}
/**
 * The refusal for a tag that exists at another commit than HEAD. A tag only local (never pushed: not
 * on the remote that was asked) may be deleted safely, so the message gives the command.
 */
function takenTagError(tag, taken, head, options) {
    const way = options.pushed
        ? 'bump to a version whose tag is free'
        : `it is not on ${options.remote}, so if it is a leftover, delete it with \`git tag -d ${tag}\` and rerun`;
    return new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`tag ${tag} already exists ${taken.where} at ${taken.commit}, and HEAD is ${head}: release-kit never moves or reuses a tag; ${way}`, {
        input: 'tag',
        value: tag,
        valid: options.pushed ? 'a bump whose tag is not taken' : `a tag that is free (git tag -d ${tag})`,
    });
}
/**
 * Whether commits `a` and `b` are the same release commit, one rebased from the other: the same
 * message and the same change. The change is compared as git patch-id does (the diff without its
 * blob ids and hunk positions), written out here because patch-id reads the diff from stdin.
 */
async function sameRelease(git, a, b) {
    const message = (commit) => git.exec(['log', '-1', '--format=%B', commit]);
    if ((await message(a)) !== (await message(b)))
        return false;
    const change = async (commit) => {
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
 * Stage `paths`, commit them with `message` and, when `tag` is set, tag the commit (annotated); returns
 * the commit. A refused commit (usually a hook) calls `restore` first, unstages, and becomes a UserError.
 */
async function commitRelease(git, paths, message, tag, restore) {
    const identity = await commitIdentityArgs(git);
    try {
        await git.exec(['add', '--', ...paths]);
        await git.exec([...identity, 'commit', '--quiet', '--cleanup=verbatim', '-m', message, '--', ...paths]);
    }
    catch (error) {
        await restore();
        await git.tryExec(['reset', '--quiet', '--', ...paths]);
        if (!(error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .c))
            throw error;
        // Usually a repository hook refusing the commit: the user's to fix; the files are as they were.
        const reason = error.result.stderr.trim().split('\n').pop() ||
            error.result.stdout.trim().split('\n').pop() ||
            `exit ${error.result.exitCode}`;
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`git commit failed (${reason}); the version files were put back as they were`, {
            input: 'commit',
            value: 'true',
        });
    }
    const commit = await git.head();
    if (tag)
        await git.exec([...identity, 'tag', '--annotate', '-m', tag, '--', tag, commit]);
    return commit;
}
/** Push `commit` to `branch` and the tag (if any) in one atomic push; a failure says how a rerun recovers. */
async function pushRelease(git, remote, branch, tag, netEnv, commit) {
    const refs = [`${commit}:refs/heads/${branch}`, ...(tag ? [`refs/tags/${tag}`] : [])];
    try {
        await git.exec(['push', '--quiet', '--atomic', remote, ...refs], netEnv);
    }
    catch (error) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`pushing ${refs.join(' and ')} to ${remote} failed (${error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .c ? (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .pushFailureReason */ .x)(error.result) : String(error)}); the commit${tag ? ' and tag' : ''} exist locally: rerun to push them, or pull and bump again if ${branch} moved`, {
            input: 'push',
            value: 'true',
            summary: `## bump-version: push failed\n\nThe release commit \`${commit}\`${tag ? ` and tag \`${tag}\`` : ''} exist locally but are not on ${remote}. Rerunning the same bump pushes them; if \`${branch}\` moved on ${remote}, pull, then bump again.\n`,
        });
    }
}
/**
 * Finish a release that a previous run committed at HEAD: create the tag if it is missing, and push
 * branch and tag if the remote lacks them, never moving a tag. Returns a note per action taken.
 */
async function completeRelease(state, remote, tag, options) {
    const { git, head } = state;
    const notes = [];
    if (tag) {
        let local = await git.localTagCommit(tag);
        const { commit: remoteCommit, answered } = await remoteTagAnswer(git, remote, tag, {
            mustReach: options.push,
            netEnv: options.netEnv,
            onUnreachable: options.onUnreachable,
        });
        if (remoteCommit && remoteCommit !== head) {
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`tag ${tag} already exists on ${remote} at ${remoteCommit}, and HEAD is ${head}: release-kit never moves or reuses a pushed tag`, { input: 'tag', value: tag });
        }
        if (local && local !== head) {
            // After a failed push and a pull --rebase, the never-pushed tag still marks the release commit
            // as it was before the rebase. When that is this very release (ours), it follows the rebase.
            // The remote was asked just above: a tag it answered it lacks was never pushed.
            const neverPushed = answered && !remoteCommit;
            if (neverPushed && (await sameRelease(git, local, head))) {
                await git.exec([
                    ...(await commitIdentityArgs(git)),
                    'tag',
                    '--annotate',
                    '--force',
                    '-m',
                    tag,
                    '--',
                    tag,
                    head,
                ]);
                notes.push(`moved the unpushed tag ${tag} from ${local} (the release commit before a rebase) to HEAD`);
                local = head;
            }
            else {
                throw takenTagError(tag, { commit: local, where: 'locally' }, head, { pushed: !neverPushed, remote });
            }
        }
        if (!local) {
            const identity = await commitIdentityArgs(git);
            await git.exec([...identity, 'tag', '--annotate', '-m', tag, '--', tag, head]);
            notes.push(`created the missing tag ${tag} at HEAD`);
        }
    }
    if (options.push) {
        const branch = pushBranch(state, options.workflowRef);
        if (!branch)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
        const remoteHead = await git.lsRemote(remote, '--heads', [`refs/heads/${branch}`], options.netEnv);
        const remoteTag = tag ? await git.remoteTagCommit(remote, tag, options.netEnv) : head;
        if (!remoteHead.startsWith(head) || remoteTag !== head) {
            await pushRelease(git, remote, branch, tag, options.netEnv, head);
            notes.push(`pushed the release to ${remote}/${branch}`);
        }
    }
    return notes;
}


/***/ }),

/***/ 31591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bumpOrCheck: () => (/* binding */ bumpOrCheck)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/git/release.ts
var release = __webpack_require__(74494);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/runtime/context.ts
var runtime_context = __webpack_require__(34076);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/config.ts
var versions_config = __webpack_require__(52096);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/message.ts
var versions_message = __webpack_require__(54251);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/semver.ts
var semver = __webpack_require__(6358);
;// CONCATENATED MODULE: ./packages/release-kit/src/versions/bump.ts
// A bump request (`track=kind` lines) and what it makes: the next versions, the release message and tag.




/** `track=kind` lines → the requested bump per track; each line names a track of `config` once. */
function parseBumpRequest(lines, config) {
    const names = config.tracks.map((t) => t.name);
    const request = new Map();
    for (const line of lines) {
        const match = /^([a-z][a-z0-9-]*)\s*=\s*(\S+)$/.exec(line);
        if (!match)
            throw (0,errors/* invalidInput */.aY)('bump', line, `lines of track=kind, tracks: ${names.join(', ')}; kinds: ${semver/* VALID_BUMP_KINDS */["in"]}`);
        const [, track, kindText] = match;
        if (!names.includes(track))
            throw (0,errors/* invalidInput */.aY)('bump', line, `a track from ${config.file}: ${names.join(', ')}`);
        const kind = (0,semver/* parseBumpKind */.Ac)(kindText);
        if (!kind)
            throw (0,errors/* invalidInput */.aY)('bump', line, `${track}=KIND with KIND one of ${semver/* VALID_BUMP_KINDS */["in"]}`);
        if (request.has(track))
            throw (0,errors/* invalidInput */.aY)('bump', line, `each track once (${track} is given twice)`);
        request.set(track, kind);
    }
    return request;
}
/**
 * The request with what the config adds: each requested track's `implies` (followed on, a kind given
 * explicitly winning), then every `required` track must be in it, or the error names the missing one.
 */
function completeBumpRequest(request, config) {
    const complete = new Map(request);
    const pending = [...request.keys()];
    while (pending.length) {
        const name = pending.shift();
        const track = config.tracks.find((t) => t.name === name);
        for (const implied of track.implies) {
            if (complete.has(implied.track))
                continue;
            complete.set(implied.track, (0,semver/* parseBumpKind */.Ac)(implied.kind));
            pending.push(implied.track);
        }
    }
    const asked = [...request].map(([t, k]) => `${t}=${k.kind === 'explicit' ? k.version : k.kind}`).join(', ');
    for (const track of config.tracks) {
        if (!track.required || complete.has(track.name))
            continue;
        throw new errors/* UserError */.yo(`track '${track.name}' is required in every bump (${config.file}: required: true) and the bump ${asked} leaves it out: add --${track.name}=patch (bump line ${track.name}=patch), or declare implies: [${track.name}] on the bumped track`, {
            input: 'bump',
            value: asked,
            valid: `a bump that includes ${track.name}`,
            location: { file: config.file, line: track.configLine },
        });
    }
    return complete;
}
/** `base` with the requested tracks bumped, or undefined when some bump would not go past its base. */
function nextVersions(base, spec) {
    const next = new Map(base);
    for (const [track, kind] of spec.request) {
        const version = (0,semver/* nextVersion */.yU)(base.get(track), kind, spec.preid);
        if (version === undefined)
            return undefined;
        next.set(track, version);
    }
    return next;
}
/**
 * The release commit message and tag ('' when untagged) for the versions `next`. `{version}` is the
 * tag track's when it is bumped, else the first requested track's.
 */
function releaseMessage(config, spec, next) {
    const { tagTrack } = config;
    const tracks = [...spec.request.keys()];
    const tag = spec.tag && tagTrack ? (0,versions_config/* renderTag */.vY)(tagTrack.tag, next.get(tagTrack.name)) : '';
    const first = tagTrack && spec.request.has(tagTrack.name) ? tagTrack.name : tracks[0];
    const changes = tracks.map((t) => `${t} ${next.get(t)}`).join(', ');
    const message = (0,versions_message/* renderMessage */.e4)(spec.messageTemplate, {
        version: next.get(first),
        tag,
        changes,
        tracks: Object.fromEntries(next),
    });
    return { message, tag };
}
/**
 * What a finished bump should warn about: tracks bumped without the tag that releases them, and a tag
 * pushed with the workflow's default credentials (`pushedWithDefaultToken`), which triggers no workflow.
 */
function bumpWarnings(config, spec, tag, pushedWithDefaultToken) {
    const warnings = [];
    const untagged = [...spec.request.keys()].filter((t) => t !== config.tagTrack?.name);
    if (!tag && config.tagTrack && untagged.length) {
        warnings.push(`track ${untagged.map((t) => `'${t}'`).join(', ')} was bumped without a tag: nothing releases it until '${config.tagTrack.name}' is bumped with tag: true (CLI: --${config.tagTrack.name}=patch --tag)`);
    }
    if (tag && pushedWithDefaultToken) {
        warnings.push(`tag ${tag} was pushed with the workflow's default credentials; if that is the GITHUB_TOKEN, no other workflow (e.g. on: push: tags) runs for it. Pass a GitHub App token or a fine-grained PAT with contents: write as the token input to trigger them`);
    }
    return warnings;
}

// EXTERNAL MODULE: ./packages/release-kit/src/versions/check.ts
var check = __webpack_require__(34612);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/files.ts
var files = __webpack_require__(65851);
;// CONCATENATED MODULE: ./packages/release-kit/src/versions/rerun.ts


/**
 * Is the requested bump already done? The test is on versions, not on whole files, so a release commit
 * that also holds other changes (a prepared CHANGELOG.md, Chart.yaml's release-notes annotation) is
 * still recognised. Committed: HEAD holds exactly the bump of its parent's versions, and is that
 * release's commit (the same message, or the planned tag already pointing at it). Uncommitted
 * (commit: false): the working tree already holds the bump of HEAD's versions. `clean`: nothing
 * outside the release's files is dirty, or the user allowed it.
 */
async function detectRerun(state, workspace, config, current, spec, options) {
    const holds = (next, versions) => !!next && [...versions].every(([t, v]) => next.get(t) === v);
    if (!options.commit) {
        const base = await (0,files/* tryReadAllTracks */.Zg)(config.tracks, (0,files/* revisionReader */.v6)(workspace, 'HEAD'));
        if (!base)
            return undefined;
        const previous = (0,files/* versionsOf */.x4)(base);
        if (!holds(nextVersions(previous, spec), current))
            return undefined;
        return { previous, current: new Map(current), message: '', tag: '', committed: false };
    }
    if (!options.clean)
        return undefined;
    const parent = await state.git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^1']);
    if (!parent)
        return undefined;
    const base = await (0,files/* tryReadAllTracks */.Zg)(config.tracks, (0,files/* revisionReader */.v6)(workspace, parent));
    const atHead = await (0,files/* tryReadAllTracks */.Zg)(config.tracks, (0,files/* revisionReader */.v6)(workspace, 'HEAD'));
    if (!base || !atHead)
        return undefined;
    const previous = (0,files/* versionsOf */.x4)(base);
    const next = nextVersions(previous, spec);
    if (!holds(next, current) || !holds(next, (0,files/* versionsOf */.x4)(atHead)))
        return undefined;
    const { message, tag } = releaseMessage(config, spec, next);
    const headMessage = await state.git.exec(['log', '-1', '--format=%B', 'HEAD']);
    const sameMessage = headMessage.replace(/\n+$/, '') === message.replace(/\n+$/, '');
    const taggedHere = !!tag && (await state.git.localTagCommit(tag)) === state.head;
    if (!sameMessage && !taggedHere)
        return undefined;
    return { previous, current: new Map(current), message, tag, committed: true };
}
/**
 * A GitHub re-run checks out the original commit again; if `tag` already marks a release commit
 * whose parent is this HEAD and which holds exactly the versions `next`, the job already ran.
 * Returns that commit. A tag found only on `remote` is fetched first (`fromRemote`: we may ask it).
 */
async function releasedOnTopOfHead(state, workspace, config, tag, taken, next, remote) {
    if (taken.where !== 'locally' && remote.fromRemote) {
        try {
            await state.git.exec(['fetch', '--quiet', '--no-tags', remote.name, `refs/tags/${tag}`], remote.netEnv);
        }
        catch {
            return undefined; // cannot look at the tagged commit: treat the tag as taken
        }
    }
    const commit = taken.commit;
    const parent = await state.git.tryExec(['rev-parse', '--verify', '--quiet', `${commit}^1`]);
    if (parent !== state.head)
        return undefined;
    const there = await (0,files/* tryReadAllTracks */.Zg)(config.tracks, (0,files/* revisionReader */.v6)(workspace, commit));
    if (!there)
        return undefined;
    return [...there].every(([name, r]) => r.version === next.get(name)) ? commit : undefined;
}

// EXTERNAL MODULE: ./packages/release-kit/src/versions/tracks.ts
var tracks = __webpack_require__(84642);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var log = __webpack_require__(49983);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/bump-version.steps.ts
// bump-version after its inputs and the tracks file are valid: bump, commit, tag and push, or
// check. Loaded lazily by operations/bump-version.ts.















const REMOTE = 'origin';
/** git's network environment for the token, its derived credential masked before git can print it. */
function networkEnv(settings, context) {
    const network = (0,release/* gitNetworkEnv */.Op)(settings.token, context.runner.serverUrl);
    for (const secret of network.secrets)
        context.mask?.(secret);
    return network.env;
}
async function dirtyPaths(state, workspace) {
    const lines = await state.git.statusLines();
    if (!lines.length)
        return [];
    // Porcelain paths are relative to the repository's top level; `include` and the tracks are relative to the workspace.
    const top = await state.git.topLevel();
    return lines.map((line) => ({
        code: line.slice(0, 2).trim(),
        path: external_node_path_default().relative(workspace, external_node_path_default().join(top, line.slice(3).replace(/^.* -> /, ''))),
    }));
}
/** What is dirty (a few paths, then how many more) and the three ways on. */
function dirtyTreeError(blocking) {
    const SHOWN = 5;
    const shown = blocking
        .slice(0, SHOWN)
        .map((d) => `${d.code} ${d.path}`)
        .join(', ');
    const more = blocking.length > SHOWN ? ` and ${blocking.length - SHOWN} more` : '';
    return new errors/* UserError */.yo(`the working tree has changes the release commit would not hold (${shown}${more}): commit or stash them, name the ones that belong to the release with --include (input include), or pass --allow-dirty (input allow-dirty: true) to bump anyway`, {
        input: 'allow-dirty',
        value: 'false',
        valid: 'a clean working tree, the changed files in include, or allow-dirty: true',
    });
}
/** Not pushing, the remote's tags are asked for best effort only: say when they could not be. */
function unreachableNote(context, tag) {
    return (reason) => context.log.info(`could not check whether ${tag} exists on ${REMOTE} (${reason}); not pushing, so going ahead with the local tags only`);
}
function versionsOutput(tracks, previous, current) {
    const out = {};
    for (const t of tracks)
        out[t.name] = { previous: previous.get(t.name) ?? current.get(t.name) ?? '', current: current.get(t.name) ?? '' };
    return out;
}
function summaryTable(tracks, previous, current) {
    const rows = tracks.map((t) => `| ${t.name} | ${previous.get(t.name) ?? ''} | ${current.get(t.name) ?? ''} |`);
    return ['| Track | Previous | Current |', '| --- | --- | --- |', ...rows].join('\n');
}
async function bump(settings, config, context) {
    const { runner, log } = context;
    const workspace = runner.workspace;
    const names = config.tracks.map((t) => t.name);
    const asked = parseBumpRequest(settings.bumpLines, config);
    if (asked.size === 0)
        throw (0,errors/* invalidInput */.aY)('bump', '', `one or more lines track=kind, tracks: ${names.join(', ')}`);
    const request = completeBumpRequest(asked, config);
    (0,versions_message/* checkMessageTemplate */.Oi)(settings.messageTemplate, names);
    const tagTrack = config.tagTrack;
    if (settings.tag) {
        if (!tagTrack)
            throw (0,errors/* invalidInput */.aY)('tag', 'true', `false: no track in ${config.file} names a tag (add tag: "v{version}" to one)`);
        if (!request.has(tagTrack.name))
            throw (0,errors/* invalidInput */.aY)('tag', 'true', `false, or also bump track '${tagTrack.name}' (it names the tag), e.g. ${tagTrack.name}=patch`);
        if (!settings.commit)
            throw (0,errors/* invalidInput */.aY)('tag', 'true', 'false when commit is false (a tag needs the release commit)');
    }
    if (settings.push && !settings.commit)
        throw (0,errors/* invalidInput */.aY)('push', 'true', 'false when commit is false (there is no commit to push)');
    const includes = [];
    for (const file of settings.include) {
        const absolute = await (0,fs/* resolveInside */.LI)(workspace, file, 'include');
        try {
            await (0,promises_.readFile)(absolute);
        }
        catch {
            throw (0,errors/* invalidInput */.aY)('include', file, 'existing files inside the workspace');
        }
        includes.push(external_node_path_default().relative(workspace, absolute));
    }
    const read = (0,files/* workingTreeReader */.LE)(workspace);
    const readings = await (0,files/* readAllTracks */.i4)(config.tracks, read);
    const current = (0,files/* versionsOf */.x4)(readings);
    const state = await (0,release/* gitPreflight */.iP)(workspace);
    if (!state && (settings.commit || settings.tag || settings.push)) {
        throw (0,errors/* invalidInput */.aY)('commit', 'true', `false: ${workspace} is not a git repository with a commit (or run the bump inside one)`);
    }
    const spec = {
        request,
        preid: settings.preid,
        messageTemplate: settings.messageTemplate,
        tag: settings.tag,
    };
    // Files named in `include` belong to the release (a prepared CHANGELOG.md): dirty is what they are meant to be.
    const dirty = state ? await dirtyPaths(state, workspace) : [];
    const included = new Set(includes.map((f) => external_node_path_default().normalize(f)));
    const blocking = dirty.filter((d) => !included.has(external_node_path_default().normalize(d.path)));
    // A rerun of the same bump finds its own work already done: report it and change nothing.
    const rerun = state
        ? await detectRerun(state, workspace, config, current, spec, {
            commit: settings.commit,
            clean: blocking.length === 0 || settings.allowDirty,
        })
        : undefined;
    if (rerun)
        return finishRerun(rerun, state, settings, config, context);
    if (blocking.length && !settings.allowDirty)
        throw dirtyTreeError(blocking);
    const next = nextVersions(current, spec);
    if (!next) {
        // Name the first track that cannot go up, as the request lists them.
        const [track, kind] = [...request].find(([t, k]) => (0,semver/* nextVersion */.yU)(current.get(t), k, settings.preid) === undefined);
        throw (0,errors/* invalidInput */.aY)('bump', `${track}=${(0,semver/* describeBump */.aE)(kind, settings.preid)}`, `a bump to a version greater than ${track}'s current ${current.get(track)}`);
    }
    const { message, tag } = releaseMessage(config, spec, next);
    if (tag && !(0,versions_config/* isValidTagName */.Qd)(tag))
        throw (0,errors/* invalidInput */.aY)('tag', tag, 'a tag name git accepts');
    const plan = await (0,tracks/* planEdits */.r_)([...readings.values()], next, read);
    await (0,tracks/* verifyPlan */.Zl)([...readings.values()], next, plan, read);
    const changedFiles = plan.map((p) => p.file);
    let branch;
    const netEnv = networkEnv(settings, context);
    if (state && settings.push) {
        branch = (0,release/* pushBranch */.TV)(state, runner.ref);
        if (!branch)
            throw (0,errors/* invalidInput */.aY)('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
        const remoteUrl = await state.git.tryExec(['remote', 'get-url', REMOTE]);
        if (!remoteUrl)
            throw (0,errors/* invalidInput */.aY)('push', 'true', `false, or add the remote '${REMOTE}'`);
    }
    if (state && tag) {
        // The remote is asked even when not pushing: a tag there at another commit would make this one unpushable.
        const taken = await (0,release/* findTag */.IU)(state.git, REMOTE, tag, {
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
            const neverPushed = taken.where === 'locally' && (await (0,release/* tagNeverPushed */.OT)(state.git, REMOTE, tag, netEnv));
            throw (0,release/* takenTagError */.Cf)(tag, taken, state.head, { pushed: !neverPushed, remote: REMOTE });
        }
    }
    // Everything is validated; from here on the tree, the index, the tags and the remote change.
    await (0,files/* applyPlan */.gj)(workspace, plan);
    let commit = '';
    if (state && settings.commit) {
        const paths = [...new Set([...changedFiles, ...includes])];
        commit = await (0,release/* commitRelease */.PF)(state.git, paths, message, tag, () => (0,files/* restorePlan */.Cv)(workspace, plan));
        if (settings.push && branch)
            await (0,release/* pushRelease */.Ms)(state.git, REMOTE, branch, tag, netEnv, commit);
    }
    const defaultToken = !settings.token || settings.token === context.runner.envToken;
    const warnings = bumpWarnings(config, spec, tag, settings.push && context.runner.inActions && defaultToken);
    for (const w of warnings)
        log.warning(w);
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
async function finishRerun(rerun, state, settings, config, context) {
    const { runner, log } = context;
    const tag = rerun.tag;
    const netEnv = networkEnv(settings, context);
    const notes = rerun.committed
        ? await (0,release/* completeRelease */.xB)(state, REMOTE, tag, {
            push: settings.push,
            workflowRef: runner.ref,
            netEnv,
            onUnreachable: unreachableNote(context, tag),
        })
        : [];
    for (const note of notes)
        log.info(note);
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
async function bump_version_steps_check(settings, config, context) {
    const { runner, log } = context;
    const event = (0,runtime_context/* readEvent */.j_)(runner);
    const baseRef = settings.staged
        ? undefined
        : (settings.baseRef ??
            event.pull_request?.base?.sha ??
            (runner.baseRef ? `${REMOTE}/${runner.baseRef}` : undefined));
    // On a tag push (the release workflows), the versions in the files must be the ones the tag names.
    const onTag = (0,runtime_context/* tagFromRef */.q)(runner.ref);
    const { problems, previous, current, watched } = await (0,check/* checkTracks */.J)(runner.workspace, config, baseRef, onTag, {
        staged: settings.staged,
    });
    if (!baseRef && !settings.staged)
        log.info('no base-ref (and no pull_request event): checking only that every track is in sync');
    if (onTag && !config.tagTrack)
        log.info(`on tag ${onTag}, but no track in ${config.file} names a tag: nothing to compare it with`);
    // One problem is the failure itself, one line on its file; several get a line each, then the count.
    if (problems.length > 1)
        for (const problem of problems)
            log.error(problem.message, problem.location);
    const table = summaryTable(config.tracks, previous, current);
    if (problems.length) {
        const message = problems.length === 1
            ? problems[0].message
            : `version check failed with ${problems.length} problem(s); first: ${problems[0].message}`;
        throw new errors/* UserError */.yo(message, {
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
    log.info(`all ${config.tracks.length} track(s) in sync${since ? `; ${watched} watched track(s) changed since ${since}, each bumped` : ''}${tagNote}`);
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
function bumpOrCheck(settings, config, context) {
    return settings.mode === 'check'
        ? (0,log/* inGroup */.HB)(context.log, `Check the version tracks (${settings.configPath})`, () => bump_version_steps_check(settings, config, context))
        : (0,log/* inGroup */.HB)(context.log, `Bump ${settings.bumpLines.join(', ') || 'the version tracks'}`, () => bump(settings, config, context));
}


/***/ })

};

//# sourceMappingURL=591.index.js.map