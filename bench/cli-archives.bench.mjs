// CLI archives: the upload-cli-artifacts bundle (upload: none) building 6 reproducible tar.gz
// archives plus checksums, against `tar czf` + `sha256sum` run one after the other for the same
// files. Runs are interleaved so machine noise hits both alike; reports the median wall-time ratio
// (target ≤ 0.5, RELEASE_KIT_ARCHIVE_TARGET) and our peak RSS at two binary sizes, which should stay
// flat because everything streams. Sizes: our archives against the same tar streams through
// `gzip -6 -n` (and `pigz -6 -n` when installed), for the synthetic binaries and for a real Go
// binary found on the machine (docker-registry or skopeo); target: no larger than gzip -6.
// Runnable alone: `node bench/cli-archives.bench.mjs`.
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist', 'upload-cli-artifacts', 'index.js');
const rounds = Number(process.env.RELEASE_KIT_BENCH_ROUNDS ?? 3);
const target = Number(process.env.RELEASE_KIT_ARCHIVE_TARGET ?? 0.5);
const MB = 1024 * 1024;
const sizesMb = [
  Number(process.env.RELEASE_KIT_ARCHIVE_MB ?? 60),
  Number(process.env.RELEASE_KIT_ARCHIVE_SMALL_MB ?? 15),
];
const platforms = ['linux-amd64', 'linux-arm64', 'darwin-amd64', 'darwin-arm64', 'windows-amd64', 'freebsd-amd64'];

if (!existsSync(bundle)) {
  console.log('building dist/upload-cli-artifacts (node scripts/bundle.mjs upload-cli-artifacts)');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), 'upload-cli-artifacts'], {
    stdio: 'inherit',
    cwd: root,
  });
  if (built.status !== 0) process.exit(1);
}

/**
 * Pseudo-random but compressible-ish bytes, like a stripped binary: random bytes pushed through a
 * skewed table (small values far more common) with runs of repeated text, so gzip gets to ~60%.
 */
function writeBinary(file, size) {
  const table = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) table[i] = Math.floor((i / 256) ** 3 * 96);
  const text = Buffer.from('runtime.gopanic mallocgc github.com/acme/krt/internal/cli.(*Command).Execute '.repeat(40));
  const block = Buffer.alloc(MB);
  const fd = openSync(file, 'w', 0o755);
  for (let written = 0; written < size; written += MB) {
    randomFillSync(block);
    for (let i = 0; i < block.length; i++) block[i] = table[block[i]];
    for (let at = 0; at + text.length < block.length; at += 64 * 1024) text.copy(block, at);
    writeSync(fd, block, 0, Math.min(MB, size - written));
  }
  closeSync(fd);
}

function workspaceWith(sizeMb) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `rk-bench-archives-${sizeMb}-`));
  mkdirSync(path.join(dir, 'dist'));
  for (const p of platforms)
    writeBinary(path.join(dir, 'dist', `krt-${p}${p.startsWith('windows') ? '.exe' : ''}`), sizeMb * MB);
  writeFileSync(path.join(dir, 'LICENSE'), 'Apache License 2.0\n');
  return dir;
}

const RSS_HOOK =
  "data:text/javascript,process.on('exit',()=>process.stderr.write('rk-maxrss-kb='+process.resourceUsage().maxRSS+'\\n'))";

function ours(dir) {
  const out = path.join(dir, 'out-ours');
  rmSync(out, { recursive: true, force: true });
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? dir,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: path.join(dir, 'github-output'),
    SOURCE_DATE_EPOCH: '1700000000',
    INPUT_NAME: 'krt',
    INPUT_TAG: 'v0.1.0',
    INPUT_FILES: 'dist/krt-*',
    'INPUT_EXTRA-FILES': 'LICENSE',
    INPUT_UPLOAD: 'none',
    'INPUT_OUTPUT-DIR': out,
  };
  writeFileSync(env.GITHUB_OUTPUT, '');
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', RSS_HOOK, bundle], { cwd: dir, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`upload-cli-artifacts failed: ${run.stdout}\n${run.stderr}`);
  const rssKb = Number(/rk-maxrss-kb=(\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { ms, rssMb: rssKb / 1024 };
}

function baseline(dir) {
  const out = path.join(dir, 'out-tar');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  const started = process.hrtime.bigint();
  for (const p of platforms) {
    const binary = `krt-${p}${p.startsWith('windows') ? '.exe' : ''}`;
    const archive = path.join(out, `krt_v0.1.0_${p.replace('-', '_')}.tar.gz`);
    const tar = spawnSync('tar', ['czf', archive, '-C', path.join(dir, 'dist'), binary, '-C', dir, 'LICENSE']);
    if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
    const sum = spawnSync('sha256sum', [archive]);
    if (sum.status !== 0) throw new Error(`sha256sum failed: ${sum.stderr}`);
  }
  return { ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const hasTool = (tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
const peers = ['gzip', ...(hasTool('pigz') ? ['pigz'] : [])];

/** Total bytes of our tar.gz archives in `out`, and of the same tar streams through each peer at -6. */
function sizes(out) {
  const totals = { ours: 0, ...Object.fromEntries(peers.map((p) => [p, 0])) };
  for (const name of readdirSync(out).filter((n) => n.endsWith('.tar.gz'))) {
    const file = path.join(out, name);
    totals.ours += statSync(file).size;
    const tar = spawnSync('gzip', ['-dc', file], { maxBuffer: 1 << 30 }).stdout;
    for (const peer of peers)
      totals[peer] += spawnSync(peer, ['-6', '-n', '-c'], { input: tar, maxBuffer: 1 << 30 }).stdout.length;
  }
  return totals;
}

function reportSizes(label, totals) {
  const line = peers.map((p) => `${p} -6 ${totals[p]} (ours ${((totals.ours / totals[p] - 1) * 100).toFixed(2)}%)`);
  console.log(`sizes, ${label}: ours ${totals.ours} bytes; ${line.join('; ')}`);
  if (totals.ours > totals.gzip) {
    console.log(`MISS: ${label}: our archives are larger than gzip -6`);
    return true;
  }
  return false;
}

let missed = false;
const results = [];
for (const sizeMb of sizesMb) {
  const dir = workspaceWith(sizeMb);
  try {
    const ratios = [];
    const oursMs = [];
    const tarMs = [];
    const rss = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first so neither always gets the warmer page cache.
      const [a, b] =
        round % 2 === 0
          ? [baseline(dir), ours(dir)]
          : (() => {
              const o = ours(dir);
              return [baseline(dir), o];
            })();
      tarMs.push(a.ms);
      oursMs.push(b.ms);
      rss.push(b.rssMb);
      ratios.push(b.ms / a.ms);
    }
    const row = {
      sizeMb,
      tarMs: median(tarMs),
      oursMs: median(oursMs),
      ratio: median(ratios),
      peakRssMb: Math.max(...rss),
    };
    results.push(row);
    if (reportSizes(`synthetic ${sizeMb} MB binaries`, sizes(path.join(dir, 'out-ours')))) missed = true;
    console.log(
      `6 × ${sizeMb} MB: tar czf + sha256sum ${row.tarMs.toFixed(0)} ms, upload-cli-artifacts ${row.oursMs.toFixed(0)} ms, ratio ${row.ratio.toFixed(3)} (median of ${rounds}), peak RSS ${row.peakRssMb.toFixed(1)} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A real Go binary: the compressor's behaviour on machine code, not on synthetic bytes.
const realBinary = ['/usr/bin/docker-registry', '/usr/bin/skopeo'].find((f) => existsSync(f));
if (realBinary) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-archives-real-'));
  try {
    mkdirSync(path.join(dir, 'dist'));
    for (const p of platforms)
      copyFileSync(realBinary, path.join(dir, 'dist', `krt-${p}${p.startsWith('windows') ? '.exe' : ''}`));
    writeFileSync(path.join(dir, 'LICENSE'), 'Apache License 2.0\n');
    ours(dir);
    if (reportSizes(`real Go binary ${realBinary}`, sizes(path.join(dir, 'out-ours')))) missed = true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  console.log('sizes, real Go binary: skipped (no docker-registry or skopeo on this machine)');
}

const [big, small] = results;
console.log(`cores: ${os.availableParallelism()}, node ${process.version}`);
console.log(`ratio at ${big.sizeMb} MB: ${big.ratio.toFixed(3)} (target ≤ ${target})`);
console.log(
  `peak RSS: ${small.peakRssMb.toFixed(1)} MB at ${small.sizeMb} MB binaries, ${big.peakRssMb.toFixed(1)} MB at ${big.sizeMb} MB binaries (${((big.peakRssMb / small.peakRssMb - 1) * 100).toFixed(0)}% growth for ${big.sizeMb / small.sizeMb}× the data)`,
);
if (big.ratio > target) {
  console.log(`MISS: ratio ${big.ratio.toFixed(3)} > ${target}`);
  missed = true;
}
// Flat memory: 4× the data may not cost more than 1.5× the peak RSS.
if (big.peakRssMb > small.peakRssMb * 1.5) {
  console.log('MISS: peak RSS grows with the binary size');
  missed = true;
}
process.exit(missed ? 1 : 0);
