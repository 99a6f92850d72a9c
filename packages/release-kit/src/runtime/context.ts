// What the runner tells every step through its environment, read once and typed.
import { readFileSync } from 'node:fs';
import { UserError } from '../plumbing/errors.js';

export interface RunnerContext {
  workspace: string;
  /** e.g. refs/tags/v1.2.3 or refs/heads/main; empty outside a run. */
  ref: string;
  sha: string;
  /** "owner/repo" */
  repository: string;
  apiUrl: string;
  serverUrl: string;
  eventName: string;
  eventPath?: string;
  runnerTemp: string;
  actor: string;
  runId: string;
}

export function runnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    runnerTemp: env.RUNNER_TEMP || env.TMPDIR || '/tmp',
    actor: env.GITHUB_ACTOR ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
  };
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

/** Split "owner/repo", naming the input when it is malformed. */
export function splitRepository(repository: string, input = 'repository'): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(repository);
  if (!match) {
    throw new UserError(`input '${input}' has invalid value ${JSON.stringify(repository)}: expected OWNER/REPO (set GITHUB_REPOSITORY or the input)`, {
      input,
      value: repository,
      valid: 'OWNER/REPO',
    });
  }
  return { owner: match[1], repo: match[2] };
}
