export const id = 130;
export const ids = [130];
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

/***/ 28559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   operation: () => (/* binding */ operation)
/* harmony export */ });
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51430);
/* harmony import */ var _releases_chart_release_notes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81847);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
// chart-release-notes: a Markdown file into Chart.yaml's catalog.cattle.io/release-notes annotation, on its own (no CHANGELOG.md).



async function run(context) {
    const { inputs, runner, log } = context;
    const notes = inputs.required('notes', 'a Markdown file inside the workspace, e.g. charts/release-notes.md');
    const chart = inputs.optional('chart');
    for (const [name, value] of [
        ['notes', notes],
        ['chart', chart ?? ''],
    ]) {
        if (/[\0\r\n]/.test(value))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(name, value, 'one path inside the workspace');
    }
    const edit = await (0,_releases_chart_release_notes_js__WEBPACK_IMPORTED_MODULE_1__/* .planChartReleaseNotes */ .K8)(runner.workspace, notes, chart, { notes: 'notes', chart: 'chart' });
    if (edit.state !== 'unchanged')
        await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileAtomic */ .Zf)(edit.absolute, edit.text);
    const line = `${edit.file}: ${_releases_chart_release_notes_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASE_NOTES_ANNOTATION */ .W4} ${edit.state} from ${notes}`;
    log.info(line);
    return { outputs: { state: edit.state, chart: edit.file }, summary: `### Chart release notes\n\n- ${line}\n` };
}
const operation = {
    name: 'chart-release-notes',
    description: "Write a Markdown file into Chart.yaml's catalog.cattle.io/release-notes annotation (Rancher's release notes), keeping every comment and line of Chart.yaml.",
    inputs: [
        {
            name: 'notes',
            description: 'The Markdown file with the release notes, e.g. charts/release-notes.md.',
            required: true,
        },
        {
            name: 'chart',
            description: 'The chart directory or its Chart.yaml; default: the Chart.yaml next to the notes file.',
            default: '',
        },
    ],
    outputs: [
        { name: 'state', description: '`created` (annotation added), `updated` (another value replaced) or `unchanged`.' },
        { name: 'chart', description: 'The Chart.yaml that holds the annotation.' },
    ],
    run,
};


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


/***/ })

};

//# sourceMappingURL=130.index.js.map