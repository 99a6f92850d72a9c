// Version parsing and bump arithmetic, with property tests over random and hostile text.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import semver from 'semver';
import {
  isStrictSemver,
  isValidPreid,
  nextVersion,
  parseBumpKind,
} from '../../packages/release-kit/src/versions/semver.js';

const numeric = fc.nat({ max: 10_000 });
const ident = fc.stringMatching(/^[0-9A-Za-z-]{1,8}$/).filter((s) => !/^0\d/.test(s));
const version = fc
  .tuple(numeric, numeric, numeric, fc.option(fc.array(ident, { minLength: 1, maxLength: 3 }), { nil: undefined }))
  .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre.join('.')}` : ''}`);
/** Text with the characters that break shells, templates and line-based formats. */
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '1.2.3\n',
    '1.2.3\r\nx',
    '{{version}}',
    '1.2.3;rm -rf /',
    '$(id)',
    '`id`',
    '1.2.3 && echo',
    '1.2.3|cat',
    '../1.2.3',
    'v1.2.3',
    '=1.2.3',
    ' 1.2.3',
    '1.2',
    '01.2.3',
  ),
  fc
    .tuple(version, fc.constantFrom('\n', '{{', '}}', ';', '$(', '`', '|', '&', ' ', '\0'), fc.string())
    .map(([v, bad, tail]) => `${v}${bad}${tail}`),
);

describe('strict SemVer', () => {
  test('every generated x.y.z[-pre] is accepted and round-trips through semver', () => {
    fc.assert(fc.property(version, (v) => isStrictSemver(v) && semver.valid(v) === v));
  });
  test('hostile text is never a version, and parsing it never throws', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(isStrictSemver(text)).toBe(false);
        expect(parseBumpKind(text)).toBeUndefined();
      }),
    );
  });
  test('random text parses to a known kind or to nothing', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const kind = parseBumpKind(text);
        if (kind === undefined) return true;
        return kind.kind === 'explicit' ? isStrictSemver(kind.version) && kind.version === text : kind.kind === text;
      }),
    );
  });
  test('a v prefix or an = is refused although semver.valid would clean it', () => {
    expect(isStrictSemver('v1.2.3')).toBe(false);
    expect(isStrictSemver('=1.2.3')).toBe(false);
    expect(isStrictSemver('1.2.3')).toBe(true);
  });
});

describe('bumps', () => {
  test('patch, minor, major and prerelease always move forward (or refuse to)', () => {
    fc.assert(
      fc.property(
        version,
        fc.constantFrom('patch', 'minor', 'major', 'prerelease'),
        fc.option(ident, { nil: undefined }),
        (v, kind, preid) => {
          const next = nextVersion(v, parseBumpKind(kind)!, preid);
          // only a prerelease to a lower-sorting preid may refuse; from a release every bump works
          if (next === undefined) {
            expect(kind === 'prerelease' && semver.prerelease(v) !== null).toBe(true);
            return;
          }
          expect(isStrictSemver(next)).toBe(true);
          expect(semver.gt(next!, v)).toBe(true);
        },
      ),
    );
  });
  test('the seed numbers', () => {
    expect(nextVersion('0.2.26', { kind: 'patch' })).toBe('0.2.27');
    expect(nextVersion('1.1.0', { kind: 'patch' })).toBe('1.1.1');
    expect(nextVersion('1.1.0', { kind: 'minor' })).toBe('1.2.0');
    expect(nextVersion('1.1.0', { kind: 'major' })).toBe('2.0.0');
    expect(nextVersion('1.1.0', { kind: 'prerelease' }, 'rc')).toBe('1.1.1-rc.0');
    expect(nextVersion('1.1.1-rc.0', { kind: 'prerelease' }, 'rc')).toBe('1.1.1-rc.1');
    expect(nextVersion('1.1.1-rc.3', { kind: 'patch' })).toBe('1.1.1');
    expect(nextVersion('1.0.0-beta.1', { kind: 'prerelease' }, 'alpha')).toBeUndefined();
  });
  test('an explicit version must be greater than the current one', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const next = nextVersion(a, { kind: 'explicit', version: b });
        expect(next).toBe(semver.gt(b, a) ? b : undefined);
      }),
    );
  });
  test('preids: identifiers only', () => {
    expect(isValidPreid('rc')).toBe(true);
    expect(isValidPreid('beta.1')).toBe(true);
    for (const bad of ['', 'rc;ls', 'rc\n', '{{x}}', 'a..b', '.rc', 'rc.']) expect(isValidPreid(bad)).toBe(false);
  });
});
