// The OCI distribution API (opencontainers/distribution-spec): blobs, upload sessions, manifests,
// tags and referrers, for one registry. Authentication (oci/auth.ts) and the retrying transport
// (oci/transport.ts) sit below it, as oras-go's remote/auth and remote/retry sit below its repository API.
import type { Logger } from '../plumbing/log.js';
import { silentLogger } from '../plumbing/log.js';
import { UserError, gaveUpMessage, showValue } from '../plumbing/errors.js';
import {
  DEFAULT_RETRY_BASE_MS,
  describeNetworkError,
  isTransientNetworkError,
  transientHttpAnswer,
  withRetry,
} from '../plumbing/retry.js';
import { RegistryAuth } from './auth.js';
import { assertDigest, sha256Digest } from './digest.js';
import {
  RegistryError,
  SERVICE_TROUBLE,
  discard,
  readLimited,
  registryFailure,
  type FailureContext,
} from './errors.js';
import { MANIFEST_ACCEPT, OCI_INDEX, OCI_MANIFEST, isIndexMediaType } from './media-types.js';
import { isValidDigest, isValidRegistryHost, isValidRepository, isValidTag } from './reference.js';
import {
  MAX_RETRY_AFTER_MS,
  RegistryTransport,
  createOciStats,
  type OciRequestStats,
  type RegistryRequest,
} from './transport.js';

export { RegistryError, createOciStats, type OciRequestStats };

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
  /** Back-off base in ms; default RELEASE_KIT_RETRY_BASE_MS, else 1000. Retry-After seconds are scaled by base/1000. */
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

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

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
  private readonly log: Logger;
  private readonly retries: number;
  private readonly retryBaseMs: number;
  private readonly auth: RegistryAuth;
  private readonly failureContext: FailureContext;

  constructor(options: OciClientOptions) {
    if (!isValidRegistryHost(options.registry)) {
      throw new UserError(`invalid registry host ${showValue(options.registry)}: expected HOST or HOST:PORT`);
    }
    this.registry = options.registry.toLowerCase();
    // Docker Hub's API lives on another host than its name; everything else is served where it is named.
    const apiHost =
      this.registry === 'docker.io' || this.registry === 'index.docker.io' ? 'registry-1.docker.io' : this.registry;
    this.baseUrl = `${options.plainHttp ? 'http' : 'https'}://${apiHost}`;
    this.stats = options.stats ?? createOciStats();
    this.log = options.log ?? silentLogger;
    this.retries = options.retries ?? 4;
    this.retryBaseMs = options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
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
    let attempts = 0;
    try {
      await withRetry(
        async (n) => {
          attempts = n + 1;
          // After a failed session the bytes may have landed all the same (only the answer was lost).
          if (n > 0 && (await this.blobExists(repository, digest))) return;
          await this.uploadOnce(repository, data, digest);
        },
        {
          retries: this.retries,
          baseMs: this.retryBaseMs,
          maxWaitMs: MAX_RETRY_AFTER_MS,
          retryError: (error) =>
            isTransient(error)
              ? {
                  reason: describeNetworkError(error),
                  retryAfterMs: error instanceof TransientStatus ? error.retryAfterMs : undefined,
                }
              : undefined,
          onRetry: ({ waitMs, reason }) => {
            this.stats.uploadRestarts += 1;
            this.log.debug(
              `oci: upload of ${digest} to ${this.registry}/${repository} failed (${reason}); restarting the session in ${waitMs} ms`,
            );
          },
        },
      );
    } catch (error) {
      if (!isTransient(error)) throw error;
      throw new RegistryError(
        gaveUpMessage({
          failed: `registry ${this.registry} kept failing the upload of blob ${digest} to ${repository}`,
          reason: transientReason(error),
          tries: attempts,
          fix: SERVICE_TROUBLE,
        }),
        {
          registry: this.registry,
          repository,
          transient: true,
          status: error instanceof TransientStatus ? error.status : (error as RegistryError).status,
        },
      );
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
      const transient = transientHttpAnswer(start, this.retryBaseMs);
      if (transient) {
        await discard(start);
        throw new TransientStatus(start.status, transient.retryAfterMs);
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
      const transient = transientHttpAnswer(put, this.retryBaseMs);
      if (transient) {
        await discard(put);
        throw new TransientStatus(put.status, transient.retryAfterMs);
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

  // ---------------------------------------------------------------- helpers

  private url(repository: string, rest: string): string {
    return `${this.baseUrl}/v2/${repository}/${rest}`;
  }

  /** One request through auth and the retrying transport; the answer is the caller's to judge. */
  private send(request: RegistryRequest): Promise<Response> {
    return this.auth.send(request);
  }

  private failure(response: Response, action: string, repository: string, reference?: string): Promise<RegistryError> {
    return registryFailure(this.failureContext, response, action, repository, reference);
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

function isTransient(error: unknown): boolean {
  if (error instanceof TransientStatus) return true;
  if (error instanceof RegistryError) return error.transient;
  if (error instanceof UserError) return false;
  return isTransientNetworkError(error);
}

function nextLink(response: Response, current: string): string | undefined {
  const link = response.headers.get('link');
  const match = link && /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
  return match ? new URL(match[1], current).href : undefined;
}

function contentType(response: Response): string | undefined {
  return response.headers.get('content-type')?.split(';')[0].trim() || undefined;
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

/** The short reason of a transient failure, for the message after the last try. */
function transientReason(error: unknown): string {
  if (error instanceof TransientStatus) return `HTTP ${error.status}`;
  if (error instanceof RegistryError) return error.reason ?? (error.status ? `HTTP ${error.status}` : 'no answer');
  return describeNetworkError(error);
}
