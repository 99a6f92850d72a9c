// Verifies one cosign signature of one image digest against a policy, with sigstore-js doing the cryptography.
import { createPublicKey, verify as verifySignature } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import {
  COSIGN_SIGN_PREDICATE_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  legacyToSerializedBundle,
  pemToDer,
  simpleSigningDigest,
  statementSubjectDigests,
  type BundleSignature,
  type LegacySignature,
  type SignatureCandidate,
  type SignatureFormat,
} from './cosign-formats.js';
import { certificateRepository, describeCertificateRepository, repositoryBindingProblem } from './fulcio.js';
import { describeIdentity, identityMatches, type SignaturePolicy } from './policy.js';
import type { LoadedTrust } from './trust.js';

/** The outcome for one signature. */
export interface SignatureVerdict {
  verified: boolean;
  format: SignatureFormat;
  /** The certificate's SAN (keyless) or `public-key`. */
  identity?: string;
  issuer?: string;
  /** OWNER/REPO (or the URI) the certificate's source repository extension names, when it names one. */
  sourceRepository?: string;
  /** Why it was refused; one line. */
  error?: string;
  source: string;
}

/** Supplies trust material only when a signature needs it, so key-only checks never touch TUF. */
export type TrustProvider = () => Promise<LoadedTrust>;

/**
 * Verify `candidate` for the image `digest`. Never throws for a bad signature: the verdict says why.
 * Trust problems (no trusted root, no network) are thrown, since they affect every signature alike.
 */
export async function verifyCandidate(
  candidate: SignatureCandidate,
  digest: string,
  policy: SignaturePolicy,
  trust: TrustProvider,
): Promise<SignatureVerdict> {
  try {
    return candidate.format === 'legacy'
      ? await verifyLegacy(candidate, digest, policy, trust)
      : await verifyBundle(candidate, digest, policy, trust);
  } catch (error) {
    if (error instanceof RefusedSignature)
      return {
        verified: false,
        format: candidate.format,
        source: candidate.source,
        error: error.message,
        ...error.signer,
      };
    throw error;
  }
}

/** Who signed, as far as the certificate says. */
interface Signer {
  identity?: string;
  issuer?: string;
  sourceRepository?: string;
}

class RefusedSignature extends Error {
  constructor(
    message: string,
    readonly signer: Signer = {},
  ) {
    super(message);
  }
}

async function verifyLegacy(
  sig: LegacySignature,
  digest: string,
  policy: SignaturePolicy,
  trust: TrustProvider,
): Promise<SignatureVerdict> {
  if (policy.mode === 'key' && policy.ignoreTlog) {
    // No log to consult: cosign --key --insecure-ignore-tlog checks just the ECDSA signature over the payload bytes.
    let ok: boolean;
    try {
      ok = verifySignature('sha256', sig.payload, policy.publicKey, Buffer.from(sig.signature, 'base64'));
    } catch {
      ok = false;
    }
    if (!ok)
      throw new RefusedSignature(
        'signature does not verify with the public key (wrong key, or the payload was altered)',
      );
    checkNamedDigest(simpleSigningDigest(sig.payload), digest);
    return { verified: true, format: 'legacy', identity: 'public-key', source: sig.source };
  }

  if (policy.mode === 'keyless' && !sig.certificatePem)
    throw new RefusedSignature(
      'signature has no certificate: it was made with a key, but a keyless identity is required',
    );
  if (!sig.rekorBundle) {
    throw new RefusedSignature(
      policy.mode === 'key'
        ? 'signature has no transparency-log proof (no dev.sigstore.cosign/bundle annotation); set ignore-tlog: true to accept key-based signatures made without the log'
        : 'signature has no transparency-log proof (no dev.sigstore.cosign/bundle annotation); keyless signatures always need it',
    );
  }
  const serialized = legacyToSerializedBundle(sig);
  const signer = await verifyWithSigstore(serialized, sig.payload, policy, trust, 'legacy');
  checkNamedDigest(simpleSigningDigest(sig.payload), digest);
  return { verified: true, format: 'legacy', ...signer, source: sig.source };
}

/**
 * Verify a GitHub artifact attestation (a Sigstore bundle around an in-toto statement, as
 * actions/attest-build-provenance makes it) about `digest`: the same checks as a cosign v3
 * signature, with the attestation's predicate type (SLSA provenance, say) instead of cosign's.
 */
export async function verifyAttestation(
  bundle: unknown,
  digest: string,
  predicateType: string,
  policy: SignaturePolicy,
  trust: TrustProvider,
  source = 'GitHub attestation',
): Promise<SignatureVerdict> {
  try {
    return await verifyBundle({ format: 'bundle', bundle, source }, digest, policy, trust, predicateType);
  } catch (error) {
    if (error instanceof RefusedSignature)
      return { verified: false, format: 'bundle', source, error: error.message, ...error.signer };
    throw error;
  }
}

async function verifyBundle(
  sig: BundleSignature,
  digest: string,
  policy: SignaturePolicy,
  trust: TrustProvider,
  predicateType = COSIGN_SIGN_PREDICATE_TYPE,
): Promise<SignatureVerdict> {
  const envelope = (sig.bundle as { dsseEnvelope?: { payload?: string; payloadType?: string } } | undefined)
    ?.dsseEnvelope;
  if (!envelope?.payload)
    throw new RefusedSignature(
      'the Sigstore bundle holds no DSSE envelope (cosign v3 signs images with an in-toto statement)',
    );
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    throw new RefusedSignature(
      `the DSSE payload type is ${JSON.stringify(envelope.payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`,
    );
  const signer = await verifyWithSigstore(sig.bundle as SerializedBundle, undefined, policy, trust, 'bundle');
  let statement: { predicateType?: unknown } | undefined;
  try {
    statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as { predicateType?: unknown };
  } catch {
    throw new RefusedSignature('the signed in-toto statement is not JSON', signer);
  }
  if (statement?.predicateType !== predicateType) {
    throw new RefusedSignature(
      predicateType === COSIGN_SIGN_PREDICATE_TYPE
        ? `the signed statement is an attestation of type ${JSON.stringify(statement?.predicateType)}, not a cosign signature (${COSIGN_SIGN_PREDICATE_TYPE})`
        : `the attestation's predicate type is ${JSON.stringify(statement?.predicateType)}, not ${predicateType}`,
      signer,
    );
  }
  const subjects = statementSubjectDigests(statement);
  if (!subjects.includes(digest)) {
    throw new RefusedSignature(
      `the signed statement names ${subjects.join(', ') || 'no sha256 subject'}, not ${predicateType === COSIGN_SIGN_PREDICATE_TYPE ? "this image's" : 'the subject'} ${digest}`,
      signer,
    );
  }
  return { verified: true, format: 'bundle', ...signer, source: sig.source };
}

function checkNamedDigest(named: string | undefined, digest: string): void {
  if (named === undefined)
    throw new RefusedSignature('the signed payload names no image digest (critical.image.docker-manifest-digest)');
  if (named !== digest)
    throw new RefusedSignature(
      `the signed payload names ${named}, not this image's ${digest} (a signature made for another image)`,
    );
}

/**
 * Run sigstore-js over a bundle: certificate chain to a trusted CA (and SCT when the root has CT
 * logs), transparency-log inclusion (SET or proof) and body, and the signature itself. The identity
 * policy is then checked here rather than by sigstore-js, whose SAN check is an unanchored match.
 */
async function verifyWithSigstore(
  serialized: unknown,
  artifact: Buffer | undefined,
  policy: SignaturePolicy,
  trustProvider: TrustProvider,
  format: SignatureFormat,
): Promise<Signer> {
  const [bundles, { Verifier, toSignedEntity }] = await Promise.all([
    import('@sigstore/bundle'),
    import('@sigstore/verify'),
  ]);
  let bundle;
  try {
    bundle = bundles.bundleFromJSON(serialized);
    if (format === 'legacy' && !bundles.isBundleV01(bundle))
      throw new Error('a v0.1 bundle needs an inclusion promise on every log entry');
  } catch (error) {
    throw new RefusedSignature(`the signature is not a well-formed Sigstore bundle (${describe(error)})`);
  }
  const keyMaterial = bundle.verificationMaterial.content.$case;
  if (policy.mode === 'keyless' && keyMaterial === 'publicKey')
    throw new RefusedSignature('signature was made with a key, but a keyless identity is required');
  if (policy.mode === 'key' && keyMaterial !== 'publicKey')
    throw new RefusedSignature('signature carries a certificate (keyless), but a public key is required');

  const hasLog = bundle.verificationMaterial.tlogEntries.length > 0;
  if (!hasLog && !(policy.mode === 'key' && policy.ignoreTlog)) {
    throw new RefusedSignature(
      policy.mode === 'key'
        ? 'signature has no transparency-log entry; set ignore-tlog: true to accept key-based signatures made without the log'
        : 'signature has no transparency-log entry; keyless signatures always need the log proof',
    );
  }
  const needLog = !(policy.mode === 'key' && policy.ignoreTlog);
  // Like cosign --insecure-ignore-tlog: log entries are not consulted at all (the trust material may list no logs).
  if (!needLog) bundle.verificationMaterial.tlogEntries = [];
  const trust = await trustProvider();
  const verifier = new Verifier(trust.material, {
    tlogThreshold: needLog ? 1 : 0,
    timestampThreshold: needLog ? 1 : 0,
    // A trusted root without CT logs (some private deployments) cannot vouch for any SCT.
    ctlogThreshold: policy.mode === 'keyless' && trust.hasCtLogs ? 1 : 0,
  });
  let signer;
  try {
    signer = verifier.verify(toSignedEntity(bundle, artifact));
  } catch (error) {
    throw new RefusedSignature(explainVerificationError(error));
  }
  if (needLog) checkLogEntryKeys(bundle, policy);
  if (policy.mode === 'key') return { identity: 'public-key' };

  const identity = signer.identity?.subjectAlternativeName;
  const issuer = signer.identity?.extensions?.issuer;
  const repository = certificateRepository(signer.identity?.oids);
  const who: Signer = {
    identity,
    issuer,
    sourceRepository: describeCertificateRepository(
      repository,
      policy.sourceRepository?.serverUrl ?? 'https://github.com',
    ),
  };
  if (!identityMatches(policy.identity, identity)) {
    throw new RefusedSignature(
      `certificate identity ${JSON.stringify(identity ?? '')} does not match ${describeIdentity(policy.identity)}`,
      who,
    );
  }
  if (issuer !== policy.issuer) {
    throw new RefusedSignature(`certificate OIDC issuer ${JSON.stringify(issuer ?? '')} is not ${policy.issuer}`, who);
  }
  if (policy.sourceRepository) {
    const problem = repositoryBindingProblem(repository, policy.sourceRepository);
    if (problem) throw new RefusedSignature(problem, who);
  }
  return who;
}

type VerifiedBundle = ReturnType<(typeof import('@sigstore/bundle'))['bundleFromJSON']>;

/**
 * The log entry must be about this signer. sigstore-js matches the entry's signature and digest but
 * not the key or certificate recorded next to them; cosign does compare them, and so do we.
 */
function checkLogEntryKeys(bundle: VerifiedBundle, policy: SignaturePolicy): void {
  const material = bundle.verificationMaterial.content;
  const expected =
    material.$case === 'x509CertificateChain'
      ? { kind: 'certificate' as const, der: Buffer.from(material.x509CertificateChain.certificates[0].rawBytes) }
      : material.$case === 'certificate'
        ? { kind: 'certificate' as const, der: Buffer.from(material.certificate.rawBytes) }
        : policy.mode === 'key'
          ? { kind: 'key' as const, der: policy.publicKey.export({ type: 'spki', format: 'der' }) }
          : undefined;
  if (!expected) return;
  for (const entry of bundle.verificationMaterial.tlogEntries) {
    const recorded = recordedVerifier(Buffer.from(entry.canonicalizedBody).toString('utf8'));
    if (recorded === undefined) continue; // an entry kind without a recorded key: nothing more to compare
    let der: Buffer | undefined;
    try {
      der =
        expected.kind === 'certificate'
          ? pemToDer(recorded)[0]
          : createPublicKey(recorded).export({ type: 'spki', format: 'der' });
    } catch {
      der = undefined;
    }
    if (!der || !der.equals(expected.der)) {
      throw new RefusedSignature(
        `transparency-log entry records a different ${expected.kind === 'certificate' ? 'certificate' : 'public key'} than the signature carries`,
      );
    }
  }
}

/** The PEM key or certificate a Rekor entry body records for its signature, if its kind has one. */
function recordedVerifier(bodyText: string): string | undefined {
  try {
    const body = JSON.parse(bodyText) as { kind?: unknown };
    const paths: Record<string, (string | number)[]> = {
      hashedrekord: ['spec', 'signature', 'publicKey', 'content'],
      dsse: ['spec', 'signatures', 0, 'verifier'],
      intoto: ['spec', 'content', 'envelope', 'signatures', 0, 'publicKey'],
    };
    const path = typeof body.kind === 'string' ? paths[body.kind] : undefined;
    const b64 = path?.reduce<unknown>(
      (value, key) => (value as Record<string | number, unknown> | undefined)?.[key],
      body,
    );
    return typeof b64 === 'string' ? Buffer.from(b64, 'base64').toString('utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** sigstore-js error codes → what failed, in words a release engineer can act on. */
function explainVerificationError(error: unknown): string {
  const code = (error as { code?: string })?.code;
  const detail = describe(error);
  switch (code) {
    case 'CERTIFICATE_ERROR':
      return `certificate is not trusted: ${detail} (not issued by a CA in the trust root, expired, or no valid SCT)`;
    case 'SIGNATURE_ERROR':
      return 'signature does not verify (the signed payload was altered, or it was signed by another key)';
    case 'PUBLIC_KEY_ERROR':
      return `public key not usable: ${detail}`;
    case 'TLOG_INCLUSION_PROMISE_ERROR':
    case 'TLOG_INCLUSION_PROOF_ERROR':
    case 'TLOG_MISSING_INCLUSION_ERROR':
      return `transparency-log proof does not verify against the trusted logs: ${detail}`;
    case 'TLOG_BODY_ERROR':
      return `transparency-log entry does not match the signature: ${detail} (the payload or signature was altered)`;
    case 'TLOG_ERROR':
      return `transparency-log proof missing: ${detail}`;
    case 'TIMESTAMP_ERROR':
      return `no verifiable signing time: ${detail} (a transparency-log entry with an inclusion promise is needed)`;
    default:
      return `verification failed: ${detail}`;
  }
}

function describe(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}
