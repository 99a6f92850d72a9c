// Cold start of every bundle (dist/*/index.js) against bare `node -e 0`, run side by side and
// interleaved so that machine noise hits all of them alike. Reports median wall times and the
// median ratio per bundle; the target is a ratio of at most 3 (RELEASE_KIT_STARTUP_TARGET).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const rounds = Number(process.env.RELEASE_KIT_BENCH_ROUNDS ?? 25);
const target = Number(process.env.RELEASE_KIT_STARTUP_TARGET ?? 3);
const work = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-'));

/**
 * Per-bundle set-up: a minimal valid environment so that each bundle does real work or fails fast
 * on validation, the way a mis-configured step would. Bundles without an entry get empty inputs
 * (they fail fast on their first required input). Returns { args, env, cwd }.
 */
const scenarios = {
  'bump-version': (dir) => {
    tracksWorkspace(dir);
    return { env: { INPUT_MODE: 'check' } };
  },
  // The CLI's `check` on the same workspace: argument parsing, loading the command's chunk, real work.
  cli: (dir) => {
    tracksWorkspace(dir);
    return { args: ['check'] };
  },
};

/** A tiny tracks workspace for check mode: reads the config, parses YAML and JSON, compares versions. */
function tracksWorkspace(dir) {
  mkdirSync(path.join(dir, '.github'), { recursive: true });
  mkdirSync(path.join(dir, 'chart'), { recursive: true });
  writeFileSync(
    path.join(dir, '.github/release-kit.yml'),
    'versions:\n  chart:\n    tag: "v{version}"\n    files:\n      - { file: chart/Chart.yaml, key: version }\n      - { file: package.json, key: version }\n',
  );
  writeFileSync(path.join(dir, 'chart/Chart.yaml'), 'apiVersion: v2\nname: demo\nversion: 1.2.3\n');
  writeFileSync(path.join(dir, 'package.json'), '{\n  "name": "demo",\n  "version": "1.2.3"\n}\n');
}

function runnerEnv(dir, extra = {}) {
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'acme/demo',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: dir,
    ...extra,
  };
}

const bundles = existsSync(path.join(root, 'dist'))
  ? readdirSync(path.join(root, 'dist'))
      .filter((n) => existsSync(path.join(root, 'dist', n, 'index.js')))
      .sort()
  : [];
if (bundles.length === 0) {
  console.log('no bundles in dist/: run npm run build first');
  process.exit(1);
}

const cases = [{ name: 'node -e 0', args: ['-e', '0'], env: { PATH: process.env.PATH }, cwd: work }];
for (const name of bundles) {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  const setup = scenarios[name]?.(dir) ?? {};
  cases.push({
    name,
    args: [path.join(root, 'dist', name, 'index.js'), ...(setup.args ?? [])],
    env: runnerEnv(dir, setup.env),
    cwd: dir,
  });
}

function timeOnce(c) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, c.args, { cwd: c.cwd, env: c.env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: result.status };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// One warm-up pass loads the files into the page cache; "cold start" here means a fresh process.
for (const c of cases) timeOnce(c);
const times = new Map(cases.map((c) => [c.name, []]));
const ratios = new Map(cases.map((c) => [c.name, []]));
const statuses = new Map();
for (let round = 0; round < rounds; round++) {
  // Interleave: bare node right before each bundle, so each ratio compares neighbours in time.
  for (const c of cases.slice(1)) {
    const bare = timeOnce(cases[0]);
    const run = timeOnce(c);
    times.get(cases[0].name).push(bare.ms);
    times.get(c.name).push(run.ms);
    ratios.get(c.name).push(run.ms / bare.ms);
    statuses.set(c.name, run.status);
  }
}

const bareMedian = median(times.get(cases[0].name));
console.log(`startup: ${rounds} interleaved rounds; bare node median ${bareMedian.toFixed(1)} ms; target ≤ ${target}×`);
console.log(`${'bundle'.padEnd(34)}${'median ms'.padStart(10)}${'ratio'.padStart(8)}  exit  verdict`);
let misses = 0;
const report = [];
for (const c of cases.slice(1)) {
  const ms = median(times.get(c.name));
  const ratio = median(ratios.get(c.name));
  const ok = ratio <= target;
  if (!ok) misses++;
  report.push({ bundle: c.name, medianMs: ms, ratio, exit: statuses.get(c.name) });
  console.log(
    `${c.name.padEnd(34)}${ms.toFixed(1).padStart(10)}${`${ratio.toFixed(2)}×`.padStart(8)}  ${String(statuses.get(c.name)).padStart(4)}  ${ok ? 'ok' : 'OVER TARGET'}`,
  );
}
mkdirSync(path.join(root, 'bench', '.out'), { recursive: true });
writeFileSync(
  path.join(root, 'bench', '.out', 'startup.json'),
  JSON.stringify({ rounds, bareMedianMs: bareMedian, target, bundles: report }, null, 2),
);
rmSync(work, { recursive: true, force: true });
process.exit(misses ? 1 : 0);
