// init: look at a repository and write its version tracks (.github/release-kit.yml) and its release workflow, then check them.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UserError, invalidInput } from '../plumbing/errors.js';
import { resolveInside, writeFileInPlace } from '../plumbing/fs.js';
import type { Inputs } from '../plumbing/inputs.js';
import { inGroup } from '../plumbing/log.js';
import type { Operation, OperationResult } from '../runtime/operation.js';
import { discoverLayout } from '../setup/discover.js';
import { proposeTracks, renderVersionsConfig } from '../setup/propose.js';
import { renderCatalogWorkflow, renderReleaseWorkflow, type PackRef } from '../setup/workflow.js';
import { checkTracks } from '../versions/check.js';
import { DEFAULT_CONFIG, parseVersionsConfig } from '../versions/config.js';
import { workingTreeReader } from '../versions/files.js';
import { isValidTagName } from '../versions/semver.js';
import { isRepository } from '../runtime/context.js';

const DEFAULT_WORKFLOW = '.github/workflows/release.yml';
const DEFAULT_CATALOG_WORKFLOW = '.github/workflows/chart-catalog.yml';

interface InitSettings {
  configFile: string;
  workflowFile?: string;
  catalogWorkflowFile?: string;
  pack: PackRef;
  cliDir?: string;
  tagTrack?: string;
  force: boolean;
  dryRun: boolean;
}

/** A workspace-relative file path to write: no absolute path, no `..`, no control characters. */
function relativeTarget(inputs: Inputs, name: string): string {
  const value = inputs.string(name);
  if (
    !value ||
    /[\0\r\n\\]/.test(value) ||
    value.startsWith('/') ||
    value.split('/').includes('..') ||
    !/\.ya?ml$/.test(value)
  ) {
    throw invalidInput(name, value, 'a .yml path inside the repository, e.g. .github/release-kit.yml');
  }
  return path.posix.normalize(value);
}

function parseSettings(inputs: Inputs): InitSettings {
  const configFile = relativeTarget(inputs, 'config');
  const workflowInput = inputs.string('workflow');
  const workflowFile = workflowInput === 'none' ? undefined : relativeTarget(inputs, 'workflow');
  const catalogWorkflowFile =
    inputs.string('catalog-workflow') === 'none' ? undefined : relativeTarget(inputs, 'catalog-workflow');
  const repository = inputs.string('release-kit-repository');
  // The one OWNER/REPO rule (GitHub's: an owner of at most 39 characters, not starting with '-').
  if (!isRepository(repository))
    throw invalidInput(
      'release-kit-repository',
      repository,
      'owner/name of the release-kit repository, e.g. acme/release-kit',
    );
  const ref = inputs.string('release-kit-ref');
  // A ref git could check out (git check-ref-format), or `uses: …@v1/` would name nothing.
  if (!isValidTagName(ref))
    throw invalidInput('release-kit-ref', ref, 'a tag, branch or commit SHA of release-kit, e.g. v1');
  const cliDir = inputs.optional('cli');
  if (
    cliDir !== undefined &&
    (!/^[A-Za-z0-9._/-]+$/.test(cliDir) || cliDir.split('/').includes('..') || cliDir.startsWith('/'))
  ) {
    throw invalidInput('cli', cliDir, "a folder inside the repository holding the CLI's Go main package, e.g. cmd/krt");
  }
  if (workflowFile === configFile)
    throw invalidInput('workflow', workflowInput, `a file other than the tracks file ${configFile}`);
  if (catalogWorkflowFile !== undefined && [configFile, workflowFile].includes(catalogWorkflowFile))
    throw invalidInput(
      'catalog-workflow',
      catalogWorkflowFile,
      'a file other than the tracks file and the release workflow',
    );
  return {
    configFile,
    workflowFile,
    catalogWorkflowFile,
    pack: { repository, ref },
    cliDir,
    tagTrack: inputs.optional('tag-track'),
    force: inputs.boolean('force'),
    dryRun: inputs.boolean('dry-run'),
  };
}

interface PlannedFile {
  file: string;
  absolute: string;
  content: string;
  /** What writing it does: `created`, `updated` (only with force) or `unchanged`. */
  state: 'created' | 'updated' | 'unchanged';
}

export const operation: Operation = {
  name: 'init',
  description:
    "Look at the repository (charts, package.json versions, README version lines, CHANGELOG, Dockerfiles, a Go CLI) and write the version tracks file and a release workflow calling the pack's reusable workflows, then check the tracks.",
  inputs: [
    { name: 'config', description: 'The version tracks file to write.', default: DEFAULT_CONFIG },
    {
      name: 'workflow',
      description: 'The caller release workflow to write; `none` to write only the tracks file.',
      default: DEFAULT_WORKFLOW,
    },
    {
      name: 'catalog-workflow',
      description:
        'The chart catalog workflow to write when the repository syncs its charts into a git catalog on pushes (Buntime); `none` to skip it.',
      default: DEFAULT_CATALOG_WORKFLOW,
    },
    {
      name: 'release-kit-repository',
      description: "owner/name the workflow calls the pack's reusable workflows and actions from.",
      default: 'OWNER/REPO',
    },
    {
      name: 'release-kit-ref',
      description: "The pack's ref in `uses:` (a tag such as v1, or a commit SHA).",
      default: 'v1',
    },
    {
      name: 'cli',
      description:
        "The CLI's Go main package folder (e.g. cmd/krt); empty: the one cmd/<name> no Dockerfile builds, if any.",
      default: '',
    },
    {
      name: 'tag-track',
      description:
        'The track whose version names the git tag; empty: the app track when there is a CLI, else the (first) chart track.',
      default: '',
    },
    {
      name: 'force',
      description: 'Overwrite existing files that differ from what init would write.',
      default: 'false',
    },
    { name: 'dry-run', description: 'Print what would be written; write nothing.', default: 'false' },
  ],
  outputs: [
    {
      name: 'files',
      description:
        'JSON list of {file, state}: each file written (or that would be) and whether it was created, updated or unchanged.',
    },
    { name: 'versions', description: "JSON: each proposed track's current version." },
    {
      name: 'check',
      description: '`passed` when the tracks are in sync (init refuses to write tracks that fail the check).',
    },
    {
      name: 'state',
      description: '`created`, `updated` (with force), `unchanged` (the files already hold it) or `planned` (dry run).',
    },
  ],
  async run(context): Promise<OperationResult> {
    const { log, runner } = context;
    const settings = parseSettings(context.inputs);
    const workspace = runner.workspace;

    const layout = await inGroup(log, 'Look at the repository', () =>
      discoverLayout(workspace, { cliDir: settings.cliDir }),
    );
    const { tracks, notes } = proposeTracks(layout, { tagTrack: settings.tagTrack });
    const configText = renderVersionsConfig(tracks);
    const contents: [string, string][] = [[settings.configFile, configText]];
    if (settings.workflowFile)
      contents.push([settings.workflowFile, renderReleaseWorkflow(layout, settings.pack, settings.configFile)]);
    const catalogWorkflow = renderCatalogWorkflow(layout, settings.pack, settings.configFile);
    if (settings.catalogWorkflowFile && catalogWorkflow) contents.push([settings.catalogWorkflowFile, catalogWorkflow]);

    // The proposal is checked before anything is written: tracks that fail `check` are never left behind.
    const config = parseVersionsConfig(configText, settings.configFile);
    const { problems, current } = await checkTracks(workspace, config, undefined);
    if (problems.length) {
      throw new UserError(`the tracks init would write fail the check (${problems[0].message}); nothing was written`, {
        input: 'config',
        value: settings.configFile,
        location: problems[0].location,
      });
    }

    const planned: PlannedFile[] = [];
    const read = workingTreeReader(workspace);
    for (const [file, content] of contents) {
      const input =
        file === settings.configFile ? 'config' : file === settings.workflowFile ? 'workflow' : 'catalog-workflow';
      const absolute = await resolveInside(workspace, file, input);
      const existing = await read(file);
      const state = existing === null ? 'created' : existing === content ? 'unchanged' : 'updated';
      if (state === 'updated' && !settings.force && !settings.dryRun) {
        const elsewhere = file === settings.configFile ? '' : `, --${input} PATH to write it elsewhere (or none)`;
        throw new UserError(
          `this file already exists and differs from what init would write; pass --force to overwrite it${elsewhere}, or --dry-run to see it`,
          {
            input: 'force',
            value: 'false',
            valid: 'true to overwrite',
            location: { file },
          },
        );
      }
      planned.push({ file, absolute, content, state });
    }

    for (const note of [...layout.notes, ...notes]) log.info(`note: ${note}`);
    if (settings.dryRun) {
      for (const p of planned)
        log.info(
          `--- ${p.file} (${p.state === 'unchanged' ? 'unchanged' : p.state === 'created' ? 'would be created' : 'would be overwritten with --force'})\n${p.content}`,
        );
    } else {
      // Everything is decided; only now does anything change on disk, each file replaced atomically.
      for (const p of planned.filter((f) => f.state !== 'unchanged')) {
        await mkdir(path.dirname(p.absolute), { recursive: true });
        // In place: a symlinked tracks file keeps its link (and the target, inside the workspace, its mode).
        await writeFileInPlace(workspace, p.file, p.content, p.file === settings.configFile ? 'config' : 'workflow');
      }
      for (const p of planned) log.info(`${p.file}: ${p.state}`);
    }
    const versions = Object.fromEntries(tracks.map((t) => [t.name, current.get(t.name) ?? t.version]));
    log.info(`check passed: ${tracks.map((t) => `${t.name} ${versions[t.name]}`).join(', ')}`);
    if (settings.pack.repository === 'OWNER/REPO' && settings.workflowFile) {
      log.info(
        `note: ${settings.workflowFile} calls the pack as OWNER/REPO; pass --release-kit-repository owner/name (or replace it) before the first release`,
      );
    }

    const state = settings.dryRun
      ? 'planned'
      : planned.some((p) => p.state === 'updated')
        ? 'updated'
        : planned.some((p) => p.state === 'created')
          ? 'created'
          : 'unchanged';
    const summary = [
      `## init: ${state}`,
      '',
      '| File | State |',
      '| --- | --- |',
      ...planned.map((p) => `| \`${p.file}\` | ${p.state} |`),
      '',
      '| Track | Version | Files |',
      '| --- | --- | --- |',
      ...tracks.map(
        (t) =>
          `| ${t.name}${t.tag ? ` (tag ${t.tag})` : ''} | ${versions[t.name]} | ${t.files.map((f) => `\`${f.file}\``).join(', ')} |`,
      ),
      '',
      ...[...layout.notes, ...notes].map((n) => `- ${n}`),
      '',
    ].join('\n');
    return {
      outputs: { state, files: planned.map((p) => ({ file: p.file, state: p.state })), versions, check: 'passed' },
      summary,
    };
  },
};
