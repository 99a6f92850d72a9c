// Where things sit in a Helm repository's index.yaml (its charts, one chart's version list, the
// `generated` stamp), by byte offset, so that a new entry can be spliced in without rewriting the
// file. A line scanner reads the layout helm and chart-releaser write in one pass without building
// a YAML tree; anything it does not recognise sends the file to the yaml Document API instead.
//
// Why a hand-written scanner: yaml's parseDocument builds every node of the index (a 46 MB index
// with 50k entries took seconds and gigabytes), and even its lexer alone takes ~2 s on such a file;
// adding one version needs only the top-level keys, the chart keys under `entries` and one chart's
// list, which the line structure of a block-style index gives directly. The scanner is conservative:
// it interprets a line only where YAML leaves no doubt about what it is (an unindented key, a chart
// key at the entries' indentation), and on anything that could make a line mean something else (a
// quoted or flow value running over lines, an anchor, alias or tag, a document marker, a tab in the
// indentation, a lone CR) it gives up and the Document API reads the file. The chart's own list is
// always parsed by the yaml library, so entry contents are never interpreted by hand.
import { isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { UserError } from '../plumbing/errors.js';

/** One version in a chart's list: what the index says, and the offset of the line its item starts on. */
export interface ListedVersion {
  version: string;
  digest: string;
  urls: string[];
  /** Offset of the start of the item's first line (its `-`). */
  lineStart: number;
}

/** A chart's version list under `entries`. */
export interface ChartList {
  /** Column of the list's dashes. */
  dashColumn: number;
  versions: ListedVersion[];
  /** Offset just after the list's last line (where an item goes after every other). */
  end: number;
}

/** A chart key under `entries`. */
export interface IndexChart {
  name: string;
  /** 1-based line of the key. */
  line: number;
  /** Offset of the start of the key's line (a new chart sorted before this one goes there). */
  lineStart: number;
  /** The chart's versions, read on demand; refuses a list release-kit cannot add to (null, flow, not entries). */
  list(): ChartList;
}

export interface IndexLayout {
  /** The line break the index uses. */
  eol: string;
  /** How the layout was read: the line scanner, or the yaml Document API for an unusual file. */
  reader: 'scanner' | 'document';
  /** The end of apiVersion's line, when there is one (a missing `entries` goes after it). */
  apiVersionLineEnd?: number;
  entries?: {
    /** Offset of the `:` after the `entries` key. */
    colon: number;
    /** Column of the `entries` key. */
    column: number;
    /** When entries holds no chart (`entries:`, `entries: {}`, null): the end of its line. */
    emptyLineEnd?: number;
    /** Column of the chart keys. */
    chartColumn: number;
    charts: IndexChart[];
    /** Offset just after the last line that belongs to entries. */
    end: number;
    /** Column of the dashes of the first chart list (where a new chart's list puts them). */
    dashColumn(): number;
  };
  /** The range of `generated`'s value, replaced as a whole (empty at the colon's end when it has none). */
  generated?: { start: number; end: number; needsSpace: boolean };
}

/** Values that mean null (YAML's core schema, which Go's yaml follows for `entries: null`). */
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);

/**
 * The layout of `text` (an index.yaml), or a one-line UserError blamed on the catalog for an index
 * release-kit cannot add to: not YAML, YAML aliases, a key twice (top level or a chart under
 * entries), entries that are not a mapping. `file` names the index inside the catalog.
 */
export function indexLayout(text: string, file: string): IndexLayout {
  // Looking a version up and then merging reads the same text twice: the last layout is kept.
  if (lastLayout?.text === text && lastLayout.file === file) return lastLayout.layout;
  let layout: IndexLayout;
  try {
    layout = scanLayout(text, file);
  } catch (error) {
    if (!(error instanceof Unusual)) throw error;
    layout = documentLayout(text, file);
  }
  lastLayout = { text, file, layout };
  return layout;
}

let lastLayout: { text: string; file: string; layout: IndexLayout } | undefined;

/**
 * The catalog's index.yaml is at fault: one line that says so, with no workspace location (the file
 * is in the catalog repository, not in the workspace the runner would annotate).
 */
export function indexError(file: string, line: number | undefined, problem: string, why?: string): UserError {
  return new UserError(
    `catalog: ${file}${line ? `:${line}` : ''}: ${problem}; ${why ? `${why}: ` : ''}fix ${file} in the catalog repository`,
    { value: file, valid: 'a Helm repository index (helm repo index writes one)' },
  );
}

const HELM_REFUSES = 'helm refuses such an index';

/** Thrown inside the scanner when the file needs the full YAML reader. */
export class Unusual extends Error {}

interface LineShape {
  /** The key on the line (after any `- `), decoded; undefined for a line holding only a value. */
  key?: string;
  /** Offset of the key's `:`. */
  colon: number;
  /** The value on the line, without its comment and surrounding spaces ('' when none). */
  value: string;
  valueStart: number;
  valueEnd: number;
  /** Dashes that open the line (`- - x` has two). */
  dashes: number;
  /** For a block scalar header (`|`, `>-`…): its content is every following line indented more than this. */
  scalarBase: number;
}

const SPACE = 32;
const DASH = 45;
const HASH = 35;

/** What one line holds, from offset `p` (its first non-space character, in column `column`) to `end`. */
function shapeOf(text: string, p: number, end: number, column: number): LineShape {
  let dashes = 0;
  let base = column;
  while (text.charCodeAt(p) === DASH && (p + 1 === end || text.charCodeAt(p + 1) === SPACE)) {
    dashes++;
    base = column;
    const from = p;
    p++;
    while (p < end && text.charCodeAt(p) === SPACE) p++;
    column += p - from;
    if (p < end && text.charCodeAt(p) === 9) throw new Unusual('tab');
  }
  let key: string | undefined;
  let colon = -1;
  if (p < end && text.charCodeAt(p) !== HASH) {
    const found = keyAt(text, p, end);
    if (found) {
      key = found.key;
      colon = found.colon;
      base = column;
      p = colon + 1;
      while (p < end && text.charCodeAt(p) === SPACE) p++;
      if (p < end && text.charCodeAt(p) === 9) throw new Unusual('tab');
    }
  }
  const shape: LineShape = { key, colon, value: '', valueStart: p, valueEnd: p, dashes, scalarBase: -1 };
  if (p >= end || text.charCodeAt(p) === HASH) return shape;
  const valueEnd = valueHazards(text, p, end);
  if (valueEnd < 0) {
    shape.scalarBase = base;
    shape.value = text[p];
    shape.valueEnd = p + 1;
    return shape;
  }
  shape.value = text.slice(p, valueEnd);
  shape.valueEnd = valueEnd;
  return shape;
}

/**
 * Checks the value starting at `p` (its first character, not a space or `#`) for what the scanner
 * leaves to the full reader, and returns where it ends on the line, or -1 for a block scalar header
 * (`|`, `>-`…: the lines below that are indented more than its key are its content).
 */
function valueHazards(text: string, p: number, end: number): number {
  const c = text[p];
  let valueEnd: number;
  switch (c) {
    case '&':
    case '*':
    case '!':
      throw new Unusual('anchor, alias or tag');
    case '|':
    case '>':
      // Keep chomping (`|+`) makes trailing blank lines part of the value: left to the full reader.
      if (!/^[|>](?:[1-9]-?|-[1-9]?)?[ \t]*(?:#.*)?$/.test(text.slice(p, end))) throw new Unusual('header');
      return -1;
    case '"':
    case "'":
      valueEnd = closingQuote(text, p, end) + 1;
      break;
    case '[':
    case '{':
      valueEnd = flowEnd(text, p, end);
      break;
    case '%':
    case '@':
    case '`':
    case ',':
    case ']':
    case '}':
      throw new Unusual('indicator');
    case '-':
    case '?':
    case ':':
      if (p + 1 === end || text.charCodeAt(p + 1) === SPACE) throw new Unusual('indicator');
      return plainEnd(text, p, end);
    default:
      return plainEnd(text, p, end);
  }
  // After a quoted or flow value only spaces and a comment may follow on the line.
  let q = valueEnd;
  while (q < end && text.charCodeAt(q) === SPACE) q++;
  if (q < end && !(text.charCodeAt(q) === HASH && q > valueEnd)) throw new Unusual('trailing text');
  return valueEnd;
}

/**
 * The fast check of a line the scanner does not interpret (inside a chart's list or another
 * top-level key): past any `- ` and a key, the value must be one valueHazards accepts. Returns the
 * block scalar base as shapeOf does, else -1. A `: ` inside a plain value may be taken for the
 * key's end: that only makes the check look at a later part of the line, which can only make it
 * more cautious (hand the file to the full reader), never less.
 */
function lineHazards(text: string, p: number, end: number, column: number): number {
  let base = column;
  while (text.charCodeAt(p) === DASH && (p + 1 === end || text.charCodeAt(p + 1) === SPACE)) {
    base = column;
    const from = p;
    p++;
    while (p < end && text.charCodeAt(p) === SPACE) p++;
    column += p - from;
  }
  if (p >= end) return -1;
  let c = text.charCodeAt(p);
  if (c === 9) throw new Unusual('tab');
  if (c === HASH) return -1;
  if ((c === 63 || c === 58) && (p + 1 === end || text.charCodeAt(p + 1) === SPACE))
    throw new Unusual('complex key or empty key');
  if (c === 34 || c === 39) {
    const close = closingQuote(text, p, end);
    let q = close + 1;
    while (q < end && text.charCodeAt(q) === SPACE) q++;
    if (text.charCodeAt(q) !== 58 || (q + 1 < end && text.charCodeAt(q + 1) !== SPACE)) {
      if (q < end && !(text.charCodeAt(q) === HASH && q > close + 1)) throw new Unusual('trailing text');
      return -1;
    }
    base = column;
    p = q + 1;
  } else if (!INDICATORS.includes(text[p]) || ((c === DASH || c === 63 || c === 58) && p + 1 < end)) {
    if (c === DASH && text.charCodeAt(p + 1) === 9) throw new Unusual('tab');
    let colon = text.indexOf(':', p);
    while (colon >= 0 && colon < end && !keyColon(text, colon, end)) colon = text.indexOf(':', colon + 1);
    if (colon < 0 || colon >= end) return -1; // a plain value (or its continuation) with no key
    if (text.charCodeAt(colon + 1) === 9) throw new Unusual('tab');
    base = column;
    p = colon + 1;
  }
  while (p < end && text.charCodeAt(p) === SPACE) p++;
  if (p >= end) return -1;
  c = text.charCodeAt(p);
  if (c === HASH) return -1;
  if (c === 9) throw new Unusual('tab');
  return valueHazards(text, p, end) < 0 ? base : -1;
}

/** A `:` that ends a key: followed by a space, a tab or the end of the line. */
function keyColon(text: string, colon: number, end: number): boolean {
  const next = text.charCodeAt(colon + 1);
  return colon + 1 === end || next === SPACE || next === 9;
}

const INDICATORS = '-?:,[]{}#&*!|>%@`\'"';

/** A mapping key starting at `p` (plain or quoted on one line) and the offset of its `:`, else undefined. */
function keyAt(text: string, p: number, end: number): { key: string; colon: number } | undefined {
  const c = text[p];
  if (c === '"' || c === "'") {
    const close = closingQuote(text, p, end);
    let q = close + 1;
    while (q < end && text.charCodeAt(q) === SPACE) q++;
    if (text[q] !== ':' || (q + 1 < end && text.charCodeAt(q + 1) !== SPACE)) return undefined;
    const inner = text.slice(p + 1, close);
    if (c === '"' && inner.includes('\\')) throw new Unusual('escaped key');
    return { key: c === "'" ? inner.replace(/''/g, "'") : inner, colon: q };
  }
  if ('-?:,[]{}#&*!|>%@`'.includes(c)) {
    // A plain key may start with -, ? or : before a non-space; rare enough to leave to the full reader.
    if ((c === '-' || c === '?' || c === ':') && p + 1 < end && text.charCodeAt(p + 1) !== SPACE)
      throw new Unusual('key');
    return undefined;
  }
  for (let q = p; q < end; q++) {
    const ch = text.charCodeAt(q);
    if (ch === HASH && text.charCodeAt(q - 1) === SPACE) return undefined;
    if (ch === 58 /* : */ && (q + 1 === end || text.charCodeAt(q + 1) === SPACE || text.charCodeAt(q + 1) === 9)) {
      return { key: text.slice(p, q).trimEnd(), colon: q };
    }
  }
  return undefined;
}

/** The offset of the quote closing the quoted scalar opened at `p`, on the same line, else Unusual. */
function closingQuote(text: string, p: number, end: number): number {
  const quote = text.charCodeAt(p);
  for (let q = p + 1; q < end; q++) {
    const ch = text.charCodeAt(q);
    if (quote === 34 && ch === 92 /* \ */) {
      q++;
      continue;
    }
    if (ch === quote) {
      if (quote === 39 && text.charCodeAt(q + 1) === 39) {
        q++;
        continue;
      }
      return q;
    }
  }
  throw new Unusual('multi-line quoted scalar');
}

/** The end of the flow collection opened at `p` when it closes on this line and holds no anchor, alias or tag. */
function flowEnd(text: string, p: number, end: number): number {
  let depth = 0;
  for (let q = p; q < end; q++) {
    const c = text[q];
    if (c === '"' || c === "'") q = closingQuote(text, q, end);
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (--depth === 0) return q + 1;
    } else if ((c === '&' || c === '*' || c === '!' || c === '#') && /[\s,[{]/.test(text[q - 1])) {
      throw new Unusual('anchor, alias, tag or comment in a flow collection');
    }
  }
  throw new Unusual('multi-line flow collection');
}

/** The end of a plain scalar on this line: before ` #` or the trailing spaces. */
function plainEnd(text: string, p: number, end: number): number {
  let q = p;
  while (q < end && !(text.charCodeAt(q) === HASH && text.charCodeAt(q - 1) === SPACE)) q++;
  while (q > p && text.charCodeAt(q - 1) === SPACE) q--;
  return q;
}

interface ScannedChart {
  name: string;
  line: number;
  lineStart: number;
  /** The value on the key's line ('' when the list follows on the next lines). */
  inline: string;
  blockStart: number;
  blockEnd: number;
  /** The first line below the key: its indentation, and whether it is a list item. */
  firstIndent?: number;
  firstIsItem?: boolean;
}

/**
 * The line scanner: the layout of a block-style index; throws Unusual for anything else (exported
 * with documentLayout for the differential test: both must agree wherever the scanner answers).
 */
export function scanLayout(text: string, file: string): IndexLayout {
  if (text.charCodeAt(0) === 0xfeff) throw new Unusual('BOM');
  for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1))
    if (text.charCodeAt(cr + 1) !== 10) throw new Unusual('a lone CR');
  const layout: IndexLayout = { eol: text.includes('\r\n') ? '\r\n' : '\n', reader: 'scanner' };
  const topKeys = new Map<string, number>();
  const chartLines = new Map<string, number>();
  const scanned: ScannedChart[] = [];
  let top: string | undefined;
  let entriesInline = '';
  let entriesEnd = 0;
  let chartColumn = -1;
  let chart: ScannedChart | undefined;
  let scalarBase = -1;
  let line = 0;
  for (let at = 0; at < text.length;) {
    const newline = text.indexOf('\n', at);
    const next = newline < 0 ? text.length : newline + 1;
    let end = newline < 0 ? text.length : newline;
    if (end > at && text.charCodeAt(end - 1) === 13) end--;
    const lineStart = at;
    at = next;
    line++;
    let indent = 0;
    while (lineStart + indent < end && text.charCodeAt(lineStart + indent) === SPACE) indent++;
    const blank = lineStart + indent === end;
    if (scalarBase >= 0) {
      if (blank || indent > scalarBase) {
        if (!blank && top === 'entries' && chart) chart.blockEnd = entriesEnd = next;
        continue;
      }
      scalarBase = -1;
    }
    if (blank) continue;
    const first = text.charCodeAt(lineStart + indent);
    if (first === 9) throw new Unusual('tab');
    if (first === HASH) continue;
    if (indent === 0) {
      if (/^(?:---|\.\.\.)(?:[ \t]|$)/.test(text.slice(lineStart, Math.min(end, lineStart + 4))) || first === 37)
        throw new Unusual('document marker or directive');
      const shape = shapeOf(text, lineStart, end, 0);
      if (shape.dashes > 0 || shape.key === undefined) throw new Unusual('not a mapping');
      const key = shape.key;
      const earlier = topKeys.get(key);
      if (earlier !== undefined)
        throw indexError(file, line, `the key ${key} appears twice (also at line ${earlier})`, HELM_REFUSES);
      topKeys.set(key, line);
      top = key;
      chart = undefined;
      scalarBase = shape.scalarBase;
      if (key === 'apiVersion') layout.apiVersionLineEnd = next;
      if (key === 'entries') {
        if (!NULLS.has(shape.value) && shape.value !== '{}') throw new Unusual('entries inline');
        entriesInline = shape.value;
        entriesEnd = next;
        layout.entries = {
          colon: shape.colon,
          column: 0,
          emptyLineEnd: next,
          chartColumn: -1,
          charts: [],
          end: next,
          dashColumn: () => 0,
        };
      }
      if (key === 'generated') {
        if (shape.scalarBase >= 0) throw new Unusual('generated block scalar');
        layout.generated =
          shape.value === ''
            ? { start: shape.colon + 1, end: shape.colon + 1, needsSpace: true }
            : { start: shape.valueStart, end: shape.valueEnd, needsSpace: false };
      }
      continue;
    }
    if (top === undefined) throw new Unusual('indented content before the first key');
    // A value that goes on below its key: generated is replaced whole, and apiVersion's end is where
    // a missing entries key goes; let the full reader find their ranges.
    if (top === 'generated' || top === 'apiVersion') throw new Unusual('value over lines');
    const item =
      first === DASH && (lineStart + indent + 1 === end || text.charCodeAt(lineStart + indent + 1) === SPACE);
    if (top !== 'entries' || indent > chartColumn || item) {
      // The bulk of the file, inside charts' lists: only what could change the meaning of later lines.
      scalarBase = lineHazards(text, lineStart + indent, end, indent);
      if (top !== 'entries') continue;
    }
    if (entriesInline !== '') throw new Unusual('content under an inline entries value');
    if (chartColumn < 0) chartColumn = indent;
    if (indent < chartColumn) throw new Unusual('entries indentation');
    if (indent === chartColumn && !item) {
      const shape = shapeOf(text, lineStart + indent, end, indent);
      scalarBase = shape.scalarBase;
      if (shape.key === undefined) throw new Unusual('not a chart key');
      const earlier = chartLines.get(shape.key);
      if (earlier !== undefined)
        throw indexError(
          file,
          line,
          `entries lists the chart ${shape.key} twice (also at line ${earlier})`,
          HELM_REFUSES,
        );
      chartLines.set(shape.key, line);
      chart = { name: shape.key, line, lineStart, inline: shape.value, blockStart: next, blockEnd: next };
      scanned.push(chart);
      entriesEnd = next;
      continue;
    }
    if (!chart) throw new Unusual('content before the first chart');
    if (chart.firstIndent === undefined) {
      chart.firstIndent = indent;
      chart.firstIsItem = item;
    }
    chart.blockEnd = entriesEnd = next;
  }
  const entries = layout.entries;
  if (entries && scanned.length > 0) {
    entries.emptyLineEnd = undefined;
    entries.chartColumn = chartColumn;
    entries.end = entriesEnd;
    entries.charts = scanned.map((c) => {
      let list: ChartList | undefined;
      return { name: c.name, line: c.line, lineStart: c.lineStart, list: () => (list ??= scannedList(text, c, file)) };
    });
    const listed = scanned.find((c) => c.firstIsItem);
    entries.dashColumn = () => listed?.firstIndent ?? chartColumn;
  }
  return layout;
}

/** A scanned chart's list: its lines parsed on their own by the yaml library. */
function scannedList(text: string, chart: ScannedChart, file: string): ChartList {
  if (chart.inline !== '' || chart.blockEnd === chart.blockStart) {
    if (NULLS.has(chart.inline))
      throw indexError(file, chart.line, `entries.${chart.name} is null, not a list of chart versions`);
    throw indexError(file, chart.line, `entries.${chart.name} must be a block list of chart versions`);
  }
  const block = text.slice(chart.blockStart, chart.blockEnd);
  const counter = new LineCounter();
  const document = parseDocument(block, { schema: 'failsafe', uniqueKeys: false, lineCounter: counter });
  const lineOf = (offset: number) => chart.line + counter.linePos(offset).line;
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw indexError(file, lineOf(error.pos[0]), `not valid YAML: ${yamlProblem(error.message)}`);
  }
  return listOf(text, document.contents, chart.blockStart, chart.name, file, lineOf, chart.line);
}

/**
 * The versions of a chart from its list node (offsets in the node are `offset` bytes into `text`):
 * a block list of mappings, each with a version. Anything else is refused: release-kit would not
 * know where the new entry goes, or the index is not one helm reads.
 */
function listOf(
  text: string,
  node: unknown,
  offset: number,
  name: string,
  file: string,
  lineOf: (offsetInNode: number) => number,
  keyLine: number,
): ChartList {
  if (node === null || node === undefined || (isScalar(node) && NULLS.has(String(node.value ?? ''))))
    throw indexError(file, keyLine, `entries.${name} is null, not a list of chart versions`);
  if (!isSeq(node) || node.flow || node.items.length === 0 || !node.range)
    throw indexError(file, keyLine, `entries.${name} must be a block list of chart versions`);
  const seq = node as YAMLSeq<unknown>;
  const versions: ListedVersion[] = seq.items.map((item, i) => {
    const at = isMap(item) && (item as YAMLMap).range ? (item as YAMLMap).range![0] : seq.range![0];
    const version = isMap(item) ? item.get('version') : undefined;
    if (!isMap(item) || typeof version !== 'string')
      throw indexError(file, lineOf(at), `entries.${name}[${i}] is not a chart version (a mapping with a version)`);
    const keys = item.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
    const twice = keys.find((key, k) => keys.indexOf(key) !== k);
    if (twice !== undefined)
      throw indexError(file, lineOf(at), `entries.${name}[${i}] has the key ${twice} twice`, HELM_REFUSES);
    const urls = item.get('urls');
    const absolute = offset + at;
    return {
      version,
      digest: String(item.get('digest') ?? ''),
      urls: isSeq(urls) ? urls.items.map((u) => String(isScalar(u) ? u.value : u)) : [],
      lineStart: text.lastIndexOf('\n', absolute - 1) + 1,
    };
  });
  const first = offset + seq.range![0];
  return {
    dashColumn: first - (text.lastIndexOf('\n', first - 1) + 1),
    versions,
    end: endOfLine(text, offset + contentEnd(seq)),
  };
}

/**
 * Where a block collection's content ends: the end of its last value, found by descending into
 * the last item. (A collection's own range runs on over trailing comments and blank lines, up to
 * the indentation of the next key, so a splice there would land inside the next key's line.)
 */
function contentEnd(node: Node): number {
  let last: Node = node;
  while (isCollection(last) && !last.flow && last.items.length > 0) {
    const item = last.items[last.items.length - 1];
    const next = isPair(item) ? ((item.value ?? item.key) as Node | null) : (item as Node | null);
    if (!next?.range) break;
    last = next;
  }
  return last.range![1];
}

/** The offset after the line break that ends the line holding `offset - 1` (a range end), or the end of the text. */
export function endOfLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** The layout through the yaml Document API: any YAML, at the cost of building the whole tree once. */
export function documentLayout(text: string, file: string): IndexLayout {
  const counter = new LineCounter();
  const document = parseDocument(text, { schema: 'failsafe', uniqueKeys: false, lineCounter: counter });
  const lineOf = (offset: number) => counter.linePos(offset).line;
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw indexError(file, lineOf(error.pos[0]), `not valid YAML: ${yamlProblem(error.message)}`);
  }
  refuseAliases(document, file, lineOf);
  const layout: IndexLayout = { eol: /\r\n/.test(text) ? '\r\n' : '\n', reader: 'document' };
  const root = document.contents;
  if (root === null) return layout;
  if (!isMap(root))
    throw indexError(file, undefined, 'expected a Helm repository index (a mapping with apiVersion and entries)');
  const pairs = uniquePairs(root as YAMLMap<unknown, unknown>, file, lineOf, (key, line) => [
    `the key ${key} appears twice (also at line ${line})`,
    HELM_REFUSES,
  ]);
  const apiVersion = pairs.get('apiVersion');
  const valueEnd = (pair: Pair<unknown, unknown>) =>
    (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range![1];
  if (apiVersion) layout.apiVersionLineEnd = endOfLine(text, valueEnd(apiVersion));
  const generated = pairs.get('generated');
  if (generated) {
    const value = generated.value as Node | null;
    const range = value?.range;
    layout.generated =
      range && range[1] > range[0]
        ? { start: range[0], end: range[1], needsSpace: false }
        : {
            start: colonAfter(text, (generated.key as Node).range![1]) + 1,
            end: colonAfter(text, (generated.key as Node).range![1]) + 1,
            needsSpace: true,
          };
  }
  const entriesPair = pairs.get('entries');
  if (!entriesPair) return layout;
  const entriesKey = entriesPair.key as Node;
  const colon = colonAfter(text, entriesKey.range![1]);
  const column = entriesKey.range![0] - (text.lastIndexOf('\n', entriesKey.range![0] - 1) + 1);
  const entries = entriesPair.value as Node | null;
  const empty =
    !entries ||
    (isScalar(entries) && NULLS.has(String(entries.value ?? ''))) ||
    (isMap(entries) && entries.items.length === 0);
  if (empty) {
    layout.entries = {
      colon,
      column,
      emptyLineEnd: endOfLine(text, entries?.range ? entries.range[1] : colon + 1),
      chartColumn: column + 2,
      charts: [],
      end: endOfLine(text, colon + 1),
      dashColumn: () => column + 2,
    };
    return layout;
  }
  if (!isMap(entries) || entries.flow)
    throw indexError(file, lineOf(entries.range?.[0] ?? 0), "'entries' must be a block mapping of chart names");
  const charts = uniquePairs(entries as YAMLMap<unknown, unknown>, file, lineOf, (key, line) => [
    `entries lists the chart ${key} twice (also at line ${line})`,
    HELM_REFUSES,
  ]);
  const firstKey = (entries.items[0].key as Node).range![0];
  const chartColumn = firstKey - (text.lastIndexOf('\n', firstKey - 1) + 1);
  layout.entries = {
    colon,
    column,
    chartColumn,
    charts: [...charts].map(([name, pair]) => {
      const keyStart = (pair.key as Node).range![0];
      return {
        name,
        line: lineOf(keyStart),
        lineStart: text.lastIndexOf('\n', keyStart - 1) + 1,
        list: () => listOf(text, pair.value, 0, name, file, lineOf, lineOf(keyStart)),
      };
    }),
    end: endOfLine(text, contentEnd(entries)),
    dashColumn: () => {
      for (const pair of entries.items) {
        const value = pair.value as Node | null;
        if (isSeq(value) && !value.flow && value.range)
          return value.range[0] - (text.lastIndexOf('\n', value.range[0] - 1) + 1);
      }
      return chartColumn;
    },
  };
  return layout;
}

/** A mapping's pairs by key (scalar keys only), refusing a key that appears twice. */
function uniquePairs(
  map: YAMLMap<unknown, unknown>,
  file: string,
  lineOf: (offset: number) => number,
  twice: (key: string, line: number) => [problem: string, why: string],
): Map<string, Pair<unknown, unknown>> {
  const pairs = new Map<string, Pair<unknown, unknown>>();
  for (const pair of map.items) {
    const key = pair.key as Node | null;
    if (!isScalar(key) || !key.range)
      throw indexError(file, lineOf((key as Node | null)?.range?.[0] ?? 0), 'a mapping key that is not a plain name');
    const name = String(key.value);
    const earlier = pairs.get(name);
    if (earlier) throw indexError(file, lineOf(key.range[0]), ...twice(name, lineOf((earlier.key as Node).range![0])));
    pairs.set(name, pair);
  }
  return pairs;
}

/**
 * helm never writes aliases, and expanding them is how a small file becomes a billion nodes (the
 * "billion laughs"): an index that uses any is refused, naming the first.
 */
function refuseAliases(document: Document, file: string, lineOf: (offset: number) => number): void {
  visit(document, {
    Alias(_key, node) {
      throw indexError(
        file,
        node.range ? lineOf(node.range[0]) : undefined,
        `the index uses YAML aliases (*${node.source})`,
        'helm never writes them and release-kit does not expand them',
      );
    },
  });
}

/** The first line of a yaml error without its own "at line L, column C" (the line is named already). */
function yamlProblem(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function colonAfter(text: string, offset: number): number {
  const colon = text.indexOf(':', offset);
  return colon < 0 ? offset : colon;
}
