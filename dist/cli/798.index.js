export const id = 798;
export const ids = [798];
export const modules = {

/***/ 85417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operation: () => (/* binding */ operation)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/binaries.ts
var binaries = __webpack_require__(66855);
// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/checksums.ts
var checksums = __webpack_require__(7968);
// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/hasher.ts
var hasher = __webpack_require__(38361);
;// CONCATENATED MODULE: ./packages/release-kit/src/artifacts/merge-checksums.ts
// Merges the partial checksums files of split CLI jobs (one per runner, one shared file name) into one
// complete file, vouching for every line by the archive's own bytes.







/** What a folder holds that the merge looks at: its checksums files and its archives. */
const CHECKSUMS_FILE = /checksums\.txt$/;
const ARCHIVE_FILE = /\.(tar\.gz|tgz|zip)$/;
/**
 * Read every folder's checksums files and archives and work out the one complete file; refuse a line
 * that is malformed, conflicts with another, names an archive no folder holds (dangling) or whose
 * archive has other bytes, an archive no line lists, and two different archives of one name. Nothing
 * is written here: the caller writes only what passed. `output` defaults to the partial files' shared
 * name in the workspace root.
 */
async function planMergedChecksums(workspace, dirs, output) {
    const rel = (absolute) => external_node_path_default().relative(workspace, absolute) || '.';
    const listed = new Map();
    const files = new Map();
    const partialNames = new Set();
    for (const dir of dirs) {
        const folder = await (0,fs/* resolveInside */.LI)(workspace, dir, 'dir');
        let entries;
        try {
            if (!(await (0,promises_.stat)(folder)).isDirectory())
                throw new Error('not a folder');
            entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
        }
        catch {
            throw (0,errors/* invalidInput */.aY)('dir', dir, 'an existing folder inside the workspace');
        }
        const regular = entries.filter((e) => e.isFile()).map((e) => e.name);
        const partials = regular.filter((name) => CHECKSUMS_FILE.test(name)).sort();
        if (!partials.length)
            throw new errors/* UserError */.yo(`input 'dir' has invalid value ${(0,errors/* showValue */.vp)(dir)}: it holds no checksums file (*checksums.txt); expected a folder with a job's archives and its checksums file`, { input: 'dir', value: dir });
        for (const name of regular.filter((n) => ARCHIVE_FILE.test(n))) {
            const absolute = external_node_path_default().join(folder, name);
            const other = files.get(name);
            if (other && (await (0,hasher/* sha256OfFile */.V)(other)) !== (await (0,hasher/* sha256OfFile */.V)(absolute)))
                throw new errors/* UserError */.yo(`two different archives named ${name}: ${rel(other)} and ${rel(absolute)}; every archive of a release needs its own name`, { input: 'dir', value: dir });
            files.set(name, other ?? absolute);
        }
        for (const partial of partials) {
            partialNames.add(partial);
            const absolute = external_node_path_default().join(folder, partial);
            const lines = (await (0,promises_.readFile)(absolute, 'utf8')).split('\n');
            if (lines.at(-1) === '')
                lines.pop();
            for (const [index, line] of lines.entries()) {
                const where = `${rel(absolute)}:${index + 1}`;
                const entry = (0,checksums/* parseChecksumLine */.DB)(line);
                if (!entry || !(0,binaries/* isSafeName */.TE)(entry.name))
                    throw new errors/* UserError */.yo(`${where}: ${(0,errors/* showValue */.vp)(line)} is not a sha256sum line of a bare file name; expected "<64 hex digits>  <file name>"`, { value: line });
                const { sha256, name } = entry;
                const earlier = listed.get(name);
                if (earlier && earlier.sha256 !== sha256)
                    throw new errors/* UserError */.yo(`conflicting lines for ${name}: ${earlier.where} and ${where} list different sums (${earlier.sha256} and ${sha256}); rebuild so that one archive stands for the name`, { value: name });
                if (!earlier)
                    listed.set(name, { sha256, where });
            }
        }
    }
    const entries = [];
    for (const [name, line] of listed) {
        const file = files.get(name);
        if (!file)
            throw new errors/* UserError */.yo(`${line.where} lists ${name}, which none of the folders holds; add the folder with that archive, or rebuild the job that wrote the line`, { value: name });
        const actual = await (0,hasher/* sha256OfFile */.V)(file);
        if (actual !== line.sha256)
            throw new errors/* UserError */.yo(`${line.where}: ${name} has sha256 ${actual}, not the ${line.sha256} listed (${rel(file)} is corrupt or was rebuilt); rerun the job that built it`, { value: name });
        entries.push({ name, sha256: line.sha256 });
    }
    for (const [name, file] of files)
        if (!listed.has(name))
            throw new errors/* UserError */.yo(`${rel(file)} is listed in no checksums file; add the folder whose checksums file lists it, or remove the stray archive`, { value: rel(file) });
    let target = output;
    if (target === undefined) {
        if (partialNames.size !== 1)
            throw (0,errors/* invalidInput */.aY)('output', '', `a file for the merged checksums: the checksums files are named differently (${[...partialNames].sort().join(', ')})`);
        target = [...partialNames][0];
    }
    const file = await (0,fs/* resolveInside */.LI)(workspace, target, 'output');
    const text = (0,checksums/* formatChecksums */.ss)(entries);
    return { file, text, archives: entries.map((e) => e.name).sort() };
}

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/merge-checksums.ts
// merge-checksums: one complete checksums file from the partial ones of split CLI jobs (GitLab runners per OS).





async function run(context) {
    const { inputs, runner, log } = context;
    const dirs = inputs.lines('dir');
    if (!dirs.length)
        throw (0,errors/* invalidInput */.aY)('dir', '', "one or more folders holding a job's archives and its checksums file");
    const output = inputs.optional('output');
    for (const [name, value] of [...dirs.map((d) => ['dir', d]), ['output', output ?? '']])
        if (/[\0\r]/.test(value))
            throw (0,errors/* invalidInput */.aY)(name, value, 'a path inside the workspace');
    const plan = await planMergedChecksums(runner.workspace, dirs, output);
    const before = await (0,promises_.readFile)(plan.file, 'utf8').catch(() => undefined);
    const state = before === plan.text ? 'unchanged' : before === undefined ? 'created' : 'updated';
    if (state !== 'unchanged') {
        await (0,promises_.mkdir)(external_node_path_default().dirname(plan.file), { recursive: true });
        await (0,fs/* writeFileAtomic */.Zf)(plan.file, plan.text, 0o644);
    }
    const line = `${external_node_path_default().relative(runner.workspace, plan.file)}: ${state}, ${plan.archives.length} archive(s) verified from ${dirs.length} folder(s)`;
    log.info(line);
    return {
        outputs: { state, 'checksums-file': plan.file, archives: plan.archives },
        summary: `### Merged checksums\n\n- ${line}\n`,
    };
}
const operation = {
    name: 'merge-checksums',
    description: 'Merge the partial checksums files of split CLI jobs into one complete sha256sum file, verifying every line against the archive it names.',
    inputs: [
        {
            name: 'dir',
            description: "A folder holding one job's archives and its checksums file (repeat the flag, or one per line), inside the workspace.",
            required: true,
        },
        {
            name: 'output',
            description: "The merged file; default: the partial files' shared name, in the workspace root.",
            default: '',
        },
    ],
    outputs: [
        { name: 'state', description: '`created`, `updated` (a different file was there) or `unchanged`.' },
        { name: 'checksums-file', description: 'Path of the merged checksums file.' },
        { name: 'archives', description: 'JSON list of the archive names it lists.' },
    ],
    run,
};


/***/ })

};

//# sourceMappingURL=798.index.js.map