export const id = 130;
export const ids = [130];
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


/***/ })

};

//# sourceMappingURL=130.index.js.map