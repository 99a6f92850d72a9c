// The one tag → version rule every operation reads tags with, and the superseding tag built from it.
import { describe, expect, test } from '@jest/globals';
import { supersedingPatch, versionOfInput, versionOfTag } from '../../packages/release-kit/src/versions/semver.js';

describe('versionOfTag', () => {
  test.each([
    ['v1.2.3', '1.2.3'],
    ['1.2.3', '1.2.3'],
    ['v0.2.27-rc.1', '0.2.27-rc.1'],
    ['krt-v1.2.3', '1.2.3'],
    ['chart-0.3.0', '0.3.0'],
    ['plugins/keyval-v2.0.0+build.7', '2.0.0'], // build metadata has no precedence: semver drops it,
  ])('%s → %s', (tag, version) => expect(versionOfTag(tag)).toBe(version));

  test.each(['latest', 'v1', 'v1.2', 'release-2026', ''])('%p holds no version', (tag) =>
    expect(versionOfTag(tag)).toBeUndefined(),
  );
});

describe('versionOfInput', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['V2.0.0-rc.0', '2.0.0-rc.0'],
    [' 0.1.0 ', '0.1.0'],
  ])('%p → %s', (input, version) => expect(versionOfInput(input)).toBe(version));
  test.each(['krt-v1.2.3', '1.2', 'one'])('%p is not a version a user types', (input) =>
    expect(versionOfInput(input)).toBeUndefined(),
  );
});

describe('supersedingPatch keeps the tag series', () => {
  test.each([
    ['v1.2.3', 'v1.2.4'],
    ['1.2.3', '1.2.4'],
    ['krt-v0.9.1', 'krt-v0.9.2'],
    ['nope', undefined],
  ])('%s → %s', (tag, next) => expect(supersedingPatch(tag)).toBe(next));
});
