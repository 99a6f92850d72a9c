export const id = 513;
export const ids = [513];
export const modules = {

/***/ 86868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N0: () => (/* binding */ isChartVersion),
/* harmony export */   P6: () => (/* binding */ sameChartVersion),
/* harmony export */   ZK: () => (/* binding */ compareChartVersions),
/* harmony export */   bC: () => (/* binding */ isSafeChartName)
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
/** A numeric identifier's order without parsing it (no leading zeros, any length): by length, then digits. */
function compareNumeric(a, b) {
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** SemVer 2's pre-release order, which Masterminds follows: numeric parts below alphanumeric ones, fewer parts first. */
function comparePrerelease(a, b) {
    if (a === b)
        return 0;
    if (a === undefined)
        return 1;
    if (b === undefined)
        return -1;
    const [pa, pb] = [a.split('.'), b.split('.')];
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        if (i >= pa.length)
            return -1;
        if (i >= pb.length)
            return 1;
        const [x, y] = [pa[i], pb[i]];
        if (x === y)
            continue;
        const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
        if (nx && ny)
            return compareNumeric(x, y);
        if (nx !== ny)
            return nx ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
/**
 * helm's order of two chart versions (Masterminds/semver's Compare): `v` and a missing minor or
 * patch read as 0, build metadata ignored, pre-releases before their release. A version helm
 * cannot parse sorts below every valid one (helm's ChartVersions.Less pushes it to the back);
 * two such versions compare as text.
 */
function compareChartVersions(a, b) {
    const [ma, mb] = [MASTERMINDS_SEMVER.exec(a), MASTERMINDS_SEMVER.exec(b)];
    if (!ma || !mb) {
        if (ma || mb)
            return ma ? 1 : -1;
        return a < b ? -1 : a > b ? 1 : 0;
    }
    for (const group of [1, 2, 3]) {
        const order = compareNumeric(ma[group] ?? '0', mb[group] ?? '0');
        if (order !== 0)
            return order;
    }
    return comparePrerelease(ma[4], mb[4]);
}
/**
 * True when helm counts `a` and `b` as one chart version (its index lookup and `helm repo index
 * --merge` match by SemVer equality): `1.0.0`, `v1.0.0`, `1.0` and `1.0.0+build` are one version.
 */
function sameChartVersion(a, b) {
    return a === b || (isChartVersion(a) && isChartVersion(b) && compareChartVersions(a, b) === 0);
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
    if (version !== undefined && !(0,_charts_version_js__WEBPACK_IMPORTED_MODULE_1__/* .isChartVersion */ .N0)(version))
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
            description: 'Chart directory or packaged `.tgz`, relative to the workspace; one per line for several charts. A `.tgz` is validated and pushed as is.',
            required: true,
        },
        {
            name: 'registry',
            description: 'OCI registry URL to push to, e.g. `oci://ghcr.io/OWNER/charts`; the chart goes to `<registry>/<name>:<version>`. Capitals are lowered (OCI names are lower case), so `${{ github.repository_owner }}` works as is.',
            required: true,
        },
        {
            name: 'version',
            description: "Chart version to package with, instead of Chart.yaml's (`helm package --version`). Only the archived Chart.yaml changes, comments kept; the working tree is not changed.",
            default: '',
        },
        {
            name: 'app-version',
            description: "appVersion to package with, instead of Chart.yaml's (`helm package --app-version`).",
            default: '',
        },
        {
            name: 'release-notes',
            description: 'Markdown file set as the `catalog.cattle.io/release-notes` annotation, which the Rancher catalog shows.',
            default: '',
        },
        {
            name: 'username',
            description: 'Registry user; on GitHub `${{ github.actor }}`. Empty: anonymous.',
            default: '',
        },
        {
            name: 'password',
            description: 'Registry password or token; on GitHub `${{ secrets.GITHUB_TOKEN }}` (job permission `packages: write`). Masked, never logged.',
            default: '',
        },
        {
            name: 'plain-http',
            description: 'Use `http://` instead of TLS, for a registry on loopback (tests, demos), like `helm --plain-http`.',
            default: 'false',
        },
        {
            name: 'on-existing',
            description: 'When the version is already published with a different digest: `fail`, or `overwrite` (not recommended: users who pulled the old digest get a different chart under the same version).',
            default: 'fail',
        },
    ],
    outputs: [
        { name: 'ref', description: 'The pushed reference, e.g. `ghcr.io/OWNER/charts/kruntimes:1.4.0` (one chart only).' },
        {
            name: 'digest',
            description: 'The manifest digest `sha256:…`, ready for signing or attestation (one chart only).',
        },
        {
            name: 'oci-url',
            description: '`oci://ghcr.io/OWNER/charts/kruntimes`, for `helm install … --version` (one chart only).',
        },
        { name: 'name', description: 'Chart name (one chart only).' },
        { name: 'version', description: 'Chart version as packaged (one chart only).' },
        { name: 'app-version', description: 'appVersion as packaged (one chart only).' },
        {
            name: 'state',
            description: '`pushed` if any chart was pushed; `unchanged` if every chart was already published with the same digest.',
        },
        {
            name: 'charts',
            description: 'JSON array, one object per chart: `chart`, `name`, `version`, `appVersion`, `ref`, `digest`, `ociUrl`, `state`, `layerDigest`. Use it (`fromJSON`) when several charts are pushed.',
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