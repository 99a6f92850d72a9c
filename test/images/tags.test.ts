// The image tag rules, case by case: metadata-action's semver patterns with the latest and 0-major
// policies, and GitLab's CI scheme.
import { describe, expect, test } from '@jest/globals';
import {
  gitlabImageTags,
  imageRefs,
  semverImageTags,
  type LatestPolicy,
} from '../../packages/release-kit/src/images/tags.js';
import { UserError } from '../../packages/release-kit/src/plumbing/errors.js';

const RELEASES = ['v0.9.0', 'v1.0.0', 'v1.1.0', 'v1.2.0-rc.1', 'v2.0.0-beta.1', 'chart-v9.9.9-rc.1', 'not-a-version'];

describe('semverImageTags (metadata-action {version}, {major}.{minor}, {major}, latest)', () => {
  test.each<[string, string, LatestPolicy, boolean, string[], string[]]>([
    ['the highest release', 'v1.2.0', 'auto', false, RELEASES, ['1.2.0', '1.2', '1', 'latest']],
    ['the highest, given without v', '1.2.0', 'auto', false, RELEASES, ['1.2.0', '1.2', '1', 'latest']],
    ['a patch of an older line: not latest', 'v1.0.1', 'auto', false, RELEASES, ['1.0.1', '1.0', '1']],
    [
      'a release already in the list, still the highest',
      'v1.1.0',
      'auto',
      false,
      RELEASES,
      ['1.1.0', '1.1', '1', 'latest'],
    ],
    ['a prerelease: only {version}', 'v1.3.0-rc.1', 'auto', false, RELEASES, ['1.3.0-rc.1']],
    ['a prerelease with latest always', 'v1.3.0-rc.1', 'always', false, RELEASES, ['1.3.0-rc.1', 'latest']],
    ['0.x: no 0 tag by default', 'v0.10.0', 'auto', false, ['v0.9.0'], ['0.10.0', '0.10', 'latest']],
    ['0.x with major-zero', 'v0.10.0', 'auto', true, ['v0.9.0'], ['0.10.0', '0.10', '0', 'latest']],
    [
      '10 sorts above 9 (SemVer, not text)',
      'v0.10.0',
      'auto',
      false,
      ['v0.9.0', 'v0.10.0'],
      ['0.10.0', '0.10', 'latest'],
    ],
    ['not highest, latest always', 'v1.0.1', 'always', false, RELEASES, ['1.0.1', '1.0', '1', 'latest']],
    ['the highest, latest never', 'v3.0.0', 'never', false, RELEASES, ['3.0.0', '3.0', '3']],
    ['no release tags at all: latest', 'v0.1.0', 'auto', false, [], ['0.1.0', '0.1', 'latest']],
    [
      'a prefixed monorepo tag',
      'krt-v2.1.0',
      'auto',
      false,
      ['krt-v2.0.0', 'krt-v2.1.0'],
      ['2.1.0', '2.1', '2', 'latest'],
    ],
    ['build metadata is dropped', 'v1.5.0+build.7', 'never', false, [], ['1.5.0', '1.5', '1']],
    [
      "another component's higher tag does not count",
      'v1.2.0',
      'auto',
      false,
      ['v1.1.0', 'chart-v9.0.0', 'krt-v3.0.0'],
      ['1.2.0', '1.2', '1', 'latest'],
    ],
    [
      'a component compared with its own tags only',
      'krt-v2.0.1',
      'auto',
      false,
      ['v5.0.0', 'krt-v2.1.0'],
      ['2.0.1', '2.0', '2'],
    ],
  ])('%s: %s', (_what, version, latest, majorZero, releaseTags, expected) => {
    expect(semverImageTags(version, { latest, majorZero, releaseTags }).tags).toEqual(expected);
  });

  test('reports the version and the latest decision', () => {
    expect(semverImageTags('v1.0.1', { latest: 'auto', majorZero: false, releaseTags: RELEASES })).toEqual({
      version: '1.0.1',
      tags: ['1.0.1', '1.0', '1'],
      latest: false,
    });
  });

  test('a version that is not SemVer is refused naming the input', () => {
    expect(() => semverImageTags('main', { latest: 'auto', majorZero: false, releaseTags: [] })).toThrow(UserError);
    expect(() => semverImageTags('1.2', { latest: 'auto', majorZero: false, releaseTags: [] })).toThrow(
      /input 'version' has invalid value "1\.2": expected a SemVer release version or tag/,
    );
  });
});

describe('gitlabImageTags ($CI_COMMIT_SHORT_SHA, $CI_COMMIT_REF_SLUG, latest, $CI_COMMIT_TAG)', () => {
  test.each<[string, Parameters<typeof gitlabImageTags>[0], LatestPolicy, string[]]>([
    [
      'the default branch',
      { shortSha: '1a2b3c4d', refSlug: 'main', branch: 'main', defaultBranch: 'main' },
      'auto',
      ['1a2b3c4d', 'main', 'latest'],
    ],
    [
      'another branch',
      { shortSha: '1a2b3c4d', refSlug: 'feature-x', branch: 'feature/x', defaultBranch: 'main' },
      'auto',
      ['1a2b3c4d', 'feature-x'],
    ],
    [
      'a tag pipeline',
      { shortSha: '1a2b3c4d', refSlug: 'v1-2-3', tag: 'v1.2.3', defaultBranch: 'main' },
      'auto',
      ['1a2b3c4d', 'v1-2-3', 'v1.2.3'],
    ],
    [
      'a tag pipeline, latest always',
      { shortSha: '1a2b3c4d', refSlug: 'v1-2-3', tag: 'v1.2.3', defaultBranch: 'main' },
      'always',
      ['1a2b3c4d', 'v1-2-3', 'v1.2.3', 'latest'],
    ],
    [
      'the default branch, latest never',
      { shortSha: '1a2b3c4d', refSlug: 'main', branch: 'main', defaultBranch: 'main' },
      'never',
      ['1a2b3c4d', 'main'],
    ],
  ])('%s', (_what, commit, latest, expected) => {
    expect(gitlabImageTags(commit, latest).tags).toEqual(expected);
  });

  test('outside GitLab CI: a one-line error naming the missing variable', () => {
    expect(() => gitlabImageTags({})).toThrow(
      /input 'scheme' has invalid value "gitlab": expected a GitLab CI job: CI_COMMIT_SHORT_SHA is unset/,
    );
  });

  test('a variable that is no valid image tag is refused', () => {
    expect(() => gitlabImageTags({ shortSha: 'abc', refSlug: 'main', tag: 'release/1.0' })).toThrow(
      /valid image tags.*"release\/1\.0"/,
    );
  });
});

test('imageRefs: every image with every tag', () => {
  expect(imageRefs(['ghcr.io/acme/a', 'ghcr.io/acme/b'], ['1.0.0', 'latest'])).toEqual([
    'ghcr.io/acme/a:1.0.0',
    'ghcr.io/acme/a:latest',
    'ghcr.io/acme/b:1.0.0',
    'ghcr.io/acme/b:latest',
  ]);
});
