export const id = 417;
export const ids = [417];
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
            ? `input '${options.input}' has invalid value ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(text)}`
            : `invalid OCI reference ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(text)}`;
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${subject}: ${why}`, {
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


/***/ }),

/***/ 30417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   operation: () => (/* binding */ operation),
/* harmony export */   parseExpectedDigests: () => (/* binding */ parseExpectedDigests)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84123);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51430);
/* harmony import */ var _signing_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73556);
// verify-images: every release image resolves to the expected digest and carries a cosign signature that verifies.





const ENGINES = ['sigstore', 'cosign'];
/** Every input, parsed and checked before any registry is contacted. */
async function parseSettings(inputs, context) {
    const password = inputs.secret('password');
    const username = inputs.optional('username');
    if (password && !username)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('username', '', 'the registry user name that goes with password (ghcr.io: github.actor)');
    const lines = inputs.lines('images', { commas: true });
    if (lines.length === 0)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('images', '', 'one image reference per line, e.g. ghcr.io/OWNER/app:0.1.0 or ghcr.io/OWNER/app@sha256:…');
    const images = lines.map((text) => ({
        text,
        reference: (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(text, { input: 'images', requireTagOrDigest: true }),
    }));
    const seen = new Set();
    for (const image of images) {
        if (seen.has(image.text))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('images', image.text, 'each image once');
        seen.add(image.text);
    }
    const expected = parseExpectedDigests(inputs.optional('expected-digests'), images);
    const workspace = context.runner.workspace;
    const publicKeyInput = inputs.optional('public-key');
    let publicKeyPem;
    let publicKeyPath;
    if (publicKeyInput !== undefined) {
        if (publicKeyInput.includes('-----BEGIN'))
            publicKeyPem = publicKeyInput;
        else {
            publicKeyPath = publicKeyInput;
            publicKeyPem = await readInputFile('public-key', workspace, publicKeyInput, 'a PEM public key, or the path of a file inside the workspace holding one');
        }
    }
    const trustedRootInput = inputs.optional('trusted-root');
    let trustedRootJson;
    let trustedRootPath;
    if (trustedRootInput !== undefined) {
        if (trustedRootInput.startsWith('{'))
            trustedRootJson = trustedRootInput;
        else {
            trustedRootPath = trustedRootInput;
            trustedRootJson = await readInputFile('trusted-root', workspace, trustedRootInput, 'the path of a trusted_root.json inside the workspace');
        }
    }
    const policy = (0,_signing_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .buildPolicy */ .vh)({
        certificateIdentity: inputs.optional('certificate-identity'),
        certificateIdentityRegexp: inputs.optional('certificate-identity-regexp'),
        workflow: inputs.optional('workflow'),
        ref: inputs.optional('ref') ?? context.runner.ref,
        repository: inputs.optional('repository') ?? context.runner.repository,
        serverUrl: context.runner.serverUrl,
        certificateOidcIssuer: inputs.string('certificate-oidc-issuer'),
        publicKeyPem,
        ignoreTlog: inputs.boolean('ignore-tlog'),
    });
    return {
        images,
        expected,
        policy,
        engine: inputs.choice('engine', ENGINES),
        trustedRootJson,
        trustedRootPath,
        publicKeyPath,
        username,
        password,
        plainHttp: inputs.boolean('plain-http'),
        retries: inputs.integer('retries', { min: 0, max: 10 }),
    };
}
async function readInputFile(input, workspace, relative, valid) {
    const file = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(workspace, relative, input);
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)(input, relative, `${valid} (${error.code ?? 'unreadable'})`);
    }
}
/**
 * `expected-digests`: a JSON object image → digest, or lines `image@sha256:…`. A key names an image
 * as written in `images`, or by its repository alone (`ghcr.io/o/app`), which is how build jobs
 * usually report digests. A key that names no image is refused: it is almost always a typo that
 * would otherwise switch the check off silently. For the same reason, once the input is set every
 * listed image must have a digest: an image left out would be verified without the digest check.
 */
function parseExpectedDigests(raw, images) {
    const result = new Map();
    if (raw === undefined)
        return result;
    const pairs = [];
    if (raw.startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(raw);
        }
        catch (error) {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('expected-digests', raw, `a JSON object {"image": "sha256:…"} or lines image@sha256:… (${error.message})`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('expected-digests', raw, 'a JSON object {"image": "sha256:…"}');
        pairs.push(...Object.entries(parsed));
    }
    else {
        for (const line of raw
            .split(/\r?\n|,/)
            .map((l) => l.trim())
            .filter((l) => l && !l.startsWith('#'))) {
            const at = line.lastIndexOf('@');
            if (at < 0)
                throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('expected-digests', line, 'lines image@sha256:<64 hex digits>');
            pairs.push([line.slice(0, at), line.slice(at + 1)]);
        }
    }
    for (const [key, digest] of pairs) {
        if (typeof digest !== 'string' || !(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha256Digest */ .q9)(digest)) {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('expected-digests', `${key}@${String(digest)}`, 'a digest sha256:<64 lower-case hex digits> per image');
        }
        const matches = images.filter((image) => key === image.text ||
            key === (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(image.reference) ||
            key === `${image.reference.registry}/${image.reference.repository}`);
        if (matches.length === 0) {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('expected-digests', key, `an image listed in images (${images.map((i) => i.text).join(', ')})`);
        }
        for (const match of matches) {
            const previous = result.get(match.text);
            if (previous && previous !== digest)
                throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('expected-digests', key, `one digest per image (${match.text} is given ${previous} and ${digest})`);
            result.set(match.text, digest);
        }
    }
    const missing = images.filter((image) => !result.has(image.text)).map((image) => image.text);
    if (missing.length) {
        const valid = `a digest for every image listed in images, keyed by the image as written or by its repository (e.g. ${images[0].reference.registry}/${images[0].reference.repository}@sha256:…)`;
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`input 'expected-digests' has no digest for ${missing.map((m) => (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(m)).join(', ')}: expected ${valid}`, {
            input: 'expected-digests',
            value: missing,
            valid,
        });
    }
    return result;
}
const operation = {
    name: 'verify-images',
    description: 'Verify that every release image has the expected registry digest and a cosign signature (keyless identity or public key; legacy and v3 formats) that verifies.',
    inputs: [
        {
            name: 'images',
            description: 'Image references, one per line, by tag or digest (e.g. ghcr.io/OWNER/app:0.1.0).',
            required: true,
        },
        {
            name: 'expected-digests',
            description: 'The digests the build produced: a JSON object image → sha256:…, or lines image@sha256:…; the registry digest must equal it; when set, every image needs one.',
            default: '',
        },
        {
            name: 'certificate-identity',
            description: 'Keyless: the exact certificate identity (SAN), e.g. https://github.com/OWNER/REPO/.github/workflows/release-images.yml@refs/tags/v0.1.0.',
            default: '',
        },
        {
            name: 'certificate-identity-regexp',
            description: 'Keyless: a pattern for the identity; anchored (^…$) unless it already is, unlike cosign.',
            default: '',
        },
        {
            name: 'workflow',
            description: 'Keyless shorthand: the signing workflow file; with ref and repository it gives the exact identity.',
            default: '',
        },
        { name: 'ref', description: 'With workflow: the git ref the signing run was on; default GITHUB_REF.', default: '' },
        {
            name: 'repository',
            description: 'With workflow: OWNER/REPO of the signing workflow; default GITHUB_REPOSITORY.',
            default: '',
        },
        {
            name: 'certificate-oidc-issuer',
            description: 'Keyless: the OIDC issuer the certificate must name.',
            default: _signing_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .GITHUB_ACTIONS_ISSUER */ .qQ,
        },
        {
            name: 'public-key',
            description: 'Key-based: a PEM public key, or the path of a file holding one (inside the workspace).',
            default: '',
        },
        {
            name: 'ignore-tlog',
            description: 'Key-based only: accept signatures without a transparency-log entry (cosign --insecure-ignore-tlog).',
            default: 'false',
        },
        {
            name: 'engine',
            description: '`sigstore` (built in, no download) or `cosign` (runs cosign verify; cosign from PATH or a pinned, checksummed release).',
            default: 'sigstore',
        },
        {
            name: 'trusted-root',
            description: 'A Sigstore trusted_root.json (path inside the workspace) for private deployments; default: the public-good root via TUF.',
            default: '',
        },
        { name: 'username', description: 'Registry user name (ghcr.io: github.actor).', default: '' },
        {
            name: 'password',
            description: 'Registry password or token (ghcr.io: GITHUB_TOKEN with packages: read); masked.',
            default: '',
        },
        {
            name: 'plain-http',
            description: 'Talk http:// to the registry (loopback test registries only).',
            default: 'false',
        },
        {
            name: 'retries',
            description: 'How many times to look again, with back-off, when a tag or signature is not there yet.',
            default: '3',
        },
    ],
    outputs: [
        {
            name: 'results',
            description: 'JSON array, one object per image: {image, digest, verified, identity, issuer, format, error}.',
        },
        { name: 'verified', description: 'How many images verified.' },
        {
            name: 'state',
            description: '`verified` when every image verified, `failed` otherwise (outputs are set on failure too; read-only: a rerun gives the same answer).',
        },
    ],
    async run(context) {
        const settings = await parseSettings(context.inputs, context);
        // The one lazy boundary: registry, sigstore and cosign code load only once the inputs are valid.
        const { verifyImages } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(260), __webpack_require__.e(138), __webpack_require__.e(694), __webpack_require__.e(584), __webpack_require__.e(81)]).then(__webpack_require__.bind(__webpack_require__, 93246));
        return verifyImages(settings, context);
    },
};


/***/ }),

/***/ 51430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   XW: () => (/* binding */ readFileInside),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23178);
// File-system helpers: atomic writes and paths that cannot escape their root.





/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target.
 */
async function writeFileAtomic(file, data, mode) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            try {
                fileMode = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file)).mode & 0o7777;
            }
            catch {
                fileMode = 0o644;
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, data, { mode: fileMode });
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'r+');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
        throw error;
    }
}
/**
 * Resolve `relative` inside `root`, refusing `..` escapes, absolute paths outside the root and
 * symlinks whose target leaves the root. `input` names the input for the error message.
 */
async function resolveInside(root, relative, input) {
    const rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(rootReal, relative);
    if (!isWithin(rootReal, candidate)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: expected a path inside ${rootReal}`, {
            input,
            value: relative,
            valid: `a path inside ${rootReal}`,
        });
    }
    let real;
    // A path that does not exist (yet) is judged by its nearest existing ancestor: a symlinked folder
    // on the way must not carry a file about to be written out of the root.
    for (let probe = candidate; real === undefined; probe = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(probe)) {
        try {
            real = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(probe), node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(probe, candidate));
        }
        catch {
            if (probe === rootReal || node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(probe) === probe)
                return candidate;
        }
    }
    if (!isWithin(rootReal, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: it is a symlink to ${real}, outside ${rootReal}; expected a file inside the workspace`, { input, value: relative, valid: `a path inside ${rootReal}` });
    }
    return candidate;
}
/** True when `child` is `parent` or below it (both absolute, normalised). */
function isWithin(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel));
}
/**
 * Read the UTF-8 file `relative` inside `root` (as resolveInside checks it). A missing file is the
 * input's fault: `input` and `what` (e.g. "changelog file") name it and what was expected.
 */
async function readFileInside(root, relative, input, what) {
    const absolute = await resolveInside(root, relative, input);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidInput */ .aY)(input, relative, `an existing ${what} inside the workspace`);
        throw error;
    }
    // Text with bytes that are not UTF-8 would reach release notes and commits as U+FFFD: refuse it.
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const line = bytes
            .toString('utf8')
            .split('\n')
            .findIndex((l) => l.includes('\uFFFD')) + 1;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .invalidInput */ .aY)(input, relative, `a ${what} in UTF-8`, {
            file: relative,
            line: line || 1,
        });
    }
    return { absolute, text: bytes.toString('utf8') };
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
    const value = githubWorkflowIdentity({
        repository: options.repository,
        workflow,
        ref: options.ref,
        serverUrl: options.serverUrl,
    });
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


/***/ })

};

//# sourceMappingURL=417.index.js.map