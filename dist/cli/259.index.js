export const id = 259;
export const ids = [259];
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

/***/ 52542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ todayUtc),
/* harmony export */   Xl: () => (/* binding */ extractSection),
/* harmony export */   qp: () => (/* binding */ prepareChangelog),
/* harmony export */   tf: () => (/* binding */ isCalendarDate)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14834);
// Turn the Unreleased entries into a dated release section by splicing the original text.



/**
 * Move the Unreleased entries under `## X.Y.Z - YYYY-MM-DD` (bracketed in Keep a Changelog style)
 * and leave a fresh, empty Unreleased heading above it. The edit is a splice at the Unreleased
 * heading: the entries themselves, the rest of the file, its line endings and its (missing)
 * trailing newline stay byte for byte. When the file has an `[unreleased]: …/compare/A...HEAD`
 * link reference it becomes `…/compare/vX.Y.Z...HEAD` and `[X.Y.Z]: …/compare/A...vX.Y.Z` is added.
 *
 * Rerunning with the same version and date on a prepared file is `unchanged`, and so is a rerun
 * with the date defaulted when the version is the newest release and Unreleased is empty (it was
 * prepared on an earlier day); any other clash with an existing version, or an empty Unreleased
 * (unless allowed), is a UserError.
 */
function prepareChangelog(text, options) {
    const file = options.file ?? 'CHANGELOG.md';
    const version = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(options.version.replace(/^v/i, ''));
    if (!version)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('version', options.version, 'a SemVer version such as 1.2.3 or 1.2.3-rc.1');
    if (!isCalendarDate(options.date))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('date', options.date, 'a date as YYYY-MM-DD');
    const changelog = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChangelog */ .EY)(text, options);
    const unreleased = changelog.unreleased;
    const existing = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .findSection */ .rv)(changelog, version);
    if (existing) {
        const nothingUnreleased = !unreleased || (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .isEmptySection */ .ty)(changelog, unreleased);
        const sameDay = existing.date === options.date;
        const preparedEarlier = options.dateDefaulted === true && existing.date !== undefined && existing === changelog.releases[0];
        if (nothingUnreleased && (sameDay || preparedEarlier)) {
            return {
                state: 'unchanged',
                text,
                version,
                heading: changelog.text.slice(existing.heading.start, existing.heading.end),
                linksUpdated: false,
            };
        }
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`version ${existing.versionText} already exists${existing.date ? ` (dated ${existing.date})` : ''}; choose a new version or remove that section`, { input: 'version', value: options.version, location: { file, line: existing.line } });
    }
    if (!unreleased) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`there is no "## Unreleased" section to prepare ${version} from; add one above the releases`, {
            value: file,
            location: { file },
        });
    }
    if (!options.allowEmpty && (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .isEmptySection */ .ty)(changelog, unreleased)) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the Unreleased section is empty, so ${version} would have no notes; add entries or set input 'allow-empty' to true`, {
            input: 'allow-empty',
            value: 'false',
            valid: 'true to release without entries',
            location: { file, line: unreleased.line },
        });
    }
    const usesV = changelog.releases.length ? changelog.vPrefix : /^v/i.test(options.version);
    const versionText = `${usesV ? 'v' : ''}${version}`;
    const heading = changelog.style === 'keep-a-changelog'
        ? `## [${versionText}] - ${options.date}`
        : `## ${versionText} - ${options.date}`;
    const eol = changelog.eol;
    const unreleasedHeading = text.slice(unreleased.heading.start, unreleased.heading.end);
    const splices = [
        {
            start: unreleased.heading.start,
            end: unreleased.heading.end,
            text: `${unreleasedHeading}${eol}${eol}${heading}`,
        },
    ];
    const linkSplice = compareLinkSplice(changelog, version, versionText);
    if (linkSplice)
        splices.push(linkSplice);
    let result = text;
    for (const splice of splices.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
    }
    return { state: 'prepared', text: result, version, heading, linksUpdated: Boolean(linkSplice) };
}
/**
 * The edit of the link references, when the file keeps an `[unreleased]` one: point it at the new
 * tag and add the new version's compare link right below it (newest first, as Keep a Changelog does).
 */
function compareLinkSplice(changelog, version, versionText) {
    const unreleasedLink = changelog.definitions.find((d) => d.label.trim().toLowerCase() === 'unreleased');
    if (!unreleasedLink)
        return undefined;
    if (changelog.definitions.some((d) => d.label.trim().replace(/^v/i, '') === version))
        return undefined;
    const compare = /^(.*\/compare\/)(.+?)\.\.\.(.+)$/.exec(unreleasedLink.url);
    let unreleasedUrl;
    let versionUrl;
    if (compare) {
        const [, base, previous, head] = compare;
        const tag = tagLike(previous, version);
        unreleasedUrl = `${base}${tag}...${head}`;
        versionUrl = `${base}${previous}...${tag}`;
    }
    else {
        // No previous release to compare with (e.g. `…/commits/main`): link the tag itself.
        const repo = /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)/.exec(unreleasedLink.url)?.[1];
        if (!repo)
            return undefined;
        const tag = `v${version}`;
        unreleasedUrl = `${repo}/compare/${tag}...HEAD`;
        versionUrl = `${repo}/releases/tag/${tag}`;
    }
    const eol = changelog.eol;
    return {
        start: unreleasedLink.span.start,
        end: unreleasedLink.span.end,
        text: `[${unreleasedLink.label}]: ${unreleasedUrl}${eol}[${versionText}]: ${versionUrl}`,
    };
}
/** The new tag written the way the previous one was (`v0.1.0` → `v0.2.0`, `0.1.0` → `0.2.0`). */
function tagLike(previous, version) {
    const match = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?/.exec(previous);
    if (!match)
        return `v${version}`;
    return previous.slice(0, match.index) + version + previous.slice(match.index + match[0].length);
}
/** YYYY-MM-DD naming a real day. */
function isCalendarDate(date) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
        return false;
    const parsed = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
/** Today in UTC as YYYY-MM-DD. */
function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
/** The section for `version`, or a UserError naming the versions the file does have. */
function extractSection(changelog, version, file = 'CHANGELOG.md') {
    const section = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .findSection */ .rv)(changelog, version);
    if (section)
        return section;
    const known = changelog.releases.map((s) => s.versionText).slice(0, 10);
    const hint = changelog.unreleased && !(0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .isEmptySection */ .ty)(changelog, changelog.unreleased)
        ? '; run mode prepare first to move the Unreleased entries under it'
        : '';
    throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`no section for version ${version}${known.length ? ` (found ${known.join(', ')})` : ''}${hint}`, {
        input: 'version',
        value: version,
        valid: known.join(', '),
        location: { file },
    });
}


/***/ }),

/***/ 86868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ chartVersionTag),
/* harmony export */   N0: () => (/* binding */ isChartVersion),
/* harmony export */   P6: () => (/* binding */ sameChartVersion),
/* harmony export */   ZK: () => (/* binding */ compareChartVersions),
/* harmony export */   bC: () => (/* binding */ isSafeChartName)
/* harmony export */ });
/* unused harmony exports parseChartVersion, chartVersionOfTag */
// The one grammar for chart versions (and, for OCI, chart names): what helm accepts, how two versions
// compare, and how a version becomes an OCI tag. Tiny and dependency-free, so that checking an
// action's inputs does not load the chart parser or the packaging code.
// Masterminds/semver v3's NewVersion grammar, which is what helm's isValidSemver accepts: an
// optional "v", minor and patch optional, no leading zeros, SemVer 2 pre-release and build parts.
const MASTERMINDS_SEMVER = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const MAX_UINT64 = 2n ** 64n - 1n;
// The name becomes a path component of the OCI repository, so it must be one (distribution's
// path-component grammar). helm itself only requires name == filepath.Base(name).
const SAFE_CHART_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** True when helm (Masterminds/semver) accepts `version` as a chart version. */
function isChartVersion(version) {
    return parseChartVersion(version) !== undefined;
}
/** The parts of a chart version helm accepts, or undefined when helm would refuse it. */
function parseChartVersion(version) {
    const m = MASTERMINDS_SEMVER.exec(version);
    if (!m)
        return undefined;
    // BigInt: Masterminds reads each number as a uint64, more than a JS number holds exactly, and
    // refuses a bigger one.
    const [major, minor, patch] = [m[1], m[2] ?? '0', m[3] ?? '0'].map(BigInt);
    if (major > MAX_UINT64 || minor > MAX_UINT64 || patch > MAX_UINT64)
        return undefined;
    return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [], build: m[5] ?? '' };
}
/**
 * Masterminds/semver's Compare, which helm sorts chart versions with: numbers first, then a release
 * above its pre-releases, pre-release identifiers compared by SemVer's rules; build metadata ignored;
 * `v1.2` equals `1.2.0`. A version helm refuses sorts as plain text, below every valid one.
 */
function compareChartVersions(a, b) {
    const pa = parseChartVersion(a);
    const pb = parseChartVersion(b);
    if (!pa || !pb) {
        if (pa)
            return 1;
        if (pb)
            return -1;
        return a < b ? -1 : a > b ? 1 : 0;
    }
    for (const key of ['major', 'minor', 'patch']) {
        if (pa[key] !== pb[key])
            return pa[key] < pb[key] ? -1 : 1;
    }
    return comparePrerelease(pa.prerelease, pb.prerelease);
}
/**
 * True when both are the same chart version as helm matches them: the exact string first (helm's
 * IndexFile.Get does), then SemVer equality (`v1.2` and `1.2.0+build.1` are one version).
 */
function sameChartVersion(a, b) {
    return a === b || (isChartVersion(a) && isChartVersion(b) && compareChartVersions(a, b) === 0);
}
/** The OCI tag of a chart version: `+` becomes `_`, since tags cannot hold `+` (helm does the same). */
function chartVersionTag(version) {
    return version.replace(/\+/g, '_');
}
/**
 * The chart version an OCI tag stands for: the tag itself when it is a chart version, else with `_`
 * read back as `+` when that makes one (as helm does when listing tags); undefined otherwise.
 */
function chartVersionOfTag(tag) {
    if (isChartVersion(tag))
        return tag;
    const restored = tag.replace(/_/g, '+');
    return isChartVersion(restored) ? restored : undefined;
}
/** True for a chart name helm accepts that can also be an OCI repository path component. */
function isSafeChartName(name) {
    return SAFE_CHART_NAME.test(name) && name.length <= 128;
}
function comparePrerelease(a, b) {
    if (a.length === 0 || b.length === 0)
        return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= a.length)
            return -1;
        if (i >= b.length)
            return 1;
        const order = compareIdentifier(a[i], b[i]);
        if (order !== 0)
            return order;
    }
    return 0;
}
/** Numeric identifiers compare as numbers and below alphanumeric ones, which compare as ASCII. */
function compareIdentifier(a, b) {
    const numA = /^\d+$/.test(a);
    const numB = /^\d+$/.test(b);
    if (numA && numB) {
        const x = BigInt(a);
        const y = BigInt(b);
        return x === y ? 0 : x < y ? -1 : 1;
    }
    if (numA !== numB)
        return numA ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 17259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CLI_USAGE: () => (/* binding */ CLI_USAGE),
  cliInputs: () => (/* binding */ cliInputs),
  operation: () => (/* binding */ operation)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/release-kit/src/changelog/prepare.ts
var prepare = __webpack_require__(52542);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/reference.ts
var oci_reference = __webpack_require__(84123);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/version.ts
var charts_version = __webpack_require__(86868);
// EXTERNAL MODULE: ./packages/release-kit/src/signing/policy.ts
var policy = __webpack_require__(73556);
;// CONCATENATED MODULE: ./packages/release-kit/src/releases/notes-inputs.ts
// The release notes' inputs, parsed and checked: images, charts and CLI files with their digests,
// and what the release's workflows did (signatures, attestations, the signing workflows).
// releases/notes.ts renders what these return; it parses nothing itself.




const IMAGE_VALID = 'image references with digests, e.g. ghcr.io/OWNER/NAME:TAG@sha256:<64 hex>';
/**
 * Parse the `images` input: a JSON array (strings or objects with repository/name/image/ref and
 * digest), a JSON object (name → reference), or one `registry/repo[:tag]@sha256:…` per line. Each
 * reference is read by the one image grammar (oci/reference.ts); every image needs a digest, since
 * a tag alone can move.
 */
function parseImages(raw, input = 'images') {
    const text = raw.trim();
    if (!text)
        return [];
    const items = structured(text, input) ?? listLines(text);
    const single = !Array.isArray(items) && typeof items === 'object' && 'digest' in items;
    const list = Array.isArray(items) ? items : single ? [items] : Object.values(items);
    return list.map((item) => {
        if (typeof item === 'string')
            return imageReference(item, input);
        if (item && typeof item === 'object') {
            const o = item;
            const ref = firstString(o, ['reference', 'ref', 'image', 'repository', 'name']);
            const digest = firstString(o, ['digest']);
            if (ref && digest) {
                const parsed = imageReference(ref.includes('@') ? ref : `${ref}@${digest}`, input);
                const tag = firstString(o, ['tag']) ?? parsed.tag;
                return { ...parsed, ...(tag ? { tag } : {}) };
            }
            if (ref)
                return imageReference(ref, input);
        }
        throw (0,errors/* invalidInput */.aY)(input, item, IMAGE_VALID);
    });
}
function imageReference(text, input) {
    const reference = (0,oci_reference/* parseReference */.F2)(text.replace(/^docker:\/\//, ''), { input, requireTagOrDigest: true });
    if (!reference.digest || !(0,oci_reference/* isSha256Digest */.q9)(reference.digest))
        throw (0,errors/* invalidInput */.aY)(input, text, IMAGE_VALID);
    return {
        repository: `${reference.registry}/${reference.repository}`,
        ...(reference.tag !== undefined ? { tag: reference.tag } : {}),
        digest: reference.digest,
    };
}
const CHART_VALID = 'chart references such as oci://ghcr.io/OWNER/charts/NAME:1.2.3';
/**
 * Parse the `charts` input: one `oci://REGISTRY/PATH/NAME:VERSION` (optionally `@sha256:…`) per
 * line, or JSON (strings like that, or objects with reference/registry, name, version, digest,
 * namespace). The version is held to helm's rule (charts/version.ts); an OCI tag spells SemVer's
 * `+` as `_`, which is turned back for `helm --version`.
 */
function parseCharts(raw, input = 'charts') {
    const text = raw.trim();
    if (!text)
        return [];
    const items = structured(text, input) ?? listLines(text);
    const list = Array.isArray(items) ? items : [items];
    return list.map((item) => {
        let ref;
        let version;
        let digest;
        let name;
        let namespace;
        if (typeof item === 'string')
            ref = item;
        else if (item && typeof item === 'object') {
            const o = item;
            ref = firstString(o, ['reference', 'ref', 'chart', 'registry', 'repository']);
            version = firstString(o, ['version']);
            digest = firstString(o, ['digest']);
            name = firstString(o, ['name']);
            namespace = firstString(o, ['namespace']);
        }
        if (!ref || !ref.startsWith('oci://'))
            throw (0,errors/* invalidInput */.aY)(input, item, CHART_VALID);
        const at = ref.indexOf('@');
        if (at >= 0) {
            digest = ref.slice(at + 1);
            ref = ref.slice(0, at);
        }
        const slash = ref.lastIndexOf('/');
        const colon = ref.lastIndexOf(':');
        if (colon > slash && colon > 'oci://'.length) {
            version ??= ref.slice(colon + 1);
            ref = ref.slice(0, colon);
        }
        if (name && !ref.endsWith(`/${name}`))
            ref = `${ref}/${name}`;
        const chartName = ref.slice(ref.lastIndexOf('/') + 1);
        const registry = ref.slice(0, ref.lastIndexOf('/'));
        // An OCI tag cannot hold `+`: a tag-form version (1.2.3_build) is helm's 1.2.3+build.
        if (version && !(0,charts_version/* isChartVersion */.N0)(version) && (0,charts_version/* isChartVersion */.N0)(version.replace(/_/g, '+')))
            version = version.replace(/_/g, '+');
        if (!version || !(0,charts_version/* isChartVersion */.N0)(version) || !(0,charts_version/* isSafeChartName */.bC)(chartName) || registry.length <= 'oci://'.length)
            throw (0,errors/* invalidInput */.aY)(input, item, CHART_VALID);
        // The location itself is held to the one reference grammar.
        (0,oci_reference/* parseReference */.F2)(`${ref}:${version.replace(/\+/g, '_')}`, { input });
        if (digest && !(0,oci_reference/* isSha256Digest */.q9)(digest))
            throw (0,errors/* invalidInput */.aY)(input, item, `${CHART_VALID} (a digest must be sha256:<64 hex>)`);
        if (namespace !== undefined)
            checkNamespace(namespace, input);
        return {
            registry,
            name: chartName,
            version,
            ...(digest ? { digest } : {}),
            ...(namespace ? { namespace } : {}),
        };
    });
}
const NAMESPACE = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
function checkNamespace(namespace, input) {
    if (!NAMESPACE.test(namespace))
        throw (0,errors/* invalidInput */.aY)(input, namespace, 'a Kubernetes namespace (lower-case letters, digits and -, at most 63)');
}
/**
 * Apply the `chart-namespaces` input: `NAME=NAMESPACE` per line (or comma), or one namespace for
 * every chart. A name that is not one of the charts is refused: it would be a typo that silently
 * leaves a chart's helm command without its namespace.
 */
function applyChartNamespaces(charts, raw, input = 'chart-namespaces') {
    const entries = listLines(raw.trim(), true);
    if (entries.length === 0)
        return [...charts];
    if (entries.length === 1 && !entries[0].includes('=')) {
        checkNamespace(entries[0], input);
        return charts.map((chart) => ({ ...chart, namespace: chart.namespace ?? entries[0] }));
    }
    const byName = new Map();
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        const name = entry.slice(0, eq).trim();
        const namespace = entry.slice(eq + 1).trim();
        if (eq < 0 || !charts.some((c) => c.name === name))
            throw (0,errors/* invalidInput */.aY)(input, entry, `CHART=NAMESPACE for a chart in charts (${charts.map((c) => c.name).join(', ') || 'none given'}), or one namespace for every chart`);
        checkNamespace(namespace, input);
        byName.set(name, namespace);
    }
    return charts.map((chart) => ({ ...chart, namespace: byName.get(chart.name) ?? chart.namespace }));
}
/**
 * Parse the `cli-assets` input: file names (one per line, or a JSON array of names or of objects
 * with `name`). The one ending in `checksums.txt` is the checksums file; signatures and
 * certificates are not archives.
 */
function parseCliAssets(raw, input = 'cli-assets') {
    const text = raw.trim();
    if (!text)
        return { archives: [] };
    const items = structured(text, input) ?? listLines(text, true);
    const list = Array.isArray(items) ? items : [items];
    const names = list.map((item) => {
        const name = typeof item === 'string'
            ? item
            : item && typeof item === 'object'
                ? firstString(item, ['name', 'path', 'file'])
                : undefined;
        if (!name || /[\s/\\]/.test(name.replace(/^.*\//, '')) || name.includes('..'))
            throw (0,errors/* invalidInput */.aY)(input, item, 'asset file names such as NAME_v1.2.3_linux_amd64.tar.gz');
        return name.replace(/^.*\//, '');
    });
    const checksumsFile = names.find((n) => /checksums\.txt$/i.test(n));
    const archives = names.filter((n) => n !== checksumsFile && !/\.(sig|pem|crt|sigstore(\.json)?|intoto\.jsonl|sbom\.json|spdx\.json)$/i.test(n));
    return { archives, ...(checksumsFile ? { checksumsFile } : {}) };
}
/** `images, charts` (commas or lines) → the kinds listed, each once, in `valid`'s order. */
function parseKinds(raw, valid, input) {
    const given = listLines(raw.trim(), true);
    for (const kind of given)
        if (!valid.includes(kind))
            throw (0,errors/* invalidInput */.aY)(input, kind, `any of ${valid.join(', ')} (comma-separated)`);
    return valid.filter((kind) => given.includes(kind));
}
const SIGNED_KINDS = ['images', 'charts'];
const ATTESTED_KINDS = ['images', 'archives', 'checksums'];
/**
 * Refuse claims the other inputs cannot back: a chart signature is checked by digest, so claiming
 * signed charts needs every chart's digest (the notes would otherwise print a command that checks
 * nothing, or nothing at all).
 */
function checkClaims(signatures, charts) {
    const undigested = charts.filter((c) => !c.digest).map((c) => c.name);
    if (signatures.includes('charts') && undigested.length)
        throw (0,errors/* invalidInput */.aY)('signatures', signatures.join(', '), `charts only when every chart in charts has its digest (${undigested.join(', ')} has none, so its signature could not be named)`);
}
/**
 * Parse `signer-workflows`: `OWNER/REPO@REF`, the repository and ref of the workflows that sign and
 * attest (the release-kit pack's, when its reusable workflows are called). REF as written after `@`
 * in `uses:`: a tag name (`v1`), a full ref, or a commit SHA; the certificate names it as a ref.
 */
function parseSignerWorkflows(raw, input = 'signer-workflows') {
    const match = /^([A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+)@([A-Za-z0-9][\w./+-]*)$/.exec(raw.trim());
    if (!match || match[2].includes('..'))
        throw (0,errors/* invalidInput */.aY)(input, raw, 'OWNER/REPO@REF as in `uses:`, e.g. acme/release-kit@v1');
    return { repository: match[1], ref: workflowRef(match[2]) };
}
/** The ref a certificate names for `uses: …@REF`: a SHA or full ref as is, else a tag. */
function workflowRef(ref) {
    return /^[0-9a-f]{40}$/.test(ref) || ref.startsWith('refs/') ? ref : `refs/tags/${ref}`;
}
/**
 * Check a user-supplied identity regexp: it must compile and be written anchored with ^ and $.
 * The result is anchored the way verify-images anchors its pattern (signing/policy.ts anchorPattern),
 * so `^a|b$`, whose ^ and $ bind only the outer branches, becomes `^(?:a|b)$`.
 */
function checkIdentityRegexp(regexp, input = 'certificate-identity-regexp') {
    try {
        new RegExp(regexp);
    }
    catch {
        throw (0,errors/* invalidInput */.aY)(input, regexp, 'a valid regular expression');
    }
    const anchored = (0,policy/* anchorPattern */.SH)(regexp);
    // anchorPattern keeps a pattern already anchored at both ends, wraps one whose ^…$ hold only for a
    // top-level |, and otherwise adds anchors the user did not write: that last case is refused here,
    // since the notes publish the pattern and should show exactly what the user gave.
    const writtenAnchored = regexp.startsWith('^') && (anchored === regexp || anchored === `^(?:${regexp.slice(1, -1)})$`);
    if (!writtenAnchored) {
        throw (0,errors/* invalidInput */.aY)(input, regexp, 'a regexp anchored with ^ and $ (cosign matches unanchored regexps anywhere in the identity)');
    }
    return anchored;
}
/** Non-empty, non-comment lines (and, with `commas`, comma-separated items). */
function listLines(text, commas = false) {
    return text
        .split(commas ? /\r?\n|,/ : /\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
}
function structured(text, input) {
    if (!/^[[{]/.test(text))
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        throw (0,errors/* invalidInput */.aY)(input, text, 'valid JSON, or one reference per line');
    }
}
function firstString(o, keys) {
    for (const key of keys)
        if (typeof o[key] === 'string' && o[key])
            return o[key];
    return undefined;
}

// EXTERNAL MODULE: ./packages/release-kit/src/releases/supersede.ts
var supersede = __webpack_require__(21339);
// EXTERNAL MODULE: ./packages/release-kit/src/runtime/context.ts
var runtime_context = __webpack_require__(34076);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/semver.ts
var versions_semver = __webpack_require__(6358);
// EXTERNAL MODULE: ./packages/release-kit/src/operations/verify-release.ts
var verify_release = __webpack_require__(54926);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/release-notes-from-changelog.settings.ts
const MODES = ['prepare', 'notes', 'release', 'publish', 'supersede'];

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/release-notes-from-changelog.ts
// release-notes-from-changelog: prepare CHANGELOG.md, render release notes, draft the release, publish it last.





// Static: supersede.ts holds text and checks, and its GitHub calls go through the client it is given.






/** Every input, parsed and checked before anything else happens. */
function parseSettings(inputs, context) {
    const token = inputs.secret('token');
    const mode = inputs.choice('mode', MODES);
    const changelogPath = inputs.string('changelog');
    if (/[\0\r\n]/.test(changelogPath))
        throw (0,errors/* invalidInput */.aY)('changelog', changelogPath, 'a path to the changelog inside the workspace');
    const refTag = (0,runtime_context/* tagFromRef */.q)(context.runner.ref);
    // A pushed tag's version, also when the tag carries a prefix (`v1.2.3`, `chart-v1.2.3`).
    const refVersion = refTag ? (0,versions_semver/* versionOfTag */.mx)(refTag) : undefined;
    const supersedes = inputs.optional('supersedes');
    if (mode === 'supersede' && !supersedes)
        throw (0,errors/* invalidInput */.aY)('supersedes', '', "the tag of the release being superseded, such as v1.2.3 (mode 'supersede')");
    // Superseding from a laptop: with no version and no pushed tag, the new release is the old one's superseding patch.
    let versionInput = inputs.optional('version');
    // The superseding patch keeps the old tag's series (`krt-v0.9.1` → `krt-v0.9.2`; `0.3.0` → `v0.3.1`).
    let patchTag;
    if (!versionInput && !refTag && mode === 'supersede') {
        patchTag = (0,versions_semver/* supersedingPatch */.KF)(supersedes);
        versionInput = patchTag && (0,versions_semver/* versionOfTag */.mx)(patchTag);
        if (!patchTag || !versionInput)
            throw (0,errors/* invalidInput */.aY)('supersedes', supersedes, 'the tag of the release being superseded, such as v1.2.3 (or its version 1.2.3)');
        if (patchTag === versionInput)
            patchTag = `v${versionInput}`;
    }
    if (!versionInput && !refTag) {
        throw (0,errors/* invalidInput */.aY)('version', '', 'a version such as 1.2.3, or a run on a tag push (GITHUB_REF=refs/tags/v1.2.3)');
    }
    const version = versionInput ? (0,versions_semver/* versionOfInput */.W3)(versionInput) : refVersion;
    if (!version) {
        throw (0,errors/* invalidInput */.aY)(versionInput ? 'version' : 'GITHUB_REF', versionInput ?? refTag, 'a SemVer version such as 1.2.3 or 1.2.3-rc.1 (a v prefix is fine)');
    }
    const tagInput = inputs.optional('tag');
    if (tagInput !== undefined && !(0,versions_semver/* isValidTagName */.Qd)(tagInput))
        throw (0,errors/* invalidInput */.aY)('tag', tagInput, 'a git tag name such as v1.2.3');
    // The pushed tag names the release whenever it is this version's tag (even spelled `chart-v1.2.3`).
    const tag = tagInput ?? patchTag ?? (refTag && (!versionInput || refVersion === version) ? refTag : `v${version}`);
    const repositoryText = inputs.optional('repository') ?? context.runner.repository;
    const repository = repositoryText ? (0,runtime_context/* splitRepository */.T8)(repositoryText, 'repository') : undefined;
    if (!repository && mode !== 'prepare') {
        throw (0,errors/* invalidInput */.aY)('repository', '', 'OWNER/REPO (set the input or GITHUB_REPOSITORY)');
    }
    if ((mode === 'release' || mode === 'publish' || mode === 'supersede') && !token) {
        throw (0,errors/* invalidInput */.aY)('token', '', 'a GitHub token with contents: write (the default is github.token)');
    }
    const extraTypes = inputs.lines('extra-change-types', { commas: true });
    for (const type of extraTypes) {
        if (!/^[A-Za-z][A-Za-z0-9 &/-]{0,40}$/.test(type))
            throw (0,errors/* invalidInput */.aY)('extra-change-types', type, 'change type names such as Performance, one per line');
    }
    const identity = inputs.optional('certificate-identity-regexp');
    const charts = applyChartNamespaces(parseCharts(inputs.string('charts')), inputs.string('chart-namespaces'));
    const signatures = parseKinds(inputs.string('signatures'), SIGNED_KINDS, 'signatures');
    checkClaims(signatures, charts);
    const signerInput = inputs.optional('signer-workflows');
    const registryPassword = inputs.secret('registry-password');
    const registryUsername = inputs.optional('registry-username');
    if (registryPassword && !registryUsername)
        throw (0,errors/* invalidInput */.aY)('registry-username', '', 'the registry user name that goes with registry-password (ghcr.io: github.actor)');
    const installDocsUrl = inputs.optional('install-docs-url');
    if (installDocsUrl !== undefined && !/^https?:\/\/\S+$/.test(installDocsUrl))
        throw (0,errors/* invalidInput */.aY)('install-docs-url', installDocsUrl, 'an http(s) URL');
    // Checked in every mode, with the other inputs: a wrong date is wrong before `prepare` is reached.
    const date = inputs.optional('date');
    if (date !== undefined && !(0,prepare/* isCalendarDate */.tf)(date))
        throw (0,errors/* invalidInput */.aY)('date', date, 'a date as YYYY-MM-DD');
    const optionalPath = (name) => {
        const value = inputs.optional(name);
        if (value !== undefined && /[\0\r\n]/.test(value))
            throw (0,errors/* invalidInput */.aY)(name, value, 'a path inside the workspace');
        return value;
    };
    return {
        mode,
        changelogPath,
        version,
        tag,
        prerelease: semver_default().prerelease(version) !== null,
        date: date ?? (0,prepare/* todayUtc */.O2)(),
        dateDefaulted: date === undefined,
        allowEmpty: inputs.boolean('allow-empty'),
        extraTypes,
        token,
        owner: repository?.owner,
        repo: repository?.repo,
        summary: inputs.optional('summary'),
        upgradeNotes: inputs.optional('upgrade-notes'),
        knownLimitations: inputs.optional('known-limitations'),
        images: parseImages(inputs.string('images')),
        charts,
        cliAssets: parseCliAssets(inputs.string('cli-assets')),
        claims: {
            signatures,
            attestations: parseKinds(inputs.string('attestations'), ATTESTED_KINDS, 'attestations'),
            // Default: this repository's own workflows at the release tag.
            signer: signerInput
                ? parseSignerWorkflows(signerInput)
                : { repository: `${repository?.owner}/${repository?.repo}`, ref: workflowRef(tag) },
            ...(identity === undefined ? {} : { imageIdentityRegexp: checkIdentityRegexp(identity) }),
        },
        experimentalNotice: inputs.optional('experimental-notice'),
        templatePath: optionalPath('template'),
        bodyFile: optionalPath('body-file'),
        requireAssets: inputs.lines('require-assets', { commas: true }),
        chartReleaseNotes: optionalPath('chart-release-notes'),
        chart: optionalPath('chart'),
        name: inputs.optional('name'),
        // Where GitHub creates the tag if it does not exist yet: this run's commit, not the default branch.
        targetCommitish: inputs.optional('target-commitish') ??
            (/^[0-9a-f]{40}$/.test(context.runner.sha) && !/^0+$/.test(context.runner.sha) ? context.runner.sha : undefined),
        installDocsUrl,
        registryHost: (0,oci_reference/* parseRegistryHost */.TZ)(inputs.optional('registry') ?? verify_release.DEFAULT_REGISTRY, 'registry'),
        registryUsername,
        registryPassword,
        plainHttp: inputs.boolean('plain-http'),
        trustedRootPath: optionalPath('trusted-root'),
        supersession: supersedes === undefined
            ? undefined
            : (0,supersede/* checkSupersession */.Gp)(supersedes, inputs.optional('supersede-reason'), tag, version),
    };
}
const operation = {
    name: 'release-notes-from-changelog',
    description: 'Prepare CHANGELOG.md, render release notes in the seed outline, create the draft release and publish it once everything its notes name verifies.',
    inputs: [
        {
            name: 'mode',
            description: '`prepare` the changelog, render the `notes`, create or update the draft `release`, `publish` it, or `supersede` an earlier release with this one.',
            default: 'notes',
        },
        { name: 'changelog', description: 'Path to the changelog.', default: 'CHANGELOG.md' },
        {
            name: 'version',
            description: 'The version (X.Y.Z, a v prefix is fine); default: from the tag in GITHUB_REF.',
            default: '',
        },
        { name: 'tag', description: 'The release tag; default: the tag in GITHUB_REF, else v<version>.', default: '' },
        {
            name: 'token',
            description: 'GitHub token for `release` and `publish` (contents: write).',
            default: '${{ github.token }}',
        },
        { name: 'repository', description: 'OWNER/REPO of the release; default: the current repository.', default: '' },
        { name: 'date', description: '`prepare`: the release date, YYYY-MM-DD; default: today in UTC.', default: '' },
        {
            name: 'allow-empty',
            description: '`prepare`: allow a release whose Unreleased section is empty.',
            default: 'false',
        },
        {
            name: 'extra-change-types',
            description: 'Extra `###` change types accepted besides Added, Changed, Deprecated, Removed, Fixed, Security (one per line).',
            default: '',
        },
        {
            name: 'summary',
            description: 'Text for the Summary section; default: the text above the first `###` of the section.',
            default: '',
        },
        { name: 'upgrade-notes', description: 'Text for the Upgrade Notes section.', default: '' },
        { name: 'known-limitations', description: 'Text for the Known Limitations section.', default: '' },
        {
            name: 'images',
            description: 'Images with digests: JSON (e.g. the images workflow output) or one `registry/repo:tag@sha256:…` per line.',
            default: '',
        },
        {
            name: 'charts',
            description: 'Charts: one `oci://registry/path/name:version[@sha256:…]` per line, or JSON.',
            default: '',
        },
        {
            name: 'chart-namespaces',
            description: 'The namespace each chart installs into, for the helm command: `CHART=NAMESPACE` per line, or one namespace for every chart.',
            default: '',
        },
        { name: 'cli-assets', description: 'CLI archive names and the checksums file, one per line or JSON.', default: '' },
        {
            name: 'experimental-notice',
            description: 'The 0.x experimental sentence; default names the v1alpha1 APIs.',
            default: '',
        },
        {
            name: 'template',
            description: 'A Markdown template with `{{placeholders}}` replacing the built-in outline.',
            default: '',
        },
        { name: 'body-file', description: 'Where to write the release body; default: a file in RUNNER_TEMP.', default: '' },
        {
            name: 'require-assets',
            description: '`publish`: asset names or globs that must be uploaded before publishing (one per line); a quick first check before the full verification.',
            default: '',
        },
        {
            name: 'chart-release-notes',
            description: '`prepare`: a Markdown file to put into Chart.yaml as the catalog.cattle.io/release-notes annotation.',
            default: '',
        },
        {
            name: 'chart',
            description: 'The chart directory or Chart.yaml for `chart-release-notes`; default: the Chart.yaml next to that file.',
            default: '',
        },
        { name: 'name', description: 'The release title; default: the tag.', default: '' },
        {
            name: 'target-commitish',
            description: 'Commit or branch the tag is created from when it does not exist yet; default: GITHUB_SHA.',
            default: '',
        },
        {
            name: 'install-docs-url',
            description: 'Link to the installation docs; default: the repository README.',
            default: '',
        },
        {
            name: 'signatures',
            description: 'What carries a keyless cosign signature, so the notes print its `cosign verify`: `images`, `charts` (comma-separated); default none.',
            default: '',
        },
        {
            name: 'attestations',
            description: 'What has a GitHub build-provenance attestation, so the notes print its `gh attestation verify`: `images`, `archives`, `checksums`; default none.',
            default: '',
        },
        {
            name: 'signer-workflows',
            description: "OWNER/REPO@REF of the workflows that sign and attest (release-images.yml, release-charts.yml, release-cli.yml), as in `uses:`, e.g. the release-kit pack's `OWNER/release-kit@v1`; default: this repository at the tag.",
            default: '',
        },
        {
            name: 'certificate-identity-regexp',
            description: 'An anchored pattern for the image signer identity in the cosign command, instead of the exact release-images.yml identity of signer-workflows.',
            default: '',
        },
        {
            name: 'registry',
            description: '`publish`: the registry host registry-username and registry-password are for; other registries the notes name are read anonymously.',
            default: verify_release.DEFAULT_REGISTRY,
        },
        {
            name: 'registry-username',
            description: '`publish`: registry user for checking the images and charts the notes name on `registry` (ghcr.io: github.actor).',
            default: '',
        },
        {
            name: 'registry-password',
            description: '`publish`: registry password or token (ghcr.io: GITHUB_TOKEN with packages: read); masked.',
            default: '',
        },
        {
            name: 'plain-http',
            description: '`publish`: talk http:// to the registries (loopback test registries only).',
            default: 'false',
        },
        {
            name: 'trusted-root',
            description: '`publish`: a Sigstore trusted_root.json (path in the workspace) for checking signatures and attestations; default: the public-good root via TUF.',
            default: '',
        },
        {
            name: 'supersedes',
            description: 'The tag (or version) of an earlier, bad release that this one replaces: the notes open with a line naming it; mode `supersede` also marks it. Default version in mode `supersede`: its next patch.',
            default: '',
        },
        {
            name: 'supersede-reason',
            description: 'With `supersedes`: one line saying why the earlier release must not be used.',
            default: '',
        },
    ],
    outputs: [
        { name: 'version', description: 'The version, without v.' },
        { name: 'tag', description: 'The release tag.' },
        { name: 'prerelease', description: '`true` for a SemVer prerelease.' },
        { name: 'body', description: 'The rendered release body (`notes`, `release`).' },
        { name: 'body-file', description: 'The file holding the body.' },
        { name: 'release-id', description: 'The GitHub release id (`release`, `publish`).' },
        { name: 'release-url', description: 'The release page.' },
        { name: 'upload-url', description: 'The release upload URL template.' },
        { name: 'superseded-release-id', description: 'The GitHub release id of the superseded release (`supersede`).' },
        { name: 'state', description: '`prepared`, `created`, `updated`, `published` or `unchanged`.' },
    ],
    async run(context) {
        const settings = parseSettings(context.inputs, context);
        if (settings.chartReleaseNotes && settings.mode !== 'prepare') {
            context.log.info(`chart-release-notes is applied by mode prepare (the Chart.yaml edit is committed with the changelog); ignored in mode ${settings.mode}`);
        }
        // The one lazy boundary: changelog rendering and the GitHub client load only once the inputs are valid.
        const { runMode } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(6), __webpack_require__.e(644), __webpack_require__.e(868), __webpack_require__.e(847), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 99887));
        return runMode(settings, context);
    },
};
/**
 * The CLI form `release-kit changelog <mode> [version]`: the mode and version as positionals, the
 * other inputs as flags.
 */
function cliInputs(flags, positionals) {
    const [mode, ...version] = positionals;
    // Extra words end up in `version`, whose check then names them.
    return { ...flags, ...(mode ? { mode } : {}), ...(version.length ? { version: version.join(' ') } : {}) };
}
const CLI_USAGE = 'release-kit changelog <prepare|notes|release|publish|supersede> [VERSION] [--input value …]; supersede: release-kit changelog supersede [VERSION] --supersedes vX.Y.Z --supersede-reason "why"';


/***/ }),

/***/ 84194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ renderNotes),
/* harmony export */   fS: () => (/* binding */ RELEASE_BODY_LIMIT),
/* harmony export */   m_: () => (/* binding */ placeholderValues),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   vE: () => (/* binding */ capBody)
/* harmony export */ });
/* unused harmony exports SIGNING_WORKFLOWS, PLACEHOLDERS, BUILT_IN_TEMPLATE, defaultExperimentalNotice, signerIdentity */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
/* harmony import */ var _signing_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73556);
/* harmony import */ var _changelog_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14834);
// Render a release body in the seed outline (Summary … Changelog) from a changelog section and inputs.
// It claims only what its inputs say exists: commands for signatures and attestations appear only
// when `claims` names them, and every name and digest comes from the inputs (releases/notes-inputs.ts).




/** GitHub refuses release bodies longer than this many characters. */
const RELEASE_BODY_LIMIT = 125_000;
/** The workflow file that signs or attests each kind (the pack's reusable workflows). */
const SIGNING_WORKFLOWS = {
    images: 'release-images.yml',
    charts: 'release-charts.yml',
    archives: 'release-cli.yml',
    checksums: 'release-cli.yml',
};
/**
 * The placeholders a template may use, with what each holds. Documented in the action's README;
 * any other `{{…}}` in a template is an error.
 */
const PLACEHOLDERS = {
    version: 'the version, without `v` (0.2.0)',
    tag: 'the release tag (v0.2.0)',
    repository: 'OWNER/REPO',
    date: 'the date of the changelog section (YYYY-MM-DD), or empty',
    experimental_notice: 'the 0.x experimental sentence (empty from 1.0.0 on)',
    summary: 'the `summary` input, else the text before the first ### in the section, else a count of the changes',
    breaking_changes: 'the breaking changes as a list, or "None."',
    upgrade_notes: 'the `upgrade-notes` input, or a default sentence',
    images: 'a table of the images and their digests',
    charts: 'a table of the Helm charts, their versions and digests',
    verification: 'the `release-kit verify-release` command, then the helm, sha256sum and (for what is signed or attested) cosign and gh attestation commands',
    known_limitations: 'the `known-limitations` input, or "None known."',
    changelog: 'the changelog section as written (its ### Breaking Changes subsection moves up)',
    changelog_url: 'link to the full changelog at the tag',
    install_docs_url: 'link to the installation docs',
    links: 'one line linking the full changelog and the installation docs',
};
/** The built-in template: the seed outline. */
const BUILT_IN_TEMPLATE = [
    '## Summary',
    '',
    '{{experimental_notice}}',
    '',
    '{{summary}}',
    '',
    '## Breaking Changes',
    '',
    '{{breaking_changes}}',
    '',
    '## Upgrade Notes',
    '',
    '{{upgrade_notes}}',
    '',
    '## Images',
    '',
    '{{images}}',
    '',
    '## Charts',
    '',
    '{{charts}}',
    '',
    '## Verification',
    '',
    '{{verification}}',
    '',
    '## Known Limitations',
    '',
    '{{known_limitations}}',
    '',
    '## Changelog',
    '',
    '{{changelog}}',
    '',
    '{{links}}',
    '',
].join('\n');
/** The default 0.x sentence, naming the v1alpha1 APIs. */
function defaultExperimentalNotice(repo, version) {
    return `**Experimental:** ${repo} ${version} is a 0.x release. Its \`v1alpha1\` APIs may change incompatibly in any minor release without a deprecation period; do not rely on them in production yet.`;
}
/** Every placeholder's value for this release. */
function placeholderValues(ctx) {
    const { section } = ctx;
    const zeroMajor = semver__WEBPACK_IMPORTED_MODULE_0___default().major(ctx.version) === 0;
    const notice = zeroMajor
        ? quote((ctx.experimentalNotice ?? '').trim() || defaultExperimentalNotice(ctx.repo, ctx.version))
        : '';
    const breaking = (0,_changelog_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .breakingEntries */ .us)(section);
    const preamble = section.preamble;
    const summaryInput = ctx.summary?.trim();
    const summary = [
        summaryInput || preamble || countSummary(ctx),
        section.yanked ? `**This version was yanked:** do not use it; see the changelog for the replacement.` : '',
    ]
        .filter(Boolean)
        .join('\n\n');
    const links = `Full changelog: [CHANGELOG.md](${ctx.changelogUrl}) · Installation: [docs](${ctx.installDocsUrl})`;
    return {
        version: ctx.version,
        tag: ctx.tag,
        repository: `${ctx.owner}/${ctx.repo}`,
        date: section.date ?? '',
        experimental_notice: notice,
        summary,
        breaking_changes: breaking.length
            ? breaking
                .map((e) => `- ${indentContinuation(e.text.replace(/^(?:\*\*breaking(?: change)?:?\*\*:?|breaking(?: change)?:)\s*/i, ''))}`)
                .join('\n')
            : 'None.',
        upgrade_notes: ctx.upgradeNotes?.trim() ||
            (breaking.length
                ? 'Read the breaking changes above before upgrading.'
                : `No special steps: upgrade to ${ctx.tag} in place.`),
        images: imagesTable(ctx.images),
        charts: chartsTable(ctx.charts),
        verification: verification(ctx),
        known_limitations: ctx.knownLimitations?.trim() || 'None known.',
        changelog: changelogText(ctx, Boolean(!summaryInput && preamble)),
        changelog_url: ctx.changelogUrl,
        install_docs_url: ctx.installDocsUrl,
        links,
    };
}
/** Render with the built-in template, or a user template (`templateFile` names it in errors). */
function renderNotes(ctx, template) {
    return fillTemplate(template?.text ?? BUILT_IN_TEMPLATE, placeholderValues(ctx), template?.file ?? 'built-in template');
}
/**
 * Replace `{{ name }}` placeholders. An unknown name is a UserError with file and line, so a typo
 * never ships as literal braces. A placeholder alone on its line with an empty value takes the
 * line (and one blank line after it) away, so optional parts leave no gaps.
 */
function fillTemplate(template, values, file) {
    const text = template.replace(/\r\n?/g, '\n');
    const placeholder = /\{\{([^{}]*)\}\}/g;
    for (const match of text.matchAll(placeholder)) {
        const name = match[1].trim();
        if (!Object.hasOwn(values, name)) {
            const line = text.slice(0, match.index).split('\n').length;
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file}:${line}: unknown placeholder ${JSON.stringify(match[0])}; expected one of ${Object.keys(values)
                .map((k) => `{{${k}}}`)
                .join(', ')}`, {
                input: 'template',
                value: match[0],
                valid: Object.keys(values).join(', '),
                location: { file, line },
            });
        }
    }
    const lines = text.split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const alone = /^\s*\{\{([^{}]*)\}\}\s*$/.exec(lines[i]);
        if (alone && values[alone[1].trim()] === '') {
            if (lines[i + 1]?.trim() === '')
                i++;
            continue;
        }
        // A function replacement, so `$&` and friends in values stay literal.
        out.push(lines[i].replace(placeholder, (_m, name) => values[name.trim()]));
    }
    return out.join('\n').replace(/\s+$/, '') + '\n';
}
/**
 * Cut the body to GitHub's limit, at a line boundary, closing an open code fence, and end it with a
 * link to the full changelog. Done before any API call, so a long changelog never fails a release.
 */
function capBody(body, changelogUrl, limit = RELEASE_BODY_LIMIT) {
    if (body.length <= limit)
        return { body, truncated: false };
    const notice = `\n\n---\n\n*These notes were cut to fit GitHub's ${limit.toLocaleString('en-US')}-character limit. Read the full changelog: ${changelogUrl}*\n`;
    const fence = '\n```';
    let kept = body.slice(0, Math.max(0, limit - notice.length - fence.length));
    const lastNewline = kept.lastIndexOf('\n');
    if (lastNewline > 0)
        kept = kept.slice(0, lastNewline);
    const fences = kept.split('\n').filter((line) => /^\s{0,3}(```|~~~)/.test(line)).length;
    if (fences % 2 === 1)
        kept += fence;
    return { body: kept + notice, truncated: true };
}
function countSummary(ctx) {
    const groups = ctx.section.groups.filter((g) => g.entries.length);
    const total = groups.reduce((n, g) => n + g.entries.length, 0);
    if (!total)
        return `${ctx.owner}/${ctx.repo} ${ctx.tag}.`;
    const counts = groups.map((g) => `${g.type}: ${g.entries.length}`).join(', ');
    return `${ctx.owner}/${ctx.repo} ${ctx.tag} has ${total} ${total === 1 ? 'change' : 'changes'} (${counts}).`;
}
function changelogText(ctx, preambleUsedAsSummary) {
    const parts = [];
    if (ctx.section.preamble && !preambleUsedAsSummary)
        parts.push(ctx.section.preamble);
    for (const group of ctx.section.groups) {
        if (group.type === _changelog_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .BREAKING_CHANGE_TYPE */ .I8 || !group.body)
            continue;
        parts.push(`### ${group.type}\n\n${group.body}`);
    }
    return parts.join('\n\n') || 'No changes listed.';
}
function imagesTable(images) {
    if (!images.length)
        return 'This release publishes no container images.';
    return [
        '| Image | Digest |',
        '| --- | --- |',
        ...images.map((i) => `| \`${i.repository}${i.tag ? `:${i.tag}` : ''}\` | \`${i.digest}\` |`),
    ].join('\n');
}
function chartsTable(charts) {
    if (!charts.length)
        return 'This release publishes no Helm charts.';
    return [
        '| Chart | Version | Digest |',
        '| --- | --- | --- |',
        ...charts.map((c) => `| \`${c.registry}/${c.name}\` | \`${c.version}\` | ${c.digest ? `\`${c.digest}\`` : '(not given)'} |`),
    ].join('\n');
}
/** The certificate identity (SAN) of a workflow run of `file` at the signer's ref. */
function signerIdentity(serverUrl, signer, file) {
    return `${serverUrl}/${signer.repository}/.github/workflows/${file}@${signer.ref}`;
}
/** `gh attestation verify --signer-workflow`: `[host/]OWNER/REPO/.github/workflows/FILE`. */
function signerWorkflowFlag(serverUrl, signer, file) {
    const host = new URL(serverUrl).host;
    return `${host === 'github.com' ? '' : `${host}/`}${signer.repository}/.github/workflows/${file}`;
}
/** The lines of one `cosign verify`, bound to the identity, the issuer and this repository. */
function cosignLines(subject, identity, repository) {
    return [
        `cosign verify ${subject} \\`,
        identity.regexp !== undefined
            ? `  --certificate-identity-regexp ${shellQuote(identity.regexp)} \\`
            : `  --certificate-identity ${identity.exact} \\`,
        `  --certificate-oidc-issuer ${_signing_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_ACTIONS_ISSUER */ .qQ} \\`,
        `  --certificate-github-workflow-repository ${repository}`,
    ];
}
function verification(ctx) {
    const repository = `${ctx.owner}/${ctx.repo}`;
    const { claims } = ctx;
    const signed = (kind) => claims.signatures.includes(kind);
    const attested = (kind) => claims.attestations.includes(kind);
    const identity = (kind) => signerIdentity(ctx.serverUrl, claims.signer, SIGNING_WORKFLOWS[kind]);
    const attestation = (subject, kind) => `gh attestation verify ${subject} --repo ${repository} --signer-workflow ${signerWorkflowFlag(ctx.serverUrl, claims.signer, SIGNING_WORKFLOWS[kind])}`;
    const parts = [];
    const paragraph = (...lines) => {
        if (parts.length)
            parts.push('');
        parts.push(...lines);
    };
    const { archives, checksumsFile } = ctx.cliAssets;
    if (!ctx.images.length && !ctx.charts.length && !archives.length && !checksumsFile)
        return 'This release has no images, charts or files to verify.';
    const what = [
        ctx.images.length && 'image digests',
        ctx.charts.length && 'charts',
        (archives.length || checksumsFile) && 'checksums',
        claims.signatures.length && 'signatures',
        claims.attestations.length && 'attestations',
    ].filter(Boolean);
    const pack = claims.signer.repository.toLowerCase() !== repository.toLowerCase();
    paragraph(`Check everything below (${what.join(', ')}) in one command with the release-kit CLI${pack ? ` ([${claims.signer.repository}](${ctx.serverUrl}/${claims.signer.repository}))` : ''}:`, '', '```sh', `release-kit verify-release ${ctx.tag} --repository ${repository}`, '```');
    if (ctx.images.length) {
        const imageIdentity = claims.imageIdentityRegexp
            ? { regexp: claims.imageIdentityRegexp }
            : { exact: identity('images') };
        const lines = ctx.images.flatMap((i) => [
            ...(signed('images') ? cosignLines(`${i.repository}@${i.digest}`, imageIdentity, repository) : []),
            ...(attested('images') ? [attestation(`oci://${i.repository}@${i.digest}`, 'images')] : []),
        ]);
        const signer = claims.imageIdentityRegexp
            ? `a workflow matching \`${claims.imageIdentityRegexp}\``
            : `\`${identity('images')}\``;
        if (!lines.length)
            paragraph('Pull each image by the digest in the table above.');
        else
            paragraph([
                signed('images') ? `Each image is signed keylessly by ${signer} in a run of ${repository}` : '',
                attested('images')
                    ? `${signed('images') ? ', and carries' : 'Each image carries'} a build-provenance attestation from that run`
                    : '',
                '; these commands check the signer, the repository and the digest:',
            ].join(''), '', '```sh', ...lines, '```');
    }
    if (ctx.charts.length) {
        paragraph('Install or upgrade each chart from its OCI registry:', '', '```sh', ...ctx.charts.map((c) => `helm upgrade --install ${c.name} ${c.registry}/${c.name} --version ${c.version}${c.namespace ? ` --namespace ${c.namespace} --create-namespace` : ''}`), '```');
        if (signed('charts'))
            paragraph(`Each chart is signed keylessly by \`${identity('charts')}\` in a run of ${repository}; \`helm pull\` prints the digest it fetched, which must be the one checked here:`, '', '```sh', ...ctx.charts.flatMap((c) => cosignLines(`${c.registry.replace(/^oci:\/\//, '')}/${c.name}@${c.digest}`, { exact: identity('charts') }, repository)), '```');
    }
    if (archives.length || checksumsFile) {
        const files = [...archives, ...(checksumsFile ? [checksumsFile] : [])];
        paragraph(checksumsFile ? 'The CLI archives and the checksums file that covers them:' : 'The CLI archives:', '', '| File |', '| --- |', ...files.map((f) => `| \`${f}\` |`), '', '```sh', `gh release download ${ctx.tag} --repo ${repository}`, ...(checksumsFile ? [`sha256sum --check --ignore-missing ${checksumsFile}`] : []), ...(attested('archives') ? archives.map((a) => attestation(a, 'archives')) : []), ...(attested('checksums') && checksumsFile ? [attestation(checksumsFile, 'checksums')] : []), '```');
    }
    return parts.join('\n');
}
/** Quote for POSIX sh: single quotes, with embedded ones closed and escaped. */
function shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
function quote(text) {
    return text
        .split('\n')
        .map((line) => `> ${line}`.trimEnd())
        .join('\n');
}
function indentContinuation(text) {
    return text.replace(/\n/g, '\n  ');
}


/***/ }),

/***/ 21339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ checkSupersession),
/* harmony export */   ev: () => (/* binding */ withSupersedesLine),
/* harmony export */   o$: () => (/* binding */ supersedeRelease),
/* harmony export */   o2: () => (/* binding */ supersededRelease),
/* harmony export */   pf: () => (/* binding */ keepSupersedesLine)
/* harmony export */ });
/* unused harmony exports supersededTag, supersededBanner, supersedesLine, withSupersededBanner, isSuperseded */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
/* harmony import */ var _notes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84194);
/* harmony import */ var _versions_semver_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6358);
// Superseding a bad release: a banner on the old release's notes, a line on the new one's, and "latest" kept off the old one.




/** A tag name as the `tag` input accepts it. */
const TAG_NAME = /^[A-Za-z0-9][A-Za-z0-9._/+-]*$/;
/** The reason is one line of the banner: short enough to read at a glance. */
const REASON_LIMIT = 300;
/**
 * The tag the `supersedes` input names: a tag as given (`v0.3.0`, `krt-v0.3.0`), or a bare version
 * (`0.3.0`) spelled in the new tag's series (`v0.3.1` → `v0.3.0`), as supersedingPatch keeps it.
 */
function supersededTag(input, newTag, newVersion) {
    const text = input.trim();
    if (!semver__WEBPACK_IMPORTED_MODULE_0___default().valid(text) || semver__WEBPACK_IMPORTED_MODULE_0___default().clean(text) !== text)
        return text;
    const prefix = newTag.includes(newVersion) ? newTag.slice(0, newTag.indexOf(newVersion)) : 'v';
    return `${prefix}${text}`;
}
/**
 * Check a supersession before anything is sent: the old tag is a release tag with a SemVer version,
 * not the new release itself, and lower than the new version (a release can only be replaced by a
 * later one; its superseding patch is the usual choice, so the message names it).
 */
function checkSupersession(input, reasonInput, newTag, newVersion) {
    const oldTag = supersededTag(input, newTag, newVersion);
    const oldVersion = TAG_NAME.test(oldTag) ? (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .versionOfTag */ .mx)(oldTag) : undefined;
    if (!oldVersion)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('supersedes', input, 'the tag of the release being superseded, such as v1.2.3 (or its version 1.2.3)');
    const patch = (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .supersedingPatch */ .KF)(oldTag);
    if (oldTag === newTag) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('supersedes', input, `an earlier release than ${newTag} itself (a release cannot supersede itself; ${oldTag} is superseded by a new release such as ${patch})`);
    }
    if (!semver__WEBPACK_IMPORTED_MODULE_0___default().lt(oldVersion, newVersion)) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('supersedes', input, `a release lower than ${newVersion}, the version being released (${oldTag} can only be superseded by a later version, such as its superseding patch ${patch})`);
    }
    const reason = (reasonInput ?? '').trim().replace(/[.\s]+$/, '');
    if (!reason || /[\r\n]/.test(reason) || reason.length > REASON_LIMIT) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('supersede-reason', reasonInput ?? '', `one line (at most ${REASON_LIMIT} characters) saying why ${oldTag} must not be used, e.g. "the arm64 image crashes on start"`);
    }
    return { oldTag, oldVersion, newTag, newVersion, reason };
}
/** The banner at the top of the old release's notes. */
function supersededBanner(s) {
    return `> [!WARNING]\n> Superseded by ${s.newTag}: ${s.reason}. Use ${s.newTag} instead.\n`;
}
/** The line at the top of the new release's notes. */
function supersedesLine(s) {
    return `> [!NOTE]\n> Supersedes ${s.oldTag}: ${s.reason}.\n`;
}
// Anchored at the start of the body: only a banner this code wrote at the top is ever replaced, so a
// quote the authors wrote further down stays theirs.
const BANNER_AT_TOP = /^> \[!WARNING\]\n> Superseded by [^\n]*\n(?:\n)?/;
/**
 * The old release's body with the banner on top: an earlier banner (another reason, or another
 * superseding release) is replaced, never stacked, so a rerun leaves the body as it is.
 */
function withSupersededBanner(body, s) {
    const text = (body ?? '').replace(/\r\n?/g, '\n');
    const rest = text.replace(BANNER_AT_TOP, '');
    return rest.trim() ? `${supersededBanner(s)}\n${rest}` : supersededBanner(s);
}
/** The new release's notes, opening with which release they supersede. */
function withSupersedesLine(body, s) {
    return `${supersedesLine(s)}\n${body}`;
}
// The line withSupersedesLine puts on top, and only there.
const SUPERSEDES_AT_TOP = /^> \[!NOTE\]\n> Supersedes [^\n]*\n(?:\n)?/;
/**
 * Re-rendered notes for a release whose current notes open with a "Supersedes" line: the line is
 * kept. A run without `supersedes` (the usual release job, after a supersede run) would otherwise
 * drop the one sentence that tells users which release this one replaces.
 */
function keepSupersedesLine(current, rendered) {
    if (SUPERSEDES_AT_TOP.test(rendered))
        return rendered;
    const line = SUPERSEDES_AT_TOP.exec((current ?? '').replace(/\r\n?/g, '\n'))?.[0];
    return line ? `${line.endsWith('\n\n') ? line : `${line}\n`}${rendered}` : rendered;
}
/** Whether a release's notes carry a superseded banner, i.e. it must not be offered as latest. */
function isSuperseded(release) {
    return BANNER_AT_TOP.test((release.body ?? '').replace(/\r\n?/g, '\n'));
}
/**
 * The published release being superseded; a UserError naming the input when there is none, or when
 * its notes leave no room for the banner under GitHub's body limit. Called before the first write, so
 * a supersession that cannot complete never starts (the new draft would be made, then the edit refused).
 */
function supersededRelease(options) {
    const { oldTag } = options.supersession;
    const forTag = options.releases.filter((release) => release.tag_name === oldTag);
    const published = forTag.find((release) => !release.draft);
    if (published) {
        checkBannerFits(published, options.supersession);
        return published;
    }
    const where = `${options.owner}/${options.repo}`;
    if (forTag.length) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('supersedes', oldTag, `a published release; ${oldTag} in ${where} is only a draft, which nobody has downloaded: delete the draft instead of superseding it`);
    }
    throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('supersedes', oldTag, `the tag of a published release in ${where}; there is no release for ${oldTag}`);
}
/** GitHub refuses a body over its limit: the old notes plus the banner must fit, or nothing is done. */
function checkBannerFits(old, supersession) {
    const body = withSupersededBanner(old.body, supersession);
    if (body.length <= _notes_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_BODY_LIMIT */ .fS)
        return;
    const notes = (old.body ?? '').length;
    const count = (n) => n.toLocaleString('en-US');
    throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('supersedes', old.tag_name, `a release whose notes leave room for the superseded banner: the notes of ${old.tag_name} are ${count(notes)} characters, and with the superseded banner (${count(body.length - notes)} more) they would pass GitHub's ${count(_notes_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_BODY_LIMIT */ .fS)}-character limit; shorten them by at least ${count(body.length - _notes_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASE_BODY_LIMIT */ .fS)} characters (edit the release on GitHub, or give a shorter supersede-reason), then rerun: nothing was changed`);
}
/**
 * Mark `old` as superseded and take "latest" away from it.
 *
 * The banner is a body edit, which GitHub allows on an immutable release (only its tag, target and
 * assets are locked). `make_latest: false` goes with the edit, but GitHub never leaves a repository
 * without a latest release on that alone: "latest" only moves when another release is made latest.
 * So when the old release is latest, the highest published stable release that is not superseded
 * itself takes over (the replacement once published, as publish's rule would choose it too); while
 * the replacement is still a draft and nothing else qualifies, the old release stays latest until
 * `publish` runs, and the result says so.
 */
async function supersedeRelease(client, options) {
    const { owner, repo, supersession, old } = options;
    const body = withSupersededBanner(old.body, supersession);
    const hadBanner = isSuperseded(old);
    let updated = old;
    if (body !== (old.body ?? '')) {
        updated = await patchRelease(client, owner, repo, old, {
            body,
            ...(old.prerelease ? {} : { make_latest: 'false' }),
        });
    }
    const banner = body === (old.body ?? '') ? 'unchanged' : hadBanner ? 'updated' : 'added';
    const latest = await moveLatestAway(client, options);
    return { old: updated, banner, latest };
}
async function moveLatestAway(client, options) {
    const { owner, repo, old, replacement } = options;
    let latestId;
    try {
        latestId = (await client.rest.repos.getLatestRelease({ owner, repo })).data.id;
    }
    catch (error) {
        if (error.status !== 404)
            throw error;
    }
    if (latestId !== old.id)
        return { state: 'unchanged' };
    // The listing holds the bodies as they were; the replacement is the freshest copy of itself.
    const candidates = options.releases
        .map((release) => (release.id === replacement.id ? replacement : release))
        .filter((release) => release.id !== old.id &&
        !release.draft &&
        !release.prerelease &&
        !isSuperseded(release) &&
        (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .versionOfTag */ .mx)(release.tag_name))
        .sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare((0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .versionOfTag */ .mx)(a.tag_name), (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .versionOfTag */ .mx)(b.tag_name)));
    // The rule publish applies (shouldBeLatest): the highest stable version, so a patch to an older line never wins.
    const next = candidates[0];
    if (!next) {
        const why = replacement.draft
            ? `${old.tag_name} stays latest until ${replacement.tag_name} is published (publish marks it latest)`
            : `${old.tag_name} stays latest: no other published stable release can take over`;
        return { state: 'kept', why };
    }
    const moved = await patchRelease(client, owner, repo, next, { make_latest: 'true' });
    return { state: 'moved', to: moved };
}
async function patchRelease(client, owner, repo, release, change) {
    // Allowed on an immutable release too: neither the tag, the target nor an asset changes.
    const { data } = await client.rest.repos.updateRelease({ owner, repo, release_id: release.id, ...change });
    return data;
}


/***/ }),

/***/ 73556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   R3: () => (/* binding */ defaultSourceRepository),
/* harmony export */   SH: () => (/* binding */ anchorPattern),
/* harmony export */   aK: () => (/* binding */ identityMatches),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
/* harmony export */   vh: () => (/* binding */ buildPolicy),
/* harmony export */   wy: () => (/* binding */ describePolicy)
/* harmony export */ });
/* unused harmony export githubWorkflowIdentity */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
// Who may have signed an image: a keyless identity (certificate SAN + OIDC issuer) or a public key.


/** The OIDC issuer of GitHub Actions' workload identity tokens (cosign's usual `--certificate-oidc-issuer`). */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** OWNER/REPO as GitHub allows them. */
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;
/**
 * Anchor a certificate-identity regexp so it must match the whole identity. cosign passes the pattern
 * to Go's regexp unanchored, so `https://github.com/acme/app/.*` also accepts `acme/app-evil`… and a
 * pattern without `^` accepts any prefix. A pattern that is already `^…$` (with no top-level `|`,
 * which would anchor only one branch) is kept; anything else becomes `^(?:…)$`.
 */
function anchorPattern(pattern) {
    let inner = pattern;
    const startsAnchored = inner.startsWith('^');
    const endsAnchored = /(^|[^\\])(\\\\)*\$$/.test(inner);
    if (startsAnchored && endsAnchored && !hasTopLevelAlternation(inner))
        return inner;
    if (startsAnchored)
        inner = inner.slice(1);
    if (endsAnchored)
        inner = inner.slice(0, -1);
    return `^(?:${inner})$`;
}
/** True when `|` appears outside any group or character class, i.e. it splits the whole pattern. */
function hasTopLevelAlternation(pattern) {
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            continue;
        }
        if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0)
            return true;
    }
    return false;
}
/** The keyless identity GitHub Actions gives a workflow run: `https://github.com/OWNER/REPO/.github/workflows/FILE@REF`. */
function githubWorkflowIdentity(options) {
    const server = (options.serverUrl || 'https://github.com').replace(/\/+$/, '');
    const workflow = options.workflow.replace(/^\/+/, '');
    const file = workflow.includes('/') ? workflow : `.github/workflows/${workflow}`;
    return `${server}/${options.repository}/${file}@${options.ref}`;
}
/** Does the certificate's SAN satisfy the matcher? */
function identityMatches(matcher, san) {
    if (san === undefined)
        return false;
    if (matcher.kind === 'exact')
        return san === matcher.value;
    return new RegExp(matcher.pattern, matcher.ignoreCase ? 'i' : '').test(san);
}
/** How the matcher reads in messages: the exact identity, or `/^(?:…)$/`. */
function describeIdentity(matcher) {
    return matcher.kind === 'exact' ? matcher.value : `/${matcher.pattern}/`;
}
/**
 * Turn the identity options into one policy, refusing ambiguous or incomplete combinations with a
 * message that names the inputs. Exactly one of: public-key, certificate-identity,
 * certificate-identity-regexp, workflow (+ ref + repository).
 */
function buildPolicy(options) {
    const chosen = [
        options.publicKeyPem !== undefined && 'public-key',
        options.certificateIdentity !== undefined && 'certificate-identity',
        options.certificateIdentityRegexp !== undefined && 'certificate-identity-regexp',
        options.workflow !== undefined && 'workflow',
    ].filter((x) => typeof x === 'string');
    const valid = 'exactly one of public-key, certificate-identity, certificate-identity-regexp or workflow';
    if (chosen.length === 0) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`no signer given: set ${valid}`, { input: 'certificate-identity', value: '', valid });
    }
    if (chosen.length > 1) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`inputs ${chosen.map((c) => `'${c}'`).join(' and ')} are both set: expected ${valid}`, {
            input: chosen[1],
            value: chosen.join(', '),
            valid,
        });
    }
    if (options.sourceRepository !== undefined) {
        if (!REPOSITORY.test(options.sourceRepository))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('source-repository', options.sourceRepository, 'OWNER/REPO, the repository whose run signed');
        if (options.publicKeyPem !== undefined)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('source-repository', options.sourceRepository, 'empty with public-key (a key carries no repository; source-repository binds keyless certificates)');
    }
    const sourceRepository = options.sourceRepository === undefined
        ? undefined
        : {
            repository: options.sourceRepository,
            serverUrl: (options.serverUrl || 'https://github.com').replace(/\/+$/, ''),
        };
    if (options.publicKeyPem !== undefined) {
        if (/PRIVATE KEY-----/.test(options.publicKeyPem)) {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('public-key', firstLine(options.publicKeyPem), 'a PEM public key, not a private key (never put a private key in a workflow)');
        }
        let publicKey;
        try {
            publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(options.publicKeyPem);
        }
        catch (error) {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('public-key', firstLine(options.publicKeyPem), `a PEM public key or the path of a file holding one (${error.message})`);
        }
        return {
            mode: 'key',
            publicKey,
            publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
            ignoreTlog: options.ignoreTlog ?? false,
        };
    }
    if (options.ignoreTlog) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("input 'ignore-tlog' is true, but keyless signatures always need their transparency-log proof: expected ignore-tlog false, or a public-key", { input: 'ignore-tlog', value: 'true', valid: 'false (keyless), or true with public-key' });
    }
    const issuer = options.certificateOidcIssuer ?? GITHUB_ACTIONS_ISSUER;
    if (!/^https?:\/\/\S+$/.test(issuer))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('certificate-oidc-issuer', issuer, 'an issuer URL such as https://token.actions.githubusercontent.com');
    if (options.certificateIdentity !== undefined) {
        return {
            mode: 'keyless',
            identity: { kind: 'exact', value: options.certificateIdentity },
            issuer,
            ...(sourceRepository ? { sourceRepository } : {}),
        };
    }
    if (options.certificateIdentityRegexp !== undefined) {
        const pattern = anchorPattern(options.certificateIdentityRegexp);
        try {
            new RegExp(pattern);
        }
        catch (error) {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('certificate-identity-regexp', options.certificateIdentityRegexp, `a valid regular expression (${error.message})`);
        }
        return {
            mode: 'keyless',
            identity: { kind: 'regexp', pattern, given: options.certificateIdentityRegexp },
            issuer,
            ...(sourceRepository ? { sourceRepository } : {}),
        };
    }
    const workflow = options.workflow;
    if (!/^[\w./-]+\.ya?ml$/.test(workflow) || workflow.includes('..')) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('workflow', workflow, 'a workflow file such as .github/workflows/release-images.yml');
    }
    if (!options.ref)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('ref', '', 'a git ref such as refs/tags/v0.1.0 (it defaults to GITHUB_REF, which is empty here)');
    if (!/^refs\/(tags|heads|pull)\/\S+$/.test(options.ref))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('ref', options.ref, 'a full git ref such as refs/tags/v0.1.0');
    if (!options.repository || !REPOSITORY.test(options.repository)) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('repository', options.repository ?? '', 'OWNER/REPO (it defaults to GITHUB_REPOSITORY)');
    }
    const value = githubWorkflowIdentity({
        repository: options.repository,
        workflow,
        ref: options.ref,
        serverUrl: options.serverUrl,
    });
    return {
        mode: 'keyless',
        identity: { kind: 'exact', value },
        issuer,
        ...(sourceRepository ? { sourceRepository } : {}),
    };
}
/**
 * The repository a GitHub Actions keyless signature must come from when the user names none: the
 * repository this runs in (GITHUB_REPOSITORY). That is the source repository both when the project's
 * own workflow signed and when a reusable workflow it called did (the identity is then the reusable
 * workflow's, e.g. the release-kit pack's, for every caller). Outside a run, the repository an exact
 * workflow identity names. Undefined for keys and other issuers (their certificates name
 * repositories their own way, if at all); an error when nothing says which repository it is.
 */
function defaultSourceRepository(options) {
    const keyless = options.certificateIdentity !== undefined ||
        options.certificateIdentityRegexp !== undefined ||
        options.workflow !== undefined;
    if (!keyless || options.publicKeyPem !== undefined)
        return undefined; // buildPolicy says what is missing
    if ((options.certificateOidcIssuer ?? GITHUB_ACTIONS_ISSUER) !== GITHUB_ACTIONS_ISSUER)
        return undefined;
    if (options.callingRepository)
        return options.callingRepository;
    if (options.workflow !== undefined && options.repository)
        return options.repository;
    const server = (options.serverUrl || 'https://github.com').replace(/\/+$/, '');
    const named = options.certificateIdentity !== undefined && options.certificateIdentity.startsWith(`${server}/`)
        ? /^([^/]+\/[^/]+)\/\.github\/workflows\//.exec(options.certificateIdentity.slice(server.length + 1))?.[1]
        : undefined;
    if (named)
        return named;
    throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('source-repository', '', 'OWNER/REPO of the repository whose run signed (there is no GITHUB_REPOSITORY to default to, and the identity names no repository)');
}
/** One-line description of a policy for logs and the summary. */
function describePolicy(policy) {
    if (policy.mode === 'key')
        return `public key${policy.ignoreTlog ? ' (transparency log not required)' : ''}`;
    return `identity ${describeIdentity(policy.identity)} from issuer ${policy.issuer}${policy.sourceRepository ? ` for repository ${policy.sourceRepository.repository}` : ''}`;
}
function firstLine(text) {
    return (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(text.split(/\r?\n/)[0], 60).slice(1, -1);
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


/***/ })

};

//# sourceMappingURL=259.index.js.map