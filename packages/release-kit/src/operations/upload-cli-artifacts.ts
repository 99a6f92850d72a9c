// upload-cli-artifacts: reproducible per-platform archives, a checksums file, idempotent uploads.
import path from 'node:path';
import { UserError, invalidInput } from '../plumbing/errors.js';
import type { Inputs } from '../plumbing/inputs.js';
import { splitRepository, tagFromRef, type RunnerContext } from '../runtime/context.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';
import { isValidTagName, versionOfInput, versionOfTag } from '../versions/semver.js';
import { type UploadSettings, UPLOAD_MODES, CHECKSUMS_MODES } from './upload-cli-artifacts.settings.js';
export type { UploadSettings } from './upload-cli-artifacts.settings.js';

const DEFAULT_TEMPLATE = '{name}_{tag}_{os}_{arch}';

/**
 * The release tag from `tag`, else from `version` (`0.1.0` → `v0.1.0`, or the pushed tag when it is
 * that version's), else the tag of the run: GITHUB_REF's on GitHub; on GitLab CI_COMMIT_TAG, else the
 * short commit sha (a branch pipeline's snapshot archives). Both inputs given must name the same version.
 */
function releaseTag(inputs: Inputs, runner: RunnerContext): string {
  const tagInput = inputs.optional('tag');
  // A tag git could not hold would still name a GitHub release (and its archives): refuse it first.
  if (tagInput !== undefined && !isValidTagName(tagInput))
    throw invalidInput('tag', tagInput, 'a git tag name such as v0.1.0 (no spaces, control characters or ..)');
  const versionInput = inputs.optional('version');
  const refTag = tagFromRef(runner.ref) ?? runner.gitlab.tag;
  if (versionInput === undefined) {
    const tag = tagInput ?? refTag ?? runner.gitlab.shortSha;
    if (!tag)
      throw invalidInput(
        'tag',
        '',
        `a release tag such as v0.1.0, a version such as 0.1.0 (input 'version'), or a run on a tag: GITHUB_REF is ${JSON.stringify(runner.ref)} (GitHub), CI_COMMIT_TAG and CI_COMMIT_SHORT_SHA are both unset (GitLab)`,
      );
    return tag;
  }
  const version = versionOfInput(versionInput);
  if (!version)
    throw invalidInput('version', versionInput, 'a SemVer version such as 0.1.0 or 0.1.0-rc.1 (a v prefix is fine)');
  if (tagInput !== undefined) {
    const tagVersion = versionOfTag(tagInput);
    if (tagVersion !== version) {
      throw new UserError(
        `inputs 'version' (${JSON.stringify(versionInput)}) and 'tag' (${JSON.stringify(tagInput)}) disagree: expected a tag of version ${version} such as v${version}, or only one of the two`,
        { input: 'version', value: versionInput, valid: `a version matching tag ${tagInput}, or version alone` },
      );
    }
    return tagInput;
  }
  return refTag && versionOfTag(refTag) === version ? refTag : `v${version}`;
}

/** Every input, parsed and checked before anything is built or uploaded. */
function parseSettings(inputs: Inputs, runner: RunnerContext): UploadSettings {
  const token = inputs.secret('token');
  const name = inputs.required('name', 'the CLI name, e.g. krt');
  const tag = releaseTag(inputs, runner);
  const files = inputs.lines('files');
  const binaries = inputs.lines('binaries');
  if (files.length && binaries.length)
    throw new UserError("inputs 'files' and 'binaries' are both set: expected one of them", {
      input: 'binaries',
      valid: 'files or binaries',
    });
  if (!files.length && !binaries.length)
    throw invalidInput('files', '', 'paths or globs of the built binaries (or set binaries: os/arch=path lines)');
  const upload = inputs.choice('upload', UPLOAD_MODES);
  if (tag === runner.gitlab.shortSha && tag !== runner.gitlab.tag && upload !== 'none' && !inputs.optional('tag'))
    throw invalidInput(
      'tag',
      '',
      `a release tag such as v0.1.0: this GitLab pipeline has no CI_COMMIT_TAG, and its short sha ${tag} names snapshot archives only with upload: none`,
    );
  const concurrency = inputs.integer('concurrency', { min: 1, max: 32 });
  const retentionDays = inputs.integer('retention-days', { min: 1, max: 90 });
  const repository = inputs.string('repository', runner.repository);
  const needsRelease = upload === 'release' || upload === 'both';
  const { owner, repo } = needsRelease ? splitRepository(repository) : { owner: '', repo: '' };
  if (needsRelease && !token)
    throw invalidInput('token', '', "a token with contents: write (the default is the job's GITHUB_TOKEN)");
  if (upload === 'artifact' || upload === 'both') {
    // @actions/artifact (upload-artifact v4's service) refuses GitHub Enterprise Server outright.
    if (runner.enterpriseServer)
      throw new UserError(
        `input 'upload' is ${JSON.stringify(upload)}, but workflow artifacts through @actions/artifact are not supported on GitHub Enterprise Server (GITHUB_SERVER_URL ${runner.serverUrl}): expected release or none there`,
        { input: 'upload', value: upload, valid: 'release or none on GitHub Enterprise Server' },
      );
    // Without these @actions/artifact cannot upload.
    const missing = runner.artifactServiceUnset;
    if (missing.length) {
      throw new UserError(
        `input 'upload' is ${JSON.stringify(upload)}, but the runner's artifact service is not available (${missing.join(' and ')} unset): workflow artifacts can only be uploaded from a GitHub Actions job; use upload: release or none elsewhere`,
        { input: 'upload', value: upload, valid: 'release or none outside a GitHub Actions job' },
      );
    }
  }
  const artifactName = inputs.optional('artifact-name');
  if (artifactName !== undefined && /[\\/":<>|*?\r\n]/.test(artifactName))
    throw invalidInput('artifact-name', artifactName, 'a name without \\ / " : < > | * ? or newlines');
  const outputDirInput = inputs.optional('output-dir');
  if (outputDirInput !== undefined && /\0/.test(outputDirInput))
    throw invalidInput('output-dir', outputDirInput, 'a directory path');
  // A given folder is held to the workspace (absolute paths and symlinks included), like every other
  // path input; checked in parseOutputDir before anything is built.
  const outputDir = outputDirInput
    ? outputDirInput
    : path.join(runner.runnerTemp, 'release-kit', 'cli-archives', tag.replace(/[^A-Za-z0-9._-]/g, '_'));
  return {
    name,
    tag,
    files,
    binaries,
    extraFiles: inputs.lines('extra-files'),
    formatLines: inputs.lines('format'),
    nameTemplate: inputs.string('name-template'),
    outputDir,
    upload,
    checksums: inputs.choice('checksums', CHECKSUMS_MODES),
    outputDirGiven: outputDirInput !== undefined,
    createRelease: inputs.boolean('create-release'),
    overwrite: inputs.boolean('overwrite'),
    concurrency,
    retentionDays,
    artifactName,
    token,
    owner,
    repo,
  };
}

export const operation: Operation = {
  name: 'upload-cli-artifacts',
  description:
    'Archive CLI binaries per platform reproducibly, write a checksums file, and upload them idempotently to the release and/or as a workflow artifact.',
  inputs: [
    {
      name: 'name',
      description: 'The CLI name: archive names and the binary name inside them (e.g. `krt`).',
      required: true,
    },
    {
      name: 'version',
      description:
        'Release version (e.g. `0.1.0`, tag `v0.1.0`); empty means from `tag` or `GITHUB_REF`. Must agree with `tag` when both are set.',
      default: '',
    },
    {
      name: 'tag',
      description:
        'Release tag; empty means `v<version>`, else the tag of `GITHUB_REF` (on GitLab `CI_COMMIT_TAG`, else the short sha with `upload: none`).',
      default: '',
    },
    {
      name: 'files',
      description: 'Paths or globs of the binaries, named `<stem>-<os>-<arch>[.exe]` (or with `_`), e.g. `dist/krt-*`.',
      default: '',
    },
    {
      name: 'binaries',
      description: 'Instead of `files`: lines `os/arch=path`, e.g. `linux/amd64=bin/krt`.',
      default: '',
    },
    {
      name: 'extra-files',
      description:
        'Files added at the root of every archive (paths or globs), e.g. `LICENSE` and `README.md`; a glob that also matches the binaries (`dist/*`) skips them.',
      default: '',
    },
    {
      name: 'format',
      description:
        'Archive format: `tar.gz` or `zip`, alone (every OS) or as `os=format` lines, e.g. `windows=zip`; windows gets `tar.gz` too unless asked.',
      default: 'tar.gz',
    },
    {
      name: 'name-template',
      description:
        'Archive base name: `{name}`, `{tag}`, `{version}` (tag without `v`), `{os}`, `{arch}`; must hold `{os}` and `{arch}`.',
      default: DEFAULT_TEMPLATE,
    },
    {
      name: 'output-dir',
      description:
        'Where archives and the checksums file are written, inside the workspace (absolute paths and symlinks that leave it are refused; one folder per job when jobs are merged later); empty means a folder under `RUNNER_TEMP`.',
      default: '',
    },
    { name: 'upload', description: '`release`, `artifact` (workflow artifact), `both` or `none`.', default: 'release' },
    {
      name: 'checksums',
      description:
        "The release's checksums file: `release` writes it once this job's archives are up, listing every archive on the release by its digest; `skip` leaves it to a later job (per-platform jobs of one release).",
      default: 'release',
    },
    {
      name: 'create-release',
      description: 'Create a draft release when the tag has none; `false` fails instead.',
      default: 'true',
    },
    {
      name: 'overwrite',
      description: 'Replace differing assets of a published release (never possible on an immutable one).',
      default: 'false',
    },
    { name: 'concurrency', description: 'Uploads in flight at once (1–32).', default: '20' },
    {
      name: 'retention-days',
      description:
        "Days the workflow artifact is kept (1–90; `upload: artifact` or `both`; the seed's `CLI_ARTIFACT_RETENTION_DAYS`).",
      default: '30',
    },
    {
      name: 'artifact-name',
      description: 'Workflow artifact name; empty means the archive base name (one platform) or `{name}_{tag}`.',
      default: '',
    },
    {
      name: 'repository',
      description: '`OWNER/REPO` of the release; empty means the current repository.',
      default: '',
    },
    {
      name: 'token',
      description: 'Token with `contents: write` for the release uploads.',
      default: '${{ github.token }}',
    },
  ],
  outputs: [
    {
      name: 'assets',
      description:
        'JSON list of `{name, os, arch, path, size, sha256, url, state}`; `state` is `uploaded`, `replaced`, `unchanged` or `built` (`upload: none`).',
    },
    {
      name: 'checksums-file',
      description:
        'Path of `{name}_{tag}_checksums.txt`: `<sha256>  <file>` lines (sha256sum format), bare names, sorted.',
    },
    {
      name: 'subject-checksums',
      description:
        "Path of a file for `actions/attest-build-provenance`'s `subject-checksums` (the checksums file; more than 1,024 archives fail).",
    },
    { name: 'release-url', description: 'The release page, when uploaded to a release.' },
    {
      name: 'state',
      description:
        '`uploaded`, `replaced` (an archive changed on a draft, with `overwrite`, or in the workflow artifact) or `unchanged` (nothing needed uploading); with `upload: none`, `built` or `unchanged` (the folder already held these archives).',
    },
  ],
  async run(context: OperationContext): Promise<OperationResult> {
    const settings = parseSettings(context.inputs, context.runner);
    // The one lazy boundary: archiving and GitHub code load only once the inputs are valid.
    const { uploadCliArtifacts } = await import('./upload-cli-artifacts.steps.js');
    return uploadCliArtifacts(settings, context);
  },
};
