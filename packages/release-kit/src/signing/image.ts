// One image digest's cosign signatures, found in its registry and verified against a policy: the
// verdict verify-images and verify-release both give.
import type { OciClient } from '../oci/client.js';
import type { Logger } from '../plumbing/log.js';
import { pollUntil } from '../plumbing/retry.js';
import type { SignatureFormat } from './cosign-formats.js';
import { findSignatures } from './discover.js';
import type { SignaturePolicy } from './policy.js';
import { verifyCandidate, type TrustProvider } from './verify.js';

export interface ImageSignatureVerdict {
  verified: boolean;
  /** The signer of the signature that verified or, failing that, of the first one refused. */
  identity?: string;
  issuer?: string;
  sourceRepository?: string;
  format?: SignatureFormat;
  /** Why no signature verifies; one line. */
  error?: string;
}

export interface ImageSignatureOptions {
  /** How many times to look again for a signature that is not there yet. */
  retries: number;
  retryBaseMs: number;
  log: Logger;
  /** For log lines: how the user named the image. */
  label: string;
}

/**
 * Verify the signatures of `digest` in `repository`: one that verifies is enough. Never throws for
 * a bad or missing signature (the verdict says why); trust and registry failures are thrown.
 */
export async function verifyImageSignatures(
  client: OciClient,
  repository: string,
  digest: string,
  policy: SignaturePolicy,
  trust: TrustProvider,
  options: ImageSignatureOptions,
): Promise<ImageSignatureVerdict> {
  // Signatures can lag a push by a moment: look again for "not there yet", never after a refusal.
  const found = await pollUntil(
    () => findSignatures(client, repository, digest),
    (f) => f.candidates.length > 0,
    { retries: options.retries, baseMs: options.retryBaseMs },
  );
  if (found.candidates.length === 0)
    return {
      verified: false,
      error: `unsigned: no cosign signature found for ${digest} (looked at ${found.looked.join(', ')})`,
    };
  const refusals: string[] = [];
  let first: ImageSignatureVerdict | undefined;
  for (const candidate of found.candidates) {
    const verdict = await verifyCandidate(candidate, digest, policy, trust);
    const signer = {
      identity: verdict.identity,
      issuer: verdict.issuer,
      sourceRepository: verdict.sourceRepository,
      format: verdict.format,
    };
    if (verdict.verified) return { verified: true, ...signer };
    options.log.debug(`${options.label}: ${verdict.format} signature at ${verdict.source} refused: ${verdict.error}`);
    const refusal = `${verdict.format}: ${verdict.error}`;
    if (!refusals.includes(refusal)) refusals.push(refusal);
    first ??= { verified: false, ...signer };
  }
  return {
    ...first!,
    error: `no signature verifies (${found.candidates.length} found): ${refusals.join('; ')}`,
  };
}
