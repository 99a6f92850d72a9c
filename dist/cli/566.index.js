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
        const result = await (0,_plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF)('git', args, { cwd: this.cwd, env });
        return result.stdout.replace(/\n$/, '');
    }
    /** Run git and return null instead of throwing when it exits non-zero. */
    async tryExec(args) {
        try {
            return await this.exec(args);
        }
        catch (error) {
            if (error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .cI)
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
    /**
     * Paths git prints for `args` (which must hold `-z`), exactly as named: with -z git neither quotes
     * nor escapes them, so a name with non-ASCII characters or a newline is read as it is.
     */
    async paths(args) {
        return (await this.exec(args)).split('\0').filter((p) => p !== '');
    }
    /**
     * `git status --porcelain -z`: each changed path (relative to the top level) and its two-letter
     * code; empty means clean. A rename or copy is reported under its new path.
     */
    async status() {
        const fields = (await this.exec(['status', '--porcelain', '-z'])).split('\0');
        const entries = [];
        for (let i = 0; i < fields.length; i++) {
            if (fields[i] === '')
                continue;
            const code = fields[i].slice(0, 2);
            entries.push({ code, path: fields[i].slice(3) });
            if (/[RC]/.test(code))
                i++; // the next field is the rename's or copy's source
        }
        return entries;
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
            if (!(error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .cI))
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
        return this.paths(['diff', '-z', '--name-only', `${base}...${head}`]);
    }
}


/***/ }),

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
/** The tag types of docker/metadata-action's `tags` input that release-kit computes. */
const TAG_TYPES = ['semver', 'ref', 'raw', 'sha'];
/** The keys each type takes (metadata-action's attributes; `match`, `group` and the rest are not supported). */
const TAG_KEYS = {
    semver: ['type', 'pattern', 'value', 'enable', 'priority', 'prefix', 'suffix'],
    ref: ['type', 'event', 'enable', 'priority', 'prefix', 'suffix'],
    raw: ['type', 'value', 'enable', 'priority', 'prefix', 'suffix'],
    sha: ['type', 'format', 'enable', 'priority', 'prefix', 'suffix'],
};
/** metadata-action's default priorities: the highest-priority tag that applies is the main one (the version). */
const DEFAULT_PRIORITY = { semver: 900, ref: 600, raw: 200, sha: 100 };
const REF_EVENTS = ['tag', 'branch'];
const SHA_FORMATS = ['short', 'long'];
/** The parts of a SemVer version a `type=semver` pattern can name. */
const PATTERN_PARTS = ['version', 'major', 'minor', 'patch', 'raw'];
/** The global expressions a value, prefix or suffix can hold (metadata-action's `{{tag}}`, `{{branch}}`, `{{sha}}`). */
const GLOBAL_EXPRESSIONS = ['tag', 'branch', 'sha'];
/**
 * One `tags` line's comma-separated fields, `"quoted, with commas"` as metadata-action's CSV reading
 * takes them. Written here because only this one-line CSV subset is needed (no csv dependency for it).
 */
function csvFields(line) {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted && c === '"' && line[i + 1] === '"') {
            field += '"';
            i++;
        }
        else if (quoted && c === '"') {
            quoted = false;
        }
        else if (quoted) {
            field += c;
        }
        else if (c === '"' && field.trim() === '') {
            quoted = true;
            field = '';
        }
        else if (c === ',') {
            fields.push(field);
            field = '';
        }
        else {
            field += c;
        }
    }
    fields.push(field);
    return fields.map((f) => f.trim()).filter((f) => f !== '');
}
/** The input's lines without blanks and `#` comment lines (metadata-action's getInputList). */
function specLines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
/**
 * Parse docker/metadata-action's `tags` input (one rule per line) for the types release-kit
 * computes: `type=semver,pattern=…`, `type=ref,event=tag|branch`, `type=raw,value=…`,
 * `type=sha[,format=long]`, each with `enable=true|false`, `priority=`, `prefix=`, `suffix=`. A
 * field without `=` is the value and a line without `type=` is raw, as metadata-action reads them.
 * Sorted by priority, highest first (a stable sort: equal priorities keep their order).
 */
function parseTagRules(text, input = 'tags') {
    const rules = specLines(text).map((line) => {
        const bad = (why) => {
            throw (0,errors/* invalidInput */.aY)(input, line, why);
        };
        const attrs = {};
        let type = 'raw';
        for (const field of csvFields(line)) {
            const eq = field.indexOf('=');
            if (eq < 0) {
                attrs.value = field;
                continue;
            }
            const key = field.slice(0, eq).trim().toLowerCase();
            const value = field.slice(eq + 1).trim();
            if (key === 'type') {
                if (!TAG_TYPES.includes(value))
                    bad(`a tag type release-kit computes: type=${TAG_TYPES.join(', type=')} (not type=${value})`);
                type = value;
            }
            else
                attrs[key] = value;
        }
        const unknown = Object.keys(attrs).find((key) => !TAG_KEYS[type].includes(key));
        if (unknown)
            bad(`for type=${type} the keys ${TAG_KEYS[type].join(', ')} (not ${unknown})`);
        if (type === 'semver') {
            if (attrs.pattern === undefined)
                bad('a pattern for type=semver, e.g. type=semver,pattern={{version}}');
            for (const [, part] of attrs.pattern.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
                if (!PATTERN_PARTS.includes(part))
                    bad(`a semver pattern of ${PATTERN_PARTS.map((p) => `{{${p}}}`).join(', ')} (not {{${part}}})`);
            }
        }
        if (type === 'ref' && !REF_EVENTS.includes(attrs.event ?? ''))
            bad(`event=${REF_EVENTS.join(' or event=')} for type=ref`);
        // Present, not necessarily non-empty: a disabled `value=${{ inputs.tag }},enable=false` line is empty on a tag push.
        if (type === 'raw' && attrs.value === undefined)
            bad('a value for type=raw, e.g. type=raw,value=latest');
        if (type === 'sha') {
            attrs.prefix ??= 'sha-';
            attrs.format ??= 'short';
            if (!SHA_FORMATS.includes(attrs.format))
                bad(`format=${SHA_FORMATS.join(' or format=')} for type=sha`);
        }
        for (const key of ['value', 'prefix', 'suffix']) {
            for (const [, name] of (attrs[key] ?? '').matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
                if (type === 'semver' && key === 'value')
                    continue;
                if (!GLOBAL_EXPRESSIONS.includes(name))
                    bad(`${key} expressions of ${GLOBAL_EXPRESSIONS.map((e) => `{{${e}}}`).join(', ')} (not {{${name}}})`);
            }
        }
        const enable = attrs.enable ?? 'true';
        if (enable !== 'true' && enable !== 'false')
            bad(`enable=true or enable=false (not enable=${enable})`);
        const priority = attrs.priority === undefined ? DEFAULT_PRIORITY[type] : Number(attrs.priority);
        if (!Number.isInteger(priority))
            bad(`an integer priority (not priority=${attrs.priority})`);
        return { type, attrs, enable: enable === 'true', priority, line };
    });
    return rules.sort((a, b) => b.priority - a.priority);
}
/** The `flavor` input's `latest=auto|true|false` as a latest policy; metadata-action's other flavor keys are refused. */
function parseFlavor(text, input = 'flavor') {
    let latest;
    for (const line of specLines(text)) {
        for (const field of csvFields(line)) {
            const [key, value] = field.split('=').map((part) => part.trim());
            if (key?.toLowerCase() !== 'latest' || value === undefined)
                throw (0,errors/* invalidInput */.aY)(input, line, 'latest=auto, latest=true or latest=false (the one flavor key release-kit takes)');
            const policy = { auto: 'auto', true: 'always', false: 'never' }[value];
            if (!policy)
                throw (0,errors/* invalidInput */.aY)(input, line, 'latest=auto, latest=true or latest=false');
            latest = policy;
        }
    }
    return latest;
}
/** metadata-action's tag sanitising: every run of characters a tag cannot hold becomes one '-'. */
function sanitizeTag(tag) {
    return tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
}
/**
 * The tags `rules` give for `context`, with docker/metadata-action's semantics: rules in priority
 * order, the first tag produced is the main one (the `version`), later ones are added once each;
 * `type=semver` (and `type=ref,event=tag`) apply only when a tag is released, a prerelease turns every
 * semver pattern into `{{version}}`, `type=sha` is `sha-` and 7 (or, `format=long`, 40) hex digits.
 * `latest` as flavor `latest=auto` gives it, when the main tag came from a semver or tag rule, with one
 * deliberate difference: a prerelease is never `latest`, and nor is a release that another release
 * tag outranks (metadata-action would move `latest` back to a patch of an older line).
 */
function ruleImageTags(rules, context, options) {
    const tag = context.version?.trim() || undefined;
    const version = tag ? ((0,versions_semver/* versionOfInput */.W3)(tag) ?? (0,versions_semver/* versionOfTag */.mx)(tag)) : undefined;
    const parsed = version ? semver_default().parse(version) : null;
    const prerelease = (parsed?.prerelease.length ?? 0) > 0;
    const expression = (text) => text.replace(/\{\{\s*(tag|branch|sha)\s*\}\}/g, (_m, name) => name === 'tag'
        ? (tag ?? '')
        : name === 'branch'
            ? tag
                ? ''
                : (context.branch ?? '')
            : (context.sha ?? '').slice(0, 7));
    const affix = (rule, value) => `${expression(rule.attrs.prefix ?? '')}${value}${expression(rule.attrs.suffix ?? '')}`;
    const tags = [];
    let mainFromRelease;
    for (const rule of rules) {
        if (!rule.enable)
            continue;
        let value;
        let fromRelease = false;
        if (rule.type === 'semver') {
            if (!tag && !rule.attrs.value)
                continue;
            const source = rule.attrs.value ? expression(rule.attrs.value) : tag;
            const sv = semver_default().parse((0,versions_semver/* versionOfInput */.W3)(source) ?? (0,versions_semver/* versionOfTag */.mx)(source) ?? '');
            if (!sv)
                throw (0,errors/* invalidInput */.aY)('version', source, `a SemVer release version or tag for ${JSON.stringify(rule.line)}, e.g. 1.2.3 or v1.2.3`);
            const pattern = sv.prerelease.length ? '{{version}}' : rule.attrs.pattern;
            const parts = {
                version: sv.version,
                major: String(sv.major),
                minor: String(sv.minor),
                patch: String(sv.patch),
                raw: sv.raw,
            };
            value = affix(rule, pattern.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, part) => parts[part]));
            fromRelease = sv.prerelease.length === 0;
        }
        else if (rule.type === 'ref') {
            const name = rule.attrs.event === 'tag' ? tag : tag ? undefined : context.branch;
            if (!name)
                continue;
            value = affix(rule, name);
            fromRelease = rule.attrs.event === 'tag';
        }
        else if (rule.type === 'raw') {
            value = affix(rule, expression(rule.attrs.value));
        }
        else {
            if (!context.sha)
                continue;
            value = affix(rule, rule.attrs.format === 'long' ? context.sha : context.sha.slice(0, 7));
        }
        if (!value)
            continue;
        const clean = sanitizeTag(value);
        if (!tags.includes(clean))
            tags.push(clean);
        mainFromRelease ??= fromRelease;
    }
    const auto = (mainFromRelease ?? false) && !prerelease && (!version || isHighestOfComponent(version, tag, options));
    const latest = options.latest === 'always' || (options.latest === 'auto' && auto);
    if (latest && !tags.includes('latest'))
        tags.push('latest');
    for (const t of tags) {
        if (!(0,oci_reference/* isValidTag */.r_)(t))
            throw (0,errors/* invalidInput */.aY)('tags', t, 'rules that give valid image tags ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})');
    }
    return { version: tags[0] ?? '', tags, latest };
}
/** Only tags of the same component count: in a monorepo, `chart-v9.0.0` does not outrank `v1.2.0`. */
function isHighestOfComponent(version, tag, options) {
    const sameComponent = options.releaseTags.filter((t) => (0,versions_semver/* tagComponent */.w2)(t) === (0,versions_semver/* tagComponent */.w2)(tag));
    return (0,versions_semver/* isHighestRelease */.gj)(version, sameComponent);
}
/**
 * release-kit's default rules: `{{version}}`, `{{major}}.{{minor}}`, and `{{major}}` except for 0.x
 * unless `majorZero` (0.x promises no stability, so a `0` tag would span the releases most likely to
 * break; metadata-action's README disables it the same way, with `enable=${{ !startsWith(github.ref, 'refs/tags/v0.') }}`).
 */
function defaultTagRules(version, majorZero) {
    const major = version ? semver_default().parse((0,versions_semver/* versionOfInput */.W3)(version) ?? (0,versions_semver/* versionOfTag */.mx)(version) ?? '')?.major : undefined;
    const zeroEnabled = major !== 0 || majorZero;
    return parseTagRules([
        'type=semver,pattern={{version}}',
        'type=semver,pattern={{major}}.{{minor}}',
        `type=semver,pattern={{major}},enable=${zeroEnabled}`,
    ].join('\n'));
}
/**
 * Tags for release `version` (`1.2.3` or a tag such as `v1.2.3`) by release-kit's default rules
 * (defaultTagRules): a prerelease gets only `{version}`, build metadata is dropped (a `+` is no tag
 * character), and `latest` follows `options.latest` (ruleImageTags).
 */
function semverImageTags(version, options) {
    const normalised = versionOfInput(version) ?? versionOfTag(version);
    if (!normalised)
        throw invalidInput('version', version, 'a SemVer release version or tag, e.g. 1.2.3 or v1.2.3');
    return ruleImageTags(defaultTagRules(version, options.majorZero), { version }, options);
}
/**
 * Why a ref slug may not be an image tag: it would overwrite a tag the scheme reserves. `latest` is
 * the policy's alone (a branch named `latest` must not replace production's, whatever the policy), and
 * a slug of 7 to 40 hex digits reads as a commit, whose `$CI_COMMIT_SHORT_SHA` tag is immutable.
 */
function reservedSlug(slug) {
    if (slug === 'latest')
        return '"latest" is the latest tag';
    if (/^[0-9a-f]{7,40}$/.test(slug))
        return `"${slug}" looks like a commit's $CI_COMMIT_SHORT_SHA tag`;
    return undefined;
}
/**
 * GitLab's scheme (its Docker CI template and container-registry docs): `$CI_COMMIT_SHORT_SHA` and
 * `$CI_COMMIT_REF_SLUG` always, `latest` on the default branch, `$CI_COMMIT_TAG` in a tag pipeline.
 * `latestPolicy` `always` (every pipeline: Buntime's table) and `never` override the default-branch
 * rule. `auto` adds no `latest` to a tag pipeline: GitLab's clone of a tag fetches that tag alone, so
 * the job cannot tell whether a newer release exists. A ref slug that would overwrite a reserved tag
 * (reservedSlug) is refused.
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
    const reserved = reservedSlug(commit.refSlug);
    if (reserved)
        throw (0,errors/* invalidInput */.aY)('scheme', 'gitlab', `a branch or tag whose CI_COMMIT_REF_SLUG is no reserved image tag: ${reserved}; rename the branch or tag ${commit.tag ?? commit.branch ?? commit.refSlug}`);
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
// image-tags: the tags (and full references) of a release's container images, by docker/metadata-action's tag rules or GitLab's scheme.






const SCHEMES = ['semver', 'gitlab'];
async function run(context) {
    const { inputs, runner, log } = context;
    // Every input is checked before git is asked anything.
    const scheme = inputs.choice('scheme', SCHEMES);
    let latest = inputs.choice('latest', LATEST_POLICIES);
    const flavorLatest = parseFlavor(inputs.string('flavor'));
    if (flavorLatest) {
        if (latest !== 'auto' && latest !== flavorLatest)
            throw (0,errors/* invalidInput */.aY)('flavor', inputs.string('flavor'), `no latest= that contradicts --latest ${latest}`);
        latest = flavorLatest;
    }
    const majorZero = inputs.boolean('major-zero');
    const tagsSpec = inputs.string('tags');
    const rules = tagsSpec ? parseTagRules(tagsSpec) : undefined;
    // With tag rules, {{major}} is tagged for 0.x as metadata-action does: major-zero would change nothing.
    if (rules && majorZero)
        throw (0,errors/* invalidInput */.aY)('major-zero', 'true', 'false when tags is given (type=semver,pattern={{major}} tags 0.x too)');
    const images = inputs.lines('image');
    for (const image of images) {
        const reference = (0,oci_reference/* parseReference */.F2)(image, { input: 'image' });
        if (reference.tag || reference.digest)
            throw (0,errors/* invalidInput */.aY)('image', image, 'an image name without a tag or digest, e.g. ghcr.io/acme/app');
    }
    let result;
    if (scheme === 'gitlab') {
        if (rules)
            throw (0,errors/* invalidInput */.aY)('tags', tagsSpec, 'no tags with --scheme gitlab (its tags come from the CI variables)');
        result = gitlabImageTags(runner.gitlab, latest);
    }
    else {
        const version = inputs.optional('version') ?? (0,runtime_context/* tagFromRef */.q)(runner.ref) ?? runner.gitlab.tag;
        // A run that releases no tag (a manual image build) needs rules that do without one: raw or sha.
        if (!version && !rules)
            throw (0,errors/* invalidInput */.aY)('version', '', 'a release version or tag (e.g. v1.2.3); none given and this run is not for a tag');
        if (version && !rules && !((0,versions_semver/* versionOfInput */.W3)(version) ?? (0,versions_semver/* versionOfTag */.mx)(version)))
            throw (0,errors/* invalidInput */.aY)('version', version, 'a SemVer release version or tag, e.g. 1.2.3 or v1.2.3');
        let releaseTags = inputs.lines('release-tags', { commas: true });
        if (!releaseTags.length && latest === 'auto' && version) {
            releaseTags = await new git/* Git */.T(runner.workspace).tags().catch(() => {
                throw (0,errors/* invalidInput */.aY)('release-tags', '', `the repository's release tags: ${runner.workspace} is not a git checkout, so pass them (or --latest always|never)`);
            });
        }
        const needsSha = (rules ?? []).some((r) => r.enable && (r.type === 'sha' || /\{\{\s*sha\s*\}\}/.test(r.line)));
        let sha = inputs.optional('sha') ?? (runner.sha || undefined);
        if (!sha && needsSha)
            sha = await new git/* Git */.T(runner.workspace).head().catch(() => undefined);
        if (sha !== undefined && !/^[0-9a-f]{40}$/.test(sha))
            throw (0,errors/* invalidInput */.aY)('sha', sha, 'a full 40-hex commit SHA');
        const branch = runner.ref.startsWith('refs/heads/') ? runner.ref.slice('refs/heads/'.length) : undefined;
        result = ruleImageTags(rules ?? defaultTagRules(version, majorZero), { version, sha, branch }, { latest, releaseTags });
        if (!result.tags.length)
            throw (0,errors/* invalidInput */.aY)('tags', tagsSpec, `rules that give at least one tag for this run (${version ? `tag ${version}` : 'no release tag'}${sha ? `, commit ${sha}` : ''})`);
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
    description: "Compute a release's container image tags: docker/metadata-action's `tags` rules (type=semver, ref, raw, sha; by default {version}, {major}.{minor}, {major} and latest), or GitLab's scheme ($CI_COMMIT_SHORT_SHA, $CI_COMMIT_REF_SLUG, latest on the default branch, $CI_COMMIT_TAG).",
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
            description: '`auto`: latest only for the highest release (semver) or the default branch (gitlab); `always` (gitlab: every pipeline, as Buntime tags); `never`. A GitLab ref slug of latest is refused.',
            default: 'auto',
        },
        {
            name: 'tags',
            description: "docker/metadata-action's `tags` input, one rule per line: type=semver,pattern={{version}} | {{major}}.{{minor}} | {{major}}, type=ref,event=tag, type=raw,value=…, type=sha[,format=long], each with enable=true|false, priority=, prefix=, suffix=; default: {version}, {major}.{minor}, {major} (not for 0.x).",
            default: '',
        },
        {
            name: 'flavor',
            description: "docker/metadata-action's `flavor` input: latest=auto|true|false (the same as latest auto|always|never).",
            default: '',
        },
        {
            name: 'major-zero',
            description: 'Also tag {major} when the major version is 0 (the default rules only; tags rules decide it themselves).',
            default: 'false',
        },
        {
            name: 'sha',
            description: 'The commit type=sha and {{sha}} name (40 hex); default GITHUB_SHA, else the workspace HEAD.',
            default: '',
        },
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
        {
            name: 'version',
            description: "The main tag (metadata-action's version output: the first tag of the highest-priority rule; the version without a v by default; the tag or ref slug for gitlab).",
        },
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
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   oq: () => (/* binding */ findExecutable)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81260);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
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
/** The first executable `name` (`name.exe` on Windows) in the directories of `pathEnv`, or undefined. */
async function findExecutable(name, pathEnv) {
    const file = process.platform === 'win32' ? `${name}.exe` : name;
    for (const dir of pathEnv.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter)).filter(Boolean)) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, file);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(candidate)).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** Run `command` with `args` (no shell), capturing output silently. */
async function run(command, args, options = {}) {
    const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(command, [...args], {
        cwd: options.cwd,
        // Handing the environment on, not reading it: a child gets this process's environment, as it
        // would with no `env` at all, plus the few variables the caller adds (git's token config).
        env: options.inheritEnv === false
            ? (options.env ?? {})
            : options.env
                ? { ...inheritedEnv(), ...options.env }
                : undefined,
        input: options.input === undefined ? undefined : Buffer.from(options.input),
        ignoreReturnCode: true,
        silent: true,
    });
    const out = { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    if (out.exitCode !== 0 && !options.allowFailure)
        throw new ExecError(command, args, out);
    return out;
}
/** This process's environment, passed through to a child untouched (never read here). */
function inheritedEnv() {
    // eslint-disable-next-line no-restricted-properties -- passed through to the child untouched
    return process.env;
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

//# sourceMappingURL=566.index.js.map