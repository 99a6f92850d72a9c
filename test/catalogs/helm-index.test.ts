// index.yaml merging and helm's index format: a new entry lands where helm would put it and every other byte stays.
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseDocument } from 'yaml';
import {
  chartDigest,
  findIndexedVersion,
  indexEntry,
  insertionIndex,
  mergeIndex,
  nowRfc3339Nano,
  rfc3339Nano,
  type IndexEntry,
} from '../../packages/release-kit/src/catalogs/helm-index.js';
import type { ChartMetadata } from '../../packages/release-kit/src/charts/chartfile.js';
import { compareChartVersions, sameChartVersion } from '../../packages/release-kit/src/charts/version.js';

const fixture = readFileSync(path.join(import.meta.dirname, 'fixtures', 'index.yaml'), 'utf8');
const GENERATED = '2026-12-04T01:02:03.456789012Z';
const CREATED = '2026-12-04T01:02:03.4Z';

function entryFor(name: string, version: string, extra: Partial<ChartMetadata> = {}): IndexEntry {
  const metadata: ChartMetadata = {
    apiVersion: 'v2',
    name,
    version,
    description: `${name} chart`,
    appVersion: '2.0.0',
    ...extra,
  };
  return indexEntry(metadata, 'ab'.repeat(32), `https://charts.example.com/${name}-${version}.tgz`, CREATED);
}

/** The merged text with the inserted block cut out and the generated line put back must be the original. */
function withoutInsertion(merged: string, inserted: string): string {
  const at = merged.indexOf(inserted);
  expect(at).toBeGreaterThan(0);
  return (merged.slice(0, at) + merged.slice(at + inserted.length)).replace(
    `generated: "${GENERATED}"`,
    'generated: "2025-01-10T08:30:00.5Z"',
  );
}

describe('mergeIndex', () => {
  test('a newer version of an existing chart goes first in its list; every other byte is unchanged', () => {
    const merged = mergeIndex(fixture, entryFor('buntime', '0.3.0'), GENERATED);
    const inserted = [
      '  - apiVersion: v2',
      '    appVersion: 2.0.0',
      `    created: "${CREATED}"`,
      '    description: buntime chart',
      `    digest: ${'ab'.repeat(32)}`,
      '    name: buntime',
      '    urls:',
      '    - https://charts.example.com/buntime-0.3.0.tgz',
      '    version: 0.3.0',
      '',
    ].join('\n');
    expect(merged.indexOf(inserted)).toBe(fixture.indexOf('  - annotations:'));
    expect(withoutInsertion(merged, inserted)).toBe(fixture);
    expect(merged).toContain(`generated: "${GENERATED}"`);
    const versions = (parse(merged).entries.buntime as { version: string }[]).map((e) => e.version);
    expect(versions).toEqual(['0.3.0', '0.2.0', '0.1.10']);
  });

  test('an older version goes between by semver (0.1.10 > 0.1.9), not by text', () => {
    const merged = mergeIndex(fixture, entryFor('buntime', '0.1.9'), GENERATED);
    const versions = (
      parseDocument(merged, { schema: 'failsafe' }).toJS().entries.buntime as { version: string }[]
    ).map((e) => e.version);
    expect(versions).toEqual(['0.2.0', '0.1.10', '0.1.9']);
    const last = mergeIndex(fixture, entryFor('buntime', '0.0.1'), GENERATED);
    expect(last.indexOf('version: 0.0.1')).toBeGreaterThan(last.indexOf('version: 0.1.10'));
    expect(last.indexOf('version: 0.0.1')).toBeLessThan(last.indexOf('  zeta:'));
    // The hand-written comment on the older entry survives.
    expect(last).toContain('description: A Helm chart for Buntime   # a hand edit with a comment\n');
  });

  test('a new chart is added among the others in name order, as helm writes map keys', () => {
    const merged = mergeIndex(fixture, entryFor('kruntimes', '1.0.0'), GENERATED);
    const at = merged.indexOf('  kruntimes:\n  - apiVersion: v2\n');
    expect(at).toBe(fixture.indexOf('  zeta:'));
    const block = merged.slice(at, merged.indexOf('  zeta:'));
    expect(withoutInsertion(merged, block)).toBe(fixture);
    const last = mergeIndex(fixture, entryFor('zz-top', '1.0.0'), GENERATED);
    expect(last.indexOf('  zz-top:')).toBeGreaterThan(last.indexOf('version: 1.10'));
    expect(last.indexOf('  zz-top:')).toBeLessThan(last.indexOf('generated:'));
  });

  test('a version written 1.10 stays the string "1.10" (not the number 1.1)', () => {
    const merged = mergeIndex(fixture, entryFor('zeta', '1.9.0'), GENERATED);
    expect(merged).toContain('    version: 1.10\n');
    expect(findIndexedVersion(merged, 'zeta', '1.10')?.digest).toBe('5'.repeat(64));
    // 1.10 (= 1.10.0) is newer than 1.9.0
    expect(merged.indexOf('version: 1.10')).toBeLessThan(merged.indexOf('version: 1.9.0'));
  });

  test('an empty index (helm writes entries: {}) and no index at all become helm-shaped files', () => {
    const fresh = mergeIndex(undefined, entryFor('buntime', '0.3.0'), GENERATED);
    expect(fresh.startsWith('apiVersion: v1\nentries:\n  buntime:\n  - apiVersion: v2\n')).toBe(true);
    expect(fresh.endsWith(`generated: "${GENERATED}"\n`)).toBe(true);
    const empty = mergeIndex(
      `apiVersion: v1\nentries: {}\ngenerated: "2020-01-01T00:00:00Z"\n`,
      entryFor('buntime', '0.3.0'),
      GENERATED,
    );
    expect(empty).toBe(fresh);
  });

  test('indentation of an index written by another tool (dashes indented) is followed', () => {
    const indented =
      'apiVersion: v1\nentries:\n    one:\n        - name: one\n          version: 1.0.0\n          digest: aa\n          urls:\n              - u\ngenerated: "2020-01-01T00:00:00Z"\n';
    const merged = mergeIndex(indented, entryFor('one', '2.0.0'), GENERATED);
    expect(merged.startsWith('apiVersion: v1\nentries:\n    one:\n        - apiVersion: v2\n')).toBe(true);
    expect(merged).toContain('        - name: one\n          version: 1.0.0\n');
    expect((parse(merged).entries.one as unknown[]).length).toBe(2);
  });

  test('a broken index is a one-line error naming the file and line', () => {
    expect(() =>
      mergeIndex('apiVersion: v1\nentries:\n  a: [\n', entryFor('a', '1.0.0'), GENERATED, 'charts/index.yaml'),
    ).toThrow(
      /^catalog: charts\/index\.yaml:4: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a \]; fix charts\/index\.yaml in the catalog repository$/,
    );
  });
});

describe("helm's index format", () => {
  test('an entry has helm field names, sorted, with digest, created, urls and the metadata', () => {
    const data = Buffer.from('pretend this is a chart archive');
    const digest = chartDigest(data);
    expect(digest).toBe(createHash('sha256').update(data).digest('hex'));
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    const created = nowRfc3339Nano();
    const entry = indexEntry(
      {
        apiVersion: 'v2',
        name: 'buntime',
        version: '0.3.0',
        appVersion: '1.0.3',
        description: 'Buntime',
        home: 'https://github.com/zommehq/buntime',
        keywords: ['bun'],
        maintainers: [{ name: 'M', email: 'm@example.com' }],
        type: 'application',
        annotations: { 'catalog.cattle.io/release-notes': 'notes\n' },
      },
      digest,
      'https://charts.example.com/buntime-0.3.0.tgz',
      created,
    );
    expect(Object.keys(entry)).toEqual([
      'annotations',
      'apiVersion',
      'appVersion',
      'created',
      'description',
      'digest',
      'home',
      'keywords',
      'maintainers',
      'name',
      'type',
      'urls',
      'version',
    ]);
    expect(entry.urls).toEqual(['https://charts.example.com/buntime-0.3.0.tgz']);
    expect(entry.maintainers).toEqual([{ name: 'M', email: 'm@example.com' }]);
    const text = mergeIndex(undefined, entry, created);
    expect(text).toMatch(/\n {4}created: "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z"\n/);
    expect(parse(text)).toEqual({ apiVersion: 'v1', entries: { buntime: [entry] }, generated: created });
  });

  test('created and generated are RFC 3339 with nanoseconds, trailing zeros dropped as Go does', () => {
    expect(rfc3339Nano(new Date('2026-12-04T01:02:03.450Z'), 6789)).toBe('2026-12-04T01:02:03.450006789Z');
    expect(rfc3339Nano(new Date('2026-12-04T01:02:03.400Z'))).toBe('2026-12-04T01:02:03.4Z');
    expect(rfc3339Nano(new Date('2026-12-04T01:02:03.000Z'))).toBe('2026-12-04T01:02:03Z');
    const now = nowRfc3339Nano();
    expect(Math.abs(Date.parse(now) - Date.now())).toBeLessThan(5000);
  });

  test('one version, several spellings: helm counts v1.0.0, 1.0.0, 1.0 and 1.0.0+build as one', () => {
    expect(sameChartVersion('v1.0.0', '1.0.0')).toBe(true);
    expect(sameChartVersion('1.0', '1.0.0')).toBe(true);
    expect(sameChartVersion('v1', '1.0.0')).toBe(true);
    expect(sameChartVersion('1.0.0+build.1', '1.0.0')).toBe(true);
    expect(sameChartVersion('1.0.0-rc.1', '1.0.0')).toBe(false);
    expect(sameChartVersion('1.0.1', '1.0.0')).toBe(false);
    expect(sameChartVersion('latest', 'latest')).toBe(true);
    expect(sameChartVersion('latest', '1.0.0')).toBe(false);
    expect(findIndexedVersion(fixture, 'zeta', '1.10.0')).toEqual({
      version: '1.10',
      digest: '5'.repeat(64),
      urls: ['https://charts.example.com/zeta-1.10.tgz'],
    });
  });

  test('versions sort as helm sorts them: semver, v prefix and short forms allowed', () => {
    expect(compareChartVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareChartVersions('v1.2', '1.2.0')).toBe(0);
    expect(compareChartVersions('1.0.0-rc.1', '1.0.0')).toBe(-1);
    expect(compareChartVersions('1.0.0-rc.10', '1.0.0-rc.9')).toBe(1);
    expect(compareChartVersions('1.0.0-rc.1', '1.0.0-1')).toBe(1);
    expect(compareChartVersions('1.0.0-rc', '1.0.0-rc.1')).toBe(-1);
    expect(compareChartVersions('18446744073709551615.0.0', '9.0.0')).toBe(1);
    // Masterminds reads each number as a uint64 and refuses a bigger one: helm cannot parse it.
    expect(compareChartVersions('18446744073709551616.0.0', '9.0.0')).toBe(-1);
    // helm pushes a version it cannot parse to the back.
    expect(compareChartVersions('latest', '0.0.1')).toBe(-1);
    expect(compareChartVersions('01.0.0', '0.0.1')).toBe(-1);
    expect(insertionIndex(['2.0.0', 'latest'], '1.0.0')).toBe(1);
    expect(insertionIndex(['2.0.0', '1.0.0'], '1.5.0')).toBe(1);
    expect(insertionIndex(['2.0.0', '1.0.0'], '3.0.0')).toBe(0);
    expect(insertionIndex(['2.0.0', '1.0.0'], '0.1.0')).toBe(2);
  });
});
