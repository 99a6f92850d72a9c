export const id = 388;
export const ids = [388];
export const modules = {

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

//# sourceMappingURL=388.index.js.map