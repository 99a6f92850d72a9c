export const id = 349;
export const ids = [349];
export const modules = {

/***/ 4349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bumpOrCheck: () => (/* binding */ bumpOrCheck)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var plumbing_errors = __webpack_require__(3178);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/exec.ts
// Running programs: argument arrays only, never a shell string (enforced by ESLint too).

class ExecError extends Error {
    command;
    args;
    result;
    constructor(command, args, result) {
        super(`${command} ${args.join(' ')} exited with ${result.exitCode}: ${result.stderr.trim() || result.stdout.trim()}`);
        this.command = command;
        this.args = args;
        this.result = result;
        this.name = 'ExecError';
    }
}
/** Run `command` with `args` (no shell), capturing output silently. */
async function run(command, args, options = {}) {
    const result = await (0,exec/* getExecOutput */.H)(command, [...args], {
        cwd: options.cwd,
        // Handing the environment on, not reading it: a child gets this process's environment, as it
        // would with no `env` at all, plus the few variables the caller adds (git's token config).
        // eslint-disable-next-line no-restricted-properties -- passed through to the child untouched
        env: options.env ? { ...process.env, ...options.env } : undefined,
        input: options.input === undefined ? undefined : Buffer.from(options.input),
        ignoreReturnCode: true,
        silent: true,
    });
    const out = { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    if (out.exitCode !== 0 && !options.allowFailure)
        throw new ExecError(command, args, out);
    return out;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/git/git.ts
// Git through @actions/exec with argument arrays; every call names the repository it runs in.


/**
 * Why a push failed, in one line: git's rejection (`! [remote rejected] … (pre-receive hook declined)`)
 * and what the server said on `remote:` lines (a pre-receive hook's reason, GitHub's branch protection),
 * instead of git's closing "failed to push some refs", which says neither.
 */
function pushFailureReason(result) {
    const lines = `${result.stdout}\n${result.stderr}`
        .split('\n')
        // Control characters from the server (colours, carriage returns) would break the one line.
        // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
        .map((line) => line.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim())
        .filter(Boolean);
    const said = lines
        .filter((line) => line.startsWith('remote:'))
        .map((line) => line.slice('remote:'.length).trim())
        .filter(Boolean);
    const rejection = lines.find((line) => line.startsWith('!'))?.replace(/^!\s*/, '');
    const reason = rejection ?? lines.filter((line) => !line.startsWith('remote:')).pop() ?? `exit ${result.exitCode}`;
    const text = said.length ? `${reason}; the remote said: ${said.join(' / ')}` : reason;
    return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}
/** A repository's git, run with argument arrays in `cwd`. */
class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Run git and return trimmed stdout; throws ExecError on a non-zero exit. */
    async exec(args, env) {
        const result = await run('git', args, { cwd: this.cwd, env });
        return result.stdout.replace(/\n$/, '');
    }
    /** Run git and return null instead of throwing when it exits non-zero. */
    async tryExec(args) {
        try {
            return await this.exec(args);
        }
        catch (error) {
            if (error instanceof ExecError)
                return null;
            throw error;
        }
    }
    async head() {
        return this.exec(['rev-parse', 'HEAD']);
    }
    async topLevel() {
        return this.exec(['rev-parse', '--show-toplevel']);
    }
    /** `git status --porcelain` lines; empty means clean. */
    async statusLines() {
        const out = await this.exec(['status', '--porcelain']);
        return out === '' ? [] : out.split('\n');
    }
    /** The commit a local tag points at (peeled), or null. */
    async localTagCommit(tag) {
        return this.tryExec(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
    }
    /**
     * `git ls-remote <kind> <remote> <refs…>` with `env` (see gitNetworkEnv, which carries the token).
     * A refusal or an unreachable remote is the user's to fix, not a bug: it becomes a UserError.
     */
    async lsRemote(remote, kind, refs, env) {
        try {
            return await this.exec(['ls-remote', kind, remote, ...refs], env);
        }
        catch (error) {
            if (!(error instanceof ExecError))
                throw error;
            const reason = error.result.stderr.trim().split('\n').pop() ?? '';
            throw new plumbing_errors/* UserError */.yo(`cannot read the tags of ${remote} (${reason}); check the remote and the token's access (contents: write)`, {
                input: 'token',
                value: '***',
                valid: 'a token (or checkout credentials) that can read and push the repository',
            });
        }
    }
    /** The commit a tag points at on a remote (peeled when annotated), or null when absent. */
    async remoteTagCommit(remote, tag, env) {
        const out = await this.lsRemote(remote, '--tags', [`refs/tags/${tag}`, `refs/tags/${tag}^{}`], env);
        if (out === '')
            return null;
        const lines = out.split('\n').map((l) => l.split('\t'));
        const peeled = lines.find(([, ref]) => ref === `refs/tags/${tag}^{}`);
        return (peeled ?? lines[0])[0];
    }
    /** The committer time of a revision, in seconds since the epoch. */
    /**
     * Committer time (seconds) of `rev`, or of the last commit up to `rev` that touched `pathspec`
     * (relative to this repository's cwd); NaN when no commit did.
     */
    async commitTime(rev = 'HEAD', pathspec) {
        const out = await this.exec([
            'log',
            '-1',
            '--format=%ct',
            rev,
            ...(pathspec === undefined ? [] : ['--', pathspec]),
        ]);
        return out.trim() === '' ? Number.NaN : Number(out);
    }
    /** Every tag name of the repository (`git tag --list`). */
    async tags() {
        return (await this.exec(['tag', '--list'])).split('\n').filter((t) => t !== '');
    }
    async currentBranch() {
        return this.tryExec(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    }
    /** File content at a revision, or null when the path does not exist there. */
    async show(rev, file) {
        return this.tryExec(['show', `${rev}:${file}`]);
    }
    /** Paths changed between `base` and the working tree's HEAD. */
    async changedFiles(base, head = 'HEAD') {
        const out = await this.exec(['diff', '--name-only', `${base}...${head}`]);
        return out === '' ? [] : out.split('\n');
    }
}

;// CONCATENATED MODULE: ./packages/release-kit/src/git/release.ts
// Git for a release: the repository to commit in, the commit identity, tags here and on the remote, the push.



/** Who commits when the checkout has no identity (a fresh runner has none). */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** The repository `workspace` is in, or undefined when it is not inside one with a commit. */
async function gitPreflight(workspace) {
    const git = new Git(workspace);
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
        if (options.mustReach || !(error instanceof plumbing_errors/* UserError */.yo))
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
    return new plumbing_errors/* UserError */.yo(`tag ${tag} already exists ${taken.where} at ${taken.commit}, and HEAD is ${head}: release-kit never moves or reuses a tag; ${way}`, {
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
        if (!(error instanceof ExecError))
            throw error;
        // Usually a repository hook refusing the commit: the user's to fix; the files are as they were.
        const reason = error.result.stderr.trim().split('\n').pop() ||
            error.result.stdout.trim().split('\n').pop() ||
            `exit ${error.result.exitCode}`;
        throw new plumbing_errors/* UserError */.yo(`git commit failed (${reason}); the version files were put back as they were`, {
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
        throw new plumbing_errors/* UserError */.yo(`pushing ${refs.join(' and ')} to ${remote} failed (${error instanceof ExecError ? pushFailureReason(error.result) : String(error)}); the commit${tag ? ' and tag' : ''} exist locally: rerun to push them, or pull and bump again if ${branch} moved`, {
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
            throw new plumbing_errors/* UserError */.yo(`tag ${tag} already exists on ${remote} at ${remoteCommit}, and HEAD is ${head}: release-kit never moves or reuses a pushed tag`, { input: 'tag', value: tag });
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
            throw (0,plumbing_errors/* invalidInput */.aY)('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
        const remoteHead = await git.lsRemote(remote, '--heads', [`refs/heads/${branch}`], options.netEnv);
        const remoteTag = tag ? await git.remoteTagCommit(remote, tag, options.netEnv) : head;
        if (!remoteHead.startsWith(head) || remoteTag !== head) {
            await pushRelease(git, remote, branch, tag, options.netEnv, head);
            notes.push(`pushed the release to ${remote}/${branch}`);
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
            throw (0,plumbing_errors/* invalidInput */.aY)('bump', line, `lines of track=kind, tracks: ${names.join(', ')}; kinds: ${semver/* VALID_BUMP_KINDS */["in"]}`);
        const [, track, kindText] = match;
        if (!names.includes(track))
            throw (0,plumbing_errors/* invalidInput */.aY)('bump', line, `a track from ${config.file}: ${names.join(', ')}`);
        const kind = (0,semver/* parseBumpKind */.Ac)(kindText);
        if (!kind)
            throw (0,plumbing_errors/* invalidInput */.aY)('bump', line, `${track}=KIND with KIND one of ${semver/* VALID_BUMP_KINDS */["in"]}`);
        if (request.has(track))
            throw (0,plumbing_errors/* invalidInput */.aY)('bump', line, `each track once (${track} is given twice)`);
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
        throw new plumbing_errors/* UserError */.yo(`track '${track.name}' is required in every bump (${config.file}: required: true) and the bump ${asked} leaves it out: add --${track.name}=patch (bump line ${track.name}=patch), or declare implies: [${track.name}] on the bumped track`, {
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

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/text.ts
var versions_text = __webpack_require__(8925);
;// CONCATENATED MODULE: ./packages/release-kit/src/versions/locations.ts
// Finding a version inside one file (YAML key, JSON key or text pattern) and rewriting only it.
// Every edit splices the original text at the value's source range, so comments, quoting, key
// order, indentation and the trailing newline survive byte for byte.




/** How the file is treated: by its extension when a key is used, as text for a pattern. */
function locationKind(spec) {
    if (spec.pattern !== undefined)
        return 'pattern';
    return /\.(json|jsonc|json5)$/i.test(spec.file) ? 'json' : 'yaml';
}
/** What a location is, for messages: `charts/x/Chart.yaml key appVersion`. */
function describeLocation(spec) {
    return spec.pattern !== undefined ? `${spec.file} pattern ${spec.pattern}` : `${spec.file} key ${spec.key}`;
}
/**
 * The occurrences of `spec` in `text` (one for a key, one or more for a pattern). A missing key, a
 * pattern that matches nothing, or a value that is not a plain string is a UserError on the file.
 */
function findOccurrences(spec, text) {
    switch (locationKind(spec)) {
        case 'pattern':
            return findPattern(spec, text);
        case 'json':
            return [findJsonKey(spec, text)];
        default:
            return [findYamlKey(spec, text)];
    }
}
/** Replace every occurrence's value with `version`; everything else stays byte-identical. */
function rewriteOccurrences(text, occurrences, version) {
    return spliceVersions(text, occurrences.map((occurrence) => ({ occurrence, version })));
}
/** Splice several (non-overlapping) occurrences, each with its own new version. */
function spliceVersions(text, edits) {
    const sorted = [...edits].sort((a, b) => a.occurrence.start - b.occurrence.start);
    let out = '';
    let at = 0;
    for (const { occurrence, version } of sorted) {
        if (occurrence.start < at)
            throw new Error(`overlapping version edits at offset ${occurrence.start}`);
        out += text.slice(at, occurrence.start) + version;
        at = occurrence.end;
    }
    return out + text.slice(at);
}
function locationError(spec, message, line) {
    return new plumbing_errors/* UserError */.yo(`${spec.file}: ${message}`, {
        input: 'config',
        value: spec.file,
        location: { file: spec.file, line: line ?? 1 },
    });
}
function keySegments(key) {
    return key.split('.');
}
function findYamlKey(spec, text) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, keepSourceTokens: true });
    if (doc.errors.length) {
        throw locationError(spec, `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`, (0,versions_text/* lineOf */.c)(text, doc.errors[0].pos[0]));
    }
    // Numeric segments index sequences; yaml's getIn accepts them as strings for sequences too.
    const node = doc.getIn(keySegments(spec.key), true);
    if (node === undefined || node === null)
        throw locationError(spec, `key ${spec.key} not found`);
    const line = (0,versions_text/* lineOf */.c)(text, node.range?.[0] ?? 0);
    if (!(0,dist/* isScalar */.jn)(node) || !node.range)
        throw locationError(spec, `key ${spec.key} is not a plain value (a map, list or alias)`, line);
    const [start, end] = node.range;
    const source = text.slice(start, end);
    const value = typeof node.value === 'string' ? node.value : String(node.value);
    // Only styles whose source text is the version itself, bare or in quotes, can be spliced safely.
    let inner;
    if (node.type === 'PLAIN' && source === value)
        inner = [start, end];
    if (node.type === 'QUOTE_DOUBLE' && source === `"${value}"`)
        inner = [start + 1, end - 1];
    if (node.type === 'QUOTE_SINGLE' && source === `'${value}'`)
        inner = [start + 1, end - 1];
    if (!inner)
        throw locationError(spec, `key ${spec.key} holds ${(0,plumbing_errors/* showValue */.vp)(source)}, not a version written as a plain or quoted scalar`, line);
    return { value, start: inner[0], end: inner[1], line };
}
function findJsonKey(spec, text) {
    const errors = [];
    const root = (0,main.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (!root || errors.length)
        throw locationError(spec, 'not valid JSON', errors.length ? (0,versions_text/* lineOf */.c)(text, errors[0].offset) : 1);
    let node = root;
    // Walked by hand because findNodeAtLocation wants numbers for array indices and the key path is text.
    for (const segment of keySegments(spec.key)) {
        if (node?.type === 'object') {
            node = node.children?.find((p) => p.children?.[0]?.value === segment)?.children?.[1];
        }
        else if (node?.type === 'array' && /^\d+$/.test(segment)) {
            node = node.children?.[Number(segment)];
        }
        else {
            node = undefined;
        }
        if (!node)
            break;
    }
    if (!node)
        throw locationError(spec, `key ${spec.key} not found`);
    const line = (0,versions_text/* lineOf */.c)(text, node.offset);
    if (node.type !== 'string') {
        throw locationError(spec, `key ${spec.key} holds ${(0,plumbing_errors/* showValue */.vp)(text.slice(node.offset, node.offset + node.length))}, expected a version string`, line);
    }
    const source = text.slice(node.offset, node.offset + node.length);
    if (source !== JSON.stringify(node.value))
        throw locationError(spec, `key ${spec.key} holds an escaped string ${(0,plumbing_errors/* showValue */.vp)(source)}`, line);
    return { value: node.value, start: node.offset + 1, end: node.offset + node.length - 1, line };
}
function findPattern(spec, text) {
    const re = new RegExp(spec.pattern, 'dgm');
    const found = [];
    for (const match of text.matchAll(re)) {
        const span = match.indices?.[1];
        if (!span)
            continue; // the group did not take part in this match
        found.push({ value: match[1], start: span[0], end: span[1], line: (0,versions_text/* lineOf */.c)(text, span[0]) });
        if (found.length > 10_000)
            break;
    }
    if (found.length === 0)
        throw locationError(spec, `pattern ${spec.pattern} matches nothing`);
    return found;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/versions/tracks.ts
// Reading every location of a track, checking that they agree, and planning the edits of a bump.



/**
 * Read every location of `track` and check that each holds the same strict SemVer version.
 * Returns the reading, or the problems (missing file or key, non-SemVer value, disagreement).
 */
async function inspectTrack(track, read) {
    const problems = [];
    const locations = [];
    for (const spec of track.files) {
        const text = await read(spec.file);
        if (text === null) {
            problems.push({
                track: track.name,
                message: `track '${track.name}': ${spec.file} does not exist`,
                location: { file: spec.file },
            });
            continue;
        }
        try {
            locations.push({ spec, occurrences: findOccurrences(spec, text) });
        }
        catch (error) {
            if (!(error instanceof plumbing_errors/* UserError */.yo))
                throw error;
            problems.push({
                track: track.name,
                message: `track '${track.name}': ${error.message}`,
                location: error.location ?? { file: spec.file },
            });
        }
    }
    for (const { spec, occurrences } of locations) {
        for (const o of occurrences) {
            if (!(0,semver/* isStrictSemver */.iS)(o.value)) {
                problems.push({
                    track: track.name,
                    message: `track '${track.name}': ${describeLocation(spec)} holds ${(0,plumbing_errors/* showValue */.vp)(o.value)}, which is not a SemVer version (expected x.y.z, e.g. 1.2.3 or 1.2.3-rc.1)`,
                    location: { file: spec.file, line: o.line },
                });
            }
        }
    }
    if (problems.length)
        return { problems };
    const values = new Set(locations.flatMap((l) => l.occurrences.map((o) => o.value)));
    if (values.size > 1) {
        const listing = locations.flatMap((l) => l.occurrences.map((o) => `${l.spec.file}:${o.line} (${l.spec.key ?? 'pattern'}) = ${o.value}`));
        const first = locations[0].occurrences[0].value;
        const odd = locations.flatMap((l) => l.occurrences.map((o) => ({ l, o }))).find(({ o }) => o.value !== first);
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
async function readTrack(track, read) {
    const { reading, problems } = await inspectTrack(track, read);
    if (reading)
        return reading;
    throw new plumbing_errors/* UserError */.yo(problems.map((p) => p.message).join(' | '), {
        input: 'config',
        value: track.name,
        location: problems[0].location,
    });
}
/**
 * The new content of every file touched by giving each track in `next` its new version. Several
 * tracks may share a file (a Chart.yaml holds both `version` and `appVersion`). Unchanged files are
 * left out. `read` must return the same text the readings were made from.
 */
async function planEdits(readings, next, read) {
    const perFile = new Map();
    for (const reading of readings) {
        const version = next.get(reading.track.name);
        if (version === undefined || version === reading.version)
            continue;
        for (const location of reading.locations) {
            const edits = perFile.get(location.spec.file) ?? [];
            for (const occurrence of location.occurrences) {
                const clash = edits.find((e) => e.occurrence.start < occurrence.end && occurrence.start < e.occurrence.end);
                if (clash && (clash.occurrence.start !== occurrence.start || clash.version !== version)) {
                    throw new plumbing_errors/* UserError */.yo(`${location.spec.file}:${occurrence.line}: two tracks claim the same version text; give each track its own location`, {
                        input: 'config',
                        value: location.spec.file,
                        location: { file: location.spec.file, line: occurrence.line },
                    });
                }
                if (!clash)
                    edits.push({ occurrence, version });
            }
            perFile.set(location.spec.file, edits);
        }
    }
    const plan = [];
    for (const [file, edits] of perFile) {
        const before = await read(file);
        if (before === null)
            throw new Error(`${file} vanished while planning the bump`);
        const after = spliceVersions(before, edits);
        if (after !== before)
            plan.push({ file, before, after });
    }
    return plan;
}
/**
 * Re-read the planned content and confirm that each bumped track now reads as its new version
 * everywhere: a guard against an edit that landed anywhere but on the version scalar.
 */
async function verifyPlan(readings, next, plan, read) {
    const planned = new Map(plan.map((p) => [p.file, p.after]));
    const readPlanned = async (file) => planned.get(file) ?? read(file);
    for (const reading of readings) {
        const expected = next.get(reading.track.name) ?? reading.version;
        const { reading: again, problems } = await inspectTrack(reading.track, readPlanned);
        if (again?.version === expected)
            continue;
        // Usually a pattern too narrow for the new version (x.y.z only, but the bump made a prerelease).
        const where = problems[0]?.location ?? { file: reading.locations[0].spec.file };
        throw new plumbing_errors/* UserError */.yo(`track '${reading.track.name}' would not read back as ${expected} after the bump (${problems[0]?.message ?? `it reads ${again?.version}`}); widen the location's pattern to match ${expected}`, { input: 'config', value: reading.track.name, location: where });
    }
}

;// CONCATENATED MODULE: ./packages/release-kit/src/versions/files.ts
// The version files as the tracks see them: in the working tree or at a revision, and written all or nothing.






/** Reads files of the working tree (relative to the workspace), caching so that every step sees one text. */
function workingTreeReader(workspace) {
    const cache = new Map();
    return async (file) => {
        if (!cache.has(file)) {
            try {
                cache.set(file, await (0,promises_.readFile)(external_node_path_default().join(workspace, file), 'utf8'));
            }
            catch (error) {
                if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR')
                    throw error;
                cache.set(file, null);
            }
        }
        return cache.get(file);
    };
}
/** Reads files as they are in commit `rev` (paths relative to the workspace), byte for byte. */
function revisionReader(workspace, rev) {
    const cache = new Map();
    return (file) => {
        if (!cache.has(file)) {
            // Not Git.show: it drops the final newline, and a version file must compare byte for byte.
            cache.set(file, run('git', ['show', `${rev}:./${file}`], { cwd: workspace, allowFailure: true }).then((r) => r.exitCode === 0 ? r.stdout : null));
        }
        return cache.get(file);
    };
}
/** Every track's reading through `read`; a missing or out-of-sync location is a UserError. */
async function readAllTracks(tracks, read) {
    const readings = new Map();
    for (const track of tracks)
        readings.set(track.name, await readTrack(track, read));
    return readings;
}
/** Readings at a revision, or undefined when any location is missing or unreadable there. */
async function tryReadAllTracks(tracks, read) {
    try {
        return await readAllTracks(tracks, read);
    }
    catch (error) {
        if (error instanceof plumbing_errors/* UserError */.yo)
            return undefined;
        throw error;
    }
}
/** The version of each track in `readings`, by track name. */
function versionsOf(readings) {
    return new Map([...readings].map(([name, r]) => [name, r.version]));
}
/** Write the plan; on any failure put back what was already written so no partial bump remains. */
async function applyPlan(workspace, plan) {
    const written = [];
    try {
        for (const edit of plan) {
            await (0,fs/* writeFileAtomic */.Zf)(external_node_path_default().join(workspace, edit.file), edit.after);
            written.push(edit);
        }
    }
    catch (error) {
        for (const edit of written)
            await (0,fs/* writeFileAtomic */.Zf)(external_node_path_default().join(workspace, edit.file), edit.before);
        throw error;
    }
}
/** Put every file of an applied plan back as it was before (after a refused commit). */
async function restorePlan(workspace, plan) {
    for (const edit of plan)
        await (0,fs/* writeFileAtomic */.Zf)(external_node_path_default().join(workspace, edit.file), edit.before);
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
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
    const read = options.staged ? revisionReader(workspace, '') : workingTreeReader(workspace);
    const problems = [];
    const current = new Map();
    const readings = new Map();
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
    const git = new Git(workspace);
    const head = options.staged ? await git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']) : null;
    if ((baseRef || head) && config.tracks.some((t) => t.watch.length || t.implies.length || t.required)) {
        let mergeBase;
        let changedNames;
        if (head) {
            mergeBase = head;
            changedNames = await git.exec(['diff', '--cached', '--name-only', '--no-renames', head]);
        }
        else {
            const base = await git.tryExec(['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]);
            if (!base)
                throw (0,plumbing_errors/* invalidInput */.aY)('base-ref', baseRef, 'a commit present in the checkout (actions/checkout with fetch-depth: 0, or git fetch origin main)');
            mergeBase = (await git.tryExec(['merge-base', base, 'HEAD'])) ?? base;
            const tracked = await git.exec(['diff', '--name-only', '--no-renames', mergeBase]);
            const untracked = await git.exec(['ls-files', '--others', '--exclude-standard', '--full-name']);
            changedNames = [tracked, untracked].join('\n');
        }
        const top = await git.topLevel();
        const changed = [...new Set(changedNames.split('\n').filter(Boolean))].map((p) => external_node_path_default().relative(workspace, external_node_path_default().join(top, p)));
        const since = head ? 'HEAD (staged)' : baseRef;
        // Each track is read at the base once, for the watch rule and the bump rules alike.
        const baseRead = revisionReader(workspace, mergeBase);
        const baseReadings = new Map();
        const atBase = (track) => {
            let reading = baseReadings.get(track.name);
            if (!reading)
                baseReadings.set(track.name, (reading = inspectTrack(track, baseRead).then((r) => r.reading)));
            return reading;
        };
        for (const track of config.tracks) {
            if (!track.watch.length)
                continue;
            const matches = picomatch_default()(track.watch, { dot: true });
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
                    message: `track '${track.name}': ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ', …' : ''} changed since ${since} but the version is still ${reading.version} (base ${before.version}); bump it (release-kit bump --${track.name}=patch${head ? ', then stage the version files' : ''})`,
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
        const base = await tryReadAllTracks(config.tracks, revisionReader(workspace, 'HEAD'));
        if (!base)
            return undefined;
        const previous = versionsOf(base);
        if (!holds(nextVersions(previous, spec), current))
            return undefined;
        return { previous, current: new Map(current), message: '', tag: '', committed: false };
    }
    if (!options.clean)
        return undefined;
    const parent = await state.git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^1']);
    if (!parent)
        return undefined;
    const base = await tryReadAllTracks(config.tracks, revisionReader(workspace, parent));
    const atHead = await tryReadAllTracks(config.tracks, revisionReader(workspace, 'HEAD'));
    if (!base || !atHead)
        return undefined;
    const previous = versionsOf(base);
    const next = nextVersions(previous, spec);
    if (!holds(next, current) || !holds(next, versionsOf(atHead)))
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
    const there = await tryReadAllTracks(config.tracks, revisionReader(workspace, commit));
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
        warning: (m, l) => sinks.problems(`warning: ${(0,plumbing_errors/* locatedMessage */.mI)(m, l)}`),
        error: (m, l) => sinks.problems(`error: ${(0,plumbing_errors/* locatedMessage */.mI)(m, l)}`),
        startGroup: (title) => sinks.print(`▸ ${title}`),
    };
}
/** Logger for library callers that pass nothing. */
const consoleLogger = terminalLogger();
/** A logger that swallows everything, for tests and quiet helpers. */
const silentLogger = { info() { }, debug() { }, warning() { }, error() { } };

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
    return new plumbing_errors/* UserError */.yo(`the working tree has changes the release commit would not hold (${shown}${more}): commit or stash them, name the ones that belong to the release with --include (input include), or pass --allow-dirty (input allow-dirty: true) to bump anyway`, {
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
        throw (0,plumbing_errors/* invalidInput */.aY)('bump', '', `one or more lines track=kind, tracks: ${names.join(', ')}`);
    const request = completeBumpRequest(asked, config);
    (0,versions_message/* checkMessageTemplate */.Oi)(settings.messageTemplate, names);
    const tagTrack = config.tagTrack;
    if (settings.tag) {
        if (!tagTrack)
            throw (0,plumbing_errors/* invalidInput */.aY)('tag', 'true', `false: no track in ${config.file} names a tag (add tag: "v{version}" to one)`);
        if (!request.has(tagTrack.name))
            throw (0,plumbing_errors/* invalidInput */.aY)('tag', 'true', `false, or also bump track '${tagTrack.name}' (it names the tag), e.g. ${tagTrack.name}=patch`);
        if (!settings.commit)
            throw (0,plumbing_errors/* invalidInput */.aY)('tag', 'true', 'false when commit is false (a tag needs the release commit)');
    }
    if (settings.push && !settings.commit)
        throw (0,plumbing_errors/* invalidInput */.aY)('push', 'true', 'false when commit is false (there is no commit to push)');
    const includes = [];
    for (const file of settings.include) {
        const absolute = await (0,fs/* resolveInside */.LI)(workspace, file, 'include');
        try {
            await (0,promises_.readFile)(absolute);
        }
        catch {
            throw (0,plumbing_errors/* invalidInput */.aY)('include', file, 'existing files inside the workspace');
        }
        includes.push(external_node_path_default().relative(workspace, absolute));
    }
    const read = workingTreeReader(workspace);
    const readings = await readAllTracks(config.tracks, read);
    const current = versionsOf(readings);
    const state = await gitPreflight(workspace);
    if (!state && (settings.commit || settings.tag || settings.push)) {
        throw (0,plumbing_errors/* invalidInput */.aY)('commit', 'true', `false: ${workspace} is not a git repository with a commit (or run the bump inside one)`);
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
        throw (0,plumbing_errors/* invalidInput */.aY)('bump', `${track}=${(0,semver/* describeBump */.aE)(kind, settings.preid)}`, `a bump to a version greater than ${track}'s current ${current.get(track)}`);
    }
    const { message, tag } = releaseMessage(config, spec, next);
    if (tag && !(0,versions_config/* isValidTagName */.Qd)(tag))
        throw (0,plumbing_errors/* invalidInput */.aY)('tag', tag, 'a tag name git accepts');
    const plan = await planEdits([...readings.values()], next, read);
    await verifyPlan([...readings.values()], next, plan, read);
    const changedFiles = plan.map((p) => p.file);
    let branch;
    const netEnv = networkEnv(settings, context);
    if (state && settings.push) {
        branch = pushBranch(state, runner.ref);
        if (!branch)
            throw (0,plumbing_errors/* invalidInput */.aY)('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
        const remoteUrl = await state.git.tryExec(['remote', 'get-url', REMOTE]);
        if (!remoteUrl)
            throw (0,plumbing_errors/* invalidInput */.aY)('push', 'true', `false, or add the remote '${REMOTE}'`);
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
        commit = await commitRelease(state.git, paths, message, tag, () => restorePlan(workspace, plan));
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
        ? await completeRelease(state, REMOTE, tag, {
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
async function check(settings, config, context) {
    const { runner, log } = context;
    const event = (0,runtime_context/* readEvent */.j_)(runner);
    const baseRef = settings.staged
        ? undefined
        : (settings.baseRef ??
            event.pull_request?.base?.sha ??
            (runner.baseRef ? `${REMOTE}/${runner.baseRef}` : undefined));
    // On a tag push (the release workflows), the versions in the files must be the ones the tag names.
    const onTag = (0,runtime_context/* tagFromRef */.q)(runner.ref);
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
            : `version check failed with ${problems.length} problem(s); first: ${problems[0].message}`;
        throw new plumbing_errors/* UserError */.yo(message, {
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

//# sourceMappingURL=349.index.js.map