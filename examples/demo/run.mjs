#!/usr/bin/env node
// npm run demo: a complete tag-push release of a kruntimes-like project (examples/demo/project/)
// with the BUNDLED actions (dist/<name>/index.js), run in workflow order the way the runner runs
// them, against a local bare git remote, the GitHub REST stand-in (test/github/) and a real local
// OCI registry (test/registry/, Debian's docker-registry). Then the same release again: every step
// must report that it changed nothing. Step summaries go to <workdir>/summary.md.
//
// Usage: node examples/demo/run.mjs [--workdir DIR] (default .demo, which is gitignored). It needs Node 24;
// `npm run demo` starts it through launch.mjs, which finds or installs Node 24 first.
import '../../scripts/ts-imports.mjs';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { demoKey, buildImage, pushImage, signImage } from './lib/image.mjs';
import { ensureBundle, repoRoot, runStep } from './lib/runner.mjs';

const { values: args } = parseArgs({
  options: { workdir: { type: 'string', default: '.demo' }, help: { type: 'boolean', default: false } },
});
if (args.help) {
  // Also what the launcher's test looks for: the demo itself started, on the Node it needs.
  console.log(`Usage: npm run demo [-- --workdir DIR]   (release-kit demo on Node ${process.version})`);
  process.exit(0);
}
const work = path.resolve(repoRoot, args.workdir);
const OWNER = 'acme';
const REPO = 'kruntimes';
const TOKEN = 'ghs_demoTokenNotASecret0000000000000000';
const today = new Date().toISOString().slice(0, 10);
const gitEnv = {
  GIT_AUTHOR_NAME: 'release-kit demo',
  GIT_AUTHOR_EMAIL: 'demo@example.invalid',
  GIT_COMMITTER_NAME: 'release-kit demo',
  GIT_COMMITTER_EMAIL: 'demo@example.invalid',
};
const git = (cwd, ...argv) =>
  execFileSync('git', argv, { cwd, env: { ...process.env, ...gitEnv }, encoding: 'utf8' }).trim();

const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const say = (s = '') => console.log(s);

// ---------------------------------------------------------------------------------------------
// The ground: services, the project, its remote.
// ---------------------------------------------------------------------------------------------
await rm(work, { recursive: true, force: true });
await mkdir(path.join(work, 'tmp'), { recursive: true });
const summaryFile = path.join(work, 'summary.md');
const summaryParts = [];
/** Keep a step's summary; its headings go two levels down, under the step's own heading. */
const addSummary = (markdown) => summaryParts.push(markdown);
const demote = (markdown) => {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      return !fenced && /^#{1,4} /.test(line) ? `##${line}` : line;
    })
    .join('\n');
};

say(bold('release-kit demo'));
say(
  `work directory: ${path.relative(process.cwd(), work) || '.'}  (step summaries: ${path.relative(process.cwd(), summaryFile)})`,
);
say();

const { startGitHubStandIn } = await import('../../test/github/standin.ts');
const github = await startGitHubStandIn();
github.setImmutable(OWNER, REPO, true);
say(
  `GitHub stand-in  ${github.apiUrl} (releases, assets, refs; immutable releases on; held to GitHub's OpenAPI description)`,
);

const { registryAvailable, startRegistry, REGISTRY_BINARY } = await import('../../test/registry/registry.ts');
let registry;
let registryMissing;
if (registryAvailable()) {
  registry = await startRegistry({ auth: 'anonymous' });
  say(`OCI registry     http://${registry.host} (docker-registry, temporary storage)`);
} else {
  registryMissing = `${REGISTRY_BINARY} is not installed: charts and the image need a real registry. Install it with: sudo apt-get install docker-registry (Debian/Ubuntu)`;
  say(`OCI registry     MISSING — ${registryMissing}`);
}
const { createOciClient } = await import('../../packages/release-kit/src/oci/client.ts');
const oci = registry ? createOciClient({ registry: registry.host, plainHttp: true, push: true }) : undefined;

// The project as it stands after its 0.1.0 release, pushed to a bare remote; the workspace is a clone.
const seed = path.join(work, 'seed');
const remote = path.join(work, 'remote.git');
const workspace = path.join(work, REPO);
cpSync(path.join(repoRoot, 'examples', 'demo', 'project'), seed, { recursive: true });
git(seed, 'init', '-q', '-b', 'main');
git(seed, 'add', '.');
execFileSync('git', ['commit', '-q', '-m', 'kruntimes 0.1.0'], {
  cwd: seed,
  env: {
    ...process.env,
    ...gitEnv,
    GIT_AUTHOR_DATE: '2026-11-02T12:00:00Z',
    GIT_COMMITTER_DATE: '2026-11-02T12:00:00Z',
  },
});
git(seed, 'tag', 'v0.1.0');
git(work, 'clone', '-q', '--bare', seed, remote);
git(work, 'clone', '-q', remote, workspace);
// Build output stays out of git's view, as a runner's build directory would.
await appendFile(path.join(workspace, '.git', 'info', 'exclude'), '.build/\n');
const released = git(workspace, 'rev-parse', 'v0.1.0^{commit}');
github.state.setRef(OWNER, REPO, 'heads/main', released);
github.state.setRef(OWNER, REPO, 'tags/v0.1.0', released);
github.state.addRelease(OWNER, REPO, { tagName: 'v0.1.0', name: 'v0.1.0', body: 'First release.', draft: false });
say(
  `project          ${path.relative(process.cwd(), workspace)} (clone of ${path.relative(process.cwd(), remote)}; v0.1.0 released)`,
);
const key = await demoKey(path.join(work, 'keys'));
say(
  `demo signing key ${path.relative(process.cwd(), key.pubFile)} (ECDSA P-256, made for this demo; no transparency log)`,
);
say();
say('Order, as in docs/examples/release.yml: changelog and tag; charts and the image (pushed, signed, verified);');
say('then the draft, whose notes name their digests; the CLI archives into that draft; publish last.');
say();

// ---------------------------------------------------------------------------------------------
// One step: run it, print its state, keep its summary.
// ---------------------------------------------------------------------------------------------
const passes = [];
let current;
let stepNumber = 0;

/** Record and print one step. `body` returns { state, detail, summary } or throws. */
async function step(id, title, body, { action, readOnly = false } = {}) {
  stepNumber += 1;
  const number = String(stepNumber).padStart(2);
  const record = { id, title, action, readOnly, state: 'failed', detail: '', durationMs: 0 };
  current.steps.push(record);
  if (current.failed) {
    record.state = 'skipped';
    record.detail = 'an earlier step failed';
    say(`  ${number}. ${title.padEnd(44)} skipped (an earlier step failed)`);
    return undefined;
  }
  const missing = action ? ensureBundle(action) : undefined;
  if (missing) {
    record.state = 'skipped';
    record.detail = missing;
    say(`  ${number}. ${title.padEnd(44)} SKIPPED: ${missing}`);
    addSummary(`### ${number}. ${title}: SKIPPED\n\n${missing}\n\n`);
    return undefined;
  }
  const started = Date.now();
  try {
    const result = await body();
    record.durationMs = Date.now() - started;
    if (result.skipped) {
      record.state = 'skipped';
      record.detail = result.skipped;
      say(`  ${number}. ${title.padEnd(44)} SKIPPED: ${result.skipped}`);
      addSummary(`### ${number}. ${title}: SKIPPED\n\n${result.skipped}\n\n`);
      return undefined;
    }
    record.state = result.state;
    record.detail = result.detail ?? '';
    say(
      `  ${number}. ${title.padEnd(44)} ${bold(result.state.padEnd(10))} ${record.detail}  (${(record.durationMs / 1000).toFixed(1)} s)`,
    );
    addSummary(`### ${number}. ${title}: ${result.state}\n\n${demote((result.summary ?? record.detail).trim())}\n\n`);
    return result;
  } catch (error) {
    record.durationMs = Date.now() - started;
    record.detail = error.message;
    current.failed = true;
    say(`  ${number}. ${title.padEnd(44)} FAILED: ${error.message}`);
    addSummary(`### ${number}. ${title}: FAILED\n\n\`\`\`\n${error.message}\n\`\`\`\n\n`);
    return undefined;
  }
}

/** Run an action step like the runner; a non-zero exit is the step failing with its ::error lines. */
async function action(name, inputs, { ref, detail }) {
  const run = await runStep(name, inputs, {
    workspace,
    repository: `${OWNER}/${REPO}`,
    ref,
    sha: git(workspace, 'rev-parse', 'HEAD'),
    apiUrl: github.apiUrl,
    serverUrl: github.serverUrl,
    token: TOKEN,
    tempRoot: path.join(work, 'tmp'),
    env: { ...gitEnv, GITHUB_TOKEN: TOKEN },
  });
  if (run.exitCode !== 0) {
    const log = path.join(work, 'tmp', `${name}-failed-${Date.now()}.log`);
    await writeFile(log, `${run.stdout}\n--- stderr ---\n${run.stderr}`);
    const why = run.errors.join('; ') || run.stderr.trim().split('\n').slice(-3).join(' ') || `exit ${run.exitCode}`;
    throw new Error(`${name} exited ${run.exitCode}: ${why} (log: ${path.relative(process.cwd(), log)})`);
  }
  return {
    state: run.outputs.state ?? '(no state output)',
    detail: detail ? detail(run.outputs) : '',
    summary: run.summary,
    outputs: run.outputs,
  };
}

// ---------------------------------------------------------------------------------------------
// The release, in workflow order (docs/examples/release.yml, after bump-version made the tag).
// ---------------------------------------------------------------------------------------------
const version = '0.1.1';
const tag = `v${version}`;
const tagRef = `refs/tags/${tag}`;
const platforms = ['linux/amd64', 'linux/arm64', 'darwin/amd64', 'darwin/arm64', 'windows/amd64'];
const charts = ['charts/kruntimes', 'charts/kruntimes-runtimes'];
const imageRepository = 'demo/kruntimes-hello';
let resolvedBump;

async function release(pass) {
  current = { pass, steps: [], failed: false };
  passes.push(current);
  stepNumber = 0;
  say(
    bold(pass === 1 ? `Release ${tag} (the tag push)` : `The same release again (a rerun: everything is already done)`),
  );
  if (pass === 2) say('  (bump-version gets the versions the first run resolved: a rerun must never bump again)');
  addSummary(`## ${pass === 1 ? `Release ${tag}` : 'The same release again'}\n\n`);

  // 1-2: on the main branch, before the tag exists.
  await step(
    'changelog-prepare',
    'release-notes-from-changelog prepare',
    () =>
      action(
        'release-notes-from-changelog',
        { mode: 'prepare', changelog: 'CHANGELOG.md', version, date: today },
        { ref: 'refs/heads/main', detail: () => `## Unreleased -> ## ${version} - ${today}` },
      ),
    { action: 'release-notes-from-changelog' },
  );

  // A rerun pins what the first run resolved (chart=patch became 0.1.1): it must never bump again.
  const bump = pass === 1 ? 'chart=patch\napp=patch' : resolvedBump;
  const bumped = await step(
    'bump-version',
    'bump-version chart+app, tag, push',
    () =>
      action(
        'bump-version',
        { bump, tag: 'true', include: 'CHANGELOG.md', 'commit-message': 'release: {tag}' },
        {
          ref: 'refs/heads/main',
          detail: (o) => {
            const v = JSON.parse(o.versions || '{}');
            return `${o.tag} (${Object.entries(v)
              .map(([k, x]) => `${k} ${x.previous}->${x.current}`)
              .join(', ')}) bump=${bump.replace('\n', ',')}`;
          },
        },
      ),
    { action: 'bump-version' },
  );
  if (bumped && pass === 1) {
    const v = JSON.parse(bumped.outputs.versions);
    resolvedBump = Object.entries(v)
      .map(([track, x]) => `${track}=${x.current}`)
      .join('\n');
  }
  if (bumped) {
    // What GitHub learns from the push: the tag (the stand-in has no git objects of its own).
    const tagged = git(remote, 'rev-parse', `${tag}^{commit}`);
    github.state.setRef(OWNER, REPO, `tags/${tag}`, tagged);
    github.state.setRef(OWNER, REPO, 'heads/main', git(remote, 'rev-parse', 'main'));
    git(workspace, 'checkout', '-q', tag); // the release jobs check out the tag
  }

  // 3: charts (release-charts.yml: a matrix job per chart).
  const chartRefs = [];
  for (const chart of charts) {
    const pushed = await step(
      `publish-chart-oci:${path.basename(chart)}`,
      `publish-chart-oci ${path.basename(chart)}`,
      () => {
        if (!registry) return { skipped: registryMissing };
        return action(
          'publish-chart-oci',
          { chart, registry: `oci://${registry.host}/charts`, 'plain-http': 'true' },
          { ref: tagRef, detail: (o) => `${o.ref} ${o.digest?.slice(0, 19)}…` },
        );
      },
      { action: 'publish-chart-oci' },
    );
    if (pushed) chartRefs.push(`${pushed.outputs['oci-url']}:${pushed.outputs.version}@${pushed.outputs.digest}`);
  }

  // 4: the image (release-images.yml): build and push, sign by digest, verify-images.
  const image = buildImage(path.join(workspace, 'images', 'hello'), 'hello.txt');
  const imageRef = registry ? `${registry.host}/${imageRepository}:${version}` : '';
  const pushedImage = await step('image-push', 'image build + push (build-push-action stand-in)', async () => {
    if (!registry) return { skipped: registryMissing };
    const result = await pushImage(oci, imageRepository, version, image);
    return {
      state: result.state,
      detail: `${imageRef} ${result.digest.slice(0, 19)}…`,
      summary: `\`${imageRef}\` = \`${result.digest}\` (${result.state})`,
    };
  });
  const signed = await step('image-sign', 'cosign sign --key (demo key, by digest)', async () => {
    if (!registry || !pushedImage) return { skipped: registryMissing ?? 'the image was not pushed' };
    const formats = await import('../../packages/release-kit/src/signing/cosign-formats.ts');
    const { pushLegacySignatures } = await import('../../test/signing/push-signatures.ts');
    const result = await signImage(
      oci,
      registry.host,
      imageRepository,
      image.digest,
      key,
      formats,
      pushLegacySignatures,
    );
    return {
      state: result.state,
      detail: `${registry.host}/${imageRepository}:${result.tag}`,
      summary: `legacy cosign signature at tag \`${result.tag}\` (${result.state})`,
    };
  });
  await step(
    'verify-images',
    'verify-images (signature + digest)',
    () => {
      if (!registry || !signed) return { skipped: registryMissing ?? 'the image was not signed' };
      return action(
        'verify-images',
        {
          images: imageRef,
          'expected-digests': JSON.stringify({ [imageRef]: image.digest }),
          'public-key': key.publicKeyPem,
          'ignore-tlog': 'true',
          'plain-http': 'true',
        },
        { ref: tagRef, detail: (o) => `${o.verified} image(s) verified` },
      );
    },
    { action: 'verify-images', readOnly: true },
  );

  // 5: the draft, its notes complete: changelog, image digest, chart references, CLI assets.
  const cliAssets = [
    ...platforms.map((p) => `krt_${tag}_${p.replace('/', '_')}.${p.startsWith('windows') ? 'zip' : 'tar.gz'}`),
    `krt_${tag}_checksums.txt`,
  ];
  await step(
    'draft',
    'release-notes-from-changelog release (draft)',
    () =>
      action(
        'release-notes-from-changelog',
        {
          mode: 'release',
          version: tag,
          images: registry ? `${imageRef}@${image.digest}` : '',
          charts: chartRefs.join('\n'),
          'cli-assets': cliAssets.join('\n'),
          'certificate-identity-regexp': `^https://github\\.com/${OWNER}/${REPO}/\\.github/workflows/release-images\\.yml@refs/tags/${tag.replace(/\./g, '\\.')}$`,
        },
        { ref: tagRef, detail: (o) => `release ${o['release-id']} (draft until publish)` },
      ),
    { action: 'release-notes-from-changelog' },
  );

  // 6: the CLI (release-cli.yml): one upload per matrix job, each with `checksums: skip`, then the
  // finish job over all of them, which writes the release's checksums file once, from every archive.
  const binDir = path.join(workspace, '.build', 'bin');
  const built = await step(
    'cli-build',
    'build krt for five platforms',
    async () => {
      const lines = execFileSync('bash', [path.join(workspace, 'cli', 'build.sh'), binDir, version], {
        cwd: workspace,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      })
        .trim()
        .split('\n');
      const standIn = !hasGo();
      return {
        state: existsSync(binDir) && lines.length === 5 ? 'built' : 'failed',
        detail: standIn
          ? '5 stand-in executables (no Go toolchain here: small shell scripts, not real krt builds)'
          : '5 binaries (go build)',
        lines: lines.map((l) => l.replace(`${workspace}/`, '')),
      };
    },
    { readOnly: true },
  );
  if (built) {
    for (const line of built.lines) {
      const platform = line.slice(0, line.indexOf('='));
      await step(
        `upload-cli-artifacts:${platform}`,
        `upload-cli-artifacts ${platform}`,
        () =>
          action(
            'upload-cli-artifacts',
            // The checksums file is left to the finish step, once every platform is up.
            { name: 'krt', tag, binaries: line, 'extra-files': 'LICENSE', format: 'windows=zip', checksums: 'skip' },
            {
              ref: tagRef,
              detail: (o) =>
                JSON.parse(o.assets)
                  .map((a) => `${a.name} ${a.state}`)
                  .join(', '),
            },
          ),
        { action: 'upload-cli-artifacts' },
      );
    }
  }
  const finished = await step(
    'upload-cli-artifacts:all',
    'upload-cli-artifacts all + checksums',
    () =>
      action(
        'upload-cli-artifacts',
        {
          name: 'krt',
          tag,
          binaries: (built?.lines ?? []).join('\n'),
          'extra-files': 'LICENSE',
          format: 'windows=zip',
        },
        {
          ref: tagRef,
          detail: (o) => `${JSON.parse(o.assets).length} archives + ${path.basename(o['checksums-file'])}`,
        },
      ),
    { action: 'upload-cli-artifacts' },
  );

  // 7: publish, only with every archive and the checksums file there.
  await step(
    'publish',
    'release-notes-from-changelog publish',
    () => {
      const requireAssets = finished
        ? [...JSON.parse(finished.outputs.assets).map((a) => a.name), path.basename(finished.outputs['checksums-file'])]
        : cliAssets;
      return action(
        'release-notes-from-changelog',
        // publish verifies the draft first (verify-release): the loopback registry speaks plain http.
        { mode: 'publish', version: tag, 'require-assets': requireAssets.join('\n'), 'plain-http': 'true' },
        { ref: tagRef, detail: (o) => o['release-url'] ?? '' },
      );
    },
    { action: 'release-notes-from-changelog' },
  );
  say();
}

function hasTool(name, args = ['--version']) {
  try {
    execFileSync(name, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const hasGo = () => hasTool('go', ['version']);

// ---------------------------------------------------------------------------------------------
// Run it twice, compare, report.
// ---------------------------------------------------------------------------------------------
/** What a user of the release does: download the assets and check them with sha256sum. */
async function checkAsUser() {
  const response = await fetch(`${github.apiUrl}/repos/${OWNER}/${REPO}/releases/tags/${tag}`, {
    headers: { accept: 'application/vnd.github+json' },
  });
  if (!response.ok) return `GET releases/tags/${tag}: ${response.status} (not published?)`;
  const published = await response.json();
  const dir = path.join(work, 'download');
  await mkdir(dir, { recursive: true });
  for (const asset of published.assets) {
    const download = await fetch(asset.browser_download_url, { headers: { accept: 'application/octet-stream' } });
    await writeFile(path.join(dir, asset.name), Buffer.from(await download.arrayBuffer()));
  }
  const check = execFileSync('sha256sum', ['--check', `krt_${tag}_checksums.txt`], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
  const listing = execFileSync('tar', ['-tvzf', `krt_${tag}_linux_amd64.tar.gz`], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
  const lines = [
    `$ sha256sum --check krt_${tag}_checksums.txt   (in ${path.relative(process.cwd(), dir)})`,
    check,
    `$ tar -tvzf krt_${tag}_linux_amd64.tar.gz`,
    listing,
  ];
  if (registry && hasTool('skopeo')) {
    // An independent OCI client sees what helm would pull.
    const ref = `${registry.host}/charts/kruntimes:${version}`;
    const manifest = JSON.parse(
      execFileSync('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${ref}`], { encoding: 'utf8' }),
    );
    lines.push(
      `$ skopeo inspect --raw docker://${ref}`,
      `config ${manifest.config.mediaType}; layer ${manifest.layers[0].mediaType}; title ${manifest.annotations?.['org.opencontainers.image.title']} ${manifest.annotations?.['org.opencontainers.image.version']}`,
    );
  }
  return lines.join('\n');
}

let exitCode;
let userCheck = '';
try {
  await release(1);
  await release(2);
  if (!passes.some((p) => p.failed)) {
    say(bold('As a user: download the published assets and check them'));
    try {
      userCheck = await checkAsUser();
    } catch (error) {
      userCheck = `FAILED: ${error.message}`;
      passes[0].failed = true;
    }
    say(userCheck.replace(/^/gm, '  '));
    say();
  }
} finally {
  const [first, second] = passes;
  const rows = first.steps.map((s, i) => {
    const again = second?.steps[i];
    // A read-only check (verification, a build) changes nothing by nature: the same verdict twice is the rerun's answer.
    const ok =
      again && (again.state === 'unchanged' || (s.readOnly && again.state === s.state && s.state !== 'failed'));
    return {
      title: s.title,
      first: s.state,
      second: again?.state ?? '-',
      ok: Boolean(ok),
      skipped: s.state === 'skipped' || again?.state === 'skipped',
    };
  });
  say(bold('Summary'));
  say(`  ${'step'.padEnd(48)}${'first run'.padEnd(12)}${'rerun'.padEnd(12)}`);
  for (const r of rows)
    say(
      `  ${r.title.padEnd(48)}${r.first.padEnd(12)}${r.second.padEnd(12)}${r.skipped ? 'SKIPPED' : r.ok ? 'no change' : 'CHANGED'}`,
    );
  const failed = passes.some((p) => p.failed || p.steps.some((s) => s.state === 'failed'));
  const skipped = rows.filter((r) => r.skipped);
  const changed = rows.filter((r) => !r.ok && !r.skipped);
  const releaseState = github.state.releases(OWNER, REPO).find((r) => r.tagName === tag);
  say();
  if (releaseState)
    say(
      `  GitHub release ${tag}: ${releaseState.draft ? 'draft' : 'published'}${releaseState.immutable ? ', immutable' : ''}${releaseState.latest ? ', latest' : ''}; ${releaseState.assets.length} assets: ${releaseState.assets.map((a) => a.name).join(', ')}`,
    );
  say(`  remote tags: ${git(remote, 'tag', '--list').split('\n').join(', ')}`);
  say(
    `  GitHub requests: ${github.log.count()} (${github.log.count({ method: 'GET' })} GET); schema violations: ${github.schemaViolations.length}`,
  );
  if (skipped.length)
    say(`  INCOMPLETE: ${skipped.length} step(s) SKIPPED, see the reasons above; the demo did not fake them.`);
  if (failed) say('  The release FAILED: see the step that failed above.');
  else if (changed.length)
    say(`  The rerun CHANGED ${changed.length} step(s): ${changed.map((r) => r.title).join(', ')}`);
  else
    say(
      `  The rerun changed nothing: every step reported unchanged${rows.some((r) => r.first === r.second && r.first !== 'unchanged') ? ' (read-only checks: the same verdict)' : ''}.`,
    );
  say(`  Step summaries: ${path.relative(process.cwd(), summaryFile)}`);
  exitCode = failed || changed.length ? 1 : 0;
  const table = [
    '| step | first run | rerun | |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.title} | ${r.first} | ${r.second} | ${r.skipped ? 'SKIPPED' : r.ok ? 'no change' : '**CHANGED**'} |`,
    ),
  ].join('\n');
  const verdict = failed
    ? 'The release **failed**.'
    : changed.length
      ? `The rerun **changed** ${changed.length} step(s).`
      : 'The rerun changed nothing.';
  await writeFile(
    summaryFile,
    `# release-kit demo: a release of ${OWNER}/${REPO}, then the same release again\n\n${verdict}\n\n${table}\n\n${summaryParts.join('')}${userCheck ? `## As a user\n\n\`\`\`\n${userCheck}\n\`\`\`\n` : ''}`,
  );
  await writeFile(
    path.join(work, 'result.json'),
    `${JSON.stringify({ tag, passes, rows, release: releaseState ? { draft: releaseState.draft, immutable: releaseState.immutable, latest: releaseState.latest, assets: releaseState.assets.map((a) => ({ name: a.name, size: a.size, digest: a.digest })) } : null, schemaViolations: github.schemaViolations.length }, null, 2)}\n`,
  );
  await github.close();
  await registry?.close();
}
process.exitCode = exitCode;
