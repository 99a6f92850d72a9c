// cosign's two ways of storing an image signature in a registry, read into plain values and Sigstore bundles.
//
// Hand-written because no JavaScript library reads cosign's registry layout: sigstore-js verifies
// bundles but knows nothing of `sha256-<hex>.sig` tags or cosign's layer annotations.
import { createHash } from 'node:crypto';

/** Media type of a legacy signature layer; its blob is the "simple signing" payload that was signed. */
export const SIMPLESIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
export const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
export const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
export const ANNOTATION_REKOR_BUNDLE = 'dev.sigstore.cosign/bundle';
/** Both the referrer manifest's artifactType and its layer's media type in cosign v3. */
export const SIGSTORE_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The in-toto predicate type cosign v3 uses for a plain image signature (attestations use others). */
export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';

/** Which of cosign's formats a signature came in. */
export type SignatureFormat = 'legacy' | 'bundle';

/** The cosign tag holding legacy signatures of `digest`: `sha256-<hex>.sig`. */
export function legacySignatureTag(digest: string): string {
  return `${digest.replace(':', '-')}.sig`;
}

/** The OCI referrers tag schema's fallback index tag for `digest`: `sha256-<hex>`. */
export function referrersFallbackTag(digest: string): string {
  return digest.replace(':', '-');
}

/** cosign's Rekor "bundle" annotation: the signed entry timestamp and the entry it covers. */
export interface RekorBundle {
  SignedEntryTimestamp: string;
  Payload: { body: string; integratedTime: number; logIndex: number; logID: string };
}

/** One legacy signature: a layer of the `.sig` manifest, with its blob. */
export interface LegacySignature {
  format: 'legacy';
  /** The exact signed bytes (the layer blob). */
  payload: Buffer;
  /** Base64 as found in the annotation. */
  signature: string;
  certificatePem?: string;
  chainPem?: string;
  rekorBundle?: RekorBundle;
  /** Where it was found, for messages: `<repo>:<tag>` and the layer digest. */
  source: string;
}

/** One cosign v3 signature: a Sigstore bundle (JSON) from a referrer manifest's layer. */
export interface BundleSignature {
  format: 'bundle';
  bundle: unknown;
  source: string;
}

export type SignatureCandidate = LegacySignature | BundleSignature;

export interface LayerDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

/** The simplesigning layers of a legacy `.sig` manifest. */
export function legacySignatureLayers(manifest: { layers?: LayerDescriptor[] }): LayerDescriptor[] {
  return (manifest.layers ?? []).filter((layer) => layer.mediaType === SIMPLESIGNING_MEDIA_TYPE);
}

/** Read a legacy layer's annotations and blob into a LegacySignature (undefined when it carries no signature). */
export function legacySignatureFromLayer(
  layer: LayerDescriptor,
  blob: Buffer,
  source: string,
): LegacySignature | undefined {
  const annotations = layer.annotations ?? {};
  const signature = annotations[ANNOTATION_SIGNATURE];
  if (!signature) return undefined;
  let rekorBundle: RekorBundle | undefined;
  const rawBundle = annotations[ANNOTATION_REKOR_BUNDLE];
  if (rawBundle) {
    try {
      rekorBundle = JSON.parse(rawBundle) as RekorBundle;
    } catch {
      rekorBundle = undefined; // an unreadable proof counts as no proof; the verifier says so
    }
  }
  return {
    format: 'legacy',
    payload: blob,
    signature,
    certificatePem: annotations[ANNOTATION_CERTIFICATE] || undefined,
    chainPem: annotations[ANNOTATION_CHAIN] || undefined,
    rekorBundle,
    source: `${source} layer ${layer.digest}`,
  };
}

/** The image digest a simplesigning payload names (`critical.image.docker-manifest-digest`). */
export function simpleSigningDigest(payload: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(payload.toString('utf8')) as {
      critical?: { image?: { 'docker-manifest-digest'?: unknown } };
    };
    const digest = parsed.critical?.image?.['docker-manifest-digest'];
    return typeof digest === 'string' ? digest : undefined;
  } catch {
    return undefined;
  }
}

/** The simplesigning payload cosign signs for `repository` at `digest`. */
export function simpleSigningPayload(
  dockerReference: string,
  digest: string,
  optional: Record<string, unknown> | null = null,
): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': dockerReference },
        image: { 'docker-manifest-digest': digest },
        type: 'cosign container image signature',
      },
      optional,
    }),
  );
}

/** PEM blocks → DER buffers, in order. */
export function pemToDer(pem: string): Buffer[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) =>
    Buffer.from(block.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''), 'base64'),
  );
}

/**
 * Express a legacy signature as a v0.1 Sigstore bundle (serialized JSON) so sigstore-js can verify it:
 * a message signature over the payload, the certificate chain (or a key hint), and the Rekor entry
 * rebuilt from cosign's bundle annotation, whose SET is the v0.1 inclusion promise.
 */
export function legacyToSerializedBundle(signature: LegacySignature, keyHint = 'public-key'): Record<string, unknown> {
  const certificates = [...pemToDer(signature.certificatePem ?? ''), ...pemToDer(signature.chainPem ?? '')];
  const tlogEntries = signature.rekorBundle ? [rekorBundleToTlogEntry(signature.rekorBundle)] : [];
  return {
    mediaType: BUNDLE_V01_MEDIA_TYPE,
    verificationMaterial: {
      ...(certificates.length
        ? { x509CertificateChain: { certificates: certificates.map((der) => ({ rawBytes: der.toString('base64') })) } }
        : { publicKey: { hint: keyHint } }),
      tlogEntries,
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(signature.payload).digest('base64') },
      signature: signature.signature,
    },
  };
}

function rekorBundleToTlogEntry(rekor: RekorBundle): Record<string, unknown> {
  const bodyText = Buffer.from(String(rekor.Payload?.body ?? ''), 'base64').toString('utf8');
  let kind = 'hashedrekord';
  let version = '0.0.1';
  try {
    const body = JSON.parse(bodyText) as { kind?: string; apiVersion?: string };
    kind = body.kind ?? kind;
    version = body.apiVersion ?? version;
  } catch {
    // leave the defaults: sigstore-js then reports the body as not matching
  }
  return {
    logIndex: String(rekor.Payload?.logIndex ?? 0),
    logId: { keyId: Buffer.from(String(rekor.Payload?.logID ?? ''), 'hex').toString('base64') },
    kindVersion: { kind, version },
    integratedTime: String(rekor.Payload?.integratedTime ?? 0),
    inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
    canonicalizedBody: rekor.Payload?.body ?? '',
  };
}

/** An in-toto statement's subjects' sha256 digests, as `sha256:<hex>`. */
export function statementSubjectDigests(statement: unknown): string[] {
  const subjects = (statement as { subject?: { digest?: Record<string, unknown> }[] } | undefined)?.subject;
  if (!Array.isArray(subjects)) return [];
  return subjects
    .map((s) => s?.digest?.sha256)
    .filter((hex): hex is string => typeof hex === 'string')
    .map((hex) => `sha256:${hex.toLowerCase()}`);
}
