// Syncing a change into a catalog's git repository: fetch the branch tip, apply the change, commit,
// push; when the push loses a race (the branch moved), start again from the new tip, a bounded number of times.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Git, pushFailureReason } from '../git/git.js';
import { commitIdentityArgs } from '../git/release.js';
import { UserError } from '../plumbing/errors.js';
import { ExecError } from '../plumbing/exec.js';
import type { Logger } from '../plumbing/log.js';
import { backoffMs, sleep } from '../plumbing/retry.js';
import type { WrittenFiles } from './catalog.js';
import { blobId, contentLength, type ObjectFormat } from './git-objects.js';

export interface CatalogRemote {
  /** The repository URL (or local path) as given; it never carries credentials. */
  url: string;
  branch: string;
  /** git's environment for network commands: the token travels here (GIT_CONFIG_*), never in argv. */
  env: Record<string, string>;
}

/** What one attempt did to the checkout. */
export interface AppliedChange {
  /** False when the catalog already holds everything: nothing is committed or pushed. */
  changed: boolean;
  /** The commit message when changed. */
  message: string;
  /** Paths (relative to the checkout) to stage. */
  paths: string[];
  /** Every file written, with the bytes its committed blob must hold (checked before the push). */
  written: WrittenFiles;
}

export interface SyncResult {
  /** The pushed commit, or undefined when nothing changed. */
  commit?: string;
  attempts: number;
}

export interface SyncOptions {
  remote: CatalogRemote;
  /** A directory under which each attempt gets a fresh checkout. */
  workDir: string;
  /** Make the change in `checkout` (a checkout of the branch tip; empty when the branch does not exist yet). */
  apply: (checkout: string, attempt: number) => Promise<AppliedChange>;
  maxAttempts: number;
  log: Logger;
  /** Back-off base in ms (the runner context's retryBaseMs). */
  retryBaseMs: number;
}

/**
 * Apply a change on the tip of `remote.branch` and push it without force. A rejected push whose
 * cause is that the branch moved (another publisher landed first) is retried from a fresh fetch
 * of the new tip, re-applying the change there rather than rebasing: re-applying re-reads the
 * catalog, so a merged index.yaml is merged again instead of conflicting, and a version the other
 * publisher just added is judged again (unchanged or refused). Any other refusal stops at once.
 */
export async function syncCatalog(options: SyncOptions): Promise<SyncResult> {
  const { remote, log } = options;
  for (let attempt = 1; ; attempt++) {
    const checkout = await mkdtemp(path.join(options.workDir, `attempt-${attempt}-`));
    try {
      const git = new Git(checkout);
      const tip = await fetchTip(git, remote);
      log.info(
        tip
          ? `catalog: ${remote.branch} is at ${tip}`
          : `catalog: branch ${remote.branch} does not exist yet; it will be created`,
      );
      const change = await options.apply(checkout, attempt);
      if (!change.changed) return { attempts: attempt };
      await git.exec(['add', '--all', '--', ...change.paths]);
      const identity = await commitIdentityArgs(git);
      await git.exec([...identity, 'commit', '--quiet', '--no-verify', '--cleanup=verbatim', '-m', change.message]);
      const commit = await git.head();
      await checkCommittedBlobs(git, change.written);
      const pushed = await push(git, remote);
      if (pushed === true) {
        log.info(`catalog: pushed ${commit} to ${remote.branch}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
        return { commit, attempts: attempt };
      }
      const now = await remoteTip(git, remote);
      if (now === tip) {
        throw new UserError(
          `catalog: the push to ${remote.branch} of ${remote.url} was refused (${pushed}); check branch protection and the token's access (contents: write)`,
          {
            input: 'token',
            value: '***',
            valid: 'a token that can push to the catalog branch',
          },
        );
      }
      if (attempt >= options.maxAttempts) {
        throw new UserError(
          `catalog: ${remote.branch} of ${remote.url} moved during each of ${attempt} attempts (other publishers); nothing of this run landed; run it again`,
          {
            input: 'max-attempts',
            value: options.maxAttempts,
            valid: 'more attempts, or fewer concurrent publishers',
          },
        );
      }
      const wait = backoffMs(attempt - 1, options.retryBaseMs);
      log.info(
        `catalog: ${remote.branch} moved to ${now ?? '(deleted)'} while pushing; re-applying on the new tip in ${wait} ms (attempt ${attempt + 1} of ${options.maxAttempts})`,
      );
      await sleep(wait);
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  }
}

/**
 * Attributes for every path of the checkout, above the catalog's own .gitattributes (info/attributes
 * wins over them) and the user's core.autocrlf: no end-of-line conversion, clean/smudge filter
 * (git-lfs included), $Id$ expansion or re-encoding, so the checkout holds the committed bytes and a
 * commit holds the bytes written. A catalog's `* text eol=lf` would otherwise rewrite a .tgz's CRLF
 * byte pairs (its digest no longer matching index.yaml) and a Rancher chart's CRLF files.
 */
const EXACT_BYTES_ATTRIBUTES = '* -text -crlf -eol -filter -ident -working-tree-encoding\n';

/** A fresh repository in `git.cwd` checked out at the branch tip; returns the tip, or null when the branch is absent. */
async function fetchTip(git: Git, remote: CatalogRemote): Promise<string | null> {
  await git.exec(['init', '--quiet']);
  const attributes = path.resolve(git.cwd, await git.exec(['rev-parse', '--git-path', 'info/attributes']));
  await mkdir(path.dirname(attributes), { recursive: true });
  await writeFile(attributes, EXACT_BYTES_ATTRIBUTES);
  await git.exec(['remote', 'add', 'origin', '--', remote.url]);
  const tip = await remoteTip(git, remote);
  if (tip === null) {
    await git.exec(['symbolic-ref', 'HEAD', `refs/heads/${remote.branch}`]);
    return null;
  }
  // Fetch the branch, not the commit ls-remote saw: the branch may have moved since, and a commit
  // that is no longer a tip cannot be fetched from every server.
  const tracking = `refs/remotes/origin/${remote.branch}`;
  await network(
    git,
    ['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${remote.branch}:${tracking}`],
    remote,
    'fetch',
  );
  const fetched = await git.exec(['rev-parse', '--verify', `${tracking}^{commit}`]);
  await git.exec(['checkout', '--quiet', '-B', remote.branch, fetched]);
  return fetched;
}

/**
 * Every written file's blob in the new commit must be the bytes written, as a regular file: checked
 * by object id before anything is pushed, whatever git configuration the machine or catalog has.
 */
async function checkCommittedBlobs(git: Git, written: WrittenFiles): Promise<void> {
  if (written.size === 0) return;
  const format: ObjectFormat = (await git.exec(['rev-parse', '--show-object-format'])) === 'sha256' ? 'sha256' : 'sha1';
  const listed = new Map<string, { mode: string; id: string }>();
  const out = await git.exec([
    '--literal-pathspecs',
    'ls-tree',
    '-r',
    '-z',
    '--full-tree',
    'HEAD',
    '--',
    ...written.keys(),
  ]);
  for (const record of out.split('\0').filter(Boolean)) {
    const [meta, file] = [record.slice(0, record.indexOf('\t')), record.slice(record.indexOf('\t') + 1)];
    const [mode, , id] = meta.split(' ');
    listed.set(file, { mode, id });
  }
  for (const [file, data] of written) {
    const expected = blobId(data, format);
    const got = listed.get(file);
    if (got?.mode !== '100644' || got.id !== expected) {
      throw new UserError(
        `catalog: git committed ${file} as ${got ? `${got.mode} ${got.id}` : 'nothing'}, not the ${contentLength(data)} bytes release-kit wrote (blob ${expected}); a git attribute, filter or hook rewrote it, and nothing was pushed`,
        { value: file, valid: 'a catalog commit that holds the packaged bytes' },
      );
    }
  }
}

/** The branch tip on the remote (by ls-remote), or null when the branch does not exist. */
async function remoteTip(git: Git, remote: CatalogRemote): Promise<string | null> {
  const out = await network(git, ['ls-remote', '--heads', 'origin', `refs/heads/${remote.branch}`], remote, 'read');
  const line = out.split('\n').find((l) => l.endsWith(`\trefs/heads/${remote.branch}`));
  return line ? line.split('\t')[0] : null;
}

/** true when pushed, else git's one-line reason for the refusal. */
async function push(git: Git, remote: CatalogRemote): Promise<true | string> {
  try {
    await git.exec(['push', '--quiet', '--porcelain', 'origin', `HEAD:refs/heads/${remote.branch}`], remote.env);
    return true;
  } catch (error) {
    if (!(error instanceof ExecError)) throw error;
    return pushFailureReason(error.result);
  }
}

async function network(git: Git, args: string[], remote: CatalogRemote, what: 'read' | 'fetch'): Promise<string> {
  try {
    return await git.exec(args, remote.env);
  } catch (error) {
    if (!(error instanceof ExecError)) throw error;
    const reason = error.result.stderr.trim().split('\n').pop() ?? '';
    throw new UserError(
      `catalog: cannot ${what} ${remote.url} (${reason}); check the repository input (OWNER/REPO is on GitHub or server-url; any other host, such as GitLab, needs the full https:// URL) and the token's access`,
      {
        input: 'repository',
        value: remote.url,
        valid: 'a git repository the token can read and push',
      },
    );
  }
}
