// Idempotent release-asset uploads (skip identical, replace on drafts, stream from disk, survive faults)
// and the release's checksums file, written once from the assets' digests after every archive is up.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { GitHubClient } from '../github/client.js';
import { GITHUB_TROUBLE, GITHUB_UNREACHABLE, gitHubFailure } from '../github/errors.js';
import { UserError, gaveUpMessage } from '../plumbing/errors.js';
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
import { formatChecksums, parseChecksums, type ChecksumEntry } from '../artifacts/checksums.js';
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

/** The release's checksums file: which asset it is and which assets it lists. */
export interface ReleaseChecksums {
  /** e.g. krt_v1.2.3_checksums.txt */
  name: string;
  /** Whether a release asset is one of the archives the file lists (this CLI's, by its name template). */
  isArchive: (assetName: string) => boolean;
}

export interface SyncAssetsOptions {
  owner: string;
  repo: string;
  release: Release;
  /** Token for the raw upload and download requests (octokit's client carries its own). */
  token?: string;
  assets: readonly LocalAsset[];
  /**
   * Write the release's checksums file once `assets` are up: one line per archive on the release (this
   * job's and every other job's), from the assets' digests. Absent: the checksums file is left alone.
   */
  checksums?: ReleaseChecksums;
  /** This run created the release a moment ago, so it holds nothing to compare with: skip the listing. */
  created?: boolean;
  /** Allow replacing a differing asset on a published (not immutable) release. */
  overwrite?: boolean;
  /** Uploads in flight at once. Default 20. */
  concurrency?: number;
  /** Attempts per request. Default 6. */
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

const listReleaseAssets = (ctx: Ctx) =>
  listAssets(ctx.client, ctx.options.owner, ctx.options.repo, ctx.options.release.id);

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

/**
 * One raw request that has failed for good, as the user can act on it: GitHub's refusals through the
 * one translation of github/errors.ts (permission, token, rate limit, immutable release), anything else
 * as what failed, after how many tries, and that a rerun is safe (every step here is idempotent).
 */
function gaveUp(
  what: string,
  tries: number,
  last: { status: number; method: string; url: string; body: string; headers: Headers } | { network: string },
): UserError {
  if ('status' in last) {
    const translated = gitHubFailure({
      status: last.status,
      method: last.method,
      url: last.url,
      message: messageOf(last.body),
      headers: last.headers,
    });
    if (translated) return translated;
  }
  // The wording every GitHub request gives up with (github/errors.ts, gitHubUnavailable), naming the asset.
  if ('status' in last)
    return new UserError(
      gaveUpMessage({
        failed: `GitHub kept failing the ${what}`,
        reason: `HTTP ${last.status}${last.body ? `: ${messageOf(last.body)}` : ''}`,
        tries,
        fix: `${GITHUB_TROUBLE}; it uploads only what is missing`,
      }),
    );
  return new UserError(
    gaveUpMessage({
      failed: `could not reach GitHub for the ${what}`,
      reason: last.network,
      tries,
      fix: `${GITHUB_UNREACHABLE}; it uploads only what is missing`,
    }),
  );
}

/**
 * GET an asset's bytes (following the redirect to storage), retrying 5xx, rate limits and resets;
 * undefined when it vanished meanwhile.
 */
async function download(ctx: Ctx, asset: ReleaseAsset): Promise<Response | undefined> {
  const what = `download of ${asset.name} from release ${ctx.options.release.tag_name}`;
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(asset.url, {
        headers: { ...authHeaders(ctx.options.token), accept: 'application/octet-stream', 'user-agent': 'release-kit' },
        redirect: 'follow',
      });
    } catch (error) {
      if (!isTransientNetworkError(error) || attempt >= ctx.attempts)
        throw gaveUp(what, attempt, { network: describeNetworkError(error) });
      ctx.log.info(`${what}: ${describeNetworkError(error)}; retrying`);
      await sleep(backoffMs(attempt - 1, ctx.baseMs));
      continue;
    }
    if (response.ok) return response;
    const body = await response.text();
    if (response.status === 404) return undefined;
    const delay = retryDelayFor(response, attempt - 1, ctx.baseMs, body);
    if (delay === undefined || attempt >= ctx.attempts)
      throw gaveUp(what, attempt, {
        status: response.status,
        method: 'GET',
        url: asset.url,
        body,
        headers: response.headers,
      });
    ctx.log.info(`${what}: HTTP ${response.status}; retrying in ${delay} ms`);
    await sleep(delay);
  }
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

/** An asset's SHA-256: its `digest` when GitHub gives one (no download), else hashed from its bytes. */
async function sha256Of(ctx: Ctx, asset: ReleaseAsset): Promise<string | undefined> {
  if (asset.digest?.toLowerCase().startsWith('sha256:')) return asset.digest.slice('sha256:'.length).toLowerCase();
  return downloadedSha256(ctx, asset);
}

/** Same size and SHA-256: by the asset's `digest` when GitHub has one, else by downloading it. */
async function sameContent(ctx: Ctx, asset: ReleaseAsset, local: { size: number; sha256: string }): Promise<boolean> {
  if (asset.state !== 'uploaded' || asset.size !== local.size) return false;
  return (await sha256Of(ctx, asset)) === local.sha256;
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
  | { kind: 'created'; asset: ReleaseAsset }
  | { kind: 'exists' }
  | { kind: 'retry'; delay: number; reason: string; failure: () => UserError };

/**
 * One POST of the file to the uploads host. The body streams from disk (or memory, for the checksums
 * file) with an explicit Content-Length (fetch with `duplex: 'half'`), so memory stays flat whatever
 * the file size. octokit is not used here: its retry and throttling plugins would resend an already
 * consumed stream; retries are done by the caller with a fresh stream per attempt. Every refusal
 * goes through `gaveUp`, i.e. github/errors.ts, as octokit's do through the client's error hook.
 */
async function postAsset(ctx: Ctx, local: LocalAsset | InMemoryAsset, attempt: number): Promise<UploadOutcome> {
  const base = ctx.options.release.upload_url.replace(/\{[^}]*\}$/, '');
  const url = `${base}?name=${encodeURIComponent(local.name)}`;
  const what = `upload of ${local.name} to release ${ctx.options.release.tag_name}`;
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
      body:
        'bytes' in local ? local.bytes : (Readable.toWeb(createReadStream(local.path)) as unknown as ReadableStream),
      duplex: 'half',
    } as RequestInit);
  } catch (error) {
    const network = describeNetworkError(error);
    if (!isTransientNetworkError(error)) throw gaveUp(what, attempt, { network });
    return {
      kind: 'retry',
      delay: backoffMs(attempt - 1, ctx.baseMs),
      reason: network,
      failure: () => gaveUp(what, attempt, { network }),
    };
  }
  const text = await response.text();
  if (response.status === 201 || response.status === 200)
    return { kind: 'created', asset: JSON.parse(text) as ReleaseAsset };
  const last = { status: response.status, method: 'POST', url, body: text, headers: response.headers };
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
    throw gaveUp(what, attempt, last);
  }
  const delay = retryDelayFor(response, attempt - 1, ctx.baseMs, text);
  if (delay !== undefined)
    return { kind: 'retry', delay, reason: `HTTP ${response.status}`, failure: () => gaveUp(what, attempt, last) };
  throw gaveUp(what, attempt, last);
}

/** The checksums file, held in memory (a few lines). */
interface InMemoryAsset {
  name: string;
  bytes: Buffer;
  size: number;
  sha256: string;
  contentType: string;
}

/**
 * Make the release hold `local` exactly once. After any failure or race the asset list is read
 * again: a complete asset with our bytes means done (a lost response, or a concurrent job that
 * uploaded the same file); a `starter` or truncated leftover is deleted before the next attempt.
 */
async function uploadExactlyOnce(ctx: Ctx, local: LocalAsset, replacing: boolean): Promise<SyncedAsset> {
  const { release } = ctx.options;
  const stuck = () =>
    new UserError(
      `upload of ${local.name} to release ${release.tag_name} failed after ${ctx.attempts} tries (another upload of the same name kept getting in the way); a rerun of the job is safe (it uploads only what is missing)`,
    );
  for (let attempt = 1; ; attempt++) {
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
      if (attempt >= ctx.attempts) throw outcome.failure();
      ctx.log.info(
        `upload ${local.name}: ${outcome.reason}; retrying in ${outcome.delay} ms (attempt ${attempt}/${ctx.attempts})`,
      );
      await sleep(outcome.delay);
    }
    const present = (await listReleaseAssets(ctx)).find((a) => a.name === local.name);
    if (!present && attempt >= ctx.attempts) throw stuck();
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
    if (attempt >= ctx.attempts) throw stuck();
    ctx.log.info(
      `upload ${local.name}: deleting the ${present.state === 'uploaded' ? 'different' : present.state} asset left on the release before retrying`,
    );
    await deleteAsset(ctx, present);
  }
}

/**
 * The checksums file the release should carry: one line per complete archive on it, each from the
 * asset's digest (this job's own from the bytes it uploaded). Lines come only from archives that are
 * on the release, so the file can never lose a line another job put there, nor list a missing file.
 */
async function checksumsFor(
  ctx: Ctx,
  checksums: ReleaseChecksums,
  listed: readonly ReleaseAsset[],
  ours: ReadonlyMap<string, LocalAsset>,
): Promise<InMemoryAsset> {
  const entries: ChecksumEntry[] = [...ours.values()]
    .filter((local) => checksums.isArchive(local.name))
    .map((local) => ({ name: local.name, sha256: local.sha256 }));
  const others = listed.filter(
    (asset) => asset.state === 'uploaded' && !ours.has(asset.name) && checksums.isArchive(asset.name),
  );
  for (const asset of others) {
    const sha256 = await sha256Of(ctx, asset);
    if (sha256) entries.push({ name: asset.name, sha256 });
  }
  const bytes = Buffer.from(formatChecksums(entries));
  return {
    name: checksums.name,
    bytes,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    contentType: 'text/plain',
  };
}

/**
 * Put the checksums file on the release, once. When the release's copy already has our bytes, nothing
 * is sent. A copy that differs (a partial one from jobs that each wrote their own, or a line of an
 * archive replaced on the draft) is swapped for the complete one: GitHub cannot replace an asset in
 * place, so that swap is the one moment the name is briefly free; a rerun then writes the complete
 * file again from the release's archives. A 422 already_exists means another job wrote its version
 * first: read the release again and start over from what it now holds.
 */
async function writeChecksums(
  ctx: Ctx,
  checksums: ReleaseChecksums,
  listed: readonly ReleaseAsset[],
  ours: ReadonlyMap<string, LocalAsset>,
): Promise<SyncedAsset> {
  let assets = listed;
  for (let round = 1; round <= ctx.attempts * 2; round++) {
    const wanted = await checksumsFor(ctx, checksums, assets, ours);
    const present = assets.find((a) => a.name === checksums.name);
    if (present && (await sameContent(ctx, present, wanted)))
      return { name: wanted.name, state: 'unchanged', url: present.browser_download_url, id: present.id };
    if (present) {
      ctx.log.info(
        `${checksums.name}: ${present.state === 'uploaded' ? 'the release holds a different copy' : `deleting a ${present.state} leftover`}; writing the file for all ${wanted.bytes.toString().split('\n').length - 1} archive(s)`,
      );
      await deleteAsset(ctx, present);
    }
    for (let attempt = 1; ; attempt++) {
      const outcome = await postAsset(ctx, wanted, attempt);
      if (outcome.kind === 'created')
        return {
          name: wanted.name,
          state: present ? 'replaced' : 'uploaded',
          url: outcome.asset.browser_download_url,
          id: outcome.asset.id,
        };
      if (outcome.kind === 'exists') break;
      if (attempt >= ctx.attempts) throw outcome.failure();
      ctx.log.info(`upload ${wanted.name}: ${outcome.reason}; retrying in ${outcome.delay} ms`);
      await sleep(outcome.delay);
      // Did the attempt land after all (a lost response), or leave a starter behind?
      const now = (await listReleaseAssets(ctx)).find((a) => a.name === wanted.name);
      if (now && (await sameContent(ctx, now, wanted)))
        return {
          name: wanted.name,
          state: present ? 'replaced' : 'uploaded',
          url: now.browser_download_url,
          id: now.id,
        };
      if (now) break;
    }
    assets = await listReleaseAssets(ctx);
    await sleep(Math.floor(Math.random() * ctx.baseMs));
  }
  throw new UserError(
    `could not write ${checksums.name} on release ${ctx.options.release.tag_name}: other jobs kept changing it; a rerun of the job is safe`,
  );
}

/**
 * Bring the release's assets in line with `assets`, uploading only what differs, then write the
 * checksums file (last, so it never lists an archive that is not there yet). Every check that can
 * refuse (published or immutable release, differing asset without `overwrite`) runs before the first
 * change, so a refused run changes nothing. An identical rerun costs one listing and sends no bytes.
 * Returns one entry per local asset, then the checksums file when it is written.
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
  const listed = options.created ? [] : await listReleaseAssets(ctx);
  const existing = new Map(listed.map((a) => [a.name, a]));

  type Plan = { local: LocalAsset; action: 'skip' | 'upload' | 'replace' | 'clean'; present?: ReleaseAsset };
  const plans: Plan[] = [];
  for (const local of options.assets) {
    const present = existing.get(local.name);
    if (!present) plans.push({ local, action: 'upload' });
    else if (present.state !== 'uploaded') plans.push({ local, action: 'clean', present });
    else if (await sameContent(ctx, present, local)) plans.push({ local, action: 'skip', present });
    else plans.push({ local, action: 'replace', present });
  }
  const ours = new Map(options.assets.map((a) => [a.name, a]));
  const checksums = options.checksums;
  // What the checksums file will be once our assets are up, against what the release holds now.
  let checksumsChange: 'none' | 'add' | 'change' = 'none';
  if (checksums) {
    const wanted = await checksumsFor(ctx, checksums, listed, ours);
    const present = existing.get(checksums.name);
    if (!present || !(await sameContent(ctx, present, wanted))) {
      checksumsChange = 'add';
      // Only a published release needs to know whether lines would change, not just be added.
      if (present?.state === 'uploaded' && !release.draft) {
        const text = (await download(ctx, present))?.text();
        const theirs = parseChecksums((await text) ?? '');
        const want = new Map(parseChecksums(wanted.bytes.toString()).map((e) => [e.name, e.sha256]));
        if (theirs.some((e) => want.get(e.name) !== e.sha256)) checksumsChange = 'change';
      }
    }
  }

  if (!release.draft) {
    const differing = plans.filter((p) => p.action === 'replace').map((p) => p.local.name);
    if (checksumsChange === 'change') differing.push(checksums!.name);
    const anyChange = plans.some((p) => p.action !== 'skip') || checksumsChange !== 'none';
    if (release.immutable && anyChange) {
      const what = [
        ...plans.filter((p) => p.action !== 'skip').map((p) => p.local.name),
        ...(checksumsChange !== 'none' ? [checksums!.name] : []),
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

  const synced = await mapLimit(plans, options.concurrency ?? 20, async (plan): Promise<SyncedAsset> => {
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
  if (checksums) synced.push(await writeChecksums(ctx, checksums, listed, ours));
  return synced;
}
