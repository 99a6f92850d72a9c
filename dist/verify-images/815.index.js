export const id = 815;
export const ids = [815];
export const modules = {

/***/ 2252:
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
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

/***/ 815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCandidate: () => (/* binding */ verifyCandidate)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cosign_formats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2252);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3556);
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
            ok = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', sig.payload, policy.publicKey, Buffer.from(sig.signature, 'base64'));
        }
        catch {
            ok = false;
        }
        if (!ok)
            throw new RefusedSignature('signature does not verify with the public key (wrong key, or the payload was altered)');
        checkNamedDigest((0,_cosign_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .simpleSigningDigest */ ._T)(sig.payload), digest);
        return { verified: true, format: 'legacy', identity: 'public-key', source: sig.source };
    }
    if (policy.mode === 'keyless' && !sig.certificatePem)
        throw new RefusedSignature('signature has no certificate: it was made with a key, but a keyless identity is required');
    if (!sig.rekorBundle) {
        throw new RefusedSignature(policy.mode === 'key'
            ? 'signature has no transparency-log proof (no dev.sigstore.cosign/bundle annotation); set ignore-tlog: true to accept key-based signatures made without the log'
            : 'signature has no transparency-log proof (no dev.sigstore.cosign/bundle annotation); keyless signatures always need it');
    }
    const serialized = (0,_cosign_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .legacyToSerializedBundle */ .Fk)(sig);
    const signer = await verifyWithSigstore(serialized, sig.payload, policy, trust, 'legacy');
    checkNamedDigest((0,_cosign_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .simpleSigningDigest */ ._T)(sig.payload), digest);
    return { verified: true, format: 'legacy', ...signer, source: sig.source };
}
async function verifyBundle(sig, digest, policy, trust) {
    const envelope = sig.bundle
        ?.dsseEnvelope;
    if (!envelope?.payload)
        throw new RefusedSignature('the Sigstore bundle holds no DSSE envelope (cosign v3 signs images with an in-toto statement)');
    if (envelope.payloadType !== _cosign_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_PAYLOAD_TYPE */ .T4)
        throw new RefusedSignature(`the DSSE payload type is ${JSON.stringify(envelope.payloadType)}, not ${_cosign_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_PAYLOAD_TYPE */ .T4}`);
    const signer = await verifyWithSigstore(sig.bundle, undefined, policy, trust, 'bundle');
    let statement;
    try {
        statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        throw new RefusedSignature('the signed in-toto statement is not JSON', signer);
    }
    if (statement?.predicateType !== _cosign_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4) {
        throw new RefusedSignature(`the signed statement is an attestation of type ${JSON.stringify(statement?.predicateType)}, not a cosign signature (${_cosign_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .COSIGN_SIGN_PREDICATE_TYPE */ .Z4})`, signer);
    }
    const subjects = (0,_cosign_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .statementSubjectDigests */ .Zf)(statement);
    if (!subjects.includes(digest)) {
        throw new RefusedSignature(`the signed statement names ${subjects.join(', ') || 'no sha256 subject'}, not this image's ${digest}`, signer);
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
        __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 1040)),
        __webpack_require__.e(/* import() */ 187).then(__webpack_require__.bind(__webpack_require__, 4187)),
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
    if (!(0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .identityMatches */ .aK)(policy.identity, identity)) {
        throw new RefusedSignature(`certificate identity ${JSON.stringify(identity ?? '')} does not match ${(0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .describeIdentity */ .Cl)(policy.identity)}`, { identity, issuer });
    }
    if (issuer !== policy.issuer) {
        throw new RefusedSignature(`certificate OIDC issuer ${JSON.stringify(issuer ?? '')} is not ${policy.issuer}`, {
            identity,
            issuer,
        });
    }
    return { identity, issuer };
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
                    ? (0,_cosign_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .pemToDer */ .BL)(recorded)[0]
                    : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(recorded).export({ type: 'spki', format: 'der' });
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

//# sourceMappingURL=815.index.js.map