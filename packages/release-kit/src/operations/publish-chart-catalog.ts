// publish-chart-catalog: package Helm charts and publish them into a git-based catalog (a Rancher
// catalog layout or a classic Helm repository with index.yaml), never overwriting a published version.
import path from 'node:path';
import { invalidInput } from '../plumbing/errors.js';
import type { Inputs } from '../plumbing/inputs.js';
import { isValidTagName } from '../versions/semver.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';

const TARGETS = ['rancher', 'helm-repo'] as const;
export type Target = (typeof TARGETS)[number];

/** Where each target puts things unless told otherwise (Buntime's zommehq/charts; chart-releaser's gh-pages). */
const DEFAULTS: Record<Target, { branch: string; directory: string }> = {
  rancher: { branch: 'main', directory: 'charts' },
  'helm-repo': { branch: 'gh-pages', directory: '.' },
};

/** The release notes Buntime keeps next to its chart; used when the input does not name a file. */
export const DEFAULT_RELEASE_NOTES = 'release-notes.md';

/** Every input, parsed and checked before anything is read, packaged or cloned. */
export interface CatalogSettings {
  charts: string[];
  target: Target;
  repository: string;
  /** Scheme and host the token is sent to (http.<origin>/.extraheader); undefined for local paths. */
  origin?: string;
  branch: string;
  directory: string;
  baseUrl?: string;
  releaseNotesPath?: string;
  token?: string;
  maxAttempts: number;
}

const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._/-]+$/;
const DIRECTORY = /^(?:\.|[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*)$/;

function parseSettings(inputs: Inputs, serverUrl: string): CatalogSettings {
  const token = inputs.secret('token');
  const charts = inputs.lines('chart');
  if (charts.length === 0) throw invalidInput('chart', '', 'a chart directory inside the workspace, one per line');
  for (const chart of charts) {
    if (/[\0]/.test(chart) || chart.startsWith('-'))
      throw invalidInput('chart', chart, 'chart directories inside the workspace, one per line');
  }
  const targetValue = inputs.required('target', `one of ${TARGETS.join(', ')}`);
  if (!(TARGETS as readonly string[]).includes(targetValue))
    throw invalidInput('target', targetValue, `one of ${TARGETS.join(', ')}`);
  const target = targetValue as Target;
  const { repository, origin } = parseRepository(
    inputs.required('repository', 'the catalog git repository: OWNER/REPO, an https:// URL or a local path'),
    serverUrl,
  );
  const branch = inputs.string('branch', DEFAULTS[target].branch);
  // git's ref rules (check-ref-format), the one tag/branch name rule: `/v1` would reach git and fail there.
  if (!BRANCH.test(branch) || !isValidTagName(branch))
    throw invalidInput('branch', branch, 'a branch name such as main or gh-pages');
  const directory = inputs.string('directory', DEFAULTS[target].directory).replace(/\/+$/, '') || '.';
  if (!DIRECTORY.test(directory) || directory.split('/').some((part) => part === '..' || part === '.git')) {
    throw invalidInput(
      'directory',
      directory,
      'a relative folder inside the catalog repository, such as charts or . (no .., no .git)',
    );
  }
  const baseUrl = inputs.optional('base-url');
  if (target === 'helm-repo') {
    if (baseUrl === undefined)
      throw invalidInput(
        'base-url',
        '',
        'the URL the Helm repository is served from, e.g. https://OWNER.github.io/REPO (the .tgz URLs in index.yaml start with it)',
      );
    if (!/^https?:\/\/[^\s/@]+(?:\/[^\s?#]*)?$/.test(baseUrl))
      throw invalidInput(
        'base-url',
        baseUrl,
        'an http(s) URL without credentials, query or fragment, e.g. https://OWNER.github.io/REPO',
      );
  } else if (baseUrl !== undefined) {
    throw invalidInput(
      'base-url',
      baseUrl,
      'nothing for target rancher (Rancher reads the catalog from git); base-url is for target helm-repo',
    );
  }
  const releaseNotesPath = inputs.optional('release-notes');
  if (releaseNotesPath !== undefined && /[\0\r\n]/.test(releaseNotesPath))
    throw invalidInput('release-notes', releaseNotesPath, 'the path of a Markdown file inside the workspace');
  if (releaseNotesPath !== undefined && charts.length > 1) {
    throw invalidInput(
      'release-notes',
      releaseNotesPath,
      `nothing when several charts are published (each chart's own ${DEFAULT_RELEASE_NOTES} is used)`,
    );
  }
  return {
    charts,
    target,
    repository,
    origin,
    branch,
    directory,
    baseUrl,
    releaseNotesPath,
    token,
    maxAttempts: inputs.integer('max-attempts', { min: 1, max: 20 }),
  };
}

/**
 * OWNER/REPO (on the server the workflow runs on), an http(s) URL without credentials, or a local
 * path / file:// URL (a bare repository on the same machine). A token never goes into the URL.
 */
function parseRepository(value: string, serverUrl: string): { repository: string; origin?: string } {
  const valid = 'OWNER/REPO, https://HOST/OWNER/REPO(.git) without credentials, or a local path';
  if (/[\s\0]/.test(value) || value.startsWith('-')) throw invalidInput('repository', value, valid);
  if (/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/.test(value)) {
    return { repository: `${serverUrl}/${value.replace(/\.git$/, '')}.git`, origin: new URL(serverUrl).origin };
  }
  if (/^https?:\/\//.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw invalidInput('repository', value, valid);
    }
    if (url.username || url.password)
      throw invalidInput(
        'repository',
        value.replace(/\/\/[^@/]*@/, '//***@'),
        `${valid}; pass the token in the token input, never in the URL`,
      );
    if (url.search || url.hash) throw invalidInput('repository', value, valid);
    return { repository: value, origin: url.origin };
  }
  if (value.startsWith('file://') || path.isAbsolute(value)) return { repository: value };
  throw invalidInput('repository', value, valid);
}

export const operation: Operation = {
  name: 'publish-chart-catalog',
  description:
    'Package Helm charts and publish them into a git-based catalog (a Rancher catalog or a Helm repository index.yaml), never overwriting a published version.',
  inputs: [
    {
      name: 'chart',
      description: 'Chart directory relative to the workspace; one per line for several charts.',
      required: true,
    },
    {
      name: 'target',
      description:
        'Catalog layout: rancher (charts/<name>/<version>/ with app-readme.md) or helm-repo (<name>-<version>.tgz files and index.yaml).',
      required: true,
    },
    {
      name: 'repository',
      description:
        'The catalog git repository: OWNER/REPO on this GitHub, an https:// URL (no credentials in it) or a local path.',
      required: true,
    },
    {
      name: 'branch',
      description:
        'Branch to publish to; empty means main for rancher and gh-pages for helm-repo. Created when missing.',
      default: '',
    },
    {
      name: 'directory',
      description:
        'Folder inside the catalog repository; empty means charts for rancher and . (the root) for helm-repo.',
      default: '',
    },
    {
      name: 'base-url',
      description:
        'helm-repo only: the URL the repository is served from (e.g. https://OWNER.github.io/REPO); index.yaml urls are <base-url>/<name>-<version>.tgz.',
      default: '',
    },
    {
      name: 'release-notes',
      description:
        "Markdown file for app-readme.md and the catalog.cattle.io/release-notes annotation; empty means the chart's release-notes.md when present.",
      default: '',
    },
    {
      name: 'token',
      description:
        'Token that can push to the catalog repository (a fine-grained PAT or app token with contents: write); masked, sent through git config in the environment, never on a command line.',
      default: '',
    },
    {
      name: 'max-attempts',
      description:
        'Pushes to try when other publishers move the branch first (each re-applies the change on the new tip).',
      default: '5',
    },
  ],
  outputs: [
    {
      name: 'state',
      description:
        'created if any chart version was added, unchanged if the catalog already held every version with the same content.',
    },
    { name: 'commit', description: 'The catalog commit pushed; empty when unchanged.' },
    {
      name: 'attempts',
      description: 'How many attempts the push took (more than 1 when another publisher landed first).',
    },
    { name: 'name', description: 'Chart name (one chart only).' },
    { name: 'version', description: 'Chart version (one chart only).' },
    {
      name: 'charts',
      description:
        'JSON array with one object per chart: chart, name, version, path, state, and digest and url for helm-repo.',
    },
  ],
  async run(context: OperationContext): Promise<OperationResult> {
    const settings = parseSettings(context.inputs, context.runner.serverUrl);
    // The one lazy boundary: packaging and git code load only once the inputs are valid.
    const { publishToCatalog } = await import('./publish-chart-catalog.steps.js');
    return publishToCatalog(settings, context);
  },
};
