// The one way to talk to GitHub's REST API: octokit with retries and rate-limit handling wired in.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../plumbing/log.js';
import { consoleLogger } from '../plumbing/log.js';
import { DEFAULT_RETRY_BASE_MS } from '../plumbing/retry.js';
import { gitHubFailure, gitHubUnavailable } from './errors.js';
// The limiter plugin-throttling itself uses (its dependency), for the scaled write group below.
import type Bottleneck from 'bottleneck';
import BottleneckLight from 'bottleneck/light.js';

const RetryingOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof RetryingOctokit>;

export interface GitHubClientOptions {
  token?: string;
  /** The runner context's apiUrl (GITHUB_API_URL), so GitHub Enterprise and the test stand-in both work; default api.github.com. */
  baseUrl?: string;
  /** How many times one request is retried after a 5xx, a reset or a rate limit. */
  retries?: number;
  /** Back-off base in ms (the runner context's retryBaseMs); scales octokit's waits too. */
  retryBaseMs?: number;
  log?: Logger;
}

/**
 * Build a client whose requests survive transient failures:
 * - plugin-retry retries 5xx, 429 and network errors (not 4xx user errors);
 * - plugin-throttling waits out primary (x-ratelimit-remaining: 0) and secondary (403/429 with
 *   retry-after) rate limits, but only because the callbacks below return true.
 * `retryBaseMs` scales the back-off (octokit's default base is 1000 ms); tests lower it.
 */
export function createGitHubClient(options: GitHubClientOptions = {}): GitHubClient {
  const log = options.log ?? consoleLogger;
  const retries = options.retries ?? 4;
  const baseMs = options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
  const keepTrying =
    (kind: string) => (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
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
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log.debug(m), error: (m: string) => log.debug(m) },
    // Not `request: { retries }`: plugin-retry's limiter would then resend every failed request,
    // 404s and 422s included, and swallow rate limits before plugin-throttling could honour them.
    // 429 is left to plugin-throttling too, which reads retry-after / x-ratelimit-reset.
    retry: { retries, retryAfterBaseValue: baseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      onRateLimit: keepTrying('primary'),
      onSecondaryRateLimit: keepTrying('secondary'),
      retryAfterBaseValue: baseMs,
      ...(baseMs < DEFAULT_RETRY_BASE_MS ? { write: scaledWriteGroup(baseMs) } : {}),
    },
  });
  // Registered after the plugins, so it sees the error their retries gave up on: the one boundary
  // where GitHub's refusals become UserErrors that name the fix. Answers callers branch on (404, a
  // 422 "already exists") pass through untouched.
  client.hook.error(
    'request',
    (error: unknown, options: { method: string; url: string; baseUrl?: string; request?: object }) => {
      const e = error as {
        status?: number;
        message?: string;
        cause?: unknown;
        request?: { url?: string };
        response?: { headers?: Record<string, string>; data?: unknown; url?: string };
      };
      // The URL as sent (options.url is still the path template, {owner} and all).
      const url = e.response?.url ?? e.request?.url ?? absoluteUrl(options);
      // plugin-retry counts the failures of this request in options.request.retryCount.
      const tries = Math.max(1, (options.request as { retryCount?: number } | undefined)?.retryCount ?? 1);
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
      const translated =
        typeof e.status === 'number'
          ? gitHubFailure({
              status: e.status,
              method: options.method,
              url,
              // octokit's own message: GitHub's, plus the details of a 422's errors[], less the docs link.
              message: e.message ?? (e.response?.data as { message?: string } | undefined)?.message,
              headers: e.response?.headers,
              data: e.response?.data,
            })
          : undefined;
      throw translated ?? error;
    },
  );
  return client;
}

/** The request's URL with its base, as octokit sends it (`options.url` is the path template filled in). */
function absoluteUrl(options: { url: string; baseUrl?: string }): string {
  return /^https?:/.test(options.url) ? options.url : `${options.baseUrl ?? ''}${options.url}`;
}

/** The socket-level code of a request that got no answer (ECONNREFUSED, ENOTFOUND…), else fetch's message. */
function networkReason(error: { message?: string; cause?: unknown }): string {
  for (let cause: unknown = error.cause, depth = 0; cause && depth < 4; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$|^UND_ERR/.test(code)) return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return error.message ?? 'no answer';
}

// plugin-throttling spaces writes (POST, PATCH, PUT, DELETE) one second apart, as GitHub asks. With a
// lowered back-off base (a test's stand-in), that spacing scales like every other wait: a group of the
// same shape, shared by every client with this base. At the default base the plugin's own group is used.
const writeGroups = new Map<number, Bottleneck.Group>();
function scaledWriteGroup(baseMs: number): Bottleneck.Group {
  const group =
    writeGroups.get(baseMs) ??
    new BottleneckLight.Group({ id: `release-kit-write-${baseMs}`, maxConcurrent: 1, minTime: baseMs });
  writeGroups.set(baseMs, group);
  return group;
}
