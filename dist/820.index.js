export const id = 820;
export const ids = [820];
export const modules = {

/***/ 79820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   processBatch: () => (/* binding */ processBatch),
/* harmony export */   processDoc: () => (/* binding */ processDoc)
/* harmony export */ });
/* harmony import */ var _lint_and_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83627);

function parseError(e) {
    return e instanceof RangeError
        ? "the Markdown parser ran out of stack (nesting too deep)"
        : `the Markdown parser rejected it (${e.message})`;
}
/**
 * The per-file work: scan `text` and lint it with `lintConfig` (markdownlint's effective configuration for this
 * file; none when linting is off or done elsewhere, and then markdownlint runs with every rule off, for its tokens:
 * one micromark parse costs less than remark's parse and compile). A file that did not parse is not linted.
 */
async function processDoc(path, text, lintConfig) {
    const lintOn = lintConfig !== undefined;
    let r;
    try {
        r = await (0,_lint_and_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .lintAndScan */ .G8)(path, text, (0,_lint_and_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .withCapture */ .jb)(lintConfig), lintOn);
    }
    catch (e) {
        // Only remark's fallback throws: the file did not parse.
        return { error: parseError(e) };
    }
    if (!lintOn)
        return { scan: r.scan };
    const lint = r.failed ? { failed: r.failed } : { errors: r.errors ?? [], suppressed: r.suppressed };
    return { scan: r.scan, lint };
}
/** The jobs one after the other; one per job, in job order. */
async function processBatch(jobs, lintConfig) {
    const out = [];
    for (const j of jobs)
        out.push(await processDoc(j.path, j.text, lintConfig));
    return out;
}


/***/ })

};
