// GitHub artifact attestations (actions/attest-build-provenance): fetched by subject digest from the
// repository's attestations API and verified natively, with the policy `gh attestation verify` applies.
import type { GitHubClient } from '../github/client.js';
import { escapeRegExp } from '../plumbing/regexp.js';
import type { RepositoryBinding } from './fulcio.js';
import { GITHUB_ACTIONS_ISSUER, type KeylessPolicy } from './policy.js';
import type { TrustProvider } from './verify.js';

/** What `gh attestation verify` expects by default: SLSA build provenance. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/** The options of one `gh attestation verify` that decide whose attestation counts. */
export interface GhAttestationOptions {
  /** `--repo OWNER/REPO`: the source repository the certificate must name. */
  repository: string;
  /** `--signer-workflow [HOST/]OWNER/REPO/.github/workflows/FILE[@REF]`. */
  signerWorkflow?: string;
  /** `--signer-repo OWNER/REPO`. */
  signerRepo?: string;
  /** `--predicate-type`; default SLSA provenance v1. */
  predicateType?: string;
  /** https://github.com, or the GHES server. */
  serverUrl: string;
}

/**
 * The policy gh applies for those options: the source repository is `--repo`; the signer (the
 * certificate SAN) is the `--signer-workflow` at any ref (or at the ref it names), else any workflow
 * of `--signer-repo`, else any workflow of the `--repo` owner; the issuer is GitHub Actions'.
 */
export function ghAttestationPolicy(options: GhAttestationOptions): KeylessPolicy {
  const server = options.serverUrl.replace(/\/+$/, '');
  const sourceRepository: RepositoryBinding = { repository: options.repository, serverUrl: server };
  if (options.signerWorkflow) {
    const url = /^[^/]*\./.test(options.signerWorkflow)
      ? `https://${options.signerWorkflow}`
      : `${server}/${options.signerWorkflow}`;
    const pattern = url.includes('@') ? `^${escapeRegExp(url)}$` : `^${escapeRegExp(url)}@.+$`;
    return {
      mode: 'keyless',
      identity: { kind: 'regexp', pattern, given: options.signerWorkflow },
      issuer: GITHUB_ACTIONS_ISSUER,
      sourceRepository,
    };
  }
  const signer = options.signerRepo ?? options.repository.split('/')[0];
  return {
    mode: 'keyless',
    identity: {
      kind: 'regexp',
      pattern: `^${escapeRegExp(`${server}/${signer}/`)}.*$`,
      given: signer,
      ignoreCase: true,
    },
    issuer: GITHUB_ACTIONS_ISSUER,
    sourceRepository,
  };
}

/**
 * The Sigstore bundles of the repository's attestations about `digest` (`sha256:…`). GitHub answers
 * 404 when there are none, which is an empty list here, as gh reads it.
 */
export async function listAttestationBundles(
  client: GitHubClient,
  repository: string,
  digest: string,
): Promise<unknown[]> {
  const [owner, repo] = repository.split('/');
  try {
    const { data } = await client.rest.repos.listAttestations({ owner, repo, subject_digest: digest, per_page: 100 });
    return (data.attestations ?? []).map((a) => a.bundle).filter((b) => b !== undefined && b !== null);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return [];
    throw error;
  }
}

export interface AttestationVerdict {
  verified: boolean;
  /** How many attestations the API listed for the digest. */
  found: number;
  identity?: string;
  sourceRepository?: string;
  /** Why none verifies; one line. */
  error?: string;
}

/**
 * Does an attestation about `digest` exist in `options.repository` and verify as gh would verify it?
 * One that does is enough, as for gh.
 */
export async function verifyGitHubAttestations(
  client: GitHubClient,
  digest: string,
  options: GhAttestationOptions,
  trust: TrustProvider,
): Promise<AttestationVerdict> {
  const bundles = await listAttestationBundles(client, options.repository, digest);
  if (!bundles.length)
    return {
      verified: false,
      found: 0,
      error: `no attestation for ${digest} in ${options.repository} (GET /repos/${options.repository}/attestations/${digest})`,
    };
  const { verifyAttestation } = await import('./verify.js');
  const policy = ghAttestationPolicy(options);
  const predicateType = options.predicateType ?? SLSA_PROVENANCE_V1;
  const refusals: string[] = [];
  for (const [i, bundle] of bundles.entries()) {
    const verdict = await verifyAttestation(bundle, digest, predicateType, policy, trust, `attestation ${i + 1}`);
    if (verdict.verified)
      return {
        verified: true,
        found: bundles.length,
        identity: verdict.identity,
        sourceRepository: verdict.sourceRepository,
      };
    if (verdict.error && !refusals.includes(verdict.error)) refusals.push(verdict.error);
  }
  return {
    verified: false,
    found: bundles.length,
    error: `no attestation verifies (${bundles.length} found): ${refusals.join('; ')}`,
  };
}
