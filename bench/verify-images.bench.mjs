// verify-images with 20 images against the same bundle with one image, on a real registry (Debian's
// docker-registry) holding keyless-signed images (a test CA, legacy and v3 signatures alternating).
// The registry sits behind the fault proxy adding RELEASE_KIT_BENCH_LATENCY_MS (default 8 ms) to
// every request, as a remote registry would: a check is ~5 round trips, so one after another 20
// images cost 20× that, and concurrently about one. Runs are interleaved (1, 20, 1, 20…) so machine
// noise hits both alike; reports the median wall times and the median ratio 20 / 1 (target ≤ 1.3,
// RELEASE_KIT_VERIFY_IMAGES_TARGET). Runnable alone: `node bench/verify-images.bench.mjs`.
import '../examples/demo/lib/ts-imports.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist', 'verify-images', 'index.js');
const rounds = Number(process.env.RELEASE_KIT_BENCH_ROUNDS ?? 7);
const target = Number(process.env.RELEASE_KIT_VERIFY_IMAGES_TARGET ?? 1.3);
const latencyMs = Number(process.env.RELEASE_KIT_BENCH_LATENCY_MS ?? 8);
const COUNT = 20;

const { registryAvailable, startRegistry } = await import('../test/registry/registry.ts');
if (!registryAvailable()) {
  console.log('SKIPPED: docker-registry is not installed (sudo apt-get install docker-registry)');
  process.exit(0);
}
if (spawnSync('skopeo', ['--version']).status !== 0) {
  console.log('SKIPPED: skopeo is not installed (sudo apt-get install skopeo); it pushes the images');
  process.exit(0);
}
if (!existsSync(bundle)) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), 'verify-images'], {
    stdio: 'inherit',
    cwd: root,
  });
  if (built.status !== 0) process.exit(1);
}

const { createOciClient } = await import('../packages/release-kit/src/oci/client.ts');
const { pushTinyImage } = await import('../test/registry/skopeo.ts');
const { pushBundleReferrer, pushLegacySignatures } = await import('../test/signing/push-signatures.ts');
const { cosignPayload, createTestSigstore } = await import('../test/signing/sigstore-fixture.ts');
const { startFaultProxy } = await import('../test/registry/fault-proxy.ts');

const ISSUER = 'https://token.actions.githubusercontent.com';
const IDENTITY = 'https://github.com/acme/release-kit/.github/workflows/release-images.yml@refs/tags/v1';
const registry = await startRegistry({ auth: 'anonymous' });
const delay = { next: () => ({ kind: 'latency', ms: latencyMs }), injected: [] };
const proxy = await startFaultProxy(registry.host, delay);
const work = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-verify-'));
try {
  const client = createOciClient({ registry: registry.host, plainHttp: true });
  const sigstore = await createTestSigstore();
  writeFileSync(path.join(work, 'trusted_root.json'), sigstore.trustedRootJson);
  const who = {
    identity: IDENTITY,
    issuer: ISSUER,
    sourceRepositoryUri: 'https://github.com/acme/kruntimes',
    workflowRepository: 'acme/kruntimes',
  };
  const refs = [];
  for (let i = 0; i < COUNT; i++) {
    const repository = `acme/image-${i}`;
    const image = await pushTinyImage(registry, repository, '0.1.0');
    if (i % 2 === 0) {
      const payload = cosignPayload(`${registry.host}/${repository}`, image.digest);
      await pushLegacySignatures(client, repository, image.digest, [await sigstore.legacyKeyless(payload, who)]);
    } else {
      const subject = {
        digest: image.digest,
        size: image.manifest.length,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
      };
      await pushBundleReferrer(client, repository, subject, await sigstore.bundleKeyless(image.digest, who));
    }
    refs.push(`${proxy.host}/${repository}:0.1.0`);
  }

  const outputFile = path.join(work, 'output');
  // Asynchronous: the latency proxy runs in this process and must keep answering meanwhile.
  const run = async (images) => {
    writeFileSync(outputFile, '');
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [bundle], {
      cwd: work,
      env: {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: work,
        GITHUB_REPOSITORY: 'acme/kruntimes',
        RUNNER_TEMP: work,
        GITHUB_OUTPUT: outputFile,
        INPUT_IMAGES: images.join('\n'),
        'INPUT_CERTIFICATE-IDENTITY': IDENTITY,
        'INPUT_TRUSTED-ROOT': 'trusted_root.json',
        'INPUT_PLAIN-HTTP': 'true',
        INPUT_RETRIES: '0',
      },
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stdout += d));
    const status = await new Promise((resolve) => child.on('close', resolve));
    const result = { status, stdout, stderr: '' };
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`verify-images failed:\n${result.stdout}\n${result.stderr}`);
    // GITHUB_OUTPUT holds `name<<DELIMITER` blocks (or `name=value` lines).
    const verified = /^verified(?:=|<<\S+\n)(\d+)$/m.exec(readFileSync(outputFile, 'utf8'))?.[1];
    if (verified !== String(images.length))
      throw new Error(`verify-images verified ${verified ?? 'no'} of ${images.length} image(s):\n${result.stdout}`);
    return ms;
  };

  await run(refs.slice(0, 1)); // warm the page cache for the bundle
  const one = [];
  const twenty = [];
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    const a = round % 2 === 0 ? await run(refs.slice(0, 1)) : undefined;
    const b = await run(refs);
    const c = a ?? (await run(refs.slice(0, 1)));
    one.push(c);
    twenty.push(b);
    ratios.push(b / c);
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const ratio = median(ratios);
  const perImage = (median(twenty) - median(one)) / (COUNT - 1);
  console.log(
    `verify-images, ${latencyMs} ms per registry request: 1 image ${median(one).toFixed(0)} ms, ${COUNT} images ${median(twenty).toFixed(0)} ms (+${perImage.toFixed(1)} ms per extra image), ratio ${ratio.toFixed(3)} (median of ${rounds}; target ≤ ${target})`,
  );
  if (ratio > target) {
    console.log(`MISSED: ${COUNT} images took ${ratio.toFixed(2)}× one image (target ≤ ${target})`);
    process.exitCode = 1;
  }
} finally {
  await proxy.close();
  await registry.close();
  rmSync(work, { recursive: true, force: true });
}
