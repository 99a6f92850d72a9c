export const id = 402;
export const ids = [402];
export const modules = {

/***/ 86868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ chartVersionTag),
/* harmony export */   N0: () => (/* binding */ isChartVersion),
/* harmony export */   bC: () => (/* binding */ isSafeChartName)
/* harmony export */ });
/* unused harmony exports parseChartVersion, compareChartVersions, sameChartVersion, chartVersionOfTag */
// The one grammar for chart versions (and, for OCI, chart names): what helm accepts, how two versions
// compare, and how a version becomes an OCI tag. Tiny and dependency-free, so that checking an
// action's inputs does not load the chart parser or the packaging code.
// Masterminds/semver v3's NewVersion grammar, which is what helm's isValidSemver accepts: an
// optional "v", minor and patch optional, no leading zeros, SemVer 2 pre-release and build parts.
const MASTERMINDS_SEMVER = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const MAX_UINT64 = 2n ** 64n - 1n;
// The name becomes a path component of the OCI repository, so it must be one (distribution's
// path-component grammar). helm itself only requires name == filepath.Base(name).
const SAFE_CHART_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** True when helm (Masterminds/semver) accepts `version` as a chart version. */
function isChartVersion(version) {
    return parseChartVersion(version) !== undefined;
}
/** The parts of a chart version helm accepts, or undefined when helm would refuse it. */
function parseChartVersion(version) {
    const m = MASTERMINDS_SEMVER.exec(version);
    if (!m)
        return undefined;
    // BigInt: Masterminds reads each number as a uint64, more than a JS number holds exactly, and
    // refuses a bigger one.
    const [major, minor, patch] = [m[1], m[2] ?? '0', m[3] ?? '0'].map(BigInt);
    if (major > MAX_UINT64 || minor > MAX_UINT64 || patch > MAX_UINT64)
        return undefined;
    return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [], build: m[5] ?? '' };
}
/**
 * Masterminds/semver's Compare, which helm sorts chart versions with: numbers first, then a release
 * above its pre-releases, pre-release identifiers compared by SemVer's rules; build metadata ignored;
 * `v1.2` equals `1.2.0`. A version helm refuses sorts as plain text, below every valid one.
 */
function compareChartVersions(a, b) {
    const pa = parseChartVersion(a);
    const pb = parseChartVersion(b);
    if (!pa || !pb) {
        if (pa)
            return 1;
        if (pb)
            return -1;
        return a < b ? -1 : a > b ? 1 : 0;
    }
    for (const key of ['major', 'minor', 'patch']) {
        if (pa[key] !== pb[key])
            return pa[key] < pb[key] ? -1 : 1;
    }
    return comparePrerelease(pa.prerelease, pb.prerelease);
}
/** True when both are the same chart version as helm compares them (`v1.2` and `1.2.0+build.1` are). */
function sameChartVersion(a, b) {
    return isChartVersion(a) && isChartVersion(b) && compareChartVersions(a, b) === 0;
}
/** The OCI tag of a chart version: `+` becomes `_`, since tags cannot hold `+` (helm does the same). */
function chartVersionTag(version) {
    return version.replace(/\+/g, '_');
}
/**
 * The chart version an OCI tag stands for: the tag itself when it is a chart version, else with `_`
 * read back as `+` when that makes one (as helm does when listing tags); undefined otherwise.
 */
function chartVersionOfTag(tag) {
    if (isChartVersion(tag))
        return tag;
    const restored = tag.replace(/_/g, '+');
    return isChartVersion(restored) ? restored : undefined;
}
/** True for a chart name helm accepts that can also be an OCI repository path component. */
function isSafeChartName(name) {
    return SAFE_CHART_NAME.test(name) && name.length <= 128;
}
function comparePrerelease(a, b) {
    if (a.length === 0 || b.length === 0)
        return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= a.length)
            return -1;
        if (i >= b.length)
            return 1;
        const order = compareIdentifier(a[i], b[i]);
        if (order !== 0)
            return order;
    }
    return 0;
}
/** Numeric identifiers compare as numbers and below alphanumeric ones, which compare as ASCII. */
function compareIdentifier(a, b) {
    const numA = /^\d+$/.test(a);
    const numB = /^\d+$/.test(b);
    if (numA && numB) {
        const x = BigInt(a);
        const y = BigInt(b);
        return x === y ? 0 : x < y ? -1 : 1;
    }
    if (numA !== numB)
        return numA ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 91899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11303);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var _plumbing_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49983);
/* harmony import */ var _plumbing_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28135);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93539);
// The one way to talk to GitHub's REST API: octokit with retries and rate-limit handling wired in.






const RetryingOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_3__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
/**
 * Build a client whose requests survive transient failures:
 * - plugin-retry retries 5xx, 429 and network errors (not 4xx user errors);
 * - plugin-throttling waits out primary (x-ratelimit-remaining: 0) and secondary (403/429 with
 *   retry-after) rate limits, but only because the callbacks below return true.
 * RELEASE_KIT_RETRY_BASE_MS scales the back-off (octokit's default base is 1000 ms); tests lower it.
 */
function createGitHubClient(options = {}) {
    const log = options.log ?? _plumbing_log_js__WEBPACK_IMPORTED_MODULE_0__/* .consoleLogger */ .kS;
    const retries = options.retries ?? 4;
    const baseMs = options.retryBaseMs ?? (0,_plumbing_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultRetryBaseMs */ .rD)();
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
        baseUrl: (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
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
        const translated = typeof e.status === 'number'
            ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubFailure */ .o)({
                status: e.status,
                method: options.method,
                url: e.response?.url ?? options.url,
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


/***/ }),

/***/ 99887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMode: () => (/* binding */ runMode)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/changelog/parse.ts
var parse = __webpack_require__(14834);
// EXTERNAL MODULE: ./packages/release-kit/src/changelog/prepare.ts
var prepare = __webpack_require__(52542);
// EXTERNAL MODULE: ./packages/release-kit/src/github/client.ts
var client = __webpack_require__(91899);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var log = __webpack_require__(49983);
// EXTERNAL MODULE: ./packages/release-kit/src/releases/chart-release-notes.ts
var chart_release_notes = __webpack_require__(81847);
// EXTERNAL MODULE: ./packages/release-kit/src/releases/notes.ts
var notes = __webpack_require__(84194);
// EXTERNAL MODULE: ./packages/release-kit/src/releases/release.ts
var release = __webpack_require__(62526);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
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
var supersede = __webpack_require__(21339);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/release-notes-from-changelog.steps.ts
// release-notes-from-changelog after its inputs are valid: each mode's work (the changelog, the
// notes, the GitHub release). Loaded lazily by operations/release-notes-from-changelog.ts.












function commonOutputs(settings) {
    return { version: settings.version, tag: settings.tag, prerelease: String(settings.prerelease) };
}
/** prepare: the changelog (and, when asked, the chart's release-notes annotation), written only when all checks pass. */
async function release_notes_from_changelog_steps_prepare(settings, context) {
    const workspace = context.runner.workspace;
    const changelogFile = await (0,fs/* readFileInside */.XW)(workspace, settings.changelogPath, 'changelog', 'changelog file');
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
        ? await (0,chart_release_notes/* planChartReleaseNotes */.K8)(workspace, settings.chartReleaseNotes, settings.chart, {
            notes: 'chart-release-notes',
            chart: 'chart',
        })
        : undefined;
    // Every check has passed: now write.
    if (result.state === 'prepared')
        await (0,fs/* writeFileAtomic */.Zf)(changelogFile.absolute, result.text);
    const chartChanged = chartEdit !== undefined && chartEdit.state !== 'unchanged';
    if (chartChanged)
        await (0,fs/* writeFileAtomic */.Zf)(chartEdit.absolute, chartEdit.text);
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
    const changelogFile = await (0,fs/* readFileInside */.XW)(workspace, settings.changelogPath, 'changelog', 'changelog file');
    const changelog = (0,parse/* parseChangelog */.EY)(changelogFile.text, {
        file: settings.changelogPath,
        extraTypes: settings.extraTypes,
    });
    const section = (0,prepare/* extractSection */.Xl)(changelog, settings.version, settings.changelogPath);
    const template = settings.templatePath
        ? await (0,fs/* readFileInside */.XW)(workspace, settings.templatePath, 'template', 'template file')
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
        ? await (0,fs/* resolveInside */.LI)(workspace, settings.bodyFile, 'body-file')
        : external_node_path_default().join(runner.runnerTemp, `release-notes-${settings.tag.replace(/[^A-Za-z0-9._-]/g, '_')}.md`);
    await (0,fs/* writeFileAtomic */.Zf)(bodyFile, capped.body);
    return { body: capped.body, bodyFile, truncated: capped.truncated };
}
function githubClient(settings, context) {
    return (0,client/* createGitHubClient */.L)({
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
        ensured = await release/* ensureDraftRelease */.vw(client, {
            ...ref,
            name: settings.name ?? settings.tag,
            body,
            prerelease: settings.prerelease,
            targetCommitish: settings.targetCommitish,
        });
    }
    catch (error) {
        if (release/* isImmutableReleaseError */.Sx(error))
            throw release/* immutableReleaseError */.m$(settings.tag, error);
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
        const updated = await release/* updateRelease */.BG(client, {
            ...ref,
            releaseId: current.id,
            ...(wantName ? { name: settings.name } : {}),
            ...(wantBody ? { body } : {}),
            ...(wantPrerelease ? { prerelease: settings.prerelease } : {}),
        });
        return { release: updated, state: 'updated' };
    }
    catch (error) {
        if (release/* isImmutableReleaseError */.Sx(error))
            throw release/* immutableReleaseError */.m$(settings.tag, error);
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
async function release_notes_from_changelog_steps_release(settings, context) {
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
    const found = await release/* findReleaseForTag */.kq(client, ref);
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
            throw release/* immutableReleaseError */.m$(settings.tag, new Error(`it lacks required assets: ${problems}`));
        throw new errors/* UserError */.yo(`release ${settings.tag} cannot be published: ${problems} (input 'require-assets'); upload them (e.g. with upload-cli-artifacts) and rerun publish`, {
            input: 'require-assets',
            value: settings.requireAssets.join(', '),
            valid: 'assets present on the release in state uploaded',
        });
    }
    const result = await release/* publishRelease */.Dl(client, {
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
    return (0,log/* inGroup */.HB)(context.log, `${GROUP_TITLES[settings.mode]} ${settings.tag}`, () => modeStep(settings, context));
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
            return release_notes_from_changelog_steps_release(settings, context);
        case 'publish':
            return publish(settings, context);
        case 'supersede':
            return release_notes_from_changelog_steps_supersede(settings, context);
    }
}


/***/ }),

/***/ 81847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ planChartReleaseNotes),
/* harmony export */   W4: () => (/* reexport safe */ _charts_chartfile_js__WEBPACK_IMPORTED_MODULE_2__.W4)
/* harmony export */ });
/* unused harmony export injectChartReleaseNotes */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51430);
/* harmony import */ var _charts_chartfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90994);
/* harmony import */ var _charts_chartfile_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29975);
// Put release notes into Chart.yaml's `catalog.cattle.io/release-notes` annotation, touching nothing else.





/**
 * Set `annotations."catalog.cattle.io/release-notes"` in a Chart.yaml to `notes` (normalised as a
 * block scalar keeps them), touching nothing else: the edit is charts/chartfile-edit.ts's.
 */
function injectChartReleaseNotes(chartYaml, notes, file = 'Chart.yaml') {
    return (0,_charts_chartfile_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .setChartAnnotation */ ._s)(chartYaml, _charts_chartfile_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_NOTES_ANNOTATION */ .W4, (0,_charts_chartfile_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseNotes */ .Cb)(notes), file);
}
/**
 * Read the Markdown file `notesPath` and plan its edit into the chart's Chart.yaml, writing nothing
 * (callers write `text` atomically once all their own checks pass). `chart` is a chart directory or
 * a Chart.yaml; by default the Chart.yaml next to the notes (Buntime keeps charts/release-notes.md
 * beside charts/Chart.yaml). `inputs` names the two inputs in error messages.
 */
async function planChartReleaseNotes(workspace, notesPath, chart, inputs) {
    const notes = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .readFileInside */ .XW)(workspace, notesPath, inputs.notes, 'Markdown file');
    let file = chart || node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(notesPath), 'Chart.yaml');
    if (!file.endsWith('.yaml') && !file.endsWith('.yml'))
        file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(file, 'Chart.yaml');
    const chartYaml = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .readFileInside */ .XW)(workspace, file, inputs.chart, 'Chart.yaml (or a chart directory holding one)');
    return { ...injectChartReleaseNotes(chartYaml.text, notes.text, file), file, absolute: chartYaml.absolute };
}


/***/ }),

/***/ 62526:
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

//# sourceMappingURL=402.index.js.map