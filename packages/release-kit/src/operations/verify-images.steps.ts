// verify-images after its inputs are valid: registry digests, signatures (sigstore-js or cosign),
// the summary. Loaded lazily by operations/verify-images.ts.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createOciClient, type OciClient } from '../oci/client.js';
import type { OciReference } from '../oci/reference.js';
import { mapLimit } from '../plumbing/concurrency.js';
import { UserError, isUserError } from '../plumbing/errors.js';
import { run } from '../plumbing/exec.js';
import { bufferedLogger, inGroup, type Logger } from '../plumbing/log.js';
import { pollUntil } from '../plumbing/retry.js';
import {
  cosignCommandLine,
  cosignVerifyArgs,
  explainCosignFailure,
  locateCosign,
  parseCosignVerifyOutput,
} from '../signing/cosign-cli.js';
import { describePolicy } from '../signing/policy.js';
import { TrustUnavailableError, keyOnlyTrust, loadTrust, type LoadedTrust } from '../signing/trust.js';
import type { OperationContext, OperationResult } from '../runtime/operation.js';
import type { ImageResult, VerifySettings as Settings } from './verify-images.settings.js';

/**
 * Images verified at once. Each costs a few registry round trips and little CPU, so a release's
 * images (kruntimes: five; 20 in the benchmark) go in one wave; the bound keeps a long list from
 * opening hundreds of connections to one registry.
 */
export const IMAGE_CONCURRENCY = 24;

export async function verifyImages(settings: Settings, context: OperationContext): Promise<OperationResult> {
  const { log } = context;
  log.info(
    `verify-images: ${settings.images.length} image(s), ${describePolicy(settings.policy)}, engine ${settings.engine}`,
  );

  // One client per registry, shared by the concurrent checks (and so by their token exchanges).
  const clients = new Map<string, OciClient>();
  const clientFor = (registry: string) => {
    let client = clients.get(registry);
    if (!client) {
      client = createOciClient({
        registry,
        plainHttp: settings.plainHttp,
        username: settings.username,
        password: settings.password,
        retryBaseMs: context.runner.retryBaseMs,
        log,
      });
      clients.set(registry, client);
    }
    return client;
  };

  let trustPromise: Promise<LoadedTrust> | undefined;
  const trust = () => {
    const { policy } = settings;
    if (!trustPromise) {
      const publicKey = policy.mode === 'key' ? policy.publicKey : undefined;
      trustPromise =
        policy.mode === 'key' && policy.ignoreTlog && settings.trustedRootJson === undefined
          ? Promise.resolve(keyOnlyTrust(policy.publicKey))
          : loadTrust(
              {
                trustedRootJson: settings.trustedRootJson,
                trustedRootSource: settings.trustedRootPath,
                tufCachePath: path.join(context.runner.runnerTemp, 'release-kit-tuf'),
                tufTimeoutMs: context.runner.tufTimeoutMs,
              },
              publicKey,
            );
    }
    return trustPromise;
  };

  let cosign: CosignRunner | undefined;
  if (settings.engine === 'cosign') cosign = await prepareCosign(settings, context);

  const results: ImageResult[] = [];
  const commands: string[] = [];
  try {
    // Verified concurrently, each into its own log buffer; reported in input order, one group each.
    const outcomes = await mapLimit(settings.images, IMAGE_CONCURRENCY, async (image) => {
      const buffer = bufferedLogger();
      const result = await verifyImage(
        image,
        settings,
        clientFor(image.reference.registry),
        trust,
        cosign,
        context,
        buffer.log,
      );
      return { image, result, buffer };
    });
    for (const { image, result, buffer } of outcomes) {
      await inGroup(log, `Verify ${image.text}`, async () => buffer.replay(log));
      results.push(result);
      commands.push(await equivalentCommand(image.reference, result.digest, settings));
      if (result.verified)
        log.info(
          `✓ ${image.text} ${result.digest}: ${result.format} signature by ${result.identity}${result.issuer ? ` (${result.issuer})` : ''}${result['source-repository'] ? ` for ${result['source-repository']}` : ''}`,
        );
    }
  } finally {
    await cosign?.cleanup();
  }

  const failed = results.filter((r) => !r.verified);
  const summary = renderSummary(results, commands, settings);
  // One failed image is the failure itself, in one line; several get a line each, then the count.
  if (failed.length > 1) for (const result of failed) log.error(`${result.image}: ${result.error}`);
  if (failed.length) {
    throw new UserError(
      failed.length === 1
        ? `${failed[0].image}: ${failed[0].error}`
        : `${failed.length} of ${results.length} image(s) failed verification: ${failed.map((r) => r.image).join(', ')}`,
      {
        input: 'images',
        value: failed.map((r) => r.image),
        summary,
        outputs: { results, verified: results.length - failed.length, state: 'failed' },
      },
    );
  }
  return { outputs: { results, verified: results.length, state: 'verified' }, summary };
}

async function verifyImage(
  image: { text: string; reference: OciReference },
  settings: Settings,
  client: OciClient,
  trust: () => Promise<LoadedTrust>,
  cosign: CosignRunner | undefined,
  context: OperationContext,
  log: Logger,
): Promise<ImageResult> {
  const result: ImageResult = {
    image: image.text,
    digest: null,
    verified: false,
    identity: null,
    issuer: null,
    'source-repository': null,
    format: null,
    error: null,
  };
  const { reference } = image;
  const where = `${reference.registry}/${reference.repository}`;
  try {
    const wanted = reference.digest ?? reference.tag!;
    // Tags and signatures can lag a push by a moment: retry "not there yet", never a refusal.
    const info = await pollUntil(
      () => client.manifestExists(reference.repository, wanted),
      (found) => found !== undefined,
      { retries: settings.retries, baseMs: context.runner.retryBaseMs },
    );
    if (!info) {
      result.error = `${reference.digest ? `digest ${reference.digest}` : `tag ${reference.tag}`} not found in ${where}`;
      return result;
    }
    result.digest = info.digest;
    const expected = settings.expected.get(image.text);
    if (expected && expected !== info.digest) {
      result.error = `registry digest ${info.digest} differs from expected-digests ${expected} (the image was pushed again, or the wrong build's digest was passed)`;
      return result;
    }

    if (cosign) {
      Object.assign(result, await cosign.verify(`${where}@${info.digest}`, info.digest));
      return result;
    }

    const { verifyImageSignatures } = await import('../signing/image.js');
    const verdict = await verifyImageSignatures(client, reference.repository, info.digest, settings.policy, trust, {
      retries: settings.retries,
      retryBaseMs: context.runner.retryBaseMs,
      log,
      label: image.text,
    });
    Object.assign(result, {
      verified: verdict.verified,
      identity: verdict.identity ?? null,
      issuer: verdict.issuer ?? null,
      'source-repository': verdict.sourceRepository ?? null,
      format: verdict.format ?? null,
      error: verdict.error ?? null,
    });
    return result;
  } catch (error) {
    if (error instanceof TrustUnavailableError || !isUserError(error)) throw error;
    result.error = error.message;
    return result;
  }
}

/** The `cosign verify` a person would run to repeat this check by hand. */
async function equivalentCommand(reference: OciReference, digest: string | null, settings: Settings): Promise<string> {
  const image = `${reference.registry}/${reference.repository}${digest ? `@${digest}` : reference.digest ? `@${reference.digest}` : `:${reference.tag}`}`;
  return cosignCommandLine(
    cosignVerifyArgs({
      image,
      policy: settings.policy,
      publicKeyFile: settings.publicKeyPath ?? 'cosign.pub',
      trustedRootFile: settings.trustedRootPath ?? (settings.trustedRootJson ? 'trusted_root.json' : undefined),
      plainHttp: settings.plainHttp,
    }),
  );
}

function renderSummary(results: ImageResult[], commands: string[], settings: Settings): string {
  const cell = (text: string | null) => (text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const ok = results.filter((r) => r.verified).length;
  const lines = [
    '## verify-images',
    '',
    `${ok} of ${results.length} image(s) verified; policy: ${cell(describePolicy(settings.policy))}; engine: ${settings.engine}.`,
    '',
    '| Image | Digest | Verified | Format | Signer | Problem |',
    '| --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| \`${cell(r.image)}\` | ${r.digest ? `\`${r.digest}\`` : ''} | ${r.verified ? '✅' : '❌'} | ${r.format ?? ''} | ${cell(r.identity)}${r.issuer ? ` (${cell(r.issuer)})` : ''}${r['source-repository'] ? ` for ${cell(r['source-repository'])}` : ''} | ${cell(r.error)} |`,
    ),
    '',
    '### Verify by hand',
    '',
    'The same checks with cosign (the identity pattern is anchored; cosign does not anchor it itself):',
    '',
    '```sh',
    ...commands,
    '```',
    '',
  ];
  return lines.join('\n');
}

interface CosignRunner {
  verify(image: string, digest: string): Promise<Partial<ImageResult>>;
  cleanup(): Promise<void>;
}

/** Find cosign and write what it needs (key, trusted root, registry login) into a private temp dir. */
async function prepareCosign(settings: Settings, context: OperationContext): Promise<CosignRunner> {
  const binary = await locateCosign({
    pathEnv: context.runner.path,
    downloadAllowed: context.runner.cosignDownload,
    toolDir: path.join(context.runner.runnerTemp, 'release-kit-tools'),
  });
  const dir = await mkdtemp(path.join(context.runner.runnerTemp, 'release-kit-cosign-'));
  const { policy } = settings;
  let publicKeyFile: string | undefined;
  if (policy.mode === 'key') {
    publicKeyFile = path.join(dir, 'cosign.pub');
    await writeFile(publicKeyFile, policy.publicKeyPem, { mode: 0o600 });
  }
  let trustedRootFile: string | undefined;
  if (settings.trustedRootJson !== undefined) {
    trustedRootFile = path.join(dir, 'trusted_root.json');
    await writeFile(trustedRootFile, settings.trustedRootJson, { mode: 0o600 });
  }
  // Registry credentials go in a private Docker config, never on cosign's command line.
  const dockerConfig = path.join(dir, 'docker');
  if (settings.username && settings.password) {
    const auth = Buffer.from(`${settings.username}:${settings.password}`).toString('base64');
    const auths = Object.fromEntries(
      [...new Set(settings.images.map((i) => i.reference.registry))].map((host) => [host, { auth }]),
    );
    await mkdir(dockerConfig, { recursive: true, mode: 0o700 });
    await writeFile(path.join(dockerConfig, 'config.json'), JSON.stringify({ auths }), { mode: 0o600 });
  }
  return {
    async verify(image, digest) {
      const args = cosignVerifyArgs({ image, policy, publicKeyFile, trustedRootFile, plainHttp: settings.plainHttp });
      const outcome = await run(binary, args, { allowFailure: true, env: { DOCKER_CONFIG: dockerConfig } });
      if (outcome.exitCode !== 0)
        return { verified: false, error: explainCosignFailure(outcome.exitCode, outcome.stderr, policy) };
      const parsed = parseCosignVerifyOutput(outcome.stdout, digest);
      return {
        verified: parsed.verified,
        identity: parsed.identity ?? (policy.mode === 'key' ? 'public-key' : null),
        issuer: parsed.issuer ?? null,
        'source-repository': policy.mode === 'keyless' ? (policy.sourceRepository?.repository ?? null) : null,
        format: null,
        error: parsed.error ?? null,
      };
    },
    async cleanup() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
