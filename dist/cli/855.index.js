export const id = 855;
export const ids = [855,876];
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

/***/ 51430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   UO: () => (/* binding */ isWithin),
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


/***/ })

};

//# sourceMappingURL=855.index.js.map