// What verify-images.ts validates up front and hands to its steps, with the constants both read:
// a module of their own, so that the operation and its steps never import each other.
import type { OciReference } from '../oci/reference.js';
import type { SignatureFormat } from '../signing/cosign-formats.js';
import type { SignaturePolicy } from '../signing/policy.js';

export const ENGINES = ['sigstore', 'cosign'] as const;
export type Engine = (typeof ENGINES)[number];

/** One image's verdict: the `results` output holds one of these per image, in input order. */
export interface ImageResult {
  image: string;
  digest: string | null;
  verified: boolean;
  identity: string | null;
  issuer: string | null;
  /** The repository the certificate says signed (its Source Repository extension). */
  'source-repository': string | null;
  format: SignatureFormat | null;
  error: string | null;
}

/** Every input of a run, checked. */
export interface VerifySettings {
  images: { text: string; reference: OciReference }[];
  expected: Map<string, string>;
  policy: SignaturePolicy;
  engine: Engine;
  trustedRootJson?: string;
  /** The trusted-root as the user named it (a path), for the cosign command. */
  trustedRootPath?: string;
  /** The public key file as the user named it, for the cosign command. */
  publicKeyPath?: string;
  username?: string;
  password?: string;
  plainHttp: boolean;
  retries: number;
}
