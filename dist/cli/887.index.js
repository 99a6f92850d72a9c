export const id = 887;
export const ids = [887];
export const modules = {

/***/ 90994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ chartError),
/* harmony export */   W4: () => (/* binding */ RELEASE_NOTES_ANNOTATION),
/* harmony export */   aR: () => (/* binding */ validateMetadata),
/* harmony export */   u2: () => (/* binding */ editChartYaml),
/* harmony export */   zO: () => (/* binding */ parseChartYaml)
/* harmony export */ });
/* unused harmony export sanitize */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86868);
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
    const strings = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { schema: 'failsafe', uniqueKeys: false });
    const typed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { version: '1.1', uniqueKeys: false });
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
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .isSafeChartName */ .b)(metadata.name)) {
        throw chartError(where, `chart.metadata.name ${JSON.stringify(metadata.name)} is invalid; expected lower-case letters, digits and single separators (. _ -), e.g. my-chart`);
    }
    if (metadata.version === '')
        throw chartError(where, 'chart.metadata.version is required');
    if (!(0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .isChartVersion */ .N)(metadata.version)) {
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
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(data.toString('utf8'), { version: '1.1', uniqueKeys: false });
    const setScalar = (key, value) => {
        // Changing the existing node keeps its quoting style and its comments; the library quotes a
        // plain value that would otherwise read back as a number.
        const node = document.get(key, true);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
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
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(existing))
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
    return new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`chart ${where}: ${message}`, { value: where, location: { file: where } });
}


/***/ }),

/***/ 86868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ isChartVersion),
/* harmony export */   b: () => (/* binding */ isSafeChartName)
/* harmony export */ });
// What helm accepts as a chart version and (for OCI) a chart name: tiny and dependency-free, so
// that checking an action's inputs does not load the chart parser or the packaging code.
// Masterminds/semver v3's NewVersion grammar, which is what helm's isValidSemver accepts: an
// optional "v", minor and patch optional, no leading zeros, SemVer 2 pre-release and build parts.
const MASTERMINDS_SEMVER = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
// The name becomes a path component of the OCI repository, so it must be one (distribution's
// path-component grammar). helm itself only requires name == filepath.Base(name).
const SAFE_CHART_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** True when helm (Masterminds/semver) accepts `version` as a chart version. */
function isChartVersion(version) {
    return MASTERMINDS_SEMVER.test(version);
}
/** True for a chart name helm accepts that can also be an OCI repository path component. */
function isSafeChartName(name) {
    return SAFE_CHART_NAME.test(name) && name.length <= 128;
}


/***/ }),

/***/ 99887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMode: () => (/* binding */ runMode)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/changelog/parse.ts
var parse = __webpack_require__(14834);
// EXTERNAL MODULE: ./packages/release-kit/src/changelog/prepare.ts
var prepare = __webpack_require__(52542);
// EXTERNAL MODULE: ./packages/release-kit/src/github/client.ts
var client = __webpack_require__(91899);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var log = __webpack_require__(49983);
// EXTERNAL MODULE: ./packages/release-kit/src/releases/chart-release-notes.ts
var chart_release_notes = __webpack_require__(81847);
// EXTERNAL MODULE: ./packages/release-kit/src/releases/notes.ts
var notes = __webpack_require__(84194);
// EXTERNAL MODULE: ./packages/release-kit/src/releases/release.ts
var release = __webpack_require__(62526);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/release-kit/src/releases/required-assets.ts
// Decide whether a release carries every asset it must have before it may be published.

/**
 * Check `required` (exact names or globs such as `*_checksums.txt`) against a release's assets.
 * A glob is satisfied by at least one matching asset, and every asset it matches must be complete.
 */
function checkRequiredAssets(assets, required) {
    const missing = [];
    const incomplete = new Set();
    for (const pattern of required) {
        const matches = picomatch_default().scan(pattern).isGlob
            ? assets.filter((asset) => picomatch_default()(pattern, { dot: true })(asset.name))
            : assets.filter((asset) => asset.name === pattern);
        if (!matches.length)
            missing.push(pattern);
        for (const asset of matches)
            if (asset.state !== 'uploaded')
                incomplete.add(`${asset.name} (${asset.state})`);
    }
    return { missing, incomplete: [...incomplete] };
}
/** One line listing what is wrong, or undefined when nothing is. */
function describeAssetProblems(report) {
    const parts = [];
    if (report.missing.length)
        parts.push(`missing ${report.missing.join(', ')}`);
    if (report.incomplete.length)
        parts.push(`not completely uploaded ${report.incomplete.join(', ')}`);
    return parts.length ? parts.join('; ') : undefined;
}

// EXTERNAL MODULE: ./packages/release-kit/src/releases/supersede.ts
var supersede = __webpack_require__(21339);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/release-notes-from-changelog.steps.ts
// release-notes-from-changelog after its inputs are valid: each mode's work (the changelog, the
// notes, the GitHub release). Loaded lazily by operations/release-notes-from-changelog.ts.












function commonOutputs(settings) {
    return { version: settings.version, tag: settings.tag, prerelease: String(settings.prerelease) };
}
/** prepare: the changelog (and, when asked, the chart's release-notes annotation), written only when all checks pass. */
async function release_notes_from_changelog_steps_prepare(settings, context) {
    const workspace = context.runner.workspace;
    const changelogFile = await (0,fs/* readFileInside */.XW)(workspace, settings.changelogPath, 'changelog', 'changelog file');
    const result = (0,prepare/* prepareChangelog */.qp)(changelogFile.text, {
        version: settings.version,
        date: settings.date,
        dateDefaulted: settings.dateDefaulted,
        allowEmpty: settings.allowEmpty,
        file: settings.changelogPath,
        extraTypes: settings.extraTypes,
    });
    // The chart edit is planned (and checked) before anything is written, like the changelog.
    const chartEdit = settings.chartReleaseNotes
        ? await (0,chart_release_notes/* planChartReleaseNotes */.K8)(workspace, settings.chartReleaseNotes, settings.chart, {
            notes: 'chart-release-notes',
            chart: 'chart',
        })
        : undefined;
    // Every check has passed: now write.
    if (result.state === 'prepared')
        await (0,fs/* writeFileAtomic */.Zf)(changelogFile.absolute, result.text);
    const chartChanged = chartEdit !== undefined && chartEdit.state !== 'unchanged';
    if (chartChanged)
        await (0,fs/* writeFileAtomic */.Zf)(chartEdit.absolute, chartEdit.text);
    const changed = result.state === 'prepared' || chartChanged;
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
    return {
        outputs: { ...commonOutputs(settings), state: changed ? 'prepared' : 'unchanged' },
        summary: `${lines.join('\n')}\n`,
    };
}
/** notes: the changelog section in the seed outline, capped, written to the body file. */
async function release_notes_from_changelog_steps_notes(settings, context) {
    const { runner } = context;
    const workspace = runner.workspace;
    const changelogFile = await (0,fs/* readFileInside */.XW)(workspace, settings.changelogPath, 'changelog', 'changelog file');
    const changelog = (0,parse/* parseChangelog */.EY)(changelogFile.text, {
        file: settings.changelogPath,
        extraTypes: settings.extraTypes,
    });
    const section = (0,prepare/* extractSection */.Xl)(changelog, settings.version, settings.changelogPath);
    const template = settings.templatePath
        ? await (0,fs/* readFileInside */.XW)(workspace, settings.templatePath, 'template', 'template file')
        : undefined;
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
    const filled = template
        ? (0,notes/* fillTemplate */.ou)(template.text, (0,notes/* placeholderValues */.m_)(ctx), settings.templatePath)
        : (0,notes/* renderNotes */.IE)(ctx);
    const rendered = settings.supersession ? (0,supersede/* withSupersedesLine */.ev)(filled, settings.supersession) : filled;
    // The cap comes before any API call: GitHub would refuse the whole release otherwise.
    const capped = (0,notes/* capBody */.vE)(rendered, changelogUrl);
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
function githubClient(settings, context) {
    return (0,client/* createGitHubClient */.L)({
        token: settings.token,
        baseUrl: context.runner.apiUrl,
        retryBaseMs: context.runner.retryBaseMs,
        log: context.log,
    });
}
function releaseOutputs(release) {
    return { 'release-id': String(release.id), 'release-url': release.html_url, 'upload-url': release.upload_url };
}
/** The one release for the tag, created as a draft or brought up to date with the rendered notes. */
async function ensureRelease(settings, client, body) {
    const ref = { owner: settings.owner, repo: settings.repo, tag: settings.tag };
    let ensured;
    try {
        ensured = await release/* ensureDraftRelease */.vw(client, {
            ...ref,
            name: settings.name ?? settings.tag,
            body,
            prerelease: settings.prerelease,
            targetCommitish: settings.targetCommitish,
        });
    }
    catch (error) {
        if (release/* isImmutableReleaseError */.Sx(error))
            throw release/* immutableReleaseError */.m$(settings.tag, error);
        throw error;
    }
    const current = ensured.release;
    if (ensured.state === 'created')
        return { release: current, state: 'created' };
    const wantName = settings.name !== undefined && current.name !== settings.name;
    const wantBody = (current.body ?? '') !== body;
    const wantPrerelease = current.prerelease !== settings.prerelease;
    if (!wantName && !wantBody && !wantPrerelease)
        return { release: current, state: 'unchanged' };
    try {
        const updated = await release/* updateRelease */.BG(client, {
            ...ref,
            releaseId: current.id,
            ...(wantName ? { name: settings.name } : {}),
            ...(wantBody ? { body } : {}),
            ...(wantPrerelease ? { prerelease: settings.prerelease } : {}),
        });
        return { release: updated, state: 'updated' };
    }
    catch (error) {
        if (release/* isImmutableReleaseError */.Sx(error))
            throw release/* immutableReleaseError */.m$(settings.tag, error);
        throw error;
    }
}
/** With `supersedes`: the superseded release must be published in this repository, checked before any write. */
async function checkSuperseded(settings, client) {
    if (!settings.supersession)
        return undefined;
    const all = (await client.paginate(client.rest.repos.listReleases, {
        owner: settings.owner,
        repo: settings.repo,
        per_page: 100,
    }));
    return {
        old: (0,supersede/* supersededRelease */.o2)({
            owner: settings.owner,
            repo: settings.repo,
            supersession: settings.supersession,
            releases: all,
        }),
        all,
    };
}
/** release: notes, then the one draft for the tag (created, updated or unchanged). */
async function release_notes_from_changelog_steps_release(settings, context) {
    const rendered = await release_notes_from_changelog_steps_notes(settings, context);
    const client = githubClient(settings, context);
    await checkSuperseded(settings, client);
    const { release: current, state } = await ensureRelease(settings, client, rendered.body);
    const kind = current.draft ? 'draft' : 'published release';
    context.log.info(`release ${settings.tag}: ${state} (${kind} ${current.id})`);
    return {
        outputs: {
            ...commonOutputs(settings),
            body: rendered.body,
            'body-file': rendered.bodyFile,
            ...releaseOutputs(current),
            state,
        },
        summary: `### Release ${settings.tag}: ${state}\n\n${kind} [${current.id}](${current.html_url})\n\n${rendered.body}`,
    };
}
/**
 * supersede: `release` for the new version (its notes open with the release they supersede), then a
 * banner on the superseded release's notes and "latest" taken from it. Every check, including that
 * the superseded release exists, runs before the first write.
 */
async function release_notes_from_changelog_steps_supersede(settings, context) {
    const supersession = settings.supersession;
    const rendered = await release_notes_from_changelog_steps_notes(settings, context);
    const client = githubClient(settings, context);
    const { old, all } = (await checkSuperseded(settings, client));
    const ensured = await ensureRelease(settings, client, rendered.body);
    const marked = await (0,supersede/* supersedeRelease */.o$)(client, {
        owner: settings.owner,
        repo: settings.repo,
        supersession,
        old,
        replacement: ensured.release,
        releases: all,
    });
    const changed = ensured.state !== 'unchanged' || marked.banner !== 'unchanged' || marked.latest.state === 'moved';
    const state = ensured.state === 'created' ? 'created' : changed ? 'updated' : 'unchanged';
    const lines = [
        `- ${settings.tag}: ${ensured.state} (${ensured.release.draft ? 'draft' : 'published'} ${ensured.release.id}), notes open with "Supersedes ${supersession.oldTag}"`,
        `- ${supersession.oldTag}: superseded banner ${marked.banner}`,
        marked.latest.state === 'moved'
            ? `- latest: moved from ${supersession.oldTag} to ${marked.latest.to.tag_name}`
            : marked.latest.state === 'kept'
                ? `- latest: ${marked.latest.why}`
                : `- latest: ${supersession.oldTag} is not the latest release`,
    ];
    context.log.info(lines.join('\n'));
    if (marked.latest.state === 'kept')
        context.log.warning(marked.latest.why);
    return {
        outputs: {
            ...commonOutputs(settings),
            body: rendered.body,
            'body-file': rendered.bodyFile,
            ...releaseOutputs(ensured.release),
            'superseded-release-id': String(marked.old.id),
            state,
        },
        summary: `### ${settings.tag} supersedes ${supersession.oldTag}: ${state}\n\n${lines.join('\n')}\n`,
    };
}
/** publish: `draft: false` once every required asset is there and complete; the last step. */
async function publish(settings, context) {
    const client = githubClient(settings, context);
    const ref = { owner: settings.owner, repo: settings.repo, tag: settings.tag };
    const found = await release/* findReleaseForTag */.kq(client, ref);
    if (!found) {
        throw new errors/* UserError */.yo(`there is no release (draft or published) for tag ${settings.tag} in ${ref.owner}/${ref.repo}; run mode 'release' first`, {
            input: 'version',
            value: settings.tag,
        });
    }
    const assets = (await client.paginate(client.rest.repos.listReleaseAssets, {
        owner: ref.owner,
        repo: ref.repo,
        release_id: found.id,
        per_page: 100,
    }));
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
            throw release/* immutableReleaseError */.m$(settings.tag, new Error(`it lacks required assets: ${problems}`));
        throw new errors/* UserError */.yo(`release ${settings.tag} cannot be published: ${problems} (input 'require-assets'); upload them (e.g. with upload-cli-artifacts) and rerun publish`, {
            input: 'require-assets',
            value: settings.requireAssets.join(', '),
            valid: 'assets present on the release in state uploaded',
        });
    }
    const result = await release/* publishRelease */.Dl(client, {
        ...ref,
        release: found,
        version: settings.version,
        prerelease: settings.prerelease,
    });
    const latestText = result.state === 'published' ? (result.latest ? ', marked latest' : ', not marked latest') : '';
    context.log.info(`release ${settings.tag}: ${result.state}${latestText}`);
    return {
        outputs: { ...commonOutputs(settings), ...releaseOutputs(result.release), state: result.state },
        summary: `### Release ${settings.tag}: ${result.state}${latestText}\n\n[${result.release.html_url}](${result.release.html_url}) with ${assets.length} asset(s)\n`,
    };
}
/** The mode's work. */
/** What each mode's log group is called. */
const GROUP_TITLES = {
    prepare: 'Prepare the changelog for',
    notes: 'Render the release notes of',
    release: 'Draft or update the release',
    publish: 'Publish the release',
    supersede: 'Supersede an earlier release with',
};
/** The mode's work, its log lines in one group. */
function runMode(settings, context) {
    return (0,log/* inGroup */.HB)(context.log, `${GROUP_TITLES[settings.mode]} ${settings.tag}`, () => modeStep(settings, context));
}
async function modeStep(settings, context) {
    switch (settings.mode) {
        case 'prepare':
            return release_notes_from_changelog_steps_prepare(settings, context);
        case 'notes': {
            const rendered = await release_notes_from_changelog_steps_notes(settings, context);
            return {
                outputs: {
                    ...commonOutputs(settings),
                    body: rendered.body,
                    'body-file': rendered.bodyFile,
                    state: 'unchanged',
                },
                summary: `### Release notes for ${settings.tag}\n\n${rendered.body}`,
            };
        }
        case 'release':
            return release_notes_from_changelog_steps_release(settings, context);
        case 'publish':
            return publish(settings, context);
        case 'supersede':
            return release_notes_from_changelog_steps_supersede(settings, context);
    }
}


/***/ }),

/***/ 81847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ planChartReleaseNotes),
/* harmony export */   W4: () => (/* reexport safe */ _charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__.W4)
/* harmony export */ });
/* unused harmony exports injectChartReleaseNotes, normaliseNotes */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51430);
/* harmony import */ var _charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90994);
// Put release notes into Chart.yaml's `catalog.cattle.io/release-notes` annotation, touching nothing else.







/**
 * Set `annotations."catalog.cattle.io/release-notes"` in a Chart.yaml to `notes`.
 *
 * The yaml library's Document API finds the nodes and their source ranges, and the edit is a
 * splice of the original text at those ranges: re-serialising the document would reflow comments,
 * quotes and blank lines, and Chart.yaml files are reviewed by humans. The new value is written
 * as a literal block scalar (`|`), indented under its key; the result is parsed again and must
 * hold exactly the notes and every other value unchanged, else a double-quoted scalar is used.
 */
function injectChartReleaseNotes(chartYaml, notes, file = 'Chart.yaml') {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(chartYaml);
    if (doc.errors.length) {
        const error = doc.errors[0];
        const line = error.linePos?.[0]?.line;
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}${line ? `:${line}` : ''}: not valid YAML: ${error.message.split('\n')[0]}`, {
            value: file,
            location: { file, line },
        });
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents))
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: expected a mapping at the top (a Chart.yaml)`, { value: file, location: { file } });
    const expected = normaliseNotes(notes);
    const eol = /\r\n/.test(chartYaml) ? '\r\n' : '\n';
    // An alias bomb is the file's fault: it is named, not reported as a bug.
    const before = (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .readingFileSync */ .Qg)(file, () => doc.toJS());
    const annotations = before.annotations;
    const current = annotations?.[_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4];
    if (current === expected)
        return { text: chartYaml, state: 'unchanged' };
    const state = annotations && typeof annotations === 'object' && Object.hasOwn(annotations, _charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4)
        ? 'updated'
        : 'created';
    for (const style of ['literal', 'quoted']) {
        const text = splice(chartYaml, doc.contents, expected, eol, style, file);
        if (holdsOnly(text, before, expected))
            return { text, state };
    }
    throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: could not add ${_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4} without changing other values; write 'annotations' as a plain block mapping`, {
        input: 'chart-release-notes',
        value: file,
        location: { file },
    });
}
/**
 * Read the Markdown file `notesPath` and plan its edit into the chart's Chart.yaml, writing nothing
 * (callers write `text` atomically once all their own checks pass). `chart` is a chart directory or
 * a Chart.yaml; by default the Chart.yaml next to the notes (Buntime keeps charts/release-notes.md
 * beside charts/Chart.yaml). `inputs` names the two inputs in error messages.
 */
async function planChartReleaseNotes(workspace, notesPath, chart, inputs) {
    const notes = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readFileInside */ .XW)(workspace, notesPath, inputs.notes, 'Markdown file');
    let file = chart || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(notesPath), 'Chart.yaml');
    if (!file.endsWith('.yaml') && !file.endsWith('.yml'))
        file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(file, 'Chart.yaml');
    const chartYaml = await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .readFileInside */ .XW)(workspace, file, inputs.chart, 'Chart.yaml (or a chart directory holding one)');
    return { ...injectChartReleaseNotes(chartYaml.text, notes.text, file), file, absolute: chartYaml.absolute };
}
function splice(text, root, notes, eol, style, file) {
    const annotationsPair = root.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === 'annotations');
    if (!annotationsPair) {
        // No annotations yet: append a block at the end (top-level keys start in column 0).
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        return `${text}${lead}annotations:${eol}  ${_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4}: ${scalar(notes, 2, eol, style)}`;
    }
    const annotations = annotationsPair.value;
    const keyColumn = columnOf(text, annotationsPair.key.range[0]);
    if (!annotations || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(annotations) && (annotations.value === null || annotations.value === ''))) {
        // `annotations:` with nothing under it (or an explicit `~`/`null`, which goes).
        let head = text;
        if (annotations?.range && annotations.range[1] > annotations.range[0]) {
            head = text.slice(0, annotations.range[0]).replace(/[ \t]+$/, '') + text.slice(annotations.range[1]);
        }
        const at = lineEnd(head, annotationsPair.key.range[1]);
        const lead = head.slice(0, at).endsWith('\n') ? '' : eol;
        const indent = keyColumn + 2;
        return `${head.slice(0, at)}${lead}${' '.repeat(indent)}${_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4}: ${scalar(notes, indent, eol, style)}${head.slice(at)}`;
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(annotations) || annotations.flow) {
        const line = text.slice(0, annotations.range[0]).split('\n').length;
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}:${line}: 'annotations' must be a block mapping (one key per line) for release-kit to add ${_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4}`, {
            input: 'chart-release-notes',
            value: file,
            location: { file, line },
        });
    }
    const existing = annotations.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === _charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4);
    if (existing && existing.value?.range) {
        const value = existing.value;
        const indent = columnOf(text, existing.key.range[0]);
        const [start, valueEnd] = value.range;
        const block = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED');
        // A block scalar's range ends after its last line break; a flow scalar's at its last character,
        // so the rest of that line (perhaps a comment) goes too, the comment moving onto the new header.
        let end = valueEnd;
        let comment = '';
        if (!block) {
            end = lineEnd(text, valueEnd);
            comment = text.slice(valueEnd, end).trim();
            if (!comment.startsWith('#'))
                comment = '';
        }
        let replacement = scalar(notes, indent, eol, style, comment);
        // The value was the file's last line and had no line break: keep it that way.
        if (end === text.length && !text.endsWith('\n'))
            replacement = replacement.slice(0, -eol.length);
        return text.slice(0, start) + replacement + text.slice(end);
    }
    const last = annotations.items[annotations.items.length - 1];
    const indent = columnOf(text, last.key.range[0]);
    let at = last.value?.range?.[1] ?? last.key.range[1];
    if (text[at - 1] !== '\n')
        at = lineEnd(text, at);
    const lead = text.slice(0, at).endsWith('\n') ? '' : eol;
    return `${text.slice(0, at)}${lead}${' '.repeat(indent)}${_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4}: ${scalar(notes, indent, eol, style)}${text.slice(at)}`;
}
/** The value of a key in column `keyColumn`, ending with a line break (a block scalar always does). */
function scalar(notes, keyColumn, eol, style, comment = '') {
    if (style === 'quoted' || notes === '')
        return `${JSON.stringify(notes)}${comment ? ` ${comment}` : ''}${eol}`;
    const lines = notes.replace(/\n$/, '').split('\n');
    // An explicit indentation indicator when the first line itself starts with a space.
    const indicator = /^\s/.test(lines.find((l) => l !== '') ?? '') ? '2' : '';
    const pad = ' '.repeat(keyColumn + 2);
    return `|${indicator}${comment ? ` ${comment}` : ''}${eol}${lines.map((l) => (l === '' ? '' : pad + l)).join(eol)}${eol}`;
}
function holdsOnly(text, before, notes) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
    if (doc.errors.length)
        return false;
    const after = doc.toJS();
    const annotations = {
        ...(before.annotations ?? {}),
        [_charts_chartfile_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASE_NOTES_ANNOTATION */ .W4]: notes,
    };
    return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.isDeepStrictEqual)(after, { ...before, annotations });
}
/** Notes as a block scalar keeps them: \n line ends, one final line break, no trailing blanks. */
function normaliseNotes(notes) {
    const text = notes.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    return text === '' ? '' : `${text}\n`;
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
function lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}


/***/ })

};

//# sourceMappingURL=887.index.js.map