// The one retry vocabulary: back-off, Retry-After, rate-limit resets, what counts as transient, and the limiter.
import { describe, expect, test } from '@jest/globals';
import { mapLimit } from '../../packages/release-kit/src/plumbing/concurrency.js';
import {
  backoffMs,
  isTransientNetworkError,
  isTransientStatus,
  pollUntil,
  rateLimitResetMs,
  retryAfterMs,
  retryDelayFor,
  transientHttpAnswer,
  withRetry,
  type RetryEvent,
} from '../../packages/release-kit/src/plumbing/retry.js';

const headers = (h: Record<string, string> = {}) => new Headers(h);

describe('back-off', () => {
  test('doubles from the base and stops at 30 × base; jitter stays within ±25 %', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((a) => backoffMs(a, 10, { jitter: false }))).toEqual([
      10, 20, 40, 80, 160, 300, 300,
    ]);
    for (let i = 0; i < 200; i++) {
      const wait = backoffMs(2, 100);
      expect(wait).toBeGreaterThanOrEqual(300);
      expect(wait).toBeLessThanOrEqual(500);
    }
  });
});

describe('what the server asks for', () => {
  test('Retry-After in seconds or as an HTTP date, scaled by base/1000', () => {
    expect(retryAfterMs(headers({ 'retry-after': '3' }), 1000)).toBe(3000);
    expect(retryAfterMs(headers({ 'retry-after': '3' }), 5)).toBe(15);
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(retryAfterMs(headers({ 'retry-after': inTenSeconds }), 1000)).toBeGreaterThan(8000);
    expect(retryAfterMs(headers({ 'retry-after': 'soon' }), 1000)).toBeUndefined();
    expect(retryAfterMs(headers(), 1000)).toBeUndefined();
  });

  test("GitHub's spent primary window waits until x-ratelimit-reset", () => {
    const reset = String(Math.floor(Date.now() / 1000) + 42);
    expect(
      rateLimitResetMs(headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), 1),
    ).toBeGreaterThanOrEqual(41);
    expect(rateLimitResetMs(headers({ 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': reset }), 1)).toBeUndefined();
  });
});

describe('transient or not', () => {
  test.each([
    [500, {}, true],
    [502, {}, true],
    [503, {}, true],
    [504, {}, true],
    [429, {}, true],
    [408, {}, true],
    [403, { 'retry-after': '1' }, true],
    [403, { 'x-ratelimit-remaining': '0' }, true],
    [403, {}, false],
    [401, {}, false],
    [404, {}, false],
    [422, {}, false],
    [501, {}, false],
  ])('HTTP %i %j → %p', (status, h, expected) => expect(isTransientStatus(status, headers(h))).toBe(expected));

  test('network failures by shape, across realms; a TypeError from a bug is not one', () => {
    const fetchFailed = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    expect(isTransientNetworkError(fetchFailed)).toBe(true);
    expect(
      isTransientNetworkError({
        name: 'TypeError',
        message: 'terminated',
        cause: { name: 'SocketError', message: 'other side closed' },
      }),
    ).toBe(true);
    expect(isTransientNetworkError({ name: 'TimeoutError', message: 'The operation was aborted due to timeout' })).toBe(
      true,
    );
    expect(isTransientNetworkError({ name: 'Error', message: 'x', code: 'ECONNREFUSED' })).toBe(true);
    expect(isTransientNetworkError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isTransientNetworkError(new Error('HTTP 404'))).toBe(false);
    expect(isTransientNetworkError(undefined)).toBe(false);
  });

  test('retryDelayFor: the server first, then the back-off; a plain refusal is not retried', () => {
    expect(retryDelayFor({ status: 503, headers: headers({ 'retry-after': '2' }) }, 0, 10)).toBe(20);
    expect(retryDelayFor({ status: 503, headers: headers() }, 1, 10)).toBeGreaterThanOrEqual(15);
    expect(retryDelayFor({ status: 429, headers: headers() }, 0, 10)).toBe(600);
    expect(
      retryDelayFor(
        { status: 403, headers: headers() },
        0,
        10,
        '{"message":"You have exceeded a secondary rate limit"}',
      ),
    ).toBe(600);
    expect(
      retryDelayFor({ status: 403, headers: headers() }, 0, 10, '{"message":"Resource not accessible by integration"}'),
    ).toBeUndefined();
    expect(retryDelayFor({ status: 422, headers: headers() }, 0, 10)).toBeUndefined();
  });
});

describe('pollUntil', () => {
  test('asks again until done, at most retries more times', async () => {
    let calls = 0;
    expect(
      await pollUntil(
        async () => ++calls,
        (n) => n === 3,
        { retries: 5, baseMs: 1 },
      ),
    ).toBe(3);
    calls = 0;
    expect(
      await pollUntil(
        async () => ++calls,
        () => false,
        { retries: 2, baseMs: 1 },
      ),
    ).toBe(3);
  });
});

describe('mapLimit', () => {
  test('keeps order, never exceeds the limit, and stops starting work after the first failure', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await mapLimit([5, 1, 4, 2, 3], 2, async (n, i) => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, n * 3));
      inFlight--;
      return `${i}:${n}`;
    });
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3']);
    expect(peak).toBe(2);

    const started: number[] = [];
    await expect(
      mapLimit([1, 2, 3, 4, 5, 6], 2, async (n) => {
        started.push(n);
        if (n === 2) throw new Error('boom');
        await new Promise((r) => setTimeout(r, 5));
      }),
    ).rejects.toThrow('boom');
    expect(started.length).toBeLessThan(6);
  });
});

describe('withRetry: one loop around the whole request', () => {
  const answer = (status: number, h: Record<string, string> = {}) => ({ status, headers: headers(h) });
  type Answer = ReturnType<typeof answer>;
  const resetError = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });

  test('a transient answer is retried after the wait the server names; the discarded answer is handed back', async () => {
    const answers = [answer(503, { 'retry-after': '2' }), answer(429), answer(200)];
    const events: RetryEvent<Answer>[] = [];
    const result = await withRetry(async (n) => answers[n], {
      retries: 4,
      baseMs: 1,
      retryAnswer: (a) => transientHttpAnswer(a, 1),
      onRetry: (e) => void events.push(e),
    });
    expect(result.status).toBe(200);
    expect(events.map((e) => [e.attempt, e.reason, e.waitMs, e.answer?.status])).toEqual([
      [0, 'HTTP 503', 2, 503],
      [1, 'HTTP 429', 2, 429], // no Retry-After: the back-off, base × 2^1 (±25 %)
    ]);
  });

  test('when the attempts run out, the last answer comes back for the caller to judge', async () => {
    let calls = 0;
    const result = await withRetry(async () => (calls++, answer(500)), {
      retries: 2,
      baseMs: 1,
      retryAnswer: (a) => transientHttpAnswer(a, 1),
    });
    expect([calls, result.status]).toEqual([3, 500]);
  });

  test('a Retry-After longer than maxWaitMs is not slept through', async () => {
    let calls = 0;
    const started = Date.now();
    const result = await withRetry(async () => (calls++, answer(429, { 'retry-after': '3600' })), {
      retries: 5,
      baseMs: 1000,
      maxWaitMs: 60_000,
      retryAnswer: (a) => transientHttpAnswer(a, 1000),
    });
    expect([calls, result.status]).toEqual([1, 429]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('network failures are retried, other errors thrown at once, the last error after the retries', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          if (calls < 3) throw resetError();
          return 'ok';
        },
        { retries: 3, baseMs: 1 },
      ),
    ).resolves.toBe('ok');
    expect(calls).toBe(3);

    calls = 0;
    const bug = new TypeError('x is not a function');
    await expect(withRetry(async () => (calls++, Promise.reject(bug)), { retries: 3, baseMs: 1 })).rejects.toBe(bug);
    expect(calls).toBe(1);

    calls = 0;
    await expect(
      withRetry(async () => (calls++, Promise.reject(resetError())), { retries: 2, baseMs: 1 }),
    ).rejects.toThrow('fetch failed');
    expect(calls).toBe(3);
  });

  test('the caller can name its own transient errors and their waits', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        if (calls++ === 0) throw new Error('session broke');
        return 'done';
      },
      {
        retries: 1,
        baseMs: 1000,
        retryError: (e) =>
          (e as Error).message === 'session broke' ? { reason: 'broke', retryAfterMs: 3 } : undefined,
        onRetry: (e) => void waits.push(e.waitMs),
      },
    );
    expect([result, waits]).toEqual(['done', [3]]);
  });
});
