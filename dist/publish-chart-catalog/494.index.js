export const id = 494;
export const ids = [494];
export const modules = {

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

//# sourceMappingURL=494.index.js.map