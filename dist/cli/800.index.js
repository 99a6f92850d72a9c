export const id = 800;
export const ids = [800];
export const modules = {

/***/ 43800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dj: () => (/* binding */ createOciClient)
});

// UNUSED EXPORTS: OciClient, RegistryError, createOciStats, mediaTypeOfManifest, referrersTagOf

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var log = __webpack_require__(49983);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(28135);
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

// EXTERNAL MODULE: ./packages/release-kit/src/oci/digest.ts
var oci_digest = __webpack_require__(41980);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/media-types.ts
var media_types = __webpack_require__(3818);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/reference.ts
var oci_reference = __webpack_require__(84123);
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
        this.log = options.log ?? log/* silentLogger */.qq;
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
        (0,oci_digest/* assertDigest */.V7)(bytes, digest, `blob ${digest} from ${this.registry}/${repository}`);
        return bytes;
    }
    /**
     * Upload `data` as a blob unless the registry already has it (HEAD first). Returns the digest and
     * whether bytes were sent.
     */
    async ensureBlob(repository, data, digest = (0,oci_digest/* sha256Digest */.sI)(data)) {
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
    async uploadBlob(repository, data, digest = (0,oci_digest/* sha256Digest */.sI)(data)) {
        checkRepository(repository);
        checkDigest(digest);
        (0,oci_digest/* assertDigest */.V7)(data, digest, `blob to upload to ${this.registry}/${repository}`);
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
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY.join(', ') },
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
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY.join(', ') },
        });
        if (response.status !== 200)
            throw await this.failure(response, 'GET manifest', repository, reference);
        const bytes = await readLimited(response, MAX_MANIFEST_BYTES, `manifest ${reference}`);
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        const where = `manifest ${reference} from ${this.registry}/${repository}`;
        if ((0,oci_reference/* isValidDigest */.fH)(reference))
            (0,oci_digest/* assertDigest */.V7)(bytes, reference, where);
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
        const mediaType = json.mediaType ?? contentType(response) ?? (Array.isArray(json.manifests) ? media_types/* OCI_INDEX */.$p : media_types/* OCI_MANIFEST */.EG);
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
        const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
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
            headers: { accept: media_types/* OCI_INDEX */.$p },
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
                    headers: { accept: media_types/* OCI_INDEX */.$p },
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
        if (!(0,media_types/* isIndexMediaType */.$$)(index.mediaType) && !Array.isArray(index.json.manifests))
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
    return Array.isArray(json.manifests) ? media_types/* OCI_INDEX */.$p : media_types/* OCI_MANIFEST */.EG;
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

/***/ 3818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT)
/* harmony export */ });
/* unused harmony exports DOCKER_MANIFEST, DOCKER_MANIFEST_LIST */
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


/***/ })

};

//# sourceMappingURL=800.index.js.map