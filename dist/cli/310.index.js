export const id = 310;
export const ids = [310];
export const modules = {

/***/ 76310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyImages: () => (/* binding */ verifyImages)
});

// UNUSED EXPORTS: IMAGE_CONCURRENCY

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/client.ts + 4 modules
var oci_client = __webpack_require__(43800);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/concurrency.ts
var concurrency = __webpack_require__(92098);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/exec.ts
var exec = __webpack_require__(80868);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var plumbing_log = __webpack_require__(49983);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(28135);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/signing/policy.ts
var signing_policy = __webpack_require__(73556);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/cosign-cli.ts
// The `cosign` engine: the `cosign verify` command for a policy, finding or installing cosign, reading its output.







/** The cosign release installed when none is on PATH. */
const COSIGN_VERSION = 'v3.0.5';
/**
 * sha256 of the COSIGN_VERSION release binaries (the release's cosign_checksums.txt, as
 * sigstore/cosign-installer pins them for its bootstrap). A download whose hash differs is refused;
 * never fill this table from the download itself. test/signing/fixtures/ holds the published values
 * with their source, and a test holds this table to them.
 */
const COSIGN_SHA256 = {
    'cosign-linux-amd64': 'db15cc99e6e4837daabab023742aaddc3841ce57f193d11b7c3e06c8003642b2',
    'cosign-linux-arm': '4866f388e87125f1f492231dbbb347bb73b601c810595b65b2ae09eae4c8a99d',
    'cosign-linux-arm64': 'd098f3168ae4b3aa70b4ca78947329b953272b487727d1722cb3cb098a1a20ab',
    'cosign-darwin-amd64': 'e032c44d3f7c247bbb2966b41239f88ffba002497a4516358d327ad5693c386f',
    'cosign-darwin-arm64': '4888c898e2901521a6bd4cf4f0383c9465588a6a46ecd2465ad34faf13f09eb7',
    'cosign-windows-amd64.exe': '44e9e44202b67ddfaaf5ea1234f5a265417960c4ae98c5b57c35bc40ba9dd714',
};
/** cosign's documented exit codes for `verify`. */
const COSIGN_EXIT_CODES = {
    10: 'no signatures found for the image',
    11: 'image tag not found',
    12: 'no signature matches the policy (identity, issuer or key)',
};
/** The argument array for `cosign verify` (no shell; each value is one argument). */
function cosignVerifyArgs(options) {
    const args = ['verify', '--output', 'json'];
    const { policy } = options;
    if (policy.mode === 'key') {
        args.push('--key', options.publicKeyFile ?? 'cosign.pub');
        if (policy.ignoreTlog)
            args.push('--insecure-ignore-tlog=true');
    }
    else {
        if (policy.identity.kind === 'exact')
            args.push('--certificate-identity', policy.identity.value);
        // Already anchored by the policy: cosign itself would accept any match anywhere in the identity.
        else
            args.push('--certificate-identity-regexp', policy.identity.pattern);
        args.push('--certificate-oidc-issuer', policy.issuer);
        // cosign has no flag for the Source Repository URI extension; this one checks the legacy GitHub
        // Workflow Repository extension, which Fulcio still writes for GitHub Actions.
        if (policy.sourceRepository)
            args.push('--certificate-github-workflow-repository', policy.sourceRepository.repository);
    }
    if (options.trustedRootFile)
        args.push('--trusted-root', options.trustedRootFile);
    if (options.plainHttp)
        args.push('--allow-http-registry', '--allow-insecure-registry');
    args.push(options.image);
    return args;
}
/** The same command as one line a person can paste into a shell (POSIX single-quoting). */
function cosignCommandLine(args) {
    return ['cosign', ...args].map(shellQuote).join(' ');
}
function shellQuote(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
/**
 * Read `cosign verify --output json`: a JSON array of verified payloads. At least one must name
 * `digest` (cosign checks this too; checking again costs nothing and catches a wrong image argument).
 */
function parseCosignVerifyOutput(stdout, digest) {
    const line = stdout.split(/\r?\n/).find((l) => l.trim().startsWith('['));
    if (!line)
        return { verified: false, error: 'cosign printed no JSON result' };
    let payloads;
    try {
        payloads = JSON.parse(line);
    }
    catch {
        return { verified: false, error: 'cosign printed a result that is not JSON' };
    }
    if (!Array.isArray(payloads) || payloads.length === 0)
        return { verified: false, error: 'cosign verified no signature' };
    const matching = payloads.find((p) => p?.critical?.image?.['docker-manifest-digest'] === digest);
    if (!matching) {
        const named = payloads.map((p) => p?.critical?.image?.['docker-manifest-digest']).join(', ');
        return { verified: false, error: `cosign's verified payloads name ${named || 'no digest'}, not ${digest}` };
    }
    const optional = matching.optional ?? {};
    return {
        verified: true,
        identity: typeof optional.Subject === 'string' ? optional.Subject : undefined,
        issuer: typeof optional.Issuer === 'string' ? optional.Issuer : undefined,
    };
}
/** A failed cosign run as one line: the documented meaning of its exit code, then its last words. */
function explainCosignFailure(exitCode, stderr, policy) {
    const lastLine = stderr
        .trim()
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .pop() ?? '';
    const meaning = COSIGN_EXIT_CODES[exitCode];
    const wanted = policy.mode === 'key' ? 'the public key' : `${(0,signing_policy/* describeIdentity */.Cl)(policy.identity)} from ${policy.issuer}`;
    if (exitCode === 12)
        return `cosign: ${meaning}: expected ${wanted}${lastLine ? ` (${lastLine})` : ''}`;
    if (meaning)
        return `cosign: ${meaning}${lastLine ? ` (${lastLine})` : ''}`;
    return `cosign exited with ${exitCode}${lastLine ? `: ${lastLine}` : ''}`;
}
/** cosign's release asset name for this machine. */
function cosignAssetName(platform = process.platform, arch = process.arch) {
    const os = platform === 'win32' ? 'windows' : platform;
    const cpu = arch === 'x64' ? 'amd64' : arch;
    return `cosign-${os}-${cpu}${os === 'windows' ? '.exe' : ''}`;
}
/** Check a downloaded cosign binary against the pinned table. */
function checkCosignDownload(asset, bytes) {
    const expected = COSIGN_SHA256[asset];
    if (!expected)
        throw new errors/* UserError */.yo(`no pinned sha256 for ${asset} of cosign ${COSIGN_VERSION}; install cosign on PATH (e.g. sigstore/cosign-installer) or use engine: sigstore`);
    const actual = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (actual !== expected)
        throw new errors/* UserError */.yo(`downloaded ${asset} of cosign ${COSIGN_VERSION} has sha256 ${actual}, expected ${expected}; refusing to run it`);
}
/**
 * Find cosign: on PATH, else in the tool cache, else download the pinned release and check its
 * sha256. `download` is injected so tests can exercise the check without the network.
 */
async function locateCosign(options) {
    for (const dir of options.pathEnv.split((external_node_path_default()).delimiter).filter(Boolean)) {
        const candidate = external_node_path_default().join(dir, 'cosign');
        if (await isExecutable(candidate))
            return candidate;
    }
    const asset = cosignAssetName();
    const installed = external_node_path_default().join(options.toolDir, `cosign-${COSIGN_VERSION}`, 'cosign');
    if (await isExecutable(installed)) {
        checkCosignDownload(asset, await (0,promises_.readFile)(installed));
        return installed;
    }
    const url = `https://github.com/sigstore/cosign/releases/download/${COSIGN_VERSION}/${asset}`;
    if (options.downloadAllowed === false) {
        throw new errors/* UserError */.yo(`engine 'cosign' needs cosign on PATH: downloads are switched off (RELEASE_KIT_COSIGN_DOWNLOAD=off); install cosign first or use engine: sigstore`, {
            input: 'engine',
            value: 'cosign',
            valid: 'sigstore, or cosign with cosign on PATH',
        });
    }
    if (!COSIGN_SHA256[asset]) {
        throw new errors/* UserError */.yo(`engine 'cosign' needs cosign on PATH: this release-kit has no pinned sha256 for ${asset} ${COSIGN_VERSION}, so it will not download ${url}; install cosign first (sigstore/cosign-installer) or use engine: sigstore (no download)`, { input: 'engine', value: 'cosign', valid: 'sigstore, or cosign with cosign on PATH' });
    }
    let bytes;
    try {
        bytes = await (options.download ?? defaultDownload)(url);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`could not download cosign from ${url} (${error.message}); install cosign on PATH or use engine: sigstore`, {
            input: 'engine',
            value: 'cosign',
            valid: 'sigstore, or cosign with cosign on PATH',
        });
    }
    checkCosignDownload(asset, bytes);
    await (0,promises_.mkdir)(external_node_path_default().dirname(installed), { recursive: true });
    await (0,fs/* writeFileAtomic */.Zf)(installed, bytes, 0o755);
    await (0,promises_.chmod)(installed, 0o755);
    return installed;
}
async function defaultDownload(url) {
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
    if (!response.ok)
        throw new Error(`HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
}
async function isExecutable(file) {
    try {
        await (0,promises_.access)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./packages/release-kit/src/signing/trust.ts
var signing_trust = __webpack_require__(45686);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/verify-images.steps.ts
// verify-images after its inputs are valid: registry digests, signatures (sigstore-js or cosign),
// the summary. Loaded lazily by operations/verify-images.ts.











/**
 * Images verified at once. Each costs a few registry round trips and little CPU, so a release's
 * images (kruntimes: five; 20 in the benchmark) go in one wave; the bound keeps a long list from
 * opening hundreds of connections to one registry.
 */
const IMAGE_CONCURRENCY = 24;
async function verifyImages(settings, context) {
    const { log } = context;
    log.info(`verify-images: ${settings.images.length} image(s), ${(0,signing_policy/* describePolicy */.wy)(settings.policy)}, engine ${settings.engine}`);
    // One client per registry, shared by the concurrent checks (and so by their token exchanges).
    const clients = new Map();
    const clientFor = (registry) => {
        let client = clients.get(registry);
        if (!client) {
            client = (0,oci_client/* createOciClient */.Dj)({
                registry,
                plainHttp: settings.plainHttp,
                username: settings.username,
                password: settings.password,
                retryBaseMs: context.runner.retryBaseMs,
                log,
            });
            clients.set(registry, client);
        }
        return client;
    };
    let trustPromise;
    const trust = () => {
        const { policy } = settings;
        if (!trustPromise) {
            const publicKey = policy.mode === 'key' ? policy.publicKey : undefined;
            trustPromise =
                policy.mode === 'key' && policy.ignoreTlog && settings.trustedRootJson === undefined
                    ? Promise.resolve((0,signing_trust/* keyOnlyTrust */.QB)(policy.publicKey))
                    : (0,signing_trust/* loadTrust */.Vc)({
                        trustedRootJson: settings.trustedRootJson,
                        trustedRootSource: settings.trustedRootPath,
                        tufCachePath: external_node_path_default().join(context.runner.runnerTemp, 'release-kit-tuf'),
                        tufTimeoutMs: context.runner.tufTimeoutMs,
                    }, publicKey);
        }
        return trustPromise;
    };
    let cosign;
    if (settings.engine === 'cosign')
        cosign = await prepareCosign(settings, context);
    const results = [];
    const commands = [];
    try {
        // Verified concurrently, each into its own log buffer; reported in input order, one group each.
        const outcomes = await (0,concurrency/* mapLimit */.s)(settings.images, IMAGE_CONCURRENCY, async (image) => {
            const buffer = (0,plumbing_log/* bufferedLogger */.eT)();
            const result = await verifyImage(image, settings, clientFor(image.reference.registry), trust, cosign, context, buffer.log);
            return { image, result, buffer };
        });
        for (const { image, result, buffer } of outcomes) {
            await (0,plumbing_log/* inGroup */.HB)(log, `Verify ${image.text}`, async () => buffer.replay(log));
            results.push(result);
            commands.push(await equivalentCommand(image.reference, result.digest, settings));
            if (result.verified)
                log.info(`✓ ${image.text} ${result.digest}: ${result.format} signature by ${result.identity}${result.issuer ? ` (${result.issuer})` : ''}${result['source-repository'] ? ` for ${result['source-repository']}` : ''}`);
        }
    }
    finally {
        await cosign?.cleanup();
    }
    const failed = results.filter((r) => !r.verified);
    const summary = renderSummary(results, commands, settings);
    // One failed image is the failure itself, in one line; several get a line each, then the count.
    if (failed.length > 1)
        for (const result of failed)
            log.error(`${result.image}: ${result.error}`);
    if (failed.length) {
        throw new errors/* UserError */.yo(failed.length === 1
            ? `${failed[0].image}: ${failed[0].error}`
            : `${failed.length} of ${results.length} image(s) failed verification: ${failed.map((r) => r.image).join(', ')}`, {
            input: 'images',
            value: failed.map((r) => r.image),
            summary,
            outputs: { results, verified: results.length - failed.length, state: 'failed' },
        });
    }
    return { outputs: { results, verified: results.length, state: 'verified' }, summary };
}
async function verifyImage(image, settings, client, trust, cosign, context, log) {
    const result = {
        image: image.text,
        digest: null,
        verified: false,
        identity: null,
        issuer: null,
        'source-repository': null,
        format: null,
        error: null,
    };
    const { reference } = image;
    const where = `${reference.registry}/${reference.repository}`;
    try {
        const wanted = reference.digest ?? reference.tag;
        // Tags and signatures can lag a push by a moment: retry "not there yet", never a refusal.
        const info = await (0,retry/* pollUntil */.g3)(() => client.manifestExists(reference.repository, wanted), (found) => found !== undefined, { retries: settings.retries, baseMs: context.runner.retryBaseMs });
        if (!info) {
            result.error = `${reference.digest ? `digest ${reference.digest}` : `tag ${reference.tag}`} not found in ${where}`;
            return result;
        }
        result.digest = info.digest;
        const expected = settings.expected.get(image.text);
        if (expected && expected !== info.digest) {
            result.error = `registry digest ${info.digest} differs from expected-digests ${expected} (the image was pushed again, or the wrong build's digest was passed)`;
            return result;
        }
        if (cosign) {
            Object.assign(result, await cosign.verify(`${where}@${info.digest}`, info.digest));
            return result;
        }
        const { verifyImageSignatures } = await __webpack_require__.e(/* import() */ 252).then(__webpack_require__.bind(__webpack_require__, 94252));
        const verdict = await verifyImageSignatures(client, reference.repository, info.digest, settings.policy, trust, {
            retries: settings.retries,
            retryBaseMs: context.runner.retryBaseMs,
            log,
            label: image.text,
        });
        Object.assign(result, {
            verified: verdict.verified,
            identity: verdict.identity ?? null,
            issuer: verdict.issuer ?? null,
            'source-repository': verdict.sourceRepository ?? null,
            format: verdict.format ?? null,
            error: verdict.error ?? null,
        });
        return result;
    }
    catch (error) {
        if (error instanceof signing_trust/* TrustUnavailableError */.lI || !(0,errors/* isUserError */.iU)(error))
            throw error;
        result.error = error.message;
        return result;
    }
}
/** The `cosign verify` a person would run to repeat this check by hand. */
async function equivalentCommand(reference, digest, settings) {
    const image = `${reference.registry}/${reference.repository}${digest ? `@${digest}` : reference.digest ? `@${reference.digest}` : `:${reference.tag}`}`;
    return cosignCommandLine(cosignVerifyArgs({
        image,
        policy: settings.policy,
        publicKeyFile: settings.publicKeyPath ?? 'cosign.pub',
        trustedRootFile: settings.trustedRootPath ?? (settings.trustedRootJson ? 'trusted_root.json' : undefined),
        plainHttp: settings.plainHttp,
    }));
}
function renderSummary(results, commands, settings) {
    const cell = (text) => (text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    const ok = results.filter((r) => r.verified).length;
    const lines = [
        '## verify-images',
        '',
        `${ok} of ${results.length} image(s) verified; policy: ${cell((0,signing_policy/* describePolicy */.wy)(settings.policy))}; engine: ${settings.engine}.`,
        '',
        '| Image | Digest | Verified | Format | Signer | Problem |',
        '| --- | --- | --- | --- | --- | --- |',
        ...results.map((r) => `| \`${cell(r.image)}\` | ${r.digest ? `\`${r.digest}\`` : ''} | ${r.verified ? '✅' : '❌'} | ${r.format ?? ''} | ${cell(r.identity)}${r.issuer ? ` (${cell(r.issuer)})` : ''}${r['source-repository'] ? ` for ${cell(r['source-repository'])}` : ''} | ${cell(r.error)} |`),
        '',
        '### Verify by hand',
        '',
        'The same checks with cosign (the identity pattern is anchored; cosign does not anchor it itself):',
        '',
        '```sh',
        ...commands,
        '```',
        '',
    ];
    return lines.join('\n');
}
/** Find cosign and write what it needs (key, trusted root, registry login) into a private temp dir. */
async function prepareCosign(settings, context) {
    const binary = await locateCosign({
        pathEnv: context.runner.path,
        downloadAllowed: context.runner.cosignDownload,
        toolDir: external_node_path_default().join(context.runner.runnerTemp, 'release-kit-tools'),
    });
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(context.runner.runnerTemp, 'release-kit-cosign-'));
    const { policy } = settings;
    let publicKeyFile;
    if (policy.mode === 'key') {
        publicKeyFile = external_node_path_default().join(dir, 'cosign.pub');
        await (0,promises_.writeFile)(publicKeyFile, policy.publicKeyPem, { mode: 0o600 });
    }
    let trustedRootFile;
    if (settings.trustedRootJson !== undefined) {
        trustedRootFile = external_node_path_default().join(dir, 'trusted_root.json');
        await (0,promises_.writeFile)(trustedRootFile, settings.trustedRootJson, { mode: 0o600 });
    }
    // Registry credentials go in a private Docker config, never on cosign's command line.
    const dockerConfig = external_node_path_default().join(dir, 'docker');
    if (settings.username && settings.password) {
        const auth = Buffer.from(`${settings.username}:${settings.password}`).toString('base64');
        const auths = Object.fromEntries([...new Set(settings.images.map((i) => i.reference.registry))].map((host) => [host, { auth }]));
        await (0,promises_.mkdir)(dockerConfig, { recursive: true, mode: 0o700 });
        await (0,promises_.writeFile)(external_node_path_default().join(dockerConfig, 'config.json'), JSON.stringify({ auths }), { mode: 0o600 });
    }
    return {
        async verify(image, digest) {
            const args = cosignVerifyArgs({ image, policy, publicKeyFile, trustedRootFile, plainHttp: settings.plainHttp });
            const outcome = await (0,exec/* run */.eF)(binary, args, { allowFailure: true, env: { DOCKER_CONFIG: dockerConfig } });
            if (outcome.exitCode !== 0)
                return { verified: false, error: explainCosignFailure(outcome.exitCode, outcome.stderr, policy) };
            const parsed = parseCosignVerifyOutput(outcome.stdout, digest);
            return {
                verified: parsed.verified,
                identity: parsed.identity ?? (policy.mode === 'key' ? 'public-key' : null),
                issuer: parsed.issuer ?? null,
                'source-repository': policy.mode === 'keyless' ? (policy.sourceRepository?.repository ?? null) : null,
                format: null,
                error: parsed.error ?? null,
            };
        },
        async cleanup() {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}


/***/ }),

/***/ 92098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
// Bounded concurrency: one limiter for every place that runs many uploads, hashes or checks at once.
/**
 * Run `task` over `items` with at most `limit` in flight, keeping the input order in the result.
 * After the first failure no new item starts; the ones in flight finish, then that first error is
 * thrown, so a caller never sees a half-started batch keep going behind its back.
 */
async function mapLimit(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    let failed;
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length && failed === undefined) {
            const index = next++;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failed ??= error;
            }
        }
    });
    await Promise.all(workers);
    if (failed !== undefined)
        throw failed;
    return results;
}


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

//# sourceMappingURL=310.index.js.map