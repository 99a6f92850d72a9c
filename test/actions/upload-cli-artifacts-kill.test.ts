// upload-cli-artifacts killed (a real SIGKILL of the bundle) between any two of its GitHub calls, then
// rerun: the release's checksums file is never left listing fewer archives than it did, and the rerun
// ends with one file covering every archive with its right sum.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { runAction, type ActionRun } from '../harness/run-action.js';
import { noFaults, type Fault, type FaultPlan, type FaultRequest } from '../harness/faults.js';
import { startGitHubStandIn, type GitHubStandIn } from '../github/standin.js';
import { seedFileName } from '../artifacts/fixtures.js';

const OWNER = 'acme';
const REPO = 'kill';
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'darwin/amd64', 'darwin/arm64'];
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const archiveName = (tag: string, platform: string) => `krt_${tag}_${platform.replace('/', '_')}.tar.gz`;

let standIn: GitHubStandIn;
let workspace: string;

beforeAll(async () => {
  standIn = await startGitHubStandIn();
  workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-kill-ws-'));
  await mkdir(path.join(workspace, 'dist'));
  for (const p of PLATFORMS)
    await writeFile(
      path.join(workspace, 'dist', seedFileName(p)),
      Buffer.concat([Buffer.from(`${p}\n`.repeat(500)), randomBytes(8 * 1024)]),
      { mode: 0o755 },
    );
});
/** Each platform's archive bytes (they hold no tag, so one build serves every tag). */
const archiveBytes = new Map<string, Buffer>();

/** A draft for `tag` already holding these platforms' archives (and their checksums file), as finished jobs leave it. */
function seedRelease(tag: string, platforms: string[], { checksums = false } = {}) {
  const assets = platforms.map((p) => ({ name: archiveName(tag, p), bytes: archiveBytes.get(p)! }));
  if (checksums)
    assets.push({
      name: `krt_${tag}_checksums.txt`,
      bytes: Buffer.from(
        assets
          .map((a) => `${sha256(a.bytes)}  ${a.name}\n`)
          .sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1))
          .join(''),
      ),
    });
  standIn.state.addRelease(OWNER, REPO, { tagName: tag, draft: true, assets });
}

beforeAll(async () => {
  const built = await job({ tag: 'v0.0.1', platforms: PLATFORMS, inputs: { upload: 'none', token: '' }, keep: true });
  const assets = JSON.parse(built.outputs.assets) as { os: string; arch: string; path: string }[];
  for (const a of assets) archiveBytes.set(`${a.os}/${a.arch}`, await readFile(a.path));
});

afterAll(async () => {
  await standIn.close();
  await rm(workspace, { recursive: true, force: true });
});

/**
 * A plan that lets `calls` requests through, then SIGKILLs the job as the next one arrives and drops
 * that request unanswered: the job dies between call `calls` and call `calls + 1`.
 */
function killAfter(calls: number, child: () => ChildProcess | undefined): FaultPlan & { killed: boolean } {
  let seen = 0;
  const plan = {
    killed: false,
    injected: [] as { request: FaultRequest; fault: Fault }[],
    next(request: FaultRequest): Fault {
      if (plan.killed || ++seen <= calls) return { kind: 'none' };
      plan.killed = true;
      child()?.kill('SIGKILL');
      const fault: Fault = { kind: 'reset', afterBytes: 0 };
      plan.injected.push({ request, fault });
      return fault;
    },
  };
  return plan;
}

interface JobOptions {
  tag: string;
  platforms: string[];
  inputs?: Record<string, string>;
  /** Kill the job after this many GitHub calls. */
  killAfterCalls?: number;
  /** Keep the output folder (to read the archives). */
  keep?: boolean;
}

async function job({ tag, platforms, inputs = {}, killAfterCalls, keep }: JobOptions): Promise<ActionRun> {
  const out = await mkdtemp(path.join(workspace, 'out-'));
  let child: ChildProcess | undefined;
  const plan = killAfterCalls === undefined ? noFaults : killAfter(killAfterCalls, () => child);
  standIn.faults(plan, 'both');
  try {
    return await runAction('upload-cli-artifacts', {
      workspace,
      onSpawn: (spawned) => (child = spawned),
      inputs: {
        name: 'krt',
        binaries: platforms.map((p) => `${p}=dist/${seedFileName(p)}`).join('\n'),
        token: 'test-token',
        'output-dir': out,
        ...inputs,
      },
      env: {
        ...standIn.env(),
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        GITHUB_REF: `refs/tags/${tag}`,
        SOURCE_DATE_EPOCH: '1700000000',
      },
    });
  } finally {
    standIn.faults(noFaults, 'both');
    if (!keep) await rm(out, { recursive: true, force: true });
  }
}

/** The release's complete archives, by name → sha256 of their bytes. */
function archivesOn(tag: string): Map<string, string> {
  const release = standIn.state.releases(OWNER, REPO).find((r) => r.tagName === tag);
  return new Map(
    (release?.assets ?? [])
      .filter((a) => a.state === 'uploaded' && a.name.endsWith('.tar.gz'))
      .map((a) => [a.name, sha256(a.bytes)]),
  );
}

/** The release's checksums file as name → sha256 lines, or undefined when there is no complete one. */
function checksumsOn(tag: string): Map<string, string> | undefined {
  const release = standIn.state.releases(OWNER, REPO).find((r) => r.tagName === tag);
  const asset = release?.assets.find((a) => a.name === `krt_${tag}_checksums.txt` && a.state === 'uploaded');
  if (!asset) return undefined;
  const text = asset.bytes.toString('utf8');
  // Standard sha256sum format: lines "<64 hex>  <name>", nothing else.
  expect(text).toMatch(/^([0-9a-f]{64} {2}\S+\n)*$/);
  return new Map(
    text
      .trimEnd()
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(66), line.slice(0, 64)]),
  );
}

/** Never a subset: every line the file had before is still there, with the same sum. */
function expectSuperset(before: Map<string, string> | undefined, after: Map<string, string> | undefined, at: string) {
  if (!before) return;
  expect([at, after === undefined ? 'no checksums file' : 'present']).toEqual([at, 'present']);
  for (const [name, sum] of before) expect([at, name, after!.get(name)]).toEqual([at, name, sum]);
}

/** A checksums file that is there lists every complete archive of the release, each with its right sum. */
function expectCovering(tag: string, at: string) {
  const checksums = checksumsOn(tag);
  if (checksums) expect([at, Object.fromEntries(checksums)]).toEqual([at, Object.fromEntries(archivesOn(tag))]);
}

const calls = () => standIn.log.count();
const errorsOf = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message);

async function expectFinal(tag: string, platforms: string[]) {
  const archives = archivesOn(tag);
  expect([...archives.keys()].sort()).toEqual(platforms.map((p) => archiveName(tag, p)).sort());
  expect(Object.fromEntries(checksumsOn(tag) ?? [])).toEqual(Object.fromEntries(archives));
  const release = standIn.state.releases(OWNER, REPO).find((r) => r.tagName === tag)!;
  expect(release.assets.filter((a) => a.state !== 'uploaded').map((a) => a.name)).toEqual([]);
}

describe('a job killed between any two GitHub calls, then rerun', () => {
  test('one job for every platform: a checksums file, when there is one, covers every archive', async () => {
    standIn.log.clear();
    const clean = await job({ tag: 'v1.0.0', platforms: PLATFORMS });
    expect(clean.exitCode).toBe(0);
    const total = calls();
    expect(total).toBeGreaterThan(4);
    for (let k = 0; k < total; k++) {
      const tag = `v1.${k + 1}.0`;
      const killed = await job({ tag, platforms: PLATFORMS, killAfterCalls: k });
      expect([k, killed.exitCode]).toEqual([k, 137]);
      expectCovering(tag, `killed after ${k} calls`);
      const rerun = await job({ tag, platforms: PLATFORMS });
      expect([k, rerun.exitCode, errorsOf(rerun)]).toEqual([k, 0, []]);
      await expectFinal(tag, PLATFORMS);
    }
  }, 600_000);

  test('the release-cli shape: per-platform jobs (checksums: skip), then one finish job writing it once', async () => {
    for (let k = 0; k < 4; k++) {
      const tag = `v2.${k}.0`;
      const victim = PLATFORMS[k % PLATFORMS.length];
      // The other platforms' jobs finished; the victim is killed after k calls (k = 3: it finishes).
      seedRelease(
        tag,
        PLATFORMS.filter((p) => p !== victim),
      );
      await job({ tag, platforms: [victim], inputs: { checksums: 'skip' }, killAfterCalls: k });
      expect(checksumsOn(tag)).toBeUndefined();
      const victimRerun = await job({ tag, platforms: [victim], inputs: { checksums: 'skip' } });
      expect([victimRerun.exitCode, errorsOf(victimRerun)]).toEqual([0, []]);
      expect(checksumsOn(tag)).toBeUndefined();
      // The finish job (every platform) killed after some of its calls, then rerun.
      const before = checksumsOn(tag);
      const finishKilled = await job({ tag, platforms: PLATFORMS, killAfterCalls: k % 3 });
      expect(finishKilled.exitCode).toBe(137);
      expectSuperset(before, checksumsOn(tag), `finish killed after ${k % 3} calls`);
      expectCovering(tag, `finish killed after ${k % 3} calls`);
      const finish = await job({ tag, platforms: PLATFORMS });
      expect([finish.exitCode, errorsOf(finish)]).toEqual([0, []]);
      await expectFinal(tag, PLATFORMS);
    }
    // A finish job killed on the complete release leaves the file as it was.
    const complete = checksumsOn('v2.0.0');
    for (let c = 0; c < 3; c++) {
      await job({ tag: 'v2.0.0', platforms: PLATFORMS, killAfterCalls: c });
      expectSuperset(complete, checksumsOn('v2.0.0'), `finish rerun killed after ${c} calls`);
    }
  }, 600_000);

  test('per-platform jobs that each write the checksums file: a killed job’s rerun still covers every archive', async () => {
    // Three jobs finished, each adding its archive; the fourth is killed between each pair of its calls.
    const seedTag = 'v3.0.0';
    seedRelease(seedTag, PLATFORMS.slice(0, 3), { checksums: true });
    standIn.log.clear();
    expect((await job({ tag: seedTag, platforms: [PLATFORMS[3]] })).exitCode).toBe(0);
    const total = calls();
    await expectFinal(seedTag, PLATFORMS);
    for (let k = 0; k < total; k++) {
      const tag = `v3.${k + 1}.0`;
      seedRelease(tag, PLATFORMS.slice(0, 3), { checksums: true });
      const killed = await job({ tag, platforms: [PLATFORMS[3]], killAfterCalls: k });
      expect([k, killed.exitCode]).toEqual([k, 137]);
      const rerun = await job({ tag, platforms: [PLATFORMS[3]] });
      expect([k, rerun.exitCode, errorsOf(rerun)]).toEqual([k, 0, []]);
      await expectFinal(tag, PLATFORMS);
    }
  }, 600_000);
});
