export const id = 768;
export const ids = [768];
export const modules = {

/***/ 3768:
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
        throw new exec_ExecError(command, args, out);
    return out;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/git/git.ts
// Git through @actions/exec with argument arrays; every call names the repository it runs in.


/**
 * Why a push failed, in one line: git's rejection (`! [remote rejected] … (pre-receive hook declined)`)
 * and what the server said on `remote:` lines (a pre-receive hook's reason, GitHub's branch protection),
 * instead of git's closing "failed to push some refs", which says neither.
 */
function git_pushFailureReason(result) {
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
        throw new UserError(`git commit failed (${reason}); the version files were put back as they were`, {
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
        throw new UserError(`pushing ${refs.join(' and ')} to ${remote} failed (${error instanceof ExecError ? pushFailureReason(error.result) : String(error)}); the commit${tag ? ' and tag' : ''} exist locally: rerun to push them, or pull and bump again if ${branch} moved`, {
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
            throw new UserError(`tag ${tag} already exists on ${remote} at ${remoteCommit}, and HEAD is ${head}: release-kit never moves or reuses a pushed tag`, { input: 'tag', value: tag });
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

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(8135);
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
        if (!(error instanceof exec_ExecError))
            throw error;
        return git_pushFailureReason(error.result);
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
        throw new errors/* UserError */.yo(`catalog: cannot ${what} ${remote.url} (${reason}); check the repository input and the token's access`, {
            input: 'repository',
            value: remote.url,
            valid: 'a git repository the token can read and push',
        });
    }
}

// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./packages/release-kit/src/charts/archive.ts
// Reproducible chart archives: tar entries written through the `tar` package with fixed metadata,
// gzip through zlib without a name or timestamp; and reading a .tgz back into entries.



/** helm's archive.MaxDecompressedFileSize: no file in a chart may be larger. */
const MAX_CHART_FILE_SIZE = 5 * 1024 * 1024;
/** helm's archive.MaxDecompressedChartSize: the whole chart, uncompressed. */
const MAX_CHART_SIZE = 100 * 1024 * 1024;
/**
 * A gzip-compressed tar of `entries`, in the given order. Every entry is a regular file with mode
 * 0644, owner 0:0 without names and mtime `mtime`, as helm writes them (helm uses the time of
 * packaging; we use a fixed time so the same sources give the same bytes). No directory entries,
 * again as helm. The gzip header carries no file name and no timestamp.
 */
async function writeTarGz(entries, mtime) {
    const pack = new index_min/* Pack */.mM({ portable: false, noDirRecurse: true });
    const chunks = [];
    pack.on('data', (chunk) => chunks.push(chunk));
    const ended = new Promise((resolve, reject) => {
        pack.on('end', () => resolve());
        pack.on('error', reject);
    });
    // Whole seconds: tar stores seconds, and a pax record would otherwise carry the fraction.
    const seconds = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
    for (const entry of entries) {
        const header = new index_min/* Header */.Y9({
            path: entry.path,
            mode: 0o644,
            uid: 0,
            gid: 0,
            uname: '',
            gname: '',
            size: entry.data.length,
            mtime: seconds,
            type: 'File',
        });
        const readEntry = new index_min/* ReadEntry */.lf(header);
        readEntry.end(entry.data);
        pack.add(readEntry);
    }
    pack.end();
    await ended;
    const gzipped = external_node_zlib_default().gzipSync(Buffer.concat(chunks), { level: 9 });
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
        problems.push(`decompressed chart is larger than the maximum size ${MAX_CHART_SIZE}`);
    if (problems.length > 0) {
        throw new errors/* UserError */.yo(`${where}: ${problems[0]}`, { value: where, location: { file: where } });
    }
    return entries;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/fs.ts
// File-system helpers: atomic writes and paths that cannot escape their root.





/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target.
 */
async function writeFileAtomic(file, data, mode) {
    const tmp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            try {
                fileMode = (await (0,promises_.lstat)(file)).mode & 0o7777;
            }
            catch {
                fileMode = 0o644;
            }
        }
        await (0,promises_.writeFile)(tmp, data, { mode: fileMode });
        const handle = await (0,promises_.open)(tmp, 'r+');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(tmp, file);
    }
    catch (error) {
        await (0,promises_.rm)(tmp, { force: true });
        throw error;
    }
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
 * Read the UTF-8 file `relative` inside `root` (as resolveInside checks it). A missing file is the
 * input's fault: `input` and `what` (e.g. "changelog file") name it and what was expected.
 */
async function readFileInside(root, relative, input, what) {
    const absolute = await resolveInside(root, relative, input);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
            throw (0,errors/* invalidInput */.aY)(input, relative, `an existing ${what} inside the workspace`);
        throw error;
    }
    // Text with bytes that are not UTF-8 would reach release notes and commits as U+FFFD: refuse it.
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const line = bytes
            .toString('utf8')
            .split('\n')
            .findIndex((l) => l.includes('\uFFFD')) + 1;
        throw (0,errors/* invalidInput */.aY)(input, relative, `a ${what} in UTF-8`, {
            file: relative,
            line: line || 1,
        });
    }
    return { absolute, text: bytes.toString('utf8') };
}

;// CONCATENATED MODULE: ./packages/release-kit/src/catalogs/catalog.ts

/** A version already in the catalog with other content: never overwritten, the run stops before any commit. */
function versionConflict(chart, where, detail) {
    const { name, version } = chart.metadata;
    return new errors/* UserError */.yo(`catalog: ${name} ${version} is already published at ${where} with different content (${detail}); a published chart version is never overwritten: bump the version in ${chart.chart}/Chart.yaml and publish again`, {
        input: 'chart',
        value: `${name} ${version}`,
        valid: 'a chart version the catalog does not hold yet, or the same content',
    });
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
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
/**
 * Parse `oci://ghcr.io/owner/charts`, `ghcr.io/owner/img:1.0`, `127.0.0.1:5000/a/b@sha256:…` or
 * `host/a/b:tag@sha256:…`. The first component must be a registry host (contains a dot or a port, or
 * is `localhost`): Docker Hub's short names (`nginx`, `library/nginx`) are refused with a hint,
 * because guessing `docker.io` silently would push to the wrong place.
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
                ? 'HOST/REPOSITORY:TAG or HOST/REPOSITORY@sha256:DIGEST'
                : 'oci://HOST/REPOSITORY',
        });
    };
    let rest = text.trim();
    if (rest === '')
        fail('it is empty');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rest)) {
        if (!rest.toLowerCase().startsWith('oci://'))
            fail('only the oci:// scheme is supported');
        rest = rest.slice('oci://'.length);
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
    if (slash < 0)
        fail('it names no repository (expected HOST/REPOSITORY)');
    const registry = rest.slice(0, slash);
    let path = rest.slice(slash + 1);
    if (!HOST.test(registry))
        fail(`${showValue(registry)} is not a registry host`);
    if (!registry.includes('.') && !registry.includes(':') && registry !== 'localhost') {
        fail(`it has no registry host (${showValue(registry)} looks like a Docker Hub name; write the host, e.g. docker.io/${rest} or ghcr.io/OWNER/NAME)`);
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
        registry: registry.toLowerCase(),
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
    // The host part here; the path is held to the distribution grammar oci/reference.ts keeps.
    const m = /^oci:\/\/([A-Za-z0-9.-]+(?::[0-9]{1,5})?)(\/[^?#@:]*)?$/.exec(value.trim().toLowerCase());
    const path = (m?.[2] ?? '').replace(/^\//, '').replace(/\/$/, '');
    if (!m || (path !== '' && !isValidRepository(path)))
        throw invalidInput(input, value, valid);
    const host = m[1];
    return { host, path, url: `oci://${host}${path ? `/${path}` : ''}` };
}
/** `<registry-path>/<name>:<version>`, with `+` in the version written as `_` in the tag. */
function chartReference(registryUrl, name, version, input = 'registry') {
    const { host, path, url } = parseRegistryUrl(registryUrl, input);
    const repository = path ? `${path}/${name}` : name;
    const tag = version.replace(/\+/g, '_');
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

;// CONCATENATED MODULE: ./packages/release-kit/src/catalogs/helm-index.ts
// A classic Helm repository's index.yaml (helm/helm pkg/repo/index.go): one chart version's entry,
// and merging it into an existing index by splicing text, so every other byte stays as it was.






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
/** The entry of `name` `version` in an index.yaml, or undefined. */
function findIndexedVersion(indexText, name, version, file = 'index.yaml') {
    if (indexText === undefined)
        return undefined;
    const index = readIndex(indexText, file).toJS();
    const found = index.entries?.[name]?.find((e) => e?.version === version);
    if (!found)
        return undefined;
    return { digest: String(found.digest ?? ''), urls: Array.isArray(found.urls) ? found.urls.map(String) : [] };
}
/**
 * index.yaml with `entry` added under its chart and `generated` set, touching nothing else: other
 * charts' entries and older versions keep their bytes, comments and quoting. A new index is written
 * in helm's own layout. The merge locates nodes with the yaml Document API and splices the original
 * text at their ranges (re-serialising the document would reformat every entry); the result is
 * parsed again and must hold exactly the old index plus the entry, else it is a bug and throws.
 * The caller has checked that the version is not in the index yet.
 */
function mergeIndex(indexText, entry, generated, file = 'index.yaml') {
    if (indexText === undefined || indexText.trim() === '') {
        return `apiVersion: v1\nentries:\n  ${plainKey(entry.name)}:\n${renderEntry(entry, 2)}generated: ${quoted(generated)}\n`;
    }
    const document = readIndex(indexText, file);
    const root = document.contents;
    const eol = /\r\n/.test(indexText) ? '\r\n' : '\n';
    let text = indexText;
    // Splice from the end of the file backwards so earlier ranges stay valid: `generated` first when it comes later.
    const generatedPair = pairOf(root, 'generated');
    const entriesPair = pairOf(root, 'entries');
    const edits = [];
    if (generatedPair?.value?.range) {
        edits.push({ at: generatedPair.value.range[0], end: generatedPair.value.range[1], text: quoted(generated) });
    }
    else {
        const at = endWithNewline(indexText, indexText.length);
        edits.push({
            at,
            end: at,
            text: `${at === indexText.length && !indexText.endsWith('\n') ? eol : ''}generated: ${quoted(generated)}${eol}`,
        });
    }
    edits.push(entriesEdit(indexText, root, entriesPair, entry, eol, file));
    edits.sort((a, b) => b.at - a.at);
    for (const edit of edits)
        text = text.slice(0, edit.at) + edit.text + text.slice(edit.end);
    const expected = document.toJS();
    const entries = { ...(expected.entries ?? {}) };
    const versions = [...(entries[entry.name] ?? [])];
    versions.splice(insertionIndex(versions.map((v) => String(v?.version ?? '')), entry.version), 0, (0,dist/* parseDocument */.Tp)(renderEntry(entry, 0), { schema: 'failsafe' }).toJS()[0]);
    entries[entry.name] = versions;
    const after = readIndex(text, file).toJS();
    const want = { ...expected, entries, generated };
    if (!(0,external_node_util_.isDeepStrictEqual)(after, want)) {
        throw new Error(`${file}: merging ${entry.name} ${entry.version} would change more than the new entry; refusing to write it (a release-kit bug: please report it with the index)`);
    }
    return text;
}
function entriesEdit(text, root, entriesPair, entry, eol, file) {
    const entries = entriesPair?.value;
    const emptyEntries = !entries ||
        ((0,dist/* isScalar */.jn)(entries) && (entries.value === null || entries.value === '')) ||
        ((0,dist/* isMap */.jh)(entries) && entries.items.length === 0);
    if (!entriesPair || emptyEntries) {
        const keyColumn = entriesPair ? columnOf(text, entriesPair.key.range[0]) : 0;
        const block = `${' '.repeat(keyColumn + 2)}${plainKey(entry.name)}:${eol}${renderEntry(entry, keyColumn + 2, eol)}`;
        if (!entriesPair) {
            // apiVersion comes before entries in helm's (sorted) layout: put it after apiVersion, else first.
            const apiVersion = pairOf(root, 'apiVersion');
            const at = apiVersion?.value?.range ? endWithNewline(text, apiVersion.value.range[1]) : 0;
            return { at, end: at, text: `entries:${eol}${block}` };
        }
        const keyEnd = entriesPair.key.range[1];
        const valueEnd = entries?.range ? entries.range[1] : keyEnd;
        const lineEndAt = endWithNewline(text, valueEnd);
        // `entries: {}` (what helm writes for an empty index) or `entries:` becomes a block mapping.
        return { at: keyEnd, end: lineEndAt, text: `:${eol}${block}` };
    }
    if (!(0,dist/* isMap */.jh)(entries) || entries.flow)
        throw badIndex(text, entries, file, "'entries' must be a block mapping of chart names");
    const chartPair = entries.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === entry.name);
    const keyColumn = columnOf(text, entries.items[0].key.range[0]);
    if (!chartPair) {
        const dashColumn = seqDashColumn(text, entries) ?? keyColumn;
        const block = `${' '.repeat(keyColumn)}${plainKey(entry.name)}:${eol}${renderEntry(entry, dashColumn, eol)}`;
        // go-yaml writes map keys sorted; a new chart goes where `helm repo index` would put it.
        const next = entries.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) > entry.name);
        const at = next ? lineStart(text, next.key.range[0]) : endWithNewline(text, lastRangeEnd(entries));
        return { at, end: at, text: (at === text.length && !text.endsWith('\n') ? eol : '') + block };
    }
    const versions = chartPair.value;
    if (!(0,dist/* isSeq */.oP)(versions) || versions.flow || versions.items.length === 0)
        throw badIndex(text, versions, file, `'entries.${entry.name}' must be a block list of chart versions`);
    const dashColumn = columnOf(text, versions.range[0]);
    const existing = versions.items.map((item) => ((0,dist/* isMap */.jh)(item) ? String(item.get('version') ?? '') : ''));
    const index = insertionIndex(existing, entry.version);
    const rendered = renderEntry(entry, dashColumn, eol);
    if (index < versions.items.length) {
        const at = lineStart(text, versions.items[index].range[0]);
        return { at, end: at, text: rendered };
    }
    const at = endWithNewline(text, lastRangeEnd(versions));
    return { at, end: at, text: (at === text.length && !text.endsWith('\n') ? eol : '') + rendered };
}
/** Where a version goes in a newest-first list: helm sorts entries by semver, descending. */
function insertionIndex(versions, version) {
    const index = versions.findIndex((v) => compareChartVersions(version, v) > 0);
    return index < 0 ? versions.length : index;
}
/** Masterminds-style comparison: `v` and missing minor/patch allowed; unparsable versions compare as text. */
function compareChartVersions(a, b) {
    const pa = semverOf(a);
    const pb = semverOf(b);
    if (pa && pb)
        return semver_default().compare(pa, pb);
    return a < b ? -1 : a > b ? 1 : 0;
}
function semverOf(version) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$/.exec(version);
    if (!m)
        return null;
    const candidate = `${m[1]}.${m[2] ?? '0'}.${m[3] ?? '0'}${m[4]}`;
    return semver_default().valid(candidate);
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
/** Every scalar as the string written, as Go reads the index into string fields (`version: 1.10` stays "1.10"). */
function readIndex(text, file) {
    const document = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', uniqueKeys: false });
    if (document.errors.length) {
        const error = document.errors[0];
        const line = error.linePos?.[0]?.line;
        throw new errors/* UserError */.yo(`${file}${line ? `:${line}` : ''}: not valid YAML: ${error.message.split('\n')[0]}; fix or remove the catalog's index`, { value: file, location: { file, line } });
    }
    if (document.contents !== null && !(0,dist/* isMap */.jh)(document.contents))
        throw new errors/* UserError */.yo(`${file}: expected a Helm repository index (a mapping with apiVersion and entries)`, {
            value: file,
            location: { file },
        });
    return document;
}
function badIndex(text, node, file, problem) {
    const line = node?.range ? text.slice(0, node.range[0]).split('\n').length : undefined;
    return new errors/* UserError */.yo(`${file}${line ? `:${line}` : ''}: ${problem} for release-kit to add an entry`, {
        value: file,
        location: { file, line },
    });
}
function pairOf(map, key) {
    return map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
}
function seqDashColumn(text, entries) {
    for (const pair of entries.items) {
        if ((0,dist/* isSeq */.oP)(pair.value) && !pair.value.flow && pair.value.range)
            return columnOf(text, pair.value.range[0]);
    }
    return undefined;
}
function lastRangeEnd(node) {
    return node.range[1];
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
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** The offset after the line break that ends the line holding `offset - 1` (a range end), or the end of the text. */
function endWithNewline(text, offset) {
    if (offset > 0 && text[offset - 1] === '\n')
        return offset;
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/catalogs/helm-repo.ts
// A classic Helm repository in git (chart-releaser's gh-pages): <name>-<version>.tgz files next to an
// index.yaml that `helm repo add` and `helm repo update` read.







const INDEX_FILE = 'index.yaml';
/**
 * Add each chart to the repository in `<directory>`: the .tgz, and its entry merged into index.yaml
 * (created and generated stamped now). A version the index already lists with the same digest, or
 * whose archive holds the same files (a rebuild at another commit time gives other bytes for the
 * same chart), is unchanged; otherwise it is refused. index.yaml is only written when something was added.
 */
async function applyHelmRepository(checkout, directory, baseUrl, charts) {
    const indexRelative = external_node_path_default().posix.join(directory, INDEX_FILE);
    const indexPath = await resolveInside(checkout, indexRelative, 'directory');
    let index = await readRegularFile(indexPath, indexRelative);
    const indexText = index?.toString('utf8');
    let text = indexText;
    const outcomes = [];
    for (const chart of charts) {
        const { name, version } = chart.metadata;
        const relative = external_node_path_default().posix.join(directory, chart.fileName);
        const archivePath = await resolveInside(checkout, relative, 'directory');
        const url = `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(chart.fileName)}`;
        const ours = chartDigest(chart.data);
        const indexed = findIndexedVersion(text, name, version, indexRelative);
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
            await (0,promises_.mkdir)(external_node_path_default().dirname(archivePath), { recursive: true });
            await writeFileAtomic(archivePath, chart.data, 0o644);
        }
        const digest = chartDigest(published);
        text = mergeIndex(text, indexEntry(chart.metadata, digest, url, nowRfc3339Nano()), nowRfc3339Nano(), indexRelative);
        outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'created', digest, url });
    }
    if (text !== indexText && text !== undefined) {
        index = Buffer.from(text);
        await writeFileAtomic(indexPath, index, 0o644);
    }
    return outcomes;
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
/** Write `files` under `dir` (which does not exist yet), each atomically. */
async function writeCatalogDirectory(dir, files) {
    for (const [name, data] of files) {
        const target = external_node_path_default().join(dir, ...name.split('/'));
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await writeFileAtomic(target, data, 0o644);
    }
}
/**
 * Put each chart at `<directory>/<name>/<version>/` in the catalog checkout, keeping every other
 * version. A version folder that already holds exactly these files is unchanged; any difference
 * (a file added, missing or with other bytes) is refused, naming the version and the files.
 */
async function applyRancherCatalog(checkout, directory, charts) {
    const outcomes = [];
    for (const chart of charts) {
        const { name, version } = chart.metadata;
        const relative = external_node_path_default().posix.join(directory, name, version);
        const absolute = await resolveInside(checkout, relative, 'directory');
        const files = await rancherVersionFiles(name, chart.data, chart.releaseNotes, chart.chart);
        const existing = await readCatalogDirectory(absolute, relative);
        if (existing) {
            const differing = differingFiles(existing, files);
            if (differing.length > 0)
                throw versionConflict(chart, `${relative}/`, `${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ', …' : ''} differ`);
            outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'unchanged' });
            continue;
        }
        await writeCatalogDirectory(absolute, files);
        outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'created' });
    }
    return outcomes;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/version.ts
// What helm accepts as a chart version and (for OCI) a chart name: tiny and dependency-free, so
// that checking an action's inputs does not load the chart parser or the packaging code.
// Masterminds/semver v3's NewVersion grammar, which is what helm's isValidSemver accepts: an
// optional "v", minor and patch optional, no leading zeros, SemVer 2 pre-release and build parts.
const MASTERMINDS_SEMVER = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
// The name becomes a path component of the OCI repository, so it must be one (distribution's
// path-component grammar). helm itself only requires name == filepath.Base(name).
const SAFE_CHART_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** True when helm (Masterminds/semver) accepts `version` as a chart version. */
function isChartVersion(version) {
    return MASTERMINDS_SEMVER.test(version);
}
/** True for a chart name helm accepts that can also be an OCI repository path component. */
function isSafeChartName(name) {
    return SAFE_CHART_NAME.test(name) && name.length <= 128;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/chartfile.ts
// Chart.yaml: reading it the way helm does, validating it as helm's Metadata.Validate does, and
// editing version, appVersion and annotations in place without losing comments.



/** The annotation the Rancher (Buntime) catalog reads release notes from. */
const RELEASE_NOTES_ANNOTATION = 'catalog.cattle.io/release-notes';
/**
 * Parse Chart.yaml bytes into helm's metadata. Strings are read as written (sigs.k8s.io/yaml turns
 * `version: 1.0` into the string "1.0" for a string field), booleans with YAML 1.1 rules as
 * go-yaml does, and unknown keys are ignored as helm ignores them. `where` names the file in errors.
 */
function parseChartYaml(data, where) {
    const text = Buffer.from(data).toString('utf8');
    const strings = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', uniqueKeys: false });
    const typed = (0,dist/* parseDocument */.Tp)(text, { version: '1.1', uniqueKeys: false });
    const problem = strings.errors[0] ?? typed.errors[0];
    if (problem)
        throw chartError(where, `cannot load Chart.yaml: ${problem.message.split('\n')[0]}`);
    const raw = strings.toJS();
    const rawTyped = typed.toJS();
    if (raw === null || raw === undefined || raw === '')
        throw chartError(where, 'chart.metadata.apiVersion is required');
    if (!isRecord(raw) || !isRecord(rawTyped))
        throw chartError(where, 'cannot load Chart.yaml: expected a mapping of keys to values');
    const str = (key, from = raw) => {
        const v = from[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'string')
            throw chartError(where, `cannot load Chart.yaml: ${key} must be a string`);
        return v;
    };
    const strList = (key, from = raw) => {
        const v = from[key];
        if (v === undefined || v === null || v === '')
            return undefined;
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
            throw chartError(where, `cannot load Chart.yaml: ${key} must be a list of strings`);
        return v;
    };
    const bool = (key, from) => {
        const v = from[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'boolean')
            throw chartError(where, `cannot load Chart.yaml: ${key} must be true or false`);
        return v;
    };
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
    const typedDeps = Array.isArray(rawTyped.dependencies) ? rawTyped.dependencies : [];
    const dependencies = listOfRecords(raw.dependencies, 'dependencies', where)?.map((d, i) => {
        const t = isRecord(typedDeps[i]) ? typedDeps[i] : {};
        const importValues = t['import-values'];
        if (importValues !== undefined && importValues !== null && !Array.isArray(importValues)) {
            throw chartError(where, 'cannot load Chart.yaml: import-values must be a list');
        }
        return {
            name: sanitize(str('name', d) ?? ''),
            version: optionalSanitized(str('version', d)),
            repository: sanitize(str('repository', d) ?? ''),
            condition: optionalSanitized(str('condition', d)),
            tags: strList('tags', d)?.map(sanitize),
            enabled: bool('enabled', t),
            importValues: importValues ?? undefined,
            alias: str('alias', d),
            dependsOn: strList('depends-on', d)?.map(sanitize),
        };
    });
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
        deprecated: bool('deprecated', rawTyped),
        annotations,
        kubeVersion: optionalSanitized(str('kubeVersion')),
        dependencies,
        type: str('type'),
    };
}
/**
 * helm's Metadata.Validate, plus the rules this project adds: apiVersion must be v2 (we package new
 * charts only) and the name must be usable in an OCI reference.
 */
function validateMetadata(metadata, where) {
    if (metadata.apiVersion === '')
        throw chartError(where, 'chart.metadata.apiVersion is required');
    if (metadata.apiVersion !== 'v2') {
        throw chartError(where, `chart.metadata.apiVersion ${JSON.stringify(metadata.apiVersion)} is not supported; expected v2 (helm 3 charts)`);
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
/**
 * Chart.yaml with `edits` applied, keeping its comments, key order and formatting elsewhere (the
 * yaml Document API edits the syntax tree). Returns the input unchanged when there is nothing to do.
 */
function editChartYaml(data, edits) {
    if (edits.version === undefined && edits.appVersion === undefined && !edits.annotations)
        return data;
    const document = (0,dist/* parseDocument */.Tp)(data.toString('utf8'), { version: '1.1', uniqueKeys: false });
    const setScalar = (key, value) => {
        // Changing the existing node keeps its quoting style and its comments; the library quotes a
        // plain value that would otherwise read back as a number.
        const node = document.get(key, true);
        if ((0,dist/* isScalar */.jn)(node))
            node.value = value;
        else
            document.set(key, value);
    };
    if (edits.version !== undefined)
        setScalar('version', edits.version);
    if (edits.appVersion !== undefined)
        setScalar('appVersion', edits.appVersion);
    if (edits.annotations && Object.keys(edits.annotations).length > 0) {
        const existing = document.get('annotations', true);
        if (!(0,dist/* isMap */.jh)(existing))
            document.set('annotations', document.createNode({}));
        for (const [key, value] of Object.entries(edits.annotations))
            document.setIn(['annotations', key], value);
    }
    return Buffer.from(document.toString({ lineWidth: 0 }));
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
/**
 * The files of a chart directory that helm would package, in helm's walk order (each directory's
 * names sorted by bytes). Applies .helmignore and the implicit `templates/.?*`; follows symlinks
 * that stay inside the chart and refuses those that leave it; refuses irregular files and files
 * over 5 MiB; strips a UTF-8 byte order mark as helm does.
 */
async function readChartDirectory(dir, where = dir) {
    const root = await (0,promises_.realpath)(dir);
    let rules = new HelmignoreRules();
    const ignoreFile = external_node_path_default().join(root, HELMIGNORE);
    try {
        // Never read a .helmignore that points out of the chart: its lines would end up in error messages.
        if (!isWithin(root, await (0,promises_.realpath)(ignoreFile))) {
            throw chartError(where, `${HELMIGNORE} is a symlink to a file outside the chart directory; expected a file inside the chart`);
        }
        rules = parseHelmignore(await (0,promises_.readFile)(ignoreFile, 'utf8'), external_node_path_default().join(where, HELMIGNORE));
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    rules.addDefaults();
    const files = [];
    const visiting = new Set();
    const walk = async (absolute, relative) => {
        const real = await (0,promises_.realpath)(absolute);
        if (visiting.has(real))
            throw chartError(where, `symlink loop at ${relative}`);
        visiting.add(real);
        const names = (await (0,promises_.readdir)(absolute)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        for (const name of names) {
            const childAbsolute = external_node_path_default().join(absolute, name);
            const child = relative === '' ? name : `${relative}/${name}`;
            let info = await (0,promises_.lstat)(childAbsolute);
            if (info.isSymbolicLink()) {
                let target;
                try {
                    target = await (0,promises_.realpath)(childAbsolute);
                }
                catch {
                    // helm respects .helmignore for a broken link before failing on it.
                    if (rules.ignores(child, false))
                        continue;
                    throw chartError(where, `${child} is a broken symlink; remove it or list it in .helmignore`);
                }
                info = await (0,promises_.stat)(target);
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
                await walk(childAbsolute, child);
                continue;
            }
            if (!info.isFile())
                throw chartError(where, `cannot load irregular file ${child} as it has file mode type bits set`);
            if (info.size > MAX_CHART_FILE_SIZE) {
                throw chartError(where, `chart file ${JSON.stringify(child)} is larger than the maximum file size ${MAX_CHART_FILE_SIZE} (5 MiB)`);
            }
            files.push({ name: child, data: stripBom(await (0,promises_.readFile)(childAbsolute)) });
        }
        visiting.delete(real);
    };
    await walk(root, '');
    return files;
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
async function load_buildChart(files, where) {
    const chartYaml = files.find((f) => f.name === 'Chart.yaml');
    if (!chartYaml)
        throw chartError(where, 'Chart.yaml file is missing');
    const metadata = parseChartYaml(chartYaml.data, `${where}/Chart.yaml`);
    validateMetadata(metadata, `${where}/Chart.yaml`);
    const chart = { metadata, chartYaml, templates: [], files: [], dependencies: [], where };
    const subcharts = new Map();
    for (const file of files) {
        const name = file.name;
        if (name === 'Chart.yaml')
            continue;
        if (name === 'Chart.lock') {
            checkYaml(file, where);
            chart.lock = file;
        }
        else if (name === 'values.yaml') {
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
            // helm reads these into a v2 chart's metadata but never writes them back; Chart.yaml rules.
            continue;
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
            sub = await load_buildChart(inner, subWhere);
        }
        else {
            const inner = group
                .filter((f) => f.name.includes('/'))
                .map((f) => ({ name: f.name.slice(name.length + 1), data: f.data }));
            sub = await load_buildChart(inner, subWhere);
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
function checkYaml(file, where) {
    const documents = (0,dist/* parseAllDocuments */.hR)(file.data.toString('utf8'), { version: '1.1', uniqueKeys: false });
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
    const files = await readChartDirectory(dir, where);
    const chart = await load_buildChart(files, where);
    load_checkDependencies(chart, where);
    const annotations = options.releaseNotes !== undefined ? { [RELEASE_NOTES_ANNOTATION]: options.releaseNotes } : undefined;
    const chartYamlData = editChartYaml(chart.chartYaml.data, {
        version: options.version,
        appVersion: options.appVersion,
        annotations,
    });
    if (chartYamlData !== chart.chartYaml.data) {
        const edited = parseChartYaml(chartYamlData, `${where}/Chart.yaml`);
        validateMetadata(edited, `${where}/Chart.yaml`);
        chart.metadata = edited;
        chart.chartYaml = { name: 'Chart.yaml', data: chartYamlData };
    }
    const entries = archiveEntries(chart, '');
    const data = await writeTarGz(entries.map((e) => ({ path: e.name, data: e.data })), options.mtime);
    return {
        fileName: `${chart.metadata.name}-${chart.metadata.version}.tgz`,
        data,
        metadata: chart.metadata,
        entries: entries.map((e) => e.name),
        created: new Date(Math.floor(options.mtime.getTime() / 1000) * 1000),
        origin: 'directory',
    };
}
/**
 * Validate an already packaged chart and return it unchanged: the same checks as for a directory,
 * on the archive's contents (helm's archive loader reads no .helmignore).
 */
async function loadPackagedChart(file, where = file) {
    const data = await readFile(file);
    const { files, entries } = await readChartArchive(data, where);
    const top = new Set(entries.map((e) => e.path.split('/')[0]));
    if (top.size !== 1) {
        throw new UserError(`${where}: expected every entry under one chart folder, found ${[...top].slice(0, 3).join(', ')}`, { value: where, location: { file: where } });
    }
    const chart = await buildChart(files, where);
    checkDependencies(chart, where);
    const chartYamlEntry = entries.find((e) => e.path.endsWith('/Chart.yaml') && e.path.split('/').length === 2);
    return {
        fileName: `${chart.metadata.name}-${chart.metadata.version}.tgz`,
        data,
        metadata: chart.metadata,
        entries: entries.map((e) => e.path),
        created: chartYamlEntry?.mtime ?? new Date(0),
        origin: 'archive',
    };
}
/**
 * Load the chart at `file`: a directory is packaged with `overrides` at the time `mtime()` gives
 * (asked only then, since it may need git); a `.tgz` is validated and kept byte for byte, so it
 * refuses overrides. The one place that tells the two apart.
 */
async function loadChart(file, where, overrides, mtime) {
    const info = await stat(file).catch(() => undefined);
    if (!info)
        throw invalidInput('chart', where, 'an existing chart directory or .tgz inside the workspace');
    if (info.isDirectory())
        return packageChartDirectory(file, { ...overrides, mtime: await mtime() }, where);
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
    return loadPackagedChart(file, where);
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

// EXTERNAL MODULE: ./packages/release-kit/src/operations/publish-chart-catalog.ts + 1 modules
var publish_chart_catalog = __webpack_require__(3191);
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
    const network = gitNetworkEnv(settings.token, settings.origin ?? runner.serverUrl);
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
                outcomes =
                    settings.target === 'rancher'
                        ? await applyRancherCatalog(checkout, settings.directory, charts)
                        : await applyHelmRepository(checkout, settings.directory, settings.baseUrl, charts);
                const created = outcomes.filter((o) => o.state === 'created');
                for (const o of outcomes)
                    log.info(`${o.name} ${o.version}: ${o.state === 'created' ? `adding ${o.path}` : `already at ${o.path} with the same content: unchanged`}`);
                return {
                    changed: created.length > 0,
                    message: commitMessage(created, settings.target, runner.repository, runner.sha),
                    paths: [settings.directory],
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
    const own = external_node_path_default().join(chartDir, publish_chart_catalog/* DEFAULT_RELEASE_NOTES */.I);
    const info = await (0,promises_.stat)(own).catch(() => undefined);
    if (!info?.isFile())
        return undefined;
    await resolveInside(chartDir, publish_chart_catalog/* DEFAULT_RELEASE_NOTES */.I, 'release-notes');
    return (0,promises_.readFile)(own, 'utf8');
}
function commitMessage(created, target, repository, sha) {
    const list = created.map((o) => `${o.name} ${o.version}`).join(', ');
    const from = repository
        ? `\n\nFrom ${repository}${/^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? ` at ${sha}` : ''} by release-kit publish-chart-catalog (${target}).`
        : '';
    return `Publish ${created.length === 1 ? 'chart' : 'charts'} ${list}${from}\n`;
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

//# sourceMappingURL=768.index.js.map