// The seeds' release workflows as the docs write them, run for real: kruntimes' image tags (release
// and manual dispatch), archives, build stamps and attestation subjects, Buntime's image tags and
// generated chart files, through the reusable workflows' own shell steps and the CLI bundle.
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runCli } from '../harness/run-action.js';
import { workflowSteps } from './steps.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
const { script, git, runScript, repoWithTags } = workflowSteps(tempDir);

type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> };
type Job = { uses?: string; with?: Record<string, unknown>; permissions?: Record<string, string>; steps?: Step[] };
type Workflow = { on: Record<string, Record<string, unknown> | null>; jobs: Record<string, Job> };
const workflow = (file: string) => parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Workflow;

/** GitHub's evaluation of the simple `${{ inputs.NAME }}` and `${{ inputs.NAME != '' }}` / `== ''` forms the examples use. */
function evaluate(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*(?:(!=|==)\s*''\s*)?\}\}/g, (_m, name: string, op?: string) => {
    const value = inputs[name] ?? '';
    return op === '!=' ? String(value !== '') : op === '==' ? String(value === '') : value;
  });
}

/** The plan job's checkout: the project at `tags` (HEAD at the last), release-kit beside it. */
function planCheckout(tags: string[]) {
  const dir = repoWithTags(tags);
  symlinkSync(repoRoot, path.join(dir, '.release-kit'));
  return dir;
}
const planEnv = (extra: Record<string, string>) => ({
  PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
  TAG: '',
  TAGS: '',
  LATEST: 'auto',
  MAJOR_ZERO: 'false',
  REGISTRY: 'ghcr.io',
  NAMESPACE: 'kruntimes',
  IDENTITY: '',
  RK_REPOSITORY: 'acme/release-kit',
  RK_REF: 'v1',
  GITHUB_REPOSITORY: 'kruntimes/kruntimes',
  ...extra,
});
const plan = script('release-images.yml', 'plan', 'plan');

describe('kruntimes images, from docs/examples/release.yml and images-dispatch.yml', () => {
  const release = workflow('docs/examples/release.yml');

  test("the five images under kruntimes' real names, from the root Dockerfile.<image> files", () => {
    expect(JSON.parse(String(release.jobs.images.with?.images))).toEqual(
      ['scheduler', 'controller', 'runtimed', 'bash-runtime', 'python-runtime'].map((name) => ({
        name,
        dockerfile: `Dockerfile.${name}`,
      })),
    );
  });

  test('a tag push: v0.0.4, 0.0.4 and 0.0 (no 0), and latest for the highest release, as metadata-action gives them', () => {
    const tags = String(release.jobs.images.with?.tags);
    const result = runScript(plan, planCheckout(['v0.0.3', 'v0.0.4']), planEnv({ TAG: 'v0.0.4', TAGS: tags }));
    expect(result.stderr).toMatch(/^semver tags for /);
    expect(result.status).toBe(0);
    expect(result.outputs).toMatchObject({ version: '0.0.4', latest: 'true', prefix: 'ghcr.io/kruntimes' });
    expect(JSON.parse(result.outputs.tags)).toEqual(['0.0.4', '0.0', 'v0.0.4', 'latest']);
    // A rerun of an older release moves nothing back: no latest for it.
    const older = runScript(plan, planCheckout(['v0.0.3', 'v0.0.4']), planEnv({ TAG: 'v0.0.3', TAGS: tags }));
    expect(JSON.parse(older.outputs.tags)).toEqual(['0.0.3', '0.0', 'v0.0.3']);
  });

  test('a manual dispatch: the raw image tag when one is given, else sha-<long commit>; no release tag needed', () => {
    const dispatch = workflow('docs/examples/images-dispatch.yml');
    const job = dispatch.jobs.images;
    expect(job.with?.tag).toBe('');
    const checkout = planCheckout(['v0.0.4']);
    writeFileSync(path.join(checkout, 'file'), 'after the release');
    git(checkout, 'commit', '-qam', 'work on main');
    const head = git(checkout, 'rev-parse', 'HEAD');
    const run = (imageTag: string) =>
      runScript(
        plan,
        checkout,
        planEnv({
          TAGS: evaluate(String(job.with?.tags), { 'image-tag': imageTag }),
          LATEST: String(job.with?.latest),
        }),
      );
    const raw = run('e2e-42');
    expect(raw.status).toBe(0);
    expect(raw.outputs).toMatchObject({ version: 'e2e-42', latest: 'false' });
    expect(JSON.parse(raw.outputs.tags)).toEqual(['e2e-42']);
    const sha = run('');
    expect(sha.outputs.version).toBe(`sha-${head}`);
    expect(JSON.parse(sha.outputs.tags)).toEqual([`sha-${head}`]);
  });
});

describe("Buntime's images: latest always and the 0 major (release-images' latest and major-zero)", () => {
  test('v0.2.26 gets 0.2.26, 0.2, 0 and latest, as its docker-publish workflow tags it', () => {
    const result = runScript(
      plan,
      planCheckout(['v0.2.26', 'v0.3.0']),
      planEnv({ TAG: 'v0.2.26', LATEST: 'always', MAJOR_ZERO: 'true', NAMESPACE: 'zommehq' }),
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.outputs.tags)).toEqual(['0.2.26', '0.2', '0', 'latest']);
    expect(result.outputs.latest).toBe('true');
  });
});

describe('release-images: emulation, build cache and provenance attestation per image', () => {
  const build = workflow('.github/workflows/release-images.yml').jobs.build;
  const steps = build.steps ?? [];
  const index = (prefix: string) => steps.findIndex((s) => s.uses?.startsWith(prefix));

  test('QEMU is set up before Buildx and the build (an arm64 image with RUN steps on an amd64 runner)', () => {
    expect(index('docker/setup-qemu-action@')).toBeGreaterThanOrEqual(0);
    expect(index('docker/setup-qemu-action@')).toBeLessThan(index('docker/setup-buildx-action@'));
    expect(index('docker/setup-buildx-action@')).toBeLessThan(index('docker/build-push-action@'));
  });

  test('a GitHub Actions build cache scoped to each image', () => {
    const push = steps[index('docker/build-push-action@')];
    expect(push.with?.['cache-from']).toBe(
      "${{ inputs.cache && format('type=gha,scope={0}', matrix.image.name) || '' }}",
    );
    expect(push.with?.['cache-to']).toBe(
      "${{ inputs.cache && format('type=gha,mode=max,scope={0}', matrix.image.name) || '' }}",
    );
  });

  test('each image digest is attested and the attestation pushed to the registry, once; the workflow says so', () => {
    const attest = steps[index('actions/attest-build-provenance@')];
    expect(attest.with).toMatchObject({
      'subject-name': '${{ needs.plan.outputs.prefix }}/${{ matrix.image.name }}',
      'subject-digest': '${{ steps.build.outputs.digest || steps.existing.outputs.digest }}',
      'push-to-registry': true,
    });
    expect(attest.if).toBe("inputs.attest && steps.attested.outputs.found != 'true'");
    expect(build.permissions).toMatchObject({ attestations: 'write', 'id-token': 'write' });
    const on = workflow('.github/workflows/release-images.yml').on.workflow_call as {
      outputs: Record<string, { value: string }>;
    };
    expect(on.outputs.attested.value).toBe('${{ jobs.collect.outputs.attested }}');
  });
});

/** A stand-in `go` on PATH: `go build … -ldflags X -o OUT pkg` writes its ldflags into OUT. */
function fakeGo(): string {
  const dir = tempDir('rk-go-');
  const go = path.join(dir, 'go');
  writeFileSync(
    go,
    '#!/bin/bash\nout=""; flags=""\nwhile [ $# -gt 0 ]; do case "$1" in -o) out="$2"; shift;; -ldflags) flags="$2"; shift;; -ldflags=*) flags="${1#-ldflags=}";; esac; shift; done\nprintf "%s" "$flags" > "$out"\n',
  );
  chmodSync(go, 0o755);
  return dir;
}

describe('kruntimes krt: the build, archives and attestation subjects of docs/examples/release.yml', () => {
  const release = workflow('docs/examples/release.yml');
  const cli = release.jobs.cli.with ?? {};

  test('release-cli sets Go up from go.mod with the build cache on', () => {
    expect(cli['go-version-file']).toBe('go.mod');
    const setup = (workflow('.github/workflows/release-cli.yml').jobs.build.steps ?? []).find((s) =>
      s.uses?.startsWith('actions/setup-go@'),
    );
    expect(setup?.with).toMatchObject({ 'go-version-file': '${{ inputs.go-version-file }}', cache: true });
  });

  test("the Makefile's version ldflags, the commit and a build date from SOURCE_DATE_EPOCH: a rerun builds the same bytes", () => {
    const repo = repoWithTags(['v0.0.4']);
    const commit = git(repo, 'rev-parse', 'HEAD');
    const when = new Date(Number(git(repo, 'log', '-1', '--format=%ct')) * 1000).toISOString().replace('.000Z', 'Z');
    const build = script('release-cli.yml', 'build', 'build');
    const env = {
      PATH: `${fakeGo()}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      GITHUB_WORKSPACE: repo,
      BUILD_COMMAND: String(cli['build-command']),
      TAG: 'v0.0.4',
      NAME: 'krt',
      GOOS: 'linux',
      GOARCH: 'arm64',
      // A rerun by dispatch runs on the default branch's commit, not the tag's.
      GITHUB_SHA: 'f'.repeat(40),
    };
    const first = runScript(build, repo, env);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const stamped = readFileSync(first.outputs.binary, 'utf8');
    expect(stamped).toBe(
      `-s -w -X github.com/kruntimes/kruntimes/internal/version.Version=0.0.4 -X github.com/kruntimes/kruntimes/internal/version.Commit=${commit} -X github.com/kruntimes/kruntimes/internal/version.Date=${when}`,
    );
    const again = runScript(build, repo, env);
    expect(readFileSync(again.outputs.binary, 'utf8')).toBe(stamped);
  });

  test("the draft's asset list is what upload-cli-artifacts makes for the cli job's platforms: five tar.gz and the checksums", async () => {
    const tagStep = runScript(script('docs/examples/release.yml', 'tag', 'tag'), tempDir('rk-tag-'), {
      TAG: 'v0.0.4',
    });
    expect(tagStep.status).toBe(0);
    expect(cli.platforms).toBe('${{ needs.tag.outputs.cli-platforms }}');
    const draft = runScript(script('docs/examples/release.yml', 'draft', 'cli'), tempDir('rk-draft-'), {
      TAG: 'v0.0.4',
      PLATFORMS: tagStep.outputs['cli-platforms'],
    });
    expect(draft.status).toBe(0);
    const names = draft.outputs.names.split('\n');
    expect(names).toEqual([
      'krt_v0.0.4_linux_amd64.tar.gz',
      'krt_v0.0.4_linux_arm64.tar.gz',
      'krt_v0.0.4_darwin_amd64.tar.gz',
      'krt_v0.0.4_darwin_arm64.tar.gz',
      'krt_v0.0.4_windows_amd64.tar.gz',
      'krt_v0.0.4_checksums.txt',
    ]);

    // What the cli job uploads for those platforms, by the same action with release-cli's format default.
    const repo = repoWithTags(['v0.0.4']);
    const binaries = (JSON.parse(tagStep.outputs['cli-platforms']) as { os: string; arch: string }[]).map((p) => {
      const file = path.join(repo, 'bin', `${p.os}_${p.arch}`, p.os === 'windows' ? 'krt.exe' : 'krt');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `krt for ${p.os}/${p.arch}`);
      return `${p.os}/${p.arch}=${file}`;
    });
    const format = (
      workflow('.github/workflows/release-cli.yml').on.workflow_call as { inputs: Record<string, { default: string }> }
    ).inputs.format.default;
    const out = path.join(repo, 'out');
    const upload = await runCli(
      [
        'upload-cli-artifacts',
        '--name',
        'krt',
        '--tag',
        'v0.0.4',
        '--binaries',
        binaries.join('\n'),
        '--format',
        format,
        '--upload',
        'none',
        '--output-dir',
        out,
      ],
      { workspace: repo },
    );
    expect(upload.exitCode).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...names].sort());

    // The attestation's subjects: every archive and the checksums file itself, as kruntimes attests them.
    const subjects = script('release-cli.yml', 'finish', 'subjects');
    const runnerTemp = tempDir('rk-runner-');
    const archives = path.join(runnerTemp, 'archives.sha256');
    writeFileSync(archives, readFileSync(path.join(out, 'krt_v0.0.4_checksums.txt')));
    const gh = path.join(tempDir('rk-gh-'), 'gh');
    writeFileSync(gh, '#!/bin/sh\nexit 1\n');
    chmodSync(gh, 0o755);
    const attest = runScript(subjects, repo, {
      PATH: `${path.dirname(gh)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      RUNNER_TEMP: runnerTemp,
      ARCHIVES: archives,
      CHECKSUMS: path.join(out, 'krt_v0.0.4_checksums.txt'),
      GITHUB_REPOSITORY: 'kruntimes/kruntimes',
      RK_REPOSITORY: '',
    });
    expect(attest.status).toBe(0);
    expect(attest.outputs.found).toBeUndefined();
    const listed = readFileSync(attest.outputs.file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[1]);
    expect(listed.sort()).toEqual([...names].sort());
    // Already attested (gh finds it): no second attestation on a rerun.
    writeFileSync(gh, '#!/bin/sh\nexit 0\n');
    const rerun = runScript(subjects, repo, {
      PATH: `${path.dirname(gh)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      RUNNER_TEMP: runnerTemp,
      ARCHIVES: archives,
      CHECKSUMS: path.join(out, 'krt_v0.0.4_checksums.txt'),
      GITHUB_REPOSITORY: 'kruntimes/kruntimes',
      RK_REPOSITORY: '',
    });
    expect(rerun.outputs.found).toBe('true');
  });
});

describe("Buntime's generated chart files: the prepare command before packaging", () => {
  test('release-charts runs it (with Bun set up) before release-kit is checked out, in every job that packages', () => {
    const jobs = workflow('.github/workflows/release-charts.yml').jobs;
    for (const name of ['publish', 'catalog']) {
      const steps = jobs[name].steps ?? [];
      const at = (match: (s: Step) => boolean) => steps.findIndex(match);
      const bun = at((s) => !!s.uses?.startsWith('oven-sh/setup-bun@'));
      const prepare = at((s) => s.name === 'Prepare the charts (generated files)');
      const packKit = at((s) => s.name === 'Check out release-kit');
      expect([name, bun >= 0, bun < prepare, prepare < packKit]).toEqual([name, true, true, true]);
    }
    const repo = tempDir('rk-prepare-');
    mkdirSync(path.join(repo, 'charts'));
    const prepared = runScript(script('release-charts.yml', 'publish', 'Prepare the charts (generated files)'), repo, {
      PREPARE: 'printf "replicas: 1\\n" > charts/values.yaml && touch charts/questions.yml',
    });
    expect(prepared.status).toBe(0);
    expect(readdirSync(path.join(repo, 'charts')).sort()).toEqual(['questions.yml', 'values.yaml']);
    const failing = runScript(script('release-charts.yml', 'publish', 'Prepare the charts (generated files)'), repo, {
      PREPARE: 'false; echo not reached',
    });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toBe('');
  });

  test("the catalog example triggers as Buntime's helm-publish does and generates the files before publishing", () => {
    const example = workflow('docs/examples/chart-catalog.yml');
    expect((example.on.push as { paths: string[] }).paths).toEqual([
      'charts/**',
      'plugins/*/manifest.yaml',
      'scripts/generate-helm*.ts',
    ]);
    const steps = example.jobs.rancher.steps ?? [];
    const generate = steps.findIndex((s) => s.run?.includes('bun scripts/generate-helm.ts'));
    expect(steps.findIndex((s) => !!s.uses?.startsWith('oven-sh/setup-bun@'))).toBeLessThan(generate);
    expect(generate).toBeLessThan(steps.findIndex((s) => !!s.uses?.includes('actions/publish-chart-catalog@')));
  });
});
