// A classic Helm repository's index.yaml (helm/helm pkg/repo/index.go): one chart version's entry,
// and merging it into an existing index by splicing text, so every other byte stays as it was.
// Where to splice comes from index-layout.ts, which reads a 50k-entry index in tens of milliseconds.
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Document, parseDocument, Scalar } from 'yaml';
import type { YAMLMap } from 'yaml';
import { chartConfigJson } from '../charts/oci.js';
import type { ChartMetadata } from '../charts/chartfile.js';
import { compareChartVersions, sameChartVersion } from '../charts/version.js';
import { endOfLine, indexLayout, type IndexLayout } from './index-layout.js';

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

/**
 * The entry of `name` that helm counts as `version` (the same spelling first, else SemVer-equal,
 * see sameChartVersion), or undefined. A chart list release-kit could not add to is refused here
 * already (see indexLayout), so a run stops before it packages anything into the checkout.
 */
export function findIndexedVersion(
  indexText: string | undefined,
  name: string,
  version: string,
  file = 'index.yaml',
): IndexedVersion | undefined {
  if (indexText === undefined || indexText.trim() === '') return undefined;
  const chart = indexLayout(indexText, file).entries?.charts.find((c) => c.name === name);
  if (!chart) return undefined;
  const versions = chart.list().versions;
  const found =
    versions.find((v) => v.version === version) ?? versions.find((v) => sameChartVersion(v.version, version));
  return found && { version: found.version, digest: found.digest, urls: found.urls };
}

interface Edit {
  at: number;
  end: number;
  text: string;
}

/**
 * index.yaml with `entry` added under its chart and `generated` set, touching nothing else: other
 * charts' entries and older versions keep their bytes, comments and quoting. A new index is written
 * in helm's own layout. Only the new entry's block is written: a new version goes where helm sorts
 * it (newest first), a new chart where go-yaml sorts map keys. Before the text is returned, the
 * spliced block is read back (checkSplice, checkRenderedEntry), else it is a bug and throws. The
 * caller has checked that the version is not in the index yet.
 */
export function mergeIndex(
  indexText: string | undefined,
  entry: IndexEntry,
  generated: string,
  file = 'index.yaml',
): string {
  return spliceIndex(indexText, entry, generated, file).join('');
}

/**
 * mergeIndex's result as pieces, in order: slices of `indexText` (which share its memory) and the
 * new text between them, so that a large index is written and hashed without a second copy.
 */
export function spliceIndex(
  indexText: string | undefined,
  entry: IndexEntry,
  generated: string,
  file = 'index.yaml',
): string[] {
  checkRenderedEntry(entry);
  if (indexText === undefined || indexText.trim() === '') {
    return [
      `apiVersion: v1\nentries:\n  ${plainKey(entry.name)}:\n${renderEntry(entry, 2)}generated: ${quoted(generated)}\n`,
    ];
  }
  const layout = indexLayout(indexText, file);
  const { eol } = layout;
  const entriesChange = entriesEdit(indexText, layout, entry);
  checkSplice(indexText, layout, entriesChange, entry, file);
  const edits: Edit[] = [{ ...entriesChange }];
  if (layout.generated) {
    const { start, end, needsSpace } = layout.generated;
    edits.push({ at: start, end, text: `${needsSpace ? ' ' : ''}${quoted(generated)}` });
  } else if (edits[0].at === indexText.length) {
    // Both go at the end of the file: the entry first (its text ends with a line break).
    edits[0].text += `generated: ${quoted(generated)}${eol}`;
  } else {
    const at = indexText.length;
    edits.push({ at, end: at, text: `${atLineStart(indexText, at) ? '' : eol}generated: ${quoted(generated)}${eol}` });
  }
  edits.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const edit of edits) {
    pieces.push(indexText.slice(from, edit.at), edit.text);
    from = edit.end;
  }
  pieces.push(indexText.slice(from));
  return pieces.filter((piece) => piece !== '');
}

/** The edit that adds the entry: into its chart's list, as a new chart, or as the first chart of an empty index. */
function entriesEdit(text: string, layout: IndexLayout, entry: IndexEntry): Edit {
  const { eol, entries } = layout;
  const separator = (at: number) => (atLineStart(text, at) ? '' : eol);
  if (!entries || entries.charts.length === 0) {
    const column = (entries?.column ?? 0) + 2;
    const block = `${' '.repeat(column)}${plainKey(entry.name)}:${eol}${renderEntry(entry, column, eol)}`;
    if (!entries) {
      // apiVersion comes before entries in helm's (sorted) layout: put it after apiVersion, else first.
      const at = layout.apiVersionLineEnd ?? 0;
      return { at, end: at, text: `${separator(at)}entries:${eol}${block}` };
    }
    // `entries: {}` (what helm writes for an empty index) or `entries:` becomes a block mapping.
    return { at: entries.colon, end: entries.emptyLineEnd ?? endOfLine(text, entries.colon), text: `:${eol}${block}` };
  }
  const chart = entries.charts.find((c) => c.name === entry.name);
  if (!chart) {
    const block = `${' '.repeat(entries.chartColumn)}${plainKey(entry.name)}:${eol}${renderEntry(entry, entries.dashColumn(), eol)}`;
    const next = entries.charts.find((c) => c.name > entry.name);
    const at = next ? next.lineStart : entries.end;
    return { at, end: at, text: separator(at) + block };
  }
  const list = chart.list();
  const index = insertionIndex(
    list.versions.map((v) => v.version),
    entry.version,
  );
  const at = index < list.versions.length ? list.versions[index].lineStart : list.end;
  return { at, end: at, text: separator(at) + renderEntry(entry, list.dashColumn, eol) };
}

/**
 * The spliced chart read back: its lines from the key to the end of its list, with the entry in
 * them, parsed on their own must be the chart with the old versions and this one at its place
 * (its digest and url as given). Everything outside that stretch of lines is unchanged by
 * construction, so the rest of the index is not read again. A new chart's block is the rendered
 * entry under its key, which checkRenderedEntry has read back already.
 */
function checkSplice(text: string, layout: IndexLayout, edit: Edit, entry: IndexEntry, file: string): void {
  const chart = layout.entries?.charts.find((c) => c.name === entry.name);
  if (!chart) return;
  const list = chart.list();
  const old = list.versions.map((v) => v.version);
  const index = insertionIndex(old, entry.version);
  const expected = [...old];
  expected.splice(index, 0, entry.version);
  const inside = edit.at >= chart.lineStart && edit.at <= list.end;
  const region = text.slice(chart.lineStart, edit.at) + edit.text + text.slice(edit.at, list.end);
  const read = parseDocument(region, { schema: 'failsafe', uniqueKeys: false });
  const value = read.errors.length === 0 ? (read.toJS({ maxAliasCount: 0 }) as Record<string, unknown>) : undefined;
  const versions = value && Object.keys(value).length === 1 ? value[entry.name] : undefined;
  const items = Array.isArray(versions) ? (versions as Record<string, unknown>[]) : [];
  const ok =
    inside &&
    isDeepStrictEqual(
      items.map((v) => v?.version),
      expected,
    ) &&
    items[index].digest === entry.digest &&
    isDeepStrictEqual(items[index].urls, entry.urls);
  if (!ok) {
    throw new Error(
      `${file}: merging ${entry.name} ${entry.version} would change more than the new entry; refusing to write it (a release-kit bug: please report it with the index)`,
    );
  }
}

/** The rendered entry, read back by the yaml library, must be the entry (every value a string, as helm reads it). */
function checkRenderedEntry(entry: IndexEntry): void {
  const read = (parseDocument(renderEntry(entry, 0), { schema: 'failsafe' }).toJS() as unknown[])[0];
  if (!isDeepStrictEqual(read, asStrings(entry)))
    throw new Error(`rendering the index entry of ${entry.name} ${entry.version} changed it (a release-kit bug)`);
}

function asStrings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asStrings);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asStrings(v)]));
  return String(value);
}

/** Where a version goes in a newest-first list: helm sorts entries by SemVer, descending. */
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

function atLineStart(text: string, offset: number): boolean {
  return offset === 0 || text[offset - 1] === '\n';
}
