// publish-chart-catalog into a catalog on GitLab (Buntime's gitlab.example.com/zomme/charts shape):
// OWNER/REPO on the GitLab CI instance, the username GitLab expects with each kind of token, and a
// token never sent over plain http. Against a real git smart-HTTP server on loopback (git
// http-backend behind basic auth, over https with a throwaway certificate), through the CLI and
// action bundles.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runAction, runCli, type ActionRun } from '../harness/run-action.js';
import { chartCopy } from '../charts/chart-fixtures.js';
import { startGitHttpServer, type GitHttpServer } from '../catalogs/git-http-server.js';

const EPOCH = '1714564800';
const JOB_TOKEN = 'glcbt-64_jobT0kenThatMustNeverBePrinted';
const ACCESS_TOKEN = 'glpat-projectT0kenThatMustNeverBePrinted';
const cleanup: string[] = [];

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-catalog-gitlab-'));
  cleanup.push(dir);
  await chartCopy('buntime', path.join(dir, 'charts'));
  return dir;
}

const files = (bare: string, rev = 'main') =>
  execFileSync('git', ['ls-tree', '-r', '--name-only', rev], { cwd: bare, encoding: 'utf8' }).split('\n');
const usernames = (server: GitHttpServer) => [...new Set(server.requests.map((r) => r.username))];
const pushes = (server: GitHttpServer) =>
  server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/git-receive-pack') && r.status === 200);
const errorOf = (r: ActionRun) =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');

/** The CLI in a GitLab CI job on the instance `server` runs on. */
function gitlabJob(server: GitHttpServer, ws: string, args: string[]): Promise<ActionRun> {
  return runCli(['publish-chart-catalog', '--chart', 'charts/buntime', '--target', 'rancher', ...args], {
    workspace: ws,
    env: {
      GITHUB_ACTIONS: undefined,
      GITHUB_SERVER_URL: undefined,
      GITLAB_CI: 'true',
      CI: 'true',
      CI_SERVER_URL: server.url,
      GIT_SSL_CAINFO: server.caFile,
      SOURCE_DATE_EPOCH: EPOCH,
    },
  });
}

describe('a catalog on GitLab, over https', () => {
  let server: GitHttpServer;
  beforeAll(async () => {
    server = await startGitHttpServer({
      tls: true,
      credentials: [
        { username: 'gitlab-ci-token', password: JOB_TOKEN },
        { username: '*', password: ACCESS_TOKEN },
      ],
    });
  });
  afterAll(async () => {
    await server.close();
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
  });

  test('GitLab CI: --repository zomme/charts is on CI_SERVER_URL, and the token goes as gitlab-ci-token', async () => {
    const bare = server.createRepo('zomme/charts.git', { 'README.md': '# charts\n' });
    server.requests.length = 0;
    const run = await gitlabJob(server, await workspace(), ['--repository', 'zomme/charts', '--token', JOB_TOKEN]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^state=created$/m);
    expect(files(bare)).toContain('charts/buntime/0.3.0/Chart.yaml');
    expect(usernames(server)).toEqual(['gitlab-ci-token']);
    expect(pushes(server)).toHaveLength(1);
    expect(run.everything).not.toContain(JOB_TOKEN);
    expect(run.everything).not.toContain(Buffer.from(`gitlab-ci-token:${JOB_TOKEN}`).toString('base64'));
  });

  test('GitLab CI: a project in a subgroup (zomme/infra/charts)', async () => {
    const bare = server.createRepo('zomme/infra/charts.git', { 'README.md': '# charts\n' });
    const run = await gitlabJob(server, await workspace(), [
      '--repository',
      'zomme/infra/charts',
      '--token',
      ACCESS_TOKEN,
    ]);
    expect(run.exitCode).toBe(0);
    expect(files(bare)).toContain('charts/buntime/0.3.0/Chart.yaml');
  });

  test('an access token with its own username (token-username), from a GitHub runner, by full URL', async () => {
    const bare = server.createRepo('zomme/catalog.git', { 'README.md': '# charts\n' });
    server.requests.length = 0;
    const run = await runAction('publish-chart-catalog', {
      workspace: await workspace(),
      env: { SOURCE_DATE_EPOCH: EPOCH, GIT_SSL_CAINFO: server.caFile },
      inputs: {
        chart: 'charts/buntime',
        target: 'rancher',
        repository: `${server.url}/zomme/catalog.git`,
        token: ACCESS_TOKEN,
        'token-username': 'project_42_bot',
      },
    });
    expect(errorOf(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(files(bare)).toContain('charts/buntime/0.3.0/Chart.yaml');
    expect(usernames(server)).toEqual(['project_42_bot']);
    expect(run.masks).toContain(ACCESS_TOKEN);
  });

  test('outside GitLab CI the default username is x-access-token; server-url places OWNER/REPO', async () => {
    const bare = server.createRepo('acme/charts.git', { 'README.md': '# charts\n' });
    server.requests.length = 0;
    const run = await runAction('publish-chart-catalog', {
      workspace: await workspace(),
      env: { SOURCE_DATE_EPOCH: EPOCH, GIT_SSL_CAINFO: server.caFile },
      inputs: {
        chart: 'charts/buntime',
        target: 'rancher',
        repository: 'acme/charts',
        'server-url': server.url,
        token: ACCESS_TOKEN,
      },
    });
    expect(run.exitCode).toBe(0);
    expect(files(bare)).toContain('charts/buntime/0.3.0/Chart.yaml');
    expect(usernames(server)).toEqual(['x-access-token']);
  });

  test('a CI_JOB_TOKEN sent under another username is refused by the server: one line, the token never printed', async () => {
    server.createRepo('zomme/refused.git', { 'README.md': '# charts\n' });
    const run = await gitlabJob(server, await workspace(), [
      '--repository',
      'zomme/refused',
      '--token',
      JOB_TOKEN,
      '--token-username',
      'x-access-token',
    ]);
    expect(run.exitCode).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^error: catalog: cannot read https:\/\/127\.0\.0\.1:\d+\/zomme\/refused\.git \(.*\); check the repository input .*GitLab, needs the full https:\/\/ URL\) and the token's access$/,
    );
    expect(run.everything).not.toContain(JOB_TOKEN);
  });

  test("the documented pipeline's chart:catalog job (docs/examples/gitlab-ci.yml) runs as written", async () => {
    const pipeline = parse(await readFile(path.join(repoRoot, 'docs', 'examples', 'gitlab-ci.yml'), 'utf8'));
    const job = pipeline['chart:catalog'] as { script: string[]; variables: Record<string, string> };
    expect(job.variables.GITHUB_TOKEN).toBe('$CHART_CATALOG_TOKEN');
    const words = [...job.script[0].matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(words.slice(0, 2)).toEqual(['$RK', 'publish-chart-catalog']);
    expect(words).toContain('$CHART_CATALOG_URL');
    // Buntime keeps its chart at charts/ (a chart directory, not a folder of charts).
    const ws = await mkdtemp(path.join(os.tmpdir(), 'rk-catalog-gitlab-docs-'));
    cleanup.push(ws);
    await cp(await chartCopy('buntime'), path.join(ws, 'charts'), { recursive: true });
    const bare = server.createRepo('zomme/charts-docs.git', { 'README.md': '# charts\n' });
    server.requests.length = 0;
    // The one substitution: the pipeline's CHART_CATALOG_URL points at this test's GitLab stand-in.
    const args = words.slice(1).map((w) => (w === '$CHART_CATALOG_URL' ? `${server.url}/zomme/charts-docs.git` : w));
    const run = await runCli(args, {
      workspace: ws,
      env: {
        GITHUB_ACTIONS: undefined,
        GITHUB_SERVER_URL: undefined,
        GITLAB_CI: 'true',
        CI_SERVER_URL: server.url,
        GIT_SSL_CAINFO: server.caFile,
        GITHUB_TOKEN: ACCESS_TOKEN,
        SOURCE_DATE_EPOCH: EPOCH,
      },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(files(bare)).toContain('charts/buntime/0.3.0/Chart.yaml');
    expect(usernames(server)).toEqual(['gitlab-ci-token']);
  });

  test('a bad token-username is refused before anything is fetched', async () => {
    server.requests.length = 0;
    const run = await gitlabJob(server, await workspace(), [
      '--repository',
      'zomme/charts',
      '--token',
      JOB_TOKEN,
      '--token-username',
      'user:name',
    ]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^error: input 'token-username' has invalid value "user:name": expected a username without spaces or colons/,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('a catalog over plain http', () => {
  let server: GitHttpServer;
  beforeAll(async () => {
    server = await startGitHttpServer({ tls: false });
  });
  afterAll(async () => {
    await server.close();
  });

  test('without a token it still publishes (anonymous push where the server allows it)', async () => {
    const bare = server.createRepo('open/charts.git', { 'README.md': '# charts\n' });
    execFileSync('git', ['config', 'http.receivepack', 'true'], { cwd: bare });
    const run = await runAction('publish-chart-catalog', {
      workspace: await workspace(),
      env: { SOURCE_DATE_EPOCH: EPOCH },
      inputs: { chart: 'charts/buntime', target: 'rancher', repository: `${server.url}/open/charts.git` },
    });
    expect(errorOf(run)).toBe('');
    expect(run.exitCode).toBe(0);
    expect(files(bare)).toContain('charts/buntime/0.3.0/Chart.yaml');
    expect(usernames(server)).toEqual([undefined]);
  });

  test('with a token it is refused and nothing is sent', async () => {
    server.requests.length = 0;
    const run = await runAction('publish-chart-catalog', {
      workspace: await workspace(),
      env: { SOURCE_DATE_EPOCH: EPOCH },
      inputs: {
        chart: 'charts/buntime',
        target: 'rancher',
        repository: `${server.url}/open/charts.git`,
        token: ACCESS_TOKEN,
      },
    });
    expect(run.exitCode).toBe(1);
    expect(errorOf(run)).toMatch(
      /^input 'repository' has invalid value "http:\/\/127\.0\.0\.1:\d+\/open\/charts\.git": expected an https:\/\/ URL when a token is set/,
    );
    expect(server.requests).toHaveLength(0);
  });
});
