// Signature discovery on a registry that has the referrers API (distribution 2.8 in the runner tests
// has not): an in-memory registry behind the OCI client's fetch seam answers /referrers/ with 200.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createOciClient } from '../../packages/release-kit/src/oci/client.js';
import { findSignatures } from '../../packages/release-kit/src/signing/discover.js';
import { SIGSTORE_BUNDLE_V03_MEDIA_TYPE } from '../../packages/release-kit/src/signing/cosign-formats.js';
import { buildPolicy } from '../../packages/release-kit/src/signing/policy.js';
import { loadTrust } from '../../packages/release-kit/src/signing/trust.js';
import { verifyCandidate } from '../../packages/release-kit/src/signing/verify.js';
import { createTestSigstore, type TestSigstore } from './sigstore-fixture.js';

const IDENTITY = 'https://github.com/acme/kruntimes/.github/workflows/release-images.yml@refs/tags/v0.1.0';
const ISSUER = 'https://token.actions.githubusercontent.com';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** Manifests and blobs by digest; `referrers` maps a subject digest to its referrer descriptors. */
function memoryRegistry(
  manifests: Map<string, Buffer>,
  blobs: Map<string, Buffer>,
  referrers: Map<string, object[]>,
  seen: string[],
): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    seen.push(`${method} ${url.pathname}`);
    const match = /^\/v2\/(.+)\/(manifests|blobs|referrers)\/([^/]+)$/.exec(url.pathname);
    if (!match) return new Response(null, { status: 404 });
    const [, , kind, reference] = match;
    if (kind === 'referrers') {
      const body = JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: referrers.get(reference) ?? [],
      });
      return new Response(body, {
        status: 200,
        headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' },
      });
    }
    const bytes = (kind === 'manifests' ? manifests : blobs).get(reference);
    if (!bytes) return new Response(null, { status: 404 });
    const headers = {
      'content-type': kind === 'manifests' ? OCI_MANIFEST : 'application/octet-stream',
      'docker-content-digest': sha256(bytes),
      'content-length': String(bytes.length),
    };
    return new Response(method === 'HEAD' ? null : new Uint8Array(bytes), { status: 200, headers });
  }) as typeof fetch;
}

describe('findSignatures with the referrers API', () => {
  let sigstore: TestSigstore;
  beforeAll(async () => {
    sigstore = await createTestSigstore();
  });

  test('finds the v3 bundle through the API, skips other artifact types, and the bundle verifies', async () => {
    const image = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: {}, layers: [] }));
    const digest = sha256(image);
    const bundle = await sigstore.bundleKeyless(digest, { identity: IDENTITY, issuer: ISSUER });
    const empty = Buffer.from('{}');
    const referrer = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
        config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2, digest: sha256(empty) },
        layers: [{ mediaType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE, size: bundle.length, digest: sha256(bundle) }],
        subject: { mediaType: OCI_MANIFEST, size: image.length, digest },
      }),
    );
    const sbom = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: 'application/spdx+json',
        config: {},
        layers: [],
      }),
    );
    const manifests = new Map([
      [digest, image],
      [sha256(referrer), referrer],
      [sha256(sbom), sbom],
    ]);
    const blobs = new Map([
      [sha256(bundle), bundle],
      [sha256(empty), empty],
    ]);
    const referrers = new Map([
      [
        digest,
        [
          { mediaType: OCI_MANIFEST, digest: sha256(sbom), size: sbom.length, artifactType: 'application/spdx+json' },
          {
            mediaType: OCI_MANIFEST,
            digest: sha256(referrer),
            size: referrer.length,
            artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
          },
        ],
      ],
    ]);
    const seen: string[] = [];
    const client = createOciClient({
      registry: 'registry.test',
      fetch: memoryRegistry(manifests, blobs, referrers, seen),
    });

    const found = await findSignatures(client, 'acme/app', digest);
    expect(found.looked).toEqual([`tag ${digest.replace(':', '-')}.sig`, 'referrers API']);
    expect(found.candidates).toHaveLength(1);
    expect(found.candidates[0]).toMatchObject({
      format: 'bundle',
      source: `acme/app@${sha256(referrer)} layer ${sha256(bundle)}`,
    });
    // The SBOM referrer is never fetched, and the fallback tag is not consulted when the API answers.
    expect(seen).not.toContain(`GET /v2/acme/app/manifests/${sha256(sbom)}`);
    expect(seen.some((s) => s.includes(`/manifests/${digest.replace(':', '-')}`) && !s.endsWith('.sig'))).toBe(false);

    const policy = buildPolicy({ certificateIdentity: IDENTITY });
    const verdict = await verifyCandidate(found.candidates[0], digest, policy, () =>
      loadTrust({ trustedRootJson: sigstore.trustedRootJson, tufCachePath: '/nonexistent' }),
    );
    expect(verdict).toMatchObject({ verified: true, format: 'bundle', identity: IDENTITY });
  });

  test('a referrer whose subject is another image is ignored', async () => {
    const image = Buffer.from('{"schemaVersion":2}');
    const digest = sha256(image);
    const other = `sha256:${'c'.repeat(64)}`;
    const bundle = await sigstore.bundleKeyless(digest, { identity: IDENTITY, issuer: ISSUER });
    const referrer = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
        layers: [{ mediaType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE, size: bundle.length, digest: sha256(bundle) }],
        subject: { mediaType: OCI_MANIFEST, size: 1, digest: other },
      }),
    );
    const client = createOciClient({
      registry: 'registry.test',
      fetch: memoryRegistry(
        new Map([[sha256(referrer), referrer]]),
        new Map([[sha256(bundle), bundle]]),
        new Map([
          [
            digest,
            [
              {
                mediaType: OCI_MANIFEST,
                digest: sha256(referrer),
                size: referrer.length,
                artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
              },
            ],
          ],
        ]),
        [],
      ),
    });
    expect((await findSignatures(client, 'acme/app', digest)).candidates).toEqual([]);
  });
});
