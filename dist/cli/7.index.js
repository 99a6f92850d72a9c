export const id = 7;
export const ids = [7];
export const modules = {

/***/ 19455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git),
/* harmony export */   x: () => (/* binding */ pushFailureReason)
/* harmony export */ });
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80868);
// Git through @actions/exec with argument arrays; every call names the repository it runs in.


/**
 * Why a push failed, in one line: git's rejection (`! [remote rejected] … (pre-receive hook declined)`)
 * and what the server said on `remote:` lines (a pre-receive hook's reason, GitHub's branch protection),
 * instead of git's closing "failed to push some refs", which says neither.
 */
function pushFailureReason(result) {
    const lines = `${result.stdout}\n${result.stderr}`
        .split('\n')
        // Control characters from the server (colours, carriage returns) would break the one line.
        // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
        .map((line) => line.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim())
        .filter(Boolean);
    const said = lines
        .filter((line) => line.startsWith('remote:'))
        .map((line) => line.slice('remote:'.length).trim())
        .filter(Boolean);
    const rejection = lines.find((line) => line.startsWith('!'))?.replace(/^!\s*/, '');
    const reason = rejection ?? lines.filter((line) => !line.startsWith('remote:')).pop() ?? `exit ${result.exitCode}`;
    const text = said.length ? `${reason}; the remote said: ${said.join(' / ')}` : reason;
    return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}
/** A repository's git, run with argument arrays in `cwd`. */
class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Run git and return trimmed stdout; throws ExecError on a non-zero exit. */
    async exec(args, env) {
        const result = await (0,_plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF)('git', args, { cwd: this.cwd, env });
        return result.stdout.replace(/\n$/, '');
    }
    /** Run git and return null instead of throwing when it exits non-zero. */
    async tryExec(args) {
        try {
            return await this.exec(args);
        }
        catch (error) {
            if (error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .cI)
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
    /**
     * Paths git prints for `args` (which must hold `-z`), exactly as named: with -z git neither quotes
     * nor escapes them, so a name with non-ASCII characters or a newline is read as it is.
     */
    async paths(args) {
        return (await this.exec(args)).split('\0').filter((p) => p !== '');
    }
    /**
     * `git status --porcelain -z`: each changed path (relative to the top level) and its two-letter
     * code; empty means clean. A rename or copy is reported under its new path.
     */
    async status() {
        const fields = (await this.exec(['status', '--porcelain', '-z'])).split('\0');
        const entries = [];
        for (let i = 0; i < fields.length; i++) {
            if (fields[i] === '')
                continue;
            const code = fields[i].slice(0, 2);
            entries.push({ code, path: fields[i].slice(3) });
            if (/[RC]/.test(code))
                i++; // the next field is the rename's or copy's source
        }
        return entries;
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
            if (!(error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .cI))
                throw error;
            const reason = error.result.stderr.trim().split('\n').pop() ?? '';
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot read the tags of ${remote} (${reason}); check the remote and the token's access (contents: write)`, {
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
    /**
     * Committer time (seconds) of `rev`, or of the last commit up to `rev` that touched `pathspec`
     * (relative to this repository's cwd); NaN when no commit did.
     */
    async commitTime(rev = 'HEAD', pathspec) {
        const out = await this.exec([
            'log',
            '-1',
            '--format=%ct',
            rev,
            ...(pathspec === undefined ? [] : ['--', pathspec]),
        ]);
        return out.trim() === '' ? Number.NaN : Number(out);
    }
    /** Every tag name of the repository (`git tag --list`). */
    async tags() {
        return (await this.exec(['tag', '--list'])).split('\n').filter((t) => t !== '');
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
        return this.paths(['diff', '-z', '--name-only', `${base}...${head}`]);
    }
}


/***/ }),

/***/ 12391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ reproducibleTime)
/* harmony export */ });
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19455);
// The one timestamp reproducible archives (CLI archives, Helm charts) stamp on every entry.


/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else the committer time `rule` picks in
 * `dir`, so every rerun produces the same bytes, on any machine.
 */
async function reproducibleTime(dir, sourceDateEpoch, rule = 'head') {
    const epoch = sourceDateEpoch?.trim();
    if (epoch) {
        if (!/^\d+$/.test(epoch)) {
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`SOURCE_DATE_EPOCH has invalid value ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(sourceDateEpoch)}: expected whole seconds since 1970-01-01 UTC (e.g. $(git log -1 --format=%ct))`, {
                value: sourceDateEpoch,
                valid: 'a non-negative integer',
            });
        }
        return new Date(Number(epoch) * 1000);
    }
    const git = new _git_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .T(dir);
    const directoryTime = rule === 'directory' ? await git.commitTime('HEAD', '.').catch(() => Number.NaN) : Number.NaN;
    const seconds = Number.isFinite(directoryTime) ? directoryTime : await git.commitTime('HEAD').catch(() => Number.NaN);
    if (!Number.isFinite(seconds)) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot pick a reproducible archive time: SOURCE_DATE_EPOCH is unset and ${dir} is not a git checkout with a HEAD commit; set SOURCE_DATE_EPOCH (seconds)`, {
            value: dir,
            valid: 'SOURCE_DATE_EPOCH or a git checkout',
        });
    }
    return new Date(seconds * 1000);
}


/***/ }),

/***/ 80868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   oq: () => (/* binding */ findExecutable)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81260);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
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
/** The first executable `name` (`name.exe` on Windows) in the directories of `pathEnv`, or undefined. */
async function findExecutable(name, pathEnv) {
    const file = process.platform === 'win32' ? `${name}.exe` : name;
    for (const dir of pathEnv.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter)).filter(Boolean)) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, file);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(candidate)).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** Run `command` with `args` (no shell), capturing output silently. */
async function run(command, args, options = {}) {
    const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(command, [...args], {
        cwd: options.cwd,
        // Handing the environment on, not reading it: a child gets this process's environment, as it
        // would with no `env` at all, plus the few variables the caller adds (git's token config).
        env: options.inheritEnv === false
            ? (options.env ?? {})
            : options.env
                ? { ...inheritedEnv(), ...options.env }
                : undefined,
        input: options.input === undefined ? undefined : Buffer.from(options.input),
        ignoreReturnCode: true,
        silent: true,
    });
    const out = { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    if (out.exitCode !== 0 && !options.allowFailure)
        throw new ExecError(command, args, out);
    return out;
}
/** This process's environment, passed through to a child untouched (never read here). */
function inheritedEnv() {
    // eslint-disable-next-line no-restricted-properties -- passed through to the child untouched
    return process.env;
}


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

//# sourceMappingURL=7.index.js.map