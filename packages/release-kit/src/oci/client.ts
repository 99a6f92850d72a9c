// The project's one OCI distribution client: blobs, manifests, tags and referrers, with auth and retries.
import type { Logger } from '../plumbing/log.js';
import { silentLogger } from '../plumbing/log.js';
import { UserError, gaveUpMessage, showValue } from '../plumbing/errors.js';
import {
  backoffMs,
  DEFAULT_RETRY_BASE_MS,
  describeNetworkError,
  isTransientNetworkError,
  isTransientStatus,
  retryAfterMs,
  sleep,
} from '../plumbing/retry.js';
import { basicAuthorization, parseChallenges, pickChallenge, repositoryScope } from './auth.js';
import type { AuthChallenge } from './auth.js';
import { assertDigest, sha256Digest } from './digest.js';
import { MANIFEST_ACCEPT, OCI_INDEX, OCI_MANIFEST, isIndexMediaType } from './media-types.js';
import { isValidDigest, isValidRepository, isValidTag } from './reference.js';

/** Requests sent, by kind, so tests can hold a push to its request budget. */
export interface OciRequestStats {
  /** Every HTTP request sent, auth and retries included. */
  requests: number;
  /** Blob and manifest HEADs. */
  heads: number;
  blobHeads: number;
  manifestHeads: number;
  blobGets: number;
  manifestGets: number;
  /** POSTs to `/blobs/uploads/` (each starts an upload session, or mounts). */
  uploadSessions: number;
  /** PUTs that complete an upload session with the bytes. */
  blobPuts: number;
  manifestPuts: number;
  tagLists: number;
  referrers: number;
  /** GETs to the token realm. */
  tokenRequests: number;
  /** 401 answers that started (or renewed) an auth exchange; not counted under their kind. */
  authChallenges: number;
  /** Requests repeated after a 5xx, a 429 or a broken connection. */
  retries: number;
  /** Upload sessions abandoned and started again after a failure. */
  uploadRestarts: number;
}

type CountedKind = Exclude<
  keyof OciRequestStats,
  'requests' | 'heads' | 'tokenRequests' | 'authChallenges' | 'retries' | 'uploadRestarts'
>;

/** A zeroed stats object to pass as `stats`. */
export function createOciStats(): OciRequestStats {
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

export interface OciClientOptions {
  /** `ghcr.io`, `127.0.0.1:5000`. */
  registry: string;
  /** Talk http:// instead of https:// (like helm's --plain-http): loopback registries in tests and demos. */
  plainHttp?: boolean;
  username?: string;
  /** A password or token (ghcr.io: GITHUB_TOKEN). Never logged. */
  password?: string;
  /**
   * Ask the token service for `pull,push` on every repository from the first challenge on, so a push
   * does not pay for a second token exchange when it moves from HEADs to uploads.
   */
  push?: boolean;
  /** Retries per request after 5xx, 429 or a broken connection (default 4, so 5 attempts). */
  retries?: number;
  /** Back-off base in ms (the runner context's retryBaseMs); default 1000. Retry-After seconds are scaled by base/1000. */
  retryBaseMs?: number;
  /** Per-request timeout (default 120 s). */
  timeoutMs?: number;
  log?: Logger;
  stats?: OciRequestStats;
  userAgent?: string;
  /** For tests: a fetch implementation other than the global one. */
  fetch?: typeof fetch;
}

/** What a registry says about a blob or manifest without sending it. */
export interface OciDescriptorInfo {
  digest: string;
  size: number;
  mediaType?: string;
}

/** A manifest as fetched: the exact bytes (their digest is the manifest's identity) and the parsed JSON. */
export interface FetchedManifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  json: OciManifestJson;
}

/** An OCI descriptor. */
export interface OciDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  artifactType?: string;
  platform?: Record<string, unknown>;
  urls?: string[];
  data?: string;
}

/** The fields of an image manifest or index the project reads; anything else is kept as is. */
export interface OciManifestJson {
  schemaVersion?: number;
  mediaType?: string;
  artifactType?: string;
  config?: OciDescriptor;
  layers?: OciDescriptor[];
  manifests?: OciDescriptor[];
  subject?: OciDescriptor;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

export interface ReferrersResult {
  /** `api`: the registry's referrers API; `tag`: the `sha256-<hex>` fallback index; `none`: neither exists. */
  source: 'api' | 'tag' | 'none';
  manifests: OciDescriptor[];
  /** The HTTP status of the referrers API when it was not used. */
  apiStatus?: number;
}

/** A registry refused or failed a request: auth, not found, digest mismatch, retries exhausted. */
export class RegistryError extends UserError {
  readonly status?: number;
  readonly code?: string;
  readonly registry: string;
  readonly repository?: string;
  /** The failure was a 5xx, a 429 or a broken connection that outlasted the retries. */
  readonly transient: boolean;
  /** For a transient failure, its short reason: `HTTP 503`, `ECONNRESET`. */
  readonly reason?: string;
  constructor(
    message: string,
    details: {
      registry: string;
      repository?: string;
      status?: number;
      code?: string;
      transient?: boolean;
      reason?: string;
    },
  ) {
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

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

interface RegistryRequest {
  method: Method;
  /** Absolute URL. */
  url: string;
  kind: CountedKind;
  repository: string;
  /** Needs push access (token scope `pull,push`). */
  push: boolean;
  headers?: Record<string, string>;
  body?: Uint8Array;
  /** Override the retry count (0: the caller restarts at a higher level). */
  retries?: number;
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Create a client for one registry host. */
export function createOciClient(options: OciClientOptions): OciClient {
  return new OciClient(options);
}

/**
 * Client for one registry (one host), reused across repositories. Written on fetch rather than on a
 * library because the npm OCI clients either need a docker daemon, lack the bearer flow, or pull in
 * large trees; the protocol is a dozen plain HTTP requests (opencontainers/distribution-spec).
 */
export class OciClient {
  readonly registry: string;
  readonly baseUrl: string;
  readonly stats: OciRequestStats;
  private readonly options: OciClientOptions;
  private readonly log: Logger;
  private readonly retries: number;
  private readonly retryBaseMs: number;
  private readonly fetchImpl: typeof fetch;
  /** The last challenge seen; after it, credentials go with every request without another 401. */
  private challenge?: AuthChallenge;
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pendingTokens = new Map<string, Promise<CachedToken>>();

  constructor(options: OciClientOptions) {
    if (!/^[A-Za-z0-9.-]+(?::[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?$/.test(options.registry)) {
      throw new UserError(`invalid registry host ${showValue(options.registry)}: expected HOST or HOST:PORT`);
    }
    this.options = options;
    this.registry = options.registry.toLowerCase();
    // Docker Hub's API lives on another host than its name; everything else is served where it is named.
    const apiHost =
      this.registry === 'docker.io' || this.registry === 'index.docker.io' ? 'registry-1.docker.io' : this.registry;
    this.baseUrl = `${options.plainHttp ? 'http' : 'https'}://${apiHost}`;
    this.stats = options.stats ?? createOciStats();
    this.log = options.log ?? silentLogger;
    this.retries = options.retries ?? 4;
    this.retryBaseMs = options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
    this.fetchImpl = options.fetch ?? fetch;
  }

  // ---------------------------------------------------------------- blobs

  /** HEAD a blob: its size if the registry has it, undefined on 404. */
  async blobExists(repository: string, digest: string): Promise<OciDescriptorInfo | undefined> {
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
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw await this.failure(response, 'HEAD blob', repository, digest);
    return { digest, size: Number(response.headers.get('content-length') ?? -1) };
  }

  /** GET a blob and check that what arrived hashes to `digest`. */
  async getBlob(repository: string, digest: string, options: { maxBytes?: number } = {}): Promise<Buffer> {
    checkRepository(repository);
    checkDigest(digest);
    const response = await this.send({
      method: 'GET',
      url: this.url(repository, `blobs/${digest}`),
      kind: 'blobGets',
      repository,
      push: false,
    });
    if (response.status !== 200) throw await this.failure(response, 'GET blob', repository, digest);
    const bytes = await readLimited(response, options.maxBytes ?? 512 * 1024 * 1024, `blob ${digest}`);
    assertDigest(bytes, digest, `blob ${digest} from ${this.registry}/${repository}`);
    return bytes;
  }

  /**
   * Upload `data` as a blob unless the registry already has it (HEAD first). Returns the digest and
   * whether bytes were sent.
   */
  async ensureBlob(
    repository: string,
    data: Uint8Array,
    digest = sha256Digest(data),
  ): Promise<{ digest: string; uploaded: boolean }> {
    if (await this.blobExists(repository, digest)) return { digest, uploaded: false };
    await this.uploadBlob(repository, data, digest);
    return { digest, uploaded: true };
  }

  /**
   * Monolithic upload: POST /blobs/uploads/ → 202 Location → PUT Location&digest= with the bytes → 201.
   * A failure after the session started abandons that session and starts a new one (after checking
   * with a HEAD whether the bytes landed after all), so a half-written session is never completed.
   */
  async uploadBlob(repository: string, data: Uint8Array, digest = sha256Digest(data)): Promise<void> {
    checkRepository(repository);
    checkDigest(digest);
    assertDigest(data, digest, `blob to upload to ${this.registry}/${repository}`);
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.uploadOnce(repository, data, digest);
        return;
      } catch (error) {
        if (!isTransient(error)) throw this.finalError(error, `upload of blob ${digest}`, repository);
        if (attempt >= this.retries) {
          throw new RegistryError(
            gaveUpMessage({
              failed: `registry ${this.registry} kept failing the upload of blob ${digest} to ${repository}`,
              reason: transientReason(error),
              tries: attempt + 1,
              fix: SERVICE_TROUBLE,
            }),
            {
              registry: this.registry,
              repository,
              transient: true,
              status: error instanceof TransientStatus ? error.status : undefined,
            },
          );
        }
        this.stats.uploadRestarts += 1;
        const wait = this.backoff(attempt, error instanceof TransientStatus ? error.retryAfterMs : undefined);
        this.log.debug(
          `oci: upload of ${digest} to ${this.registry}/${repository} failed (${describeNetworkError(error)}); restarting the session in ${wait} ms`,
        );
        await sleep(wait);
        if (await this.blobExists(repository, digest)) return;
      }
    }
  }

  private async uploadOnce(repository: string, data: Uint8Array, digest: string): Promise<void> {
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
        throw new TransientStatus(start.status, retryAfterMs(start.headers, this.retryBaseMs));
      }
      throw await this.failure(start, 'start blob upload', repository, digest);
    }
    await discard(start);
    const location = start.headers.get('location');
    if (!location)
      throw new RegistryError(
        `registry ${this.registry} started an upload to ${repository} without a Location header`,
        { registry: this.registry, repository, status: 202 },
      );
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
        throw new TransientStatus(put.status, retryAfterMs(put.headers, this.retryBaseMs));
      }
      throw await this.failure(put, 'complete blob upload', repository, digest);
    }
    await discard(put);
    const stored = put.headers.get('docker-content-digest');
    if (stored && stored !== digest) {
      throw new RegistryError(
        `registry ${this.registry} stored blob ${stored} in ${repository} for the upload of ${digest}`,
        { registry: this.registry, repository },
      );
    }
  }

  // ---------------------------------------------------------------- manifests

  /** HEAD a manifest by tag or digest: its digest (Docker-Content-Digest), or undefined on 404. */
  async manifestExists(repository: string, reference: string): Promise<OciDescriptorInfo | undefined> {
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
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw await this.failure(response, 'HEAD manifest', repository, reference);
    const digest = response.headers.get('docker-content-digest') ?? (isValidDigest(reference) ? reference : undefined);
    if (!digest) {
      // Some registries omit the header on HEAD; the body's hash is then the only source of truth.
      return this.getManifest(repository, reference).then((m) => ({
        digest: m.digest,
        size: m.bytes.length,
        mediaType: m.mediaType,
      }));
    }
    if (isValidDigest(reference) && digest !== reference) {
      throw new RegistryError(
        `registry ${this.registry} answered digest ${digest} for manifest ${reference} in ${repository}`,
        { registry: this.registry, repository },
      );
    }
    return { digest, size: Number(response.headers.get('content-length') ?? -1), mediaType: contentType(response) };
  }

  /**
   * GET a manifest (image manifest or index, OCI or Docker). The digest is computed from the bytes
   * and checked against the digest asked for, or against Docker-Content-Digest for a tag.
   */
  async getManifest(repository: string, reference: string): Promise<FetchedManifest> {
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
    if (response.status !== 200) throw await this.failure(response, 'GET manifest', repository, reference);
    const bytes = await readLimited(response, MAX_MANIFEST_BYTES, `manifest ${reference}`);
    const digest = sha256Digest(bytes);
    const where = `manifest ${reference} from ${this.registry}/${repository}`;
    if (isValidDigest(reference)) assertDigest(bytes, reference, where);
    else {
      const claimed = response.headers.get('docker-content-digest');
      if (claimed?.startsWith('sha256:') && claimed !== digest) {
        throw new UserError(
          `${where}: content digest ${digest} does not match the registry's Docker-Content-Digest ${claimed}`,
        );
      }
    }
    let json: OciManifestJson;
    try {
      json = JSON.parse(bytes.toString('utf8')) as OciManifestJson;
    } catch {
      throw new RegistryError(`${where} is not JSON`, { registry: this.registry, repository });
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
      throw new RegistryError(`${where} is not a JSON object`, { registry: this.registry, repository });
    const mediaType =
      json.mediaType ?? contentType(response) ?? (Array.isArray(json.manifests) ? OCI_INDEX : OCI_MANIFEST);
    return { digest, mediaType, bytes, json };
  }

  /**
   * PUT a manifest under a tag or its digest. Content-Type is the manifest's own mediaType (or OCI
   * manifest/index by shape). The registry's Docker-Content-Digest must equal the hash of the bytes sent.
   */
  async putManifest(
    repository: string,
    reference: string,
    manifest: Uint8Array | string,
    mediaType?: string,
  ): Promise<{ digest: string }> {
    checkRepository(repository);
    checkManifestReference(reference);
    const bytes = typeof manifest === 'string' ? Buffer.from(manifest, 'utf8') : manifest;
    const digest = sha256Digest(bytes);
    if (isValidDigest(reference) && reference !== digest) {
      throw new UserError(`manifest pushed by digest ${reference} hashes to ${digest}`);
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
      throw new RegistryError(
        `registry ${this.registry} stored manifest ${repository}:${reference} as ${stored}, but the bytes sent hash to ${digest}`,
        { registry: this.registry, repository },
      );
    }
    return { digest };
  }

  // ---------------------------------------------------------------- tags and referrers

  /** All tags of a repository (following Link pagination); [] when the repository does not exist. */
  async listTags(repository: string): Promise<string[]> {
    checkRepository(repository);
    const tags: string[] = [];
    let url: string | undefined = `${this.url(repository, 'tags/list')}?n=1000`;
    for (let page = 0; url && page < 1000; page += 1) {
      const response = await this.send({ method: 'GET', url, kind: 'tagLists', repository, push: false });
      if (response.status === 404) {
        await discard(response);
        return tags;
      }
      if (response.status !== 200) throw await this.failure(response, 'list tags', repository);
      const body = JSON.parse((await readLimited(response, 16 * 1024 * 1024, 'tag list')).toString('utf8')) as {
        tags?: string[] | null;
      };
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
  async listReferrers(
    repository: string,
    digest: string,
    options: { artifactType?: string } = {},
  ): Promise<ReferrersResult> {
    checkRepository(repository);
    checkDigest(digest);
    const query = options.artifactType ? `?artifactType=${encodeURIComponent(options.artifactType)}` : '';
    const filter = (manifests: OciDescriptor[]) =>
      options.artifactType ? manifests.filter((m) => m.artifactType === options.artifactType) : manifests;
    const response = await this.send({
      method: 'GET',
      url: `${this.url(repository, `referrers/${digest}`)}${query}`,
      kind: 'referrers',
      repository,
      push: false,
      headers: { accept: OCI_INDEX },
    });
    if (response.status === 200) {
      const body = JSON.parse(
        (await readLimited(response, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8'),
      ) as OciManifestJson;
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
        if (more.status !== 200) throw await this.failure(more, 'list referrers', repository, digest);
        const moreBody = JSON.parse(
          (await readLimited(more, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8'),
        ) as OciManifestJson;
        manifests.push(...(moreBody.manifests ?? []));
        next = nextLink(more, next);
      }
      return { source: 'api', manifests: filter(manifests) };
    }
    await discard(response);
    this.log.debug(
      `oci: ${this.registry} answered ${response.status} to the referrers API; reading tag ${referrersTagOf(digest)}`,
    );
    const tag = referrersTagOf(digest);
    if (!(await this.manifestExists(repository, tag)))
      return { source: 'none', manifests: [], apiStatus: response.status };
    const index = await this.getManifest(repository, tag);
    if (!isIndexMediaType(index.mediaType) && !Array.isArray(index.json.manifests))
      return { source: 'none', manifests: [], apiStatus: response.status };
    return { source: 'tag', manifests: filter(index.json.manifests ?? []), apiStatus: response.status };
  }

  // ---------------------------------------------------------------- transport

  private url(repository: string, rest: string): string {
    return `${this.baseUrl}/v2/${repository}/${rest}`;
  }

  /**
   * Send one request: credentials for the current challenge, a 401 answered once by (re)authenticating,
   * and 5xx / 429 / broken connections retried with back-off. Returns the response for the caller
   * to judge; throws only when the retries are exhausted or auth cannot be satisfied.
   */
  private async send(request: RegistryRequest): Promise<Response> {
    const retries = request.retries ?? this.retries;
    let authRounds = 0;
    for (let attempt = 0; ;) {
      const authorization = await this.authorizationFor(request);
      let response: Response;
      try {
        response = await this.fetchOnce(request, authorization);
      } catch (error) {
        if (!isTransient(error) || attempt >= retries)
          throw this.finalError(error, `${request.method} ${pathOf(request.url)}`, request.repository);
        await this.retryWait(request, attempt, describeNetworkError(error));
        attempt += 1;
        continue;
      }
      if (response.status === 401 && authRounds < 2) {
        const challenge = pickChallenge(parseChallenges(response.headers.get('www-authenticate')));
        // A 401 to credentials we already sent for this challenge is a refusal, not a challenge.
        const refused =
          authorization !== undefined && challenge?.scheme === 'basic' && this.challenge?.scheme === 'basic';
        if (challenge && !refused) {
          await discard(response);
          this.stats.authChallenges += 1;
          this.challenge = challenge;
          if (challenge.scheme === 'bearer') await this.fetchToken(request, challenge, authorization !== undefined);
          else if (!this.hasCredentials()) return response;
          authRounds += 1;
          continue;
        }
      }
      if (this.isRetryableStatus(response) && attempt < retries) {
        const wait = retryAfterMs(response.headers, this.retryBaseMs);
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

  private isRetryableStatus(response: Response): boolean {
    return isTransientStatus(response.status, response.headers);
  }

  private async retryWait(request: RegistryRequest, attempt: number, why: string, retryAfter?: number): Promise<void> {
    this.stats.retries += 1;
    const wait = this.backoff(attempt, retryAfter);
    this.log.debug(
      `oci: ${request.method} ${pathOf(request.url)} on ${this.registry}: ${why}; retry ${attempt + 1} in ${wait} ms`,
    );
    await sleep(wait);
  }

  /** The server's Retry-After when it gave one, else the shared back-off. */
  private backoff(attempt: number, retryAfter?: number): number {
    return retryAfter ?? backoffMs(attempt, this.retryBaseMs);
  }

  private async fetchOnce(request: RegistryRequest, authorization: string | undefined): Promise<Response> {
    this.stats.requests += 1;
    this.stats[request.kind] += 1;
    if (request.kind === 'blobHeads' || request.kind === 'manifestHeads') this.stats.heads += 1;
    const headers: Record<string, string> = {
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
      if (request.kind === 'blobHeads' || request.kind === 'manifestHeads') this.stats.heads -= 1;
    }
    return response;
  }

  private hasCredentials(): boolean {
    return this.options.username !== undefined && this.options.username !== '' && this.options.password !== undefined;
  }

  private tokenKey(repository: string, push: boolean): string {
    return repositoryScope(repository, push || this.options.push === true);
  }

  private async authorizationFor(request: RegistryRequest): Promise<string | undefined> {
    if (!this.challenge) return undefined;
    if (this.challenge.scheme === 'basic') {
      return this.hasCredentials() ? basicAuthorization(this.options.username!, this.options.password!) : undefined;
    }
    if (this.challenge.scheme !== 'bearer') return undefined;
    const now = Date.now();
    const exact = this.tokens.get(this.tokenKey(request.repository, request.push));
    if (exact && exact.expiresAt > now) return `Bearer ${exact.token}`;
    // A pull,push token also covers pulls.
    if (!request.push) {
      const wider = this.tokens.get(repositoryScope(request.repository, true));
      if (wider && wider.expiresAt > now) return `Bearer ${wider.token}`;
    }
    // Known Bearer registry but no token for this scope yet: fetch one now rather than wait for a 401.
    const token = await this.fetchToken(request, this.challenge, false);
    return `Bearer ${token.token}`;
  }

  /** GET realm?service=…&scope=… (Basic credentials if any) → {token | access_token}; one in flight per scope. */
  private async fetchToken(request: RegistryRequest, challenge: AuthChallenge, renew: boolean): Promise<CachedToken> {
    const scope = this.tokenKey(request.repository, request.push);
    if (!renew) {
      const cached = this.tokens.get(scope);
      if (cached && cached.expiresAt > Date.now()) return cached;
    }
    const pending = this.pendingTokens.get(scope);
    if (pending) return pending;
    const promise = this.requestToken(request.repository, scope, challenge).finally(() =>
      this.pendingTokens.delete(scope),
    );
    this.pendingTokens.set(scope, promise);
    const token = await promise;
    this.tokens.set(scope, token);
    return token;
  }

  private async requestToken(repository: string, scope: string, challenge: AuthChallenge): Promise<CachedToken> {
    const realm = challenge.params.realm;
    let realmUrl: URL;
    try {
      realmUrl = new URL(realm ?? '');
    } catch {
      throw new RegistryError(
        `registry ${this.registry} sent a Bearer challenge without a usable realm (${showValue(realm ?? '')})`,
        { registry: this.registry, repository },
      );
    }
    if (realmUrl.protocol !== 'https:' && !(realmUrl.protocol === 'http:' && this.options.plainHttp)) {
      throw new RegistryError(
        `registry ${this.registry} names token realm ${realmUrl.origin}, which is not https: refusing to send credentials there`,
        { registry: this.registry, repository },
      );
    }
    if (challenge.params.service) realmUrl.searchParams.set('service', challenge.params.service);
    realmUrl.searchParams.set('scope', scope);
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent ?? 'release-kit',
      accept: 'application/json',
    };
    if (this.hasCredentials())
      headers.authorization = basicAuthorization(this.options.username!, this.options.password!);
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        this.stats.requests += 1;
        this.stats.tokenRequests += 1;
        this.log.debug(`oci: GET ${realmUrl.origin}${realmUrl.pathname} (token for ${scope})`);
        response = await this.fetchImpl(realmUrl.href, {
          headers,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 120_000),
        });
      } catch (error) {
        if (!isTransient(error) || attempt >= this.retries)
          throw this.finalError(error, `token request for ${scope}`, repository);
        this.stats.retries += 1;
        await sleep(this.backoff(attempt));
        continue;
      }
      if (this.isRetryableStatus(response) && attempt < this.retries) {
        await discard(response);
        this.stats.retries += 1;
        await sleep(this.backoff(attempt, retryAfterMs(response.headers, this.retryBaseMs)));
        continue;
      }
      if (response.status === 401 || response.status === 403) {
        await discard(response);
        const who = this.hasCredentials()
          ? `the credentials of user ${showValue(this.options.username)}`
          : 'anonymous access';
        throw new RegistryError(
          `token service ${realmUrl.origin}${realmUrl.pathname} for registry ${this.registry} refused ${who} for ${scope} (HTTP ${response.status})${this.hasCredentials() ? '' : ': set username and password'}`,
          { registry: this.registry, repository, status: response.status },
        );
      }
      if (response.status !== 200) {
        const text = (await readLimited(response, 64 * 1024, 'token response').catch(() => Buffer.alloc(0))).toString(
          'utf8',
        );
        throw new RegistryError(
          `token service ${realmUrl.origin}${realmUrl.pathname} answered HTTP ${response.status} for ${scope}${text ? `: ${oneLine(text)}` : ''}`,
          { registry: this.registry, repository, status: response.status },
        );
      }
      let body: { token?: string; access_token?: string; expires_in?: number };
      try {
        body = JSON.parse((await readLimited(response, 1024 * 1024, 'token response')).toString('utf8'));
      } catch {
        throw new RegistryError(
          `token service ${realmUrl.origin}${realmUrl.pathname} answered with something other than JSON`,
          { registry: this.registry, repository },
        );
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
  private async failure(
    response: Response,
    action: string,
    repository: string,
    reference?: string,
  ): Promise<RegistryError> {
    const { code, message } = await errorDetails(response);
    const detail = `HTTP ${response.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
    const what = reference ? `${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}` : repository;
    const details = { registry: this.registry, repository, status: response.status, code };
    const user = this.hasCredentials() ? `user ${showValue(this.options.username)}` : 'anonymous access';
    const scopeTooNarrow =
      response.status === 401 &&
      pickChallenge(parseChallenges(response.headers.get('www-authenticate')))?.params.error === 'insufficient_scope';
    if (response.status === 403 || scopeTooNarrow) {
      return new RegistryError(
        `registry ${this.registry} denied ${action} on ${what} to ${user} (${detail}${scopeTooNarrow ? ', the token lacks the scope' : ''}); on ghcr.io the job needs 'packages: write'`,
        details,
      );
    }
    if (response.status === 401) {
      return new RegistryError(
        this.hasCredentials()
          ? `registry ${this.registry} refused the credentials of ${user} for ${action} on ${what} (${detail})`
          : `registry ${this.registry} requires authentication for ${action} on ${what} (${detail}): set username and password`,
        details,
      );
    }
    if (response.status === 404)
      return new RegistryError(`${what} not found on registry ${this.registry} (${action}: ${detail})`, details);
    const wait = retryAfterMs(response.headers, this.retryBaseMs);
    if (this.isRetryableStatus(response) && wait !== undefined && wait > MAX_RETRY_AFTER_MS) {
      return new RegistryError(
        `registry ${this.registry} rate-limited ${action} on ${what} (${detail}) and asks to retry after ${response.headers.get('retry-after')}, longer than release-kit waits; rerun later`,
        { ...details, transient: true },
      );
    }
    if (this.isRetryableStatus(response)) {
      return new RegistryError(
        gaveUpMessage({
          failed: `registry ${this.registry} kept failing ${action} on ${what}`,
          reason: detail,
          tries: this.retries + 1,
          fix: SERVICE_TROUBLE,
        }),
        { ...details, transient: true },
      );
    }
    return new RegistryError(`registry ${this.registry} refused ${action} on ${what} (${detail})`, details);
  }

  private finalError(error: unknown, action: string, repository: string): Error {
    if (error instanceof UserError) return error;
    if (error instanceof TransientStatus) {
      return new RegistryError(
        gaveUpMessage({
          failed: `registry ${this.registry} kept failing ${action} in ${repository}`,
          reason: `HTTP ${error.status}`,
          tries: this.retries + 1,
          fix: SERVICE_TROUBLE,
        }),
        { registry: this.registry, repository, status: error.status, transient: true },
      );
    }
    if (isTransient(error)) {
      return new RegistryError(
        gaveUpMessage({
          failed: `could not reach registry ${this.registry} for ${action} in ${repository}`,
          reason: describeNetworkError(error),
          tries: this.retries + 1,
          fix: 'check the registry host and the network, then rerun',
        }),
        { registry: this.registry, repository, transient: true, reason: describeNetworkError(error) },
      );
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The tag cosign and the OCI spec use for the referrers fallback index: `sha256-<hex>`. */
export function referrersTagOf(digest: string): string {
  return digest.replace(':', '-');
}

/** The manifest's Content-Type: its own mediaType, else OCI index or manifest by shape. */
export function mediaTypeOfManifest(bytes: Uint8Array): string {
  let json: OciManifestJson;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8')) as OciManifestJson;
  } catch {
    throw new UserError('manifest to push is not JSON');
  }
  if (typeof json.mediaType === 'string' && json.mediaType) return json.mediaType;
  return Array.isArray(json.manifests) ? OCI_INDEX : OCI_MANIFEST;
}

/** A retryable status met where the caller restarts at a higher level (the upload session). */
class TransientStatus extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs?: number,
  ) {
    super(`HTTP ${status}`);
  }
}

/** The short reason of a transient failure, for the message after the last try. */
function transientReason(error: unknown): string {
  if (error instanceof TransientStatus) return `HTTP ${error.status}`;
  if (error instanceof RegistryError) return error.reason ?? (error.status ? `HTTP ${error.status}` : 'no answer');
  return describeNetworkError(error);
}

function isTransient(error: unknown): boolean {
  if (error instanceof TransientStatus) return true;
  if (error instanceof RegistryError) return error.transient;
  if (error instanceof UserError) return false;
  return isTransientNetworkError(error);
}

async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // A body that broke while being thrown away changes nothing.
  }
}

/** Read a body, refusing more than `max` bytes (a registry must not make us buffer without bound). */
async function readLimited(response: Response, max: number, what: string): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > max) {
    await discard(response);
    throw new UserError(`${what} is ${declared} bytes, more than the ${max} allowed`);
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.length;
    if (total > max) {
      await discard(response);
      throw new UserError(`${what} is more than the ${max} bytes allowed`);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

async function errorDetails(response: Response): Promise<{ code?: string; message?: string }> {
  if (response.bodyUsed) return {};
  try {
    const text = (await readLimited(response, 64 * 1024, 'error body')).toString('utf8');
    if (!text) return {};
    try {
      const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
      const first = body.errors?.[0];
      if (first) return { code: first.code, message: first.message };
    } catch {
      // not the OCI error shape: show the start of the text
    }
    return { message: oneLine(text).slice(0, 200) };
  } catch {
    return {};
  }
}

function nextLink(response: Response, current: string): string | undefined {
  const link = response.headers.get('link');
  const match = link && /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
  return match ? new URL(match[1], current).href : undefined;
}

function contentType(response: Response): string | undefined {
  return response.headers.get('content-type')?.split(';')[0].trim() || undefined;
}

function pathOf(url: string): string {
  return new URL(url).pathname;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function checkRepository(repository: string): void {
  if (!isValidRepository(repository))
    throw new UserError(
      `invalid repository name ${showValue(repository)}: expected lower-case path components like owner/charts/name`,
    );
}

function checkDigest(digest: string): void {
  if (!isValidDigest(digest))
    throw new UserError(`invalid digest ${showValue(digest)}: expected sha256: and 64 lower-case hex digits`);
}

function checkManifestReference(reference: string): void {
  if (!isValidDigest(reference) && !isValidTag(reference))
    throw new UserError(`invalid manifest reference ${showValue(reference)}: expected a tag or a sha256 digest`);
}
