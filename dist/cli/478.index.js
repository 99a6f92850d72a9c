export const id = 478;
export const ids = [478];
export const modules = {

/***/ 19455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git)
/* harmony export */ });
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80868);
// Git through @actions/exec with argument arrays; every call names the repository it runs in.


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
    async commitTime(rev = 'HEAD') {
        return Number(await this.exec(['log', '-1', '--format=%ct', rev]));
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

/***/ 74494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IU: () => (/* binding */ findTag),
/* harmony export */   Ms: () => (/* binding */ pushRelease),
/* harmony export */   Op: () => (/* binding */ gitNetworkEnv),
/* harmony export */   PF: () => (/* binding */ commitRelease),
/* harmony export */   TV: () => (/* binding */ pushBranch),
/* harmony export */   hj: () => (/* binding */ commitIdentityArgs),
/* harmony export */   iP: () => (/* binding */ gitPreflight),
/* harmony export */   xB: () => (/* binding */ completeRelease)
/* harmony export */ });
/* unused harmony export remoteTagBestEffort */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
/* harmony import */ var _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80868);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19455);
// Git for a release: the repository to commit in, the commit identity, tags here and on the remote, the push.



/** Who commits when the checkout has no identity (a fresh runner has none). */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** The repository `workspace` is in, or undefined when it is not inside one with a commit. */
async function gitPreflight(workspace) {
    const git = new _git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .T(workspace);
    const inside = await git.tryExec(['rev-parse', '--is-inside-work-tree']);
    if (inside !== 'true')
        return undefined;
    const head = await git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    if (!head)
        return undefined;
    return { git, head, branch: await git.currentBranch() };
}
/**
 * git configuration passed through the environment, so a token is never on a command line.
 * Without a token only prompts are turned off, and the checkout's own credentials apply.
 */
function gitNetworkEnv(token, serverUrl) {
    const env = { GIT_TERMINAL_PROMPT: '0' };
    if (!token)
        return { env, secrets: [] };
    const key = `http.${serverUrl}/.extraheader`;
    const credential = Buffer.from(`x-access-token:${token}`).toString('base64');
    const header = `AUTHORIZATION: basic ${credential}`;
    // The empty value first resets any header actions/checkout persisted, so only one is sent.
    return {
        env: { ...env, GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: key, GIT_CONFIG_VALUE_0: '', GIT_CONFIG_KEY_1: key, GIT_CONFIG_VALUE_1: header },
        secrets: [credential],
    };
}
/** `-c user.name=… -c user.email=…` for whichever of the two neither git config nor the environment sets. */
async function commitIdentityArgs(git) {
    const name = await git.tryExec(['config', 'user.name']);
    const email = await git.tryExec(['config', 'user.email']);
    const args = [];
    if (!name && !process.env.GIT_COMMITTER_NAME)
        args.push('-c', `user.name=${BOT_NAME}`);
    if (!email && !process.env.GIT_COMMITTER_EMAIL)
        args.push('-c', `user.email=${BOT_EMAIL}`);
    return args;
}
/** The branch a release commit is pushed to: the checked-out one, else the workflow's branch ref. */
function pushBranch(state, workflowRef) {
    if (state.branch)
        return state.branch;
    return workflowRef.startsWith('refs/heads/') ? workflowRef.slice('refs/heads/'.length) : undefined;
}
/**
 * Where `tag` points on `remote`, or null when it is not there. With `mustReach` (a push follows, which
 * needs the remote anyway) an unreachable remote is the UserError lsRemote raises. Without it the
 * question is best effort: no such remote, or one that cannot be reached, counts as no tag there, and
 * `onUnreachable` hears why; the local tag and a later push still refuse to reuse a tag.
 */
async function remoteTagBestEffort(git, remote, tag, options) {
    if (!(await git.tryExec(['remote', 'get-url', remote])))
        return null;
    try {
        return await git.remoteTagCommit(remote, tag, options.netEnv);
    }
    catch (error) {
        if (options.mustReach || !(error instanceof _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
            throw error;
        options.onUnreachable?.(error.message);
        return null;
    }
}
/**
 * Where `tag` already exists: locally, else on `remote`. The remote is asked whenever tagging, so a tag
 * made elsewhere is found before a local one is created; only a push (`push`) requires reaching it.
 */
async function findTag(git, remote, tag, options) {
    const local = await git.localTagCommit(tag);
    if (local)
        return { commit: local, where: 'locally' };
    const commit = await remoteTagBestEffort(git, remote, tag, { mustReach: options.push, netEnv: options.netEnv, onUnreachable: options.onUnreachable });
    return commit ? { commit, where: `on ${remote}` } : undefined;
}
/**
 * Stage `paths`, commit them with `message` and, when `tag` is set, tag the commit (annotated); returns
 * the commit. A refused commit (usually a hook) calls `restore` first, unstages, and becomes a UserError.
 */
async function commitRelease(git, paths, message, tag, restore) {
    const identity = await commitIdentityArgs(git);
    try {
        await git.exec(['add', '--', ...paths]);
        await git.exec([...identity, 'commit', '--quiet', '--cleanup=verbatim', '-m', message, '--', ...paths]);
    }
    catch (error) {
        await restore();
        await git.tryExec(['reset', '--quiet', '--', ...paths]);
        if (!(error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .c))
            throw error;
        // Usually a repository hook refusing the commit: the user's to fix; the files are as they were.
        const reason = error.result.stderr.trim().split('\n').pop() || error.result.stdout.trim().split('\n').pop() || `exit ${error.result.exitCode}`;
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`git commit failed (${reason}); the version files were put back as they were`, { input: 'commit', value: 'true' });
    }
    const commit = await git.head();
    if (tag)
        await git.exec([...identity, 'tag', '--annotate', '-m', tag, '--', tag, commit]);
    return commit;
}
/** Push `commit` to `branch` and the tag (if any) in one atomic push; a failure says how a rerun recovers. */
async function pushRelease(git, remote, branch, tag, netEnv, commit) {
    const refs = [`${commit}:refs/heads/${branch}`, ...(tag ? [`refs/tags/${tag}`] : [])];
    try {
        await git.exec(['push', '--quiet', '--atomic', remote, ...refs], netEnv);
    }
    catch (error) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`pushing ${refs.join(' and ')} to ${remote} failed (${error instanceof _plumbing_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExecError */ .c ? error.result.stderr.trim().split('\n').pop() : String(error)}); the commit${tag ? ' and tag' : ''} exist locally: rerun to push them, or pull and bump again if ${branch} moved`, {
            input: 'push',
            value: 'true',
            summary: `## bump-version: push failed\n\nThe release commit \`${commit}\`${tag ? ` and tag \`${tag}\`` : ''} exist locally but are not on ${remote}. Rerunning the same bump pushes them; if \`${branch}\` moved on ${remote}, pull, then bump again.\n`,
        });
    }
}
/**
 * Finish a release that a previous run committed at HEAD: create the tag if it is missing, and push
 * branch and tag if the remote lacks them, never moving a tag. Returns a note per action taken.
 */
async function completeRelease(state, remote, tag, options) {
    const { git, head } = state;
    const notes = [];
    if (tag) {
        const local = await git.localTagCommit(tag);
        const remoteCommit = await remoteTagBestEffort(git, remote, tag, { mustReach: options.push, netEnv: options.netEnv, onUnreachable: options.onUnreachable });
        for (const [where, commit] of [['locally', local], [`on ${remote}`, remoteCommit]]) {
            if (commit && commit !== head) {
                throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`tag ${tag} already exists ${where} at ${commit}, and HEAD is ${head}: release-kit never moves or reuses a tag`, { input: 'tag', value: tag });
            }
        }
        if (!local) {
            const identity = await commitIdentityArgs(git);
            await git.exec([...identity, 'tag', '--annotate', '-m', tag, '--', tag, head]);
            notes.push(`created the missing tag ${tag} at HEAD`);
        }
    }
    if (options.push) {
        const branch = pushBranch(state, options.workflowRef);
        if (!branch)
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .invalidInput */ .aY)('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
        const remoteHead = await git.lsRemote(remote, '--heads', [`refs/heads/${branch}`], options.netEnv);
        const remoteTag = tag ? await git.remoteTagCommit(remote, tag, options.netEnv) : head;
        if (!remoteHead.startsWith(head) || remoteTag !== head) {
            await pushRelease(git, remote, branch, tag, options.netEnv, head);
            notes.push(`pushed the release to ${remote}/${branch}`);
        }
    }
    return notes;
}


/***/ }),

/***/ 60478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CLI_BOOLEAN_FLAGS: () => (/* binding */ CLI_BOOLEAN_FLAGS),
  DEFAULT_CONFIG: () => (/* reexport */ DEFAULT_CONFIG),
  cliInputs: () => (/* binding */ cliInputs),
  loadVersionsConfig: () => (/* reexport */ loadVersionsConfig),
  operation: () => (/* binding */ operation)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/git/release.ts
var release = __webpack_require__(74494);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var plumbing_errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/runtime/context.ts
var runtime_context = __webpack_require__(34076);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/release-kit/src/versions/text.ts
// Small text helpers shared by the version editors: offsets to line numbers.
/** The 1-based line of `offset` in `text`. */
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/versions/config.ts
// The version-tracks configuration (`versions:` in .github/release-kit.yml): loaded, parsed and validated.





/** Track names become CLI flags and commit-message placeholders, so these are taken. */
const RESERVED_TRACK_NAMES = new Set([
    'config', 'bump', 'preid', 'mode', 'commit', 'tag', 'push', 'commit-message', 'include', 'base-ref', 'allow-dirty', 'token',
    'json', 'summary', 'api-url', 'help', 'version', 'changes',
]);
const TRACK_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const TRACK_KEYS = new Set(['tag', 'files', 'watch']);
const LOCATION_KEYS = new Set(['file', 'key', 'pattern']);
/** A key path: dot-separated segments of letters, digits, `_`, `-`, `/` (Chart.yaml annotation keys carry `/`). */
const KEY_PATH = /^[A-Za-z0-9_\-/]+(?:\.[A-Za-z0-9_\-/]+)*$/;
/** Parse the config text; every mistake is a UserError on the config file and line. */
function parseVersionsConfig(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true });
    const fail = (message, node, valid) => {
        const offset = node?.range?.[0];
        throw new plumbing_errors/* UserError */.yo(`${file}: ${message}`, {
            input: 'config',
            value: file,
            valid,
            location: { file, line: offset === undefined ? 1 : lineOf(text, offset) },
        });
    };
    if (doc.errors.length) {
        const error = doc.errors[0];
        throw new plumbing_errors/* UserError */.yo(`${file}: not valid YAML: ${error.message.split('\n')[0]}`, {
            input: 'config',
            value: file,
            valid: 'a YAML file with a `versions:` map',
            location: { file, line: lineOf(text, error.pos[0]) },
        });
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return fail('expected a map with a `versions:` key', root, 'versions: {TRACK: {files: [...]}}');
    const versions = root.get('versions', true);
    if (!versions || !(0,dist/* isMap */.jh)(versions) || versions.items.length === 0) {
        return fail('expected `versions:` to map track names to their files', versions ?? root, 'versions: {TRACK: {files: [...]}}');
    }
    const tracks = [];
    for (const pair of versions.items) {
        const keyNode = pair.key;
        const name = (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
        if (typeof name !== 'string' || !TRACK_NAME.test(name) || RESERVED_TRACK_NAMES.has(name)) {
            fail(`track name ${(0,plumbing_errors/* showValue */.vp)((0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : String(keyNode))} is not usable`, keyNode, `a lower-case name matching ${TRACK_NAME.source}, not one of ${[...RESERVED_TRACK_NAMES].join(', ')}`);
        }
        const trackName = name;
        const body = pair.value;
        if (!(0,dist/* isMap */.jh)(body))
            return fail(`track '${trackName}' must be a map with \`files:\``, body ?? keyNode);
        for (const item of body.items) {
            const k = (0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : '';
            if (!TRACK_KEYS.has(k))
                fail(`track '${trackName}' has unknown key ${(0,plumbing_errors/* showValue */.vp)(k)}`, item.key, 'tag, files, watch');
        }
        const configLine = lineOf(text, keyNode.range?.[0] ?? 0);
        let tag;
        const tagNode = body.get('tag', true);
        if (tagNode !== undefined) {
            const value = (0,dist/* isScalar */.jn)(tagNode) ? tagNode.value : undefined;
            if (typeof value !== 'string' || !isValidTagTemplate(value)) {
                fail(`track '${trackName}' has tag template ${(0,plumbing_errors/* showValue */.vp)((0,dist/* isScalar */.jn)(tagNode) ? tagNode.value : '')}`, tagNode, TAG_TEMPLATE_VALID);
            }
            tag = value;
        }
        const filesNode = body.get('files', true);
        if (!filesNode || !(0,dist/* isSeq */.oP)(filesNode) || filesNode.items.length === 0) {
            return fail(`track '${trackName}' needs a non-empty \`files:\` list`, filesNode ?? keyNode, '- { file: PATH, key: DOTTED.KEY } or - { file: PATH, pattern: REGEXP }');
        }
        const files = [];
        for (const entry of filesNode.items) {
            if (!(0,dist/* isMap */.jh)(entry))
                return fail(`track '${trackName}': each files entry must be a map`, entry, '{ file: PATH, key: KEY } or { file: PATH, pattern: REGEXP }');
            const fields = {};
            for (const item of entry.items) {
                const k = (0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : '';
                if (!LOCATION_KEYS.has(k))
                    fail(`track '${trackName}': unknown key ${(0,plumbing_errors/* showValue */.vp)(k)} in a files entry`, item.key, 'file, key, pattern');
                const v = (0,dist/* isScalar */.jn)(item.value) ? item.value.value : undefined;
                if (typeof v !== 'string' || v === '')
                    fail(`track '${trackName}': \`${k}\` must be a non-empty string`, item.value ?? entry);
                fields[k] = v;
            }
            const where = entry;
            if (!fields.file)
                fail(`track '${trackName}': a files entry lacks \`file\``, where);
            if (!isSafeRelativePath(fields.file))
                fail(`track '${trackName}': file ${(0,plumbing_errors/* showValue */.vp)(fields.file)} must be a relative path inside the workspace`, where);
            if ((fields.key === undefined) === (fields.pattern === undefined)) {
                fail(`track '${trackName}': ${fields.file} needs exactly one of \`key\` (YAML/JSON) or \`pattern\` (text)`, where);
            }
            if (fields.key !== undefined && !KEY_PATH.test(fields.key)) {
                fail(`track '${trackName}': key ${(0,plumbing_errors/* showValue */.vp)(fields.key)} is not a dotted key path`, where, 'e.g. version or dependencies.0.version');
            }
            if (fields.pattern !== undefined)
                checkPattern(fields.pattern, (message) => fail(`track '${trackName}': pattern ${(0,plumbing_errors/* showValue */.vp)(fields.pattern)} ${message}`, where));
            files.push({ file: fields.file, key: fields.key, pattern: fields.pattern, configLine: lineOf(text, where.range?.[0] ?? 0) });
        }
        const watch = [];
        const watchNode = body.get('watch', true);
        if (watchNode !== undefined) {
            if (!(0,dist/* isSeq */.oP)(watchNode))
                return fail(`track '${trackName}': \`watch\` must be a list of globs`, watchNode);
            for (const item of watchNode.items) {
                const v = (0,dist/* isScalar */.jn)(item) ? item.value : undefined;
                if (typeof v !== 'string' || v === '' || /[\r\n]/.test(v))
                    fail(`track '${trackName}': watch entries must be one-line glob strings`, item);
                watch.push(v);
            }
        }
        tracks.push({ name: trackName, tag, files, watch, configLine });
    }
    const tagTracks = tracks.filter((t) => t.tag !== undefined);
    if (tagTracks.length > 1) {
        const second = tagTracks[1];
        throw new plumbing_errors/* UserError */.yo(`${file}: tracks ${tagTracks.map((t) => `'${t.name}'`).join(' and ')} both name a tag; at most one track may`, {
            input: 'config',
            value: file,
            valid: 'a `tag:` on one track only',
            location: { file, line: second.configLine },
        });
    }
    return { file, tracks, tagTrack: tagTracks[0] };
}
/** Where the tracks file is looked for when the `config` input is not given. */
const DEFAULT_CONFIG = '.github/release-kit.yml';
/** Read and validate the tracks file, and confirm every file it names stays inside the workspace. */
async function loadVersionsConfig(workspace, configPath) {
    const absolute = await (0,fs/* resolveInside */.LI)(workspace, configPath, 'config');
    let text;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch {
        throw (0,plumbing_errors/* invalidInput */.aY)('config', configPath, `an existing tracks file (create ${DEFAULT_CONFIG} with a \`versions:\` map; see docs/version-tracks.md)`);
    }
    const config = parseVersionsConfig(text, configPath);
    for (const track of config.tracks) {
        for (const spec of track.files) {
            try {
                await (0,fs/* resolveInside */.LI)(workspace, spec.file, 'config');
            }
            catch (error) {
                if (error instanceof plumbing_errors/* UserError */.yo) {
                    throw new plumbing_errors/* UserError */.yo(`${configPath}: track '${track.name}': ${spec.file} is outside the workspace (or a symlink leading out of it)`, {
                        input: 'config',
                        value: spec.file,
                        location: { file: configPath, line: spec.configLine },
                    });
                }
                throw error;
            }
        }
    }
    return config;
}
const TAG_TEMPLATE_VALID = 'a git tag name containing {version} once, e.g. v{version} or chart-{version}';
/**
 * A tag template is `{version}` plus literal text that is safe in a git ref name
 * (git check-ref-format): no spaces, control characters, `~^:?*[\`, `..`, `@{`, or braces.
 */
function isValidTagTemplate(template) {
    const parts = template.split('{version}');
    if (parts.length !== 2)
        return false;
    const literal = parts.join('');
    if (!/^[A-Za-z0-9._/-]*$/.test(literal))
        return false;
    const sample = template.replace('{version}', '1.0.0');
    return isValidTagName(sample);
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
/** The tag for `version` under `template`. */
function renderTag(template, version) {
    return template.replace('{version}', version);
}
function isSafeRelativePath(file) {
    if (/[\0\r\n]/.test(file) || file.startsWith('/') || /^[A-Za-z]:/.test(file))
        return false;
    return !file.split(/[\\/]/).includes('..');
}
function checkPattern(pattern, fail) {
    let re;
    try {
        re = new RegExp(pattern, 'dgm');
    }
    catch (error) {
        fail(`is not a valid regular expression (${error.message})`);
        return;
    }
    // Count the capture groups by matching an always-matching alternative.
    const groups = new RegExp(`${re.source}|`).exec('').length - 1;
    if (groups < 1)
        fail('needs a capture group around the version, e.g. krt_v(\\d+\\.\\d+\\.\\d+)_');
}

;// CONCATENATED MODULE: ./packages/release-kit/src/versions/message.ts
// The release commit message template: `{version}`, `{tag}`, `{changes}` and one `{<track>}` per track.

const DEFAULT_COMMIT_MESSAGE = 'chore(release): {changes}';
/**
 * Check a template before anything is written: every `{name}` must be a known placeholder and
 * braces must not nest (`{{version}}` is refused rather than half-substituted).
 */
function checkMessageTemplate(template, trackNames) {
    const known = ['version', 'tag', 'changes', ...trackNames];
    const valid = `text with the placeholders ${known.map((n) => `{${n}}`).join(', ')}`;
    if (template.length > 10_000)
        throw (0,plumbing_errors/* invalidInput */.aY)('commit-message', template, valid);
    const stripped = template.replace(/\{([a-z][a-z0-9-]*)\}/g, (whole, name) => {
        if (!known.includes(name))
            throw (0,plumbing_errors/* invalidInput */.aY)('commit-message', template, valid);
        return '';
    });
    if (/[{}]/.test(stripped) || /\0/.test(template))
        throw (0,plumbing_errors/* invalidInput */.aY)('commit-message', template, valid);
}
/** Fill a checked template. */
function renderMessage(template, values) {
    return template.replace(/\{([a-z][a-z0-9-]*)\}/g, (_whole, name) => {
        if (name === 'version')
            return values.version;
        if (name === 'tag')
            return values.tag;
        if (name === 'changes')
            return values.changes;
        return values.tracks[name] ?? '';
    });
}

// EXTERNAL MODULE: ./packages/release-kit/src/versions/semver.ts
var semver = __webpack_require__(6358);
;// CONCATENATED MODULE: ./packages/release-kit/src/versions/bump.ts
// A bump request (`track=kind` lines) and what it makes: the next versions, the release message and tag.




/** `track=kind` lines → the requested bump per track; each line names a track of `config` once. */
function parseBumpRequest(lines, config) {
    const names = config.tracks.map((t) => t.name);
    const request = new Map();
    for (const line of lines) {
        const match = /^([a-z][a-z0-9-]*)\s*=\s*(\S+)$/.exec(line);
        if (!match)
            throw (0,plumbing_errors/* invalidInput */.aY)('bump', line, `lines of track=kind, tracks: ${names.join(', ')}; kinds: ${semver/* VALID_BUMP_KINDS */["in"]}`);
        const [, track, kindText] = match;
        if (!names.includes(track))
            throw (0,plumbing_errors/* invalidInput */.aY)('bump', line, `a track from ${config.file}: ${names.join(', ')}`);
        const kind = (0,semver/* parseBumpKind */.Ac)(kindText);
        if (!kind)
            throw (0,plumbing_errors/* invalidInput */.aY)('bump', line, `${track}=KIND with KIND one of ${semver/* VALID_BUMP_KINDS */["in"]}`);
        if (request.has(track))
            throw (0,plumbing_errors/* invalidInput */.aY)('bump', line, `each track once (${track} is given twice)`);
        request.set(track, kind);
    }
    return request;
}
/** `base` with the requested tracks bumped, or undefined when some bump would not go past its base. */
function nextVersions(base, spec) {
    const next = new Map(base);
    for (const [track, kind] of spec.request) {
        const version = (0,semver/* nextVersion */.yU)(base.get(track), kind, spec.preid);
        if (version === undefined)
            return undefined;
        next.set(track, version);
    }
    return next;
}
/**
 * The release commit message and tag ('' when untagged) for the versions `next`. `{version}` is the
 * tag track's when it is bumped, else the first requested track's.
 */
function releaseMessage(config, spec, next) {
    const { tagTrack } = config;
    const tracks = [...spec.request.keys()];
    const tag = spec.tag && tagTrack ? renderTag(tagTrack.tag, next.get(tagTrack.name)) : '';
    const first = tagTrack && spec.request.has(tagTrack.name) ? tagTrack.name : tracks[0];
    const changes = tracks.map((t) => `${t} ${next.get(t)}`).join(', ');
    const message = renderMessage(spec.messageTemplate, { version: next.get(first), tag, changes, tracks: Object.fromEntries(next) });
    return { message, tag };
}
/**
 * What a finished bump should warn about: tracks bumped without the tag that releases them, and a tag
 * pushed with the workflow's default credentials (`pushedWithDefaultToken`), which triggers no workflow.
 */
function bumpWarnings(config, spec, tag, pushedWithDefaultToken) {
    const warnings = [];
    const untagged = [...spec.request.keys()].filter((t) => t !== config.tagTrack?.name);
    if (!tag && config.tagTrack && untagged.length) {
        warnings.push(`track ${untagged.map((t) => `'${t}'`).join(', ')} was bumped without a tag: nothing releases it until '${config.tagTrack.name}' is bumped with tag: true (CLI: --${config.tagTrack.name}=patch --tag)`);
    }
    if (tag && pushedWithDefaultToken) {
        warnings.push(`tag ${tag} was pushed with the workflow's default credentials; if that is the GITHUB_TOKEN, no other workflow (e.g. on: push: tags) runs for it. Pass a GitHub App token or a fine-grained PAT with contents: write as the token input to trigger them`);
    }
    return warnings;
}

// EXTERNAL MODULE: ./packages/release-kit/src/git/git.ts
var git_git = __webpack_require__(19455);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/exec.ts
var exec = __webpack_require__(80868);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
;// CONCATENATED MODULE: ./packages/release-kit/src/versions/locations.ts
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
    return new plumbing_errors/* UserError */.yo(`${spec.file}: ${message}`, {
        input: 'config',
        value: spec.file,
        location: { file: spec.file, line: line ?? 1 },
    });
}
function keySegments(key) {
    return key.split('.');
}
function findYamlKey(spec, text) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, keepSourceTokens: true });
    if (doc.errors.length) {
        throw locationError(spec, `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`, lineOf(text, doc.errors[0].pos[0]));
    }
    // Numeric segments index sequences; yaml's getIn accepts them as strings for sequences too.
    const node = doc.getIn(keySegments(spec.key), true);
    if (node === undefined || node === null)
        throw locationError(spec, `key ${spec.key} not found`);
    const line = lineOf(text, node.range?.[0] ?? 0);
    if (!(0,dist/* isScalar */.jn)(node) || !node.range)
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
        throw locationError(spec, `key ${spec.key} holds ${(0,plumbing_errors/* showValue */.vp)(source)}, not a version written as a plain or quoted scalar`, line);
    return { value, start: inner[0], end: inner[1], line };
}
function findJsonKey(spec, text) {
    const errors = [];
    const root = (0,main.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (!root || errors.length)
        throw locationError(spec, 'not valid JSON', errors.length ? lineOf(text, errors[0].offset) : 1);
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
    const line = lineOf(text, node.offset);
    if (node.type !== 'string') {
        throw locationError(spec, `key ${spec.key} holds ${(0,plumbing_errors/* showValue */.vp)(text.slice(node.offset, node.offset + node.length))}, expected a version string`, line);
    }
    const source = text.slice(node.offset, node.offset + node.length);
    if (source !== JSON.stringify(node.value))
        throw locationError(spec, `key ${spec.key} holds an escaped string ${(0,plumbing_errors/* showValue */.vp)(source)}`, line);
    return { value: node.value, start: node.offset + 1, end: node.offset + node.length - 1, line };
}
function findPattern(spec, text) {
    const re = new RegExp(spec.pattern, 'dgm');
    const found = [];
    for (const match of text.matchAll(re)) {
        const span = match.indices?.[1];
        if (!span)
            continue; // the group did not take part in this match
        found.push({ value: match[1], start: span[0], end: span[1], line: lineOf(text, span[0]) });
        if (found.length > 10_000)
            break;
    }
    if (found.length === 0)
        throw locationError(spec, `pattern ${spec.pattern} matches nothing`);
    return found;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/versions/tracks.ts
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
            problems.push({ track: track.name, message: `track '${track.name}': ${spec.file} does not exist`, location: { file: spec.file } });
            continue;
        }
        try {
            locations.push({ spec, occurrences: findOccurrences(spec, text) });
        }
        catch (error) {
            if (!(error instanceof plumbing_errors/* UserError */.yo))
                throw error;
            problems.push({ track: track.name, message: `track '${track.name}': ${error.message}`, location: error.location ?? { file: spec.file } });
        }
    }
    for (const { spec, occurrences } of locations) {
        for (const o of occurrences) {
            if (!(0,semver/* isStrictSemver */.iS)(o.value)) {
                problems.push({
                    track: track.name,
                    message: `track '${track.name}': ${describeLocation(spec)} holds ${(0,plumbing_errors/* showValue */.vp)(o.value)}, which is not a SemVer version (expected x.y.z, e.g. 1.2.3 or 1.2.3-rc.1)`,
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
            problems: [{
                    track: track.name,
                    message: `track '${track.name}' is out of sync: ${listing.join('; ')}. Make every location hold the same version first`,
                    location: { file: odd.l.spec.file, line: odd.o.line },
                }],
        };
    }
    return { reading: { track, version: [...values][0], locations }, problems };
}
/** Like inspectTrack, but the first problem is thrown as a UserError whose message lists them all. */
async function readTrack(track, read) {
    const { reading, problems } = await inspectTrack(track, read);
    if (reading)
        return reading;
    throw new plumbing_errors/* UserError */.yo(problems.map((p) => p.message).join(' | '), { input: 'config', value: track.name, location: problems[0].location });
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
                    throw new plumbing_errors/* UserError */.yo(`${location.spec.file}:${occurrence.line}: two tracks claim the same version text; give each track its own location`, {
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
        const after = spliceVersions(before, edits);
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
        throw new plumbing_errors/* UserError */.yo(`track '${reading.track.name}' would not read back as ${expected} after the bump (${problems[0]?.message ?? `it reads ${again?.version}`}); widen the location's pattern to match ${expected}`, { input: 'config', value: reading.track.name, location: where });
    }
}

;// CONCATENATED MODULE: ./packages/release-kit/src/versions/files.ts
// The version files as the tracks see them: in the working tree or at a revision, and written all or nothing.






/** Reads files of the working tree (relative to the workspace), caching so that every step sees one text. */
function workingTreeReader(workspace) {
    const cache = new Map();
    return async (file) => {
        if (!cache.has(file)) {
            try {
                cache.set(file, await (0,promises_.readFile)(external_node_path_default().join(workspace, file), 'utf8'));
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
            cache.set(file, (0,exec/* run */.e)('git', ['show', `${rev}:./${file}`], { cwd: workspace, allowFailure: true }).then((r) => (r.exitCode === 0 ? r.stdout : null)));
        }
        return cache.get(file);
    };
}
/** Every track's reading through `read`; a missing or out-of-sync location is a UserError. */
async function readAllTracks(tracks, read) {
    const readings = new Map();
    for (const track of tracks)
        readings.set(track.name, await readTrack(track, read));
    return readings;
}
/** Readings at a revision, or undefined when any location is missing or unreadable there. */
async function tryReadAllTracks(tracks, read) {
    try {
        return await readAllTracks(tracks, read);
    }
    catch (error) {
        if (error instanceof plumbing_errors/* UserError */.yo)
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
            await (0,fs/* writeFileAtomic */.Zf)(external_node_path_default().join(workspace, edit.file), edit.after);
            written.push(edit);
        }
    }
    catch (error) {
        for (const edit of written)
            await (0,fs/* writeFileAtomic */.Zf)(external_node_path_default().join(workspace, edit.file), edit.before);
        throw error;
    }
}
/** Put every file of an applied plan back as it was before (after a refused commit). */
async function restorePlan(workspace, plan) {
    for (const edit of plan)
        await (0,fs/* writeFileAtomic */.Zf)(external_node_path_default().join(workspace, edit.file), edit.before);
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/release-kit/src/versions/check.ts
// The check mode's verdict: every track in sync, every track whose watched files changed since a base bumped,
// and, on a tag, the tag track's version rendering to that very tag.








/**
 * Check the tracks in `workspace`; with `baseRef`, a track whose `watch` globs match a file changed
 * since the merge base (committed, staged, unstaged or untracked) needs a version greater than there.
 * With `onTag` (the run is on refs/tags/<onTag>), the track that names the tag must render exactly it.
 */
async function checkTracks(workspace, config, baseRef, onTag) {
    const read = workingTreeReader(workspace);
    const problems = [];
    const current = new Map();
    const readings = new Map();
    for (const track of config.tracks) {
        const { reading, problems: found } = await inspectTrack(track, read);
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
        const expected = renderTag(tagTrack.tag, tagReading.version);
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
    if (baseRef && config.tracks.some((t) => t.watch.length)) {
        const git = new git_git/* Git */.T(workspace);
        const base = await git.tryExec(['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]);
        if (!base)
            throw (0,plumbing_errors/* invalidInput */.aY)('base-ref', baseRef, 'a commit present in the checkout (actions/checkout with fetch-depth: 0, or git fetch origin main)');
        const mergeBase = (await git.tryExec(['merge-base', base, 'HEAD'])) ?? base;
        const top = await git.topLevel();
        const tracked = await git.exec(['diff', '--name-only', '--no-renames', mergeBase]);
        const untracked = await git.exec(['ls-files', '--others', '--exclude-standard', '--full-name']);
        const changed = [...new Set([tracked, untracked].join('\n').split('\n').filter(Boolean))].map((p) => external_node_path_default().relative(workspace, external_node_path_default().join(top, p)));
        const baseRead = revisionReader(workspace, mergeBase);
        for (const track of config.tracks) {
            if (!track.watch.length)
                continue;
            const matches = picomatch_default()(track.watch, { dot: true });
            const hits = changed.filter((file) => matches(file));
            const reading = readings.get(track.name);
            if (!hits.length || !reading)
                continue;
            watched++;
            const { reading: before } = await inspectTrack(track, baseRead);
            if (!before)
                continue; // the track is new since the base: nothing to compare with
            previous.set(track.name, before.version);
            if (!(0,semver/* isGreater */.d0)(reading.version, before.version)) {
                const first = reading.locations[0];
                problems.push({
                    track: track.name,
                    message: `track '${track.name}': ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ', …' : ''} changed since ${baseRef} but the version is still ${reading.version} (base ${before.version}); bump it (release-kit bump --${track.name}=patch)`,
                    location: { file: first.spec.file, line: first.occurrences[0].line },
                });
            }
        }
    }
    return { problems, previous, current, watched };
}

;// CONCATENATED MODULE: ./packages/release-kit/src/versions/rerun.ts
// Recognising a bump that an earlier run of the same request already made, so a rerun changes nothing.




/**
 * Is the requested bump already done? Committed: HEAD is exactly that bump of its parent, with the
 * same message. Uncommitted (commit: false): the only changes in the tree are exactly that bump of HEAD.
 * `dirtyPaths` are the working tree's changed paths, relative to the repository's top level.
 */
async function detectRerun(state, workspace, config, current, spec, options) {
    const { dirtyPaths } = options;
    const sameAsCurrent = (next) => !!next && [...current].every(([t, v]) => next.get(t) === v);
    const replays = async (base, target, baseReadings, next) => {
        const plan = await planEdits([...baseReadings.values()], next, base);
        if (plan.length === 0)
            return false;
        for (const edit of plan)
            if ((await target(edit.file)) !== edit.after)
                return false;
        return true;
    };
    if (!options.commit) {
        if (dirtyPaths.length === 0)
            return undefined;
        const headRead = revisionReader(workspace, 'HEAD');
        const base = await tryReadAllTracks(config.tracks, headRead);
        if (!base)
            return undefined;
        const next = nextVersions(versionsOf(base), spec);
        if (!sameAsCurrent(next))
            return undefined;
        const plan = await planEdits([...base.values()], next, headRead);
        const planned = new Set(plan.map((p) => external_node_path_default().normalize(p.file)));
        const top = await state.git.topLevel();
        const dirtyRel = dirtyPaths.map((p) => external_node_path_default().relative(workspace, external_node_path_default().join(top, p)));
        if (!dirtyRel.every((p) => planned.has(external_node_path_default().normalize(p))))
            return undefined;
        if (!(await replays(headRead, workingTreeReader(workspace), base, next)))
            return undefined;
        return { previous: versionsOf(base), current: new Map(current), message: '', tag: '', committed: false };
    }
    if (dirtyPaths.length && !options.allowDirty)
        return undefined;
    const parent = await state.git.tryExec(['rev-parse', '--verify', '--quiet', 'HEAD^1']);
    if (!parent)
        return undefined;
    const parentRead = revisionReader(workspace, parent);
    const base = await tryReadAllTracks(config.tracks, parentRead);
    if (!base)
        return undefined;
    const previous = versionsOf(base);
    const next = nextVersions(previous, spec);
    if (!sameAsCurrent(next))
        return undefined;
    const { message, tag } = releaseMessage(config, spec, next);
    const headMessage = await state.git.exec(['log', '-1', '--format=%B', 'HEAD']);
    if (headMessage.replace(/\n+$/, '') !== message.replace(/\n+$/, ''))
        return undefined;
    if (!(await replays(parentRead, revisionReader(workspace, 'HEAD'), base, next)))
        return undefined;
    return { previous, current: new Map(current), message, tag, committed: true };
}
/**
 * A GitHub re-run checks out the original commit again; if `tag` already marks a release commit
 * whose parent is this HEAD and which holds exactly the versions `next`, the job already ran.
 * Returns that commit. A tag found only on `remote` is fetched first (`fromRemote`: we may ask it).
 */
async function releasedOnTopOfHead(state, workspace, config, tag, taken, next, remote) {
    if (taken.where !== 'locally' && remote.fromRemote) {
        try {
            await state.git.exec(['fetch', '--quiet', '--no-tags', remote.name, `refs/tags/${tag}`], remote.netEnv);
        }
        catch {
            return undefined; // cannot look at the tagged commit: treat the tag as taken
        }
    }
    const commit = taken.commit;
    const parent = await state.git.tryExec(['rev-parse', '--verify', '--quiet', `${commit}^1`]);
    if (parent !== state.head)
        return undefined;
    const there = await tryReadAllTracks(config.tracks, revisionReader(workspace, commit));
    if (!there)
        return undefined;
    return [...there].every(([name, r]) => r.version === next.get(name)) ? commit : undefined;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/bump-version.ts
// bump-version: keep version tracks in sync, bump them, commit, tag and push; or check them on a PR.














// Re-exported: the tracks file's default and loader were first defined here, and callers still import them from here.

const REMOTE = 'origin';
/** Every input, parsed and checked before anything else happens. */
function parseSettings(inputs) {
    const token = inputs.secret('token');
    const mode = inputs.choice('mode', ['bump', 'check']);
    const configPath = inputs.string('config');
    if (/[\0\r\n]/.test(configPath))
        throw (0,plumbing_errors/* invalidInput */.aY)('config', configPath, 'a path to the tracks file, e.g. .github/release-kit.yml');
    const preid = inputs.optional('preid');
    if (preid !== undefined && !(0,semver/* isValidPreid */.ZF)(preid))
        throw (0,plumbing_errors/* invalidInput */.aY)('preid', preid, 'a prerelease identifier such as rc, beta or alpha.1');
    const commit = inputs.boolean('commit');
    const tag = inputs.boolean('tag');
    const push = inputs.boolean('push', tag);
    const baseRef = inputs.optional('base-ref');
    if (baseRef !== undefined && !/^[A-Za-z0-9._/@^~+-]+$/.test(baseRef))
        throw (0,plumbing_errors/* invalidInput */.aY)('base-ref', baseRef, 'a git ref or commit, e.g. origin/main');
    const include = inputs.lines('include');
    for (const file of include) {
        if (/[\0]/.test(file) || file.startsWith('-'))
            throw (0,plumbing_errors/* invalidInput */.aY)('include', file, 'paths inside the workspace, one per line');
    }
    return {
        mode,
        configPath,
        bumpLines: inputs.lines('bump', { commas: true }),
        preid,
        commit,
        tag,
        push,
        messageTemplate: inputs.string('commit-message'),
        include,
        baseRef,
        allowDirty: inputs.boolean('allow-dirty'),
        token,
    };
}
/** git's network environment for the token, its derived credential masked before git can print it. */
function networkEnv(settings, context) {
    const network = (0,release/* gitNetworkEnv */.Op)(settings.token, context.runner.serverUrl);
    for (const secret of network.secrets)
        context.mask?.(secret);
    return network.env;
}
/** Not pushing, the remote's tags are asked for best effort only: say when they could not be. */
function unreachableNote(context, tag) {
    return (reason) => context.log.info(`could not check whether ${tag} exists on ${REMOTE} (${reason}); not pushing, so going ahead with the local tags only`);
}
function versionsOutput(tracks, previous, current) {
    const out = {};
    for (const t of tracks)
        out[t.name] = { previous: previous.get(t.name) ?? current.get(t.name) ?? '', current: current.get(t.name) ?? '' };
    return out;
}
function summaryTable(tracks, previous, current) {
    const rows = tracks.map((t) => `| ${t.name} | ${previous.get(t.name) ?? ''} | ${current.get(t.name) ?? ''} |`);
    return ['| Track | Previous | Current |', '| --- | --- | --- |', ...rows].join('\n');
}
async function bump(settings, config, context) {
    const { runner, log } = context;
    const workspace = runner.workspace;
    const request = parseBumpRequest(settings.bumpLines, config);
    const names = config.tracks.map((t) => t.name);
    if (request.size === 0)
        throw (0,plumbing_errors/* invalidInput */.aY)('bump', '', `one or more lines track=kind, tracks: ${names.join(', ')}`);
    checkMessageTemplate(settings.messageTemplate, names);
    const tagTrack = config.tagTrack;
    if (settings.tag) {
        if (!tagTrack)
            throw (0,plumbing_errors/* invalidInput */.aY)('tag', 'true', `false: no track in ${config.file} names a tag (add tag: "v{version}" to one)`);
        if (!request.has(tagTrack.name))
            throw (0,plumbing_errors/* invalidInput */.aY)('tag', 'true', `false, or also bump track '${tagTrack.name}' (it names the tag), e.g. ${tagTrack.name}=patch`);
        if (!settings.commit)
            throw (0,plumbing_errors/* invalidInput */.aY)('tag', 'true', 'false when commit is false (a tag needs the release commit)');
    }
    if (settings.push && !settings.commit)
        throw (0,plumbing_errors/* invalidInput */.aY)('push', 'true', 'false when commit is false (there is no commit to push)');
    const includes = [];
    for (const file of settings.include) {
        const absolute = await (0,fs/* resolveInside */.LI)(workspace, file, 'include');
        try {
            await (0,promises_.readFile)(absolute);
        }
        catch {
            throw (0,plumbing_errors/* invalidInput */.aY)('include', file, 'existing files inside the workspace');
        }
        includes.push(external_node_path_default().relative(workspace, absolute));
    }
    const read = workingTreeReader(workspace);
    const readings = await readAllTracks(config.tracks, read);
    const current = versionsOf(readings);
    const state = await (0,release/* gitPreflight */.iP)(workspace);
    if (!state && (settings.commit || settings.tag || settings.push)) {
        throw (0,plumbing_errors/* invalidInput */.aY)('commit', 'true', `false: ${workspace} is not a git repository with a commit (or run the bump inside one)`);
    }
    const spec = { request, preid: settings.preid, messageTemplate: settings.messageTemplate, tag: settings.tag };
    const dirty = state ? await state.git.statusLines() : [];
    const dirtyPaths = dirty.map((line) => line.slice(3).replace(/^.* -> /, ''));
    // A rerun of the same bump finds its own work already done: report it and change nothing.
    const rerun = state ? await detectRerun(state, workspace, config, current, spec, { commit: settings.commit, allowDirty: settings.allowDirty, dirtyPaths }) : undefined;
    if (rerun)
        return finishRerun(rerun, state, settings, config, context);
    if (dirty.length && !settings.allowDirty) {
        const shown = dirty.slice(0, 10).map((l) => l.trim()).join(', ');
        throw (0,plumbing_errors/* invalidInput */.aY)('allow-dirty', 'false', `true, or a clean working tree first (git status --short shows: ${shown}${dirty.length > 10 ? ', …' : ''})`);
    }
    const next = nextVersions(current, spec);
    if (!next) {
        // Name the first track that cannot go up, as the request lists them.
        const [track, kind] = [...request].find(([t, k]) => (0,semver/* nextVersion */.yU)(current.get(t), k, settings.preid) === undefined);
        throw (0,plumbing_errors/* invalidInput */.aY)('bump', `${track}=${(0,semver/* describeBump */.aE)(kind, settings.preid)}`, `a bump to a version greater than ${track}'s current ${current.get(track)}`);
    }
    const { message, tag } = releaseMessage(config, spec, next);
    if (tag && !isValidTagName(tag))
        throw (0,plumbing_errors/* invalidInput */.aY)('tag', tag, 'a tag name git accepts');
    const plan = await planEdits([...readings.values()], next, read);
    await verifyPlan([...readings.values()], next, plan, read);
    const changedFiles = plan.map((p) => p.file);
    let branch;
    const netEnv = networkEnv(settings, context);
    if (state && settings.push) {
        branch = (0,release/* pushBranch */.TV)(state, runner.ref);
        if (!branch)
            throw (0,plumbing_errors/* invalidInput */.aY)('push', 'true', 'false, or check out a branch (HEAD is detached and GITHUB_REF is not refs/heads/…)');
        const remoteUrl = await state.git.tryExec(['remote', 'get-url', REMOTE]);
        if (!remoteUrl)
            throw (0,plumbing_errors/* invalidInput */.aY)('push', 'true', `false, or add the remote '${REMOTE}'`);
    }
    if (state && tag) {
        // The remote is asked even when not pushing: a tag there at another commit would make this one unpushable.
        const taken = await (0,release/* findTag */.IU)(state.git, REMOTE, tag, { push: settings.push, netEnv, onUnreachable: unreachableNote(context, tag) });
        if (taken) {
            const redo = await releasedOnTopOfHead(state, workspace, config, tag, taken, next, { name: REMOTE, fromRemote: taken.where !== 'locally', netEnv });
            if (redo) {
                log.info(`${tag} was already released at ${redo} on top of this commit; nothing to do`);
                return {
                    outputs: { state: 'unchanged', versions: versionsOutput(config.tracks, current, next), tag, commit: redo, 'changed-files': [] },
                    summary: `## bump-version: unchanged\n\n${tag} already points at ${redo}, the release commit made on top of ${state.head}.\n\n${summaryTable(config.tracks, current, next)}\n`,
                };
            }
            throw new plumbing_errors/* UserError */.yo(`tag ${tag} already exists ${taken.where} at ${taken.commit}, and HEAD is ${state.head}: release-kit never moves or reuses a tag; bump to a version whose tag is free`, { input: 'bump', value: settings.bumpLines.join(', '), valid: `a bump whose tag is not taken` });
        }
    }
    // Everything is validated; from here on the tree, the index, the tags and the remote change.
    await applyPlan(workspace, plan);
    let commit = '';
    if (state && settings.commit) {
        const paths = [...new Set([...changedFiles, ...includes])];
        commit = await (0,release/* commitRelease */.PF)(state.git, paths, message, tag, () => restorePlan(workspace, plan));
        if (settings.push && branch)
            await (0,release/* pushRelease */.Ms)(state.git, REMOTE, branch, tag, netEnv, commit);
    }
    const defaultToken = !settings.token || settings.token === context.runner.envToken;
    const warnings = bumpWarnings(config, spec, tag, settings.push && context.runner.inActions && defaultToken);
    for (const w of warnings)
        log.warning(w);
    const summary = [
        `## bump-version: bumped`,
        '',
        summaryTable(config.tracks, current, next),
        '',
        `Files: ${changedFiles.map((f) => `\`${f}\``).join(', ')}`,
        commit ? `Commit: \`${commit}\`${tag ? `, tag \`${tag}\`` : ''}${settings.push ? `, pushed to ${REMOTE}/${branch}` : ' (not pushed)'}` : 'Not committed.',
        ...warnings.map((w) => `> [!WARNING]\n> ${w}`),
        '',
    ].join('\n');
    log.info(`bumped ${[...request.keys()].map((t) => `${t} ${current.get(t)} → ${next.get(t)}`).join(', ')}`);
    return {
        outputs: { state: 'bumped', versions: versionsOutput(config.tracks, current, next), tag, commit, 'changed-files': changedFiles },
        summary,
    };
}
/** Finish a rerun: make sure the tag exists at HEAD and is pushed, never moving it. */
async function finishRerun(rerun, state, settings, config, context) {
    const { runner, log } = context;
    const tag = rerun.tag;
    const netEnv = networkEnv(settings, context);
    const notes = rerun.committed
        ? await (0,release/* completeRelease */.xB)(state, REMOTE, tag, { push: settings.push, workflowRef: runner.ref, netEnv, onUnreachable: unreachableNote(context, tag) })
        : [];
    for (const note of notes)
        log.info(note);
    log.info(`the requested bump is already done (${[...rerun.current].map(([t, v]) => `${t} ${v}`).join(', ')}); nothing changed`);
    return {
        outputs: {
            state: 'unchanged',
            versions: versionsOutput(config.tracks, rerun.previous, rerun.current),
            tag,
            commit: rerun.committed ? state.head : '',
            'changed-files': [],
        },
        summary: [
            '## bump-version: unchanged',
            '',
            'The requested bump was already made; this run changed no file.',
            ...notes.map((n) => `- ${n}`),
            '',
            summaryTable(config.tracks, rerun.previous, rerun.current),
            '',
        ].join('\n'),
    };
}
async function check(settings, config, context) {
    const { runner, log } = context;
    const event = (0,runtime_context/* readEvent */.j_)(runner);
    const baseRef = settings.baseRef ?? event.pull_request?.base?.sha ?? (runner.baseRef ? `${REMOTE}/${runner.baseRef}` : undefined);
    // On a tag push (the release workflows), the versions in the files must be the ones the tag names.
    const onTag = (0,runtime_context/* tagFromRef */.q)(runner.ref);
    const { problems, previous, current, watched } = await checkTracks(runner.workspace, config, baseRef, onTag);
    if (!baseRef)
        log.info('no base-ref (and no pull_request event): checking only that every track is in sync');
    if (onTag && !config.tagTrack)
        log.info(`on tag ${onTag}, but no track in ${config.file} names a tag: nothing to compare it with`);
    for (const problem of problems)
        log.error(problem.message, problem.location);
    const table = summaryTable(config.tracks, previous, current);
    if (problems.length) {
        throw new plumbing_errors/* UserError */.yo(`version check failed with ${problems.length} problem(s); first: ${problems[0].message}`, {
            input: 'mode',
            value: 'check',
            summary: ['## bump-version: check failed', '', ...problems.map((p) => `- \`${p.location.file}${p.location.line ? `:${p.location.line}` : ''}\`: ${p.message}`), '', table, ''].join('\n'),
        });
    }
    const tagNote = onTag && config.tagTrack ? `; tag ${onTag} matches track ${config.tagTrack.name}` : '';
    log.info(`all ${config.tracks.length} track(s) in sync${baseRef ? `; ${watched} watched track(s) changed since ${baseRef}, each bumped` : ''}${tagNote}`);
    return {
        outputs: { state: 'checked', versions: versionsOutput(config.tracks, previous, current), tag: '', commit: '', 'changed-files': [] },
        summary: `## bump-version: check passed\n\n${table}\n`,
    };
}
const operation = {
    name: 'bump-version',
    description: 'Keep version tracks in sync across files; bump them, commit, tag and push; or check them on a pull request.',
    inputs: [
        { name: 'config', description: 'The tracks file (a `versions:` map of track → files).', default: DEFAULT_CONFIG },
        { name: 'bump', description: 'Lines `track=kind`; kind is patch, minor, major, prerelease or an explicit x.y.z.', default: '' },
        { name: 'preid', description: 'Prerelease identifier for `prerelease` bumps, e.g. rc (1.2.3 → 1.2.4-rc.0).', default: '' },
        { name: 'mode', description: '`bump` edits the files; `check` verifies sync and that watched changes carry a bump.', default: 'bump' },
        { name: 'commit', description: 'Commit the edited files (and `include`).', default: 'true' },
        { name: 'tag', description: 'Tag the release commit with the tag track\'s template.', default: 'false' },
        { name: 'push', description: 'Push the commit (and tag) to origin; empty means the same as `tag`.', default: '' },
        { name: 'commit-message', description: 'Commit message template: {version}, {tag}, {changes} and {<track>}.', default: DEFAULT_COMMIT_MESSAGE },
        { name: 'include', description: 'Extra paths staged into the release commit, one per line (e.g. CHANGELOG.md).', default: '' },
        { name: 'base-ref', description: 'Check mode: compare with this ref (default: the pull request base).', default: '' },
        { name: 'allow-dirty', description: 'Bump even when the working tree has other changes.', default: 'false' },
        { name: 'token', description: 'Token for pushing over HTTPS (default: the checkout\'s credentials). A PAT or App token makes the tag trigger workflows.', default: '' },
    ],
    outputs: [
        { name: 'versions', description: 'JSON: each track\'s previous and current version.' },
        { name: 'tag', description: 'The tag created (or found on a rerun); empty when none.' },
        { name: 'commit', description: 'The release commit; empty when not committed.' },
        { name: 'changed-files', description: 'JSON list of the files the bump edited.' },
        { name: 'state', description: '`bumped`, `unchanged` (the bump was already done) or `checked`.' },
    ],
    async run(context) {
        const settings = parseSettings(context.inputs);
        const config = await loadVersionsConfig(context.runner.workspace, settings.configPath);
        return settings.mode === 'check' ? check(settings, config, context) : bump(settings, config, context);
    },
};
/** Boolean flags beyond the inputs declared true/false: `push` defaults to `tag`, so it declares no default. */
const CLI_BOOLEAN_FLAGS = ['push'];
/**
 * The CLI's flags as inputs: `--chart=patch` (a track named in the config) and positional
 * `chart=patch` become `bump` lines. When the config cannot be read, unknown flags are kept as bump
 * lines too, so the operation reports the config problem instead of an unknown flag.
 */
async function cliInputs(mode, flags, positionals, workspace = (0,runtime_context/* runnerContext */.cE)().workspace) {
    const known = new Set([...operation.inputs.map((i) => i.name), 'json', 'summary', 'api-url']);
    let tracks;
    try {
        const config = await loadVersionsConfig(workspace, flags.config ?? DEFAULT_CONFIG);
        tracks = new Set(config.tracks.map((t) => t.name));
    }
    catch {
        tracks = undefined;
    }
    const inputs = {};
    const bumpLines = [...positionals];
    for (const [name, value] of Object.entries(flags)) {
        if (name === 'bump')
            bumpLines.push(value);
        else if (known.has(name) || (tracks && !tracks.has(name)))
            inputs[name] = value;
        else
            bumpLines.push(...value.split('\n').map((v) => `${name}=${v}`));
    }
    if (bumpLines.length)
        inputs.bump = bumpLines.join('\n');
    if (mode === 'check')
        inputs.mode = 'check';
    return inputs;
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

/***/ 51430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23178);
// File-system helpers: atomic writes and paths that cannot escape their root.




/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a sibling temporary file, flush it, then rename over the target.
 */
async function writeFileAtomic(file, data, mode) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        let fileMode = mode;
        if (fileMode === undefined) {
            try {
                fileMode = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file)).mode & 0o7777;
            }
            catch {
                fileMode = 0o644;
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data, { mode: fileMode });
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'r+');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw error;
    }
}
/**
 * Resolve `relative` inside `root`, refusing `..` escapes, absolute paths outside the root and
 * symlinks whose target leaves the root. `input` names the input for the error message.
 */
async function resolveInside(root, relative, input) {
    const rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(rootReal, relative);
    if (!isWithin(rootReal, candidate)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: expected a path inside ${rootReal}`, {
            input,
            value: relative,
            valid: `a path inside ${rootReal}`,
        });
    }
    let real;
    // A path that does not exist (yet) is judged by its nearest existing ancestor: a symlinked folder
    // on the way must not carry a file about to be written out of the root.
    for (let probe = candidate; real === undefined; probe = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(probe)) {
        try {
            real = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(probe), node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(probe, candidate));
        }
        catch {
            if (probe === rootReal || node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(probe) === probe)
                return candidate;
        }
    }
    if (!isWithin(rootReal, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`input '${input}' has invalid value ${JSON.stringify(relative)}: it is a symlink to ${real}, outside ${rootReal}; expected a file inside the workspace`, { input, value: relative, valid: `a path inside ${rootReal}` });
    }
    return candidate;
}
/** True when `child` is `parent` or below it (both absolute, normalised). */
function isWithin(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}


/***/ }),

/***/ 6358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseBumpKind),
/* harmony export */   W3: () => (/* binding */ versionOfInput),
/* harmony export */   ZF: () => (/* binding */ isValidPreid),
/* harmony export */   aE: () => (/* binding */ describeBump),
/* harmony export */   d0: () => (/* binding */ isGreater),
/* harmony export */   iS: () => (/* binding */ isStrictSemver),
/* harmony export */   "in": () => (/* binding */ VALID_BUMP_KINDS),
/* harmony export */   mx: () => (/* binding */ versionOfTag),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* unused harmony export BUMP_KINDS */
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
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(tag.replace(/^.*?v?(?=\d+\.\d+\.\d+)/, '')) ?? undefined;
}
/** A version as a user types it (`1.2.3`, `v1.2.3`), normalised; undefined when it is not SemVer. */
function versionOfInput(text) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(text.trim().replace(/^v/i, '')) ?? undefined;
}


/***/ })

};

//# sourceMappingURL=478.index.js.map