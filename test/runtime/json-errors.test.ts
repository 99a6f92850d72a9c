// With --json a failure prints one JSON object on stdout too, `{"error": {message, input, value, valid,
// location}}`, as the README promises for every command; the exit code and the stderr line stay.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCliInProcess } from '../harness/in-process.js';

let dir = '';
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function run(args: string[], files: Record<string, string> = {}) {
  dir = dir || (await mkdtemp(path.join(os.tmpdir(), 'rk-json-errors-')));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return runCliInProcess(args, { workspace: dir });
}

/** The whole of stdout as one JSON value (throws on a stray line). */
const whole = (stdout: string) => JSON.parse(stdout) as { error?: Record<string, unknown> };

describe('--json failures', () => {
  test('bad input: message, input, value and valid', async () => {
    const result = await run(['image-tags', '--version', 'v1.x', '--latest', 'never', '--json']);
    expect(result.exitCode).toBe(1);
    const { error } = whole(result.stdout);
    expect(error).toEqual({
      message: expect.stringMatching(/^input 'version' has invalid value "v1\.x"/),
      input: 'version',
      value: 'v1.x',
      valid: expect.any(String),
    });
    expect(result.stderr).toMatch(/^error: input 'version' has invalid value "v1\.x"/m);
  });

  test("a problem in a file carries the file's location", async () => {
    const changelog = '# Changelog\n\n## Unreleased\n\n## One point oh\n';
    const result = await run(['changelog', 'notes', '1.0.0', '--json'], { 'CHANGELOG.md': changelog });
    expect(result.exitCode).toBe(1);
    const { error } = whole(result.stdout);
    expect(error).toMatchObject({
      message: expect.stringMatching(/^CHANGELOG\.md:5: heading "## One point oh" is not a release heading/),
      location: { file: 'CHANGELOG.md', line: 5 },
    });
  });

  test('a usage error (unknown flag, exit 2) is one JSON object too', async () => {
    const result = await run(['image-tags', '--version', 'v1.2.3', '--bogus', 'x', '--json']);
    expect(result.exitCode).toBe(2);
    expect(whole(result.stdout).error).toEqual({
      message: expect.stringMatching(/^unknown flag --bogus for image-tags; valid flags: /),
    });
  });

  test('an unknown command with --json', async () => {
    const result = await run(['no-such-command', '--json']);
    expect(result.exitCode).toBe(2);
    expect(whole(result.stdout).error?.message).toMatch(/^unknown command "no-such-command"; valid commands: /);
  });

  test('without --json, stdout stays empty on failure', async () => {
    const result = await run(['image-tags', '--version', 'v1.x', '--latest', 'never']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
  });
});
