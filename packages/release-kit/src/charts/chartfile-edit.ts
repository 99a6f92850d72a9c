// Chart.yaml edited in place, the one home for it: finding a value by its key path, setting a top-level
// scalar (version, appVersion) and setting an annotation (Rancher's release notes). Every edit splices
// the original text at the source range the yaml library reports, so comments, quoting, key order,
// indentation and line endings elsewhere survive byte for byte; re-serialising would reflow them, and
// Chart.yaml files are reviewed by humans. bump-version, chart-release-notes and packaging all edit
// through here.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { UserError, showValue } from '../plumbing/errors.js';
import { yamlProblem } from '../plumbing/yaml.js';

/** Where a scalar's value sits in the text: its value and the offsets of the value itself (no quotes). */
export interface ScalarOccurrence {
  value: string;
  start: number;
  end: number;
  line: number;
}

/** Why a key path names no value that can be spliced, and on which line. */
export interface ScalarProblem {
  problem: string;
  line: number;
}

/**
 * The scalar at `path` (keys; numeric segments index sequences) in the YAML `text`, located to the
 * byte, or why it cannot be edited in place: not valid YAML, no such key, not a plain or quoted
 * scalar whose source text is the value itself.
 */
export function locateScalar(text: string, path: readonly string[]): ScalarOccurrence | ScalarProblem {
  const doc = parseDocument(text, { prettyErrors: false, keepSourceTokens: true, uniqueKeys: true });
  const invalid = yamlProblem(doc, text);
  if (invalid) return { problem: invalid.message, line: lineOf(text, invalid.offset) };
  const key = path.join('.');
  // yaml's getIn accepts numeric segments as strings for sequences too.
  const node = doc.getIn(path, true) as Node | undefined;
  if (node === undefined || node === null) return { problem: `key ${key} not found`, line: 1 };
  const line = lineOf(text, node.range?.[0] ?? 0);
  if (!isScalar(node) || !node.range)
    return { problem: `key ${key} is not a plain value (a map, list or alias)`, line };
  const [start, end] = node.range;
  const source = text.slice(start, end);
  const value = typeof node.value === 'string' ? node.value : String(node.value);
  // Only styles whose source text is the value itself, bare or in quotes, can be spliced safely.
  let inner: [number, number] | undefined;
  if (node.type === 'PLAIN' && source === value) inner = [start, end];
  if (node.type === 'QUOTE_DOUBLE' && source === `"${value}"`) inner = [start + 1, end - 1];
  if (node.type === 'QUOTE_SINGLE' && source === `'${value}'`) inner = [start + 1, end - 1];
  if (!inner)
    return {
      problem: `key ${key} holds ${showValue(source)}, not a version written as a plain or quoted scalar`,
      line,
    };
  return { value, start: inner[0], end: inner[1], line };
}

/**
 * Chart.yaml with the top-level scalar `key` set to `value` (a single line). The written style is
 * kept: a quoted value stays quoted; a plain one stays plain unless the new value would read back as
 * something else (`2.0`, `yes`), which is then double-quoted. A missing key is appended.
 */
export function setChartScalar(text: string, key: string, value: string, file = 'Chart.yaml'): string {
  if (/[\r\n]/.test(value))
    throw new UserError(`${key} must be a single line, got ${showValue(value)}`, { value: file, location: { file } });
  const found = locateScalar(text, [key]);
  let result: string;
  if ('problem' in found) {
    if (found.problem !== `key ${key} not found`) throw editError(file, found.problem, found.line);
    const eol = /\r\n/.test(text) ? '\r\n' : '\n';
    const lead = text === '' || text.endsWith('\n') ? '' : eol;
    result = `${text}${lead}${key}: ${plainOrQuoted(value)}${eol}`;
  } else {
    const quote = text[found.start - 1];
    const quoted = found.start > 0 && (quote === '"' || quote === "'") && text[found.end] === quote;
    if (quoted && quote === '"') result = splice(text, found.start, found.end, JSON.stringify(value).slice(1, -1));
    else if (quoted) result = splice(text, found.start, found.end, value.replace(/'/g, "''"));
    else result = splice(text, found.start, found.end, plainOrQuoted(value));
  }
  const after = parseDocument(result);
  if (after.errors.length > 0 || (after.toJS() as Record<string, unknown>)?.[key] !== value)
    throw editError(file, `could not set ${key} to ${showValue(value)} without changing other values`, 1);
  return result;
}

/** The outcome of setting an annotation: `created`, `updated` (another value replaced) or `unchanged`. */
export interface AnnotationEdit {
  text: string;
  state: 'created' | 'updated' | 'unchanged';
}

/**
 * Chart.yaml with `annotations.<key>` set to `value`. Multi-line values are written as a literal
 * block scalar (`|`) indented under the key; the result is parsed again and must hold exactly the
 * value and every other value unchanged, else a double-quoted scalar is used.
 */
export function setChartAnnotation(chartYaml: string, key: string, value: string, file = 'Chart.yaml'): AnnotationEdit {
  const doc = parseDocument(chartYaml, { uniqueKeys: true });
  // The values are compared below (toJS): an alias bomb must be refused before that expands it.
  const invalid = yamlProblem(doc, chartYaml);
  if (invalid) {
    const line = lineOf(chartYaml, invalid.offset);
    throw new UserError(invalid.message, { value: file, location: { file, line } });
  }
  if (!isMap(doc.contents))
    throw new UserError(`expected a mapping at the top (a Chart.yaml)`, { value: file, location: { file } });
  const eol = /\r\n/.test(chartYaml) ? '\r\n' : '\n';
  const before = doc.toJS() as Record<string, unknown>;
  const annotations = before.annotations as Record<string, unknown> | undefined;
  if (annotations?.[key] === value) return { text: chartYaml, state: 'unchanged' };
  const state =
    annotations && typeof annotations === 'object' && Object.hasOwn(annotations, key) ? 'updated' : 'created';
  for (const style of ['literal', 'quoted'] as const) {
    const text = spliceAnnotation(chartYaml, doc.contents, key, value, eol, style, file);
    if (holdsOnly(text, before, key, value)) return { text, state };
  }
  throw new UserError(
    `could not add ${key} without changing other values; write 'annotations' as a plain block mapping`,
    { input: 'chart-release-notes', value: file, location: { file } },
  );
}

/** Release notes as a block scalar keeps them: \n line ends, one final line break, no trailing blanks. */
export function normaliseNotes(notes: string): string {
  const text = notes.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  return text === '' ? '' : `${text}\n`;
}

export interface ChartYamlEdits {
  version?: string;
  appVersion?: string;
  annotations?: Record<string, string>;
}

/**
 * Chart.yaml with `edits` applied in place (the archived copy at package time). Returns the input
 * unchanged when there is nothing to do.
 */
export function editChartYaml(data: Buffer, edits: ChartYamlEdits, file = 'Chart.yaml'): Buffer {
  const annotations = Object.entries(edits.annotations ?? {});
  if (edits.version === undefined && edits.appVersion === undefined && annotations.length === 0) return data;
  let text = data.toString('utf8');
  if (edits.version !== undefined) text = setChartScalar(text, 'version', edits.version, file);
  if (edits.appVersion !== undefined) text = setChartScalar(text, 'appVersion', edits.appVersion, file);
  for (const [key, value] of annotations) text = setChartAnnotation(text, key, value, file).text;
  return Buffer.from(text);
}

/** `value` as a plain scalar when it reads back as that very string (YAML 1.1 and 1.2 alike), else double-quoted. */
function plainOrQuoted(value: string): string {
  const asPlain = (version: '1.1' | '1.2') => {
    const doc = parseDocument(`v: ${value}`, { version });
    return doc.errors.length === 0 && (doc.toJS() as Record<string, unknown>)?.v === value;
  };
  return value !== '' && asPlain('1.1') && asPlain('1.2') ? value : JSON.stringify(value);
}

function spliceAnnotation(
  text: string,
  root: YAMLMap,
  key: string,
  value: string,
  eol: string,
  style: 'literal' | 'quoted',
  file: string,
): string {
  const annotationsPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'annotations') as
    Pair<Node, Node | null> | undefined;
  if (!annotationsPair) {
    // No annotations yet: append a block at the end (top-level keys start in column 0).
    const lead = text === '' || text.endsWith('\n') ? '' : eol;
    return `${text}${lead}annotations:${eol}  ${key}: ${scalar(value, 2, eol, style)}`;
  }
  const annotations = annotationsPair.value;
  const keyColumn = columnOf(text, (annotationsPair.key as Node).range![0]);
  if (!annotations || (isScalar(annotations) && (annotations.value === null || annotations.value === ''))) {
    // `annotations:` with nothing under it (or an explicit `~`/`null`, which goes).
    let head = text;
    if (annotations?.range && annotations.range[1] > annotations.range[0]) {
      head = text.slice(0, annotations.range[0]).replace(/[ \t]+$/, '') + text.slice(annotations.range[1]);
    }
    const at = lineEnd(head, (annotationsPair.key as Node).range![1]);
    const lead = head.slice(0, at).endsWith('\n') ? '' : eol;
    const indent = keyColumn + 2;
    return `${head.slice(0, at)}${lead}${' '.repeat(indent)}${key}: ${scalar(value, indent, eol, style)}${head.slice(at)}`;
  }
  if (!isMap(annotations) || annotations.flow) {
    const line = text.slice(0, annotations.range![0]).split('\n').length;
    throw new UserError(`'annotations' must be a block mapping (one key per line) for release-kit to add ${key}`, {
      input: 'chart-release-notes',
      value: file,
      location: { file, line },
    });
  }
  const existing = annotations.items.find((p) => isScalar(p.key) && p.key.value === key) as
    Pair<Node, Node | null> | undefined;
  if (existing && existing.value?.range) {
    const node = existing.value;
    const indent = columnOf(text, (existing.key as Node).range![0]);
    const [start, valueEnd] = node.range!;
    const block = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
    // A block scalar's range ends after its last line break; a flow scalar's at its last character,
    // so the rest of that line (perhaps a comment) goes too, the comment moving onto the new header.
    let end = valueEnd;
    let comment = '';
    if (!block) {
      end = lineEnd(text, valueEnd);
      comment = text.slice(valueEnd, end).trim();
      if (!comment.startsWith('#')) comment = '';
    }
    let replacement = scalar(value, indent, eol, style, comment);
    // The value was the file's last line and had no line break: keep it that way.
    if (end === text.length && !text.endsWith('\n')) replacement = replacement.slice(0, -eol.length);
    return text.slice(0, start) + replacement + text.slice(end);
  }
  const last = annotations.items[annotations.items.length - 1];
  const indent = columnOf(text, (last.key as Node).range![0]);
  let at = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range![1];
  if (text[at - 1] !== '\n') at = lineEnd(text, at);
  const lead = text.slice(0, at).endsWith('\n') ? '' : eol;
  return `${text.slice(0, at)}${lead}${' '.repeat(indent)}${key}: ${scalar(value, indent, eol, style)}${text.slice(at)}`;
}

/** The value of a key in column `keyColumn`, ending with a line break (a block scalar always does). */
function scalar(value: string, keyColumn: number, eol: string, style: 'literal' | 'quoted', comment = ''): string {
  if (style === 'quoted' || value === '') return `${JSON.stringify(value)}${comment ? ` ${comment}` : ''}${eol}`;
  const lines = value.replace(/\n$/, '').split('\n');
  // An explicit indentation indicator when the first line itself starts with a space.
  const indicator = /^\s/.test(lines.find((l) => l !== '') ?? '') ? '2' : '';
  const pad = ' '.repeat(keyColumn + 2);
  return `|${indicator}${comment ? ` ${comment}` : ''}${eol}${lines.map((l) => (l === '' ? '' : pad + l)).join(eol)}${eol}`;
}

function holdsOnly(text: string, before: Record<string, unknown>, key: string, value: string): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length) return false;
  const after = doc.toJS() as Record<string, unknown>;
  const annotations = { ...((before.annotations as Record<string, unknown> | undefined) ?? {}), [key]: value };
  return isDeepStrictEqual(after, { ...before, annotations });
}

function splice(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

function editError(file: string, problem: string, line: number): UserError {
  return new UserError(problem, { value: file, location: { file, line } });
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** The 1-based line of `offset` in `text`. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
