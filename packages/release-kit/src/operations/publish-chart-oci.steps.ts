// publish-chart-oci after its inputs are valid: package or load each chart, check it, then push it in
// helm's OCI format and read the tag back. Loaded lazily by operations/publish-chart-oci.ts.
import path from 'node:path';
import { incompleteChartWarnings } from '../charts/completeness.js';
import { lintChart, planLint } from '../charts/lint.js';
import { checkChartValues } from '../charts/load.js';
import * as oci from '../charts/oci.js';
import { prepareChart, type PackagedChart } from '../charts/package.js';
import { pushChart } from '../charts/push.js';
import { reproducibleTime } from '../git/source-date.js';
import { createOciClient, type OciDescriptorInfo } from '../oci/client.js';
import { UserError, invalidInput } from '../plumbing/errors.js';
import { readFileInside, resolveInside } from '../plumbing/fs.js';
import { inGroup } from '../plumbing/log.js';
import type { OperationContext, OperationResult } from '../runtime/operation.js';
import type { PublishSettings } from './publish-chart-oci.settings.js';

/** One chart's result, as the `charts` output lists them. */
export interface ChartPublishResult {
  chart: string;
  name: string;
  version: string;
  appVersion: string;
  ref: string;
  digest: string;
  ociUrl: string;
  state: 'pushed' | 'unchanged';
  /** Digest of the chart layer: the .tgz bytes. */
  layerDigest: string;
}

/** A promise whose failure waits to be asked for (a lookup started early must not crash the run unasked). */
type Settled<T> = Promise<{ value: T } | { error: unknown }>;
const settle = <T>(promise: Promise<T>): Settled<T> =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
async function unwrap<T>(settled: Settled<T>): Promise<T> {
  const outcome = await settled;
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

interface ChartPlan {
  input: string;
  where: string;
  packaged: PackagedChart;
  reference: oci.ChartOciLocation;
  artifact: oci.ChartOciArtifact;
  /** The tag's digest before this run, looked up while the chart was being packaged. */
  existing: Settled<OciDescriptorInfo | undefined>;
  warnings: string[];
}

export async function publishCharts(settings: PublishSettings, context: OperationContext): Promise<OperationResult> {
  const { log, runner } = context;
  const workspace = runner.workspace;

  // The registry URL is fully checked before any chart is read.
  const registryUrl = oci.parseRegistryUrl(settings.registry);
  if (registryUrl.url !== settings.registry.replace(/\/$/, ''))
    log.info(`registry: using ${registryUrl.url} (OCI names are lower case)`);

  const releaseNotes =
    settings.releaseNotesPath === undefined
      ? undefined
      : (await readFileInside(workspace, settings.releaseNotesPath, 'release-notes', 'Markdown file')).text;

  // Decided once. Packaging does not parse values.yaml: with helm, its lint refuses a broken one;
  // without, it is parsed below, only for the charts about to be pushed.
  const lintPlan = await planLint(settings.lint, runner.path);
  const load = { checkValues: false };

  const client = createOciClient({
    registry: registryUrl.host,
    plainHttp: settings.plainHttp,
    username: settings.username,
    password: settings.password,
    push: true,
    retryBaseMs: runner.retryBaseMs,
    log,
  });

  // Read and validate every chart before the first request (values.yaml is parsed after the tag
  // lookup, below). Then each chart's tag is looked up (a read) while its archive is compressed and
  // checked for completeness.
  const plans = await inGroup(
    log,
    `Package ${settings.charts.length === 1 ? settings.charts[0] : `${settings.charts.length} charts`}`,
    async () => {
      const prepared = [];
      const seen = new Map<string, string>();
      for (const input of settings.charts) {
        const absolute = await resolveInside(workspace, input, 'chart');
        const where = path.relative(workspace, absolute) || '.';
        // Dating the archive may ask git: meanwhile the chart is read.
        const mtime = settle(reproducibleTime(absolute, runner.sourceDateEpoch, 'directory'));
        const chart = await prepareChart(
          absolute,
          where,
          { version: settings.version, appVersion: settings.appVersion, releaseNotes },
          load,
        );
        // A directory's archive time is part of validating it (no git and no SOURCE_DATE_EPOCH fails).
        if (chart.origin === 'directory') await unwrap(mtime);
        const reference = oci.chartReference(registryUrl.url, chart.metadata.name, chart.metadata.version);
        const other = seen.get(reference.ref);
        if (other !== undefined)
          throw invalidInput(
            'chart',
            input,
            `charts with distinct name:version pairs; ${other} is also ${reference.ref}`,
          );
        seen.set(reference.ref, input);
        prepared.push({ input, absolute, where, chart, mtime, reference });
      }

      const planned: ChartPlan[] = [];
      for (const { input, absolute, where, chart, mtime, reference } of prepared) {
        // Compression starts first (on the thread pool): the first request then loads the HTTP
        // client and waits for the registry meanwhile.
        const packing = chart.pack(() => unwrap(mtime));
        const existing = settle(client.manifestExists(reference.repository, reference.tag));
        const packaged = await packing;
        if (packaged.origin === 'directory')
          log.info(
            `${where}: packaged ${packaged.fileName} (${packaged.entries.length} files, ${packaged.data.length} bytes, mtime ${oci.rfc3339(packaged.created)})`,
          );
        else
          log.info(
            `${where}: validated packaged chart ${packaged.metadata.name} ${packaged.metadata.version} (${packaged.data.length} bytes)`,
          );
        const warnings = await incompleteChartWarnings(
          packaged.chart,
          where,
          packaged.origin === 'directory' ? { dir: absolute, workspace } : undefined,
        );
        for (const warning of warnings) log.warning(warning);
        planned.push({
          input,
          where,
          packaged,
          reference,
          artifact: oci.chartOciArtifact(packaged),
          existing,
          warnings,
        });
      }
      return planned;
    },
  );

  // Every tag is judged first, so that a refused chart stops the run before anything is pushed.
  const existing = new Map<string, string | undefined>();
  for (const plan of plans) {
    const found = await unwrap(plan.existing);
    existing.set(plan.reference.ref, found?.digest);
    if (found && found.digest !== plan.artifact.digest && settings.onExisting === 'fail')
      throw alreadyPublished(plan, found.digest, settings.onExisting);
  }

  // Lint and render every chart about to be pushed (in parallel) before the first upload; without
  // helm, its values.yaml files are parsed first (helm lint does that itself). A chart the registry
  // already holds byte for byte publishes nothing, so it is not checked again.
  const toPush = plans.filter((plan) => existing.get(plan.reference.ref) !== plan.artifact.digest);
  if (lintPlan.method !== 'helm') for (const plan of toPush) checkChartValues(plan.packaged.chart);
  const linted = await inGroup(log, 'Lint', () =>
    Promise.all(
      toPush.map((plan) =>
        lintChart(plan.packaged, plan.where, {
          mode: settings.lint,
          plan: lintPlan,
          pathEnv: runner.path,
          tempDir: runner.runnerTemp,
          log,
        }),
      ),
    ),
  );
  const checked = plans.map(
    (plan) =>
      linted[toPush.indexOf(plan)]?.summary ?? `${plan.where}: already published with this digest, so not linted again`,
  );
  for (const line of checked) log.info(line);

  const results: ChartPublishResult[] = [];
  for (const plan of plans) {
    const before = existing.get(plan.reference.ref);
    let state: 'pushed' | 'unchanged';
    if (before === plan.artifact.digest) {
      state = 'unchanged';
      log.info(`${plan.reference.ref} already holds ${plan.artifact.digest}: unchanged`);
    } else {
      await inGroup(log, `Push ${plan.reference.ref}`, async () => {
        if (before !== undefined)
          log.warning(
            `on-existing: overwrite: replacing ${plan.reference.ref} (was ${before}) with ${plan.artifact.digest}`,
          );
        await pushChart(client, plan.artifact, plan.reference, log, () => checkTagUnmoved(client, plan, before));
        await checkTagHolds(client, plan);
        log.info(`pushed ${plan.reference.ref} (${plan.artifact.digest})`);
      });
      state = 'pushed';
    }
    results.push({
      chart: plan.input,
      name: plan.packaged.metadata.name,
      version: plan.packaged.metadata.version,
      appVersion: plan.packaged.metadata.appVersion ?? '',
      ref: plan.reference.ref,
      digest: plan.artifact.digest,
      ociUrl: plan.reference.ociUrl,
      state,
      layerDigest: plan.artifact.layer.digest,
    });
  }

  const stats = client.stats;
  log.debug(
    `registry requests: ${stats.requests} (${stats.manifestHeads} manifest HEAD, ${stats.blobHeads} blob HEAD, ${stats.uploadSessions} upload sessions, ${stats.blobPuts} blob PUT, ${stats.manifestPuts} manifest PUT, ${stats.tokenRequests} token, ${stats.retries} retries, ${stats.uploadRestarts} upload restarts)`,
  );
  const single = results.length === 1 ? results[0] : undefined;
  return {
    outputs: {
      state: results.some((r) => r.state === 'pushed') ? 'pushed' : 'unchanged',
      ref: single?.ref ?? '',
      digest: single?.digest ?? '',
      'oci-url': single?.ociUrl ?? '',
      name: single?.name ?? '',
      version: single?.version ?? '',
      'app-version': single?.appVersion ?? '',
      charts: results,
    },
    summary: summaryOf(
      results,
      checked,
      plans.flatMap((p) => p.warnings),
    ),
  };
}

/** The refusal to overwrite a published version, naming both digests. */
function alreadyPublished(plan: ChartPlan, published: string, onExisting: string): UserError {
  return new UserError(
    `${plan.reference.ref} already exists with digest ${published}, and this chart (${plan.input}) is ${plan.artifact.digest}: a published chart version is never overwritten; bump the chart version (input 'version' or Chart.yaml), or set on-existing: overwrite if you really mean to replace it`,
    {
      input: 'on-existing',
      value: onExisting,
      valid: 'a new chart version',
      summary: refusedSummary(plan.reference.ref, published, plan.artifact.digest),
    },
  );
}

/**
 * Just before the tag is written, it must still hold what it held when the run started (or our own
 * digest): a version another run published meanwhile is not overwritten, whatever on-existing says
 * (overwrite replaces what was there, not what a concurrent run writes).
 */
async function checkTagUnmoved(
  client: ReturnType<typeof createOciClient>,
  plan: ChartPlan,
  before: string | undefined,
): Promise<void> {
  const now = await client.manifestExists(plan.reference.repository, plan.reference.tag);
  if (now === undefined || now.digest === before || now.digest === plan.artifact.digest) return;
  throw concurrentPublisher(plan, now.digest, 'was tagged');
}

/**
 * Read the tag back after writing it. A registry offers no compare-and-swap on tags, so another run
 * pushing the same version at the same moment can overwrite ours; then our digest output would name
 * content that is no longer tagged. Such a run fails, naming both digests.
 */
async function checkTagHolds(client: ReturnType<typeof createOciClient>, plan: ChartPlan): Promise<void> {
  const now = await client.manifestExists(plan.reference.repository, plan.reference.tag);
  if (now?.digest === plan.artifact.digest) return;
  throw concurrentPublisher(plan, now?.digest, 'now holds');
}

/** Another run published the same chart version during this one: nothing of ours stays tagged. */
function concurrentPublisher(plan: ChartPlan, theirs: string | undefined, what: 'was tagged' | 'now holds'): UserError {
  const found = theirs ? `${what} ${theirs}` : 'lost its manifest';
  return new UserError(
    `${plan.reference.ref} ${found}, not ${plan.artifact.digest} which this run (${plan.input}) ${what === 'was tagged' ? 'was about to tag' : 'pushed'}: another publisher wrote the same chart version at the same moment, and nothing of this run is tagged. Publish a chart version from one job at a time (release-charts.yml serializes them per chart); if ${theirs ?? 'the other content'} is the chart you meant, a rerun reports it unchanged, else bump the version`,
    {
      input: 'chart',
      value: plan.input,
      valid: 'one publisher per chart version at a time',
      summary: overwrittenSummary(plan.reference.ref, theirs, plan.artifact.digest),
    },
  );
}

function summaryOf(results: ChartPublishResult[], lint: string[], warnings: string[]): string {
  const lines = [
    '### Helm charts published to OCI',
    '',
    '| Chart | Reference | Digest | State |',
    '| --- | --- | --- | --- |',
  ];
  for (const r of results) lines.push(`| ${r.name} ${r.version} | \`${r.ref}\` | \`${r.digest}\` | ${r.state} |`);
  lines.push('', 'Checked before publishing:', '', ...lint.map((l) => `- ${l}`), '');
  if (warnings.length > 0) lines.push('Warnings:', '', ...warnings.map((w) => `- ${w}`), '');
  lines.push('Install:', '', '```sh');
  for (const r of results) lines.push(`helm upgrade --install ${r.name} ${r.ociUrl} --version ${r.version}`);
  lines.push('```', '', 'Digests, for signing or attestation:', '', '```');
  for (const r of results) lines.push(`${r.ociUrl.replace(/^oci:\/\//, '')}@${r.digest}`);
  lines.push('```', '');
  return lines.join('\n');
}

function refusedSummary(ref: string, published: string, ours: string): string {
  return [
    '### Chart version already published',
    '',
    `\`${ref}\` exists with a different digest; nothing was pushed.`,
    '',
    `- published: \`${published}\``,
    `- this run:  \`${ours}\``,
    '',
    'Bump the chart version (Chart.yaml or the `version` input) and release again.',
    '',
  ].join('\n');
}

function overwrittenSummary(ref: string, now: string | undefined, ours: string): string {
  return [
    '### Chart version published by a concurrent run',
    '',
    `\`${ref}\` was written by another run while this one was publishing it; the registry keeps the other.`,
    '',
    `- the tag now: \`${now ?? 'no manifest'}\``,
    `- this run:    \`${ours}\` (not tagged)`,
    '',
    'Registries have no compare-and-swap for tags: publish each chart version from one job at a time.',
    '',
  ].join('\n');
}
