// Property-based tests of the changelog parser and of prepare (fast-check).
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import semver from 'semver';
import { UserError } from '../../packages/release-kit/src/plumbing/errors.js';
import {
  findSection,
  isEmptySection,
  parseChangelog,
  STANDARD_CHANGE_TYPES,
} from '../../packages/release-kit/src/changelog/parse.js';
import { prepareChangelog } from '../../packages/release-kit/src/changelog/prepare.js';
import { renderNotes } from '../../packages/release-kit/src/releases/notes.js';

interface GeneratedGroup {
  type: string;
  entries: string[];
}
interface GeneratedRelease {
  version: string;
  date: string;
  yanked: boolean;
  groups: GeneratedGroup[];
}
interface GeneratedChangelog {
  style: 'keep-a-changelog' | 'kruntimes';
  vPrefix: boolean;
  eol: '\n' | '\r\n';
  trailingNewline: boolean;
  links: boolean;
  unreleased: GeneratedGroup[];
  releases: GeneratedRelease[];
}

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
// Entry text: words, sometimes inline code or a breaking marker; never starts with Markdown syntax.
const entry = fc
  .tuple(
    fc.constantFrom('', '**Breaking:** ', 'BREAKING: '),
    fc.array(word, { minLength: 1, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([mark, words, code]) => `${mark}${words.join(' ')}${code ? ' `x --y`' : ''}`);
const groups = fc.uniqueArray(
  fc.record({
    type: fc.constantFrom(...STANDARD_CHANGE_TYPES, 'Breaking Changes'),
    entries: fc.array(entry, { minLength: 1, maxLength: 4 }),
  }),
  { selector: (g) => g.type, maxLength: 4 },
);
const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const versions = fc
  .uniqueArray(
    fc.tuple(
      fc.nat(3),
      fc.nat(12),
      fc.nat(12),
      fc.option(fc.constantFrom('rc.1', 'alpha', 'beta.2'), { nil: undefined }),
    ),
    {
      selector: ([a, b, c, p]) => `${a}.${b}.${c}${p ? `-${p}` : ''}`,
      maxLength: 5,
    },
  )
  .map((list) => list.map(([a, b, c, p]) => `${a}.${b}.${c}${p ? `-${p}` : ''}`).sort(semver.rcompare));

const changelogModel: fc.Arbitrary<GeneratedChangelog> = fc
  .record({
    style: fc.constantFrom('keep-a-changelog' as const, 'kruntimes' as const),
    vPrefix: fc.boolean(),
    eol: fc.constantFrom('\n' as const, '\r\n' as const),
    trailingNewline: fc.boolean(),
    links: fc.boolean(),
    unreleased: groups,
    versions,
    details: fc.array(fc.record({ date, yanked: fc.boolean(), groups }), { minLength: 5, maxLength: 5 }),
  })
  .map(({ versions: vs, details, ...rest }) => ({
    ...rest,
    links: rest.links && rest.style === 'keep-a-changelog',
    releases: vs.map((version, i) => ({ version, ...details[i] })),
  }));

function renderGroups(list: GeneratedGroup[]): string[] {
  return list.flatMap((g) => [`### ${g.type}`, '', ...g.entries.map((e) => `- ${e}`), '']);
}

/** Write a generated model the way a person following either style would. */
function render(model: GeneratedChangelog): string {
  const kac = model.style === 'keep-a-changelog';
  const v = (version: string) => `${model.vPrefix ? 'v' : ''}${version}`;
  const lines = [
    '# Changelog',
    '',
    'All notable changes are listed here.',
    '',
    kac ? '## [Unreleased]' : '## Unreleased',
    '',
    ...renderGroups(model.unreleased),
  ];
  for (const r of model.releases) {
    lines.push(
      `${kac ? `## [${v(r.version)}]` : `## ${v(r.version)}`} - ${r.date}${r.yanked ? ' [YANKED]' : ''}`,
      '',
      ...renderGroups(r.groups),
    );
  }
  if (model.links) {
    const base = 'https://github.com/acme/kruntimes';
    const newest = model.releases[0];
    lines.push(`[unreleased]: ${newest ? `${base}/compare/v${newest.version}...HEAD` : `${base}/commits/main`}`);
    model.releases.forEach((r, i) => {
      const older = model.releases[i + 1];
      lines.push(
        `[${v(r.version)}]: ${older ? `${base}/compare/v${older.version}...v${r.version}` : `${base}/releases/tag/v${r.version}`}`,
      );
    });
  }
  const text = lines.join(model.eol).replace(new RegExp(`(${model.eol})+$`), '');
  return model.trailingNewline ? text + model.eol : text;
}

function groupsOf(section: { groups: { type: string; entries: { text: string }[] }[] }): GeneratedGroup[] {
  return section.groups.map((g) => ({ type: g.type, entries: g.entries.map((e) => e.text) }));
}

describe('parser properties', () => {
  test('generated changelogs round-trip: every release, date, YANKED flag, type and entry comes back', () => {
    fc.assert(
      fc.property(changelogModel, (model) => {
        const parsed = parseChangelog(render(model));
        expect(parsed.style).toBe(model.style);
        expect(parsed.eol).toBe(model.eol);
        expect(groupsOf(parsed.unreleased!)).toEqual(model.unreleased);
        expect(
          parsed.releases.map((s) => ({
            version: s.version,
            versionText: s.versionText,
            date: s.date,
            yanked: s.yanked,
            groups: groupsOf(s),
          })),
        ).toEqual(
          model.releases.map((r) => ({
            version: r.version,
            versionText: `${model.vPrefix ? 'v' : ''}${r.version}`,
            date: r.date,
            yanked: r.yanked,
            groups: r.groups,
          })),
        );
        const breaking = parsed.unreleased!.groups.flatMap((g) =>
          g.entries.filter((e) => e.breaking).map((e) => e.text),
        );
        const expected = model.unreleased.flatMap((g) =>
          g.entries.filter((e) => g.type === 'Breaking Changes' || /^(\*\*Breaking:\*\*|BREAKING:)/.test(e)),
        );
        expect(breaking).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  test('prepare then extract gives back the Unreleased entries, and touches nothing else', () => {
    const withEntries = changelogModel.filter((m) => m.unreleased.length > 0);
    fc.assert(
      fc.property(
        withEntries,
        fc.tuple(fc.integer({ min: 4, max: 9 }), fc.nat(9), fc.nat(9)),
        date,
        (model, [a, b, c], day) => {
          const text = render(model);
          const version = `${a}.${b}.${c}`;
          const result = prepareChangelog(text, { version, date: day });
          expect(result.state).toBe('prepared');
          const after = parseChangelog(result.text);
          const section = findSection(after, version)!;
          expect(section.date).toBe(day);
          expect(groupsOf(section)).toEqual(model.unreleased);
          expect(isEmptySection(after, after.unreleased!)).toBe(true);
          // Every older release is still there, unchanged.
          expect(after.releases.slice(1).map(groupsOf)).toEqual(model.releases.map((r) => r.groups));
          // Undo the splice: the heading line (and the links when present) are the only change.
          let undone = result.text.replace(`${model.eol}${model.eol}${result.heading}`, '');
          if (model.links) {
            const tag = `v${version}`;
            const previous = model.releases[0] ? `v${model.releases[0].version}` : undefined;
            const label = `${model.vPrefix && model.releases.length ? 'v' : ''}${version}`;
            const base = 'https://github.com/acme/kruntimes';
            undone = previous
              ? undone.replace(
                  `compare/${tag}...HEAD${model.eol}[${label}]: ${base}/compare/${previous}...${tag}`,
                  `compare/${previous}...HEAD`,
                )
              : undone.replace(
                  `${base}/compare/${tag}...HEAD${model.eol}[${label}]: ${base}/releases/tag/${tag}`,
                  `${base}/commits/main`,
                );
          }
          expect(undone).toBe(text);
          // A rerun is a no-op.
          expect(prepareChangelog(result.text, { version, date: day })).toMatchObject({
            state: 'unchanged',
            text: result.text,
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  test('every release of a generated changelog renders the full outline, breaking changes first', () => {
    fc.assert(
      fc.property(
        changelogModel.filter((m) => m.releases.length > 0),
        (model) => {
          const changelog = parseChangelog(render(model));
          for (const section of changelog.releases) {
            const version = section.version!;
            const body = renderNotes({
              owner: 'acme',
              repo: 'kruntimes',
              serverUrl: 'https://github.com',
              tag: `v${version}`,
              version,
              changelog,
              section,
              changelogUrl: 'https://github.com/acme/kruntimes/blob/main/CHANGELOG.md',
              installDocsUrl: 'https://github.com/acme/kruntimes#readme',
              images: [],
              charts: [],
              cliAssets: { archives: [] },
              claims: {
                signatures: [],
                attestations: [],
                signer: { repository: 'acme/kruntimes', ref: `refs/tags/v${version}` },
              },
            });
            const headings = body.split('\n').filter((l) => l.startsWith('## '));
            expect(headings).toEqual([
              '## Summary',
              '## Breaking Changes',
              '## Upgrade Notes',
              '## Images',
              '## Charts',
              '## Verification',
              '## Known Limitations',
              '## Changelog',
            ]);
            expect(body.includes('**Experimental:**')).toBe(semver.major(version) === 0);
            const breaking = body.slice(body.indexOf('## Breaking Changes'), body.indexOf('## Upgrade Notes'));
            const count = section.groups.flatMap((g) => g.entries).filter((e) => e.breaking).length;
            expect(breaking.split('\n').filter((l) => l.startsWith('- ')).length).toBe(count);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  test('random Markdown never crashes the parser: it parses or throws a UserError', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '## ',
        '### ',
        '# ',
        '- ',
        '* ',
        '1. ',
        '```',
        '~~~',
        '> ',
        '[',
        ']',
        '(',
        ')',
        ': ',
        '\n',
        '\r\n',
        '\n\n',
        '    ',
        '\t',
        '|',
        '**',
        '_',
        '<!--',
        '-->',
        '<div>',
      ),
      fc.constantFrom(
        'Unreleased',
        '[Unreleased]',
        '1.2.3',
        'v1.2.3',
        '[1.0.0]',
        ' - 2026-01-31',
        '[YANKED]',
        'Added',
        'Fixed',
        'Nope',
        '9.9.9-rc.1+b',
        '1.2',
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((p) => p.join('')),
        fc.string({ maxLength: 200 }),
        (markdown, noise) => {
          for (const text of [markdown, noise]) {
            for (const run of [
              () => parseChangelog(text),
              () => prepareChangelog(text, { version: '99.0.0', date: '2026-01-31' }),
            ]) {
              try {
                run();
              } catch (error) {
                if (!(error instanceof UserError)) throw error;
                expect(error.message).not.toMatch(/\n/);
              }
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
