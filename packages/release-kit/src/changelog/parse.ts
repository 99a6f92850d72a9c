// Parse CHANGELOG.md (Keep a Changelog or the kruntimes variant) into sections that point into the source.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Heading, ListItem, Root, RootContent } from 'mdast';
import semver from 'semver';
import { UserError } from '../plumbing/errors.js';

/** The change types of Keep a Changelog 1.1.0, in its order. */
export const STANDARD_CHANGE_TYPES = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'] as const;
/** The subsection that holds breaking changes (release-kit's convention, see docs/changelog-conventions.md). */
export const BREAKING_CHANGE_TYPE = 'Breaking Changes';

/** `keep-a-changelog`: `## [1.2.3] - 2026-01-31` with link references; `kruntimes`: `## 1.2.3 - 2026-01-31`. */
export type ChangelogStyle = 'keep-a-changelog' | 'kruntimes';

/** A half-open range of offsets into the original text. */
export interface SourceSpan {
  start: number;
  end: number;
}

/** One entry of a change list (a list item), as written, marker and indentation removed. */
export interface ChangeEntry {
  text: string;
  line: number;
  /** Marked `**Breaking:**` / `BREAKING:` or listed under `### Breaking Changes`. */
  breaking: boolean;
}

/** A `### Added` (etc.) subsection. */
export interface ChangeGroup {
  /** The canonical name of the type (the configured spelling, e.g. `Added`). */
  type: string;
  line: number;
  heading: SourceSpan;
  /** From the start of the heading to the next `###`/`##` heading. */
  span: SourceSpan;
  /** The Markdown under the heading, as written (line endings normalised to \n). */
  body: string;
  entries: ChangeEntry[];
}

/** One `## …` section: the Unreleased one or a release. */
export interface ChangelogSection {
  kind: 'unreleased' | 'release';
  /** SemVer without any `v` prefix; undefined for Unreleased. */
  version?: string;
  /** The version exactly as the heading writes it (`v1.2.3`, `1.2.3`). */
  versionText?: string;
  date?: string;
  yanked: boolean;
  /** Whether the heading puts the version (or Unreleased) in brackets. */
  bracketed: boolean;
  /** 1-based line of the heading. */
  line: number;
  heading: SourceSpan;
  /** Everything after the heading line up to the next `##` heading (or the trailing link references). */
  body: SourceSpan;
  /** Text before the first `###`, as written (normalised to \n, trimmed). */
  preamble: string;
  groups: ChangeGroup[];
}

/** A link reference definition at the top level, e.g. `[1.0.0]: https://…/compare/v0.9.0...v1.0.0`. */
export interface LinkDefinition {
  /** The label as written. */
  label: string;
  url: string;
  line: number;
  span: SourceSpan;
}

export interface Changelog {
  /** The file's text, untouched; every span points into it. */
  text: string;
  /** The file's line ending, so edits keep it. */
  eol: '\n' | '\r\n';
  style: ChangelogStyle;
  /** Whether release headings (or most of them) use a `v` prefix. */
  vPrefix: boolean;
  unreleased?: ChangelogSection;
  /** Release sections in file order (normally newest first). */
  releases: ChangelogSection[];
  definitions: LinkDefinition[];
}

export interface ParseOptions {
  /** The file name used in error messages and annotations. */
  file?: string;
  /** Extra `###` types accepted besides the standard ones (e.g. `Performance`). */
  extraTypes?: readonly string[];
}

const UNRELEASED = /^(\[)?unreleased(\])?(?:\([^)]*\))?$/i;
// ## [v1.2.3-rc.1] - 2026-01-31 [YANKED]; the brackets may carry an inline link target.
const RELEASE =
  /^(\[)?(v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(\])?(?:\([^)]*\))?(?:\s+[-–—]\s+(\d{4}-\d{2}-\d{2}))?(\s+\[YANKED\])?$/i;
const BREAKING_MARK = /^(?:\*\*breaking(?: change)?:?\*\*:?|breaking(?: change)?:)\s*/i;

/**
 * Parse a changelog. A real Markdown parser (mdast) finds the headings, so a `## 1.0.0` inside a
 * fenced code block is code, not a release. Every section keeps offsets into the original text so
 * that edits are splices and everything else stays byte for byte.
 * Throws UserError (with file and line) for an unrecognised `##` heading, an unknown `###` change
 * type, an invalid version, or a version listed twice.
 */
export function parseChangelog(text: string, options: ParseOptions = {}): Changelog {
  const file = options.file ?? 'CHANGELOG.md';
  const types = new Map<string, string>();
  for (const type of [...STANDARD_CHANGE_TYPES, BREAKING_CHANGE_TYPE, ...(options.extraTypes ?? [])]) {
    types.set(normaliseType(type), type);
  }
  const tree: Root = parseMarkdown(text);
  const nodes = tree.children;

  const definitions: LinkDefinition[] = [];
  for (const node of nodes) {
    if (node.type === 'definition') {
      const span = spanOf(node);
      const raw = text.slice(span.start, span.end);
      definitions.push({
        label: /^\s*\[([^\]]*)\]/.exec(raw)?.[1] ?? node.label ?? node.identifier,
        url: node.url,
        line: lineOf(node),
        span,
      });
    }
  }
  // Link references after the last section belong to the file, not to the last release.
  let tailStart = text.length;
  for (let i = nodes.length - 1; i >= 0 && nodes[i].type === 'definition'; i--) tailStart = spanOf(nodes[i]).start;

  const h2 = nodes
    .map((node, index) => ({ node, index }))
    .filter((x): x is { node: Heading; index: number } => x.node.type === 'heading' && x.node.depth === 2);
  const sections: ChangelogSection[] = [];
  let unreleased: ChangelogSection | undefined;
  const seen = new Map<string, number>();

  h2.forEach(({ node, index }, k) => {
    const line = lineOf(node);
    const headingText = headingSource(text, node).trim();
    const heading = spanOf(node);
    const bodyStart = lineEnd(text, heading.end);
    const nextIndex = k + 1 < h2.length ? h2[k + 1].index : nodes.length;
    const bodyEnd = k + 1 < h2.length ? spanOf(h2[k + 1].node).start : Math.max(bodyStart, tailStart);
    const children = nodes.slice(index + 1, nextIndex).filter((child) => spanOf(child).start < bodyEnd);
    const where = { file, line };

    const u = UNRELEASED.exec(headingText);
    if (u) {
      if (unreleased) {
        throw new UserError(`a second "Unreleased" section (the first is at line ${unreleased.line}); keep one`, {
          value: headingText,
          location: where,
        });
      }
      unreleased = {
        kind: 'unreleased',
        yanked: false,
        bracketed: Boolean(u[1] && u[2]),
        line,
        heading,
        body: { start: bodyStart, end: bodyEnd },
        ...groupsOf(text, children, bodyStart, bodyEnd, types, file),
      };
      sections.push(unreleased);
      return;
    }
    const r = RELEASE.exec(headingText);
    if (!r) {
      throw new UserError(
        `heading ${JSON.stringify(`## ${headingText}`)} is not a release heading; expected "## [Unreleased]", "## [1.2.3] - YYYY-MM-DD" or "## 1.2.3 - YYYY-MM-DD"`,
        { value: headingText, valid: '## [X.Y.Z] - YYYY-MM-DD', location: where },
      );
    }
    const versionText = r[2];
    const version = semver.valid(versionText.replace(/^v/i, ''));
    if (!version) {
      throw new UserError(`${JSON.stringify(versionText)} is not a SemVer version; expected X.Y.Z or X.Y.Z-pre`, {
        value: versionText,
        location: where,
      });
    }
    const previous = seen.get(version);
    if (previous !== undefined) {
      throw new UserError(
        `version ${versionText} is listed twice (also at line ${previous}); keep one section per version`,
        {
          value: versionText,
          location: where,
        },
      );
    }
    seen.set(version, line);
    sections.push({
      kind: 'release',
      version,
      versionText,
      date: r[4],
      yanked: Boolean(r[5]),
      bracketed: Boolean(r[1] && r[3]),
      line,
      heading,
      body: { start: bodyStart, end: bodyEnd },
      ...groupsOf(text, children, bodyStart, bodyEnd, types, file),
    });
  });

  const releases = sections.filter((s) => s.kind === 'release');
  // The Unreleased heading sets the style (prepare copies it); otherwise most release headings do.
  const bracketed = unreleased
    ? unreleased.bracketed
    : sections.length
      ? sections.filter((s) => s.bracketed).length * 2 > sections.length
      : true;
  const style: ChangelogStyle = bracketed ? 'keep-a-changelog' : 'kruntimes';
  const vVotes = releases.filter((s) => /^v/i.test(s.versionText ?? '')).length;
  return {
    text,
    eol: /\r\n/.test(text) ? '\r\n' : '\n',
    style,
    vPrefix: releases.length > 0 && vVotes * 2 > releases.length,
    unreleased,
    releases,
    definitions,
  };
}

/**
 * The Markdown tree of `text` with every offset pointing into `text`. micromark drops a leading BOM
 * before parsing, so its offsets would be one short of the text that keeps it (and every splice
 * would cut one character early: `### Adde`); the BOM stays in the file, the offsets are shifted.
 */
function parseMarkdown(text: string): Root {
  const tree = fromMarkdown(text);
  if (!text.startsWith('\uFEFF')) return tree;
  const shift = (node: {
    position?: { start: { offset?: number }; end: { offset?: number } };
    children?: unknown[];
  }) => {
    if (node.position?.start.offset !== undefined) node.position.start.offset += 1;
    if (node.position?.end.offset !== undefined) node.position.end.offset += 1;
    for (const child of node.children ?? []) shift(child as typeof node);
  };
  shift(tree);
  return tree;
}

/** Find a release by version (`1.2.3` or `v1.2.3`). */
export function findSection(changelog: Changelog, version: string): ChangelogSection | undefined {
  const wanted = semver.valid(version.replace(/^v/i, ''));
  return changelog.releases.find((s) => s.version === wanted);
}

/** The Markdown of a section's body as written, line endings normalised to \n, trimmed. */
export function sectionBody(changelog: Changelog, section: ChangelogSection): string {
  return normalise(changelog.text.slice(section.body.start, section.body.end)).replace(/^\n+|\s+$/g, '');
}

/** Every entry of a section that is a breaking change. */
export function breakingEntries(section: ChangelogSection): ChangeEntry[] {
  return section.groups.flatMap((g) => g.entries.filter((e) => e.breaking));
}

/** Whether a section has no entries and no text: nothing to release. */
export function isEmptySection(changelog: Changelog, section: ChangelogSection): boolean {
  if (section.groups.some((g) => g.entries.length > 0)) return false;
  // Headings alone (an Unreleased with empty ### Added … templates) still count as empty.
  const rest = sectionBody(changelog, section)
    .split('\n')
    .filter((line) => !/^\s*#{3,6}\s/.test(line) && line.trim() !== '');
  return rest.length === 0;
}

function groupsOf(
  text: string,
  children: RootContent[],
  bodyStart: number,
  bodyEnd: number,
  types: Map<string, string>,
  file: string,
): { preamble: string; groups: ChangeGroup[] } {
  const groups: ChangeGroup[] = [];
  const h3 = children.filter((c): c is Heading => c.type === 'heading' && c.depth === 3);
  const firstGroupStart = h3.length ? spanOf(h3[0]).start : bodyEnd;
  const preamble = normalise(text.slice(bodyStart, firstGroupStart)).trim();
  h3.forEach((node, k) => {
    const name = headingSource(text, node).trim();
    const canonical = types.get(normaliseType(name));
    const line = lineOf(node);
    if (!canonical) {
      const valid = [...new Set(types.values())].join(', ');
      throw new UserError(
        `unknown change type ${JSON.stringify(`### ${name}`)}; expected one of ${valid} (add more with the input 'extra-change-types')`,
        {
          input: 'extra-change-types',
          value: name,
          valid,
          location: { file, line },
        },
      );
    }
    const heading = spanOf(node);
    const end = k + 1 < h3.length ? spanOf(h3[k + 1]).start : bodyEnd;
    const span = { start: heading.start, end };
    const inside = children.filter((c) => spanOf(c).start >= heading.end && spanOf(c).start < end);
    const entries: ChangeEntry[] = [];
    for (const block of inside) {
      if (block.type !== 'list') continue;
      for (const item of block.children) entries.push(entryOf(text, item, canonical === BREAKING_CHANGE_TYPE));
    }
    groups.push({
      type: canonical,
      line,
      heading,
      span,
      body: normalise(text.slice(lineEnd(text, heading.end), end)).replace(/^\n+|\s+$/g, ''),
      entries,
    });
  });
  return { preamble, groups };
}

function entryOf(text: string, item: ListItem, inBreakingGroup: boolean): ChangeEntry {
  const span = spanOf(item);
  const raw = normalise(text.slice(span.start, span.end));
  const marker = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]?(?:\[[ xX]\][ \t]?)?/.exec(raw)?.[0] ?? '';
  const indent = ' '.repeat(marker.length);
  const lines = raw.slice(marker.length).split('\n');
  const body = [lines[0], ...lines.slice(1).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()))]
    .join('\n')
    .trim();
  return { text: body, line: lineOf(item), breaking: inBreakingGroup || BREAKING_MARK.test(body) };
}

/** The heading's inline source (without `##` and closing hashes, or the setext underline). */
function headingSource(text: string, node: Heading): string {
  if (!node.children.length) return '';
  const first = node.children[0].position?.start.offset ?? 0;
  const last = node.children[node.children.length - 1].position?.end.offset ?? first;
  return text.slice(first, last).replace(/\r?\n/g, ' ');
}

function spanOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): SourceSpan {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

/** The offset just after the line ending that follows `offset` (or the end of the text). */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function normaliseType(type: string): string {
  return type.trim().replace(/\s+/g, ' ').toLowerCase();
}
