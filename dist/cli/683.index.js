export const id = 683;
export const ids = [683];
export const modules = {

/***/ 5683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createExternalLinkChecker: () => (/* binding */ createExternalLinkChecker)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/links/address-policy.ts
/**
 * Which network addresses a link check may connect to (the SSRF guard's pure half). Documentation links come from
 * pull requests, so a link (or a redirect, or a DNS answer) must not make the runner talk to its own loopback,
 * the private network, or the cloud metadata service.
 */

function parseV4(text) {
    const parts = text.split(".");
    if (parts.length !== 4)
        return null;
    const bytes = [];
    for (const p of parts) {
        if (!/^\d{1,3}$/.test(p))
            return null;
        const n = Number(p);
        if (n > 255)
            return null;
        bytes.push(n);
    }
    return bytes;
}
function parseV6(text) {
    let rest = text;
    let tail = [];
    // An embedded dotted quad at the end (`::ffff:127.0.0.1`) stands for the last two groups.
    const lastColon = rest.lastIndexOf(":");
    if (rest.slice(lastColon + 1).includes(".")) {
        const v4 = parseV4(rest.slice(lastColon + 1));
        if (!v4)
            return null;
        tail = v4;
        rest = `${rest.slice(0, lastColon + 1)}0:0`;
    }
    const halves = rest.split("::");
    if (halves.length > 2)
        return null;
    const groups = (s) => (s === "" ? [] : s.split(":"));
    const head = groups(halves[0] ?? "");
    const back = halves.length === 2 ? groups(halves[1] ?? "") : [];
    const missing = 8 - head.length - back.length;
    if (halves.length === 2 ? missing < 1 : missing !== 0)
        return null;
    const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...back];
    const bytes = [];
    for (const g of all) {
        if (!/^[0-9a-f]{1,4}$/i.test(g))
            return null;
        const n = Number.parseInt(g, 16);
        bytes.push(n >> 8, n & 0xff);
    }
    if (tail.length === 4)
        bytes.splice(12, 4, ...tail);
    return bytes;
}
/** Parses an IPv4 or IPv6 address (brackets and a `%zone` suffix are allowed); null when it is not one. */
function parseIp(address) {
    let text = address.trim();
    if (text.startsWith("[") && text.endsWith("]"))
        text = text.slice(1, -1);
    const zone = text.indexOf("%");
    if (zone >= 0)
        text = text.slice(0, zone);
    const kind = (0,external_node_net_.isIP)(text);
    if (kind === 4) {
        const bytes = parseV4(text);
        return bytes ? { family: 4, bytes } : null;
    }
    if (kind === 6) {
        const bytes = parseV6(text.toLowerCase());
        return bytes ? { family: 6, bytes } : null;
    }
    return null;
}
function classifyV4(b) {
    const [a = 0, c = 0] = b;
    if (a === 0)
        return "unspecified"; // 0.0.0.0/8 "this network": connecting to it reaches the local host
    if (a === 127)
        return "loopback";
    if (a === 10)
        return "private";
    if (a === 172 && c >= 16 && c <= 31)
        return "private";
    if (a === 192 && c === 168)
        return "private";
    if (a === 100 && c >= 64 && c <= 127)
        return "private"; // carrier-grade NAT, 100.64.0.0/10
    if (a === 169 && c === 254)
        return "link-local"; // includes 169.254.169.254, the cloud metadata service
    if (a >= 224 && a <= 239)
        return "multicast";
    if (a >= 240)
        return "reserved"; // 240.0.0.0/4 and the broadcast address
    if (a === 192 && c === 0 && b[2] === 0)
        return "reserved"; // 192.0.0.0/24 protocol assignments
    if (a === 198 && (c === 18 || c === 19))
        return "reserved"; // benchmarking 198.18.0.0/15
    return "public";
}
function classifyV6(b) {
    const zeroUpTo = (n) => b.slice(0, n).every((x) => x === 0);
    if (zeroUpTo(16))
        return "unspecified";
    if (zeroUpTo(15) && b[15] === 1)
        return "loopback";
    // IPv4-mapped (::ffff:a.b.c.d) and the deprecated IPv4-compatible (::a.b.c.d) forms reach the IPv4 address.
    if (zeroUpTo(10) && b[10] === 0xff && b[11] === 0xff)
        return classifyV4(b.slice(12));
    if (zeroUpTo(12))
        return classifyV4(b.slice(12));
    // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) embed an IPv4 address a gateway will connect to.
    if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && b.slice(4, 12).every((x) => x === 0)) {
        return classifyV4(b.slice(12));
    }
    if (b[0] === 0x20 && b[1] === 0x02) {
        const inner = classifyV4(b.slice(2, 6));
        if (inner !== "public")
            return inner;
    }
    const first = b[0] ?? 0;
    const second = b[1] ?? 0;
    if ((first & 0xfe) === 0xfc)
        return "private"; // unique local fc00::/7
    if (first === 0xfe && (second & 0xc0) === 0x80)
        return "link-local"; // fe80::/10
    if (first === 0xfe && (second & 0xc0) === 0xc0)
        return "private"; // deprecated site-local fec0::/10
    if (first === 0xff)
        return "multicast";
    return "public";
}
/** The class of an address; anything but `public` is refused unless allowed explicitly. */
function classifyAddress(address) {
    const ip = parseIp(address);
    if (!ip)
        return "invalid";
    return ip.family === 4 ? classifyV4(ip.bytes) : classifyV6(ip.bytes);
}
function compileAllowList(entries) {
    const hosts = new Set();
    const ranges = [];
    for (const raw of entries) {
        const entry = raw.trim().toLowerCase();
        const slash = entry.indexOf("/");
        const ip = parseIp(slash >= 0 ? entry.slice(0, slash) : entry);
        if (ip) {
            const max = ip.family === 4 ? 32 : 128;
            const prefix = slash >= 0 ? Number(entry.slice(slash + 1)) : max;
            if (Number.isInteger(prefix) && prefix >= 0 && prefix <= max)
                ranges.push({ ip, prefix });
        }
        else {
            hosts.add(entry.replace(/^\[|\]$/g, ""));
        }
    }
    return { hosts, ranges };
}
function inRange(ip, range) {
    if (ip.family !== range.ip.family)
        return false;
    let bits = range.prefix;
    for (let i = 0; bits > 0; i++, bits -= 8) {
        const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
        if (((ip.bytes[i] ?? 0) & mask) !== ((range.ip.bytes[i] ?? 0) & mask))
            return false;
    }
    return true;
}
function isAllowedAddress(address, allow) {
    const ip = parseIp(address);
    return ip !== null && allow.ranges.some((r) => inRange(ip, r));
}
/**
 * Decides whether `host` may be contacted at the given resolved addresses. Every address must pass: a name that
 * answers with one public and one private address is refused, since the connection could land on either.
 */
function checkAddresses(host, addresses, allow) {
    const name = host.toLowerCase().replace(/^\[|\]$/g, "");
    if (allow.hosts.has(name))
        return { allowed: true };
    for (const address of addresses) {
        const addressClass = classifyAddress(address);
        if (addressClass === "public")
            continue;
        if (isAllowedAddress(address, allow))
            continue;
        return { allowed: false, address, addressClass };
    }
    return { allowed: true };
}

;// CONCATENATED MODULE: ./src/links/fragments.ts
/** Fragment checks: does an HTML page carry an element with the `id` (or `name`) a link's `#fragment` names? */
const ATTRIBUTE = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
function decodeEntities(text) {
    return text
        .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
        .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
}
/** Every `id` and `name` attribute value in an HTML document. */
function htmlAnchors(html) {
    const out = new Set();
    for (const m of html.matchAll(ATTRIBUTE))
        out.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ""));
    return out;
}
/** The fragment as the page names it (percent-decoded), or null when no check applies. */
function fragmentToCheck(url) {
    const raw = url.hash.slice(1);
    if (raw === "" || raw.toLowerCase() === "top")
        return null; // HTML: an empty or `top` fragment scrolls to the top
    if (raw.startsWith(":~:"))
        return null; // text fragments name text, not elements
    const host = url.hostname.toLowerCase();
    // GitHub's code views scroll to lines with script (#L10, #L10-L20), not with ids in the HTML.
    if ((host === "github.com" || host.endsWith(".github.com")) && /^L\d+(C\d+)?(-L\d+(C\d+)?)?$/.test(raw))
        return null;
    try {
        return decodeURIComponent(raw);
    }
    catch {
        return raw;
    }
}
/** GitHub renders Markdown headings with `user-content-` ids and resolves the bare name with script. */
function hasFragment(anchors, fragment) {
    return (anchors.has(fragment) ||
        anchors.has(`user-content-${fragment}`) ||
        anchors.has(`user-content-${fragment.toLowerCase()}`));
}

;// CONCATENATED MODULE: ./src/links/github.ts
/**
 * github.com links: with a token, repository and account pages are checked through the REST API (one small JSON
 * answer, authenticated, with a documented rate limit) instead of scraping HTML, which GitHub throttles hard.
 */
/** First path segments on github.com that are site pages, not accounts. */
const SITE_PAGES = new Set([
    "about",
    "account",
    "apps",
    "blog",
    "collections",
    "contact",
    "customer-stories",
    "enterprise",
    "events",
    "explore",
    "features",
    "login",
    "logout",
    "marketplace",
    "new",
    "notifications",
    "orgs",
    "organizations",
    "pricing",
    "pulls",
    "issues",
    "search",
    "security",
    "settings",
    "site",
    "sponsors",
    "team",
    "topics",
    "trending",
    "users",
    "join",
]);
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
/**
 * The API request that answers for a URL on the GitHub whose API and token we have (`github.com`, or a GitHub
 * Enterprise Server's host), or null when the URL is not a repository or account page there.
 */
function githubApiTarget(url, host = "github.com") {
    if (url.hostname.toLowerCase() !== host.toLowerCase() || url.search !== "")
        return null;
    const parts = url.pathname.split("/").filter((p) => p !== "");
    if (parts.length === 0 || parts.length > 2)
        return null;
    const [owner = "", rawRepo] = parts;
    if (!NAME.test(owner) || SITE_PAGES.has(owner.toLowerCase()))
        return null;
    if (rawRepo === undefined)
        return { apiPath: `/users/${owner}`, kind: "user" };
    const repo = rawRepo.replace(/\.git$/, "");
    if (!REPO.test(repo) || repo === "." || repo === "..")
        return null;
    return { apiPath: `/repos/${owner}/${repo}`, kind: "repo" };
}
/** The link as the page's canonical address would write it, for comparing with the API's `html_url`. */
function sameGithubPage(link, htmlUrl) {
    const norm = (s) => s
        .replace(/\.git$/, "")
        .replace(/\/+$/, "")
        .toLowerCase();
    const linkPath = norm(`${link.origin}${link.pathname}`);
    return linkPath === norm(htmlUrl);
}
/** What GitHub's rate-limit headers say: requests left and when the window resets (ms since the epoch). */
function readRateLimit(headers) {
    const one = (v) => (Array.isArray(v) ? v[0] : v);
    const remaining = Number(one(headers["x-ratelimit-remaining"]));
    const reset = Number(one(headers["x-ratelimit-reset"]));
    if (!Number.isFinite(remaining) || !Number.isFinite(reset))
        return null;
    return { remaining, resetAt: reset * 1000 };
}

;// CONCATENATED MODULE: ./src/links/host-limiter.ts
class HostLimiter {
    total;
    hostLimit;
    now;
    active = 0;
    perHost = new Map();
    pausedUntil = new Map();
    waiters = [];
    timer;
    /** Highest number of requests in flight per host, for the run summary and tests. */
    peakPerHost = new Map();
    constructor(total, hostLimit, now = Date.now) {
        this.total = total;
        this.hostLimit = hostLimit;
        this.now = now;
    }
    acquire(host) {
        return new Promise((grant) => {
            this.waiters.push({ host, grant });
            this.dispatch();
        });
    }
    /** Hold back new requests to `host` until `until` (ms since the epoch). */
    pause(host, until) {
        if (until > (this.pausedUntil.get(host) ?? 0))
            this.pausedUntil.set(host, until);
    }
    /** Requests waiting per host (for the progress line). */
    queued() {
        const out = new Map();
        for (const w of this.waiters)
            out.set(w.host, (out.get(w.host) ?? 0) + 1);
        return out;
    }
    isPaused(host, now) {
        const until = this.pausedUntil.get(host);
        if (until === undefined)
            return false;
        if (until <= now) {
            this.pausedUntil.delete(host);
            return false;
        }
        return true;
    }
    dispatch() {
        const now = this.now();
        let earliestPause = Number.POSITIVE_INFINITY;
        if (this.active >= this.total || this.waiters.length === 0)
            return;
        const remaining = [];
        for (let i = 0; i < this.waiters.length; i++) {
            const w = this.waiters[i];
            if (this.active >= this.total) {
                // Full: the rest keep their places without being looked at.
                for (let j = i; j < this.waiters.length; j++)
                    remaining.push(this.waiters[j]);
                break;
            }
            const inHost = this.perHost.get(w.host) ?? 0;
            if (inHost >= this.hostLimit) {
                remaining.push(w);
                continue;
            }
            if (this.isPaused(w.host, now)) {
                earliestPause = Math.min(earliestPause, this.pausedUntil.get(w.host) ?? now);
                remaining.push(w);
                continue;
            }
            this.active++;
            this.perHost.set(w.host, inHost + 1);
            this.peakPerHost.set(w.host, Math.max(this.peakPerHost.get(w.host) ?? 0, inHost + 1));
            w.grant(this.releaser(w.host));
        }
        this.waiters = remaining;
        if (Number.isFinite(earliestPause) && this.timer === undefined) {
            this.timer = setTimeout(() => {
                this.timer = undefined;
                this.dispatch();
            }, Math.max(1, earliestPause - now));
        }
    }
    releaser(host) {
        let done = false;
        return () => {
            if (done)
                return;
            done = true;
            this.active--;
            const n = (this.perHost.get(host) ?? 1) - 1;
            if (n === 0)
                this.perHost.delete(host);
            else
                this.perHost.set(host, n);
            this.dispatch();
        };
    }
}

;// CONCATENATED MODULE: ./src/links/headers.ts
/** Per-host request headers from the config, with `${VAR}` taken from the environment. Values are never shown. */
function resolveHeaders(map, env) {
    const byHost = new Map();
    const problems = [];
    for (const [host, headers] of Object.entries(map)) {
        const out = {};
        for (const [name, template] of Object.entries(headers)) {
            const missing = [];
            const value = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, v) => {
                const found = env[v];
                if (found === undefined || found === "")
                    missing.push(v);
                return found ?? "";
            });
            if (missing.length > 0) {
                problems.push(`header ${name} for ${host} is not sent: environment variable ${missing.join(", ")} is not set`);
                continue;
            }
            out[name.toLowerCase()] = value;
        }
        byHost.set(host.toLowerCase(), out);
    }
    return { byHost, problems };
}
/** Headers for a URL's host: an entry for `host:port` wins over one for the bare host name. */
function headersFor(resolved, url) {
    return resolved.byHost.get(url.host.toLowerCase()) ?? resolved.byHost.get(url.hostname.toLowerCase()) ?? {};
}

// EXTERNAL MODULE: ./src/core/util/regex-runner.ts + 1 modules
var regex_runner = __webpack_require__(1709);
// EXTERNAL MODULE: ./src/core/util/budgets.ts
var budgets = __webpack_require__(9770);
;// CONCATENATED MODULE: ./src/links/url-rules.ts
/**
 * Which URLs are checked at all (`include` / `exclude` patterns and schemes), and how URLs are grouped. The
 * patterns come from the config and the URLs from the pull request's Markdown, so a pattern that backtracks
 * (`^https?://(a+)+$`) runs with a time limit per URL, like the compliance patterns.
 */


function compileUrlRules(include, exclude, timeoutMs = budgets/* URL_PATTERN_TIMEOUT_MS */.sF) {
    // Compiled once here so that a bad pattern fails at the start, as before; matching happens in the runner.
    for (const p of [...include, ...exclude])
        new RegExp(p);
    return { include: [...include], exclude: [...exclude], timeoutMs };
}
/**
 * Null when the URL is to be checked, otherwise why not. With `include` patterns, only URLs matching one are
 * checked; `exclude` then removes URLs from that set. A pattern that runs out of time leaves the URL unverified.
 */
function exclusionReason(url, rules) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null; // checked, and reported as an invalid URL
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
        return { outcome: "excluded", detail: "only http and https links are checked" };
    const test = (pattern) => {
        const r = (0,regex_runner/* runRegex */.f)(pattern, "", url, rules.timeoutMs);
        if ("timedOut" in r)
            return {
                outcome: "unverified",
                detail: `the URL pattern ${pattern} took longer than ${rules.timeoutMs} ms on it (a pattern that backtracks); it was not checked`,
            };
        return r.found;
    };
    if (rules.include.length > 0) {
        let included = false;
        for (const p of rules.include) {
            const r = test(p);
            if (typeof r === "object")
                return r;
            if (r) {
                included = true;
                break;
            }
        }
        if (!included)
            return { outcome: "excluded", detail: "matches no include pattern" };
    }
    for (const p of rules.exclude) {
        const r = test(p);
        if (typeof r === "object")
            return r;
        if (r)
            return { outcome: "excluded", detail: `matches the exclude pattern ${p}` };
    }
    return null;
}
/** The page a URL points at: the URL without its fragment. Pages are what the network sees, once each. */
function pageOf(url) {
    const copy = new URL(url.href);
    copy.hash = "";
    return copy.href;
}
/** Key for per-host limits: host name and port (distinct ports are distinct servers). */
function hostKey(url) {
    return url.host.toLowerCase();
}

;// CONCATENATED MODULE: ./src/links/http-client.ts

const TLS_CODES = new Set([
    "CERT_HAS_EXPIRED",
    "CERT_NOT_YET_VALID",
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "UNABLE_TO_GET_ISSUER_CERT",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "CERT_REVOKED",
    "CERT_UNTRUSTED",
    "EPROTO",
]);
function errorCodes(e) {
    const codes = [];
    let cur = e;
    for (let i = 0; i < 5 && cur; i++) {
        const code = cur.code;
        if (typeof code === "string")
            codes.push(code);
        cur = cur.cause;
    }
    return codes;
}
/** Failures of this machine's network (or its proxy), not of the linked site: the link is not verified. */
const NETWORK_CODES = new Set(["ENETUNREACH", "ENETDOWN", "UND_ERR_PROXY", "ERR_PROXY_CONNECTION_FAILED"]);
/** Maps a failed exchange to an outcome. Exported for tests. */
function classifyError(e, timedOut) {
    const codes = errorCodes(e);
    const has = (pred) => codes.some(pred);
    if (timedOut ||
        has((c) => c === "UND_ERR_CONNECT_TIMEOUT" || c === "UND_ERR_HEADERS_TIMEOUT" || c === "UND_ERR_BODY_TIMEOUT")) {
        return { kind: "failure", outcome: "timeout", detail: "no answer within the timeout", retryable: true };
    }
    if (has((c) => c === "ERR_LINK_BLOCKED")) {
        return { kind: "failure", outcome: "blocked", detail: e.message, retryable: false };
    }
    if (has((c) => c === "EAI_AGAIN" || NETWORK_CODES.has(c))) {
        const code = codes.find((c) => c === "EAI_AGAIN" || NETWORK_CODES.has(c));
        return { kind: "failure", outcome: "unverified", detail: `could not check (network): ${code}`, retryable: true };
    }
    if (has((c) => c === "ENOTFOUND" || c === "EAI_NONAME")) {
        return {
            kind: "failure",
            outcome: "dns-failure",
            detail: "the host name does not resolve",
            retryable: false,
        };
    }
    if (has((c) => TLS_CODES.has(c) || c.startsWith("ERR_TLS_") || c.startsWith("ERR_SSL_") || c.startsWith("ERR_OSSL_"))) {
        const code = codes.find((c) => TLS_CODES.has(c) || c.startsWith("ERR_")) ?? "TLS";
        return { kind: "failure", outcome: "tls-error", detail: `the TLS connection failed (${code})`, retryable: false };
    }
    if (has((c) => c === "ECONNREFUSED")) {
        return { kind: "failure", outcome: "error", detail: "the connection was refused", retryable: true };
    }
    const code = codes[0];
    return {
        kind: "failure",
        outcome: "error",
        detail: code ? `the request failed (${code})` : "the request failed",
        retryable: true,
    };
}
async function readCapped(body, cap) {
    const chunks = [];
    let size = 0;
    let truncated = false;
    for await (const chunk of body) {
        const buf = chunk;
        if (size + buf.length > cap) {
            chunks.push(buf.subarray(0, cap - size));
            truncated = true;
            break;
        }
        chunks.push(buf);
        size += buf.length;
    }
    if (truncated)
        body.destroy();
    return { text: Buffer.concat(chunks).toString("utf8"), truncated };
}
async function exchange(deps, url, methodFor, headers, wantBody) {
    const resolution = await deps.resolver.resolve(url.hostname);
    if (!resolution.ok) {
        // A temporary DNS failure says nothing about the link: it could not be checked, it is not "no such host".
        const temporary = resolution.kind !== "blocked" && resolution.retryable;
        return {
            kind: "failure",
            outcome: resolution.kind === "blocked" ? "blocked" : temporary ? "unverified" : "dns-failure",
            detail: temporary ? `could not check (network): ${resolution.detail}` : resolution.detail,
            retryable: resolution.retryable,
        };
    }
    const host = hostKey(url);
    const release = await deps.limiter.acquire(host);
    // Chosen once the slot is granted, so what earlier requests learned about the host (HEAD refused) applies.
    const method = typeof methodFor === "function" ? methodFor() : methodFor;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, deps.timeoutMs);
    const started = deps.now();
    const viaProxy = deps.proxyFor?.(url) ?? null;
    try {
        const res = await (viaProxy ?? deps.dispatcher).request({
            origin: url.origin,
            path: `${url.pathname}${url.search}`,
            method,
            headers: {
                "user-agent": deps.userAgent,
                accept: "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8",
                // Bodies are read only to look for fragments; an identity body needs no decompression.
                "accept-encoding": "identity",
                ...headers,
            },
            signal: controller.signal,
            // undici closes the connection after every HEAD (for servers that wrongly send a body); keeping it open is
            // what makes HEAD-first checking fast. A server that does send a body breaks the next exchange on that
            // connection, which then fails as a retryable error and is retried on a fresh one.
            reset: false,
        });
        if (method === "HEAD")
            deps.onHeadStatus?.(host, res.statusCode);
        if (wantBody && res.statusCode >= 200 && res.statusCode < 300) {
            const { text, truncated } = await readCapped(res.body, deps.bodyCap);
            return { kind: "response", method, status: res.statusCode, headers: res.headers, body: text, truncated };
        }
        // Read a little so the connection can be reused; anything longer is dropped with its socket.
        await res.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
        return { kind: "response", method, status: res.statusCode, headers: res.headers };
    }
    catch (e) {
        const failure = classifyError(e, timedOut);
        // Through a proxy, a refused or failed connection is the proxy's (or its network's), not the linked site's.
        if (viaProxy && (failure.outcome === "error" || failure.outcome === "dns-failure"))
            return {
                ...failure,
                outcome: "unverified",
                detail: `could not check (network): through the proxy, ${failure.detail}`,
            };
        return failure;
    }
    finally {
        clearTimeout(timer);
        deps.onRequest?.(host, deps.now() - started);
        release();
    }
}

;// CONCATENATED MODULE: ./src/links/timing.ts
/** Durations, `Retry-After` and backoff: small pure helpers for the checker's politeness. */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `30m`, `12h`, `1d`, `500ms` → milliseconds (the config schema has already checked the shape). */
function parseDuration(text) {
    const m = /^(\d+)(ms|s|m|h|d)$/.exec(text.trim());
    if (!m)
        throw new Error(`not a duration: ${JSON.stringify(text)} (expected e.g. 30m, 12h or 1d)`);
    return Number(m[1]) * UNIT_MS[m[2]];
}
/**
 * `Retry-After` as a delay in milliseconds from `now`: either delta-seconds or an HTTP date.
 * Null when absent or unreadable (the caller then backs off on its own).
 */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return null;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const when = Date.parse(text);
    if (Number.isNaN(when))
        return null;
    return Math.max(0, when - now);
}
/** Exponential backoff with full jitter: a random delay in [0, base × 2^attempt], at least 1 ms. */
function backoffDelay(attempt, baseMs, random = Math.random) {
    const ceiling = baseMs * 2 ** attempt;
    return Math.max(1, Math.round(random() * ceiling));
}
function formatMs(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/links/page-check.ts




const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);
const RETRY_STATUS = new Set([429, 502, 503, 504]);
const STATUS_TEXT = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    410: "Gone",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
};
function statusLabel(status) {
    const text = STATUS_TEXT[status];
    return text ? `${status} ${text}` : String(status);
}
function header(res, name) {
    const v = res.headers[name];
    return Array.isArray(v) ? v[0] : v;
}
/** Whether a HEAD answer should be confirmed with GET. */
function headRejected(deps, url, status) {
    if (status === 405 || status === 501)
        return "refused";
    // Many servers answer HEAD with 404 (or 405) for pages GET serves: a 404 only counts once GET confirms it.
    if (status === 404)
        return "doubtful";
    // Some servers and bot filters answer HEAD with 400/403 while GET works; a GET settles it.
    if (status === 400 || status === 403)
        return "doubtful";
    return null;
}
/** One request with retries; the HEAD → GET switch does not count as a retry. */
async function requestWithRetry(deps, url, wantBody, extraHeaders = {}, counter) {
    const host = hostKey(url);
    const pick = () => (wantBody || deps.headRefused.has(host) ? "GET" : "HEAD");
    const headers = { ...headersFor(deps.headers, url), ...extraHeaders };
    let timeoutsLeft = Math.min(1, deps.retries); // a dead host costs a timeout per attempt: retry it once at most
    for (let attempt = 0;; attempt++) {
        counter.requests++;
        let r = await exchange(deps, url, pick, headers, wantBody);
        if (r.kind === "response" && r.method === "HEAD") {
            const rejected = headRejected(deps, url, r.status);
            if (rejected) {
                if (rejected === "refused")
                    deps.headRefused.add(host);
                counter.requests++;
                r = await exchange(deps, url, "GET", headers, wantBody);
            }
        }
        if (attempt >= deps.retries)
            return r;
        let delay;
        if (r.kind === "failure") {
            if (!r.retryable)
                return r;
            if (r.outcome === "timeout" && timeoutsLeft-- <= 0)
                return r;
            delay = backoffDelay(attempt, deps.backoffBaseMs, deps.random);
        }
        else {
            if (!RETRY_STATUS.has(r.status))
                return r;
            const after = r.status === 429 || r.status === 503 ? parseRetryAfter(header(r, "retry-after"), deps.now()) : null;
            if (after !== null && after > deps.maxRetryAfterMs)
                return r;
            delay = after ?? backoffDelay(attempt, deps.backoffBaseMs, deps.random);
            // The whole host waits, not just this URL: the server asked for a pause.
            if (r.status === 429)
                deps.limiter.pause(host, deps.now() + delay);
        }
        await deps.sleep(delay);
    }
}
function outcomeFor(deps, status) {
    if (deps.accept.has(status))
        return { outcome: "ok" };
    if (status === 429)
        return { outcome: "rate-limited", detail: "the server kept answering 429 Too Many Requests" };
    if (status === 401 || status === 403 || status === 999) {
        return {
            outcome: "unverified",
            detail: `the server refused the check (${statusLabel(status)}); it may block automated requests`,
        };
    }
    if (status >= 400 && status < 500)
        return { outcome: "broken", detail: `the server answers ${statusLabel(status)}` };
    if (status >= 500)
        return { outcome: "server-error", detail: `the server answers ${statusLabel(status)}` };
    return { outcome: "error", detail: `unexpected status ${status} (not in documentation.links.accept)` };
}
async function checkPage(deps, start, wantBody) {
    const counter = { requests: 0 };
    let current = start;
    const visited = new Set([current.href]);
    /** Where the leading run of permanent redirects leads: the address the link should be changed to. */
    let permanentTarget;
    let permanentRun = true;
    let hops = 0;
    for (;;) {
        const r = await requestWithRetry(deps, current, wantBody, {}, counter);
        const via = hops > 0 ? ` (after redirects to ${current.href})` : "";
        if (r.kind === "failure") {
            return { outcome: r.outcome, detail: `${r.detail}${via}`, requests: counter.requests };
        }
        const location = header(r, "location");
        if (REDIRECTS.has(r.status) && location) {
            let next;
            try {
                next = new URL(location, current);
            }
            catch {
                return {
                    outcome: "error",
                    status: r.status,
                    detail: `the redirect target is not a valid URL${via}`,
                    requests: counter.requests,
                };
            }
            next.hash = "";
            if (next.protocol !== "http:" && next.protocol !== "https:") {
                return {
                    outcome: "blocked",
                    status: r.status,
                    detail: `redirects to a ${next.protocol} URL, which is not followed`,
                    requests: counter.requests,
                };
            }
            if (visited.has(next.href)) {
                return {
                    outcome: "error",
                    status: r.status,
                    detail: `redirect loop (back to ${next.href})`,
                    requests: counter.requests,
                };
            }
            if (hops >= deps.maxRedirects) {
                return {
                    outcome: "error",
                    status: r.status,
                    detail: `more than ${deps.maxRedirects} redirects (documentation.links.max-redirects)`,
                    requests: counter.requests,
                };
            }
            if (permanentRun && PERMANENT.has(r.status))
                permanentTarget = next;
            else
                permanentRun = false;
            visited.add(next.href);
            current = next;
            hops++;
            continue;
        }
        const { outcome, detail } = outcomeFor(deps, r.status);
        const result = { outcome, status: r.status, requests: counter.requests };
        if (detail)
            result.detail = `${detail}${via}`;
        if (hops > 0) {
            if (outcome === "ok")
                result.outcome = "redirected";
            result.redirectedTo = (permanentTarget ?? current).href;
            result.permanentRedirect = permanentTarget !== undefined;
        }
        const contentType = header(r, "content-type");
        if (contentType)
            result.contentType = contentType;
        if (r.body !== undefined)
            result.body = r.body;
        if (r.truncated)
            result.truncated = true;
        return result;
    }
}

;// CONCATENATED MODULE: ./src/links/github-api.ts
/**
 * Links to github.com repositories and accounts answered by the REST API (with the workflow's token) instead of
 * the web page: fewer requests, an exact "no such repository", renamed repositories as redirects, and GitHub's own
 * rate-limit headers steering the next request. Each API path is asked once per run.
 */




function githubApiChecker(settings) {
    const { token, apiUrl: base, now } = settings;
    const state = { remaining: Number.POSITIVE_INFINITY, resetAt: 0 };
    /** API answers per API path: `owner/repo` and `owner/repo/` and `owner/repo.git` ask GitHub once. */
    const answers = new Map();
    // A small gate keeps a few requests in flight and lets the rate-limit state seen by one answer steer the next.
    const gate = new HostLimiter(settings.concurrency, settings.concurrency);
    async function ask(d, url, target) {
        if (!token)
            return null;
        if (state.remaining <= 0) {
            const wait = state.resetAt - now();
            if (wait > settings.maxRetryAfterMs)
                return null;
            if (wait > 0)
                d.limiter.pause(hostKey(base), state.resetAt);
        }
        const apiUrl = new URL(base.href.replace(/\/$/, "") + target.apiPath);
        const counter = { requests: 0 };
        const auth = {
            authorization: `Bearer ${token}`,
            accept: "application/vnd.github+json",
            "x-github-api-version": "2022-11-28",
        };
        const r = await requestWithRetry(d, apiUrl, true, auth, counter);
        if (r.kind === "failure")
            return null;
        const limit = readRateLimit(r.headers);
        // Answers can arrive out of order: within one window the lowest count left is the true one.
        if (limit && limit.resetAt >= state.resetAt) {
            state.remaining = limit.resetAt === state.resetAt ? Math.min(state.remaining, limit.remaining) : limit.remaining;
            state.resetAt = limit.resetAt;
        }
        if (r.status === 404) {
            const what = target.kind === "repo" ? "repository" : "account";
            return {
                outcome: "broken",
                status: 404,
                detail: `GitHub has no such ${what} (or it is private)`,
                requests: counter.requests,
            };
        }
        if (r.status !== 200)
            return null; // rate limited, renamed (301) or unexpected: the web page decides
        let htmlUrl;
        try {
            htmlUrl = JSON.parse(r.body ?? "").html_url;
        }
        catch {
            return null;
        }
        if (typeof htmlUrl === "string" && /^https:\/\/github\.com\//.test(htmlUrl) && !sameGithubPage(url, htmlUrl)) {
            return {
                outcome: "redirected",
                status: 200,
                redirectedTo: htmlUrl,
                permanentRedirect: true,
                requests: counter.requests,
            };
        }
        return { outcome: "ok", status: 200, requests: counter.requests };
    }
    return (d, url) => {
        // Only pages of the GitHub the token belongs to go through its API; github.com seen from GHES is a plain link.
        const target = token ? githubApiTarget(url, settings.host) : null;
        if (!target)
            return Promise.resolve(null);
        const key = target.apiPath.toLowerCase();
        let answer = answers.get(key);
        if (!answer) {
            answer = gate.acquire("api").then(async (release) => {
                try {
                    return await ask(d, url, target);
                }
                finally {
                    release();
                }
            });
            answers.set(key, answer);
        }
        return answer;
    };
}

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
;// CONCATENATED MODULE: ./src/links/guarded-resolver.ts
/**
 * The SSRF guard's network half: resolves a host once per run, checks every address against the policy, and
 * hands the HTTP client only those checked addresses (the client's `lookup` never asks DNS again), so a second DNS
 * answer cannot swap a public address for a private one between the check and the connection.
 */


const defaultLookup = (hostname) => (0,promises_.lookup)(hostname, { all: true, verbatim: true });
class BlockedAddressError extends Error {
    code = "ERR_LINK_BLOCKED";
}
function bareHostname(hostname) {
    return hostname.replace(/^\[|\]$/g, "").toLowerCase();
}
class GuardedResolver {
    lookup;
    allow;
    answers = new Map();
    constructor(lookup, allow) {
        this.lookup = lookup;
        this.allow = allow;
    }
    resolve(hostname) {
        const host = bareHostname(hostname);
        let answer = this.answers.get(host);
        if (!answer) {
            answer = this.resolveUncached(host);
            this.answers.set(host, answer);
            // A temporary DNS failure is not remembered, so a retry asks again.
            answer.then((r) => {
                if (!r.ok && r.retryable)
                    this.answers.delete(host);
            });
        }
        return answer;
    }
    async resolveUncached(host) {
        let addresses;
        const literal = parseIp(host);
        if (literal) {
            addresses = [{ address: host, family: literal.family }];
        }
        else {
            try {
                addresses = await this.lookup(host);
            }
            catch (e) {
                const code = e.code ?? "";
                const retryable = code === "EAI_AGAIN";
                return {
                    ok: false,
                    kind: "dns",
                    retryable,
                    detail: `the host name ${host} does not resolve (${code || "lookup failed"})`,
                };
            }
            if (addresses.length === 0)
                return { ok: false, kind: "dns", retryable: false, detail: `the host name ${host} has no address` };
        }
        const verdict = checkAddresses(host, addresses.map((a) => a.address), this.allow);
        if (!verdict.allowed) {
            const via = literal ? "" : ` (${host} resolves to ${verdict.address})`;
            return {
                ok: false,
                kind: "blocked",
                retryable: false,
                detail: `not checked: ${verdict.addressClass} address${via}; list the host in documentation.links.allow-private-hosts to allow it`,
            };
        }
        return { ok: true, addresses };
    }
    /** `lookup` for the socket: answers only with addresses this resolver has checked and allowed. */
    connectLookup = (hostname, options, callback) => {
        this.resolve(hostname).then((r) => {
            if (!r.ok) {
                callback(r.kind === "blocked"
                    ? new BlockedAddressError(r.detail)
                    : Object.assign(new Error(r.detail), { code: "ENOTFOUND" }), "");
                return;
            }
            const wanted = options.family === 4 || options.family === "IPv4"
                ? 4
                : options.family === 6 || options.family === "IPv6"
                    ? 6
                    : 0;
            const list = wanted ? r.addresses.filter((a) => a.family === wanted) : r.addresses;
            if (list.length === 0) {
                callback(Object.assign(new Error(`no IPv${wanted} address for ${hostname}`), { code: "ENOTFOUND" }), "");
                return;
            }
            if (options.all)
                callback(null, list);
            else
                callback(null, list[0].address, list[0].family);
        }, (e) => callback(e, ""));
    };
}

;// CONCATENATED MODULE: ./src/links/proxy.ts
/**
 * The link checker behind a proxy: HTTPS_PROXY / HTTP_PROXY / NO_PROXY as curl and undici read them. Which
 * requests go through the proxy is decided here (not inside undici's EnvHttpProxyAgent) because the SSRF guard
 * must tell two connections apart: a direct one is pinned to the target's checked addresses, while a proxied one
 * connects to the proxy, which the runner's operator chose and the guard must not refuse. The target host is
 * still resolved and checked before any request, proxied or not (http-client.ts).
 */

const DEFAULT_PORTS = { "http:": 80, "https:": 443 };
function parseNoProxy(value) {
    const entries = [];
    for (const raw of value.split(/[,\s]+/)) {
        const item = raw.trim().toLowerCase();
        if (item === "")
            continue;
        if (item === "*")
            return "all";
        const m = /^(.*?)(?::(\d+))?$/.exec(item.replace(/^\[(.*)\](?=:|$)/, "$1"));
        const host = (m?.[1] ?? item).replace(/^\*?\./, ".");
        entries.push({ host, port: m?.[2] ? Number(m[2]) : 0 });
    }
    return entries;
}
function bypasses(entries, url) {
    if (entries === "all")
        return true;
    const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
    const port = Number(url.port) || DEFAULT_PORTS[url.protocol] || 0;
    return entries.some((e) => {
        if (e.port !== 0 && e.port !== port)
            return false;
        if (e.host.startsWith("."))
            return host.endsWith(e.host) || host === e.host.slice(1);
        return host === e.host || host.endsWith(`.${e.host}`);
    });
}
/** Null when no proxy is configured. The proxy's credentials stay in its URL; nothing else is sent to it. */
function proxyRouter(settings, opts) {
    const httpUri = settings?.http;
    const httpsUri = settings?.https ?? httpUri;
    if (!httpUri && !httpsUri)
        return null;
    const noProxy = parseNoProxy(settings?.noProxy ?? "");
    const agents = new Map();
    const agentFor = (uri) => {
        let agent = agents.get(uri);
        if (!agent) {
            agent = new undici/* ProxyAgent */.kT({
                uri,
                connections: opts.connections,
                headersTimeout: opts.timeoutMs,
                bodyTimeout: opts.timeoutMs,
                proxyTls: { timeout: opts.timeoutMs },
                requestTls: { timeout: opts.timeoutMs },
            });
            agents.set(uri, agent);
        }
        return agent;
    };
    return {
        dispatcherFor(url) {
            if (bypasses(noProxy, url))
                return null;
            const uri = url.protocol === "https:" ? httpsUri : httpUri;
            return uri ? agentFor(uri) : null;
        },
        close: async () => {
            await Promise.all([...agents.values()].map((a) => a.close()));
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/util/redact.ts
var redact = __webpack_require__(2619);
;// CONCATENATED MODULE: ./src/links/link-cache.ts
/**
 * The results cache: a JSON file (URL → outcome, time) so pushes to one pull request do not recheck every URL.
 * Only results that need no second look are reused (ok and redirects); failures are checked again each run.
 * The file is saved to the Actions cache, readable by later runs: a URL that carries a credential (user-info, a
 * token or signature parameter) is never stored, and redirect targets are stored redacted.
 */



const CACHE_VERSION = 1;
const REUSABLE = new Set(["ok", "redirected"]);
class LinkCache {
    file;
    ttlMs;
    entries = new Map();
    /** Why the file could not be used, when it could not (the run then starts from an empty cache). */
    problem;
    constructor(file, ttlMs) {
        this.file = file;
        this.ttlMs = ttlMs;
    }
    async load() {
        let text;
        try {
            text = await (0,external_node_fs_promises_.readFile)(this.file, "utf8");
        }
        catch (e) {
            if (e.code !== "ENOENT")
                this.problem = `cannot read the link cache: ${e.message}`;
            return;
        }
        try {
            const data = JSON.parse(text);
            if (data.version !== CACHE_VERSION || typeof data.entries !== "object" || data.entries === null) {
                this.problem = "the link cache has an unknown layout and was ignored";
                return;
            }
            for (const [url, raw] of Object.entries(data.entries)) {
                const e = raw;
                if (typeof e?.checkedAt === "number" && typeof e.outcome === "string" && !(0,redact/* hasCredentials */.Lk)(url))
                    this.entries.set(url, e);
            }
        }
        catch {
            this.problem = "the link cache is not valid JSON and was ignored";
        }
    }
    /** A fresh, reusable result for `url`, or undefined. */
    get(url, now, needFragment) {
        const e = this.entries.get(url);
        if (!e || now - e.checkedAt >= this.ttlMs || now < e.checkedAt || !REUSABLE.has(e.outcome))
            return undefined;
        if (needFragment && !e.fragmentChecked)
            return undefined;
        return {
            url,
            outcome: e.outcome,
            ...(e.status !== undefined ? { status: e.status } : {}),
            ...(e.redirectedTo !== undefined ? { redirectedTo: e.redirectedTo } : {}),
            ...(e.permanentRedirect !== undefined ? { permanentRedirect: e.permanentRedirect } : {}),
            fromCache: true,
        };
    }
    set(result, now, fragmentChecked) {
        if (!REUSABLE.has(result.outcome) || result.missingFragment || (0,redact/* hasCredentials */.Lk)(result.url)) {
            this.entries.delete(result.url);
            return;
        }
        this.entries.set(result.url, {
            outcome: result.outcome,
            ...(result.status !== undefined ? { status: result.status } : {}),
            ...(result.redirectedTo !== undefined ? { redirectedTo: (0,redact/* redact */.E$)(result.redirectedTo) } : {}),
            ...(result.permanentRedirect !== undefined ? { permanentRedirect: result.permanentRedirect } : {}),
            fragmentChecked,
            checkedAt: now,
        });
    }
    /** Writes the cache (expired entries dropped) through a temporary file so a crash never leaves half a file. */
    async save(now) {
        const entries = {};
        for (const [url, e] of [...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            if (now - e.checkedAt < this.ttlMs)
                entries[url] = e;
        }
        await (0,external_node_fs_promises_.mkdir)(external_node_path_default().dirname(this.file), { recursive: true });
        const tmp = `${this.file}.${process.pid}.tmp`;
        await (0,external_node_fs_promises_.writeFile)(tmp, `${JSON.stringify({ version: CACHE_VERSION, entries }, null, 1)}\n`);
        await (0,external_node_fs_promises_.rename)(tmp, this.file);
    }
}

;// CONCATENATED MODULE: ./src/links/checker.ts
/**
 * The external link checker: every distinct page requested once, results cached between runs, github.com
 * repository links answered by the API when a token is available, and progress reported while it runs.
 */














/** Hosts whose HEAD is known to answer 404 for pages that exist; their 404s are confirmed with GET. */
const HEAD_UNRELIABLE_HOSTS = [];
function progressLine(p) {
    const busiest = [...p.queued].sort((a, b) => b[1] - a[1]).slice(0, 3);
    const queue = busiest.length > 0 ? ` · queued: ${busiest.map(([h, n]) => `${h} ${n}`).join(", ")}` : "";
    return `external links: ${p.done}/${p.total}${queue}`;
}
function createChecker(s) {
    const cfg = s.config;
    const now = s.now ?? Date.now;
    const notices = [];
    const rules = compileUrlRules(cfg.include, cfg.exclude);
    const resolver = new GuardedResolver(s.lookup ?? defaultLookup, compileAllowList(cfg["allow-private-hosts"]));
    const headers = resolveHeaders(cfg.headers, s.env ?? {});
    notices.push(...headers.problems);
    const dispatcher = new undici/* Agent */.g6({
        connections: cfg["per-host-concurrency"],
        keepAliveTimeout: 10_000,
        headersTimeout: cfg["timeout-ms"],
        bodyTimeout: cfg["timeout-ms"],
        connect: { timeout: cfg["timeout-ms"], lookup: resolver.connectLookup },
    });
    const proxy = proxyRouter(s.proxy, { timeoutMs: cfg["timeout-ms"], connections: cfg["per-host-concurrency"] });
    const root = external_node_path_default().resolve(s.root);
    const cacheFile = s.cacheFile ?? external_node_path_default().resolve(root, cfg.cache.path);
    let cache;
    if (s.cacheFile || cacheFile.startsWith(root + (external_node_path_default()).sep))
        cache = new LinkCache(cacheFile, parseDuration(cfg.cache.ttl));
    else
        notices.push(`documentation.links.cache.path ${JSON.stringify(cfg.cache.path)} is outside the repository; results are not cached`);
    const githubApi = new URL(s.githubApiUrl ?? "https://api.github.com");
    const maxRetryAfterMs = s.maxRetryAfterMs ?? 60_000;
    let stats = emptyStats();
    const hostTime = new Map();
    function deps(limiter, onRequest) {
        const headRefused = new Set();
        return {
            onHeadStatus: (host, status) => {
                if (status === 405 || status === 501)
                    headRefused.add(host);
            },
            dispatcher,
            ...(proxy ? { proxyFor: (url) => proxy.dispatcherFor(url) } : {}),
            resolver,
            limiter,
            timeoutMs: cfg["timeout-ms"],
            userAgent: `readiness-gate/${version/* VERSION */.x} (link check)`,
            bodyCap: s.bodyCapBytes ?? 4 * 1024 * 1024,
            onRequest: (host, ms) => {
                onRequest();
                hostTime.set(host, (hostTime.get(host) ?? 0) + ms);
            },
            now,
            retries: cfg.retries,
            maxRedirects: cfg["max-redirects"],
            accept: new Set(cfg.accept),
            headers,
            backoffBaseMs: s.backoffBaseMs ?? 500,
            maxRetryAfterMs,
            headUnreliableHosts: new Set((s.headUnreliableHosts ?? HEAD_UNRELIABLE_HOSTS).map((h) => h.toLowerCase())),
            headRefused,
            sleep: s.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
            random: s.random ?? Math.random,
        };
    }
    const viaGithubApi = githubApiChecker({
        ...(s.githubToken ? { token: s.githubToken } : {}),
        apiUrl: githubApi,
        concurrency: s.githubConcurrency ?? 2,
        maxRetryAfterMs,
        now,
        ...(s.githubHost ? { host: s.githubHost } : {}),
    });
    function resultFor(entry, page) {
        const out = { url: entry.url, outcome: page.outcome };
        if (page.status !== undefined)
            out.status = page.status;
        if (page.redirectedTo !== undefined)
            out.redirectedTo = page.redirectedTo;
        if (page.permanentRedirect !== undefined)
            out.permanentRedirect = page.permanentRedirect;
        if (page.detail !== undefined)
            out.detail = page.detail;
        const fine = page.outcome === "ok" || page.outcome === "redirected";
        if (fine && entry.fragment !== null && page.body !== undefined && /html/i.test(page.contentType ?? "text/html")) {
            if (!hasFragment(htmlAnchors(page.body), entry.fragment)) {
                if (page.truncated)
                    out.detail = "the page is too large to look for the fragment";
                else {
                    out.missingFragment = true;
                    out.detail = `the page has no element with id or name ${JSON.stringify(entry.fragment)}`;
                }
            }
        }
        return out;
    }
    async function check(urls) {
        const started = now();
        const distinct = [...new Set(urls)];
        const results = new Map();
        stats = emptyStats();
        hostTime.clear();
        stats.urls = distinct.length;
        if (cache && stats.urls > 0) {
            await cache.load();
            if (cache.problem)
                notices.push(cache.problem);
        }
        const pages = new Map();
        for (const raw of distinct) {
            const reason = exclusionReason(raw, rules);
            if (reason) {
                results.set(raw, { url: raw, outcome: reason.outcome, detail: reason.detail });
                if (reason.outcome === "excluded")
                    stats.excluded++;
                continue;
            }
            let url;
            try {
                url = new URL(raw);
            }
            catch {
                results.set(raw, { url: raw, outcome: "error", detail: "not a valid URL" });
                continue;
            }
            const fragment = cfg["check-fragments"] ? fragmentToCheck(url) : null;
            const cached = cache?.get(raw, started, fragment !== null);
            if (cached) {
                results.set(raw, cached);
                stats.fromCache++;
                continue;
            }
            const key = pageOf(url);
            let job = pages.get(key);
            if (!job) {
                job = { url: new URL(key), entries: [] };
                pages.set(key, job);
            }
            job.entries.push({ url: raw, fragment });
        }
        stats.pages = pages.size;
        const limiter = new HostLimiter(cfg.concurrency, cfg["per-host-concurrency"], now);
        let done = 0;
        let lastProgress = 0;
        const report = (force) => {
            if (!s.progress && !s.onProgress)
                return;
            const t = now();
            if (!force && t - lastProgress < 100)
                return;
            lastProgress = t;
            const p = { done, total: pages.size, queued: limiter.queued() };
            s.onProgress?.(p);
            s.progress?.(progressLine(p));
        };
        const d = deps(limiter, () => {
            stats.requests++;
        });
        await Promise.all([...pages.values()].map(async (job) => {
            const wantBody = job.entries.some((e) => e.fragment !== null);
            const page = (!wantBody ? await viaGithubApi(d, job.url) : null) ?? (await checkPage(d, job.url, wantBody));
            for (const entry of job.entries) {
                const result = resultFor(entry, page);
                results.set(entry.url, result);
                cache?.set(result, now(), entry.fragment !== null);
            }
            done++;
            report(false);
        }));
        report(true);
        if (cache && pages.size > 0) {
            try {
                await cache.save(now());
            }
            catch (e) {
                notices.push(`cannot write the link cache ${cfg.cache.path}: ${e.message}`);
            }
        }
        stats.durationMs = now() - started;
        stats.hostTimeMs = [...hostTime].sort((a, b) => b[1] - a[1]);
        stats.peakPerHost = limiter.peakPerHost;
        // Answer in the order asked.
        return new Map(distinct.map((u) => [u, results.get(u)]));
    }
    return {
        check,
        notices,
        stats: () => stats,
        summary: () => {
            const slowest = stats.hostTimeMs[0];
            const host = slowest ? `; most time on ${slowest[0]} (${formatMs(slowest[1])} summed)` : "";
            return `external links: ${stats.urls} URLs, ${stats.fromCache} from cache, ${stats.excluded} excluded, ${stats.requests} requests in ${formatMs(stats.durationMs)}${host}`;
        },
        close: async () => {
            await Promise.all([dispatcher.close(), proxy?.close()]);
        },
    };
}
function emptyStats() {
    return {
        urls: 0,
        pages: 0,
        fromCache: 0,
        excluded: 0,
        requests: 0,
        durationMs: 0,
        hostTimeMs: [],
        peakPerHost: new Map(),
    };
}

;// CONCATENATED MODULE: ./src/links/index.ts

function createExternalLinkChecker(options) {
    return createChecker(options);
}


/***/ })

};
