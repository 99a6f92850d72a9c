export const id = 19;
export const ids = [19];
export const modules = {

/***/ 86868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ isChartVersion),
/* harmony export */   b: () => (/* binding */ isSafeChartName)
/* harmony export */ });
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

/***/ 74620:
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
        if (!(error instanceof exec/* ExecError */.c))
            throw error;
        return (0,git_git/* pushFailureReason */.x)(error.result);
    }
}
async function network(git, args, remote, what) {
    try {
        return await git.exec(args, remote.env);
    }
    catch (error) {
        if (!(error instanceof exec/* ExecError */.c))
            throw error;
        const reason = error.result.stderr.trim().split('\n').pop() ?? '';
        throw new errors/* UserError */.yo(`catalog: cannot ${what} ${remote.url} (${reason}); check the repository input and the token's access`, {
            input: 'repository',
            value: remote.url,
            valid: 'a git repository the token can read and push',
        });
    }
}

// EXTERNAL MODULE: ./packages/release-kit/src/charts/archive.ts
var charts_archive = __webpack_require__(94978);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/oci.ts
var oci = __webpack_require__(66933);
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
    const fields = JSON.parse((0,oci/* chartConfigJson */.BN)(metadata).toString('utf8'));
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
    const indexPath = await (0,fs/* resolveInside */.LI)(checkout, indexRelative, 'directory');
    let index = await readRegularFile(indexPath, indexRelative);
    const indexText = index?.toString('utf8');
    let text = indexText;
    const outcomes = [];
    for (const chart of charts) {
        const { name, version } = chart.metadata;
        const relative = external_node_path_default().posix.join(directory, chart.fileName);
        const archivePath = await (0,fs/* resolveInside */.LI)(checkout, relative, 'directory');
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
            await (0,fs/* writeFileAtomic */.Zf)(archivePath, chart.data, 0o644);
        }
        const digest = chartDigest(published);
        text = mergeIndex(text, indexEntry(chart.metadata, digest, url, nowRfc3339Nano()), nowRfc3339Nano(), indexRelative);
        outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'created', digest, url });
    }
    if (text !== indexText && text !== undefined) {
        index = Buffer.from(text);
        await (0,fs/* writeFileAtomic */.Zf)(indexPath, index, 0o644);
    }
    return outcomes;
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
/** Write `files` under `dir` (which does not exist yet), each atomically. */
async function writeCatalogDirectory(dir, files) {
    for (const [name, data] of files) {
        const target = external_node_path_default().join(dir, ...name.split('/'));
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await (0,fs/* writeFileAtomic */.Zf)(target, data, 0o644);
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
        const absolute = await (0,fs/* resolveInside */.LI)(checkout, relative, 'directory');
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

// EXTERNAL MODULE: ./packages/release-kit/src/charts/package.ts + 2 modules
var charts_package = __webpack_require__(85891);
// EXTERNAL MODULE: ./packages/release-kit/src/git/source-date.ts
var source_date = __webpack_require__(12391);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var plumbing_log = __webpack_require__(49983);
// EXTERNAL MODULE: ./packages/release-kit/src/operations/publish-chart-catalog.ts
var publish_chart_catalog = __webpack_require__(58899);
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
    const network = (0,release/* gitNetworkEnv */.Op)(settings.token, settings.origin ?? runner.serverUrl);
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
        return (await (0,fs/* readFileInside */.XW)(workspace, input, 'release-notes', 'Markdown file')).text;
    const own = external_node_path_default().join(chartDir, publish_chart_catalog.DEFAULT_RELEASE_NOTES);
    const info = await (0,promises_.stat)(own).catch(() => undefined);
    if (!info?.isFile())
        return undefined;
    await (0,fs/* resolveInside */.LI)(chartDir, publish_chart_catalog.DEFAULT_RELEASE_NOTES, 'release-notes');
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

//# sourceMappingURL=19.index.js.map