// publish-chart-catalog: package Helm charts and publish them into a git-based catalog (a Rancher
// catalog layout or a classic Helm repository with index.yaml), never overwriting a published version.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { invalidInput } from '../plumbing/errors.js';
import { resolveInside } from '../plumbing/fs.js';
import type { Inputs } from '../plumbing/inputs.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';
import type { CatalogChart, ChartOutcome } from '../catalogs/catalog.js';

const TARGETS = ['rancher', 'helm-repo'] as const;
type Target = (typeof TARGETS)[number];

/** Where each target puts things unless told otherwise (Buntime's zommehq/charts; chart-releaser's gh-pages). */
const DEFAULTS: Record<Target, { branch: string; directory: string }> = {
  rancher: { branch: 'main', directory: 'charts' },
  'helm-repo': { branch: 'gh-pages', directory: '.' },
};

/** The release notes Buntime keeps next to its chart; used when the input does not name a file. */
const DEFAULT_RELEASE_NOTES = 'release-notes.md';

/** Every input, parsed and checked before anything is read, packaged or cloned. */
interface CatalogSettings {
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
    if (/[\0]/.test(chart) || chart.startsWith('-')) throw invalidInput('chart', chart, 'chart directories inside the workspace, one per line');
  }
  const targetValue = inputs.required('target', `one of ${TARGETS.join(', ')}`);
  if (!(TARGETS as readonly string[]).includes(targetValue)) throw invalidInput('target', targetValue, `one of ${TARGETS.join(', ')}`);
  const target = targetValue as Target;
  const { repository, origin } = parseRepository(inputs.required('repository', 'the catalog git repository: OWNER/REPO, an https:// URL or a local path'), serverUrl);
  const branch = inputs.string('branch', DEFAULTS[target].branch);
  if (!BRANCH.test(branch) || branch.endsWith('/') || branch.endsWith('.lock') || branch.endsWith('.')) throw invalidInput('branch', branch, 'a branch name such as main or gh-pages');
  const directory = inputs.string('directory', DEFAULTS[target].directory).replace(/\/+$/, '') || '.';
  if (!DIRECTORY.test(directory) || directory.split('/').some((part) => part === '..' || part === '.git')) {
    throw invalidInput('directory', directory, 'a relative folder inside the catalog repository, such as charts or . (no .., no .git)');
  }
  const baseUrl = inputs.optional('base-url');
  if (target === 'helm-repo') {
    if (baseUrl === undefined) throw invalidInput('base-url', '', 'the URL the Helm repository is served from, e.g. https://OWNER.github.io/REPO (the .tgz URLs in index.yaml start with it)');
    if (!/^https?:\/\/[^\s/@]+(?:\/[^\s?#]*)?$/.test(baseUrl)) throw invalidInput('base-url', baseUrl, 'an http(s) URL without credentials, query or fragment, e.g. https://OWNER.github.io/REPO');
  } else if (baseUrl !== undefined) {
    throw invalidInput('base-url', baseUrl, 'nothing for target rancher (Rancher reads the catalog from git); base-url is for target helm-repo');
  }
  const releaseNotesPath = inputs.optional('release-notes');
  if (releaseNotesPath !== undefined && /[\0\r\n]/.test(releaseNotesPath)) throw invalidInput('release-notes', releaseNotesPath, 'the path of a Markdown file inside the workspace');
  if (releaseNotesPath !== undefined && charts.length > 1) {
    throw invalidInput('release-notes', releaseNotesPath, `nothing when several charts are published (each chart's own ${DEFAULT_RELEASE_NOTES} is used)`);
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
    if (url.username || url.password) throw invalidInput('repository', value.replace(/\/\/[^@/]*@/, '//***@'), `${valid}; pass the token in the token input, never in the URL`);
    if (url.search || url.hash) throw invalidInput('repository', value, valid);
    return { repository: value, origin: url.origin };
  }
  if (value.startsWith('file://') || path.isAbsolute(value)) return { repository: value };
  throw invalidInput('repository', value, valid);
}

/** One chart's entry in the `charts` output. */
export type CatalogChartResult = ChartOutcome;

async function publish(context: OperationContext): Promise<OperationResult> {
  const { log, runner } = context;
  const settings = parseSettings(context.inputs, runner.serverUrl);
  const workspace = runner.workspace;

  // Package and validate every chart before the catalog is touched.
  const { packageChartDirectory } = await import('../charts/package.js');
  const { reproducibleTime } = await import('../git/source-date.js');
  const charts: CatalogChart[] = [];
  for (const input of settings.charts) {
    const absolute = await resolveInside(workspace, input, 'chart');
    const info = await stat(absolute).catch(() => undefined);
    if (!info?.isDirectory()) throw invalidInput('chart', input, 'an existing chart directory (with Chart.yaml) inside the workspace');
    const where = path.relative(workspace, absolute) || '.';
    const releaseNotes = await readReleaseNotes(workspace, absolute, settings.releaseNotesPath);
    // Dated by the chart's own last commit, as publish-chart-oci is: the same bytes in both places.
    const mtime = await reproducibleTime(absolute, runner.sourceDateEpoch, 'directory');
    const packaged = await packageChartDirectory(absolute, { releaseNotes, mtime }, where);
    log.info(`${where}: packaged ${packaged.fileName} (${packaged.entries.length} files${releaseNotes !== undefined ? ', with release notes' : ''})`);
    charts.push({ chart: where, metadata: packaged.metadata, fileName: packaged.fileName, data: packaged.data, releaseNotes });
  }
  const names = new Map<string, string>();
  for (const chart of charts) {
    const other = names.get(chart.metadata.name);
    if (other !== undefined) throw invalidInput('chart', chart.chart, `charts with distinct names; ${other} is also ${chart.metadata.name}`);
    names.set(chart.metadata.name, chart.chart);
  }

  const { gitNetworkEnv } = await import('../git/release.js');
  const network = gitNetworkEnv(settings.token, settings.origin ?? runner.serverUrl);
  for (const secret of network.secrets) context.mask?.(secret);
  const { syncCatalog } = await import('../catalogs/git-sync.js');
  const { applyRancherCatalog } = await import('../catalogs/rancher.js');
  const { applyHelmRepository } = await import('../catalogs/helm-repo.js');

  const workDir = await mkdtemp(path.join(runner.runnerTemp, 'release-kit-catalog-'));
  let outcomes: ChartOutcome[] = [];
  let result;
  try {
    result = await syncCatalog({
      remote: { url: settings.repository, branch: settings.branch, env: network.env },
      workDir,
      maxAttempts: settings.maxAttempts,
      retryBaseMs: runner.retryBaseMs,
      log,
      apply: async (checkout) => {
        outcomes =
          settings.target === 'rancher'
            ? await applyRancherCatalog(checkout, settings.directory, charts)
            : await applyHelmRepository(checkout, settings.directory, settings.baseUrl!, charts);
        const created = outcomes.filter((o) => o.state === 'created');
        for (const o of outcomes) log.info(`${o.name} ${o.version}: ${o.state === 'created' ? `adding ${o.path}` : `already at ${o.path} with the same content: unchanged`}`);
        return { changed: created.length > 0, message: commitMessage(created, settings.target, runner.repository, runner.sha), paths: [settings.directory] };
      },
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }

  const single = outcomes.length === 1 ? outcomes[0] : undefined;
  const state = outcomes.some((o) => o.state === 'created') ? 'created' : 'unchanged';
  return {
    outputs: {
      state,
      commit: result.commit ?? '',
      attempts: result.attempts,
      name: single?.name ?? '',
      version: single?.version ?? '',
      charts: outcomes,
    },
    summary: summaryOf(outcomes, settings, result.commit),
  };
}

/** The input's file, else the chart's own release-notes.md when it has one, else none. */
async function readReleaseNotes(workspace: string, chartDir: string, input: string | undefined): Promise<string | undefined> {
  if (input !== undefined) {
    const file = await resolveInside(workspace, input, 'release-notes');
    try {
      return await readFile(file, 'utf8');
    } catch {
      throw invalidInput('release-notes', input, 'an existing Markdown file inside the workspace');
    }
  }
  const own = path.join(chartDir, DEFAULT_RELEASE_NOTES);
  const info = await stat(own).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  await resolveInside(chartDir, DEFAULT_RELEASE_NOTES, 'release-notes');
  return readFile(own, 'utf8');
}

function commitMessage(created: readonly ChartOutcome[], target: Target, repository: string, sha: string): string {
  const list = created.map((o) => `${o.name} ${o.version}`).join(', ');
  const from = repository ? `\n\nFrom ${repository}${/^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? ` at ${sha}` : ''} by release-kit publish-chart-catalog (${target}).` : '';
  return `Publish ${created.length === 1 ? 'chart' : 'charts'} ${list}${from}\n`;
}

function summaryOf(outcomes: readonly ChartOutcome[], settings: CatalogSettings, commit: string | undefined): string {
  const lines = [`### Helm charts published to the ${settings.target === 'rancher' ? 'Rancher catalog' : 'Helm repository'}`, '', '| Chart | Version | Path | State |', '| --- | --- | --- | --- |'];
  for (const o of outcomes) lines.push(`| ${o.name} | ${o.version} | \`${o.path}\` | ${o.state} |`);
  lines.push('', commit ? `Commit \`${commit}\` on \`${settings.branch}\` of \`${settings.repository}\`.` : `Nothing to commit: \`${settings.branch}\` of \`${settings.repository}\` already holds every version.`, '');
  if (settings.target === 'helm-repo') {
    lines.push('Install:', '', '```sh', `helm repo add CATALOG ${settings.baseUrl}`, ...outcomes.map((o) => `helm install ${o.name} CATALOG/${o.name} --version ${o.version}`), '```', '');
  }
  return lines.join('\n');
}

export const operation: Operation = {
  name: 'publish-chart-catalog',
  description: 'Package Helm charts and publish them into a git-based catalog (a Rancher catalog or a Helm repository index.yaml), never overwriting a published version.',
  inputs: [
    { name: 'chart', description: 'Chart directory relative to the workspace; one per line for several charts.', required: true },
    { name: 'target', description: 'Catalog layout: rancher (charts/<name>/<version>/ with app-readme.md) or helm-repo (<name>-<version>.tgz files and index.yaml).', required: true },
    { name: 'repository', description: 'The catalog git repository: OWNER/REPO on this GitHub, an https:// URL (no credentials in it) or a local path.', required: true },
    { name: 'branch', description: 'Branch to publish to; empty means main for rancher and gh-pages for helm-repo. Created when missing.', default: '' },
    { name: 'directory', description: 'Folder inside the catalog repository; empty means charts for rancher and . (the root) for helm-repo.', default: '' },
    { name: 'base-url', description: 'helm-repo only: the URL the repository is served from (e.g. https://OWNER.github.io/REPO); index.yaml urls are <base-url>/<name>-<version>.tgz.', default: '' },
    { name: 'release-notes', description: "Markdown file for app-readme.md and the catalog.cattle.io/release-notes annotation; empty means the chart's release-notes.md when present.", default: '' },
    { name: 'token', description: 'Token that can push to the catalog repository (a fine-grained PAT or app token with contents: write); masked, sent through git config in the environment, never on a command line.', default: '' },
    { name: 'max-attempts', description: 'Pushes to try when other publishers move the branch first (each re-applies the change on the new tip).', default: '5' },
  ],
  outputs: [
    { name: 'state', description: 'created if any chart version was added, unchanged if the catalog already held every version with the same content.' },
    { name: 'commit', description: 'The catalog commit pushed; empty when unchanged.' },
    { name: 'attempts', description: 'How many attempts the push took (more than 1 when another publisher landed first).' },
    { name: 'name', description: 'Chart name (one chart only).' },
    { name: 'version', description: 'Chart version (one chart only).' },
    { name: 'charts', description: 'JSON array with one object per chart: chart, name, version, path, state, and digest and url for helm-repo.' },
  ],
  run: publish,
};
