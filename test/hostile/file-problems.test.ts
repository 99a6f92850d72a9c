// Refusals that come from the user's files, wherever they are raised: a symlink loop, a directory
// where a file belongs, an unreadable file, an alias bomb, bytes that are not UTF-8. Each ends as one
// line naming the file (exit 1), never as "release-kit bug" with a stack.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileProblem, readingFile } from '../../packages/release-kit/src/plumbing/errors.js';
import { runCliInProcess } from '../harness/in-process.js';
import { chartCopy } from '../charts/chart-fixtures.js';

/** A YAML document whose aliases expand to 9^9 nodes ("billion laughs"). */
export function aliasBomb(levels = 8): string {
  let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
  let previous = 'a';
  for (let i = 0; i < levels; i++) {
    text += `b${i}: &b${i} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
    previous = `b${i}`;
  }
  return text;
}

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-file-problems-'));
  dirs.push(dir);
  await chartCopy('buntime', dir);
  await writeFile(path.join(dir, 'notes.md'), '- fixed\n');
  return dir;
}

/** The one `error:` line of a run that must end in exit 1. */
function oneLine(run: { exitCode: number; stderr: string }): string {
  expect(run.stderr).not.toMatch(/release-kit bug|\n\s+at /);
  expect(run.exitCode).toBe(1);
  const lines = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
  expect(lines).toHaveLength(1);
  return lines[0];
}

describe('through an operation', () => {
  test('a symlink loop where a file is read (ELOOP)', async () => {
    const dir = await workspace();
    await symlink('loop-b', path.join(dir, 'loop-a'));
    await symlink('loop-a', path.join(dir, 'loop-b'));
    const run = await runCliInProcess(['chart-release-notes', '--notes', 'loop-a', '--chart', 'buntime'], {
      workspace: dir,
    });
    expect(oneLine(run)).toMatch(/^error: loop-a cannot be read \(ELOOP\); expected a regular file$/);
  });

  test('an alias bomb in Chart.yaml (chart-release-notes)', async () => {
    const dir = await workspace();
    await mkdir(path.join(dir, 'bomb'));
    await writeFile(path.join(dir, 'bomb', 'Chart.yaml'), aliasBomb());
    const run = await runCliInProcess(['chart-release-notes', '--notes', 'notes.md', '--chart', 'bomb'], {
      workspace: dir,
    });
    expect(oneLine(run)).toMatch(
      /^error: bomb\/Chart\.yaml:1: its aliases expand beyond \d+ times the document \(an alias bomb\)/,
    );
  });

  test('a changelog that is not UTF-8', async () => {
    const dir = await workspace();
    const text = Buffer.concat([
      Buffer.from('# Changelog\n\n## 1.0.0 - 2024-05-01\n\n- caf'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from('\n'),
    ]);
    await writeFile(path.join(dir, 'CHANGELOG.md'), text);
    const run = await runCliInProcess(['changelog', 'notes', '1.0.0'], { workspace: dir });
    expect(oneLine(run)).toMatch(
      /^error: CHANGELOG\.md:5: input 'changelog' has invalid value "CHANGELOG\.md": expected a changelog file in UTF-8$/,
    );
  });
});

describe('fileProblem', () => {
  const errno = (code: string, syscall: string, file?: string) =>
    Object.assign(new Error(`${code}: x, ${syscall}`), { code, syscall, ...(file ? { path: file } : {}) });

  test.each([
    [
      'EISDIR',
      'read',
      undefined,
      'a.yaml',
      /^a\.yaml: cannot read it: it is a directory \(EISDIR\); expected a regular file$/,
    ],
    ['ENOTDIR', 'open', '/ws/a/b', undefined, /^a\/b: cannot read it: a part of its path is a file/],
    ['EACCES', 'open', '/elsewhere/x', undefined, /^\/elsewhere\/x: cannot read it: permission denied \(EACCES\)/],
    ['EROFS', 'rename', '/ws/out', undefined, /^out: cannot write it: it is on a read-only file system \(EROFS\)/],
  ])('%s from %s', (code, syscall, carried, file, expected) => {
    const problem = fileProblem(errno(code, syscall, carried), file, '/ws');
    expect(problem?.message).toMatch(expected);
  });

  test('a bug stays a bug: a TypeError, or a system error naming no file', () => {
    expect(fileProblem(new TypeError('x is undefined'), 'a.yaml')).toBeUndefined();
    expect(fileProblem(errno('EISDIR', 'read'))).toBeUndefined();
    expect(fileProblem(errno('EADDRINUSE', 'listen', '/ws/sock'))).toBeUndefined();
  });

  test('readingFile names the file for a path-less refusal', async () => {
    const error = await readingFile('charts/x/Chart.yaml', () => {
      throw errno('EISDIR', 'read');
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^charts\/x\/Chart\.yaml: cannot read it: it is a directory/);
  });

  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  (root ? test.skip : test)('EACCES for real (skipped as root, who may read anything)', async () => {
    const dir = await workspace();
    await writeFile(path.join(dir, 'secret.md'), 'x', { mode: 0o000 });
    const run = await runCliInProcess(['chart-release-notes', '--notes', 'secret.md', '--chart', 'buntime'], {
      workspace: dir,
    });
    expect(oneLine(run)).toMatch(/^error: secret\.md: cannot read it: permission denied \(EACCES\)/);
  });
});
