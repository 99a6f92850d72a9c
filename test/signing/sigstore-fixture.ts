// A private Sigstore for tests: a Fulcio-like CA with a CT log, a Rekor-like transparency log, and
// signers that produce cosign's two formats exactly as cosign lays them out.
//
// The CA, CT log and transparency log come from @sigstore/mock (sigstore-js's own test doubles, which
// issue real X.509 certificates with @peculiar/x509), used in-process without its HTTP mocking.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { initializeCA, initializeCTLog, initializeTLog } from '@sigstore/mock';
import {
  simpleSigningPayload,
  COSIGN_SIGN_PREDICATE_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
} from '../../packages/release-kit/src/signing/cosign-formats.js';
import type { RekorBundle } from '../../packages/release-kit/src/signing/cosign-formats.js';

const REKOR_URL = 'https://rekor.release-kit.test';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
/** Fulcio's Source Repository URI (a DER UTF8String) and the legacy GitHub Workflow Repository (raw bytes). */
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
const OID_GITHUB_WORKFLOW_REPOSITORY = '1.3.6.1.4.1.57264.1.5';

type KeyPair = { publicKey: KeyObject; privateKey: KeyObject };
type CA = Awaited<ReturnType<typeof initializeCA>>;

export interface KeylessIdentity {
  /** The SAN URI, e.g. https://github.com/acme/kruntimes/.github/workflows/release-images.yml@refs/tags/v0.1.0 */
  identity: string;
  issuer: string;
  /**
   * The repository whose run asked for the certificate, as Fulcio writes it for GitHub Actions: the
   * Source Repository URI extension (`https://github.com/OWNER/REPO`) and the legacy GitHub Workflow
   * Repository (`OWNER/REPO`). Default: the repository the identity names (a workflow of the project
   * itself); give the caller for a reusable workflow; `null` leaves that extension out.
   */
  sourceRepositoryUri?: string | null;
  workflowRepository?: string | null;
}

/** What cosign writes on a legacy signature layer (values of the annotations) plus the blob. */
export interface LegacyLayer {
  payload: Buffer;
  annotations: Record<string, string>;
}

export interface TestSigstore {
  /** trusted_root.json listing this CA, CT log and transparency log. */
  trustedRootJson: string;
  /** Legacy keyless: ephemeral key, certificate from the CA, hashedrekord entry with a SET. */
  legacyKeyless(
    payload: Buffer,
    who: KeylessIdentity,
    options?: { withRekorBundle?: boolean; logForeignCertificate?: boolean },
  ): Promise<LegacyLayer>;
  /** Legacy key-based: ECDSA P-256 over the payload; a Rekor bundle unless `withRekorBundle: false`. */
  legacyWithKey(payload: Buffer, key: KeyPair, options?: { withRekorBundle?: boolean }): Promise<LegacyLayer>;
  /**
   * cosign v3: a v0.3 Sigstore bundle around a DSSE in-toto statement naming `digest`. With
   * `subjects` and a predicate type it is what actions/attest-build-provenance makes: one statement
   * about several files (`subject-checksums`) or an image.
   */
  bundleKeyless(
    digest: string,
    who: KeylessIdentity,
    options?: { predicateType?: string; withTlog?: boolean; subjects?: { name: string; digest: string }[] },
  ): Promise<Buffer>;
  /** cosign v3 with `--key`: the same bundle with a public-key hint instead of a certificate. */
  bundleWithKey(digest: string, key: KeyPair, options?: { withTlog?: boolean }): Promise<Buffer>;
}

export function newKeyPair(): KeyPair {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

export function publicKeyPem(key: KeyPair): string {
  return key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** The payload cosign signs for an image. */
export function cosignPayload(repository: string, digest: string): Buffer {
  return simpleSigningPayload(repository, digest);
}

/** Create a CA + CT log + transparency log and the signers over them. */
export async function createTestSigstore(): Promise<TestSigstore> {
  const caKeys = newKeyPair();
  const ctKeys = newKeyPair();
  const tlogKeys = newKeyPair();
  const ctlog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(caKeys, ctlog);
  const tlogSpki = tlogKeys.publicKey.export({ type: 'spki', format: 'der' });
  const ctSpki = ctKeys.publicKey.export({ type: 'spki', format: 'der' });
  const longAgo = '2020-01-01T00:00:00Z';
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: REKOR_URL,
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: tlogSpki.toString('base64'),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: { start: longAgo },
        },
        logId: { keyId: createHash('sha256').update(tlogSpki).digest('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: 'https://fulcio.release-kit.test',
        certChain: { certificates: [{ rawBytes: bytes(ca.rootCertificate).toString('base64') }] },
        validFor: { start: longAgo },
      },
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctfe.release-kit.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: ctSpki.toString('base64'),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: { start: longAgo },
        },
        logId: { keyId: bytes(ctlog.logID).toString('base64') },
      },
    ],
    timestampAuthorities: [],
  };

  // Log a second after the certificate is issued: X.509 times have whole seconds, and the entry's
  // integratedTime must fall inside the certificate's validity.
  const logEntry = async (body: object) => {
    const tlog = await initializeTLog(REKOR_URL, tlogKeys, new Date(Date.now() + 1000));
    const response = await tlog.log(body);
    const [entry] = Object.values(response) as {
      body: string;
      integratedTime: number;
      logID: string;
      logIndex: number;
      verification: {
        signedEntryTimestamp: string;
        inclusionProof: { logIndex: number; treeSize: number; rootHash: string; hashes: string[]; checkpoint: string };
      };
    }[];
    return entry;
  };

  const rekorBundleOf = (entry: Awaited<ReturnType<typeof logEntry>>): RekorBundle => ({
    SignedEntryTimestamp: entry.verification.signedEntryTimestamp,
    Payload: { body: entry.body, integratedTime: entry.integratedTime, logIndex: entry.logIndex, logID: entry.logID },
  });

  const dsseBundle = async (
    digest: string,
    key: KeyPair,
    keyMaterial: Record<string, unknown>,
    verifierPem: string,
    options: { predicateType?: string; withTlog?: boolean; subjects?: { name: string; digest: string }[] },
  ): Promise<Buffer> => {
    const subjects = options.subjects ?? [{ name: '', digest }];
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.digest.replace(/^sha256:/, '') } })),
      predicateType: options.predicateType ?? COSIGN_SIGN_PREDICATE_TYPE,
      predicate: {},
    };
    const payload = Buffer.from(JSON.stringify(statement));
    const signature = sign('sha256', preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload), key.privateKey);
    const envelope = {
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      payload: payload.toString('base64'),
      signatures: [{ sig: signature.toString('base64'), keyid: '' }],
    };
    const tlogEntries = [];
    if (options.withTlog !== false) {
      const entry = await logEntry({
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
          envelopeHash: {
            algorithm: 'sha256',
            value: createHash('sha256').update(JSON.stringify(envelope)).digest('hex'),
          },
          payloadHash: { algorithm: 'sha256', value: createHash('sha256').update(payload).digest('hex') },
          signatures: [
            { signature: signature.toString('base64'), verifier: Buffer.from(verifierPem).toString('base64') },
          ],
        },
      });
      const proof = entry.verification.inclusionProof;
      tlogEntries.push({
        logIndex: String(entry.logIndex),
        logId: { keyId: Buffer.from(entry.logID, 'hex').toString('base64') },
        kindVersion: { kind: 'dsse', version: '0.0.1' },
        integratedTime: String(entry.integratedTime),
        inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp },
        inclusionProof: {
          logIndex: String(proof.logIndex),
          rootHash: Buffer.from(proof.rootHash, 'hex').toString('base64'),
          treeSize: String(proof.treeSize),
          hashes: proof.hashes,
          checkpoint: { envelope: proof.checkpoint },
        },
        canonicalizedBody: entry.body,
      });
    }
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { ...keyMaterial, tlogEntries, timestampVerificationData: {} },
      dsseEnvelope: envelope,
    };
    return Buffer.from(JSON.stringify(bundle));
  };

  return {
    trustedRootJson: JSON.stringify(trustedRoot),

    async legacyKeyless(payload, who, options = {}) {
      const { certPem, key } = await issue(ca, who);
      const signature = sign('sha256', payload, key.privateKey).toString('base64');
      const annotations: Record<string, string> = {
        'dev.cosignproject.cosign/signature': signature,
        'dev.sigstore.cosign/certificate': certPem,
        'dev.sigstore.cosign/chain': derToPem(bytes(ca.rootCertificate)),
      };
      if (options.withRekorBundle !== false) {
        // A log entry with the right signature and digest but someone else's certificate next to them.
        const recorded = options.logForeignCertificate ? (await issue(ca, who)).certPem : certPem;
        const entry = await logEntry(hashedRekord(payload, signature, recorded));
        annotations['dev.sigstore.cosign/bundle'] = JSON.stringify(rekorBundleOf(entry));
      }
      return { payload, annotations };
    },

    async legacyWithKey(payload, key, options = {}) {
      const signature = sign('sha256', payload, key.privateKey).toString('base64');
      const annotations: Record<string, string> = { 'dev.cosignproject.cosign/signature': signature };
      if (options.withRekorBundle !== false) {
        const entry = await logEntry(hashedRekord(payload, signature, publicKeyPem(key)));
        annotations['dev.sigstore.cosign/bundle'] = JSON.stringify(rekorBundleOf(entry));
      }
      return { payload, annotations };
    },

    async bundleKeyless(digest, who, options = {}) {
      const { certDer, certPem, key } = await issue(ca, who);
      return dsseBundle(digest, key, { certificate: { rawBytes: certDer.toString('base64') } }, certPem, options);
    },

    async bundleWithKey(digest, key, options = {}) {
      return dsseBundle(digest, key, { publicKey: { hint: '' } }, publicKeyPem(key), options);
    },
  };
}

/** A CA nobody trusts, issuing certificates that look just like the trusted one's. */
export async function createUntrustedSigner(): Promise<{ legacyKeyless: TestSigstore['legacyKeyless'] }> {
  const other = await createTestSigstore();
  return { legacyKeyless: other.legacyKeyless };
}

async function issue(ca: CA, who: KeylessIdentity): Promise<{ certDer: Buffer; certPem: string; key: KeyPair }> {
  const key = newKeyPair();
  const certDer = bytes(
    await ca.issueCertificate({
      publicKey: key.publicKey.export({ type: 'spki', format: 'der' }),
      subjectAltName: who.identity,
      extensions: [
        { oid: OID_ISSUER_V1, value: who.issuer, legacy: true },
        { oid: OID_ISSUER_V2, value: who.issuer },
        ...repositoryExtensions(who),
      ],
    }),
  );
  return { certDer, certPem: derToPem(certDer), key };
}

/** The repository extensions Fulcio puts in a GitHub Actions certificate, as `who` asks. */
function repositoryExtensions(who: KeylessIdentity): { oid: string; value: string; legacy?: boolean }[] {
  const named = /^(https:\/\/[^/]+)\/([^/]+\/[^/]+)\/\.github\/workflows\//.exec(who.identity);
  const uri =
    who.sourceRepositoryUri === undefined ? (named ? `${named[1]}/${named[2]}` : null) : who.sourceRepositoryUri;
  const legacy = who.workflowRepository === undefined ? (named ? named[2] : null) : who.workflowRepository;
  return [
    ...(uri === null ? [] : [{ oid: OID_SOURCE_REPOSITORY_URI, value: uri }]),
    ...(legacy === null ? [] : [{ oid: OID_GITHUB_WORKFLOW_REPOSITORY, value: legacy, legacy: true }]),
  ];
}

function hashedRekord(payload: Buffer, signatureB64: string, publicKeyOrCertPem: string): object {
  return {
    apiVersion: '0.0.1',
    kind: 'hashedrekord',
    spec: {
      data: { hash: { algorithm: 'sha256', value: createHash('sha256').update(payload).digest('hex') } },
      signature: { content: signatureB64, publicKey: { content: Buffer.from(publicKeyOrCertPem).toString('base64') } },
    },
  };
}

function derToPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** DSSE pre-authentication encoding (what a DSSE signature covers). */
function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `),
    payload,
  ]);
}

function bytes(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}
