// verify-release end to end: a kruntimes-shaped release (five images, two charts, the krt CLI) driven
// through the bundles the way the release workflows run them, against a real registry, the GitHub
// stand-in (with its attestations API) and a test Sigstore; then verify-release on it, and the
// publish gate. Each way a release can lie is reproduced and caught, and its publish is refused.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { HELM_CHART_LAYER_MEDIA_TYPE, HELM_CONFIG_MEDIA_TYPE } from '../../packages/release-kit/src/charts/oci.js';
import { createOciClient, type OciClient } from '../../packages/release-kit/src/oci/client.js';
import { runAction, runCli, repoRoot, type ActionRun } from '../harness/run-action.js';
import { startGitHubStandIn, type GitHubStandIn } from '../github/standin.js';
import { registryAvailable, startRegistry, type TestRegistry } from '../registry/registry.js';
import { pushTinyImage, tarOneFile } from '../registry/skopeo.js';
import { pushBundleReferrer, pushLegacySignatures } from '../signing/push-signatures.js';
import {
  cosignPayload,
  createTestSigstore,
  type KeylessIdentity,
  type TestSigstore,
} from '../signing/sigstore-fixture.js';
import { seedFileName, SEED_PLATFORMS } from '../artifacts/fixtures.js';

const OWNER = 'kruntimes';
const REPO = 'kruntimes';
const TAG = 'v0.1.0';
const ISSUER = 'https://token.actions.githubusercontent.com';
const SLSA = 'https://slsa.dev/provenance/v1';
/** The pack's reusable workflows sign for every caller: the identity names release-kit, the extensions kruntimes. */
const PACK = 'acme/release-kit';
const signedBy = (file: string, repository = `${OWNER}/${REPO}`): KeylessIdentity => ({
  identity: `https://github.com/${PACK}/.github/workflows/${file}@refs/tags/v1`,
  issuer: ISSUER,
  sourceRepositoryUri: `https://github.com/${repository}`,
  workflowRepository: repository,
});
const IMAGES = [
  'kruntimes-scheduler',
  'kruntimes-controller',
  'kruntimes-runtimed',
  'kruntimes-bash-runtime',
  'kruntimes-python-runtime',
];
const CHARTS = ['kruntimes', 'kruntimes-runtimes'];

const describeRegistry = registryAvailable() ? describe : describe.skip;

let registry: TestRegistry;
let client: OciClient;
let sigstore: TestSigstore;
let workspace: string;
/** name → `host/kruntimes/name:0.1.0` and its digest */
const images = new Map<string, { ref: string; repository: string; digest: string }>();
/** name → `oci://host/kruntimes/charts/name:0.1.0@digest` */
const charts = new Map<string, { ref: string; digest: string }>();
/** An image signed by the same workflow, in a run of another repository. */
let foreign: { ref: string; digest: string };
/** An image signed by the same workflow with a certificate that names no repository at all. */
let unbound: { ref: string; digest: string };
/** A chart version whose archive is no helm chart (no Chart.yaml), signed like the others. */
let broken: { ref: string; digest: string };
const standIns: GitHubStandIn[] = [];

/** The images output of release-images.yml: one `host/name:tag@digest` per line. */
const imagesInput = (replace: Record<string, { ref: string; digest: string }> = {}) =>
  IMAGES.map((n) => replace[n] ?? images.get(n)!)
    .map((i) => `${i.ref}@${i.digest}`)
    .join('\n');
const chartsInput = (digestOf: (name: string) => string = (n) => charts.get(n)!.digest, extra: string[] = []) =>
  [...CHARTS.map((n) => `${charts.get(n)!.ref}@${digestOf(n)}`), ...extra].join('\n');
const cliNames = (windows = 'zip') => [
  ...SEED_PLATFORMS.map((p) => `krt_${TAG}_${p.replace('/', '_')}.${p.startsWith('windows') ? windows : 'tar.gz'}`),
  `krt_${TAG}_checksums.txt`,
];

async function runIn(github: GitHubStandIn, name: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction(name, {
    workspace,
    inputs: { token: 'ghs_kruntimesReleaseToken0123456789', ...inputs },
    env: {
      ...github.env(),
      // The certificates name https://github.com; the stand-in serves the API.
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_REF: `refs/tags/${TAG}`,
      SOURCE_DATE_EPOCH: '1793577600',
    },
  });
}

const registryInputs = () => ({
  registry: registry.host,
  username: registry.username!,
  password: registry.password!,
  'plain-http': 'true',
  'trusted-root': 'trusted_root.json',
});
const publishInputs = () => ({
  registry: registry.host,
  'registry-username': registry.username!,
  'registry-password': registry.password!,
  'plain-http': 'true',
  'trusted-root': 'trusted_root.json',
});

interface Scenario {
  /** Inputs of the draft (release-notes-from-changelog mode release) that differ from the good release. */
  draft?: Record<string, string>;
  /** upload-cli-artifacts' format input (the good release: windows=zip, as the notes say). */
  format?: string;
  /** Leave the archives' attestation out. */
  withoutArchiveAttestation?: boolean;
  /** The repository whose run made the images' attestations (default: kruntimes/kruntimes). */
  imageAttestationsFrom?: string;
}

/** The release workflows, for one release on a fresh GitHub: draft, CLI upload, attestations. */
async function release(scenario: Scenario = {}): Promise<{ github: GitHubStandIn; draft: ActionRun }> {
  const github = await startGitHubStandIn();
  standIns.push(github);
  const draft = await runIn(github, 'release-notes-from-changelog', {
    mode: 'release',
    images: imagesInput(),
    charts: chartsInput(),
    'cli-assets': cliNames().join('\n'),
    signatures: 'images, charts',
    attestations: 'images, archives',
    'signer-workflows': `${PACK}@v1`,
    'chart-namespaces': 'kruntimes=kruntimes-system\nkruntimes-runtimes=kruntimes-demo',
    ...scenario.draft,
  });
  expect(draft.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([]);
  expect(draft.outputs.state).toBe('created');

  // release-cli.yml: upload-cli-artifacts into the draft, then attest-build-provenance over subject-checksums.
  const upload = await runIn(github, 'upload-cli-artifacts', {
    name: 'krt',
    tag: TAG,
    files: SEED_PLATFORMS.map((p) => `dist/${seedFileName(p)}`).join('\n'),
    'extra-files': 'LICENSE',
    format: scenario.format ?? 'windows=zip',
  });
  expect(upload.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([]);
  if (!scenario.withoutArchiveAttestation) {
    // subject-checksums names a file in sha256sum format, as attest-build-provenance reads it.
    const subjects = (await readFile(upload.outputs['subject-checksums'], 'utf8'))
      .trim()
      .split('\n')
      .map((line) => ({ name: line.slice(66), digest: `sha256:${line.slice(0, 64)}` }));
    const bundle = await sigstore.bundleKeyless(subjects[0].digest, signedBy('release-cli.yml'), {
      predicateType: SLSA,
      subjects,
    });
    github.state.addAttestation(OWNER, REPO, JSON.parse(bundle.toString()));
  }
  // release-images.yml: attest-build-provenance with push-to-registry for each image digest.
  for (const [name, image] of images) {
    const bundle = await sigstore.bundleKeyless(
      image.digest,
      signedBy('release-images.yml', scenario.imageAttestationsFrom),
      {
        predicateType: SLSA,
        subjects: [{ name: `${registry.host}/${OWNER}/${name}`, digest: image.digest }],
      },
    );
    github.state.addAttestation(OWNER, REPO, JSON.parse(bundle.toString()));
  }
  return { github, draft };
}

const errorsOf = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const draftOf = (github: GitHubStandIn) => github.state.releases(OWNER, REPO).find((r) => r.tagName === TAG)!;

/** verify-release fails naming `problem`, and publish is refused with nothing published. */
async function caught(github: GitHubStandIn, problem: RegExp): Promise<ActionRun> {
  const verified = await runIn(github, 'verify-release', { tag: TAG, ...registryInputs() });
  expect(verified.exitCode).toBe(1);
  expect(verified.outputs.state).toBe('failed');
  const errors = errorsOf(verified);
  expect(errors).toContainEqual(expect.stringMatching(problem));
  expect(errors[errors.length - 1]).toMatch(
    /^release v0\.1\.0 of kruntimes\/kruntimes does not verify: \d+ problem\(s\)/,
  );

  const before = draftOf(github);
  const writes = github.log.filter({ method: 'PATCH' }).length;
  const published = await runIn(github, 'release-notes-from-changelog', { mode: 'publish', ...publishInputs() });
  expect(published.exitCode).toBe(1);
  expect(errorsOf(published)).toContainEqual(expect.stringMatching(problem));
  expect(errorsOf(published).pop()).toMatch(/^release v0\.1\.0 was not published: its draft does not verify/);
  expect(github.log.filter({ method: 'PATCH' }).length).toBe(writes);
  expect(draftOf(github)).toMatchObject({ draft: true, id: before.id, body: before.body });
  expect(github.state.latestReleaseId(OWNER, REPO)).toBeUndefined();
  return verified;
}

describeRegistry('verify-release on a kruntimes release, against a real registry and the GitHub stand-in', () => {
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'htpasswd' });
    client = createOciClient({
      registry: registry.host,
      plainHttp: true,
      username: registry.username,
      password: registry.password,
    });
    sigstore = await createTestSigstore();
    workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-verify-release-'));
    // A kruntimes-shaped project: the demo's (its two charts and changelog), and a krt for five platforms.
    await cp(path.join(repoRoot, 'examples/demo/project'), workspace, { recursive: true });
    await writeFile(path.join(workspace, 'trusted_root.json'), sigstore.trustedRootJson);
    await mkdir(path.join(workspace, 'dist'), { recursive: true });
    for (const platform of SEED_PLATFORMS)
      await writeFile(path.join(workspace, 'dist', seedFileName(platform)), `#!${platform}\nkrt 0.1.0\n`, {
        mode: 0o755,
      });

    // release-charts.yml: publish-chart-oci per chart, then a keyless signature of each chart digest.
    const github = await startGitHubStandIn();
    standIns.push(github);
    for (const name of CHARTS) {
      const pushed = await runIn(github, 'publish-chart-oci', {
        chart: `charts/${name}`,
        registry: `oci://${registry.host}/${OWNER}/charts`,
        'plain-http': 'true',
        username: registry.username!,
        password: registry.password!,
      });
      expect(errorsOf(pushed)).toEqual([]);
      charts.set(name, {
        ref: `${pushed.outputs['oci-url']}:${pushed.outputs.version}`,
        digest: pushed.outputs.digest,
      });
      const repository = `${OWNER}/charts/${name}`;
      await pushLegacySignatures(client, repository, pushed.outputs.digest, [
        await sigstore.legacyKeyless(
          cosignPayload(`${registry.host}/${repository}`, pushed.outputs.digest),
          signedBy('release-charts.yml'),
        ),
      ]);
    }

    // release-images.yml: build and push (skopeo stands in for build-push-action), cosign sign by digest.
    for (const [i, name] of IMAGES.entries()) {
      const repository = `${OWNER}/${name}`;
      const image = await pushTinyImage(registry, repository, '0.1.0');
      images.set(name, { ref: `${registry.host}/${repository}:0.1.0`, repository, digest: image.digest });
      if (i % 2 === 0) {
        await pushLegacySignatures(client, repository, image.digest, [
          await sigstore.legacyKeyless(
            cosignPayload(`${registry.host}/${repository}`, image.digest),
            signedBy('release-images.yml'),
          ),
        ]);
      } else {
        const subject = {
          digest: image.digest,
          size: image.manifest.length,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
        };
        await pushBundleReferrer(
          client,
          repository,
          subject,
          await sigstore.bundleKeyless(image.digest, signedBy('release-images.yml')),
        );
      }
    }
    // The same workflow, called by another repository: its signature names that repository.
    const other = await pushTinyImage(registry, `${OWNER}/kruntimes-controller`, '0.1.0-other');
    foreign = { ref: `${registry.host}/${OWNER}/kruntimes-controller:0.1.0-other`, digest: other.digest };
    await pushLegacySignatures(client, `${OWNER}/kruntimes-controller`, other.digest, [
      await sigstore.legacyKeyless(
        cosignPayload(`${registry.host}/${OWNER}/kruntimes-controller`, other.digest),
        signedBy('release-images.yml', 'mallory/kruntimes-fork'),
      ),
    ]);
    // The same identity and issuer, from a certificate with neither repository extension (as an older
    // or non-GitHub Fulcio issues): identity and issuer alone would accept it for any repository.
    const bare = await pushTinyImage(registry, `${OWNER}/kruntimes-scheduler`, '0.1.0-unbound');
    unbound = { ref: `${registry.host}/${OWNER}/kruntimes-scheduler:0.1.0-unbound`, digest: bare.digest };
    await pushLegacySignatures(client, `${OWNER}/kruntimes-scheduler`, bare.digest, [
      await sigstore.legacyKeyless(cosignPayload(`${registry.host}/${OWNER}/kruntimes-scheduler`, bare.digest), {
        ...signedBy('release-images.yml'),
        sourceRepositoryUri: null,
        workflowRepository: null,
      }),
    ]);

    // A helm-typed OCI artifact whose chart layer holds a README and no Chart.yaml, pushed by hand.
    const brokenRepository = `${OWNER}/charts/kruntimes-broken`;
    const sha = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
    const layer = gzipSync(tarOneFile('kruntimes-broken/README.md', Buffer.from('not a chart\n')));
    const config = Buffer.from(JSON.stringify({ name: 'kruntimes-broken', version: '0.1.0', apiVersion: 'v2' }));
    for (const blob of [layer, config]) await client.uploadBlob(brokenRepository, blob);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: HELM_CONFIG_MEDIA_TYPE, digest: sha(config), size: config.length },
      layers: [{ mediaType: HELM_CHART_LAYER_MEDIA_TYPE, digest: sha(layer), size: layer.length }],
    });
    const { digest: brokenDigest } = await client.putManifest(brokenRepository, '0.1.0', manifest);
    broken = { ref: `oci://${registry.host}/${brokenRepository}:0.1.0`, digest: brokenDigest };
    await pushLegacySignatures(client, brokenRepository, brokenDigest, [
      await sigstore.legacyKeyless(
        cosignPayload(`${registry.host}/${brokenRepository}`, brokenDigest),
        signedBy('release-charts.yml'),
      ),
    ]);
  }, 300_000);

  afterAll(async () => {
    for (const github of standIns) await github.close();
    await registry?.close();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  test('the kruntimes release verifies: as an action, as `release-kit verify-release`, and publish goes through', async () => {
    const { github, draft } = await release();
    const body = draft.outputs.body;
    // What the notes claim: the one command first, then the by-hand commands, all of which pass below.
    expect(body).toContain(`release-kit verify-release ${TAG} --repository ${OWNER}/${REPO}`);
    expect(body).toContain('--certificate-github-workflow-repository kruntimes/kruntimes');
    expect(body).toContain(
      `gh attestation verify krt_${TAG}_linux_amd64.tar.gz --repo kruntimes/kruntimes --signer-workflow ${PACK}/.github/workflows/release-cli.yml`,
    );
    expect(body).toContain('--namespace kruntimes-system --create-namespace');

    const verified = await runIn(github, 'verify-release', { tag: TAG, ...registryInputs() });
    expect(errorsOf(verified)).toEqual([]);
    expect(verified.exitCode).toBe(0);
    expect(verified.outputs).toMatchObject({ state: 'verified', failures: '0' });
    const results = JSON.parse(verified.outputs.results) as {
      artifact: string;
      kind: string;
      checks: string[];
      verified: boolean;
    }[];
    const byKind = (kind: string) => results.filter((r) => r.kind === kind);
    expect(byKind('image').map((r) => r.artifact)).toEqual(IMAGES.map((n) => images.get(n)!.ref));
    for (const image of byKind('image')) expect(image.checks).toEqual(['digest', 'signature', 'attestation']);
    expect(byKind('chart').map((r) => [r.artifact, r.checks])).toEqual(
      CHARTS.map((n) => [charts.get(n)!.ref, ['digest', 'helm chart', 'signature']]),
    );
    expect(
      byKind('file')
        .map((r) => r.artifact)
        .sort(),
    ).toEqual([...cliNames()].sort());
    for (const archive of byKind('file').filter((r) => !r.artifact.endsWith('checksums.txt')))
      expect(archive.checks).toEqual(['uploaded', 'checksum', 'attestation']);
    expect(results.every((r) => r.verified)).toBe(true);
    // The step summary: one row per artifact.
    expect(verified.summary).toContain('| Artifact | Kind | Digest | Verified | Checked | Problems |');
    expect(verified.summary.split('\n').filter((l) => l.includes('| ✅ |'))).toHaveLength(results.length);
    expect(verified.everything).not.toContain(registry.password!);

    // Assets without GitHub's digest (older assets have none): the archives' bytes are downloaded and hashed.
    const downloads = () => github.log.filter({ operationId: 'repos/get-release-asset', status: 302 }).length;
    const before = downloads();
    const undo = github.corruptResponses((info, data) =>
      info.operationId === 'repos/list-release-assets'
        ? (data as Record<string, unknown>[]).map((asset) => ({ ...asset, digest: null }))
        : undefined,
    );
    try {
      const hashed = await runIn(github, 'verify-release', { tag: TAG, ...registryInputs() });
      expect(errorsOf(hashed)).toEqual([]);
      expect(hashed.outputs.state).toBe('verified');
    } finally {
      undo();
    }
    // The checksums file, and each of the five archives once (the checksum and the attestation share it).
    expect(downloads() - before).toBe(6);

    const cli = await runCli(
      [
        'verify-release',
        TAG,
        '--repository',
        `${OWNER}/${REPO}`,
        '--trusted-root',
        'trusted_root.json',
        '--registry',
        registry.host,
        '--plain-http',
        '--json',
      ],
      {
        workspace,
        env: {
          ...github.env(),
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_TOKEN: 'ghs_kruntimesReleaseToken0123456789',
          RELEASE_KIT_REGISTRY_USERNAME: registry.username,
          RELEASE_KIT_REGISTRY_PASSWORD: registry.password,
        },
      },
    );
    expect(cli.stderr).not.toMatch(/^error/m);
    expect(cli.exitCode).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ state: 'verified', failures: 0 });

    const published = await runIn(github, 'release-notes-from-changelog', {
      mode: 'publish',
      'require-assets': cliNames().join('\n'),
      ...publishInputs(),
    });
    expect(errorsOf(published)).toEqual([]);
    expect(published.outputs.state).toBe('published');
    expect(published.summary).toContain('## Verification of the draft v0.1.0');
    expect(draftOf(github).draft).toBe(false);
    // Published, it still verifies (anonymously readable now).
    const after = await runIn(github, 'verify-release', { tag: TAG, ...registryInputs(), token: '' });
    expect(errorsOf(after)).toEqual([]);
    expect(after.outputs.state).toBe('verified');
  });

  test('an image signed in a run of another repository (the same reusable workflow) is caught', async () => {
    const { github } = await release({
      draft: { images: imagesInput({ 'kruntimes-controller': foreign }) },
    });
    await caught(
      github,
      new RegExp(
        `^${escape(foreign.ref)}: signature: no signature verifies \\(1 found\\): legacy: certificate source repository is https://github.com/mallory/kruntimes-fork, not kruntimes/kruntimes`,
      ),
    );
  });

  test('an image signed by a certificate with no repository extension is caught', async () => {
    const { github } = await release({
      draft: { images: imagesInput({ 'kruntimes-scheduler': unbound }) },
    });
    await caught(
      github,
      new RegExp(
        `^${escape(unbound.ref)}: signature: no signature verifies \\(1 found\\): legacy: certificate names no source repository \\(no Source Repository URI extension 1\\.3\\.6\\.1\\.4\\.1\\.57264\\.1\\.12 nor GitHub Workflow Repository 1\\.3\\.6\\.1\\.4\\.1\\.57264\\.1\\.5\\), so it cannot be tied to kruntimes/kruntimes`,
      ),
    );
  });

  test('an image whose notes digest is not the digest its tag resolves to is caught', async () => {
    // The notes pin the scheduler's tag to the controller's digest (a stale or hand-edited images output).
    const scheduler = images.get('kruntimes-scheduler')!;
    const wrong = images.get('kruntimes-controller')!.digest;
    const { github } = await release({
      draft: { images: imagesInput({ 'kruntimes-scheduler': { ref: scheduler.ref, digest: wrong } }) },
    });
    await caught(
      github,
      new RegExp(
        `^${escape(scheduler.ref)}: the registry serves ${scheduler.digest} for ${escape(scheduler.ref)}, but the notes give ${wrong}$`,
      ),
    );
  });

  test('registry credentials go only to the registry they are for: notes naming another host do not get them', async () => {
    // Notes are the release author's text: verifying someone's release must not hand them a token.
    // This host asks for Basic credentials on every request and records what it is sent.
    const seen: IncomingHttpHeaders[] = [];
    const elsewhere = createServer((request, response) => {
      seen.push(request.headers);
      response.writeHead(401, { 'www-authenticate': 'Basic realm="elsewhere"', 'content-type': 'application/json' });
      response.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    try {
      const host = `127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
      const scheduler = images.get('kruntimes-scheduler')!;
      const { github } = await release({
        draft: {
          images: imagesInput({
            'kruntimes-scheduler': { ref: `${host}/${scheduler.repository}:0.1.0`, digest: scheduler.digest },
          }),
        },
      });
      await caught(github, new RegExp(`^${escape(host)}/${escape(scheduler.repository)}:0\\.1\\.0: `));
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((headers) => headers.authorization !== undefined)).toEqual([]);
    } finally {
      await new Promise((resolve) => elsewhere.close(resolve));
    }
  });

  test('a registry input that is not a host is refused in one line before any request', async () => {
    const github = await startGitHubStandIn();
    standIns.push(github);
    const refused = await runIn(github, 'verify-release', {
      tag: TAG,
      ...registryInputs(),
      registry: 'https://ghcr.io/',
    });
    expect(refused.exitCode).toBe(1);
    expect(errorsOf(refused)).toEqual([
      expect.stringMatching(/^input 'registry' has invalid value "https:\/\/ghcr\.io\/": /),
    ]);
    expect(github.log.filter({}).length).toBe(0);
  });

  test('a missing checksums line is caught', async () => {
    const { github } = await release();
    // The checksums asset loses the windows line (a matrix job's merge lost it).
    await replaceChecksums(github, (lines) => lines.filter((l) => !l.includes('windows')));
    await caught(
      github,
      /^krt_v0\.1\.0_windows_amd64\.zip: krt_v0\.1\.0_checksums\.txt has no line for krt_v0\.1\.0_windows_amd64\.zip$/,
    );
  });

  test('a checksums line with a wrong sum is caught', async () => {
    const { github } = await release();
    const archive = `krt_${TAG}_linux_amd64.tar.gz`;
    const wrong = 'f'.repeat(64);
    await replaceChecksums(github, (lines) =>
      lines.map((l) => (l.endsWith(`  ${archive}`) ? `${wrong}  ${archive}` : l)),
    );
    await caught(
      github,
      new RegExp(
        `^${escape(archive)}: krt_v0\\.1\\.0_checksums\\.txt gives sha256 ${wrong} for ${escape(archive)}, but the asset's bytes are sha256:[0-9a-f]{64}$`,
      ),
    );
  });

  test('a notes asset that was not uploaded is caught (the notes promise a .zip, the CLI job uploads .tar.gz)', async () => {
    const { github } = await release({ format: 'tar.gz' });
    expect(draftOf(github).assets.map((a) => a.name)).toContain(`krt_${TAG}_windows_amd64.tar.gz`);
    const verified = await caught(
      github,
      /^krt_v0\.1\.0_windows_amd64\.zip: the notes name krt_v0\.1\.0_windows_amd64\.zip, but the release has no asset of that name$/,
    );
    // The .tar.gz that was uploaded instead is still covered by the checksums file.
    const results = JSON.parse(verified.outputs.results) as { artifact: string; verified: boolean }[];
    expect(results.find((r) => r.artifact === `krt_${TAG}_windows_amd64.tar.gz`)?.verified).toBe(true);
  });

  test('a missing attestation is caught', async () => {
    const { github } = await release({ withoutArchiveAttestation: true });
    await caught(
      github,
      /^krt_v0\.1\.0_linux_amd64\.tar\.gz: attestation: no attestation for sha256:[0-9a-f]{64} in kruntimes\/kruntimes \(GET \/repos\/kruntimes\/kruntimes\/attestations\/sha256:/,
    );
  });

  test('an image attestation made in a run of another repository is caught (it is listed, but not bound to this one)', async () => {
    const { github } = await release({ imageAttestationsFrom: 'mallory/kruntimes-fork' });
    const scheduler = images.get('kruntimes-scheduler')!;
    await caught(
      github,
      new RegExp(
        `^${escape(scheduler.ref)}: attestation: no attestation verifies \\(1 found\\): .*mallory/kruntimes-fork.*kruntimes/kruntimes`,
      ),
    );
  });

  test('a chart digest that differs is caught', async () => {
    const wrong = images.get('kruntimes-scheduler')!.digest;
    const { github } = await release({
      draft: { charts: chartsInput((n) => (n === 'kruntimes' ? wrong : charts.get(n)!.digest)) },
    });
    await caught(
      github,
      new RegExp(
        `^${escape(charts.get('kruntimes')!.ref)}: the registry serves ${charts.get('kruntimes')!.digest} for version 0\\.1\\.0, but the notes give ${wrong}$`,
      ),
    );
  });

  test('a chart whose archive is no valid helm chart is caught', async () => {
    const { github } = await release({
      draft: { charts: chartsInput(undefined, [`${broken.ref}@${broken.digest}`]) },
    });
    const verified = await caught(github, new RegExp(`^${escape(broken.ref)}: chart: .*Chart\\.yaml`));
    // Its digest and signature are fine: only the archive fails, and the report says which check passed.
    const results = JSON.parse(verified.outputs.results) as { artifact: string; checks: string[] }[];
    expect(results.find((r) => r.artifact === broken.ref)?.checks).toEqual(['digest', 'signature']);
  });
});

/** Replace the release's checksums asset with an edit of its lines (delete, then upload, as a job would). */
async function replaceChecksums(github: GitHubStandIn, edit: (lines: string[]) => string[]): Promise<void> {
  const draft = draftOf(github);
  const checksums = draft.assets.find((a) => a.name.endsWith('checksums.txt'))!;
  const lines = checksums.bytes.toString().split('\n').filter(Boolean);
  const edited = edit(lines);
  expect(edited).not.toEqual(lines);
  const token = 'ghs_kruntimesReleaseToken0123456789';
  const removed = await fetch(`${github.apiUrl}/repos/${OWNER}/${REPO}/releases/assets/${checksums.id}`, {
    method: 'DELETE',
    headers: { authorization: `token ${token}` },
  });
  expect(removed.status).toBe(204);
  const uploaded = await fetch(
    `${github.uploadsUrl}/repos/${OWNER}/${REPO}/releases/${draft.id}/assets?name=${checksums.name}`,
    {
      method: 'POST',
      headers: { authorization: `token ${token}`, 'content-type': 'text/plain' },
      body: `${edited.join('\n')}\n`,
    },
  );
  expect(uploaded.status).toBe(201);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
