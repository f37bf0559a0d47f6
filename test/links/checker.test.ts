import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type CheckerSettings, createChecker, type RunnableChecker } from "../../src/links/checker.js";
import { createExternalLinkChecker } from "../../src/links/index.js";
import { delay, startServer, status, type TestServer, testConfig } from "./servers.js";

/** A config value that names an environment variable (not a JavaScript template). */
const TOKEN_TEMPLATE = ["Bearer $", "{DOCS_TOKEN}"].join("");
let root: string;
const open: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "links-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()));
});

async function server(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const s = await startServer(...args);
  open.push(s);
  return s;
}

/** A checker on a fake clock: sleeping advances time instantly and is recorded, so tests never wait on backoff. */
function checker(over: Record<string, unknown> = {}, settings: Partial<CheckerSettings> = {}) {
  let offset = 0;
  const sleeps: number[] = [];
  const c: RunnableChecker = createChecker({
    config: testConfig({ cache: { path: `cache-${Math.random().toString(36).slice(2)}.json` }, ...over }),
    root,
    now: () => Date.now() + offset,
    sleep: async (ms) => {
      sleeps.push(ms);
      offset += ms;
    },
    random: () => 0.5,
    backoffBaseMs: 100,
    ...settings,
  });
  open.push(c);
  return { c, sleeps };
}

describe("outcomes against real servers", () => {
  it("tells ok, broken, gone, redirects and loops apart", async () => {
    const s = await server({
      "/ok": status(200),
      "/missing": status(404),
      "/gone": status(410),
      "/moved": status(301, { location: "/ok" }),
      "/moved-to-missing": status(301, { location: "/missing" }),
      "/temp": status(302, { location: "/ok" }),
      "/loop-a": status(302, { location: "/loop-b" }),
      "/loop-b": status(302, { location: "/loop-a" }),
      "/boom": status(500),
      "/forbidden": status(403),
    });
    const { c } = checker();
    const u = (p: string) => `${s.url}${p}`;
    const r = await c.check(
      ["/ok", "/missing", "/gone", "/moved", "/moved-to-missing", "/temp", "/loop-a", "/boom", "/forbidden"].map(u),
    );
    expect(r.get(u("/ok"))).toEqual({ url: u("/ok"), outcome: "ok", status: 200 });
    expect(r.get(u("/missing"))).toEqual({
      url: u("/missing"),
      outcome: "broken",
      status: 404,
      detail: "the server answers 404 Not Found",
    });
    expect(r.get(u("/gone"))).toMatchObject({ outcome: "broken", status: 410, detail: "the server answers 410 Gone" });
    expect(r.get(u("/moved"))).toEqual({
      url: u("/moved"),
      outcome: "redirected",
      status: 200,
      redirectedTo: u("/ok"),
      permanentRedirect: true,
    });
    expect(r.get(u("/moved-to-missing"))).toEqual({
      url: u("/moved-to-missing"),
      outcome: "broken",
      status: 404,
      redirectedTo: u("/missing"),
      permanentRedirect: true,
      detail: `the server answers 404 Not Found (after redirects to ${u("/missing")})`,
    });
    expect(r.get(u("/temp"))).toMatchObject({
      outcome: "redirected",
      permanentRedirect: false,
      redirectedTo: u("/ok"),
    });
    expect(r.get(u("/loop-a"))).toMatchObject({
      outcome: "error",
      status: 302,
      detail: `redirect loop (back to ${u("/loop-a")})`,
    });
    expect(r.get(u("/boom"))).toMatchObject({ outcome: "server-error", status: 500 });
    expect(r.get(u("/forbidden"))).toMatchObject({ outcome: "unverified", status: 403 });
    // 403 on HEAD is confirmed with one GET; everything else needed only HEAD (/ok is also two redirects' target).
    expect(s.hits.get("HEAD /ok")).toBe(3);
    expect(s.hits.get("GET /ok")).toBeUndefined();
    expect(s.hits.get("GET /forbidden")).toBe(1);
    expect(s.hits.get("GET /boom")).toBeUndefined();
  });

  it("stops after max-redirects", async () => {
    const s = await server({}, (req, res) => {
      const n = Number((req.url ?? "/0").slice(1));
      res.writeHead(302, { location: `/${n + 1}` });
      res.end();
    });
    const { c } = checker({ "max-redirects": 3 });
    const r = await c.check([`${s.url}/0`]);
    expect(r.get(`${s.url}/0`)).toMatchObject({
      outcome: "error",
      detail: "more than 3 redirects (documentation.links.max-redirects)",
    });
    expect(s.total()).toBe(4);
  });

  it("falls back to GET when HEAD is refused, and remembers the host", async () => {
    const refuseHead = (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => {
      res.writeHead(req.method === "HEAD" ? 405 : 200);
      res.end();
    };
    const s = await server({ "/a": refuseHead, "/b": refuseHead });
    const { c } = checker({ concurrency: 1 });
    const r = await c.check([`${s.url}/a`, `${s.url}/b`]);
    expect([...r.values()].map((x) => x.outcome)).toEqual(["ok", "ok"]);
    expect(Object.fromEntries(s.hits)).toEqual({ "HEAD /a": 1, "GET /a": 1, "GET /b": 1 });
  });

  it("confirms a HEAD 404 with GET on hosts known to mishandle HEAD", async () => {
    const s = await server({
      "/page": (req, res) => {
        res.writeHead(req.method === "HEAD" ? 404 : 200);
        res.end();
      },
    });
    const { c } = checker({}, { headUnreliableHosts: ["127.0.0.1"] });
    const r = await c.check([`${s.url}/page`]);
    expect(r.get(`${s.url}/page`)?.outcome).toBe("ok");
    expect(Object.fromEntries(s.hits)).toEqual({ "HEAD /page": 1, "GET /page": 1 });
  });

  it("honours 429 Retry-After and then succeeds", async () => {
    const s = await server({
      "/limited": (_req, res, hit) =>
        status(hit === 1 ? 429 : 200, hit === 1 ? { "retry-after": "1" } : {})(_req, res, hit),
    });
    const { c, sleeps } = checker();
    const r = await c.check([`${s.url}/limited`]);
    expect(r.get(`${s.url}/limited`)).toMatchObject({ outcome: "ok", status: 200 });
    expect(sleeps).toEqual([1000]);
    expect(s.hits.get("HEAD /limited")).toBe(2);
  });

  it("reports rate-limited, never broken, when 429 outlasts the retries or asks for too long a wait", async () => {
    const s = await server({ "/always": status(429), "/hour": status(429, { "retry-after": "3600" }) });
    const { c, sleeps } = checker({ retries: 2 });
    const r = await c.check([`${s.url}/always`, `${s.url}/hour`]);
    expect(r.get(`${s.url}/always`)).toMatchObject({ outcome: "rate-limited", status: 429 });
    expect(r.get(`${s.url}/hour`)).toMatchObject({ outcome: "rate-limited", status: 429 });
    expect(s.hits.get("HEAD /always")).toBe(3);
    expect(s.hits.get("HEAD /hour")).toBe(1);
    // exponential backoff with jitter (random fixed at 0.5): 0.5 × 100 × 2^attempt
    expect(sleeps).toEqual([50, 100]);
  });

  it("retries a flapping 503 with backoff until it answers", async () => {
    const s = await server({ "/flaky": (req, res, hit) => status(hit <= 2 ? 503 : 200)(req, res, hit) });
    const { c, sleeps } = checker({ retries: 3 });
    const r = await c.check([`${s.url}/flaky`]);
    expect(r.get(`${s.url}/flaky`)).toMatchObject({ outcome: "ok", status: 200 });
    expect(s.hits.get("HEAD /flaky")).toBe(3);
    expect(sleeps).toEqual([50, 100]);
  });

  it("gives up on a 503 that never recovers as a server error", async () => {
    const s = await server({ "/down": status(503) });
    const { c } = checker({ retries: 1 });
    const r = await c.check([`${s.url}/down`]);
    expect(r.get(`${s.url}/down`)).toMatchObject({
      outcome: "server-error",
      status: 503,
      detail: "the server answers 503 Service Unavailable",
    });
    expect(s.hits.get("HEAD /down")).toBe(2);
  });

  it("times out on a server that never answers (retried once)", async () => {
    const s = await server({ "/silent": () => {} });
    const { c } = checker({ "timeout-ms": 150, retries: 3 });
    const r = await c.check([`${s.url}/silent`]);
    expect(r.get(`${s.url}/silent`)).toEqual({
      url: `${s.url}/silent`,
      outcome: "timeout",
      detail: "no answer within the timeout",
    });
    expect(s.hits.get("HEAD /silent")).toBe(2);
  });

  it("keeps a slow server under the per-host limit", async () => {
    const s = await server({}, async (_req, res) => {
      await delay(300);
      res.writeHead(200);
      res.end();
    });
    const { c } = checker({ "per-host-concurrency": 2, concurrency: 16, "timeout-ms": 5000 });
    const urls = Array.from({ length: 8 }, (_, i) => `${s.url}/slow/${i}`);
    const r = await c.check(urls);
    expect([...r.values()].every((x) => x.outcome === "ok")).toBe(true);
    expect(s.total()).toBe(8);
    expect(s.peakInFlight()).toBe(2);
    expect(c.stats().peakPerHost.get(`127.0.0.1:${s.port}`)).toBe(2);
  });

  it("reports a DNS failure", async () => {
    const { c } = checker(
      {},
      { lookup: async () => Promise.reject(Object.assign(new Error("nope"), { code: "ENOTFOUND" })) },
    );
    const r = await c.check(["https://no-such-host.invalid/page"]);
    expect(r.get("https://no-such-host.invalid/page")).toMatchObject({
      outcome: "dns-failure",
      detail: "the host name no-such-host.invalid does not resolve (ENOTFOUND)",
    });
  });

  it("a temporary DNS failure (EAI_AGAIN) is 'could not check (network)', not a host that does not exist", async () => {
    const { c } = checker(
      { retries: 1 },
      { lookup: async () => Promise.reject(Object.assign(new Error("try again"), { code: "EAI_AGAIN" })) },
    );
    const r = await c.check(["https://docs.example.com/page"]);
    expect(r.get("https://docs.example.com/page")).toMatchObject({
      outcome: "unverified",
      detail: "could not check (network): the host name docs.example.com does not resolve (EAI_AGAIN)",
    });
  });

  it("a HEAD 404 is confirmed with GET before the link counts as broken, on any host", async () => {
    const s = await server({
      "/page": (req, res) => {
        res.writeHead(req.method === "HEAD" ? 404 : 200);
        res.end();
      },
      "/gone": status(404),
    });
    const { c } = checker();
    const r = await c.check([`${s.url}/page`, `${s.url}/gone`]);
    expect(r.get(`${s.url}/page`)?.outcome).toBe("ok");
    expect(r.get(`${s.url}/gone`)?.outcome).toBe("broken");
    expect(Object.fromEntries(s.hits)).toEqual({ "HEAD /page": 1, "GET /page": 1, "HEAD /gone": 1, "GET /gone": 1 });
  });

  it("applies exclude, include and accept", async () => {
    const s = await server({ "/ok": status(200), "/teapot": status(418) });
    const { c } = checker({ exclude: ["/skip"], accept: [200, 418] });
    const r = await c.check([`${s.url}/ok`, `${s.url}/teapot`, `${s.url}/skip/me`, "mailto:someone@example.com"]);
    expect([...r.values()].map((x) => x.outcome)).toEqual(["ok", "ok", "excluded", "excluded"]);
    expect(r.get(`${s.url}/skip/me`)?.detail).toBe("matches the exclude pattern /skip");
    const { c: only } = checker({ include: ["/ok$"] });
    const r2 = await only.check([`${s.url}/ok`, `${s.url}/teapot`]);
    expect([...r2.values()].map((x) => x.outcome)).toEqual(["ok", "excluded"]);
    expect(s.hits.get("HEAD /teapot")).toBe(1);
  });

  it("sends configured per-host headers from the environment without revealing them", async () => {
    const seen: (string | undefined)[] = [];
    const s = await server({
      "/private": (req, res) => {
        seen.push(req.headers.authorization);
        res.writeHead(req.headers.authorization === "Bearer s3cret-value" ? 200 : 401);
        res.end();
      },
    });
    const { c } = checker(
      { headers: { [`127.0.0.1:${s.port}`]: { Authorization: TOKEN_TEMPLATE } } },
      { env: { DOCS_TOKEN: "s3cret-value" } },
    );
    const r = await c.check([`${s.url}/private`]);
    expect(r.get(`${s.url}/private`)?.outcome).toBe("ok");
    expect(seen).toEqual(["Bearer s3cret-value"]);
    const { c: unset } = checker(
      { headers: { [`127.0.0.1:${s.port}`]: { Authorization: TOKEN_TEMPLATE } } },
      { env: {} },
    );
    const r2 = await unset.check([`${s.url}/private`]);
    expect(r2.get(`${s.url}/private`)?.outcome).toBe("unverified");
    expect(unset.notices).toEqual([
      `header Authorization for 127.0.0.1:${s.port} is not sent: environment variable DOCS_TOKEN is not set`,
    ]);
    expect(JSON.stringify([...r.values(), ...r2.values(), c.notices, c.summary()])).not.toContain("s3cret");
  });
});

describe("SSRF guard", () => {
  it("blocks a redirect from an allowed host to a private or metadata address", async () => {
    const s = await server({
      "/to-metadata": status(302, { location: "http://169.254.169.254/latest/meta-data/" }),
      "/to-internal": status(301, { location: "http://internal.test/admin" }),
      "/to-file": status(302, { location: "file:///etc/passwd" }),
    });
    const lookups: string[] = [];
    const { c } = checker(
      {},
      {
        lookup: async (host) => {
          lookups.push(host);
          return [{ address: "10.0.0.5", family: 4 }];
        },
      },
    );
    const r = await c.check([`${s.url}/to-metadata`, `${s.url}/to-internal`, `${s.url}/to-file`]);
    expect(r.get(`${s.url}/to-metadata`)).toMatchObject({
      outcome: "blocked",
      detail: `not checked: link-local address; list the host in documentation.links.allow-private-hosts to allow it (after redirects to http://169.254.169.254/latest/meta-data/)`,
    });
    expect(r.get(`${s.url}/to-internal`)).toMatchObject({
      outcome: "blocked",
      detail: `not checked: private address (internal.test resolves to 10.0.0.5); list the host in documentation.links.allow-private-hosts to allow it (after redirects to http://internal.test/admin)`,
    });
    expect(r.get(`${s.url}/to-file`)).toMatchObject({
      outcome: "blocked",
      detail: "redirects to a file: URL, which is not followed",
    });
    expect(lookups).toEqual(["internal.test"]);
  });

  it("blocks loopback when it is not allowed, also behind a DNS name", async () => {
    const s = await server({ "/": status(200) });
    const { c } = createCheckerNoAllow({ lookup: async () => [{ address: "127.0.0.1", family: 4 }] });
    const r = await c.check([`${s.url}/`, `http://sneaky.test:${s.port}/`, `http://[::ffff:127.0.0.1]:${s.port}/`]);
    expect([...r.values()].map((x) => x.outcome)).toEqual(["blocked", "blocked", "blocked"]);
    expect(r.get(`http://sneaky.test:${s.port}/`)?.detail).toBe(
      "not checked: loopback address (sneaky.test resolves to 127.0.0.1); list the host in documentation.links.allow-private-hosts to allow it",
    );
    expect(s.total()).toBe(0);
  });

  it("connects to the address it checked, resolving each name once", async () => {
    const s = await server({}, status(200));
    let calls = 0;
    const { c } = checker(
      {},
      {
        lookup: async () => {
          calls++;
          return [{ address: "127.0.0.1", family: 4 }];
        },
      },
    );
    const urls = Array.from({ length: 12 }, (_, i) => `http://docs.test:${s.port}/p${i}`);
    const r = await c.check(urls);
    expect([...r.values()].every((x) => x.outcome === "ok")).toBe(true);
    expect(s.total()).toBe(12);
    expect(calls).toBe(1);
  });
});

function createCheckerNoAllow(settings: Partial<CheckerSettings>) {
  return checker({ "allow-private-hosts": [] }, settings);
}

describe("fragments", () => {
  it("checks #fragments against id and name attributes with one GET per page", async () => {
    const html = `<!doctype html><h2 id="install">Install</h2><a name='legacy'></a><h2 id="user-content-usage">Usage</h2>`;
    const s = await server({ "/doc": status(200, { "content-type": "text/html; charset=utf-8" }, html) });
    const { c } = checker({ "check-fragments": true });
    const u = `${s.url}/doc`;
    const r = await c.check([`${u}#install`, `${u}#legacy`, `${u}#usage`, `${u}#nowhere`, u]);
    expect(r.get(`${u}#install`)).toEqual({ url: `${u}#install`, outcome: "ok", status: 200 });
    expect(r.get(`${u}#legacy`)?.missingFragment).toBeUndefined();
    expect(r.get(`${u}#usage`)?.missingFragment).toBeUndefined();
    expect(r.get(`${u}#nowhere`)).toEqual({
      url: `${u}#nowhere`,
      outcome: "ok",
      status: 200,
      missingFragment: true,
      detail: 'the page has no element with id or name "nowhere"',
    });
    expect(Object.fromEntries(s.hits)).toEqual({ "GET /doc": 1 });
  });

  it("ignores fragments when check-fragments is off (HEAD only)", async () => {
    const s = await server({ "/doc": status(200, { "content-type": "text/html" }, "<p>no ids</p>") });
    const { c } = checker();
    const r = await c.check([`${s.url}/doc#nowhere`, `${s.url}/doc#elsewhere`]);
    expect([...r.values()].map((x) => [x.outcome, x.missingFragment])).toEqual([
      ["ok", undefined],
      ["ok", undefined],
    ]);
    expect(Object.fromEntries(s.hits)).toEqual({ "HEAD /doc": 1 });
  });
});

describe("scale", () => {
  it("checks 1,000 links on 20 hosts: each URL once, never more than the per-host limit in flight", async () => {
    const servers = await Promise.all(
      Array.from({ length: 20 }, () =>
        server({}, async (_req, res) => {
          await delay(5);
          res.writeHead(200);
          res.end();
        }),
      ),
    );
    const urls = servers.flatMap((s) => Array.from({ length: 50 }, (_, i) => `${s.url}/page/${i}`));
    const progress: number[] = [];
    const { c } = checker(
      { concurrency: 32, "per-host-concurrency": 4, "timeout-ms": 5000 },
      { onProgress: (p) => progress.push(p.done), progress: () => {} },
    );
    // duplicates are checked once
    const r = await c.check([...urls, ...urls.slice(0, 100)]);
    expect(r.size).toBe(1000);
    expect([...r.values()].filter((x) => x.outcome === "ok")).toHaveLength(1000);
    for (const s of servers) {
      expect(s.total()).toBe(50);
      expect([...s.hits.values()].every((n) => n === 1)).toBe(true);
      expect(s.peakInFlight()).toBeLessThanOrEqual(4);
    }
    expect(c.stats()).toMatchObject({ urls: 1000, pages: 1000, requests: 1000, fromCache: 0 });
    expect(progress.at(-1)).toBe(1000);
  });
});

describe("cache", () => {
  it("a second run makes no request for URLs cached as ok, but rechecks failures and expired entries", async () => {
    const s = await server({
      "/a": status(200),
      "/b": status(200),
      "/moved": status(301, { location: "/a" }),
      "/missing": status(404),
    });
    const urls = ["/a", "/b", "/moved", "/missing"].map((p) => `${s.url}${p}`);
    const cachePath = "cache/links.json";
    const first = checker({ cache: { path: cachePath, ttl: "1d" } });
    await first.c.check(urls);
    // The 404 costs a HEAD and the GET that confirms it.
    expect(s.total()).toBe(6);
    const stored = JSON.parse(await readFile(path.join(root, cachePath), "utf8"));
    expect(Object.keys(stored.entries).sort()).toEqual([`${s.url}/a`, `${s.url}/b`, `${s.url}/moved`]);

    const second = checker({ cache: { path: cachePath, ttl: "1d" } });
    const r = await second.c.check(urls);
    expect(s.total()).toBe(8);
    expect(s.hits.get("HEAD /missing")).toBe(2);
    expect(r.get(`${s.url}/a`)).toEqual({ url: `${s.url}/a`, outcome: "ok", status: 200, fromCache: true });
    expect(r.get(`${s.url}/moved`)).toMatchObject({
      outcome: "redirected",
      redirectedTo: `${s.url}/a`,
      permanentRedirect: true,
      fromCache: true,
    });
    expect(second.c.stats()).toMatchObject({ fromCache: 3, requests: 2 });
    expect(second.c.summary()).toMatch(/^external links: 4 URLs, 3 from cache, 0 excluded, 2 requests in /);

    const later = checker({ cache: { path: cachePath, ttl: "1d" } }, { now: () => Date.now() + 25 * 3600_000 });
    await later.c.check(urls);
    expect(s.total()).toBe(14);
  });

  it("ignores a corrupt cache file and says so", async () => {
    const { writeFile, mkdir } = await import("node:fs/promises");
    await mkdir(path.join(root, "bad"), { recursive: true });
    await writeFile(path.join(root, "bad/links.json"), "{not json");
    const s = await server({ "/a": status(200) });
    const { c } = checker({ cache: { path: "bad/links.json", ttl: "1h" } });
    const r = await c.check([`${s.url}/a`]);
    expect(r.get(`${s.url}/a`)?.outcome).toBe("ok");
    expect(c.notices).toEqual(["the link cache is not valid JSON and was ignored"]);
  });
});

describe("github.com through the API", () => {
  it("on GitHub Enterprise Server, only the server's own pages go through its API with the token", async () => {
    const apiHits: string[] = [];
    const api = await server({
      "/repos/acme/tool": (req, res) => {
        apiHits.push(`${req.url} ${req.headers.authorization}`);
        res.writeHead(200, {
          "content-type": "application/json",
          "x-ratelimit-remaining": "10",
          "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
        });
        res.end(JSON.stringify({ html_url: "https://ghes.example.com/acme/tool" }));
      },
    });
    const { c } = checker(
      {},
      {
        githubToken: "ghs_enterprise",
        githubApiUrl: api.url,
        githubHost: "ghes.example.com",
        // github.com itself is not reachable here: a plain check of it fails on DNS, with no token sent anywhere.
        lookup: async () => Promise.reject(Object.assign(new Error("offline"), { code: "ENOTFOUND" })),
      },
    );
    const r = await c.check(["https://ghes.example.com/acme/tool", "https://github.com/public/project"]);
    expect(r.get("https://ghes.example.com/acme/tool")?.outcome).toBe("ok");
    expect(r.get("https://github.com/public/project")?.outcome).toBe("dns-failure");
    expect(apiHits).toEqual(["/repos/acme/tool Bearer ghs_enterprise"]);
  });

  it("checks repository links with the token and respects the rate limit", async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const auth: (string | undefined)[] = [];
    const api = await server({
      "/repos/acme/widgets": (req, res) => {
        auth.push(req.headers.authorization);
        res.writeHead(200, {
          "content-type": "application/json",
          "x-ratelimit-remaining": "10",
          "x-ratelimit-reset": String(reset),
        });
        res.end(JSON.stringify({ html_url: "https://github.com/acme/widgets" }));
      },
      "/repos/acme/old-name": status(
        200,
        { "x-ratelimit-remaining": "9", "x-ratelimit-reset": String(reset) },
        JSON.stringify({ html_url: "https://github.com/acme/new-name" }),
      ),
      "/repos/acme/gone": status(404, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) }),
    });
    const { c } = checker(
      { concurrency: 1 },
      {
        githubToken: "ghs_exampletoken",
        githubApiUrl: api.url,
        githubConcurrency: 1,
        lookup: async () => Promise.reject(Object.assign(new Error("offline"), { code: "ENOTFOUND" })),
      },
    );
    const r = await c.check([
      "https://github.com/acme/widgets",
      "https://github.com/acme/old-name",
      "https://github.com/acme/widgets/",
      "https://github.com/acme/gone",
      "https://github.com/acme/after-limit",
    ]);
    expect(r.get("https://github.com/acme/widgets/")).toEqual({
      url: "https://github.com/acme/widgets/",
      outcome: "ok",
      status: 200,
    });
    expect(r.get("https://github.com/acme/widgets")).toEqual({
      url: "https://github.com/acme/widgets",
      outcome: "ok",
      status: 200,
    });
    expect(r.get("https://github.com/acme/old-name")).toMatchObject({
      outcome: "redirected",
      redirectedTo: "https://github.com/acme/new-name",
      permanentRedirect: true,
    });
    expect(r.get("https://github.com/acme/gone")).toMatchObject({ outcome: "broken", status: 404 });
    // The limit is spent and resets in an hour: the last link falls back to the web page (offline here).
    expect(r.get("https://github.com/acme/after-limit")?.outcome).toBe("dns-failure");
    expect(api.total()).toBe(3);
    expect(auth).toEqual(["Bearer ghs_exampletoken"]);
    expect(JSON.stringify([...r.values()])).not.toContain("ghs_");
  });
});

describe("createExternalLinkChecker", () => {
  it("is the adapters' entry point and reports progress lines", async () => {
    const s = await server({ "/a": status(200) });
    const lines: string[] = [];
    const c = createExternalLinkChecker({ config: testConfig(), root, progress: (l) => lines.push(l) });
    open.push(c);
    const r = await c.check([`${s.url}/a`]);
    expect(r.get(`${s.url}/a`)?.outcome).toBe("ok");
    expect(lines.at(-1)).toBe("external links: 1/1");
  });
});
