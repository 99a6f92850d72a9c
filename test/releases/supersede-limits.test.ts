// GitHub's 125,000-character body limit, checked before the first write: a supersede whose banner
// would push the old release's notes over it stops before the new draft is created (it used to create
// the draft, then fail the edit, leaving half a supersession), and release mode never sends a body
// over the limit.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { operation } from '../../packages/release-kit/src/operations/release-notes-from-changelog.js';
import { RELEASE_BODY_LIMIT } from '../../packages/release-kit/src/releases/notes.js';
import { runActionInProcess } from '../harness/in-process.js';
import { startGitHubStandIn, type GitHubStandIn } from '../github/standin.js';

const OWNER = 'acme';
const CHANGELOG = `# Changelog

## Unreleased

## v0.3.1 - 2026-03-02

### Fixed

- The arm64 image starts again.

## v0.3.0 - 2026-03-01

### Added

- Runtime pools.
`;

let github: GitHubStandIn;
let workspace = '';
let counter = 0;
beforeAll(async () => {
  github = await startGitHubStandIn();
  workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-supersede-limits-'));
  await writeFile(path.join(workspace, 'CHANGELOG.md'), CHANGELOG);
});
afterAll(async () => {
  await github?.close();
  await rm(workspace, { recursive: true, force: true });
});
afterEach(() => github.assertNoSchemaViolations());

function run(repo: string, mode: string, inputs: Record<string, string> = {}) {
  return runActionInProcess(operation, {
    workspace,
    inputs: { mode, token: 'ghs_t', ...inputs },
    env: { ...github.env(), GITHUB_REPOSITORY: `${OWNER}/${repo}`, GITHUB_REF: 'refs/tags/v0.3.1' },
  });
}

const writesTo = (repo: string) =>
  github.log.filter({ pathPattern: new RegExp(`^/repos/${OWNER}/${repo}/`) }).filter((e) => e.method !== 'GET');

describe('supersede', () => {
  test('old notes with no room for the banner: refused before anything is written, naming the room needed', async () => {
    const repo = `limits-${++counter}`;
    const body = `## Summary\n\n${'x'.repeat(RELEASE_BODY_LIMIT - 40)}\n`;
    github.state.addRelease(OWNER, repo, { tagName: 'v0.3.0', body });
    const result = await run(repo, 'supersede', {
      supersedes: 'v0.3.0',
      'supersede-reason': 'the arm64 image crashes on start',
    });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(
      /^input 'supersedes' has invalid value "v0\.3\.0": .*the notes of v0\.3\.0 are 124,973 characters, and with the superseded banner \(\d+ more\) they would pass GitHub's 125,000-character limit; shorten them by at least \d+ characters/,
    );
    // Nothing half-done: no new draft, the old notes untouched, no write request at all.
    expect(github.state.releases(OWNER, repo).map((r) => r.tagName)).toEqual(['v0.3.0']);
    expect(github.state.releases(OWNER, repo)[0].body).toBe(body);
    expect(writesTo(repo)).toEqual([]);
  });

  test('old notes that leave just enough room: superseded', async () => {
    const repo = `limits-${++counter}`;
    const reason = 'the arm64 image crashes on start';
    const banner = `> [!WARNING]\n> Superseded by v0.3.1: ${reason}. Use v0.3.1 instead.\n\n`;
    const body = 'y'.repeat(RELEASE_BODY_LIMIT - banner.length);
    github.state.addRelease(OWNER, repo, { tagName: 'v0.3.0', body });
    const result = await run(repo, 'supersede', { supersedes: 'v0.3.0', 'supersede-reason': reason });
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(result.exitCode).toBe(0);
    const old = github.state.releases(OWNER, repo).find((r) => r.tagName === 'v0.3.0')!;
    expect(old.body).toBe(`${banner}${body}`);
    expect(old.body!.length).toBe(RELEASE_BODY_LIMIT);
  });
});

describe('release', () => {
  test('a changelog section longer than the limit: the draft is created with notes cut to fit', async () => {
    const repo = `limits-${++counter}`;
    const long = CHANGELOG.replace('- The arm64 image starts again.', `- ${'z'.repeat(80)}\n`.repeat(2000));
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-supersede-limits-long-'));
    try {
      await writeFile(path.join(dir, 'CHANGELOG.md'), long);
      const result = await runActionInProcess(operation, {
        workspace: dir,
        inputs: { mode: 'release', token: 'ghs_t' },
        env: { ...github.env(), GITHUB_REPOSITORY: `${OWNER}/${repo}`, GITHUB_REF: 'refs/tags/v0.3.1' },
      });
      expect(result.exitCode).toBe(0);
      const [draft] = github.state.releases(OWNER, repo);
      expect(draft.draft).toBe(true);
      expect(draft.body!.length).toBeLessThanOrEqual(RELEASE_BODY_LIMIT);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
