export const id = 689;
export const ids = [689];
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
        const result = await (0,_plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)('git', args, { cwd: this.cwd, env });
        return result.stdout.replace(/\n$/, '');
    }
    /** Run git and return null instead of throwing when it exits non-zero. */
    async tryExec(args) {
        try {
            return await this.exec(args);
        }
        catch (error) {
            if (error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .c)
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
            if (!(error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .c))
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
        const out = await this.exec(['diff', '--name-only', `${base}...${head}`]);
        return out === '' ? [] : out.split('\n');
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

/***/ 50689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uploadCliArtifacts: () => (/* binding */ uploadCliArtifacts)
});

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 315 modules
var artifact = __webpack_require__(87964);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
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
    const { base } = picomatch_default().scan(relative);
    const isMatch = picomatch_default()(relative, { dot: false });
    const start = external_node_path_default().join(workspace, base);
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
    const absolute = await (0,fs/* resolveInside */.LI)(workspace, given, input);
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
async function extraFilesFrom(workspace, lines, reserved, input = 'extra-files') {
    const byName = new Map();
    for (const line of lines) {
        for (const given of await expand(workspace, line, input)) {
            const file = await checkedFile(workspace, given, input);
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
    const byAbsolute = new Map(entries.map((e) => [e.source, e]));
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
        throw new errors/* UserError */.yo(`${entries.length} archives exceed the ${MAX_ATTESTATION_SUBJECTS} subjects actions/attest-build-provenance accepts in one attestation; split the platforms across several runs`, { value: entries.length, valid: `at most ${MAX_ATTESTATION_SUBJECTS} archives` });
    }
    return formatChecksums(entries);
}

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
    if (!isSafeName(rendered))
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
            };
        });
        archives.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const text = subjectChecksums(archives);
        const checksumsFile = external_node_path_default().join(options.outputDir, checksumsName);
        await (0,fs/* writeFileAtomic */.Zf)(checksumsFile, text, 0o644);
        return { archives, checksumsName, checksumsFile, subjectChecksumsFile: checksumsFile };
    }
    finally {
        await hasher.close();
    }
}

// EXTERNAL MODULE: ./packages/release-kit/src/github/client.ts
var github_client = __webpack_require__(91899);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var plumbing_log = __webpack_require__(49983);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./packages/release-kit/src/github/errors.ts
var github_errors = __webpack_require__(93539);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(28135);
// EXTERNAL MODULE: ./packages/release-kit/src/releases/release.ts
var releases_release = __webpack_require__(62526);
;// CONCATENATED MODULE: ./packages/release-kit/src/releases/assets.ts
// Idempotent release-asset uploads: skip identical, replace on drafts, stream from disk, survive faults.













/** List the release's assets (all pages). */
async function listAssets(client, owner, repo, releaseId) {
    return (await client.paginate(client.rest.repos.listReleaseAssets, {
        owner,
        repo,
        release_id: releaseId,
        per_page: 100,
    }));
}
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
/** GET an asset's bytes (following the redirect to storage); undefined when it vanished meanwhile. */
async function download(ctx, asset) {
    const response = await withRetries(ctx, `download ${asset.name}`, () => fetch(asset.url, {
        headers: { ...authHeaders(ctx.options.token), accept: 'application/octet-stream', 'user-agent': 'release-kit' },
        redirect: 'follow',
    }));
    return response.status === 404 ? undefined : response;
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
/** An asset's text, or undefined when another job deleted it between listing and download. */
async function downloadedText(ctx, asset) {
    return (await download(ctx, asset))?.text();
}
/** Same size and SHA-256: by the asset's `digest` when GitHub has one, else by downloading it. */
async function sameContent(ctx, asset, local) {
    if (asset.state !== 'uploaded' || asset.size !== local.size)
        return false;
    if (asset.digest)
        return asset.digest.toLowerCase() === `sha256:${local.sha256}`;
    return (await downloadedSha256(ctx, asset)) === local.sha256;
}
/** Run a GET-like request until it answers 2xx, retrying 5xx, rate limits and resets. */
async function withRetries(ctx, what, send) {
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await send();
        }
        catch (error) {
            if (attempt >= ctx.attempts || !(0,retry/* isTransientNetworkError */.l)(error))
                throw error;
            ctx.log.info(`${what}: ${(0,retry/* describeNetworkError */.gl)(error)}; retrying`);
            await (0,retry/* sleep */.yy)((0,retry/* backoffMs */.jo)(attempt - 1, ctx.baseMs));
            continue;
        }
        if (response.ok || response.status === 404)
            return response;
        const body = await response.text();
        const delay = (0,retry/* retryDelayFor */.TI)(response, attempt - 1, ctx.baseMs, body);
        if (delay === undefined || attempt >= ctx.attempts) {
            throw ((0,github_errors/* gitHubFailure */.o7)({
                status: response.status,
                method: 'GET',
                url: response.url,
                message: messageOf(body),
                headers: response.headers,
            }) ?? new Error(`${what} failed: HTTP ${response.status} ${body.slice(0, 300)}`));
        }
        ctx.log.info(`${what}: HTTP ${response.status}; retrying in ${delay} ms`);
        await (0,retry/* sleep */.yy)(delay);
    }
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
 * One POST of the file to the uploads host. The body streams from disk with an explicit
 * Content-Length (fetch with `duplex: 'half'`), so memory stays flat whatever the file size.
 * octokit is not used here: its retry and throttling plugins would resend an already consumed
 * stream; retries are done by the caller with a fresh stream per attempt.
 */
async function postAsset(ctx, local, attempt) {
    const base = ctx.options.release.upload_url.replace(/\{[^}]*\}$/, '');
    const url = `${base}?name=${encodeURIComponent(local.name)}`;
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
            body: external_node_stream_.Readable.toWeb((0,external_node_fs_.createReadStream)(local.path)),
            duplex: 'half',
        });
    }
    catch (error) {
        if (!(0,retry/* isTransientNetworkError */.l)(error))
            throw error;
        return { kind: 'retry', delay: (0,retry/* backoffMs */.jo)(attempt - 1, ctx.baseMs), reason: (0,retry/* describeNetworkError */.gl)(error) };
    }
    const text = await response.text();
    if (response.status === 201 || response.status === 200)
        return { kind: 'created', asset: JSON.parse(text) };
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
        throw new Error(`upload of ${local.name} refused: HTTP 422 ${text.slice(0, 300)}`);
    }
    const delay = (0,retry/* retryDelayFor */.TI)(response, attempt - 1, ctx.baseMs, text);
    if (delay !== undefined)
        return { kind: 'retry', delay, reason: `HTTP ${response.status}` };
    throw ((0,github_errors/* gitHubFailure */.o7)({
        status: response.status,
        method: 'POST',
        url,
        message: messageOf(text),
        headers: response.headers,
    }) ?? new Error(`upload of ${local.name} failed: HTTP ${response.status} ${text.slice(0, 300)}`));
}
/**
 * Make the release hold `local` exactly once. After any failure or race the asset list is read
 * again: a complete asset with our bytes means done (a lost response, or a concurrent job that
 * uploaded the same file); a `starter` or truncated leftover is deleted before the next attempt.
 */
async function uploadExactlyOnce(ctx, local, replacing) {
    const { owner, repo, release } = ctx.options;
    for (let attempt = 1; attempt <= ctx.attempts; attempt++) {
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
            ctx.log.info(`upload ${local.name}: ${outcome.reason}; retrying in ${outcome.delay} ms (attempt ${attempt}/${ctx.attempts})`);
            await (0,retry/* sleep */.yy)(outcome.delay);
        }
        const present = (await listAssets(ctx.client, owner, repo, release.id)).find((a) => a.name === local.name);
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
        ctx.log.info(`upload ${local.name}: deleting the ${present.state === 'uploaded' ? 'different' : present.state} asset left on the release before retrying`);
        await deleteAsset(ctx, present);
    }
    throw new Error(`upload of ${local.name} to release ${release.tag_name} failed after ${ctx.attempts} attempts`);
}
/**
 * The checksums file is shared by every matrix job of a release: read the release's copy, add our
 * lines, and swap it in (delete by id, then upload). A job only ever deletes the version it read,
 * and from then on carries that version's lines into everything it uploads, even when another job
 * slips its own version in before ours lands; so no job's lines are lost. A 422 already_exists or
 * a vanished id means another job swapped first, and the loop starts again from its version.
 */
async function syncChecksums(ctx, name, ours) {
    const { owner, repo, release } = ctx.options;
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'rk-checksums-'));
    /** Lines of versions this job deleted: they exist nowhere else until our upload lands. */
    let carried = [];
    try {
        for (let round = 1; round <= ctx.attempts * 2; round++) {
            const present = (await listAssets(ctx.client, owner, repo, release.id)).find((a) => a.name === name);
            const text = present && present.state === 'uploaded' ? await downloadedText(ctx, present) : '';
            if (text === undefined)
                continue; // swapped out by another job since the listing: read again
            const theirs = parseChecksums(text);
            const merged = formatChecksums(mergeChecksums(mergeChecksums(carried, theirs), ours));
            const sha256 = (0,external_node_crypto_.createHash)('sha256').update(merged).digest('hex');
            const size = Buffer.byteLength(merged);
            if (present && (await sameContent(ctx, present, { size, sha256 }))) {
                return { name, state: 'unchanged', url: present.browser_download_url, id: present.id };
            }
            if (present && (await deleteAsset(ctx, present)))
                carried = mergeChecksums(carried, theirs);
            const file = external_node_path_default().join(dir, `${(0,external_node_crypto_.randomBytes)(6).toString('hex')}-${name}`);
            await (0,promises_.writeFile)(file, merged);
            const local = { name, path: file, size, sha256, contentType: 'text/plain' };
            for (let attempt = 1; attempt <= ctx.attempts; attempt++) {
                const outcome = await postAsset(ctx, local, attempt);
                if (outcome.kind === 'created')
                    return {
                        name,
                        state: present ? 'replaced' : 'uploaded',
                        url: outcome.asset.browser_download_url,
                        id: outcome.asset.id,
                    };
                if (outcome.kind === 'exists')
                    break; // another job swapped in its version first: merge again
                ctx.log.info(`upload ${name}: ${outcome.reason}; retrying in ${outcome.delay} ms`);
                await (0,retry/* sleep */.yy)(outcome.delay);
                const now = (await listAssets(ctx.client, owner, repo, release.id)).find((a) => a.name === name);
                if (!now)
                    continue;
                if (now.state === 'uploaded' && (await sameContent(ctx, now, local)))
                    return { name, state: present ? 'replaced' : 'uploaded', url: now.browser_download_url, id: now.id };
                if (now.state !== 'uploaded')
                    await deleteAsset(ctx, now);
                break; // a complete, different version: someone else's; merge again
            }
            await (0,retry/* sleep */.yy)(Math.floor(Math.random() * ctx.baseMs));
        }
        throw new Error(`could not update ${name} on release ${release.tag_name}: too many concurrent changes`);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Bring the release's assets in line with `assets` (and merge the checksums file), uploading only
 * what differs. Every check that can refuse (published or immutable release, differing asset
 * without `overwrite`) runs before the first change, so a refused run changes nothing.
 * Returns one entry per local asset, then the checksums file.
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
    const existing = new Map((await listAssets(client, options.owner, options.repo, release.id)).map((a) => [a.name, a]));
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
    let checksumsChange = 'none';
    if (options.checksums) {
        const present = existing.get(options.checksums.name);
        const theirs = present && present.state === 'uploaded' ? parseChecksums((await downloadedText(ctx, present)) ?? '') : [];
        const byName = new Map(theirs.map((e) => [e.name, e.sha256]));
        if (options.checksums.entries.some((e) => byName.has(e.name) && byName.get(e.name) !== e.sha256))
            checksumsChange = 'change';
        else if (!present || options.checksums.entries.some((e) => !byName.has(e.name)))
            checksumsChange = 'add';
    }
    if (!release.draft) {
        const differing = plans.filter((p) => p.action === 'replace').map((p) => p.local.name);
        if (checksumsChange === 'change')
            differing.push(options.checksums.name);
        const anyChange = plans.some((p) => p.action !== 'skip') || checksumsChange !== 'none';
        if (release.immutable && anyChange) {
            const what = [
                ...plans.filter((p) => p.action !== 'skip').map((p) => p.local.name),
                ...(checksumsChange !== 'none' ? [options.checksums.name] : []),
            ];
            throw (0,releases_release/* immutableReleaseError */.m$)(release.tag_name, { message: `would change ${what.join(', ')}` });
        }
        if (differing.length && !options.overwrite) {
            throw new errors/* UserError */.yo(`release ${release.tag_name} is published and already has different ${differing.join(', ')}; set overwrite: true to replace them, or cut a new release`, { input: 'overwrite', value: 'false', valid: 'true to replace assets of a published release' });
        }
    }
    const synced = await mapLimit(plans, options.concurrency ?? 4, async (plan) => {
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
    // Last, so the release's checksums file never lists an archive that is not there yet.
    if (options.checksums)
        synced.push(await syncChecksums(ctx, options.checksums.name, options.checksums.entries));
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
    let release = await (0,releases_release/* findReleaseForTag */.kq)(client, ref);
    let releaseState = 'existing';
    if (!release) {
        if (!settings.createRelease) {
            throw new errors/* UserError */.yo(`no release for tag ${settings.tag} in ${settings.owner}/${settings.repo} (drafts included) and create-release is false; create the release first (e.g. with release-notes-from-changelog) or set create-release: true`, { input: 'create-release', value: 'false', valid: 'true, or an existing release for the tag' });
        }
        const ensured = await (0,releases_release/* ensureDraftRelease */.vw)(client, ref);
        release = ensured.release;
        releaseState = ensured.state;
        log.info(`release ${settings.tag}: ${ensured.state === 'created' ? 'created a draft' : 'another job created it'} (id ${release.id})`);
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
        checksums: { name: packaged.checksumsName, entries: packaged.archives },
        overwrite: settings.overwrite,
        concurrency: settings.concurrency,
        retryBaseMs: runner.retryBaseMs,
        log,
    });
    return { release, releaseState, synced };
}
async function uploadArtifact(settings, packaged) {
    const name = settings.artifactName ??
        (packaged.archives.length === 1
            ? packaged.archives[0].name.replace(/\.(tar\.gz|zip)$/, '')
            : `${settings.name}_${settings.tag}`);
    const files = [...packaged.archives.map((a) => a.path), packaged.checksumsFile];
    const result = await new artifact/* DefaultArtifactClient */.t9().uploadArtifact(name, files, settings.outputDir, {
        retentionDays: settings.retentionDays,
    });
    return { id: result.id, name };
}
function renderSummary(settings, assets, checksumsName, state, releaseUrl, artifact) {
    const rows = assets.map((a) => `| ${a.url ? `[${a.name}](${a.url})` : `\`${a.name}\``} | ${a.os}/${a.arch} | ${a.size} | \`${a.sha256}\` | ${a.state} |`);
    const repo = settings.owner && settings.repo ? `${settings.owner}/${settings.repo}` : 'OWNER/REPO';
    return [
        `## upload-cli-artifacts: ${state}`,
        '',
        `${settings.name} ${settings.tag}: ${assets.length} archive(s)${releaseUrl ? ` on [the release](${releaseUrl})` : ''}${artifact ? `, workflow artifact \`${artifact.name}\`` : ''}.`,
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
    const binaries = settings.files.length
        ? await binariesFromFiles(workspace, settings.files)
        : await binariesFromLines(workspace, settings.binaries);
    const reserved = [...new Set(binaries.map((b) => binaryEntryName(settings.name, b.os)))];
    const extraFiles = await extraFilesFrom(workspace, settings.extraFiles, reserved);
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
            outputDir: settings.outputDir,
            mtime,
        });
        log.info(`built ${built.archives.length} archive(s) in ${settings.outputDir}`);
        return built;
    });
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
    if (settings.upload === 'artifact' || settings.upload === 'both') {
        artifact = await (0,plumbing_log/* inGroup */.HB)(log, 'Upload the workflow artifact', () => uploadArtifact(settings, packaged));
        log.info(`uploaded workflow artifact ${artifact.name}`);
    }
    const assets = packaged.archives.map((a) => ({
        name: a.name,
        os: a.os,
        arch: a.arch,
        path: a.path,
        size: a.size,
        sha256: a.sha256,
        url: states.get(a.name)?.url ?? '',
        state: states.get(a.name)?.state ?? (settings.upload === 'artifact' ? 'uploaded' : 'built'),
    }));
    const all = [...assets.map((a) => a.state), checksumsState];
    const state = all.includes('replaced') && assets.some((a) => a.state === 'replaced')
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

/***/ 80868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ ExecError),
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81260);
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
    const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(command, [...args], {
        cwd: options.cwd,
        // Handing the environment on, not reading it: a child gets this process's environment, as it
        // would with no `env` at all, plus the few variables the caller adds (git's token config).
        // eslint-disable-next-line no-restricted-properties -- passed through to the child untouched
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


/***/ })

};

//# sourceMappingURL=689.index.js.map