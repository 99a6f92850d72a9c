export const id = 817;
export const ids = [817];
export const modules = {

/***/ 2817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMode: () => (/* binding */ runMode)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/changelog/parse.ts + 54 modules
var parse = __webpack_require__(4547);
// EXTERNAL MODULE: ./packages/release-kit/src/changelog/prepare.ts
var prepare = __webpack_require__(2542);
// EXTERNAL MODULE: ./packages/release-kit/src/github/client.ts + 1 modules
var client = __webpack_require__(9984);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(3178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts + 1 modules
var fs = __webpack_require__(7541);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var log = __webpack_require__(9983);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/chartfile.ts
var chartfile = __webpack_require__(994);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/release-kit/src/plumbing/yaml.ts
/** How far aliases may expand when a document is turned into values: the yaml library's own default. */
const MAX_ALIAS_COUNT = 100;
/**
 * The first problem of `doc` (parsed from `text`), or undefined. A duplicate key is refused because
 * tools disagree on which of the two counts (the yaml library and helm keep one, a regexp another).
 * An alias bomb (a few lines of `&a [*b, *b, …]` that expand to billions of nodes) is found by
 * expanding the document under the alias limit, the way every later reader of the file would.
 */
function yaml_yamlProblem(doc, text) {
    const error = doc.errors[0];
    if (error) {
        const offset = error.pos[0];
        if (error.code === 'DUPLICATE_KEY') {
            const key = (/^[ \t]*(?:-[ \t]+)?(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]*?))[ \t]*:/.exec(text.slice(offset)) ?? [])
                .slice(1)
                .find((k) => k !== undefined);
            return {
                message: `duplicate key${key ? ` ${JSON.stringify(key)}` : ''} in one mapping; tools disagree on which one counts, so keep one`,
                offset,
            };
        }
        return { message: `not valid YAML: ${error.message.split('\n')[0].replace(/:$/, '')}`, offset };
    }
    try {
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (expansion) {
        if (!/alias/i.test(expansion.message))
            throw expansion;
        return {
            message: `its aliases expand beyond ${MAX_ALIAS_COUNT} times the document (an alias bomb); write the values out`,
            offset: 0,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/charts/chartfile-edit.ts
// Chart.yaml edited in place, the one home for it: finding a value by its key path, setting a top-level
// scalar (version, appVersion) and setting an annotation (Rancher's release notes). Every edit splices
// the original text at the source range the yaml library reports, so comments, quoting, key order,
// indentation and line endings elsewhere survive byte for byte; re-serialising would reflow them, and
// Chart.yaml files are reviewed by humans. bump-version, chart-release-notes and packaging all edit
// through here.




/**
 * The scalar at `path` (keys; numeric segments index sequences) in the YAML `text`, located to the
 * byte, or why it cannot be edited in place: not valid YAML, no such key, not a plain or quoted
 * scalar whose source text is the value itself.
 */
function locateScalar(text, path) {
    const doc = parseDocument(text, { prettyErrors: false, keepSourceTokens: true, uniqueKeys: true });
    const invalid = yamlProblem(doc, text);
    if (invalid)
        return { problem: invalid.message, line: lineOf(text, invalid.offset) };
    const key = path.join('.');
    // yaml's getIn accepts numeric segments as strings for sequences too.
    const node = doc.getIn(path, true);
    if (node === undefined || node === null)
        return { problem: `key ${key} not found`, line: 1 };
    const line = lineOf(text, node.range?.[0] ?? 0);
    if (!isScalar(node) || !node.range)
        return { problem: `key ${key} is not a plain value (a map, list or alias)`, line };
    const [start, end] = node.range;
    const source = text.slice(start, end);
    const value = typeof node.value === 'string' ? node.value : String(node.value);
    // Only styles whose source text is the value itself, bare or in quotes, can be spliced safely.
    let inner;
    if (node.type === 'PLAIN' && source === value)
        inner = [start, end];
    if (node.type === 'QUOTE_DOUBLE' && source === `"${value}"`)
        inner = [start + 1, end - 1];
    if (node.type === 'QUOTE_SINGLE' && source === `'${value}'`)
        inner = [start + 1, end - 1];
    if (!inner)
        return {
            problem: `key ${key} holds ${showValue(source)}, not a version written as a plain or quoted scalar`,
            line,
        };
    return { value, start: inner[0], end: inner[1], line };
}
/**
 * Chart.yaml with the top-level scalar `key` set to `value` (a single line). The written style is
 * kept: a quoted value stays quoted; a plain one stays plain unless the new value would read back as
 * something else (`2.0`, `yes`), which is then double-quoted. A missing key is appended.
 */
function setChartScalar(text, key, value, file = 'Chart.yaml') {
    if (/[\r\n]/.test(value))
        throw new UserError(`${key} must be a single line, got ${showValue(value)}`, { value: file, location: { file } });
    const found = locateScalar(text, [key]);
    let result;
    if ('problem' in found) {
        if (found.problem !== `key ${key} not found`)
            throw editError(file, found.problem, found.line);
        const eol = /\r\n/.test(text) ? '\r\n' : '\n';
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        result = `${text}${lead}${key}: ${plainOrQuoted(value)}${eol}`;
    }
    else {
        const quote = text[found.start - 1];
        const quoted = found.start > 0 && (quote === '"' || quote === "'") && text[found.end] === quote;
        if (quoted && quote === '"')
            result = splice(text, found.start, found.end, JSON.stringify(value).slice(1, -1));
        else if (quoted)
            result = splice(text, found.start, found.end, value.replace(/'/g, "''"));
        else
            result = splice(text, found.start, found.end, plainOrQuoted(value));
    }
    const after = parseDocument(result);
    if (after.errors.length > 0 || after.toJS()?.[key] !== value)
        throw editError(file, `could not set ${key} to ${showValue(value)} without changing other values`, 1);
    return result;
}
/**
 * Chart.yaml with `annotations.<key>` set to `value`. Multi-line values are written as a literal
 * block scalar (`|`) indented under the key; the result is parsed again and must hold exactly the
 * value and every other value unchanged, else a double-quoted scalar is used.
 */
function setChartAnnotation(chartYaml, key, value, file = 'Chart.yaml') {
    const doc = (0,dist/* parseDocument */.Tp)(chartYaml, { uniqueKeys: true });
    // The values are compared below (toJS): an alias bomb must be refused before that expands it.
    const invalid = yaml_yamlProblem(doc, chartYaml);
    if (invalid) {
        const line = lineOf(chartYaml, invalid.offset);
        throw new errors/* UserError */.yo(invalid.message, { value: file, location: { file, line } });
    }
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new errors/* UserError */.yo(`expected a mapping at the top (a Chart.yaml)`, { value: file, location: { file } });
    const eol = /\r\n/.test(chartYaml) ? '\r\n' : '\n';
    const before = doc.toJS();
    const annotations = before.annotations;
    if (annotations?.[key] === value)
        return { text: chartYaml, state: 'unchanged' };
    const state = annotations && typeof annotations === 'object' && Object.hasOwn(annotations, key) ? 'updated' : 'created';
    for (const style of ['literal', 'quoted']) {
        const text = spliceAnnotation(chartYaml, doc.contents, key, value, eol, style, file);
        if (holdsOnly(text, before, key, value))
            return { text, state };
    }
    throw new errors/* UserError */.yo(`could not add ${key} without changing other values; write 'annotations' as a plain block mapping`, { input: 'chart-release-notes', value: file, location: { file } });
}
/** Release notes as a block scalar keeps them: \n line ends, one final line break, no trailing blanks. */
function normaliseNotes(notes) {
    const text = notes.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    return text === '' ? '' : `${text}\n`;
}
/**
 * Chart.yaml with `edits` applied in place (the archived copy at package time). Returns the input
 * unchanged when there is nothing to do.
 */
function editChartYaml(data, edits, file = 'Chart.yaml') {
    const annotations = Object.entries(edits.annotations ?? {});
    if (edits.version === undefined && edits.appVersion === undefined && annotations.length === 0)
        return data;
    let text = data.toString('utf8');
    if (edits.version !== undefined)
        text = setChartScalar(text, 'version', edits.version, file);
    if (edits.appVersion !== undefined)
        text = setChartScalar(text, 'appVersion', edits.appVersion, file);
    for (const [key, value] of annotations)
        text = setChartAnnotation(text, key, value, file).text;
    return Buffer.from(text);
}
/** `value` as a plain scalar when it reads back as that very string (YAML 1.1 and 1.2 alike), else double-quoted. */
function plainOrQuoted(value) {
    const asPlain = (version) => {
        const doc = parseDocument(`v: ${value}`, { version });
        return doc.errors.length === 0 && doc.toJS()?.v === value;
    };
    return value !== '' && asPlain('1.1') && asPlain('1.2') ? value : JSON.stringify(value);
}
function spliceAnnotation(text, root, key, value, eol, style, file) {
    const annotationsPair = root.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'annotations');
    if (!annotationsPair) {
        // No annotations yet: append a block at the end (top-level keys start in column 0).
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        return `${text}${lead}annotations:${eol}  ${key}: ${scalar(value, 2, eol, style)}`;
    }
    const annotations = annotationsPair.value;
    const keyColumn = columnOf(text, annotationsPair.key.range[0]);
    if (!annotations || ((0,dist/* isScalar */.jn)(annotations) && (annotations.value === null || annotations.value === ''))) {
        // `annotations:` with nothing under it (or an explicit `~`/`null`, which goes).
        let head = text;
        if (annotations?.range && annotations.range[1] > annotations.range[0]) {
            head = text.slice(0, annotations.range[0]).replace(/[ \t]+$/, '') + text.slice(annotations.range[1]);
        }
        const at = lineEnd(head, annotationsPair.key.range[1]);
        const lead = head.slice(0, at).endsWith('\n') ? '' : eol;
        const indent = keyColumn + 2;
        return `${head.slice(0, at)}${lead}${' '.repeat(indent)}${key}: ${scalar(value, indent, eol, style)}${head.slice(at)}`;
    }
    if (!(0,dist/* isMap */.jh)(annotations) || annotations.flow) {
        const line = text.slice(0, annotations.range[0]).split('\n').length;
        throw new errors/* UserError */.yo(`'annotations' must be a block mapping (one key per line) for release-kit to add ${key}`, {
            input: 'chart-release-notes',
            value: file,
            location: { file, line },
        });
    }
    const existing = annotations.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    if (existing && existing.value?.range) {
        const node = existing.value;
        const indent = columnOf(text, existing.key.range[0]);
        const [start, valueEnd] = node.range;
        const block = (0,dist/* isScalar */.jn)(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
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
        let replacement = scalar(value, indent, eol, style, comment);
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
    return `${text.slice(0, at)}${lead}${' '.repeat(indent)}${key}: ${scalar(value, indent, eol, style)}${text.slice(at)}`;
}
/** The value of a key in column `keyColumn`, ending with a line break (a block scalar always does). */
function scalar(value, keyColumn, eol, style, comment = '') {
    if (style === 'quoted' || value === '')
        return `${JSON.stringify(value)}${comment ? ` ${comment}` : ''}${eol}`;
    const lines = value.replace(/\n$/, '').split('\n');
    // An explicit indentation indicator when the first line itself starts with a space.
    const indicator = /^\s/.test(lines.find((l) => l !== '') ?? '') ? '2' : '';
    const pad = ' '.repeat(keyColumn + 2);
    return `|${indicator}${comment ? ` ${comment}` : ''}${eol}${lines.map((l) => (l === '' ? '' : pad + l)).join(eol)}${eol}`;
}
function holdsOnly(text, before, key, value) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length)
        return false;
    const after = doc.toJS();
    const annotations = { ...(before.annotations ?? {}), [key]: value };
    return (0,external_node_util_.isDeepStrictEqual)(after, { ...before, annotations });
}
function splice(text, start, end, replacement) {
    return text.slice(0, start) + replacement + text.slice(end);
}
function editError(file, problem, line) {
    return new UserError(problem, { value: file, location: { file, line } });
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
function lineEnd(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}
/** The 1-based line of `offset` in `text`. */
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/releases/chart-release-notes.ts
// Put release notes into Chart.yaml's `catalog.cattle.io/release-notes` annotation, touching nothing else.





/**
 * Set `annotations."catalog.cattle.io/release-notes"` in a Chart.yaml to `notes` (normalised as a
 * block scalar keeps them), touching nothing else: the edit is charts/chartfile-edit.ts's.
 */
function injectChartReleaseNotes(chartYaml, notes, file = 'Chart.yaml') {
    return setChartAnnotation(chartYaml, chartfile/* RELEASE_NOTES_ANNOTATION */.W4, normaliseNotes(notes), file);
}
/**
 * Read the Markdown file `notesPath` and plan its edit into the chart's Chart.yaml, writing nothing
 * (callers write `text` atomically once all their own checks pass). `chart` is a chart directory or
 * a Chart.yaml; by default the Chart.yaml next to the notes (Buntime keeps charts/release-notes.md
 * beside charts/Chart.yaml). `inputs` names the two inputs in error messages.
 */
async function planChartReleaseNotes(workspace, notesPath, chart, inputs) {
    const notes = await (0,fs/* readFileInside */.XW)(workspace, notesPath, inputs.notes, 'Markdown file');
    let file = chart || external_node_path_default().join(external_node_path_default().dirname(notesPath), 'Chart.yaml');
    if (!file.endsWith('.yaml') && !file.endsWith('.yml'))
        file = external_node_path_default().join(file, 'Chart.yaml');
    // Read for an edit (writeFileInPlace): the bytes the annotation does not touch are written back as they were.
    const chartYaml = await (0,fs/* readFileInside */.XW)(workspace, file, inputs.chart, 'Chart.yaml (or a chart directory holding one)', { forEdit: true });
    return { ...injectChartReleaseNotes(chartYaml.text, notes.text, file), file, absolute: chartYaml.absolute };
}

// EXTERNAL MODULE: ./packages/release-kit/src/releases/notes.ts
var notes = __webpack_require__(4194);
// EXTERNAL MODULE: ./packages/release-kit/src/releases/release.ts
var release = __webpack_require__(2526);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
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
var supersede = __webpack_require__(1339);
// EXTERNAL MODULE: ./packages/release-kit/src/signing/trusted-root-file.ts
var trusted_root_file = __webpack_require__(4571);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/release-notes-from-changelog.steps.ts
// release-notes-from-changelog after its inputs are valid: each mode's work (the changelog, the
// notes, the GitHub release). Loaded lazily by operations/release-notes-from-changelog.ts.













function commonOutputs(settings) {
    return { version: settings.version, tag: settings.tag, prerelease: String(settings.prerelease) };
}
/** prepare: the changelog (and, when asked, the chart's release-notes annotation), written only when all checks pass. */
async function release_notes_from_changelog_steps_prepare(settings, context) {
    const workspace = context.runner.workspace;
    const absolute = await (0,fs/* resolveInside */.LI)(workspace, settings.changelogPath, 'changelog');
    if ((await (0,fs/* readRegularFile */.XF)(absolute, settings.changelogPath, 'changelog')) === null) {
        // Buntime keeps its notes in charts/release-notes.md and has no CHANGELOG.md: say both ways on.
        throw new errors/* UserError */.yo(`there is no ${settings.changelogPath} to prepare: create it with a "## [Unreleased]" section holding the release's entries (Keep a Changelog, see docs/changelog-conventions.md), pass --changelog PATH (input changelog) if it lives elsewhere, or, to put a Markdown file of release notes into a chart without a changelog, run release-kit chart-release-notes --notes charts/release-notes.md`, {
            input: 'changelog',
            value: settings.changelogPath,
            valid: 'an existing changelog file inside the workspace',
        });
    }
    // Read for an edit: the bytes the prepare does not change are written back as they were.
    const changelogFile = await (0,fs/* readFileInside */.XW)(workspace, settings.changelogPath, 'changelog', 'changelog file', {
        forEdit: true,
    });
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
        ? await planChartReleaseNotes(workspace, settings.chartReleaseNotes, settings.chart, {
            notes: 'chart-release-notes',
            chart: 'chart',
        })
        : undefined;
    // Every check has passed: now write.
    if (result.state === 'prepared')
        await (0,fs/* writeFileInPlace */.aE)(workspace, settings.changelogPath, result.text, 'changelog');
    const chartChanged = chartEdit !== undefined && chartEdit.state !== 'unchanged';
    if (chartChanged)
        await (0,fs/* writeFileInPlace */.aE)(workspace, chartEdit.file, chartEdit.text, 'chart');
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
        claims: settings.claims,
        experimentalNotice: settings.experimentalNotice,
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
/**
 * The one release for the tag, created as a draft or brought up to date with the rendered notes.
 * An existing release keeps the "Supersedes" line its notes open with (see keepSupersedesLine);
 * `body` is what the release holds afterwards.
 */
async function ensureRelease(settings, client, rendered) {
    const ref = { owner: settings.owner, repo: settings.repo, tag: settings.tag };
    let ensured;
    try {
        ensured = await release/* ensureDraftRelease */.vw(client, {
            ...ref,
            name: settings.name ?? settings.tag,
            body: rendered,
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
        return { release: current, state: 'created', body: rendered };
    const body = settings.supersession ? rendered : (0,supersede/* keepSupersedesLine */.pf)(current.body, rendered);
    const wantName = settings.name !== undefined && current.name !== settings.name;
    const wantBody = (current.body ?? '') !== body;
    const wantPrerelease = current.prerelease !== settings.prerelease;
    if (!wantName && !wantBody && !wantPrerelease)
        return { release: current, state: 'unchanged', body };
    try {
        const updated = await release/* updateRelease */.BG(client, {
            ...ref,
            releaseId: current.id,
            ...(wantName ? { name: settings.name } : {}),
            ...(wantBody ? { body } : {}),
            ...(wantPrerelease ? { prerelease: settings.prerelease } : {}),
        });
        return { release: updated, state: 'updated', body };
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
    const { release: current, state, body } = await ensureRelease(settings, client, rendered.body);
    if (body !== rendered.body)
        await (0,fs/* writeFileAtomic */.Zf)(rendered.bodyFile, body);
    const kind = current.draft ? 'draft' : 'published release';
    context.log.info(`release ${settings.tag}: ${state} (${kind} ${current.id})`);
    return {
        outputs: {
            ...commonOutputs(settings),
            body,
            'body-file': rendered.bodyFile,
            ...releaseOutputs(current),
            state,
        },
        summary: `### Release ${settings.tag}: ${state}\n\n${kind} [${current.id}](${current.html_url})\n\n${body}`,
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
    // The trust gate: the draft is verified as users will get it (verify-release), and nothing is
    // published when anything its notes name does not verify.
    const gate = await verifyDraft(settings, client, found, context);
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
        summary: `### Release ${settings.tag}: ${result.state}${latestText}\n\n[${result.release.html_url}](${result.release.html_url}) with ${assets.length} asset(s)\n\n${gate}`,
    };
}
/**
 * Verify the draft before it is published; throws, naming the problems, when it does not verify.
 * Returns the verification's summary table for the step summary.
 */
async function verifyDraft(settings, client, draft, context) {
    let trustedRootJson;
    if (settings.trustedRootPath !== undefined) {
        trustedRootJson = await (0,trusted_root_file/* readTrustedRootFile */.u)(context.runner.workspace, settings.trustedRootPath, 'trusted-root');
    }
    const { runReleaseVerification, renderVerificationSummary } = await Promise.all(/* import() */[__webpack_require__.e(200), __webpack_require__.e(594)]).then(__webpack_require__.bind(__webpack_require__, 8594));
    const verification = await runReleaseVerification({
        owner: settings.owner,
        repo: settings.repo,
        credentialsRegistry: settings.registryHost,
        username: settings.registryUsername,
        password: settings.registryPassword,
        plainHttp: settings.plainHttp,
        ...(trustedRootJson !== undefined ? { trustedRootJson, trustedRootSource: settings.trustedRootPath } : {}),
    }, client, draft, context);
    const summary = renderVerificationSummary(`Verification of the draft ${settings.tag}`, verification);
    if (verification.failures.length)
        throw new errors/* UserError */.yo(`release ${settings.tag} was not published: its draft does not verify (${verification.failures.length} problem(s), each above); fix them (a new draft, the missing upload, the right digest) and rerun publish`, { input: 'version', value: settings.tag, summary });
    return summary;
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


/***/ })

};

//# sourceMappingURL=817.index.js.map