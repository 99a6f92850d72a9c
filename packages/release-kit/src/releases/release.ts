// GitHub releases for one tag: find (drafts included), create a single draft even under races, publish.
import semver from 'semver';
import type { components } from '@octokit/openapi-types';
import type { GitHubClient } from '../github/client.js';
import { UserError } from '../plumbing/errors.js';
import { isHighestRelease, supersedingPatch } from '../versions/semver.js';

/** A release as the REST API returns it (list, get, create and update all share this shape). */
export type Release = components['schemas']['release'];
/** One asset of a release; `state` is `uploaded` once complete (`starter` after a failed upload). */
export type ReleaseAsset = components['schemas']['release-asset'];

/** Which repository, which tag. */
export interface ReleaseTagRef {
  owner: string;
  repo: string;
  tag: string;
}

export interface EnsureDraftOptions extends ReleaseTagRef {
  name?: string;
  body?: string;
  prerelease?: boolean;
  targetCommitish?: string;
}

export type EnsureDraftState = 'created' | 'existing';

export interface EnsureDraftResult {
  release: Release;
  /** `created` when this call made the release that survived; `existing` when another one won. */
  state: EnsureDraftState;
}

/**
 * Every release whose tag_name is `tag`, lowest id first.
 * `GET /releases/tags/{tag}` returns published releases only (a draft is a 404), so list them all;
 * drafts are listed for tokens with push access.
 */
export async function listReleasesForTag(client: GitHubClient, ref: ReleaseTagRef): Promise<Release[]> {
  const all = (await client.paginate(client.rest.repos.listReleases, {
    owner: ref.owner,
    repo: ref.repo,
    per_page: 100,
  })) as Release[];
  return all.filter((release) => release.tag_name === ref.tag).sort((a, b) => a.id - b.id);
}

/**
 * The one release that stands for a tag: the published one if any (GitHub allows at most one
 * published release per tag), else the draft with the lowest id. Every job applying this rule to
 * the same listing picks the same release, which is what lets concurrent jobs converge.
 */
export function canonicalRelease(releases: readonly Release[]): Release | undefined {
  const published = releases.find((release) => !release.draft);
  if (published) return published;
  return [...releases].sort((a, b) => a.id - b.id)[0];
}

/** The published release or the draft for `tag`, or undefined when there is none. */
export async function findReleaseForTag(client: GitHubClient, ref: ReleaseTagRef): Promise<Release | undefined> {
  return canonicalRelease(await listReleasesForTag(client, ref));
}

/**
 * Return the release for `tag`, creating it as a draft when there is none, and never leave two.
 *
 * Why this converges: GitHub has no "create if absent" for releases and happily stores several
 * drafts with the same tag_name, so N jobs that each list, see nothing and create would leave N
 * drafts. Instead every job, after creating, lists again and applies one deterministic rule
 * (`canonicalRelease`: the published release, else the lowest id). Release ids grow with creation
 * order, so by the time a job's own create has returned, every earlier draft already exists and is
 * listed; all jobs therefore agree on the winner, which nobody ever deletes. Each job then deletes
 * the other drafts it saw for the tag: its own when it lost (the rule of the design), and also
 * orphans, e.g. a draft GitHub created for a request whose response was lost and which the client
 * retried. A published release is never deleted. The losers adopt the winner and report `existing`.
 */
export async function ensureDraftRelease(
  client: GitHubClient,
  options: EnsureDraftOptions,
): Promise<EnsureDraftResult> {
  const existing = await findReleaseForTag(client, options);
  if (existing) return { release: existing, state: 'existing' };

  const { data: created } = await client.rest.repos.createRelease({
    owner: options.owner,
    repo: options.repo,
    tag_name: options.tag,
    name: options.name ?? options.tag,
    body: options.body ?? '',
    draft: true,
    prerelease: options.prerelease ?? false,
    ...(options.targetCommitish ? { target_commitish: options.targetCommitish } : {}),
  });

  const afterCreate = await listReleasesForTag(client, options);
  // The listing may lag behind our own create; count it in so the rule sees it.
  const candidates = afterCreate.some((release) => release.id === created.id)
    ? afterCreate
    : [...afterCreate, created as Release];
  const winner = canonicalRelease(candidates)!;
  // Drafts other than the winner: our own if we lost, other jobs' losing drafts (which they delete
  // themselves too; the second DELETE is a harmless 404), or the orphan of a create whose response
  // was lost and which the client retried. All must go, and none of them is published.
  const strays = candidates.filter((release) => release.draft && release.id !== winner.id);
  for (const stray of strays) await deleteDraft(client, options, stray.id);
  if (winner.id === created.id) return { release: created as Release, state: 'created' };
  return { release: winner, state: 'existing' };
}

async function deleteDraft(client: GitHubClient, ref: ReleaseTagRef, releaseId: number): Promise<void> {
  try {
    await client.rest.repos.deleteRelease({ owner: ref.owner, repo: ref.repo, release_id: releaseId });
  } catch (error) {
    // Already gone (its creator or another job deleted it first, or a retried DELETE): the goal is reached.
    if ((error as { status?: number }).status !== 404) throw error;
  }
}

export interface UpdateReleaseOptions {
  owner: string;
  repo: string;
  releaseId: number;
  name?: string;
  body?: string;
  prerelease?: boolean;
}

/** Change a release's name, body or prerelease flag (also allowed on an immutable release). */
export async function updateRelease(client: GitHubClient, options: UpdateReleaseOptions): Promise<Release> {
  const { data } = await client.rest.repos.updateRelease({
    owner: options.owner,
    repo: options.repo,
    release_id: options.releaseId,
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.body !== undefined ? { body: options.body } : {}),
    ...(options.prerelease !== undefined ? { prerelease: options.prerelease } : {}),
  });
  return data as Release;
}

/**
 * Whether `version` may be marked latest: never a prerelease, never a version lower than the
 * highest stable version already published. Compared with SemVer, not by date, so a patch to an
 * older line (1.4.9 after 2.0.0) does not steal "latest". Drafts and prereleases are ignored.
 */
export function shouldBeLatest(
  version: string,
  prerelease: boolean,
  published: readonly Pick<Release, 'tag_name' | 'draft' | 'prerelease' | 'id'>[],
  selfId?: number,
): boolean {
  if (prerelease || semver.prerelease(version)) return false;
  return isHighestRelease(
    version,
    published.filter((r) => !r.draft && !r.prerelease && r.id !== selfId).map((r) => r.tag_name),
  );
}

export interface PublishReleaseOptions {
  owner: string;
  repo: string;
  release: Release;
  /** The SemVer version of the release (no `v`). */
  version: string;
  prerelease?: boolean;
  /** Override the computed make_latest. */
  makeLatest?: boolean;
}

export interface PublishReleaseResult {
  release: Release;
  state: 'published' | 'unchanged';
  latest: boolean;
}

/**
 * Publish a draft (`draft: false`) with make_latest computed by `shouldBeLatest` over the
 * repository's published releases. An already published release is left alone (`unchanged`).
 * On a repository with immutable releases this locks the tag and the assets, so it must be last.
 */
export async function publishRelease(
  client: GitHubClient,
  options: PublishReleaseOptions,
): Promise<PublishReleaseResult> {
  const prerelease = options.prerelease ?? options.release.prerelease;
  if (!options.release.draft) {
    return { release: options.release, state: 'unchanged', latest: false };
  }
  let latest = options.makeLatest;
  if (latest === undefined) {
    const all = (await client.paginate(client.rest.repos.listReleases, {
      owner: options.owner,
      repo: options.repo,
      per_page: 100,
    })) as Release[];
    latest = shouldBeLatest(options.version, prerelease, all, options.release.id);
  }
  try {
    const { data } = await client.rest.repos.updateRelease({
      owner: options.owner,
      repo: options.repo,
      release_id: options.release.id,
      draft: false,
      prerelease,
      make_latest: latest ? 'true' : 'false',
    });
    return { release: data as Release, state: 'published', latest };
  } catch (error) {
    if (isImmutableReleaseError(error)) throw immutableReleaseError(options.release.tag_name, error);
    throw error;
  }
}

/**
 * Whether an API error is GitHub refusing a change because a release is immutable: 422
 * "Cannot upload assets to an immutable release." or "tag_name was used by an immutable release".
 */
export function isImmutableReleaseError(error: unknown): boolean {
  const e = error as { status?: number; message?: string; response?: { data?: unknown } };
  if (!e || e.status !== 422) return false;
  const text = `${e.message ?? ''} ${safeJson(e.response?.data)}`;
  return /immutable release/i.test(text);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** One line: why the request cannot succeed and what to do instead. */
export function immutableReleaseMessage(tag: string, detail?: string): string {
  const next = supersedingPatch(tag);
  return (
    `release ${tag} is published and immutable${detail ? ` (${detail})` : ''}: ` +
    `its tag and assets can no longer change; cut a new patch release${next ? ` (${next})` : ''} that supersedes it`
  );
}

/** Markdown for the step summary: how to recover from a failed immutable release. */
export function failedReleaseSteps(tag: string): string {
  const next = supersedingPatch(tag) ?? 'the next patch version';
  return [
    `### Release ${tag} failed after it was published`,
    '',
    `GitHub does not let an immutable release change its tag or assets, and the tag cannot be reused.`,
    'Do not delete or move the tag. Instead:',
    '',
    `1. Edit the notes of ${tag} (notes stay editable) to say it is superseded by ${next} and why: on ${next}'s tag push, release-notes-from-changelog with \`mode: supersede\` and \`supersedes: ${tag}\` adds that banner and keeps ${tag} from being latest.`,
    `2. Fix the cause, then add a \`## ${next.replace(/^v/, '')}\` entry to CHANGELOG.md noting that it supersedes ${tag}.`,
    `3. Tag ${next} and let the release workflow run: draft, upload every asset, then publish last.`,
    `4. If ${tag} was marked latest, ${next} takes that over when it is published.`,
    '',
  ].join('\n');
}

/** A UserError carrying the superseding-patch message and the recovery steps for the summary. */
export function immutableReleaseError(tag: string, cause?: unknown): UserError {
  const said = cause as { gitHubMessage?: string; message?: string } | undefined;
  const detail = (said?.gitHubMessage ?? said?.message)?.replace(/\s+-\s+https?:\S+$/, '');
  const error = new UserError(immutableReleaseMessage(tag, detail), { value: tag, summary: failedReleaseSteps(tag) });
  return error;
}
