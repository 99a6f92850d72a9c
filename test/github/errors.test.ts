// GitHub's refusals become UserErrors naming the fix, at the client boundary, against the stand-in.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createGitHubClient } from '../../packages/release-kit/src/github/client.js';
import { GitHubRequestError } from '../../packages/release-kit/src/github/errors.js';
import { isUserError } from '../../packages/release-kit/src/plumbing/errors.js';
import { silentLogger } from '../../packages/release-kit/src/plumbing/log.js';
import { syncReleaseAssets } from '../../packages/release-kit/src/releases/assets.js';
import { findReleaseForTag } from '../../packages/release-kit/src/releases/release.js';
import { startGitHubStandIn, type GitHubStandIn } from './standin.js';
import { runAction } from '../harness/run-action.js';

/** The back-off base the clients here are given (the runner context's RELEASE_KIT_RETRY_BASE_MS in a run). */
const RETRY_BASE_MS = 5;

const OWNER = 'acme';
let github: GitHubStandIn;
let dir = '';

beforeAll(async () => {
  github = await startGitHubStandIn({ tokens: { ghs_write: { push: true }, ghs_read: { push: false } } });
  dir = await mkdtemp(path.join(os.tmpdir(), 'rk-gh-errors-'));
});
afterAll(async () => {
  await github?.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => github.assertNoSchemaViolations());

const client = (token: string, retries?: number) =>
  createGitHubClient({ retryBaseMs: RETRY_BASE_MS, token, baseUrl: github.apiUrl, log: silentLogger, retries });

describe('octokit requests', () => {
  test('a token without push access: the error names the contents: write permission, as a UserError', async () => {
    const error = await client('ghs_read')
      .rest.repos.createRelease({ owner: OWNER, repo: 'perm', tag_name: 'v1.0.0', draft: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubRequestError);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe(
      "GitHub denied POST /repos/acme/perm/releases (HTTP 403: Resource not accessible by integration): the job's token needs 'contents: write' (set it under the job's permissions:)",
    );
    expect((error as GitHubRequestError).status).toBe(403);
  });

  test('a bad token: the error says to pass a valid token', async () => {
    const error = await client('ghs_nope')
      .rest.repos.createRelease({ owner: OWNER, repo: 'creds', tag_name: 'v1.0.0' })
      .catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^GitHub rejected the token for POST \/repos\/acme\/creds\/releases \(HTTP 401: Bad credentials\): pass a valid token/,
    );
  });

  test('a primary rate limit the client gives up on: the error names the limit and when it resets', async () => {
    const tiny = await startGitHubStandIn({ rateLimit: 2 });
    try {
      const limited = createGitHubClient({
        retryBaseMs: RETRY_BASE_MS,
        token: 'ghs_x',
        baseUrl: tiny.apiUrl,
        log: silentLogger,
        retries: 0,
      });
      await limited.rest.repos.listReleases({ owner: OWNER, repo: 'rl' });
      await limited.rest.repos.listReleases({ owner: OWNER, repo: 'rl' });
      const error = await limited.rest.repos.listReleases({ owner: OWNER, repo: 'rl' }).catch((e: unknown) => e);
      expect(isUserError(error)).toBe(true);
      expect((error as Error).message).toMatch(
        /^GitHub rate limit reached for GET \/repos\/acme\/rl\/releases \(HTTP 403: API rate limit exceeded.*\); it resets at \d{4}-\d\d-\d\dT.*Z: rerun the job later/,
      );
    } finally {
      await tiny.close();
    }
  });

  test('answers callers branch on pass through: a 404 stays an HTTP error and findReleaseForTag still sees "none"', async () => {
    const error = await client('ghs_write')
      .rest.repos.getReleaseByTag({ owner: OWNER, repo: 'none', tag: 'v9.9.9' })
      .catch((e: unknown) => e);
    expect(isUserError(error)).toBe(false);
    expect(error).toMatchObject({ status: 404 });
    expect(await findReleaseForTag(client('ghs_write'), { owner: OWNER, repo: 'none', tag: 'v9.9.9' })).toBeUndefined();
  });

  test('an edit to an immutable release names the immutability', async () => {
    github.setImmutable(OWNER, 'immut', true);
    const release = github.state.addRelease(OWNER, 'immut', { tagName: 'v1.0.0', draft: true });
    await client('ghs_write').rest.repos.updateRelease({
      owner: OWNER,
      repo: 'immut',
      release_id: release.id,
      draft: false,
    });
    expect(github.state.releases(OWNER, 'immut')[0].immutable).toBe(true);
    const error = await client('ghs_write')
      .rest.repos.updateRelease({ owner: OWNER, repo: 'immut', release_id: release.id, tag_name: 'v1.0.1' })
      .catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^GitHub refused PATCH \/repos\/acme\/immut\/releases\/\d+ \(HTTP 422: .*\): the release is published and immutable/,
    );
  });
});

describe('raw uploads', () => {
  test('an upload with a read-only token fails with the permission, not a bug', async () => {
    const release = github.state.addRelease(OWNER, 'upload', { tagName: 'v1.0.0' });
    const file = path.join(dir, 'a.txt');
    await writeFile(file, 'a');
    const reader = client('ghs_read');
    const { data } = await client('ghs_write').rest.repos.getRelease({
      owner: OWNER,
      repo: 'upload',
      release_id: release.id,
    });
    const error = await syncReleaseAssets(reader, {
      owner: OWNER,
      repo: 'upload',
      release: data as never,
      token: 'ghs_read',
      retryBaseMs: 1,
      assets: [
        {
          name: 'a.txt',
          path: file,
          size: 1,
          sha256: 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb',
          contentType: 'text/plain',
        },
      ],
    }).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^GitHub denied POST \/repos\/acme\/upload\/releases\/\d+\/assets \(HTTP 403: Resource not accessible by integration\): the job's token needs 'contents: write'/,
    );
  });
});

describe('through the action bundle', () => {
  test('release-notes-from-changelog with a token lacking contents: write: exit 1, one error line naming the permission, no "bug"', async () => {
    const workspace = await mkdtemp(path.join(dir, 'ws-'));
    await writeFile(
      path.join(workspace, 'CHANGELOG.md'),
      '# Changelog\n\n## [1.0.0] - 2026-01-02\n\n### Added\n\n- First.\n',
    );
    const run = await runAction('release-notes-from-changelog', {
      workspace,
      inputs: { mode: 'release', version: '1.0.0', token: 'ghs_read' },
      env: { ...github.env(), GITHUB_REPOSITORY: `${OWNER}/bundle`, RELEASE_KIT_RETRY_BASE_MS: '1' },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(
      /^GitHub denied POST \/repos\/acme\/bundle\/releases \(HTTP 403: Resource not accessible by integration\): the job's token needs 'contents: write'/,
    );
    expect(run.everything).not.toMatch(/release-kit bug/);
    expect(github.state.releases(OWNER, 'bundle')).toHaveLength(0);
  });
});
