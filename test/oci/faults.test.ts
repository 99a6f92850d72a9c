// The OCI client through a fault-injecting proxy: every push ends pushed-and-correct or failed with nothing tagged.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { createOciClient, createOciStats, RegistryError } from '../../packages/release-kit/src/oci/client.js';
import type { OciClient, OciClientOptions, OciRequestStats } from '../../packages/release-kit/src/oci/client.js';
import { sha256Digest } from '../../packages/release-kit/src/oci/digest.js';
import { OCI_MANIFEST } from '../../packages/release-kit/src/oci/media-types.js';
import { scriptedFaults, seededFaults } from '../harness/faults.js';
import type { Fault, FaultPlan, FaultRequest } from '../harness/faults.js';
import { startFaultProxy } from '../registry/fault-proxy.js';
import type { FaultProxy } from '../registry/fault-proxy.js';
import { registryAvailable, startRegistry } from '../registry/registry.js';
import type { RegistryAuthMode, TestRegistry } from '../registry/registry.js';
import { copyToOciLayout, inspectRaw, readLayoutBlob } from '../registry/skopeo.js';

/** The back-off base the clients here are given (the runner context's RELEASE_KIT_RETRY_BASE_MS in a run). */
const RETRY_BASE_MS = 20;
const describeIfRegistry = registryAvailable() ? describe : describe.skip;

/** A config blob, a 256 KiB layer (big enough to be cut mid-body) and their manifest. */
function artifact() {
  const config = Buffer.from(JSON.stringify({ nonce: randomBytes(8).toString('hex') }));
  const layer = randomBytes(256 * 1024);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.release-kit.test.config.v1+json',
        digest: sha256Digest(config),
        size: config.length,
      },
      layers: [
        { mediaType: 'application/vnd.release-kit.test.layer.v1', digest: sha256Digest(layer), size: layer.length },
      ],
    }),
  );
  return { config, layer, manifest, digest: sha256Digest(manifest) };
}

/** What publish-chart-oci does: blobs (HEAD, upload if missing), then the manifest under the tag. */
async function push(
  client: OciClient,
  repository: string,
  tag: string,
  a: ReturnType<typeof artifact>,
): Promise<string> {
  for (const blob of [a.config, a.layer]) await client.ensureBlob(repository, blob);
  return (await client.putManifest(repository, tag, a.manifest)).digest;
}

const isBlobPut = (r: FaultRequest) => r.method === 'PUT' && r.path.includes('/blobs/uploads/');
const isManifestPut = (r: FaultRequest) => r.method === 'PUT' && r.path.includes('/manifests/');

describeIfRegistry.each<RegistryAuthMode>(['anonymous', 'htpasswd', 'token'])(
  'OCI client under faults, %s registry',
  (mode) => {
    let registry: TestRegistry;
    const proxies: FaultProxy[] = [];
    beforeAll(async () => {
      registry = await startRegistry({ auth: mode });
    });
    afterAll(async () => {
      await Promise.all(proxies.map((p) => p.close()));
      await registry?.close();
    });

    /** A client that reaches the registry through a fresh proxy applying `plan`. */
    async function faultyClient(
      plan: FaultPlan,
      extra: Partial<OciClientOptions> = {},
    ): Promise<{ client: OciClient; proxy: FaultProxy; stats: OciRequestStats }> {
      const proxy = await startFaultProxy(registry.host, plan);
      proxies.push(proxy);
      const stats = createOciStats();
      const client = createOciClient({
        retryBaseMs: RETRY_BASE_MS,
        registry: proxy.host,
        plainHttp: true,
        username: registry.username,
        password: registry.password,
        push: true,
        stats,
        ...extra,
      });
      return { client, proxy, stats };
    }
    /** A client straight to the registry, to judge the outcome. */
    const direct = () =>
      createOciClient({
        retryBaseMs: RETRY_BASE_MS,
        registry: registry.host,
        plainHttp: true,
        username: registry.username,
        password: registry.password,
      });

    async function expectPushedAndCorrect(
      repository: string,
      tag: string,
      a: ReturnType<typeof artifact>,
    ): Promise<void> {
      expect((await direct().manifestExists(repository, tag))?.digest).toBe(a.digest);
      expect((await inspectRaw(registry, `${repository}:${tag}`)).equals(a.manifest)).toBe(true);
      const layout = await copyToOciLayout(registry, `${repository}:${tag}`);
      expect((await readLayoutBlob(layout, sha256Digest(a.layer))).equals(a.layer)).toBe(true);
    }

    async function expectNothingTagged(repository: string, tag: string): Promise<void> {
      expect(await direct().manifestExists(repository, tag)).toBeUndefined();
      expect(await direct().listTags(repository)).not.toContain(tag);
    }

    test('a 500 on a blob PUT, a reset mid-upload and a 429 with retry-after still end pushed and correct', async () => {
      const faults: Fault[] = [
        { kind: 'status', status: 500 },
        { kind: 'reset', afterBytes: 100_000 },
      ];
      const blobPlan = scriptedFaults(faults, isBlobPut);
      const manifestPlan = scriptedFaults(
        [{ kind: 'secondary-rate-limit', status: 429, retryAfter: 1 }],
        isManifestPut,
      );
      const plan: FaultPlan = {
        injected: [],
        next: (request) => (isBlobPut(request) ? blobPlan.next(request) : manifestPlan.next(request)),
      };
      const { client, proxy, stats } = await faultyClient(plan);
      const a = artifact();
      expect(await push(client, 'faults/scripted', 'v1', a)).toBe(a.digest);
      expect(blobPlan.injected).toHaveLength(2);
      expect(manifestPlan.injected).toHaveLength(1);
      expect(stats.uploadRestarts).toBe(2);
      expect(stats.retries).toBeGreaterThanOrEqual(1);
      expect(proxy.requests.some((r) => r.fault.startsWith('reset after 100000'))).toBe(true);
      await expectPushedAndCorrect('faults/scripted', 'v1', a);
    });

    test('Retry-After is honoured (scaled by RELEASE_KIT_RETRY_BASE_MS)', async () => {
      // retry-after 10 s × 20 ms base = 200 ms; without honouring it the first back-off is about 20 ms.
      const plan = scriptedFaults(
        [{ kind: 'secondary-rate-limit', status: 429, retryAfter: 10 }],
        (r) => r.method === 'HEAD',
      );
      const { client, stats } = await faultyClient(plan);
      const started = Date.now();
      expect(await client.manifestExists('faults/retry-after', 'v1')).toBeUndefined();
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      expect(stats.retries).toBe(1);
    });

    test('a manifest PUT that keeps failing fails the push with a clear error and tags nothing', async () => {
      const plan = scriptedFaults(
        Array.from({ length: 10 }, () => ({ kind: 'status', status: 503 }) as Fault),
        isManifestPut,
      );
      const { client } = await faultyClient(plan, { retries: 2 });
      const a = artifact();
      const error = await push(client, 'faults/manifest-down', 'v1', a).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RegistryError);
      expect((error as Error).message).toMatch(
        /kept failing PUT manifest on faults\/manifest-down:v1 \(HTTP 503.*after 3 tries/,
      );
      await expectNothingTagged('faults/manifest-down', 'v1');
    });

    test('an upload that is cut every time fails the push before any manifest is written', async () => {
      const plan = scriptedFaults(
        Array.from({ length: 10 }, () => ({ kind: 'reset', afterBytes: 50_000 }) as Fault),
        isBlobPut,
      );
      const { client, proxy } = await faultyClient(plan, { retries: 2 });
      const a = artifact();
      const error = await push(client, 'faults/upload-cut', 'v1', a).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RegistryError);
      expect((error as Error).message).toMatch(
        /kept failing the upload of blob sha256:[0-9a-f]{64} to .* after 3 tries/,
      );
      expect(proxy.requests.filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'))).toEqual([]);
      await expectNothingTagged('faults/upload-cut', 'v1');
    });

    test('seeded random faults: pushed and correct, or failed with nothing tagged; never a tag on a partial upload', async () => {
      let pushed = 0;
      let failed = 0;
      let injected = 0;
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
          const plan = seededFaults(seed, {
            rate: 0.35,
            kinds: ['status', 'reset', 'secondary-rate-limit', 'latency'],
            maxConsecutive: 3,
            maxLatencyMs: 30,
          });
          const { client } = await faultyClient(plan, { retries: 2 });
          const repository = `faults/seeded-${seed}`;
          const a = artifact();
          const outcome = await push(client, repository, 'v1', a).then(
            () => 'pushed',
            (e: unknown) => e,
          );
          injected += plan.injected.length;
          if (outcome === 'pushed') {
            pushed += 1;
            await expectPushedAndCorrect(repository, 'v1', a);
          } else {
            failed += 1;
            expect(outcome).toBeInstanceOf(RegistryError);
            // The manifest PUT may have landed with its answer lost; then the tag must point at complete content.
            if (await direct().manifestExists(repository, 'v1')) await expectPushedAndCorrect(repository, 'v1', a);
          }
        }),
        { numRuns: 6, seed: 20261201 },
      );
      expect(pushed + failed).toBe(6);
      expect(injected).toBeGreaterThan(5);
    });
  },
);
