// Chart.yaml: reading it the way helm does, validating it as helm's Metadata.Validate does, and
// editing version, appVersion and annotations in place without losing comments.
import { isMap, isScalar, parseDocument } from 'yaml';
import { UserError } from '../plumbing/errors.js';
import { isChartVersion, isSafeChartName } from './version.js';

/** A maintainer entry of Chart.yaml. */
export interface ChartMaintainer {
  name?: string;
  email?: string;
  url?: string;
}

/** A dependency entry of Chart.yaml (helm's chart.Dependency). */
export interface ChartDependency {
  name: string;
  version?: string;
  repository: string;
  condition?: string;
  tags?: string[];
  enabled?: boolean;
  importValues?: unknown[];
  alias?: string;
  dependsOn?: string[];
}

/** The chart metadata, i.e. helm's chart.Metadata, after helm's sanitising. */
export interface ChartMetadata {
  name: string;
  home?: string;
  sources?: string[];
  version: string;
  description?: string;
  keywords?: string[];
  maintainers?: ChartMaintainer[];
  icon?: string;
  apiVersion: string;
  condition?: string;
  tags?: string;
  appVersion?: string;
  deprecated?: boolean;
  annotations?: Record<string, string>;
  kubeVersion?: string;
  dependencies?: ChartDependency[];
  type?: string;
}

/** The annotation the Rancher (Buntime) catalog reads release notes from. */
export const RELEASE_NOTES_ANNOTATION = 'catalog.cattle.io/release-notes';

/**
 * Parse Chart.yaml bytes into helm's metadata. Strings are read as written (sigs.k8s.io/yaml turns
 * `version: 1.0` into the string "1.0" for a string field), booleans with YAML 1.1 rules as
 * go-yaml does, and unknown keys are ignored as helm ignores them. `where` names the file in errors.
 */
export function parseChartYaml(data: Uint8Array, where: string): ChartMetadata {
  const text = Buffer.from(data).toString('utf8');
  const strings = parseDocument(text, { schema: 'failsafe', uniqueKeys: false });
  const typed = parseDocument(text, { version: '1.1', uniqueKeys: false });
  const problem = strings.errors[0] ?? typed.errors[0];
  if (problem) throw chartError(where, `cannot load Chart.yaml: ${problem.message.split('\n')[0]}`);
  const raw = strings.toJS() as unknown;
  const rawTyped = typed.toJS() as unknown;
  if (raw === null || raw === undefined || raw === '') throw chartError(where, 'chart.metadata.apiVersion is required');
  if (!isRecord(raw) || !isRecord(rawTyped))
    throw chartError(where, 'cannot load Chart.yaml: expected a mapping of keys to values');

  const str = (key: string, from: Record<string, unknown> = raw): string | undefined => {
    const v = from[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw chartError(where, `cannot load Chart.yaml: ${key} must be a string`);
    return v;
  };
  const strList = (key: string, from: Record<string, unknown> = raw): string[] | undefined => {
    const v = from[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      throw chartError(where, `cannot load Chart.yaml: ${key} must be a list of strings`);
    return v as string[];
  };
  const bool = (key: string, from: Record<string, unknown>): boolean | undefined => {
    const v = from[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') throw chartError(where, `cannot load Chart.yaml: ${key} must be true or false`);
    return v;
  };

  const annotationsRaw = raw.annotations;
  let annotations: Record<string, string> | undefined;
  if (annotationsRaw !== undefined && annotationsRaw !== null && annotationsRaw !== '') {
    if (!isRecord(annotationsRaw) || Object.values(annotationsRaw).some((v) => typeof v !== 'string')) {
      throw chartError(where, 'cannot load Chart.yaml: annotations must map strings to strings');
    }
    annotations = annotationsRaw as Record<string, string>;
  }

  const maintainers = listOfRecords(raw.maintainers, 'maintainers', where)?.map((m) => ({
    name: optionalSanitized(str('name', m)),
    email: optionalSanitized(str('email', m)),
    url: optionalSanitized(str('url', m)),
  }));
  const typedDeps = Array.isArray(rawTyped.dependencies) ? rawTyped.dependencies : [];
  const dependencies = listOfRecords(raw.dependencies, 'dependencies', where)?.map((d, i) => {
    const t = isRecord(typedDeps[i]) ? (typedDeps[i] as Record<string, unknown>) : {};
    const importValues = t['import-values'];
    if (importValues !== undefined && importValues !== null && !Array.isArray(importValues)) {
      throw chartError(where, 'cannot load Chart.yaml: import-values must be a list');
    }
    return {
      name: sanitize(str('name', d) ?? ''),
      version: optionalSanitized(str('version', d)),
      repository: sanitize(str('repository', d) ?? ''),
      condition: optionalSanitized(str('condition', d)),
      tags: strList('tags', d)?.map(sanitize),
      enabled: bool('enabled', t),
      importValues: (importValues as unknown[] | null | undefined) ?? undefined,
      alias: str('alias', d),
      dependsOn: strList('depends-on', d)?.map(sanitize),
    } satisfies ChartDependency;
  });

  return {
    name: sanitize(str('name') ?? ''),
    home: optionalSanitized(str('home')),
    sources: strList('sources')?.map(sanitize),
    version: str('version') ?? '',
    description: optionalSanitized(str('description')),
    keywords: strList('keywords')?.map(sanitize),
    maintainers,
    icon: optionalSanitized(str('icon')),
    apiVersion: str('apiVersion') ?? '',
    condition: optionalSanitized(str('condition')),
    tags: optionalSanitized(str('tags')),
    appVersion: optionalSanitized(str('appVersion')),
    deprecated: bool('deprecated', rawTyped),
    annotations,
    kubeVersion: optionalSanitized(str('kubeVersion')),
    dependencies,
    type: str('type'),
  };
}

/**
 * helm's Metadata.Validate, plus the rules this project adds: apiVersion must be v2 (we package new
 * charts only) and the name must be usable in an OCI reference.
 */
export function validateMetadata(metadata: ChartMetadata, where: string): void {
  if (metadata.apiVersion === '') throw chartError(where, 'chart.metadata.apiVersion is required');
  if (metadata.apiVersion !== 'v2') {
    throw chartError(
      where,
      `chart.metadata.apiVersion ${JSON.stringify(metadata.apiVersion)} is not supported; expected v2 (helm 3 charts)`,
    );
  }
  if (metadata.name === '') throw chartError(where, 'chart.metadata.name is required');
  if (!isSafeChartName(metadata.name)) {
    throw chartError(
      where,
      `chart.metadata.name ${JSON.stringify(metadata.name)} is invalid; expected lower-case letters, digits and single separators (. _ -), e.g. my-chart`,
    );
  }
  if (metadata.version === '') throw chartError(where, 'chart.metadata.version is required');
  if (!isChartVersion(metadata.version)) {
    throw chartError(
      where,
      `chart.metadata.version ${JSON.stringify(metadata.version)} is invalid; expected SemVer, e.g. 1.2.3`,
    );
  }
  if (metadata.type !== undefined && !['', 'application', 'library'].includes(metadata.type)) {
    throw chartError(
      where,
      `chart.metadata.type ${JSON.stringify(metadata.type)} is invalid; expected application or library`,
    );
  }
  const seen = new Set<string>();
  for (const dependency of metadata.dependencies ?? []) {
    if (dependency.alias !== undefined && dependency.alias !== '' && !/^[a-zA-Z0-9_-]+$/.test(dependency.alias)) {
      throw chartError(where, `dependency ${JSON.stringify(dependency.name)} has disallowed characters in the alias`);
    }
    const key = dependency.alias || dependency.name;
    if (seen.has(key)) {
      throw chartError(
        where,
        `more than one dependency with name or alias ${JSON.stringify(key)}; try using distinct aliases for dependencies with the same chart name`,
      );
    }
    seen.add(key);
  }
}

export interface ChartYamlEdits {
  version?: string;
  appVersion?: string;
  annotations?: Record<string, string>;
}

/**
 * Chart.yaml with `edits` applied, keeping its comments, key order and formatting elsewhere (the
 * yaml Document API edits the syntax tree). Returns the input unchanged when there is nothing to do.
 */
export function editChartYaml(data: Buffer, edits: ChartYamlEdits): Buffer {
  if (edits.version === undefined && edits.appVersion === undefined && !edits.annotations) return data;
  const document = parseDocument(data.toString('utf8'), { version: '1.1', uniqueKeys: false });
  const setScalar = (key: string, value: string) => {
    // Changing the existing node keeps its quoting style and its comments; the library quotes a
    // plain value that would otherwise read back as a number.
    const node = document.get(key, true);
    if (isScalar(node)) node.value = value;
    else document.set(key, value);
  };
  if (edits.version !== undefined) setScalar('version', edits.version);
  if (edits.appVersion !== undefined) setScalar('appVersion', edits.appVersion);
  if (edits.annotations && Object.keys(edits.annotations).length > 0) {
    const existing = document.get('annotations', true);
    if (!isMap(existing)) document.set('annotations', document.createNode({}));
    for (const [key, value] of Object.entries(edits.annotations)) document.setIn(['annotations', key], value);
  }
  return Buffer.from(document.toString({ lineWidth: 0 }));
}

/** helm's sanitizeString: any whitespace becomes a space, non-printable characters are dropped. */
export function sanitize(value: string): string {
  return value.replace(/\s/gu, ' ').replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '');
}

function optionalSanitized(value: string | undefined): string | undefined {
  return value === undefined ? undefined : sanitize(value);
}

function listOfRecords(value: unknown, key: string, where: string): Record<string, unknown>[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (!Array.isArray(value)) throw chartError(where, `cannot load Chart.yaml: ${key} must be a list`);
  return value.map((entry) => {
    if (!isRecord(entry)) throw chartError(where, `${key} must not contain empty or null nodes`);
    return entry;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A chart problem, located in the chart's Chart.yaml (or the file `where` names). */
export function chartError(where: string, message: string): UserError {
  return new UserError(`chart ${where}: ${message}`, { value: where, location: { file: where } });
}
