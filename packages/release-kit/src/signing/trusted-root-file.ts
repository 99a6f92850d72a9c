// A trusted_root.json named by an input, read before any heavy module loads (the operation checks it
// up front): light on purpose, so it imports only plumbing.
import { invalidInput } from '../plumbing/errors.js';
import { readFileInside } from '../plumbing/fs.js';

/**
 * A trusted_root.json named by an input, read the one way: a path inside the workspace (no line
 * breaks or NULs), a regular file (a FIFO there would block the read forever).
 */
export async function readTrustedRootFile(workspace: string, file: string, input: string): Promise<string> {
  if (/[\0\r\n]/.test(file)) throw invalidInput(input, file, 'the path of a trusted_root.json inside the workspace');
  return (await readFileInside(workspace, file, input, 'trusted_root.json')).text;
}
