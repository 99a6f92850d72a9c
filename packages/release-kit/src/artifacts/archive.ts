// Writes one reproducible tar.gz or zip archive as a stream, hashing it on the way to disk.
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { ArchiveFormat } from './platforms.js';
import { sha256OfFile, type ThreadHasher } from './hasher.js';
import { Pack } from 'tar';
import yazl from 'yazl';

/** One file inside an archive. */
export interface ArchiveEntry {
  /** Absolute path of the file on disk (already checked to be inside the workspace). */
  source: string;
  /** Its name in the archive (a bare file name: every entry sits at the root). */
  name: string;
  /** Permission bits stored for it (0o755 for the binary, 0o644 for the rest). */
  mode: number;
}

export interface ArchiveSpec {
  /** Absolute path to write. */
  file: string;
  format: ArchiveFormat;
  entries: ArchiveEntry[];
  /** Stored as every entry's modification time. */
  mtime: Date;
}

export interface BuiltArchive {
  file: string;
  size: number;
  sha256: string;
  /** False when `file` already held exactly these bytes (it is then left untouched). */
  written: boolean;
}

/** zlib's level 6 (also gzip's default): fixed so the compressed bytes never depend on a default. */
const COMPRESSION_LEVEL = 6;
/** Bigger zlib chunks mean fewer thread-pool round trips and fewer hashing messages. */
const CHUNK_SIZE = 256 * 1024;
const READ_SIZE = 256 * 1024;

function byName(a: ArchiveEntry, b: ArchiveEntry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Build `spec.file` atomically (a sibling temp file renamed into place) and return its size and
 * SHA-256. Nothing is held in memory whole: files are read, packed, compressed, hashed and written
 * as one stream; compression runs on libuv's thread pool and hashing on the hasher's thread.
 */
export async function buildArchive(spec: ArchiveSpec, hasher: ThreadHasher): Promise<BuiltArchive> {
  const entries = [...spec.entries].sort(byName);
  for (let i = 1; i < entries.length; i++) {
    // A tar or zip may technically hold one name twice; extraction then keeps whichever came last.
    if (entries[i].name === entries[i - 1].name) throw new Error(`buildArchive: ${entries[i].name} added twice`);
  }
  const tmp = path.join(path.dirname(spec.file), `.${path.basename(spec.file)}.${randomBytes(6).toString('hex')}.tmp`);
  const { stream: hashTap, digest } = hasher.tap();
  try {
    const source =
      spec.format === 'zip' ? await zipStream(entries, spec.mtime) : await tarGzStreams(entries, spec.mtime);
    await pipeline([...source, hashTap, createWriteStream(tmp, { mode: 0o644 })]);
    const sha256 = await digest;
    const size = (await stat(tmp)).size;
    if (await holds(spec.file, size, sha256)) {
      await rm(tmp, { force: true });
      return { file: spec.file, size, sha256, written: false };
    }
    await rename(tmp, spec.file);
    return { file: spec.file, size, sha256, written: true };
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Whether `file` exists with this size and SHA-256 (a rerun into the same folder). */
async function holds(file: string, size: number, sha256: string): Promise<boolean> {
  try {
    if ((await stat(file)).size !== size) return false;
  } catch {
    return false;
  }
  return (await sha256OfFile(file)) === sha256;
}

/**
 * The tar package writes the headers (portable mode: no uid/gid/uname/gname/atime/ctime, so they
 * are stored as 0 and empty); `onWriteEntry` pins each entry's name, mode and mtime before its
 * header is encoded. The gzip member from zlib carries no file name and a zero mtime.
 */
async function tarGzStreams(entries: ArchiveEntry[], mtime: Date): Promise<(Readable | Transform)[]> {
  // tar reports each entry by its absolute path; one file may be added under two names (a binary that
  // an extra-files glob matches too), so each path keeps a queue of its entries in the order added.
  const byAbsolute = new Map<string, ArchiveEntry[]>();
  for (const entry of entries) byAbsolute.set(entry.source, [...(byAbsolute.get(entry.source) ?? []), entry]);
  const pack = new Pack({
    cwd: '/',
    portable: true,
    mtime,
    follow: true,
    strict: true,
    // tar reads files in 16 MiB slices by default; small slices keep six concurrent archives lean.
    maxReadSize: READ_SIZE,
    jobs: 1,
    onWriteEntry(entry) {
      const wanted = byAbsolute.get(entry.absolute)?.shift();
      if (!wanted || !entry.stat) throw new Error(`buildArchive: tar reported ${entry.absolute}, which was not added`);
      entry.path = wanted.name;
      entry.stat.mode = (entry.stat.mode & ~0o7777) | wanted.mode;
    },
  });
  for (const entry of entries) pack.add(path.relative('/', entry.source));
  pack.end();
  const gzip = zlib.createGzip({ level: COMPRESSION_LEVEL, chunkSize: CHUNK_SIZE });
  return [pack as unknown as Readable, gzip, fixedGzipOs()];
}

/**
 * zlib stamps the gzip header's OS byte with the OS it was compiled for (3 on Unix, 10 on
 * Windows); pin it to 3 so the bytes do not depend on the machine. zlib has no option for it, so
 * this one byte at offset 9 of the first chunk is set here.
 */
function fixedGzipOs(): Transform {
  let offset = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      if (offset <= 9 && offset + chunk.length > 9) chunk[9 - offset] = 3;
      offset += chunk.length;
      callback(null, chunk);
    },
  });
}

/**
 * A zip written by yazl with a fixed mtime and mode per entry. DOS timestamps are local time, so
 * the date is shifted by the local UTC offset to store the same fields on every machine; the
 * extended (UTC) timestamp field is left out because yazl would store the shifted time there too.
 */
async function zipStream(entries: ArchiveEntry[], mtime: Date): Promise<Readable[]> {
  const zip = new yazl.ZipFile();
  const localMtime = new Date(mtime.getTime() + mtime.getTimezoneOffset() * 60_000);
  for (const entry of entries) {
    zip.addFile(entry.source, entry.name, {
      mtime: localMtime,
      mode: 0o100000 | entry.mode,
      compress: true,
      compressionLevel: COMPRESSION_LEVEL,
      forceDosTimestamp: true,
    });
  }
  zip.end();
  return [zip.outputStream as Readable];
}
