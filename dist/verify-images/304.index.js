export const id = 304;
export const ids = [304];
export const modules = {

/***/ 8304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyImages: () => (/* binding */ verifyImages)
});

// UNUSED EXPORTS: IMAGE_CONCURRENCY

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
function describeBlob(mediaType, data) {
    return { mediaType, digest: sha256Digest(data), size: data.length };
}
/** `sha256:<hex>` of the bytes. */
function sha256Digest(data) {
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
    async ensureBlob(repository, data, digest = sha256Digest(data)) {
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
    async uploadBlob(repository, data, digest = sha256Digest(data)) {
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
        const digest = sha256Digest(bytes);
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
        const digest = sha256Digest(bytes);
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

;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/concurrency.ts
// Bounded concurrency: one limiter for every place that runs many uploads, hashes or checks at once.
/**
 * Run `task` over `items` with at most `limit` in flight, keeping the input order in the result.
 * After the first failure no new item starts; the ones in flight finish, then that first error is
 * thrown, so a caller never sees a half-started batch keep going behind its back.
 */
async function mapLimit(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    let failed;
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length && failed === undefined) {
            const index = next++;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failed ??= error;
            }
        }
    });
    await Promise.all(workers);
    if (failed !== undefined)
        throw failed;
    return results;
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
/** The first executable `name` (`name.exe` on Windows) in the directories of `pathEnv`, or undefined. */
async function findExecutable(name, pathEnv) {
    const file = process.platform === 'win32' ? `${name}.exe` : name;
    for (const dir of pathEnv.split(path.delimiter).filter(Boolean)) {
        const candidate = path.join(dir, file);
        try {
            await access(candidate, constants.X_OK);
            if ((await stat(candidate)).isFile())
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
        throw new ExecError(command, args, out);
    return out;
}
/** This process's environment, passed through to a child untouched (never read here). */
function inheritedEnv() {
    // eslint-disable-next-line no-restricted-properties -- passed through to the child untouched
    return process.env;
}

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts + 2 modules
var fs = __webpack_require__(1108);
// EXTERNAL MODULE: ./packages/release-kit/src/signing/policy.ts
var signing_policy = __webpack_require__(3556);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/cosign-cli.ts
// The `cosign` engine: the `cosign verify` command for a policy, finding or installing cosign, reading its output.







/** The cosign release installed when none is on PATH. */
const COSIGN_VERSION = 'v3.0.5';
/**
 * sha256 of the COSIGN_VERSION release binaries (the release's cosign_checksums.txt, as
 * sigstore/cosign-installer pins them for its bootstrap). A download whose hash differs is refused;
 * never fill this table from the download itself. test/signing/fixtures/ holds the published values
 * with their source, and a test holds this table to them.
 */
const COSIGN_SHA256 = {
    'cosign-linux-amd64': 'db15cc99e6e4837daabab023742aaddc3841ce57f193d11b7c3e06c8003642b2',
    'cosign-linux-arm': '4866f388e87125f1f492231dbbb347bb73b601c810595b65b2ae09eae4c8a99d',
    'cosign-linux-arm64': 'd098f3168ae4b3aa70b4ca78947329b953272b487727d1722cb3cb098a1a20ab',
    'cosign-darwin-amd64': 'e032c44d3f7c247bbb2966b41239f88ffba002497a4516358d327ad5693c386f',
    'cosign-darwin-arm64': '4888c898e2901521a6bd4cf4f0383c9465588a6a46ecd2465ad34faf13f09eb7',
    'cosign-windows-amd64.exe': '44e9e44202b67ddfaaf5ea1234f5a265417960c4ae98c5b57c35bc40ba9dd714',
};
/** cosign's documented exit codes for `verify`. */
const COSIGN_EXIT_CODES = {
    10: 'no signatures found for the image',
    11: 'image tag not found',
    12: 'no signature matches the policy (identity, issuer or key)',
};
/** The argument array for `cosign verify` (no shell; each value is one argument). */
function cosignVerifyArgs(options) {
    const args = ['verify', '--output', 'json'];
    const { policy } = options;
    if (policy.mode === 'key') {
        args.push('--key', options.publicKeyFile ?? 'cosign.pub');
        if (policy.ignoreTlog)
            args.push('--insecure-ignore-tlog=true');
    }
    else {
        if (policy.identity.kind === 'exact')
            args.push('--certificate-identity', policy.identity.value);
        // Already anchored by the policy: cosign itself would accept any match anywhere in the identity.
        else
            args.push('--certificate-identity-regexp', policy.identity.pattern);
        args.push('--certificate-oidc-issuer', policy.issuer);
        // cosign has no flag for the Source Repository URI extension; this one checks the legacy GitHub
        // Workflow Repository extension, which Fulcio still writes for GitHub Actions.
        if (policy.sourceRepository)
            args.push('--certificate-github-workflow-repository', policy.sourceRepository.repository);
    }
    if (options.trustedRootFile)
        args.push('--trusted-root', options.trustedRootFile);
    if (options.plainHttp)
        args.push('--allow-http-registry', '--allow-insecure-registry');
    args.push(options.image);
    return args;
}
/** The same command as one line a person can paste into a shell (POSIX single-quoting). */
function cosignCommandLine(args) {
    return ['cosign', ...args].map(shellQuote).join(' ');
}
function shellQuote(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
/**
 * Read `cosign verify --output json`: a JSON array of verified payloads. At least one must name
 * `digest` (cosign checks this too; checking again costs nothing and catches a wrong image argument).
 */
function parseCosignVerifyOutput(stdout, digest) {
    const line = stdout.split(/\r?\n/).find((l) => l.trim().startsWith('['));
    if (!line)
        return { verified: false, error: 'cosign printed no JSON result' };
    let payloads;
    try {
        payloads = JSON.parse(line);
    }
    catch {
        return { verified: false, error: 'cosign printed a result that is not JSON' };
    }
    if (!Array.isArray(payloads) || payloads.length === 0)
        return { verified: false, error: 'cosign verified no signature' };
    const matching = payloads.find((p) => p?.critical?.image?.['docker-manifest-digest'] === digest);
    if (!matching) {
        const named = payloads.map((p) => p?.critical?.image?.['docker-manifest-digest']).join(', ');
        return { verified: false, error: `cosign's verified payloads name ${named || 'no digest'}, not ${digest}` };
    }
    const optional = matching.optional ?? {};
    return {
        verified: true,
        identity: typeof optional.Subject === 'string' ? optional.Subject : undefined,
        issuer: typeof optional.Issuer === 'string' ? optional.Issuer : undefined,
    };
}
/** A failed cosign run as one line: the documented meaning of its exit code, then its last words. */
function explainCosignFailure(exitCode, stderr, policy) {
    const lastLine = stderr
        .trim()
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .pop() ?? '';
    const meaning = COSIGN_EXIT_CODES[exitCode];
    const wanted = policy.mode === 'key' ? 'the public key' : `${(0,signing_policy/* describeIdentity */.Cl)(policy.identity)} from ${policy.issuer}`;
    if (exitCode === 12)
        return `cosign: ${meaning}: expected ${wanted}${lastLine ? ` (${lastLine})` : ''}`;
    if (meaning)
        return `cosign: ${meaning}${lastLine ? ` (${lastLine})` : ''}`;
    return `cosign exited with ${exitCode}${lastLine ? `: ${lastLine}` : ''}`;
}
/** cosign's release asset name for this machine. */
function cosignAssetName(platform = process.platform, arch = process.arch) {
    const os = platform === 'win32' ? 'windows' : platform;
    const cpu = arch === 'x64' ? 'amd64' : arch;
    return `cosign-${os}-${cpu}${os === 'windows' ? '.exe' : ''}`;
}
/** Check a downloaded cosign binary against the pinned table. */
function checkCosignDownload(asset, bytes) {
    const expected = COSIGN_SHA256[asset];
    if (!expected)
        throw new errors/* UserError */.yo(`no pinned sha256 for ${asset} of cosign ${COSIGN_VERSION}; install cosign on PATH (e.g. sigstore/cosign-installer) or use engine: sigstore`);
    const actual = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (actual !== expected)
        throw new errors/* UserError */.yo(`downloaded ${asset} of cosign ${COSIGN_VERSION} has sha256 ${actual}, expected ${expected}; refusing to run it`);
}
/**
 * Find cosign: on PATH, else in the tool cache, else download the pinned release and check its
 * sha256. `download` is injected so tests can exercise the check without the network.
 */
async function locateCosign(options) {
    for (const dir of options.pathEnv.split((external_node_path_default()).delimiter).filter(Boolean)) {
        const candidate = external_node_path_default().join(dir, 'cosign');
        if (await isExecutable(candidate))
            return candidate;
    }
    const asset = cosignAssetName();
    const installed = external_node_path_default().join(options.toolDir, `cosign-${COSIGN_VERSION}`, 'cosign');
    if (await isExecutable(installed)) {
        checkCosignDownload(asset, await (0,promises_.readFile)(installed));
        return installed;
    }
    const url = `https://github.com/sigstore/cosign/releases/download/${COSIGN_VERSION}/${asset}`;
    if (options.downloadAllowed === false) {
        throw new errors/* UserError */.yo(`engine 'cosign' needs cosign on PATH: downloads are switched off (RELEASE_KIT_COSIGN_DOWNLOAD=off); install cosign first or use engine: sigstore`, {
            input: 'engine',
            value: 'cosign',
            valid: 'sigstore, or cosign with cosign on PATH',
        });
    }
    if (!COSIGN_SHA256[asset]) {
        throw new errors/* UserError */.yo(`engine 'cosign' needs cosign on PATH: this release-kit has no pinned sha256 for ${asset} ${COSIGN_VERSION}, so it will not download ${url}; install cosign first (sigstore/cosign-installer) or use engine: sigstore (no download)`, { input: 'engine', value: 'cosign', valid: 'sigstore, or cosign with cosign on PATH' });
    }
    let bytes;
    try {
        bytes = await (options.download ?? defaultDownload)(url);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`could not download cosign from ${url} (${error.message}); install cosign on PATH or use engine: sigstore`, {
            input: 'engine',
            value: 'cosign',
            valid: 'sigstore, or cosign with cosign on PATH',
        });
    }
    checkCosignDownload(asset, bytes);
    await (0,promises_.mkdir)(external_node_path_default().dirname(installed), { recursive: true });
    await (0,fs/* writeFileAtomic */.Zf)(installed, bytes, 0o755);
    await (0,promises_.chmod)(installed, 0o755);
    return installed;
}
async function defaultDownload(url) {
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
    if (!response.ok)
        throw new Error(`HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
}
async function isExecutable(file) {
    try {
        await (0,promises_.access)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var dist = __webpack_require__(4423);
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
            (0,dist.getTrustedRoot)({
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

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/verify-images.steps.ts
// verify-images after its inputs are valid: registry digests, signatures (sigstore-js or cosign),
// the summary. Loaded lazily by operations/verify-images.ts.











/**
 * Images verified at once. Each costs a few registry round trips and little CPU, so a release's
 * images (kruntimes: five; 20 in the benchmark) go in one wave; the bound keeps a long list from
 * opening hundreds of connections to one registry.
 */
const IMAGE_CONCURRENCY = 24;
async function verifyImages(settings, context) {
    const { log } = context;
    log.info(`verify-images: ${settings.images.length} image(s), ${(0,signing_policy/* describePolicy */.wy)(settings.policy)}, engine ${settings.engine}`);
    // One client per registry, shared by the concurrent checks (and so by their token exchanges).
    const clients = new Map();
    const clientFor = (registry) => {
        let client = clients.get(registry);
        if (!client) {
            client = createOciClient({
                registry,
                plainHttp: settings.plainHttp,
                username: settings.username,
                password: settings.password,
                retryBaseMs: context.runner.retryBaseMs,
                log,
            });
            clients.set(registry, client);
        }
        return client;
    };
    let trustPromise;
    const trust = () => {
        const { policy } = settings;
        if (!trustPromise) {
            const publicKey = policy.mode === 'key' ? policy.publicKey : undefined;
            trustPromise =
                policy.mode === 'key' && policy.ignoreTlog && settings.trustedRootJson === undefined
                    ? Promise.resolve(keyOnlyTrust(policy.publicKey))
                    : loadTrust({
                        trustedRootJson: settings.trustedRootJson,
                        trustedRootSource: settings.trustedRootPath,
                        tufCachePath: external_node_path_default().join(context.runner.runnerTemp, 'release-kit-tuf'),
                        tufTimeoutMs: context.runner.tufTimeoutMs,
                    }, publicKey);
        }
        return trustPromise;
    };
    let cosign;
    if (settings.engine === 'cosign')
        cosign = await prepareCosign(settings, context);
    const results = [];
    const commands = [];
    try {
        // Verified concurrently, each into its own log buffer; reported in input order, one group each.
        const outcomes = await mapLimit(settings.images, IMAGE_CONCURRENCY, async (image) => {
            const buffer = bufferedLogger();
            const result = await verifyImage(image, settings, clientFor(image.reference.registry), trust, cosign, context, buffer.log);
            return { image, result, buffer };
        });
        for (const { image, result, buffer } of outcomes) {
            await inGroup(log, `Verify ${image.text}`, async () => buffer.replay(log));
            results.push(result);
            commands.push(await equivalentCommand(image.reference, result.digest, settings));
            if (result.verified)
                log.info(`✓ ${image.text} ${result.digest}: ${result.format} signature by ${result.identity}${result.issuer ? ` (${result.issuer})` : ''}${result['source-repository'] ? ` for ${result['source-repository']}` : ''}`);
        }
    }
    finally {
        await cosign?.cleanup();
    }
    const failed = results.filter((r) => !r.verified);
    const summary = renderSummary(results, commands, settings);
    // One failed image is the failure itself, in one line; several get a line each, then the count.
    if (failed.length > 1)
        for (const result of failed)
            log.error(`${result.image}: ${result.error}`);
    if (failed.length) {
        throw new errors/* UserError */.yo(failed.length === 1
            ? `${failed[0].image}: ${failed[0].error}`
            : `${failed.length} of ${results.length} image(s) failed verification: ${failed.map((r) => r.image).join(', ')}`, {
            input: 'images',
            value: failed.map((r) => r.image),
            summary,
            outputs: { results, verified: results.length - failed.length, state: 'failed' },
        });
    }
    return { outputs: { results, verified: results.length, state: 'verified' }, summary };
}
async function verifyImage(image, settings, client, trust, cosign, context, log) {
    const result = {
        image: image.text,
        digest: null,
        verified: false,
        identity: null,
        issuer: null,
        'source-repository': null,
        format: null,
        error: null,
    };
    const { reference } = image;
    const where = `${reference.registry}/${reference.repository}`;
    try {
        const wanted = reference.digest ?? reference.tag;
        // Tags and signatures can lag a push by a moment: retry "not there yet", never a refusal.
        const info = await (0,retry/* pollUntil */.g3)(() => client.manifestExists(reference.repository, wanted), (found) => found !== undefined, { retries: settings.retries, baseMs: context.runner.retryBaseMs });
        if (!info) {
            result.error = `${reference.digest ? `digest ${reference.digest}` : `tag ${reference.tag}`} not found in ${where}`;
            return result;
        }
        result.digest = info.digest;
        const expected = settings.expected.get(image.text);
        if (expected && expected !== info.digest) {
            result.error = `registry digest ${info.digest} differs from expected-digests ${expected} (the image was pushed again, or the wrong build's digest was passed)`;
            return result;
        }
        if (cosign) {
            Object.assign(result, await cosign.verify(`${where}@${info.digest}`, info.digest));
            return result;
        }
        const { verifyImageSignatures } = await __webpack_require__.e(/* import() */ 13).then(__webpack_require__.bind(__webpack_require__, 4013));
        const verdict = await verifyImageSignatures(client, reference.repository, info.digest, settings.policy, trust, {
            retries: settings.retries,
            retryBaseMs: context.runner.retryBaseMs,
            log,
            label: image.text,
        });
        Object.assign(result, {
            verified: verdict.verified,
            identity: verdict.identity ?? null,
            issuer: verdict.issuer ?? null,
            'source-repository': verdict.sourceRepository ?? null,
            format: verdict.format ?? null,
            error: verdict.error ?? null,
        });
        return result;
    }
    catch (error) {
        if (error instanceof TrustUnavailableError || !(0,errors/* isUserError */.iU)(error))
            throw error;
        result.error = error.message;
        return result;
    }
}
/** The `cosign verify` a person would run to repeat this check by hand. */
async function equivalentCommand(reference, digest, settings) {
    const image = `${reference.registry}/${reference.repository}${digest ? `@${digest}` : reference.digest ? `@${reference.digest}` : `:${reference.tag}`}`;
    return cosignCommandLine(cosignVerifyArgs({
        image,
        policy: settings.policy,
        publicKeyFile: settings.publicKeyPath ?? 'cosign.pub',
        trustedRootFile: settings.trustedRootPath ?? (settings.trustedRootJson ? 'trusted_root.json' : undefined),
        plainHttp: settings.plainHttp,
    }));
}
function renderSummary(results, commands, settings) {
    const cell = (text) => (text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    const ok = results.filter((r) => r.verified).length;
    const lines = [
        '## verify-images',
        '',
        `${ok} of ${results.length} image(s) verified; policy: ${cell((0,signing_policy/* describePolicy */.wy)(settings.policy))}; engine: ${settings.engine}.`,
        '',
        '| Image | Digest | Verified | Format | Signer | Problem |',
        '| --- | --- | --- | --- | --- | --- |',
        ...results.map((r) => `| \`${cell(r.image)}\` | ${r.digest ? `\`${r.digest}\`` : ''} | ${r.verified ? '✅' : '❌'} | ${r.format ?? ''} | ${cell(r.identity)}${r.issuer ? ` (${cell(r.issuer)})` : ''}${r['source-repository'] ? ` for ${cell(r['source-repository'])}` : ''} | ${cell(r.error)} |`),
        '',
        '### Verify by hand',
        '',
        'The same checks with cosign (the identity pattern is anchored; cosign does not anchor it itself):',
        '',
        '```sh',
        ...commands,
        '```',
        '',
    ];
    return lines.join('\n');
}
/** Find cosign and write what it needs (key, trusted root, registry login) into a private temp dir. */
async function prepareCosign(settings, context) {
    const binary = await locateCosign({
        pathEnv: context.runner.path,
        downloadAllowed: context.runner.cosignDownload,
        toolDir: external_node_path_default().join(context.runner.runnerTemp, 'release-kit-tools'),
    });
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(context.runner.runnerTemp, 'release-kit-cosign-'));
    const { policy } = settings;
    let publicKeyFile;
    if (policy.mode === 'key') {
        publicKeyFile = external_node_path_default().join(dir, 'cosign.pub');
        await (0,promises_.writeFile)(publicKeyFile, policy.publicKeyPem, { mode: 0o600 });
    }
    let trustedRootFile;
    if (settings.trustedRootJson !== undefined) {
        trustedRootFile = external_node_path_default().join(dir, 'trusted_root.json');
        await (0,promises_.writeFile)(trustedRootFile, settings.trustedRootJson, { mode: 0o600 });
    }
    // Registry credentials go in a private Docker config, never on cosign's command line.
    const dockerConfig = external_node_path_default().join(dir, 'docker');
    if (settings.username && settings.password) {
        const auth = Buffer.from(`${settings.username}:${settings.password}`).toString('base64');
        const auths = Object.fromEntries([...new Set(settings.images.map((i) => i.reference.registry))].map((host) => [host, { auth }]));
        await (0,promises_.mkdir)(dockerConfig, { recursive: true, mode: 0o700 });
        await (0,promises_.writeFile)(external_node_path_default().join(dockerConfig, 'config.json'), JSON.stringify({ auths }), { mode: 0o600 });
    }
    return {
        async verify(image, digest) {
            const args = cosignVerifyArgs({ image, policy, publicKeyFile, trustedRootFile, plainHttp: settings.plainHttp });
            const outcome = await run(binary, args, { allowFailure: true, env: { DOCKER_CONFIG: dockerConfig } });
            if (outcome.exitCode !== 0)
                return { verified: false, error: explainCosignFailure(outcome.exitCode, outcome.stderr, policy) };
            const parsed = parseCosignVerifyOutput(outcome.stdout, digest);
            return {
                verified: parsed.verified,
                identity: parsed.identity ?? (policy.mode === 'key' ? 'public-key' : null),
                issuer: parsed.issuer ?? null,
                'source-repository': policy.mode === 'keyless' ? (policy.sourceRepository?.repository ?? null) : null,
                format: null,
                error: parsed.error ?? null,
            };
        },
        async cleanup() {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}


/***/ })

};

//# sourceMappingURL=304.index.js.map