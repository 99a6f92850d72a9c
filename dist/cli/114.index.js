export const id = 114;
export const ids = [114,526];
export const modules = {

/***/ 7968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ mergeChecksums),
/* harmony export */   lc: () => (/* binding */ subjectChecksums),
/* harmony export */   ss: () => (/* binding */ formatChecksums),
/* harmony export */   yk: () => (/* binding */ parseChecksums)
/* harmony export */ });
/* unused harmony export MAX_ATTESTATION_SUBJECTS */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
// The checksums file (`sha256sum` format) and the attest-build-provenance subject limit.

/** actions/attest-build-provenance refuses more subjects than this in one attestation. */
const MAX_ATTESTATION_SUBJECTS = 1024;
function compareNames(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
/**
 * `<sha256>  <name>` lines (two spaces: sha256sum's text mode), sorted by name, newline-terminated.
 * Bare names, so `sha256sum --check --ignore-missing` works in any folder holding some of the files.
 */
function formatChecksums(entries) {
    const sorted = [...entries].sort(compareNames);
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].name === sorted[i - 1].name)
            throw new Error(`formatChecksums: ${sorted[i].name} listed twice`);
    }
    return sorted.map((e) => `${e.sha256}  ${e.name}\n`).join('');
}
/** Parse a checksums file back (lines it does not understand are ignored; `*name` binary mode accepted). */
function parseChecksums(text) {
    const entries = [];
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
        if (match)
            entries.push({ sha256: match[1], name: match[2] });
    }
    return entries;
}
/**
 * Union of two checksum lists by name; `ours` wins on a clash. Used when several matrix jobs add
 * their archives to one release's checksums file.
 */
function mergeChecksums(theirs, ours) {
    const byName = new Map(theirs.map((e) => [e.name, e]));
    for (const entry of ours)
        byName.set(entry.name, entry);
    return [...byName.values()].sort(compareNames);
}
/**
 * The content for attest-build-provenance's `subject-checksums` input (the same sha256sum format),
 * failing clearly when there are more subjects than it accepts.
 */
function subjectChecksums(entries) {
    if (entries.length > MAX_ATTESTATION_SUBJECTS) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${entries.length} archives exceed the ${MAX_ATTESTATION_SUBJECTS} subjects actions/attest-build-provenance accepts in one attestation; split the platforms across several runs`, { value: entries.length, valid: `at most ${MAX_ATTESTATION_SUBJECTS} archives` });
    }
    return formatChecksums(entries);
}


/***/ }),

/***/ 93539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ gitHubFailure)
/* harmony export */ });
/* unused harmony export GitHubRequestError */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
// GitHub's refusals as the user can act on them: the permission the job lacks, the token, the rate limit, the immutable release.
// Every GitHub request (octokit's through the client's error hook, and the raw upload/download fetches)
// fails through `gitHubFailure`, so a missing `contents: write` reads as that, not as a bug with a stack.

/** A refusal from GitHub the user can fix. Keeps `status` and `response` (data, headers) as octokit's errors do, for callers that branch on them. */
class GitHubRequestError extends _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    status;
    response;
    /** GitHub's own message, for callers that word the error themselves. */
    gitHubMessage;
    constructor(message, status, data, headers, gitHubMessage) {
        super(message);
        this.name = 'GitHubRequestError';
        this.status = status;
        this.response = { data, headers };
        this.gitHubMessage = gitHubMessage;
    }
}
/**
 * The UserError for a request GitHub refused in a way the user must fix, or undefined for an answer
 * the caller interprets itself (404 "no such release", 422 "already exists"…) or a fault that stays a bug.
 */
function gitHubFailure(failure) {
    const { status } = failure;
    const what = `${failure.method.toUpperCase()} ${pathOf(failure.url)}`;
    const said = failure.message ? `: ${failure.message.replace(/\s+-\s+https?:\S+$/, '')}` : '';
    const header = (name) => headerOf(failure.headers, name);
    const refuse = (message) => new GitHubRequestError(message, status, failure.data ?? { message: failure.message }, headerRecord(failure.headers), failure.message);
    const rateLimited = header('x-ratelimit-remaining') === '0' || header('retry-after') !== undefined || /rate limit/i.test(failure.message ?? '');
    if ((status === 403 || status === 429) && rateLimited) {
        const reset = Number(header('x-ratelimit-reset'));
        const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
        return refuse(`GitHub rate limit reached for ${what} (HTTP ${status}${said})${when}: rerun the job later, or give it a token with its own limit`);
    }
    if (status === 401) {
        return refuse(`GitHub rejected the token for ${what} (HTTP 401${said}): pass a valid token (the action's 'token' input, or GITHUB_TOKEN for the CLI)`);
    }
    if (status === 403) {
        const permission = permissionFor(failure.method, failure.url);
        return refuse(`GitHub denied ${what} (HTTP 403${said}): the job's token needs '${permission}' (set it under the job's permissions:)`);
    }
    if (status === 422 && /immutable release/i.test(`${failure.message ?? ''} ${JSON.stringify(failure.data ?? '')}`)) {
        return refuse(`GitHub refused ${what} (HTTP 422${said}): the release is published and immutable, so its tag and assets can no longer change; cut a new patch release that supersedes it`);
    }
    return undefined;
}
/** The `permissions:` entry a job needs for this request (GitHub's permission for the endpoint). */
function permissionFor(method, url) {
    const write = !/^(GET|HEAD)$/i.test(method);
    const path = pathOf(url);
    if (/\/attestations\b/.test(path))
        return write ? 'attestations: write' : 'attestations: read';
    if (/\/packages\b/.test(path))
        return write ? 'packages: write' : 'packages: read';
    if (/\/(pulls|issues)\b/.test(path))
        return write ? 'pull-requests: write' : 'pull-requests: read';
    // Releases, assets, git refs and contents all sit under the contents permission.
    return write ? 'contents: write' : 'contents: read';
}
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url.replace(/\?.*$/, '');
    }
}
function headerRecord(headers) {
    if (!headers)
        return {};
    if (typeof headers.get === 'function')
        return Object.fromEntries(headers.entries());
    return Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
}
function headerOf(headers, name) {
    if (!headers)
        return undefined;
    if (typeof headers.get === 'function')
        return headers.get(name) ?? undefined;
    const value = headers[name];
    return value === undefined ? undefined : String(value);
}


/***/ }),

/***/ 92098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
// Bounded concurrency: one limiter for every place that runs many uploads, hashes or checks at once.
/**
 * Run `task` over `items` with at most `limit` in flight, keeping the input order in the result.
 * After the first failure no new item starts; the ones in flight finish, then that first error is
 * thrown, so a caller never sees a half-started batch keep going behind its back.
 */
async function mapLimit(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    let failed;
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length && failed === undefined) {
            const index = next++;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failed ??= error;
            }
        }
    });
    await Promise.all(workers);
    if (failed !== undefined)
        throw failed;
    return results;
}


/***/ }),

/***/ 90114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncReleaseAssets: () => (/* binding */ syncReleaseAssets)
/* harmony export */ });
/* unused harmony export listAssets */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93539);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49983);
/* harmony import */ var _plumbing_concurrency_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(92098);
/* harmony import */ var _plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(28135);
/* harmony import */ var _artifacts_checksums_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7968);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(62526);
// Idempotent release-asset uploads: skip identical, replace on drafts, stream from disk, survive faults.













/** List the release's assets (all pages). */
async function listAssets(client, owner, repo, releaseId) {
    return (await client.paginate(client.rest.repos.listReleaseAssets, { owner, repo, release_id: releaseId, per_page: 100 }));
}
/** Delete an asset; a 404 means it is already gone, which is what was wanted. True when this call deleted it. */
async function deleteAsset(ctx, asset) {
    try {
        await ctx.client.rest.repos.deleteReleaseAsset({ owner: ctx.options.owner, repo: ctx.options.repo, asset_id: asset.id });
        return true;
    }
    catch (error) {
        if (error.status !== 404)
            throw error;
        return false;
    }
}
function authHeaders(token) {
    return token ? { authorization: `Bearer ${token}` } : {};
}
/** GET an asset's bytes (following the redirect to storage); undefined when it vanished meanwhile. */
async function download(ctx, asset) {
    const response = await withRetries(ctx, `download ${asset.name}`, () => fetch(asset.url, { headers: { ...authHeaders(ctx.options.token), accept: 'application/octet-stream', 'user-agent': 'release-kit' }, redirect: 'follow' }));
    return response.status === 404 ? undefined : response;
}
/** Hash an asset's bytes as they stream (for assets without a `digest`); undefined when it is gone. */
async function downloadedSha256(ctx, asset) {
    const response = await download(ctx, asset);
    if (!response?.body)
        return undefined;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.fromWeb(response.body))
        hash.update(chunk);
    return hash.digest('hex');
}
/** An asset's text, or undefined when another job deleted it between listing and download. */
async function downloadedText(ctx, asset) {
    return (await download(ctx, asset))?.text();
}
/** Same size and SHA-256: by the asset's `digest` when GitHub has one, else by downloading it. */
async function sameContent(ctx, asset, local) {
    if (asset.state !== 'uploaded' || asset.size !== local.size)
        return false;
    if (asset.digest)
        return asset.digest.toLowerCase() === `sha256:${local.sha256}`;
    return (await downloadedSha256(ctx, asset)) === local.sha256;
}
/** Run a GET-like request until it answers 2xx, retrying 5xx, rate limits and resets. */
async function withRetries(ctx, what, send) {
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await send();
        }
        catch (error) {
            if (attempt >= ctx.attempts || !(0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .isTransientNetworkError */ .l)(error))
                throw error;
            ctx.log.info(`${what}: ${(0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .describeNetworkError */ .gl)(error)}; retrying`);
            await (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .sleep */ .yy)((0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .backoffMs */ .jo)(attempt - 1, ctx.baseMs));
            continue;
        }
        if (response.ok || response.status === 404)
            return response;
        const body = await response.text();
        const delay = (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .retryDelayFor */ .TI)(response, attempt - 1, ctx.baseMs, body);
        if (delay === undefined || attempt >= ctx.attempts) {
            throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .gitHubFailure */ .o)({ status: response.status, method: 'GET', url: response.url, message: messageOf(body), headers: response.headers }) ?? new Error(`${what} failed: HTTP ${response.status} ${body.slice(0, 300)}`);
        }
        ctx.log.info(`${what}: HTTP ${response.status}; retrying in ${delay} ms`);
        await (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .sleep */ .yy)(delay);
    }
}
/** GitHub's `message` from an error body, or the text itself. */
function messageOf(body) {
    try {
        const message = JSON.parse(body).message;
        if (typeof message === 'string')
            return message;
    }
    catch {
        // not JSON
    }
    return body.slice(0, 300);
}
/**
 * One POST of the file to the uploads host. The body streams from disk with an explicit
 * Content-Length (fetch with `duplex: 'half'`), so memory stays flat whatever the file size.
 * octokit is not used here: its retry and throttling plugins would resend an already consumed
 * stream; retries are done by the caller with a fresh stream per attempt.
 */
async function postAsset(ctx, local, attempt) {
    const base = ctx.options.release.upload_url.replace(/\{[^}]*\}$/, '');
    const url = `${base}?name=${encodeURIComponent(local.name)}`;
    let response;
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
            body: node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.toWeb((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(local.path)),
            duplex: 'half',
        });
    }
    catch (error) {
        if (!(0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .isTransientNetworkError */ .l)(error))
            throw error;
        return { kind: 'retry', delay: (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .backoffMs */ .jo)(attempt - 1, ctx.baseMs), reason: (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .describeNetworkError */ .gl)(error) };
    }
    const text = await response.text();
    if (response.status === 201 || response.status === 200)
        return { kind: 'created', asset: JSON.parse(text) };
    if (response.status === 422) {
        let data = {};
        try {
            data = JSON.parse(text);
        }
        catch {
            // not JSON; fall through to the generic error
        }
        if (data.errors?.some((e) => e.code === 'already_exists'))
            return { kind: 'exists' };
        const error = Object.assign(new Error(data.message ?? text), { status: 422, response: { data } });
        if ((0,_release_js__WEBPACK_IMPORTED_MODULE_11__.isImmutableReleaseError)(error))
            throw (0,_release_js__WEBPACK_IMPORTED_MODULE_11__.immutableReleaseError)(ctx.options.release.tag_name, error);
        throw new Error(`upload of ${local.name} refused: HTTP 422 ${text.slice(0, 300)}`);
    }
    const delay = (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .retryDelayFor */ .TI)(response, attempt - 1, ctx.baseMs, text);
    if (delay !== undefined)
        return { kind: 'retry', delay, reason: `HTTP ${response.status}` };
    throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .gitHubFailure */ .o)({ status: response.status, method: 'POST', url, message: messageOf(text), headers: response.headers }) ?? new Error(`upload of ${local.name} failed: HTTP ${response.status} ${text.slice(0, 300)}`);
}
/**
 * Make the release hold `local` exactly once. After any failure or race the asset list is read
 * again: a complete asset with our bytes means done (a lost response, or a concurrent job that
 * uploaded the same file); a `starter` or truncated leftover is deleted before the next attempt.
 */
async function uploadExactlyOnce(ctx, local, replacing) {
    const { owner, repo, release } = ctx.options;
    for (let attempt = 1; attempt <= ctx.attempts; attempt++) {
        const outcome = await postAsset(ctx, local, attempt);
        if (outcome.kind === 'created') {
            return { name: local.name, state: replacing ? 'replaced' : 'uploaded', url: outcome.asset.browser_download_url, id: outcome.asset.id };
        }
        if (outcome.kind === 'retry') {
            ctx.log.info(`upload ${local.name}: ${outcome.reason}; retrying in ${outcome.delay} ms (attempt ${attempt}/${ctx.attempts})`);
            await (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .sleep */ .yy)(outcome.delay);
        }
        const present = (await listAssets(ctx.client, owner, repo, release.id)).find((a) => a.name === local.name);
        if (!present)
            continue;
        if (await sameContent(ctx, present, local)) {
            // Our earlier attempt landed and only its response was lost, or another job uploaded these bytes.
            return { name: local.name, state: outcome.kind === 'exists' && !replacing && attempt === 1 ? 'unchanged' : replacing ? 'replaced' : 'uploaded', url: present.browser_download_url, id: present.id };
        }
        if (present.state === 'uploaded' && !ctx.mayReplace) {
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`release ${release.tag_name} already has a different ${local.name} (uploaded concurrently); set overwrite: true to replace it`, { input: 'overwrite', value: local.name });
        }
        ctx.log.info(`upload ${local.name}: deleting the ${present.state === 'uploaded' ? 'different' : present.state} asset left on the release before retrying`);
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
async function syncChecksums(ctx, name, ours) {
    const { owner, repo, release } = ctx.options;
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_os__WEBPACK_IMPORTED_MODULE_3___default().tmpdir(), 'rk-checksums-'));
    /** Lines of versions this job deleted: they exist nowhere else until our upload lands. */
    let carried = [];
    try {
        for (let round = 1; round <= ctx.attempts * 2; round++) {
            const present = (await listAssets(ctx.client, owner, repo, release.id)).find((a) => a.name === name);
            const text = present && present.state === 'uploaded' ? await downloadedText(ctx, present) : '';
            if (text === undefined)
                continue; // swapped out by another job since the listing: read again
            const theirs = (0,_artifacts_checksums_js__WEBPACK_IMPORTED_MODULE_10__/* .parseChecksums */ .yk)(text);
            const merged = (0,_artifacts_checksums_js__WEBPACK_IMPORTED_MODULE_10__/* .formatChecksums */ .ss)((0,_artifacts_checksums_js__WEBPACK_IMPORTED_MODULE_10__/* .mergeChecksums */ .Dd)((0,_artifacts_checksums_js__WEBPACK_IMPORTED_MODULE_10__/* .mergeChecksums */ .Dd)(carried, theirs), ours));
            const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(merged).digest('hex');
            const size = Buffer.byteLength(merged);
            if (present && (await sameContent(ctx, present, { size, sha256 }))) {
                return { name, state: 'unchanged', url: present.browser_download_url, id: present.id };
            }
            if (present && (await deleteAsset(ctx, present)))
                carried = (0,_artifacts_checksums_js__WEBPACK_IMPORTED_MODULE_10__/* .mergeChecksums */ .Dd)(carried, theirs);
            const file = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}-${name}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(file, merged);
            const local = { name, path: file, size, sha256, contentType: 'text/plain' };
            for (let attempt = 1; attempt <= ctx.attempts; attempt++) {
                const outcome = await postAsset(ctx, local, attempt);
                if (outcome.kind === 'created')
                    return { name, state: present ? 'replaced' : 'uploaded', url: outcome.asset.browser_download_url, id: outcome.asset.id };
                if (outcome.kind === 'exists')
                    break; // another job swapped in its version first: merge again
                ctx.log.info(`upload ${name}: ${outcome.reason}; retrying in ${outcome.delay} ms`);
                await (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .sleep */ .yy)(outcome.delay);
                const now = (await listAssets(ctx.client, owner, repo, release.id)).find((a) => a.name === name);
                if (!now)
                    continue;
                if (now.state === 'uploaded' && (await sameContent(ctx, now, local)))
                    return { name, state: present ? 'replaced' : 'uploaded', url: now.browser_download_url, id: now.id };
                if (now.state !== 'uploaded')
                    await deleteAsset(ctx, now);
                break; // a complete, different version: someone else's; merge again
            }
            await (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .sleep */ .yy)(Math.floor(Math.random() * ctx.baseMs));
        }
        throw new Error(`could not update ${name} on release ${release.tag_name}: too many concurrent changes`);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Bring the release's assets in line with `assets` (and merge the checksums file), uploading only
 * what differs. Every check that can refuse (published or immutable release, differing asset
 * without `overwrite`) runs before the first change, so a refused run changes nothing.
 * Returns one entry per local asset, then the checksums file.
 */
async function syncReleaseAssets(client, options) {
    const release = options.release;
    const ctx = {
        client,
        options,
        log: options.log ?? _plumbing_log_js__WEBPACK_IMPORTED_MODULE_8__/* .silentLogger */ .qq,
        baseMs: options.retryBaseMs ?? (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_9__/* .defaultRetryBaseMs */ .rD)(),
        attempts: options.attempts ?? 6,
        mayReplace: release.draft || (!!options.overwrite && !release.immutable),
    };
    const existing = new Map((await listAssets(client, options.owner, options.repo, release.id)).map((a) => [a.name, a]));
    const plans = [];
    for (const local of options.assets) {
        const present = existing.get(local.name);
        if (!present)
            plans.push({ local, action: 'upload' });
        else if (present.state !== 'uploaded')
            plans.push({ local, action: 'clean', present });
        else if (await sameContent(ctx, present, local))
            plans.push({ local, action: 'skip', present });
        else
            plans.push({ local, action: 'replace', present });
    }
    let checksumsChange = 'none';
    if (options.checksums) {
        const present = existing.get(options.checksums.name);
        const theirs = present && present.state === 'uploaded' ? (0,_artifacts_checksums_js__WEBPACK_IMPORTED_MODULE_10__/* .parseChecksums */ .yk)((await downloadedText(ctx, present)) ?? '') : [];
        const byName = new Map(theirs.map((e) => [e.name, e.sha256]));
        if (options.checksums.entries.some((e) => byName.has(e.name) && byName.get(e.name) !== e.sha256))
            checksumsChange = 'change';
        else if (!present || options.checksums.entries.some((e) => !byName.has(e.name)))
            checksumsChange = 'add';
    }
    if (!release.draft) {
        const differing = plans.filter((p) => p.action === 'replace').map((p) => p.local.name);
        if (checksumsChange === 'change')
            differing.push(options.checksums.name);
        const anyChange = plans.some((p) => p.action !== 'skip') || checksumsChange !== 'none';
        if (release.immutable && anyChange) {
            const what = [...plans.filter((p) => p.action !== 'skip').map((p) => p.local.name), ...(checksumsChange !== 'none' ? [options.checksums.name] : [])];
            throw (0,_release_js__WEBPACK_IMPORTED_MODULE_11__.immutableReleaseError)(release.tag_name, { message: `would change ${what.join(', ')}` });
        }
        if (differing.length && !options.overwrite) {
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`release ${release.tag_name} is published and already has different ${differing.join(', ')}; set overwrite: true to replace them, or cut a new release`, { input: 'overwrite', value: 'false', valid: 'true to replace assets of a published release' });
        }
    }
    const synced = await (0,_plumbing_concurrency_js__WEBPACK_IMPORTED_MODULE_12__/* .mapLimit */ .s)(plans, options.concurrency ?? 4, async (plan) => {
        if (plan.action === 'skip')
            return { name: plan.local.name, state: 'unchanged', url: plan.present.browser_download_url, id: plan.present.id };
        if (plan.present) {
            ctx.log.info(plan.action === 'clean' ? `${plan.local.name}: deleting a ${plan.present.state} leftover of a failed upload` : `${plan.local.name}: differs from the release's copy; replacing it`);
            await deleteAsset(ctx, plan.present);
        }
        return uploadExactlyOnce(ctx, plan.local, plan.action === 'replace');
    });
    // Last, so the release's checksums file never lists an archive that is not there yet.
    if (options.checksums)
        synced.push(await syncChecksums(ctx, options.checksums.name, options.checksums.entries));
    return synced;
}


/***/ }),

/***/ 62526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canonicalRelease: () => (/* binding */ canonicalRelease),
/* harmony export */   ensureDraftRelease: () => (/* binding */ ensureDraftRelease),
/* harmony export */   failedReleaseSteps: () => (/* binding */ failedReleaseSteps),
/* harmony export */   findReleaseForTag: () => (/* binding */ findReleaseForTag),
/* harmony export */   immutableReleaseError: () => (/* binding */ immutableReleaseError),
/* harmony export */   immutableReleaseMessage: () => (/* binding */ immutableReleaseMessage),
/* harmony export */   isImmutableReleaseError: () => (/* binding */ isImmutableReleaseError),
/* harmony export */   listReleasesForTag: () => (/* binding */ listReleasesForTag),
/* harmony export */   publishRelease: () => (/* binding */ publishRelease),
/* harmony export */   shouldBeLatest: () => (/* binding */ shouldBeLatest),
/* harmony export */   supersedingPatch: () => (/* binding */ supersedingPatch),
/* harmony export */   updateRelease: () => (/* binding */ updateRelease)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
/* harmony import */ var _versions_semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6358);
// GitHub releases for one tag: find (drafts included), create a single draft even under races, publish.



/**
 * Every release whose tag_name is `tag`, lowest id first.
 * `GET /releases/tags/{tag}` returns published releases only (a draft is a 404), so list them all;
 * drafts are listed for tokens with push access.
 */
async function listReleasesForTag(client, ref) {
    const all = (await client.paginate(client.rest.repos.listReleases, {
        owner: ref.owner,
        repo: ref.repo,
        per_page: 100,
    }));
    return all.filter((release) => release.tag_name === ref.tag).sort((a, b) => a.id - b.id);
}
/**
 * The one release that stands for a tag: the published one if any (GitHub allows at most one
 * published release per tag), else the draft with the lowest id. Every job applying this rule to
 * the same listing picks the same release, which is what lets concurrent jobs converge.
 */
function canonicalRelease(releases) {
    const published = releases.find((release) => !release.draft);
    if (published)
        return published;
    return [...releases].sort((a, b) => a.id - b.id)[0];
}
/** The published release or the draft for `tag`, or undefined when there is none. */
async function findReleaseForTag(client, ref) {
    return canonicalRelease(await listReleasesForTag(client, ref));
}
/**
 * Return the release for `tag`, creating it as a draft when there is none, and never leave two.
 *
 * Why this converges: GitHub has no "create if absent" for releases and happily stores several
 * drafts with the same tag_name, so N jobs that each list, see nothing and create would leave N
 * drafts. Instead every job, after creating, lists again and applies one deterministic rule
 * (`canonicalRelease`: the published release, else the lowest id). Release ids grow with creation
 * order, so by the time a job's own create has returned, every earlier draft already exists and is
 * listed; all jobs therefore agree on the winner, which nobody ever deletes. Each job then deletes
 * the other drafts it saw for the tag: its own when it lost (the rule of the design), and also
 * orphans, e.g. a draft GitHub created for a request whose response was lost and which the client
 * retried. A published release is never deleted. The losers adopt the winner and report `existing`.
 */
async function ensureDraftRelease(client, options) {
    const existing = await findReleaseForTag(client, options);
    if (existing)
        return { release: existing, state: 'existing' };
    const { data: created } = await client.rest.repos.createRelease({
        owner: options.owner,
        repo: options.repo,
        tag_name: options.tag,
        name: options.name ?? options.tag,
        body: options.body ?? '',
        draft: true,
        prerelease: options.prerelease ?? false,
        ...(options.targetCommitish ? { target_commitish: options.targetCommitish } : {}),
    });
    const afterCreate = await listReleasesForTag(client, options);
    // The listing may lag behind our own create; count it in so the rule sees it.
    const candidates = afterCreate.some((release) => release.id === created.id) ? afterCreate : [...afterCreate, created];
    const winner = canonicalRelease(candidates);
    // Drafts other than the winner: our own if we lost, other jobs' losing drafts (which they delete
    // themselves too; the second DELETE is a harmless 404), or the orphan of a create whose response
    // was lost and which the client retried. All must go, and none of them is published.
    const strays = candidates.filter((release) => release.draft && release.id !== winner.id);
    for (const stray of strays)
        await deleteDraft(client, options, stray.id);
    if (winner.id === created.id)
        return { release: created, state: 'created' };
    return { release: winner, state: 'existing' };
}
async function deleteDraft(client, ref, releaseId) {
    try {
        await client.rest.repos.deleteRelease({ owner: ref.owner, repo: ref.repo, release_id: releaseId });
    }
    catch (error) {
        // Already gone (its creator or another job deleted it first, or a retried DELETE): the goal is reached.
        if (error.status !== 404)
            throw error;
    }
}
/** Change a release's name, body or prerelease flag (also allowed on an immutable release). */
async function updateRelease(client, options) {
    const { data } = await client.rest.repos.updateRelease({
        owner: options.owner,
        repo: options.repo,
        release_id: options.releaseId,
        ...(options.name !== undefined ? { name: options.name } : {}),
        ...(options.body !== undefined ? { body: options.body } : {}),
        ...(options.prerelease !== undefined ? { prerelease: options.prerelease } : {}),
    });
    return data;
}
/**
 * Whether `version` may be marked latest: never a prerelease, never a version lower than the
 * highest stable version already published. Compared with SemVer, not by date, so a patch to an
 * older line (1.4.9 after 2.0.0) does not steal "latest". Drafts and prereleases are ignored.
 */
function shouldBeLatest(version, prerelease, published, selfId) {
    if (prerelease || semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(version))
        return false;
    for (const release of published) {
        if (release.draft || release.prerelease || release.id === selfId)
            continue;
        const other = (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOfTag */ .mx)(release.tag_name);
        if (other && !semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(other) && semver__WEBPACK_IMPORTED_MODULE_0___default().gt(other, version))
            return false;
    }
    return true;
}
/**
 * Publish a draft (`draft: false`) with make_latest computed by `shouldBeLatest` over the
 * repository's published releases. An already published release is left alone (`unchanged`).
 * On a repository with immutable releases this locks the tag and the assets, so it must be last.
 */
async function publishRelease(client, options) {
    const prerelease = options.prerelease ?? options.release.prerelease;
    if (!options.release.draft) {
        return { release: options.release, state: 'unchanged', latest: false };
    }
    let latest = options.makeLatest;
    if (latest === undefined) {
        const all = (await client.paginate(client.rest.repos.listReleases, {
            owner: options.owner,
            repo: options.repo,
            per_page: 100,
        }));
        latest = shouldBeLatest(options.version, prerelease, all, options.release.id);
    }
    try {
        const { data } = await client.rest.repos.updateRelease({
            owner: options.owner,
            repo: options.repo,
            release_id: options.release.id,
            draft: false,
            prerelease,
            make_latest: latest ? 'true' : 'false',
        });
        return { release: data, state: 'published', latest };
    }
    catch (error) {
        if (isImmutableReleaseError(error))
            throw immutableReleaseError(options.release.tag_name, error);
        throw error;
    }
}
/**
 * Whether an API error is GitHub refusing a change because a release is immutable: 422
 * "Cannot upload assets to an immutable release." or "tag_name was used by an immutable release".
 */
function isImmutableReleaseError(error) {
    const e = error;
    if (!e || e.status !== 422)
        return false;
    const text = `${e.message ?? ''} ${safeJson(e.response?.data)}`;
    return /immutable release/i.test(text);
}
function safeJson(value) {
    try {
        return JSON.stringify(value) ?? '';
    }
    catch {
        return '';
    }
}
/** The next patch version after `tag`'s version, for the superseding-release advice. */
function supersedingPatch(tag) {
    const version = (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOfTag */ .mx)(tag);
    if (!version)
        return undefined;
    // Keep the tag's own spelling (`v`, `krt-v`): the superseding tag sits in the same series.
    const prefix = tag.slice(0, tag.indexOf(version));
    return `${prefix}${semver__WEBPACK_IMPORTED_MODULE_0___default().inc(version, 'patch')}`;
}
/** One line: why the request cannot succeed and what to do instead. */
function immutableReleaseMessage(tag, detail) {
    const next = supersedingPatch(tag);
    return (`release ${tag} is published and immutable${detail ? ` (${detail})` : ''}: ` +
        `its tag and assets can no longer change; cut a new patch release${next ? ` (${next})` : ''} that supersedes it`);
}
/** Markdown for the step summary: how to recover from a failed immutable release. */
function failedReleaseSteps(tag) {
    const next = supersedingPatch(tag) ?? 'the next patch version';
    return [
        `### Release ${tag} failed after it was published`,
        '',
        `GitHub does not let an immutable release change its tag or assets, and the tag cannot be reused.`,
        'Do not delete or move the tag. Instead:',
        '',
        `1. Edit the notes of ${tag} (notes stay editable) to say it is superseded by ${next} and why.`,
        `2. Fix the cause, then add a \`## ${next.replace(/^v/, '')}\` entry to CHANGELOG.md noting that it supersedes ${tag}.`,
        `3. Tag ${next} and let the release workflow run: draft, upload every asset, then publish last.`,
        `4. If ${tag} was marked latest, ${next} takes that over when it is published.`,
        '',
    ].join('\n');
}
/** A UserError carrying the superseding-patch message and the recovery steps for the summary. */
function immutableReleaseError(tag, cause) {
    const said = cause;
    const detail = (said?.gitHubMessage ?? said?.message)?.replace(/\s+-\s+https?:\S+$/, '');
    const error = new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(immutableReleaseMessage(tag, detail), { value: tag, summary: failedReleaseSteps(tag) });
    return error;
}


/***/ })

};

//# sourceMappingURL=114.index.js.map