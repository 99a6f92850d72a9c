// upload-cli-artifacts after its inputs are valid: archive, write checksums, upload to the release
// and/or the workflow artifact. Loaded lazily by operations/upload-cli-artifacts.ts.
import path from 'node:path';
import { binariesFromFiles, binariesFromLines, extraFilesFrom } from '../artifacts/binaries.js';
import {
  archiveMtime,
  archiveNameMatcher,
  binaryEntryName,
  checkNameAndTag,
  packageBinaries,
  renderArchiveName,
  type PackageResult,
} from '../artifacts/package.js';
import { sha256OfFile } from '../artifacts/hasher.js';
import { parseFormats } from '../artifacts/platforms.js';
import {
  applyWorkflowArtifact,
  artifactState,
  planWorkflowArtifact,
  type ArtifactFile,
  type WorkflowArtifactPlan,
} from '../artifacts/workflow-artifact.js';
import { createGitHubClient } from '../github/client.js';
import { UserError } from '../plumbing/errors.js';
import { resolveInside } from '../plumbing/fs.js';
import { inGroup, type Logger } from '../plumbing/log.js';
import { syncReleaseAssets } from '../releases/assets.js';
import { ensureDraftRelease, findReleaseForTag } from '../releases/release.js';
import type { RunnerContext } from '../runtime/context.js';
import type { OperationContext, OperationResult } from '../runtime/operation.js';
import type { UploadSettings as Settings } from './upload-cli-artifacts.settings.js';

/** One entry of the `assets` output. */
export interface AssetReport {
  name: string;
  os: string;
  arch: string;
  path: string;
  size: number;
  sha256: string;
  url: string;
  state: string;
}

function contentTypeOf(file: string): string {
  if (file.endsWith('.zip')) return 'application/zip';
  if (file.endsWith('.tar.gz')) return 'application/gzip';
  return 'text/plain';
}

async function uploadToRelease(settings: Settings, packaged: PackageResult, runner: RunnerContext, log: Logger) {
  const client = createGitHubClient({
    token: settings.token,
    baseUrl: runner.apiUrl,
    retryBaseMs: runner.retryBaseMs,
    log,
  });
  const ref = { owner: settings.owner, repo: settings.repo, tag: settings.tag };
  // ensureDraftRelease finds the release itself (drafts included): one listing, not two.
  let release;
  let releaseState = 'existing';
  if (settings.createRelease) {
    const ensured = await ensureDraftRelease(client, ref);
    release = ensured.release;
    releaseState = ensured.state;
    if (ensured.state === 'created') log.info(`release ${settings.tag}: created a draft (id ${release.id})`);
  } else {
    release = await findReleaseForTag(client, ref);
    if (!release) {
      throw new UserError(
        `no release for tag ${settings.tag} in ${settings.owner}/${settings.repo} (drafts included) and create-release is false; create the release first (e.g. with release-notes-from-changelog) or set create-release: true`,
        { input: 'create-release', value: 'false', valid: 'true, or an existing release for the tag' },
      );
    }
  }
  const synced = await syncReleaseAssets(client, {
    owner: settings.owner,
    repo: settings.repo,
    release,
    token: settings.token,
    assets: packaged.archives.map((a) => ({
      name: a.name,
      path: a.path,
      size: a.size,
      sha256: a.sha256,
      contentType: contentTypeOf(a.name),
    })),
    checksums:
      settings.checksums === 'release'
        ? {
            name: packaged.checksumsName,
            isArchive: archiveNameMatcher(settings.nameTemplate, { name: settings.name, tag: settings.tag }),
          }
        : undefined,
    created: releaseState === 'created',
    overwrite: settings.overwrite,
    concurrency: settings.concurrency,
    retryBaseMs: runner.retryBaseMs,
    log,
  });
  return { release, releaseState, synced };
}

/** The workflow artifact's name and files: every archive and the checksums file, at the zip's root. */
async function artifactContents(
  settings: Settings,
  packaged: PackageResult,
): Promise<{ name: string; files: ArtifactFile[] }> {
  const name =
    settings.artifactName ??
    (packaged.archives.length === 1
      ? packaged.archives[0].name.replace(/\.(tar\.gz|zip)$/, '')
      : `${settings.name}_${settings.tag}`);
  const files = [
    ...packaged.archives.map((a) => ({ name: a.name, path: a.path, sha256: a.sha256 })),
    {
      name: packaged.checksumsName,
      path: packaged.checksumsFile,
      sha256: await sha256OfFile(packaged.checksumsFile),
    },
  ];
  return { name, files };
}

function renderSummary(
  settings: Settings,
  assets: AssetReport[],
  checksumsName: string,
  state: string,
  releaseUrl: string,
  artifact?: { name: string; state: string },
): string {
  const rows = assets.map(
    (a) =>
      `| ${a.url ? `[${a.name}](${a.url})` : `\`${a.name}\``} | ${a.os}/${a.arch} | ${a.size} | \`${a.sha256}\` | ${a.state} |`,
  );
  const repo = settings.owner && settings.repo ? `${settings.owner}/${settings.repo}` : 'OWNER/REPO';
  return [
    `## upload-cli-artifacts: ${state}`,
    '',
    `${settings.name} ${settings.tag}: ${assets.length} archive(s)${releaseUrl ? ` on [the release](${releaseUrl})` : ''}${artifact ? `, workflow artifact \`${artifact.name}\` (${artifact.state})` : ''}.`,
    '',
    '| Asset | Platform | Size (bytes) | SHA-256 | State |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Verify a download:',
    '',
    '```sh',
    `sha256sum --check --ignore-missing ${checksumsName}`,
    `gh attestation verify ${assets[0]?.name ?? '<archive>'} --repo ${repo}`,
    '```',
    '',
  ].join('\n');
}

export async function uploadCliArtifacts(settings: Settings, context: OperationContext): Promise<OperationResult> {
  const { runner, log } = context;
  checkNameAndTag(settings.name, settings.tag);
  renderArchiveName(settings.nameTemplate, { name: settings.name, tag: settings.tag, os: 'linux', arch: 'amd64' });
  const formats = parseFormats(settings.formatLines);
  const workspace = runner.workspace;
  // A folder the user names is held to the workspace like every path input (absolute or via a symlink).
  const outputDir = settings.outputDirGiven
    ? await resolveInside(workspace, settings.outputDir, 'output-dir')
    : settings.outputDir;
  const binaries = settings.files.length
    ? await binariesFromFiles(workspace, settings.files)
    : await binariesFromLines(workspace, settings.binaries);
  const reserved = [...new Set(binaries.map((b) => binaryEntryName(settings.name, b.os)))];
  const extraFiles = await extraFilesFrom(
    workspace,
    settings.extraFiles,
    reserved,
    'extra-files',
    binaries.map((b) => b.path),
  );
  // HEAD's time, not a directory's: binaries are built from the whole tree, so any commit may change them.
  const mtime = await archiveMtime(workspace, runner.sourceDateEpoch, 'head');

  const packaged = await inGroup(
    log,
    `Archive ${binaries.length} binaries of ${settings.name} ${settings.tag}`,
    async () => {
      const built = await packageBinaries({
        name: settings.name,
        tag: settings.tag,
        binaries,
        extraFiles,
        formats,
        nameTemplate: settings.nameTemplate,
        outputDir,
        mtime,
      });
      log.info(`${built.written ? 'built' : 'already had'} ${built.archives.length} archive(s) in ${outputDir}`);
      return built;
    },
  );

  // The workflow artifact is checked before the release changes: a clash with another job's artifact
  // fails the run with nothing uploaded anywhere.
  const wantsArtifact = settings.upload === 'artifact' || settings.upload === 'both';
  const artifactFiles = wantsArtifact ? await artifactContents(settings, packaged) : undefined;
  let artifactPlan: WorkflowArtifactPlan | undefined;
  if (artifactFiles) {
    const { name, files } = artifactFiles;
    artifactPlan = await inGroup(log, `Compare with the run's workflow artifact ${name}`, () =>
      planWorkflowArtifact({
        name,
        nameInput: settings.artifactName,
        files,
        scratchDir: path.join(runner.runnerTemp, 'release-kit', 'workflow-artifacts'),
        log,
      }),
    );
  }

  const states = new Map<string, { state: string; url: string }>();
  let releaseUrl = '';
  let checksumsState = 'built';
  if (settings.upload === 'release' || settings.upload === 'both') {
    const { release, synced } = await inGroup(
      log,
      `Upload to release ${settings.tag} of ${settings.owner}/${settings.repo}`,
      () => uploadToRelease(settings, packaged, runner, log),
    );
    releaseUrl = release.html_url;
    for (const s of synced) states.set(s.name, { state: s.state, url: s.url });
    checksumsState = states.get(packaged.checksumsName)?.state ?? 'unchanged';
  }
  let artifact: { name: string; state: string } | undefined;
  if (artifactPlan && artifactFiles) {
    const plan = artifactPlan;
    await inGroup(log, `Upload the workflow artifact ${plan.name}`, () =>
      applyWorkflowArtifact(plan, artifactFiles.files, {
        rootDirectory: path.dirname(packaged.checksumsFile),
        retentionDays: settings.retentionDays,
        nameInput: settings.artifactName,
        log,
      }),
    );
    artifact = { name: plan.name, state: artifactState(plan) };
  }

  const assets: AssetReport[] = packaged.archives.map((a) => ({
    name: a.name,
    os: a.os,
    arch: a.arch,
    path: a.path,
    size: a.size,
    sha256: a.sha256,
    url: states.get(a.name)?.url ?? '',
    // The release's state when there is one (upload: both), else the workflow artifact's.
    state: states.get(a.name)?.state ?? artifactPlan?.fileStates.get(a.name) ?? 'built',
  }));
  const all = [...assets.map((a) => a.state), checksumsState, artifact?.state];
  const state =
    settings.upload === 'none'
      ? packaged.written
        ? 'built'
        : 'unchanged'
      : assets.some((a) => a.state === 'replaced') || artifact?.state === 'replaced'
        ? 'replaced'
        : all.some((s) => s === 'uploaded' || s === 'replaced')
          ? 'uploaded'
          : 'unchanged';
  return {
    outputs: {
      assets,
      'checksums-file': packaged.checksumsFile,
      'subject-checksums': packaged.subjectChecksumsFile,
      'release-url': releaseUrl,
      state,
    },
    summary: renderSummary(settings, assets, packaged.checksumsName, state, releaseUrl, artifact),
  };
}
