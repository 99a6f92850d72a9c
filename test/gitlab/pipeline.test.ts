// docs/gitlab-ci.md's pipeline (docs/examples/gitlab-ci.yml, byte for byte) run with gitlab-ci-local on
// a Buntime-shaped repository: a main-branch pipeline, a feature-branch pipeline (macOS on request),
// and a tag pipeline twice. Each pipeline runs once for the file (they are slow) and the tests read
// what it left: the image references pushed, the CLI archives and their one checksums file, and the
// Rancher catalog. What is substituted, and why, is said in test/gitlab/gitlab-ci-local.ts: the
// release-kit download comes from a local repository holding this checkout's dist/cli, and docker, go,
// apt-get and bun are one recording stand-in on PATH. No job reaches the network.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createSampleRepo, git, type SampleRepo } from '../harness/git-fixture.js';
import { buntimePipelineFiles, PIPELINE_FILE, releaseEdits } from './buntime-fixture.js';
import {
  canIsolateNetwork,
  startGitLabGround,
  writeFiles,
  type GitLabGround,
  type PipelineResult,
} from './gitlab-ci-local.js';

const REGISTRY_IMAGE = 'local-registry.gitlab.example.com/zomme/buntime';
const TAG = 'v0.2.27';
/** The masked CI/CD variable a project sets for the catalog (unused by a local catalog, never printed). */
const CATALOG_TOKEN = 'glpat-Rk7TestCatalogToken00';

interface Outcome {
  result: PipelineResult;
  /** A copy of the dist/cli the pipeline left (its artifacts, copied back as GitLab's UI offers them). */
  dist: string;
  /** name → sha256 of each file in `dist`. */
  files: Record<string, string>;
  /** The short sha GitLab gives the pipeline's commit. */
  shortSha: string;
}

let ground: GitLabGround;
let pipelines = 0;
let repo: SampleRepo;
let catalog: string;
let remoteAfterTag: string;
const outcomes: Record<'main' | 'feature' | 'tag' | 'tagAgain', Outcome> = {} as never;
/** chart:catalog (and chart:generate) run again after the main pipeline. */
let catalogAgain: PipelineResult;
let catalogAfterMain: string;
/** image:tags alone, on a branch named latest. */
let latestBranch: PipelineResult;

function distFiles(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  let names: string[];
  try {
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return files;
  }
  for (const name of names.sort()) {
    try {
      files[name] = createHash('sha256')
        .update(readFileSync(path.join(folder, name)))
        .digest('hex');
    } catch {
      // a folder
    }
  }
  return files;
}

async function runPipeline(options: Parameters<GitLabGround['run']>[1]): Promise<Outcome> {
  const result = await ground.run(repo.dir, options);
  // The next pipeline starts from a clean checkout: keep this one's artifacts aside.
  const dist = path.join(ground.base, `dist-${++pipelines}`);
  await cp(path.join(repo.dir, 'dist', 'cli'), dist, { recursive: true }).catch(() => undefined);
  return { result, dist, files: distFiles(dist), shortSha: repo.git('rev-parse', '--short=8', 'HEAD') };
}

beforeAll(async () => {
  ground = await startGitLabGround();
  const files = buntimePipelineFiles();
  repo = await createSampleRepo(files);
  // gitlab-ci-local reads the project (zomme/buntime on gitlab.example.com) from the gcl-origin remote,
  // and the default branch from origin/HEAD; origin itself stays the local bare repository.
  repo.git('remote', 'add', 'gcl-origin', 'https://gitlab.example.com/zomme/buntime.git');
  repo.git('remote', 'set-head', 'origin', 'main');

  // The Rancher catalog: a bare repository already holding Buntime 0.2.26.
  const catalogBase = await mkdtemp(path.join(os.tmpdir(), 'rk-gitlab-catalog-'));
  catalog = path.join(catalogBase, 'charts.git');
  git(catalogBase, ['init', '--quiet', '--bare', '--initial-branch=main', catalog]);
  const seed = path.join(catalogBase, 'seed');
  git(catalogBase, ['clone', '--quiet', catalog, seed]);
  await writeFiles(seed, {
    'README.md': '# zomme charts\n',
    'charts/buntime/0.2.26/Chart.yaml': 'apiVersion: v2\nname: buntime\nversion: 0.2.26\n',
  });
  git(seed, ['add', '-A']);
  git(seed, ['commit', '--quiet', '-m', 'buntime 0.2.26']);
  git(seed, ['push', '--quiet', 'origin', 'main']);
  const catalogVariables = { CHART_CATALOG_URL: catalog, CHART_CATALOG_TOKEN: CATALOG_TOKEN };

  // The release commit, pushed to main: the pipeline sees its changes against origin/main as GitLab
  // sees a push's (gitlab-ci-local compares with origin/<default branch>), so it is pushed afterwards.
  await writeFiles(repo.dir, releaseEdits(files));
  repo.commitAll('chore(release): prepare chart v0.2.27');
  outcomes.main = await runPipeline({ variables: catalogVariables });
  catalogAfterMain = git(repo.dir, ['--git-dir', catalog, 'rev-parse', 'main']);
  // The catalog sync retried (the jobs it needs run again too).
  catalogAgain = await ground.run(repo.dir, { variables: catalogVariables, jobs: ['chart:catalog'] });
  repo.git('push', '--quiet', 'origin', 'main');

  // The release tag's pipeline, then the same pipeline again (a rerun).
  repo.git('tag', TAG);
  repo.git('push', '--quiet', 'origin', TAG);
  const tagPipeline = {
    variables: { ...catalogVariables, CI_COMMIT_TAG: TAG, CI_COMMIT_REF_NAME: TAG, CI_COMMIT_REF_SLUG: 'v0-2-27' },
    unset: ['CI_COMMIT_BRANCH'],
  };
  remoteAfterTag = repo.git('ls-remote', 'origin');
  outcomes.tag = await runPipeline(tagPipeline);
  outcomes.tagAgain = await runPipeline(tagPipeline);

  // A feature branch with a CLI change, macOS asked for.
  repo.git('checkout', '--quiet', '-b', 'feature/cli-flags');
  await writeFiles(repo.dir, { 'apps/cli/flags.go': 'package main\n\nvar verbose = false\n' });
  repo.commitAll('feat(cli): flags');
  outcomes.feature = await runPipeline({ variables: { ...catalogVariables, RUN_MACOS_CLI_BUILD: '1' } });

  // Someone pushes a branch named latest.
  repo.git('checkout', '--quiet', '-b', 'latest');
  latestBranch = await ground.run(repo.dir, { jobs: ['image:tags'] });
}, 600_000);

afterAll(async () => {
  await ground?.close();
  if (repo) await rm(path.dirname(repo.dir), { recursive: true, force: true });
  if (catalog) await rm(path.dirname(catalog), { recursive: true, force: true });
});

/** The references `image:build` pushed, in order. */
const pushed = (outcome: Outcome) => outcome.result.calls.flatMap((c) => (c.pushed ? [c.pushed] : []));
const refs = (...tags: string[]) => tags.map((tag) => `${REGISTRY_IMAGE}:${tag}`);

/** The one checksums file's lines as name → sha256, and the archives the pipeline left beside it. */
function checksums(outcome: Outcome, tag: string) {
  // One checksums file, never one per job.
  expect(Object.keys(outcome.files).filter((name) => name.endsWith('checksums.txt'))).toEqual([
    `buntime_${tag}_checksums.txt`,
  ]);
  const file = path.join(outcome.dist, `buntime_${tag}_checksums.txt`);
  const listed = Object.fromEntries(
    readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => {
        const [sha256, name] = line.split(/ [ *]/);
        return [name, sha256];
      }),
  );
  const archives = Object.fromEntries(
    Object.entries(outcome.files).filter(([name]) => /^[^/]+\.(tar\.gz|zip)$/.test(name)),
  );
  return { listed, archives };
}

/** What the binary inside an archive prints (the go stand-in's binaries say their version and platform). */
function binaryOutput(outcome: Outcome, archive: string): string {
  const file = path.join(outcome.dist, archive);
  const bytes = archive.endsWith('.zip')
    ? execFileSync('unzip', ['-p', file, 'buntime.exe'])
    : execFileSync('tar', ['-xzOf', file, 'buntime']);
  return /echo "(.*)"/.exec(bytes.toString())?.[1] ?? '';
}

/**
 * The jobs the pipeline ran are exactly `expected`, and each passed.
 */
function expectJobs(outcome: Outcome, expected: string[]) {
  const { jobs } = outcome.result;
  expect(Object.keys(jobs).sort()).toEqual([...expected].sort());
  for (const job of expected) expect([job, jobs[job]]).toEqual([job, 'PASS']);
  expect(outcome.result.exitCode).toBe(0);
}

/** A pipeline that builds macOS too and syncs no chart (a tag, or a branch with RUN_MACOS_CLI_BUILD=1). */
const EVERY_PLATFORM_JOBS = [
  'cli:archives',
  'cli:build:linux',
  'cli:build:macos',
  'cli:build:windows',
  'image:build',
  'image:tags',
  'versions',
];

const ARCHIVES = {
  linux: ['buntime-linux-amd64.tar.gz', 'buntime-linux-arm64.tar.gz', 'buntime-windows-amd64.zip'],
  all: [
    'buntime-darwin-amd64.tar.gz',
    'buntime-darwin-arm64.tar.gz',
    'buntime-linux-amd64.tar.gz',
    'buntime-linux-arm64.tar.gz',
    'buntime-windows-amd64.zip',
  ],
};

test('the pipeline run is docs/examples/gitlab-ci.yml byte for byte', () => {
  expect(repo.git('show', 'HEAD:.gitlab-ci.yml')).toBe(readFileSync(PIPELINE_FILE, 'utf8').trimEnd());
});

/** GitLab's global keywords: a job by one of these names is read as the keyword (the old doc's `image` job). */
const GLOBAL_KEYWORDS = [
  'after_script',
  'before_script',
  'cache',
  'default',
  'image',
  'include',
  'services',
  'stages',
  'variables',
  'workflow',
];

test('no job is named like a global keyword, and gitlab-ci-local refuses the file where one is (issue 23 item 1)', async () => {
  const pipeline = readFileSync(PIPELINE_FILE, 'utf8');
  const topLevel = Object.keys(parseYaml(pipeline) as Record<string, unknown>);
  expect(topLevel).toContain('image:build');
  expect(topLevel.filter((key) => GLOBAL_KEYWORDS.includes(key))).toEqual(['stages', 'variables']);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-gitlab-schema-'));
  try {
    const commit = async (text: string) => {
      await writeFiles(dir, { '.gitlab-ci.yml': text });
      git(dir, ['add', '-A']);
      git(dir, ['commit', '--quiet', '--allow-empty', '-m', 'pipeline']);
    };
    git(dir, ['init', '--quiet', '--initial-branch=main']);
    await commit(pipeline.replace(/^image:build:$/m, 'image:'));
    expect((await ground.validate(dir)).exitCode).not.toBe(0);
    await commit(pipeline);
    const accepted = await ground.validate(dir);
    expect([accepted.exitCode, accepted.output]).toEqual([0, expect.stringContaining('cli:archives')]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

(canIsolateNetwork ? test : test.skip)(
  canIsolateNetwork
    ? 'gitlab-ci-local ran without a network: a job that reached for one would have failed'
    : 'gitlab-ci-local ran without a network: skipped, this machine gives no network namespace (unshare -n needs root or user namespaces)',
  () => {
    // The runs above went through `unshare -n`: a namespace whose only interface is loopback.
    const interfaces = execFileSync('unshare', ['-n', 'cat', '/proc/net/dev'], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.trim().split(':')[0]);
    expect(interfaces).toEqual(['lo']);
  },
);

describe('a main-branch pipeline (the release commit: chart 0.2.27)', () => {
  test('runs the versions check, the image, Linux and Windows CLI builds and the catalog sync; macOS waits to be started by hand', () => {
    expectJobs(outcomes.main, [
      'chart:catalog',
      'chart:generate',
      'cli:archives',
      'cli:build:linux',
      'cli:build:windows',
      'image:build',
      'image:tags',
      'versions',
    ]);
    expect(outcomes.main.result.jobLines('versions')).toContain('all 2 track(s) in sync');
  });

  test("pushes Buntime's tags: the short sha, the ref slug and latest", () => {
    expect(pushed(outcomes.main)).toEqual(refs(outcomes.main.shortSha, 'main', 'latest'));
  });

  test('syncs the chart into the Rancher catalog as charts/buntime/0.2.27/, generated files included, 0.2.26 untouched', async () => {
    const checkout = await mkdtemp(path.join(os.tmpdir(), 'rk-gitlab-read-'));
    try {
      git(checkout, ['clone', '--quiet', catalog, 'c']);
      const dir = path.join(checkout, 'c');
      expect(git(dir, ['rev-list', '--count', 'HEAD'])).toBe('2');
      expect(git(dir, ['log', '-1', '--format=%s'])).toBe('Publish chart buntime 0.2.27');
      expect(git(dir, ['ls-files']).split('\n')).toEqual([
        'README.md',
        'charts/buntime/0.2.26/Chart.yaml',
        'charts/buntime/0.2.27/.helmignore',
        'charts/buntime/0.2.27/Chart.yaml',
        'charts/buntime/0.2.27/app-readme.md',
        'charts/buntime/0.2.27/configmap.base.yaml',
        'charts/buntime/0.2.27/questions.base.yaml',
        'charts/buntime/0.2.27/questions.yml',
        'charts/buntime/0.2.27/release-notes.md',
        'charts/buntime/0.2.27/templates/_helpers.tpl',
        'charts/buntime/0.2.27/templates/configmap.yaml',
        'charts/buntime/0.2.27/templates/deployment.yaml',
        'charts/buntime/0.2.27/values.base.yaml',
        'charts/buntime/0.2.27/values.yaml',
      ]);
      const version = (file: string) => readFile(path.join(dir, 'charts/buntime/0.2.27', file), 'utf8');
      expect(await version('values.yaml')).toMatch(/^# AUTO-GENERATED[\s\S]*plugin-keyval:\n {4}enabled: true\n$/);
      expect(await version('app-readme.md')).toContain('File-backed API keys for the CLI.');
      expect(await version('Chart.yaml')).toMatch(/^version: 0\.2\.27$/m);
      for (const outcome of Object.values(outcomes)) expect(outcome.result.output).not.toContain(CATALOG_TOKEN);
      expect(await readFile(path.join(dir, 'charts/buntime/0.2.26/Chart.yaml'), 'utf8')).toBe(
        'apiVersion: v2\nname: buntime\nversion: 0.2.26\n',
      );
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });

  test('the catalog sync run again is unchanged: no commit, nothing pushed', () => {
    expect(catalogAgain.jobs).toEqual({ 'chart:generate': 'PASS', 'chart:catalog': 'PASS' });
    expect(catalogAgain.jobLines('chart:catalog')).toContain('state=unchanged');
    expect(git(repo.dir, ['--git-dir', catalog, 'rev-parse', 'main'])).toBe(catalogAfterMain);
  });

  test('archives Linux and Windows as buntime-<os>-<arch>, with one checksums file naming the short sha', () => {
    const { shortSha, result } = outcomes.main;
    expect(result.jobs['cli:archives']).toBe('PASS');
    const { listed, archives } = checksums(outcomes.main, shortSha);
    expect(Object.keys(archives).sort()).toEqual(ARCHIVES.linux);
    expect(listed).toEqual(archives);
    expect(binaryOutput(outcomes.main, 'buntime-linux-arm64.tar.gz')).toBe(
      `buntime ${shortSha} linux/arm64 cgo=1 cc=aarch64-linux-gnu-gcc`,
    );
    expect(binaryOutput(outcomes.main, 'buntime-windows-amd64.zip')).toBe(
      `buntime ${shortSha} windows/amd64 cgo=1 cc=x86_64-w64-mingw32-gcc`,
    );
  });
});

describe('a tag pipeline (v0.2.27)', () => {
  test('runs the tag check, the image and every CLI build including macOS, and no catalog sync', () => {
    expectJobs(outcomes.tag, EVERY_PLATFORM_JOBS);
    expect(outcomes.tag.result.jobLines('versions').join('\n')).toMatch(/tag v0\.2\.27 matches track chart/);
  });

  test("pushes Buntime's table: the short sha, the ref slug, the tag, and latest", () => {
    expect(pushed(outcomes.tag).sort()).toEqual(refs(outcomes.tag.shortSha, 'v0-2-27', 'v0.2.27', 'latest').sort());
  });

  test('archives all five platforms with one complete buntime_v0.2.27_checksums.txt', () => {
    expect(outcomes.tag.result.jobs['cli:archives']).toBe('PASS');
    const { listed, archives } = checksums(outcomes.tag, TAG);
    expect(Object.keys(archives).sort()).toEqual(ARCHIVES.all);
    expect(listed).toEqual(archives);
    expect(binaryOutput(outcomes.tag, 'buntime-darwin-arm64.tar.gz')).toBe(
      'buntime v0.2.27 darwin/arm64 cgo=1 cc=clang -arch arm64',
    );
    expect(binaryOutput(outcomes.tag, 'buntime-linux-amd64.tar.gz')).toBe(
      'buntime v0.2.27 linux/amd64 cgo=1 cc=x86_64-linux-gnu-gcc',
    );
  });

  test('run again, it changes nothing: the same jobs, the same references pushed, the catalog and the repository untouched', () => {
    expect(outcomes.tagAgain.result.jobs).toEqual(outcomes.tag.result.jobs);
    expect(pushed(outcomes.tagAgain)).toEqual(pushed(outcomes.tag));
    expect(git(repo.dir, ['--git-dir', catalog, 'rev-list', '--count', 'main'])).toBe('2');
    expect(repo.git('ls-remote', 'origin')).toBe(remoteAfterTag);
  });

  test('run again, the archives and the checksums file are byte for byte the same', () => {
    expect(outcomes.tagAgain.files).toEqual(outcomes.tag.files);
  });
});

test('a branch named latest: image:tags refuses it, so nothing overwrites latest (issue 18 item 7)', () => {
  expect(latestBranch.jobs).toEqual({ 'image:tags': 'FAIL' });
  expect(latestBranch.jobLines('image:tags').join('\n')).toMatch(
    /error: input 'scheme' has invalid value "gitlab": expected a branch or tag whose CI_COMMIT_REF_SLUG is no reserved image tag: "latest" is the latest tag; rename the branch or tag latest/,
  );
  expect(latestBranch.calls.filter((c) => c.pushed)).toEqual([]);
});

describe('a feature-branch pipeline with RUN_MACOS_CLI_BUILD=1', () => {
  test('checks the tracks against the default branch, builds the image and every CLI, and no catalog sync', () => {
    expectJobs(outcomes.feature, EVERY_PLATFORM_JOBS);
    expect(outcomes.feature.result.jobLines('versions').join('\n')).toMatch(/since origin\/main/);
  });

  test("pushes Buntime's tags for a branch: the short sha, the branch's slug and latest", () => {
    expect(pushed(outcomes.feature)).toEqual(refs(outcomes.feature.shortSha, 'feature-cli-flags', 'latest'));
  });

  test('archives all five platforms, macOS included, with one checksums file', () => {
    const { shortSha } = outcomes.feature;
    const { listed, archives } = checksums(outcomes.feature, shortSha);
    expect(Object.keys(archives).sort()).toEqual(ARCHIVES.all);
    expect(listed).toEqual(archives);
  });
});
