export const id = 309;
export const ids = [309];
export const modules = {

/***/ 2309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyReleaseStep: () => (/* binding */ verifyReleaseStep)
});

// UNUSED EXPORTS: renderVerificationSummary, runReleaseVerification

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(3178);
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

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(8135);
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
        ? (0,errors/* gaveUpMessage */.Sw)({
            failed: `could not reach GitHub at ${originOf(outage.url)} for ${what}`,
            reason: outage.reason,
            tries: outage.tries,
            fix: GITHUB_UNREACHABLE,
        })
        : (0,errors/* gaveUpMessage */.Sw)({
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

// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./packages/release-kit/src/github/client.ts
// The one way to talk to GitHub's REST API: octokit with retries and rate-limit handling wired in.







const RetryingOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/**
 * Build a client whose requests survive transient failures:
 * - plugin-retry retries 5xx, 429 and network errors (not 4xx user errors);
 * - plugin-throttling waits out primary (x-ratelimit-remaining: 0) and secondary (403/429 with
 *   retry-after) rate limits, but only because the callbacks below return true.
 * `retryBaseMs` scales the back-off (octokit's default base is 1000 ms); tests lower it.
 */
function createGitHubClient(options = {}) {
    const log = options.log ?? consoleLogger;
    const retries = options.retries ?? 4;
    const baseMs = options.retryBaseMs ?? retry/* DEFAULT_RETRY_BASE_MS */.Qg;
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
            ...(baseMs < retry/* DEFAULT_RETRY_BASE_MS */.Qg ? { write: scaledWriteGroup(baseMs) } : {}),
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
            throw gitHubUnavailable({ method: options.method, url, tries, reason: networkReason(e) });
        }
        if (typeof e.status === 'number' && e.status >= 500) {
            const said = e.message ? `: ${e.message.replace(/\s+-\s+https?:\S+$/, '')}` : '';
            throw gitHubUnavailable({
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
            ? gitHubFailure({
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
        new (light_default()).Group({ id: `release-kit-write-${baseMs}`, maxConcurrent: 1, minTime: baseMs });
    writeGroups.set(baseMs, group);
    return group;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/challenge.ts
// Registry authentication grammar: WWW-Authenticate challenges, token scopes, Basic headers.
/**
 * Parse a `WWW-Authenticate` value (RFC 7235: scheme, then comma-separated auth-params whose values
 * are tokens or quoted strings with backslash escapes). Several challenges in one header are split
 * on a scheme name that follows a comma. Hand-written because the grammar is small and no maintained
 * npm package parses it without pulling in a whole HTTP framework.
 */
function parseChallenges(header) {
    if (!header)
        return [];
    const challenges = [];
    let position = 0;
    const text = header;
    const skipSpaces = () => {
        while (position < text.length && /[\s,]/.test(text[position]))
            position += 1;
    };
    const readToken = () => {
        const start = position;
        while (position < text.length && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(text[position]))
            position += 1;
        return text.slice(start, position);
    };
    while (position < text.length) {
        skipSpaces();
        const scheme = readToken();
        if (!scheme)
            break;
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        for (;;) {
            while (position < text.length && /\s/.test(text[position]))
                position += 1;
            const save = position;
            const name = readToken();
            while (position < text.length && /\s/.test(text[position]))
                position += 1;
            if (!name || text[position] !== '=') {
                // Not `name=`: either the next challenge's scheme or the end.
                position = save;
                break;
            }
            position += 1;
            while (position < text.length && /\s/.test(text[position]))
                position += 1;
            let value = '';
            if (text[position] === '"') {
                position += 1;
                while (position < text.length && text[position] !== '"') {
                    if (text[position] === '\\' && position + 1 < text.length)
                        position += 1;
                    value += text[position];
                    position += 1;
                }
                position += 1;
            }
            else {
                value = readToken();
            }
            challenge.params[name.toLowerCase()] = value;
            while (position < text.length && /\s/.test(text[position]))
                position += 1;
            if (text[position] === ',')
                position += 1;
            else
                break;
        }
    }
    return challenges;
}
/** The challenge to answer: Bearer if offered, else Basic, else none we understand. */
function pickChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}
/** `repository:<name>:pull` or `repository:<name>:pull,push`. */
function repositoryScope(repository, push) {
    return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}
/** `Basic base64(user:password)`. */
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/errors.ts
// How the registry client fails: RegistryError, a registry's answer worded by its status, and the
// body helpers every layer (API, auth, transport) reads answers with.



/** A registry refused or failed a request: auth, not found, digest mismatch, retries exhausted. */
class RegistryError extends errors/* UserError */.yo {
    status;
    code;
    registry;
    repository;
    /** The failure was a 5xx, a 429 or a broken connection that outlasted the retries. */
    transient;
    /** For a transient failure, its short reason: `HTTP 503`, `ECONNRESET`. */
    reason;
    constructor(message, details) {
        super(message);
        this.name = 'RegistryError';
        this.registry = details.registry;
        this.repository = details.repository;
        this.status = details.status;
        this.code = details.code;
        this.transient = details.transient ?? false;
        this.reason = details.reason;
    }
}
/** What to do when a registry kept answering 5xx (or kept dropping the connection). */
const SERVICE_TROUBLE = 'the registry is having trouble; rerun the job later';
/** What to do when a registry could not be reached at all. */
const UNREACHABLE = 'check the registry host and the network, then rerun';
/** A RegistryError for an unexpected answer, worded by status. */
async function registryFailure(context, response, action, repository, reference) {
    const { registry, who } = context;
    const { code, message } = await errorDetails(response);
    const detail = `HTTP ${response.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
    const what = reference ? `${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}` : repository;
    const details = { registry, repository, status: response.status, code };
    const scopeTooNarrow = response.status === 401 &&
        pickChallenge(parseChallenges(response.headers.get('www-authenticate')))?.params.error === 'insufficient_scope';
    if (response.status === 403 || scopeTooNarrow) {
        return new RegistryError(`registry ${registry} denied ${action} on ${what} to ${who} (${detail}${scopeTooNarrow ? ', the token lacks the scope' : ''}); on ghcr.io the job needs 'packages: write'`, details);
    }
    if (response.status === 401) {
        return new RegistryError(context.hasCredentials
            ? `registry ${registry} refused the credentials of ${who} for ${action} on ${what} (${detail})`
            : `registry ${registry} requires authentication for ${action} on ${what} (${detail}): set username and password`, details);
    }
    if (response.status === 404)
        return new RegistryError(`${what} not found on registry ${registry} (${action}: ${detail})`, details);
    const transient = (0,retry/* isTransientStatus */.Dm)(response.status, response.headers);
    const wait = (0,retry/* retryAfterMs */.Vs)(response.headers, context.retryBaseMs);
    if (transient && wait !== undefined && wait > context.maxRetryAfterMs) {
        return new RegistryError(`registry ${registry} rate-limited ${action} on ${what} (${detail}) and asks to retry after ${response.headers.get('retry-after')}, longer than release-kit waits; rerun later`, { ...details, transient: true });
    }
    if (transient) {
        return new RegistryError((0,errors/* gaveUpMessage */.Sw)({
            failed: `registry ${registry} kept failing ${action} on ${what}`,
            reason: detail,
            tries: context.attempts,
            fix: SERVICE_TROUBLE,
        }), { ...details, transient: true, reason: detail });
    }
    return new RegistryError(`registry ${registry} refused ${action} on ${what} (${detail})`, details);
}
/** Throw an answer's body away (its connection goes back to the pool). */
async function discard(response) {
    try {
        await response.body?.cancel();
    }
    catch {
        // A body that broke while being thrown away changes nothing.
    }
}
/** Read a body, refusing more than `max` bytes (a registry must not make us buffer without bound). */
async function readLimited(response, max, what) {
    const declared = Number(response.headers.get('content-length') ?? '');
    if (Number.isFinite(declared) && declared > max) {
        await discard(response);
        throw new errors/* UserError */.yo(`${what} is ${declared} bytes, more than the ${max} allowed`);
    }
    if (!response.body)
        return Buffer.alloc(0);
    const chunks = [];
    let total = 0;
    for await (const chunk of response.body) {
        total += chunk.length;
        if (total > max) {
            await discard(response);
            throw new errors/* UserError */.yo(`${what} is more than the ${max} bytes allowed`);
        }
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}
/** The first OCI error (`{"errors":[{code,message}]}`) of a body, else the start of its text. */
async function errorDetails(response) {
    if (response.bodyUsed)
        return {};
    try {
        const text = (await readLimited(response, 64 * 1024, 'error body')).toString('utf8');
        if (!text)
            return {};
        try {
            const body = JSON.parse(text);
            const first = body.errors?.[0];
            if (first)
                return { code: first.code, message: first.message };
        }
        catch {
            // not the OCI error shape: show the start of the text
        }
        return { message: oneLine(text).slice(0, 200) };
    }
    catch {
        return {};
    }
}
/** Whitespace runs folded to single spaces, for text from a server inside a one-line message. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/auth.ts
// Registry authentication (oras-go's remote/auth): answers a 401's challenge with Basic credentials or
// a bearer token from the realm, caches tokens per scope, and sends credentials to the registry's own
// origin only. Below it, the transport retries; above it, the client speaks the registry API.



/** Sends registry requests with the credentials the registry asked for, authenticating on a 401. */
class RegistryAuth {
    transport;
    options;
    /** The last challenge seen; after it, credentials go with every request without another 401. */
    challenge;
    tokens = new Map();
    pendingTokens = new Map();
    constructor(transport, options) {
        this.transport = transport;
        this.options = options;
    }
    /** True when a user name and a password were given. */
    get hasCredentials() {
        return this.options.username !== undefined && this.options.username !== '' && this.options.password !== undefined;
    }
    /** How messages name the caller: `user "x"` or `anonymous access`. */
    get who() {
        return this.hasCredentials ? `user ${(0,errors/* showValue */.vp)(this.options.username)}` : 'anonymous access';
    }
    /**
     * Send `request`: credentials for the current challenge, and a 401 answered (at most twice) by
     * authenticating again. Returns the answer for the caller to judge.
     */
    async send(request) {
        for (let round = 0;; round++) {
            const authorization = await this.authorizationFor(request);
            // Credentials go to the registry's own origin only (an upload Location may point at storage elsewhere).
            const sameOrigin = new URL(request.url).origin === new URL(this.options.baseUrl).origin;
            const response = await this.transport.send(request, sameOrigin ? authorization : undefined);
            if (response.status !== 401)
                return response;
            // A 401 is the start of an exchange (or a refusal), not the request: the replay is the one that counts.
            const { stats } = this.transport.options;
            stats[request.kind] -= 1;
            if (request.kind === 'blobHeads' || request.kind === 'manifestHeads')
                stats.heads -= 1;
            if (round >= 2)
                return response;
            const challenge = pickChallenge(parseChallenges(response.headers.get('www-authenticate')));
            // A 401 to credentials already sent for a Basic challenge is a refusal, not a challenge.
            const refused = authorization !== undefined && challenge?.scheme === 'basic' && this.challenge?.scheme === 'basic';
            if (!challenge || refused)
                return response;
            if (challenge.scheme === 'basic' && !this.hasCredentials)
                return response;
            await discard(response);
            stats.authChallenges += 1;
            this.challenge = challenge;
            if (challenge.scheme === 'bearer')
                await this.fetchToken(request, challenge, authorization !== undefined);
        }
    }
    tokenScope(repository, push) {
        return repositoryScope(repository, push || this.options.push);
    }
    async authorizationFor(request) {
        if (!this.challenge)
            return undefined;
        if (this.challenge.scheme === 'basic') {
            return this.hasCredentials ? basicAuthorization(this.options.username, this.options.password) : undefined;
        }
        if (this.challenge.scheme !== 'bearer')
            return undefined;
        const now = Date.now();
        const exact = this.tokens.get(this.tokenScope(request.repository, request.push));
        if (exact && exact.expiresAt > now)
            return `Bearer ${exact.token}`;
        // A pull,push token also covers pulls.
        if (!request.push) {
            const wider = this.tokens.get(repositoryScope(request.repository, true));
            if (wider && wider.expiresAt > now)
                return `Bearer ${wider.token}`;
        }
        // A known Bearer registry but no token for this scope yet: fetch one now rather than wait for a 401.
        const token = await this.fetchToken(request, this.challenge, false);
        return `Bearer ${token.token}`;
    }
    /** A token for the request's scope: cached unless `renew`, and one exchange in flight per scope. */
    async fetchToken(request, challenge, renew) {
        const scope = this.tokenScope(request.repository, request.push);
        if (!renew) {
            const cached = this.tokens.get(scope);
            if (cached && cached.expiresAt > Date.now())
                return cached;
        }
        const pending = this.pendingTokens.get(scope);
        if (pending)
            return pending;
        const promise = this.requestToken(request.repository, scope, challenge).finally(() => this.pendingTokens.delete(scope));
        this.pendingTokens.set(scope, promise);
        const token = await promise;
        this.tokens.set(scope, token);
        return token;
    }
    /** GET realm?service=…&scope=… with Basic credentials (if any) → `{token | access_token, expires_in}`. */
    async requestToken(repository, scope, challenge) {
        const { registry } = this.options;
        const realm = challenge.params.realm;
        let realmUrl;
        try {
            realmUrl = new URL(realm ?? '');
        }
        catch {
            throw new RegistryError(`registry ${registry} sent a Bearer challenge without a usable realm (${(0,errors/* showValue */.vp)(realm ?? '')})`, { registry, repository });
        }
        if (realmUrl.protocol !== 'https:' && !(realmUrl.protocol === 'http:' && this.options.plainHttp)) {
            throw new RegistryError(`registry ${registry} names token realm ${realmUrl.origin}, which is not https: refusing to send credentials there`, { registry, repository });
        }
        if (challenge.params.service)
            realmUrl.searchParams.set('service', challenge.params.service);
        realmUrl.searchParams.set('scope', scope);
        const service = `token service ${realmUrl.origin}${realmUrl.pathname}`;
        this.options.log.debug(`oci: token for ${scope} from ${realmUrl.origin}${realmUrl.pathname}`);
        const response = await this.transport.send({
            method: 'GET',
            url: realmUrl.href,
            kind: 'tokenRequests',
            repository,
            push: false,
            headers: { accept: 'application/json' },
        }, this.hasCredentials ? basicAuthorization(this.options.username, this.options.password) : undefined);
        if (response.status === 401 || response.status === 403) {
            await discard(response);
            const who = this.hasCredentials ? `the credentials of ${this.who}` : 'anonymous access';
            throw new RegistryError(`${service} for registry ${registry} refused ${who} for ${scope} (HTTP ${response.status})${this.hasCredentials ? '' : ': set username and password'}`, { registry, repository, status: response.status });
        }
        if (response.status !== 200) {
            const text = (await readLimited(response, 64 * 1024, 'token response').catch(() => Buffer.alloc(0))).toString('utf8');
            throw new RegistryError(`${service} answered HTTP ${response.status} for ${scope}${text ? `: ${oneLine(text)}` : ''}`, { registry, repository, status: response.status });
        }
        let body;
        try {
            body = JSON.parse((await readLimited(response, 1024 * 1024, 'token response')).toString('utf8'));
        }
        catch {
            throw new RegistryError(`${service} answered with something other than JSON`, { registry, repository });
        }
        const token = body.token ?? body.access_token;
        if (typeof token !== 'string' || token === '') {
            throw new RegistryError(`${service} answered without a token`, { registry, repository });
        }
        // The spec's default lifetime is 60 s; renew a little early.
        const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
        return { token, expiresAt: Date.now() + Math.max(lifetime - 10, lifetime / 2) * 1000 };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/release-kit/src/oci/digest.ts
// Content digests as OCI writes them (`sha256:<hex>`), and the check that bytes match one.


/** The descriptor of `data` as a blob of `mediaType`. */
function digest_describeBlob(mediaType, data) {
    return { mediaType, digest: digest_sha256Digest(data), size: data.length };
}
/** `sha256:<hex>` of the bytes. */
function digest_sha256Digest(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}
/** The digest of `data` computed with the algorithm `digest` names (sha256 or sha512). */
function digestWithAlgorithmOf(digest, data) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    if (algorithm !== 'sha256' && algorithm !== 'sha512') {
        throw new errors/* UserError */.yo(`unsupported digest algorithm in ${JSON.stringify(digest)}: expected sha256 or sha512`);
    }
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex')}`;
}
/** Throw unless `data` hashes to `expected`; `what` names the content for the message. */
function assertDigest(data, expected, what) {
    const actual = digestWithAlgorithmOf(expected, data);
    if (actual !== expected) {
        throw new errors/* UserError */.yo(`${what}: content digest ${actual} does not match the expected ${expected} (corrupted or tampered content)`);
    }
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/media-types.ts
// The media types the OCI client negotiates and recognises.
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Every manifest type a GET asks for, in order of preference. */
const MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
/** True for an index (OCI index or Docker manifest list) rather than a single-image manifest. */
function isIndexMediaType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}

// EXTERNAL MODULE: ./packages/release-kit/src/oci/reference.ts
var oci_reference = __webpack_require__(4123);
;// CONCATENATED MODULE: ./packages/release-kit/src/oci/transport.ts




/** A zeroed stats object to pass as `stats`. */
function createOciStats() {
    return {
        requests: 0,
        heads: 0,
        blobHeads: 0,
        manifestHeads: 0,
        blobGets: 0,
        manifestGets: 0,
        uploadSessions: 0,
        blobPuts: 0,
        manifestPuts: 0,
        tagLists: 0,
        referrers: 0,
        tokenRequests: 0,
        authChallenges: 0,
        retries: 0,
        uploadRestarts: 0,
    };
}
/** A wait the server asks for beyond this (after scaling) is not slept through: the request fails instead. */
const MAX_RETRY_AFTER_MS = 5 * 60 * 1000;
/** Sends one registry request at a time, retrying 5xx, 429, rate-limit 403s and broken connections. */
class RegistryTransport {
    options;
    constructor(options) {
        this.options = options;
    }
    /**
     * Send `request` with `authorization` (if any), retried as a whole. Returns the answer for the
     * caller to judge (the last one when the retries ran out); throws a transient RegistryError when
     * the connection kept failing.
     */
    async send(request, authorization) {
        const { options } = this;
        try {
            return await (0,retry/* withRetry */.bD)(() => this.fetchOnce(request, authorization), {
                retries: request.retries ?? options.retries,
                baseMs: options.retryBaseMs,
                maxWaitMs: MAX_RETRY_AFTER_MS,
                retryAnswer: (response) => (0,retry/* transientHttpAnswer */.dt)(response, options.retryBaseMs),
                onRetry: async ({ attempt, waitMs, reason, answer }) => {
                    if (answer)
                        await discard(answer);
                    options.stats.retries += 1;
                    options.log.debug(`oci: ${request.method} ${this.shortUrl(request.url)} on ${options.registry}: ${reason}; retry ${attempt + 1} in ${waitMs} ms`);
                },
            });
        }
        catch (error) {
            if (!(0,retry/* isTransientNetworkError */.l)(error))
                throw error;
            const attempts = (request.retries ?? options.retries) + 1;
            throw new RegistryError((0,errors/* gaveUpMessage */.Sw)({
                failed: `could not reach registry ${options.registry} for ${request.method} ${this.shortUrl(request.url)} in ${request.repository}`,
                reason: (0,retry/* describeNetworkError */.gl)(error),
                tries: attempts,
                fix: UNREACHABLE,
            }), {
                registry: options.registry,
                repository: request.repository,
                transient: true,
                reason: (0,retry/* describeNetworkError */.gl)(error),
            });
        }
    }
    async fetchOnce(request, authorization) {
        const { stats } = this.options;
        stats.requests += 1;
        stats[request.kind] += 1;
        if (request.kind === 'blobHeads' || request.kind === 'manifestHeads')
            stats.heads += 1;
        const headers = { 'user-agent': this.options.userAgent, ...request.headers };
        if (authorization)
            headers.authorization = authorization;
        this.options.log.debug(`oci: ${request.method} ${this.shortUrl(request.url)}`);
        return this.options.fetch(request.url, {
            method: request.method,
            headers,
            body: request.body,
            redirect: request.method === 'GET' || request.method === 'HEAD' ? 'follow' : 'manual',
            signal: AbortSignal.timeout(this.options.timeoutMs + Math.ceil((request.body?.length ?? 0) / 50)),
        });
    }
    /** The path of a registry URL; an absolute URL (no query) for another origin (a token realm, storage). */
    shortUrl(url) {
        const parsed = new URL(url);
        return parsed.origin === new URL(this.options.baseUrl).origin
            ? parsed.pathname
            : `${parsed.origin}${parsed.pathname}`;
    }
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/client.ts










const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Create a client for one registry host. */
function createOciClient(options) {
    return new OciClient(options);
}
/**
 * Client for one registry (one host), reused across repositories. Written on fetch rather than on a
 * library because the npm OCI clients either need a docker daemon, lack the bearer flow, or pull in
 * large trees; the protocol is a dozen plain HTTP requests (opencontainers/distribution-spec).
 */
class OciClient {
    registry;
    baseUrl;
    stats;
    log;
    retries;
    retryBaseMs;
    auth;
    failureContext;
    constructor(options) {
        if (!(0,oci_reference/* isValidRegistryHost */.wv)(options.registry)) {
            throw new errors/* UserError */.yo(`invalid registry host ${(0,errors/* showValue */.vp)(options.registry)}: expected HOST or HOST:PORT`);
        }
        this.registry = options.registry.toLowerCase();
        // Docker Hub's API lives on another host than its name; everything else is served where it is named.
        const apiHost = this.registry === 'docker.io' || this.registry === 'index.docker.io' ? 'registry-1.docker.io' : this.registry;
        this.baseUrl = `${options.plainHttp ? 'http' : 'https'}://${apiHost}`;
        this.stats = options.stats ?? createOciStats();
        this.log = options.log ?? silentLogger;
        this.retries = options.retries ?? 4;
        this.retryBaseMs = options.retryBaseMs ?? retry/* DEFAULT_RETRY_BASE_MS */.Qg;
        const transport = new RegistryTransport({
            registry: this.registry,
            baseUrl: this.baseUrl,
            stats: this.stats,
            log: this.log,
            retries: this.retries,
            retryBaseMs: this.retryBaseMs,
            timeoutMs: options.timeoutMs ?? 120_000,
            userAgent: options.userAgent ?? 'release-kit',
            // Looked up at the first request, not here: Node loads its HTTP client (undici) on first use,
            // and a caller can have other work under way by then.
            fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
        });
        this.auth = new RegistryAuth(transport, {
            registry: this.registry,
            baseUrl: this.baseUrl,
            plainHttp: options.plainHttp === true,
            username: options.username,
            password: options.password,
            push: options.push === true,
            log: this.log,
        });
        this.failureContext = {
            registry: this.registry,
            who: this.auth.who,
            hasCredentials: this.auth.hasCredentials,
            attempts: this.retries + 1,
            retryBaseMs: this.retryBaseMs,
            maxRetryAfterMs: MAX_RETRY_AFTER_MS,
        };
    }
    // ---------------------------------------------------------------- blobs
    /** HEAD a blob: its size if the registry has it, undefined on 404. */
    async blobExists(repository, digest) {
        checkRepository(repository);
        checkDigest(digest);
        const response = await this.send({
            method: 'HEAD',
            url: this.url(repository, `blobs/${digest}`),
            kind: 'blobHeads',
            repository,
            push: false,
        });
        await discard(response);
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw await this.failure(response, 'HEAD blob', repository, digest);
        return { digest, size: Number(response.headers.get('content-length') ?? -1) };
    }
    /** GET a blob and check that what arrived hashes to `digest`. */
    async getBlob(repository, digest, options = {}) {
        checkRepository(repository);
        checkDigest(digest);
        const response = await this.send({
            method: 'GET',
            url: this.url(repository, `blobs/${digest}`),
            kind: 'blobGets',
            repository,
            push: false,
        });
        if (response.status !== 200)
            throw await this.failure(response, 'GET blob', repository, digest);
        const bytes = await readLimited(response, options.maxBytes ?? 512 * 1024 * 1024, `blob ${digest}`);
        assertDigest(bytes, digest, `blob ${digest} from ${this.registry}/${repository}`);
        return bytes;
    }
    /**
     * Upload `data` as a blob unless the registry already has it (HEAD first). Returns the digest and
     * whether bytes were sent.
     */
    async ensureBlob(repository, data, digest = digest_sha256Digest(data)) {
        if (await this.blobExists(repository, digest))
            return { digest, uploaded: false };
        await this.uploadBlob(repository, data, digest);
        return { digest, uploaded: true };
    }
    /**
     * Monolithic upload: POST /blobs/uploads/ → 202 Location → PUT Location&digest= with the bytes → 201.
     * A failure after the session started abandons that session and starts a new one (after checking
     * with a HEAD whether the bytes landed after all), so a half-written session is never completed.
     */
    async uploadBlob(repository, data, digest = digest_sha256Digest(data)) {
        checkRepository(repository);
        checkDigest(digest);
        assertDigest(data, digest, `blob to upload to ${this.registry}/${repository}`);
        let attempts = 0;
        try {
            await (0,retry/* withRetry */.bD)(async (n) => {
                attempts = n + 1;
                // After a failed session the bytes may have landed all the same (only the answer was lost).
                if (n > 0 && (await this.blobExists(repository, digest)))
                    return;
                await this.uploadOnce(repository, data, digest);
            }, {
                retries: this.retries,
                baseMs: this.retryBaseMs,
                maxWaitMs: MAX_RETRY_AFTER_MS,
                retryError: (error) => isTransient(error)
                    ? {
                        reason: (0,retry/* describeNetworkError */.gl)(error),
                        retryAfterMs: error instanceof TransientStatus ? error.retryAfterMs : undefined,
                    }
                    : undefined,
                onRetry: ({ waitMs, reason }) => {
                    this.stats.uploadRestarts += 1;
                    this.log.debug(`oci: upload of ${digest} to ${this.registry}/${repository} failed (${reason}); restarting the session in ${waitMs} ms`);
                },
            });
        }
        catch (error) {
            if (!isTransient(error))
                throw error;
            throw new RegistryError((0,errors/* gaveUpMessage */.Sw)({
                failed: `registry ${this.registry} kept failing the upload of blob ${digest} to ${repository}`,
                reason: transientReason(error),
                tries: attempts,
                fix: SERVICE_TROUBLE,
            }), {
                registry: this.registry,
                repository,
                transient: true,
                status: error instanceof TransientStatus ? error.status : error.status,
            });
        }
    }
    async uploadOnce(repository, data, digest) {
        // retries: 0 on both requests: uploadBlob retries the session as a whole, with one budget.
        const start = await this.send({
            method: 'POST',
            url: this.url(repository, 'blobs/uploads/'),
            kind: 'uploadSessions',
            repository,
            push: true,
            retries: 0,
            headers: { 'content-length': '0' },
        });
        if (start.status !== 202) {
            const transient = (0,retry/* transientHttpAnswer */.dt)(start, this.retryBaseMs);
            if (transient) {
                await discard(start);
                throw new TransientStatus(start.status, transient.retryAfterMs);
            }
            throw await this.failure(start, 'start blob upload', repository, digest);
        }
        await discard(start);
        const location = start.headers.get('location');
        if (!location)
            throw new RegistryError(`registry ${this.registry} started an upload to ${repository} without a Location header`, { registry: this.registry, repository, status: 202 });
        const sessionUrl = new URL(location, start.url || this.baseUrl).href;
        const putUrl = `${sessionUrl}${sessionUrl.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
        const put = await this.send({
            method: 'PUT',
            url: putUrl,
            kind: 'blobPuts',
            repository,
            push: true,
            retries: 0,
            body: data,
            headers: { 'content-type': 'application/octet-stream' },
        });
        if (put.status !== 201 && put.status !== 204) {
            const transient = (0,retry/* transientHttpAnswer */.dt)(put, this.retryBaseMs);
            if (transient) {
                await discard(put);
                throw new TransientStatus(put.status, transient.retryAfterMs);
            }
            throw await this.failure(put, 'complete blob upload', repository, digest);
        }
        await discard(put);
        const stored = put.headers.get('docker-content-digest');
        if (stored && stored !== digest) {
            throw new RegistryError(`registry ${this.registry} stored blob ${stored} in ${repository} for the upload of ${digest}`, { registry: this.registry, repository });
        }
    }
    // ---------------------------------------------------------------- manifests
    /** HEAD a manifest by tag or digest: its digest (Docker-Content-Digest), or undefined on 404. */
    async manifestExists(repository, reference) {
        checkRepository(repository);
        checkManifestReference(reference);
        const response = await this.send({
            method: 'HEAD',
            url: this.url(repository, `manifests/${reference}`),
            kind: 'manifestHeads',
            repository,
            push: false,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
        });
        await discard(response);
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw await this.failure(response, 'HEAD manifest', repository, reference);
        const digest = response.headers.get('docker-content-digest') ?? ((0,oci_reference/* isValidDigest */.fH)(reference) ? reference : undefined);
        if (!digest) {
            // Some registries omit the header on HEAD; the body's hash is then the only source of truth.
            return this.getManifest(repository, reference).then((m) => ({
                digest: m.digest,
                size: m.bytes.length,
                mediaType: m.mediaType,
            }));
        }
        if ((0,oci_reference/* isValidDigest */.fH)(reference) && digest !== reference) {
            throw new RegistryError(`registry ${this.registry} answered digest ${digest} for manifest ${reference} in ${repository}`, { registry: this.registry, repository });
        }
        return { digest, size: Number(response.headers.get('content-length') ?? -1), mediaType: contentType(response) };
    }
    /**
     * GET a manifest (image manifest or index, OCI or Docker). The digest is computed from the bytes
     * and checked against the digest asked for, or against Docker-Content-Digest for a tag.
     */
    async getManifest(repository, reference) {
        checkRepository(repository);
        checkManifestReference(reference);
        const response = await this.send({
            method: 'GET',
            url: this.url(repository, `manifests/${reference}`),
            kind: 'manifestGets',
            repository,
            push: false,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
        });
        if (response.status !== 200)
            throw await this.failure(response, 'GET manifest', repository, reference);
        const bytes = await readLimited(response, MAX_MANIFEST_BYTES, `manifest ${reference}`);
        const digest = digest_sha256Digest(bytes);
        const where = `manifest ${reference} from ${this.registry}/${repository}`;
        if ((0,oci_reference/* isValidDigest */.fH)(reference))
            assertDigest(bytes, reference, where);
        else {
            const claimed = response.headers.get('docker-content-digest');
            if (claimed?.startsWith('sha256:') && claimed !== digest) {
                throw new errors/* UserError */.yo(`${where}: content digest ${digest} does not match the registry's Docker-Content-Digest ${claimed}`);
            }
        }
        let json;
        try {
            json = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new RegistryError(`${where} is not JSON`, { registry: this.registry, repository });
        }
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            throw new RegistryError(`${where} is not a JSON object`, { registry: this.registry, repository });
        const mediaType = json.mediaType ?? contentType(response) ?? (Array.isArray(json.manifests) ? OCI_INDEX : OCI_MANIFEST);
        return { digest, mediaType, bytes, json };
    }
    /**
     * PUT a manifest under a tag or its digest. Content-Type is the manifest's own mediaType (or OCI
     * manifest/index by shape). The registry's Docker-Content-Digest must equal the hash of the bytes sent.
     */
    async putManifest(repository, reference, manifest, mediaType) {
        checkRepository(repository);
        checkManifestReference(reference);
        const bytes = typeof manifest === 'string' ? Buffer.from(manifest, 'utf8') : manifest;
        const digest = digest_sha256Digest(bytes);
        if ((0,oci_reference/* isValidDigest */.fH)(reference) && reference !== digest) {
            throw new errors/* UserError */.yo(`manifest pushed by digest ${reference} hashes to ${digest}`);
        }
        const type = mediaType ?? mediaTypeOfManifest(bytes);
        const response = await this.send({
            method: 'PUT',
            url: this.url(repository, `manifests/${reference}`),
            kind: 'manifestPuts',
            repository,
            push: true,
            body: bytes,
            headers: { 'content-type': type },
        });
        if (response.status !== 201 && response.status !== 200 && response.status !== 204)
            throw await this.failure(response, 'PUT manifest', repository, reference);
        await discard(response);
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== digest) {
            throw new RegistryError(`registry ${this.registry} stored manifest ${repository}:${reference} as ${stored}, but the bytes sent hash to ${digest}`, { registry: this.registry, repository });
        }
        return { digest };
    }
    // ---------------------------------------------------------------- tags and referrers
    /** All tags of a repository (following Link pagination); [] when the repository does not exist. */
    async listTags(repository) {
        checkRepository(repository);
        const tags = [];
        let url = `${this.url(repository, 'tags/list')}?n=1000`;
        for (let page = 0; url && page < 1000; page += 1) {
            const response = await this.send({ method: 'GET', url, kind: 'tagLists', repository, push: false });
            if (response.status === 404) {
                await discard(response);
                return tags;
            }
            if (response.status !== 200)
                throw await this.failure(response, 'list tags', repository);
            const body = JSON.parse((await readLimited(response, 16 * 1024 * 1024, 'tag list')).toString('utf8'));
            tags.push(...(body.tags ?? []));
            url = nextLink(response, url);
        }
        return tags;
    }
    /**
     * Manifests that refer to `digest` (cosign v3 bundles, attestations). Uses the referrers API when the
     * registry answers it with 200; any other answer means unsupported (distribution 2.8 and ghcr.io
     * answer 404), and then the `sha256-<hex>` tag index is read instead, as cosign does.
     */
    async listReferrers(repository, digest, options = {}) {
        checkRepository(repository);
        checkDigest(digest);
        const query = options.artifactType ? `?artifactType=${encodeURIComponent(options.artifactType)}` : '';
        const filter = (manifests) => options.artifactType ? manifests.filter((m) => m.artifactType === options.artifactType) : manifests;
        const response = await this.send({
            method: 'GET',
            url: `${this.url(repository, `referrers/${digest}`)}${query}`,
            kind: 'referrers',
            repository,
            push: false,
            headers: { accept: OCI_INDEX },
        });
        if (response.status === 200) {
            const body = JSON.parse((await readLimited(response, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8'));
            const manifests = [...(body.manifests ?? [])];
            let next = nextLink(response, response.url);
            for (let page = 0; next && page < 100; page += 1) {
                const more = await this.send({
                    method: 'GET',
                    url: next,
                    kind: 'referrers',
                    repository,
                    push: false,
                    headers: { accept: OCI_INDEX },
                });
                if (more.status !== 200)
                    throw await this.failure(more, 'list referrers', repository, digest);
                const moreBody = JSON.parse((await readLimited(more, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8'));
                manifests.push(...(moreBody.manifests ?? []));
                next = nextLink(more, next);
            }
            return { source: 'api', manifests: filter(manifests) };
        }
        await discard(response);
        this.log.debug(`oci: ${this.registry} answered ${response.status} to the referrers API; reading tag ${referrersTagOf(digest)}`);
        const tag = referrersTagOf(digest);
        if (!(await this.manifestExists(repository, tag)))
            return { source: 'none', manifests: [], apiStatus: response.status };
        const index = await this.getManifest(repository, tag);
        if (!isIndexMediaType(index.mediaType) && !Array.isArray(index.json.manifests))
            return { source: 'none', manifests: [], apiStatus: response.status };
        return { source: 'tag', manifests: filter(index.json.manifests ?? []), apiStatus: response.status };
    }
    // ---------------------------------------------------------------- helpers
    url(repository, rest) {
        return `${this.baseUrl}/v2/${repository}/${rest}`;
    }
    /** One request through auth and the retrying transport; the answer is the caller's to judge. */
    send(request) {
        return this.auth.send(request);
    }
    failure(response, action, repository, reference) {
        return registryFailure(this.failureContext, response, action, repository, reference);
    }
}
/** The tag cosign and the OCI spec use for the referrers fallback index: `sha256-<hex>`. */
function referrersTagOf(digest) {
    return digest.replace(':', '-');
}
/** The manifest's Content-Type: its own mediaType, else OCI index or manifest by shape. */
function mediaTypeOfManifest(bytes) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new errors/* UserError */.yo('manifest to push is not JSON');
    }
    if (typeof json.mediaType === 'string' && json.mediaType)
        return json.mediaType;
    return Array.isArray(json.manifests) ? OCI_INDEX : OCI_MANIFEST;
}
/** A retryable status met where the caller restarts at a higher level (the upload session). */
class TransientStatus extends Error {
    status;
    retryAfterMs;
    constructor(status, retryAfterMs) {
        super(`HTTP ${status}`);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
function isTransient(error) {
    if (error instanceof TransientStatus)
        return true;
    if (error instanceof RegistryError)
        return error.transient;
    if (error instanceof errors/* UserError */.yo)
        return false;
    return (0,retry/* isTransientNetworkError */.l)(error);
}
function nextLink(response, current) {
    const link = response.headers.get('link');
    const match = link && /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
    return match ? new URL(match[1], current).href : undefined;
}
function contentType(response) {
    return response.headers.get('content-type')?.split(';')[0].trim() || undefined;
}
function checkRepository(repository) {
    if (!(0,oci_reference/* isValidRepository */.d)(repository))
        throw new errors/* UserError */.yo(`invalid repository name ${(0,errors/* showValue */.vp)(repository)}: expected lower-case path components like owner/charts/name`);
}
function checkDigest(digest) {
    if (!(0,oci_reference/* isValidDigest */.fH)(digest))
        throw new errors/* UserError */.yo(`invalid digest ${(0,errors/* showValue */.vp)(digest)}: expected sha256: and 64 lower-case hex digits`);
}
function checkManifestReference(reference) {
    if (!(0,oci_reference/* isValidDigest */.fH)(reference) && !(0,oci_reference/* isValidTag */.r_)(reference))
        throw new errors/* UserError */.yo(`invalid manifest reference ${(0,errors/* showValue */.vp)(reference)}: expected a tag or a sha256 digest`);
}
/** The short reason of a transient failure, for the message after the last try. */
function transientReason(error) {
    if (error instanceof TransientStatus)
        return `HTTP ${error.status}`;
    if (error instanceof RegistryError)
        return error.reason ?? (error.status ? `HTTP ${error.status}` : 'no answer');
    return (0,retry/* describeNetworkError */.gl)(error);
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./packages/release-kit/src/versions/semver.ts
// Version arithmetic for tracks: strict SemVer values and the bump kinds users may ask for.

/** The named bump kinds; an explicit `x.y.z` is the other accepted kind. */
const BUMP_KINDS = (/* unused pure expression or super */ null && (['patch', 'minor', 'major', 'prerelease']));
/** What a bump kind may be, for error messages. */
const VALID_BUMP_KINDS = 'patch, minor, major, prerelease or an explicit version x.y.z';
/** Prerelease identifiers as SemVer allows them (dot-separated alphanumerics and hyphens). */
const PREID = /^[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*$/;
/**
 * True for a strict SemVer 2.0 version exactly as written: no `v` prefix, no `=`, no spaces.
 * `semver.valid` alone would accept `v1.2.3` and return `1.2.3`, so the result must equal the input.
 */
function isStrictSemver(value) {
    return typeof value === 'string' && value.length <= 256 && semver.valid(value) === value;
}
/** Parse a bump kind; undefined when it is none of the valid ones. */
function parseBumpKind(text) {
    if (BUMP_KINDS.includes(text))
        return { kind: text };
    if (isStrictSemver(text))
        return { kind: 'explicit', version: text };
    return undefined;
}
/** Whether a bump makes a prerelease: `prerelease`, or an explicit prerelease version (`1.2.4-rc.1`). */
function isPrereleaseBump(bump) {
    return bump.kind === 'prerelease' || (bump.kind === 'explicit' && semver.prerelease(bump.version) !== null);
}
/** True when `preid` is usable as a prerelease identifier (`rc`, `beta.1`). */
function isValidPreid(preid) {
    return preid.length <= 64 && PREID.test(preid);
}
/**
 * The version after applying `bump` to `current`. A prerelease bump of a release starts the next
 * patch's prerelease (`1.2.3` → `1.2.4-rc.0`); of a prerelease it counts on (`1.2.4-rc.0` → `-rc.1`).
 * Returns undefined when the result would not be greater than `current` (an explicit version at or
 * below it, or a prerelease to a preid that sorts lower).
 */
function nextVersion(current, bump, preid) {
    if (bump.kind === 'explicit')
        return semver.gt(bump.version, current) ? bump.version : undefined;
    const next = bump.kind === 'prerelease' && preid ? semver.inc(current, 'prerelease', preid) : semver.inc(current, bump.kind);
    // A prerelease bump to a preid that sorts lower (1.0.0-beta.1 with alpha → 1.0.0-alpha.0) goes backwards.
    return next && semver.gt(next, current) ? next : undefined;
}
/** `a > b` in SemVer precedence. */
function isGreater(a, b) {
    return semver.gt(a, b);
}
/** A short description of a bump for messages: `patch`, `prerelease (rc)`, `2.0.0`. */
function describeBump(bump, preid) {
    if (bump.kind === 'explicit')
        return bump.version;
    return bump.kind === 'prerelease' && preid ? `prerelease (${preid})` : bump.kind;
}
/**
 * The version a release tag stands for, the one rule for every tag release-kit reads: `v1.2.3` →
 * `1.2.3`, also behind a prefix (`krt-v1.2.3`, `chart-1.2.3`) as monorepos tag; undefined when the
 * tag holds no SemVer version.
 */
function versionOfTag(tag) {
    return semver.valid(tag.slice(tagPrefix(tag).length)) ?? undefined;
}
/** What stands before a tag's version, `v` included: `krt-v` for `krt-v1.2.3`, `v` for `v1.2.3`, `` for `1.2.3`. */
function tagPrefix(tag) {
    return /^.*?v?(?=\d+\.\d+\.\d+)/.exec(tag)?.[0] ?? '';
}
/** The component a tag belongs to in a monorepo, its prefix without the `v`: `krt-` for `krt-v1.2.3`, `` for `v1.2.3`. */
function tagComponent(tag) {
    return tagPrefix(tag.trim()).replace(/v$/, '');
}
/** True when no stable version among `tags` (release tags or versions) is above `version`; tags without one are ignored. */
function semver_isHighestRelease(version, tags) {
    return tags.every((tag) => {
        const other = versionOfTag(tag);
        return !other || semver.prerelease(other) !== null || !semver.gt(other, version);
    });
}
/** A version as a user types it (`1.2.3`, `v1.2.3`), normalised; undefined when it is not SemVer. */
function versionOfInput(text) {
    return semver.valid(text.trim().replace(/^v/i, '')) ?? undefined;
}
/** The next patch version after `tag`'s version, in the same tag series: the release that supersedes a bad one. */
function semver_supersedingPatch(tag) {
    const version = versionOfTag(tag);
    if (!version)
        return undefined;
    // Keep the tag's own spelling (`v`, `krt-v`): the superseding tag sits in the same series.
    return `${tagPrefix(tag)}${semver.inc(version, 'patch')}`;
}
/** The rules of `git check-ref-format` for `refs/tags/<name>` that a SemVer-based name can break. */
function isValidTagName(tag) {
    if (!/^[A-Za-z0-9._/+-]+$/.test(tag))
        return false;
    if (tag.startsWith('-') || tag.startsWith('/') || tag.endsWith('/') || tag.endsWith('.'))
        return false;
    if (tag.includes('..') || tag.includes('//'))
        return false;
    return tag.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}

;// CONCATENATED MODULE: ./packages/release-kit/src/releases/release.ts
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
    if (prerelease || semver.prerelease(version))
        return false;
    return isHighestRelease(version, published.filter((r) => !r.draft && !r.prerelease && r.id !== selfId).map((r) => r.tag_name));
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
    const next = supersedingPatch(tag);
    return (`release ${tag} is published and immutable${detail ? ` (${detail})` : ''}: ` +
        `its tag and assets can no longer change; cut a new patch release${next ? ` (${next})` : ''} that supersedes it`);
}
/** Markdown for the step summary: how to recover from a failed immutable release. */
function failedReleaseSteps(tag) {
    const next = supersedingPatch(tag) ?? 'the next patch version';
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
    const error = new UserError(immutableReleaseMessage(tag, detail), { value: tag, summary: failedReleaseSteps(tag) });
    return error;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts + 1 modules
var fs = __webpack_require__(7541);
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
const archive_MAX_CHART_FILE_SIZE = 5 * 1024 * 1024;
/** helm's archive.MaxDecompressedChartSize: the whole chart, uncompressed. */
const archive_MAX_CHART_SIZE = 100 * 1024 * 1024;
/** The refusal of a chart over helm's 100 MiB, which helm's own loader would refuse to load. */
function archive_chartTooLarge(where) {
    return new errors/* UserError */.yo(`chart ${where} is larger than helm's limit of ${archive_MAX_CHART_SIZE} bytes (100 MiB) uncompressed; helm refuses to load such a chart, so keep large files out of it (.helmignore)`, { value: where, location: { file: where } });
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
        const header = new Header({
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
            blocks.push(new Pax({ path: entry.path, size, uid: 0, gid: 0, mtime: seconds, uname: '' }).encode());
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
        tarBytes = external_node_zlib_default().gunzipSync(data, { maxOutputLength: archive_MAX_CHART_SIZE + 1024 * 1024 });
    }
    catch (error) {
        // zlib stops at maxOutputLength with ERR_BUFFER_TOO_LARGE: the archive is fine, the chart too big.
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw archive_chartTooLarge(where);
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
            if ((entry.size ?? 0) > archive_MAX_CHART_FILE_SIZE) {
                problems.push(`chart file ${JSON.stringify(path)} is larger than the maximum file size ${archive_MAX_CHART_FILE_SIZE}`);
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
    if (total > archive_MAX_CHART_SIZE)
        throw archive_chartTooLarge(where);
    if (problems.length > 0) {
        throw new errors/* UserError */.yo(`${where}: ${problems[0]}`, { value: where, location: { file: where } });
    }
    return entries;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
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
        throw chartfile_chartError(where, 'chart.metadata.apiVersion is required');
    const str = (key, from = raw) => stringField(from, key, where, file);
    const strList = (key) => stringListField(raw, key, where, file);
    const annotationsRaw = raw.annotations;
    let annotations;
    if (annotationsRaw !== undefined && annotationsRaw !== null && annotationsRaw !== '') {
        if (!isRecord(annotationsRaw) || Object.values(annotationsRaw).some((v) => typeof v !== 'string')) {
            throw chartfile_chartError(where, 'cannot load Chart.yaml: annotations must map strings to strings');
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
const MAX_ALIAS_COUNT = 100;
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
        throw chartfile_chartError(where, `cannot load ${file}: ${problem.message.split('\n')[0]}`);
    const duplicate = findDuplicateKey(strings.contents, [], lines);
    if (duplicate) {
        throw new errors/* UserError */.yo(`chart ${where}: cannot load ${file}: duplicate key ${JSON.stringify(duplicate.key)} at line ${duplicate.line} (first at line ${duplicate.firstLine}); keep one`, { value: where, location: { file: where, line: duplicate.line } });
    }
    const rawStrings = toPlain(strings, where, file);
    const rawTyped = toPlain(typed, where, file);
    if (rawStrings === null || rawStrings === undefined || rawStrings === '')
        return { strings: undefined, typed: undefined };
    if (!isRecord(rawStrings) || !isRecord(rawTyped))
        throw chartfile_chartError(where, `cannot load ${file}: expected a mapping of keys to values`);
    return { strings: rawStrings, typed: rawTyped };
}
function toPlain(document, where, file) {
    try {
        return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        // The yaml library stops an exponential expansion (a "billion laughs") with a ReferenceError.
        if (error instanceof ReferenceError && /alias/i.test(error.message)) {
            throw chartfile_chartError(where, `cannot load ${file}: its YAML aliases expand more than ${MAX_ALIAS_COUNT} times (a resource exhaustion pattern); write the values out`);
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
            throw chartfile_chartError(where, `cannot load ${file}: import-values must be a list`);
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
        throw chartfile_chartError(where, `cannot load ${file}: ${key} must be a string`);
    return v;
}
function stringListField(from, key, where, file) {
    const v = from[key];
    if (v === undefined || v === null || v === '')
        return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        throw chartfile_chartError(where, `cannot load ${file}: ${key} must be a list of strings`);
    return v;
}
function booleanField(from, key, where, file) {
    const v = from[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'boolean')
        throw chartfile_chartError(where, `cannot load ${file}: ${key} must be true or false`);
    return v;
}
/**
 * helm's Metadata.Validate, plus the rules this project adds: apiVersion must be v1 or v2 (what
 * helm lint accepts; helm 3 and 4 still package and install helm 2's v1 charts) and the name must be
 * usable in an OCI reference.
 */
function validateMetadata(metadata, where) {
    if (metadata.apiVersion === '')
        throw chartfile_chartError(where, 'chart.metadata.apiVersion is required');
    if (metadata.apiVersion !== 'v1' && metadata.apiVersion !== 'v2') {
        throw chartfile_chartError(where, `chart.metadata.apiVersion ${JSON.stringify(metadata.apiVersion)} is not supported; expected v1 or v2 (v2 for new charts)`);
    }
    if (metadata.name === '')
        throw chartfile_chartError(where, 'chart.metadata.name is required');
    if (!isSafeChartName(metadata.name)) {
        throw chartfile_chartError(where, `chart.metadata.name ${JSON.stringify(metadata.name)} is invalid; expected lower-case letters, digits and single separators (. _ -), e.g. my-chart`);
    }
    if (metadata.version === '')
        throw chartfile_chartError(where, 'chart.metadata.version is required');
    if (!isChartVersion(metadata.version)) {
        throw chartfile_chartError(where, `chart.metadata.version ${JSON.stringify(metadata.version)} is invalid; expected SemVer, e.g. 1.2.3`);
    }
    if (metadata.type !== undefined && !['', 'application', 'library'].includes(metadata.type)) {
        throw chartfile_chartError(where, `chart.metadata.type ${JSON.stringify(metadata.type)} is invalid; expected application or library`);
    }
    const seen = new Set();
    for (const dependency of metadata.dependencies ?? []) {
        if (dependency.alias !== undefined && dependency.alias !== '' && !/^[a-zA-Z0-9_-]+$/.test(dependency.alias)) {
            throw chartfile_chartError(where, `dependency ${JSON.stringify(dependency.name)} has disallowed characters in the alias`);
        }
        const key = dependency.alias || dependency.name;
        if (seen.has(key)) {
            throw chartfile_chartError(where, `more than one dependency with name or alias ${JSON.stringify(key)}; try using distinct aliases for dependencies with the same chart name`);
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
        throw chartfile_chartError(where, `cannot load Chart.yaml: ${key} must be a list`);
    return value.map((entry) => {
        if (!isRecord(entry))
            throw chartfile_chartError(where, `${key} must not contain empty or null nodes`);
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
    throw chartfile_chartError(where, `cannot load ${file}: not UTF-8 (invalid byte ${byte} at line ${line}); save it as UTF-8`);
}
/** A chart problem, located in the chart's Chart.yaml (or the file `where` names). */
function chartfile_chartError(where, message) {
    return new errors/* UserError */.yo(`chart ${where}: ${message}`, { value: where, location: { file: where } });
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/helmignore.ts
// .helmignore as helm reads it (helm/helm pkg/ignore/rules.go), down to Go's filepath.Match.

/** The name helm looks for at the chart root. */
const helmignore_HELMIGNORE = '.helmignore';
/** What Go calls filepath.ErrBadPattern. */
class BadPattern extends (/* unused pure expression or super */ null && (Error)) {
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
class helmignore_HelmignoreRules {
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
function helmignore_parseHelmignore(text, file = helmignore_HELMIGNORE) {
    const rules = new helmignore_HelmignoreRules();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const problem = rules.addRule(lines[i]);
        if (problem) {
            throw new UserError(`${file}:${i + 1}: rule ${JSON.stringify(lines[i].trim())} is invalid: ${problem}; expected Go filepath.Match globs without **`, {
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
    const root = realpathSync(dir);
    let rules = new HelmignoreRules();
    const ignoreFile = path.join(root, HELMIGNORE);
    try {
        // Never read a .helmignore that points out of the chart: its lines would end up in error messages.
        if (!isWithin(root, realpathSync(ignoreFile))) {
            throw chartError(where, `${HELMIGNORE} is a symlink to a file outside the chart directory; expected a file inside the chart`);
        }
        rules = parseHelmignore(readFileSync(ignoreFile, 'utf8'), path.join(where, HELMIGNORE));
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
        const real = realpathSync(absolute);
        if (visiting.has(real))
            throw chartError(where, `symlink loop at ${relative}`);
        visiting.add(real);
        const names = readdirSync(absolute).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        for (const name of names) {
            const childAbsolute = path.join(absolute, name);
            const child = relative === '' ? name : `${relative}/${name}`;
            let info = lstatSync(childAbsolute);
            if (info.isSymbolicLink()) {
                let target;
                try {
                    target = realpathSync(childAbsolute);
                }
                catch {
                    // helm respects .helmignore for a broken link before failing on it.
                    if (rules.ignores(child, false))
                        continue;
                    throw chartError(where, `${child} is a broken symlink; remove it or list it in .helmignore`);
                }
                info = statSync(target);
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
    return found.map((file) => ({ name: file.name, data: stripBom(readFileSync(file.absolute)) }));
}
/**
 * A packaged chart's files, its top directory stripped (helm's archive loader takes the first
 * path component as the chart's folder, whatever its name).
 */
async function readChartArchive(data, where) {
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
async function buildChart(files, where, options = {}) {
    const chartYaml = files.find((f) => f.name === 'Chart.yaml');
    if (!chartYaml)
        throw chartfile_chartError(where, 'Chart.yaml file is missing');
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
                throw chartfile_chartError(`${where}/values.schema.json`, `Invalid JSON in values.schema.json: ${error.message}`);
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
                throw chartfile_chartError(subWhere, `error unpacking subchart tar in ${metadata.name}: expected ${name}`);
            const { files: inner } = await readChartArchive(archive.data, subWhere);
            sub = await buildChart(inner, subWhere, options);
        }
        else {
            const inner = group
                .filter((f) => f.name.includes('/'))
                .map((f) => ({ name: f.name.slice(name.length + 1), data: f.data }));
            sub = await buildChart(inner, subWhere, options);
        }
        const clash = chart.dependencies.find((d) => d.metadata.name === sub.metadata.name);
        if (clash) {
            // helm would write both under charts/<name>/ and the archive would hold the same paths twice.
            throw chartfile_chartError(subWhere, `subchart name ${JSON.stringify(sub.metadata.name)} is also used by ${clash.where}; expected one subchart per name under charts/`);
        }
        chart.dependencies.push(sub);
    }
    return chart;
}
/**
 * helm package's CheckDependencies: each dependency in Chart.yaml must be a chart (by its own name)
 * under charts/. The message is helm's, with the command that fixes it.
 */
function checkDependencies(chart, chartDir) {
    const present = new Set(chart.dependencies.map((d) => d.metadata.name));
    const missing = (chart.metadata.dependencies ?? []).map((d) => d.name).filter((name) => !present.has(name));
    if (missing.length > 0) {
        throw chartfile_chartError(`${chart.where}/Chart.yaml`, `found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}; run \`helm dependency build ${chartDir}\` and commit or build charts/ before publishing`);
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
            throw chartfile_chartError(`${where}/${file.name}`, `cannot load ${file.name}: ${document.errors[0].message.split('\n')[0]}`);
        }
    }
}
function stripBom(data) {
    return data.subarray(0, 3).equals(UTF8_BOM) ? data.subarray(3) : data;
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

;// CONCATENATED MODULE: ./packages/release-kit/src/artifacts/checksums.ts
// The checksums file (`sha256sum` format) and the attest-build-provenance subject limit.

/** actions/attest-build-provenance refuses more subjects than this in one attestation. */
const MAX_ATTESTATION_SUBJECTS = 1024;
function compareNames(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
/**
 * `<sha256>  <name>` lines (two spaces: sha256sum's text mode), sorted by name, newline-terminated.
 * Bare names, so `sha256sum --check --ignore-missing` works in any folder holding some of the files.
 */
function formatChecksums(entries) {
    const sorted = [...entries].sort(compareNames);
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].name === sorted[i - 1].name)
            throw new Error(`formatChecksums: ${sorted[i].name} listed twice`);
    }
    return sorted.map((e) => `${e.sha256}  ${e.name}\n`).join('');
}
/** One `sha256sum` line (`<hex>  name`, or `<hex> *name` in binary mode), or undefined for anything else. */
function parseChecksumLine(line) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
    return match ? { sha256: match[1], name: match[2] } : undefined;
}
/** Parse a checksums file back (lines it does not understand are ignored). */
function parseChecksums(text) {
    return text.split('\n').flatMap((line) => parseChecksumLine(line) ?? []);
}
/**
 * The content for attest-build-provenance's `subject-checksums` input (the same sha256sum format),
 * failing clearly when there are more subjects than it accepts.
 */
function subjectChecksums(entries) {
    if (entries.length > MAX_ATTESTATION_SUBJECTS) {
        throw new UserError(`${entries.length} archives exceed the ${MAX_ATTESTATION_SUBJECTS} subjects actions/attest-build-provenance accepts in one attestation; split the platforms across several runs`, { value: entries.length, valid: `at most ${MAX_ATTESTATION_SUBJECTS} archives` });
    }
    return formatChecksums(entries);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/regexp.ts
// Regular expressions built from literal text.
/** `text` as a regular expression that matches exactly it (`/` is left as is: it is not special in `new RegExp`). */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// EXTERNAL MODULE: ./packages/release-kit/src/signing/policy.ts
var signing_policy = __webpack_require__(3556);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/attestation.ts


/** What `gh attestation verify` expects by default: SLSA build provenance. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/**
 * The policy gh applies for those options: the source repository is `--repo`; the signer (the
 * certificate SAN) is the `--signer-workflow` at any ref (or at the ref it names), else any workflow
 * of `--signer-repo`, else any workflow of the `--repo` owner; the issuer is GitHub Actions'.
 */
function ghAttestationPolicy(options) {
    const server = options.serverUrl.replace(/\/+$/, '');
    const sourceRepository = { repository: options.repository, serverUrl: server };
    if (options.signerWorkflow) {
        const url = /^[^/]*\./.test(options.signerWorkflow)
            ? `https://${options.signerWorkflow}`
            : `${server}/${options.signerWorkflow}`;
        const pattern = url.includes('@') ? `^${escapeRegExp(url)}$` : `^${escapeRegExp(url)}@.+$`;
        return {
            mode: 'keyless',
            identity: { kind: 'regexp', pattern, given: options.signerWorkflow },
            issuer: signing_policy/* GITHUB_ACTIONS_ISSUER */.qQ,
            sourceRepository,
        };
    }
    const signer = options.signerRepo ?? options.repository.split('/')[0];
    return {
        mode: 'keyless',
        identity: {
            kind: 'regexp',
            pattern: `^${escapeRegExp(`${server}/${signer}/`)}.*$`,
            given: signer,
            ignoreCase: true,
        },
        issuer: signing_policy/* GITHUB_ACTIONS_ISSUER */.qQ,
        sourceRepository,
    };
}
/**
 * The Sigstore bundles of the repository's attestations about `digest` (`sha256:…`). GitHub answers
 * 404 when there are none, which is an empty list here, as gh reads it.
 */
async function listAttestationBundles(client, repository, digest) {
    const [owner, repo] = repository.split('/');
    try {
        const { data } = await client.rest.repos.listAttestations({ owner, repo, subject_digest: digest, per_page: 100 });
        return (data.attestations ?? []).map((a) => a.bundle).filter((b) => b !== undefined && b !== null);
    }
    catch (error) {
        if (error.status === 404)
            return [];
        throw error;
    }
}
/**
 * Does an attestation about `digest` exist in `options.repository` and verify as gh would verify it?
 * One that does is enough, as for gh.
 */
async function verifyGitHubAttestations(client, digest, options, trust) {
    const bundles = await listAttestationBundles(client, options.repository, digest);
    if (!bundles.length)
        return {
            verified: false,
            found: 0,
            error: `no attestation for ${digest} in ${options.repository} (GET /repos/${options.repository}/attestations/${digest})`,
        };
    const { verifyAttestation } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5633));
    const policy = ghAttestationPolicy(options);
    const predicateType = options.predicateType ?? SLSA_PROVENANCE_V1;
    const refusals = [];
    for (const [i, bundle] of bundles.entries()) {
        const verdict = await verifyAttestation(bundle, digest, predicateType, policy, trust, `attestation ${i + 1}`);
        if (verdict.verified)
            return {
                verified: true,
                found: bundles.length,
                identity: verdict.identity,
                sourceRepository: verdict.sourceRepository,
            };
        if (verdict.error && !refusals.includes(verdict.error))
            refusals.push(verdict.error);
    }
    return {
        verified: false,
        found: bundles.length,
        error: `no attestation verifies (${bundles.length} found): ${refusals.join('; ')}`,
    };
}

// EXTERNAL MODULE: ./packages/release-kit/src/signing/cosign-formats.ts
var cosign_formats = __webpack_require__(2252);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/discover.ts

/** Bundles and signature payloads are small; anything bigger is not a signature. */
const MAX_SIGNATURE_BLOB_BYTES = 1024 * 1024;
/** Collect every signature of `digest` in `repository`, in both formats. */
async function findSignatures(client, repository, digest) {
    const candidates = [];
    const looked = [];
    const legacyTag = (0,cosign_formats/* legacySignatureTag */.eG)(digest);
    looked.push(`tag ${legacyTag}`);
    if (await client.manifestExists(repository, legacyTag)) {
        const manifest = await client.getManifest(repository, legacyTag);
        for (const layer of (0,cosign_formats/* legacySignatureLayers */.s)(manifest.json)) {
            const blob = await client.getBlob(repository, layer.digest, { maxBytes: MAX_SIGNATURE_BLOB_BYTES });
            const signature = (0,cosign_formats/* legacySignatureFromLayer */.TT)(layer, blob, `${repository}:${legacyTag}`);
            if (signature)
                candidates.push(signature);
        }
    }
    // No artifactType filter on the request: a fallback index written by an older tool may leave it
    // out, so the manifest itself is checked below.
    const referrers = await client.listReferrers(repository, digest);
    looked.push(referrers.source === 'api'
        ? 'referrers API'
        : `referrers API (HTTP ${referrers.apiStatus ?? '?'}) and tag ${digest.replace(':', '-')}`);
    for (const descriptor of referrers.manifests) {
        if (descriptor.artifactType !== undefined && descriptor.artifactType !== cosign_formats/* SIGSTORE_BUNDLE_V03_MEDIA_TYPE */.cX)
            continue;
        const manifest = await client.getManifest(repository, descriptor.digest);
        const artifactType = manifest.json.artifactType ?? manifest.json.config?.mediaType;
        if (artifactType !== cosign_formats/* SIGSTORE_BUNDLE_V03_MEDIA_TYPE */.cX &&
            !(manifest.json.layers ?? []).some((l) => l.mediaType === cosign_formats/* SIGSTORE_BUNDLE_V03_MEDIA_TYPE */.cX))
            continue;
        if (manifest.json.subject?.digest !== undefined && manifest.json.subject.digest !== digest)
            continue;
        for (const layer of manifest.json.layers ?? []) {
            if (layer.mediaType !== cosign_formats/* SIGSTORE_BUNDLE_V03_MEDIA_TYPE */.cX)
                continue;
            const blob = await client.getBlob(repository, layer.digest, { maxBytes: MAX_SIGNATURE_BLOB_BYTES });
            let bundle;
            try {
                bundle = JSON.parse(blob.toString('utf8'));
            }
            catch {
                bundle = undefined; // the verifier reports it as not a bundle
            }
            candidates.push({ format: 'bundle', bundle, source: `${repository}@${descriptor.digest} layer ${layer.digest}` });
        }
    }
    return { candidates, looked };
}

// EXTERNAL MODULE: ./packages/release-kit/src/signing/verify.ts + 1 modules
var verify = __webpack_require__(5633);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/image.ts



/**
 * Verify the signatures of `digest` in `repository`: one that verifies is enough. Never throws for
 * a bad or missing signature (the verdict says why); trust and registry failures are thrown.
 */
async function verifyImageSignatures(client, repository, digest, policy, trust, options) {
    // Signatures can lag a push by a moment: look again for "not there yet", never after a refusal.
    const found = await (0,retry/* pollUntil */.g3)(() => findSignatures(client, repository, digest), (f) => f.candidates.length > 0, { retries: options.retries, baseMs: options.retryBaseMs });
    if (found.candidates.length === 0)
        return {
            verified: false,
            error: `unsigned: no cosign signature found for ${digest} (looked at ${found.looked.join(', ')})`,
        };
    const refusals = [];
    let first;
    for (const candidate of found.candidates) {
        const verdict = await (0,verify/* verifyCandidate */.v)(candidate, digest, policy, trust);
        const signer = {
            identity: verdict.identity,
            issuer: verdict.issuer,
            sourceRepository: verdict.sourceRepository,
            format: verdict.format,
        };
        if (verdict.verified)
            return { verified: true, ...signer };
        options.log.debug(`${options.label}: ${verdict.format} signature at ${verdict.source} refused: ${verdict.error}`);
        const refusal = `${verdict.format}: ${verdict.error}`;
        if (!refusals.includes(refusal))
            refusals.push(refusal);
        first ??= { verified: false, ...signer };
    }
    return {
        ...first,
        error: `no signature verifies (${found.candidates.length} found): ${refusals.join('; ')}`,
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(4423);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/trust.ts


/** The Sigstore public-good TUF repository (@sigstore/tuf's default mirror). */
const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/** The trust root itself is unavailable: this affects every image alike, so it ends the run at once. */
class TrustUnavailableError extends errors/* UserError */.yo {
}
/**
 * Build trust material. A given trusted root is parsed offline. Otherwise the public-good root is
 * fetched with TUF, which needs https://tuf-repo-cdn.sigstore.dev: without the network that would
 * retry for minutes, so it is bounded and turned into one clear error that says what to do instead.
 */
async function loadTrust(options, publicKey) {
    const [{ toTrustMaterial }, { TrustedRoot }] = await Promise.all([
        __webpack_require__.e(/* import() */ 187).then(__webpack_require__.bind(__webpack_require__, 4187)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 9654, 23)),
    ]);
    const keys = publicKey ? () => ({ publicKey, validFor: () => true }) : undefined;
    if (options.trustedRootJson !== undefined) {
        const source = options.trustedRootSource ?? 'trusted-root';
        let root;
        try {
            const json = JSON.parse(options.trustedRootJson);
            // fromJSON accepts anything and silently drops what it cannot read; an empty root would then
            // refuse every signature with a misleading message, so check the shape first.
            if (typeof json !== 'object' ||
                json === null ||
                !String(json.mediaType ?? '').startsWith('application/vnd.dev.sigstore.trustedroot')) {
                throw new Error('its mediaType is not application/vnd.dev.sigstore.trustedroot+json');
            }
            for (const field of ['tlogs', 'certificateAuthorities', 'ctlogs', 'timestampAuthorities']) {
                if (json[field] !== undefined && !Array.isArray(json[field]))
                    throw new Error(`its ${field} is not a list`);
            }
            root = TrustedRoot.fromJSON(json);
        }
        catch (error) {
            throw new TrustUnavailableError(`input 'trusted-root' has invalid value ${JSON.stringify(source)}: expected a Sigstore trusted_root.json (${error.message})`, {
                input: 'trusted-root',
                value: source,
                valid: 'a Sigstore trusted_root.json',
            });
        }
        return { material: toTrustMaterial(root, keys), hasCtLogs: root.ctlogs.length > 0, source };
    }
    const timeoutMs = options.tufTimeoutMs ?? 30_000;
    let timer;
    try {
        const root = await Promise.race([
            (0,tuf_dist.getTrustedRoot)({
                cachePath: options.tufCachePath,
                mirrorURL: PUBLIC_GOOD_TUF_MIRROR,
                retry: 1,
                timeout: Math.min(timeoutMs, 10_000),
            }),
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
                timer.unref();
            }),
        ]);
        return { material: toTrustMaterial(root, keys), hasCtLogs: root.ctlogs.length > 0, source: PUBLIC_GOOD_TUF_MIRROR };
    }
    catch (error) {
        throw new TrustUnavailableError(`could not fetch the Sigstore public-good trust root from ${PUBLIC_GOOD_TUF_MIRROR} (${trust_oneLine(error)}); this needs the network. Set input 'trusted-root' to a trusted_root.json (e.g. from \`cosign trusted-root create\` or a private deployment), or use public-key with ignore-tlog`, {
            input: 'trusted-root',
            value: '',
            valid: 'a trusted_root.json file, or network access to the Sigstore TUF repository',
        });
    }
    finally {
        if (timer)
            clearTimeout(timer);
    }
}
/** Trust material for key-based verification without any log: only the user's key. */
function keyOnlyTrust(publicKey) {
    const material = {
        certificateAuthorities: [],
        timestampAuthorities: [],
        tlogs: [],
        ctlogs: [],
        publicKey: () => ({ publicKey, validFor: () => true }),
    };
    return { material, hasCtLogs: false, source: 'public-key' };
}
function trust_oneLine(error) {
    return String(error?.message ?? error).split('\n')[0];
}

;// CONCATENATED MODULE: ./packages/release-kit/src/releases/notes-claims.ts
// What a release's notes tell users, read back from the published text: the image, chart and file
// tables, and every verification command in its code blocks. verify-release checks these claims
// against the release, the registries and the attestations API, so it tests what users are told.
//
// The commands are split into words by hand (a small POSIX shell-words reader: quotes, backslashes,
// line continuations); no library in the tree does it, and the notes only print simple commands.


/** Read the claims out of a release body. Never throws: what it cannot read is a problem. */
function readReleaseClaims(body) {
    const claims = {
        images: [],
        charts: [],
        files: [],
        cosign: [],
        attestations: [],
        helm: [],
        downloads: [],
        problems: [],
    };
    const lines = body.replace(/\r\n?/g, '\n').split('\n');
    const addFile = (name) => {
        if (!claims.files.includes(name))
            claims.files.push(name);
    };
    // Tables, outside code blocks: `| Image | Digest |`, `| Chart | Version | Digest |`, `| File |`.
    let fence;
    const code = [];
    let block = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
        if (fenceMatch) {
            if (fence === undefined) {
                fence = fenceMatch[1][0];
                block = [];
            }
            else if (fenceMatch[1][0] === fence) {
                fence = undefined;
                code.push(block);
            }
            continue;
        }
        if (fence !== undefined) {
            block.push(line);
            continue;
        }
        if (!isTableRow(line) || !isTableRow(lines[i + 1] ?? '') || !/^\|[\s:|-]+\|$/.test(lines[i + 1].trim()))
            continue;
        const header = cells(line).map((c) => c.toLowerCase());
        let j = i + 2;
        for (; j < lines.length && isTableRow(lines[j]); j++) {
            const row = cells(lines[j]).map(unquoteCode);
            const at = (name) => row[header.indexOf(name)];
            if (header.join('|') === 'image|digest')
                readImageRow(claims, at('image'), at('digest'));
            else if (header.join('|') === 'chart|version|digest')
                readChartRow(claims, at('chart'), at('version'), at('digest'));
            else if (header.join('|') === 'file')
                addFile(at('file'));
        }
        i = j - 1;
    }
    for (const commandLines of code) {
        for (const command of joinContinuations(commandLines)) {
            const words = shellWords(command);
            if (!words || words.length === 0)
                continue;
            readCommand(claims, command.trim(), words, addFile);
        }
    }
    return claims;
}
function readImageRow(claims, shown, digest) {
    if (!shown || !digest)
        return;
    try {
        const reference = (0,oci_reference/* parseReference */.F2)(shown, { requireTagOrDigest: false });
        if (!(0,oci_reference/* isSha256Digest */.q9)(digest))
            throw new Error('not a digest');
        claims.images.push({ shown, reference, digest });
    }
    catch {
        claims.problems.push(`the images table names ${JSON.stringify(shown)} with ${JSON.stringify(digest)}, which is not an image reference and digest`);
    }
}
function readChartRow(claims, location, version, digest) {
    if (!location || !version)
        return;
    try {
        if (!location.startsWith('oci://') || !isChartVersion(version))
            throw new Error('not a chart');
        const reference = (0,oci_reference/* parseReference */.F2)(`${location}:${version.replace(/\+/g, '_')}`);
        const hasDigest = digest !== undefined && (0,oci_reference/* isSha256Digest */.q9)(digest);
        claims.charts.push({ location, reference, version, ...(hasDigest ? { digest } : {}) });
    }
    catch {
        claims.problems.push(`the charts table names ${JSON.stringify(`${location} ${version}`)}, which is not an OCI chart and version`);
    }
}
/** Options that take a value, and whether `--flag=value` is written instead. */
function options(words, start) {
    const positionals = [];
    const flags = new Map();
    for (let i = start; i < words.length; i++) {
        const word = words[i];
        if (word.startsWith('--')) {
            const eq = word.indexOf('=');
            if (eq > 0)
                flags.set(word.slice(2, eq), word.slice(eq + 1));
            else if (i + 1 < words.length && !words[i + 1].startsWith('--'))
                flags.set(word.slice(2), words[++i]);
            else
                flags.set(word.slice(2), 'true');
        }
        else
            positionals.push(word);
    }
    return { positionals, flags };
}
function readCommand(claims, command, words, addFile) {
    const [tool, sub, sub2] = words;
    if (tool === 'cosign' && sub === 'verify') {
        const { positionals, flags } = options(words, 2);
        const known = [
            'certificate-identity',
            'certificate-identity-regexp',
            'certificate-oidc-issuer',
            'certificate-github-workflow-repository',
        ];
        const unknown = [...flags.keys()].filter((f) => !known.includes(f));
        if (unknown.length || positionals.length !== 1) {
            claims.problems.push(`the notes print \`${command}\`, which verify-release cannot check as printed (${unknown.length ? `options ${unknown.map((f) => `--${f}`).join(', ')}` : 'one image expected'})`);
            return;
        }
        const subject = subjectReference(positionals[0]);
        if (!subject) {
            claims.problems.push(`the notes print \`${command}\`, which names no image by digest (a tag can move)`);
            return;
        }
        claims.cosign.push({
            command,
            ...subject,
            identity: flags.get('certificate-identity'),
            identityRegexp: flags.get('certificate-identity-regexp'),
            issuer: flags.get('certificate-oidc-issuer'),
            workflowRepository: flags.get('certificate-github-workflow-repository'),
        });
        return;
    }
    if (tool === 'gh' && sub === 'attestation' && sub2 === 'verify') {
        const { positionals, flags } = options(words, 3);
        const known = ['repo', 'signer-workflow', 'signer-repo', 'predicate-type', 'owner'];
        const unknown = [...flags.keys()].filter((f) => !known.includes(f));
        if (unknown.length || positionals.length !== 1) {
            claims.problems.push(`the notes print \`${command}\`, which verify-release cannot check as printed (${unknown.length ? `options ${unknown.map((f) => `--${f}`).join(', ')}` : 'one subject expected'})`);
            return;
        }
        const target = positionals[0];
        let subject;
        if (target.startsWith('oci://')) {
            const image = subjectReference(target.slice('oci://'.length));
            if (!image) {
                claims.problems.push(`the notes print \`${command}\`, which names no image by digest`);
                return;
            }
            subject = { kind: 'image', ...image };
        }
        else {
            subject = { kind: 'file', name: target };
            addFile(target);
        }
        claims.attestations.push({
            command,
            subject,
            repository: flags.get('repo'),
            signerWorkflow: flags.get('signer-workflow'),
            signerRepo: flags.get('signer-repo'),
            predicateType: flags.get('predicate-type'),
        });
        return;
    }
    if ((tool === 'sha256sum' || tool === 'shasum') && words.includes('--check')) {
        const file = words[words.length - 1];
        claims.checksumsFile = file;
        addFile(file);
        return;
    }
    if (tool === 'helm' && (sub === 'upgrade' || sub === 'install' || sub === 'pull')) {
        const { positionals, flags } = options(words, 2);
        const location = positionals.find((p) => p.startsWith('oci://'));
        if (location)
            claims.helm.push({ command, location, version: flags.get('version') });
        return;
    }
    if (tool === 'gh' && sub === 'release' && sub2 === 'download') {
        const { positionals, flags } = options(words, 3);
        claims.downloads.push({ command, tag: positionals[0], repository: flags.get('repo') ?? flags.get('R') });
    }
}
/** `host/repo@sha256:…` (a tag before the digest is allowed) → its reference and digest. */
function subjectReference(text) {
    try {
        const reference = (0,oci_reference/* parseReference */.F2)(text);
        return reference.digest && (0,oci_reference/* isSha256Digest */.q9)(reference.digest) ? { reference, digest: reference.digest } : undefined;
    }
    catch {
        return undefined;
    }
}
function isTableRow(line) {
    const trimmed = line.trim();
    return trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1;
}
function cells(line) {
    return line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|'));
}
function unquoteCode(cell) {
    const match = /^`([^`]*)`$/.exec(cell);
    return match ? match[1] : cell;
}
/** Lines ending in `\` continue on the next one, as in a shell. */
function joinContinuations(lines) {
    const commands = [];
    let current = '';
    for (const line of lines) {
        if (/(^|[^\\])(\\\\)*\\$/.test(line))
            current += `${line.slice(0, -1)} `;
        else {
            commands.push(current + line);
            current = '';
        }
    }
    if (current)
        commands.push(current);
    return commands;
}
/**
 * POSIX shell words: single quotes keep everything, double quotes keep all but `\"`, `\\`, `\$` and
 * `` \` ``, a bare backslash escapes the next character, `#` at a word start begins a comment.
 * Undefined for an unterminated quote. Expansions are not performed (the notes print none).
 */
function shellWords(line) {
    const words = [];
    let word;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                return undefined;
            word = (word ?? '') + line.slice(i + 1, end);
            i = end;
        }
        else if (c === '"') {
            let text = '';
            let j = i + 1;
            for (; j < line.length && line[j] !== '"'; j++) {
                if (line[j] === '\\' && '"\\$`'.includes(line[j + 1] ?? ''))
                    text += line[++j];
                else
                    text += line[j];
            }
            if (j >= line.length)
                return undefined;
            word = (word ?? '') + text;
            i = j;
        }
        else if (c === '\\') {
            word = (word ?? '') + (line[i + 1] ?? '');
            i++;
        }
        else if (/\s/.test(c)) {
            if (word !== undefined)
                words.push(word);
            word = undefined;
        }
        else if (c === '#' && word === undefined) {
            break;
        }
        else {
            word = (word ?? '') + c;
        }
    }
    if (word !== undefined)
        words.push(word);
    return words;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/releases/verify-release.ts
// Verify a release, draft or published, from the places users download it: every image, chart and
// file its notes name exists with the digest they give, the checksums file covers every archive,
// and every signature and attestation command the notes print passes (issue 17's trust gate).












/** Archive file names the checksums file must cover (besides any file the notes name). */
const ARCHIVE = /\.(tar\.gz|tgz|tar\.xz|txz|tar\.zst|tar\.bz2|zip)$/i;
/** Files that accompany others and are not themselves checksummed archives. */
const SIDECAR = /\.(sig|pem|crt|cert|sigstore(\.json)?|intoto\.jsonl|sbom\.json|spdx\.json|cdx\.json)$/i;
/** Check everything the release's notes claim. Never throws for a failed check; trust problems end the run. */
async function verifyRelease(options) {
    const { release, log } = options;
    const repository = `${options.owner}/${options.repo}`;
    const claims = readReleaseClaims(release.body ?? '');
    const rows = new Map();
    const row = (kind, artifact, digest = null) => {
        const key = `${kind} ${artifact}`;
        let found = rows.get(key);
        if (!found) {
            found = { artifact, kind, digest, checks: [], problems: [], verified: false };
            rows.set(key, found);
        }
        if (digest && !found.digest)
            found.digest = digest;
        return found;
    };
    const notes = () => row('notes', `notes of ${release.tag_name}`);
    const guard = async (target, what, check) => {
        try {
            await check();
        }
        catch (error) {
            if (error instanceof TrustUnavailableError || !(0,errors/* isUserError */.iU)(error))
                throw error;
            target.problems.push(`${what}: ${error.message}`);
        }
    };
    for (const problem of claims.problems)
        notes().problems.push(problem);
    // Notes that name nothing claim nothing; the assets' checksums are still checked below.
    if (!claims.images.length && !claims.charts.length && !claims.files.length && !claims.cosign.length)
        log.warning(`the notes of ${release.tag_name} name no image, chart or file (were they rendered by release-notes-from-changelog?): only the assets' checksums are checked`);
    for (const download of claims.downloads) {
        if (download.tag !== release.tag_name || download.repository?.toLowerCase() !== repository.toLowerCase())
            notes().problems.push(`the notes print \`${download.command}\`, which downloads ${download.tag ?? '?'} of ${download.repository ?? '?'}, not ${release.tag_name} of ${repository}`);
    }
    // Images: each tag resolves to the digest the notes give.
    for (const image of claims.images) {
        const target = row('image', image.shown, image.digest);
        await guard(target, 'digest', async () => {
            const { reference } = image;
            const wanted = reference.tag ?? reference.digest ?? image.digest;
            const info = await options.registry(reference.registry).manifestExists(reference.repository, wanted);
            if (!info)
                target.problems.push(`${where(reference)}:${wanted} not found in the registry`);
            else if (info.digest !== image.digest)
                target.problems.push(`the registry serves ${info.digest} for ${image.shown}, but the notes give ${image.digest}`);
            else
                target.checks.push('digest');
        });
    }
    // Charts: each version resolves to the notes' digest and is a valid helm chart; helm commands name listed charts.
    const charts = [...claims.charts];
    for (const helm of claims.helm) {
        if (!helm.version) {
            notes().problems.push(`the notes print \`${helm.command}\` without --version, which installs whatever is newest`);
            continue;
        }
        if (!charts.some((c) => c.location === helm.location && c.version === helm.version)) {
            try {
                charts.push({
                    location: helm.location,
                    version: helm.version,
                    reference: (0,oci_reference/* parseReference */.F2)(`${helm.location}:${helm.version.replace(/\+/g, '_')}`),
                });
            }
            catch {
                notes().problems.push(`the notes print \`${helm.command}\`, whose chart location is not an OCI reference`);
            }
        }
    }
    for (const chart of charts)
        await verifyChart(chart, row('chart', `${chart.location}:${chart.version}`), options);
    // Signatures, as the notes' cosign commands ask for them.
    for (const claim of claims.cosign) {
        const target = subjectRow(claim, claims, charts, row);
        await guard(target, 'signature', () => verifySignatureClaim(claim, target, repository, options));
    }
    // Files: every one the notes name is uploaded; the checksums file covers every archive.
    const assets = (await options.github.paginate(options.github.rest.repos.listReleaseAssets, {
        owner: options.owner,
        repo: options.repo,
        release_id: release.id,
        per_page: 100,
    }));
    const assetNamed = (name) => assets.find((a) => a.name === name);
    const digests = new Map();
    const assetDigest = async (asset) => {
        let digest = digests.get(asset.name);
        if (!digest) {
            digest = asset.digest?.startsWith('sha256:')
                ? asset.digest
                : `sha256:${(0,external_node_crypto_.createHash)('sha256')
                    .update(await downloadAsset(options, asset))
                    .digest('hex')}`;
            digests.set(asset.name, digest);
        }
        return digest;
    };
    for (const name of claims.files) {
        const target = row('file', name);
        const asset = assetNamed(name);
        if (!asset)
            target.problems.push(`the notes name ${name}, but the release has no asset of that name`);
        else if (asset.state !== 'uploaded')
            target.problems.push(`${name} is not completely uploaded (state ${asset.state})`);
        else {
            target.checks.push('uploaded');
            if (asset.digest)
                target.digest ??= asset.digest;
        }
    }
    const checksumsName = claims.checksumsFile ?? assets.find((a) => /checksums\.txt$/i.test(a.name))?.name;
    const checksumsAsset = checksumsName ? assetNamed(checksumsName) : undefined;
    if (checksumsName && checksumsAsset?.state === 'uploaded') {
        const target = row('file', checksumsName);
        await guard(target, 'checksums', async () => {
            const entries = parseChecksums((await downloadAsset(options, checksumsAsset)).toString('utf8'));
            const archives = assets.filter((a) => a.name !== checksumsName && !SIDECAR.test(a.name) && (ARCHIVE.test(a.name) || claims.files.includes(a.name)));
            for (const name of new Set(entries.map((e) => e.name))) {
                const hashes = new Set(entries.filter((e) => e.name === name).map((e) => e.sha256));
                if (hashes.size > 1)
                    target.problems.push(`${checksumsName} lists ${name} ${hashes.size} times with different sums`);
                if (!assetNamed(name))
                    target.problems.push(`${checksumsName} lists ${name}, which is not an asset of the release`);
            }
            for (const asset of archives) {
                const archive = row('file', asset.name);
                const entry = entries.find((e) => e.name === asset.name);
                if (!entry) {
                    archive.problems.push(`${checksumsName} has no line for ${asset.name}`);
                    continue;
                }
                if (asset.state !== 'uploaded')
                    continue; // reported with the file
                const digest = await assetDigest(asset);
                archive.digest ??= digest;
                if (digest !== `sha256:${entry.sha256}`)
                    archive.problems.push(`${checksumsName} gives sha256 ${entry.sha256} for ${asset.name}, but the asset's bytes are ${digest}`);
                else
                    archive.checks.push('checksum');
            }
            target.checks.push(`covers ${archives.length} archive(s)`);
        });
    }
    // Attestations, as the notes' gh attestation commands ask for them.
    for (const claim of claims.attestations) {
        const target = claim.subject.kind === 'file'
            ? row('file', claim.subject.name)
            : subjectRow({ reference: claim.subject.reference, digest: claim.subject.digest }, claims, charts, row);
        await guard(target, 'attestation', async () => {
            let digest;
            if (claim.subject.kind === 'file') {
                const asset = assetNamed(claim.subject.name);
                if (!asset || asset.state !== 'uploaded')
                    return; // the file row says it is missing
                digest = await assetDigest(asset);
                target.digest ??= digest;
            }
            else
                digest = claim.subject.digest;
            if (!claim.repository) {
                target.problems.push(`attestation: \`${claim.command}\` names no --repo, so it checks no source repository`);
                return;
            }
            if (claim.repository.toLowerCase() !== repository.toLowerCase()) {
                target.problems.push(`attestation: \`${claim.command}\` binds ${claim.repository}, not ${repository}`);
                return;
            }
            const verdict = await verifyGitHubAttestations(options.github, digest, {
                repository: claim.repository,
                signerWorkflow: claim.signerWorkflow,
                signerRepo: claim.signerRepo,
                predicateType: claim.predicateType,
                serverUrl: options.serverUrl,
            }, options.trust);
            if (verdict.verified)
                target.checks.push('attestation');
            else
                target.problems.push(`attestation: ${verdict.error}`);
        });
    }
    const results = [...rows.values()].map((r) => ({ ...r, verified: r.problems.length === 0 }));
    const failures = results.flatMap((r) => r.problems.map((p) => `${r.artifact}: ${p}`));
    for (const failure of failures)
        log.error(failure);
    return { results, failures };
}
function where(reference) {
    return `${reference.registry}/${reference.repository}`;
}
/** The image or chart row a signature or attestation subject belongs to (by repository and digest). */
function subjectRow(subject, claims, charts, row) {
    const name = where(subject.reference);
    const image = claims.images.find((i) => where(i.reference) === name);
    if (image) {
        const target = row('image', image.shown, image.digest);
        if (image.digest !== subject.digest)
            target.problems.push(`the notes check ${subject.digest}, but the images table gives ${image.digest}`);
        return target;
    }
    const chart = charts.find((c) => where(c.reference) === name && (!c.digest || c.digest === subject.digest));
    if (chart)
        return row('chart', `${chart.location}:${chart.version}`, subject.digest);
    return row('image', `${name}@${subject.digest}`, subject.digest);
}
/** One cosign command: its identity, issuer and repository binding, verified natively. */
async function verifySignatureClaim(claim, target, repository, options) {
    if (!claim.issuer || (!claim.identity && !claim.identityRegexp)) {
        target.problems.push(`signature: \`${claim.command}\` names no ${claim.issuer ? 'certificate identity' : 'OIDC issuer'}, so it accepts any signer`);
        return;
    }
    if (claim.issuer === signing_policy/* GITHUB_ACTIONS_ISSUER */.qQ && !claim.workflowRepository) {
        target.problems.push(`signature: \`${claim.command}\` does not bind the repository (--certificate-github-workflow-repository ${repository}), so a signature made for any repository calling the same workflow passes`);
        return;
    }
    if (claim.workflowRepository && claim.workflowRepository.toLowerCase() !== repository.toLowerCase()) {
        target.problems.push(`signature: \`${claim.command}\` binds ${claim.workflowRepository}, not ${repository}`);
        return;
    }
    const policy = {
        mode: 'keyless',
        identity: claim.identityRegexp
            ? { kind: 'regexp', pattern: (0,signing_policy/* anchorPattern */.SH)(claim.identityRegexp), given: claim.identityRegexp }
            : { kind: 'exact', value: claim.identity },
        issuer: claim.issuer,
        ...(claim.issuer === signing_policy/* GITHUB_ACTIONS_ISSUER */.qQ
            ? { sourceRepository: { repository, serverUrl: options.serverUrl.replace(/\/+$/, '') } }
            : {}),
    };
    const client = options.registry(claim.reference.registry);
    const verdict = await verifyImageSignatures(client, claim.reference.repository, claim.digest, policy, options.trust, {
        retries: 0,
        retryBaseMs: 0,
        log: options.log,
        label: `${where(claim.reference)}@${claim.digest}`,
    });
    if (verdict.verified)
        target.checks.push('signature');
    else
        target.problems.push(`signature: ${verdict.error}`);
}
/** A chart version: resolves to the notes' digest, is a helm chart, and is the chart and version named. */
async function verifyChart(chart, target, options) {
    const { reference } = chart;
    const client = options.registry(reference.registry);
    try {
        const info = await client.manifestExists(reference.repository, reference.tag);
        if (!info) {
            target.problems.push(`${where(reference)}:${reference.tag} not found in the registry`);
            return;
        }
        target.digest ??= info.digest;
        if (chart.digest && info.digest !== chart.digest) {
            target.problems.push(`the registry serves ${info.digest} for version ${chart.version}, but the notes give ${chart.digest}`);
            return;
        }
        target.checks.push('digest');
        const manifest = await client.getManifest(reference.repository, info.digest);
        const layer = manifest.json.layers?.find((l) => l.mediaType === HELM_CHART_LAYER_MEDIA_TYPE);
        if (manifest.json.config?.mediaType !== HELM_CONFIG_MEDIA_TYPE || !layer) {
            target.problems.push(`${info.digest} is not a helm chart (config ${manifest.json.config?.mediaType ?? 'none'}, ${layer ? 'a' : 'no'} chart layer)`);
            return;
        }
        const data = await client.getBlob(reference.repository, layer.digest, { maxBytes: archive_MAX_CHART_SIZE });
        const label = `${chart.location}:${chart.version}`;
        const { files, entries } = await readChartArchive(data, label);
        const top = new Set(entries.map((e) => e.path.split('/')[0]));
        if (top.size !== 1) {
            target.problems.push(`its archive has ${top.size} top folders; a helm chart has one`);
            return;
        }
        const loaded = await buildChart(files, label);
        checkDependencies(loaded, label);
        const name = reference.repository.split('/').pop();
        if (loaded.metadata.name !== name || loaded.metadata.version !== chart.version)
            target.problems.push(`its archive holds chart ${loaded.metadata.name} ${loaded.metadata.version}, not ${name} ${chart.version}`);
        else
            target.checks.push('helm chart');
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        target.problems.push(`chart: ${error.message}`);
    }
}
/** An asset's bytes, as users download them (the API's octet-stream, following the storage redirect). */
async function downloadAsset(options, asset) {
    const response = await options.github.rest.repos.getReleaseAsset({
        owner: options.owner,
        repo: options.repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
    });
    return Buffer.from(response.data);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/verify-release.steps.ts
// verify-release after its inputs are valid: find the release, verify it, report one row per
// artifact. Loaded lazily by operations/verify-release.ts; the publish gate of
// release-notes-from-changelog runs the same verification through runReleaseVerification.








/** Verify `release` with the settings' registry credentials and trust root. */
async function runReleaseVerification(settings, github, release, context) {
    const clients = new Map();
    const registry = (host) => {
        let client = clients.get(host);
        if (!client) {
            // Credentials only for the registry they are for: the notes choose the other hosts.
            const mine = host === settings.credentialsRegistry;
            if (!mine && settings.password)
                context.log.info(`registry ${host}: read anonymously (the credentials are for ${settings.credentialsRegistry})`);
            client = createOciClient({
                registry: host,
                plainHttp: settings.plainHttp,
                ...(mine ? { username: settings.username, password: settings.password } : {}),
                retryBaseMs: context.runner.retryBaseMs,
                log: context.log,
            });
            clients.set(host, client);
        }
        return client;
    };
    let trust;
    return inGroup(context.log, `Verify release ${release.tag_name} of ${settings.owner}/${settings.repo}`, () => verifyRelease({
        github,
        owner: settings.owner,
        repo: settings.repo,
        release,
        registry,
        trust: () => (trust ??= loadTrust({
            trustedRootJson: settings.trustedRootJson,
            trustedRootSource: settings.trustedRootSource,
            tufCachePath: external_node_path_default().join(context.runner.runnerTemp, 'release-kit-tuf'),
            tufTimeoutMs: context.runner.tufTimeoutMs,
        })),
        serverUrl: context.runner.serverUrl,
        log: context.log,
    }));
}
/** The step summary: one row per artifact. */
function renderVerificationSummary(title, verification) {
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    const ok = verification.results.filter((r) => r.verified).length;
    return [
        `## ${title}`,
        '',
        `${ok} of ${verification.results.length} artifact(s) verified; ${verification.failures.length} problem(s).`,
        '',
        '| Artifact | Kind | Digest | Verified | Checked | Problems |',
        '| --- | --- | --- | --- | --- | --- |',
        ...verification.results.map((r) => `| \`${cell(r.artifact)}\` | ${r.kind} | ${r.digest ? `\`${r.digest}\`` : ''} | ${r.verified ? '✅' : '❌'} | ${cell(r.checks.join(', '))} | ${cell(r.problems.join('; '))} |`),
        '',
    ].join('\n');
}
async function verifyReleaseStep(settings, context) {
    const github = createGitHubClient({
        token: settings.token,
        baseUrl: context.runner.apiUrl,
        retryBaseMs: context.runner.retryBaseMs,
        log: context.log,
    });
    const release = await findReleaseForTag(github, { owner: settings.owner, repo: settings.repo, tag: settings.tag });
    if (!release)
        throw new errors/* UserError */.yo(`there is no release (draft or published) for tag ${settings.tag} in ${settings.owner}/${settings.repo}${settings.token ? '' : ' (a draft is visible only with a token that can push)'}`, { input: 'tag', value: settings.tag });
    const verification = await runReleaseVerification(settings, github, release, context);
    const summary = renderVerificationSummary(`verify-release ${settings.tag} (${release.draft ? 'draft' : 'published'})`, verification);
    const outputs = { results: verification.results, failures: verification.failures.length };
    if (verification.failures.length)
        throw new errors/* UserError */.yo(
        // Each problem is already its own error line (and a row of the summary table).
        `release ${settings.tag} of ${settings.owner}/${settings.repo} does not verify: ${verification.failures.length} problem(s) in ${verification.results.filter((r) => !r.verified).length} of ${verification.results.length} artifact(s)`, { input: 'tag', value: settings.tag, summary, outputs: { ...outputs, state: 'failed' } });
    context.log.info(`✓ release ${settings.tag} of ${settings.owner}/${settings.repo}: ${verification.results.length} artifact(s) verified`);
    return { outputs: { ...outputs, state: 'verified' }, summary };
}


/***/ }),

/***/ 2252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ pemToDer),
/* harmony export */   Fk: () => (/* binding */ legacyToSerializedBundle),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   TT: () => (/* binding */ legacySignatureFromLayer),
/* harmony export */   Z4: () => (/* binding */ COSIGN_SIGN_PREDICATE_TYPE),
/* harmony export */   Zf: () => (/* binding */ statementSubjectDigests),
/* harmony export */   _T: () => (/* binding */ simpleSigningDigest),
/* harmony export */   cX: () => (/* binding */ SIGSTORE_BUNDLE_V03_MEDIA_TYPE),
/* harmony export */   eG: () => (/* binding */ legacySignatureTag),
/* harmony export */   s: () => (/* binding */ legacySignatureLayers)
/* harmony export */ });
/* unused harmony exports SIMPLESIGNING_MEDIA_TYPE, ANNOTATION_SIGNATURE, ANNOTATION_CERTIFICATE, ANNOTATION_CHAIN, ANNOTATION_REKOR_BUNDLE, referrersFallbackTag, simpleSigningPayload */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// cosign's two ways of storing an image signature in a registry, read into plain values and Sigstore bundles.
//
// Hand-written because no JavaScript library reads cosign's registry layout: sigstore-js verifies
// bundles but knows nothing of `sha256-<hex>.sig` tags or cosign's layer annotations.

/** Media type of a legacy signature layer; its blob is the "simple signing" payload that was signed. */
const SIMPLESIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
const ANNOTATION_REKOR_BUNDLE = 'dev.sigstore.cosign/bundle';
/** Both the referrer manifest's artifactType and its layer's media type in cosign v3. */
const SIGSTORE_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The in-toto predicate type cosign v3 uses for a plain image signature (attestations use others). */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
/** The cosign tag holding legacy signatures of `digest`: `sha256-<hex>.sig`. */
function legacySignatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/** The OCI referrers tag schema's fallback index tag for `digest`: `sha256-<hex>`. */
function referrersFallbackTag(digest) {
    return digest.replace(':', '-');
}
/** The simplesigning layers of a legacy `.sig` manifest. */
function legacySignatureLayers(manifest) {
    return (manifest.layers ?? []).filter((layer) => layer.mediaType === SIMPLESIGNING_MEDIA_TYPE);
}
/** Read a legacy layer's annotations and blob into a LegacySignature (undefined when it carries no signature). */
function legacySignatureFromLayer(layer, blob, source) {
    const annotations = layer.annotations ?? {};
    const signature = annotations[ANNOTATION_SIGNATURE];
    if (!signature)
        return undefined;
    let rekorBundle;
    const rawBundle = annotations[ANNOTATION_REKOR_BUNDLE];
    if (rawBundle) {
        try {
            rekorBundle = JSON.parse(rawBundle);
        }
        catch {
            rekorBundle = undefined; // an unreadable proof counts as no proof; the verifier says so
        }
    }
    return {
        format: 'legacy',
        payload: blob,
        signature,
        certificatePem: annotations[ANNOTATION_CERTIFICATE] || undefined,
        chainPem: annotations[ANNOTATION_CHAIN] || undefined,
        rekorBundle,
        source: `${source} layer ${layer.digest}`,
    };
}
/** The image digest a simplesigning payload names (`critical.image.docker-manifest-digest`). */
function simpleSigningDigest(payload) {
    try {
        const parsed = JSON.parse(payload.toString('utf8'));
        const digest = parsed.critical?.image?.['docker-manifest-digest'];
        return typeof digest === 'string' ? digest : undefined;
    }
    catch {
        return undefined;
    }
}
/** The simplesigning payload cosign signs for `repository` at `digest`. */
function simpleSigningPayload(dockerReference, digest, optional = null) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': digest },
            type: 'cosign container image signature',
        },
        optional,
    }));
}
/** PEM blocks → DER buffers, in order. */
function pemToDer(pem) {
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    return blocks.map((block) => Buffer.from(block.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''), 'base64'));
}
/**
 * Express a legacy signature as a v0.1 Sigstore bundle (serialized JSON) so sigstore-js can verify it:
 * a message signature over the payload, the certificate chain (or a key hint), and the Rekor entry
 * rebuilt from cosign's bundle annotation, whose SET is the v0.1 inclusion promise.
 */
function legacyToSerializedBundle(signature, keyHint = 'public-key') {
    const certificates = [...pemToDer(signature.certificatePem ?? ''), ...pemToDer(signature.chainPem ?? '')];
    const tlogEntries = signature.rekorBundle ? [rekorBundleToTlogEntry(signature.rekorBundle)] : [];
    return {
        mediaType: BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial: {
            ...(certificates.length
                ? { x509CertificateChain: { certificates: certificates.map((der) => ({ rawBytes: der.toString('base64') })) } }
                : { publicKey: { hint: keyHint } }),
            tlogEntries,
            timestampVerificationData: { rfc3161Timestamps: [] },
        },
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(signature.payload).digest('base64') },
            signature: signature.signature,
        },
    };
}
function rekorBundleToTlogEntry(rekor) {
    const bodyText = Buffer.from(String(rekor.Payload?.body ?? ''), 'base64').toString('utf8');
    let kind = 'hashedrekord';
    let version = '0.0.1';
    try {
        const body = JSON.parse(bodyText);
        kind = body.kind ?? kind;
        version = body.apiVersion ?? version;
    }
    catch {
        // leave the defaults: sigstore-js then reports the body as not matching
    }
    return {
        logIndex: String(rekor.Payload?.logIndex ?? 0),
        logId: { keyId: Buffer.from(String(rekor.Payload?.logID ?? ''), 'hex').toString('base64') },
        kindVersion: { kind, version },
        integratedTime: String(rekor.Payload?.integratedTime ?? 0),
        inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
        canonicalizedBody: rekor.Payload?.body ?? '',
    };
}
/** An in-toto statement's subjects' sha256 digests, as `sha256:<hex>`. */
function statementSubjectDigests(statement) {
    const subjects = statement?.subject;
    if (!Array.isArray(subjects))
        return [];
    return subjects
        .map((s) => s?.digest?.sha256)
        .filter((hex) => typeof hex === 'string')
        .map((hex) => `sha256:${hex.toLowerCase()}`);
}


/***/ }),

/***/ 3556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   SH: () => (/* binding */ anchorPattern),
/* harmony export */   aK: () => (/* binding */ identityMatches),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER)
/* harmony export */ });
/* unused harmony exports githubWorkflowIdentity, buildPolicy, defaultSourceRepository, describePolicy */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3178);
// Who may have signed an image: a keyless identity (certificate SAN + OIDC issuer) or a public key.


/** The OIDC issuer of GitHub Actions' workload identity tokens (cosign's usual `--certificate-oidc-issuer`). */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** OWNER/REPO as GitHub allows them. */
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;
/**
 * Anchor a certificate-identity regexp so it must match the whole identity. cosign passes the pattern
 * to Go's regexp unanchored, so `https://github.com/acme/app/.*` also accepts `acme/app-evil`… and a
 * pattern without `^` accepts any prefix. A pattern that is already `^…$` (with no top-level `|`,
 * which would anchor only one branch) is kept; anything else becomes `^(?:…)$`.
 */
function anchorPattern(pattern) {
    let inner = pattern;
    const startsAnchored = inner.startsWith('^');
    const endsAnchored = /(^|[^\\])(\\\\)*\$$/.test(inner);
    if (startsAnchored && endsAnchored && !hasTopLevelAlternation(inner))
        return inner;
    if (startsAnchored)
        inner = inner.slice(1);
    if (endsAnchored)
        inner = inner.slice(0, -1);
    return `^(?:${inner})$`;
}
/** True when `|` appears outside any group or character class, i.e. it splits the whole pattern. */
function hasTopLevelAlternation(pattern) {
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            continue;
        }
        if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0)
            return true;
    }
    return false;
}
/** The keyless identity GitHub Actions gives a workflow run: `https://github.com/OWNER/REPO/.github/workflows/FILE@REF`. */
function githubWorkflowIdentity(options) {
    const server = (options.serverUrl || 'https://github.com').replace(/\/+$/, '');
    const workflow = options.workflow.replace(/^\/+/, '');
    const file = workflow.includes('/') ? workflow : `.github/workflows/${workflow}`;
    return `${server}/${options.repository}/${file}@${options.ref}`;
}
/** Does the certificate's SAN satisfy the matcher? */
function identityMatches(matcher, san) {
    if (san === undefined)
        return false;
    if (matcher.kind === 'exact')
        return san === matcher.value;
    return new RegExp(matcher.pattern, matcher.ignoreCase ? 'i' : '').test(san);
}
/** How the matcher reads in messages: the exact identity, or `/^(?:…)$/`. */
function describeIdentity(matcher) {
    return matcher.kind === 'exact' ? matcher.value : `/${matcher.pattern}/`;
}
/**
 * Turn the identity options into one policy, refusing ambiguous or incomplete combinations with a
 * message that names the inputs. Exactly one of: public-key, certificate-identity,
 * certificate-identity-regexp, workflow (+ ref + repository).
 */
function buildPolicy(options) {
    const chosen = [
        options.publicKeyPem !== undefined && 'public-key',
        options.certificateIdentity !== undefined && 'certificate-identity',
        options.certificateIdentityRegexp !== undefined && 'certificate-identity-regexp',
        options.workflow !== undefined && 'workflow',
    ].filter((x) => typeof x === 'string');
    const valid = 'exactly one of public-key, certificate-identity, certificate-identity-regexp or workflow';
    if (chosen.length === 0) {
        throw new UserError(`no signer given: set ${valid}`, { input: 'certificate-identity', value: '', valid });
    }
    if (chosen.length > 1) {
        throw new UserError(`inputs ${chosen.map((c) => `'${c}'`).join(' and ')} are both set: expected ${valid}`, {
            input: chosen[1],
            value: chosen.join(', '),
            valid,
        });
    }
    if (options.sourceRepository !== undefined) {
        if (!REPOSITORY.test(options.sourceRepository))
            throw invalidInput('source-repository', options.sourceRepository, 'OWNER/REPO, the repository whose run signed');
        if (options.publicKeyPem !== undefined)
            throw invalidInput('source-repository', options.sourceRepository, 'empty with public-key (a key carries no repository; source-repository binds keyless certificates)');
    }
    const sourceRepository = options.sourceRepository === undefined
        ? undefined
        : {
            repository: options.sourceRepository,
            serverUrl: (options.serverUrl || 'https://github.com').replace(/\/+$/, ''),
        };
    if (options.publicKeyPem !== undefined) {
        if (/PRIVATE KEY-----/.test(options.publicKeyPem)) {
            throw invalidInput('public-key', firstLine(options.publicKeyPem), 'a PEM public key, not a private key (never put a private key in a workflow)');
        }
        let publicKey;
        try {
            publicKey = createPublicKey(options.publicKeyPem);
        }
        catch (error) {
            throw invalidInput('public-key', firstLine(options.publicKeyPem), `a PEM public key or the path of a file holding one (${error.message})`);
        }
        return {
            mode: 'key',
            publicKey,
            publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
            ignoreTlog: options.ignoreTlog ?? false,
        };
    }
    if (options.ignoreTlog) {
        throw new UserError("input 'ignore-tlog' is true, but keyless signatures always need their transparency-log proof: expected ignore-tlog false, or a public-key", { input: 'ignore-tlog', value: 'true', valid: 'false (keyless), or true with public-key' });
    }
    const issuer = options.certificateOidcIssuer ?? GITHUB_ACTIONS_ISSUER;
    if (!/^https?:\/\/\S+$/.test(issuer))
        throw invalidInput('certificate-oidc-issuer', issuer, 'an issuer URL such as https://token.actions.githubusercontent.com');
    if (options.certificateIdentity !== undefined) {
        return {
            mode: 'keyless',
            identity: { kind: 'exact', value: options.certificateIdentity },
            issuer,
            ...(sourceRepository ? { sourceRepository } : {}),
        };
    }
    if (options.certificateIdentityRegexp !== undefined) {
        const pattern = anchorPattern(options.certificateIdentityRegexp);
        try {
            new RegExp(pattern);
        }
        catch (error) {
            throw invalidInput('certificate-identity-regexp', options.certificateIdentityRegexp, `a valid regular expression (${error.message})`);
        }
        return {
            mode: 'keyless',
            identity: { kind: 'regexp', pattern, given: options.certificateIdentityRegexp },
            issuer,
            ...(sourceRepository ? { sourceRepository } : {}),
        };
    }
    const workflow = options.workflow;
    if (!/^[\w./-]+\.ya?ml$/.test(workflow) || workflow.includes('..')) {
        throw invalidInput('workflow', workflow, 'a workflow file such as .github/workflows/release-images.yml');
    }
    if (!options.ref)
        throw invalidInput('ref', '', 'a git ref such as refs/tags/v0.1.0 (it defaults to GITHUB_REF, which is empty here)');
    if (!/^refs\/(tags|heads|pull)\/\S+$/.test(options.ref))
        throw invalidInput('ref', options.ref, 'a full git ref such as refs/tags/v0.1.0');
    if (!options.repository || !REPOSITORY.test(options.repository)) {
        throw invalidInput('repository', options.repository ?? '', 'OWNER/REPO (it defaults to GITHUB_REPOSITORY)');
    }
    const value = githubWorkflowIdentity({
        repository: options.repository,
        workflow,
        ref: options.ref,
        serverUrl: options.serverUrl,
    });
    return {
        mode: 'keyless',
        identity: { kind: 'exact', value },
        issuer,
        ...(sourceRepository ? { sourceRepository } : {}),
    };
}
/**
 * The repository a GitHub Actions keyless signature must come from when the user names none: the
 * repository this runs in (GITHUB_REPOSITORY). That is the source repository both when the project's
 * own workflow signed and when a reusable workflow it called did (the identity is then the reusable
 * workflow's, e.g. the release-kit pack's, for every caller). Outside a run, the repository an exact
 * workflow identity names. Undefined for keys and other issuers (their certificates name
 * repositories their own way, if at all); an error when nothing says which repository it is.
 */
function defaultSourceRepository(options) {
    const keyless = options.certificateIdentity !== undefined ||
        options.certificateIdentityRegexp !== undefined ||
        options.workflow !== undefined;
    if (!keyless || options.publicKeyPem !== undefined)
        return undefined; // buildPolicy says what is missing
    if ((options.certificateOidcIssuer ?? GITHUB_ACTIONS_ISSUER) !== GITHUB_ACTIONS_ISSUER)
        return undefined;
    if (options.callingRepository)
        return options.callingRepository;
    if (options.workflow !== undefined && options.repository)
        return options.repository;
    const server = (options.serverUrl || 'https://github.com').replace(/\/+$/, '');
    const named = options.certificateIdentity !== undefined && options.certificateIdentity.startsWith(`${server}/`)
        ? /^([^/]+\/[^/]+)\/\.github\/workflows\//.exec(options.certificateIdentity.slice(server.length + 1))?.[1]
        : undefined;
    if (named)
        return named;
    throw invalidInput('source-repository', '', 'OWNER/REPO of the repository whose run signed (there is no GITHUB_REPOSITORY to default to, and the identity names no repository)');
}
/** One-line description of a policy for logs and the summary. */
function describePolicy(policy) {
    if (policy.mode === 'key')
        return `public key${policy.ignoreTlog ? ' (transparency log not required)' : ''}`;
    return `identity ${describeIdentity(policy.identity)} from issuer ${policy.issuer}${policy.sourceRepository ? ` for repository ${policy.sourceRepository.repository}` : ''}`;
}
function firstLine(text) {
    return showValue(text.split(/\r?\n/)[0], 60).slice(1, -1);
}


/***/ }),

/***/ 5633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyAttestation: () => (/* binding */ verifyAttestation),
  v: () => (/* binding */ verifyCandidate)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/release-kit/src/signing/cosign-formats.ts
var cosign_formats = __webpack_require__(2252);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/fulcio.ts
// Fulcio's certificate extensions that name the repository whose CI run asked for a certificate,
// and the check that binds a signature to that repository.
//
// sigstore-js hands over each extension's raw value but decodes only the issuer, so the two
// repository extensions are read here (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).
/** Source Repository URI (`https://github.com/OWNER/REPO`), a DER UTF8String: what current Fulcio writes. */
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
/** GitHub Workflow Repository (`OWNER/REPO`), raw bytes: deprecated, still written, and what cosign's flag checks. */
const OID_GITHUB_WORKFLOW_REPOSITORY = '1.3.6.1.4.1.57264.1.5';
/** Read both repository extensions from a signer's extension list. */
function certificateRepository(extensions) {
    const find = (oid) => extensions?.find((e) => e.oid?.id.join('.') === oid)?.value;
    const uri = find(OID_SOURCE_REPOSITORY_URI);
    const name = find(OID_GITHUB_WORKFLOW_REPOSITORY);
    return {
        ...(uri ? { uri: derUtf8String(Buffer.from(uri)) } : {}),
        ...(name ? { name: Buffer.from(name).toString('utf8') } : {}),
    };
}
/** The one repository the certificate names, for messages: the URI's `OWNER/REPO` when it has one. */
function describeCertificateRepository(found, serverUrl) {
    if (found.uri !== undefined) {
        const prefix = `${serverUrl.replace(/\/+$/, '')}/`;
        return found.uri.toLowerCase().startsWith(prefix.toLowerCase()) ? found.uri.slice(prefix.length) : found.uri;
    }
    return found.name;
}
/**
 * Why the certificate is not bound to `binding`, or undefined when it is. Every repository extension
 * present must name the repository (GitHub names compare case-insensitively); at least one must be
 * there: a certificate that names no repository cannot be tied to one.
 */
function repositoryBindingProblem(found, binding) {
    if (found.uri === undefined && found.name === undefined)
        return `certificate names no source repository (no Source Repository URI extension ${OID_SOURCE_REPOSITORY_URI} nor GitHub Workflow Repository ${OID_GITHUB_WORKFLOW_REPOSITORY}), so it cannot be tied to ${binding.repository}`;
    const expectedUri = `${binding.serverUrl.replace(/\/+$/, '')}/${binding.repository}`;
    if (found.uri !== undefined && found.uri.toLowerCase() !== expectedUri.toLowerCase())
        return `certificate source repository is ${found.uri}, not ${binding.repository} (a run of another repository signed it)`;
    if (found.name !== undefined && found.name.toLowerCase() !== binding.repository.toLowerCase())
        return `certificate source repository is ${found.name}, not ${binding.repository} (a run of another repository signed it)`;
    return undefined;
}
/**
 * A DER UTF8String's text (tag 0x0c, short or long length). Anything else yields the bytes as
 * text, which then simply fails the comparison.
 */
function derUtf8String(der) {
    if (der.length < 2 || der[0] !== 0x0c)
        return der.toString('utf8');
    let length = der[1];
    let offset = 2;
    if (length & 0x80) {
        const bytes = length & 0x7f;
        if (bytes === 0 || bytes > 4 || der.length < 2 + bytes)
            return der.toString('utf8');
        length = der.subarray(2, 2 + bytes).reduce((n, b) => n * 256 + b, 0);
        offset = 2 + bytes;
    }
    return der.subarray(offset, offset + length).toString('utf8');
}

// EXTERNAL MODULE: ./packages/release-kit/src/signing/policy.ts
var signing_policy = __webpack_require__(3556);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/verify.ts
// Verifies one cosign signature of one image digest against a policy, with sigstore-js doing the cryptography.




/**
 * Verify `candidate` for the image `digest`. Never throws for a bad signature: the verdict says why.
 * Trust problems (no trusted root, no network) are thrown, since they affect every signature alike.
 */
async function verifyCandidate(candidate, digest, policy, trust) {
    try {
        return candidate.format === 'legacy'
            ? await verifyLegacy(candidate, digest, policy, trust)
            : await verifyBundle(candidate, digest, policy, trust);
    }
    catch (error) {
        if (error instanceof RefusedSignature)
            return {
                verified: false,
                format: candidate.format,
                source: candidate.source,
                error: error.message,
                ...error.signer,
            };
        throw error;
    }
}
class RefusedSignature extends Error {
    signer;
    constructor(message, signer = {}) {
        super(message);
        this.signer = signer;
    }
}
async function verifyLegacy(sig, digest, policy, trust) {
    if (policy.mode === 'key' && policy.ignoreTlog) {
        // No log to consult: cosign --key --insecure-ignore-tlog checks just the ECDSA signature over the payload bytes.
        let ok;
        try {
            ok = (0,external_node_crypto_.verify)('sha256', sig.payload, policy.publicKey, Buffer.from(sig.signature, 'base64'));
        }
        catch {
            ok = false;
        }
        if (!ok)
            throw new RefusedSignature('signature does not verify with the public key (wrong key, or the payload was altered)');
        checkNamedDigest((0,cosign_formats/* simpleSigningDigest */._T)(sig.payload), digest);
        return { verified: true, format: 'legacy', identity: 'public-key', source: sig.source };
    }
    if (policy.mode === 'keyless' && !sig.certificatePem)
        throw new RefusedSignature('signature has no certificate: it was made with a key, but a keyless identity is required');
    if (!sig.rekorBundle) {
        throw new RefusedSignature(policy.mode === 'key'
            ? 'signature has no transparency-log proof (no dev.sigstore.cosign/bundle annotation); set ignore-tlog: true to accept key-based signatures made without the log'
            : 'signature has no transparency-log proof (no dev.sigstore.cosign/bundle annotation); keyless signatures always need it');
    }
    const serialized = (0,cosign_formats/* legacyToSerializedBundle */.Fk)(sig);
    const signer = await verifyWithSigstore(serialized, sig.payload, policy, trust, 'legacy');
    checkNamedDigest((0,cosign_formats/* simpleSigningDigest */._T)(sig.payload), digest);
    return { verified: true, format: 'legacy', ...signer, source: sig.source };
}
/**
 * Verify a GitHub artifact attestation (a Sigstore bundle around an in-toto statement, as
 * actions/attest-build-provenance makes it) about `digest`: the same checks as a cosign v3
 * signature, with the attestation's predicate type (SLSA provenance, say) instead of cosign's.
 */
async function verifyAttestation(bundle, digest, predicateType, policy, trust, source = 'GitHub attestation') {
    try {
        return await verifyBundle({ format: 'bundle', bundle, source }, digest, policy, trust, predicateType);
    }
    catch (error) {
        if (error instanceof RefusedSignature)
            return { verified: false, format: 'bundle', source, error: error.message, ...error.signer };
        throw error;
    }
}
async function verifyBundle(sig, digest, policy, trust, predicateType = cosign_formats/* COSIGN_SIGN_PREDICATE_TYPE */.Z4) {
    const envelope = sig.bundle
        ?.dsseEnvelope;
    if (!envelope?.payload)
        throw new RefusedSignature('the Sigstore bundle holds no DSSE envelope (cosign v3 signs images with an in-toto statement)');
    if (envelope.payloadType !== cosign_formats/* IN_TOTO_PAYLOAD_TYPE */.T4)
        throw new RefusedSignature(`the DSSE payload type is ${JSON.stringify(envelope.payloadType)}, not ${cosign_formats/* IN_TOTO_PAYLOAD_TYPE */.T4}`);
    const signer = await verifyWithSigstore(sig.bundle, undefined, policy, trust, 'bundle');
    let statement;
    try {
        statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        throw new RefusedSignature('the signed in-toto statement is not JSON', signer);
    }
    if (statement?.predicateType !== predicateType) {
        throw new RefusedSignature(predicateType === cosign_formats/* COSIGN_SIGN_PREDICATE_TYPE */.Z4
            ? `the signed statement is an attestation of type ${JSON.stringify(statement?.predicateType)}, not a cosign signature (${cosign_formats/* COSIGN_SIGN_PREDICATE_TYPE */.Z4})`
            : `the attestation's predicate type is ${JSON.stringify(statement?.predicateType)}, not ${predicateType}`, signer);
    }
    const subjects = (0,cosign_formats/* statementSubjectDigests */.Zf)(statement);
    if (!subjects.includes(digest)) {
        throw new RefusedSignature(`the signed statement names ${subjects.join(', ') || 'no sha256 subject'}, not ${predicateType === cosign_formats/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? "this image's" : 'the subject'} ${digest}`, signer);
    }
    return { verified: true, format: 'bundle', ...signer, source: sig.source };
}
function checkNamedDigest(named, digest) {
    if (named === undefined)
        throw new RefusedSignature('the signed payload names no image digest (critical.image.docker-manifest-digest)');
    if (named !== digest)
        throw new RefusedSignature(`the signed payload names ${named}, not this image's ${digest} (a signature made for another image)`);
}
/**
 * Run sigstore-js over a bundle: certificate chain to a trusted CA (and SCT when the root has CT
 * logs), transparency-log inclusion (SET or proof) and body, and the signature itself. The identity
 * policy is then checked here rather than by sigstore-js, whose SAN check is an unanchored match.
 */
async function verifyWithSigstore(serialized, artifact, policy, trustProvider, format) {
    const [bundles, { Verifier, toSignedEntity }] = await Promise.all([
        __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 1040)),
        __webpack_require__.e(/* import() */ 187).then(__webpack_require__.bind(__webpack_require__, 4187)),
    ]);
    let bundle;
    try {
        bundle = bundles.bundleFromJSON(serialized);
        if (format === 'legacy' && !bundles.isBundleV01(bundle))
            throw new Error('a v0.1 bundle needs an inclusion promise on every log entry');
    }
    catch (error) {
        throw new RefusedSignature(`the signature is not a well-formed Sigstore bundle (${describe(error)})`);
    }
    const keyMaterial = bundle.verificationMaterial.content.$case;
    if (policy.mode === 'keyless' && keyMaterial === 'publicKey')
        throw new RefusedSignature('signature was made with a key, but a keyless identity is required');
    if (policy.mode === 'key' && keyMaterial !== 'publicKey')
        throw new RefusedSignature('signature carries a certificate (keyless), but a public key is required');
    const hasLog = bundle.verificationMaterial.tlogEntries.length > 0;
    if (!hasLog && !(policy.mode === 'key' && policy.ignoreTlog)) {
        throw new RefusedSignature(policy.mode === 'key'
            ? 'signature has no transparency-log entry; set ignore-tlog: true to accept key-based signatures made without the log'
            : 'signature has no transparency-log entry; keyless signatures always need the log proof');
    }
    const needLog = !(policy.mode === 'key' && policy.ignoreTlog);
    // Like cosign --insecure-ignore-tlog: log entries are not consulted at all (the trust material may list no logs).
    if (!needLog)
        bundle.verificationMaterial.tlogEntries = [];
    const trust = await trustProvider();
    const verifier = new Verifier(trust.material, {
        tlogThreshold: needLog ? 1 : 0,
        timestampThreshold: needLog ? 1 : 0,
        // A trusted root without CT logs (some private deployments) cannot vouch for any SCT.
        ctlogThreshold: policy.mode === 'keyless' && trust.hasCtLogs ? 1 : 0,
    });
    let signer;
    try {
        signer = verifier.verify(toSignedEntity(bundle, artifact));
    }
    catch (error) {
        throw new RefusedSignature(explainVerificationError(error));
    }
    if (needLog)
        checkLogEntryKeys(bundle, policy);
    if (policy.mode === 'key')
        return { identity: 'public-key' };
    const identity = signer.identity?.subjectAlternativeName;
    const issuer = signer.identity?.extensions?.issuer;
    const repository = certificateRepository(signer.identity?.oids);
    const who = {
        identity,
        issuer,
        sourceRepository: describeCertificateRepository(repository, policy.sourceRepository?.serverUrl ?? 'https://github.com'),
    };
    if (!(0,signing_policy/* identityMatches */.aK)(policy.identity, identity)) {
        throw new RefusedSignature(`certificate identity ${JSON.stringify(identity ?? '')} does not match ${(0,signing_policy/* describeIdentity */.Cl)(policy.identity)}`, who);
    }
    if (issuer !== policy.issuer) {
        throw new RefusedSignature(`certificate OIDC issuer ${JSON.stringify(issuer ?? '')} is not ${policy.issuer}`, who);
    }
    if (policy.sourceRepository) {
        const problem = repositoryBindingProblem(repository, policy.sourceRepository);
        if (problem)
            throw new RefusedSignature(problem, who);
    }
    return who;
}
/**
 * The log entry must be about this signer. sigstore-js matches the entry's signature and digest but
 * not the key or certificate recorded next to them; cosign does compare them, and so do we.
 */
function checkLogEntryKeys(bundle, policy) {
    const material = bundle.verificationMaterial.content;
    const expected = material.$case === 'x509CertificateChain'
        ? { kind: 'certificate', der: Buffer.from(material.x509CertificateChain.certificates[0].rawBytes) }
        : material.$case === 'certificate'
            ? { kind: 'certificate', der: Buffer.from(material.certificate.rawBytes) }
            : policy.mode === 'key'
                ? { kind: 'key', der: policy.publicKey.export({ type: 'spki', format: 'der' }) }
                : undefined;
    if (!expected)
        return;
    for (const entry of bundle.verificationMaterial.tlogEntries) {
        const recorded = recordedVerifier(Buffer.from(entry.canonicalizedBody).toString('utf8'));
        if (recorded === undefined)
            continue; // an entry kind without a recorded key: nothing more to compare
        let der;
        try {
            der =
                expected.kind === 'certificate'
                    ? (0,cosign_formats/* pemToDer */.BL)(recorded)[0]
                    : (0,external_node_crypto_.createPublicKey)(recorded).export({ type: 'spki', format: 'der' });
        }
        catch {
            der = undefined;
        }
        if (!der || !der.equals(expected.der)) {
            throw new RefusedSignature(`transparency-log entry records a different ${expected.kind === 'certificate' ? 'certificate' : 'public key'} than the signature carries`);
        }
    }
}
/** The PEM key or certificate a Rekor entry body records for its signature, if its kind has one. */
function recordedVerifier(bodyText) {
    try {
        const body = JSON.parse(bodyText);
        const paths = {
            hashedrekord: ['spec', 'signature', 'publicKey', 'content'],
            dsse: ['spec', 'signatures', 0, 'verifier'],
            intoto: ['spec', 'content', 'envelope', 'signatures', 0, 'publicKey'],
        };
        const path = typeof body.kind === 'string' ? paths[body.kind] : undefined;
        const b64 = path?.reduce((value, key) => value?.[key], body);
        return typeof b64 === 'string' ? Buffer.from(b64, 'base64').toString('utf8') : undefined;
    }
    catch {
        return undefined;
    }
}
/** sigstore-js error codes → what failed, in words a release engineer can act on. */
function explainVerificationError(error) {
    const code = error?.code;
    const detail = describe(error);
    switch (code) {
        case 'CERTIFICATE_ERROR':
            return `certificate is not trusted: ${detail} (not issued by a CA in the trust root, expired, or no valid SCT)`;
        case 'SIGNATURE_ERROR':
            return 'signature does not verify (the signed payload was altered, or it was signed by another key)';
        case 'PUBLIC_KEY_ERROR':
            return `public key not usable: ${detail}`;
        case 'TLOG_INCLUSION_PROMISE_ERROR':
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_MISSING_INCLUSION_ERROR':
            return `transparency-log proof does not verify against the trusted logs: ${detail}`;
        case 'TLOG_BODY_ERROR':
            return `transparency-log entry does not match the signature: ${detail} (the payload or signature was altered)`;
        case 'TLOG_ERROR':
            return `transparency-log proof missing: ${detail}`;
        case 'TIMESTAMP_ERROR':
            return `no verifiable signing time: ${detail} (a transparency-log entry with an inclusion promise is needed)`;
        default:
            return `verification failed: ${detail}`;
    }
}
function describe(error) {
    return String(error?.message ?? error).split('\n')[0];
}


/***/ })

};

//# sourceMappingURL=309.index.js.map