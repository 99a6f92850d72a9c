// release-notes-from-changelog mode supersede through its bundle and the CLI, against the GitHub stand-in.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runAction, runCli, type ActionRun } from '../harness/run-action.js';
import { noFaults } from '../harness/faults.js';
import { startGitHubStandIn, type GitHubStandIn } from '../github/standin.js';

const ACTION = 'release-notes-from-changelog';
const OWNER = 'acme';
const TOKEN = 'ghs_releaseKitTestToken0123456789abcdefXYZ';
const REASON = 'the arm64 image crashes on start';
const BANNER = `> [!WARNING]\n> Superseded by v0.3.1: ${REASON}. Use v0.3.1 instead.\n\n`;

// A kruntimes-shaped changelog: the bad 0.3.0 and the patch that replaces it.
const CHANGELOG = `# Changelog

## Unreleased

## v0.3.1 - 2026-03-02

Supersedes v0.3.0, whose arm64 image crashed on start.

### Fixed

- The arm64 image starts again.

## v0.3.0 - 2026-03-01

### Added

- Runtime pools.

## v0.2.0 - 2026-02-01

### Added

- Workflows.

## 1.4.10 - 2026-01-02

### Fixed

- A patch to the 1.4 line.

## 1.4.9 - 2026-01-01

### Fixed

- Something.
`;

let github: GitHubStandIn;
let workspace: string;
let repo: string;
let counter = 0;

beforeAll(async () => {
  github = await startGitHubStandIn();
});
afterAll(async () => {
  await github?.close();
});
afterEach(() => github.assertNoSchemaViolations());
beforeEach(async () => {
  repo = `kruntimes-supersede-${++counter}`;
  github.faults(noFaults);
  workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-supersede-'));
  await writeFile(path.join(workspace, 'CHANGELOG.md'), CHANGELOG);
});

function run(mode: string, inputs: Record<string, string> = {}, ref = 'refs/tags/v0.3.1'): Promise<ActionRun> {
  return runAction(ACTION, {
    inputs: { mode, token: TOKEN, ...inputs },
    env: { ...github.env(), GITHUB_REPOSITORY: `${OWNER}/${repo}`, GITHUB_REF: ref },
    workspace,
  });
}

const supersede = (inputs: Record<string, string> = {}, ref?: string) =>
  run('supersede', { supersedes: 'v0.3.0', 'supersede-reason': REASON, ...inputs }, ref);

function errors(result: ActionRun): string[] {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

const release = (tag: string) => github.state.releases(OWNER, repo).find((r) => r.tagName === tag)!;
const latestTag = () =>
  github.state.releases(OWNER, repo).find((r) => r.id === github.state.latestReleaseId(OWNER, repo))?.tagName;
/** Requests on this test's repository that change something. */
const writes = () =>
  github.log.filter({ pathPattern: new RegExp(`^/repos/${OWNER}/${repo}/`) }).filter((e) => e.method !== 'GET').length;

describe('release-notes-from-changelog mode supersede (dist)', () => {
  test('banner on the old release, a line on the new one, latest taken from the old; a rerun is unchanged; publish makes the patch latest', async () => {
    github.state.addRelease(OWNER, repo, { tagName: 'v0.2.0', body: 'v0.2.0 notes' });
    github.state.addRelease(OWNER, repo, { tagName: 'v0.3.0', body: '## Summary\n\nRuntime pools.\n' });
    expect(latestTag()).toBe('v0.3.0');

    const first = await supersede();
    expect(errors(first)).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({
      version: '0.3.1',
      tag: 'v0.3.1',
      state: 'created',
      'superseded-release-id': String(release('v0.3.0').id),
    });
    // The new release: a draft whose notes open with the release it supersedes.
    expect(release('v0.3.1')).toMatchObject({ draft: true });
    expect(release('v0.3.1').body).toBe(first.outputs.body);
    expect(first.outputs.body).toMatch(
      new RegExp(`^> \\[!NOTE\\]\\n> Supersedes v0\\.3\\.0: ${REASON}\\.\\n\\n## Summary\\n`),
    );
    // The old release: the banner on top, the notes below untouched.
    expect(release('v0.3.0').body).toBe(`${BANNER}## Summary\n\nRuntime pools.\n`);
    // The patch is a draft, so the highest other published release holds "latest" meanwhile.
    expect(latestTag()).toBe('v0.2.0');
    expect(first.summary).toContain('latest: moved from v0.3.0 to v0.2.0');

    const writesBefore = writes();
    const again = await supersede();
    expect(errors(again)).toEqual([]);
    expect(again.outputs.state).toBe('unchanged');
    expect(writes()).toBe(writesBefore);
    expect(release('v0.3.0').body).toBe(`${BANNER}## Summary\n\nRuntime pools.\n`);

    const published = await run('publish');
    expect(published.outputs.state).toBe('published');
    expect(latestTag()).toBe('v0.3.1');
    // Rerun after publishing: still nothing to do, the banner is not stacked.
    const afterPublish = await supersede();
    expect(afterPublish.outputs.state).toBe('unchanged');
    expect(release('v0.3.0').body!.match(/Superseded by/g)).toHaveLength(1);
    expect(latestTag()).toBe('v0.3.1');
    expect(github.state.releases(OWNER, repo)).toHaveLength(3);
  });

  // Issue 20: the release job of the workflow runs after supersede, without `supersedes` (it renders
  // the notes the same way for every release); it used to rewrite the body without the line.
  test('release mode after supersede keeps the "Supersedes" line (and a rerun changes nothing)', async () => {
    github.state.addRelease(OWNER, repo, { tagName: 'v0.3.0', body: '## Summary\n\nRuntime pools.\n' });
    const superseded = await supersede();
    expect(superseded.exitCode).toBe(0);
    const body = release('v0.3.1').body!;
    expect(body).toMatch(/^> \[!NOTE\]\n> Supersedes v0\.3\.0: /);

    const drafted = await run('release');
    expect(errors(drafted)).toEqual([]);
    expect(drafted.outputs.state).toBe('unchanged');
    expect(release('v0.3.1').body).toBe(body);
    expect(drafted.outputs.body).toBe(body);
  });

  test('a new reason replaces the banner instead of adding a second one', async () => {
    github.state.addRelease(OWNER, repo, { tagName: 'v0.3.0', body: 'old notes' });
    expect((await supersede()).outputs.state).toBe('created');
    const changed = await supersede({ 'supersede-reason': 'the chart misses the CRDs.' });
    expect(errors(changed)).toEqual([]);
    expect(changed.outputs.state).toBe('updated');
    expect(release('v0.3.0').body).toBe(
      '> [!WARNING]\n> Superseded by v0.3.1: the chart misses the CRDs. Use v0.3.1 instead.\n\nold notes',
    );
    expect(release('v0.3.1').body).toMatch(/^> \[!NOTE\]\n> Supersedes v0\.3\.0: the chart misses the CRDs\.\n\n/);
  });

  test('immutable releases: the banner is written (notes stay editable), tag and assets stay as they were', async () => {
    github.setImmutable(OWNER, repo, true);
    const old = github.state.addRelease(OWNER, repo, {
      tagName: 'v0.3.0',
      body: 'bad release',
      targetCommitish: 'a'.repeat(40),
      assets: [{ name: 'krt_v0.3.0_checksums.txt', bytes: 'x' }],
    });
    expect(old.immutable).toBe(true);
    const result = await supersede();
    expect(errors(result)).toEqual([]);
    expect(result.outputs.state).toBe('created');
    const after = release('v0.3.0');
    expect(after).toMatchObject({ immutable: true, draft: false, tagName: 'v0.3.0', targetCommitish: 'a'.repeat(40) });
    expect(after.body).toBe(`${BANNER}bad release`);
    expect(after.assets.map((a) => a.name)).toEqual(['krt_v0.3.0_checksums.txt']);
    // Nothing else can take "latest" while the patch is a draft: the run says so, publish fixes it.
    expect(latestTag()).toBe('v0.3.0');
    expect(
      result.annotations.some(
        (a) =>
          a.level === 'warning' &&
          a.message === 'v0.3.0 stays latest until v0.3.1 is published (publish marks it latest)',
      ),
    ).toBe(true);
    expect((await run('publish')).outputs.state).toBe('published');
    expect(latestTag()).toBe('v0.3.1');
    expect(release('v0.3.1').immutable).toBe(true);
    // Superseding again once both are immutable: only notes are edited, and nothing is left to change.
    expect((await supersede()).outputs.state).toBe('unchanged');
  });

  test('a patch to an older line supersedes its release without taking latest from the highest version', async () => {
    github.state.addRelease(OWNER, repo, { tagName: 'v1.4.9', body: 'old line' });
    github.state.addRelease(OWNER, repo, { tagName: 'v2.0.0', body: 'current' });
    expect(latestTag()).toBe('v2.0.0');
    const ref = 'refs/tags/v1.4.10';
    const result = await supersede({ supersedes: '1.4.9' }, ref);
    expect(errors(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ tag: 'v1.4.10', state: 'created' });
    expect(release('v1.4.9').body).toBe(
      '> [!WARNING]\n> Superseded by v1.4.10: the arm64 image crashes on start. Use v1.4.10 instead.\n\nold line',
    );
    expect((await run('publish', {}, ref)).outputs.state).toBe('published');
    expect(latestTag()).toBe('v2.0.0');
    expect((await supersede({ supersedes: '1.4.9' }, ref)).outputs.state).toBe('unchanged');
    expect(latestTag()).toBe('v2.0.0');
  });

  test('release with supersedes adds the line to the new notes and leaves the old release alone', async () => {
    github.state.addRelease(OWNER, repo, { tagName: 'v0.3.0', body: 'old notes' });
    const drafted = await run('release', { supersedes: 'v0.3.0', 'supersede-reason': REASON });
    expect(errors(drafted)).toEqual([]);
    expect(release('v0.3.1').body).toMatch(/^> \[!NOTE\]\n> Supersedes v0\.3\.0: the arm64 image crashes on start\.\n/);
    expect(release('v0.3.0').body).toBe('old notes');
    const notes = await run('notes', { supersedes: 'v0.3.0', 'supersede-reason': REASON });
    expect(notes.outputs.body).toBe(release('v0.3.1').body);
  });

  test('bad input is refused in one line naming the input, before any write', async () => {
    github.state.addRelease(OWNER, repo, { tagName: 'v0.3.0', body: 'old notes' });
    github.state.addRelease(OWNER, repo, { tagName: 'v0.2.1', draft: true, body: 'a draft' });
    const cases: [Record<string, string>, string][] = [
      [
        { supersedes: '' },
        `input 'supersedes' has invalid value "": expected the tag of the release being superseded, such as v1.2.3 (mode 'supersede')`,
      ],
      [
        { supersedes: 'v0.3.1' },
        `input 'supersedes' has invalid value "v0.3.1": expected an earlier release than v0.3.1 itself`,
      ],
      [
        { supersedes: 'v0.4.0' },
        `input 'supersedes' has invalid value "v0.4.0": expected a release lower than 0.3.1, the version being released (v0.4.0 can only be superseded by a later version, such as its superseding patch v0.4.1)`,
      ],
      [
        { supersedes: 'nightly' },
        `input 'supersedes' has invalid value "nightly": expected the tag of the release being superseded`,
      ],
      [{ 'supersede-reason': '' }, `input 'supersede-reason' has invalid value "": expected one line`],
      [{ 'supersede-reason': 'one\ntwo' }, `input 'supersede-reason' has invalid value "one\\ntwo": expected one line`],
      [
        { supersedes: 'v0.1.0' },
        `input 'supersedes' has invalid value "v0.1.0": expected the tag of a published release in ${OWNER}/${repo}; there is no release for v0.1.0`,
      ],
      [
        { supersedes: 'v0.2.1' },
        `input 'supersedes' has invalid value "v0.2.1": expected a published release; v0.2.1 in ${OWNER}/${repo} is only a draft`,
      ],
    ];
    for (const [inputs, message] of cases) {
      const result = await supersede(inputs);
      expect([inputs, result.exitCode]).toEqual([inputs, 1]);
      expect(errors(result)).toHaveLength(1);
      expect(errors(result)[0]).toContain(message);
      expect(errors(result)[0]).not.toContain('\n');
    }
    expect(writes()).toBe(0);
    expect(release('v0.3.0').body).toBe('old notes');
    expect(github.state.releases(OWNER, repo)).toHaveLength(2);
  });

  test('CLI: `release-kit changelog supersede` takes the superseding patch as the version, and a rerun is unchanged', async () => {
    github.state.addRelease(OWNER, repo, { tagName: 'v0.3.0', body: 'old notes' });
    const args = [
      'changelog',
      'supersede',
      '--supersedes',
      'v0.3.0',
      '--supersede-reason',
      REASON,
      '--repository',
      `${OWNER}/${repo}`,
    ];
    const env = { ...github.env(), GITHUB_ACTIONS: undefined, GITHUB_REF: '', GITHUB_TOKEN: TOKEN };
    const first = await runCli(args, { workspace, env });
    expect(first.stderr).toBe('warning: v0.3.0 stays latest until v0.3.1 is published (publish marks it latest)\n');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/^tag=v0\.3\.1$/m);
    expect(first.stdout).toMatch(/^state=created$/m);
    expect(release('v0.3.0').body).toBe(`${BANNER}old notes`);
    const again = await runCli(args, { workspace, env });
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toMatch(/^state=unchanged$/m);
    // A prefixed series stays in its series: krt-v0.3.0 is superseded by krt-v0.3.1.
    github.state.addRelease(OWNER, repo, { tagName: 'krt-v0.3.0', body: 'krt notes' });
    const series = await runCli(
      [
        'changelog',
        'supersede',
        '--supersedes',
        'krt-v0.3.0',
        '--supersede-reason',
        REASON,
        '--repository',
        `${OWNER}/${repo}`,
      ],
      { workspace, env },
    );
    expect(series.exitCode).toBe(0);
    expect(series.stdout).toMatch(/^tag=krt-v0\.3\.1$/m);
    expect(release('krt-v0.3.0').body).toBe(
      `> [!WARNING]\n> Superseded by krt-v0.3.1: ${REASON}. Use krt-v0.3.1 instead.\n\nkrt notes`,
    );
    const refused = await runCli(
      [
        'changelog',
        'supersede',
        '0.3.0',
        '--supersedes',
        'v0.3.0',
        '--supersede-reason',
        REASON,
        '--repository',
        `${OWNER}/${repo}`,
      ],
      { workspace, env },
    );
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr.trim()).toMatch(
      /^error: input 'supersedes' has invalid value "v0\.3\.0": expected an earlier release than v0\.3\.0 itself/,
    );
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
  });
});
