export const id = 354;
export const ids = [354];
export const modules = {

/***/ 92354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operation: () => (/* binding */ operation),
  parseExpectedDigests: () => (/* binding */ parseExpectedDigests)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/client.ts + 1 modules
var oci_client = __webpack_require__(60584);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/reference.ts
var reference = __webpack_require__(84123);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/exec.ts
var exec = __webpack_require__(80868);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var plumbing_log = __webpack_require__(49983);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(28135);
// EXTERNAL MODULE: ./packages/release-kit/src/signing/policy.ts
var signing_policy = __webpack_require__(73556);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/trust.ts

/** The Sigstore public-good TUF repository (@sigstore/tuf's default mirror). */
const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/** The trust root itself is unavailable: this affects every image alike, so it ends the run at once. */
class TrustUnavailableError extends errors/* UserError */.yo {
}
/**
 * Build trust material. A given trusted root is parsed offline. Otherwise the public-good root is
 * fetched with TUF, which needs https://tuf-repo-cdn.sigstore.dev: without the network that would
 * retry for minutes, so it is bounded and turned into one clear error that says what to do instead.
 */
async function loadTrust(options, publicKey) {
    const [{ toTrustMaterial }, { TrustedRoot }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 54187)), __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23))]);
    const keys = publicKey ? () => ({ publicKey, validFor: () => true }) : undefined;
    if (options.trustedRootJson !== undefined) {
        const source = options.trustedRootSource ?? 'trusted-root';
        let root;
        try {
            const json = JSON.parse(options.trustedRootJson);
            // fromJSON accepts anything and silently drops what it cannot read; an empty root would then
            // refuse every signature with a misleading message, so check the shape first.
            if (typeof json !== 'object' || json === null || !String(json.mediaType ?? '').startsWith('application/vnd.dev.sigstore.trustedroot')) {
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
    const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(654), __webpack_require__.e(138), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
    const timeoutMs = options.tufTimeoutMs ?? 30_000;
    let timer;
    try {
        const root = await Promise.race([
            getTrustedRoot({ cachePath: options.tufCachePath, mirrorURL: PUBLIC_GOOD_TUF_MIRROR, retry: 1, timeout: Math.min(timeoutMs, 10_000) }),
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
                timer.unref();
            }),
        ]);
        return { material: toTrustMaterial(root, keys), hasCtLogs: root.ctlogs.length > 0, source: PUBLIC_GOOD_TUF_MIRROR };
    }
    catch (error) {
        throw new TrustUnavailableError(`could not fetch the Sigstore public-good trust root from ${PUBLIC_GOOD_TUF_MIRROR} (${oneLine(error)}); this needs the network. Set input 'trusted-root' to a trusted_root.json (e.g. from \`cosign trusted-root create\` or a private deployment), or use public-key with ignore-tlog`, { input: 'trusted-root', value: '', valid: 'a trusted_root.json file, or network access to the Sigstore TUF repository' });
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

;// CONCATENATED MODULE: ./packages/release-kit/src/operations/verify-images.ts
// verify-images: every release image resolves to the expected digest and carries a cosign signature that verifies.











const ENGINES = ['sigstore', 'cosign'];
/** Every input, parsed and checked before any registry is contacted. */
async function parseSettings(inputs, context) {
    const password = inputs.secret('password');
    const username = inputs.optional('username');
    if (password && !username)
        throw (0,errors/* invalidInput */.aY)('username', '', 'the registry user name that goes with password (ghcr.io: github.actor)');
    const lines = inputs.lines('images', { commas: true });
    if (lines.length === 0)
        throw (0,errors/* invalidInput */.aY)('images', '', 'one image reference per line, e.g. ghcr.io/OWNER/app:0.1.0 or ghcr.io/OWNER/app@sha256:…');
    const images = lines.map((text) => ({ text, reference: (0,reference/* parseReference */.F2)(text, { input: 'images', requireTagOrDigest: true }) }));
    const seen = new Set();
    for (const image of images) {
        if (seen.has(image.text))
            throw (0,errors/* invalidInput */.aY)('images', image.text, 'each image once');
        seen.add(image.text);
    }
    const expected = parseExpectedDigests(inputs.optional('expected-digests'), images);
    const workspace = context.runner.workspace;
    const publicKeyInput = inputs.optional('public-key');
    let publicKeyPem;
    let publicKeyPath;
    if (publicKeyInput !== undefined) {
        if (publicKeyInput.includes('-----BEGIN'))
            publicKeyPem = publicKeyInput;
        else {
            publicKeyPath = publicKeyInput;
            publicKeyPem = await readInputFile('public-key', workspace, publicKeyInput, 'a PEM public key, or the path of a file inside the workspace holding one');
        }
    }
    const trustedRootInput = inputs.optional('trusted-root');
    let trustedRootJson;
    let trustedRootPath;
    if (trustedRootInput !== undefined) {
        if (trustedRootInput.startsWith('{'))
            trustedRootJson = trustedRootInput;
        else {
            trustedRootPath = trustedRootInput;
            trustedRootJson = await readInputFile('trusted-root', workspace, trustedRootInput, 'the path of a trusted_root.json inside the workspace');
        }
    }
    const policy = (0,signing_policy/* buildPolicy */.vh)({
        certificateIdentity: inputs.optional('certificate-identity'),
        certificateIdentityRegexp: inputs.optional('certificate-identity-regexp'),
        workflow: inputs.optional('workflow'),
        ref: inputs.optional('ref') ?? context.runner.ref,
        repository: inputs.optional('repository') ?? context.runner.repository,
        serverUrl: context.runner.serverUrl,
        certificateOidcIssuer: inputs.string('certificate-oidc-issuer'),
        publicKeyPem,
        ignoreTlog: inputs.boolean('ignore-tlog'),
    });
    return {
        images,
        expected,
        policy,
        engine: inputs.choice('engine', ENGINES),
        trustedRootJson,
        trustedRootPath,
        publicKeyPath,
        username,
        password,
        plainHttp: inputs.boolean('plain-http'),
        retries: inputs.integer('retries', { min: 0, max: 10 }),
    };
}
async function readInputFile(input, workspace, relative, valid) {
    const file = await (0,fs/* resolveInside */.LI)(workspace, relative, input);
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw (0,errors/* invalidInput */.aY)(input, relative, `${valid} (${error.code ?? 'unreadable'})`);
    }
}
/**
 * `expected-digests`: a JSON object image → digest, or lines `image@sha256:…`. A key names an image
 * as written in `images`, or by its repository alone (`ghcr.io/o/app`), which is how build jobs
 * usually report digests. A key that names no image is refused: it is almost always a typo that
 * would otherwise switch the check off silently. For the same reason, once the input is set every
 * listed image must have a digest: an image left out would be verified without the digest check.
 */
function parseExpectedDigests(raw, images) {
    const result = new Map();
    if (raw === undefined)
        return result;
    const pairs = [];
    if (raw.startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(raw);
        }
        catch (error) {
            throw (0,errors/* invalidInput */.aY)('expected-digests', raw, `a JSON object {"image": "sha256:…"} or lines image@sha256:… (${error.message})`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw (0,errors/* invalidInput */.aY)('expected-digests', raw, 'a JSON object {"image": "sha256:…"}');
        pairs.push(...Object.entries(parsed));
    }
    else {
        for (const line of raw.split(/\r?\n|,/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
            const at = line.lastIndexOf('@');
            if (at < 0)
                throw (0,errors/* invalidInput */.aY)('expected-digests', line, 'lines image@sha256:<64 hex digits>');
            pairs.push([line.slice(0, at), line.slice(at + 1)]);
        }
    }
    for (const [key, digest] of pairs) {
        if (typeof digest !== 'string' || !(0,reference/* isSha256Digest */.q9)(digest)) {
            throw (0,errors/* invalidInput */.aY)('expected-digests', `${key}@${String(digest)}`, 'a digest sha256:<64 lower-case hex digits> per image');
        }
        const matches = images.filter((image) => key === image.text || key === (0,reference/* formatReference */.FH)(image.reference) || key === `${image.reference.registry}/${image.reference.repository}`);
        if (matches.length === 0) {
            throw (0,errors/* invalidInput */.aY)('expected-digests', key, `an image listed in images (${images.map((i) => i.text).join(', ')})`);
        }
        for (const match of matches) {
            const previous = result.get(match.text);
            if (previous && previous !== digest)
                throw (0,errors/* invalidInput */.aY)('expected-digests', key, `one digest per image (${match.text} is given ${previous} and ${digest})`);
            result.set(match.text, digest);
        }
    }
    const missing = images.filter((image) => !result.has(image.text)).map((image) => image.text);
    if (missing.length) {
        const valid = `a digest for every image listed in images, keyed by the image as written or by its repository (e.g. ${images[0].reference.registry}/${images[0].reference.repository}@sha256:…)`;
        throw new errors/* UserError */.yo(`input 'expected-digests' has no digest for ${missing.map((m) => (0,errors/* showValue */.vp)(m)).join(', ')}: expected ${valid}`, {
            input: 'expected-digests',
            value: missing,
            valid,
        });
    }
    return result;
}
async function verifyImages(context) {
    const settings = await parseSettings(context.inputs, context);
    const { log } = context;
    log.info(`verify-images: ${settings.images.length} image(s), ${(0,signing_policy/* describePolicy */.wy)(settings.policy)}, engine ${settings.engine}`);
    const clients = new Map();
    const clientFor = (registry) => {
        let client = clients.get(registry);
        if (!client) {
            client = (0,oci_client.createOciClient)({ registry, plainHttp: settings.plainHttp, username: settings.username, password: settings.password, retryBaseMs: context.runner.retryBaseMs, log });
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
                    ? Promise.resolve(keyOnlyTrust(policy.publicKey))
                    : loadTrust({ trustedRootJson: settings.trustedRootJson, trustedRootSource: settings.trustedRootPath, tufCachePath: external_node_path_default().join(context.runner.runnerTemp, 'release-kit-tuf'), tufTimeoutMs: context.runner.tufTimeoutMs }, publicKey);
        }
        return trustPromise;
    };
    let cosign;
    if (settings.engine === 'cosign')
        cosign = await prepareCosign(settings, context);
    const results = [];
    const commands = [];
    try {
        for (const image of settings.images) {
            const result = await (0,plumbing_log/* inGroup */.HB)(log, `Verify ${image.text}`, () => verifyImage(image, settings, clientFor(image.reference.registry), trust, cosign, context));
            results.push(result);
            commands.push(await equivalentCommand(image.reference, result.digest, settings));
            if (result.verified)
                log.info(`✓ ${image.text} ${result.digest}: ${result.format} signature by ${result.identity}${result.issuer ? ` (${result.issuer})` : ''}`);
            else
                log.error(`${image.text}: ${result.error}`);
        }
    }
    finally {
        await cosign?.cleanup();
    }
    const failed = results.filter((r) => !r.verified);
    const summary = renderSummary(results, commands, settings);
    if (failed.length) {
        throw new errors/* UserError */.yo(
        // Each image's reason is already its own error line above (and a table row in the summary).
        `${failed.length} of ${results.length} image(s) failed verification: ${failed.map((r) => r.image).join(', ')}`, {
            input: 'images',
            value: failed.map((r) => r.image),
            summary,
            outputs: { results, verified: results.length - failed.length, state: 'failed' },
        });
    }
    return { outputs: { results, verified: results.length, state: 'verified' }, summary };
}
async function verifyImage(image, settings, client, trust, cosign, context) {
    const result = { image: image.text, digest: null, verified: false, identity: null, issuer: null, format: null, error: null };
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
        const [{ findSignatures }, { verifyCandidate }] = await Promise.all([__webpack_require__.e(/* import() */ 881).then(__webpack_require__.bind(__webpack_require__, 19881)), __webpack_require__.e(/* import() */ 815).then(__webpack_require__.bind(__webpack_require__, 815))]);
        const found = await (0,retry/* pollUntil */.g3)(() => findSignatures(client, reference.repository, info.digest), (f) => f.candidates.length > 0, { retries: settings.retries, baseMs: context.runner.retryBaseMs });
        if (found.candidates.length === 0) {
            result.error = `unsigned: no cosign signature found for ${info.digest} (looked at ${found.looked.join(', ')})`;
            return result;
        }
        const refusals = [];
        for (const candidate of found.candidates) {
            const verdict = await verifyCandidate(candidate, info.digest, settings.policy, trust);
            if (verdict.verified) {
                Object.assign(result, { verified: true, identity: verdict.identity ?? null, issuer: verdict.issuer ?? null, format: verdict.format, error: null });
                return result;
            }
            context.log.debug(`${image.text}: ${verdict.format} signature at ${verdict.source} refused: ${verdict.error}`);
            if (!refusals.includes(`${verdict.format}: ${verdict.error}`))
                refusals.push(`${verdict.format}: ${verdict.error}`);
            result.format ??= verdict.format;
            result.identity ??= verdict.identity ?? null;
            result.issuer ??= verdict.issuer ?? null;
        }
        result.error = `no signature verifies (${found.candidates.length} found): ${refusals.join('; ')}`;
        return result;
    }
    catch (error) {
        if (error instanceof TrustUnavailableError || !(0,errors/* isUserError */.iU)(error))
            throw error;
        result.error = error.message;
        return result;
    }
}
/** The `cosign verify` a person would run to repeat this check by hand. */
async function equivalentCommand(reference, digest, settings) {
    const { cosignVerifyArgs, cosignCommandLine } = await __webpack_require__.e(/* import() */ 334).then(__webpack_require__.bind(__webpack_require__, 95334));
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
        ...results.map((r) => `| \`${cell(r.image)}\` | ${r.digest ? `\`${r.digest}\`` : ''} | ${r.verified ? '✅' : '❌'} | ${r.format ?? ''} | ${cell(r.identity)}${r.issuer ? ` (${cell(r.issuer)})` : ''} | ${cell(r.error)} |`),
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
    const cli = await __webpack_require__.e(/* import() */ 334).then(__webpack_require__.bind(__webpack_require__, 95334));
    const binary = await cli.locateCosign({ toolDir: external_node_path_default().join(context.runner.runnerTemp, 'release-kit-tools') });
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
        await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23)).then((fs) => fs.mkdir(dockerConfig, { recursive: true, mode: 0o700 }));
        await (0,promises_.writeFile)(external_node_path_default().join(dockerConfig, 'config.json'), JSON.stringify({ auths }), { mode: 0o600 });
    }
    return {
        async verify(image, digest) {
            const args = cli.cosignVerifyArgs({ image, policy, publicKeyFile, trustedRootFile, plainHttp: settings.plainHttp });
            const outcome = await (0,exec/* run */.e)(binary, args, { allowFailure: true, env: { DOCKER_CONFIG: dockerConfig } });
            if (outcome.exitCode !== 0)
                return { verified: false, error: cli.explainCosignFailure(outcome.exitCode, outcome.stderr, policy) };
            const parsed = cli.parseCosignVerifyOutput(outcome.stdout, digest);
            return {
                verified: parsed.verified,
                identity: parsed.identity ?? (policy.mode === 'key' ? 'public-key' : null),
                issuer: parsed.issuer ?? null,
                format: null,
                error: parsed.error ?? null,
            };
        },
        async cleanup() {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}
const operation = {
    name: 'verify-images',
    description: 'Verify that every release image has the expected registry digest and a cosign signature (keyless identity or public key; legacy and v3 formats) that verifies.',
    inputs: [
        { name: 'images', description: 'Image references, one per line, by tag or digest (e.g. ghcr.io/OWNER/app:0.1.0).', required: true },
        { name: 'expected-digests', description: 'The digests the build produced: a JSON object image → sha256:…, or lines image@sha256:…; the registry digest must equal it; when set, every image needs one.', default: '' },
        { name: 'certificate-identity', description: 'Keyless: the exact certificate identity (SAN), e.g. https://github.com/OWNER/REPO/.github/workflows/release-images.yml@refs/tags/v0.1.0.', default: '' },
        { name: 'certificate-identity-regexp', description: 'Keyless: a pattern for the identity; anchored (^…$) unless it already is, unlike cosign.', default: '' },
        { name: 'workflow', description: 'Keyless shorthand: the signing workflow file; with ref and repository it gives the exact identity.', default: '' },
        { name: 'ref', description: 'With workflow: the git ref the signing run was on; default GITHUB_REF.', default: '' },
        { name: 'repository', description: 'With workflow: OWNER/REPO of the signing workflow; default GITHUB_REPOSITORY.', default: '' },
        { name: 'certificate-oidc-issuer', description: 'Keyless: the OIDC issuer the certificate must name.', default: signing_policy/* GITHUB_ACTIONS_ISSUER */.qQ },
        { name: 'public-key', description: 'Key-based: a PEM public key, or the path of a file holding one (inside the workspace).', default: '' },
        { name: 'ignore-tlog', description: 'Key-based only: accept signatures without a transparency-log entry (cosign --insecure-ignore-tlog).', default: 'false' },
        { name: 'engine', description: '`sigstore` (built in, no download) or `cosign` (runs cosign verify; cosign from PATH or a pinned, checksummed release).', default: 'sigstore' },
        { name: 'trusted-root', description: 'A Sigstore trusted_root.json (path inside the workspace) for private deployments; default: the public-good root via TUF.', default: '' },
        { name: 'username', description: 'Registry user name (ghcr.io: github.actor).', default: '' },
        { name: 'password', description: 'Registry password or token (ghcr.io: GITHUB_TOKEN with packages: read); masked.', default: '' },
        { name: 'plain-http', description: 'Talk http:// to the registry (loopback test registries only).', default: 'false' },
        { name: 'retries', description: 'How many times to look again, with back-off, when a tag or signature is not there yet.', default: '3' },
    ],
    outputs: [
        { name: 'results', description: 'JSON array, one object per image: {image, digest, verified, identity, issuer, format, error}.' },
        { name: 'verified', description: 'How many images verified.' },
        { name: 'state', description: '`verified` when every image verified, `failed` otherwise (outputs are set on failure too; read-only: a rerun gives the same answer).' },
    ],
    run: verifyImages,
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

/***/ 73556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   SH: () => (/* binding */ anchorPattern),
/* harmony export */   aK: () => (/* binding */ identityMatches),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
/* harmony export */   vh: () => (/* binding */ buildPolicy),
/* harmony export */   wy: () => (/* binding */ describePolicy)
/* harmony export */ });
/* unused harmony export githubWorkflowIdentity */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
// Who may have signed an image: a keyless identity (certificate SAN + OIDC issuer) or a public key.


/** The OIDC issuer of GitHub Actions' workload identity tokens (cosign's usual `--certificate-oidc-issuer`). */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * Anchor a certificate-identity regexp so it must match the whole identity. cosign passes the pattern
 * to Go's regexp unanchored, so `https://github.com/acme/app/.*` also accepts `acme/app-evil`… and a
 * pattern without `^` accepts any prefix. A pattern that is already `^…$` (with no top-level `|`,
 * which would anchor only one branch) is kept; anything else becomes `^(?:…)$`.
 */
function anchorPattern(pattern) {
    let inner = pattern;
    const startsAnchored = inner.startsWith('^');
    const endsAnchored = /(^|[^\\])(\\\\)*\$$/.test(inner);
    if (startsAnchored && endsAnchored && !hasTopLevelAlternation(inner))
        return inner;
    if (startsAnchored)
        inner = inner.slice(1);
    if (endsAnchored)
        inner = inner.slice(0, -1);
    return `^(?:${inner})$`;
}
/** True when `|` appears outside any group or character class, i.e. it splits the whole pattern. */
function hasTopLevelAlternation(pattern) {
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            continue;
        }
        if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0)
            return true;
    }
    return false;
}
/** The keyless identity GitHub Actions gives a workflow run: `https://github.com/OWNER/REPO/.github/workflows/FILE@REF`. */
function githubWorkflowIdentity(options) {
    const server = (options.serverUrl || 'https://github.com').replace(/\/+$/, '');
    const workflow = options.workflow.replace(/^\/+/, '');
    const file = workflow.includes('/') ? workflow : `.github/workflows/${workflow}`;
    return `${server}/${options.repository}/${file}@${options.ref}`;
}
/** Does the certificate's SAN satisfy the matcher? */
function identityMatches(matcher, san) {
    if (san === undefined)
        return false;
    if (matcher.kind === 'exact')
        return san === matcher.value;
    return new RegExp(matcher.pattern).test(san);
}
/** How the matcher reads in messages: the exact identity, or `/^(?:…)$/`. */
function describeIdentity(matcher) {
    return matcher.kind === 'exact' ? matcher.value : `/${matcher.pattern}/`;
}
/**
 * Turn the identity options into one policy, refusing ambiguous or incomplete combinations with a
 * message that names the inputs. Exactly one of: public-key, certificate-identity,
 * certificate-identity-regexp, workflow (+ ref + repository).
 */
function buildPolicy(options) {
    const chosen = [
        options.publicKeyPem !== undefined && 'public-key',
        options.certificateIdentity !== undefined && 'certificate-identity',
        options.certificateIdentityRegexp !== undefined && 'certificate-identity-regexp',
        options.workflow !== undefined && 'workflow',
    ].filter((x) => typeof x === 'string');
    const valid = 'exactly one of public-key, certificate-identity, certificate-identity-regexp or workflow';
    if (chosen.length === 0) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`no signer given: set ${valid}`, { input: 'certificate-identity', value: '', valid });
    }
    if (chosen.length > 1) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`inputs ${chosen.map((c) => `'${c}'`).join(' and ')} are both set: expected ${valid}`, {
            input: chosen[1],
            value: chosen.join(', '),
            valid,
        });
    }
    if (options.publicKeyPem !== undefined) {
        if (/PRIVATE KEY-----/.test(options.publicKeyPem)) {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('public-key', firstLine(options.publicKeyPem), 'a PEM public key, not a private key (never put a private key in a workflow)');
        }
        let publicKey;
        try {
            publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(options.publicKeyPem);
        }
        catch (error) {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('public-key', firstLine(options.publicKeyPem), `a PEM public key or the path of a file holding one (${error.message})`);
        }
        return {
            mode: 'key',
            publicKey,
            publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
            ignoreTlog: options.ignoreTlog ?? false,
        };
    }
    if (options.ignoreTlog) {
        throw new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("input 'ignore-tlog' is true, but keyless signatures always need their transparency-log proof: expected ignore-tlog false, or a public-key", { input: 'ignore-tlog', value: 'true', valid: 'false (keyless), or true with public-key' });
    }
    const issuer = options.certificateOidcIssuer ?? GITHUB_ACTIONS_ISSUER;
    if (!/^https?:\/\/\S+$/.test(issuer))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('certificate-oidc-issuer', issuer, 'an issuer URL such as https://token.actions.githubusercontent.com');
    if (options.certificateIdentity !== undefined) {
        return { mode: 'keyless', identity: { kind: 'exact', value: options.certificateIdentity }, issuer };
    }
    if (options.certificateIdentityRegexp !== undefined) {
        const pattern = anchorPattern(options.certificateIdentityRegexp);
        try {
            new RegExp(pattern);
        }
        catch (error) {
            throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('certificate-identity-regexp', options.certificateIdentityRegexp, `a valid regular expression (${error.message})`);
        }
        return { mode: 'keyless', identity: { kind: 'regexp', pattern, given: options.certificateIdentityRegexp }, issuer };
    }
    const workflow = options.workflow;
    if (!/^[\w./-]+\.ya?ml$/.test(workflow) || workflow.includes('..')) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('workflow', workflow, 'a workflow file such as .github/workflows/release-images.yml');
    }
    if (!options.ref)
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('ref', '', 'a git ref such as refs/tags/v0.1.0 (it defaults to GITHUB_REF, which is empty here)');
    if (!/^refs\/(tags|heads|pull)\/\S+$/.test(options.ref))
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('ref', options.ref, 'a full git ref such as refs/tags/v0.1.0');
    if (!options.repository || !/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(options.repository)) {
        throw (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .invalidInput */ .aY)('repository', options.repository ?? '', 'OWNER/REPO (it defaults to GITHUB_REPOSITORY)');
    }
    const value = githubWorkflowIdentity({ repository: options.repository, workflow, ref: options.ref, serverUrl: options.serverUrl });
    return { mode: 'keyless', identity: { kind: 'exact', value }, issuer };
}
/** One-line description of a policy for logs and the summary. */
function describePolicy(policy) {
    if (policy.mode === 'key')
        return `public key${policy.ignoreTlog ? ' (transparency log not required)' : ''}`;
    return `identity ${describeIdentity(policy.identity)} from issuer ${policy.issuer}`;
}
function firstLine(text) {
    return (0,_plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .showValue */ .vp)(text.split(/\r?\n/)[0], 60).slice(1, -1);
}


/***/ })

};

//# sourceMappingURL=354.index.js.map