export const id = 359;
export const ids = [359];
export const modules = {

/***/ 88359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uploadCliArtifacts: () => (/* binding */ uploadCliArtifacts)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/lossless-text.ts
// A file's bytes as text that encodes back to exactly those bytes, invalid UTF-8 included, so an
// edit of one value leaves every other byte of the file as it was.
//
// Written by hand because no codec does this: TextDecoder and Buffer turn each invalid byte into
// U+FFFD, which writes back as three other bytes. Here an invalid byte 0xXY becomes the lone
// surrogate U+DCXY (Python's "surrogateescape"): valid UTF-8 never decodes to a lone surrogate, so
// the way back is unambiguous. A BOM is kept as U+FEFF, as the file holds it.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The text of `bytes`; invalid UTF-8 bytes become lone surrogates U+DC80–U+DCFF. */
function lossless_text_decodeLossless(bytes) {
    try {
        return strict.decode(bytes);
    }
    catch {
        return decodeEscaping(bytes);
    }
}
/** The bytes of `text`, lone surrogates U+DC80–U+DCFF back to the invalid bytes they stand for. */
function lossless_text_encodeLossless(text) {
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

;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/fs.ts
// File-system helpers: atomic writes, edits in place that keep a file's bytes, mode and symlink,
// reads that never block on a special file, and paths that cannot escape their root.







/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target. The file gets `mode`, else
 * the mode of the regular file it replaces, else 0644; exactly, whatever the umask.
 */
async function writeFileAtomic(file, data, mode) {
    const tmp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            const existing = await (0,promises_.lstat)(file).catch(() => undefined);
            // A symlink's own mode (0777) is no file's: what replaces the link gets the default.
            fileMode = existing?.isFile() ? existing.mode & 0o7777 : 0o644;
        }
        const handle = await (0,promises_.open)(tmp, 'wx', 0o600);
        try {
            await handle.writeFile(data);
            await handle.chmod(fileMode);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(tmp, file);
    }
    catch (error) {
        await (0,promises_.rm)(tmp, { force: true });
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
    const target = await realpath(absolute).catch(() => absolute);
    const stats = await lstat(target).catch(() => undefined);
    if (stats && !stats.isFile())
        throw notRegularFile(relative, stats, input);
    await writeFileAtomic(target, typeof content === 'string' ? encodeLossless(content) : content);
}
/**
 * The bytes of the regular file `file`, or null when it does not exist. It is opened non-blocking
 * and checked with fstat before anything is read, so a FIFO, a device or a directory is refused
 * (a UserError naming `display` and `input`) instead of waiting forever for a writer.
 */
async function readRegularFile(file, display, input) {
    let handle;
    try {
        handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO' || code === 'EACCES')
            throw new UserError(`${display} cannot be read (${code}); expected a regular file`, {
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
    return new UserError(`${display} is ${kind}, not a regular file; release-kit reads and edits regular files only`, {
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
    const rootReal = await (0,promises_.realpath)(root);
    const candidate = external_node_path_default().resolve(rootReal, relative);
    if (!isWithin(rootReal, candidate)) {
        throw new errors/* UserError */.yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: expected a path inside ${rootReal}`, {
            input,
            value: relative,
            valid: `a path inside ${rootReal}`,
        });
    }
    let real;
    // A path that does not exist (yet) is judged by its nearest existing ancestor: a symlinked folder
    // on the way must not carry a file about to be written out of the root.
    for (let probe = candidate; real === undefined; probe = external_node_path_default().dirname(probe)) {
        try {
            real = external_node_path_default().join(await (0,promises_.realpath)(probe), external_node_path_default().relative(probe, candidate));
        }
        catch {
            if (probe === rootReal || external_node_path_default().dirname(probe) === probe)
                return candidate;
        }
    }
    if (!isWithin(rootReal, real)) {
        throw new errors/* UserError */.yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: it is a symlink to ${real}, outside ${rootReal}; expected a file inside the workspace`, { input, value: relative, valid: `a path inside ${rootReal}` });
    }
    return candidate;
}
/** True when `child` is `parent` or below it (both absolute, normalised). */
function isWithin(parent, child) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
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
        throw invalidInput(input, relative, `an existing ${what} inside the workspace`);
    if (options.forEdit)
        return { absolute, text: decodeLossless(bytes) };
    // Text with bytes that are not UTF-8 would reach release notes and commits as U+FFFD: refuse it.
    // (An edit in place keeps such bytes as they are instead: decodeLossless.)
    if (!isUtf8(bytes)) {
        const line = bytes
            .toString('utf8')
            .split('\n')
            .findIndex((l) => l.includes('\uFFFD')) + 1;
        throw invalidInput(input, relative, `a ${what} in UTF-8`, { file: relative, line: line || 1 });
    }
    return { absolute, text: bytes.toString('utf8') };
}

;// CONCATENATED MODULE: ./packages/release-kit/src/artifacts/platforms.ts
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
        return `${rule}; ${(0,errors/* showValue */.vp)(os)} is not an OS (valid: ${VALID_OS.join(', ')})`;
    if (!isArch(arch))
        return `${rule}; ${(0,errors/* showValue */.vp)(arch)} is not an architecture (valid: ${VALID_ARCH.join(', ')})`;
    return rule;
}
/** Parse `os/arch`, naming `input` and listing valid values when either half is unknown. */
function parsePlatform(text, input) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(text.trim());
    if (!match)
        throw (0,errors/* invalidInput */.aY)(input, text, 'os/arch, e.g. linux/amd64');
    const [, os, arch] = match;
    if (!isOs(os))
        throw (0,errors/* invalidInput */.aY)(input, text, `a known OS before the slash (${VALID_OS.join(', ')})`);
    if (!isArch(arch))
        throw (0,errors/* invalidInput */.aY)(input, text, `a known architecture after the slash (${VALID_ARCH.join(', ')})`);
    return { os, arch };
}
function parseFormat(value, input, whole) {
    if (ARCHIVE_FORMATS.includes(value))
        return value;
    throw (0,errors/* invalidInput */.aY)(input, whole, `a format of ${ARCHIVE_FORMATS.join(' or ')} (alone, or as os=format lines such as windows=zip)`);
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
                throw (0,errors/* invalidInput */.aY)(input, line, 'at most one bare default format; use os=format lines for the rest');
            choice.default = parseFormat(line.trim(), input, line);
            sawDefault = true;
            continue;
        }
        const os = line.slice(0, eq).trim();
        const format = line.slice(eq + 1).trim();
        if (!isOs(os))
            throw (0,errors/* invalidInput */.aY)(input, line, `os=format with a known OS (${VALID_OS.join(', ')})`);
        if (choice.byOs[os])
            throw new errors/* UserError */.yo(`input '${input}' gives ${os} a format twice (${(0,errors/* showValue */.vp)(line)}); expected one line per OS`, { input, value: line });
        choice.byOs[os] = parseFormat(format, input, line);
    }
    return choice;
}
function formatFor(choice, os) {
    return choice.byOs[os] ?? choice.default;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/release-kit/src/artifacts/binaries.ts
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
        throw (0,errors/* invalidInput */.aY)(input, value, 'a path inside the workspace without .. segments');
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
    const relative = external_node_path_default().isAbsolute(line) ? external_node_path_default().relative(workspace, line) : line;
    // Checked before any walk: an absolute glob such as /etc/* would list (and an error would then name)
    // files far outside the workspace.
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        throw (0,errors/* invalidInput */.aY)(input, line, 'a path or glob relative to the workspace (an absolute one must lie inside it)');
    const { base } = picomatch_default().scan(relative);
    const isMatch = picomatch_default()(relative, { dot: false });
    // The walk's start may not be a symlink out of the workspace either.
    const start = await resolveInside(workspace, base || '.', input);
    let entries;
    try {
        entries = await (0,promises_.readdir)(start, { recursive: true, withFileTypes: true });
    }
    catch {
        entries = [];
    }
    const matches = entries
        .filter((e) => !e.isDirectory())
        .map((e) => external_node_path_default().relative(workspace, external_node_path_default().join(e.parentPath, e.name)))
        .filter((rel) => isMatch(rel.split((external_node_path_default()).sep).join('/')))
        .sort();
    if (matches.length === 0)
        throw new errors/* UserError */.yo(`input '${input}' has pattern ${(0,errors/* showValue */.vp)(line)} that matches no file in ${workspace}`, {
            input,
            value: line,
            valid: 'a path or glob matching built files',
        });
    return matches;
}
/** Resolve inside the workspace (symlinks may not leave it) and require a non-empty regular file. */
async function checkedFile(workspace, given, input) {
    rejectDotDot(input, given);
    const absolute = await resolveInside(workspace, given, input);
    let info;
    try {
        await (0,promises_.lstat)(absolute);
        info = await (0,promises_.stat)(absolute);
    }
    catch {
        throw new errors/* UserError */.yo(`input '${input}' names ${(0,errors/* showValue */.vp)(given)}, which does not exist in ${workspace}`, {
            input,
            value: given,
            valid: 'an existing file',
        });
    }
    if (!info.isFile())
        throw new errors/* UserError */.yo(`input '${input}' names ${(0,errors/* showValue */.vp)(given)}, which is not a regular file`, {
            input,
            value: given,
            valid: 'a regular file',
        });
    if (info.size === 0)
        throw new errors/* UserError */.yo(`input '${input}' names ${(0,errors/* showValue */.vp)(given)}, which is empty (a failed build?)`, {
            input,
            value: given,
            valid: 'a non-empty file',
        });
    return absolute;
}
function addUnique(found, binary, input) {
    const key = platformKey(binary);
    const other = found.get(key);
    if (other) {
        throw new errors/* UserError */.yo(`input '${input}' has two binaries for ${key}: ${(0,errors/* showValue */.vp)(other.given)} and ${(0,errors/* showValue */.vp)(binary.given)}; expected one per platform`, {
            input,
            value: binary.given,
            valid: 'one binary per os/arch',
        });
    }
    found.set(key, binary);
}
function sortBinaries(binaries) {
    return [...binaries].sort((a, b) => (platformKey(a) < platformKey(b) ? -1 : platformKey(a) > platformKey(b) ? 1 : 0));
}
/** `files`: paths or globs whose base names follow the naming rule (see platformFromFileName). */
async function binariesFromFiles(workspace, lines, input = 'files') {
    const found = new Map();
    for (const line of lines) {
        for (const given of await expand(workspace, line, input)) {
            const platform = platformFromFileName(external_node_path_default().basename(given));
            if (!platform)
                throw (0,errors/* invalidInput */.aY)(input, given, namingRuleHint(external_node_path_default().basename(given)));
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
            throw (0,errors/* invalidInput */.aY)(input, line, 'lines of os/arch=path, e.g. linux/amd64=dist/krt-linux-amd64');
        const platform = parsePlatform(line.slice(0, eq), input);
        const given = line.slice(eq + 1).trim();
        if (given === '')
            throw (0,errors/* invalidInput */.aY)(input, line, 'a path after the =');
        addUnique(found, { ...platform, given, path: await checkedFile(workspace, given, input) }, input);
    }
    return sortBinaries(found.values());
}
/** `extra-files`: paths or globs; each lands at the archive root under its base name. */
async function extraFilesFrom(workspace, lines, reserved, input = 'extra-files', binaries = []) {
    const byName = new Map();
    const binaryFiles = new Set(await Promise.all(binaries.map((file) => (0,promises_.realpath)(file))));
    for (const line of lines) {
        const isGlob = GLOB_CHARS.test(line);
        for (const given of await expand(workspace, line, input)) {
            const file = await checkedFile(workspace, given, input);
            if (binaryFiles.has(await (0,promises_.realpath)(file))) {
                // `dist/*` also matches the binaries themselves: they are archived once, as the binary.
                if (isGlob)
                    continue;
                throw (0,errors/* invalidInput */.aY)(input, given, 'a file other than the binaries (each is archived as the binary itself)');
            }
            const name = external_node_path_default().basename(given);
            if (!isSafeName(name))
                throw (0,errors/* invalidInput */.aY)(input, given, 'a file whose name has no separators or ..');
            if (reserved.includes(name))
                throw (0,errors/* invalidInput */.aY)(input, given, `a file not named like the binary (${reserved.join(', ')})`);
            if (byName.has(name))
                throw new errors/* UserError */.yo(`input '${input}' has two files named ${(0,errors/* showValue */.vp)(name)}; every extra file lands at the archive root, so names must differ`, { input, value: given });
            byName.set(name, { path: file, name });
        }
    }
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./packages/release-kit/src/artifacts/hasher.ts
// SHA-256 of byte streams computed on a worker thread, so hashing never competes with the main thread;
// and of one file on disk, for checking files already there.




/** The hex SHA-256 of a file's bytes, read as a stream. */
async function sha256OfFile(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
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
    return (await sha256OfFile(file)) === sha256;
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

;// CONCATENATED MODULE: ./packages/release-kit/src/artifacts/checksums.ts
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
        throw new errors/* UserError */.yo(`${entries.length} archives exceed the ${MAX_ATTESTATION_SUBJECTS} subjects actions/attest-build-provenance accepts in one attestation; split the platforms across several runs`, { value: entries.length, valid: `at most ${MAX_ATTESTATION_SUBJECTS} archives` });
    }
    return formatChecksums(entries);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/concurrency.ts
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

;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/regexp.ts
// Regular expressions built from literal text.
/** `text` as a regular expression that matches exactly it (`/` is left as is: it is not special in `new RegExp`). */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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
/** The first executable `name` (`name.exe` on Windows) in the directories of `pathEnv`, or undefined. */
async function findExecutable(name, pathEnv) {
    const file = process.platform === 'win32' ? `${name}.exe` : name;
    for (const dir of pathEnv.split(path.delimiter).filter(Boolean)) {
        const candidate = path.join(dir, file);
        try {
            await access(candidate, constants.X_OK);
            if ((await stat(candidate)).isFile())
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
    const result = await (0,exec/* getExecOutput */.H)(command, [...args], {
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

;// CONCATENATED MODULE: ./packages/release-kit/src/git/git.ts
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

;// CONCATENATED MODULE: ./packages/release-kit/src/git/source-date.ts
// The one timestamp reproducible archives (CLI archives, Helm charts) stamp on every entry.


/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else the committer time `rule` picks in
 * `dir`, so every rerun produces the same bytes, on any machine.
 */
async function reproducibleTime(dir, sourceDateEpoch, rule = 'head') {
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
    const git = new Git(dir);
    const directoryTime = rule === 'directory' ? await git.commitTime('HEAD', '.').catch(() => Number.NaN) : Number.NaN;
    const seconds = Number.isFinite(directoryTime) ? directoryTime : await git.commitTime('HEAD').catch(() => Number.NaN);
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
    const rendered = template.replace(/\{(name|tag|version|os|arch)\}/g, (_m, key) => key === 'version' ? version : values[key]);
    if (!isSafeName(rendered))
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
        ? escapeRegExp(values.name)
        : part === '{tag}'
            ? escapeRegExp(values.tag)
            : part === '{version}'
                ? escapeRegExp(version)
                : part === '{os}'
                    ? `(?:${VALID_OS.join('|')})`
                    : part === '{arch}'
                        ? `(?:${VALID_ARCH.join('|')})`
                        : escapeRegExp(part))
        .join('');
    const pattern = new RegExp(`^${source}\\.(?:${ARCHIVE_FORMATS.map(escapeRegExp).join('|')})$`);
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
    if (!isSafeName(name) || !/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name))
        throw (0,errors/* invalidInput */.aY)('name', name, 'a CLI name of letters, digits, ., _, + and - (no separators or ..)');
    if (!isSafeName(tag))
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
        const format = formatFor(options.formats, binary.os);
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
            throw (0,errors/* invalidInput */.aY)('name-template', template, `a template giving each platform its own name (${other} and ${platformKey(plan.binary)} both give ${plan.fileName})`);
        seen.set(plan.fileName, platformKey(plan.binary));
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
    const hasher = new ThreadHasher();
    try {
        const archives = await mapLimit(plans, options.concurrency ?? plans.length, async (plan) => {
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
        const text = subjectChecksums(archives);
        const checksumsFile = external_node_path_default().join(options.outputDir, checksumsName);
        const checksumsWritten = (await (0,promises_.readFile)(checksumsFile, 'utf8').catch(() => undefined)) !== text;
        if (checksumsWritten)
            await writeFileAtomic(checksumsFile, text, 0o644);
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
            found.set(external_node_path_default().relative(dir, file).split((external_node_path_default()).sep).join('/'), await sha256OfFile(file));
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

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 1 modules
var dist_src = __webpack_require__(11303);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/log.ts
// A small logging seam so library code can warn and annotate without importing @actions/core.

/**
 * Run one step of an operation with its log lines in a group titled `title`, as the toolkit's
 * core.group does, so a step summary's reader can fold each step away. The group closes on failure too.
 */
async function inGroup(log, title, step) {
    log.startGroup?.(title);
    try {
        return await step();
    }
    finally {
        log.endGroup?.();
    }
}
/**
 * A terminal logger. `print` takes the progress lines (info, debug, group titles); warnings and
 * errors go to `problems` (stderr). The CLI passes stderr as `print` under --json, so stdout holds
 * only the one JSON object.
 */
function terminalLogger(sinks = { print: (line) => console.log(line), problems: (line) => console.error(line) }) {
    return {
        info: (m) => sinks.print(m),
        debug: (m) => {
            if (sinks.debug)
                sinks.print(`debug: ${m}`);
        },
        warning: (m, l) => sinks.problems(`warning: ${(0,errors/* locatedMessage */.mI)(m, l)}`),
        error: (m, l) => sinks.problems(`error: ${(0,errors/* locatedMessage */.mI)(m, l)}`),
        startGroup: (title) => sinks.print(`▸ ${title}`),
    };
}
/** Logger for library callers that pass nothing. */
const consoleLogger = terminalLogger();
/** A logger that swallows everything, for tests and quiet helpers. */
const silentLogger = { info() { }, debug() { }, warning() { }, error() { } };
/** A logger that keeps its lines until `replay`: for work that runs concurrently but reports in order. */
function bufferedLogger() {
    const lines = [];
    const keep = (level) => (message, location) => lines.push([level, message, location]);
    return {
        log: { info: keep('info'), debug: keep('debug'), warning: keep('warning'), error: keep('error') },
        replay(target) {
            for (const [level, message, location] of lines) {
                if (level === 'warning' || level === 'error')
                    target[level](message, location);
                else if (level === 'info' || level === 'debug')
                    target[level](message);
            }
        },
    };
}

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(28135);
;// CONCATENATED MODULE: ./packages/release-kit/src/github/errors.ts
// GitHub's refusals as the user can act on them: the permission the job lacks, the token, the rate limit, the immutable release.
// Every GitHub request (octokit's through the client's error hook, and the raw upload/download fetches)
// fails through `gitHubFailure`, so a missing `contents: write` reads as that, not as a bug with a stack.

/** A refusal from GitHub the user can fix. Keeps `status` and `response` (data, headers) as octokit's errors do, for callers that branch on them. */
class GitHubRequestError extends errors/* UserError */.yo {
    status;
    response;
    /** GitHub's own message, for callers that word the error themselves. */
    gitHubMessage;
    constructor(message, status, data, headers, gitHubMessage) {
        super(message);
        this.name = 'GitHubRequestError';
        this.status = status;
        this.response = { data, headers };
        this.gitHubMessage = gitHubMessage;
    }
}
/**
 * The UserError for a request GitHub refused in a way the user must fix, or undefined for an answer
 * the caller interprets itself (404 "no such release", 422 "already exists"…) or a fault that stays a bug.
 */
function gitHubFailure(failure) {
    const { status } = failure;
    const what = `${failure.method.toUpperCase()} ${pathOf(failure.url)}`;
    const said = failure.message ? `: ${failure.message.replace(/\s+-\s+https?:\S+$/, '')}` : '';
    const header = (name) => headerOf(failure.headers, name);
    const refuse = (message) => new GitHubRequestError(message, status, failure.data ?? { message: failure.message }, headerRecord(failure.headers), failure.message);
    const rateLimited = header('x-ratelimit-remaining') === '0' ||
        header('retry-after') !== undefined ||
        /rate limit/i.test(failure.message ?? '');
    if ((status === 403 || status === 429) && rateLimited) {
        const reset = Number(header('x-ratelimit-reset'));
        const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
        return refuse(`GitHub rate limit reached for ${what} (HTTP ${status}${said})${when}: rerun the job later, or give it a token with its own limit`);
    }
    if (status === 401) {
        return refuse(`GitHub rejected the token for ${what} (HTTP 401${said}): pass a valid token (the action's 'token' input, or GITHUB_TOKEN for the CLI)`);
    }
    if (status === 403) {
        const permission = permissionFor(failure.method, failure.url);
        return refuse(`GitHub denied ${what} (HTTP 403${said}): the job's token needs '${permission}' (set it under the job's permissions:)`);
    }
    if (status === 422 && /immutable release/i.test(`${failure.message ?? ''} ${JSON.stringify(failure.data ?? '')}`)) {
        return refuse(`GitHub refused ${what} (HTTP 422${said}): the release is published and immutable, so its tag and assets can no longer change; cut a new patch release that supersedes it`);
    }
    return undefined;
}
/** GitHub answered a 5xx on every try (status and response kept), or could not be reached at all (status 0). */
class GitHubUnavailableError extends GitHubRequestError {
    tries;
    constructor(message, outage) {
        super(message, outage.status ?? 0, outage.data, headerRecord(outage.headers));
        this.name = 'GitHubUnavailableError';
        this.tries = outage.tries;
    }
}
/** What to do when GitHub kept answering 5xx. */
const GITHUB_TROUBLE = 'GitHub is having trouble (https://www.githubstatus.com); rerun the job later';
/** What to do when GitHub could not be reached at all. */
const GITHUB_UNREACHABLE = 'check the API URL (GITHUB_API_URL, --api-url) and the network, then rerun';
/**
 * The error for a request that failed on every try for a reason outside the release: GitHub's 5xx, or
 * GitHub out of reach. Says what failed, after how many tries, and that a rerun is safe. Every GitHub
 * request says it this way: octokit's (the client's error hook) and the raw upload and download fetches.
 */
function gitHubUnavailable(outage) {
    const what = `${outage.method.toUpperCase()} ${pathOf(outage.url)}`;
    const message = outage.status === undefined
        ? (0,errors/* gaveUpMessage */.Sw)({
            failed: `could not reach GitHub at ${originOf(outage.url)} for ${what}`,
            reason: outage.reason,
            tries: outage.tries,
            fix: GITHUB_UNREACHABLE,
        })
        : (0,errors/* gaveUpMessage */.Sw)({
            failed: `GitHub kept failing ${what}`,
            reason: outage.reason,
            tries: outage.tries,
            fix: GITHUB_TROUBLE,
        });
    return new GitHubUnavailableError(message, outage);
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return url;
    }
}
/** The `permissions:` entry a job needs for this request (GitHub's permission for the endpoint). */
function permissionFor(method, url) {
    const write = !/^(GET|HEAD)$/i.test(method);
    const path = pathOf(url);
    if (/\/attestations\b/.test(path))
        return write ? 'attestations: write' : 'attestations: read';
    if (/\/packages\b/.test(path))
        return write ? 'packages: write' : 'packages: read';
    if (/\/(pulls|issues)\b/.test(path))
        return write ? 'pull-requests: write' : 'pull-requests: read';
    // Releases, assets, git refs and contents all sit under the contents permission.
    return write ? 'contents: write' : 'contents: read';
}
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url.replace(/\?.*$/, '');
    }
}
function headerRecord(headers) {
    if (!headers)
        return {};
    if (typeof headers.get === 'function')
        return Object.fromEntries(headers.entries());
    return Object.fromEntries(Object.entries(headers)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]));
}
function headerOf(headers, name) {
    if (!headers)
        return undefined;
    if (typeof headers.get === 'function')
        return headers.get(name) ?? undefined;
    const value = headers[name];
    return value === undefined ? undefined : String(value);
}

// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./packages/release-kit/src/github/client.ts
// The one way to talk to GitHub's REST API: octokit with retries and rate-limit handling wired in.







const RetryingOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/**
 * Build a client whose requests survive transient failures:
 * - plugin-retry retries 5xx, 429 and network errors (not 4xx user errors);
 * - plugin-throttling waits out primary (x-ratelimit-remaining: 0) and secondary (403/429 with
 *   retry-after) rate limits, but only because the callbacks below return true.
 * `retryBaseMs` scales the back-off (octokit's default base is 1000 ms); tests lower it.
 */
function createGitHubClient(options = {}) {
    const log = options.log ?? consoleLogger;
    const retries = options.retries ?? 4;
    const baseMs = options.retryBaseMs ?? retry/* DEFAULT_RETRY_BASE_MS */.Qg;
    const keepTrying = (kind) => (retryAfter, request, _o, count) => {
        if (count >= retries) {
            log.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${count} retries`);
            return false;
        }
        log.info(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
        return true;
    };
    const client = new RetryingOctokit({
        auth: options.token,
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/$/, ''),
        userAgent: 'release-kit',
        log: { debug: () => { }, info: () => { }, warn: (m) => log.debug(m), error: (m) => log.debug(m) },
        // Not `request: { retries }`: plugin-retry's limiter would then resend every failed request,
        // 404s and 422s included, and swallow rate limits before plugin-throttling could honour them.
        // 429 is left to plugin-throttling too, which reads retry-after / x-ratelimit-reset.
        retry: { retries, retryAfterBaseValue: baseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            onRateLimit: keepTrying('primary'),
            onSecondaryRateLimit: keepTrying('secondary'),
            retryAfterBaseValue: baseMs,
            ...(baseMs < retry/* DEFAULT_RETRY_BASE_MS */.Qg ? { write: scaledWriteGroup(baseMs) } : {}),
        },
    });
    // Registered after the plugins, so it sees the error their retries gave up on: the one boundary
    // where GitHub's refusals become UserErrors that name the fix. Answers callers branch on (404, a
    // 422 "already exists") pass through untouched.
    client.hook.error('request', (error, options) => {
        const e = error;
        // The URL as sent (options.url is still the path template, {owner} and all).
        const url = e.response?.url ?? e.request?.url ?? absoluteUrl(options);
        // plugin-retry counts the failures of this request in options.request.retryCount.
        const tries = Math.max(1, options.request?.retryCount ?? 1);
        if (typeof e.status === 'number' && !e.response) {
            // octokit reports a request that got no answer (refused, unresolvable, reset) as a status-500
            // error without a response; the network failure is its cause.
            throw gitHubUnavailable({ method: options.method, url, tries, reason: networkReason(e) });
        }
        if (typeof e.status === 'number' && e.status >= 500) {
            const said = e.message ? `: ${e.message.replace(/\s+-\s+https?:\S+$/, '')}` : '';
            throw gitHubUnavailable({
                method: options.method,
                url,
                tries,
                status: e.status,
                reason: `HTTP ${e.status}${said}`,
                data: e.response?.data,
                headers: e.response?.headers,
            });
        }
        const translated = typeof e.status === 'number'
            ? gitHubFailure({
                status: e.status,
                method: options.method,
                url,
                // octokit's own message: GitHub's, plus the details of a 422's errors[], less the docs link.
                message: e.message ?? e.response?.data?.message,
                headers: e.response?.headers,
                data: e.response?.data,
            })
            : undefined;
        throw translated ?? error;
    });
    return client;
}
/** The request's URL with its base, as octokit sends it (`options.url` is the path template filled in). */
function absoluteUrl(options) {
    return /^https?:/.test(options.url) ? options.url : `${options.baseUrl ?? ''}${options.url}`;
}
/** The socket-level code of a request that got no answer (ECONNREFUSED, ENOTFOUND…), else fetch's message. */
function networkReason(error) {
    for (let cause = error.cause, depth = 0; cause && depth < 4; depth++) {
        const code = cause.code;
        if (typeof code === 'string' && /^E[A-Z]+$|^UND_ERR/.test(code))
            return code;
        cause = cause.cause;
    }
    return error.message ?? 'no answer';
}
// plugin-throttling spaces writes (POST, PATCH, PUT, DELETE) one second apart, as GitHub asks. With a
// lowered back-off base (a test's stand-in), that spacing scales like every other wait: a group of the
// same shape, shared by every client with this base. At the default base the plugin's own group is used.
const writeGroups = new Map();
function scaledWriteGroup(baseMs) {
    const group = writeGroups.get(baseMs) ??
        new (light_default()).Group({ id: `release-kit-write-${baseMs}`, maxConcurrent: 1, minTime: baseMs });
    writeGroups.set(baseMs, group);
    return group;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/semver.ts
var versions_semver = __webpack_require__(6358);
;// CONCATENATED MODULE: ./packages/release-kit/src/releases/release.ts
// GitHub releases for one tag: find (drafts included), create a single draft even under races, publish.



/**
 * Every release whose tag_name is `tag`, lowest id first.
 * `GET /releases/tags/{tag}` returns published releases only (a draft is a 404), so list them all;
 * drafts are listed for tokens with push access.
 */
async function listReleasesForTag(client, ref) {
    const all = (await client.paginate(client.rest.repos.listReleases, {
        owner: ref.owner,
        repo: ref.repo,
        per_page: 100,
    }));
    return all.filter((release) => release.tag_name === ref.tag).sort((a, b) => a.id - b.id);
}
/**
 * The one release that stands for a tag: the published one if any (GitHub allows at most one
 * published release per tag), else the draft with the lowest id. Every job applying this rule to
 * the same listing picks the same release, which is what lets concurrent jobs converge.
 */
function canonicalRelease(releases) {
    const published = releases.find((release) => !release.draft);
    if (published)
        return published;
    return [...releases].sort((a, b) => a.id - b.id)[0];
}
/** The published release or the draft for `tag`, or undefined when there is none. */
async function findReleaseForTag(client, ref) {
    return canonicalRelease(await listReleasesForTag(client, ref));
}
/**
 * Return the release for `tag`, creating it as a draft when there is none, and never leave two.
 *
 * Why this converges: GitHub has no "create if absent" for releases and happily stores several
 * drafts with the same tag_name, so N jobs that each list, see nothing and create would leave N
 * drafts. Instead every job, after creating, lists again and applies one deterministic rule
 * (`canonicalRelease`: the published release, else the lowest id). Release ids grow with creation
 * order, so by the time a job's own create has returned, every earlier draft already exists and is
 * listed; all jobs therefore agree on the winner, which nobody ever deletes. Each job then deletes
 * the other drafts it saw for the tag: its own when it lost (the rule of the design), and also
 * orphans, e.g. a draft GitHub created for a request whose response was lost and which the client
 * retried. A published release is never deleted. The losers adopt the winner and report `existing`.
 */
async function ensureDraftRelease(client, options) {
    const existing = await findReleaseForTag(client, options);
    if (existing)
        return { release: existing, state: 'existing' };
    const { data: created } = await client.rest.repos.createRelease({
        owner: options.owner,
        repo: options.repo,
        tag_name: options.tag,
        name: options.name ?? options.tag,
        body: options.body ?? '',
        draft: true,
        prerelease: options.prerelease ?? false,
        ...(options.targetCommitish ? { target_commitish: options.targetCommitish } : {}),
    });
    const afterCreate = await listReleasesForTag(client, options);
    // The listing may lag behind our own create; count it in so the rule sees it.
    const candidates = afterCreate.some((release) => release.id === created.id)
        ? afterCreate
        : [...afterCreate, created];
    const winner = canonicalRelease(candidates);
    // Drafts other than the winner: our own if we lost, other jobs' losing drafts (which they delete
    // themselves too; the second DELETE is a harmless 404), or the orphan of a create whose response
    // was lost and which the client retried. All must go, and none of them is published.
    const strays = candidates.filter((release) => release.draft && release.id !== winner.id);
    for (const stray of strays)
        await deleteDraft(client, options, stray.id);
    if (winner.id === created.id)
        return { release: created, state: 'created' };
    return { release: winner, state: 'existing' };
}
async function deleteDraft(client, ref, releaseId) {
    try {
        await client.rest.repos.deleteRelease({ owner: ref.owner, repo: ref.repo, release_id: releaseId });
    }
    catch (error) {
        // Already gone (its creator or another job deleted it first, or a retried DELETE): the goal is reached.
        if (error.status !== 404)
            throw error;
    }
}
/** Change a release's name, body or prerelease flag (also allowed on an immutable release). */
async function updateRelease(client, options) {
    const { data } = await client.rest.repos.updateRelease({
        owner: options.owner,
        repo: options.repo,
        release_id: options.releaseId,
        ...(options.name !== undefined ? { name: options.name } : {}),
        ...(options.body !== undefined ? { body: options.body } : {}),
        ...(options.prerelease !== undefined ? { prerelease: options.prerelease } : {}),
    });
    return data;
}
/**
 * Whether `version` may be marked latest: never a prerelease, never a version lower than the
 * highest stable version already published. Compared with SemVer, not by date, so a patch to an
 * older line (1.4.9 after 2.0.0) does not steal "latest". Drafts and prereleases are ignored.
 */
function shouldBeLatest(version, prerelease, published, selfId) {
    if (prerelease || semver.prerelease(version))
        return false;
    return isHighestRelease(version, published.filter((r) => !r.draft && !r.prerelease && r.id !== selfId).map((r) => r.tag_name));
}
/**
 * Publish a draft (`draft: false`) with make_latest computed by `shouldBeLatest` over the
 * repository's published releases. An already published release is left alone (`unchanged`).
 * On a repository with immutable releases this locks the tag and the assets, so it must be last.
 */
async function publishRelease(client, options) {
    const prerelease = options.prerelease ?? options.release.prerelease;
    if (!options.release.draft) {
        return { release: options.release, state: 'unchanged', latest: false };
    }
    let latest = options.makeLatest;
    if (latest === undefined) {
        const all = (await client.paginate(client.rest.repos.listReleases, {
            owner: options.owner,
            repo: options.repo,
            per_page: 100,
        }));
        latest = shouldBeLatest(options.version, prerelease, all, options.release.id);
    }
    try {
        const { data } = await client.rest.repos.updateRelease({
            owner: options.owner,
            repo: options.repo,
            release_id: options.release.id,
            draft: false,
            prerelease,
            make_latest: latest ? 'true' : 'false',
        });
        return { release: data, state: 'published', latest };
    }
    catch (error) {
        if (isImmutableReleaseError(error))
            throw immutableReleaseError(options.release.tag_name, error);
        throw error;
    }
}
/**
 * Whether an API error is GitHub refusing a change because a release is immutable: 422
 * "Cannot upload assets to an immutable release." or "tag_name was used by an immutable release".
 */
function isImmutableReleaseError(error) {
    const e = error;
    if (!e || e.status !== 422)
        return false;
    const text = `${e.message ?? ''} ${safeJson(e.response?.data)}`;
    return /immutable release/i.test(text);
}
function safeJson(value) {
    try {
        return JSON.stringify(value) ?? '';
    }
    catch {
        return '';
    }
}
/** One line: why the request cannot succeed and what to do instead. */
function immutableReleaseMessage(tag, detail) {
    const next = (0,versions_semver/* supersedingPatch */.KF)(tag);
    return (`release ${tag} is published and immutable${detail ? ` (${detail})` : ''}: ` +
        `its tag and assets can no longer change; cut a new patch release${next ? ` (${next})` : ''} that supersedes it`);
}
/** Markdown for the step summary: how to recover from a failed immutable release. */
function failedReleaseSteps(tag) {
    const next = (0,versions_semver/* supersedingPatch */.KF)(tag) ?? 'the next patch version';
    return [
        `### Release ${tag} failed after it was published`,
        '',
        `GitHub does not let an immutable release change its tag or assets, and the tag cannot be reused.`,
        'Do not delete or move the tag. Instead:',
        '',
        `1. Edit the notes of ${tag} (notes stay editable) to say it is superseded by ${next} and why: on ${next}'s tag push, release-notes-from-changelog with \`mode: supersede\` and \`supersedes: ${tag}\` adds that banner and keeps ${tag} from being latest.`,
        `2. Fix the cause, then add a \`## ${next.replace(/^v/, '')}\` entry to CHANGELOG.md noting that it supersedes ${tag}.`,
        `3. Tag ${next} and let the release workflow run: draft, upload every asset, then publish last.`,
        `4. If ${tag} was marked latest, ${next} takes that over when it is published.`,
        '',
    ].join('\n');
}
/** A UserError carrying the superseding-patch message and the recovery steps for the summary. */
function immutableReleaseError(tag, cause) {
    const said = cause;
    const detail = (said?.gitHubMessage ?? said?.message)?.replace(/\s+-\s+https?:\S+$/, '');
    const error = new errors/* UserError */.yo(immutableReleaseMessage(tag, detail), { value: tag, summary: failedReleaseSteps(tag) });
    return error;
}

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
        const translated = gitHubFailure({
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
            fix: `${GITHUB_TROUBLE}; it uploads only what is missing`,
        }));
    return new errors/* UserError */.yo((0,errors/* gaveUpMessage */.Sw)({
        failed: `could not reach GitHub for the ${what}`,
        reason: last.network,
        tries,
        fix: `${GITHUB_UNREACHABLE}; it uploads only what is missing`,
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
        if (isImmutableReleaseError(error))
            throw immutableReleaseError(ctx.options.release.tag_name, error);
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
    const bytes = Buffer.from(formatChecksums(entries));
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
        log: options.log ?? silentLogger,
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
                const theirs = parseChecksums((await text) ?? '');
                const want = new Map(parseChecksums(wanted.bytes.toString()).map((e) => [e.name, e.sha256]));
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
            throw immutableReleaseError(release.tag_name, { message: `would change ${what.join(', ')}` });
        }
        if (differing.length && !options.overwrite) {
            throw new errors/* UserError */.yo(`release ${release.tag_name} is published and already has different ${differing.join(', ')}; set overwrite: true to replace them, or cut a new release`, { input: 'overwrite', value: 'false', valid: 'true to replace assets of a published release' });
        }
    }
    const synced = await mapLimit(plans, options.concurrency ?? 20, async (plan) => {
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
    const client = createGitHubClient({
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
        const ensured = await ensureDraftRelease(client, ref);
        release = ensured.release;
        releaseState = ensured.state;
        if (ensured.state === 'created')
            log.info(`release ${settings.tag}: created a draft (id ${release.id})`);
    }
    else {
        release = await findReleaseForTag(client, ref);
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
            sha256: await sha256OfFile(packaged.checksumsFile),
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
    const formats = parseFormats(settings.formatLines);
    const workspace = runner.workspace;
    // A folder the user names is held to the workspace like every path input (absolute or via a symlink).
    const outputDir = settings.outputDirGiven
        ? await resolveInside(workspace, settings.outputDir, 'output-dir')
        : settings.outputDir;
    const binaries = settings.files.length
        ? await binariesFromFiles(workspace, settings.files)
        : await binariesFromLines(workspace, settings.binaries);
    const reserved = [...new Set(binaries.map((b) => binaryEntryName(settings.name, b.os)))];
    const extraFiles = await extraFilesFrom(workspace, settings.extraFiles, reserved, 'extra-files', binaries.map((b) => b.path));
    // HEAD's time, not a directory's: binaries are built from the whole tree, so any commit may change them.
    const mtime = await reproducibleTime(workspace, runner.sourceDateEpoch, 'head');
    const packaged = await inGroup(log, `Archive ${binaries.length} binaries of ${settings.name} ${settings.tag}`, async () => {
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
        artifactPlan = await inGroup(log, `Compare with the run's workflow artifact ${name}`, () => planWorkflowArtifact({
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
        const { release, synced } = await inGroup(log, `Upload to release ${settings.tag} of ${settings.owner}/${settings.repo}`, () => uploadToRelease(settings, packaged, runner, log));
        releaseUrl = release.html_url;
        for (const s of synced)
            states.set(s.name, { state: s.state, url: s.url });
        checksumsState = states.get(packaged.checksumsName)?.state ?? 'unchanged';
    }
    let artifact;
    if (artifactPlan && artifactFiles) {
        const plan = artifactPlan;
        await inGroup(log, `Upload the workflow artifact ${plan.name}`, () => applyWorkflowArtifact(plan, artifactFiles.files, {
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


/***/ })

};

//# sourceMappingURL=359.index.js.map