// Protocol corners a healthy distribution registry never shows: scripted loopback servers play the registry.
import { afterEach, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOciClient, createOciStats, RegistryError } from '../../packages/release-kit/src/oci/client.js';
import { sha256Digest } from '../../packages/release-kit/src/oci/digest.js';
import type { Logger } from '../../packages/release-kit/src/plumbing/log.js';

/** The back-off base the clients here are given (the runner context's RELEASE_KIT_RETRY_BASE_MS in a run). */
const RETRY_BASE_MS = 20;

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  contentType?: string;
  body: Buffer;
}

interface Scripted {
  host: string;
  seen: Seen[];
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

/** A loopback server answering with `handler`, recording every request. */
async function scripted(
  handler: (req: IncomingMessage, res: ServerResponse, body: Buffer, seen: Seen[]) => void,
): Promise<Scripted> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body,
      });
      handler(req, res, body, seen);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const capture = () => {
  const lines: string[] = [];
  const log: Logger = {
    info: (m) => lines.push(m),
    debug: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    error: (m) => lines.push(m),
  };
  return { lines, log };
};

describe('uploads', () => {
  test('a relative Location with a query is followed as given, digest appended', async () => {
    const data = Buffer.from('hello blob');
    const digest = sha256Digest(data);
    const registry = await scripted((req, res) => {
      if (req.method === 'POST') res.writeHead(202, { location: '/elsewhere/session-1?_state=abc%3D%3D&x=1' }).end();
      else if (req.method === 'PUT') res.writeHead(201, { 'docker-content-digest': digest }).end();
      else res.writeHead(404).end();
    });
    await createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true }).uploadBlob(
      'a/b',
      data,
    );
    const put = registry.seen.find((s) => s.method === 'PUT')!;
    expect(put.url).toBe(`/elsewhere/session-1?_state=abc%3D%3D&x=1&digest=${encodeURIComponent(digest)}`);
    expect(put.body.equals(data)).toBe(true);
    expect(registry.seen.map((s) => `${s.method} ${s.url.split('?')[0]}`)).toEqual([
      'POST /v2/a/b/blobs/uploads/',
      'PUT /elsewhere/session-1',
    ]);
  });

  test('an absolute Location on another origin gets the bytes but not the credentials', async () => {
    const data = Buffer.from('to storage');
    const digest = sha256Digest(data);
    const storage = await scripted((_req, res) => res.writeHead(201, { 'docker-content-digest': digest }).end());
    const registry = await scripted((req, res) => {
      if (!req.headers.authorization) res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
      else res.writeHead(202, { location: `http://${storage.host}/upload?sig=xyz` }).end();
    });
    await createOciClient({
      retryBaseMs: RETRY_BASE_MS,
      registry: registry.host,
      plainHttp: true,
      username: 'u',
      password: 'p',
    }).uploadBlob('a/b', data);
    expect(registry.seen.at(-1)?.authorization).toMatch(/^Basic /);
    expect(storage.seen).toHaveLength(1);
    expect(storage.seen[0].authorization).toBeUndefined();
    expect(storage.seen[0].url).toBe(`/upload?sig=xyz&digest=${encodeURIComponent(digest)}`);
  });

  test('a registry that stores another digest than the one uploaded is an error', async () => {
    const data = Buffer.from('x');
    const registry = await scripted((req, res) => {
      if (req.method === 'POST') res.writeHead(202, { location: '/up' }).end();
      else res.writeHead(201, { 'docker-content-digest': sha256Digest('something else') }).end();
    });
    await expect(
      createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true }).uploadBlob('a/b', data),
    ).rejects.toThrow(/stored blob sha256:.* for the upload of/);
  });
});

describe('manifests and blobs are checked against their digests', () => {
  test('manifest PUT: a Docker-Content-Digest other than the bytes sent fails', async () => {
    const registry = await scripted((_req, res) =>
      res.writeHead(201, { 'docker-content-digest': sha256Digest('not it') }).end(),
    );
    const error = await createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true })
      .putManifest('a/b', 'v1', '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(
      /stored manifest a\/b:v1 as sha256:[0-9a-f]+, but the bytes sent hash to sha256:/,
    );
  });

  test("manifest PUT: Content-Type is the manifest's mediaType, or the OCI type by shape", async () => {
    const registry = await scripted((_req, res, body) =>
      res.writeHead(201, { 'docker-content-digest': sha256Digest(body) }).end(),
    );
    const client = createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true });
    await client.putManifest(
      'a/b',
      'v1',
      JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.docker.distribution.manifest.v2+json' }),
    );
    await client.putManifest('a/b', 'v2', JSON.stringify({ schemaVersion: 2, manifests: [] }));
    await client.putManifest('a/b', 'v3', JSON.stringify({ schemaVersion: 2, config: {}, layers: [] }));
    expect(registry.seen.map((s) => s.contentType)).toEqual([
      'application/vnd.docker.distribution.manifest.v2+json',
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
    ]);
  });

  test('manifest GET by digest: tampered bytes are refused', async () => {
    const genuine = Buffer.from('{"schemaVersion":2}');
    const registry = await scripted((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end('{"schemaVersion":3}'),
    );
    await expect(
      createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true }).getManifest(
        'a/b',
        sha256Digest(genuine),
      ),
    ).rejects.toThrow(/does not match the expected/);
  });

  test("manifest GET by tag: bytes that disagree with the registry's own Docker-Content-Digest are refused", async () => {
    const registry = await scripted((_req, res) =>
      res.writeHead(200, { 'docker-content-digest': sha256Digest('other') }).end('{"schemaVersion":2}'),
    );
    await expect(
      createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true }).getManifest(
        'a/b',
        'v1',
      ),
    ).rejects.toThrow(/does not match the registry's Docker-Content-Digest/);
  });

  test('blob GET: corrupted content is refused', async () => {
    const registry = await scripted((_req, res) => res.writeHead(200).end('corrupted'));
    await expect(
      createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true }).getBlob(
        'a/b',
        sha256Digest('original'),
      ),
    ).rejects.toThrow(/does not match the expected/);
  });
});

describe('auth', () => {
  test('Bearer: access_token alone is accepted, cached per scope, and credentials never reach the log', async () => {
    const password = 'ghp_SECRETSECRETSECRET';
    const tokens = await scripted((req, res) => {
      const ok = req.headers.authorization === `Basic ${Buffer.from(`actor:${password}`).toString('base64')}`;
      res
        .writeHead(ok ? 200 : 401, { 'content-type': 'application/json' })
        .end(ok ? JSON.stringify({ access_token: 'tok-123', expires_in: 300 }) : '{}');
    });
    const registry = await scripted((req, res) => {
      if (req.headers.authorization !== 'Bearer tok-123') {
        res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${tokens.host}/token",service="svc",scope="repository:a/b:pull"`,
          })
          .end();
      } else res.writeHead(404).end();
    });
    const { lines, log } = capture();
    const stats = createOciStats();
    const client = createOciClient({
      retryBaseMs: RETRY_BASE_MS,
      registry: registry.host,
      plainHttp: true,
      username: 'actor',
      password,
      log,
      stats,
    });
    for (let i = 0; i < 3; i += 1) expect(await client.blobExists('a/b', sha256Digest(String(i)))).toBeUndefined();
    expect(tokens.seen).toHaveLength(1);
    expect(tokens.seen[0].url).toBe('/token?service=svc&scope=repository%3Aa%2Fb%3Apull');
    expect(stats).toMatchObject({ tokenRequests: 1, authChallenges: 1, blobHeads: 3 });
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(all).not.toContain(password);
    expect(all).not.toContain(Buffer.from(`actor:${password}`).toString('base64'));
    expect(all).not.toContain('tok-123');
  });

  test('a 401 to a cached token renews it once', async () => {
    let issued = 0;
    const tokens = await scripted((_req, res) => {
      issued += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `t${issued}` }));
    });
    const registry = await scripted((req, res, _body, seen) => {
      // The first token is revoked right after its first use.
      const valid =
        req.headers.authorization === 'Bearer t2' ||
        (req.headers.authorization === 'Bearer t1' && seen.filter((s) => s.authorization === 'Bearer t1').length === 1);
      if (!valid)
        res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${tokens.host}/token",service="svc"` }).end();
      else res.writeHead(404).end();
    });
    const client = createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true });
    await client.blobExists('a/b', sha256Digest('1'));
    await client.blobExists('a/b', sha256Digest('2'));
    expect(issued).toBe(2);
    expect(registry.seen.at(-1)?.authorization).toBe('Bearer t2');
  });

  test('a token realm over plain http is refused unless the registry itself is plain http', async () => {
    const calls: string[] = [];
    const fakeFetch = (async (url: string | URL | Request) => {
      calls.push(String(url));
      return new Response(null, {
        status: 401,
        headers: { 'www-authenticate': 'Bearer realm="http://evil.example/token",service="s"' },
      });
    }) as typeof fetch;
    const client = createOciClient({
      retryBaseMs: RETRY_BASE_MS,
      registry: 'registry.example',
      username: 'u',
      password: 'p',
      fetch: fakeFetch,
    });
    await expect(client.blobExists('a/b', sha256Digest('x'))).rejects.toThrow(
      /not https: refusing to send credentials/,
    );
    expect(calls).toEqual([`https://registry.example/v2/a/b/blobs/${sha256Digest('x')}`]);
  });

  test('403 is a denial naming the user and the permission ghcr.io needs', async () => {
    const registry = await scripted((req, res) => {
      if (!req.headers.authorization) res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
      else
        res
          .writeHead(403, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ code: 'DENIED', message: 'permission_denied: write_package' }] }));
    });
    const error = await createOciClient({
      retryBaseMs: RETRY_BASE_MS,
      registry: registry.host,
      plainHttp: true,
      username: 'actor',
      password: 'pw',
    })
      .putManifest('a/b', 'v1', '{"schemaVersion":2}')
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `registry ${registry.host} denied PUT manifest on a/b:v1 to user "actor" (HTTP 403 DENIED: permission_denied: write_package); on ghcr.io the job needs 'packages: write'`,
    );
  });
});

describe('retries', () => {
  test('bounded: a registry that always answers 500 gets retries + 1 attempts, then a clear error', async () => {
    const registry = await scripted((_req, res) => res.writeHead(500).end());
    const stats = createOciStats();
    const error = await createOciClient({
      retryBaseMs: RETRY_BASE_MS,
      registry: registry.host,
      plainHttp: true,
      retries: 3,
      stats,
    })
      .manifestExists('a/b', 'v1')
      .catch((e: unknown) => e);
    expect(registry.seen).toHaveLength(4);
    expect(stats.retries).toBe(3);
    expect((error as Error).message).toMatch(/kept failing HEAD manifest on a\/b:v1 \(HTTP 500\) after 4 tries/);
  });

  test('Retry-After as an HTTP date is honoured', async () => {
    const registry = await scripted((_req, res, _body, seen) => {
      if (seen.length === 1) res.writeHead(429, { 'retry-after': new Date(Date.now() + 10_000).toUTCString() }).end();
      else res.writeHead(404).end();
    });
    const started = Date.now();
    // base 20 ms: about 10 s × 20 = 200 ms (the date has one-second precision, so at least 9 s × 20).
    expect(
      await createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true }).manifestExists(
        'a/b',
        'v1',
      ),
    ).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(170);
  });

  test('4xx other than 429 are not retried', async () => {
    const registry = await scripted((_req, res) =>
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid' }] })),
    );
    const error = await createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true })
      .putManifest('a/b', 'v1', '{"schemaVersion":2}')
      .catch((e: unknown) => e);
    expect(registry.seen).toHaveLength(1);
    expect((error as Error).message).toContain('HTTP 400 MANIFEST_INVALID: manifest invalid');
  });
});

describe('listings', () => {
  test('tags follow Link pagination', async () => {
    const registry = await scripted((req, res) => {
      if (req.url === '/v2/a/b/tags/list?n=1000') {
        res
          .writeHead(200, {
            'content-type': 'application/json',
            link: '</v2/a/b/tags/list?n=1000&last=v2>; rel="next"',
          })
          .end(JSON.stringify({ name: 'a/b', tags: ['v1', 'v2'] }));
      } else if (req.url === '/v2/a/b/tags/list?n=1000&last=v2') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ name: 'a/b', tags: ['v3'] }));
      } else res.writeHead(500).end();
    });
    expect(
      await createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true }).listTags('a/b'),
    ).toEqual(['v1', 'v2', 'v3']);
  });

  test('referrers: a registry with the API is used as is, paginated, filtered when it did not filter', async () => {
    const subject = sha256Digest('subject');
    const bundle = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: sha256Digest('b'),
      size: 1,
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    };
    const other = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: sha256Digest('o'),
      size: 1,
      artifactType: 'application/spdx+json',
    };
    const registry = await scripted((req, res) => {
      const [pathname] = (req.url ?? '').split('?');
      if (pathname === `/v2/a/b/referrers/${subject}` && !req.url?.includes('page=2')) {
        res
          .writeHead(200, {
            'content-type': 'application/vnd.oci.image.index.v1+json',
            link: `</v2/a/b/referrers/${subject}?page=2>; rel="next"`,
          })
          .end(JSON.stringify({ schemaVersion: 2, manifests: [other] }));
      } else if (pathname === `/v2/a/b/referrers/${subject}`) {
        res
          .writeHead(200, { 'content-type': 'application/vnd.oci.image.index.v1+json' })
          .end(JSON.stringify({ schemaVersion: 2, manifests: [bundle] }));
      } else res.writeHead(404).end();
    });
    const client = createOciClient({ retryBaseMs: RETRY_BASE_MS, registry: registry.host, plainHttp: true });
    expect(await client.listReferrers('a/b', subject)).toEqual({ source: 'api', manifests: [other, bundle] });
    expect(await client.listReferrers('a/b', subject, { artifactType: bundle.artifactType })).toEqual({
      source: 'api',
      manifests: [bundle],
    });
    expect(registry.seen.filter((s) => s.url.includes('/manifests/'))).toEqual([]);
  });
});

test('a Retry-After longer than release-kit waits fails at once, saying so', async () => {
  const registry = await scripted((_req, res) => res.writeHead(429, { 'retry-after': '86400' }).end());
  const error = await createOciClient({ registry: registry.host, plainHttp: true, retryBaseMs: 1000 })
    .manifestExists('a/b', 'v1')
    .catch((e: unknown) => e);
  expect(registry.seen).toHaveLength(1);
  expect((error as Error).message).toMatch(
    /rate-limited HEAD manifest on a\/b:v1 \(HTTP 429\) and asks to retry after 86400, longer than release-kit waits/,
  );
});
