// .helmignore and Go's filepath.Match, held to the Go and helm test tables they were ported from.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  BadPattern,
  goFilepathMatch,
  HelmignoreRules,
  parseHelmignore,
} from '../../packages/release-kit/src/charts/helmignore.js';

type Outcome = boolean | 'bad';
function outcome(pattern: string, name: string): Outcome {
  try {
    return goFilepathMatch(pattern, name);
  } catch (error) {
    if (error instanceof BadPattern) return 'bad';
    throw error;
  }
}

// Go's path/filepath match_test.go table (Unix rows).
const goCases: [string, string, Outcome][] = [
  ['abc', 'abc', true],
  ['*', 'abc', true],
  ['*c', 'abc', true],
  ['a*', 'a', true],
  ['a*', 'abc', true],
  ['a*', 'ab/c', false],
  ['a*/b', 'abc/b', true],
  ['a*/b', 'a/c/b', false],
  ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false],
  ['a*b?c*x', 'abxbbxdbxebxczzx', true],
  ['a*b?c*x', 'abxbbxdbxebxczzy', false],
  ['ab[c]', 'abc', true],
  ['ab[b-d]', 'abc', true],
  ['ab[e-g]', 'abc', false],
  ['ab[^c]', 'abc', false],
  ['ab[^b-d]', 'abc', false],
  ['ab[^e-g]', 'abc', true],
  ['a\\*b', 'a*b', true],
  ['a\\*b', 'ab', false],
  ['a?b', 'a☺b', true],
  ['a[^a]b', 'a☺b', true],
  ['a???b', 'a☺b', false],
  ['a[^a][^a][^a]b', 'a☺b', false],
  ['[a-ζ]*', 'α', true],
  ['*[a-ζ]', 'A', false],
  ['a?b', 'a/b', false],
  ['a*b', 'a/b', false],
  ['[\\]a]', ']', true],
  ['[\\-]', '-', true],
  ['[x\\-]', 'x', true],
  ['[x\\-]', '-', true],
  ['[x\\-]', 'z', false],
  ['[\\-x]', 'x', true],
  ['[\\-x]', '-', true],
  ['[\\-x]', 'a', false],
  ['[]a]', ']', 'bad'],
  ['[-]', '-', 'bad'],
  ['[x-]', 'x', 'bad'],
  ['[x-]', '-', 'bad'],
  ['[x-]', 'z', 'bad'],
  ['[-x]', 'x', 'bad'],
  ['[-x]', '-', 'bad'],
  ['[-x]', 'a', 'bad'],
  ['\\', 'a', 'bad'],
  ['[a-b-c]', 'a', 'bad'],
  ['[', 'a', 'bad'],
  ['[^', 'a', 'bad'],
  ['[^bc', 'a', 'bad'],
  ['a[', 'a', 'bad'],
  ['a[', 'ab', 'bad'],
  ['a[', 'x', 'bad'],
  ['a/b[', 'x', 'bad'],
  ['*x', 'xxx', true],
];

describe('goFilepathMatch mirrors Go filepath.Match', () => {
  test.each(goCases)('Match(%j, %j) = %j', (pattern, name, expected) => {
    expect(outcome(pattern, name)).toBe(expected);
  });

  test('a pattern without metacharacters matches exactly itself', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-zA-Z0-9._/-]{0,20}$/),
        fc.stringMatching(/^[a-zA-Z0-9._/-]{0,20}$/),
        (pattern, name) => {
          expect(goFilepathMatch(pattern, name)).toBe(pattern === name);
        },
      ),
    );
  });

  test('* never crosses a slash and ? matches exactly one character', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z/]{0,12}$/), (name) => {
        expect(goFilepathMatch('*', name)).toBe(!name.includes('/'));
        expect(goFilepathMatch('?', name)).toBe(name.length === 1 && name !== '/');
      }),
    );
  });
});

// helm's pkg/ignore rules_test.go TestIgnore table; directories as in its testdata (cargo/, mast/).
const directories = new Set(['cargo', 'cargo/', 'mast/']);
const helmCases: [string, string, boolean][] = [
  ['helm.txt', 'helm.txt', true],
  ['helm.*', 'helm.txt', true],
  ['helm.*', 'rudder.txt', false],
  ['*.txt', 'tiller.txt', true],
  ['*.txt', 'cargo/a.txt', true],
  ['cargo/*.txt', 'cargo/a.txt', true],
  ['cargo/*.*', 'cargo/a.txt', true],
  ['cargo/*.txt', 'mast/a.txt', false],
  ['ru[c-e]?er.txt', 'rudder.txt', true],
  ['templates/.?*', 'templates/.dotfile', true],
  ['.*', '.', false],
  ['.*', './', false],
  ['.*', '.joonix', true],
  ['.*', 'helm.txt', false],
  ['.*', '', false],
  ['cargo/', 'cargo', true],
  ['cargo/', 'cargo/', true],
  ['cargo/', 'mast/', false],
  ['helm.txt/', 'helm.txt', false],
  ['!helm.txt', 'helm.txt', false],
  ['!helm.txt', 'tiller.txt', true],
  ['!*.txt', 'cargo', true],
  ['!cargo/', 'mast/', true],
  ['/a.txt', 'a.txt', true],
  ['/a.txt', 'cargo/a.txt', false],
  ['/cargo/a.txt', 'cargo/a.txt', true],
];

describe('HelmignoreRules mirror helm pkg/ignore', () => {
  test.each(helmCases)('rule %j on %j ignores: %j', (rule, name, expected) => {
    const rules = parseHelmignore(rule);
    expect(rules.ignores(name, directories.has(name))).toBe(expected);
  });

  test('comments, blank lines and indentation are skipped (helm TestParse)', () => {
    const rules = parseHelmignore('#ignore\n\n\t#ignore\nfoo\nbar/*\nbaz/bar/foo.txt\n\none/more\n');
    expect(rules.size).toBe(4);
  });

  test.each([['foo/**/bar'], ['[z-'], ['a[']])('rule %j is refused with the file and line', (rule) => {
    expect(() => parseHelmignore(`# ok\n${rule}\n`, 'charts/x/.helmignore')).toThrow(
      /charts\/x\/\.helmignore:2: .*invalid/,
    );
  });

  test("** is refused with helm's reason", () => {
    expect(() => parseHelmignore('**/*.txt')).toThrow(/double-star \(\*\*\) syntax is not supported/);
  });

  test('the default rule ignores dotfiles directly in templates/ only', () => {
    const rules = new HelmignoreRules();
    rules.addDefaults();
    expect(rules.ignores('templates/.keep', false)).toBe(true);
    expect(rules.ignores('templates/sub/.keep', false)).toBe(false);
    expect(rules.ignores('.helmignore', false)).toBe(false);
    expect(rules.ignores('templates/a.yaml', false)).toBe(false);
  });

  test('CRLF line endings parse like LF (helm trims each line)', () => {
    const rules = parseHelmignore('ignore/\r\n*.bak\r\n');
    expect(rules.ignores('ignore', true)).toBe(true);
    expect(rules.ignores('docs/x.bak', false)).toBe(true);
  });
});
