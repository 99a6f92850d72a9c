export const id = 601;
export const ids = [601];
export const modules = {

/***/ 94978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ readTarGz),
/* harmony export */   SB: () => (/* binding */ writeTarGz),
/* harmony export */   SH: () => (/* binding */ chartTooLarge),
/* harmony export */   d$: () => (/* binding */ MAX_CHART_FILE_SIZE),
/* harmony export */   qT: () => (/* binding */ MAX_CHART_SIZE)
/* harmony export */ });
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98697);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23178);
// Reproducible chart archives: tar entries written through the `tar` package with fixed metadata,
// gzip through zlib without a name or timestamp; and reading a .tgz back into entries.




const gzip = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)((node_zlib__WEBPACK_IMPORTED_MODULE_2___default().gzip));
/** helm's archive.MaxDecompressedFileSize: no file in a chart may be larger. */
const MAX_CHART_FILE_SIZE = 5 * 1024 * 1024;
/** helm's archive.MaxDecompressedChartSize: the whole chart, uncompressed. */
const MAX_CHART_SIZE = 100 * 1024 * 1024;
/** The refusal of a chart over helm's 100 MiB, which helm's own loader would refuse to load. */
function chartTooLarge(where) {
    return new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`chart ${where} is larger than helm's limit of ${MAX_CHART_SIZE} bytes (100 MiB) uncompressed; helm refuses to load such a chart, so keep large files out of it (.helmignore)`, { value: where, location: { file: where } });
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
        const header = new tar__WEBPACK_IMPORTED_MODULE_0__/* .Header */ .Y9({
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
            blocks.push(new tar__WEBPACK_IMPORTED_MODULE_0__/* .Pax */ .un({ path: entry.path, size, uid: 0, gid: 0, mtime: seconds, uname: '' }).encode());
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
        tarBytes = node_zlib__WEBPACK_IMPORTED_MODULE_2___default().gunzipSync(data, { maxOutputLength: MAX_CHART_SIZE + 1024 * 1024 });
    }
    catch (error) {
        // zlib stops at maxOutputLength with ERR_BUFFER_TOO_LARGE: the archive is fine, the chart too big.
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw chartTooLarge(where);
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${where}: not a gzip-compressed chart archive (${error.message})`, {
            value: where,
            location: { file: where },
        });
    }
    const entries = [];
    const problems = [];
    let total = 0;
    const parser = new tar__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX({
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
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${where}: ${problems[0]}`, { value: where, location: { file: where } });
    }
    return entries;
}


/***/ }),

/***/ 60322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ incompleteChartWarnings)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51430);
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
            const matches = m[1] === 'Glob' ? picomatch__WEBPACK_IMPORTED_MODULE_3___default()(argument, { dot: true }) : undefined;
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
    for (let dir = source.dir;; dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir)) {
        const gitignore = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.gitignore');
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(gitignore, 'utf8').catch(() => undefined);
        if (text !== undefined) {
            const files = [];
            for (const pattern of literalAnchoredPatterns(text)) {
                const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, pattern);
                if (absolute === source.dir || !(0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .isWithin */ .UO)(source.dir, absolute))
                    continue;
                if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined))
                    continue;
                files.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(source.dir, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'));
            }
            if (files.length > 0)
                found.push({ gitignore: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(source.workspace, gitignore) || '.gitignore', files });
        }
        const atTop = dir === source.workspace || !(0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .isWithin */ .UO)(source.workspace, dir) || node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir) === dir;
        const repositoryRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.git')).catch(() => undefined);
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


/***/ }),

/***/ 33069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ lintChart),
  h: () => (/* binding */ planLint)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/exec.ts
var plumbing_exec = __webpack_require__(80868);
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





/** The plan for `mode`: `auto` takes helm when `pathEnv` (default this process's PATH) has it. */
async function planLint(mode, pathEnv) {
    if (mode === 'false')
        return { method: 'off' };
    if (mode === 'native')
        return { method: 'native', why: 'lint: native' };
    const helm = await (0,plumbing_exec/* findExecutable */.oq)('helm', pathEnv);
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
        const exec = (args) => (0,plumbing_exec/* run */.eF)(helm, args, { cwd: home, env, inheritEnv: false, allowFailure: true });
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


/***/ }),

/***/ 34656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jw: () => (/* binding */ buildChart),
  HM: () => (/* binding */ checkChartValues),
  qP: () => (/* binding */ checkDependencies),
  hR: () => (/* binding */ readChartArchive),
  Qw: () => (/* binding */ readChartDirectory)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/archive.ts
var archive = __webpack_require__(94978);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/chartfile.ts
var chartfile = __webpack_require__(90994);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
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
        if (!(0,fs/* isWithin */.UO)(root, (0,external_node_fs_.realpathSync)(ignoreFile))) {
            throw (0,chartfile/* chartError */.$M)(where, `${HELMIGNORE} is a symlink to a file outside the chart directory; expected a file inside the chart`);
        }
        rules = parseHelmignore((0,external_node_fs_.readFileSync)(ignoreFile, 'utf8'), external_node_path_default().join(where, HELMIGNORE));
    }
    catch (error) {
        const code = error.code;
        if (code === 'EISDIR')
            throw (0,chartfile/* chartError */.$M)(where, `${HELMIGNORE} is a directory; expected a file`);
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
            throw (0,chartfile/* chartError */.$M)(where, `symlink loop at ${relative}`);
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
                    throw (0,chartfile/* chartError */.$M)(where, `${child} is a broken symlink; remove it or list it in .helmignore`);
                }
                info = (0,external_node_fs_.statSync)(target);
                if (rules.ignores(child, info.isDirectory()))
                    continue;
                if (!(0,fs/* isWithin */.UO)(root, target)) {
                    throw (0,chartfile/* chartError */.$M)(where, `${child} is a symlink to ${target}, outside the chart directory; expected links that stay inside the chart`);
                }
            }
            else if (rules.ignores(child, info.isDirectory())) {
                continue;
            }
            if (info.isDirectory()) {
                if (CHART_FILE_POSITION.test(child))
                    throw (0,chartfile/* chartError */.$M)(where, `${child} is a directory; expected a file`);
                walk(childAbsolute, child);
                continue;
            }
            if (!info.isFile())
                throw (0,chartfile/* chartError */.$M)(where, `cannot load irregular file ${child} as it has file mode type bits set`);
            if (info.size > archive/* MAX_CHART_FILE_SIZE */.d$) {
                throw (0,chartfile/* chartError */.$M)(where, `chart file ${JSON.stringify(child)} is larger than the maximum file size ${archive/* MAX_CHART_FILE_SIZE */.d$} (5 MiB)`);
            }
            total += info.size;
            if (total > archive/* MAX_CHART_SIZE */.qT)
                throw (0,archive/* chartTooLarge */.SH)(where);
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
    const entries = await (0,archive/* readTarGz */.Jq)(data, where);
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
        throw (0,chartfile/* chartError */.$M)(where, 'Chart.yaml file is missing');
    const metadata = (0,chartfile/* parseChartYaml */.zO)(chartYaml.data, `${where}/Chart.yaml`);
    // A helm 2 chart lists its dependencies in requirements.yaml; helm 3 and 4 read them from there.
    const v1 = metadata.apiVersion === 'v1';
    const requirements = v1 ? files.find((f) => f.name === 'requirements.yaml') : undefined;
    if (requirements) {
        const listed = (0,chartfile/* parseRequirementsYaml */.H4)(requirements.data, `${where}/requirements.yaml`);
        if (listed)
            metadata.dependencies = listed;
    }
    (0,chartfile/* validateMetadata */.aR)(metadata, `${where}/Chart.yaml`);
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
                throw (0,chartfile/* chartError */.$M)(`${where}/values.schema.json`, `Invalid JSON in values.schema.json: ${error.message}`);
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
                throw (0,chartfile/* chartError */.$M)(subWhere, `error unpacking subchart tar in ${metadata.name}: expected ${name}`);
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
            throw (0,chartfile/* chartError */.$M)(subWhere, `subchart name ${JSON.stringify(sub.metadata.name)} is also used by ${clash.where}; expected one subchart per name under charts/`);
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
        throw (0,chartfile/* chartError */.$M)(`${chart.where}/Chart.yaml`, `found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}; run \`helm dependency build ${chartDir}\` and commit or build charts/ before publishing`);
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
    const text = (0,chartfile/* chartYamlText */.Pe)(file.data, `${where}/${file.name}`, file.name);
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { version: '1.1', uniqueKeys: false });
    const list = Array.isArray(documents) ? documents : [documents];
    for (const document of list) {
        if (document.errors.length > 0) {
            throw (0,chartfile/* chartError */.$M)(`${where}/${file.name}`, `cannot load ${file.name}: ${document.errors[0].message.split('\n')[0]}`);
        }
    }
}
function stripBom(data) {
    return data.subarray(0, 3).equals(UTF8_BOM) ? data.subarray(3) : data;
}


/***/ }),

/***/ 66933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ chartConfigJson),
/* harmony export */   I7: () => (/* binding */ parseRegistryUrl),
/* harmony export */   Wt: () => (/* binding */ chartOciArtifact),
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   sL: () => (/* binding */ chartReference)
/* harmony export */ });
/* unused harmony exports HELM_CONFIG_MEDIA_TYPE, HELM_CHART_LAYER_MEDIA_TYPE, HELM_PROVENANCE_LAYER_MEDIA_TYPE, chartManifestAnnotations, chartManifestJson */
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41980);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84123);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86868);
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
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(input, value, valid);
    const rest = text.slice('oci://'.length);
    const slash = rest.indexOf('/');
    const host = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? '' : rest.slice(slash + 1).replace(/\/$/, '');
    if (!(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidRegistryHost */ .wv)(host) || (path !== '' && !(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidRepository */ .d)(path)))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(input, value, valid);
    return { host, path, url: `oci://${host}${path ? `/${path}` : ''}` };
}
/** `<registry-path>/<name>:<version>`, with `+` in the version written as `_` in the tag. */
function chartReference(registryUrl, name, version, input = 'registry') {
    const { host, path, url } = parseRegistryUrl(registryUrl, input);
    const repository = path ? `${path}/${name}` : name;
    const tag = (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .chartVersionTag */ .Jb)(version);
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
    const layer = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBlob */ .fs)(HELM_CHART_LAYER_MEDIA_TYPE, packaged.data);
    const configBytes = chartConfigJson(packaged.metadata);
    const config = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .describeBlob */ .fs)(HELM_CONFIG_MEDIA_TYPE, configBytes);
    const manifest = chartManifestJson(config, [layer], chartManifestAnnotations(packaged.metadata, packaged.created));
    return { layerBytes: packaged.data, layer, configBytes, config, manifest, digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(manifest) };
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


/***/ }),

/***/ 39864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ packageChartDirectory),
/* harmony export */   gX: () => (/* binding */ prepareChart)
/* harmony export */ });
/* unused harmony exports prepareChartDirectory, loadPackagedChart, archiveEntries */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
/* harmony import */ var _archive_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94978);
/* harmony import */ var _chartfile_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29975);
/* harmony import */ var _chartfile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90994);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34656);
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
    const files = await (0,_load_js__WEBPACK_IMPORTED_MODULE_5__/* .readChartDirectory */ .Qw)(dir, where);
    const chart = await (0,_load_js__WEBPACK_IMPORTED_MODULE_5__/* .buildChart */ .Jw)(files, where, load);
    (0,_load_js__WEBPACK_IMPORTED_MODULE_5__/* .checkDependencies */ .qP)(chart, where);
    const annotations = overrides.releaseNotes !== undefined ? { [_chartfile_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASE_NOTES_ANNOTATION */ .W4]: overrides.releaseNotes } : undefined;
    const chartYamlData = (0,_chartfile_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .editChartYaml */ .u2)(chart.chartYaml.data, { version: overrides.version, appVersion: overrides.appVersion, annotations }, `${where}/Chart.yaml`);
    if (chartYamlData !== chart.chartYaml.data) {
        const edited = (0,_chartfile_js__WEBPACK_IMPORTED_MODULE_4__/* .parseChartYaml */ .zO)(chartYamlData, `${where}/Chart.yaml`);
        (0,_chartfile_js__WEBPACK_IMPORTED_MODULE_4__/* .validateMetadata */ .aR)(edited, `${where}/Chart.yaml`);
        chart.metadata = edited;
        chart.chartYaml = { name: 'Chart.yaml', data: chartYamlData };
    }
    return {
        metadata: chart.metadata,
        origin: 'directory',
        async pack(mtime) {
            const time = await mtime();
            const entries = archiveEntries(chart, '');
            const data = await (0,_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .writeTarGz */ .SB)(entries.map((e) => ({ path: e.name, data: e.data })), time);
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
    const data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    const { files, entries } = await (0,_load_js__WEBPACK_IMPORTED_MODULE_5__/* .readChartArchive */ .hR)(data, where);
    const top = new Set(entries.map((e) => e.path.split('/')[0]));
    if (top.size !== 1) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: expected every entry under one chart folder, found ${[...top].slice(0, 3).join(', ')}`, { value: where, location: { file: where } });
    }
    const chart = await (0,_load_js__WEBPACK_IMPORTED_MODULE_5__/* .buildChart */ .Jw)(files, where, load);
    (0,_load_js__WEBPACK_IMPORTED_MODULE_5__/* .checkDependencies */ .qP)(chart, where);
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
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined);
    if (!info)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('chart', where, 'an existing chart directory or .tgz inside the workspace');
    if (info.isDirectory())
        return prepareChartDirectory(file, overrides, where, load);
    if (!info.isFile() || !/\.(tgz|tar\.gz)$/.test(file)) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('chart', where, 'a chart directory or a packaged .tgz');
    }
    const inputNames = {
        version: 'version',
        appVersion: 'app-version',
        releaseNotes: 'release-notes',
    };
    for (const [key, value] of Object.entries(overrides)) {
        if (value !== undefined)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)(inputNames[key], value, `nothing for the packaged chart ${where}, which is pushed as is (give its directory to change it at package time)`);
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



/***/ }),

/***/ 19455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git)
/* harmony export */ });
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80868);
// Git through @actions/exec with argument arrays; every call names the repository it runs in.


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

/***/ 41980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V7: () => (/* binding */ assertDigest),
/* harmony export */   fs: () => (/* binding */ describeBlob),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* unused harmony export digestWithAlgorithmOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
// Content digests as OCI writes them (`sha256:<hex>`), and the check that bytes match one.


/** The descriptor of `data` as a blob of `mediaType`. */
function describeBlob(mediaType, data) {
    return { mediaType, digest: sha256Digest(data), size: data.length };
}
/** `sha256:<hex>` of the bytes. */
function sha256Digest(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
/** The digest of `data` computed with the algorithm `digest` names (sha256 or sha512). */
function digestWithAlgorithmOf(digest, data) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    if (algorithm !== 'sha256' && algorithm !== 'sha512') {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`unsupported digest algorithm in ${JSON.stringify(digest)}: expected sha256 or sha512`);
    }
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(data).digest('hex')}`;
}
/** Throw unless `data` hashes to `expected`; `what` names the content for the message. */
function assertDigest(data, expected, what) {
    const actual = digestWithAlgorithmOf(expected, data);
    if (actual !== expected) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what}: content digest ${actual} does not match the expected ${expected} (corrupted or tampered content)`);
    }
}


/***/ }),

/***/ 84123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   d: () => (/* binding */ isValidRepository),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   wv: () => (/* binding */ isValidRegistryHost)
/* harmony export */ });
/* unused harmony export manifestReferenceOf */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
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
/**
 * Parse `oci://ghcr.io/owner/charts`, `ghcr.io/owner/img:1.0`, `127.0.0.1:5000/a/b@sha256:…` or
 * `host/a/b:tag@sha256:…`. The first component must be a registry host (contains a dot or a port, or
 * is `localhost`): Docker Hub's short names (`nginx`, `library/nginx`) are refused with a hint,
 * because guessing `docker.io` silently would push to the wrong place.
 */
function parseReference(text, options = {}) {
    const fail = (why) => {
        const subject = options.input
            ? `input '${options.input}' has invalid value ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(text)}`
            : `invalid OCI reference ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(text)}`;
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${subject}: ${why}`, {
            input: options.input,
            value: text,
            valid: options.requireTagOrDigest
                ? 'HOST/REPOSITORY:TAG or HOST/REPOSITORY@sha256:DIGEST'
                : 'oci://HOST/REPOSITORY',
        });
    };
    let rest = text.trim();
    if (rest === '')
        fail('it is empty');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rest)) {
        if (!rest.toLowerCase().startsWith('oci://'))
            fail('only the oci:// scheme is supported');
        rest = rest.slice('oci://'.length);
    }
    rest = rest.replace(/\/+$/, '');
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            fail(`${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(digest)} is not a digest (expected sha256: and 64 lower-case hex digits)`);
    }
    const slash = rest.indexOf('/');
    if (slash < 0)
        fail('it names no repository (expected HOST/REPOSITORY)');
    const registry = rest.slice(0, slash);
    let path = rest.slice(slash + 1);
    if (!isValidRegistryHost(registry))
        fail(`${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(registry)} is not a registry host`);
    if (!registry.includes('.') && !registry.includes(':') && registry !== 'localhost') {
        fail(`it has no registry host (${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(registry)} looks like a Docker Hub name; write the host, e.g. docker.io/${rest} or ghcr.io/OWNER/NAME)`);
    }
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon >= 0 && !path.slice(colon).includes('/')) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
        if (!TAG.test(tag))
            fail(`${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(tag)} is not a valid tag (letters, digits, _ . -, at most 128, not starting with . or -)`);
    }
    if (!isValidRepository(path))
        fail(`${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(path)} is not a valid repository name (lower-case letters, digits and . _ - separators between slashes)`);
    if (options.requireTagOrDigest && tag === undefined && digest === undefined)
        fail('it has neither a tag nor a digest');
    return {
        registry: registry.toLowerCase(),
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
async function findExecutable(name, pathEnv = process.env.PATH ?? '') {
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
        env: options.inheritEnv === false
            ? (options.env ?? {})
            : options.env
                ? { ...process.env, ...options.env }
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


/***/ })

};

//# sourceMappingURL=601.index.js.map