// What both catalog targets share: the chart to publish, what became of it, the refusal to overwrite,
// and the catalog checkout's paths, which are never followed through a symlink.
import { lstat, mkdir, open, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { ChartMetadata } from '../charts/chartfile.js';
import { UserError } from '../plumbing/errors.js';
import { contentChunks, type FileContent } from './git-objects.js';

/** One packaged chart on its way into a catalog. */
export interface CatalogChart {
  /** The `chart` input line it came from. */
  chart: string;
  metadata: ChartMetadata;
  /** `<name>-<version>.tgz` */
  fileName: string;
  /** The reproducible archive (helm package's bytes). */
  data: Buffer;
  /** Release notes, for Rancher's app-readme.md (already in the archive's Chart.yaml annotation). */
  releaseNotes?: string;
}

/** What a run did with one chart. */
export interface ChartOutcome {
  chart: string;
  name: string;
  version: string;
  /** Where the version lives in the catalog repository (a folder, or the .tgz). */
  path: string;
  state: 'created' | 'unchanged';
  /** sha256 hex of the .tgz the index points at (helm-repo only). */
  digest?: string;
  /** Download URL recorded in the index (helm-repo only). */
  url?: string;
}

/** What one apply wrote into the checkout: each path (relative, `/`) with the content its blob must hold. */
export type WrittenFiles = Map<string, FileContent>;

/** A version already in the catalog with other content: never overwritten, the run stops before any commit. */
export function versionConflict(chart: CatalogChart, where: string, detail: string): UserError {
  const { name, version } = chart.metadata;
  return new UserError(
    `catalog: ${name} ${version} is already published at ${where} with different content (${detail}); a published chart version is never overwritten: bump the version in ${chart.chart}/Chart.yaml and publish again`,
    {
      input: 'chart',
      value: `${name} ${version}`,
      valid: 'a chart version the catalog does not hold yet, or the same content',
    },
  );
}

/**
 * The chart's version is the same SemVer version as one the catalog holds under another spelling
 * (`0.3.0` and `v0.3.0`, `0.3`): helm counts them as one version, so a second copy is never added.
 */
export function versionSpelledDifferently(chart: CatalogChart, published: string, where: string): UserError {
  const { name, version } = chart.metadata;
  return new UserError(
    `catalog: ${name} ${version} is version ${published}, already published at ${where}; helm counts them as one version, so it is never published twice: bump the version in ${chart.chart}/Chart.yaml, or publish it as ${published} to compare the content`,
    {
      input: 'chart',
      value: `${name} ${version}`,
      valid: `a chart version the catalog does not hold yet, or ${published} spelled as published`,
    },
  );
}

/**
 * The absolute path of `relative` (`/`-separated, already checked to stay below the root) in the
 * catalog checkout, after checking every component that exists: a symlink anywhere on the way
 * (`charts`, `charts/<name>`, `charts/<name>/<version>`, index.yaml, a .tgz) would redirect what is
 * read or written to another place in the catalog or outside it, so it is refused; so is a file
 * where a folder is expected. Components that do not exist yet are created later as real folders.
 */
export async function catalogPath(checkout: string, relative: string): Promise<string> {
  const parts = relative.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.some((part) => part === '..' || part === '.git'))
    throw new Error(`catalog path ${relative} climbs out of the checkout (a release-kit bug)`);
  for (let i = 0; i < parts.length; i++) {
    const where = parts.slice(0, i + 1).join('/');
    const info = await lstat(path.join(checkout, ...parts.slice(0, i + 1))).catch(() => undefined);
    if (!info) break;
    if (info.isSymbolicLink()) {
      const target = await readlink(path.join(checkout, where)).catch(() => '?');
      throw new UserError(
        `catalog: ${where} is a symlink (to ${target}) in the catalog; release-kit publishes into real folders and files only, never through a symlink: replace it in the catalog repository`,
        { value: where, valid: 'a real folder or file in the catalog' },
      );
    }
    if (i < parts.length - 1 && !info.isDirectory())
      throw new UserError(`catalog: ${where} is a file in the catalog where a folder is expected (for ${relative})`, {
        value: where,
        valid: 'a folder',
      });
  }
  return path.join(checkout, ...parts);
}

/**
 * Write a file into the catalog checkout (its path checked by catalogPath). The checkout is this
 * run's own and is thrown away on any failure, and git reads the file right after: the atomic,
 * fsynced write the workspace gets (writeFileAtomic) buys nothing here and would fsync a 46 MB
 * index.yaml on a large repository.
 */
export async function writeCatalogFile(file: string, content: FileContent): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'w', 0o644);
  try {
    for (const chunk of contentChunks(content))
      if (typeof chunk === 'string') await handle.write(chunk);
      else await handle.write(chunk);
  } finally {
    await handle.close();
  }
}
