// Git object ids computed from bytes, as git hashes blob and tree objects: what a catalog commit must
// hold can be named and checked without a git process per file.
import { createHash } from 'node:crypto';

/** The repository's hash (`git rev-parse --show-object-format`). */
export type ObjectFormat = 'sha1' | 'sha256';

/** The id git gives a blob of these bytes, or of this text in UTF-8 (`git hash-object --no-filters`). */
export function blobId(data: Uint8Array | string, format: ObjectFormat): string {
  if (typeof data !== 'string') return createHash(format).update(`blob ${data.length}\0`).update(data).digest('hex');
  const hash = createHash(format).update(`blob ${Buffer.byteLength(data)}\0`);
  for (const chunk of utf8Chunks(data)) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * A long text in slices of about a MiB, never splitting a surrogate pair, so that each slice
 * encodes to its own part of the UTF-8 bytes: a 46 MB index.yaml is hashed and written without a
 * second whole copy in memory.
 */
export function* utf8Chunks(text: string, size = 1 << 20): Generator<string> {
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    // A slice ending on the first half of a surrogate pair would encode it alone: end before it (or after the pair).
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += end - 1 > at ? -1 : 1;
    yield text.slice(at, end);
    at = end;
  }
}

/**
 * The id of the tree git would record for `files` (paths relative to the tree, `/`-separated), every
 * file a regular non-executable one (mode 100644), as the catalog writes them.
 */
export function treeId(files: ReadonlyMap<string, Uint8Array>, format: ObjectFormat): string {
  const children = new Map<string, Uint8Array | Map<string, Uint8Array>>();
  for (const [file, data] of files) {
    const slash = file.indexOf('/');
    if (slash < 0) {
      children.set(file, data);
      continue;
    }
    const dir = file.slice(0, slash);
    let sub = children.get(dir);
    if (!(sub instanceof Map)) children.set(dir, (sub = new Map()));
    sub.set(file.slice(slash + 1), data);
  }
  // git sorts a tree's entries by name, comparing a folder's name as if it ended with '/'.
  const sortKey = (name: string) => (children.get(name) instanceof Map ? `${name}/` : name);
  const names = [...children.keys()].sort((a, b) => Buffer.compare(Buffer.from(sortKey(a)), Buffer.from(sortKey(b))));
  const body = names.map((name) => {
    const child = children.get(name)!;
    const id = child instanceof Map ? treeId(child, format) : blobId(child, format);
    return Buffer.concat([
      Buffer.from(`${child instanceof Map ? '40000' : '100644'} ${name}\0`),
      Buffer.from(id, 'hex'),
    ]);
  });
  const content = Buffer.concat(body);
  return createHash(format).update(`tree ${content.length}\0`).update(content).digest('hex');
}
