// publish-chart-catalog after its inputs are valid: package each chart, then fetch, apply and push
// the catalog. Loaded lazily by operations/publish-chart-catalog.ts.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CatalogChart, ChartOutcome } from '../catalogs/catalog.js';
import { syncCatalog } from '../catalogs/git-sync.js';
import { applyHelmRepository } from '../catalogs/helm-repo.js';
import { applyRancherCatalog } from '../catalogs/rancher.js';
import { incompleteChartWarnings } from '../charts/completeness.js';
import { lintChart } from '../charts/lint.js';
import { packageChartDirectory } from '../charts/package.js';
import { gitNetworkEnv } from '../git/release.js';
import { reproducibleTime } from '../git/source-date.js';
import { invalidInput } from '../plumbing/errors.js';
import { readFileInside, resolveInside } from '../plumbing/fs.js';
import { inGroup } from '../plumbing/log.js';
import type { OperationContext, OperationResult } from '../runtime/operation.js';
import { DEFAULT_RELEASE_NOTES, MESSAGE_PLACEHOLDERS, type CatalogSettings } from './publish-chart-catalog.settings.js';

export async function publishToCatalog(settings: CatalogSettings, context: OperationContext): Promise<OperationResult> {
  const { log, runner } = context;
  const workspace = runner.workspace;

  // Package and validate every chart before the catalog is touched.
  const charts: CatalogChart[] = [];
  for (const input of settings.charts) {
    const absolute = await resolveInside(workspace, input, 'chart');
    const info = await stat(absolute).catch(() => undefined);
    if (!info?.isDirectory())
      throw invalidInput('chart', input, 'an existing chart directory (with Chart.yaml) inside the workspace');
    const where = path.relative(workspace, absolute) || '.';
    const releaseNotes = await readReleaseNotes(workspace, absolute, settings.releaseNotesPath);
    // Dated by the chart's own last commit, as publish-chart-oci is: the same bytes in both places.
    const mtime = await reproducibleTime(absolute, runner.sourceDateEpoch, 'directory');
    const packaged = await packageChartDirectory(absolute, { releaseNotes, mtime }, where);
    log.info(
      `${where}: packaged ${packaged.fileName} (${packaged.entries.length} files${releaseNotes !== undefined ? ', with release notes' : ''})`,
    );
    // The checks every published chart passes (charts/): completeness warnings, then lint and render.
    for (const warning of await incompleteChartWarnings(packaged.chart, where, { dir: absolute, workspace }))
      log.warning(warning);
    log.info(
      (await lintChart(packaged, where, { mode: 'auto', pathEnv: runner.path, tempDir: runner.runnerTemp, log }))
        .summary,
    );
    charts.push({
      chart: where,
      metadata: packaged.metadata,
      fileName: packaged.fileName,
      data: packaged.data,
      releaseNotes,
    });
  }
  const names = new Map<string, string>();
  for (const chart of charts) {
    const other = names.get(chart.metadata.name);
    if (other !== undefined)
      throw invalidInput('chart', chart.chart, `charts with distinct names; ${other} is also ${chart.metadata.name}`);
    names.set(chart.metadata.name, chart.chart);
  }

  const network = gitNetworkEnv(settings.token, settings.origin ?? runner.serverUrl, settings.tokenUsername);
  for (const secret of network.secrets) context.mask?.(secret);

  const workDir = await mkdtemp(path.join(runner.runnerTemp, 'release-kit-catalog-'));
  let outcomes: ChartOutcome[] = [];
  let result;
  try {
    result = await inGroup(log, `Publish to ${settings.branch} of ${settings.repository}`, () =>
      syncCatalog({
        remote: { url: settings.repository, branch: settings.branch, env: network.env },
        workDir,
        maxAttempts: settings.maxAttempts,
        retryBaseMs: runner.retryBaseMs,
        log,
        apply: async (checkout) => {
          const applied =
            settings.target === 'rancher'
              ? await applyRancherCatalog(checkout, settings.directory, charts)
              : await applyHelmRepository(checkout, settings.directory, settings.baseUrl!, charts);
          outcomes = applied.outcomes;
          const created = outcomes.filter((o) => o.state === 'created');
          for (const o of outcomes)
            log.info(
              `${o.name} ${o.version}: ${o.state === 'created' ? `adding ${o.path}` : `already at ${o.path} with the same content: unchanged`}`,
            );
          return {
            changed: created.length > 0,
            message: commitMessage(created, settings, runner.repository, runner.sha),
            paths: [settings.directory],
            written: applied.written,
          };
        },
      }),
    );
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
async function readReleaseNotes(
  workspace: string,
  chartDir: string,
  input: string | undefined,
): Promise<string | undefined> {
  if (input !== undefined) return (await readFileInside(workspace, input, 'release-notes', 'Markdown file')).text;
  const own = path.join(chartDir, DEFAULT_RELEASE_NOTES);
  const info = await stat(own).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  await resolveInside(chartDir, DEFAULT_RELEASE_NOTES, 'release-notes');
  return readFile(own, 'utf8');
}

/**
 * The commit message: the commit-message template with its placeholders filled (checked when the
 * inputs were read), else `Publish chart NAME VERSION`; then a line naming where the charts came from.
 */
function commitMessage(
  created: readonly ChartOutcome[],
  settings: CatalogSettings,
  repository: string,
  sha: string,
): string {
  const list = created.map((o) => `${o.name} ${o.version}`).join(', ');
  const values: Record<(typeof MESSAGE_PLACEHOLDERS)[number], string> = {
    name: created[0]?.name ?? '',
    version: created[0]?.version ?? '',
    charts: list,
    target: settings.target,
  };
  const subject =
    settings.commitMessage === undefined
      ? `Publish ${created.length === 1 ? 'chart' : 'charts'} ${list}`
      : settings.commitMessage.replace(/\{\{|\}\}|\{([a-z]+)\}/g, (match, name?: keyof typeof values) =>
          name ? values[name] : match[0],
        );
  const from = repository
    ? `\n\nFrom ${repository}${/^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? ` at ${sha}` : ''} by release-kit publish-chart-catalog (${settings.target}).`
    : '';
  return `${subject.replace(/\s+$/, '')}${from}\n`;
}

function summaryOf(outcomes: readonly ChartOutcome[], settings: CatalogSettings, commit: string | undefined): string {
  const lines = [
    `### Helm charts published to the ${settings.target === 'rancher' ? 'Rancher catalog' : 'Helm repository'}`,
    '',
    '| Chart | Version | Path | State |',
    '| --- | --- | --- | --- |',
  ];
  for (const o of outcomes) lines.push(`| ${o.name} | ${o.version} | \`${o.path}\` | ${o.state} |`);
  lines.push(
    '',
    commit
      ? `Commit \`${commit}\` on \`${settings.branch}\` of \`${settings.repository}\`.`
      : `Nothing to commit: \`${settings.branch}\` of \`${settings.repository}\` already holds every version.`,
    '',
  );
  if (settings.target === 'helm-repo') {
    lines.push(
      'Install:',
      '',
      '```sh',
      `helm repo add CATALOG ${settings.baseUrl}`,
      ...outcomes.map((o) => `helm install ${o.name} CATALOG/${o.name} --version ${o.version}`),
      '```',
      '',
    );
  }
  return lines.join('\n');
}
