export const id = 733;
export const ids = [733];
export const modules = {

/***/ 86868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ chartVersionTag),
/* harmony export */   N0: () => (/* binding */ isChartVersion),
/* harmony export */   P6: () => (/* binding */ sameChartVersion),
/* harmony export */   ZK: () => (/* binding */ compareChartVersions),
/* harmony export */   bC: () => (/* binding */ isSafeChartName)
/* harmony export */ });
/* unused harmony exports parseChartVersion, chartVersionOfTag */
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
function chartVersionTag(version) {
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


/***/ }),

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
/* unused harmony exports remoteTagBestEffort, sameRelease, pushRefusal */
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
        if (!(error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .cI))
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
        if (!(error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .cI))
            throw error;
        const { reason, behind } = pushRefusal(error.result.stderr);
        const held = `the release commit${tag ? ` and tag ${tag}` : ''} exist locally`;
        // Behind: a rebase puts the release commit on top; the rerun recognises it (and moves an unpushed tag along).
        const way = behind
            ? `${branch} moved on ${remote}: run \`git pull --rebase ${remote} ${branch}\`, then rerun the same bump to push them (it bumps nothing again)`
            : 'rerun the same bump to push them once the remote accepts them';
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`pushing ${refs.join(' and ')} to ${remote} was refused (${reason}); ${held}: ${way}`, {
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
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`tag ${tag} already exists on ${remote} at ${remoteCommit}, and ${release === head ? `HEAD is ${head}` : `the release commit is ${release}`}: release-kit never moves or reuses a pushed tag`, { input: 'tag', value: tag });
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
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
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


/***/ }),

/***/ 41980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V7: () => (/* binding */ assertDigest),
/* harmony export */   fs: () => (/* binding */ describeBlob),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* unused harmony export digestWithAlgorithmOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
// Content digests as OCI writes them (`sha256:<hex>`), and the check that bytes match one.


/** The descriptor of `data` as a blob of `mediaType`. */
function describeBlob(mediaType, data) {
    return { mediaType, digest: sha256Digest(data), size: data.length };
}
/** `sha256:<hex>` of the bytes. */
function sha256Digest(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
/** The digest of `data` computed with the algorithm `digest` names (sha256 or sha512). */
function digestWithAlgorithmOf(digest, data) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    if (algorithm !== 'sha256' && algorithm !== 'sha512') {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`unsupported digest algorithm in ${JSON.stringify(digest)}: expected sha256 or sha512`);
    }
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(data).digest('hex')}`;
}
/** Throw unless `data` hashes to `expected`; `what` names the content for the message. */
function assertDigest(data, expected, what) {
    const actual = digestWithAlgorithmOf(expected, data);
    if (actual !== expected) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what}: content digest ${actual} does not match the expected ${expected} (corrupted or tampered content)`);
    }
}


/***/ }),

/***/ 21882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishToCatalog: () => (/* binding */ publishToCatalog)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/git/git.ts
var git_git = __webpack_require__(19455);
// EXTERNAL MODULE: ./packages/release-kit/src/git/release.ts
var release = __webpack_require__(74494);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/exec.ts
var exec = __webpack_require__(80868);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(28135);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
            const git = new git_git/* Git */.T(checkout);
            const tip = await fetchTip(git, remote);
            log.info(tip
                ? `catalog: ${remote.branch} is at ${tip}`
                : `catalog: branch ${remote.branch} does not exist yet; it will be created`);
            const change = await options.apply(checkout, attempt);
            if (!change.changed)
                return { attempts: attempt };
            await git.exec(['add', '--all', '--', ...change.paths]);
            const identity = await (0,release/* commitIdentityArgs */.hj)(git);
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
        if (!(error instanceof exec/* ExecError */.cI))
            throw error;
        return (0,git_git/* pushFailureReason */.x)(error.result);
    }
}
async function network(git, args, remote, what) {
    try {
        return await git.exec(args, remote.env);
    }
    catch (error) {
        if (!(error instanceof exec/* ExecError */.cI))
            throw error;
        const reason = error.result.stderr.trim().split('\n').pop() ?? '';
        throw new errors/* UserError */.yo(`catalog: cannot ${what} ${remote.url} (${reason}); check the repository input (OWNER/REPO is on GitHub or server-url; any other host, such as GitLab, needs the full https:// URL) and the token's access`, {
            input: 'repository',
            value: remote.url,
            valid: 'a git repository the token can read and push',
        });
    }
}

// EXTERNAL MODULE: ./packages/release-kit/src/charts/archive.ts
var charts_archive = __webpack_require__(94978);
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/oci.ts
var oci = __webpack_require__(66933);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/version.ts
var charts_version = __webpack_require__(86868);
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
    const fields = JSON.parse((0,oci/* chartConfigJson */.BN)(metadata).toString('utf8'));
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
    const found = versions.find((v) => v.version === version) ?? versions.find((v) => (0,charts_version/* sameChartVersion */.P6)(v.version, version));
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
    const index = versions.findIndex((v) => (0,charts_version/* compareChartVersions */.ZK)(version, v) > 0);
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
    const [ea, eb] = [await (0,charts_archive/* readTarGz */.Jq)(a, where), await (0,charts_archive/* readTarGz */.Jq)(b, where)];
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
    for (const entry of await (0,charts_archive/* readTarGz */.Jq)(archive, where)) {
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
                const published = await new git_git/* Git */.T(checkout).exec(['rev-parse', `HEAD:${relative}`]);
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
    return names.sort().find((other) => other !== version && (0,charts_version/* sameChartVersion */.P6)(other, version));
}
async function objectFormat(checkout) {
    return (await new git_git/* Git */.T(checkout).exec(['rev-parse', '--show-object-format'])) === 'sha256' ? 'sha256' : 'sha1';
}

// EXTERNAL MODULE: ./packages/release-kit/src/charts/completeness.ts
var completeness = __webpack_require__(60322);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/lint.ts + 1 modules
var lint = __webpack_require__(33069);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/package.ts
var charts_package = __webpack_require__(39864);
// EXTERNAL MODULE: ./packages/release-kit/src/git/source-date.ts
var source_date = __webpack_require__(12391);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var plumbing_log = __webpack_require__(49983);
// EXTERNAL MODULE: ./packages/release-kit/src/operations/publish-chart-catalog.settings.ts
var publish_chart_catalog_settings = __webpack_require__(35304);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/publish-chart-catalog.steps.ts
// publish-chart-catalog after its inputs are valid: package each chart, then fetch, apply and push
// the catalog. Loaded lazily by operations/publish-chart-catalog.ts.














async function publishToCatalog(settings, context) {
    const { log, runner } = context;
    const workspace = runner.workspace;
    // Package and validate every chart before the catalog is touched.
    const charts = [];
    for (const input of settings.charts) {
        const absolute = await (0,fs/* resolveInside */.LI)(workspace, input, 'chart');
        const info = await (0,promises_.stat)(absolute).catch(() => undefined);
        if (!info?.isDirectory())
            throw (0,errors/* invalidInput */.aY)('chart', input, 'an existing chart directory (with Chart.yaml) inside the workspace');
        const where = external_node_path_default().relative(workspace, absolute) || '.';
        const releaseNotes = await readReleaseNotes(workspace, absolute, settings.releaseNotesPath);
        // Dated by the chart's own last commit, as publish-chart-oci is: the same bytes in both places.
        const mtime = await (0,source_date/* reproducibleTime */.m)(absolute, runner.sourceDateEpoch, 'directory');
        const packaged = await (0,charts_package/* packageChartDirectory */.gJ)(absolute, { releaseNotes, mtime }, where);
        log.info(`${where}: packaged ${packaged.fileName} (${packaged.entries.length} files${releaseNotes !== undefined ? ', with release notes' : ''})`);
        // The checks every published chart passes (charts/): completeness warnings, then lint and render.
        for (const warning of await (0,completeness/* incompleteChartWarnings */.S)(packaged.chart, where, { dir: absolute, workspace }))
            log.warning(warning);
        log.info((await (0,lint/* lintChart */.U)(packaged, where, { mode: 'auto', pathEnv: runner.path, tempDir: runner.runnerTemp, log }))
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
    const network = (0,release/* gitNetworkEnv */.Op)(settings.token, settings.origin ?? runner.serverUrl, settings.tokenUsername);
    for (const secret of network.secrets)
        context.mask?.(secret);
    const workDir = await (0,promises_.mkdtemp)(external_node_path_default().join(runner.runnerTemp, 'release-kit-catalog-'));
    let outcomes = [];
    let result;
    try {
        result = await (0,plumbing_log/* inGroup */.HB)(log, `Publish to ${settings.branch} of ${settings.repository}`, () => syncCatalog({
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
        return (await (0,fs/* readFileInside */.XW)(workspace, input, 'release-notes', 'Markdown file')).text;
    const own = external_node_path_default().join(chartDir, publish_chart_catalog_settings/* DEFAULT_RELEASE_NOTES */.IE);
    const info = await (0,promises_.stat)(own).catch(() => undefined);
    if (!info?.isFile())
        return undefined;
    await (0,fs/* resolveInside */.LI)(chartDir, publish_chart_catalog_settings/* DEFAULT_RELEASE_NOTES */.IE, 'release-notes');
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

//# sourceMappingURL=733.index.js.map