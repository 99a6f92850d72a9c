export const id = 557;
export const ids = [557,933];
export const modules = {

/***/ 8210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ versionConflict)
/* harmony export */ });
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);

/** A version already in the catalog with other content: never overwritten, the run stops before any commit. */
function versionConflict(chart, where, detail) {
    const { name, version } = chart.metadata;
    return new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`catalog: ${name} ${version} is already published at ${where} with different content (${detail}); a published chart version is never overwritten: bump the version in ${chart.chart}/Chart.yaml and publish again`, { input: 'chart', value: `${name} ${version}`, valid: 'a chart version the catalog does not hold yet, or the same content' });
}


/***/ }),

/***/ 87557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyHelmRepository: () => (/* binding */ applyHelmRepository)
});

// UNUSED EXPORTS: INDEX_FILE, sameArchiveContent

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/archive.ts
var archive = __webpack_require__(94978);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/catalogs/catalog.ts
var catalog = __webpack_require__(8210);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/oci.ts
var oci = __webpack_require__(66933);
;// CONCATENATED MODULE: ./packages/release-kit/src/catalogs/helm-index.ts
// A classic Helm repository's index.yaml (helm/helm pkg/repo/index.go): one chart version's entry,
// and merging it into an existing index by splicing text, so every other byte stays as it was.






/**
 * Go's time.RFC3339Nano in UTC, as helm writes `created` and `generated`: nanoseconds with
 * trailing zeros dropped. JavaScript clocks stop at nanoseconds from hrtime, which fills the digits
 * below the millisecond so two entries made in one millisecond still differ.
 */
function rfc3339Nano(date, subMillisecondNanos = 0) {
    const nanos = String(date.getUTCMilliseconds() * 1_000_000 + subMillisecondNanos).padStart(9, '0').replace(/0+$/, '');
    return date.toISOString().replace(/\.\d{3}Z$/, nanos ? `.${nanos}Z` : 'Z');
}
/** Now, in rfc3339Nano. */
function nowRfc3339Nano() {
    return rfc3339Nano(new Date(), Number(process.hrtime.bigint() % 1000000n));
}
/** The sha256 of the .tgz bytes, in hex: the index's `digest`. */
function chartDigest(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * The entry for one packaged chart. helm's ChartVersion embeds chart.Metadata, so the metadata is
 * written as helm writes it (chartConfigJson: helm's fields, empty ones omitted) plus urls, created
 * and digest; keys are sorted because sigs.k8s.io/yaml goes through a Go map on the way to YAML.
 */
function indexEntry(metadata, digest, url, created) {
    const fields = JSON.parse((0,oci.chartConfigJson)(metadata).toString('utf8'));
    const entry = { ...fields, created, digest, urls: [url] };
    return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** The entry of `name` `version` in an index.yaml, or undefined. */
function findIndexedVersion(indexText, name, version, file = 'index.yaml') {
    if (indexText === undefined)
        return undefined;
    const index = readIndex(indexText, file).toJS();
    const found = index.entries?.[name]?.find((e) => e?.version === version);
    if (!found)
        return undefined;
    return { digest: String(found.digest ?? ''), urls: Array.isArray(found.urls) ? found.urls.map(String) : [] };
}
/**
 * index.yaml with `entry` added under its chart and `generated` set, touching nothing else: other
 * charts' entries and older versions keep their bytes, comments and quoting. A new index is written
 * in helm's own layout. The merge locates nodes with the yaml Document API and splices the original
 * text at their ranges (re-serialising the document would reformat every entry); the result is
 * parsed again and must hold exactly the old index plus the entry, else it is a bug and throws.
 * The caller has checked that the version is not in the index yet.
 */
function mergeIndex(indexText, entry, generated, file = 'index.yaml') {
    if (indexText === undefined || indexText.trim() === '') {
        return `apiVersion: v1\nentries:\n  ${plainKey(entry.name)}:\n${renderEntry(entry, 2)}generated: ${quoted(generated)}\n`;
    }
    const document = readIndex(indexText, file);
    const root = document.contents;
    const eol = /\r\n/.test(indexText) ? '\r\n' : '\n';
    let text = indexText;
    // Splice from the end of the file backwards so earlier ranges stay valid: `generated` first when it comes later.
    const generatedPair = pairOf(root, 'generated');
    const entriesPair = pairOf(root, 'entries');
    const edits = [];
    if (generatedPair?.value?.range) {
        edits.push({ at: generatedPair.value.range[0], end: generatedPair.value.range[1], text: quoted(generated) });
    }
    else {
        const at = endWithNewline(indexText, indexText.length);
        edits.push({ at, end: at, text: `${at === indexText.length && !indexText.endsWith('\n') ? eol : ''}generated: ${quoted(generated)}${eol}` });
    }
    edits.push(entriesEdit(indexText, root, entriesPair, entry, eol, file));
    edits.sort((a, b) => b.at - a.at);
    for (const edit of edits)
        text = text.slice(0, edit.at) + edit.text + text.slice(edit.end);
    const expected = document.toJS();
    const entries = { ...(expected.entries ?? {}) };
    const versions = [...(entries[entry.name] ?? [])];
    versions.splice(insertionIndex(versions.map((v) => String(v?.version ?? '')), entry.version), 0, (0,dist/* parseDocument */.Tp)(renderEntry(entry, 0), { schema: 'failsafe' }).toJS()[0]);
    entries[entry.name] = versions;
    const after = readIndex(text, file).toJS();
    const want = { ...expected, entries, generated };
    if (!(0,external_node_util_.isDeepStrictEqual)(after, want)) {
        throw new Error(`${file}: merging ${entry.name} ${entry.version} would change more than the new entry; refusing to write it (a release-kit bug: please report it with the index)`);
    }
    return text;
}
function entriesEdit(text, root, entriesPair, entry, eol, file) {
    const entries = entriesPair?.value;
    const emptyEntries = !entries || ((0,dist/* isScalar */.jn)(entries) && (entries.value === null || entries.value === '')) || ((0,dist/* isMap */.jh)(entries) && entries.items.length === 0);
    if (!entriesPair || emptyEntries) {
        const keyColumn = entriesPair ? columnOf(text, entriesPair.key.range[0]) : 0;
        const block = `${' '.repeat(keyColumn + 2)}${plainKey(entry.name)}:${eol}${renderEntry(entry, keyColumn + 2, eol)}`;
        if (!entriesPair) {
            // apiVersion comes before entries in helm's (sorted) layout: put it after apiVersion, else first.
            const apiVersion = pairOf(root, 'apiVersion');
            const at = apiVersion?.value?.range ? endWithNewline(text, apiVersion.value.range[1]) : 0;
            return { at, end: at, text: `entries:${eol}${block}` };
        }
        const keyEnd = entriesPair.key.range[1];
        const valueEnd = entries?.range ? entries.range[1] : keyEnd;
        const lineEndAt = endWithNewline(text, valueEnd);
        // `entries: {}` (what helm writes for an empty index) or `entries:` becomes a block mapping.
        return { at: keyEnd, end: lineEndAt, text: `:${eol}${block}` };
    }
    if (!(0,dist/* isMap */.jh)(entries) || entries.flow)
        throw badIndex(text, entries, file, "'entries' must be a block mapping of chart names");
    const chartPair = entries.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === entry.name);
    const keyColumn = columnOf(text, entries.items[0].key.range[0]);
    if (!chartPair) {
        const dashColumn = seqDashColumn(text, entries) ?? keyColumn;
        const block = `${' '.repeat(keyColumn)}${plainKey(entry.name)}:${eol}${renderEntry(entry, dashColumn, eol)}`;
        // go-yaml writes map keys sorted; a new chart goes where `helm repo index` would put it.
        const next = entries.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) > entry.name);
        const at = next ? lineStart(text, next.key.range[0]) : endWithNewline(text, lastRangeEnd(entries));
        return { at, end: at, text: (at === text.length && !text.endsWith('\n') ? eol : '') + block };
    }
    const versions = chartPair.value;
    if (!(0,dist/* isSeq */.oP)(versions) || versions.flow || versions.items.length === 0)
        throw badIndex(text, versions, file, `'entries.${entry.name}' must be a block list of chart versions`);
    const dashColumn = columnOf(text, versions.range[0]);
    const existing = versions.items.map((item) => ((0,dist/* isMap */.jh)(item) ? String(item.get('version') ?? '') : ''));
    const index = insertionIndex(existing, entry.version);
    const rendered = renderEntry(entry, dashColumn, eol);
    if (index < versions.items.length) {
        const at = lineStart(text, versions.items[index].range[0]);
        return { at, end: at, text: rendered };
    }
    const at = endWithNewline(text, lastRangeEnd(versions));
    return { at, end: at, text: (at === text.length && !text.endsWith('\n') ? eol : '') + rendered };
}
/** Where a version goes in a newest-first list: helm sorts entries by semver, descending. */
function insertionIndex(versions, version) {
    const index = versions.findIndex((v) => compareChartVersions(version, v) > 0);
    return index < 0 ? versions.length : index;
}
/** Masterminds-style comparison: `v` and missing minor/patch allowed; unparsable versions compare as text. */
function compareChartVersions(a, b) {
    const pa = semverOf(a);
    const pb = semverOf(b);
    if (pa && pb)
        return semver_default().compare(pa, pb);
    return a < b ? -1 : a > b ? 1 : 0;
}
function semverOf(version) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$/.exec(version);
    if (!m)
        return null;
    const candidate = `${m[1]}.${m[2] ?? '0'}.${m[3] ?? '0'}${m[4]}`;
    return semver_default().valid(candidate);
}
/** The entry as a block list item whose dash sits in column `dashColumn`, ending with a line break. */
function renderEntry(entry, dashColumn, eol = '\n') {
    const document = new dist/* Document */.yo(entry);
    for (const key of ['created']) {
        const node = document.contents.get(key, true);
        if (node instanceof dist/* Scalar */.X5)
            node.type = 'QUOTE_DOUBLE';
    }
    const body = document.toString({ indentSeq: false, lineWidth: 0 }).replace(/\n$/, '').split('\n');
    const pad = ' '.repeat(dashColumn);
    return body.map((line, i) => (i === 0 ? `${pad}- ${line}` : line === '' ? '' : `${pad}  ${line}`)).join(eol) + eol;
}
/** Every scalar as the string written, as Go reads the index into string fields (`version: 1.10` stays "1.10"). */
function readIndex(text, file) {
    const document = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', uniqueKeys: false });
    if (document.errors.length) {
        const error = document.errors[0];
        const line = error.linePos?.[0]?.line;
        throw new errors/* UserError */.yo(`${file}${line ? `:${line}` : ''}: not valid YAML: ${error.message.split('\n')[0]}; fix or remove the catalog's index`, { value: file, location: { file, line } });
    }
    if (document.contents !== null && !(0,dist/* isMap */.jh)(document.contents))
        throw new errors/* UserError */.yo(`${file}: expected a Helm repository index (a mapping with apiVersion and entries)`, { value: file, location: { file } });
    return document;
}
function badIndex(text, node, file, problem) {
    const line = node?.range ? text.slice(0, node.range[0]).split('\n').length : undefined;
    return new errors/* UserError */.yo(`${file}${line ? `:${line}` : ''}: ${problem} for release-kit to add an entry`, { value: file, location: { file, line } });
}
function pairOf(map, key) {
    return map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
}
function seqDashColumn(text, entries) {
    for (const pair of entries.items) {
        if ((0,dist/* isSeq */.oP)(pair.value) && !pair.value.flow && pair.value.range)
            return columnOf(text, pair.value.range[0]);
    }
    return undefined;
}
function lastRangeEnd(node) {
    return node.range[1];
}
function quoted(value) {
    return JSON.stringify(value);
}
function plainKey(name) {
    // Chart names are checked to be [a-z0-9._-]; a name like "1.0" or "true" still needs quotes to stay a string key.
    return /^[a-z][a-z0-9._-]*$/.test(name) && !['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n'].includes(name) ? name : JSON.stringify(name);
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** The offset after the line break that ends the line holding `offset - 1` (a range end), or the end of the text. */
function endWithNewline(text, offset) {
    if (offset > 0 && text[offset - 1] === '\n')
        return offset;
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/catalogs/helm-repo.ts
// A classic Helm repository in git (chart-releaser's gh-pages): <name>-<version>.tgz files next to an
// index.yaml that `helm repo add` and `helm repo update` read.







const INDEX_FILE = 'index.yaml';
/**
 * Add each chart to the repository in `<directory>`: the .tgz, and its entry merged into index.yaml
 * (created and generated stamped now). A version the index already lists with the same digest, or
 * whose archive holds the same files (a rebuild at another commit time gives other bytes for the
 * same chart), is unchanged; otherwise it is refused. index.yaml is only written when something was added.
 */
async function applyHelmRepository(checkout, directory, baseUrl, charts) {
    const indexRelative = external_node_path_default().posix.join(directory, INDEX_FILE);
    const indexPath = await (0,fs/* resolveInside */.LI)(checkout, indexRelative, 'directory');
    let index = await readRegularFile(indexPath, indexRelative);
    const indexText = index?.toString('utf8');
    let text = indexText;
    const outcomes = [];
    for (const chart of charts) {
        const { name, version } = chart.metadata;
        const relative = external_node_path_default().posix.join(directory, chart.fileName);
        const archivePath = await (0,fs/* resolveInside */.LI)(checkout, relative, 'directory');
        const url = `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(chart.fileName)}`;
        const ours = chartDigest(chart.data);
        const indexed = findIndexedVersion(text, name, version, indexRelative);
        const present = await readRegularFile(archivePath, relative);
        if (indexed) {
            const same = indexed.digest === ours || (present !== undefined && chartDigest(present) === indexed.digest && (await sameArchiveContent(present, chart.data, relative)));
            if (!same)
                throw (0,catalog/* versionConflict */.n)(chart, `${indexRelative} (digest ${indexed.digest})`, `this chart packs to ${ours}${present ? ` and ${relative} holds other files` : ''}`);
            outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'unchanged', digest: indexed.digest, url: indexed.urls[0] ?? url });
            continue;
        }
        let published = chart.data;
        if (present) {
            // An archive without an index entry (an interrupted earlier publish): keep it when it is this chart.
            if (!(await sameArchiveContent(present, chart.data, relative)))
                throw (0,catalog/* versionConflict */.n)(chart, relative, 'the archive holds other files');
            published = present;
        }
        else {
            await (0,promises_.mkdir)(external_node_path_default().dirname(archivePath), { recursive: true });
            await (0,fs/* writeFileAtomic */.Zf)(archivePath, chart.data, 0o644);
        }
        const digest = chartDigest(published);
        text = mergeIndex(text, indexEntry(chart.metadata, digest, url, nowRfc3339Nano()), nowRfc3339Nano(), indexRelative);
        outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'created', digest, url });
    }
    if (text !== indexText && text !== undefined) {
        index = Buffer.from(text);
        await (0,fs/* writeFileAtomic */.Zf)(indexPath, index, 0o644);
    }
    return outcomes;
}
/** Two chart archives with the same files in the same order, whatever their timestamps. */
async function sameArchiveContent(a, b, where) {
    const [ea, eb] = [await (0,archive/* readTarGz */.Jq)(a, where), await (0,archive/* readTarGz */.Jq)(b, where)];
    return ea.length === eb.length && ea.every((entry, i) => entry.path === eb[i].path && entry.data.equals(eb[i].data));
}
async function readRegularFile(file, where) {
    const info = await (0,promises_.lstat)(file).catch(() => undefined);
    if (!info)
        return undefined;
    if (!info.isFile())
        throw new errors/* UserError */.yo(`catalog: ${where} is not a regular file (a symlink or a folder?)`, { value: where });
    return (0,promises_.readFile)(file);
}


/***/ }),

/***/ 94978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ readTarGz),
/* harmony export */   SB: () => (/* binding */ writeTarGz),
/* harmony export */   d$: () => (/* binding */ MAX_CHART_FILE_SIZE)
/* harmony export */ });
/* unused harmony export MAX_CHART_SIZE */
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98697);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
// Reproducible chart archives: tar entries written through the `tar` package with fixed metadata,
// gzip through zlib without a name or timestamp; and reading a .tgz back into entries.



/** helm's archive.MaxDecompressedFileSize: no file in a chart may be larger. */
const MAX_CHART_FILE_SIZE = 5 * 1024 * 1024;
/** helm's archive.MaxDecompressedChartSize: the whole chart, uncompressed. */
const MAX_CHART_SIZE = 100 * 1024 * 1024;
/**
 * A gzip-compressed tar of `entries`, in the given order. Every entry is a regular file with mode
 * 0644, owner 0:0 without names and mtime `mtime`, as helm writes them (helm uses the time of
 * packaging; we use a fixed time so the same sources give the same bytes). No directory entries,
 * again as helm. The gzip header carries no file name and no timestamp.
 */
async function writeTarGz(entries, mtime) {
    const pack = new tar__WEBPACK_IMPORTED_MODULE_0__.Pack({ portable: false, noDirRecurse: true });
    const chunks = [];
    pack.on('data', (chunk) => chunks.push(chunk));
    const ended = new Promise((resolve, reject) => {
        pack.on('end', () => resolve());
        pack.on('error', reject);
    });
    // Whole seconds: tar stores seconds, and a pax record would otherwise carry the fraction.
    const seconds = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
    for (const entry of entries) {
        const header = new tar__WEBPACK_IMPORTED_MODULE_0__/* .Header */ .Y9({
            path: entry.path,
            mode: 0o644,
            uid: 0,
            gid: 0,
            uname: '',
            gname: '',
            size: entry.data.length,
            mtime: seconds,
            type: 'File',
        });
        const readEntry = new tar__WEBPACK_IMPORTED_MODULE_0__/* .ReadEntry */ .lf(header);
        readEntry.end(entry.data);
        pack.add(readEntry);
    }
    pack.end();
    await ended;
    const gzipped = node_zlib__WEBPACK_IMPORTED_MODULE_1___default().gzipSync(Buffer.concat(chunks), { level: 9 });
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
        tarBytes = node_zlib__WEBPACK_IMPORTED_MODULE_1___default().gunzipSync(data, { maxOutputLength: MAX_CHART_SIZE + 1024 * 1024 });
    }
    catch (error) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where}: not a gzip-compressed chart archive (${error.message})`, { value: where, location: { file: where } });
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
        problems.push(`decompressed chart is larger than the maximum size ${MAX_CHART_SIZE}`);
    if (problems.length > 0) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where}: ${problems[0]}`, { value: where, location: { file: where } });
    }
    return entries;
}


/***/ }),

/***/ 66933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HELM_CHART_LAYER_MEDIA_TYPE: () => (/* binding */ HELM_CHART_LAYER_MEDIA_TYPE),
/* harmony export */   HELM_CONFIG_MEDIA_TYPE: () => (/* binding */ HELM_CONFIG_MEDIA_TYPE),
/* harmony export */   HELM_PROVENANCE_LAYER_MEDIA_TYPE: () => (/* binding */ HELM_PROVENANCE_LAYER_MEDIA_TYPE),
/* harmony export */   chartConfigJson: () => (/* binding */ chartConfigJson),
/* harmony export */   chartManifestAnnotations: () => (/* binding */ chartManifestAnnotations),
/* harmony export */   chartManifestJson: () => (/* binding */ chartManifestJson),
/* harmony export */   chartOciArtifact: () => (/* binding */ chartOciArtifact),
/* harmony export */   chartReference: () => (/* binding */ chartReference),
/* harmony export */   parseRegistryUrl: () => (/* binding */ parseRegistryUrl),
/* harmony export */   rfc3339: () => (/* binding */ rfc3339)
/* harmony export */ });
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41980);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84123);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
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
    // The host part here; the path is held to the distribution grammar oci/reference.ts keeps.
    const m = /^oci:\/\/([A-Za-z0-9.-]+(?::[0-9]{1,5})?)(\/[^?#@:]*)?$/.exec(value.trim().toLowerCase());
    const path = (m?.[2] ?? '').replace(/^\//, '').replace(/\/$/, '');
    if (!m || (path !== '' && !(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidRepository */ .d)(path)))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(input, value, valid);
    const host = m[1];
    return { host, path, url: `oci://${host}${path ? `/${path}` : ''}` };
}
/** `<registry-path>/<name>:<version>`, with `+` in the version written as `_` in the tag. */
function chartReference(registryUrl, name, version, input = 'registry') {
    const { host, path, url } = parseRegistryUrl(registryUrl, input);
    const repository = path ? `${path}/${name}` : name;
    const tag = version.replace(/\+/g, '_');
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
        ['maintainers', metadata.maintainers?.map((m) => goObject([['name', m.name], ['email', m.email], ['url', m.url]]))],
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
        const authors = metadata.maintainers
            .map((m) => `${m.name ?? ''}${m.email ? ` (${m.email})` : ''}`)
            .join(', ');
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
    const descriptor = (d) => goObject([['mediaType', d.mediaType], ['digest', d.digest], ['size', d.size]]);
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
/* harmony export */   r_: () => (/* binding */ isValidTag)
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
    return repository.length > 0 && repository.length <= 255 && repository.split('/').every((part) => PATH_COMPONENT.test(part));
}
/**
 * Parse `oci://ghcr.io/owner/charts`, `ghcr.io/owner/img:1.0`, `127.0.0.1:5000/a/b@sha256:…` or
 * `host/a/b:tag@sha256:…`. The first component must be a registry host (contains a dot or a port, or
 * is `localhost`): Docker Hub's short names (`nginx`, `library/nginx`) are refused with a hint,
 * because guessing `docker.io` silently would push to the wrong place.
 */
function parseReference(text, options = {}) {
    const fail = (why) => {
        const subject = options.input ? `input '${options.input}' has invalid value ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(text)}` : `invalid OCI reference ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(text)}`;
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${subject}: ${why}`, {
            input: options.input,
            value: text,
            valid: options.requireTagOrDigest ? 'HOST/REPOSITORY:TAG or HOST/REPOSITORY@sha256:DIGEST' : 'oci://HOST/REPOSITORY',
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
    if (!HOST.test(registry))
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
    return { registry: registry.toLowerCase(), repository: path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
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


/***/ })

};

//# sourceMappingURL=557.index.js.map