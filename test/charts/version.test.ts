// charts/version.ts, the one chart-version grammar: helm's (Masterminds) acceptance, comparison and
// OCI tag mapping, checked against examples and against npm semver where the two grammars overlap.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import semver from 'semver';
import {
  chartVersionOfTag,
  chartVersionTag,
  compareChartVersions,
  isChartVersion,
  parseChartVersion,
  sameChartVersion,
} from '../../packages/release-kit/src/charts/version.js';

describe('chart versions', () => {
  test.each(['1.2.3', 'v1.2.3', '1.2', '1', '1.0.0-rc.1+build.7', '0.0.0-0', '18446744073709551615.0.0'])(
    '%s is a chart version',
    (version) => expect(isChartVersion(version)).toBe(true),
  );

  test.each([
    '',
    '01.2.3',
    '1.2.3.4',
    'one',
    '1.2.3-',
    '1.2.3+',
    '1.2.3-01',
    'V1.2.3',
    ' 1.2.3',
    '18446744073709551616.0.0',
  ])('%j is not', (version) => expect(isChartVersion(version)).toBe(false));

  test('short forms and the v prefix mean the same version; build metadata does not count', () => {
    expect(parseChartVersion('v1.2')).toEqual({ major: 1n, minor: 2n, patch: 0n, prerelease: [], build: '' });
    expect(sameChartVersion('v1.2', '1.2.0')).toBe(true);
    expect(sameChartVersion('1.2.0+build.1', '1.2.0')).toBe(true);
    expect(sameChartVersion('1.2.0-rc.1', '1.2.0')).toBe(false);
    // helm's IndexFile.Get matches the exact string before any SemVer comparison.
    expect(sameChartVersion('not-a-version', 'not-a-version')).toBe(true);
    expect(sameChartVersion('not-a-version', 'not-a-version2')).toBe(false);
  });

  test.each([
    ['1.0.0-alpha', '1.0.0-alpha.1'],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta'],
    ['1.0.0-alpha.beta', '1.0.0-beta'],
    ['1.0.0-beta.2', '1.0.0-beta.11'],
    ['1.0.0-rc.1', '1.0.0'],
    ['1.9.0', '1.10.0'],
    ['9007199254740993.0.0', '9007199254740994.0.0'],
    ['not-semver', '0.0.1'],
  ])('%s sorts before %s', (lower, higher) => {
    expect(compareChartVersions(lower, higher)).toBe(-1);
    expect(compareChartVersions(higher, lower)).toBe(1);
  });

  test('property: agrees with npm semver on full SemVer versions', () => {
    const part = fc.oneof(fc.nat({ max: 20 }).map(String), fc.constantFrom('alpha', 'beta', 'rc', 'x-1'));
    const version = fc
      .tuple(
        fc.nat({ max: 3 }),
        fc.nat({ max: 3 }),
        fc.nat({ max: 3 }),
        fc.array(part, { maxLength: 3 }),
        fc.option(fc.constantFrom('build.1', 'sha.abc'), { nil: undefined }),
      )
      .map(
        ([a, b, c, pre, build]) => `${a}.${b}.${c}${pre.length ? `-${pre.join('.')}` : ''}${build ? `+${build}` : ''}`,
      );
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(isChartVersion(a)).toBe(true);
        expect(compareChartVersions(a, b)).toBe(semver.compare(a, b));
      }),
      { numRuns: 500 },
    );
  });

  test('OCI tags: + becomes _ and reads back', () => {
    expect(chartVersionTag('1.5.0-rc.1+build.7')).toBe('1.5.0-rc.1_build.7');
    expect(chartVersionOfTag('1.5.0-rc.1_build.7')).toBe('1.5.0-rc.1+build.7');
    expect(chartVersionOfTag('1.5.0')).toBe('1.5.0');
    expect(chartVersionOfTag('latest')).toBeUndefined();
    expect(chartVersionOfTag('sha256-abc')).toBeUndefined();
  });
});
