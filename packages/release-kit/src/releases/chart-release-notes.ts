// Put release notes into Chart.yaml's `catalog.cattle.io/release-notes` annotation, touching nothing else.
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { UserError, readingFileSync } from '../plumbing/errors.js';
import { readFileInside } from '../plumbing/fs.js';
import { RELEASE_NOTES_ANNOTATION } from '../charts/chartfile.js';

export { RELEASE_NOTES_ANNOTATION };

export interface ChartNotesResult {
  text: string;
  /** `created`: the annotation was added; `updated`: another value replaced; `unchanged`: it already held the notes. */
  state: 'created' | 'updated' | 'unchanged';
}

/**
 * Set `annotations."catalog.cattle.io/release-notes"` in a Chart.yaml to `notes`.
 *
 * The yaml library's Document API finds the nodes and their source ranges, and the edit is a
 * splice of the original text at those ranges: re-serialising the document would reflow comments,
 * quotes and blank lines, and Chart.yaml files are reviewed by humans. The new value is written
 * as a literal block scalar (`|`), indented under its key; the result is parsed again and must
 * hold exactly the notes and every other value unchanged, else a double-quoted scalar is used.
 */
export function injectChartReleaseNotes(chartYaml: string, notes: string, file = 'Chart.yaml'): ChartNotesResult {
  const doc = parseDocument(chartYaml);
  if (doc.errors.length) {
    const error = doc.errors[0];
    const line = error.linePos?.[0]?.line;
    throw new UserError(`${file}${line ? `:${line}` : ''}: not valid YAML: ${error.message.split('\n')[0]}`, {
      value: file,
      location: { file, line },
    });
  }
  if (!isMap(doc.contents))
    throw new UserError(`${file}: expected a mapping at the top (a Chart.yaml)`, { value: file, location: { file } });
  const expected = normaliseNotes(notes);
  const eol = /\r\n/.test(chartYaml) ? '\r\n' : '\n';
  // An alias bomb is the file's fault: it is named, not reported as a bug.
  const before = readingFileSync(file, () => doc.toJS()) as Record<string, unknown>;
  const annotations = before.annotations as Record<string, unknown> | undefined;
  const current = annotations?.[RELEASE_NOTES_ANNOTATION];
  if (current === expected) return { text: chartYaml, state: 'unchanged' };
  const state =
    annotations && typeof annotations === 'object' && Object.hasOwn(annotations, RELEASE_NOTES_ANNOTATION)
      ? 'updated'
      : 'created';

  for (const style of ['literal', 'quoted'] as const) {
    const text = splice(chartYaml, doc.contents, expected, eol, style, file);
    if (holdsOnly(text, before, expected)) return { text, state };
  }
  throw new UserError(
    `${file}: could not add ${RELEASE_NOTES_ANNOTATION} without changing other values; write 'annotations' as a plain block mapping`,
    {
      input: 'chart-release-notes',
      value: file,
      location: { file },
    },
  );
}

export interface ChartNotesEdit extends ChartNotesResult {
  /** The Chart.yaml as given (relative to the workspace), for messages. */
  file: string;
  absolute: string;
}

/**
 * Read the Markdown file `notesPath` and plan its edit into the chart's Chart.yaml, writing nothing
 * (callers write `text` atomically once all their own checks pass). `chart` is a chart directory or
 * a Chart.yaml; by default the Chart.yaml next to the notes (Buntime keeps charts/release-notes.md
 * beside charts/Chart.yaml). `inputs` names the two inputs in error messages.
 */
export async function planChartReleaseNotes(
  workspace: string,
  notesPath: string,
  chart: string | undefined,
  inputs: { notes: string; chart: string },
): Promise<ChartNotesEdit> {
  const notes = await readFileInside(workspace, notesPath, inputs.notes, 'Markdown file');
  let file = chart || path.join(path.dirname(notesPath), 'Chart.yaml');
  if (!file.endsWith('.yaml') && !file.endsWith('.yml')) file = path.join(file, 'Chart.yaml');
  const chartYaml = await readFileInside(
    workspace,
    file,
    inputs.chart,
    'Chart.yaml (or a chart directory holding one)',
  );
  return { ...injectChartReleaseNotes(chartYaml.text, notes.text, file), file, absolute: chartYaml.absolute };
}

function splice(
  text: string,
  root: YAMLMap,
  notes: string,
  eol: string,
  style: 'literal' | 'quoted',
  file: string,
): string {
  const annotationsPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'annotations') as
    Pair<Node, Node | null> | undefined;
  if (!annotationsPair) {
    // No annotations yet: append a block at the end (top-level keys start in column 0).
    const lead = text === '' || text.endsWith('\n') ? '' : eol;
    return `${text}${lead}annotations:${eol}  ${RELEASE_NOTES_ANNOTATION}: ${scalar(notes, 2, eol, style)}`;
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
    return `${head.slice(0, at)}${lead}${' '.repeat(indent)}${RELEASE_NOTES_ANNOTATION}: ${scalar(notes, indent, eol, style)}${head.slice(at)}`;
  }
  if (!isMap(annotations) || annotations.flow) {
    const line = text.slice(0, annotations.range![0]).split('\n').length;
    throw new UserError(
      `${file}:${line}: 'annotations' must be a block mapping (one key per line) for release-kit to add ${RELEASE_NOTES_ANNOTATION}`,
      {
        input: 'chart-release-notes',
        value: file,
        location: { file, line },
      },
    );
  }
  const existing = annotations.items.find((p) => isScalar(p.key) && p.key.value === RELEASE_NOTES_ANNOTATION) as
    Pair<Node, Node | null> | undefined;
  if (existing && existing.value?.range) {
    const value = existing.value;
    const indent = columnOf(text, (existing.key as Node).range![0]);
    const [start, valueEnd] = value.range!;
    const block = isScalar(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED');
    // A block scalar's range ends after its last line break; a flow scalar's at its last character,
    // so the rest of that line (perhaps a comment) goes too, the comment moving onto the new header.
    let end = valueEnd;
    let comment = '';
    if (!block) {
      end = lineEnd(text, valueEnd);
      comment = text.slice(valueEnd, end).trim();
      if (!comment.startsWith('#')) comment = '';
    }
    let replacement = scalar(notes, indent, eol, style, comment);
    // The value was the file's last line and had no line break: keep it that way.
    if (end === text.length && !text.endsWith('\n')) replacement = replacement.slice(0, -eol.length);
    return text.slice(0, start) + replacement + text.slice(end);
  }
  const last = annotations.items[annotations.items.length - 1];
  const indent = columnOf(text, (last.key as Node).range![0]);
  let at = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range![1];
  if (text[at - 1] !== '\n') at = lineEnd(text, at);
  const lead = text.slice(0, at).endsWith('\n') ? '' : eol;
  return `${text.slice(0, at)}${lead}${' '.repeat(indent)}${RELEASE_NOTES_ANNOTATION}: ${scalar(notes, indent, eol, style)}${text.slice(at)}`;
}

/** The value of a key in column `keyColumn`, ending with a line break (a block scalar always does). */
function scalar(notes: string, keyColumn: number, eol: string, style: 'literal' | 'quoted', comment = ''): string {
  if (style === 'quoted' || notes === '') return `${JSON.stringify(notes)}${comment ? ` ${comment}` : ''}${eol}`;
  const lines = notes.replace(/\n$/, '').split('\n');
  // An explicit indentation indicator when the first line itself starts with a space.
  const indicator = /^\s/.test(lines.find((l) => l !== '') ?? '') ? '2' : '';
  const pad = ' '.repeat(keyColumn + 2);
  return `|${indicator}${comment ? ` ${comment}` : ''}${eol}${lines.map((l) => (l === '' ? '' : pad + l)).join(eol)}${eol}`;
}

function holdsOnly(text: string, before: Record<string, unknown>, notes: string): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length) return false;
  const after = doc.toJS() as Record<string, unknown>;
  const annotations = {
    ...((before.annotations as Record<string, unknown> | undefined) ?? {}),
    [RELEASE_NOTES_ANNOTATION]: notes,
  };
  return isDeepStrictEqual(after, { ...before, annotations });
}

/** Notes as a block scalar keeps them: \n line ends, one final line break, no trailing blanks. */
export function normaliseNotes(notes: string): string {
  const text = notes.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  return text === '' ? '' : `${text}\n`;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}
