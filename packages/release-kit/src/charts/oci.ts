// Helm's OCI layout for a chart (helm/helm pkg/registry): media types, the config blob, the
// manifest and its annotations, and the location a chart version is pushed to. The generic OCI
// parts (descriptors, digests, reference grammar) come from oci/.
import { describeBlob, sha256Digest, type OciDescriptor } from '../oci/digest.js';
import { isValidRegistryHost, isValidRepository } from '../oci/reference.js';
import { invalidInput } from '../plumbing/errors.js';
import type { ChartDependency, ChartMetadata } from './chartfile.js';
import { chartVersionTag } from './version.js';

export const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
export const HELM_CHART_LAYER_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
export const HELM_PROVENANCE_LAYER_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.provenance.v1.prov';

/** Where a chart version lives in a registry. */
export interface ChartOciLocation {
  /** Registry host (and port), e.g. ghcr.io */
  registry: string;
  /** Repository path including the chart name, e.g. owner/charts/kruntimes */
  repository: string;
  /** The version with `+` mapped to `_` (OCI tags cannot hold `+`). */
  tag: string;
  /** ghcr.io/owner/charts/kruntimes:1.2.3 */
  ref: string;
  /** oci://ghcr.io/owner/charts/kruntimes (what `helm install` takes, with --version) */
  ociUrl: string;
  /** oci://ghcr.io/owner/charts (the registry input, normalised) */
  registryUrl: string;
}

/**
 * Parse the `registry` input: `oci://HOST[:PORT]/PATH…`. OCI repository names are lower case, so
 * upper-case letters are lowered (`oci://ghcr.io/${{ github.repository_owner }}/charts` has the
 * owner's capitals, and a workflow expression cannot lower them); any other departure from the
 * distribution grammar is a UserError naming `input`.
 */
export function parseRegistryUrl(value: string, input = 'registry'): { host: string; path: string; url: string } {
  const valid = 'oci://HOST[:PORT]/PATH, e.g. oci://ghcr.io/OWNER/charts';
  // The host and the path are held to the grammar oci/reference.ts keeps.
  const text = value.trim().toLowerCase();
  if (!text.startsWith('oci://')) throw invalidInput(input, value, valid);
  const rest = text.slice('oci://'.length);
  const slash = rest.indexOf('/');
  const host = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash + 1).replace(/\/$/, '');
  if (!isValidRegistryHost(host) || (path !== '' && !isValidRepository(path))) throw invalidInput(input, value, valid);
  return { host, path, url: `oci://${host}${path ? `/${path}` : ''}` };
}

/** `<registry-path>/<name>:<version>`, with `+` in the version written as `_` in the tag. */
export function chartReference(
  registryUrl: string,
  name: string,
  version: string,
  input = 'registry',
): ChartOciLocation {
  const { host, path, url } = parseRegistryUrl(registryUrl, input);
  const repository = path ? `${path}/${name}` : name;
  const tag = chartVersionTag(version);
  return {
    registry: host,
    repository,
    tag,
    ref: `${host}/${repository}:${tag}`,
    ociUrl: `oci://${host}/${repository}`,
    registryUrl: url,
  };
}

/**
 * The config blob: the chart metadata as Go's json.Marshal writes helm's chart.Metadata — struct
 * field order, empty fields omitted, map keys sorted, `<`, `>` and `&` escaped.
 */
export function chartConfigJson(metadata: ChartMetadata): Buffer {
  const fields: [string, unknown][] = [
    ['name', metadata.name],
    ['home', metadata.home],
    ['sources', metadata.sources],
    ['version', metadata.version],
    ['description', metadata.description],
    ['keywords', metadata.keywords],
    [
      'maintainers',
      metadata.maintainers?.map((m) =>
        goObject([
          ['name', m.name],
          ['email', m.email],
          ['url', m.url],
        ]),
      ),
    ],
    ['icon', metadata.icon],
    ['apiVersion', metadata.apiVersion],
    ['condition', metadata.condition],
    ['tags', metadata.tags],
    ['appVersion', metadata.appVersion],
    ['deprecated', metadata.deprecated],
    ['annotations', metadata.annotations],
    ['kubeVersion', metadata.kubeVersion],
    ['dependencies', metadata.dependencies?.map(dependencyObject)],
    ['type', metadata.type],
  ];
  return Buffer.from(goObject(fields).json);
}

function dependencyObject(d: ChartDependency): GoJson {
  return goObject(
    [
      ['name', d.name],
      ['version', d.version],
      ['repository', d.repository],
      ['condition', d.condition],
      ['tags', d.tags],
      ['enabled', d.enabled],
      ['import-values', d.importValues],
      ['alias', d.alias],
      ['depends-on', d.dependsOn],
    ],
    new Set(['name', 'repository']),
  );
}

/**
 * The manifest annotations helm sets (generateOCIAnnotations): description, title, version, url,
 * created, source (first of sources) and authors ("Name (email), …"), blank values dropped; then
 * the chart's own annotations, which cannot replace title or version.
 */
export function chartManifestAnnotations(metadata: ChartMetadata, created: Date): Record<string, string> {
  const annotations: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') annotations[key] = value;
  };
  put('org.opencontainers.image.description', metadata.description);
  put('org.opencontainers.image.title', metadata.name);
  put('org.opencontainers.image.version', metadata.version);
  put('org.opencontainers.image.url', metadata.home);
  put('org.opencontainers.image.created', rfc3339(created));
  if (metadata.sources && metadata.sources.length > 0) put('org.opencontainers.image.source', metadata.sources[0]);
  if (metadata.maintainers && metadata.maintainers.length > 0) {
    const authors = metadata.maintainers.map((m) => `${m.name ?? ''}${m.email ? ` (${m.email})` : ''}`).join(', ');
    put('org.opencontainers.image.authors', authors);
  }
  for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
    if (key === 'org.opencontainers.image.title' || key === 'org.opencontainers.image.version') continue;
    annotations[key] = value;
  }
  return annotations;
}

/** The manifest helm pushes: schemaVersion 2, config, the chart layer, annotations (Go's JSON). */
export function chartManifestJson(
  config: OciDescriptor,
  layers: OciDescriptor[],
  annotations: Record<string, string>,
): Buffer {
  const descriptor = (d: OciDescriptor) =>
    goObject([
      ['mediaType', d.mediaType],
      ['digest', d.digest],
      ['size', d.size],
    ]);
  // helm sorts layers by digest "for determinism, similar to how ORAS v1 does it".
  const sorted = [...layers].sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
  return Buffer.from(
    goObject([
      ['schemaVersion', 2],
      ['config', descriptor(config)],
      ['layers', sorted.map(descriptor)],
      ['annotations', annotations],
    ]).json,
  );
}

/** Everything pushed for one packaged chart: the config blob, the chart layer and the manifest over them. */
export interface ChartOciArtifact {
  /** The .tgz bytes, the chart layer. */
  layerBytes: Buffer;
  layer: OciDescriptor;
  configBytes: Buffer;
  config: OciDescriptor;
  manifest: Buffer;
  /** The manifest's digest: what the tag points at, and what gets signed. */
  digest: string;
}

/** helm push's layout of a packaged chart, computed without touching a registry. */
export function chartOciArtifact(packaged: { data: Buffer; metadata: ChartMetadata; created: Date }): ChartOciArtifact {
  const layer = describeBlob(HELM_CHART_LAYER_MEDIA_TYPE, packaged.data);
  const configBytes = chartConfigJson(packaged.metadata);
  const config = describeBlob(HELM_CONFIG_MEDIA_TYPE, configBytes);
  const manifest = chartManifestJson(config, [layer], chartManifestAnnotations(packaged.metadata, packaged.created));
  return { layerBytes: packaged.data, layer, configBytes, config, manifest, digest: sha256Digest(manifest) };
}

/** Go's time.RFC3339 in UTC: 2006-01-02T15:04:05Z */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A value already encoded as Go's encoding/json would encode it. */
class GoJson {
  constructor(readonly json: string) {}
}

/** Encode fields in order, omitting empty ones as `omitempty` does (except those in `always`). */
function goObject(fields: [string, unknown][], always: ReadonlySet<string> = new Set()): GoJson {
  const parts: string[] = [];
  for (const [key, value] of fields) {
    if (!always.has(key) && isEmpty(value)) continue;
    parts.push(`${goString(key)}:${goValue(value ?? '')}`);
  }
  return new GoJson(`{${parts.join(',')}}`);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === '' || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !isGoJson(value)) return Object.keys(value as object).length === 0;
  return false;
}

function isGoJson(value: unknown): value is GoJson {
  return value instanceof GoJson;
}

function goValue(value: unknown): string {
  if (isGoJson(value)) return value.json;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(goValue).join(',')}]`;
  // A Go map: keys sorted.
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${goString(k)}:${goValue(v)}`).join(',')}}`;
}

/** Go's encoding/json string: HTML-sensitive characters and U+2028/U+2029 escaped as \u00XX. */
function goString(value: string): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
