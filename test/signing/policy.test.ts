// Identity policy: anchoring, the workflow shorthand, and refusing ambiguous or incomplete options.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { generateKeyPairSync } from 'node:crypto';
import {
  anchorPattern,
  buildPolicy,
  githubWorkflowIdentity,
  identityMatches,
} from '../../packages/release-kit/src/signing/policy.js';

const IDENTITY = 'https://github.com/acme/kruntimes/.github/workflows/release-images.yml@refs/tags/v0.1.0';

describe('anchorPattern', () => {
  test.each([
    ['abc', '^(?:abc)$'],
    ['^abc$', '^abc$'],
    ['^abc', '^(?:abc)$'],
    ['abc$', '^(?:abc)$'],
    ['^a|b$', '^(?:a|b)$'],
    ['^(a|b)$', '^(a|b)$'],
    ['^[|]$', '^[|]$'],
    ['abc\\$', '^(?:abc\\$)$'],
  ])('%s → %s', (given, anchored) => {
    expect(anchorPattern(given)).toBe(anchored);
  });

  test('the issue example no longer admits a lookalike repository or a prefix', () => {
    const policy = buildPolicy({
      certificateIdentityRegexp: 'https://github.com/.*/.github/workflows/release-images.yml@refs/tags/v0.1.0',
    });
    if (policy.mode !== 'keyless') throw new Error('expected keyless');
    expect(identityMatches(policy.identity, IDENTITY)).toBe(true);
    expect(identityMatches(policy.identity, `${IDENTITY}-rc1`)).toBe(false);
    expect(identityMatches(policy.identity, `https://evil.example/?${IDENTITY}`)).toBe(false);
    const repoPattern = buildPolicy({ certificateIdentityRegexp: 'https://github.com/acme/kruntimes(/.*)?' });
    if (repoPattern.mode !== 'keyless') throw new Error('expected keyless');
    const evil = IDENTITY.replace('kruntimes/', 'kruntimes-evil/');
    expect(new RegExp('https://github.com/acme/kruntimes(/.*)?').test(evil)).toBe(true); // cosign, unanchored
    expect(identityMatches(repoPattern.identity, evil)).toBe(false);
    expect(identityMatches(repoPattern.identity, IDENTITY)).toBe(true);
  });

  test('property: an anchored literal matches itself and nothing with a prefix or suffix', () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 5 }),
        (identity, extra) => {
          const anchored = new RegExp(anchorPattern(escape(identity)));
          expect(anchored.test(identity)).toBe(true);
          expect(anchored.test(extra + identity)).toBe(false);
          expect(anchored.test(identity + extra)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('property: anchoring is idempotent and always yields ^…$', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\^a-c.*|()$\\]{0,8}$/), (pattern) => {
        try {
          new RegExp(pattern);
        } catch {
          return; // buildPolicy refuses invalid patterns before anchoring matters
        }
        const once = anchorPattern(pattern);
        expect(once.startsWith('^') && once.endsWith('$')).toBe(true);
        expect(anchorPattern(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildPolicy', () => {
  test('workflow + ref + repository give the exact GitHub identity', () => {
    const policy = buildPolicy({
      workflow: '.github/workflows/release-images.yml',
      ref: 'refs/tags/v0.1.0',
      repository: 'acme/kruntimes',
    });
    expect(policy).toEqual({
      mode: 'keyless',
      identity: { kind: 'exact', value: IDENTITY },
      issuer: 'https://token.actions.githubusercontent.com',
    });
    expect(
      githubWorkflowIdentity({ workflow: 'release-images.yml', ref: 'refs/tags/v0.1.0', repository: 'acme/kruntimes' }),
    ).toBe(IDENTITY);
  });

  test('exactly one signer option', () => {
    expect(() => buildPolicy({})).toThrow(/no signer given: set exactly one of public-key, certificate-identity/);
    expect(() => buildPolicy({ certificateIdentity: IDENTITY, workflow: 'x.yml' })).toThrow(
      /inputs 'certificate-identity' and 'workflow' are both set/,
    );
  });

  test('bad values name their input', () => {
    expect(() => buildPolicy({ certificateIdentityRegexp: '(' })).toThrow(
      /input 'certificate-identity-regexp' has invalid value "\("/,
    );
    expect(() => buildPolicy({ workflow: 'release.yml', ref: '', repository: 'acme/x' })).toThrow(/input 'ref'/);
    expect(() => buildPolicy({ workflow: 'release.yml', ref: 'v1', repository: 'acme/x' })).toThrow(
      /input 'ref' has invalid value "v1"/,
    );
    expect(() => buildPolicy({ workflow: '../x.yml', ref: 'refs/tags/v1', repository: 'acme/x' })).toThrow(
      /input 'workflow'/,
    );
    expect(() => buildPolicy({ workflow: 'x.yml', ref: 'refs/tags/v1', repository: 'nope' })).toThrow(
      /input 'repository'/,
    );
    expect(() => buildPolicy({ certificateIdentity: IDENTITY, certificateOidcIssuer: 'token.actions' })).toThrow(
      /input 'certificate-oidc-issuer'/,
    );
    expect(() => buildPolicy({ publicKeyPem: 'not a key' })).toThrow(
      /input 'public-key' has invalid value "not a key"/,
    );
  });

  test('ignore-tlog is for key-based signatures only', () => {
    expect(() => buildPolicy({ certificateIdentity: IDENTITY, ignoreTlog: true })).toThrow(
      /keyless signatures always need their transparency-log proof/,
    );
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const policy = buildPolicy({
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      ignoreTlog: true,
    });
    expect(policy).toMatchObject({ mode: 'key', ignoreTlog: true });
  });

  test('a private key is not accepted as the public key', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    // node derives the public half from a private key; refusing it keeps private keys out of workflows.
    expect(() => buildPolicy({ publicKeyPem: pem })).toThrow(/input 'public-key'/);
  });
});
