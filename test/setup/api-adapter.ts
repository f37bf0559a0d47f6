/**
 * The thin layer between Octokit and Prism that TESTING.md describes: Octokit asks for
 * `application/vnd.github.v3+json`, which Prism answers with 406, so the Accept header is rewritten to
 * `application/json`; Prism's `application/problem+json` errors are relabelled as JSON so Octokit shows their
 * message instead of "Unknown error"; and any `Link` header pointing at api.github.com is pointed back here.
 */
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ApiAdapter {
  url: string;
  close(): Promise<void>;
}

/**
 * `direct`: the fake itself, where what Prism cannot handle goes: the two redirecting downloads (Prism cannot
 * proxy a 302) and GraphQL (it has no OpenAPI description for Prism to check). A `/api/v3` prefix (GitHub
 * Enterprise Server's API root, as Probot builds it from GHE_HOST) is removed.
 */
export async function startApiAdapter(target: string, direct?: string): Promise<ApiAdapter> {
  const prism = new URL(target);
  const fake = direct ? new URL(direct) : prism;
  let self = "";
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith("/api/v3/")) req.url = req.url.slice("/api/v3".length);
    // GitHub Enterprise Server's GraphQL endpoint is /api/graphql (beside /api/v3), where Octokit sends it.
    if (req.url === "/api/graphql") req.url = "/graphql";
    const bypass =
      req.url === "/graphql" ||
      /^\/repos\/[^/]+\/[^/]+\/(tarball\/|actions\/artifacts\/\d+\/[^/]+$)/.test(req.url ?? "");
    const upstream = bypass ? fake : prism;
    const headers = { ...req.headers, host: upstream.host };
    const accept = String(headers.accept ?? "");
    if (accept === "" || /vnd\.github/.test(accept)) headers.accept = "application/json";
    const out = httpRequest(
      { hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (up) => {
        const h = { ...up.headers };
        if (typeof h["content-type"] === "string" && h["content-type"].includes("problem+json")) {
          h["content-type"] = "application/json; charset=utf-8";
        }
        if (typeof h.link === "string") h.link = h.link.replaceAll("https://api.github.com", self);
        res.writeHead(up.statusCode ?? 502, h);
        up.pipe(res);
      },
    );
    out.on("error", (e) => {
      res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `adapter: ${e.message}` }));
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  self = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: self, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
