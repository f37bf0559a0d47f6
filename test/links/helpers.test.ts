import { describe, expect, it } from "vitest";
import { linksSchema } from "../../src/core/config/documentation.js";
import { fragmentToCheck, hasFragment, htmlAnchors } from "../../src/links/fragments.js";
import { githubApiTarget, readRateLimit, sameGithubPage } from "../../src/links/github.js";
import { headersFor, resolveHeaders } from "../../src/links/headers.js";
import { classifyError } from "../../src/links/http-client.js";
import { HostLimiter } from "../../src/links/host-limiter.js";
import { backoffDelay, parseDuration, parseRetryAfter } from "../../src/links/timing.js";
import { displayUrl } from "../../src/core/util/display-url.js";
import { compileUrlRules, exclusionReason } from "../../src/links/url-rules.js";

describe("timing", () => {
  it("parses durations", () => {
    expect(parseDuration("1d")).toBe(86_400_000);
    expect(parseDuration("30m")).toBe(1_800_000);
    expect(parseDuration("250ms")).toBe(250);
    expect(() => parseDuration("soon")).toThrow('not a duration: "soon" (expected e.g. 30m, 12h or 1d)');
  });
  it("parses Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter("1", now)).toBe(1000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Tue, 31 Dec 2024 23:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("later", now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
  it("backs off exponentially with full jitter", () => {
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, 500, () => 1))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelay(3, 500, () => 0.25)).toBe(1000);
    expect(backoffDelay(0, 500, () => 0)).toBe(1);
  });
});

describe("fragments", () => {
  it("collects id and name attributes in any quoting, with entities decoded", () => {
    expect([
      ...htmlAnchors(`<h1 id="a">x</h1><a name='b'></a><div ID=c></div><p data-id="no"></p><i id="x&amp;y"></i>`),
    ]).toEqual(["a", "b", "c", "x&y"]);
  });
  it("skips fragments that are not element ids", () => {
    expect(fragmentToCheck(new URL("https://x.test/p#top"))).toBeNull();
    expect(fragmentToCheck(new URL("https://x.test/p#"))).toBeNull();
    expect(fragmentToCheck(new URL("https://x.test/p#:~:text=hello"))).toBeNull();
    expect(fragmentToCheck(new URL("https://github.com/o/r/blob/main/a.ts#L10-L20"))).toBeNull();
    expect(fragmentToCheck(new URL("https://x.test/p#caf%C3%A9"))).toBe("café");
  });
  it("accepts GitHub's user-content- ids", () => {
    expect(hasFragment(new Set(["user-content-install"]), "install")).toBe(true);
    expect(hasFragment(new Set(["install"]), "usage")).toBe(false);
  });
});

describe("github", () => {
  it("maps repository and account pages to API paths, nothing else", () => {
    expect(githubApiTarget(new URL("https://github.com/kubernetes/community"))).toEqual({
      apiPath: "/repos/kubernetes/community",
      kind: "repo",
    });
    expect(githubApiTarget(new URL("https://github.com/kubernetes/community.git"))).toEqual({
      apiPath: "/repos/kubernetes/community",
      kind: "repo",
    });
    expect(githubApiTarget(new URL("https://github.com/kubernetes/"))).toEqual({
      apiPath: "/users/kubernetes",
      kind: "user",
    });
    expect(githubApiTarget(new URL("https://github.com/kubernetes/community/blob/main/README.md"))).toBeNull();
    expect(githubApiTarget(new URL("https://github.com/features/actions"))).toBeNull();
    expect(githubApiTarget(new URL("https://github.com/o/r?tab=readme"))).toBeNull();
    expect(githubApiTarget(new URL("https://gitlab.com/o/r"))).toBeNull();
  });
  it("compares pages and reads rate limits", () => {
    expect(sameGithubPage(new URL("https://github.com/Acme/Widgets/"), "https://github.com/acme/widgets")).toBe(true);
    expect(sameGithubPage(new URL("https://github.com/acme/old"), "https://github.com/acme/new")).toBe(false);
    expect(readRateLimit({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1700000000" })).toEqual({
      remaining: 0,
      resetAt: 1_700_000_000_000,
    });
    expect(readRateLimit({})).toBeNull();
  });
});

describe("headers", () => {
  it("expands $-brace variables per host and names unset variables without values", () => {
    const template = (v: string) => `Bearer $${"{"}${v}}`;
    const r = resolveHeaders(
      {
        "Docs.Example.org": { Authorization: template("TOKEN"), "X-Team": "docs" },
        "other.test": { "X-Key": template("NOPE") },
      },
      { TOKEN: "abc" },
    );
    expect(headersFor(r, new URL("https://docs.example.org/x"))).toEqual({
      authorization: "Bearer abc",
      "x-team": "docs",
    });
    expect(headersFor(r, new URL("https://other.test/"))).toEqual({});
    expect(r.problems).toEqual(["header X-Key for other.test is not sent: environment variable NOPE is not set"]);
  });
});

describe("url rules", () => {
  it("excludes by pattern and scheme, and include narrows", () => {
    const rules = compileUrlRules([], ["^https://example\\.com/"]);
    expect(exclusionReason("https://example.com/a", rules)?.detail).toBe(
      "matches the exclude pattern ^https://example\\.com/",
    );
    expect(exclusionReason("https://example.org/a", rules)).toBeNull();
    expect(exclusionReason("ftp://example.org/a", rules)?.detail).toBe("only http and https links are checked");
    const only = compileUrlRules(["docs\\.test"], ["/old/"]);
    expect(exclusionReason("https://docs.test/new", only)).toBeNull();
    expect(exclusionReason("https://docs.test/old/x", only)?.detail).toBe("matches the exclude pattern /old/");
    expect(exclusionReason("https://else.test/", only)?.detail).toBe("matches no include pattern");
  });

  it("a URL pattern that backtracks runs out of time and leaves the URL unverified, in bounded time", () => {
    const rules = compileUrlRules(["^https?://(a+)+$"], []);
    const t0 = performance.now();
    expect(exclusionReason(`https://${"a".repeat(40)}!`, rules)).toEqual({
      outcome: "unverified",
      detail:
        "the URL pattern ^https?://(a+)+$ took longer than 100 ms on it (a pattern that backtracks); it was not checked",
    });
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
  it("masks passwords in displayed URLs", () => {
    expect(displayUrl("https://me:secret@x.test/p")).toBe("https://***@x.test/p");
    expect(displayUrl("https://x.test/p")).toBe("https://x.test/p");
  });
});

describe("classifyError", () => {
  it("maps network errors to outcomes", () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(classifyError(err("CERT_HAS_EXPIRED"), false)).toMatchObject({
      outcome: "tls-error",
      retryable: false,
      detail: "the TLS connection failed (CERT_HAS_EXPIRED)",
    });
    expect(classifyError(err("ERR_TLS_CERT_ALTNAME_INVALID"), false)).toMatchObject({ outcome: "tls-error" });
    expect(classifyError(err("DEPTH_ZERO_SELF_SIGNED_CERT"), false)).toMatchObject({ outcome: "tls-error" });
    expect(classifyError(err("UND_ERR_HEADERS_TIMEOUT"), false)).toMatchObject({ outcome: "timeout", retryable: true });
    expect(classifyError(new Error("aborted"), true)).toMatchObject({ outcome: "timeout" });
    expect(classifyError(err("ENOTFOUND"), false)).toMatchObject({ outcome: "dns-failure", retryable: false });
    // This machine's network, not the site: the link is not verified rather than broken.
    expect(classifyError(err("EAI_AGAIN"), false)).toEqual({
      kind: "failure",
      outcome: "unverified",
      detail: "could not check (network): EAI_AGAIN",
      retryable: true,
    });
    expect(classifyError(err("ENETUNREACH"), false)).toMatchObject({ outcome: "unverified" });
    expect(classifyError(err("ECONNREFUSED"), false)).toMatchObject({
      outcome: "error",
      detail: "the connection was refused",
      retryable: true,
    });
    expect(classifyError(Object.assign(new Error("wrapped"), { cause: err("ECONNRESET") }), false)).toMatchObject({
      outcome: "error",
      detail: "the request failed (ECONNRESET)",
    });
  });
});

describe("HostLimiter", () => {
  it("never exceeds the total or per-host limits and serves other hosts while one is full", async () => {
    const limiter = new HostLimiter(3, 2);
    const a1 = await limiter.acquire("a");
    await limiter.acquire("a");
    let a3Granted = false;
    const a3 = limiter.acquire("a").then((r) => {
      a3Granted = true;
      return r;
    });
    const b1 = await limiter.acquire("b");
    expect(a3Granted).toBe(false);
    expect(limiter.queued()).toEqual(new Map([["a", 1]]));
    a1();
    (await a3)();
    b1();
    expect(limiter.peakPerHost).toEqual(
      new Map([
        ["a", 2],
        ["b", 1],
      ]),
    );
  });
});

describe("config", () => {
  it("has the documented defaults", () => {
    expect(linksSchema.parse(undefined)).toEqual({
      "timeout-ms": 10_000,
      concurrency: 32,
      "per-host-concurrency": 4,
      retries: 3,
      "max-redirects": 5,
      include: [],
      exclude: [],
      accept: [200, 206],
      headers: {},
      cache: { path: ".readiness-cache/links.json", ttl: "1d" },
      "allow-private-hosts": [],
      "check-fragments": false,
    });
  });
  it("rejects a pattern that is not a regular expression", () => {
    const r = linksSchema.safeParse({ exclude: ["(unclosed"] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("a valid regular expression");
    expect(r.error?.issues[0]?.path).toEqual(["exclude", 0]);
  });
});
