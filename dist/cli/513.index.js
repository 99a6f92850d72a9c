export const id = 513;
export const ids = [513];
export const modules = {

/***/ 86868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ isChartVersion),
/* harmony export */   b: () => (/* binding */ isSafeChartName)
/* harmony export */ });
// What helm accepts as a chart version and (for OCI) a chart name: tiny and dependency-free, so
// that checking an action's inputs does not load the chart parser or the packaging code.
// Masterminds/semver v3's NewVersion grammar, which is what helm's isValidSemver accepts: an
// optional "v", minor and patch optional, no leading zeros, SemVer 2 pre-release and build parts.
const MASTERMINDS_SEMVER = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
// The name becomes a path component of the OCI repository, so it must be one (distribution's
// path-component grammar). helm itself only requires name == filepath.Base(name).
const SAFE_CHART_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** True when helm (Masterminds/semver) accepts `version` as a chart version. */
function isChartVersion(version) {
    return MASTERMINDS_SEMVER.test(version);
}
/** True for a chart name helm accepts that can also be an OCI repository path component. */
function isSafeChartName(name) {
    return SAFE_CHART_NAME.test(name) && name.length <= 128;
}


/***/ }),

/***/ 45513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   operation: () => (/* binding */ operation)
/* harmony export */ });
/* harmony import */ var _charts_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86868);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
// publish-chart-oci: package Helm charts as helm does (reproducibly) and push them to an OCI registry
// in helm's format, never overwriting a published chart version.


const ON_EXISTING = ['fail', 'overwrite'];
function parseSettings(inputs) {
    const password = inputs.secret('password');
    const username = inputs.optional('username');
    const charts = inputs.lines('chart');
    if (charts.length === 0)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('chart', '', 'a chart directory or a packaged .tgz, one per line');
    for (const chart of charts) {
        if (/[\0]/.test(chart) || chart.startsWith('-'))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('chart', chart, 'paths inside the workspace, one per line');
    }
    const registry = inputs.required('registry', 'an OCI registry URL such as oci://ghcr.io/OWNER/charts');
    if (!/^oci:\/\//.test(registry))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('registry', registry, 'oci://HOST[:PORT]/PATH, e.g. oci://ghcr.io/OWNER/charts');
    const version = inputs.optional('version');
    if (version !== undefined && !(0,_charts_version_js__WEBPACK_IMPORTED_MODULE_1__/* .isChartVersion */ .N)(version))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('version', version, 'a SemVer chart version such as 1.2.3 or 1.2.3-rc.1+build.5');
    const appVersion = inputs.optional('app-version');
    if (appVersion !== undefined && /[\r\n\0]/.test(appVersion))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('app-version', appVersion, 'a single-line application version such as 1.2.3');
    const releaseNotesPath = inputs.optional('release-notes');
    if (releaseNotesPath !== undefined && /[\0\r\n]/.test(releaseNotesPath))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('release-notes', releaseNotesPath, 'the path of a Markdown file inside the workspace');
    if (password !== undefined && username === undefined)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('username', '', 'a user name to go with the password (on GitHub: ${{ github.actor }})');
    if (username !== undefined && password === undefined)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('password', '', 'a password or token to go with the username (on GitHub: ${{ secrets.GITHUB_TOKEN }})');
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
const operation = {
    name: 'publish-chart-oci',
    description: "Package Helm charts reproducibly (as helm package does) and push them to an OCI registry in helm's format, never overwriting a published version.",
    inputs: [
        {
            name: 'chart',
            description: 'Chart directory or packaged .tgz, relative to the workspace; one per line for several charts.',
            required: true,
        },
        {
            name: 'registry',
            description: 'OCI registry URL to push to, e.g. oci://ghcr.io/OWNER/charts; the chart goes to <registry>/<name>:<version>.',
            required: true,
        },
        {
            name: 'version',
            description: "Chart version to package with, instead of Chart.yaml's (helm package --version); the working tree is not changed.",
            default: '',
        },
        {
            name: 'app-version',
            description: "appVersion to package with, instead of Chart.yaml's (helm package --app-version).",
            default: '',
        },
        {
            name: 'release-notes',
            description: 'Markdown file set as the catalog.cattle.io/release-notes annotation (Rancher catalog).',
            default: '',
        },
        {
            name: 'username',
            description: 'Registry user name (on GitHub: the github.actor); empty for anonymous access.',
            default: '',
        },
        {
            name: 'password',
            description: 'Registry password or token (on GitHub: secrets.GITHUB_TOKEN, with packages: write); masked, never logged.',
            default: '',
        },
        {
            name: 'plain-http',
            description: 'Talk to the registry over plain HTTP instead of TLS (loopback registries, like helm --plain-http).',
            default: 'false',
        },
        {
            name: 'on-existing',
            description: 'When the version is already published with different content: fail, or overwrite (not recommended).',
            default: 'fail',
        },
    ],
    outputs: [
        { name: 'ref', description: 'The pushed reference, e.g. ghcr.io/OWNER/charts/NAME:1.2.3 (one chart only).' },
        { name: 'digest', description: 'The manifest digest (sha256:…), for signing or attestation (one chart only).' },
        { name: 'oci-url', description: 'oci://… URL to install from with --version (one chart only).' },
        { name: 'name', description: 'Chart name (one chart only).' },
        { name: 'version', description: 'Chart version as packaged (one chart only).' },
        { name: 'app-version', description: 'appVersion as packaged (one chart only).' },
        {
            name: 'state',
            description: 'pushed if any chart was pushed, unchanged if every chart was already there with the same digest.',
        },
        {
            name: 'charts',
            description: 'JSON array with one object per chart: chart, name, version, appVersion, ref, digest, ociUrl, state, layerDigest.',
        },
    ],
    async run(context) {
        const settings = parseSettings(context.inputs);
        // The one lazy boundary: chart packaging and the OCI client load only once the inputs are valid.
        const { publishCharts } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(260), __webpack_require__.e(697), __webpack_require__.e(584), __webpack_require__.e(692), __webpack_require__.e(453), __webpack_require__.e(653)]).then(__webpack_require__.bind(__webpack_require__, 63653));
        return publishCharts(settings, context);
    },
};


/***/ })

};

//# sourceMappingURL=513.index.js.map