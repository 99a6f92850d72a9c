export const id = 868;
export const ids = [868];
export const modules = {

/***/ 91899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11303);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(86856);
/* harmony import */ var _plumbing_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49983);
/* harmony import */ var _plumbing_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28135);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93539);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_3__);
// The one way to talk to GitHub's REST API: octokit with retries and rate-limit handling wired in.







const RetryingOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_4__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
/**
 * Build a client whose requests survive transient failures:
 * - plugin-retry retries 5xx, 429 and network errors (not 4xx user errors);
 * - plugin-throttling waits out primary (x-ratelimit-remaining: 0) and secondary (403/429 with
 *   retry-after) rate limits, but only because the callbacks below return true.
 * `retryBaseMs` scales the back-off (octokit's default base is 1000 ms); tests lower it.
 */
function createGitHubClient(options = {}) {
    const log = options.log ?? _plumbing_log_js__WEBPACK_IMPORTED_MODULE_0__/* .consoleLogger */ .kS;
    const retries = options.retries ?? 4;
    const baseMs = options.retryBaseMs ?? _plumbing_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY_BASE_MS */ .Qg;
    const keepTrying = (kind) => (retryAfter, request, _o, count) => {
        if (count >= retries) {
            log.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${count} retries`);
            return false;
        }
        log.info(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
        return true;
    };
    const client = new RetryingOctokit({
        auth: options.token,
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/$/, ''),
        userAgent: 'release-kit',
        log: { debug: () => { }, info: () => { }, warn: (m) => log.debug(m), error: (m) => log.debug(m) },
        // Not `request: { retries }`: plugin-retry's limiter would then resend every failed request,
        // 404s and 422s included, and swallow rate limits before plugin-throttling could honour them.
        // 429 is left to plugin-throttling too, which reads retry-after / x-ratelimit-reset.
        retry: { retries, retryAfterBaseValue: baseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            onRateLimit: keepTrying('primary'),
            onSecondaryRateLimit: keepTrying('secondary'),
            retryAfterBaseValue: baseMs,
            ...(baseMs < _plumbing_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY_BASE_MS */ .Qg ? { write: scaledWriteGroup(baseMs) } : {}),
        },
    });
    // Registered after the plugins, so it sees the error their retries gave up on: the one boundary
    // where GitHub's refusals become UserErrors that name the fix. Answers callers branch on (404, a
    // 422 "already exists") pass through untouched.
    client.hook.error('request', (error, options) => {
        const e = error;
        // The URL as sent (options.url is still the path template, {owner} and all).
        const url = e.response?.url ?? e.request?.url ?? absoluteUrl(options);
        // plugin-retry counts the failures of this request in options.request.retryCount.
        const tries = Math.max(1, options.request?.retryCount ?? 1);
        if (typeof e.status === 'number' && !e.response) {
            // octokit reports a request that got no answer (refused, unresolvable, reset) as a status-500
            // error without a response; the network failure is its cause.
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubUnavailable */ .ag)({ method: options.method, url, tries, reason: networkReason(e) });
        }
        if (typeof e.status === 'number' && e.status >= 500) {
            const said = e.message ? `: ${e.message.replace(/\s+-\s+https?:\S+$/, '')}` : '';
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubUnavailable */ .ag)({
                method: options.method,
                url,
                tries,
                status: e.status,
                reason: `HTTP ${e.status}${said}`,
                data: e.response?.data,
                headers: e.response?.headers,
            });
        }
        const translated = typeof e.status === 'number'
            ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubFailure */ .o7)({
                status: e.status,
                method: options.method,
                url,
                // octokit's own message: GitHub's, plus the details of a 422's errors[], less the docs link.
                message: e.message ?? e.response?.data?.message,
                headers: e.response?.headers,
                data: e.response?.data,
            })
            : undefined;
        throw translated ?? error;
    });
    return client;
}
/** The request's URL with its base, as octokit sends it (`options.url` is the path template filled in). */
function absoluteUrl(options) {
    return /^https?:/.test(options.url) ? options.url : `${options.baseUrl ?? ''}${options.url}`;
}
/** The socket-level code of a request that got no answer (ECONNREFUSED, ENOTFOUND…), else fetch's message. */
function networkReason(error) {
    for (let cause = error.cause, depth = 0; cause && depth < 4; depth++) {
        const code = cause.code;
        if (typeof code === 'string' && /^E[A-Z]+$|^UND_ERR/.test(code))
            return code;
        cause = cause.cause;
    }
    return error.message ?? 'no answer';
}
// plugin-throttling spaces writes (POST, PATCH, PUT, DELETE) one second apart, as GitHub asks. With a
// lowered back-off base (a test's stand-in), that spacing scales like every other wait: a group of the
// same shape, shared by every client with this base. At the default base the plugin's own group is used.
const writeGroups = new Map();
function scaledWriteGroup(baseMs) {
    const group = writeGroups.get(baseMs) ??
        new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_3___default().Group)({ id: `release-kit-write-${baseMs}`, maxConcurrent: 1, minTime: baseMs });
    writeGroups.set(baseMs, group);
    return group;
}


/***/ }),

/***/ 93539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z$: () => (/* binding */ GITHUB_UNREACHABLE),
/* harmony export */   ag: () => (/* binding */ gitHubUnavailable),
/* harmony export */   el: () => (/* binding */ GITHUB_TROUBLE),
/* harmony export */   o7: () => (/* binding */ gitHubFailure)
/* harmony export */ });
/* unused harmony exports GitHubRequestError, GitHubUnavailableError */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
// GitHub's refusals as the user can act on them: the permission the job lacks, the token, the rate limit, the immutable release.
// Every GitHub request (octokit's through the client's error hook, and the raw upload/download fetches)
// fails through `gitHubFailure`, so a missing `contents: write` reads as that, not as a bug with a stack.

/** A refusal from GitHub the user can fix. Keeps `status` and `response` (data, headers) as octokit's errors do, for callers that branch on them. */
class GitHubRequestError extends _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    status;
    response;
    /** GitHub's own message, for callers that word the error themselves. */
    gitHubMessage;
    constructor(message, status, data, headers, gitHubMessage) {
        super(message);
        this.name = 'GitHubRequestError';
        this.status = status;
        this.response = { data, headers };
        this.gitHubMessage = gitHubMessage;
    }
}
/**
 * The UserError for a request GitHub refused in a way the user must fix, or undefined for an answer
 * the caller interprets itself (404 "no such release", 422 "already exists"…) or a fault that stays a bug.
 */
function gitHubFailure(failure) {
    const { status } = failure;
    const what = `${failure.method.toUpperCase()} ${pathOf(failure.url)}`;
    const said = failure.message ? `: ${failure.message.replace(/\s+-\s+https?:\S+$/, '')}` : '';
    const header = (name) => headerOf(failure.headers, name);
    const refuse = (message) => new GitHubRequestError(message, status, failure.data ?? { message: failure.message }, headerRecord(failure.headers), failure.message);
    const rateLimited = header('x-ratelimit-remaining') === '0' ||
        header('retry-after') !== undefined ||
        /rate limit/i.test(failure.message ?? '');
    if ((status === 403 || status === 429) && rateLimited) {
        const reset = Number(header('x-ratelimit-reset'));
        const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
        return refuse(`GitHub rate limit reached for ${what} (HTTP ${status}${said})${when}: rerun the job later, or give it a token with its own limit`);
    }
    if (status === 401) {
        return refuse(`GitHub rejected the token for ${what} (HTTP 401${said}): pass a valid token (the action's 'token' input, or GITHUB_TOKEN for the CLI)`);
    }
    if (status === 403) {
        const permission = permissionFor(failure.method, failure.url);
        return refuse(`GitHub denied ${what} (HTTP 403${said}): the job's token needs '${permission}' (set it under the job's permissions:)`);
    }
    if (status === 422 && /immutable release/i.test(`${failure.message ?? ''} ${JSON.stringify(failure.data ?? '')}`)) {
        return refuse(`GitHub refused ${what} (HTTP 422${said}): the release is published and immutable, so its tag and assets can no longer change; cut a new patch release that supersedes it`);
    }
    return undefined;
}
/** GitHub answered a 5xx on every try (status and response kept), or could not be reached at all (status 0). */
class GitHubUnavailableError extends GitHubRequestError {
    tries;
    constructor(message, outage) {
        super(message, outage.status ?? 0, outage.data, headerRecord(outage.headers));
        this.name = 'GitHubUnavailableError';
        this.tries = outage.tries;
    }
}
/** What to do when GitHub kept answering 5xx. */
const GITHUB_TROUBLE = 'GitHub is having trouble (https://www.githubstatus.com); rerun the job later';
/** What to do when GitHub could not be reached at all. */
const GITHUB_UNREACHABLE = 'check the API URL (GITHUB_API_URL, --api-url) and the network, then rerun';
/**
 * The error for a request that failed on every try for a reason outside the release: GitHub's 5xx, or
 * GitHub out of reach. Says what failed, after how many tries, and that a rerun is safe. Every GitHub
 * request says it this way: octokit's (the client's error hook) and the raw upload and download fetches.
 */
function gitHubUnavailable(outage) {
    const what = `${outage.method.toUpperCase()} ${pathOf(outage.url)}`;
    const message = outage.status === undefined
        ? (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gaveUpMessage */ .Sw)({
            failed: `could not reach GitHub at ${originOf(outage.url)} for ${what}`,
            reason: outage.reason,
            tries: outage.tries,
            fix: GITHUB_UNREACHABLE,
        })
        : (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gaveUpMessage */ .Sw)({
            failed: `GitHub kept failing ${what}`,
            reason: outage.reason,
            tries: outage.tries,
            fix: GITHUB_TROUBLE,
        });
    return new GitHubUnavailableError(message, outage);
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return url;
    }
}
/** The `permissions:` entry a job needs for this request (GitHub's permission for the endpoint). */
function permissionFor(method, url) {
    const write = !/^(GET|HEAD)$/i.test(method);
    const path = pathOf(url);
    if (/\/attestations\b/.test(path))
        return write ? 'attestations: write' : 'attestations: read';
    if (/\/packages\b/.test(path))
        return write ? 'packages: write' : 'packages: read';
    if (/\/(pulls|issues)\b/.test(path))
        return write ? 'pull-requests: write' : 'pull-requests: read';
    // Releases, assets, git refs and contents all sit under the contents permission.
    return write ? 'contents: write' : 'contents: read';
}
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url.replace(/\?.*$/, '');
    }
}
function headerRecord(headers) {
    if (!headers)
        return {};
    if (typeof headers.get === 'function')
        return Object.fromEntries(headers.entries());
    return Object.fromEntries(Object.entries(headers)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]));
}
function headerOf(headers, name) {
    if (!headers)
        return undefined;
    if (typeof headers.get === 'function')
        return headers.get(name) ?? undefined;
    const value = headers[name];
    return value === undefined ? undefined : String(value);
}


/***/ }),

/***/ 62526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ updateRelease),
/* harmony export */   Dl: () => (/* binding */ publishRelease),
/* harmony export */   Sx: () => (/* binding */ isImmutableReleaseError),
/* harmony export */   kq: () => (/* binding */ findReleaseForTag),
/* harmony export */   m$: () => (/* binding */ immutableReleaseError),
/* harmony export */   vw: () => (/* binding */ ensureDraftRelease)
/* harmony export */ });
/* unused harmony exports listReleasesForTag, canonicalRelease, shouldBeLatest, immutableReleaseMessage, failedReleaseSteps */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
/* harmony import */ var _versions_semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6358);
// GitHub releases for one tag: find (drafts included), create a single draft even under races, publish.



/**
 * Every release whose tag_name is `tag`, lowest id first.
 * `GET /releases/tags/{tag}` returns published releases only (a draft is a 404), so list them all;
 * drafts are listed for tokens with push access.
 */
async function listReleasesForTag(client, ref) {
    const all = (await client.paginate(client.rest.repos.listReleases, {
        owner: ref.owner,
        repo: ref.repo,
        per_page: 100,
    }));
    return all.filter((release) => release.tag_name === ref.tag).sort((a, b) => a.id - b.id);
}
/**
 * The one release that stands for a tag: the published one if any (GitHub allows at most one
 * published release per tag), else the draft with the lowest id. Every job applying this rule to
 * the same listing picks the same release, which is what lets concurrent jobs converge.
 */
function canonicalRelease(releases) {
    const published = releases.find((release) => !release.draft);
    if (published)
        return published;
    return [...releases].sort((a, b) => a.id - b.id)[0];
}
/** The published release or the draft for `tag`, or undefined when there is none. */
async function findReleaseForTag(client, ref) {
    return canonicalRelease(await listReleasesForTag(client, ref));
}
/**
 * Return the release for `tag`, creating it as a draft when there is none, and never leave two.
 *
 * Why this converges: GitHub has no "create if absent" for releases and happily stores several
 * drafts with the same tag_name, so N jobs that each list, see nothing and create would leave N
 * drafts. Instead every job, after creating, lists again and applies one deterministic rule
 * (`canonicalRelease`: the published release, else the lowest id). Release ids grow with creation
 * order, so by the time a job's own create has returned, every earlier draft already exists and is
 * listed; all jobs therefore agree on the winner, which nobody ever deletes. Each job then deletes
 * the other drafts it saw for the tag: its own when it lost (the rule of the design), and also
 * orphans, e.g. a draft GitHub created for a request whose response was lost and which the client
 * retried. A published release is never deleted. The losers adopt the winner and report `existing`.
 */
async function ensureDraftRelease(client, options) {
    const existing = await findReleaseForTag(client, options);
    if (existing)
        return { release: existing, state: 'existing' };
    const { data: created } = await client.rest.repos.createRelease({
        owner: options.owner,
        repo: options.repo,
        tag_name: options.tag,
        name: options.name ?? options.tag,
        body: options.body ?? '',
        draft: true,
        prerelease: options.prerelease ?? false,
        ...(options.targetCommitish ? { target_commitish: options.targetCommitish } : {}),
    });
    const afterCreate = await listReleasesForTag(client, options);
    // The listing may lag behind our own create; count it in so the rule sees it.
    const candidates = afterCreate.some((release) => release.id === created.id)
        ? afterCreate
        : [...afterCreate, created];
    const winner = canonicalRelease(candidates);
    // Drafts other than the winner: our own if we lost, other jobs' losing drafts (which they delete
    // themselves too; the second DELETE is a harmless 404), or the orphan of a create whose response
    // was lost and which the client retried. All must go, and none of them is published.
    const strays = candidates.filter((release) => release.draft && release.id !== winner.id);
    for (const stray of strays)
        await deleteDraft(client, options, stray.id);
    if (winner.id === created.id)
        return { release: created, state: 'created' };
    return { release: winner, state: 'existing' };
}
async function deleteDraft(client, ref, releaseId) {
    try {
        await client.rest.repos.deleteRelease({ owner: ref.owner, repo: ref.repo, release_id: releaseId });
    }
    catch (error) {
        // Already gone (its creator or another job deleted it first, or a retried DELETE): the goal is reached.
        if (error.status !== 404)
            throw error;
    }
}
/** Change a release's name, body or prerelease flag (also allowed on an immutable release). */
async function updateRelease(client, options) {
    const { data } = await client.rest.repos.updateRelease({
        owner: options.owner,
        repo: options.repo,
        release_id: options.releaseId,
        ...(options.name !== undefined ? { name: options.name } : {}),
        ...(options.body !== undefined ? { body: options.body } : {}),
        ...(options.prerelease !== undefined ? { prerelease: options.prerelease } : {}),
    });
    return data;
}
/**
 * Whether `version` may be marked latest: never a prerelease, never a version lower than the
 * highest stable version already published. Compared with SemVer, not by date, so a patch to an
 * older line (1.4.9 after 2.0.0) does not steal "latest". Drafts and prereleases are ignored.
 */
function shouldBeLatest(version, prerelease, published, selfId) {
    if (prerelease || semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(version))
        return false;
    return (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .isHighestRelease */ .gj)(version, published.filter((r) => !r.draft && !r.prerelease && r.id !== selfId).map((r) => r.tag_name));
}
/**
 * Publish a draft (`draft: false`) with make_latest computed by `shouldBeLatest` over the
 * repository's published releases. An already published release is left alone (`unchanged`).
 * On a repository with immutable releases this locks the tag and the assets, so it must be last.
 */
async function publishRelease(client, options) {
    const prerelease = options.prerelease ?? options.release.prerelease;
    if (!options.release.draft) {
        return { release: options.release, state: 'unchanged', latest: false };
    }
    let latest = options.makeLatest;
    if (latest === undefined) {
        const all = (await client.paginate(client.rest.repos.listReleases, {
            owner: options.owner,
            repo: options.repo,
            per_page: 100,
        }));
        latest = shouldBeLatest(options.version, prerelease, all, options.release.id);
    }
    try {
        const { data } = await client.rest.repos.updateRelease({
            owner: options.owner,
            repo: options.repo,
            release_id: options.release.id,
            draft: false,
            prerelease,
            make_latest: latest ? 'true' : 'false',
        });
        return { release: data, state: 'published', latest };
    }
    catch (error) {
        if (isImmutableReleaseError(error))
            throw immutableReleaseError(options.release.tag_name, error);
        throw error;
    }
}
/**
 * Whether an API error is GitHub refusing a change because a release is immutable: 422
 * "Cannot upload assets to an immutable release." or "tag_name was used by an immutable release".
 */
function isImmutableReleaseError(error) {
    const e = error;
    if (!e || e.status !== 422)
        return false;
    const text = `${e.message ?? ''} ${safeJson(e.response?.data)}`;
    return /immutable release/i.test(text);
}
function safeJson(value) {
    try {
        return JSON.stringify(value) ?? '';
    }
    catch {
        return '';
    }
}
/** One line: why the request cannot succeed and what to do instead. */
function immutableReleaseMessage(tag, detail) {
    const next = (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .supersedingPatch */ .KF)(tag);
    return (`release ${tag} is published and immutable${detail ? ` (${detail})` : ''}: ` +
        `its tag and assets can no longer change; cut a new patch release${next ? ` (${next})` : ''} that supersedes it`);
}
/** Markdown for the step summary: how to recover from a failed immutable release. */
function failedReleaseSteps(tag) {
    const next = (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .supersedingPatch */ .KF)(tag) ?? 'the next patch version';
    return [
        `### Release ${tag} failed after it was published`,
        '',
        `GitHub does not let an immutable release change its tag or assets, and the tag cannot be reused.`,
        'Do not delete or move the tag. Instead:',
        '',
        `1. Edit the notes of ${tag} (notes stay editable) to say it is superseded by ${next} and why: on ${next}'s tag push, release-notes-from-changelog with \`mode: supersede\` and \`supersedes: ${tag}\` adds that banner and keeps ${tag} from being latest.`,
        `2. Fix the cause, then add a \`## ${next.replace(/^v/, '')}\` entry to CHANGELOG.md noting that it supersedes ${tag}.`,
        `3. Tag ${next} and let the release workflow run: draft, upload every asset, then publish last.`,
        `4. If ${tag} was marked latest, ${next} takes that over when it is published.`,
        '',
    ].join('\n');
}
/** A UserError carrying the superseding-patch message and the recovery steps for the summary. */
function immutableReleaseError(tag, cause) {
    const said = cause;
    const detail = (said?.gitHubMessage ?? said?.message)?.replace(/\s+-\s+https?:\S+$/, '');
    const error = new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(immutableReleaseMessage(tag, detail), { value: tag, summary: failedReleaseSteps(tag) });
    return error;
}


/***/ })

};

//# sourceMappingURL=868.index.js.map