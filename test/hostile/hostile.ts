// Hostile forms of a user's file (a directory, a FIFO, symlinks out or in a loop, bytes that are not
// UTF-8, a byte-order mark, a key given twice, a huge value, an alias bomb, nothing at all), written in
// place of the real file and undone afterwards.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, lstatSync, openSync, readFileSync } from 'node:fs';
import { chmod, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileRole, HostileFileKind } from './scenarios.js';

/** A YAML document whose aliases expand to 9^levels nodes ("billion laughs"): keys a, b0 … b(n-1). */
export function aliasBomb(levels = 8): string {
  let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
  let previous = 'a';
  for (let i = 0; i < levels; i++) {
    text += `b${i}: &b${i} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
    previous = `b${i}`;
  }
  return text;
}

/** The content of `kind` for a file holding `original`, when the kind is written as bytes. */
function hostileBytes(role: FileRole, kind: HostileFileKind, original: Buffer): Buffer {
  const text = original.toString('utf8');
  switch (kind) {
    case 'invalid-utf8': {
      const cut = original.indexOf(0x0a) + 1;
      return Buffer.concat([
        original.subarray(0, cut),
        Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x0a]),
        original.subarray(cut),
      ]);
    }
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), original]);
    case 'duplicate-keys':
      return Buffer.from(role.duplicate ? role.duplicate(text) : `${text}\n${text}`);
    case 'huge':
      return Buffer.from(role.huge ? role.huge(text) : `${'\u0000garbage'.repeat(1 << 18)}\n`);
    case 'alias-bomb':
      return Buffer.from(role.bomb ? role.bomb(text, aliasBomb()) : `${text.replace(/\n?$/, '\n')}${aliasBomb()}`);
    case 'empty':
      return Buffer.alloc(0);
    default:
      throw new Error(`${kind} is not written as bytes`);
  }
}

/**
 * Put the `kind` form of `role`'s file in place under `workspace`, with `outside` for symlink targets.
 * Returns the undo, which puts the original bytes and mode back.
 */
export async function makeHostile(
  workspace: string,
  outside: string,
  role: FileRole,
  kind: HostileFileKind,
): Promise<() => Promise<void>> {
  const file = path.join(workspace, role.path);
  const original = readFileSync(file);
  const mode = lstatSync(file).mode & 0o7777;
  const extra: string[] = [];
  await rm(file, { force: true });
  switch (kind) {
    case 'directory':
      await mkdir(file);
      await writeFile(path.join(file, 'inside.txt'), 'a directory where a file belongs\n');
      break;
    case 'fifo':
      execFileSync('mkfifo', [file]);
      break;
    case 'symlink-outside': {
      // The real content, outside the workspace: only where it lives is wrong.
      const target = path.join(outside, `${path.basename(role.path)}.outside`);
      await writeFile(target, original);
      extra.push(target);
      await symlink(target, file);
      break;
    }
    case 'symlink-loop': {
      const other = `${file}.loop`;
      await symlink(path.basename(other), file);
      await symlink(path.basename(file), other);
      extra.push(other);
      break;
    }
    case 'dangling-symlink':
      await symlink(path.join(outside, 'no-such-file'), file);
      break;
    default:
      await writeFile(file, hostileBytes(role, kind, original), { mode });
  }
  return async () => {
    // A reader blocked opening the FIFO (a case that hung) gets EOF: open the write end once and close it.
    if (kind === 'fifo') {
      try {
        closeSync(openSync(file, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // ENXIO: nobody is reading it.
      }
    }
    await rm(file, { recursive: true, force: true });
    for (const e of extra) await rm(e, { force: true });
    await writeFile(file, original);
    await chmod(file, mode);
  };
}
