export const id = 589;
export const ids = [589,494];
export const modules = {

/***/ 3589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncCatalog: () => (/* binding */ syncCatalog)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9455);
/* harmony import */ var _git_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4494);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3178);
/* harmony import */ var _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(868);
/* harmony import */ var _plumbing_retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8135);
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
        const checkout = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.workDir, `attempt-${attempt}-`));
        try {
            const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .T(checkout);
            const tip = await fetchTip(git, remote);
            log.info(tip ? `catalog: ${remote.branch} is at ${tip}` : `catalog: branch ${remote.branch} does not exist yet; it will be created`);
            const change = await options.apply(checkout, attempt);
            if (!change.changed)
                return { attempts: attempt };
            await git.exec(['add', '--all', '--', ...change.paths]);
            const identity = await (0,_git_release_js__WEBPACK_IMPORTED_MODULE_3__/* .commitIdentityArgs */ .hj)(git);
            await git.exec([...identity, 'commit', '--quiet', '--no-verify', '--cleanup=verbatim', '-m', change.message]);
            const commit = await git.head();
            const pushed = await push(git, remote);
            if (pushed === true) {
                log.info(`catalog: pushed ${commit} to ${remote.branch}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
                return { commit, attempts: attempt };
            }
            const now = await remoteTip(git, remote);
            if (now === tip) {
                throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`catalog: the push to ${remote.branch} of ${remote.url} was refused (${pushed}); check branch protection and the token's access (contents: write)`, {
                    input: 'token',
                    value: '***',
                    valid: 'a token that can push to the catalog branch',
                });
            }
            if (attempt >= options.maxAttempts) {
                throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`catalog: ${remote.branch} of ${remote.url} moved during each of ${attempt} attempts (other publishers); nothing of this run landed; run it again`, {
                    input: 'max-attempts',
                    value: options.maxAttempts,
                    valid: 'more attempts, or fewer concurrent publishers',
                });
            }
            const wait = (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .backoffMs */ .jo)(attempt - 1, options.retryBaseMs);
            log.info(`catalog: ${remote.branch} moved to ${now ?? '(deleted)'} while pushing; re-applying on the new tip in ${wait} ms (attempt ${attempt + 1} of ${options.maxAttempts})`);
            await (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .sleep */ .yy)(wait);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(checkout, { recursive: true, force: true });
        }
    }
}
/** A fresh repository in `git.cwd` checked out at the branch tip; returns the tip, or null when the branch is absent. */
async function fetchTip(git, remote) {
    await git.exec(['init', '--quiet']);
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
        if (!(error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .ExecError */ .c))
            throw error;
        const lines = `${error.result.stdout}\n${error.result.stderr}`.split('\n').map((l) => l.trim()).filter(Boolean);
        return lines.find((l) => l.startsWith('!')) ?? lines.pop() ?? `exit ${error.result.exitCode}`;
    }
}
async function network(git, args, remote, what) {
    try {
        return await git.exec(args, remote.env);
    }
    catch (error) {
        if (!(error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .ExecError */ .c))
            throw error;
        const reason = error.result.stderr.trim().split('\n').pop() ?? '';
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`catalog: cannot ${what} ${remote.url} (${reason}); check the repository input and the token's access`, {
            input: 'repository',
            value: remote.url,
            valid: 'a git repository the token can read and push',
        });
    }
}


/***/ }),

/***/ 9455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git)
/* harmony export */ });
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3178);
/* harmony import */ var _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(868);
// Git through @actions/exec with argument arrays; every call names the repository it runs in.


/** A repository's git, run with argument arrays in `cwd`. */
class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Run git and return trimmed stdout; throws ExecError on a non-zero exit. */
    async exec(args, env) {
        const result = await (0,_plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)('git', args, { cwd: this.cwd, env });
        return result.stdout.replace(/\n$/, '');
    }
    /** Run git and return null instead of throwing when it exits non-zero. */
    async tryExec(args) {
        try {
            return await this.exec(args);
        }
        catch (error) {
            if (error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .c)
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
            if (!(error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .c))
                throw error;
            const reason = error.result.stderr.trim().split('\n').pop() ?? '';
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot read the tags of ${remote} (${reason}); check the remote and the token's access (contents: write)`, {
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
    async commitTime(rev = 'HEAD') {
        return Number(await this.exec(['log', '-1', '--format=%ct', rev]));
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


/***/ }),

/***/ 4494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitNetworkEnv: () => (/* binding */ gitNetworkEnv),
/* harmony export */   hj: () => (/* binding */ commitIdentityArgs)
/* harmony export */ });
/* unused harmony exports gitPreflight, pushBranch, remoteTagBestEffort, findTag, commitRelease, pushRelease, completeRelease */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3178);
/* harmony import */ var _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(868);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9455);
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
        env: { ...env, GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: key, GIT_CONFIG_VALUE_0: '', GIT_CONFIG_KEY_1: key, GIT_CONFIG_VALUE_1: header },
        secrets: [credential],
    };
}
/** `-c user.name=… -c user.email=…` for whichever of the two neither git config nor the environment sets. */
async function commitIdentityArgs(git) {
    const name = await git.tryExec(['config', 'user.name']);
    const email = await git.tryExec(['config', 'user.email']);
    const args = [];
    if (!name && !process.env.GIT_COMMITTER_NAME)
        args.push('-c', `user.name=${BOT_NAME}`);
    if (!email && !process.env.GIT_COMMITTER_EMAIL)
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
    if (!(await git.tryExec(['remote', 'get-url', remote])))
        return null;
    try {
        return await git.remoteTagCommit(remote, tag, options.netEnv);
    }
    catch (error) {
        if (options.mustReach || !(error instanceof UserError))
            throw error;
        options.onUnreachable?.(error.message);
        return null;
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
    const commit = await remoteTagBestEffort(git, remote, tag, { mustReach: options.push, netEnv: options.netEnv, onUnreachable: options.onUnreachable });
    return commit ? { commit, where: `on ${remote}` } : undefined;
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
        const reason = error.result.stderr.trim().split('\n').pop() || error.result.stdout.trim().split('\n').pop() || `exit ${error.result.exitCode}`;
        throw new UserError(`git commit failed (${reason}); the version files were put back as they were`, { input: 'commit', value: 'true' });
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
        throw new UserError(`pushing ${refs.join(' and ')} to ${remote} failed (${error instanceof ExecError ? error.result.stderr.trim().split('\n').pop() : String(error)}); the commit${tag ? ' and tag' : ''} exist locally: rerun to push them, or pull and bump again if ${branch} moved`, {
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
        const local = await git.localTagCommit(tag);
        const remoteCommit = await remoteTagBestEffort(git, remote, tag, { mustReach: options.push, netEnv: options.netEnv, onUnreachable: options.onUnreachable });
        for (const [where, commit] of [['locally', local], [`on ${remote}`, remoteCommit]]) {
            if (commit && commit !== head) {
                throw new UserError(`tag ${tag} already exists ${where} at ${commit}, and HEAD is ${head}: release-kit never moves or reuses a tag`, { input: 'tag', value: tag });
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
            throw invalidInput('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
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

/***/ 868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ ExecError),
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
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
    const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(command, [...args], {
        cwd: options.cwd,
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


/***/ })

};

//# sourceMappingURL=589.index.js.map