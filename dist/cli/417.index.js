export const id = 417;
export const ids = [417];
export const modules = {

/***/ 7968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lc: () => (/* binding */ subjectChecksums),
/* harmony export */   ss: () => (/* binding */ formatChecksums),
/* harmony export */   yk: () => (/* binding */ parseChecksums)
/* harmony export */ });
/* unused harmony exports MAX_ATTESTATION_SUBJECTS, mergeChecksums */
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
/** One sha256sum line: 64 hex digits, a space, then ` ` (text) or `*` (binary) and a bare file name. */
const LINE = /^([0-9a-f]{64}) [ *]([^/\\]+)$/;
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
                const match = LINE.exec(line.replace(/\r$/, ''));
                if (!match)
                    throw new errors/* UserError */.yo(`${where}: ${(0,errors/* showValue */.vp)(line)} is not a sha256sum line; expected "<64 hex digits>  <file name>"`, { value: line });
                const [, sha256, name] = match;
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
        if (/[\0\r]/.test(value))
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
/* harmony export */   XW: () => (/* binding */ readFileInside),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
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
/**
 * Read the UTF-8 file `relative` inside `root` (as resolveInside checks it). A missing file is the
 * input's fault: `input` and `what` (e.g. "changelog file") name it and what was expected.
 */
async function readFileInside(root, relative, input, what) {
    const absolute = await resolveInside(root, relative, input);
    try {
        return { absolute, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(absolute, 'utf8') };
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .invalidInput */ .aY)(input, relative, `an existing ${what} inside the workspace`);
        throw error;
    }
}


/***/ })

};

//# sourceMappingURL=417.index.js.map