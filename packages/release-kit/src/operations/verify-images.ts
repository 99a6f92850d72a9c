// verify-images: every release image resolves to the expected digest and carries a cosign signature that verifies.
import { readFile } from 'node:fs/promises';
import { formatReference, isSha256Digest, parseReference, type OciReference } from '../oci/reference.js';
import { UserError, invalidInput, showValue } from '../plumbing/errors.js';
import { resolveInside } from '../plumbing/fs.js';
import type { Inputs } from '../plumbing/inputs.js';
import { buildPolicy, defaultSourceRepository, GITHUB_ACTIONS_ISSUER, type PolicyOptions } from '../signing/policy.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';
import { type VerifySettings, ENGINES } from './verify-images.settings.js';
export type { ImageResult, VerifySettings } from './verify-images.settings.js';

/** Every input, parsed and checked before any registry is contacted. */
async function parseSettings(inputs: Inputs, context: OperationContext): Promise<VerifySettings> {
  const password = inputs.secret('password');
  const username = inputs.optional('username');
  if (password && !username)
    throw invalidInput('username', '', 'the registry user name that goes with password (ghcr.io: github.actor)');

  const lines = inputs.lines('images', { commas: true });
  if (lines.length === 0)
    throw invalidInput(
      'images',
      '',
      'one image reference per line, e.g. ghcr.io/OWNER/app:0.1.0 or ghcr.io/OWNER/app@sha256:…',
    );
  const images = lines.map((text) => ({
    text,
    reference: parseReference(text, { input: 'images', requireTagOrDigest: true }),
  }));
  const seen = new Set<string>();
  for (const image of images) {
    if (seen.has(image.text)) throw invalidInput('images', image.text, 'each image once');
    seen.add(image.text);
  }
  const expected = parseExpectedDigests(inputs.optional('expected-digests'), images);

  const workspace = context.runner.workspace;
  const publicKeyInput = inputs.optional('public-key');
  let publicKeyPem: string | undefined;
  let publicKeyPath: string | undefined;
  if (publicKeyInput !== undefined) {
    if (publicKeyInput.includes('-----BEGIN')) publicKeyPem = publicKeyInput;
    else {
      publicKeyPath = publicKeyInput;
      publicKeyPem = await readInputFile(
        'public-key',
        workspace,
        publicKeyInput,
        'a PEM public key, or the path of a file inside the workspace holding one',
      );
    }
  }
  const trustedRootInput = inputs.optional('trusted-root');
  let trustedRootJson: string | undefined;
  let trustedRootPath: string | undefined;
  if (trustedRootInput !== undefined) {
    if (trustedRootInput.startsWith('{')) trustedRootJson = trustedRootInput;
    else {
      trustedRootPath = trustedRootInput;
      trustedRootJson = await readInputFile(
        'trusted-root',
        workspace,
        trustedRootInput,
        'the path of a trusted_root.json inside the workspace',
      );
    }
  }

  const signer: PolicyOptions = {
    certificateIdentity: inputs.optional('certificate-identity'),
    certificateIdentityRegexp: inputs.optional('certificate-identity-regexp'),
    workflow: inputs.optional('workflow'),
    ref: inputs.optional('ref') ?? context.runner.ref,
    repository: inputs.optional('repository') ?? context.runner.repository,
    serverUrl: context.runner.serverUrl,
    certificateOidcIssuer: inputs.string('certificate-oidc-issuer'),
    publicKeyPem,
    ignoreTlog: inputs.boolean('ignore-tlog'),
  };
  const policy = buildPolicy({
    ...signer,
    sourceRepository:
      inputs.optional('source-repository') ??
      defaultSourceRepository({ ...signer, callingRepository: context.runner.repository }),
  });

  return {
    images,
    expected,
    policy,
    engine: inputs.choice('engine', ENGINES),
    trustedRootJson,
    trustedRootPath,
    publicKeyPath,
    username,
    password,
    plainHttp: inputs.boolean('plain-http'),
    retries: inputs.integer('retries', { min: 0, max: 10 }),
  };
}

async function readInputFile(input: string, workspace: string, relative: string, valid: string): Promise<string> {
  const file = await resolveInside(workspace, relative, input);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw invalidInput(input, relative, `${valid} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
}

/**
 * `expected-digests`: a JSON object image → digest, or lines `image@sha256:…`. A key names an image
 * as written in `images`, or by its repository alone (`ghcr.io/o/app`), which is how build jobs
 * usually report digests. A key that names no image is refused: it is almost always a typo that
 * would otherwise switch the check off silently. For the same reason, once the input is set every
 * listed image must have a digest: an image left out would be verified without the digest check.
 */
export function parseExpectedDigests(
  raw: string | undefined,
  images: { text: string; reference: OciReference }[],
): Map<string, string> {
  const result = new Map<string, string>();
  if (raw === undefined) return result;
  const pairs: [string, unknown][] = [];
  if (raw.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      throw invalidInput(
        'expected-digests',
        raw,
        `a JSON object {"image": "sha256:…"} or lines image@sha256:… (${(error as Error).message})`,
      );
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw invalidInput('expected-digests', raw, 'a JSON object {"image": "sha256:…"}');
    pairs.push(...Object.entries(parsed));
  } else {
    for (const line of raw
      .split(/\r?\n|,/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))) {
      const at = line.lastIndexOf('@');
      if (at < 0) throw invalidInput('expected-digests', line, 'lines image@sha256:<64 hex digits>');
      pairs.push([line.slice(0, at), line.slice(at + 1)]);
    }
  }
  for (const [key, digest] of pairs) {
    if (typeof digest !== 'string' || !isSha256Digest(digest)) {
      throw invalidInput(
        'expected-digests',
        `${key}@${String(digest)}`,
        'a digest sha256:<64 lower-case hex digits> per image',
      );
    }
    const matches = images.filter(
      (image) =>
        key === image.text ||
        key === formatReference(image.reference) ||
        key === `${image.reference.registry}/${image.reference.repository}`,
    );
    if (matches.length === 0) {
      throw invalidInput(
        'expected-digests',
        key,
        `an image listed in images (${images.map((i) => i.text).join(', ')})`,
      );
    }
    for (const match of matches) {
      const previous = result.get(match.text);
      if (previous && previous !== digest)
        throw invalidInput(
          'expected-digests',
          key,
          `one digest per image (${match.text} is given ${previous} and ${digest})`,
        );
      result.set(match.text, digest);
    }
  }
  const missing = images.filter((image) => !result.has(image.text)).map((image) => image.text);
  if (missing.length) {
    const valid = `a digest for every image listed in images, keyed by the image as written or by its repository (e.g. ${images[0].reference.registry}/${images[0].reference.repository}@sha256:…)`;
    throw new UserError(
      `input 'expected-digests' has no digest for ${missing.map((m) => showValue(m)).join(', ')}: expected ${valid}`,
      {
        input: 'expected-digests',
        value: missing,
        valid,
      },
    );
  }
  return result;
}

export const operation: Operation = {
  name: 'verify-images',
  description:
    'Verify that every release image has the expected registry digest and a cosign signature (keyless identity or public key; legacy and v3 formats) that verifies.',
  inputs: [
    {
      name: 'images',
      description: 'Image references, one per line, by tag or digest (e.g. ghcr.io/OWNER/app:0.1.0).',
      required: true,
    },
    {
      name: 'expected-digests',
      description:
        'The digests the build produced: a JSON object image → sha256:…, or lines image@sha256:…; the registry digest must equal it; when set, every image needs one.',
      default: '',
    },
    {
      name: 'certificate-identity',
      description:
        'Keyless: the exact certificate identity (SAN), e.g. https://github.com/OWNER/REPO/.github/workflows/release-images.yml@refs/tags/v0.1.0.',
      default: '',
    },
    {
      name: 'certificate-identity-regexp',
      description: 'Keyless: a pattern for the identity; anchored (^…$) unless it already is, unlike cosign.',
      default: '',
    },
    {
      name: 'workflow',
      description: 'Keyless shorthand: the signing workflow file; with ref and repository it gives the exact identity.',
      default: '',
    },
    { name: 'ref', description: 'With workflow: the git ref the signing run was on; default GITHUB_REF.', default: '' },
    {
      name: 'repository',
      description: 'With workflow: OWNER/REPO of the signing workflow; default GITHUB_REPOSITORY.',
      default: '',
    },
    {
      name: 'certificate-oidc-issuer',
      description: 'Keyless: the OIDC issuer the certificate must name.',
      default: GITHUB_ACTIONS_ISSUER,
    },
    {
      name: 'source-repository',
      description:
        "Keyless (GitHub): OWNER/REPO whose run must have signed, checked in the certificate's Source Repository extension; default GITHUB_REPOSITORY (the caller of a reusable signing workflow), else the repository the identity names.",
      default: '',
    },
    {
      name: 'public-key',
      description: 'Key-based: a PEM public key, or the path of a file holding one (inside the workspace).',
      default: '',
    },
    {
      name: 'ignore-tlog',
      description:
        'Key-based only: accept signatures without a transparency-log entry (cosign --insecure-ignore-tlog).',
      default: 'false',
    },
    {
      name: 'engine',
      description:
        '`sigstore` (built in, no download) or `cosign` (runs cosign verify; cosign from PATH or a pinned, checksummed release).',
      default: 'sigstore',
    },
    {
      name: 'trusted-root',
      description:
        'A Sigstore trusted_root.json (path inside the workspace) for private deployments; default: the public-good root via TUF.',
      default: '',
    },
    { name: 'username', description: 'Registry user name (ghcr.io: github.actor).', default: '' },
    {
      name: 'password',
      description: 'Registry password or token (ghcr.io: GITHUB_TOKEN with packages: read); masked.',
      default: '',
    },
    {
      name: 'plain-http',
      description: 'Talk http:// to the registry (loopback test registries only).',
      default: 'false',
    },
    {
      name: 'retries',
      description: 'How many times to look again, with back-off, when a tag or signature is not there yet.',
      default: '3',
    },
  ],
  outputs: [
    {
      name: 'results',
      description:
        'JSON array, one object per image: {image, digest, verified, identity, issuer, source-repository, format, error}.',
    },
    { name: 'verified', description: 'How many images verified.' },
    {
      name: 'state',
      description:
        '`verified` when every image verified, `failed` otherwise (outputs are set on failure too; read-only: a rerun gives the same answer).',
    },
  ],
  async run(context: OperationContext): Promise<OperationResult> {
    const settings = await parseSettings(context.inputs, context);
    // The one lazy boundary: registry, sigstore and cosign code load only once the inputs are valid.
    const { verifyImages } = await import('./verify-images.steps.js');
    return verifyImages(settings, context);
  },
};
