export const id = 515;
export const ids = [515];
export const modules = {

/***/ 4515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bumpOrCheck: () => (/* binding */ bumpOrCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(3178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/exec.ts + 12 modules
var exec = __webpack_require__(911);
// EXTERNAL MODULE: ./packages/release-kit/src/git/git.ts
var git_git = __webpack_require__(9455);
;// CONCATENATED MODULE: ./packages/release-kit/src/git/release.ts
// Git for a release: the repository to commit in, the commit identity, tags here and on the remote, the push.



/** Who commits when the checkout has no identity (a fresh runner has none). */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** The repository `workspace` is in, or undefined when it is not inside one with a commit. */
async function gitPreflight(workspace) {
    const git = new git_git/* Git */.T(workspace);
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
 * Without a token only prompts are turned off, and the checkout's own credentials apply. The token
 * goes as HTTP basic auth with `username`: GitHub takes any (x-access-token by convention), GitLab
 * needs gitlab-ci-token for a CI_JOB_TOKEN and takes any for access tokens.
 */
function gitNetworkEnv(token, serverUrl, username = 'x-access-token') {
    const env = { GIT_TERMINAL_PROMPT: '0' };
    if (!token)
        return { env, secrets: [] };
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
        if (options.mustReach || !(error instanceof errors/* UserError */.yo))
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
    return new errors/* UserError */.yo(`tag ${tag} already exists ${taken.where} at ${taken.commit}, and HEAD is ${head}: release-kit never moves or reuses a tag; ${way}`, {
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
 * Stage `paths`, commit them with `message` and, when `tag` is set, tag the commit (annotated, with
 * `tagMessage`); returns the commit. A refused commit (usually a hook) calls `restore` first,
 * unstages, and becomes a UserError.
 */
async function commitRelease(git, paths, message, tag, tagMessage, restore) {
    const identity = await commitIdentityArgs(git);
    try {
        await git.exec(['add', '--', ...paths]);
        await git.exec([...identity, 'commit', '--quiet', '--cleanup=verbatim', '-m', message, '--', ...paths]);
    }
    catch (error) {
        await restore();
        await git.tryExec(['reset', '--quiet', '--', ...paths]);
        if (!(error instanceof exec/* ExecError */.cI))
            throw error;
        // Usually a repository hook refusing the commit: the user's to fix; the files are as they were.
        const reason = error.result.stderr.trim().split('\n').pop() ||
            error.result.stdout.trim().split('\n').pop() ||
            `exit ${error.result.exitCode}`;
        throw new errors/* UserError */.yo(`git commit failed (${reason}); the version files were put back as they were`, {
            input: 'commit',
            value: 'true',
        });
    }
    const commit = await git.head();
    if (tag)
        await createTag(git, tag, tagMessage, commit);
    return commit;
}
/** An annotated tag `tag` at `commit` with `message` (`--force`: moving a tag never pushed). */
async function createTag(git, tag, message, commit, force = false) {
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
function pushRefusal(stderr) {
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
async function pushRelease(git, remote, branch, tag, netEnv, commit) {
    const refs = [`${commit}:refs/heads/${branch}`, ...(tag ? [`refs/tags/${tag}`] : [])];
    try {
        await git.exec(['push', '--quiet', '--atomic', remote, ...refs], netEnv);
    }
    catch (error) {
        if (!(error instanceof exec/* ExecError */.cI))
            throw error;
        const { reason, behind } = pushRefusal(error.result.stderr);
        const held = `the release commit${tag ? ` and tag ${tag}` : ''} exist locally`;
        // Behind: a rebase puts the release commit on top; the rerun recognises it (and moves an unpushed tag along).
        const way = behind
            ? `${branch} moved on ${remote}: run \`git pull --rebase ${remote} ${branch}\`, then rerun the same bump to push them (it bumps nothing again)`
            : 'rerun the same bump to push them once the remote accepts them';
        throw new errors/* UserError */.yo(`pushing ${refs.join(' and ')} to ${remote} was refused (${reason}); ${held}: ${way}`, {
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
async function completeRelease(state, remote, tag, tagMessage, options) {
    const { git, head } = state;
    const release = options.release ?? head;
    const what = release === head ? 'HEAD' : `the release commit ${release}`;
    const notes = [];
    if (tag) {
        let local = await git.localTagCommit(tag);
        const { commit: remoteCommit, answered } = await remoteTagAnswer(git, remote, tag, {
            mustReach: options.push,
            netEnv: options.netEnv,
            onUnreachable: options.onUnreachable,
        });
        if (remoteCommit && remoteCommit !== release) {
            throw new errors/* UserError */.yo(`tag ${tag} already exists on ${remote} at ${remoteCommit}, and ${release === head ? `HEAD is ${head}` : `the release commit is ${release}`}: release-kit never moves or reuses a pushed tag`, { input: 'tag', value: tag });
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
            }
            else {
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
            throw (0,errors/* invalidInput */.aY)('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
        const remoteHead = await git.lsRemote(remote, '--heads', [`refs/heads/${branch}`], options.netEnv);
        const remoteTag = tag ? await git.remoteTagCommit(remote, tag, options.netEnv) : release;
        if (!remoteHead.startsWith(head) || remoteTag !== release) {
            await pushRelease(git, remote, branch, tag, options.netEnv, head);
            notes.push(release === head
                ? `pushed the release to ${remote}/${branch}`
                : `pushed the release commit ${release}${tag ? ` and its tag ${tag}` : ''} with HEAD to ${remote}/${branch}`);
        }
    }
    return notes;
}

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts + 1 modules
var fs = __webpack_require__(5167);
// EXTERNAL MODULE: ./packages/release-kit/src/runtime/context.ts + 1 modules
var runtime_context = __webpack_require__(4147);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/config.ts
var versions_config = __webpack_require__(2096);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/message.ts
var versions_message = __webpack_require__(4251);
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
 * An implied bump of a prerelease bump is a prerelease too: `app=prerelease` takes a chart at
 * 0.2.32-rc.0 to 0.2.32-rc.1, not to the stable 0.2.32 its `patch` would make.
 */
function completeBumpRequest(request, config) {
    const complete = new Map(request);
    const pending = [...request.keys()];
    while (pending.length) {
        const name = pending.shift();
        const track = config.tracks.find((t) => t.name === name);
        const prerelease = (0,semver/* isPrereleaseBump */.FF)(complete.get(name));
        for (const implied of track.implies) {
            if (complete.has(implied.track))
                continue;
            complete.set(implied.track, prerelease ? { kind: 'prerelease' } : (0,semver/* parseBumpKind */.Ac)(implied.kind));
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
 * The release commit message, tag ('' when untagged) and annotated tag message for the versions
 * `next`. `{version}` is the tag track's when it is bumped, else the first requested track's.
 */
function releaseMessage(config, spec, next) {
    const { tagTrack } = config;
    const tracks = [...spec.request.keys()];
    const tag = spec.tag && tagTrack ? (0,versions_config/* renderTag */.vY)(tagTrack.tag, next.get(tagTrack.name)) : '';
    const first = tagTrack && spec.request.has(tagTrack.name) ? tagTrack.name : tracks[0];
    const changes = tracks.map((t) => `${t} ${next.get(t)}`).join(', ');
    const values = { version: next.get(first), tag, changes, tracks: Object.fromEntries(next) };
    const message = (0,versions_message/* renderMessage */.e4)(spec.messageTemplate, values);
    return { message, tag, tagMessage: tag ? (0,versions_message/* renderMessage */.e4)(spec.tagMessageTemplate, values) : '' };
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

// EXTERNAL MODULE: ./packages/release-kit/src/versions/files.ts
var files = __webpack_require__(5851);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/tracks.ts + 3 modules
var tracks = __webpack_require__(4125);
;// CONCATENATED MODULE: ./packages/release-kit/src/versions/check.ts
// The check mode's verdict: every track in sync, every track whose watched files changed since a base bumped,
// and, on a tag, the tag track's version rendering to that very tag.







/**
 * Check the tracks in `workspace`; with `baseRef`, a track whose `watch` globs match a file changed
 * since the merge base (committed, staged, unstaged or untracked) needs a version greater than there.
 * With `onTag` (the run is on refs/tags/<onTag>), the track that names the tag must render exactly it.
 * With `staged` (a pre-commit hook), the commit being made is checked instead: the versions are read
 * from the index, and a watched file staged since HEAD needs a greater version than HEAD's; unstaged
 * and untracked changes are not part of that commit and are ignored.
 */
async function checkTracks(workspace, config, baseRef, onTag, options = {}) {
    // The empty revision makes `git show :./file`: the file as staged.
    const read = options.staged ? (0,files/* revisionReader */.v6)(workspace, '') : (0,files/* workingTreeReader */.LE)(workspace);
    const problems = [];
    const current = new Map();
    const readings = new Map();
    for (const track of config.tracks) {
        const { reading, problems: found } = await (0,tracks/* inspectTrack */.Ew)(track, read);
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
        const expected = (0,versions_config/* renderTag */.vY)(tagTrack.tag, tagReading.version);
        if (expected !== onTag) {
            const first = tagReading.locations[0];
            problems.push({
                track: tagTrack.name,
                message: `tag ${onTag} does not match track ${tagTrack.name}'s version ${tagReading.version} (tag template ${tagTrack.tag}): bump the version before tagging`,
                location: { file: first.spec.file, line: first.occurrences[0].line },
            });
        }
    }
    const previous = new Map();
    let watched = 0;
    const git = new git_git/* Git */.T(workspace);
    const head = options.staged ? await git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']) : null;
    if ((baseRef || head) && config.tracks.some((t) => t.watch.length || t.implies.length || t.required)) {
        let mergeBase;
        // Read with -z: without it git quotes a name with non-ASCII characters or a newline, and no glob matches it.
        let changedNames;
        if (head) {
            mergeBase = head;
            changedNames = await git.paths(['diff', '-z', '--cached', '--name-only', '--no-renames', head]);
        }
        else {
            const base = await git.tryExec(['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]);
            if (!base)
                throw (0,errors/* invalidInput */.aY)('base-ref', baseRef, 'a commit present in the checkout (actions/checkout with fetch-depth: 0, or git fetch origin main)');
            mergeBase = (await git.tryExec(['merge-base', base, 'HEAD'])) ?? base;
            const tracked = await git.paths(['diff', '-z', '--name-only', '--no-renames', mergeBase]);
            const untracked = await git.paths(['ls-files', '-z', '--others', '--exclude-standard', '--full-name']);
            changedNames = [...tracked, ...untracked];
        }
        const top = await git.topLevel();
        const changed = [...new Set(changedNames)].map((p) => external_node_path_default().relative(workspace, external_node_path_default().join(top, p)));
        const since = head ? 'HEAD (staged)' : baseRef;
        // Each track is read at the base once, for the watch rule and the bump rules alike.
        const baseRead = (0,files/* revisionReader */.v6)(workspace, mergeBase);
        const baseReadings = new Map();
        const atBase = (track) => {
            let reading = baseReadings.get(track.name);
            if (!reading)
                baseReadings.set(track.name, (reading = (0,tracks/* inspectTrack */.Ew)(track, baseRead).then((r) => r.reading)));
            return reading;
        };
        for (const track of config.tracks) {
            if (!track.watch.length)
                continue;
            const matches = (0,files/* workspaceGlob */.uy)(track.watch);
            const hits = changed.filter((file) => matches(file));
            const reading = readings.get(track.name);
            if (!hits.length || !reading)
                continue;
            watched++;
            const before = await atBase(track);
            if (!before)
                continue; // the track is new since the base: nothing to compare with
            previous.set(track.name, before.version);
            if (!(0,semver/* isGreater */.d0)(reading.version, before.version)) {
                const first = reading.locations[0];
                problems.push({
                    track: track.name,
                    message: `track '${track.name}': ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ', …' : ''} changed since ${since} but the version is still ${reading.version} (base ${before.version}); bump it (release-kit bump --${track.name}=patch${head ? ' --no-commit, then git add the version files' : ''})`,
                    location: { file: first.spec.file, line: first.occurrences[0].line },
                });
            }
        }
        problems.push(...(await bumpRuleProblems(config, readings, atBase, since)));
    }
    return { problems, previous, current, watched };
}
/**
 * The config's bump rules over what changed since the base: a bumped track's `implies` tracks are
 * bumped too, and when any track is bumped, every `required` one is.
 */
async function bumpRuleProblems(config, readings, atBase, since) {
    const bumped = new Map();
    const before = new Map();
    for (const track of config.tracks) {
        const reading = readings.get(track.name);
        const base = await atBase(track);
        if (!reading || !base)
            continue;
        before.set(track.name, base.version);
        if ((0,semver/* isGreater */.d0)(reading.version, base.version))
            bumped.set(track.name, `${base.version} → ${reading.version}`);
    }
    const problems = [];
    const missing = (name, why) => {
        const reading = readings.get(name);
        if (!reading || !before.has(name) || bumped.has(name))
            return;
        const first = reading.locations[0];
        problems.push({
            track: name,
            message: `track '${name}' is still ${reading.version} since ${since}, but ${why}; bump it (release-kit bump --${name}=patch)`,
            location: { file: first.spec.file, line: first.occurrences[0].line },
        });
    };
    for (const track of config.tracks) {
        if (!bumped.has(track.name))
            continue;
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

;// CONCATENATED MODULE: ./packages/release-kit/src/versions/rerun.ts
// Recognising a bump that an earlier run of the same request already made, so a rerun changes nothing.



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
        return { previous, current: new Map(current), message: '', tag: '', tagMessage: '', committed: false };
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
    const { message, tag, tagMessage } = releaseMessage(config, spec, next);
    if (!(await isReleaseCommit(state, 'HEAD', message, tag)))
        return undefined;
    return { previous, current: new Map(current), message, tag, tagMessage, committed: true, commit: state.head };
}
/** Whether `commit` is the release commit of `message` and `tag`: that message, or the tag already on it. */
async function isReleaseCommit(state, commit, message, tag) {
    const actual = await state.git.exec(['log', '-1', '--format=%B', commit]);
    if (actual.replace(/\n+$/, '') === message.replace(/\n+$/, ''))
        return true;
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
async function unpushedRelease(state, workspace, config, current, spec, remote) {
    const { git } = state;
    if (!(await git.tryExec(['remote', 'get-url', remote.name])))
        return undefined;
    let remoteHead;
    try {
        remoteHead = (await git.lsRemote(remote.name, '--heads', [`refs/heads/${remote.branch}`], remote.netEnv)).split('\t')[0];
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            return undefined;
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
    if (!candidate || candidate === state.head)
        return undefined; // HEAD itself: detectRerun's case
    const parent = await git.tryExec(['rev-parse', '--verify', '--quiet', `${candidate}^1`]);
    if (!parent)
        return undefined;
    const [base, there, atHead] = await Promise.all([parent, candidate, 'HEAD'].map((rev) => (0,files/* tryReadAllTracks */.Zg)(config.tracks, (0,files/* revisionReader */.v6)(workspace, rev))));
    if (!base || !there || !atHead)
        return undefined;
    const previous = (0,files/* versionsOf */.x4)(base);
    const next = nextVersions(previous, spec);
    const holds = (versions) => !!next && [...versions].every(([t, v]) => next.get(t) === v);
    if (!holds((0,files/* versionsOf */.x4)(there)) || !holds((0,files/* versionsOf */.x4)(atHead)) || !holds(current))
        return undefined;
    const { message, tag, tagMessage } = releaseMessage(config, spec, next);
    if (!(await isReleaseCommit(state, candidate, message, tag)))
        return undefined;
    return { previous, current: new Map(current), message, tag, tagMessage, committed: true, commit: candidate };
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

;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/log.ts
// A small logging seam so library code can warn and annotate without importing @actions/core.

/**
 * Run one step of an operation with its log lines in a group titled `title`, as the toolkit's
 * core.group does, so a step summary's reader can fold each step away. The group closes on failure too.
 */
async function inGroup(log, title, step) {
    log.startGroup?.(title);
    try {
        return await step();
    }
    finally {
        log.endGroup?.();
    }
}
/**
 * A terminal logger. `print` takes the progress lines (info, debug, group titles); warnings and
 * errors go to `problems` (stderr). The CLI passes stderr as `print` under --json, so stdout holds
 * only the one JSON object.
 */
function terminalLogger(sinks = { print: (line) => console.log(line), problems: (line) => console.error(line) }) {
    return {
        info: (m) => sinks.print(m),
        debug: (m) => {
            if (sinks.debug)
                sinks.print(`debug: ${m}`);
        },
        warning: (m, l) => sinks.problems(`warning: ${(0,errors/* locatedMessage */.mI)(m, l)}`),
        error: (m, l) => sinks.problems(`error: ${(0,errors/* locatedMessage */.mI)(m, l)}`),
        startGroup: (title) => sinks.print(`▸ ${title}`),
    };
}
/** Logger for library callers that pass nothing. */
const consoleLogger = terminalLogger();
/** A logger that swallows everything, for tests and quiet helpers. */
const silentLogger = { info() { }, debug() { }, warning() { }, error() { } };
/** A logger that keeps its lines until `replay`: for work that runs concurrently but reports in order. */
function bufferedLogger() {
    const lines = [];
    const keep = (level) => (message, location) => lines.push([level, message, location]);
    return {
        log: { info: keep('info'), debug: keep('debug'), warning: keep('warning'), error: keep('error') },
        replay(target) {
            for (const [level, message, location] of lines) {
                if (level === 'warning' || level === 'error')
                    target[level](message, location);
                else if (level === 'info' || level === 'debug')
                    target[level](message);
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/bump-version.steps.ts
// bump-version after its inputs and the tracks file are valid: bump, commit, tag and push, or
// check. Loaded lazily by operations/bump-version.ts.














const REMOTE = 'origin';
/** git's network environment for the token, its derived credential masked before git can print it. */
function networkEnv(settings, context) {
    const network = gitNetworkEnv(settings.token, context.runner.serverUrl);
    for (const secret of network.secrets)
        context.mask?.(secret);
    return network.env;
}
async function dirtyPaths(state, workspace) {
    const entries = await state.git.status();
    if (!entries.length)
        return [];
    // Porcelain paths are relative to the repository's top level; `include` and the tracks are relative to the workspace.
    const top = await state.git.topLevel();
    return entries.map((entry) => ({
        code: entry.code.trim(),
        path: external_node_path_default().relative(workspace, external_node_path_default().join(top, entry.path)),
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
    // The inputs win over the tracks file's messages (checked when it was read), which win over the defaults.
    if (settings.messageTemplate !== undefined)
        (0,versions_message/* checkMessageTemplate */.Oi)(settings.messageTemplate, names, 'commit-message');
    if (settings.tagMessageTemplate !== undefined)
        (0,versions_message/* checkMessageTemplate */.Oi)(settings.tagMessageTemplate, names, 'tag-message');
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
        if ((await (0,fs/* readRegularFile */.XF)(absolute, file, 'include')) === null)
            throw (0,errors/* invalidInput */.aY)('include', file, 'existing files inside the workspace');
        includes.push(external_node_path_default().relative(workspace, absolute));
    }
    const read = (0,files/* workingTreeReader */.LE)(workspace);
    const readings = await (0,files/* readAllTracks */.i4)(config.tracks, read);
    const current = (0,files/* versionsOf */.x4)(readings);
    const state = await gitPreflight(workspace);
    if (!state && (settings.commit || settings.tag || settings.push)) {
        throw (0,errors/* invalidInput */.aY)('commit', 'true', `false: ${workspace} is not a git repository with a commit (or run the bump inside one)`);
    }
    const spec = {
        request,
        preid: settings.preid,
        messageTemplate: settings.messageTemplate ?? config.commitMessage ?? versions_message/* DEFAULT_COMMIT_MESSAGE */.Kb,
        tagMessageTemplate: settings.tagMessageTemplate ?? config.tagMessage ?? versions_message/* DEFAULT_TAG_MESSAGE */.BK,
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
    // The release commit of this bump may sit below a merge: its push was refused, then `git pull` merged.
    const releaseBranch = state && settings.push ? pushBranch(state, runner.ref) : undefined;
    const stuck = releaseBranch
        ? await unpushedRelease(state, workspace, config, current, spec, {
            name: REMOTE,
            branch: releaseBranch,
            netEnv: networkEnv(settings, context),
        })
        : undefined;
    if (stuck)
        return finishRerun(stuck, state, settings, config, context);
    // With commit: false nothing is committed, so other changes cannot end up in a release commit: a
    // pre-commit hook's advice (`bump --chart=patch --no-commit` with the chart change staged) works.
    if (blocking.length && !settings.allowDirty && settings.commit)
        throw dirtyTreeError(blocking);
    const next = nextVersions(current, spec);
    if (!next) {
        // Name the first track that cannot go up, as the request lists them.
        const [track, kind] = [...request].find(([t, k]) => (0,semver/* nextVersion */.yU)(current.get(t), k, settings.preid) === undefined);
        throw (0,errors/* invalidInput */.aY)('bump', `${track}=${(0,semver/* describeBump */.aE)(kind, settings.preid)}`, `a bump to a version greater than ${track}'s current ${current.get(track)}`);
    }
    const { message, tag, tagMessage } = releaseMessage(config, spec, next);
    if (tag && !(0,versions_config/* isValidTagName */.Qd)(tag))
        throw (0,errors/* invalidInput */.aY)('tag', tag, 'a tag name git accepts');
    const plan = await (0,tracks/* planEdits */.r_)([...readings.values()], next, read);
    await (0,tracks/* verifyPlan */.Zl)([...readings.values()], next, plan, read);
    const changedFiles = plan.map((p) => p.file);
    let branch;
    const netEnv = networkEnv(settings, context);
    if (state && settings.push) {
        branch = pushBranch(state, runner.ref);
        if (!branch)
            throw (0,errors/* invalidInput */.aY)('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
        const remoteUrl = await state.git.tryExec(['remote', 'get-url', REMOTE]);
        if (!remoteUrl)
            throw (0,errors/* invalidInput */.aY)('push', 'true', `false, or add the remote '${REMOTE}'`);
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
    await (0,files/* applyPlan */.gj)(workspace, plan);
    let commit = '';
    if (state && settings.commit) {
        const paths = [...new Set([...changedFiles, ...includes])];
        commit = await commitRelease(state.git, paths, message, tag, tagMessage, () => (0,files/* restorePlan */.Cv)(workspace, plan));
        if (settings.push && branch)
            await pushRelease(state.git, REMOTE, branch, tag, netEnv, commit);
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
        ? await completeRelease(state, REMOTE, tag, rerun.tagMessage, {
            push: settings.push,
            workflowRef: runner.ref,
            netEnv,
            onUnreachable: unreachableNote(context, tag),
            release: rerun.commit,
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
async function check(settings, config, context) {
    const { runner, log } = context;
    const event = (0,runtime_context/* readEvent */.j_)(runner);
    const baseRef = settings.staged
        ? undefined
        : (settings.baseRef ??
            event.pull_request?.base?.sha ??
            (runner.baseRef ? `${REMOTE}/${runner.baseRef}` : undefined));
    // On a tag push (the release workflows, or a GitLab tag pipeline), the versions in the files must be
    // the ones the tag names.
    const onTag = (0,runtime_context/* tagFromRef */.q)(runner.ref) ?? runner.gitlab.tag;
    const { problems, previous, current, watched } = await checkTracks(runner.workspace, config, baseRef, onTag, {
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
            : `version check failed with ${problems.length} problem(s); first: ${(0,errors/* locatedMessage */.mI)(problems[0].message, problems[0].location)}`;
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
        ? inGroup(context.log, `Check the version tracks (${settings.configPath})`, () => check(settings, config, context))
        : inGroup(context.log, `Bump ${settings.bumpLines.join(', ') || 'the version tracks'}`, () => bump(settings, config, context));
}


/***/ })

};

//# sourceMappingURL=515.index.js.map