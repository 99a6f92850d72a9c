// release-notes-from-changelog: prepare CHANGELOG.md, render release notes, draft the release, publish it last.
import path from 'node:path';
import semver from 'semver';
import type { Changelog } from '../changelog/parse.js';
import { parseChangelog } from '../changelog/parse.js';
import { extractSection, prepareChangelog, todayUtc } from '../changelog/prepare.js';
import { invalidInput, UserError } from '../plumbing/errors.js';
import { readFileInside, resolveInside, writeFileAtomic } from '../plumbing/fs.js';
import type { Inputs } from '../plumbing/inputs.js';
import type { ChartReference, CliAssets, ImageReference } from '../releases/notes.js';
import { capBody, checkIdentityRegexp, fillTemplate, parseCharts, parseCliAssets, parseImages, placeholderValues, renderNotes } from '../releases/notes.js';
import type { Release } from '../releases/release.js';
import type { Supersession } from '../releases/supersede.js';
// Static: supersede.ts holds text and checks, and its GitHub calls go through the client it is given.
import { checkSupersession, supersededRelease, supersedeRelease, withSupersedesLine } from '../releases/supersede.js';
import { splitRepository, tagFromRef } from '../runtime/context.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';
import { versionOfInput, versionOfTag } from '../versions/semver.js';
import { supersedingPatch } from '../releases/release.js';

const MODES = ['prepare', 'notes', 'release', 'publish', 'supersede'] as const;
type Mode = (typeof MODES)[number];

interface Settings {
  mode: Mode;
  changelogPath: string;
  version: string;
  tag: string;
  prerelease: boolean;
  date: string;
  /** No `date` input: today (UTC) was used. */
  dateDefaulted: boolean;
  allowEmpty: boolean;
  extraTypes: string[];
  token?: string;
  owner?: string;
  repo?: string;
  summary?: string;
  upgradeNotes?: string;
  knownLimitations?: string;
  images: ImageReference[];
  charts: ChartReference[];
  cliAssets: CliAssets;
  experimentalNotice?: string;
  templatePath?: string;
  bodyFile?: string;
  requireAssets: string[];
  chartReleaseNotes?: string;
  chart?: string;
  name?: string;
  targetCommitish?: string;
  installDocsUrl?: string;
  identityRegexp?: string;
  /** `supersedes`: the bad release this one replaces, and why. */
  supersession?: Supersession;
}

/** Every input, parsed and checked before anything else happens. */
function parseSettings(inputs: Inputs, context: OperationContext): Settings {
  const token = inputs.secret('token');
  const mode = inputs.choice('mode', MODES);
  const changelogPath = inputs.string('changelog');
  if (/[\0\r\n]/.test(changelogPath)) throw invalidInput('changelog', changelogPath, 'a path to the changelog inside the workspace');

  const refTag = tagFromRef(context.runner.ref);
  // A pushed tag's version, also when the tag carries a prefix (`v1.2.3`, `chart-v1.2.3`).
  const refVersion = refTag ? versionOfTag(refTag) : undefined;
  const supersedes = inputs.optional('supersedes');
  if (mode === 'supersede' && !supersedes) throw invalidInput('supersedes', '', "the tag of the release being superseded, such as v1.2.3 (mode 'supersede')");
  // Superseding from a laptop: with no version and no pushed tag, the new release is the old one's superseding patch.
  let versionInput = inputs.optional('version');
  // The superseding patch keeps the old tag's series (`krt-v0.9.1` → `krt-v0.9.2`; `0.3.0` → `v0.3.1`).
  let patchTag: string | undefined;
  if (!versionInput && !refTag && mode === 'supersede') {
    patchTag = supersedingPatch(supersedes!);
    versionInput = patchTag && versionOfTag(patchTag);
    if (!patchTag || !versionInput) throw invalidInput('supersedes', supersedes, 'the tag of the release being superseded, such as v1.2.3 (or its version 1.2.3)');
    if (patchTag === versionInput) patchTag = `v${versionInput}`;
  }
  if (!versionInput && !refTag) {
    throw invalidInput('version', '', 'a version such as 1.2.3, or a run on a tag push (GITHUB_REF=refs/tags/v1.2.3)');
  }
  const version = versionInput ? versionOfInput(versionInput) : refVersion;
  if (!version) {
    throw invalidInput(versionInput ? 'version' : 'GITHUB_REF', versionInput ?? refTag, 'a SemVer version such as 1.2.3 or 1.2.3-rc.1 (a v prefix is fine)');
  }
  const tagInput = inputs.optional('tag');
  if (tagInput !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._/+-]*$/.test(tagInput)) throw invalidInput('tag', tagInput, 'a git tag name such as v1.2.3');
  // The pushed tag names the release whenever it is this version's tag (even spelled `chart-v1.2.3`).
  const tag = tagInput ?? patchTag ?? (refTag && (!versionInput || refVersion === version) ? refTag : `v${version}`);

  const repositoryText = inputs.optional('repository') ?? context.runner.repository;
  const repository = repositoryText ? splitRepository(repositoryText, 'repository') : undefined;
  if (!repository && mode !== 'prepare') {
    throw invalidInput('repository', '', 'OWNER/REPO (set the input or GITHUB_REPOSITORY)');
  }
  if ((mode === 'release' || mode === 'publish' || mode === 'supersede') && !token) {
    throw invalidInput('token', '', 'a GitHub token with contents: write (the default is github.token)');
  }

  const extraTypes = inputs.lines('extra-change-types', { commas: true });
  for (const type of extraTypes) {
    if (!/^[A-Za-z][A-Za-z0-9 &/-]{0,40}$/.test(type)) throw invalidInput('extra-change-types', type, 'change type names such as Performance, one per line');
  }
  const identity = inputs.optional('certificate-identity-regexp');
  const installDocsUrl = inputs.optional('install-docs-url');
  if (installDocsUrl !== undefined && !/^https?:\/\/\S+$/.test(installDocsUrl)) throw invalidInput('install-docs-url', installDocsUrl, 'an http(s) URL');
  const optionalPath = (name: string) => {
    const value = inputs.optional(name);
    if (value !== undefined && /[\0\r\n]/.test(value)) throw invalidInput(name, value, 'a path inside the workspace');
    return value;
  };
  return {
    mode,
    changelogPath,
    version,
    tag,
    prerelease: semver.prerelease(version) !== null,
    date: inputs.optional('date') ?? todayUtc(),
    dateDefaulted: inputs.optional('date') === undefined,
    allowEmpty: inputs.boolean('allow-empty'),
    extraTypes,
    token,
    owner: repository?.owner,
    repo: repository?.repo,
    summary: inputs.optional('summary'),
    upgradeNotes: inputs.optional('upgrade-notes'),
    knownLimitations: inputs.optional('known-limitations'),
    images: parseImages(inputs.string('images')),
    charts: parseCharts(inputs.string('charts')),
    cliAssets: parseCliAssets(inputs.string('cli-assets')),
    experimentalNotice: inputs.optional('experimental-notice'),
    templatePath: optionalPath('template'),
    bodyFile: optionalPath('body-file'),
    requireAssets: inputs.lines('require-assets', { commas: true }),
    chartReleaseNotes: optionalPath('chart-release-notes'),
    chart: optionalPath('chart'),
    name: inputs.optional('name'),
    // Where GitHub creates the tag if it does not exist yet: this run's commit, not the default branch.
    targetCommitish: inputs.optional('target-commitish') ?? (/^[0-9a-f]{40}$/.test(context.runner.sha) && !/^0+$/.test(context.runner.sha) ? context.runner.sha : undefined),
    installDocsUrl,
    identityRegexp: identity === undefined ? undefined : checkIdentityRegexp(identity),
    supersession: supersedes === undefined ? undefined : checkSupersession(supersedes, inputs.optional('supersede-reason'), tag, version),
  };
}

function commonOutputs(settings: Settings): Record<string, string> {
  return { version: settings.version, tag: settings.tag, prerelease: String(settings.prerelease) };
}

/** prepare: the changelog (and, when asked, the chart's release-notes annotation), written only when all checks pass. */
async function prepare(settings: Settings, context: OperationContext): Promise<OperationResult> {
  const workspace = context.runner.workspace;
  const changelogFile = await readFileInside(workspace, settings.changelogPath, 'changelog', 'changelog file');
  const result = prepareChangelog(changelogFile.text, {
    version: settings.version,
    date: settings.date,
    dateDefaulted: settings.dateDefaulted,
    allowEmpty: settings.allowEmpty,
    file: settings.changelogPath,
    extraTypes: settings.extraTypes,
  });
  // The yaml library is only needed for the chart, so it is loaded here.
  const chartEdit = settings.chartReleaseNotes
    ? await (await import('../releases/chart-release-notes.js')).planChartReleaseNotes(workspace, settings.chartReleaseNotes, settings.chart, { notes: 'chart-release-notes', chart: 'chart' })
    : undefined;
  // Every check has passed: now write.
  if (result.state === 'prepared') await writeFileAtomic(changelogFile.absolute, result.text);
  const chartChanged = chartEdit !== undefined && chartEdit.state !== 'unchanged';
  if (chartChanged) await writeFileAtomic(chartEdit.absolute, chartEdit.text);
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
  return { outputs: { ...commonOutputs(settings), state: changed ? 'prepared' : 'unchanged' }, summary: `${lines.join('\n')}\n` };
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
  const changelog: Changelog = parseChangelog(changelogFile.text, { file: settings.changelogPath, extraTypes: settings.extraTypes });
  const section = extractSection(changelog, settings.version, settings.changelogPath);
  const template = settings.templatePath ? await readFileInside(workspace, settings.templatePath, 'template', 'template file') : undefined;
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
    experimentalNotice: settings.experimentalNotice,
    certificateIdentityRegexp: settings.identityRegexp,
  };
  const filled = template ? fillTemplate(template.text, placeholderValues(ctx), settings.templatePath!) : renderNotes(ctx);
  const rendered = settings.supersession ? withSupersedesLine(filled, settings.supersession) : filled;
  // The cap comes before any API call: GitHub would refuse the whole release otherwise.
  const capped = capBody(rendered, changelogUrl);
  if (capped.truncated) context.log.warning(`the release notes exceed 125,000 characters; cut to ${capped.body.length} with a link to the full changelog`);
  if (section.yanked) context.log.warning(`${settings.changelogPath}:${section.line}: version ${section.versionText} is marked [YANKED]`, { file: settings.changelogPath, line: section.line });
  const bodyFile = settings.bodyFile
    ? await resolveInside(workspace, settings.bodyFile, 'body-file')
    : path.join(runner.runnerTemp, `release-notes-${settings.tag.replace(/[^A-Za-z0-9._-]/g, '_')}.md`);
  await writeFileAtomic(bodyFile, capped.body);
  return { body: capped.body, bodyFile, truncated: capped.truncated };
}

async function githubClient(settings: Settings, context: OperationContext) {
  // Loaded here, not at the top: prepare and notes never pay for octokit.
  const { createGitHubClient } = await import('../github/client.js');
  const releases = await import('../releases/release.js');
  const client = createGitHubClient({ token: settings.token, baseUrl: context.runner.apiUrl, retryBaseMs: context.runner.retryBaseMs, log: context.log });
  return { client, releases };
}

function releaseOutputs(release: Release): Record<string, string> {
  return { 'release-id': String(release.id), 'release-url': release.html_url, 'upload-url': release.upload_url };
}

type Client = Awaited<ReturnType<typeof githubClient>>;

/** The one release for the tag, created as a draft or brought up to date with the rendered notes. */
async function ensureRelease(settings: Settings, { client, releases }: Client, body: string): Promise<{ release: Release; state: 'created' | 'updated' | 'unchanged' }> {
  const ref = { owner: settings.owner!, repo: settings.repo!, tag: settings.tag };
  let ensured;
  try {
    ensured = await releases.ensureDraftRelease(client, {
      ...ref,
      name: settings.name ?? settings.tag,
      body,
      prerelease: settings.prerelease,
      targetCommitish: settings.targetCommitish,
    });
  } catch (error) {
    if (releases.isImmutableReleaseError(error)) throw releases.immutableReleaseError(settings.tag, error);
    throw error;
  }
  const current = ensured.release;
  if (ensured.state === 'created') return { release: current, state: 'created' };
  const wantName = settings.name !== undefined && current.name !== settings.name;
  const wantBody = (current.body ?? '') !== body;
  const wantPrerelease = current.prerelease !== settings.prerelease;
  if (!wantName && !wantBody && !wantPrerelease) return { release: current, state: 'unchanged' };
  try {
    const updated = await releases.updateRelease(client, {
      ...ref,
      releaseId: current.id,
      ...(wantName ? { name: settings.name } : {}),
      ...(wantBody ? { body } : {}),
      ...(wantPrerelease ? { prerelease: settings.prerelease } : {}),
    });
    return { release: updated, state: 'updated' };
  } catch (error) {
    if (releases.isImmutableReleaseError(error)) throw releases.immutableReleaseError(settings.tag, error);
    throw error;
  }
}

/** With `supersedes`: the superseded release must be published in this repository, checked before any write. */
async function checkSuperseded(settings: Settings, { client }: Client): Promise<{ old: Release; all: Release[] } | undefined> {
  if (!settings.supersession) return undefined;
  const all = (await client.paginate(client.rest.repos.listReleases, { owner: settings.owner!, repo: settings.repo!, per_page: 100 })) as Release[];
  return { old: supersededRelease({ owner: settings.owner!, repo: settings.repo!, supersession: settings.supersession, releases: all }), all };
}

/** release: notes, then the one draft for the tag (created, updated or unchanged). */
async function release(settings: Settings, context: OperationContext): Promise<OperationResult> {
  const rendered = await notes(settings, context);
  const github = await githubClient(settings, context);
  await checkSuperseded(settings, github);
  const { release: current, state } = await ensureRelease(settings, github, rendered.body);
  const kind = current.draft ? 'draft' : 'published release';
  context.log.info(`release ${settings.tag}: ${state} (${kind} ${current.id})`);
  return {
    outputs: { ...commonOutputs(settings), body: rendered.body, 'body-file': rendered.bodyFile, ...releaseOutputs(current), state },
    summary: `### Release ${settings.tag}: ${state}\n\n${kind} [${current.id}](${current.html_url})\n\n${rendered.body}`,
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
  const github = await githubClient(settings, context);
  const { old, all } = (await checkSuperseded(settings, github))!;
  const ensured = await ensureRelease(settings, github, rendered.body);
  const marked = await supersedeRelease(github.client, { owner: settings.owner!, repo: settings.repo!, supersession, old, replacement: ensured.release, releases: all });
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
    outputs: { ...commonOutputs(settings), body: rendered.body, 'body-file': rendered.bodyFile, ...releaseOutputs(ensured.release), 'superseded-release-id': String(marked.old.id), state },
    summary: `### ${settings.tag} supersedes ${supersession.oldTag}: ${state}\n\n${lines.join('\n')}\n`,
  };
}

/** publish: `draft: false` once every required asset is there and complete; the last step. */
async function publish(settings: Settings, context: OperationContext): Promise<OperationResult> {
  const { client, releases } = await githubClient(settings, context);
  const ref = { owner: settings.owner!, repo: settings.repo!, tag: settings.tag };
  const found = await releases.findReleaseForTag(client, ref);
  if (!found) {
    throw new UserError(`there is no release (draft or published) for tag ${settings.tag} in ${ref.owner}/${ref.repo}; run mode 'release' first`, {
      input: 'version',
      value: settings.tag,
    });
  }
  const assets = (await client.paginate(client.rest.repos.listReleaseAssets, { owner: ref.owner, repo: ref.repo, release_id: found.id, per_page: 100 })) as {
    name: string;
    state: string;
  }[];
  const { checkRequiredAssets, describeAssetProblems } = await import('../releases/required-assets.js');
  const problems = describeAssetProblems(checkRequiredAssets(assets, settings.requireAssets));
  // A rerun of a publish that succeeded: nothing to do, even if an asset was deleted since. An
  // immutable release cannot lose assets, so one missing there was never uploaded: still an error.
  if (!found.draft && !found.immutable) {
    if (problems) context.log.warning(`release ${settings.tag} is already published but now lacks required assets: ${problems}`);
    context.log.info(`release ${settings.tag}: unchanged (already published)`);
    return {
      outputs: { ...commonOutputs(settings), ...releaseOutputs(found), state: 'unchanged' },
      summary: `### Release ${settings.tag}: unchanged (already published)\n\n[${found.html_url}](${found.html_url}) with ${assets.length} asset(s)\n`,
    };
  }
  if (problems) {
    if (!found.draft && found.immutable) throw releases.immutableReleaseError(settings.tag, new Error(`it lacks required assets: ${problems}`));
    throw new UserError(
      `release ${settings.tag} cannot be published: ${problems} (input 'require-assets'); upload them (e.g. with upload-cli-artifacts) and rerun publish`,
      { input: 'require-assets', value: settings.requireAssets.join(', '), valid: 'assets present on the release in state uploaded' },
    );
  }
  const result = await releases.publishRelease(client, { ...ref, release: found, version: settings.version, prerelease: settings.prerelease });
  const latestText = result.state === 'published' ? (result.latest ? ', marked latest' : ', not marked latest') : '';
  context.log.info(`release ${settings.tag}: ${result.state}${latestText}`);
  return {
    outputs: { ...commonOutputs(settings), ...releaseOutputs(result.release), state: result.state },
    summary: `### Release ${settings.tag}: ${result.state}${latestText}\n\n[${result.release.html_url}](${result.release.html_url}) with ${assets.length} asset(s)\n`,
  };
}

export const operation: Operation = {
  name: 'release-notes-from-changelog',
  description: 'Prepare CHANGELOG.md, render release notes in the seed outline, create the draft release and publish it once every asset is there.',
  inputs: [
    { name: 'mode', description: '`prepare` the changelog, render the `notes`, create or update the draft `release`, `publish` it, or `supersede` an earlier release with this one.', default: 'notes' },
    { name: 'changelog', description: 'Path to the changelog.', default: 'CHANGELOG.md' },
    { name: 'version', description: 'The version (X.Y.Z, a v prefix is fine); default: from the tag in GITHUB_REF.', default: '' },
    { name: 'tag', description: 'The release tag; default: the tag in GITHUB_REF, else v<version>.', default: '' },
    { name: 'token', description: 'GitHub token for `release` and `publish` (contents: write).', default: '${{ github.token }}' },
    { name: 'repository', description: 'OWNER/REPO of the release; default: the current repository.', default: '' },
    { name: 'date', description: '`prepare`: the release date, YYYY-MM-DD; default: today in UTC.', default: '' },
    { name: 'allow-empty', description: '`prepare`: allow a release whose Unreleased section is empty.', default: 'false' },
    { name: 'extra-change-types', description: 'Extra `###` change types accepted besides Added, Changed, Deprecated, Removed, Fixed, Security (one per line).', default: '' },
    { name: 'summary', description: 'Text for the Summary section; default: the text above the first `###` of the section.', default: '' },
    { name: 'upgrade-notes', description: 'Text for the Upgrade Notes section.', default: '' },
    { name: 'known-limitations', description: 'Text for the Known Limitations section.', default: '' },
    { name: 'images', description: 'Images with digests: JSON (e.g. the images workflow output) or one `registry/repo:tag@sha256:…` per line.', default: '' },
    { name: 'charts', description: 'Charts: one `oci://registry/path/name:version` per line, or JSON.', default: '' },
    { name: 'cli-assets', description: 'CLI archive names and the checksums file, one per line or JSON.', default: '' },
    { name: 'experimental-notice', description: 'The 0.x experimental sentence; default names the v1alpha1 APIs.', default: '' },
    { name: 'template', description: 'A Markdown template with `{{placeholders}}` replacing the built-in outline.', default: '' },
    { name: 'body-file', description: 'Where to write the release body; default: a file in RUNNER_TEMP.', default: '' },
    { name: 'require-assets', description: '`publish`: asset names or globs that must be uploaded before publishing (one per line).', default: '' },
    { name: 'chart-release-notes', description: '`prepare`: a Markdown file to put into Chart.yaml as the catalog.cattle.io/release-notes annotation.', default: '' },
    { name: 'chart', description: 'The chart directory or Chart.yaml for `chart-release-notes`; default: the Chart.yaml next to that file.', default: '' },
    { name: 'name', description: 'The release title; default: the tag.', default: '' },
    { name: 'target-commitish', description: 'Commit or branch the tag is created from when it does not exist yet; default: GITHUB_SHA.', default: '' },
    { name: 'install-docs-url', description: 'Link to the installation docs; default: the repository README.', default: '' },
    { name: 'certificate-identity-regexp', description: 'Signer identity for the cosign command (anchored); default: this repository\'s release-images.yml workflow at the tag.', default: '' },
    { name: 'supersedes', description: 'The tag (or version) of an earlier, bad release that this one replaces: the notes open with a line naming it; mode `supersede` also marks it. Default version in mode `supersede`: its next patch.', default: '' },
    { name: 'supersede-reason', description: 'With `supersedes`: one line saying why the earlier release must not be used.', default: '' },
  ],
  outputs: [
    { name: 'version', description: 'The version, without v.' },
    { name: 'tag', description: 'The release tag.' },
    { name: 'prerelease', description: '`true` for a SemVer prerelease.' },
    { name: 'body', description: 'The rendered release body (`notes`, `release`).' },
    { name: 'body-file', description: 'The file holding the body.' },
    { name: 'release-id', description: 'The GitHub release id (`release`, `publish`).' },
    { name: 'release-url', description: 'The release page.' },
    { name: 'upload-url', description: 'The release upload URL template.' },
    { name: 'superseded-release-id', description: 'The GitHub release id of the superseded release (`supersede`).' },
    { name: 'state', description: '`prepared`, `created`, `updated`, `published` or `unchanged`.' },
  ],
  async run(context) {
    const settings = parseSettings(context.inputs, context);
    if (settings.chartReleaseNotes && settings.mode !== 'prepare') {
      context.log.info(`chart-release-notes is applied by mode prepare (the Chart.yaml edit is committed with the changelog); ignored in mode ${settings.mode}`);
    }
    switch (settings.mode) {
      case 'prepare':
        return prepare(settings, context);
      case 'notes': {
        const rendered = await notes(settings, context);
        return {
          outputs: { ...commonOutputs(settings), body: rendered.body, 'body-file': rendered.bodyFile, state: 'unchanged' },
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
  },
};

/**
 * The CLI form `release-kit changelog <mode> [version]`: the mode and version as positionals, the
 * other inputs as flags.
 */
export function cliInputs(flags: Record<string, string>, positionals: string[]): Record<string, string> {
  const [mode, ...version] = positionals;
  // Extra words end up in `version`, whose check then names them.
  return { ...flags, ...(mode ? { mode } : {}), ...(version.length ? { version: version.join(' ') } : {}) };
}

export const CLI_USAGE = 'release-kit changelog <prepare|notes|release|publish|supersede> [VERSION] [--input value …]; supersede: release-kit changelog supersede [VERSION] --supersedes vX.Y.Z --supersede-reason "why"';
