// The entries run an operation from what their host gives them (environment, directory, output sinks),
// never from process globals: runtime/context.ts is the one reader of the environment (issue 21), so an
// operation runs in-process exactly as its bundle would, and two runs in one process do not mix.
import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { operation as releaseNotes } from '../../packages/release-kit/src/operations/release-notes-from-changelog.js';
import { closedPort, runActionInProcess, runCliInProcess } from '../harness/in-process.js';
import { chartCopy } from '../charts/chart-fixtures.js';

const CHANGELOG = '# Changelog\n\n## Unreleased\n\n## 1.0.0 - 2024-05-01\n\n### Added\n\n- The first release.\n';

const saved = { ...process.env };
const dirs: string[] = [];
afterEach(async () => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-entry-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe('an action run in-process', () => {
  test("takes its inputs and writes its outputs through its host's environment, not process.env", async () => {
    const dir = await workspace({ 'CHANGELOG.md': CHANGELOG });
    // Decoys in this process's own environment: the run must not see them.
    const decoy = path.join(dir, 'decoy-output');
    await writeFile(decoy, '');
    process.env.GITHUB_OUTPUT = decoy;
    process.env.INPUT_VERSION = '9.9.9';
    process.env.GITHUB_WORKSPACE = os.tmpdir();
    const run = await runActionInProcess(releaseNotes, { workspace: dir, inputs: { mode: 'notes', version: '1.0.0' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ state: 'unchanged', version: '1.0.0', tag: 'v1.0.0' });
    expect(run.outputs.body).toContain('The first release.');
    expect(await readFile(decoy, 'utf8')).toBe('');
  });

  test('a failure is one ::error:: line and exit code 1, with nothing set on this process', async () => {
    const dir = await workspace({ 'CHANGELOG.md': CHANGELOG });
    process.exitCode = undefined;
    const run = await runActionInProcess(releaseNotes, { workspace: dir, inputs: { mode: 'notes', version: '2.0.0' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
    expect(process.exitCode).toBeUndefined();
  });
});

describe('the CLI run in-process', () => {
  test("debug lines follow the host's RELEASE_KIT_DEBUG, not this process's", async () => {
    const dir = await workspace({});
    await chartCopy('buntime', dir);
    // A closed loopback port: every request fails at once, and each one is a debug line.
    const args = ['publish-chart-oci', '--chart', 'buntime', '--registry', `oci://127.0.0.1:${await closedPort()}/c`];
    process.env.RELEASE_KIT_DEBUG = '1';
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const quiet = await runCliInProcess([...args, '--plain-http'], { workspace: dir, env });
    expect(quiet.stderr).toMatch(/^error: could not reach registry 127\.0\.0\.1:\d+/m);
    expect(quiet.exitCode).toBe(1);
    expect(quiet.stdout + quiet.stderr).not.toMatch(/^debug: /m);
    delete process.env.RELEASE_KIT_DEBUG;
    const chatty = await runCliInProcess([...args, '--plain-http'], {
      workspace: dir,
      env: { ...env, RELEASE_KIT_DEBUG: '1' },
    });
    expect(chatty.exitCode).toBe(1);
    expect(chatty.stdout).toMatch(/^debug: oci: /m);
  });

  test("the working directory is the host's: GITHUB_WORKSPACE unset, the CLI works where it is run", async () => {
    const dir = await workspace({ 'CHANGELOG.md': CHANGELOG });
    process.env.GITHUB_WORKSPACE = os.tmpdir();
    const run = await runCliInProcess(['changelog', 'notes', '1.0.0', '--json'], { workspace: dir });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: '1.0.0' });
  });
});
