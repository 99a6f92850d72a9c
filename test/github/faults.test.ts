// Checks the shared fault injector: determinism per seed, caps, and what each fault does on the wire.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import {
  applyFault,
  ALL_FAULT_KINDS,
  scriptedFaults,
  seededFaults,
  type Fault,
  type FaultPlan,
} from '../harness/faults.js';

const requests = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ method: i % 3 ? 'GET' : 'POST', path: `/x/${i}` }));
const sequence = (plan: FaultPlan, n: number) => requests(n).map((r) => plan.next(r));

describe('seededFaults', () => {
  test('the same seed gives the same fault sequence, another seed another one', () => {
    const options = { rate: 0.5, kinds: [...ALL_FAULT_KINDS] };
    const a = sequence(seededFaults(42, options), 200);
    const b = sequence(seededFaults(42, options), 200);
    const c = sequence(seededFaults(43, options), 200);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    expect(a.filter((f) => f.kind !== 'none').length).toBeGreaterThan(40);
    for (const kind of ALL_FAULT_KINDS) expect(a.some((f) => f.kind === kind)).toBe(true);
  });

  test('property: deterministic per seed, never more than maxConsecutive in a row, never more than maxFaults', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 30 }),
        (seed, rate, maxConsecutive, maxFaults) => {
          const options = { rate, kinds: [...ALL_FAULT_KINDS], maxConsecutive, maxFaults };
          const plan = seededFaults(seed, options);
          const faults = sequence(plan, 120);
          expect(sequence(seededFaults(seed, options), 120)).toEqual(faults);
          let run = 0;
          for (const fault of faults) {
            run = fault.kind === 'none' ? 0 : run + 1;
            expect(run).toBeLessThanOrEqual(maxConsecutive);
          }
          expect(plan.injected.length).toBe(faults.filter((f) => f.kind !== 'none').length);
          expect(plan.injected.length).toBeLessThanOrEqual(maxFaults);
        },
      ),
    );
  });

  test('requests outside match neither get faults nor shift the sequence', () => {
    const options = { rate: 0.6, kinds: [...ALL_FAULT_KINDS] };
    const onlyPosts = seededFaults(7, { ...options, match: (r) => r.method === 'POST' });
    const all = requests(90).map((r) => ({ r, f: onlyPosts.next(r) }));
    expect(all.filter(({ r, f }) => r.method !== 'POST' && f.kind !== 'none')).toEqual([]);
    const postsAlone = seededFaults(7, options);
    expect(all.filter(({ r }) => r.method === 'POST').map(({ r }) => postsAlone.next(r))).toEqual(
      all.filter(({ r }) => r.method === 'POST').map(({ f }) => f),
    );
  });

  test('rejects a nonsense rate', () => {
    expect(() => seededFaults(1, { rate: 2, kinds: ['status'] })).toThrow(/rate/);
  });
});

describe('scriptedFaults', () => {
  test('plays the script in order for matching requests, then none', () => {
    const script: Fault[] = [{ kind: 'status', status: 502 }, { kind: 'none' }, { kind: 'latency', ms: 5 }];
    const plan = scriptedFaults(script, (r) => r.method === 'POST');
    const got = requests(12).map((r) => plan.next(r).kind);
    expect(got).toEqual([
      'status',
      'none',
      'none',
      'none',
      'none',
      'none',
      'latency',
      'none',
      'none',
      'none',
      'none',
      'none',
    ]);
    expect(plan.injected.map((i) => i.request.path)).toEqual(['/x/0', '/x/6']);
  });
});

describe('applyFault on a real socket', () => {
  let server: http.Server;
  let url: string;
  let current: Fault = { kind: 'none' };
  let bodyBytesSeen = 0;

  beforeAll(async () => {
    server = http.createServer(async (req, res) => {
      res.setHeader('x-ratelimit-limit', '5000');
      if ((await applyFault(current, req, res)) === 'handled') return;
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      bodyBytesSeen = Buffer.concat(chunks).length;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('status answers the status with a JSON message', async () => {
    current = { kind: 'status', status: 503 };
    const response = await fetch(url, { method: 'POST', body: 'x'.repeat(1000) });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { message: string }).message).toMatch(/503/);
  });

  test('secondary limit carries retry-after and the wording octokit looks for', async () => {
    current = { kind: 'secondary-rate-limit', status: 429, retryAfter: 3 };
    const response = await fetch(url);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(((await response.json()) as { message: string }).message).toMatch(/\bsecondary rate\b/i);
  });

  test('primary limit: 403, remaining 0, reset in the future', async () => {
    current = { kind: 'primary-rate-limit', resetInSeconds: 5 };
    const response = await fetch(url);
    expect(response.status).toBe(403);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 3);
  });

  test('latency delays and then serves normally', async () => {
    current = { kind: 'latency', ms: 120 };
    const started = Date.now();
    const response = await fetch(url, { method: 'POST', body: 'abc' });
    expect(await response.text()).toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(bodyBytesSeen).toBe(3);
  });

  test('reset before the body and mid-body both break the connection', async () => {
    current = { kind: 'reset', afterBytes: 0 };
    await expect(fetch(url, { method: 'POST', body: 'abc' })).rejects.toThrow();
    current = { kind: 'reset', afterBytes: 100_000 };
    await expect(fetch(url, { method: 'POST', body: Buffer.alloc(1_000_000) })).rejects.toThrow();
    current = { kind: 'none' };
    expect(await (await fetch(url)).text()).toBe('ok');
  });
});
