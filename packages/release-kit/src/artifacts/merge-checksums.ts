// Merges the partial checksums files of split CLI jobs (one per runner, one shared file name) into one
// complete file, vouching for every line by the archive's own bytes.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError, invalidInput, showValue } from '../plumbing/errors.js';
import { resolveInside } from '../plumbing/fs.js';
import { isSafeName } from './binaries.js';
import { formatChecksums, parseChecksumLine, type ChecksumEntry } from './checksums.js';
import { sha256OfFile } from './hasher.js';

/** What a folder holds that the merge looks at: its checksums files and its archives. */
const CHECKSUMS_FILE = /checksums\.txt$/;
const ARCHIVE_FILE = /\.(tar\.gz|tgz|zip)$/;

interface Listed {
  sha256: string;
  /** `folder/file.txt:line`, workspace-relative, for messages. */
  where: string;
}

/**
 * Read every folder's checksums files and archives and work out the one complete file; refuse a line
 * that is malformed, conflicts with another, names an archive no folder holds (dangling) or whose
 * archive has other bytes, an archive no line lists, and two different archives of one name. Nothing
 * is written here: the caller writes only what passed. `output` defaults to the partial files' shared
 * name in the workspace root.
 */
export async function planMergedChecksums(
  workspace: string,
  dirs: readonly string[],
  output: string | undefined,
): Promise<{ file: string; text: string; archives: string[] }> {
  const rel = (absolute: string) => path.relative(workspace, absolute) || '.';
  const listed = new Map<string, Listed>();
  const files = new Map<string, string>();
  const partialNames = new Set<string>();
  for (const dir of dirs) {
    const folder = await resolveInside(workspace, dir, 'dir');
    let entries: import('node:fs').Dirent[];
    try {
      if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      throw invalidInput('dir', dir, 'an existing folder inside the workspace');
    }
    const regular = entries.filter((e) => e.isFile()).map((e) => e.name);
    const partials = regular.filter((name) => CHECKSUMS_FILE.test(name)).sort();
    if (!partials.length)
      throw new UserError(
        `input 'dir' has invalid value ${showValue(dir)}: it holds no checksums file (*checksums.txt); expected a folder with a job's archives and its checksums file`,
        { input: 'dir', value: dir },
      );
    for (const name of regular.filter((n) => ARCHIVE_FILE.test(n))) {
      const absolute = path.join(folder, name);
      const other = files.get(name);
      if (other && (await sha256OfFile(other)) !== (await sha256OfFile(absolute)))
        throw new UserError(
          `two different archives named ${name}: ${rel(other)} and ${rel(absolute)}; every archive of a release needs its own name`,
          { input: 'dir', value: dir },
        );
      files.set(name, other ?? absolute);
    }
    for (const partial of partials) {
      partialNames.add(partial);
      const absolute = path.join(folder, partial);
      const lines = (await readFile(absolute, 'utf8')).split('\n');
      if (lines.at(-1) === '') lines.pop();
      for (const [index, line] of lines.entries()) {
        const where = `${rel(absolute)}:${index + 1}`;
        const entry = parseChecksumLine(line);
        if (!entry || !isSafeName(entry.name))
          throw new UserError(
            `${where}: ${showValue(line)} is not a sha256sum line of a bare file name; expected "<64 hex digits>  <file name>"`,
            { value: line },
          );
        const { sha256, name } = entry;
        const earlier = listed.get(name);
        if (earlier && earlier.sha256 !== sha256)
          throw new UserError(
            `conflicting lines for ${name}: ${earlier.where} and ${where} list different sums (${earlier.sha256} and ${sha256}); rebuild so that one archive stands for the name`,
            { value: name },
          );
        if (!earlier) listed.set(name, { sha256, where });
      }
    }
  }
  const entries: ChecksumEntry[] = [];
  for (const [name, line] of listed) {
    const file = files.get(name);
    if (!file)
      throw new UserError(
        `${line.where} lists ${name}, which none of the folders holds; add the folder with that archive, or rebuild the job that wrote the line`,
        { value: name },
      );
    const actual = await sha256OfFile(file);
    if (actual !== line.sha256)
      throw new UserError(
        `${line.where}: ${name} has sha256 ${actual}, not the ${line.sha256} listed (${rel(file)} is corrupt or was rebuilt); rerun the job that built it`,
        { value: name },
      );
    entries.push({ name, sha256: line.sha256 });
  }
  for (const [name, file] of files)
    if (!listed.has(name))
      throw new UserError(
        `${rel(file)} is listed in no checksums file; add the folder whose checksums file lists it, or remove the stray archive`,
        { value: rel(file) },
      );
  let target = output;
  if (target === undefined) {
    if (partialNames.size !== 1)
      throw invalidInput(
        'output',
        '',
        `a file for the merged checksums: the checksums files are named differently (${[...partialNames].sort().join(', ')})`,
      );
    target = [...partialNames][0];
  }
  const file = await resolveInside(workspace, target, 'output');
  const text = formatChecksums(entries);
  return { file, text, archives: entries.map((e) => e.name).sort() };
}
