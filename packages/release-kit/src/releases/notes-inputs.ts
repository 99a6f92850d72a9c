// The release notes' inputs, parsed and checked: images, charts and CLI files with their digests,
// and what the release's workflows did (signatures, attestations, the signing workflows).
// releases/notes.ts renders what these return; it parses nothing itself.
import { isChartVersion, isSafeChartName } from '../charts/version.js';
import { isSha256Digest, parseReference } from '../oci/reference.js';
import { invalidInput } from '../plumbing/errors.js';
import { anchorPattern } from '../signing/policy.js';
import type { AttestedKind, ChartReference, CliAssets, ImageReference, SignedKind, SignerWorkflows } from './notes.js';

const IMAGE_VALID = 'image references with digests, e.g. ghcr.io/OWNER/NAME:TAG@sha256:<64 hex>';

/**
 * Parse the `images` input: a JSON array (strings or objects with repository/name/image/ref and
 * digest), a JSON object (name → reference), or one `registry/repo[:tag]@sha256:…` per line. Each
 * reference is read by the one image grammar (oci/reference.ts); every image needs a digest, since
 * a tag alone can move.
 */
export function parseImages(raw: string, input = 'images'): ImageReference[] {
  const text = raw.trim();
  if (!text) return [];
  const items = structured(text, input) ?? listLines(text);
  const single = !Array.isArray(items) && typeof items === 'object' && 'digest' in items;
  const list = Array.isArray(items) ? items : single ? [items] : Object.values(items as Record<string, unknown>);
  return list.map((item) => {
    if (typeof item === 'string') return imageReference(item, input);
    if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      const ref = firstString(o, ['reference', 'ref', 'image', 'repository', 'name']);
      const digest = firstString(o, ['digest']);
      if (ref && digest) {
        const parsed = imageReference(ref.includes('@') ? ref : `${ref}@${digest}`, input);
        const tag = firstString(o, ['tag']) ?? parsed.tag;
        return { ...parsed, ...(tag ? { tag } : {}) };
      }
      if (ref) return imageReference(ref, input);
    }
    throw invalidInput(input, item, IMAGE_VALID);
  });
}

function imageReference(text: string, input: string): ImageReference {
  const reference = parseReference(text.replace(/^docker:\/\//, ''), { input, requireTagOrDigest: true });
  if (!reference.digest || !isSha256Digest(reference.digest)) throw invalidInput(input, text, IMAGE_VALID);
  return {
    repository: `${reference.registry}/${reference.repository}`,
    ...(reference.tag !== undefined ? { tag: reference.tag } : {}),
    digest: reference.digest,
  };
}

const CHART_VALID = 'chart references such as oci://ghcr.io/OWNER/charts/NAME:1.2.3';

/**
 * Parse the `charts` input: one `oci://REGISTRY/PATH/NAME:VERSION` (optionally `@sha256:…`) per
 * line, or JSON (strings like that, or objects with reference/registry, name, version, digest,
 * namespace). The version is held to helm's rule (charts/version.ts); an OCI tag spells SemVer's
 * `+` as `_`, which is turned back for `helm --version`.
 */
export function parseCharts(raw: string, input = 'charts'): ChartReference[] {
  const text = raw.trim();
  if (!text) return [];
  const items = structured(text, input) ?? listLines(text);
  const list = Array.isArray(items) ? items : [items];
  return list.map((item) => {
    let ref: string | undefined;
    let version: string | undefined;
    let digest: string | undefined;
    let name: string | undefined;
    let namespace: string | undefined;
    if (typeof item === 'string') ref = item;
    else if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      ref = firstString(o, ['reference', 'ref', 'chart', 'registry', 'repository']);
      version = firstString(o, ['version']);
      digest = firstString(o, ['digest']);
      name = firstString(o, ['name']);
      namespace = firstString(o, ['namespace']);
    }
    if (!ref || !ref.startsWith('oci://')) throw invalidInput(input, item, CHART_VALID);
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
    // An OCI tag cannot hold `+`: a tag-form version (1.2.3_build) is helm's 1.2.3+build.
    if (version && !isChartVersion(version) && isChartVersion(version.replace(/_/g, '+')))
      version = version.replace(/_/g, '+');
    if (!version || !isChartVersion(version) || !isSafeChartName(chartName) || registry.length <= 'oci://'.length)
      throw invalidInput(input, item, CHART_VALID);
    // The location itself is held to the one reference grammar.
    parseReference(`${ref}:${version.replace(/\+/g, '_')}`, { input });
    if (digest && !isSha256Digest(digest))
      throw invalidInput(input, item, `${CHART_VALID} (a digest must be sha256:<64 hex>)`);
    if (namespace !== undefined) checkNamespace(namespace, input);
    return {
      registry,
      name: chartName,
      version,
      ...(digest ? { digest } : {}),
      ...(namespace ? { namespace } : {}),
    };
  });
}

const NAMESPACE = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;

function checkNamespace(namespace: string, input: string): void {
  if (!NAMESPACE.test(namespace))
    throw invalidInput(input, namespace, 'a Kubernetes namespace (lower-case letters, digits and -, at most 63)');
}

/**
 * Apply the `chart-namespaces` input: `NAME=NAMESPACE` per line (or comma), or one namespace for
 * every chart. A name that is not one of the charts is refused: it would be a typo that silently
 * leaves a chart's helm command without its namespace.
 */
export function applyChartNamespaces(
  charts: readonly ChartReference[],
  raw: string,
  input = 'chart-namespaces',
): ChartReference[] {
  const entries = listLines(raw.trim(), true);
  if (entries.length === 0) return [...charts];
  if (entries.length === 1 && !entries[0].includes('=')) {
    checkNamespace(entries[0], input);
    return charts.map((chart) => ({ ...chart, namespace: chart.namespace ?? entries[0] }));
  }
  const byName = new Map<string, string>();
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const name = entry.slice(0, eq).trim();
    const namespace = entry.slice(eq + 1).trim();
    if (eq < 0 || !charts.some((c) => c.name === name))
      throw invalidInput(
        input,
        entry,
        `CHART=NAMESPACE for a chart in charts (${charts.map((c) => c.name).join(', ') || 'none given'}), or one namespace for every chart`,
      );
    checkNamespace(namespace, input);
    byName.set(name, namespace);
  }
  return charts.map((chart) => ({ ...chart, namespace: byName.get(chart.name) ?? chart.namespace }));
}

/**
 * Parse the `cli-assets` input: file names (one per line, or a JSON array of names or of objects
 * with `name`). The one ending in `checksums.txt` is the checksums file; signatures and
 * certificates are not archives.
 */
export function parseCliAssets(raw: string, input = 'cli-assets'): CliAssets {
  const text = raw.trim();
  if (!text) return { archives: [] };
  const items = structured(text, input) ?? listLines(text, true);
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

/** `images, charts` (commas or lines) → the kinds listed, each once, in `valid`'s order. */
export function parseKinds<K extends string>(raw: string, valid: readonly K[], input: string): K[] {
  const given = listLines(raw.trim(), true);
  for (const kind of given)
    if (!(valid as readonly string[]).includes(kind))
      throw invalidInput(input, kind, `any of ${valid.join(', ')} (comma-separated)`);
  return valid.filter((kind) => given.includes(kind));
}

export const SIGNED_KINDS: readonly SignedKind[] = ['images', 'charts'];
export const ATTESTED_KINDS: readonly AttestedKind[] = ['images', 'archives', 'checksums'];

/**
 * Refuse claims the other inputs cannot back: a chart signature is checked by digest, so claiming
 * signed charts needs every chart's digest (the notes would otherwise print a command that checks
 * nothing, or nothing at all).
 */
export function checkClaims(signatures: readonly SignedKind[], charts: readonly ChartReference[]): void {
  const undigested = charts.filter((c) => !c.digest).map((c) => c.name);
  if (signatures.includes('charts') && undigested.length)
    throw invalidInput(
      'signatures',
      signatures.join(', '),
      `charts only when every chart in charts has its digest (${undigested.join(', ')} has none, so its signature could not be named)`,
    );
}

/**
 * Parse `signer-workflows`: `OWNER/REPO@REF`, the repository and ref of the workflows that sign and
 * attest (the release-kit pack's, when its reusable workflows are called). REF as written after `@`
 * in `uses:`: a tag name (`v1`), a full ref, or a commit SHA; the certificate names it as a ref.
 */
export function parseSignerWorkflows(raw: string, input = 'signer-workflows'): SignerWorkflows {
  const match = /^([A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+)@([A-Za-z0-9][\w./+-]*)$/.exec(raw.trim());
  if (!match || match[2].includes('..'))
    throw invalidInput(input, raw, 'OWNER/REPO@REF as in `uses:`, e.g. acme/release-kit@v1');
  return { repository: match[1], ref: workflowRef(match[2]) };
}

/** The ref a certificate names for `uses: …@REF`: a SHA or full ref as is, else a tag. */
export function workflowRef(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) || ref.startsWith('refs/') ? ref : `refs/tags/${ref}`;
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

/** Non-empty, non-comment lines (and, with `commas`, comma-separated items). */
function listLines(text: string, commas = false): string[] {
  return text
    .split(commas ? /\r?\n|,/ : /\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
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
