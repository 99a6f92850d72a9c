// Finds an image's cosign signatures in its registry: the legacy `.sig` tag and v3 bundle referrers.
import type { OciClient, OciDescriptor } from '../oci/client.js';
import {
  SIGSTORE_BUNDLE_V03_MEDIA_TYPE,
  legacySignatureFromLayer,
  legacySignatureLayers,
  legacySignatureTag,
  type SignatureCandidate,
} from './cosign-formats.js';

/** What was found, and where it was looked for (for "unsigned" messages). */
export interface FoundSignatures {
  candidates: SignatureCandidate[];
  /** e.g. `tag sha256-….sig`, `referrers API`, `tag sha256-…`. */
  looked: string[];
}

/** Bundles and signature payloads are small; anything bigger is not a signature. */
const MAX_SIGNATURE_BLOB_BYTES = 1024 * 1024;

/** Collect every signature of `digest` in `repository`, in both formats. */
export async function findSignatures(client: OciClient, repository: string, digest: string): Promise<FoundSignatures> {
  const candidates: SignatureCandidate[] = [];
  const looked: string[] = [];

  const legacyTag = legacySignatureTag(digest);
  looked.push(`tag ${legacyTag}`);
  if (await client.manifestExists(repository, legacyTag)) {
    const manifest = await client.getManifest(repository, legacyTag);
    for (const layer of legacySignatureLayers(manifest.json as { layers?: OciDescriptor[] })) {
      const blob = await client.getBlob(repository, layer.digest, { maxBytes: MAX_SIGNATURE_BLOB_BYTES });
      const signature = legacySignatureFromLayer(layer, blob, `${repository}:${legacyTag}`);
      if (signature) candidates.push(signature);
    }
  }

  // No artifactType filter on the request: a fallback index written by an older tool may leave it
  // out, so the manifest itself is checked below.
  const referrers = await client.listReferrers(repository, digest);
  looked.push(
    referrers.source === 'api'
      ? 'referrers API'
      : `referrers API (HTTP ${referrers.apiStatus ?? '?'}) and tag ${digest.replace(':', '-')}`,
  );
  for (const descriptor of referrers.manifests) {
    if (descriptor.artifactType !== undefined && descriptor.artifactType !== SIGSTORE_BUNDLE_V03_MEDIA_TYPE) continue;
    const manifest = await client.getManifest(repository, descriptor.digest);
    const artifactType = manifest.json.artifactType ?? manifest.json.config?.mediaType;
    if (
      artifactType !== SIGSTORE_BUNDLE_V03_MEDIA_TYPE &&
      !(manifest.json.layers ?? []).some((l) => l.mediaType === SIGSTORE_BUNDLE_V03_MEDIA_TYPE)
    )
      continue;
    if (manifest.json.subject?.digest !== undefined && manifest.json.subject.digest !== digest) continue;
    for (const layer of manifest.json.layers ?? []) {
      if (layer.mediaType !== SIGSTORE_BUNDLE_V03_MEDIA_TYPE) continue;
      const blob = await client.getBlob(repository, layer.digest, { maxBytes: MAX_SIGNATURE_BLOB_BYTES });
      let bundle: unknown;
      try {
        bundle = JSON.parse(blob.toString('utf8'));
      } catch {
        bundle = undefined; // the verifier reports it as not a bundle
      }
      candidates.push({ format: 'bundle', bundle, source: `${repository}@${descriptor.digest} layer ${layer.digest}` });
    }
  }
  return { candidates, looked };
}
