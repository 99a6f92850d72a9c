// publish-chart-oci after its inputs are valid: package or load each chart, then push it in helm's
// OCI format. Loaded lazily by operations/publish-chart-oci.ts.
import path from 'node:path';
import * as oci from '../charts/oci.js';
import { loadChart } from '../charts/package.js';
import { pushChart } from '../charts/push.js';
import { reproducibleTime } from '../git/source-date.js';
import { createOciClient } from '../oci/client.js';
import { UserError, invalidInput } from '../plumbing/errors.js';
import { readFileInside, resolveInside } from '../plumbing/fs.js';
import { inGroup } from '../plumbing/log.js';
import type { OperationContext, OperationResult } from '../runtime/operation.js';
import type { PublishSettings } from './publish-chart-oci.js';

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

  // Package (or load) and validate every chart before the first request to the registry.
  const plans = await inGroup(
    log,
    `Package ${settings.charts.length === 1 ? settings.charts[0] : `${settings.charts.length} charts`}`,
    async () => {
      const planned = [];
      for (const input of settings.charts) {
        const absolute = await resolveInside(workspace, input, 'chart');
        const where = path.relative(workspace, absolute) || '.';
        const packaged = await loadChart(
          absolute,
          where,
          { version: settings.version, appVersion: settings.appVersion, releaseNotes },
          () => reproducibleTime(absolute, runner.sourceDateEpoch, 'directory'),
        );
        if (packaged.origin === 'directory')
          log.info(
            `${where}: packaged ${packaged.fileName} (${packaged.entries.length} files, ${packaged.data.length} bytes, mtime ${oci.rfc3339(packaged.created)})`,
          );
        else
          log.info(
            `${where}: validated packaged chart ${packaged.metadata.name} ${packaged.metadata.version} (${packaged.data.length} bytes)`,
          );
        const reference = oci.chartReference(registryUrl.url, packaged.metadata.name, packaged.metadata.version);
        planned.push({ input, packaged, reference, artifact: oci.chartOciArtifact(packaged) });
      }
      return planned;
    },
  );
  const seen = new Map<string, string>();
  for (const plan of plans) {
    const other = seen.get(plan.reference.ref);
    if (other !== undefined)
      throw invalidInput(
        'chart',
        plan.input,
        `charts with distinct name:version pairs; ${other} is also ${plan.reference.ref}`,
      );
    seen.set(plan.reference.ref, plan.input);
  }

  const client = createOciClient({
    registry: registryUrl.host,
    plainHttp: settings.plainHttp,
    username: settings.username,
    password: settings.password,
    push: true,
    retryBaseMs: runner.retryBaseMs,
    log,
  });

  // Look at every tag first, so that a refused chart stops the run before anything is pushed.
  const existing = new Map<string, string | undefined>();
  for (const plan of plans) {
    const found = await client.manifestExists(plan.reference.repository, plan.reference.tag);
    existing.set(plan.reference.ref, found?.digest);
    if (found && found.digest !== plan.artifact.digest && settings.onExisting === 'fail') {
      throw new UserError(
        `${plan.reference.ref} already exists with digest ${found.digest}, and this chart (${plan.input}) is ${plan.artifact.digest}: a published chart version is never overwritten; bump the chart version (input 'version' or Chart.yaml), or set on-existing: overwrite if you really mean to replace it`,
        {
          input: 'on-existing',
          value: settings.onExisting,
          valid: 'a new chart version',
          summary: refusedSummary(plan.reference.ref, found.digest, plan.artifact.digest),
        },
      );
    }
  }

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
        await pushChart(client, plan.artifact, plan.reference, log);
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
    summary: summaryOf(results),
  };
}

function summaryOf(results: ChartPublishResult[]): string {
  const lines = [
    '### Helm charts published to OCI',
    '',
    '| Chart | Reference | Digest | State |',
    '| --- | --- | --- | --- |',
  ];
  for (const r of results) lines.push(`| ${r.name} ${r.version} | \`${r.ref}\` | \`${r.digest}\` | ${r.state} |`);
  lines.push('', 'Install:', '', '```sh');
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
