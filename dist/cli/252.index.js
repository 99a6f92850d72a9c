export const id = 252;
export const ids = [252];
export const modules = {

/***/ 62252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ pemToDer),
/* harmony export */   Fk: () => (/* binding */ legacyToSerializedBundle),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   TT: () => (/* binding */ legacySignatureFromLayer),
/* harmony export */   Z4: () => (/* binding */ COSIGN_SIGN_PREDICATE_TYPE),
/* harmony export */   Zf: () => (/* binding */ statementSubjectDigests),
/* harmony export */   _T: () => (/* binding */ simpleSigningDigest),
/* harmony export */   cX: () => (/* binding */ SIGSTORE_BUNDLE_V03_MEDIA_TYPE),
/* harmony export */   eG: () => (/* binding */ legacySignatureTag),
/* harmony export */   s: () => (/* binding */ legacySignatureLayers)
/* harmony export */ });
/* unused harmony exports SIMPLESIGNING_MEDIA_TYPE, ANNOTATION_SIGNATURE, ANNOTATION_CERTIFICATE, ANNOTATION_CHAIN, ANNOTATION_REKOR_BUNDLE, referrersFallbackTag, simpleSigningPayload */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// cosign's two ways of storing an image signature in a registry, read into plain values and Sigstore bundles.
//
// Hand-written because no JavaScript library reads cosign's registry layout: sigstore-js verifies
// bundles but knows nothing of `sha256-<hex>.sig` tags or cosign's layer annotations.

/** Media type of a legacy signature layer; its blob is the "simple signing" payload that was signed. */
const SIMPLESIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
const ANNOTATION_REKOR_BUNDLE = 'dev.sigstore.cosign/bundle';
/** Both the referrer manifest's artifactType and its layer's media type in cosign v3. */
const SIGSTORE_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The in-toto predicate type cosign v3 uses for a plain image signature (attestations use others). */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
/** The cosign tag holding legacy signatures of `digest`: `sha256-<hex>.sig`. */
function legacySignatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/** The OCI referrers tag schema's fallback index tag for `digest`: `sha256-<hex>`. */
function referrersFallbackTag(digest) {
    return digest.replace(':', '-');
}
/** The simplesigning layers of a legacy `.sig` manifest. */
function legacySignatureLayers(manifest) {
    return (manifest.layers ?? []).filter((layer) => layer.mediaType === SIMPLESIGNING_MEDIA_TYPE);
}
/** Read a legacy layer's annotations and blob into a LegacySignature (undefined when it carries no signature). */
function legacySignatureFromLayer(layer, blob, source) {
    const annotations = layer.annotations ?? {};
    const signature = annotations[ANNOTATION_SIGNATURE];
    if (!signature)
        return undefined;
    let rekorBundle;
    const rawBundle = annotations[ANNOTATION_REKOR_BUNDLE];
    if (rawBundle) {
        try {
            rekorBundle = JSON.parse(rawBundle);
        }
        catch {
            rekorBundle = undefined; // an unreadable proof counts as no proof; the verifier says so
        }
    }
    return {
        format: 'legacy',
        payload: blob,
        signature,
        certificatePem: annotations[ANNOTATION_CERTIFICATE] || undefined,
        chainPem: annotations[ANNOTATION_CHAIN] || undefined,
        rekorBundle,
        source: `${source} layer ${layer.digest}`,
    };
}
/** The image digest a simplesigning payload names (`critical.image.docker-manifest-digest`). */
function simpleSigningDigest(payload) {
    try {
        const parsed = JSON.parse(payload.toString('utf8'));
        const digest = parsed.critical?.image?.['docker-manifest-digest'];
        return typeof digest === 'string' ? digest : undefined;
    }
    catch {
        return undefined;
    }
}
/** The simplesigning payload cosign signs for `repository` at `digest`. */
function simpleSigningPayload(dockerReference, digest, optional = null) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': digest },
            type: 'cosign container image signature',
        },
        optional,
    }));
}
/** PEM blocks → DER buffers, in order. */
function pemToDer(pem) {
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    return blocks.map((block) => Buffer.from(block.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''), 'base64'));
}
/**
 * Express a legacy signature as a v0.1 Sigstore bundle (serialized JSON) so sigstore-js can verify it:
 * a message signature over the payload, the certificate chain (or a key hint), and the Rekor entry
 * rebuilt from cosign's bundle annotation, whose SET is the v0.1 inclusion promise.
 */
function legacyToSerializedBundle(signature, keyHint = 'public-key') {
    const certificates = [...pemToDer(signature.certificatePem ?? ''), ...pemToDer(signature.chainPem ?? '')];
    const tlogEntries = signature.rekorBundle ? [rekorBundleToTlogEntry(signature.rekorBundle)] : [];
    return {
        mediaType: BUNDLE_V01_MEDIA_TYPE,
        verificationMaterial: {
            ...(certificates.length
                ? { x509CertificateChain: { certificates: certificates.map((der) => ({ rawBytes: der.toString('base64') })) } }
                : { publicKey: { hint: keyHint } }),
            tlogEntries,
            timestampVerificationData: { rfc3161Timestamps: [] },
        },
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(signature.payload).digest('base64') },
            signature: signature.signature,
        },
    };
}
function rekorBundleToTlogEntry(rekor) {
    const bodyText = Buffer.from(String(rekor.Payload?.body ?? ''), 'base64').toString('utf8');
    let kind = 'hashedrekord';
    let version = '0.0.1';
    try {
        const body = JSON.parse(bodyText);
        kind = body.kind ?? kind;
        version = body.apiVersion ?? version;
    }
    catch {
        // leave the defaults: sigstore-js then reports the body as not matching
    }
    return {
        logIndex: String(rekor.Payload?.logIndex ?? 0),
        logId: { keyId: Buffer.from(String(rekor.Payload?.logID ?? ''), 'hex').toString('base64') },
        kindVersion: { kind, version },
        integratedTime: String(rekor.Payload?.integratedTime ?? 0),
        inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
        canonicalizedBody: rekor.Payload?.body ?? '',
    };
}
/** An in-toto statement's subjects' sha256 digests, as `sha256:<hex>`. */
function statementSubjectDigests(statement) {
    const subjects = statement?.subject;
    if (!Array.isArray(subjects))
        return [];
    return subjects
        .map((s) => s?.digest?.sha256)
        .filter((hex) => typeof hex === 'string')
        .map((hex) => `sha256:${hex.toLowerCase()}`);
}


/***/ }),

/***/ 94252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyImageSignatures: () => (/* binding */ verifyImageSignatures)
});

// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(28135);
// EXTERNAL MODULE: ./packages/release-kit/src/signing/cosign-formats.ts
var cosign_formats = __webpack_require__(62252);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/discover.ts

/** Bundles and signature payloads are small; anything bigger is not a signature. */
const MAX_SIGNATURE_BLOB_BYTES = 1024 * 1024;
/** Collect every signature of `digest` in `repository`, in both formats. */
async function findSignatures(client, repository, digest) {
    const candidates = [];
    const looked = [];
    const legacyTag = (0,cosign_formats/* legacySignatureTag */.eG)(digest);
    looked.push(`tag ${legacyTag}`);
    if (await client.manifestExists(repository, legacyTag)) {
        const manifest = await client.getManifest(repository, legacyTag);
        for (const layer of (0,cosign_formats/* legacySignatureLayers */.s)(manifest.json)) {
            const blob = await client.getBlob(repository, layer.digest, { maxBytes: MAX_SIGNATURE_BLOB_BYTES });
            const signature = (0,cosign_formats/* legacySignatureFromLayer */.TT)(layer, blob, `${repository}:${legacyTag}`);
            if (signature)
                candidates.push(signature);
        }
    }
    // No artifactType filter on the request: a fallback index written by an older tool may leave it
    // out, so the manifest itself is checked below.
    const referrers = await client.listReferrers(repository, digest);
    looked.push(referrers.source === 'api'
        ? 'referrers API'
        : `referrers API (HTTP ${referrers.apiStatus ?? '?'}) and tag ${digest.replace(':', '-')}`);
    for (const descriptor of referrers.manifests) {
        if (descriptor.artifactType !== undefined && descriptor.artifactType !== cosign_formats/* SIGSTORE_BUNDLE_V03_MEDIA_TYPE */.cX)
            continue;
        const manifest = await client.getManifest(repository, descriptor.digest);
        const artifactType = manifest.json.artifactType ?? manifest.json.config?.mediaType;
        if (artifactType !== cosign_formats/* SIGSTORE_BUNDLE_V03_MEDIA_TYPE */.cX &&
            !(manifest.json.layers ?? []).some((l) => l.mediaType === cosign_formats/* SIGSTORE_BUNDLE_V03_MEDIA_TYPE */.cX))
            continue;
        if (manifest.json.subject?.digest !== undefined && manifest.json.subject.digest !== digest)
            continue;
        for (const layer of manifest.json.layers ?? []) {
            if (layer.mediaType !== cosign_formats/* SIGSTORE_BUNDLE_V03_MEDIA_TYPE */.cX)
                continue;
            const blob = await client.getBlob(repository, layer.digest, { maxBytes: MAX_SIGNATURE_BLOB_BYTES });
            let bundle;
            try {
                bundle = JSON.parse(blob.toString('utf8'));
            }
            catch {
                bundle = undefined; // the verifier reports it as not a bundle
            }
            candidates.push({ format: 'bundle', bundle, source: `${repository}@${descriptor.digest} layer ${layer.digest}` });
        }
    }
    return { candidates, looked };
}

// EXTERNAL MODULE: ./packages/release-kit/src/signing/verify.ts + 1 modules
var verify = __webpack_require__(85633);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/image.ts



/**
 * Verify the signatures of `digest` in `repository`: one that verifies is enough. Never throws for
 * a bad or missing signature (the verdict says why); trust and registry failures are thrown.
 */
async function verifyImageSignatures(client, repository, digest, policy, trust, options) {
    // Signatures can lag a push by a moment: look again for "not there yet", never after a refusal.
    const found = await (0,retry/* pollUntil */.g3)(() => findSignatures(client, repository, digest), (f) => f.candidates.length > 0, { retries: options.retries, baseMs: options.retryBaseMs });
    if (found.candidates.length === 0)
        return {
            verified: false,
            error: `unsigned: no cosign signature found for ${digest} (looked at ${found.looked.join(', ')})`,
        };
    const refusals = [];
    let first;
    for (const candidate of found.candidates) {
        const verdict = await (0,verify/* verifyCandidate */.v)(candidate, digest, policy, trust);
        const signer = {
            identity: verdict.identity,
            issuer: verdict.issuer,
            sourceRepository: verdict.sourceRepository,
            format: verdict.format,
        };
        if (verdict.verified)
            return { verified: true, ...signer };
        options.log.debug(`${options.label}: ${verdict.format} signature at ${verdict.source} refused: ${verdict.error}`);
        const refusal = `${verdict.format}: ${verdict.error}`;
        if (!refusals.includes(refusal))
            refusals.push(refusal);
        first ??= { verified: false, ...signer };
    }
    return {
        ...first,
        error: `no signature verifies (${found.candidates.length} found): ${refusals.join('; ')}`,
    };
}


/***/ }),

/***/ 85633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyAttestation: () => (/* binding */ verifyAttestation),
  v: () => (/* binding */ verifyCandidate)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/release-kit/src/signing/cosign-formats.ts
var cosign_formats = __webpack_require__(62252);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/fulcio.ts
// Fulcio's certificate extensions that name the repository whose CI run asked for a certificate,
// and the check that binds a signature to that repository.
//
// sigstore-js hands over each extension's raw value but decodes only the issuer, so the two
// repository extensions are read here (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).
/** Source Repository URI (`https://github.com/OWNER/REPO`), a DER UTF8String: what current Fulcio writes. */
const OID_SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
/** GitHub Workflow Repository (`OWNER/REPO`), raw bytes: deprecated, still written, and what cosign's flag checks. */
const OID_GITHUB_WORKFLOW_REPOSITORY = '1.3.6.1.4.1.57264.1.5';
/** Read both repository extensions from a signer's extension list. */
function certificateRepository(extensions) {
    const find = (oid) => extensions?.find((e) => e.oid?.id.join('.') === oid)?.value;
    const uri = find(OID_SOURCE_REPOSITORY_URI);
    const name = find(OID_GITHUB_WORKFLOW_REPOSITORY);
    return {
        ...(uri ? { uri: derUtf8String(Buffer.from(uri)) } : {}),
        ...(name ? { name: Buffer.from(name).toString('utf8') } : {}),
    };
}
/** The one repository the certificate names, for messages: the URI's `OWNER/REPO` when it has one. */
function describeCertificateRepository(found, serverUrl) {
    if (found.uri !== undefined) {
        const prefix = `${serverUrl.replace(/\/+$/, '')}/`;
        return found.uri.toLowerCase().startsWith(prefix.toLowerCase()) ? found.uri.slice(prefix.length) : found.uri;
    }
    return found.name;
}
/**
 * Why the certificate is not bound to `binding`, or undefined when it is. Every repository extension
 * present must name the repository (GitHub names compare case-insensitively); at least one must be
 * there: a certificate that names no repository cannot be tied to one.
 */
function repositoryBindingProblem(found, binding) {
    if (found.uri === undefined && found.name === undefined)
        return `certificate names no source repository (no Source Repository URI extension ${OID_SOURCE_REPOSITORY_URI} nor GitHub Workflow Repository ${OID_GITHUB_WORKFLOW_REPOSITORY}), so it cannot be tied to ${binding.repository}`;
    const expectedUri = `${binding.serverUrl.replace(/\/+$/, '')}/${binding.repository}`;
    if (found.uri !== undefined && found.uri.toLowerCase() !== expectedUri.toLowerCase())
        return `certificate source repository is ${found.uri}, not ${binding.repository} (a run of another repository signed it)`;
    if (found.name !== undefined && found.name.toLowerCase() !== binding.repository.toLowerCase())
        return `certificate source repository is ${found.name}, not ${binding.repository} (a run of another repository signed it)`;
    return undefined;
}
/**
 * A DER UTF8String's text (tag 0x0c, short or long length). Anything else yields the bytes as
 * text, which then simply fails the comparison.
 */
function derUtf8String(der) {
    if (der.length < 2 || der[0] !== 0x0c)
        return der.toString('utf8');
    let length = der[1];
    let offset = 2;
    if (length & 0x80) {
        const bytes = length & 0x7f;
        if (bytes === 0 || bytes > 4 || der.length < 2 + bytes)
            return der.toString('utf8');
        length = der.subarray(2, 2 + bytes).reduce((n, b) => n * 256 + b, 0);
        offset = 2 + bytes;
    }
    return der.subarray(offset, offset + length).toString('utf8');
}

// EXTERNAL MODULE: ./packages/release-kit/src/signing/policy.ts
var signing_policy = __webpack_require__(73556);
;// CONCATENATED MODULE: ./packages/release-kit/src/signing/verify.ts
// Verifies one cosign signature of one image digest against a policy, with sigstore-js doing the cryptography.




/**
 * Verify `candidate` for the image `digest`. Never throws for a bad signature: the verdict says why.
 * Trust problems (no trusted root, no network) are thrown, since they affect every signature alike.
 */
async function verifyCandidate(candidate, digest, policy, trust) {
    try {
        return candidate.format === 'legacy'
            ? await verifyLegacy(candidate, digest, policy, trust)
            : await verifyBundle(candidate, digest, policy, trust);
    }
    catch (error) {
        if (error instanceof RefusedSignature)
            return {
                verified: false,
                format: candidate.format,
                source: candidate.source,
                error: error.message,
                ...error.signer,
            };
        throw error;
    }
}
class RefusedSignature extends Error {
    signer;
    constructor(message, signer = {}) {
        super(message);
        this.signer = signer;
    }
}
async function verifyLegacy(sig, digest, policy, trust) {
    if (policy.mode === 'key' && policy.ignoreTlog) {
        // No log to consult: cosign --key --insecure-ignore-tlog checks just the ECDSA signature over the payload bytes.
        let ok;
        try {
            ok = (0,external_node_crypto_.verify)('sha256', sig.payload, policy.publicKey, Buffer.from(sig.signature, 'base64'));
        }
        catch {
            ok = false;
        }
        if (!ok)
            throw new RefusedSignature('signature does not verify with the public key (wrong key, or the payload was altered)');
        checkNamedDigest((0,cosign_formats/* simpleSigningDigest */._T)(sig.payload), digest);
        return { verified: true, format: 'legacy', identity: 'public-key', source: sig.source };
    }
    if (policy.mode === 'keyless' && !sig.certificatePem)
        throw new RefusedSignature('signature has no certificate: it was made with a key, but a keyless identity is required');
    if (!sig.rekorBundle) {
        throw new RefusedSignature(policy.mode === 'key'
            ? 'signature has no transparency-log proof (no dev.sigstore.cosign/bundle annotation); set ignore-tlog: true to accept key-based signatures made without the log'
            : 'signature has no transparency-log proof (no dev.sigstore.cosign/bundle annotation); keyless signatures always need it');
    }
    const serialized = (0,cosign_formats/* legacyToSerializedBundle */.Fk)(sig);
    const signer = await verifyWithSigstore(serialized, sig.payload, policy, trust, 'legacy');
    checkNamedDigest((0,cosign_formats/* simpleSigningDigest */._T)(sig.payload), digest);
    return { verified: true, format: 'legacy', ...signer, source: sig.source };
}
/**
 * Verify a GitHub artifact attestation (a Sigstore bundle around an in-toto statement, as
 * actions/attest-build-provenance makes it) about `digest`: the same checks as a cosign v3
 * signature, with the attestation's predicate type (SLSA provenance, say) instead of cosign's.
 */
async function verifyAttestation(bundle, digest, predicateType, policy, trust, source = 'GitHub attestation') {
    try {
        return await verifyBundle({ format: 'bundle', bundle, source }, digest, policy, trust, predicateType);
    }
    catch (error) {
        if (error instanceof RefusedSignature)
            return { verified: false, format: 'bundle', source, error: error.message, ...error.signer };
        throw error;
    }
}
async function verifyBundle(sig, digest, policy, trust, predicateType = cosign_formats/* COSIGN_SIGN_PREDICATE_TYPE */.Z4) {
    const envelope = sig.bundle
        ?.dsseEnvelope;
    if (!envelope?.payload)
        throw new RefusedSignature('the Sigstore bundle holds no DSSE envelope (cosign v3 signs images with an in-toto statement)');
    if (envelope.payloadType !== cosign_formats/* IN_TOTO_PAYLOAD_TYPE */.T4)
        throw new RefusedSignature(`the DSSE payload type is ${JSON.stringify(envelope.payloadType)}, not ${cosign_formats/* IN_TOTO_PAYLOAD_TYPE */.T4}`);
    const signer = await verifyWithSigstore(sig.bundle, undefined, policy, trust, 'bundle');
    let statement;
    try {
        statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        throw new RefusedSignature('the signed in-toto statement is not JSON', signer);
    }
    if (statement?.predicateType !== predicateType) {
        throw new RefusedSignature(predicateType === cosign_formats/* COSIGN_SIGN_PREDICATE_TYPE */.Z4
            ? `the signed statement is an attestation of type ${JSON.stringify(statement?.predicateType)}, not a cosign signature (${cosign_formats/* COSIGN_SIGN_PREDICATE_TYPE */.Z4})`
            : `the attestation's predicate type is ${JSON.stringify(statement?.predicateType)}, not ${predicateType}`, signer);
    }
    const subjects = (0,cosign_formats/* statementSubjectDigests */.Zf)(statement);
    if (!subjects.includes(digest)) {
        throw new RefusedSignature(`the signed statement names ${subjects.join(', ') || 'no sha256 subject'}, not ${predicateType === cosign_formats/* COSIGN_SIGN_PREDICATE_TYPE */.Z4 ? "this image's" : 'the subject'} ${digest}`, signer);
    }
    return { verified: true, format: 'bundle', ...signer, source: sig.source };
}
function checkNamedDigest(named, digest) {
    if (named === undefined)
        throw new RefusedSignature('the signed payload names no image digest (critical.image.docker-manifest-digest)');
    if (named !== digest)
        throw new RefusedSignature(`the signed payload names ${named}, not this image's ${digest} (a signature made for another image)`);
}
/**
 * Run sigstore-js over a bundle: certificate chain to a trusted CA (and SCT when the root has CT
 * logs), transparency-log inclusion (SET or proof) and body, and the signature itself. The identity
 * policy is then checked here rather than by sigstore-js, whose SAN check is an unanchored match.
 */
async function verifyWithSigstore(serialized, artifact, policy, trustProvider, format) {
    const [bundles, { Verifier, toSignedEntity }] = await Promise.all([
        __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 61040)),
        __webpack_require__.e(/* import() */ 187).then(__webpack_require__.bind(__webpack_require__, 54187)),
    ]);
    let bundle;
    try {
        bundle = bundles.bundleFromJSON(serialized);
        if (format === 'legacy' && !bundles.isBundleV01(bundle))
            throw new Error('a v0.1 bundle needs an inclusion promise on every log entry');
    }
    catch (error) {
        throw new RefusedSignature(`the signature is not a well-formed Sigstore bundle (${describe(error)})`);
    }
    const keyMaterial = bundle.verificationMaterial.content.$case;
    if (policy.mode === 'keyless' && keyMaterial === 'publicKey')
        throw new RefusedSignature('signature was made with a key, but a keyless identity is required');
    if (policy.mode === 'key' && keyMaterial !== 'publicKey')
        throw new RefusedSignature('signature carries a certificate (keyless), but a public key is required');
    const hasLog = bundle.verificationMaterial.tlogEntries.length > 0;
    if (!hasLog && !(policy.mode === 'key' && policy.ignoreTlog)) {
        throw new RefusedSignature(policy.mode === 'key'
            ? 'signature has no transparency-log entry; set ignore-tlog: true to accept key-based signatures made without the log'
            : 'signature has no transparency-log entry; keyless signatures always need the log proof');
    }
    const needLog = !(policy.mode === 'key' && policy.ignoreTlog);
    // Like cosign --insecure-ignore-tlog: log entries are not consulted at all (the trust material may list no logs).
    if (!needLog)
        bundle.verificationMaterial.tlogEntries = [];
    const trust = await trustProvider();
    const verifier = new Verifier(trust.material, {
        tlogThreshold: needLog ? 1 : 0,
        timestampThreshold: needLog ? 1 : 0,
        // A trusted root without CT logs (some private deployments) cannot vouch for any SCT.
        ctlogThreshold: policy.mode === 'keyless' && trust.hasCtLogs ? 1 : 0,
    });
    let signer;
    try {
        signer = verifier.verify(toSignedEntity(bundle, artifact));
    }
    catch (error) {
        throw new RefusedSignature(explainVerificationError(error));
    }
    if (needLog)
        checkLogEntryKeys(bundle, policy);
    if (policy.mode === 'key')
        return { identity: 'public-key' };
    const identity = signer.identity?.subjectAlternativeName;
    const issuer = signer.identity?.extensions?.issuer;
    const repository = certificateRepository(signer.identity?.oids);
    const who = {
        identity,
        issuer,
        sourceRepository: describeCertificateRepository(repository, policy.sourceRepository?.serverUrl ?? 'https://github.com'),
    };
    if (!(0,signing_policy/* identityMatches */.aK)(policy.identity, identity)) {
        throw new RefusedSignature(`certificate identity ${JSON.stringify(identity ?? '')} does not match ${(0,signing_policy/* describeIdentity */.Cl)(policy.identity)}`, who);
    }
    if (issuer !== policy.issuer) {
        throw new RefusedSignature(`certificate OIDC issuer ${JSON.stringify(issuer ?? '')} is not ${policy.issuer}`, who);
    }
    if (policy.sourceRepository) {
        const problem = repositoryBindingProblem(repository, policy.sourceRepository);
        if (problem)
            throw new RefusedSignature(problem, who);
    }
    return who;
}
/**
 * The log entry must be about this signer. sigstore-js matches the entry's signature and digest but
 * not the key or certificate recorded next to them; cosign does compare them, and so do we.
 */
function checkLogEntryKeys(bundle, policy) {
    const material = bundle.verificationMaterial.content;
    const expected = material.$case === 'x509CertificateChain'
        ? { kind: 'certificate', der: Buffer.from(material.x509CertificateChain.certificates[0].rawBytes) }
        : material.$case === 'certificate'
            ? { kind: 'certificate', der: Buffer.from(material.certificate.rawBytes) }
            : policy.mode === 'key'
                ? { kind: 'key', der: policy.publicKey.export({ type: 'spki', format: 'der' }) }
                : undefined;
    if (!expected)
        return;
    for (const entry of bundle.verificationMaterial.tlogEntries) {
        const recorded = recordedVerifier(Buffer.from(entry.canonicalizedBody).toString('utf8'));
        if (recorded === undefined)
            continue; // an entry kind without a recorded key: nothing more to compare
        let der;
        try {
            der =
                expected.kind === 'certificate'
                    ? (0,cosign_formats/* pemToDer */.BL)(recorded)[0]
                    : (0,external_node_crypto_.createPublicKey)(recorded).export({ type: 'spki', format: 'der' });
        }
        catch {
            der = undefined;
        }
        if (!der || !der.equals(expected.der)) {
            throw new RefusedSignature(`transparency-log entry records a different ${expected.kind === 'certificate' ? 'certificate' : 'public key'} than the signature carries`);
        }
    }
}
/** The PEM key or certificate a Rekor entry body records for its signature, if its kind has one. */
function recordedVerifier(bodyText) {
    try {
        const body = JSON.parse(bodyText);
        const paths = {
            hashedrekord: ['spec', 'signature', 'publicKey', 'content'],
            dsse: ['spec', 'signatures', 0, 'verifier'],
            intoto: ['spec', 'content', 'envelope', 'signatures', 0, 'publicKey'],
        };
        const path = typeof body.kind === 'string' ? paths[body.kind] : undefined;
        const b64 = path?.reduce((value, key) => value?.[key], body);
        return typeof b64 === 'string' ? Buffer.from(b64, 'base64').toString('utf8') : undefined;
    }
    catch {
        return undefined;
    }
}
/** sigstore-js error codes → what failed, in words a release engineer can act on. */
function explainVerificationError(error) {
    const code = error?.code;
    const detail = describe(error);
    switch (code) {
        case 'CERTIFICATE_ERROR':
            return `certificate is not trusted: ${detail} (not issued by a CA in the trust root, expired, or no valid SCT)`;
        case 'SIGNATURE_ERROR':
            return 'signature does not verify (the signed payload was altered, or it was signed by another key)';
        case 'PUBLIC_KEY_ERROR':
            return `public key not usable: ${detail}`;
        case 'TLOG_INCLUSION_PROMISE_ERROR':
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_MISSING_INCLUSION_ERROR':
            return `transparency-log proof does not verify against the trusted logs: ${detail}`;
        case 'TLOG_BODY_ERROR':
            return `transparency-log entry does not match the signature: ${detail} (the payload or signature was altered)`;
        case 'TLOG_ERROR':
            return `transparency-log proof missing: ${detail}`;
        case 'TIMESTAMP_ERROR':
            return `no verifiable signing time: ${detail} (a transparency-log entry with an inclusion promise is needed)`;
        default:
            return `verification failed: ${detail}`;
    }
}
function describe(error) {
    return String(error?.message ?? error).split('\n')[0];
}


/***/ })

};

//# sourceMappingURL=252.index.js.map