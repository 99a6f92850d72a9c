// The cosign engine without cosign: the command it would run, how its output and exit codes are read,
// and how a download is checked. The real binary cannot be installed here (no Debian package, GitHub
// unreachable): ci.yml's smoke-verify-images job runs verify-images with engine: cosign and the real
// cosign against a local registry; test/actions/verify-images.test.ts checks the wiring around it.
import { describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  COSIGN_SHA256,
  COSIGN_VERSION,
  checkCosignDownload,
  cosignAssetName,
  cosignCommandLine,
  cosignVerifyArgs,
  explainCosignFailure,
  locateCosign,
  parseCosignVerifyOutput,
} from '../../packages/release-kit/src/signing/cosign-cli.js';
import { buildPolicy } from '../../packages/release-kit/src/signing/policy.js';
import { parseChecksums } from '../../packages/release-kit/src/artifacts/checksums.js';

const IDENTITY = 'https://github.com/acme/kruntimes/.github/workflows/release-images.yml@refs/tags/v0.1.0';
const ISSUER = 'https://token.actions.githubusercontent.com';
const DIGEST = `sha256:${'a'.repeat(64)}`;
const IMAGE = `ghcr.io/acme/kruntimes-scheduler@${DIGEST}`;

describe('cosign verify arguments', () => {
  test('exact identity and issuer', () => {
    expect(cosignVerifyArgs({ image: IMAGE, policy: buildPolicy({ certificateIdentity: IDENTITY }) })).toEqual([
      'verify',
      '--output',
      'json',
      '--certificate-identity',
      IDENTITY,
      '--certificate-oidc-issuer',
      ISSUER,
      IMAGE,
    ]);
  });

  test("a bound source repository becomes cosign's workflow-repository check", () => {
    const policy = buildPolicy({ certificateIdentity: IDENTITY, sourceRepository: 'acme/kruntimes' });
    expect(cosignVerifyArgs({ image: IMAGE, policy })).toEqual([
      'verify',
      '--output',
      'json',
      '--certificate-identity',
      IDENTITY,
      '--certificate-oidc-issuer',
      ISSUER,
      '--certificate-github-workflow-repository',
      'acme/kruntimes',
      IMAGE,
    ]);
  });

  test('the regexp goes to cosign anchored', () => {
    const args = cosignVerifyArgs({
      image: IMAGE,
      policy: buildPolicy({
        certificateIdentityRegexp: 'https://github.com/.*/.github/workflows/release-images.yml@refs/tags/v0.1.0',
      }),
    });
    expect(args[args.indexOf('--certificate-identity-regexp') + 1]).toBe(
      '^(?:https://github.com/.*/.github/workflows/release-images.yml@refs/tags/v0.1.0)$',
    );
  });

  test('key, ignore-tlog, trusted root and plain http', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const policy = buildPolicy({
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      ignoreTlog: true,
    });
    expect(
      cosignVerifyArgs({
        image: IMAGE,
        policy,
        publicKeyFile: '/tmp/k.pub',
        trustedRootFile: '/tmp/root.json',
        plainHttp: true,
      }),
    ).toEqual([
      'verify',
      '--output',
      'json',
      '--key',
      '/tmp/k.pub',
      '--insecure-ignore-tlog=true',
      '--trusted-root',
      '/tmp/root.json',
      '--allow-http-registry',
      '--allow-insecure-registry',
      IMAGE,
    ]);
  });

  test('the printed command quotes what a shell would mangle', () => {
    const args = cosignVerifyArgs({ image: IMAGE, policy: buildPolicy({ certificateIdentityRegexp: "it's (a|b)" }) });
    expect(cosignCommandLine(args)).toBe(
      `cosign verify --output json --certificate-identity-regexp '^(?:it'\\''s (a|b))$' --certificate-oidc-issuer ${ISSUER} ${IMAGE}`,
    );
  });
});

describe('cosign output', () => {
  const payload = (
    digest: string,
    optional: Record<string, string> | null = { Issuer: ISSUER, Subject: IDENTITY },
  ) => ({
    critical: {
      identity: { 'docker-reference': 'ghcr.io/acme/kruntimes-scheduler' },
      image: { 'docker-manifest-digest': digest },
      type: 'cosign container image signature',
    },
    optional,
  });

  test('a verified payload for the digest, with the signer from optional', () => {
    const stdout = `\n${JSON.stringify([payload(DIGEST)])}\n`;
    expect(parseCosignVerifyOutput(stdout, DIGEST)).toEqual({ verified: true, identity: IDENTITY, issuer: ISSUER });
  });

  test('payloads for another digest are not a verification of this one', () => {
    const other = `sha256:${'b'.repeat(64)}`;
    expect(parseCosignVerifyOutput(JSON.stringify([payload(other)]), DIGEST)).toEqual({
      verified: false,
      error: `cosign's verified payloads name ${other}, not ${DIGEST}`,
    });
  });

  test('no JSON, bad JSON, empty list', () => {
    expect(parseCosignVerifyOutput('Verification for x --', DIGEST).verified).toBe(false);
    expect(parseCosignVerifyOutput('[{', DIGEST).error).toBe('cosign printed a result that is not JSON');
    expect(parseCosignVerifyOutput('[]', DIGEST).error).toBe('cosign verified no signature');
  });

  test('exit codes 10, 11, 12 and others read as their meaning', () => {
    const policy = buildPolicy({ certificateIdentity: IDENTITY });
    expect(
      explainCosignFailure(
        10,
        'Error: no signatures found\nmain.go:74: error during command execution: no signatures found\n',
        policy,
      ),
    ).toBe(
      'cosign: no signatures found for the image (main.go:74: error during command execution: no signatures found)',
    );
    expect(explainCosignFailure(11, '', policy)).toBe('cosign: image tag not found');
    expect(explainCosignFailure(12, 'Error: no matching signatures', policy)).toBe(
      `cosign: no signature matches the policy (identity, issuer or key): expected ${IDENTITY} from ${ISSUER} (Error: no matching signatures)`,
    );
    expect(explainCosignFailure(1, 'Error: GET https://ghcr.io/v2/: UNAUTHORIZED', policy)).toBe(
      'cosign exited with 1: Error: GET https://ghcr.io/v2/: UNAUTHORIZED',
    );
  });
});

describe('finding and installing cosign', () => {
  test('a cosign on PATH is used as it is', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-cosign-path-'));
    try {
      await writeFile(path.join(dir, 'cosign'), '#!/bin/sh\nexit 0\n');
      await chmod(path.join(dir, 'cosign'), 0o755);
      expect(
        await locateCosign({
          pathEnv: dir,
          toolDir: dir,
          download: async () => {
            throw new Error('must not download');
          },
        }),
      ).toBe(path.join(dir, 'cosign'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a download whose sha256 is not the pinned one is refused and not installed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-cosign-dl-'));
    try {
      const asset = cosignAssetName();
      if (!COSIGN_SHA256[asset]) return; // a platform without a pinned binary never downloads (tested below)
      const fake = Buffer.from('not cosign');
      await expect(locateCosign({ pathEnv: '', toolDir: dir, download: async () => fake })).rejects.toThrow(
        `downloaded ${asset} of cosign ${COSIGN_VERSION} has sha256 ${createHash('sha256').update(fake).digest('hex')}, expected ${COSIGN_SHA256[asset]}; refusing to run it`,
      );
      expect(existsSync(path.join(dir, `cosign-${COSIGN_VERSION}`, 'cosign'))).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a failed download says what to do instead', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-cosign-dl-'));
    try {
      await expect(
        locateCosign({
          pathEnv: '',
          toolDir: dir,
          download: async () => {
            throw new Error('getaddrinfo ENOTFOUND github.com');
          },
        }),
      ).rejects.toThrow(
        /could not download cosign from https:\/\/github.com\/sigstore\/cosign\/releases\/download\/v3\.0\.5\/cosign-.* \(getaddrinfo ENOTFOUND github.com\); install cosign on PATH or use engine: sigstore/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('every pin equals the published checksum of its release binary (fixture: its source is named in the file)', () => {
    const published = parseChecksums(
      readFileSync(path.join(import.meta.dirname, 'fixtures', `cosign-${COSIGN_VERSION}-checksums.txt`), 'utf8'),
    );
    expect(published).toHaveLength(6);
    expect(COSIGN_SHA256).toEqual(Object.fromEntries(published.map((e) => [e.name, e.sha256])));
  });

  test('the pinned table holds sha256 values for the common runners', () => {
    for (const asset of ['cosign-linux-amd64', 'cosign-linux-arm64', 'cosign-darwin-arm64', 'cosign-windows-amd64.exe'])
      expect(COSIGN_SHA256[asset]).toMatch(/^[a-f0-9]{64}$/);
    expect(cosignAssetName('linux', 'x64')).toBe('cosign-linux-amd64');
    expect(cosignAssetName('win32', 'x64')).toBe('cosign-windows-amd64.exe');
    expect(() => checkCosignDownload('cosign-plan9-mips', Buffer.from(''))).toThrow(
      /no pinned sha256 for cosign-plan9-mips/,
    );
  });
});
