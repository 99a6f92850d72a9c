export const id = 664;
export const ids = [664];
export const modules = {

/***/ 7968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseChecksumLine),
/* harmony export */   lc: () => (/* binding */ subjectChecksums),
/* harmony export */   ss: () => (/* binding */ formatChecksums),
/* harmony export */   yk: () => (/* binding */ parseChecksums)
/* harmony export */ });
/* unused harmony export MAX_ATTESTATION_SUBJECTS */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
// The checksums file (`sha256sum` format) and the attest-build-provenance subject limit.

/** actions/attest-build-provenance refuses more subjects than this in one attestation. */
const MAX_ATTESTATION_SUBJECTS = 1024;
function compareNames(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
/**
 * `<sha256>  <name>` lines (two spaces: sha256sum's text mode), sorted by name, newline-terminated.
 * Bare names, so `sha256sum --check --ignore-missing` works in any folder holding some of the files.
 */
function formatChecksums(entries) {
    const sorted = [...entries].sort(compareNames);
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].name === sorted[i - 1].name)
            throw new Error(`formatChecksums: ${sorted[i].name} listed twice`);
    }
    return sorted.map((e) => `${e.sha256}  ${e.name}\n`).join('');
}
/** One `sha256sum` line (`<hex>  name`, or `<hex> *name` in binary mode), or undefined for anything else. */
function parseChecksumLine(line) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
    return match ? { sha256: match[1], name: match[2] } : undefined;
}
/** Parse a checksums file back (lines it does not understand are ignored). */
function parseChecksums(text) {
    return text.split('\n').flatMap((line) => parseChecksumLine(line) ?? []);
}
/**
 * The content for attest-build-provenance's `subject-checksums` input (the same sha256sum format),
 * failing clearly when there are more subjects than it accepts.
 */
function subjectChecksums(entries) {
    if (entries.length > MAX_ATTESTATION_SUBJECTS) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${entries.length} archives exceed the ${MAX_ATTESTATION_SUBJECTS} subjects actions/attest-build-provenance accepts in one attestation; split the platforms across several runs`, { value: entries.length, valid: `at most ${MAX_ATTESTATION_SUBJECTS} archives` });
    }
    return formatChecksums(entries);
}


/***/ }),

/***/ 93664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderVerificationSummary: () => (/* binding */ renderVerificationSummary),
  runReleaseVerification: () => (/* binding */ runReleaseVerification),
  verifyReleaseStep: () => (/* binding */ verifyReleaseStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/github/client.ts
var client = __webpack_require__(91899);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/client.ts + 4 modules
var oci_client = __webpack_require__(43800);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var log = __webpack_require__(49983);
// EXTERNAL MODULE: ./packages/release-kit/src/releases/release.ts
var releases_release = __webpack_require__(62526);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/load.ts + 1 modules
var load = __webpack_require__(34656);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/oci.ts
var oci = __webpack_require__(66933);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/archive.ts
var archive = __webpack_require__(94978);
// EXTERNAL MODULE: ./packages/release-kit/src/artifacts/checksums.ts
var checksums = __webpack_require__(7968);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/reference.ts
var oci_reference = __webpack_require__(84123);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/regexp.ts
var regexp = __webpack_require__(36800);
// EXTERNAL MODULE: ./packages/release-kit/src/signing/policy.ts
var signing_policy = __webpack_require__(73556);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/attestation.ts


/** What `gh attestation verify` expects by default: SLSA build provenance. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/**
 * The policy gh applies for those options: the source repository is `--repo`; the signer (the
 * certificate SAN) is the `--signer-workflow` at any ref (or at the ref it names), else any workflow
 * of `--signer-repo`, else any workflow of the `--repo` owner; the issuer is GitHub Actions'.
 */
function ghAttestationPolicy(options) {
    const server = options.serverUrl.replace(/\/+$/, '');
    const sourceRepository = { repository: options.repository, serverUrl: server };
    if (options.signerWorkflow) {
        const url = /^[^/]*\./.test(options.signerWorkflow)
            ? `https://${options.signerWorkflow}`
            : `${server}/${options.signerWorkflow}`;
        const pattern = url.includes('@') ? `^${(0,regexp/* escapeRegExp */.N)(url)}$` : `^${(0,regexp/* escapeRegExp */.N)(url)}@.+$`;
        return {
            mode: 'keyless',
            identity: { kind: 'regexp', pattern, given: options.signerWorkflow },
            issuer: signing_policy/* GITHUB_ACTIONS_ISSUER */.qQ,
            sourceRepository,
        };
    }
    const signer = options.signerRepo ?? options.repository.split('/')[0];
    return {
        mode: 'keyless',
        identity: {
            kind: 'regexp',
            pattern: `^${(0,regexp/* escapeRegExp */.N)(`${server}/${signer}/`)}.*$`,
            given: signer,
            ignoreCase: true,
        },
        issuer: signing_policy/* GITHUB_ACTIONS_ISSUER */.qQ,
        sourceRepository,
    };
}
/**
 * The Sigstore bundles of the repository's attestations about `digest` (`sha256:…`). GitHub answers
 * 404 when there are none, which is an empty list here, as gh reads it.
 */
async function listAttestationBundles(client, repository, digest) {
    const [owner, repo] = repository.split('/');
    try {
        const { data } = await client.rest.repos.listAttestations({ owner, repo, subject_digest: digest, per_page: 100 });
        return (data.attestations ?? []).map((a) => a.bundle).filter((b) => b !== undefined && b !== null);
    }
    catch (error) {
        if (error.status === 404)
            return [];
        throw error;
    }
}
/**
 * Does an attestation about `digest` exist in `options.repository` and verify as gh would verify it?
 * One that does is enough, as for gh.
 */
async function verifyGitHubAttestations(client, digest, options, trust) {
    const bundles = await listAttestationBundles(client, options.repository, digest);
    if (!bundles.length)
        return {
            verified: false,
            found: 0,
            error: `no attestation for ${digest} in ${options.repository} (GET /repos/${options.repository}/attestations/${digest})`,
        };
    const { verifyAttestation } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 85633));
    const policy = ghAttestationPolicy(options);
    const predicateType = options.predicateType ?? SLSA_PROVENANCE_V1;
    const refusals = [];
    for (const [i, bundle] of bundles.entries()) {
        const verdict = await verifyAttestation(bundle, digest, predicateType, policy, trust, `attestation ${i + 1}`);
        if (verdict.verified)
            return {
                verified: true,
                found: bundles.length,
                identity: verdict.identity,
                sourceRepository: verdict.sourceRepository,
            };
        if (verdict.error && !refusals.includes(verdict.error))
            refusals.push(verdict.error);
    }
    return {
        verified: false,
        found: bundles.length,
        error: `no attestation verifies (${bundles.length} found): ${refusals.join('; ')}`,
    };
}

// EXTERNAL MODULE: ./packages/release-kit/src/signing/image.ts + 1 modules
var signing_image = __webpack_require__(94252);
// EXTERNAL MODULE: ./packages/release-kit/src/signing/trust.ts
var signing_trust = __webpack_require__(45686);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/version.ts
var charts_version = __webpack_require__(86868);
;// CONCATENATED MODULE: ./packages/release-kit/src/releases/notes-claims.ts
// What a release's notes tell users, read back from the published text: the image, chart and file
// tables, and every verification command in its code blocks. verify-release checks these claims
// against the release, the registries and the attestations API, so it tests what users are told.
//
// The commands are split into words by hand (a small POSIX shell-words reader: quotes, backslashes,
// line continuations); no library in the tree does it, and the notes only print simple commands.


/** Read the claims out of a release body. Never throws: what it cannot read is a problem. */
function readReleaseClaims(body) {
    const claims = {
        images: [],
        charts: [],
        files: [],
        cosign: [],
        attestations: [],
        helm: [],
        downloads: [],
        problems: [],
    };
    const lines = body.replace(/\r\n?/g, '\n').split('\n');
    const addFile = (name) => {
        if (!claims.files.includes(name))
            claims.files.push(name);
    };
    // Tables, outside code blocks: `| Image | Digest |`, `| Chart | Version | Digest |`, `| File |`.
    let fence;
    const code = [];
    let block = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
        if (fenceMatch) {
            if (fence === undefined) {
                fence = fenceMatch[1][0];
                block = [];
            }
            else if (fenceMatch[1][0] === fence) {
                fence = undefined;
                code.push(block);
            }
            continue;
        }
        if (fence !== undefined) {
            block.push(line);
            continue;
        }
        if (!isTableRow(line) || !isTableRow(lines[i + 1] ?? '') || !/^\|[\s:|-]+\|$/.test(lines[i + 1].trim()))
            continue;
        const header = cells(line).map((c) => c.toLowerCase());
        let j = i + 2;
        for (; j < lines.length && isTableRow(lines[j]); j++) {
            const row = cells(lines[j]).map(unquoteCode);
            const at = (name) => row[header.indexOf(name)];
            if (header.join('|') === 'image|digest')
                readImageRow(claims, at('image'), at('digest'));
            else if (header.join('|') === 'chart|version|digest')
                readChartRow(claims, at('chart'), at('version'), at('digest'));
            else if (header.join('|') === 'file')
                addFile(at('file'));
        }
        i = j - 1;
    }
    for (const commandLines of code) {
        for (const command of joinContinuations(commandLines)) {
            const words = shellWords(command);
            if (!words || words.length === 0)
                continue;
            readCommand(claims, command.trim(), words, addFile);
        }
    }
    return claims;
}
function readImageRow(claims, shown, digest) {
    if (!shown || !digest)
        return;
    try {
        const reference = (0,oci_reference/* parseReference */.F2)(shown, { requireTagOrDigest: false });
        if (!(0,oci_reference/* isSha256Digest */.q9)(digest))
            throw new Error('not a digest');
        claims.images.push({ shown, reference, digest });
    }
    catch {
        claims.problems.push(`the images table names ${JSON.stringify(shown)} with ${JSON.stringify(digest)}, which is not an image reference and digest`);
    }
}
function readChartRow(claims, location, version, digest) {
    if (!location || !version)
        return;
    try {
        if (!location.startsWith('oci://') || !(0,charts_version/* isChartVersion */.N0)(version))
            throw new Error('not a chart');
        const reference = (0,oci_reference/* parseReference */.F2)(`${location}:${version.replace(/\+/g, '_')}`);
        const hasDigest = digest !== undefined && (0,oci_reference/* isSha256Digest */.q9)(digest);
        claims.charts.push({ location, reference, version, ...(hasDigest ? { digest } : {}) });
    }
    catch {
        claims.problems.push(`the charts table names ${JSON.stringify(`${location} ${version}`)}, which is not an OCI chart and version`);
    }
}
/** Options that take a value, and whether `--flag=value` is written instead. */
function options(words, start) {
    const positionals = [];
    const flags = new Map();
    for (let i = start; i < words.length; i++) {
        const word = words[i];
        if (word.startsWith('--')) {
            const eq = word.indexOf('=');
            if (eq > 0)
                flags.set(word.slice(2, eq), word.slice(eq + 1));
            else if (i + 1 < words.length && !words[i + 1].startsWith('--'))
                flags.set(word.slice(2), words[++i]);
            else
                flags.set(word.slice(2), 'true');
        }
        else
            positionals.push(word);
    }
    return { positionals, flags };
}
function readCommand(claims, command, words, addFile) {
    const [tool, sub, sub2] = words;
    if (tool === 'cosign' && sub === 'verify') {
        const { positionals, flags } = options(words, 2);
        const known = [
            'certificate-identity',
            'certificate-identity-regexp',
            'certificate-oidc-issuer',
            'certificate-github-workflow-repository',
        ];
        const unknown = [...flags.keys()].filter((f) => !known.includes(f));
        if (unknown.length || positionals.length !== 1) {
            claims.problems.push(`the notes print \`${command}\`, which verify-release cannot check as printed (${unknown.length ? `options ${unknown.map((f) => `--${f}`).join(', ')}` : 'one image expected'})`);
            return;
        }
        const subject = subjectReference(positionals[0]);
        if (!subject) {
            claims.problems.push(`the notes print \`${command}\`, which names no image by digest (a tag can move)`);
            return;
        }
        claims.cosign.push({
            command,
            ...subject,
            identity: flags.get('certificate-identity'),
            identityRegexp: flags.get('certificate-identity-regexp'),
            issuer: flags.get('certificate-oidc-issuer'),
            workflowRepository: flags.get('certificate-github-workflow-repository'),
        });
        return;
    }
    if (tool === 'gh' && sub === 'attestation' && sub2 === 'verify') {
        const { positionals, flags } = options(words, 3);
        const known = ['repo', 'signer-workflow', 'signer-repo', 'predicate-type', 'owner'];
        const unknown = [...flags.keys()].filter((f) => !known.includes(f));
        if (unknown.length || positionals.length !== 1) {
            claims.problems.push(`the notes print \`${command}\`, which verify-release cannot check as printed (${unknown.length ? `options ${unknown.map((f) => `--${f}`).join(', ')}` : 'one subject expected'})`);
            return;
        }
        const target = positionals[0];
        let subject;
        if (target.startsWith('oci://')) {
            const image = subjectReference(target.slice('oci://'.length));
            if (!image) {
                claims.problems.push(`the notes print \`${command}\`, which names no image by digest`);
                return;
            }
            subject = { kind: 'image', ...image };
        }
        else {
            subject = { kind: 'file', name: target };
            addFile(target);
        }
        claims.attestations.push({
            command,
            subject,
            repository: flags.get('repo'),
            signerWorkflow: flags.get('signer-workflow'),
            signerRepo: flags.get('signer-repo'),
            predicateType: flags.get('predicate-type'),
        });
        return;
    }
    if ((tool === 'sha256sum' || tool === 'shasum') && words.includes('--check')) {
        const file = words[words.length - 1];
        claims.checksumsFile = file;
        addFile(file);
        return;
    }
    if (tool === 'helm' && (sub === 'upgrade' || sub === 'install' || sub === 'pull')) {
        const { positionals, flags } = options(words, 2);
        const location = positionals.find((p) => p.startsWith('oci://'));
        if (location)
            claims.helm.push({ command, location, version: flags.get('version') });
        return;
    }
    if (tool === 'gh' && sub === 'release' && sub2 === 'download') {
        const { positionals, flags } = options(words, 3);
        claims.downloads.push({ command, tag: positionals[0], repository: flags.get('repo') ?? flags.get('R') });
    }
}
/** `host/repo@sha256:…` (a tag before the digest is allowed) → its reference and digest. */
function subjectReference(text) {
    try {
        const reference = (0,oci_reference/* parseReference */.F2)(text);
        return reference.digest && (0,oci_reference/* isSha256Digest */.q9)(reference.digest) ? { reference, digest: reference.digest } : undefined;
    }
    catch {
        return undefined;
    }
}
function isTableRow(line) {
    const trimmed = line.trim();
    return trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1;
}
function cells(line) {
    return line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|'));
}
function unquoteCode(cell) {
    const match = /^`([^`]*)`$/.exec(cell);
    return match ? match[1] : cell;
}
/** Lines ending in `\` continue on the next one, as in a shell. */
function joinContinuations(lines) {
    const commands = [];
    let current = '';
    for (const line of lines) {
        if (/(^|[^\\])(\\\\)*\\$/.test(line))
            current += `${line.slice(0, -1)} `;
        else {
            commands.push(current + line);
            current = '';
        }
    }
    if (current)
        commands.push(current);
    return commands;
}
/**
 * POSIX shell words: single quotes keep everything, double quotes keep all but `\"`, `\\`, `\$` and
 * `` \` ``, a bare backslash escapes the next character, `#` at a word start begins a comment.
 * Undefined for an unterminated quote. Expansions are not performed (the notes print none).
 */
function shellWords(line) {
    const words = [];
    let word;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                return undefined;
            word = (word ?? '') + line.slice(i + 1, end);
            i = end;
        }
        else if (c === '"') {
            let text = '';
            let j = i + 1;
            for (; j < line.length && line[j] !== '"'; j++) {
                if (line[j] === '\\' && '"\\$`'.includes(line[j + 1] ?? ''))
                    text += line[++j];
                else
                    text += line[j];
            }
            if (j >= line.length)
                return undefined;
            word = (word ?? '') + text;
            i = j;
        }
        else if (c === '\\') {
            word = (word ?? '') + (line[i + 1] ?? '');
            i++;
        }
        else if (/\s/.test(c)) {
            if (word !== undefined)
                words.push(word);
            word = undefined;
        }
        else if (c === '#' && word === undefined) {
            break;
        }
        else {
            word = (word ?? '') + c;
        }
    }
    if (word !== undefined)
        words.push(word);
    return words;
}

;// CONCATENATED MODULE: ./packages/release-kit/src/releases/verify-release.ts
// Verify a release, draft or published, from the places users download it: every image, chart and
// file its notes name exists with the digest they give, the checksums file covers every archive,
// and every signature and attestation command the notes print passes (issue 17's trust gate).












/** Archive file names the checksums file must cover (besides any file the notes name). */
const ARCHIVE = /\.(tar\.gz|tgz|tar\.xz|txz|tar\.zst|tar\.bz2|zip)$/i;
/** Files that accompany others and are not themselves checksummed archives. */
const SIDECAR = /\.(sig|pem|crt|cert|sigstore(\.json)?|intoto\.jsonl|sbom\.json|spdx\.json|cdx\.json)$/i;
/** Check everything the release's notes claim. Never throws for a failed check; trust problems end the run. */
async function verifyRelease(options) {
    const { release, log } = options;
    const repository = `${options.owner}/${options.repo}`;
    const claims = readReleaseClaims(release.body ?? '');
    const rows = new Map();
    const row = (kind, artifact, digest = null) => {
        const key = `${kind} ${artifact}`;
        let found = rows.get(key);
        if (!found) {
            found = { artifact, kind, digest, checks: [], problems: [], verified: false };
            rows.set(key, found);
        }
        if (digest && !found.digest)
            found.digest = digest;
        return found;
    };
    const notes = () => row('notes', `notes of ${release.tag_name}`);
    const guard = async (target, what, check) => {
        try {
            await check();
        }
        catch (error) {
            if (error instanceof signing_trust/* TrustUnavailableError */.lI || !(0,errors/* isUserError */.iU)(error))
                throw error;
            target.problems.push(`${what}: ${error.message}`);
        }
    };
    for (const problem of claims.problems)
        notes().problems.push(problem);
    // Notes that name nothing claim nothing; the assets' checksums are still checked below.
    if (!claims.images.length && !claims.charts.length && !claims.files.length && !claims.cosign.length)
        log.warning(`the notes of ${release.tag_name} name no image, chart or file (were they rendered by release-notes-from-changelog?): only the assets' checksums are checked`);
    for (const download of claims.downloads) {
        if (download.tag !== release.tag_name || download.repository?.toLowerCase() !== repository.toLowerCase())
            notes().problems.push(`the notes print \`${download.command}\`, which downloads ${download.tag ?? '?'} of ${download.repository ?? '?'}, not ${release.tag_name} of ${repository}`);
    }
    // Images: each tag resolves to the digest the notes give.
    for (const image of claims.images) {
        const target = row('image', image.shown, image.digest);
        await guard(target, 'digest', async () => {
            const { reference } = image;
            const wanted = reference.tag ?? reference.digest ?? image.digest;
            const info = await options.registry(reference.registry).manifestExists(reference.repository, wanted);
            if (!info)
                target.problems.push(`${where(reference)}:${wanted} not found in the registry`);
            else if (info.digest !== image.digest)
                target.problems.push(`the registry serves ${info.digest} for ${image.shown}, but the notes give ${image.digest}`);
            else
                target.checks.push('digest');
        });
    }
    // Charts: each version resolves to the notes' digest and is a valid helm chart; helm commands name listed charts.
    const charts = [...claims.charts];
    for (const helm of claims.helm) {
        if (!helm.version) {
            notes().problems.push(`the notes print \`${helm.command}\` without --version, which installs whatever is newest`);
            continue;
        }
        if (!charts.some((c) => c.location === helm.location && c.version === helm.version)) {
            try {
                charts.push({
                    location: helm.location,
                    version: helm.version,
                    reference: (0,oci_reference/* parseReference */.F2)(`${helm.location}:${helm.version.replace(/\+/g, '_')}`),
                });
            }
            catch {
                notes().problems.push(`the notes print \`${helm.command}\`, whose chart location is not an OCI reference`);
            }
        }
    }
    for (const chart of charts)
        await verifyChart(chart, row('chart', `${chart.location}:${chart.version}`), options);
    // Signatures, as the notes' cosign commands ask for them.
    for (const claim of claims.cosign) {
        const target = subjectRow(claim, claims, charts, row);
        await guard(target, 'signature', () => verifySignatureClaim(claim, target, repository, options));
    }
    // Files: every one the notes name is uploaded; the checksums file covers every archive.
    const assets = (await options.github.paginate(options.github.rest.repos.listReleaseAssets, {
        owner: options.owner,
        repo: options.repo,
        release_id: release.id,
        per_page: 100,
    }));
    const assetNamed = (name) => assets.find((a) => a.name === name);
    const digests = new Map();
    const assetDigest = async (asset) => {
        let digest = digests.get(asset.name);
        if (!digest) {
            digest = asset.digest?.startsWith('sha256:')
                ? asset.digest
                : `sha256:${(0,external_node_crypto_.createHash)('sha256')
                    .update(await downloadAsset(options, asset))
                    .digest('hex')}`;
            digests.set(asset.name, digest);
        }
        return digest;
    };
    for (const name of claims.files) {
        const target = row('file', name);
        const asset = assetNamed(name);
        if (!asset)
            target.problems.push(`the notes name ${name}, but the release has no asset of that name`);
        else if (asset.state !== 'uploaded')
            target.problems.push(`${name} is not completely uploaded (state ${asset.state})`);
        else {
            target.checks.push('uploaded');
            if (asset.digest)
                target.digest ??= asset.digest;
        }
    }
    const checksumsName = claims.checksumsFile ?? assets.find((a) => /checksums\.txt$/i.test(a.name))?.name;
    const checksumsAsset = checksumsName ? assetNamed(checksumsName) : undefined;
    if (checksumsName && checksumsAsset?.state === 'uploaded') {
        const target = row('file', checksumsName);
        await guard(target, 'checksums', async () => {
            const entries = (0,checksums/* parseChecksums */.yk)((await downloadAsset(options, checksumsAsset)).toString('utf8'));
            const archives = assets.filter((a) => a.name !== checksumsName && !SIDECAR.test(a.name) && (ARCHIVE.test(a.name) || claims.files.includes(a.name)));
            for (const name of new Set(entries.map((e) => e.name))) {
                const hashes = new Set(entries.filter((e) => e.name === name).map((e) => e.sha256));
                if (hashes.size > 1)
                    target.problems.push(`${checksumsName} lists ${name} ${hashes.size} times with different sums`);
                if (!assetNamed(name))
                    target.problems.push(`${checksumsName} lists ${name}, which is not an asset of the release`);
            }
            for (const asset of archives) {
                const archive = row('file', asset.name);
                const entry = entries.find((e) => e.name === asset.name);
                if (!entry) {
                    archive.problems.push(`${checksumsName} has no line for ${asset.name}`);
                    continue;
                }
                if (asset.state !== 'uploaded')
                    continue; // reported with the file
                const digest = await assetDigest(asset);
                archive.digest ??= digest;
                if (digest !== `sha256:${entry.sha256}`)
                    archive.problems.push(`${checksumsName} gives sha256 ${entry.sha256} for ${asset.name}, but the asset's bytes are ${digest}`);
                else
                    archive.checks.push('checksum');
            }
            target.checks.push(`covers ${archives.length} archive(s)`);
        });
    }
    // Attestations, as the notes' gh attestation commands ask for them.
    for (const claim of claims.attestations) {
        const target = claim.subject.kind === 'file'
            ? row('file', claim.subject.name)
            : subjectRow({ reference: claim.subject.reference, digest: claim.subject.digest }, claims, charts, row);
        await guard(target, 'attestation', async () => {
            let digest;
            if (claim.subject.kind === 'file') {
                const asset = assetNamed(claim.subject.name);
                if (!asset || asset.state !== 'uploaded')
                    return; // the file row says it is missing
                digest = await assetDigest(asset);
                target.digest ??= digest;
            }
            else
                digest = claim.subject.digest;
            if (!claim.repository) {
                target.problems.push(`attestation: \`${claim.command}\` names no --repo, so it checks no source repository`);
                return;
            }
            if (claim.repository.toLowerCase() !== repository.toLowerCase()) {
                target.problems.push(`attestation: \`${claim.command}\` binds ${claim.repository}, not ${repository}`);
                return;
            }
            const verdict = await verifyGitHubAttestations(options.github, digest, {
                repository: claim.repository,
                signerWorkflow: claim.signerWorkflow,
                signerRepo: claim.signerRepo,
                predicateType: claim.predicateType,
                serverUrl: options.serverUrl,
            }, options.trust);
            if (verdict.verified)
                target.checks.push('attestation');
            else
                target.problems.push(`attestation: ${verdict.error}`);
        });
    }
    const results = [...rows.values()].map((r) => ({ ...r, verified: r.problems.length === 0 }));
    const failures = results.flatMap((r) => r.problems.map((p) => `${r.artifact}: ${p}`));
    for (const failure of failures)
        log.error(failure);
    return { results, failures };
}
function where(reference) {
    return `${reference.registry}/${reference.repository}`;
}
/** The image or chart row a signature or attestation subject belongs to (by repository and digest). */
function subjectRow(subject, claims, charts, row) {
    const name = where(subject.reference);
    const image = claims.images.find((i) => where(i.reference) === name);
    if (image) {
        const target = row('image', image.shown, image.digest);
        if (image.digest !== subject.digest)
            target.problems.push(`the notes check ${subject.digest}, but the images table gives ${image.digest}`);
        return target;
    }
    const chart = charts.find((c) => where(c.reference) === name && (!c.digest || c.digest === subject.digest));
    if (chart)
        return row('chart', `${chart.location}:${chart.version}`, subject.digest);
    return row('image', `${name}@${subject.digest}`, subject.digest);
}
/** One cosign command: its identity, issuer and repository binding, verified natively. */
async function verifySignatureClaim(claim, target, repository, options) {
    if (!claim.issuer || (!claim.identity && !claim.identityRegexp)) {
        target.problems.push(`signature: \`${claim.command}\` names no ${claim.issuer ? 'certificate identity' : 'OIDC issuer'}, so it accepts any signer`);
        return;
    }
    if (claim.issuer === signing_policy/* GITHUB_ACTIONS_ISSUER */.qQ && !claim.workflowRepository) {
        target.problems.push(`signature: \`${claim.command}\` does not bind the repository (--certificate-github-workflow-repository ${repository}), so a signature made for any repository calling the same workflow passes`);
        return;
    }
    if (claim.workflowRepository && claim.workflowRepository.toLowerCase() !== repository.toLowerCase()) {
        target.problems.push(`signature: \`${claim.command}\` binds ${claim.workflowRepository}, not ${repository}`);
        return;
    }
    const policy = {
        mode: 'keyless',
        identity: claim.identityRegexp
            ? { kind: 'regexp', pattern: (0,signing_policy/* anchorPattern */.SH)(claim.identityRegexp), given: claim.identityRegexp }
            : { kind: 'exact', value: claim.identity },
        issuer: claim.issuer,
        ...(claim.issuer === signing_policy/* GITHUB_ACTIONS_ISSUER */.qQ
            ? { sourceRepository: { repository, serverUrl: options.serverUrl.replace(/\/+$/, '') } }
            : {}),
    };
    const client = options.registry(claim.reference.registry);
    const verdict = await (0,signing_image.verifyImageSignatures)(client, claim.reference.repository, claim.digest, policy, options.trust, {
        retries: 0,
        retryBaseMs: 0,
        log: options.log,
        label: `${where(claim.reference)}@${claim.digest}`,
    });
    if (verdict.verified)
        target.checks.push('signature');
    else
        target.problems.push(`signature: ${verdict.error}`);
}
/** A chart version: resolves to the notes' digest, is a helm chart, and is the chart and version named. */
async function verifyChart(chart, target, options) {
    const { reference } = chart;
    const client = options.registry(reference.registry);
    try {
        const info = await client.manifestExists(reference.repository, reference.tag);
        if (!info) {
            target.problems.push(`${where(reference)}:${reference.tag} not found in the registry`);
            return;
        }
        target.digest ??= info.digest;
        if (chart.digest && info.digest !== chart.digest) {
            target.problems.push(`the registry serves ${info.digest} for version ${chart.version}, but the notes give ${chart.digest}`);
            return;
        }
        target.checks.push('digest');
        const manifest = await client.getManifest(reference.repository, info.digest);
        const layer = manifest.json.layers?.find((l) => l.mediaType === oci/* HELM_CHART_LAYER_MEDIA_TYPE */.AD);
        if (manifest.json.config?.mediaType !== oci/* HELM_CONFIG_MEDIA_TYPE */.A5 || !layer) {
            target.problems.push(`${info.digest} is not a helm chart (config ${manifest.json.config?.mediaType ?? 'none'}, ${layer ? 'a' : 'no'} chart layer)`);
            return;
        }
        const data = await client.getBlob(reference.repository, layer.digest, { maxBytes: archive/* MAX_CHART_SIZE */.qT });
        const label = `${chart.location}:${chart.version}`;
        const { files, entries } = await (0,load/* readChartArchive */.hR)(data, label);
        const top = new Set(entries.map((e) => e.path.split('/')[0]));
        if (top.size !== 1) {
            target.problems.push(`its archive has ${top.size} top folders; a helm chart has one`);
            return;
        }
        const loaded = await (0,load/* buildChart */.Jw)(files, label);
        (0,load/* checkDependencies */.qP)(loaded, label);
        const name = reference.repository.split('/').pop();
        if (loaded.metadata.name !== name || loaded.metadata.version !== chart.version)
            target.problems.push(`its archive holds chart ${loaded.metadata.name} ${loaded.metadata.version}, not ${name} ${chart.version}`);
        else
            target.checks.push('helm chart');
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        target.problems.push(`chart: ${error.message}`);
    }
}
/** An asset's bytes, as users download them (the API's octet-stream, following the storage redirect). */
async function downloadAsset(options, asset) {
    const response = await options.github.rest.repos.getReleaseAsset({
        owner: options.owner,
        repo: options.repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
    });
    return Buffer.from(response.data);
}

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/verify-release.steps.ts
// verify-release after its inputs are valid: find the release, verify it, report one row per
// artifact. Loaded lazily by operations/verify-release.ts; the publish gate of
// release-notes-from-changelog runs the same verification through runReleaseVerification.








/** Verify `release` with the settings' registry credentials and trust root. */
async function runReleaseVerification(settings, github, release, context) {
    const clients = new Map();
    const registry = (host) => {
        let client = clients.get(host);
        if (!client) {
            // Credentials only for the registry they are for: the notes choose the other hosts.
            const mine = host === settings.credentialsRegistry;
            if (!mine && settings.password)
                context.log.info(`registry ${host}: read anonymously (the credentials are for ${settings.credentialsRegistry})`);
            client = (0,oci_client/* createOciClient */.Dj)({
                registry: host,
                plainHttp: settings.plainHttp,
                ...(mine ? { username: settings.username, password: settings.password } : {}),
                retryBaseMs: context.runner.retryBaseMs,
                log: context.log,
            });
            clients.set(host, client);
        }
        return client;
    };
    let trust;
    return (0,log/* inGroup */.HB)(context.log, `Verify release ${release.tag_name} of ${settings.owner}/${settings.repo}`, () => verifyRelease({
        github,
        owner: settings.owner,
        repo: settings.repo,
        release,
        registry,
        trust: () => (trust ??= (0,signing_trust/* loadTrust */.Vc)({
            trustedRootJson: settings.trustedRootJson,
            trustedRootSource: settings.trustedRootSource,
            tufCachePath: external_node_path_default().join(context.runner.runnerTemp, 'release-kit-tuf'),
            tufTimeoutMs: context.runner.tufTimeoutMs,
        })),
        serverUrl: context.runner.serverUrl,
        log: context.log,
    }));
}
/** The step summary: one row per artifact. */
function renderVerificationSummary(title, verification) {
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    const ok = verification.results.filter((r) => r.verified).length;
    return [
        `## ${title}`,
        '',
        `${ok} of ${verification.results.length} artifact(s) verified; ${verification.failures.length} problem(s).`,
        '',
        '| Artifact | Kind | Digest | Verified | Checked | Problems |',
        '| --- | --- | --- | --- | --- | --- |',
        ...verification.results.map((r) => `| \`${cell(r.artifact)}\` | ${r.kind} | ${r.digest ? `\`${r.digest}\`` : ''} | ${r.verified ? '✅' : '❌'} | ${cell(r.checks.join(', '))} | ${cell(r.problems.join('; '))} |`),
        '',
    ].join('\n');
}
async function verifyReleaseStep(settings, context) {
    const github = (0,client/* createGitHubClient */.L)({
        token: settings.token,
        baseUrl: context.runner.apiUrl,
        retryBaseMs: context.runner.retryBaseMs,
        log: context.log,
    });
    const release = await (0,releases_release/* findReleaseForTag */.kq)(github, { owner: settings.owner, repo: settings.repo, tag: settings.tag });
    if (!release)
        throw new errors/* UserError */.yo(`there is no release (draft or published) for tag ${settings.tag} in ${settings.owner}/${settings.repo}${settings.token ? '' : ' (a draft is visible only with a token that can push)'}`, { input: 'tag', value: settings.tag });
    const verification = await runReleaseVerification(settings, github, release, context);
    const summary = renderVerificationSummary(`verify-release ${settings.tag} (${release.draft ? 'draft' : 'published'})`, verification);
    const outputs = { results: verification.results, failures: verification.failures.length };
    if (verification.failures.length)
        throw new errors/* UserError */.yo(
        // Each problem is already its own error line (and a row of the summary table).
        `release ${settings.tag} of ${settings.owner}/${settings.repo} does not verify: ${verification.failures.length} problem(s) in ${verification.results.filter((r) => !r.verified).length} of ${verification.results.length} artifact(s)`, { input: 'tag', value: settings.tag, summary, outputs: { ...outputs, state: 'failed' } });
    context.log.info(`✓ release ${settings.tag} of ${settings.owner}/${settings.repo}: ${verification.results.length} artifact(s) verified`);
    return { outputs: { ...outputs, state: 'verified' }, summary };
}


/***/ }),

/***/ 36800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeRegExp)
/* harmony export */ });
// Regular expressions built from literal text.
/** `text` as a regular expression that matches exactly it (`/` is left as is: it is not special in `new RegExp`). */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 45686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ keyOnlyTrust),
/* harmony export */   Vc: () => (/* binding */ loadTrust),
/* harmony export */   lI: () => (/* binding */ TrustUnavailableError)
/* harmony export */ });
/* unused harmony export PUBLIC_GOOD_TUF_MIRROR */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
/* harmony import */ var _sigstore_tuf__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84423);


/** The Sigstore public-good TUF repository (@sigstore/tuf's default mirror). */
const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/** The trust root itself is unavailable: this affects every image alike, so it ends the run at once. */
class TrustUnavailableError extends _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
}
/**
 * Build trust material. A given trusted root is parsed offline. Otherwise the public-good root is
 * fetched with TUF, which needs https://tuf-repo-cdn.sigstore.dev: without the network that would
 * retry for minutes, so it is bounded and turned into one clear error that says what to do instead.
 */
async function loadTrust(options, publicKey) {
    const [{ toTrustMaterial }, { TrustedRoot }] = await Promise.all([
        __webpack_require__.e(/* import() */ 187).then(__webpack_require__.bind(__webpack_require__, 54187)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23)),
    ]);
    const keys = publicKey ? () => ({ publicKey, validFor: () => true }) : undefined;
    if (options.trustedRootJson !== undefined) {
        const source = options.trustedRootSource ?? 'trusted-root';
        let root;
        try {
            const json = JSON.parse(options.trustedRootJson);
            // fromJSON accepts anything and silently drops what it cannot read; an empty root would then
            // refuse every signature with a misleading message, so check the shape first.
            if (typeof json !== 'object' ||
                json === null ||
                !String(json.mediaType ?? '').startsWith('application/vnd.dev.sigstore.trustedroot')) {
                throw new Error('its mediaType is not application/vnd.dev.sigstore.trustedroot+json');
            }
            for (const field of ['tlogs', 'certificateAuthorities', 'ctlogs', 'timestampAuthorities']) {
                if (json[field] !== undefined && !Array.isArray(json[field]))
                    throw new Error(`its ${field} is not a list`);
            }
            root = TrustedRoot.fromJSON(json);
        }
        catch (error) {
            throw new TrustUnavailableError(`input 'trusted-root' has invalid value ${JSON.stringify(source)}: expected a Sigstore trusted_root.json (${error.message})`, {
                input: 'trusted-root',
                value: source,
                valid: 'a Sigstore trusted_root.json',
            });
        }
        return { material: toTrustMaterial(root, keys), hasCtLogs: root.ctlogs.length > 0, source };
    }
    const timeoutMs = options.tufTimeoutMs ?? 30_000;
    let timer;
    try {
        const root = await Promise.race([
            (0,_sigstore_tuf__WEBPACK_IMPORTED_MODULE_1__.getTrustedRoot)({
                cachePath: options.tufCachePath,
                mirrorURL: PUBLIC_GOOD_TUF_MIRROR,
                retry: 1,
                timeout: Math.min(timeoutMs, 10_000),
            }),
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
                timer.unref();
            }),
        ]);
        return { material: toTrustMaterial(root, keys), hasCtLogs: root.ctlogs.length > 0, source: PUBLIC_GOOD_TUF_MIRROR };
    }
    catch (error) {
        throw new TrustUnavailableError(`could not fetch the Sigstore public-good trust root from ${PUBLIC_GOOD_TUF_MIRROR} (${oneLine(error)}); this needs the network. Set input 'trusted-root' to a trusted_root.json (e.g. from \`cosign trusted-root create\` or a private deployment), or use public-key with ignore-tlog`, {
            input: 'trusted-root',
            value: '',
            valid: 'a trusted_root.json file, or network access to the Sigstore TUF repository',
        });
    }
    finally {
        if (timer)
            clearTimeout(timer);
    }
}
/** Trust material for key-based verification without any log: only the user's key. */
function keyOnlyTrust(publicKey) {
    const material = {
        certificateAuthorities: [],
        timestampAuthorities: [],
        tlogs: [],
        ctlogs: [],
        publicKey: () => ({ publicKey, validFor: () => true }),
    };
    return { material, hasCtLogs: false, source: 'public-key' };
}
function oneLine(error) {
    return String(error?.message ?? error).split('\n')[0];
}


/***/ })

};

//# sourceMappingURL=664.index.js.map