export const id = 622;
export const ids = [622];
export const modules = {

/***/ 622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pushChart: () => (/* binding */ pushChart)
/* harmony export */ });
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3818);

/**
 * Push `artifact` to `location`. The tag only ever points at complete content, since the registry
 * refuses a manifest whose blobs it lacks and an interrupted upload is restarted by the client.
 * The chart layer is HEADed and skipped when present. The config blob (a few hundred bytes) is only
 * HEADed when the layer was already there (an earlier run that died before tagging): on a fresh push
 * it is new whenever the layer is, and its HEAD would cost as much as sending it. That keeps a fresh
 * push to 2 HEADs (tag, by the caller; layer), 2 upload sessions and 1 manifest PUT.
 */
async function pushChart(client, artifact, location, log) {
    const { repository, tag } = location;
    const layerPresent = await client.blobExists(repository, artifact.layer.digest);
    if (layerPresent)
        log.info(`${repository}: chart layer ${artifact.layer.digest} already present`);
    else
        await client.uploadBlob(repository, artifact.layerBytes, artifact.layer.digest);
    const configPresent = layerPresent ? await client.blobExists(repository, artifact.config.digest) : undefined;
    if (!configPresent)
        await client.uploadBlob(repository, artifact.configBytes, artifact.config.digest);
    // putManifest checks that Docker-Content-Digest equals the digest of the bytes sent.
    await client.putManifest(repository, tag, artifact.manifest, _oci_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST */ .EG);
}


/***/ }),

/***/ 3818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT)
/* harmony export */ });
/* unused harmony exports DOCKER_MANIFEST, DOCKER_MANIFEST_LIST */
// The media types the OCI client negotiates and recognises.
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Every manifest type a GET asks for, in order of preference. */
const MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
/** True for an index (OCI index or Docker manifest list) rather than a single-image manifest. */
function isIndexMediaType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}


/***/ })

};

//# sourceMappingURL=622.index.js.map