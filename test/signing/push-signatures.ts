// Pushes signatures to a registry laid out exactly as cosign lays them out, with the project's OCI client.
import { createHash } from 'node:crypto';
import type { OciClient } from '../../packages/release-kit/src/oci/client.js';
import {
  legacySignatureTag,
  referrersFallbackTag,
  SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
  SIMPLESIGNING_MEDIA_TYPE,
} from '../../packages/release-kit/src/signing/cosign-formats.js';
import type { LegacyLayer } from './sigstore-fixture.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/**
 * cosign ≤ 2: an image at tag `sha256-<hex>.sig` whose layers are the simplesigning payloads, each
 * with its signature annotations; the config is the image config cosign's mutate.Append writes.
 */
export async function pushLegacySignatures(
  client: OciClient,
  repository: string,
  digest: string,
  layers: LegacyLayer[],
): Promise<string> {
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: layers.map(() => ({ created: '0001-01-01T00:00:00Z' })),
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map((l) => sha256(l.payload)) },
      config: {},
    }),
  );
  await client.ensureBlob(repository, config);
  for (const layer of layers) await client.ensureBlob(repository, layer.payload);
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: config.length, digest: sha256(config) },
    layers: layers.map((l) => ({
      mediaType: SIMPLESIGNING_MEDIA_TYPE,
      size: l.payload.length,
      digest: sha256(l.payload),
      annotations: l.annotations,
    })),
  };
  const tag = legacySignatureTag(digest);
  await client.putManifest(repository, tag, JSON.stringify(manifest), OCI_MANIFEST);
  return tag;
}

/**
 * cosign v3: a referrer manifest (empty config, one bundle layer, `subject` = the image) pushed by
 * digest, plus, because distribution 2.8 has no referrers API, the `sha256-<hex>` fallback index
 * that go-containerregistry maintains in that case.
 */
export async function pushBundleReferrer(
  client: OciClient,
  repository: string,
  subject: { digest: string; size: number; mediaType: string },
  bundle: Buffer,
): Promise<string> {
  const empty = Buffer.from('{}');
  await client.ensureBlob(repository, empty);
  await client.ensureBlob(repository, bundle);
  const annotations = {
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': 'https://sigstore.dev/cosign/sign/v1',
    'org.opencontainers.image.created': new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
      config: { mediaType: 'application/vnd.oci.empty.v1+json', size: empty.length, digest: sha256(empty) },
      layers: [{ mediaType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE, size: bundle.length, digest: sha256(bundle) }],
      subject,
      annotations,
    }),
  );
  const manifestDigest = sha256(manifest);
  await client.putManifest(repository, manifestDigest, manifest, OCI_MANIFEST);

  const tag = referrersFallbackTag(subject.digest);
  const existing = (await client.manifestExists(repository, tag))
    ? ((await client.getManifest(repository, tag)).json.manifests ?? [])
    : [];
  const index = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [
      ...existing,
      {
        mediaType: OCI_MANIFEST,
        size: manifest.length,
        digest: manifestDigest,
        artifactType: SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
        annotations,
      },
    ],
  };
  await client.putManifest(repository, tag, JSON.stringify(index), OCI_INDEX);
  return manifestDigest;
}
