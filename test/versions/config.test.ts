// The tracks file: the documented format parses; every mistake is a UserError on the config line.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { UserError } from '../../packages/release-kit/src/plumbing/errors.js';
import {
  isValidTagName,
  isValidTagTemplate,
  parseVersionsConfig,
  renderTag,
} from '../../packages/release-kit/src/versions/config.js';
import { BUNTIME_CONFIG, BUNTIME_REPO_CONFIG } from './fixtures.js';

function configError(text: string): UserError {
  try {
    parseVersionsConfig(text, '.github/release-kit.yml');
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('parseVersionsConfig', () => {
  test('the issue example', () => {
    const config = parseVersionsConfig(BUNTIME_CONFIG, '.github/release-kit.yml');
    expect(config.tracks.map((t) => t.name)).toEqual(['chart', 'app']);
    expect(config.tagTrack?.name).toBe('chart');
    expect(config.tracks[0]).toMatchObject({ tag: 'v{version}', watch: ['charts/**', 'plugins/**'], configLine: 3 });
    expect(config.tracks[0].files).toEqual([
      { file: 'charts/buntime/Chart.yaml', key: 'version', pattern: undefined, configLine: 6 },
      { file: 'package.json', key: 'version', pattern: undefined, configLine: 7 },
    ]);
    expect(config.tracks[1].files[2]).toMatchObject({ file: 'README.md', pattern: 'krt_v(\\d+\\.\\d+\\.\\d+)_' });
  });

  test('required and implies (Buntime as it is)', () => {
    const config = parseVersionsConfig(BUNTIME_REPO_CONFIG, '.github/release-kit.yml');
    expect(config.tracks.map((t) => [t.name, t.required, t.implies.map((i) => `${i.track}=${i.kind}`)])).toEqual([
      ['chart', true, []],
      ['app', false, ['chart=patch']],
    ]);
    const minor = parseVersionsConfig(
      BUNTIME_REPO_CONFIG.replace('implies: [chart]', 'implies: ["chart=minor"]'),
      'c.yml',
    );
    expect(minor.tracks[1].implies).toEqual([{ track: 'chart', kind: 'minor', configLine: 11 }]);
  });

  const bad: [string, string, RegExp, number][] = [
    ['not YAML', 'versions: [\n', /not valid YAML/, 2],
    ['no versions map', 'other: 1\n', /versions/, 1],
    [
      'reserved track name',
      'versions:\n  tag:\n    files: [{ file: a.json, key: version }]\n',
      /track name "tag" is not usable/,
      2,
    ],
    ['upper-case track name', 'versions:\n  Chart:\n    files: [{ file: a.json, key: version }]\n', /not usable/, 2],
    [
      'required not a boolean',
      'versions:\n  chart:\n    required: yes please\n    files: [{ file: a.json, key: version }]\n',
      /`required` must be true or false/,
      3,
    ],
    [
      'implies not a list',
      'versions:\n  chart:\n    implies: app\n    files: [{ file: a.json, key: version }]\n',
      /`implies` must be a list/,
      3,
    ],
    [
      'implies an unknown track',
      'versions:\n  app:\n    implies: [chrt]\n    files: [{ file: a.json, key: version }]\n',
      /implies "chrt", which is not a track/,
      3,
    ],
    [
      'implies itself',
      'versions:\n  app:\n    implies: [app]\n    files: [{ file: a.json, key: version }]\n',
      /the track itself/,
      3,
    ],
    [
      'implies with a bad kind',
      'versions:\n  app:\n    implies: ["chart=huge"]\n    files: [{ file: a.json, key: version }]\n',
      /implies entry "chart=huge" is not a track name/,
      3,
    ],
    ['unknown track key', 'versions:\n  chart:\n    filez: []\n', /unknown key "filez"/, 3],
    ['no files', 'versions:\n  chart:\n    tag: "v{version}"\n', /non-empty `files:`/, 2],
    [
      'key and pattern',
      'versions:\n  chart:\n    files:\n      - { file: a.json, key: version, pattern: "v(.*)" }\n',
      /exactly one of/,
      4,
    ],
    [
      'pattern without a group',
      'versions:\n  chart:\n    files:\n      - { file: README.md, pattern: "v\\\\d+" }\n',
      /capture group/,
      4,
    ],
    [
      'broken pattern',
      'versions:\n  chart:\n    files:\n      - { file: README.md, pattern: "v(" }\n',
      /not a valid regular expression/,
      4,
    ],
    [
      'path traversal',
      'versions:\n  chart:\n    files:\n      - { file: ../x.json, key: version }\n',
      /relative path inside the workspace/,
      4,
    ],
    [
      'absolute path',
      'versions:\n  chart:\n    files:\n      - { file: /etc/passwd, key: version }\n',
      /relative path/,
      4,
    ],
    [
      'template without {version}',
      'versions:\n  chart:\n    tag: "latest"\n    files: [{ file: a.json, key: version }]\n',
      /tag template/,
      3,
    ],
    [
      'template with {{',
      'versions:\n  chart:\n    tag: "v{{version}}"\n    files: [{ file: a.json, key: version }]\n',
      /tag template/,
      3,
    ],
    [
      'template with a space',
      'versions:\n  chart:\n    tag: "v {version}"\n    files: [{ file: a.json, key: version }]\n',
      /tag template/,
      3,
    ],
    [
      'template with shell text',
      'versions:\n  chart:\n    tag: "v{version};rm"\n    files: [{ file: a.json, key: version }]\n',
      /tag template/,
      3,
    ],
    [
      'two tag tracks',
      'versions:\n  a:\n    tag: "a{version}"\n    files: [{ file: a.json, key: version }]\n  b:\n    tag: "b{version}"\n    files: [{ file: b.json, key: version }]\n',
      /both name a tag/,
      5,
    ],
    [
      'watch not a list',
      'versions:\n  a:\n    files: [{ file: a.json, key: version }]\n    watch: "charts/**"\n',
      /list of globs/,
      4,
    ],
  ];
  test.each(bad)('%s is a UserError on its line', (_name, text, message, line) => {
    const error = configError(text);
    expect(error.message).toMatch(message);
    expect(error.input).toBe('config');
    expect(error.location).toEqual({ file: '.github/release-kit.yml', line });
  });

  test('random text never crashes: it parses or is a UserError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constant('versions:\n  a:\n    files:\n').chain((head) => fc.string().map((s) => head + s)),
        ),
        (text) => {
          try {
            parseVersionsConfig(text, 'c.yml');
          } catch (error) {
            expect(error).toBeInstanceOf(UserError);
          }
        },
      ),
    );
  });
});

describe('tags', () => {
  test('templates render like the seed', () => {
    expect(renderTag('v{version}', '0.2.27')).toBe('v0.2.27');
    expect(isValidTagTemplate('chart-{version}')).toBe(true);
    expect(isValidTagTemplate('charts/buntime/{version}')).toBe(true);
  });
  test('any template that validates renders git-valid tags for every version', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const template = `${a}{version}${b}`;
        if (!isValidTagTemplate(template)) return true;
        return (
          isValidTagName(renderTag(template, '1.2.3-rc.1+build.5')) &&
          !/[\s{}$;`|&\\]/.test(template.replace('{version}', ''))
        );
      }),
    );
  });
  test('hostile tag names are refused', () => {
    for (const bad of [
      'v1.2.3\n',
      'v1..2',
      '-v1',
      'v1.lock',
      'a//b',
      'v1 2',
      'v{1}',
      'v1;ls',
      'v$(id)',
      'v1^',
      'v1~1',
      'v1:2',
      '.v1',
      'v1/',
    ]) {
      expect(isValidTagName(bad)).toBe(false);
    }
  });
});
