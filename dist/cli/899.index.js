export const id = 899;
export const ids = [899];
export const modules = {

/***/ 58899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RELEASE_NOTES: () => (/* binding */ DEFAULT_RELEASE_NOTES),
/* harmony export */   operation: () => (/* binding */ operation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
// publish-chart-catalog: package Helm charts and publish them into a git-based catalog (a Rancher
// catalog layout or a classic Helm repository with index.yaml), never overwriting a published version.


const TARGETS = ['rancher', 'helm-repo'];
/** Where each target puts things unless told otherwise (Buntime's zommehq/charts; chart-releaser's gh-pages). */
const DEFAULTS = {
    rancher: { branch: 'main', directory: 'charts' },
    'helm-repo': { branch: 'gh-pages', directory: '.' },
};
/** The release notes Buntime keeps next to its chart; used when the input does not name a file. */
const DEFAULT_RELEASE_NOTES = 'release-notes.md';
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._/-]+$/;
const DIRECTORY = /^(?:\.|[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*)$/;
function parseSettings(inputs, serverUrl) {
    const token = inputs.secret('token');
    const charts = inputs.lines('chart');
    if (charts.length === 0)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('chart', '', 'a chart directory inside the workspace, one per line');
    for (const chart of charts) {
        if (/[\0]/.test(chart) || chart.startsWith('-'))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('chart', chart, 'chart directories inside the workspace, one per line');
    }
    const targetValue = inputs.required('target', `one of ${TARGETS.join(', ')}`);
    if (!TARGETS.includes(targetValue))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('target', targetValue, `one of ${TARGETS.join(', ')}`);
    const target = targetValue;
    const { repository, origin } = parseRepository(inputs.required('repository', 'the catalog git repository: OWNER/REPO, an https:// URL or a local path'), serverUrl);
    const branch = inputs.string('branch', DEFAULTS[target].branch);
    if (!BRANCH.test(branch) || branch.endsWith('/') || branch.endsWith('.lock') || branch.endsWith('.'))
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
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('release-notes', releaseNotesPath, `nothing when several charts are published (each chart's own ${DEFAULT_RELEASE_NOTES} is used)`);
    }
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
        maxAttempts: inputs.integer('max-attempts', { min: 1, max: 20 }),
    };
}
/**
 * OWNER/REPO (on the server the workflow runs on), an http(s) URL without credentials, or a local
 * path / file:// URL (a bare repository on the same machine). A token never goes into the URL.
 */
function parseRepository(value, serverUrl) {
    const valid = 'OWNER/REPO, https://HOST/OWNER/REPO(.git) without credentials, or a local path';
    if (/[\s\0]/.test(value) || value.startsWith('-'))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('repository', value, valid);
    if (/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/.test(value)) {
        return { repository: `${serverUrl}/${value.replace(/\.git$/, '')}.git`, origin: new URL(serverUrl).origin };
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
            description: 'Chart directory relative to the workspace; one per line for several charts.',
            required: true,
        },
        {
            name: 'target',
            description: 'Catalog layout: rancher (charts/<name>/<version>/ with app-readme.md) or helm-repo (<name>-<version>.tgz files and index.yaml).',
            required: true,
        },
        {
            name: 'repository',
            description: 'The catalog git repository: OWNER/REPO on this GitHub, an https:// URL (no credentials in it) or a local path.',
            required: true,
        },
        {
            name: 'branch',
            description: 'Branch to publish to; empty means main for rancher and gh-pages for helm-repo. Created when missing.',
            default: '',
        },
        {
            name: 'directory',
            description: 'Folder inside the catalog repository; empty means charts for rancher and . (the root) for helm-repo.',
            default: '',
        },
        {
            name: 'base-url',
            description: 'helm-repo only: the URL the repository is served from (e.g. https://OWNER.github.io/REPO); index.yaml urls are <base-url>/<name>-<version>.tgz.',
            default: '',
        },
        {
            name: 'release-notes',
            description: "Markdown file for app-readme.md and the catalog.cattle.io/release-notes annotation; empty means the chart's release-notes.md when present.",
            default: '',
        },
        {
            name: 'token',
            description: 'Token that can push to the catalog repository (a fine-grained PAT or app token with contents: write); masked, sent through git config in the environment, never on a command line.',
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
            description: 'created if any chart version was added, unchanged if the catalog already held every version with the same content.',
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
            description: 'JSON array with one object per chart: chart, name, version, path, state, and digest and url for helm-repo.',
        },
    ],
    async run(context) {
        const settings = parseSettings(context.inputs, context.runner.serverUrl);
        // The one lazy boundary: packaging and git code load only once the inputs are valid.
        const { publishToCatalog } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(260), __webpack_require__.e(196), __webpack_require__.e(6), __webpack_require__.e(697), __webpack_require__.e(153), __webpack_require__.e(601), __webpack_require__.e(19)]).then(__webpack_require__.bind(__webpack_require__, 74620));
        return publishToCatalog(settings, context);
    },
};


/***/ })

};

//# sourceMappingURL=899.index.js.map