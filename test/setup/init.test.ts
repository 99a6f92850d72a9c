// `release-kit init` through the CLI bundle (dist/cli/index.js) on a Buntime-shaped and a
// kruntimes-shaped repository: it writes the tracks and the release workflow, `check` passes on
// them with no edits, and a bump followed by `check --base-ref` passes too.
import { describe, expect, test } from '@jest/globals';
import { mkdtemp, readdir, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli, repoRoot } from '../harness/run-action.js';
import {
  checkActionlint,
  checkConcurrency,
  checkInputs,
  checkOutputs,
  checkPermissions,
  checkPinning,
  checkPublishGate,
  checkRunExpressions,
  workflowResolver,
} from '../workflows/hygiene.js';
import { buntimeSeedFiles, kruntimesSeedFiles } from './seed-fixtures.js';
import {
  buntimeRepoFiles,
  createSampleRepo,
  kruntimesRepoFiles,
  snapshot,
  type SampleRepo,
} from '../versions/fixtures.js';

const outputsOf = (stdout: string) =>
  Object.fromEntries(
    stdout
      .split('\n')
      .filter((l) => /^[a-z-]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
const CONFIG = '.github/release-kit.yml';
const WORKFLOW = '.github/workflows/release.yml';

interface Config {
  versions: Record<
    string,
    {
      tag?: string;
      required?: boolean;
      files: { file: string; key?: string; pattern?: string }[];
      watch?: string[];
      implies?: string[];
    }
  >;
}

async function readConfig(repo: SampleRepo): Promise<Config> {
  return parse(await readFile(path.join(repo.dir, CONFIG), 'utf8')) as Config;
}

/** init, then check, commit, bump the chart, and check against the commit before the bump: each must pass. */
async function initBumpCheck(repo: SampleRepo, bumpArgs: string[]): Promise<void> {
  const init = await runCli(['init'], { workspace: repo.dir });
  expect(init.stderr).toBe('');
  expect(init.exitCode).toBe(0);
  expect(outputsOf(init.stdout)).toMatchObject({ state: 'created', check: 'passed' });
  expect(JSON.parse(outputsOf(init.stdout).files)).toEqual([
    { file: CONFIG, state: 'created' },
    { file: WORKFLOW, state: 'created' },
  ]);

  const check = await runCli(['check'], { workspace: repo.dir });
  expect(check.exitCode).toBe(0);
  expect(outputsOf(check.stdout).state).toBe('checked');

  repo.commitAll('release-kit init');
  const before = repo.git('rev-parse', 'HEAD');
  const bump = await runCli(['bump', ...bumpArgs], { workspace: repo.dir });
  expect(bump.stderr).toMatch(/^(warning: .*\n?)*$/);
  expect(bump.exitCode).toBe(0);
  expect(outputsOf(bump.stdout).state).toBe('bumped');
  const after = await runCli(['check', '--base-ref', before], { workspace: repo.dir });
  expect(after.stderr).toBe('');
  expect(after.exitCode).toBe(0);
}

/** The generated workflow passes the rules the pack's own workflows are held to. */
async function expectHygienicWorkflow(
  repo: SampleRepo,
): Promise<Record<string, { uses?: string; needs?: string | string[]; with?: Record<string, unknown> }>> {
  const text = await readFile(path.join(repo.dir, WORKFLOW), 'utf8');
  const file = 'release.yml (written by init)';
  expect([
    ...checkPinning(file, text, { example: true }),
    ...checkPermissions(file, text, workflowResolver(repoRoot)),
    ...checkRunExpressions(file, text),
    ...checkConcurrency(file, text),
    ...checkInputs(file, text, repoRoot),
    ...checkOutputs(file, text, repoRoot),
    ...checkPublishGate(file, text),
    ...(await checkActionlint(file, text)),
  ]).toEqual([]);
  return (
    parse(text) as {
      jobs: Record<string, { uses?: string; needs?: string | string[]; with?: Record<string, unknown> }>;
    }
  ).jobs;
}

describe('release-kit init on a Buntime-shaped repository', () => {
  test('chart and app tracks as Buntime keeps them; check passes; bump --chart=patch then check --base-ref passes', async () => {
    const repo = await createSampleRepo(buntimeRepoFiles());
    await initBumpCheck(repo, ['--chart=patch']);

    const config = await readConfig(repo);
    expect(Object.keys(config.versions)).toEqual(['chart', 'app']);
    expect(config.versions.chart.tag).toBe('v{version}');
    expect(config.versions.chart.required).toBe(true);
    expect(config.versions.chart.files.map((f) => [f.file, f.key ?? 'pattern'])).toEqual([
      ['charts/Chart.yaml', 'version'],
      ['package.json', 'version'],
      ['README.md', 'pattern'],
    ]);
    expect(config.versions.chart.watch).toEqual(['charts/**']);
    expect(config.versions.app.files.map((f) => [f.file, f.key ?? 'pattern'])).toEqual([
      ['charts/Chart.yaml', 'appVersion'],
      ['apps/runtime/package.json', 'version'],
      ['README.md', 'pattern'],
    ]);
    // Its lefthook hooks police charts/** and the version files, not the runtime's sources.
    expect(config.versions.app.watch).toBeUndefined();
    // Plugins keep versions of their own; the bare "Bun 1.3.8" and "plugin-keyval 0.4.2" in the README are not releases.
    expect(JSON.stringify(config)).not.toMatch(/plugins\/|packages\/shared|0\.4\.2|1\.3\.8/);

    // The bump moved the chart version everywhere the config names it, README line included.
    expect(await readFile(path.join(repo.dir, 'charts/Chart.yaml'), 'utf8')).toMatch(/^version: 0\.3\.1$/m);
    expect(JSON.parse(await readFile(path.join(repo.dir, 'package.json'), 'utf8')).version).toBe('0.3.1');
    expect(await readFile(path.join(repo.dir, 'README.md'), 'utf8')).toContain('charts/buntime --version 0.3.1');

    // A runtime release moves the app everywhere too, and check on top of it still passes.
    const base = repo.git('rev-parse', 'HEAD');
    const both = await runCli(['bump', '--chart=patch', '--app=patch'], { workspace: repo.dir });
    expect(both.exitCode).toBe(0);
    const readme = await readFile(path.join(repo.dir, 'README.md'), 'utf8');
    expect(readme).toContain('ghcr.io/zommehq/buntime:1.0.4');
    expect(readme).toContain('`@buntime/plugin-keyval` 0.4.2');
    expect(await readFile(path.join(repo.dir, 'charts/Chart.yaml'), 'utf8')).toContain('appVersion: "1.0.4"');
    expect((await runCli(['check', '--base-ref', base], { workspace: repo.dir })).exitCode).toBe(0);
  });

  test('the workflow: images and charts (with the Rancher release notes), no release-notes jobs without a CHANGELOG.md', async () => {
    const repo = await createSampleRepo(buntimeRepoFiles());
    const init = await runCli(['init', '--release-kit-repository', 'OWNER/REPO', '--release-kit-ref', 'v1'], {
      workspace: repo.dir,
    });
    expect(init.exitCode).toBe(0);
    expect(init.stdout).toMatch(
      /note: the tag follows the chart track, so release-images tags the images with the chart version \(0\.3\.0\)/,
    );
    const jobs = await expectHygienicWorkflow(repo);
    expect(Object.keys(jobs)).toEqual(['tag', 'images', 'charts']);
    expect(jobs.images.uses).toBe('OWNER/REPO/.github/workflows/release-images.yml@v1');
    expect(JSON.parse(String(jobs.images.with?.images))).toEqual([{ name: 'buntime', dockerfile: 'Dockerfile' }]);
    expect(jobs.charts.with).toMatchObject({
      charts: '["charts"]',
      'release-notes': 'charts/release-notes.md',
      'release-kit-ref': 'v1',
    });
  });
});

describe('release-kit init: which track names the tag', () => {
  test('Buntime with a CHANGELOG.md still tags the chart version; --tag-track app moves the tag', async () => {
    const repo = await createSampleRepo({
      ...buntimeRepoFiles(),
      'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- Plugins.\n',
    });
    expect((await runCli(['init', '--workflow', 'none'], { workspace: repo.dir })).exitCode).toBe(0);
    let config = await readConfig(repo);
    expect([config.versions.chart.tag, config.versions.app.tag]).toEqual(['v{version}', undefined]);

    const moved = await runCli(['init', '--workflow', 'none', '--tag-track', 'app', '--force'], {
      workspace: repo.dir,
    });
    expect(moved.exitCode).toBe(0);
    expect(outputsOf(moved.stdout).state).toBe('updated');
    expect(moved.stdout).not.toMatch(/note: the tag follows the chart track/);
    config = await readConfig(repo);
    expect([config.versions.chart.tag, config.versions.app.tag]).toEqual([undefined, 'v{version}']);
    repo.commitAll('init');
    const tagged = await runCli(['bump', '--app=patch', '--chart=patch', '--tag'], { workspace: repo.dir });
    expect(tagged.exitCode).toBe(0);
    expect(outputsOf(tagged.stdout).tag).toBe('v1.0.4');
  });
});

describe('release-kit init on a kruntimes-shaped repository', () => {
  test('one chart track for both charts, the appVersions and README lines; check passes; bump --chart=patch then check --base-ref passes', async () => {
    const repo = await createSampleRepo(kruntimesRepoFiles());
    await initBumpCheck(repo, ['--chart=patch']);
    const config = await readConfig(repo);
    expect(Object.keys(config.versions)).toEqual(['chart', 'app']);
    // The tag names the release of the images and the CLI: the app version, not the charts'.
    expect([config.versions.chart.tag, config.versions.app.tag]).toEqual([undefined, 'v{version}']);
    expect(config.versions.chart.files.filter((f) => f.key).map((f) => f.file)).toEqual([
      'charts/kruntimes/Chart.yaml',
      'charts/kruntimes-runtimes/Chart.yaml',
    ]);
    expect(config.versions.chart.watch).toEqual(['charts/kruntimes/**', 'charts/kruntimes-runtimes/**']);
    const readme = await readFile(path.join(repo.dir, 'README.md'), 'utf8');
    expect(readme).toContain('charts/kruntimes --version 1.4.1');
    expect(readme).toContain('charts/kruntimes-runtimes --version 1.4.1');
    // The CLI archive names the app version, which the chart bump leaves alone.
    expect(readme).toContain('download/v1.4.0/krt_v1.4.0_linux_amd64.tar.gz');

    const app = await runCli(['bump', '--app=minor', '--chart=patch', '--no-commit'], { workspace: repo.dir });
    expect(app.exitCode).toBe(0);
    expect(await readFile(path.join(repo.dir, 'README.md'), 'utf8')).toContain(
      'download/v1.5.0/krt_v1.5.0_linux_amd64.tar.gz',
    );
    expect((await runCli(['check'], { workspace: repo.dir })).exitCode).toBe(0);
  });

  test('the workflow: images, charts, the draft from CHANGELOG.md, the krt CLI and publish, in that order', async () => {
    const repo = await createSampleRepo(kruntimesRepoFiles());
    expect((await runCli(['init'], { workspace: repo.dir })).exitCode).toBe(0);
    const jobs = await expectHygienicWorkflow(repo);
    expect(Object.keys(jobs)).toEqual(['tag', 'images', 'charts', 'draft', 'cli', 'publish']);
    expect(JSON.parse(String(jobs.images.with?.images)).map((i: { name: string }) => i.name)).toEqual([
      'bash-runtime',
      'controller',
      'runtimed',
      'scheduler',
    ]);
    expect(jobs.charts.with?.charts).toBe('["charts/kruntimes","charts/kruntimes-runtimes"]');
    expect(jobs.cli.with).toMatchObject({
      name: 'krt',
      'go-version-file': 'go.mod',
      platforms: '${{ needs.tag.outputs.cli-platforms }}',
      'build-command': 'go build -trimpath -o "$OUTPUT" ./cmd/krt',
      publish: false,
    });
    // The archives hold the binary alone, as kruntimes' own do.
    expect(jobs.cli.with?.['extra-files']).toBeUndefined();
    expect(jobs.publish.needs).toEqual(['tag', 'images', 'charts', 'draft', 'cli']);

    // The same jobs, order, permissions and calls as the documented caller, docs/examples/release.yml.
    type Job = { needs?: unknown; permissions?: unknown; uses?: string; steps?: { uses?: string }[] };
    const shape = (all: Record<string, Job>) =>
      Object.entries(all).map(([name, j]) => [
        name,
        j.needs,
        j.permissions,
        j.uses,
        (j.steps ?? []).map((s) => s.uses),
      ]);
    const example = (
      parse(await readFile(path.join(repoRoot, 'docs/examples/release.yml'), 'utf8')) as { jobs: Record<string, Job> }
    ).jobs;
    const written = (parse(await readFile(path.join(repo.dir, WORKFLOW), 'utf8')) as { jobs: Record<string, Job> })
      .jobs;
    expect(shape(written)).toEqual(shape(example));

    // The publish gate reads the images and charts on ghcr.io with the job's token (new packages are
    // private), and the notes claim exactly what the flows report they signed and attested.
    type Step = { id?: string; run?: string; with?: Record<string, unknown> };
    const steps = (all: Record<string, Job>, job: string) => (all[job].steps ?? []) as Step[];
    expect(written.publish.permissions).toEqual({ contents: 'write', packages: 'read' });
    expect(steps(written, 'publish')[1].with).toMatchObject({
      mode: 'publish',
      'registry-username': '${{ github.actor }}',
      'registry-password': '${{ github.token }}',
    });
    expect(steps(written, 'draft')[2].with).toMatchObject({
      signatures: "images, ${{ needs.charts.outputs.signed == 'true' && 'charts' || '' }}",
      attestations: "${{ needs.images.outputs.attested == 'true' && 'images' || '' }}, archives, checksums",
      'signer-workflows': 'OWNER/REPO@v1',
    });
    // The same claims and credentials as the documented caller.
    for (const [job, index, inputs] of [
      ['draft', 2, ['signatures', 'attestations', 'signer-workflows']],
      ['publish', 1, ['registry-username', 'registry-password']],
    ] as const) {
      for (const input of inputs)
        expect([job, input, steps(written, job)[index].with?.[input]]).toEqual([
          job,
          input,
          steps(example, job)[index].with?.[input],
        ]);
    }
    expect(jobs.cli.with?.attest).toBe(true);
    // release-cli's finish job reads packages (its publish gate): the calling job must grant it.
    expect(written.cli.permissions).toMatchObject({ packages: 'read' });
    // The draft names the CLI assets by the script docs/examples/release.yml runs, which
    // test/workflows/seeds.test.ts holds to what upload-cli-artifacts uploads for those platforms.
    expect(steps(written, 'draft').find((s) => s.id === 'cli')?.run).toBe(
      steps(example, 'draft').find((s) => s.id === 'cli')?.run,
    );
  });
});

describe('release-kit init reruns, dry runs and refusals', () => {
  test('a rerun is unchanged; a changed file is refused by name unless --force; --dry-run writes nothing', async () => {
    const repo = await createSampleRepo(buntimeRepoFiles());
    const dry = await runCli(['init', '--dry-run'], { workspace: repo.dir });
    expect(dry.exitCode).toBe(0);
    expect(outputsOf(dry.stdout).state).toBe('planned');
    expect(dry.stdout).toContain(`--- ${CONFIG} (would be created)`);
    expect(dry.stdout).toContain('- { file: charts/Chart.yaml, key: version }');
    expect(repo.git('status', '--porcelain')).toBe('');

    expect((await runCli(['init'], { workspace: repo.dir })).exitCode).toBe(0);
    const written = await readFile(path.join(repo.dir, CONFIG), 'utf8');
    const again = await runCli(['init'], { workspace: repo.dir });
    expect(again.exitCode).toBe(0);
    expect(outputsOf(again.stdout).state).toBe('unchanged');
    expect(JSON.parse(outputsOf(again.stdout).files)).toEqual([
      { file: CONFIG, state: 'unchanged' },
      { file: WORKFLOW, state: 'unchanged' },
    ]);
    // With --json, stdout is exactly one JSON object; the progress lines go to stderr.
    const json = await runCli(['init', '--json'], { workspace: repo.dir });
    expect(json.exitCode).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      state: 'unchanged',
      check: 'passed',
      versions: { chart: '0.3.0', app: '1.0.3' },
    });
    expect(json.stderr).toContain('check passed: chart 0.3.0, app 1.0.3');

    await repo.write(CONFIG, `${written}# my own edit\n`);
    const before = snapshot(repo);
    const refused = await runCli(['init'], { workspace: repo.dir });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(
      /^error: \.github\/release-kit\.yml: this file already exists and differs from what init would write; pass --force/,
    );
    expect(snapshot(repo)).toBe(before);

    // A release.yml of the project's own is never replaced: the message offers another path.
    await repo.write(CONFIG, written);
    await repo.write(WORKFLOW, 'name: our own release\n');
    const ours = await runCli(['init'], { workspace: repo.dir });
    expect(ours.exitCode).toBe(1);
    expect(ours.stderr).toMatch(
      /release\.yml: this file already exists and differs from what init would write; pass --force to overwrite it, --workflow PATH to write it elsewhere \(or none\), or --dry-run/,
    );
    const elsewhere = await runCli(['init', '--workflow', '.github/workflows/release-kit.yml'], {
      workspace: repo.dir,
    });
    expect(elsewhere.exitCode).toBe(0);
    expect(JSON.parse(outputsOf(elsewhere.stdout).files)).toEqual([
      { file: CONFIG, state: 'unchanged' },
      { file: '.github/workflows/release-kit.yml', state: 'created' },
    ]);
    expect(await readFile(path.join(repo.dir, WORKFLOW), 'utf8')).toBe('name: our own release\n');
    await repo.write(CONFIG, `${written}# my own edit\n`);

    const forced = await runCli(['init', '--force'], { workspace: repo.dir });
    expect(forced.exitCode).toBe(0);
    expect(outputsOf(forced.stdout).state).toBe('updated');
    expect(await readFile(path.join(repo.dir, CONFIG), 'utf8')).toBe(written);
  });

  test('bad input is one line naming the input, and nothing is written', async () => {
    const repo = await createSampleRepo(buntimeRepoFiles());
    const before = snapshot(repo);
    for (const [args, message] of [
      [
        ['--release-kit-repository', 'not a repo'],
        /^error: input 'release-kit-repository' has invalid value "not a repo": expected owner\/name/,
      ],
      [
        ['--config', '../outside.yml'],
        /^error: input 'config' has invalid value "\.\.\/outside\.yml": expected a \.yml path inside the repository/,
      ],
      [
        ['--cli', 'cmd/none'],
        /^error: input 'cli' has invalid value "cmd\/none": expected a folder holding a Go main package/,
      ],
      [
        ['--tag-track', 'release'],
        /^error: input 'tag-track' has invalid value "release": expected one of the proposed tracks: chart, app\n$/,
      ],
    ] as const) {
      const run = await runCli(['init', ...args], { workspace: repo.dir });
      expect([args, run.exitCode]).toEqual([args, 1]);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
    expect(snapshot(repo)).toBe(before);

    // A .github that is a symlink out of the repository is refused, not written through.
    const outside = await mkdtemp(path.join(tmpdir(), 'init-outside-'));
    const linked = await createSampleRepo(buntimeRepoFiles());
    await symlink(outside, path.join(linked.dir, '.github'));
    const escaped = await runCli(['init'], { workspace: linked.dir });
    expect(escaped.exitCode).toBe(1);
    expect(escaped.stderr).toMatch(
      /^error: input 'config' has invalid value "\.github\/release-kit\.yml": it is a symlink to .*, outside /,
    );
    expect(await readdir(outside)).toEqual([]);

    const empty = await createSampleRepo({ 'README.md': '# nothing to release\n' });
    const none = await runCli(['init'], { workspace: empty.dir });
    expect(none.exitCode).toBe(1);
    expect(none.stderr.trim()).toMatch(/^error: release-kit init found no Helm chart/);
  });
});

type Jobs = Record<
  string,
  {
    uses?: string;
    needs?: string | string[];
    with?: Record<string, unknown>;
    permissions?: Record<string, string>;
    secrets?: Record<string, string>;
  }
>;

describe('release-kit init on the seeds as they are, with their own release workflows', () => {
  test('kruntimes: the tag on the app track, cmd/krt with the Makefile ldflags, five images with its tag rules', async () => {
    const repo = await createSampleRepo(kruntimesSeedFiles());
    const init = await runCli(['init', '--release-kit-repository', 'OWNER/REPO', '--release-kit-ref', 'v1'], {
      workspace: repo.dir,
    });
    expect(init.stderr).toBe('');
    expect(init.exitCode).toBe(0);
    expect(JSON.parse(outputsOf(init.stdout).files)).toEqual([
      { file: CONFIG, state: 'created' },
      { file: WORKFLOW, state: 'created' },
    ]);
    // The manual-dispatch rules are named, not silently lost.
    expect(init.stdout).toMatch(
      /note: image tag rules with GitHub expressions \(manual runs\) are not part of the release workflow: .*type=raw,value=\$\{\{ github\.event\.inputs\.tag \}\}/,
    );
    const config = await readConfig(repo);
    expect([config.versions.chart.tag, config.versions.app.tag]).toEqual([undefined, 'v{version}']);
    expect(config.versions.chart.required).toBeUndefined();

    const jobs = (await expectHygienicWorkflow(repo)) as Jobs;
    expect(Object.keys(jobs)).toEqual(['tag', 'images', 'charts', 'draft', 'cli', 'publish']);
    expect(JSON.parse(String(jobs.images.with?.images))).toEqual(
      ['bash-runtime', 'controller', 'python-runtime', 'runtimed', 'scheduler'].map((name) => ({
        name,
        dockerfile: `Dockerfile.${name}`,
      })),
    );
    expect(jobs.images.with?.tags).toBe(
      'type=ref,event=tag\ntype=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\n',
    );
    expect(jobs.images.permissions).toMatchObject({ attestations: 'write' });
    expect(jobs.cli.with).toMatchObject({
      name: 'krt',
      'go-version-file': 'go.mod',
      'build-command':
        'go build -trimpath -ldflags "-s -w -X github.com/kruntimes/kruntimes/internal/version.Version=$VERSION -X github.com/kruntimes/kruntimes/internal/version.Commit=$COMMIT -X github.com/kruntimes/kruntimes/internal/version.Date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)" -o "$OUTPUT" ./cmd/krt',
    });
    expect(jobs.cli.with?.['extra-files']).toBeUndefined();
  });

  test('Buntime: chart track required, no Dockerfile.dev image, hooks mirrored, its image tags, and the catalog workflow', async () => {
    const repo = await createSampleRepo(buntimeSeedFiles());
    const init = await runCli(['init', '--release-kit-repository', 'OWNER/REPO', '--release-kit-ref', 'v1'], {
      workspace: repo.dir,
    });
    expect(init.exitCode).toBe(0);
    expect(init.stdout).toMatch(/note: Dockerfile\.dev: a development Dockerfile; not published as an image/);
    expect(JSON.parse(outputsOf(init.stdout).files)).toEqual([
      { file: CONFIG, state: 'created' },
      { file: WORKFLOW, state: 'created' },
      { file: '.github/workflows/chart-catalog.yml', state: 'created' },
    ]);
    const config = await readConfig(repo);
    expect(config.versions.chart).toMatchObject({
      tag: 'v{version}',
      required: true,
      watch: ['charts/**', 'plugins/*/manifest.yaml', 'scripts/generate-helm*.ts'],
    });
    expect(config.versions.app.watch).toBeUndefined();
    expect(config.versions.app.implies).toEqual(['chart']);

    const jobs = (await expectHygienicWorkflow(repo)) as Jobs;
    // The charts go out through the catalog workflow, as Buntime's helm-publish does: no OCI push here.
    expect(Object.keys(jobs)).toEqual(['tag', 'images']);
    expect(JSON.parse(String(jobs.images.with?.images))).toEqual([{ name: 'buntime', dockerfile: 'Dockerfile' }]);
    expect(jobs.images.with?.tags).toBe(
      'type=raw,value=latest\ntype=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=semver,pattern={{major}}\n',
    );

    const catalogText = await readFile(path.join(repo.dir, '.github/workflows/chart-catalog.yml'), 'utf8');
    const file = 'chart-catalog.yml (written by init)';
    expect([
      ...checkPinning(file, catalogText, { example: true }),
      ...checkPermissions(file, catalogText, workflowResolver(repoRoot)),
      ...checkRunExpressions(file, catalogText),
      ...checkConcurrency(file, catalogText),
      ...checkInputs(file, catalogText, repoRoot),
      ...(await checkActionlint(file, catalogText)),
    ]).toEqual([]);
    const catalog = parse(catalogText) as { on: { push: { branches: string[]; paths: string[] } }; jobs: Jobs };
    expect(catalog.on.push).toEqual({
      branches: ['main'],
      paths: ['charts/**', 'plugins/*/manifest.yaml', 'scripts/generate-helm*.ts'],
    });
    expect(catalog.jobs.catalog.uses).toBe('OWNER/REPO/.github/workflows/release-charts.yml@v1');
    expect(catalog.jobs.catalog.with).toEqual({
      tag: '',
      oci: false,
      charts: '["charts"]',
      'catalog-target': 'rancher',
      'catalog-repository': 'zommehq/charts',
      'bun-version': 'latest',
      prepare: 'bun install && bun scripts/generate-helm.ts',
      'release-notes': 'charts/release-notes.md',
      'release-kit-repository': 'OWNER/REPO',
      'release-kit-ref': 'v1',
    });
    expect(catalog.jobs.catalog.secrets).toEqual({ CATALOG_TOKEN: '${{ secrets.CHARTS_PAT }}' });

    // A chart-only change without a chart bump is caught, also for a plugin manifest.
    repo.commitAll('release-kit init');
    const base = repo.git('rev-parse', 'HEAD');
    await repo.write('plugins/plugin-keyval/manifest.yaml', 'name: keyval\nenabled: false\n');
    const check = await runCli(['check', '--base-ref', base], { workspace: repo.dir });
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toMatch(/chart/);
  });
});
