export const id = 191;
export const ids = [191];
export const modules = {

/***/ 9191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PUBLISH_BUDGET_MS: () => (/* binding */ PUBLISH_BUDGET_MS),
/* harmony export */   REQUEST_TIMEOUT_MS: () => (/* binding */ REQUEST_TIMEOUT_MS),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22270);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24371);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/**
 * The one Octokit the publisher uses: `@actions/github`'s client with retry (5xx and network errors, with
 * backoff) and throttling (GitHub's primary and secondary rate limits, `retry-after` honoured, writes spaced as
 * GitHub asks). Tests pass `waitScale: 0` so retries do not sleep.
 *
 * Every request has a deadline (REQUEST_TIMEOUT_MS) and is retried at most 3 times, so one API call that never
 * answers costs at most about 4 × 20 s plus backoff; after PUBLISH_BUDGET_MS in all, no new request starts (each
 * fails at once), which bounds the whole publishing part of a step at about 3 minutes whatever GitHub does.
 * Requests go through undici's environment proxy agent (HTTPS_PROXY, HTTP_PROXY, NO_PROXY).
 */




const REQUEST_TIMEOUT_MS = 20_000;
const PUBLISH_BUDGET_MS = 180_000;
/** fetch with the proxy agent, a deadline per request and an overall budget. */
function boundedFetch(timeoutMs, budgetMs) {
    const dispatcher = new undici__WEBPACK_IMPORTED_MODULE_1__/* .EnvHttpProxyAgent */ .J2();
    const until = Date.now() + budgetMs;
    return ((url, init = {}) => {
        if (Date.now() > until)
            return Promise.reject(new Error(`the ${Math.round(budgetMs / 1000)} s budget for GitHub requests is used up`));
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return (0,undici__WEBPACK_IMPORTED_MODULE_1__/* .fetch */ .hd)(url, { ...init, dispatcher, signal });
    });
}
/** Retries after a rate limit: enough to ride out a burst, not enough to hang a job for an hour. */
const MAX_RATE_LIMIT_RETRIES = 2;
/** A primary rate limit that resets later than this is reported instead of waited out. */
const MAX_RATE_LIMIT_WAIT_S = 120;
function createGitHubClient(opts) {
    const log = opts.log ?? (() => { });
    const waitScale = opts.waitScale ?? 1000;
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(opts.token, {
        baseUrl: opts.baseUrl.replace(/\/+$/, ""),
        request: { fetch: boundedFetch(opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, opts.budgetMs ?? PUBLISH_BUDGET_MS) },
        ...(opts.userAgent ? { userAgent: opts.userAgent } : {}),
        retry: { retryAfterBaseValue: waitScale, retries: 3 },
        throttle: {
            enabled: opts.throttle ?? true,
            retryAfterBaseValue: waitScale,
            fallbackSecondaryRateRetryAfter: 60,
            onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
                log(`GitHub secondary rate limit on ${options.method} ${options.url}; waiting ${retryAfter} s (retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
            onRateLimit: (retryAfter, options, _o, retryCount) => {
                if (retryAfter > MAX_RATE_LIMIT_WAIT_S || retryCount >= MAX_RATE_LIMIT_RETRIES) {
                    log(`GitHub rate limit reached on ${options.method} ${options.url}; it resets in ${retryAfter} s, not waiting`);
                    return false;
                }
                log(`GitHub rate limit reached on ${options.method} ${options.url}; waiting ${retryAfter} s`);
                return true;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}


/***/ })

};
