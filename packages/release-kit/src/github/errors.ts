// GitHub's refusals as the user can act on them: the permission the job lacks, the token, the rate limit, the immutable release.
// Every GitHub request (octokit's through the client's error hook, and the raw upload/download fetches)
// fails through `gitHubFailure`, so a missing `contents: write` reads as that, not as a bug with a stack.
import { gaveUpMessage, UserError } from '../plumbing/errors.js';

/** A refusal from GitHub the user can fix. Keeps `status` and `response` (data, headers) as octokit's errors do, for callers that branch on them. */
export class GitHubRequestError extends UserError {
  readonly status: number;
  readonly response: { data: unknown; headers: Record<string, string> };
  /** GitHub's own message, for callers that word the error themselves. */
  readonly gitHubMessage?: string;

  constructor(message: string, status: number, data: unknown, headers: Record<string, string>, gitHubMessage?: string) {
    super(message);
    this.name = 'GitHubRequestError';
    this.status = status;
    this.response = { data, headers };
    this.gitHubMessage = gitHubMessage;
  }
}

export interface GitHubFailure {
  status: number;
  method: string;
  url: string;
  /** GitHub's `message` (or the body text). */
  message?: string;
  headers?: Headers | Record<string, string | number | undefined>;
  data?: unknown;
}

/**
 * The UserError for a request GitHub refused in a way the user must fix, or undefined for an answer
 * the caller interprets itself (404 "no such release", 422 "already exists"…) or a fault that stays a bug.
 */
export function gitHubFailure(failure: GitHubFailure): GitHubRequestError | undefined {
  const { status } = failure;
  const what = `${failure.method.toUpperCase()} ${pathOf(failure.url)}`;
  const said = failure.message ? `: ${failure.message.replace(/\s+-\s+https?:\S+$/, '')}` : '';
  const header = (name: string) => headerOf(failure.headers, name);
  const refuse = (message: string) =>
    new GitHubRequestError(
      message,
      status,
      failure.data ?? { message: failure.message },
      headerRecord(failure.headers),
      failure.message,
    );

  const rateLimited =
    header('x-ratelimit-remaining') === '0' ||
    header('retry-after') !== undefined ||
    /rate limit/i.test(failure.message ?? '');
  if ((status === 403 || status === 429) && rateLimited) {
    const reset = Number(header('x-ratelimit-reset'));
    const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
    return refuse(
      `GitHub rate limit reached for ${what} (HTTP ${status}${said})${when}: rerun the job later, or give it a token with its own limit`,
    );
  }
  if (status === 401) {
    return refuse(
      `GitHub rejected the token for ${what} (HTTP 401${said}): pass a valid token (the action's 'token' input, or GITHUB_TOKEN for the CLI)`,
    );
  }
  if (status === 403) {
    const permission = permissionFor(failure.method, failure.url);
    return refuse(
      `GitHub denied ${what} (HTTP 403${said}): the job's token needs '${permission}' (set it under the job's permissions:)`,
    );
  }
  if (status === 422 && /immutable release/i.test(`${failure.message ?? ''} ${JSON.stringify(failure.data ?? '')}`)) {
    return refuse(
      `GitHub refused ${what} (HTTP 422${said}): the release is published and immutable, so its tag and assets can no longer change; cut a new patch release that supersedes it`,
    );
  }
  return undefined;
}

/** GitHub answered a 5xx on every try (status and response kept), or could not be reached at all (status 0). */
export class GitHubUnavailableError extends GitHubRequestError {
  readonly tries: number;
  constructor(message: string, outage: GitHubOutage) {
    super(message, outage.status ?? 0, outage.data, headerRecord(outage.headers));
    this.name = 'GitHubUnavailableError';
    this.tries = outage.tries;
  }
}

export interface GitHubOutage {
  method: string;
  url: string;
  /** How many times the request was sent, the first included. */
  tries: number;
  /** GitHub's 5xx status, or undefined when no answer came (refused, unresolvable, reset, timed out). */
  status?: number;
  /** GitHub's message with the status, or the network failure's code (ECONNREFUSED, ENOTFOUND…). */
  reason: string;
  /** The last answer's body and headers, when there was one. */
  data?: unknown;
  headers?: GitHubFailure['headers'];
}

/** What to do when GitHub kept answering 5xx. */
export const GITHUB_TROUBLE = 'GitHub is having trouble (https://www.githubstatus.com); rerun the job later';
/** What to do when GitHub could not be reached at all. */
export const GITHUB_UNREACHABLE = 'check the API URL (GITHUB_API_URL, --api-url) and the network, then rerun';

/**
 * The error for a request that failed on every try for a reason outside the release: GitHub's 5xx, or
 * GitHub out of reach. Says what failed, after how many tries, and that a rerun is safe. Every GitHub
 * request says it this way: octokit's (the client's error hook) and the raw upload and download fetches.
 */
export function gitHubUnavailable(outage: GitHubOutage): GitHubUnavailableError {
  const what = `${outage.method.toUpperCase()} ${pathOf(outage.url)}`;
  const message =
    outage.status === undefined
      ? gaveUpMessage({
          failed: `could not reach GitHub at ${originOf(outage.url)} for ${what}`,
          reason: outage.reason,
          tries: outage.tries,
          fix: GITHUB_UNREACHABLE,
        })
      : gaveUpMessage({
          failed: `GitHub kept failing ${what}`,
          reason: outage.reason,
          tries: outage.tries,
          fix: GITHUB_TROUBLE,
        });
  return new GitHubUnavailableError(message, outage);
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** The `permissions:` entry a job needs for this request (GitHub's permission for the endpoint). */
function permissionFor(method: string, url: string): string {
  const write = !/^(GET|HEAD)$/i.test(method);
  const path = pathOf(url);
  if (/\/attestations\b/.test(path)) return write ? 'attestations: write' : 'attestations: read';
  if (/\/packages\b/.test(path)) return write ? 'packages: write' : 'packages: read';
  if (/\/(pulls|issues)\b/.test(path)) return write ? 'pull-requests: write' : 'pull-requests: read';
  // Releases, assets, git refs and contents all sit under the contents permission.
  return write ? 'contents: write' : 'contents: read';
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.replace(/\?.*$/, '');
  }
}

function headerRecord(headers: GitHubFailure['headers']): Record<string, string> {
  if (!headers) return {};
  if (typeof (headers as Headers).get === 'function') return Object.fromEntries((headers as Headers).entries());
  return Object.fromEntries(
    Object.entries(headers as Record<string, string | number | undefined>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
}

function headerOf(headers: GitHubFailure['headers'], name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | number | undefined>)[name];
  return value === undefined ? undefined : String(value);
}
