export const id = 535;
export const ids = [535];
export const modules = {

/***/ 8535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishToCatalog: () => (/* binding */ publishToCatalog)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(3178);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/exec.ts
// Running programs: argument arrays only, never a shell string (enforced by ESLint too).




class exec_ExecError extends Error {
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
/** The first executable `name` (`name.exe` on Windows) in the directories of `pathEnv`, or undefined. */
async function findExecutable(name, pathEnv) {
    const file = process.platform === 'win32' ? `${name}.exe` : name;
    for (const dir of pathEnv.split((external_node_path_default()).delimiter).filter(Boolean)) {
        const candidate = external_node_path_default().join(dir, file);
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            if ((await (0,promises_.stat)(candidate)).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** Run `command` with `args` (no shell), capturing output silently. */
async function run(command, args, options = {}) {
    const result = await (0,exec/* getExecOutput */.H)(command, [...args], {
        cwd: options.cwd,
        // Handing the environment on, not reading it: a child gets this process's environment, as it
        // would with no `env` at all, plus the few variables the caller adds (git's token config).
        env: options.inheritEnv === false
            ? (options.env ?? {})
            : options.env
                ? { ...inheritedEnv(), ...options.env }
                : undefined,
        input: options.input === undefined ? undefined : Buffer.from(options.input),
        ignoreReturnCode: true,
        silent: true,
    });
    const out = { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    if (out.exitCode !== 0 && !options.allowFailure)
        throw new exec_ExecError(command, args, out);
    return out;
}
/** This process's environment, passed through to a child untouched (never read here). */
function inheritedEnv() {
    // eslint-disable-next-line no-restricted-properties -- passed through to the child untouched
    return process.env;
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
class git_Git {
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
            if (error instanceof exec_ExecError)
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
    /**
     * Paths git prints for `args` (which must hold `-z`), exactly as named: with -z git neither quotes
     * nor escapes them, so a name with non-ASCII characters or a newline is read as it is.
     */
    async paths(args) {
        return (await this.exec(args)).split('\0').filter((p) => p !== '');
    }
    /**
     * `git status --porcelain -z`: each changed path (relative to the top level) and its two-letter
     * code; empty means clean. A rename or copy is reported under its new path.
     */
    async status() {
        const fields = (await this.exec(['status', '--porcelain', '-z'])).split('\0');
        const entries = [];
        for (let i = 0; i < fields.length; i++) {
            if (fields[i] === '')
                continue;
            const code = fields[i].slice(0, 2);
            entries.push({ code, path: fields[i].slice(3) });
            if (/[RC]/.test(code))
                i++; // the next field is the rename's or copy's source
        }
        return entries;
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
            if (!(error instanceof exec_ExecError))
                throw error;
            const reason = error.result.stderr.trim().split('\n').pop() ?? '';
            throw new errors/* UserError */.yo(`cannot read the tags of ${remote} (${reason}); check the remote and the token's access (contents: write)`, {
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
        return this.paths(['diff', '-z', '--name-only', `${base}...${head}`]);
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
        if (options.mustReach || !(error instanceof UserError))
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
    return new UserError(`tag ${tag} already exists ${taken.where} at ${taken.commit}, and HEAD is ${head}: release-kit never moves or reuses a tag; ${way}`, {
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
        if (!(error instanceof ExecError))
            throw error;
        // Usually a repository hook refusing the commit: the user's to fix; the files are as they were.
        const reason = error.result.stderr.trim().split('\n').pop() ||
            error.result.stdout.trim().split('\n').pop() ||
            `exit ${error.result.exitCode}`;
        throw new UserError(`git commit failed (${reason}); the version files were put back as they were`, {
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
        if (!(error instanceof ExecError))
            throw error;
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
            throw new UserError(`tag ${tag} already exists on ${remote} at ${remoteCommit}, and ${release === head ? `HEAD is ${head}` : `the release commit is ${release}`}: release-kit never moves or reuses a pushed tag`, { input: 'tag', value: tag });
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
            throw invalidInput('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
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

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(8135);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/release-kit/src/catalogs/git-objects.ts
// Git object ids computed from bytes, as git hashes blob and tree objects: what a catalog commit must
// hold can be named and checked without a git process per file.

/** The content in parts of about a MiB (bytes, or strings to encode as UTF-8), in order. */
function* contentChunks(content) {
    if (content instanceof Uint8Array)
        yield content;
    else
        for (const piece of typeof content === 'string' ? [content] : content)
            yield* utf8Chunks(piece);
}
/** The content's size in bytes. */
function contentLength(content) {
    if (content instanceof Uint8Array)
        return content.length;
    return (typeof content === 'string' ? [content] : content).reduce((n, piece) => n + Buffer.byteLength(piece), 0);
}
/** The id git gives a blob of this content (`git hash-object --no-filters`). */
function blobId(content, format) {
    const hash = (0,external_node_crypto_.createHash)(format).update(`blob ${contentLength(content)}\0`);
    for (const chunk of contentChunks(content))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * A long text in slices of about a MiB, never splitting a surrogate pair, so that each slice
 * encodes to its own part of the UTF-8 bytes: a 46 MB index.yaml is hashed and written without a
 * second whole copy in memory.
 */
function* utf8Chunks(text, size = 1 << 20) {
    for (let at = 0; at < text.length;) {
        let end = Math.min(at + size, text.length);
        const last = text.charCodeAt(end - 1);
        // A slice ending on the first half of a surrogate pair would encode it alone: end before it (or after the pair).
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end += end - 1 > at ? -1 : 1;
        yield text.slice(at, end);
        at = end;
    }
}
/**
 * The id of the tree git would record for `files` (paths relative to the tree, `/`-separated), every
 * file a regular non-executable one (mode 100644), as the catalog writes them.
 */
function treeId(files, format) {
    const children = new Map();
    for (const [file, data] of files) {
        const slash = file.indexOf('/');
        if (slash < 0) {
            children.set(file, data);
            continue;
        }
        const dir = file.slice(0, slash);
        let sub = children.get(dir);
        if (!(sub instanceof Map))
            children.set(dir, (sub = new Map()));
        sub.set(file.slice(slash + 1), data);
    }
    // git sorts a tree's entries by name, comparing a folder's name as if it ended with '/'.
    const sortKey = (name) => (children.get(name) instanceof Map ? `${name}/` : name);
    const names = [...children.keys()].sort((a, b) => Buffer.compare(Buffer.from(sortKey(a)), Buffer.from(sortKey(b))));
    const body = names.map((name) => {
        const child = children.get(name);
        const id = child instanceof Map ? treeId(child, format) : blobId(child, format);
        return Buffer.concat([
            Buffer.from(`${child instanceof Map ? '40000' : '100644'} ${name}\0`),
            Buffer.from(id, 'hex'),
        ]);
    });
    const content = Buffer.concat(body);
    return (0,external_node_crypto_.createHash)(format).update(`tree ${content.length}\0`).update(content).digest('hex');
}

;// CONCATENATED MODULE: ./packages/release-kit/src/catalogs/git-sync.ts
// Syncing a change into a catalog's git repository: fetch the branch tip, apply the change, commit,
// push; when the push loses a race (the branch moved), start again from the new tip, a bounded number of times.








/**
 * Apply a change on the tip of `remote.branch` and push it without force. A rejected push whose
 * cause is that the branch moved (another publisher landed first) is retried from a fresh fetch
 * of the new tip, re-applying the change there rather than rebasing: re-applying re-reads the
 * catalog, so a merged index.yaml is merged again instead of conflicting, and a version the other
 * publisher just added is judged again (unchanged or refused). Any other refusal stops at once.
 */
async function syncCatalog(options) {
    const { remote, log } = options;
    for (let attempt = 1;; attempt++) {
        const checkout = await (0,promises_.mkdtemp)(external_node_path_default().join(options.workDir, `attempt-${attempt}-`));
        try {
            const git = new git_Git(checkout);
            const tip = await fetchTip(git, remote);
            log.info(tip
                ? `catalog: ${remote.branch} is at ${tip}`
                : `catalog: branch ${remote.branch} does not exist yet; it will be created`);
            const change = await options.apply(checkout, attempt);
            if (!change.changed)
                return { attempts: attempt };
            await git.exec(['add', '--all', '--', ...change.paths]);
            const identity = await commitIdentityArgs(git);
            await git.exec([...identity, 'commit', '--quiet', '--no-verify', '--cleanup=verbatim', '-m', change.message]);
            const commit = await git.head();
            await checkCommittedBlobs(git, change.written);
            const pushed = await push(git, remote);
            if (pushed === true) {
                log.info(`catalog: pushed ${commit} to ${remote.branch}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
                return { commit, attempts: attempt };
            }
            const now = await remoteTip(git, remote);
            if (now === tip) {
                throw new errors/* UserError */.yo(`catalog: the push to ${remote.branch} of ${remote.url} was refused (${pushed}); check branch protection and the token's access (contents: write)`, {
                    input: 'token',
                    value: '***',
                    valid: 'a token that can push to the catalog branch',
                });
            }
            if (attempt >= options.maxAttempts) {
                throw new errors/* UserError */.yo(`catalog: ${remote.branch} of ${remote.url} moved during each of ${attempt} attempts (other publishers); nothing of this run landed; run it again`, {
                    input: 'max-attempts',
                    value: options.maxAttempts,
                    valid: 'more attempts, or fewer concurrent publishers',
                });
            }
            const wait = (0,retry/* backoffMs */.jo)(attempt - 1, options.retryBaseMs);
            log.info(`catalog: ${remote.branch} moved to ${now ?? '(deleted)'} while pushing; re-applying on the new tip in ${wait} ms (attempt ${attempt + 1} of ${options.maxAttempts})`);
            await (0,retry/* sleep */.yy)(wait);
        }
        finally {
            await (0,promises_.rm)(checkout, { recursive: true, force: true });
        }
    }
}
/**
 * Attributes for every path of the checkout, above the catalog's own .gitattributes (info/attributes
 * wins over them) and the user's core.autocrlf: no end-of-line conversion, clean/smudge filter
 * (git-lfs included), $Id$ expansion or re-encoding, so the checkout holds the committed bytes and a
 * commit holds the bytes written. A catalog's `* text eol=lf` would otherwise rewrite a .tgz's CRLF
 * byte pairs (its digest no longer matching index.yaml) and a Rancher chart's CRLF files.
 */
const EXACT_BYTES_ATTRIBUTES = '* -text -crlf -eol -filter -ident -working-tree-encoding\n';
/** A fresh repository in `git.cwd` checked out at the branch tip; returns the tip, or null when the branch is absent. */
async function fetchTip(git, remote) {
    await git.exec(['init', '--quiet']);
    const attributes = external_node_path_default().resolve(git.cwd, await git.exec(['rev-parse', '--git-path', 'info/attributes']));
    await (0,promises_.mkdir)(external_node_path_default().dirname(attributes), { recursive: true });
    await (0,promises_.writeFile)(attributes, EXACT_BYTES_ATTRIBUTES);
    await git.exec(['remote', 'add', 'origin', '--', remote.url]);
    const tip = await remoteTip(git, remote);
    if (tip === null) {
        await git.exec(['symbolic-ref', 'HEAD', `refs/heads/${remote.branch}`]);
        return null;
    }
    // Fetch the branch, not the commit ls-remote saw: the branch may have moved since, and a commit
    // that is no longer a tip cannot be fetched from every server.
    const tracking = `refs/remotes/origin/${remote.branch}`;
    await network(git, ['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${remote.branch}:${tracking}`], remote, 'fetch');
    const fetched = await git.exec(['rev-parse', '--verify', `${tracking}^{commit}`]);
    await git.exec(['checkout', '--quiet', '-B', remote.branch, fetched]);
    return fetched;
}
/**
 * Every written file's blob in the new commit must be the bytes written, as a regular file: checked
 * by object id before anything is pushed, whatever git configuration the machine or catalog has.
 */
async function checkCommittedBlobs(git, written) {
    if (written.size === 0)
        return;
    const format = (await git.exec(['rev-parse', '--show-object-format'])) === 'sha256' ? 'sha256' : 'sha1';
    const listed = new Map();
    const out = await git.exec([
        '--literal-pathspecs',
        'ls-tree',
        '-r',
        '-z',
        '--full-tree',
        'HEAD',
        '--',
        ...written.keys(),
    ]);
    for (const record of out.split('\0').filter(Boolean)) {
        const [meta, file] = [record.slice(0, record.indexOf('\t')), record.slice(record.indexOf('\t') + 1)];
        const [mode, , id] = meta.split(' ');
        listed.set(file, { mode, id });
    }
    for (const [file, data] of written) {
        const expected = blobId(data, format);
        const got = listed.get(file);
        if (got?.mode !== '100644' || got.id !== expected) {
            throw new errors/* UserError */.yo(`catalog: git committed ${file} as ${got ? `${got.mode} ${got.id}` : 'nothing'}, not the ${contentLength(data)} bytes release-kit wrote (blob ${expected}); a git attribute, filter or hook rewrote it, and nothing was pushed`, { value: file, valid: 'a catalog commit that holds the packaged bytes' });
        }
    }
}
/** The branch tip on the remote (by ls-remote), or null when the branch does not exist. */
async function remoteTip(git, remote) {
    const out = await network(git, ['ls-remote', '--heads', 'origin', `refs/heads/${remote.branch}`], remote, 'read');
    const line = out.split('\n').find((l) => l.endsWith(`\trefs/heads/${remote.branch}`));
    return line ? line.split('\t')[0] : null;
}
/** true when pushed, else git's one-line reason for the refusal. */
async function push(git, remote) {
    try {
        await git.exec(['push', '--quiet', '--porcelain', 'origin', `HEAD:refs/heads/${remote.branch}`], remote.env);
        return true;
    }
    catch (error) {
        if (!(error instanceof exec_ExecError))
            throw error;
        return pushFailureReason(error.result);
    }
}
async function network(git, args, remote, what) {
    try {
        return await git.exec(args, remote.env);
    }
    catch (error) {
        if (!(error instanceof exec_ExecError))
            throw error;
        const reason = error.result.stderr.trim().split('\n').pop() ?? '';
        throw new errors/* UserError */.yo(`catalog: cannot ${what} ${remote.url} (${reason}); check the repository input (OWNER/REPO is on GitHub or server-url; any other host, such as GitLab, needs the full https:// URL) and the token's access`, {
            input: 'repository',
            value: remote.url,
            valid: 'a git repository the token can read and push',
        });
    }
}

// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./packages/release-kit/src/charts/archive.ts
// Reproducible chart archives: tar entries written through the `tar` package with fixed metadata,
// gzip through zlib without a name or timestamp; and reading a .tgz back into entries.




const gzip = (0,external_node_util_.promisify)((external_node_zlib_default()).gzip);
/** helm's archive.MaxDecompressedFileSize: no file in a chart may be larger. */
const MAX_CHART_FILE_SIZE = 5 * 1024 * 1024;
/** helm's archive.MaxDecompressedChartSize: the whole chart, uncompressed. */
const MAX_CHART_SIZE = 100 * 1024 * 1024;
/** The refusal of a chart over helm's 100 MiB, which helm's own loader would refuse to load. */
function chartTooLarge(where) {
    return new errors/* UserError */.yo(`chart ${where} is larger than helm's limit of ${MAX_CHART_SIZE} bytes (100 MiB) uncompressed; helm refuses to load such a chart, so keep large files out of it (.helmignore)`, { value: where, location: { file: where } });
}
/**
 * A gzip-compressed tar of `entries`, in the given order. Every entry is a regular file with mode
 * 0644, owner 0:0 without names and mtime `mtime`, as helm writes them (helm uses the time of
 * packaging; we use a fixed time so the same sources give the same bytes). No directory entries,
 * again as helm. The gzip header carries no file name and no timestamp.
 */
async function writeTarGz(entries, mtime) {
    // The blocks laid out as tar's own Pack lays out an entry read from another archive (its
    // WriteEntryTar), with tar's Header and Pax encoders, but without the stream machinery around them,
    // which cost more than the compression for a chart of a few hundred small files. The bytes are the
    // same as Pack's (test/charts/package.test.ts holds them to it).
    // Whole seconds: tar stores seconds, and a pax record would otherwise carry the fraction.
    const seconds = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
    const blocks = [];
    for (const entry of entries) {
        const size = entry.data.length;
        const header = new index_min/* Header */.Y9({
            path: entry.path,
            mode: 0o644,
            uid: 0,
            gid: 0,
            size,
            mtime: seconds,
            type: 'File',
            uname: '',
        });
        // encode() answers whether the plain header could not hold everything: then a pax record leads.
        if (header.encode()) {
            blocks.push(new index_min/* Pax */.un({ path: entry.path, size, uid: 0, gid: 0, mtime: seconds, uname: '' }).encode());
        }
        blocks.push(header.block, entry.data);
        if (size % 512 !== 0)
            blocks.push(Buffer.alloc(512 - (size % 512)));
    }
    blocks.push(Buffer.alloc(1024));
    const chunks = blocks;
    // On libuv's thread pool, so the main thread goes on (a registry request, the lint) meanwhile. Level 9
    // stays: a different level would change the bytes, and so the digest, of every chart published so far.
    const gzipped = await gzip(Buffer.concat(chunks), { level: 9 });
    // zlib stamps the build platform into the header's OS byte; 255 ("unknown", as Go writes it)
    // keeps the bytes identical whether the runner is Linux, macOS or Windows.
    gzipped[9] = 255;
    return gzipped;
}
/**
 * The regular files of a .tgz, in archive order. Refuses what helm's archive loader refuses:
 * paths that climb out (`..`) or are absolute, files over 5 MiB, more than 100 MiB in all.
 * Directory entries and pax headers are skipped; links and devices are refused.
 */
async function readTarGz(data, where) {
    let tarBytes;
    try {
        tarBytes = external_node_zlib_default().gunzipSync(data, { maxOutputLength: MAX_CHART_SIZE + 1024 * 1024 });
    }
    catch (error) {
        // zlib stops at maxOutputLength with ERR_BUFFER_TOO_LARGE: the archive is fine, the chart too big.
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw chartTooLarge(where);
        throw new errors/* UserError */.yo(`${where}: not a gzip-compressed chart archive (${error.message})`, {
            value: where,
            location: { file: where },
        });
    }
    const entries = [];
    const problems = [];
    let total = 0;
    const parser = new index_min/* Parser */.iX({
        strict: true,
        onReadEntry: (entry) => {
            const path = entry.path.replace(/^\.\//, '');
            if (entry.type === 'Directory')
                return void entry.resume();
            if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'ContiguousFile') {
                problems.push(`entry ${JSON.stringify(path)} is a ${entry.type}, expected regular files only`);
                return void entry.resume();
            }
            if (path.startsWith('/') || path.split('/').includes('..')) {
                problems.push(`entry ${JSON.stringify(path)} escapes the chart; expected paths under the chart's directory`);
                return void entry.resume();
            }
            if ((entry.size ?? 0) > MAX_CHART_FILE_SIZE) {
                problems.push(`chart file ${JSON.stringify(path)} is larger than the maximum file size ${MAX_CHART_FILE_SIZE}`);
                return void entry.resume();
            }
            total += entry.size ?? 0;
            const parts = [];
            entry.on('data', (chunk) => parts.push(chunk));
            entry.on('end', () => entries.push({ path, data: Buffer.concat(parts), mtime: entry.mtime }));
        },
    });
    const done = new Promise((resolve, reject) => {
        parser.on('end', () => resolve());
        parser.on('error', reject);
        parser.on('warn', (code, message) => problems.push(`${code}: ${message}`));
    });
    parser.end(tarBytes);
    await done;
    if (total > MAX_CHART_SIZE)
        throw chartTooLarge(where);
    if (problems.length > 0) {
        throw new errors/* UserError */.yo(`${where}: ${problems[0]}`, { value: where, location: { file: where } });
    }
    return entries;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/catalogs/catalog.ts
// What both catalog targets share: the chart to publish, what became of it, the refusal to overwrite,
// and the catalog checkout's paths, which are never followed through a symlink.




/** A version already in the catalog with other content: never overwritten, the run stops before any commit. */
function versionConflict(chart, where, detail) {
    const { name, version } = chart.metadata;
    return new errors/* UserError */.yo(`catalog: ${name} ${version} is already published at ${where} with different content (${detail}); a published chart version is never overwritten: bump the version in ${chart.chart}/Chart.yaml and publish again`, {
        input: 'chart',
        value: `${name} ${version}`,
        valid: 'a chart version the catalog does not hold yet, or the same content',
    });
}
/**
 * The chart's version is the same SemVer version as one the catalog holds under another spelling
 * (`0.3.0` and `v0.3.0`, `0.3`): helm counts them as one version, so a second copy is never added.
 */
function versionSpelledDifferently(chart, published, where) {
    const { name, version } = chart.metadata;
    return new errors/* UserError */.yo(`catalog: ${name} ${version} is version ${published}, already published at ${where}; helm counts them as one version, so it is never published twice: bump the version in ${chart.chart}/Chart.yaml, or publish it as ${published} to compare the content`, {
        input: 'chart',
        value: `${name} ${version}`,
        valid: `a chart version the catalog does not hold yet, or ${published} spelled as published`,
    });
}
/**
 * The absolute path of `relative` (`/`-separated, already checked to stay below the root) in the
 * catalog checkout, after checking every component that exists: a symlink anywhere on the way
 * (`charts`, `charts/<name>`, `charts/<name>/<version>`, index.yaml, a .tgz) would redirect what is
 * read or written to another place in the catalog or outside it, so it is refused; so is a file
 * where a folder is expected. Components that do not exist yet are created later as real folders.
 */
async function catalogPath(checkout, relative) {
    const parts = relative.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.some((part) => part === '..' || part === '.git'))
        throw new Error(`catalog path ${relative} climbs out of the checkout (a release-kit bug)`);
    for (let i = 0; i < parts.length; i++) {
        const where = parts.slice(0, i + 1).join('/');
        const info = await (0,promises_.lstat)(external_node_path_default().join(checkout, ...parts.slice(0, i + 1))).catch(() => undefined);
        if (!info)
            break;
        if (info.isSymbolicLink()) {
            const target = await (0,promises_.readlink)(external_node_path_default().join(checkout, where)).catch(() => '?');
            throw new errors/* UserError */.yo(`catalog: ${where} is a symlink (to ${target}) in the catalog; release-kit publishes into real folders and files only, never through a symlink: replace it in the catalog repository`, { value: where, valid: 'a real folder or file in the catalog' });
        }
        if (i < parts.length - 1 && !info.isDirectory())
            throw new errors/* UserError */.yo(`catalog: ${where} is a file in the catalog where a folder is expected (for ${relative})`, {
                value: where,
                valid: 'a folder',
            });
    }
    return external_node_path_default().join(checkout, ...parts);
}
/**
 * Write a file into the catalog checkout (its path checked by catalogPath). The checkout is this
 * run's own and is thrown away on any failure, and git reads the file right after: the atomic,
 * fsynced write the workspace gets (writeFileAtomic) buys nothing here and would fsync a 46 MB
 * index.yaml on a large repository.
 */
async function writeCatalogFile(file, content) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const handle = await (0,promises_.open)(file, 'w', 0o644);
    try {
        for (const chunk of contentChunks(content))
            if (typeof chunk === 'string')
                await handle.write(chunk);
            else
                await handle.write(chunk);
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/release-kit/src/oci/digest.ts
// Content digests as OCI writes them (`sha256:<hex>`), and the check that bytes match one.


/** The descriptor of `data` as a blob of `mediaType`. */
function digest_describeBlob(mediaType, data) {
    return { mediaType, digest: digest_sha256Digest(data), size: data.length };
}
/** `sha256:<hex>` of the bytes. */
function digest_sha256Digest(data) {
    return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}
/** The digest of `data` computed with the algorithm `digest` names (sha256 or sha512). */
function digestWithAlgorithmOf(digest, data) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    if (algorithm !== 'sha256' && algorithm !== 'sha512') {
        throw new UserError(`unsupported digest algorithm in ${JSON.stringify(digest)}: expected sha256 or sha512`);
    }
    return `${algorithm}:${createHash(algorithm).update(data).digest('hex')}`;
}
/** Throw unless `data` hashes to `expected`; `what` names the content for the message. */
function assertDigest(data, expected, what) {
    const actual = digestWithAlgorithmOf(expected, data);
    if (actual !== expected) {
        throw new UserError(`${what}: content digest ${actual} does not match the expected ${expected} (corrupted or tampered content)`);
    }
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/reference.ts
// Parsing and printing OCI references: `oci://host/path`, `host/path/name:tag`, `host/path@sha256:…`.

// The grammar of distribution/reference (reference.go), restated rather than imported because that
// library is Go-only; anchored so a lookalike cannot slip through a prefix match.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
/**
 * True for a registry host as distribution's reference grammar writes it: DNS labels or a bracketed
 * IPv6 address, optionally `:PORT` (`ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`). The one host rule:
 * the OCI client and the chart `registry` input check hosts with it too.
 */
function reference_isValidRegistryHost(host) {
    return HOST.test(host);
}
/** True for a valid OCI tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`). */
function isValidTag(tag) {
    return TAG.test(tag);
}
/** True for a `sha256:<hex>` / `sha512:<hex>` digest in canonical lower-case form. */
function isValidDigest(digest) {
    return DIGEST.test(digest);
}
/** True for `sha256:<64 lower-case hex>`, the one algorithm registries, cosign and GitHub all report. */
function isSha256Digest(digest) {
    return digest.startsWith('sha256:') && DIGEST.test(digest);
}
/** True for a repository name the registry accepts (`owner/charts/foo`). */
function reference_isValidRepository(repository) {
    return (repository.length > 0 &&
        repository.length <= 255 &&
        repository.split('/').every((part) => PATH_COMPONENT.test(part)));
}
/** Docker Hub, as Docker names it in a normalised reference. */
const DOCKER_HUB = 'docker.io';
/** Docker Hub's other spellings, normalised to DOCKER_HUB as Docker does. */
const DOCKER_HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io']);
/**
 * A registry host as an input names it (`ghcr.io`, `127.0.0.1:5000`, `docker.io`), normalised the
 * way parseReference normalises a reference's host, so the two compare equal.
 */
function parseRegistryHost(text, input) {
    const host = text.trim().toLowerCase();
    if (!reference_isValidRegistryHost(host))
        throw invalidInput(input, text, 'a registry host such as ghcr.io or 127.0.0.1:5000 (no scheme, no path)');
    return DOCKER_HUB_ALIASES.has(host) ? DOCKER_HUB : host;
}
/**
 * The one grammar for OCI references: `oci://ghcr.io/owner/charts`, `ghcr.io/owner/img:1.0`,
 * `127.0.0.1:5000/a/b@sha256:…` or `host/a/b:tag@sha256:…`.
 *
 * Without a scheme it is an image reference, normalised the way Docker does it
 * (distribution/reference ParseNormalizedNamed): when the first component has no dot, no port and is
 * not `localhost`, it is a Docker Hub name, so `acme/app` is `docker.io/acme/app` and `nginx` is
 * `docker.io/library/nginx`. An `oci://` location (a chart registry) must name its host: guessing
 * `docker.io` there would push to the wrong place, so it is refused with a hint.
 */
function parseReference(text, options = {}) {
    const fail = (why) => {
        const subject = options.input
            ? `input '${options.input}' has invalid value ${showValue(text)}`
            : `invalid OCI reference ${showValue(text)}`;
        throw new UserError(`${subject}: ${why}`, {
            input: options.input,
            value: text,
            valid: options.requireTagOrDigest
                ? '[HOST/]REPOSITORY:TAG or [HOST/]REPOSITORY@sha256:DIGEST'
                : 'oci://HOST/REPOSITORY',
        });
    };
    let rest = text.trim();
    if (rest === '')
        fail('it is empty');
    let oci = false;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rest)) {
        if (!rest.toLowerCase().startsWith('oci://'))
            fail('only the oci:// scheme is supported');
        rest = rest.slice('oci://'.length);
        oci = true;
    }
    rest = rest.replace(/\/+$/, '');
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            fail(`${showValue(digest)} is not a digest (expected sha256: and 64 lower-case hex digits)`);
    }
    const slash = rest.indexOf('/');
    const first = slash < 0 ? rest : rest.slice(0, slash);
    // Docker's test for "the first component is a host": there is a slash after it, and it has a dot,
    // a port or is localhost. (Docker also takes a capitalised first component for a host; that is
    // never a registry anyone means, so it is refused below as a repository name.)
    const namesHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    let registry;
    let path;
    if (!namesHost && !oci) {
        registry = DOCKER_HUB;
        path = slash < 0 ? `library/${rest}` : rest;
    }
    else {
        if (slash < 0)
            fail('it names no repository (expected HOST/REPOSITORY)');
        registry = first;
        path = rest.slice(slash + 1);
        if (!reference_isValidRegistryHost(registry))
            fail(`${showValue(registry)} is not a registry host`);
        if (!namesHost) {
            fail(`it has no registry host (${showValue(registry)} looks like a Docker Hub name; write the host, e.g. oci://docker.io/${rest} or oci://ghcr.io/OWNER/NAME)`);
        }
        registry = registry.toLowerCase();
        if (DOCKER_HUB_ALIASES.has(registry))
            registry = DOCKER_HUB;
        // docker.io/nginx is Docker Hub's official image, as Docker reads it.
        if (registry === DOCKER_HUB && !oci && !path.includes('/') && !path.startsWith('library'))
            path = `library/${path}`;
    }
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon >= 0 && !path.slice(colon).includes('/')) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
        if (!TAG.test(tag))
            fail(`${showValue(tag)} is not a valid tag (letters, digits, _ . -, at most 128, not starting with . or -)`);
    }
    if (!reference_isValidRepository(path))
        fail(`${showValue(path)} is not a valid repository name (lower-case letters, digits and . _ - separators between slashes)`);
    if (options.requireTagOrDigest && tag === undefined && digest === undefined)
        fail('it has neither a tag nor a digest');
    return {
        registry,
        repository: path,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/** `host/repo:tag@digest` (whichever parts are set), the form skopeo and docker print. */
function formatReference(reference) {
    return `${reference.registry}/${reference.repository}${reference.tag !== undefined ? `:${reference.tag}` : ''}${reference.digest !== undefined ? `@${reference.digest}` : ''}`;
}
/** The tag or, failing that, the digest: what goes after `/manifests/`. */
function manifestReferenceOf(reference) {
    const value = reference.digest ?? reference.tag;
    if (value === undefined)
        throw new UserError(`OCI reference ${showValue(formatReference(reference))} has neither a tag nor a digest`);
    return value;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/oci.ts
// Helm's OCI layout for a chart (helm/helm pkg/registry): media types, the config blob, the
// manifest and its annotations, and the location a chart version is pushed to. The generic OCI
// parts (descriptors, digests, reference grammar) come from oci/.




const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
const HELM_CHART_LAYER_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const HELM_PROVENANCE_LAYER_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.provenance.v1.prov';
/**
 * Parse the `registry` input: `oci://HOST[:PORT]/PATH…`. OCI repository names are lower case, so
 * upper-case letters are lowered (`oci://ghcr.io/${{ github.repository_owner }}/charts` has the
 * owner's capitals, and a workflow expression cannot lower them); any other departure from the
 * distribution grammar is a UserError naming `input`.
 */
function parseRegistryUrl(value, input = 'registry') {
    const valid = 'oci://HOST[:PORT]/PATH, e.g. oci://ghcr.io/OWNER/charts';
    // The host and the path are held to the grammar oci/reference.ts keeps.
    const text = value.trim().toLowerCase();
    if (!text.startsWith('oci://'))
        throw invalidInput(input, value, valid);
    const rest = text.slice('oci://'.length);
    const slash = rest.indexOf('/');
    const host = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? '' : rest.slice(slash + 1).replace(/\/$/, '');
    if (!isValidRegistryHost(host) || (path !== '' && !isValidRepository(path)))
        throw invalidInput(input, value, valid);
    return { host, path, url: `oci://${host}${path ? `/${path}` : ''}` };
}
/** `<registry-path>/<name>:<version>`, with `+` in the version written as `_` in the tag. */
function chartReference(registryUrl, name, version, input = 'registry') {
    const { host, path, url } = parseRegistryUrl(registryUrl, input);
    const repository = path ? `${path}/${name}` : name;
    const tag = chartVersionTag(version);
    return {
        registry: host,
        repository,
        tag,
        ref: `${host}/${repository}:${tag}`,
        ociUrl: `oci://${host}/${repository}`,
        registryUrl: url,
    };
}
/**
 * The config blob: the chart metadata as Go's json.Marshal writes helm's chart.Metadata — struct
 * field order, empty fields omitted, map keys sorted, `<`, `>` and `&` escaped.
 */
function chartConfigJson(metadata) {
    const fields = [
        ['name', metadata.name],
        ['home', metadata.home],
        ['sources', metadata.sources],
        ['version', metadata.version],
        ['description', metadata.description],
        ['keywords', metadata.keywords],
        [
            'maintainers',
            metadata.maintainers?.map((m) => goObject([
                ['name', m.name],
                ['email', m.email],
                ['url', m.url],
            ])),
        ],
        ['icon', metadata.icon],
        ['apiVersion', metadata.apiVersion],
        ['condition', metadata.condition],
        ['tags', metadata.tags],
        ['appVersion', metadata.appVersion],
        ['deprecated', metadata.deprecated],
        ['annotations', metadata.annotations],
        ['kubeVersion', metadata.kubeVersion],
        ['dependencies', metadata.dependencies?.map(dependencyObject)],
        ['type', metadata.type],
    ];
    return Buffer.from(goObject(fields).json);
}
function dependencyObject(d) {
    return goObject([
        ['name', d.name],
        ['version', d.version],
        ['repository', d.repository],
        ['condition', d.condition],
        ['tags', d.tags],
        ['enabled', d.enabled],
        ['import-values', d.importValues],
        ['alias', d.alias],
        ['depends-on', d.dependsOn],
    ], new Set(['name', 'repository']));
}
/**
 * The manifest annotations helm sets (generateOCIAnnotations): description, title, version, url,
 * created, source (first of sources) and authors ("Name (email), …"), blank values dropped; then
 * the chart's own annotations, which cannot replace title or version.
 */
function chartManifestAnnotations(metadata, created) {
    const annotations = {};
    const put = (key, value) => {
        if (value !== undefined && value.trim() !== '')
            annotations[key] = value;
    };
    put('org.opencontainers.image.description', metadata.description);
    put('org.opencontainers.image.title', metadata.name);
    put('org.opencontainers.image.version', metadata.version);
    put('org.opencontainers.image.url', metadata.home);
    put('org.opencontainers.image.created', rfc3339(created));
    if (metadata.sources && metadata.sources.length > 0)
        put('org.opencontainers.image.source', metadata.sources[0]);
    if (metadata.maintainers && metadata.maintainers.length > 0) {
        const authors = metadata.maintainers.map((m) => `${m.name ?? ''}${m.email ? ` (${m.email})` : ''}`).join(', ');
        put('org.opencontainers.image.authors', authors);
    }
    for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
        if (key === 'org.opencontainers.image.title' || key === 'org.opencontainers.image.version')
            continue;
        annotations[key] = value;
    }
    return annotations;
}
/** The manifest helm pushes: schemaVersion 2, config, the chart layer, annotations (Go's JSON). */
function chartManifestJson(config, layers, annotations) {
    const descriptor = (d) => goObject([
        ['mediaType', d.mediaType],
        ['digest', d.digest],
        ['size', d.size],
    ]);
    // helm sorts layers by digest "for determinism, similar to how ORAS v1 does it".
    const sorted = [...layers].sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
    return Buffer.from(goObject([
        ['schemaVersion', 2],
        ['config', descriptor(config)],
        ['layers', sorted.map(descriptor)],
        ['annotations', annotations],
    ]).json);
}
/** helm push's layout of a packaged chart, computed without touching a registry. */
function chartOciArtifact(packaged) {
    const layer = describeBlob(HELM_CHART_LAYER_MEDIA_TYPE, packaged.data);
    const configBytes = chartConfigJson(packaged.metadata);
    const config = describeBlob(HELM_CONFIG_MEDIA_TYPE, configBytes);
    const manifest = chartManifestJson(config, [layer], chartManifestAnnotations(packaged.metadata, packaged.created));
    return { layerBytes: packaged.data, layer, configBytes, config, manifest, digest: sha256Digest(manifest) };
}
/** Go's time.RFC3339 in UTC: 2006-01-02T15:04:05Z */
function rfc3339(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** A value already encoded as Go's encoding/json would encode it. */
class GoJson {
    json;
    constructor(json) {
        this.json = json;
    }
}
/** Encode fields in order, omitting empty ones as `omitempty` does (except those in `always`). */
function goObject(fields, always = new Set()) {
    const parts = [];
    for (const [key, value] of fields) {
        if (!always.has(key) && isEmpty(value))
            continue;
        parts.push(`${goString(key)}:${goValue(value ?? '')}`);
    }
    return new GoJson(`{${parts.join(',')}}`);
}
function isEmpty(value) {
    if (value === undefined || value === null || value === false || value === '' || value === 0)
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    if (typeof value === 'object' && !isGoJson(value))
        return Object.keys(value).length === 0;
    return false;
}
function isGoJson(value) {
    return value instanceof GoJson;
}
function goValue(value) {
    if (isGoJson(value))
        return value.json;
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return goString(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(goValue).join(',')}]`;
    // A Go map: keys sorted.
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${goString(k)}:${goValue(v)}`).join(',')}}`;
}
/** Go's encoding/json string: HTML-sensitive characters and U+2028/U+2029 escaped as \u00XX. */
function goString(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/version.ts
// The one grammar for chart versions (and, for OCI, chart names): what helm accepts, how two versions
// compare, and how a version becomes an OCI tag. Tiny and dependency-free, so that checking an
// action's inputs does not load the chart parser or the packaging code.
// Masterminds/semver v3's NewVersion grammar, which is what helm's isValidSemver accepts: an
// optional "v", minor and patch optional, no leading zeros, SemVer 2 pre-release and build parts.
const MASTERMINDS_SEMVER = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const MAX_UINT64 = 2n ** 64n - 1n;
// The name becomes a path component of the OCI repository, so it must be one (distribution's
// path-component grammar). helm itself only requires name == filepath.Base(name).
const SAFE_CHART_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** True when helm (Masterminds/semver) accepts `version` as a chart version. */
function isChartVersion(version) {
    return parseChartVersion(version) !== undefined;
}
/** The parts of a chart version helm accepts, or undefined when helm would refuse it. */
function parseChartVersion(version) {
    const m = MASTERMINDS_SEMVER.exec(version);
    if (!m)
        return undefined;
    // BigInt: Masterminds reads each number as a uint64, more than a JS number holds exactly, and
    // refuses a bigger one.
    const [major, minor, patch] = [m[1], m[2] ?? '0', m[3] ?? '0'].map(BigInt);
    if (major > MAX_UINT64 || minor > MAX_UINT64 || patch > MAX_UINT64)
        return undefined;
    return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [], build: m[5] ?? '' };
}
/**
 * Masterminds/semver's Compare, which helm sorts chart versions with: numbers first, then a release
 * above its pre-releases, pre-release identifiers compared by SemVer's rules; build metadata ignored;
 * `v1.2` equals `1.2.0`. A version helm refuses sorts as plain text, below every valid one.
 */
function compareChartVersions(a, b) {
    const pa = parseChartVersion(a);
    const pb = parseChartVersion(b);
    if (!pa || !pb) {
        if (pa)
            return 1;
        if (pb)
            return -1;
        return a < b ? -1 : a > b ? 1 : 0;
    }
    for (const key of ['major', 'minor', 'patch']) {
        if (pa[key] !== pb[key])
            return pa[key] < pb[key] ? -1 : 1;
    }
    return comparePrerelease(pa.prerelease, pb.prerelease);
}
/**
 * True when both are the same chart version as helm matches them: the exact string first (helm's
 * IndexFile.Get does), then SemVer equality (`v1.2` and `1.2.0+build.1` are one version).
 */
function sameChartVersion(a, b) {
    return a === b || (isChartVersion(a) && isChartVersion(b) && compareChartVersions(a, b) === 0);
}
/** The OCI tag of a chart version: `+` becomes `_`, since tags cannot hold `+` (helm does the same). */
function version_chartVersionTag(version) {
    return version.replace(/\+/g, '_');
}
/**
 * The chart version an OCI tag stands for: the tag itself when it is a chart version, else with `_`
 * read back as `+` when that makes one (as helm does when listing tags); undefined otherwise.
 */
function chartVersionOfTag(tag) {
    if (isChartVersion(tag))
        return tag;
    const restored = tag.replace(/_/g, '+');
    return isChartVersion(restored) ? restored : undefined;
}
/** True for a chart name helm accepts that can also be an OCI repository path component. */
function isSafeChartName(name) {
    return SAFE_CHART_NAME.test(name) && name.length <= 128;
}
function comparePrerelease(a, b) {
    if (a.length === 0 || b.length === 0)
        return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= a.length)
            return -1;
        if (i >= b.length)
            return 1;
        const order = compareIdentifier(a[i], b[i]);
        if (order !== 0)
            return order;
    }
    return 0;
}
/** Numeric identifiers compare as numbers and below alphanumeric ones, which compare as ASCII. */
function compareIdentifier(a, b) {
    const numA = /^\d+$/.test(a);
    const numB = /^\d+$/.test(b);
    if (numA && numB) {
        const x = BigInt(a);
        const y = BigInt(b);
        return x === y ? 0 : x < y ? -1 : 1;
    }
    if (numA !== numB)
        return numA ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/catalogs/index-layout.ts
// Where things sit in a Helm repository's index.yaml (its charts, one chart's version list, the
// `generated` stamp), by byte offset, so that a new entry can be spliced in without rewriting the
// file. A line scanner reads the layout helm and chart-releaser write in one pass without building
// a YAML tree; anything it does not recognise sends the file to the yaml Document API instead.
//
// Why a hand-written scanner: yaml's parseDocument builds every node of the index (a 46 MB index
// with 50k entries took seconds and gigabytes), and even its lexer alone takes ~2 s on such a file;
// adding one version needs only the top-level keys, the chart keys under `entries` and one chart's
// list, which the line structure of a block-style index gives directly. The scanner is conservative:
// it interprets a line only where YAML leaves no doubt about what it is (an unindented key, a chart
// key at the entries' indentation), and on anything that could make a line mean something else (a
// quoted or flow value running over lines, an anchor, alias or tag, a document marker, a tab in the
// indentation, a lone CR) it gives up and the Document API reads the file. The chart's own list is
// always parsed by the yaml library, so entry contents are never interpreted by hand.


/** Values that mean null (YAML's core schema, which Go's yaml follows for `entries: null`). */
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
/**
 * The layout of `text` (an index.yaml), or a one-line UserError blamed on the catalog for an index
 * release-kit cannot add to: not YAML, YAML aliases, a key twice (top level or a chart under
 * entries), entries that are not a mapping. `file` names the index inside the catalog.
 */
function indexLayout(text, file) {
    // Looking a version up and then merging reads the same text twice: the last layout is kept.
    if (lastLayout?.text === text && lastLayout.file === file)
        return lastLayout.layout;
    let layout;
    try {
        layout = scanLayout(text, file);
    }
    catch (error) {
        if (!(error instanceof Unusual))
            throw error;
        layout = documentLayout(text, file);
    }
    lastLayout = { text, file, layout };
    return layout;
}
let lastLayout;
/**
 * The catalog's index.yaml is at fault: one line that says so, with no workspace location (the file
 * is in the catalog repository, not in the workspace the runner would annotate).
 */
function indexError(file, line, problem, why) {
    return new errors/* UserError */.yo(`catalog: ${file}${line ? `:${line}` : ''}: ${problem}; ${why ? `${why}: ` : ''}fix ${file} in the catalog repository`, { value: file, valid: 'a Helm repository index (helm repo index writes one)' });
}
const HELM_REFUSES = 'helm refuses such an index';
/** Thrown inside the scanner when the file needs the full YAML reader. */
class Unusual extends Error {
}
const SPACE = 32;
const DASH = 45;
const HASH = 35;
/** What one line holds, from offset `p` (its first non-space character, in column `column`) to `end`. */
function shapeOf(text, p, end, column) {
    let dashes = 0;
    let base = column;
    while (text.charCodeAt(p) === DASH && (p + 1 === end || text.charCodeAt(p + 1) === SPACE)) {
        dashes++;
        base = column;
        const from = p;
        p++;
        while (p < end && text.charCodeAt(p) === SPACE)
            p++;
        column += p - from;
        if (p < end && text.charCodeAt(p) === 9)
            throw new Unusual('tab');
    }
    let key;
    let colon = -1;
    if (p < end && text.charCodeAt(p) !== HASH) {
        const found = keyAt(text, p, end);
        if (found) {
            key = found.key;
            colon = found.colon;
            base = column;
            p = colon + 1;
            while (p < end && text.charCodeAt(p) === SPACE)
                p++;
            if (p < end && text.charCodeAt(p) === 9)
                throw new Unusual('tab');
        }
    }
    const shape = { key, colon, value: '', valueStart: p, valueEnd: p, dashes, scalarBase: -1 };
    if (p >= end || text.charCodeAt(p) === HASH)
        return shape;
    const valueEnd = valueHazards(text, p, end);
    if (valueEnd < 0) {
        shape.scalarBase = base;
        shape.value = text[p];
        shape.valueEnd = p + 1;
        return shape;
    }
    shape.value = text.slice(p, valueEnd);
    shape.valueEnd = valueEnd;
    return shape;
}
/**
 * Checks the value starting at `p` (its first character, not a space or `#`) for what the scanner
 * leaves to the full reader, and returns where it ends on the line, or -1 for a block scalar header
 * (`|`, `>-`…: the lines below that are indented more than its key are its content).
 */
function valueHazards(text, p, end) {
    const c = text[p];
    let valueEnd;
    switch (c) {
        case '&':
        case '*':
        case '!':
            throw new Unusual('anchor, alias or tag');
        case '|':
        case '>':
            // Keep chomping (`|+`) makes trailing blank lines part of the value: left to the full reader.
            if (!/^[|>](?:[1-9]-?|-[1-9]?)?[ \t]*(?:#.*)?$/.test(text.slice(p, end)))
                throw new Unusual('header');
            return -1;
        case '"':
        case "'":
            valueEnd = closingQuote(text, p, end) + 1;
            break;
        case '[':
        case '{':
            valueEnd = flowEnd(text, p, end);
            break;
        case '%':
        case '@':
        case '`':
        case ',':
        case ']':
        case '}':
            throw new Unusual('indicator');
        case '-':
        case '?':
        case ':':
            if (p + 1 === end || text.charCodeAt(p + 1) === SPACE)
                throw new Unusual('indicator');
            return plainEnd(text, p, end);
        default:
            return plainEnd(text, p, end);
    }
    // After a quoted or flow value only spaces and a comment may follow on the line.
    let q = valueEnd;
    while (q < end && text.charCodeAt(q) === SPACE)
        q++;
    if (q < end && !(text.charCodeAt(q) === HASH && q > valueEnd))
        throw new Unusual('trailing text');
    return valueEnd;
}
/**
 * The fast check of a line the scanner does not interpret (inside a chart's list or another
 * top-level key): past any `- ` and a key, the value must be one valueHazards accepts. Returns the
 * block scalar base as shapeOf does, else -1. A `: ` inside a plain value may be taken for the
 * key's end: that only makes the check look at a later part of the line, which can only make it
 * more cautious (hand the file to the full reader), never less.
 */
function lineHazards(text, p, end, column) {
    let base = column;
    while (text.charCodeAt(p) === DASH && (p + 1 === end || text.charCodeAt(p + 1) === SPACE)) {
        base = column;
        const from = p;
        p++;
        while (p < end && text.charCodeAt(p) === SPACE)
            p++;
        column += p - from;
    }
    if (p >= end)
        return -1;
    let c = text.charCodeAt(p);
    if (c === 9)
        throw new Unusual('tab');
    if (c === HASH)
        return -1;
    if ((c === 63 || c === 58) && (p + 1 === end || text.charCodeAt(p + 1) === SPACE))
        throw new Unusual('complex key or empty key');
    if (c === 34 || c === 39) {
        const close = closingQuote(text, p, end);
        let q = close + 1;
        while (q < end && text.charCodeAt(q) === SPACE)
            q++;
        if (text.charCodeAt(q) !== 58 || (q + 1 < end && text.charCodeAt(q + 1) !== SPACE)) {
            if (q < end && !(text.charCodeAt(q) === HASH && q > close + 1))
                throw new Unusual('trailing text');
            return -1;
        }
        base = column;
        p = q + 1;
    }
    else if (!INDICATORS.includes(text[p]) || ((c === DASH || c === 63 || c === 58) && p + 1 < end)) {
        if (c === DASH && text.charCodeAt(p + 1) === 9)
            throw new Unusual('tab');
        let colon = text.indexOf(':', p);
        while (colon >= 0 && colon < end && !keyColon(text, colon, end))
            colon = text.indexOf(':', colon + 1);
        if (colon < 0 || colon >= end)
            return -1; // a plain value (or its continuation) with no key
        if (text.charCodeAt(colon + 1) === 9)
            throw new Unusual('tab');
        base = column;
        p = colon + 1;
    }
    while (p < end && text.charCodeAt(p) === SPACE)
        p++;
    if (p >= end)
        return -1;
    c = text.charCodeAt(p);
    if (c === HASH)
        return -1;
    if (c === 9)
        throw new Unusual('tab');
    return valueHazards(text, p, end) < 0 ? base : -1;
}
/** A `:` that ends a key: followed by a space, a tab or the end of the line. */
function keyColon(text, colon, end) {
    const next = text.charCodeAt(colon + 1);
    return colon + 1 === end || next === SPACE || next === 9;
}
const INDICATORS = '-?:,[]{}#&*!|>%@`\'"';
/** A mapping key starting at `p` (plain or quoted on one line) and the offset of its `:`, else undefined. */
function keyAt(text, p, end) {
    const c = text[p];
    if (c === '"' || c === "'") {
        const close = closingQuote(text, p, end);
        let q = close + 1;
        while (q < end && text.charCodeAt(q) === SPACE)
            q++;
        if (text[q] !== ':' || (q + 1 < end && text.charCodeAt(q + 1) !== SPACE))
            return undefined;
        const inner = text.slice(p + 1, close);
        if (c === '"' && inner.includes('\\'))
            throw new Unusual('escaped key');
        return { key: c === "'" ? inner.replace(/''/g, "'") : inner, colon: q };
    }
    if ('-?:,[]{}#&*!|>%@`'.includes(c)) {
        // A plain key may start with -, ? or : before a non-space; rare enough to leave to the full reader.
        if ((c === '-' || c === '?' || c === ':') && p + 1 < end && text.charCodeAt(p + 1) !== SPACE)
            throw new Unusual('key');
        return undefined;
    }
    for (let q = p; q < end; q++) {
        const ch = text.charCodeAt(q);
        if (ch === HASH && text.charCodeAt(q - 1) === SPACE)
            return undefined;
        if (ch === 58 /* : */ && (q + 1 === end || text.charCodeAt(q + 1) === SPACE || text.charCodeAt(q + 1) === 9)) {
            return { key: text.slice(p, q).trimEnd(), colon: q };
        }
    }
    return undefined;
}
/** The offset of the quote closing the quoted scalar opened at `p`, on the same line, else Unusual. */
function closingQuote(text, p, end) {
    const quote = text.charCodeAt(p);
    for (let q = p + 1; q < end; q++) {
        const ch = text.charCodeAt(q);
        if (quote === 34 && ch === 92 /* \ */) {
            q++;
            continue;
        }
        if (ch === quote) {
            if (quote === 39 && text.charCodeAt(q + 1) === 39) {
                q++;
                continue;
            }
            return q;
        }
    }
    throw new Unusual('multi-line quoted scalar');
}
/** The end of the flow collection opened at `p` when it closes on this line and holds no anchor, alias or tag. */
function flowEnd(text, p, end) {
    let depth = 0;
    for (let q = p; q < end; q++) {
        const c = text[q];
        if (c === '"' || c === "'")
            q = closingQuote(text, q, end);
        else if (c === '[' || c === '{')
            depth++;
        else if (c === ']' || c === '}') {
            if (--depth === 0)
                return q + 1;
        }
        else if ((c === '&' || c === '*' || c === '!' || c === '#') && /[\s,[{]/.test(text[q - 1])) {
            throw new Unusual('anchor, alias, tag or comment in a flow collection');
        }
    }
    throw new Unusual('multi-line flow collection');
}
/** The end of a plain scalar on this line: before ` #` or the trailing spaces. */
function plainEnd(text, p, end) {
    let q = p;
    while (q < end && !(text.charCodeAt(q) === HASH && text.charCodeAt(q - 1) === SPACE))
        q++;
    while (q > p && text.charCodeAt(q - 1) === SPACE)
        q--;
    return q;
}
/**
 * The line scanner: the layout of a block-style index; throws Unusual for anything else (exported
 * with documentLayout for the differential test: both must agree wherever the scanner answers).
 */
function scanLayout(text, file) {
    if (text.charCodeAt(0) === 0xfeff)
        throw new Unusual('BOM');
    for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1))
        if (text.charCodeAt(cr + 1) !== 10)
            throw new Unusual('a lone CR');
    const layout = { eol: text.includes('\r\n') ? '\r\n' : '\n', reader: 'scanner' };
    const topKeys = new Map();
    const chartLines = new Map();
    const scanned = [];
    let top;
    let entriesInline = '';
    let entriesEnd = 0;
    let chartColumn = -1;
    let chart;
    let scalarBase = -1;
    let line = 0;
    for (let at = 0; at < text.length;) {
        const newline = text.indexOf('\n', at);
        const next = newline < 0 ? text.length : newline + 1;
        let end = newline < 0 ? text.length : newline;
        if (end > at && text.charCodeAt(end - 1) === 13)
            end--;
        const lineStart = at;
        at = next;
        line++;
        let indent = 0;
        while (lineStart + indent < end && text.charCodeAt(lineStart + indent) === SPACE)
            indent++;
        const blank = lineStart + indent === end;
        if (scalarBase >= 0) {
            if (blank || indent > scalarBase) {
                if (!blank && top === 'entries' && chart)
                    chart.blockEnd = entriesEnd = next;
                continue;
            }
            scalarBase = -1;
        }
        if (blank)
            continue;
        const first = text.charCodeAt(lineStart + indent);
        if (first === 9)
            throw new Unusual('tab');
        if (first === HASH)
            continue;
        if (indent === 0) {
            if (/^(?:---|\.\.\.)(?:[ \t]|$)/.test(text.slice(lineStart, Math.min(end, lineStart + 4))) || first === 37)
                throw new Unusual('document marker or directive');
            const shape = shapeOf(text, lineStart, end, 0);
            if (shape.dashes > 0 || shape.key === undefined)
                throw new Unusual('not a mapping');
            const key = shape.key;
            const earlier = topKeys.get(key);
            if (earlier !== undefined)
                throw indexError(file, line, `the key ${key} appears twice (also at line ${earlier})`, HELM_REFUSES);
            topKeys.set(key, line);
            top = key;
            chart = undefined;
            scalarBase = shape.scalarBase;
            if (key === 'apiVersion')
                layout.apiVersionLineEnd = next;
            if (key === 'entries') {
                if (!NULLS.has(shape.value) && shape.value !== '{}')
                    throw new Unusual('entries inline');
                entriesInline = shape.value;
                entriesEnd = next;
                layout.entries = {
                    colon: shape.colon,
                    column: 0,
                    emptyLineEnd: next,
                    chartColumn: -1,
                    charts: [],
                    end: next,
                    dashColumn: () => 0,
                };
            }
            if (key === 'generated') {
                if (shape.scalarBase >= 0)
                    throw new Unusual('generated block scalar');
                layout.generated =
                    shape.value === ''
                        ? { start: shape.colon + 1, end: shape.colon + 1, needsSpace: true }
                        : { start: shape.valueStart, end: shape.valueEnd, needsSpace: false };
            }
            continue;
        }
        if (top === undefined)
            throw new Unusual('indented content before the first key');
        // A value that goes on below its key: generated is replaced whole, and apiVersion's end is where
        // a missing entries key goes; let the full reader find their ranges.
        if (top === 'generated' || top === 'apiVersion')
            throw new Unusual('value over lines');
        const item = first === DASH && (lineStart + indent + 1 === end || text.charCodeAt(lineStart + indent + 1) === SPACE);
        if (top !== 'entries' || indent > chartColumn || item) {
            // The bulk of the file, inside charts' lists: only what could change the meaning of later lines.
            scalarBase = lineHazards(text, lineStart + indent, end, indent);
            if (top !== 'entries')
                continue;
        }
        if (entriesInline !== '')
            throw new Unusual('content under an inline entries value');
        if (chartColumn < 0)
            chartColumn = indent;
        if (indent < chartColumn)
            throw new Unusual('entries indentation');
        if (indent === chartColumn && !item) {
            const shape = shapeOf(text, lineStart + indent, end, indent);
            scalarBase = shape.scalarBase;
            if (shape.key === undefined)
                throw new Unusual('not a chart key');
            const earlier = chartLines.get(shape.key);
            if (earlier !== undefined)
                throw indexError(file, line, `entries lists the chart ${shape.key} twice (also at line ${earlier})`, HELM_REFUSES);
            chartLines.set(shape.key, line);
            chart = { name: shape.key, line, lineStart, inline: shape.value, blockStart: next, blockEnd: next };
            scanned.push(chart);
            entriesEnd = next;
            continue;
        }
        if (!chart)
            throw new Unusual('content before the first chart');
        if (chart.firstIndent === undefined) {
            chart.firstIndent = indent;
            chart.firstIsItem = item;
        }
        chart.blockEnd = entriesEnd = next;
    }
    const entries = layout.entries;
    if (entries && scanned.length > 0) {
        entries.emptyLineEnd = undefined;
        entries.chartColumn = chartColumn;
        entries.end = entriesEnd;
        entries.charts = scanned.map((c) => {
            let list;
            return { name: c.name, line: c.line, lineStart: c.lineStart, list: () => (list ??= scannedList(text, c, file)) };
        });
        const listed = scanned.find((c) => c.firstIsItem);
        entries.dashColumn = () => listed?.firstIndent ?? chartColumn;
    }
    return layout;
}
/** A scanned chart's list: its lines parsed on their own by the yaml library. */
function scannedList(text, chart, file) {
    if (chart.inline !== '' || chart.blockEnd === chart.blockStart) {
        if (NULLS.has(chart.inline))
            throw indexError(file, chart.line, `entries.${chart.name} is null, not a list of chart versions`);
        throw indexError(file, chart.line, `entries.${chart.name} must be a block list of chart versions`);
    }
    const block = text.slice(chart.blockStart, chart.blockEnd);
    const counter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(block, { schema: 'failsafe', uniqueKeys: false, lineCounter: counter });
    const lineOf = (offset) => chart.line + counter.linePos(offset).line;
    if (document.errors.length > 0) {
        const error = document.errors[0];
        throw indexError(file, lineOf(error.pos[0]), `not valid YAML: ${yamlProblem(error.message)}`);
    }
    return listOf(text, document.contents, chart.blockStart, chart.name, file, lineOf, chart.line);
}
/**
 * The versions of a chart from its list node (offsets in the node are `offset` bytes into `text`):
 * a block list of mappings, each with a version. Anything else is refused: release-kit would not
 * know where the new entry goes, or the index is not one helm reads.
 */
function listOf(text, node, offset, name, file, lineOf, keyLine) {
    if (node === null || node === undefined || ((0,dist/* isScalar */.jn)(node) && NULLS.has(String(node.value ?? ''))))
        throw indexError(file, keyLine, `entries.${name} is null, not a list of chart versions`);
    if (!(0,dist/* isSeq */.oP)(node) || node.flow || node.items.length === 0 || !node.range)
        throw indexError(file, keyLine, `entries.${name} must be a block list of chart versions`);
    const seq = node;
    const versions = seq.items.map((item, i) => {
        const at = (0,dist/* isMap */.jh)(item) && item.range ? item.range[0] : seq.range[0];
        const version = (0,dist/* isMap */.jh)(item) ? item.get('version') : undefined;
        if (!(0,dist/* isMap */.jh)(item) || typeof version !== 'string')
            throw indexError(file, lineOf(at), `entries.${name}[${i}] is not a chart version (a mapping with a version)`);
        const keys = item.items.map((pair) => String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key));
        const twice = keys.find((key, k) => keys.indexOf(key) !== k);
        if (twice !== undefined)
            throw indexError(file, lineOf(at), `entries.${name}[${i}] has the key ${twice} twice`, HELM_REFUSES);
        const urls = item.get('urls');
        const absolute = offset + at;
        return {
            version,
            digest: String(item.get('digest') ?? ''),
            urls: (0,dist/* isSeq */.oP)(urls) ? urls.items.map((u) => String((0,dist/* isScalar */.jn)(u) ? u.value : u)) : [],
            lineStart: text.lastIndexOf('\n', absolute - 1) + 1,
        };
    });
    const first = offset + seq.range[0];
    return {
        dashColumn: first - (text.lastIndexOf('\n', first - 1) + 1),
        versions,
        end: endOfLine(text, offset + contentEnd(seq)),
    };
}
/**
 * Where a block collection's content ends: the end of its last value, found by descending into
 * the last item. (A collection's own range runs on over trailing comments and blank lines, up to
 * the indentation of the next key, so a splice there would land inside the next key's line.)
 */
function contentEnd(node) {
    let last = node;
    while ((0,dist/* isCollection */.P3)(last) && !last.flow && last.items.length > 0) {
        const item = last.items[last.items.length - 1];
        const next = (0,dist/* isPair */.tO)(item) ? (item.value ?? item.key) : item;
        if (!next?.range)
            break;
        last = next;
    }
    return last.range[1];
}
/** The offset after the line break that ends the line holding `offset - 1` (a range end), or the end of the text. */
function endOfLine(text, offset) {
    if (offset > 0 && text[offset - 1] === '\n')
        return offset;
    const newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length : newline + 1;
}
/** The layout through the yaml Document API: any YAML, at the cost of building the whole tree once. */
function documentLayout(text, file) {
    const counter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', uniqueKeys: false, lineCounter: counter });
    const lineOf = (offset) => counter.linePos(offset).line;
    if (document.errors.length > 0) {
        const error = document.errors[0];
        throw indexError(file, lineOf(error.pos[0]), `not valid YAML: ${yamlProblem(error.message)}`);
    }
    refuseAliases(document, file, lineOf);
    const layout = { eol: /\r\n/.test(text) ? '\r\n' : '\n', reader: 'document' };
    const root = document.contents;
    if (root === null)
        return layout;
    if (!(0,dist/* isMap */.jh)(root))
        throw indexError(file, undefined, 'expected a Helm repository index (a mapping with apiVersion and entries)');
    const pairs = uniquePairs(root, file, lineOf, (key, line) => [
        `the key ${key} appears twice (also at line ${line})`,
        HELM_REFUSES,
    ]);
    const apiVersion = pairs.get('apiVersion');
    const valueEnd = (pair) => pair.value?.range?.[1] ?? pair.key.range[1];
    if (apiVersion)
        layout.apiVersionLineEnd = endOfLine(text, valueEnd(apiVersion));
    const generated = pairs.get('generated');
    if (generated) {
        const value = generated.value;
        const range = value?.range;
        layout.generated =
            range && range[1] > range[0]
                ? { start: range[0], end: range[1], needsSpace: false }
                : {
                    start: colonAfter(text, generated.key.range[1]) + 1,
                    end: colonAfter(text, generated.key.range[1]) + 1,
                    needsSpace: true,
                };
    }
    const entriesPair = pairs.get('entries');
    if (!entriesPair)
        return layout;
    const entriesKey = entriesPair.key;
    const colon = colonAfter(text, entriesKey.range[1]);
    const column = entriesKey.range[0] - (text.lastIndexOf('\n', entriesKey.range[0] - 1) + 1);
    const entries = entriesPair.value;
    const empty = !entries ||
        ((0,dist/* isScalar */.jn)(entries) && NULLS.has(String(entries.value ?? ''))) ||
        ((0,dist/* isMap */.jh)(entries) && entries.items.length === 0);
    if (empty) {
        layout.entries = {
            colon,
            column,
            emptyLineEnd: endOfLine(text, entries?.range ? entries.range[1] : colon + 1),
            chartColumn: column + 2,
            charts: [],
            end: endOfLine(text, colon + 1),
            dashColumn: () => column + 2,
        };
        return layout;
    }
    if (!(0,dist/* isMap */.jh)(entries) || entries.flow)
        throw indexError(file, lineOf(entries.range?.[0] ?? 0), "'entries' must be a block mapping of chart names");
    const charts = uniquePairs(entries, file, lineOf, (key, line) => [
        `entries lists the chart ${key} twice (also at line ${line})`,
        HELM_REFUSES,
    ]);
    const firstKey = entries.items[0].key.range[0];
    const chartColumn = firstKey - (text.lastIndexOf('\n', firstKey - 1) + 1);
    layout.entries = {
        colon,
        column,
        chartColumn,
        charts: [...charts].map(([name, pair]) => {
            const keyStart = pair.key.range[0];
            return {
                name,
                line: lineOf(keyStart),
                lineStart: text.lastIndexOf('\n', keyStart - 1) + 1,
                list: () => listOf(text, pair.value, 0, name, file, lineOf, lineOf(keyStart)),
            };
        }),
        end: endOfLine(text, contentEnd(entries)),
        dashColumn: () => {
            for (const pair of entries.items) {
                const value = pair.value;
                if ((0,dist/* isSeq */.oP)(value) && !value.flow && value.range)
                    return value.range[0] - (text.lastIndexOf('\n', value.range[0] - 1) + 1);
            }
            return chartColumn;
        },
    };
    return layout;
}
/** A mapping's pairs by key (scalar keys only), refusing a key that appears twice. */
function uniquePairs(map, file, lineOf, twice) {
    const pairs = new Map();
    for (const pair of map.items) {
        const key = pair.key;
        if (!(0,dist/* isScalar */.jn)(key) || !key.range)
            throw indexError(file, lineOf(key?.range?.[0] ?? 0), 'a mapping key that is not a plain name');
        const name = String(key.value);
        const earlier = pairs.get(name);
        if (earlier)
            throw indexError(file, lineOf(key.range[0]), ...twice(name, lineOf(earlier.key.range[0])));
        pairs.set(name, pair);
    }
    return pairs;
}
/**
 * helm never writes aliases, and expanding them is how a small file becomes a billion nodes (the
 * "billion laughs"): an index that uses any is refused, naming the first.
 */
function refuseAliases(document, file, lineOf) {
    (0,dist/* visit */.YR)(document, {
        Alias(_key, node) {
            throw indexError(file, node.range ? lineOf(node.range[0]) : undefined, `the index uses YAML aliases (*${node.source})`, 'helm never writes them and release-kit does not expand them');
        },
    });
}
/** The first line of a yaml error without its own "at line L, column C" (the line is named already). */
function yamlProblem(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
function colonAfter(text, offset) {
    const colon = text.indexOf(':', offset);
    return colon < 0 ? offset : colon;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/catalogs/helm-index.ts
// A classic Helm repository's index.yaml (helm/helm pkg/repo/index.go): one chart version's entry,
// and merging it into an existing index by splicing text, so every other byte stays as it was.
// Where to splice comes from index-layout.ts, which reads a 50k-entry index in tens of milliseconds.






/**
 * Go's time.RFC3339Nano in UTC, as helm writes `created` and `generated`: nanoseconds with
 * trailing zeros dropped. JavaScript clocks stop at nanoseconds from hrtime, which fills the digits
 * below the millisecond so two entries made in one millisecond still differ.
 */
function rfc3339Nano(date, subMillisecondNanos = 0) {
    const nanos = String(date.getUTCMilliseconds() * 1_000_000 + subMillisecondNanos)
        .padStart(9, '0')
        .replace(/0+$/, '');
    return date.toISOString().replace(/\.\d{3}Z$/, nanos ? `.${nanos}Z` : 'Z');
}
/** Now, in rfc3339Nano. */
function nowRfc3339Nano() {
    return rfc3339Nano(new Date(), Number(process.hrtime.bigint() % 1000000n));
}
/** The sha256 of the .tgz bytes, in hex: the index's `digest`. */
function chartDigest(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * The entry for one packaged chart. helm's ChartVersion embeds chart.Metadata, so the metadata is
 * written as helm writes it (chartConfigJson: helm's fields, empty ones omitted) plus urls, created
 * and digest; keys are sorted because sigs.k8s.io/yaml goes through a Go map on the way to YAML.
 */
function indexEntry(metadata, digest, url, created) {
    const fields = JSON.parse(chartConfigJson(metadata).toString('utf8'));
    const entry = { ...fields, created, digest, urls: [url] };
    return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/**
 * The entry of `name` that helm counts as `version` (the same spelling first, else SemVer-equal,
 * see sameChartVersion), or undefined. A chart list release-kit could not add to is refused here
 * already (see indexLayout), so a run stops before it packages anything into the checkout.
 */
function findIndexedVersion(indexText, name, version, file = 'index.yaml') {
    if (indexText === undefined || indexText.trim() === '')
        return undefined;
    const chart = indexLayout(indexText, file).entries?.charts.find((c) => c.name === name);
    if (!chart)
        return undefined;
    const versions = chart.list().versions;
    const found = versions.find((v) => v.version === version) ?? versions.find((v) => sameChartVersion(v.version, version));
    return found && { version: found.version, digest: found.digest, urls: found.urls };
}
/**
 * index.yaml with `entry` added under its chart and `generated` set, touching nothing else: other
 * charts' entries and older versions keep their bytes, comments and quoting. A new index is written
 * in helm's own layout. Only the new entry's block is written: a new version goes where helm sorts
 * it (newest first), a new chart where go-yaml sorts map keys. Before the text is returned, the
 * spliced block is read back (checkSplice, checkRenderedEntry), else it is a bug and throws. The
 * caller has checked that the version is not in the index yet.
 */
function mergeIndex(indexText, entry, generated, file = 'index.yaml') {
    return spliceIndex(indexText, entry, generated, file).join('');
}
/**
 * mergeIndex's result as pieces, in order: slices of `indexText` (which share its memory) and the
 * new text between them, so that a large index is written and hashed without a second copy.
 */
function spliceIndex(indexText, entry, generated, file = 'index.yaml') {
    checkRenderedEntry(entry);
    if (indexText === undefined || indexText.trim() === '') {
        return [
            `apiVersion: v1\nentries:\n  ${plainKey(entry.name)}:\n${renderEntry(entry, 2)}generated: ${quoted(generated)}\n`,
        ];
    }
    const layout = indexLayout(indexText, file);
    const { eol } = layout;
    const entriesChange = entriesEdit(indexText, layout, entry);
    checkSplice(indexText, layout, entriesChange, entry, file);
    const edits = [{ ...entriesChange }];
    if (layout.generated) {
        const { start, end, needsSpace } = layout.generated;
        edits.push({ at: start, end, text: `${needsSpace ? ' ' : ''}${quoted(generated)}` });
    }
    else if (edits[0].at === indexText.length) {
        // Both go at the end of the file: the entry first (its text ends with a line break).
        edits[0].text += `generated: ${quoted(generated)}${eol}`;
    }
    else {
        const at = indexText.length;
        edits.push({ at, end: at, text: `${atLineStart(indexText, at) ? '' : eol}generated: ${quoted(generated)}${eol}` });
    }
    edits.sort((a, b) => a.at - b.at);
    const pieces = [];
    let from = 0;
    for (const edit of edits) {
        pieces.push(indexText.slice(from, edit.at), edit.text);
        from = edit.end;
    }
    pieces.push(indexText.slice(from));
    return pieces.filter((piece) => piece !== '');
}
/** The edit that adds the entry: into its chart's list, as a new chart, or as the first chart of an empty index. */
function entriesEdit(text, layout, entry) {
    const { eol, entries } = layout;
    const separator = (at) => (atLineStart(text, at) ? '' : eol);
    if (!entries || entries.charts.length === 0) {
        const column = (entries?.column ?? 0) + 2;
        const block = `${' '.repeat(column)}${plainKey(entry.name)}:${eol}${renderEntry(entry, column, eol)}`;
        if (!entries) {
            // apiVersion comes before entries in helm's (sorted) layout: put it after apiVersion, else first.
            const at = layout.apiVersionLineEnd ?? 0;
            return { at, end: at, text: `${separator(at)}entries:${eol}${block}` };
        }
        // `entries: {}` (what helm writes for an empty index) or `entries:` becomes a block mapping.
        return { at: entries.colon, end: entries.emptyLineEnd ?? endOfLine(text, entries.colon), text: `:${eol}${block}` };
    }
    const chart = entries.charts.find((c) => c.name === entry.name);
    if (!chart) {
        const block = `${' '.repeat(entries.chartColumn)}${plainKey(entry.name)}:${eol}${renderEntry(entry, entries.dashColumn(), eol)}`;
        const next = entries.charts.find((c) => c.name > entry.name);
        const at = next ? next.lineStart : entries.end;
        return { at, end: at, text: separator(at) + block };
    }
    const list = chart.list();
    const index = insertionIndex(list.versions.map((v) => v.version), entry.version);
    const at = index < list.versions.length ? list.versions[index].lineStart : list.end;
    return { at, end: at, text: separator(at) + renderEntry(entry, list.dashColumn, eol) };
}
/**
 * The spliced chart read back: its lines from the key to the end of its list, with the entry in
 * them, parsed on their own must be the chart with the old versions and this one at its place
 * (its digest and url as given). Everything outside that stretch of lines is unchanged by
 * construction, so the rest of the index is not read again. A new chart's block is the rendered
 * entry under its key, which checkRenderedEntry has read back already.
 */
function checkSplice(text, layout, edit, entry, file) {
    const chart = layout.entries?.charts.find((c) => c.name === entry.name);
    if (!chart)
        return;
    const list = chart.list();
    const old = list.versions.map((v) => v.version);
    const index = insertionIndex(old, entry.version);
    const expected = [...old];
    expected.splice(index, 0, entry.version);
    const inside = edit.at >= chart.lineStart && edit.at <= list.end;
    const region = text.slice(chart.lineStart, edit.at) + edit.text + text.slice(edit.at, list.end);
    const read = (0,dist/* parseDocument */.Tp)(region, { schema: 'failsafe', uniqueKeys: false });
    const value = read.errors.length === 0 ? read.toJS({ maxAliasCount: 0 }) : undefined;
    const versions = value && Object.keys(value).length === 1 ? value[entry.name] : undefined;
    const items = Array.isArray(versions) ? versions : [];
    const ok = inside &&
        (0,external_node_util_.isDeepStrictEqual)(items.map((v) => v?.version), expected) &&
        items[index].digest === entry.digest &&
        (0,external_node_util_.isDeepStrictEqual)(items[index].urls, entry.urls);
    if (!ok) {
        throw new Error(`${file}: merging ${entry.name} ${entry.version} would change more than the new entry; refusing to write it (a release-kit bug: please report it with the index)`);
    }
}
/** The rendered entry, read back by the yaml library, must be the entry (every value a string, as helm reads it). */
function checkRenderedEntry(entry) {
    const read = (0,dist/* parseDocument */.Tp)(renderEntry(entry, 0), { schema: 'failsafe' }).toJS()[0];
    if (!(0,external_node_util_.isDeepStrictEqual)(read, asStrings(entry)))
        throw new Error(`rendering the index entry of ${entry.name} ${entry.version} changed it (a release-kit bug)`);
}
function asStrings(value) {
    if (Array.isArray(value))
        return value.map(asStrings);
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asStrings(v)]));
    return String(value);
}
/** Where a version goes in a newest-first list: helm sorts entries by SemVer, descending. */
function insertionIndex(versions, version) {
    const index = versions.findIndex((v) => compareChartVersions(version, v) > 0);
    return index < 0 ? versions.length : index;
}
/** The entry as a block list item whose dash sits in column `dashColumn`, ending with a line break. */
function renderEntry(entry, dashColumn, eol = '\n') {
    const document = new dist/* Document */.yo(entry);
    for (const key of ['created']) {
        const node = document.contents.get(key, true);
        if (node instanceof dist/* Scalar */.X5)
            node.type = 'QUOTE_DOUBLE';
    }
    const body = document.toString({ indentSeq: false, lineWidth: 0 }).replace(/\n$/, '').split('\n');
    const pad = ' '.repeat(dashColumn);
    return body.map((line, i) => (i === 0 ? `${pad}- ${line}` : line === '' ? '' : `${pad}  ${line}`)).join(eol) + eol;
}
function quoted(value) {
    return JSON.stringify(value);
}
function plainKey(name) {
    // Chart names are checked to be [a-z0-9._-]; a name like "1.0" or "true" still needs quotes to stay a string key.
    return /^[a-z][a-z0-9._-]*$/.test(name) &&
        !['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n'].includes(name)
        ? name
        : JSON.stringify(name);
}
function atLineStart(text, offset) {
    return offset === 0 || text[offset - 1] === '\n';
}

;// CONCATENATED MODULE: ./packages/release-kit/src/catalogs/helm-repo.ts
// A classic Helm repository in git (chart-releaser's gh-pages): <name>-<version>.tgz files next to an
// index.yaml that `helm repo add` and `helm repo update` read.






const INDEX_FILE = 'index.yaml';
/**
 * Add each chart to the repository in `<directory>`: the .tgz, and its entry merged into index.yaml
 * (created and generated stamped now). A version the index already lists with the same digest, or
 * whose archive holds the same files (a rebuild at another commit time gives other bytes for the
 * same chart), is unchanged; otherwise it is refused, and so is a version the index spells otherwise
 * (`v0.3.0` for `0.3.0`). index.yaml is only written when something was added. Returns what each
 * chart became and the files written, with their bytes.
 */
async function applyHelmRepository(checkout, directory, baseUrl, charts) {
    const indexRelative = external_node_path_default().posix.join(directory, INDEX_FILE);
    const indexPath = await catalogPath(checkout, indexRelative);
    // Only the text is kept: a 46 MB index is held once, not also as bytes. The merged index stays in
    // pieces (slices of that text and the new entries) until written, unless another chart needs it whole.
    let text = (await readRegularFile(indexPath, indexRelative))?.toString('utf8');
    let merged;
    const outcomes = [];
    const written = new Map();
    for (const chart of charts) {
        if (merged)
            [text, merged] = [merged.join(''), undefined];
        const { name, version } = chart.metadata;
        const relative = external_node_path_default().posix.join(directory, chart.fileName);
        const archivePath = await catalogPath(checkout, relative);
        const url = `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(chart.fileName)}`;
        const ours = chartDigest(chart.data);
        const indexed = findIndexedVersion(text, name, version, indexRelative);
        if (indexed && indexed.version !== version)
            throw versionSpelledDifferently(chart, indexed.version, `${indexRelative} (digest ${indexed.digest})`);
        const present = await readRegularFile(archivePath, relative);
        if (indexed) {
            const same = indexed.digest === ours ||
                (present !== undefined &&
                    chartDigest(present) === indexed.digest &&
                    (await sameArchiveContent(present, chart.data, relative)));
            if (!same)
                throw versionConflict(chart, `${indexRelative} (digest ${indexed.digest})`, `this chart packs to ${ours}${present ? ` and ${relative} holds other files` : ''}`);
            outcomes.push({
                chart: chart.chart,
                name,
                version,
                path: relative,
                state: 'unchanged',
                digest: indexed.digest,
                url: indexed.urls[0] ?? url,
            });
            continue;
        }
        let published = chart.data;
        if (present) {
            // An archive without an index entry (an interrupted earlier publish): keep it when it is this chart.
            if (!(await sameArchiveContent(present, chart.data, relative)))
                throw versionConflict(chart, relative, 'the archive holds other files');
            published = present;
        }
        else {
            await writeCatalogFile(archivePath, chart.data);
            written.set(relative, chart.data);
        }
        const digest = chartDigest(published);
        merged = spliceIndex(text, indexEntry(chart.metadata, digest, url, nowRfc3339Nano()), nowRfc3339Nano(), indexRelative);
        outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'created', digest, url });
    }
    const changed = merged ?? (outcomes.some((o) => o.state === 'created') ? text : undefined);
    if (changed !== undefined) {
        await writeCatalogFile(indexPath, changed);
        written.set(indexRelative, changed);
    }
    return { outcomes, written };
}
/** Two chart archives with the same files in the same order, whatever their timestamps. */
async function sameArchiveContent(a, b, where) {
    const [ea, eb] = [await readTarGz(a, where), await readTarGz(b, where)];
    return ea.length === eb.length && ea.every((entry, i) => entry.path === eb[i].path && entry.data.equals(eb[i].data));
}
async function readRegularFile(file, where) {
    const info = await (0,promises_.lstat)(file).catch(() => undefined);
    if (!info)
        return undefined;
    if (!info.isFile())
        throw new errors/* UserError */.yo(`catalog: ${where} is not a regular file (a symlink or a folder?)`, { value: where });
    return (0,promises_.readFile)(file);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/catalogs/rancher.ts
// The Rancher catalog layout Buntime publishes to: charts/<name>/<version>/ holding the chart's files,
// app-readme.md (what Rancher shows in its chart listing) and questions.yml (Rancher's install form).








/** The file Rancher shows as the chart's description in its catalog listing. */
const APP_README = 'app-readme.md';
/**
 * The files of one chart version in a Rancher catalog: exactly what `helm package` puts in the
 * archive (so .helmignore applies and the Chart.yaml carries the release-notes annotation and any
 * version override), unpacked, plus app-readme.md from the release notes when there are some.
 * questions.yml travels with the chart's files, as helm packages it.
 */
async function rancherVersionFiles(chartName, archive, appReadme, where) {
    const files = new Map();
    const prefix = `${chartName}/`;
    for (const entry of await readTarGz(archive, where)) {
        if (!entry.path.startsWith(prefix))
            throw new errors/* UserError */.yo(`${where}: archive entry ${entry.path} is outside ${prefix}`, { value: where });
        files.set(entry.path.slice(prefix.length), entry.data);
    }
    if (appReadme !== undefined)
        files.set(APP_README, Buffer.from(appReadme));
    return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/**
 * The files under `dir` (a chart version folder in the catalog checkout), or undefined when it does
 * not exist. A symlink or anything but a regular file is refused: a catalog checkout is not trusted
 * to point outside itself.
 */
async function readCatalogDirectory(dir, where) {
    const info = await (0,promises_.lstat)(dir).catch(() => undefined);
    if (!info)
        return undefined;
    if (!info.isDirectory())
        throw new errors/* UserError */.yo(`catalog: ${where} exists and is not a directory; expected a chart version folder`, {
            value: where,
        });
    const files = new Map();
    const walk = async (absolute, relative) => {
        for (const name of (await (0,promises_.readdir)(absolute)).sort()) {
            const child = external_node_path_default().join(absolute, name);
            const childRelative = relative ? `${relative}/${name}` : name;
            const childInfo = await (0,promises_.lstat)(child);
            if (childInfo.isDirectory())
                await walk(child, childRelative);
            else if (childInfo.isFile())
                files.set(childRelative, await (0,promises_.readFile)(child));
            else
                throw new errors/* UserError */.yo(`catalog: ${where}/${childRelative} is not a regular file (a symlink?); a chart version folder holds regular files only`, { value: `${where}/${childRelative}` });
        }
    };
    await walk(dir, '');
    return files;
}
/** Paths that differ between two file sets (missing on either side or with other bytes), sorted. */
function differingFiles(a, b) {
    const names = new Set([...a.keys(), ...b.keys()]);
    return [...names]
        .filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name) || !a.has(name))
        .sort();
}
/** Write `files` under `dir` (which does not exist yet). */
async function writeCatalogDirectory(dir, files) {
    for (const [name, data] of files)
        await writeCatalogFile(external_node_path_default().join(dir, ...name.split('/')), data);
}
/**
 * Put each chart at `<directory>/<name>/<version>/` in the catalog checkout, keeping every other
 * version. A version folder that already holds exactly these files is unchanged; any difference
 * (a file added, missing or with other bytes) is refused, naming the version, both git tree ids and
 * the files; so is a folder of the same SemVer version spelled otherwise (`v0.3.0` for `0.3.0`).
 * Returns what each chart became and the files written, with their bytes.
 */
async function applyRancherCatalog(checkout, directory, charts) {
    const outcomes = [];
    const written = new Map();
    for (const chart of charts) {
        const { name, version } = chart.metadata;
        const relative = external_node_path_default().posix.join(directory, name, version);
        const absolute = await catalogPath(checkout, relative);
        const files = await rancherVersionFiles(name, chart.data, chart.releaseNotes, chart.chart);
        const existing = await readCatalogDirectory(absolute, relative);
        if (existing) {
            const differing = differingFiles(existing, files);
            if (differing.length > 0) {
                const format = await objectFormat(checkout);
                const published = await new git_Git(checkout).exec(['rev-parse', `HEAD:${relative}`]);
                throw versionConflict(chart, `${relative}/ (tree ${published})`, `this chart's files are tree ${treeId(files, format)}; ${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ', …' : ''} differ`);
            }
            outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'unchanged' });
            continue;
        }
        const spelled = await publishedSpelling(external_node_path_default().dirname(absolute), version);
        if (spelled !== undefined)
            throw versionSpelledDifferently(chart, spelled, `${external_node_path_default().posix.join(directory, name, spelled)}/`);
        await writeCatalogDirectory(absolute, files);
        for (const [file, data] of files)
            written.set(`${relative}/${file}`, data);
        outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'created' });
    }
    return { outcomes, written };
}
/** A version folder next to `version` in the chart's folder that helm counts as the same version. */
async function publishedSpelling(chartDir, version) {
    const names = await (0,promises_.readdir)(chartDir).catch(() => []);
    return names.sort().find((other) => other !== version && sameChartVersion(other, version));
}
async function objectFormat(checkout) {
    return (await new git_Git(checkout).exec(['rev-parse', '--show-object-format'])) === 'sha256' ? 'sha256' : 'sha1';
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/lossless-text.ts
// A file's bytes as text that encodes back to exactly those bytes, invalid UTF-8 included, so an
// edit of one value leaves every other byte of the file as it was.
//
// Written by hand because no codec does this: TextDecoder and Buffer turn each invalid byte into
// U+FFFD, which writes back as three other bytes. Here an invalid byte 0xXY becomes the lone
// surrogate U+DCXY (Python's "surrogateescape"): valid UTF-8 never decodes to a lone surrogate, so
// the way back is unambiguous. A BOM is kept as U+FEFF, as the file holds it.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The text of `bytes`; invalid UTF-8 bytes become lone surrogates U+DC80–U+DCFF. */
function decodeLossless(bytes) {
    try {
        return strict.decode(bytes);
    }
    catch {
        return decodeEscaping(bytes);
    }
}
/** The bytes of `text`, lone surrogates U+DC80–U+DCFF back to the invalid bytes they stand for. */
function lossless_text_encodeLossless(text) {
    if (!/[\uDC80-\uDCFF]/.test(text))
        return Buffer.from(text, 'utf8');
    const chunks = [];
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff)
                i++; // a pair: one astral character, encoded below
            continue;
        }
        if (unit >= 0xdc80 && unit <= 0xdcff) {
            chunks.push(Buffer.from(text.slice(from, i), 'utf8'), Buffer.of(unit & 0xff));
            from = i + 1;
        }
    }
    chunks.push(Buffer.from(text.slice(from), 'utf8'));
    return Buffer.concat(chunks);
}
function decodeEscaping(bytes) {
    let out = '';
    let runStart = 0;
    let i = 0;
    const flush = (end) => {
        if (end > runStart)
            out += strict.decode(bytes.subarray(runStart, end));
    };
    while (i < bytes.length) {
        const length = validSequenceLength(bytes, i);
        if (length > 0) {
            i += length;
            continue;
        }
        flush(i);
        out += String.fromCharCode(0xdc00 | bytes[i]);
        i++;
        runStart = i;
    }
    flush(i);
    return out;
}
/** The length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0 when there is none. */
function validSequenceLength(bytes, i) {
    const b0 = bytes[i];
    if (b0 < 0x80)
        return 1;
    const cont = (k, low = 0x80, high = 0xbf) => i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high;
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return cont(1) ? 2 : 0;
    if (b0 >= 0xe0 && b0 <= 0xef) {
        const [low, high] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
        return cont(1, low, high) && cont(2) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const [low, high] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
        return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/fs.ts
// File-system helpers: atomic writes, edits in place that keep a file's bytes, mode and symlink,
// reads that never block on a special file, and paths that cannot escape their root.







/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target. The file gets `mode`, else
 * the mode of the regular file it replaces, else 0644; exactly, whatever the umask.
 */
async function writeFileAtomic(file, data, mode) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            const existing = await lstat(file).catch(() => undefined);
            // A symlink's own mode (0777) is no file's: what replaces the link gets the default.
            fileMode = existing?.isFile() ? existing.mode & 0o7777 : 0o644;
        }
        const handle = await open(tmp, 'wx', 0o600);
        try {
            await handle.writeFile(data);
            await handle.chmod(fileMode);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await rename(tmp, file);
    }
    catch (error) {
        await rm(tmp, { force: true });
        throw error;
    }
}
/**
 * Replace the content of `relative` (a file of the user's repository under `root`) as an edit in
 * place, the one way release-kit writes a user's file. A symlink is followed and its target edited
 * (the link stays a link), provided the target lies inside `root`; else the edit is refused. The
 * target keeps its mode; the write is atomic (a temporary file in the target's own folder, renamed
 * over it). A string is encoded losslessly, so text read with readFileInside(…, { forEdit: true })
 * writes back every byte it did not change. A file that does not exist yet is created with 0644.
 */
async function writeFileInPlace(root, relative, content, input) {
    const absolute = await resolveInside(root, relative, input);
    const target = await realpath(absolute).catch(() => absolute);
    const stats = await lstat(target).catch(() => undefined);
    if (stats && !stats.isFile())
        throw notRegularFile(relative, stats, input);
    await writeFileAtomic(target, typeof content === 'string' ? encodeLossless(content) : content);
}
/**
 * The bytes of the regular file `file`, or null when it does not exist. It is opened non-blocking
 * and checked with fstat before anything is read, so a FIFO, a device or a directory is refused
 * (a UserError naming `display` and `input`) instead of waiting forever for a writer.
 */
async function fs_readRegularFile(file, display, input) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOCTTY);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO' || code === 'EACCES')
            throw new errors/* UserError */.yo(`${display} cannot be read (${code}); expected a regular file`, {
                input,
                value: display,
                valid: 'a regular file',
            });
        throw error;
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw notRegularFile(display, stats, input);
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
function notRegularFile(display, stats, input) {
    const kind = stats.isDirectory()
        ? 'a directory'
        : stats.isFIFO()
            ? 'a FIFO (named pipe)'
            : stats.isSocket()
                ? 'a socket'
                : stats.isCharacterDevice() || stats.isBlockDevice()
                    ? 'a device'
                    : stats.isSymbolicLink()
                        ? 'a symlink'
                        : 'not a regular file';
    return new errors/* UserError */.yo(`${display} is ${kind}, not a regular file; release-kit reads and edits regular files only`, {
        input,
        value: display,
        valid: 'a regular file',
    });
}
/**
 * Resolve `relative` inside `root`, refusing `..` escapes, absolute paths outside the root and
 * symlinks whose target leaves the root. `input` names the input for the error message.
 */
async function resolveInside(root, relative, input) {
    const rootReal = await (0,promises_.realpath)(root);
    const candidate = external_node_path_default().resolve(rootReal, relative);
    if (!isWithin(rootReal, candidate)) {
        throw new errors/* UserError */.yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: expected a path inside ${rootReal}`, {
            input,
            value: relative,
            valid: `a path inside ${rootReal}`,
        });
    }
    let real;
    // A path that does not exist (yet) is judged by its nearest existing ancestor: a symlinked folder
    // on the way must not carry a file about to be written out of the root.
    for (let probe = candidate; real === undefined; probe = external_node_path_default().dirname(probe)) {
        try {
            real = external_node_path_default().join(await (0,promises_.realpath)(probe), external_node_path_default().relative(probe, candidate));
        }
        catch {
            if (probe === rootReal || external_node_path_default().dirname(probe) === probe)
                return candidate;
        }
    }
    if (!isWithin(rootReal, real)) {
        throw new errors/* UserError */.yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: it is a symlink to ${real}, outside ${rootReal}; expected a file inside the workspace`, { input, value: relative, valid: `a path inside ${rootReal}` });
    }
    return candidate;
}
/** True when `child` is `parent` or below it (both absolute, normalised). */
function isWithin(parent, child) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/**
 * Read the UTF-8 file `relative` inside `root` (as resolveInside checks it; a regular file, see
 * readRegularFile). A missing file is the input's fault: `input` and `what` (e.g. "changelog file")
 * name it and what was expected. `forEdit`: the text is decoded losslessly (invalid bytes kept, see
 * lossless-text.ts), for an edit written back with writeFileInPlace; else invalid bytes read as U+FFFD.
 */
async function readFileInside(root, relative, input, what, options = {}) {
    const absolute = await resolveInside(root, relative, input);
    const bytes = await fs_readRegularFile(absolute, relative, input);
    if (bytes === null)
        throw (0,errors/* invalidInput */.aY)(input, relative, `an existing ${what} inside the workspace`);
    if (options.forEdit)
        return { absolute, text: decodeLossless(bytes) };
    // Text with bytes that are not UTF-8 would reach release notes and commits as U+FFFD: refuse it.
    // (An edit in place keeps such bytes as they are instead: decodeLossless.)
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const line = bytes
            .toString('utf8')
            .split('\n')
            .findIndex((l) => l.includes('\uFFFD')) + 1;
        throw (0,errors/* invalidInput */.aY)(input, relative, `a ${what} in UTF-8`, { file: relative, line: line || 1 });
    }
    return { absolute, text: bytes.toString('utf8') };
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/completeness.ts
// Signs that a chart about to be published is incomplete: no values.yaml, files its templates read
// that are not in it, and files the repository's .gitignore names inside the chart that this
// checkout lacks (generated files, as Buntime's values.yaml, questions.yml and templates/configmap.yaml
// are, which a plain checkout does not have). Warnings, not errors: a chart may mean to be that way.




/**
 * One warning line per sign of incompleteness in `chart` (`where` names it), empty when none.
 * `source` adds the .gitignore check for a chart packaged from a directory.
 */
async function incompleteChartWarnings(chart, where, source) {
    const warnings = [];
    const ignoredAndMissing = source ? await missingIgnoredFiles(source) : [];
    for (const { gitignore, files } of ignoredAndMissing) {
        warnings.push(`${where}: ${completeness_listOf(files)} ${files.length === 1 ? 'is' : 'are'} missing from this checkout but named in ${gitignore}: generated files, left out of git? Generate them before publishing, or the chart goes out without them`);
    }
    const valuesIgnored = ignoredAndMissing.some((m) => m.files.includes('values.yaml'));
    if (!chart.values && chart.metadata.type !== 'library' && !valuesIgnored) {
        const reads = chart.templates.filter((t) => /\.Values\b/.test(t.data.toString('utf8'))).map((t) => t.name);
        warnings.push(`${where}: the chart has no values.yaml${reads.length ? `, yet ${completeness_listOf(reads)} read${reads.length === 1 ? 's' : ''} .Values` : ''}; users get no defaults (is it generated and missing from this checkout?)`);
    }
    warnings.push(...missingFileReads(chart, where, ''));
    return warnings;
}
/** `.Files.Get "x"` (GetBytes, Lines) of a file the chart does not hold, and `.Files.Glob` matching none. */
function missingFileReads(chart, where, prefix) {
    const names = chart.files.map((f) => f.name);
    const missing = new Set();
    for (const template of chart.templates) {
        const text = template.data.toString('utf8');
        for (const m of text.matchAll(/\.Files\.(Get|GetBytes|Lines|Glob)\s+(?:"((?:[^"\\\n]|\\.)*)"|`([^`]*)`)/g)) {
            const argument = m[2] !== undefined ? unescapeGo(m[2]) : m[3];
            const matches = m[1] === 'Glob' ? picomatch_default()(argument, { dot: true }) : undefined;
            const present = matches ? names.some((name) => matches(name)) : names.includes(argument.replace(/^\.\//, ''));
            if (!present)
                missing.add(`${prefix}${template.name} reads ${m[1] === 'Glob' ? 'files matching ' : ''}"${argument}"`);
        }
    }
    const own = [...missing].map((m) => `${where}: ${m}, which the chart does not hold`);
    return [
        ...own,
        ...chart.dependencies.flatMap((d) => missingFileReads(d, where, `${prefix}charts/${d.metadata.name}/`)),
    ];
}
/**
 * Literal paths inside the chart directory that a .gitignore (the chart's own, or one above it up to
 * the workspace) names and that do not exist: what a generator writes and git never holds.
 */
async function missingIgnoredFiles(source) {
    const found = [];
    for (let dir = source.dir;; dir = external_node_path_default().dirname(dir)) {
        const gitignore = external_node_path_default().join(dir, '.gitignore');
        const text = await (0,promises_.readFile)(gitignore, 'utf8').catch(() => undefined);
        if (text !== undefined) {
            const files = [];
            for (const pattern of literalAnchoredPatterns(text)) {
                const absolute = external_node_path_default().join(dir, pattern);
                if (absolute === source.dir || !isWithin(source.dir, absolute))
                    continue;
                if (await (0,promises_.stat)(absolute).catch(() => undefined))
                    continue;
                files.push(external_node_path_default().relative(source.dir, absolute).split((external_node_path_default()).sep).join('/'));
            }
            if (files.length > 0)
                found.push({ gitignore: external_node_path_default().relative(source.workspace, gitignore) || '.gitignore', files });
        }
        const atTop = dir === source.workspace || !isWithin(source.workspace, dir) || external_node_path_default().dirname(dir) === dir;
        const repositoryRoot = await (0,promises_.stat)(external_node_path_default().join(dir, '.git')).catch(() => undefined);
        if (atTop || repositoryRoot)
            break;
    }
    return found;
}
/**
 * The .gitignore lines that name one path relative to their file: anchored (a slash before the end),
 * no glob characters, no negation, not a directory-only rule. Others match too widely to say what
 * should exist.
 */
function literalAnchoredPatterns(text) {
    const patterns = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(?<!\\)\s+$/, '');
        if (line === '' || line.startsWith('#') || line.startsWith('!') || /[*?[\\]/.test(line))
            continue;
        if (line.endsWith('/') || !line.slice(0, -1).includes('/'))
            continue;
        patterns.push(line.replace(/^\//, ''));
    }
    return patterns;
}
function unescapeGo(text) {
    try {
        return JSON.parse(`"${text}"`);
    }
    catch {
        return text;
    }
}
function completeness_listOf(names) {
    if (names.length <= 1)
        return names.join('');
    const shown = names.slice(0, 5);
    const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
    return `${shown.slice(0, -1).join(', ')}${more ? `, ${shown[shown.length - 1]}${more}` : ` and ${shown[shown.length - 1]}`}`;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/template-check.ts
// A structural check of a chart's Go templates for when no helm binary is at hand: the actions lex as
// text/template lexes them, blocks open and close, and every function named exists in helm's
// template function map. It renders nothing, so it cannot see a nil value or a `required` that fails;
// `helm template` can. Written by hand because no npm package reads Go's template grammar.
// Go's text/template builtins (text/template/funcs.go).
// prettier-ignore
const GO_BUILTINS = [
    'and', 'call', 'html', 'index', 'slice', 'js', 'len', 'not', 'or', 'print', 'printf', 'println', 'urlquery',
    'eq', 'ge', 'gt', 'le', 'lt', 'ne',
];
// Masterminds/sprig v3.3.0's TxtFuncMap (functions.go genericMap), which helm uses without env and expandenv.
// prettier-ignore
const SPRIG = [
    'abbrev', 'abbrevboth', 'add', 'add1', 'add1f', 'addf', 'adler32sum', 'ago', 'all', 'any', 'append', 'atoi',
    'b32dec', 'b32enc', 'b64dec', 'b64enc', 'base', 'bcrypt', 'biggest', 'buildCustomCert', 'camelcase', 'cat', 'ceil',
    'chunk', 'clean', 'coalesce', 'compact', 'concat', 'contains', 'date', 'dateInZone', 'dateModify', 'date_in_zone',
    'date_modify', 'decryptAES', 'deepCopy', 'deepEqual', 'default', 'derivePassword', 'dict', 'dig', 'dir', 'div',
    'divf', 'duration', 'durationRound', 'empty', 'encryptAES', 'ext', 'fail', 'first', 'float64', 'floor', 'fromJson',
    'genCA', 'genCAWithKey', 'genPrivateKey', 'genSelfSignedCert', 'genSelfSignedCertWithKey', 'genSignedCert',
    'genSignedCertWithKey', 'get', 'getHostByName', 'has', 'hasKey', 'hasPrefix', 'hasSuffix', 'hello', 'htmlDate',
    'htmlDateInZone', 'htpasswd', 'indent', 'initial', 'initials', 'int', 'int64', 'isAbs', 'join', 'kebabcase', 'keys',
    'kindIs', 'kindOf', 'last', 'list', 'lower', 'max', 'maxf', 'merge', 'mergeOverwrite', 'min', 'minf', 'mod', 'mul',
    'mulf', 'mustAppend', 'mustChunk', 'mustCompact', 'mustDateModify', 'mustDeepCopy', 'mustFirst', 'mustFromJson',
    'mustHas', 'mustInitial', 'mustLast', 'mustMerge', 'mustMergeOverwrite', 'mustPrepend', 'mustRegexFind',
    'mustRegexFindAll', 'mustRegexMatch', 'mustRegexReplaceAll', 'mustRegexReplaceAllLiteral', 'mustRegexSplit',
    'mustRest', 'mustReverse', 'mustSlice', 'mustToDate', 'mustToJson', 'mustToPrettyJson', 'mustToRawJson', 'mustUniq',
    'mustWithout', 'must_date_modify', 'nindent', 'nospace', 'now', 'omit', 'osBase', 'osClean', 'osDir', 'osExt',
    'osIsAbs', 'pick', 'pluck', 'plural', 'prepend', 'quote', 'randAlpha', 'randAlphaNum', 'randAscii', 'randBytes',
    'randInt', 'randNumeric', 'regexFind', 'regexFindAll', 'regexMatch', 'regexQuoteMeta', 'regexReplaceAll',
    'regexReplaceAllLiteral', 'regexSplit', 'repeat', 'replace', 'rest', 'reverse', 'round', 'semver', 'semverCompare',
    'seq', 'set', 'sha1sum', 'sha256sum', 'sha512sum', 'shuffle', 'slice', 'snakecase', 'sortAlpha', 'split',
    'splitList', 'splitn', 'squote', 'sub', 'subf', 'substr', 'swapcase', 'ternary', 'title', 'toDate', 'toDecimal',
    'toJson', 'toPrettyJson', 'toRawJson', 'toString', 'toStrings', 'trim', 'trimAll', 'trimPrefix', 'trimSuffix',
    'trimall', 'trunc', 'tuple', 'typeIs', 'typeIsLike', 'typeOf', 'uniq', 'unixEpoch', 'unset', 'until', 'untilStep',
    'untitle', 'upper', 'urlJoin', 'urlParse', 'uuidv4', 'values', 'without', 'wrap', 'wrapWith',
];
// helm's own (pkg/engine funcs.go and engine.go), helm 3 and 4; the duration helpers are helm 4's.
// prettier-ignore
const HELM_EXTRAS = [
    'toToml', 'mustToToml', 'fromToml', 'toYaml', 'mustToYaml', 'toYamlPretty', 'fromYaml', 'fromYamlArray', 'toJson',
    'mustToJson', 'fromJson', 'fromJsonArray', 'include', 'tpl', 'required', 'lookup', 'fail', 'getHostByName',
    'mustToDuration', 'durationSeconds', 'durationMilliseconds', 'durationMicroseconds', 'durationNanoseconds',
    'durationMinutes', 'durationHours', 'durationDays', 'durationWeeks', 'durationRoundTo', 'durationTruncateTo',
];
/** Every function a helm chart template may call. */
const HELM_TEMPLATE_FUNCTIONS = new Set([...GO_BUILTINS, ...SPRIG, ...HELM_EXTRAS]);
const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with']);
const LITERAL_WORDS = new Set(['true', 'false', 'nil']);
const OPENERS = new Set(['if', 'range', 'with', 'define', 'block']);
class TemplateSyntaxError extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
/**
 * Check every template of a chart (and its subcharts, which share helm's one template namespace).
 * Stops reading a file at its first syntax error, as Go's parser does.
 */
function checkTemplates(sources) {
    const errors = [];
    const calls = [];
    const defined = new Set();
    let actions = 0;
    for (const source of sources) {
        const lineOf = lineCounter(source.text);
        try {
            const parsed = parseTemplate(source.text);
            actions += parsed.actions;
            for (const name of parsed.defines)
                defined.add(name);
            for (const call of parsed.calls)
                calls.push({ file: source.file, line: lineOf(call.offset), ...call });
            for (const fn of parsed.functions) {
                if (!HELM_TEMPLATE_FUNCTIONS.has(fn.name))
                    errors.push({ file: source.file, line: lineOf(fn.offset), message: `function "${fn.name}" not defined` });
            }
        }
        catch (error) {
            if (!(error instanceof TemplateSyntaxError))
                throw error;
            errors.push({ file: source.file, line: lineOf(error.offset), message: error.message });
        }
    }
    const warnings = calls
        .filter((call) => !defined.has(call.name))
        .map((call) => ({
        file: call.file,
        line: call.line,
        message: `${call.how} "${call.name}": no template of the chart defines it (helm fails if this line is reached)`,
    }));
    return { errors, warnings, actions };
}
/** The parts of one template file: defined names, include/template calls, functions, actions. */
function parseTemplate(text) {
    const defines = [];
    const calls = [];
    const functions = [];
    const stack = [];
    let actions = 0;
    let at = 0;
    for (;;) {
        const open = text.indexOf('{{', at);
        if (open < 0)
            break;
        actions += 1;
        let position = open + 2;
        // A trim marker is "-" followed by white space; "{{-3}}" is the number -3.
        if (text[position] === '-' && /[ \t\r\n]/.test(text[position + 1] ?? ''))
            position += 2;
        while (/[ \t\r\n]/.test(text[position] ?? ''))
            position += 1;
        if (text.startsWith('/*', position)) {
            const close = text.indexOf('*/', position + 2);
            if (close < 0)
                throw new TemplateSyntaxError(open, 'unclosed comment');
            const after = /^(?: -)?\}\}/.exec(text.slice(close + 2));
            if (!after)
                throw new TemplateSyntaxError(close, 'comment ends before closing delimiter');
            at = close + 2 + after[0].length;
            continue;
        }
        const { tokens, end } = lexAction(text, position, open);
        at = end;
        checkAction(tokens, open, stack, { defines, calls, functions });
    }
    if (stack.length > 0) {
        const last = stack[stack.length - 1];
        throw new TemplateSyntaxError(last.offset, `unexpected EOF: {{${last.keyword}}} has no {{end}}`);
    }
    return { defines, calls, functions, actions };
}
function checkAction(tokens, offset, stack, found) {
    if (tokens.length === 0)
        throw new TemplateSyntaxError(offset, 'missing value for command');
    const first = tokens[0];
    const keyword = first.kind === 'word' && KEYWORDS.has(first.text) ? first.text : undefined;
    const inside = (names) => stack.some((s) => names.includes(s.keyword));
    if (keyword === 'end') {
        if (tokens.length > 1)
            throw new TemplateSyntaxError(tokens[1].offset, 'unexpected token in end');
        if (!stack.pop())
            throw new TemplateSyntaxError(offset, 'unexpected {{end}}');
        return;
    }
    if (keyword === 'else') {
        const top = stack[stack.length - 1];
        if (!top || !['if', 'range', 'with'].includes(top.keyword))
            throw new TemplateSyntaxError(offset, 'unexpected {{else}}');
    }
    else if (keyword === 'break' || keyword === 'continue') {
        if (!inside(['range']))
            throw new TemplateSyntaxError(offset, `{{${keyword}}} outside {{range}}`);
    }
    else if (keyword === 'define' || keyword === 'block' || keyword === 'template') {
        const name = tokens[1];
        if (!name || name.kind !== 'string')
            throw new TemplateSyntaxError(offset, `unexpected token in ${keyword} clause: expected a quoted template name`);
        if (keyword === 'define' && stack.length > 0)
            throw new TemplateSyntaxError(offset, 'unexpected <define> in command');
        if (keyword !== 'template')
            found.defines.push(unquote(name.text));
        else
            found.calls.push({ name: unquote(name.text), how: 'template', offset: name.offset });
    }
    if (keyword && OPENERS.has(keyword))
        stack.push({ keyword, offset });
    // Every other bare word is a function call (or a keyword in its place, which is an error).
    for (const [index, token] of tokens.entries()) {
        if (token.kind !== 'word' || (index === 0 && keyword !== undefined))
            continue;
        if (LITERAL_WORDS.has(token.text))
            continue;
        if (KEYWORDS.has(token.text)) {
            // `else if` / `else with` chain a new condition onto the open block.
            if (index === 1 && keyword === 'else' && (token.text === 'if' || token.text === 'with'))
                continue;
            throw new TemplateSyntaxError(token.offset, `unexpected <${token.text}> in command`);
        }
        found.functions.push({ name: token.text, offset: token.offset });
        const next = tokens[index + 1];
        if (token.text === 'include' && next?.kind === 'string')
            found.calls.push({ name: unquote(next.text), how: 'include', offset: next.offset });
    }
}
/** Lex one action from `position` (just past `{{` and its trim marker) to its `}}`, as text/template's lexer does. */
function lexAction(text, start, open) {
    const tokens = [];
    let position = start;
    let parens = 0;
    for (;;) {
        if (position >= text.length)
            throw new TemplateSyntaxError(open, 'unclosed action');
        const c = text[position];
        if (text.startsWith('}}', position) || (/[ \t\r\n]/.test(c) && text.startsWith('-}}', position + 1))) {
            if (parens > 0)
                throw new TemplateSyntaxError(position, 'unclosed left paren');
            const end = text.startsWith('}}', position) ? position + 2 : position + 4;
            return { tokens, end };
        }
        if (/[ \t\r\n]/.test(c)) {
            position += 1;
            continue;
        }
        const startAt = position;
        const take = (kind, length) => {
            tokens.push({ kind, text: text.slice(startAt, startAt + length), offset: startAt });
            position = startAt + length;
        };
        if (c === '"') {
            let i = position + 1;
            for (; i < text.length && text[i] !== '"'; i++) {
                if (text[i] === '\\')
                    i += 1;
                if (text[i] === '\n')
                    throw new TemplateSyntaxError(startAt, 'unterminated quoted string');
            }
            if (i >= text.length)
                throw new TemplateSyntaxError(startAt, 'unterminated quoted string');
            take('string', i + 1 - position);
        }
        else if (c === '`') {
            const close = text.indexOf('`', position + 1);
            if (close < 0)
                throw new TemplateSyntaxError(startAt, 'unterminated raw quoted string');
            take('string', close + 1 - position);
        }
        else if (c === "'") {
            const m = /^'(?:\\.[^']*|[^'\\\n])'/.exec(text.slice(position));
            if (!m)
                throw new TemplateSyntaxError(startAt, 'unterminated character constant');
            take('char', m[0].length);
        }
        else if (c === '$') {
            take('variable', /^\$[\p{L}\p{N}_]*/u.exec(text.slice(position))[0].length);
        }
        else if (c === '.' && !/[0-9]/.test(text[position + 1] ?? '')) {
            take('field', /^\.[\p{L}\p{N}_]*/u.exec(text.slice(position))[0].length);
        }
        else if (/[0-9+\-.]/.test(c)) {
            const m = /^[+-]?(?:0[xXoObB])?[0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[eEpP][+-]?[0-9_]+)?i?/.exec(text.slice(position));
            if (!m ||
                m[0] === '' ||
                m[0] === '+' ||
                m[0] === '-' ||
                /^[\p{L}\p{N}_]/u.test(text[position + m[0].length] ?? ''))
                throw new TemplateSyntaxError(startAt, `bad number syntax: ${JSON.stringify(text.slice(position, position + 10))}`);
            take('number', m[0].length);
        }
        else if (/[\p{L}_]/u.test(c)) {
            take('word', /^[\p{L}_][\p{L}\p{N}_]*/u.exec(text.slice(position))[0].length);
        }
        else if (c === '(') {
            parens += 1;
            take('punct', 1);
        }
        else if (c === ')') {
            parens -= 1;
            if (parens < 0)
                throw new TemplateSyntaxError(startAt, 'unexpected right paren');
            take('punct', 1);
        }
        else if (c === ':' && text[position + 1] === '=') {
            take('punct', 2);
        }
        else if (c === '|' || c === '=' || c === ',') {
            take('punct', 1);
        }
        else {
            throw new TemplateSyntaxError(startAt, `unrecognized character in action: ${JSON.stringify(c)}`);
        }
    }
}
function unquote(literal) {
    if (literal.startsWith('`'))
        return literal.slice(1, -1);
    try {
        return JSON.parse(literal);
    }
    catch {
        return literal.slice(1, -1);
    }
}
/** offset → 1-based line, with the line starts computed once per file. */
function lineCounter(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    };
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/lint.ts
// The check every chart passes before it is published (to a registry or a catalog): `helm lint` and
// `helm template` on the packaged archive when helm is on PATH (GitHub's hosted runners have it),
// else release-kit's own structural checks of the templates, saying that nothing was rendered.





/** The plan for `mode`: `auto` takes helm when `pathEnv` (the runner context's PATH) has it. */
async function planLint(mode, pathEnv) {
    if (mode === 'false')
        return { method: 'off' };
    if (mode === 'native')
        return { method: 'native', why: 'lint: native' };
    const helm = await findExecutable('helm', pathEnv);
    if (helm)
        return { method: 'helm', helm };
    if (mode === 'helm') {
        throw (0,errors/* invalidInput */.aY)('lint', 'helm', 'auto or native when helm is not on PATH (or install helm first, e.g. with azure/setup-helm)');
    }
    return { method: 'native', why: 'helm is not on PATH' };
}
/**
 * Lint and render `target` (a packaged chart) before it is published; a UserError naming the chart
 * and the first problem when it fails. helm runs with argument arrays, an environment of its own
 * (none of the runner's HELM_* or KUBECONFIG, HOME a fresh directory) and empty config, cache and
 * data homes, so the user's repositories, plugins and cluster never take part.
 */
async function lintChart(target, where, options) {
    const plan = options.plan ?? (await planLint(options.mode, options.pathEnv));
    if (plan.method === 'off') {
        return { method: 'off', summary: `${where}: lint: false, the chart was neither linted nor rendered` };
    }
    if (plan.method === 'helm')
        return lintWithHelm(plan.helm, target, where, options);
    return lintNatively(target.chart, where, plan.why, options);
}
async function lintWithHelm(helm, target, where, options) {
    const home = await (0,promises_.mkdtemp)(external_node_path_default().join(options.tempDir, 'release-kit-lint-'));
    try {
        const archive = external_node_path_default().join(home, target.fileName);
        await (0,promises_.writeFile)(archive, target.data);
        const env = {
            PATH: external_node_path_default().dirname(helm),
            HOME: home,
            HELM_CONFIG_HOME: external_node_path_default().join(home, 'config'),
            HELM_CACHE_HOME: external_node_path_default().join(home, 'cache'),
            HELM_DATA_HOME: external_node_path_default().join(home, 'data'),
        };
        const exec = (args) => run(helm, args, { cwd: home, env, inheritEnv: false, allowFailure: true });
        // Both at once: each loads the archive on its own, and neither needs the other.
        const [lint, render] = await Promise.all([
            exec(['lint', archive]),
            exec(['template', 'release-kit-lint', archive]),
        ]);
        const warnings = lint.stdout
            .split('\n')
            .filter((line) => line.startsWith('[WARNING]'))
            .map((line) => line.slice('[WARNING]'.length).trim());
        for (const warning of warnings)
            options.log.warning(`${where}: helm lint: ${warning}`);
        if (lint.exitCode !== 0) {
            const error = lint.stdout
                .split('\n')
                .find((line) => line.startsWith('[ERROR]'))
                ?.slice('[ERROR]'.length)
                .trim() ?? firstErrorLine(lint.stderr);
            throw lintFailure(where, `helm lint failed: ${error}`);
        }
        let rendered = 'rendered with helm template';
        if (render.exitCode !== 0) {
            const error = firstErrorLine(render.stderr);
            // helm renders for its built-in Kubernetes version; a chart's kubeVersion may exclude it, which
            // says nothing about the templates.
            if (!/incompatible with Kubernetes/i.test(error))
                throw lintFailure(where, `helm template failed: ${error}`);
            options.log.warning(`${where}: helm template skipped the render: ${error}`);
            rendered = 'not rendered (its kubeVersion excludes the version helm renders for)';
        }
        return {
            method: 'helm',
            summary: `${where}: helm lint passed${warnings.length ? ` with ${warnings.length} warning(s)` : ''}; ${rendered}`,
        };
    }
    finally {
        await (0,promises_.rm)(home, { recursive: true, force: true });
    }
}
function lintNatively(chart, where, why, options) {
    const sources = templateSources(chart, '');
    const result = checkTemplates(sources);
    if (result.errors.length > 0)
        throw lintFailure(where, `template ${describeProblem(result.errors[0])}`);
    for (const warning of result.warnings)
        options.log.warning(`${where}: template ${describeProblem(warning)}`);
    return {
        method: 'native',
        summary: `${where}: ${why}: native structural checks passed (${sources.length} templates, ${result.actions} actions, every function known to helm${result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''}); rendering skipped`,
    };
}
/** Every template of the chart and its subcharts, named by their path in the archive below the chart. */
function templateSources(chart, prefix) {
    return [
        ...chart.templates.map((t) => ({ file: `${prefix}${t.name}`, text: t.data.toString('utf8') })),
        ...chart.dependencies.flatMap((d) => templateSources(d, `${prefix}charts/${d.metadata.name}/`)),
    ];
}
function describeProblem(problem) {
    return `${problem.file}:${problem.line}: ${problem.message}`;
}
/** helm's `Error: …` line (klog warnings may come first), else its first line. */
function firstErrorLine(stderr) {
    const lines = stderr.split('\n').filter((l) => l.trim() !== '');
    const line = lines.find((l) => l.startsWith('Error:')) ?? lines[0] ?? 'no output';
    return line.replace(/^Error:\s*/, '').trim();
}
function lintFailure(where, problem) {
    return new errors/* UserError */.yo(`chart ${where}: ${problem}; nothing was published: fix the chart and run again`, {
        input: 'lint',
        value: where,
    });
}

;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/yaml.ts
/** How far aliases may expand when a document is turned into values: the yaml library's own default. */
const MAX_ALIAS_COUNT = 100;
/**
 * The first problem of `doc` (parsed from `text`), or undefined. A duplicate key is refused because
 * tools disagree on which of the two counts (the yaml library and helm keep one, a regexp another).
 * An alias bomb (a few lines of `&a [*b, *b, …]` that expand to billions of nodes) is found by
 * expanding the document under the alias limit, the way every later reader of the file would.
 */
function yaml_yamlProblem(doc, text) {
    const error = doc.errors[0];
    if (error) {
        const offset = error.pos[0];
        if (error.code === 'DUPLICATE_KEY') {
            const key = (/^[ \t]*(?:-[ \t]+)?(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]*?))[ \t]*:/.exec(text.slice(offset)) ?? [])
                .slice(1)
                .find((k) => k !== undefined);
            return {
                message: `duplicate key${key ? ` ${JSON.stringify(key)}` : ''} in one mapping; tools disagree on which one counts, so keep one`,
                offset,
            };
        }
        return { message: `not valid YAML: ${error.message.split('\n')[0].replace(/:$/, '')}`, offset };
    }
    try {
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (expansion) {
        if (!/alias/i.test(expansion.message))
            throw expansion;
        return {
            message: `its aliases expand beyond ${MAX_ALIAS_COUNT} times the document (an alias bomb); write the values out`,
            offset: 0,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/chartfile-edit.ts
// Chart.yaml edited in place, the one home for it: finding a value by its key path, setting a top-level
// scalar (version, appVersion) and setting an annotation (Rancher's release notes). Every edit splices
// the original text at the source range the yaml library reports, so comments, quoting, key order,
// indentation and line endings elsewhere survive byte for byte; re-serialising would reflow them, and
// Chart.yaml files are reviewed by humans. bump-version, chart-release-notes and packaging all edit
// through here.




/**
 * The scalar at `path` (keys; numeric segments index sequences) in the YAML `text`, located to the
 * byte, or why it cannot be edited in place: not valid YAML, no such key, not a plain or quoted
 * scalar whose source text is the value itself.
 */
function locateScalar(text, path) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, keepSourceTokens: true, uniqueKeys: true });
    const invalid = yaml_yamlProblem(doc, text);
    if (invalid)
        return { problem: invalid.message, line: lineOf(text, invalid.offset) };
    const key = path.join('.');
    // yaml's getIn accepts numeric segments as strings for sequences too.
    const node = doc.getIn(path, true);
    if (node === undefined || node === null)
        return { problem: `key ${key} not found`, line: 1 };
    const line = lineOf(text, node.range?.[0] ?? 0);
    if (!(0,dist/* isScalar */.jn)(node) || !node.range)
        return { problem: `key ${key} is not a plain value (a map, list or alias)`, line };
    const [start, end] = node.range;
    const source = text.slice(start, end);
    const value = typeof node.value === 'string' ? node.value : String(node.value);
    // Only styles whose source text is the value itself, bare or in quotes, can be spliced safely.
    let inner;
    if (node.type === 'PLAIN' && source === value)
        inner = [start, end];
    if (node.type === 'QUOTE_DOUBLE' && source === `"${value}"`)
        inner = [start + 1, end - 1];
    if (node.type === 'QUOTE_SINGLE' && source === `'${value}'`)
        inner = [start + 1, end - 1];
    if (!inner)
        return {
            problem: `key ${key} holds ${(0,errors/* showValue */.vp)(source)}, not a version written as a plain or quoted scalar`,
            line,
        };
    return { value, start: inner[0], end: inner[1], line };
}
/**
 * Chart.yaml with the top-level scalar `key` set to `value` (a single line). The written style is
 * kept: a quoted value stays quoted; a plain one stays plain unless the new value would read back as
 * something else (`2.0`, `yes`), which is then double-quoted. A missing key is appended.
 */
function setChartScalar(text, key, value, file = 'Chart.yaml') {
    if (/[\r\n]/.test(value))
        throw new errors/* UserError */.yo(`${key} must be a single line, got ${(0,errors/* showValue */.vp)(value)}`, { value: file, location: { file } });
    const found = locateScalar(text, [key]);
    let result;
    if ('problem' in found) {
        if (found.problem !== `key ${key} not found`)
            throw editError(file, found.problem, found.line);
        const eol = /\r\n/.test(text) ? '\r\n' : '\n';
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        result = `${text}${lead}${key}: ${plainOrQuoted(value)}${eol}`;
    }
    else {
        const quote = text[found.start - 1];
        const quoted = found.start > 0 && (quote === '"' || quote === "'") && text[found.end] === quote;
        if (quoted && quote === '"')
            result = splice(text, found.start, found.end, JSON.stringify(value).slice(1, -1));
        else if (quoted)
            result = splice(text, found.start, found.end, value.replace(/'/g, "''"));
        else
            result = splice(text, found.start, found.end, plainOrQuoted(value));
    }
    const after = (0,dist/* parseDocument */.Tp)(result);
    if (after.errors.length > 0 || after.toJS()?.[key] !== value)
        throw editError(file, `could not set ${key} to ${(0,errors/* showValue */.vp)(value)} without changing other values`, 1);
    return result;
}
/**
 * Chart.yaml with `annotations.<key>` set to `value`. Multi-line values are written as a literal
 * block scalar (`|`) indented under the key; the result is parsed again and must hold exactly the
 * value and every other value unchanged, else a double-quoted scalar is used.
 */
function setChartAnnotation(chartYaml, key, value, file = 'Chart.yaml') {
    const doc = (0,dist/* parseDocument */.Tp)(chartYaml, { uniqueKeys: true });
    // The values are compared below (toJS): an alias bomb must be refused before that expands it.
    const invalid = yaml_yamlProblem(doc, chartYaml);
    if (invalid) {
        const line = lineOf(chartYaml, invalid.offset);
        throw new errors/* UserError */.yo(invalid.message, { value: file, location: { file, line } });
    }
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new errors/* UserError */.yo(`expected a mapping at the top (a Chart.yaml)`, { value: file, location: { file } });
    const eol = /\r\n/.test(chartYaml) ? '\r\n' : '\n';
    const before = doc.toJS();
    const annotations = before.annotations;
    if (annotations?.[key] === value)
        return { text: chartYaml, state: 'unchanged' };
    const state = annotations && typeof annotations === 'object' && Object.hasOwn(annotations, key) ? 'updated' : 'created';
    for (const style of ['literal', 'quoted']) {
        const text = spliceAnnotation(chartYaml, doc.contents, key, value, eol, style, file);
        if (holdsOnly(text, before, key, value))
            return { text, state };
    }
    throw new errors/* UserError */.yo(`could not add ${key} without changing other values; write 'annotations' as a plain block mapping`, { input: 'chart-release-notes', value: file, location: { file } });
}
/** Release notes as a block scalar keeps them: \n line ends, one final line break, no trailing blanks. */
function normaliseNotes(notes) {
    const text = notes.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    return text === '' ? '' : `${text}\n`;
}
/**
 * Chart.yaml with `edits` applied in place (the archived copy at package time). Returns the input
 * unchanged when there is nothing to do.
 */
function editChartYaml(data, edits, file = 'Chart.yaml') {
    const annotations = Object.entries(edits.annotations ?? {});
    if (edits.version === undefined && edits.appVersion === undefined && annotations.length === 0)
        return data;
    let text = data.toString('utf8');
    if (edits.version !== undefined)
        text = setChartScalar(text, 'version', edits.version, file);
    if (edits.appVersion !== undefined)
        text = setChartScalar(text, 'appVersion', edits.appVersion, file);
    for (const [key, value] of annotations)
        text = setChartAnnotation(text, key, value, file).text;
    return Buffer.from(text);
}
/** `value` as a plain scalar when it reads back as that very string (YAML 1.1 and 1.2 alike), else double-quoted. */
function plainOrQuoted(value) {
    const asPlain = (version) => {
        const doc = (0,dist/* parseDocument */.Tp)(`v: ${value}`, { version });
        return doc.errors.length === 0 && doc.toJS()?.v === value;
    };
    return value !== '' && asPlain('1.1') && asPlain('1.2') ? value : JSON.stringify(value);
}
function spliceAnnotation(text, root, key, value, eol, style, file) {
    const annotationsPair = root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'annotations');
    if (!annotationsPair) {
        // No annotations yet: append a block at the end (top-level keys start in column 0).
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        return `${text}${lead}annotations:${eol}  ${key}: ${scalar(value, 2, eol, style)}`;
    }
    const annotations = annotationsPair.value;
    const keyColumn = columnOf(text, annotationsPair.key.range[0]);
    if (!annotations || ((0,dist/* isScalar */.jn)(annotations) && (annotations.value === null || annotations.value === ''))) {
        // `annotations:` with nothing under it (or an explicit `~`/`null`, which goes).
        let head = text;
        if (annotations?.range && annotations.range[1] > annotations.range[0]) {
            head = text.slice(0, annotations.range[0]).replace(/[ \t]+$/, '') + text.slice(annotations.range[1]);
        }
        const at = lineEnd(head, annotationsPair.key.range[1]);
        const lead = head.slice(0, at).endsWith('\n') ? '' : eol;
        const indent = keyColumn + 2;
        return `${head.slice(0, at)}${lead}${' '.repeat(indent)}${key}: ${scalar(value, indent, eol, style)}${head.slice(at)}`;
    }
    if (!(0,dist/* isMap */.jh)(annotations) || annotations.flow) {
        const line = text.slice(0, annotations.range[0]).split('\n').length;
        throw new errors/* UserError */.yo(`'annotations' must be a block mapping (one key per line) for release-kit to add ${key}`, {
            input: 'chart-release-notes',
            value: file,
            location: { file, line },
        });
    }
    const existing = annotations.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    if (existing && existing.value?.range) {
        const node = existing.value;
        const indent = columnOf(text, existing.key.range[0]);
        const [start, valueEnd] = node.range;
        const block = (0,dist/* isScalar */.jn)(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
        // A block scalar's range ends after its last line break; a flow scalar's at its last character,
        // so the rest of that line (perhaps a comment) goes too, the comment moving onto the new header.
        let end = valueEnd;
        let comment = '';
        if (!block) {
            end = lineEnd(text, valueEnd);
            comment = text.slice(valueEnd, end).trim();
            if (!comment.startsWith('#'))
                comment = '';
        }
        let replacement = scalar(value, indent, eol, style, comment);
        // The value was the file's last line and had no line break: keep it that way.
        if (end === text.length && !text.endsWith('\n'))
            replacement = replacement.slice(0, -eol.length);
        return text.slice(0, start) + replacement + text.slice(end);
    }
    const last = annotations.items[annotations.items.length - 1];
    const indent = columnOf(text, last.key.range[0]);
    let at = last.value?.range?.[1] ?? last.key.range[1];
    if (text[at - 1] !== '\n')
        at = lineEnd(text, at);
    const lead = text.slice(0, at).endsWith('\n') ? '' : eol;
    return `${text.slice(0, at)}${lead}${' '.repeat(indent)}${key}: ${scalar(value, indent, eol, style)}${text.slice(at)}`;
}
/** The value of a key in column `keyColumn`, ending with a line break (a block scalar always does). */
function scalar(value, keyColumn, eol, style, comment = '') {
    if (style === 'quoted' || value === '')
        return `${JSON.stringify(value)}${comment ? ` ${comment}` : ''}${eol}`;
    const lines = value.replace(/\n$/, '').split('\n');
    // An explicit indentation indicator when the first line itself starts with a space.
    const indicator = /^\s/.test(lines.find((l) => l !== '') ?? '') ? '2' : '';
    const pad = ' '.repeat(keyColumn + 2);
    return `|${indicator}${comment ? ` ${comment}` : ''}${eol}${lines.map((l) => (l === '' ? '' : pad + l)).join(eol)}${eol}`;
}
function holdsOnly(text, before, key, value) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length)
        return false;
    const after = doc.toJS();
    const annotations = { ...(before.annotations ?? {}), [key]: value };
    return (0,external_node_util_.isDeepStrictEqual)(after, { ...before, annotations });
}
function splice(text, start, end, replacement) {
    return text.slice(0, start) + replacement + text.slice(end);
}
function editError(file, problem, line) {
    return new errors/* UserError */.yo(problem, { value: file, location: { file, line } });
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
function lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}
/** The 1-based line of `offset` in `text`. */
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/chartfile.ts
// Chart.yaml: reading it the way helm does and validating it as helm's Metadata.Validate does (the
// edits are in chartfile-edit.ts).




/** The annotation the Rancher (Buntime) catalog reads release notes from. */
const RELEASE_NOTES_ANNOTATION = 'catalog.cattle.io/release-notes';
/**
 * Parse Chart.yaml bytes into helm's metadata. Strings are read as written (sigs.k8s.io/yaml turns
 * `version: 1.0` into the string "1.0" for a string field), booleans with YAML 1.1 rules as
 * go-yaml does, and unknown keys are ignored as helm ignores them. `where` names the file in errors.
 */
function parseChartYaml(data, where) {
    const file = 'Chart.yaml';
    const { strings: raw, typed } = loadYamlMapping(data, where, file);
    if (raw === undefined)
        throw chartError(where, 'chart.metadata.apiVersion is required');
    const str = (key, from = raw) => stringField(from, key, where, file);
    const strList = (key) => stringListField(raw, key, where, file);
    const annotationsRaw = raw.annotations;
    let annotations;
    if (annotationsRaw !== undefined && annotationsRaw !== null && annotationsRaw !== '') {
        if (!isRecord(annotationsRaw) || Object.values(annotationsRaw).some((v) => typeof v !== 'string')) {
            throw chartError(where, 'cannot load Chart.yaml: annotations must map strings to strings');
        }
        annotations = annotationsRaw;
    }
    const maintainers = listOfRecords(raw.maintainers, 'maintainers', where)?.map((m) => ({
        name: optionalSanitized(str('name', m)),
        email: optionalSanitized(str('email', m)),
        url: optionalSanitized(str('url', m)),
    }));
    return {
        name: sanitize(str('name') ?? ''),
        home: optionalSanitized(str('home')),
        sources: strList('sources')?.map(sanitize),
        version: str('version') ?? '',
        description: optionalSanitized(str('description')),
        keywords: strList('keywords')?.map(sanitize),
        maintainers,
        icon: optionalSanitized(str('icon')),
        apiVersion: str('apiVersion') ?? '',
        condition: optionalSanitized(str('condition')),
        tags: optionalSanitized(str('tags')),
        appVersion: optionalSanitized(str('appVersion')),
        deprecated: booleanField(typed, 'deprecated', where, file),
        annotations,
        kubeVersion: optionalSanitized(str('kubeVersion')),
        dependencies: parseDependencies(raw.dependencies, typed.dependencies, where, file),
        type: str('type'),
    };
}
/**
 * The `dependencies` of a helm 2 (apiVersion v1) chart's requirements.yaml, which helm 3 and 4 still
 * read into the chart's metadata; undefined when the file lists none.
 */
function parseRequirementsYaml(data, where) {
    const { strings, typed } = loadYamlMapping(data, where, 'requirements.yaml');
    if (strings === undefined)
        return undefined;
    return parseDependencies(strings.dependencies, typed.dependencies, where, 'requirements.yaml');
}
/** The largest number of alias expansions a chart file may make (the yaml library's own default). */
const chartfile_MAX_ALIAS_COUNT = 100;
/**
 * A chart YAML file read twice, as helm reads it: every scalar as the string written (`strings`),
 * and typed with YAML 1.1 rules (`typed`, for booleans). Refuses syntax errors, duplicate keys
 * (naming the key and both lines) and alias bombs, each in one line; undefined for an empty file.
 */
function loadYamlMapping(data, where, file) {
    const text = chartYamlText(data, where, file);
    const lines = new dist/* LineCounter */.HN();
    const strings = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', uniqueKeys: false, lineCounter: lines });
    const typed = (0,dist/* parseDocument */.Tp)(text, { version: '1.1', uniqueKeys: false });
    const problem = strings.errors[0] ?? typed.errors[0];
    if (problem)
        throw chartError(where, `cannot load ${file}: ${problem.message.split('\n')[0]}`);
    const duplicate = findDuplicateKey(strings.contents, [], lines);
    if (duplicate) {
        throw new errors/* UserError */.yo(`chart ${where}: cannot load ${file}: duplicate key ${JSON.stringify(duplicate.key)} at line ${duplicate.line} (first at line ${duplicate.firstLine}); keep one`, { value: where, location: { file: where, line: duplicate.line } });
    }
    const rawStrings = toPlain(strings, where, file);
    const rawTyped = toPlain(typed, where, file);
    if (rawStrings === null || rawStrings === undefined || rawStrings === '')
        return { strings: undefined, typed: undefined };
    if (!isRecord(rawStrings) || !isRecord(rawTyped))
        throw chartError(where, `cannot load ${file}: expected a mapping of keys to values`);
    return { strings: rawStrings, typed: rawTyped };
}
function toPlain(document, where, file) {
    try {
        return document.toJS({ maxAliasCount: chartfile_MAX_ALIAS_COUNT });
    }
    catch (error) {
        // The yaml library stops an exponential expansion (a "billion laughs") with a ReferenceError.
        if (error instanceof ReferenceError && /alias/i.test(error.message)) {
            throw chartError(where, `cannot load ${file}: its YAML aliases expand more than ${chartfile_MAX_ALIAS_COUNT} times (a resource exhaustion pattern); write the values out`);
        }
        throw error;
    }
}
/** The first key that appears twice in one mapping, anywhere in the tree, with its dotted path and lines. */
function findDuplicateKey(node, path, lines) {
    if ((0,dist/* isMap */.jh)(node)) {
        const seen = new Map();
        for (const pair of node.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
            if (key === undefined)
                continue;
            const line = lines.linePos(pair.key.range?.[0] ?? 0).line;
            const first = seen.get(key);
            if (first !== undefined)
                return { key: [...path, key].join('.'), line, firstLine: first };
            seen.set(key, line);
            const inner = findDuplicateKey(pair.value, [...path, key], lines);
            if (inner)
                return inner;
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        for (const [index, item] of node.items.entries()) {
            const inner = findDuplicateKey(item, [...path, String(index)], lines);
            if (inner)
                return inner;
        }
    }
    return undefined;
}
function parseDependencies(rawList, typedList, where, file) {
    const typedDeps = Array.isArray(typedList) ? typedList : [];
    return listOfRecords(rawList, 'dependencies', where)?.map((d, i) => {
        const t = isRecord(typedDeps[i]) ? typedDeps[i] : {};
        const importValues = t['import-values'];
        if (importValues !== undefined && importValues !== null && !Array.isArray(importValues)) {
            throw chartError(where, `cannot load ${file}: import-values must be a list`);
        }
        const str = (key) => stringField(d, key, where, file);
        return {
            name: sanitize(str('name') ?? ''),
            version: optionalSanitized(str('version')),
            repository: sanitize(str('repository') ?? ''),
            condition: optionalSanitized(str('condition')),
            tags: stringListField(d, 'tags', where, file)?.map(sanitize),
            enabled: booleanField(t, 'enabled', where, file),
            importValues: importValues ?? undefined,
            alias: str('alias'),
            dependsOn: stringListField(d, 'depends-on', where, file)?.map(sanitize),
        };
    });
}
function stringField(from, key, where, file) {
    const v = from[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'string')
        throw chartError(where, `cannot load ${file}: ${key} must be a string`);
    return v;
}
function stringListField(from, key, where, file) {
    const v = from[key];
    if (v === undefined || v === null || v === '')
        return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        throw chartError(where, `cannot load ${file}: ${key} must be a list of strings`);
    return v;
}
function booleanField(from, key, where, file) {
    const v = from[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'boolean')
        throw chartError(where, `cannot load ${file}: ${key} must be true or false`);
    return v;
}
/**
 * helm's Metadata.Validate, plus the rules this project adds: apiVersion must be v1 or v2 (what
 * helm lint accepts; helm 3 and 4 still package and install helm 2's v1 charts) and the name must be
 * usable in an OCI reference.
 */
function validateMetadata(metadata, where) {
    if (metadata.apiVersion === '')
        throw chartError(where, 'chart.metadata.apiVersion is required');
    if (metadata.apiVersion !== 'v1' && metadata.apiVersion !== 'v2') {
        throw chartError(where, `chart.metadata.apiVersion ${JSON.stringify(metadata.apiVersion)} is not supported; expected v1 or v2 (v2 for new charts)`);
    }
    if (metadata.name === '')
        throw chartError(where, 'chart.metadata.name is required');
    if (!isSafeChartName(metadata.name)) {
        throw chartError(where, `chart.metadata.name ${JSON.stringify(metadata.name)} is invalid; expected lower-case letters, digits and single separators (. _ -), e.g. my-chart`);
    }
    if (metadata.version === '')
        throw chartError(where, 'chart.metadata.version is required');
    if (!isChartVersion(metadata.version)) {
        throw chartError(where, `chart.metadata.version ${JSON.stringify(metadata.version)} is invalid; expected SemVer, e.g. 1.2.3`);
    }
    if (metadata.type !== undefined && !['', 'application', 'library'].includes(metadata.type)) {
        throw chartError(where, `chart.metadata.type ${JSON.stringify(metadata.type)} is invalid; expected application or library`);
    }
    const seen = new Set();
    for (const dependency of metadata.dependencies ?? []) {
        if (dependency.alias !== undefined && dependency.alias !== '' && !/^[a-zA-Z0-9_-]+$/.test(dependency.alias)) {
            throw chartError(where, `dependency ${JSON.stringify(dependency.name)} has disallowed characters in the alias`);
        }
        const key = dependency.alias || dependency.name;
        if (seen.has(key)) {
            throw chartError(where, `more than one dependency with name or alias ${JSON.stringify(key)}; try using distinct aliases for dependencies with the same chart name`);
        }
        seen.add(key);
    }
}
/** helm's sanitizeString: any whitespace becomes a space, non-printable characters are dropped. */
function sanitize(value) {
    return value.replace(/\s/gu, ' ').replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '');
}
function optionalSanitized(value) {
    return value === undefined ? undefined : sanitize(value);
}
function listOfRecords(value, key, where) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (!Array.isArray(value))
        throw chartError(where, `cannot load Chart.yaml: ${key} must be a list`);
    return value.map((entry) => {
        if (!isRecord(entry))
            throw chartError(where, `${key} must not contain empty or null nodes`);
        return entry;
    });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The text of a YAML file helm reads (Chart.yaml, values.yaml, requirements.yaml, Chart.lock), refused
 * in one line when it is not UTF-8, as helm refuses it ("yaml: invalid trailing UTF-8 octet"):
 * decoding would turn such a byte into U+FFFD, in the archive too when Chart.yaml is edited.
 */
function chartYamlText(data, where, file) {
    if ((0,external_node_buffer_.isUtf8)(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    // Only on failure: find the byte that starts the first invalid sequence, for the message. A decoder
    // fed one byte at a time returns text whenever a character completes, so `start` is where the
    // pending one began when it throws.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    let line = 1;
    for (let i = 0; i < data.length; i++) {
        try {
            if (decoder.decode(data.subarray(i, i + 1), { stream: true }) !== '')
                start = i + 1;
        }
        catch {
            break;
        }
        if (data[i] === 0x0a)
            line += 1;
    }
    const byte = `0x${data[start].toString(16).padStart(2, '0')}`;
    throw chartError(where, `cannot load ${file}: not UTF-8 (invalid byte ${byte} at line ${line}); save it as UTF-8`);
}
/** A chart problem, located in the chart's Chart.yaml (or the file `where` names). */
function chartError(where, message) {
    return new errors/* UserError */.yo(`chart ${where}: ${message}`, { value: where, location: { file: where } });
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/helmignore.ts
// .helmignore as helm reads it (helm/helm pkg/ignore/rules.go), down to Go's filepath.Match.

/** The name helm looks for at the chart root. */
const HELMIGNORE = '.helmignore';
/** What Go calls filepath.ErrBadPattern. */
class BadPattern extends Error {
}
/**
 * Go's `path/filepath.Match` on a Unix system, ported from the Go standard library.
 *
 * Hand-written on purpose: .helmignore patterns are Go globs, and no JavaScript glob library has
 * the same semantics. picomatch and minimatch treat dotfiles specially, accept `!` for class
 * negation, expand braces and `**`, and accept patterns Go rejects (`[]a]`, `[a-]`, a trailing
 * `\`). Go matches `*` and `?` against anything but `/`, negates classes with `^` only, and fails
 * malformed patterns with ErrBadPattern even when the match already failed. Mirroring the algorithm
 * (chunks split at `*`, backtracking over one star at a time) gives the same answers.
 * Throws BadPattern where Go returns ErrBadPattern.
 */
function goFilepathMatch(pattern, name) {
    let pat = Array.from(pattern);
    let rest = Array.from(name);
    patternLoop: while (pat.length > 0) {
        const scanned = scanChunk(pat);
        const { star, chunk } = scanned;
        pat = scanned.rest;
        if (star && chunk.length === 0) {
            // A trailing * matches the rest of the name unless it holds a separator.
            return !rest.includes('/');
        }
        const here = matchChunk(chunk, rest);
        // The last chunk must use up the name, else a later star position could still match.
        if (here !== null && (here.length === 0 || pat.length > 0)) {
            rest = here;
            continue;
        }
        if (star) {
            // Let the star swallow one more character at a time, never a separator.
            for (let i = 0; i < rest.length && rest[i] !== '/'; i++) {
                const t = matchChunk(chunk, rest.slice(i + 1));
                if (t !== null) {
                    if (pat.length === 0 && t.length > 0)
                        continue;
                    rest = t;
                    continue patternLoop;
                }
            }
        }
        // Before answering "no match", Go checks that the rest of the pattern is well formed.
        while (pat.length > 0) {
            const next = scanChunk(pat);
            pat = next.rest;
            matchChunk(next.chunk, []);
        }
        return false;
    }
    return rest.length === 0;
}
function scanChunk(pattern) {
    let star = false;
    let start = 0;
    while (start < pattern.length && pattern[start] === '*') {
        start++;
        star = true;
    }
    const p = pattern.slice(start);
    let inRange = false;
    let i = 0;
    scan: for (; i < p.length; i++) {
        switch (p[i]) {
            case '\\':
                if (i + 1 < p.length)
                    i++;
                break;
            case '[':
                inRange = true;
                break;
            case ']':
                inRange = false;
                break;
            case '*':
                if (!inRange)
                    break scan;
                break;
        }
    }
    return { star, chunk: p.slice(0, i), rest: p.slice(i) };
}
/** The rest of `s` after `chunk` matched its start, or null; throws BadPattern on a malformed chunk. */
function matchChunk(chunkIn, sIn) {
    let chunk = chunkIn;
    let s = sIn;
    let failed = false;
    while (chunk.length > 0) {
        if (!failed && s.length === 0)
            failed = true;
        switch (chunk[0]) {
            case '[': {
                let r = '';
                if (!failed) {
                    r = s[0];
                    s = s.slice(1);
                }
                chunk = chunk.slice(1);
                let negated = false;
                if (chunk.length > 0 && chunk[0] === '^') {
                    negated = true;
                    chunk = chunk.slice(1);
                }
                let match = false;
                let ranges = 0;
                for (;;) {
                    if (chunk.length > 0 && chunk[0] === ']' && ranges > 0) {
                        chunk = chunk.slice(1);
                        break;
                    }
                    const lo = getEsc(chunk);
                    chunk = lo.rest;
                    let hi = lo.char;
                    if (chunk[0] === '-') {
                        const h = getEsc(chunk.slice(1));
                        chunk = h.rest;
                        hi = h.char;
                    }
                    if (!failed && codePoint(lo.char) <= codePoint(r) && codePoint(r) <= codePoint(hi))
                        match = true;
                    ranges++;
                }
                if (match === negated)
                    failed = true;
                break;
            }
            case '?':
                if (!failed) {
                    if (s[0] === '/')
                        failed = true;
                    s = s.slice(1);
                }
                chunk = chunk.slice(1);
                break;
            default:
                // A backslash escapes the next character, which is then matched literally.
                if (chunk[0] === '\\') {
                    chunk = chunk.slice(1);
                    if (chunk.length === 0)
                        throw new BadPattern();
                }
                if (!failed) {
                    if (chunk[0] !== s[0])
                        failed = true;
                    s = s.slice(1);
                }
                chunk = chunk.slice(1);
        }
    }
    return failed ? null : s;
}
function getEsc(chunkIn) {
    let chunk = chunkIn;
    if (chunk.length === 0 || chunk[0] === '-' || chunk[0] === ']')
        throw new BadPattern();
    if (chunk[0] === '\\') {
        chunk = chunk.slice(1);
        if (chunk.length === 0)
            throw new BadPattern();
    }
    const char = chunk[0];
    const rest = chunk.slice(1);
    if (rest.length === 0)
        throw new BadPattern();
    return { char, rest };
}
function codePoint(c) {
    return c.codePointAt(0) ?? 0;
}
/** Parsed .helmignore rules; `ignores` answers as helm's `Rules.Ignore` does. */
class HelmignoreRules {
    patterns = [];
    /** The rule helm always adds: dotfiles directly in templates/. */
    addDefaults() {
        this.addRule('templates/.?*');
    }
    /** How many rules are in force (comments and blank lines excluded). */
    get size() {
        return this.patterns.length;
    }
    /**
     * Parse one line. Returns an error message for a rule helm refuses (`**`, a malformed glob),
     * undefined otherwise.
     */
    addRule(line) {
        let rule = line.trim();
        if (rule === '' || rule.startsWith('#'))
            return undefined;
        if (rule.includes('**'))
            return 'double-star (**) syntax is not supported';
        try {
            // Go compiles the rule by matching it against a non-empty name; so do we.
            goFilepathMatch(rule, 'abc');
        }
        catch (error) {
            if (error instanceof BadPattern)
                return 'syntax error in pattern';
            throw error;
        }
        const pattern = { raw: rule, negate: false, mustDir: false, match: () => false };
        if (rule.startsWith('!')) {
            pattern.negate = true;
            rule = rule.slice(1);
        }
        // A trailing slash means "directories only"; the slash itself is not part of the match.
        if (rule.endsWith('/')) {
            pattern.mustDir = true;
            rule = rule.slice(0, -1);
        }
        const glob = rule.startsWith('/') ? rule.slice(1) : rule;
        const structural = rule.startsWith('/') || rule.includes('/');
        pattern.match = (path) => {
            try {
                return goFilepathMatch(glob, structural ? path : baseName(path));
            }
            catch {
                return false; // helm logs "Failed to compile" and treats it as no match
            }
        };
        this.patterns.push(pattern);
        return undefined;
    }
    /**
     * True when `path` (slash-separated, relative to the chart root) is ignored. Rules are tried in
     * order and the first match decides. A negated rule ignores everything it does NOT match (helm's
     * own reading of `!`, kept as is so that our archive holds what helm's would).
     */
    ignores(path, isDirectory) {
        if (path === '' || path === '.' || path === './')
            return false;
        for (const p of this.patterns) {
            if (p.negate) {
                if (p.mustDir && !isDirectory)
                    return true;
                if (!p.match(path))
                    return true;
                continue;
            }
            if (p.mustDir && !isDirectory)
                continue;
            if (p.match(path))
                return true;
        }
        return false;
    }
}
/**
 * Parse a .helmignore file. A bad rule is a UserError naming the file and line, as `helm package`
 * fails on it too.
 */
function parseHelmignore(text, file = HELMIGNORE) {
    const rules = new HelmignoreRules();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const problem = rules.addRule(lines[i]);
        if (problem) {
            throw new errors/* UserError */.yo(`${file}:${i + 1}: rule ${JSON.stringify(lines[i].trim())} is invalid: ${problem}; expected Go filepath.Match globs without **`, {
                value: lines[i].trim(),
                valid: 'Go filepath.Match globs without **',
                location: { file, line: i + 1 },
            });
        }
    }
    return rules;
}
function baseName(path) {
    const trimmed = path.replace(/\/+$/, '');
    if (trimmed === '')
        return '/';
    const i = trimmed.lastIndexOf('/');
    return i < 0 ? trimmed : trimmed.slice(i + 1);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/load.ts
// Loading a chart as helm's loader does: a directory walked with .helmignore (pkg/chart/v2/loader
// directory.go), or an archive; then files sorted into Chart.yaml, values, templates, other files
// and subcharts (load.go LoadFiles), with helm's checks on each part.







const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// The files helm reads by name in a chart (or subchart) root: a directory there is a mistake.
const CHART_FILE_POSITION = /^(?:charts\/[^/]+\/)*(?:Chart\.yaml|Chart\.lock|values\.yaml|values\.schema\.json|requirements\.yaml|requirements\.lock|\.helmignore)$/;
/**
 * The files of a chart directory that helm would package, in helm's walk order (each directory's
 * names sorted by bytes). Applies .helmignore and the implicit `templates/.?*`; follows symlinks
 * that stay inside the chart and refuses those that leave it; refuses irregular files, files over
 * 5 MiB, and a chart over 100 MiB in all (before reading any of it); strips a UTF-8 byte order
 * mark as helm does.
 */
async function readChartDirectory(dir, where = dir) {
    // Synchronous file calls on purpose: a chart is hundreds of small files, and each asynchronous call
    // is a round trip through libuv's thread pool (readFile alone makes four). Nothing else runs on
    // this thread meanwhile that could use the wait.
    const root = (0,external_node_fs_.realpathSync)(dir);
    let rules = new HelmignoreRules();
    const ignoreFile = external_node_path_default().join(root, HELMIGNORE);
    try {
        // Never read a .helmignore that points out of the chart: its lines would end up in error messages.
        if (!isWithin(root, (0,external_node_fs_.realpathSync)(ignoreFile))) {
            throw chartError(where, `${HELMIGNORE} is a symlink to a file outside the chart directory; expected a file inside the chart`);
        }
        rules = parseHelmignore((0,external_node_fs_.readFileSync)(ignoreFile, 'utf8'), external_node_path_default().join(where, HELMIGNORE));
    }
    catch (error) {
        const code = error.code;
        if (code === 'EISDIR')
            throw chartError(where, `${HELMIGNORE} is a directory; expected a file`);
        if (code !== 'ENOENT')
            throw error;
    }
    rules.addDefaults();
    const found = [];
    let total = 0;
    const visiting = new Set();
    const walk = (absolute, relative) => {
        const real = (0,external_node_fs_.realpathSync)(absolute);
        if (visiting.has(real))
            throw chartError(where, `symlink loop at ${relative}`);
        visiting.add(real);
        const names = (0,external_node_fs_.readdirSync)(absolute).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        for (const name of names) {
            const childAbsolute = external_node_path_default().join(absolute, name);
            const child = relative === '' ? name : `${relative}/${name}`;
            let info = (0,external_node_fs_.lstatSync)(childAbsolute);
            if (info.isSymbolicLink()) {
                let target;
                try {
                    target = (0,external_node_fs_.realpathSync)(childAbsolute);
                }
                catch {
                    // helm respects .helmignore for a broken link before failing on it.
                    if (rules.ignores(child, false))
                        continue;
                    throw chartError(where, `${child} is a broken symlink; remove it or list it in .helmignore`);
                }
                info = (0,external_node_fs_.statSync)(target);
                if (rules.ignores(child, info.isDirectory()))
                    continue;
                if (!isWithin(root, target)) {
                    throw chartError(where, `${child} is a symlink to ${target}, outside the chart directory; expected links that stay inside the chart`);
                }
            }
            else if (rules.ignores(child, info.isDirectory())) {
                continue;
            }
            if (info.isDirectory()) {
                if (CHART_FILE_POSITION.test(child))
                    throw chartError(where, `${child} is a directory; expected a file`);
                walk(childAbsolute, child);
                continue;
            }
            if (!info.isFile())
                throw chartError(where, `cannot load irregular file ${child} as it has file mode type bits set`);
            if (info.size > MAX_CHART_FILE_SIZE) {
                throw chartError(where, `chart file ${JSON.stringify(child)} is larger than the maximum file size ${MAX_CHART_FILE_SIZE} (5 MiB)`);
            }
            total += info.size;
            if (total > MAX_CHART_SIZE)
                throw chartTooLarge(where);
            found.push({ name: child, absolute: childAbsolute, size: info.size });
        }
        visiting.delete(real);
    };
    walk(root, '');
    return found.map((file) => ({ name: file.name, data: stripBom((0,external_node_fs_.readFileSync)(file.absolute)) }));
}
/**
 * A packaged chart's files, its top directory stripped (helm's archive loader takes the first
 * path component as the chart's folder, whatever its name).
 */
async function load_readChartArchive(data, where) {
    const entries = await readTarGz(data, where);
    const files = [];
    for (const entry of entries) {
        const slash = entry.path.indexOf('/');
        if (slash < 0)
            continue; // a file beside the chart folder; helm's loader drops it too
        const name = entry.path.slice(slash + 1);
        if (name === '')
            continue;
        files.push({ name, data: stripBom(entry.data) });
    }
    return { files, entries };
}
/**
 * Sort files into a chart as helm's LoadFiles does, validating on the way: Chart.yaml (helm's
 * metadata rules), values.yaml (YAML), values.schema.json (JSON), then each subchart in charts/
 * (skipping names that start with `_` or `.`), recursively.
 */
async function load_buildChart(files, where, options = {}) {
    const chartYaml = files.find((f) => f.name === 'Chart.yaml');
    if (!chartYaml)
        throw chartError(where, 'Chart.yaml file is missing');
    const metadata = parseChartYaml(chartYaml.data, `${where}/Chart.yaml`);
    // A helm 2 chart lists its dependencies in requirements.yaml; helm 3 and 4 read them from there.
    const v1 = metadata.apiVersion === 'v1';
    const requirements = v1 ? files.find((f) => f.name === 'requirements.yaml') : undefined;
    if (requirements) {
        const listed = parseRequirementsYaml(requirements.data, `${where}/requirements.yaml`);
        if (listed)
            metadata.dependencies = listed;
    }
    validateMetadata(metadata, `${where}/Chart.yaml`);
    const chart = { metadata, chartYaml, templates: [], files: [], dependencies: [], where };
    const subcharts = new Map();
    for (const file of files) {
        const name = file.name;
        if (name === 'Chart.yaml')
            continue;
        if (name === 'Chart.lock') {
            checkYaml(file, where);
            // helm's saver writes Chart.lock for v2 charts only.
            if (!v1)
                chart.lock = file;
        }
        else if (name === 'values.yaml') {
            if (options.checkValues !== false)
                checkYaml(file, where);
            chart.values = file;
        }
        else if (name === 'values.schema.json') {
            try {
                JSON.parse(file.data.toString('utf8'));
            }
            catch (error) {
                throw chartError(`${where}/values.schema.json`, `Invalid JSON in values.schema.json: ${error.message}`);
            }
            chart.schema = file;
        }
        else if (name === 'requirements.yaml' || name === 'requirements.lock') {
            checkYaml(file, where);
            // A v1 chart keeps them among its files, as helm's loader and saver do; a v2 chart's are
            // read by helm but never written back (Chart.yaml rules there).
            if (v1)
                chart.files.push(file);
        }
        else if (name.startsWith('templates/')) {
            chart.templates.push(file);
        }
        else if (name.startsWith('charts/')) {
            if (external_node_path_default().posix.extname(name) === '.prov') {
                chart.files.push(file);
                continue;
            }
            const inside = name.slice('charts/'.length);
            const subchart = inside.split('/')[0];
            if (!subcharts.has(subchart))
                subcharts.set(subchart, []);
            subcharts.get(subchart).push({ name: inside, data: file.data });
        }
        else {
            chart.files.push(file);
        }
    }
    // helm walks a Go map here, so its order varies from run to run; sorting by name keeps ours fixed.
    const names = [...subcharts.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const name of names) {
        if (name.startsWith('_') || name.startsWith('.'))
            continue;
        const subWhere = `${where}/charts/${name}`;
        const group = subcharts.get(name);
        let sub;
        if (external_node_path_default().posix.extname(name) === '.tgz') {
            const archive = group.find((f) => f.name === name);
            if (!archive)
                throw chartError(subWhere, `error unpacking subchart tar in ${metadata.name}: expected ${name}`);
            const { files: inner } = await load_readChartArchive(archive.data, subWhere);
            sub = await load_buildChart(inner, subWhere, options);
        }
        else {
            const inner = group
                .filter((f) => f.name.includes('/'))
                .map((f) => ({ name: f.name.slice(name.length + 1), data: f.data }));
            sub = await load_buildChart(inner, subWhere, options);
        }
        const clash = chart.dependencies.find((d) => d.metadata.name === sub.metadata.name);
        if (clash) {
            // helm would write both under charts/<name>/ and the archive would hold the same paths twice.
            throw chartError(subWhere, `subchart name ${JSON.stringify(sub.metadata.name)} is also used by ${clash.where}; expected one subchart per name under charts/`);
        }
        chart.dependencies.push(sub);
    }
    return chart;
}
/**
 * helm package's CheckDependencies: each dependency in Chart.yaml must be a chart (by its own name)
 * under charts/. The message is helm's, with the command that fixes it.
 */
function load_checkDependencies(chart, chartDir) {
    const present = new Set(chart.dependencies.map((d) => d.metadata.name));
    const missing = (chart.metadata.dependencies ?? []).map((d) => d.name).filter((name) => !present.has(name));
    if (missing.length > 0) {
        throw chartError(`${chart.where}/Chart.yaml`, `found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}; run \`helm dependency build ${chartDir}\` and commit or build charts/ before publishing`);
    }
}
/**
 * Parse values.yaml of `chart` and of each subchart, as helm's loader does: for a chart loaded with
 * `checkValues: false`, once it is known to be published (a chart the registry already holds byte for
 * byte is not, and need not pay for parsing a large values.yaml).
 */
function checkChartValues(chart) {
    if (chart.values)
        checkYaml(chart.values, chart.where);
    for (const dependency of chart.dependencies)
        checkChartValues(dependency);
}
function checkYaml(file, where) {
    const text = chartYamlText(file.data, `${where}/${file.name}`, file.name);
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { version: '1.1', uniqueKeys: false });
    const list = Array.isArray(documents) ? documents : [documents];
    for (const document of list) {
        if (document.errors.length > 0) {
            throw chartError(`${where}/${file.name}`, `cannot load ${file.name}: ${document.errors[0].message.split('\n')[0]}`);
        }
    }
}
function stripBom(data) {
    return data.subarray(0, 3).equals(UTF8_BOM) ? data.subarray(3) : data;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/package.ts
// `helm package`, natively and reproducibly: a chart directory (or an existing .tgz) in, the
// validated `<name>-<version>.tgz` bytes out.






/**
 * Package the chart in `dir`. Validates everything helm validates first (and fails with a UserError
 * naming the file), applies the overrides to the archived Chart.yaml only, and writes entries under
 * `<name>/` with Chart.yaml first, then Chart.lock, values.yaml, values.schema.json, templates,
 * other files and subcharts, as helm's saver orders them. `where` names the chart in messages.
 */
async function packageChartDirectory(dir, options, where = dir) {
    const { mtime, ...overrides } = options;
    return (await prepareChartDirectory(dir, overrides, where)).pack(async () => mtime);
}
/**
 * The first half of packaging a directory: read, validate, apply the overrides to Chart.yaml. The
 * chart's name and version are known from here on, so a caller can look its tag up while the
 * archive is being compressed.
 */
async function prepareChartDirectory(dir, overrides, where = dir, load = {}) {
    const files = await readChartDirectory(dir, where);
    const chart = await load_buildChart(files, where, load);
    load_checkDependencies(chart, where);
    const annotations = overrides.releaseNotes !== undefined ? { [RELEASE_NOTES_ANNOTATION]: overrides.releaseNotes } : undefined;
    const chartYamlData = editChartYaml(chart.chartYaml.data, { version: overrides.version, appVersion: overrides.appVersion, annotations }, `${where}/Chart.yaml`);
    if (chartYamlData !== chart.chartYaml.data) {
        const edited = parseChartYaml(chartYamlData, `${where}/Chart.yaml`);
        validateMetadata(edited, `${where}/Chart.yaml`);
        chart.metadata = edited;
        chart.chartYaml = { name: 'Chart.yaml', data: chartYamlData };
    }
    return {
        metadata: chart.metadata,
        origin: 'directory',
        async pack(mtime) {
            const time = await mtime();
            const entries = archiveEntries(chart, '');
            const data = await writeTarGz(entries.map((e) => ({ path: e.name, data: e.data })), time);
            return {
                fileName: `${chart.metadata.name}-${chart.metadata.version}.tgz`,
                data,
                metadata: chart.metadata,
                entries: entries.map((e) => e.name),
                created: new Date(Math.floor(time.getTime() / 1000) * 1000),
                origin: 'directory',
                chart,
            };
        },
    };
}
/**
 * Validate an already packaged chart and return it unchanged: the same checks as for a directory,
 * on the archive's contents (helm's archive loader reads no .helmignore).
 */
async function loadPackagedChart(file, where = file, load = {}) {
    const data = await readFile(file);
    const { files, entries } = await readChartArchive(data, where);
    const top = new Set(entries.map((e) => e.path.split('/')[0]));
    if (top.size !== 1) {
        throw new UserError(`${where}: expected every entry under one chart folder, found ${[...top].slice(0, 3).join(', ')}`, { value: where, location: { file: where } });
    }
    const chart = await buildChart(files, where, load);
    checkDependencies(chart, where);
    const chartYamlEntry = entries.find((e) => e.path.endsWith('/Chart.yaml') && e.path.split('/').length === 2);
    return {
        fileName: `${chart.metadata.name}-${chart.metadata.version}.tgz`,
        data,
        metadata: chart.metadata,
        entries: entries.map((e) => e.path),
        created: chartYamlEntry?.mtime ?? new Date(0),
        origin: 'archive',
        chart,
    };
}
/**
 * Read and validate the chart at `file`: a directory is prepared for packaging with `overrides`; a
 * `.tgz` is validated and kept byte for byte, so it refuses overrides. The one place that tells the
 * two apart.
 */
async function prepareChart(file, where, overrides, load = {}) {
    const info = await stat(file).catch(() => undefined);
    if (!info)
        throw invalidInput('chart', where, 'an existing chart directory or .tgz inside the workspace');
    if (info.isDirectory())
        return prepareChartDirectory(file, overrides, where, load);
    if (!info.isFile() || !/\.(tgz|tar\.gz)$/.test(file)) {
        throw invalidInput('chart', where, 'a chart directory or a packaged .tgz');
    }
    const inputNames = {
        version: 'version',
        appVersion: 'app-version',
        releaseNotes: 'release-notes',
    };
    for (const [key, value] of Object.entries(overrides)) {
        if (value !== undefined)
            throw invalidInput(inputNames[key], value, `nothing for the packaged chart ${where}, which is pushed as is (give its directory to change it at package time)`);
    }
    const packaged = await loadPackagedChart(file, where, load);
    return { metadata: packaged.metadata, origin: 'archive', pack: async () => packaged };
}
/** Entries as helm's writeTarContents lays them out, recursing into subcharts under charts/. */
function archiveEntries(chart, prefix) {
    const base = `${prefix}${chart.metadata.name}/`;
    const out = [];
    const add = (file) => {
        if (file)
            out.push({ name: base + file.name, data: file.data });
    };
    add(chart.chartYaml);
    add(chart.lock);
    add(chart.values);
    add(chart.schema);
    chart.templates.forEach(add);
    chart.files.forEach(add);
    for (const dependency of chart.dependencies)
        out.push(...archiveEntries(dependency, `${base}charts/`));
    return out;
}


;// CONCATENATED MODULE: ./packages/release-kit/src/git/source-date.ts
// The one timestamp reproducible archives (CLI archives, Helm charts) stamp on every entry.


/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else the committer time `rule` picks in
 * `dir`, so every rerun produces the same bytes, on any machine.
 */
async function reproducibleTime(dir, sourceDateEpoch, rule = 'head') {
    const epoch = sourceDateEpoch?.trim();
    if (epoch) {
        if (!/^\d+$/.test(epoch)) {
            throw new errors/* UserError */.yo(`SOURCE_DATE_EPOCH has invalid value ${(0,errors/* showValue */.vp)(sourceDateEpoch)}: expected whole seconds since 1970-01-01 UTC (e.g. $(git log -1 --format=%ct))`, {
                value: sourceDateEpoch,
                valid: 'a non-negative integer',
            });
        }
        return new Date(Number(epoch) * 1000);
    }
    const git = new git_Git(dir);
    const directoryTime = rule === 'directory' ? await git.commitTime('HEAD', '.').catch(() => Number.NaN) : Number.NaN;
    const seconds = Number.isFinite(directoryTime) ? directoryTime : await git.commitTime('HEAD').catch(() => Number.NaN);
    if (!Number.isFinite(seconds)) {
        throw new errors/* UserError */.yo(`cannot pick a reproducible archive time: SOURCE_DATE_EPOCH is unset and ${dir} is not a git checkout with a HEAD commit; set SOURCE_DATE_EPOCH (seconds)`, {
            value: dir,
            valid: 'SOURCE_DATE_EPOCH or a git checkout',
        });
    }
    return new Date(seconds * 1000);
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

// EXTERNAL MODULE: ./packages/release-kit/src/operations/publish-chart-catalog.settings.ts
var publish_chart_catalog_settings = __webpack_require__(5304);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/publish-chart-catalog.steps.ts
// publish-chart-catalog after its inputs are valid: package each chart, then fetch, apply and push
// the catalog. Loaded lazily by operations/publish-chart-catalog.ts.














async function publishToCatalog(settings, context) {
    const { log, runner } = context;
    const workspace = runner.workspace;
    // Package and validate every chart before the catalog is touched.
    const charts = [];
    for (const input of settings.charts) {
        const absolute = await resolveInside(workspace, input, 'chart');
        const info = await (0,promises_.stat)(absolute).catch(() => undefined);
        if (!info?.isDirectory())
            throw (0,errors/* invalidInput */.aY)('chart', input, 'an existing chart directory (with Chart.yaml) inside the workspace');
        const where = external_node_path_default().relative(workspace, absolute) || '.';
        const releaseNotes = await readReleaseNotes(workspace, absolute, settings.releaseNotesPath);
        // Dated by the chart's own last commit, as publish-chart-oci is: the same bytes in both places.
        const mtime = await reproducibleTime(absolute, runner.sourceDateEpoch, 'directory');
        const packaged = await packageChartDirectory(absolute, { releaseNotes, mtime }, where);
        log.info(`${where}: packaged ${packaged.fileName} (${packaged.entries.length} files${releaseNotes !== undefined ? ', with release notes' : ''})`);
        // The checks every published chart passes (charts/): completeness warnings, then lint and render.
        for (const warning of await incompleteChartWarnings(packaged.chart, where, { dir: absolute, workspace }))
            log.warning(warning);
        log.info((await lintChart(packaged, where, { mode: 'auto', pathEnv: runner.path, tempDir: runner.runnerTemp, log }))
            .summary);
        charts.push({
            chart: where,
            metadata: packaged.metadata,
            fileName: packaged.fileName,
            data: packaged.data,
            releaseNotes,
        });
    }
    const names = new Map();
    for (const chart of charts) {
        const other = names.get(chart.metadata.name);
        if (other !== undefined)
            throw (0,errors/* invalidInput */.aY)('chart', chart.chart, `charts with distinct names; ${other} is also ${chart.metadata.name}`);
        names.set(chart.metadata.name, chart.chart);
    }
    const network = gitNetworkEnv(settings.token, settings.origin ?? runner.serverUrl, settings.tokenUsername);
    for (const secret of network.secrets)
        context.mask?.(secret);
    const workDir = await (0,promises_.mkdtemp)(external_node_path_default().join(runner.runnerTemp, 'release-kit-catalog-'));
    let outcomes = [];
    let result;
    try {
        result = await inGroup(log, `Publish to ${settings.branch} of ${settings.repository}`, () => syncCatalog({
            remote: { url: settings.repository, branch: settings.branch, env: network.env },
            workDir,
            maxAttempts: settings.maxAttempts,
            retryBaseMs: runner.retryBaseMs,
            log,
            apply: async (checkout) => {
                const applied = settings.target === 'rancher'
                    ? await applyRancherCatalog(checkout, settings.directory, charts)
                    : await applyHelmRepository(checkout, settings.directory, settings.baseUrl, charts);
                outcomes = applied.outcomes;
                const created = outcomes.filter((o) => o.state === 'created');
                for (const o of outcomes)
                    log.info(`${o.name} ${o.version}: ${o.state === 'created' ? `adding ${o.path}` : `already at ${o.path} with the same content: unchanged`}`);
                return {
                    changed: created.length > 0,
                    message: commitMessage(created, settings, runner.repository, runner.sha),
                    paths: [settings.directory],
                    written: applied.written,
                };
            },
        }));
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
    const single = outcomes.length === 1 ? outcomes[0] : undefined;
    const state = outcomes.some((o) => o.state === 'created') ? 'created' : 'unchanged';
    return {
        outputs: {
            state,
            commit: result.commit ?? '',
            attempts: result.attempts,
            name: single?.name ?? '',
            version: single?.version ?? '',
            charts: outcomes,
        },
        summary: summaryOf(outcomes, settings, result.commit),
    };
}
/** The input's file, else the chart's own release-notes.md when it has one, else none. */
async function readReleaseNotes(workspace, chartDir, input) {
    if (input !== undefined)
        return (await readFileInside(workspace, input, 'release-notes', 'Markdown file')).text;
    const own = external_node_path_default().join(chartDir, publish_chart_catalog_settings/* DEFAULT_RELEASE_NOTES */.IE);
    const info = await (0,promises_.stat)(own).catch(() => undefined);
    if (!info?.isFile())
        return undefined;
    await resolveInside(chartDir, publish_chart_catalog_settings/* DEFAULT_RELEASE_NOTES */.IE, 'release-notes');
    return (0,promises_.readFile)(own, 'utf8');
}
/**
 * The commit message: the commit-message template with its placeholders filled (checked when the
 * inputs were read), else `Publish chart NAME VERSION`; then a line naming where the charts came from.
 */
function commitMessage(created, settings, repository, sha) {
    const list = created.map((o) => `${o.name} ${o.version}`).join(', ');
    const values = {
        name: created[0]?.name ?? '',
        version: created[0]?.version ?? '',
        charts: list,
        target: settings.target,
    };
    const subject = settings.commitMessage === undefined
        ? `Publish ${created.length === 1 ? 'chart' : 'charts'} ${list}`
        : settings.commitMessage.replace(/\{\{|\}\}|\{([a-z]+)\}/g, (match, name) => name ? values[name] : match[0]);
    const from = repository
        ? `\n\nFrom ${repository}${/^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? ` at ${sha}` : ''} by release-kit publish-chart-catalog (${settings.target}).`
        : '';
    return `${subject.replace(/\s+$/, '')}${from}\n`;
}
function summaryOf(outcomes, settings, commit) {
    const lines = [
        `### Helm charts published to the ${settings.target === 'rancher' ? 'Rancher catalog' : 'Helm repository'}`,
        '',
        '| Chart | Version | Path | State |',
        '| --- | --- | --- | --- |',
    ];
    for (const o of outcomes)
        lines.push(`| ${o.name} | ${o.version} | \`${o.path}\` | ${o.state} |`);
    lines.push('', commit
        ? `Commit \`${commit}\` on \`${settings.branch}\` of \`${settings.repository}\`.`
        : `Nothing to commit: \`${settings.branch}\` of \`${settings.repository}\` already holds every version.`, '');
    if (settings.target === 'helm-repo') {
        lines.push('Install:', '', '```sh', `helm repo add CATALOG ${settings.baseUrl}`, ...outcomes.map((o) => `helm install ${o.name} CATALOG/${o.name} --version ${o.version}`), '```', '');
    }
    return lines.join('\n');
}


/***/ })

};

//# sourceMappingURL=535.index.js.map