// release-notes-from-changelog after its inputs are valid: each mode's work (the changelog, the
// notes, the GitHub release). Loaded lazily by operations/release-notes-from-changelog.ts.
import path from 'node:path';
import type { Changelog } from '../changelog/parse.js';
import { parseChangelog } from '../changelog/parse.js';
import { extractSection, prepareChangelog } from '../changelog/prepare.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { UserError } from '../plumbing/errors.js';
import { readFileInside, readRegularFile, resolveInside, writeFileAtomic, writeFileInPlace } from '../plumbing/fs.js';
import { inGroup } from '../plumbing/log.js';
import { planChartReleaseNotes } from '../releases/chart-release-notes.js';
import { capBody, fillTemplate, placeholderValues, renderNotes } from '../releases/notes.js';
import * as releases from '../releases/release.js';
import type { Release } from '../releases/release.js';
import { checkRequiredAssets, describeAssetProblems } from '../releases/required-assets.js';
import { keepSupersedesLine, supersededRelease, supersedeRelease, withSupersedesLine } from '../releases/supersede.js';
import type { OperationContext, OperationResult } from '../runtime/operation.js';
import type { ReleaseNotesSettings as Settings } from './release-notes-from-changelog.settings.js';
import { readTrustedRootFile } from '../signing/trusted-root-file.js';

function commonOutputs(settings: Settings): Record<string, string> {
  return { version: settings.version, tag: settings.tag, prerelease: String(settings.prerelease) };
}

/** prepare: the changelog (and, when asked, the chart's release-notes annotation), written only when all checks pass. */
async function prepare(settings: Settings, context: OperationContext): Promise<OperationResult> {
  const workspace = context.runner.workspace;
  const absolute = await resolveInside(workspace, settings.changelogPath, 'changelog');
  if ((await readRegularFile(absolute, settings.changelogPath, 'changelog')) === null) {
    // Buntime keeps its notes in charts/release-notes.md and has no CHANGELOG.md: say both ways on.
    throw new UserError(
      `there is no ${settings.changelogPath} to prepare: create it with a "## [Unreleased]" section holding the release's entries (Keep a Changelog, see docs/changelog-conventions.md), pass --changelog PATH (input changelog) if it lives elsewhere, or, to put a Markdown file of release notes into a chart without a changelog, run release-kit chart-release-notes --notes charts/release-notes.md`,
      {
        input: 'changelog',
        value: settings.changelogPath,
        valid: 'an existing changelog file inside the workspace',
      },
    );
  }
  // Read for an edit: the bytes the prepare does not change are written back as they were.
  const changelogFile = await readFileInside(workspace, settings.changelogPath, 'changelog', 'changelog file', {
    forEdit: true,
  });
  const result = prepareChangelog(changelogFile.text, {
    version: settings.version,
    date: settings.date,
    dateDefaulted: settings.dateDefaulted,
    allowEmpty: settings.allowEmpty,
    file: settings.changelogPath,
    extraTypes: settings.extraTypes,
  });
  // The chart edit is planned (and checked) before anything is written, like the changelog.
  const chartEdit = settings.chartReleaseNotes
    ? await planChartReleaseNotes(workspace, settings.chartReleaseNotes, settings.chart, {
        notes: 'chart-release-notes',
        chart: 'chart',
      })
    : undefined;
  // Every check has passed: now write.
  if (result.state === 'prepared') await writeFileInPlace(workspace, settings.changelogPath, result.text, 'changelog');
  const chartChanged = chartEdit !== undefined && chartEdit.state !== 'unchanged';
  if (chartChanged) await writeFileInPlace(workspace, chartEdit.file, chartEdit.text, 'chart');
  const changed = result.state === 'prepared' || chartChanged;
  const lines = [
    `### Changelog prepared for ${settings.tag}`,
    '',
    result.state === 'prepared'
      ? `- ${settings.changelogPath}: added \`${result.heading}\`${result.linksUpdated ? ' and updated the compare links' : ''}`
      : `- ${settings.changelogPath}: already prepared (\`${result.heading}\`)`,
  ];
  if (chartEdit) lines.push(`- ${chartEdit.file}: release-notes annotation ${chartEdit.state}`);
  context.log.info(lines.slice(2).join('\n'));
  return {
    outputs: { ...commonOutputs(settings), state: changed ? 'prepared' : 'unchanged' },
    summary: `${lines.join('\n')}\n`,
  };
}

interface RenderedNotes {
  body: string;
  bodyFile: string;
  truncated: boolean;
}

/** notes: the changelog section in the seed outline, capped, written to the body file. */
async function notes(settings: Settings, context: OperationContext): Promise<RenderedNotes> {
  const { runner } = context;
  const workspace = runner.workspace;
  const changelogFile = await readFileInside(workspace, settings.changelogPath, 'changelog', 'changelog file');
  const changelog: Changelog = parseChangelog(changelogFile.text, {
    file: settings.changelogPath,
    extraTypes: settings.extraTypes,
  });
  const section = extractSection(changelog, settings.version, settings.changelogPath);
  const template = settings.templatePath
    ? await readFileInside(workspace, settings.templatePath, 'template', 'template file')
    : undefined;
  const owner = settings.owner!;
  const repo = settings.repo!;
  const changelogUrl = `${runner.serverUrl}/${owner}/${repo}/blob/${settings.tag}/${settings.changelogPath.split(path.sep).join('/')}`;
  const ctx = {
    owner,
    repo,
    serverUrl: runner.serverUrl,
    tag: settings.tag,
    version: settings.version,
    changelog,
    section,
    changelogUrl,
    installDocsUrl: settings.installDocsUrl ?? `${runner.serverUrl}/${owner}/${repo}#readme`,
    summary: settings.summary,
    upgradeNotes: settings.upgradeNotes,
    knownLimitations: settings.knownLimitations,
    images: settings.images,
    charts: settings.charts,
    cliAssets: settings.cliAssets,
    claims: settings.claims,
    experimentalNotice: settings.experimentalNotice,
  };
  const filled = template
    ? fillTemplate(template.text, placeholderValues(ctx), settings.templatePath!)
    : renderNotes(ctx);
  const rendered = settings.supersession ? withSupersedesLine(filled, settings.supersession) : filled;
  // The cap comes before any API call: GitHub would refuse the whole release otherwise.
  const capped = capBody(rendered, changelogUrl);
  if (capped.truncated)
    context.log.warning(
      `the release notes exceed 125,000 characters; cut to ${capped.body.length} with a link to the full changelog`,
    );
  if (section.yanked)
    context.log.warning(
      `${settings.changelogPath}:${section.line}: version ${section.versionText} is marked [YANKED]`,
      { file: settings.changelogPath, line: section.line },
    );
  const bodyFile = settings.bodyFile
    ? await resolveInside(workspace, settings.bodyFile, 'body-file')
    : path.join(runner.runnerTemp, `release-notes-${settings.tag.replace(/[^A-Za-z0-9._-]/g, '_')}.md`);
  await writeFileAtomic(bodyFile, capped.body);
  return { body: capped.body, bodyFile, truncated: capped.truncated };
}

function githubClient(settings: Settings, context: OperationContext): GitHubClient {
  return createGitHubClient({
    token: settings.token,
    baseUrl: context.runner.apiUrl,
    retryBaseMs: context.runner.retryBaseMs,
    log: context.log,
  });
}

function releaseOutputs(release: Release): Record<string, string> {
  return { 'release-id': String(release.id), 'release-url': release.html_url, 'upload-url': release.upload_url };
}

/**
 * The one release for the tag, created as a draft or brought up to date with the rendered notes.
 * An existing release keeps the "Supersedes" line its notes open with (see keepSupersedesLine);
 * `body` is what the release holds afterwards.
 */
async function ensureRelease(
  settings: Settings,
  client: GitHubClient,
  rendered: string,
): Promise<{ release: Release; state: 'created' | 'updated' | 'unchanged'; body: string }> {
  const ref = { owner: settings.owner!, repo: settings.repo!, tag: settings.tag };
  let ensured;
  try {
    ensured = await releases.ensureDraftRelease(client, {
      ...ref,
      name: settings.name ?? settings.tag,
      body: rendered,
      prerelease: settings.prerelease,
      targetCommitish: settings.targetCommitish,
    });
  } catch (error) {
    if (releases.isImmutableReleaseError(error)) throw releases.immutableReleaseError(settings.tag, error);
    throw error;
  }
  const current = ensured.release;
  if (ensured.state === 'created') return { release: current, state: 'created', body: rendered };
  const body = settings.supersession ? rendered : keepSupersedesLine(current.body, rendered);
  const wantName = settings.name !== undefined && current.name !== settings.name;
  const wantBody = (current.body ?? '') !== body;
  const wantPrerelease = current.prerelease !== settings.prerelease;
  if (!wantName && !wantBody && !wantPrerelease) return { release: current, state: 'unchanged', body };
  try {
    const updated = await releases.updateRelease(client, {
      ...ref,
      releaseId: current.id,
      ...(wantName ? { name: settings.name } : {}),
      ...(wantBody ? { body } : {}),
      ...(wantPrerelease ? { prerelease: settings.prerelease } : {}),
    });
    return { release: updated, state: 'updated', body };
  } catch (error) {
    if (releases.isImmutableReleaseError(error)) throw releases.immutableReleaseError(settings.tag, error);
    throw error;
  }
}

/** With `supersedes`: the superseded release must be published in this repository, checked before any write. */
async function checkSuperseded(
  settings: Settings,
  client: GitHubClient,
): Promise<{ old: Release; all: Release[] } | undefined> {
  if (!settings.supersession) return undefined;
  const all = (await client.paginate(client.rest.repos.listReleases, {
    owner: settings.owner!,
    repo: settings.repo!,
    per_page: 100,
  })) as Release[];
  return {
    old: supersededRelease({
      owner: settings.owner!,
      repo: settings.repo!,
      supersession: settings.supersession,
      releases: all,
    }),
    all,
  };
}

/** release: notes, then the one draft for the tag (created, updated or unchanged). */
async function release(settings: Settings, context: OperationContext): Promise<OperationResult> {
  const rendered = await notes(settings, context);
  const client = githubClient(settings, context);
  await checkSuperseded(settings, client);
  const { release: current, state, body } = await ensureRelease(settings, client, rendered.body);
  if (body !== rendered.body) await writeFileAtomic(rendered.bodyFile, body);
  const kind = current.draft ? 'draft' : 'published release';
  context.log.info(`release ${settings.tag}: ${state} (${kind} ${current.id})`);
  return {
    outputs: {
      ...commonOutputs(settings),
      body,
      'body-file': rendered.bodyFile,
      ...releaseOutputs(current),
      state,
    },
    summary: `### Release ${settings.tag}: ${state}\n\n${kind} [${current.id}](${current.html_url})\n\n${body}`,
  };
}

/**
 * supersede: `release` for the new version (its notes open with the release they supersede), then a
 * banner on the superseded release's notes and "latest" taken from it. Every check, including that
 * the superseded release exists, runs before the first write.
 */
async function supersede(settings: Settings, context: OperationContext): Promise<OperationResult> {
  const supersession = settings.supersession!;
  const rendered = await notes(settings, context);
  const client = githubClient(settings, context);
  const { old, all } = (await checkSuperseded(settings, client))!;
  const ensured = await ensureRelease(settings, client, rendered.body);
  const marked = await supersedeRelease(client, {
    owner: settings.owner!,
    repo: settings.repo!,
    supersession,
    old,
    replacement: ensured.release,
    releases: all,
  });
  const changed = ensured.state !== 'unchanged' || marked.banner !== 'unchanged' || marked.latest.state === 'moved';
  const state = ensured.state === 'created' ? 'created' : changed ? 'updated' : 'unchanged';
  const lines = [
    `- ${settings.tag}: ${ensured.state} (${ensured.release.draft ? 'draft' : 'published'} ${ensured.release.id}), notes open with "Supersedes ${supersession.oldTag}"`,
    `- ${supersession.oldTag}: superseded banner ${marked.banner}`,
    marked.latest.state === 'moved'
      ? `- latest: moved from ${supersession.oldTag} to ${marked.latest.to.tag_name}`
      : marked.latest.state === 'kept'
        ? `- latest: ${marked.latest.why}`
        : `- latest: ${supersession.oldTag} is not the latest release`,
  ];
  context.log.info(lines.join('\n'));
  if (marked.latest.state === 'kept') context.log.warning(marked.latest.why);
  return {
    outputs: {
      ...commonOutputs(settings),
      body: rendered.body,
      'body-file': rendered.bodyFile,
      ...releaseOutputs(ensured.release),
      'superseded-release-id': String(marked.old.id),
      state,
    },
    summary: `### ${settings.tag} supersedes ${supersession.oldTag}: ${state}\n\n${lines.join('\n')}\n`,
  };
}

/** publish: `draft: false` once every required asset is there and complete; the last step. */
async function publish(settings: Settings, context: OperationContext): Promise<OperationResult> {
  const client = githubClient(settings, context);
  const ref = { owner: settings.owner!, repo: settings.repo!, tag: settings.tag };
  const found = await releases.findReleaseForTag(client, ref);
  if (!found) {
    throw new UserError(
      `there is no release (draft or published) for tag ${settings.tag} in ${ref.owner}/${ref.repo}; run mode 'release' first`,
      {
        input: 'version',
        value: settings.tag,
      },
    );
  }
  const assets = (await client.paginate(client.rest.repos.listReleaseAssets, {
    owner: ref.owner,
    repo: ref.repo,
    release_id: found.id,
    per_page: 100,
  })) as {
    name: string;
    state: string;
  }[];
  const problems = describeAssetProblems(checkRequiredAssets(assets, settings.requireAssets));
  // A rerun of a publish that succeeded: nothing to do, even if an asset was deleted since. An
  // immutable release cannot lose assets, so one missing there was never uploaded: still an error.
  if (!found.draft && !found.immutable) {
    if (problems)
      context.log.warning(`release ${settings.tag} is already published but now lacks required assets: ${problems}`);
    context.log.info(`release ${settings.tag}: unchanged (already published)`);
    return {
      outputs: { ...commonOutputs(settings), ...releaseOutputs(found), state: 'unchanged' },
      summary: `### Release ${settings.tag}: unchanged (already published)\n\n[${found.html_url}](${found.html_url}) with ${assets.length} asset(s)\n`,
    };
  }
  if (problems) {
    if (!found.draft && found.immutable)
      throw releases.immutableReleaseError(settings.tag, new Error(`it lacks required assets: ${problems}`));
    throw new UserError(
      `release ${settings.tag} cannot be published: ${problems} (input 'require-assets'); upload them (e.g. with upload-cli-artifacts) and rerun publish`,
      {
        input: 'require-assets',
        value: settings.requireAssets.join(', '),
        valid: 'assets present on the release in state uploaded',
      },
    );
  }
  // The trust gate: the draft is verified as users will get it (verify-release), and nothing is
  // published when anything its notes name does not verify.
  const gate = await verifyDraft(settings, client, found, context);
  const result = await releases.publishRelease(client, {
    ...ref,
    release: found,
    version: settings.version,
    prerelease: settings.prerelease,
  });
  const latestText = result.state === 'published' ? (result.latest ? ', marked latest' : ', not marked latest') : '';
  context.log.info(`release ${settings.tag}: ${result.state}${latestText}`);
  return {
    outputs: { ...commonOutputs(settings), ...releaseOutputs(result.release), state: result.state },
    summary: `### Release ${settings.tag}: ${result.state}${latestText}\n\n[${result.release.html_url}](${result.release.html_url}) with ${assets.length} asset(s)\n\n${gate}`,
  };
}

/**
 * Verify the draft before it is published; throws, naming the problems, when it does not verify.
 * Returns the verification's summary table for the step summary.
 */
async function verifyDraft(
  settings: Settings,
  client: GitHubClient,
  draft: Release,
  context: OperationContext,
): Promise<string> {
  let trustedRootJson: string | undefined;
  if (settings.trustedRootPath !== undefined) {
    trustedRootJson = await readTrustedRootFile(context.runner.workspace, settings.trustedRootPath, 'trusted-root');
  }
  const { runReleaseVerification, renderVerificationSummary } = await import('./verify-release.steps.js');
  const verification = await runReleaseVerification(
    {
      owner: settings.owner!,
      repo: settings.repo!,
      credentialsRegistry: settings.registryHost,
      username: settings.registryUsername,
      password: settings.registryPassword,
      plainHttp: settings.plainHttp,
      ...(trustedRootJson !== undefined ? { trustedRootJson, trustedRootSource: settings.trustedRootPath } : {}),
    },
    client,
    draft,
    context,
  );
  const summary = renderVerificationSummary(`Verification of the draft ${settings.tag}`, verification);
  if (verification.failures.length)
    throw new UserError(
      `release ${settings.tag} was not published: its draft does not verify (${verification.failures.length} problem(s), each above); fix them (a new draft, the missing upload, the right digest) and rerun publish`,
      { input: 'version', value: settings.tag, summary },
    );
  return summary;
}

/** The mode's work. */
/** What each mode's log group is called. */
const GROUP_TITLES = {
  prepare: 'Prepare the changelog for',
  notes: 'Render the release notes of',
  release: 'Draft or update the release',
  publish: 'Publish the release',
  supersede: 'Supersede an earlier release with',
} as const;

/** The mode's work, its log lines in one group. */
export function runMode(settings: Settings, context: OperationContext): Promise<OperationResult> {
  return inGroup(context.log, `${GROUP_TITLES[settings.mode]} ${settings.tag}`, () => modeStep(settings, context));
}

async function modeStep(settings: Settings, context: OperationContext): Promise<OperationResult> {
  switch (settings.mode) {
    case 'prepare':
      return prepare(settings, context);
    case 'notes': {
      const rendered = await notes(settings, context);
      return {
        outputs: {
          ...commonOutputs(settings),
          body: rendered.body,
          'body-file': rendered.bodyFile,
          state: 'unchanged',
        },
        summary: `### Release notes for ${settings.tag}\n\n${rendered.body}`,
      };
    }
    case 'release':
      return release(settings, context);
    case 'publish':
      return publish(settings, context);
    case 'supersede':
      return supersede(settings, context);
  }
}
