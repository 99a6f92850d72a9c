export const id = 230;
export const ids = [230];
export const modules = {

/***/ 66855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ binariesFromFiles),
/* harmony export */   Se: () => (/* binding */ extraFilesFrom),
/* harmony export */   TE: () => (/* binding */ isSafeName),
/* harmony export */   dz: () => (/* binding */ binariesFromLines)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51430);
/* harmony import */ var _platforms_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90876);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
// Turns the `files` / `binaries` / `extra-files` inputs into checked, absolute, per-platform files.






const GLOB_CHARS = /[*?[\]{}]/;
/** A safe single file-name component: no separators, no `..`, no control characters. */
function isSafeName(name) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    return name !== '' && name !== '.' && !name.includes('..') && !/[/\\\0-\x1f\x7f]/.test(name);
}
/** Reject `..` segments outright, even when they would resolve back inside the workspace. */
function rejectDotDot(input, value) {
    if (value.split(/[/\\]/).includes('..'))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(input, value, 'a path inside the workspace without .. segments');
}
/**
 * Expand one `files`/`extra-files` line to workspace-relative matches (literal paths stay as they
 * are). picomatch does the matching over a walk of the pattern's static base directory only, so
 * `dist/krt-*` never lists the rest of the workspace; symlinked directories are not followed.
 * (@actions/glob would do too, but it prints ::debug:: lines through @actions/core, also in the CLI.)
 */
async function expand(workspace, line, input) {
    rejectDotDot(input, line);
    if (!GLOB_CHARS.test(line))
        return [line];
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(line) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, line) : line;
    // Checked before any walk: an absolute glob such as /etc/* would list (and an error would then name)
    // files far outside the workspace.
    if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(input, line, 'a path or glob relative to the workspace (an absolute one must lie inside it)');
    const { base } = picomatch__WEBPACK_IMPORTED_MODULE_5___default().scan(relative);
    const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_5___default()(relative, { dot: false });
    // The walk's start may not be a symlink out of the workspace either.
    const start = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(workspace, base || '.', input);
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(start, { recursive: true, withFileTypes: true });
    }
    catch {
        entries = [];
    }
    const matches = entries
        .filter((e) => !e.isDirectory())
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(e.parentPath, e.name)))
        .filter((rel) => isMatch(rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')))
        .sort();
    if (matches.length === 0)
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input '${input}' has pattern ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(line)} that matches no file in ${workspace}`, {
            input,
            value: line,
            valid: 'a path or glob matching built files',
        });
    return matches;
}
/** Resolve inside the workspace (symlinks may not leave it) and require a non-empty regular file. */
async function checkedFile(workspace, given, input) {
    rejectDotDot(input, given);
    const absolute = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(workspace, given, input);
    let info;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(absolute);
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute);
    }
    catch {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input '${input}' names ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(given)}, which does not exist in ${workspace}`, {
            input,
            value: given,
            valid: 'an existing file',
        });
    }
    if (!info.isFile())
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input '${input}' names ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(given)}, which is not a regular file`, {
            input,
            value: given,
            valid: 'a regular file',
        });
    if (info.size === 0)
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input '${input}' names ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(given)}, which is empty (a failed build?)`, {
            input,
            value: given,
            valid: 'a non-empty file',
        });
    return absolute;
}
function addUnique(found, binary, input) {
    const key = (0,_platforms_js__WEBPACK_IMPORTED_MODULE_4__/* .platformKey */ .Ng)(binary);
    const other = found.get(key);
    if (other) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input '${input}' has two binaries for ${key}: ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(other.given)} and ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(binary.given)}; expected one per platform`, {
            input,
            value: binary.given,
            valid: 'one binary per os/arch',
        });
    }
    found.set(key, binary);
}
function sortBinaries(binaries) {
    return [...binaries].sort((a, b) => ((0,_platforms_js__WEBPACK_IMPORTED_MODULE_4__/* .platformKey */ .Ng)(a) < (0,_platforms_js__WEBPACK_IMPORTED_MODULE_4__/* .platformKey */ .Ng)(b) ? -1 : (0,_platforms_js__WEBPACK_IMPORTED_MODULE_4__/* .platformKey */ .Ng)(a) > (0,_platforms_js__WEBPACK_IMPORTED_MODULE_4__/* .platformKey */ .Ng)(b) ? 1 : 0));
}
/** `files`: paths or globs whose base names follow the naming rule (see platformFromFileName). */
async function binariesFromFiles(workspace, lines, input = 'files') {
    const found = new Map();
    for (const line of lines) {
        for (const given of await expand(workspace, line, input)) {
            const platform = (0,_platforms_js__WEBPACK_IMPORTED_MODULE_4__/* .platformFromFileName */ .Jb)(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(given));
            if (!platform)
                throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(input, given, (0,_platforms_js__WEBPACK_IMPORTED_MODULE_4__/* .namingRuleHint */ ._v)(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(given)));
            addUnique(found, { ...platform, given, path: await checkedFile(workspace, given, input) }, input);
        }
    }
    return sortBinaries(found.values());
}
/** `binaries`: lines `os/arch=path`. */
async function binariesFromLines(workspace, lines, input = 'binaries') {
    const found = new Map();
    for (const line of lines) {
        const eq = line.indexOf('=');
        if (eq < 0)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(input, line, 'lines of os/arch=path, e.g. linux/amd64=dist/krt-linux-amd64');
        const platform = (0,_platforms_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePlatform */ .FL)(line.slice(0, eq), input);
        const given = line.slice(eq + 1).trim();
        if (given === '')
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(input, line, 'a path after the =');
        addUnique(found, { ...platform, given, path: await checkedFile(workspace, given, input) }, input);
    }
    return sortBinaries(found.values());
}
/** `extra-files`: paths or globs; each lands at the archive root under its base name. */
async function extraFilesFrom(workspace, lines, reserved, input = 'extra-files', binaries = []) {
    const byName = new Map();
    const binaryFiles = new Set(await Promise.all(binaries.map((file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file))));
    for (const line of lines) {
        const isGlob = GLOB_CHARS.test(line);
        for (const given of await expand(workspace, line, input)) {
            const file = await checkedFile(workspace, given, input);
            if (binaryFiles.has(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file))) {
                // `dist/*` also matches the binaries themselves: they are archived once, as the binary.
                if (isGlob)
                    continue;
                throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(input, given, 'a file other than the binaries (each is archived as the binary itself)');
            }
            const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(given);
            if (!isSafeName(name))
                throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(input, given, 'a file whose name has no separators or ..');
            if (reserved.includes(name))
                throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(input, given, `a file not named like the binary (${reserved.join(', ')})`);
            if (byName.has(name))
                throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input '${input}' has two files named ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(name)}; every extra file lands at the archive root, so names must differ`, { input, value: given });
            byName.set(name, { path: file, name });
        }
    }
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}


/***/ }),

/***/ 7968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseChecksumLine),
/* harmony export */   lc: () => (/* binding */ subjectChecksums),
/* harmony export */   ss: () => (/* binding */ formatChecksums),
/* harmony export */   yk: () => (/* binding */ parseChecksums)
/* harmony export */ });
/* unused harmony export MAX_ATTESTATION_SUBJECTS */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
// The checksums file (`sha256sum` format) and the attest-build-provenance subject limit.

/** actions/attest-build-provenance refuses more subjects than this in one attestation. */
const MAX_ATTESTATION_SUBJECTS = 1024;
function compareNames(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
/**
 * `<sha256>  <name>` lines (two spaces: sha256sum's text mode), sorted by name, newline-terminated.
 * Bare names, so `sha256sum --check --ignore-missing` works in any folder holding some of the files.
 */
function formatChecksums(entries) {
    const sorted = [...entries].sort(compareNames);
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].name === sorted[i - 1].name)
            throw new Error(`formatChecksums: ${sorted[i].name} listed twice`);
    }
    return sorted.map((e) => `${e.sha256}  ${e.name}\n`).join('');
}
/** One `sha256sum` line (`<hex>  name`, or `<hex> *name` in binary mode), or undefined for anything else. */
function parseChecksumLine(line) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
    return match ? { sha256: match[1], name: match[2] } : undefined;
}
/** Parse a checksums file back (lines it does not understand are ignored). */
function parseChecksums(text) {
    return text.split('\n').flatMap((line) => parseChecksumLine(line) ?? []);
}
/**
 * The content for attest-build-provenance's `subject-checksums` input (the same sha256sum format),
 * failing clearly when there are more subjects than it accepts.
 */
function subjectChecksums(entries) {
    if (entries.length > MAX_ATTESTATION_SUBJECTS) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${entries.length} archives exceed the ${MAX_ATTESTATION_SUBJECTS} subjects actions/attest-build-provenance accepts in one attestation; split the platforms across several runs`, { value: entries.length, valid: `at most ${MAX_ATTESTATION_SUBJECTS} archives` });
    }
    return formatChecksums(entries);
}


/***/ }),

/***/ 38361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ThreadHasher),
/* harmony export */   V: () => (/* binding */ sha256OfFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
// SHA-256 of byte streams computed on a worker thread, so hashing never competes with the main thread;
// and of one file on disk, for checking files already there.




/** The hex SHA-256 of a file's bytes, read as a stream. */
async function sha256OfFile(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
// The worker is inline source (node built-ins only) rather than a separate file so that the ncc
// bundle stays one file: a worker script next to the bundle would have to be shipped and located.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hashes = new Map();
parentPort.on('message', (m) => {
  if (m.type === 'update') {
    let h = hashes.get(m.id);
    if (!h) { h = createHash('sha256'); hashes.set(m.id, h); }
    h.update(m.chunk);
    parentPort.postMessage({ id: m.id, hashed: m.chunk.length });
  } else if (m.type === 'digest') {
    const h = hashes.get(m.id) || createHash('sha256');
    hashes.delete(m.id);
    parentPort.postMessage({ id: m.id, digest: h.digest('hex') });
  }
});
`;
/** Bytes of one stream that may wait in the hashing thread's queue before writes pause. */
const MAX_IN_FLIGHT = 1024 * 1024;
/**
 * A pool of one hashing thread shared by every archive being built. Messages on one port arrive
 * in order, so each stream's chunks are hashed in the order they were written.
 */
class ThreadHasher {
    worker;
    nextId = 1;
    waiting = new Map();
    /** Per stream: bytes sent but not hashed yet, and the write waiting for them to drain. */
    inFlight = new Map();
    ensureWorker() {
        if (this.worker)
            return this.worker;
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(WORKER_SOURCE, { eval: true });
        worker.on('message', (m) => {
            if (m.hashed !== undefined) {
                const flight = this.inFlight.get(m.id);
                if (!flight)
                    return;
                flight.bytes -= m.hashed;
                if (flight.resume && flight.bytes <= MAX_IN_FLIGHT) {
                    const resume = flight.resume;
                    flight.resume = undefined;
                    resume();
                }
                return;
            }
            this.waiting.get(m.id)?.resolve(m.digest);
            this.waiting.delete(m.id);
            this.inFlight.delete(m.id);
        });
        worker.on('error', (error) => {
            for (const w of this.waiting.values())
                w.reject(error);
            this.waiting.clear();
            // Let paused writes go on; their digests have been rejected above.
            for (const flight of this.inFlight.values())
                flight.resume?.();
            this.inFlight.clear();
        });
        this.worker = worker;
        return worker;
    }
    /**
     * A pass-through stream that forwards every chunk unchanged and hashes a copy on the worker;
     * `digest` resolves to the hex SHA-256 once the stream has ended.
     */
    tap() {
        const worker = this.ensureWorker();
        const id = this.nextId++;
        let resolveDigest;
        let rejectDigest;
        const digest = new Promise((resolve, reject) => {
            resolveDigest = resolve;
            rejectDigest = reject;
        });
        digest.catch(() => { }); // the caller awaits it after the pipeline; avoid an unhandled rejection meanwhile
        const flight = { bytes: 0 };
        this.inFlight.set(id, flight);
        const stream = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
            transform(chunk, _encoding, callback) {
                // Copy just this chunk's bytes and move the copy to the worker: cloning the chunk itself
                // would copy the whole ArrayBuffer behind it (zlib's output chunks share a large one).
                const copy = new Uint8Array(chunk);
                worker.postMessage({ type: 'update', id, chunk: copy }, [copy.buffer]);
                flight.bytes += chunk.length;
                // Backpressure: a hashing thread that falls behind (a busy machine) must not let copies
                // pile up in its queue, or memory would grow with the archive size.
                if (flight.bytes > MAX_IN_FLIGHT)
                    flight.resume = () => callback(null, chunk);
                else
                    callback(null, chunk);
            },
            flush: (callback) => {
                this.waiting.set(id, { resolve: resolveDigest, reject: rejectDigest });
                worker.postMessage({ type: 'digest', id });
                callback();
            },
        });
        return { stream, digest };
    }
    /** Stop the worker thread. */
    async close() {
        const worker = this.worker;
        this.worker = undefined;
        if (worker)
            await worker.terminate();
    }
}


/***/ }),

/***/ 90876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ formatFor),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Jb: () => (/* binding */ platformFromFileName),
/* harmony export */   Mr: () => (/* binding */ VALID_OS),
/* harmony export */   Ng: () => (/* binding */ platformKey),
/* harmony export */   Oz: () => (/* binding */ ARCHIVE_FORMATS),
/* harmony export */   Ql: () => (/* binding */ parseFormats),
/* harmony export */   U0: () => (/* binding */ VALID_ARCH),
/* harmony export */   _v: () => (/* binding */ namingRuleHint)
/* harmony export */ });
/* unused harmony exports isOs, isArch */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
// Which platforms exist, how a binary's file name tells its platform, and per-OS archive formats.

/** Operating systems, spelled as Go's GOOS (what goreleaser and most release pipelines use). */
const VALID_OS = [
    'aix',
    'android',
    'darwin',
    'dragonfly',
    'freebsd',
    'illumos',
    'ios',
    'js',
    'linux',
    'netbsd',
    'openbsd',
    'plan9',
    'solaris',
    'wasip1',
    'windows',
];
/** Architectures, spelled as Go's GOARCH. */
const VALID_ARCH = [
    '386',
    'amd64',
    'arm',
    'arm64',
    'loong64',
    'mips',
    'mips64',
    'mips64le',
    'mipsle',
    'ppc64',
    'ppc64le',
    'riscv64',
    's390x',
    'wasm',
];
const ARCHIVE_FORMATS = ['tar.gz', 'zip'];
function isOs(value) {
    return VALID_OS.includes(value);
}
function isArch(value) {
    return VALID_ARCH.includes(value);
}
/** `linux/amd64` */
function platformKey(platform) {
    return `${platform.os}/${platform.arch}`;
}
/**
 * The naming rule for `files`: a base name ends in `<sep><os><sep><arch>`, optionally followed by
 * `.exe`, where `<sep>` is `-` or `_` and os/arch are GOOS/GOARCH values; e.g. `krt-linux-amd64`,
 * `krt_darwin_arm64`, `krt-windows-amd64.exe`. The last two tokens count, so a stem may itself hold
 * dashes (`krt-cli-linux-amd64`). Returns undefined when the name does not follow the rule.
 */
function platformFromFileName(baseName) {
    const match = /^(.+)[-_]([a-z0-9]+)[-_]([a-z0-9]+)(\.exe)?$/.exec(baseName);
    if (!match)
        return undefined;
    const [, , os, arch] = match;
    if (!isOs(os) || !isArch(arch))
        return undefined;
    return { os, arch };
}
/** Why a file name does not follow the naming rule, for the one-line error. */
function namingRuleHint(baseName) {
    const match = /^(.+)[-_]([a-z0-9]+)[-_]([a-z0-9]+)(\.exe)?$/i.exec(baseName);
    const rule = 'a name ending in -<os>-<arch> or _<os>_<arch> (optionally .exe), e.g. krt-linux-amd64, krt_darwin_arm64, krt-windows-amd64.exe';
    if (!match)
        return rule;
    const [, , os, arch] = match;
    if (!isOs(os))
        return `${rule}; ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(os)} is not an OS (valid: ${VALID_OS.join(', ')})`;
    if (!isArch(arch))
        return `${rule}; ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(arch)} is not an architecture (valid: ${VALID_ARCH.join(', ')})`;
    return rule;
}
/** Parse `os/arch`, naming `input` and listing valid values when either half is unknown. */
function parsePlatform(text, input) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(text.trim());
    if (!match)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, text, 'os/arch, e.g. linux/amd64');
    const [, os, arch] = match;
    if (!isOs(os))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, text, `a known OS before the slash (${VALID_OS.join(', ')})`);
    if (!isArch(arch))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, text, `a known architecture after the slash (${VALID_ARCH.join(', ')})`);
    return { os, arch };
}
function parseFormat(value, input, whole) {
    if (ARCHIVE_FORMATS.includes(value))
        return value;
    throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, whole, `a format of ${ARCHIVE_FORMATS.join(' or ')} (alone, or as os=format lines such as windows=zip)`);
}
/**
 * Parse the `format` input: lines that are either a bare format (the default for every OS) or
 * `os=format` (that OS only), e.g. `windows=zip`. Empty means tar.gz everywhere.
 */
function parseFormats(lines, input = 'format') {
    const choice = { default: 'tar.gz', byOs: {} };
    let sawDefault = false;
    for (const line of lines) {
        const eq = line.indexOf('=');
        if (eq < 0) {
            if (sawDefault)
                throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, line, 'at most one bare default format; use os=format lines for the rest');
            choice.default = parseFormat(line.trim(), input, line);
            sawDefault = true;
            continue;
        }
        const os = line.slice(0, eq).trim();
        const format = line.slice(eq + 1).trim();
        if (!isOs(os))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, line, `os=format with a known OS (${VALID_OS.join(', ')})`);
        if (choice.byOs[os])
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input '${input}' gives ${os} a format twice (${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(line)}); expected one line per OS`, { input, value: line });
        choice.byOs[os] = parseFormat(format, input, line);
    }
    return choice;
}
function formatFor(choice, os) {
    return choice.byOs[os] ?? choice.default;
}


/***/ }),

/***/ 22230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uploadCliArtifacts: () => (/* binding */ uploadCliArtifacts)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/binaries.ts
var artifacts_binaries = __webpack_require__(66855);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/hasher.ts
var artifacts_hasher = __webpack_require__(38361);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var yazl = __webpack_require__(93044);
;// CONCATENATED MODULE: ./packages/release-kit/src/artifacts/archive.ts
// Writes one reproducible tar.gz or zip archive as a stream, hashing it on the way to disk.










/** zlib's level 6 (also gzip's default): fixed so the compressed bytes never depend on a default. */
const COMPRESSION_LEVEL = 6;
/** Bigger zlib chunks mean fewer thread-pool round trips and fewer hashing messages. */
const CHUNK_SIZE = 256 * 1024;
const READ_SIZE = 256 * 1024;
function byName(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
/**
 * Build `spec.file` atomically (a sibling temp file renamed into place) and return its size and
 * SHA-256. Nothing is held in memory whole: files are read, packed, compressed, hashed and written
 * as one stream; compression runs on libuv's thread pool and hashing on the hasher's thread.
 */
async function buildArchive(spec, hasher) {
    const entries = [...spec.entries].sort(byName);
    for (let i = 1; i < entries.length; i++) {
        // A tar or zip may technically hold one name twice; extraction then keeps whichever came last.
        if (entries[i].name === entries[i - 1].name)
            throw new Error(`buildArchive: ${entries[i].name} added twice`);
    }
    const tmp = external_node_path_default().join(external_node_path_default().dirname(spec.file), `.${external_node_path_default().basename(spec.file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const { stream: hashTap, digest } = hasher.tap();
    try {
        const source = spec.format === 'zip' ? await zipStream(entries, spec.mtime) : await tarGzStreams(entries, spec.mtime);
        await (0,external_node_stream_promises_.pipeline)([...source, hashTap, (0,external_node_fs_.createWriteStream)(tmp, { mode: 0o644 })]);
        const sha256 = await digest;
        const size = (await (0,promises_.stat)(tmp)).size;
        if (await holds(spec.file, size, sha256)) {
            await (0,promises_.rm)(tmp, { force: true });
            return { file: spec.file, size, sha256, written: false };
        }
        await (0,promises_.rename)(tmp, spec.file);
        return { file: spec.file, size, sha256, written: true };
    }
    catch (error) {
        await (0,promises_.rm)(tmp, { force: true });
        throw error;
    }
}
/** Whether `file` exists with this size and SHA-256 (a rerun into the same folder). */
async function holds(file, size, sha256) {
    try {
        if ((await (0,promises_.stat)(file)).size !== size)
            return false;
    }
    catch {
        return false;
    }
    return (await (0,artifacts_hasher/* sha256OfFile */.V)(file)) === sha256;
}
/**
 * The tar package writes the headers (portable mode: no uid/gid/uname/gname/atime/ctime, so they
 * are stored as 0 and empty); `onWriteEntry` pins each entry's name, mode and mtime before its
 * header is encoded. The gzip member from zlib carries no file name and a zero mtime.
 */
async function tarGzStreams(entries, mtime) {
    // tar reports each entry by its absolute path; one file may be added under two names (a binary that
    // an extra-files glob matches too), so each path keeps a queue of its entries in the order added.
    const byAbsolute = new Map();
    for (const entry of entries)
        byAbsolute.set(entry.source, [...(byAbsolute.get(entry.source) ?? []), entry]);
    const pack = new index_min/* Pack */.mM({
        cwd: '/',
        portable: true,
        mtime,
        follow: true,
        strict: true,
        // tar reads files in 16 MiB slices by default; small slices keep six concurrent archives lean.
        maxReadSize: READ_SIZE,
        jobs: 1,
        onWriteEntry(entry) {
            const wanted = byAbsolute.get(entry.absolute)?.shift();
            if (!wanted || !entry.stat)
                throw new Error(`buildArchive: tar reported ${entry.absolute}, which was not added`);
            entry.path = wanted.name;
            entry.stat.mode = (entry.stat.mode & ~0o7777) | wanted.mode;
        },
    });
    for (const entry of entries)
        pack.add(external_node_path_default().relative('/', entry.source));
    pack.end();
    const gzip = external_node_zlib_default().createGzip({ level: COMPRESSION_LEVEL, chunkSize: CHUNK_SIZE });
    return [pack, gzip, fixedGzipOs()];
}
/**
 * zlib stamps the gzip header's OS byte with the OS it was compiled for (3 on Unix, 10 on
 * Windows); pin it to 3 so the bytes do not depend on the machine. zlib has no option for it, so
 * this one byte at offset 9 of the first chunk is set here.
 */
function fixedGzipOs() {
    let offset = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            if (offset <= 9 && offset + chunk.length > 9)
                chunk[9 - offset] = 3;
            offset += chunk.length;
            callback(null, chunk);
        },
    });
}
/**
 * A zip written by yazl with a fixed mtime and mode per entry. DOS timestamps are local time, so
 * the date is shifted by the local UTC offset to store the same fields on every machine; the
 * extended (UTC) timestamp field is left out because yazl would store the shifted time there too.
 */
async function zipStream(entries, mtime) {
    const zip = new yazl/* ZipFile */.u();
    const localMtime = new Date(mtime.getTime() + mtime.getTimezoneOffset() * 60_000);
    for (const entry of entries) {
        zip.addFile(entry.source, entry.name, {
            mtime: localMtime,
            mode: 0o100000 | entry.mode,
            compress: true,
            compressionLevel: COMPRESSION_LEVEL,
            forceDosTimestamp: true,
        });
    }
    zip.end();
    return [zip.outputStream];
}

// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/checksums.ts
var artifacts_checksums = __webpack_require__(7968);
// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/platforms.ts
var platforms = __webpack_require__(90876);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/concurrency.ts
var concurrency = __webpack_require__(92098);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/regexp.ts
var regexp = __webpack_require__(36800);
// EXTERNAL MODULE: ./packages/release-kit/src/git/source-date.ts
var source_date = __webpack_require__(12391);
;// CONCATENATED MODULE: ./packages/release-kit/src/artifacts/package.ts
// Plans and builds every platform's archive concurrently, then writes the checksums file.











const DEFAULT_NAME_TEMPLATE = '{name}_{tag}_{os}_{arch}';
const PLACEHOLDERS = ['name', 'tag', 'version', 'os', 'arch'];
/**
 * Render an archive base name from `template`: `{name}`, `{tag}`, `{version}` (the tag without a
 * leading `v`), `{os}`, `{arch}`. It must hold `{os}` and `{arch}` so every platform's name differs,
 * and the result must be a bare file name.
 */
function renderArchiveName(template, values, input = 'name-template') {
    for (const [, placeholder] of template.matchAll(/\{([^}]*)\}/g)) {
        if (!PLACEHOLDERS.includes(placeholder)) {
            throw (0,errors/* invalidInput */.aY)(input, template, `placeholders among ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
        }
    }
    if (!template.includes('{os}') || !template.includes('{arch}'))
        throw (0,errors/* invalidInput */.aY)(input, template, 'a template holding {os} and {arch}, e.g. {name}_{tag}_{os}_{arch}');
    const version = values.tag.replace(/^v(?=\d)/, '');
    const rendered = template.replace(/\{(name|tag|version|os|arch)\}/g, (_m, key) => key === 'version' ? version : values[key]);
    if (!(0,artifacts_binaries/* isSafeName */.TE)(rendered))
        throw (0,errors/* invalidInput */.aY)(input, template, `a template whose result is a bare file name (got ${(0,errors/* showValue */.vp)(rendered)}, which holds a separator or ..)`);
    return rendered;
}
/**
 * Whether a file name is one of this CLI's archives for `tag` by `template`, for any platform and
 * format: how the release's checksums file tells the archives it lists from other assets.
 */
function archiveNameMatcher(template, values) {
    const version = values.tag.replace(/^v(?=\d)/, '');
    const parts = template.split(/(\{(?:name|tag|version|os|arch)\})/);
    const source = parts
        .map((part) => part === '{name}'
        ? (0,regexp/* escapeRegExp */.N)(values.name)
        : part === '{tag}'
            ? (0,regexp/* escapeRegExp */.N)(values.tag)
            : part === '{version}'
                ? (0,regexp/* escapeRegExp */.N)(version)
                : part === '{os}'
                    ? `(?:${platforms/* VALID_OS */.Mr.join('|')})`
                    : part === '{arch}'
                        ? `(?:${platforms/* VALID_ARCH */.U0.join('|')})`
                        : (0,regexp/* escapeRegExp */.N)(part))
        .join('');
    const pattern = new RegExp(`^${source}\\.(?:${platforms/* ARCHIVE_FORMATS */.Oz.map(regexp/* escapeRegExp */.N).join('|')})$`);
    return (name) => pattern.test(name);
}
/** The archive file name for a format. */
function archiveFileName(base, format) {
    return `${base}.${format}`;
}
/** `{name}_{tag}_checksums.txt` */
function checksumsFileName(name, tag) {
    return `${name}_${tag}_checksums.txt`;
}
/** The mtime stored in every archive entry (SOURCE_DATE_EPOCH, else HEAD's commit time). */

/** The binary's name inside the archive: `name`, plus `.exe` on Windows. */
function binaryEntryName(name, os) {
    return os === 'windows' ? `${name}.exe` : name;
}
/** Check `name` and `tag` are usable in file names, naming the input at fault. */
function checkNameAndTag(name, tag) {
    if (!(0,artifacts_binaries/* isSafeName */.TE)(name) || !/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name))
        throw (0,errors/* invalidInput */.aY)('name', name, 'a CLI name of letters, digits, ., _, + and - (no separators or ..)');
    if (!(0,artifacts_binaries/* isSafeName */.TE)(tag))
        throw (0,errors/* invalidInput */.aY)('tag', tag, 'a tag without / or .. (archive names hold it; set name-template to leave it out)');
}
/**
 * Build one archive per binary (concurrently; compression and hashing off the main thread), then
 * write `{name}_{tag}_checksums.txt`. Archives are named by the template and written to outputDir.
 */
async function packageBinaries(options) {
    checkNameAndTag(options.name, options.tag);
    const template = options.nameTemplate ?? DEFAULT_NAME_TEMPLATE;
    const plans = options.binaries.map((binary) => {
        const format = (0,platforms/* formatFor */.Bm)(options.formats, binary.os);
        const base = renderArchiveName(template, {
            name: options.name,
            tag: options.tag,
            os: binary.os,
            arch: binary.arch,
        });
        const fileName = archiveFileName(base, format);
        const entries = [
            { source: binary.path, name: binaryEntryName(options.name, binary.os), mode: 0o755 },
            ...options.extraFiles.map((extra) => ({ source: extra.path, name: extra.name, mode: 0o644 })),
        ];
        return { binary, format, fileName, entries };
    });
    const seen = new Map();
    for (const plan of plans) {
        const other = seen.get(plan.fileName);
        if (other)
            throw (0,errors/* invalidInput */.aY)('name-template', template, `a template giving each platform its own name (${other} and ${(0,platforms/* platformKey */.Ng)(plan.binary)} both give ${plan.fileName})`);
        seen.set(plan.fileName, (0,platforms/* platformKey */.Ng)(plan.binary));
    }
    const checksumsName = checksumsFileName(options.name, options.tag);
    if (seen.has(checksumsName))
        throw (0,errors/* invalidInput */.aY)('name-template', template, `a template whose names differ from the checksums file ${checksumsName}`);
    if (plans.length === 0)
        throw new errors/* UserError */.yo('no binaries to archive: set files or binaries', {
            input: 'files',
            valid: 'at least one binary',
        });
    await (0,promises_.mkdir)(options.outputDir, { recursive: true });
    const hasher = new artifacts_hasher/* ThreadHasher */.U();
    try {
        const archives = await (0,concurrency/* mapLimit */.s)(plans, options.concurrency ?? plans.length, async (plan) => {
            const built = await buildArchive({
                file: external_node_path_default().join(options.outputDir, plan.fileName),
                format: plan.format,
                entries: plan.entries,
                mtime: options.mtime,
            }, hasher);
            return {
                name: plan.fileName,
                os: plan.binary.os,
                arch: plan.binary.arch,
                format: plan.format,
                path: built.file,
                size: built.size,
                sha256: built.sha256,
                written: built.written,
            };
        });
        archives.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const text = (0,artifacts_checksums/* subjectChecksums */.lc)(archives);
        const checksumsFile = external_node_path_default().join(options.outputDir, checksumsName);
        const checksumsWritten = (await (0,promises_.readFile)(checksumsFile, 'utf8').catch(() => undefined)) !== text;
        if (checksumsWritten)
            await (0,fs/* writeFileAtomic */.Zf)(checksumsFile, text, 0o644);
        return {
            archives: archives.map(({ written: _written, ...archive }) => archive),
            checksumsName,
            checksumsFile,
            subjectChecksumsFile: checksumsFile,
            written: checksumsWritten || archives.some((a) => a.written),
        };
    }
    finally {
        await hasher.close();
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 315 modules
var artifact = __webpack_require__(87964);
;// CONCATENATED MODULE: ./packages/release-kit/src/artifacts/workflow-artifact.ts
// The run's workflow artifact (@actions/artifact): what an earlier attempt of the job left under the
// name, compared file by file, then uploaded, kept or replaced, so that a rerun of the job converges.





const STATE_OF_ACTION = { upload: 'uploaded', keep: 'unchanged', replace: 'replaced' };
/** The state the run reports for the artifact as a whole. */
function artifactState(plan) {
    return STATE_OF_ACTION[plan.action];
}
/**
 * Decide, before anything is uploaded, what the run's artifact of this name needs. The service keeps
 * one artifact per name in a workflow run, earlier attempts' included (CreateArtifact answers 409
 * Conflict), so a rerun of the job finds its first attempt's artifact there.
 *
 * Its digest cannot tell whether it holds these files: it is the sha256 of the zip @actions/artifact
 * streams, whose entries carry each file's mtime on disk, and a rerun writes the archives anew. So the
 * artifact is downloaded (its digest checked) and its files compared with ours by name and sha256:
 * - the same files, byte for byte: kept (`unchanged`, nothing uploaded);
 * - the same file names, other bytes: replaced, as upload-artifact's `overwrite: true` does (delete,
 *   then upload). Refusing would be no safer and would make such reruns impossible: a rerun rebuilds the
 *   binaries, which are often not bit-for-bit reproducible, and it cannot change its inputs. The
 *   artifact is this run's scratch space, and the jobs that consume it are re-run after this one;
 * - other file names: another job or step of this run uploaded it (say two matrix jobs under one
 *   `artifact-name`). Replacing it would silently lose that job's archives, so the run fails in one
 *   line, before anything is uploaded.
 */
async function planWorkflowArtifact(options) {
    const { name, files, log } = options;
    const client = new artifact/* DefaultArtifactClient */.t9();
    // latest: the newest of each name, as getArtifact and deleteArtifact pick it.
    const { artifacts } = await client.listArtifacts({ latest: true });
    const existing = artifacts.find((a) => a.name === name);
    if (!existing)
        return { name, action: 'upload', fileStates: new Map(files.map((f) => [f.name, 'uploaded'])) };
    const theirs = await filesOfArtifact(client, existing, options.scratchDir);
    const ours = files.map((f) => f.name).sort();
    const theirNames = [...theirs.keys()].sort();
    if (theirNames.join('\n') !== ours.join('\n'))
        throw clashWithAnotherJob(options, theirNames, ours);
    const fileStates = new Map(files.map((f) => [f.name, theirs.get(f.name) === f.sha256 ? 'unchanged' : 'replaced']));
    const action = [...fileStates.values()].every((s) => s === 'unchanged') ? 'keep' : 'replace';
    log.info(action === 'keep'
        ? `workflow artifact ${name} (id ${existing.id}) already holds these ${files.length} files: kept`
        : `workflow artifact ${name} (id ${existing.id}) holds other bytes of ${[...fileStates]
            .filter(([, s]) => s === 'replaced')
            .map(([n]) => n)
            .join(', ')}: it will be replaced`);
    return { name, action, fileStates };
}
/** Carry out the plan: upload, or delete then upload, or nothing. */
async function applyWorkflowArtifact(plan, files, options) {
    if (plan.action === 'keep')
        return;
    const client = new artifact/* DefaultArtifactClient */.t9();
    if (plan.action === 'replace') {
        const deleted = await client.deleteArtifact(plan.name);
        options.log.info(`deleted the earlier workflow artifact ${plan.name} (id ${deleted.id})`);
    }
    try {
        const uploaded = await client.uploadArtifact(plan.name, files.map((f) => f.path), options.rootDirectory, { retentionDays: options.retentionDays });
        options.log.info(`uploaded workflow artifact ${plan.name} (id ${uploaded.id})`);
    }
    catch (error) {
        // Not listed a moment ago, yet taken: another job of the run is uploading under this name right
        // now (the service lists an artifact only once it is finalized).
        if (error instanceof Error && /\(409\) Conflict/.test(error.message))
            throw new errors/* UserError */.yo(`${nameClause(plan.name, options.nameInput)} names a workflow artifact that another job or step of this run is uploading at the same time (the artifact service answered 409 Conflict); expected a name no other job or step of this run uploads`, {
                input: 'artifact-name',
                value: options.nameInput ?? '',
                valid: 'a name no other job or step of this run uploads',
            });
        throw error;
    }
}
/** The earlier artifact's files, by name (relative to the zip's root), with their sha256. */
async function filesOfArtifact(client, artifact, scratchDir) {
    await (0,promises_.mkdir)(scratchDir, { recursive: true });
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(scratchDir, 'artifact-'));
    try {
        const download = await client.downloadArtifact(artifact.id, { path: dir, expectedHash: artifact.digest });
        if (download.digestMismatch)
            throw new Error(`workflow artifact ${artifact.name} (id ${artifact.id}) as downloaded does not match its digest ${artifact.digest}`);
        const found = new Map();
        for (const entry of await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true })) {
            if (!entry.isFile())
                continue;
            const file = external_node_path_default().join(entry.parentPath, entry.name);
            found.set(external_node_path_default().relative(dir, file).split((external_node_path_default()).sep).join('/'), await (0,artifacts_hasher/* sha256OfFile */.V)(file));
        }
        return found;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
function clashWithAnotherJob(options, theirs, ours) {
    const list = (names) => names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
    return new errors/* UserError */.yo(`${nameClause(options.name, options.nameInput)} names a workflow artifact this run already has with other files (${list(theirs)}) than this job's (${list(ours)}): another job or step uploaded it, and replacing it would lose its files; expected a name no other job or step of this run uploads, e.g. one with the platform in it`, {
        input: 'artifact-name',
        value: options.nameInput ?? '',
        valid: 'a name no other job or step of this run uploads',
    });
}
function nameClause(name, nameInput) {
    return nameInput === undefined
        ? `input 'artifact-name' (empty: the default name ${JSON.stringify(name)})`
        : `input 'artifact-name' (${JSON.stringify(nameInput)})`;
}

// EXTERNAL MODULE: ./packages/release-kit/src/github/client.ts
var github_client = __webpack_require__(91899);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var plumbing_log = __webpack_require__(49983);
// EXTERNAL MODULE: ./packages/release-kit/src/github/errors.ts
var github_errors = __webpack_require__(93539);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(28135);
// EXTERNAL MODULE: ./packages/release-kit/src/releases/release.ts
var releases_release = __webpack_require__(62526);
;// CONCATENATED MODULE: ./packages/release-kit/src/releases/assets.ts
// Idempotent release-asset uploads (skip identical, replace on drafts, stream from disk, survive faults)
// and the release's checksums file, written once from the assets' digests after every archive is up.










/** List the release's assets (all pages). */
async function listAssets(client, owner, repo, releaseId) {
    return (await client.paginate(client.rest.repos.listReleaseAssets, {
        owner,
        repo,
        release_id: releaseId,
        per_page: 100,
    }));
}
const listReleaseAssets = (ctx) => listAssets(ctx.client, ctx.options.owner, ctx.options.repo, ctx.options.release.id);
/** Delete an asset; a 404 means it is already gone, which is what was wanted. True when this call deleted it. */
async function deleteAsset(ctx, asset) {
    try {
        await ctx.client.rest.repos.deleteReleaseAsset({
            owner: ctx.options.owner,
            repo: ctx.options.repo,
            asset_id: asset.id,
        });
        return true;
    }
    catch (error) {
        if (error.status !== 404)
            throw error;
        return false;
    }
}
function authHeaders(token) {
    return token ? { authorization: `Bearer ${token}` } : {};
}
/**
 * One raw request that has failed for good, as the user can act on it: GitHub's refusals through the
 * one translation of github/errors.ts (permission, token, rate limit, immutable release), anything else
 * as what failed, after how many tries, and that a rerun is safe (every step here is idempotent).
 */
function gaveUp(what, tries, last) {
    if ('status' in last) {
        const translated = (0,github_errors/* gitHubFailure */.o7)({
            status: last.status,
            method: last.method,
            url: last.url,
            message: messageOf(last.body),
            headers: last.headers,
        });
        if (translated)
            return translated;
    }
    // The wording every GitHub request gives up with (github/errors.ts, gitHubUnavailable), naming the asset.
    if ('status' in last)
        return new errors/* UserError */.yo((0,errors/* gaveUpMessage */.Sw)({
            failed: `GitHub kept failing the ${what}`,
            reason: `HTTP ${last.status}${last.body ? `: ${messageOf(last.body)}` : ''}`,
            tries,
            fix: `${github_errors/* GITHUB_TROUBLE */.el}; it uploads only what is missing`,
        }));
    return new errors/* UserError */.yo((0,errors/* gaveUpMessage */.Sw)({
        failed: `could not reach GitHub for the ${what}`,
        reason: last.network,
        tries,
        fix: `${github_errors/* GITHUB_UNREACHABLE */.Z$}; it uploads only what is missing`,
    }));
}
/**
 * GET an asset's bytes (following the redirect to storage), retrying 5xx, rate limits and resets;
 * undefined when it vanished meanwhile.
 */
async function download(ctx, asset) {
    const what = `download of ${asset.name} from release ${ctx.options.release.tag_name}`;
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await fetch(asset.url, {
                headers: { ...authHeaders(ctx.options.token), accept: 'application/octet-stream', 'user-agent': 'release-kit' },
                redirect: 'follow',
            });
        }
        catch (error) {
            if (!(0,retry/* isTransientNetworkError */.l)(error) || attempt >= ctx.attempts)
                throw gaveUp(what, attempt, { network: (0,retry/* describeNetworkError */.gl)(error) });
            ctx.log.info(`${what}: ${(0,retry/* describeNetworkError */.gl)(error)}; retrying`);
            await (0,retry/* sleep */.yy)((0,retry/* backoffMs */.jo)(attempt - 1, ctx.baseMs));
            continue;
        }
        if (response.ok)
            return response;
        const body = await response.text();
        if (response.status === 404)
            return undefined;
        const delay = (0,retry/* retryDelayFor */.TI)(response, attempt - 1, ctx.baseMs, body);
        if (delay === undefined || attempt >= ctx.attempts)
            throw gaveUp(what, attempt, {
                status: response.status,
                method: 'GET',
                url: asset.url,
                body,
                headers: response.headers,
            });
        ctx.log.info(`${what}: HTTP ${response.status}; retrying in ${delay} ms`);
        await (0,retry/* sleep */.yy)(delay);
    }
}
/** Hash an asset's bytes as they stream (for assets without a `digest`); undefined when it is gone. */
async function downloadedSha256(ctx, asset) {
    const response = await download(ctx, asset);
    if (!response?.body)
        return undefined;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of external_node_stream_.Readable.fromWeb(response.body))
        hash.update(chunk);
    return hash.digest('hex');
}
/** An asset's SHA-256: its `digest` when GitHub gives one (no download), else hashed from its bytes. */
async function sha256Of(ctx, asset) {
    if (asset.digest?.toLowerCase().startsWith('sha256:'))
        return asset.digest.slice('sha256:'.length).toLowerCase();
    return downloadedSha256(ctx, asset);
}
/** Same size and SHA-256: by the asset's `digest` when GitHub has one, else by downloading it. */
async function sameContent(ctx, asset, local) {
    if (asset.state !== 'uploaded' || asset.size !== local.size)
        return false;
    return (await sha256Of(ctx, asset)) === local.sha256;
}
/** GitHub's `message` from an error body, or the text itself. */
function messageOf(body) {
    try {
        const message = JSON.parse(body).message;
        if (typeof message === 'string')
            return message;
    }
    catch {
        // not JSON
    }
    return body.slice(0, 300);
}
/**
 * One POST of the file to the uploads host. The body streams from disk (or memory, for the checksums
 * file) with an explicit Content-Length (fetch with `duplex: 'half'`), so memory stays flat whatever
 * the file size. octokit is not used here: its retry and throttling plugins would resend an already
 * consumed stream; retries are done by the caller with a fresh stream per attempt. Every refusal
 * goes through `gaveUp`, i.e. github/errors.ts, as octokit's do through the client's error hook.
 */
async function postAsset(ctx, local, attempt) {
    const base = ctx.options.release.upload_url.replace(/\{[^}]*\}$/, '');
    const url = `${base}?name=${encodeURIComponent(local.name)}`;
    const what = `upload of ${local.name} to release ${ctx.options.release.tag_name}`;
    let response;
    try {
        response = await fetch(url, {
            method: 'POST',
            headers: {
                ...authHeaders(ctx.options.token),
                accept: 'application/vnd.github+json',
                'content-type': local.contentType,
                'content-length': String(local.size),
                'user-agent': 'release-kit',
            },
            body: 'bytes' in local ? local.bytes : external_node_stream_.Readable.toWeb((0,external_node_fs_.createReadStream)(local.path)),
            duplex: 'half',
        });
    }
    catch (error) {
        const network = (0,retry/* describeNetworkError */.gl)(error);
        if (!(0,retry/* isTransientNetworkError */.l)(error))
            throw gaveUp(what, attempt, { network });
        return {
            kind: 'retry',
            delay: (0,retry/* backoffMs */.jo)(attempt - 1, ctx.baseMs),
            reason: network,
            failure: () => gaveUp(what, attempt, { network }),
        };
    }
    const text = await response.text();
    if (response.status === 201 || response.status === 200)
        return { kind: 'created', asset: JSON.parse(text) };
    const last = { status: response.status, method: 'POST', url, body: text, headers: response.headers };
    if (response.status === 422) {
        let data = {};
        try {
            data = JSON.parse(text);
        }
        catch {
            // not JSON; fall through to the generic error
        }
        if (data.errors?.some((e) => e.code === 'already_exists'))
            return { kind: 'exists' };
        const error = Object.assign(new Error(data.message ?? text), { status: 422, response: { data } });
        if ((0,releases_release/* isImmutableReleaseError */.Sx)(error))
            throw (0,releases_release/* immutableReleaseError */.m$)(ctx.options.release.tag_name, error);
        throw gaveUp(what, attempt, last);
    }
    const delay = (0,retry/* retryDelayFor */.TI)(response, attempt - 1, ctx.baseMs, text);
    if (delay !== undefined)
        return { kind: 'retry', delay, reason: `HTTP ${response.status}`, failure: () => gaveUp(what, attempt, last) };
    throw gaveUp(what, attempt, last);
}
/**
 * Make the release hold `local` exactly once. After any failure or race the asset list is read
 * again: a complete asset with our bytes means done (a lost response, or a concurrent job that
 * uploaded the same file); a `starter` or truncated leftover is deleted before the next attempt.
 */
async function uploadExactlyOnce(ctx, local, replacing) {
    const { release } = ctx.options;
    const stuck = () => new errors/* UserError */.yo(`upload of ${local.name} to release ${release.tag_name} failed after ${ctx.attempts} tries (another upload of the same name kept getting in the way); a rerun of the job is safe (it uploads only what is missing)`);
    for (let attempt = 1;; attempt++) {
        const outcome = await postAsset(ctx, local, attempt);
        if (outcome.kind === 'created') {
            return {
                name: local.name,
                state: replacing ? 'replaced' : 'uploaded',
                url: outcome.asset.browser_download_url,
                id: outcome.asset.id,
            };
        }
        if (outcome.kind === 'retry') {
            if (attempt >= ctx.attempts)
                throw outcome.failure();
            ctx.log.info(`upload ${local.name}: ${outcome.reason}; retrying in ${outcome.delay} ms (attempt ${attempt}/${ctx.attempts})`);
            await (0,retry/* sleep */.yy)(outcome.delay);
        }
        const present = (await listReleaseAssets(ctx)).find((a) => a.name === local.name);
        if (!present && attempt >= ctx.attempts)
            throw stuck();
        if (!present)
            continue;
        if (await sameContent(ctx, present, local)) {
            // Our earlier attempt landed and only its response was lost, or another job uploaded these bytes.
            return {
                name: local.name,
                state: outcome.kind === 'exists' && !replacing && attempt === 1 ? 'unchanged' : replacing ? 'replaced' : 'uploaded',
                url: present.browser_download_url,
                id: present.id,
            };
        }
        if (present.state === 'uploaded' && !ctx.mayReplace) {
            throw new errors/* UserError */.yo(`release ${release.tag_name} already has a different ${local.name} (uploaded concurrently); set overwrite: true to replace it`, { input: 'overwrite', value: local.name });
        }
        if (attempt >= ctx.attempts)
            throw stuck();
        ctx.log.info(`upload ${local.name}: deleting the ${present.state === 'uploaded' ? 'different' : present.state} asset left on the release before retrying`);
        await deleteAsset(ctx, present);
    }
}
/**
 * The checksums file the release should carry: one line per complete archive on it, each from the
 * asset's digest (this job's own from the bytes it uploaded). Lines come only from archives that are
 * on the release, so the file can never lose a line another job put there, nor list a missing file.
 */
async function checksumsFor(ctx, checksums, listed, ours) {
    const entries = [...ours.values()]
        .filter((local) => checksums.isArchive(local.name))
        .map((local) => ({ name: local.name, sha256: local.sha256 }));
    const others = listed.filter((asset) => asset.state === 'uploaded' && !ours.has(asset.name) && checksums.isArchive(asset.name));
    for (const asset of others) {
        const sha256 = await sha256Of(ctx, asset);
        if (sha256)
            entries.push({ name: asset.name, sha256 });
    }
    const bytes = Buffer.from((0,artifacts_checksums/* formatChecksums */.ss)(entries));
    return {
        name: checksums.name,
        bytes,
        size: bytes.length,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
        contentType: 'text/plain',
    };
}
/**
 * Put the checksums file on the release, once. When the release's copy already has our bytes, nothing
 * is sent. A copy that differs (a partial one from jobs that each wrote their own, or a line of an
 * archive replaced on the draft) is swapped for the complete one: GitHub cannot replace an asset in
 * place, so that swap is the one moment the name is briefly free; a rerun then writes the complete
 * file again from the release's archives. A 422 already_exists means another job wrote its version
 * first: read the release again and start over from what it now holds.
 */
async function writeChecksums(ctx, checksums, listed, ours) {
    let assets = listed;
    for (let round = 1; round <= ctx.attempts * 2; round++) {
        const wanted = await checksumsFor(ctx, checksums, assets, ours);
        const present = assets.find((a) => a.name === checksums.name);
        if (present && (await sameContent(ctx, present, wanted)))
            return { name: wanted.name, state: 'unchanged', url: present.browser_download_url, id: present.id };
        if (present) {
            ctx.log.info(`${checksums.name}: ${present.state === 'uploaded' ? 'the release holds a different copy' : `deleting a ${present.state} leftover`}; writing the file for all ${wanted.bytes.toString().split('\n').length - 1} archive(s)`);
            await deleteAsset(ctx, present);
        }
        for (let attempt = 1;; attempt++) {
            const outcome = await postAsset(ctx, wanted, attempt);
            if (outcome.kind === 'created')
                return {
                    name: wanted.name,
                    state: present ? 'replaced' : 'uploaded',
                    url: outcome.asset.browser_download_url,
                    id: outcome.asset.id,
                };
            if (outcome.kind === 'exists')
                break;
            if (attempt >= ctx.attempts)
                throw outcome.failure();
            ctx.log.info(`upload ${wanted.name}: ${outcome.reason}; retrying in ${outcome.delay} ms`);
            await (0,retry/* sleep */.yy)(outcome.delay);
            // Did the attempt land after all (a lost response), or leave a starter behind?
            const now = (await listReleaseAssets(ctx)).find((a) => a.name === wanted.name);
            if (now && (await sameContent(ctx, now, wanted)))
                return {
                    name: wanted.name,
                    state: present ? 'replaced' : 'uploaded',
                    url: now.browser_download_url,
                    id: now.id,
                };
            if (now)
                break;
        }
        assets = await listReleaseAssets(ctx);
        await (0,retry/* sleep */.yy)(Math.floor(Math.random() * ctx.baseMs));
    }
    throw new errors/* UserError */.yo(`could not write ${checksums.name} on release ${ctx.options.release.tag_name}: other jobs kept changing it; a rerun of the job is safe`);
}
/**
 * Bring the release's assets in line with `assets`, uploading only what differs, then write the
 * checksums file (last, so it never lists an archive that is not there yet). Every check that can
 * refuse (published or immutable release, differing asset without `overwrite`) runs before the first
 * change, so a refused run changes nothing. An identical rerun costs one listing and sends no bytes.
 * Returns one entry per local asset, then the checksums file when it is written.
 */
async function syncReleaseAssets(client, options) {
    const release = options.release;
    const ctx = {
        client,
        options,
        log: options.log ?? plumbing_log/* silentLogger */.qq,
        baseMs: options.retryBaseMs ?? retry/* DEFAULT_RETRY_BASE_MS */.Qg,
        attempts: options.attempts ?? 6,
        mayReplace: release.draft || (!!options.overwrite && !release.immutable),
    };
    const listed = options.created ? [] : await listReleaseAssets(ctx);
    const existing = new Map(listed.map((a) => [a.name, a]));
    const plans = [];
    for (const local of options.assets) {
        const present = existing.get(local.name);
        if (!present)
            plans.push({ local, action: 'upload' });
        else if (present.state !== 'uploaded')
            plans.push({ local, action: 'clean', present });
        else if (await sameContent(ctx, present, local))
            plans.push({ local, action: 'skip', present });
        else
            plans.push({ local, action: 'replace', present });
    }
    const ours = new Map(options.assets.map((a) => [a.name, a]));
    const checksums = options.checksums;
    // What the checksums file will be once our assets are up, against what the release holds now.
    let checksumsChange = 'none';
    if (checksums) {
        const wanted = await checksumsFor(ctx, checksums, listed, ours);
        const present = existing.get(checksums.name);
        if (!present || !(await sameContent(ctx, present, wanted))) {
            checksumsChange = 'add';
            // Only a published release needs to know whether lines would change, not just be added.
            if (present?.state === 'uploaded' && !release.draft) {
                const text = (await download(ctx, present))?.text();
                const theirs = (0,artifacts_checksums/* parseChecksums */.yk)((await text) ?? '');
                const want = new Map((0,artifacts_checksums/* parseChecksums */.yk)(wanted.bytes.toString()).map((e) => [e.name, e.sha256]));
                if (theirs.some((e) => want.get(e.name) !== e.sha256))
                    checksumsChange = 'change';
            }
        }
    }
    if (!release.draft) {
        const differing = plans.filter((p) => p.action === 'replace').map((p) => p.local.name);
        if (checksumsChange === 'change')
            differing.push(checksums.name);
        const anyChange = plans.some((p) => p.action !== 'skip') || checksumsChange !== 'none';
        if (release.immutable && anyChange) {
            const what = [
                ...plans.filter((p) => p.action !== 'skip').map((p) => p.local.name),
                ...(checksumsChange !== 'none' ? [checksums.name] : []),
            ];
            throw (0,releases_release/* immutableReleaseError */.m$)(release.tag_name, { message: `would change ${what.join(', ')}` });
        }
        if (differing.length && !options.overwrite) {
            throw new errors/* UserError */.yo(`release ${release.tag_name} is published and already has different ${differing.join(', ')}; set overwrite: true to replace them, or cut a new release`, { input: 'overwrite', value: 'false', valid: 'true to replace assets of a published release' });
        }
    }
    const synced = await (0,concurrency/* mapLimit */.s)(plans, options.concurrency ?? 20, async (plan) => {
        if (plan.action === 'skip')
            return {
                name: plan.local.name,
                state: 'unchanged',
                url: plan.present.browser_download_url,
                id: plan.present.id,
            };
        if (plan.present) {
            ctx.log.info(plan.action === 'clean'
                ? `${plan.local.name}: deleting a ${plan.present.state} leftover of a failed upload`
                : `${plan.local.name}: differs from the release's copy; replacing it`);
            await deleteAsset(ctx, plan.present);
        }
        return uploadExactlyOnce(ctx, plan.local, plan.action === 'replace');
    });
    if (checksums)
        synced.push(await writeChecksums(ctx, checksums, listed, ours));
    return synced;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/upload-cli-artifacts.steps.ts
// upload-cli-artifacts after its inputs are valid: archive, write checksums, upload to the release
// and/or the workflow artifact. Loaded lazily by operations/upload-cli-artifacts.ts.












function contentTypeOf(file) {
    if (file.endsWith('.zip'))
        return 'application/zip';
    if (file.endsWith('.tar.gz'))
        return 'application/gzip';
    return 'text/plain';
}
async function uploadToRelease(settings, packaged, runner, log) {
    const client = (0,github_client/* createGitHubClient */.L)({
        token: settings.token,
        baseUrl: runner.apiUrl,
        retryBaseMs: runner.retryBaseMs,
        log,
    });
    const ref = { owner: settings.owner, repo: settings.repo, tag: settings.tag };
    // ensureDraftRelease finds the release itself (drafts included): one listing, not two.
    let release;
    let releaseState = 'existing';
    if (settings.createRelease) {
        const ensured = await (0,releases_release/* ensureDraftRelease */.vw)(client, ref);
        release = ensured.release;
        releaseState = ensured.state;
        if (ensured.state === 'created')
            log.info(`release ${settings.tag}: created a draft (id ${release.id})`);
    }
    else {
        release = await (0,releases_release/* findReleaseForTag */.kq)(client, ref);
        if (!release) {
            throw new errors/* UserError */.yo(`no release for tag ${settings.tag} in ${settings.owner}/${settings.repo} (drafts included) and create-release is false; create the release first (e.g. with release-notes-from-changelog) or set create-release: true`, { input: 'create-release', value: 'false', valid: 'true, or an existing release for the tag' });
        }
    }
    const synced = await syncReleaseAssets(client, {
        owner: settings.owner,
        repo: settings.repo,
        release,
        token: settings.token,
        assets: packaged.archives.map((a) => ({
            name: a.name,
            path: a.path,
            size: a.size,
            sha256: a.sha256,
            contentType: contentTypeOf(a.name),
        })),
        checksums: settings.checksums === 'release'
            ? {
                name: packaged.checksumsName,
                isArchive: archiveNameMatcher(settings.nameTemplate, { name: settings.name, tag: settings.tag }),
            }
            : undefined,
        created: releaseState === 'created',
        overwrite: settings.overwrite,
        concurrency: settings.concurrency,
        retryBaseMs: runner.retryBaseMs,
        log,
    });
    return { release, releaseState, synced };
}
/** The workflow artifact's name and files: every archive and the checksums file, at the zip's root. */
async function artifactContents(settings, packaged) {
    const name = settings.artifactName ??
        (packaged.archives.length === 1
            ? packaged.archives[0].name.replace(/\.(tar\.gz|zip)$/, '')
            : `${settings.name}_${settings.tag}`);
    const files = [
        ...packaged.archives.map((a) => ({ name: a.name, path: a.path, sha256: a.sha256 })),
        {
            name: packaged.checksumsName,
            path: packaged.checksumsFile,
            sha256: await (0,artifacts_hasher/* sha256OfFile */.V)(packaged.checksumsFile),
        },
    ];
    return { name, files };
}
function renderSummary(settings, assets, checksumsName, state, releaseUrl, artifact) {
    const rows = assets.map((a) => `| ${a.url ? `[${a.name}](${a.url})` : `\`${a.name}\``} | ${a.os}/${a.arch} | ${a.size} | \`${a.sha256}\` | ${a.state} |`);
    const repo = settings.owner && settings.repo ? `${settings.owner}/${settings.repo}` : 'OWNER/REPO';
    return [
        `## upload-cli-artifacts: ${state}`,
        '',
        `${settings.name} ${settings.tag}: ${assets.length} archive(s)${releaseUrl ? ` on [the release](${releaseUrl})` : ''}${artifact ? `, workflow artifact \`${artifact.name}\` (${artifact.state})` : ''}.`,
        '',
        '| Asset | Platform | Size (bytes) | SHA-256 | State |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        'Verify a download:',
        '',
        '```sh',
        `sha256sum --check --ignore-missing ${checksumsName}`,
        `gh attestation verify ${assets[0]?.name ?? '<archive>'} --repo ${repo}`,
        '```',
        '',
    ].join('\n');
}
async function uploadCliArtifacts(settings, context) {
    const { runner, log } = context;
    checkNameAndTag(settings.name, settings.tag);
    renderArchiveName(settings.nameTemplate, { name: settings.name, tag: settings.tag, os: 'linux', arch: 'amd64' });
    const formats = (0,platforms/* parseFormats */.Ql)(settings.formatLines);
    const workspace = runner.workspace;
    // A folder the user names is held to the workspace like every path input (absolute or via a symlink).
    const outputDir = settings.outputDirGiven
        ? await (0,fs/* resolveInside */.LI)(workspace, settings.outputDir, 'output-dir')
        : settings.outputDir;
    const binaries = settings.files.length
        ? await (0,artifacts_binaries/* binariesFromFiles */.$q)(workspace, settings.files)
        : await (0,artifacts_binaries/* binariesFromLines */.dz)(workspace, settings.binaries);
    const reserved = [...new Set(binaries.map((b) => binaryEntryName(settings.name, b.os)))];
    const extraFiles = await (0,artifacts_binaries/* extraFilesFrom */.Se)(workspace, settings.extraFiles, reserved, 'extra-files', binaries.map((b) => b.path));
    // HEAD's time, not a directory's: binaries are built from the whole tree, so any commit may change them.
    const mtime = await (0,source_date/* reproducibleTime */.m)(workspace, runner.sourceDateEpoch, 'head');
    const packaged = await (0,plumbing_log/* inGroup */.HB)(log, `Archive ${binaries.length} binaries of ${settings.name} ${settings.tag}`, async () => {
        const built = await packageBinaries({
            name: settings.name,
            tag: settings.tag,
            binaries,
            extraFiles,
            formats,
            nameTemplate: settings.nameTemplate,
            outputDir,
            mtime,
        });
        log.info(`${built.written ? 'built' : 'already had'} ${built.archives.length} archive(s) in ${outputDir}`);
        return built;
    });
    // The workflow artifact is checked before the release changes: a clash with another job's artifact
    // fails the run with nothing uploaded anywhere.
    const wantsArtifact = settings.upload === 'artifact' || settings.upload === 'both';
    const artifactFiles = wantsArtifact ? await artifactContents(settings, packaged) : undefined;
    let artifactPlan;
    if (artifactFiles) {
        const { name, files } = artifactFiles;
        artifactPlan = await (0,plumbing_log/* inGroup */.HB)(log, `Compare with the run's workflow artifact ${name}`, () => planWorkflowArtifact({
            name,
            nameInput: settings.artifactName,
            files,
            scratchDir: external_node_path_default().join(runner.runnerTemp, 'release-kit', 'workflow-artifacts'),
            log,
        }));
    }
    const states = new Map();
    let releaseUrl = '';
    let checksumsState = 'built';
    if (settings.upload === 'release' || settings.upload === 'both') {
        const { release, synced } = await (0,plumbing_log/* inGroup */.HB)(log, `Upload to release ${settings.tag} of ${settings.owner}/${settings.repo}`, () => uploadToRelease(settings, packaged, runner, log));
        releaseUrl = release.html_url;
        for (const s of synced)
            states.set(s.name, { state: s.state, url: s.url });
        checksumsState = states.get(packaged.checksumsName)?.state ?? 'unchanged';
    }
    let artifact;
    if (artifactPlan && artifactFiles) {
        const plan = artifactPlan;
        await (0,plumbing_log/* inGroup */.HB)(log, `Upload the workflow artifact ${plan.name}`, () => applyWorkflowArtifact(plan, artifactFiles.files, {
            rootDirectory: external_node_path_default().dirname(packaged.checksumsFile),
            retentionDays: settings.retentionDays,
            nameInput: settings.artifactName,
            log,
        }));
        artifact = { name: plan.name, state: artifactState(plan) };
    }
    const assets = packaged.archives.map((a) => ({
        name: a.name,
        os: a.os,
        arch: a.arch,
        path: a.path,
        size: a.size,
        sha256: a.sha256,
        url: states.get(a.name)?.url ?? '',
        // The release's state when there is one (upload: both), else the workflow artifact's.
        state: states.get(a.name)?.state ?? artifactPlan?.fileStates.get(a.name) ?? 'built',
    }));
    const all = [...assets.map((a) => a.state), checksumsState, artifact?.state];
    const state = settings.upload === 'none'
        ? packaged.written
            ? 'built'
            : 'unchanged'
        : assets.some((a) => a.state === 'replaced') || artifact?.state === 'replaced'
            ? 'replaced'
            : all.some((s) => s === 'uploaded' || s === 'replaced')
                ? 'uploaded'
                : 'unchanged';
    return {
        outputs: {
            assets,
            'checksums-file': packaged.checksumsFile,
            'subject-checksums': packaged.subjectChecksumsFile,
            'release-url': releaseUrl,
            state,
        },
        summary: renderSummary(settings, assets, packaged.checksumsName, state, releaseUrl, artifact),
    };
}


/***/ }),

/***/ 92098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
// Bounded concurrency: one limiter for every place that runs many uploads, hashes or checks at once.
/**
 * Run `task` over `items` with at most `limit` in flight, keeping the input order in the result.
 * After the first failure no new item starts; the ones in flight finish, then that first error is
 * thrown, so a caller never sees a half-started batch keep going behind its back.
 */
async function mapLimit(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    let failed;
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length && failed === undefined) {
            const index = next++;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failed ??= error;
            }
        }
    });
    await Promise.all(workers);
    if (failed !== undefined)
        throw failed;
    return results;
}


/***/ }),

/***/ 36800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeRegExp)
/* harmony export */ });
// Regular expressions built from literal text.
/** `text` as a regular expression that matches exactly it (`/` is left as is: it is not special in `new RegExp`). */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ })

};

//# sourceMappingURL=230.index.js.map