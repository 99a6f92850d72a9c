// Parsing and printing OCI references: `oci://host/path`, `host/path/name:tag`, `host/path@sha256:…`.
import { UserError, invalidInput, showValue } from '../plumbing/errors.js';

/** A registry location: host (with port) plus repository, and optionally a tag and/or a digest. */
export interface OciReference {
  /** `ghcr.io`, `127.0.0.1:5000`, `localhost:5000`. */
  registry: string;
  /** `owner/charts/foo` (lower case, slash-separated path components). */
  repository: string;
  tag?: string;
  /** `sha256:<64 hex>` or `sha512:<128 hex>`. */
  digest?: string;
}

// The grammar of distribution/reference (reference.go), restated rather than imported because that
// library is Go-only; anchored so a lookalike cannot slip through a prefix match.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;

export interface ParseReferenceOptions {
  /** Input name for error messages. */
  input?: string;
  /** Require a tag or a digest (an image reference) rather than allowing a bare repository. */
  requireTagOrDigest?: boolean;
}

/**
 * True for a registry host as distribution's reference grammar writes it: DNS labels or a bracketed
 * IPv6 address, optionally `:PORT` (`ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`). The one host rule:
 * the OCI client and the chart `registry` input check hosts with it too.
 */
export function isValidRegistryHost(host: string): boolean {
  return HOST.test(host);
}

/** True for a valid OCI tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`). */
export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

/** True for a `sha256:<hex>` / `sha512:<hex>` digest in canonical lower-case form. */
export function isValidDigest(digest: string): boolean {
  return DIGEST.test(digest);
}

/** True for `sha256:<64 lower-case hex>`, the one algorithm registries, cosign and GitHub all report. */
export function isSha256Digest(digest: string): boolean {
  return digest.startsWith('sha256:') && DIGEST.test(digest);
}

/** True for a repository name the registry accepts (`owner/charts/foo`). */
export function isValidRepository(repository: string): boolean {
  return (
    repository.length > 0 &&
    repository.length <= 255 &&
    repository.split('/').every((part) => PATH_COMPONENT.test(part))
  );
}

/** Docker Hub, as Docker names it in a normalised reference. */
export const DOCKER_HUB = 'docker.io';
/** Docker Hub's other spellings, normalised to DOCKER_HUB as Docker does. */
const DOCKER_HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io']);

/**
 * A registry host as an input names it (`ghcr.io`, `127.0.0.1:5000`, `docker.io`), normalised the
 * way parseReference normalises a reference's host, so the two compare equal.
 */
export function parseRegistryHost(text: string, input: string): string {
  const host = text.trim().toLowerCase();
  if (!isValidRegistryHost(host))
    throw invalidInput(input, text, 'a registry host such as ghcr.io or 127.0.0.1:5000 (no scheme, no path)');
  return DOCKER_HUB_ALIASES.has(host) ? DOCKER_HUB : host;
}

/**
 * The one grammar for OCI references: `oci://ghcr.io/owner/charts`, `ghcr.io/owner/img:1.0`,
 * `127.0.0.1:5000/a/b@sha256:…` or `host/a/b:tag@sha256:…`.
 *
 * Without a scheme it is an image reference, normalised the way Docker does it
 * (distribution/reference ParseNormalizedNamed): when the first component has no dot, no port and is
 * not `localhost`, it is a Docker Hub name, so `acme/app` is `docker.io/acme/app` and `nginx` is
 * `docker.io/library/nginx`. An `oci://` location (a chart registry) must name its host: guessing
 * `docker.io` there would push to the wrong place, so it is refused with a hint.
 */
export function parseReference(text: string, options: ParseReferenceOptions = {}): OciReference {
  const fail = (why: string): never => {
    const subject = options.input
      ? `input '${options.input}' has invalid value ${showValue(text)}`
      : `invalid OCI reference ${showValue(text)}`;
    throw new UserError(`${subject}: ${why}`, {
      input: options.input,
      value: text,
      valid: options.requireTagOrDigest
        ? '[HOST/]REPOSITORY:TAG or [HOST/]REPOSITORY@sha256:DIGEST'
        : 'oci://HOST/REPOSITORY',
    });
  };
  let rest = text.trim();
  if (rest === '') fail('it is empty');
  let oci = false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rest)) {
    if (!rest.toLowerCase().startsWith('oci://')) fail('only the oci:// scheme is supported');
    rest = rest.slice('oci://'.length);
    oci = true;
  }
  rest = rest.replace(/\/+$/, '');

  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest))
      fail(`${showValue(digest)} is not a digest (expected sha256: and 64 lower-case hex digits)`);
  }

  const slash = rest.indexOf('/');
  const first = slash < 0 ? rest : rest.slice(0, slash);
  // Docker's test for "the first component is a host": there is a slash after it, and it has a dot,
  // a port or is localhost. (Docker also takes a capitalised first component for a host; that is
  // never a registry anyone means, so it is refused below as a repository name.)
  const namesHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let registry: string;
  let path: string;
  if (!namesHost && !oci) {
    registry = DOCKER_HUB;
    path = slash < 0 ? `library/${rest}` : rest;
  } else {
    if (slash < 0) fail('it names no repository (expected HOST/REPOSITORY)');
    registry = first;
    path = rest.slice(slash + 1);
    if (!isValidRegistryHost(registry)) fail(`${showValue(registry)} is not a registry host`);
    if (!namesHost) {
      fail(
        `it has no registry host (${showValue(registry)} looks like a Docker Hub name; write the host, e.g. oci://docker.io/${rest} or oci://ghcr.io/OWNER/NAME)`,
      );
    }
    registry = registry.toLowerCase();
    if (DOCKER_HUB_ALIASES.has(registry)) registry = DOCKER_HUB;
    // docker.io/nginx is Docker Hub's official image, as Docker reads it.
    if (registry === DOCKER_HUB && !oci && !path.includes('/') && !path.startsWith('library')) path = `library/${path}`;
  }

  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon >= 0 && !path.slice(colon).includes('/')) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (!TAG.test(tag))
      fail(`${showValue(tag)} is not a valid tag (letters, digits, _ . -, at most 128, not starting with . or -)`);
  }
  if (!isValidRepository(path))
    fail(
      `${showValue(path)} is not a valid repository name (lower-case letters, digits and . _ - separators between slashes)`,
    );
  if (options.requireTagOrDigest && tag === undefined && digest === undefined)
    fail('it has neither a tag nor a digest');

  return {
    registry,
    repository: path,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** `host/repo:tag@digest` (whichever parts are set), the form skopeo and docker print. */
export function formatReference(reference: OciReference): string {
  return `${reference.registry}/${reference.repository}${reference.tag !== undefined ? `:${reference.tag}` : ''}${reference.digest !== undefined ? `@${reference.digest}` : ''}`;
}

/** The tag or, failing that, the digest: what goes after `/manifests/`. */
export function manifestReferenceOf(reference: OciReference): string {
  const value = reference.digest ?? reference.tag;
  if (value === undefined)
    throw new UserError(`OCI reference ${showValue(formatReference(reference))} has neither a tag nor a digest`);
  return value;
}
