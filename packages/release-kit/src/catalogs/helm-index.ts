// A classic Helm repository's index.yaml (helm/helm pkg/repo/index.go): one chart version's entry,
// and merging it into an existing index by splicing text, so every other byte stays as it was.
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { chartConfigJson } from '../charts/oci.js';
import type { ChartMetadata } from '../charts/chartfile.js';
import { compareChartVersions, sameChartVersion } from '../charts/version.js';
import { UserError } from '../plumbing/errors.js';

/** One chart version as `helm repo index` records it: the chart metadata plus urls, created and digest. */
export type IndexEntry = Record<string, unknown> & {
  name: string;
  version: string;
  digest: string;
  urls: string[];
  created: string;
};

/**
 * Go's time.RFC3339Nano in UTC, as helm writes `created` and `generated`: nanoseconds with
 * trailing zeros dropped. JavaScript clocks stop at nanoseconds from hrtime, which fills the digits
 * below the millisecond so two entries made in one millisecond still differ.
 */
export function rfc3339Nano(date: Date, subMillisecondNanos = 0): string {
  const nanos = String(date.getUTCMilliseconds() * 1_000_000 + subMillisecondNanos)
    .padStart(9, '0')
    .replace(/0+$/, '');
  return date.toISOString().replace(/\.\d{3}Z$/, nanos ? `.${nanos}Z` : 'Z');
}

/** Now, in rfc3339Nano. */
export function nowRfc3339Nano(): string {
  return rfc3339Nano(new Date(), Number(process.hrtime.bigint() % 1_000_000n));
}

/** The sha256 of the .tgz bytes, in hex: the index's `digest`. */
export function chartDigest(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The entry for one packaged chart. helm's ChartVersion embeds chart.Metadata, so the metadata is
 * written as helm writes it (chartConfigJson: helm's fields, empty ones omitted) plus urls, created
 * and digest; keys are sorted because sigs.k8s.io/yaml goes through a Go map on the way to YAML.
 */
export function indexEntry(metadata: ChartMetadata, digest: string, url: string, created: string): IndexEntry {
  const fields = JSON.parse(chartConfigJson(metadata).toString('utf8')) as Record<string, unknown>;
  const entry: Record<string, unknown> = { ...fields, created, digest, urls: [url] };
  return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as IndexEntry;
}

/** What an index holds for a chart version, read from the text. */
export interface IndexedVersion {
  /** The version as the index spells it (helm counts `v1.0.0` and `1.0.0` as one version). */
  version: string;
  digest: string;
  urls: string[];
}

/** The entry of `name` that helm counts as `version` (SemVer-equal, see sameChartVersion), or undefined. */
export function findIndexedVersion(
  indexText: string | undefined,
  name: string,
  version: string,
  file = 'index.yaml',
): IndexedVersion | undefined {
  if (indexText === undefined) return undefined;
  const index = readIndex(indexText, file).toJS() as {
    entries?: Record<string, Record<string, unknown>[] | null> | null;
  };
  const versions = index.entries?.[name] ?? [];
  const found =
    versions.find((e) => e?.version === version) ??
    versions.find((e) => typeof e?.version === 'string' && sameChartVersion(e.version, version));
  if (!found) return undefined;
  return {
    version: String(found.version),
    digest: String(found.digest ?? ''),
    urls: Array.isArray(found.urls) ? found.urls.map(String) : [],
  };
}

/**
 * index.yaml with `entry` added under its chart and `generated` set, touching nothing else: other
 * charts' entries and older versions keep their bytes, comments and quoting. A new index is written
 * in helm's own layout. The merge locates nodes with the yaml Document API and splices the original
 * text at their ranges (re-serialising the document would reformat every entry); the result is
 * parsed again and must hold exactly the old index plus the entry, else it is a bug and throws.
 * The caller has checked that the version is not in the index yet.
 */
export function mergeIndex(
  indexText: string | undefined,
  entry: IndexEntry,
  generated: string,
  file = 'index.yaml',
): string {
  if (indexText === undefined || indexText.trim() === '') {
    return `apiVersion: v1\nentries:\n  ${plainKey(entry.name)}:\n${renderEntry(entry, 2)}generated: ${quoted(generated)}\n`;
  }
  const document = readIndex(indexText, file);
  const root = document.contents as YAMLMap<Node, Node | null>;
  const eol = /\r\n/.test(indexText) ? '\r\n' : '\n';
  let text = indexText;
  // Splice from the end of the file backwards so earlier ranges stay valid: `generated` first when it comes later.
  const generatedPair = pairOf(root, 'generated');
  const entriesPair = pairOf(root, 'entries');
  const edits: { at: number; end: number; text: string }[] = [];
  if (generatedPair?.value?.range) {
    edits.push({ at: generatedPair.value.range[0], end: generatedPair.value.range[1], text: quoted(generated) });
  } else {
    const at = endWithNewline(indexText, indexText.length);
    edits.push({
      at,
      end: at,
      text: `${at === indexText.length && !indexText.endsWith('\n') ? eol : ''}generated: ${quoted(generated)}${eol}`,
    });
  }
  edits.push(entriesEdit(indexText, root, entriesPair, entry, eol, file));
  edits.sort((a, b) => b.at - a.at);
  for (const edit of edits) text = text.slice(0, edit.at) + edit.text + text.slice(edit.end);

  const expected = document.toJS() as Record<string, unknown>;
  const entries = { ...((expected.entries as Record<string, unknown[]> | null) ?? {}) };
  const versions = [...((entries[entry.name] as Record<string, unknown>[] | undefined) ?? [])];
  versions.splice(
    insertionIndex(
      versions.map((v) => String(v?.version ?? '')),
      entry.version,
    ),
    0,
    (parseDocument(renderEntry(entry, 0), { schema: 'failsafe' }).toJS() as Record<string, unknown>[])[0],
  );
  entries[entry.name] = versions;
  const after = readIndex(text, file).toJS() as Record<string, unknown>;
  const want: Record<string, unknown> = { ...expected, entries, generated };
  if (!isDeepStrictEqual(after, want)) {
    throw new Error(
      `${file}: merging ${entry.name} ${entry.version} would change more than the new entry; refusing to write it (a release-kit bug: please report it with the index)`,
    );
  }
  return text;
}

function entriesEdit(
  text: string,
  root: YAMLMap<Node, Node | null>,
  entriesPair: Pair<Node, Node | null> | undefined,
  entry: IndexEntry,
  eol: string,
  file: string,
): { at: number; end: number; text: string } {
  const entries = entriesPair?.value;
  const emptyEntries =
    !entries ||
    (isScalar(entries) && (entries.value === null || entries.value === '')) ||
    (isMap(entries) && entries.items.length === 0);
  if (!entriesPair || emptyEntries) {
    const keyColumn = entriesPair ? columnOf(text, (entriesPair.key as Node).range![0]) : 0;
    const block = `${' '.repeat(keyColumn + 2)}${plainKey(entry.name)}:${eol}${renderEntry(entry, keyColumn + 2, eol)}`;
    if (!entriesPair) {
      // apiVersion comes before entries in helm's (sorted) layout: put it after apiVersion, else first.
      const apiVersion = pairOf(root, 'apiVersion');
      const at = apiVersion?.value?.range ? endWithNewline(text, apiVersion.value.range[1]) : 0;
      return { at, end: at, text: `entries:${eol}${block}` };
    }
    const keyEnd = (entriesPair.key as Node).range![1];
    const valueEnd = entries?.range ? entries.range[1] : keyEnd;
    const lineEndAt = endWithNewline(text, valueEnd);
    // `entries: {}` (what helm writes for an empty index) or `entries:` becomes a block mapping.
    return { at: keyEnd, end: lineEndAt, text: `:${eol}${block}` };
  }
  if (!isMap(entries) || entries.flow)
    throw badIndex(text, entries, file, "'entries' must be a block mapping of chart names");
  const chartPair = entries.items.find((p) => isScalar(p.key) && String(p.key.value) === entry.name) as
    Pair<Node, Node | null> | undefined;
  const keyColumn = columnOf(text, (entries.items[0].key as Node).range![0]);
  if (!chartPair) {
    const dashColumn = seqDashColumn(text, entries) ?? keyColumn;
    const block = `${' '.repeat(keyColumn)}${plainKey(entry.name)}:${eol}${renderEntry(entry, dashColumn, eol)}`;
    // go-yaml writes map keys sorted; a new chart goes where `helm repo index` would put it.
    const next = entries.items.find((p) => isScalar(p.key) && String(p.key.value) > entry.name);
    const at = next ? lineStart(text, (next.key as Node).range![0]) : endWithNewline(text, lastRangeEnd(entries));
    return { at, end: at, text: (at === text.length && !text.endsWith('\n') ? eol : '') + block };
  }
  const versions = chartPair.value;
  if (!isSeq(versions) || versions.flow || versions.items.length === 0)
    throw badIndex(text, versions, file, `'entries.${entry.name}' must be a block list of chart versions`);
  const dashColumn = columnOf(text, versions.range![0]);
  const existing = versions.items.map((item) => (isMap(item) ? String((item as YAMLMap).get('version') ?? '') : ''));
  const index = insertionIndex(existing, entry.version);
  const rendered = renderEntry(entry, dashColumn, eol);
  if (index < versions.items.length) {
    const at = lineStart(text, (versions.items[index] as Node).range![0]);
    return { at, end: at, text: rendered };
  }
  const at = endWithNewline(text, lastRangeEnd(versions));
  return { at, end: at, text: (at === text.length && !text.endsWith('\n') ? eol : '') + rendered };
}

/** Where a version goes in a newest-first list: helm sorts entries by semver, descending. */
export function insertionIndex(versions: readonly string[], version: string): number {
  const index = versions.findIndex((v) => compareChartVersions(version, v) > 0);
  return index < 0 ? versions.length : index;
}

/** The entry as a block list item whose dash sits in column `dashColumn`, ending with a line break. */
function renderEntry(entry: IndexEntry, dashColumn: number, eol = '\n'): string {
  const document = new Document(entry);
  for (const key of ['created']) {
    const node = (document.contents as YAMLMap).get(key, true);
    if (node instanceof Scalar) node.type = 'QUOTE_DOUBLE';
  }
  const body = document.toString({ indentSeq: false, lineWidth: 0 }).replace(/\n$/, '').split('\n');
  const pad = ' '.repeat(dashColumn);
  return body.map((line, i) => (i === 0 ? `${pad}- ${line}` : line === '' ? '' : `${pad}  ${line}`)).join(eol) + eol;
}

/** Every scalar as the string written, as Go reads the index into string fields (`version: 1.10` stays "1.10"). */
function readIndex(text: string, file: string) {
  const document = parseDocument(text, { schema: 'failsafe', uniqueKeys: false });
  if (document.errors.length) {
    const error = document.errors[0];
    const line = error.linePos?.[0]?.line;
    throw new UserError(
      `${file}${line ? `:${line}` : ''}: not valid YAML: ${error.message.split('\n')[0]}; fix or remove the catalog's index`,
      { value: file, location: { file, line } },
    );
  }
  if (document.contents !== null && !isMap(document.contents))
    throw new UserError(`${file}: expected a Helm repository index (a mapping with apiVersion and entries)`, {
      value: file,
      location: { file },
    });
  return document;
}

function badIndex(text: string, node: Node | null | undefined, file: string, problem: string): UserError {
  const line = node?.range ? text.slice(0, node.range[0]).split('\n').length : undefined;
  return new UserError(`${file}${line ? `:${line}` : ''}: ${problem} for release-kit to add an entry`, {
    value: file,
    location: { file, line },
  });
}

function pairOf(map: YAMLMap<Node, Node | null>, key: string): Pair<Node, Node | null> | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
}

function seqDashColumn(text: string, entries: YAMLMap): number | undefined {
  for (const pair of entries.items as Pair<Node, Node | null>[]) {
    if (isSeq(pair.value) && !(pair.value as YAMLSeq).flow && pair.value.range)
      return columnOf(text, pair.value.range[0]);
  }
  return undefined;
}

function lastRangeEnd(node: YAMLMap | YAMLSeq): number {
  return node.range![1];
}

function quoted(value: string): string {
  return JSON.stringify(value);
}

function plainKey(name: string): string {
  // Chart names are checked to be [a-z0-9._-]; a name like "1.0" or "true" still needs quotes to stay a string key.
  return /^[a-z][a-z0-9._-]*$/.test(name) &&
    !['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n'].includes(name)
    ? name
    : JSON.stringify(name);
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset after the line break that ends the line holding `offset - 1` (a range end), or the end of the text. */
function endWithNewline(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}
