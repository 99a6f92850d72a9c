export const id = 178;
export const ids = [178];
export const modules = {

/***/ 2178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRequiredAssets: () => (/* binding */ checkRequiredAssets),
/* harmony export */   describeAssetProblems: () => (/* binding */ describeAssetProblems)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Decide whether a release carries every asset it must have before it may be published.

/**
 * Check `required` (exact names or globs such as `*_checksums.txt`) against a release's assets.
 * A glob is satisfied by at least one matching asset, and every asset it matches must be complete.
 */
function checkRequiredAssets(assets, required) {
    const missing = [];
    const incomplete = new Set();
    for (const pattern of required) {
        const matches = picomatch__WEBPACK_IMPORTED_MODULE_0___default().scan(pattern).isGlob
            ? assets.filter((asset) => picomatch__WEBPACK_IMPORTED_MODULE_0___default()(pattern, { dot: true })(asset.name))
            : assets.filter((asset) => asset.name === pattern);
        if (!matches.length)
            missing.push(pattern);
        for (const asset of matches)
            if (asset.state !== 'uploaded')
                incomplete.add(`${asset.name} (${asset.state})`);
    }
    return { missing, incomplete: [...incomplete] };
}
/** One line listing what is wrong, or undefined when nothing is. */
function describeAssetProblems(report) {
    const parts = [];
    if (report.missing.length)
        parts.push(`missing ${report.missing.join(', ')}`);
    if (report.incomplete.length)
        parts.push(`not completely uploaded ${report.incomplete.join(', ')}`);
    return parts.length ? parts.join('; ') : undefined;
}


/***/ })

};

//# sourceMappingURL=178.index.js.map