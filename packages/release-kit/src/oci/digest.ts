// Content digests as OCI writes them (`sha256:<hex>`), and the check that bytes match one.
import { createHash } from 'node:crypto';
import { UserError } from '../plumbing/errors.js';

/** An OCI content descriptor: what a manifest says about one blob. */
export interface OciDescriptor {
  mediaType: string;
  digest: string;
  size: number;
}

/** The descriptor of `data` as a blob of `mediaType`. */
export function describeBlob(mediaType: string, data: Uint8Array): OciDescriptor {
  return { mediaType, digest: sha256Digest(data), size: data.length };
}

/** `sha256:<hex>` of the bytes. */
export function sha256Digest(data: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** The digest of `data` computed with the algorithm `digest` names (sha256 or sha512). */
export function digestWithAlgorithmOf(digest: string, data: Uint8Array): string {
  const algorithm = digest.slice(0, digest.indexOf(':'));
  if (algorithm !== 'sha256' && algorithm !== 'sha512') {
    throw new UserError(`unsupported digest algorithm in ${JSON.stringify(digest)}: expected sha256 or sha512`);
  }
  return `${algorithm}:${createHash(algorithm).update(data).digest('hex')}`;
}

/** Throw unless `data` hashes to `expected`; `what` names the content for the message. */
export function assertDigest(data: Uint8Array, expected: string, what: string): void {
  const actual = digestWithAlgorithmOf(expected, data);
  if (actual !== expected) {
    throw new UserError(
      `${what}: content digest ${actual} does not match the expected ${expected} (corrupted or tampered content)`,
    );
  }
}
