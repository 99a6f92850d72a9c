export const id = 566;
export const ids = [566];
export const modules = {

/***/ 19455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git),
/* harmony export */   x: () => (/* binding */ pushFailureReason)
/* harmony export */ });
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80868);
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
        const result = await (0,_plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)('git', args, { cwd: this.cwd, env });
        return result.stdout.replace(/\n$/, '');
    }
    /** Run git and return null instead of throwing when it exits non-zero. */
    async tryExec(args) {
        try {
            return await this.exec(args);
        }
        catch (error) {
            if (error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .c)
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
            if (!(error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .c))
                throw error;
            const reason = error.result.stderr.trim().split('\n').pop() ?? '';
            throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot read the tags of ${remote} (${reason}); check the remote and the token's access (contents: write)`, {
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

/***/ 3566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operation: () => (/* binding */ operation)
});

// EXTERNAL MODULE: ./packages/release-kit/src/git/git.ts
var git = __webpack_require__(19455);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/reference.ts
var oci_reference = __webpack_require__(84123);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/semver.ts
var versions_semver = __webpack_require__(6358);
;// CONCATENATED MODULE: ./packages/release-kit/src/images/tags.ts
// Container image tags for a release: docker/metadata-action's semver rules, and GitLab's CI scheme.




/** When `latest` is added: `auto` for the highest release only (metadata-action's default), or `always`, or `never`. */
const LATEST_POLICIES = ['auto', 'always', 'never'];
/**
 * Tags for release `version` (`1.2.3` or a tag such as `v1.2.3`), as metadata-action's
 * `type=semver` patterns `{{version}}`, `{{major}}.{{minor}}` and `{{major}}` give them: a
 * prerelease gets only `{version}` (metadata-action turns every pattern into `{{version}}` for one),
 * build metadata is dropped (a `+` is no tag character), and `latest` follows `options.latest`;
 * under `auto` only a release no other release tag outranks is `latest` (metadata-action's
 * `latest=auto` tags every release, which would move `latest` back on a patch of an older line).
 */
function semverImageTags(version, options) {
    const normalised = (0,versions_semver/* versionOfInput */.W3)(version) ?? (0,versions_semver/* versionOfTag */.mx)(version);
    if (!normalised)
        throw (0,errors/* invalidInput */.aY)('version', version, 'a SemVer release version or tag, e.g. 1.2.3 or v1.2.3');
    const parsed = semver_default().parse(normalised);
    const plain = parsed.version; // without build metadata
    const prerelease = parsed.prerelease.length > 0;
    const tags = [plain];
    if (!prerelease) {
        tags.push(`${parsed.major}.${parsed.minor}`);
        if (parsed.major !== 0 || options.majorZero)
            tags.push(String(parsed.major));
    }
    // Only tags of the same component count: in a monorepo, `chart-v9.0.0` does not outrank `v1.2.0`.
    const sameComponent = options.releaseTags.filter((tag) => (0,versions_semver/* tagComponent */.w2)(tag) === (0,versions_semver/* tagComponent */.w2)(version));
    const latest = options.latest === 'always' || (options.latest === 'auto' && !prerelease && (0,versions_semver/* isHighestRelease */.gj)(plain, sameComponent));
    if (latest)
        tags.push('latest');
    return { version: plain, tags, latest };
}
/**
 * GitLab's scheme (its Docker CI template and container-registry docs): `$CI_COMMIT_SHORT_SHA` and
 * `$CI_COMMIT_REF_SLUG` always, `latest` on the default branch, `$CI_COMMIT_TAG` in a tag pipeline.
 * `latestPolicy` `always`/`never` overrides the default-branch rule.
 */
function gitlabImageTags(commit, latestPolicy = 'auto') {
    const variables = [
        ['CI_COMMIT_SHORT_SHA', commit.shortSha],
        ['CI_COMMIT_REF_SLUG', commit.refSlug],
    ];
    for (const [name, value] of variables) {
        if (!value)
            throw (0,errors/* invalidInput */.aY)('scheme', 'gitlab', `a GitLab CI job: ${name} is unset (run it in a GitLab pipeline, or use --scheme semver --version X.Y.Z)`);
    }
    const tags = [commit.shortSha, commit.refSlug];
    if (commit.tag)
        tags.push(commit.tag);
    const onDefault = commit.branch !== undefined && commit.branch !== '' && commit.branch === commit.defaultBranch;
    const latest = latestPolicy === 'always' || (latestPolicy === 'auto' && onDefault);
    if (latest)
        tags.push('latest');
    for (const tag of tags) {
        if (!(0,oci_reference/* isValidTag */.r_)(tag))
            throw (0,errors/* invalidInput */.aY)('scheme', 'gitlab', `CI variables that are valid image tags ([A-Za-z0-9_][A-Za-z0-9._-]{0,127}); got ${JSON.stringify(tag)}`);
    }
    return {
        version: commit.tag ? ((0,versions_semver/* versionOfTag */.mx)(commit.tag) ?? commit.tag) : commit.refSlug,
        tags: [...new Set(tags)],
        latest,
    };
}
/** `image:tag` for every image and tag, images in the order given. */
function imageRefs(images, tags) {
    return images.flatMap((image) => tags.map((tag) => `${image}:${tag}`));
}

// EXTERNAL MODULE: ./packages/release-kit/src/runtime/context.ts
var runtime_context = __webpack_require__(34076);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/image-tags.ts
// image-tags: the tags (and full references) of a release's container images, by metadata-action's semver rules or GitLab's scheme.





const SCHEMES = ['semver', 'gitlab'];
async function run(context) {
    const { inputs, runner, log } = context;
    // Every input is checked before git is asked anything.
    const scheme = inputs.choice('scheme', SCHEMES);
    const latest = inputs.choice('latest', LATEST_POLICIES);
    const majorZero = inputs.boolean('major-zero');
    const images = inputs.lines('image');
    for (const image of images) {
        const reference = (0,oci_reference/* parseReference */.F2)(image, { input: 'image' });
        if (reference.tag || reference.digest)
            throw (0,errors/* invalidInput */.aY)('image', image, 'an image name without a tag or digest, e.g. ghcr.io/acme/app');
    }
    let result;
    if (scheme === 'gitlab') {
        result = gitlabImageTags(runner.gitlab, latest);
    }
    else {
        const version = inputs.optional('version') ?? (0,runtime_context/* tagFromRef */.q)(runner.ref) ?? runner.gitlab.tag;
        if (!version)
            throw (0,errors/* invalidInput */.aY)('version', '', 'a release version or tag (e.g. v1.2.3); none given and this run is not for a tag');
        let releaseTags = inputs.lines('release-tags', { commas: true });
        if (!releaseTags.length && latest === 'auto') {
            releaseTags = await new git/* Git */.T(runner.workspace).tags().catch(() => {
                throw (0,errors/* invalidInput */.aY)('release-tags', '', `the repository's release tags: ${runner.workspace} is not a git checkout, so pass them (or --latest always|never)`);
            });
        }
        result = semverImageTags(version, { latest, majorZero, releaseTags });
    }
    const refs = imageRefs(images, result.tags);
    log.info(`${scheme} tags for ${result.version}: ${result.tags.join(', ')}${result.latest ? '' : ' (not latest)'}`);
    const summary = ['### Image tags', '', ...(refs.length ? refs : result.tags).map((t) => `- \`${t}\``), ''].join('\n');
    return {
        outputs: {
            state: 'computed',
            version: result.version,
            latest: String(result.latest),
            tags: result.tags.join('\n'),
            'tags-json': result.tags,
            refs: refs.join('\n'),
            'refs-json': refs,
        },
        summary,
    };
}
const operation = {
    name: 'image-tags',
    description: "Compute a release's container image tags: {version}, {major}.{minor}, {major} and latest as docker/metadata-action's semver patterns give them, or GitLab's scheme ($CI_COMMIT_SHORT_SHA, $CI_COMMIT_REF_SLUG, latest on the default branch, $CI_COMMIT_TAG).",
    inputs: [
        {
            name: 'version',
            description: 'The release version or tag (1.2.3, v1.2.3) for the semver scheme; default: the tag this run is for.',
            default: '',
        },
        {
            name: 'scheme',
            description: "`semver` (metadata-action's patterns) or `gitlab` (reads the CI_COMMIT_* variables).",
            default: 'semver',
        },
        {
            name: 'latest',
            description: '`auto`: latest only for the highest release (semver) or the default branch (gitlab); `always`; `never`.',
            default: 'auto',
        },
        { name: 'major-zero', description: 'Also tag {major} when the major version is 0.', default: 'false' },
        {
            name: 'release-tags',
            description: 'The release tags to compare with for latest=auto (lines or commas); default: the git tags of the workspace.',
            default: '',
        },
        {
            name: 'image',
            description: 'Image names (one per line, e.g. ghcr.io/acme/app) to give full references for.',
            default: '',
        },
    ],
    outputs: [
        { name: 'state', description: '`computed` (nothing is written or pushed).' },
        { name: 'version', description: 'The version the tags are for (without a v; the tag or ref slug for gitlab).' },
        { name: 'latest', description: "'true' when the tags include latest." },
        { name: 'tags', description: 'The tags, one per line.' },
        { name: 'tags-json', description: 'The tags as a JSON array.' },
        { name: 'refs', description: 'image:tag for every image and tag, one per line.' },
        { name: 'refs-json', description: 'The references as a JSON array.' },
    ],
    run,
};


/***/ }),

/***/ 80868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ ExecError),
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81260);
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
    const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(command, [...args], {
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


/***/ }),

/***/ 6358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseBumpKind),
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

//# sourceMappingURL=566.index.js.map