// How a failure reads: one line that says where once (`CHANGELOG.md:9: …`, never
// `CHANGELOG.md:9: CHANGELOG.md:9: …`), whether the message names its file itself or not, on the
// terminal (CLI) and on the runner (the ::error file=…,line=…:: annotation keeps the location).
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { locatedMessage } from '../../packages/release-kit/src/plumbing/errors.js';
import { operation as releaseNotes } from '../../packages/release-kit/src/operations/release-notes-from-changelog.js';
import { runActionInProcess, runCliInProcess } from '../harness/in-process.js';
import { createSampleRepo, git } from '../harness/git-fixture.js';
import { chartCopy } from '../charts/chart-fixtures.js';
import type { ActionRun } from '../harness/run-action.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-messages-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

/** The one `error:` line the CLI printed. */
function errorLine(run: ActionRun): string {
  const lines = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
  expect(lines).toHaveLength(1);
  return lines[0];
}

// Line 9 is a heading that is no release heading.
const BAD_CHANGELOG = [
  '# Changelog',
  '',
  '## Unreleased',
  '',
  '## 1.0.0 - 2024-05-01',
  '',
  '- first',
  '',
  '## Version one',
  '',
].join('\n');

describe('the location is said once', () => {
  test('CHANGELOG.md:9: on the terminal, once', async () => {
    const dir = await workspace({ 'CHANGELOG.md': BAD_CHANGELOG });
    const run = await runCliInProcess(['changelog', 'notes', '1.0.0'], { workspace: dir });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/^error: CHANGELOG\.md:9: heading "## Version one" is not a release heading/);
  });

  test('on the runner: one ::error file=CHANGELOG.md,line=9:: annotation whose text says it once', async () => {
    const dir = await workspace({ 'CHANGELOG.md': BAD_CHANGELOG });
    const run = await runActionInProcess(releaseNotes, { workspace: dir, inputs: { mode: 'notes', version: '1.0.0' } });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'CHANGELOG.md', line: 9 });
    expect(errors[0].message.match(/CHANGELOG\.md:9/g)).toHaveLength(1);
  });

  test('.github/release-kit.yml already exists: the file is not put in front of a message that opens with it', async () => {
    const repo = await createSampleRepo({
      'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\nappVersion: 1.0.0\n',
      '.github/release-kit.yml': '# mine\n',
    });
    dirs.push(path.dirname(repo.dir));
    const run = await runCliInProcess(['init'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expect(errorLine(run)).toMatch(/^error: \.github\/release-kit\.yml: this file already exists and differs/);
    expect(errorLine(run).match(/release-kit\.yml/g)).toHaveLength(1);
  });

  test('index.yaml:N: once, for a catalog index that is not YAML', async () => {
    const catalog = await createSampleRepo({
      'index.yaml': 'apiVersion: v1\nentries:\n  app:\n  - name: [unclosed\n',
    });
    dirs.push(path.dirname(catalog.dir));
    const dir = await workspace({});
    await chartCopy('buntime', path.join(dir, 'charts'));
    git(dir, ['init', '--quiet']);
    const run = await runCliInProcess(
      [
        'publish-chart-catalog',
        '--chart',
        'charts/buntime',
        '--target',
        'helm-repo',
        '--repository',
        catalog.remote,
        '--branch',
        'main',
        '--base-url',
        'https://charts.example.com',
      ],
      { workspace: dir, env: { SOURCE_DATE_EPOCH: '1714564800' } },
    );
    expect(run.exitCode).toBe(1);
    const line = errorLine(run);
    expect(line).toMatch(/^error: catalog: index\.yaml:5: not valid YAML/);
    expect(line.match(/index\.yaml:\d/g)).toHaveLength(1);
  });

  test('a config error that names its file without the line gets the line put in, once', async () => {
    const repo = await createSampleRepo({ '.github/release-kit.yml': '# tracks\nversions: []\n' });
    dirs.push(path.dirname(repo.dir));
    const run = await runCliInProcess(['check'], { workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    const line = errorLine(run);
    expect(line).toMatch(/^error: \.github\/release-kit\.yml:2: expected `versions:`/);
    expect(line.match(/release-kit\.yml/g)).toHaveLength(1);
  });
});

describe('locatedMessage', () => {
  test.each([
    ['bad heading', { file: 'CHANGELOG.md', line: 9 }, 'CHANGELOG.md:9: bad heading'],
    ['CHANGELOG.md:9: bad heading', { file: 'CHANGELOG.md', line: 9 }, 'CHANGELOG.md:9: bad heading'],
    ['CHANGELOG.md: bad heading', { file: 'CHANGELOG.md', line: 9 }, 'CHANGELOG.md:9: bad heading'],
    ['x.yml already exists', { file: 'x.yml' }, 'x.yml already exists'],
    ['x.yml.bak is in the way', { file: 'x.yml' }, 'x.yml: x.yml.bak is in the way'],
    ['no file', undefined, 'no file'],
  ])('%j at %j reads %j', (message, location, expected) => {
    expect(locatedMessage(message, location)).toBe(expected);
  });
});
