export const id = 96;
export const ids = [96];
export const modules = {

/***/ 29975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ normaliseNotes),
/* harmony export */   LE: () => (/* binding */ locateScalar),
/* harmony export */   _s: () => (/* binding */ setChartAnnotation),
/* harmony export */   u2: () => (/* binding */ editChartYaml)
/* harmony export */ });
/* unused harmony export setChartScalar */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41482);
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
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { prettyErrors: false, keepSourceTokens: true, uniqueKeys: true });
    const invalid = (0,_plumbing_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .yamlProblem */ .T)(doc, text);
    if (invalid)
        return { problem: invalid.message, line: lineOf(text, invalid.offset) };
    const key = path.join('.');
    // yaml's getIn accepts numeric segments as strings for sequences too.
    const node = doc.getIn(path, true);
    if (node === undefined || node === null)
        return { problem: `key ${key} not found`, line: 1 };
    const line = lineOf(text, node.range?.[0] ?? 0);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) || !node.range)
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
            problem: `key ${key} holds ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(source)}, not a version written as a plain or quoted scalar`,
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
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${key} must be a single line, got ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(value)}`, { value: file, location: { file } });
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
    const after = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(result);
    if (after.errors.length > 0 || after.toJS()?.[key] !== value)
        throw editError(file, `could not set ${key} to ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(value)} without changing other values`, 1);
    return result;
}
/**
 * Chart.yaml with `annotations.<key>` set to `value`. Multi-line values are written as a literal
 * block scalar (`|`) indented under the key; the result is parsed again and must hold exactly the
 * value and every other value unchanged, else a double-quoted scalar is used.
 */
function setChartAnnotation(chartYaml, key, value, file = 'Chart.yaml') {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(chartYaml, { uniqueKeys: true });
    // The values are compared below (toJS): an alias bomb must be refused before that expands it.
    const invalid = (0,_plumbing_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .yamlProblem */ .T)(doc, chartYaml);
    if (invalid) {
        const line = lineOf(chartYaml, invalid.offset);
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(invalid.message, { value: file, location: { file, line } });
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(doc.contents))
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`expected a mapping at the top (a Chart.yaml)`, { value: file, location: { file } });
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
    throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`could not add ${key} without changing other values; write 'annotations' as a plain block mapping`, { input: 'chart-release-notes', value: file, location: { file } });
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
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(`v: ${value}`, { version });
        return doc.errors.length === 0 && doc.toJS()?.v === value;
    };
    return value !== '' && asPlain('1.1') && asPlain('1.2') ? value : JSON.stringify(value);
}
function spliceAnnotation(text, root, key, value, eol, style, file) {
    const annotationsPair = root.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(p.key) && p.key.value === 'annotations');
    if (!annotationsPair) {
        // No annotations yet: append a block at the end (top-level keys start in column 0).
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        return `${text}${lead}annotations:${eol}  ${key}: ${scalar(value, 2, eol, style)}`;
    }
    const annotations = annotationsPair.value;
    const keyColumn = columnOf(text, annotationsPair.key.range[0]);
    if (!annotations || ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(annotations) && (annotations.value === null || annotations.value === ''))) {
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(annotations) || annotations.flow) {
        const line = text.slice(0, annotations.range[0]).split('\n').length;
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`'annotations' must be a block mapping (one key per line) for release-kit to add ${key}`, {
            input: 'chart-release-notes',
            value: file,
            location: { file, line },
        });
    }
    const existing = annotations.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(p.key) && p.key.value === key);
    if (existing && existing.value?.range) {
        const node = existing.value;
        const indent = columnOf(text, existing.key.range[0]);
        const [start, valueEnd] = node.range;
        const block = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
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
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text);
    if (doc.errors.length)
        return false;
    const after = doc.toJS();
    const annotations = { ...(before.annotations ?? {}), [key]: value };
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(after, { ...before, annotations });
}
function splice(text, start, end, replacement) {
    return text.slice(0, start) + replacement + text.slice(end);
}
function editError(file, problem, line) {
    return new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(problem, { value: file, location: { file, line } });
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


/***/ }),

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


/***/ }),

/***/ 41482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ yamlProblem)
/* harmony export */ });
/** How far aliases may expand when a document is turned into values: the yaml library's own default. */
const MAX_ALIAS_COUNT = 100;
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
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (expansion) {
        if (!/alias/i.test(expansion.message))
            throw expansion;
        return {
            message: `its aliases expand beyond ${MAX_ALIAS_COUNT} times the document (an alias bomb); write the values out`,
            offset: 0,
        };
    }
    return undefined;
}


/***/ }),

/***/ 52096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ loadVersionsConfig),
/* harmony export */   JL: () => (/* binding */ parseVersionsConfig),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   Qd: () => (/* reexport safe */ _semver_js__WEBPACK_IMPORTED_MODULE_0__.Qd),
/* harmony export */   vY: () => (/* binding */ renderTag)
/* harmony export */ });
/* unused harmony exports TAG_TEMPLATE_VALID, isValidTagTemplate */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6358);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51430);
/* harmony import */ var _plumbing_yaml_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41482);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65851);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54251);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68925);
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
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: true });
    // Every message leaves the file and line to the error's location, which the CLI and annotations show.
    const fail = (message, node, valid) => {
        const offset = node?.range?.[0];
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(message, {
            input: 'config',
            value: file,
            valid,
            location: { file, line: offset === undefined ? 1 : (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .lineOf */ .c)(text, offset) },
        });
    };
    const problem = (0,_plumbing_yaml_js__WEBPACK_IMPORTED_MODULE_7__/* .yamlProblem */ .T)(doc, text);
    if (problem) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(problem.message, {
            input: 'config',
            value: file,
            valid: 'a YAML file with a `versions:` map',
            location: { file, line: (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .lineOf */ .c)(text, problem.offset) },
        });
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root))
        return fail('expected a map with a `versions:` key', root, 'versions: {TRACK: {files: [...]}}');
    const versions = root.get('versions', true);
    if (!versions || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(versions) || versions.items.length === 0) {
        return fail('expected `versions:` to map track names to their files', versions ?? root, 'versions: {TRACK: {files: [...]}}');
    }
    const tracks = [];
    for (const pair of versions.items) {
        const keyNode = pair.key;
        const name = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(keyNode) ? keyNode.value : undefined;
        if (typeof name !== 'string' || !TRACK_NAME.test(name) || RESERVED_TRACK_NAMES.has(name)) {
            fail(`track name ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(keyNode) ? keyNode.value : String(keyNode))} is not usable`, keyNode, `a lower-case name matching ${TRACK_NAME.source}, not one of ${[...RESERVED_TRACK_NAMES].join(', ')}`);
        }
        const trackName = name;
        const body = pair.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(body))
            return fail(`track '${trackName}' must be a map with \`files:\``, body ?? keyNode);
        for (const item of body.items) {
            const k = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) ? String(item.key.value) : '';
            if (!TRACK_KEYS.has(k))
                fail(`track '${trackName}' has unknown key ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(k)}`, item.key, 'tag, files, watch, required, implies');
        }
        const configLine = (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .lineOf */ .c)(text, keyNode.range?.[0] ?? 0);
        let tag;
        const tagNode = body.get('tag', true);
        if (tagNode !== undefined) {
            const value = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(tagNode) ? tagNode.value : undefined;
            if (typeof value !== 'string' || !isValidTagTemplate(value)) {
                fail(`track '${trackName}' has tag template ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(tagNode) ? tagNode.value : '')}`, tagNode, TAG_TEMPLATE_VALID);
            }
            tag = value;
        }
        const filesNode = body.get('files', true);
        if (!filesNode || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(filesNode) || filesNode.items.length === 0) {
            return fail(`track '${trackName}' needs a non-empty \`files:\` list`, filesNode ?? keyNode, '- { file: PATH, key: DOTTED.KEY } or - { file: PATH, pattern: REGEXP }');
        }
        const files = [];
        for (const entry of filesNode.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(entry))
                return fail(`track '${trackName}': each files entry must be a map`, entry, '{ file: PATH, key: KEY } or { file: PATH, pattern: REGEXP }');
            const fields = {};
            for (const item of entry.items) {
                const k = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) ? String(item.key.value) : '';
                if (!LOCATION_KEYS.has(k))
                    fail(`track '${trackName}': unknown key ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(k)} in a files entry`, item.key, 'file, key, pattern');
                const v = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.value) ? item.value.value : undefined;
                if (typeof v !== 'string' || v === '')
                    fail(`track '${trackName}': \`${k}\` must be a non-empty string`, item.value ?? entry);
                fields[k] = v;
            }
            const where = entry;
            if (!fields.file)
                fail(`track '${trackName}': a files entry lacks \`file\``, where);
            if (!isSafeRelativePath(fields.file))
                fail(`track '${trackName}': file ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(fields.file)} must be a relative path inside the workspace`, where);
            const glob = picomatch__WEBPACK_IMPORTED_MODULE_8___default().scan(fields.file).isGlob ? fields.file : undefined;
            if ((fields.key === undefined) === (fields.pattern === undefined)) {
                fail(`track '${trackName}': ${fields.file} needs exactly one of \`key\` (YAML/JSON) or \`pattern\` (text)`, where);
            }
            if (fields.key !== undefined && !KEY_PATH.test(fields.key)) {
                fail(`track '${trackName}': key ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(fields.key)} is not a dotted key path`, where, 'e.g. version or dependencies.0.version');
            }
            if (fields.pattern !== undefined)
                checkPattern(fields.pattern, (message) => fail(`track '${trackName}': pattern ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(fields.pattern)} ${message}`, where));
            files.push({
                file: fields.file,
                ...(glob ? { glob } : {}),
                key: fields.key,
                pattern: fields.pattern,
                configLine: (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .lineOf */ .c)(text, where.range?.[0] ?? 0),
            });
        }
        const watch = [];
        const watchNode = body.get('watch', true);
        if (watchNode !== undefined) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(watchNode))
                return fail(`track '${trackName}': \`watch\` must be a list of globs`, watchNode);
            for (const item of watchNode.items) {
                const v = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item) ? item.value : undefined;
                if (typeof v !== 'string' || v === '' || /[\r\n]/.test(v))
                    fail(`track '${trackName}': watch entries must be one-line glob strings`, item);
                watch.push(v);
            }
        }
        let required = false;
        const requiredNode = body.get('required', true);
        if (requiredNode !== undefined) {
            const v = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(requiredNode) ? requiredNode.value : undefined;
            if (typeof v !== 'boolean')
                fail(`track '${trackName}': \`required\` must be true or false`, requiredNode);
            required = v;
        }
        const implies = [];
        const impliesNode = body.get('implies', true);
        if (impliesNode !== undefined) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(impliesNode))
                return fail(`track '${trackName}': \`implies\` must be a list of track names`, impliesNode, 'implies: [chart] or implies: ["chart=minor"]');
            for (const item of impliesNode.items) {
                const v = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item) ? item.value : undefined;
                const match = typeof v === 'string' ? IMPLIED.exec(v) : null;
                if (!match)
                    fail(`track '${trackName}': implies entry ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item) ? item.value : '')} is not a track name`, item, 'a track name, optionally =patch, =minor or =major, e.g. chart or chart=minor');
                implies.push({
                    track: match[1],
                    kind: (match[2] ?? 'patch'),
                    configLine: (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .lineOf */ .c)(text, item.range?.[0] ?? 0),
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
                throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`track '${track.name}' implies ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(implied.track)}, which is ${implied.track === track.name ? 'the track itself' : 'not a track'}`, {
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
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`tracks ${tagTracks.map((t) => `'${t.name}'`).join(' and ')} both name a tag; at most one track may`, {
            input: 'config',
            value: file,
            valid: 'a `tag:` on one track only',
            location: { file, line: second.configLine },
        });
    }
    // The release messages: checked here against the tracks, so a bad one fails before any bump.
    const messages = {};
    for (const key of ['commit-message', 'tag-message']) {
        const node = root.get(key, true);
        if (node === undefined)
            continue;
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) ? node.value : undefined;
        const line = (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .lineOf */ .c)(text, node.range?.[0] ?? 0);
        if (typeof value !== 'string')
            return fail(`\`${key}\` must be a string (a message template)`, node, 'e.g. "Release {tag}"');
        (0,_message_js__WEBPACK_IMPORTED_MODULE_5__/* .checkMessageTemplate */ .Oi)(value, tracks.map((t) => t.name), key, { file, line });
        messages[key] = value;
    }
    return {
        file,
        tracks,
        tagTrack: tagTracks[0],
        commitMessage: messages['commit-message'],
        tagMessage: messages['tag-message'],
    };
}
/** Where the tracks file is looked for when the `config` input is not given. */
const DEFAULT_CONFIG = '.github/release-kit.yml';
/**
 * Read and validate the tracks file, expand the globs of its `files:` entries, and confirm every
 * file it names stays inside the workspace.
 */
async function loadVersionsConfig(workspace, configPath) {
    const absolute = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(workspace, configPath, 'config');
    const bytes = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(absolute, configPath, 'config');
    if (bytes === null) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('config', configPath, `an existing tracks file (create ${DEFAULT_CONFIG} with a \`versions:\` map; see docs/version-tracks.md)`);
    }
    const config = await expandFileGlobs(workspace, parseVersionsConfig(bytes.toString('utf8'), configPath));
    for (const track of config.tracks) {
        for (const spec of track.files) {
            try {
                await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(workspace, spec.file, 'config');
            }
            catch (error) {
                if (error instanceof _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo) {
                    throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`track '${track.name}': ${spec.file} is outside the workspace (or a symlink leading out of it)`, {
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
/**
 * `config` with each glob entry of `files:` replaced by one entry per file it matches, in path order.
 * The files are those of the workspace (git's: tracked, or untracked and not ignored, when it is a
 * repository), never outside it. A glob that matches no file is an error on its config line.
 */
async function expandFileGlobs(workspace, config) {
    if (!config.tracks.some((t) => t.files.some((f) => f.glob)))
        return config;
    const candidates = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .listWorkspaceFiles */ .nl)(workspace);
    const tracks = config.tracks.map((track) => ({
        ...track,
        files: track.files.flatMap((spec) => {
            if (!spec.glob)
                return [spec];
            const matches = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceGlob */ .uy)(spec.glob);
            const files = candidates.filter((file) => matches(file));
            if (!files.length) {
                throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`track '${track.name}': the glob ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(spec.glob)} matches no file of the workspace`, {
                    input: 'config',
                    value: spec.glob,
                    valid: 'a glob (relative to the workspace) that matches the files holding the version',
                    location: { file: config.file, line: spec.configLine },
                });
            }
            return files.map((file) => ({ ...spec, file }));
        }),
    }));
    return { ...config, tracks, tagTrack: tracks.find((t) => t.name === config.tagTrack?.name) };
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
    return (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTagName */ .Qd)(sample);
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

/***/ 65851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ restorePlan),
/* harmony export */   LE: () => (/* binding */ workingTreeReader),
/* harmony export */   Zg: () => (/* binding */ tryReadAllTracks),
/* harmony export */   gj: () => (/* binding */ applyPlan),
/* harmony export */   i4: () => (/* binding */ readAllTracks),
/* harmony export */   nl: () => (/* binding */ listWorkspaceFiles),
/* harmony export */   uy: () => (/* binding */ workspaceGlob),
/* harmony export */   v6: () => (/* binding */ revisionReader),
/* harmony export */   x4: () => (/* binding */ versionsOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19455);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80868);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51430);
/* harmony import */ var _plumbing_lossless_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96763);
/* harmony import */ var _tracks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(84642);
// The version files as the tracks see them: in the working tree or at a revision, and written all or nothing.









/**
 * Reads files of the working tree (relative to the workspace), caching so that every step sees one
 * text. The text is decoded losslessly (lossless-text.ts): an edit spliced into it and written back
 * with applyPlan keeps every other byte, invalid UTF-8 included. Only regular files are read.
 */
function workingTreeReader(workspace) {
    const cache = new Map();
    return async (file) => {
        if (!cache.has(file)) {
            const bytes = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFile */ .XF)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, file), file, 'config');
            cache.set(file, bytes === null ? null : (0,_plumbing_lossless_text_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeLossless */ .x)(bytes));
        }
        return cache.get(file);
    };
}
/**
 * The matcher for the tracks file's globs (`watch:` and `files:`): picomatch, dot files included, and
 * wildcards match any character of a name, a newline too (flag `s`), as git allows it in a path.
 */
function workspaceGlob(globs) {
    return picomatch__WEBPACK_IMPORTED_MODULE_8___default()(globs, { dot: true, flags: 's' });
}
/**
 * The regular files of the workspace, as sorted paths relative to it, for the globs of `files:`. In
 * a git repository, git's files (tracked, or untracked and not ignored: a build output or
 * node_modules never becomes a version file); elsewhere every file below the workspace. Symlinked
 * folders are not entered, so nothing outside the workspace is listed.
 */
async function listWorkspaceFiles(workspace) {
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .T(workspace);
    let listed;
    if ((await git.tryExec(['rev-parse', '--is-inside-work-tree'])) === 'true') {
        const out = await git.exec(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
        listed = out.split('\0').filter(Boolean);
    }
    else {
        listed = [];
        const walk = async (dir) => {
            for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, dir), { withFileTypes: true })) {
                const relative = dir ? `${dir}/${entry.name}` : entry.name;
                if (entry.isDirectory() && entry.name !== '.git')
                    await walk(relative);
                else if (!entry.isDirectory())
                    listed.push(relative);
            }
        };
        await walk('');
    }
    const files = [];
    for (const file of [...new Set(listed)].sort()) {
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, file)).catch(() => undefined);
        if (stats?.isFile())
            files.push(file);
    }
    return files;
}
/** Reads files as they are in commit `rev` (paths relative to the workspace), byte for byte. */
function revisionReader(workspace, rev) {
    const cache = new Map();
    return (file) => {
        if (!cache.has(file)) {
            // Not Git.show: it drops the final newline, and a version file must compare byte for byte.
            cache.set(file, (0,_plumbing_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .eF)('git', ['show', `${rev}:./${file}`], { cwd: workspace, allowFailure: true }).then((r) => r.exitCode === 0 ? r.stdout : null));
        }
        return cache.get(file);
    };
}
/** Every track's reading through `read`; a missing or out-of-sync location is a UserError. */
async function readAllTracks(tracks, read) {
    const readings = new Map();
    for (const track of tracks)
        readings.set(track.name, await (0,_tracks_js__WEBPACK_IMPORTED_MODULE_7__/* .readTrack */ .ct)(track, read));
    return readings;
}
/** Readings at a revision, or undefined when any location is missing or unreadable there. */
async function tryReadAllTracks(tracks, read) {
    try {
        return await readAllTracks(tracks, read);
    }
    catch (error) {
        if (error instanceof _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo)
            return undefined;
        throw error;
    }
}
/** The version of each track in `readings`, by track name. */
function versionsOf(readings) {
    return new Map([...readings].map(([name, r]) => [name, r.version]));
}
/**
 * Write the plan, each file edited in place (a symlink's target inside the workspace, its mode
 * kept); on any failure put back what was already written so no partial bump remains.
 */
async function applyPlan(workspace, plan) {
    // Two names of one file (a symlink and its target, both listed) would each write their own edit,
    // the second undoing the first: refused before anything is written.
    const targets = new Map();
    for (const edit of plan) {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, edit.file)).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, edit.file));
        const other = targets.get(target);
        if (other !== undefined) {
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${other} and ${edit.file} are the same file (one is a symlink to the other); list it once in the tracks file`, { input: 'config', value: edit.file, location: { file: edit.file } });
        }
        targets.set(target, edit.file);
    }
    const written = [];
    try {
        for (const edit of plan) {
            await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileInPlace */ .aE)(workspace, edit.file, edit.after, 'config');
            written.push(edit);
        }
    }
    catch (error) {
        for (const edit of written)
            await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileInPlace */ .aE)(workspace, edit.file, edit.before, 'config');
        throw error;
    }
}
/** Put every file of an applied plan back as it was before (after a refused commit). */
async function restorePlan(workspace, plan) {
    for (const edit of plan)
        await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileInPlace */ .aE)(workspace, edit.file, edit.before, 'config');
}


/***/ }),

/***/ 52964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ patternOccurrences),
/* harmony export */   G4: () => (/* binding */ findOccurrences),
/* harmony export */   IJ: () => (/* binding */ spliceVersions),
/* harmony export */   bp: () => (/* binding */ describeInFile)
/* harmony export */ });
/* unused harmony exports locationKind, rewriteOccurrences */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _charts_chartfile_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29975);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68925);
// Finding a version inside one file (YAML key, JSON key or text pattern) and rewriting only it.
// Every edit splices the original text at the value's source range, so comments, quoting, key
// order, indentation and the trailing newline survive byte for byte.




/** How the file is treated: by its extension when a key is used, as text for a pattern. */
function locationKind(spec) {
    if (spec.pattern !== undefined)
        return 'pattern';
    return /\.(json|jsonc|json5)$/i.test(spec.file) ? 'json' : 'yaml';
}
/** What a location is within its file, for messages that carry the file as their location: `key appVersion`. */
function describeInFile(spec) {
    return spec.pattern !== undefined ? `pattern ${spec.pattern}` : `key ${spec.key}`;
}
/**
 * The occurrences of `spec` in `text` (one for a key, one or more for a pattern). A missing key, a
 * pattern that matches nothing, or a value that is not a plain string is a UserError on the file.
 */
function findOccurrences(spec, text) {
    switch (locationKind(spec)) {
        case 'pattern':
            return findPattern(spec, text);
        case 'json':
            return [findJsonKey(spec, text)];
        default:
            return [findYamlKey(spec, text)];
    }
}
/** Replace every occurrence's value with `version`; everything else stays byte-identical. */
function rewriteOccurrences(text, occurrences, version) {
    return spliceVersions(text, occurrences.map((occurrence) => ({ occurrence, version })));
}
/** Splice several (non-overlapping) occurrences, each with its own new version. */
function spliceVersions(text, edits) {
    const sorted = [...edits].sort((a, b) => a.occurrence.start - b.occurrence.start);
    let out = '';
    let at = 0;
    for (const { occurrence, version } of sorted) {
        if (occurrence.start < at)
            throw new Error(`overlapping version edits at offset ${occurrence.start}`);
        out += text.slice(at, occurrence.start) + version;
        at = occurrence.end;
    }
    return out + text.slice(at);
}
/** A problem of the file: the message leaves the file and line to the location, which every renderer shows. */
function locationError(spec, message, line) {
    return new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(message, {
        input: 'config',
        value: spec.file,
        location: { file: spec.file, line: line ?? 1 },
    });
}
function keySegments(key) {
    return key.split('.');
}
function findYamlKey(spec, text) {
    // The YAML side (Chart.yaml above all) is located by the one Chart.yaml editor, charts/chartfile-edit.ts.
    const found = (0,_charts_chartfile_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .locateScalar */ .LE)(text, keySegments(spec.key));
    if ('problem' in found)
        throw locationError(spec, found.problem, found.line);
    return found;
}
function findJsonKey(spec, text) {
    const errors = [];
    // A BOM is no JSON token (npm and editors skip it): parse it as a space, so every offset still points into `text`.
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: true, disallowComments: false });
    if (!root || errors.length)
        throw locationError(spec, 'not valid JSON', errors.length ? (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .c)(text, errors[0].offset) : 1);
    const duplicate = firstDuplicateKey(root);
    if (duplicate) {
        throw locationError(spec, `duplicate key ${JSON.stringify(duplicate.value)} in one object; tools disagree on which one counts (JSON.parse takes the last), so keep one`, (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .c)(text, duplicate.offset));
    }
    let node = root;
    // Walked by hand because findNodeAtLocation wants numbers for array indices and the key path is text.
    for (const segment of keySegments(spec.key)) {
        if (node?.type === 'object') {
            node = node.children?.find((p) => p.children?.[0]?.value === segment)?.children?.[1];
        }
        else if (node?.type === 'array' && /^\d+$/.test(segment)) {
            node = node.children?.[Number(segment)];
        }
        else {
            node = undefined;
        }
        if (!node)
            break;
    }
    if (!node)
        throw locationError(spec, `key ${spec.key} not found`);
    const line = (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .c)(text, node.offset);
    if (node.type !== 'string') {
        throw locationError(spec, `key ${spec.key} holds ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(text.slice(node.offset, node.offset + node.length))}, expected a version string`, line);
    }
    const source = text.slice(node.offset, node.offset + node.length);
    if (source !== JSON.stringify(node.value))
        throw locationError(spec, `key ${spec.key} holds an escaped string ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(source)}`, line);
    return { value: node.value, start: node.offset + 1, end: node.offset + node.length - 1, line };
}
/** The first key that an object of the tree holds twice (the second one), depth first. */
function firstDuplicateKey(node) {
    if (node.type === 'object') {
        const seen = new Set();
        for (const property of node.children ?? []) {
            const key = property.children?.[0];
            if (key && seen.has(key.value))
                return key;
            if (key)
                seen.add(key.value);
        }
    }
    for (const child of node.children ?? []) {
        const found = firstDuplicateKey(child);
        if (found)
            return found;
    }
    return undefined;
}
function findPattern(spec, text) {
    const found = patternOccurrences(spec, text);
    if (found.length === 0)
        throw locationError(spec, `pattern ${spec.pattern} matches nothing`);
    return found;
}
/** Every match of a pattern location in `text` (its first group), none being no error. */
function patternOccurrences(spec, text) {
    const re = new RegExp(spec.pattern, 'dgm');
    const found = [];
    for (const match of text.matchAll(re)) {
        const span = match.indices?.[1];
        if (!span)
            continue; // the group did not take part in this match
        found.push({ value: match[1], start: span[0], end: span[1], line: (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .c)(text, span[0]) });
        if (found.length > 10_000)
            break;
    }
    return found;
}


/***/ }),

/***/ 54251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ DEFAULT_TAG_MESSAGE),
/* harmony export */   Kb: () => (/* binding */ DEFAULT_COMMIT_MESSAGE),
/* harmony export */   Oi: () => (/* binding */ checkMessageTemplate),
/* harmony export */   e4: () => (/* binding */ renderMessage)
/* harmony export */ });
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
// The release commit and tag message templates: `{version}`, `{tag}`, `{changes}` and one `{<track>}` per track.

const DEFAULT_COMMIT_MESSAGE = 'chore(release): {changes}';
/** The annotated tag's message by default: the tag's name, as `git tag -a v1.2.3 -m v1.2.3`. */
const DEFAULT_TAG_MESSAGE = '{tag}';
/**
 * Check a template before anything is written: every `{name}` must be a known placeholder and
 * braces must not nest (`{{version}}` is refused rather than half-substituted). `input` names the
 * input or config key at fault (`commit-message`, `tag-message`); `location`, the config line.
 */
function checkMessageTemplate(template, trackNames, input = 'commit-message', location) {
    const known = ['version', 'tag', 'changes', ...trackNames];
    const valid = `text with the placeholders ${known.map((n) => `{${n}}`).join(', ')}`;
    const refuse = () => (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, template, valid, location);
    if (template.length > 10_000 || template.trim() === '')
        throw refuse();
    const stripped = template.replace(/\{([a-z][a-z0-9-]*)\}/g, (whole, name) => {
        if (!known.includes(name))
            throw refuse();
        return '';
    });
    if (/[{}]/.test(stripped) || /\0/.test(template))
        throw refuse();
}
/** Fill a checked template. */
function renderMessage(template, values) {
    return template.replace(/\{([a-z][a-z0-9-]*)\}/g, (_whole, name) => {
        if (name === 'version')
            return values.version;
        if (name === 'tag')
            return values.tag;
        if (name === 'changes')
            return values.changes;
        return values.tracks[name] ?? '';
    });
}


/***/ }),

/***/ 6358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseBumpKind),
/* harmony export */   FF: () => (/* binding */ isPrereleaseBump),
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
/** Whether a bump makes a prerelease: `prerelease`, or an explicit prerelease version (`1.2.4-rc.1`). */
function isPrereleaseBump(bump) {
    return bump.kind === 'prerelease' || (bump.kind === 'explicit' && semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(bump.version) !== null);
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


/***/ }),

/***/ 84642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ inspectTrack),
/* harmony export */   Zl: () => (/* binding */ verifyPlan),
/* harmony export */   ct: () => (/* binding */ readTrack),
/* harmony export */   r_: () => (/* binding */ planEdits)
/* harmony export */ });
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52964);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6358);
// Reading every location of a track, checking that they agree, and planning the edits of a bump.



/**
 * Read every location of `track` and check that each holds the same strict SemVer version.
 * Returns the reading, or the problems (missing file or key, non-SemVer value, disagreement).
 */
async function inspectTrack(track, read) {
    const problems = [];
    const locations = [];
    for (const spec of track.files) {
        const text = await read(spec.file);
        // A file a glob matched in the working tree may not exist at an older revision, and with a
        // pattern, a matched file may not hold the version at all: neither is a location then.
        if (spec.glob && (text === null || (spec.pattern !== undefined && !(0,_locations_js__WEBPACK_IMPORTED_MODULE_1__/* .patternOccurrences */ .Fq)(spec, text).length)))
            continue;
        if (text === null) {
            problems.push({
                track: track.name,
                message: `track '${track.name}': no such file (named in the tracks file)`,
                location: { file: spec.file },
            });
            continue;
        }
        try {
            locations.push({ spec, occurrences: (0,_locations_js__WEBPACK_IMPORTED_MODULE_1__/* .findOccurrences */ .G4)(spec, text) });
        }
        catch (error) {
            if (!(error instanceof _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
                throw error;
            problems.push({
                track: track.name,
                message: `track '${track.name}': ${error.message}`,
                location: error.location ?? { file: spec.file },
            });
        }
    }
    for (const glob of new Set(track.files.map((f) => f.glob).filter((g) => g !== undefined))) {
        if (locations.some((l) => l.spec.glob === glob) || problems.some((p) => p.track === track.name))
            continue;
        const spec = track.files.find((f) => f.glob === glob);
        problems.push({
            track: track.name,
            message: `track '${track.name}': no file that the glob ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(glob)} matches holds ${(0,_locations_js__WEBPACK_IMPORTED_MODULE_1__/* .describeInFile */ .bp)(spec)}`,
            location: { file: spec.file },
        });
    }
    for (const { spec, occurrences } of locations) {
        for (const o of occurrences) {
            if (!(0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .isStrictSemver */ .iS)(o.value)) {
                problems.push({
                    track: track.name,
                    message: `track '${track.name}': ${(0,_locations_js__WEBPACK_IMPORTED_MODULE_1__/* .describeInFile */ .bp)(spec)} holds ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(o.value)}, which is not a SemVer version (expected x.y.z, e.g. 1.2.3 or 1.2.3-rc.1)`,
                    location: { file: spec.file, line: o.line },
                });
            }
        }
    }
    if (problems.length)
        return { problems };
    const values = new Set(locations.flatMap((l) => l.occurrences.map((o) => o.value)));
    if (values.size > 1) {
        const listing = locations.flatMap((l) => l.occurrences.map((o) => `${l.spec.file}:${o.line} (${l.spec.key ?? 'pattern'}) = ${o.value}`));
        const first = locations[0].occurrences[0].value;
        const odd = locations.flatMap((l) => l.occurrences.map((o) => ({ l, o }))).find(({ o }) => o.value !== first);
        return {
            problems: [
                {
                    track: track.name,
                    message: `track '${track.name}' is out of sync: ${listing.join('; ')}. Make every location hold the same version first`,
                    location: { file: odd.l.spec.file, line: odd.o.line },
                },
            ],
        };
    }
    return { reading: { track, version: [...values][0], locations }, problems };
}
/** Like inspectTrack, but the first problem is thrown as a UserError whose message lists them all. */
async function readTrack(track, read) {
    const { reading, problems } = await inspectTrack(track, read);
    if (reading)
        return reading;
    // The first problem's file and line are the error's location; the others name their own.
    const listed = problems.map((p, i) => i === 0 ? p.message : `${p.location.file}${p.location.line ? `:${p.location.line}` : ''}: ${p.message}`);
    throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(listed.join(' | '), {
        input: 'config',
        value: track.name,
        location: problems[0].location,
    });
}
/**
 * The new content of every file touched by giving each track in `next` its new version. Several
 * tracks may share a file (a Chart.yaml holds both `version` and `appVersion`). Unchanged files are
 * left out. `read` must return the same text the readings were made from.
 */
async function planEdits(readings, next, read) {
    const perFile = new Map();
    for (const reading of readings) {
        const version = next.get(reading.track.name);
        if (version === undefined || version === reading.version)
            continue;
        for (const location of reading.locations) {
            const edits = perFile.get(location.spec.file) ?? [];
            for (const occurrence of location.occurrences) {
                const clash = edits.find((e) => e.occurrence.start < occurrence.end && occurrence.start < e.occurrence.end);
                if (clash && (clash.occurrence.start !== occurrence.start || clash.version !== version)) {
                    throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('two tracks claim the same version text; give each track its own location', {
                        input: 'config',
                        value: location.spec.file,
                        location: { file: location.spec.file, line: occurrence.line },
                    });
                }
                if (!clash)
                    edits.push({ occurrence, version });
            }
            perFile.set(location.spec.file, edits);
        }
    }
    const plan = [];
    for (const [file, edits] of perFile) {
        const before = await read(file);
        if (before === null)
            throw new Error(`${file} vanished while planning the bump`);
        const after = (0,_locations_js__WEBPACK_IMPORTED_MODULE_1__/* .spliceVersions */ .IJ)(before, edits);
        if (after !== before)
            plan.push({ file, before, after });
    }
    return plan;
}
/**
 * Re-read the planned content and confirm that each bumped track now reads as its new version
 * everywhere: a guard against an edit that landed anywhere but on the version scalar.
 */
async function verifyPlan(readings, next, plan, read) {
    const planned = new Map(plan.map((p) => [p.file, p.after]));
    const readPlanned = async (file) => planned.get(file) ?? read(file);
    for (const reading of readings) {
        const expected = next.get(reading.track.name) ?? reading.version;
        const { reading: again, problems } = await inspectTrack(reading.track, readPlanned);
        if (again?.version === expected)
            continue;
        // Usually a pattern too narrow for the new version (x.y.z only, but the bump made a prerelease).
        const where = problems[0]?.location ?? { file: reading.locations[0].spec.file };
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`track '${reading.track.name}' would not read back as ${expected} after the bump (${problems[0]?.message ?? `it reads ${again?.version}`}); widen the location's pattern to match ${expected}`, { input: 'config', value: reading.track.name, location: where });
    }
}


/***/ })

};

//# sourceMappingURL=96.index.js.map