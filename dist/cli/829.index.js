export const id = 829;
export const ids = [829];
export const modules = {

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

/***/ 87829:
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var log = __webpack_require__(49983);
// EXTERNAL MODULE: ./packages/release-kit/src/releases/chart-release-notes.ts
var chart_release_notes = __webpack_require__(81847);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/release-kit/src/signing/policy.ts
var policy = __webpack_require__(73556);
;// CONCATENATED MODULE: ./packages/release-kit/src/releases/notes.ts
// Render a release body in the seed outline (Summary … Changelog) from a changelog section and inputs.
// It claims only what its inputs say exists: commands for signatures and attestations appear only
// when `claims` names them, and every name and digest comes from the inputs (releases/notes-inputs.ts).




/** GitHub refuses release bodies longer than this many characters. */
const RELEASE_BODY_LIMIT = 125_000;
/** The workflow file that signs or attests each kind (the pack's reusable workflows). */
const SIGNING_WORKFLOWS = {
    images: 'release-images.yml',
    charts: 'release-charts.yml',
    archives: 'release-cli.yml',
    checksums: 'release-cli.yml',
};
/**
 * The placeholders a template may use, with what each holds. Documented in the action's README;
 * any other `{{…}}` in a template is an error.
 */
const PLACEHOLDERS = {
    version: 'the version, without `v` (0.2.0)',
    tag: 'the release tag (v0.2.0)',
    repository: 'OWNER/REPO',
    date: 'the date of the changelog section (YYYY-MM-DD), or empty',
    experimental_notice: 'the 0.x experimental sentence (empty from 1.0.0 on)',
    summary: 'the `summary` input, else the text before the first ### in the section, else a count of the changes',
    breaking_changes: 'the breaking changes as a list, or "None."',
    upgrade_notes: 'the `upgrade-notes` input, or a default sentence',
    images: 'a table of the images and their digests',
    charts: 'a table of the Helm charts, their versions and digests',
    verification: 'the `release-kit verify-release` command, then the helm, sha256sum and (for what is signed or attested) cosign and gh attestation commands',
    known_limitations: 'the `known-limitations` input, or "None known."',
    changelog: 'the changelog section as written (its ### Breaking Changes subsection moves up)',
    changelog_url: 'link to the full changelog at the tag',
    install_docs_url: 'link to the installation docs',
    links: 'one line linking the full changelog and the installation docs',
};
/** The built-in template: the seed outline. */
const BUILT_IN_TEMPLATE = [
    '## Summary',
    '',
    '{{experimental_notice}}',
    '',
    '{{summary}}',
    '',
    '## Breaking Changes',
    '',
    '{{breaking_changes}}',
    '',
    '## Upgrade Notes',
    '',
    '{{upgrade_notes}}',
    '',
    '## Images',
    '',
    '{{images}}',
    '',
    '## Charts',
    '',
    '{{charts}}',
    '',
    '## Verification',
    '',
    '{{verification}}',
    '',
    '## Known Limitations',
    '',
    '{{known_limitations}}',
    '',
    '## Changelog',
    '',
    '{{changelog}}',
    '',
    '{{links}}',
    '',
].join('\n');
/** The default 0.x sentence, naming the v1alpha1 APIs. */
function defaultExperimentalNotice(repo, version) {
    return `**Experimental:** ${repo} ${version} is a 0.x release. Its \`v1alpha1\` APIs may change incompatibly in any minor release without a deprecation period; do not rely on them in production yet.`;
}
/** Every placeholder's value for this release. */
function placeholderValues(ctx) {
    const { section } = ctx;
    const zeroMajor = semver_default().major(ctx.version) === 0;
    const notice = zeroMajor
        ? quote((ctx.experimentalNotice ?? '').trim() || defaultExperimentalNotice(ctx.repo, ctx.version))
        : '';
    const breaking = (0,parse/* breakingEntries */.us)(section);
    const preamble = section.preamble;
    const summaryInput = ctx.summary?.trim();
    const summary = [
        summaryInput || preamble || countSummary(ctx),
        section.yanked ? `**This version was yanked:** do not use it; see the changelog for the replacement.` : '',
    ]
        .filter(Boolean)
        .join('\n\n');
    const links = `Full changelog: [CHANGELOG.md](${ctx.changelogUrl}) · Installation: [docs](${ctx.installDocsUrl})`;
    return {
        version: ctx.version,
        tag: ctx.tag,
        repository: `${ctx.owner}/${ctx.repo}`,
        date: section.date ?? '',
        experimental_notice: notice,
        summary,
        breaking_changes: breaking.length
            ? breaking
                .map((e) => `- ${indentContinuation(e.text.replace(/^(?:\*\*breaking(?: change)?:?\*\*:?|breaking(?: change)?:)\s*/i, ''))}`)
                .join('\n')
            : 'None.',
        upgrade_notes: ctx.upgradeNotes?.trim() ||
            (breaking.length
                ? 'Read the breaking changes above before upgrading.'
                : `No special steps: upgrade to ${ctx.tag} in place.`),
        images: imagesTable(ctx.images),
        charts: chartsTable(ctx.charts),
        verification: verification(ctx),
        known_limitations: ctx.knownLimitations?.trim() || 'None known.',
        changelog: changelogText(ctx, Boolean(!summaryInput && preamble)),
        changelog_url: ctx.changelogUrl,
        install_docs_url: ctx.installDocsUrl,
        links,
    };
}
/** Render with the built-in template, or a user template (`templateFile` names it in errors). */
function renderNotes(ctx, template) {
    return fillTemplate(template?.text ?? BUILT_IN_TEMPLATE, placeholderValues(ctx), template?.file ?? 'built-in template');
}
/**
 * Replace `{{ name }}` placeholders. An unknown name is a UserError with file and line, so a typo
 * never ships as literal braces. A placeholder alone on its line with an empty value takes the
 * line (and one blank line after it) away, so optional parts leave no gaps.
 */
function fillTemplate(template, values, file) {
    const text = template.replace(/\r\n?/g, '\n');
    const placeholder = /\{\{([^{}]*)\}\}/g;
    for (const match of text.matchAll(placeholder)) {
        const name = match[1].trim();
        if (!Object.hasOwn(values, name)) {
            const line = text.slice(0, match.index).split('\n').length;
            throw new errors/* UserError */.yo(`${file}:${line}: unknown placeholder ${JSON.stringify(match[0])}; expected one of ${Object.keys(values)
                .map((k) => `{{${k}}}`)
                .join(', ')}`, {
                input: 'template',
                value: match[0],
                valid: Object.keys(values).join(', '),
                location: { file, line },
            });
        }
    }
    const lines = text.split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const alone = /^\s*\{\{([^{}]*)\}\}\s*$/.exec(lines[i]);
        if (alone && values[alone[1].trim()] === '') {
            if (lines[i + 1]?.trim() === '')
                i++;
            continue;
        }
        // A function replacement, so `$&` and friends in values stay literal.
        out.push(lines[i].replace(placeholder, (_m, name) => values[name.trim()]));
    }
    return out.join('\n').replace(/\s+$/, '') + '\n';
}
/**
 * Cut the body to GitHub's limit, at a line boundary, closing an open code fence, and end it with a
 * link to the full changelog. Done before any API call, so a long changelog never fails a release.
 */
function capBody(body, changelogUrl, limit = RELEASE_BODY_LIMIT) {
    if (body.length <= limit)
        return { body, truncated: false };
    const notice = `\n\n---\n\n*These notes were cut to fit GitHub's ${limit.toLocaleString('en-US')}-character limit. Read the full changelog: ${changelogUrl}*\n`;
    const fence = '\n```';
    let kept = body.slice(0, Math.max(0, limit - notice.length - fence.length));
    const lastNewline = kept.lastIndexOf('\n');
    if (lastNewline > 0)
        kept = kept.slice(0, lastNewline);
    const fences = kept.split('\n').filter((line) => /^\s{0,3}(```|~~~)/.test(line)).length;
    if (fences % 2 === 1)
        kept += fence;
    return { body: kept + notice, truncated: true };
}
function countSummary(ctx) {
    const groups = ctx.section.groups.filter((g) => g.entries.length);
    const total = groups.reduce((n, g) => n + g.entries.length, 0);
    if (!total)
        return `${ctx.owner}/${ctx.repo} ${ctx.tag}.`;
    const counts = groups.map((g) => `${g.type}: ${g.entries.length}`).join(', ');
    return `${ctx.owner}/${ctx.repo} ${ctx.tag} has ${total} ${total === 1 ? 'change' : 'changes'} (${counts}).`;
}
function changelogText(ctx, preambleUsedAsSummary) {
    const parts = [];
    if (ctx.section.preamble && !preambleUsedAsSummary)
        parts.push(ctx.section.preamble);
    for (const group of ctx.section.groups) {
        if (group.type === parse/* BREAKING_CHANGE_TYPE */.I8 || !group.body)
            continue;
        parts.push(`### ${group.type}\n\n${group.body}`);
    }
    return parts.join('\n\n') || 'No changes listed.';
}
function imagesTable(images) {
    if (!images.length)
        return 'This release publishes no container images.';
    return [
        '| Image | Digest |',
        '| --- | --- |',
        ...images.map((i) => `| \`${i.repository}${i.tag ? `:${i.tag}` : ''}\` | \`${i.digest}\` |`),
    ].join('\n');
}
function chartsTable(charts) {
    if (!charts.length)
        return 'This release publishes no Helm charts.';
    return [
        '| Chart | Version | Digest |',
        '| --- | --- | --- |',
        ...charts.map((c) => `| \`${c.registry}/${c.name}\` | \`${c.version}\` | ${c.digest ? `\`${c.digest}\`` : '(not given)'} |`),
    ].join('\n');
}
/** The certificate identity (SAN) of a workflow run of `file` at the signer's ref. */
function signerIdentity(serverUrl, signer, file) {
    return `${serverUrl}/${signer.repository}/.github/workflows/${file}@${signer.ref}`;
}
/** `gh attestation verify --signer-workflow`: `[host/]OWNER/REPO/.github/workflows/FILE`. */
function signerWorkflowFlag(serverUrl, signer, file) {
    const host = new URL(serverUrl).host;
    return `${host === 'github.com' ? '' : `${host}/`}${signer.repository}/.github/workflows/${file}`;
}
/** The lines of one `cosign verify`, bound to the identity, the issuer and this repository. */
function cosignLines(subject, identity, repository) {
    return [
        `cosign verify ${subject} \\`,
        identity.regexp !== undefined
            ? `  --certificate-identity-regexp ${shellQuote(identity.regexp)} \\`
            : `  --certificate-identity ${identity.exact} \\`,
        `  --certificate-oidc-issuer ${policy/* GITHUB_ACTIONS_ISSUER */.qQ} \\`,
        `  --certificate-github-workflow-repository ${repository}`,
    ];
}
function verification(ctx) {
    const repository = `${ctx.owner}/${ctx.repo}`;
    const { claims } = ctx;
    const signed = (kind) => claims.signatures.includes(kind);
    const attested = (kind) => claims.attestations.includes(kind);
    const identity = (kind) => signerIdentity(ctx.serverUrl, claims.signer, SIGNING_WORKFLOWS[kind]);
    const attestation = (subject, kind) => `gh attestation verify ${subject} --repo ${repository} --signer-workflow ${signerWorkflowFlag(ctx.serverUrl, claims.signer, SIGNING_WORKFLOWS[kind])}`;
    const parts = [];
    const paragraph = (...lines) => {
        if (parts.length)
            parts.push('');
        parts.push(...lines);
    };
    const { archives, checksumsFile } = ctx.cliAssets;
    if (!ctx.images.length && !ctx.charts.length && !archives.length && !checksumsFile)
        return 'This release has no images, charts or files to verify.';
    const what = [
        ctx.images.length && 'image digests',
        ctx.charts.length && 'charts',
        (archives.length || checksumsFile) && 'checksums',
        claims.signatures.length && 'signatures',
        claims.attestations.length && 'attestations',
    ].filter(Boolean);
    const pack = claims.signer.repository.toLowerCase() !== repository.toLowerCase();
    paragraph(`Check everything below (${what.join(', ')}) in one command with the release-kit CLI${pack ? ` ([${claims.signer.repository}](${ctx.serverUrl}/${claims.signer.repository}))` : ''}:`, '', '```sh', `release-kit verify-release ${ctx.tag} --repository ${repository}`, '```');
    if (ctx.images.length) {
        const imageIdentity = claims.imageIdentityRegexp
            ? { regexp: claims.imageIdentityRegexp }
            : { exact: identity('images') };
        const lines = ctx.images.flatMap((i) => [
            ...(signed('images') ? cosignLines(`${i.repository}@${i.digest}`, imageIdentity, repository) : []),
            ...(attested('images') ? [attestation(`oci://${i.repository}@${i.digest}`, 'images')] : []),
        ]);
        const signer = claims.imageIdentityRegexp
            ? `a workflow matching \`${claims.imageIdentityRegexp}\``
            : `\`${identity('images')}\``;
        if (!lines.length)
            paragraph('Pull each image by the digest in the table above.');
        else
            paragraph([
                signed('images') ? `Each image is signed keylessly by ${signer} in a run of ${repository}` : '',
                attested('images')
                    ? `${signed('images') ? ', and carries' : 'Each image carries'} a build-provenance attestation from that run`
                    : '',
                '; these commands check the signer, the repository and the digest:',
            ].join(''), '', '```sh', ...lines, '```');
    }
    if (ctx.charts.length) {
        paragraph('Install or upgrade each chart from its OCI registry:', '', '```sh', ...ctx.charts.map((c) => `helm upgrade --install ${c.name} ${c.registry}/${c.name} --version ${c.version}${c.namespace ? ` --namespace ${c.namespace} --create-namespace` : ''}`), '```');
        if (signed('charts'))
            paragraph(`Each chart is signed keylessly by \`${identity('charts')}\` in a run of ${repository}; \`helm pull\` prints the digest it fetched, which must be the one checked here:`, '', '```sh', ...ctx.charts.flatMap((c) => cosignLines(`${c.registry.replace(/^oci:\/\//, '')}/${c.name}@${c.digest}`, { exact: identity('charts') }, repository)), '```');
    }
    if (archives.length || checksumsFile) {
        const files = [...archives, ...(checksumsFile ? [checksumsFile] : [])];
        paragraph(checksumsFile ? 'The CLI archives and the checksums file that covers them:' : 'The CLI archives:', '', '| File |', '| --- |', ...files.map((f) => `| \`${f}\` |`), '', '```sh', `gh release download ${ctx.tag} --repo ${repository}`, ...(checksumsFile ? [`sha256sum --check --ignore-missing ${checksumsFile}`] : []), ...(attested('archives') ? archives.map((a) => attestation(a, 'archives')) : []), ...(attested('checksums') && checksumsFile ? [attestation(checksumsFile, 'checksums')] : []), '```');
    }
    return parts.join('\n');
}
/** Quote for POSIX sh: single quotes, with embedded ones closed and escaped. */
function shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
function quote(text) {
    return text
        .split('\n')
        .map((line) => `> ${line}`.trimEnd())
        .join('\n');
}
function indentContinuation(text) {
    return text.replace(/\n/g, '\n  ');
}

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
    const absolute = await (0,fs/* resolveInside */.LI)(workspace, settings.changelogPath, 'changelog');
    if ((await (0,fs/* readRegularFile */.XF)(absolute, settings.changelogPath, 'changelog')) === null) {
        // Buntime keeps its notes in charts/release-notes.md and has no CHANGELOG.md: say both ways on.
        throw new errors/* UserError */.yo(`there is no ${settings.changelogPath} to prepare: create it with a "## [Unreleased]" section holding the release's entries (Keep a Changelog, see docs/changelog-conventions.md), pass --changelog PATH (input changelog) if it lives elsewhere, or, to put a Markdown file of release notes into a chart without a changelog, run release-kit chart-release-notes --notes charts/release-notes.md`, {
            input: 'changelog',
            value: settings.changelogPath,
            valid: 'an existing changelog file inside the workspace',
        });
    }
    // Read for an edit: the bytes the prepare does not change are written back as they were.
    const changelogFile = await (0,fs/* readFileInside */.XW)(workspace, settings.changelogPath, 'changelog', 'changelog file', {
        forEdit: true,
    });
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
        await (0,fs/* writeFileInPlace */.aE)(workspace, settings.changelogPath, result.text, 'changelog');
    const chartChanged = chartEdit !== undefined && chartEdit.state !== 'unchanged';
    if (chartChanged)
        await (0,fs/* writeFileInPlace */.aE)(workspace, chartEdit.file, chartEdit.text, 'chart');
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
async function notes(settings, context) {
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
        claims: settings.claims,
        experimentalNotice: settings.experimentalNotice,
    };
    const filled = template
        ? fillTemplate(template.text, placeholderValues(ctx), settings.templatePath)
        : renderNotes(ctx);
    const rendered = settings.supersession ? (0,supersede/* withSupersedesLine */.ev)(filled, settings.supersession) : filled;
    // The cap comes before any API call: GitHub would refuse the whole release otherwise.
    const capped = capBody(rendered, changelogUrl);
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
/**
 * The one release for the tag, created as a draft or brought up to date with the rendered notes.
 * An existing release keeps the "Supersedes" line its notes open with (see keepSupersedesLine);
 * `body` is what the release holds afterwards.
 */
async function ensureRelease(settings, client, rendered) {
    const ref = { owner: settings.owner, repo: settings.repo, tag: settings.tag };
    let ensured;
    try {
        ensured = await release/* ensureDraftRelease */.vw(client, {
            ...ref,
            name: settings.name ?? settings.tag,
            body: rendered,
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
        return { release: current, state: 'created', body: rendered };
    const body = settings.supersession ? rendered : (0,supersede/* keepSupersedesLine */.pf)(current.body, rendered);
    const wantName = settings.name !== undefined && current.name !== settings.name;
    const wantBody = (current.body ?? '') !== body;
    const wantPrerelease = current.prerelease !== settings.prerelease;
    if (!wantName && !wantBody && !wantPrerelease)
        return { release: current, state: 'unchanged', body };
    try {
        const updated = await release/* updateRelease */.BG(client, {
            ...ref,
            releaseId: current.id,
            ...(wantName ? { name: settings.name } : {}),
            ...(wantBody ? { body } : {}),
            ...(wantPrerelease ? { prerelease: settings.prerelease } : {}),
        });
        return { release: updated, state: 'updated', body };
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
    const rendered = await notes(settings, context);
    const client = githubClient(settings, context);
    await checkSuperseded(settings, client);
    const { release: current, state, body } = await ensureRelease(settings, client, rendered.body);
    if (body !== rendered.body)
        await (0,fs/* writeFileAtomic */.Zf)(rendered.bodyFile, body);
    const kind = current.draft ? 'draft' : 'published release';
    context.log.info(`release ${settings.tag}: ${state} (${kind} ${current.id})`);
    return {
        outputs: {
            ...commonOutputs(settings),
            body,
            'body-file': rendered.bodyFile,
            ...releaseOutputs(current),
            state,
        },
        summary: `### Release ${settings.tag}: ${state}\n\n${kind} [${current.id}](${current.html_url})\n\n${body}`,
    };
}
/**
 * supersede: `release` for the new version (its notes open with the release they supersede), then a
 * banner on the superseded release's notes and "latest" taken from it. Every check, including that
 * the superseded release exists, runs before the first write.
 */
async function release_notes_from_changelog_steps_supersede(settings, context) {
    const supersession = settings.supersession;
    const rendered = await notes(settings, context);
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
    // The trust gate: the draft is verified as users will get it (verify-release), and nothing is
    // published when anything its notes name does not verify.
    const gate = await verifyDraft(settings, client, found, context);
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
        summary: `### Release ${settings.tag}: ${result.state}${latestText}\n\n[${result.release.html_url}](${result.release.html_url}) with ${assets.length} asset(s)\n\n${gate}`,
    };
}
/**
 * Verify the draft before it is published; throws, naming the problems, when it does not verify.
 * Returns the verification's summary table for the step summary.
 */
async function verifyDraft(settings, client, draft, context) {
    let trustedRootJson;
    if (settings.trustedRootPath !== undefined) {
        const file = await (0,fs/* resolveInside */.LI)(context.runner.workspace, settings.trustedRootPath, 'trusted-root');
        trustedRootJson = await (0,promises_.readFile)(file, 'utf8').catch((error) => {
            throw (0,errors/* invalidInput */.aY)('trusted-root', settings.trustedRootPath, `the path of a trusted_root.json inside the workspace (${error.code ?? 'unreadable'})`);
        });
    }
    const { runReleaseVerification, renderVerificationSummary } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(138), __webpack_require__.e(694), __webpack_require__.e(800), __webpack_require__.e(692), __webpack_require__.e(252), __webpack_require__.e(664)]).then(__webpack_require__.bind(__webpack_require__, 93664));
    const verification = await runReleaseVerification({
        owner: settings.owner,
        repo: settings.repo,
        credentialsRegistry: settings.registryHost,
        username: settings.registryUsername,
        password: settings.registryPassword,
        plainHttp: settings.plainHttp,
        ...(trustedRootJson !== undefined ? { trustedRootJson, trustedRootSource: settings.trustedRootPath } : {}),
    }, client, draft, context);
    const summary = renderVerificationSummary(`Verification of the draft ${settings.tag}`, verification);
    if (verification.failures.length)
        throw new errors/* UserError */.yo(`release ${settings.tag} was not published: its draft does not verify (${verification.failures.length} problem(s), each above); fix them (a new draft, the missing upload, the right digest) and rerun publish`, { input: 'version', value: settings.tag, summary });
    return summary;
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
            const rendered = await notes(settings, context);
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

//# sourceMappingURL=829.index.js.map