export const id = 881;
export const ids = [881];
export const modules = {

/***/ 6881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMode: () => (/* binding */ runMode)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/changelog/parse.ts + 54 modules
var parse = __webpack_require__(4547);
// EXTERNAL MODULE: ./packages/release-kit/src/changelog/prepare.ts
var prepare = __webpack_require__(2542);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(3178);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/log.ts
// A small logging seam so library code can warn and annotate without importing @actions/core.

/**
 * Run one step of an operation with its log lines in a group titled `title`, as the toolkit's
 * core.group does, so a step summary's reader can fold each step away. The group closes on failure too.
 */
async function inGroup(log, title, step) {
    log.startGroup?.(title);
    try {
        return await step();
    }
    finally {
        log.endGroup?.();
    }
}
/**
 * A terminal logger. `print` takes the progress lines (info, debug, group titles); warnings and
 * errors go to `problems` (stderr). The CLI passes stderr as `print` under --json, so stdout holds
 * only the one JSON object.
 */
function terminalLogger(sinks = { print: (line) => console.log(line), problems: (line) => console.error(line) }) {
    return {
        info: (m) => sinks.print(m),
        debug: (m) => {
            if (sinks.debug)
                sinks.print(`debug: ${m}`);
        },
        warning: (m, l) => sinks.problems(`warning: ${(0,errors/* locatedMessage */.mI)(m, l)}`),
        error: (m, l) => sinks.problems(`error: ${(0,errors/* locatedMessage */.mI)(m, l)}`),
        startGroup: (title) => sinks.print(`▸ ${title}`),
    };
}
/** Logger for library callers that pass nothing. */
const consoleLogger = terminalLogger();
/** A logger that swallows everything, for tests and quiet helpers. */
const silentLogger = { info() { }, debug() { }, warning() { }, error() { } };

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(8135);
;// CONCATENATED MODULE: ./packages/release-kit/src/github/errors.ts
// GitHub's refusals as the user can act on them: the permission the job lacks, the token, the rate limit, the immutable release.
// Every GitHub request (octokit's through the client's error hook, and the raw upload/download fetches)
// fails through `gitHubFailure`, so a missing `contents: write` reads as that, not as a bug with a stack.

/** A refusal from GitHub the user can fix. Keeps `status` and `response` (data, headers) as octokit's errors do, for callers that branch on them. */
class GitHubRequestError extends errors/* UserError */.yo {
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
    const rateLimited = header('x-ratelimit-remaining') === '0' ||
        header('retry-after') !== undefined ||
        /rate limit/i.test(failure.message ?? '');
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
/** GitHub answered a 5xx on every try (status and response kept), or could not be reached at all (status 0). */
class GitHubUnavailableError extends GitHubRequestError {
    tries;
    constructor(message, outage) {
        super(message, outage.status ?? 0, outage.data, headerRecord(outage.headers));
        this.name = 'GitHubUnavailableError';
        this.tries = outage.tries;
    }
}
/**
 * The error for a request that failed on every try for a reason outside the release: GitHub's 5xx, or
 * GitHub out of reach. Says what failed, after how many tries, and that a rerun is safe. Every GitHub
 * request says it this way: octokit's (the client's error hook) and the raw upload and download fetches.
 */
function gitHubUnavailable(outage) {
    const what = `${outage.method.toUpperCase()} ${pathOf(outage.url)}`;
    const message = outage.status === undefined
        ? (0,errors/* gaveUpMessage */.Sw)({
            failed: `could not reach GitHub at ${originOf(outage.url)} for ${what}`,
            reason: outage.reason,
            tries: outage.tries,
            fix: 'check the API URL (GITHUB_API_URL, --api-url) and the network, then rerun',
        })
        : (0,errors/* gaveUpMessage */.Sw)({
            failed: `GitHub kept failing ${what}`,
            reason: outage.reason,
            tries: outage.tries,
            fix: 'GitHub is having trouble (https://www.githubstatus.com); rerun the job later',
        });
    return new GitHubUnavailableError(message, outage);
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return url;
    }
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
    return Object.fromEntries(Object.entries(headers)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]));
}
function headerOf(headers, name) {
    if (!headers)
        return undefined;
    if (typeof headers.get === 'function')
        return headers.get(name) ?? undefined;
    const value = headers[name];
    return value === undefined ? undefined : String(value);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/github/client.ts
// The one way to talk to GitHub's REST API: octokit with retries and rate-limit handling wired in.






const RetryingOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/**
 * Build a client whose requests survive transient failures:
 * - plugin-retry retries 5xx, 429 and network errors (not 4xx user errors);
 * - plugin-throttling waits out primary (x-ratelimit-remaining: 0) and secondary (403/429 with
 *   retry-after) rate limits, but only because the callbacks below return true.
 * `retryBaseMs` scales the back-off (octokit's default base is 1000 ms); tests lower it.
 */
function createGitHubClient(options = {}) {
    const log = options.log ?? consoleLogger;
    const retries = options.retries ?? 4;
    const baseMs = options.retryBaseMs ?? retry/* DEFAULT_RETRY_BASE_MS */.Qg;
    const keepTrying = (kind) => (retryAfter, request, _o, count) => {
        if (count >= retries) {
            log.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${count} retries`);
            return false;
        }
        log.info(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
        return true;
    };
    const client = new RetryingOctokit({
        auth: options.token,
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/$/, ''),
        userAgent: 'release-kit',
        log: { debug: () => { }, info: () => { }, warn: (m) => log.debug(m), error: (m) => log.debug(m) },
        // Not `request: { retries }`: plugin-retry's limiter would then resend every failed request,
        // 404s and 422s included, and swallow rate limits before plugin-throttling could honour them.
        // 429 is left to plugin-throttling too, which reads retry-after / x-ratelimit-reset.
        retry: { retries, retryAfterBaseValue: baseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            onRateLimit: keepTrying('primary'),
            onSecondaryRateLimit: keepTrying('secondary'),
            retryAfterBaseValue: baseMs,
        },
    });
    // Registered after the plugins, so it sees the error their retries gave up on: the one boundary
    // where GitHub's refusals become UserErrors that name the fix. Answers callers branch on (404, a
    // 422 "already exists") pass through untouched.
    client.hook.error('request', (error, options) => {
        const e = error;
        // The URL as sent (options.url is still the path template, {owner} and all).
        const url = e.response?.url ?? e.request?.url ?? absoluteUrl(options);
        // plugin-retry counts the failures of this request in options.request.retryCount.
        const tries = Math.max(1, options.request?.retryCount ?? 1);
        if (typeof e.status === 'number' && !e.response) {
            // octokit reports a request that got no answer (refused, unresolvable, reset) as a status-500
            // error without a response; the network failure is its cause.
            throw gitHubUnavailable({ method: options.method, url, tries, reason: networkReason(e) });
        }
        if (typeof e.status === 'number' && e.status >= 500) {
            const said = e.message ? `: ${e.message.replace(/\s+-\s+https?:\S+$/, '')}` : '';
            throw gitHubUnavailable({
                method: options.method,
                url,
                tries,
                status: e.status,
                reason: `HTTP ${e.status}${said}`,
                data: e.response?.data,
                headers: e.response?.headers,
            });
        }
        const translated = typeof e.status === 'number'
            ? gitHubFailure({
                status: e.status,
                method: options.method,
                url,
                // octokit's own message: GitHub's, plus the details of a 422's errors[], less the docs link.
                message: e.message ?? e.response?.data?.message,
                headers: e.response?.headers,
                data: e.response?.data,
            })
            : undefined;
        throw translated ?? error;
    });
    return client;
}
/** The request's URL with its base, as octokit sends it (`options.url` is the path template filled in). */
function absoluteUrl(options) {
    return /^https?:/.test(options.url) ? options.url : `${options.baseUrl ?? ''}${options.url}`;
}
/** The socket-level code of a request that got no answer (ECONNREFUSED, ENOTFOUND…), else fetch's message. */
function networkReason(error) {
    for (let cause = error.cause, depth = 0; cause && depth < 4; depth++) {
        const code = cause.code;
        if (typeof code === 'string' && /^E[A-Z]+$|^UND_ERR/.test(code))
            return code;
        cause = cause.cause;
    }
    return error.message ?? 'no answer';
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/fs.ts
// File-system helpers: atomic writes and paths that cannot escape their root.





/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target.
 */
async function writeFileAtomic(file, data, mode) {
    const tmp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            try {
                fileMode = (await (0,promises_.lstat)(file)).mode & 0o7777;
            }
            catch {
                fileMode = 0o644;
            }
        }
        await (0,promises_.writeFile)(tmp, data, { mode: fileMode });
        const handle = await (0,promises_.open)(tmp, 'r+');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(tmp, file);
    }
    catch (error) {
        await (0,promises_.rm)(tmp, { force: true });
        throw error;
    }
}
/**
 * Resolve `relative` inside `root`, refusing `..` escapes, absolute paths outside the root and
 * symlinks whose target leaves the root. `input` names the input for the error message.
 */
async function resolveInside(root, relative, input) {
    const rootReal = await (0,promises_.realpath)(root);
    const candidate = external_node_path_default().resolve(rootReal, relative);
    if (!isWithin(rootReal, candidate)) {
        throw new errors/* UserError */.yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: expected a path inside ${rootReal}`, {
            input,
            value: relative,
            valid: `a path inside ${rootReal}`,
        });
    }
    let real;
    // A path that does not exist (yet) is judged by its nearest existing ancestor: a symlinked folder
    // on the way must not carry a file about to be written out of the root.
    for (let probe = candidate; real === undefined; probe = external_node_path_default().dirname(probe)) {
        try {
            real = external_node_path_default().join(await (0,promises_.realpath)(probe), external_node_path_default().relative(probe, candidate));
        }
        catch {
            if (probe === rootReal || external_node_path_default().dirname(probe) === probe)
                return candidate;
        }
    }
    if (!isWithin(rootReal, real)) {
        throw new errors/* UserError */.yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: it is a symlink to ${real}, outside ${rootReal}; expected a file inside the workspace`, { input, value: relative, valid: `a path inside ${rootReal}` });
    }
    return candidate;
}
/** True when `child` is `parent` or below it (both absolute, normalised). */
function isWithin(parent, child) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/**
 * Read the UTF-8 file `relative` inside `root` (as resolveInside checks it). A missing file is the
 * input's fault: `input` and `what` (e.g. "changelog file") name it and what was expected.
 */
async function readFileInside(root, relative, input, what) {
    const absolute = await resolveInside(root, relative, input);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
            throw (0,errors/* invalidInput */.aY)(input, relative, `an existing ${what} inside the workspace`);
        throw error;
    }
    // Text with bytes that are not UTF-8 would reach release notes and commits as U+FFFD: refuse it.
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const line = bytes
            .toString('utf8')
            .split('\n')
            .findIndex((l) => l.includes('\uFFFD')) + 1;
        throw (0,errors/* invalidInput */.aY)(input, relative, `a ${what} in UTF-8`, {
            file: relative,
            line: line || 1,
        });
    }
    return { absolute, text: bytes.toString('utf8') };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/release-kit/src/charts/chartfile.ts
// Chart.yaml: reading it the way helm does, validating it as helm's Metadata.Validate does, and
// editing version, appVersion and annotations in place without losing comments.



/** The annotation the Rancher (Buntime) catalog reads release notes from. */
const RELEASE_NOTES_ANNOTATION = 'catalog.cattle.io/release-notes';
/**
 * Parse Chart.yaml bytes into helm's metadata. Strings are read as written (sigs.k8s.io/yaml turns
 * `version: 1.0` into the string "1.0" for a string field), booleans with YAML 1.1 rules as
 * go-yaml does, and unknown keys are ignored as helm ignores them. `where` names the file in errors.
 */
function parseChartYaml(data, where) {
    const text = Buffer.from(data).toString('utf8');
    const strings = parseDocument(text, { schema: 'failsafe', uniqueKeys: false });
    const typed = parseDocument(text, { version: '1.1', uniqueKeys: false });
    const problem = strings.errors[0] ?? typed.errors[0];
    if (problem)
        throw chartError(where, `cannot load Chart.yaml: ${problem.message.split('\n')[0]}`);
    const raw = strings.toJS();
    const rawTyped = typed.toJS();
    if (raw === null || raw === undefined || raw === '')
        throw chartError(where, 'chart.metadata.apiVersion is required');
    if (!isRecord(raw) || !isRecord(rawTyped))
        throw chartError(where, 'cannot load Chart.yaml: expected a mapping of keys to values');
    const str = (key, from = raw) => {
        const v = from[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'string')
            throw chartError(where, `cannot load Chart.yaml: ${key} must be a string`);
        return v;
    };
    const strList = (key, from = raw) => {
        const v = from[key];
        if (v === undefined || v === null || v === '')
            return undefined;
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
            throw chartError(where, `cannot load Chart.yaml: ${key} must be a list of strings`);
        return v;
    };
    const bool = (key, from) => {
        const v = from[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'boolean')
            throw chartError(where, `cannot load Chart.yaml: ${key} must be true or false`);
        return v;
    };
    const annotationsRaw = raw.annotations;
    let annotations;
    if (annotationsRaw !== undefined && annotationsRaw !== null && annotationsRaw !== '') {
        if (!isRecord(annotationsRaw) || Object.values(annotationsRaw).some((v) => typeof v !== 'string')) {
            throw chartError(where, 'cannot load Chart.yaml: annotations must map strings to strings');
        }
        annotations = annotationsRaw;
    }
    const maintainers = listOfRecords(raw.maintainers, 'maintainers', where)?.map((m) => ({
        name: optionalSanitized(str('name', m)),
        email: optionalSanitized(str('email', m)),
        url: optionalSanitized(str('url', m)),
    }));
    const typedDeps = Array.isArray(rawTyped.dependencies) ? rawTyped.dependencies : [];
    const dependencies = listOfRecords(raw.dependencies, 'dependencies', where)?.map((d, i) => {
        const t = isRecord(typedDeps[i]) ? typedDeps[i] : {};
        const importValues = t['import-values'];
        if (importValues !== undefined && importValues !== null && !Array.isArray(importValues)) {
            throw chartError(where, 'cannot load Chart.yaml: import-values must be a list');
        }
        return {
            name: sanitize(str('name', d) ?? ''),
            version: optionalSanitized(str('version', d)),
            repository: sanitize(str('repository', d) ?? ''),
            condition: optionalSanitized(str('condition', d)),
            tags: strList('tags', d)?.map(sanitize),
            enabled: bool('enabled', t),
            importValues: importValues ?? undefined,
            alias: str('alias', d),
            dependsOn: strList('depends-on', d)?.map(sanitize),
        };
    });
    return {
        name: sanitize(str('name') ?? ''),
        home: optionalSanitized(str('home')),
        sources: strList('sources')?.map(sanitize),
        version: str('version') ?? '',
        description: optionalSanitized(str('description')),
        keywords: strList('keywords')?.map(sanitize),
        maintainers,
        icon: optionalSanitized(str('icon')),
        apiVersion: str('apiVersion') ?? '',
        condition: optionalSanitized(str('condition')),
        tags: optionalSanitized(str('tags')),
        appVersion: optionalSanitized(str('appVersion')),
        deprecated: bool('deprecated', rawTyped),
        annotations,
        kubeVersion: optionalSanitized(str('kubeVersion')),
        dependencies,
        type: str('type'),
    };
}
/**
 * helm's Metadata.Validate, plus the rules this project adds: apiVersion must be v2 (we package new
 * charts only) and the name must be usable in an OCI reference.
 */
function validateMetadata(metadata, where) {
    if (metadata.apiVersion === '')
        throw chartError(where, 'chart.metadata.apiVersion is required');
    if (metadata.apiVersion !== 'v2') {
        throw chartError(where, `chart.metadata.apiVersion ${JSON.stringify(metadata.apiVersion)} is not supported; expected v2 (helm 3 charts)`);
    }
    if (metadata.name === '')
        throw chartError(where, 'chart.metadata.name is required');
    if (!isSafeChartName(metadata.name)) {
        throw chartError(where, `chart.metadata.name ${JSON.stringify(metadata.name)} is invalid; expected lower-case letters, digits and single separators (. _ -), e.g. my-chart`);
    }
    if (metadata.version === '')
        throw chartError(where, 'chart.metadata.version is required');
    if (!isChartVersion(metadata.version)) {
        throw chartError(where, `chart.metadata.version ${JSON.stringify(metadata.version)} is invalid; expected SemVer, e.g. 1.2.3`);
    }
    if (metadata.type !== undefined && !['', 'application', 'library'].includes(metadata.type)) {
        throw chartError(where, `chart.metadata.type ${JSON.stringify(metadata.type)} is invalid; expected application or library`);
    }
    const seen = new Set();
    for (const dependency of metadata.dependencies ?? []) {
        if (dependency.alias !== undefined && dependency.alias !== '' && !/^[a-zA-Z0-9_-]+$/.test(dependency.alias)) {
            throw chartError(where, `dependency ${JSON.stringify(dependency.name)} has disallowed characters in the alias`);
        }
        const key = dependency.alias || dependency.name;
        if (seen.has(key)) {
            throw chartError(where, `more than one dependency with name or alias ${JSON.stringify(key)}; try using distinct aliases for dependencies with the same chart name`);
        }
        seen.add(key);
    }
}
/**
 * Chart.yaml with `edits` applied, keeping its comments, key order and formatting elsewhere (the
 * yaml Document API edits the syntax tree). Returns the input unchanged when there is nothing to do.
 */
function editChartYaml(data, edits) {
    if (edits.version === undefined && edits.appVersion === undefined && !edits.annotations)
        return data;
    const document = parseDocument(data.toString('utf8'), { version: '1.1', uniqueKeys: false });
    const setScalar = (key, value) => {
        // Changing the existing node keeps its quoting style and its comments; the library quotes a
        // plain value that would otherwise read back as a number.
        const node = document.get(key, true);
        if (isScalar(node))
            node.value = value;
        else
            document.set(key, value);
    };
    if (edits.version !== undefined)
        setScalar('version', edits.version);
    if (edits.appVersion !== undefined)
        setScalar('appVersion', edits.appVersion);
    if (edits.annotations && Object.keys(edits.annotations).length > 0) {
        const existing = document.get('annotations', true);
        if (!isMap(existing))
            document.set('annotations', document.createNode({}));
        for (const [key, value] of Object.entries(edits.annotations))
            document.setIn(['annotations', key], value);
    }
    return Buffer.from(document.toString({ lineWidth: 0 }));
}
/** helm's sanitizeString: any whitespace becomes a space, non-printable characters are dropped. */
function sanitize(value) {
    return value.replace(/\s/gu, ' ').replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '');
}
function optionalSanitized(value) {
    return value === undefined ? undefined : sanitize(value);
}
function listOfRecords(value, key, where) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (!Array.isArray(value))
        throw chartError(where, `cannot load Chart.yaml: ${key} must be a list`);
    return value.map((entry) => {
        if (!isRecord(entry))
            throw chartError(where, `${key} must not contain empty or null nodes`);
        return entry;
    });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A chart problem, located in the chart's Chart.yaml (or the file `where` names). */
function chartError(where, message) {
    return new UserError(`chart ${where}: ${message}`, { value: where, location: { file: where } });
}

;// CONCATENATED MODULE: ./packages/release-kit/src/releases/chart-release-notes.ts
// Put release notes into Chart.yaml's `catalog.cattle.io/release-notes` annotation, touching nothing else.







/**
 * Set `annotations."catalog.cattle.io/release-notes"` in a Chart.yaml to `notes`.
 *
 * The yaml library's Document API finds the nodes and their source ranges, and the edit is a
 * splice of the original text at those ranges: re-serialising the document would reflow comments,
 * quotes and blank lines, and Chart.yaml files are reviewed by humans. The new value is written
 * as a literal block scalar (`|`), indented under its key; the result is parsed again and must
 * hold exactly the notes and every other value unchanged, else a double-quoted scalar is used.
 */
function injectChartReleaseNotes(chartYaml, notes, file = 'Chart.yaml') {
    const doc = (0,dist/* parseDocument */.Tp)(chartYaml);
    if (doc.errors.length) {
        const error = doc.errors[0];
        const line = error.linePos?.[0]?.line;
        throw new errors/* UserError */.yo(`${file}${line ? `:${line}` : ''}: not valid YAML: ${error.message.split('\n')[0]}`, {
            value: file,
            location: { file, line },
        });
    }
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new errors/* UserError */.yo(`${file}: expected a mapping at the top (a Chart.yaml)`, { value: file, location: { file } });
    const expected = normaliseNotes(notes);
    const eol = /\r\n/.test(chartYaml) ? '\r\n' : '\n';
    // An alias bomb is the file's fault: it is named, not reported as a bug.
    const before = (0,errors/* readingFileSync */.Qg)(file, () => doc.toJS());
    const annotations = before.annotations;
    const current = annotations?.[RELEASE_NOTES_ANNOTATION];
    if (current === expected)
        return { text: chartYaml, state: 'unchanged' };
    const state = annotations && typeof annotations === 'object' && Object.hasOwn(annotations, RELEASE_NOTES_ANNOTATION)
        ? 'updated'
        : 'created';
    for (const style of ['literal', 'quoted']) {
        const text = splice(chartYaml, doc.contents, expected, eol, style, file);
        if (holdsOnly(text, before, expected))
            return { text, state };
    }
    throw new errors/* UserError */.yo(`${file}: could not add ${RELEASE_NOTES_ANNOTATION} without changing other values; write 'annotations' as a plain block mapping`, {
        input: 'chart-release-notes',
        value: file,
        location: { file },
    });
}
/**
 * Read the Markdown file `notesPath` and plan its edit into the chart's Chart.yaml, writing nothing
 * (callers write `text` atomically once all their own checks pass). `chart` is a chart directory or
 * a Chart.yaml; by default the Chart.yaml next to the notes (Buntime keeps charts/release-notes.md
 * beside charts/Chart.yaml). `inputs` names the two inputs in error messages.
 */
async function planChartReleaseNotes(workspace, notesPath, chart, inputs) {
    const notes = await readFileInside(workspace, notesPath, inputs.notes, 'Markdown file');
    let file = chart || external_node_path_default().join(external_node_path_default().dirname(notesPath), 'Chart.yaml');
    if (!file.endsWith('.yaml') && !file.endsWith('.yml'))
        file = external_node_path_default().join(file, 'Chart.yaml');
    const chartYaml = await readFileInside(workspace, file, inputs.chart, 'Chart.yaml (or a chart directory holding one)');
    return { ...injectChartReleaseNotes(chartYaml.text, notes.text, file), file, absolute: chartYaml.absolute };
}
function splice(text, root, notes, eol, style, file) {
    const annotationsPair = root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'annotations');
    if (!annotationsPair) {
        // No annotations yet: append a block at the end (top-level keys start in column 0).
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        return `${text}${lead}annotations:${eol}  ${RELEASE_NOTES_ANNOTATION}: ${scalar(notes, 2, eol, style)}`;
    }
    const annotations = annotationsPair.value;
    const keyColumn = columnOf(text, annotationsPair.key.range[0]);
    if (!annotations || ((0,dist/* isScalar */.jn)(annotations) && (annotations.value === null || annotations.value === ''))) {
        // `annotations:` with nothing under it (or an explicit `~`/`null`, which goes).
        let head = text;
        if (annotations?.range && annotations.range[1] > annotations.range[0]) {
            head = text.slice(0, annotations.range[0]).replace(/[ \t]+$/, '') + text.slice(annotations.range[1]);
        }
        const at = lineEnd(head, annotationsPair.key.range[1]);
        const lead = head.slice(0, at).endsWith('\n') ? '' : eol;
        const indent = keyColumn + 2;
        return `${head.slice(0, at)}${lead}${' '.repeat(indent)}${RELEASE_NOTES_ANNOTATION}: ${scalar(notes, indent, eol, style)}${head.slice(at)}`;
    }
    if (!(0,dist/* isMap */.jh)(annotations) || annotations.flow) {
        const line = text.slice(0, annotations.range[0]).split('\n').length;
        throw new errors/* UserError */.yo(`${file}:${line}: 'annotations' must be a block mapping (one key per line) for release-kit to add ${RELEASE_NOTES_ANNOTATION}`, {
            input: 'chart-release-notes',
            value: file,
            location: { file, line },
        });
    }
    const existing = annotations.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === RELEASE_NOTES_ANNOTATION);
    if (existing && existing.value?.range) {
        const value = existing.value;
        const indent = columnOf(text, existing.key.range[0]);
        const [start, valueEnd] = value.range;
        const block = (0,dist/* isScalar */.jn)(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED');
        // A block scalar's range ends after its last line break; a flow scalar's at its last character,
        // so the rest of that line (perhaps a comment) goes too, the comment moving onto the new header.
        let end = valueEnd;
        let comment = '';
        if (!block) {
            end = lineEnd(text, valueEnd);
            comment = text.slice(valueEnd, end).trim();
            if (!comment.startsWith('#'))
                comment = '';
        }
        let replacement = scalar(notes, indent, eol, style, comment);
        // The value was the file's last line and had no line break: keep it that way.
        if (end === text.length && !text.endsWith('\n'))
            replacement = replacement.slice(0, -eol.length);
        return text.slice(0, start) + replacement + text.slice(end);
    }
    const last = annotations.items[annotations.items.length - 1];
    const indent = columnOf(text, last.key.range[0]);
    let at = last.value?.range?.[1] ?? last.key.range[1];
    if (text[at - 1] !== '\n')
        at = lineEnd(text, at);
    const lead = text.slice(0, at).endsWith('\n') ? '' : eol;
    return `${text.slice(0, at)}${lead}${' '.repeat(indent)}${RELEASE_NOTES_ANNOTATION}: ${scalar(notes, indent, eol, style)}${text.slice(at)}`;
}
/** The value of a key in column `keyColumn`, ending with a line break (a block scalar always does). */
function scalar(notes, keyColumn, eol, style, comment = '') {
    if (style === 'quoted' || notes === '')
        return `${JSON.stringify(notes)}${comment ? ` ${comment}` : ''}${eol}`;
    const lines = notes.replace(/\n$/, '').split('\n');
    // An explicit indentation indicator when the first line itself starts with a space.
    const indicator = /^\s/.test(lines.find((l) => l !== '') ?? '') ? '2' : '';
    const pad = ' '.repeat(keyColumn + 2);
    return `|${indicator}${comment ? ` ${comment}` : ''}${eol}${lines.map((l) => (l === '' ? '' : pad + l)).join(eol)}${eol}`;
}
function holdsOnly(text, before, notes) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length)
        return false;
    const after = doc.toJS();
    const annotations = {
        ...(before.annotations ?? {}),
        [RELEASE_NOTES_ANNOTATION]: notes,
    };
    return (0,external_node_util_.isDeepStrictEqual)(after, { ...before, annotations });
}
/** Notes as a block scalar keeps them: \n line ends, one final line break, no trailing blanks. */
function normaliseNotes(notes) {
    const text = notes.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    return text === '' ? '' : `${text}\n`;
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
function lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}

// EXTERNAL MODULE: ./packages/release-kit/src/releases/notes.ts + 3 modules
var notes = __webpack_require__(4320);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/semver.ts
var versions_semver = __webpack_require__(6358);
;// CONCATENATED MODULE: ./packages/release-kit/src/releases/release.ts
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
    const candidates = afterCreate.some((release) => release.id === created.id)
        ? afterCreate
        : [...afterCreate, created];
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
    if (prerelease || semver_default().prerelease(version))
        return false;
    return (0,versions_semver/* isHighestRelease */.gj)(version, published.filter((r) => !r.draft && !r.prerelease && r.id !== selfId).map((r) => r.tag_name));
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
/** One line: why the request cannot succeed and what to do instead. */
function immutableReleaseMessage(tag, detail) {
    const next = (0,versions_semver/* supersedingPatch */.KF)(tag);
    return (`release ${tag} is published and immutable${detail ? ` (${detail})` : ''}: ` +
        `its tag and assets can no longer change; cut a new patch release${next ? ` (${next})` : ''} that supersedes it`);
}
/** Markdown for the step summary: how to recover from a failed immutable release. */
function failedReleaseSteps(tag) {
    const next = (0,versions_semver/* supersedingPatch */.KF)(tag) ?? 'the next patch version';
    return [
        `### Release ${tag} failed after it was published`,
        '',
        `GitHub does not let an immutable release change its tag or assets, and the tag cannot be reused.`,
        'Do not delete or move the tag. Instead:',
        '',
        `1. Edit the notes of ${tag} (notes stay editable) to say it is superseded by ${next} and why: on ${next}'s tag push, release-notes-from-changelog with \`mode: supersede\` and \`supersedes: ${tag}\` adds that banner and keeps ${tag} from being latest.`,
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
    const error = new errors/* UserError */.yo(immutableReleaseMessage(tag, detail), { value: tag, summary: failedReleaseSteps(tag) });
    return error;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/release-kit/src/releases/required-assets.ts
// Decide whether a release carries every asset it must have before it may be published.

/**
 * Check `required` (exact names or globs such as `*_checksums.txt`) against a release's assets.
 * A glob is satisfied by at least one matching asset, and every asset it matches must be complete.
 */
function checkRequiredAssets(assets, required) {
    const missing = [];
    const incomplete = new Set();
    for (const pattern of required) {
        const matches = picomatch_default().scan(pattern).isGlob
            ? assets.filter((asset) => picomatch_default()(pattern, { dot: true })(asset.name))
            : assets.filter((asset) => asset.name === pattern);
        if (!matches.length)
            missing.push(pattern);
        for (const asset of matches)
            if (asset.state !== 'uploaded')
                incomplete.add(`${asset.name} (${asset.state})`);
    }
    return { missing, incomplete: [...incomplete] };
}
/** One line listing what is wrong, or undefined when nothing is. */
function describeAssetProblems(report) {
    const parts = [];
    if (report.missing.length)
        parts.push(`missing ${report.missing.join(', ')}`);
    if (report.incomplete.length)
        parts.push(`not completely uploaded ${report.incomplete.join(', ')}`);
    return parts.length ? parts.join('; ') : undefined;
}

// EXTERNAL MODULE: ./packages/release-kit/src/releases/supersede.ts
var supersede = __webpack_require__(1339);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/release-notes-from-changelog.steps.ts
// release-notes-from-changelog after its inputs are valid: each mode's work (the changelog, the
// notes, the GitHub release). Loaded lazily by operations/release-notes-from-changelog.ts.












function commonOutputs(settings) {
    return { version: settings.version, tag: settings.tag, prerelease: String(settings.prerelease) };
}
/** prepare: the changelog (and, when asked, the chart's release-notes annotation), written only when all checks pass. */
async function release_notes_from_changelog_steps_prepare(settings, context) {
    const workspace = context.runner.workspace;
    const changelogFile = await readFileInside(workspace, settings.changelogPath, 'changelog', 'changelog file');
    const result = (0,prepare/* prepareChangelog */.qp)(changelogFile.text, {
        version: settings.version,
        date: settings.date,
        dateDefaulted: settings.dateDefaulted,
        allowEmpty: settings.allowEmpty,
        file: settings.changelogPath,
        extraTypes: settings.extraTypes,
    });
    // The chart edit is planned (and checked) before anything is written, like the changelog.
    const chartEdit = settings.chartReleaseNotes
        ? await planChartReleaseNotes(workspace, settings.chartReleaseNotes, settings.chart, {
            notes: 'chart-release-notes',
            chart: 'chart',
        })
        : undefined;
    // Every check has passed: now write.
    if (result.state === 'prepared')
        await writeFileAtomic(changelogFile.absolute, result.text);
    const chartChanged = chartEdit !== undefined && chartEdit.state !== 'unchanged';
    if (chartChanged)
        await writeFileAtomic(chartEdit.absolute, chartEdit.text);
    const changed = result.state === 'prepared' || chartChanged;
    const lines = [
        `### Changelog prepared for ${settings.tag}`,
        '',
        result.state === 'prepared'
            ? `- ${settings.changelogPath}: added \`${result.heading}\`${result.linksUpdated ? ' and updated the compare links' : ''}`
            : `- ${settings.changelogPath}: already prepared (\`${result.heading}\`)`,
    ];
    if (chartEdit)
        lines.push(`- ${chartEdit.file}: release-notes annotation ${chartEdit.state}`);
    context.log.info(lines.slice(2).join('\n'));
    return {
        outputs: { ...commonOutputs(settings), state: changed ? 'prepared' : 'unchanged' },
        summary: `${lines.join('\n')}\n`,
    };
}
/** notes: the changelog section in the seed outline, capped, written to the body file. */
async function release_notes_from_changelog_steps_notes(settings, context) {
    const { runner } = context;
    const workspace = runner.workspace;
    const changelogFile = await readFileInside(workspace, settings.changelogPath, 'changelog', 'changelog file');
    const changelog = (0,parse/* parseChangelog */.EY)(changelogFile.text, {
        file: settings.changelogPath,
        extraTypes: settings.extraTypes,
    });
    const section = (0,prepare/* extractSection */.Xl)(changelog, settings.version, settings.changelogPath);
    const template = settings.templatePath
        ? await readFileInside(workspace, settings.templatePath, 'template', 'template file')
        : undefined;
    const owner = settings.owner;
    const repo = settings.repo;
    const changelogUrl = `${runner.serverUrl}/${owner}/${repo}/blob/${settings.tag}/${settings.changelogPath.split((external_node_path_default()).sep).join('/')}`;
    const ctx = {
        owner,
        repo,
        serverUrl: runner.serverUrl,
        tag: settings.tag,
        version: settings.version,
        changelog,
        section,
        changelogUrl,
        installDocsUrl: settings.installDocsUrl ?? `${runner.serverUrl}/${owner}/${repo}#readme`,
        summary: settings.summary,
        upgradeNotes: settings.upgradeNotes,
        knownLimitations: settings.knownLimitations,
        images: settings.images,
        charts: settings.charts,
        cliAssets: settings.cliAssets,
        experimentalNotice: settings.experimentalNotice,
        certificateIdentityRegexp: settings.identityRegexp,
    };
    const filled = template
        ? (0,notes/* fillTemplate */.ou)(template.text, (0,notes/* placeholderValues */.m_)(ctx), settings.templatePath)
        : (0,notes/* renderNotes */.IE)(ctx);
    const rendered = settings.supersession ? (0,supersede/* withSupersedesLine */.ev)(filled, settings.supersession) : filled;
    // The cap comes before any API call: GitHub would refuse the whole release otherwise.
    const capped = (0,notes/* capBody */.vE)(rendered, changelogUrl);
    if (capped.truncated)
        context.log.warning(`the release notes exceed 125,000 characters; cut to ${capped.body.length} with a link to the full changelog`);
    if (section.yanked)
        context.log.warning(`${settings.changelogPath}:${section.line}: version ${section.versionText} is marked [YANKED]`, { file: settings.changelogPath, line: section.line });
    const bodyFile = settings.bodyFile
        ? await resolveInside(workspace, settings.bodyFile, 'body-file')
        : external_node_path_default().join(runner.runnerTemp, `release-notes-${settings.tag.replace(/[^A-Za-z0-9._-]/g, '_')}.md`);
    await writeFileAtomic(bodyFile, capped.body);
    return { body: capped.body, bodyFile, truncated: capped.truncated };
}
function githubClient(settings, context) {
    return createGitHubClient({
        token: settings.token,
        baseUrl: context.runner.apiUrl,
        retryBaseMs: context.runner.retryBaseMs,
        log: context.log,
    });
}
function releaseOutputs(release) {
    return { 'release-id': String(release.id), 'release-url': release.html_url, 'upload-url': release.upload_url };
}
/** The one release for the tag, created as a draft or brought up to date with the rendered notes. */
async function ensureRelease(settings, client, body) {
    const ref = { owner: settings.owner, repo: settings.repo, tag: settings.tag };
    let ensured;
    try {
        ensured = await ensureDraftRelease(client, {
            ...ref,
            name: settings.name ?? settings.tag,
            body,
            prerelease: settings.prerelease,
            targetCommitish: settings.targetCommitish,
        });
    }
    catch (error) {
        if (isImmutableReleaseError(error))
            throw immutableReleaseError(settings.tag, error);
        throw error;
    }
    const current = ensured.release;
    if (ensured.state === 'created')
        return { release: current, state: 'created' };
    const wantName = settings.name !== undefined && current.name !== settings.name;
    const wantBody = (current.body ?? '') !== body;
    const wantPrerelease = current.prerelease !== settings.prerelease;
    if (!wantName && !wantBody && !wantPrerelease)
        return { release: current, state: 'unchanged' };
    try {
        const updated = await updateRelease(client, {
            ...ref,
            releaseId: current.id,
            ...(wantName ? { name: settings.name } : {}),
            ...(wantBody ? { body } : {}),
            ...(wantPrerelease ? { prerelease: settings.prerelease } : {}),
        });
        return { release: updated, state: 'updated' };
    }
    catch (error) {
        if (isImmutableReleaseError(error))
            throw immutableReleaseError(settings.tag, error);
        throw error;
    }
}
/** With `supersedes`: the superseded release must be published in this repository, checked before any write. */
async function checkSuperseded(settings, client) {
    if (!settings.supersession)
        return undefined;
    const all = (await client.paginate(client.rest.repos.listReleases, {
        owner: settings.owner,
        repo: settings.repo,
        per_page: 100,
    }));
    return {
        old: (0,supersede/* supersededRelease */.o2)({
            owner: settings.owner,
            repo: settings.repo,
            supersession: settings.supersession,
            releases: all,
        }),
        all,
    };
}
/** release: notes, then the one draft for the tag (created, updated or unchanged). */
async function release(settings, context) {
    const rendered = await release_notes_from_changelog_steps_notes(settings, context);
    const client = githubClient(settings, context);
    await checkSuperseded(settings, client);
    const { release: current, state } = await ensureRelease(settings, client, rendered.body);
    const kind = current.draft ? 'draft' : 'published release';
    context.log.info(`release ${settings.tag}: ${state} (${kind} ${current.id})`);
    return {
        outputs: {
            ...commonOutputs(settings),
            body: rendered.body,
            'body-file': rendered.bodyFile,
            ...releaseOutputs(current),
            state,
        },
        summary: `### Release ${settings.tag}: ${state}\n\n${kind} [${current.id}](${current.html_url})\n\n${rendered.body}`,
    };
}
/**
 * supersede: `release` for the new version (its notes open with the release they supersede), then a
 * banner on the superseded release's notes and "latest" taken from it. Every check, including that
 * the superseded release exists, runs before the first write.
 */
async function release_notes_from_changelog_steps_supersede(settings, context) {
    const supersession = settings.supersession;
    const rendered = await release_notes_from_changelog_steps_notes(settings, context);
    const client = githubClient(settings, context);
    const { old, all } = (await checkSuperseded(settings, client));
    const ensured = await ensureRelease(settings, client, rendered.body);
    const marked = await (0,supersede/* supersedeRelease */.o$)(client, {
        owner: settings.owner,
        repo: settings.repo,
        supersession,
        old,
        replacement: ensured.release,
        releases: all,
    });
    const changed = ensured.state !== 'unchanged' || marked.banner !== 'unchanged' || marked.latest.state === 'moved';
    const state = ensured.state === 'created' ? 'created' : changed ? 'updated' : 'unchanged';
    const lines = [
        `- ${settings.tag}: ${ensured.state} (${ensured.release.draft ? 'draft' : 'published'} ${ensured.release.id}), notes open with "Supersedes ${supersession.oldTag}"`,
        `- ${supersession.oldTag}: superseded banner ${marked.banner}`,
        marked.latest.state === 'moved'
            ? `- latest: moved from ${supersession.oldTag} to ${marked.latest.to.tag_name}`
            : marked.latest.state === 'kept'
                ? `- latest: ${marked.latest.why}`
                : `- latest: ${supersession.oldTag} is not the latest release`,
    ];
    context.log.info(lines.join('\n'));
    if (marked.latest.state === 'kept')
        context.log.warning(marked.latest.why);
    return {
        outputs: {
            ...commonOutputs(settings),
            body: rendered.body,
            'body-file': rendered.bodyFile,
            ...releaseOutputs(ensured.release),
            'superseded-release-id': String(marked.old.id),
            state,
        },
        summary: `### ${settings.tag} supersedes ${supersession.oldTag}: ${state}\n\n${lines.join('\n')}\n`,
    };
}
/** publish: `draft: false` once every required asset is there and complete; the last step. */
async function publish(settings, context) {
    const client = githubClient(settings, context);
    const ref = { owner: settings.owner, repo: settings.repo, tag: settings.tag };
    const found = await findReleaseForTag(client, ref);
    if (!found) {
        throw new errors/* UserError */.yo(`there is no release (draft or published) for tag ${settings.tag} in ${ref.owner}/${ref.repo}; run mode 'release' first`, {
            input: 'version',
            value: settings.tag,
        });
    }
    const assets = (await client.paginate(client.rest.repos.listReleaseAssets, {
        owner: ref.owner,
        repo: ref.repo,
        release_id: found.id,
        per_page: 100,
    }));
    const problems = describeAssetProblems(checkRequiredAssets(assets, settings.requireAssets));
    // A rerun of a publish that succeeded: nothing to do, even if an asset was deleted since. An
    // immutable release cannot lose assets, so one missing there was never uploaded: still an error.
    if (!found.draft && !found.immutable) {
        if (problems)
            context.log.warning(`release ${settings.tag} is already published but now lacks required assets: ${problems}`);
        context.log.info(`release ${settings.tag}: unchanged (already published)`);
        return {
            outputs: { ...commonOutputs(settings), ...releaseOutputs(found), state: 'unchanged' },
            summary: `### Release ${settings.tag}: unchanged (already published)\n\n[${found.html_url}](${found.html_url}) with ${assets.length} asset(s)\n`,
        };
    }
    if (problems) {
        if (!found.draft && found.immutable)
            throw immutableReleaseError(settings.tag, new Error(`it lacks required assets: ${problems}`));
        throw new errors/* UserError */.yo(`release ${settings.tag} cannot be published: ${problems} (input 'require-assets'); upload them (e.g. with upload-cli-artifacts) and rerun publish`, {
            input: 'require-assets',
            value: settings.requireAssets.join(', '),
            valid: 'assets present on the release in state uploaded',
        });
    }
    const result = await publishRelease(client, {
        ...ref,
        release: found,
        version: settings.version,
        prerelease: settings.prerelease,
    });
    const latestText = result.state === 'published' ? (result.latest ? ', marked latest' : ', not marked latest') : '';
    context.log.info(`release ${settings.tag}: ${result.state}${latestText}`);
    return {
        outputs: { ...commonOutputs(settings), ...releaseOutputs(result.release), state: result.state },
        summary: `### Release ${settings.tag}: ${result.state}${latestText}\n\n[${result.release.html_url}](${result.release.html_url}) with ${assets.length} asset(s)\n`,
    };
}
/** The mode's work. */
/** What each mode's log group is called. */
const GROUP_TITLES = {
    prepare: 'Prepare the changelog for',
    notes: 'Render the release notes of',
    release: 'Draft or update the release',
    publish: 'Publish the release',
    supersede: 'Supersede an earlier release with',
};
/** The mode's work, its log lines in one group. */
function runMode(settings, context) {
    return inGroup(context.log, `${GROUP_TITLES[settings.mode]} ${settings.tag}`, () => modeStep(settings, context));
}
async function modeStep(settings, context) {
    switch (settings.mode) {
        case 'prepare':
            return release_notes_from_changelog_steps_prepare(settings, context);
        case 'notes': {
            const rendered = await release_notes_from_changelog_steps_notes(settings, context);
            return {
                outputs: {
                    ...commonOutputs(settings),
                    body: rendered.body,
                    'body-file': rendered.bodyFile,
                    state: 'unchanged',
                },
                summary: `### Release notes for ${settings.tag}\n\n${rendered.body}`,
            };
        }
        case 'release':
            return release(settings, context);
        case 'publish':
            return publish(settings, context);
        case 'supersede':
            return release_notes_from_changelog_steps_supersede(settings, context);
    }
}


/***/ })

};

//# sourceMappingURL=881.index.js.map