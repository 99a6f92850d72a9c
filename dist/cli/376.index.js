export const id = 376;
export const ids = [376];
export const modules = {

/***/ 86868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ chartVersionTag),
/* harmony export */   N0: () => (/* binding */ isChartVersion),
/* harmony export */   P6: () => (/* binding */ sameChartVersion),
/* harmony export */   ZK: () => (/* binding */ compareChartVersions),
/* harmony export */   bC: () => (/* binding */ isSafeChartName)
/* harmony export */ });
/* unused harmony exports parseChartVersion, chartVersionOfTag */
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
/**
 * True when both are the same chart version as helm matches them: the exact string first (helm's
 * IndexFile.Get does), then SemVer equality (`v1.2` and `1.2.0+build.1` are one version).
 */
function sameChartVersion(a, b) {
    return a === b || (isChartVersion(a) && isChartVersion(b) && compareChartVersions(a, b) === 0);
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

/***/ 73376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operation: () => (/* binding */ operation)
});

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/lint-modes.ts
// The choices of the `lint` input, apart from the lint itself so that checking an action's inputs
// loads nothing else (the operation imports this before its one lazy import).
/** `auto`: helm when it is on PATH, else native; `helm`: helm or fail; `native`: never helm; `false`: no lint. */
const LINT_MODES = ['auto', 'helm', 'native', 'false'];

// EXTERNAL MODULE: ./packages/release-kit/src/charts/version.ts
var charts_version = __webpack_require__(86868);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/publish-chart-oci.settings.ts
const ON_EXISTING = ['fail', 'overwrite'];

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/publish-chart-oci.ts
// publish-chart-oci: package Helm charts as helm does (reproducibly) and push them to an OCI registry
// in helm's format, never overwriting a published chart version.




function parseSettings(inputs) {
    const password = inputs.secret('password');
    const username = inputs.optional('username');
    const charts = inputs.lines('chart');
    if (charts.length === 0)
        throw (0,errors/* invalidInput */.aY)('chart', '', 'a chart directory or a packaged .tgz, one per line');
    for (const chart of charts) {
        if (/[\0]/.test(chart) || chart.startsWith('-'))
            throw (0,errors/* invalidInput */.aY)('chart', chart, 'paths inside the workspace, one per line');
    }
    const registry = inputs.required('registry', 'an OCI registry URL such as oci://ghcr.io/OWNER/charts');
    if (!/^oci:\/\//.test(registry))
        throw (0,errors/* invalidInput */.aY)('registry', registry, 'oci://HOST[:PORT]/PATH, e.g. oci://ghcr.io/OWNER/charts');
    const version = inputs.optional('version');
    if (version !== undefined && !(0,charts_version/* isChartVersion */.N0)(version))
        throw (0,errors/* invalidInput */.aY)('version', version, 'a SemVer chart version such as 1.2.3 or 1.2.3-rc.1+build.5');
    const appVersion = inputs.optional('app-version');
    if (appVersion !== undefined && /[\r\n\0]/.test(appVersion))
        throw (0,errors/* invalidInput */.aY)('app-version', appVersion, 'a single-line application version such as 1.2.3');
    const releaseNotesPath = inputs.optional('release-notes');
    if (releaseNotesPath !== undefined && /[\0\r\n]/.test(releaseNotesPath))
        throw (0,errors/* invalidInput */.aY)('release-notes', releaseNotesPath, 'the path of a Markdown file inside the workspace');
    if (password !== undefined && username === undefined)
        throw (0,errors/* invalidInput */.aY)('username', '', 'a user name to go with the password (on GitHub: ${{ github.actor }})');
    if (username !== undefined && password === undefined)
        throw (0,errors/* invalidInput */.aY)('password', '', 'a password or token to go with the username (on GitHub: ${{ secrets.GITHUB_TOKEN }})');
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
        lint: inputs.choice('lint', LINT_MODES),
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
        {
            name: 'lint',
            description: 'Check each packaged chart before it is pushed: auto (helm lint and helm template when helm is on PATH, else native structural checks), helm (fail without helm), native, or false.',
            default: 'auto',
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
        const { publishCharts } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(260), __webpack_require__.e(697), __webpack_require__.e(800), __webpack_require__.e(692), __webpack_require__.e(7), __webpack_require__.e(397), __webpack_require__.e(653)]).then(__webpack_require__.bind(__webpack_require__, 63653));
        return publishCharts(settings, context);
    },
};


/***/ })

};

//# sourceMappingURL=376.index.js.map