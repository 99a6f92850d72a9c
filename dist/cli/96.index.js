export const id = 96;
export const ids = [96];
export const modules = {

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

/***/ 52096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ loadVersionsConfig),
/* harmony export */   JL: () => (/* binding */ parseVersionsConfig),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   Qd: () => (/* reexport safe */ _semver_js__WEBPACK_IMPORTED_MODULE_1__.Qd),
/* harmony export */   vY: () => (/* binding */ renderTag)
/* harmony export */ });
/* unused harmony exports TAG_TEMPLATE_VALID, isValidTagTemplate */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6358);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51430);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68925);
// The version-tracks configuration (`versions:` in .github/release-kit.yml): loaded, parsed and validated.






/** Track names become CLI flags and commit-message placeholders, so these are taken. */
const RESERVED_TRACK_NAMES = new Set([
    'config',
    'bump',
    'preid',
    'mode',
    'commit',
    'tag',
    'push',
    'commit-message',
    'include',
    'base-ref',
    'allow-dirty',
    'token',
    'staged',
    'json',
    'summary',
    'api-url',
    'help',
    'version',
    'changes',
]);
const TRACK_NAME = /^[a-z][a-z0-9-]{0,39}$/;
/** An `implies` entry: a track name, optionally `=patch|minor|major`. */
const IMPLIED = /^([a-z][a-z0-9-]{0,39})(?:=(patch|minor|major))?$/;
const TRACK_KEYS = new Set(['tag', 'files', 'watch', 'required', 'implies']);
const LOCATION_KEYS = new Set(['file', 'key', 'pattern']);
/** A key path: dot-separated segments of letters, digits, `_`, `-`, `/` (Chart.yaml annotation keys carry `/`). */
const KEY_PATH = /^[A-Za-z0-9_\-/]+(?:\.[A-Za-z0-9_\-/]+)*$/;
/** Parse the config text; every mistake is a UserError on the config file and line. */
function parseVersionsConfig(text, file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: true });
    const fail = (message, node, valid) => {
        const offset = node?.range?.[0];
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: ${message}`, {
            input: 'config',
            value: file,
            valid,
            location: { file, line: offset === undefined ? 1 : (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .lineOf */ .c)(text, offset) },
        });
    };
    if (doc.errors.length) {
        const error = doc.errors[0];
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: not valid YAML: ${error.message.split('\n')[0]}`, {
            input: 'config',
            value: file,
            valid: 'a YAML file with a `versions:` map',
            location: { file, line: (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .lineOf */ .c)(text, error.pos[0]) },
        });
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root))
        return fail('expected a map with a `versions:` key', root, 'versions: {TRACK: {files: [...]}}');
    const versions = root.get('versions', true);
    if (!versions || !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(versions) || versions.items.length === 0) {
        return fail('expected `versions:` to map track names to their files', versions ?? root, 'versions: {TRACK: {files: [...]}}');
    }
    const tracks = [];
    for (const pair of versions.items) {
        const keyNode = pair.key;
        const name = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(keyNode) ? keyNode.value : undefined;
        if (typeof name !== 'string' || !TRACK_NAME.test(name) || RESERVED_TRACK_NAMES.has(name)) {
            fail(`track name ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(keyNode) ? keyNode.value : String(keyNode))} is not usable`, keyNode, `a lower-case name matching ${TRACK_NAME.source}, not one of ${[...RESERVED_TRACK_NAMES].join(', ')}`);
        }
        const trackName = name;
        const body = pair.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(body))
            return fail(`track '${trackName}' must be a map with \`files:\``, body ?? keyNode);
        for (const item of body.items) {
            const k = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item.key) ? String(item.key.value) : '';
            if (!TRACK_KEYS.has(k))
                fail(`track '${trackName}' has unknown key ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(k)}`, item.key, 'tag, files, watch, required, implies');
        }
        const configLine = (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .lineOf */ .c)(text, keyNode.range?.[0] ?? 0);
        let tag;
        const tagNode = body.get('tag', true);
        if (tagNode !== undefined) {
            const value = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(tagNode) ? tagNode.value : undefined;
            if (typeof value !== 'string' || !isValidTagTemplate(value)) {
                fail(`track '${trackName}' has tag template ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(tagNode) ? tagNode.value : '')}`, tagNode, TAG_TEMPLATE_VALID);
            }
            tag = value;
        }
        const filesNode = body.get('files', true);
        if (!filesNode || !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(filesNode) || filesNode.items.length === 0) {
            return fail(`track '${trackName}' needs a non-empty \`files:\` list`, filesNode ?? keyNode, '- { file: PATH, key: DOTTED.KEY } or - { file: PATH, pattern: REGEXP }');
        }
        const files = [];
        for (const entry of filesNode.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(entry))
                return fail(`track '${trackName}': each files entry must be a map`, entry, '{ file: PATH, key: KEY } or { file: PATH, pattern: REGEXP }');
            const fields = {};
            for (const item of entry.items) {
                const k = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item.key) ? String(item.key.value) : '';
                if (!LOCATION_KEYS.has(k))
                    fail(`track '${trackName}': unknown key ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(k)} in a files entry`, item.key, 'file, key, pattern');
                const v = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item.value) ? item.value.value : undefined;
                if (typeof v !== 'string' || v === '')
                    fail(`track '${trackName}': \`${k}\` must be a non-empty string`, item.value ?? entry);
                fields[k] = v;
            }
            const where = entry;
            if (!fields.file)
                fail(`track '${trackName}': a files entry lacks \`file\``, where);
            if (!isSafeRelativePath(fields.file))
                fail(`track '${trackName}': file ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(fields.file)} must be a relative path inside the workspace`, where);
            if ((fields.key === undefined) === (fields.pattern === undefined)) {
                fail(`track '${trackName}': ${fields.file} needs exactly one of \`key\` (YAML/JSON) or \`pattern\` (text)`, where);
            }
            if (fields.key !== undefined && !KEY_PATH.test(fields.key)) {
                fail(`track '${trackName}': key ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(fields.key)} is not a dotted key path`, where, 'e.g. version or dependencies.0.version');
            }
            if (fields.pattern !== undefined)
                checkPattern(fields.pattern, (message) => fail(`track '${trackName}': pattern ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(fields.pattern)} ${message}`, where));
            files.push({
                file: fields.file,
                key: fields.key,
                pattern: fields.pattern,
                configLine: (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .lineOf */ .c)(text, where.range?.[0] ?? 0),
            });
        }
        const watch = [];
        const watchNode = body.get('watch', true);
        if (watchNode !== undefined) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(watchNode))
                return fail(`track '${trackName}': \`watch\` must be a list of globs`, watchNode);
            for (const item of watchNode.items) {
                const v = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item) ? item.value : undefined;
                if (typeof v !== 'string' || v === '' || /[\r\n]/.test(v))
                    fail(`track '${trackName}': watch entries must be one-line glob strings`, item);
                watch.push(v);
            }
        }
        let required = false;
        const requiredNode = body.get('required', true);
        if (requiredNode !== undefined) {
            const v = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(requiredNode) ? requiredNode.value : undefined;
            if (typeof v !== 'boolean')
                fail(`track '${trackName}': \`required\` must be true or false`, requiredNode);
            required = v;
        }
        const implies = [];
        const impliesNode = body.get('implies', true);
        if (impliesNode !== undefined) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(impliesNode))
                return fail(`track '${trackName}': \`implies\` must be a list of track names`, impliesNode, 'implies: [chart] or implies: ["chart=minor"]');
            for (const item of impliesNode.items) {
                const v = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item) ? item.value : undefined;
                const match = typeof v === 'string' ? IMPLIED.exec(v) : null;
                if (!match)
                    fail(`track '${trackName}': implies entry ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item) ? item.value : '')} is not a track name`, item, 'a track name, optionally =patch, =minor or =major, e.g. chart or chart=minor');
                implies.push({
                    track: match[1],
                    kind: (match[2] ?? 'patch'),
                    configLine: (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .lineOf */ .c)(text, item.range?.[0] ?? 0),
                });
            }
        }
        tracks.push({ name: trackName, tag, files, watch, required, implies, configLine });
    }
    // Implied tracks must exist and not be the declaring track; they are followed one level (no chains to resolve).
    const names = new Set(tracks.map((t) => t.name));
    for (const track of tracks) {
        for (const implied of track.implies) {
            if (!names.has(implied.track) || implied.track === track.name) {
                throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: track '${track.name}' implies ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(implied.track)}, which is ${implied.track === track.name ? 'the track itself' : 'not a track'}`, {
                    input: 'config',
                    value: file,
                    valid: `another track of ${file}: ${[...names].filter((n) => n !== track.name).join(', ')}`,
                    location: { file, line: implied.configLine },
                });
            }
        }
    }
    const tagTracks = tracks.filter((t) => t.tag !== undefined);
    if (tagTracks.length > 1) {
        const second = tagTracks[1];
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: tracks ${tagTracks.map((t) => `'${t.name}'`).join(' and ')} both name a tag; at most one track may`, {
            input: 'config',
            value: file,
            valid: 'a `tag:` on one track only',
            location: { file, line: second.configLine },
        });
    }
    return { file, tracks, tagTrack: tagTracks[0] };
}
/** Where the tracks file is looked for when the `config` input is not given. */
const DEFAULT_CONFIG = '.github/release-kit.yml';
/** Read and validate the tracks file, and confirm every file it names stays inside the workspace. */
async function loadVersionsConfig(workspace, configPath) {
    const absolute = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(workspace, configPath, 'config');
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute, 'utf8');
    }
    catch {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .invalidInput */ .aY)('config', configPath, `an existing tracks file (create ${DEFAULT_CONFIG} with a \`versions:\` map; see docs/version-tracks.md)`);
    }
    const config = parseVersionsConfig(text, configPath);
    for (const track of config.tracks) {
        for (const spec of track.files) {
            try {
                await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(workspace, spec.file, 'config');
            }
            catch (error) {
                if (error instanceof _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo) {
                    throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${configPath}: track '${track.name}': ${spec.file} is outside the workspace (or a symlink leading out of it)`, {
                        input: 'config',
                        value: spec.file,
                        location: { file: configPath, line: spec.configLine },
                    });
                }
                throw error;
            }
        }
    }
    return config;
}
const TAG_TEMPLATE_VALID = 'a git tag name containing {version} once, e.g. v{version} or chart-{version}';
/**
 * A tag template is `{version}` plus literal text that is safe in a git ref name
 * (git check-ref-format): no spaces, control characters, `~^:?*[\`, `..`, `@{`, or braces.
 */
function isValidTagTemplate(template) {
    const parts = template.split('{version}');
    if (parts.length !== 2)
        return false;
    const literal = parts.join('');
    if (!/^[A-Za-z0-9._/-]*$/.test(literal))
        return false;
    const sample = template.replace('{version}', '1.0.0');
    return (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidTagName */ .Qd)(sample);
}
// The tag-name rule lives with the other tag rules in semver.ts (operations check tag inputs with it too).

/** The tag for `version` under `template`. */
function renderTag(template, version) {
    return template.replace('{version}', version);
}
function isSafeRelativePath(file) {
    if (/[\0\r\n]/.test(file) || file.startsWith('/') || /^[A-Za-z]:/.test(file))
        return false;
    return !file.split(/[\\/]/).includes('..');
}
function checkPattern(pattern, fail) {
    let re;
    try {
        re = new RegExp(pattern, 'dgm');
    }
    catch (error) {
        fail(`is not a valid regular expression (${error.message})`);
        return;
    }
    // Count the capture groups by matching an always-matching alternative.
    const groups = new RegExp(`${re.source}|`).exec('').length - 1;
    if (groups < 1)
        fail('needs a capture group around the version, e.g. krt_v(\\d+\\.\\d+\\.\\d+)_');
}


/***/ }),

/***/ 6358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseBumpKind),
/* harmony export */   KF: () => (/* binding */ supersedingPatch),
/* harmony export */   Qd: () => (/* binding */ isValidTagName),
/* harmony export */   W3: () => (/* binding */ versionOfInput),
/* harmony export */   ZF: () => (/* binding */ isValidPreid),
/* harmony export */   aE: () => (/* binding */ describeBump),
/* harmony export */   d0: () => (/* binding */ isGreater),
/* harmony export */   gj: () => (/* binding */ isHighestRelease),
/* harmony export */   iS: () => (/* binding */ isStrictSemver),
/* harmony export */   "in": () => (/* binding */ VALID_BUMP_KINDS),
/* harmony export */   mx: () => (/* binding */ versionOfTag),
/* harmony export */   w2: () => (/* binding */ tagComponent),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* unused harmony exports BUMP_KINDS, tagPrefix */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
// Version arithmetic for tracks: strict SemVer values and the bump kinds users may ask for.

/** The named bump kinds; an explicit `x.y.z` is the other accepted kind. */
const BUMP_KINDS = ['patch', 'minor', 'major', 'prerelease'];
/** What a bump kind may be, for error messages. */
const VALID_BUMP_KINDS = 'patch, minor, major, prerelease or an explicit version x.y.z';
/** Prerelease identifiers as SemVer allows them (dot-separated alphanumerics and hyphens). */
const PREID = /^[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*$/;
/**
 * True for a strict SemVer 2.0 version exactly as written: no `v` prefix, no `=`, no spaces.
 * `semver.valid` alone would accept `v1.2.3` and return `1.2.3`, so the result must equal the input.
 */
function isStrictSemver(value) {
    return typeof value === 'string' && value.length <= 256 && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(value) === value;
}
/** Parse a bump kind; undefined when it is none of the valid ones. */
function parseBumpKind(text) {
    if (BUMP_KINDS.includes(text))
        return { kind: text };
    if (isStrictSemver(text))
        return { kind: 'explicit', version: text };
    return undefined;
}
/** True when `preid` is usable as a prerelease identifier (`rc`, `beta.1`). */
function isValidPreid(preid) {
    return preid.length <= 64 && PREID.test(preid);
}
/**
 * The version after applying `bump` to `current`. A prerelease bump of a release starts the next
 * patch's prerelease (`1.2.3` → `1.2.4-rc.0`); of a prerelease it counts on (`1.2.4-rc.0` → `-rc.1`).
 * Returns undefined when the result would not be greater than `current` (an explicit version at or
 * below it, or a prerelease to a preid that sorts lower).
 */
function nextVersion(current, bump, preid) {
    if (bump.kind === 'explicit')
        return semver__WEBPACK_IMPORTED_MODULE_0___default().gt(bump.version, current) ? bump.version : undefined;
    const next = bump.kind === 'prerelease' && preid ? semver__WEBPACK_IMPORTED_MODULE_0___default().inc(current, 'prerelease', preid) : semver__WEBPACK_IMPORTED_MODULE_0___default().inc(current, bump.kind);
    // A prerelease bump to a preid that sorts lower (1.0.0-beta.1 with alpha → 1.0.0-alpha.0) goes backwards.
    return next && semver__WEBPACK_IMPORTED_MODULE_0___default().gt(next, current) ? next : undefined;
}
/** `a > b` in SemVer precedence. */
function isGreater(a, b) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().gt(a, b);
}
/** A short description of a bump for messages: `patch`, `prerelease (rc)`, `2.0.0`. */
function describeBump(bump, preid) {
    if (bump.kind === 'explicit')
        return bump.version;
    return bump.kind === 'prerelease' && preid ? `prerelease (${preid})` : bump.kind;
}
/**
 * The version a release tag stands for, the one rule for every tag release-kit reads: `v1.2.3` →
 * `1.2.3`, also behind a prefix (`krt-v1.2.3`, `chart-1.2.3`) as monorepos tag; undefined when the
 * tag holds no SemVer version.
 */
function versionOfTag(tag) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(tag.slice(tagPrefix(tag).length)) ?? undefined;
}
/** What stands before a tag's version, `v` included: `krt-v` for `krt-v1.2.3`, `v` for `v1.2.3`, `` for `1.2.3`. */
function tagPrefix(tag) {
    return /^.*?v?(?=\d+\.\d+\.\d+)/.exec(tag)?.[0] ?? '';
}
/** The component a tag belongs to in a monorepo, its prefix without the `v`: `krt-` for `krt-v1.2.3`, `` for `v1.2.3`. */
function tagComponent(tag) {
    return tagPrefix(tag.trim()).replace(/v$/, '');
}
/** True when no stable version among `tags` (release tags or versions) is above `version`; tags without one are ignored. */
function isHighestRelease(version, tags) {
    return tags.every((tag) => {
        const other = versionOfTag(tag);
        return !other || semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(other) !== null || !semver__WEBPACK_IMPORTED_MODULE_0___default().gt(other, version);
    });
}
/** A version as a user types it (`1.2.3`, `v1.2.3`), normalised; undefined when it is not SemVer. */
function versionOfInput(text) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(text.trim().replace(/^v/i, '')) ?? undefined;
}
/** The next patch version after `tag`'s version, in the same tag series: the release that supersedes a bad one. */
function supersedingPatch(tag) {
    const version = versionOfTag(tag);
    if (!version)
        return undefined;
    // Keep the tag's own spelling (`v`, `krt-v`): the superseding tag sits in the same series.
    return `${tagPrefix(tag)}${semver__WEBPACK_IMPORTED_MODULE_0___default().inc(version, 'patch')}`;
}
/** The rules of `git check-ref-format` for `refs/tags/<name>` that a SemVer-based name can break. */
function isValidTagName(tag) {
    if (!/^[A-Za-z0-9._/+-]+$/.test(tag))
        return false;
    if (tag.startsWith('-') || tag.startsWith('/') || tag.endsWith('/') || tag.endsWith('.'))
        return false;
    if (tag.includes('..') || tag.includes('//'))
        return false;
    return tag.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}


/***/ }),

/***/ 68925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ lineOf)
/* harmony export */ });
// Small text helpers shared by the version editors: offsets to line numbers.
/** The 1-based line of `offset` in `text`. */
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}


/***/ })

};

//# sourceMappingURL=96.index.js.map