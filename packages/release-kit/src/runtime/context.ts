// What the runner (or the CLI's environment) tells every step, read once and typed: the one reader of
// the environment. Operations read these, never process.env, so the CLI can set them per run and tests
// can run an operation in-process with their own environment, directory and output sinks.
import { readFileSync } from 'node:fs';
import { UserError } from '../plumbing/errors.js';
import { retryBaseMsFrom } from '../plumbing/retry.js';

/** An environment as a run sees it: process.env, or the one a test passes in. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * What the process gives a run: its environment, working directory and output streams. The entries
 * (cli/main.ts, actions/<name>/src/main.ts) pass processHost(); a test passes its own to run an
 * operation in-process exactly as the bundle would, its output captured.
 */
export interface RunHost {
  env: Environment;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** This process as a RunHost. */
export function processHost(): RunHost {
  return {
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}

export interface RunnerContext {
  workspace: string;
  /** e.g. refs/tags/v1.2.3 or refs/heads/main; empty outside a run. */
  ref: string;
  sha: string;
  /** "owner/repo" */
  repository: string;
  apiUrl: string;
  serverUrl: string;
  /**
   * GITHUB_SERVER_URL names a GitHub Enterprise Server: not github.com, a GHE.com tenant (*.ghe.com)
   * or *.localhost, decided as @actions/artifact decides it (which refuses to run there).
   */
  enterpriseServer: boolean;
  eventName: string;
  eventPath?: string;
  runnerTemp: string;
  actor: string;
  runId: string;
  /** GITHUB_BASE_REF: the target branch of a pull request run, else undefined. */
  baseRef?: string;
  /** Running as a step on a GitHub runner (GITHUB_ACTIONS=true), not from a terminal or another CI. */
  inActions: boolean;
  /** GITHUB_TOKEN in the environment (the CLI's default token; an action gets its own through an input). */
  envToken?: string;
  /** SOURCE_DATE_EPOCH, when set: the time reproducible archives carry instead of the commit time. */
  sourceDateEpoch?: string;
  /** The retry back-off base in ms (RELEASE_KIT_RETRY_BASE_MS, else 1000). */
  retryBaseMs: number;
  /** How long to wait for the sigstore TUF mirror (RELEASE_KIT_TUF_TIMEOUT_MS), else the library's bound. */
  tufTimeoutMs?: number;
  /** The runner's artifact-service variables that are unset; empty inside a GitHub Actions job. */
  artifactServiceUnset: string[];
  /** RUNNER_DEBUG=1 (a rerun with debug logging) or RELEASE_KIT_DEBUG=1: print debug lines. */
  debug: boolean;
  /** GITHUB_OUTPUT and GITHUB_STEP_SUMMARY: the files a step's outputs and summary go to, on a runner. */
  outputFile?: string;
  summaryFile?: string;
  /** PATH, where tools such as cosign are looked up. */
  path: string;
  /** False when RELEASE_KIT_COSIGN_DOWNLOAD=off: cosign must be on PATH, never downloaded. */
  cosignDownload: boolean;
  /**
   * GitLab CI's predefined variables (CI_COMMIT_*, CI_DEFAULT_BRANCH, CI_SERVER_URL: the instance's
   * URL, e.g. https://gitlab.example.com); all undefined elsewhere.
   */
  gitlab: {
    shortSha?: string;
    refSlug?: string;
    tag?: string;
    branch?: string;
    defaultBranch?: string;
    serverUrl?: string;
  };
}

export function runnerContext(env: Environment = process.env, cwd: string = process.cwd()): RunnerContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  return {
    workspace: env.GITHUB_WORKSPACE || cwd,
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    serverUrl,
    enterpriseServer: isEnterpriseServer(serverUrl),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    runnerTemp: env.RUNNER_TEMP || env.TMPDIR || '/tmp',
    actor: env.GITHUB_ACTOR ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    baseRef: env.GITHUB_BASE_REF || undefined,
    inActions: env.GITHUB_ACTIONS === 'true',
    envToken: env.GITHUB_TOKEN || undefined,
    sourceDateEpoch: env.SOURCE_DATE_EPOCH || undefined,
    retryBaseMs: retryBaseMsFrom(env),
    tufTimeoutMs: Number(env.RELEASE_KIT_TUF_TIMEOUT_MS ?? '') || undefined,
    debug: env.RUNNER_DEBUG === '1' || env.RELEASE_KIT_DEBUG === '1',
    outputFile: env.GITHUB_OUTPUT || undefined,
    summaryFile: env.GITHUB_STEP_SUMMARY || undefined,
    path: env.PATH ?? '',
    cosignDownload: env.RELEASE_KIT_COSIGN_DOWNLOAD !== 'off',
    artifactServiceUnset: ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !env[name]),
    gitlab: {
      shortSha: env.CI_COMMIT_SHORT_SHA || undefined,
      refSlug: env.CI_COMMIT_REF_SLUG || undefined,
      tag: env.CI_COMMIT_TAG || undefined,
      branch: env.CI_COMMIT_BRANCH || undefined,
      defaultBranch: env.CI_DEFAULT_BRANCH || undefined,
      serverUrl: env.GITLAB_CI === 'true' ? env.CI_SERVER_URL?.replace(/\/+$/, '') || undefined : undefined,
    },
  };
}

/** @actions/artifact's isGhes(), over the same variable: a host that is not GitHub's cloud or local. */
function isEnterpriseServer(serverUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serverUrl).hostname.trimEnd().toUpperCase();
  } catch {
    return false;
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}

/** The event payload the runner wrote to GITHUB_EVENT_PATH, or {} when there is none. */
export function readEvent(context: RunnerContext): Record<string, unknown> {
  if (!context.eventPath) return {};
  try {
    return JSON.parse(readFileSync(context.eventPath, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The tag name of a `refs/tags/…` ref, else undefined. */
export function tagFromRef(ref: string): string | undefined {
  return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

/** GitHub's OWNER/REPO: an owner of 1-39 letters, digits and hyphens (no leading hyphen), a repository name of 1-100. */
const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;

/** Whether `repository` is OWNER/REPO as GitHub allows it. */
export function isRepository(repository: string): boolean {
  return REPOSITORY.test(repository);
}

/** Split "owner/repo", naming the input when it is malformed. */
export function splitRepository(repository: string, input = 'repository'): { owner: string; repo: string } {
  const match = REPOSITORY.exec(repository);
  if (!match) {
    throw new UserError(
      `input '${input}' has invalid value ${JSON.stringify(repository)}: expected OWNER/REPO (set GITHUB_REPOSITORY or the input)`,
      {
        input,
        value: repository,
        valid: 'OWNER/REPO',
      },
    );
  }
  return { owner: match[1], repo: match[2] };
}
