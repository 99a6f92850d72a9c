export const id = 160;
export const ids = [160];
export const modules = {

/***/ 8210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ versionConflict)
/* harmony export */ });
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3178);

/** A version already in the catalog with other content: never overwritten, the run stops before any commit. */
function versionConflict(chart, where, detail) {
    const { name, version } = chart.metadata;
    return new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`catalog: ${name} ${version} is already published at ${where} with different content (${detail}); a published chart version is never overwritten: bump the version in ${chart.chart}/Chart.yaml and publish again`, { input: 'chart', value: `${name} ${version}`, valid: 'a chart version the catalog does not hold yet, or the same content' });
}


/***/ }),

/***/ 2160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyRancherCatalog: () => (/* binding */ applyRancherCatalog)
/* harmony export */ });
/* unused harmony exports APP_README, rancherVersionFiles, readCatalogDirectory, differingFiles, writeCatalogDirectory */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _charts_archive_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4978);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3178);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1430);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8210);
// The Rancher catalog layout Buntime publishes to: charts/<name>/<version>/ holding the chart's files,
// app-readme.md (what Rancher shows in its chart listing) and questions.yml (Rancher's install form).






/** The file Rancher shows as the chart's description in its catalog listing. */
const APP_README = 'app-readme.md';
/**
 * The files of one chart version in a Rancher catalog: exactly what `helm package` puts in the
 * archive (so .helmignore applies and the Chart.yaml carries the release-notes annotation and any
 * version override), unpacked, plus app-readme.md from the release notes when there are some.
 * questions.yml travels with the chart's files, as helm packages it.
 */
async function rancherVersionFiles(chartName, archive, appReadme, where) {
    const files = new Map();
    const prefix = `${chartName}/`;
    for (const entry of await (0,_charts_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .readTarGz */ .Jq)(archive, where)) {
        if (!entry.path.startsWith(prefix))
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${where}: archive entry ${entry.path} is outside ${prefix}`, { value: where });
        files.set(entry.path.slice(prefix.length), entry.data);
    }
    if (appReadme !== undefined)
        files.set(APP_README, Buffer.from(appReadme));
    return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/**
 * The files under `dir` (a chart version folder in the catalog checkout), or undefined when it does
 * not exist. A symlink or anything but a regular file is refused: a catalog checkout is not trusted
 * to point outside itself.
 */
async function readCatalogDirectory(dir, where) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(dir).catch(() => undefined);
    if (!info)
        return undefined;
    if (!info.isDirectory())
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`catalog: ${where} exists and is not a directory; expected a chart version folder`, { value: where });
    const files = new Map();
    const walk = async (absolute, relative) => {
        for (const name of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(absolute)).sort()) {
            const child = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(absolute, name);
            const childRelative = relative ? `${relative}/${name}` : name;
            const childInfo = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(child);
            if (childInfo.isDirectory())
                await walk(child, childRelative);
            else if (childInfo.isFile())
                files.set(childRelative, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(child));
            else
                throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`catalog: ${where}/${childRelative} is not a regular file (a symlink?); a chart version folder holds regular files only`, { value: `${where}/${childRelative}` });
        }
    };
    await walk(dir, '');
    return files;
}
/** Paths that differ between two file sets (missing on either side or with other bytes), sorted. */
function differingFiles(a, b) {
    const names = new Set([...a.keys(), ...b.keys()]);
    return [...names].filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name) || !a.has(name)).sort();
}
/** Write `files` under `dir` (which does not exist yet), each atomically. */
async function writeCatalogDirectory(dir, files) {
    for (const [name, data] of files) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...name.split('/'));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
        await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(target, data, 0o644);
    }
}
/**
 * Put each chart at `<directory>/<name>/<version>/` in the catalog checkout, keeping every other
 * version. A version folder that already holds exactly these files is unchanged; any difference
 * (a file added, missing or with other bytes) is refused, naming the version and the files.
 */
async function applyRancherCatalog(checkout, directory, charts) {
    const outcomes = [];
    for (const chart of charts) {
        const { name, version } = chart.metadata;
        const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(directory, name, version);
        const absolute = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(checkout, relative, 'directory');
        const files = await rancherVersionFiles(name, chart.data, chart.releaseNotes, chart.chart);
        const existing = await readCatalogDirectory(absolute, relative);
        if (existing) {
            const differing = differingFiles(existing, files);
            if (differing.length > 0)
                throw (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .versionConflict */ .n)(chart, `${relative}/`, `${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ', …' : ''} differ`);
            outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'unchanged' });
            continue;
        }
        await writeCatalogDirectory(absolute, files);
        outcomes.push({ chart: chart.chart, name, version, path: relative, state: 'created' });
    }
    return outcomes;
}


/***/ }),

/***/ 4978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ readTarGz),
/* harmony export */   SB: () => (/* binding */ writeTarGz),
/* harmony export */   d$: () => (/* binding */ MAX_CHART_FILE_SIZE)
/* harmony export */ });
/* unused harmony export MAX_CHART_SIZE */
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8697);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3178);
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
    const pack = new tar__WEBPACK_IMPORTED_MODULE_0__/* .Pack */ .mM({ portable: false, noDirRecurse: true });
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


/***/ })

};

//# sourceMappingURL=160.index.js.map