// Retrying what failed for a passing reason: one back-off, one reading of Retry-After, one notion of "transient".
// Every HTTP client in release-kit (the OCI client, GitHub uploads and downloads, verify-images' polling)
// retries through these, so a registry and GitHub are waited for the same way and one knob scales both.

/** Wait `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The back-off base in ms when none is given: octokit's and GitHub's own. */
export const DEFAULT_RETRY_BASE_MS = 1000;

/**
 * The back-off base in ms an environment asks for: RELEASE_KIT_RETRY_BASE_MS when set (tests lower it
 * so retries take milliseconds), else DEFAULT_RETRY_BASE_MS. Retry-After seconds are scaled by
 * base/1000 too, so a test's rate limit does not wait real seconds. Read by the runner context only;
 * a client built without a base uses the default.
 */
export function retryBaseMsFrom(env: Readonly<Record<string, string | undefined>>): number {
  return Number(env.RELEASE_KIT_RETRY_BASE_MS ?? '') || DEFAULT_RETRY_BASE_MS;
}

/**
 * Exponential back-off for attempt 0, 1, 2…: base × 2^attempt, capped at 30 × base, with ±25 %
 * jitter (on by default) so that matrix jobs failing together do not retry in lockstep.
 */
export function backoffMs(attempt: number, baseMs: number, options: { jitter?: boolean } = {}): number {
  const exponential = Math.min(baseMs * 2 ** attempt, baseMs * 30);
  return options.jitter === false ? exponential : Math.round(exponential * (0.75 + Math.random() * 0.5));
}

/** Retry-After (seconds or an HTTP date) in ms, scaled by base/1000; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, baseMs: number): number | undefined {
  const header = headers.get('retry-after');
  if (!header) return undefined;
  let seconds = Number(header);
  if (!Number.isFinite(seconds)) {
    const date = Date.parse(header);
    if (Number.isNaN(date)) return undefined;
    seconds = Math.max(0, (date - Date.now()) / 1000);
  }
  return Math.max(0, Math.round(seconds * baseMs));
}

/** GitHub's primary rate limit (x-ratelimit-remaining: 0): the wait until x-ratelimit-reset, scaled; else undefined. */
export function rateLimitResetMs(headers: Headers, baseMs: number): number | undefined {
  if (headers.get('x-ratelimit-remaining') !== '0') return undefined;
  const reset = Number(headers.get('x-ratelimit-reset'));
  const seconds = Number.isFinite(reset) && reset > 0 ? Math.max(1, reset - Math.floor(Date.now() / 1000)) : 60;
  return seconds * baseMs;
}

/** 5xx, 408 and 429 are worth another attempt. */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Whether an HTTP answer is worth another attempt: a transient status, or a 403 that is really a
 * rate limit (Retry-After, as GitHub's secondary limit and some registries send, or GitHub's
 * x-ratelimit-remaining: 0), never a plain denial.
 */
export function isTransientStatus(status: number, headers: Headers): boolean {
  if (TRANSIENT_STATUSES.has(status)) return true;
  return status === 403 && (headers.has('retry-after') || headers.get('x-ratelimit-remaining') === '0');
}

/**
 * How long to wait before retrying an HTTP answer on attempt `attempt` (0-based), or undefined when
 * it is not worth retrying: the server's own word (Retry-After, the rate-limit reset) first, then
 * the back-off. GitHub's secondary limit without a header waits a minute, as GitHub asks.
 */
export function retryDelayFor(
  response: { status: number; headers: Headers },
  attempt: number,
  baseMs: number,
  body = '',
): number | undefined {
  const told = retryAfterMs(response.headers, baseMs) ?? rateLimitResetMs(response.headers, baseMs);
  if (isTransientStatus(response.status, response.headers)) {
    if (told !== undefined) return told;
    // A 429 that names no wait is a secondary rate limit: GitHub asks for at least a minute.
    return response.status === 429 ? 60 * baseMs : backoffMs(attempt, baseMs);
  }
  if (response.status === 403 && /secondary rate limit/i.test(body)) return 60 * baseMs;
  return undefined;
}

interface ErrorShape {
  name?: string;
  message?: string;
  code?: string;
  cause?: { code?: string; message?: string; name?: string };
}

/**
 * A network failure that deserves another attempt: reset, refused, timed out, closed mid-body.
 * fetch reports these as a TypeError "fetch failed" (or "terminated" mid-body) whose cause carries
 * the socket error; matched by name and text, not instanceof, because errors from jest's vm
 * contexts or undici come from another realm. A TypeError from a bug in our own code is not one.
 */
export function isTransientNetworkError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as ErrorShape;
  if (e.name === 'TimeoutError') return true;
  if (e.name === 'TypeError' && /fetch failed|terminated/i.test(e.message ?? '')) return true;
  const text = `${e.code ?? ''} ${e.cause?.name ?? ''} ${e.cause?.code ?? ''} ${e.cause?.message ?? ''}`;
  return /ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|UND_ERR_[A-Z_]+|other side closed|socket hang up/i.test(text);
}

/** The short reason of a network failure for a log line: the socket code when there is one. */
export function describeNetworkError(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as ErrorShape).message === 'string') {
    const cause = (error as ErrorShape).cause;
    return cause?.code ?? cause?.message ?? (error as ErrorShape).message!;
  }
  return String(error);
}

/** Why a failed attempt deserves another one, and how long the server asked to wait (ms), if it did. */
export interface RetryCause {
  reason: string;
  /** The server's own word (Retry-After, scaled); without it the back-off decides. */
  retryAfterMs?: number;
}

/** What `withRetry` tells its caller before each wait: to count it, log it, release a discarded body. */
export interface RetryEvent<T> {
  /** The attempt that failed, from 0. */
  attempt: number;
  waitMs: number;
  reason: string;
  /** The answer given up, when it was an answer rather than an error. */
  answer?: T;
}

export interface RetryPolicy<T> {
  /** Attempts after the first. */
  retries: number;
  /** Back-off base in ms (see backoffMs). */
  baseMs: number;
  /** A wait the server asks for beyond this is not slept through: that answer, or error, is final. */
  maxWaitMs?: number;
  /** An answer that is a failure worth another attempt (e.g. transientHttpAnswer); by default none is. */
  retryAnswer?: (answer: T) => RetryCause | undefined;
  /** A thrown error worth another attempt; by default a transient network error (transientNetworkError). */
  retryError?: (error: unknown) => RetryCause | undefined;
  onRetry?: (event: RetryEvent<T>) => void | Promise<void>;
}

/**
 * Run the whole request `attempt` until it gives an answer that is not a passing failure, at most
 * `retries` more times, waiting between attempts for what the server asked (Retry-After) or else the
 * back-off. The one retry loop of release-kit's HTTP clients, so that deciding (transient or not),
 * waiting and counting happen in one place: the caller only says what a failure looks like. When
 * the attempts run out, the last answer is returned for the caller to judge, or the last error thrown.
 */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, policy: RetryPolicy<T>): Promise<T> {
  const retryError = policy.retryError ?? transientNetworkError;
  for (let n = 0; ; n++) {
    let cause: RetryCause | undefined;
    let answer: T | undefined;
    let failure: { error: unknown } | undefined;
    try {
      answer = await attempt(n);
      cause = policy.retryAnswer?.(answer);
      if (!cause) return answer;
    } catch (error) {
      cause = retryError(error);
      failure = { error };
    }
    const final =
      !cause ||
      n >= policy.retries ||
      (cause.retryAfterMs !== undefined && policy.maxWaitMs !== undefined && cause.retryAfterMs > policy.maxWaitMs);
    if (final) {
      if (failure) throw failure.error;
      return answer as T;
    }
    const waitMs = cause!.retryAfterMs ?? backoffMs(n, policy.baseMs);
    await policy.onRetry?.({ attempt: n, waitMs, reason: cause!.reason, answer: failure ? undefined : answer });
    await sleep(waitMs);
  }
}

/** An HTTP answer worth another attempt (a transient status, a rate-limit 403), with its Retry-After. */
export function transientHttpAnswer(
  response: { status: number; headers: Headers },
  baseMs: number,
): RetryCause | undefined {
  if (!isTransientStatus(response.status, response.headers)) return undefined;
  return { reason: `HTTP ${response.status}`, retryAfterMs: retryAfterMs(response.headers, baseMs) };
}

/** A thrown network failure worth another attempt, with its short reason. */
export function transientNetworkError(error: unknown): RetryCause | undefined {
  return isTransientNetworkError(error) ? { reason: describeNetworkError(error) } : undefined;
}

/**
 * Call `attempt` until `done` accepts its value or `retries` more calls have been made, backing
 * off between calls (no jitter: a poll, not a stampede). For "not there yet" answers, such as a
 * tag or signature that lags a push; errors are not caught.
 */
export async function pollUntil<T>(
  attempt: () => Promise<T>,
  done: (value: T) => boolean,
  options: { retries: number; baseMs: number },
): Promise<T> {
  for (let i = 0; ; i++) {
    const value = await attempt();
    if (done(value) || i >= options.retries) return value;
    await sleep(backoffMs(i, options.baseMs, { jitter: false }));
  }
}
