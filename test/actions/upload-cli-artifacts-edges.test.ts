// upload-cli-artifacts at its edges, through the bundles: archive contents, paths and globs that try to
// leave the workspace, GitHub failing for good, GitLab runs, Buntime's archive names, require-assets.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runAction, runCli, type ActionRun } from '../harness/run-action.js';
import { noFaults, seededFaults } from '../harness/faults.js';
import { startGitHubStandIn, type GitHubStandIn } from '../github/standin.js';
import { seedFileName } from '../artifacts/fixtures.js';

const OWNER = 'acme';
const REPO = 'edges';
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'darwin/arm64', 'windows/amd64'];
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const sh = (cmd: string, args: string[], cwd?: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'UTC', LC_ALL: 'C' } });

let standIn: GitHubStandIn;
let workspace: string;
let outside: string;

beforeAll(async () => {
  standIn = await startGitHubStandIn();
  workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-edges-ws-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'rk-edges-outside-'));
  await mkdir(path.join(workspace, 'dist'));
  for (const p of PLATFORMS)
    await writeFile(
      path.join(workspace, 'dist', seedFileName(p)),
      Buffer.concat([Buffer.from(`${p}\n`.repeat(300)), randomBytes(4096)]),
      { mode: 0o755 },
    );
  await writeFile(path.join(workspace, 'LICENSE'), 'Apache-2.0\n');
});
afterAll(async () => {
  await standIn.close();
  for (const dir of [workspace, outside]) await rm(dir, { recursive: true, force: true });
});

const errorsOf = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const env = (extra: Record<string, string | undefined> = {}) => ({
  ...standIn.env(),
  GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
  GITHUB_TOKEN: 'test-token',
  SOURCE_DATE_EPOCH: '1700000000',
  ...extra,
});

/** The CLI as a GitLab job or a laptop runs it: not inside GitHub Actions. */
function cli(args: string[], extraEnv: Record<string, string | undefined> = {}): Promise<ActionRun> {
  return runCli(['upload-cli-artifacts', '--name', 'krt', ...args], {
    workspace,
    env: { ...env({ GITHUB_ACTIONS: undefined, GITHUB_REF: '', ...extraEnv }) },
  });
}

/** A fresh output folder inside the workspace. */
let outputs = 0;
const outDir = () => `out/${++outputs}`;

describe('archive contents', () => {
  test('--extra-files dist/* next to --files dist/krt-linux-amd64: one krt at 0755, never two entries of one name', async () => {
    const out = outDir();
    const run = await cli([
      '--tag',
      'v0.1.0',
      '--files',
      'dist/krt-linux-amd64',
      '--extra-files',
      'dist/*',
      '--upload',
      'none',
      '--output-dir',
      out,
    ]);
    expect([run.exitCode, run.stderr]).toEqual([0, expect.not.stringMatching(/error/)]);
    const archive = path.join(workspace, out, 'krt_v0.1.0_linux_amd64.tar.gz');
    const listing = sh('tar', ['-tvzf', archive]).trim().split('\n');
    const names = listing.map((l) => l.split(/\s+/).slice(-1)[0]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('krt');
    expect(names).not.toContain('krt-linux-amd64');
    expect(listing.find((l) => l.endsWith(' krt'))!.split(/\s+/)[0]).toBe('-rwxr-xr-x');
    const extracted = await mkdtemp(path.join(os.tmpdir(), 'rk-edges-x-'));
    sh('tar', ['-xzf', archive, '-C', extracted]);
    expect(await readFile(path.join(extracted, 'krt'))).toEqual(
      await readFile(path.join(workspace, 'dist', 'krt-linux-amd64')),
    );
    await rm(extracted, { recursive: true });
  });

  test('windows archives default to tar.gz holding krt.exe; --format windows=zip still gives a zip', async () => {
    const out = outDir();
    const run = await cli([
      '--tag',
      'v0.1.0',
      '--files',
      'dist/krt-windows-*',
      '--upload',
      'none',
      '--output-dir',
      out,
    ]);
    expect(run.exitCode).toBe(0);
    const tarGz = path.join(workspace, out, 'krt_v0.1.0_windows_amd64.tar.gz');
    expect(sh('tar', ['-tzf', tarGz]).trim().split('\n')).toEqual(['krt.exe']);
    const zipOut = outDir();
    const zipped = await cli([
      '--tag',
      'v0.1.0',
      '--files',
      'dist/krt-windows-*',
      '--format',
      'windows=zip',
      '--upload',
      'none',
      '--output-dir',
      zipOut,
    ]);
    expect(zipped.exitCode).toBe(0);
    expect(sh('unzip', ['-Z1', path.join(workspace, zipOut, 'krt_v0.1.0_windows_amd64.zip')]).trim()).toBe('krt.exe');
  });

  test("Buntime's names: --name-template '{name}-{os}-{arch}' gives buntime-linux-amd64.tar.gz, listed in the checksums file", async () => {
    const out = outDir();
    const run = await runCli(
      [
        'upload-cli-artifacts',
        '--name',
        'buntime',
        '--tag',
        'v0.2.27',
        '--binaries',
        'linux/amd64=dist/krt-linux-amd64\nlinux/arm64=dist/krt-linux-arm64',
        '--name-template',
        '{name}-{os}-{arch}',
        '--upload',
        'none',
        '--output-dir',
        out,
      ],
      { workspace, env: env({ GITHUB_ACTIONS: undefined }) },
    );
    expect(run.exitCode).toBe(0);
    expect((await readdir(path.join(workspace, out))).sort()).toEqual([
      'buntime-linux-amd64.tar.gz',
      'buntime-linux-arm64.tar.gz',
      'buntime_v0.2.27_checksums.txt',
    ]);
    expect(sh('sha256sum', ['--check', 'buntime_v0.2.27_checksums.txt'], path.join(workspace, out))).toBe(
      'buntime-linux-amd64.tar.gz: OK\nbuntime-linux-arm64.tar.gz: OK\n',
    );
  });

  test('--upload none: state built on a first run, unchanged when the folder already holds the same archives', async () => {
    const out = outDir();
    const args = ['--tag', 'v0.1.0', '--files', 'dist/krt-linux-*', '--upload', 'none', '--output-dir', out, '--json'];
    const first = await cli(args);
    expect([first.exitCode, JSON.parse(first.stdout).state]).toEqual([0, 'built']);
    const again = await cli(args);
    expect([again.exitCode, JSON.parse(again.stdout).state]).toEqual([0, 'unchanged']);
  });
});

describe('paths and globs stay inside the workspace', () => {
  test('--output-dir outside the workspace (absolute) is refused; nothing is written there', async () => {
    const target = path.join(outside, 'absolute');
    const run = await cli([
      '--tag',
      'v0.1.0',
      '--files',
      'dist/krt-linux-amd64',
      '--upload',
      'none',
      '--output-dir',
      target,
    ]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/^error: input 'output-dir' has invalid value ".*absolute": expected a path inside /m);
    expect(await readdir(outside)).toEqual([]);
  });

  test('--output-dir through a symlink that leaves the workspace is refused', async () => {
    await symlink(outside, path.join(workspace, 'escape'));
    try {
      const run = await cli([
        '--tag',
        'v0.1.0',
        '--files',
        'dist/krt-linux-amd64',
        '--upload',
        'none',
        '--output-dir',
        'escape/cli',
      ]);
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toMatch(/input 'output-dir' has invalid value "escape\/cli": it is a symlink to .*outside/);
      expect(await readdir(outside)).toEqual([]);
    } finally {
      await rm(path.join(workspace, 'escape'));
    }
  });

  test.each([['--files'], ['--extra-files']])(
    "%s '/etc/*' (an absolute glob) is refused before any walk, naming nothing outside",
    async (flag) => {
      const args =
        flag === '--files' ? ['--files', '/etc/*'] : ['--files', 'dist/krt-linux-amd64', '--extra-files', '/etc/*'];
      const run = await cli(['--tag', 'v0.1.0', ...args, '--upload', 'none', '--output-dir', outDir()]);
      expect(run.exitCode).toBe(1);
      const line = run.stderr.trim();
      expect(line.split('\n')).toHaveLength(1);
      expect(line).toMatch(
        new RegExp(
          `^error: input '${flag.slice(2)}' has invalid value "/etc/\\*": expected a path or glob relative to the workspace`,
        ),
      );
      expect(line).not.toMatch(/passwd|\.\.\//);
    },
  );
});

describe('GitHub failing for good', () => {
  test('every upload answered 503: one line naming the upload, the tries and that a rerun is safe (exit 1)', async () => {
    standIn.faults(
      seededFaults(7, { rate: 1, kinds: ['status'], maxConsecutive: 1000, match: (r) => r.method === 'POST' }),
      'uploads',
    );
    try {
      const run = await cli(['--tag', 'v5.0.0', '--files', 'dist/krt-linux-amd64', '--output-dir', outDir()]);
      expect(run.exitCode).toBe(1);
      expect(run.stderr).not.toMatch(/release-kit bug/);
      const line = run.stderr.trim();
      expect(line.split('\n').filter((l) => l.startsWith('error:'))).toEqual([
        expect.stringMatching(
          /^error: GitHub kept failing the upload of krt_v5\.0\.0_linux_amd64\.tar\.gz to release v5\.0\.0 \(HTTP 50\d[^)]*\) after 6 tries: GitHub is having trouble .*; it uploads only what is missing; a rerun is safe/,
        ),
      ]);
    } finally {
      standIn.faults(noFaults, 'both');
    }
  });

  test('uploads refused by a lasting secondary rate limit: the rate-limit advice, not a bug (exit 1)', async () => {
    standIn.faults(
      seededFaults(8, {
        rate: 1,
        kinds: ['secondary-rate-limit'],
        maxConsecutive: 1000,
        match: (r) => r.method === 'POST',
      }),
      'uploads',
    );
    try {
      const run = await cli(['--tag', 'v5.1.0', '--files', 'dist/krt-linux-amd64', '--output-dir', outDir()]);
      expect(run.exitCode).toBe(1);
      expect(run.stderr).not.toMatch(/release-kit bug/);
      expect(run.stderr).toMatch(
        /^error: GitHub rate limit reached for POST \/repos\/acme\/edges\/releases\/\d+\/assets/m,
      );
    } finally {
      standIn.faults(noFaults, 'both');
    }
  });
});

describe('GitLab CI', () => {
  const gitlab = { GITLAB_CI: 'true', CI_COMMIT_SHORT_SHA: 'a1b2c3d4', CI_COMMIT_REF_SLUG: 'main' };

  test('no --tag on a tag pipeline: CI_COMMIT_TAG is the tag', async () => {
    const out = outDir();
    const run = await cli(['--files', 'dist/krt-linux-amd64', '--upload', 'none', '--output-dir', out], {
      ...gitlab,
      CI_COMMIT_TAG: 'v0.2.27',
    });
    expect(errorsOf(run).concat(run.exitCode ? [run.stderr] : [])).toEqual([]);
    expect(await readdir(path.join(workspace, out))).toContain('krt_v0.2.27_linux_amd64.tar.gz');
  });

  test('no --tag on a branch pipeline: the short commit sha names the archives', async () => {
    const out = outDir();
    const run = await cli(['--files', 'dist/krt-linux-amd64', '--upload', 'none', '--output-dir', out], gitlab);
    expect([run.exitCode, run.stderr]).toEqual([0, expect.not.stringMatching(/error/)]);
    expect(await readdir(path.join(workspace, out))).toContain('krt_a1b2c3d4_linux_amd64.tar.gz');
  });

  test('no tag anywhere: the error names the GitLab variables it looked at', async () => {
    const run = await cli(['--files', 'dist/krt-linux-amd64', '--upload', 'none', '--output-dir', outDir()], {
      GITLAB_CI: 'true',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^error: input 'tag' has invalid value "": expected .*CI_COMMIT_TAG .*CI_COMMIT_SHORT_SHA .*both unset/,
    );
  });
});

describe('publish: require-assets', () => {
  test('a,{b,c} braces are one glob: commas inside braces do not split it', async () => {
    const notesWs = await mkdtemp(path.join(os.tmpdir(), 'rk-edges-notes-'));
    try {
      await writeFile(
        path.join(notesWs, 'CHANGELOG.md'),
        readFileSync(path.join(import.meta.dirname, '..', 'changelog', 'fixtures', 'keep-a-changelog.md'), 'utf8'),
      );
      const repo = 'edges-notes';
      standIn.state.addRelease(OWNER, repo, {
        tagName: 'v1.0.0',
        draft: true,
        assets: [
          { name: 'a_linux.tar.gz', bytes: 'l' },
          { name: 'a_darwin.tar.gz', bytes: 'd' },
        ],
      });
      const publish = (requireAssets: string) =>
        runAction('release-notes-from-changelog', {
          workspace: notesWs,
          inputs: { mode: 'publish', token: 'test-token', 'require-assets': requireAssets },
          env: { ...standIn.env(), GITHUB_REPOSITORY: `${OWNER}/${repo}`, GITHUB_REF: 'refs/tags/v1.0.0' },
        });
      const refused = await publish('a_{linux,darwin,windows}.tar.gz, a_{linux,darwin}.zip');
      expect(refused.exitCode).toBe(1);
      expect(errorsOf(refused)[0]).toMatch(/missing a_\{linux,darwin\}\.zip \(input 'require-assets'\)/);
      const published = await publish('a_{linux,darwin}.tar.gz,a_linux.tar.gz');
      expect([published.exitCode, errorsOf(published), published.outputs.state]).toEqual([0, [], 'published']);
    } finally {
      await rm(notesWs, { recursive: true, force: true });
    }
  });
});

test('the sums in a checksums file are the archives’ own', async () => {
  const out = outDir();
  expect(
    (await cli(['--tag', 'v0.3.0', '--files', 'dist/krt-*', '--upload', 'none', '--output-dir', out])).exitCode,
  ).toBe(0);
  const dir = path.join(workspace, out);
  for (const line of (await readFile(path.join(dir, 'krt_v0.3.0_checksums.txt'), 'utf8')).trimEnd().split('\n'))
    expect(sha256(await readFile(path.join(dir, line.slice(66))))).toBe(line.slice(0, 64));
});
