// Render a release body in the seed outline (Summary … Changelog) from a changelog section and inputs.
// It claims only what its inputs say exists: commands for signatures and attestations appear only
// when `claims` names them, and every name and digest comes from the inputs (releases/notes-inputs.ts).
import semver from 'semver';
import { UserError } from '../plumbing/errors.js';
import { GITHUB_ACTIONS_ISSUER } from '../signing/policy.js';
import type { Changelog, ChangelogSection } from '../changelog/parse.js';
import { BREAKING_CHANGE_TYPE, breakingEntries } from '../changelog/parse.js';

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
  /** The namespace helm installs it into (`--namespace … --create-namespace`). */
  namespace?: string;
}

/** The CLI archives attached to the release and the checksums file that covers them. */
export interface CliAssets {
  archives: string[];
  checksumsFile?: string;
}

/** What carries a keyless cosign signature. */
export type SignedKind = 'images' | 'charts';
/** What has a GitHub build-provenance attestation (actions/attest-build-provenance). */
export type AttestedKind = 'images' | 'archives' | 'checksums';

/** The repository and ref of the workflows that sign and attest: the identity their certificates carry. */
export interface SignerWorkflows {
  /** `acme/release-kit` (the pack's reusable workflows) or the project itself. */
  repository: string;
  /** `refs/tags/v1`, `refs/heads/main` or a commit SHA. */
  ref: string;
}

/** The workflow file that signs or attests each kind (the pack's reusable workflows). */
export const SIGNING_WORKFLOWS: Readonly<Record<SignedKind | AttestedKind, string>> = {
  images: 'release-images.yml',
  charts: 'release-charts.yml',
  archives: 'release-cli.yml',
  checksums: 'release-cli.yml',
};

/**
 * What the release's workflows did, as the notes may claim it. Nothing is claimed unless listed:
 * a command for a signature or attestation that does not exist would fail for every user.
 */
export interface NotesClaims {
  signatures: SignedKind[];
  attestations: AttestedKind[];
  signer: SignerWorkflows;
  /** Overrides the image signer identity with an anchored pattern (`certificate-identity-regexp`). */
  imageIdentityRegexp?: string;
}

/** What the maintainer adds to the changelog section: the inputs that go into the notes as given. */
export interface NotesContent {
  summary?: string;
  upgradeNotes?: string;
  knownLimitations?: string;
  images: ImageReference[];
  charts: ChartReference[];
  cliAssets: CliAssets;
  claims: NotesClaims;
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
  charts: 'a table of the Helm charts, their versions and digests',
  verification:
    'the `release-kit verify-release` command, then the helm, sha256sum and (for what is signed or attested) cosign and gh attestation commands',
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
  '## Charts',
  '',
  '{{charts}}',
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
    charts: chartsTable(ctx.charts),
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

function chartsTable(charts: ChartReference[]): string {
  if (!charts.length) return 'This release publishes no Helm charts.';
  return [
    '| Chart | Version | Digest |',
    '| --- | --- | --- |',
    ...charts.map(
      (c) => `| \`${c.registry}/${c.name}\` | \`${c.version}\` | ${c.digest ? `\`${c.digest}\`` : '(not given)'} |`,
    ),
  ].join('\n');
}

/** The certificate identity (SAN) of a workflow run of `file` at the signer's ref. */
export function signerIdentity(serverUrl: string, signer: SignerWorkflows, file: string): string {
  return `${serverUrl}/${signer.repository}/.github/workflows/${file}@${signer.ref}`;
}

/** `gh attestation verify --signer-workflow`: `[host/]OWNER/REPO/.github/workflows/FILE`. */
function signerWorkflowFlag(serverUrl: string, signer: SignerWorkflows, file: string): string {
  const host = new URL(serverUrl).host;
  return `${host === 'github.com' ? '' : `${host}/`}${signer.repository}/.github/workflows/${file}`;
}

/** The lines of one `cosign verify`, bound to the identity, the issuer and this repository. */
function cosignLines(subject: string, identity: { exact?: string; regexp?: string }, repository: string): string[] {
  return [
    `cosign verify ${subject} \\`,
    identity.regexp !== undefined
      ? `  --certificate-identity-regexp ${shellQuote(identity.regexp)} \\`
      : `  --certificate-identity ${identity.exact} \\`,
    `  --certificate-oidc-issuer ${GITHUB_ACTIONS_ISSUER} \\`,
    `  --certificate-github-workflow-repository ${repository}`,
  ];
}

function verification(ctx: NotesContext): string {
  const repository = `${ctx.owner}/${ctx.repo}`;
  const { claims } = ctx;
  const signed = (kind: SignedKind) => claims.signatures.includes(kind);
  const attested = (kind: AttestedKind) => claims.attestations.includes(kind);
  const identity = (kind: SignedKind) => signerIdentity(ctx.serverUrl, claims.signer, SIGNING_WORKFLOWS[kind]);
  const attestation = (subject: string, kind: AttestedKind) =>
    `gh attestation verify ${subject} --repo ${repository} --signer-workflow ${signerWorkflowFlag(ctx.serverUrl, claims.signer, SIGNING_WORKFLOWS[kind])}`;
  const parts: string[] = [];
  const paragraph = (...lines: string[]) => {
    if (parts.length) parts.push('');
    parts.push(...lines);
  };
  const { archives, checksumsFile } = ctx.cliAssets;
  if (!ctx.images.length && !ctx.charts.length && !archives.length && !checksumsFile)
    return 'This release has no images, charts or files to verify.';

  const what = [
    ctx.images.length && 'image digests',
    ctx.charts.length && 'charts',
    (archives.length || checksumsFile) && 'checksums',
    claims.signatures.length && 'signatures',
    claims.attestations.length && 'attestations',
  ].filter(Boolean);
  const pack = claims.signer.repository.toLowerCase() !== repository.toLowerCase();
  paragraph(
    `Check everything below (${what.join(', ')}) in one command with the release-kit CLI${pack ? ` ([${claims.signer.repository}](${ctx.serverUrl}/${claims.signer.repository}))` : ''}:`,
    '',
    '```sh',
    `release-kit verify-release ${ctx.tag} --repository ${repository}`,
    '```',
  );

  if (ctx.images.length) {
    const imageIdentity = claims.imageIdentityRegexp
      ? { regexp: claims.imageIdentityRegexp }
      : { exact: identity('images') };
    const lines = ctx.images.flatMap((i) => [
      ...(signed('images') ? cosignLines(`${i.repository}@${i.digest}`, imageIdentity, repository) : []),
      ...(attested('images') ? [attestation(`oci://${i.repository}@${i.digest}`, 'images')] : []),
    ]);
    const signer = claims.imageIdentityRegexp
      ? `a workflow matching \`${claims.imageIdentityRegexp}\``
      : `\`${identity('images')}\``;
    if (!lines.length) paragraph('Pull each image by the digest in the table above.');
    else
      paragraph(
        [
          signed('images') ? `Each image is signed keylessly by ${signer} in a run of ${repository}` : '',
          attested('images')
            ? `${signed('images') ? ', and carries' : 'Each image carries'} a build-provenance attestation from that run`
            : '',
          '; these commands check the signer, the repository and the digest:',
        ].join(''),
        '',
        '```sh',
        ...lines,
        '```',
      );
  }

  if (ctx.charts.length) {
    paragraph(
      'Install or upgrade each chart from its OCI registry:',
      '',
      '```sh',
      ...ctx.charts.map(
        (c) =>
          `helm upgrade --install ${c.name} ${c.registry}/${c.name} --version ${c.version}${c.namespace ? ` --namespace ${c.namespace} --create-namespace` : ''}`,
      ),
      '```',
    );
    if (signed('charts'))
      paragraph(
        `Each chart is signed keylessly by \`${identity('charts')}\` in a run of ${repository}; \`helm pull\` prints the digest it fetched, which must be the one checked here:`,
        '',
        '```sh',
        ...ctx.charts.flatMap((c) =>
          cosignLines(
            `${c.registry.replace(/^oci:\/\//, '')}/${c.name}@${c.digest}`,
            { exact: identity('charts') },
            repository,
          ),
        ),
        '```',
      );
  }

  if (archives.length || checksumsFile) {
    const files = [...archives, ...(checksumsFile ? [checksumsFile] : [])];
    paragraph(
      checksumsFile ? 'The CLI archives and the checksums file that covers them:' : 'The CLI archives:',
      '',
      '| File |',
      '| --- |',
      ...files.map((f) => `| \`${f}\` |`),
      '',
      '```sh',
      `gh release download ${ctx.tag} --repo ${repository}`,
      ...(checksumsFile ? [`sha256sum --check --ignore-missing ${checksumsFile}`] : []),
      ...(attested('archives') ? archives.map((a) => attestation(a, 'archives')) : []),
      ...(attested('checksums') && checksumsFile ? [attestation(checksumsFile, 'checksums')] : []),
      '```',
    );
  }
  return parts.join('\n');
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
