export const id = 130;
export const ids = [130];
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
        await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileInPlace */ .aE)(runner.workspace, edit.file, edit.text, 'chart');
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
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   XW: () => (/* binding */ readFileInside),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   aE: () => (/* binding */ writeFileInPlace)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23178);
/* harmony import */ var _lossless_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96763);
// File-system helpers: atomic writes, edits in place that keep a file's bytes, mode and symlink,
// reads that never block on a special file, and paths that cannot escape their root.







/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target. The file gets `mode`, else
 * the mode of the regular file it replaces, else 0644; exactly, whatever the umask.
 */
async function writeFileAtomic(file, data, mode) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(file).catch(() => undefined);
            // A symlink's own mode (0777) is no file's: what replaces the link gets the default.
            fileMode = existing?.isFile() ? existing.mode & 0o7777 : 0o644;
        }
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.open)(tmp, 'wx', 0o600);
        try {
            await handle.writeFile(data);
            await handle.chmod(fileMode);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(tmp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(tmp, { force: true });
        throw error;
    }
}
/**
 * Replace the content of `relative` (a file of the user's repository under `root`) as an edit in
 * place, the one way release-kit writes a user's file. A symlink is followed and its target edited
 * (the link stays a link), provided the target lies inside `root`; else the edit is refused. The
 * target keeps its mode; the write is atomic (a temporary file in the target's own folder, renamed
 * over it). A string is encoded losslessly, so text read with readFileInside(…, { forEdit: true })
 * writes back every byte it did not change. A file that does not exist yet is created with 0644.
 */
async function writeFileInPlace(root, relative, content, input) {
    const absolute = await resolveInside(root, relative, input);
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.realpath)(absolute).catch(() => absolute);
    const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(target).catch(() => undefined);
    if (stats && !stats.isFile())
        throw notRegularFile(relative, stats, input);
    await writeFileAtomic(target, typeof content === 'string' ? (0,_lossless_text_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeLossless */ .r)(content) : content);
}
/**
 * The bytes of the regular file `file`, or null when it does not exist. It is opened non-blocking
 * and checked with fstat before anything is read, so a FIFO, a device or a directory is refused
 * (a UserError naming `display` and `input`) instead of waiting forever for a writer.
 */
async function readRegularFile(file, display, input) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_NOCTTY);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO' || code === 'EACCES')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${display} cannot be read (${code}); expected a regular file`, {
                input,
                value: display,
                valid: 'a regular file',
            });
        throw error;
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw notRegularFile(display, stats, input);
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
function notRegularFile(display, stats, input) {
    const kind = stats.isDirectory()
        ? 'a directory'
        : stats.isFIFO()
            ? 'a FIFO (named pipe)'
            : stats.isSocket()
                ? 'a socket'
                : stats.isCharacterDevice() || stats.isBlockDevice()
                    ? 'a device'
                    : stats.isSymbolicLink()
                        ? 'a symlink'
                        : 'not a regular file';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${display} is ${kind}, not a regular file; release-kit reads and edits regular files only`, {
        input,
        value: display,
        valid: 'a regular file',
    });
}
/**
 * Resolve `relative` inside `root`, refusing `..` escapes, absolute paths outside the root and
 * symlinks whose target leaves the root. `input` names the input for the error message.
 */
async function resolveInside(root, relative, input) {
    const rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.realpath)(root);
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(rootReal, relative);
    if (!isWithin(rootReal, candidate)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: expected a path inside ${rootReal}`, {
            input,
            value: relative,
            valid: `a path inside ${rootReal}`,
        });
    }
    let real;
    // A path that does not exist (yet) is judged by its nearest existing ancestor: a symlinked folder
    // on the way must not carry a file about to be written out of the root.
    for (let probe = candidate; real === undefined; probe = node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(probe)) {
        try {
            real = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.realpath)(probe), node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(probe, candidate));
        }
        catch {
            if (probe === rootReal || node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(probe) === probe)
                return candidate;
        }
    }
    if (!isWithin(rootReal, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: it is a symlink to ${real}, outside ${rootReal}; expected a file inside the workspace`, { input, value: relative, valid: `a path inside ${rootReal}` });
    }
    return candidate;
}
/** True when `child` is `parent` or below it (both absolute, normalised). */
function isWithin(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(rel));
}
/**
 * Read the UTF-8 file `relative` inside `root` (as resolveInside checks it; a regular file, see
 * readRegularFile). A missing file is the input's fault: `input` and `what` (e.g. "changelog file")
 * name it and what was expected. `forEdit`: the text is decoded losslessly (invalid bytes kept, see
 * lossless-text.ts), for an edit written back with writeFileInPlace; else invalid bytes read as U+FFFD.
 */
async function readFileInside(root, relative, input, what, options = {}) {
    const absolute = await resolveInside(root, relative, input);
    const bytes = await readRegularFile(absolute, relative, input);
    if (bytes === null)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .invalidInput */ .aY)(input, relative, `an existing ${what} inside the workspace`);
    if (options.forEdit)
        return { absolute, text: (0,_lossless_text_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeLossless */ .x)(bytes) };
    // Text with bytes that are not UTF-8 would reach release notes and commits as U+FFFD: refuse it.
    // (An edit in place keeps such bytes as they are instead: decodeLossless.)
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const line = bytes
            .toString('utf8')
            .split('\n')
            .findIndex((l) => l.includes('\uFFFD')) + 1;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .invalidInput */ .aY)(input, relative, `a ${what} in UTF-8`, { file: relative, line: line || 1 });
    }
    return { absolute, text: bytes.toString('utf8') };
}


/***/ }),

/***/ 96763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ encodeLossless),
/* harmony export */   x: () => (/* binding */ decodeLossless)
/* harmony export */ });
// A file's bytes as text that encodes back to exactly those bytes, invalid UTF-8 included, so an
// edit of one value leaves every other byte of the file as it was.
//
// Written by hand because no codec does this: TextDecoder and Buffer turn each invalid byte into
// U+FFFD, which writes back as three other bytes. Here an invalid byte 0xXY becomes the lone
// surrogate U+DCXY (Python's "surrogateescape"): valid UTF-8 never decodes to a lone surrogate, so
// the way back is unambiguous. A BOM is kept as U+FEFF, as the file holds it.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The text of `bytes`; invalid UTF-8 bytes become lone surrogates U+DC80–U+DCFF. */
function decodeLossless(bytes) {
    try {
        return strict.decode(bytes);
    }
    catch {
        return decodeEscaping(bytes);
    }
}
/** The bytes of `text`, lone surrogates U+DC80–U+DCFF back to the invalid bytes they stand for. */
function encodeLossless(text) {
    if (!/[\uDC80-\uDCFF]/.test(text))
        return Buffer.from(text, 'utf8');
    const chunks = [];
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff)
                i++; // a pair: one astral character, encoded below
            continue;
        }
        if (unit >= 0xdc80 && unit <= 0xdcff) {
            chunks.push(Buffer.from(text.slice(from, i), 'utf8'), Buffer.of(unit & 0xff));
            from = i + 1;
        }
    }
    chunks.push(Buffer.from(text.slice(from), 'utf8'));
    return Buffer.concat(chunks);
}
function decodeEscaping(bytes) {
    let out = '';
    let runStart = 0;
    let i = 0;
    const flush = (end) => {
        if (end > runStart)
            out += strict.decode(bytes.subarray(runStart, end));
    };
    while (i < bytes.length) {
        const length = validSequenceLength(bytes, i);
        if (length > 0) {
            i += length;
            continue;
        }
        flush(i);
        out += String.fromCharCode(0xdc00 | bytes[i]);
        i++;
        runStart = i;
    }
    flush(i);
    return out;
}
/** The length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0 when there is none. */
function validSequenceLength(bytes, i) {
    const b0 = bytes[i];
    if (b0 < 0x80)
        return 1;
    const cont = (k, low = 0x80, high = 0xbf) => i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high;
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return cont(1) ? 2 : 0;
    if (b0 >= 0xe0 && b0 <= 0xef) {
        const [low, high] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
        return cont(1, low, high) && cont(2) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const [low, high] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
        return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}


/***/ })

};

//# sourceMappingURL=130.index.js.map