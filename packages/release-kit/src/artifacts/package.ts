// Plans and builds every platform's archive concurrently, then writes the checksums file.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError, invalidInput, showValue } from '../plumbing/errors.js';
import { writeFileAtomic } from '../plumbing/fs.js';
import { buildArchive, type ArchiveEntry } from './archive.js';
import { isSafeName, type Binary, type ExtraFile } from './binaries.js';
import { subjectChecksums } from './checksums.js';
import { ThreadHasher } from './hasher.js';
import {
  ARCHIVE_FORMATS,
  VALID_ARCH,
  VALID_OS,
  formatFor,
  platformKey,
  type ArchiveFormat,
  type Arch,
  type FormatChoice,
  type Os,
} from './platforms.js';
import { mapLimit } from '../plumbing/concurrency.js';
import { escapeRegExp } from '../plumbing/regexp.js';

export const DEFAULT_NAME_TEMPLATE = '{name}_{tag}_{os}_{arch}';
const PLACEHOLDERS = ['name', 'tag', 'version', 'os', 'arch'] as const;

export interface NameValues {
  name: string;
  tag: string;
  os: string;
  arch: string;
}

/**
 * Render an archive base name from `template`: `{name}`, `{tag}`, `{version}` (the tag without a
 * leading `v`), `{os}`, `{arch}`. It must hold `{os}` and `{arch}` so every platform's name differs,
 * and the result must be a bare file name.
 */
export function renderArchiveName(template: string, values: NameValues, input = 'name-template'): string {
  for (const [, placeholder] of template.matchAll(/\{([^}]*)\}/g)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(placeholder)) {
      throw invalidInput(input, template, `placeholders among ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
    }
  }
  if (!template.includes('{os}') || !template.includes('{arch}'))
    throw invalidInput(input, template, 'a template holding {os} and {arch}, e.g. {name}_{tag}_{os}_{arch}');
  const version = values.tag.replace(/^v(?=\d)/, '');
  const rendered = template.replace(/\{(name|tag|version|os|arch)\}/g, (_m, key: string) =>
    key === 'version' ? version : values[key as keyof NameValues],
  );
  if (!isSafeName(rendered))
    throw invalidInput(
      input,
      template,
      `a template whose result is a bare file name (got ${showValue(rendered)}, which holds a separator or ..)`,
    );
  return rendered;
}

/**
 * Whether a file name is one of this CLI's archives for `tag` by `template`, for any platform and
 * format: how the release's checksums file tells the archives it lists from other assets.
 */
export function archiveNameMatcher(template: string, values: { name: string; tag: string }): (name: string) => boolean {
  const version = values.tag.replace(/^v(?=\d)/, '');
  const parts = template.split(/(\{(?:name|tag|version|os|arch)\})/);
  const source = parts
    .map((part) =>
      part === '{name}'
        ? escapeRegExp(values.name)
        : part === '{tag}'
          ? escapeRegExp(values.tag)
          : part === '{version}'
            ? escapeRegExp(version)
            : part === '{os}'
              ? `(?:${VALID_OS.join('|')})`
              : part === '{arch}'
                ? `(?:${VALID_ARCH.join('|')})`
                : escapeRegExp(part),
    )
    .join('');
  const pattern = new RegExp(`^${source}\\.(?:${ARCHIVE_FORMATS.map(escapeRegExp).join('|')})$`);
  return (name) => pattern.test(name);
}

/** The archive file name for a format. */
export function archiveFileName(base: string, format: ArchiveFormat): string {
  return `${base}.${format}`;
}

/** `{name}_{tag}_checksums.txt` */
export function checksumsFileName(name: string, tag: string): string {
  return `${name}_${tag}_checksums.txt`;
}

/** The mtime stored in every archive entry (SOURCE_DATE_EPOCH, else HEAD's commit time). */
export { reproducibleTime as archiveMtime } from '../git/source-date.js';

export interface PackageOptions {
  /** The CLI's name: archive names and the binary's name inside each archive. */
  name: string;
  tag: string;
  binaries: readonly Binary[];
  extraFiles: readonly ExtraFile[];
  formats: FormatChoice;
  nameTemplate?: string;
  /** Where the archives and the checksums file are written (created when missing). */
  outputDir: string;
  mtime: Date;
  /** How many archives are built at once. Default: all of them. */
  concurrency?: number;
}

/** One archive that was built. */
export interface PackagedArchive {
  /** File name (no directory). */
  name: string;
  os: Os;
  arch: Arch;
  format: ArchiveFormat;
  path: string;
  size: number;
  sha256: string;
}

export interface PackageResult {
  archives: PackagedArchive[];
  checksumsName: string;
  checksumsFile: string;
  /** A file for actions/attest-build-provenance's `subject-checksums` (the checksums file itself). */
  subjectChecksumsFile: string;
  /** False when outputDir already held every archive and the checksums file byte for byte. */
  written: boolean;
}

/** The binary's name inside the archive: `name`, plus `.exe` on Windows. */
export function binaryEntryName(name: string, os: Os): string {
  return os === 'windows' ? `${name}.exe` : name;
}

/** Check `name` and `tag` are usable in file names, naming the input at fault. */
export function checkNameAndTag(name: string, tag: string): void {
  if (!isSafeName(name) || !/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name))
    throw invalidInput('name', name, 'a CLI name of letters, digits, ., _, + and - (no separators or ..)');
  if (!isSafeName(tag))
    throw invalidInput('tag', tag, 'a tag without / or .. (archive names hold it; set name-template to leave it out)');
}

/**
 * Build one archive per binary (concurrently; compression and hashing off the main thread), then
 * write `{name}_{tag}_checksums.txt`. Archives are named by the template and written to outputDir.
 */
export async function packageBinaries(options: PackageOptions): Promise<PackageResult> {
  checkNameAndTag(options.name, options.tag);
  const template = options.nameTemplate ?? DEFAULT_NAME_TEMPLATE;
  const plans = options.binaries.map((binary) => {
    const format = formatFor(options.formats, binary.os);
    const base = renderArchiveName(template, {
      name: options.name,
      tag: options.tag,
      os: binary.os,
      arch: binary.arch,
    });
    const fileName = archiveFileName(base, format);
    const entries: ArchiveEntry[] = [
      { source: binary.path, name: binaryEntryName(options.name, binary.os), mode: 0o755 },
      ...options.extraFiles.map((extra) => ({ source: extra.path, name: extra.name, mode: 0o644 })),
    ];
    return { binary, format, fileName, entries };
  });
  const seen = new Map<string, string>();
  for (const plan of plans) {
    const other = seen.get(plan.fileName);
    if (other)
      throw invalidInput(
        'name-template',
        template,
        `a template giving each platform its own name (${other} and ${platformKey(plan.binary)} both give ${plan.fileName})`,
      );
    seen.set(plan.fileName, platformKey(plan.binary));
  }
  const checksumsName = checksumsFileName(options.name, options.tag);
  if (seen.has(checksumsName))
    throw invalidInput(
      'name-template',
      template,
      `a template whose names differ from the checksums file ${checksumsName}`,
    );
  if (plans.length === 0)
    throw new UserError('no binaries to archive: set files or binaries', {
      input: 'files',
      valid: 'at least one binary',
    });

  await mkdir(options.outputDir, { recursive: true });
  const hasher = new ThreadHasher();
  try {
    const archives = await mapLimit(plans, options.concurrency ?? plans.length, async (plan) => {
      const built = await buildArchive(
        {
          file: path.join(options.outputDir, plan.fileName),
          format: plan.format,
          entries: plan.entries,
          mtime: options.mtime,
        },
        hasher,
      );
      return {
        name: plan.fileName,
        os: plan.binary.os,
        arch: plan.binary.arch,
        format: plan.format,
        path: built.file,
        size: built.size,
        sha256: built.sha256,
        written: built.written,
      };
    });
    archives.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const text = subjectChecksums(archives);
    const checksumsFile = path.join(options.outputDir, checksumsName);
    const checksumsWritten = (await readFile(checksumsFile, 'utf8').catch(() => undefined)) !== text;
    if (checksumsWritten) await writeFileAtomic(checksumsFile, text, 0o644);
    return {
      archives: archives.map(({ written: _written, ...archive }) => archive),
      checksumsName,
      checksumsFile,
      subjectChecksumsFile: checksumsFile,
      written: checksumsWritten || archives.some((a) => a.written),
    };
  } finally {
    await hasher.close();
  }
}
