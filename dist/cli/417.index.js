export const id = 417;
export const ids = [417];
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

/***/ 85417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operation: () => (/* binding */ operation)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/binaries.ts
var binaries = __webpack_require__(66855);
// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/checksums.ts
var checksums = __webpack_require__(7968);
// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/hasher.ts
var hasher = __webpack_require__(38361);
;// CONCATENATED MODULE: ./packages/release-kit/src/artifacts/merge-checksums.ts
// Merges the partial checksums files of split CLI jobs (one per runner, one shared file name) into one
// complete file, vouching for every line by the archive's own bytes.







/** What a folder holds that the merge looks at: its checksums files and its archives. */
const CHECKSUMS_FILE = /checksums\.txt$/;
const ARCHIVE_FILE = /\.(tar\.gz|tgz|zip)$/;
/**
 * Read every folder's checksums files and archives and work out the one complete file; refuse a line
 * that is malformed, conflicts with another, names an archive no folder holds (dangling) or whose
 * archive has other bytes, an archive no line lists, and two different archives of one name. Nothing
 * is written here: the caller writes only what passed. `output` defaults to the partial files' shared
 * name in the workspace root.
 */
async function planMergedChecksums(workspace, dirs, output) {
    const rel = (absolute) => external_node_path_default().relative(workspace, absolute) || '.';
    const listed = new Map();
    const files = new Map();
    const partialNames = new Set();
    for (const dir of dirs) {
        const folder = await (0,fs/* resolveInside */.LI)(workspace, dir, 'dir');
        let entries;
        try {
            if (!(await (0,promises_.stat)(folder)).isDirectory())
                throw new Error('not a folder');
            entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
        }
        catch {
            throw (0,errors/* invalidInput */.aY)('dir', dir, 'an existing folder inside the workspace');
        }
        const regular = entries.filter((e) => e.isFile()).map((e) => e.name);
        const partials = regular.filter((name) => CHECKSUMS_FILE.test(name)).sort();
        if (!partials.length)
            throw new errors/* UserError */.yo(`input 'dir' has invalid value ${(0,errors/* showValue */.vp)(dir)}: it holds no checksums file (*checksums.txt); expected a folder with a job's archives and its checksums file`, { input: 'dir', value: dir });
        for (const name of regular.filter((n) => ARCHIVE_FILE.test(n))) {
            const absolute = external_node_path_default().join(folder, name);
            const other = files.get(name);
            if (other && (await (0,hasher/* sha256OfFile */.V)(other)) !== (await (0,hasher/* sha256OfFile */.V)(absolute)))
                throw new errors/* UserError */.yo(`two different archives named ${name}: ${rel(other)} and ${rel(absolute)}; every archive of a release needs its own name`, { input: 'dir', value: dir });
            files.set(name, other ?? absolute);
        }
        for (const partial of partials) {
            partialNames.add(partial);
            const absolute = external_node_path_default().join(folder, partial);
            const lines = (await (0,promises_.readFile)(absolute, 'utf8')).split('\n');
            if (lines.at(-1) === '')
                lines.pop();
            for (const [index, line] of lines.entries()) {
                const where = `${rel(absolute)}:${index + 1}`;
                const entry = (0,checksums/* parseChecksumLine */.DB)(line);
                if (!entry || !(0,binaries/* isSafeName */.TE)(entry.name))
                    throw new errors/* UserError */.yo(`${where}: ${(0,errors/* showValue */.vp)(line)} is not a sha256sum line of a bare file name; expected "<64 hex digits>  <file name>"`, { value: line });
                const { sha256, name } = entry;
                const earlier = listed.get(name);
                if (earlier && earlier.sha256 !== sha256)
                    throw new errors/* UserError */.yo(`conflicting lines for ${name}: ${earlier.where} and ${where} list different sums (${earlier.sha256} and ${sha256}); rebuild so that one archive stands for the name`, { value: name });
                if (!earlier)
                    listed.set(name, { sha256, where });
            }
        }
    }
    const entries = [];
    for (const [name, line] of listed) {
        const file = files.get(name);
        if (!file)
            throw new errors/* UserError */.yo(`${line.where} lists ${name}, which none of the folders holds; add the folder with that archive, or rebuild the job that wrote the line`, { value: name });
        const actual = await (0,hasher/* sha256OfFile */.V)(file);
        if (actual !== line.sha256)
            throw new errors/* UserError */.yo(`${line.where}: ${name} has sha256 ${actual}, not the ${line.sha256} listed (${rel(file)} is corrupt or was rebuilt); rerun the job that built it`, { value: name });
        entries.push({ name, sha256: line.sha256 });
    }
    for (const [name, file] of files)
        if (!listed.has(name))
            throw new errors/* UserError */.yo(`${rel(file)} is listed in no checksums file; add the folder whose checksums file lists it, or remove the stray archive`, { value: rel(file) });
    let target = output;
    if (target === undefined) {
        if (partialNames.size !== 1)
            throw (0,errors/* invalidInput */.aY)('output', '', `a file for the merged checksums: the checksums files are named differently (${[...partialNames].sort().join(', ')})`);
        target = [...partialNames][0];
    }
    const file = await (0,fs/* resolveInside */.LI)(workspace, target, 'output');
    const text = (0,checksums/* formatChecksums */.ss)(entries);
    return { file, text, archives: entries.map((e) => e.name).sort() };
}

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/merge-checksums.ts
// merge-checksums: one complete checksums file from the partial ones of split CLI jobs (GitLab runners per OS).





async function run(context) {
    const { inputs, runner, log } = context;
    const dirs = inputs.lines('dir');
    if (!dirs.length)
        throw (0,errors/* invalidInput */.aY)('dir', '', "one or more folders holding a job's archives and its checksums file");
    const output = inputs.optional('output');
    for (const [name, value] of [...dirs.map((d) => ['dir', d]), ['output', output ?? '']])
        if (/[\0\r\n]/.test(value))
            throw (0,errors/* invalidInput */.aY)(name, value, 'a path inside the workspace');
    const plan = await planMergedChecksums(runner.workspace, dirs, output);
    const before = await (0,promises_.readFile)(plan.file, 'utf8').catch(() => undefined);
    const state = before === plan.text ? 'unchanged' : before === undefined ? 'created' : 'updated';
    if (state !== 'unchanged') {
        await (0,promises_.mkdir)(external_node_path_default().dirname(plan.file), { recursive: true });
        await (0,fs/* writeFileAtomic */.Zf)(plan.file, plan.text, 0o644);
    }
    const line = `${external_node_path_default().relative(runner.workspace, plan.file)}: ${state}, ${plan.archives.length} archive(s) verified from ${dirs.length} folder(s)`;
    log.info(line);
    return {
        outputs: { state, 'checksums-file': plan.file, archives: plan.archives },
        summary: `### Merged checksums\n\n- ${line}\n`,
    };
}
const operation = {
    name: 'merge-checksums',
    description: 'Merge the partial checksums files of split CLI jobs into one complete sha256sum file, verifying every line against the archive it names.',
    inputs: [
        {
            name: 'dir',
            description: "A folder holding one job's archives and its checksums file (repeat the flag, or one per line), inside the workspace.",
            required: true,
        },
        {
            name: 'output',
            description: "The merged file; default: the partial files' shared name, in the workspace root.",
            default: '',
        },
    ],
    outputs: [
        { name: 'state', description: '`created`, `updated` (a different file was there) or `unchanged`.' },
        { name: 'checksums-file', description: 'Path of the merged checksums file.' },
        { name: 'archives', description: 'JSON list of the archive names it lists.' },
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

//# sourceMappingURL=417.index.js.map