export const id = 272;
export const ids = [272,123];
export const modules = {

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


/***/ }),

/***/ 74272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CLI_USAGE: () => (/* binding */ CLI_USAGE),
  cliInputs: () => (/* binding */ cliInputs),
  operation: () => (/* binding */ operation)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 53 modules
var lib = __webpack_require__(83825);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
;// CONCATENATED MODULE: ./packages/release-kit/src/changelog/parse.ts
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
    const tree = (0,lib/* fromMarkdown */.Y)(text);
    const nodes = tree.children;
    const definitions = [];
    for (const node of nodes) {
        if (node.type === 'definition') {
            const span = spanOf(node);
            const raw = text.slice(span.start, span.end);
            definitions.push({ label: /^\s*\[([^\]]*)\]/.exec(raw)?.[1] ?? node.label ?? node.identifier, url: node.url, line: lineOf(node), span });
        }
    }
    // Link references after the last section belong to the file, not to the last release.
    let tailStart = text.length;
    for (let i = nodes.length - 1; i >= 0 && nodes[i].type === 'definition'; i--)
        tailStart = spanOf(nodes[i]).start;
    const h2 = nodes.map((node, index) => ({ node, index })).filter((x) => x.node.type === 'heading' && x.node.depth === 2);
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
                throw new errors/* UserError */.yo(`${file}:${line}: a second "Unreleased" section (the first is at line ${unreleased.line}); keep one`, { value: headingText, location: where });
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
            throw new errors/* UserError */.yo(`${file}:${line}: heading ${JSON.stringify(`## ${headingText}`)} is not a release heading; expected "## [Unreleased]", "## [1.2.3] - YYYY-MM-DD" or "## 1.2.3 - YYYY-MM-DD"`, { value: headingText, valid: '## [X.Y.Z] - YYYY-MM-DD', location: where });
        }
        const versionText = r[2];
        const version = semver_default().valid(versionText.replace(/^v/i, ''));
        if (!version) {
            throw new errors/* UserError */.yo(`${file}:${line}: ${JSON.stringify(versionText)} is not a SemVer version; expected X.Y.Z or X.Y.Z-pre`, { value: versionText, location: where });
        }
        const previous = seen.get(version);
        if (previous !== undefined) {
            throw new errors/* UserError */.yo(`${file}:${line}: version ${versionText} is listed twice (also at line ${previous}); keep one section per version`, {
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
    const bracketed = unreleased ? unreleased.bracketed : sections.length ? sections.filter((s) => s.bracketed).length * 2 > sections.length : true;
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
/** Find a release by version (`1.2.3` or `v1.2.3`). */
function findSection(changelog, version) {
    const wanted = semver_default().valid(version.replace(/^v/i, ''));
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
            throw new errors/* UserError */.yo(`${file}:${line}: unknown change type ${JSON.stringify(`### ${name}`)}; expected one of ${valid} (add more with the input 'extra-change-types')`, {
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
    const body = [lines[0], ...lines.slice(1).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()))].join('\n').trim();
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

;// CONCATENATED MODULE: ./packages/release-kit/src/changelog/prepare.ts
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
    const version = semver_default().valid(options.version.replace(/^v/i, ''));
    if (!version)
        throw (0,errors/* invalidInput */.aY)('version', options.version, 'a SemVer version such as 1.2.3 or 1.2.3-rc.1');
    if (!isCalendarDate(options.date))
        throw (0,errors/* invalidInput */.aY)('date', options.date, 'a date as YYYY-MM-DD');
    const changelog = parseChangelog(text, options);
    const unreleased = changelog.unreleased;
    const existing = findSection(changelog, version);
    if (existing) {
        const nothingUnreleased = !unreleased || isEmptySection(changelog, unreleased);
        const sameDay = existing.date === options.date;
        const preparedEarlier = options.dateDefaulted === true && existing.date !== undefined && existing === changelog.releases[0];
        if (nothingUnreleased && (sameDay || preparedEarlier)) {
            return { state: 'unchanged', text, version, heading: changelog.text.slice(existing.heading.start, existing.heading.end), linksUpdated: false };
        }
        throw new errors/* UserError */.yo(`${file}:${existing.line}: version ${existing.versionText} already exists${existing.date ? ` (dated ${existing.date})` : ''}; choose a new version or remove that section`, { input: 'version', value: options.version, location: { file, line: existing.line } });
    }
    if (!unreleased) {
        throw new errors/* UserError */.yo(`${file}: there is no "## Unreleased" section to prepare ${version} from; add one above the releases`, { value: file, location: { file } });
    }
    if (!options.allowEmpty && isEmptySection(changelog, unreleased)) {
        throw new errors/* UserError */.yo(`${file}:${unreleased.line}: the Unreleased section is empty, so ${version} would have no notes; add entries or set input 'allow-empty' to true`, {
            input: 'allow-empty',
            value: 'false',
            valid: 'true to release without entries',
            location: { file, line: unreleased.line },
        });
    }
    const usesV = changelog.releases.length ? changelog.vPrefix : /^v/i.test(options.version);
    const versionText = `${usesV ? 'v' : ''}${version}`;
    const heading = changelog.style === 'keep-a-changelog' ? `## [${versionText}] - ${options.date}` : `## ${versionText} - ${options.date}`;
    const eol = changelog.eol;
    const unreleasedHeading = text.slice(unreleased.heading.start, unreleased.heading.end);
    const splices = [{ start: unreleased.heading.start, end: unreleased.heading.end, text: `${unreleasedHeading}${eol}${eol}${heading}` }];
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
    const section = findSection(changelog, version);
    if (section)
        return section;
    const known = changelog.releases.map((s) => s.versionText).slice(0, 10);
    const hint = changelog.unreleased && !isEmptySection(changelog, changelog.unreleased) ? '; run mode prepare first to move the Unreleased entries under it' : '';
    throw new errors/* UserError */.yo(`${file}: no section for version ${version}${known.length ? ` (found ${known.join(', ')})` : ''}${hint}`, {
        input: 'version',
        value: version,
        valid: known.join(', '),
        location: { file },
    });
}

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/signing/policy.ts
var policy = __webpack_require__(73556);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/reference.ts
var reference = __webpack_require__(84123);
;// CONCATENATED MODULE: ./packages/release-kit/src/releases/notes.ts
// Render a release body in the seed outline (Summary … Changelog) from a changelog section and inputs.





/** GitHub refuses release bodies longer than this many characters. */
const RELEASE_BODY_LIMIT = 125_000;
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
    verification: 'the cosign, helm, sha256sum and gh attestation commands for this release',
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
    const zeroMajor = semver_default().major(ctx.version) === 0;
    const notice = zeroMajor ? quote((ctx.experimentalNotice ?? '').trim() || defaultExperimentalNotice(ctx.repo, ctx.version)) : '';
    const breaking = breakingEntries(section);
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
        breaking_changes: breaking.length ? breaking.map((e) => `- ${indentContinuation(e.text.replace(/^(?:\*\*breaking(?: change)?:?\*\*:?|breaking(?: change)?:)\s*/i, ''))}`).join('\n') : 'None.',
        upgrade_notes: ctx.upgradeNotes?.trim() ||
            (breaking.length ? 'Read the breaking changes above before upgrading.' : `No special steps: upgrade to ${ctx.tag} in place.`),
        images: imagesTable(ctx.images),
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
            throw new errors/* UserError */.yo(`${file}:${line}: unknown placeholder ${JSON.stringify(match[0])}; expected one of ${Object.keys(values).map((k) => `{{${k}}}`).join(', ')}`, {
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
        if (group.type === BREAKING_CHANGE_TYPE || !group.body)
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
function verification(ctx) {
    const repository = `${ctx.owner}/${ctx.repo}`;
    const parts = [];
    if (ctx.images.length) {
        const identity = ctx.certificateIdentityRegexp ?? defaultIdentityRegexp(ctx.serverUrl, ctx.owner, ctx.repo, ctx.tag);
        parts.push('Images are signed keylessly by the images workflow of this repository. Verify the signature and the build provenance:', '', '```sh', ...ctx.images.flatMap((i) => [
            `cosign verify ${i.repository}@${i.digest} \\`,
            `  --certificate-identity-regexp ${shellQuote(identity)} \\`,
            `  --certificate-oidc-issuer ${policy/* GITHUB_ACTIONS_ISSUER */.qQ}`,
            `gh attestation verify oci://${i.repository}@${i.digest} --repo ${repository}`,
        ]), '```');
    }
    if (ctx.charts.length) {
        if (parts.length)
            parts.push('');
        parts.push('Install or upgrade the chart from its OCI registry:', '', '```sh', ...ctx.charts.map((c) => `helm upgrade --install ${c.name} ${c.registry}/${c.name} --version ${c.version}`), '```');
    }
    const checksums = ctx.cliAssets.checksumsFile;
    if (ctx.cliAssets.archives.length || checksums) {
        if (parts.length)
            parts.push('');
        parts.push('Download the CLI archives, then check them against the checksums file and their build provenance:', '', '```sh', `gh release download ${ctx.tag} --repo ${repository}`, ...(checksums ? [`sha256sum --check --ignore-missing ${checksums}`] : []), ...ctx.cliAssets.archives.map((a) => `gh attestation verify ${a} --repo ${repository}`), '```');
    }
    return parts.length ? parts.join('\n') : 'This release has no signed images, charts or archives to verify.';
}
/** The workflow file that builds and signs the images (the seed's `.github/workflows/release-images.yml`). */
const IMAGES_WORKFLOW = 'release-images.yml';
/**
 * The identity cosign must see in the certificate: the images workflow of this repository running
 * for this tag, and no other workflow (any workflow of the repository could otherwise vouch for an
 * image). Anchored at both ends, because cosign matches the regexp anywhere in the identity.
 */
function defaultIdentityRegexp(serverUrl, owner, repo, tag, workflow = IMAGES_WORKFLOW) {
    return `^${escapeRegExp(`${serverUrl}/${owner}/${repo}/.github/workflows/${workflow}@refs/tags/${tag}`)}$`;
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
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, (c) => (c === '/' ? '/' : `\\${c}`));
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
/**
 * Parse the `images` input: a JSON array (strings or objects with repository/name/image/ref and
 * digest), a JSON object (name → reference), or one `registry/repo[:tag]@sha256:…` per line.
 * Every image needs a digest: a tag alone can move.
 */
function parseImages(raw, input = 'images') {
    const text = raw.trim();
    if (!text)
        return [];
    const items = structured(text, input) ?? text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const single = !Array.isArray(items) && typeof items === 'object' && 'digest' in items;
    const list = Array.isArray(items) ? items : single ? [items] : Object.values(items);
    return list.map((item) => {
        if (typeof item === 'string')
            return imageFromString(item, input);
        if (item && typeof item === 'object') {
            const o = item;
            const ref = firstString(o, ['reference', 'ref', 'image', 'repository', 'name']);
            const digest = firstString(o, ['digest']);
            if (ref && digest) {
                const parsed = ref.includes('@') ? imageFromString(ref, input) : imageFromString(`${ref}@${digest}`, input);
                const tag = firstString(o, ['tag']) ?? parsed.tag;
                return { ...parsed, ...(tag ? { tag } : {}) };
            }
            if (ref)
                return imageFromString(ref, input);
        }
        throw (0,errors/* invalidInput */.aY)(input, item, 'image references with digests, e.g. ghcr.io/OWNER/NAME:TAG@sha256:<64 hex>');
    });
}
function imageFromString(text, input) {
    const at = text.lastIndexOf('@');
    const digest = at >= 0 ? text.slice(at + 1) : '';
    if (at < 0 || !(0,reference/* isSha256Digest */.q9)(digest)) {
        throw (0,errors/* invalidInput */.aY)(input, text, 'an image reference with a digest, e.g. ghcr.io/OWNER/NAME:TAG@sha256:<64 hex>');
    }
    const name = text.slice(0, at).replace(/^docker:\/\//, '');
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    const hasTag = colon > slash;
    const repository = hasTag ? name.slice(0, colon) : name;
    if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+$/.test(repository)) {
        throw (0,errors/* invalidInput */.aY)(input, text, 'an image reference with a digest, e.g. ghcr.io/OWNER/NAME:TAG@sha256:<64 hex>');
    }
    return { repository, ...(hasTag ? { tag: name.slice(colon + 1) } : {}), digest };
}
/**
 * Parse the `charts` input: one `oci://REGISTRY/PATH/NAME:VERSION` (optionally `@sha256:…`) per
 * line, or JSON (strings like that, or objects with reference/registry, name, version).
 * An OCI tag spells SemVer's `+` as `_`; it is turned back for `helm --version`.
 */
function parseCharts(raw, input = 'charts') {
    const text = raw.trim();
    if (!text)
        return [];
    const items = structured(text, input) ?? text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const list = Array.isArray(items) ? items : [items];
    const valid = 'chart references such as oci://ghcr.io/OWNER/charts/NAME:1.2.3';
    return list.map((item) => {
        let ref;
        let version;
        let digest;
        let name;
        if (typeof item === 'string')
            ref = item;
        else if (item && typeof item === 'object') {
            const o = item;
            ref = firstString(o, ['reference', 'ref', 'chart', 'registry', 'repository']);
            version = firstString(o, ['version']);
            digest = firstString(o, ['digest']);
            name = firstString(o, ['name']);
        }
        if (!ref || !ref.startsWith('oci://'))
            throw (0,errors/* invalidInput */.aY)(input, item, valid);
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
        if (version && !semver_default().valid(version) && semver_default().valid(version.replace(/_/g, '+')))
            version = version.replace(/_/g, '+');
        if (!version || !semver_default().valid(version) || !chartName || registry.length <= 'oci://'.length)
            throw (0,errors/* invalidInput */.aY)(input, item, valid);
        if (digest && !(0,reference/* isSha256Digest */.q9)(digest))
            throw (0,errors/* invalidInput */.aY)(input, item, `${valid} (a digest must be sha256:<64 hex>)`);
        return { registry, name: chartName, version, ...(digest ? { digest } : {}) };
    });
}
/**
 * Parse the `cli-assets` input: file names (one per line, or a JSON array of names or of objects
 * with `name`). The one ending in `checksums.txt` is the checksums file; signatures and
 * certificates are left out of the attestation commands.
 */
function parseCliAssets(raw, input = 'cli-assets') {
    const text = raw.trim();
    if (!text)
        return { archives: [] };
    const items = structured(text, input) ?? text.split(/\r?\n|,/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const list = Array.isArray(items) ? items : [items];
    const names = list.map((item) => {
        const name = typeof item === 'string' ? item : item && typeof item === 'object' ? firstString(item, ['name', 'path', 'file']) : undefined;
        if (!name || /[\s/\\]/.test(name.replace(/^.*\//, '')) || name.includes('..'))
            throw (0,errors/* invalidInput */.aY)(input, item, 'asset file names such as NAME_v1.2.3_linux_amd64.tar.gz');
        return name.replace(/^.*\//, '');
    });
    const checksumsFile = names.find((n) => /checksums\.txt$/i.test(n));
    const archives = names.filter((n) => n !== checksumsFile && !/\.(sig|pem|crt|sigstore(\.json)?|intoto\.jsonl|sbom\.json|spdx\.json)$/i.test(n));
    return { archives, ...(checksumsFile ? { checksumsFile } : {}) };
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

// EXTERNAL MODULE: ./packages/release-kit/src/runtime/context.ts
var runtime_context = __webpack_require__(34076);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/semver.ts
var versions_semver = __webpack_require__(6358);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/release-notes-from-changelog.ts
// release-notes-from-changelog: prepare CHANGELOG.md, render release notes, draft the release, publish it last.










const MODES = ['prepare', 'notes', 'release', 'publish'];
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
    const versionInput = inputs.optional('version');
    if (!versionInput && !refTag) {
        throw (0,errors/* invalidInput */.aY)('version', '', 'a version such as 1.2.3, or a run on a tag push (GITHUB_REF=refs/tags/v1.2.3)');
    }
    const version = versionInput ? (0,versions_semver/* versionOfInput */.W3)(versionInput) : refVersion;
    if (!version) {
        throw (0,errors/* invalidInput */.aY)(versionInput ? 'version' : 'GITHUB_REF', versionInput ?? refTag, 'a SemVer version such as 1.2.3 or 1.2.3-rc.1 (a v prefix is fine)');
    }
    const tagInput = inputs.optional('tag');
    if (tagInput !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._/+-]*$/.test(tagInput))
        throw (0,errors/* invalidInput */.aY)('tag', tagInput, 'a git tag name such as v1.2.3');
    // The pushed tag names the release whenever it is this version's tag (even spelled `chart-v1.2.3`).
    const tag = tagInput ?? (refTag && (!versionInput || refVersion === version) ? refTag : `v${version}`);
    const repositoryText = inputs.optional('repository') ?? context.runner.repository;
    const repository = repositoryText ? (0,runtime_context/* splitRepository */.T8)(repositoryText, 'repository') : undefined;
    if (!repository && mode !== 'prepare') {
        throw (0,errors/* invalidInput */.aY)('repository', '', 'OWNER/REPO (set the input or GITHUB_REPOSITORY)');
    }
    if ((mode === 'release' || mode === 'publish') && !token) {
        throw (0,errors/* invalidInput */.aY)('token', '', 'a GitHub token with contents: write (the default is github.token)');
    }
    const extraTypes = inputs.lines('extra-change-types', { commas: true });
    for (const type of extraTypes) {
        if (!/^[A-Za-z][A-Za-z0-9 &/-]{0,40}$/.test(type))
            throw (0,errors/* invalidInput */.aY)('extra-change-types', type, 'change type names such as Performance, one per line');
    }
    const identity = inputs.optional('certificate-identity-regexp');
    const installDocsUrl = inputs.optional('install-docs-url');
    if (installDocsUrl !== undefined && !/^https?:\/\/\S+$/.test(installDocsUrl))
        throw (0,errors/* invalidInput */.aY)('install-docs-url', installDocsUrl, 'an http(s) URL');
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
        date: inputs.optional('date') ?? todayUtc(),
        dateDefaulted: inputs.optional('date') === undefined,
        allowEmpty: inputs.boolean('allow-empty'),
        extraTypes,
        token,
        owner: repository?.owner,
        repo: repository?.repo,
        summary: inputs.optional('summary'),
        upgradeNotes: inputs.optional('upgrade-notes'),
        knownLimitations: inputs.optional('known-limitations'),
        images: parseImages(inputs.string('images')),
        charts: parseCharts(inputs.string('charts')),
        cliAssets: parseCliAssets(inputs.string('cli-assets')),
        experimentalNotice: inputs.optional('experimental-notice'),
        templatePath: optionalPath('template'),
        bodyFile: optionalPath('body-file'),
        requireAssets: inputs.lines('require-assets', { commas: true }),
        chartReleaseNotes: optionalPath('chart-release-notes'),
        chart: optionalPath('chart'),
        name: inputs.optional('name'),
        // Where GitHub creates the tag if it does not exist yet: this run's commit, not the default branch.
        targetCommitish: inputs.optional('target-commitish') ?? (/^[0-9a-f]{40}$/.test(context.runner.sha) && !/^0+$/.test(context.runner.sha) ? context.runner.sha : undefined),
        installDocsUrl,
        identityRegexp: identity === undefined ? undefined : checkIdentityRegexp(identity),
    };
}
async function readInput(workspace, relative, input, what) {
    const absolute = await (0,fs/* resolveInside */.LI)(workspace, relative, input);
    try {
        return { absolute, text: await (0,promises_.readFile)(absolute, 'utf8') };
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
            throw (0,errors/* invalidInput */.aY)(input, relative, `an existing ${what} inside the workspace`);
        throw error;
    }
}
function commonOutputs(settings) {
    return { version: settings.version, tag: settings.tag, prerelease: String(settings.prerelease) };
}
/** prepare: the changelog (and, when asked, the chart's release-notes annotation), written only when all checks pass. */
async function prepare(settings, context) {
    const workspace = context.runner.workspace;
    const changelogFile = await readInput(workspace, settings.changelogPath, 'changelog', 'changelog file');
    const result = prepareChangelog(changelogFile.text, {
        version: settings.version,
        date: settings.date,
        dateDefaulted: settings.dateDefaulted,
        allowEmpty: settings.allowEmpty,
        file: settings.changelogPath,
        extraTypes: settings.extraTypes,
    });
    let chartEdit;
    if (settings.chartReleaseNotes) {
        const notes = await readInput(workspace, settings.chartReleaseNotes, 'chart-release-notes', 'Markdown file');
        let chartPath = settings.chart ?? external_node_path_default().join(external_node_path_default().dirname(settings.chartReleaseNotes), 'Chart.yaml');
        if (!chartPath.endsWith('.yaml') && !chartPath.endsWith('.yml'))
            chartPath = external_node_path_default().join(chartPath, 'Chart.yaml');
        const chart = await readInput(workspace, chartPath, 'chart', 'Chart.yaml');
        // The yaml library is only needed here, so it is loaded here.
        const { injectChartReleaseNotes } = await Promise.all(/* import() */[__webpack_require__.e(196), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 81847));
        const injected = injectChartReleaseNotes(chart.text, notes.text, chartPath);
        chartEdit = { absolute: chart.absolute, text: injected.text, state: injected.state, file: chartPath };
    }
    // Every check has passed: now write.
    if (result.state === 'prepared')
        await (0,fs/* writeFileAtomic */.Zf)(changelogFile.absolute, result.text);
    if (chartEdit?.state === 'updated')
        await (0,fs/* writeFileAtomic */.Zf)(chartEdit.absolute, chartEdit.text);
    const changed = result.state === 'prepared' || chartEdit?.state === 'updated';
    const lines = [
        `### Changelog prepared for ${settings.tag}`,
        '',
        result.state === 'prepared'
            ? `- ${settings.changelogPath}: added \`${result.heading}\`${result.linksUpdated ? ' and updated the compare links' : ''}`
            : `- ${settings.changelogPath}: already prepared (\`${result.heading}\`)`,
    ];
    if (chartEdit)
        lines.push(`- ${chartEdit.file}: release-notes annotation ${chartEdit.state}`);
    context.log.info(lines.slice(2).join('\n'));
    return { outputs: { ...commonOutputs(settings), state: changed ? 'prepared' : 'unchanged' }, summary: `${lines.join('\n')}\n` };
}
/** notes: the changelog section in the seed outline, capped, written to the body file. */
async function notes(settings, context) {
    const { runner } = context;
    const workspace = runner.workspace;
    const changelogFile = await readInput(workspace, settings.changelogPath, 'changelog', 'changelog file');
    const changelog = parseChangelog(changelogFile.text, { file: settings.changelogPath, extraTypes: settings.extraTypes });
    const section = extractSection(changelog, settings.version, settings.changelogPath);
    const template = settings.templatePath ? await readInput(workspace, settings.templatePath, 'template', 'template file') : undefined;
    const owner = settings.owner;
    const repo = settings.repo;
    const changelogUrl = `${runner.serverUrl}/${owner}/${repo}/blob/${settings.tag}/${settings.changelogPath.split((external_node_path_default()).sep).join('/')}`;
    const ctx = {
        owner,
        repo,
        serverUrl: runner.serverUrl,
        tag: settings.tag,
        version: settings.version,
        changelog,
        section,
        changelogUrl,
        installDocsUrl: settings.installDocsUrl ?? `${runner.serverUrl}/${owner}/${repo}#readme`,
        summary: settings.summary,
        upgradeNotes: settings.upgradeNotes,
        knownLimitations: settings.knownLimitations,
        images: settings.images,
        charts: settings.charts,
        cliAssets: settings.cliAssets,
        experimentalNotice: settings.experimentalNotice,
        certificateIdentityRegexp: settings.identityRegexp,
    };
    const rendered = template ? fillTemplate(template.text, placeholderValues(ctx), settings.templatePath) : renderNotes(ctx);
    // The cap comes before any API call: GitHub would refuse the whole release otherwise.
    const capped = capBody(rendered, changelogUrl);
    if (capped.truncated)
        context.log.warning(`the release notes exceed 125,000 characters; cut to ${capped.body.length} with a link to the full changelog`);
    if (section.yanked)
        context.log.warning(`${settings.changelogPath}:${section.line}: version ${section.versionText} is marked [YANKED]`, { file: settings.changelogPath, line: section.line });
    const bodyFile = settings.bodyFile
        ? await (0,fs/* resolveInside */.LI)(workspace, settings.bodyFile, 'body-file')
        : external_node_path_default().join(runner.runnerTemp, `release-notes-${settings.tag.replace(/[^A-Za-z0-9._-]/g, '_')}.md`);
    await (0,fs/* writeFileAtomic */.Zf)(bodyFile, capped.body);
    return { body: capped.body, bodyFile, truncated: capped.truncated };
}
async function githubClient(settings, context) {
    // Loaded here, not at the top: prepare and notes never pay for octokit.
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(644), __webpack_require__.e(280)]).then(__webpack_require__.bind(__webpack_require__, 91899));
    const releases = await __webpack_require__.e(/* import() */ 526).then(__webpack_require__.bind(__webpack_require__, 62526));
    const client = createGitHubClient({ token: settings.token, baseUrl: context.runner.apiUrl, retryBaseMs: context.runner.retryBaseMs, log: context.log });
    return { client, releases };
}
function releaseOutputs(release) {
    return { 'release-id': String(release.id), 'release-url': release.html_url, 'upload-url': release.upload_url };
}
/** release: notes, then the one draft for the tag (created, updated or unchanged). */
async function release(settings, context) {
    const rendered = await notes(settings, context);
    const { client, releases } = await githubClient(settings, context);
    const ref = { owner: settings.owner, repo: settings.repo, tag: settings.tag };
    let ensured;
    try {
        ensured = await releases.ensureDraftRelease(client, {
            ...ref,
            name: settings.name ?? settings.tag,
            body: rendered.body,
            prerelease: settings.prerelease,
            targetCommitish: settings.targetCommitish,
        });
    }
    catch (error) {
        if (releases.isImmutableReleaseError(error))
            throw releases.immutableReleaseError(settings.tag, error);
        throw error;
    }
    let current = ensured.release;
    let state = ensured.state === 'created' ? 'created' : 'unchanged';
    if (ensured.state === 'existing') {
        const wantName = settings.name !== undefined && current.name !== settings.name;
        const wantBody = (current.body ?? '') !== rendered.body;
        const wantPrerelease = current.prerelease !== settings.prerelease;
        if (wantName || wantBody || wantPrerelease) {
            try {
                current = await releases.updateRelease(client, {
                    ...ref,
                    releaseId: current.id,
                    ...(wantName ? { name: settings.name } : {}),
                    ...(wantBody ? { body: rendered.body } : {}),
                    ...(wantPrerelease ? { prerelease: settings.prerelease } : {}),
                });
            }
            catch (error) {
                if (releases.isImmutableReleaseError(error))
                    throw releases.immutableReleaseError(settings.tag, error);
                throw error;
            }
            state = 'updated';
        }
    }
    const kind = current.draft ? 'draft' : 'published release';
    context.log.info(`release ${settings.tag}: ${state} (${kind} ${current.id})`);
    return {
        outputs: { ...commonOutputs(settings), body: rendered.body, 'body-file': rendered.bodyFile, ...releaseOutputs(current), state },
        summary: `### Release ${settings.tag}: ${state}\n\n${kind} [${current.id}](${current.html_url})\n\n${rendered.body}`,
    };
}
/** publish: `draft: false` once every required asset is there and complete; the last step. */
async function publish(settings, context) {
    const { client, releases } = await githubClient(settings, context);
    const ref = { owner: settings.owner, repo: settings.repo, tag: settings.tag };
    const found = await releases.findReleaseForTag(client, ref);
    if (!found) {
        throw new errors/* UserError */.yo(`there is no release (draft or published) for tag ${settings.tag} in ${ref.owner}/${ref.repo}; run mode 'release' first`, {
            input: 'version',
            value: settings.tag,
        });
    }
    const assets = (await client.paginate(client.rest.repos.listReleaseAssets, { owner: ref.owner, repo: ref.repo, release_id: found.id, per_page: 100 }));
    const { checkRequiredAssets, describeAssetProblems } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(178)]).then(__webpack_require__.bind(__webpack_require__, 12178));
    const problems = describeAssetProblems(checkRequiredAssets(assets, settings.requireAssets));
    // A rerun of a publish that succeeded: nothing to do, even if an asset was deleted since. An
    // immutable release cannot lose assets, so one missing there was never uploaded: still an error.
    if (!found.draft && !found.immutable) {
        if (problems)
            context.log.warning(`release ${settings.tag} is already published but now lacks required assets: ${problems}`);
        context.log.info(`release ${settings.tag}: unchanged (already published)`);
        return {
            outputs: { ...commonOutputs(settings), ...releaseOutputs(found), state: 'unchanged' },
            summary: `### Release ${settings.tag}: unchanged (already published)\n\n[${found.html_url}](${found.html_url}) with ${assets.length} asset(s)\n`,
        };
    }
    if (problems) {
        if (!found.draft && found.immutable)
            throw releases.immutableReleaseError(settings.tag, new Error(`it lacks required assets: ${problems}`));
        throw new errors/* UserError */.yo(`release ${settings.tag} cannot be published: ${problems} (input 'require-assets'); upload them (e.g. with upload-cli-artifacts) and rerun publish`, { input: 'require-assets', value: settings.requireAssets.join(', '), valid: 'assets present on the release in state uploaded' });
    }
    const result = await releases.publishRelease(client, { ...ref, release: found, version: settings.version, prerelease: settings.prerelease });
    const latestText = result.state === 'published' ? (result.latest ? ', marked latest' : ', not marked latest') : '';
    context.log.info(`release ${settings.tag}: ${result.state}${latestText}`);
    return {
        outputs: { ...commonOutputs(settings), ...releaseOutputs(result.release), state: result.state },
        summary: `### Release ${settings.tag}: ${result.state}${latestText}\n\n[${result.release.html_url}](${result.release.html_url}) with ${assets.length} asset(s)\n`,
    };
}
const operation = {
    name: 'release-notes-from-changelog',
    description: 'Prepare CHANGELOG.md, render release notes in the seed outline, create the draft release and publish it once every asset is there.',
    inputs: [
        { name: 'mode', description: '`prepare` the changelog, render the `notes`, create or update the draft `release`, or `publish` it.', default: 'notes' },
        { name: 'changelog', description: 'Path to the changelog.', default: 'CHANGELOG.md' },
        { name: 'version', description: 'The version (X.Y.Z, a v prefix is fine); default: from the tag in GITHUB_REF.', default: '' },
        { name: 'tag', description: 'The release tag; default: the tag in GITHUB_REF, else v<version>.', default: '' },
        { name: 'token', description: 'GitHub token for `release` and `publish` (contents: write).', default: '${{ github.token }}' },
        { name: 'repository', description: 'OWNER/REPO of the release; default: the current repository.', default: '' },
        { name: 'date', description: '`prepare`: the release date, YYYY-MM-DD; default: today in UTC.', default: '' },
        { name: 'allow-empty', description: '`prepare`: allow a release whose Unreleased section is empty.', default: 'false' },
        { name: 'extra-change-types', description: 'Extra `###` change types accepted besides Added, Changed, Deprecated, Removed, Fixed, Security (one per line).', default: '' },
        { name: 'summary', description: 'Text for the Summary section; default: the text above the first `###` of the section.', default: '' },
        { name: 'upgrade-notes', description: 'Text for the Upgrade Notes section.', default: '' },
        { name: 'known-limitations', description: 'Text for the Known Limitations section.', default: '' },
        { name: 'images', description: 'Images with digests: JSON (e.g. the images workflow output) or one `registry/repo:tag@sha256:…` per line.', default: '' },
        { name: 'charts', description: 'Charts: one `oci://registry/path/name:version` per line, or JSON.', default: '' },
        { name: 'cli-assets', description: 'CLI archive names and the checksums file, one per line or JSON.', default: '' },
        { name: 'experimental-notice', description: 'The 0.x experimental sentence; default names the v1alpha1 APIs.', default: '' },
        { name: 'template', description: 'A Markdown template with `{{placeholders}}` replacing the built-in outline.', default: '' },
        { name: 'body-file', description: 'Where to write the release body; default: a file in RUNNER_TEMP.', default: '' },
        { name: 'require-assets', description: '`publish`: asset names or globs that must be uploaded before publishing (one per line).', default: '' },
        { name: 'chart-release-notes', description: '`prepare`: a Markdown file to put into Chart.yaml as the catalog.cattle.io/release-notes annotation.', default: '' },
        { name: 'chart', description: 'The chart directory or Chart.yaml for `chart-release-notes`; default: the Chart.yaml next to that file.', default: '' },
        { name: 'name', description: 'The release title; default: the tag.', default: '' },
        { name: 'target-commitish', description: 'Commit or branch the tag is created from when it does not exist yet; default: GITHUB_SHA.', default: '' },
        { name: 'install-docs-url', description: 'Link to the installation docs; default: the repository README.', default: '' },
        { name: 'certificate-identity-regexp', description: 'Signer identity for the cosign command (anchored); default: this repository\'s release-images.yml workflow at the tag.', default: '' },
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
        { name: 'state', description: '`prepared`, `created`, `updated`, `published` or `unchanged`.' },
    ],
    async run(context) {
        const settings = parseSettings(context.inputs, context);
        if (settings.chartReleaseNotes && settings.mode !== 'prepare') {
            context.log.info(`chart-release-notes is applied by mode prepare (the Chart.yaml edit is committed with the changelog); ignored in mode ${settings.mode}`);
        }
        switch (settings.mode) {
            case 'prepare':
                return prepare(settings, context);
            case 'notes': {
                const rendered = await notes(settings, context);
                return {
                    outputs: { ...commonOutputs(settings), body: rendered.body, 'body-file': rendered.bodyFile, state: 'unchanged' },
                    summary: `### Release notes for ${settings.tag}\n\n${rendered.body}`,
                };
            }
            case 'release':
                return release(settings, context);
            case 'publish':
                return publish(settings, context);
        }
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
const CLI_USAGE = 'release-kit changelog <prepare|notes|release|publish> [VERSION] [--input value …]';


/***/ }),

/***/ 51430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23178);
// File-system helpers: atomic writes and paths that cannot escape their root.




/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target.
 */
async function writeFileAtomic(file, data, mode) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            try {
                fileMode = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file)).mode & 0o7777;
            }
            catch {
                fileMode = 0o644;
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data, { mode: fileMode });
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'r+');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw error;
    }
}
/**
 * Resolve `relative` inside `root`, refusing `..` escapes, absolute paths outside the root and
 * symlinks whose target leaves the root. `input` names the input for the error message.
 */
async function resolveInside(root, relative, input) {
    const rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(rootReal, relative);
    if (!isWithin(rootReal, candidate)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: expected a path inside ${rootReal}`, {
            input,
            value: relative,
            valid: `a path inside ${rootReal}`,
        });
    }
    let real;
    // A path that does not exist (yet) is judged by its nearest existing ancestor: a symlinked folder
    // on the way must not carry a file about to be written out of the root.
    for (let probe = candidate; real === undefined; probe = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(probe)) {
        try {
            real = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(probe), node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(probe, candidate));
        }
        catch {
            if (probe === rootReal || node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(probe) === probe)
                return candidate;
        }
    }
    if (!isWithin(rootReal, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: it is a symlink to ${real}, outside ${rootReal}; expected a file inside the workspace`, { input, value: relative, valid: `a path inside ${rootReal}` });
    }
    return candidate;
}
/** True when `child` is `parent` or below it (both absolute, normalised). */
function isWithin(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}


/***/ }),

/***/ 73556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
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
    return new RegExp(matcher.pattern).test(san);
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
        return { mode: 'keyless', identity: { kind: 'exact', value: options.certificateIdentity }, issuer };
    }
    if (options.certificateIdentityRegexp !== undefined) {
        const pattern = anchorPattern(options.certificateIdentityRegexp);
        try {
            new RegExp(pattern);
        }
        catch (error) {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('certificate-identity-regexp', options.certificateIdentityRegexp, `a valid regular expression (${error.message})`);
        }
        return { mode: 'keyless', identity: { kind: 'regexp', pattern, given: options.certificateIdentityRegexp }, issuer };
    }
    const workflow = options.workflow;
    if (!/^[\w./-]+\.ya?ml$/.test(workflow) || workflow.includes('..')) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('workflow', workflow, 'a workflow file such as .github/workflows/release-images.yml');
    }
    if (!options.ref)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('ref', '', 'a git ref such as refs/tags/v0.1.0 (it defaults to GITHUB_REF, which is empty here)');
    if (!/^refs\/(tags|heads|pull)\/\S+$/.test(options.ref))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('ref', options.ref, 'a full git ref such as refs/tags/v0.1.0');
    if (!options.repository || !/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(options.repository)) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('repository', options.repository ?? '', 'OWNER/REPO (it defaults to GITHUB_REPOSITORY)');
    }
    const value = githubWorkflowIdentity({ repository: options.repository, workflow, ref: options.ref, serverUrl: options.serverUrl });
    return { mode: 'keyless', identity: { kind: 'exact', value }, issuer };
}
/** One-line description of a policy for logs and the summary. */
function describePolicy(policy) {
    if (policy.mode === 'key')
        return `public key${policy.ignoreTlog ? ' (transparency log not required)' : ''}`;
    return `identity ${describeIdentity(policy.identity)} from issuer ${policy.issuer}`;
}
function firstLine(text) {
    return (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(text.split(/\r?\n/)[0], 60).slice(1, -1);
}


/***/ }),

/***/ 6358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseBumpKind),
/* harmony export */   W3: () => (/* binding */ versionOfInput),
/* harmony export */   ZF: () => (/* binding */ isValidPreid),
/* harmony export */   aE: () => (/* binding */ describeBump),
/* harmony export */   d0: () => (/* binding */ isGreater),
/* harmony export */   iS: () => (/* binding */ isStrictSemver),
/* harmony export */   "in": () => (/* binding */ VALID_BUMP_KINDS),
/* harmony export */   mx: () => (/* binding */ versionOfTag),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* unused harmony export BUMP_KINDS */
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
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(tag.replace(/^.*?v?(?=\d+\.\d+\.\d+)/, '')) ?? undefined;
}
/** A version as a user types it (`1.2.3`, `v1.2.3`), normalised; undefined when it is not SemVer. */
function versionOfInput(text) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(text.trim().replace(/^v/i, '')) ?? undefined;
}


/***/ })

};

//# sourceMappingURL=272.index.js.map