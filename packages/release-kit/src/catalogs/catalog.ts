// What both catalog targets share: the chart to publish, what became of it, and the refusal to overwrite.
import type { ChartMetadata } from '../charts/chartfile.js';
import { UserError } from '../plumbing/errors.js';

/** One packaged chart on its way into a catalog. */
export interface CatalogChart {
  /** The `chart` input line it came from. */
  chart: string;
  metadata: ChartMetadata;
  /** `<name>-<version>.tgz` */
  fileName: string;
  /** The reproducible archive (helm package's bytes). */
  data: Buffer;
  /** Release notes, for Rancher's app-readme.md (already in the archive's Chart.yaml annotation). */
  releaseNotes?: string;
}

/** What a run did with one chart. */
export interface ChartOutcome {
  chart: string;
  name: string;
  version: string;
  /** Where the version lives in the catalog repository (a folder, or the .tgz). */
  path: string;
  state: 'created' | 'unchanged';
  /** sha256 hex of the .tgz the index points at (helm-repo only). */
  digest?: string;
  /** Download URL recorded in the index (helm-repo only). */
  url?: string;
}

/** A version already in the catalog with other content: never overwritten, the run stops before any commit. */
export function versionConflict(chart: CatalogChart, where: string, detail: string): UserError {
  const { name, version } = chart.metadata;
  return new UserError(
    `catalog: ${name} ${version} is already published at ${where} with different content (${detail}); a published chart version is never overwritten: bump the version in ${chart.chart}/Chart.yaml and publish again`,
    {
      input: 'chart',
      value: `${name} ${version}`,
      valid: 'a chart version the catalog does not hold yet, or the same content',
    },
  );
}
