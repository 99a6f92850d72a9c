export const id = 899;
export const ids = [899];
export const modules = {

/***/ 58899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   operation: () => (/* binding */ operation)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51430);
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
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('chart', '', 'a chart directory inside the workspace, one per line');
    for (const chart of charts) {
        if (/[\0]/.test(chart) || chart.startsWith('-'))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('chart', chart, 'chart directories inside the workspace, one per line');
    }
    const targetValue = inputs.required('target', `one of ${TARGETS.join(', ')}`);
    if (!TARGETS.includes(targetValue))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('target', targetValue, `one of ${TARGETS.join(', ')}`);
    const target = targetValue;
    const { repository, origin } = parseRepository(inputs.required('repository', 'the catalog git repository: OWNER/REPO, an https:// URL or a local path'), serverUrl);
    const branch = inputs.string('branch', DEFAULTS[target].branch);
    if (!BRANCH.test(branch) || branch.endsWith('/') || branch.endsWith('.lock') || branch.endsWith('.'))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('branch', branch, 'a branch name such as main or gh-pages');
    const directory = inputs.string('directory', DEFAULTS[target].directory).replace(/\/+$/, '') || '.';
    if (!DIRECTORY.test(directory) || directory.split('/').some((part) => part === '..' || part === '.git')) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('directory', directory, 'a relative folder inside the catalog repository, such as charts or . (no .., no .git)');
    }
    const baseUrl = inputs.optional('base-url');
    if (target === 'helm-repo') {
        if (baseUrl === undefined)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('base-url', '', 'the URL the Helm repository is served from, e.g. https://OWNER.github.io/REPO (the .tgz URLs in index.yaml start with it)');
        if (!/^https?:\/\/[^\s/@]+(?:\/[^\s?#]*)?$/.test(baseUrl))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('base-url', baseUrl, 'an http(s) URL without credentials, query or fragment, e.g. https://OWNER.github.io/REPO');
    }
    else if (baseUrl !== undefined) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('base-url', baseUrl, 'nothing for target rancher (Rancher reads the catalog from git); base-url is for target helm-repo');
    }
    const releaseNotesPath = inputs.optional('release-notes');
    if (releaseNotesPath !== undefined && /[\0\r\n]/.test(releaseNotesPath))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('release-notes', releaseNotesPath, 'the path of a Markdown file inside the workspace');
    if (releaseNotesPath !== undefined && charts.length > 1) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('release-notes', releaseNotesPath, `nothing when several charts are published (each chart's own ${DEFAULT_RELEASE_NOTES} is used)`);
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
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('repository', value, valid);
    if (/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/.test(value)) {
        return { repository: `${serverUrl}/${value.replace(/\.git$/, '')}.git`, origin: new URL(serverUrl).origin };
    }
    if (/^https?:\/\//.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('repository', value, valid);
        }
        if (url.username || url.password)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('repository', value.replace(/\/\/[^@/]*@/, '//***@'), `${valid}; pass the token in the token input, never in the URL`);
        if (url.search || url.hash)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('repository', value, valid);
        return { repository: value, origin: url.origin };
    }
    if (value.startsWith('file://') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(value))
        return { repository: value };
    throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('repository', value, valid);
}
async function publish(context) {
    const { log, runner } = context;
    const settings = parseSettings(context.inputs, runner.serverUrl);
    const workspace = runner.workspace;
    // Package and validate every chart before the catalog is touched.
    const { packageChartDirectory } = await Promise.all(/* import() */[__webpack_require__.e(196), __webpack_require__.e(697), __webpack_require__.e(891)]).then(__webpack_require__.bind(__webpack_require__, 85891));
    const { reproducibleTime } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 12391));
    const charts = [];
    for (const input of settings.charts) {
        const absolute = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(workspace, input, 'chart');
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined);
        if (!info?.isDirectory())
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('chart', input, 'an existing chart directory (with Chart.yaml) inside the workspace');
        const where = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, absolute) || '.';
        const releaseNotes = await readReleaseNotes(workspace, absolute, settings.releaseNotesPath);
        const mtime = await reproducibleTime(absolute, runner.sourceDateEpoch);
        const packaged = await packageChartDirectory(absolute, { releaseNotes, mtime }, where);
        log.info(`${where}: packaged ${packaged.fileName} (${packaged.entries.length} files${releaseNotes !== undefined ? ', with release notes' : ''})`);
        charts.push({ chart: where, metadata: packaged.metadata, fileName: packaged.fileName, data: packaged.data, releaseNotes });
    }
    const names = new Map();
    for (const chart of charts) {
        const other = names.get(chart.metadata.name);
        if (other !== undefined)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('chart', chart.chart, `charts with distinct names; ${other} is also ${chart.metadata.name}`);
        names.set(chart.metadata.name, chart.chart);
    }
    const { gitNetworkEnv } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(494)]).then(__webpack_require__.bind(__webpack_require__, 74494));
    const network = gitNetworkEnv(settings.token, settings.origin ?? runner.serverUrl);
    for (const secret of network.secrets)
        context.mask?.(secret);
    const { syncCatalog } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(589)]).then(__webpack_require__.bind(__webpack_require__, 3589));
    const { applyRancherCatalog } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(160)]).then(__webpack_require__.bind(__webpack_require__, 52160));
    const { applyHelmRepository } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(196), __webpack_require__.e(697), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 87557));
    const workDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runner.runnerTemp, 'release-kit-catalog-'));
    let outcomes = [];
    let result;
    try {
        result = await syncCatalog({
            remote: { url: settings.repository, branch: settings.branch, env: network.env },
            workDir,
            maxAttempts: settings.maxAttempts,
            retryBaseMs: runner.retryBaseMs,
            log,
            apply: async (checkout) => {
                outcomes =
                    settings.target === 'rancher'
                        ? await applyRancherCatalog(checkout, settings.directory, charts)
                        : await applyHelmRepository(checkout, settings.directory, settings.baseUrl, charts);
                const created = outcomes.filter((o) => o.state === 'created');
                for (const o of outcomes)
                    log.info(`${o.name} ${o.version}: ${o.state === 'created' ? `adding ${o.path}` : `already at ${o.path} with the same content: unchanged`}`);
                return { changed: created.length > 0, message: commitMessage(created, settings.target, runner.repository, runner.sha), paths: [settings.directory] };
            },
        });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(workDir, { recursive: true, force: true });
    }
    const single = outcomes.length === 1 ? outcomes[0] : undefined;
    const state = outcomes.some((o) => o.state === 'created') ? 'created' : 'unchanged';
    return {
        outputs: {
            state,
            commit: result.commit ?? '',
            attempts: result.attempts,
            name: single?.name ?? '',
            version: single?.version ?? '',
            charts: outcomes,
        },
        summary: summaryOf(outcomes, settings, result.commit),
    };
}
/** The input's file, else the chart's own release-notes.md when it has one, else none. */
async function readReleaseNotes(workspace, chartDir, input) {
    if (input !== undefined) {
        const file = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(workspace, input, 'release-notes');
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
        }
        catch {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('release-notes', input, 'an existing Markdown file inside the workspace');
        }
    }
    const own = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(chartDir, DEFAULT_RELEASE_NOTES);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(own).catch(() => undefined);
    if (!info?.isFile())
        return undefined;
    await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(chartDir, DEFAULT_RELEASE_NOTES, 'release-notes');
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(own, 'utf8');
}
function commitMessage(created, target, repository, sha) {
    const list = created.map((o) => `${o.name} ${o.version}`).join(', ');
    const from = repository ? `\n\nFrom ${repository}${/^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? ` at ${sha}` : ''} by release-kit publish-chart-catalog (${target}).` : '';
    return `Publish ${created.length === 1 ? 'chart' : 'charts'} ${list}${from}\n`;
}
function summaryOf(outcomes, settings, commit) {
    const lines = [`### Helm charts published to the ${settings.target === 'rancher' ? 'Rancher catalog' : 'Helm repository'}`, '', '| Chart | Version | Path | State |', '| --- | --- | --- | --- |'];
    for (const o of outcomes)
        lines.push(`| ${o.name} | ${o.version} | \`${o.path}\` | ${o.state} |`);
    lines.push('', commit ? `Commit \`${commit}\` on \`${settings.branch}\` of \`${settings.repository}\`.` : `Nothing to commit: \`${settings.branch}\` of \`${settings.repository}\` already holds every version.`, '');
    if (settings.target === 'helm-repo') {
        lines.push('Install:', '', '```sh', `helm repo add CATALOG ${settings.baseUrl}`, ...outcomes.map((o) => `helm install ${o.name} CATALOG/${o.name} --version ${o.version}`), '```', '');
    }
    return lines.join('\n');
}
const operation = {
    name: 'publish-chart-catalog',
    description: 'Package Helm charts and publish them into a git-based catalog (a Rancher catalog or a Helm repository index.yaml), never overwriting a published version.',
    inputs: [
        { name: 'chart', description: 'Chart directory relative to the workspace; one per line for several charts.', required: true },
        { name: 'target', description: 'Catalog layout: rancher (charts/<name>/<version>/ with app-readme.md) or helm-repo (<name>-<version>.tgz files and index.yaml).', required: true },
        { name: 'repository', description: 'The catalog git repository: OWNER/REPO on this GitHub, an https:// URL (no credentials in it) or a local path.', required: true },
        { name: 'branch', description: 'Branch to publish to; empty means main for rancher and gh-pages for helm-repo. Created when missing.', default: '' },
        { name: 'directory', description: 'Folder inside the catalog repository; empty means charts for rancher and . (the root) for helm-repo.', default: '' },
        { name: 'base-url', description: 'helm-repo only: the URL the repository is served from (e.g. https://OWNER.github.io/REPO); index.yaml urls are <base-url>/<name>-<version>.tgz.', default: '' },
        { name: 'release-notes', description: "Markdown file for app-readme.md and the catalog.cattle.io/release-notes annotation; empty means the chart's release-notes.md when present.", default: '' },
        { name: 'token', description: 'Token that can push to the catalog repository (a fine-grained PAT or app token with contents: write); masked, sent through git config in the environment, never on a command line.', default: '' },
        { name: 'max-attempts', description: 'Pushes to try when other publishers move the branch first (each re-applies the change on the new tip).', default: '5' },
    ],
    outputs: [
        { name: 'state', description: 'created if any chart version was added, unchanged if the catalog already held every version with the same content.' },
        { name: 'commit', description: 'The catalog commit pushed; empty when unchanged.' },
        { name: 'attempts', description: 'How many attempts the push took (more than 1 when another publisher landed first).' },
        { name: 'name', description: 'Chart name (one chart only).' },
        { name: 'version', description: 'Chart version (one chart only).' },
        { name: 'charts', description: 'JSON array with one object per chart: chart, name, version, path, state, and digest and url for helm-repo.' },
    ],
    run: publish,
};


/***/ }),

/***/ 51430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23178);
// File-system helpers: atomic writes and paths that cannot escape their root.




/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target.
 */
async function writeFileAtomic(file, data, mode) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            try {
                fileMode = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file)).mode & 0o7777;
            }
            catch {
                fileMode = 0o644;
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data, { mode: fileMode });
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'r+');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw error;
    }
}
/**
 * Resolve `relative` inside `root`, refusing `..` escapes, absolute paths outside the root and
 * symlinks whose target leaves the root. `input` names the input for the error message.
 */
async function resolveInside(root, relative, input) {
    const rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(rootReal, relative);
    if (!isWithin(rootReal, candidate)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: expected a path inside ${rootReal}`, {
            input,
            value: relative,
            valid: `a path inside ${rootReal}`,
        });
    }
    let real;
    // A path that does not exist (yet) is judged by its nearest existing ancestor: a symlinked folder
    // on the way must not carry a file about to be written out of the root.
    for (let probe = candidate; real === undefined; probe = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(probe)) {
        try {
            real = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(probe), node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(probe, candidate));
        }
        catch {
            if (probe === rootReal || node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(probe) === probe)
                return candidate;
        }
    }
    if (!isWithin(rootReal, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: it is a symlink to ${real}, outside ${rootReal}; expected a file inside the workspace`, { input, value: relative, valid: `a path inside ${rootReal}` });
    }
    return candidate;
}
/** True when `child` is `parent` or below it (both absolute, normalised). */
function isWithin(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}


/***/ })

};

//# sourceMappingURL=899.index.js.map