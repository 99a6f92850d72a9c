// Superseding a bad release: a banner on the old release's notes, a line on the new one's, and "latest" kept off the old one.
import semver from 'semver';
import type { GitHubClient } from '../github/client.js';
import { invalidInput } from '../plumbing/errors.js';
import { RELEASE_BODY_LIMIT } from './notes.js';
import { supersedingPatch, versionOfTag } from '../versions/semver.js';
import type { Release } from './release.js';

/** A tag name as the `tag` input accepts it. */
const TAG_NAME = /^[A-Za-z0-9][A-Za-z0-9._/+-]*$/;

/** The reason is one line of the banner: short enough to read at a glance. */
const REASON_LIMIT = 300;

export interface Supersession {
  /** The tag of the bad release (`v0.3.0`). */
  oldTag: string;
  oldVersion: string;
  /** The tag of the release that replaces it (`v0.3.1`). */
  newTag: string;
  newVersion: string;
  /** One line: why the old release must not be used. */
  reason: string;
}

/**
 * The tag the `supersedes` input names: a tag as given (`v0.3.0`, `krt-v0.3.0`), or a bare version
 * (`0.3.0`) spelled in the new tag's series (`v0.3.1` → `v0.3.0`), as supersedingPatch keeps it.
 */
export function supersededTag(input: string, newTag: string, newVersion: string): string {
  const text = input.trim();
  if (!semver.valid(text) || semver.clean(text) !== text) return text;
  const prefix = newTag.includes(newVersion) ? newTag.slice(0, newTag.indexOf(newVersion)) : 'v';
  return `${prefix}${text}`;
}

/**
 * Check a supersession before anything is sent: the old tag is a release tag with a SemVer version,
 * not the new release itself, and lower than the new version (a release can only be replaced by a
 * later one; its superseding patch is the usual choice, so the message names it).
 */
export function checkSupersession(
  input: string,
  reasonInput: string | undefined,
  newTag: string,
  newVersion: string,
): Supersession {
  const oldTag = supersededTag(input, newTag, newVersion);
  const oldVersion = TAG_NAME.test(oldTag) ? versionOfTag(oldTag) : undefined;
  if (!oldVersion)
    throw invalidInput(
      'supersedes',
      input,
      'the tag of the release being superseded, such as v1.2.3 (or its version 1.2.3)',
    );
  const patch = supersedingPatch(oldTag);
  if (oldTag === newTag) {
    throw invalidInput(
      'supersedes',
      input,
      `an earlier release than ${newTag} itself (a release cannot supersede itself; ${oldTag} is superseded by a new release such as ${patch})`,
    );
  }
  if (!semver.lt(oldVersion, newVersion)) {
    throw invalidInput(
      'supersedes',
      input,
      `a release lower than ${newVersion}, the version being released (${oldTag} can only be superseded by a later version, such as its superseding patch ${patch})`,
    );
  }
  const reason = (reasonInput ?? '').trim().replace(/[.\s]+$/, '');
  if (!reason || /[\r\n]/.test(reason) || reason.length > REASON_LIMIT) {
    throw invalidInput(
      'supersede-reason',
      reasonInput ?? '',
      `one line (at most ${REASON_LIMIT} characters) saying why ${oldTag} must not be used, e.g. "the arm64 image crashes on start"`,
    );
  }
  return { oldTag, oldVersion, newTag, newVersion, reason };
}

/** The banner at the top of the old release's notes. */
export function supersededBanner(s: Pick<Supersession, 'newTag' | 'reason'>): string {
  return `> [!WARNING]\n> Superseded by ${s.newTag}: ${s.reason}. Use ${s.newTag} instead.\n`;
}

/** The line at the top of the new release's notes. */
export function supersedesLine(s: Pick<Supersession, 'oldTag' | 'reason'>): string {
  return `> [!NOTE]\n> Supersedes ${s.oldTag}: ${s.reason}.\n`;
}

// Anchored at the start of the body: only a banner this code wrote at the top is ever replaced, so a
// quote the authors wrote further down stays theirs.
const BANNER_AT_TOP = /^> \[!WARNING\]\n> Superseded by [^\n]*\n(?:\n)?/;

/**
 * The old release's body with the banner on top: an earlier banner (another reason, or another
 * superseding release) is replaced, never stacked, so a rerun leaves the body as it is.
 */
export function withSupersededBanner(
  body: string | null | undefined,
  s: Pick<Supersession, 'newTag' | 'reason'>,
): string {
  const text = (body ?? '').replace(/\r\n?/g, '\n');
  const rest = text.replace(BANNER_AT_TOP, '');
  return rest.trim() ? `${supersededBanner(s)}\n${rest}` : supersededBanner(s);
}

/** The new release's notes, opening with which release they supersede. */
export function withSupersedesLine(body: string, s: Pick<Supersession, 'oldTag' | 'reason'>): string {
  return `${supersedesLine(s)}\n${body}`;
}

// The line withSupersedesLine puts on top, and only there.
const SUPERSEDES_AT_TOP = /^> \[!NOTE\]\n> Supersedes [^\n]*\n(?:\n)?/;

/**
 * Re-rendered notes for a release whose current notes open with a "Supersedes" line: the line is
 * kept. A run without `supersedes` (the usual release job, after a supersede run) would otherwise
 * drop the one sentence that tells users which release this one replaces.
 */
export function keepSupersedesLine(current: string | null | undefined, rendered: string): string {
  if (SUPERSEDES_AT_TOP.test(rendered)) return rendered;
  const line = SUPERSEDES_AT_TOP.exec((current ?? '').replace(/\r\n?/g, '\n'))?.[0];
  return line ? `${line.endsWith('\n\n') ? line : `${line}\n`}${rendered}` : rendered;
}

/** Whether a release's notes carry a superseded banner, i.e. it must not be offered as latest. */
export function isSuperseded(release: Pick<Release, 'body'>): boolean {
  return BANNER_AT_TOP.test((release.body ?? '').replace(/\r\n?/g, '\n'));
}

export interface FindSupersededOptions {
  owner: string;
  repo: string;
  supersession: Supersession;
  /** Every release of the repository (one listing serves the checks and the latest rule). */
  releases: readonly Release[];
}

/**
 * The published release being superseded; a UserError naming the input when there is none, or when
 * its notes leave no room for the banner under GitHub's body limit. Called before the first write, so
 * a supersession that cannot complete never starts (the new draft would be made, then the edit refused).
 */
export function supersededRelease(options: FindSupersededOptions): Release {
  const { oldTag } = options.supersession;
  const forTag = options.releases.filter((release) => release.tag_name === oldTag);
  const published = forTag.find((release) => !release.draft);
  if (published) {
    checkBannerFits(published, options.supersession);
    return published;
  }
  const where = `${options.owner}/${options.repo}`;
  if (forTag.length) {
    throw invalidInput(
      'supersedes',
      oldTag,
      `a published release; ${oldTag} in ${where} is only a draft, which nobody has downloaded: delete the draft instead of superseding it`,
    );
  }
  throw invalidInput(
    'supersedes',
    oldTag,
    `the tag of a published release in ${where}; there is no release for ${oldTag}`,
  );
}

/** GitHub refuses a body over its limit: the old notes plus the banner must fit, or nothing is done. */
function checkBannerFits(old: Release, supersession: Supersession): void {
  const body = withSupersededBanner(old.body, supersession);
  if (body.length <= RELEASE_BODY_LIMIT) return;
  const notes = (old.body ?? '').length;
  const count = (n: number) => n.toLocaleString('en-US');
  throw invalidInput(
    'supersedes',
    old.tag_name,
    `a release whose notes leave room for the superseded banner: the notes of ${old.tag_name} are ${count(notes)} characters, and with the superseded banner (${count(body.length - notes)} more) they would pass GitHub's ${count(RELEASE_BODY_LIMIT)}-character limit; shorten them by at least ${count(body.length - RELEASE_BODY_LIMIT)} characters (edit the release on GitHub, or give a shorter supersede-reason), then rerun: nothing was changed`,
  );
}

export type LatestChange = { state: 'unchanged' } | { state: 'moved'; to: Release } | { state: 'kept'; why: string };

export interface SupersedeOptions {
  owner: string;
  repo: string;
  supersession: Supersession;
  /** The release being superseded, as listed. */
  old: Release;
  /** The new release (draft or published), as it stands after its notes were written. */
  replacement: Release;
  releases: readonly Release[];
}

export interface SupersedeResult {
  old: Release;
  banner: 'added' | 'updated' | 'unchanged';
  latest: LatestChange;
}

/**
 * Mark `old` as superseded and take "latest" away from it.
 *
 * The banner is a body edit, which GitHub allows on an immutable release (only its tag, target and
 * assets are locked). `make_latest: false` goes with the edit, but GitHub never leaves a repository
 * without a latest release on that alone: "latest" only moves when another release is made latest.
 * So when the old release is latest, the highest published stable release that is not superseded
 * itself takes over (the replacement once published, as publish's rule would choose it too); while
 * the replacement is still a draft and nothing else qualifies, the old release stays latest until
 * `publish` runs, and the result says so.
 */
export async function supersedeRelease(client: GitHubClient, options: SupersedeOptions): Promise<SupersedeResult> {
  const { owner, repo, supersession, old } = options;
  const body = withSupersededBanner(old.body, supersession);
  const hadBanner = isSuperseded(old);
  let updated = old;
  if (body !== (old.body ?? '')) {
    updated = await patchRelease(client, owner, repo, old, {
      body,
      ...(old.prerelease ? {} : { make_latest: 'false' as const }),
    });
  }
  const banner = body === (old.body ?? '') ? 'unchanged' : hadBanner ? 'updated' : 'added';
  const latest = await moveLatestAway(client, options);
  return { old: updated, banner, latest };
}

async function moveLatestAway(client: GitHubClient, options: SupersedeOptions): Promise<LatestChange> {
  const { owner, repo, old, replacement } = options;
  let latestId: number | undefined;
  try {
    latestId = (await client.rest.repos.getLatestRelease({ owner, repo })).data.id;
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
  if (latestId !== old.id) return { state: 'unchanged' };
  // The listing holds the bodies as they were; the replacement is the freshest copy of itself.
  const candidates = options.releases
    .map((release) => (release.id === replacement.id ? replacement : release))
    .filter(
      (release) =>
        release.id !== old.id &&
        !release.draft &&
        !release.prerelease &&
        !isSuperseded(release) &&
        versionOfTag(release.tag_name),
    )
    .sort((a, b) => semver.rcompare(versionOfTag(a.tag_name)!, versionOfTag(b.tag_name)!));
  // The rule publish applies (shouldBeLatest): the highest stable version, so a patch to an older line never wins.
  const next = candidates[0];
  if (!next) {
    const why = replacement.draft
      ? `${old.tag_name} stays latest until ${replacement.tag_name} is published (publish marks it latest)`
      : `${old.tag_name} stays latest: no other published stable release can take over`;
    return { state: 'kept', why };
  }
  const moved = await patchRelease(client, owner, repo, next, { make_latest: 'true' });
  return { state: 'moved', to: moved };
}

async function patchRelease(
  client: GitHubClient,
  owner: string,
  repo: string,
  release: Release,
  change: { body?: string; make_latest?: 'true' | 'false' },
): Promise<Release> {
  // Allowed on an immutable release too: neither the tag, the target nor an asset changes.
  const { data } = await client.rest.repos.updateRelease({ owner, repo, release_id: release.id, ...change });
  return data as Release;
}
