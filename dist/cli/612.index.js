export const id = 612;
export const ids = [612];
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

/***/ 34612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ checkTracks)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19455);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52096);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65851);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6358);
/* harmony import */ var _tracks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84642);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_7__);
// The check mode's verdict: every track in sync, every track whose watched files changed since a base bumped,
// and, on a tag, the tag track's version rendering to that very tag.








/**
 * Check the tracks in `workspace`; with `baseRef`, a track whose `watch` globs match a file changed
 * since the merge base (committed, staged, unstaged or untracked) needs a version greater than there.
 * With `onTag` (the run is on refs/tags/<onTag>), the track that names the tag must render exactly it.
 * With `staged` (a pre-commit hook), the commit being made is checked instead: the versions are read
 * from the index, and a watched file staged since HEAD needs a greater version than HEAD's; unstaged
 * and untracked changes are not part of that commit and are ignored.
 */
async function checkTracks(workspace, config, baseRef, onTag, options = {}) {
    // The empty revision makes `git show :./file`: the file as staged.
    const read = options.staged ? (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .revisionReader */ .v6)(workspace, '') : (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .workingTreeReader */ .LE)(workspace);
    const problems = [];
    const current = new Map();
    const readings = new Map();
    for (const track of config.tracks) {
        const { reading, problems: found } = await (0,_tracks_js__WEBPACK_IMPORTED_MODULE_6__/* .inspectTrack */ .Ew)(track, read);
        problems.push(...found);
        if (reading) {
            readings.set(track.name, reading);
            current.set(track.name, reading.version);
        }
    }
    const tagTrack = config.tagTrack;
    const tagReading = tagTrack && readings.get(tagTrack.name);
    // A track out of sync was reported above; there is no one version to compare with the tag.
    if (onTag && tagTrack && tagReading) {
        const expected = (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTag */ .vY)(tagTrack.tag, tagReading.version);
        if (expected !== onTag) {
            const first = tagReading.locations[0];
            problems.push({
                track: tagTrack.name,
                message: `tag ${onTag} does not match track ${tagTrack.name}'s version ${tagReading.version} (tag template ${tagTrack.tag}): bump the version before tagging`,
                location: { file: first.spec.file, line: first.occurrences[0].line },
            });
        }
    }
    const previous = new Map();
    let watched = 0;
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .T(workspace);
    const head = options.staged ? await git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']) : null;
    if ((baseRef || head) && config.tracks.some((t) => t.watch.length || t.implies.length || t.required)) {
        let mergeBase;
        let changedNames;
        if (head) {
            mergeBase = head;
            changedNames = await git.exec(['diff', '--cached', '--name-only', '--no-renames', head]);
        }
        else {
            const base = await git.tryExec(['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]);
            if (!base)
                throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .invalidInput */ .aY)('base-ref', baseRef, 'a commit present in the checkout (actions/checkout with fetch-depth: 0, or git fetch origin main)');
            mergeBase = (await git.tryExec(['merge-base', base, 'HEAD'])) ?? base;
            const tracked = await git.exec(['diff', '--name-only', '--no-renames', mergeBase]);
            const untracked = await git.exec(['ls-files', '--others', '--exclude-standard', '--full-name']);
            changedNames = [tracked, untracked].join('\n');
        }
        const top = await git.topLevel();
        const changed = [...new Set(changedNames.split('\n').filter(Boolean))].map((p) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(top, p)));
        const since = head ? 'HEAD (staged)' : baseRef;
        // Each track is read at the base once, for the watch rule and the bump rules alike.
        const baseRead = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .revisionReader */ .v6)(workspace, mergeBase);
        const baseReadings = new Map();
        const atBase = (track) => {
            let reading = baseReadings.get(track.name);
            if (!reading)
                baseReadings.set(track.name, (reading = (0,_tracks_js__WEBPACK_IMPORTED_MODULE_6__/* .inspectTrack */ .Ew)(track, baseRead).then((r) => r.reading)));
            return reading;
        };
        for (const track of config.tracks) {
            if (!track.watch.length)
                continue;
            const matches = picomatch__WEBPACK_IMPORTED_MODULE_7___default()(track.watch, { dot: true });
            const hits = changed.filter((file) => matches(file));
            const reading = readings.get(track.name);
            if (!hits.length || !reading)
                continue;
            watched++;
            const before = await atBase(track);
            if (!before)
                continue; // the track is new since the base: nothing to compare with
            previous.set(track.name, before.version);
            if (!(0,_semver_js__WEBPACK_IMPORTED_MODULE_5__/* .isGreater */ .d0)(reading.version, before.version)) {
                const first = reading.locations[0];
                problems.push({
                    track: track.name,
                    message: `track '${track.name}': ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ', …' : ''} changed since ${since} but the version is still ${reading.version} (base ${before.version}); bump it (release-kit bump --${track.name}=patch${head ? ', then stage the version files' : ''})`,
                    location: { file: first.spec.file, line: first.occurrences[0].line },
                });
            }
        }
        problems.push(...(await bumpRuleProblems(config, readings, atBase, since)));
    }
    return { problems, previous, current, watched };
}
/**
 * The config's bump rules over what changed since the base: a bumped track's `implies` tracks are
 * bumped too, and when any track is bumped, every `required` one is.
 */
async function bumpRuleProblems(config, readings, atBase, since) {
    const bumped = new Map();
    const before = new Map();
    for (const track of config.tracks) {
        const reading = readings.get(track.name);
        const base = await atBase(track);
        if (!reading || !base)
            continue;
        before.set(track.name, base.version);
        if ((0,_semver_js__WEBPACK_IMPORTED_MODULE_5__/* .isGreater */ .d0)(reading.version, base.version))
            bumped.set(track.name, `${base.version} → ${reading.version}`);
    }
    const problems = [];
    const missing = (name, why) => {
        const reading = readings.get(name);
        if (!reading || !before.has(name) || bumped.has(name))
            return;
        const first = reading.locations[0];
        problems.push({
            track: name,
            message: `track '${name}' is still ${reading.version} since ${since}, but ${why}; bump it (release-kit bump --${name}=patch)`,
            location: { file: first.spec.file, line: first.occurrences[0].line },
        });
    };
    for (const track of config.tracks) {
        if (!bumped.has(track.name))
            continue;
        for (const implied of track.implies)
            missing(implied.track, `'${track.name}' went ${bumped.get(track.name)} and implies it (${config.file})`);
    }
    if (bumped.size) {
        for (const track of config.tracks) {
            if (track.required && !problems.some((p) => p.track === track.name))
                missing(track.name, `${config.file} requires it in every bump (${[...bumped.keys()].join(', ')} bumped)`);
        }
    }
    return problems;
}


/***/ }),

/***/ 65851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ restorePlan),
/* harmony export */   LE: () => (/* binding */ workingTreeReader),
/* harmony export */   Zg: () => (/* binding */ tryReadAllTracks),
/* harmony export */   gj: () => (/* binding */ applyPlan),
/* harmony export */   i4: () => (/* binding */ readAllTracks),
/* harmony export */   v6: () => (/* binding */ revisionReader),
/* harmony export */   x4: () => (/* binding */ versionsOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80868);
/* harmony import */ var _plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51430);
/* harmony import */ var _tracks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84642);
// The version files as the tracks see them: in the working tree or at a revision, and written all or nothing.






/** Reads files of the working tree (relative to the workspace), caching so that every step sees one text. */
function workingTreeReader(workspace) {
    const cache = new Map();
    return async (file) => {
        if (!cache.has(file)) {
            try {
                cache.set(file, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, file), 'utf8'));
            }
            catch (error) {
                if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR')
                    throw error;
                cache.set(file, null);
            }
        }
        return cache.get(file);
    };
}
/** Reads files as they are in commit `rev` (paths relative to the workspace), byte for byte. */
function revisionReader(workspace, rev) {
    const cache = new Map();
    return (file) => {
        if (!cache.has(file)) {
            // Not Git.show: it drops the final newline, and a version file must compare byte for byte.
            cache.set(file, (0,_plumbing_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e)('git', ['show', `${rev}:./${file}`], { cwd: workspace, allowFailure: true }).then((r) => r.exitCode === 0 ? r.stdout : null));
        }
        return cache.get(file);
    };
}
/** Every track's reading through `read`; a missing or out-of-sync location is a UserError. */
async function readAllTracks(tracks, read) {
    const readings = new Map();
    for (const track of tracks)
        readings.set(track.name, await (0,_tracks_js__WEBPACK_IMPORTED_MODULE_5__/* .readTrack */ .ct)(track, read));
    return readings;
}
/** Readings at a revision, or undefined when any location is missing or unreadable there. */
async function tryReadAllTracks(tracks, read) {
    try {
        return await readAllTracks(tracks, read);
    }
    catch (error) {
        if (error instanceof _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
            return undefined;
        throw error;
    }
}
/** The version of each track in `readings`, by track name. */
function versionsOf(readings) {
    return new Map([...readings].map(([name, r]) => [name, r.version]));
}
/** Write the plan; on any failure put back what was already written so no partial bump remains. */
async function applyPlan(workspace, plan) {
    const written = [];
    try {
        for (const edit of plan) {
            await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, edit.file), edit.after);
            written.push(edit);
        }
    }
    catch (error) {
        for (const edit of written)
            await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, edit.file), edit.before);
        throw error;
    }
}
/** Put every file of an applied plan back as it was before (after a refused commit). */
async function restorePlan(workspace, plan) {
    for (const edit of plan)
        await (0,_plumbing_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, edit.file), edit.before);
}


/***/ }),

/***/ 52964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ findOccurrences),
/* harmony export */   IJ: () => (/* binding */ spliceVersions),
/* harmony export */   lR: () => (/* binding */ describeLocation)
/* harmony export */ });
/* unused harmony exports locationKind, rewriteOccurrences */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23178);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68925);
// Finding a version inside one file (YAML key, JSON key or text pattern) and rewriting only it.
// Every edit splices the original text at the value's source range, so comments, quoting, key
// order, indentation and the trailing newline survive byte for byte.




/** How the file is treated: by its extension when a key is used, as text for a pattern. */
function locationKind(spec) {
    if (spec.pattern !== undefined)
        return 'pattern';
    return /\.(json|jsonc|json5)$/i.test(spec.file) ? 'json' : 'yaml';
}
/** What a location is, for messages: `charts/x/Chart.yaml key appVersion`. */
function describeLocation(spec) {
    return spec.pattern !== undefined ? `${spec.file} pattern ${spec.pattern}` : `${spec.file} key ${spec.key}`;
}
/**
 * The occurrences of `spec` in `text` (one for a key, one or more for a pattern). A missing key, a
 * pattern that matches nothing, or a value that is not a plain string is a UserError on the file.
 */
function findOccurrences(spec, text) {
    switch (locationKind(spec)) {
        case 'pattern':
            return findPattern(spec, text);
        case 'json':
            return [findJsonKey(spec, text)];
        default:
            return [findYamlKey(spec, text)];
    }
}
/** Replace every occurrence's value with `version`; everything else stays byte-identical. */
function rewriteOccurrences(text, occurrences, version) {
    return spliceVersions(text, occurrences.map((occurrence) => ({ occurrence, version })));
}
/** Splice several (non-overlapping) occurrences, each with its own new version. */
function spliceVersions(text, edits) {
    const sorted = [...edits].sort((a, b) => a.occurrence.start - b.occurrence.start);
    let out = '';
    let at = 0;
    for (const { occurrence, version } of sorted) {
        if (occurrence.start < at)
            throw new Error(`overlapping version edits at offset ${occurrence.start}`);
        out += text.slice(at, occurrence.start) + version;
        at = occurrence.end;
    }
    return out + text.slice(at);
}
function locationError(spec, message, line) {
    return new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${spec.file}: ${message}`, {
        input: 'config',
        value: spec.file,
        location: { file: spec.file, line: line ?? 1 },
    });
}
function keySegments(key) {
    return key.split('.');
}
function findYamlKey(spec, text) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { prettyErrors: false, keepSourceTokens: true });
    if (doc.errors.length) {
        throw locationError(spec, `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`, (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .c)(text, doc.errors[0].pos[0]));
    }
    // Numeric segments index sequences; yaml's getIn accepts them as strings for sequences too.
    const node = doc.getIn(keySegments(spec.key), true);
    if (node === undefined || node === null)
        throw locationError(spec, `key ${spec.key} not found`);
    const line = (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .c)(text, node.range?.[0] ?? 0);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) || !node.range)
        throw locationError(spec, `key ${spec.key} is not a plain value (a map, list or alias)`, line);
    const [start, end] = node.range;
    const source = text.slice(start, end);
    const value = typeof node.value === 'string' ? node.value : String(node.value);
    // Only styles whose source text is the version itself, bare or in quotes, can be spliced safely.
    let inner;
    if (node.type === 'PLAIN' && source === value)
        inner = [start, end];
    if (node.type === 'QUOTE_DOUBLE' && source === `"${value}"`)
        inner = [start + 1, end - 1];
    if (node.type === 'QUOTE_SINGLE' && source === `'${value}'`)
        inner = [start + 1, end - 1];
    if (!inner)
        throw locationError(spec, `key ${spec.key} holds ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(source)}, not a version written as a plain or quoted scalar`, line);
    return { value, start: inner[0], end: inner[1], line };
}
function findJsonKey(spec, text) {
    const errors = [];
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (!root || errors.length)
        throw locationError(spec, 'not valid JSON', errors.length ? (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .c)(text, errors[0].offset) : 1);
    let node = root;
    // Walked by hand because findNodeAtLocation wants numbers for array indices and the key path is text.
    for (const segment of keySegments(spec.key)) {
        if (node?.type === 'object') {
            node = node.children?.find((p) => p.children?.[0]?.value === segment)?.children?.[1];
        }
        else if (node?.type === 'array' && /^\d+$/.test(segment)) {
            node = node.children?.[Number(segment)];
        }
        else {
            node = undefined;
        }
        if (!node)
            break;
    }
    if (!node)
        throw locationError(spec, `key ${spec.key} not found`);
    const line = (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .c)(text, node.offset);
    if (node.type !== 'string') {
        throw locationError(spec, `key ${spec.key} holds ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(text.slice(node.offset, node.offset + node.length))}, expected a version string`, line);
    }
    const source = text.slice(node.offset, node.offset + node.length);
    if (source !== JSON.stringify(node.value))
        throw locationError(spec, `key ${spec.key} holds an escaped string ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(source)}`, line);
    return { value: node.value, start: node.offset + 1, end: node.offset + node.length - 1, line };
}
function findPattern(spec, text) {
    const re = new RegExp(spec.pattern, 'dgm');
    const found = [];
    for (const match of text.matchAll(re)) {
        const span = match.indices?.[1];
        if (!span)
            continue; // the group did not take part in this match
        found.push({ value: match[1], start: span[0], end: span[1], line: (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .c)(text, span[0]) });
        if (found.length > 10_000)
            break;
    }
    if (found.length === 0)
        throw locationError(spec, `pattern ${spec.pattern} matches nothing`);
    return found;
}


/***/ }),

/***/ 84642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ inspectTrack),
/* harmony export */   Zl: () => (/* binding */ verifyPlan),
/* harmony export */   ct: () => (/* binding */ readTrack),
/* harmony export */   r_: () => (/* binding */ planEdits)
/* harmony export */ });
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
/* harmony import */ var _locations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52964);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6358);
// Reading every location of a track, checking that they agree, and planning the edits of a bump.



/**
 * Read every location of `track` and check that each holds the same strict SemVer version.
 * Returns the reading, or the problems (missing file or key, non-SemVer value, disagreement).
 */
async function inspectTrack(track, read) {
    const problems = [];
    const locations = [];
    for (const spec of track.files) {
        const text = await read(spec.file);
        if (text === null) {
            problems.push({
                track: track.name,
                message: `track '${track.name}': ${spec.file} does not exist`,
                location: { file: spec.file },
            });
            continue;
        }
        try {
            locations.push({ spec, occurrences: (0,_locations_js__WEBPACK_IMPORTED_MODULE_1__/* .findOccurrences */ .G4)(spec, text) });
        }
        catch (error) {
            if (!(error instanceof _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
                throw error;
            problems.push({
                track: track.name,
                message: `track '${track.name}': ${error.message}`,
                location: error.location ?? { file: spec.file },
            });
        }
    }
    for (const { spec, occurrences } of locations) {
        for (const o of occurrences) {
            if (!(0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .isStrictSemver */ .iS)(o.value)) {
                problems.push({
                    track: track.name,
                    message: `track '${track.name}': ${(0,_locations_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLocation */ .lR)(spec)} holds ${(0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(o.value)}, which is not a SemVer version (expected x.y.z, e.g. 1.2.3 or 1.2.3-rc.1)`,
                    location: { file: spec.file, line: o.line },
                });
            }
        }
    }
    if (problems.length)
        return { problems };
    const values = new Set(locations.flatMap((l) => l.occurrences.map((o) => o.value)));
    if (values.size > 1) {
        const listing = locations.flatMap((l) => l.occurrences.map((o) => `${l.spec.file}:${o.line} (${l.spec.key ?? 'pattern'}) = ${o.value}`));
        const first = locations[0].occurrences[0].value;
        const odd = locations.flatMap((l) => l.occurrences.map((o) => ({ l, o }))).find(({ o }) => o.value !== first);
        return {
            problems: [
                {
                    track: track.name,
                    message: `track '${track.name}' is out of sync: ${listing.join('; ')}. Make every location hold the same version first`,
                    location: { file: odd.l.spec.file, line: odd.o.line },
                },
            ],
        };
    }
    return { reading: { track, version: [...values][0], locations }, problems };
}
/** Like inspectTrack, but the first problem is thrown as a UserError whose message lists them all. */
async function readTrack(track, read) {
    const { reading, problems } = await inspectTrack(track, read);
    if (reading)
        return reading;
    throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(problems.map((p) => p.message).join(' | '), {
        input: 'config',
        value: track.name,
        location: problems[0].location,
    });
}
/**
 * The new content of every file touched by giving each track in `next` its new version. Several
 * tracks may share a file (a Chart.yaml holds both `version` and `appVersion`). Unchanged files are
 * left out. `read` must return the same text the readings were made from.
 */
async function planEdits(readings, next, read) {
    const perFile = new Map();
    for (const reading of readings) {
        const version = next.get(reading.track.name);
        if (version === undefined || version === reading.version)
            continue;
        for (const location of reading.locations) {
            const edits = perFile.get(location.spec.file) ?? [];
            for (const occurrence of location.occurrences) {
                const clash = edits.find((e) => e.occurrence.start < occurrence.end && occurrence.start < e.occurrence.end);
                if (clash && (clash.occurrence.start !== occurrence.start || clash.version !== version)) {
                    throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${location.spec.file}:${occurrence.line}: two tracks claim the same version text; give each track its own location`, {
                        input: 'config',
                        value: location.spec.file,
                        location: { file: location.spec.file, line: occurrence.line },
                    });
                }
                if (!clash)
                    edits.push({ occurrence, version });
            }
            perFile.set(location.spec.file, edits);
        }
    }
    const plan = [];
    for (const [file, edits] of perFile) {
        const before = await read(file);
        if (before === null)
            throw new Error(`${file} vanished while planning the bump`);
        const after = (0,_locations_js__WEBPACK_IMPORTED_MODULE_1__/* .spliceVersions */ .IJ)(before, edits);
        if (after !== before)
            plan.push({ file, before, after });
    }
    return plan;
}
/**
 * Re-read the planned content and confirm that each bumped track now reads as its new version
 * everywhere: a guard against an edit that landed anywhere but on the version scalar.
 */
async function verifyPlan(readings, next, plan, read) {
    const planned = new Map(plan.map((p) => [p.file, p.after]));
    const readPlanned = async (file) => planned.get(file) ?? read(file);
    for (const reading of readings) {
        const expected = next.get(reading.track.name) ?? reading.version;
        const { reading: again, problems } = await inspectTrack(reading.track, readPlanned);
        if (again?.version === expected)
            continue;
        // Usually a pattern too narrow for the new version (x.y.z only, but the bump made a prerelease).
        const where = problems[0]?.location ?? { file: reading.locations[0].spec.file };
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`track '${reading.track.name}' would not read back as ${expected} after the bump (${problems[0]?.message ?? `it reads ${again?.version}`}); widen the location's pattern to match ${expected}`, { input: 'config', value: reading.track.name, location: where });
    }
}


/***/ })

};

//# sourceMappingURL=612.index.js.map