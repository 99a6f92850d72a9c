// OCI reference parsing and WWW-Authenticate challenge parsing.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseChallenges, pickChallenge, repositoryScope } from '../../packages/release-kit/src/oci/challenge.js';
import {
  formatReference,
  manifestReferenceOf,
  parseReference,
  parseRegistryHost,
} from '../../packages/release-kit/src/oci/reference.js';
import { isUserError } from '../../packages/release-kit/src/plumbing/errors.js';

const hex64 = 'a'.repeat(64);

describe('parseRegistryHost', () => {
  test('a host compares equal to the host parseReference gives for a reference on it', () => {
    for (const [input, reference] of [
      ['ghcr.io', 'ghcr.io/acme/app:1'],
      ['GHCR.io', 'ghcr.io/acme/app:1'],
      ['127.0.0.1:5000', '127.0.0.1:5000/acme/app:1'],
      ['index.docker.io', 'acme/app:1'],
      ['registry-1.docker.io', 'nginx:1'],
      ['docker.io', 'docker.io/acme/app:1'],
    ])
      expect(parseRegistryHost(input, 'registry')).toBe(parseReference(reference).registry);
  });

  test.each(['https://ghcr.io', 'ghcr.io/acme', '', 'ghcr io'])('%j is refused naming the input', (value) => {
    expect(() => parseRegistryHost(value, 'registry')).toThrow(
      /^input 'registry' has invalid value .*: expected a registry host/,
    );
  });
});

describe('parseReference', () => {
  test.each([
    ['oci://ghcr.io/owner/charts', { registry: 'ghcr.io', repository: 'owner/charts' }],
    ['oci://ghcr.io/owner/charts/', { registry: 'ghcr.io', repository: 'owner/charts' }],
    [
      'ghcr.io/owner/kruntimes-scheduler:0.1.0',
      { registry: 'ghcr.io', repository: 'owner/kruntimes-scheduler', tag: '0.1.0' },
    ],
    [`ghcr.io/owner/img@sha256:${hex64}`, { registry: 'ghcr.io', repository: 'owner/img', digest: `sha256:${hex64}` }],
    [
      `127.0.0.1:5000/a/b:v1@sha256:${hex64}`,
      { registry: '127.0.0.1:5000', repository: 'a/b', tag: 'v1', digest: `sha256:${hex64}` },
    ],
    ['localhost/x/y:1.2.3_build.4', { registry: 'localhost', repository: 'x/y', tag: '1.2.3_build.4' }],
    ['localhost:5000/x', { registry: 'localhost:5000', repository: 'x' }],
    ['GHCR.io/owner/a__b.c-d', { registry: 'ghcr.io', repository: 'owner/a__b.c-d' }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  test.each([
    ['', /empty/],
    ['oci://nginx', /no repository/],
    ['oci://library/nginx:1', /Docker Hub name/],
    ['Library/nginx:1', /not a registry host|not a valid repository/],
    ['https://ghcr.io/owner/x', /only the oci:\/\/ scheme/],
    ['ghcr.io/Owner/x', /not a valid repository/],
    ['ghcr.io/owner/x:1.0+build', /not a valid tag/],
    ['ghcr.io/owner/x:.hidden', /not a valid tag/],
    ['ghcr.io/owner/x@sha256:abc', /not a digest/],
    [`ghcr.io/owner/x@SHA256:${hex64}`, /not a digest/],
    ['ghcr.io/owner//x', /not a valid repository/],
    ['ghcr.io/owner/../x', /not a valid repository/],
    ['gh cr.io/owner/x', /not a registry host/],
  ])('refuses %j', (text, why) => {
    let caught: unknown;
    try {
      parseReference(text, { input: 'registry' });
    } catch (error) {
      caught = error;
    }
    expect(isUserError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(why);
    expect((caught as Error).message).toContain("input 'registry'");
  });

  // Docker's own normalisation (distribution/reference ParseNormalizedNamed): a first component with
  // no dot, no port and not localhost is a Docker Hub name, so `org/app` is docker.io/org/app and a
  // single name is an official image under library/. An oci:// location (charts) names its host.
  test.each([
    ['nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['nginx:1.27', { registry: 'docker.io', repository: 'library/nginx', tag: '1.27' }],
    ['acme/app', { registry: 'docker.io', repository: 'acme/app' }],
    [
      `acme/app:0.1.0@sha256:${hex64}`,
      { registry: 'docker.io', repository: 'acme/app', tag: '0.1.0', digest: `sha256:${hex64}` },
    ],
    ['docker.io/acme/app:1', { registry: 'docker.io', repository: 'acme/app', tag: '1' }],
    ['index.docker.io/acme/app', { registry: 'docker.io', repository: 'acme/app' }],
    ['docker.io/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
  ])('Docker Hub short name %s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  test('Docker Hub names print in full (the OCI client maps docker.io to its API host)', () => {
    expect(formatReference(parseReference('acme/app:1'))).toBe('docker.io/acme/app:1');
  });

  test('requireTagOrDigest refuses a bare repository', () => {
    expect(() => parseReference('ghcr.io/owner/x', { requireTagOrDigest: true })).toThrow(/neither a tag nor a digest/);
  });

  test('manifestReferenceOf prefers the digest', () => {
    expect(manifestReferenceOf(parseReference(`h.io/a:t@sha256:${hex64}`))).toBe(`sha256:${hex64}`);
    expect(manifestReferenceOf(parseReference('h.io/a:t'))).toBe('t');
    expect(() => manifestReferenceOf(parseReference('h.io/a'))).toThrow(/neither/);
  });

  test('format and parse round-trip', () => {
    const component = fc
      .stringMatching(/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/, { maxLength: 12 })
      .filter((s) => s.length > 0);
    const reference = fc.record({
      registry: fc.constantFrom('ghcr.io', '127.0.0.1:5000', 'localhost', 'registry.example.com:443'),
      repository: fc.array(component, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/')),
      tag: fc.option(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/), { nil: undefined }),
      digest: fc.option(
        fc.stringMatching(/^[a-f0-9]{64}$/).map((h) => `sha256:${h}`),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(reference, (ref) => {
        const clean = Object.fromEntries(Object.entries(ref).filter(([, v]) => v !== undefined));
        expect(parseReference(formatReference(ref))).toEqual(clean);
      }),
    );
  });
});

describe('WWW-Authenticate', () => {
  test('ghcr.io-style Bearer challenge', () => {
    const [challenge] = parseChallenges(
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:owner/img:pull"',
    );
    expect(challenge).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:owner/img:pull' },
    });
  });

  test('quoted escapes, spaces, unquoted tokens, and several challenges', () => {
    const challenges = parseChallenges(
      'Basic realm="a \\"quoted\\" realm", charset=UTF-8, Bearer realm="https://x/t", error="insufficient_scope"',
    );
    expect(challenges).toEqual([
      { scheme: 'basic', params: { realm: 'a "quoted" realm', charset: 'UTF-8' } },
      { scheme: 'bearer', params: { realm: 'https://x/t', error: 'insufficient_scope' } },
    ]);
    expect(pickChallenge(challenges)?.scheme).toBe('bearer');
    expect(pickChallenge(parseChallenges('Basic realm="r"'))?.scheme).toBe('basic');
    expect(pickChallenge(parseChallenges('Negotiate'))).toBeUndefined();
    expect(parseChallenges(null)).toEqual([]);
  });

  test('scopes', () => {
    expect(repositoryScope('owner/charts/foo', false)).toBe('repository:owner/charts/foo:pull');
    expect(repositoryScope('owner/charts/foo', true)).toBe('repository:owner/charts/foo:pull,push');
  });

  test('never throws on arbitrary header text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(Array.isArray(parseChallenges(text))).toBe(true);
      }),
    );
  });
});
