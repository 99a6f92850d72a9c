// Turn the Unreleased entries into a dated release section by splicing the original text.
import semver from 'semver';
import { invalidInput, UserError } from '../plumbing/errors.js';
import type { Changelog, ChangelogSection, ParseOptions } from './parse.js';
import { findSection, isEmptySection, parseChangelog } from './parse.js';

export interface PrepareOptions extends ParseOptions {
  /** X.Y.Z (a `v` prefix is accepted and follows the file's habit). */
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  /**
   * The date is the default (today), not one the caller asked for. A rerun after midnight then
   * meets its own section under yesterday's date: that is a prepared release, not a clash.
   */
  dateDefaulted?: boolean;
  /** Prepare even when Unreleased has no entries. */
  allowEmpty?: boolean;
}

export interface PrepareResult {
  state: 'prepared' | 'unchanged';
  /** The new file text (the input text when unchanged). */
  text: string;
  /** SemVer of the release, without `v`. */
  version: string;
  /** The heading written, e.g. `## [0.2.0] - 2026-01-31`. */
  heading: string;
  /** Whether compare links were updated. */
  linksUpdated: boolean;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Move the Unreleased entries under `## X.Y.Z - YYYY-MM-DD` (bracketed in Keep a Changelog style)
 * and leave a fresh, empty Unreleased heading above it. The edit is a splice at the Unreleased
 * heading: the entries themselves, the rest of the file, its line endings and its (missing)
 * trailing newline stay byte for byte. When the file has an `[unreleased]: …/compare/A...HEAD`
 * link reference it becomes `…/compare/vX.Y.Z...HEAD` and `[X.Y.Z]: …/compare/A...vX.Y.Z` is added.
 *
 * Rerunning with the same version and date on a prepared file is `unchanged`, and so is a rerun
 * with the date defaulted when the version is the newest release and Unreleased is empty (it was
 * prepared on an earlier day); any other clash with an existing version, or an empty Unreleased
 * (unless allowed), is a UserError.
 */
export function prepareChangelog(text: string, options: PrepareOptions): PrepareResult {
  const file = options.file ?? 'CHANGELOG.md';
  const version = semver.valid(options.version.replace(/^v/i, ''));
  if (!version) throw invalidInput('version', options.version, 'a SemVer version such as 1.2.3 or 1.2.3-rc.1');
  if (!isCalendarDate(options.date)) throw invalidInput('date', options.date, 'a date as YYYY-MM-DD');
  const changelog = parseChangelog(text, options);
  const unreleased = changelog.unreleased;

  const existing = findSection(changelog, version);
  if (existing) {
    const nothingUnreleased = !unreleased || isEmptySection(changelog, unreleased);
    const sameDay = existing.date === options.date;
    const preparedEarlier =
      options.dateDefaulted === true && existing.date !== undefined && existing === changelog.releases[0];
    if (nothingUnreleased && (sameDay || preparedEarlier)) {
      return {
        state: 'unchanged',
        text,
        version,
        heading: changelog.text.slice(existing.heading.start, existing.heading.end),
        linksUpdated: false,
      };
    }
    throw new UserError(
      `version ${existing.versionText} already exists${existing.date ? ` (dated ${existing.date})` : ''}; choose a new version or remove that section`,
      { input: 'version', value: options.version, location: { file, line: existing.line } },
    );
  }
  if (!unreleased) {
    throw new UserError(`there is no "## Unreleased" section to prepare ${version} from; add one above the releases`, {
      value: file,
      location: { file },
    });
  }
  if (!options.allowEmpty && isEmptySection(changelog, unreleased)) {
    throw new UserError(
      `the Unreleased section is empty, so ${version} would have no notes; add entries or set input 'allow-empty' to true`,
      {
        input: 'allow-empty',
        value: 'false',
        valid: 'true to release without entries',
        location: { file, line: unreleased.line },
      },
    );
  }
  const usesV = changelog.releases.length ? changelog.vPrefix : /^v/i.test(options.version);
  const versionText = `${usesV ? 'v' : ''}${version}`;
  const heading =
    changelog.style === 'keep-a-changelog'
      ? `## [${versionText}] - ${options.date}`
      : `## ${versionText} - ${options.date}`;
  const eol = changelog.eol;
  const unreleasedHeading = text.slice(unreleased.heading.start, unreleased.heading.end);

  const splices: Splice[] = [
    {
      start: unreleased.heading.start,
      end: unreleased.heading.end,
      text: `${unreleasedHeading}${eol}${eol}${heading}`,
    },
  ];
  const linkSplice = compareLinkSplice(changelog, version, versionText);
  if (linkSplice) splices.push(linkSplice);

  let result = text;
  for (const splice of splices.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  }
  return { state: 'prepared', text: result, version, heading, linksUpdated: Boolean(linkSplice) };
}

/**
 * The edit of the link references, when the file keeps an `[unreleased]` one: point it at the new
 * tag and add the new version's compare link right below it (newest first, as Keep a Changelog does).
 */
function compareLinkSplice(changelog: Changelog, version: string, versionText: string): Splice | undefined {
  const unreleasedLink = changelog.definitions.find((d) => d.label.trim().toLowerCase() === 'unreleased');
  if (!unreleasedLink) return undefined;
  if (changelog.definitions.some((d) => d.label.trim().replace(/^v/i, '') === version)) return undefined;
  const compare = /^(.*\/compare\/)(.+?)\.\.\.(.+)$/.exec(unreleasedLink.url);
  let unreleasedUrl: string;
  let versionUrl: string;
  if (compare) {
    const [, base, previous, head] = compare;
    const tag = tagLike(previous, version);
    unreleasedUrl = `${base}${tag}...${head}`;
    versionUrl = `${base}${previous}...${tag}`;
  } else {
    // No previous release to compare with (e.g. `…/commits/main`): link the tag itself.
    const repo = /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)/.exec(unreleasedLink.url)?.[1];
    if (!repo) return undefined;
    const tag = `v${version}`;
    unreleasedUrl = `${repo}/compare/${tag}...HEAD`;
    versionUrl = `${repo}/releases/tag/${tag}`;
  }
  const eol = changelog.eol;
  return {
    start: unreleasedLink.span.start,
    end: unreleasedLink.span.end,
    text: `[${unreleasedLink.label}]: ${unreleasedUrl}${eol}[${versionText}]: ${versionUrl}`,
  };
}

/** The new tag written the way the previous one was (`v0.1.0` → `v0.2.0`, `0.1.0` → `0.2.0`). */
function tagLike(previous: string, version: string): string {
  const match = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?/.exec(previous);
  if (!match) return `v${version}`;
  return previous.slice(0, match.index) + version + previous.slice(match.index + match[0].length);
}

/** YYYY-MM-DD naming a real day. */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** Today in UTC as YYYY-MM-DD. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The section for `version`, or a UserError naming the versions the file does have. */
export function extractSection(changelog: Changelog, version: string, file = 'CHANGELOG.md'): ChangelogSection {
  const section = findSection(changelog, version);
  if (section) return section;
  const known = changelog.releases.map((s) => s.versionText).slice(0, 10);
  const hint =
    changelog.unreleased && !isEmptySection(changelog, changelog.unreleased)
      ? '; run mode prepare first to move the Unreleased entries under it'
      : '';
  throw new UserError(`no section for version ${version}${known.length ? ` (found ${known.join(', ')})` : ''}${hint}`, {
    input: 'version',
    value: version,
    valid: known.join(', '),
    location: { file },
  });
}
