export const id = 113;
export const ids = [113];
export const modules = {

/***/ 14834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parseChangelog),
/* harmony export */   I8: () => (/* binding */ BREAKING_CHANGE_TYPE),
/* harmony export */   rv: () => (/* binding */ findSection),
/* harmony export */   ty: () => (/* binding */ isEmptySection),
/* harmony export */   us: () => (/* binding */ breakingEntries)
/* harmony export */ });
/* unused harmony exports STANDARD_CHANGE_TYPES, sectionBody, lineEnd */
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83825);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
// Parse CHANGELOG.md (Keep a Changelog or the kruntimes variant) into sections that point into the source.



/** The change types of Keep a Changelog 1.1.0, in its order. */
const STANDARD_CHANGE_TYPES = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];
/** The subsection that holds breaking changes (release-kit's convention, see docs/changelog-conventions.md). */
const BREAKING_CHANGE_TYPE = 'Breaking Changes';
const UNRELEASED = /^(\[)?unreleased(\])?(?:\([^)]*\))?$/i;
// ## [v1.2.3-rc.1] - 2026-01-31 [YANKED]; the brackets may carry an inline link target.
const RELEASE = /^(\[)?(v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(\])?(?:\([^)]*\))?(?:\s+[-–—]\s+(\d{4}-\d{2}-\d{2}))?(\s+\[YANKED\])?$/i;
const BREAKING_MARK = /^(?:\*\*breaking(?: change)?:?\*\*:?|breaking(?: change)?:)\s*/i;
/**
 * Parse a changelog. A real Markdown parser (mdast) finds the headings, so a `## 1.0.0` inside a
 * fenced code block is code, not a release. Every section keeps offsets into the original text so
 * that edits are splices and everything else stays byte for byte.
 * Throws UserError (with file and line) for an unrecognised `##` heading, an unknown `###` change
 * type, an invalid version, or a version listed twice.
 */
function parseChangelog(text, options = {}) {
    const file = options.file ?? 'CHANGELOG.md';
    const types = new Map();
    for (const type of [...STANDARD_CHANGE_TYPES, BREAKING_CHANGE_TYPE, ...(options.extraTypes ?? [])]) {
        types.set(normaliseType(type), type);
    }
    const tree = parseMarkdown(text);
    const nodes = tree.children;
    const definitions = [];
    for (const node of nodes) {
        if (node.type === 'definition') {
            const span = spanOf(node);
            const raw = text.slice(span.start, span.end);
            definitions.push({
                label: /^\s*\[([^\]]*)\]/.exec(raw)?.[1] ?? node.label ?? node.identifier,
                url: node.url,
                line: lineOf(node),
                span,
            });
        }
    }
    // Link references after the last section belong to the file, not to the last release.
    let tailStart = text.length;
    for (let i = nodes.length - 1; i >= 0 && nodes[i].type === 'definition'; i--)
        tailStart = spanOf(nodes[i]).start;
    const h2 = nodes
        .map((node, index) => ({ node, index }))
        .filter((x) => x.node.type === 'heading' && x.node.depth === 2);
    const sections = [];
    let unreleased;
    const seen = new Map();
    h2.forEach(({ node, index }, k) => {
        const line = lineOf(node);
        const headingText = headingSource(text, node).trim();
        const heading = spanOf(node);
        const bodyStart = lineEnd(text, heading.end);
        const nextIndex = k + 1 < h2.length ? h2[k + 1].index : nodes.length;
        const bodyEnd = k + 1 < h2.length ? spanOf(h2[k + 1].node).start : Math.max(bodyStart, tailStart);
        const children = nodes.slice(index + 1, nextIndex).filter((child) => spanOf(child).start < bodyEnd);
        const where = { file, line };
        const u = UNRELEASED.exec(headingText);
        if (u) {
            if (unreleased) {
                throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`a second "Unreleased" section (the first is at line ${unreleased.line}); keep one`, {
                    value: headingText,
                    location: where,
                });
            }
            unreleased = {
                kind: 'unreleased',
                yanked: false,
                bracketed: Boolean(u[1] && u[2]),
                line,
                heading,
                body: { start: bodyStart, end: bodyEnd },
                ...groupsOf(text, children, bodyStart, bodyEnd, types, file),
            };
            sections.push(unreleased);
            return;
        }
        const r = RELEASE.exec(headingText);
        if (!r) {
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`heading ${JSON.stringify(`## ${headingText}`)} is not a release heading; expected "## [Unreleased]", "## [1.2.3] - YYYY-MM-DD" or "## 1.2.3 - YYYY-MM-DD"`, { value: headingText, valid: '## [X.Y.Z] - YYYY-MM-DD', location: where });
        }
        const versionText = r[2];
        const version = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(versionText.replace(/^v/i, ''));
        if (!version) {
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${JSON.stringify(versionText)} is not a SemVer version; expected X.Y.Z or X.Y.Z-pre`, {
                value: versionText,
                location: where,
            });
        }
        const previous = seen.get(version);
        if (previous !== undefined) {
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`version ${versionText} is listed twice (also at line ${previous}); keep one section per version`, {
                value: versionText,
                location: where,
            });
        }
        seen.set(version, line);
        sections.push({
            kind: 'release',
            version,
            versionText,
            date: r[4],
            yanked: Boolean(r[5]),
            bracketed: Boolean(r[1] && r[3]),
            line,
            heading,
            body: { start: bodyStart, end: bodyEnd },
            ...groupsOf(text, children, bodyStart, bodyEnd, types, file),
        });
    });
    const releases = sections.filter((s) => s.kind === 'release');
    // The Unreleased heading sets the style (prepare copies it); otherwise most release headings do.
    const bracketed = unreleased
        ? unreleased.bracketed
        : sections.length
            ? sections.filter((s) => s.bracketed).length * 2 > sections.length
            : true;
    const style = bracketed ? 'keep-a-changelog' : 'kruntimes';
    const vVotes = releases.filter((s) => /^v/i.test(s.versionText ?? '')).length;
    return {
        text,
        eol: /\r\n/.test(text) ? '\r\n' : '\n',
        style,
        vPrefix: releases.length > 0 && vVotes * 2 > releases.length,
        unreleased,
        releases,
        definitions,
    };
}
/**
 * The Markdown tree of `text` with every offset pointing into `text`. micromark drops a leading BOM
 * before parsing, so its offsets would be one short of the text that keeps it (and every splice
 * would cut one character early: `### Adde`); the BOM stays in the file, the offsets are shifted.
 */
function parseMarkdown(text) {
    const tree = (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_2__/* .fromMarkdown */ .Y)(text);
    if (!text.startsWith('\uFEFF'))
        return tree;
    const shift = (node) => {
        if (node.position?.start.offset !== undefined)
            node.position.start.offset += 1;
        if (node.position?.end.offset !== undefined)
            node.position.end.offset += 1;
        for (const child of node.children ?? [])
            shift(child);
    };
    shift(tree);
    return tree;
}
/** Find a release by version (`1.2.3` or `v1.2.3`). */
function findSection(changelog, version) {
    const wanted = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(version.replace(/^v/i, ''));
    return changelog.releases.find((s) => s.version === wanted);
}
/** The Markdown of a section's body as written, line endings normalised to \n, trimmed. */
function sectionBody(changelog, section) {
    return normalise(changelog.text.slice(section.body.start, section.body.end)).replace(/^\n+|\s+$/g, '');
}
/** Every entry of a section that is a breaking change. */
function breakingEntries(section) {
    return section.groups.flatMap((g) => g.entries.filter((e) => e.breaking));
}
/** Whether a section has no entries and no text: nothing to release. */
function isEmptySection(changelog, section) {
    if (section.groups.some((g) => g.entries.length > 0))
        return false;
    // Headings alone (an Unreleased with empty ### Added … templates) still count as empty.
    const rest = sectionBody(changelog, section)
        .split('\n')
        .filter((line) => !/^\s*#{3,6}\s/.test(line) && line.trim() !== '');
    return rest.length === 0;
}
function groupsOf(text, children, bodyStart, bodyEnd, types, file) {
    const groups = [];
    const h3 = children.filter((c) => c.type === 'heading' && c.depth === 3);
    const firstGroupStart = h3.length ? spanOf(h3[0]).start : bodyEnd;
    const preamble = normalise(text.slice(bodyStart, firstGroupStart)).trim();
    h3.forEach((node, k) => {
        const name = headingSource(text, node).trim();
        const canonical = types.get(normaliseType(name));
        const line = lineOf(node);
        if (!canonical) {
            const valid = [...new Set(types.values())].join(', ');
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`unknown change type ${JSON.stringify(`### ${name}`)}; expected one of ${valid} (add more with the input 'extra-change-types')`, {
                input: 'extra-change-types',
                value: name,
                valid,
                location: { file, line },
            });
        }
        const heading = spanOf(node);
        const end = k + 1 < h3.length ? spanOf(h3[k + 1]).start : bodyEnd;
        const span = { start: heading.start, end };
        const inside = children.filter((c) => spanOf(c).start >= heading.end && spanOf(c).start < end);
        const entries = [];
        for (const block of inside) {
            if (block.type !== 'list')
                continue;
            for (const item of block.children)
                entries.push(entryOf(text, item, canonical === BREAKING_CHANGE_TYPE));
        }
        groups.push({
            type: canonical,
            line,
            heading,
            span,
            body: normalise(text.slice(lineEnd(text, heading.end), end)).replace(/^\n+|\s+$/g, ''),
            entries,
        });
    });
    return { preamble, groups };
}
function entryOf(text, item, inBreakingGroup) {
    const span = spanOf(item);
    const raw = normalise(text.slice(span.start, span.end));
    const marker = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]?(?:\[[ xX]\][ \t]?)?/.exec(raw)?.[0] ?? '';
    const indent = ' '.repeat(marker.length);
    const lines = raw.slice(marker.length).split('\n');
    const body = [lines[0], ...lines.slice(1).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()))]
        .join('\n')
        .trim();
    return { text: body, line: lineOf(item), breaking: inBreakingGroup || BREAKING_MARK.test(body) };
}
/** The heading's inline source (without `##` and closing hashes, or the setext underline). */
function headingSource(text, node) {
    if (!node.children.length)
        return '';
    const first = node.children[0].position?.start.offset ?? 0;
    const last = node.children[node.children.length - 1].position?.end.offset ?? first;
    return text.slice(first, last).replace(/\r?\n/g, ' ');
}
function spanOf(node) {
    return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
function lineOf(node) {
    return node.position?.start.line ?? 1;
}
/** The offset just after the line ending that follows `offset` (or the end of the text). */
function lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}
function normalise(text) {
    return text.replace(/\r\n?/g, '\n');
}
function normaliseType(type) {
    return type.trim().replace(/\s+/g, ' ').toLowerCase();
}


/***/ }),

/***/ 68113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operation: () => (/* binding */ operation)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var plumbing_log = __webpack_require__(49983);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/release-kit/src/changelog/parse.ts
var parse = __webpack_require__(14834);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/files.ts
var versions_files = __webpack_require__(65851);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/locations.ts
var locations = __webpack_require__(52964);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/semver.ts
var semver = __webpack_require__(6358);
;// CONCATENATED MODULE: ./packages/release-kit/src/setup/discover.ts
// Looking at a repository as `release-kit init` does: its charts, the version files and README lines that follow them, its changelog, images and CLI.








/** Folders that hold no release inputs, or copies of other projects (dependencies, fixtures). */
// `build/` stays in: Go projects keep their Dockerfiles there (build/<component>/Dockerfile).
const SKIPPED_DIRS = new Set([
    'node_modules',
    'vendor',
    'dist',
    'bin',
    'out',
    'coverage',
    'third_party',
    'testdata',
    'test',
    'tests',
    'e2e',
    'examples',
    'example',
    'docs',
    'hack',
]);
const MAX_DEPTH = 4;
const MAX_ENTRIES = 20_000;
/** The version text in generated patterns: wide enough for the prereleases a bump can make. */
const VERSION_GROUP = '(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)';
/** A version inside prose: not the tail of a longer number, not followed by more version digits. */
const VERSION_IN_TEXT = /(?<![\d.])\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]*[0-9A-Za-z])?(?![\d]|\.\d)/g;
/** The characters that end a word around a version in Markdown: spaces, quotes, backticks, brackets. */
const WORD_BREAK = '\\s`\'"()<>\\[\\]{}|,;';
/** Every file path under `workspace` (relative, `/`-separated), skipping VCS, dependency and fixture folders and symlinks. */
async function listFiles(workspace) {
    const files = [];
    const walk = async (dir, depth) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_default().join(workspace, dir), { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            if (files.length >= MAX_ENTRIES)
                return;
            const rel = dir ? `${dir}/${entry.name}` : entry.name;
            // Symlinks are never followed: they could lead out of the workspace or loop.
            if (entry.isDirectory()) {
                if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name) || depth >= MAX_DEPTH)
                    continue;
                await walk(rel, depth + 1);
            }
            else if (entry.isFile()) {
                files.push(rel);
            }
        }
    };
    await walk('', 0);
    return files;
}
async function readText(read, file) {
    return (await read(file)) ?? undefined;
}
/** True when the version at `key` can be rewritten in place by a bump (a plain or quoted scalar). */
function editable(file, key, text) {
    try {
        (0,locations/* findOccurrences */.G4)({ file, key, configLine: 0 }, text);
        return true;
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            return false;
        throw error;
    }
}
async function findCharts(read, files, notes) {
    const chartFiles = files.filter((f) => external_node_path_default().posix.basename(f) === 'Chart.yaml');
    const dirs = chartFiles.map((f) => external_node_path_default().posix.dirname(f));
    const charts = [];
    for (const file of chartFiles) {
        const dir = external_node_path_default().posix.dirname(file);
        // A chart inside another chart's folder is a vendored dependency (charts/<parent>/charts/<dep>), not ours to release.
        if (dirs.some((other) => other !== dir && (other === '.' || dir.startsWith(`${other}/`))))
            continue;
        const text = (await readText(read, file)) ?? '';
        let doc;
        try {
            doc = (0,dist/* parse */.qg)(text);
        }
        catch {
            notes.push(`${file}: not valid YAML; left out`);
            continue;
        }
        const meta = (doc ?? {});
        if (typeof meta.name !== 'string' || !(0,semver/* isStrictSemver */.iS)(meta.version) || !editable(file, 'version', text)) {
            notes.push(`${file}: no name or no SemVer \`version\` written as a plain or quoted value; left out`);
            continue;
        }
        const chart = { dir, name: meta.name, version: meta.version };
        if (meta.appVersion !== undefined) {
            const appVersion = String(meta.appVersion);
            if ((0,semver/* isStrictSemver */.iS)(appVersion) && editable(file, 'appVersion', text))
                chart.appVersion = appVersion;
            else
                notes.push(`${file}: appVersion ${JSON.stringify(appVersion)} is not a SemVer version; not tracked`);
        }
        const notesFile = `${dir}/release-notes.md`;
        if (files.includes(notesFile))
            chart.releaseNotes = notesFile;
        charts.push(chart);
    }
    return charts;
}
async function findPackages(read, files) {
    const found = [];
    for (const file of files.filter((f) => external_node_path_default().posix.basename(f) === 'package.json')) {
        const text = await readText(read, file);
        if (text === undefined)
            continue;
        let version;
        try {
            version = JSON.parse(text).version;
        }
        catch {
            continue;
        }
        if ((0,semver/* isStrictSemver */.iS)(version) && editable(file, 'version', text))
            found.push({ file, version });
    }
    return found;
}
/**
 * README lines naming one of `versions`: `--version X` (a chart version) and a version glued to a
 * word such as an image reference `ghcr.io/o/app:X` or a download name `krt_vX_linux`. A version
 * standing alone in prose is left out: nothing says which release it names.
 */
function findMentions(file, text, versions) {
    const mentions = [];
    const lines = text.split('\n');
    lines.forEach((line, index) => {
        for (const match of line.matchAll(VERSION_IN_TEXT)) {
            const version = match[0];
            if (!versions.has(version))
                continue;
            const before = line.slice(0, match.index);
            const flag = new RegExp(`([^${WORD_BREAK}]+\\s+)?--version[ =]$`).exec(before);
            if (flag) {
                mentions.push({ file, line: index + 1, version, prefix: afterLastVersion(flag[0]), kind: 'chart' });
                continue;
            }
            const word = afterLastVersion(new RegExp(`[^${WORD_BREAK}]+$`).exec(before)?.[0] ?? '');
            // A word with a letter before the version (`app:`, `krt_v`, `/download/v`): specific enough to anchor on.
            if (word && /[A-Za-z]/.test(word))
                mentions.push({ file, line: index + 1, version, prefix: word, kind: 'app' });
        }
    });
    return mentions;
}
/** The text after the last version in `prefix`: `…/download/v1.4.0/krt_v` → `/krt_v`, so a bump keeps the pattern matching. */
function afterLastVersion(prefix) {
    const all = [...prefix.matchAll(/\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]*[0-9A-Za-z])?/g)];
    const last = all[all.length - 1];
    return last ? prefix.slice(last.index + last[0].length) : prefix;
}
async function findChangelog(read, files, notes) {
    const file = files.find((f) => /^CHANGELOG\.md$/i.test(f));
    if (!file)
        return undefined;
    try {
        const changelog = (0,parse/* parseChangelog */.EY)((await readText(read, file)) ?? '', { file });
        return { file, style: changelog.style };
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        notes.push(`${file}: not a Keep a Changelog file (${error.message}); the release workflow gets no release notes job`);
        return undefined;
    }
}
/** An image name as OCI repositories take it: lower-case letters and digits, single separators. */
function imageName(raw) {
    const name = raw
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
    return /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/.test(name) ? name : undefined;
}
/** `Dockerfile.<suffix>` files for working on the project, not for publishing (Buntime's Dockerfile.dev). */
const DEVELOPMENT_DOCKERFILES = new Set(['dev', 'development', 'local', 'debug', 'test', 'ci']);
function findImages(files, projectName, notes) {
    const images = [];
    for (const file of files) {
        const base = external_node_path_default().posix.basename(file);
        const dir = external_node_path_default().posix.dirname(file);
        let name;
        const suffix = base.startsWith('Dockerfile.') ? base.slice('Dockerfile.'.length) : undefined;
        if (suffix !== undefined && DEVELOPMENT_DOCKERFILES.has(suffix.toLowerCase())) {
            notes.push(`${file}: a development Dockerfile; not published as an image`);
            continue;
        }
        if (base === 'Dockerfile')
            name = imageName(dir === '.' ? projectName : external_node_path_default().posix.basename(dir));
        else if (suffix !== undefined && dir === '.')
            name = imageName(suffix);
        if (name && !images.some((i) => i.name === name))
            images.push({ name, dockerfile: file });
    }
    return images;
}
/**
 * The CLI: the Go main package named by `cliDir`, or else the one `cmd/<name>` that no image is
 * built from (kruntimes: cmd/krt beside cmd/scheduler, built as images by Dockerfile.scheduler); of
 * several, the one a Makefile `*cli*` target builds (kruntimes' `build-cli` builds ./cmd/krt).
 */
async function findCli(read, files, images, cliDir, notes) {
    const goMod = await readText(read, 'go.mod');
    const makefile = (await readText(read, 'Makefile')) ?? '';
    const found = async (dir) => ({
        name: external_node_path_default().posix.basename(dir),
        pkg: `./${dir}`,
        goVersionFile: 'go.mod',
        ldflags: await releaseLdflags(read, files, goMod, makefile, `./${dir}`),
    });
    if (cliDir !== undefined) {
        const dir = cliDir.replace(/^\.\//, '').replace(/\/$/, '');
        if (!files.includes(`${dir}/main.go`)) {
            throw new errors/* UserError */.yo(`input 'cli' has invalid value ${JSON.stringify(cliDir)}: expected a folder holding a Go main package (main.go), e.g. cmd/krt`, { input: 'cli', value: cliDir });
        }
        return found(dir);
    }
    if (!goMod)
        return undefined;
    const mains = files.filter((f) => /^cmd\/[^/]+\/main\.go$/.test(f)).map((f) => f.split('/')[1]);
    const imageNames = new Set(images.map((i) => i.name));
    let candidates = mains.filter((name) => !imageNames.has(name) && ![...imageNames].some((image) => image.endsWith(`-${name}`)));
    if (candidates.length > 1) {
        const named = candidates.filter((name) => makeTargetBuilds(makefile, /cli/i, `./cmd/${name}`) !== undefined);
        if (named.length === 1)
            candidates = named;
    }
    if (candidates.length === 1)
        return found(`cmd/${candidates[0]}`);
    if (candidates.length > 1)
        notes.push(`several Go commands could be the CLI (${candidates.join(', ')}); pass --cli cmd/NAME to release one`);
    return undefined;
}
/** The recipe line of a Makefile target whose name matches `target` and that runs `go build … <pkg>`. */
function makeTargetBuilds(makefile, target, pkg) {
    let current = '';
    for (const line of makefile.split('\n')) {
        const rule = /^([A-Za-z0-9_.-]+)\s*:(?!=)/.exec(line);
        if (rule)
            current = rule[1];
        else if (/^\t/.test(line) && target.test(current) && /\bgo build\b/.test(line) && line.trim().endsWith(pkg))
            return line.trim();
    }
    return undefined;
}
/**
 * The release `-ldflags` for `pkg`: `-s -w`, then what a Makefile recipe building `pkg` stamps with
 * `-X <path>.Version=` (its value replaced by the release's $VERSION), and the same package's `Commit`
 * and `Date` when its Go files declare them: $COMMIT, and the date of $SOURCE_DATE_EPOCH (the tag
 * commit's time), so a rerun builds the same bytes.
 */
async function releaseLdflags(read, files, goMod, makefile, pkg) {
    const recipe = makeTargetBuilds(makefile, /./, pkg);
    const variable = recipe ? /-X\s*=?\s*([\w./-]+)\.Version=/.exec(recipe)?.[1] : undefined;
    if (!variable)
        return undefined;
    const flags = ['-s -w', `-X ${variable}.Version=$VERSION`];
    const module = goMod ? /^module\s+(\S+)/m.exec(goMod)?.[1] : undefined;
    const dir = module && variable.startsWith(`${module}/`) ? variable.slice(module.length + 1) : undefined;
    const sources = dir
        ? files.filter((f) => external_node_path_default().posix.dirname(f) === dir && f.endsWith('.go') && !f.endsWith('_test.go'))
        : [];
    const text = (await Promise.all(sources.map((f) => readText(read, f)))).join('\n');
    const declares = (name) => new RegExp(`^\\s*(?:var\\s+)?${name}\\s*(?:string\\s*)?=`, 'm').test(text);
    if (declares('Commit'))
        flags.push(`-X ${variable}.Commit=$COMMIT`);
    if (declares('Date'))
        flags.push(`-X ${variable}.Date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)`);
    return flags.join(' ');
}
const isMapping = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The repository's own publishing workflows: the image tag rules and a chart catalog sync to keep. */
async function readWorkflows(workspace, read, notes) {
    const result = { droppedImageTagLines: [] };
    let names;
    try {
        names = (await (0,promises_.readdir)(external_node_path_default().join(workspace, '.github', 'workflows'))).filter((n) => /\.ya?ml$/.test(n)).sort();
    }
    catch {
        return result;
    }
    for (const name of names) {
        const file = `.github/workflows/${name}`;
        let doc;
        try {
            doc = (0,dist/* parse */.qg)((await readText(read, file)) ?? '');
        }
        catch {
            continue;
        }
        if (!isMapping(doc) || !isMapping(doc.jobs))
            continue;
        for (const job of Object.values(doc.jobs)) {
            const steps = isMapping(job) && Array.isArray(job.steps) ? job.steps.filter(isMapping) : [];
            for (const step of steps) {
                const withs = isMapping(step.with) ? step.with : {};
                if (String(step.uses ?? '').startsWith('docker/metadata-action@') && typeof withs.tags === 'string') {
                    const lines = withs.tags
                        .split('\n')
                        .map((l) => l.trim())
                        .filter((l) => l && !l.startsWith('#'));
                    const kept = lines.filter((l) => !l.includes('${{'));
                    result.droppedImageTagLines.push(...lines.filter((l) => l.includes('${{')).map((l) => `${file}: ${l}`));
                    if (kept.length && result.imageTags === undefined)
                        result.imageTags = kept.join('\n');
                }
            }
            const catalog = chartCatalogJob(file, doc, steps);
            if (catalog && !result.chartCatalog)
                result.chartCatalog = catalog;
        }
    }
    if (result.droppedImageTagLines.length)
        notes.push(`image tag rules with GitHub expressions (manual runs) are not part of the release workflow: ${result.droppedImageTagLines.join('; ')} (docs/examples/images-dispatch.yml shows a manual image build)`);
    return result;
}
/** A job that clones a chart catalog repository and pushes the charts into it, on pushes to a branch. */
function chartCatalogJob(file, doc, steps) {
    const push = isMapping(doc.on) && isMapping(doc.on.push) ? doc.on.push : undefined;
    const branches = Array.isArray(push?.branches) ? push.branches.map(String) : [];
    const paths = Array.isArray(push?.paths) ? push.paths.map(String) : [];
    if (!branches.length || !paths.some((p) => /(^|\/)charts\//.test(p)))
        return undefined;
    const syncAt = steps.findIndex((s) => typeof s.run === 'string' && /\bgit clone\b/.test(s.run) && /\bgit push\b/.test(s.run));
    if (syncAt < 0)
        return undefined;
    const sync = String(steps[syncAt].run);
    const repository = /github\.com\/([A-Za-z0-9-]+\/[A-Za-z0-9._-]+?)(?:\.git)?(?=[\s"']|$)/m.exec(sync)?.[1];
    if (!repository || !/\bcharts\//.test(sync))
        return undefined;
    const before = steps.slice(0, syncAt);
    const prepare = before
        .filter((s) => typeof s.run === 'string' && !/\bgit\b/.test(String(s.run)))
        .map((s) => String(s.run).trim())
        .filter((run) => run && !run.includes('${{'));
    const bun = before.find((s) => String(s.uses ?? '').startsWith('oven-sh/setup-bun@'));
    const bunWith = bun && isMapping(bun.with) ? bun.with : {};
    return {
        file,
        branch: branches[0],
        paths: paths.filter((p) => !p.startsWith('.github/')),
        repository,
        tokenSecret: /secrets\.([A-Za-z0-9_]+)/.exec(sync)?.[1],
        prepare: prepare.length ? prepare.join(' && ') : undefined,
        bunVersion: bun ? String(bunWith['bun-version'] ?? 'latest') : undefined,
    };
}
/** The globs lefthook.yml's hooks run on (`{a,b}` braces expanded), or undefined without one. */
async function hookGlobs(read) {
    const text = await readText(read, 'lefthook.yml');
    if (text === undefined)
        return undefined;
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch {
        return undefined;
    }
    const globs = [];
    for (const hook of isMapping(doc) ? Object.values(doc) : []) {
        const commands = isMapping(hook) && isMapping(hook.commands) ? Object.values(hook.commands) : [];
        for (const command of commands) {
            if (!isMapping(command) || typeof command.glob !== 'string')
                continue;
            const brace = /^(.*)\{([^{}]*)\}(.*)$/.exec(command.glob);
            globs.push(...(brace ? brace[2].split(',').map((part) => `${brace[1]}${part}${brace[3]}`) : [command.glob]));
        }
    }
    return globs;
}
/** Look at the repository in `workspace`. Reads only; the proposals are made from what it returns. */
async function discoverLayout(workspace, options = {}) {
    const notes = [];
    const files = await listFiles(workspace);
    if (files.length >= MAX_ENTRIES)
        notes.push(`stopped looking after ${MAX_ENTRIES} files; run init in a smaller checkout if a chart is missing`);
    const read = (0,versions_files/* workingTreeReader */.LE)(workspace);
    const charts = await findCharts(read, files, notes);
    const packages = await findPackages(read, files);
    const versions = new Set(charts.flatMap((c) => [c.version, c.appVersion ?? c.version]));
    const mentions = [];
    const readmes = {};
    for (const file of files.filter((f) => /^README\.md$/i.test(f))) {
        readmes[file] = (await readText(read, file)) ?? '';
        mentions.push(...findMentions(file, readmes[file], versions));
    }
    const projectName = charts.length === 1 ? charts[0].name : external_node_path_default().basename(workspace);
    const images = findImages(files, projectName, notes);
    const cli = await findCli(read, files, images, options.cliDir, notes);
    const workflows = await readWorkflows(workspace, read, notes);
    return {
        charts,
        packages,
        mentions,
        readmes,
        changelog: await findChangelog(read, files, notes),
        images,
        cli,
        workflows,
        hookGlobs: await hookGlobs(read),
        notes,
    };
}

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/regexp.ts
var regexp = __webpack_require__(36800);
;// CONCATENATED MODULE: ./packages/release-kit/src/setup/propose.ts
// The version tracks init proposes for what discover.ts found, and their `.github/release-kit.yml` text.






/** A track name from a chart name: lower-case letters, digits and '-', starting with a letter (config.ts TRACK_NAME). */
function trackName(chartName, suffix, taken) {
    const stem = chartName
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^[^a-z]+/, '')
        .replace(/-+$/, '')
        .slice(0, 30) || 'chart';
    let name = `${stem}-${suffix}`;
    for (let n = 2; taken.has(name); n++)
        name = `${stem}-${suffix}-${n}`;
    return name;
}
/** One track for charts that share a version, else one per chart. */
function groupTracks(charts, version, kind, taken) {
    if (charts.length === 0)
        return [];
    const key = kind === 'chart' ? 'version' : 'appVersion';
    const make = (name, group, comment) => {
        taken.add(name);
        return {
            name,
            comment,
            version: version(group[0]),
            kind,
            charts: group,
            files: group.map((c) => ({ file: chartFile(c), key })),
            watch: kind === 'chart' ? group.filter((c) => c.dir !== '.').map((c) => `${c.dir}/**`) : [],
        };
    };
    const what = kind === 'chart' ? 'chart version' : 'appVersion (the version of what the chart deploys)';
    if (new Set(charts.map(version)).size === 1) {
        const names = charts.map((c) => c.name).join(', ');
        return [make(kind, [...charts], `The ${what} of ${names}: release-kit bump --${kind}=patch`)];
    }
    return charts.map((c) => {
        const name = trackName(c.name, kind, taken);
        return make(name, [c], `The ${what} of ${c.name}: release-kit bump --${name}=patch`);
    });
}
function chartFile(chart) {
    return chart.dir === '.' ? 'Chart.yaml' : `${chart.dir}/Chart.yaml`;
}
/** The track a README mention belongs to: a chart track for `--version` (the one whose chart it names, if any), an app track for the rest. */
function trackForMention(mention, chartTracks, appTracks) {
    const ordered = mention.kind === 'chart' ? [...chartTracks, ...appTracks] : [...appTracks, ...chartTracks];
    const matching = ordered.filter((t) => t.version === mention.version);
    const named = matching.find((t) => t.charts.some((c) => new RegExp(`(?:^|[/\\s])${(0,regexp/* escapeRegExp */.N)(c.name)}(?:[\\s:@_-]|$)`).test(mention.prefix)));
    return named ?? matching[0];
}
/**
 * The tracks for `layout`: chart versions (one track when every chart shares its version), the
 * appVersions likewise, each package.json that holds one of those versions (the root one with the
 * chart, as Buntime's bump script keeps it; the others with the app, watching their folder), and
 * the README lines that name them.
 */
function proposeTracks(layout, options = {}) {
    const notes = [];
    if (layout.charts.length === 0) {
        throw new errors/* UserError */.yo('release-kit init found no Helm chart (a Chart.yaml with a name and a SemVer version) in the workspace; run it at the root of a repository with charts', {
            input: 'workspace',
            valid: 'a repository with at least one Chart.yaml',
        });
    }
    const taken = new Set();
    const chartTracks = groupTracks(layout.charts, (c) => c.version, 'chart', taken);
    const appTracks = groupTracks(layout.charts.filter((c) => c.appVersion !== undefined), (c) => c.appVersion, 'app', taken);
    for (const pkg of layout.packages) {
        const root = pkg.file === 'package.json';
        const ordered = root ? [...chartTracks, ...appTracks] : [...appTracks, ...chartTracks];
        const track = ordered.find((t) => t.version === pkg.version);
        if (!track)
            continue;
        track.files.push({ file: pkg.file, key: 'version' });
        const dir = external_node_path_default().posix.dirname(pkg.file);
        if (!root && track.kind === 'app' && !track.watch.includes(`${dir}/**`))
            track.watch.push(`${dir}/**`);
    }
    const byPattern = new Map();
    for (const mention of layout.mentions) {
        const pattern = (0,regexp/* escapeRegExp */.N)(mention.prefix) + VERSION_GROUP;
        const key = `${mention.file}\0${pattern}`;
        const entry = byPattern.get(key) ?? { mention, versions: new Set() };
        entry.versions.add(mention.version);
        byPattern.set(key, entry);
    }
    // Which track each README version text went to: two tracks must never claim one text, or a bump
    // that moves them apart is refused (versions/tracks.ts planEdits).
    const claimed = new Map();
    for (const [key, { mention, versions }] of byPattern) {
        const pattern = key.split('\0')[1];
        const where = `${mention.file}:${mention.line} (${mention.prefix.trim()}…)`;
        const track = versions.size === 1 ? trackForMention(mention, chartTracks, appTracks) : undefined;
        // Every match of the pattern must hold the track's version, or check would fail on the first run.
        const occurrences = (0,locations/* findOccurrences */.G4)({ file: mention.file, pattern, configLine: 0 }, layout.readmes[mention.file] ?? '');
        const values = occurrences.map((o) => o.value);
        if (!track || values.some((v) => v !== track.version)) {
            notes.push(`${where}: the same text names several versions (${[...new Set(values)].join(', ')}); not tracked`);
            continue;
        }
        const texts = occurrences.map((o) => `${mention.file}:${o.start}`);
        const other = texts.map((t) => claimed.get(t)).find((name) => name !== undefined && name !== track.name);
        if (other) {
            notes.push(`${where}: its pattern would also match a version text of track '${other}'; not tracked`);
            continue;
        }
        for (const t of texts)
            claimed.set(t, track.name);
        track.files.push({ file: mention.file, pattern });
    }
    const tracks = [...chartTracks, ...appTracks];
    // A new appVersion is a change to the chart that carries it, and a published chart version is
    // never overwritten: the chart tracks of those charts go up with the app (bump-version `implies`).
    for (const app of appTracks) {
        const implied = chartTracks
            .filter((chart) => chart.charts.some((c) => app.charts.includes(c)))
            .map((chart) => chart.name);
        if (implied.length)
            app.implies = implied;
    }
    // The tag names the release. With a CLI (kruntimes) that is the app: its archives and images
    // carry the tag's version. Otherwise the chart, as Buntime's bump script tags the chart version
    // (changelog or not). `tagTrack` overrides either.
    let tagged = layout.cli && appTracks.length === 1 ? appTracks[0] : tracks[0];
    if (options.tagTrack !== undefined) {
        const chosen = tracks.find((t) => t.name === options.tagTrack);
        if (!chosen)
            throw (0,errors/* invalidInput */.aY)('tag-track', options.tagTrack, `one of the proposed tracks: ${tracks.map((t) => t.name).join(', ')}`);
        tagged = chosen;
    }
    tagged.tag = 'v{version}';
    // A tag on the chart version (Buntime) makes every release a chart release: the chart track is
    // bumped every time, as Buntime's own bump script requires --chart.
    if (tagged.kind === 'chart')
        tagged.required = true;
    // The repository's hooks say which changes need a bump (Buntime's lefthook polices charts/** and
    // the version files, not the runtime's sources): watch only what they police.
    if (layout.hookGlobs) {
        const policed = new Set(layout.hookGlobs);
        for (const track of tracks)
            track.watch = track.watch.filter((glob) => policed.has(glob));
    }
    // What republishes the chart into its catalog must bump it, or the catalog refuses the changed chart
    // under the same version (Buntime's helm-publish runs on plugins/*/manifest.yaml too).
    const catalog = layout.workflows.chartCatalog;
    if (catalog) {
        for (const track of chartTracks)
            for (const glob of catalog.paths)
                if (!track.watch.includes(glob))
                    track.watch.push(glob);
    }
    if (tagged.kind === 'chart' && layout.images.length && appTracks.length) {
        notes.push(`the tag follows the chart track, so release-images tags the images with the chart version (${tagged.version}), not the appVersion (${appTracks[0].version}); set the chart's image tag in values.yaml accordingly, or pass --tag-track ${appTracks[0].name}`);
    }
    return { tracks, notes };
}
/** The `.github/release-kit.yml` text for `tracks`, in the flow style docs/version-tracks.md shows. */
function renderVersionsConfig(tracks) {
    const doc = new dist/* Document */.yo({ versions: {} });
    doc.commentBefore = [
        ' release-kit: version tracks (docs/version-tracks.md). Written by `release-kit init`; edit freely.',
        ' Each track is a set of places that always hold the same version; `watch` globs need a bump when they change.',
    ].join('\n');
    const versions = doc.get('versions');
    for (const track of tracks) {
        const body = {};
        if (track.tag)
            body.tag = doc.createNode(track.tag);
        if (track.tag)
            body.tag.type = 'QUOTE_DOUBLE';
        if (track.required)
            body.required = true;
        body.files = track.files.map((f) => f.key !== undefined ? { file: f.file, key: f.key } : { file: f.file, pattern: f.pattern });
        if (track.watch.length)
            body.watch = track.watch;
        if (track.implies?.length)
            body.implies = track.implies;
        const node = doc.createNode(body);
        for (const entry of node.get('files', true).items)
            entry.flow = true;
        const watch = node.get('watch', true);
        if (watch)
            watch.flow = true;
        const implies = node.get('implies', true);
        if (implies)
            implies.flow = true;
        const pair = doc.createPair(track.name, node);
        pair.key.commentBefore = ` ${track.comment}`;
        versions.items.push(pair);
    }
    return doc.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: true });
}

;// CONCATENATED MODULE: ./packages/release-kit/src/setup/workflow.ts
// The caller release workflow init writes: the pack's reusable workflows for what the repository ships, as docs/examples/release.yml.

/** The exact keyless identity release-images signs with, as release-images.yml derives it. */
function imagesIdentity(pack) {
    const ref = /^[0-9a-f]{40}$/.test(pack.ref) || pack.ref.startsWith('refs/') ? pack.ref : `refs/tags/${pack.ref}`;
    return `https://github.com/${pack.repository}/.github/workflows/release-images.yml@${ref}`;
}
/** The platforms release-cli builds by default, as its `platforms` input takes them. */
const CLI_PLATFORMS = [
    { os: 'linux', arch: 'amd64' },
    { os: 'linux', arch: 'arm64' },
    { os: 'darwin', arch: 'amd64' },
    { os: 'darwin', arch: 'arm64' },
    { os: 'windows', arch: 'amd64' },
];
/**
 * The draft step's `signatures`, `attestations` and `signer-workflows`: what the notes tell users to
 * verify, fed from what the flows report they did (release-images signs every image and says whether
 * it attested them; release-charts says whether it signed the charts; the cli job attests), so the
 * notes never claim what was not made. The pack's workflows sign and attest: the signer is the pack.
 */
function claimLines(images, charts, cli, pack) {
    // Empty items are dropped by the inputs (comma-separated), so a claim not made leaves only a comma.
    const signatures = [images && 'images', charts && "${{ needs.charts.outputs.signed == 'true' && 'charts' || '' }}"];
    const attestations = [
        images && "${{ needs.images.outputs.attested == 'true' && 'images' || '' }}",
        cli && 'archives, checksums',
    ];
    const input = (name, parts) => {
        const given = parts.filter((part) => part !== false);
        return given.length ? [`          ${name}: ${given.join(', ')}`] : [];
    };
    const lines = [...input('signatures', signatures), ...input('attestations', attestations)];
    return lines.length ? [...lines, `          signer-workflows: ${pack.repository}@${pack.ref}`] : [];
}
/** A YAML single-quoted scalar (the workflow is written as text, so values are quoted here). */
function quote(value) {
    return `'${value.replace(/'/g, "''")}'`;
}
/**
 * The release workflow for `layout`. Jobs only for what the repository ships: images (Dockerfiles),
 * charts, and with a CHANGELOG.md the draft release, the CLI (a Go command) and publishing. The
 * version tracks file is the one release-charts checks on the tag.
 */
function renderReleaseWorkflow(layout, pack, configFile) {
    const { repository, ref } = pack;
    const uses = (workflow) => `${repository}/.github/workflows/${workflow}@${ref}`;
    const action = (name) => `${repository}/actions/${name}@${ref}`;
    const packInputs = [`      release-kit-repository: ${repository}`, `      release-kit-ref: ${ref}`];
    const images = layout.images;
    // Charts synced into a git catalog on every push (Buntime) are released by the catalog workflow.
    const charts = layout.workflows.chartCatalog ? [] : layout.charts;
    const changelog = layout.changelog;
    const cli = changelog ? layout.cli : undefined;
    const out = [
        '# The release workflow, written by `release-kit init` (docs/examples/release.yml explains every job).',
        `# It calls the release-kit pack at ${repository}@${ref}; pin a commit SHA for the strongest guarantee.`,
        '#   - push a tag vX.Y.Z (release-kit bump --tag makes it; use a token that can start workflows);',
        '#   - or run it by hand with `tag`: the rerun path for a failed release. It never creates or moves a tag.',
        'name: release',
        '',
        'on:',
        '  push:',
        "    tags: ['v*.*.*']",
        '  workflow_dispatch:',
        '    inputs:',
        '      tag:',
        '        description: Existing release tag to (re)run, e.g. v0.1.0. Nothing is tagged.',
        '        type: string',
        '        required: true',
        '',
        'permissions: {}',
        '',
        'concurrency:',
        '  group: release-${{ inputs.tag || github.ref_name }}',
        '  cancel-in-progress: false',
        '',
        'jobs:',
        '  tag:',
        '    name: Which tag',
        '    runs-on: ubuntu-latest',
        '    permissions: {}',
        '    outputs:',
        '      tag: ${{ steps.tag.outputs.tag }}',
        ...(cli
            ? [
                "      # The CLI's platforms, in one place: the cli job builds them and the draft names their archives.",
                '      cli-platforms: ${{ steps.tag.outputs.cli-platforms }}',
            ]
            : []),
        '    steps:',
        '      - id: tag',
        '        env:',
        '          TAG: ${{ inputs.tag || github.ref_name }}',
        '        run: |',
        '          if ! [[ "$TAG" =~ ^v[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then',
        `            echo "::error::not a release tag: '$TAG' (expected vX.Y.Z)"`,
        '            exit 1',
        '          fi',
        '          echo "tag=$TAG" >> "$GITHUB_OUTPUT"',
        ...(cli ? [`          echo 'cli-platforms=${JSON.stringify(CLI_PLATFORMS)}' >> "$GITHUB_OUTPUT"`] : []),
    ];
    const needs = ['tag'];
    if (images.length) {
        needs.push('images');
        out.push('', '  images:', '    needs: tag', '    permissions:', '      contents: read', '      packages: write', '      id-token: write', '      attestations: write # the build provenance attestation of each image', `    uses: ${uses('release-images.yml')}`, '    with:', '      tag: ${{ needs.tag.outputs.tag }}', `      images: ${quote(JSON.stringify(images.map((i) => ({ name: i.name, dockerfile: i.dockerfile }))))}`, ...(layout.workflows.imageTags
            ? [
                "      # The tag rules of the repository's own docker/metadata-action step.",
                '      tags: |',
                ...layout.workflows.imageTags.split('\n').map((line) => `        ${line}`),
            ]
            : []), ...packInputs);
    }
    if (charts.length) {
        needs.push('charts');
        const notes = charts.length === 1 ? charts[0].releaseNotes : undefined;
        out.push('', '  charts:', '    needs: tag', '    permissions:', '      contents: read', '      packages: write', '      id-token: write', `    uses: ${uses('release-charts.yml')}`, '    with:', '      tag: ${{ needs.tag.outputs.tag }}', `      charts: ${quote(JSON.stringify(charts.map((c) => c.dir)))}`, ...(configFile !== '.github/release-kit.yml' ? [`      config: ${quote(configFile)}`] : []), ...(notes
            ? [`      release-notes: ${quote(notes)} # the Rancher catalog.cattle.io/release-notes annotation`]
            : []), ...packInputs);
    }
    if (changelog) {
        out.push('', '  draft:', `    name: Draft release (notes from ${changelog.file})`, `    needs: [${needs.join(', ')}]`, '    runs-on: ubuntu-latest', '    permissions:', '      contents: write # create or update the draft release', '    steps:', '      - name: Check out the tag (fails when it does not exist; nothing creates it here)', '        uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1', '        with:', '          ref: refs/tags/${{ needs.tag.outputs.tag }}', '          persist-credentials: false');
        if (cli) {
            out.push('      - name: The CLI assets the release will carry', '        id: cli', '        env:', '          TAG: ${{ needs.tag.outputs.tag }}', '          PLATFORMS: ${{ needs.tag.outputs.cli-platforms }}', '        run: |', '          {', "            echo 'names<<RELEASE_KIT_EOF'", `            jq -r --arg tag "$TAG" '.[] | "${cli.name}_\\($tag)_\\(.os)_\\(.arch).tar.gz"' <<<"$PLATFORMS"`, `            echo "${cli.name}_\${TAG}_checksums.txt"`, "            echo 'RELEASE_KIT_EOF'", '          } >> "$GITHUB_OUTPUT"');
        }
        out.push('      - name: Draft the release with its notes', `        uses: ${action('release-notes-from-changelog')}`, '        with:', '          mode: release', '          version: ${{ needs.tag.outputs.tag }}', ...(changelog.file !== 'CHANGELOG.md' ? [`          changelog: ${quote(changelog.file)}`] : []), ...(images.length ? ['          images: ${{ needs.images.outputs.images }}'] : []), ...(charts.length ? ['          charts: ${{ needs.charts.outputs.refs }}'] : []), ...(cli ? ['          cli-assets: ${{ steps.cli.outputs.names }}'] : []), ...claimLines(images.length > 0, charts.length > 0, cli !== undefined, pack), ...(images.length
            ? [`          certificate-identity-regexp: ${quote(`^${(0,regexp/* escapeRegExp */.N)(imagesIdentity(pack))}$`)}`]
            : []), '          token: ${{ github.token }}');
        needs.push('draft');
    }
    if (cli) {
        out.push('', '  cli:', '    needs: [tag, draft]', '    permissions:', '      contents: write', '      id-token: write', '      attestations: write', "      # release-cli's finish job asks for it (its publish gate), even with publish: false: GitHub", '      # refuses to start a run whose called workflow asks for more than the calling job grants.', '      packages: read', `    uses: ${uses('release-cli.yml')}`, '    with:', '      tag: ${{ needs.tag.outputs.tag }}', `      name: ${cli.name}`, `      go-version-file: ${cli.goVersionFile}`, '      platforms: ${{ needs.tag.outputs.cli-platforms }}', ...(cli.ldflags
            ? [
                "      # The Makefile's version ldflags; the date from SOURCE_DATE_EPOCH (the tag commit's time), so a",
                '      # rerun builds the same bytes and its archives come out unchanged.',
            ]
            : []), `      build-command: ${quote(`go build -trimpath ${cli.ldflags ? `-ldflags "${cli.ldflags}" ` : ''}-o "$OUTPUT" ${cli.pkg}`)}`, "      attest: true # the draft's notes claim the archives' and the checksums file's attestations", '      publish: false # published below, once every flow succeeded', ...packInputs);
        needs.push('cli');
    }
    if (changelog) {
        // The publish gate checks the images and charts the notes name on the registry (ghcr.io).
        const registry = images.length > 0 || charts.length > 0;
        out.push('', '  publish:', '    name: Publish', `    needs: [${needs.join(', ')}]`, '    runs-on: ubuntu-latest', '    permissions:', '      contents: write # publish the release', ...(registry
            ? [
                '      # The publish gate reads the images and charts the notes name: a new GHCR package is private.',
                '      packages: read',
            ]
            : []), '    steps:', '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1', '        with:', '          ref: refs/tags/${{ needs.tag.outputs.tag }}', '          persist-credentials: false', '      - name: Publish the release', `        uses: ${action('release-notes-from-changelog')}`, '        with:', '          mode: publish', '          version: ${{ needs.tag.outputs.tag }}', ...(changelog.file !== 'CHANGELOG.md' ? [`          changelog: ${quote(changelog.file)}`] : []), ...(cli ? ['          require-assets: ${{ needs.cli.outputs.require-assets }}'] : []), '          token: ${{ github.token }}', ...(registry
            ? [
                '          # Sent only to ghcr.io (the `registry` default), never to another registry the notes name.',
                '          registry-username: ${{ github.actor }}',
                '          registry-password: ${{ github.token }}',
            ]
            : []));
    }
    return `${out.join('\n')}\n`;
}
/**
 * The chart catalog workflow for a repository whose own workflow syncs its chart into a git catalog on
 * every push (Buntime's helm-publish): the same trigger paths, the generated files prepared first
 * (with Bun), then release-charts' check and publish-chart-catalog into the same catalog repository.
 */
function renderCatalogWorkflow(layout, pack, configFile) {
    const catalog = layout.workflows.chartCatalog;
    if (!catalog || !layout.charts.length)
        return undefined;
    const notes = layout.charts.length === 1 ? layout.charts[0].releaseNotes : undefined;
    const out = [
        `# The chart catalog release, written by \`release-kit init\` from ${catalog.file} (docs/examples/chart-catalog.yml).`,
        `# Every push to ${catalog.branch} that changes the chart publishes its version into ${catalog.repository}`,
        '# (charts/<name>/<version>/); a version already there with the same files is unchanged, a changed one',
        '# without a chart bump is refused.',
        'name: chart-catalog',
        '',
        'on:',
        '  push:',
        `    branches: [${catalog.branch}]`,
        '    paths:',
        ...catalog.paths.map((p) => `      - ${quote(p)}`),
        '  workflow_dispatch:',
        '',
        'permissions: {}',
        '',
        'concurrency:',
        '  group: chart-catalog-${{ github.ref_name }}',
        '  cancel-in-progress: false',
        '',
        'jobs:',
        '  catalog:',
        '    permissions:',
        '      contents: read',
        '      packages: write',
        '      id-token: write',
        `    uses: ${pack.repository}/.github/workflows/release-charts.yml@${pack.ref}`,
        '    with:',
        "      tag: '' # the pushed commit, no tag",
        '      oci: false',
        `      charts: ${quote(JSON.stringify(layout.charts.map((c) => c.dir)))}`,
        ...(configFile !== '.github/release-kit.yml' ? [`      config: ${quote(configFile)}`] : []),
        '      catalog-target: rancher',
        `      catalog-repository: ${catalog.repository}`,
        ...(catalog.bunVersion ? [`      bun-version: ${quote(catalog.bunVersion)}`] : []),
        ...(catalog.prepare ? [`      prepare: ${quote(catalog.prepare)}`] : []),
        ...(notes ? [`      release-notes: ${quote(notes)}`] : []),
        `      release-kit-repository: ${pack.repository}`,
        `      release-kit-ref: ${pack.ref}`,
        '    secrets:',
        `      CATALOG_TOKEN: \${{ secrets.${catalog.tokenSecret ?? 'CATALOG_TOKEN'} }}`,
    ];
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./packages/release-kit/src/versions/check.ts
var check = __webpack_require__(34612);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/config.ts
var versions_config = __webpack_require__(52096);
// EXTERNAL MODULE: ./packages/release-kit/src/runtime/context.ts
var context = __webpack_require__(34076);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/init.ts
// init: look at a repository and write its version tracks (.github/release-kit.yml) and its release workflow, then check them.













const DEFAULT_WORKFLOW = '.github/workflows/release.yml';
const DEFAULT_CATALOG_WORKFLOW = '.github/workflows/chart-catalog.yml';
/** A workspace-relative file path to write: no absolute path, no `..`, no control characters. */
function relativeTarget(inputs, name) {
    const value = inputs.string(name);
    if (!value ||
        /[\0\r\n\\]/.test(value) ||
        value.startsWith('/') ||
        value.split('/').includes('..') ||
        !/\.ya?ml$/.test(value)) {
        throw (0,errors/* invalidInput */.aY)(name, value, 'a .yml path inside the repository, e.g. .github/release-kit.yml');
    }
    return external_node_path_default().posix.normalize(value);
}
function parseSettings(inputs) {
    const configFile = relativeTarget(inputs, 'config');
    const workflowInput = inputs.string('workflow');
    const workflowFile = workflowInput === 'none' ? undefined : relativeTarget(inputs, 'workflow');
    const catalogWorkflowFile = inputs.string('catalog-workflow') === 'none' ? undefined : relativeTarget(inputs, 'catalog-workflow');
    const repository = inputs.string('release-kit-repository');
    // The one OWNER/REPO rule (GitHub's: an owner of at most 39 characters, not starting with '-').
    if (!(0,context/* isRepository */.Z6)(repository))
        throw (0,errors/* invalidInput */.aY)('release-kit-repository', repository, 'owner/name of the release-kit repository, e.g. acme/release-kit');
    const ref = inputs.string('release-kit-ref');
    // A ref git could check out (git check-ref-format), or `uses: …@v1/` would name nothing.
    if (!(0,semver/* isValidTagName */.Qd)(ref))
        throw (0,errors/* invalidInput */.aY)('release-kit-ref', ref, 'a tag, branch or commit SHA of release-kit, e.g. v1');
    const cliDir = inputs.optional('cli');
    if (cliDir !== undefined &&
        (!/^[A-Za-z0-9._/-]+$/.test(cliDir) || cliDir.split('/').includes('..') || cliDir.startsWith('/'))) {
        throw (0,errors/* invalidInput */.aY)('cli', cliDir, "a folder inside the repository holding the CLI's Go main package, e.g. cmd/krt");
    }
    if (workflowFile === configFile)
        throw (0,errors/* invalidInput */.aY)('workflow', workflowInput, `a file other than the tracks file ${configFile}`);
    if (catalogWorkflowFile !== undefined && [configFile, workflowFile].includes(catalogWorkflowFile))
        throw (0,errors/* invalidInput */.aY)('catalog-workflow', catalogWorkflowFile, 'a file other than the tracks file and the release workflow');
    return {
        configFile,
        workflowFile,
        catalogWorkflowFile,
        pack: { repository, ref },
        cliDir,
        tagTrack: inputs.optional('tag-track'),
        force: inputs.boolean('force'),
        dryRun: inputs.boolean('dry-run'),
    };
}
const operation = {
    name: 'init',
    description: "Look at the repository (charts, package.json versions, README version lines, CHANGELOG, Dockerfiles, a Go CLI) and write the version tracks file and a release workflow calling the pack's reusable workflows, then check the tracks.",
    inputs: [
        { name: 'config', description: 'The version tracks file to write.', default: versions_config/* DEFAULT_CONFIG */.PV },
        {
            name: 'workflow',
            description: 'The caller release workflow to write; `none` to write only the tracks file.',
            default: DEFAULT_WORKFLOW,
        },
        {
            name: 'catalog-workflow',
            description: 'The chart catalog workflow to write when the repository syncs its charts into a git catalog on pushes (Buntime); `none` to skip it.',
            default: DEFAULT_CATALOG_WORKFLOW,
        },
        {
            name: 'release-kit-repository',
            description: "owner/name the workflow calls the pack's reusable workflows and actions from.",
            default: 'OWNER/REPO',
        },
        {
            name: 'release-kit-ref',
            description: "The pack's ref in `uses:` (a tag such as v1, or a commit SHA).",
            default: 'v1',
        },
        {
            name: 'cli',
            description: "The CLI's Go main package folder (e.g. cmd/krt); empty: the one cmd/<name> no Dockerfile builds, if any.",
            default: '',
        },
        {
            name: 'tag-track',
            description: 'The track whose version names the git tag; empty: the app track when there is a CLI, else the (first) chart track.',
            default: '',
        },
        {
            name: 'force',
            description: 'Overwrite existing files that differ from what init would write.',
            default: 'false',
        },
        { name: 'dry-run', description: 'Print what would be written; write nothing.', default: 'false' },
    ],
    outputs: [
        {
            name: 'files',
            description: 'JSON list of {file, state}: each file written (or that would be) and whether it was created, updated or unchanged.',
        },
        { name: 'versions', description: "JSON: each proposed track's current version." },
        {
            name: 'check',
            description: '`passed` when the tracks are in sync (init refuses to write tracks that fail the check).',
        },
        {
            name: 'state',
            description: '`created`, `updated` (with force), `unchanged` (the files already hold it) or `planned` (dry run).',
        },
    ],
    async run(context) {
        const { log, runner } = context;
        const settings = parseSettings(context.inputs);
        const workspace = runner.workspace;
        const layout = await (0,plumbing_log/* inGroup */.HB)(log, 'Look at the repository', () => discoverLayout(workspace, { cliDir: settings.cliDir }));
        const { tracks, notes } = proposeTracks(layout, { tagTrack: settings.tagTrack });
        const configText = renderVersionsConfig(tracks);
        const contents = [[settings.configFile, configText]];
        if (settings.workflowFile)
            contents.push([settings.workflowFile, renderReleaseWorkflow(layout, settings.pack, settings.configFile)]);
        const catalogWorkflow = renderCatalogWorkflow(layout, settings.pack, settings.configFile);
        if (settings.catalogWorkflowFile && catalogWorkflow)
            contents.push([settings.catalogWorkflowFile, catalogWorkflow]);
        // The proposal is checked before anything is written: tracks that fail `check` are never left behind.
        const config = (0,versions_config/* parseVersionsConfig */.JL)(configText, settings.configFile);
        const { problems, current } = await (0,check/* checkTracks */.J)(workspace, config, undefined);
        if (problems.length) {
            throw new errors/* UserError */.yo(`the tracks init would write fail the check (${problems[0].message}); nothing was written`, {
                input: 'config',
                value: settings.configFile,
                location: problems[0].location,
            });
        }
        const planned = [];
        const read = (0,versions_files/* workingTreeReader */.LE)(workspace);
        for (const [file, content] of contents) {
            const input = file === settings.configFile ? 'config' : file === settings.workflowFile ? 'workflow' : 'catalog-workflow';
            const absolute = await (0,fs/* resolveInside */.LI)(workspace, file, input);
            const existing = await read(file);
            const state = existing === null ? 'created' : existing === content ? 'unchanged' : 'updated';
            if (state === 'updated' && !settings.force && !settings.dryRun) {
                const elsewhere = file === settings.configFile ? '' : `, --${input} PATH to write it elsewhere (or none)`;
                throw new errors/* UserError */.yo(`this file already exists and differs from what init would write; pass --force to overwrite it${elsewhere}, or --dry-run to see it`, {
                    input: 'force',
                    value: 'false',
                    valid: 'true to overwrite',
                    location: { file },
                });
            }
            planned.push({ file, absolute, content, state });
        }
        for (const note of [...layout.notes, ...notes])
            log.info(`note: ${note}`);
        if (settings.dryRun) {
            for (const p of planned)
                log.info(`--- ${p.file} (${p.state === 'unchanged' ? 'unchanged' : p.state === 'created' ? 'would be created' : 'would be overwritten with --force'})\n${p.content}`);
        }
        else {
            // Everything is decided; only now does anything change on disk, each file replaced atomically.
            for (const p of planned.filter((f) => f.state !== 'unchanged')) {
                await (0,promises_.mkdir)(external_node_path_default().dirname(p.absolute), { recursive: true });
                // In place: a symlinked tracks file keeps its link (and the target, inside the workspace, its mode).
                await (0,fs/* writeFileInPlace */.aE)(workspace, p.file, p.content, p.file === settings.configFile ? 'config' : 'workflow');
            }
            for (const p of planned)
                log.info(`${p.file}: ${p.state}`);
        }
        const versions = Object.fromEntries(tracks.map((t) => [t.name, current.get(t.name) ?? t.version]));
        log.info(`check passed: ${tracks.map((t) => `${t.name} ${versions[t.name]}`).join(', ')}`);
        if (settings.pack.repository === 'OWNER/REPO' && settings.workflowFile) {
            log.info(`note: ${settings.workflowFile} calls the pack as OWNER/REPO; pass --release-kit-repository owner/name (or replace it) before the first release`);
        }
        const state = settings.dryRun
            ? 'planned'
            : planned.some((p) => p.state === 'updated')
                ? 'updated'
                : planned.some((p) => p.state === 'created')
                    ? 'created'
                    : 'unchanged';
        const summary = [
            `## init: ${state}`,
            '',
            '| File | State |',
            '| --- | --- |',
            ...planned.map((p) => `| \`${p.file}\` | ${p.state} |`),
            '',
            '| Track | Version | Files |',
            '| --- | --- | --- |',
            ...tracks.map((t) => `| ${t.name}${t.tag ? ` (tag ${t.tag})` : ''} | ${versions[t.name]} | ${t.files.map((f) => `\`${f.file}\``).join(', ')} |`),
            '',
            ...[...layout.notes, ...notes].map((n) => `- ${n}`),
            '',
        ].join('\n');
        return {
            outputs: { state, files: planned.map((p) => ({ file: p.file, state: p.state })), versions, check: 'passed' },
            summary,
        };
    },
};


/***/ }),

/***/ 36800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeRegExp)
/* harmony export */ });
// Regular expressions built from literal text.
/** `text` as a regular expression that matches exactly it (`/` is left as is: it is not special in `new RegExp`). */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 34612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ checkTracks)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19455);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52096);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65851);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6358);
/* harmony import */ var _tracks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84642);
// The check mode's verdict: every track in sync, every track whose watched files changed since a base bumped,
// and, on a tag, the tag track's version rendering to that very tag.







/**
 * Check the tracks in `workspace`; with `baseRef`, a track whose `watch` globs match a file changed
 * since the merge base (committed, staged, unstaged or untracked) needs a version greater than there.
 * With `onTag` (the run is on refs/tags/<onTag>), the track that names the tag must render exactly it.
 * With `staged` (a pre-commit hook), the commit being made is checked instead: the versions are read
 * from the index, and a watched file staged since HEAD needs a greater version than HEAD's; unstaged
 * and untracked changes are not part of that commit and are ignored.
 */
async function checkTracks(workspace, config, baseRef, onTag, options = {}) {
    // The empty revision makes `git show :./file`: the file as staged.
    const read = options.staged ? (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .revisionReader */ .v6)(workspace, '') : (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .workingTreeReader */ .LE)(workspace);
    const problems = [];
    const current = new Map();
    const readings = new Map();
    for (const track of config.tracks) {
        const { reading, problems: found } = await (0,_tracks_js__WEBPACK_IMPORTED_MODULE_6__/* .inspectTrack */ .Ew)(track, read);
        problems.push(...found);
        if (reading) {
            readings.set(track.name, reading);
            current.set(track.name, reading.version);
        }
    }
    const tagTrack = config.tagTrack;
    const tagReading = tagTrack && readings.get(tagTrack.name);
    // A track out of sync was reported above; there is no one version to compare with the tag.
    if (onTag && tagTrack && tagReading) {
        const expected = (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTag */ .vY)(tagTrack.tag, tagReading.version);
        if (expected !== onTag) {
            const first = tagReading.locations[0];
            problems.push({
                track: tagTrack.name,
                message: `tag ${onTag} does not match track ${tagTrack.name}'s version ${tagReading.version} (tag template ${tagTrack.tag}): bump the version before tagging`,
                location: { file: first.spec.file, line: first.occurrences[0].line },
            });
        }
    }
    const previous = new Map();
    let watched = 0;
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .T(workspace);
    const head = options.staged ? await git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']) : null;
    if ((baseRef || head) && config.tracks.some((t) => t.watch.length || t.implies.length || t.required)) {
        let mergeBase;
        // Read with -z: without it git quotes a name with non-ASCII characters or a newline, and no glob matches it.
        let changedNames;
        if (head) {
            mergeBase = head;
            changedNames = await git.paths(['diff', '-z', '--cached', '--name-only', '--no-renames', head]);
        }
        else {
            const base = await git.tryExec(['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]);
            if (!base)
                throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('base-ref', baseRef, 'a commit present in the checkout (actions/checkout with fetch-depth: 0, or git fetch origin main)');
            mergeBase = (await git.tryExec(['merge-base', base, 'HEAD'])) ?? base;
            const tracked = await git.paths(['diff', '-z', '--name-only', '--no-renames', mergeBase]);
            const untracked = await git.paths(['ls-files', '-z', '--others', '--exclude-standard', '--full-name']);
            changedNames = [...tracked, ...untracked];
        }
        const top = await git.topLevel();
        const changed = [...new Set(changedNames)].map((p) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(top, p)));
        const since = head ? 'HEAD (staged)' : baseRef;
        // Each track is read at the base once, for the watch rule and the bump rules alike.
        const baseRead = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .revisionReader */ .v6)(workspace, mergeBase);
        const baseReadings = new Map();
        const atBase = (track) => {
            let reading = baseReadings.get(track.name);
            if (!reading)
                baseReadings.set(track.name, (reading = (0,_tracks_js__WEBPACK_IMPORTED_MODULE_6__/* .inspectTrack */ .Ew)(track, baseRead).then((r) => r.reading)));
            return reading;
        };
        for (const track of config.tracks) {
            if (!track.watch.length)
                continue;
            const matches = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceGlob */ .uy)(track.watch);
            const hits = changed.filter((file) => matches(file));
            const reading = readings.get(track.name);
            if (!hits.length || !reading)
                continue;
            watched++;
            const before = await atBase(track);
            if (!before)
                continue; // the track is new since the base: nothing to compare with
            previous.set(track.name, before.version);
            if (!(0,_semver_js__WEBPACK_IMPORTED_MODULE_5__/* .isGreater */ .d0)(reading.version, before.version)) {
                const first = reading.locations[0];
                problems.push({
                    track: track.name,
                    message: `track '${track.name}': ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ', …' : ''} changed since ${since} but the version is still ${reading.version} (base ${before.version}); bump it (release-kit bump --${track.name}=patch${head ? ' --no-commit, then git add the version files' : ''})`,
                    location: { file: first.spec.file, line: first.occurrences[0].line },
                });
            }
        }
        problems.push(...(await bumpRuleProblems(config, readings, atBase, since)));
    }
    return { problems, previous, current, watched };
}
/**
 * The config's bump rules over what changed since the base: a bumped track's `implies` tracks are
 * bumped too, and when any track is bumped, every `required` one is.
 */
async function bumpRuleProblems(config, readings, atBase, since) {
    const bumped = new Map();
    const before = new Map();
    for (const track of config.tracks) {
        const reading = readings.get(track.name);
        const base = await atBase(track);
        if (!reading || !base)
            continue;
        before.set(track.name, base.version);
        if ((0,_semver_js__WEBPACK_IMPORTED_MODULE_5__/* .isGreater */ .d0)(reading.version, base.version))
            bumped.set(track.name, `${base.version} → ${reading.version}`);
    }
    const problems = [];
    const missing = (name, why) => {
        const reading = readings.get(name);
        if (!reading || !before.has(name) || bumped.has(name))
            return;
        const first = reading.locations[0];
        problems.push({
            track: name,
            message: `track '${name}' is still ${reading.version} since ${since}, but ${why}; bump it (release-kit bump --${name}=patch)`,
            location: { file: first.spec.file, line: first.occurrences[0].line },
        });
    };
    for (const track of config.tracks) {
        if (!bumped.has(track.name))
            continue;
        for (const implied of track.implies)
            missing(implied.track, `'${track.name}' went ${bumped.get(track.name)} and implies it (${config.file})`);
    }
    if (bumped.size) {
        for (const track of config.tracks) {
            if (track.required && !problems.some((p) => p.track === track.name))
                missing(track.name, `${config.file} requires it in every bump (${[...bumped.keys()].join(', ')} bumped)`);
        }
    }
    return problems;
}


/***/ })

};

//# sourceMappingURL=113.index.js.map