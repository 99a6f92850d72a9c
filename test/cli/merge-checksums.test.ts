// release-kit merge-checksums through the CLI bundle: split CLI jobs (Linux, Windows, macOS runners) each
// write a partial checksums file of one shared name; the merge verifies every line against the archive's
// bytes and writes one complete file, refusing anything it cannot vouch for.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, type ActionRun } from '../harness/run-action.js';

let workspace: string;
const CHECKSUMS = 'buntime_v0.2.27_checksums.txt';

function cli(args: string[]): Promise<ActionRun> {
  return runCli(args, {
    workspace,
    env: { GITHUB_ACTIONS: undefined, GITHUB_REF: '', SOURCE_DATE_EPOCH: '1700000000' },
  });
}

/** One split job: upload-cli-artifacts --upload none into its own folder. */
async function splitJob(dir: string, platforms: string[]): Promise<void> {
  const run = await cli([
    'upload-cli-artifacts',
    '--name',
    'buntime',
    '--tag',
    'v0.2.27',
    '--name-template',
    '{name}-{os}-{arch}',
    '--binaries',
    platforms.map((p) => `${p}=bin/buntime-${p.replace('/', '-')}`).join('\n'),
    '--upload',
    'none',
    '--output-dir',
    dir,
  ]);
  expect([run.exitCode, run.stderr]).toEqual([0, expect.not.stringMatching(/error/)]);
}

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-merge-'));
  await mkdir(path.join(workspace, 'bin'));
  for (const p of ['linux/amd64', 'linux/arm64', 'windows/amd64', 'darwin/arm64'])
    await writeFile(path.join(workspace, 'bin', `buntime-${p.replace('/', '-')}`), randomBytes(20_000), {
      mode: 0o755,
    });
  await splitJob('jobs/linux', ['linux/amd64', 'linux/arm64']);
  await splitJob('jobs/windows', ['windows/amd64']);
  await splitJob('jobs/macos', ['darwin/arm64']);
});
afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const merge = (...extra: string[]) =>
  cli(['merge-checksums', '--dir', 'jobs/linux', '--dir', 'jobs/windows', '--dir', 'jobs/macos', ...extra, '--json']);

describe('release-kit merge-checksums', () => {
  test('each split job wrote a partial file of the one shared name, holding only its own archives', async () => {
    for (const [job, count] of [
      ['linux', 2],
      ['windows', 1],
      ['macos', 1],
    ] as const) {
      const text = await readFile(path.join(workspace, 'jobs', job, CHECKSUMS), 'utf8');
      expect(text.trimEnd().split('\n')).toHaveLength(count);
    }
  });

  test('merges every partial into one verified file (created), then unchanged; sha256sum agrees', async () => {
    const first = await merge('--output', `release/${CHECKSUMS}`);
    expect([first.exitCode, first.stderr]).toEqual([0, expect.not.stringMatching(/error/)]);
    const outputs = JSON.parse(first.stdout);
    expect(outputs.state).toBe('created');
    expect(outputs['checksums-file']).toBe(path.join(workspace, 'release', CHECKSUMS));
    expect(outputs.archives).toEqual([
      'buntime-darwin-arm64.tar.gz',
      'buntime-linux-amd64.tar.gz',
      'buntime-linux-arm64.tar.gz',
      'buntime-windows-amd64.tar.gz',
    ]);
    const text = await readFile(path.join(workspace, 'release', CHECKSUMS), 'utf8');
    expect(text).toMatch(/^([0-9a-f]{64} {2}buntime-[a-z]+-[a-z0-9]+\.tar\.gz\n){4}$/);
    // All archives in one folder with the merged file: sha256sum --check verifies every line.
    const all = path.join(workspace, 'release');
    for (const job of ['linux', 'windows', 'macos'])
      for (const line of (await readFile(path.join(workspace, 'jobs', job, CHECKSUMS), 'utf8')).trimEnd().split('\n'))
        await copyFile(path.join(workspace, 'jobs', job, line.slice(66)), path.join(all, line.slice(66)));
    expect(execFileSync('sha256sum', ['--check', '--strict', CHECKSUMS], { cwd: all, encoding: 'utf8' })).toMatch(
      /^(buntime-[a-z0-9-]+\.tar\.gz: OK\n){4}$/,
    );
    const again = await merge('--output', `release/${CHECKSUMS}`);
    expect(JSON.parse(again.stdout).state).toBe('unchanged');
    // The merged file's own folder may be one of the inputs: its lines are verified like any other.
    const withRelease = await cli([
      'merge-checksums',
      '--dir',
      'release',
      '--output',
      `release/${CHECKSUMS}`,
      '--json',
    ]);
    expect([withRelease.exitCode, JSON.parse(withRelease.stdout).state]).toEqual([0, 'unchanged']);
  });

  test('the output name defaults to the partials’ shared name, in the workspace root', async () => {
    const run = await merge();
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)['checksums-file']).toBe(path.join(workspace, CHECKSUMS));
  });

  describe('refusals: one line, exit 1, the output file untouched', () => {
    const output = `refused/${CHECKSUMS}`;
    async function expectRefused(run: ActionRun, message: RegExp) {
      expect(run.exitCode).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
      expect(existsSync(path.join(workspace, output))).toBe(false);
    }

    test('an archive whose bytes do not match its line (corrupt or rebuilt)', async () => {
      const file = path.join(workspace, 'jobs', 'windows', 'buntime-windows-amd64.tar.gz');
      const saved = await readFile(file);
      await writeFile(file, Buffer.concat([saved, Buffer.from('x')]));
      try {
        await expectRefused(
          await merge('--output', output),
          /^error: jobs\/windows\/buntime_v0\.2\.27_checksums\.txt:1: buntime-windows-amd64\.tar\.gz has sha256 [0-9a-f]{64}, not the [0-9a-f]{64} listed/,
        );
      } finally {
        await writeFile(file, saved);
      }
    });

    test('two partial files listing one archive name with different sums', async () => {
      await mkdir(path.join(workspace, 'jobs', 'other'), { recursive: true });
      await writeFile(
        path.join(workspace, 'jobs', 'other', CHECKSUMS),
        `${'0'.repeat(64)}  buntime-linux-amd64.tar.gz\n`,
      );
      try {
        await expectRefused(
          await merge('--dir', 'jobs/other', '--output', output),
          /conflicting lines for buntime-linux-amd64\.tar\.gz: .*jobs\/linux\/buntime_v0\.2\.27_checksums\.txt:\d+ and jobs\/other\/buntime_v0\.2\.27_checksums\.txt:1/,
        );
      } finally {
        await rm(path.join(workspace, 'jobs', 'other'), { recursive: true });
      }
    });

    test('a dangling line: an archive listed that no folder holds', async () => {
      await mkdir(path.join(workspace, 'jobs', 'dangling'), { recursive: true });
      await writeFile(
        path.join(workspace, 'jobs', 'dangling', CHECKSUMS),
        `${'1'.repeat(64)}  buntime-freebsd-amd64.tar.gz\n`,
      );
      try {
        await expectRefused(
          await merge('--dir', 'jobs/dangling', '--output', output),
          /jobs\/dangling\/buntime_v0\.2\.27_checksums\.txt:1 lists buntime-freebsd-amd64\.tar\.gz, which none of the folders holds/,
        );
      } finally {
        await rm(path.join(workspace, 'jobs', 'dangling'), { recursive: true });
      }
    });

    test('a line that is not sha256sum format, or names a path instead of a bare file', async () => {
      for (const [line, shown] of [
        ['not a checksum', 'not a checksum'],
        [`${'2'.repeat(64)}  ../buntime-linux-amd64.tar.gz`, `${'2'.repeat(64)}  ../buntime-linux-amd64.tar.gz`],
      ]) {
        await mkdir(path.join(workspace, 'jobs', 'malformed'), { recursive: true });
        await writeFile(path.join(workspace, 'jobs', 'malformed', CHECKSUMS), `${line}\n`);
        try {
          await expectRefused(
            await merge('--dir', 'jobs/malformed', '--output', output),
            new RegExp(
              `^error: jobs/malformed/buntime_v0\\.2\\.27_checksums\\.txt:1: "${shown.replace(/[.]/g, '\\.')}" is not a sha256sum line of a bare file name`,
            ),
          );
        } finally {
          await rm(path.join(workspace, 'jobs', 'malformed'), { recursive: true });
        }
      }
    });

    test('an archive no partial file lists', async () => {
      const stray = path.join(workspace, 'jobs', 'macos', 'buntime-linux-riscv64.tar.gz');
      await writeFile(stray, 'x');
      try {
        await expectRefused(
          await merge('--output', output),
          /jobs\/macos\/buntime-linux-riscv64\.tar\.gz is listed in no checksums file/,
        );
      } finally {
        await rm(stray);
      }
    });

    test('a folder without any checksums file, and a folder outside the workspace', async () => {
      await mkdir(path.join(workspace, 'jobs', 'empty'), { recursive: true });
      await expectRefused(
        await cli(['merge-checksums', '--dir', 'jobs/empty', '--output', output]),
        /input 'dir' .*jobs\/empty.* holds no checksums file/,
      );
      await expectRefused(
        await cli(['merge-checksums', '--dir', os.tmpdir(), '--output', output]),
        /input 'dir' has invalid value ".*": expected a path inside/,
      );
    });

    test('partials of different names without --output', async () => {
      await mkdir(path.join(workspace, 'jobs', 'renamed'), { recursive: true });
      await copyFile(
        path.join(workspace, 'jobs', 'macos', 'buntime-darwin-arm64.tar.gz'),
        path.join(workspace, 'jobs', 'renamed', 'buntime-darwin-arm64.tar.gz'),
      );
      await copyFile(
        path.join(workspace, 'jobs', 'macos', CHECKSUMS),
        path.join(workspace, 'jobs', 'renamed', 'checksums.txt'),
      );
      try {
        const run = await cli(['merge-checksums', '--dir', 'jobs/linux', '--dir', 'jobs/renamed']);
        expect(run.exitCode).toBe(1);
        expect(run.stderr).toMatch(
          /input 'output' has invalid value "": expected .*checksums files are named differently/,
        );
      } finally {
        await rm(path.join(workspace, 'jobs', 'renamed'), { recursive: true });
      }
    });
  });
});
