// bump-version run the way the runner runs it: dist/bump-version/index.js with INPUT_* variables,
// outputs and summary read back from the files the runner reads.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmod, lstat, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runAction, runCli } from '../harness/run-action.js';
import { git } from '../harness/git-fixture.js';
import {
  BUNTIME_CHART,
  buntimeFiles,
  buntimeReleaseFiles,
  createSampleRepo,
  kruntimesFiles,
  snapshot,
} from '../versions/fixtures.js';

const TOKEN = 'ghp_rkTestToken0123456789abcdefSECRET';
const TOKEN_B64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');

describe('bump-version bundle', () => {
  test('runtime change with tag: outputs, remote tag, summary and the GITHUB_TOKEN warning', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    await repo.write('apps/runtime/src/index.ts', 'export const hello = 3;\n');
    repo.commitAll('fix(runtime): change');
    const run = await runAction('bump-version', {
      workspace: repo.dir,
      inputs: { bump: 'chart=patch\napp=patch', tag: 'true' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.state).toBe('bumped');
    expect(JSON.parse(run.outputs.versions)).toEqual({
      chart: { previous: '0.2.26', current: '0.2.27' },
      app: { previous: '1.1.0', current: '1.1.1' },
    });
    expect(run.outputs.tag).toBe('v0.2.27');
    expect(run.outputs.commit).toBe(repo.git('rev-parse', 'HEAD'));
    expect(JSON.parse(run.outputs['changed-files'])).toEqual([
      'charts/buntime/Chart.yaml',
      'package.json',
      'apps/runtime/package.json',
      'README.md',
    ]);
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.2.27^{}']).split('\t')[0]).toBe(run.outputs.commit);
    expect(run.summary).toContain('| chart | 0.2.26 | 0.2.27 |');
    expect(
      run.annotations
        .filter((a) => a.level === 'warning')
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(/GITHUB_TOKEN/);
    expect(await readFile(path.join(repo.dir, 'charts/buntime/Chart.yaml'), 'utf8')).toContain('appVersion: "1.1.1"');

    const again = await runAction('bump-version', {
      workspace: repo.dir,
      inputs: { bump: 'chart=patch\napp=patch', tag: 'true' },
    });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({
      state: 'unchanged',
      tag: 'v0.2.27',
      commit: run.outputs.commit,
      'changed-files': '[]',
    });
  });

  test('Buntime prepare-then-bump in a workflow: prepared files named in include are committed; the rerun is unchanged', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    const prepare = { mode: 'prepare', version: '0.3.1', 'chart-release-notes': 'charts/release-notes.md' };
    const bump = { bump: 'chart=patch', tag: 'true', include: 'CHANGELOG.md\ncharts/Chart.yaml' };
    expect(
      (await runAction('release-notes-from-changelog', { workspace: repo.dir, inputs: prepare })).outputs.state,
    ).toBe('prepared');
    const run = await runAction('bump-version', { workspace: repo.dir, inputs: bump });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ state: 'bumped', tag: 'v0.3.1' });
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'CHANGELOG.md',
      'charts/Chart.yaml',
      'package.json',
    ]);

    const before = snapshot(repo);
    expect(
      (await runAction('release-notes-from-changelog', { workspace: repo.dir, inputs: prepare })).outputs.state,
    ).toBe('unchanged');
    const again = await runAction('bump-version', { workspace: repo.dir, inputs: bump });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ state: 'unchanged', tag: 'v0.3.1', commit: run.outputs.commit });
    expect(snapshot(repo)).toBe(before);
  });

  test('bad input: exit 1, one error naming the input and value, nothing touched', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const before = snapshot(repo);
    const run = await runAction('bump-version', {
      workspace: repo.dir,
      inputs: { bump: 'chart=1.0.0;$(touch pwned)' },
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^input 'bump' has invalid value "chart=1\.0\.0;\$\(touch pwned\)": expected/);
    expect(run.outputs).toEqual({});
    expect(snapshot(repo)).toBe(before);
  });

  test('check mode: annotations carry the file and line', async () => {
    const repo = await createSampleRepo(kruntimesFiles());
    const base = repo.git('rev-parse', 'HEAD');
    await repo.write('charts/krt-operator/values.yaml', 'replicas: 2\n');
    repo.commitAll('operator: values');
    const run = await runAction('bump-version', { workspace: repo.dir, inputs: { mode: 'check', 'base-ref': base } });
    expect(run.exitCode).toBe(1);
    const fileErrors = run.annotations.filter((a) => a.level === 'error' && a.file);
    expect(fileErrors).toEqual([expect.objectContaining({ file: 'charts/krt-operator/Chart.yaml', line: 3 })]);
    expect(run.summary).toContain('check failed');

    // a pull_request event supplies the base when the input is empty
    const pr = await runAction('bump-version', {
      workspace: repo.dir,
      inputs: { mode: 'check' },
      event: { pull_request: { base: { sha: base } } },
      env: { GITHUB_EVENT_NAME: 'pull_request' },
    });
    expect(pr.exitCode).toBe(1);
    expect(pr.annotations.some((a) => a.file === 'charts/krt-operator/Chart.yaml')).toBe(true);

    const ok = await runAction('bump-version', { workspace: repo.dir, inputs: { mode: 'check' } });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.state).toBe('checked');
  });

  test('check mode on a tag: the tag track must render that tag', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const onTag = (tag: string) =>
      runAction('bump-version', {
        workspace: repo.dir,
        inputs: { mode: 'check' },
        env: { GITHUB_REF: `refs/tags/${tag}`, GITHUB_REF_NAME: tag, GITHUB_REF_TYPE: 'tag' },
      });
    const ok = await onTag('v0.2.26');
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.state).toBe('checked');

    const bad = await onTag('v0.2.27');
    expect(bad.exitCode).toBe(1);
    const versionLine = BUNTIME_CHART.split('\n').findIndex((l) => l.startsWith('version:')) + 1;
    const message =
      "tag v0.2.27 does not match track chart's version 0.2.26 (tag template v{version}): bump the version before tagging";
    expect(bad.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file: 'charts/buntime/Chart.yaml',
        line: versionLine,
        // The text names the file and line once too: the job log shows only the text.
        message: `charts/buntime/Chart.yaml:${versionLine}: ${message}`,
      }),
    );
    expect(bad.summary).toContain('check failed');
    expect(bad.outputs).toEqual({});
  });

  test('check mode in a GitLab tag pipeline: CI_COMMIT_TAG is the tag the track must render', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const onTag = (tag: string) =>
      runCli(['check'], {
        workspace: repo.dir,
        env: { CI_COMMIT_TAG: tag, CI_COMMIT_REF_SLUG: tag.replace(/\./g, '-'), CI_COMMIT_SHORT_SHA: 'a1b2c3d4' },
      });
    const ok = await onTag('v0.2.26');
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toMatch(/tag v0\.2\.26 matches track chart/);
    const bad = await onTag('v0.2.27');
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout + bad.stderr).toMatch(/tag v0\.2\.27 does not match track chart's version 0\.2\.26/);
  });
});

describe('the token input never shows', () => {
  let server: Server;
  let port: number;
  const seen: IncomingHttpHeaders[] = [];
  beforeAll(async () => {
    // Stands in for an HTTPS git host: records what git sends, then refuses.
    server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('denied\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const leaks = (text: string) => [TOKEN, TOKEN_B64, TOKEN.slice(4, 20)].filter((s) => text.includes(s));

  test('pushing to the remote with a token: masked, and absent from stdout, stderr, outputs and summary', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const run = await runAction('bump-version', {
      workspace: repo.dir,
      inputs: { bump: 'chart=patch', tag: 'true', token: TOKEN },
    });
    expect(run.exitCode).toBe(0);
    expect(run.masks).toContain(TOKEN);
    // the Authorization header's base64 credential is a secret of its own: masked, and never visible
    expect(run.masks).toContain(TOKEN_B64);
    expect(leaks(run.everything)).toEqual([]);
    expect(git(repo.dir, ['ls-remote', 'origin', 'refs/tags/v0.2.27'])).not.toBe('');
    // a token of one's own (not the workflow's GITHUB_TOKEN) triggers workflows: no warning
    expect(run.annotations.some((a) => /GITHUB_TOKEN/.test(a.message))).toBe(false);
  });

  test('an HTTPS-style remote gets the token as one basic-auth header, and the refusal leaks nothing', async () => {
    const repo = await createSampleRepo(buntimeFiles());
    const serverUrl = `http://127.0.0.1:${port}`;
    repo.git('remote', 'set-url', 'origin', `${serverUrl}/acme/buntime.git`);
    // what actions/checkout persists: it must be replaced, not sent alongside
    repo.git('config', `http.${serverUrl}/.extraheader`, 'AUTHORIZATION: basic Y2hlY2tvdXQ6b2xk');
    const head = repo.git('rev-parse', 'HEAD');
    seen.length = 0;
    const run = await runAction('bump-version', {
      workspace: repo.dir,
      inputs: { bump: 'chart=patch', tag: 'true', token: TOKEN },
      env: { GITHUB_SERVER_URL: serverUrl },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(/cannot read the tags of origin/);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.map((h) => h.authorization)).toEqual(seen.map(() => `basic ${TOKEN_B64}`));
    expect(run.masks).toContain(TOKEN);
    expect(run.masks).toContain(TOKEN_B64);
    expect(leaks(run.everything)).toEqual([]);
    // validation failed before the first write
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('tag', '--list')).toBe('');
  });
});

describe('bump-version bundle: issues 19 and 20', () => {
  test('tag-message and a tracks-file commit-message; a symlinked Chart.yaml edited through its link', async () => {
    const files = buntimeReleaseFiles();
    files['.github/release-kit.yml'] += 'commit-message: "chore(release): bump chart to v{chart}"\n';
    files['charts/Chart.yaml.real'] = files['charts/Chart.yaml'];
    delete files['charts/Chart.yaml'];
    const repo = await createSampleRepo(files);
    await symlink('Chart.yaml.real', path.join(repo.dir, 'charts/Chart.yaml'));
    repo.commitAll('chart behind a symlink');
    const run = await runAction('bump-version', {
      workspace: repo.dir,
      inputs: { bump: 'chart=patch', tag: 'true', 'tag-message': 'Release {tag}' },
    });
    expect(run.exitCode).toBe(0);
    expect(repo.git('log', '-1', '--format=%s')).toBe('chore(release): bump chart to v0.3.1');
    expect(repo.git('tag', '--list', '--format=%(contents:subject)', 'v0.3.1')).toBe('Release v0.3.1');
    expect((await lstat(path.join(repo.dir, 'charts/Chart.yaml'))).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(repo.dir, 'charts/Chart.yaml.real'), 'utf8')).toMatch(/^version: 0\.3\.1$/m);
  });

  test("a pre-receive hook's refusal is the error annotation, with the remote's words", async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    const hook = path.join(repo.remote, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "release pushes need a signed tag" >&2\nexit 1\n');
    await chmod(hook, 0o755);
    const run = await runAction('bump-version', { workspace: repo.dir, inputs: { bump: 'chart=patch', tag: 'true' } });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(error).toMatch(/release pushes need a signed tag; pre-receive hook declined/);
    expect(run.summary).toMatch(/origin refused the push: release pushes need a signed tag/);
  });

  test('an unknown placeholder in tag-message is refused before anything is written', async () => {
    const repo = await createSampleRepo(buntimeReleaseFiles());
    const before = snapshot(repo);
    const run = await runAction('bump-version', {
      workspace: repo.dir,
      inputs: { bump: 'chart=patch', tag: 'true', 'tag-message': 'Release {name}' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toBe(
      `input 'tag-message' has invalid value "Release {name}": expected text with the placeholders {version}, {tag}, {changes}, {chart}, {app}`,
    );
    expect(snapshot(repo)).toBe(before);
  });
});
