// Reproducible chart archives: tar entries written through the `tar` package with fixed metadata,
// gzip through zlib without a name or timestamp; and reading a .tgz back into entries.
import { Header, Parser, Pax, type ReadEntry } from 'tar';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { UserError } from '../plumbing/errors.js';

const gzip = promisify(zlib.gzip);

/** helm's archive.MaxDecompressedFileSize: no file in a chart may be larger. */
export const MAX_CHART_FILE_SIZE = 5 * 1024 * 1024;
/** helm's archive.MaxDecompressedChartSize: the whole chart, uncompressed. */
export const MAX_CHART_SIZE = 100 * 1024 * 1024;

/** The refusal of a chart over helm's 100 MiB, which helm's own loader would refuse to load. */
export function chartTooLarge(where: string): UserError {
  return new UserError(
    `chart ${where} is larger than helm's limit of ${MAX_CHART_SIZE} bytes (100 MiB) uncompressed; helm refuses to load such a chart, so keep large files out of it (.helmignore)`,
    { value: where, location: { file: where } },
  );
}

/** One regular file of an archive: a slash-separated path and its bytes. */
export interface ArchiveEntry {
  path: string;
  data: Buffer;
  /** Modification time as stored in the archive (reading only). */
  mtime?: Date;
}

/**
 * A gzip-compressed tar of `entries`, in the given order. Every entry is a regular file with mode
 * 0644, owner 0:0 without names and mtime `mtime`, as helm writes them (helm uses the time of
 * packaging; we use a fixed time so the same sources give the same bytes). No directory entries,
 * again as helm. The gzip header carries no file name and no timestamp.
 */
export async function writeTarGz(entries: readonly ArchiveEntry[], mtime: Date): Promise<Buffer> {
  // The blocks laid out as tar's own Pack lays out an entry read from another archive (its
  // WriteEntryTar), with tar's Header and Pax encoders, but without the stream machinery around them,
  // which cost more than the compression for a chart of a few hundred small files. The bytes are the
  // same as Pack's (test/charts/package.test.ts holds them to it).
  // Whole seconds: tar stores seconds, and a pax record would otherwise carry the fraction.
  const seconds = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const size = entry.data.length;
    const header = new Header({
      path: entry.path,
      mode: 0o644,
      uid: 0,
      gid: 0,
      size,
      mtime: seconds,
      type: 'File',
      uname: '',
    });
    // encode() answers whether the plain header could not hold everything: then a pax record leads.
    if (header.encode()) {
      blocks.push(new Pax({ path: entry.path, size, uid: 0, gid: 0, mtime: seconds, uname: '' }).encode());
    }
    blocks.push(header.block!, entry.data);
    if (size % 512 !== 0) blocks.push(Buffer.alloc(512 - (size % 512)));
  }
  blocks.push(Buffer.alloc(1024));
  const chunks = blocks;
  // On libuv's thread pool, so the main thread goes on (a registry request, the lint) meanwhile. Level 9
  // stays: a different level would change the bytes, and so the digest, of every chart published so far.
  const gzipped = await gzip(Buffer.concat(chunks), { level: 9 });
  // zlib stamps the build platform into the header's OS byte; 255 ("unknown", as Go writes it)
  // keeps the bytes identical whether the runner is Linux, macOS or Windows.
  gzipped[9] = 255;
  return gzipped;
}

/**
 * The regular files of a .tgz, in archive order. Refuses what helm's archive loader refuses:
 * paths that climb out (`..`) or are absolute, files over 5 MiB, more than 100 MiB in all.
 * Directory entries and pax headers are skipped; links and devices are refused.
 */
export async function readTarGz(data: Buffer, where: string): Promise<ArchiveEntry[]> {
  let tarBytes: Buffer;
  try {
    tarBytes = zlib.gunzipSync(data, { maxOutputLength: MAX_CHART_SIZE + 1024 * 1024 });
  } catch (error) {
    // zlib stops at maxOutputLength with ERR_BUFFER_TOO_LARGE: the archive is fine, the chart too big.
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw chartTooLarge(where);
    throw new UserError(`${where}: not a gzip-compressed chart archive (${(error as Error).message})`, {
      value: where,
      location: { file: where },
    });
  }
  const entries: ArchiveEntry[] = [];
  const problems: string[] = [];
  let total = 0;
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      const path = entry.path.replace(/^\.\//, '');
      if (entry.type === 'Directory') return void entry.resume();
      if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'ContiguousFile') {
        problems.push(`entry ${JSON.stringify(path)} is a ${entry.type}, expected regular files only`);
        return void entry.resume();
      }
      if (path.startsWith('/') || path.split('/').includes('..')) {
        problems.push(`entry ${JSON.stringify(path)} escapes the chart; expected paths under the chart's directory`);
        return void entry.resume();
      }
      if ((entry.size ?? 0) > MAX_CHART_FILE_SIZE) {
        problems.push(`chart file ${JSON.stringify(path)} is larger than the maximum file size ${MAX_CHART_FILE_SIZE}`);
        return void entry.resume();
      }
      total += entry.size ?? 0;
      const parts: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => parts.push(chunk));
      entry.on('end', () => entries.push({ path, data: Buffer.concat(parts), mtime: entry.mtime }));
    },
  });
  const done = new Promise<void>((resolve, reject) => {
    parser.on('end', () => resolve());
    parser.on('error', reject);
    parser.on('warn', (code: string, message: string) => problems.push(`${code}: ${message}`));
  });
  parser.end(tarBytes);
  await done;
  if (total > MAX_CHART_SIZE) throw chartTooLarge(where);
  if (problems.length > 0) {
    throw new UserError(`${where}: ${problems[0]}`, { value: where, location: { file: where } });
  }
  return entries;
}
