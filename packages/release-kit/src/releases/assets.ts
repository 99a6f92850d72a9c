// Idempotent release-asset uploads: skip identical, replace on drafts, stream from disk, survive faults.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { GitHubClient } from '../github/client.js';
import { gitHubFailure } from '../github/errors.js';
import { UserError } from '../plumbing/errors.js';
import type { Logger } from '../plumbing/log.js';
import { silentLogger } from '../plumbing/log.js';
import { mapLimit } from '../plumbing/concurrency.js';
import {
  backoffMs,
  DEFAULT_RETRY_BASE_MS,
  describeNetworkError,
  isTransientNetworkError,
  retryDelayFor,
  sleep,
} from '../plumbing/retry.js';
import { formatChecksums, mergeChecksums, parseChecksums, type ChecksumEntry } from '../artifacts/checksums.js';
import { immutableReleaseError, isImmutableReleaseError, type Release, type ReleaseAsset } from './release.js';

/** A file on disk that should end up as a release asset. */
export interface LocalAsset {
  name: string;
  path: string;
  size: number;
  sha256: string;
  contentType: string;
}

/** What happened to one asset: `unchanged` (already there, same bytes), `uploaded` (new), `replaced`. */
export type AssetSyncState = 'uploaded' | 'unchanged' | 'replaced';

export interface SyncedAsset {
  name: string;
  state: AssetSyncState;
  url: string;
  id: number;
}

export interface SyncAssetsOptions {
  owner: string;
  repo: string;
  release: Release;
  /** Token for the raw upload and download requests (octokit's client carries its own). */
  token?: string;
  assets: readonly LocalAsset[];
  /**
   * The checksums file: merged into the release's copy (union by file name, ours win) so that
   * matrix jobs each adding their own archives end with one file listing all of them.
   */
  checksums?: { name: string; entries: readonly ChecksumEntry[] };
  /** Allow replacing a differing asset on a published (not immutable) release. */
  overwrite?: boolean;
  /** Uploads in flight at once. Default 4. */
  concurrency?: number;
  /** Attempts per upload. Default 6. */
  attempts?: number;
  /** Back-off base (the runner context's retryBaseMs); default 1000. Rate-limit waits are scaled by it too. */
  retryBaseMs?: number;
  log?: Logger;
}

interface Ctx {
  client: GitHubClient;
  options: SyncAssetsOptions;
  log: Logger;
  baseMs: number;
  attempts: number;
  /** Whether a differing asset may be replaced (draft, or overwrite on a mutable release). */
  mayReplace: boolean;
}

/** List the release's assets (all pages). */
export async function listAssets(
  client: GitHubClient,
  owner: string,
  repo: string,
  releaseId: number,
): Promise<ReleaseAsset[]> {
  return (await client.paginate(client.rest.repos.listReleaseAssets, {
    owner,
    repo,
    release_id: releaseId,
    per_page: 100,
  })) as ReleaseAsset[];
}

/** Delete an asset; a 404 means it is already gone, which is what was wanted. True when this call deleted it. */
async function deleteAsset(ctx: Ctx, asset: ReleaseAsset): Promise<boolean> {
  try {
    await ctx.client.rest.repos.deleteReleaseAsset({
      owner: ctx.options.owner,
      repo: ctx.options.repo,
      asset_id: asset.id,
    });
    return true;
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    return false;
  }
}

function authHeaders(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** GET an asset's bytes (following the redirect to storage); undefined when it vanished meanwhile. */
async function download(ctx: Ctx, asset: ReleaseAsset): Promise<Response | undefined> {
  const response = await withRetries(ctx, `download ${asset.name}`, () =>
    fetch(asset.url, {
      headers: { ...authHeaders(ctx.options.token), accept: 'application/octet-stream', 'user-agent': 'release-kit' },
      redirect: 'follow',
    }),
  );
  return response.status === 404 ? undefined : response;
}

/** Hash an asset's bytes as they stream (for assets without a `digest`); undefined when it is gone. */
async function downloadedSha256(ctx: Ctx, asset: ReleaseAsset): Promise<string | undefined> {
  const response = await download(ctx, asset);
  if (!response?.body) return undefined;
  const hash = createHash('sha256');
  for await (const chunk of Readable.fromWeb(response.body as import('node:stream/web').ReadableStream))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** An asset's text, or undefined when another job deleted it between listing and download. */
async function downloadedText(ctx: Ctx, asset: ReleaseAsset): Promise<string | undefined> {
  return (await download(ctx, asset))?.text();
}

/** Same size and SHA-256: by the asset's `digest` when GitHub has one, else by downloading it. */
async function sameContent(ctx: Ctx, asset: ReleaseAsset, local: { size: number; sha256: string }): Promise<boolean> {
  if (asset.state !== 'uploaded' || asset.size !== local.size) return false;
  if (asset.digest) return asset.digest.toLowerCase() === `sha256:${local.sha256}`;
  return (await downloadedSha256(ctx, asset)) === local.sha256;
}

/** Run a GET-like request until it answers 2xx, retrying 5xx, rate limits and resets. */
async function withRetries(ctx: Ctx, what: string, send: () => Promise<Response>): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      if (attempt >= ctx.attempts || !isTransientNetworkError(error)) throw error;
      ctx.log.info(`${what}: ${describeNetworkError(error)}; retrying`);
      await sleep(backoffMs(attempt - 1, ctx.baseMs));
      continue;
    }
    if (response.ok || response.status === 404) return response;
    const body = await response.text();
    const delay = retryDelayFor(response, attempt - 1, ctx.baseMs, body);
    if (delay === undefined || attempt >= ctx.attempts) {
      throw (
        gitHubFailure({
          status: response.status,
          method: 'GET',
          url: response.url,
          message: messageOf(body),
          headers: response.headers,
        }) ?? new Error(`${what} failed: HTTP ${response.status} ${body.slice(0, 300)}`)
      );
    }
    ctx.log.info(`${what}: HTTP ${response.status}; retrying in ${delay} ms`);
    await sleep(delay);
  }
}

/** GitHub's `message` from an error body, or the text itself. */
function messageOf(body: string): string {
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  } catch {
    // not JSON
  }
  return body.slice(0, 300);
}

type UploadOutcome =
  { kind: 'created'; asset: ReleaseAsset } | { kind: 'exists' } | { kind: 'retry'; delay: number; reason: string };

/**
 * One POST of the file to the uploads host. The body streams from disk with an explicit
 * Content-Length (fetch with `duplex: 'half'`), so memory stays flat whatever the file size.
 * octokit is not used here: its retry and throttling plugins would resend an already consumed
 * stream; retries are done by the caller with a fresh stream per attempt.
 */
async function postAsset(ctx: Ctx, local: LocalAsset, attempt: number): Promise<UploadOutcome> {
  const base = ctx.options.release.upload_url.replace(/\{[^}]*\}$/, '');
  const url = `${base}?name=${encodeURIComponent(local.name)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        ...authHeaders(ctx.options.token),
        accept: 'application/vnd.github+json',
        'content-type': local.contentType,
        'content-length': String(local.size),
        'user-agent': 'release-kit',
      },
      body: Readable.toWeb(createReadStream(local.path)) as unknown as ReadableStream,
      duplex: 'half',
    } as RequestInit);
  } catch (error) {
    if (!isTransientNetworkError(error)) throw error;
    return { kind: 'retry', delay: backoffMs(attempt - 1, ctx.baseMs), reason: describeNetworkError(error) };
  }
  const text = await response.text();
  if (response.status === 201 || response.status === 200)
    return { kind: 'created', asset: JSON.parse(text) as ReleaseAsset };
  if (response.status === 422) {
    let data: { message?: string; errors?: { code?: string }[] } = {};
    try {
      data = JSON.parse(text);
    } catch {
      // not JSON; fall through to the generic error
    }
    if (data.errors?.some((e) => e.code === 'already_exists')) return { kind: 'exists' };
    const error = Object.assign(new Error(data.message ?? text), { status: 422, response: { data } });
    if (isImmutableReleaseError(error)) throw immutableReleaseError(ctx.options.release.tag_name, error);
    throw new Error(`upload of ${local.name} refused: HTTP 422 ${text.slice(0, 300)}`);
  }
  const delay = retryDelayFor(response, attempt - 1, ctx.baseMs, text);
  if (delay !== undefined) return { kind: 'retry', delay, reason: `HTTP ${response.status}` };
  throw (
    gitHubFailure({
      status: response.status,
      method: 'POST',
      url,
      message: messageOf(text),
      headers: response.headers,
    }) ?? new Error(`upload of ${local.name} failed: HTTP ${response.status} ${text.slice(0, 300)}`)
  );
}

/**
 * Make the release hold `local` exactly once. After any failure or race the asset list is read
 * again: a complete asset with our bytes means done (a lost response, or a concurrent job that
 * uploaded the same file); a `starter` or truncated leftover is deleted before the next attempt.
 */
async function uploadExactlyOnce(ctx: Ctx, local: LocalAsset, replacing: boolean): Promise<SyncedAsset> {
  const { owner, repo, release } = ctx.options;
  for (let attempt = 1; attempt <= ctx.attempts; attempt++) {
    const outcome = await postAsset(ctx, local, attempt);
    if (outcome.kind === 'created') {
      return {
        name: local.name,
        state: replacing ? 'replaced' : 'uploaded',
        url: outcome.asset.browser_download_url,
        id: outcome.asset.id,
      };
    }
    if (outcome.kind === 'retry') {
      ctx.log.info(
        `upload ${local.name}: ${outcome.reason}; retrying in ${outcome.delay} ms (attempt ${attempt}/${ctx.attempts})`,
      );
      await sleep(outcome.delay);
    }
    const present = (await listAssets(ctx.client, owner, repo, release.id)).find((a) => a.name === local.name);
    if (!present) continue;
    if (await sameContent(ctx, present, local)) {
      // Our earlier attempt landed and only its response was lost, or another job uploaded these bytes.
      return {
        name: local.name,
        state:
          outcome.kind === 'exists' && !replacing && attempt === 1 ? 'unchanged' : replacing ? 'replaced' : 'uploaded',
        url: present.browser_download_url,
        id: present.id,
      };
    }
    if (present.state === 'uploaded' && !ctx.mayReplace) {
      throw new UserError(
        `release ${release.tag_name} already has a different ${local.name} (uploaded concurrently); set overwrite: true to replace it`,
        { input: 'overwrite', value: local.name },
      );
    }
    ctx.log.info(
      `upload ${local.name}: deleting the ${present.state === 'uploaded' ? 'different' : present.state} asset left on the release before retrying`,
    );
    await deleteAsset(ctx, present);
  }
  throw new Error(`upload of ${local.name} to release ${release.tag_name} failed after ${ctx.attempts} attempts`);
}

/**
 * The checksums file is shared by every matrix job of a release: read the release's copy, add our
 * lines, and swap it in (delete by id, then upload). A job only ever deletes the version it read,
 * and from then on carries that version's lines into everything it uploads, even when another job
 * slips its own version in before ours lands; so no job's lines are lost. A 422 already_exists or
 * a vanished id means another job swapped first, and the loop starts again from its version.
 */
async function syncChecksums(ctx: Ctx, name: string, ours: readonly ChecksumEntry[]): Promise<SyncedAsset> {
  const { owner, repo, release } = ctx.options;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-checksums-'));
  /** Lines of versions this job deleted: they exist nowhere else until our upload lands. */
  let carried: ChecksumEntry[] = [];
  try {
    for (let round = 1; round <= ctx.attempts * 2; round++) {
      const present = (await listAssets(ctx.client, owner, repo, release.id)).find((a) => a.name === name);
      const text = present && present.state === 'uploaded' ? await downloadedText(ctx, present) : '';
      if (text === undefined) continue; // swapped out by another job since the listing: read again
      const theirs = parseChecksums(text);
      const merged = formatChecksums(mergeChecksums(mergeChecksums(carried, theirs), ours));
      const sha256 = createHash('sha256').update(merged).digest('hex');
      const size = Buffer.byteLength(merged);
      if (present && (await sameContent(ctx, present, { size, sha256 }))) {
        return { name, state: 'unchanged', url: present.browser_download_url, id: present.id };
      }
      if (present && (await deleteAsset(ctx, present))) carried = mergeChecksums(carried, theirs);
      const file = path.join(dir, `${randomBytes(6).toString('hex')}-${name}`);
      await writeFile(file, merged);
      const local: LocalAsset = { name, path: file, size, sha256, contentType: 'text/plain' };
      for (let attempt = 1; attempt <= ctx.attempts; attempt++) {
        const outcome = await postAsset(ctx, local, attempt);
        if (outcome.kind === 'created')
          return {
            name,
            state: present ? 'replaced' : 'uploaded',
            url: outcome.asset.browser_download_url,
            id: outcome.asset.id,
          };
        if (outcome.kind === 'exists') break; // another job swapped in its version first: merge again
        ctx.log.info(`upload ${name}: ${outcome.reason}; retrying in ${outcome.delay} ms`);
        await sleep(outcome.delay);
        const now = (await listAssets(ctx.client, owner, repo, release.id)).find((a) => a.name === name);
        if (!now) continue;
        if (now.state === 'uploaded' && (await sameContent(ctx, now, local)))
          return { name, state: present ? 'replaced' : 'uploaded', url: now.browser_download_url, id: now.id };
        if (now.state !== 'uploaded') await deleteAsset(ctx, now);
        break; // a complete, different version: someone else's; merge again
      }
      await sleep(Math.floor(Math.random() * ctx.baseMs));
    }
    throw new Error(`could not update ${name} on release ${release.tag_name}: too many concurrent changes`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Bring the release's assets in line with `assets` (and merge the checksums file), uploading only
 * what differs. Every check that can refuse (published or immutable release, differing asset
 * without `overwrite`) runs before the first change, so a refused run changes nothing.
 * Returns one entry per local asset, then the checksums file.
 */
export async function syncReleaseAssets(client: GitHubClient, options: SyncAssetsOptions): Promise<SyncedAsset[]> {
  const release = options.release;
  const ctx: Ctx = {
    client,
    options,
    log: options.log ?? silentLogger,
    baseMs: options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS,
    attempts: options.attempts ?? 6,
    mayReplace: release.draft || (!!options.overwrite && !release.immutable),
  };
  const existing = new Map((await listAssets(client, options.owner, options.repo, release.id)).map((a) => [a.name, a]));

  type Plan = { local: LocalAsset; action: 'skip' | 'upload' | 'replace' | 'clean'; present?: ReleaseAsset };
  const plans: Plan[] = [];
  for (const local of options.assets) {
    const present = existing.get(local.name);
    if (!present) plans.push({ local, action: 'upload' });
    else if (present.state !== 'uploaded') plans.push({ local, action: 'clean', present });
    else if (await sameContent(ctx, present, local)) plans.push({ local, action: 'skip', present });
    else plans.push({ local, action: 'replace', present });
  }
  let checksumsChange: 'none' | 'add' | 'change' = 'none';
  if (options.checksums) {
    const present = existing.get(options.checksums.name);
    const theirs =
      present && present.state === 'uploaded' ? parseChecksums((await downloadedText(ctx, present)) ?? '') : [];
    const byName = new Map(theirs.map((e) => [e.name, e.sha256]));
    if (options.checksums.entries.some((e) => byName.has(e.name) && byName.get(e.name) !== e.sha256))
      checksumsChange = 'change';
    else if (!present || options.checksums.entries.some((e) => !byName.has(e.name))) checksumsChange = 'add';
  }

  if (!release.draft) {
    const differing = plans.filter((p) => p.action === 'replace').map((p) => p.local.name);
    if (checksumsChange === 'change') differing.push(options.checksums!.name);
    const anyChange = plans.some((p) => p.action !== 'skip') || checksumsChange !== 'none';
    if (release.immutable && anyChange) {
      const what = [
        ...plans.filter((p) => p.action !== 'skip').map((p) => p.local.name),
        ...(checksumsChange !== 'none' ? [options.checksums!.name] : []),
      ];
      throw immutableReleaseError(release.tag_name, { message: `would change ${what.join(', ')}` });
    }
    if (differing.length && !options.overwrite) {
      throw new UserError(
        `release ${release.tag_name} is published and already has different ${differing.join(', ')}; set overwrite: true to replace them, or cut a new release`,
        { input: 'overwrite', value: 'false', valid: 'true to replace assets of a published release' },
      );
    }
  }

  const synced = await mapLimit(plans, options.concurrency ?? 4, async (plan): Promise<SyncedAsset> => {
    if (plan.action === 'skip')
      return {
        name: plan.local.name,
        state: 'unchanged',
        url: plan.present!.browser_download_url,
        id: plan.present!.id,
      };
    if (plan.present) {
      ctx.log.info(
        plan.action === 'clean'
          ? `${plan.local.name}: deleting a ${plan.present.state} leftover of a failed upload`
          : `${plan.local.name}: differs from the release's copy; replacing it`,
      );
      await deleteAsset(ctx, plan.present);
    }
    return uploadExactlyOnce(ctx, plan.local, plan.action === 'replace');
  });
  // Last, so the release's checksums file never lists an archive that is not there yet.
  if (options.checksums) synced.push(await syncChecksums(ctx, options.checksums.name, options.checksums.entries));
  return synced;
}
