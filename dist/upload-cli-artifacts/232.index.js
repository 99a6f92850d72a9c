export const id = 232;
export const ids = [232,855,876];
export const modules = {

/***/ 66855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ isSafeName),
/* harmony export */   binariesFromFiles: () => (/* binding */ binariesFromFiles),
/* harmony export */   binariesFromLines: () => (/* binding */ binariesFromLines),
/* harmony export */   extraFilesFrom: () => (/* binding */ extraFilesFrom)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51430);
/* harmony import */ var _platforms_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90876);
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
    const picomatch = (await __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 14006, 23))).default;
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(line) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, line) : line;
    const { base } = picomatch.scan(relative);
    const isMatch = picomatch(relative, { dot: false });
    const start = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, base);
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
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input '${input}' has pattern ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(line)} that matches no file in ${workspace}`, { input, value: line, valid: 'a path or glob matching built files' });
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
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input '${input}' names ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(given)}, which does not exist in ${workspace}`, { input, value: given, valid: 'an existing file' });
    }
    if (!info.isFile())
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input '${input}' names ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(given)}, which is not a regular file`, { input, value: given, valid: 'a regular file' });
    if (info.size === 0)
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input '${input}' names ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(given)}, which is empty (a failed build?)`, { input, value: given, valid: 'a non-empty file' });
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
async function extraFilesFrom(workspace, lines, reserved, input = 'extra-files') {
    const byName = new Map();
    for (const line of lines) {
        for (const given of await expand(workspace, line, input)) {
            const file = await checkedFile(workspace, given, input);
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
/* harmony export */   Dd: () => (/* binding */ mergeChecksums),
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
/** Parse a checksums file back (lines it does not understand are ignored; `*name` binary mode accepted). */
function parseChecksums(text) {
    const entries = [];
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
        if (match)
            entries.push({ sha256: match[1], name: match[2] });
    }
    return entries;
}
/**
 * Union of two checksum lists by name; `ours` wins on a clash. Used when several matrix jobs add
 * their archives to one release's checksums file.
 */
function mergeChecksums(theirs, ours) {
    const byName = new Map(theirs.map((e) => [e.name, e]));
    for (const entry of ours)
        byName.set(entry.name, entry);
    return [...byName.values()].sort(compareNames);
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

/***/ 232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  archiveMtime: () => (/* reexport */ reproducibleTime),
  binaryEntryName: () => (/* binding */ binaryEntryName),
  checkNameAndTag: () => (/* binding */ checkNameAndTag),
  packageBinaries: () => (/* binding */ packageBinaries),
  renderArchiveName: () => (/* binding */ renderArchiveName)
});

// UNUSED EXPORTS: DEFAULT_NAME_TEMPLATE, archiveFileName, checksumsFileName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
    const tmp = external_node_path_default().join(external_node_path_default().dirname(spec.file), `.${external_node_path_default().basename(spec.file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const { stream: hashTap, digest } = hasher.tap();
    try {
        const source = spec.format === 'zip' ? await zipStream(entries, spec.mtime) : await tarGzStreams(entries, spec.mtime);
        await (0,external_node_stream_promises_.pipeline)([...source, hashTap, (0,external_node_fs_.createWriteStream)(tmp, { mode: 0o644 })]);
        const sha256 = await digest;
        await (0,promises_.rename)(tmp, spec.file);
        return { file: spec.file, size: (await (0,promises_.stat)(spec.file)).size, sha256 };
    }
    catch (error) {
        await (0,promises_.rm)(tmp, { force: true });
        throw error;
    }
}
/**
 * The tar package writes the headers (portable mode: no uid/gid/uname/gname/atime/ctime, so they
 * are stored as 0 and empty); `onWriteEntry` pins each entry's name, mode and mtime before its
 * header is encoded. The gzip member from zlib carries no file name and a zero mtime.
 */
async function tarGzStreams(entries, mtime) {
    const { Pack } = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 98697));
    const byAbsolute = new Map(entries.map((e) => [e.source, e]));
    const pack = new Pack({
        cwd: '/',
        portable: true,
        mtime,
        follow: true,
        strict: true,
        // tar reads files in 16 MiB slices by default; small slices keep six concurrent archives lean.
        maxReadSize: READ_SIZE,
        jobs: 1,
        onWriteEntry(entry) {
            const wanted = byAbsolute.get(entry.absolute);
            if (!wanted || !entry.stat)
                return;
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
    const yazl = (await __webpack_require__.e(/* import() */ 44).then(__webpack_require__.t.bind(__webpack_require__, 93044, 19))).default;
    const zip = new yazl.ZipFile();
    const localMtime = new Date(mtime.getTime() + mtime.getTimezoneOffset() * 60_000);
    for (const entry of entries) {
        zip.addFile(entry.source, entry.name, { mtime: localMtime, mode: 0o100000 | entry.mode, compress: true, compressionLevel: COMPRESSION_LEVEL, forceDosTimestamp: true });
    }
    zip.end();
    return [zip.outputStream];
}

// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/binaries.ts
var binaries = __webpack_require__(66855);
// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/checksums.ts
var checksums = __webpack_require__(7968);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./packages/release-kit/src/artifacts/hasher.ts
// SHA-256 of byte streams computed on a worker thread, so hashing never competes with the main thread.


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
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
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
        const stream = new external_node_stream_.Transform({
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

// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/platforms.ts
var platforms = __webpack_require__(90876);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/concurrency.ts
var concurrency = __webpack_require__(92098);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(81260);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/exec.ts
// Running programs: argument arrays only, never a shell string (enforced by ESLint too).

class ExecError extends Error {
    command;
    args;
    result;
    constructor(command, args, result) {
        super(`${command} ${args.join(' ')} exited with ${result.exitCode}: ${result.stderr.trim() || result.stdout.trim()}`);
        this.command = command;
        this.args = args;
        this.result = result;
        this.name = 'ExecError';
    }
}
/** Run `command` with `args` (no shell), capturing output silently. */
async function run(command, args, options = {}) {
    const result = await (0,exec/* getExecOutput */.H)(command, [...args], {
        cwd: options.cwd,
        env: options.env ? { ...process.env, ...options.env } : undefined,
        input: options.input === undefined ? undefined : Buffer.from(options.input),
        ignoreReturnCode: true,
        silent: true,
    });
    const out = { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    if (out.exitCode !== 0 && !options.allowFailure)
        throw new ExecError(command, args, out);
    return out;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/git/git.ts
// Git through @actions/exec with argument arrays; every call names the repository it runs in.


/** A repository's git, run with argument arrays in `cwd`. */
class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Run git and return trimmed stdout; throws ExecError on a non-zero exit. */
    async exec(args, env) {
        const result = await run('git', args, { cwd: this.cwd, env });
        return result.stdout.replace(/\n$/, '');
    }
    /** Run git and return null instead of throwing when it exits non-zero. */
    async tryExec(args) {
        try {
            return await this.exec(args);
        }
        catch (error) {
            if (error instanceof ExecError)
                return null;
            throw error;
        }
    }
    async head() {
        return this.exec(['rev-parse', 'HEAD']);
    }
    async topLevel() {
        return this.exec(['rev-parse', '--show-toplevel']);
    }
    /** `git status --porcelain` lines; empty means clean. */
    async statusLines() {
        const out = await this.exec(['status', '--porcelain']);
        return out === '' ? [] : out.split('\n');
    }
    /** The commit a local tag points at (peeled), or null. */
    async localTagCommit(tag) {
        return this.tryExec(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
    }
    /**
     * `git ls-remote <kind> <remote> <refs…>` with `env` (see gitNetworkEnv, which carries the token).
     * A refusal or an unreachable remote is the user's to fix, not a bug: it becomes a UserError.
     */
    async lsRemote(remote, kind, refs, env) {
        try {
            return await this.exec(['ls-remote', kind, remote, ...refs], env);
        }
        catch (error) {
            if (!(error instanceof ExecError))
                throw error;
            const reason = error.result.stderr.trim().split('\n').pop() ?? '';
            throw new errors/* UserError */.yo(`cannot read the tags of ${remote} (${reason}); check the remote and the token's access (contents: write)`, {
                input: 'token',
                value: '***',
                valid: 'a token (or checkout credentials) that can read and push the repository',
            });
        }
    }
    /** The commit a tag points at on a remote (peeled when annotated), or null when absent. */
    async remoteTagCommit(remote, tag, env) {
        const out = await this.lsRemote(remote, '--tags', [`refs/tags/${tag}`, `refs/tags/${tag}^{}`], env);
        if (out === '')
            return null;
        const lines = out.split('\n').map((l) => l.split('\t'));
        const peeled = lines.find(([, ref]) => ref === `refs/tags/${tag}^{}`);
        return (peeled ?? lines[0])[0];
    }
    /** The committer time of a revision, in seconds since the epoch. */
    async commitTime(rev = 'HEAD') {
        return Number(await this.exec(['log', '-1', '--format=%ct', rev]));
    }
    async currentBranch() {
        return this.tryExec(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    }
    /** File content at a revision, or null when the path does not exist there. */
    async show(rev, file) {
        return this.tryExec(['show', `${rev}:${file}`]);
    }
    /** Paths changed between `base` and the working tree's HEAD. */
    async changedFiles(base, head = 'HEAD') {
        const out = await this.exec(['diff', '--name-only', `${base}...${head}`]);
        return out === '' ? [] : out.split('\n');
    }
}

;// CONCATENATED MODULE: ./packages/release-kit/src/git/source-date.ts
// The one timestamp reproducible archives (CLI archives, Helm charts) stamp on every entry.


/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else the committer time of HEAD in `dir`,
 * so every rerun of one commit produces the same bytes, on any machine.
 */
async function reproducibleTime(dir, sourceDateEpoch) {
    const epoch = sourceDateEpoch?.trim();
    if (epoch) {
        if (!/^\d+$/.test(epoch)) {
            throw new errors/* UserError */.yo(`SOURCE_DATE_EPOCH has invalid value ${(0,errors/* showValue */.vp)(sourceDateEpoch)}: expected whole seconds since 1970-01-01 UTC (e.g. $(git log -1 --format=%ct))`, {
                value: sourceDateEpoch,
                valid: 'a non-negative integer',
            });
        }
        return new Date(Number(epoch) * 1000);
    }
    const seconds = await new Git(dir).commitTime('HEAD').catch(() => Number.NaN);
    if (!Number.isFinite(seconds)) {
        throw new errors/* UserError */.yo(`cannot pick a reproducible archive time: SOURCE_DATE_EPOCH is unset and ${dir} is not a git checkout with a HEAD commit; set SOURCE_DATE_EPOCH (seconds)`, {
            value: dir,
            valid: 'SOURCE_DATE_EPOCH or a git checkout',
        });
    }
    return new Date(seconds * 1000);
}

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
    const rendered = template.replace(/\{(name|tag|version|os|arch)\}/g, (_m, key) => (key === 'version' ? version : values[key]));
    if (!(0,binaries/* isSafeName */.T)(rendered))
        throw (0,errors/* invalidInput */.aY)(input, template, `a template whose result is a bare file name (got ${(0,errors/* showValue */.vp)(rendered)}, which holds a separator or ..)`);
    return rendered;
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
    if (!(0,binaries/* isSafeName */.T)(name) || !/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name))
        throw (0,errors/* invalidInput */.aY)('name', name, 'a CLI name of letters, digits, ., _, + and - (no separators or ..)');
    if (!(0,binaries/* isSafeName */.T)(tag))
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
        const base = renderArchiveName(template, { name: options.name, tag: options.tag, os: binary.os, arch: binary.arch });
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
        throw new errors/* UserError */.yo('no binaries to archive: set files or binaries', { input: 'files', valid: 'at least one binary' });
    await (0,promises_.mkdir)(options.outputDir, { recursive: true });
    const hasher = new ThreadHasher();
    try {
        const archives = await (0,concurrency/* mapLimit */.s)(plans, options.concurrency ?? plans.length, async (plan) => {
            const built = await buildArchive({ file: external_node_path_default().join(options.outputDir, plan.fileName), format: plan.format, entries: plan.entries, mtime: options.mtime }, hasher);
            return { name: plan.fileName, os: plan.binary.os, arch: plan.binary.arch, format: plan.format, path: built.file, size: built.size, sha256: built.sha256 };
        });
        archives.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const text = (0,checksums/* subjectChecksums */.lc)(archives);
        const checksumsFile = external_node_path_default().join(options.outputDir, checksumsName);
        await (0,fs/* writeFileAtomic */.Zf)(checksumsFile, text, 0o644);
        return { archives, checksumsName, checksumsFile, subjectChecksumsFile: checksumsFile };
    }
    finally {
        await hasher.close();
    }
}


/***/ }),

/***/ 90876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ formatFor),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Jb: () => (/* binding */ platformFromFileName),
/* harmony export */   Ng: () => (/* binding */ platformKey),
/* harmony export */   _v: () => (/* binding */ namingRuleHint),
/* harmony export */   parseFormats: () => (/* binding */ parseFormats)
/* harmony export */ });
/* unused harmony exports VALID_OS, VALID_ARCH, ARCHIVE_FORMATS, isOs, isArch */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
// Which platforms exist, how a binary's file name tells its platform, and per-OS archive formats.

/** Operating systems, spelled as Go's GOOS (what goreleaser and most release pipelines use). */
const VALID_OS = ['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'illumos', 'ios', 'js', 'linux', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows'];
/** Architectures, spelled as Go's GOARCH. */
const VALID_ARCH = ['386', 'amd64', 'arm', 'arm64', 'loong64', 'mips', 'mips64', 'mips64le', 'mipsle', 'ppc64', 'ppc64le', 'riscv64', 's390x', 'wasm'];
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

/***/ 51430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export isWithin */
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

//# sourceMappingURL=232.index.js.map