export const id = 926;
export const ids = [926];
export const modules = {

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

/***/ 54926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLI_USAGE: () => (/* binding */ CLI_USAGE),
/* harmony export */   DEFAULT_REGISTRY: () => (/* binding */ DEFAULT_REGISTRY),
/* harmony export */   cliInputs: () => (/* binding */ cliInputs),
/* harmony export */   operation: () => (/* binding */ operation),
/* harmony export */   registryAndTrustSettings: () => (/* binding */ registryAndTrustSettings)
/* harmony export */ });
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84123);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
/* harmony import */ var _runtime_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34076);
/* harmony import */ var _signing_trusted_root_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84571);
// verify-release: check a release, draft or published, the way its users receive it: everything its
// notes name exists, checksums cover every archive, and every signature and attestation verifies.




/** Where GitHub projects keep their images and charts; the registry credentials are for it unless told. */
const DEFAULT_REGISTRY = 'ghcr.io';
/** The registry and trust inputs verify-release and the publish gate share, read and checked. */
async function registryAndTrustSettings(inputs, context, names) {
    const credentialsRegistry = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRegistryHost */ .TZ)(inputs.optional(names.registry) ?? DEFAULT_REGISTRY, names.registry);
    const password = inputs.secret(names.password);
    const username = inputs.optional(names.username);
    if (password && !username)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)(names.username, '', `the registry user name that goes with ${names.password} (ghcr.io: github.actor)`);
    const trustedRoot = inputs.optional(names.trustedRoot);
    let trustedRootJson;
    if (trustedRoot !== undefined)
        trustedRootJson = await (0,_signing_trusted_root_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readTrustedRootFile */ .u)(context.runner.workspace, trustedRoot, names.trustedRoot);
    return {
        credentialsRegistry,
        username,
        password,
        plainHttp: inputs.boolean('plain-http'),
        ...(trustedRootJson !== undefined ? { trustedRootJson, trustedRootSource: trustedRoot } : {}),
    };
}
async function parseSettings(inputs, context) {
    const tag = inputs.string('tag');
    if (!/^[A-Za-z0-9][A-Za-z0-9._/+-]*$/.test(tag))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('tag', tag, 'a release tag such as v1.2.3');
    const repositoryText = inputs.optional('repository') ?? context.runner.repository;
    if (!repositoryText)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('repository', '', 'OWNER/REPO (set the input or GITHUB_REPOSITORY)');
    const { owner, repo } = (0,_runtime_context_js__WEBPACK_IMPORTED_MODULE_2__/* .splitRepository */ .T8)(repositoryText, 'repository');
    return {
        tag,
        owner,
        repo,
        token: inputs.secret('token'),
        ...(await registryAndTrustSettings(inputs, context, {
            registry: 'registry',
            username: 'username',
            password: 'password',
            trustedRoot: 'trusted-root',
        })),
    };
}
const operation = {
    name: 'verify-release',
    description: 'Verify a release, draft or published, as its users get it: every image, chart and file its notes name exists with the digest they give, the checksums file covers every archive, and every signature and attestation the notes tell users to check verifies.',
    inputs: [
        { name: 'tag', description: 'The release tag, e.g. v1.2.3.', required: true },
        { name: 'repository', description: 'OWNER/REPO of the release; default: the current repository.', default: '' },
        {
            name: 'token',
            description: 'GitHub token: read access for a published release of a public repository, contents: write to see a draft.',
            default: '${{ github.token }}',
        },
        {
            name: 'registry',
            description: "The registry host username and password are for; every other registry the notes name is read anonymously (the notes are the release author's text, so they never get your token).",
            default: DEFAULT_REGISTRY,
        },
        {
            name: 'username',
            description: 'Registry user name for the images and charts on `registry` (ghcr.io: github.actor).',
            default: '',
        },
        {
            name: 'password',
            description: 'Registry password or token (ghcr.io: GITHUB_TOKEN with packages: read); masked.',
            default: '',
        },
        {
            name: 'trusted-root',
            description: 'A Sigstore trusted_root.json (path inside the workspace) for signatures and attestations; default: the public-good root via TUF.',
            default: '',
        },
        {
            name: 'plain-http',
            description: 'Talk http:// to the registries (loopback test registries only).',
            default: 'false',
        },
    ],
    outputs: [
        {
            name: 'results',
            description: 'JSON array, one object per artifact the notes name: {artifact, kind (image, chart, file, notes), digest, checks, problems, verified}.',
        },
        { name: 'failures', description: 'How many problems were found (0 when the release verifies).' },
        {
            name: 'state',
            description: '`verified` when everything the notes name verifies, `failed` otherwise (read-only: a rerun gives the same answer).',
        },
    ],
    async run(context) {
        const settings = await parseSettings(context.inputs, context);
        // The one lazy boundary: GitHub, registry and sigstore code load only once the inputs are valid.
        const { verifyReleaseStep } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(815), __webpack_require__.e(697), __webpack_require__.e(138), __webpack_require__.e(694), __webpack_require__.e(644), __webpack_require__.e(800), __webpack_require__.e(692), __webpack_require__.e(252), __webpack_require__.e(868), __webpack_require__.e(664), __webpack_require__.e(388)]).then(__webpack_require__.bind(__webpack_require__, 93664));
        return verifyReleaseStep(settings, context);
    },
};
/** The CLI form `release-kit verify-release vX.Y.Z [--repository OWNER/REPO]`: the tag as a positional. */
function cliInputs(flags, positionals) {
    return { ...flags, ...(positionals.length ? { tag: positionals.join(' ') } : {}) };
}
const CLI_USAGE = 'release-kit verify-release vX.Y.Z [--repository OWNER/REPO] [--input value …]';


/***/ }),

/***/ 51430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   XW: () => (/* binding */ readFileInside),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   aE: () => (/* binding */ writeFileInPlace)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23178);
/* harmony import */ var _lossless_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96763);
// File-system helpers: atomic writes, edits in place that keep a file's bytes, mode and symlink,
// reads that never block on a special file, and paths that cannot escape their root.







/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target. The file gets `mode`, else
 * the mode of the regular file it replaces, else 0644; exactly, whatever the umask.
 */
async function writeFileAtomic(file, data, mode) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(file).catch(() => undefined);
            // A symlink's own mode (0777) is no file's: what replaces the link gets the default.
            fileMode = existing?.isFile() ? existing.mode & 0o7777 : 0o644;
        }
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.open)(tmp, 'wx', 0o600);
        try {
            await handle.writeFile(data);
            await handle.chmod(fileMode);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(tmp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(tmp, { force: true });
        throw error;
    }
}
/**
 * Replace the content of `relative` (a file of the user's repository under `root`) as an edit in
 * place, the one way release-kit writes a user's file. A symlink is followed and its target edited
 * (the link stays a link), provided the target lies inside `root`; else the edit is refused. The
 * target keeps its mode; the write is atomic (a temporary file in the target's own folder, renamed
 * over it). A string is encoded losslessly, so text read with readFileInside(…, { forEdit: true })
 * writes back every byte it did not change. A file that does not exist yet is created with 0644.
 */
async function writeFileInPlace(root, relative, content, input) {
    const absolute = await resolveInside(root, relative, input);
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.realpath)(absolute).catch(() => absolute);
    const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.lstat)(target).catch(() => undefined);
    if (stats && !stats.isFile())
        throw notRegularFile(relative, stats, input);
    await writeFileAtomic(target, typeof content === 'string' ? (0,_lossless_text_js__WEBPACK_IMPORTED_MODULE_6__/* .encodeLossless */ .r)(content) : content);
}
/**
 * The bytes of the regular file `file`, or null when it does not exist. It is opened non-blocking
 * and checked with fstat before anything is read, so a FIFO, a device or a directory is refused
 * (a UserError naming `display` and `input`) instead of waiting forever for a writer.
 */
async function readRegularFile(file, display, input) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_NOCTTY);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO' || code === 'EACCES')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${display} cannot be read (${code}); expected a regular file`, {
                input,
                value: display,
                valid: 'a regular file',
            });
        throw error;
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw notRegularFile(display, stats, input);
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
function notRegularFile(display, stats, input) {
    const kind = stats.isDirectory()
        ? 'a directory'
        : stats.isFIFO()
            ? 'a FIFO (named pipe)'
            : stats.isSocket()
                ? 'a socket'
                : stats.isCharacterDevice() || stats.isBlockDevice()
                    ? 'a device'
                    : stats.isSymbolicLink()
                        ? 'a symlink'
                        : 'not a regular file';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${display} is ${kind}, not a regular file; release-kit reads and edits regular files only`, {
        input,
        value: display,
        valid: 'a regular file',
    });
}
/**
 * Resolve `relative` inside `root`, refusing `..` escapes, absolute paths outside the root and
 * symlinks whose target leaves the root. `input` names the input for the error message.
 */
async function resolveInside(root, relative, input) {
    const rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.realpath)(root);
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(rootReal, relative);
    if (!isWithin(rootReal, candidate)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: expected a path inside ${rootReal}`, {
            input,
            value: relative,
            valid: `a path inside ${rootReal}`,
        });
    }
    let real;
    // A path that does not exist (yet) is judged by its nearest existing ancestor: a symlinked folder
    // on the way must not carry a file about to be written out of the root.
    for (let probe = candidate; real === undefined; probe = node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(probe)) {
        try {
            real = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.realpath)(probe), node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(probe, candidate));
        }
        catch {
            if (probe === rootReal || node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(probe) === probe)
                return candidate;
        }
    }
    if (!isWithin(rootReal, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: it is a symlink to ${real}, outside ${rootReal}; expected a file inside the workspace`, { input, value: relative, valid: `a path inside ${rootReal}` });
    }
    return candidate;
}
/** True when `child` is `parent` or below it (both absolute, normalised). */
function isWithin(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(rel));
}
/**
 * Read the UTF-8 file `relative` inside `root` (as resolveInside checks it; a regular file, see
 * readRegularFile). A missing file is the input's fault: `input` and `what` (e.g. "changelog file")
 * name it and what was expected. `forEdit`: the text is decoded losslessly (invalid bytes kept, see
 * lossless-text.ts), for an edit written back with writeFileInPlace; else invalid bytes read as U+FFFD.
 */
async function readFileInside(root, relative, input, what, options = {}) {
    const absolute = await resolveInside(root, relative, input);
    const bytes = await readRegularFile(absolute, relative, input);
    if (bytes === null)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .invalidInput */ .aY)(input, relative, `an existing ${what} inside the workspace`);
    if (options.forEdit)
        return { absolute, text: (0,_lossless_text_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeLossless */ .x)(bytes) };
    // Text with bytes that are not UTF-8 would reach release notes and commits as U+FFFD: refuse it.
    // (An edit in place keeps such bytes as they are instead: decodeLossless.)
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const line = bytes
            .toString('utf8')
            .split('\n')
            .findIndex((l) => l.includes('\uFFFD')) + 1;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .invalidInput */ .aY)(input, relative, `a ${what} in UTF-8`, { file: relative, line: line || 1 });
    }
    return { absolute, text: bytes.toString('utf8') };
}


/***/ }),

/***/ 96763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ encodeLossless),
/* harmony export */   x: () => (/* binding */ decodeLossless)
/* harmony export */ });
// A file's bytes as text that encodes back to exactly those bytes, invalid UTF-8 included, so an
// edit of one value leaves every other byte of the file as it was.
//
// Written by hand because no codec does this: TextDecoder and Buffer turn each invalid byte into
// U+FFFD, which writes back as three other bytes. Here an invalid byte 0xXY becomes the lone
// surrogate U+DCXY (Python's "surrogateescape"): valid UTF-8 never decodes to a lone surrogate, so
// the way back is unambiguous. A BOM is kept as U+FEFF, as the file holds it.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The text of `bytes`; invalid UTF-8 bytes become lone surrogates U+DC80–U+DCFF. */
function decodeLossless(bytes) {
    try {
        return strict.decode(bytes);
    }
    catch {
        return decodeEscaping(bytes);
    }
}
/** The bytes of `text`, lone surrogates U+DC80–U+DCFF back to the invalid bytes they stand for. */
function encodeLossless(text) {
    if (!/[\uDC80-\uDCFF]/.test(text))
        return Buffer.from(text, 'utf8');
    const chunks = [];
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff)
                i++; // a pair: one astral character, encoded below
            continue;
        }
        if (unit >= 0xdc80 && unit <= 0xdcff) {
            chunks.push(Buffer.from(text.slice(from, i), 'utf8'), Buffer.of(unit & 0xff));
            from = i + 1;
        }
    }
    chunks.push(Buffer.from(text.slice(from), 'utf8'));
    return Buffer.concat(chunks);
}
function decodeEscaping(bytes) {
    let out = '';
    let runStart = 0;
    let i = 0;
    const flush = (end) => {
        if (end > runStart)
            out += strict.decode(bytes.subarray(runStart, end));
    };
    while (i < bytes.length) {
        const length = validSequenceLength(bytes, i);
        if (length > 0) {
            i += length;
            continue;
        }
        flush(i);
        out += String.fromCharCode(0xdc00 | bytes[i]);
        i++;
        runStart = i;
    }
    flush(i);
    return out;
}
/** The length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0 when there is none. */
function validSequenceLength(bytes, i) {
    const b0 = bytes[i];
    if (b0 < 0x80)
        return 1;
    const cont = (k, low = 0x80, high = 0xbf) => i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high;
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return cont(1) ? 2 : 0;
    if (b0 >= 0xe0 && b0 <= 0xef) {
        const [low, high] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
        return cont(1, low, high) && cont(2) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const [low, high] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
        return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}


/***/ }),

/***/ 84571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readTrustedRootFile)
/* harmony export */ });
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51430);
// A trusted_root.json named by an input, read before any heavy module loads (the operation checks it
// up front): light on purpose, so it imports only plumbing.


/**
 * A trusted_root.json named by an input, read the one way: a path inside the workspace (no line
 * breaks or NULs), a regular file (a FIFO there would block the read forever).
 */
async function readTrustedRootFile(workspace, file, input) {
    if (/[\0\r\n]/.test(file))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)(input, file, 'the path of a trusted_root.json inside the workspace');
    return (await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .readFileInside */ .XW)(workspace, file, input, 'trusted_root.json')).text;
}


/***/ })

};

//# sourceMappingURL=926.index.js.map