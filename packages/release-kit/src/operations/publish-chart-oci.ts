// publish-chart-oci: package Helm charts as helm does (reproducibly) and push them to an OCI registry
// in helm's format, never overwriting a published chart version.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError, invalidInput } from '../plumbing/errors.js';
import { resolveInside } from '../plumbing/fs.js';
import type { Inputs } from '../plumbing/inputs.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';

const ON_EXISTING = ['fail', 'overwrite'] as const;
type OnExisting = (typeof ON_EXISTING)[number];

/** Every input, parsed and checked before anything is read from disk or sent. */
interface PublishSettings {
  charts: string[];
  registry: string;
  version?: string;
  appVersion?: string;
  releaseNotesPath?: string;
  username?: string;
  password?: string;
  plainHttp: boolean;
  onExisting: OnExisting;
}

// The same grammar as charts/chartfile.ts isChartVersion (Masterminds/semver, what helm accepts);
// repeated here so that parsing the inputs does not load the packaging code.
const CHART_VERSION =
  /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

function parseSettings(inputs: Inputs): PublishSettings {
  const password = inputs.secret('password');
  const username = inputs.optional('username');
  const charts = inputs.lines('chart');
  if (charts.length === 0) throw invalidInput('chart', '', 'a chart directory or a packaged .tgz, one per line');
  for (const chart of charts) {
    if (/[\0]/.test(chart) || chart.startsWith('-')) throw invalidInput('chart', chart, 'paths inside the workspace, one per line');
  }
  const registry = inputs.required('registry', 'an OCI registry URL such as oci://ghcr.io/OWNER/charts');
  if (!/^oci:\/\//.test(registry)) throw invalidInput('registry', registry, 'oci://HOST[:PORT]/PATH, e.g. oci://ghcr.io/OWNER/charts');
  const version = inputs.optional('version');
  if (version !== undefined && !CHART_VERSION.test(version)) throw invalidInput('version', version, 'a SemVer chart version such as 1.2.3 or 1.2.3-rc.1+build.5');
  const appVersion = inputs.optional('app-version');
  if (appVersion !== undefined && /[\r\n\0]/.test(appVersion)) throw invalidInput('app-version', appVersion, 'a single-line application version such as 1.2.3');
  const releaseNotesPath = inputs.optional('release-notes');
  if (releaseNotesPath !== undefined && /[\0\r\n]/.test(releaseNotesPath)) throw invalidInput('release-notes', releaseNotesPath, 'the path of a Markdown file inside the workspace');
  if (password !== undefined && username === undefined) throw invalidInput('username', '', 'a user name to go with the password (on GitHub: ${{ github.actor }})');
  if (username !== undefined && password === undefined) throw invalidInput('password', '', 'a password or token to go with the username (on GitHub: ${{ secrets.GITHUB_TOKEN }})');
  return {
    charts,
    registry,
    version,
    appVersion,
    releaseNotesPath,
    username,
    password,
    plainHttp: inputs.boolean('plain-http'),
    onExisting: inputs.choice('on-existing', ON_EXISTING),
  };
}

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

async function publish(context: OperationContext): Promise<OperationResult> {
  const settings = parseSettings(context.inputs);
  const { log, runner } = context;
  const workspace = runner.workspace;
  const oci = await import('../charts/oci.js');

  // The registry URL is fully checked before any chart is read.
  const registryUrl = oci.parseRegistryUrl(settings.registry);
  if (registryUrl.url !== settings.registry.replace(/\/$/, '')) log.info(`registry: using ${registryUrl.url} (OCI names are lower case)`);

  let releaseNotes: string | undefined;
  if (settings.releaseNotesPath !== undefined) {
    const notesFile = await resolveInside(workspace, settings.releaseNotesPath, 'release-notes');
    try {
      releaseNotes = await readFile(notesFile, 'utf8');
    } catch {
      throw invalidInput('release-notes', settings.releaseNotesPath, 'an existing Markdown file inside the workspace');
    }
  }

  // Package (or load) and validate every chart before the first request to the registry.
  const { loadChart } = await import('../charts/package.js');
  const plans = [];
  for (const input of settings.charts) {
    const absolute = await resolveInside(workspace, input, 'chart');
    const where = path.relative(workspace, absolute) || '.';
    const packaged = await loadChart(absolute, where, { version: settings.version, appVersion: settings.appVersion, releaseNotes }, async () => {
      const { reproducibleTime } = await import('../git/source-date.js');
      return reproducibleTime(absolute, runner.sourceDateEpoch, 'directory');
    });
    if (packaged.origin === 'directory') log.info(`${where}: packaged ${packaged.fileName} (${packaged.entries.length} files, ${packaged.data.length} bytes, mtime ${oci.rfc3339(packaged.created)})`);
    else log.info(`${where}: validated packaged chart ${packaged.metadata.name} ${packaged.metadata.version} (${packaged.data.length} bytes)`);
    const reference = oci.chartReference(registryUrl.url, packaged.metadata.name, packaged.metadata.version);
    plans.push({ input, packaged, reference, artifact: oci.chartOciArtifact(packaged) });
  }
  const seen = new Map<string, string>();
  for (const plan of plans) {
    const other = seen.get(plan.reference.ref);
    if (other !== undefined) throw invalidInput('chart', plan.input, `charts with distinct name:version pairs; ${other} is also ${plan.reference.ref}`);
    seen.set(plan.reference.ref, plan.input);
  }

  const [{ createOciClient }, { pushChart }] = await Promise.all([import('../oci/client.js'), import('../charts/push.js')]);
  const client = createOciClient({
    registry: registryUrl.host,
    plainHttp: settings.plainHttp,
    username: settings.username,
    password: settings.password,
    push: true,
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
        { input: 'on-existing', value: settings.onExisting, valid: 'a new chart version', summary: refusedSummary(plan.reference.ref, found.digest, plan.artifact.digest) },
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
      if (before !== undefined) log.warning(`on-existing: overwrite: replacing ${plan.reference.ref} (was ${before}) with ${plan.artifact.digest}`);
      await pushChart(client, plan.artifact, plan.reference, log);
      state = 'pushed';
      log.info(`pushed ${plan.reference.ref} (${plan.artifact.digest})`);
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
  const lines = ['### Helm charts published to OCI', '', '| Chart | Reference | Digest | State |', '| --- | --- | --- | --- |'];
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

export const operation: Operation = {
  name: 'publish-chart-oci',
  description: 'Package Helm charts reproducibly (as helm package does) and push them to an OCI registry in helm\'s format, never overwriting a published version.',
  inputs: [
    { name: 'chart', description: 'Chart directory or packaged .tgz, relative to the workspace; one per line for several charts.', required: true },
    { name: 'registry', description: 'OCI registry URL to push to, e.g. oci://ghcr.io/OWNER/charts; the chart goes to <registry>/<name>:<version>.', required: true },
    { name: 'version', description: 'Chart version to package with, instead of Chart.yaml\'s (helm package --version); the working tree is not changed.', default: '' },
    { name: 'app-version', description: 'appVersion to package with, instead of Chart.yaml\'s (helm package --app-version).', default: '' },
    { name: 'release-notes', description: 'Markdown file set as the catalog.cattle.io/release-notes annotation (Rancher catalog).', default: '' },
    { name: 'username', description: 'Registry user name (on GitHub: the github.actor); empty for anonymous access.', default: '' },
    { name: 'password', description: 'Registry password or token (on GitHub: secrets.GITHUB_TOKEN, with packages: write); masked, never logged.', default: '' },
    { name: 'plain-http', description: 'Talk to the registry over plain HTTP instead of TLS (loopback registries, like helm --plain-http).', default: 'false' },
    { name: 'on-existing', description: 'When the version is already published with different content: fail, or overwrite (not recommended).', default: 'fail' },
  ],
  outputs: [
    { name: 'ref', description: 'The pushed reference, e.g. ghcr.io/OWNER/charts/NAME:1.2.3 (one chart only).' },
    { name: 'digest', description: 'The manifest digest (sha256:…), for signing or attestation (one chart only).' },
    { name: 'oci-url', description: 'oci://… URL to install from with --version (one chart only).' },
    { name: 'name', description: 'Chart name (one chart only).' },
    { name: 'version', description: 'Chart version as packaged (one chart only).' },
    { name: 'app-version', description: 'appVersion as packaged (one chart only).' },
    { name: 'state', description: 'pushed if any chart was pushed, unchanged if every chart was already there with the same digest.' },
    { name: 'charts', description: 'JSON array with one object per chart: chart, name, version, appVersion, ref, digest, ociUrl, state, layerDigest.' },
  ],
  run: publish,
};
