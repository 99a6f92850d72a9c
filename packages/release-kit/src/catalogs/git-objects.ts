// Git object ids computed from bytes, as git hashes blob and tree objects: what a catalog commit must
// hold can be named and checked without a git process per file.
import { createHash } from 'node:crypto';

/** The repository's hash (`git rev-parse --show-object-format`). */
export type ObjectFormat = 'sha1' | 'sha256';

/**
 * A file's content: bytes, or UTF-8 text as one string or as pieces of one (split where no
 * surrogate pair is cut): an index.yaml spliced without copying its unchanged parts.
 */
export type FileContent = Uint8Array | string | readonly string[];

/** The content in parts of about a MiB (bytes, or strings to encode as UTF-8), in order. */
export function* contentChunks(content: FileContent): Generator<Uint8Array | string> {
  if (content instanceof Uint8Array) yield content;
  else for (const piece of typeof content === 'string' ? [content] : content) yield* utf8Chunks(piece);
}

/** The content's size in bytes. */
export function contentLength(content: FileContent): number {
  if (content instanceof Uint8Array) return content.length;
  return (typeof content === 'string' ? [content] : content).reduce((n, piece) => n + Buffer.byteLength(piece), 0);
}

/** The id git gives a blob of this content (`git hash-object --no-filters`). */
export function blobId(content: FileContent, format: ObjectFormat): string {
  const hash = createHash(format).update(`blob ${contentLength(content)}\0`);
  for (const chunk of contentChunks(content)) hash.update(chunk);
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
