// publish-chart-oci: package Helm charts as helm does (reproducibly) and push them to an OCI registry
// in helm's format, never overwriting a published chart version.
import { LINT_MODES } from '../charts/lint-modes.js';
import { isChartVersion } from '../charts/version.js';
import { invalidInput } from '../plumbing/errors.js';
import type { Inputs } from '../plumbing/inputs.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';
import { type PublishSettings, ON_EXISTING } from './publish-chart-oci.settings.js';
export type { PublishSettings } from './publish-chart-oci.settings.js';

function parseSettings(inputs: Inputs): PublishSettings {
  const password = inputs.secret('password');
  const username = inputs.optional('username');
  const charts = inputs.lines('chart');
  if (charts.length === 0) throw invalidInput('chart', '', 'a chart directory or a packaged .tgz, one per line');
  for (const chart of charts) {
    if (/[\0]/.test(chart) || chart.startsWith('-'))
      throw invalidInput('chart', chart, 'paths inside the workspace, one per line');
  }
  const registry = inputs.required('registry', 'an OCI registry URL such as oci://ghcr.io/OWNER/charts');
  if (!/^oci:\/\//.test(registry))
    throw invalidInput('registry', registry, 'oci://HOST[:PORT]/PATH, e.g. oci://ghcr.io/OWNER/charts');
  const version = inputs.optional('version');
  if (version !== undefined && !isChartVersion(version))
    throw invalidInput('version', version, 'a SemVer chart version such as 1.2.3 or 1.2.3-rc.1+build.5');
  const appVersion = inputs.optional('app-version');
  if (appVersion !== undefined && /[\r\n\0]/.test(appVersion))
    throw invalidInput('app-version', appVersion, 'a single-line application version such as 1.2.3');
  const releaseNotesPath = inputs.optional('release-notes');
  if (releaseNotesPath !== undefined && /[\0\r\n]/.test(releaseNotesPath))
    throw invalidInput('release-notes', releaseNotesPath, 'the path of a Markdown file inside the workspace');
  if (password !== undefined && username === undefined)
    throw invalidInput('username', '', 'a user name to go with the password (on GitHub: ${{ github.actor }})');
  if (username !== undefined && password === undefined)
    throw invalidInput(
      'password',
      '',
      'a password or token to go with the username (on GitHub: ${{ secrets.GITHUB_TOKEN }})',
    );
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
    lint: inputs.choice('lint', LINT_MODES),
  };
}

export const operation: Operation = {
  name: 'publish-chart-oci',
  description:
    "Package Helm charts reproducibly (as helm package does) and push them to an OCI registry in helm's format, never overwriting a published version.",
  inputs: [
    {
      name: 'chart',
      description:
        'Chart directory or packaged `.tgz`, relative to the workspace; one per line for several charts. A `.tgz` is validated and pushed as is.',
      required: true,
    },
    {
      name: 'registry',
      description:
        'OCI registry URL to push to, e.g. `oci://ghcr.io/OWNER/charts`; the chart goes to `<registry>/<name>:<version>`. Capitals are lowered (OCI names are lower case), so `${{ github.repository_owner }}` works as is.',
      required: true,
    },
    {
      name: 'version',
      description:
        "Chart version to package with, instead of Chart.yaml's (`helm package --version`). Only the archived Chart.yaml changes, comments kept; the working tree is not changed.",
      default: '',
    },
    {
      name: 'app-version',
      description: "appVersion to package with, instead of Chart.yaml's (`helm package --app-version`).",
      default: '',
    },
    {
      name: 'release-notes',
      description:
        'Markdown file set as the `catalog.cattle.io/release-notes` annotation, which the Rancher catalog shows.',
      default: '',
    },
    {
      name: 'username',
      description: 'Registry user; on GitHub `${{ github.actor }}`. Empty: anonymous.',
      default: '',
    },
    {
      name: 'password',
      description:
        'Registry password or token; on GitHub `${{ secrets.GITHUB_TOKEN }}` (job permission `packages: write`). Masked, never logged.',
      default: '',
    },
    {
      name: 'plain-http',
      description: 'Use `http://` instead of TLS, for a registry on loopback (tests, demos), like `helm --plain-http`.',
      default: 'false',
    },
    {
      name: 'on-existing',
      description:
        'When the version is already published with a different digest: `fail`, or `overwrite` (not recommended: users who pulled the old digest get a different chart under the same version).',
      default: 'fail',
    },
    {
      name: 'lint',
      description:
        'Check each packaged chart before it is pushed: auto (helm lint and helm template when helm is on PATH, else native structural checks), helm (fail without helm), native, or false.',
      default: 'auto',
    },
  ],
  outputs: [
    { name: 'ref', description: 'The pushed reference, e.g. `ghcr.io/OWNER/charts/kruntimes:1.4.0` (one chart only).' },
    {
      name: 'digest',
      description: 'The manifest digest `sha256:…`, ready for signing or attestation (one chart only).',
    },
    {
      name: 'oci-url',
      description: '`oci://ghcr.io/OWNER/charts/kruntimes`, for `helm install … --version` (one chart only).',
    },
    { name: 'name', description: 'Chart name (one chart only).' },
    { name: 'version', description: 'Chart version as packaged (one chart only).' },
    { name: 'app-version', description: 'appVersion as packaged (one chart only).' },
    {
      name: 'state',
      description:
        '`pushed` if any chart was pushed; `unchanged` if every chart was already published with the same digest.',
    },
    {
      name: 'charts',
      description:
        'JSON array, one object per chart: `chart`, `name`, `version`, `appVersion`, `ref`, `digest`, `ociUrl`, `state`, `layerDigest`. Use it (`fromJSON`) when several charts are pushed.',
    },
  ],
  async run(context: OperationContext): Promise<OperationResult> {
    const settings = parseSettings(context.inputs);
    // The one lazy boundary: chart packaging and the OCI client load only once the inputs are valid.
    const { publishCharts } = await import('./publish-chart-oci.steps.js');
    return publishCharts(settings, context);
  },
};
