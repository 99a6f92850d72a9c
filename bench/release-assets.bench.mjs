// Release assets: the CLI bundle's upload-cli-artifacts against the GitHub stand-in with injected latency
// on every request, counting requests and bytes. Three figures:
// - 20 archives into a fresh draft at 200 ms per request: our default against the same run with
//   --concurrency 1 (sequential), interleaved, median ratio of the request phase (first request's
//   arrival to the last answer, from the stand-in's log; start-up and archiving happen before it);
//   target ≤ 0.25 (RELEASE_KIT_UPLOAD_TARGET); the whole runs' ratio is printed too;
// - an identical rerun of a 6-asset release (5 archives and the checksums file): REST calls and bytes
//   uploaded; target ≤ 2 calls and 0 bytes;
// - the first run's calls by kind (how often the releases are listed).
// Runnable alone: `node bench/release-assets.bench.mjs`.
import './load-ts.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist', 'cli', 'index.js');
const { startGitHubStandIn } = await import('../test/github/standin.ts');
const rounds = Number(process.env.RELEASE_KIT_BENCH_ROUNDS ?? 3);
const latencyMs = Number(process.env.RELEASE_KIT_BENCH_LATENCY_MS ?? 200);
const uploadTarget = Number(process.env.RELEASE_KIT_UPLOAD_TARGET ?? 0.25);

if (!existsSync(bundle)) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), 'cli'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const OSES = ['linux', 'darwin', 'windows', 'freebsd', 'netbsd'];
const ARCHES = ['amd64', 'arm64', '386', 'riscv64'];
const platforms = OSES.flatMap((o) => ARCHES.map((a) => `${o}/${a}`)).slice(0, 20);

const work = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-assets-'));
mkdirSync(path.join(work, 'bin'));
for (const p of platforms) writeFileSync(path.join(work, 'bin', p.replace('/', '-')), randomBytes(16 * 1024));

const github = await startGitHubStandIn();
/** When each request arrived, in the log's order (the plan is asked once per request, as it arrives). */
let arrivals = [];
let latency = 0;
github.faults({
  injected: [],
  next() {
    arrivals.push(performance.now());
    return latency ? { kind: 'latency', ms: latency } : { kind: 'none' };
  },
});

/** First request's arrival to the last answer's end, from the stand-in's log: the run's time on the wire. */
function requestPhaseMs() {
  const entries = github.log.entries;
  if (process.env.RELEASE_KIT_BENCH_TRACE)
    for (const [i, e] of entries.entries())
      console.log(
        `  ${(arrivals[i] - arrivals[0]).toFixed(0)} ms +${e.durationMs} ${e.method} ${e.operationId ?? e.path}`,
      );
  const end = Math.max(...entries.map((entry, i) => arrivals[i] + entry.durationMs));
  return end - arrivals[0];
}

/** One CLI run; resolves with its request-phase time and its whole wall time. */
function upload(tag, count, extra = []) {
  arrivals = [];
  github.log.clear();
  const started = performance.now();
  const binaries = platforms.slice(0, count).map((p) => `${p}=bin/${p.replace('/', '-')}`);
  const args = [bundle, 'upload-cli-artifacts', '--name', 'krt', '--tag', tag, '--binaries', binaries.join('\n')];
  const child = spawn(process.execPath, [...args, ...extra], {
    cwd: work,
    env: {
      PATH: process.env.PATH,
      HOME: work,
      RUNNER_TEMP: work,
      GITHUB_REPOSITORY: 'acme/bench',
      GITHUB_TOKEN: 'bench-token',
      SOURCE_DATE_EPOCH: '1700000000',
      RELEASE_KIT_RETRY_BASE_MS: '20',
      ...github.env(),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`upload-cli-artifacts exited ${code}: ${stderr}`));
      else resolve({ ms: requestPhaseMs(), wallMs: performance.now() - started });
    }),
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let missed = false;
let tags = 0;
try {
  // 1: 20 uploads at the injected latency, ours against sequential, alternating which goes first.
  latency = latencyMs;
  const ours = [];
  const sequential = [];
  const ratios = [];
  const wall = [];
  for (let round = 0; round < rounds; round++) {
    const runOurs = () => upload(`v1.0.${++tags}`, 20);
    const runSequential = () => upload(`v1.0.${++tags}`, 20, ['--concurrency', '1']);
    const [a, b] =
      round % 2 === 0
        ? [await runOurs(), await runSequential()]
        : await runSequential().then(async (s) => [await runOurs(), s]);
    ours.push(a.ms);
    sequential.push(b.ms);
    ratios.push(a.ms / b.ms);
    wall.push(a.wallMs / b.wallMs);
  }
  const ratio = median(ratios);
  console.log(
    `20 archives at ${latencyMs} ms per request: default ${median(ours).toFixed(0)} ms, --concurrency 1 ${median(sequential).toFixed(0)} ms, ratio ${ratio.toFixed(3)} (median of ${rounds}; target ≤ ${uploadTarget}); whole runs, start-up and archiving included: ratio ${median(wall).toFixed(3)}`,
  );
  if (ratio > uploadTarget) {
    console.log(`MISS: upload ratio ${ratio.toFixed(3)} > ${uploadTarget}`);
    missed = true;
  }

  // 2 and 3: a 6-asset release, first run then an identical rerun, counting calls and bytes.
  latency = 0;
  const tag = `v2.0.${++tags}`;
  await upload(tag, 5);
  const firstCalls = github.log.entries.length;
  const listings = github.log.count({ operationId: 'repos/list-releases' });
  const firstBytes = github.log.filter({ origin: 'uploads' }).reduce((sum, e) => sum + e.requestBytes, 0);
  await upload(tag, 5);
  const rerunCalls = github.log.entries.length;
  const rerunBytes = github.log.filter({ origin: 'uploads' }).reduce((sum, e) => sum + e.requestBytes, 0);
  const assets = github.state.releases('acme', 'bench').find((r) => r.tagName === tag).assets.length;
  console.log(
    `first run of a ${assets}-asset release: ${firstCalls} requests (releases listed ${listings}×), ${firstBytes} bytes uploaded`,
  );
  console.log(`identical rerun: ${rerunCalls} REST calls, ${rerunBytes} bytes uploaded (target ≤ 2 calls, 0 bytes)`);
  if (rerunCalls > 2 || rerunBytes > 0) {
    console.log('MISS: the identical rerun did more than list the release and its assets');
    missed = true;
  }
  console.log(`cores: ${os.availableParallelism()}, node ${process.version}`);
} finally {
  await github.close();
  rmSync(work, { recursive: true, force: true });
}
process.exit(missed ? 1 : 0);
