// The index.yaml line scanner against the yaml library: on generated indexes in many layouts the
// scanner and the Document API must find the same offsets, and a merge must read back (full parse)
// as the old index plus the entry with every old line kept; hostile files must fall back or be refused.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import {
  indexEntry,
  insertionIndex,
  mergeIndex,
  type IndexEntry,
} from '../../packages/release-kit/src/catalogs/helm-index.js';
import {
  documentLayout,
  indexLayout,
  scanLayout,
  Unusual,
  type IndexLayout,
} from '../../packages/release-kit/src/catalogs/index-layout.js';
import { isUserError } from '../../packages/release-kit/src/plumbing/errors.js';

const CHART_NAMES = ['alpine', 'buntime', 'kruntimes', 'zeta', 'a-b', 'chart.x', 'chart-10', 'chart-9', '1.0'];

interface Style {
  chartColumn: number;
  dashOffset: number;
  eol: '\n' | '\r\n';
  finalNewline: boolean;
  generated: 'end' | 'first' | 'none' | 'empty';
  apiVersion: boolean;
  serverInfo: boolean;
  comments: boolean;
  /** A tagged value in the first entry: valid YAML the scanner leaves to the Document API. */
  tagged: boolean;
}

interface GenEntry {
  version: string;
  description: number;
  keywords: 'none' | 'block' | 'flow';
  annotations: boolean;
}

const versionArb = fc
  .tuple(
    fc.boolean(),
    fc.nat(2),
    fc.nat(11),
    fc.nat(11),
    fc.option(fc.constantFrom('rc.1', 'beta', 'alpha.2'), { nil: undefined }),
  )
  .map(([v, a, b, c, pre]) => `${v ? 'v' : ''}${a}.${b}.${c}${pre ? `-${pre}` : ''}`);

const entryArb: fc.Arbitrary<GenEntry> = fc.record({
  version: versionArb,
  description: fc.nat(6),
  keywords: fc.constantFrom('none', 'block', 'flow'),
  annotations: fc.boolean(),
});

const styleArb: fc.Arbitrary<Style> = fc.record({
  chartColumn: fc.constantFrom(2, 4),
  dashOffset: fc.constantFrom(0, 2),
  eol: fc.constantFrom('\n', '\r\n'),
  finalNewline: fc.boolean(),
  generated: fc.constantFrom('end', 'first', 'none', 'empty'),
  apiVersion: fc.boolean(),
  serverInfo: fc.boolean(),
  comments: fc.boolean(),
  tagged: fc.boolean(),
});

const chartsArb = fc.uniqueArray(
  fc.record({ name: fc.constantFrom(...CHART_NAMES), entries: fc.array(entryArb, { minLength: 1, maxLength: 4 }) }),
  { selector: (c) => c.name, maxLength: 5 },
);

function key(name: string): string {
  return /^[a-z][a-z0-9._-]*$/.test(name) ? name : `"${name}"`;
}

/** An index.yaml in one of many layouts helm, chart-releaser or a hand edit produce. */
function render(charts: { name: string; entries: GenEntry[] }[], style: Style): string {
  const lines: string[] = [];
  const generated = style.generated === 'empty' ? 'generated:' : 'generated: "2024-01-01T00:00:00.5Z"';
  if (style.comments) lines.push('# a Helm repository index');
  if (style.generated === 'first' || style.generated === 'empty') lines.push(generated);
  if (style.apiVersion) lines.push('apiVersion: v1');
  if (charts.length === 0) lines.push('entries: {}');
  else lines.push('entries:');
  const pad = ' '.repeat(style.chartColumn);
  const dash = ' '.repeat(style.chartColumn + style.dashOffset);
  const field = `${dash}  `;
  charts.forEach((chart, c) => {
    if (style.comments && c > 0) lines.push(`${pad}# next chart`);
    lines.push(`${pad}${key(chart.name)}:`);
    chart.entries.forEach((e, i) => {
      lines.push(`${dash}- apiVersion: v2`);
      lines.push(`${field}created: "2024-01-0${(i % 9) + 1}T00:00:00Z"`);
      const descriptions = [
        `${field}description: A chart for ${chart.name}`,
        `${field}description: "A \\"chart\\" for ${chart.name}: quoted"`,
        `${field}description: 'it''s ${chart.name}'`,
        `${field}description: |\n${field}  line one\n${field}\n${field}  ${chart.name}: not a key`,
        `${field}description: first line\n${field}  continued - here`,
        `${field}description: with a comment # ${chart.name}:`,
        `${field}description: >-\n${field}    folded\n${field}    text`,
      ];
      lines.push(descriptions[e.description]);
      lines.push(`${field}digest: ${String(i).repeat(64).slice(0, 64)}`);
      if (e.annotations)
        lines.push(
          `${field}annotations:`,
          `${field}  artifacthub.io/changes: |`,
          `${field}    - kind: added`,
          `${field}  category: Integration`,
        );
      if (e.keywords === 'block') lines.push(`${field}keywords:`, `${field}- one`, `${field}- "two: 2"`);
      if (e.keywords === 'flow') lines.push(`${field}keywords: [one, "two, 2", 'three']`);
      lines.push(`${field}name: ${key(chart.name)}`);
      lines.push(`${field}urls:`, `${field}- https://charts.example.com/${chart.name}-${e.version}.tgz`);
      lines.push(`${field}version: ${e.version}`);
      if (style.tagged && c === 0 && i === 0) lines.push(`${field}tagged: !!str yes`);
      if (style.comments && i === 0) lines.push(`${field}# a comment after the first entry`);
    });
  });
  if (style.serverInfo) lines.push('serverInfo:', '  contextPath: /charts # where it is served');
  if (style.generated === 'end') lines.push(generated);
  const text = lines.join('\n').split('\n').join(style.eol);
  return style.finalNewline ? text + style.eol : text;
}

function entryFor(name: string, version: string): IndexEntry {
  return indexEntry(
    { apiVersion: 'v2', name, version, description: `new ${name}`, appVersion: '1.0.0' },
    'f'.repeat(64),
    `https://charts.example.com/${name}-${version}.tgz`,
    '2026-01-01T00:00:00.1Z',
  );
}

/** What the two readers found, as plain data (lists read where there are charts). */
function summary(layout: IndexLayout) {
  return {
    eol: layout.eol,
    apiVersionLineEnd: layout.apiVersionLineEnd,
    generated: layout.generated,
    entries: layout.entries && {
      colon: layout.entries.colon,
      column: layout.entries.column,
      chartColumn: layout.entries.charts.length ? layout.entries.chartColumn : undefined,
      emptyLineEnd: layout.entries.emptyLineEnd,
      dashColumn: layout.entries.charts.length ? layout.entries.dashColumn() : undefined,
      charts: layout.entries.charts.map((c) => ({
        name: c.name,
        line: c.line,
        lineStart: c.lineStart,
        list: c.list(),
      })),
    },
  };
}

const GENERATED = '2026-02-02T02:02:02.2Z';

describe('the index.yaml line scanner', () => {
  test('finds what the yaml Document API finds, on generated indexes of many layouts', () => {
    fc.assert(
      fc.property(chartsArb, styleArb, (charts, style) => {
        for (const chart of charts) chart.entries = dedupeVersions(chart.entries);
        const text = render(charts, { ...style, tagged: false });
        const scanned = scanLayout(text, 'index.yaml');
        const read = documentLayout(text, 'index.yaml');
        expect(summary(scanned)).toEqual(summary(read));
      }),
      { numRuns: 300 },
    );
  });

  test('a merge reads back, fully parsed, as the old index plus the entry, every old line kept', () => {
    fc.assert(
      fc.property(
        chartsArb,
        styleArb,
        fc.constantFrom(...CHART_NAMES, 'newchart', 'aaa', 'zzz'),
        versionArb,
        (charts, style, name, version) => {
          for (const chart of charts) chart.entries = dedupeVersions(chart.entries);
          const existing = charts.find((c) => c.name === name);
          fc.pre(!existing?.entries.some((e) => sameVersion(e.version, version)));
          const text = render(charts, style);
          const entry = entryFor(name, version);
          const merged = mergeIndex(text, entry, GENERATED);
          const tagged = style.tagged && charts.length > 0;
          expect(indexLayout(text, 'index.yaml').reader).toBe(tagged ? 'document' : 'scanner');

          const before = parseDocument(text, { schema: 'failsafe' }).toJS() as Record<string, unknown>;
          const after = parseDocument(merged, { schema: 'failsafe' }).toJS() as Record<string, unknown>;
          const entries = { ...((before.entries as Record<string, unknown[]> | null) ?? {}) };
          const versions = [...(entries[name] ?? [])] as { version: string }[];
          versions.splice(
            insertionIndex(
              versions.map((v) => v.version),
              version,
            ),
            0,
            strings(entry) as { version: string },
          );
          entries[name] = versions;
          expect(after).toEqual({ ...before, entries, generated: GENERATED });

          // Every old line is still there, in order (the generated line and `entries: {}` aside).
          const oldLines = text
            .split(style.eol)
            .filter((l) => !l.startsWith('generated:') && l !== 'entries: {}' && l !== '');
          const newLines = merged.split(style.eol);
          let at = 0;
          for (const line of oldLines) {
            at = newLines.indexOf(line, at);
            expect(at).toBeGreaterThanOrEqual(0);
            at++;
          }
          if (text.includes('\n')) expect(merged.includes('\r\n')).toBe(style.eol === '\r\n');
          if (style.eol === '\r\n' && text.includes('\n')) expect(/[^\r]\n/.test(merged)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('files the scanner does not read are read by the Document API, or refused', () => {
  const base = (extra: string[]) =>
    [
      'apiVersion: v1',
      'entries:',
      '  alpine:',
      '  - name: alpine',
      '    description: "a description over',
      '      buntime: that looks like a chart key"',
      '    urls:',
      '    - https://x/alpine-1.0.0.tgz',
      '    version: 1.0.0',
      ...extra,
      'generated: "2024-01-01T00:00:00Z"',
      '',
    ].join('\n');

  test('a quoted value over lines, one line shaped like a chart key: the Document API places the entry', () => {
    const text = base([]);
    expect(() => scanLayout(text, 'index.yaml')).toThrow(Unusual);
    expect(indexLayout(text, 'index.yaml').reader).toBe('document');
    const merged = mergeIndex(text, entryFor('buntime', '1.0.0'), GENERATED);
    const after = parseDocument(merged, { schema: 'failsafe' }).toJS();
    expect(Object.keys(after.entries)).toEqual(['alpine', 'buntime']);
    expect(after.entries.alpine[0].description).toBe('a description over buntime: that looks like a chart key');
    expect(merged.startsWith(text.slice(0, text.indexOf('generated:')))).toBe(true);
  });

  test.each([
    ['an anchor and alias', ['  other: &o', '  - version: 1.0.0', '  third: *o'], /uses YAML aliases \(\*o\)/],
    ['a chart twice', ['  alpine:', '  - version: 2.0.0'], /entries lists the chart alpine twice \(also at line 3\)/],
  ])('%s: refused in one line', (_name, extra, message) => {
    const text = base(extra);
    expect(() => mergeIndex(text, entryFor('buntime', '1.0.0'), GENERATED)).toThrow(message);
  });

  test('scanner and Document API refuse the same hostile files with the same line', () => {
    const entry = ['  - name: x', '    urls: [u]', '    version: 1.0.0'];
    const hostile: string[][] = [
      ['apiVersion: v1', 'entries:', '  x:', ...entry, '  x:', ...entry],
      ['apiVersion: v1', 'entries:', '  x: null', '  y:', ...entry],
      ['apiVersion: v1', 'entries:', '  x: ~'],
      ['apiVersion: v1', 'entries:', '  x:', '  - name: x', '    version: 1.0.0', '    version: 1.0.1'],
      ['apiVersion: v1', 'entries:', '  x:', '  - just a string'],
      ['apiVersion: v1', 'apiVersion: v2', 'entries: {}'],
    ];
    for (const lines of hostile) {
      const text = lines.join('\n') + '\n';
      const outcome = (read: () => IndexLayout) => {
        try {
          return (
            read()
              .entries?.charts.find((c) => c.name === 'x')
              ?.list() ?? 'read'
          );
        } catch (error) {
          expect(isUserError(error)).toBe(true);
          return (error as Error).message;
        }
      };
      const scanned = outcome(() => scanLayout(text, 'index.yaml'));
      expect(typeof scanned).toBe('string');
      expect(scanned).toMatch(/^catalog: index\.yaml:\d+: /);
      expect(outcome(() => documentLayout(text, 'index.yaml'))).toEqual(scanned);
    }
  });

  test.each([
    ['a tab in the indentation', '  zeta:\n  -\tname: zeta\n    version: 1.0.0'],
    ['a document marker', '---'],
    ['a flow list over lines', '  zeta:\n  - name: zeta\n    keywords: [a,\n      b]\n    version: 1.0.0'],
    ['a tag', '  zeta:\n  - name: !!str zeta\n    version: 1.0.0'],
    ['a tab after a key', '  zeta:\n  - name: zeta\n    home:\thttps://x\n    version: 1.0.0'],
    ['a tab after a dash', '  zeta:\n  -\tname: zeta\n    version: 1.0.0'],
  ])('%s: read by the Document API', (_name, text) => {
    const full = text === '---' ? `---\napiVersion: v1\nentries: {}\n` : `apiVersion: v1\nentries:\n${text}\n`;
    expect(() => scanLayout(full, 'index.yaml')).toThrow(Unusual);
    let layout: IndexLayout | undefined;
    try {
      layout = indexLayout(full, 'index.yaml');
    } catch (error) {
      // The Document API may find the file is not YAML at all (a tab): then it is a one-line refusal.
      expect((error as Error).message).toMatch(/^catalog: index\.yaml:\d+: not valid YAML/);
      return;
    }
    expect(layout.reader).toBe('document');
  });
});

function dedupeVersions(entries: GenEntry[]): GenEntry[] {
  const kept: GenEntry[] = [];
  for (const e of entries) if (!kept.some((k) => sameVersion(k.version, e.version))) kept.push(e);
  return kept;
}

function sameVersion(a: string, b: string): boolean {
  return a.replace(/^v/, '') === b.replace(/^v/, '');
}

function strings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strings);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strings(v)]));
  return String(value);
}
