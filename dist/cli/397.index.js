export const id = 397;
export const ids = [397];
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

/***/ 90994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ chartError),
/* harmony export */   H4: () => (/* binding */ parseRequirementsYaml),
/* harmony export */   Pe: () => (/* binding */ chartYamlText),
/* harmony export */   W4: () => (/* binding */ RELEASE_NOTES_ANNOTATION),
/* harmony export */   aR: () => (/* binding */ validateMetadata),
/* harmony export */   zO: () => (/* binding */ parseChartYaml)
/* harmony export */ });
/* unused harmony export sanitize */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86868);
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
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const strings = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { schema: 'failsafe', uniqueKeys: false, lineCounter: lines });
    const typed = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { version: '1.1', uniqueKeys: false });
    const problem = strings.errors[0] ?? typed.errors[0];
    if (problem)
        throw chartError(where, `cannot load ${file}: ${problem.message.split('\n')[0]}`);
    const duplicate = findDuplicateKey(strings.contents, [], lines);
    if (duplicate) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`chart ${where}: cannot load ${file}: duplicate key ${JSON.stringify(duplicate.key)} at line ${duplicate.line} (first at line ${duplicate.firstLine}); keep one`, { value: where, location: { file: where, line: duplicate.line } });
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
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
        const seen = new Map();
        for (const pair of node.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : undefined;
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
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
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
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .isSafeChartName */ .bC)(metadata.name)) {
        throw chartError(where, `chart.metadata.name ${JSON.stringify(metadata.name)} is invalid; expected lower-case letters, digits and single separators (. _ -), e.g. my-chart`);
    }
    if (metadata.version === '')
        throw chartError(where, 'chart.metadata.version is required');
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .isChartVersion */ .N0)(metadata.version)) {
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
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(data))
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
    return new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`chart ${where}: ${message}`, { value: where, location: { file: where } });
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





/** The plan for `mode`: `auto` takes helm when `pathEnv` (the runner context's PATH) has it. */
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

/***/ 84123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   TZ: () => (/* binding */ parseRegistryHost),
/* harmony export */   d: () => (/* binding */ isValidRepository),
/* harmony export */   fH: () => (/* binding */ isValidDigest),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   wv: () => (/* binding */ isValidRegistryHost)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB, manifestReferenceOf */
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
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, text, 'a registry host such as ghcr.io or 127.0.0.1:5000 (no scheme, no path)');
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
            ? `input '${options.input}' has invalid value ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(text)}`
            : `invalid OCI reference ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(text)}`;
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${subject}: ${why}`, {
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
            fail(`${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(digest)} is not a digest (expected sha256: and 64 lower-case hex digits)`);
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
            fail(`${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(registry)} is not a registry host`);
        if (!namesHost) {
            fail(`it has no registry host (${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(registry)} looks like a Docker Hub name; write the host, e.g. oci://docker.io/${rest} or oci://ghcr.io/OWNER/NAME)`);
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
            fail(`${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(tag)} is not a valid tag (letters, digits, _ . -, at most 128, not starting with . or -)`);
    }
    if (!isValidRepository(path))
        fail(`${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(path)} is not a valid repository name (lower-case letters, digits and . _ - separators between slashes)`);
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


/***/ })

};

//# sourceMappingURL=397.index.js.map