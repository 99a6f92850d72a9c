export const id = 260;
export const ids = [260];
export const modules = {

/***/ 994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ chartError),
/* harmony export */   H4: () => (/* binding */ parseRequirementsYaml),
/* harmony export */   Pe: () => (/* binding */ chartYamlText),
/* harmony export */   W4: () => (/* binding */ RELEASE_NOTES_ANNOTATION),
/* harmony export */   aR: () => (/* binding */ validateMetadata),
/* harmony export */   zO: () => (/* binding */ parseChartYaml)
/* harmony export */ });
/* unused harmony export sanitize */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3178);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6868);
// Chart.yaml: reading it the way helm does and validating it as helm's Metadata.Validate does (the
// edits are in chartfile-edit.ts).




/** The annotation the Rancher (Buntime) catalog reads release notes from. */
const RELEASE_NOTES_ANNOTATION = 'catalog.cattle.io/release-notes';
/**
 * Parse Chart.yaml bytes into helm's metadata. Strings are read as written (sigs.k8s.io/yaml turns
 * `version: 1.0` into the string "1.0" for a string field), booleans with YAML 1.1 rules as
 * go-yaml does, and unknown keys are ignored as helm ignores them. `where` names the file in errors.
 */
function parseChartYaml(data, where) {
    const file = 'Chart.yaml';
    const { strings: raw, typed } = loadYamlMapping(data, where, file);
    if (raw === undefined)
        throw chartError(where, 'chart.metadata.apiVersion is required');
    const str = (key, from = raw) => stringField(from, key, where, file);
    const strList = (key) => stringListField(raw, key, where, file);
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
        deprecated: booleanField(typed, 'deprecated', where, file),
        annotations,
        kubeVersion: optionalSanitized(str('kubeVersion')),
        dependencies: parseDependencies(raw.dependencies, typed.dependencies, where, file),
        type: str('type'),
    };
}
/**
 * The `dependencies` of a helm 2 (apiVersion v1) chart's requirements.yaml, which helm 3 and 4 still
 * read into the chart's metadata; undefined when the file lists none.
 */
function parseRequirementsYaml(data, where) {
    const { strings, typed } = loadYamlMapping(data, where, 'requirements.yaml');
    if (strings === undefined)
        return undefined;
    return parseDependencies(strings.dependencies, typed.dependencies, where, 'requirements.yaml');
}
/** The largest number of alias expansions a chart file may make (the yaml library's own default). */
const MAX_ALIAS_COUNT = 100;
/**
 * A chart YAML file read twice, as helm reads it: every scalar as the string written (`strings`),
 * and typed with YAML 1.1 rules (`typed`, for booleans). Refuses syntax errors, duplicate keys
 * (naming the key and both lines) and alias bombs, each in one line; undefined for an empty file.
 */
function loadYamlMapping(data, where, file) {
    const text = chartYamlText(data, where, file);
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const strings = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { schema: 'failsafe', uniqueKeys: false, lineCounter: lines });
    const typed = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { version: '1.1', uniqueKeys: false });
    const problem = strings.errors[0] ?? typed.errors[0];
    if (problem)
        throw chartError(where, `cannot load ${file}: ${problem.message.split('\n')[0]}`);
    const duplicate = findDuplicateKey(strings.contents, [], lines);
    if (duplicate) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`chart ${where}: cannot load ${file}: duplicate key ${JSON.stringify(duplicate.key)} at line ${duplicate.line} (first at line ${duplicate.firstLine}); keep one`, { value: where, location: { file: where, line: duplicate.line } });
    }
    const rawStrings = toPlain(strings, where, file);
    const rawTyped = toPlain(typed, where, file);
    if (rawStrings === null || rawStrings === undefined || rawStrings === '')
        return { strings: undefined, typed: undefined };
    if (!isRecord(rawStrings) || !isRecord(rawTyped))
        throw chartError(where, `cannot load ${file}: expected a mapping of keys to values`);
    return { strings: rawStrings, typed: rawTyped };
}
function toPlain(document, where, file) {
    try {
        return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        // The yaml library stops an exponential expansion (a "billion laughs") with a ReferenceError.
        if (error instanceof ReferenceError && /alias/i.test(error.message)) {
            throw chartError(where, `cannot load ${file}: its YAML aliases expand more than ${MAX_ALIAS_COUNT} times (a resource exhaustion pattern); write the values out`);
        }
        throw error;
    }
}
/** The first key that appears twice in one mapping, anywhere in the tree, with its dotted path and lines. */
function findDuplicateKey(node, path, lines) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
        const seen = new Map();
        for (const pair of node.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : undefined;
            if (key === undefined)
                continue;
            const line = lines.linePos(pair.key.range?.[0] ?? 0).line;
            const first = seen.get(key);
            if (first !== undefined)
                return { key: [...path, key].join('.'), line, firstLine: first };
            seen.set(key, line);
            const inner = findDuplicateKey(pair.value, [...path, key], lines);
            if (inner)
                return inner;
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
        for (const [index, item] of node.items.entries()) {
            const inner = findDuplicateKey(item, [...path, String(index)], lines);
            if (inner)
                return inner;
        }
    }
    return undefined;
}
function parseDependencies(rawList, typedList, where, file) {
    const typedDeps = Array.isArray(typedList) ? typedList : [];
    return listOfRecords(rawList, 'dependencies', where)?.map((d, i) => {
        const t = isRecord(typedDeps[i]) ? typedDeps[i] : {};
        const importValues = t['import-values'];
        if (importValues !== undefined && importValues !== null && !Array.isArray(importValues)) {
            throw chartError(where, `cannot load ${file}: import-values must be a list`);
        }
        const str = (key) => stringField(d, key, where, file);
        return {
            name: sanitize(str('name') ?? ''),
            version: optionalSanitized(str('version')),
            repository: sanitize(str('repository') ?? ''),
            condition: optionalSanitized(str('condition')),
            tags: stringListField(d, 'tags', where, file)?.map(sanitize),
            enabled: booleanField(t, 'enabled', where, file),
            importValues: importValues ?? undefined,
            alias: str('alias'),
            dependsOn: stringListField(d, 'depends-on', where, file)?.map(sanitize),
        };
    });
}
function stringField(from, key, where, file) {
    const v = from[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'string')
        throw chartError(where, `cannot load ${file}: ${key} must be a string`);
    return v;
}
function stringListField(from, key, where, file) {
    const v = from[key];
    if (v === undefined || v === null || v === '')
        return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        throw chartError(where, `cannot load ${file}: ${key} must be a list of strings`);
    return v;
}
function booleanField(from, key, where, file) {
    const v = from[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'boolean')
        throw chartError(where, `cannot load ${file}: ${key} must be true or false`);
    return v;
}
/**
 * helm's Metadata.Validate, plus the rules this project adds: apiVersion must be v1 or v2 (what
 * helm lint accepts; helm 3 and 4 still package and install helm 2's v1 charts) and the name must be
 * usable in an OCI reference.
 */
function validateMetadata(metadata, where) {
    if (metadata.apiVersion === '')
        throw chartError(where, 'chart.metadata.apiVersion is required');
    if (metadata.apiVersion !== 'v1' && metadata.apiVersion !== 'v2') {
        throw chartError(where, `chart.metadata.apiVersion ${JSON.stringify(metadata.apiVersion)} is not supported; expected v1 or v2 (v2 for new charts)`);
    }
    if (metadata.name === '')
        throw chartError(where, 'chart.metadata.name is required');
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .isSafeChartName */ .bC)(metadata.name)) {
        throw chartError(where, `chart.metadata.name ${JSON.stringify(metadata.name)} is invalid; expected lower-case letters, digits and single separators (. _ -), e.g. my-chart`);
    }
    if (metadata.version === '')
        throw chartError(where, 'chart.metadata.version is required');
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .isChartVersion */ .N0)(metadata.version)) {
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
/**
 * The text of a YAML file helm reads (Chart.yaml, values.yaml, requirements.yaml, Chart.lock), refused
 * in one line when it is not UTF-8, as helm refuses it ("yaml: invalid trailing UTF-8 octet"):
 * decoding would turn such a byte into U+FFFD, in the archive too when Chart.yaml is edited.
 */
function chartYamlText(data, where, file) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    // Only on failure: find the byte that starts the first invalid sequence, for the message. A decoder
    // fed one byte at a time returns text whenever a character completes, so `start` is where the
    // pending one began when it throws.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    let line = 1;
    for (let i = 0; i < data.length; i++) {
        try {
            if (decoder.decode(data.subarray(i, i + 1), { stream: true }) !== '')
                start = i + 1;
        }
        catch {
            break;
        }
        if (data[i] === 0x0a)
            line += 1;
    }
    const byte = `0x${data[start].toString(16).padStart(2, '0')}`;
    throw chartError(where, `cannot load ${file}: not UTF-8 (invalid byte ${byte} at line ${line}); save it as UTF-8`);
}
/** A chart problem, located in the chart's Chart.yaml (or the file `where` names). */
function chartError(where, message) {
    return new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`chart ${where}: ${message}`, { value: where, location: { file: where } });
}


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var plumbing_log = __webpack_require__(9983);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(8135);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(3178);
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
/** What to do when GitHub kept answering 5xx. */
const GITHUB_TROUBLE = 'GitHub is having trouble (https://www.githubstatus.com); rerun the job later';
/** What to do when GitHub could not be reached at all. */
const GITHUB_UNREACHABLE = 'check the API URL (GITHUB_API_URL, --api-url) and the network, then rerun';
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
            fix: GITHUB_UNREACHABLE,
        })
        : (0,errors/* gaveUpMessage */.Sw)({
            failed: `GitHub kept failing ${what}`,
            reason: outage.reason,
            tries: outage.tries,
            fix: GITHUB_TROUBLE,
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

// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
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
    const log = options.log ?? plumbing_log/* consoleLogger */.kS;
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
            ...(baseMs < retry/* DEFAULT_RETRY_BASE_MS */.Qg ? { write: scaledWriteGroup(baseMs) } : {}),
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
// plugin-throttling spaces writes (POST, PATCH, PUT, DELETE) one second apart, as GitHub asks. With a
// lowered back-off base (a test's stand-in), that spacing scales like every other wait: a group of the
// same shape, shared by every client with this base. At the default base the plugin's own group is used.
const writeGroups = new Map();
function scaledWriteGroup(baseMs) {
    const group = writeGroups.get(baseMs) ??
        new (light_default()).Group({ id: `release-kit-write-${baseMs}`, maxConcurrent: 1, minTime: baseMs });
    writeGroups.set(baseMs, group);
    return group;
}


/***/ }),

/***/ 9983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ inGroup),
/* harmony export */   kS: () => (/* binding */ consoleLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony exports terminalLogger, bufferedLogger */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3178);
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
        warning: (m, l) => sinks.problems(`warning: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .locatedMessage */ .mI)(m, l)}`),
        error: (m, l) => sinks.problems(`error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .locatedMessage */ .mI)(m, l)}`),
        startGroup: (title) => sinks.print(`▸ ${title}`),
    };
}
/** Logger for library callers that pass nothing. */
const consoleLogger = terminalLogger();
/** A logger that swallows everything, for tests and quiet helpers. */
const silentLogger = { info() { }, debug() { }, warning() { }, error() { } };
/** A logger that keeps its lines until `replay`: for work that runs concurrently but reports in order. */
function bufferedLogger() {
    const lines = [];
    const keep = (level) => (message, location) => lines.push([level, message, location]);
    return {
        log: { info: keep('info'), debug: keep('debug'), warning: keep('warning'), error: keep('error') },
        replay(target) {
            for (const [level, message, location] of lines) {
                if (level === 'warning' || level === 'error')
                    target[level](message, location);
                else if (level === 'info' || level === 'debug')
                    target[level](message);
            }
        },
    };
}


/***/ }),

/***/ 2526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ updateRelease),
/* harmony export */   Dl: () => (/* binding */ publishRelease),
/* harmony export */   Sx: () => (/* binding */ isImmutableReleaseError),
/* harmony export */   kq: () => (/* binding */ findReleaseForTag),
/* harmony export */   m$: () => (/* binding */ immutableReleaseError),
/* harmony export */   vw: () => (/* binding */ ensureDraftRelease)
/* harmony export */ });
/* unused harmony exports listReleasesForTag, canonicalRelease, shouldBeLatest, immutableReleaseMessage, failedReleaseSteps */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3178);
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
    if (prerelease || semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(version))
        return false;
    return (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .isHighestRelease */ .gj)(version, published.filter((r) => !r.draft && !r.prerelease && r.id !== selfId).map((r) => r.tag_name));
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
    const next = (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .supersedingPatch */ .KF)(tag);
    return (`release ${tag} is published and immutable${detail ? ` (${detail})` : ''}: ` +
        `its tag and assets can no longer change; cut a new patch release${next ? ` (${next})` : ''} that supersedes it`);
}
/** Markdown for the step summary: how to recover from a failed immutable release. */
function failedReleaseSteps(tag) {
    const next = (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .supersedingPatch */ .KF)(tag) ?? 'the next patch version';
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
    const error = new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(immutableReleaseMessage(tag, detail), { value: tag, summary: failedReleaseSteps(tag) });
    return error;
}


/***/ })

};

//# sourceMappingURL=260.index.js.map