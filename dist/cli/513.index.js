export const id = 513;
export const ids = [513];
export const modules = {

/***/ 45513:
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
// publish-chart-oci: package Helm charts as helm does (reproducibly) and push them to an OCI registry
// in helm's format, never overwriting a published chart version.




const ON_EXISTING = ['fail', 'overwrite'];
// The same grammar as charts/chartfile.ts isChartVersion (Masterminds/semver, what helm accepts);
// repeated here so that parsing the inputs does not load the packaging code.
const CHART_VERSION = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseSettings(inputs) {
    const password = inputs.secret('password');
    const username = inputs.optional('username');
    const charts = inputs.lines('chart');
    if (charts.length === 0)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('chart', '', 'a chart directory or a packaged .tgz, one per line');
    for (const chart of charts) {
        if (/[\0]/.test(chart) || chart.startsWith('-'))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('chart', chart, 'paths inside the workspace, one per line');
    }
    const registry = inputs.required('registry', 'an OCI registry URL such as oci://ghcr.io/OWNER/charts');
    if (!/^oci:\/\//.test(registry))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('registry', registry, 'oci://HOST[:PORT]/PATH, e.g. oci://ghcr.io/OWNER/charts');
    const version = inputs.optional('version');
    if (version !== undefined && !CHART_VERSION.test(version))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('version', version, 'a SemVer chart version such as 1.2.3 or 1.2.3-rc.1+build.5');
    const appVersion = inputs.optional('app-version');
    if (appVersion !== undefined && /[\r\n\0]/.test(appVersion))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('app-version', appVersion, 'a single-line application version such as 1.2.3');
    const releaseNotesPath = inputs.optional('release-notes');
    if (releaseNotesPath !== undefined && /[\0\r\n]/.test(releaseNotesPath))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('release-notes', releaseNotesPath, 'the path of a Markdown file inside the workspace');
    if (password !== undefined && username === undefined)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('username', '', 'a user name to go with the password (on GitHub: ${{ github.actor }})');
    if (username !== undefined && password === undefined)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('password', '', 'a password or token to go with the username (on GitHub: ${{ secrets.GITHUB_TOKEN }})');
    return {
        charts,
        registry,
        version,
        appVersion,
        releaseNotesPath,
        username,
        password,
        plainHttp: inputs.boolean('plain-http'),
        onExisting: inputs.choice('on-existing', ON_EXISTING),
    };
}
async function publish(context) {
    const settings = parseSettings(context.inputs);
    const { log, runner } = context;
    const workspace = runner.workspace;
    const oci = await __webpack_require__.e(/* import() */ 933).then(__webpack_require__.bind(__webpack_require__, 66933));
    // The registry URL is fully checked before any chart is read.
    const registryUrl = oci.parseRegistryUrl(settings.registry);
    if (registryUrl.url !== settings.registry.replace(/\/$/, ''))
        log.info(`registry: using ${registryUrl.url} (OCI names are lower case)`);
    let releaseNotes;
    if (settings.releaseNotesPath !== undefined) {
        const notesFile = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(workspace, settings.releaseNotesPath, 'release-notes');
        try {
            releaseNotes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(notesFile, 'utf8');
        }
        catch {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('release-notes', settings.releaseNotesPath, 'an existing Markdown file inside the workspace');
        }
    }
    // Package (or load) and validate every chart before the first request to the registry.
    const { loadChart } = await Promise.all(/* import() */[__webpack_require__.e(196), __webpack_require__.e(697), __webpack_require__.e(891)]).then(__webpack_require__.bind(__webpack_require__, 85891));
    const plans = [];
    for (const input of settings.charts) {
        const absolute = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(workspace, input, 'chart');
        const where = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, absolute) || '.';
        const packaged = await loadChart(absolute, where, { version: settings.version, appVersion: settings.appVersion, releaseNotes }, async () => {
            const { reproducibleTime } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 12391));
            return reproducibleTime(absolute, runner.sourceDateEpoch);
        });
        if (packaged.origin === 'directory')
            log.info(`${where}: packaged ${packaged.fileName} (${packaged.entries.length} files, ${packaged.data.length} bytes, mtime ${oci.rfc3339(packaged.created)})`);
        else
            log.info(`${where}: validated packaged chart ${packaged.metadata.name} ${packaged.metadata.version} (${packaged.data.length} bytes)`);
        const reference = oci.chartReference(registryUrl.url, packaged.metadata.name, packaged.metadata.version);
        plans.push({ input, packaged, reference, artifact: oci.chartOciArtifact(packaged) });
    }
    const seen = new Map();
    for (const plan of plans) {
        const other = seen.get(plan.reference.ref);
        if (other !== undefined)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('chart', plan.input, `charts with distinct name:version pairs; ${other} is also ${plan.reference.ref}`);
        seen.set(plan.reference.ref, plan.input);
    }
    const [{ createOciClient }, { pushChart }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(123)]).then(__webpack_require__.bind(__webpack_require__, 60584)), __webpack_require__.e(/* import() */ 622).then(__webpack_require__.bind(__webpack_require__, 30622))]);
    const client = createOciClient({
        registry: registryUrl.host,
        plainHttp: settings.plainHttp,
        username: settings.username,
        password: settings.password,
        push: true,
        log,
    });
    // Look at every tag first, so that a refused chart stops the run before anything is pushed.
    const existing = new Map();
    for (const plan of plans) {
        const found = await client.manifestExists(plan.reference.repository, plan.reference.tag);
        existing.set(plan.reference.ref, found?.digest);
        if (found && found.digest !== plan.artifact.digest && settings.onExisting === 'fail') {
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${plan.reference.ref} already exists with digest ${found.digest}, and this chart (${plan.input}) is ${plan.artifact.digest}: a published chart version is never overwritten; bump the chart version (input 'version' or Chart.yaml), or set on-existing: overwrite if you really mean to replace it`, { input: 'on-existing', value: settings.onExisting, valid: 'a new chart version', summary: refusedSummary(plan.reference.ref, found.digest, plan.artifact.digest) });
        }
    }
    const results = [];
    for (const plan of plans) {
        const before = existing.get(plan.reference.ref);
        let state;
        if (before === plan.artifact.digest) {
            state = 'unchanged';
            log.info(`${plan.reference.ref} already holds ${plan.artifact.digest}: unchanged`);
        }
        else {
            if (before !== undefined)
                log.warning(`on-existing: overwrite: replacing ${plan.reference.ref} (was ${before}) with ${plan.artifact.digest}`);
            await pushChart(client, plan.artifact, plan.reference, log);
            state = 'pushed';
            log.info(`pushed ${plan.reference.ref} (${plan.artifact.digest})`);
        }
        results.push({
            chart: plan.input,
            name: plan.packaged.metadata.name,
            version: plan.packaged.metadata.version,
            appVersion: plan.packaged.metadata.appVersion ?? '',
            ref: plan.reference.ref,
            digest: plan.artifact.digest,
            ociUrl: plan.reference.ociUrl,
            state,
            layerDigest: plan.artifact.layer.digest,
        });
    }
    const stats = client.stats;
    log.debug(`registry requests: ${stats.requests} (${stats.manifestHeads} manifest HEAD, ${stats.blobHeads} blob HEAD, ${stats.uploadSessions} upload sessions, ${stats.blobPuts} blob PUT, ${stats.manifestPuts} manifest PUT, ${stats.tokenRequests} token, ${stats.retries} retries, ${stats.uploadRestarts} upload restarts)`);
    const single = results.length === 1 ? results[0] : undefined;
    return {
        outputs: {
            state: results.some((r) => r.state === 'pushed') ? 'pushed' : 'unchanged',
            ref: single?.ref ?? '',
            digest: single?.digest ?? '',
            'oci-url': single?.ociUrl ?? '',
            name: single?.name ?? '',
            version: single?.version ?? '',
            'app-version': single?.appVersion ?? '',
            charts: results,
        },
        summary: summaryOf(results),
    };
}
function summaryOf(results) {
    const lines = ['### Helm charts published to OCI', '', '| Chart | Reference | Digest | State |', '| --- | --- | --- | --- |'];
    for (const r of results)
        lines.push(`| ${r.name} ${r.version} | \`${r.ref}\` | \`${r.digest}\` | ${r.state} |`);
    lines.push('', 'Install:', '', '```sh');
    for (const r of results)
        lines.push(`helm upgrade --install ${r.name} ${r.ociUrl} --version ${r.version}`);
    lines.push('```', '', 'Digests, for signing or attestation:', '', '```');
    for (const r of results)
        lines.push(`${r.ociUrl.replace(/^oci:\/\//, '')}@${r.digest}`);
    lines.push('```', '');
    return lines.join('\n');
}
function refusedSummary(ref, published, ours) {
    return [
        '### Chart version already published',
        '',
        `\`${ref}\` exists with a different digest; nothing was pushed.`,
        '',
        `- published: \`${published}\``,
        `- this run:  \`${ours}\``,
        '',
        'Bump the chart version (Chart.yaml or the `version` input) and release again.',
        '',
    ].join('\n');
}
const operation = {
    name: 'publish-chart-oci',
    description: 'Package Helm charts reproducibly (as helm package does) and push them to an OCI registry in helm\'s format, never overwriting a published version.',
    inputs: [
        { name: 'chart', description: 'Chart directory or packaged .tgz, relative to the workspace; one per line for several charts.', required: true },
        { name: 'registry', description: 'OCI registry URL to push to, e.g. oci://ghcr.io/OWNER/charts; the chart goes to <registry>/<name>:<version>.', required: true },
        { name: 'version', description: 'Chart version to package with, instead of Chart.yaml\'s (helm package --version); the working tree is not changed.', default: '' },
        { name: 'app-version', description: 'appVersion to package with, instead of Chart.yaml\'s (helm package --app-version).', default: '' },
        { name: 'release-notes', description: 'Markdown file set as the catalog.cattle.io/release-notes annotation (Rancher catalog).', default: '' },
        { name: 'username', description: 'Registry user name (on GitHub: the github.actor); empty for anonymous access.', default: '' },
        { name: 'password', description: 'Registry password or token (on GitHub: secrets.GITHUB_TOKEN, with packages: write); masked, never logged.', default: '' },
        { name: 'plain-http', description: 'Talk to the registry over plain HTTP instead of TLS (loopback registries, like helm --plain-http).', default: 'false' },
        { name: 'on-existing', description: 'When the version is already published with different content: fail, or overwrite (not recommended).', default: 'fail' },
    ],
    outputs: [
        { name: 'ref', description: 'The pushed reference, e.g. ghcr.io/OWNER/charts/NAME:1.2.3 (one chart only).' },
        { name: 'digest', description: 'The manifest digest (sha256:…), for signing or attestation (one chart only).' },
        { name: 'oci-url', description: 'oci://… URL to install from with --version (one chart only).' },
        { name: 'name', description: 'Chart name (one chart only).' },
        { name: 'version', description: 'Chart version as packaged (one chart only).' },
        { name: 'app-version', description: 'appVersion as packaged (one chart only).' },
        { name: 'state', description: 'pushed if any chart was pushed, unchanged if every chart was already there with the same digest.' },
        { name: 'charts', description: 'JSON array with one object per chart: chart, name, version, appVersion, ref, digest, ociUrl, state, layerDigest.' },
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

//# sourceMappingURL=513.index.js.map