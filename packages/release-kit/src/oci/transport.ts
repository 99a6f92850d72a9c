// The registry client's transport: one HTTP request sent with fetch, counted, bounded in time, and
// retried as a whole by plumbing/retry's withRetry (oras-go's remote/retry). It knows nothing of
// credentials (oci/auth.ts decides what goes in the Authorization header) or of the registry API.
import type { Logger } from '../plumbing/log.js';
import { transientHttpAnswer, withRetry } from '../plumbing/retry.js';
import { describeNetworkError, isTransientNetworkError } from '../plumbing/retry.js';
import { gaveUpMessage } from '../plumbing/errors.js';
import { RegistryError, UNREACHABLE, discard } from './errors.js';

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

/** The kinds a request is counted under. */
export type RequestKind = Exclude<
  keyof OciRequestStats,
  'requests' | 'heads' | 'authChallenges' | 'retries' | 'uploadRestarts'
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

/** A wait the server asks for beyond this (after scaling) is not slept through: the request fails instead. */
export const MAX_RETRY_AFTER_MS = 5 * 60 * 1000;

export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
  /** Absolute URL. */
  url: string;
  kind: RequestKind;
  /** The repository the request is about, for token scopes and messages. */
  repository: string;
  /** Needs push access (token scope `pull,push`). */
  push: boolean;
  headers?: Record<string, string>;
  body?: Uint8Array;
  /** Override the retry count (0: the caller restarts at a higher level, as an upload session does). */
  retries?: number;
}

export interface TransportOptions {
  /** The registry's name, for messages. */
  registry: string;
  /** `https://ghcr.io`: requests to this origin are logged by path only. */
  baseUrl: string;
  stats: OciRequestStats;
  log: Logger;
  /** Retries per request (so retries + 1 attempts). */
  retries: number;
  retryBaseMs: number;
  /** Per-request timeout; a body gets extra time on top (at 50 kB/s at least). */
  timeoutMs: number;
  userAgent: string;
  fetch: typeof fetch;
}

/** Sends one registry request at a time, retrying 5xx, 429, rate-limit 403s and broken connections. */
export class RegistryTransport {
  constructor(readonly options: TransportOptions) {}

  /**
   * Send `request` with `authorization` (if any), retried as a whole. Returns the answer for the
   * caller to judge (the last one when the retries ran out); throws a transient RegistryError when
   * the connection kept failing.
   */
  async send(request: RegistryRequest, authorization?: string): Promise<Response> {
    const { options } = this;
    try {
      return await withRetry(() => this.fetchOnce(request, authorization), {
        retries: request.retries ?? options.retries,
        baseMs: options.retryBaseMs,
        maxWaitMs: MAX_RETRY_AFTER_MS,
        retryAnswer: (response) => transientHttpAnswer(response, options.retryBaseMs),
        onRetry: async ({ attempt, waitMs, reason, answer }) => {
          if (answer) await discard(answer);
          options.stats.retries += 1;
          options.log.debug(
            `oci: ${request.method} ${this.shortUrl(request.url)} on ${options.registry}: ${reason}; retry ${attempt + 1} in ${waitMs} ms`,
          );
        },
      });
    } catch (error) {
      if (!isTransientNetworkError(error)) throw error;
      const attempts = (request.retries ?? options.retries) + 1;
      throw new RegistryError(
        gaveUpMessage({
          failed: `could not reach registry ${options.registry} for ${request.method} ${this.shortUrl(request.url)} in ${request.repository}`,
          reason: describeNetworkError(error),
          tries: attempts,
          fix: UNREACHABLE,
        }),
        {
          registry: options.registry,
          repository: request.repository,
          transient: true,
          reason: describeNetworkError(error),
        },
      );
    }
  }

  private async fetchOnce(request: RegistryRequest, authorization: string | undefined): Promise<Response> {
    const { stats } = this.options;
    stats.requests += 1;
    stats[request.kind] += 1;
    if (request.kind === 'blobHeads' || request.kind === 'manifestHeads') stats.heads += 1;
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent, ...request.headers };
    if (authorization) headers.authorization = authorization;
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
  private shortUrl(url: string): string {
    const parsed = new URL(url);
    return parsed.origin === new URL(this.options.baseUrl).origin
      ? parsed.pathname
      : `${parsed.origin}${parsed.pathname}`;
  }
}
