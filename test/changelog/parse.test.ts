// The changelog parser and prepare on both styles and on the traps real changelogs set.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../packages/release-kit/src/plumbing/errors.js';
import {
  breakingEntries,
  findSection,
  isEmptySection,
  parseChangelog,
  sectionBody,
} from '../../packages/release-kit/src/changelog/parse.js';
import { extractSection, prepareChangelog } from '../../packages/release-kit/src/changelog/prepare.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('Keep a Changelog style', () => {
  const text = fixture('keep-a-changelog.md');
  const changelog = parseChangelog(text);

  test('finds Unreleased and every release, with style, dates, prerelease and yanked', () => {
    expect(changelog.style).toBe('keep-a-changelog');
    expect(changelog.unreleased?.line).toBe(8);
    expect(changelog.releases.map((s) => [s.versionText, s.date, s.yanked])).toEqual([
      ['1.0.0', '2026-01-31', false],
      ['0.3.0', '2025-12-13', true],
      ['0.2.0-rc.1', '2025-11-01', false],
    ]);
    expect(changelog.definitions.map((d) => d.label)).toEqual(['unreleased', '1.0.0', '0.3.0', '0.2.0-rc.1']);
  });

  test('a heading inside fenced code is code, not a release', () => {
    expect(findSection(changelog, '9.9.9')).toBeUndefined();
    expect(sectionBody(changelog, findSection(changelog, '1.0.0')!)).toContain('## 9.9.9 - 2099-01-01');
  });

  test('the last section stops before the link references', () => {
    const body = sectionBody(changelog, findSection(changelog, '0.2.0-rc.1')!);
    expect(body).toBe('### Changed\n\n- Renamed the chart.');
  });

  test('breaking changes: the subsection and the **Breaking:** marker', () => {
    expect(breakingEntries(findSection(changelog, '1.0.0')!).map((e) => e.text)).toEqual([
      'The `v1alpha1` API is removed; migrate to `v1`.',
    ]);
    expect(breakingEntries(changelog.unreleased!).map((e) => e.text)).toEqual([
      '**Breaking:** the `spec.runtime` field is now required.',
    ]);
  });

  test('prepare moves the entries, keeps a fresh Unreleased and updates the compare links', () => {
    const result = prepareChangelog(text, { version: '1.1.0', date: '2026-02-14' });
    expect(result.state).toBe('prepared');
    expect(result.linksUpdated).toBe(true);
    const expected = text
      .replace('## [Unreleased]\n', '## [Unreleased]\n\n## [1.1.0] - 2026-02-14\n')
      .replace(
        '[unreleased]: https://github.com/acme/kruntimes/compare/v1.0.0...HEAD\n',
        '[unreleased]: https://github.com/acme/kruntimes/compare/v1.1.0...HEAD\n[1.1.0]: https://github.com/acme/kruntimes/compare/v1.0.0...v1.1.0\n',
      );
    expect(result.text).toBe(expected);
    const after = parseChangelog(result.text);
    expect(isEmptySection(after, after.unreleased!)).toBe(true);
    expect(sectionBody(after, findSection(after, '1.1.0')!)).toBe(sectionBody(changelog, changelog.unreleased!));
    // Rerun: nothing to do.
    const again = prepareChangelog(result.text, { version: '1.1.0', date: '2026-02-14' });
    expect(again).toMatchObject({ state: 'unchanged', text: result.text });
  });

  test('prepare refuses an existing version with another date, naming its line', () => {
    const error = userError(() => prepareChangelog(text, { version: '1.0.0', date: '2026-02-14' }));
    // The file and line are the location's, which the CLI and annotations show: the message does not repeat them.
    expect(error.message).toMatch(/^version 1\.0\.0 already exists/);
    expect(error.location).toEqual({ file: 'CHANGELOG.md', line: 19 });
  });

  test('a rerun on a later day with the date defaulted is unchanged; an explicit other date or new entries still refuse', () => {
    const prepared = prepareChangelog(text, { version: '1.1.0', date: '2026-02-14' }).text;
    // "Re-run failed jobs" after midnight: today is the 15th, the section says the 14th.
    expect(prepareChangelog(prepared, { version: '1.1.0', date: '2026-02-15', dateDefaulted: true })).toMatchObject({
      state: 'unchanged',
      text: prepared,
      heading: '## [1.1.0] - 2026-02-14',
    });
    expect(userError(() => prepareChangelog(prepared, { version: '1.1.0', date: '2026-02-15' })).message).toMatch(
      /version 1\.1\.0 already exists \(dated 2026-02-14\)/,
    );
    const moreEntries = prepared.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- A late fix.\n');
    expect(
      userError(() => prepareChangelog(moreEntries, { version: '1.1.0', date: '2026-02-15', dateDefaulted: true }))
        .message,
    ).toMatch(/version 1\.1\.0 already exists/);
    // An older release is never a rerun of this one, even with Unreleased empty.
    expect(
      userError(() => prepareChangelog(prepared, { version: '1.0.0', date: '2026-02-15', dateDefaulted: true }))
        .message,
    ).toMatch(/version 1\.0\.0 already exists/);
  });

  test('extract of an unknown version names the known ones', () => {
    expect(() => extractSection(changelog, '2.0.0')).toThrow(
      /no section for version 2\.0\.0 \(found 1\.0\.0, 0\.3\.0, 0\.2\.0-rc\.1\); run mode prepare first/,
    );
  });
});

describe('kruntimes style', () => {
  const text = fixture('kruntimes.md');
  const changelog = parseChangelog(text);

  test('no brackets, v prefix, no links', () => {
    expect(changelog.style).toBe('kruntimes');
    expect(changelog.vPrefix).toBe(true);
    expect(findSection(changelog, '0.1.0')?.versionText).toBe('v0.1.0');
    expect(findSection(changelog, 'v0.1.0')?.line).toBe(10);
    expect(breakingEntries(changelog.unreleased!)).toHaveLength(1);
  });

  test('prepare writes the heading in the same style and adds no links', () => {
    const result = prepareChangelog(text, { version: '0.2.0', date: '2026-02-01' });
    expect(result.heading).toBe('## v0.2.0 - 2026-02-01');
    expect(result.linksUpdated).toBe(false);
    expect(result.text).toBe(text.replace('## Unreleased\n', '## Unreleased\n\n## v0.2.0 - 2026-02-01\n'));
  });
});

describe('traps', () => {
  test('an empty Unreleased is refused unless allowed', () => {
    const text = '# Changelog\n\n## Unreleased\n\n### Added\n\n## 0.1.0 - 2026-01-01\n\n- x\n';
    const error = userError(() => prepareChangelog(text, { version: '0.2.0', date: '2026-02-01' }));
    expect(error.input).toBe('allow-empty');
    expect(error.message).toMatch(/^the Unreleased section is empty/);
    expect(error.location).toEqual({ file: 'CHANGELOG.md', line: 3 });
    expect(prepareChangelog(text, { version: '0.2.0', date: '2026-02-01', allowEmpty: true }).state).toBe('prepared');
  });

  test('a version listed twice is an error at the second one', () => {
    const text = '## Unreleased\n\n## 1.0.0 - 2026-01-01\n\n- a\n\n## v1.0.0 - 2025-01-01\n\n- b\n';
    const error = userError(() => parseChangelog(text, { file: 'docs/CHANGES.md' }));
    expect(error.message).toBe('version v1.0.0 is listed twice (also at line 3); keep one section per version');
    expect(error.location).toEqual({ file: 'docs/CHANGES.md', line: 7 });
  });

  test('an unknown ### is an error with file and line; extra types allow it', () => {
    const text = '## Unreleased\n\n### Performance\n\n- faster\n';
    const error = userError(() => parseChangelog(text));
    expect(error.message).toMatch(
      /^unknown change type "### Performance"; expected one of Added, Changed, Deprecated, Removed, Fixed, Security, Breaking Changes/,
    );
    expect(error.location?.line).toBe(3);
    const changelog = parseChangelog(text, { extraTypes: ['Performance'] });
    expect(changelog.unreleased?.groups[0]).toMatchObject({ type: 'Performance', entries: [{ text: 'faster' }] });
  });

  test('an unrecognised ## heading is an error', () => {
    const error = userError(() => parseChangelog('## Unreleased\n\n## Someday maybe\n'));
    expect(error.message).toMatch(/^heading "## Someday maybe" is not a release heading/);
    expect(error.location).toEqual({ file: 'CHANGELOG.md', line: 3 });
  });

  test('a BOM is kept and every span still points into the text (was: unknown change type "### Adde")', () => {
    const text = '\ufeff# Changelog\n\n## [Unreleased]\n\n### Added\n\n- Something.\n';
    const changelog = parseChangelog(text);
    expect(changelog.unreleased?.groups.map((g) => g.type)).toEqual(['Added']);
    const heading = changelog.unreleased!.heading;
    expect(text.slice(heading.start, heading.end)).toBe('## [Unreleased]');
    expect(prepareChangelog(text, { version: '0.1.0', date: '2026-02-01' }).text).toBe(
      '\ufeff# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-02-01\n\n### Added\n\n- Something.\n',
    );
  });

  test('CRLF line endings survive prepare', () => {
    const text = fixture('keep-a-changelog.md').replace(/\n/g, '\r\n');
    const result = prepareChangelog(text, { version: '1.1.0', date: '2026-02-14' });
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(result.text).toContain('## [Unreleased]\r\n\r\n## [1.1.0] - 2026-02-14\r\n');
    expect(result.text).toContain(
      '[unreleased]: https://github.com/acme/kruntimes/compare/v1.1.0...HEAD\r\n[1.1.0]: https://github.com/acme/kruntimes/compare/v1.0.0...v1.1.0\r\n',
    );
    expect(sectionBody(parseChangelog(result.text), findSection(parseChangelog(result.text), '1.1.0')!)).toContain(
      '- A `--dry-run` flag',
    );
  });

  test('no trailing newline stays so, link line last included', () => {
    const text =
      '## [Unreleased]\n\n- x\n\n## [0.1.0] - 2026-01-01\n\n- y\n\n[unreleased]: https://github.com/a/b/compare/v0.1.0...HEAD\n[0.1.0]: https://github.com/a/b/releases/tag/v0.1.0';
    const result = prepareChangelog(text, { version: '0.2.0', date: '2026-02-01' });
    expect(result.text.endsWith('[0.1.0]: https://github.com/a/b/releases/tag/v0.1.0')).toBe(true);
    const bare = '## Unreleased\n\n- only entry';
    expect(prepareChangelog(bare, { version: '0.1.0', date: '2026-02-01' }).text).toBe(
      '## Unreleased\n\n## 0.1.0 - 2026-02-01\n\n- only entry',
    );
  });

  test('a first release links the tag when there is nothing to compare with', () => {
    const text = '## [Unreleased]\n\n- x\n\n[unreleased]: https://github.com/a/b/commits/main\n';
    const result = prepareChangelog(text, { version: '0.1.0', date: '2026-02-01' });
    expect(result.text).toBe(
      '## [Unreleased]\n\n## [0.1.0] - 2026-02-01\n\n- x\n\n[unreleased]: https://github.com/a/b/compare/v0.1.0...HEAD\n[0.1.0]: https://github.com/a/b/releases/tag/v0.1.0\n',
    );
  });

  test('a failed prepare leaves the text alone and says why', () => {
    expect(() => prepareChangelog('## Unreleased\n\n- x\n', { version: 'one', date: '2026-02-01' })).toThrow(
      /input 'version' has invalid value "one"/,
    );
    expect(() => prepareChangelog('## Unreleased\n\n- x\n', { version: '1.0.0', date: '2026-02-30' })).toThrow(
      /input 'date' has invalid value "2026-02-30": expected a date as YYYY-MM-DD/,
    );
    expect(() =>
      prepareChangelog('# Changelog\n\n## 0.1.0 - 2026-01-01\n', { version: '0.2.0', date: '2026-02-01' }),
    ).toThrow(/there is no "## Unreleased" section/);
  });

  test('a second Unreleased is an error', () => {
    const error = userError(() => parseChangelog('## Unreleased\n\n## [Unreleased]\n'));
    expect(error.message).toMatch(/^a second "Unreleased" section \(the first is at line 1\)/);
    expect(error.location).toEqual({ file: 'CHANGELOG.md', line: 3 });
  });

  test('setext headings and closing hashes are headings too', () => {
    const changelog = parseChangelog(
      'Changelog\n=========\n\nUnreleased\n----------\n\n## 1.0.0 - 2026-01-01 ##\n\n- y\n',
    );
    expect(changelog.unreleased?.line).toBe(4);
    expect(findSection(changelog, '1.0.0')?.date).toBe('2026-01-01');
  });
});
