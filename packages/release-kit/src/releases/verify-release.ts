// Verify a release, draft or published, from the places users download it: every image, chart and
// file its notes name exists with the digest they give, the checksums file covers every archive,
// and every signature and attestation command the notes print passes (issue 17's trust gate).
import { createHash } from 'node:crypto';
import { readChartArchive, buildChart, checkDependencies } from '../charts/load.js';
import { HELM_CHART_LAYER_MEDIA_TYPE, HELM_CONFIG_MEDIA_TYPE } from '../charts/oci.js';
import { MAX_CHART_SIZE } from '../charts/archive.js';
import { parseChecksums } from '../artifacts/checksums.js';
import type { GitHubClient } from '../github/client.js';
import type { OciClient } from '../oci/client.js';
import { parseReference, type OciReference } from '../oci/reference.js';
import { isUserError } from '../plumbing/errors.js';
import type { Logger } from '../plumbing/log.js';
import { verifyGitHubAttestations } from '../signing/attestation.js';
import { verifyImageSignatures } from '../signing/image.js';
import { anchorPattern, GITHUB_ACTIONS_ISSUER, type KeylessPolicy } from '../signing/policy.js';
import { TrustUnavailableError } from '../signing/trust.js';
import type { TrustProvider } from '../signing/verify.js';
import { readReleaseClaims, type ClaimedChart, type CosignClaim, type ReleaseClaims } from './notes-claims.js';
import type { Release, ReleaseAsset } from './release.js';

export type ArtifactKind = 'image' | 'chart' | 'file' | 'notes';

/** One row of the report: an artifact the notes name, what was checked, what failed. */
export interface ArtifactResult {
  artifact: string;
  kind: ArtifactKind;
  digest: string | null;
  /** What passed: `digest`, `signature`, `attestation`, `helm chart`, `uploaded`, `checksum`, … */
  checks: string[];
  /** One line each. */
  problems: string[];
  verified: boolean;
}

export interface VerifyReleaseOptions {
  github: GitHubClient;
  owner: string;
  repo: string;
  release: Release;
  /** The registry client for a host (one per host, shared). */
  registry: (host: string) => OciClient;
  trust: TrustProvider;
  /** https://github.com, or the GHES server. */
  serverUrl: string;
  log: Logger;
}

export interface ReleaseVerification {
  results: ArtifactResult[];
  /** Every problem as one line naming its artifact. */
  failures: string[];
}

/** Archive file names the checksums file must cover (besides any file the notes name). */
const ARCHIVE = /\.(tar\.gz|tgz|tar\.xz|txz|tar\.zst|tar\.bz2|zip)$/i;
/** Files that accompany others and are not themselves checksummed archives. */
const SIDECAR = /\.(sig|pem|crt|cert|sigstore(\.json)?|intoto\.jsonl|sbom\.json|spdx\.json|cdx\.json)$/i;

/** Check everything the release's notes claim. Never throws for a failed check; trust problems end the run. */
export async function verifyRelease(options: VerifyReleaseOptions): Promise<ReleaseVerification> {
  const { release, log } = options;
  const repository = `${options.owner}/${options.repo}`;
  const claims = readReleaseClaims(release.body ?? '');
  const rows = new Map<string, ArtifactResult>();
  const row = (kind: ArtifactKind, artifact: string, digest: string | null = null): ArtifactResult => {
    const key = `${kind} ${artifact}`;
    let found = rows.get(key);
    if (!found) {
      found = { artifact, kind, digest, checks: [], problems: [], verified: false };
      rows.set(key, found);
    }
    if (digest && !found.digest) found.digest = digest;
    return found;
  };
  const notes = () => row('notes', `notes of ${release.tag_name}`);
  const guard = async (target: ArtifactResult, what: string, check: () => Promise<void>) => {
    try {
      await check();
    } catch (error) {
      if (error instanceof TrustUnavailableError || !isUserError(error)) throw error;
      target.problems.push(`${what}: ${error.message}`);
    }
  };

  for (const problem of claims.problems) notes().problems.push(problem);
  // Notes that name nothing claim nothing; the assets' checksums are still checked below.
  if (!claims.images.length && !claims.charts.length && !claims.files.length && !claims.cosign.length)
    log.warning(
      `the notes of ${release.tag_name} name no image, chart or file (were they rendered by release-notes-from-changelog?): only the assets' checksums are checked`,
    );
  for (const download of claims.downloads) {
    if (download.tag !== release.tag_name || download.repository?.toLowerCase() !== repository.toLowerCase())
      notes().problems.push(
        `the notes print \`${download.command}\`, which downloads ${download.tag ?? '?'} of ${download.repository ?? '?'}, not ${release.tag_name} of ${repository}`,
      );
  }

  // Images: each tag resolves to the digest the notes give.
  for (const image of claims.images) {
    const target = row('image', image.shown, image.digest);
    await guard(target, 'digest', async () => {
      const { reference } = image;
      const wanted = reference.tag ?? reference.digest ?? image.digest;
      const info = await options.registry(reference.registry).manifestExists(reference.repository, wanted);
      if (!info) target.problems.push(`${where(reference)}:${wanted} not found in the registry`);
      else if (info.digest !== image.digest)
        target.problems.push(
          `the registry serves ${info.digest} for ${image.shown}, but the notes give ${image.digest}`,
        );
      else target.checks.push('digest');
    });
  }

  // Charts: each version resolves to the notes' digest and is a valid helm chart; helm commands name listed charts.
  const charts = [...claims.charts];
  for (const helm of claims.helm) {
    if (!helm.version) {
      notes().problems.push(`the notes print \`${helm.command}\` without --version, which installs whatever is newest`);
      continue;
    }
    if (!charts.some((c) => c.location === helm.location && c.version === helm.version)) {
      try {
        charts.push({
          location: helm.location,
          version: helm.version,
          reference: parseReference(`${helm.location}:${helm.version.replace(/\+/g, '_')}`),
        });
      } catch {
        notes().problems.push(`the notes print \`${helm.command}\`, whose chart location is not an OCI reference`);
      }
    }
  }
  for (const chart of charts) await verifyChart(chart, row('chart', `${chart.location}:${chart.version}`), options);

  // Signatures, as the notes' cosign commands ask for them.
  for (const claim of claims.cosign) {
    const target = subjectRow(claim, claims, charts, row);
    await guard(target, 'signature', () => verifySignatureClaim(claim, target, repository, options));
  }

  // Files: every one the notes name is uploaded; the checksums file covers every archive.
  const assets = (await options.github.paginate(options.github.rest.repos.listReleaseAssets, {
    owner: options.owner,
    repo: options.repo,
    release_id: release.id,
    per_page: 100,
  })) as ReleaseAsset[];
  const assetNamed = (name: string) => assets.find((a) => a.name === name);
  const digests = new Map<string, string>();
  const assetDigest = async (asset: ReleaseAsset): Promise<string> => {
    let digest = digests.get(asset.name);
    if (!digest) {
      digest = asset.digest?.startsWith('sha256:')
        ? asset.digest
        : `sha256:${createHash('sha256')
            .update(await downloadAsset(options, asset))
            .digest('hex')}`;
      digests.set(asset.name, digest);
    }
    return digest;
  };
  for (const name of claims.files) {
    const target = row('file', name);
    const asset = assetNamed(name);
    if (!asset) target.problems.push(`the notes name ${name}, but the release has no asset of that name`);
    else if (asset.state !== 'uploaded')
      target.problems.push(`${name} is not completely uploaded (state ${asset.state})`);
    else {
      target.checks.push('uploaded');
      if (asset.digest) target.digest ??= asset.digest;
    }
  }
  const checksumsName = claims.checksumsFile ?? assets.find((a) => /checksums\.txt$/i.test(a.name))?.name;
  const checksumsAsset = checksumsName ? assetNamed(checksumsName) : undefined;
  if (checksumsName && checksumsAsset?.state === 'uploaded') {
    const target = row('file', checksumsName);
    await guard(target, 'checksums', async () => {
      const entries = parseChecksums((await downloadAsset(options, checksumsAsset)).toString('utf8'));
      const archives = assets.filter(
        (a) =>
          a.name !== checksumsName && !SIDECAR.test(a.name) && (ARCHIVE.test(a.name) || claims.files.includes(a.name)),
      );
      for (const name of new Set(entries.map((e) => e.name))) {
        const hashes = new Set(entries.filter((e) => e.name === name).map((e) => e.sha256));
        if (hashes.size > 1)
          target.problems.push(`${checksumsName} lists ${name} ${hashes.size} times with different sums`);
        if (!assetNamed(name))
          target.problems.push(`${checksumsName} lists ${name}, which is not an asset of the release`);
      }
      for (const asset of archives) {
        const archive = row('file', asset.name);
        const entry = entries.find((e) => e.name === asset.name);
        if (!entry) {
          archive.problems.push(`${checksumsName} has no line for ${asset.name}`);
          continue;
        }
        if (asset.state !== 'uploaded') continue; // reported with the file
        const digest = await assetDigest(asset);
        archive.digest ??= digest;
        if (digest !== `sha256:${entry.sha256}`)
          archive.problems.push(
            `${checksumsName} gives sha256 ${entry.sha256} for ${asset.name}, but the asset's bytes are ${digest}`,
          );
        else archive.checks.push('checksum');
      }
      target.checks.push(`covers ${archives.length} archive(s)`);
    });
  }

  // Attestations, as the notes' gh attestation commands ask for them.
  for (const claim of claims.attestations) {
    const target =
      claim.subject.kind === 'file'
        ? row('file', claim.subject.name)
        : subjectRow({ reference: claim.subject.reference, digest: claim.subject.digest }, claims, charts, row);
    await guard(target, 'attestation', async () => {
      let digest: string;
      if (claim.subject.kind === 'file') {
        const asset = assetNamed(claim.subject.name);
        if (!asset || asset.state !== 'uploaded') return; // the file row says it is missing
        digest = await assetDigest(asset);
        target.digest ??= digest;
      } else digest = claim.subject.digest;
      if (!claim.repository) {
        target.problems.push(`attestation: \`${claim.command}\` names no --repo, so it checks no source repository`);
        return;
      }
      if (claim.repository.toLowerCase() !== repository.toLowerCase()) {
        target.problems.push(`attestation: \`${claim.command}\` binds ${claim.repository}, not ${repository}`);
        return;
      }
      const verdict = await verifyGitHubAttestations(
        options.github,
        digest,
        {
          repository: claim.repository,
          signerWorkflow: claim.signerWorkflow,
          signerRepo: claim.signerRepo,
          predicateType: claim.predicateType,
          serverUrl: options.serverUrl,
        },
        options.trust,
      );
      if (verdict.verified) target.checks.push('attestation');
      else target.problems.push(`attestation: ${verdict.error}`);
    });
  }

  const results = [...rows.values()].map((r) => ({ ...r, verified: r.problems.length === 0 }));
  const failures = results.flatMap((r) => r.problems.map((p) => `${r.artifact}: ${p}`));
  for (const failure of failures) log.error(failure);
  return { results, failures };
}

function where(reference: OciReference): string {
  return `${reference.registry}/${reference.repository}`;
}

/** The image or chart row a signature or attestation subject belongs to (by repository and digest). */
function subjectRow(
  subject: { reference: OciReference; digest: string },
  claims: ReleaseClaims,
  charts: readonly ClaimedChart[],
  row: (kind: ArtifactKind, artifact: string, digest?: string | null) => ArtifactResult,
): ArtifactResult {
  const name = where(subject.reference);
  const image = claims.images.find((i) => where(i.reference) === name);
  if (image) {
    const target = row('image', image.shown, image.digest);
    if (image.digest !== subject.digest)
      target.problems.push(`the notes check ${subject.digest}, but the images table gives ${image.digest}`);
    return target;
  }
  const chart = charts.find((c) => where(c.reference) === name && (!c.digest || c.digest === subject.digest));
  if (chart) return row('chart', `${chart.location}:${chart.version}`, subject.digest);
  return row('image', `${name}@${subject.digest}`, subject.digest);
}

/** One cosign command: its identity, issuer and repository binding, verified natively. */
async function verifySignatureClaim(
  claim: CosignClaim,
  target: ArtifactResult,
  repository: string,
  options: VerifyReleaseOptions,
): Promise<void> {
  if (!claim.issuer || (!claim.identity && !claim.identityRegexp)) {
    target.problems.push(
      `signature: \`${claim.command}\` names no ${claim.issuer ? 'certificate identity' : 'OIDC issuer'}, so it accepts any signer`,
    );
    return;
  }
  if (claim.issuer === GITHUB_ACTIONS_ISSUER && !claim.workflowRepository) {
    target.problems.push(
      `signature: \`${claim.command}\` does not bind the repository (--certificate-github-workflow-repository ${repository}), so a signature made for any repository calling the same workflow passes`,
    );
    return;
  }
  if (claim.workflowRepository && claim.workflowRepository.toLowerCase() !== repository.toLowerCase()) {
    target.problems.push(`signature: \`${claim.command}\` binds ${claim.workflowRepository}, not ${repository}`);
    return;
  }
  const policy: KeylessPolicy = {
    mode: 'keyless',
    identity: claim.identityRegexp
      ? { kind: 'regexp', pattern: anchorPattern(claim.identityRegexp), given: claim.identityRegexp }
      : { kind: 'exact', value: claim.identity! },
    issuer: claim.issuer,
    ...(claim.issuer === GITHUB_ACTIONS_ISSUER
      ? { sourceRepository: { repository, serverUrl: options.serverUrl.replace(/\/+$/, '') } }
      : {}),
  };
  const client = options.registry(claim.reference.registry);
  const verdict = await verifyImageSignatures(client, claim.reference.repository, claim.digest, policy, options.trust, {
    retries: 0,
    retryBaseMs: 0,
    log: options.log,
    label: `${where(claim.reference)}@${claim.digest}`,
  });
  if (verdict.verified) target.checks.push('signature');
  else target.problems.push(`signature: ${verdict.error}`);
}

/** A chart version: resolves to the notes' digest, is a helm chart, and is the chart and version named. */
async function verifyChart(chart: ClaimedChart, target: ArtifactResult, options: VerifyReleaseOptions): Promise<void> {
  const { reference } = chart;
  const client = options.registry(reference.registry);
  try {
    const info = await client.manifestExists(reference.repository, reference.tag!);
    if (!info) {
      target.problems.push(`${where(reference)}:${reference.tag} not found in the registry`);
      return;
    }
    target.digest ??= info.digest;
    if (chart.digest && info.digest !== chart.digest) {
      target.problems.push(
        `the registry serves ${info.digest} for version ${chart.version}, but the notes give ${chart.digest}`,
      );
      return;
    }
    target.checks.push('digest');
    const manifest = await client.getManifest(reference.repository, info.digest);
    const layer = manifest.json.layers?.find((l) => l.mediaType === HELM_CHART_LAYER_MEDIA_TYPE);
    if (manifest.json.config?.mediaType !== HELM_CONFIG_MEDIA_TYPE || !layer) {
      target.problems.push(
        `${info.digest} is not a helm chart (config ${manifest.json.config?.mediaType ?? 'none'}, ${layer ? 'a' : 'no'} chart layer)`,
      );
      return;
    }
    const data = await client.getBlob(reference.repository, layer.digest, { maxBytes: MAX_CHART_SIZE });
    const label = `${chart.location}:${chart.version}`;
    const { files, entries } = await readChartArchive(data, label);
    const top = new Set(entries.map((e) => e.path.split('/')[0]));
    if (top.size !== 1) {
      target.problems.push(`its archive has ${top.size} top folders; a helm chart has one`);
      return;
    }
    const loaded = await buildChart(files, label);
    checkDependencies(loaded, label);
    const name = reference.repository.split('/').pop();
    if (loaded.metadata.name !== name || loaded.metadata.version !== chart.version)
      target.problems.push(
        `its archive holds chart ${loaded.metadata.name} ${loaded.metadata.version}, not ${name} ${chart.version}`,
      );
    else target.checks.push('helm chart');
  } catch (error) {
    if (!isUserError(error)) throw error;
    target.problems.push(`chart: ${error.message}`);
  }
}

/** An asset's bytes, as users download them (the API's octet-stream, following the storage redirect). */
async function downloadAsset(options: VerifyReleaseOptions, asset: ReleaseAsset): Promise<Buffer> {
  const response = await options.github.rest.repos.getReleaseAsset({
    owner: options.owner,
    repo: options.repo,
    asset_id: asset.id,
    headers: { accept: 'application/octet-stream' },
  });
  return Buffer.from(response.data as unknown as ArrayBuffer);
}
