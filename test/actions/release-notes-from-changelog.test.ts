// release-notes-from-changelog through its bundle (dist/), the way the runner runs it, against the GitHub stand-in.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { runAction, runCli, type ActionRun } from '../harness/run-action.js';
import { barrierFaults, seededFaults, noFaults } from '../harness/faults.js';
import { startGitHubStandIn, type GitHubStandIn } from '../github/standin.js';

const ACTION = 'release-notes-from-changelog';
const OWNER = 'acme';
const REPO = 'kruntimes';
const TOKEN = 'ghs_releaseKitTestToken0123456789abcdefXYZ';
const fixtures = path.join(import.meta.dirname, '..', 'changelog', 'fixtures');
const describeBundled = describe; // dist/ is committed: a missing bundle must fail, not skip
const cliTest = test;

let github: GitHubStandIn;
let workspace: string;
let counter = 0;

beforeAll(async () => {
  github = await startGitHubStandIn();
});
afterAll(async () => {
  await github?.close();
});

/** Each test gets its own repository on the stand-in, so state never leaks between tests. */
let repo: string;
beforeEach(async () => {
  repo = `${REPO}-${++counter}`;
  github.faults(noFaults);
  workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-notes-'));
  await writeFile(
    path.join(workspace, 'CHANGELOG.md'),
    readFileSync(path.join(fixtures, 'keep-a-changelog.md'), 'utf8'),
  );
});

function run(mode: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(ACTION, {
    inputs: { mode, token: TOKEN, ...inputs },
    env: { ...github.env(), GITHUB_REPOSITORY: `${OWNER}/${repo}`, GITHUB_REF: 'refs/tags/v1.0.0', ...env },
    workspace,
  });
}

function errors(result: ActionRun): string[] {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

async function uploadAsset(releaseId: number, name: string, bytes: string): Promise<void> {
  const release = github.state.releases(OWNER, repo).find((r) => r.id === releaseId)!;
  expect(release).toBeDefined();
  const response = await fetch(
    `${github.uploadsUrl}/repos/${OWNER}/${repo}/releases/${releaseId}/assets?name=${encodeURIComponent(name)}`,
    {
      method: 'POST',
      headers: {
        authorization: `token ${TOKEN}`,
        'content-type': 'application/octet-stream',
        accept: 'application/vnd.github+json',
      },
      body: bytes,
    },
  );
  expect(response.status).toBe(201);
}

describeBundled('release-notes-from-changelog (dist)', () => {
  test('notes: the body in the seed outline, in the output, the body file and the step summary', async () => {
    const result = await run('notes', { images: `ghcr.io/acme/kruntimes:v1.0.0@sha256:${'cd'.repeat(32)}` });
    expect(errors(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ version: '1.0.0', tag: 'v1.0.0', prerelease: 'false', state: 'unchanged' });
    expect(result.outputs.body).toMatch(/^## Summary\n/);
    expect(result.outputs.body).toContain(`| \`ghcr.io/acme/kruntimes:v1.0.0\` | \`sha256:${'cd'.repeat(32)}\` |`);
    // No signature claimed, so no cosign command (release-notes-claims.test.ts covers the claims).
    expect(result.outputs.body).not.toContain('cosign verify');
    expect(await readFile(result.outputs['body-file'], 'utf8')).toBe(result.outputs.body);
    expect(result.summary).toContain(result.outputs.body.trim());
    expect(github.log.count({ pathPattern: new RegExp(`^/repos/${OWNER}/${repo}/`) })).toBe(0); // notes never calls GitHub
  });

  test('version and tag come from a pushed tag, prefixed or not; a non-SemVer tag is refused', async () => {
    const prefixed = await run('notes', {}, { GITHUB_REF: 'refs/tags/kruntimes-v1.0.0' });
    expect(prefixed.outputs).toMatchObject({ version: '1.0.0', tag: 'kruntimes-v1.0.0' });
    expect(prefixed.outputs.body).toContain(`/blob/kruntimes-v1.0.0/CHANGELOG.md`);
    const rc = await run('notes', { version: '0.2.0-rc.1' }, { GITHUB_REF: 'refs/heads/main' });
    expect(rc.outputs).toMatchObject({ version: '0.2.0-rc.1', tag: 'v0.2.0-rc.1', prerelease: 'true' });
    const bad = await run('notes', {}, { GITHUB_REF: 'refs/tags/nightly' });
    expect(bad.exitCode).toBe(1);
    expect(errors(bad)).toEqual([
      'input \'GITHUB_REF\' has invalid value "nightly": expected a SemVer version such as 1.2.3 or 1.2.3-rc.1 (a v prefix is fine)',
    ]);
  });

  cliTest(
    'prepare through the CLI (`release-kit changelog prepare 0.2.0`), rerun unchanged, chart annotation injected',
    async () => {
      await writeFile(path.join(workspace, 'CHANGELOG.md'), readFileSync(path.join(fixtures, 'kruntimes.md'), 'utf8'));
      await mkdir(path.join(workspace, 'charts', 'kruntimes'), { recursive: true });
      const chart = readFileSync(path.join(fixtures, 'Chart.yaml'), 'utf8');
      await writeFile(path.join(workspace, 'charts', 'kruntimes', 'Chart.yaml'), chart);
      await writeFile(
        path.join(workspace, 'charts', 'kruntimes', 'release-notes.md'),
        'Watches all namespaces by default.\n',
      );
      const args = [
        'changelog',
        'prepare',
        '0.2.0',
        '--date',
        '2026-02-01',
        '--chart-release-notes',
        'charts/kruntimes/release-notes.md',
      ];
      const first = await runCli(args, { workspace, env: { GITHUB_REF: '' } });
      expect(first.stderr).toBe('');
      expect(first.exitCode).toBe(0);
      expect(first.stdout).toMatch(/^state=prepared$/m);
      const prepared = await readFile(path.join(workspace, 'CHANGELOG.md'), 'utf8');
      expect(prepared).toBe(
        readFileSync(path.join(fixtures, 'kruntimes.md'), 'utf8').replace(
          '## Unreleased\n',
          '## Unreleased\n\n## v0.2.0 - 2026-02-01\n',
        ),
      );
      const chartAfter = await readFile(path.join(workspace, 'charts', 'kruntimes', 'Chart.yaml'), 'utf8');
      expect(chartAfter).toContain('  catalog.cattle.io/release-notes: |\n    Watches all namespaces by default.\n');
      expect(
        chartAfter.replace('  catalog.cattle.io/release-notes: |\n    Watches all namespaces by default.\n', ''),
      ).toBe(chart);
      const again = await runCli(args, { workspace, env: { GITHUB_REF: '' } });
      expect(again.exitCode).toBe(0);
      expect(again.stdout).toMatch(/^state=unchanged$/m);
      expect(await readFile(path.join(workspace, 'CHANGELOG.md'), 'utf8')).toBe(prepared);
    },
  );

  test('prepare refuses a version that exists and writes nothing', async () => {
    const before = await readFile(path.join(workspace, 'CHANGELOG.md'), 'utf8');
    const result = await run('prepare', { version: '1.0.0', date: '2026-03-01' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')).toMatchObject({ file: 'CHANGELOG.md', line: 19 });
    expect(errors(result)[0]).toMatch(/version 1\.0\.0 already exists \(dated 2026-01-31\)/);
    expect(await readFile(path.join(workspace, 'CHANGELOG.md'), 'utf8')).toBe(before);
  });

  test('a 0.x release carries the experimental notice; the input replaces it', async () => {
    await writeFile(path.join(workspace, 'CHANGELOG.md'), readFileSync(path.join(fixtures, 'kruntimes.md'), 'utf8'));
    const standard = await run('notes', {}, { GITHUB_REF: 'refs/tags/v0.1.0' });
    expect(standard.exitCode).toBe(0);
    expect(standard.outputs.body).toContain(
      `> **Experimental:** ${repo} 0.1.0 is a 0.x release. Its \`v1alpha1\` APIs may change incompatibly`,
    );
    const custom = await run(
      'notes',
      { 'experimental-notice': 'Alpha: expect breaking changes in v1alpha2.' },
      { GITHUB_REF: 'refs/tags/v0.1.0' },
    );
    expect(custom.outputs.body).toContain('> Alpha: expect breaking changes in v1alpha2.');
    expect(custom.outputs.body).not.toContain('v1alpha1');
  });

  test('4 concurrent release runs leave exactly one draft', async () => {
    // Hold the first four listings and answer them at one instant, so that all four processes see
    // "no release" and all four create one: the convergence is what is under test.
    github.faults(barrierFaults(4, 8000, (r) => r.method === 'GET' && r.path.endsWith('/releases')));
    const results = await Promise.all([1, 2, 3, 4].map(() => run('release')));
    for (const result of results) expect(errors(result)).toEqual([]);
    const releases = github.state.releases(OWNER, repo);
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ tagName: 'v1.0.0', draft: true });
    expect(new Set(results.map((r) => r.outputs['release-id']))).toEqual(new Set([String(releases[0].id)]));
    expect(results.map((r) => r.outputs.state).sort()).toEqual(['created', 'unchanged', 'unchanged', 'unchanged']);
    // They really raced: four drafts were created and every extra one was deleted.
    const creates = github.log.count({
      operationId: 'repos/create-release',
      status: 201,
      pathPattern: `/repos/${OWNER}/${repo}/releases`,
    });
    expect(creates).toBe(4);
    expect(github.log.count({ operationId: 'repos/delete-release', status: 204 })).toBeGreaterThanOrEqual(creates - 1);
    github.assertNoSchemaViolations();
  });

  test('release reruns: same body unchanged, new body updated', async () => {
    const created = await run('release');
    expect(created.outputs.state).toBe('created');
    const again = await run('release');
    expect(again.outputs.state).toBe('unchanged');
    const updated = await run('release', { 'known-limitations': 'ARM64 images are not signed yet.' });
    expect(updated.outputs.state).toBe('updated');
    const [release] = github.state.releases(OWNER, repo);
    expect(release.body).toContain('ARM64 images are not signed yet.');
    expect(github.state.releases(OWNER, repo)).toHaveLength(1);
  });

  test('publish is refused while a required asset is missing, then publishes, then is unchanged', async () => {
    const created = await run('release');
    const id = Number(created.outputs['release-id']);
    // A real checksums line: publish verifies the draft, and the archive's bytes must match it.
    const sum = createHash('sha256').update('binary').digest('hex');
    await uploadAsset(id, 'kruntimes_v1.0.0_checksums.txt', `${sum}  kruntimes_v1.0.0_linux_amd64.tar.gz\n`);
    const requireAssets = 'kruntimes_v1.0.0_checksums.txt\n*_linux_amd64.tar.gz';
    const refused = await run('publish', { 'require-assets': requireAssets });
    expect(refused.exitCode).toBe(1);
    expect(errors(refused)[0]).toMatch(
      /release v1\.0\.0 cannot be published: missing \*_linux_amd64\.tar\.gz \(input 'require-assets'\)/,
    );
    expect(github.state.releases(OWNER, repo)[0].draft).toBe(true);
    await uploadAsset(id, 'kruntimes_v1.0.0_linux_amd64.tar.gz', 'binary');
    const published = await run('publish', { 'require-assets': requireAssets });
    expect(errors(published)).toEqual([]);
    expect(published.outputs).toMatchObject({ state: 'published', 'release-id': String(id) });
    expect(github.state.releases(OWNER, repo)[0].draft).toBe(false);
    expect(github.state.latestReleaseId(OWNER, repo)).toBe(id);
    const again = await run('publish', { 'require-assets': requireAssets });
    expect(again.outputs.state).toBe('unchanged');
    // An asset deleted after publishing: the rerun stays unchanged (with a warning), it does not fail.
    const state = github.state.releases(OWNER, repo)[0];
    const asset = state.assets.find((a) => a.name === 'kruntimes_v1.0.0_linux_amd64.tar.gz')!;
    const deleted = await fetch(`${github.apiUrl}/repos/${OWNER}/${repo}/releases/assets/${asset.id}`, {
      method: 'DELETE',
      headers: { authorization: `token ${TOKEN}`, accept: 'application/vnd.github+json' },
    });
    expect(deleted.status).toBe(204);
    const rerun = await run('publish', { 'require-assets': requireAssets });
    expect(errors(rerun)).toEqual([]);
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs).toMatchObject({ state: 'unchanged', 'release-id': String(id) });
    expect(
      rerun.annotations.some(
        (a) =>
          a.level === 'warning' &&
          /already published but now lacks required assets: missing \*_linux_amd64\.tar\.gz/.test(a.message),
      ),
    ).toBe(true);
    expect(github.state.releases(OWNER, repo)[0].draft).toBe(false);
  });

  test('prepare rerun on a later day without a date is unchanged; an explicit other date is refused', async () => {
    const first = await run('prepare', { version: '1.1.0', date: '2026-01-01' });
    expect(first.outputs.state).toBe('prepared');
    const prepared = await readFile(path.join(workspace, 'CHANGELOG.md'), 'utf8');
    // Today (UTC) is not 2026-01-01, so the defaulted date differs from the section's.
    const rerun = await run('prepare', { version: '1.1.0' });
    expect(errors(rerun)).toEqual([]);
    expect(rerun.outputs.state).toBe('unchanged');
    const explicit = await run('prepare', { version: '1.1.0', date: '2026-01-02' });
    expect(explicit.exitCode).toBe(1);
    expect(errors(explicit)[0]).toMatch(/version 1\.1\.0 already exists \(dated 2026-01-01\)/);
    expect(await readFile(path.join(workspace, 'CHANGELOG.md'), 'utf8')).toBe(prepared);
  });

  test('a lower version or a prerelease is never marked latest', async () => {
    github.state.addRelease(OWNER, repo, { tagName: 'v2.0.0', body: 'current' });
    const latest = github.state.latestReleaseId(OWNER, repo);
    await run('release');
    const published = await run('publish');
    expect(published.outputs.state).toBe('published');
    expect(published.summary).toContain('not marked latest');
    expect(github.state.latestReleaseId(OWNER, repo)).toBe(latest);
    await run('release', {}, { GITHUB_REF: 'refs/tags/v0.2.0-rc.1' });
    const rc = await run('publish', {}, { GITHUB_REF: 'refs/tags/v0.2.0-rc.1' });
    expect(rc.outputs).toMatchObject({ state: 'published', prerelease: 'true' });
    expect(github.state.releases(OWNER, repo).find((r) => r.tagName === 'v0.2.0-rc.1')).toMatchObject({
      prerelease: true,
      draft: false,
    });
    expect(github.state.latestReleaseId(OWNER, repo)).toBe(latest);
  });

  test('immutable releases: publish is last; what needs more fails with the superseding patch and the steps', async () => {
    github.setImmutable(OWNER, repo, true);
    const created = await run('release');
    await uploadAsset(Number(created.outputs['release-id']), 'kruntimes_v1.0.0_checksums.txt', 'x');
    const published = await run('publish', { 'require-assets': 'kruntimes_v1.0.0_checksums.txt' });
    expect(published.outputs.state).toBe('published');
    expect(github.state.releases(OWNER, repo)[0].immutable).toBe(true);
    // Notes stay editable on an immutable release: a rerun of release with the same inputs is unchanged.
    expect((await run('release')).outputs.state).toBe('unchanged');
    expect((await run('release', { 'known-limitations': 'Found after publishing.' })).outputs.state).toBe('updated');
    // Asking for an asset that can no longer be attached.
    const locked = await run('publish', {
      'require-assets': 'kruntimes_v1.0.0_checksums.txt\nkruntimes_v1.0.0_linux_arm64.tar.gz',
    });
    expect(locked.exitCode).toBe(1);
    expect(errors(locked)[0]).toMatch(
      /release v1\.0\.0 is published and immutable .*cut a new patch release \(v1\.0\.1\) that supersedes it/,
    );
    expect(locked.summary).toContain('### Release v1.0.0 failed after it was published');
    expect(locked.summary).toContain('Tag v1.0.1 and let the release workflow run');
  });

  // GitHub refuses to publish any release for a tag an immutable release has used, even after that
  // release is deleted.
  test('a tag locked by a deleted immutable release is refused with the superseding patch', async () => {
    github.setImmutable(OWNER, repo, true);
    await run('release');
    expect((await run('publish')).outputs.state).toBe('published');
    const id = github.state.releases(OWNER, repo)[0].id;
    const deleted = await fetch(`${github.apiUrl}/repos/${OWNER}/${repo}/releases/${id}`, {
      method: 'DELETE',
      headers: { authorization: `token ${TOKEN}` },
    });
    expect(deleted.status).toBe(204);
    expect((await run('release')).outputs.state).toBe('created');
    const reuse = await run('publish');
    expect(reuse.exitCode).toBe(1);
    expect(errors(reuse)[0]).toMatch(
      /release v1\.0\.0 is published and immutable \(.*tag_name was used by an immutable release.*\).*cut a new patch release \(v1\.0\.1\)/,
    );
    expect(reuse.summary).toContain('Do not delete or move the tag');
  });

  test('the body is capped at 125,000 characters before the API call, with a link to the full changelog', async () => {
    const entries = Array.from(
      { length: 3000 },
      (_, i) => `- Change number ${i} with enough words to take some room in the notes.`,
    ).join('\n');
    await writeFile(
      path.join(workspace, 'CHANGELOG.md'),
      `# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-01-31\n\n### Fixed\n\n${entries}\n`,
    );
    const result = await run('release');
    expect(errors(result)).toEqual([]);
    expect(result.outputs.state).toBe('created');
    const [release] = github.state.releases(OWNER, repo);
    expect(release.body!.length).toBeLessThanOrEqual(125_000);
    expect(release.body).toMatch(
      new RegExp(
        `Read the full changelog: ${github.serverUrl.replace(/[.]/g, '\\.')}/acme/${repo}/blob/v1\\.0\\.0/CHANGELOG\\.md\\*\\n$`,
      ),
    );
    expect(result.outputs.body).toBe(release.body);
    // The log spans the whole file; this test's requests are the ones on its own repository.
    const ownRequests = new RegExp(`^/repos/${OWNER}/${repo}/`);
    expect(github.log.count({ pathPattern: ownRequests })).toBeGreaterThan(0);
    expect(github.log.count({ status: 422, pathPattern: ownRequests })).toBe(0);
    expect(result.annotations.some((a) => a.level === 'warning' && /exceed 125,000 characters/.test(a.message))).toBe(
      true,
    );
  });

  test('5xx and rate limits are retried through the shared client', async () => {
    github.faults(
      seededFaults(7, {
        rate: 0.5,
        kinds: ['status', 'secondary-rate-limit', 'primary-rate-limit'],
        maxConsecutive: 2,
        rateLimitSeconds: 1,
      }),
      'api',
    );
    const released = await run('release');
    expect(errors(released)).toEqual([]);
    expect(released.outputs.state).toBe('created');
    const published = await run('publish');
    expect(errors(published)).toEqual([]);
    expect(published.outputs.state).toBe('published');
    expect(github.log.count({ faulted: true })).toBeGreaterThan(0);
    expect(github.state.releases(OWNER, repo)).toHaveLength(1);
  });

  test('the token is masked and never printed, not even when GitHub refuses it', async () => {
    const ok = await run('release');
    expect(ok.masks).toContain(TOKEN);
    expect(ok.everything).not.toContain(TOKEN);
    const strict = await startGitHubStandIn({ tokens: { 'some-other-token': {} } });
    try {
      const refused = await runAction(ACTION, {
        inputs: { mode: 'release', token: TOKEN },
        env: { ...strict.env(), GITHUB_REPOSITORY: `${OWNER}/${repo}`, GITHUB_REF: 'refs/tags/v1.0.0' },
        workspace,
      });
      expect(refused.exitCode).not.toBe(0);
      expect(refused.everything).not.toContain(TOKEN);
      expect(refused.everything).toMatch(/Bad credentials/);
    } finally {
      await strict.close();
    }
  });

  test('bad input names the input, the value and what is valid, before any request', async () => {
    const result = await run('mystery');
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      'input \'mode\' has invalid value "mystery": expected one of prepare, notes, release, publish, supersede',
    ]);
    const template = path.join(workspace, 'notes.tpl.md');
    await writeFile(template, '## {{summary}}\n\n{{ changelog }}\n{{images_table}}\n');
    const bad = await run('release', { template: 'notes.tpl.md' });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.find((a) => a.level === 'error')).toMatchObject({ file: 'notes.tpl.md', line: 4 });
    expect(github.log.count({ pathPattern: new RegExp(`/repos/${OWNER}/${repo}/`) })).toBe(0);
  });
});
