// The registry fault proxy: transparent without faults, and each fault kind shows up as planned.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { noFaults, scriptedFaults, seededFaults } from '../harness/faults.js';
import { startFaultProxy } from './fault-proxy.js';
import { registryAvailable, startRegistry } from './registry.js';
import type { TestRegistry } from './registry.js';
import { inspectRaw, pushTinyImage } from './skopeo.js';

const describeIfRegistry = registryAvailable() ? describe : describe.skip;

describeIfRegistry('registry fault proxy', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'htpasswd' });
  });
  afterAll(async () => {
    await registry?.close();
  });

  test('without faults it is transparent: skopeo pushes through it, and upload Locations point back at it', async () => {
    const proxy = await startFaultProxy(registry.host, noFaults);
    try {
      const image = await pushTinyImage({ host: proxy.host, creds: registry.creds }, 'proxy/clean', 'v1');
      expect((await inspectRaw(registry, 'proxy/clean:v1')).equals(image.manifest)).toBe(true);
      const uploads = proxy.requests.filter((r) => r.method === 'PUT' && r.path.includes('/blobs/uploads/'));
      expect(uploads.length).toBeGreaterThanOrEqual(1);
      expect(uploads.every((r) => r.status === 201 && r.fault === 'none')).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  test('status, rate-limit and reset faults reach the client as planned, OCI-shaped', async () => {
    const plan = scriptedFaults([
      { kind: 'status', status: 503 },
      { kind: 'secondary-rate-limit', status: 429, retryAfter: 7 },
      { kind: 'reset', afterBytes: 0 },
    ]);
    const proxy = await startFaultProxy(registry.host, plan);
    try {
      const first = await fetch(`${proxy.url}/v2/`);
      expect(first.status).toBe(503);
      expect(await first.json()).toEqual({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault: HTTP 503' }] });
      const second = await fetch(`${proxy.url}/v2/`);
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toBe('7');
      await second.body?.cancel();
      await expect(fetch(`${proxy.url}/v2/`)).rejects.toThrow();
      const fourth = await fetch(`${proxy.url}/v2/`);
      expect(fourth.status).toBe(401);
      await fourth.body?.cancel();
      expect(proxy.requests.map((r) => [r.fault, r.status])).toEqual([
        ['HTTP 503', 503],
        ['secondary rate limit 429, retry-after 7s', 429],
        ['reset before the body', undefined],
        ['none', 401],
      ]);
    } finally {
      await proxy.close();
    }
  });

  test('the same seed gives the same faults through the proxy', async () => {
    const run = async () => {
      const plan = seededFaults(42, {
        rate: 0.5,
        kinds: ['status', 'secondary-rate-limit', 'latency'],
        maxLatencyMs: 5,
      });
      const proxy = await startFaultProxy(registry.host, plan);
      try {
        for (let i = 0; i < 12; i += 1) await (await fetch(`${proxy.url}/v2/`)).body?.cancel();
        return proxy.requests.map((r) => r.fault);
      } finally {
        await proxy.close();
      }
    };
    const first = await run();
    expect(first.some((f) => f !== 'none')).toBe(true);
    expect(await run()).toEqual(first);
  });
});
