// release-notes-from-changelog: prepare CHANGELOG.md, render release notes, draft the release, publish it last.
import semver from 'semver';
import { isCalendarDate, todayUtc } from '../changelog/prepare.js';
import { parseRegistryHost } from '../oci/reference.js';
import { invalidInput } from '../plumbing/errors.js';
import type { Inputs } from '../plumbing/inputs.js';
import {
  applyChartNamespaces,
  ATTESTED_KINDS,
  checkClaims,
  checkIdentityRegexp,
  parseCharts,
  parseCliAssets,
  parseImages,
  parseKinds,
  parseSignerWorkflows,
  SIGNED_KINDS,
  workflowRef,
} from '../releases/notes-inputs.js';

// Static: supersede.ts holds text and checks, and its GitHub calls go through the client it is given.
import { checkSupersession } from '../releases/supersede.js';
import { splitRepository, tagFromRef } from '../runtime/context.js';
import type { Operation, OperationContext } from '../runtime/operation.js';
import { isValidTagName, versionOfInput, versionOfTag } from '../versions/semver.js';
import { supersedingPatch } from '../versions/semver.js';
import { DEFAULT_REGISTRY } from './verify-release.js';
import { type ReleaseNotesSettings, MODES } from './release-notes-from-changelog.settings.js';
export type { ReleaseNotesSettings } from './release-notes-from-changelog.settings.js';

/** Every input, parsed and checked before anything else happens. */
function parseSettings(inputs: Inputs, context: OperationContext): ReleaseNotesSettings {
  const token = inputs.secret('token');
  const mode = inputs.choice('mode', MODES);
  const changelogPath = inputs.string('changelog');
  if (/[\0\r\n]/.test(changelogPath))
    throw invalidInput('changelog', changelogPath, 'a path to the changelog inside the workspace');

  const refTag = tagFromRef(context.runner.ref);
  // A pushed tag's version, also when the tag carries a prefix (`v1.2.3`, `chart-v1.2.3`).
  const refVersion = refTag ? versionOfTag(refTag) : undefined;
  const supersedes = inputs.optional('supersedes');
  if (mode === 'supersede' && !supersedes)
    throw invalidInput('supersedes', '', "the tag of the release being superseded, such as v1.2.3 (mode 'supersede')");
  // Superseding from a laptop: with no version and no pushed tag, the new release is the old one's superseding patch.
  let versionInput = inputs.optional('version');
  // The superseding patch keeps the old tag's series (`krt-v0.9.1` → `krt-v0.9.2`; `0.3.0` → `v0.3.1`).
  let patchTag: string | undefined;
  if (!versionInput && !refTag && mode === 'supersede') {
    patchTag = supersedingPatch(supersedes!);
    versionInput = patchTag && versionOfTag(patchTag);
    if (!patchTag || !versionInput)
      throw invalidInput(
        'supersedes',
        supersedes,
        'the tag of the release being superseded, such as v1.2.3 (or its version 1.2.3)',
      );
    if (patchTag === versionInput) patchTag = `v${versionInput}`;
  }
  if (!versionInput && !refTag) {
    throw invalidInput('version', '', 'a version such as 1.2.3, or a run on a tag push (GITHUB_REF=refs/tags/v1.2.3)');
  }
  const version = versionInput ? versionOfInput(versionInput) : refVersion;
  if (!version) {
    throw invalidInput(
      versionInput ? 'version' : 'GITHUB_REF',
      versionInput ?? refTag,
      'a SemVer version such as 1.2.3 or 1.2.3-rc.1 (a v prefix is fine)',
    );
  }
  const tagInput = inputs.optional('tag');
  if (tagInput !== undefined && !isValidTagName(tagInput))
    throw invalidInput('tag', tagInput, 'a git tag name such as v1.2.3');
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
    if (!/^[A-Za-z][A-Za-z0-9 &/-]{0,40}$/.test(type))
      throw invalidInput('extra-change-types', type, 'change type names such as Performance, one per line');
  }
  const identity = inputs.optional('certificate-identity-regexp');
  const charts = applyChartNamespaces(parseCharts(inputs.string('charts')), inputs.string('chart-namespaces'));
  const signatures = parseKinds(inputs.string('signatures'), SIGNED_KINDS, 'signatures');
  checkClaims(signatures, charts);
  const signerInput = inputs.optional('signer-workflows');
  const registryPassword = inputs.secret('registry-password');
  const registryUsername = inputs.optional('registry-username');
  if (registryPassword && !registryUsername)
    throw invalidInput(
      'registry-username',
      '',
      'the registry user name that goes with registry-password (ghcr.io: github.actor)',
    );
  const installDocsUrl = inputs.optional('install-docs-url');
  if (installDocsUrl !== undefined && !/^https?:\/\/\S+$/.test(installDocsUrl))
    throw invalidInput('install-docs-url', installDocsUrl, 'an http(s) URL');
  // Checked in every mode, with the other inputs: a wrong date is wrong before `prepare` is reached.
  const date = inputs.optional('date');
  if (date !== undefined && !isCalendarDate(date)) throw invalidInput('date', date, 'a date as YYYY-MM-DD');
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
    date: date ?? todayUtc(),
    dateDefaulted: date === undefined,
    allowEmpty: inputs.boolean('allow-empty'),
    extraTypes,
    token,
    owner: repository?.owner,
    repo: repository?.repo,
    summary: inputs.optional('summary'),
    upgradeNotes: inputs.optional('upgrade-notes'),
    knownLimitations: inputs.optional('known-limitations'),
    images: parseImages(inputs.string('images')),
    charts,
    cliAssets: parseCliAssets(inputs.string('cli-assets')),
    claims: {
      signatures,
      attestations: parseKinds(inputs.string('attestations'), ATTESTED_KINDS, 'attestations'),
      // Default: this repository's own workflows at the release tag.
      signer: signerInput
        ? parseSignerWorkflows(signerInput)
        : { repository: `${repository?.owner}/${repository?.repo}`, ref: workflowRef(tag) },
      ...(identity === undefined ? {} : { imageIdentityRegexp: checkIdentityRegexp(identity) }),
    },
    experimentalNotice: inputs.optional('experimental-notice'),
    templatePath: optionalPath('template'),
    bodyFile: optionalPath('body-file'),
    requireAssets: inputs.lines('require-assets', { commas: true }),
    chartReleaseNotes: optionalPath('chart-release-notes'),
    chart: optionalPath('chart'),
    name: inputs.optional('name'),
    // Where GitHub creates the tag if it does not exist yet: this run's commit, not the default branch.
    targetCommitish:
      inputs.optional('target-commitish') ??
      (/^[0-9a-f]{40}$/.test(context.runner.sha) && !/^0+$/.test(context.runner.sha) ? context.runner.sha : undefined),
    installDocsUrl,
    registryHost: parseRegistryHost(inputs.optional('registry') ?? DEFAULT_REGISTRY, 'registry'),
    registryUsername,
    registryPassword,
    plainHttp: inputs.boolean('plain-http'),
    trustedRootPath: optionalPath('trusted-root'),
    supersession:
      supersedes === undefined
        ? undefined
        : checkSupersession(supersedes, inputs.optional('supersede-reason'), tag, version),
  };
}

export const operation: Operation = {
  name: 'release-notes-from-changelog',
  description:
    'Prepare CHANGELOG.md, render release notes in the seed outline, create the draft release and publish it once everything its notes name verifies.',
  inputs: [
    {
      name: 'mode',
      description:
        '`prepare` the changelog, render the `notes`, create or update the draft `release`, `publish` it, or `supersede` an earlier release with this one.',
      default: 'notes',
    },
    { name: 'changelog', description: 'Path to the changelog.', default: 'CHANGELOG.md' },
    {
      name: 'version',
      description: 'The version (X.Y.Z, a v prefix is fine); default: from the tag in GITHUB_REF.',
      default: '',
    },
    { name: 'tag', description: 'The release tag; default: the tag in GITHUB_REF, else v<version>.', default: '' },
    {
      name: 'token',
      description: 'GitHub token for `release` and `publish` (contents: write).',
      default: '${{ github.token }}',
    },
    { name: 'repository', description: 'OWNER/REPO of the release; default: the current repository.', default: '' },
    { name: 'date', description: '`prepare`: the release date, YYYY-MM-DD; default: today in UTC.', default: '' },
    {
      name: 'allow-empty',
      description: '`prepare`: allow a release whose Unreleased section is empty.',
      default: 'false',
    },
    {
      name: 'extra-change-types',
      description:
        'Extra `###` change types accepted besides Added, Changed, Deprecated, Removed, Fixed, Security (one per line).',
      default: '',
    },
    {
      name: 'summary',
      description: 'Text for the Summary section; default: the text above the first `###` of the section.',
      default: '',
    },
    { name: 'upgrade-notes', description: 'Text for the Upgrade Notes section.', default: '' },
    { name: 'known-limitations', description: 'Text for the Known Limitations section.', default: '' },
    {
      name: 'images',
      description:
        'Images with digests: JSON (e.g. the images workflow output) or one `registry/repo:tag@sha256:…` per line.',
      default: '',
    },
    {
      name: 'charts',
      description: 'Charts: one `oci://registry/path/name:version[@sha256:…]` per line, or JSON.',
      default: '',
    },
    {
      name: 'chart-namespaces',
      description:
        'The namespace each chart installs into, for the helm command: `CHART=NAMESPACE` per line, or one namespace for every chart.',
      default: '',
    },
    { name: 'cli-assets', description: 'CLI archive names and the checksums file, one per line or JSON.', default: '' },
    {
      name: 'experimental-notice',
      description: 'The 0.x experimental sentence; default names the v1alpha1 APIs.',
      default: '',
    },
    {
      name: 'template',
      description: 'A Markdown template with `{{placeholders}}` replacing the built-in outline.',
      default: '',
    },
    { name: 'body-file', description: 'Where to write the release body; default: a file in RUNNER_TEMP.', default: '' },
    {
      name: 'require-assets',
      description:
        '`publish`: asset names or globs that must be uploaded before publishing (one per line); a quick first check before the full verification.',
      default: '',
    },
    {
      name: 'chart-release-notes',
      description:
        '`prepare`: a Markdown file to put into Chart.yaml as the catalog.cattle.io/release-notes annotation.',
      default: '',
    },
    {
      name: 'chart',
      description:
        'The chart directory or Chart.yaml for `chart-release-notes`; default: the Chart.yaml next to that file.',
      default: '',
    },
    { name: 'name', description: 'The release title; default: the tag.', default: '' },
    {
      name: 'target-commitish',
      description: 'Commit or branch the tag is created from when it does not exist yet; default: GITHUB_SHA.',
      default: '',
    },
    {
      name: 'install-docs-url',
      description: 'Link to the installation docs; default: the repository README.',
      default: '',
    },
    {
      name: 'signatures',
      description:
        'What carries a keyless cosign signature, so the notes print its `cosign verify`: `images`, `charts` (comma-separated); default none.',
      default: '',
    },
    {
      name: 'attestations',
      description:
        'What has a GitHub build-provenance attestation, so the notes print its `gh attestation verify`: `images`, `archives`, `checksums`; default none.',
      default: '',
    },
    {
      name: 'signer-workflows',
      description:
        "OWNER/REPO@REF of the workflows that sign and attest (release-images.yml, release-charts.yml, release-cli.yml), as in `uses:`, e.g. the release-kit pack's `OWNER/release-kit@v1`; default: this repository at the tag.",
      default: '',
    },
    {
      name: 'certificate-identity-regexp',
      description:
        'An anchored pattern for the image signer identity in the cosign command, instead of the exact release-images.yml identity of signer-workflows.',
      default: '',
    },
    {
      name: 'registry',
      description:
        '`publish`: the registry host registry-username and registry-password are for; other registries the notes name are read anonymously.',
      default: DEFAULT_REGISTRY,
    },
    {
      name: 'registry-username',
      description:
        '`publish`: registry user for checking the images and charts the notes name on `registry` (ghcr.io: github.actor).',
      default: '',
    },
    {
      name: 'registry-password',
      description: '`publish`: registry password or token (ghcr.io: GITHUB_TOKEN with packages: read); masked.',
      default: '',
    },
    {
      name: 'plain-http',
      description: '`publish`: talk http:// to the registries (loopback test registries only).',
      default: 'false',
    },
    {
      name: 'trusted-root',
      description:
        '`publish`: a Sigstore trusted_root.json (path in the workspace) for checking signatures and attestations; default: the public-good root via TUF.',
      default: '',
    },
    {
      name: 'supersedes',
      description:
        'The tag (or version) of an earlier, bad release that this one replaces: the notes open with a line naming it; mode `supersede` also marks it. Default version in mode `supersede`: its next patch.',
      default: '',
    },
    {
      name: 'supersede-reason',
      description: 'With `supersedes`: one line saying why the earlier release must not be used.',
      default: '',
    },
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
      context.log.info(
        `chart-release-notes is applied by mode prepare (the Chart.yaml edit is committed with the changelog); ignored in mode ${settings.mode}`,
      );
    }
    // The one lazy boundary: changelog rendering and the GitHub client load only once the inputs are valid.
    const { runMode } = await import('./release-notes-from-changelog.steps.js');
    return runMode(settings, context);
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

export const CLI_USAGE =
  'release-kit changelog <prepare|notes|release|publish|supersede> [VERSION] [--input value …]; supersede: release-kit changelog supersede [VERSION] --supersedes vX.Y.Z --supersede-reason "why"';
