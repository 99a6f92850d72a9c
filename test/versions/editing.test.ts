// Editing a version inside YAML, JSON and text files: only the version text changes, byte for byte.
// Property tests build random files around a version and demand that a bump changes nothing else.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { UserError } from '../../packages/release-kit/src/plumbing/errors.js';
import type { VersionLocationSpec } from '../../packages/release-kit/src/versions/config.js';
import { findOccurrences, rewriteOccurrences } from '../../packages/release-kit/src/versions/locations.js';
import { BUNTIME_CHART } from './fixtures.js';

const spec = (file: string, key?: string, pattern?: string): VersionLocationSpec => ({
  file,
  key,
  pattern,
  configLine: 1,
});
const bump = (s: VersionLocationSpec, text: string, version: string) =>
  rewriteOccurrences(text, findOccurrences(s, text), version);

const version = fc
  .tuple(
    fc.nat({ max: 999 }),
    fc.nat({ max: 999 }),
    fc.nat({ max: 999 }),
    fc.option(fc.constantFrom('rc.0', 'beta.1', 'alpha'), { nil: undefined }),
  )
  .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}` : ''}`);
const key = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,10}$/).filter((k) => k !== 'version');
const comment = fc.option(
  fc.stringMatching(/^[ -~]{0,20}$/).map((c) => ` # ${c}`),
  { nil: undefined },
);
/** A YAML scalar in one of the styles people write (safe: no value that needs escaping). */
const yamlScalar = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9 ./-]{0,15}[a-z0-9]$/),
  fc.integer().map(String),
  fc
    .stringMatching(/^[ -~]{0,15}$/)
    .filter((s) => !/["\\]/.test(s))
    .map((s) => `"${s}"`),
  fc
    .stringMatching(/^[ -~]{0,15}$/)
    .filter((s) => !s.includes("'"))
    .map((s) => `'${s}'`),
  fc.constantFrom('true', 'null', '~', '[]', '{}', '[a, b]'),
);

interface YamlShape {
  indent: number;
  entries: { key: string; value: string; comment?: string; children?: { key: string; value: string }[] }[];
  at: number;
  quote: '' | '"' | "'";
  versionComment?: string;
  header?: string;
  trailingNewline: boolean;
  blankLines: number[];
}

const yamlShape: fc.Arbitrary<YamlShape> = fc.record({
  indent: fc.constantFrom(2, 4),
  entries: fc.uniqueArray(
    fc.record({
      key,
      value: yamlScalar,
      comment,
      children: fc.option(
        fc.uniqueArray(fc.record({ key, value: yamlScalar }), { selector: (c) => c.key, maxLength: 3 }),
        { nil: undefined },
      ),
    }),
    { selector: (e) => e.key, maxLength: 8 },
  ),
  at: fc.nat(),
  quote: fc.constantFrom('' as const, '"' as const, "'" as const),
  versionComment: comment,
  header: fc.option(
    fc.stringMatching(/^[ -~]{0,30}$/).map((c) => `# ${c}\n`),
    { nil: undefined },
  ),
  trailingNewline: fc.boolean(),
  blankLines: fc.array(fc.nat(), { maxLength: 3 }),
});

/** Render the shape with `v` as the top-level `version`: the same bytes apart from the version. */
function renderYaml(shape: YamlShape, v: string): string {
  const lines: string[] = [];
  const entries = [...shape.entries];
  const at = entries.length ? shape.at % (entries.length + 1) : 0;
  const versionLine = `version: ${shape.quote}${v}${shape.quote}${shape.versionComment ?? ''}`;
  entries.forEach((e, i) => {
    if (i === at) lines.push(versionLine);
    if (shape.blankLines.includes(i)) lines.push('');
    if (e.children?.length) {
      lines.push(`${e.key}:${e.comment ?? ''}`);
      for (const c of e.children) lines.push(`${' '.repeat(shape.indent)}${c.key}: ${c.value}`);
    } else {
      lines.push(`${e.key}: ${e.value}${e.comment ?? ''}`);
    }
  });
  if (at === entries.length) lines.push(versionLine);
  return (shape.header ?? '') + lines.join('\n') + (shape.trailingNewline ? '\n' : '');
}

describe('YAML', () => {
  test('the heavy Chart.yaml: only the two version lines change; quoting and comments stay', () => {
    const chart = BUNTIME_CHART;
    const once = bump(spec('Chart.yaml', 'version'), chart, '0.2.27');
    const twice = bump(spec('Chart.yaml', 'appVersion'), once, '1.1.1');
    expect(twice).toBe(
      chart
        .replace('version: 0.2.26 # chart', 'version: 0.2.27 # chart')
        .replace('appVersion: "1.1.0"', 'appVersion: "1.1.1"'),
    );
    // the annotation text that merely mentions 0.2.26 and the dependency's version are untouched
    expect(twice).toContain('description: version: 0.2.26 stays as text here');
    expect(twice).toContain('version: 17.3.1   # not ours');
  });

  test('nested keys and list indices', () => {
    const text = 'image:\n  repository: ghcr.io/acme/x\n  tag: "1.0.0" # app\ndeps:\n  - name: a\n    version: 2.0.0\n';
    expect(bump(spec('values.yaml', 'image.tag'), text, '1.0.1')).toBe(text.replace('"1.0.0"', '"1.0.1"'));
    expect(bump(spec('values.yaml', 'deps.0.version'), text, '2.1.0')).toBe(text.replace('2.0.0', '2.1.0'));
  });

  test('random YAML files stay byte-identical apart from the version scalar', () => {
    fc.assert(
      fc.property(yamlShape, version, version, (shape, from, to) => {
        const before = renderYaml(shape, from);
        const occurrences = findOccurrences(spec('x.yaml', 'version'), before);
        expect(occurrences.map((o) => o.value)).toEqual([from]);
        expect(rewriteOccurrences(before, occurrences, to)).toBe(renderYaml(shape, to));
      }),
      { numRuns: 300 },
    );
  });

  test('values that are not a plain version scalar are UserErrors', () => {
    for (const text of [
      'version: [1]\n',
      'version:\n  a: 1\n',
      'a: &v 1.0.0\nversion: *v\n',
      'version: |\n  1.0.0\n',
      'version: "1.0\\u002e0"\n',
      'other: 1\n',
    ]) {
      expect(() => findOccurrences(spec('x.yaml', 'version'), text)).toThrow(UserError);
    }
  });
});

interface JsonShape {
  indent: string;
  entries: [string, unknown][];
  at: number;
  trailingNewline: boolean;
  spaceAfterColon: boolean;
}
const jsonValue = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(key, fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);
const jsonShape: fc.Arbitrary<JsonShape> = fc.record({
  indent: fc.constantFrom('', '  ', '    ', '\t'),
  entries: fc.uniqueArray(fc.tuple(key, jsonValue), { selector: ([k]) => k, maxLength: 8 }),
  at: fc.nat(),
  trailingNewline: fc.boolean(),
  spaceAfterColon: fc.boolean(),
});

function renderJson(shape: JsonShape, v: string): string {
  const entries = [...shape.entries];
  entries.splice(shape.at % (entries.length + 1), 0, ['version', v]);
  const nl = shape.indent === '' ? '' : '\n';
  const colon = shape.spaceAfterColon ? ': ' : ':';
  const body = entries
    .map(([k, value]) => `${shape.indent}${JSON.stringify(k)}${colon}${JSON.stringify(value)}`)
    .join(`,${nl}`);
  return `{${nl}${body}${nl}}${shape.trailingNewline ? '\n' : ''}`;
}

describe('JSON', () => {
  test('random JSON files stay byte-identical apart from the version string', () => {
    fc.assert(
      fc.property(jsonShape, version, version, (shape, from, to) => {
        const before = renderJson(shape, from);
        expect(bump(spec('package.json', 'version'), before, to)).toBe(renderJson(shape, to));
      }),
      { numRuns: 300 },
    );
  });

  test('nested keys, arrays and comments (JSONC)', () => {
    const text = '{\n  // the app\n  "packages": [{ "name": "a", "version": "1.0.0" }],\n  "version": "9.9.9"\n}\n';
    expect(bump(spec('x.jsonc', 'packages.0.version'), text, '1.0.1')).toBe(text.replace('1.0.0', '1.0.1'));
    expect(bump(spec('x.json', 'version'), text, '10.0.0')).toBe(text.replace('9.9.9', '10.0.0'));
  });

  test('non-string values, missing keys and broken JSON are UserErrors', () => {
    for (const text of [
      '{"version": 1}',
      '{"version": ["1.0.0"]}',
      '{"name": "x"}',
      '{"version": "1.0.0"',
      '[',
      '',
      '{"version": "1.0\\u002e0"}',
    ]) {
      expect(() => findOccurrences(spec('package.json', 'version'), text)).toThrow(UserError);
    }
  });
});

describe('patterns', () => {
  test('every match is rewritten, nothing else', () => {
    const text = 'get krt_v1.1.0_linux.tgz\nor krt_v1.1.0_darwin.tgz; not krt-1.1.0\n';
    const s = spec('README.md', undefined, 'krt_v(\\d+\\.\\d+\\.\\d+)_');
    expect(findOccurrences(s, text).map((o) => o.line)).toEqual([1, 2]);
    expect(bump(s, text, '1.1.1')).toBe('get krt_v1.1.1_linux.tgz\nor krt_v1.1.1_darwin.tgz; not krt-1.1.0\n');
  });
  test('random text around the matches survives', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string().filter((s) => !s.includes('krt_v')),
          { minLength: 1, maxLength: 5 },
        ),
        version,
        version,
        (chunks, from, to) => {
          const build = (v: string) => chunks.join(`krt_v${v}_`);
          const s = spec('README.md', undefined, 'krt_v(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.]+)?)_');
          if (chunks.length === 1) {
            expect(() => findOccurrences(s, build(from))).toThrow(UserError);
            return;
          }
          expect(bump(s, build(from), to)).toBe(build(to));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('garbage never crashes', () => {
  test('random bytes as YAML, JSON or text: occurrences or a UserError, nothing else', () => {
    const specs = [
      spec('x.yaml', 'version'),
      spec('x.yaml', 'a.b.0'),
      spec('x.json', 'version'),
      spec('x.txt', undefined, 'v(\\d+\\.\\d+\\.\\d+)'),
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom('version: 1.0.0\n', '{"version":"1.0.0"}'),
        ),
        fc.constantFrom(...specs),
        (text, s) => {
          try {
            const found = findOccurrences(s, text);
            // whatever was found splices back to the same text when the version is unchanged
            for (const o of found) expect(text.slice(o.start, o.end)).toBe(o.value);
            expect(rewriteOccurrences(text, found, '9.9.9').length).toBeGreaterThanOrEqual(0);
          } catch (error) {
            expect(error).toBeInstanceOf(UserError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
