// verify-release: check a release, draft or published, the way its users receive it: everything its
// notes name exists, checksums cover every archive, and every signature and attestation verifies.
import { parseRegistryHost } from '../oci/reference.js';
import { invalidInput } from '../plumbing/errors.js';
import type { Inputs } from '../plumbing/inputs.js';
import { splitRepository } from '../runtime/context.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';
import { type VerifyReleaseSettings } from './verify-release.settings.js';
import { readTrustedRootFile } from '../signing/trusted-root-file.js';
export type { VerifyReleaseSettings } from './verify-release.settings.js';

/** Where GitHub projects keep their images and charts; the registry credentials are for it unless told. */
export const DEFAULT_REGISTRY = 'ghcr.io';

/** The registry and trust inputs verify-release and the publish gate share, read and checked. */
export async function registryAndTrustSettings(
  inputs: Inputs,
  context: OperationContext,
  names: { registry: string; username: string; password: string; trustedRoot: string },
): Promise<
  Pick<
    VerifyReleaseSettings,
    'credentialsRegistry' | 'username' | 'password' | 'plainHttp' | 'trustedRootJson' | 'trustedRootSource'
  >
> {
  const credentialsRegistry = parseRegistryHost(inputs.optional(names.registry) ?? DEFAULT_REGISTRY, names.registry);
  const password = inputs.secret(names.password);
  const username = inputs.optional(names.username);
  if (password && !username)
    throw invalidInput(
      names.username,
      '',
      `the registry user name that goes with ${names.password} (ghcr.io: github.actor)`,
    );
  const trustedRoot = inputs.optional(names.trustedRoot);
  let trustedRootJson: string | undefined;
  if (trustedRoot !== undefined)
    trustedRootJson = await readTrustedRootFile(context.runner.workspace, trustedRoot, names.trustedRoot);
  return {
    credentialsRegistry,
    username,
    password,
    plainHttp: inputs.boolean('plain-http'),
    ...(trustedRootJson !== undefined ? { trustedRootJson, trustedRootSource: trustedRoot } : {}),
  };
}

async function parseSettings(inputs: Inputs, context: OperationContext): Promise<VerifyReleaseSettings> {
  const tag = inputs.string('tag');
  if (!/^[A-Za-z0-9][A-Za-z0-9._/+-]*$/.test(tag)) throw invalidInput('tag', tag, 'a release tag such as v1.2.3');
  const repositoryText = inputs.optional('repository') ?? context.runner.repository;
  if (!repositoryText) throw invalidInput('repository', '', 'OWNER/REPO (set the input or GITHUB_REPOSITORY)');
  const { owner, repo } = splitRepository(repositoryText, 'repository');
  return {
    tag,
    owner,
    repo,
    token: inputs.secret('token'),
    ...(await registryAndTrustSettings(inputs, context, {
      registry: 'registry',
      username: 'username',
      password: 'password',
      trustedRoot: 'trusted-root',
    })),
  };
}

export const operation: Operation = {
  name: 'verify-release',
  description:
    'Verify a release, draft or published, as its users get it: every image, chart and file its notes name exists with the digest they give, the checksums file covers every archive, and every signature and attestation the notes tell users to check verifies.',
  inputs: [
    { name: 'tag', description: 'The release tag, e.g. v1.2.3.', required: true },
    { name: 'repository', description: 'OWNER/REPO of the release; default: the current repository.', default: '' },
    {
      name: 'token',
      description:
        'GitHub token: read access for a published release of a public repository, contents: write to see a draft.',
      default: '${{ github.token }}',
    },
    {
      name: 'registry',
      description:
        "The registry host username and password are for; every other registry the notes name is read anonymously (the notes are the release author's text, so they never get your token).",
      default: DEFAULT_REGISTRY,
    },
    {
      name: 'username',
      description: 'Registry user name for the images and charts on `registry` (ghcr.io: github.actor).',
      default: '',
    },
    {
      name: 'password',
      description: 'Registry password or token (ghcr.io: GITHUB_TOKEN with packages: read); masked.',
      default: '',
    },
    {
      name: 'trusted-root',
      description:
        'A Sigstore trusted_root.json (path inside the workspace) for signatures and attestations; default: the public-good root via TUF.',
      default: '',
    },
    {
      name: 'plain-http',
      description: 'Talk http:// to the registries (loopback test registries only).',
      default: 'false',
    },
  ],
  outputs: [
    {
      name: 'results',
      description:
        'JSON array, one object per artifact the notes name: {artifact, kind (image, chart, file, notes), digest, checks, problems, verified}.',
    },
    { name: 'failures', description: 'How many problems were found (0 when the release verifies).' },
    {
      name: 'state',
      description:
        '`verified` when everything the notes name verifies, `failed` otherwise (read-only: a rerun gives the same answer).',
    },
  ],
  async run(context: OperationContext): Promise<OperationResult> {
    const settings = await parseSettings(context.inputs, context);
    // The one lazy boundary: GitHub, registry and sigstore code load only once the inputs are valid.
    const { verifyReleaseStep } = await import('./verify-release.steps.js');
    return verifyReleaseStep(settings, context);
  },
};

/** The CLI form `release-kit verify-release vX.Y.Z [--repository OWNER/REPO]`: the tag as a positional. */
export function cliInputs(flags: Record<string, string>, positionals: string[]): Record<string, string> {
  return { ...flags, ...(positionals.length ? { tag: positionals.join(' ') } : {}) };
}

export const CLI_USAGE = 'release-kit verify-release vX.Y.Z [--repository OWNER/REPO] [--input value …]';
