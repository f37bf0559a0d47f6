/**
 * The link checker behind a real HTTP proxy on 127.0.0.1 (CONNECT tunnels and absolute-URI requests, written
 * here with node:http). The SSRF guard still judges each link's own host; the proxy is reached although its
 * address is not allowed; NO_PROXY hosts go direct; the token for API links never reaches the proxy.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createChecker, type RunnableChecker } from "../../src/links/checker.js";
import { proxyFromEnv } from "../../src/links/proxy-env.js";
import { startServer, status, type TestServer, testConfig } from "./servers.js";

interface TestProxy {
  url: string;
  /** Every request the proxy saw: `CONNECT host:port` or `GET http://…`, with its headers. */
  seen: { line: string; headers: Record<string, string | string[] | undefined> }[];
  close(): Promise<void>;
}

/** A forwarding proxy that maps the test's host names to 127.0.0.1, as a real proxy's own DNS would. */
async function startProxy(): Promise<TestProxy> {
  const seen: TestProxy["seen"] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    seen.push({ line: `${req.method} ${req.url}`, headers: req.headers });
    const target = new URL(req.url ?? "/");
    const upstream = request(
      {
        host: "127.0.0.1",
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on("connect", (req, client: Socket, head: Buffer) => {
    seen.push({ line: `CONNECT ${req.url}`, headers: req.headers });
    const port = Number((req.url ?? "").split(":").pop());
    const upstream = connect(port, "127.0.0.1", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
    }
    upstream.on("error", () => client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n"));
    client.on("error", () => upstream.destroy());
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let root: string;
const open: { close(): Promise<void> }[] = [];
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "links-proxy-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()));
});

/** Every `*.internal.test` name resolves to loopback for the checker's own guard. */
const lookup = async (host: string) => {
  if (host.endsWith(".internal.test")) return [{ address: "127.0.0.1", family: 4 }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
};

function checker(settings: Partial<Parameters<typeof createChecker>[0]>): RunnableChecker {
  const c = createChecker({
    // Only the link hosts are allowed, by name: the proxy's own address 127.0.0.1 is not.
    config: testConfig({
      "allow-private-hosts": ["docs.internal.test", "direct.internal.test", "api.internal.test"],
      cache: { path: `cache-${Math.random().toString(36).slice(2)}.json` },
    }),
    root,
    lookup,
    backoffBaseMs: 1,
    ...settings,
  });
  open.push(c);
  return c;
}

describe("proxy settings from the environment", () => {
  it("reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY in either case; empty values are unset", () => {
    expect(proxyFromEnv({ https_proxy: "http://p:3128", HTTP_PROXY: "http://q:8080", NO_PROXY: "" })).toEqual({
      http: "http://q:8080",
      https: "http://p:3128",
    });
    expect(proxyFromEnv({ HTTPS_PROXY: "http://p:3128", no_proxy: "localhost,.corp" })).toEqual({
      https: "http://p:3128",
      noProxy: "localhost,.corp",
    });
    expect(proxyFromEnv({})).toEqual({});
  });
});

describe("the link checker behind a proxy", () => {
  it("goes through the proxy, still refuses a private target, and sends NO_PROXY hosts direct", async () => {
    const proxy = await startProxy();
    const site: TestServer = await startServer({ "/ok": status(200), "/missing": status(404) });
    open.push(proxy, site);
    const c = checker({ proxy: { http: proxy.url, noProxy: "direct.internal.test" } });
    const u = (host: string, p: string) => `http://${host}:${site.port}${p}`;
    const r = await c.check([
      u("docs.internal.test", "/ok"),
      u("docs.internal.test", "/missing"),
      u("secret.internal.test", "/ok"),
      u("direct.internal.test", "/ok"),
    ]);
    expect(r.get(u("docs.internal.test", "/ok"))).toMatchObject({ outcome: "ok", status: 200 });
    expect(r.get(u("docs.internal.test", "/missing"))).toMatchObject({ outcome: "broken", status: 404 });
    expect(r.get(u("secret.internal.test", "/ok"))).toMatchObject({
      outcome: "blocked",
      detail:
        "not checked: loopback address (secret.internal.test resolves to 127.0.0.1); list the host in documentation.links.allow-private-hosts to allow it",
    });
    expect(r.get(u("direct.internal.test", "/ok"))).toMatchObject({ outcome: "ok", status: 200 });
    const hosts = new Set(proxy.seen.map((s) => s.line.replace(/^(CONNECT |\w+ http:\/\/)/, "").split(/[:/]/)[0]));
    // The refused host never reached the proxy; the NO_PROXY host went direct.
    expect([...hosts]).toEqual(["docs.internal.test"]);
    expect(site.hits.get("HEAD /ok")).toBe(2);
  });

  it("the token for API links goes only to the API host, inside the tunnel, never in a request to the proxy", async () => {
    const proxy = await startProxy();
    const auth: (string | undefined)[] = [];
    const api = await startServer({
      "/repos/acme/tool": (req, res) => {
        auth.push(req.headers.authorization);
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ html_url: "x" }));
      },
    });
    open.push(proxy, api);
    const c = checker({
      proxy: { http: proxy.url, https: proxy.url },
      githubToken: "ghs_proxy_secret",
      githubApiUrl: `http://api.internal.test:${api.port}`,
    });
    const r = await c.check(["https://github.com/acme/tool"]);
    expect(r.get("https://github.com/acme/tool")?.outcome).toBe("ok");
    expect(auth).toEqual(["Bearer ghs_proxy_secret"]);
    expect(proxy.seen.map((s) => s.line)).toEqual([`CONNECT api.internal.test:${api.port}`]);
    expect(JSON.stringify(proxy.seen)).not.toContain("ghs_proxy_secret");
  });

  it("a proxy that cannot be reached is 'could not check (network)', not a broken link or a missing host", async () => {
    const gone = await startProxy();
    const url = gone.url;
    await gone.close();
    const c = checker({ proxy: { http: url } });
    const link = "http://docs.internal.test:9/page";
    const r = await c.check([link]);
    expect(r.get(link)).toMatchObject({ outcome: "unverified" });
    expect(r.get(link)?.detail).toMatch(/^could not check \(network\): through the proxy, /);
  });
});
