export const id = 258;
export const ids = [258];
export const modules = {

/***/ 4258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  injectChartReleaseNotes: () => (/* binding */ injectChartReleaseNotes)
});

// UNUSED EXPORTS: RELEASE_NOTES_ANNOTATION, normaliseNotes

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(3178);
;// CONCATENATED MODULE: ./packages/release-kit/src/charts/chartfile.ts
// Chart.yaml: reading it the way helm does, validating it as helm's Metadata.Validate does, and
// editing version, appVersion and annotations in place without losing comments.


/** The annotation the Rancher (Buntime) catalog reads release notes from. */
const RELEASE_NOTES_ANNOTATION = 'catalog.cattle.io/release-notes';
// Masterminds/semver v3's NewVersion grammar, which is what helm's isValidSemver accepts: an
// optional "v", minor and patch optional, no leading zeros, SemVer 2 pre-release and build parts.
const MASTERMINDS_SEMVER = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
// The name becomes a path component of the OCI repository, so it must be one (distribution's
// path-component grammar). helm itself only requires name == filepath.Base(name).
const SAFE_CHART_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** True when helm (Masterminds/semver) accepts `version` as a chart version. */
function isChartVersion(version) {
    return MASTERMINDS_SEMVER.test(version);
}
/** True for a chart name helm accepts that can also be an OCI repository path component. */
function isSafeChartName(name) {
    return SAFE_CHART_NAME.test(name) && name.length <= 128;
}
/**
 * Parse Chart.yaml bytes into helm's metadata. Strings are read as written (sigs.k8s.io/yaml turns
 * `version: 1.0` into the string "1.0" for a string field), booleans with YAML 1.1 rules as
 * go-yaml does, and unknown keys are ignored as helm ignores them. `where` names the file in errors.
 */
function parseChartYaml(data, where) {
    const text = Buffer.from(data).toString('utf8');
    const strings = parseDocument(text, { schema: 'failsafe', uniqueKeys: false });
    const typed = parseDocument(text, { version: '1.1', uniqueKeys: false });
    const problem = strings.errors[0] ?? typed.errors[0];
    if (problem)
        throw chartError(where, `cannot load Chart.yaml: ${problem.message.split('\n')[0]}`);
    const raw = strings.toJS();
    const rawTyped = typed.toJS();
    if (raw === null || raw === undefined || raw === '')
        throw chartError(where, 'chart.metadata.apiVersion is required');
    if (!isRecord(raw) || !isRecord(rawTyped))
        throw chartError(where, 'cannot load Chart.yaml: expected a mapping of keys to values');
    const str = (key, from = raw) => {
        const v = from[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'string')
            throw chartError(where, `cannot load Chart.yaml: ${key} must be a string`);
        return v;
    };
    const strList = (key, from = raw) => {
        const v = from[key];
        if (v === undefined || v === null || v === '')
            return undefined;
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
            throw chartError(where, `cannot load Chart.yaml: ${key} must be a list of strings`);
        return v;
    };
    const bool = (key, from) => {
        const v = from[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'boolean')
            throw chartError(where, `cannot load Chart.yaml: ${key} must be true or false`);
        return v;
    };
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
    const typedDeps = Array.isArray(rawTyped.dependencies) ? rawTyped.dependencies : [];
    const dependencies = listOfRecords(raw.dependencies, 'dependencies', where)?.map((d, i) => {
        const t = isRecord(typedDeps[i]) ? typedDeps[i] : {};
        const importValues = t['import-values'];
        if (importValues !== undefined && importValues !== null && !Array.isArray(importValues)) {
            throw chartError(where, 'cannot load Chart.yaml: import-values must be a list');
        }
        return {
            name: sanitize(str('name', d) ?? ''),
            version: optionalSanitized(str('version', d)),
            repository: sanitize(str('repository', d) ?? ''),
            condition: optionalSanitized(str('condition', d)),
            tags: strList('tags', d)?.map(sanitize),
            enabled: bool('enabled', t),
            importValues: importValues ?? undefined,
            alias: str('alias', d),
            dependsOn: strList('depends-on', d)?.map(sanitize),
        };
    });
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
        deprecated: bool('deprecated', rawTyped),
        annotations,
        kubeVersion: optionalSanitized(str('kubeVersion')),
        dependencies,
        type: str('type'),
    };
}
/**
 * helm's Metadata.Validate, plus the rules this project adds: apiVersion must be v2 (we package new
 * charts only) and the name must be usable in an OCI reference.
 */
function validateMetadata(metadata, where) {
    if (metadata.apiVersion === '')
        throw chartError(where, 'chart.metadata.apiVersion is required');
    if (metadata.apiVersion !== 'v2') {
        throw chartError(where, `chart.metadata.apiVersion ${JSON.stringify(metadata.apiVersion)} is not supported; expected v2 (helm 3 charts)`);
    }
    if (metadata.name === '')
        throw chartError(where, 'chart.metadata.name is required');
    if (!isSafeChartName(metadata.name)) {
        throw chartError(where, `chart.metadata.name ${JSON.stringify(metadata.name)} is invalid; expected lower-case letters, digits and single separators (. _ -), e.g. my-chart`);
    }
    if (metadata.version === '')
        throw chartError(where, 'chart.metadata.version is required');
    if (!isChartVersion(metadata.version)) {
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
/**
 * Chart.yaml with `edits` applied, keeping its comments, key order and formatting elsewhere (the
 * yaml Document API edits the syntax tree). Returns the input unchanged when there is nothing to do.
 */
function editChartYaml(data, edits) {
    if (edits.version === undefined && edits.appVersion === undefined && !edits.annotations)
        return data;
    const document = parseDocument(data.toString('utf8'), { version: '1.1', uniqueKeys: false });
    const setScalar = (key, value) => {
        // Changing the existing node keeps its quoting style and its comments; the library quotes a
        // plain value that would otherwise read back as a number.
        const node = document.get(key, true);
        if (isScalar(node))
            node.value = value;
        else
            document.set(key, value);
    };
    if (edits.version !== undefined)
        setScalar('version', edits.version);
    if (edits.appVersion !== undefined)
        setScalar('appVersion', edits.appVersion);
    if (edits.annotations && Object.keys(edits.annotations).length > 0) {
        const existing = document.get('annotations', true);
        if (!isMap(existing))
            document.set('annotations', document.createNode({}));
        for (const [key, value] of Object.entries(edits.annotations))
            document.setIn(['annotations', key], value);
    }
    return Buffer.from(document.toString({ lineWidth: 0 }));
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
/** A chart problem, located in the chart's Chart.yaml (or the file `where` names). */
function chartError(where, message) {
    return new UserError(`chart ${where}: ${message}`, { value: where, location: { file: where } });
}

;// CONCATENATED MODULE: ./packages/release-kit/src/releases/chart-release-notes.ts
// Put release notes into Chart.yaml's `catalog.cattle.io/release-notes` annotation, touching nothing else.





/**
 * Set `annotations."catalog.cattle.io/release-notes"` in a Chart.yaml to `notes`.
 *
 * The yaml library's Document API finds the nodes and their source ranges, and the edit is a
 * splice of the original text at those ranges: re-serialising the document would reflow comments,
 * quotes and blank lines, and Chart.yaml files are reviewed by humans. The new value is written
 * as a literal block scalar (`|`), indented under its key; the result is parsed again and must
 * hold exactly the notes and every other value unchanged, else a double-quoted scalar is used.
 */
function injectChartReleaseNotes(chartYaml, notes, file = 'Chart.yaml') {
    const doc = (0,dist/* parseDocument */.Tp)(chartYaml);
    if (doc.errors.length) {
        const error = doc.errors[0];
        const line = error.linePos?.[0]?.line;
        throw new errors/* UserError */.yo(`${file}${line ? `:${line}` : ''}: not valid YAML: ${error.message.split('\n')[0]}`, { value: file, location: { file, line } });
    }
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new errors/* UserError */.yo(`${file}: expected a mapping at the top (a Chart.yaml)`, { value: file, location: { file } });
    const expected = normaliseNotes(notes);
    const eol = /\r\n/.test(chartYaml) ? '\r\n' : '\n';
    const before = doc.toJS();
    const current = before.annotations?.[RELEASE_NOTES_ANNOTATION];
    if (current === expected)
        return { text: chartYaml, state: 'unchanged' };
    for (const style of ['literal', 'quoted']) {
        const text = splice(chartYaml, doc.contents, expected, eol, style, file);
        if (holdsOnly(text, before, expected))
            return { text, state: 'updated' };
    }
    throw new errors/* UserError */.yo(`${file}: could not add ${RELEASE_NOTES_ANNOTATION} without changing other values; write 'annotations' as a plain block mapping`, {
        input: 'chart-release-notes',
        value: file,
        location: { file },
    });
}
function splice(text, root, notes, eol, style, file) {
    const annotationsPair = root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'annotations');
    if (!annotationsPair) {
        // No annotations yet: append a block at the end (top-level keys start in column 0).
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        return `${text}${lead}annotations:${eol}  ${RELEASE_NOTES_ANNOTATION}: ${scalar(notes, 2, eol, style)}`;
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
        return `${head.slice(0, at)}${lead}${' '.repeat(indent)}${RELEASE_NOTES_ANNOTATION}: ${scalar(notes, indent, eol, style)}${head.slice(at)}`;
    }
    if (!(0,dist/* isMap */.jh)(annotations) || annotations.flow) {
        const line = text.slice(0, annotations.range[0]).split('\n').length;
        throw new errors/* UserError */.yo(`${file}:${line}: 'annotations' must be a block mapping (one key per line) for release-kit to add ${RELEASE_NOTES_ANNOTATION}`, {
            input: 'chart-release-notes',
            value: file,
            location: { file, line },
        });
    }
    const existing = annotations.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === RELEASE_NOTES_ANNOTATION);
    if (existing && existing.value?.range) {
        const value = existing.value;
        const indent = columnOf(text, existing.key.range[0]);
        const [start, valueEnd] = value.range;
        const block = (0,dist/* isScalar */.jn)(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED');
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
        let replacement = scalar(notes, indent, eol, style, comment);
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
    return `${text.slice(0, at)}${lead}${' '.repeat(indent)}${RELEASE_NOTES_ANNOTATION}: ${scalar(notes, indent, eol, style)}${text.slice(at)}`;
}
/** The value of a key in column `keyColumn`, ending with a line break (a block scalar always does). */
function scalar(notes, keyColumn, eol, style, comment = '') {
    if (style === 'quoted' || notes === '')
        return `${JSON.stringify(notes)}${comment ? ` ${comment}` : ''}${eol}`;
    const lines = notes.replace(/\n$/, '').split('\n');
    // An explicit indentation indicator when the first line itself starts with a space.
    const indicator = /^\s/.test(lines.find((l) => l !== '') ?? '') ? '2' : '';
    const pad = ' '.repeat(keyColumn + 2);
    return `|${indicator}${comment ? ` ${comment}` : ''}${eol}${lines.map((l) => (l === '' ? '' : pad + l)).join(eol)}${eol}`;
}
function holdsOnly(text, before, notes) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length)
        return false;
    const after = doc.toJS();
    const annotations = { ...(before.annotations ?? {}), [RELEASE_NOTES_ANNOTATION]: notes };
    return (0,external_node_util_.isDeepStrictEqual)(after, { ...before, annotations });
}
/** Notes as a block scalar keeps them: \n line ends, one final line break, no trailing blanks. */
function normaliseNotes(notes) {
    const text = notes.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    return text === '' ? '' : `${text}\n`;
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
function lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}


/***/ })

};

//# sourceMappingURL=258.index.js.map