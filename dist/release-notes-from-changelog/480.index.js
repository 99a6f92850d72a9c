export const id = 480;
export const ids = [480];
export const modules = {

/***/ 3480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/log.ts
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
/** Logger for the CLI and for library callers that pass nothing. */
const consoleLogger = {
    info: (m) => console.log(m),
    debug: (m) => {
        if (process.env.RUNNER_DEBUG === '1' || process.env.RELEASE_KIT_DEBUG === '1')
            console.log(`debug: ${m}`);
    },
    warning: (m, l) => console.warn(`warning: ${where(l)}${m}`),
    error: (m, l) => console.error(`error: ${where(l)}${m}`),
    startGroup: (title) => console.log(`▸ ${title}`),
};
/** A logger that swallows everything, for tests and quiet helpers. */
const silentLogger = { info() { }, debug() { }, warning() { }, error() { } };
function where(location) {
    if (!location)
        return '';
    return `${location.file}${location.line ? `:${location.line}` : ''}: `;
}

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(8135);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(3178);
;// CONCATENATED MODULE: ./packages/release-kit/src/github/errors.ts
// GitHub's refusals as the user can act on them: the permission the job lacks, the token, the rate limit, the immutable release.
// Every GitHub request (octokit's through the client's error hook, and the raw upload/download fetches)
// fails through `gitHubFailure`, so a missing `contents: write` reads as that, not as a bug with a stack.

/** A refusal from GitHub the user can fix. Keeps `status` and `response` (data, headers) as octokit's errors do, for callers that branch on them. */
class GitHubRequestError extends errors/* UserError */.yo {
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
    const rateLimited = header('x-ratelimit-remaining') === '0' || header('retry-after') !== undefined || /rate limit/i.test(failure.message ?? '');
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
    return Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
}
function headerOf(headers, name) {
    if (!headers)
        return undefined;
    if (typeof headers.get === 'function')
        return headers.get(name) ?? undefined;
    const value = headers[name];
    return value === undefined ? undefined : String(value);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/github/client.ts
// The one way to talk to GitHub's REST API: octokit with retries and rate-limit handling wired in.






const RetryingOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/**
 * Build a client whose requests survive transient failures:
 * - plugin-retry retries 5xx, 429 and network errors (not 4xx user errors);
 * - plugin-throttling waits out primary (x-ratelimit-remaining: 0) and secondary (403/429 with
 *   retry-after) rate limits, but only because the callbacks below return true.
 * RELEASE_KIT_RETRY_BASE_MS scales the back-off (octokit's default base is 1000 ms); tests lower it.
 */
function createGitHubClient(options = {}) {
    const log = options.log ?? consoleLogger;
    const retries = options.retries ?? 4;
    const baseMs = options.retryBaseMs ?? (0,retry/* defaultRetryBaseMs */.rD)();
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
        baseUrl: (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
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
        },
    });
    // Registered after the plugins, so it sees the error their retries gave up on: the one boundary
    // where GitHub's refusals become UserErrors that name the fix. Answers callers branch on (404, a
    // 422 "already exists") pass through untouched.
    client.hook.error('request', (error, options) => {
        const e = error;
        const translated = typeof e.status === 'number'
            ? gitHubFailure({
                status: e.status,
                method: options.method,
                url: e.response?.url ?? options.url,
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


/***/ })

};

//# sourceMappingURL=480.index.js.map