export const id = 899;
export const ids = [899];
export const modules = {

/***/ 35304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ DEFAULT_RELEASE_NOTES),
/* harmony export */   dW: () => (/* binding */ TARGETS),
/* harmony export */   zk: () => (/* binding */ MESSAGE_PLACEHOLDERS)
/* harmony export */ });
// What publish-chart-catalog.ts validates up front and hands to its steps, with the constants both read:
// a module of their own, so that the operation and its steps never import each other.
const TARGETS = ['rancher', 'helm-repo'];
/** The release notes Buntime keeps next to its chart; used when the input does not name a file. */
const DEFAULT_RELEASE_NOTES = 'release-notes.md';
/** What a commit message template may name; {name} and {version} only when one chart is published. */
const MESSAGE_PLACEHOLDERS = ['name', 'version', 'charts', 'target'];


/***/ }),

/***/ 58899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RELEASE_NOTES: () => (/* reexport safe */ _publish_chart_catalog_settings_js__WEBPACK_IMPORTED_MODULE_3__.IE),
/* harmony export */   MESSAGE_PLACEHOLDERS: () => (/* reexport safe */ _publish_chart_catalog_settings_js__WEBPACK_IMPORTED_MODULE_3__.zk),
/* harmony export */   operation: () => (/* binding */ operation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
/* harmony import */ var _versions_semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6358);
/* harmony import */ var _publish_chart_catalog_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35304);
// publish-chart-catalog: package Helm charts and publish them into a git-based catalog (a Rancher
// catalog layout or a classic Helm repository with index.yaml), never overwriting a published version.





/** Where each target puts things unless told otherwise (Buntime's zommehq/charts; chart-releaser's gh-pages). */
const DEFAULTS = {
    rancher: { branch: 'main', directory: 'charts' },
    'helm-repo': { branch: 'gh-pages', directory: '.' },
};
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._/-]+$/;
const DIRECTORY = /^(?:\.|[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*)$/;
function parseSettings(inputs, runner) {
    const token = inputs.secret('token');
    const charts = inputs.lines('chart');
    if (charts.length === 0)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('chart', '', 'a chart directory inside the workspace, one per line');
    for (const chart of charts) {
        if (/[\0]/.test(chart) || chart.startsWith('-'))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('chart', chart, 'chart directories inside the workspace, one per line');
    }
    const targetValue = inputs.required('target', `one of ${_publish_chart_catalog_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGETS */ .dW.join(', ')}`);
    if (!_publish_chart_catalog_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGETS */ .dW.includes(targetValue))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('target', targetValue, `one of ${_publish_chart_catalog_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGETS */ .dW.join(', ')}`);
    const target = targetValue;
    const server = parseServer(inputs.optional('server-url'), runner);
    const { repository, origin } = parseRepository(inputs.required('repository', 'the catalog git repository: OWNER/REPO, an https:// URL or a local path'), server);
    if (token && repository.startsWith('http://'))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('repository', repository, 'an https:// URL when a token is set (plain http would send the token in clear text); without a token, http:// is read and pushed anonymously');
    const branch = inputs.string('branch', DEFAULTS[target].branch);
    // git's ref rules (check-ref-format), the one tag/branch name rule: `/v1` would reach git and fail there.
    if (!BRANCH.test(branch) || !(0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidTagName */ .Qd)(branch))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('branch', branch, 'a branch name such as main or gh-pages');
    const directory = inputs.string('directory', DEFAULTS[target].directory).replace(/\/+$/, '') || '.';
    if (!DIRECTORY.test(directory) || directory.split('/').some((part) => part === '..' || part === '.git')) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('directory', directory, 'a relative folder inside the catalog repository, such as charts or . (no .., no .git)');
    }
    const baseUrl = inputs.optional('base-url');
    if (target === 'helm-repo') {
        if (baseUrl === undefined)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('base-url', '', 'the URL the Helm repository is served from, e.g. https://OWNER.github.io/REPO (the .tgz URLs in index.yaml start with it)');
        if (!/^https?:\/\/[^\s/@]+(?:\/[^\s?#]*)?$/.test(baseUrl))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('base-url', baseUrl, 'an http(s) URL without credentials, query or fragment, e.g. https://OWNER.github.io/REPO');
    }
    else if (baseUrl !== undefined) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('base-url', baseUrl, 'nothing for target rancher (Rancher reads the catalog from git); base-url is for target helm-repo');
    }
    const releaseNotesPath = inputs.optional('release-notes');
    if (releaseNotesPath !== undefined && /[\0\r\n]/.test(releaseNotesPath))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('release-notes', releaseNotesPath, 'the path of a Markdown file inside the workspace');
    if (releaseNotesPath !== undefined && charts.length > 1) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('release-notes', releaseNotesPath, `nothing when several charts are published (each chart's own ${_publish_chart_catalog_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_RELEASE_NOTES */ .IE} is used)`);
    }
    const tokenUsername = inputs.optional('token-username') ??
        (runner.gitlab.serverUrl && origin === new URL(runner.gitlab.serverUrl).origin
            ? 'gitlab-ci-token'
            : 'x-access-token');
    if (!/^[^\s:]{1,255}$/.test(tokenUsername))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('token-username', tokenUsername, 'a username without spaces or colons, e.g. gitlab-ci-token (GitLab CI_JOB_TOKEN) or x-access-token');
    const commitMessage = inputs.optional('commit-message');
    if (commitMessage !== undefined)
        checkMessageTemplate(commitMessage, charts.length);
    return {
        charts,
        target,
        repository,
        origin,
        branch,
        directory,
        baseUrl,
        releaseNotesPath,
        token,
        tokenUsername,
        commitMessage,
        maxAttempts: inputs.integer('max-attempts', { min: 1, max: 20 }),
    };
}
/**
 * A commit message template: `{name}`, `{version}`, `{charts}` and `{target}` are replaced (`{{` and
 * `}}` are literal braces). {name} and {version} name the one chart of a single-chart run; with
 * several charts, {charts} lists them. Checked before anything is packaged or fetched.
 */
function checkMessageTemplate(template, chartCount) {
    const valid = `a message whose placeholders are ${_publish_chart_catalog_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .MESSAGE_PLACEHOLDERS */ .zk.map((p) => `{${p}}`).join(', ')} (write {{ and }} for braces), e.g. 'chore: publish {name} chart v{version}'`;
    if (template.trim() === '' || template.includes('\0') || template.split('\n')[0].trim() === '')
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('commit-message', template, valid);
    const stripped = template.replace(/\{\{|\}\}/g, '');
    for (const match of stripped.matchAll(/\{([^{}]*)\}|[{}]/g)) {
        const name = match[1];
        if (name === undefined || !_publish_chart_catalog_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .MESSAGE_PLACEHOLDERS */ .zk.includes(name))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('commit-message', template, valid);
        if (chartCount > 1 && (name === 'name' || name === 'version'))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('commit-message', template, `{charts} when several charts are published ({name} and {version} name one chart)`);
    }
}
/**
 * The server OWNER/REPO is on: the server-url input, else under GitLab CI the instance the job runs
 * on (CI_SERVER_URL), else the GitHub server of the run (GITHUB_SERVER_URL, github.com by default).
 */
function parseServer(input, runner) {
    if (input === undefined) {
        return runner.gitlab.serverUrl
            ? { url: runner.gitlab.serverUrl, github: false }
            : { url: runner.serverUrl, github: true };
    }
    const url = input.replace(/\/+$/, '');
    if (!/^https?:\/\/[^\s/@?#]+(?:\/[^\s?#@]*)?$/.test(url))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('server-url', input, 'the https:// URL of the git server OWNER/REPO is on, without credentials, e.g. https://gitlab.example.com');
    return { url, github: false };
}
/**
 * OWNER/REPO (on `server`: GitHub's OWNER/REPO, or a GitLab path with subgroups, GROUP/SUB/PROJECT),
 * an http(s) URL without credentials, or a local path / file:// URL (a bare repository on the same
 * machine). A token never goes into the URL.
 */
function parseRepository(value, server) {
    const valid = `OWNER/REPO (a repository on ${server.url}; a repository on another host, such as GitLab, needs its full https:// URL or server-url), https://HOST/PATH(.git) without credentials, or a local path`;
    if (/[\s\0]/.test(value) || value.startsWith('-'))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('repository', value, valid);
    const shortForm = server.github
        ? /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/
        : /^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_][A-Za-z0-9_.-]*)+$/;
    if (shortForm.test(value)) {
        return { repository: `${server.url}/${value.replace(/\.git$/, '')}.git`, origin: new URL(server.url).origin };
    }
    if (/^https?:\/\//.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('repository', value, valid);
        }
        if (url.username || url.password)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('repository', value.replace(/\/\/[^@/]*@/, '//***@'), `${valid}; pass the token in the token input, never in the URL`);
        if (url.search || url.hash)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('repository', value, valid);
        return { repository: value, origin: url.origin };
    }
    if (value.startsWith('file://') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(value))
        return { repository: value };
    throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('repository', value, valid);
}
const operation = {
    name: 'publish-chart-catalog',
    description: 'Package Helm charts and publish them into a git-based catalog (a Rancher catalog or a Helm repository index.yaml), never overwriting a published version.',
    inputs: [
        {
            name: 'chart',
            description: 'Chart directory relative to the workspace; one per line for several charts (one commit for all).',
            required: true,
        },
        {
            name: 'target',
            description: '`rancher` (`charts/<name>/<version>/` with `app-readme.md`) or `helm-repo` (`<name>-<version>.tgz` files and `index.yaml`).',
            required: true,
        },
        {
            name: 'repository',
            description: 'The catalog git repository: `OWNER/REPO` on this GitHub (or on `server-url` / the GitLab CI instance), a full `https://` URL (no credentials in it; any other host, e.g. `https://gitlab.example.com/GROUP/charts.git`) or a local path.',
            required: true,
        },
        {
            name: 'branch',
            description: 'Branch to publish to; empty means `main` for rancher and `gh-pages` for helm-repo. Created when missing.',
            default: '',
        },
        {
            name: 'directory',
            description: 'Folder inside the catalog repository; empty means `charts` for rancher and `.` (the root) for helm-repo.',
            default: '',
        },
        {
            name: 'base-url',
            description: 'helm-repo only (required there): the URL the repository is served from, e.g. `https://OWNER.github.io/REPO`; index `urls` are `<base-url>/<name>-<version>.tgz`.',
            default: '',
        },
        {
            name: 'release-notes',
            description: "Markdown file for `app-readme.md` and the `catalog.cattle.io/release-notes` annotation; empty means the chart's `release-notes.md` when present. One chart only.",
            default: '',
        },
        {
            name: 'server-url',
            description: 'The git server an OWNER/REPO repository is on; empty means CI_SERVER_URL under GitLab CI, else this GitHub (GITHUB_SERVER_URL). A full repository URL ignores it.',
            default: '',
        },
        {
            name: 'token',
            description: "Token that can push to the catalog repository (GitHub: a fine-grained PAT or GitHub App token with `contents: write` on it, since `GITHUB_TOKEN` only reaches the workflow's own repository; GitLab: a project or group access token with `write_repository`). Masked; sent through git config in the environment, never on a command line, never over plain http. Empty: the checkout's credentials.",
            default: '',
        },
        {
            name: 'token-username',
            description: 'Username sent with the token; empty means gitlab-ci-token for a catalog on the GitLab instance of a GitLab CI job (CI_JOB_TOKEN needs it, access tokens take any), else x-access-token.',
            default: '',
        },
        {
            name: 'commit-message',
            description: "Catalog commit message; {name}, {version} (one chart), {charts} and {target} are replaced, e.g. 'chore: publish {name} chart v{version}'. Empty means 'Publish chart NAME VERSION'. A line naming the source repository and commit follows.",
            default: '',
        },
        {
            name: 'max-attempts',
            description: 'Pushes to try when other publishers move the branch first (each re-applies the change on the new tip).',
            default: '5',
        },
    ],
    outputs: [
        {
            name: 'state',
            description: '`created` if any chart version was added; `unchanged` if the catalog already held every version with the same content.',
        },
        { name: 'commit', description: 'The catalog commit pushed; empty when unchanged.' },
        {
            name: 'attempts',
            description: 'How many attempts the push took (more than 1 when another publisher landed first).',
        },
        { name: 'name', description: 'Chart name (one chart only).' },
        { name: 'version', description: 'Chart version (one chart only).' },
        {
            name: 'charts',
            description: 'JSON array, one object per chart: `chart`, `name`, `version`, `path`, `state`, and `digest` and `url` for helm-repo.',
        },
    ],
    async run(context) {
        const settings = parseSettings(context.inputs, context.runner);
        // The one lazy boundary: packaging and git code load only once the inputs are valid.
        const { publishToCatalog } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(260), __webpack_require__.e(697), __webpack_require__.e(692), __webpack_require__.e(7), __webpack_require__.e(397), __webpack_require__.e(733)]).then(__webpack_require__.bind(__webpack_require__, 21882));
        return publishToCatalog(settings, context);
    },
};


/***/ }),

/***/ 6358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseBumpKind),
/* harmony export */   FF: () => (/* binding */ isPrereleaseBump),
/* harmony export */   KF: () => (/* binding */ supersedingPatch),
/* harmony export */   Qd: () => (/* binding */ isValidTagName),
/* harmony export */   W3: () => (/* binding */ versionOfInput),
/* harmony export */   ZF: () => (/* binding */ isValidPreid),
/* harmony export */   aE: () => (/* binding */ describeBump),
/* harmony export */   d0: () => (/* binding */ isGreater),
/* harmony export */   gj: () => (/* binding */ isHighestRelease),
/* harmony export */   iS: () => (/* binding */ isStrictSemver),
/* harmony export */   "in": () => (/* binding */ VALID_BUMP_KINDS),
/* harmony export */   mx: () => (/* binding */ versionOfTag),
/* harmony export */   w2: () => (/* binding */ tagComponent),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* unused harmony exports BUMP_KINDS, tagPrefix */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
// Version arithmetic for tracks: strict SemVer values and the bump kinds users may ask for.

/** The named bump kinds; an explicit `x.y.z` is the other accepted kind. */
const BUMP_KINDS = ['patch', 'minor', 'major', 'prerelease'];
/** What a bump kind may be, for error messages. */
const VALID_BUMP_KINDS = 'patch, minor, major, prerelease or an explicit version x.y.z';
/** Prerelease identifiers as SemVer allows them (dot-separated alphanumerics and hyphens). */
const PREID = /^[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*$/;
/**
 * True for a strict SemVer 2.0 version exactly as written: no `v` prefix, no `=`, no spaces.
 * `semver.valid` alone would accept `v1.2.3` and return `1.2.3`, so the result must equal the input.
 */
function isStrictSemver(value) {
    return typeof value === 'string' && value.length <= 256 && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(value) === value;
}
/** Parse a bump kind; undefined when it is none of the valid ones. */
function parseBumpKind(text) {
    if (BUMP_KINDS.includes(text))
        return { kind: text };
    if (isStrictSemver(text))
        return { kind: 'explicit', version: text };
    return undefined;
}
/** Whether a bump makes a prerelease: `prerelease`, or an explicit prerelease version (`1.2.4-rc.1`). */
function isPrereleaseBump(bump) {
    return bump.kind === 'prerelease' || (bump.kind === 'explicit' && semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(bump.version) !== null);
}
/** True when `preid` is usable as a prerelease identifier (`rc`, `beta.1`). */
function isValidPreid(preid) {
    return preid.length <= 64 && PREID.test(preid);
}
/**
 * The version after applying `bump` to `current`. A prerelease bump of a release starts the next
 * patch's prerelease (`1.2.3` → `1.2.4-rc.0`); of a prerelease it counts on (`1.2.4-rc.0` → `-rc.1`).
 * Returns undefined when the result would not be greater than `current` (an explicit version at or
 * below it, or a prerelease to a preid that sorts lower).
 */
function nextVersion(current, bump, preid) {
    if (bump.kind === 'explicit')
        return semver__WEBPACK_IMPORTED_MODULE_0___default().gt(bump.version, current) ? bump.version : undefined;
    const next = bump.kind === 'prerelease' && preid ? semver__WEBPACK_IMPORTED_MODULE_0___default().inc(current, 'prerelease', preid) : semver__WEBPACK_IMPORTED_MODULE_0___default().inc(current, bump.kind);
    // A prerelease bump to a preid that sorts lower (1.0.0-beta.1 with alpha → 1.0.0-alpha.0) goes backwards.
    return next && semver__WEBPACK_IMPORTED_MODULE_0___default().gt(next, current) ? next : undefined;
}
/** `a > b` in SemVer precedence. */
function isGreater(a, b) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().gt(a, b);
}
/** A short description of a bump for messages: `patch`, `prerelease (rc)`, `2.0.0`. */
function describeBump(bump, preid) {
    if (bump.kind === 'explicit')
        return bump.version;
    return bump.kind === 'prerelease' && preid ? `prerelease (${preid})` : bump.kind;
}
/**
 * The version a release tag stands for, the one rule for every tag release-kit reads: `v1.2.3` →
 * `1.2.3`, also behind a prefix (`krt-v1.2.3`, `chart-1.2.3`) as monorepos tag; undefined when the
 * tag holds no SemVer version.
 */
function versionOfTag(tag) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(tag.slice(tagPrefix(tag).length)) ?? undefined;
}
/** What stands before a tag's version, `v` included: `krt-v` for `krt-v1.2.3`, `v` for `v1.2.3`, `` for `1.2.3`. */
function tagPrefix(tag) {
    return /^.*?v?(?=\d+\.\d+\.\d+)/.exec(tag)?.[0] ?? '';
}
/** The component a tag belongs to in a monorepo, its prefix without the `v`: `krt-` for `krt-v1.2.3`, `` for `v1.2.3`. */
function tagComponent(tag) {
    return tagPrefix(tag.trim()).replace(/v$/, '');
}
/** True when no stable version among `tags` (release tags or versions) is above `version`; tags without one are ignored. */
function isHighestRelease(version, tags) {
    return tags.every((tag) => {
        const other = versionOfTag(tag);
        return !other || semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(other) !== null || !semver__WEBPACK_IMPORTED_MODULE_0___default().gt(other, version);
    });
}
/** A version as a user types it (`1.2.3`, `v1.2.3`), normalised; undefined when it is not SemVer. */
function versionOfInput(text) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(text.trim().replace(/^v/i, '')) ?? undefined;
}
/** The next patch version after `tag`'s version, in the same tag series: the release that supersedes a bad one. */
function supersedingPatch(tag) {
    const version = versionOfTag(tag);
    if (!version)
        return undefined;
    // Keep the tag's own spelling (`v`, `krt-v`): the superseding tag sits in the same series.
    return `${tagPrefix(tag)}${semver__WEBPACK_IMPORTED_MODULE_0___default().inc(version, 'patch')}`;
}
/** The rules of `git check-ref-format` for `refs/tags/<name>` that a SemVer-based name can break. */
function isValidTagName(tag) {
    if (!/^[A-Za-z0-9._/+-]+$/.test(tag))
        return false;
    if (tag.startsWith('-') || tag.startsWith('/') || tag.endsWith('/') || tag.endsWith('.'))
        return false;
    if (tag.includes('..') || tag.includes('//'))
        return false;
    return tag.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}


/***/ })

};

//# sourceMappingURL=899.index.js.map