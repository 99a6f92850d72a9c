// The registry fixture itself: skopeo pushes and inspects an image in every auth mode, and bad logins fail.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { registryAvailable, startRegistry } from './registry.js';
import type { RegistryAuthMode, TestRegistry } from './registry.js';
import { copyToOciLayout, inspectRaw, listTags, pushTinyImage, readLayoutBlob, tryInspectRaw } from './skopeo.js';

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const describeIfRegistry = registryAvailable() ? describe : describe.skip;

describeIfRegistry.each<RegistryAuthMode>(['anonymous', 'htpasswd', 'token'])('registry fixture, %s auth', (mode) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: mode });
  });
  afterAll(async () => {
    await registry?.close();
  });

  test('answers /v2/ on a loopback port, challenging exactly when auth is on', async () => {
    expect(registry.host).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(registry.host).not.toBe('127.0.0.1:5000');
    const response = await fetch(`${registry.url}/v2/`);
    await response.body?.cancel();
    if (mode === 'anonymous') {
      expect(response.status).toBe(200);
    } else {
      expect(response.status).toBe(401);
      const challenge = response.headers.get('www-authenticate') ?? '';
      if (mode === 'htpasswd') expect(challenge).toMatch(/^Basic realm="release-kit-test"/);
      else {
        expect(challenge).toContain(`Bearer realm="${registry.tokenService!.realm}"`);
        expect(challenge).toContain(`service="${registry.tokenService!.service}"`);
      }
    }
  });

  test('skopeo pushes an image, inspects it and copies it back byte for byte', async () => {
    const image = await pushTinyImage(registry, 'fixture/tiny', 'v1');
    expect(image.digest).toBe(sha256(image.manifest));
    const raw = await inspectRaw(registry, 'fixture/tiny:v1');
    expect(sha256(raw)).toBe(image.digest);
    const manifest = JSON.parse(raw.toString('utf8'));
    expect(manifest.layers[0].digest).toBe(image.layerDigest);
    expect(await listTags(registry, 'fixture/tiny')).toEqual(['v1']);
    const layout = await copyToOciLayout(registry, 'fixture/tiny:v1');
    expect((await readLayoutBlob(layout, image.layerDigest)).equals(image.layer)).toBe(true);
  });

  if (mode !== 'anonymous') {
    test('wrong credentials are refused, and so is no login at all', async () => {
      await pushTinyImage(registry, 'fixture/guarded', 'v1');
      const wrong = await tryInspectRaw(
        { host: registry.host, creds: `${registry.username}:not-the-password` },
        'fixture/guarded:v1',
      );
      expect(wrong.exitCode).not.toBe(0);
      expect(wrong.stderr).toMatch(/unauthorized|authentication required|401/i);
      const none = await tryInspectRaw({ host: registry.host }, 'fixture/guarded:v1');
      expect(none.exitCode).not.toBe(0);
      await expect(
        pushTinyImage({ host: registry.host, creds: `${registry.username}:nope` }, 'fixture/guarded', 'v2'),
      ).rejects.toThrow(/exited with/);
      expect(await listTags(registry, 'fixture/guarded')).toEqual(['v1']);
    });
  }

  if (mode === 'token') {
    test('the token service issued push and pull to the user, as ghcr.io does', () => {
      const service = registry.tokenService!;
      const pushGrant = service.issued.find((t) =>
        t.granted.some((g) => g.name === 'fixture/tiny' && g.actions.includes('push')),
      );
      expect(pushGrant?.user).toBe(registry.username);
      expect(service.refused).toBeGreaterThan(0);
    });
  }
});

describeIfRegistry('registry fixture lifecycle', () => {
  test('close stops the registry and deletes its storage', async () => {
    const registry = await startRegistry();
    await pushTinyImage(registry, 'fixture/gone', 'v1');
    const { existsSync } = await import('node:fs');
    expect(existsSync(registry.storage)).toBe(true);
    await registry.close();
    expect(existsSync(registry.storage)).toBe(false);
    await expect(fetch(`${registry.url}/v2/`)).rejects.toThrow();
  });

  test('token mode can withhold push, and the registry then refuses it', async () => {
    const registry = await startRegistry({
      auth: 'token',
      grant: (_user, _repository, requested) => requested.filter((a) => a === 'pull'),
    });
    try {
      await expect(pushTinyImage(registry, 'fixture/readonly', 'v1')).rejects.toThrow(
        /denied|unauthorized|insufficient/i,
      );
    } finally {
      await registry.close();
    }
  });
});
