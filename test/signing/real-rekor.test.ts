// A real cosign signature's Rekor bundle (public-good Rekor, logIndex 84313668, April 2024) through the
// legacy → v0.1 bundle conversion, checked against the public-good trust root that @sigstore/tuf
// ships in its seeds. The signed payload itself is not public, so the check reaches the log body
// comparison and stops there: getting that far means the real SET verified.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  legacySignatureFromLayer,
  SIMPLESIGNING_MEDIA_TYPE,
} from '../../packages/release-kit/src/signing/cosign-formats.js';
import { buildPolicy } from '../../packages/release-kit/src/signing/policy.js';
import { loadTrust } from '../../packages/release-kit/src/signing/trust.js';
import { verifyCandidate } from '../../packages/release-kit/src/signing/verify.js';

// From the PUT of a cosign signature manifest quoted in goharbor/harbor src/server/middleware/cosign/cosign.go.
const SIGNATURE = 'MEUCIDOQc6I4MSd4/s8Bc8S7LXHCOnm4MGimpQdeCInLzM0VAiEAhWWYxmwEmYrFJ8xYNE3ow7PS4zeGe1R4RUbXRIawKJ4=';
const REKOR_BUNDLE =
  '{"SignedEntryTimestamp":"MEUCIC5DSFQx3nZhPFquF4NAdfetjqLR6qAa9i04cEtAg7VjAiEAzG2DUxqH+MdFSPih/EL/Vvsn3L1xCJUlOmRZeUYZaG0=","Payload":{"body":"eyJhcGlWZXJzaW9uIjoiMC4wLjEiLCJraW5kIjoiaGFzaGVkcmVrb3JkIiwic3BlYyI6eyJkYXRhIjp7Imhhc2giOnsiYWxnb3JpdGhtIjoic2hhMjU2IiwidmFsdWUiOiIzOGQwN2Q4MWJmMWQwMjZkYTY0MjAyOTUxMTMxMTVkOTk5YWQ2ZGE5MDA3M2I1ZTY3MTQ3Zjk3ODYyNjQyM2U2In19LCJzaWduYXR1cmUiOnsiY29udGVudCI6Ik1FVUNJRE9RYzZJNE1TZDQvczhCYzhTN0xYSENPbm00TUdpbXBRZGVDSW5Mek0wVkFpRUFoV1dZeG13RW1ZckZKOHhZTkUzb3c3UFM0emVHZTFSNFJVYlhSSWF3S0o0PSIsInB1YmxpY0tleSI6eyJjb250ZW50IjoiTFMwdExTMUNSVWRKVGlCUVZVSk1TVU1nUzBWWkxTMHRMUzBLVFVacmQwVjNXVWhMYjFwSmVtb3dRMEZSV1VsTGIxcEplbW93UkVGUlkwUlJaMEZGWVVoSk1DOTZiWEpIYW1VNE9FeFVTM0ZDU2tvNWJXZDNhWEprWkFwaVJrZGpNQzlRYWtWUUwxbFJNelJwZFZweWJGVnRhMGx3ZDBocFdVTmxSV3M0YWpoWE5rSnBaV3BxTHk5WmVVRnZZaXN5VTFCTGRqUkJQVDBLTFMwdExTMUZUa1FnVUZWQ1RFbERJRXRGV1MwdExTMHRDZz09In19fX0=","integratedTime":1712651102,"logIndex":84313668,"logID":"c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d"}}';
const SIGNER_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEaHI0/zmrGje88LTKqBJJ9mgwirdd
bFGc0/PjEP/YQ34iuZrlUmkIpwHiYCeEk8j8W6Biejj//YyAob+2SPKv4A==
-----END PUBLIC KEY-----
`;
const DIGEST = 'sha256:e50f88df1b11f94627e35bed9f34214392363508a2b07146d0a94516da97e4c0';

function publicGoodTrustedRoot(): string {
  const require = createRequire(import.meta.url);
  const seeds = JSON.parse(readFileSync(require.resolve('@sigstore/tuf/seeds.json'), 'utf8')) as Record<
    string,
    { targets: Record<string, string> }
  >;
  return Buffer.from(seeds['https://tuf-repo-cdn.sigstore.dev'].targets['trusted_root.json'], 'base64').toString(
    'utf8',
  );
}

function candidate(bundle: string, payload = Buffer.from('the payload is not public')) {
  const layer = {
    mediaType: SIMPLESIGNING_MEDIA_TYPE,
    digest: 'sha256:38d07d81bf1d026da6420295113115d999ad6da90073b5e67147f978626423e6',
    size: 257,
    annotations: { 'dev.cosignproject.cosign/signature': SIGNATURE, 'dev.sigstore.cosign/bundle': bundle },
  };
  return legacySignatureFromLayer(layer, payload, 'goharbor example')!;
}

describe('a real Rekor bundle annotation', () => {
  const policy = buildPolicy({ publicKeyPem: SIGNER_KEY });
  const trust = () =>
    loadTrust(
      { trustedRootJson: publicGoodTrustedRoot(), tufCachePath: '/nonexistent' },
      policy.mode === 'key' ? policy.publicKey : undefined,
    );

  test('its SET verifies with the public-good Rekor key (the check then stops at the unknown payload)', async () => {
    const verdict = await verifyCandidate(candidate(REKOR_BUNDLE), DIGEST, policy, trust);
    expect(verdict.verified).toBe(false);
    expect(verdict.error).toBe(
      'transparency-log entry does not match the signature: digest mismatch (the payload or signature was altered)',
    );
  });

  test('changing the integrated time breaks the SET', async () => {
    const altered = REKOR_BUNDLE.replace('"integratedTime":1712651102', '"integratedTime":1712651103');
    expect(altered).not.toBe(REKOR_BUNDLE);
    const verdict = await verifyCandidate(candidate(altered), DIGEST, policy, trust);
    expect(verdict.error).toMatch(
      /^transparency-log proof does not verify against the trusted logs: inclusion promise could not be verified/,
    );
  });
});
