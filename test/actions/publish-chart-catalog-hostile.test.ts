// publish-chart-catalog against a hostile or broken catalog index.yaml: each ends in one clear line
// blamed on the catalog (never on the 'directory' input or a workspace file), with nothing pushed,
// through the action bundle and the CLI bundle.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createSampleRepo, git, type SampleRepo } from '../harness/git-fixture.js';
import { runAction, runCli, type ActionRun } from '../harness/run-action.js';
import { chartCopy } from '../charts/chart-fixtures.js';

const EPOCH = '1714564800';
const BASE_URL = 'https://charts.example.com/repo';
const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

async function catalogWith(files: Record<string, string>, links: Record<string, string> = {}): Promise<SampleRepo> {
  const repo = await createSampleRepo({ 'README.md': '# charts\n', ...files });
  cleanup.push(path.dirname(repo.dir));
  for (const [link, target] of Object.entries(links)) {
    await mkdir(path.dirname(path.join(repo.dir, link)), { recursive: true });
    await symlink(target, path.join(repo.dir, link));
  }
  if (Object.keys(links).length > 0) {
    repo.commitAll('links');
    repo.git('push', '--quiet', 'origin', 'main');
  }
  return repo;
}

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-catalog-hostile-'));
  cleanup.push(dir);
  await chartCopy('buntime', path.join(dir, 'charts'));
  return dir;
}

/** One helm-written entry for `name` `version`, as index.yaml lines at helm's indentation. */
function entry(name: string, version: string, digit: string): string[] {
  return [
    '  - apiVersion: v2',
    '    created: "2025-01-10T08:30:00Z"',
    `    digest: ${digit.repeat(64)}`,
    `    name: ${name}`,
    '    urls:',
    `    - https://charts.example.com/repo/${name}-${version}.tgz`,
    `    version: ${version}`,
  ];
}

const GENERATED = 'generated: "2025-01-10T08:30:00Z"';
const lines = (...parts: (string | string[])[]) => `${parts.flat().join('\n')}\n`;

/** A billion-laughs index: nine levels of nine aliases, ~387 million nodes once expanded. */
function aliasBomb(): string {
  const levels = ['  a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++)
    levels.push(
      `  a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
    );
  return lines(
    'apiVersion: v1',
    'bomb:',
    levels,
    'entries:',
    '  buntime:',
    entry('buntime', '0.2.0', '1'),
    '  lol: *a8',
    GENERATED,
  );
}

const cases: [string, Record<string, string>, Record<string, string>, RegExp][] = [
  [
    'a chart key twice in entries',
    {
      'index.yaml': lines(
        'apiVersion: v1',
        'entries:',
        '  buntime:',
        entry('buntime', '0.1.0', '1'),
        '  other:',
        entry('other', '1.0.0', '2'),
        '  buntime:',
        entry('buntime', '0.2.0', '3'),
        GENERATED,
      ),
    },
    {},
    /^catalog: index\.yaml:19: entries lists the chart buntime twice \(also at line 3\); helm refuses such an index: fix index\.yaml in the catalog repository$/,
  ],
  [
    'entries.buntime: null',
    {
      'index.yaml': lines(
        'apiVersion: v1',
        'entries:',
        '  buntime: null',
        '  other:',
        entry('other', '1.0.0', '2'),
        GENERATED,
      ),
    },
    {},
    /^catalog: index\.yaml:3: entries\.buntime is null, not a list of chart versions; fix index\.yaml in the catalog repository$/,
  ],
  [
    'entries.buntime with no value',
    {
      'index.yaml': lines(
        'apiVersion: v1',
        'entries:',
        '  buntime:',
        '  other:',
        entry('other', '1.0.0', '2'),
        GENERATED,
      ),
    },
    {},
    /^catalog: index\.yaml:3: entries\.buntime is null, not a list of chart versions/,
  ],
  [
    'a YAML alias bomb',
    { 'index.yaml': aliasBomb() },
    {},
    /^catalog: index\.yaml:\d+: the index uses YAML aliases \(\*a\d\); helm never writes them and release-kit does not expand them: fix index\.yaml in the catalog repository$/,
  ],
  [
    'index.yaml as a symlink inside the catalog',
    { 'other.yaml': lines('apiVersion: v1', 'entries: {}', GENERATED) },
    { 'index.yaml': 'other.yaml' },
    /^catalog: index\.yaml is a symlink \(to other\.yaml\) in the catalog; release-kit publishes into real folders and files only/,
  ],
  [
    'index.yaml as a symlink out of the catalog',
    {},
    { 'index.yaml': '/etc/hostname' },
    /^catalog: index\.yaml is a symlink \(to \/etc\/hostname\) in the catalog/,
  ],
  [
    'index.yaml that is not YAML',
    { 'index.yaml': lines('apiVersion: v1', 'entries:', '  buntime: [', GENERATED) },
    {},
    /^catalog: index\.yaml:\d+: not valid YAML: .*; fix index\.yaml in the catalog repository$/,
  ],
];

/** The action failed with exactly one error line matching `message`, not tied to a workspace file. */
function expectCatalogBlamed(run: ActionRun, message: RegExp): void {
  expect(run.exitCode).toBe(1);
  const errors = run.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0].message).toMatch(message);
  expect(errors[0].file).toBeUndefined();
  expect(errors[0].message).not.toMatch(/input 'directory'|workspace|release-kit bug/);
}

describe('a hostile catalog index.yaml', () => {
  test.each(cases)('%s: the action stops with one line blaming the catalog', async (_name, files, links, message) => {
    const ws = await workspace();
    const catalog = await catalogWith(files, links);
    const refs = git(catalog.remote, ['for-each-ref', '--format=%(refname) %(objectname)']);
    const run = await runAction('publish-chart-catalog', {
      workspace: ws,
      env: { SOURCE_DATE_EPOCH: EPOCH },
      inputs: {
        chart: 'charts/buntime',
        target: 'helm-repo',
        repository: catalog.remote,
        'base-url': BASE_URL,
        branch: 'main',
      },
      timeoutMs: 60_000,
    });
    expectCatalogBlamed(run, message);
    expect(git(catalog.remote, ['for-each-ref', '--format=%(refname) %(objectname)'])).toBe(refs);
  });

  test.each(cases)(
    '%s: the CLI prints the same line once, its location not doubled',
    async (_name, files, links, message) => {
      const ws = await workspace();
      const catalog = await catalogWith(files, links);
      const run = await runCli(
        [
          'publish-chart-catalog',
          '--chart',
          'charts/buntime',
          '--target',
          'helm-repo',
          '--repository',
          catalog.remote,
          '--base-url',
          BASE_URL,
          '--branch',
          'main',
        ],
        { workspace: ws, env: { SOURCE_DATE_EPOCH: EPOCH, GITHUB_ACTIONS: undefined }, timeoutMs: 60_000 },
      );
      expect(run.exitCode).toBe(1);
      const stderr = run.stderr.trim().split('\n');
      expect(stderr).toHaveLength(1);
      expect(stderr[0].replace(/^error: /, '')).toMatch(message);
      expect(stderr[0]).not.toMatch(/(index\.yaml:\d+: ).*\1/);
    },
  );
});
