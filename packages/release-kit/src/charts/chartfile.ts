// Chart.yaml: reading it the way helm does and validating it as helm's Metadata.Validate does (the
// edits are in chartfile-edit.ts).
import { isUtf8 } from 'node:buffer';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
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
  const file = 'Chart.yaml';
  const { strings: raw, typed } = loadYamlMapping(data, where, file);
  if (raw === undefined) throw chartError(where, 'chart.metadata.apiVersion is required');
  const str = (key: string, from: Record<string, unknown> = raw) => stringField(from, key, where, file);
  const strList = (key: string) => stringListField(raw, key, where, file);

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
    deprecated: booleanField(typed, 'deprecated', where, file),
    annotations,
    kubeVersion: optionalSanitized(str('kubeVersion')),
    dependencies: parseDependencies(raw.dependencies, typed.dependencies, where, file),
    type: str('type'),
  };
}

/**
 * The `dependencies` of a helm 2 (apiVersion v1) chart's requirements.yaml, which helm 3 and 4 still
 * read into the chart's metadata; undefined when the file lists none.
 */
export function parseRequirementsYaml(data: Uint8Array, where: string): ChartDependency[] | undefined {
  const { strings, typed } = loadYamlMapping(data, where, 'requirements.yaml');
  if (strings === undefined) return undefined;
  return parseDependencies(strings.dependencies, typed.dependencies, where, 'requirements.yaml');
}

/** The largest number of alias expansions a chart file may make (the yaml library's own default). */
const MAX_ALIAS_COUNT = 100;

/**
 * A chart YAML file read twice, as helm reads it: every scalar as the string written (`strings`),
 * and typed with YAML 1.1 rules (`typed`, for booleans). Refuses syntax errors, duplicate keys
 * (naming the key and both lines) and alias bombs, each in one line; undefined for an empty file.
 */
function loadYamlMapping(
  data: Uint8Array,
  where: string,
  file: string,
): { strings: Record<string, unknown>; typed: Record<string, unknown> } | { strings: undefined; typed: undefined } {
  const text = chartYamlText(data, where, file);
  const lines = new LineCounter();
  const strings = parseDocument(text, { schema: 'failsafe', uniqueKeys: false, lineCounter: lines });
  const typed = parseDocument(text, { version: '1.1', uniqueKeys: false });
  const problem = strings.errors[0] ?? typed.errors[0];
  if (problem) throw chartError(where, `cannot load ${file}: ${problem.message.split('\n')[0]}`);
  const duplicate = findDuplicateKey(strings.contents, [], lines);
  if (duplicate) {
    throw new UserError(
      `chart ${where}: cannot load ${file}: duplicate key ${JSON.stringify(duplicate.key)} at line ${duplicate.line} (first at line ${duplicate.firstLine}); keep one`,
      { value: where, location: { file: where, line: duplicate.line } },
    );
  }
  const rawStrings = toPlain(strings, where, file);
  const rawTyped = toPlain(typed, where, file);
  if (rawStrings === null || rawStrings === undefined || rawStrings === '')
    return { strings: undefined, typed: undefined };
  if (!isRecord(rawStrings) || !isRecord(rawTyped))
    throw chartError(where, `cannot load ${file}: expected a mapping of keys to values`);
  return { strings: rawStrings, typed: rawTyped };
}

function toPlain(document: Document, where: string, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml library stops an exponential expansion (a "billion laughs") with a ReferenceError.
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw chartError(
        where,
        `cannot load ${file}: its YAML aliases expand more than ${MAX_ALIAS_COUNT} times (a resource exhaustion pattern); write the values out`,
      );
    }
    throw error;
  }
}

/** The first key that appears twice in one mapping, anywhere in the tree, with its dotted path and lines. */
function findDuplicateKey(
  node: unknown,
  path: string[],
  lines: LineCounter,
): { key: string; line: number; firstLine: number } | undefined {
  if (isMap(node)) {
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const line = lines.linePos((pair.key as { range?: [number, number, number] }).range?.[0] ?? 0).line;
      const first = seen.get(key);
      if (first !== undefined) return { key: [...path, key].join('.'), line, firstLine: first };
      seen.set(key, line);
      const inner = findDuplicateKey(pair.value, [...path, key], lines);
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const inner = findDuplicateKey(item, [...path, String(index)], lines);
      if (inner) return inner;
    }
  }
  return undefined;
}

function parseDependencies(
  rawList: unknown,
  typedList: unknown,
  where: string,
  file: string,
): ChartDependency[] | undefined {
  const typedDeps = Array.isArray(typedList) ? typedList : [];
  return listOfRecords(rawList, 'dependencies', where)?.map((d, i) => {
    const t = isRecord(typedDeps[i]) ? (typedDeps[i] as Record<string, unknown>) : {};
    const importValues = t['import-values'];
    if (importValues !== undefined && importValues !== null && !Array.isArray(importValues)) {
      throw chartError(where, `cannot load ${file}: import-values must be a list`);
    }
    const str = (key: string) => stringField(d, key, where, file);
    return {
      name: sanitize(str('name') ?? ''),
      version: optionalSanitized(str('version')),
      repository: sanitize(str('repository') ?? ''),
      condition: optionalSanitized(str('condition')),
      tags: stringListField(d, 'tags', where, file)?.map(sanitize),
      enabled: booleanField(t, 'enabled', where, file),
      importValues: (importValues as unknown[] | null | undefined) ?? undefined,
      alias: str('alias'),
      dependsOn: stringListField(d, 'depends-on', where, file)?.map(sanitize),
    } satisfies ChartDependency;
  });
}

function stringField(from: Record<string, unknown>, key: string, where: string, file: string): string | undefined {
  const v = from[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw chartError(where, `cannot load ${file}: ${key} must be a string`);
  return v;
}

function stringListField(
  from: Record<string, unknown>,
  key: string,
  where: string,
  file: string,
): string[] | undefined {
  const v = from[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw chartError(where, `cannot load ${file}: ${key} must be a list of strings`);
  return v as string[];
}

function booleanField(from: Record<string, unknown>, key: string, where: string, file: string): boolean | undefined {
  const v = from[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw chartError(where, `cannot load ${file}: ${key} must be true or false`);
  return v;
}

/**
 * helm's Metadata.Validate, plus the rules this project adds: apiVersion must be v1 or v2 (what
 * helm lint accepts; helm 3 and 4 still package and install helm 2's v1 charts) and the name must be
 * usable in an OCI reference.
 */
export function validateMetadata(metadata: ChartMetadata, where: string): void {
  if (metadata.apiVersion === '') throw chartError(where, 'chart.metadata.apiVersion is required');
  if (metadata.apiVersion !== 'v1' && metadata.apiVersion !== 'v2') {
    throw chartError(
      where,
      `chart.metadata.apiVersion ${JSON.stringify(metadata.apiVersion)} is not supported; expected v1 or v2 (v2 for new charts)`,
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

/**
 * The text of a YAML file helm reads (Chart.yaml, values.yaml, requirements.yaml, Chart.lock), refused
 * in one line when it is not UTF-8, as helm refuses it ("yaml: invalid trailing UTF-8 octet"):
 * decoding would turn such a byte into U+FFFD, in the archive too when Chart.yaml is edited.
 */
export function chartYamlText(data: Uint8Array, where: string, file: string): string {
  if (isUtf8(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  // Only on failure: find the byte that starts the first invalid sequence, for the message. A decoder
  // fed one byte at a time returns text whenever a character completes, so `start` is where the
  // pending one began when it throws.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  for (let i = 0; i < data.length; i++) {
    try {
      if (decoder.decode(data.subarray(i, i + 1), { stream: true }) !== '') start = i + 1;
    } catch {
      break;
    }
    if (data[i] === 0x0a) line += 1;
  }
  const byte = `0x${data[start].toString(16).padStart(2, '0')}`;
  throw chartError(where, `cannot load ${file}: not UTF-8 (invalid byte ${byte} at line ${line}); save it as UTF-8`);
}

/** A chart problem, located in the chart's Chart.yaml (or the file `where` names). */
export function chartError(where: string, message: string): UserError {
  return new UserError(`chart ${where}: ${message}`, { value: where, location: { file: where } });
}
