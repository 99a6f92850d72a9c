// Version arithmetic for tracks: strict SemVer values and the bump kinds users may ask for.
import semver from 'semver';

/** The named bump kinds; an explicit `x.y.z` is the other accepted kind. */
export const BUMP_KINDS = ['patch', 'minor', 'major', 'prerelease'] as const;
export type NamedBumpKind = (typeof BUMP_KINDS)[number];

export type BumpKind = { kind: NamedBumpKind } | { kind: 'explicit'; version: string };

/** What a bump kind may be, for error messages. */
export const VALID_BUMP_KINDS = 'patch, minor, major, prerelease or an explicit version x.y.z';

/** Prerelease identifiers as SemVer allows them (dot-separated alphanumerics and hyphens). */
const PREID = /^[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*$/;

/**
 * True for a strict SemVer 2.0 version exactly as written: no `v` prefix, no `=`, no spaces.
 * `semver.valid` alone would accept `v1.2.3` and return `1.2.3`, so the result must equal the input.
 */
export function isStrictSemver(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 256 && semver.valid(value) === value;
}

/** Parse a bump kind; undefined when it is none of the valid ones. */
export function parseBumpKind(text: string): BumpKind | undefined {
  if ((BUMP_KINDS as readonly string[]).includes(text)) return { kind: text as NamedBumpKind };
  if (isStrictSemver(text)) return { kind: 'explicit', version: text };
  return undefined;
}

/** Whether a bump makes a prerelease: `prerelease`, or an explicit prerelease version (`1.2.4-rc.1`). */
export function isPrereleaseBump(bump: BumpKind): boolean {
  return bump.kind === 'prerelease' || (bump.kind === 'explicit' && semver.prerelease(bump.version) !== null);
}

/** True when `preid` is usable as a prerelease identifier (`rc`, `beta.1`). */
export function isValidPreid(preid: string): boolean {
  return preid.length <= 64 && PREID.test(preid);
}

/**
 * The version after applying `bump` to `current`. A prerelease bump of a release starts the next
 * patch's prerelease (`1.2.3` → `1.2.4-rc.0`); of a prerelease it counts on (`1.2.4-rc.0` → `-rc.1`).
 * Returns undefined when the result would not be greater than `current` (an explicit version at or
 * below it, or a prerelease to a preid that sorts lower).
 */
export function nextVersion(current: string, bump: BumpKind, preid?: string): string | undefined {
  if (bump.kind === 'explicit') return semver.gt(bump.version, current) ? bump.version : undefined;
  const next =
    bump.kind === 'prerelease' && preid ? semver.inc(current, 'prerelease', preid) : semver.inc(current, bump.kind);
  // A prerelease bump to a preid that sorts lower (1.0.0-beta.1 with alpha → 1.0.0-alpha.0) goes backwards.
  return next && semver.gt(next, current) ? next : undefined;
}

/** `a > b` in SemVer precedence. */
export function isGreater(a: string, b: string): boolean {
  return semver.gt(a, b);
}

/** A short description of a bump for messages: `patch`, `prerelease (rc)`, `2.0.0`. */
export function describeBump(bump: BumpKind, preid?: string): string {
  if (bump.kind === 'explicit') return bump.version;
  return bump.kind === 'prerelease' && preid ? `prerelease (${preid})` : bump.kind;
}

/**
 * The version a release tag stands for, the one rule for every tag release-kit reads: `v1.2.3` →
 * `1.2.3`, also behind a prefix (`krt-v1.2.3`, `chart-1.2.3`) as monorepos tag; undefined when the
 * tag holds no SemVer version.
 */
export function versionOfTag(tag: string): string | undefined {
  return semver.valid(tag.slice(tagPrefix(tag).length)) ?? undefined;
}

/** What stands before a tag's version, `v` included: `krt-v` for `krt-v1.2.3`, `v` for `v1.2.3`, `` for `1.2.3`. */
export function tagPrefix(tag: string): string {
  return /^.*?v?(?=\d+\.\d+\.\d+)/.exec(tag)?.[0] ?? '';
}

/** The component a tag belongs to in a monorepo, its prefix without the `v`: `krt-` for `krt-v1.2.3`, `` for `v1.2.3`. */
export function tagComponent(tag: string): string {
  return tagPrefix(tag.trim()).replace(/v$/, '');
}

/** True when no stable version among `tags` (release tags or versions) is above `version`; tags without one are ignored. */
export function isHighestRelease(version: string, tags: readonly string[]): boolean {
  return tags.every((tag) => {
    const other = versionOfTag(tag);
    return !other || semver.prerelease(other) !== null || !semver.gt(other, version);
  });
}

/** A version as a user types it (`1.2.3`, `v1.2.3`), normalised; undefined when it is not SemVer. */
export function versionOfInput(text: string): string | undefined {
  return semver.valid(text.trim().replace(/^v/i, '')) ?? undefined;
}

/** The next patch version after `tag`'s version, in the same tag series: the release that supersedes a bad one. */
export function supersedingPatch(tag: string): string | undefined {
  const version = versionOfTag(tag);
  if (!version) return undefined;
  // Keep the tag's own spelling (`v`, `krt-v`): the superseding tag sits in the same series.
  return `${tagPrefix(tag)}${semver.inc(version, 'patch')}`;
}

/** The rules of `git check-ref-format` for `refs/tags/<name>` that a SemVer-based name can break. */
export function isValidTagName(tag: string): boolean {
  if (!/^[A-Za-z0-9._/+-]+$/.test(tag)) return false;
  if (tag.startsWith('-') || tag.startsWith('/') || tag.endsWith('/') || tag.endsWith('.')) return false;
  if (tag.includes('..') || tag.includes('//')) return false;
  return tag.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}
