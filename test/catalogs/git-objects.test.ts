// Blob and tree ids computed in process must be the ids git itself gives the same bytes and files.
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { blobId, treeId, utf8Chunks } from '../../packages/release-kit/src/catalogs/git-objects.js';
import { git } from '../harness/git-fixture.js';

const gitHash = (data: Buffer) =>
  execFileSync('git', ['hash-object', '--no-filters', '--stdin'], { input: data }).toString().trim();

describe('git object ids', () => {
  test('blobs: bytes and UTF-8 text (surrogate pairs across slices) hash as git hashes them', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x0d, 0x0a, 0x00, 0xff]);
    expect(blobId(bytes, 'sha1')).toBe(gitHash(bytes));
    const text = `entries:\n  é: "🚀🚀"\n${'x'.repeat(3000)}🚀\n`;
    expect(blobId(text, 'sha1')).toBe(gitHash(Buffer.from(text)));
    for (const size of [1, 2, 3, 5]) expect([...utf8Chunks(text, size)].join('')).toBe(text);
    expect([...utf8Chunks('a🚀', 2)]).toEqual(['a', '🚀']);
  });

  test('trees: nested folders sort as git sorts them (a folder as name/)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-tree-'));
    const files = new Map<string, Buffer>([
      ['a.txt', Buffer.from('a\n')],
      ['a/b.txt', Buffer.from('b\n')],
      ['a-b', Buffer.from('c\n')],
      ['templates/_helpers.tpl', Buffer.from('{{/* */}}\n')],
      ['templates/deep/x.yaml', Buffer.from('x: 1\r\n')],
    ]);
    git(dir, ['init', '--quiet']);
    for (const [file, data] of files) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), data);
    }
    git(dir, ['add', '--all']);
    expect(treeId(files, 'sha1')).toBe(git(dir, ['write-tree']));
    await rm(dir, { recursive: true, force: true });
  });
});
