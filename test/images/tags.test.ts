// The image tag rules, case by case: metadata-action's semver patterns with the latest and 0-major
// policies, and GitLab's CI scheme.
import { describe, expect, test } from '@jest/globals';
import {
  gitlabImageTags,
  imageRefs,
  parseFlavor,
  parseTagRules,
  ruleImageTags,
  semverImageTags,
  type LatestPolicy,
  type TagContext,
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

  // Issue 18 item 7: anyone who can push a branch named `latest` would overwrite production `latest`
  // (even with --latest never), and a branch named like a commit would overwrite that commit's image.
  test.each<[string, Parameters<typeof gitlabImageTags>[0], LatestPolicy, RegExp]>([
    [
      'a branch named latest, latest never',
      { shortSha: '1a2b3c4d', refSlug: 'latest', branch: 'latest', defaultBranch: 'main' },
      'never',
      /input 'scheme' has invalid value "gitlab": expected a branch or tag whose CI_COMMIT_REF_SLUG is no reserved image tag: "latest" is the latest tag/,
    ],
    [
      'a branch named Latest (its slug is latest), latest always',
      { shortSha: '1a2b3c4d', refSlug: 'latest', branch: 'Latest', defaultBranch: 'main' },
      'always',
      /CI_COMMIT_REF_SLUG is no reserved image tag: "latest" is the latest tag; rename the branch or tag Latest/,
    ],
    [
      'a tag named latest',
      { shortSha: '1a2b3c4d', refSlug: 'latest', tag: 'latest', defaultBranch: 'main' },
      'auto',
      /"latest" is the latest tag; rename the branch or tag latest/,
    ],
    [
      'a branch named like a commit',
      { shortSha: '1a2b3c4d', refSlug: '9727f77d', branch: '9727f77d', defaultBranch: 'main' },
      'auto',
      /"9727f77d" looks like a commit's \$CI_COMMIT_SHORT_SHA tag; rename the branch or tag 9727f77d/,
    ],
  ])('a ref slug that collides with a reserved tag is refused: %s', (_what, commit, latest, message) => {
    expect(() => gitlabImageTags(commit, latest)).toThrow(message);
  });

  test('a slug that merely contains latest or hex digits is fine', () => {
    for (const refSlug of ['latest-fixes', 'not-latest', 'cafe', 'v0-2-27', 'feature-9727f77d'])
      expect(gitlabImageTags({ shortSha: '1a2b3c4d', refSlug, branch: refSlug }, 'never').tags).toEqual([
        '1a2b3c4d',
        refSlug,
      ]);
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

/** kruntimes' release-images tags, as its workflow gives them to docker/metadata-action (dispatch lines resolved). */
const kruntimesTags = (dispatch: { imageTag?: string } | undefined) =>
  [
    'type=ref,event=tag',
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    `type=raw,value=${dispatch?.imageTag ?? ''},enable=${dispatch !== undefined && !!dispatch.imageTag}`,
    `type=sha,format=long,enable=${dispatch !== undefined && !dispatch.imageTag}`,
  ].join('\n');
const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';

describe("ruleImageTags: docker/metadata-action's tags rules (semver, ref, raw, sha; enable, priority; flavor latest)", () => {
  test.each<[string, string, TagContext, LatestPolicy, string[], string[]]>([
    [
      'kruntimes on a tag push: the tag as pushed, {version}, {major}.{minor}, latest (flavor auto, the highest)',
      kruntimesTags(undefined),
      { version: 'v0.0.4', sha: SHA },
      'auto',
      ['v0.0.3', 'v0.0.4'],
      ['0.0.4', '0.0', 'v0.0.4', 'latest'],
    ],
    [
      'kruntimes with flavor latest=false: no latest',
      kruntimesTags(undefined),
      { version: 'v0.0.4', sha: SHA },
      'never',
      [],
      ['0.0.4', '0.0', 'v0.0.4'],
    ],
    [
      'kruntimes dispatched with an image tag: that raw tag only',
      kruntimesTags({ imageTag: 'e2e-1' }),
      { branch: 'main', sha: SHA },
      'auto',
      [],
      ['e2e-1'],
    ],
    [
      'kruntimes dispatched without one: sha-<long>',
      kruntimesTags({}),
      { branch: 'main', sha: SHA },
      'auto',
      [],
      [`sha-${SHA}`],
    ],
    [
      'Buntime: latest always (type=raw), {version}, {major}.{minor}, {major} even for 0.x',
      'type=raw,value=latest\ntype=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=semver,pattern={{major}}',
      { version: 'v0.2.26', sha: SHA },
      'auto',
      ['v0.2.27'],
      ['0.2.26', '0.2', '0', 'latest'],
    ],
    [
      'a prerelease turns every semver pattern into {{version}}, and is never latest',
      'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=ref,event=tag',
      { version: 'v2.0.8-beta.67' },
      'auto',
      [],
      ['2.0.8-beta.67', 'v2.0.8-beta.67'],
    ],
    [
      'type=sha is short by default, with the sha- prefix',
      'type=sha',
      { branch: 'dev', sha: SHA },
      'auto',
      [],
      ['sha-860c190'],
    ],
    [
      'priority= reorders: the highest-priority tag is the main one',
      'type=semver,pattern={{version}}\ntype=raw,priority=2000,foo',
      { version: 'v1.1.1' },
      'never',
      [],
      ['foo', '1.1.1'],
    ],
    [
      'type=ref,event=branch on a branch, sanitised; event=tag gives nothing there',
      'type=ref,event=branch\ntype=ref,event=tag',
      { branch: 'feature/new-ui' },
      'auto',
      [],
      ['feature-new-ui'],
    ],
    [
      'prefix, suffix, {{tag}} and {{sha}}; blank and # lines skipped; a quoted field keeps its comma',
      '# release tags\n\ntype=raw,value={{tag}}-{{sha}}\ntype=semver,pattern={{major}},prefix=v,suffix=-slim\n"type=raw","value=a,b"',
      { version: 'v3.1.0', sha: SHA },
      'never',
      [],
      ['v3-slim', 'v3.1.0-860c190', 'a-b'],
    ],
    [
      'enable=false drops a rule',
      'type=semver,pattern={{version}}\ntype=semver,pattern={{major}},enable=false',
      { version: '1.2.3' },
      'never',
      [],
      ['1.2.3'],
    ],
  ])('%s', (_what, spec, context, latest, releaseTags, expected) => {
    expect(ruleImageTags(parseTagRules(spec), context, { latest, releaseTags }).tags).toEqual(expected);
  });

  test('the main tag is the version output; latest is decided by the rule that made it', () => {
    expect(
      ruleImageTags(
        parseTagRules(kruntimesTags(undefined)),
        { version: 'v0.0.4' },
        { latest: 'auto', releaseTags: [] },
      ),
    ).toEqual({
      version: '0.0.4',
      tags: ['0.0.4', '0.0', 'v0.0.4', 'latest'],
      latest: true,
    });
    // A raw main tag is no release: flavor auto gives no latest (metadata-action's procRaw).
    expect(
      ruleImageTags(
        parseTagRules('type=raw,value=nightly\ntype=sha'),
        { sha: SHA },
        { latest: 'auto', releaseTags: [] },
      ),
    ).toEqual({ version: 'nightly', tags: ['nightly', 'sha-860c190'], latest: false });
    // An older line's patch keeps latest where it is (metadata-action's auto would move it back).
    expect(
      ruleImageTags(
        parseTagRules('type=ref,event=tag'),
        { version: 'v0.1.5' },
        { latest: 'auto', releaseTags: ['v0.2.0'] },
      ).latest,
    ).toBe(false);
  });

  test.each([
    [
      'type=schedule',
      /expected a tag type release-kit computes: type=semver, type=ref, type=raw, type=sha \(not type=schedule\)/,
    ],
    [
      'type=semver,pattern={{version}},match=v(.*)',
      /expected for type=semver the keys type, pattern, value, enable, priority, prefix, suffix \(not match\)/,
    ],
    ['type=semver', /expected a pattern for type=semver/],
    [
      'type=semver,pattern={{date}}',
      /expected a semver pattern of \{\{version\}\}, \{\{major\}\}, \{\{minor\}\}, \{\{patch\}\}, \{\{raw\}\} \(not \{\{date\}\}\)/,
    ],
    ['type=ref,event=pr', /expected event=tag or event=branch for type=ref/],
    ['type=raw', /expected a value for type=raw/],
    ['type=sha,format=medium', /expected format=short or format=long for type=sha/],
    ['type=raw,value=x,enable=maybe', /expected enable=true or enable=false \(not enable=maybe\)/],
    ["type=raw,value={{date 'YYYYMMDD'}}", /expected value expressions of \{\{tag\}\}, \{\{branch\}\}, \{\{sha\}\}/],
    ['type=raw,value=x,priority=high', /expected an integer priority/],
  ])('%s is refused in one line naming the input and the valid choices', (line, message) => {
    expect(() => parseTagRules(line)).toThrow(message);
    expect(() => parseTagRules(line)).toThrow(
      new RegExp(
        `^input 'tags' has invalid value ${JSON.stringify(line).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: expected `,
      ),
    );
  });

  test('flavor: latest=auto|true|false; the other keys are refused', () => {
    expect(parseFlavor('latest=false')).toBe('never');
    expect(parseFlavor('latest=true')).toBe('always');
    expect(parseFlavor('# none\n')).toBeUndefined();
    expect(() => parseFlavor('prefix=v')).toThrow(
      /^input 'flavor' has invalid value "prefix=v": expected latest=auto, latest=true or latest=false/,
    );
    expect(() => parseFlavor('latest=yes')).toThrow(/expected latest=auto, latest=true or latest=false/);
  });
});
