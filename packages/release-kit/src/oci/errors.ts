// How the registry client fails: RegistryError, a registry's answer worded by its status, and the
// body helpers every layer (API, auth, transport) reads answers with.
import { UserError, gaveUpMessage } from '../plumbing/errors.js';
import { isTransientStatus, retryAfterMs } from '../plumbing/retry.js';
import { parseChallenges, pickChallenge } from './challenge.js';

/** A registry refused or failed a request: auth, not found, digest mismatch, retries exhausted. */
export class RegistryError extends UserError {
  readonly status?: number;
  readonly code?: string;
  readonly registry: string;
  readonly repository?: string;
  /** The failure was a 5xx, a 429 or a broken connection that outlasted the retries. */
  readonly transient: boolean;
  /** For a transient failure, its short reason: `HTTP 503`, `ECONNRESET`. */
  readonly reason?: string;
  constructor(
    message: string,
    details: {
      registry: string;
      repository?: string;
      status?: number;
      code?: string;
      transient?: boolean;
      reason?: string;
    },
  ) {
    super(message);
    this.name = 'RegistryError';
    this.registry = details.registry;
    this.repository = details.repository;
    this.status = details.status;
    this.code = details.code;
    this.transient = details.transient ?? false;
    this.reason = details.reason;
  }
}

/** What to do when a registry kept answering 5xx (or kept dropping the connection). */
export const SERVICE_TROUBLE = 'the registry is having trouble; rerun the job later';

/** What to do when a registry could not be reached at all. */
export const UNREACHABLE = 'check the registry host and the network, then rerun';

/** What a failure message needs to know about the client that met it. */
export interface FailureContext {
  registry: string;
  /** `user "x"` or `anonymous access`, as the messages name the caller. */
  who: string;
  hasCredentials: boolean;
  /** Attempts made per request (retries + 1), for "kept failing … after N attempts". */
  attempts: number;
  retryBaseMs: number;
  /** Longest server-requested wait that is slept through (see the transport). */
  maxRetryAfterMs: number;
}

/** A RegistryError for an unexpected answer, worded by status. */
export async function registryFailure(
  context: FailureContext,
  response: Response,
  action: string,
  repository: string,
  reference?: string,
): Promise<RegistryError> {
  const { registry, who } = context;
  const { code, message } = await errorDetails(response);
  const detail = `HTTP ${response.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
  const what = reference ? `${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}` : repository;
  const details = { registry, repository, status: response.status, code };
  const scopeTooNarrow =
    response.status === 401 &&
    pickChallenge(parseChallenges(response.headers.get('www-authenticate')))?.params.error === 'insufficient_scope';
  if (response.status === 403 || scopeTooNarrow) {
    return new RegistryError(
      `registry ${registry} denied ${action} on ${what} to ${who} (${detail}${scopeTooNarrow ? ', the token lacks the scope' : ''}); on ghcr.io the job needs 'packages: write'`,
      details,
    );
  }
  if (response.status === 401) {
    return new RegistryError(
      context.hasCredentials
        ? `registry ${registry} refused the credentials of ${who} for ${action} on ${what} (${detail})`
        : `registry ${registry} requires authentication for ${action} on ${what} (${detail}): set username and password`,
      details,
    );
  }
  if (response.status === 404)
    return new RegistryError(`${what} not found on registry ${registry} (${action}: ${detail})`, details);
  const transient = isTransientStatus(response.status, response.headers);
  const wait = retryAfterMs(response.headers, context.retryBaseMs);
  if (transient && wait !== undefined && wait > context.maxRetryAfterMs) {
    return new RegistryError(
      `registry ${registry} rate-limited ${action} on ${what} (${detail}) and asks to retry after ${response.headers.get('retry-after')}, longer than release-kit waits; rerun later`,
      { ...details, transient: true },
    );
  }
  if (transient) {
    return new RegistryError(
      gaveUpMessage({
        failed: `registry ${registry} kept failing ${action} on ${what}`,
        reason: detail,
        tries: context.attempts,
        fix: SERVICE_TROUBLE,
      }),
      { ...details, transient: true, reason: detail },
    );
  }
  return new RegistryError(`registry ${registry} refused ${action} on ${what} (${detail})`, details);
}

/** Throw an answer's body away (its connection goes back to the pool). */
export async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // A body that broke while being thrown away changes nothing.
  }
}

/** Read a body, refusing more than `max` bytes (a registry must not make us buffer without bound). */
export async function readLimited(response: Response, max: number, what: string): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > max) {
    await discard(response);
    throw new UserError(`${what} is ${declared} bytes, more than the ${max} allowed`);
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.length;
    if (total > max) {
      await discard(response);
      throw new UserError(`${what} is more than the ${max} bytes allowed`);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** The first OCI error (`{"errors":[{code,message}]}`) of a body, else the start of its text. */
async function errorDetails(response: Response): Promise<{ code?: string; message?: string }> {
  if (response.bodyUsed) return {};
  try {
    const text = (await readLimited(response, 64 * 1024, 'error body')).toString('utf8');
    if (!text) return {};
    try {
      const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
      const first = body.errors?.[0];
      if (first) return { code: first.code, message: first.message };
    } catch {
      // not the OCI error shape: show the start of the text
    }
    return { message: oneLine(text).slice(0, 200) };
  } catch {
    return {};
  }
}

/** Whitespace runs folded to single spaces, for text from a server inside a one-line message. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
