// The `cosign` engine: the `cosign verify` command for a policy, finding or installing cosign, reading its output.
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../plumbing/errors.js';
import { writeFileAtomic } from '../plumbing/fs.js';
import { describeIdentity, type SignaturePolicy } from './policy.js';

/** The cosign release installed when none is on PATH. */
export const COSIGN_VERSION = 'v3.0.5';

/**
 * sha256 of the COSIGN_VERSION release binaries (the release's cosign_checksums.txt, as
 * sigstore/cosign-installer pins them for its bootstrap). A download whose hash differs is refused;
 * never fill this table from the download itself. test/signing/fixtures/ holds the published values
 * with their source, and a test holds this table to them.
 */
export const COSIGN_SHA256: Readonly<Record<string, string>> = {
  'cosign-linux-amd64': 'db15cc99e6e4837daabab023742aaddc3841ce57f193d11b7c3e06c8003642b2',
  'cosign-linux-arm': '4866f388e87125f1f492231dbbb347bb73b601c810595b65b2ae09eae4c8a99d',
  'cosign-linux-arm64': 'd098f3168ae4b3aa70b4ca78947329b953272b487727d1722cb3cb098a1a20ab',
  'cosign-darwin-amd64': 'e032c44d3f7c247bbb2966b41239f88ffba002497a4516358d327ad5693c386f',
  'cosign-darwin-arm64': '4888c898e2901521a6bd4cf4f0383c9465588a6a46ecd2465ad34faf13f09eb7',
  'cosign-windows-amd64.exe': '44e9e44202b67ddfaaf5ea1234f5a265417960c4ae98c5b57c35bc40ba9dd714',
};

/** cosign's documented exit codes for `verify`. */
export const COSIGN_EXIT_CODES: Readonly<Record<number, string>> = {
  10: 'no signatures found for the image',
  11: 'image tag not found',
  12: 'no signature matches the policy (identity, issuer or key)',
};

export interface CosignVerifyOptions {
  /** `host/repo@sha256:…`: always by digest, so cosign checks what this run checked. */
  image: string;
  policy: SignaturePolicy;
  /** Files the caller wrote for cosign. */
  publicKeyFile?: string;
  trustedRootFile?: string;
  plainHttp?: boolean;
}

/** The argument array for `cosign verify` (no shell; each value is one argument). */
export function cosignVerifyArgs(options: CosignVerifyOptions): string[] {
  const args = ['verify', '--output', 'json'];
  const { policy } = options;
  if (policy.mode === 'key') {
    args.push('--key', options.publicKeyFile ?? 'cosign.pub');
    if (policy.ignoreTlog) args.push('--insecure-ignore-tlog=true');
  } else {
    if (policy.identity.kind === 'exact') args.push('--certificate-identity', policy.identity.value);
    // Already anchored by the policy: cosign itself would accept any match anywhere in the identity.
    else args.push('--certificate-identity-regexp', policy.identity.pattern);
    args.push('--certificate-oidc-issuer', policy.issuer);
    // cosign has no flag for the Source Repository URI extension; this one checks the legacy GitHub
    // Workflow Repository extension, which Fulcio still writes for GitHub Actions.
    if (policy.sourceRepository)
      args.push('--certificate-github-workflow-repository', policy.sourceRepository.repository);
  }
  if (options.trustedRootFile) args.push('--trusted-root', options.trustedRootFile);
  if (options.plainHttp) args.push('--allow-http-registry', '--allow-insecure-registry');
  args.push(options.image);
  return args;
}

/** The same command as one line a person can paste into a shell (POSIX single-quoting). */
export function cosignCommandLine(args: readonly string[]): string {
  return ['cosign', ...args].map(shellQuote).join(' ');
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** What cosign's JSON says about the image. */
export interface CosignOutcome {
  verified: boolean;
  identity?: string;
  issuer?: string;
  error?: string;
}

/**
 * Read `cosign verify --output json`: a JSON array of verified payloads. At least one must name
 * `digest` (cosign checks this too; checking again costs nothing and catches a wrong image argument).
 */
export function parseCosignVerifyOutput(stdout: string, digest: string): CosignOutcome {
  const line = stdout.split(/\r?\n/).find((l) => l.trim().startsWith('['));
  if (!line) return { verified: false, error: 'cosign printed no JSON result' };
  let payloads: unknown;
  try {
    payloads = JSON.parse(line);
  } catch {
    return { verified: false, error: 'cosign printed a result that is not JSON' };
  }
  if (!Array.isArray(payloads) || payloads.length === 0)
    return { verified: false, error: 'cosign verified no signature' };
  type Payload = {
    critical?: { image?: { 'docker-manifest-digest'?: string } };
    optional?: Record<string, unknown> | null;
  };
  const matching = (payloads as Payload[]).find((p) => p?.critical?.image?.['docker-manifest-digest'] === digest);
  if (!matching) {
    const named = (payloads as Payload[]).map((p) => p?.critical?.image?.['docker-manifest-digest']).join(', ');
    return { verified: false, error: `cosign's verified payloads name ${named || 'no digest'}, not ${digest}` };
  }
  const optional = matching.optional ?? {};
  return {
    verified: true,
    identity: typeof optional.Subject === 'string' ? optional.Subject : undefined,
    issuer: typeof optional.Issuer === 'string' ? optional.Issuer : undefined,
  };
}

/** A failed cosign run as one line: the documented meaning of its exit code, then its last words. */
export function explainCosignFailure(exitCode: number, stderr: string, policy: SignaturePolicy): string {
  const lastLine =
    stderr
      .trim()
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .pop() ?? '';
  const meaning = COSIGN_EXIT_CODES[exitCode];
  const wanted =
    policy.mode === 'key' ? 'the public key' : `${describeIdentity(policy.identity)} from ${policy.issuer}`;
  if (exitCode === 12) return `cosign: ${meaning}: expected ${wanted}${lastLine ? ` (${lastLine})` : ''}`;
  if (meaning) return `cosign: ${meaning}${lastLine ? ` (${lastLine})` : ''}`;
  return `cosign exited with ${exitCode}${lastLine ? `: ${lastLine}` : ''}`;
}

/** cosign's release asset name for this machine. */
export function cosignAssetName(platform = process.platform, arch = process.arch): string {
  const os = platform === 'win32' ? 'windows' : platform;
  const cpu = arch === 'x64' ? 'amd64' : arch;
  return `cosign-${os}-${cpu}${os === 'windows' ? '.exe' : ''}`;
}

/** Check a downloaded cosign binary against the pinned table. */
export function checkCosignDownload(asset: string, bytes: Buffer): void {
  const expected = COSIGN_SHA256[asset];
  if (!expected)
    throw new UserError(
      `no pinned sha256 for ${asset} of cosign ${COSIGN_VERSION}; install cosign on PATH (e.g. sigstore/cosign-installer) or use engine: sigstore`,
    );
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected)
    throw new UserError(
      `downloaded ${asset} of cosign ${COSIGN_VERSION} has sha256 ${actual}, expected ${expected}; refusing to run it`,
    );
}

/**
 * Find cosign: on PATH, else in the tool cache, else download the pinned release and check its
 * sha256. `download` is injected so tests can exercise the check without the network.
 */
export async function locateCosign(options: {
  /** The runner context's PATH. */
  pathEnv: string;
  /** False when downloads are switched off (RELEASE_KIT_COSIGN_DOWNLOAD=off, the runner context's cosignDownload). */
  downloadAllowed?: boolean;
  toolDir: string;
  download?: (url: string) => Promise<Buffer>;
}): Promise<string> {
  for (const dir of options.pathEnv.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'cosign');
    if (await isExecutable(candidate)) return candidate;
  }
  const asset = cosignAssetName();
  const installed = path.join(options.toolDir, `cosign-${COSIGN_VERSION}`, 'cosign');
  if (await isExecutable(installed)) {
    checkCosignDownload(asset, await readFile(installed));
    return installed;
  }
  const url = `https://github.com/sigstore/cosign/releases/download/${COSIGN_VERSION}/${asset}`;
  if (options.downloadAllowed === false) {
    throw new UserError(
      `engine 'cosign' needs cosign on PATH: downloads are switched off (RELEASE_KIT_COSIGN_DOWNLOAD=off); install cosign first or use engine: sigstore`,
      {
        input: 'engine',
        value: 'cosign',
        valid: 'sigstore, or cosign with cosign on PATH',
      },
    );
  }
  if (!COSIGN_SHA256[asset]) {
    throw new UserError(
      `engine 'cosign' needs cosign on PATH: this release-kit has no pinned sha256 for ${asset} ${COSIGN_VERSION}, so it will not download ${url}; install cosign first (sigstore/cosign-installer) or use engine: sigstore (no download)`,
      { input: 'engine', value: 'cosign', valid: 'sigstore, or cosign with cosign on PATH' },
    );
  }
  let bytes: Buffer;
  try {
    bytes = await (options.download ?? defaultDownload)(url);
  } catch (error) {
    throw new UserError(
      `could not download cosign from ${url} (${(error as Error).message}); install cosign on PATH or use engine: sigstore`,
      {
        input: 'engine',
        value: 'cosign',
        valid: 'sigstore, or cosign with cosign on PATH',
      },
    );
  }
  checkCosignDownload(asset, bytes);
  await mkdir(path.dirname(installed), { recursive: true });
  await writeFileAtomic(installed, bytes, 0o755);
  await chmod(installed, 0o755);
  return installed;
}

async function defaultDownload(url: string): Promise<Buffer> {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
