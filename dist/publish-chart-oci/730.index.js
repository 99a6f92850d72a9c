export const id = 730;
export const ids = [730];
export const modules = {

/***/ 5730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCharts: () => (/* binding */ publishCharts)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(3178);
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
function decodeLossless(bytes) {
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
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            const existing = await lstat(file).catch(() => undefined);
            // A symlink's own mode (0777) is no file's: what replaces the link gets the default.
            fileMode = existing?.isFile() ? existing.mode & 0o7777 : 0o644;
        }
        const handle = await open(tmp, 'wx', 0o600);
        try {
            await handle.writeFile(data);
            await handle.chmod(fileMode);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await rename(tmp, file);
    }
    catch (error) {
        await rm(tmp, { force: true });
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
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOCTTY);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO' || code === 'EACCES')
            throw new errors/* UserError */.yo(`${display} cannot be read (${code}); expected a regular file`, {
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
    return new errors/* UserError */.yo(`${display} is ${kind}, not a regular file; release-kit reads and edits regular files only`, {
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
        throw (0,errors/* invalidInput */.aY)(input, relative, `an existing ${what} inside the workspace`);
    if (options.forEdit)
        return { absolute, text: decodeLossless(bytes) };
    // Text with bytes that are not UTF-8 would reach release notes and commits as U+FFFD: refuse it.
    // (An edit in place keeps such bytes as they are instead: decodeLossless.)
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const line = bytes
            .toString('utf8')
            .split('\n')
            .findIndex((l) => l.includes('\uFFFD')) + 1;
        throw (0,errors/* invalidInput */.aY)(input, relative, `a ${what} in UTF-8`, { file: relative, line: line || 1 });
    }
    return { absolute, text: bytes.toString('utf8') };
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/completeness.ts
// Signs that a chart about to be published is incomplete: no values.yaml, files its templates read
// that are not in it, and files the repository's .gitignore names inside the chart that this
// checkout lacks (generated files, as Buntime's values.yaml, questions.yml and templates/configmap.yaml
// are, which a plain checkout does not have). Warnings, not errors: a chart may mean to be that way.




/**
 * One warning line per sign of incompleteness in `chart` (`where` names it), empty when none.
 * `source` adds the .gitignore check for a chart packaged from a directory.
 */
async function incompleteChartWarnings(chart, where, source) {
    const warnings = [];
    const ignoredAndMissing = source ? await missingIgnoredFiles(source) : [];
    for (const { gitignore, files } of ignoredAndMissing) {
        warnings.push(`${where}: ${listOf(files)} ${files.length === 1 ? 'is' : 'are'} missing from this checkout but named in ${gitignore}: generated files, left out of git? Generate them before publishing, or the chart goes out without them`);
    }
    const valuesIgnored = ignoredAndMissing.some((m) => m.files.includes('values.yaml'));
    if (!chart.values && chart.metadata.type !== 'library' && !valuesIgnored) {
        const reads = chart.templates.filter((t) => /\.Values\b/.test(t.data.toString('utf8'))).map((t) => t.name);
        warnings.push(`${where}: the chart has no values.yaml${reads.length ? `, yet ${listOf(reads)} read${reads.length === 1 ? 's' : ''} .Values` : ''}; users get no defaults (is it generated and missing from this checkout?)`);
    }
    warnings.push(...missingFileReads(chart, where, ''));
    return warnings;
}
/** `.Files.Get "x"` (GetBytes, Lines) of a file the chart does not hold, and `.Files.Glob` matching none. */
function missingFileReads(chart, where, prefix) {
    const names = chart.files.map((f) => f.name);
    const missing = new Set();
    for (const template of chart.templates) {
        const text = template.data.toString('utf8');
        for (const m of text.matchAll(/\.Files\.(Get|GetBytes|Lines|Glob)\s+(?:"((?:[^"\\\n]|\\.)*)"|`([^`]*)`)/g)) {
            const argument = m[2] !== undefined ? unescapeGo(m[2]) : m[3];
            const matches = m[1] === 'Glob' ? picomatch_default()(argument, { dot: true }) : undefined;
            const present = matches ? names.some((name) => matches(name)) : names.includes(argument.replace(/^\.\//, ''));
            if (!present)
                missing.add(`${prefix}${template.name} reads ${m[1] === 'Glob' ? 'files matching ' : ''}"${argument}"`);
        }
    }
    const own = [...missing].map((m) => `${where}: ${m}, which the chart does not hold`);
    return [
        ...own,
        ...chart.dependencies.flatMap((d) => missingFileReads(d, where, `${prefix}charts/${d.metadata.name}/`)),
    ];
}
/**
 * Literal paths inside the chart directory that a .gitignore (the chart's own, or one above it up to
 * the workspace) names and that do not exist: what a generator writes and git never holds.
 */
async function missingIgnoredFiles(source) {
    const found = [];
    for (let dir = source.dir;; dir = external_node_path_default().dirname(dir)) {
        const gitignore = external_node_path_default().join(dir, '.gitignore');
        const text = await (0,promises_.readFile)(gitignore, 'utf8').catch(() => undefined);
        if (text !== undefined) {
            const files = [];
            for (const pattern of literalAnchoredPatterns(text)) {
                const absolute = external_node_path_default().join(dir, pattern);
                if (absolute === source.dir || !isWithin(source.dir, absolute))
                    continue;
                if (await (0,promises_.stat)(absolute).catch(() => undefined))
                    continue;
                files.push(external_node_path_default().relative(source.dir, absolute).split((external_node_path_default()).sep).join('/'));
            }
            if (files.length > 0)
                found.push({ gitignore: external_node_path_default().relative(source.workspace, gitignore) || '.gitignore', files });
        }
        const atTop = dir === source.workspace || !isWithin(source.workspace, dir) || external_node_path_default().dirname(dir) === dir;
        const repositoryRoot = await (0,promises_.stat)(external_node_path_default().join(dir, '.git')).catch(() => undefined);
        if (atTop || repositoryRoot)
            break;
    }
    return found;
}
/**
 * The .gitignore lines that name one path relative to their file: anchored (a slash before the end),
 * no glob characters, no negation, not a directory-only rule. Others match too widely to say what
 * should exist.
 */
function literalAnchoredPatterns(text) {
    const patterns = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(?<!\\)\s+$/, '');
        if (line === '' || line.startsWith('#') || line.startsWith('!') || /[*?[\\]/.test(line))
            continue;
        if (line.endsWith('/') || !line.slice(0, -1).includes('/'))
            continue;
        patterns.push(line.replace(/^\//, ''));
    }
    return patterns;
}
function unescapeGo(text) {
    try {
        return JSON.parse(`"${text}"`);
    }
    catch {
        return text;
    }
}
function listOf(names) {
    if (names.length <= 1)
        return names.join('');
    const shown = names.slice(0, 5);
    const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
    return `${shown.slice(0, -1).join(', ')}${more ? `, ${shown[shown.length - 1]}${more}` : ` and ${shown[shown.length - 1]}`}`;
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
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
    for (const dir of pathEnv.split((external_node_path_default()).delimiter).filter(Boolean)) {
        const candidate = external_node_path_default().join(dir, file);
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            if ((await (0,promises_.stat)(candidate)).isFile())
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

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/template-check.ts
// A structural check of a chart's Go templates for when no helm binary is at hand: the actions lex as
// text/template lexes them, blocks open and close, and every function named exists in helm's
// template function map. It renders nothing, so it cannot see a nil value or a `required` that fails;
// `helm template` can. Written by hand because no npm package reads Go's template grammar.
// Go's text/template builtins (text/template/funcs.go).
// prettier-ignore
const GO_BUILTINS = [
    'and', 'call', 'html', 'index', 'slice', 'js', 'len', 'not', 'or', 'print', 'printf', 'println', 'urlquery',
    'eq', 'ge', 'gt', 'le', 'lt', 'ne',
];
// Masterminds/sprig v3.3.0's TxtFuncMap (functions.go genericMap), which helm uses without env and expandenv.
// prettier-ignore
const SPRIG = [
    'abbrev', 'abbrevboth', 'add', 'add1', 'add1f', 'addf', 'adler32sum', 'ago', 'all', 'any', 'append', 'atoi',
    'b32dec', 'b32enc', 'b64dec', 'b64enc', 'base', 'bcrypt', 'biggest', 'buildCustomCert', 'camelcase', 'cat', 'ceil',
    'chunk', 'clean', 'coalesce', 'compact', 'concat', 'contains', 'date', 'dateInZone', 'dateModify', 'date_in_zone',
    'date_modify', 'decryptAES', 'deepCopy', 'deepEqual', 'default', 'derivePassword', 'dict', 'dig', 'dir', 'div',
    'divf', 'duration', 'durationRound', 'empty', 'encryptAES', 'ext', 'fail', 'first', 'float64', 'floor', 'fromJson',
    'genCA', 'genCAWithKey', 'genPrivateKey', 'genSelfSignedCert', 'genSelfSignedCertWithKey', 'genSignedCert',
    'genSignedCertWithKey', 'get', 'getHostByName', 'has', 'hasKey', 'hasPrefix', 'hasSuffix', 'hello', 'htmlDate',
    'htmlDateInZone', 'htpasswd', 'indent', 'initial', 'initials', 'int', 'int64', 'isAbs', 'join', 'kebabcase', 'keys',
    'kindIs', 'kindOf', 'last', 'list', 'lower', 'max', 'maxf', 'merge', 'mergeOverwrite', 'min', 'minf', 'mod', 'mul',
    'mulf', 'mustAppend', 'mustChunk', 'mustCompact', 'mustDateModify', 'mustDeepCopy', 'mustFirst', 'mustFromJson',
    'mustHas', 'mustInitial', 'mustLast', 'mustMerge', 'mustMergeOverwrite', 'mustPrepend', 'mustRegexFind',
    'mustRegexFindAll', 'mustRegexMatch', 'mustRegexReplaceAll', 'mustRegexReplaceAllLiteral', 'mustRegexSplit',
    'mustRest', 'mustReverse', 'mustSlice', 'mustToDate', 'mustToJson', 'mustToPrettyJson', 'mustToRawJson', 'mustUniq',
    'mustWithout', 'must_date_modify', 'nindent', 'nospace', 'now', 'omit', 'osBase', 'osClean', 'osDir', 'osExt',
    'osIsAbs', 'pick', 'pluck', 'plural', 'prepend', 'quote', 'randAlpha', 'randAlphaNum', 'randAscii', 'randBytes',
    'randInt', 'randNumeric', 'regexFind', 'regexFindAll', 'regexMatch', 'regexQuoteMeta', 'regexReplaceAll',
    'regexReplaceAllLiteral', 'regexSplit', 'repeat', 'replace', 'rest', 'reverse', 'round', 'semver', 'semverCompare',
    'seq', 'set', 'sha1sum', 'sha256sum', 'sha512sum', 'shuffle', 'slice', 'snakecase', 'sortAlpha', 'split',
    'splitList', 'splitn', 'squote', 'sub', 'subf', 'substr', 'swapcase', 'ternary', 'title', 'toDate', 'toDecimal',
    'toJson', 'toPrettyJson', 'toRawJson', 'toString', 'toStrings', 'trim', 'trimAll', 'trimPrefix', 'trimSuffix',
    'trimall', 'trunc', 'tuple', 'typeIs', 'typeIsLike', 'typeOf', 'uniq', 'unixEpoch', 'unset', 'until', 'untilStep',
    'untitle', 'upper', 'urlJoin', 'urlParse', 'uuidv4', 'values', 'without', 'wrap', 'wrapWith',
];
// helm's own (pkg/engine funcs.go and engine.go), helm 3 and 4; the duration helpers are helm 4's.
// prettier-ignore
const HELM_EXTRAS = [
    'toToml', 'mustToToml', 'fromToml', 'toYaml', 'mustToYaml', 'toYamlPretty', 'fromYaml', 'fromYamlArray', 'toJson',
    'mustToJson', 'fromJson', 'fromJsonArray', 'include', 'tpl', 'required', 'lookup', 'fail', 'getHostByName',
    'mustToDuration', 'durationSeconds', 'durationMilliseconds', 'durationMicroseconds', 'durationNanoseconds',
    'durationMinutes', 'durationHours', 'durationDays', 'durationWeeks', 'durationRoundTo', 'durationTruncateTo',
];
/** Every function a helm chart template may call. */
const HELM_TEMPLATE_FUNCTIONS = new Set([...GO_BUILTINS, ...SPRIG, ...HELM_EXTRAS]);
const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with']);
const LITERAL_WORDS = new Set(['true', 'false', 'nil']);
const OPENERS = new Set(['if', 'range', 'with', 'define', 'block']);
class TemplateSyntaxError extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
/**
 * Check every template of a chart (and its subcharts, which share helm's one template namespace).
 * Stops reading a file at its first syntax error, as Go's parser does.
 */
function checkTemplates(sources) {
    const errors = [];
    const calls = [];
    const defined = new Set();
    let actions = 0;
    for (const source of sources) {
        const lineOf = lineCounter(source.text);
        try {
            const parsed = parseTemplate(source.text);
            actions += parsed.actions;
            for (const name of parsed.defines)
                defined.add(name);
            for (const call of parsed.calls)
                calls.push({ file: source.file, line: lineOf(call.offset), ...call });
            for (const fn of parsed.functions) {
                if (!HELM_TEMPLATE_FUNCTIONS.has(fn.name))
                    errors.push({ file: source.file, line: lineOf(fn.offset), message: `function "${fn.name}" not defined` });
            }
        }
        catch (error) {
            if (!(error instanceof TemplateSyntaxError))
                throw error;
            errors.push({ file: source.file, line: lineOf(error.offset), message: error.message });
        }
    }
    const warnings = calls
        .filter((call) => !defined.has(call.name))
        .map((call) => ({
        file: call.file,
        line: call.line,
        message: `${call.how} "${call.name}": no template of the chart defines it (helm fails if this line is reached)`,
    }));
    return { errors, warnings, actions };
}
/** The parts of one template file: defined names, include/template calls, functions, actions. */
function parseTemplate(text) {
    const defines = [];
    const calls = [];
    const functions = [];
    const stack = [];
    let actions = 0;
    let at = 0;
    for (;;) {
        const open = text.indexOf('{{', at);
        if (open < 0)
            break;
        actions += 1;
        let position = open + 2;
        // A trim marker is "-" followed by white space; "{{-3}}" is the number -3.
        if (text[position] === '-' && /[ \t\r\n]/.test(text[position + 1] ?? ''))
            position += 2;
        while (/[ \t\r\n]/.test(text[position] ?? ''))
            position += 1;
        if (text.startsWith('/*', position)) {
            const close = text.indexOf('*/', position + 2);
            if (close < 0)
                throw new TemplateSyntaxError(open, 'unclosed comment');
            const after = /^(?: -)?\}\}/.exec(text.slice(close + 2));
            if (!after)
                throw new TemplateSyntaxError(close, 'comment ends before closing delimiter');
            at = close + 2 + after[0].length;
            continue;
        }
        const { tokens, end } = lexAction(text, position, open);
        at = end;
        checkAction(tokens, open, stack, { defines, calls, functions });
    }
    if (stack.length > 0) {
        const last = stack[stack.length - 1];
        throw new TemplateSyntaxError(last.offset, `unexpected EOF: {{${last.keyword}}} has no {{end}}`);
    }
    return { defines, calls, functions, actions };
}
function checkAction(tokens, offset, stack, found) {
    if (tokens.length === 0)
        throw new TemplateSyntaxError(offset, 'missing value for command');
    const first = tokens[0];
    const keyword = first.kind === 'word' && KEYWORDS.has(first.text) ? first.text : undefined;
    const inside = (names) => stack.some((s) => names.includes(s.keyword));
    if (keyword === 'end') {
        if (tokens.length > 1)
            throw new TemplateSyntaxError(tokens[1].offset, 'unexpected token in end');
        if (!stack.pop())
            throw new TemplateSyntaxError(offset, 'unexpected {{end}}');
        return;
    }
    if (keyword === 'else') {
        const top = stack[stack.length - 1];
        if (!top || !['if', 'range', 'with'].includes(top.keyword))
            throw new TemplateSyntaxError(offset, 'unexpected {{else}}');
    }
    else if (keyword === 'break' || keyword === 'continue') {
        if (!inside(['range']))
            throw new TemplateSyntaxError(offset, `{{${keyword}}} outside {{range}}`);
    }
    else if (keyword === 'define' || keyword === 'block' || keyword === 'template') {
        const name = tokens[1];
        if (!name || name.kind !== 'string')
            throw new TemplateSyntaxError(offset, `unexpected token in ${keyword} clause: expected a quoted template name`);
        if (keyword === 'define' && stack.length > 0)
            throw new TemplateSyntaxError(offset, 'unexpected <define> in command');
        if (keyword !== 'template')
            found.defines.push(unquote(name.text));
        else
            found.calls.push({ name: unquote(name.text), how: 'template', offset: name.offset });
    }
    if (keyword && OPENERS.has(keyword))
        stack.push({ keyword, offset });
    // Every other bare word is a function call (or a keyword in its place, which is an error).
    for (const [index, token] of tokens.entries()) {
        if (token.kind !== 'word' || (index === 0 && keyword !== undefined))
            continue;
        if (LITERAL_WORDS.has(token.text))
            continue;
        if (KEYWORDS.has(token.text)) {
            // `else if` / `else with` chain a new condition onto the open block.
            if (index === 1 && keyword === 'else' && (token.text === 'if' || token.text === 'with'))
                continue;
            throw new TemplateSyntaxError(token.offset, `unexpected <${token.text}> in command`);
        }
        found.functions.push({ name: token.text, offset: token.offset });
        const next = tokens[index + 1];
        if (token.text === 'include' && next?.kind === 'string')
            found.calls.push({ name: unquote(next.text), how: 'include', offset: next.offset });
    }
}
/** Lex one action from `position` (just past `{{` and its trim marker) to its `}}`, as text/template's lexer does. */
function lexAction(text, start, open) {
    const tokens = [];
    let position = start;
    let parens = 0;
    for (;;) {
        if (position >= text.length)
            throw new TemplateSyntaxError(open, 'unclosed action');
        const c = text[position];
        if (text.startsWith('}}', position) || (/[ \t\r\n]/.test(c) && text.startsWith('-}}', position + 1))) {
            if (parens > 0)
                throw new TemplateSyntaxError(position, 'unclosed left paren');
            const end = text.startsWith('}}', position) ? position + 2 : position + 4;
            return { tokens, end };
        }
        if (/[ \t\r\n]/.test(c)) {
            position += 1;
            continue;
        }
        const startAt = position;
        const take = (kind, length) => {
            tokens.push({ kind, text: text.slice(startAt, startAt + length), offset: startAt });
            position = startAt + length;
        };
        if (c === '"') {
            let i = position + 1;
            for (; i < text.length && text[i] !== '"'; i++) {
                if (text[i] === '\\')
                    i += 1;
                if (text[i] === '\n')
                    throw new TemplateSyntaxError(startAt, 'unterminated quoted string');
            }
            if (i >= text.length)
                throw new TemplateSyntaxError(startAt, 'unterminated quoted string');
            take('string', i + 1 - position);
        }
        else if (c === '`') {
            const close = text.indexOf('`', position + 1);
            if (close < 0)
                throw new TemplateSyntaxError(startAt, 'unterminated raw quoted string');
            take('string', close + 1 - position);
        }
        else if (c === "'") {
            const m = /^'(?:\\.[^']*|[^'\\\n])'/.exec(text.slice(position));
            if (!m)
                throw new TemplateSyntaxError(startAt, 'unterminated character constant');
            take('char', m[0].length);
        }
        else if (c === '$') {
            take('variable', /^\$[\p{L}\p{N}_]*/u.exec(text.slice(position))[0].length);
        }
        else if (c === '.' && !/[0-9]/.test(text[position + 1] ?? '')) {
            take('field', /^\.[\p{L}\p{N}_]*/u.exec(text.slice(position))[0].length);
        }
        else if (/[0-9+\-.]/.test(c)) {
            const m = /^[+-]?(?:0[xXoObB])?[0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[eEpP][+-]?[0-9_]+)?i?/.exec(text.slice(position));
            if (!m ||
                m[0] === '' ||
                m[0] === '+' ||
                m[0] === '-' ||
                /^[\p{L}\p{N}_]/u.test(text[position + m[0].length] ?? ''))
                throw new TemplateSyntaxError(startAt, `bad number syntax: ${JSON.stringify(text.slice(position, position + 10))}`);
            take('number', m[0].length);
        }
        else if (/[\p{L}_]/u.test(c)) {
            take('word', /^[\p{L}_][\p{L}\p{N}_]*/u.exec(text.slice(position))[0].length);
        }
        else if (c === '(') {
            parens += 1;
            take('punct', 1);
        }
        else if (c === ')') {
            parens -= 1;
            if (parens < 0)
                throw new TemplateSyntaxError(startAt, 'unexpected right paren');
            take('punct', 1);
        }
        else if (c === ':' && text[position + 1] === '=') {
            take('punct', 2);
        }
        else if (c === '|' || c === '=' || c === ',') {
            take('punct', 1);
        }
        else {
            throw new TemplateSyntaxError(startAt, `unrecognized character in action: ${JSON.stringify(c)}`);
        }
    }
}
function unquote(literal) {
    if (literal.startsWith('`'))
        return literal.slice(1, -1);
    try {
        return JSON.parse(literal);
    }
    catch {
        return literal.slice(1, -1);
    }
}
/** offset → 1-based line, with the line starts computed once per file. */
function lineCounter(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return low + 1;
    };
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/lint.ts
// The check every chart passes before it is published (to a registry or a catalog): `helm lint` and
// `helm template` on the packaged archive when helm is on PATH (GitHub's hosted runners have it),
// else release-kit's own structural checks of the templates, saying that nothing was rendered.





/** The plan for `mode`: `auto` takes helm when `pathEnv` (the runner context's PATH) has it. */
async function planLint(mode, pathEnv) {
    if (mode === 'false')
        return { method: 'off' };
    if (mode === 'native')
        return { method: 'native', why: 'lint: native' };
    const helm = await findExecutable('helm', pathEnv);
    if (helm)
        return { method: 'helm', helm };
    if (mode === 'helm') {
        throw (0,errors/* invalidInput */.aY)('lint', 'helm', 'auto or native when helm is not on PATH (or install helm first, e.g. with azure/setup-helm)');
    }
    return { method: 'native', why: 'helm is not on PATH' };
}
/**
 * Lint and render `target` (a packaged chart) before it is published; a UserError naming the chart
 * and the first problem when it fails. helm runs with argument arrays, an environment of its own
 * (none of the runner's HELM_* or KUBECONFIG, HOME a fresh directory) and empty config, cache and
 * data homes, so the user's repositories, plugins and cluster never take part.
 */
async function lintChart(target, where, options) {
    const plan = options.plan ?? (await planLint(options.mode, options.pathEnv));
    if (plan.method === 'off') {
        return { method: 'off', summary: `${where}: lint: false, the chart was neither linted nor rendered` };
    }
    if (plan.method === 'helm')
        return lintWithHelm(plan.helm, target, where, options);
    return lintNatively(target.chart, where, plan.why, options);
}
async function lintWithHelm(helm, target, where, options) {
    const home = await (0,promises_.mkdtemp)(external_node_path_default().join(options.tempDir, 'release-kit-lint-'));
    try {
        const archive = external_node_path_default().join(home, target.fileName);
        await (0,promises_.writeFile)(archive, target.data);
        const env = {
            PATH: external_node_path_default().dirname(helm),
            HOME: home,
            HELM_CONFIG_HOME: external_node_path_default().join(home, 'config'),
            HELM_CACHE_HOME: external_node_path_default().join(home, 'cache'),
            HELM_DATA_HOME: external_node_path_default().join(home, 'data'),
        };
        const exec = (args) => run(helm, args, { cwd: home, env, inheritEnv: false, allowFailure: true });
        // Both at once: each loads the archive on its own, and neither needs the other.
        const [lint, render] = await Promise.all([
            exec(['lint', archive]),
            exec(['template', 'release-kit-lint', archive]),
        ]);
        const warnings = lint.stdout
            .split('\n')
            .filter((line) => line.startsWith('[WARNING]'))
            .map((line) => line.slice('[WARNING]'.length).trim());
        for (const warning of warnings)
            options.log.warning(`${where}: helm lint: ${warning}`);
        if (lint.exitCode !== 0) {
            const error = lint.stdout
                .split('\n')
                .find((line) => line.startsWith('[ERROR]'))
                ?.slice('[ERROR]'.length)
                .trim() ?? firstErrorLine(lint.stderr);
            throw lintFailure(where, `helm lint failed: ${error}`);
        }
        let rendered = 'rendered with helm template';
        if (render.exitCode !== 0) {
            const error = firstErrorLine(render.stderr);
            // helm renders for its built-in Kubernetes version; a chart's kubeVersion may exclude it, which
            // says nothing about the templates.
            if (!/incompatible with Kubernetes/i.test(error))
                throw lintFailure(where, `helm template failed: ${error}`);
            options.log.warning(`${where}: helm template skipped the render: ${error}`);
            rendered = 'not rendered (its kubeVersion excludes the version helm renders for)';
        }
        return {
            method: 'helm',
            summary: `${where}: helm lint passed${warnings.length ? ` with ${warnings.length} warning(s)` : ''}; ${rendered}`,
        };
    }
    finally {
        await (0,promises_.rm)(home, { recursive: true, force: true });
    }
}
function lintNatively(chart, where, why, options) {
    const sources = templateSources(chart, '');
    const result = checkTemplates(sources);
    if (result.errors.length > 0)
        throw lintFailure(where, `template ${describeProblem(result.errors[0])}`);
    for (const warning of result.warnings)
        options.log.warning(`${where}: template ${describeProblem(warning)}`);
    return {
        method: 'native',
        summary: `${where}: ${why}: native structural checks passed (${sources.length} templates, ${result.actions} actions, every function known to helm${result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''}); rendering skipped`,
    };
}
/** Every template of the chart and its subcharts, named by their path in the archive below the chart. */
function templateSources(chart, prefix) {
    return [
        ...chart.templates.map((t) => ({ file: `${prefix}${t.name}`, text: t.data.toString('utf8') })),
        ...chart.dependencies.flatMap((d) => templateSources(d, `${prefix}charts/${d.metadata.name}/`)),
    ];
}
function describeProblem(problem) {
    return `${problem.file}:${problem.line}: ${problem.message}`;
}
/** helm's `Error: …` line (klog warnings may come first), else its first line. */
function firstErrorLine(stderr) {
    const lines = stderr.split('\n').filter((l) => l.trim() !== '');
    const line = lines.find((l) => l.startsWith('Error:')) ?? lines[0] ?? 'no output';
    return line.replace(/^Error:\s*/, '').trim();
}
function lintFailure(where, problem) {
    return new errors/* UserError */.yo(`chart ${where}: ${problem}; nothing was published: fix the chart and run again`, {
        input: 'lint',
        value: where,
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./packages/release-kit/src/charts/archive.ts
// Reproducible chart archives: tar entries written through the `tar` package with fixed metadata,
// gzip through zlib without a name or timestamp; and reading a .tgz back into entries.




const gzip = (0,external_node_util_.promisify)((external_node_zlib_default()).gzip);
/** helm's archive.MaxDecompressedFileSize: no file in a chart may be larger. */
const MAX_CHART_FILE_SIZE = 5 * 1024 * 1024;
/** helm's archive.MaxDecompressedChartSize: the whole chart, uncompressed. */
const MAX_CHART_SIZE = 100 * 1024 * 1024;
/** The refusal of a chart over helm's 100 MiB, which helm's own loader would refuse to load. */
function chartTooLarge(where) {
    return new errors/* UserError */.yo(`chart ${where} is larger than helm's limit of ${MAX_CHART_SIZE} bytes (100 MiB) uncompressed; helm refuses to load such a chart, so keep large files out of it (.helmignore)`, { value: where, location: { file: where } });
}
/**
 * A gzip-compressed tar of `entries`, in the given order. Every entry is a regular file with mode
 * 0644, owner 0:0 without names and mtime `mtime`, as helm writes them (helm uses the time of
 * packaging; we use a fixed time so the same sources give the same bytes). No directory entries,
 * again as helm. The gzip header carries no file name and no timestamp.
 */
async function writeTarGz(entries, mtime) {
    // The blocks laid out as tar's own Pack lays out an entry read from another archive (its
    // WriteEntryTar), with tar's Header and Pax encoders, but without the stream machinery around them,
    // which cost more than the compression for a chart of a few hundred small files. The bytes are the
    // same as Pack's (test/charts/package.test.ts holds them to it).
    // Whole seconds: tar stores seconds, and a pax record would otherwise carry the fraction.
    const seconds = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
    const blocks = [];
    for (const entry of entries) {
        const size = entry.data.length;
        const header = new index_min/* Header */.Y9({
            path: entry.path,
            mode: 0o644,
            uid: 0,
            gid: 0,
            size,
            mtime: seconds,
            type: 'File',
            uname: '',
        });
        // encode() answers whether the plain header could not hold everything: then a pax record leads.
        if (header.encode()) {
            blocks.push(new index_min/* Pax */.un({ path: entry.path, size, uid: 0, gid: 0, mtime: seconds, uname: '' }).encode());
        }
        blocks.push(header.block, entry.data);
        if (size % 512 !== 0)
            blocks.push(Buffer.alloc(512 - (size % 512)));
    }
    blocks.push(Buffer.alloc(1024));
    const chunks = blocks;
    // On libuv's thread pool, so the main thread goes on (a registry request, the lint) meanwhile. Level 9
    // stays: a different level would change the bytes, and so the digest, of every chart published so far.
    const gzipped = await gzip(Buffer.concat(chunks), { level: 9 });
    // zlib stamps the build platform into the header's OS byte; 255 ("unknown", as Go writes it)
    // keeps the bytes identical whether the runner is Linux, macOS or Windows.
    gzipped[9] = 255;
    return gzipped;
}
/**
 * The regular files of a .tgz, in archive order. Refuses what helm's archive loader refuses:
 * paths that climb out (`..`) or are absolute, files over 5 MiB, more than 100 MiB in all.
 * Directory entries and pax headers are skipped; links and devices are refused.
 */
async function readTarGz(data, where) {
    let tarBytes;
    try {
        tarBytes = external_node_zlib_default().gunzipSync(data, { maxOutputLength: MAX_CHART_SIZE + 1024 * 1024 });
    }
    catch (error) {
        // zlib stops at maxOutputLength with ERR_BUFFER_TOO_LARGE: the archive is fine, the chart too big.
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw chartTooLarge(where);
        throw new errors/* UserError */.yo(`${where}: not a gzip-compressed chart archive (${error.message})`, {
            value: where,
            location: { file: where },
        });
    }
    const entries = [];
    const problems = [];
    let total = 0;
    const parser = new index_min/* Parser */.iX({
        strict: true,
        onReadEntry: (entry) => {
            const path = entry.path.replace(/^\.\//, '');
            if (entry.type === 'Directory')
                return void entry.resume();
            if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'ContiguousFile') {
                problems.push(`entry ${JSON.stringify(path)} is a ${entry.type}, expected regular files only`);
                return void entry.resume();
            }
            if (path.startsWith('/') || path.split('/').includes('..')) {
                problems.push(`entry ${JSON.stringify(path)} escapes the chart; expected paths under the chart's directory`);
                return void entry.resume();
            }
            if ((entry.size ?? 0) > MAX_CHART_FILE_SIZE) {
                problems.push(`chart file ${JSON.stringify(path)} is larger than the maximum file size ${MAX_CHART_FILE_SIZE}`);
                return void entry.resume();
            }
            total += entry.size ?? 0;
            const parts = [];
            entry.on('data', (chunk) => parts.push(chunk));
            entry.on('end', () => entries.push({ path, data: Buffer.concat(parts), mtime: entry.mtime }));
        },
    });
    const done = new Promise((resolve, reject) => {
        parser.on('end', () => resolve());
        parser.on('error', reject);
        parser.on('warn', (code, message) => problems.push(`${code}: ${message}`));
    });
    parser.end(tarBytes);
    await done;
    if (total > MAX_CHART_SIZE)
        throw chartTooLarge(where);
    if (problems.length > 0) {
        throw new errors/* UserError */.yo(`${where}: ${problems[0]}`, { value: where, location: { file: where } });
    }
    return entries;
}

// EXTERNAL MODULE: ./packages/release-kit/src/charts/version.ts
var charts_version = __webpack_require__(6868);
;// CONCATENATED MODULE: ./packages/release-kit/src/charts/chartfile.ts
// Chart.yaml: reading it the way helm does and validating it as helm's Metadata.Validate does (the
// edits are in chartfile-edit.ts).




/** The annotation the Rancher (Buntime) catalog reads release notes from. */
const RELEASE_NOTES_ANNOTATION = 'catalog.cattle.io/release-notes';
/**
 * Parse Chart.yaml bytes into helm's metadata. Strings are read as written (sigs.k8s.io/yaml turns
 * `version: 1.0` into the string "1.0" for a string field), booleans with YAML 1.1 rules as
 * go-yaml does, and unknown keys are ignored as helm ignores them. `where` names the file in errors.
 */
function parseChartYaml(data, where) {
    const file = 'Chart.yaml';
    const { strings: raw, typed } = loadYamlMapping(data, where, file);
    if (raw === undefined)
        throw chartError(where, 'chart.metadata.apiVersion is required');
    const str = (key, from = raw) => stringField(from, key, where, file);
    const strList = (key) => stringListField(raw, key, where, file);
    const annotationsRaw = raw.annotations;
    let annotations;
    if (annotationsRaw !== undefined && annotationsRaw !== null && annotationsRaw !== '') {
        if (!isRecord(annotationsRaw) || Object.values(annotationsRaw).some((v) => typeof v !== 'string')) {
            throw chartError(where, 'cannot load Chart.yaml: annotations must map strings to strings');
        }
        annotations = annotationsRaw;
    }
    const maintainers = listOfRecords(raw.maintainers, 'maintainers', where)?.map((m) => ({
        name: optionalSanitized(str('name', m)),
        email: optionalSanitized(str('email', m)),
        url: optionalSanitized(str('url', m)),
    }));
    return {
        name: sanitize(str('name') ?? ''),
        home: optionalSanitized(str('home')),
        sources: strList('sources')?.map(sanitize),
        version: str('version') ?? '',
        description: optionalSanitized(str('description')),
        keywords: strList('keywords')?.map(sanitize),
        maintainers,
        icon: optionalSanitized(str('icon')),
        apiVersion: str('apiVersion') ?? '',
        condition: optionalSanitized(str('condition')),
        tags: optionalSanitized(str('tags')),
        appVersion: optionalSanitized(str('appVersion')),
        deprecated: booleanField(typed, 'deprecated', where, file),
        annotations,
        kubeVersion: optionalSanitized(str('kubeVersion')),
        dependencies: parseDependencies(raw.dependencies, typed.dependencies, where, file),
        type: str('type'),
    };
}
/**
 * The `dependencies` of a helm 2 (apiVersion v1) chart's requirements.yaml, which helm 3 and 4 still
 * read into the chart's metadata; undefined when the file lists none.
 */
function parseRequirementsYaml(data, where) {
    const { strings, typed } = loadYamlMapping(data, where, 'requirements.yaml');
    if (strings === undefined)
        return undefined;
    return parseDependencies(strings.dependencies, typed.dependencies, where, 'requirements.yaml');
}
/** The largest number of alias expansions a chart file may make (the yaml library's own default). */
const MAX_ALIAS_COUNT = 100;
/**
 * A chart YAML file read twice, as helm reads it: every scalar as the string written (`strings`),
 * and typed with YAML 1.1 rules (`typed`, for booleans). Refuses syntax errors, duplicate keys
 * (naming the key and both lines) and alias bombs, each in one line; undefined for an empty file.
 */
function loadYamlMapping(data, where, file) {
    const text = chartYamlText(data, where, file);
    const lines = new dist/* LineCounter */.HN();
    const strings = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', uniqueKeys: false, lineCounter: lines });
    const typed = (0,dist/* parseDocument */.Tp)(text, { version: '1.1', uniqueKeys: false });
    const problem = strings.errors[0] ?? typed.errors[0];
    if (problem)
        throw chartError(where, `cannot load ${file}: ${problem.message.split('\n')[0]}`);
    const duplicate = findDuplicateKey(strings.contents, [], lines);
    if (duplicate) {
        throw new errors/* UserError */.yo(`chart ${where}: cannot load ${file}: duplicate key ${JSON.stringify(duplicate.key)} at line ${duplicate.line} (first at line ${duplicate.firstLine}); keep one`, { value: where, location: { file: where, line: duplicate.line } });
    }
    const rawStrings = toPlain(strings, where, file);
    const rawTyped = toPlain(typed, where, file);
    if (rawStrings === null || rawStrings === undefined || rawStrings === '')
        return { strings: undefined, typed: undefined };
    if (!isRecord(rawStrings) || !isRecord(rawTyped))
        throw chartError(where, `cannot load ${file}: expected a mapping of keys to values`);
    return { strings: rawStrings, typed: rawTyped };
}
function toPlain(document, where, file) {
    try {
        return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        // The yaml library stops an exponential expansion (a "billion laughs") with a ReferenceError.
        if (error instanceof ReferenceError && /alias/i.test(error.message)) {
            throw chartError(where, `cannot load ${file}: its YAML aliases expand more than ${MAX_ALIAS_COUNT} times (a resource exhaustion pattern); write the values out`);
        }
        throw error;
    }
}
/** The first key that appears twice in one mapping, anywhere in the tree, with its dotted path and lines. */
function findDuplicateKey(node, path, lines) {
    if ((0,dist/* isMap */.jh)(node)) {
        const seen = new Map();
        for (const pair of node.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
            if (key === undefined)
                continue;
            const line = lines.linePos(pair.key.range?.[0] ?? 0).line;
            const first = seen.get(key);
            if (first !== undefined)
                return { key: [...path, key].join('.'), line, firstLine: first };
            seen.set(key, line);
            const inner = findDuplicateKey(pair.value, [...path, key], lines);
            if (inner)
                return inner;
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        for (const [index, item] of node.items.entries()) {
            const inner = findDuplicateKey(item, [...path, String(index)], lines);
            if (inner)
                return inner;
        }
    }
    return undefined;
}
function parseDependencies(rawList, typedList, where, file) {
    const typedDeps = Array.isArray(typedList) ? typedList : [];
    return listOfRecords(rawList, 'dependencies', where)?.map((d, i) => {
        const t = isRecord(typedDeps[i]) ? typedDeps[i] : {};
        const importValues = t['import-values'];
        if (importValues !== undefined && importValues !== null && !Array.isArray(importValues)) {
            throw chartError(where, `cannot load ${file}: import-values must be a list`);
        }
        const str = (key) => stringField(d, key, where, file);
        return {
            name: sanitize(str('name') ?? ''),
            version: optionalSanitized(str('version')),
            repository: sanitize(str('repository') ?? ''),
            condition: optionalSanitized(str('condition')),
            tags: stringListField(d, 'tags', where, file)?.map(sanitize),
            enabled: booleanField(t, 'enabled', where, file),
            importValues: importValues ?? undefined,
            alias: str('alias'),
            dependsOn: stringListField(d, 'depends-on', where, file)?.map(sanitize),
        };
    });
}
function stringField(from, key, where, file) {
    const v = from[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'string')
        throw chartError(where, `cannot load ${file}: ${key} must be a string`);
    return v;
}
function stringListField(from, key, where, file) {
    const v = from[key];
    if (v === undefined || v === null || v === '')
        return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        throw chartError(where, `cannot load ${file}: ${key} must be a list of strings`);
    return v;
}
function booleanField(from, key, where, file) {
    const v = from[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'boolean')
        throw chartError(where, `cannot load ${file}: ${key} must be true or false`);
    return v;
}
/**
 * helm's Metadata.Validate, plus the rules this project adds: apiVersion must be v1 or v2 (what
 * helm lint accepts; helm 3 and 4 still package and install helm 2's v1 charts) and the name must be
 * usable in an OCI reference.
 */
function validateMetadata(metadata, where) {
    if (metadata.apiVersion === '')
        throw chartError(where, 'chart.metadata.apiVersion is required');
    if (metadata.apiVersion !== 'v1' && metadata.apiVersion !== 'v2') {
        throw chartError(where, `chart.metadata.apiVersion ${JSON.stringify(metadata.apiVersion)} is not supported; expected v1 or v2 (v2 for new charts)`);
    }
    if (metadata.name === '')
        throw chartError(where, 'chart.metadata.name is required');
    if (!(0,charts_version/* isSafeChartName */.bC)(metadata.name)) {
        throw chartError(where, `chart.metadata.name ${JSON.stringify(metadata.name)} is invalid; expected lower-case letters, digits and single separators (. _ -), e.g. my-chart`);
    }
    if (metadata.version === '')
        throw chartError(where, 'chart.metadata.version is required');
    if (!(0,charts_version/* isChartVersion */.N0)(metadata.version)) {
        throw chartError(where, `chart.metadata.version ${JSON.stringify(metadata.version)} is invalid; expected SemVer, e.g. 1.2.3`);
    }
    if (metadata.type !== undefined && !['', 'application', 'library'].includes(metadata.type)) {
        throw chartError(where, `chart.metadata.type ${JSON.stringify(metadata.type)} is invalid; expected application or library`);
    }
    const seen = new Set();
    for (const dependency of metadata.dependencies ?? []) {
        if (dependency.alias !== undefined && dependency.alias !== '' && !/^[a-zA-Z0-9_-]+$/.test(dependency.alias)) {
            throw chartError(where, `dependency ${JSON.stringify(dependency.name)} has disallowed characters in the alias`);
        }
        const key = dependency.alias || dependency.name;
        if (seen.has(key)) {
            throw chartError(where, `more than one dependency with name or alias ${JSON.stringify(key)}; try using distinct aliases for dependencies with the same chart name`);
        }
        seen.add(key);
    }
}
/** helm's sanitizeString: any whitespace becomes a space, non-printable characters are dropped. */
function sanitize(value) {
    return value.replace(/\s/gu, ' ').replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '');
}
function optionalSanitized(value) {
    return value === undefined ? undefined : sanitize(value);
}
function listOfRecords(value, key, where) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (!Array.isArray(value))
        throw chartError(where, `cannot load Chart.yaml: ${key} must be a list`);
    return value.map((entry) => {
        if (!isRecord(entry))
            throw chartError(where, `${key} must not contain empty or null nodes`);
        return entry;
    });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The text of a YAML file helm reads (Chart.yaml, values.yaml, requirements.yaml, Chart.lock), refused
 * in one line when it is not UTF-8, as helm refuses it ("yaml: invalid trailing UTF-8 octet"):
 * decoding would turn such a byte into U+FFFD, in the archive too when Chart.yaml is edited.
 */
function chartYamlText(data, where, file) {
    if ((0,external_node_buffer_.isUtf8)(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    // Only on failure: find the byte that starts the first invalid sequence, for the message. A decoder
    // fed one byte at a time returns text whenever a character completes, so `start` is where the
    // pending one began when it throws.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    let line = 1;
    for (let i = 0; i < data.length; i++) {
        try {
            if (decoder.decode(data.subarray(i, i + 1), { stream: true }) !== '')
                start = i + 1;
        }
        catch {
            break;
        }
        if (data[i] === 0x0a)
            line += 1;
    }
    const byte = `0x${data[start].toString(16).padStart(2, '0')}`;
    throw chartError(where, `cannot load ${file}: not UTF-8 (invalid byte ${byte} at line ${line}); save it as UTF-8`);
}
/** A chart problem, located in the chart's Chart.yaml (or the file `where` names). */
function chartError(where, message) {
    return new errors/* UserError */.yo(`chart ${where}: ${message}`, { value: where, location: { file: where } });
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/helmignore.ts
// .helmignore as helm reads it (helm/helm pkg/ignore/rules.go), down to Go's filepath.Match.

/** The name helm looks for at the chart root. */
const HELMIGNORE = '.helmignore';
/** What Go calls filepath.ErrBadPattern. */
class BadPattern extends Error {
}
/**
 * Go's `path/filepath.Match` on a Unix system, ported from the Go standard library.
 *
 * Hand-written on purpose: .helmignore patterns are Go globs, and no JavaScript glob library has
 * the same semantics. picomatch and minimatch treat dotfiles specially, accept `!` for class
 * negation, expand braces and `**`, and accept patterns Go rejects (`[]a]`, `[a-]`, a trailing
 * `\`). Go matches `*` and `?` against anything but `/`, negates classes with `^` only, and fails
 * malformed patterns with ErrBadPattern even when the match already failed. Mirroring the algorithm
 * (chunks split at `*`, backtracking over one star at a time) gives the same answers.
 * Throws BadPattern where Go returns ErrBadPattern.
 */
function goFilepathMatch(pattern, name) {
    let pat = Array.from(pattern);
    let rest = Array.from(name);
    patternLoop: while (pat.length > 0) {
        const scanned = scanChunk(pat);
        const { star, chunk } = scanned;
        pat = scanned.rest;
        if (star && chunk.length === 0) {
            // A trailing * matches the rest of the name unless it holds a separator.
            return !rest.includes('/');
        }
        const here = matchChunk(chunk, rest);
        // The last chunk must use up the name, else a later star position could still match.
        if (here !== null && (here.length === 0 || pat.length > 0)) {
            rest = here;
            continue;
        }
        if (star) {
            // Let the star swallow one more character at a time, never a separator.
            for (let i = 0; i < rest.length && rest[i] !== '/'; i++) {
                const t = matchChunk(chunk, rest.slice(i + 1));
                if (t !== null) {
                    if (pat.length === 0 && t.length > 0)
                        continue;
                    rest = t;
                    continue patternLoop;
                }
            }
        }
        // Before answering "no match", Go checks that the rest of the pattern is well formed.
        while (pat.length > 0) {
            const next = scanChunk(pat);
            pat = next.rest;
            matchChunk(next.chunk, []);
        }
        return false;
    }
    return rest.length === 0;
}
function scanChunk(pattern) {
    let star = false;
    let start = 0;
    while (start < pattern.length && pattern[start] === '*') {
        start++;
        star = true;
    }
    const p = pattern.slice(start);
    let inRange = false;
    let i = 0;
    scan: for (; i < p.length; i++) {
        switch (p[i]) {
            case '\\':
                if (i + 1 < p.length)
                    i++;
                break;
            case '[':
                inRange = true;
                break;
            case ']':
                inRange = false;
                break;
            case '*':
                if (!inRange)
                    break scan;
                break;
        }
    }
    return { star, chunk: p.slice(0, i), rest: p.slice(i) };
}
/** The rest of `s` after `chunk` matched its start, or null; throws BadPattern on a malformed chunk. */
function matchChunk(chunkIn, sIn) {
    let chunk = chunkIn;
    let s = sIn;
    let failed = false;
    while (chunk.length > 0) {
        if (!failed && s.length === 0)
            failed = true;
        switch (chunk[0]) {
            case '[': {
                let r = '';
                if (!failed) {
                    r = s[0];
                    s = s.slice(1);
                }
                chunk = chunk.slice(1);
                let negated = false;
                if (chunk.length > 0 && chunk[0] === '^') {
                    negated = true;
                    chunk = chunk.slice(1);
                }
                let match = false;
                let ranges = 0;
                for (;;) {
                    if (chunk.length > 0 && chunk[0] === ']' && ranges > 0) {
                        chunk = chunk.slice(1);
                        break;
                    }
                    const lo = getEsc(chunk);
                    chunk = lo.rest;
                    let hi = lo.char;
                    if (chunk[0] === '-') {
                        const h = getEsc(chunk.slice(1));
                        chunk = h.rest;
                        hi = h.char;
                    }
                    if (!failed && codePoint(lo.char) <= codePoint(r) && codePoint(r) <= codePoint(hi))
                        match = true;
                    ranges++;
                }
                if (match === negated)
                    failed = true;
                break;
            }
            case '?':
                if (!failed) {
                    if (s[0] === '/')
                        failed = true;
                    s = s.slice(1);
                }
                chunk = chunk.slice(1);
                break;
            default:
                // A backslash escapes the next character, which is then matched literally.
                if (chunk[0] === '\\') {
                    chunk = chunk.slice(1);
                    if (chunk.length === 0)
                        throw new BadPattern();
                }
                if (!failed) {
                    if (chunk[0] !== s[0])
                        failed = true;
                    s = s.slice(1);
                }
                chunk = chunk.slice(1);
        }
    }
    return failed ? null : s;
}
function getEsc(chunkIn) {
    let chunk = chunkIn;
    if (chunk.length === 0 || chunk[0] === '-' || chunk[0] === ']')
        throw new BadPattern();
    if (chunk[0] === '\\') {
        chunk = chunk.slice(1);
        if (chunk.length === 0)
            throw new BadPattern();
    }
    const char = chunk[0];
    const rest = chunk.slice(1);
    if (rest.length === 0)
        throw new BadPattern();
    return { char, rest };
}
function codePoint(c) {
    return c.codePointAt(0) ?? 0;
}
/** Parsed .helmignore rules; `ignores` answers as helm's `Rules.Ignore` does. */
class HelmignoreRules {
    patterns = [];
    /** The rule helm always adds: dotfiles directly in templates/. */
    addDefaults() {
        this.addRule('templates/.?*');
    }
    /** How many rules are in force (comments and blank lines excluded). */
    get size() {
        return this.patterns.length;
    }
    /**
     * Parse one line. Returns an error message for a rule helm refuses (`**`, a malformed glob),
     * undefined otherwise.
     */
    addRule(line) {
        let rule = line.trim();
        if (rule === '' || rule.startsWith('#'))
            return undefined;
        if (rule.includes('**'))
            return 'double-star (**) syntax is not supported';
        try {
            // Go compiles the rule by matching it against a non-empty name; so do we.
            goFilepathMatch(rule, 'abc');
        }
        catch (error) {
            if (error instanceof BadPattern)
                return 'syntax error in pattern';
            throw error;
        }
        const pattern = { raw: rule, negate: false, mustDir: false, match: () => false };
        if (rule.startsWith('!')) {
            pattern.negate = true;
            rule = rule.slice(1);
        }
        // A trailing slash means "directories only"; the slash itself is not part of the match.
        if (rule.endsWith('/')) {
            pattern.mustDir = true;
            rule = rule.slice(0, -1);
        }
        const glob = rule.startsWith('/') ? rule.slice(1) : rule;
        const structural = rule.startsWith('/') || rule.includes('/');
        pattern.match = (path) => {
            try {
                return goFilepathMatch(glob, structural ? path : baseName(path));
            }
            catch {
                return false; // helm logs "Failed to compile" and treats it as no match
            }
        };
        this.patterns.push(pattern);
        return undefined;
    }
    /**
     * True when `path` (slash-separated, relative to the chart root) is ignored. Rules are tried in
     * order and the first match decides. A negated rule ignores everything it does NOT match (helm's
     * own reading of `!`, kept as is so that our archive holds what helm's would).
     */
    ignores(path, isDirectory) {
        if (path === '' || path === '.' || path === './')
            return false;
        for (const p of this.patterns) {
            if (p.negate) {
                if (p.mustDir && !isDirectory)
                    return true;
                if (!p.match(path))
                    return true;
                continue;
            }
            if (p.mustDir && !isDirectory)
                continue;
            if (p.match(path))
                return true;
        }
        return false;
    }
}
/**
 * Parse a .helmignore file. A bad rule is a UserError naming the file and line, as `helm package`
 * fails on it too.
 */
function parseHelmignore(text, file = HELMIGNORE) {
    const rules = new HelmignoreRules();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const problem = rules.addRule(lines[i]);
        if (problem) {
            throw new errors/* UserError */.yo(`${file}:${i + 1}: rule ${JSON.stringify(lines[i].trim())} is invalid: ${problem}; expected Go filepath.Match globs without **`, {
                value: lines[i].trim(),
                valid: 'Go filepath.Match globs without **',
                location: { file, line: i + 1 },
            });
        }
    }
    return rules;
}
function baseName(path) {
    const trimmed = path.replace(/\/+$/, '');
    if (trimmed === '')
        return '/';
    const i = trimmed.lastIndexOf('/');
    return i < 0 ? trimmed : trimmed.slice(i + 1);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/load.ts
// Loading a chart as helm's loader does: a directory walked with .helmignore (pkg/chart/v2/loader
// directory.go), or an archive; then files sorted into Chart.yaml, values, templates, other files
// and subcharts (load.go LoadFiles), with helm's checks on each part.







const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// The files helm reads by name in a chart (or subchart) root: a directory there is a mistake.
const CHART_FILE_POSITION = /^(?:charts\/[^/]+\/)*(?:Chart\.yaml|Chart\.lock|values\.yaml|values\.schema\.json|requirements\.yaml|requirements\.lock|\.helmignore)$/;
/**
 * The files of a chart directory that helm would package, in helm's walk order (each directory's
 * names sorted by bytes). Applies .helmignore and the implicit `templates/.?*`; follows symlinks
 * that stay inside the chart and refuses those that leave it; refuses irregular files, files over
 * 5 MiB, and a chart over 100 MiB in all (before reading any of it); strips a UTF-8 byte order
 * mark as helm does.
 */
async function readChartDirectory(dir, where = dir) {
    // Synchronous file calls on purpose: a chart is hundreds of small files, and each asynchronous call
    // is a round trip through libuv's thread pool (readFile alone makes four). Nothing else runs on
    // this thread meanwhile that could use the wait.
    const root = (0,external_node_fs_.realpathSync)(dir);
    let rules = new HelmignoreRules();
    const ignoreFile = external_node_path_default().join(root, HELMIGNORE);
    try {
        // Never read a .helmignore that points out of the chart: its lines would end up in error messages.
        if (!isWithin(root, (0,external_node_fs_.realpathSync)(ignoreFile))) {
            throw chartError(where, `${HELMIGNORE} is a symlink to a file outside the chart directory; expected a file inside the chart`);
        }
        rules = parseHelmignore((0,external_node_fs_.readFileSync)(ignoreFile, 'utf8'), external_node_path_default().join(where, HELMIGNORE));
    }
    catch (error) {
        const code = error.code;
        if (code === 'EISDIR')
            throw chartError(where, `${HELMIGNORE} is a directory; expected a file`);
        if (code !== 'ENOENT')
            throw error;
    }
    rules.addDefaults();
    const found = [];
    let total = 0;
    const visiting = new Set();
    const walk = (absolute, relative) => {
        const real = (0,external_node_fs_.realpathSync)(absolute);
        if (visiting.has(real))
            throw chartError(where, `symlink loop at ${relative}`);
        visiting.add(real);
        const names = (0,external_node_fs_.readdirSync)(absolute).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        for (const name of names) {
            const childAbsolute = external_node_path_default().join(absolute, name);
            const child = relative === '' ? name : `${relative}/${name}`;
            let info = (0,external_node_fs_.lstatSync)(childAbsolute);
            if (info.isSymbolicLink()) {
                let target;
                try {
                    target = (0,external_node_fs_.realpathSync)(childAbsolute);
                }
                catch {
                    // helm respects .helmignore for a broken link before failing on it.
                    if (rules.ignores(child, false))
                        continue;
                    throw chartError(where, `${child} is a broken symlink; remove it or list it in .helmignore`);
                }
                info = (0,external_node_fs_.statSync)(target);
                if (rules.ignores(child, info.isDirectory()))
                    continue;
                if (!isWithin(root, target)) {
                    throw chartError(where, `${child} is a symlink to ${target}, outside the chart directory; expected links that stay inside the chart`);
                }
            }
            else if (rules.ignores(child, info.isDirectory())) {
                continue;
            }
            if (info.isDirectory()) {
                if (CHART_FILE_POSITION.test(child))
                    throw chartError(where, `${child} is a directory; expected a file`);
                walk(childAbsolute, child);
                continue;
            }
            if (!info.isFile())
                throw chartError(where, `cannot load irregular file ${child} as it has file mode type bits set`);
            if (info.size > MAX_CHART_FILE_SIZE) {
                throw chartError(where, `chart file ${JSON.stringify(child)} is larger than the maximum file size ${MAX_CHART_FILE_SIZE} (5 MiB)`);
            }
            total += info.size;
            if (total > MAX_CHART_SIZE)
                throw chartTooLarge(where);
            found.push({ name: child, absolute: childAbsolute, size: info.size });
        }
        visiting.delete(real);
    };
    walk(root, '');
    return found.map((file) => ({ name: file.name, data: stripBom((0,external_node_fs_.readFileSync)(file.absolute)) }));
}
/**
 * A packaged chart's files, its top directory stripped (helm's archive loader takes the first
 * path component as the chart's folder, whatever its name).
 */
async function readChartArchive(data, where) {
    const entries = await readTarGz(data, where);
    const files = [];
    for (const entry of entries) {
        const slash = entry.path.indexOf('/');
        if (slash < 0)
            continue; // a file beside the chart folder; helm's loader drops it too
        const name = entry.path.slice(slash + 1);
        if (name === '')
            continue;
        files.push({ name, data: stripBom(entry.data) });
    }
    return { files, entries };
}
/**
 * Sort files into a chart as helm's LoadFiles does, validating on the way: Chart.yaml (helm's
 * metadata rules), values.yaml (YAML), values.schema.json (JSON), then each subchart in charts/
 * (skipping names that start with `_` or `.`), recursively.
 */
async function buildChart(files, where, options = {}) {
    const chartYaml = files.find((f) => f.name === 'Chart.yaml');
    if (!chartYaml)
        throw chartError(where, 'Chart.yaml file is missing');
    const metadata = parseChartYaml(chartYaml.data, `${where}/Chart.yaml`);
    // A helm 2 chart lists its dependencies in requirements.yaml; helm 3 and 4 read them from there.
    const v1 = metadata.apiVersion === 'v1';
    const requirements = v1 ? files.find((f) => f.name === 'requirements.yaml') : undefined;
    if (requirements) {
        const listed = parseRequirementsYaml(requirements.data, `${where}/requirements.yaml`);
        if (listed)
            metadata.dependencies = listed;
    }
    validateMetadata(metadata, `${where}/Chart.yaml`);
    const chart = { metadata, chartYaml, templates: [], files: [], dependencies: [], where };
    const subcharts = new Map();
    for (const file of files) {
        const name = file.name;
        if (name === 'Chart.yaml')
            continue;
        if (name === 'Chart.lock') {
            checkYaml(file, where);
            // helm's saver writes Chart.lock for v2 charts only.
            if (!v1)
                chart.lock = file;
        }
        else if (name === 'values.yaml') {
            if (options.checkValues !== false)
                checkYaml(file, where);
            chart.values = file;
        }
        else if (name === 'values.schema.json') {
            try {
                JSON.parse(file.data.toString('utf8'));
            }
            catch (error) {
                throw chartError(`${where}/values.schema.json`, `Invalid JSON in values.schema.json: ${error.message}`);
            }
            chart.schema = file;
        }
        else if (name === 'requirements.yaml' || name === 'requirements.lock') {
            checkYaml(file, where);
            // A v1 chart keeps them among its files, as helm's loader and saver do; a v2 chart's are
            // read by helm but never written back (Chart.yaml rules there).
            if (v1)
                chart.files.push(file);
        }
        else if (name.startsWith('templates/')) {
            chart.templates.push(file);
        }
        else if (name.startsWith('charts/')) {
            if (external_node_path_default().posix.extname(name) === '.prov') {
                chart.files.push(file);
                continue;
            }
            const inside = name.slice('charts/'.length);
            const subchart = inside.split('/')[0];
            if (!subcharts.has(subchart))
                subcharts.set(subchart, []);
            subcharts.get(subchart).push({ name: inside, data: file.data });
        }
        else {
            chart.files.push(file);
        }
    }
    // helm walks a Go map here, so its order varies from run to run; sorting by name keeps ours fixed.
    const names = [...subcharts.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const name of names) {
        if (name.startsWith('_') || name.startsWith('.'))
            continue;
        const subWhere = `${where}/charts/${name}`;
        const group = subcharts.get(name);
        let sub;
        if (external_node_path_default().posix.extname(name) === '.tgz') {
            const archive = group.find((f) => f.name === name);
            if (!archive)
                throw chartError(subWhere, `error unpacking subchart tar in ${metadata.name}: expected ${name}`);
            const { files: inner } = await readChartArchive(archive.data, subWhere);
            sub = await buildChart(inner, subWhere, options);
        }
        else {
            const inner = group
                .filter((f) => f.name.includes('/'))
                .map((f) => ({ name: f.name.slice(name.length + 1), data: f.data }));
            sub = await buildChart(inner, subWhere, options);
        }
        const clash = chart.dependencies.find((d) => d.metadata.name === sub.metadata.name);
        if (clash) {
            // helm would write both under charts/<name>/ and the archive would hold the same paths twice.
            throw chartError(subWhere, `subchart name ${JSON.stringify(sub.metadata.name)} is also used by ${clash.where}; expected one subchart per name under charts/`);
        }
        chart.dependencies.push(sub);
    }
    return chart;
}
/**
 * helm package's CheckDependencies: each dependency in Chart.yaml must be a chart (by its own name)
 * under charts/. The message is helm's, with the command that fixes it.
 */
function checkDependencies(chart, chartDir) {
    const present = new Set(chart.dependencies.map((d) => d.metadata.name));
    const missing = (chart.metadata.dependencies ?? []).map((d) => d.name).filter((name) => !present.has(name));
    if (missing.length > 0) {
        throw chartError(`${chart.where}/Chart.yaml`, `found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}; run \`helm dependency build ${chartDir}\` and commit or build charts/ before publishing`);
    }
}
/**
 * Parse values.yaml of `chart` and of each subchart, as helm's loader does: for a chart loaded with
 * `checkValues: false`, once it is known to be published (a chart the registry already holds byte for
 * byte is not, and need not pay for parsing a large values.yaml).
 */
function checkChartValues(chart) {
    if (chart.values)
        checkYaml(chart.values, chart.where);
    for (const dependency of chart.dependencies)
        checkChartValues(dependency);
}
function checkYaml(file, where) {
    const text = chartYamlText(file.data, `${where}/${file.name}`, file.name);
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { version: '1.1', uniqueKeys: false });
    const list = Array.isArray(documents) ? documents : [documents];
    for (const document of list) {
        if (document.errors.length > 0) {
            throw chartError(`${where}/${file.name}`, `cannot load ${file.name}: ${document.errors[0].message.split('\n')[0]}`);
        }
    }
}
function stripBom(data) {
    return data.subarray(0, 3).equals(UTF8_BOM) ? data.subarray(3) : data;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/digest.ts
// Content digests as OCI writes them (`sha256:<hex>`), and the check that bytes match one.


/** The descriptor of `data` as a blob of `mediaType`. */
function describeBlob(mediaType, data) {
    return { mediaType, digest: sha256Digest(data), size: data.length };
}
/** `sha256:<hex>` of the bytes. */
function sha256Digest(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}
/** The digest of `data` computed with the algorithm `digest` names (sha256 or sha512). */
function digestWithAlgorithmOf(digest, data) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    if (algorithm !== 'sha256' && algorithm !== 'sha512') {
        throw new errors/* UserError */.yo(`unsupported digest algorithm in ${JSON.stringify(digest)}: expected sha256 or sha512`);
    }
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex')}`;
}
/** Throw unless `data` hashes to `expected`; `what` names the content for the message. */
function assertDigest(data, expected, what) {
    const actual = digestWithAlgorithmOf(expected, data);
    if (actual !== expected) {
        throw new errors/* UserError */.yo(`${what}: content digest ${actual} does not match the expected ${expected} (corrupted or tampered content)`);
    }
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/reference.ts
// Parsing and printing OCI references: `oci://host/path`, `host/path/name:tag`, `host/path@sha256:…`.

// The grammar of distribution/reference (reference.go), restated rather than imported because that
// library is Go-only; anchored so a lookalike cannot slip through a prefix match.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
/**
 * True for a registry host as distribution's reference grammar writes it: DNS labels or a bracketed
 * IPv6 address, optionally `:PORT` (`ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`). The one host rule:
 * the OCI client and the chart `registry` input check hosts with it too.
 */
function isValidRegistryHost(host) {
    return HOST.test(host);
}
/** True for a valid OCI tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`). */
function isValidTag(tag) {
    return TAG.test(tag);
}
/** True for a `sha256:<hex>` / `sha512:<hex>` digest in canonical lower-case form. */
function isValidDigest(digest) {
    return DIGEST.test(digest);
}
/** True for `sha256:<64 lower-case hex>`, the one algorithm registries, cosign and GitHub all report. */
function isSha256Digest(digest) {
    return digest.startsWith('sha256:') && DIGEST.test(digest);
}
/** True for a repository name the registry accepts (`owner/charts/foo`). */
function isValidRepository(repository) {
    return (repository.length > 0 &&
        repository.length <= 255 &&
        repository.split('/').every((part) => PATH_COMPONENT.test(part)));
}
/** Docker Hub, as Docker names it in a normalised reference. */
const DOCKER_HUB = 'docker.io';
/** Docker Hub's other spellings, normalised to DOCKER_HUB as Docker does. */
const DOCKER_HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io']);
/**
 * A registry host as an input names it (`ghcr.io`, `127.0.0.1:5000`, `docker.io`), normalised the
 * way parseReference normalises a reference's host, so the two compare equal.
 */
function parseRegistryHost(text, input) {
    const host = text.trim().toLowerCase();
    if (!isValidRegistryHost(host))
        throw invalidInput(input, text, 'a registry host such as ghcr.io or 127.0.0.1:5000 (no scheme, no path)');
    return DOCKER_HUB_ALIASES.has(host) ? DOCKER_HUB : host;
}
/**
 * The one grammar for OCI references: `oci://ghcr.io/owner/charts`, `ghcr.io/owner/img:1.0`,
 * `127.0.0.1:5000/a/b@sha256:…` or `host/a/b:tag@sha256:…`.
 *
 * Without a scheme it is an image reference, normalised the way Docker does it
 * (distribution/reference ParseNormalizedNamed): when the first component has no dot, no port and is
 * not `localhost`, it is a Docker Hub name, so `acme/app` is `docker.io/acme/app` and `nginx` is
 * `docker.io/library/nginx`. An `oci://` location (a chart registry) must name its host: guessing
 * `docker.io` there would push to the wrong place, so it is refused with a hint.
 */
function parseReference(text, options = {}) {
    const fail = (why) => {
        const subject = options.input
            ? `input '${options.input}' has invalid value ${showValue(text)}`
            : `invalid OCI reference ${showValue(text)}`;
        throw new UserError(`${subject}: ${why}`, {
            input: options.input,
            value: text,
            valid: options.requireTagOrDigest
                ? '[HOST/]REPOSITORY:TAG or [HOST/]REPOSITORY@sha256:DIGEST'
                : 'oci://HOST/REPOSITORY',
        });
    };
    let rest = text.trim();
    if (rest === '')
        fail('it is empty');
    let oci = false;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rest)) {
        if (!rest.toLowerCase().startsWith('oci://'))
            fail('only the oci:// scheme is supported');
        rest = rest.slice('oci://'.length);
        oci = true;
    }
    rest = rest.replace(/\/+$/, '');
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            fail(`${showValue(digest)} is not a digest (expected sha256: and 64 lower-case hex digits)`);
    }
    const slash = rest.indexOf('/');
    const first = slash < 0 ? rest : rest.slice(0, slash);
    // Docker's test for "the first component is a host": there is a slash after it, and it has a dot,
    // a port or is localhost. (Docker also takes a capitalised first component for a host; that is
    // never a registry anyone means, so it is refused below as a repository name.)
    const namesHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    let registry;
    let path;
    if (!namesHost && !oci) {
        registry = DOCKER_HUB;
        path = slash < 0 ? `library/${rest}` : rest;
    }
    else {
        if (slash < 0)
            fail('it names no repository (expected HOST/REPOSITORY)');
        registry = first;
        path = rest.slice(slash + 1);
        if (!isValidRegistryHost(registry))
            fail(`${showValue(registry)} is not a registry host`);
        if (!namesHost) {
            fail(`it has no registry host (${showValue(registry)} looks like a Docker Hub name; write the host, e.g. oci://docker.io/${rest} or oci://ghcr.io/OWNER/NAME)`);
        }
        registry = registry.toLowerCase();
        if (DOCKER_HUB_ALIASES.has(registry))
            registry = DOCKER_HUB;
        // docker.io/nginx is Docker Hub's official image, as Docker reads it.
        if (registry === DOCKER_HUB && !oci && !path.includes('/') && !path.startsWith('library'))
            path = `library/${path}`;
    }
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon >= 0 && !path.slice(colon).includes('/')) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
        if (!TAG.test(tag))
            fail(`${showValue(tag)} is not a valid tag (letters, digits, _ . -, at most 128, not starting with . or -)`);
    }
    if (!isValidRepository(path))
        fail(`${showValue(path)} is not a valid repository name (lower-case letters, digits and . _ - separators between slashes)`);
    if (options.requireTagOrDigest && tag === undefined && digest === undefined)
        fail('it has neither a tag nor a digest');
    return {
        registry,
        repository: path,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/** `host/repo:tag@digest` (whichever parts are set), the form skopeo and docker print. */
function formatReference(reference) {
    return `${reference.registry}/${reference.repository}${reference.tag !== undefined ? `:${reference.tag}` : ''}${reference.digest !== undefined ? `@${reference.digest}` : ''}`;
}
/** The tag or, failing that, the digest: what goes after `/manifests/`. */
function manifestReferenceOf(reference) {
    const value = reference.digest ?? reference.tag;
    if (value === undefined)
        throw new UserError(`OCI reference ${showValue(formatReference(reference))} has neither a tag nor a digest`);
    return value;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/oci.ts
// Helm's OCI layout for a chart (helm/helm pkg/registry): media types, the config blob, the
// manifest and its annotations, and the location a chart version is pushed to. The generic OCI
// parts (descriptors, digests, reference grammar) come from oci/.




const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
const HELM_CHART_LAYER_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const HELM_PROVENANCE_LAYER_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.provenance.v1.prov';
/**
 * Parse the `registry` input: `oci://HOST[:PORT]/PATH…`. OCI repository names are lower case, so
 * upper-case letters are lowered (`oci://ghcr.io/${{ github.repository_owner }}/charts` has the
 * owner's capitals, and a workflow expression cannot lower them); any other departure from the
 * distribution grammar is a UserError naming `input`.
 */
function parseRegistryUrl(value, input = 'registry') {
    const valid = 'oci://HOST[:PORT]/PATH, e.g. oci://ghcr.io/OWNER/charts';
    // The host and the path are held to the grammar oci/reference.ts keeps.
    const text = value.trim().toLowerCase();
    if (!text.startsWith('oci://'))
        throw (0,errors/* invalidInput */.aY)(input, value, valid);
    const rest = text.slice('oci://'.length);
    const slash = rest.indexOf('/');
    const host = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? '' : rest.slice(slash + 1).replace(/\/$/, '');
    if (!isValidRegistryHost(host) || (path !== '' && !isValidRepository(path)))
        throw (0,errors/* invalidInput */.aY)(input, value, valid);
    return { host, path, url: `oci://${host}${path ? `/${path}` : ''}` };
}
/** `<registry-path>/<name>:<version>`, with `+` in the version written as `_` in the tag. */
function chartReference(registryUrl, name, version, input = 'registry') {
    const { host, path, url } = parseRegistryUrl(registryUrl, input);
    const repository = path ? `${path}/${name}` : name;
    const tag = (0,charts_version/* chartVersionTag */.Jb)(version);
    return {
        registry: host,
        repository,
        tag,
        ref: `${host}/${repository}:${tag}`,
        ociUrl: `oci://${host}/${repository}`,
        registryUrl: url,
    };
}
/**
 * The config blob: the chart metadata as Go's json.Marshal writes helm's chart.Metadata — struct
 * field order, empty fields omitted, map keys sorted, `<`, `>` and `&` escaped.
 */
function chartConfigJson(metadata) {
    const fields = [
        ['name', metadata.name],
        ['home', metadata.home],
        ['sources', metadata.sources],
        ['version', metadata.version],
        ['description', metadata.description],
        ['keywords', metadata.keywords],
        [
            'maintainers',
            metadata.maintainers?.map((m) => goObject([
                ['name', m.name],
                ['email', m.email],
                ['url', m.url],
            ])),
        ],
        ['icon', metadata.icon],
        ['apiVersion', metadata.apiVersion],
        ['condition', metadata.condition],
        ['tags', metadata.tags],
        ['appVersion', metadata.appVersion],
        ['deprecated', metadata.deprecated],
        ['annotations', metadata.annotations],
        ['kubeVersion', metadata.kubeVersion],
        ['dependencies', metadata.dependencies?.map(dependencyObject)],
        ['type', metadata.type],
    ];
    return Buffer.from(goObject(fields).json);
}
function dependencyObject(d) {
    return goObject([
        ['name', d.name],
        ['version', d.version],
        ['repository', d.repository],
        ['condition', d.condition],
        ['tags', d.tags],
        ['enabled', d.enabled],
        ['import-values', d.importValues],
        ['alias', d.alias],
        ['depends-on', d.dependsOn],
    ], new Set(['name', 'repository']));
}
/**
 * The manifest annotations helm sets (generateOCIAnnotations): description, title, version, url,
 * created, source (first of sources) and authors ("Name (email), …"), blank values dropped; then
 * the chart's own annotations, which cannot replace title or version.
 */
function chartManifestAnnotations(metadata, created) {
    const annotations = {};
    const put = (key, value) => {
        if (value !== undefined && value.trim() !== '')
            annotations[key] = value;
    };
    put('org.opencontainers.image.description', metadata.description);
    put('org.opencontainers.image.title', metadata.name);
    put('org.opencontainers.image.version', metadata.version);
    put('org.opencontainers.image.url', metadata.home);
    put('org.opencontainers.image.created', rfc3339(created));
    if (metadata.sources && metadata.sources.length > 0)
        put('org.opencontainers.image.source', metadata.sources[0]);
    if (metadata.maintainers && metadata.maintainers.length > 0) {
        const authors = metadata.maintainers.map((m) => `${m.name ?? ''}${m.email ? ` (${m.email})` : ''}`).join(', ');
        put('org.opencontainers.image.authors', authors);
    }
    for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
        if (key === 'org.opencontainers.image.title' || key === 'org.opencontainers.image.version')
            continue;
        annotations[key] = value;
    }
    return annotations;
}
/** The manifest helm pushes: schemaVersion 2, config, the chart layer, annotations (Go's JSON). */
function chartManifestJson(config, layers, annotations) {
    const descriptor = (d) => goObject([
        ['mediaType', d.mediaType],
        ['digest', d.digest],
        ['size', d.size],
    ]);
    // helm sorts layers by digest "for determinism, similar to how ORAS v1 does it".
    const sorted = [...layers].sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
    return Buffer.from(goObject([
        ['schemaVersion', 2],
        ['config', descriptor(config)],
        ['layers', sorted.map(descriptor)],
        ['annotations', annotations],
    ]).json);
}
/** helm push's layout of a packaged chart, computed without touching a registry. */
function chartOciArtifact(packaged) {
    const layer = describeBlob(HELM_CHART_LAYER_MEDIA_TYPE, packaged.data);
    const configBytes = chartConfigJson(packaged.metadata);
    const config = describeBlob(HELM_CONFIG_MEDIA_TYPE, configBytes);
    const manifest = chartManifestJson(config, [layer], chartManifestAnnotations(packaged.metadata, packaged.created));
    return { layerBytes: packaged.data, layer, configBytes, config, manifest, digest: sha256Digest(manifest) };
}
/** Go's time.RFC3339 in UTC: 2006-01-02T15:04:05Z */
function rfc3339(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** A value already encoded as Go's encoding/json would encode it. */
class GoJson {
    json;
    constructor(json) {
        this.json = json;
    }
}
/** Encode fields in order, omitting empty ones as `omitempty` does (except those in `always`). */
function goObject(fields, always = new Set()) {
    const parts = [];
    for (const [key, value] of fields) {
        if (!always.has(key) && isEmpty(value))
            continue;
        parts.push(`${goString(key)}:${goValue(value ?? '')}`);
    }
    return new GoJson(`{${parts.join(',')}}`);
}
function isEmpty(value) {
    if (value === undefined || value === null || value === false || value === '' || value === 0)
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    if (typeof value === 'object' && !isGoJson(value))
        return Object.keys(value).length === 0;
    return false;
}
function isGoJson(value) {
    return value instanceof GoJson;
}
function goValue(value) {
    if (isGoJson(value))
        return value.json;
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return goString(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(goValue).join(',')}]`;
    // A Go map: keys sorted.
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${goString(k)}:${goValue(v)}`).join(',')}}`;
}
/** Go's encoding/json string: HTML-sensitive characters and U+2028/U+2029 escaped as \u00XX. */
function goString(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/yaml.ts
/** How far aliases may expand when a document is turned into values: the yaml library's own default. */
const yaml_MAX_ALIAS_COUNT = 100;
/**
 * The first problem of `doc` (parsed from `text`), or undefined. A duplicate key is refused because
 * tools disagree on which of the two counts (the yaml library and helm keep one, a regexp another).
 * An alias bomb (a few lines of `&a [*b, *b, …]` that expand to billions of nodes) is found by
 * expanding the document under the alias limit, the way every later reader of the file would.
 */
function yamlProblem(doc, text) {
    const error = doc.errors[0];
    if (error) {
        const offset = error.pos[0];
        if (error.code === 'DUPLICATE_KEY') {
            const key = (/^[ \t]*(?:-[ \t]+)?(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]*?))[ \t]*:/.exec(text.slice(offset)) ?? [])
                .slice(1)
                .find((k) => k !== undefined);
            return {
                message: `duplicate key${key ? ` ${JSON.stringify(key)}` : ''} in one mapping; tools disagree on which one counts, so keep one`,
                offset,
            };
        }
        return { message: `not valid YAML: ${error.message.split('\n')[0].replace(/:$/, '')}`, offset };
    }
    try {
        doc.toJS({ maxAliasCount: yaml_MAX_ALIAS_COUNT });
    }
    catch (expansion) {
        if (!/alias/i.test(expansion.message))
            throw expansion;
        return {
            message: `its aliases expand beyond ${yaml_MAX_ALIAS_COUNT} times the document (an alias bomb); write the values out`,
            offset: 0,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/chartfile-edit.ts
// Chart.yaml edited in place, the one home for it: finding a value by its key path, setting a top-level
// scalar (version, appVersion) and setting an annotation (Rancher's release notes). Every edit splices
// the original text at the source range the yaml library reports, so comments, quoting, key order,
// indentation and line endings elsewhere survive byte for byte; re-serialising would reflow them, and
// Chart.yaml files are reviewed by humans. bump-version, chart-release-notes and packaging all edit
// through here.




/**
 * The scalar at `path` (keys; numeric segments index sequences) in the YAML `text`, located to the
 * byte, or why it cannot be edited in place: not valid YAML, no such key, not a plain or quoted
 * scalar whose source text is the value itself.
 */
function locateScalar(text, path) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, keepSourceTokens: true, uniqueKeys: true });
    const invalid = yamlProblem(doc, text);
    if (invalid)
        return { problem: invalid.message, line: lineOf(text, invalid.offset) };
    const key = path.join('.');
    // yaml's getIn accepts numeric segments as strings for sequences too.
    const node = doc.getIn(path, true);
    if (node === undefined || node === null)
        return { problem: `key ${key} not found`, line: 1 };
    const line = lineOf(text, node.range?.[0] ?? 0);
    if (!(0,dist/* isScalar */.jn)(node) || !node.range)
        return { problem: `key ${key} is not a plain value (a map, list or alias)`, line };
    const [start, end] = node.range;
    const source = text.slice(start, end);
    const value = typeof node.value === 'string' ? node.value : String(node.value);
    // Only styles whose source text is the value itself, bare or in quotes, can be spliced safely.
    let inner;
    if (node.type === 'PLAIN' && source === value)
        inner = [start, end];
    if (node.type === 'QUOTE_DOUBLE' && source === `"${value}"`)
        inner = [start + 1, end - 1];
    if (node.type === 'QUOTE_SINGLE' && source === `'${value}'`)
        inner = [start + 1, end - 1];
    if (!inner)
        return {
            problem: `key ${key} holds ${(0,errors/* showValue */.vp)(source)}, not a version written as a plain or quoted scalar`,
            line,
        };
    return { value, start: inner[0], end: inner[1], line };
}
/**
 * Chart.yaml with the top-level scalar `key` set to `value` (a single line). The written style is
 * kept: a quoted value stays quoted; a plain one stays plain unless the new value would read back as
 * something else (`2.0`, `yes`), which is then double-quoted. A missing key is appended.
 */
function setChartScalar(text, key, value, file = 'Chart.yaml') {
    if (/[\r\n]/.test(value))
        throw new errors/* UserError */.yo(`${key} must be a single line, got ${(0,errors/* showValue */.vp)(value)}`, { value: file, location: { file } });
    const found = locateScalar(text, [key]);
    let result;
    if ('problem' in found) {
        if (found.problem !== `key ${key} not found`)
            throw editError(file, found.problem, found.line);
        const eol = /\r\n/.test(text) ? '\r\n' : '\n';
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        result = `${text}${lead}${key}: ${plainOrQuoted(value)}${eol}`;
    }
    else {
        const quote = text[found.start - 1];
        const quoted = found.start > 0 && (quote === '"' || quote === "'") && text[found.end] === quote;
        if (quoted && quote === '"')
            result = splice(text, found.start, found.end, JSON.stringify(value).slice(1, -1));
        else if (quoted)
            result = splice(text, found.start, found.end, value.replace(/'/g, "''"));
        else
            result = splice(text, found.start, found.end, plainOrQuoted(value));
    }
    const after = (0,dist/* parseDocument */.Tp)(result);
    if (after.errors.length > 0 || after.toJS()?.[key] !== value)
        throw editError(file, `could not set ${key} to ${(0,errors/* showValue */.vp)(value)} without changing other values`, 1);
    return result;
}
/**
 * Chart.yaml with `annotations.<key>` set to `value`. Multi-line values are written as a literal
 * block scalar (`|`) indented under the key; the result is parsed again and must hold exactly the
 * value and every other value unchanged, else a double-quoted scalar is used.
 */
function setChartAnnotation(chartYaml, key, value, file = 'Chart.yaml') {
    const doc = (0,dist/* parseDocument */.Tp)(chartYaml, { uniqueKeys: true });
    // The values are compared below (toJS): an alias bomb must be refused before that expands it.
    const invalid = yamlProblem(doc, chartYaml);
    if (invalid) {
        const line = lineOf(chartYaml, invalid.offset);
        throw new errors/* UserError */.yo(invalid.message, { value: file, location: { file, line } });
    }
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new errors/* UserError */.yo(`expected a mapping at the top (a Chart.yaml)`, { value: file, location: { file } });
    const eol = /\r\n/.test(chartYaml) ? '\r\n' : '\n';
    const before = doc.toJS();
    const annotations = before.annotations;
    if (annotations?.[key] === value)
        return { text: chartYaml, state: 'unchanged' };
    const state = annotations && typeof annotations === 'object' && Object.hasOwn(annotations, key) ? 'updated' : 'created';
    for (const style of ['literal', 'quoted']) {
        const text = spliceAnnotation(chartYaml, doc.contents, key, value, eol, style, file);
        if (holdsOnly(text, before, key, value))
            return { text, state };
    }
    throw new errors/* UserError */.yo(`could not add ${key} without changing other values; write 'annotations' as a plain block mapping`, { input: 'chart-release-notes', value: file, location: { file } });
}
/** Release notes as a block scalar keeps them: \n line ends, one final line break, no trailing blanks. */
function normaliseNotes(notes) {
    const text = notes.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    return text === '' ? '' : `${text}\n`;
}
/**
 * Chart.yaml with `edits` applied in place (the archived copy at package time). Returns the input
 * unchanged when there is nothing to do.
 */
function editChartYaml(data, edits, file = 'Chart.yaml') {
    const annotations = Object.entries(edits.annotations ?? {});
    if (edits.version === undefined && edits.appVersion === undefined && annotations.length === 0)
        return data;
    let text = data.toString('utf8');
    if (edits.version !== undefined)
        text = setChartScalar(text, 'version', edits.version, file);
    if (edits.appVersion !== undefined)
        text = setChartScalar(text, 'appVersion', edits.appVersion, file);
    for (const [key, value] of annotations)
        text = setChartAnnotation(text, key, value, file).text;
    return Buffer.from(text);
}
/** `value` as a plain scalar when it reads back as that very string (YAML 1.1 and 1.2 alike), else double-quoted. */
function plainOrQuoted(value) {
    const asPlain = (version) => {
        const doc = (0,dist/* parseDocument */.Tp)(`v: ${value}`, { version });
        return doc.errors.length === 0 && doc.toJS()?.v === value;
    };
    return value !== '' && asPlain('1.1') && asPlain('1.2') ? value : JSON.stringify(value);
}
function spliceAnnotation(text, root, key, value, eol, style, file) {
    const annotationsPair = root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'annotations');
    if (!annotationsPair) {
        // No annotations yet: append a block at the end (top-level keys start in column 0).
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        return `${text}${lead}annotations:${eol}  ${key}: ${scalar(value, 2, eol, style)}`;
    }
    const annotations = annotationsPair.value;
    const keyColumn = columnOf(text, annotationsPair.key.range[0]);
    if (!annotations || ((0,dist/* isScalar */.jn)(annotations) && (annotations.value === null || annotations.value === ''))) {
        // `annotations:` with nothing under it (or an explicit `~`/`null`, which goes).
        let head = text;
        if (annotations?.range && annotations.range[1] > annotations.range[0]) {
            head = text.slice(0, annotations.range[0]).replace(/[ \t]+$/, '') + text.slice(annotations.range[1]);
        }
        const at = lineEnd(head, annotationsPair.key.range[1]);
        const lead = head.slice(0, at).endsWith('\n') ? '' : eol;
        const indent = keyColumn + 2;
        return `${head.slice(0, at)}${lead}${' '.repeat(indent)}${key}: ${scalar(value, indent, eol, style)}${head.slice(at)}`;
    }
    if (!(0,dist/* isMap */.jh)(annotations) || annotations.flow) {
        const line = text.slice(0, annotations.range[0]).split('\n').length;
        throw new errors/* UserError */.yo(`'annotations' must be a block mapping (one key per line) for release-kit to add ${key}`, {
            input: 'chart-release-notes',
            value: file,
            location: { file, line },
        });
    }
    const existing = annotations.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    if (existing && existing.value?.range) {
        const node = existing.value;
        const indent = columnOf(text, existing.key.range[0]);
        const [start, valueEnd] = node.range;
        const block = (0,dist/* isScalar */.jn)(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
        // A block scalar's range ends after its last line break; a flow scalar's at its last character,
        // so the rest of that line (perhaps a comment) goes too, the comment moving onto the new header.
        let end = valueEnd;
        let comment = '';
        if (!block) {
            end = lineEnd(text, valueEnd);
            comment = text.slice(valueEnd, end).trim();
            if (!comment.startsWith('#'))
                comment = '';
        }
        let replacement = scalar(value, indent, eol, style, comment);
        // The value was the file's last line and had no line break: keep it that way.
        if (end === text.length && !text.endsWith('\n'))
            replacement = replacement.slice(0, -eol.length);
        return text.slice(0, start) + replacement + text.slice(end);
    }
    const last = annotations.items[annotations.items.length - 1];
    const indent = columnOf(text, last.key.range[0]);
    let at = last.value?.range?.[1] ?? last.key.range[1];
    if (text[at - 1] !== '\n')
        at = lineEnd(text, at);
    const lead = text.slice(0, at).endsWith('\n') ? '' : eol;
    return `${text.slice(0, at)}${lead}${' '.repeat(indent)}${key}: ${scalar(value, indent, eol, style)}${text.slice(at)}`;
}
/** The value of a key in column `keyColumn`, ending with a line break (a block scalar always does). */
function scalar(value, keyColumn, eol, style, comment = '') {
    if (style === 'quoted' || value === '')
        return `${JSON.stringify(value)}${comment ? ` ${comment}` : ''}${eol}`;
    const lines = value.replace(/\n$/, '').split('\n');
    // An explicit indentation indicator when the first line itself starts with a space.
    const indicator = /^\s/.test(lines.find((l) => l !== '') ?? '') ? '2' : '';
    const pad = ' '.repeat(keyColumn + 2);
    return `|${indicator}${comment ? ` ${comment}` : ''}${eol}${lines.map((l) => (l === '' ? '' : pad + l)).join(eol)}${eol}`;
}
function holdsOnly(text, before, key, value) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length)
        return false;
    const after = doc.toJS();
    const annotations = { ...(before.annotations ?? {}), [key]: value };
    return (0,external_node_util_.isDeepStrictEqual)(after, { ...before, annotations });
}
function splice(text, start, end, replacement) {
    return text.slice(0, start) + replacement + text.slice(end);
}
function editError(file, problem, line) {
    return new errors/* UserError */.yo(problem, { value: file, location: { file, line } });
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
function lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}
/** The 1-based line of `offset` in `text`. */
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/package.ts
// `helm package`, natively and reproducibly: a chart directory (or an existing .tgz) in, the
// validated `<name>-<version>.tgz` bytes out.






/**
 * Package the chart in `dir`. Validates everything helm validates first (and fails with a UserError
 * naming the file), applies the overrides to the archived Chart.yaml only, and writes entries under
 * `<name>/` with Chart.yaml first, then Chart.lock, values.yaml, values.schema.json, templates,
 * other files and subcharts, as helm's saver orders them. `where` names the chart in messages.
 */
async function packageChartDirectory(dir, options, where = dir) {
    const { mtime, ...overrides } = options;
    return (await prepareChartDirectory(dir, overrides, where)).pack(async () => mtime);
}
/**
 * The first half of packaging a directory: read, validate, apply the overrides to Chart.yaml. The
 * chart's name and version are known from here on, so a caller can look its tag up while the
 * archive is being compressed.
 */
async function prepareChartDirectory(dir, overrides, where = dir, load = {}) {
    const files = await readChartDirectory(dir, where);
    const chart = await buildChart(files, where, load);
    checkDependencies(chart, where);
    const annotations = overrides.releaseNotes !== undefined ? { [RELEASE_NOTES_ANNOTATION]: overrides.releaseNotes } : undefined;
    const chartYamlData = editChartYaml(chart.chartYaml.data, { version: overrides.version, appVersion: overrides.appVersion, annotations }, `${where}/Chart.yaml`);
    if (chartYamlData !== chart.chartYaml.data) {
        const edited = parseChartYaml(chartYamlData, `${where}/Chart.yaml`);
        validateMetadata(edited, `${where}/Chart.yaml`);
        chart.metadata = edited;
        chart.chartYaml = { name: 'Chart.yaml', data: chartYamlData };
    }
    return {
        metadata: chart.metadata,
        origin: 'directory',
        async pack(mtime) {
            const time = await mtime();
            const entries = archiveEntries(chart, '');
            const data = await writeTarGz(entries.map((e) => ({ path: e.name, data: e.data })), time);
            return {
                fileName: `${chart.metadata.name}-${chart.metadata.version}.tgz`,
                data,
                metadata: chart.metadata,
                entries: entries.map((e) => e.name),
                created: new Date(Math.floor(time.getTime() / 1000) * 1000),
                origin: 'directory',
                chart,
            };
        },
    };
}
/**
 * Validate an already packaged chart and return it unchanged: the same checks as for a directory,
 * on the archive's contents (helm's archive loader reads no .helmignore).
 */
async function loadPackagedChart(file, where = file, load = {}) {
    const data = await (0,promises_.readFile)(file);
    const { files, entries } = await readChartArchive(data, where);
    const top = new Set(entries.map((e) => e.path.split('/')[0]));
    if (top.size !== 1) {
        throw new errors/* UserError */.yo(`${where}: expected every entry under one chart folder, found ${[...top].slice(0, 3).join(', ')}`, { value: where, location: { file: where } });
    }
    const chart = await buildChart(files, where, load);
    checkDependencies(chart, where);
    const chartYamlEntry = entries.find((e) => e.path.endsWith('/Chart.yaml') && e.path.split('/').length === 2);
    return {
        fileName: `${chart.metadata.name}-${chart.metadata.version}.tgz`,
        data,
        metadata: chart.metadata,
        entries: entries.map((e) => e.path),
        created: chartYamlEntry?.mtime ?? new Date(0),
        origin: 'archive',
        chart,
    };
}
/**
 * Read and validate the chart at `file`: a directory is prepared for packaging with `overrides`; a
 * `.tgz` is validated and kept byte for byte, so it refuses overrides. The one place that tells the
 * two apart.
 */
async function prepareChart(file, where, overrides, load = {}) {
    const info = await (0,promises_.stat)(file).catch(() => undefined);
    if (!info)
        throw (0,errors/* invalidInput */.aY)('chart', where, 'an existing chart directory or .tgz inside the workspace');
    if (info.isDirectory())
        return prepareChartDirectory(file, overrides, where, load);
    if (!info.isFile() || !/\.(tgz|tar\.gz)$/.test(file)) {
        throw (0,errors/* invalidInput */.aY)('chart', where, 'a chart directory or a packaged .tgz');
    }
    const inputNames = {
        version: 'version',
        appVersion: 'app-version',
        releaseNotes: 'release-notes',
    };
    for (const [key, value] of Object.entries(overrides)) {
        if (value !== undefined)
            throw (0,errors/* invalidInput */.aY)(inputNames[key], value, `nothing for the packaged chart ${where}, which is pushed as is (give its directory to change it at package time)`);
    }
    const packaged = await loadPackagedChart(file, where, load);
    return { metadata: packaged.metadata, origin: 'archive', pack: async () => packaged };
}
/** Entries as helm's writeTarContents lays them out, recursing into subcharts under charts/. */
function archiveEntries(chart, prefix) {
    const base = `${prefix}${chart.metadata.name}/`;
    const out = [];
    const add = (file) => {
        if (file)
            out.push({ name: base + file.name, data: file.data });
    };
    add(chart.chartYaml);
    add(chart.lock);
    add(chart.values);
    add(chart.schema);
    chart.templates.forEach(add);
    chart.files.forEach(add);
    for (const dependency of chart.dependencies)
        out.push(...archiveEntries(dependency, `${base}charts/`));
    return out;
}


;// CONCATENATED MODULE: ./packages/release-kit/src/oci/media-types.ts
// The media types the OCI client negotiates and recognises.
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Every manifest type a GET asks for, in order of preference. */
const MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
/** True for an index (OCI index or Docker manifest list) rather than a single-image manifest. */
function isIndexMediaType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/push.ts

/**
 * Push `artifact` to `location`. The tag only ever points at complete content, since the registry
 * refuses a manifest whose blobs it lacks and an interrupted upload is restarted by the client.
 * The chart layer is HEADed and skipped when present. The config blob (a few hundred bytes) is only
 * HEADed when the layer was already there (an earlier run that died before tagging): on a fresh push
 * it is new whenever the layer is, and its HEAD would cost as much as sending it.
 *
 * `checkTag` runs alongside the config blob, just before the tag is written: the caller looks at the
 * tag once more, so that another run that tagged the version meanwhile is not overwritten. That
 * keeps a fresh push to 3 HEADs (tag, by the caller; layer; tag again), 2 upload sessions and 1
 * manifest PUT, before the caller reads the tag back.
 */
async function pushChart(client, artifact, location, log, checkTag = async () => { }) {
    const { repository, tag } = location;
    const layerPresent = await client.blobExists(repository, artifact.layer.digest);
    if (layerPresent)
        log.info(`${repository}: chart layer ${artifact.layer.digest} already present`);
    else
        await client.uploadBlob(repository, artifact.layerBytes, artifact.layer.digest);
    const config = async () => {
        const configPresent = layerPresent ? await client.blobExists(repository, artifact.config.digest) : undefined;
        if (!configPresent)
            await client.uploadBlob(repository, artifact.configBytes, artifact.config.digest);
    };
    // Both run to the end before either failure is thrown: no request is left behind in flight.
    const [uploaded, checked] = await Promise.allSettled([config(), checkTag()]);
    if (checked.status === 'rejected')
        throw checked.reason;
    if (uploaded.status === 'rejected')
        throw uploaded.reason;
    // putManifest checks that Docker-Content-Digest equals the digest of the bytes sent.
    await client.putManifest(repository, tag, artifact.manifest, OCI_MANIFEST);
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
var retry = __webpack_require__(8135);
;// CONCATENATED MODULE: ./packages/release-kit/src/oci/challenge.ts
// Registry authentication grammar: WWW-Authenticate challenges, token scopes, Basic headers.
/**
 * Parse a `WWW-Authenticate` value (RFC 7235: scheme, then comma-separated auth-params whose values
 * are tokens or quoted strings with backslash escapes). Several challenges in one header are split
 * on a scheme name that follows a comma. Hand-written because the grammar is small and no maintained
 * npm package parses it without pulling in a whole HTTP framework.
 */
function parseChallenges(header) {
    if (!header)
        return [];
    const challenges = [];
    let position = 0;
    const text = header;
    const skipSpaces = () => {
        while (position < text.length && /[\s,]/.test(text[position]))
            position += 1;
    };
    const readToken = () => {
        const start = position;
        while (position < text.length && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(text[position]))
            position += 1;
        return text.slice(start, position);
    };
    while (position < text.length) {
        skipSpaces();
        const scheme = readToken();
        if (!scheme)
            break;
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        for (;;) {
            while (position < text.length && /\s/.test(text[position]))
                position += 1;
            const save = position;
            const name = readToken();
            while (position < text.length && /\s/.test(text[position]))
                position += 1;
            if (!name || text[position] !== '=') {
                // Not `name=`: either the next challenge's scheme or the end.
                position = save;
                break;
            }
            position += 1;
            while (position < text.length && /\s/.test(text[position]))
                position += 1;
            let value = '';
            if (text[position] === '"') {
                position += 1;
                while (position < text.length && text[position] !== '"') {
                    if (text[position] === '\\' && position + 1 < text.length)
                        position += 1;
                    value += text[position];
                    position += 1;
                }
                position += 1;
            }
            else {
                value = readToken();
            }
            challenge.params[name.toLowerCase()] = value;
            while (position < text.length && /\s/.test(text[position]))
                position += 1;
            if (text[position] === ',')
                position += 1;
            else
                break;
        }
    }
    return challenges;
}
/** The challenge to answer: Bearer if offered, else Basic, else none we understand. */
function pickChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}
/** `repository:<name>:pull` or `repository:<name>:pull,push`. */
function repositoryScope(repository, push) {
    return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}
/** `Basic base64(user:password)`. */
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/errors.ts
// How the registry client fails: RegistryError, a registry's answer worded by its status, and the
// body helpers every layer (API, auth, transport) reads answers with.



/** A registry refused or failed a request: auth, not found, digest mismatch, retries exhausted. */
class RegistryError extends errors/* UserError */.yo {
    status;
    code;
    registry;
    repository;
    /** The failure was a 5xx, a 429 or a broken connection that outlasted the retries. */
    transient;
    /** For a transient failure, its short reason: `HTTP 503`, `ECONNRESET`. */
    reason;
    constructor(message, details) {
        super(message);
        this.name = 'RegistryError';
        this.registry = details.registry;
        this.repository = details.repository;
        this.status = details.status;
        this.code = details.code;
        this.transient = details.transient ?? false;
        this.reason = details.reason;
    }
}
/** What to do when a registry kept answering 5xx (or kept dropping the connection). */
const SERVICE_TROUBLE = 'the registry is having trouble; rerun the job later';
/** What to do when a registry could not be reached at all. */
const UNREACHABLE = 'check the registry host and the network, then rerun';
/** A RegistryError for an unexpected answer, worded by status. */
async function registryFailure(context, response, action, repository, reference) {
    const { registry, who } = context;
    const { code, message } = await errorDetails(response);
    const detail = `HTTP ${response.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
    const what = reference ? `${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}` : repository;
    const details = { registry, repository, status: response.status, code };
    const scopeTooNarrow = response.status === 401 &&
        pickChallenge(parseChallenges(response.headers.get('www-authenticate')))?.params.error === 'insufficient_scope';
    if (response.status === 403 || scopeTooNarrow) {
        return new RegistryError(`registry ${registry} denied ${action} on ${what} to ${who} (${detail}${scopeTooNarrow ? ', the token lacks the scope' : ''}); on ghcr.io the job needs 'packages: write'`, details);
    }
    if (response.status === 401) {
        return new RegistryError(context.hasCredentials
            ? `registry ${registry} refused the credentials of ${who} for ${action} on ${what} (${detail})`
            : `registry ${registry} requires authentication for ${action} on ${what} (${detail}): set username and password`, details);
    }
    if (response.status === 404)
        return new RegistryError(`${what} not found on registry ${registry} (${action}: ${detail})`, details);
    const transient = (0,retry/* isTransientStatus */.Dm)(response.status, response.headers);
    const wait = (0,retry/* retryAfterMs */.Vs)(response.headers, context.retryBaseMs);
    if (transient && wait !== undefined && wait > context.maxRetryAfterMs) {
        return new RegistryError(`registry ${registry} rate-limited ${action} on ${what} (${detail}) and asks to retry after ${response.headers.get('retry-after')}, longer than release-kit waits; rerun later`, { ...details, transient: true });
    }
    if (transient) {
        return new RegistryError((0,errors/* gaveUpMessage */.Sw)({
            failed: `registry ${registry} kept failing ${action} on ${what}`,
            reason: detail,
            tries: context.attempts,
            fix: SERVICE_TROUBLE,
        }), { ...details, transient: true, reason: detail });
    }
    return new RegistryError(`registry ${registry} refused ${action} on ${what} (${detail})`, details);
}
/** Throw an answer's body away (its connection goes back to the pool). */
async function discard(response) {
    try {
        await response.body?.cancel();
    }
    catch {
        // A body that broke while being thrown away changes nothing.
    }
}
/** Read a body, refusing more than `max` bytes (a registry must not make us buffer without bound). */
async function readLimited(response, max, what) {
    const declared = Number(response.headers.get('content-length') ?? '');
    if (Number.isFinite(declared) && declared > max) {
        await discard(response);
        throw new errors/* UserError */.yo(`${what} is ${declared} bytes, more than the ${max} allowed`);
    }
    if (!response.body)
        return Buffer.alloc(0);
    const chunks = [];
    let total = 0;
    for await (const chunk of response.body) {
        total += chunk.length;
        if (total > max) {
            await discard(response);
            throw new errors/* UserError */.yo(`${what} is more than the ${max} bytes allowed`);
        }
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}
/** The first OCI error (`{"errors":[{code,message}]}`) of a body, else the start of its text. */
async function errorDetails(response) {
    if (response.bodyUsed)
        return {};
    try {
        const text = (await readLimited(response, 64 * 1024, 'error body')).toString('utf8');
        if (!text)
            return {};
        try {
            const body = JSON.parse(text);
            const first = body.errors?.[0];
            if (first)
                return { code: first.code, message: first.message };
        }
        catch {
            // not the OCI error shape: show the start of the text
        }
        return { message: oneLine(text).slice(0, 200) };
    }
    catch {
        return {};
    }
}
/** Whitespace runs folded to single spaces, for text from a server inside a one-line message. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/auth.ts
// Registry authentication (oras-go's remote/auth): answers a 401's challenge with Basic credentials or
// a bearer token from the realm, caches tokens per scope, and sends credentials to the registry's own
// origin only. Below it, the transport retries; above it, the client speaks the registry API.



/** Sends registry requests with the credentials the registry asked for, authenticating on a 401. */
class RegistryAuth {
    transport;
    options;
    /** The last challenge seen; after it, credentials go with every request without another 401. */
    challenge;
    tokens = new Map();
    pendingTokens = new Map();
    constructor(transport, options) {
        this.transport = transport;
        this.options = options;
    }
    /** True when a user name and a password were given. */
    get hasCredentials() {
        return this.options.username !== undefined && this.options.username !== '' && this.options.password !== undefined;
    }
    /** How messages name the caller: `user "x"` or `anonymous access`. */
    get who() {
        return this.hasCredentials ? `user ${(0,errors/* showValue */.vp)(this.options.username)}` : 'anonymous access';
    }
    /**
     * Send `request`: credentials for the current challenge, and a 401 answered (at most twice) by
     * authenticating again. Returns the answer for the caller to judge.
     */
    async send(request) {
        for (let round = 0;; round++) {
            const authorization = await this.authorizationFor(request);
            // Credentials go to the registry's own origin only (an upload Location may point at storage elsewhere).
            const sameOrigin = new URL(request.url).origin === new URL(this.options.baseUrl).origin;
            const response = await this.transport.send(request, sameOrigin ? authorization : undefined);
            if (response.status !== 401)
                return response;
            // A 401 is the start of an exchange (or a refusal), not the request: the replay is the one that counts.
            const { stats } = this.transport.options;
            stats[request.kind] -= 1;
            if (request.kind === 'blobHeads' || request.kind === 'manifestHeads')
                stats.heads -= 1;
            if (round >= 2)
                return response;
            const challenge = pickChallenge(parseChallenges(response.headers.get('www-authenticate')));
            // A 401 to credentials already sent for a Basic challenge is a refusal, not a challenge.
            const refused = authorization !== undefined && challenge?.scheme === 'basic' && this.challenge?.scheme === 'basic';
            if (!challenge || refused)
                return response;
            if (challenge.scheme === 'basic' && !this.hasCredentials)
                return response;
            await discard(response);
            stats.authChallenges += 1;
            this.challenge = challenge;
            if (challenge.scheme === 'bearer')
                await this.fetchToken(request, challenge, authorization !== undefined);
        }
    }
    tokenScope(repository, push) {
        return repositoryScope(repository, push || this.options.push);
    }
    async authorizationFor(request) {
        if (!this.challenge)
            return undefined;
        if (this.challenge.scheme === 'basic') {
            return this.hasCredentials ? basicAuthorization(this.options.username, this.options.password) : undefined;
        }
        if (this.challenge.scheme !== 'bearer')
            return undefined;
        const now = Date.now();
        const exact = this.tokens.get(this.tokenScope(request.repository, request.push));
        if (exact && exact.expiresAt > now)
            return `Bearer ${exact.token}`;
        // A pull,push token also covers pulls.
        if (!request.push) {
            const wider = this.tokens.get(repositoryScope(request.repository, true));
            if (wider && wider.expiresAt > now)
                return `Bearer ${wider.token}`;
        }
        // A known Bearer registry but no token for this scope yet: fetch one now rather than wait for a 401.
        const token = await this.fetchToken(request, this.challenge, false);
        return `Bearer ${token.token}`;
    }
    /** A token for the request's scope: cached unless `renew`, and one exchange in flight per scope. */
    async fetchToken(request, challenge, renew) {
        const scope = this.tokenScope(request.repository, request.push);
        if (!renew) {
            const cached = this.tokens.get(scope);
            if (cached && cached.expiresAt > Date.now())
                return cached;
        }
        const pending = this.pendingTokens.get(scope);
        if (pending)
            return pending;
        const promise = this.requestToken(request.repository, scope, challenge).finally(() => this.pendingTokens.delete(scope));
        this.pendingTokens.set(scope, promise);
        const token = await promise;
        this.tokens.set(scope, token);
        return token;
    }
    /** GET realm?service=…&scope=… with Basic credentials (if any) → `{token | access_token, expires_in}`. */
    async requestToken(repository, scope, challenge) {
        const { registry } = this.options;
        const realm = challenge.params.realm;
        let realmUrl;
        try {
            realmUrl = new URL(realm ?? '');
        }
        catch {
            throw new RegistryError(`registry ${registry} sent a Bearer challenge without a usable realm (${(0,errors/* showValue */.vp)(realm ?? '')})`, { registry, repository });
        }
        if (realmUrl.protocol !== 'https:' && !(realmUrl.protocol === 'http:' && this.options.plainHttp)) {
            throw new RegistryError(`registry ${registry} names token realm ${realmUrl.origin}, which is not https: refusing to send credentials there`, { registry, repository });
        }
        if (challenge.params.service)
            realmUrl.searchParams.set('service', challenge.params.service);
        realmUrl.searchParams.set('scope', scope);
        const service = `token service ${realmUrl.origin}${realmUrl.pathname}`;
        this.options.log.debug(`oci: token for ${scope} from ${realmUrl.origin}${realmUrl.pathname}`);
        const response = await this.transport.send({
            method: 'GET',
            url: realmUrl.href,
            kind: 'tokenRequests',
            repository,
            push: false,
            headers: { accept: 'application/json' },
        }, this.hasCredentials ? basicAuthorization(this.options.username, this.options.password) : undefined);
        if (response.status === 401 || response.status === 403) {
            await discard(response);
            const who = this.hasCredentials ? `the credentials of ${this.who}` : 'anonymous access';
            throw new RegistryError(`${service} for registry ${registry} refused ${who} for ${scope} (HTTP ${response.status})${this.hasCredentials ? '' : ': set username and password'}`, { registry, repository, status: response.status });
        }
        if (response.status !== 200) {
            const text = (await readLimited(response, 64 * 1024, 'token response').catch(() => Buffer.alloc(0))).toString('utf8');
            throw new RegistryError(`${service} answered HTTP ${response.status} for ${scope}${text ? `: ${oneLine(text)}` : ''}`, { registry, repository, status: response.status });
        }
        let body;
        try {
            body = JSON.parse((await readLimited(response, 1024 * 1024, 'token response')).toString('utf8'));
        }
        catch {
            throw new RegistryError(`${service} answered with something other than JSON`, { registry, repository });
        }
        const token = body.token ?? body.access_token;
        if (typeof token !== 'string' || token === '') {
            throw new RegistryError(`${service} answered without a token`, { registry, repository });
        }
        // The spec's default lifetime is 60 s; renew a little early.
        const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
        return { token, expiresAt: Date.now() + Math.max(lifetime - 10, lifetime / 2) * 1000 };
    }
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/transport.ts




/** A zeroed stats object to pass as `stats`. */
function createOciStats() {
    return {
        requests: 0,
        heads: 0,
        blobHeads: 0,
        manifestHeads: 0,
        blobGets: 0,
        manifestGets: 0,
        uploadSessions: 0,
        blobPuts: 0,
        manifestPuts: 0,
        tagLists: 0,
        referrers: 0,
        tokenRequests: 0,
        authChallenges: 0,
        retries: 0,
        uploadRestarts: 0,
    };
}
/** A wait the server asks for beyond this (after scaling) is not slept through: the request fails instead. */
const MAX_RETRY_AFTER_MS = 5 * 60 * 1000;
/** Sends one registry request at a time, retrying 5xx, 429, rate-limit 403s and broken connections. */
class RegistryTransport {
    options;
    constructor(options) {
        this.options = options;
    }
    /**
     * Send `request` with `authorization` (if any), retried as a whole. Returns the answer for the
     * caller to judge (the last one when the retries ran out); throws a transient RegistryError when
     * the connection kept failing.
     */
    async send(request, authorization) {
        const { options } = this;
        try {
            return await (0,retry/* withRetry */.bD)(() => this.fetchOnce(request, authorization), {
                retries: request.retries ?? options.retries,
                baseMs: options.retryBaseMs,
                maxWaitMs: MAX_RETRY_AFTER_MS,
                retryAnswer: (response) => (0,retry/* transientHttpAnswer */.dt)(response, options.retryBaseMs),
                onRetry: async ({ attempt, waitMs, reason, answer }) => {
                    if (answer)
                        await discard(answer);
                    options.stats.retries += 1;
                    options.log.debug(`oci: ${request.method} ${this.shortUrl(request.url)} on ${options.registry}: ${reason}; retry ${attempt + 1} in ${waitMs} ms`);
                },
            });
        }
        catch (error) {
            if (!(0,retry/* isTransientNetworkError */.l)(error))
                throw error;
            const attempts = (request.retries ?? options.retries) + 1;
            throw new RegistryError((0,errors/* gaveUpMessage */.Sw)({
                failed: `could not reach registry ${options.registry} for ${request.method} ${this.shortUrl(request.url)} in ${request.repository}`,
                reason: (0,retry/* describeNetworkError */.gl)(error),
                tries: attempts,
                fix: UNREACHABLE,
            }), {
                registry: options.registry,
                repository: request.repository,
                transient: true,
                reason: (0,retry/* describeNetworkError */.gl)(error),
            });
        }
    }
    async fetchOnce(request, authorization) {
        const { stats } = this.options;
        stats.requests += 1;
        stats[request.kind] += 1;
        if (request.kind === 'blobHeads' || request.kind === 'manifestHeads')
            stats.heads += 1;
        const headers = { 'user-agent': this.options.userAgent, ...request.headers };
        if (authorization)
            headers.authorization = authorization;
        this.options.log.debug(`oci: ${request.method} ${this.shortUrl(request.url)}`);
        return this.options.fetch(request.url, {
            method: request.method,
            headers,
            body: request.body,
            redirect: request.method === 'GET' || request.method === 'HEAD' ? 'follow' : 'manual',
            signal: AbortSignal.timeout(this.options.timeoutMs + Math.ceil((request.body?.length ?? 0) / 50)),
        });
    }
    /** The path of a registry URL; an absolute URL (no query) for another origin (a token realm, storage). */
    shortUrl(url) {
        const parsed = new URL(url);
        return parsed.origin === new URL(this.options.baseUrl).origin
            ? parsed.pathname
            : `${parsed.origin}${parsed.pathname}`;
    }
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/client.ts










const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Create a client for one registry host. */
function createOciClient(options) {
    return new OciClient(options);
}
/**
 * Client for one registry (one host), reused across repositories. Written on fetch rather than on a
 * library because the npm OCI clients either need a docker daemon, lack the bearer flow, or pull in
 * large trees; the protocol is a dozen plain HTTP requests (opencontainers/distribution-spec).
 */
class OciClient {
    registry;
    baseUrl;
    stats;
    log;
    retries;
    retryBaseMs;
    auth;
    failureContext;
    constructor(options) {
        if (!isValidRegistryHost(options.registry)) {
            throw new errors/* UserError */.yo(`invalid registry host ${(0,errors/* showValue */.vp)(options.registry)}: expected HOST or HOST:PORT`);
        }
        this.registry = options.registry.toLowerCase();
        // Docker Hub's API lives on another host than its name; everything else is served where it is named.
        const apiHost = this.registry === 'docker.io' || this.registry === 'index.docker.io' ? 'registry-1.docker.io' : this.registry;
        this.baseUrl = `${options.plainHttp ? 'http' : 'https'}://${apiHost}`;
        this.stats = options.stats ?? createOciStats();
        this.log = options.log ?? silentLogger;
        this.retries = options.retries ?? 4;
        this.retryBaseMs = options.retryBaseMs ?? retry/* DEFAULT_RETRY_BASE_MS */.Qg;
        const transport = new RegistryTransport({
            registry: this.registry,
            baseUrl: this.baseUrl,
            stats: this.stats,
            log: this.log,
            retries: this.retries,
            retryBaseMs: this.retryBaseMs,
            timeoutMs: options.timeoutMs ?? 120_000,
            userAgent: options.userAgent ?? 'release-kit',
            // Looked up at the first request, not here: Node loads its HTTP client (undici) on first use,
            // and a caller can have other work under way by then.
            fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
        });
        this.auth = new RegistryAuth(transport, {
            registry: this.registry,
            baseUrl: this.baseUrl,
            plainHttp: options.plainHttp === true,
            username: options.username,
            password: options.password,
            push: options.push === true,
            log: this.log,
        });
        this.failureContext = {
            registry: this.registry,
            who: this.auth.who,
            hasCredentials: this.auth.hasCredentials,
            attempts: this.retries + 1,
            retryBaseMs: this.retryBaseMs,
            maxRetryAfterMs: MAX_RETRY_AFTER_MS,
        };
    }
    // ---------------------------------------------------------------- blobs
    /** HEAD a blob: its size if the registry has it, undefined on 404. */
    async blobExists(repository, digest) {
        checkRepository(repository);
        checkDigest(digest);
        const response = await this.send({
            method: 'HEAD',
            url: this.url(repository, `blobs/${digest}`),
            kind: 'blobHeads',
            repository,
            push: false,
        });
        await discard(response);
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw await this.failure(response, 'HEAD blob', repository, digest);
        return { digest, size: Number(response.headers.get('content-length') ?? -1) };
    }
    /** GET a blob and check that what arrived hashes to `digest`. */
    async getBlob(repository, digest, options = {}) {
        checkRepository(repository);
        checkDigest(digest);
        const response = await this.send({
            method: 'GET',
            url: this.url(repository, `blobs/${digest}`),
            kind: 'blobGets',
            repository,
            push: false,
        });
        if (response.status !== 200)
            throw await this.failure(response, 'GET blob', repository, digest);
        const bytes = await readLimited(response, options.maxBytes ?? 512 * 1024 * 1024, `blob ${digest}`);
        assertDigest(bytes, digest, `blob ${digest} from ${this.registry}/${repository}`);
        return bytes;
    }
    /**
     * Upload `data` as a blob unless the registry already has it (HEAD first). Returns the digest and
     * whether bytes were sent.
     */
    async ensureBlob(repository, data, digest = sha256Digest(data)) {
        if (await this.blobExists(repository, digest))
            return { digest, uploaded: false };
        await this.uploadBlob(repository, data, digest);
        return { digest, uploaded: true };
    }
    /**
     * Monolithic upload: POST /blobs/uploads/ → 202 Location → PUT Location&digest= with the bytes → 201.
     * A failure after the session started abandons that session and starts a new one (after checking
     * with a HEAD whether the bytes landed after all), so a half-written session is never completed.
     */
    async uploadBlob(repository, data, digest = sha256Digest(data)) {
        checkRepository(repository);
        checkDigest(digest);
        assertDigest(data, digest, `blob to upload to ${this.registry}/${repository}`);
        let attempts = 0;
        try {
            await (0,retry/* withRetry */.bD)(async (n) => {
                attempts = n + 1;
                // After a failed session the bytes may have landed all the same (only the answer was lost).
                if (n > 0 && (await this.blobExists(repository, digest)))
                    return;
                await this.uploadOnce(repository, data, digest);
            }, {
                retries: this.retries,
                baseMs: this.retryBaseMs,
                maxWaitMs: MAX_RETRY_AFTER_MS,
                retryError: (error) => isTransient(error)
                    ? {
                        reason: (0,retry/* describeNetworkError */.gl)(error),
                        retryAfterMs: error instanceof TransientStatus ? error.retryAfterMs : undefined,
                    }
                    : undefined,
                onRetry: ({ waitMs, reason }) => {
                    this.stats.uploadRestarts += 1;
                    this.log.debug(`oci: upload of ${digest} to ${this.registry}/${repository} failed (${reason}); restarting the session in ${waitMs} ms`);
                },
            });
        }
        catch (error) {
            if (!isTransient(error))
                throw error;
            throw new RegistryError((0,errors/* gaveUpMessage */.Sw)({
                failed: `registry ${this.registry} kept failing the upload of blob ${digest} to ${repository}`,
                reason: transientReason(error),
                tries: attempts,
                fix: SERVICE_TROUBLE,
            }), {
                registry: this.registry,
                repository,
                transient: true,
                status: error instanceof TransientStatus ? error.status : error.status,
            });
        }
    }
    async uploadOnce(repository, data, digest) {
        // retries: 0 on both requests: uploadBlob retries the session as a whole, with one budget.
        const start = await this.send({
            method: 'POST',
            url: this.url(repository, 'blobs/uploads/'),
            kind: 'uploadSessions',
            repository,
            push: true,
            retries: 0,
            headers: { 'content-length': '0' },
        });
        if (start.status !== 202) {
            const transient = (0,retry/* transientHttpAnswer */.dt)(start, this.retryBaseMs);
            if (transient) {
                await discard(start);
                throw new TransientStatus(start.status, transient.retryAfterMs);
            }
            throw await this.failure(start, 'start blob upload', repository, digest);
        }
        await discard(start);
        const location = start.headers.get('location');
        if (!location)
            throw new RegistryError(`registry ${this.registry} started an upload to ${repository} without a Location header`, { registry: this.registry, repository, status: 202 });
        const sessionUrl = new URL(location, start.url || this.baseUrl).href;
        const putUrl = `${sessionUrl}${sessionUrl.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
        const put = await this.send({
            method: 'PUT',
            url: putUrl,
            kind: 'blobPuts',
            repository,
            push: true,
            retries: 0,
            body: data,
            headers: { 'content-type': 'application/octet-stream' },
        });
        if (put.status !== 201 && put.status !== 204) {
            const transient = (0,retry/* transientHttpAnswer */.dt)(put, this.retryBaseMs);
            if (transient) {
                await discard(put);
                throw new TransientStatus(put.status, transient.retryAfterMs);
            }
            throw await this.failure(put, 'complete blob upload', repository, digest);
        }
        await discard(put);
        const stored = put.headers.get('docker-content-digest');
        if (stored && stored !== digest) {
            throw new RegistryError(`registry ${this.registry} stored blob ${stored} in ${repository} for the upload of ${digest}`, { registry: this.registry, repository });
        }
    }
    // ---------------------------------------------------------------- manifests
    /** HEAD a manifest by tag or digest: its digest (Docker-Content-Digest), or undefined on 404. */
    async manifestExists(repository, reference) {
        checkRepository(repository);
        checkManifestReference(reference);
        const response = await this.send({
            method: 'HEAD',
            url: this.url(repository, `manifests/${reference}`),
            kind: 'manifestHeads',
            repository,
            push: false,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
        });
        await discard(response);
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw await this.failure(response, 'HEAD manifest', repository, reference);
        const digest = response.headers.get('docker-content-digest') ?? (isValidDigest(reference) ? reference : undefined);
        if (!digest) {
            // Some registries omit the header on HEAD; the body's hash is then the only source of truth.
            return this.getManifest(repository, reference).then((m) => ({
                digest: m.digest,
                size: m.bytes.length,
                mediaType: m.mediaType,
            }));
        }
        if (isValidDigest(reference) && digest !== reference) {
            throw new RegistryError(`registry ${this.registry} answered digest ${digest} for manifest ${reference} in ${repository}`, { registry: this.registry, repository });
        }
        return { digest, size: Number(response.headers.get('content-length') ?? -1), mediaType: contentType(response) };
    }
    /**
     * GET a manifest (image manifest or index, OCI or Docker). The digest is computed from the bytes
     * and checked against the digest asked for, or against Docker-Content-Digest for a tag.
     */
    async getManifest(repository, reference) {
        checkRepository(repository);
        checkManifestReference(reference);
        const response = await this.send({
            method: 'GET',
            url: this.url(repository, `manifests/${reference}`),
            kind: 'manifestGets',
            repository,
            push: false,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
        });
        if (response.status !== 200)
            throw await this.failure(response, 'GET manifest', repository, reference);
        const bytes = await readLimited(response, MAX_MANIFEST_BYTES, `manifest ${reference}`);
        const digest = sha256Digest(bytes);
        const where = `manifest ${reference} from ${this.registry}/${repository}`;
        if (isValidDigest(reference))
            assertDigest(bytes, reference, where);
        else {
            const claimed = response.headers.get('docker-content-digest');
            if (claimed?.startsWith('sha256:') && claimed !== digest) {
                throw new errors/* UserError */.yo(`${where}: content digest ${digest} does not match the registry's Docker-Content-Digest ${claimed}`);
            }
        }
        let json;
        try {
            json = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new RegistryError(`${where} is not JSON`, { registry: this.registry, repository });
        }
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            throw new RegistryError(`${where} is not a JSON object`, { registry: this.registry, repository });
        const mediaType = json.mediaType ?? contentType(response) ?? (Array.isArray(json.manifests) ? OCI_INDEX : OCI_MANIFEST);
        return { digest, mediaType, bytes, json };
    }
    /**
     * PUT a manifest under a tag or its digest. Content-Type is the manifest's own mediaType (or OCI
     * manifest/index by shape). The registry's Docker-Content-Digest must equal the hash of the bytes sent.
     */
    async putManifest(repository, reference, manifest, mediaType) {
        checkRepository(repository);
        checkManifestReference(reference);
        const bytes = typeof manifest === 'string' ? Buffer.from(manifest, 'utf8') : manifest;
        const digest = sha256Digest(bytes);
        if (isValidDigest(reference) && reference !== digest) {
            throw new errors/* UserError */.yo(`manifest pushed by digest ${reference} hashes to ${digest}`);
        }
        const type = mediaType ?? mediaTypeOfManifest(bytes);
        const response = await this.send({
            method: 'PUT',
            url: this.url(repository, `manifests/${reference}`),
            kind: 'manifestPuts',
            repository,
            push: true,
            body: bytes,
            headers: { 'content-type': type },
        });
        if (response.status !== 201 && response.status !== 200 && response.status !== 204)
            throw await this.failure(response, 'PUT manifest', repository, reference);
        await discard(response);
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== digest) {
            throw new RegistryError(`registry ${this.registry} stored manifest ${repository}:${reference} as ${stored}, but the bytes sent hash to ${digest}`, { registry: this.registry, repository });
        }
        return { digest };
    }
    // ---------------------------------------------------------------- tags and referrers
    /** All tags of a repository (following Link pagination); [] when the repository does not exist. */
    async listTags(repository) {
        checkRepository(repository);
        const tags = [];
        let url = `${this.url(repository, 'tags/list')}?n=1000`;
        for (let page = 0; url && page < 1000; page += 1) {
            const response = await this.send({ method: 'GET', url, kind: 'tagLists', repository, push: false });
            if (response.status === 404) {
                await discard(response);
                return tags;
            }
            if (response.status !== 200)
                throw await this.failure(response, 'list tags', repository);
            const body = JSON.parse((await readLimited(response, 16 * 1024 * 1024, 'tag list')).toString('utf8'));
            tags.push(...(body.tags ?? []));
            url = nextLink(response, url);
        }
        return tags;
    }
    /**
     * Manifests that refer to `digest` (cosign v3 bundles, attestations). Uses the referrers API when the
     * registry answers it with 200; any other answer means unsupported (distribution 2.8 and ghcr.io
     * answer 404), and then the `sha256-<hex>` tag index is read instead, as cosign does.
     */
    async listReferrers(repository, digest, options = {}) {
        checkRepository(repository);
        checkDigest(digest);
        const query = options.artifactType ? `?artifactType=${encodeURIComponent(options.artifactType)}` : '';
        const filter = (manifests) => options.artifactType ? manifests.filter((m) => m.artifactType === options.artifactType) : manifests;
        const response = await this.send({
            method: 'GET',
            url: `${this.url(repository, `referrers/${digest}`)}${query}`,
            kind: 'referrers',
            repository,
            push: false,
            headers: { accept: OCI_INDEX },
        });
        if (response.status === 200) {
            const body = JSON.parse((await readLimited(response, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8'));
            const manifests = [...(body.manifests ?? [])];
            let next = nextLink(response, response.url);
            for (let page = 0; next && page < 100; page += 1) {
                const more = await this.send({
                    method: 'GET',
                    url: next,
                    kind: 'referrers',
                    repository,
                    push: false,
                    headers: { accept: OCI_INDEX },
                });
                if (more.status !== 200)
                    throw await this.failure(more, 'list referrers', repository, digest);
                const moreBody = JSON.parse((await readLimited(more, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8'));
                manifests.push(...(moreBody.manifests ?? []));
                next = nextLink(more, next);
            }
            return { source: 'api', manifests: filter(manifests) };
        }
        await discard(response);
        this.log.debug(`oci: ${this.registry} answered ${response.status} to the referrers API; reading tag ${referrersTagOf(digest)}`);
        const tag = referrersTagOf(digest);
        if (!(await this.manifestExists(repository, tag)))
            return { source: 'none', manifests: [], apiStatus: response.status };
        const index = await this.getManifest(repository, tag);
        if (!isIndexMediaType(index.mediaType) && !Array.isArray(index.json.manifests))
            return { source: 'none', manifests: [], apiStatus: response.status };
        return { source: 'tag', manifests: filter(index.json.manifests ?? []), apiStatus: response.status };
    }
    // ---------------------------------------------------------------- helpers
    url(repository, rest) {
        return `${this.baseUrl}/v2/${repository}/${rest}`;
    }
    /** One request through auth and the retrying transport; the answer is the caller's to judge. */
    send(request) {
        return this.auth.send(request);
    }
    failure(response, action, repository, reference) {
        return registryFailure(this.failureContext, response, action, repository, reference);
    }
}
/** The tag cosign and the OCI spec use for the referrers fallback index: `sha256-<hex>`. */
function referrersTagOf(digest) {
    return digest.replace(':', '-');
}
/** The manifest's Content-Type: its own mediaType, else OCI index or manifest by shape. */
function mediaTypeOfManifest(bytes) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new errors/* UserError */.yo('manifest to push is not JSON');
    }
    if (typeof json.mediaType === 'string' && json.mediaType)
        return json.mediaType;
    return Array.isArray(json.manifests) ? OCI_INDEX : OCI_MANIFEST;
}
/** A retryable status met where the caller restarts at a higher level (the upload session). */
class TransientStatus extends Error {
    status;
    retryAfterMs;
    constructor(status, retryAfterMs) {
        super(`HTTP ${status}`);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
function isTransient(error) {
    if (error instanceof TransientStatus)
        return true;
    if (error instanceof RegistryError)
        return error.transient;
    if (error instanceof errors/* UserError */.yo)
        return false;
    return (0,retry/* isTransientNetworkError */.l)(error);
}
function nextLink(response, current) {
    const link = response.headers.get('link');
    const match = link && /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
    return match ? new URL(match[1], current).href : undefined;
}
function contentType(response) {
    return response.headers.get('content-type')?.split(';')[0].trim() || undefined;
}
function checkRepository(repository) {
    if (!isValidRepository(repository))
        throw new errors/* UserError */.yo(`invalid repository name ${(0,errors/* showValue */.vp)(repository)}: expected lower-case path components like owner/charts/name`);
}
function checkDigest(digest) {
    if (!isValidDigest(digest))
        throw new errors/* UserError */.yo(`invalid digest ${(0,errors/* showValue */.vp)(digest)}: expected sha256: and 64 lower-case hex digits`);
}
function checkManifestReference(reference) {
    if (!isValidDigest(reference) && !isValidTag(reference))
        throw new errors/* UserError */.yo(`invalid manifest reference ${(0,errors/* showValue */.vp)(reference)}: expected a tag or a sha256 digest`);
}
/** The short reason of a transient failure, for the message after the last try. */
function transientReason(error) {
    if (error instanceof TransientStatus)
        return `HTTP ${error.status}`;
    if (error instanceof RegistryError)
        return error.reason ?? (error.status ? `HTTP ${error.status}` : 'no answer');
    return (0,retry/* describeNetworkError */.gl)(error);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/publish-chart-oci.steps.ts
// publish-chart-oci after its inputs are valid: package or load each chart, check it, then push it in
// helm's OCI format and read the tag back. Loaded lazily by operations/publish-chart-oci.ts.












const settle = (promise) => promise.then((value) => ({ value }), (error) => ({ error }));
async function unwrap(settled) {
    const outcome = await settled;
    if ('error' in outcome)
        throw outcome.error;
    return outcome.value;
}
async function publishCharts(settings, context) {
    const { log, runner } = context;
    const workspace = runner.workspace;
    // The registry URL is fully checked before any chart is read.
    const registryUrl = parseRegistryUrl(settings.registry);
    if (registryUrl.url !== settings.registry.replace(/\/$/, ''))
        log.info(`registry: using ${registryUrl.url} (OCI names are lower case)`);
    const releaseNotes = settings.releaseNotesPath === undefined
        ? undefined
        : (await readFileInside(workspace, settings.releaseNotesPath, 'release-notes', 'Markdown file')).text;
    // Decided once. Packaging does not parse values.yaml: with helm, its lint refuses a broken one;
    // without, it is parsed below, only for the charts about to be pushed.
    const lintPlan = await planLint(settings.lint, runner.path);
    const load = { checkValues: false };
    const client = createOciClient({
        registry: registryUrl.host,
        plainHttp: settings.plainHttp,
        username: settings.username,
        password: settings.password,
        push: true,
        retryBaseMs: runner.retryBaseMs,
        log,
    });
    // Read and validate every chart before the first request (values.yaml is parsed after the tag
    // lookup, below). Then each chart's tag is looked up (a read) while its archive is compressed and
    // checked for completeness.
    const plans = await inGroup(log, `Package ${settings.charts.length === 1 ? settings.charts[0] : `${settings.charts.length} charts`}`, async () => {
        const prepared = [];
        const seen = new Map();
        for (const input of settings.charts) {
            const absolute = await resolveInside(workspace, input, 'chart');
            const where = external_node_path_default().relative(workspace, absolute) || '.';
            // Dating the archive may ask git: meanwhile the chart is read.
            const mtime = settle(reproducibleTime(absolute, runner.sourceDateEpoch, 'directory'));
            const chart = await prepareChart(absolute, where, { version: settings.version, appVersion: settings.appVersion, releaseNotes }, load);
            // A directory's archive time is part of validating it (no git and no SOURCE_DATE_EPOCH fails).
            if (chart.origin === 'directory')
                await unwrap(mtime);
            const reference = chartReference(registryUrl.url, chart.metadata.name, chart.metadata.version);
            const other = seen.get(reference.ref);
            if (other !== undefined)
                throw (0,errors/* invalidInput */.aY)('chart', input, `charts with distinct name:version pairs; ${other} is also ${reference.ref}`);
            seen.set(reference.ref, input);
            prepared.push({ input, absolute, where, chart, mtime, reference });
        }
        const planned = [];
        for (const { input, absolute, where, chart, mtime, reference } of prepared) {
            // Compression starts first (on the thread pool): the first request then loads the HTTP
            // client and waits for the registry meanwhile.
            const packing = chart.pack(() => unwrap(mtime));
            const existing = settle(client.manifestExists(reference.repository, reference.tag));
            const packaged = await packing;
            if (packaged.origin === 'directory')
                log.info(`${where}: packaged ${packaged.fileName} (${packaged.entries.length} files, ${packaged.data.length} bytes, mtime ${rfc3339(packaged.created)})`);
            else
                log.info(`${where}: validated packaged chart ${packaged.metadata.name} ${packaged.metadata.version} (${packaged.data.length} bytes)`);
            const warnings = await incompleteChartWarnings(packaged.chart, where, packaged.origin === 'directory' ? { dir: absolute, workspace } : undefined);
            for (const warning of warnings)
                log.warning(warning);
            planned.push({
                input,
                where,
                packaged,
                reference,
                artifact: chartOciArtifact(packaged),
                existing,
                warnings,
            });
        }
        return planned;
    });
    // Every tag is judged first, so that a refused chart stops the run before anything is pushed.
    const existing = new Map();
    for (const plan of plans) {
        const found = await unwrap(plan.existing);
        existing.set(plan.reference.ref, found?.digest);
        if (found && found.digest !== plan.artifact.digest && settings.onExisting === 'fail')
            throw alreadyPublished(plan, found.digest, settings.onExisting);
    }
    // Lint and render every chart about to be pushed (in parallel) before the first upload; without
    // helm, its values.yaml files are parsed first (helm lint does that itself). A chart the registry
    // already holds byte for byte publishes nothing, so it is not checked again.
    const toPush = plans.filter((plan) => existing.get(plan.reference.ref) !== plan.artifact.digest);
    if (lintPlan.method !== 'helm')
        for (const plan of toPush)
            checkChartValues(plan.packaged.chart);
    const linted = await inGroup(log, 'Lint', () => Promise.all(toPush.map((plan) => lintChart(plan.packaged, plan.where, {
        mode: settings.lint,
        plan: lintPlan,
        pathEnv: runner.path,
        tempDir: runner.runnerTemp,
        log,
    }))));
    const checked = plans.map((plan) => linted[toPush.indexOf(plan)]?.summary ?? `${plan.where}: already published with this digest, so not linted again`);
    for (const line of checked)
        log.info(line);
    const results = [];
    for (const plan of plans) {
        const before = existing.get(plan.reference.ref);
        let state;
        if (before === plan.artifact.digest) {
            state = 'unchanged';
            log.info(`${plan.reference.ref} already holds ${plan.artifact.digest}: unchanged`);
        }
        else {
            await inGroup(log, `Push ${plan.reference.ref}`, async () => {
                if (before !== undefined)
                    log.warning(`on-existing: overwrite: replacing ${plan.reference.ref} (was ${before}) with ${plan.artifact.digest}`);
                await pushChart(client, plan.artifact, plan.reference, log, () => checkTagUnmoved(client, plan, before));
                await checkTagHolds(client, plan);
                log.info(`pushed ${plan.reference.ref} (${plan.artifact.digest})`);
            });
            state = 'pushed';
        }
        results.push({
            chart: plan.input,
            name: plan.packaged.metadata.name,
            version: plan.packaged.metadata.version,
            appVersion: plan.packaged.metadata.appVersion ?? '',
            ref: plan.reference.ref,
            digest: plan.artifact.digest,
            ociUrl: plan.reference.ociUrl,
            state,
            layerDigest: plan.artifact.layer.digest,
        });
    }
    const stats = client.stats;
    log.debug(`registry requests: ${stats.requests} (${stats.manifestHeads} manifest HEAD, ${stats.blobHeads} blob HEAD, ${stats.uploadSessions} upload sessions, ${stats.blobPuts} blob PUT, ${stats.manifestPuts} manifest PUT, ${stats.tokenRequests} token, ${stats.retries} retries, ${stats.uploadRestarts} upload restarts)`);
    const single = results.length === 1 ? results[0] : undefined;
    return {
        outputs: {
            state: results.some((r) => r.state === 'pushed') ? 'pushed' : 'unchanged',
            ref: single?.ref ?? '',
            digest: single?.digest ?? '',
            'oci-url': single?.ociUrl ?? '',
            name: single?.name ?? '',
            version: single?.version ?? '',
            'app-version': single?.appVersion ?? '',
            charts: results,
        },
        summary: summaryOf(results, checked, plans.flatMap((p) => p.warnings)),
    };
}
/** The refusal to overwrite a published version, naming both digests. */
function alreadyPublished(plan, published, onExisting) {
    return new errors/* UserError */.yo(`${plan.reference.ref} already exists with digest ${published}, and this chart (${plan.input}) is ${plan.artifact.digest}: a published chart version is never overwritten; bump the chart version (input 'version' or Chart.yaml), or set on-existing: overwrite if you really mean to replace it`, {
        input: 'on-existing',
        value: onExisting,
        valid: 'a new chart version',
        summary: refusedSummary(plan.reference.ref, published, plan.artifact.digest),
    });
}
/**
 * Just before the tag is written, it must still hold what it held when the run started (or our own
 * digest): a version another run published meanwhile is not overwritten, whatever on-existing says
 * (overwrite replaces what was there, not what a concurrent run writes).
 */
async function checkTagUnmoved(client, plan, before) {
    const now = await client.manifestExists(plan.reference.repository, plan.reference.tag);
    if (now === undefined || now.digest === before || now.digest === plan.artifact.digest)
        return;
    throw concurrentPublisher(plan, now.digest, 'was tagged');
}
/**
 * Read the tag back after writing it. A registry offers no compare-and-swap on tags, so another run
 * pushing the same version at the same moment can overwrite ours; then our digest output would name
 * content that is no longer tagged. Such a run fails, naming both digests.
 */
async function checkTagHolds(client, plan) {
    const now = await client.manifestExists(plan.reference.repository, plan.reference.tag);
    if (now?.digest === plan.artifact.digest)
        return;
    throw concurrentPublisher(plan, now?.digest, 'now holds');
}
/** Another run published the same chart version during this one: nothing of ours stays tagged. */
function concurrentPublisher(plan, theirs, what) {
    const found = theirs ? `${what} ${theirs}` : 'lost its manifest';
    return new errors/* UserError */.yo(`${plan.reference.ref} ${found}, not ${plan.artifact.digest} which this run (${plan.input}) ${what === 'was tagged' ? 'was about to tag' : 'pushed'}: another publisher wrote the same chart version at the same moment, and nothing of this run is tagged. Publish a chart version from one job at a time (release-charts.yml serializes them per chart); if ${theirs ?? 'the other content'} is the chart you meant, a rerun reports it unchanged, else bump the version`, {
        input: 'chart',
        value: plan.input,
        valid: 'one publisher per chart version at a time',
        summary: overwrittenSummary(plan.reference.ref, theirs, plan.artifact.digest),
    });
}
function summaryOf(results, lint, warnings) {
    const lines = [
        '### Helm charts published to OCI',
        '',
        '| Chart | Reference | Digest | State |',
        '| --- | --- | --- | --- |',
    ];
    for (const r of results)
        lines.push(`| ${r.name} ${r.version} | \`${r.ref}\` | \`${r.digest}\` | ${r.state} |`);
    lines.push('', 'Checked before publishing:', '', ...lint.map((l) => `- ${l}`), '');
    if (warnings.length > 0)
        lines.push('Warnings:', '', ...warnings.map((w) => `- ${w}`), '');
    lines.push('Install:', '', '```sh');
    for (const r of results)
        lines.push(`helm upgrade --install ${r.name} ${r.ociUrl} --version ${r.version}`);
    lines.push('```', '', 'Digests, for signing or attestation:', '', '```');
    for (const r of results)
        lines.push(`${r.ociUrl.replace(/^oci:\/\//, '')}@${r.digest}`);
    lines.push('```', '');
    return lines.join('\n');
}
function refusedSummary(ref, published, ours) {
    return [
        '### Chart version already published',
        '',
        `\`${ref}\` exists with a different digest; nothing was pushed.`,
        '',
        `- published: \`${published}\``,
        `- this run:  \`${ours}\``,
        '',
        'Bump the chart version (Chart.yaml or the `version` input) and release again.',
        '',
    ].join('\n');
}
function overwrittenSummary(ref, now, ours) {
    return [
        '### Chart version published by a concurrent run',
        '',
        `\`${ref}\` was written by another run while this one was publishing it; the registry keeps the other.`,
        '',
        `- the tag now: \`${now ?? 'no manifest'}\``,
        `- this run:    \`${ours}\` (not tagged)`,
        '',
        'Registries have no compare-and-swap for tags: publish each chart version from one job at a time.',
        '',
    ].join('\n');
}


/***/ })

};

//# sourceMappingURL=730.index.js.map