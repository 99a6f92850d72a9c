// Who may have signed an image: a keyless identity (certificate SAN + OIDC issuer) or a public key.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { UserError, invalidInput, showValue } from '../plumbing/errors.js';
import type { RepositoryBinding } from './fulcio.js';

/** The OIDC issuer of GitHub Actions' workload identity tokens (cosign's usual `--certificate-oidc-issuer`). */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** How the certificate's subject alternative name must look. */
export type IdentityMatcher =
  | { kind: 'exact'; value: string }
  /** `pattern` is always anchored (`^…$`); `given` is what the user wrote; `ignoreCase` as gh matches owners. */
  | { kind: 'regexp'; pattern: string; given: string; ignoreCase?: boolean };

export interface KeylessPolicy {
  mode: 'keyless';
  identity: IdentityMatcher;
  /** Compared exactly with the Fulcio issuer extension (OID 1.3.6.1.4.1.57264.1.8, else .1.1). */
  issuer: string;
  /**
   * The repository whose run must have asked for the certificate (Fulcio's Source Repository URI,
   * else the legacy GitHub Workflow Repository). A reusable workflow signs with the same identity
   * for every repository that calls it, so without this any caller's signature would pass.
   */
  sourceRepository?: RepositoryBinding;
}

export interface KeyPolicy {
  mode: 'key';
  publicKey: KeyObject;
  /** The key as PEM, for the equivalent cosign command and for cosign itself. */
  publicKeyPem: string;
  /** Accept a key-based signature without a transparency-log entry (cosign's --insecure-ignore-tlog). */
  ignoreTlog: boolean;
}

export type SignaturePolicy = KeylessPolicy | KeyPolicy;

/** Raw policy choices as a caller (an action's inputs, the CLI) gives them; input names are used in errors. */
export interface PolicyOptions {
  certificateIdentity?: string;
  certificateIdentityRegexp?: string;
  /** e.g. `.github/workflows/release-images.yml` or just `release-images.yml`. */
  workflow?: string;
  /** e.g. `refs/tags/v0.1.0`; the caller defaults it to GITHUB_REF. */
  ref?: string;
  /** `OWNER/REPO`; the caller defaults it to GITHUB_REPOSITORY. */
  repository?: string;
  /** e.g. https://github.com, or a GitHub Enterprise Server URL. */
  serverUrl?: string;
  certificateOidcIssuer?: string;
  /** A PEM public key, already read from its file when the input named one. */
  publicKeyPem?: string;
  ignoreTlog?: boolean;
  /** Keyless: OWNER/REPO the certificate's source repository must name. */
  sourceRepository?: string;
}

/** OWNER/REPO as GitHub allows them. */
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;

/**
 * Anchor a certificate-identity regexp so it must match the whole identity. cosign passes the pattern
 * to Go's regexp unanchored, so `https://github.com/acme/app/.*` also accepts `acme/app-evil`… and a
 * pattern without `^` accepts any prefix. A pattern that is already `^…$` (with no top-level `|`,
 * which would anchor only one branch) is kept; anything else becomes `^(?:…)$`.
 */
export function anchorPattern(pattern: string): string {
  let inner = pattern;
  const startsAnchored = inner.startsWith('^');
  const endsAnchored = /(^|[^\\])(\\\\)*\$$/.test(inner);
  if (startsAnchored && endsAnchored && !hasTopLevelAlternation(inner)) return inner;
  if (startsAnchored) inner = inner.slice(1);
  if (endsAnchored) inner = inner.slice(0, -1);
  return `^(?:${inner})$`;
}

/** True when `|` appears outside any group or character class, i.e. it splits the whole pattern. */
function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The keyless identity GitHub Actions gives a workflow run: `https://github.com/OWNER/REPO/.github/workflows/FILE@REF`. */
export function githubWorkflowIdentity(options: {
  repository: string;
  workflow: string;
  ref: string;
  serverUrl?: string;
}): string {
  const server = (options.serverUrl || 'https://github.com').replace(/\/+$/, '');
  const workflow = options.workflow.replace(/^\/+/, '');
  const file = workflow.includes('/') ? workflow : `.github/workflows/${workflow}`;
  return `${server}/${options.repository}/${file}@${options.ref}`;
}

/** Does the certificate's SAN satisfy the matcher? */
export function identityMatches(matcher: IdentityMatcher, san: string | undefined): boolean {
  if (san === undefined) return false;
  if (matcher.kind === 'exact') return san === matcher.value;
  return new RegExp(matcher.pattern, matcher.ignoreCase ? 'i' : '').test(san);
}

/** How the matcher reads in messages: the exact identity, or `/^(?:…)$/`. */
export function describeIdentity(matcher: IdentityMatcher): string {
  return matcher.kind === 'exact' ? matcher.value : `/${matcher.pattern}/`;
}

/**
 * Turn the identity options into one policy, refusing ambiguous or incomplete combinations with a
 * message that names the inputs. Exactly one of: public-key, certificate-identity,
 * certificate-identity-regexp, workflow (+ ref + repository).
 */
export function buildPolicy(options: PolicyOptions): SignaturePolicy {
  const chosen = [
    options.publicKeyPem !== undefined && 'public-key',
    options.certificateIdentity !== undefined && 'certificate-identity',
    options.certificateIdentityRegexp !== undefined && 'certificate-identity-regexp',
    options.workflow !== undefined && 'workflow',
  ].filter((x): x is string => typeof x === 'string');
  const valid = 'exactly one of public-key, certificate-identity, certificate-identity-regexp or workflow';
  if (chosen.length === 0) {
    throw new UserError(`no signer given: set ${valid}`, { input: 'certificate-identity', value: '', valid });
  }
  if (chosen.length > 1) {
    throw new UserError(`inputs ${chosen.map((c) => `'${c}'`).join(' and ')} are both set: expected ${valid}`, {
      input: chosen[1],
      value: chosen.join(', '),
      valid,
    });
  }

  if (options.sourceRepository !== undefined) {
    if (!REPOSITORY.test(options.sourceRepository))
      throw invalidInput('source-repository', options.sourceRepository, 'OWNER/REPO, the repository whose run signed');
    if (options.publicKeyPem !== undefined)
      throw invalidInput(
        'source-repository',
        options.sourceRepository,
        'empty with public-key (a key carries no repository; source-repository binds keyless certificates)',
      );
  }
  const sourceRepository: RepositoryBinding | undefined =
    options.sourceRepository === undefined
      ? undefined
      : {
          repository: options.sourceRepository,
          serverUrl: (options.serverUrl || 'https://github.com').replace(/\/+$/, ''),
        };

  if (options.publicKeyPem !== undefined) {
    if (/PRIVATE KEY-----/.test(options.publicKeyPem)) {
      throw invalidInput(
        'public-key',
        firstLine(options.publicKeyPem),
        'a PEM public key, not a private key (never put a private key in a workflow)',
      );
    }
    let publicKey: KeyObject;
    try {
      publicKey = createPublicKey(options.publicKeyPem);
    } catch (error) {
      throw invalidInput(
        'public-key',
        firstLine(options.publicKeyPem),
        `a PEM public key or the path of a file holding one (${(error as Error).message})`,
      );
    }
    return {
      mode: 'key',
      publicKey,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      ignoreTlog: options.ignoreTlog ?? false,
    };
  }

  if (options.ignoreTlog) {
    throw new UserError(
      "input 'ignore-tlog' is true, but keyless signatures always need their transparency-log proof: expected ignore-tlog false, or a public-key",
      { input: 'ignore-tlog', value: 'true', valid: 'false (keyless), or true with public-key' },
    );
  }
  const issuer = options.certificateOidcIssuer ?? GITHUB_ACTIONS_ISSUER;
  if (!/^https?:\/\/\S+$/.test(issuer))
    throw invalidInput(
      'certificate-oidc-issuer',
      issuer,
      'an issuer URL such as https://token.actions.githubusercontent.com',
    );

  if (options.certificateIdentity !== undefined) {
    return {
      mode: 'keyless',
      identity: { kind: 'exact', value: options.certificateIdentity },
      issuer,
      ...(sourceRepository ? { sourceRepository } : {}),
    };
  }
  if (options.certificateIdentityRegexp !== undefined) {
    const pattern = anchorPattern(options.certificateIdentityRegexp);
    try {
      new RegExp(pattern);
    } catch (error) {
      throw invalidInput(
        'certificate-identity-regexp',
        options.certificateIdentityRegexp,
        `a valid regular expression (${(error as Error).message})`,
      );
    }
    return {
      mode: 'keyless',
      identity: { kind: 'regexp', pattern, given: options.certificateIdentityRegexp },
      issuer,
      ...(sourceRepository ? { sourceRepository } : {}),
    };
  }

  const workflow = options.workflow!;
  if (!/^[\w./-]+\.ya?ml$/.test(workflow) || workflow.includes('..')) {
    throw invalidInput('workflow', workflow, 'a workflow file such as .github/workflows/release-images.yml');
  }
  if (!options.ref)
    throw invalidInput(
      'ref',
      '',
      'a git ref such as refs/tags/v0.1.0 (it defaults to GITHUB_REF, which is empty here)',
    );
  if (!/^refs\/(tags|heads|pull)\/\S+$/.test(options.ref))
    throw invalidInput('ref', options.ref, 'a full git ref such as refs/tags/v0.1.0');
  if (!options.repository || !REPOSITORY.test(options.repository)) {
    throw invalidInput('repository', options.repository ?? '', 'OWNER/REPO (it defaults to GITHUB_REPOSITORY)');
  }
  const value = githubWorkflowIdentity({
    repository: options.repository,
    workflow,
    ref: options.ref,
    serverUrl: options.serverUrl,
  });
  return {
    mode: 'keyless',
    identity: { kind: 'exact', value },
    issuer,
    ...(sourceRepository ? { sourceRepository } : {}),
  };
}

/**
 * The repository a GitHub Actions keyless signature must come from when the user names none: the
 * repository this runs in (GITHUB_REPOSITORY). That is the source repository both when the project's
 * own workflow signed and when a reusable workflow it called did (the identity is then the reusable
 * workflow's, e.g. the release-kit pack's, for every caller). Outside a run, the repository an exact
 * workflow identity names. Undefined for keys and other issuers (their certificates name
 * repositories their own way, if at all); an error when nothing says which repository it is.
 */
export function defaultSourceRepository(options: PolicyOptions & { callingRepository?: string }): string | undefined {
  const keyless =
    options.certificateIdentity !== undefined ||
    options.certificateIdentityRegexp !== undefined ||
    options.workflow !== undefined;
  if (!keyless || options.publicKeyPem !== undefined) return undefined; // buildPolicy says what is missing
  if ((options.certificateOidcIssuer ?? GITHUB_ACTIONS_ISSUER) !== GITHUB_ACTIONS_ISSUER) return undefined;
  if (options.callingRepository) return options.callingRepository;
  if (options.workflow !== undefined && options.repository) return options.repository;
  const server = (options.serverUrl || 'https://github.com').replace(/\/+$/, '');
  const named =
    options.certificateIdentity !== undefined && options.certificateIdentity.startsWith(`${server}/`)
      ? /^([^/]+\/[^/]+)\/\.github\/workflows\//.exec(options.certificateIdentity.slice(server.length + 1))?.[1]
      : undefined;
  if (named) return named;
  throw invalidInput(
    'source-repository',
    '',
    'OWNER/REPO of the repository whose run signed (there is no GITHUB_REPOSITORY to default to, and the identity names no repository)',
  );
}

/** One-line description of a policy for logs and the summary. */
export function describePolicy(policy: SignaturePolicy): string {
  if (policy.mode === 'key') return `public key${policy.ignoreTlog ? ' (transparency log not required)' : ''}`;
  return `identity ${describeIdentity(policy.identity)} from issuer ${policy.issuer}${policy.sourceRepository ? ` for repository ${policy.sourceRepository.repository}` : ''}`;
}

function firstLine(text: string): string {
  return showValue(text.split(/\r?\n/)[0], 60).slice(1, -1);
}
