export const id = 559;
export const ids = [559];
export const modules = {

/***/ 90994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ chartError),
/* harmony export */   W4: () => (/* binding */ RELEASE_NOTES_ANNOTATION),
/* harmony export */   aR: () => (/* binding */ validateMetadata),
/* harmony export */   u2: () => (/* binding */ editChartYaml),
/* harmony export */   zO: () => (/* binding */ parseChartYaml)
/* harmony export */ });
/* unused harmony export sanitize */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86868);
// Chart.yaml: reading it the way helm does, validating it as helm's Metadata.Validate does, and
// editing version, appVersion and annotations in place without losing comments.



/** The annotation the Rancher (Buntime) catalog reads release notes from. */
const RELEASE_NOTES_ANNOTATION = 'catalog.cattle.io/release-notes';
/**
 * Parse Chart.yaml bytes into helm's metadata. Strings are read as written (sigs.k8s.io/yaml turns
 * `version: 1.0` into the string "1.0" for a string field), booleans with YAML 1.1 rules as
 * go-yaml does, and unknown keys are ignored as helm ignores them. `where` names the file in errors.
 */
function parseChartYaml(data, where) {
    const text = Buffer.from(data).toString('utf8');
    const strings = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { schema: 'failsafe', uniqueKeys: false });
    const typed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { version: '1.1', uniqueKeys: false });
    const problem = strings.errors[0] ?? typed.errors[0];
    if (problem)
        throw chartError(where, `cannot load Chart.yaml: ${problem.message.split('\n')[0]}`);
    const raw = strings.toJS();
    const rawTyped = typed.toJS();
    if (raw === null || raw === undefined || raw === '')
        throw chartError(where, 'chart.metadata.apiVersion is required');
    if (!isRecord(raw) || !isRecord(rawTyped))
        throw chartError(where, 'cannot load Chart.yaml: expected a mapping of keys to values');
    const str = (key, from = raw) => {
        const v = from[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'string')
            throw chartError(where, `cannot load Chart.yaml: ${key} must be a string`);
        return v;
    };
    const strList = (key, from = raw) => {
        const v = from[key];
        if (v === undefined || v === null || v === '')
            return undefined;
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
            throw chartError(where, `cannot load Chart.yaml: ${key} must be a list of strings`);
        return v;
    };
    const bool = (key, from) => {
        const v = from[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'boolean')
            throw chartError(where, `cannot load Chart.yaml: ${key} must be true or false`);
        return v;
    };
    const annotationsRaw = raw.annotations;
    let annotations;
    if (annotationsRaw !== undefined && annotationsRaw !== null && annotationsRaw !== '') {
        if (!isRecord(annotationsRaw) || Object.values(annotationsRaw).some((v) => typeof v !== 'string')) {
            throw chartError(where, 'cannot load Chart.yaml: annotations must map strings to strings');
        }
        annotations = annotationsRaw;
    }
    const maintainers = listOfRecords(raw.maintainers, 'maintainers', where)?.map((m) => ({
        name: optionalSanitized(str('name', m)),
        email: optionalSanitized(str('email', m)),
        url: optionalSanitized(str('url', m)),
    }));
    const typedDeps = Array.isArray(rawTyped.dependencies) ? rawTyped.dependencies : [];
    const dependencies = listOfRecords(raw.dependencies, 'dependencies', where)?.map((d, i) => {
        const t = isRecord(typedDeps[i]) ? typedDeps[i] : {};
        const importValues = t['import-values'];
        if (importValues !== undefined && importValues !== null && !Array.isArray(importValues)) {
            throw chartError(where, 'cannot load Chart.yaml: import-values must be a list');
        }
        return {
            name: sanitize(str('name', d) ?? ''),
            version: optionalSanitized(str('version', d)),
            repository: sanitize(str('repository', d) ?? ''),
            condition: optionalSanitized(str('condition', d)),
            tags: strList('tags', d)?.map(sanitize),
            enabled: bool('enabled', t),
            importValues: importValues ?? undefined,
            alias: str('alias', d),
            dependsOn: strList('depends-on', d)?.map(sanitize),
        };
    });
    return {
        name: sanitize(str('name') ?? ''),
        home: optionalSanitized(str('home')),
        sources: strList('sources')?.map(sanitize),
        version: str('version') ?? '',
        description: optionalSanitized(str('description')),
        keywords: strList('keywords')?.map(sanitize),
        maintainers,
        icon: optionalSanitized(str('icon')),
        apiVersion: str('apiVersion') ?? '',
        condition: optionalSanitized(str('condition')),
        tags: optionalSanitized(str('tags')),
        appVersion: optionalSanitized(str('appVersion')),
        deprecated: bool('deprecated', rawTyped),
        annotations,
        kubeVersion: optionalSanitized(str('kubeVersion')),
        dependencies,
        type: str('type'),
    };
}
/**
 * helm's Metadata.Validate, plus the rules this project adds: apiVersion must be v2 (we package new
 * charts only) and the name must be usable in an OCI reference.
 */
function validateMetadata(metadata, where) {
    if (metadata.apiVersion === '')
        throw chartError(where, 'chart.metadata.apiVersion is required');
    if (metadata.apiVersion !== 'v2') {
        throw chartError(where, `chart.metadata.apiVersion ${JSON.stringify(metadata.apiVersion)} is not supported; expected v2 (helm 3 charts)`);
    }
    if (metadata.name === '')
        throw chartError(where, 'chart.metadata.name is required');
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .isSafeChartName */ .b)(metadata.name)) {
        throw chartError(where, `chart.metadata.name ${JSON.stringify(metadata.name)} is invalid; expected lower-case letters, digits and single separators (. _ -), e.g. my-chart`);
    }
    if (metadata.version === '')
        throw chartError(where, 'chart.metadata.version is required');
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .isChartVersion */ .N)(metadata.version)) {
        throw chartError(where, `chart.metadata.version ${JSON.stringify(metadata.version)} is invalid; expected SemVer, e.g. 1.2.3`);
    }
    if (metadata.type !== undefined && !['', 'application', 'library'].includes(metadata.type)) {
        throw chartError(where, `chart.metadata.type ${JSON.stringify(metadata.type)} is invalid; expected application or library`);
    }
    const seen = new Set();
    for (const dependency of metadata.dependencies ?? []) {
        if (dependency.alias !== undefined && dependency.alias !== '' && !/^[a-zA-Z0-9_-]+$/.test(dependency.alias)) {
            throw chartError(where, `dependency ${JSON.stringify(dependency.name)} has disallowed characters in the alias`);
        }
        const key = dependency.alias || dependency.name;
        if (seen.has(key)) {
            throw chartError(where, `more than one dependency with name or alias ${JSON.stringify(key)}; try using distinct aliases for dependencies with the same chart name`);
        }
        seen.add(key);
    }
}
/**
 * Chart.yaml with `edits` applied, keeping its comments, key order and formatting elsewhere (the
 * yaml Document API edits the syntax tree). Returns the input unchanged when there is nothing to do.
 */
function editChartYaml(data, edits) {
    if (edits.version === undefined && edits.appVersion === undefined && !edits.annotations)
        return data;
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(data.toString('utf8'), { version: '1.1', uniqueKeys: false });
    const setScalar = (key, value) => {
        // Changing the existing node keeps its quoting style and its comments; the library quotes a
        // plain value that would otherwise read back as a number.
        const node = document.get(key, true);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            node.value = value;
        else
            document.set(key, value);
    };
    if (edits.version !== undefined)
        setScalar('version', edits.version);
    if (edits.appVersion !== undefined)
        setScalar('appVersion', edits.appVersion);
    if (edits.annotations && Object.keys(edits.annotations).length > 0) {
        const existing = document.get('annotations', true);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(existing))
            document.set('annotations', document.createNode({}));
        for (const [key, value] of Object.entries(edits.annotations))
            document.setIn(['annotations', key], value);
    }
    return Buffer.from(document.toString({ lineWidth: 0 }));
}
/** helm's sanitizeString: any whitespace becomes a space, non-printable characters are dropped. */
function sanitize(value) {
    return value.replace(/\s/gu, ' ').replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '');
}
function optionalSanitized(value) {
    return value === undefined ? undefined : sanitize(value);
}
function listOfRecords(value, key, where) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (!Array.isArray(value))
        throw chartError(where, `cannot load Chart.yaml: ${key} must be a list`);
    return value.map((entry) => {
        if (!isRecord(entry))
            throw chartError(where, `${key} must not contain empty or null nodes`);
        return entry;
    });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A chart problem, located in the chart's Chart.yaml (or the file `where` names). */
function chartError(where, message) {
    return new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`chart ${where}: ${message}`, { value: where, location: { file: where } });
}


/***/ }),

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


/***/ }),

/***/ 51430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   XW: () => (/* binding */ readFileInside),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23178);
// File-system helpers: atomic writes and paths that cannot escape their root.





/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target.
 */
async function writeFileAtomic(file, data, mode) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            try {
                fileMode = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file)).mode & 0o7777;
            }
            catch {
                fileMode = 0o644;
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, data, { mode: fileMode });
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'r+');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
        throw error;
    }
}
/**
 * Resolve `relative` inside `root`, refusing `..` escapes, absolute paths outside the root and
 * symlinks whose target leaves the root. `input` names the input for the error message.
 */
async function resolveInside(root, relative, input) {
    const rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(rootReal, relative);
    if (!isWithin(rootReal, candidate)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: expected a path inside ${rootReal}`, {
            input,
            value: relative,
            valid: `a path inside ${rootReal}`,
        });
    }
    let real;
    // A path that does not exist (yet) is judged by its nearest existing ancestor: a symlinked folder
    // on the way must not carry a file about to be written out of the root.
    for (let probe = candidate; real === undefined; probe = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(probe)) {
        try {
            real = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(probe), node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(probe, candidate));
        }
        catch {
            if (probe === rootReal || node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(probe) === probe)
                return candidate;
        }
    }
    if (!isWithin(rootReal, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: it is a symlink to ${real}, outside ${rootReal}; expected a file inside the workspace`, { input, value: relative, valid: `a path inside ${rootReal}` });
    }
    return candidate;
}
/** True when `child` is `parent` or below it (both absolute, normalised). */
function isWithin(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel));
}
/**
 * Read the UTF-8 file `relative` inside `root` (as resolveInside checks it). A missing file is the
 * input's fault: `input` and `what` (e.g. "changelog file") name it and what was expected.
 */
async function readFileInside(root, relative, input, what) {
    const absolute = await resolveInside(root, relative, input);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidInput */ .aY)(input, relative, `an existing ${what} inside the workspace`);
        throw error;
    }
    // Text with bytes that are not UTF-8 would reach release notes and commits as U+FFFD: refuse it.
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const line = bytes
            .toString('utf8')
            .split('\n')
            .findIndex((l) => l.includes('\uFFFD')) + 1;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidInput */ .aY)(input, relative, `a ${what} in UTF-8`, {
            file: relative,
            line: line || 1,
        });
    }
    return { absolute, text: bytes.toString('utf8') };
}


/***/ }),

/***/ 81847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ planChartReleaseNotes),
/* harmony export */   W4: () => (/* reexport safe */ _charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__.W4)
/* harmony export */ });
/* unused harmony exports injectChartReleaseNotes, normaliseNotes */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51430);
/* harmony import */ var _charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90994);
// Put release notes into Chart.yaml's `catalog.cattle.io/release-notes` annotation, touching nothing else.







/**
 * Set `annotations."catalog.cattle.io/release-notes"` in a Chart.yaml to `notes`.
 *
 * The yaml library's Document API finds the nodes and their source ranges, and the edit is a
 * splice of the original text at those ranges: re-serialising the document would reflow comments,
 * quotes and blank lines, and Chart.yaml files are reviewed by humans. The new value is written
 * as a literal block scalar (`|`), indented under its key; the result is parsed again and must
 * hold exactly the notes and every other value unchanged, else a double-quoted scalar is used.
 */
function injectChartReleaseNotes(chartYaml, notes, file = 'Chart.yaml') {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(chartYaml);
    if (doc.errors.length) {
        const error = doc.errors[0];
        const line = error.linePos?.[0]?.line;
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}${line ? `:${line}` : ''}: not valid YAML: ${error.message.split('\n')[0]}`, {
            value: file,
            location: { file, line },
        });
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents))
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: expected a mapping at the top (a Chart.yaml)`, { value: file, location: { file } });
    const expected = normaliseNotes(notes);
    const eol = /\r\n/.test(chartYaml) ? '\r\n' : '\n';
    // An alias bomb is the file's fault: it is named, not reported as a bug.
    const before = (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .readingFileSync */ .Qg)(file, () => doc.toJS());
    const annotations = before.annotations;
    const current = annotations?.[_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4];
    if (current === expected)
        return { text: chartYaml, state: 'unchanged' };
    const state = annotations && typeof annotations === 'object' && Object.hasOwn(annotations, _charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4)
        ? 'updated'
        : 'created';
    for (const style of ['literal', 'quoted']) {
        const text = splice(chartYaml, doc.contents, expected, eol, style, file);
        if (holdsOnly(text, before, expected))
            return { text, state };
    }
    throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: could not add ${_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4} without changing other values; write 'annotations' as a plain block mapping`, {
        input: 'chart-release-notes',
        value: file,
        location: { file },
    });
}
/**
 * Read the Markdown file `notesPath` and plan its edit into the chart's Chart.yaml, writing nothing
 * (callers write `text` atomically once all their own checks pass). `chart` is a chart directory or
 * a Chart.yaml; by default the Chart.yaml next to the notes (Buntime keeps charts/release-notes.md
 * beside charts/Chart.yaml). `inputs` names the two inputs in error messages.
 */
async function planChartReleaseNotes(workspace, notesPath, chart, inputs) {
    const notes = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readFileInside */ .XW)(workspace, notesPath, inputs.notes, 'Markdown file');
    let file = chart || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(notesPath), 'Chart.yaml');
    if (!file.endsWith('.yaml') && !file.endsWith('.yml'))
        file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(file, 'Chart.yaml');
    const chartYaml = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readFileInside */ .XW)(workspace, file, inputs.chart, 'Chart.yaml (or a chart directory holding one)');
    return { ...injectChartReleaseNotes(chartYaml.text, notes.text, file), file, absolute: chartYaml.absolute };
}
function splice(text, root, notes, eol, style, file) {
    const annotationsPair = root.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === 'annotations');
    if (!annotationsPair) {
        // No annotations yet: append a block at the end (top-level keys start in column 0).
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        return `${text}${lead}annotations:${eol}  ${_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4}: ${scalar(notes, 2, eol, style)}`;
    }
    const annotations = annotationsPair.value;
    const keyColumn = columnOf(text, annotationsPair.key.range[0]);
    if (!annotations || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(annotations) && (annotations.value === null || annotations.value === ''))) {
        // `annotations:` with nothing under it (or an explicit `~`/`null`, which goes).
        let head = text;
        if (annotations?.range && annotations.range[1] > annotations.range[0]) {
            head = text.slice(0, annotations.range[0]).replace(/[ \t]+$/, '') + text.slice(annotations.range[1]);
        }
        const at = lineEnd(head, annotationsPair.key.range[1]);
        const lead = head.slice(0, at).endsWith('\n') ? '' : eol;
        const indent = keyColumn + 2;
        return `${head.slice(0, at)}${lead}${' '.repeat(indent)}${_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4}: ${scalar(notes, indent, eol, style)}${head.slice(at)}`;
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(annotations) || annotations.flow) {
        const line = text.slice(0, annotations.range[0]).split('\n').length;
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}:${line}: 'annotations' must be a block mapping (one key per line) for release-kit to add ${_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4}`, {
            input: 'chart-release-notes',
            value: file,
            location: { file, line },
        });
    }
    const existing = annotations.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === _charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4);
    if (existing && existing.value?.range) {
        const value = existing.value;
        const indent = columnOf(text, existing.key.range[0]);
        const [start, valueEnd] = value.range;
        const block = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED');
        // A block scalar's range ends after its last line break; a flow scalar's at its last character,
        // so the rest of that line (perhaps a comment) goes too, the comment moving onto the new header.
        let end = valueEnd;
        let comment = '';
        if (!block) {
            end = lineEnd(text, valueEnd);
            comment = text.slice(valueEnd, end).trim();
            if (!comment.startsWith('#'))
                comment = '';
        }
        let replacement = scalar(notes, indent, eol, style, comment);
        // The value was the file's last line and had no line break: keep it that way.
        if (end === text.length && !text.endsWith('\n'))
            replacement = replacement.slice(0, -eol.length);
        return text.slice(0, start) + replacement + text.slice(end);
    }
    const last = annotations.items[annotations.items.length - 1];
    const indent = columnOf(text, last.key.range[0]);
    let at = last.value?.range?.[1] ?? last.key.range[1];
    if (text[at - 1] !== '\n')
        at = lineEnd(text, at);
    const lead = text.slice(0, at).endsWith('\n') ? '' : eol;
    return `${text.slice(0, at)}${lead}${' '.repeat(indent)}${_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4}: ${scalar(notes, indent, eol, style)}${text.slice(at)}`;
}
/** The value of a key in column `keyColumn`, ending with a line break (a block scalar always does). */
function scalar(notes, keyColumn, eol, style, comment = '') {
    if (style === 'quoted' || notes === '')
        return `${JSON.stringify(notes)}${comment ? ` ${comment}` : ''}${eol}`;
    const lines = notes.replace(/\n$/, '').split('\n');
    // An explicit indentation indicator when the first line itself starts with a space.
    const indicator = /^\s/.test(lines.find((l) => l !== '') ?? '') ? '2' : '';
    const pad = ' '.repeat(keyColumn + 2);
    return `|${indicator}${comment ? ` ${comment}` : ''}${eol}${lines.map((l) => (l === '' ? '' : pad + l)).join(eol)}${eol}`;
}
function holdsOnly(text, before, notes) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
    if (doc.errors.length)
        return false;
    const after = doc.toJS();
    const annotations = {
        ...(before.annotations ?? {}),
        [_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4]: notes,
    };
    return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.isDeepStrictEqual)(after, { ...before, annotations });
}
/** Notes as a block scalar keeps them: \n line ends, one final line break, no trailing blanks. */
function normaliseNotes(notes) {
    const text = notes.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    return text === '' ? '' : `${text}\n`;
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
function lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}


/***/ })

};

//# sourceMappingURL=559.index.js.map