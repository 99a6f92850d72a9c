export const id = 881;
export const ids = [881];
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

/***/ 19881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findSignatures: () => (/* binding */ findSignatures)
/* harmony export */ });
/* harmony import */ var _cosign_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62252);

/** Bundles and signature payloads are small; anything bigger is not a signature. */
const MAX_SIGNATURE_BLOB_BYTES = 1024 * 1024;
/** Collect every signature of `digest` in `repository`, in both formats. */
async function findSignatures(client, repository, digest) {
    const candidates = [];
    const looked = [];
    const legacyTag = (0,_cosign_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .legacySignatureTag */ .eG)(digest);
    looked.push(`tag ${legacyTag}`);
    if (await client.manifestExists(repository, legacyTag)) {
        const manifest = await client.getManifest(repository, legacyTag);
        for (const layer of (0,_cosign_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .legacySignatureLayers */ .s)(manifest.json)) {
            const blob = await client.getBlob(repository, layer.digest, { maxBytes: MAX_SIGNATURE_BLOB_BYTES });
            const signature = (0,_cosign_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .legacySignatureFromLayer */ .TT)(layer, blob, `${repository}:${legacyTag}`);
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
        if (descriptor.artifactType !== undefined && descriptor.artifactType !== _cosign_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGSTORE_BUNDLE_V03_MEDIA_TYPE */ .cX)
            continue;
        const manifest = await client.getManifest(repository, descriptor.digest);
        const artifactType = manifest.json.artifactType ?? manifest.json.config?.mediaType;
        if (artifactType !== _cosign_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGSTORE_BUNDLE_V03_MEDIA_TYPE */ .cX &&
            !(manifest.json.layers ?? []).some((l) => l.mediaType === _cosign_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGSTORE_BUNDLE_V03_MEDIA_TYPE */ .cX))
            continue;
        if (manifest.json.subject?.digest !== undefined && manifest.json.subject.digest !== digest)
            continue;
        for (const layer of manifest.json.layers ?? []) {
            if (layer.mediaType !== _cosign_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGSTORE_BUNDLE_V03_MEDIA_TYPE */ .cX)
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


/***/ })

};

//# sourceMappingURL=881.index.js.map