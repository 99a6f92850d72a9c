// Render a release body in the seed outline (Summary … Changelog) from a changelog section and inputs.
import semver from 'semver';
import { invalidInput, UserError } from '../plumbing/errors.js';
import { anchorPattern, GITHUB_ACTIONS_ISSUER } from '../signing/policy.js';
import type { Changelog, ChangelogSection } from '../changelog/parse.js';
import { BREAKING_CHANGE_TYPE, breakingEntries } from '../changelog/parse.js';
import { isSha256Digest } from '../oci/reference.js';
import { escapeRegExp } from '../plumbing/regexp.js';

/** GitHub refuses release bodies longer than this many characters. */
export const RELEASE_BODY_LIMIT = 125_000;

/** A container image with its digest, e.g. `ghcr.io/acme/kruntimes:v0.2.0@sha256:…`. */
export interface ImageReference {
  /** Registry and repository, no tag or digest: `ghcr.io/acme/kruntimes`. */
  repository: string;
  tag?: string;
  digest: string;
}

/** A Helm chart in an OCI registry: `oci://ghcr.io/acme/charts` + `kruntimes` + `0.2.0`. */
export interface ChartReference {
  /** `oci://ghcr.io/acme/charts` (without the chart name). */
  registry: string;
  name: string;
  version: string;
  digest?: string;
}

/** The CLI archives attached to the release and the checksums file that covers them. */
export interface CliAssets {
  archives: string[];
  checksumsFile?: string;
}

/** What the maintainer adds to the changelog section: the inputs that go into the notes as given. */
export interface NotesContent {
  summary?: string;
  upgradeNotes?: string;
  knownLimitations?: string;
  images: ImageReference[];
  charts: ChartReference[];
  cliAssets: CliAssets;
  /** Overrides the default 0.x notice; only used for 0.x versions. */
  experimentalNotice?: string;
}

export interface NotesContext extends NotesContent {
  owner: string;
  repo: string;
  /** https://github.com (or the GHES server). */
  serverUrl: string;
  tag: string;
  version: string;
  changelog: Changelog;
  section: ChangelogSection;
  /** Link to the full changelog (at the tag). */
  changelogUrl: string;
  installDocsUrl: string;
  /** Anchored regexp of the signing workflow identity; defaults to this repository's release-images.yml at the tag. */
  certificateIdentityRegexp?: string;
}

/**
 * The placeholders a template may use, with what each holds. Documented in the action's README;
 * any other `{{…}}` in a template is an error.
 */
export const PLACEHOLDERS: Record<string, string> = {
  version: 'the version, without `v` (0.2.0)',
  tag: 'the release tag (v0.2.0)',
  repository: 'OWNER/REPO',
  date: 'the date of the changelog section (YYYY-MM-DD), or empty',
  experimental_notice: 'the 0.x experimental sentence (empty from 1.0.0 on)',
  summary: 'the `summary` input, else the text before the first ### in the section, else a count of the changes',
  breaking_changes: 'the breaking changes as a list, or "None."',
  upgrade_notes: 'the `upgrade-notes` input, or a default sentence',
  images: 'a table of the images and their digests',
  verification: 'the cosign, helm, sha256sum and gh attestation commands for this release',
  known_limitations: 'the `known-limitations` input, or "None known."',
  changelog: 'the changelog section as written (its ### Breaking Changes subsection moves up)',
  changelog_url: 'link to the full changelog at the tag',
  install_docs_url: 'link to the installation docs',
  links: 'one line linking the full changelog and the installation docs',
};

/** The built-in template: the seed outline. */
export const BUILT_IN_TEMPLATE = [
  '## Summary',
  '',
  '{{experimental_notice}}',
  '',
  '{{summary}}',
  '',
  '## Breaking Changes',
  '',
  '{{breaking_changes}}',
  '',
  '## Upgrade Notes',
  '',
  '{{upgrade_notes}}',
  '',
  '## Images',
  '',
  '{{images}}',
  '',
  '## Verification',
  '',
  '{{verification}}',
  '',
  '## Known Limitations',
  '',
  '{{known_limitations}}',
  '',
  '## Changelog',
  '',
  '{{changelog}}',
  '',
  '{{links}}',
  '',
].join('\n');

/** The default 0.x sentence, naming the v1alpha1 APIs. */
export function defaultExperimentalNotice(repo: string, version: string): string {
  return `**Experimental:** ${repo} ${version} is a 0.x release. Its \`v1alpha1\` APIs may change incompatibly in any minor release without a deprecation period; do not rely on them in production yet.`;
}

/** Every placeholder's value for this release. */
export function placeholderValues(ctx: NotesContext): Record<keyof typeof PLACEHOLDERS, string> {
  const { section } = ctx;
  const zeroMajor = semver.major(ctx.version) === 0;
  const notice = zeroMajor
    ? quote((ctx.experimentalNotice ?? '').trim() || defaultExperimentalNotice(ctx.repo, ctx.version))
    : '';
  const breaking = breakingEntries(section);
  const preamble = section.preamble;
  const summaryInput = ctx.summary?.trim();
  const summary = [
    summaryInput || preamble || countSummary(ctx),
    section.yanked ? `**This version was yanked:** do not use it; see the changelog for the replacement.` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const links = `Full changelog: [CHANGELOG.md](${ctx.changelogUrl}) · Installation: [docs](${ctx.installDocsUrl})`;
  return {
    version: ctx.version,
    tag: ctx.tag,
    repository: `${ctx.owner}/${ctx.repo}`,
    date: section.date ?? '',
    experimental_notice: notice,
    summary,
    breaking_changes: breaking.length
      ? breaking
          .map(
            (e) =>
              `- ${indentContinuation(e.text.replace(/^(?:\*\*breaking(?: change)?:?\*\*:?|breaking(?: change)?:)\s*/i, ''))}`,
          )
          .join('\n')
      : 'None.',
    upgrade_notes:
      ctx.upgradeNotes?.trim() ||
      (breaking.length
        ? 'Read the breaking changes above before upgrading.'
        : `No special steps: upgrade to ${ctx.tag} in place.`),
    images: imagesTable(ctx.images),
    verification: verification(ctx),
    known_limitations: ctx.knownLimitations?.trim() || 'None known.',
    changelog: changelogText(ctx, Boolean(!summaryInput && preamble)),
    changelog_url: ctx.changelogUrl,
    install_docs_url: ctx.installDocsUrl,
    links,
  };
}

/** Render with the built-in template, or a user template (`templateFile` names it in errors). */
export function renderNotes(ctx: NotesContext, template?: { text: string; file: string }): string {
  return fillTemplate(
    template?.text ?? BUILT_IN_TEMPLATE,
    placeholderValues(ctx),
    template?.file ?? 'built-in template',
  );
}

/**
 * Replace `{{ name }}` placeholders. An unknown name is a UserError with file and line, so a typo
 * never ships as literal braces. A placeholder alone on its line with an empty value takes the
 * line (and one blank line after it) away, so optional parts leave no gaps.
 */
export function fillTemplate(template: string, values: Record<string, string>, file: string): string {
  const text = template.replace(/\r\n?/g, '\n');
  const placeholder = /\{\{([^{}]*)\}\}/g;
  for (const match of text.matchAll(placeholder)) {
    const name = match[1].trim();
    if (!Object.hasOwn(values, name)) {
      const line = text.slice(0, match.index).split('\n').length;
      throw new UserError(
        `${file}:${line}: unknown placeholder ${JSON.stringify(match[0])}; expected one of ${Object.keys(values)
          .map((k) => `{{${k}}}`)
          .join(', ')}`,
        {
          input: 'template',
          value: match[0],
          valid: Object.keys(values).join(', '),
          location: { file, line },
        },
      );
    }
  }
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const alone = /^\s*\{\{([^{}]*)\}\}\s*$/.exec(lines[i]);
    if (alone && values[alone[1].trim()] === '') {
      if (lines[i + 1]?.trim() === '') i++;
      continue;
    }
    // A function replacement, so `$&` and friends in values stay literal.
    out.push(lines[i].replace(placeholder, (_m, name: string) => values[name.trim()]));
  }
  return out.join('\n').replace(/\s+$/, '') + '\n';
}

export interface CappedBody {
  body: string;
  truncated: boolean;
}

/**
 * Cut the body to GitHub's limit, at a line boundary, closing an open code fence, and end it with a
 * link to the full changelog. Done before any API call, so a long changelog never fails a release.
 */
export function capBody(body: string, changelogUrl: string, limit = RELEASE_BODY_LIMIT): CappedBody {
  if (body.length <= limit) return { body, truncated: false };
  const notice = `\n\n---\n\n*These notes were cut to fit GitHub's ${limit.toLocaleString('en-US')}-character limit. Read the full changelog: ${changelogUrl}*\n`;
  const fence = '\n```';
  let kept = body.slice(0, Math.max(0, limit - notice.length - fence.length));
  const lastNewline = kept.lastIndexOf('\n');
  if (lastNewline > 0) kept = kept.slice(0, lastNewline);
  const fences = kept.split('\n').filter((line) => /^\s{0,3}(```|~~~)/.test(line)).length;
  if (fences % 2 === 1) kept += fence;
  return { body: kept + notice, truncated: true };
}

function countSummary(ctx: NotesContext): string {
  const groups = ctx.section.groups.filter((g) => g.entries.length);
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  if (!total) return `${ctx.owner}/${ctx.repo} ${ctx.tag}.`;
  const counts = groups.map((g) => `${g.type}: ${g.entries.length}`).join(', ');
  return `${ctx.owner}/${ctx.repo} ${ctx.tag} has ${total} ${total === 1 ? 'change' : 'changes'} (${counts}).`;
}

function changelogText(ctx: NotesContext, preambleUsedAsSummary: boolean): string {
  const parts: string[] = [];
  if (ctx.section.preamble && !preambleUsedAsSummary) parts.push(ctx.section.preamble);
  for (const group of ctx.section.groups) {
    if (group.type === BREAKING_CHANGE_TYPE || !group.body) continue;
    parts.push(`### ${group.type}\n\n${group.body}`);
  }
  return parts.join('\n\n') || 'No changes listed.';
}

function imagesTable(images: ImageReference[]): string {
  if (!images.length) return 'This release publishes no container images.';
  return [
    '| Image | Digest |',
    '| --- | --- |',
    ...images.map((i) => `| \`${i.repository}${i.tag ? `:${i.tag}` : ''}\` | \`${i.digest}\` |`),
  ].join('\n');
}

function verification(ctx: NotesContext): string {
  const repository = `${ctx.owner}/${ctx.repo}`;
  const parts: string[] = [];
  if (ctx.images.length) {
    const identity =
      ctx.certificateIdentityRegexp ?? defaultIdentityRegexp(ctx.serverUrl, ctx.owner, ctx.repo, ctx.tag);
    parts.push(
      'Images are signed keylessly by the images workflow of this repository. Verify the signature and the build provenance:',
      '',
      '```sh',
      ...ctx.images.flatMap((i) => [
        `cosign verify ${i.repository}@${i.digest} \\`,
        `  --certificate-identity-regexp ${shellQuote(identity)} \\`,
        `  --certificate-oidc-issuer ${GITHUB_ACTIONS_ISSUER}`,
        `gh attestation verify oci://${i.repository}@${i.digest} --repo ${repository}`,
      ]),
      '```',
    );
  }
  if (ctx.charts.length) {
    if (parts.length) parts.push('');
    parts.push(
      'Install or upgrade the chart from its OCI registry:',
      '',
      '```sh',
      ...ctx.charts.map((c) => `helm upgrade --install ${c.name} ${c.registry}/${c.name} --version ${c.version}`),
      '```',
    );
  }
  const checksums = ctx.cliAssets.checksumsFile;
  if (ctx.cliAssets.archives.length || checksums) {
    if (parts.length) parts.push('');
    parts.push(
      'Download the CLI archives, then check them against the checksums file and their build provenance:',
      '',
      '```sh',
      `gh release download ${ctx.tag} --repo ${repository}`,
      ...(checksums ? [`sha256sum --check --ignore-missing ${checksums}`] : []),
      ...ctx.cliAssets.archives.map((a) => `gh attestation verify ${a} --repo ${repository}`),
      '```',
    );
  }
  return parts.length ? parts.join('\n') : 'This release has no signed images, charts or archives to verify.';
}

/** The workflow file that builds and signs the images (the seed's `.github/workflows/release-images.yml`). */
export const IMAGES_WORKFLOW = 'release-images.yml';

/**
 * The identity cosign must see in the certificate: the images workflow of this repository running
 * for this tag, and no other workflow (any workflow of the repository could otherwise vouch for an
 * image). Anchored at both ends, because cosign matches the regexp anywhere in the identity.
 */
export function defaultIdentityRegexp(
  serverUrl: string,
  owner: string,
  repo: string,
  tag: string,
  workflow = IMAGES_WORKFLOW,
): string {
  return `^${escapeRegExp(`${serverUrl}/${owner}/${repo}/.github/workflows/${workflow}@refs/tags/${tag}`)}$`;
}

/**
 * Check a user-supplied identity regexp: it must compile and be written anchored with ^ and $.
 * The result is anchored the way verify-images anchors its pattern (signing/policy.ts anchorPattern),
 * so `^a|b$`, whose ^ and $ bind only the outer branches, becomes `^(?:a|b)$`.
 */
export function checkIdentityRegexp(regexp: string, input = 'certificate-identity-regexp'): string {
  try {
    new RegExp(regexp);
  } catch {
    throw invalidInput(input, regexp, 'a valid regular expression');
  }
  const anchored = anchorPattern(regexp);
  // anchorPattern keeps a pattern already anchored at both ends, wraps one whose ^…$ hold only for a
  // top-level |, and otherwise adds anchors the user did not write: that last case is refused here,
  // since the notes publish the pattern and should show exactly what the user gave.
  const writtenAnchored =
    regexp.startsWith('^') && (anchored === regexp || anchored === `^(?:${regexp.slice(1, -1)})$`);
  if (!writtenAnchored) {
    throw invalidInput(
      input,
      regexp,
      'a regexp anchored with ^ and $ (cosign matches unanchored regexps anywhere in the identity)',
    );
  }
  return anchored;
}

/** Quote for POSIX sh: single quotes, with embedded ones closed and escaped. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
}

function indentContinuation(text: string): string {
  return text.replace(/\n/g, '\n  ');
}

/**
 * Parse the `images` input: a JSON array (strings or objects with repository/name/image/ref and
 * digest), a JSON object (name → reference), or one `registry/repo[:tag]@sha256:…` per line.
 * Every image needs a digest: a tag alone can move.
 */
export function parseImages(raw: string, input = 'images'): ImageReference[] {
  const text = raw.trim();
  if (!text) return [];
  const items =
    structured(text, input) ??
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  const single = !Array.isArray(items) && typeof items === 'object' && 'digest' in items;
  const list = Array.isArray(items) ? items : single ? [items] : Object.values(items as Record<string, unknown>);
  return list.map((item) => {
    if (typeof item === 'string') return imageFromString(item, input);
    if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      const ref = firstString(o, ['reference', 'ref', 'image', 'repository', 'name']);
      const digest = firstString(o, ['digest']);
      if (ref && digest) {
        const parsed = ref.includes('@') ? imageFromString(ref, input) : imageFromString(`${ref}@${digest}`, input);
        const tag = firstString(o, ['tag']) ?? parsed.tag;
        return { ...parsed, ...(tag ? { tag } : {}) };
      }
      if (ref) return imageFromString(ref, input);
    }
    throw invalidInput(input, item, 'image references with digests, e.g. ghcr.io/OWNER/NAME:TAG@sha256:<64 hex>');
  });
}

function imageFromString(text: string, input: string): ImageReference {
  const at = text.lastIndexOf('@');
  const digest = at >= 0 ? text.slice(at + 1) : '';
  if (at < 0 || !isSha256Digest(digest)) {
    throw invalidInput(input, text, 'an image reference with a digest, e.g. ghcr.io/OWNER/NAME:TAG@sha256:<64 hex>');
  }
  const name = text.slice(0, at).replace(/^docker:\/\//, '');
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const hasTag = colon > slash;
  const repository = hasTag ? name.slice(0, colon) : name;
  if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+$/.test(repository)) {
    throw invalidInput(input, text, 'an image reference with a digest, e.g. ghcr.io/OWNER/NAME:TAG@sha256:<64 hex>');
  }
  return { repository, ...(hasTag ? { tag: name.slice(colon + 1) } : {}), digest };
}

/**
 * Parse the `charts` input: one `oci://REGISTRY/PATH/NAME:VERSION` (optionally `@sha256:…`) per
 * line, or JSON (strings like that, or objects with reference/registry, name, version).
 * An OCI tag spells SemVer's `+` as `_`; it is turned back for `helm --version`.
 */
export function parseCharts(raw: string, input = 'charts'): ChartReference[] {
  const text = raw.trim();
  if (!text) return [];
  const items =
    structured(text, input) ??
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  const list = Array.isArray(items) ? items : [items];
  const valid = 'chart references such as oci://ghcr.io/OWNER/charts/NAME:1.2.3';
  return list.map((item) => {
    let ref: string | undefined;
    let version: string | undefined;
    let digest: string | undefined;
    let name: string | undefined;
    if (typeof item === 'string') ref = item;
    else if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      ref = firstString(o, ['reference', 'ref', 'chart', 'registry', 'repository']);
      version = firstString(o, ['version']);
      digest = firstString(o, ['digest']);
      name = firstString(o, ['name']);
    }
    if (!ref || !ref.startsWith('oci://')) throw invalidInput(input, item, valid);
    const at = ref.indexOf('@');
    if (at >= 0) {
      digest = ref.slice(at + 1);
      ref = ref.slice(0, at);
    }
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    if (colon > slash && colon > 'oci://'.length) {
      version ??= ref.slice(colon + 1);
      ref = ref.slice(0, colon);
    }
    if (name && !ref.endsWith(`/${name}`)) ref = `${ref}/${name}`;
    const chartName = ref.slice(ref.lastIndexOf('/') + 1);
    const registry = ref.slice(0, ref.lastIndexOf('/'));
    if (version && !semver.valid(version) && semver.valid(version.replace(/_/g, '+')))
      version = version.replace(/_/g, '+');
    if (!version || !semver.valid(version) || !chartName || registry.length <= 'oci://'.length)
      throw invalidInput(input, item, valid);
    if (digest && !isSha256Digest(digest))
      throw invalidInput(input, item, `${valid} (a digest must be sha256:<64 hex>)`);
    return { registry, name: chartName, version, ...(digest ? { digest } : {}) };
  });
}

/**
 * Parse the `cli-assets` input: file names (one per line, or a JSON array of names or of objects
 * with `name`). The one ending in `checksums.txt` is the checksums file; signatures and
 * certificates are left out of the attestation commands.
 */
export function parseCliAssets(raw: string, input = 'cli-assets'): CliAssets {
  const text = raw.trim();
  if (!text) return { archives: [] };
  const items =
    structured(text, input) ??
    text
      .split(/\r?\n|,/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  const list = Array.isArray(items) ? items : [items];
  const names = list.map((item) => {
    const name =
      typeof item === 'string'
        ? item
        : item && typeof item === 'object'
          ? firstString(item as Record<string, unknown>, ['name', 'path', 'file'])
          : undefined;
    if (!name || /[\s/\\]/.test(name.replace(/^.*\//, '')) || name.includes('..'))
      throw invalidInput(input, item, 'asset file names such as NAME_v1.2.3_linux_amd64.tar.gz');
    return name.replace(/^.*\//, '');
  });
  const checksumsFile = names.find((n) => /checksums\.txt$/i.test(n));
  const archives = names.filter(
    (n) => n !== checksumsFile && !/\.(sig|pem|crt|sigstore(\.json)?|intoto\.jsonl|sbom\.json|spdx\.json)$/i.test(n),
  );
  return { archives, ...(checksumsFile ? { checksumsFile } : {}) };
}

function structured(text: string, input: string): unknown[] | Record<string, unknown> | undefined {
  if (!/^[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown[] | Record<string, unknown>;
  } catch {
    throw invalidInput(input, text, 'valid JSON, or one reference per line');
  }
}

function firstString(o: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) if (typeof o[key] === 'string' && o[key]) return o[key];
  return undefined;
}
