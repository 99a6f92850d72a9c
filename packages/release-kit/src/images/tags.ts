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

/** The tag types of docker/metadata-action's `tags` input that release-kit computes. */
export const TAG_TYPES = ['semver', 'ref', 'raw', 'sha'] as const;
type TagType = (typeof TAG_TYPES)[number];
/** The keys each type takes (metadata-action's attributes; `match`, `group` and the rest are not supported). */
const TAG_KEYS: Record<TagType, readonly string[]> = {
  semver: ['type', 'pattern', 'value', 'enable', 'priority', 'prefix', 'suffix'],
  ref: ['type', 'event', 'enable', 'priority', 'prefix', 'suffix'],
  raw: ['type', 'value', 'enable', 'priority', 'prefix', 'suffix'],
  sha: ['type', 'format', 'enable', 'priority', 'prefix', 'suffix'],
};
/** metadata-action's default priorities: the highest-priority tag that applies is the main one (the version). */
const DEFAULT_PRIORITY: Record<TagType, number> = { semver: 900, ref: 600, raw: 200, sha: 100 };
const REF_EVENTS = ['tag', 'branch'] as const;
const SHA_FORMATS = ['short', 'long'] as const;
/** The parts of a SemVer version a `type=semver` pattern can name. */
const PATTERN_PARTS = ['version', 'major', 'minor', 'patch', 'raw'] as const;
/** The global expressions a value, prefix or suffix can hold (metadata-action's `{{tag}}`, `{{branch}}`, `{{sha}}`). */
const GLOBAL_EXPRESSIONS = ['tag', 'branch', 'sha'] as const;

/** One line of the `tags` input, parsed: `type=semver,pattern={{major}}.{{minor}}`. */
export interface TagRule {
  type: TagType;
  attrs: Record<string, string>;
  enable: boolean;
  priority: number;
  /** The line as written, for messages. */
  line: string;
}

/**
 * One `tags` line's comma-separated fields, `"quoted, with commas"` as metadata-action's CSV reading
 * takes them. Written here because only this one-line CSV subset is needed (no csv dependency for it).
 */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  fields.push(field);
  return fields.map((f) => f.trim()).filter((f) => f !== '');
}

/** The input's lines without blanks and `#` comment lines (metadata-action's getInputList). */
function specLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * Parse docker/metadata-action's `tags` input (one rule per line) for the types release-kit
 * computes: `type=semver,pattern=…`, `type=ref,event=tag|branch`, `type=raw,value=…`,
 * `type=sha[,format=long]`, each with `enable=true|false`, `priority=`, `prefix=`, `suffix=`. A
 * field without `=` is the value and a line without `type=` is raw, as metadata-action reads them.
 * Sorted by priority, highest first (a stable sort: equal priorities keep their order).
 */
export function parseTagRules(text: string, input = 'tags'): TagRule[] {
  const rules = specLines(text).map((line): TagRule => {
    const bad = (why: string): never => {
      throw invalidInput(input, line, why);
    };
    const attrs: Record<string, string> = {};
    let type: TagType = 'raw';
    for (const field of csvFields(line)) {
      const eq = field.indexOf('=');
      if (eq < 0) {
        attrs.value = field;
        continue;
      }
      const key = field.slice(0, eq).trim().toLowerCase();
      const value = field.slice(eq + 1).trim();
      if (key === 'type') {
        if (!(TAG_TYPES as readonly string[]).includes(value))
          bad(`a tag type release-kit computes: type=${TAG_TYPES.join(', type=')} (not type=${value})`);
        type = value as TagType;
      } else attrs[key] = value;
    }
    const unknown = Object.keys(attrs).find((key) => !TAG_KEYS[type].includes(key));
    if (unknown) bad(`for type=${type} the keys ${TAG_KEYS[type].join(', ')} (not ${unknown})`);
    if (type === 'semver') {
      if (attrs.pattern === undefined) bad('a pattern for type=semver, e.g. type=semver,pattern={{version}}');
      for (const [, part] of attrs.pattern.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        if (!(PATTERN_PARTS as readonly string[]).includes(part))
          bad(`a semver pattern of ${PATTERN_PARTS.map((p) => `{{${p}}}`).join(', ')} (not {{${part}}})`);
      }
    }
    if (type === 'ref' && !(REF_EVENTS as readonly string[]).includes(attrs.event ?? ''))
      bad(`event=${REF_EVENTS.join(' or event=')} for type=ref`);
    // Present, not necessarily non-empty: a disabled `value=${{ inputs.tag }},enable=false` line is empty on a tag push.
    if (type === 'raw' && attrs.value === undefined) bad('a value for type=raw, e.g. type=raw,value=latest');
    if (type === 'sha') {
      attrs.prefix ??= 'sha-';
      attrs.format ??= 'short';
      if (!(SHA_FORMATS as readonly string[]).includes(attrs.format))
        bad(`format=${SHA_FORMATS.join(' or format=')} for type=sha`);
    }
    for (const key of ['value', 'prefix', 'suffix'] as const) {
      for (const [, name] of (attrs[key] ?? '').matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        if (type === 'semver' && key === 'value') continue;
        if (!(GLOBAL_EXPRESSIONS as readonly string[]).includes(name))
          bad(`${key} expressions of ${GLOBAL_EXPRESSIONS.map((e) => `{{${e}}}`).join(', ')} (not {{${name}}})`);
      }
    }
    const enable = attrs.enable ?? 'true';
    if (enable !== 'true' && enable !== 'false') bad(`enable=true or enable=false (not enable=${enable})`);
    const priority = attrs.priority === undefined ? DEFAULT_PRIORITY[type] : Number(attrs.priority);
    if (!Number.isInteger(priority)) bad(`an integer priority (not priority=${attrs.priority})`);
    return { type, attrs, enable: enable === 'true', priority, line };
  });
  return rules.sort((a, b) => b.priority - a.priority);
}

/** The `flavor` input's `latest=auto|true|false` as a latest policy; metadata-action's other flavor keys are refused. */
export function parseFlavor(text: string, input = 'flavor'): LatestPolicy | undefined {
  let latest: LatestPolicy | undefined;
  for (const line of specLines(text)) {
    for (const field of csvFields(line)) {
      const [key, value] = field.split('=').map((part) => part.trim());
      if (key?.toLowerCase() !== 'latest' || value === undefined)
        throw invalidInput(
          input,
          line,
          'latest=auto, latest=true or latest=false (the one flavor key release-kit takes)',
        );
      const policy = ({ auto: 'auto', true: 'always', false: 'never' } as const)[value];
      if (!policy) throw invalidInput(input, line, 'latest=auto, latest=true or latest=false');
      latest = policy;
    }
  }
  return latest;
}

/** What the rules are applied to: the git ref released (refs/tags/… or refs/heads/…) and its commit. */
export interface TagContext {
  /** The release tag or version (`v1.2.3`, `1.2.3`); empty for a run that releases no tag. */
  version?: string;
  /** The branch, for `type=ref,event=branch` and `{{branch}}`, when the run is not for a tag. */
  branch?: string;
  /** The commit, for `type=sha` and `{{sha}}`. */
  sha?: string;
}

export interface RuleTagOptions {
  latest: LatestPolicy;
  /** The repository's release tags, for `latest: auto` (see SemverTagOptions.releaseTags). */
  releaseTags: readonly string[];
}

/** metadata-action's tag sanitising: every run of characters a tag cannot hold becomes one '-'. */
function sanitizeTag(tag: string): string {
  return tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
}

/**
 * The tags `rules` give for `context`, with docker/metadata-action's semantics: rules in priority
 * order, the first tag produced is the main one (the `version`), later ones are added once each;
 * `type=semver` (and `type=ref,event=tag`) apply only when a tag is released, a prerelease turns every
 * semver pattern into `{{version}}`, `type=sha` is `sha-` and 7 (or, `format=long`, 40) hex digits.
 * `latest` as flavor `latest=auto` gives it, when the main tag came from a semver or tag rule, with one
 * deliberate difference: a prerelease is never `latest`, and nor is a release that another release
 * tag outranks (metadata-action would move `latest` back to a patch of an older line).
 */
export function ruleImageTags(rules: readonly TagRule[], context: TagContext, options: RuleTagOptions): ImageTags {
  const tag = context.version?.trim() || undefined;
  const version = tag ? (versionOfInput(tag) ?? versionOfTag(tag)) : undefined;
  const parsed = version ? semver.parse(version) : null;
  const prerelease = (parsed?.prerelease.length ?? 0) > 0;
  const expression = (text: string) =>
    text.replace(/\{\{\s*(tag|branch|sha)\s*\}\}/g, (_m, name: string) =>
      name === 'tag'
        ? (tag ?? '')
        : name === 'branch'
          ? tag
            ? ''
            : (context.branch ?? '')
          : (context.sha ?? '').slice(0, 7),
    );
  const affix = (rule: TagRule, value: string) =>
    `${expression(rule.attrs.prefix ?? '')}${value}${expression(rule.attrs.suffix ?? '')}`;
  const tags: string[] = [];
  let mainFromRelease: boolean | undefined;
  for (const rule of rules) {
    if (!rule.enable) continue;
    let value: string | undefined;
    let fromRelease = false;
    if (rule.type === 'semver') {
      if (!tag && !rule.attrs.value) continue;
      const source = rule.attrs.value ? expression(rule.attrs.value) : tag!;
      const sv = semver.parse(versionOfInput(source) ?? versionOfTag(source) ?? '');
      if (!sv)
        throw invalidInput(
          'version',
          source,
          `a SemVer release version or tag for ${JSON.stringify(rule.line)}, e.g. 1.2.3 or v1.2.3`,
        );
      const pattern = sv.prerelease.length ? '{{version}}' : rule.attrs.pattern;
      const parts: Record<string, string> = {
        version: sv.version,
        major: String(sv.major),
        minor: String(sv.minor),
        patch: String(sv.patch),
        raw: sv.raw,
      };
      value = affix(
        rule,
        pattern.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, part: string) => parts[part]),
      );
      fromRelease = sv.prerelease.length === 0;
    } else if (rule.type === 'ref') {
      const name = rule.attrs.event === 'tag' ? tag : tag ? undefined : context.branch;
      if (!name) continue;
      value = affix(rule, name);
      fromRelease = rule.attrs.event === 'tag';
    } else if (rule.type === 'raw') {
      value = affix(rule, expression(rule.attrs.value));
    } else {
      if (!context.sha) continue;
      value = affix(rule, rule.attrs.format === 'long' ? context.sha : context.sha.slice(0, 7));
    }
    if (!value) continue;
    const clean = sanitizeTag(value);
    if (!tags.includes(clean)) tags.push(clean);
    mainFromRelease ??= fromRelease;
  }
  const auto = (mainFromRelease ?? false) && !prerelease && (!version || isHighestOfComponent(version, tag!, options));
  const latest = options.latest === 'always' || (options.latest === 'auto' && auto);
  if (latest && !tags.includes('latest')) tags.push('latest');
  for (const t of tags) {
    if (!isValidTag(t))
      throw invalidInput('tags', t, 'rules that give valid image tags ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})');
  }
  return { version: tags[0] ?? '', tags, latest };
}

/** Only tags of the same component count: in a monorepo, `chart-v9.0.0` does not outrank `v1.2.0`. */
function isHighestOfComponent(version: string, tag: string, options: RuleTagOptions): boolean {
  const sameComponent = options.releaseTags.filter((t) => tagComponent(t) === tagComponent(tag));
  return isHighestRelease(version, sameComponent);
}

/**
 * release-kit's default rules: `{{version}}`, `{{major}}.{{minor}}`, and `{{major}}` except for 0.x
 * unless `majorZero` (0.x promises no stability, so a `0` tag would span the releases most likely to
 * break; metadata-action's README disables it the same way, with `enable=${{ !startsWith(github.ref, 'refs/tags/v0.') }}`).
 */
export function defaultTagRules(version: string | undefined, majorZero: boolean): TagRule[] {
  const major = version ? semver.parse(versionOfInput(version) ?? versionOfTag(version) ?? '')?.major : undefined;
  const zeroEnabled = major !== 0 || majorZero;
  return parseTagRules(
    [
      'type=semver,pattern={{version}}',
      'type=semver,pattern={{major}}.{{minor}}',
      `type=semver,pattern={{major}},enable=${zeroEnabled}`,
    ].join('\n'),
  );
}

/**
 * Tags for release `version` (`1.2.3` or a tag such as `v1.2.3`) by release-kit's default rules
 * (defaultTagRules): a prerelease gets only `{version}`, build metadata is dropped (a `+` is no tag
 * character), and `latest` follows `options.latest` (ruleImageTags).
 */
export function semverImageTags(version: string, options: SemverTagOptions): ImageTags {
  const normalised = versionOfInput(version) ?? versionOfTag(version);
  if (!normalised) throw invalidInput('version', version, 'a SemVer release version or tag, e.g. 1.2.3 or v1.2.3');
  return ruleImageTags(defaultTagRules(version, options.majorZero), { version }, options);
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
 * Why a ref slug may not be an image tag: it would overwrite a tag the scheme reserves. `latest` is
 * the policy's alone (a branch named `latest` must not replace production's, whatever the policy), and
 * a slug of 7 to 40 hex digits reads as a commit, whose `$CI_COMMIT_SHORT_SHA` tag is immutable.
 */
function reservedSlug(slug: string): string | undefined {
  if (slug === 'latest') return '"latest" is the latest tag';
  if (/^[0-9a-f]{7,40}$/.test(slug)) return `"${slug}" looks like a commit's $CI_COMMIT_SHORT_SHA tag`;
  return undefined;
}

/**
 * GitLab's scheme (its Docker CI template and container-registry docs): `$CI_COMMIT_SHORT_SHA` and
 * `$CI_COMMIT_REF_SLUG` always, `latest` on the default branch, `$CI_COMMIT_TAG` in a tag pipeline.
 * `latestPolicy` `always` (every pipeline: Buntime's table) and `never` override the default-branch
 * rule. `auto` adds no `latest` to a tag pipeline: GitLab's clone of a tag fetches that tag alone, so
 * the job cannot tell whether a newer release exists. A ref slug that would overwrite a reserved tag
 * (reservedSlug) is refused.
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
  const reserved = reservedSlug(commit.refSlug!);
  if (reserved)
    throw invalidInput(
      'scheme',
      'gitlab',
      `a branch or tag whose CI_COMMIT_REF_SLUG is no reserved image tag: ${reserved}; rename the branch or tag ${commit.tag ?? commit.branch ?? commit.refSlug}`,
    );
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
