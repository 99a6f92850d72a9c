export const id = 447;
export const ids = [447];
export const modules = {

/***/ 19447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operation: () => (/* binding */ operation)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/runtime/context.ts
var context = __webpack_require__(34076);
// EXTERNAL MODULE: ./packages/release-kit/src/versions/semver.ts
var semver = __webpack_require__(6358);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/upload-cli-artifacts.settings.ts
// What upload-cli-artifacts.ts validates up front and hands to its steps, with the constants both read:
// a module of their own, so that the operation and its steps never import each other.
const UPLOAD_MODES = ['release', 'artifact', 'both', 'none'];
const CHECKSUMS_MODES = ['release', 'skip'];

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/upload-cli-artifacts.ts
// upload-cli-artifacts: reproducible per-platform archives, a checksums file, idempotent uploads.





const DEFAULT_TEMPLATE = '{name}_{tag}_{os}_{arch}';
/**
 * The release tag from `tag`, else from `version` (`0.1.0` → `v0.1.0`, or the pushed tag when it is
 * that version's), else the tag of the run: GITHUB_REF's on GitHub; on GitLab CI_COMMIT_TAG, else the
 * short commit sha (a branch pipeline's snapshot archives). Both inputs given must name the same version.
 */
function releaseTag(inputs, runner) {
    const tagInput = inputs.optional('tag');
    // A tag git could not hold would still name a GitHub release (and its archives): refuse it first.
    if (tagInput !== undefined && !(0,semver/* isValidTagName */.Qd)(tagInput))
        throw (0,errors/* invalidInput */.aY)('tag', tagInput, 'a git tag name such as v0.1.0 (no spaces, control characters or ..)');
    const versionInput = inputs.optional('version');
    const refTag = (0,context/* tagFromRef */.q)(runner.ref) ?? runner.gitlab.tag;
    if (versionInput === undefined) {
        const tag = tagInput ?? refTag ?? runner.gitlab.shortSha;
        if (!tag)
            throw (0,errors/* invalidInput */.aY)('tag', '', `a release tag such as v0.1.0, a version such as 0.1.0 (input 'version'), or a run on a tag: GITHUB_REF is ${JSON.stringify(runner.ref)} (GitHub), CI_COMMIT_TAG and CI_COMMIT_SHORT_SHA are both unset (GitLab)`);
        return tag;
    }
    const version = (0,semver/* versionOfInput */.W3)(versionInput);
    if (!version)
        throw (0,errors/* invalidInput */.aY)('version', versionInput, 'a SemVer version such as 0.1.0 or 0.1.0-rc.1 (a v prefix is fine)');
    if (tagInput !== undefined) {
        const tagVersion = (0,semver/* versionOfTag */.mx)(tagInput);
        if (tagVersion !== version) {
            throw new errors/* UserError */.yo(`inputs 'version' (${JSON.stringify(versionInput)}) and 'tag' (${JSON.stringify(tagInput)}) disagree: expected a tag of version ${version} such as v${version}, or only one of the two`, { input: 'version', value: versionInput, valid: `a version matching tag ${tagInput}, or version alone` });
        }
        return tagInput;
    }
    return refTag && (0,semver/* versionOfTag */.mx)(refTag) === version ? refTag : `v${version}`;
}
/** Every input, parsed and checked before anything is built or uploaded. */
function parseSettings(inputs, runner) {
    const token = inputs.secret('token');
    const name = inputs.required('name', 'the CLI name, e.g. krt');
    const tag = releaseTag(inputs, runner);
    const files = inputs.lines('files');
    const binaries = inputs.lines('binaries');
    if (files.length && binaries.length)
        throw new errors/* UserError */.yo("inputs 'files' and 'binaries' are both set: expected one of them", {
            input: 'binaries',
            valid: 'files or binaries',
        });
    if (!files.length && !binaries.length)
        throw (0,errors/* invalidInput */.aY)('files', '', 'paths or globs of the built binaries (or set binaries: os/arch=path lines)');
    const upload = inputs.choice('upload', UPLOAD_MODES);
    if (tag === runner.gitlab.shortSha && tag !== runner.gitlab.tag && upload !== 'none' && !inputs.optional('tag'))
        throw (0,errors/* invalidInput */.aY)('tag', '', `a release tag such as v0.1.0: this GitLab pipeline has no CI_COMMIT_TAG, and its short sha ${tag} names snapshot archives only with upload: none`);
    const concurrency = inputs.integer('concurrency', { min: 1, max: 32 });
    const retentionDays = inputs.integer('retention-days', { min: 1, max: 90 });
    const repository = inputs.string('repository', runner.repository);
    const needsRelease = upload === 'release' || upload === 'both';
    const { owner, repo } = needsRelease ? (0,context/* splitRepository */.T8)(repository) : { owner: '', repo: '' };
    if (needsRelease && !token)
        throw (0,errors/* invalidInput */.aY)('token', '', "a token with contents: write (the default is the job's GITHUB_TOKEN)");
    if (upload === 'artifact' || upload === 'both') {
        // @actions/artifact (upload-artifact v4's service) refuses GitHub Enterprise Server outright.
        if (runner.enterpriseServer)
            throw new errors/* UserError */.yo(`input 'upload' is ${JSON.stringify(upload)}, but workflow artifacts through @actions/artifact are not supported on GitHub Enterprise Server (GITHUB_SERVER_URL ${runner.serverUrl}): expected release or none there`, { input: 'upload', value: upload, valid: 'release or none on GitHub Enterprise Server' });
        // Without these @actions/artifact cannot upload.
        const missing = runner.artifactServiceUnset;
        if (missing.length) {
            throw new errors/* UserError */.yo(`input 'upload' is ${JSON.stringify(upload)}, but the runner's artifact service is not available (${missing.join(' and ')} unset): workflow artifacts can only be uploaded from a GitHub Actions job; use upload: release or none elsewhere`, { input: 'upload', value: upload, valid: 'release or none outside a GitHub Actions job' });
        }
    }
    const artifactName = inputs.optional('artifact-name');
    if (artifactName !== undefined && /[\\/":<>|*?\r\n]/.test(artifactName))
        throw (0,errors/* invalidInput */.aY)('artifact-name', artifactName, 'a name without \\ / " : < > | * ? or newlines');
    const outputDirInput = inputs.optional('output-dir');
    if (outputDirInput !== undefined && /\0/.test(outputDirInput))
        throw (0,errors/* invalidInput */.aY)('output-dir', outputDirInput, 'a directory path');
    // A given folder is held to the workspace (absolute paths and symlinks included), like every other
    // path input; checked in parseOutputDir before anything is built.
    const outputDir = outputDirInput
        ? outputDirInput
        : external_node_path_default().join(runner.runnerTemp, 'release-kit', 'cli-archives', tag.replace(/[^A-Za-z0-9._-]/g, '_'));
    return {
        name,
        tag,
        files,
        binaries,
        extraFiles: inputs.lines('extra-files'),
        formatLines: inputs.lines('format'),
        nameTemplate: inputs.string('name-template'),
        outputDir,
        upload,
        checksums: inputs.choice('checksums', CHECKSUMS_MODES),
        outputDirGiven: outputDirInput !== undefined,
        createRelease: inputs.boolean('create-release'),
        overwrite: inputs.boolean('overwrite'),
        concurrency,
        retentionDays,
        artifactName,
        token,
        owner,
        repo,
    };
}
const operation = {
    name: 'upload-cli-artifacts',
    description: 'Archive CLI binaries per platform reproducibly, write a checksums file, and upload them idempotently to the release and/or as a workflow artifact.',
    inputs: [
        {
            name: 'name',
            description: 'The CLI name: archive names and the binary name inside them (e.g. `krt`).',
            required: true,
        },
        {
            name: 'version',
            description: 'Release version (e.g. `0.1.0`, tag `v0.1.0`); empty means from `tag` or `GITHUB_REF`. Must agree with `tag` when both are set.',
            default: '',
        },
        {
            name: 'tag',
            description: 'Release tag; empty means `v<version>`, else the tag of `GITHUB_REF` (on GitLab `CI_COMMIT_TAG`, else the short sha with `upload: none`).',
            default: '',
        },
        {
            name: 'files',
            description: 'Paths or globs of the binaries, named `<stem>-<os>-<arch>[.exe]` (or with `_`), e.g. `dist/krt-*`.',
            default: '',
        },
        {
            name: 'binaries',
            description: 'Instead of `files`: lines `os/arch=path`, e.g. `linux/amd64=bin/krt`.',
            default: '',
        },
        {
            name: 'extra-files',
            description: 'Files added at the root of every archive (paths or globs), e.g. `LICENSE` and `README.md`; a glob that also matches the binaries (`dist/*`) skips them.',
            default: '',
        },
        {
            name: 'format',
            description: 'Archive format: `tar.gz` or `zip`, alone (every OS) or as `os=format` lines, e.g. `windows=zip`; windows gets `tar.gz` too unless asked.',
            default: 'tar.gz',
        },
        {
            name: 'name-template',
            description: 'Archive base name: `{name}`, `{tag}`, `{version}` (tag without `v`), `{os}`, `{arch}`; must hold `{os}` and `{arch}`.',
            default: DEFAULT_TEMPLATE,
        },
        {
            name: 'output-dir',
            description: 'Where archives and the checksums file are written, inside the workspace (absolute paths and symlinks that leave it are refused; one folder per job when jobs are merged later); empty means a folder under `RUNNER_TEMP`.',
            default: '',
        },
        { name: 'upload', description: '`release`, `artifact` (workflow artifact), `both` or `none`.', default: 'release' },
        {
            name: 'checksums',
            description: "The release's checksums file: `release` writes it once this job's archives are up, listing every archive on the release by its digest; `skip` leaves it to a later job (per-platform jobs of one release).",
            default: 'release',
        },
        {
            name: 'create-release',
            description: 'Create a draft release when the tag has none; `false` fails instead.',
            default: 'true',
        },
        {
            name: 'overwrite',
            description: 'Replace differing assets of a published release (never possible on an immutable one).',
            default: 'false',
        },
        { name: 'concurrency', description: 'Uploads in flight at once (1–32).', default: '20' },
        {
            name: 'retention-days',
            description: "Days the workflow artifact is kept (1–90; `upload: artifact` or `both`; the seed's `CLI_ARTIFACT_RETENTION_DAYS`).",
            default: '30',
        },
        {
            name: 'artifact-name',
            description: 'Workflow artifact name; empty means the archive base name (one platform) or `{name}_{tag}`.',
            default: '',
        },
        {
            name: 'repository',
            description: '`OWNER/REPO` of the release; empty means the current repository.',
            default: '',
        },
        {
            name: 'token',
            description: 'Token with `contents: write` for the release uploads.',
            default: '${{ github.token }}',
        },
    ],
    outputs: [
        {
            name: 'assets',
            description: 'JSON list of `{name, os, arch, path, size, sha256, url, state}`; `state` is `uploaded`, `replaced`, `unchanged` or `built` (`upload: none`).',
        },
        {
            name: 'checksums-file',
            description: 'Path of `{name}_{tag}_checksums.txt`: `<sha256>  <file>` lines (sha256sum format), bare names, sorted.',
        },
        {
            name: 'subject-checksums',
            description: "Path of a file for `actions/attest-build-provenance`'s `subject-checksums` (the checksums file; more than 1,024 archives fail).",
        },
        { name: 'release-url', description: 'The release page, when uploaded to a release.' },
        {
            name: 'state',
            description: '`uploaded`, `replaced` (an archive changed on a draft, with `overwrite`, or in the workflow artifact) or `unchanged` (nothing needed uploading); with `upload: none`, `built` or `unchanged` (the folder already held these archives).',
        },
    ],
    async run(context) {
        const settings = parseSettings(context.inputs, context.runner);
        // The one lazy boundary: archiving and GitHub code load only once the inputs are valid.
        const { uploadCliArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(260), __webpack_require__.e(697), __webpack_require__.e(138), __webpack_require__.e(644), __webpack_require__.e(537), __webpack_require__.e(868), __webpack_require__.e(7), __webpack_require__.e(230)]).then(__webpack_require__.bind(__webpack_require__, 22230));
        return uploadCliArtifacts(settings, context);
    },
};


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

//# sourceMappingURL=447.index.js.map