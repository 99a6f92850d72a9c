// verify-images as the runner runs it, against a real registry (docker-registry) holding images pushed
// with skopeo and signatures made in this test and pushed as cosign lays them out.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createOciClient, type OciClient } from '../../packages/release-kit/src/oci/client.js';
import { registryAvailable, startRegistry, type TestRegistry } from '../registry/registry.js';
import { pushTinyImage } from '../registry/skopeo.js';
import { runAction, runCli } from '../harness/run-action.js';
import { pushBundleReferrer, pushLegacySignatures } from '../signing/push-signatures.js';
import {
  cosignPayload,
  createTestSigstore,
  createUntrustedSigner,
  newKeyPair,
  publicKeyPem,
  type TestSigstore,
} from '../signing/sigstore-fixture.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const OWNER_REPO = 'acme/kruntimes';
const REF = 'refs/tags/v0.1.0';
const IDENTITY = `https://github.com/${OWNER_REPO}/.github/workflows/release-images.yml@${REF}`;
const EVIL_IDENTITY = `https://github.com/${OWNER_REPO}-evil/.github/workflows/release-images.yml@${REF}`;
const FIVE = [
  'kruntimes-scheduler',
  'kruntimes-controller',
  'kruntimes-runtimed',
  'kruntimes-bash-runtime',
  'kruntimes-python-runtime',
];

const available = registryAvailable();
const describeRegistry = available ? describe : describe.skip;

let registry: TestRegistry;
let client: OciClient;
let sigstore: TestSigstore;
let workspace: string;
const key = newKeyPair();
/** image reference (host/repo:tag) → digest */
const pushed = new Map<string, string>();

async function pushImage(
  name: string,
  tag = '0.1.0',
): Promise<{ ref: string; repository: string; digest: string; size: number }> {
  const repository = `acme/${name}`;
  const image = await pushTinyImage(registry, repository, tag);
  const ref = `${registry.host}/${repository}:${tag}`;
  pushed.set(ref, image.digest);
  return { ref, repository, digest: image.digest, size: image.manifest.length };
}

const keylessInputs = () => ({
  workflow: '.github/workflows/release-images.yml',
  ref: REF,
  repository: OWNER_REPO,
  'trusted-root': 'trusted_root.json',
  username: registry.username,
  password: registry.password,
  'plain-http': 'true',
});

describeRegistry('verify-images against a real registry', () => {
  const images: Record<string, string> = {};

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'htpasswd' });
    client = createOciClient({
      registry: registry.host,
      plainHttp: true,
      username: registry.username,
      password: registry.password,
    });
    sigstore = await createTestSigstore();
    workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-verify-images-'));
    await writeFile(path.join(workspace, 'trusted_root.json'), sigstore.trustedRootJson);
    await writeFile(path.join(workspace, 'cosign.pub'), publicKeyPem(key));
    await writeFile(path.join(workspace, 'wrong.pub'), publicKeyPem(newKeyPair()));
    const who = { identity: IDENTITY, issuer: ISSUER };

    // The five kruntimes images: legacy keyless, legacy key-based (+ keyless), v3 bundles.
    for (const [i, name] of FIVE.entries()) {
      const image = await pushImage(name);
      images[name] = image.ref;
      const payload = cosignPayload(`${registry.host}/${image.repository}`, image.digest);
      if (i % 2 === 0) {
        await pushLegacySignatures(client, image.repository, image.digest, [
          await sigstore.legacyKeyless(payload, who),
        ]);
      } else {
        const bundle = await sigstore.bundleKeyless(image.digest, who);
        await pushBundleReferrer(
          client,
          image.repository,
          { digest: image.digest, size: image.size, mediaType: 'application/vnd.oci.image.manifest.v1+json' },
          bundle,
        );
      }
    }

    const keyImage = await pushImage('key-signed');
    images.keySigned = keyImage.ref;
    await pushLegacySignatures(client, keyImage.repository, keyImage.digest, [
      await sigstore.legacyWithKey(cosignPayload(keyImage.repository, keyImage.digest), key),
    ]);

    const keyNoLog = await pushImage('key-signed-no-tlog');
    images.keyNoLog = keyNoLog.ref;
    await pushLegacySignatures(client, keyNoLog.repository, keyNoLog.digest, [
      await sigstore.legacyWithKey(cosignPayload(keyNoLog.repository, keyNoLog.digest), key, {
        withRekorBundle: false,
      }),
    ]);

    // The rejects, one image per failure.
    const evil = await pushImage('evil');
    images.evil = evil.ref;
    await pushLegacySignatures(client, evil.repository, evil.digest, [
      await sigstore.legacyKeyless(cosignPayload(evil.repository, evil.digest), {
        identity: EVIL_IDENTITY,
        issuer: ISSUER,
      }),
    ]);

    const issuer = await pushImage('wrong-issuer');
    images.wrongIssuer = issuer.ref;
    await pushLegacySignatures(client, issuer.repository, issuer.digest, [
      await sigstore.legacyKeyless(cosignPayload(issuer.repository, issuer.digest), {
        identity: IDENTITY,
        issuer: 'https://accounts.google.com',
      }),
    ]);

    const tampered = await pushImage('tampered');
    images.tampered = tampered.ref;
    const good = await sigstore.legacyKeyless(cosignPayload(tampered.repository, tampered.digest), who);
    const altered = Buffer.from(good.payload.toString().replace('"optional":null', '"optional":{"build":"evil"}'));
    await pushLegacySignatures(client, tampered.repository, tampered.digest, [
      { payload: altered, annotations: good.annotations },
    ]);

    const other = await pushImage('other-digest');
    images.otherDigest = other.ref;
    const donor = await pushImage('donor');
    await pushLegacySignatures(client, other.repository, other.digest, [
      await sigstore.legacyKeyless(cosignPayload(donor.repository, donor.digest), who),
    ]);

    const unsigned = await pushImage('unsigned');
    images.unsigned = unsigned.ref;

    const untrusted = await pushImage('untrusted-ca');
    images.untrusted = untrusted.ref;
    const stranger = await createUntrustedSigner();
    await pushLegacySignatures(client, untrusted.repository, untrusted.digest, [
      await stranger.legacyKeyless(cosignPayload(untrusted.repository, untrusted.digest), who),
    ]);

    const noLog = await pushImage('no-tlog');
    images.noLog = noLog.ref;
    await pushLegacySignatures(client, noLog.repository, noLog.digest, [
      await sigstore.legacyKeyless(cosignPayload(noLog.repository, noLog.digest), who, { withRekorBundle: false }),
    ]);

    // Two signatures, the first by the lookalike: one that verifies is enough.
    const two = await pushImage('two-signatures');
    images.two = two.ref;
    const twoPayload = cosignPayload(two.repository, two.digest);
    await pushLegacySignatures(client, two.repository, two.digest, [
      await sigstore.legacyKeyless(twoPayload, { identity: EVIL_IDENTITY, issuer: ISSUER }),
      await sigstore.legacyKeyless(twoPayload, who),
    ]);

    const repushed = await pushImage('repushed');
    images.repushed = repushed.ref;
    await pushLegacySignatures(client, repushed.repository, repushed.digest, [
      await sigstore.legacyKeyless(cosignPayload(repushed.repository, repushed.digest), who),
    ]);
  }, 180_000);

  afterAll(async () => {
    await registry?.close();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  test('accepts the five-image batch (legacy keyless and v3 bundles via the sha256-<hex> tag) with expected digests', async () => {
    const refs = FIVE.map((n) => images[n]);
    const expected = Object.fromEntries(refs.map((r) => [r.replace(/:0\.1\.0$/, ''), pushed.get(r)]));
    const result = await runAction('verify-images', {
      workspace,
      inputs: { ...keylessInputs(), images: refs.join('\n'), 'expected-digests': JSON.stringify(expected) },
    });
    expect(result.stderr + result.annotations.map((a) => a.message).join('\n')).not.toMatch(/error/i);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verified).toBe('5');
    expect(result.outputs.state).toBe('verified');
    const results = JSON.parse(result.outputs.results) as {
      image: string;
      digest: string;
      verified: boolean;
      identity: string;
      issuer: string;
      format: string;
      error: null;
    }[];
    expect(results.map((r) => [r.image, r.digest, r.verified, r.identity, r.issuer, r.error])).toEqual(
      refs.map((r) => [r, pushed.get(r), true, IDENTITY, ISSUER, null]),
    );
    expect(results.map((r) => r.format)).toEqual(['legacy', 'bundle', 'legacy', 'bundle', 'legacy']);
    // One foldable log group per image, as the toolkit's core.group writes it.
    expect(result.stdout.match(/^::group::Verify .*$/gm)).toEqual(refs.map((r) => `::group::Verify ${r}`));
    expect(result.stdout.match(/^::endgroup::$/gm)).toHaveLength(5);
    expect(result.summary).toContain('| Image | Digest | Verified | Format | Signer | Problem |');
    expect(result.summary).toContain(
      `cosign verify --output json --certificate-identity ${IDENTITY} --certificate-oidc-issuer ${ISSUER} --certificate-github-workflow-repository ${OWNER_REPO} --trusted-root trusted_root.json --allow-http-registry --allow-insecure-registry ${registry.host}/acme/kruntimes-scheduler@${pushed.get(images['kruntimes-scheduler'])}`,
    );
    expect(result.everything).not.toContain(registry.password!);
  });

  test('one good signature among several is enough; an image given by digest is checked by that digest', async () => {
    const byDigest = `${registry.host}/acme/two-signatures@${pushed.get(images.two)}`;
    const result = await runAction('verify-images', {
      workspace,
      inputs: { ...keylessInputs(), images: `${images.two}\n${byDigest}` },
    });
    expect(result.exitCode).toBe(0);
    const results = JSON.parse(result.outputs.results);
    expect(results.map((r: { digest: string; identity: string }) => [r.digest, r.identity])).toEqual([
      [pushed.get(images.two), IDENTITY],
      [pushed.get(images.two), IDENTITY],
    ]);
  });

  test('accepts expected-digests as lines image@sha256', async () => {
    const ref = images['kruntimes-controller'];
    const result = await runAction('verify-images', {
      workspace,
      inputs: { ...keylessInputs(), images: ref, 'expected-digests': `${ref}@${pushed.get(ref)}` },
    });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs.results)[0]).toMatchObject({ verified: true, format: 'bundle' });
  });

  test('accepts a legacy key-based signature (Rekor bundle checked against the trusted root), and one without the log when ignore-tlog is set', async () => {
    const withLog = await runAction('verify-images', {
      workspace,
      inputs: {
        images: images.keySigned,
        'public-key': 'cosign.pub',
        'trusted-root': 'trusted_root.json',
        username: registry.username,
        password: registry.password,
        'plain-http': 'true',
      },
    });
    expect(withLog.exitCode).toBe(0);
    expect(JSON.parse(withLog.outputs.results)[0]).toMatchObject({
      verified: true,
      format: 'legacy',
      identity: 'public-key',
    });
    expect(withLog.summary).toContain('--key cosign.pub');

    const noLog = await runAction('verify-images', {
      workspace,
      inputs: {
        images: images.keyNoLog,
        'public-key': 'cosign.pub',
        'ignore-tlog': 'true',
        username: registry.username,
        password: registry.password,
        'plain-http': 'true',
      },
    });
    expect(noLog.exitCode).toBe(0);
    expect(noLog.summary).toContain('--insecure-ignore-tlog=true');
  });

  test('refuses a wrong public key, and a key signature without the log when ignore-tlog is not set', async () => {
    const result = await runAction('verify-images', {
      workspace,
      inputs: {
        images: `${images.keySigned}\n${images.keyNoLog}`,
        'public-key': 'wrong.pub',
        'trusted-root': 'trusted_root.json',
        username: registry.username,
        password: registry.password,
        'plain-http': 'true',
      },
    });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${escape(images.keySigned)}: no signature verifies .*signature does not verify`),
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(new RegExp(`^${escape(images.keyNoLog)}: .*no transparency-log proof.*ignore-tlog: true`)),
    );
  });

  test('checks every image and fails with one line per failed image, each naming its check', async () => {
    const bad = [
      images.evil,
      images.wrongIssuer,
      images.tampered,
      images.otherDigest,
      images.unsigned,
      images.untrusted,
      images.noLog,
      images.repushed,
    ];
    const goodRef = images['kruntimes-scheduler'];
    // Every image needs an entry once expected-digests is set: each bad image gets its real digest (so its
    // own check is what fails), except the re-pushed one, which is given the digest of another build.
    const expected = {
      ...Object.fromEntries(bad.map((ref) => [ref, pushed.get(ref)])),
      [images.repushed]: pushed.get(goodRef),
      [goodRef]: pushed.get(goodRef),
    };
    const result = await runAction('verify-images', {
      workspace,
      inputs: {
        ...keylessInputs(),
        workflow: undefined,
        ref: undefined,
        repository: undefined,
        // "Anything from acme/kruntimes": unanchored (as cosign runs it) this also accepts acme/kruntimes-evil.
        'certificate-identity-regexp': 'https://github.com/acme/kruntimes(/.*)?',
        images: [goodRef, ...bad].join('\n'),
        'expected-digests': JSON.stringify(expected),
      },
    });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    const lineFor = (ref: string) => errors.find((e) => e.startsWith(`${ref}: `)) ?? '(no line)';
    expect(new RegExp('https://github.com/acme/kruntimes(/.*)?').test(EVIL_IDENTITY)).toBe(true);
    expect(lineFor(images.evil)).toContain(
      `certificate identity "${EVIL_IDENTITY}" does not match /^(?:https://github.com/acme/kruntimes(/.*)?)$/`,
    );
    expect(lineFor(images.wrongIssuer)).toMatch(
      /OIDC issuer "https:\/\/accounts.google.com" is not https:\/\/token.actions.githubusercontent.com/,
    );
    expect(lineFor(images.tampered)).toMatch(/altered/);
    expect(lineFor(images.otherDigest)).toMatch(
      /names sha256:[a-f0-9]{64}, not this image's sha256:[a-f0-9]{64} \(a signature made for another image\)/,
    );
    expect(lineFor(images.unsigned)).toMatch(/unsigned: no cosign signature found .*tag sha256-[a-f0-9]{64}\.sig/);
    expect(lineFor(images.untrusted)).toMatch(/certificate is not trusted/);
    expect(lineFor(images.noLog)).toMatch(/no transparency-log proof.*keyless signatures always need it/);
    expect(lineFor(images.repushed)).toMatch(/registry digest sha256:[a-f0-9]{64} differs from expected-digests/);
    expect(errors.some((e) => e.startsWith(`${goodRef}: `))).toBe(false);
    const final = errors[errors.length - 1];
    expect(final).toBe(`8 of 9 image(s) failed verification: ${bad.join(', ')}`);
    // The outputs are set on failure too, for a later `if: failure()` step.
    expect(result.outputs.state).toBe('failed');
    expect(result.outputs.verified).toBe('1');
    const outputResults = JSON.parse(result.outputs.results) as { image: string; verified: boolean }[];
    expect(outputResults.filter((r) => !r.verified).map((r) => r.image)).toEqual(bad);
    expect(result.summary.split('\n').filter((l) => l.includes('| ❌ |'))).toHaveLength(8);
    expect(result.summary.split('\n').filter((l) => l.includes('| ✅ |'))).toHaveLength(1);
    // The summary shows the anchored pattern in the cosign command.
    expect(result.summary).toContain("--certificate-identity-regexp '^(?:https://github.com/acme/kruntimes(/.*)?)$'");
  });

  // The pack's reusable workflow signs for every repository that calls it, with one identity: the
  // repository its run was for is the only thing that tells acme/kruntimes' images from anyone else's.
  test('a reusable signing workflow: bound to the calling repository (GITHUB_REPOSITORY), the wrong repository and no repository fail', async () => {
    const PACK = 'https://github.com/acme/release-kit/.github/workflows/release-images.yml@refs/tags/v1';
    const signed = async (name: string, repository: string | null) => {
      const image = await pushImage(`pack-${name}`);
      await pushLegacySignatures(client, image.repository, image.digest, [
        await sigstore.legacyKeyless(cosignPayload(`${registry.host}/${image.repository}`, image.digest), {
          identity: PACK,
          issuer: ISSUER,
          sourceRepositoryUri: repository && `https://github.com/${repository}`,
          workflowRepository: repository,
        }),
      ]);
      return image.ref;
    };
    const ours = await signed('ours', OWNER_REPO);
    const theirs = await signed('theirs', 'mallory/app');
    const nobody = await signed('nobody', null);
    const inputs = {
      ...keylessInputs(),
      workflow: undefined,
      ref: undefined,
      repository: undefined,
      'certificate-identity': PACK,
      retries: '0',
    };
    const result = await runAction('verify-images', {
      workspace,
      inputs: { ...inputs, images: [ours, theirs, nobody].join('\n') },
      env: { GITHUB_REPOSITORY: OWNER_REPO },
    });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors.find((e) => e.startsWith(`${ours}: `))).toBeUndefined();
    expect(errors.find((e) => e.startsWith(`${theirs}: `))).toContain(
      'certificate source repository is https://github.com/mallory/app, not acme/kruntimes (a run of another repository signed it)',
    );
    expect(errors.find((e) => e.startsWith(`${nobody}: `))).toContain('certificate names no source repository');
    const results = JSON.parse(result.outputs.results) as { image: string; 'source-repository': string | null }[];
    expect(results.map((r) => r['source-repository'])).toEqual(['acme/kruntimes', 'mallory/app', null]);
    expect(result.summary).toContain(`--certificate-github-workflow-repository ${OWNER_REPO}`);

    // Run from mallory/app's workflow, the same call binds to mallory/app; source-repository says otherwise.
    const elsewhere = await runAction('verify-images', {
      workspace,
      inputs: { ...inputs, images: `${ours}\n${theirs}`, 'source-repository': 'mallory/app' },
    });
    expect(JSON.parse(elsewhere.outputs.results).map((r: { verified: boolean }) => r.verified)).toEqual([false, true]);
  });

  test('retries a signature that is not there yet, then reports the image unsigned', async () => {
    const started = Date.now();
    const result = await runAction('verify-images', {
      workspace,
      inputs: { ...keylessInputs(), images: images.unsigned, retries: '2' },
    });
    expect(result.exitCode).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60); // 20 ms + 40 ms of back-off
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(/unsigned/);
  });

  test('a missing tag is reported, not a crash', async () => {
    const result = await runAction('verify-images', {
      workspace,
      inputs: { ...keylessInputs(), images: `${registry.host}/acme/nope:9.9.9`, retries: '0' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toContain('tag 9.9.9 not found');
  });

  test('the CLI runs the same operation', async () => {
    const ref = images['kruntimes-runtimed'];
    const result = await runCli(
      [
        'verify-images',
        '--images',
        ref,
        '--workflow',
        'release-images.yml',
        '--ref',
        REF,
        '--repository',
        OWNER_REPO,
        '--trusted-root',
        'trusted_root.json',
        '--username',
        registry.username!,
        '--password',
        registry.password!,
        '--plain-http',
        '--json',
      ],
      { workspace },
    );
    expect(result.exitCode).toBe(0);
    // --json: the progress lines go to stderr, and stdout is exactly the one JSON object.
    expect(result.stderr).toContain(`✓ ${ref} ${pushed.get(ref)}: legacy signature by ${IDENTITY}`);
    const outputs = JSON.parse(result.stdout);
    expect(outputs).toMatchObject({ verified: 1, state: 'verified' });
    expect(outputs.results[0]).toMatchObject({ image: ref, verified: true, identity: IDENTITY });
  });

  test('without trusted-root, keyless needs the Sigstore TUF repository: no network is one clear error, not a hang', async () => {
    const started = Date.now();
    const result = await runAction('verify-images', {
      workspace,
      inputs: { ...keylessInputs(), 'trusted-root': undefined, images: images['kruntimes-scheduler'], retries: '0' },
      env: { RELEASE_KIT_TUF_TIMEOUT_MS: '3000' },
    });
    expect(result.exitCode).toBe(1);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /could not fetch the Sigstore public-good trust root from https:\/\/tuf-repo-cdn.sigstore.dev .*Set input 'trusted-root'/,
    );
  });

  // The real cosign (not installable here) verifies a key-signed image through this action in ci.yml's
  // smoke-verify-images job (engine: cosign); this test holds the wiring around it.
  test('engine cosign: our wiring around the binary (a recording stand-in on PATH, not cosign: it checks the arguments, files and exit-code handling only)', async () => {
    const bin = await mkdtemp(path.join(os.tmpdir(), 'rk-cosign-stand-in-'));
    const log = path.join(bin, 'log');
    await writeFile(
      path.join(bin, 'cosign'),
      [
        '#!/bin/sh',
        'printf "%s\\n" "$@" > "$RK_COSIGN_LOG.args"',
        'cp "$DOCKER_CONFIG/config.json" "$RK_COSIGN_LOG.docker.json" 2>/dev/null',
        'prev=""; for a in "$@"; do [ "$prev" = "--key" ] && cp "$a" "$RK_COSIGN_LOG.key"; prev="$a"; last="$a"; done',
        'if [ "$RK_COSIGN_EXIT" = 0 ]; then printf \'[{"critical":{"image":{"docker-manifest-digest":"%s"}},"optional":null}]\\n\' "${last##*@}"; exit 0; fi',
        'echo "Error: no matching signatures: none of the expected identities matched" >&2; exit "$RK_COSIGN_EXIT"',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    try {
      const ref = images.keySigned;
      const env = { PATH: `${bin}:${process.env.PATH}`, RK_COSIGN_LOG: log };
      const inputs = {
        images: ref,
        engine: 'cosign',
        'public-key': 'cosign.pub',
        'trusted-root': 'trusted_root.json',
        username: registry.username,
        password: registry.password,
        'plain-http': 'true',
      };
      const ok = await runAction('verify-images', { workspace, inputs, env: { ...env, RK_COSIGN_EXIT: '0' } });
      expect(ok.exitCode).toBe(0);
      const args = (await readFile(`${log}.args`, 'utf8')).trim().split('\n');
      expect(args.slice(0, 4)).toEqual(['verify', '--output', 'json', '--key']);
      expect(args.slice(5)).toEqual([
        '--trusted-root',
        expect.stringMatching(/trusted_root\.json$/),
        '--allow-http-registry',
        '--allow-insecure-registry',
        `${registry.host}/acme/key-signed@${pushed.get(ref)}`,
      ]);
      expect(args.join(' ')).not.toContain(registry.password!);
      expect(await readFile(`${log}.key`, 'utf8')).toBe(publicKeyPem(key));
      const docker = JSON.parse(await readFile(`${log}.docker.json`, 'utf8'));
      expect(Buffer.from(docker.auths[registry.host].auth, 'base64').toString()).toBe(
        `${registry.username}:${registry.password}`,
      );
      expect(JSON.parse(ok.outputs.results)[0]).toMatchObject({
        verified: true,
        identity: 'public-key',
        digest: pushed.get(ref),
      });

      const refused = await runAction('verify-images', { workspace, inputs, env: { ...env, RK_COSIGN_EXIT: '12' } });
      expect(refused.exitCode).toBe(1);
      expect(refused.annotations.find((a) => a.level === 'error')?.message).toBe(
        `${ref}: cosign: no signature matches the policy (identity, issuer or key): expected the public key (Error: no matching signatures: none of the expected identities matched)`,
      );
    } finally {
      await rm(bin, { recursive: true, force: true });
    }
  });
});

describe('input errors (no registry needed)', () => {
  test('keyless with ignore-tlog is refused before any request', async () => {
    const result = await runAction('verify-images', {
      inputs: { images: '127.0.0.1:9/a/b:1', 'certificate-identity': IDENTITY, 'ignore-tlog': 'true' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0].message).toMatch(
      /input 'ignore-tlog' is true, but keyless signatures always need their transparency-log proof/,
    );
  });

  test('two signer options are refused', async () => {
    const result = await runAction('verify-images', {
      inputs: { images: '127.0.0.1:9/a/b:1', 'certificate-identity': IDENTITY, workflow: 'release.yml' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0].message).toMatch(/inputs 'certificate-identity' and 'workflow' are both set/);
  });

  test('a bad engine and a bad expected digest name their input', async () => {
    const engine = await runAction('verify-images', {
      inputs: { images: '127.0.0.1:9/a/b:1', 'certificate-identity': IDENTITY, engine: 'notary' },
    });
    expect(engine.annotations[0].message).toBe(
      `input 'engine' has invalid value "notary": expected one of sigstore, cosign`,
    );
    const digest = await runAction('verify-images', {
      inputs: {
        images: '127.0.0.1:9/a/b:1',
        'certificate-identity': IDENTITY,
        'expected-digests': '127.0.0.1:9/a/b:1@sha256:abc',
      },
    });
    expect(digest.annotations[0].message).toMatch(
      /^input 'expected-digests' has invalid value "127.0.0.1:9\/a\/b:1@sha256:abc": expected a digest sha256:<64/,
    );
    const typo = await runAction('verify-images', {
      inputs: {
        images: '127.0.0.1:9/a/b:1',
        'certificate-identity': IDENTITY,
        'expected-digests': `{"127.0.0.1:9/a/c": "sha256:${'0'.repeat(64)}"}`,
      },
    });
    expect(typo.annotations[0].message).toMatch(
      /^input 'expected-digests' has invalid value "127.0.0.1:9\/a\/c": expected an image listed in images/,
    );
  });

  test('expected-digests without an entry for every image is refused before any request, naming the images left out', async () => {
    // Port 9 (discard) on loopback: a request would fail with a connection error, not this message.
    const images = ['127.0.0.1:9/a/b:1', '127.0.0.1:9/a/c:1', '127.0.0.1:9/a/d@sha256:' + '1'.repeat(64)];
    const partial = await runAction('verify-images', {
      inputs: {
        images: images.join('\n'),
        'certificate-identity': IDENTITY,
        'expected-digests': `{"127.0.0.1:9/a/b": "sha256:${'0'.repeat(64)}"}`,
      },
    });
    expect(partial.exitCode).toBe(1);
    expect(partial.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      `input 'expected-digests' has no digest for "${images[1]}", "${images[2]}": expected a digest for every image listed in images, keyed by the image as written or by its repository (e.g. 127.0.0.1:9/a/b@sha256:…)`,
    ]);
    expect(partial.outputs.results).toBeUndefined();
    expect(partial.everything).not.toMatch(/ECONNREFUSED|not found in|connect/);
    // Lines form, with only comments: set but empty, so every image is missing.
    const empty = await runAction('verify-images', {
      inputs: { images: images[0], 'certificate-identity': IDENTITY, 'expected-digests': '# none yet' },
    });
    expect(empty.exitCode).toBe(1);
    expect(empty.annotations[0].message).toMatch(
      /^input 'expected-digests' has no digest for "127\.0\.0\.1:9\/a\/b:1": expected a digest for every image/,
    );
    // All images given (by repository, as written, and by digest reference): accepted, so the run gets as far as the registry.
    const complete = await runAction('verify-images', {
      inputs: {
        images: images.join('\n'),
        'certificate-identity': IDENTITY,
        retries: '0',
        'expected-digests': [
          `127.0.0.1:9/a/b@sha256:${'0'.repeat(64)}`,
          `${images[1]}@sha256:${'2'.repeat(64)}`,
          `127.0.0.1:9/a/d@sha256:${'1'.repeat(64)}`,
        ].join('\n'),
      },
    });
    expect(complete.annotations.map((a) => a.message).join('\n')).not.toMatch(/input 'expected-digests'/);
  });

  test('a public-key path outside the workspace is refused', async () => {
    const result = await runAction('verify-images', {
      inputs: { images: '127.0.0.1:9/a/b:1', 'public-key': '../../etc/passwd' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0].message).toMatch(
      /input 'public-key' has invalid value "..\/..\/etc\/passwd": expected a path inside/,
    );
  });

  test('engine cosign without cosign on PATH says so (no download is attempted without network)', async () => {
    const result = await runAction('verify-images', {
      inputs: { images: '127.0.0.1:9/a/b:1', 'certificate-identity': IDENTITY, engine: 'cosign' },
      env: { PATH: path.dirname(process.execPath), RELEASE_KIT_COSIGN_DOWNLOAD: 'off' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0].message).toMatch(/engine 'cosign' needs cosign/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
