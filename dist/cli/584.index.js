export const id = 584;
export const ids = [584];
export const modules = {

/***/ 60584:
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
;// CONCATENATED MODULE: ./packages/release-kit/src/oci/auth.ts
// Registry authentication pieces: WWW-Authenticate challenges, token scopes, Basic headers.
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

// EXTERNAL MODULE: ./packages/release-kit/src/oci/digest.ts
var oci_digest = __webpack_require__(41980);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/media-types.ts
var media_types = __webpack_require__(3818);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/reference.ts
var oci_reference = __webpack_require__(84123);
;// CONCATENATED MODULE: ./packages/release-kit/src/oci/client.ts







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
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Waits longer than this (after scaling) are not slept through: the request fails instead. */
const MAX_RETRY_AFTER_MS = 5 * 60 * 1000;
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
    options;
    log;
    retries;
    retryBaseMs;
    fetchImpl;
    /** The last challenge seen; after it, credentials go with every request without another 401. */
    challenge;
    tokens = new Map();
    pendingTokens = new Map();
    constructor(options) {
        if (!/^[A-Za-z0-9.-]+(?::[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?$/.test(options.registry)) {
            throw new errors/* UserError */.yo(`invalid registry host ${(0,errors/* showValue */.vp)(options.registry)}: expected HOST or HOST:PORT`);
        }
        this.options = options;
        this.registry = options.registry.toLowerCase();
        // Docker Hub's API lives on another host than its name; everything else is served where it is named.
        const apiHost = this.registry === 'docker.io' || this.registry === 'index.docker.io' ? 'registry-1.docker.io' : this.registry;
        this.baseUrl = `${options.plainHttp ? 'http' : 'https'}://${apiHost}`;
        this.stats = options.stats ?? createOciStats();
        this.log = options.log ?? log/* silentLogger */.qq;
        this.retries = options.retries ?? 4;
        this.retryBaseMs = options.retryBaseMs ?? retry/* DEFAULT_RETRY_BASE_MS */.Qg;
        this.fetchImpl = options.fetch ?? fetch;
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
        for (let attempt = 0;; attempt += 1) {
            try {
                await this.uploadOnce(repository, data, digest);
                return;
            }
            catch (error) {
                if (!isTransient(error))
                    throw this.finalError(error, `upload of blob ${digest}`, repository);
                if (attempt >= this.retries) {
                    throw new RegistryError((0,errors/* gaveUpMessage */.Sw)({
                        failed: `registry ${this.registry} kept failing the upload of blob ${digest} to ${repository}`,
                        reason: transientReason(error),
                        tries: attempt + 1,
                        fix: SERVICE_TROUBLE,
                    }), {
                        registry: this.registry,
                        repository,
                        transient: true,
                        status: error instanceof TransientStatus ? error.status : undefined,
                    });
                }
                this.stats.uploadRestarts += 1;
                const wait = this.backoff(attempt, error instanceof TransientStatus ? error.retryAfterMs : undefined);
                this.log.debug(`oci: upload of ${digest} to ${this.registry}/${repository} failed (${(0,retry/* describeNetworkError */.gl)(error)}); restarting the session in ${wait} ms`);
                await (0,retry/* sleep */.yy)(wait);
                if (await this.blobExists(repository, digest))
                    return;
            }
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
            if (this.isRetryableStatus(start)) {
                await discard(start);
                throw new TransientStatus(start.status, (0,retry/* retryAfterMs */.Vs)(start.headers, this.retryBaseMs));
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
            if (this.isRetryableStatus(put)) {
                await discard(put);
                throw new TransientStatus(put.status, (0,retry/* retryAfterMs */.Vs)(put.headers, this.retryBaseMs));
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
    // ---------------------------------------------------------------- transport
    url(repository, rest) {
        return `${this.baseUrl}/v2/${repository}/${rest}`;
    }
    /**
     * Send one request: credentials for the current challenge, a 401 answered once by (re)authenticating,
     * and 5xx / 429 / broken connections retried with back-off. Returns the response for the caller
     * to judge; throws only when the retries are exhausted or auth cannot be satisfied.
     */
    async send(request) {
        const retries = request.retries ?? this.retries;
        let authRounds = 0;
        for (let attempt = 0;;) {
            const authorization = await this.authorizationFor(request);
            let response;
            try {
                response = await this.fetchOnce(request, authorization);
            }
            catch (error) {
                if (!isTransient(error) || attempt >= retries)
                    throw this.finalError(error, `${request.method} ${pathOf(request.url)}`, request.repository);
                await this.retryWait(request, attempt, (0,retry/* describeNetworkError */.gl)(error));
                attempt += 1;
                continue;
            }
            if (response.status === 401 && authRounds < 2) {
                const challenge = pickChallenge(parseChallenges(response.headers.get('www-authenticate')));
                // A 401 to credentials we already sent for this challenge is a refusal, not a challenge.
                const refused = authorization !== undefined && challenge?.scheme === 'basic' && this.challenge?.scheme === 'basic';
                if (challenge && !refused) {
                    await discard(response);
                    this.stats.authChallenges += 1;
                    this.challenge = challenge;
                    if (challenge.scheme === 'bearer')
                        await this.fetchToken(request, challenge, authorization !== undefined);
                    else if (!this.hasCredentials())
                        return response;
                    authRounds += 1;
                    continue;
                }
            }
            if (this.isRetryableStatus(response) && attempt < retries) {
                const wait = (0,retry/* retryAfterMs */.Vs)(response.headers, this.retryBaseMs);
                if (wait === undefined || wait <= MAX_RETRY_AFTER_MS) {
                    await discard(response);
                    await this.retryWait(request, attempt, `HTTP ${response.status}`, wait);
                    attempt += 1;
                    continue;
                }
            }
            return response;
        }
    }
    isRetryableStatus(response) {
        return (0,retry/* isTransientStatus */.Dm)(response.status, response.headers);
    }
    async retryWait(request, attempt, why, retryAfter) {
        this.stats.retries += 1;
        const wait = this.backoff(attempt, retryAfter);
        this.log.debug(`oci: ${request.method} ${pathOf(request.url)} on ${this.registry}: ${why}; retry ${attempt + 1} in ${wait} ms`);
        await (0,retry/* sleep */.yy)(wait);
    }
    /** The server's Retry-After when it gave one, else the shared back-off. */
    backoff(attempt, retryAfter) {
        return retryAfter ?? (0,retry/* backoffMs */.jo)(attempt, this.retryBaseMs);
    }
    async fetchOnce(request, authorization) {
        this.stats.requests += 1;
        this.stats[request.kind] += 1;
        if (request.kind === 'blobHeads' || request.kind === 'manifestHeads')
            this.stats.heads += 1;
        const headers = {
            'user-agent': this.options.userAgent ?? 'release-kit',
            ...request.headers,
        };
        // Credentials go to the registry's own origin only (an upload Location may point at storage elsewhere).
        if (authorization && new URL(request.url).origin === new URL(this.baseUrl).origin)
            headers.authorization = authorization;
        this.log.debug(`oci: ${request.method} ${pathOf(request.url)}`);
        const response = await this.fetchImpl(request.url, {
            method: request.method,
            headers,
            body: request.body,
            redirect: request.method === 'GET' || request.method === 'HEAD' ? 'follow' : 'manual',
            // A big body gets extra time (at 50 kB/s at least) on top of the per-request timeout.
            signal: AbortSignal.timeout((this.options.timeoutMs ?? 120_000) + Math.ceil((request.body?.length ?? 0) / 50)),
        });
        if (response.status === 401) {
            // Undo the count: the replay after authenticating is the request that counts.
            this.stats[request.kind] -= 1;
            if (request.kind === 'blobHeads' || request.kind === 'manifestHeads')
                this.stats.heads -= 1;
        }
        return response;
    }
    hasCredentials() {
        return this.options.username !== undefined && this.options.username !== '' && this.options.password !== undefined;
    }
    tokenKey(repository, push) {
        return repositoryScope(repository, push || this.options.push === true);
    }
    async authorizationFor(request) {
        if (!this.challenge)
            return undefined;
        if (this.challenge.scheme === 'basic') {
            return this.hasCredentials() ? basicAuthorization(this.options.username, this.options.password) : undefined;
        }
        if (this.challenge.scheme !== 'bearer')
            return undefined;
        const now = Date.now();
        const exact = this.tokens.get(this.tokenKey(request.repository, request.push));
        if (exact && exact.expiresAt > now)
            return `Bearer ${exact.token}`;
        // A pull,push token also covers pulls.
        if (!request.push) {
            const wider = this.tokens.get(repositoryScope(request.repository, true));
            if (wider && wider.expiresAt > now)
                return `Bearer ${wider.token}`;
        }
        // Known Bearer registry but no token for this scope yet: fetch one now rather than wait for a 401.
        const token = await this.fetchToken(request, this.challenge, false);
        return `Bearer ${token.token}`;
    }
    /** GET realm?service=…&scope=… (Basic credentials if any) → {token | access_token}; one in flight per scope. */
    async fetchToken(request, challenge, renew) {
        const scope = this.tokenKey(request.repository, request.push);
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
    async requestToken(repository, scope, challenge) {
        const realm = challenge.params.realm;
        let realmUrl;
        try {
            realmUrl = new URL(realm ?? '');
        }
        catch {
            throw new RegistryError(`registry ${this.registry} sent a Bearer challenge without a usable realm (${(0,errors/* showValue */.vp)(realm ?? '')})`, { registry: this.registry, repository });
        }
        if (realmUrl.protocol !== 'https:' && !(realmUrl.protocol === 'http:' && this.options.plainHttp)) {
            throw new RegistryError(`registry ${this.registry} names token realm ${realmUrl.origin}, which is not https: refusing to send credentials there`, { registry: this.registry, repository });
        }
        if (challenge.params.service)
            realmUrl.searchParams.set('service', challenge.params.service);
        realmUrl.searchParams.set('scope', scope);
        const headers = {
            'user-agent': this.options.userAgent ?? 'release-kit',
            accept: 'application/json',
        };
        if (this.hasCredentials())
            headers.authorization = basicAuthorization(this.options.username, this.options.password);
        for (let attempt = 0;; attempt += 1) {
            let response;
            try {
                this.stats.requests += 1;
                this.stats.tokenRequests += 1;
                this.log.debug(`oci: GET ${realmUrl.origin}${realmUrl.pathname} (token for ${scope})`);
                response = await this.fetchImpl(realmUrl.href, {
                    headers,
                    signal: AbortSignal.timeout(this.options.timeoutMs ?? 120_000),
                });
            }
            catch (error) {
                if (!isTransient(error) || attempt >= this.retries)
                    throw this.finalError(error, `token request for ${scope}`, repository);
                this.stats.retries += 1;
                await (0,retry/* sleep */.yy)(this.backoff(attempt));
                continue;
            }
            if (this.isRetryableStatus(response) && attempt < this.retries) {
                await discard(response);
                this.stats.retries += 1;
                await (0,retry/* sleep */.yy)(this.backoff(attempt, (0,retry/* retryAfterMs */.Vs)(response.headers, this.retryBaseMs)));
                continue;
            }
            if (response.status === 401 || response.status === 403) {
                await discard(response);
                const who = this.hasCredentials()
                    ? `the credentials of user ${(0,errors/* showValue */.vp)(this.options.username)}`
                    : 'anonymous access';
                throw new RegistryError(`token service ${realmUrl.origin}${realmUrl.pathname} for registry ${this.registry} refused ${who} for ${scope} (HTTP ${response.status})${this.hasCredentials() ? '' : ': set username and password'}`, { registry: this.registry, repository, status: response.status });
            }
            if (response.status !== 200) {
                const text = (await readLimited(response, 64 * 1024, 'token response').catch(() => Buffer.alloc(0))).toString('utf8');
                throw new RegistryError(`token service ${realmUrl.origin}${realmUrl.pathname} answered HTTP ${response.status} for ${scope}${text ? `: ${oneLine(text)}` : ''}`, { registry: this.registry, repository, status: response.status });
            }
            let body;
            try {
                body = JSON.parse((await readLimited(response, 1024 * 1024, 'token response')).toString('utf8'));
            }
            catch {
                throw new RegistryError(`token service ${realmUrl.origin}${realmUrl.pathname} answered with something other than JSON`, { registry: this.registry, repository });
            }
            const token = body.token ?? body.access_token;
            if (typeof token !== 'string' || token === '') {
                throw new RegistryError(`token service ${realmUrl.origin}${realmUrl.pathname} answered without a token`, {
                    registry: this.registry,
                    repository,
                });
            }
            // The spec's default lifetime is 60 s; renew a little early.
            const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
            return { token, expiresAt: Date.now() + Math.max(lifetime - 10, lifetime / 2) * 1000 };
        }
    }
    /** A RegistryError for an unexpected answer, worded by status. */
    async failure(response, action, repository, reference) {
        const { code, message } = await errorDetails(response);
        const detail = `HTTP ${response.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
        const what = reference ? `${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}` : repository;
        const details = { registry: this.registry, repository, status: response.status, code };
        const user = this.hasCredentials() ? `user ${(0,errors/* showValue */.vp)(this.options.username)}` : 'anonymous access';
        const scopeTooNarrow = response.status === 401 &&
            pickChallenge(parseChallenges(response.headers.get('www-authenticate')))?.params.error === 'insufficient_scope';
        if (response.status === 403 || scopeTooNarrow) {
            return new RegistryError(`registry ${this.registry} denied ${action} on ${what} to ${user} (${detail}${scopeTooNarrow ? ', the token lacks the scope' : ''}); on ghcr.io the job needs 'packages: write'`, details);
        }
        if (response.status === 401) {
            return new RegistryError(this.hasCredentials()
                ? `registry ${this.registry} refused the credentials of ${user} for ${action} on ${what} (${detail})`
                : `registry ${this.registry} requires authentication for ${action} on ${what} (${detail}): set username and password`, details);
        }
        if (response.status === 404)
            return new RegistryError(`${what} not found on registry ${this.registry} (${action}: ${detail})`, details);
        const wait = (0,retry/* retryAfterMs */.Vs)(response.headers, this.retryBaseMs);
        if (this.isRetryableStatus(response) && wait !== undefined && wait > MAX_RETRY_AFTER_MS) {
            return new RegistryError(`registry ${this.registry} rate-limited ${action} on ${what} (${detail}) and asks to retry after ${response.headers.get('retry-after')}, longer than release-kit waits; rerun later`, { ...details, transient: true });
        }
        if (this.isRetryableStatus(response)) {
            return new RegistryError((0,errors/* gaveUpMessage */.Sw)({
                failed: `registry ${this.registry} kept failing ${action} on ${what}`,
                reason: detail,
                tries: this.retries + 1,
                fix: SERVICE_TROUBLE,
            }), { ...details, transient: true });
        }
        return new RegistryError(`registry ${this.registry} refused ${action} on ${what} (${detail})`, details);
    }
    finalError(error, action, repository) {
        if (error instanceof errors/* UserError */.yo)
            return error;
        if (error instanceof TransientStatus) {
            return new RegistryError((0,errors/* gaveUpMessage */.Sw)({
                failed: `registry ${this.registry} kept failing ${action} in ${repository}`,
                reason: `HTTP ${error.status}`,
                tries: this.retries + 1,
                fix: SERVICE_TROUBLE,
            }), { registry: this.registry, repository, status: error.status, transient: true });
        }
        if (isTransient(error)) {
            return new RegistryError((0,errors/* gaveUpMessage */.Sw)({
                failed: `could not reach registry ${this.registry} for ${action} in ${repository}`,
                reason: (0,retry/* describeNetworkError */.gl)(error),
                tries: this.retries + 1,
                fix: 'check the registry host and the network, then rerun',
            }), { registry: this.registry, repository, transient: true, reason: (0,retry/* describeNetworkError */.gl)(error) });
        }
        return error instanceof Error ? error : new Error(String(error));
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
/** The short reason of a transient failure, for the message after the last try. */
function transientReason(error) {
    if (error instanceof TransientStatus)
        return `HTTP ${error.status}`;
    if (error instanceof RegistryError)
        return error.reason ?? (error.status ? `HTTP ${error.status}` : 'no answer');
    return (0,retry/* describeNetworkError */.gl)(error);
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
function nextLink(response, current) {
    const link = response.headers.get('link');
    const match = link && /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
    return match ? new URL(match[1], current).href : undefined;
}
function contentType(response) {
    return response.headers.get('content-type')?.split(';')[0].trim() || undefined;
}
function pathOf(url) {
    return new URL(url).pathname;
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
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

//# sourceMappingURL=584.index.js.map