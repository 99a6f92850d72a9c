// GitHub down or out of reach: a 5xx on every retry, a refused connection, a name that does not
// resolve. Each is the user's to wait out or fix (the URL, the network), so it ends as one line that
// says what failed, after how many tries, and that a rerun is safe: never "release-kit bug" with a stack.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createGitHubClient } from '../../packages/release-kit/src/github/client.js';
import { isUserError } from '../../packages/release-kit/src/plumbing/errors.js';
import { silentLogger } from '../../packages/release-kit/src/plumbing/log.js';
import { persistentFaults } from '../harness/faults.js';
import { closedPort, runCliInProcess } from '../harness/in-process.js';
import { startGitHubStandIn, type GitHubStandIn } from './standin.js';

const RETRY_BASE_MS = 2;
let github: GitHubStandIn;
let dir = '';
beforeAll(async () => {
  github = await startGitHubStandIn();
  dir = await mkdtemp(path.join(os.tmpdir(), 'rk-gh-transport-'));
  await writeFile(
    path.join(dir, 'CHANGELOG.md'),
    '# Changelog\n\n## Unreleased\n\n## 1.0.0 - 2024-05-01\n\n### Added\n\n- The first release.\n',
  );
});
afterAll(async () => {
  await github?.close();
  await rm(dir, { recursive: true, force: true });
});

const client = (baseUrl: string, retries = 2) =>
  createGitHubClient({ token: 'ghs_t', baseUrl, log: silentLogger, retries, retryBaseMs: RETRY_BASE_MS });

/** The error a listing of releases ends with. */
async function failureOf(baseUrl: string, retries?: number): Promise<Error> {
  const error = await client(baseUrl, retries)
    .rest.repos.listReleases({ owner: 'acme', repo: 'down' })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('the client', () => {
  test('HTTP 503 on every try: a UserError naming the request, the status and the tries', async () => {
    const plan = persistentFaults({ kind: 'status', status: 503 });
    github.faults(plan);
    try {
      const error = await failureOf(github.apiUrl, 2);
      expect(isUserError(error)).toBe(true);
      expect(error.message).toMatch(
        /^GitHub kept failing GET \/repos\/acme\/down\/releases \(HTTP 503\b.*\) after 3 tries: .*a rerun is safe/,
      );
      expect(error.message).not.toMatch(/\n/);
      expect(plan.injected).toHaveLength(3);
    } finally {
      github.faults(persistentFaults({ kind: 'none' }));
    }
  });

  test('a refused connection (nothing listens on the port)', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const error = await failureOf(url, 1);
    expect(isUserError(error)).toBe(true);
    expect(error.message).toMatch(
      new RegExp(
        `^could not reach GitHub at ${url.replace(/\./g, '\\.')} for GET /repos/acme/down/releases \\(ECONNREFUSED\\) after 2 tries: .*a rerun is safe`,
      ),
    );
  });

  test('a host name that does not resolve', async () => {
    const error = await failureOf('http://nonexistent.invalid', 0);
    expect(isUserError(error)).toBe(true);
    expect(error.message).toMatch(
      /^could not reach GitHub at http:\/\/nonexistent\.invalid for GET \/repos\/acme\/down\/releases \(ENOTFOUND\) after 1 try: check the API URL/,
    );
  });

  test('answers callers branch on still pass through untouched (a 404)', async () => {
    const error = await client(github.apiUrl)
      .rest.repos.getReleaseByTag({ owner: 'acme', repo: 'none', tag: 'v9.9.9' })
      .catch((e: unknown) => e);
    expect(isUserError(error)).toBe(false);
    expect(error).toMatchObject({ status: 404 });
  });
});

describe('an operation against GitHub out of reach exits 1 with one line', () => {
  const release = (apiUrl: string) =>
    runCliInProcess(['changelog', 'release', '1.0.0', '--api-url', apiUrl], {
      workspace: dir,
      env: { GITHUB_TOKEN: 'ghs_t', GITHUB_REPOSITORY: 'acme/down', RELEASE_KIT_RETRY_BASE_MS: String(RETRY_BASE_MS) },
    });

  test.each([
    ['refused', async () => `http://127.0.0.1:${await closedPort()}`, /could not reach GitHub at .* \(ECONNREFUSED\)/],
    ['unresolvable', async () => 'http://nonexistent.invalid', /could not reach GitHub at .* \(ENOTFOUND\)/],
    [
      'HTTP 502 on every try',
      async () => {
        github.faults(persistentFaults({ kind: 'status', status: 502 }));
        return github.apiUrl;
      },
      /GitHub kept failing GET \/repos\/acme\/down\/releases \(HTTP 502\b.*\) after 5 tries/,
    ],
  ])('%s', async (_name, apiUrl, expected) => {
    try {
      const run = await release(await apiUrl());
      expect(run.exitCode).toBe(1);
      const errors = run.stderr.split('\n').filter(Boolean);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(expected);
      expect(errors[0]).toMatch(/a rerun is safe/);
      expect(run.stderr).not.toMatch(/release-kit bug|\n\s+at /);
    } finally {
      github.faults(persistentFaults({ kind: 'none' }));
    }
  });
});
