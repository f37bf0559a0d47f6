import { describe, expect, it } from "vitest";
import { externalLinkFindings } from "../../src/core/documentation/external-findings.js";
import type { ExternalLinkRef, LinkCheckResult } from "../../src/core/documentation/external-links.js";

const results: LinkCheckResult[] = [
  { url: "https://a.example/ok", outcome: "ok", status: 200 },
  {
    url: "https://a.example/temp",
    outcome: "redirected",
    status: 200,
    redirectedTo: "https://a.example/x",
    permanentRedirect: false,
  },
  {
    url: "https://a.example/moved",
    outcome: "redirected",
    status: 200,
    redirectedTo: "https://b.example/new",
    permanentRedirect: true,
  },
  { url: "https://a.example/404", outcome: "broken", status: 404, detail: "the server answers 404 Not Found" },
  {
    url: "https://a.example/500",
    outcome: "server-error",
    status: 500,
    detail: "the server answers 500 Internal Server Error",
  },
  { url: "https://slow.example/", outcome: "timeout", detail: "no answer within the timeout" },
  {
    url: "https://gone.example/",
    outcome: "dns-failure",
    detail: "the host name gone.example does not resolve (ENOTFOUND)",
  },
  { url: "https://tls.example/", outcome: "tls-error", detail: "the TLS connection failed (CERT_HAS_EXPIRED)" },
  {
    url: "https://busy.example/",
    outcome: "rate-limited",
    status: 429,
    detail: "the server kept answering 429 Too Many Requests",
  },
  { url: "https://wall.example/", outcome: "unverified", status: 403 },
  { url: "http://127.0.0.1:3000/", outcome: "blocked", detail: "not checked: loopback address" },
  { url: "https://skip.example/", outcome: "excluded", detail: "matches the exclude pattern skip" },
  {
    url: "https://a.example/page#nope",
    outcome: "ok",
    status: 200,
    missingFragment: true,
    detail: 'the page has no element with id or name "nope"',
  },
  { url: "https://u:hunter2@a.example/private", outcome: "broken", status: 404 },
];
const map = new Map(results.map((r) => [r.url, r]));
const refs: ExternalLinkRef[] = [
  ...results.map((r, i) => ({ url: r.url, path: "docs/guide.md", line: i + 1, column: 3 })),
  { url: "https://a.example/404", path: "README.md", line: 7, column: 12 },
];

const lines = (mode: "warn" | "error") =>
  externalLinkFindings(refs, map, mode).findings.map(
    (f) => `${f.path}:${f.line}:${f.column} ${f.ruleId} ${f.severity}${f.scored ? " scored" : ""}`,
  );

describe("externalLinkFindings", () => {
  it("counts outcomes; undecided outcomes are neither checked nor valid", () => {
    const s = externalLinkFindings(refs, map, "warn");
    expect(s.outcomes).toEqual({
      ok: 1,
      redirected: 2,
      broken: 2,
      "server-error": 1,
      timeout: 1,
      "dns-failure": 1,
      "tls-error": 1,
      "rate-limited": 1,
      unverified: 1,
      blocked: 1,
      excluded: 1,
      "missing-fragment": 1,
    });
    // 14 results - rate-limited, unverified, blocked, excluded = 10 checked; ok + temporary redirect = 2 valid
    expect(s.checked).toBe(10);
    expect(s.valid).toBe(2);
  });

  it("warn mode: low severity, never scored", () => {
    expect(lines("warn")).toEqual([
      "README.md:7:12 external-link-broken low",
      "docs/guide.md:3:3 external-link-redirected low",
      "docs/guide.md:4:3 external-link-broken low",
      "docs/guide.md:5:3 external-link-server-error low",
      "docs/guide.md:6:3 external-link-timeout low",
      "docs/guide.md:7:3 external-link-dns-failure low",
      "docs/guide.md:8:3 external-link-tls-error low",
      "docs/guide.md:9:3 external-link-rate-limited low",
      "docs/guide.md:10:3 external-link-unverified low",
      "docs/guide.md:11:3 external-link-blocked info",
      "docs/guide.md:13:3 external-link-missing-fragment low",
      "docs/guide.md:14:3 external-link-broken low",
    ]);
  });

  it("error mode: failures are medium and scored; rate limits and bot walls stay unscored warnings", () => {
    expect(lines("error")).toEqual([
      "README.md:7:12 external-link-broken medium scored",
      "docs/guide.md:3:3 external-link-redirected low scored",
      "docs/guide.md:4:3 external-link-broken medium scored",
      "docs/guide.md:5:3 external-link-server-error medium scored",
      "docs/guide.md:6:3 external-link-timeout medium scored",
      "docs/guide.md:7:3 external-link-dns-failure medium scored",
      "docs/guide.md:8:3 external-link-tls-error medium scored",
      "docs/guide.md:9:3 external-link-rate-limited low",
      "docs/guide.md:10:3 external-link-unverified low",
      "docs/guide.md:11:3 external-link-blocked info",
      "docs/guide.md:13:3 external-link-missing-fragment medium scored",
      "docs/guide.md:14:3 external-link-broken medium scored",
    ]);
  });

  it("says what to do, suggests the new URL for permanent redirects, and masks URL passwords", () => {
    const f = externalLinkFindings(refs, map, "warn").findings;
    const msg = (id: string, line: number) => f.find((x) => x.ruleId === id && x.line === line)?.message;
    expect(msg("external-link-redirected", 3)).toBe(
      "Link https://a.example/moved has moved permanently to https://b.example/new. Update the link to the new address.",
    );
    expect(msg("external-link-broken", 4)).toBe(
      "Broken link https://a.example/404: the server answers 404 Not Found. Fix or remove the link.",
    );
    expect(msg("external-link-rate-limited", 9)).toBe(
      "Link https://busy.example/ was not verified: the server kept answering 429 Too Many Requests. It is not counted as broken; it will be checked again next run.",
    );
    expect(msg("external-link-broken", 14)).toBe(
      "Broken link https://***@a.example/private: the page does not exist. Fix or remove the link.",
    );
    expect(JSON.stringify(f)).not.toContain("hunter2");
    expect(f[0]).toMatchObject({
      dimension: "documentation",
      tool: "external-links",
      fingerprint: "external-link-broken:README.md:https://a.example/404",
    });
  });

  it("returns zeros for no links", () => {
    expect(externalLinkFindings([], new Map(), "error")).toEqual({ findings: [], checked: 0, valid: 0, outcomes: {} });
  });
});

describe("placeholders in external links", () => {
  it("names the placeholder as the cause of the failure", () => {
    const url = "https://github.com/%3Cyour-org%3E/project";
    const out = externalLinkFindings(
      [{ url, path: "README.md", line: 3, column: 5 }],
      new Map([[url, { url, outcome: "broken", status: 404, detail: "the server answers 404 Not Found" }]]),
      "error",
    );
    expect(out.findings.map((f) => f.message)).toEqual([
      "Broken link https://github.com/%3Cyour-org%3E/project: the server answers 404 Not Found. Fix or remove the link. The address contains the placeholder <your-org>: write the real address, or show the pattern in code instead of a link.",
    ]);
  });
});
