// The OCI client against the real registry in every auth mode: push, read back, skopeo agrees, budgets.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createOciClient, createOciStats, RegistryError } from '../../packages/release-kit/src/oci/client.js';
import type { OciClientOptions } from '../../packages/release-kit/src/oci/client.js';
import { sha256Digest } from '../../packages/release-kit/src/oci/digest.js';
import { OCI_INDEX, OCI_MANIFEST } from '../../packages/release-kit/src/oci/media-types.js';
import { registryAvailable, startRegistry } from '../registry/registry.js';
import type { RegistryAuthMode, TestRegistry } from '../registry/registry.js';
import {
  copyToOciLayout,
  inspectRaw,
  listTags as skopeoTags,
  pushTinyImage,
  readLayoutBlob,
  tryInspectRaw,
} from '../registry/skopeo.js';

/** The back-off base the clients here are given (the runner context's RELEASE_KIT_RETRY_BASE_MS in a run). */
const RETRY_BASE_MS = 20;
const describeIfRegistry = registryAvailable() ? describe : describe.skip;

/** A tiny artifact: a config blob, one layer, and the OCI manifest that ties them together. */
function tinyArtifact(label = randomBytes(4).toString('hex')) {
  const config = Buffer.from(JSON.stringify({ label }));
  const layer = randomBytes(2048);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: 'application/vnd.release-kit.test',
      config: {
        mediaType: 'application/vnd.release-kit.test.config.v1+json',
        digest: sha256Digest(config),
        size: config.length,
      },
      layers: [
        { mediaType: 'application/vnd.release-kit.test.layer.v1', digest: sha256Digest(layer), size: layer.length },
      ],
      annotations: { 'org.opencontainers.image.title': label },
    }),
  );
  return { config, layer, manifest, digest: sha256Digest(manifest) };
}

describeIfRegistry.each<RegistryAuthMode>(['anonymous', 'htpasswd', 'token'])('OCI client, %s registry', (mode) => {
  let registry: TestRegistry;
  const clientFor = (extra: Partial<OciClientOptions> = {}) =>
    createOciClient({
      retryBaseMs: RETRY_BASE_MS,
      registry: registry.host,
      plainHttp: true,
      username: registry.username,
      password: registry.password,
      ...extra,
    });

  beforeAll(async () => {
    registry = await startRegistry({ auth: mode });
  });
  afterAll(async () => {
    await registry?.close();
  });

  test('pushes blobs and a manifest, reads them back, and skopeo sees the same bytes', async () => {
    const stats = createOciStats();
    const client = clientFor({ stats, push: true });
    const artifact = tinyArtifact();
    const repository = 'client/push';
    expect(await client.manifestExists(repository, 'v1')).toBeUndefined();
    for (const blob of [artifact.config, artifact.layer])
      expect((await client.ensureBlob(repository, blob)).uploaded).toBe(true);
    const { digest } = await client.putManifest(repository, 'v1', artifact.manifest);
    expect(digest).toBe(artifact.digest);
    expect(stats).toMatchObject({
      manifestHeads: 1,
      blobHeads: 2,
      uploadSessions: 2,
      blobPuts: 2,
      manifestPuts: 1,
      retries: 0,
    });
    expect(stats.tokenRequests).toBe(mode === 'token' ? 1 : 0);

    const head = await client.manifestExists(repository, 'v1');
    expect(head).toEqual({ digest: artifact.digest, size: artifact.manifest.length, mediaType: OCI_MANIFEST });
    const fetched = await client.getManifest(repository, 'v1');
    expect(fetched.bytes.equals(artifact.manifest)).toBe(true);
    expect(fetched.digest).toBe(artifact.digest);
    expect(fetched.json.annotations).toEqual(JSON.parse(artifact.manifest.toString()).annotations);
    expect((await client.getManifest(repository, artifact.digest)).bytes.equals(artifact.manifest)).toBe(true);
    expect((await client.getBlob(repository, sha256Digest(artifact.layer))).equals(artifact.layer)).toBe(true);
    expect(await client.listTags(repository)).toEqual(['v1']);

    const raw = await inspectRaw(registry, `${repository}:v1`);
    expect(raw.equals(artifact.manifest)).toBe(true);
    const layout = await copyToOciLayout(registry, `${repository}:v1`);
    expect((await readLayoutBlob(layout, sha256Digest(artifact.layer))).equals(artifact.layer)).toBe(true);
  });

  test('an identical re-push uploads no blob', async () => {
    const artifact = tinyArtifact();
    const repository = 'client/again';
    const first = clientFor({ push: true });
    for (const blob of [artifact.config, artifact.layer]) await first.ensureBlob(repository, blob);
    await first.putManifest(repository, '1.0.0', artifact.manifest);

    const stats = createOciStats();
    const second = clientFor({ stats, push: true });
    expect((await second.manifestExists(repository, '1.0.0'))?.digest).toBe(artifact.digest);
    for (const blob of [artifact.config, artifact.layer])
      expect((await second.ensureBlob(repository, blob)).uploaded).toBe(false);
    expect(stats).toMatchObject({ manifestHeads: 1, blobHeads: 2, uploadSessions: 0, blobPuts: 0, manifestPuts: 0 });
  });

  test('reads an image skopeo pushed', async () => {
    const image = await pushTinyImage(registry, 'client/from-skopeo', 'latest');
    const client = clientFor();
    const manifest = await client.getManifest('client/from-skopeo', 'latest');
    expect(manifest.digest).toBe(image.digest);
    expect((await client.getBlob('client/from-skopeo', image.layerDigest)).equals(image.layer)).toBe(true);
    expect(await client.blobExists('client/from-skopeo', image.configDigest)).toEqual({
      digest: image.configDigest,
      size: image.config.length,
    });
  });

  test('referrers: distribution 2.8 lacks the API, so the sha256-<hex> tag index is used', async () => {
    const client = clientFor({ push: true });
    const repository = 'client/referrers';
    const subject = tinyArtifact('subject');
    for (const blob of [subject.config, subject.layer]) await client.ensureBlob(repository, blob);
    await client.putManifest(repository, 'v1', subject.manifest);
    expect(await client.listReferrers(repository, subject.digest)).toMatchObject({ source: 'none', manifests: [] });

    const referrer = tinyArtifact('signature');
    for (const blob of [referrer.config, referrer.layer]) await client.ensureBlob(repository, blob);
    await client.putManifest(repository, referrer.digest, referrer.manifest);
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [
          {
            mediaType: OCI_MANIFEST,
            digest: referrer.digest,
            size: referrer.manifest.length,
            artifactType: 'application/vnd.release-kit.test',
          },
        ],
      }),
    );
    await client.putManifest(repository, `sha256-${subject.digest.slice(7)}`, index);
    const found = await client.listReferrers(repository, subject.digest);
    expect(found.source).toBe('tag');
    expect(found.apiStatus).toBe(404);
    expect(found.manifests.map((m) => m.digest)).toEqual([referrer.digest]);
    expect((await client.listReferrers(repository, subject.digest, { artifactType: 'other/type' })).manifests).toEqual(
      [],
    );
  });

  test('a missing manifest is a clear error naming registry, repository and status', async () => {
    const client = clientFor();
    const error = await client.getManifest('client/nothing-here', 'v9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).status).toBe(404);
    expect((error as Error).message).toContain('client/nothing-here:v9');
    expect((error as Error).message).toContain(registry.host);
    expect(await client.listTags('client/nothing-here')).toEqual([]);
  });

  if (mode !== 'anonymous') {
    test('wrong credentials fail with a message naming the user and never the password', async () => {
      const password = `wrong-${randomBytes(6).toString('hex')}`;
      const client = clientFor({ password });
      const error = await client.blobExists('client/push', sha256Digest('x')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RegistryError);
      const message = (error as Error).message;
      expect(message).toMatch(/refused/);
      expect(message).toContain(registry.username!);
      expect(message).not.toContain(password);
      expect(message).not.toContain(registry.password!);
    });

    test('no credentials at all: a clear error asking for them', async () => {
      const client = createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true });
      await expect(client.manifestExists('client/push', 'v1')).rejects.toThrow(/set username and password/);
      const nothingPushed = await tryInspectRaw(registry, 'client/anonymous-attempt:v1');
      expect(nothingPushed.exitCode).not.toBe(0);
    });
  }

  if (mode === 'token') {
    test('one pull,push token serves a whole push, and a pull-only token is upgraded when pushing', async () => {
      const issuedBefore = registry.tokenService!.issued.length;
      const stats = createOciStats();
      const client = clientFor({ stats });
      const artifact = tinyArtifact();
      await client.manifestExists('client/scopes', 'v1');
      for (const blob of [artifact.config, artifact.layer]) await client.ensureBlob('client/scopes', blob);
      await client.putManifest('client/scopes', 'v1', artifact.manifest);
      const issued = registry.tokenService!.issued.slice(issuedBefore);
      expect(issued.map((t) => t.scopes)).toEqual([
        ['repository:client/scopes:pull'],
        ['repository:client/scopes:pull,push'],
      ]);
      expect(stats.tokenRequests).toBe(2);
      expect(stats.authChallenges).toBe(1);
      expect(await skopeoTags(registry, 'client/scopes')).toEqual(['v1']);
    });
  }
});

describeIfRegistry('OCI client, token service that grants pull only', () => {
  test('a push is denied with a message saying the token lacks the scope', async () => {
    const registry = await startRegistry({
      auth: 'token',
      grant: (_user, _repository, requested) => requested.filter((a) => a === 'pull'),
    });
    try {
      const client = createOciClient({
        retryBaseMs: RETRY_BASE_MS,
        registry: registry.host,
        plainHttp: true,
        username: registry.username,
        password: registry.password,
        push: true,
      });
      const error = await client.uploadBlob('client/readonly', Buffer.from('x')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RegistryError);
      expect((error as Error).message).toMatch(
        /denied start blob upload on client\/readonly@sha256:[0-9a-f]{64} to user "release-kit" \(HTTP 401 UNAUTHORIZED.*the token lacks the scope\)/,
      );
      expect(await client.listTags('client/readonly')).toEqual([]);
    } finally {
      await registry.close();
    }
  });
});
