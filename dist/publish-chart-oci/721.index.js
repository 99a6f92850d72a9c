export const id = 721;
export const ids = [721];
export const modules = {

/***/ 7721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCharts: () => (/* binding */ publishCharts)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(3178);
;// CONCATENATED MODULE: ./packages/release-kit/src/oci/digest.ts
// Content digests as OCI writes them (`sha256:<hex>`), and the check that bytes match one.


/** The descriptor of `data` as a blob of `mediaType`. */
function describeBlob(mediaType, data) {
    return { mediaType, digest: sha256Digest(data), size: data.length };
}
/** `sha256:<hex>` of the bytes. */
function sha256Digest(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}
/** The digest of `data` computed with the algorithm `digest` names (sha256 or sha512). */
function digestWithAlgorithmOf(digest, data) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    if (algorithm !== 'sha256' && algorithm !== 'sha512') {
        throw new errors/* UserError */.yo(`unsupported digest algorithm in ${JSON.stringify(digest)}: expected sha256 or sha512`);
    }
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex')}`;
}
/** Throw unless `data` hashes to `expected`; `what` names the content for the message. */
function assertDigest(data, expected, what) {
    const actual = digestWithAlgorithmOf(expected, data);
    if (actual !== expected) {
        throw new errors/* UserError */.yo(`${what}: content digest ${actual} does not match the expected ${expected} (corrupted or tampered content)`);
    }
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/reference.ts
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
            ? `input '${options.input}' has invalid value ${showValue(text)}`
            : `invalid OCI reference ${showValue(text)}`;
        throw new UserError(`${subject}: ${why}`, {
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
            fail(`${showValue(digest)} is not a digest (expected sha256: and 64 lower-case hex digits)`);
    }
    const slash = rest.indexOf('/');
    if (slash < 0)
        fail('it names no repository (expected HOST/REPOSITORY)');
    const registry = rest.slice(0, slash);
    let path = rest.slice(slash + 1);
    if (!HOST.test(registry))
        fail(`${showValue(registry)} is not a registry host`);
    if (!registry.includes('.') && !registry.includes(':') && registry !== 'localhost') {
        fail(`it has no registry host (${showValue(registry)} looks like a Docker Hub name; write the host, e.g. docker.io/${rest} or ghcr.io/OWNER/NAME)`);
    }
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon >= 0 && !path.slice(colon).includes('/')) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
        if (!TAG.test(tag))
            fail(`${showValue(tag)} is not a valid tag (letters, digits, _ . -, at most 128, not starting with . or -)`);
    }
    if (!isValidRepository(path))
        fail(`${showValue(path)} is not a valid repository name (lower-case letters, digits and . _ - separators between slashes)`);
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

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/oci.ts
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
    if (!m || (path !== '' && !isValidRepository(path)))
        throw (0,errors/* invalidInput */.aY)(input, value, valid);
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
    const layer = describeBlob(HELM_CHART_LAYER_MEDIA_TYPE, packaged.data);
    const configBytes = chartConfigJson(packaged.metadata);
    const config = describeBlob(HELM_CONFIG_MEDIA_TYPE, configBytes);
    const manifest = chartManifestJson(config, [layer], chartManifestAnnotations(packaged.metadata, packaged.created));
    return { layerBytes: packaged.data, layer, configBytes, config, manifest, digest: sha256Digest(manifest) };
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./packages/release-kit/src/charts/archive.ts
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
    const pack = new index_min/* Pack */.mM({ portable: false, noDirRecurse: true });
    const chunks = [];
    pack.on('data', (chunk) => chunks.push(chunk));
    const ended = new Promise((resolve, reject) => {
        pack.on('end', () => resolve());
        pack.on('error', reject);
    });
    // Whole seconds: tar stores seconds, and a pax record would otherwise carry the fraction.
    const seconds = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
    for (const entry of entries) {
        const header = new index_min/* Header */.Y9({
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
        const readEntry = new index_min/* ReadEntry */.lf(header);
        readEntry.end(entry.data);
        pack.add(readEntry);
    }
    pack.end();
    await ended;
    const gzipped = external_node_zlib_default().gzipSync(Buffer.concat(chunks), { level: 9 });
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
        tarBytes = external_node_zlib_default().gunzipSync(data, { maxOutputLength: MAX_CHART_SIZE + 1024 * 1024 });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${where}: not a gzip-compressed chart archive (${error.message})`, {
            value: where,
            location: { file: where },
        });
    }
    const entries = [];
    const problems = [];
    let total = 0;
    const parser = new index_min/* Parser */.iX({
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
        throw new errors/* UserError */.yo(`${where}: ${problems[0]}`, { value: where, location: { file: where } });
    }
    return entries;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/version.ts
var version = __webpack_require__(6868);
;// CONCATENATED MODULE: ./packages/release-kit/src/charts/chartfile.ts
// Chart.yaml: reading it the way helm does, validating it as helm's Metadata.Validate does, and
// editing version, appVersion and annotations in place without losing comments.



/** The annotation the Rancher (Buntime) catalog reads release notes from. */
const RELEASE_NOTES_ANNOTATION = 'catalog.cattle.io/release-notes';
/**
 * Parse Chart.yaml bytes into helm's metadata. Strings are read as written (sigs.k8s.io/yaml turns
 * `version: 1.0` into the string "1.0" for a string field), booleans with YAML 1.1 rules as
 * go-yaml does, and unknown keys are ignored as helm ignores them. `where` names the file in errors.
 */
function parseChartYaml(data, where) {
    const text = Buffer.from(data).toString('utf8');
    const strings = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', uniqueKeys: false });
    const typed = (0,dist/* parseDocument */.Tp)(text, { version: '1.1', uniqueKeys: false });
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
    if (!(0,version/* isSafeChartName */.b)(metadata.name)) {
        throw chartError(where, `chart.metadata.name ${JSON.stringify(metadata.name)} is invalid; expected lower-case letters, digits and single separators (. _ -), e.g. my-chart`);
    }
    if (metadata.version === '')
        throw chartError(where, 'chart.metadata.version is required');
    if (!(0,version/* isChartVersion */.N)(metadata.version)) {
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
    const document = (0,dist/* parseDocument */.Tp)(data.toString('utf8'), { version: '1.1', uniqueKeys: false });
    const setScalar = (key, value) => {
        // Changing the existing node keeps its quoting style and its comments; the library quotes a
        // plain value that would otherwise read back as a number.
        const node = document.get(key, true);
        if ((0,dist/* isScalar */.jn)(node))
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
        if (!(0,dist/* isMap */.jh)(existing))
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
    return new errors/* UserError */.yo(`chart ${where}: ${message}`, { value: where, location: { file: where } });
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/fs.ts
// File-system helpers: atomic writes and paths that cannot escape their root.





/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target.
 */
async function writeFileAtomic(file, data, mode) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            try {
                fileMode = (await lstat(file)).mode & 0o7777;
            }
            catch {
                fileMode = 0o644;
            }
        }
        await writeFile(tmp, data, { mode: fileMode });
        const handle = await open(tmp, 'r+');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await rename(tmp, file);
    }
    catch (error) {
        await rm(tmp, { force: true });
        throw error;
    }
}
/**
 * Resolve `relative` inside `root`, refusing `..` escapes, absolute paths outside the root and
 * symlinks whose target leaves the root. `input` names the input for the error message.
 */
async function resolveInside(root, relative, input) {
    const rootReal = await (0,promises_.realpath)(root);
    const candidate = external_node_path_default().resolve(rootReal, relative);
    if (!isWithin(rootReal, candidate)) {
        throw new errors/* UserError */.yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: expected a path inside ${rootReal}`, {
            input,
            value: relative,
            valid: `a path inside ${rootReal}`,
        });
    }
    let real;
    // A path that does not exist (yet) is judged by its nearest existing ancestor: a symlinked folder
    // on the way must not carry a file about to be written out of the root.
    for (let probe = candidate; real === undefined; probe = external_node_path_default().dirname(probe)) {
        try {
            real = external_node_path_default().join(await (0,promises_.realpath)(probe), external_node_path_default().relative(probe, candidate));
        }
        catch {
            if (probe === rootReal || external_node_path_default().dirname(probe) === probe)
                return candidate;
        }
    }
    if (!isWithin(rootReal, real)) {
        throw new errors/* UserError */.yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: it is a symlink to ${real}, outside ${rootReal}; expected a file inside the workspace`, { input, value: relative, valid: `a path inside ${rootReal}` });
    }
    return candidate;
}
/** True when `child` is `parent` or below it (both absolute, normalised). */
function isWithin(parent, child) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/**
 * Read the UTF-8 file `relative` inside `root` (as resolveInside checks it). A missing file is the
 * input's fault: `input` and `what` (e.g. "changelog file") name it and what was expected.
 */
async function readFileInside(root, relative, input, what) {
    const absolute = await resolveInside(root, relative, input);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
            throw (0,errors/* invalidInput */.aY)(input, relative, `an existing ${what} inside the workspace`);
        throw error;
    }
    // Text with bytes that are not UTF-8 would reach release notes and commits as U+FFFD: refuse it.
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const line = bytes
            .toString('utf8')
            .split('\n')
            .findIndex((l) => l.includes('\uFFFD')) + 1;
        throw (0,errors/* invalidInput */.aY)(input, relative, `a ${what} in UTF-8`, {
            file: relative,
            line: line || 1,
        });
    }
    return { absolute, text: bytes.toString('utf8') };
}

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
/**
 * The files of a chart directory that helm would package, in helm's walk order (each directory's
 * names sorted by bytes). Applies .helmignore and the implicit `templates/.?*`; follows symlinks
 * that stay inside the chart and refuses those that leave it; refuses irregular files and files
 * over 5 MiB; strips a UTF-8 byte order mark as helm does.
 */
async function readChartDirectory(dir, where = dir) {
    const root = await (0,promises_.realpath)(dir);
    let rules = new HelmignoreRules();
    const ignoreFile = external_node_path_default().join(root, HELMIGNORE);
    try {
        // Never read a .helmignore that points out of the chart: its lines would end up in error messages.
        if (!isWithin(root, await (0,promises_.realpath)(ignoreFile))) {
            throw chartError(where, `${HELMIGNORE} is a symlink to a file outside the chart directory; expected a file inside the chart`);
        }
        rules = parseHelmignore(await (0,promises_.readFile)(ignoreFile, 'utf8'), external_node_path_default().join(where, HELMIGNORE));
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    rules.addDefaults();
    const files = [];
    const visiting = new Set();
    const walk = async (absolute, relative) => {
        const real = await (0,promises_.realpath)(absolute);
        if (visiting.has(real))
            throw chartError(where, `symlink loop at ${relative}`);
        visiting.add(real);
        const names = (await (0,promises_.readdir)(absolute)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        for (const name of names) {
            const childAbsolute = external_node_path_default().join(absolute, name);
            const child = relative === '' ? name : `${relative}/${name}`;
            let info = await (0,promises_.lstat)(childAbsolute);
            if (info.isSymbolicLink()) {
                let target;
                try {
                    target = await (0,promises_.realpath)(childAbsolute);
                }
                catch {
                    // helm respects .helmignore for a broken link before failing on it.
                    if (rules.ignores(child, false))
                        continue;
                    throw chartError(where, `${child} is a broken symlink; remove it or list it in .helmignore`);
                }
                info = await (0,promises_.stat)(target);
                if (rules.ignores(child, info.isDirectory()))
                    continue;
                if (!isWithin(root, target)) {
                    throw chartError(where, `${child} is a symlink to ${target}, outside the chart directory; expected links that stay inside the chart`);
                }
            }
            else if (rules.ignores(child, info.isDirectory())) {
                continue;
            }
            if (info.isDirectory()) {
                await walk(childAbsolute, child);
                continue;
            }
            if (!info.isFile())
                throw chartError(where, `cannot load irregular file ${child} as it has file mode type bits set`);
            if (info.size > MAX_CHART_FILE_SIZE) {
                throw chartError(where, `chart file ${JSON.stringify(child)} is larger than the maximum file size ${MAX_CHART_FILE_SIZE} (5 MiB)`);
            }
            files.push({ name: child, data: stripBom(await (0,promises_.readFile)(childAbsolute)) });
        }
        visiting.delete(real);
    };
    await walk(root, '');
    return files;
}
/**
 * A packaged chart's files, its top directory stripped (helm's archive loader takes the first
 * path component as the chart's folder, whatever its name).
 */
async function readChartArchive(data, where) {
    const entries = await readTarGz(data, where);
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
async function buildChart(files, where) {
    const chartYaml = files.find((f) => f.name === 'Chart.yaml');
    if (!chartYaml)
        throw chartError(where, 'Chart.yaml file is missing');
    const metadata = parseChartYaml(chartYaml.data, `${where}/Chart.yaml`);
    validateMetadata(metadata, `${where}/Chart.yaml`);
    const chart = { metadata, chartYaml, templates: [], files: [], dependencies: [], where };
    const subcharts = new Map();
    for (const file of files) {
        const name = file.name;
        if (name === 'Chart.yaml')
            continue;
        if (name === 'Chart.lock') {
            checkYaml(file, where);
            chart.lock = file;
        }
        else if (name === 'values.yaml') {
            checkYaml(file, where);
            chart.values = file;
        }
        else if (name === 'values.schema.json') {
            try {
                JSON.parse(file.data.toString('utf8'));
            }
            catch (error) {
                throw chartError(`${where}/values.schema.json`, `Invalid JSON in values.schema.json: ${error.message}`);
            }
            chart.schema = file;
        }
        else if (name === 'requirements.yaml' || name === 'requirements.lock') {
            // helm reads these into a v2 chart's metadata but never writes them back; Chart.yaml rules.
            continue;
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
                throw chartError(subWhere, `error unpacking subchart tar in ${metadata.name}: expected ${name}`);
            const { files: inner } = await readChartArchive(archive.data, subWhere);
            sub = await buildChart(inner, subWhere);
        }
        else {
            const inner = group
                .filter((f) => f.name.includes('/'))
                .map((f) => ({ name: f.name.slice(name.length + 1), data: f.data }));
            sub = await buildChart(inner, subWhere);
        }
        const clash = chart.dependencies.find((d) => d.metadata.name === sub.metadata.name);
        if (clash) {
            // helm would write both under charts/<name>/ and the archive would hold the same paths twice.
            throw chartError(subWhere, `subchart name ${JSON.stringify(sub.metadata.name)} is also used by ${clash.where}; expected one subchart per name under charts/`);
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
        throw chartError(`${chart.where}/Chart.yaml`, `found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}; run \`helm dependency build ${chartDir}\` and commit or build charts/ before publishing`);
    }
}
function checkYaml(file, where) {
    const documents = (0,dist/* parseAllDocuments */.hR)(file.data.toString('utf8'), { version: '1.1', uniqueKeys: false });
    const list = Array.isArray(documents) ? documents : [documents];
    for (const document of list) {
        if (document.errors.length > 0) {
            throw chartError(`${where}/${file.name}`, `cannot load ${file.name}: ${document.errors[0].message.split('\n')[0]}`);
        }
    }
}
function stripBom(data) {
    return data.subarray(0, 3).equals(UTF8_BOM) ? data.subarray(3) : data;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/package.ts
// `helm package`, natively and reproducibly: a chart directory (or an existing .tgz) in, the
// validated `<name>-<version>.tgz` bytes out.





/**
 * Package the chart in `dir`. Validates everything helm validates first (and fails with a UserError
 * naming the file), applies the overrides to the archived Chart.yaml only, and writes entries under
 * `<name>/` with Chart.yaml first, then Chart.lock, values.yaml, values.schema.json, templates,
 * other files and subcharts, as helm's saver orders them. `where` names the chart in messages.
 */
async function packageChartDirectory(dir, options, where = dir) {
    const files = await readChartDirectory(dir, where);
    const chart = await buildChart(files, where);
    checkDependencies(chart, where);
    const annotations = options.releaseNotes !== undefined ? { [RELEASE_NOTES_ANNOTATION]: options.releaseNotes } : undefined;
    const chartYamlData = editChartYaml(chart.chartYaml.data, {
        version: options.version,
        appVersion: options.appVersion,
        annotations,
    });
    if (chartYamlData !== chart.chartYaml.data) {
        const edited = parseChartYaml(chartYamlData, `${where}/Chart.yaml`);
        validateMetadata(edited, `${where}/Chart.yaml`);
        chart.metadata = edited;
        chart.chartYaml = { name: 'Chart.yaml', data: chartYamlData };
    }
    const entries = archiveEntries(chart, '');
    const data = await writeTarGz(entries.map((e) => ({ path: e.name, data: e.data })), options.mtime);
    return {
        fileName: `${chart.metadata.name}-${chart.metadata.version}.tgz`,
        data,
        metadata: chart.metadata,
        entries: entries.map((e) => e.name),
        created: new Date(Math.floor(options.mtime.getTime() / 1000) * 1000),
        origin: 'directory',
    };
}
/**
 * Validate an already packaged chart and return it unchanged: the same checks as for a directory,
 * on the archive's contents (helm's archive loader reads no .helmignore).
 */
async function loadPackagedChart(file, where = file) {
    const data = await (0,promises_.readFile)(file);
    const { files, entries } = await readChartArchive(data, where);
    const top = new Set(entries.map((e) => e.path.split('/')[0]));
    if (top.size !== 1) {
        throw new errors/* UserError */.yo(`${where}: expected every entry under one chart folder, found ${[...top].slice(0, 3).join(', ')}`, { value: where, location: { file: where } });
    }
    const chart = await buildChart(files, where);
    checkDependencies(chart, where);
    const chartYamlEntry = entries.find((e) => e.path.endsWith('/Chart.yaml') && e.path.split('/').length === 2);
    return {
        fileName: `${chart.metadata.name}-${chart.metadata.version}.tgz`,
        data,
        metadata: chart.metadata,
        entries: entries.map((e) => e.path),
        created: chartYamlEntry?.mtime ?? new Date(0),
        origin: 'archive',
    };
}
/**
 * Load the chart at `file`: a directory is packaged with `overrides` at the time `mtime()` gives
 * (asked only then, since it may need git); a `.tgz` is validated and kept byte for byte, so it
 * refuses overrides. The one place that tells the two apart.
 */
async function loadChart(file, where, overrides, mtime) {
    const info = await (0,promises_.stat)(file).catch(() => undefined);
    if (!info)
        throw (0,errors/* invalidInput */.aY)('chart', where, 'an existing chart directory or .tgz inside the workspace');
    if (info.isDirectory())
        return packageChartDirectory(file, { ...overrides, mtime: await mtime() }, where);
    if (!info.isFile() || !/\.(tgz|tar\.gz)$/.test(file)) {
        throw (0,errors/* invalidInput */.aY)('chart', where, 'a chart directory or a packaged .tgz');
    }
    const inputNames = {
        version: 'version',
        appVersion: 'app-version',
        releaseNotes: 'release-notes',
    };
    for (const [key, value] of Object.entries(overrides)) {
        if (value !== undefined)
            throw (0,errors/* invalidInput */.aY)(inputNames[key], value, `nothing for the packaged chart ${where}, which is pushed as is (give its directory to change it at package time)`);
    }
    return loadPackagedChart(file, where);
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


;// CONCATENATED MODULE: ./packages/release-kit/src/oci/media-types.ts
// The media types the OCI client negotiates and recognises.
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Every manifest type a GET asks for, in order of preference. */
const MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
/** True for an index (OCI index or Docker manifest list) rather than a single-image manifest. */
function isIndexMediaType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/push.ts

/**
 * Push `artifact` to `location`. The tag only ever points at complete content, since the registry
 * refuses a manifest whose blobs it lacks and an interrupted upload is restarted by the client.
 * The chart layer is HEADed and skipped when present. The config blob (a few hundred bytes) is only
 * HEADed when the layer was already there (an earlier run that died before tagging): on a fresh push
 * it is new whenever the layer is, and its HEAD would cost as much as sending it. That keeps a fresh
 * push to 2 HEADs (tag, by the caller; layer), 2 upload sessions and 1 manifest PUT.
 */
async function pushChart(client, artifact, location, log) {
    const { repository, tag } = location;
    const layerPresent = await client.blobExists(repository, artifact.layer.digest);
    if (layerPresent)
        log.info(`${repository}: chart layer ${artifact.layer.digest} already present`);
    else
        await client.uploadBlob(repository, artifact.layerBytes, artifact.layer.digest);
    const configPresent = layerPresent ? await client.blobExists(repository, artifact.config.digest) : undefined;
    if (!configPresent)
        await client.uploadBlob(repository, artifact.configBytes, artifact.config.digest);
    // putManifest checks that Docker-Content-Digest equals the digest of the bytes sent.
    await client.putManifest(repository, tag, artifact.manifest, OCI_MANIFEST);
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/exec.ts
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
/** Run `command` with `args` (no shell), capturing output silently. */
async function run(command, args, options = {}) {
    const result = await (0,exec/* getExecOutput */.H)(command, [...args], {
        cwd: options.cwd,
        // Handing the environment on, not reading it: a child gets this process's environment, as it
        // would with no `env` at all, plus the few variables the caller adds (git's token config).
        // eslint-disable-next-line no-restricted-properties -- passed through to the child untouched
        env: options.env ? { ...process.env, ...options.env } : undefined,
        input: options.input === undefined ? undefined : Buffer.from(options.input),
        ignoreReturnCode: true,
        silent: true,
    });
    const out = { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    if (out.exitCode !== 0 && !options.allowFailure)
        throw new ExecError(command, args, out);
    return out;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/git/git.ts
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
        const result = await run('git', args, { cwd: this.cwd, env });
        return result.stdout.replace(/\n$/, '');
    }
    /** Run git and return null instead of throwing when it exits non-zero. */
    async tryExec(args) {
        try {
            return await this.exec(args);
        }
        catch (error) {
            if (error instanceof ExecError)
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
            if (!(error instanceof ExecError))
                throw error;
            const reason = error.result.stderr.trim().split('\n').pop() ?? '';
            throw new errors/* UserError */.yo(`cannot read the tags of ${remote} (${reason}); check the remote and the token's access (contents: write)`, {
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

;// CONCATENATED MODULE: ./packages/release-kit/src/git/source-date.ts
// The one timestamp reproducible archives (CLI archives, Helm charts) stamp on every entry.


/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else the committer time `rule` picks in
 * `dir`, so every rerun produces the same bytes, on any machine.
 */
async function reproducibleTime(dir, sourceDateEpoch, rule = 'head') {
    const epoch = sourceDateEpoch?.trim();
    if (epoch) {
        if (!/^\d+$/.test(epoch)) {
            throw new errors/* UserError */.yo(`SOURCE_DATE_EPOCH has invalid value ${(0,errors/* showValue */.vp)(sourceDateEpoch)}: expected whole seconds since 1970-01-01 UTC (e.g. $(git log -1 --format=%ct))`, {
                value: sourceDateEpoch,
                valid: 'a non-negative integer',
            });
        }
        return new Date(Number(epoch) * 1000);
    }
    const git = new Git(dir);
    const directoryTime = rule === 'directory' ? await git.commitTime('HEAD', '.').catch(() => Number.NaN) : Number.NaN;
    const seconds = Number.isFinite(directoryTime) ? directoryTime : await git.commitTime('HEAD').catch(() => Number.NaN);
    if (!Number.isFinite(seconds)) {
        throw new errors/* UserError */.yo(`cannot pick a reproducible archive time: SOURCE_DATE_EPOCH is unset and ${dir} is not a git checkout with a HEAD commit; set SOURCE_DATE_EPOCH (seconds)`, {
            value: dir,
            valid: 'SOURCE_DATE_EPOCH or a git checkout',
        });
    }
    return new Date(seconds * 1000);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/log.ts
// A small logging seam so library code can warn and annotate without importing @actions/core.

/**
 * Run one step of an operation with its log lines in a group titled `title`, as the toolkit's
 * core.group does, so a step summary's reader can fold each step away. The group closes on failure too.
 */
async function inGroup(log, title, step) {
    log.startGroup?.(title);
    try {
        return await step();
    }
    finally {
        log.endGroup?.();
    }
}
/**
 * A terminal logger. `print` takes the progress lines (info, debug, group titles); warnings and
 * errors go to `problems` (stderr). The CLI passes stderr as `print` under --json, so stdout holds
 * only the one JSON object.
 */
function terminalLogger(sinks = { print: (line) => console.log(line), problems: (line) => console.error(line) }) {
    return {
        info: (m) => sinks.print(m),
        debug: (m) => {
            if (sinks.debug)
                sinks.print(`debug: ${m}`);
        },
        warning: (m, l) => sinks.problems(`warning: ${(0,errors/* locatedMessage */.mI)(m, l)}`),
        error: (m, l) => sinks.problems(`error: ${(0,errors/* locatedMessage */.mI)(m, l)}`),
        startGroup: (title) => sinks.print(`▸ ${title}`),
    };
}
/** Logger for library callers that pass nothing. */
const consoleLogger = terminalLogger();
/** A logger that swallows everything, for tests and quiet helpers. */
const silentLogger = { info() { }, debug() { }, warning() { }, error() { } };

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(8135);
;// CONCATENATED MODULE: ./packages/release-kit/src/oci/auth.ts
// Registry authentication pieces: WWW-Authenticate challenges, token scopes, Basic headers.
/**
 * Parse a `WWW-Authenticate` value (RFC 7235: scheme, then comma-separated auth-params whose values
 * are tokens or quoted strings with backslash escapes). Several challenges in one header are split
 * on a scheme name that follows a comma. Hand-written because the grammar is small and no maintained
 * npm package parses it without pulling in a whole HTTP framework.
 */
function parseChallenges(header) {
    if (!header)
        return [];
    const challenges = [];
    let position = 0;
    const text = header;
    const skipSpaces = () => {
        while (position < text.length && /[\s,]/.test(text[position]))
            position += 1;
    };
    const readToken = () => {
        const start = position;
        while (position < text.length && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(text[position]))
            position += 1;
        return text.slice(start, position);
    };
    while (position < text.length) {
        skipSpaces();
        const scheme = readToken();
        if (!scheme)
            break;
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        for (;;) {
            while (position < text.length && /\s/.test(text[position]))
                position += 1;
            const save = position;
            const name = readToken();
            while (position < text.length && /\s/.test(text[position]))
                position += 1;
            if (!name || text[position] !== '=') {
                // Not `name=`: either the next challenge's scheme or the end.
                position = save;
                break;
            }
            position += 1;
            while (position < text.length && /\s/.test(text[position]))
                position += 1;
            let value = '';
            if (text[position] === '"') {
                position += 1;
                while (position < text.length && text[position] !== '"') {
                    if (text[position] === '\\' && position + 1 < text.length)
                        position += 1;
                    value += text[position];
                    position += 1;
                }
                position += 1;
            }
            else {
                value = readToken();
            }
            challenge.params[name.toLowerCase()] = value;
            while (position < text.length && /\s/.test(text[position]))
                position += 1;
            if (text[position] === ',')
                position += 1;
            else
                break;
        }
    }
    return challenges;
}
/** The challenge to answer: Bearer if offered, else Basic, else none we understand. */
function pickChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}
/** `repository:<name>:pull` or `repository:<name>:pull,push`. */
function repositoryScope(repository, push) {
    return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}
/** `Basic base64(user:password)`. */
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/oci/client.ts







/** A zeroed stats object to pass as `stats`. */
function createOciStats() {
    return {
        requests: 0,
        heads: 0,
        blobHeads: 0,
        manifestHeads: 0,
        blobGets: 0,
        manifestGets: 0,
        uploadSessions: 0,
        blobPuts: 0,
        manifestPuts: 0,
        tagLists: 0,
        referrers: 0,
        tokenRequests: 0,
        authChallenges: 0,
        retries: 0,
        uploadRestarts: 0,
    };
}
/** A registry refused or failed a request: auth, not found, digest mismatch, retries exhausted. */
class RegistryError extends errors/* UserError */.yo {
    status;
    code;
    registry;
    repository;
    /** The failure was a 5xx, a 429 or a broken connection that outlasted the retries. */
    transient;
    /** For a transient failure, its short reason: `HTTP 503`, `ECONNRESET`. */
    reason;
    constructor(message, details) {
        super(message);
        this.name = 'RegistryError';
        this.registry = details.registry;
        this.repository = details.repository;
        this.status = details.status;
        this.code = details.code;
        this.transient = details.transient ?? false;
        this.reason = details.reason;
    }
}
/** What to do when a registry kept answering 5xx (or kept dropping the connection). */
const SERVICE_TROUBLE = 'the registry is having trouble; rerun the job later';
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Waits longer than this (after scaling) are not slept through: the request fails instead. */
const MAX_RETRY_AFTER_MS = 5 * 60 * 1000;
/** Create a client for one registry host. */
function createOciClient(options) {
    return new OciClient(options);
}
/**
 * Client for one registry (one host), reused across repositories. Written on fetch rather than on a
 * library because the npm OCI clients either need a docker daemon, lack the bearer flow, or pull in
 * large trees; the protocol is a dozen plain HTTP requests (opencontainers/distribution-spec).
 */
class OciClient {
    registry;
    baseUrl;
    stats;
    options;
    log;
    retries;
    retryBaseMs;
    fetchImpl;
    /** The last challenge seen; after it, credentials go with every request without another 401. */
    challenge;
    tokens = new Map();
    pendingTokens = new Map();
    constructor(options) {
        if (!/^[A-Za-z0-9.-]+(?::[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?$/.test(options.registry)) {
            throw new errors/* UserError */.yo(`invalid registry host ${(0,errors/* showValue */.vp)(options.registry)}: expected HOST or HOST:PORT`);
        }
        this.options = options;
        this.registry = options.registry.toLowerCase();
        // Docker Hub's API lives on another host than its name; everything else is served where it is named.
        const apiHost = this.registry === 'docker.io' || this.registry === 'index.docker.io' ? 'registry-1.docker.io' : this.registry;
        this.baseUrl = `${options.plainHttp ? 'http' : 'https'}://${apiHost}`;
        this.stats = options.stats ?? createOciStats();
        this.log = options.log ?? silentLogger;
        this.retries = options.retries ?? 4;
        this.retryBaseMs = options.retryBaseMs ?? retry/* DEFAULT_RETRY_BASE_MS */.Qg;
        this.fetchImpl = options.fetch ?? fetch;
    }
    // ---------------------------------------------------------------- blobs
    /** HEAD a blob: its size if the registry has it, undefined on 404. */
    async blobExists(repository, digest) {
        checkRepository(repository);
        checkDigest(digest);
        const response = await this.send({
            method: 'HEAD',
            url: this.url(repository, `blobs/${digest}`),
            kind: 'blobHeads',
            repository,
            push: false,
        });
        await discard(response);
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw await this.failure(response, 'HEAD blob', repository, digest);
        return { digest, size: Number(response.headers.get('content-length') ?? -1) };
    }
    /** GET a blob and check that what arrived hashes to `digest`. */
    async getBlob(repository, digest, options = {}) {
        checkRepository(repository);
        checkDigest(digest);
        const response = await this.send({
            method: 'GET',
            url: this.url(repository, `blobs/${digest}`),
            kind: 'blobGets',
            repository,
            push: false,
        });
        if (response.status !== 200)
            throw await this.failure(response, 'GET blob', repository, digest);
        const bytes = await readLimited(response, options.maxBytes ?? 512 * 1024 * 1024, `blob ${digest}`);
        assertDigest(bytes, digest, `blob ${digest} from ${this.registry}/${repository}`);
        return bytes;
    }
    /**
     * Upload `data` as a blob unless the registry already has it (HEAD first). Returns the digest and
     * whether bytes were sent.
     */
    async ensureBlob(repository, data, digest = sha256Digest(data)) {
        if (await this.blobExists(repository, digest))
            return { digest, uploaded: false };
        await this.uploadBlob(repository, data, digest);
        return { digest, uploaded: true };
    }
    /**
     * Monolithic upload: POST /blobs/uploads/ → 202 Location → PUT Location&digest= with the bytes → 201.
     * A failure after the session started abandons that session and starts a new one (after checking
     * with a HEAD whether the bytes landed after all), so a half-written session is never completed.
     */
    async uploadBlob(repository, data, digest = sha256Digest(data)) {
        checkRepository(repository);
        checkDigest(digest);
        assertDigest(data, digest, `blob to upload to ${this.registry}/${repository}`);
        for (let attempt = 0;; attempt += 1) {
            try {
                await this.uploadOnce(repository, data, digest);
                return;
            }
            catch (error) {
                if (!isTransient(error))
                    throw this.finalError(error, `upload of blob ${digest}`, repository);
                if (attempt >= this.retries) {
                    throw new RegistryError((0,errors/* gaveUpMessage */.Sw)({
                        failed: `registry ${this.registry} kept failing the upload of blob ${digest} to ${repository}`,
                        reason: transientReason(error),
                        tries: attempt + 1,
                        fix: SERVICE_TROUBLE,
                    }), {
                        registry: this.registry,
                        repository,
                        transient: true,
                        status: error instanceof TransientStatus ? error.status : undefined,
                    });
                }
                this.stats.uploadRestarts += 1;
                const wait = this.backoff(attempt, error instanceof TransientStatus ? error.retryAfterMs : undefined);
                this.log.debug(`oci: upload of ${digest} to ${this.registry}/${repository} failed (${(0,retry/* describeNetworkError */.gl)(error)}); restarting the session in ${wait} ms`);
                await (0,retry/* sleep */.yy)(wait);
                if (await this.blobExists(repository, digest))
                    return;
            }
        }
    }
    async uploadOnce(repository, data, digest) {
        // retries: 0 on both requests: uploadBlob retries the session as a whole, with one budget.
        const start = await this.send({
            method: 'POST',
            url: this.url(repository, 'blobs/uploads/'),
            kind: 'uploadSessions',
            repository,
            push: true,
            retries: 0,
            headers: { 'content-length': '0' },
        });
        if (start.status !== 202) {
            if (this.isRetryableStatus(start)) {
                await discard(start);
                throw new TransientStatus(start.status, (0,retry/* retryAfterMs */.Vs)(start.headers, this.retryBaseMs));
            }
            throw await this.failure(start, 'start blob upload', repository, digest);
        }
        await discard(start);
        const location = start.headers.get('location');
        if (!location)
            throw new RegistryError(`registry ${this.registry} started an upload to ${repository} without a Location header`, { registry: this.registry, repository, status: 202 });
        const sessionUrl = new URL(location, start.url || this.baseUrl).href;
        const putUrl = `${sessionUrl}${sessionUrl.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
        const put = await this.send({
            method: 'PUT',
            url: putUrl,
            kind: 'blobPuts',
            repository,
            push: true,
            retries: 0,
            body: data,
            headers: { 'content-type': 'application/octet-stream' },
        });
        if (put.status !== 201 && put.status !== 204) {
            if (this.isRetryableStatus(put)) {
                await discard(put);
                throw new TransientStatus(put.status, (0,retry/* retryAfterMs */.Vs)(put.headers, this.retryBaseMs));
            }
            throw await this.failure(put, 'complete blob upload', repository, digest);
        }
        await discard(put);
        const stored = put.headers.get('docker-content-digest');
        if (stored && stored !== digest) {
            throw new RegistryError(`registry ${this.registry} stored blob ${stored} in ${repository} for the upload of ${digest}`, { registry: this.registry, repository });
        }
    }
    // ---------------------------------------------------------------- manifests
    /** HEAD a manifest by tag or digest: its digest (Docker-Content-Digest), or undefined on 404. */
    async manifestExists(repository, reference) {
        checkRepository(repository);
        checkManifestReference(reference);
        const response = await this.send({
            method: 'HEAD',
            url: this.url(repository, `manifests/${reference}`),
            kind: 'manifestHeads',
            repository,
            push: false,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
        });
        await discard(response);
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw await this.failure(response, 'HEAD manifest', repository, reference);
        const digest = response.headers.get('docker-content-digest') ?? (isValidDigest(reference) ? reference : undefined);
        if (!digest) {
            // Some registries omit the header on HEAD; the body's hash is then the only source of truth.
            return this.getManifest(repository, reference).then((m) => ({
                digest: m.digest,
                size: m.bytes.length,
                mediaType: m.mediaType,
            }));
        }
        if (isValidDigest(reference) && digest !== reference) {
            throw new RegistryError(`registry ${this.registry} answered digest ${digest} for manifest ${reference} in ${repository}`, { registry: this.registry, repository });
        }
        return { digest, size: Number(response.headers.get('content-length') ?? -1), mediaType: contentType(response) };
    }
    /**
     * GET a manifest (image manifest or index, OCI or Docker). The digest is computed from the bytes
     * and checked against the digest asked for, or against Docker-Content-Digest for a tag.
     */
    async getManifest(repository, reference) {
        checkRepository(repository);
        checkManifestReference(reference);
        const response = await this.send({
            method: 'GET',
            url: this.url(repository, `manifests/${reference}`),
            kind: 'manifestGets',
            repository,
            push: false,
            headers: { accept: MANIFEST_ACCEPT.join(', ') },
        });
        if (response.status !== 200)
            throw await this.failure(response, 'GET manifest', repository, reference);
        const bytes = await readLimited(response, MAX_MANIFEST_BYTES, `manifest ${reference}`);
        const digest = sha256Digest(bytes);
        const where = `manifest ${reference} from ${this.registry}/${repository}`;
        if (isValidDigest(reference))
            assertDigest(bytes, reference, where);
        else {
            const claimed = response.headers.get('docker-content-digest');
            if (claimed?.startsWith('sha256:') && claimed !== digest) {
                throw new errors/* UserError */.yo(`${where}: content digest ${digest} does not match the registry's Docker-Content-Digest ${claimed}`);
            }
        }
        let json;
        try {
            json = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new RegistryError(`${where} is not JSON`, { registry: this.registry, repository });
        }
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            throw new RegistryError(`${where} is not a JSON object`, { registry: this.registry, repository });
        const mediaType = json.mediaType ?? contentType(response) ?? (Array.isArray(json.manifests) ? OCI_INDEX : OCI_MANIFEST);
        return { digest, mediaType, bytes, json };
    }
    /**
     * PUT a manifest under a tag or its digest. Content-Type is the manifest's own mediaType (or OCI
     * manifest/index by shape). The registry's Docker-Content-Digest must equal the hash of the bytes sent.
     */
    async putManifest(repository, reference, manifest, mediaType) {
        checkRepository(repository);
        checkManifestReference(reference);
        const bytes = typeof manifest === 'string' ? Buffer.from(manifest, 'utf8') : manifest;
        const digest = sha256Digest(bytes);
        if (isValidDigest(reference) && reference !== digest) {
            throw new errors/* UserError */.yo(`manifest pushed by digest ${reference} hashes to ${digest}`);
        }
        const type = mediaType ?? mediaTypeOfManifest(bytes);
        const response = await this.send({
            method: 'PUT',
            url: this.url(repository, `manifests/${reference}`),
            kind: 'manifestPuts',
            repository,
            push: true,
            body: bytes,
            headers: { 'content-type': type },
        });
        if (response.status !== 201 && response.status !== 200 && response.status !== 204)
            throw await this.failure(response, 'PUT manifest', repository, reference);
        await discard(response);
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== digest) {
            throw new RegistryError(`registry ${this.registry} stored manifest ${repository}:${reference} as ${stored}, but the bytes sent hash to ${digest}`, { registry: this.registry, repository });
        }
        return { digest };
    }
    // ---------------------------------------------------------------- tags and referrers
    /** All tags of a repository (following Link pagination); [] when the repository does not exist. */
    async listTags(repository) {
        checkRepository(repository);
        const tags = [];
        let url = `${this.url(repository, 'tags/list')}?n=1000`;
        for (let page = 0; url && page < 1000; page += 1) {
            const response = await this.send({ method: 'GET', url, kind: 'tagLists', repository, push: false });
            if (response.status === 404) {
                await discard(response);
                return tags;
            }
            if (response.status !== 200)
                throw await this.failure(response, 'list tags', repository);
            const body = JSON.parse((await readLimited(response, 16 * 1024 * 1024, 'tag list')).toString('utf8'));
            tags.push(...(body.tags ?? []));
            url = nextLink(response, url);
        }
        return tags;
    }
    /**
     * Manifests that refer to `digest` (cosign v3 bundles, attestations). Uses the referrers API when the
     * registry answers it with 200; any other answer means unsupported (distribution 2.8 and ghcr.io
     * answer 404), and then the `sha256-<hex>` tag index is read instead, as cosign does.
     */
    async listReferrers(repository, digest, options = {}) {
        checkRepository(repository);
        checkDigest(digest);
        const query = options.artifactType ? `?artifactType=${encodeURIComponent(options.artifactType)}` : '';
        const filter = (manifests) => options.artifactType ? manifests.filter((m) => m.artifactType === options.artifactType) : manifests;
        const response = await this.send({
            method: 'GET',
            url: `${this.url(repository, `referrers/${digest}`)}${query}`,
            kind: 'referrers',
            repository,
            push: false,
            headers: { accept: OCI_INDEX },
        });
        if (response.status === 200) {
            const body = JSON.parse((await readLimited(response, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8'));
            const manifests = [...(body.manifests ?? [])];
            let next = nextLink(response, response.url);
            for (let page = 0; next && page < 100; page += 1) {
                const more = await this.send({
                    method: 'GET',
                    url: next,
                    kind: 'referrers',
                    repository,
                    push: false,
                    headers: { accept: OCI_INDEX },
                });
                if (more.status !== 200)
                    throw await this.failure(more, 'list referrers', repository, digest);
                const moreBody = JSON.parse((await readLimited(more, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8'));
                manifests.push(...(moreBody.manifests ?? []));
                next = nextLink(more, next);
            }
            return { source: 'api', manifests: filter(manifests) };
        }
        await discard(response);
        this.log.debug(`oci: ${this.registry} answered ${response.status} to the referrers API; reading tag ${referrersTagOf(digest)}`);
        const tag = referrersTagOf(digest);
        if (!(await this.manifestExists(repository, tag)))
            return { source: 'none', manifests: [], apiStatus: response.status };
        const index = await this.getManifest(repository, tag);
        if (!isIndexMediaType(index.mediaType) && !Array.isArray(index.json.manifests))
            return { source: 'none', manifests: [], apiStatus: response.status };
        return { source: 'tag', manifests: filter(index.json.manifests ?? []), apiStatus: response.status };
    }
    // ---------------------------------------------------------------- transport
    url(repository, rest) {
        return `${this.baseUrl}/v2/${repository}/${rest}`;
    }
    /**
     * Send one request: credentials for the current challenge, a 401 answered once by (re)authenticating,
     * and 5xx / 429 / broken connections retried with back-off. Returns the response for the caller
     * to judge; throws only when the retries are exhausted or auth cannot be satisfied.
     */
    async send(request) {
        const retries = request.retries ?? this.retries;
        let authRounds = 0;
        for (let attempt = 0;;) {
            const authorization = await this.authorizationFor(request);
            let response;
            try {
                response = await this.fetchOnce(request, authorization);
            }
            catch (error) {
                if (!isTransient(error) || attempt >= retries)
                    throw this.finalError(error, `${request.method} ${pathOf(request.url)}`, request.repository);
                await this.retryWait(request, attempt, (0,retry/* describeNetworkError */.gl)(error));
                attempt += 1;
                continue;
            }
            if (response.status === 401 && authRounds < 2) {
                const challenge = pickChallenge(parseChallenges(response.headers.get('www-authenticate')));
                // A 401 to credentials we already sent for this challenge is a refusal, not a challenge.
                const refused = authorization !== undefined && challenge?.scheme === 'basic' && this.challenge?.scheme === 'basic';
                if (challenge && !refused) {
                    await discard(response);
                    this.stats.authChallenges += 1;
                    this.challenge = challenge;
                    if (challenge.scheme === 'bearer')
                        await this.fetchToken(request, challenge, authorization !== undefined);
                    else if (!this.hasCredentials())
                        return response;
                    authRounds += 1;
                    continue;
                }
            }
            if (this.isRetryableStatus(response) && attempt < retries) {
                const wait = (0,retry/* retryAfterMs */.Vs)(response.headers, this.retryBaseMs);
                if (wait === undefined || wait <= MAX_RETRY_AFTER_MS) {
                    await discard(response);
                    await this.retryWait(request, attempt, `HTTP ${response.status}`, wait);
                    attempt += 1;
                    continue;
                }
            }
            return response;
        }
    }
    isRetryableStatus(response) {
        return (0,retry/* isTransientStatus */.Dm)(response.status, response.headers);
    }
    async retryWait(request, attempt, why, retryAfter) {
        this.stats.retries += 1;
        const wait = this.backoff(attempt, retryAfter);
        this.log.debug(`oci: ${request.method} ${pathOf(request.url)} on ${this.registry}: ${why}; retry ${attempt + 1} in ${wait} ms`);
        await (0,retry/* sleep */.yy)(wait);
    }
    /** The server's Retry-After when it gave one, else the shared back-off. */
    backoff(attempt, retryAfter) {
        return retryAfter ?? (0,retry/* backoffMs */.jo)(attempt, this.retryBaseMs);
    }
    async fetchOnce(request, authorization) {
        this.stats.requests += 1;
        this.stats[request.kind] += 1;
        if (request.kind === 'blobHeads' || request.kind === 'manifestHeads')
            this.stats.heads += 1;
        const headers = {
            'user-agent': this.options.userAgent ?? 'release-kit',
            ...request.headers,
        };
        // Credentials go to the registry's own origin only (an upload Location may point at storage elsewhere).
        if (authorization && new URL(request.url).origin === new URL(this.baseUrl).origin)
            headers.authorization = authorization;
        this.log.debug(`oci: ${request.method} ${pathOf(request.url)}`);
        const response = await this.fetchImpl(request.url, {
            method: request.method,
            headers,
            body: request.body,
            redirect: request.method === 'GET' || request.method === 'HEAD' ? 'follow' : 'manual',
            // A big body gets extra time (at 50 kB/s at least) on top of the per-request timeout.
            signal: AbortSignal.timeout((this.options.timeoutMs ?? 120_000) + Math.ceil((request.body?.length ?? 0) / 50)),
        });
        if (response.status === 401) {
            // Undo the count: the replay after authenticating is the request that counts.
            this.stats[request.kind] -= 1;
            if (request.kind === 'blobHeads' || request.kind === 'manifestHeads')
                this.stats.heads -= 1;
        }
        return response;
    }
    hasCredentials() {
        return this.options.username !== undefined && this.options.username !== '' && this.options.password !== undefined;
    }
    tokenKey(repository, push) {
        return repositoryScope(repository, push || this.options.push === true);
    }
    async authorizationFor(request) {
        if (!this.challenge)
            return undefined;
        if (this.challenge.scheme === 'basic') {
            return this.hasCredentials() ? basicAuthorization(this.options.username, this.options.password) : undefined;
        }
        if (this.challenge.scheme !== 'bearer')
            return undefined;
        const now = Date.now();
        const exact = this.tokens.get(this.tokenKey(request.repository, request.push));
        if (exact && exact.expiresAt > now)
            return `Bearer ${exact.token}`;
        // A pull,push token also covers pulls.
        if (!request.push) {
            const wider = this.tokens.get(repositoryScope(request.repository, true));
            if (wider && wider.expiresAt > now)
                return `Bearer ${wider.token}`;
        }
        // Known Bearer registry but no token for this scope yet: fetch one now rather than wait for a 401.
        const token = await this.fetchToken(request, this.challenge, false);
        return `Bearer ${token.token}`;
    }
    /** GET realm?service=…&scope=… (Basic credentials if any) → {token | access_token}; one in flight per scope. */
    async fetchToken(request, challenge, renew) {
        const scope = this.tokenKey(request.repository, request.push);
        if (!renew) {
            const cached = this.tokens.get(scope);
            if (cached && cached.expiresAt > Date.now())
                return cached;
        }
        const pending = this.pendingTokens.get(scope);
        if (pending)
            return pending;
        const promise = this.requestToken(request.repository, scope, challenge).finally(() => this.pendingTokens.delete(scope));
        this.pendingTokens.set(scope, promise);
        const token = await promise;
        this.tokens.set(scope, token);
        return token;
    }
    async requestToken(repository, scope, challenge) {
        const realm = challenge.params.realm;
        let realmUrl;
        try {
            realmUrl = new URL(realm ?? '');
        }
        catch {
            throw new RegistryError(`registry ${this.registry} sent a Bearer challenge without a usable realm (${(0,errors/* showValue */.vp)(realm ?? '')})`, { registry: this.registry, repository });
        }
        if (realmUrl.protocol !== 'https:' && !(realmUrl.protocol === 'http:' && this.options.plainHttp)) {
            throw new RegistryError(`registry ${this.registry} names token realm ${realmUrl.origin}, which is not https: refusing to send credentials there`, { registry: this.registry, repository });
        }
        if (challenge.params.service)
            realmUrl.searchParams.set('service', challenge.params.service);
        realmUrl.searchParams.set('scope', scope);
        const headers = {
            'user-agent': this.options.userAgent ?? 'release-kit',
            accept: 'application/json',
        };
        if (this.hasCredentials())
            headers.authorization = basicAuthorization(this.options.username, this.options.password);
        for (let attempt = 0;; attempt += 1) {
            let response;
            try {
                this.stats.requests += 1;
                this.stats.tokenRequests += 1;
                this.log.debug(`oci: GET ${realmUrl.origin}${realmUrl.pathname} (token for ${scope})`);
                response = await this.fetchImpl(realmUrl.href, {
                    headers,
                    signal: AbortSignal.timeout(this.options.timeoutMs ?? 120_000),
                });
            }
            catch (error) {
                if (!isTransient(error) || attempt >= this.retries)
                    throw this.finalError(error, `token request for ${scope}`, repository);
                this.stats.retries += 1;
                await (0,retry/* sleep */.yy)(this.backoff(attempt));
                continue;
            }
            if (this.isRetryableStatus(response) && attempt < this.retries) {
                await discard(response);
                this.stats.retries += 1;
                await (0,retry/* sleep */.yy)(this.backoff(attempt, (0,retry/* retryAfterMs */.Vs)(response.headers, this.retryBaseMs)));
                continue;
            }
            if (response.status === 401 || response.status === 403) {
                await discard(response);
                const who = this.hasCredentials()
                    ? `the credentials of user ${(0,errors/* showValue */.vp)(this.options.username)}`
                    : 'anonymous access';
                throw new RegistryError(`token service ${realmUrl.origin}${realmUrl.pathname} for registry ${this.registry} refused ${who} for ${scope} (HTTP ${response.status})${this.hasCredentials() ? '' : ': set username and password'}`, { registry: this.registry, repository, status: response.status });
            }
            if (response.status !== 200) {
                const text = (await readLimited(response, 64 * 1024, 'token response').catch(() => Buffer.alloc(0))).toString('utf8');
                throw new RegistryError(`token service ${realmUrl.origin}${realmUrl.pathname} answered HTTP ${response.status} for ${scope}${text ? `: ${oneLine(text)}` : ''}`, { registry: this.registry, repository, status: response.status });
            }
            let body;
            try {
                body = JSON.parse((await readLimited(response, 1024 * 1024, 'token response')).toString('utf8'));
            }
            catch {
                throw new RegistryError(`token service ${realmUrl.origin}${realmUrl.pathname} answered with something other than JSON`, { registry: this.registry, repository });
            }
            const token = body.token ?? body.access_token;
            if (typeof token !== 'string' || token === '') {
                throw new RegistryError(`token service ${realmUrl.origin}${realmUrl.pathname} answered without a token`, {
                    registry: this.registry,
                    repository,
                });
            }
            // The spec's default lifetime is 60 s; renew a little early.
            const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
            return { token, expiresAt: Date.now() + Math.max(lifetime - 10, lifetime / 2) * 1000 };
        }
    }
    /** A RegistryError for an unexpected answer, worded by status. */
    async failure(response, action, repository, reference) {
        const { code, message } = await errorDetails(response);
        const detail = `HTTP ${response.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
        const what = reference ? `${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}` : repository;
        const details = { registry: this.registry, repository, status: response.status, code };
        const user = this.hasCredentials() ? `user ${(0,errors/* showValue */.vp)(this.options.username)}` : 'anonymous access';
        const scopeTooNarrow = response.status === 401 &&
            pickChallenge(parseChallenges(response.headers.get('www-authenticate')))?.params.error === 'insufficient_scope';
        if (response.status === 403 || scopeTooNarrow) {
            return new RegistryError(`registry ${this.registry} denied ${action} on ${what} to ${user} (${detail}${scopeTooNarrow ? ', the token lacks the scope' : ''}); on ghcr.io the job needs 'packages: write'`, details);
        }
        if (response.status === 401) {
            return new RegistryError(this.hasCredentials()
                ? `registry ${this.registry} refused the credentials of ${user} for ${action} on ${what} (${detail})`
                : `registry ${this.registry} requires authentication for ${action} on ${what} (${detail}): set username and password`, details);
        }
        if (response.status === 404)
            return new RegistryError(`${what} not found on registry ${this.registry} (${action}: ${detail})`, details);
        const wait = (0,retry/* retryAfterMs */.Vs)(response.headers, this.retryBaseMs);
        if (this.isRetryableStatus(response) && wait !== undefined && wait > MAX_RETRY_AFTER_MS) {
            return new RegistryError(`registry ${this.registry} rate-limited ${action} on ${what} (${detail}) and asks to retry after ${response.headers.get('retry-after')}, longer than release-kit waits; rerun later`, { ...details, transient: true });
        }
        if (this.isRetryableStatus(response)) {
            return new RegistryError((0,errors/* gaveUpMessage */.Sw)({
                failed: `registry ${this.registry} kept failing ${action} on ${what}`,
                reason: detail,
                tries: this.retries + 1,
                fix: SERVICE_TROUBLE,
            }), { ...details, transient: true });
        }
        return new RegistryError(`registry ${this.registry} refused ${action} on ${what} (${detail})`, details);
    }
    finalError(error, action, repository) {
        if (error instanceof errors/* UserError */.yo)
            return error;
        if (error instanceof TransientStatus) {
            return new RegistryError((0,errors/* gaveUpMessage */.Sw)({
                failed: `registry ${this.registry} kept failing ${action} in ${repository}`,
                reason: `HTTP ${error.status}`,
                tries: this.retries + 1,
                fix: SERVICE_TROUBLE,
            }), { registry: this.registry, repository, status: error.status, transient: true });
        }
        if (isTransient(error)) {
            return new RegistryError((0,errors/* gaveUpMessage */.Sw)({
                failed: `could not reach registry ${this.registry} for ${action} in ${repository}`,
                reason: (0,retry/* describeNetworkError */.gl)(error),
                tries: this.retries + 1,
                fix: 'check the registry host and the network, then rerun',
            }), { registry: this.registry, repository, transient: true, reason: (0,retry/* describeNetworkError */.gl)(error) });
        }
        return error instanceof Error ? error : new Error(String(error));
    }
}
/** The tag cosign and the OCI spec use for the referrers fallback index: `sha256-<hex>`. */
function referrersTagOf(digest) {
    return digest.replace(':', '-');
}
/** The manifest's Content-Type: its own mediaType, else OCI index or manifest by shape. */
function mediaTypeOfManifest(bytes) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new errors/* UserError */.yo('manifest to push is not JSON');
    }
    if (typeof json.mediaType === 'string' && json.mediaType)
        return json.mediaType;
    return Array.isArray(json.manifests) ? OCI_INDEX : OCI_MANIFEST;
}
/** A retryable status met where the caller restarts at a higher level (the upload session). */
class TransientStatus extends Error {
    status;
    retryAfterMs;
    constructor(status, retryAfterMs) {
        super(`HTTP ${status}`);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The short reason of a transient failure, for the message after the last try. */
function transientReason(error) {
    if (error instanceof TransientStatus)
        return `HTTP ${error.status}`;
    if (error instanceof RegistryError)
        return error.reason ?? (error.status ? `HTTP ${error.status}` : 'no answer');
    return (0,retry/* describeNetworkError */.gl)(error);
}
function isTransient(error) {
    if (error instanceof TransientStatus)
        return true;
    if (error instanceof RegistryError)
        return error.transient;
    if (error instanceof errors/* UserError */.yo)
        return false;
    return (0,retry/* isTransientNetworkError */.l)(error);
}
async function discard(response) {
    try {
        await response.body?.cancel();
    }
    catch {
        // A body that broke while being thrown away changes nothing.
    }
}
/** Read a body, refusing more than `max` bytes (a registry must not make us buffer without bound). */
async function readLimited(response, max, what) {
    const declared = Number(response.headers.get('content-length') ?? '');
    if (Number.isFinite(declared) && declared > max) {
        await discard(response);
        throw new errors/* UserError */.yo(`${what} is ${declared} bytes, more than the ${max} allowed`);
    }
    if (!response.body)
        return Buffer.alloc(0);
    const chunks = [];
    let total = 0;
    for await (const chunk of response.body) {
        total += chunk.length;
        if (total > max) {
            await discard(response);
            throw new errors/* UserError */.yo(`${what} is more than the ${max} bytes allowed`);
        }
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}
async function errorDetails(response) {
    if (response.bodyUsed)
        return {};
    try {
        const text = (await readLimited(response, 64 * 1024, 'error body')).toString('utf8');
        if (!text)
            return {};
        try {
            const body = JSON.parse(text);
            const first = body.errors?.[0];
            if (first)
                return { code: first.code, message: first.message };
        }
        catch {
            // not the OCI error shape: show the start of the text
        }
        return { message: oneLine(text).slice(0, 200) };
    }
    catch {
        return {};
    }
}
function nextLink(response, current) {
    const link = response.headers.get('link');
    const match = link && /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
    return match ? new URL(match[1], current).href : undefined;
}
function contentType(response) {
    return response.headers.get('content-type')?.split(';')[0].trim() || undefined;
}
function pathOf(url) {
    return new URL(url).pathname;
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function checkRepository(repository) {
    if (!isValidRepository(repository))
        throw new errors/* UserError */.yo(`invalid repository name ${(0,errors/* showValue */.vp)(repository)}: expected lower-case path components like owner/charts/name`);
}
function checkDigest(digest) {
    if (!isValidDigest(digest))
        throw new errors/* UserError */.yo(`invalid digest ${(0,errors/* showValue */.vp)(digest)}: expected sha256: and 64 lower-case hex digits`);
}
function checkManifestReference(reference) {
    if (!isValidDigest(reference) && !isValidTag(reference))
        throw new errors/* UserError */.yo(`invalid manifest reference ${(0,errors/* showValue */.vp)(reference)}: expected a tag or a sha256 digest`);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/publish-chart-oci.steps.ts
// publish-chart-oci after its inputs are valid: package or load each chart, then push it in helm's
// OCI format. Loaded lazily by operations/publish-chart-oci.ts.









async function publishCharts(settings, context) {
    const { log, runner } = context;
    const workspace = runner.workspace;
    // The registry URL is fully checked before any chart is read.
    const registryUrl = parseRegistryUrl(settings.registry);
    if (registryUrl.url !== settings.registry.replace(/\/$/, ''))
        log.info(`registry: using ${registryUrl.url} (OCI names are lower case)`);
    const releaseNotes = settings.releaseNotesPath === undefined
        ? undefined
        : (await readFileInside(workspace, settings.releaseNotesPath, 'release-notes', 'Markdown file')).text;
    // Package (or load) and validate every chart before the first request to the registry.
    const plans = await inGroup(log, `Package ${settings.charts.length === 1 ? settings.charts[0] : `${settings.charts.length} charts`}`, async () => {
        const planned = [];
        for (const input of settings.charts) {
            const absolute = await resolveInside(workspace, input, 'chart');
            const where = external_node_path_default().relative(workspace, absolute) || '.';
            const packaged = await loadChart(absolute, where, { version: settings.version, appVersion: settings.appVersion, releaseNotes }, () => reproducibleTime(absolute, runner.sourceDateEpoch, 'directory'));
            if (packaged.origin === 'directory')
                log.info(`${where}: packaged ${packaged.fileName} (${packaged.entries.length} files, ${packaged.data.length} bytes, mtime ${rfc3339(packaged.created)})`);
            else
                log.info(`${where}: validated packaged chart ${packaged.metadata.name} ${packaged.metadata.version} (${packaged.data.length} bytes)`);
            const reference = chartReference(registryUrl.url, packaged.metadata.name, packaged.metadata.version);
            planned.push({ input, packaged, reference, artifact: chartOciArtifact(packaged) });
        }
        return planned;
    });
    const seen = new Map();
    for (const plan of plans) {
        const other = seen.get(plan.reference.ref);
        if (other !== undefined)
            throw (0,errors/* invalidInput */.aY)('chart', plan.input, `charts with distinct name:version pairs; ${other} is also ${plan.reference.ref}`);
        seen.set(plan.reference.ref, plan.input);
    }
    const client = createOciClient({
        registry: registryUrl.host,
        plainHttp: settings.plainHttp,
        username: settings.username,
        password: settings.password,
        push: true,
        retryBaseMs: runner.retryBaseMs,
        log,
    });
    // Look at every tag first, so that a refused chart stops the run before anything is pushed.
    const existing = new Map();
    for (const plan of plans) {
        const found = await client.manifestExists(plan.reference.repository, plan.reference.tag);
        existing.set(plan.reference.ref, found?.digest);
        if (found && found.digest !== plan.artifact.digest && settings.onExisting === 'fail') {
            throw new errors/* UserError */.yo(`${plan.reference.ref} already exists with digest ${found.digest}, and this chart (${plan.input}) is ${plan.artifact.digest}: a published chart version is never overwritten; bump the chart version (input 'version' or Chart.yaml), or set on-existing: overwrite if you really mean to replace it`, {
                input: 'on-existing',
                value: settings.onExisting,
                valid: 'a new chart version',
                summary: refusedSummary(plan.reference.ref, found.digest, plan.artifact.digest),
            });
        }
    }
    const results = [];
    for (const plan of plans) {
        const before = existing.get(plan.reference.ref);
        let state;
        if (before === plan.artifact.digest) {
            state = 'unchanged';
            log.info(`${plan.reference.ref} already holds ${plan.artifact.digest}: unchanged`);
        }
        else {
            await inGroup(log, `Push ${plan.reference.ref}`, async () => {
                if (before !== undefined)
                    log.warning(`on-existing: overwrite: replacing ${plan.reference.ref} (was ${before}) with ${plan.artifact.digest}`);
                await pushChart(client, plan.artifact, plan.reference, log);
                log.info(`pushed ${plan.reference.ref} (${plan.artifact.digest})`);
            });
            state = 'pushed';
        }
        results.push({
            chart: plan.input,
            name: plan.packaged.metadata.name,
            version: plan.packaged.metadata.version,
            appVersion: plan.packaged.metadata.appVersion ?? '',
            ref: plan.reference.ref,
            digest: plan.artifact.digest,
            ociUrl: plan.reference.ociUrl,
            state,
            layerDigest: plan.artifact.layer.digest,
        });
    }
    const stats = client.stats;
    log.debug(`registry requests: ${stats.requests} (${stats.manifestHeads} manifest HEAD, ${stats.blobHeads} blob HEAD, ${stats.uploadSessions} upload sessions, ${stats.blobPuts} blob PUT, ${stats.manifestPuts} manifest PUT, ${stats.tokenRequests} token, ${stats.retries} retries, ${stats.uploadRestarts} upload restarts)`);
    const single = results.length === 1 ? results[0] : undefined;
    return {
        outputs: {
            state: results.some((r) => r.state === 'pushed') ? 'pushed' : 'unchanged',
            ref: single?.ref ?? '',
            digest: single?.digest ?? '',
            'oci-url': single?.ociUrl ?? '',
            name: single?.name ?? '',
            version: single?.version ?? '',
            'app-version': single?.appVersion ?? '',
            charts: results,
        },
        summary: summaryOf(results),
    };
}
function summaryOf(results) {
    const lines = [
        '### Helm charts published to OCI',
        '',
        '| Chart | Reference | Digest | State |',
        '| --- | --- | --- | --- |',
    ];
    for (const r of results)
        lines.push(`| ${r.name} ${r.version} | \`${r.ref}\` | \`${r.digest}\` | ${r.state} |`);
    lines.push('', 'Install:', '', '```sh');
    for (const r of results)
        lines.push(`helm upgrade --install ${r.name} ${r.ociUrl} --version ${r.version}`);
    lines.push('```', '', 'Digests, for signing or attestation:', '', '```');
    for (const r of results)
        lines.push(`${r.ociUrl.replace(/^oci:\/\//, '')}@${r.digest}`);
    lines.push('```', '');
    return lines.join('\n');
}
function refusedSummary(ref, published, ours) {
    return [
        '### Chart version already published',
        '',
        `\`${ref}\` exists with a different digest; nothing was pushed.`,
        '',
        `- published: \`${published}\``,
        `- this run:  \`${ours}\``,
        '',
        'Bump the chart version (Chart.yaml or the `version` input) and release again.',
        '',
    ].join('\n');
}


/***/ })

};

//# sourceMappingURL=721.index.js.map