// upload-cli-artifacts run as the runner runs it (dist bundle, INPUT_* env) against the GitHub stand-in.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runAction, runCli, type ActionRun } from '../harness/run-action.js';
import {
  barrierFaults,
  scriptedFaults,
  seededFaults,
  noFaults,
  type FaultKind,
  type FaultPlan,
  type FaultRequest,
} from '../harness/faults.js';
import { startGitHubStandIn, type GitHubStandIn, type ReleaseSnapshot } from '../github/standin.js';
import { seedFileName } from '../artifacts/fixtures.js';
import { startArtifactService } from '../harness/artifact-service.js';
import yauzl from 'yauzl';

const OWNER = 'acme';
const REPO = 'kruntimes';
const PLATFORMS = ['linux/amd64', 'linux/arm64', 'darwin/amd64', 'darwin/arm64', 'windows/amd64'];
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Every file in a zip, by name. */
function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error('not a zip'));
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

let standIn: GitHubStandIn;
let workspace: string;
const temps: string[] = [];

async function writeBinary(platform: string, salt = ''): Promise<void> {
  // Compressible-ish content that differs per platform (and per salt, to "rebuild" a binary).
  const body = Buffer.concat([Buffer.from(`${platform}${salt}\n`.repeat(2000)), randomBytes(32 * 1024)]);
  await writeFile(path.join(workspace, 'dist', seedFileName(platform)), body, { mode: 0o755 });
}

beforeAll(async () => {
  standIn = await startGitHubStandIn();
  workspace = await mkdtemp(path.join(os.tmpdir(), 'rk-upload-ws-'));
  await import('node:fs/promises').then((fs) => fs.mkdir(path.join(workspace, 'dist')));
  for (const p of [...PLATFORMS, 'freebsd/amd64']) await writeBinary(p);
  await writeFile(path.join(workspace, 'LICENSE'), 'Apache-2.0\n');
});
afterAll(async () => {
  await standIn.close();
  for (const dir of [workspace, ...temps]) await rm(dir, { recursive: true, force: true });
});

interface RunOptions {
  tag: string;
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
}

async function upload({ tag, inputs = {}, env = {} }: RunOptions): Promise<ActionRun> {
  // Inside the workspace: output-dir is held to it.
  const out = await mkdtemp(path.join(workspace, 'out-'));
  return runAction('upload-cli-artifacts', {
    workspace,
    inputs: {
      name: 'krt',
      files: PLATFORMS.map((p) => `dist/${seedFileName(p)}`).join('\n'),
      'extra-files': 'LICENSE',
      format: 'windows=zip',
      token: 'test-token',
      'output-dir': out,
      ...inputs,
    },
    env: {
      ...standIn.env(),
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_REF: `refs/tags/${tag}`,
      SOURCE_DATE_EPOCH: '1700000000',
      ...env,
    },
  });
}

function releasesFor(tag: string): ReleaseSnapshot[] {
  return standIn.state.releases(OWNER, REPO).filter((r) => r.tagName === tag);
}

/** The release holds exactly the run's archives plus the checksums file, each complete and correct. */
async function expectExactAssets(run: ActionRun, tag: string): Promise<void> {
  const [release, ...others] = releasesFor(tag);
  expect(others).toHaveLength(0);
  const assets = JSON.parse(run.outputs.assets) as { name: string; path: string; sha256: string; size: number }[];
  const checksumsName = `krt_${tag}_checksums.txt`;
  expect(release.assets.map((a) => a.name).sort()).toEqual([...assets.map((a) => a.name), checksumsName].sort());
  for (const asset of release.assets) expect(asset.state).toBe('uploaded');
  for (const local of assets) {
    const remote = release.assets.find((a) => a.name === local.name)!;
    expect(sha256(remote.bytes)).toBe(local.sha256);
    expect(remote.bytes).toEqual(await readFile(local.path));
    if (remote.digest) expect(remote.digest).toBe(`sha256:${local.sha256}`);
  }
  const checksums = release.assets.find((a) => a.name === checksumsName)!.bytes.toString('utf8');
  expect(checksums).toBe(await readFile(run.outputs['checksums-file'], 'utf8'));
}

/**
 * Make `jobs` concurrent runs really race for the release. Each round of `jobs` listings gets its own
 * barrier: the first holds every run's look-up until all have seen no release (so all of them
 * create one), the second their listings right after creating, so they converge on one draft.
 */
function listingRace(jobs: number, windowsMs: readonly number[]): FaultPlan {
  const isListing = (r: FaultRequest) => r.method === 'GET' && r.path === `/repos/${OWNER}/${REPO}/releases`;
  const rounds = windowsMs.map((ms) => barrierFaults(jobs, ms, isListing));
  return {
    get injected() {
      return rounds.flatMap((round) => round.injected);
    },
    next(request) {
      const round = isListing(request) ? rounds.find((r) => r.injected.length < jobs) : undefined;
      return round ? round.next(request) : { kind: 'none' };
    },
  };
}

/** Releases created since the log was cleared: more than one for a tag means a real race. */
const createsFor = () => standIn.log.count({ operationId: 'repos/create-release', status: 201 });

const uploads = () => standIn.log.count({ origin: 'uploads', method: 'POST' });
const deletes = () => standIn.log.count({ method: 'DELETE' });

describe('upload-cli-artifacts against the GitHub stand-in', () => {
  test('fresh upload: a draft release with every archive and the checksums file', async () => {
    standIn.log.clear();
    const run = await upload({ tag: 'v0.1.0' });
    // Listed once to find it, created, listed once more to converge: then the uploads, nothing else.
    expect(standIn.log.entries.map((e) => e.operationId).filter((id) => id !== 'repos/upload-release-asset')).toEqual([
      'repos/list-releases',
      'repos/create-release',
      'repos/list-releases',
    ]);
    expect(uploads()).toBe(6);
    expect(run.stderr + run.stdout).not.toMatch(/::error::/);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.state).toBe('uploaded');
    await expectExactAssets(run, 'v0.1.0');
    expect(releasesFor('v0.1.0')[0].draft).toBe(true);
    const assets = JSON.parse(run.outputs.assets) as {
      name: string;
      os: string;
      arch: string;
      url: string;
      state: string;
    }[];
    expect(assets.map((a) => a.name)).toContain('krt_v0.1.0_windows_amd64.zip');
    expect(assets.every((a) => a.state === 'uploaded' && a.url.startsWith('http'))).toBe(true);
    expect(run.outputs['subject-checksums']).toBe(run.outputs['checksums-file']);
    expect(run.summary).toContain('| Asset | Platform | Size (bytes) | SHA-256 | State |');
    expect(run.summary).toContain('sha256sum --check --ignore-missing krt_v0.1.0_checksums.txt');
    expect(run.summary).toContain(`gh attestation verify krt_v0.1.0_darwin_amd64.tar.gz --repo ${OWNER}/${REPO}`);
    standIn.assertNoSchemaViolations();
  });

  test('identical rerun: nothing uploaded or deleted (request log), state unchanged', async () => {
    const before = releasesFor('v0.1.0')[0].assets.map((a) => [a.name, a.id]);
    standIn.log.clear();
    const run = await upload({ tag: 'v0.1.0' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.state).toBe('unchanged');
    expect(uploads()).toBe(0);
    expect(deletes()).toBe(0);
    // The asset list with its digests is enough: the release listing and the asset listing, nothing else.
    expect(standIn.log.entries.map((e) => e.operationId)).toEqual(['repos/list-releases', 'repos/list-release-assets']);
    expect(releasesFor('v0.1.0')[0].assets.map((a) => [a.name, a.id])).toEqual(before);
    expect((JSON.parse(run.outputs.assets) as { state: string }[]).every((a) => a.state === 'unchanged')).toBe(true);
  });

  test('assets without a digest are downloaded and hashed: still 0 uploads on a rerun', async () => {
    const restore = standIn.corruptResponses((info, body) =>
      info.operationId === 'repos/list-release-assets' && Array.isArray(body)
        ? body.map((a) => ({ ...(a as object), digest: null }))
        : undefined,
    );
    try {
      standIn.log.clear();
      const run = await upload({ tag: 'v0.1.0' });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.state).toBe('unchanged');
      expect(uploads()).toBe(0);
      expect(deletes()).toBe(0);
      // Every archive (5) and the checksums file were fetched to compare their bytes.
      expect(standIn.log.count({ operationId: 'repos/get-release-asset' })).toBeGreaterThanOrEqual(6);
    } finally {
      restore();
    }
  });

  test('two identical jobs at once (a rerun racing the original): each asset exactly once', async () => {
    standIn.log.clear();
    const race = listingRace(2, [8000, 3000]);
    standIn.faults(race);
    try {
      const runs = await Promise.all([upload({ tag: 'v0.7.0' }), upload({ tag: 'v0.7.0' })]);
      for (const run of runs)
        expect([run.exitCode, run.annotations.filter((a) => a.level === 'error').map((a) => a.message)]).toEqual([
          0,
          [],
        ]);
      // Both listed at the barriers (before and after creating) and both created a draft: the convergence is under test.
      expect(race.injected).toHaveLength(4);
      expect(createsFor()).toBe(2);
      await expectExactAssets(runs[0], 'v0.7.0');
      await expectExactAssets(runs[1], 'v0.7.0');
    } finally {
      standIn.faults(noFaults);
    }
  });

  test('changed binary on a draft: that archive and the checksums file are replaced, the rest untouched', async () => {
    const before = new Map(releasesFor('v0.1.0')[0].assets.map((a) => [a.name, a.id]));
    await writeBinary('linux/amd64', 'rebuilt');
    try {
      standIn.log.clear();
      const run = await upload({ tag: 'v0.1.0' });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.state).toBe('replaced');
      await expectExactAssets(run, 'v0.1.0');
      expect(uploads()).toBe(2);
      const after = releasesFor('v0.1.0')[0].assets;
      for (const asset of after) {
        const changed = asset.name === 'krt_v0.1.0_linux_amd64.tar.gz' || asset.name === 'krt_v0.1.0_checksums.txt';
        expect([asset.name, asset.id === before.get(asset.name)]).toEqual([asset.name, !changed]);
      }
      const states = Object.fromEntries(
        (JSON.parse(run.outputs.assets) as { name: string; state: string }[]).map((a) => [a.name, a.state]),
      );
      expect(states['krt_v0.1.0_linux_amd64.tar.gz']).toBe('replaced');
      expect(states['krt_v0.1.0_darwin_arm64.tar.gz']).toBe('unchanged');
    } finally {
      await writeBinary('linux/amd64');
    }
  });

  test('changed binary on a published immutable release: fails with the superseding-patch advice, nothing changed', async () => {
    const first = await upload({ tag: 'v0.2.0' });
    expect(first.exitCode).toBe(0);
    standIn.setImmutable(OWNER, REPO, true);
    try {
      const release = releasesFor('v0.2.0')[0];
      const published = await fetch(`${standIn.apiUrl}/repos/${OWNER}/${REPO}/releases/${release.id}`, {
        method: 'PATCH',
        headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
        body: JSON.stringify({ draft: false }),
      });
      expect(published.status).toBe(200);
      expect(releasesFor('v0.2.0')[0].immutable).toBe(true);
      const snapshot = releasesFor('v0.2.0')[0].assets.map((a) => [a.name, a.id, sha256(a.bytes)]);

      // An identical rerun is still fine on an immutable release.
      const same = await upload({ tag: 'v0.2.0' });
      expect(same.exitCode).toBe(0);
      expect(same.outputs.state).toBe('unchanged');

      await writeBinary('darwin/arm64', 'rebuilt');
      standIn.log.clear();
      const run = await upload({ tag: 'v0.2.0' });
      expect(run.exitCode).toBe(1);
      const error = run.annotations.find((a) => a.level === 'error')!;
      expect(error.message).toMatch(
        /release v0\.2\.0 is published and immutable .*krt_v0\.2\.0_darwin_arm64\.tar\.gz.*cut a new patch release \(v0\.2\.1\) that supersedes it/,
      );
      expect(run.summary).toContain('Release v0.2.0 failed after it was published');
      expect(uploads()).toBe(0);
      expect(deletes()).toBe(0);
      expect(releasesFor('v0.2.0')[0].assets.map((a) => [a.name, a.id, sha256(a.bytes)])).toEqual(snapshot);
    } finally {
      standIn.setImmutable(OWNER, REPO, false);
      await writeBinary('darwin/arm64');
    }
  });

  test('published mutable release: a differing asset fails without overwrite, is replaced with overwrite: true', async () => {
    expect((await upload({ tag: 'v0.3.0' })).exitCode).toBe(0);
    const release = releasesFor('v0.3.0')[0];
    await fetch(`${standIn.apiUrl}/repos/${OWNER}/${REPO}/releases/${release.id}`, {
      method: 'PATCH',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ draft: false }),
    });
    await writeBinary('linux/arm64', 'rebuilt');
    try {
      standIn.log.clear();
      const refused = await upload({ tag: 'v0.3.0' });
      expect(refused.exitCode).toBe(1);
      expect(refused.annotations.find((a) => a.level === 'error')!.message).toMatch(
        /release v0\.3\.0 is published and already has different krt_v0\.3\.0_linux_arm64\.tar\.gz, krt_v0\.3\.0_checksums\.txt; set overwrite: true/,
      );
      expect(uploads() + deletes()).toBe(0);
      const run = await upload({ tag: 'v0.3.0', inputs: { overwrite: 'true' } });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.state).toBe('replaced');
      await expectExactAssets(run, 'v0.3.0');
    } finally {
      await writeBinary('linux/arm64');
    }
  });

  test('create-release: false fails clearly when the tag has no release', async () => {
    const run = await upload({ tag: 'v9.9.9', inputs: { 'create-release': 'false' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')!.message).toMatch(
      /no release for tag v9\.9\.9 in acme\/kruntimes \(drafts included\) and create-release is false/,
    );
    expect(releasesFor('v9.9.9')).toHaveLength(0);
  });

  test('create-release: false uploads to an existing draft', async () => {
    standIn.state.addRelease(OWNER, REPO, { tagName: 'v0.4.0', draft: true });
    const run = await upload({ tag: 'v0.4.0', inputs: { 'create-release': 'false' } });
    expect(run.exitCode).toBe(0);
    await expectExactAssets(run, 'v0.4.0');
  });

  test('6 concurrent matrix uploaders: one release, every asset exactly once, checksums list all six', async () => {
    const matrix = [...PLATFORMS, 'freebsd/amd64'];
    standIn.log.clear();
    // Six processes starting on two cores: a wide first window, then a short one for the second listings.
    const race = listingRace(matrix.length, [15000, 4000]);
    standIn.faults(race);
    let runs: ActionRun[];
    try {
      runs = await Promise.all(
        matrix.map((p) => upload({ tag: 'v0.5.0', inputs: { files: '', binaries: `${p}=dist/${seedFileName(p)}` } })),
      );
    } finally {
      standIn.faults(noFaults);
    }
    for (const run of runs)
      expect([run.exitCode, run.annotations.filter((a) => a.level === 'error').map((a) => a.message)]).toEqual([0, []]);
    // They really raced: every job listed at the first barrier before any created, so several drafts were made.
    expect(race.injected).toHaveLength(2 * matrix.length);
    expect(createsFor()).toBeGreaterThan(1);
    expect(standIn.log.count({ operationId: 'repos/delete-release', status: 204 })).toBeGreaterThanOrEqual(
      createsFor() - 1,
    );
    const [release, ...others] = releasesFor('v0.5.0');
    expect(others).toHaveLength(0);
    const expected = runs.flatMap((r) => JSON.parse(r.outputs.assets) as { name: string; sha256: string }[]);
    expect(release.assets.map((a) => a.name).sort()).toEqual(
      [...expected.map((a) => a.name), 'krt_v0.5.0_checksums.txt'].sort(),
    );
    for (const local of expected)
      expect(sha256(release.assets.find((a) => a.name === local.name)!.bytes)).toBe(local.sha256);
    const checksums = release.assets.find((a) => a.name === 'krt_v0.5.0_checksums.txt')!.bytes.toString('utf8');
    expect(checksums).toBe(
      expected
        .map((a) => `${a.sha256}  ${a.name}\n`)
        .sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1))
        .join(''),
    );
    expect(release.assets.every((a) => a.state === 'uploaded')).toBe(true);
  });

  test('a reset mid-upload leaves a starter asset, which is deleted before the retry', async () => {
    standIn.faults(
      scriptedFaults([{ kind: 'reset', afterBytes: 1000 }], (r) => r.method === 'POST' && r.path.endsWith('/assets')),
      'uploads',
    );
    try {
      standIn.log.clear();
      const run = await upload({ tag: 'v0.6.0', inputs: { concurrency: '1' } });
      expect(run.exitCode).toBe(0);
      expect(standIn.log.count({ origin: 'uploads', method: 'POST', status: 0 })).toBe(1);
      expect(deletes()).toBeGreaterThanOrEqual(1);
      await expectExactAssets(run, 'v0.6.0');
    } finally {
      standIn.faults(noFaults, 'both');
    }
  });

  const faultRuns: [string, number, FaultKind[]][] = [
    ['500s', 11, ['status']],
    ['resets mid-upload', 22, ['reset']],
    ['403/429 secondary rate limits', 33, ['secondary-rate-limit']],
    ['primary rate limit', 44, ['primary-rate-limit']],
    ['a mix of everything', 55, ['status', 'reset', 'secondary-rate-limit', 'primary-rate-limit', 'latency']],
  ];
  test.each(faultRuns)(
    'seeded faults (%s, seed %d): exact asset set, correct digests, no starter left',
    async (_label, seed, kinds) => {
      const tag = `v1.${seed}.0`;
      const plan = seededFaults(seed, { rate: 0.35, kinds, rateLimitSeconds: 1, maxResetBytes: 32 * 1024 });
      standIn.faults(plan, 'both');
      try {
        const run = await upload({ tag });
        expect([run.exitCode, run.annotations.filter((a) => a.level === 'error').map((a) => a.message)]).toEqual([
          0,
          [],
        ]);
        expect(plan.injected.length).toBeGreaterThan(0);
        standIn.faults(noFaults, 'both');
        await expectExactAssets(run, tag);
        // And the rerun on a healthy API changes nothing.
        standIn.log.clear();
        const again = await upload({ tag });
        expect(again.outputs.state).toBe('unchanged');
        expect(uploads()).toBe(0);
      } finally {
        standIn.faults(noFaults, 'both');
      }
    },
  );
});

describe('the CLI runs the same operation', () => {
  test('release-kit upload-cli-artifacts uploads, and a rerun is unchanged', async () => {
    const out = await mkdtemp(path.join(workspace, 'out-cli-'));
    const args = [
      'upload-cli-artifacts',
      '--name',
      'krt',
      '--tag',
      'v0.8.0',
      '--files',
      'dist/krt-linux-*',
      '--output-dir',
      out,
      '--json',
    ];
    const env = {
      ...standIn.env(),
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_TOKEN: 'test-token',
      SOURCE_DATE_EPOCH: '1700000000',
    };
    const first = await runCli(args, { workspace, env });
    expect(first.exitCode).toBe(0);
    // --json: stdout is the one JSON object; the progress (and its groups) goes to stderr.
    expect(JSON.parse(first.stdout).state).toBe('uploaded');
    expect(first.stderr).toContain('▸ Upload to release v0.8.0 of acme/kruntimes');
    expect(
      releasesFor('v0.8.0')[0]
        .assets.map((a) => a.name)
        .sort(),
    ).toEqual(['krt_v0.8.0_checksums.txt', 'krt_v0.8.0_linux_amd64.tar.gz', 'krt_v0.8.0_linux_arm64.tar.gz']);
    standIn.log.clear();
    const again = await runCli(args, { workspace, env });
    expect(JSON.parse(again.stdout).state).toBe('unchanged');
    expect(uploads()).toBe(0);
  });
});

describe('inputs', () => {
  test.each([
    [
      { upload: 'everywhere' },
      /input 'upload' has invalid value "everywhere": expected one of release, artifact, both, none/,
    ],
    [{ concurrency: '0' }, /input 'concurrency' has invalid value "0": expected a whole number from 1 to 32/],
    [
      { 'retention-days': '365' },
      /input 'retention-days' has invalid value "365": expected a whole number from 1 to 90/,
    ],
    [{ files: '', binaries: '' }, /input 'files' has invalid value "": expected paths or globs/],
    [{ binaries: 'linux/amd64=dist/krt-linux-amd64' }, /inputs 'files' and 'binaries' are both set/],
    [{ format: 'windows=rar' }, /input 'format' has invalid value "windows=rar"/],
    [{ 'name-template': '{name}_{tag}' }, /input 'name-template' .*\{os\} and \{arch\}/],
    [{ name: '../krt' }, /input 'name' has invalid value "..\/krt"/],
    [{ files: 'dist/../dist/krt-linux-amd64' }, /without .. segments/],
    [{ files: 'dist/missing-linux-amd64' }, /names "dist\/missing-linux-amd64", which does not exist/],
    [{ token: '' }, /input 'token' has invalid value ""/],
    [
      { version: '0.2.0', tag: 'v0.1.0' },
      /inputs 'version' \("0\.2\.0"\) and 'tag' \("v0\.1\.0"\) disagree: expected a tag of version 0\.2\.0 such as v0\.2\.0, or only one of the two/,
    ],
    [{ version: 'one' }, /input 'version' has invalid value "one": expected a SemVer version/],
    [
      { upload: 'artifact' },
      /input 'upload' is "artifact", but the runner's artifact service is not available \(ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL unset\)/,
    ],
  ])('%j is refused before anything is built or uploaded', async (inputs, message) => {
    standIn.log.clear();
    // github.com, not the stand-in's loopback URL (which @actions/artifact, and so upload: artifact,
    // takes for GitHub Enterprise Server): each case is refused for its input alone.
    const run = await upload({ tag: 'v7.0.0', inputs, env: { GITHUB_SERVER_URL: 'https://github.com' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(message);
    expect(standIn.log.count()).toBe(0);
    expect(releasesFor('v7.0.0')).toHaveLength(0);
  });

  test('no tag input and not a tag push', async () => {
    const run = await upload({ tag: 'x', env: { GITHUB_REF: 'refs/heads/main' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toMatch(
      /input 'tag' has invalid value "": expected a release tag .*refs\/heads\/main/,
    );
  });

  test('version: 0.8.0 names tag v0.8.0 off a tag push; a tag of the same version is accepted', async () => {
    const run = await upload({ tag: 'x', inputs: { version: '0.8.0' }, env: { GITHUB_REF: 'refs/heads/main' } });
    expect([run.exitCode, run.annotations.filter((a) => a.level === 'error').map((a) => a.message)]).toEqual([0, []]);
    const names = (JSON.parse(run.outputs.assets) as { name: string }[]).map((a) => a.name);
    expect(names).toContain('krt_v0.8.0_linux_amd64.tar.gz');
    expect(path.basename(run.outputs['checksums-file'])).toBe('krt_v0.8.0_checksums.txt');
    await expectExactAssets(run, 'v0.8.0');
    // The same version spelled as the tag input too: no clash, and the rerun changes nothing.
    const both = await upload({
      tag: 'x',
      inputs: { version: 'v0.8.0', tag: 'v0.8.0' },
      env: { GITHUB_REF: 'refs/heads/main' },
    });
    expect([both.exitCode, both.outputs.state]).toEqual([0, 'unchanged']);
  });

  test('upload: none builds the archives and touches no API', async () => {
    standIn.log.clear();
    const run = await upload({ tag: 'v8.0.0', inputs: { upload: 'none', token: '' } });
    expect(run.exitCode).toBe(0);
    expect(standIn.log.count()).toBe(0);
    expect((JSON.parse(run.outputs.assets) as { state: string }[]).map((a) => a.state)).toEqual(Array(5).fill('built'));
  });

  test("upload: artifact puts the archives and the checksums file, zipped, into the run's artifact service (stand-in)", async () => {
    const service = await startArtifactService();
    try {
      standIn.log.clear();
      const before = Date.now();
      const run = await upload({
        tag: 'v9.1.0',
        inputs: { upload: 'artifact', token: '', 'retention-days': '7' },
        // The artifact service is github.com's (@actions/artifact refuses GHES server URLs).
        env: { ...service.env, GITHUB_SERVER_URL: 'https://github.com' },
      });
      expect([run.exitCode, run.annotations.filter((a) => a.level === 'error').map((a) => a.message)]).toEqual([0, []]);
      expect(standIn.log.count()).toBe(0);
      const assets = JSON.parse(run.outputs.assets) as { name: string; path: string; sha256: string; state: string }[];
      expect(assets.map((a) => a.state)).toEqual(Array(5).fill('uploaded'));
      expect(run.outputs.state).toBe('uploaded');

      // One artifact named {name}_{tag} (several platforms), finalized with the blob's size and sha256.
      expect(service.artifacts).toHaveLength(1);
      const [artifact] = service.artifacts;
      expect(artifact).toMatchObject({ name: 'krt_v9.1.0', finalized: true, mimeType: 'application/zip' });
      expect(artifact.hash).toBe(`sha256:${sha256(artifact.bytes!)}`);
      const expires = Date.parse(artifact.expiresAt!);
      expect(expires - before).toBeGreaterThan(6.9 * 86_400_000);
      expect(expires - Date.now()).toBeLessThan(7.1 * 86_400_000);

      // The zip holds exactly the archives and the checksums file, byte for byte.
      const entries = await unzip(artifact.bytes!);
      expect([...entries.keys()].sort()).toEqual([...assets.map((a) => a.name), 'krt_v9.1.0_checksums.txt'].sort());
      for (const asset of assets) expect(sha256(entries.get(asset.name)!)).toBe(asset.sha256);
      expect(entries.get('krt_v9.1.0_checksums.txt')!.toString('utf8')).toBe(
        await readFile(run.outputs['checksums-file'], 'utf8'),
      );
      expect(run.summary).toContain('krt_v9.1.0');
    } finally {
      await service.close();
    }
  });

  test('upload: artifact on GitHub Enterprise Server is refused up front, naming what works there', async () => {
    const service = await startArtifactService();
    try {
      standIn.log.clear();
      const out = await mkdtemp(path.join(workspace, 'out-ghes-'));
      for (const mode of ['artifact', 'both']) {
        const run = await upload({
          tag: 'v9.9.0',
          inputs: { upload: mode, 'output-dir': out },
          env: { ...service.env, GITHUB_SERVER_URL: 'https://ghe.example.com' },
        });
        expect(run.exitCode).toBe(1);
        const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatch(
          new RegExp(
            `^input 'upload' is "${mode}", but .*GitHub Enterprise Server \\(GITHUB_SERVER_URL https://ghe\\.example\\.com\\).*: expected release or none`,
          ),
        );
        expect(errors[0]).not.toMatch(/\n|release-kit bug/);
      }
      // Before any side effect: no archive built, no request to either service.
      expect(await readdir(out)).toEqual([]);
      expect(service.requests).toEqual([]);
      expect(standIn.log.count()).toBe(0);
      expect(releasesFor('v9.9.0')).toHaveLength(0);
    } finally {
      await service.close();
    }
  });
});

describe('upload: artifact reruns (the run keeps one artifact per name, as GitHub does)', () => {
  const twirp = (service: { requests: string[] }, method: string) =>
    service.requests.filter((r) => r.endsWith(`/ArtifactService/${method}`)).length;
  const github = { GITHUB_SERVER_URL: 'https://github.com' };
  const artifactInputs = { upload: 'artifact', token: '' };

  test('a rerun of the job (another attempt, same binaries) succeeds and changes nothing', async () => {
    const service = await startArtifactService();
    try {
      const first = await upload({ tag: 'v9.2.0', inputs: artifactInputs, env: { ...service.env, ...github } });
      expect([first.exitCode, first.outputs.state]).toEqual([0, 'uploaded']);
      const [stored] = service.artifacts;
      const bytes = stored.bytes;
      service.requests.length = 0;

      // GitHub re-runs the job as a new job run of the same workflow run: the first attempt's artifact is there.
      const rerun = await upload({
        tag: 'v9.2.0',
        inputs: artifactInputs,
        env: { ...service.anotherJob(), ...github },
      });
      expect([rerun.exitCode, rerun.annotations.filter((a) => a.level === 'error').map((a) => a.message)]).toEqual([
        0,
        [],
      ]);
      expect(rerun.outputs.state).toBe('unchanged');
      expect((JSON.parse(rerun.outputs.assets) as { state: string }[]).map((a) => a.state)).toEqual(
        Array(5).fill('unchanged'),
      );
      // Nothing created, deleted or finalized: the same artifact, the same bytes.
      expect([
        twirp(service, 'CreateArtifact'),
        twirp(service, 'DeleteArtifact'),
        twirp(service, 'FinalizeArtifact'),
      ]).toEqual([0, 0, 0]);
      expect(service.artifacts).toHaveLength(1);
      expect(service.artifacts[0]).toBe(stored);
      expect(service.artifacts[0].bytes).toBe(bytes);
      expect(rerun.summary).toContain('workflow artifact `krt_v9.2.0` (unchanged)');
      expect(rerun.annotations).toEqual([]);

      // And again from the same job (a second step with the same inputs): still unchanged.
      const again = await upload({ tag: 'v9.2.0', inputs: artifactInputs, env: { ...service.env, ...github } });
      expect([again.exitCode, again.outputs.state]).toEqual([0, 'unchanged']);
      expect(service.artifacts).toEqual([stored]);
    } finally {
      await service.close();
    }
  });

  test('a rerun that rebuilt a binary differently replaces the artifact (delete, then upload)', async () => {
    const service = await startArtifactService();
    try {
      const first = await upload({ tag: 'v9.3.0', inputs: artifactInputs, env: { ...service.env, ...github } });
      expect([first.exitCode, first.outputs.state]).toEqual([0, 'uploaded']);
      const oldId = service.artifacts[0].id;

      await writeBinary('linux/arm64', '-rebuilt');
      try {
        const rerun = await upload({
          tag: 'v9.3.0',
          inputs: artifactInputs,
          env: { ...service.anotherJob(), ...github },
        });
        expect([rerun.exitCode, rerun.annotations.filter((a) => a.level === 'error').map((a) => a.message)]).toEqual([
          0,
          [],
        ]);
        expect(rerun.outputs.state).toBe('replaced');
        const assets = JSON.parse(rerun.outputs.assets) as { name: string; sha256: string; state: string }[];
        expect(Object.fromEntries(assets.map((a) => [a.name, a.state]))).toEqual({
          'krt_v9.3.0_darwin_amd64.tar.gz': 'unchanged',
          'krt_v9.3.0_darwin_arm64.tar.gz': 'unchanged',
          'krt_v9.3.0_linux_amd64.tar.gz': 'unchanged',
          'krt_v9.3.0_linux_arm64.tar.gz': 'replaced',
          'krt_v9.3.0_windows_amd64.zip': 'unchanged',
        });
        // One artifact of that name, a new one, holding exactly this run's files.
        expect(service.artifacts.map((a) => [a.name, a.finalized])).toEqual([['krt_v9.3.0', true]]);
        expect(service.artifacts[0].id).not.toBe(oldId);
        const entries = await unzip(service.artifacts[0].bytes!);
        expect([...entries.keys()].sort()).toEqual([...assets.map((a) => a.name), 'krt_v9.3.0_checksums.txt'].sort());
        for (const asset of assets) expect(sha256(entries.get(asset.name)!)).toBe(asset.sha256);
        expect(entries.get('krt_v9.3.0_checksums.txt')!.toString('utf8')).toBe(
          await readFile(rerun.outputs['checksums-file'], 'utf8'),
        );
      } finally {
        await writeBinary('linux/arm64');
      }
    } finally {
      await service.close();
    }
  });

  test("another job's artifact under the same name is refused in one line and left alone", async () => {
    const service = await startArtifactService();
    try {
      const linux = ['linux/amd64', 'linux/arm64'].map((p) => `dist/${seedFileName(p)}`).join('\n');
      const darwin = ['darwin/amd64', 'darwin/arm64'].map((p) => `dist/${seedFileName(p)}`).join('\n');
      const first = await upload({
        tag: 'v9.4.0',
        inputs: { ...artifactInputs, files: linux, 'artifact-name': 'krt-cli' },
        env: { ...service.env, ...github },
      });
      expect([first.exitCode, first.outputs.state]).toEqual([0, 'uploaded']);
      const [stored] = service.artifacts;
      const bytes = stored.bytes;
      service.requests.length = 0;

      // A sibling matrix job with other platforms but the same artifact-name.
      const sibling = await upload({
        tag: 'v9.4.0',
        inputs: { ...artifactInputs, files: darwin, 'artifact-name': 'krt-cli' },
        env: { ...service.anotherJob(), ...github },
      });
      expect(sibling.exitCode).toBe(1);
      const errors = sibling.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^input 'artifact-name' .*"krt-cli".*krt_v9\.4\.0_linux_amd64\.tar\.gz.*expected a name no other job or step of this run uploads/,
      );
      expect(errors[0]).not.toMatch(/release-kit bug/);
      expect([twirp(service, 'CreateArtifact'), twirp(service, 'DeleteArtifact')]).toEqual([0, 0]);
      expect(service.artifacts).toEqual([stored]);
      expect(service.artifacts[0].bytes).toBe(bytes);
    } finally {
      await service.close();
    }
  });

  test('upload: both checks the artifact before the release changes; a rerun is unchanged on both', async () => {
    const service = await startArtifactService();
    try {
      const linux = `dist/${seedFileName('linux/amd64')}`;
      const darwin = `dist/${seedFileName('darwin/arm64')}`;
      const both = { upload: 'both', 'artifact-name': 'krt-both' };
      const first = await upload({
        tag: 'v9.5.0',
        inputs: { ...both, files: linux },
        env: { ...service.env, ...github },
      });
      expect([first.exitCode, first.outputs.state]).toEqual([0, 'uploaded']);
      expect(releasesFor('v9.5.0')[0].assets.map((a) => a.name)).toContain('krt_v9.5.0_linux_amd64.tar.gz');

      // A sibling job under the same artifact-name: refused before its archive reaches the release.
      standIn.log.clear();
      const sibling = await upload({
        tag: 'v9.5.0',
        inputs: { ...both, files: darwin },
        env: { ...service.anotherJob(), ...github },
      });
      expect(sibling.exitCode).toBe(1);
      expect(sibling.annotations.map((a) => a.message)).toEqual([expect.stringMatching(/^input 'artifact-name' /)]);
      expect(standIn.log.count()).toBe(0);
      expect(releasesFor('v9.5.0')[0].assets.map((a) => a.name)).not.toContain('krt_v9.5.0_darwin_arm64.tar.gz');

      // The job's own rerun: nothing to do on the release or in the artifact service.
      service.requests.length = 0;
      const rerun = await upload({
        tag: 'v9.5.0',
        inputs: { ...both, files: linux },
        env: { ...service.anotherJob(), ...github },
      });
      expect([rerun.exitCode, rerun.outputs.state]).toEqual([0, 'unchanged']);
      expect([twirp(service, 'CreateArtifact'), twirp(service, 'DeleteArtifact')]).toEqual([0, 0]);
      expect(service.artifacts.map((a) => a.name)).toEqual(['krt-both']);
    } finally {
      await service.close();
    }
  });
});
