// The signing core against signatures made here: both cosign formats, keyless and key-based, good and bad.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { buildPolicy, type SignaturePolicy } from '../../packages/release-kit/src/signing/policy.js';
import {
  legacySignatureFromLayer,
  SIMPLESIGNING_MEDIA_TYPE,
  type SignatureCandidate,
} from '../../packages/release-kit/src/signing/cosign-formats.js';
import { verifyCandidate } from '../../packages/release-kit/src/signing/verify.js';
import { keyOnlyTrust, loadTrust } from '../../packages/release-kit/src/signing/trust.js';
import {
  cosignPayload,
  createTestSigstore,
  createUntrustedSigner,
  newKeyPair,
  publicKeyPem,
  type LegacyLayer,
  type TestSigstore,
} from './sigstore-fixture.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const IDENTITY = 'https://github.com/acme/kruntimes/.github/workflows/release-images.yml@refs/tags/v0.1.0';
const REPO = '127.0.0.1:5000/acme/kruntimes-scheduler';
const DIGEST = `sha256:${createHash('sha256').update('image').digest('hex')}`;
const OTHER_DIGEST = `sha256:${createHash('sha256').update('other image').digest('hex')}`;

let sigstore: TestSigstore;
let trustedRootJson: string;

beforeAll(async () => {
  sigstore = await createTestSigstore();
  trustedRootJson = sigstore.trustedRootJson;
});

function legacy(layer: LegacyLayer): SignatureCandidate {
  const descriptor = {
    mediaType: SIMPLESIGNING_MEDIA_TYPE,
    digest: `sha256:${createHash('sha256').update(layer.payload).digest('hex')}`,
    size: layer.payload.length,
    annotations: layer.annotations,
  };
  return legacySignatureFromLayer(descriptor, layer.payload, 'test')!;
}

function keylessPolicy(options: { regexp?: string; identity?: string; issuer?: string } = {}): SignaturePolicy {
  return buildPolicy(
    options.regexp !== undefined
      ? { certificateIdentityRegexp: options.regexp, certificateOidcIssuer: options.issuer }
      : { certificateIdentity: options.identity ?? IDENTITY, certificateOidcIssuer: options.issuer },
  );
}

const trust = (publicKey?: Parameters<typeof loadTrust>[1]) => () =>
  loadTrust({ trustedRootJson, tufCachePath: '/nonexistent' }, publicKey);

describe('legacy keyless', () => {
  test('accepted with the exact identity and issuer', async () => {
    const layer = await sigstore.legacyKeyless(cosignPayload(REPO, DIGEST), { identity: IDENTITY, issuer: ISSUER });
    const verdict = await verifyCandidate(legacy(layer), DIGEST, keylessPolicy(), trust());
    expect(verdict).toMatchObject({ verified: true, format: 'legacy', identity: IDENTITY, issuer: ISSUER });
  });

  test('the REPO-evil lookalike passes an unanchored pattern but not ours', async () => {
    const evil = 'https://github.com/acme/kruntimes-evil/.github/workflows/release-images.yml@refs/tags/v0.1.0';
    const layer = await sigstore.legacyKeyless(cosignPayload(REPO, DIGEST), { identity: evil, issuer: ISSUER });
    // "Anything from acme/kruntimes": unanchored, the optional group matches nothing and the prefix matches kruntimes-evil.
    const pattern = 'https://github.com/acme/kruntimes(/.*)?';
    expect(new RegExp(pattern).test(evil)).toBe(true); // what cosign would do
    expect(new RegExp(pattern).test(IDENTITY)).toBe(true);
    const verdict = await verifyCandidate(legacy(layer), DIGEST, keylessPolicy({ regexp: pattern }), trust());
    expect(verdict.verified).toBe(false);
    expect(verdict.error).toMatch(/certificate identity ".*kruntimes-evil.*" does not match/);
  });

  test('wrong issuer is refused', async () => {
    const layer = await sigstore.legacyKeyless(cosignPayload(REPO, DIGEST), {
      identity: IDENTITY,
      issuer: 'https://accounts.google.com',
    });
    const verdict = await verifyCandidate(legacy(layer), DIGEST, keylessPolicy(), trust());
    expect(verdict).toMatchObject({ verified: false, issuer: 'https://accounts.google.com' });
    expect(verdict.error).toMatch(/OIDC issuer "https:\/\/accounts.google.com" is not https:\/\/token.actions/);
  });

  test('tampered payload is refused', async () => {
    const layer = await sigstore.legacyKeyless(cosignPayload(REPO, DIGEST), { identity: IDENTITY, issuer: ISSUER });
    const tampered = {
      ...layer,
      payload: Buffer.from(layer.payload.toString().replace('"optional":null', '"optional":{"x":"y"}')),
    };
    const verdict = await verifyCandidate(legacy(tampered), DIGEST, keylessPolicy(), trust());
    expect(verdict.verified).toBe(false);
    expect(verdict.error).toMatch(/altered/);
  });

  test('a signature made for another digest is refused', async () => {
    const layer = await sigstore.legacyKeyless(cosignPayload(REPO, OTHER_DIGEST), {
      identity: IDENTITY,
      issuer: ISSUER,
    });
    const verdict = await verifyCandidate(legacy(layer), DIGEST, keylessPolicy(), trust());
    expect(verdict.verified).toBe(false);
    expect(verdict.error).toContain(`names ${OTHER_DIGEST}, not this image's ${DIGEST}`);
  });

  test('a certificate from an untrusted CA is refused', async () => {
    const untrusted = await createUntrustedSigner();
    const layer = await untrusted.legacyKeyless(cosignPayload(REPO, DIGEST), { identity: IDENTITY, issuer: ISSUER });
    const verdict = await verifyCandidate(legacy(layer), DIGEST, keylessPolicy(), trust());
    expect(verdict.verified).toBe(false);
    expect(verdict.error).toMatch(/^certificate is not trusted: /);
  });

  test('a log entry that records another certificate is refused', async () => {
    const layer = await sigstore.legacyKeyless(
      cosignPayload(REPO, DIGEST),
      { identity: IDENTITY, issuer: ISSUER },
      { logForeignCertificate: true },
    );
    const verdict = await verifyCandidate(legacy(layer), DIGEST, keylessPolicy(), trust());
    expect(verdict.verified).toBe(false);
    expect(verdict.error).toBe('transparency-log entry records a different certificate than the signature carries');
  });

  test('no transparency-log proof is refused', async () => {
    const layer = await sigstore.legacyKeyless(
      cosignPayload(REPO, DIGEST),
      { identity: IDENTITY, issuer: ISSUER },
      { withRekorBundle: false },
    );
    const verdict = await verifyCandidate(legacy(layer), DIGEST, keylessPolicy(), trust());
    expect(verdict.verified).toBe(false);
    expect(verdict.error).toMatch(/no transparency-log proof.*keyless signatures always need it/);
  });
});

// A reusable workflow signs for every repository that calls it: the identity (the pack's workflow)
// is the same for all of them, so only the certificate's source repository says whose image it is.
describe('source repository binding', () => {
  const PACK_IDENTITY = 'https://github.com/acme/release-kit/.github/workflows/release-images.yml@refs/tags/v1';
  const bound = (repository = 'acme/kruntimes') =>
    buildPolicy({ certificateIdentity: PACK_IDENTITY, sourceRepository: repository });
  const sign = (who: Partial<Parameters<TestSigstore['legacyKeyless']>[1]>) =>
    sigstore.legacyKeyless(cosignPayload(REPO, DIGEST), { identity: PACK_IDENTITY, issuer: ISSUER, ...who });

  test('the caller named in the Source Repository URI extension is accepted', async () => {
    const layer = await sign({ sourceRepositoryUri: 'https://github.com/acme/kruntimes', workflowRepository: null });
    const verdict = await verifyCandidate(legacy(layer), DIGEST, bound(), trust());
    expect(verdict).toMatchObject({ verified: true, identity: PACK_IDENTITY, sourceRepository: 'acme/kruntimes' });
  });

  test('the legacy GitHub Workflow Repository extension is the fallback', async () => {
    const layer = await sign({ sourceRepositoryUri: null, workflowRepository: 'acme/kruntimes' });
    expect(await verifyCandidate(legacy(layer), DIGEST, bound(), trust())).toMatchObject({
      verified: true,
      sourceRepository: 'acme/kruntimes',
    });
  });

  test('another repository calling the same workflow is refused, in either extension', async () => {
    const other = await sign({
      sourceRepositoryUri: 'https://github.com/mallory/app',
      workflowRepository: 'mallory/app',
    });
    const verdict = await verifyCandidate(legacy(other), DIGEST, bound(), trust());
    expect(verdict.verified).toBe(false);
    expect(verdict.error).toBe(
      'certificate source repository is https://github.com/mallory/app, not acme/kruntimes (a run of another repository signed it)',
    );
    const legacyOnly = await sign({ sourceRepositoryUri: null, workflowRepository: 'mallory/app' });
    expect((await verifyCandidate(legacy(legacyOnly), DIGEST, bound(), trust())).error).toMatch(
      /source repository is mallory\/app, not acme\/kruntimes/,
    );
    // The two extensions disagreeing is as bad as either being wrong.
    const mixed = await sign({
      sourceRepositoryUri: 'https://github.com/acme/kruntimes',
      workflowRepository: 'mallory/app',
    });
    expect((await verifyCandidate(legacy(mixed), DIGEST, bound(), trust())).verified).toBe(false);
  });

  test('a certificate with no repository extension at all is refused', async () => {
    const layer = await sign({ sourceRepositoryUri: null, workflowRepository: null });
    const verdict = await verifyCandidate(legacy(layer), DIGEST, bound(), trust());
    expect(verdict.verified).toBe(false);
    expect(verdict.error).toMatch(/^certificate names no source repository \(no Source Repository URI extension/);
    // The same certificate passes a policy that binds no repository: the binding is what refuses it.
    expect(
      (await verifyCandidate(legacy(layer), DIGEST, keylessPolicy({ identity: PACK_IDENTITY }), trust())).verified,
    ).toBe(true);
  });

  test('v3 bundles are bound the same way', async () => {
    const bundle = await sigstore.bundleKeyless(DIGEST, {
      identity: PACK_IDENTITY,
      issuer: ISSUER,
      sourceRepositoryUri: 'https://github.com/mallory/app',
      workflowRepository: 'mallory/app',
    });
    const verdict = await verifyCandidate(
      { format: 'bundle', bundle: JSON.parse(bundle.toString()), source: 'test' },
      DIGEST,
      bound(),
      trust(),
    );
    expect(verdict.error).toMatch(/source repository is https:\/\/github.com\/mallory\/app, not acme\/kruntimes/);
  });

  test('the repository is compared as GitHub compares names: case-insensitively, on the same server', async () => {
    const layer = await sign({
      sourceRepositoryUri: 'https://github.com/Acme/KRuntimes',
      workflowRepository: 'Acme/KRuntimes',
    });
    expect((await verifyCandidate(legacy(layer), DIGEST, bound(), trust())).verified).toBe(true);
    const ghes = await sign({
      sourceRepositoryUri: 'https://ghes.example.com/acme/kruntimes',
      workflowRepository: null,
    });
    expect((await verifyCandidate(legacy(ghes), DIGEST, bound(), trust())).verified).toBe(false);
  });

  test('source-repository must be OWNER/REPO and needs a keyless identity', () => {
    expect(() => buildPolicy({ certificateIdentity: PACK_IDENTITY, sourceRepository: 'acme' })).toThrow(
      /input 'source-repository' has invalid value "acme": expected OWNER\/REPO/,
    );
    const key = newKeyPair();
    expect(() => buildPolicy({ publicKeyPem: publicKeyPem(key), sourceRepository: 'acme/kruntimes' })).toThrow(
      /input 'source-repository'.*keyless/,
    );
  });
});

describe('legacy key-based', () => {
  const key = newKeyPair();

  test('accepted with the right key and a Rekor bundle', async () => {
    const layer = await sigstore.legacyWithKey(cosignPayload(REPO, DIGEST), key);
    const policy = buildPolicy({ publicKeyPem: publicKeyPem(key) });
    if (policy.mode !== 'key') throw new Error('expected a key policy');
    const verdict = await verifyCandidate(legacy(layer), DIGEST, policy, trust(policy.publicKey));
    expect(verdict).toMatchObject({ verified: true, format: 'legacy', identity: 'public-key' });
  });

  test('accepted without a log when ignore-tlog is set, refused when it is not', async () => {
    const layer = await sigstore.legacyWithKey(cosignPayload(REPO, DIGEST), key, { withRekorBundle: false });
    const lenient = buildPolicy({ publicKeyPem: publicKeyPem(key), ignoreTlog: true });
    const strict = buildPolicy({ publicKeyPem: publicKeyPem(key) });
    if (lenient.mode !== 'key' || strict.mode !== 'key') throw new Error('expected key policies');
    expect(
      (await verifyCandidate(legacy(layer), DIGEST, lenient, async () => keyOnlyTrust(lenient.publicKey))).verified,
    ).toBe(true);
    const refused = await verifyCandidate(legacy(layer), DIGEST, strict, trust(strict.publicKey));
    expect(refused.verified).toBe(false);
    expect(refused.error).toMatch(/ignore-tlog: true/);
  });

  test('a wrong public key is refused, with and without the log', async () => {
    const layer = await sigstore.legacyWithKey(cosignPayload(REPO, DIGEST), key);
    const wrong = newKeyPair();
    for (const ignoreTlog of [true, false]) {
      const policy = buildPolicy({ publicKeyPem: publicKeyPem(wrong), ignoreTlog });
      if (policy.mode !== 'key') throw new Error('expected a key policy');
      const verdict = await verifyCandidate(legacy(layer), DIGEST, policy, trust(policy.publicKey));
      expect(verdict.verified).toBe(false);
      expect(verdict.error).toMatch(/signature does not verify/);
    }
  });

  test('a keyless policy refuses a key-based signature', async () => {
    const layer = await sigstore.legacyWithKey(cosignPayload(REPO, DIGEST), key);
    const verdict = await verifyCandidate(legacy(layer), DIGEST, keylessPolicy(), trust());
    expect(verdict.error).toMatch(/no certificate/);
  });
});

describe('cosign v3 bundle', () => {
  test('accepted keyless', async () => {
    const bundle = await sigstore.bundleKeyless(DIGEST, { identity: IDENTITY, issuer: ISSUER });
    const verdict = await verifyCandidate(
      { format: 'bundle', bundle: JSON.parse(bundle.toString()), source: 'test' },
      DIGEST,
      keylessPolicy(),
      trust(),
    );
    expect(verdict).toMatchObject({ verified: true, format: 'bundle', identity: IDENTITY, issuer: ISSUER });
  });

  test('a statement about another digest is refused', async () => {
    const bundle = await sigstore.bundleKeyless(OTHER_DIGEST, { identity: IDENTITY, issuer: ISSUER });
    const verdict = await verifyCandidate(
      { format: 'bundle', bundle: JSON.parse(bundle.toString()), source: 'test' },
      DIGEST,
      keylessPolicy(),
      trust(),
    );
    expect(verdict.error).toContain(`names ${OTHER_DIGEST}, not this image's ${DIGEST}`);
  });

  test('an attestation is not a signature', async () => {
    const bundle = await sigstore.bundleKeyless(
      DIGEST,
      { identity: IDENTITY, issuer: ISSUER },
      { predicateType: 'https://slsa.dev/provenance/v1' },
    );
    const verdict = await verifyCandidate(
      { format: 'bundle', bundle: JSON.parse(bundle.toString()), source: 'test' },
      DIGEST,
      keylessPolicy(),
      trust(),
    );
    expect(verdict.error).toMatch(/attestation of type "https:\/\/slsa.dev\/provenance\/v1"/);
  });

  test('tampered statement is refused', async () => {
    const bundle = JSON.parse(
      (await sigstore.bundleKeyless(DIGEST, { identity: IDENTITY, issuer: ISSUER })).toString(),
    );
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    statement.predicate = { tampered: true };
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    const verdict = await verifyCandidate(
      { format: 'bundle', bundle, source: 'test' },
      DIGEST,
      keylessPolicy(),
      trust(),
    );
    expect(verdict.verified).toBe(false);
    expect(verdict.error).toMatch(/altered/);
  });

  test('key-based: accepted with the right key, with or without the log (ignore-tlog), refused with another key', async () => {
    const key = newKeyPair();
    const bundle = JSON.parse((await sigstore.bundleWithKey(DIGEST, key)).toString());
    const policy = buildPolicy({ publicKeyPem: publicKeyPem(key) });
    if (policy.mode !== 'key') throw new Error('expected a key policy');
    expect(
      await verifyCandidate({ format: 'bundle', bundle, source: 'test' }, DIGEST, policy, trust(policy.publicKey)),
    ).toMatchObject({ verified: true, format: 'bundle', identity: 'public-key' });

    const noLog = JSON.parse((await sigstore.bundleWithKey(DIGEST, key, { withTlog: false })).toString());
    const lenient = buildPolicy({ publicKeyPem: publicKeyPem(key), ignoreTlog: true });
    if (lenient.mode !== 'key') throw new Error('expected a key policy');
    expect(
      (
        await verifyCandidate({ format: 'bundle', bundle: noLog, source: 'test' }, DIGEST, lenient, async () =>
          keyOnlyTrust(lenient.publicKey),
        )
      ).verified,
    ).toBe(true);
    expect(
      (
        await verifyCandidate(
          { format: 'bundle', bundle: noLog, source: 'test' },
          DIGEST,
          policy,
          trust(policy.publicKey),
        )
      ).error,
    ).toMatch(/no transparency-log entry; set ignore-tlog: true/);

    const wrong = buildPolicy({ publicKeyPem: publicKeyPem(newKeyPair()) });
    if (wrong.mode !== 'key') throw new Error('expected a key policy');
    expect(
      (await verifyCandidate({ format: 'bundle', bundle, source: 'test' }, DIGEST, wrong, trust(wrong.publicKey)))
        .error,
    ).toMatch(/signature does not verify/);
  });

  test('no log entry is refused for keyless', async () => {
    const bundle = await sigstore.bundleKeyless(DIGEST, { identity: IDENTITY, issuer: ISSUER }, { withTlog: false });
    const verdict = await verifyCandidate(
      { format: 'bundle', bundle: JSON.parse(bundle.toString()), source: 'test' },
      DIGEST,
      keylessPolicy(),
      trust(),
    );
    expect(verdict.error).toMatch(/no transparency-log entry; keyless signatures always need the log proof/);
  });
});

test('a bad trusted-root is a clear input error', async () => {
  await expect(
    loadTrust({
      trustedRootJson: '{"mediaType": "application/vnd.dev.sigstore.trustedroot+json;version=0.1", "tlogs": 5}',
      trustedRootSource: 'root.json',
      tufCachePath: '/tmp',
    }),
  ).rejects.toThrow(/input 'trusted-root' has invalid value "root.json"/);
});

test('a file that is not a trusted root is refused', async () => {
  await expect(
    loadTrust({ trustedRootJson: '{"hello": "world"}', trustedRootSource: 'x.json', tufCachePath: '/tmp' }),
  ).rejects.toThrow(/mediaType is not application\/vnd.dev.sigstore.trustedroot/);
});
