// Container image tags for a release: docker/metadata-action's semver rules, and GitLab's CI scheme.
import semver from 'semver';
import { isValidTag } from '../oci/reference.js';
import { invalidInput } from '../plumbing/errors.js';
import { isHighestRelease, tagComponent, versionOfInput, versionOfTag } from '../versions/semver.js';

/** When `latest` is added: `auto` for the highest release only (metadata-action's default), or `always`, or `never`. */
export const LATEST_POLICIES = ['auto', 'always', 'never'] as const;
export type LatestPolicy = (typeof LATEST_POLICIES)[number];

export interface SemverTagOptions {
  latest: LatestPolicy;
  /**
   * Emit `{major}` when the major is 0. Off by default: 0.x promises no stability, so a `0` tag would
   * span the releases most likely to break (metadata-action's README disables it the same way, with
   * `enable=${{ !startsWith(github.ref, 'refs/tags/v0.') }}`).
   */
  majorZero: boolean;
  /**
   * The repository's release tags or versions (e.g. `git tag --list`), for `latest: auto`. Tags that
   * hold no SemVer version, and tags of another component (another prefix than `version`'s), are ignored.
   */
  releaseTags: readonly string[];
}

export interface ImageTags {
  version: string;
  tags: string[];
  latest: boolean;
}

/**
 * Tags for release `version` (`1.2.3` or a tag such as `v1.2.3`), as metadata-action's
 * `type=semver` patterns `{{version}}`, `{{major}}.{{minor}}` and `{{major}}` give them: a
 * prerelease gets only `{version}` (metadata-action turns every pattern into `{{version}}` for one),
 * build metadata is dropped (a `+` is no tag character), and `latest` follows `options.latest`;
 * under `auto` only a release no other release tag outranks is `latest` (metadata-action's
 * `latest=auto` tags every release, which would move `latest` back on a patch of an older line).
 */
export function semverImageTags(version: string, options: SemverTagOptions): ImageTags {
  const normalised = versionOfInput(version) ?? versionOfTag(version);
  if (!normalised) throw invalidInput('version', version, 'a SemVer release version or tag, e.g. 1.2.3 or v1.2.3');
  const parsed = semver.parse(normalised)!;
  const plain = parsed.version; // without build metadata
  const prerelease = parsed.prerelease.length > 0;
  const tags = [plain];
  if (!prerelease) {
    tags.push(`${parsed.major}.${parsed.minor}`);
    if (parsed.major !== 0 || options.majorZero) tags.push(String(parsed.major));
  }
  // Only tags of the same component count: in a monorepo, `chart-v9.0.0` does not outrank `v1.2.0`.
  const sameComponent = options.releaseTags.filter((tag) => tagComponent(tag) === tagComponent(version));
  const latest =
    options.latest === 'always' || (options.latest === 'auto' && !prerelease && isHighestRelease(plain, sameComponent));
  if (latest) tags.push('latest');
  return { version: plain, tags, latest };
}

/** GitLab's predefined CI variables the GitLab scheme reads (https://docs.gitlab.com/ci/variables/predefined_variables/). */
export interface GitLabCommit {
  /** CI_COMMIT_SHORT_SHA */
  shortSha?: string;
  /** CI_COMMIT_REF_SLUG: the branch or tag name, lower-cased, 63 bytes, [a-z0-9-] only. */
  refSlug?: string;
  /** CI_COMMIT_TAG: set in tag pipelines only. */
  tag?: string;
  /** CI_COMMIT_BRANCH: set in branch pipelines only. */
  branch?: string;
  /** CI_DEFAULT_BRANCH */
  defaultBranch?: string;
}

/**
 * GitLab's scheme (its Docker CI template and container-registry docs): `$CI_COMMIT_SHORT_SHA` and
 * `$CI_COMMIT_REF_SLUG` always, `latest` on the default branch, `$CI_COMMIT_TAG` in a tag pipeline.
 * `latestPolicy` `always`/`never` overrides the default-branch rule.
 */
export function gitlabImageTags(commit: GitLabCommit, latestPolicy: LatestPolicy = 'auto'): ImageTags {
  const variables: [string, string | undefined][] = [
    ['CI_COMMIT_SHORT_SHA', commit.shortSha],
    ['CI_COMMIT_REF_SLUG', commit.refSlug],
  ];
  for (const [name, value] of variables) {
    if (!value)
      throw invalidInput(
        'scheme',
        'gitlab',
        `a GitLab CI job: ${name} is unset (run it in a GitLab pipeline, or use --scheme semver --version X.Y.Z)`,
      );
  }
  const tags = [commit.shortSha!, commit.refSlug!];
  if (commit.tag) tags.push(commit.tag);
  const onDefault = commit.branch !== undefined && commit.branch !== '' && commit.branch === commit.defaultBranch;
  const latest = latestPolicy === 'always' || (latestPolicy === 'auto' && onDefault);
  if (latest) tags.push('latest');
  for (const tag of tags) {
    if (!isValidTag(tag))
      throw invalidInput(
        'scheme',
        'gitlab',
        `CI variables that are valid image tags ([A-Za-z0-9_][A-Za-z0-9._-]{0,127}); got ${JSON.stringify(tag)}`,
      );
  }
  return {
    version: commit.tag ? (versionOfTag(commit.tag) ?? commit.tag) : commit.refSlug!,
    tags: [...new Set(tags)],
    latest,
  };
}

/** `image:tag` for every image and tag, images in the order given. */
export function imageRefs(images: readonly string[], tags: readonly string[]): string[] {
  return images.flatMap((image) => tags.map((tag) => `${image}:${tag}`));
}
