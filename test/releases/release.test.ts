// The releases domain against the GitHub stand-in: drafts found by listing, one draft under races, publishing.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { createGitHubClient, type GitHubClient } from '../../packages/release-kit/src/github/client.js';
import { silentLogger } from '../../packages/release-kit/src/plumbing/log.js';
import {
  ensureDraftRelease,
  findReleaseForTag,
  publishRelease,
} from '../../packages/release-kit/src/releases/release.js';
import { noFaults, scriptedFaults, seededFaults } from '../harness/faults.js';
import { startGitHubStandIn, type GitHubStandIn } from '../github/standin.js';

/** The back-off base the clients here are given (the runner context's RELEASE_KIT_RETRY_BASE_MS in a run). */
const RETRY_BASE_MS = 5;

const OWNER = 'acme';
let github: GitHubStandIn;
let client: GitHubClient;
let repo = '';
let n = 0;

beforeAll(async () => {
  github = await startGitHubStandIn();
  client = createGitHubClient({
    retryBaseMs: RETRY_BASE_MS,
    token: 'ghs_test',
    baseUrl: github.apiUrl,
    log: silentLogger,
  });
});
afterAll(async () => {
  await github?.close();
});
// A reply or request that breaks GitHub's OpenAPI description fails the test that caused it.
afterEach(() => github.assertNoSchemaViolations());
beforeEach(() => {
  repo = `releases-${++n}`;
  github.faults(noFaults);
});

describe('findReleaseForTag', () => {
  test('finds a draft, which GET /releases/tags/{tag} cannot see', async () => {
    const draft = github.state.addRelease(OWNER, repo, { tagName: 'v1.0.0', draft: true });
    github.state.addRelease(OWNER, repo, { tagName: 'v0.9.0' });
    await expect(client.rest.repos.getReleaseByTag({ owner: OWNER, repo, tag: 'v1.0.0' })).rejects.toMatchObject({
      status: 404,
    });
    expect((await findReleaseForTag(client, { owner: OWNER, repo, tag: 'v1.0.0' }))?.id).toBe(draft.id);
    expect(await findReleaseForTag(client, { owner: OWNER, repo, tag: 'v2.0.0' })).toBeUndefined();
  });

  test('paginates: a draft beyond the first 100 releases is found', async () => {
    const draft = github.state.addRelease(OWNER, repo, { tagName: 'v0.0.1', draft: true });
    for (let i = 0; i < 130; i++) github.state.addRelease(OWNER, repo, { tagName: `v1.${i}.0` });
    expect((await findReleaseForTag(client, { owner: OWNER, repo, tag: 'v0.0.1' }))?.id).toBe(draft.id);
  });
});

describe('ensureDraftRelease', () => {
  test('creates once, then finds the same draft', async () => {
    const first = await ensureDraftRelease(client, { owner: OWNER, repo, tag: 'v1.0.0', body: 'notes' });
    expect(first.state).toBe('created');
    expect(first.release).toMatchObject({ draft: true, tag_name: 'v1.0.0', body: 'notes' });
    const second = await ensureDraftRelease(client, { owner: OWNER, repo, tag: 'v1.0.0', body: 'notes' });
    expect(second).toMatchObject({ state: 'existing', release: { id: first.release.id } });
    expect(github.state.releases(OWNER, repo)).toHaveLength(1);
  });

  // octokit's throttling spaces writes from one process a second apart, so a handful of callers is
  // what fits in a test's time; the dist test races four separate processes.
  test('5 concurrent callers that all see "none" end with one draft, the lowest id, and agree on it', async () => {
    github.faults(
      scriptedFaults(
        Array.from({ length: 5 }, () => ({ kind: 'latency' as const, ms: 300 })),
        (r) => r.method === 'GET' && r.path.endsWith('/releases'),
      ),
    );
    const results = await Promise.all(
      Array.from({ length: 5 }, () => ensureDraftRelease(client, { owner: OWNER, repo, tag: 'v1.0.0' })),
    );
    const releases = github.state.releases(OWNER, repo);
    expect(releases).toHaveLength(1);
    expect(
      github.log.count({
        operationId: 'repos/create-release',
        status: 201,
        pathPattern: `/repos/${OWNER}/${repo}/releases`,
      }),
    ).toBe(5);
    expect(new Set(results.map((r) => r.release.id))).toEqual(new Set([releases[0].id]));
    expect(results.filter((r) => r.state === 'created')).toHaveLength(1);
  });

  test('a published release wins over concurrent drafts and is never deleted', async () => {
    github.faults(
      scriptedFaults(
        Array.from({ length: 3 }, () => ({ kind: 'latency' as const, ms: 300 })),
        (r) => r.method === 'GET' && r.path.endsWith('/releases'),
      ),
    );
    const pending = Promise.all(
      Array.from({ length: 3 }, () => ensureDraftRelease(client, { owner: OWNER, repo, tag: 'v1.0.0' })),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const published = github.state.addRelease(OWNER, repo, { tagName: 'v1.0.0' });
    const results = await pending;
    expect(github.state.releases(OWNER, repo).map((r) => [r.id, r.draft])).toEqual([[published.id, false]]);
    for (const r of results) expect(r).toMatchObject({ state: 'existing', release: { id: published.id } });
  });

  test('property: any interleaving and any transient faults leave exactly one release', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        async (callers, seed) => {
          const repo = `releases-${++n}`;
          github.faults(
            seededFaults(seed, {
              rate: 0.4,
              kinds: ['latency', 'status', 'secondary-rate-limit'],
              maxLatencyMs: 120,
              rateLimitSeconds: 1,
              maxConsecutive: 2,
            }),
          );
          const results = await Promise.all(
            Array.from({ length: callers }, () => ensureDraftRelease(client, { owner: OWNER, repo, tag: 'v3.1.4' })),
          );
          github.faults(noFaults);
          const releases = github.state.releases(OWNER, repo);
          expect(releases).toHaveLength(1);
          expect(new Set(results.map((r) => r.release.id))).toEqual(new Set([releases[0].id]));
        },
      ),
      { numRuns: 4 },
    );
  }, 100_000);
});

describe('publishRelease', () => {
  test('publishes a draft as latest when it is the highest stable version; a rerun is unchanged', async () => {
    github.state.addRelease(OWNER, repo, { tagName: 'v1.0.0' });
    const { release } = await ensureDraftRelease(client, { owner: OWNER, repo, tag: 'v1.1.0' });
    const result = await publishRelease(client, { owner: OWNER, repo, release, version: '1.1.0' });
    expect(result).toMatchObject({ state: 'published', latest: true, release: { draft: false } });
    expect(github.state.latestReleaseId(OWNER, repo)).toBe(release.id);
    const again = await publishRelease(client, { owner: OWNER, repo, release: result.release, version: '1.1.0' });
    expect(again.state).toBe('unchanged');
  });

  test('a backport patch below the latest is not marked latest', async () => {
    const current = github.state.addRelease(OWNER, repo, { tagName: 'v2.0.0' });
    const { release } = await ensureDraftRelease(client, { owner: OWNER, repo, tag: 'v1.4.9' });
    const result = await publishRelease(client, { owner: OWNER, repo, release, version: '1.4.9' });
    expect(result).toMatchObject({ state: 'published', latest: false });
    expect(github.state.latestReleaseId(OWNER, repo)).toBe(current.id);
  });
});
