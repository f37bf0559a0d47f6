/** Real HTTP servers on 127.0.0.1 (ephemeral ports) for the link checker tests. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { linksSchema } from "../../src/core/config/documentation.js";

export type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void | Promise<void>;

export interface TestServer {
  url: string;
  port: number;
  /** Requests seen per `METHOD path`. */
  hits: Map<string, number>;
  total(): number;
  /** Highest number of requests in flight at once. */
  peakInFlight(): number;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler>, fallback?: Handler): Promise<TestServer> {
  const hits = new Map<string, number>();
  let inFlight = 0;
  let peak = 0;
  let count = 0;
  const server: Server = createServer(async (req, res) => {
    count++;
    inFlight++;
    peak = Math.max(peak, inFlight);
    res.on("close", () => inFlight--);
    const pathOnly = (req.url ?? "/").split("?")[0] ?? "/";
    const key = `${req.method} ${pathOnly}`;
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    const handler = routes[pathOnly] ?? fallback;
    if (!handler) {
      res.statusCode = 404;
      res.end("not found");
      return;
    }
    await handler(req, res, n);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits,
    total: () => count,
    peakInFlight: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const status =
  (code: number, headers: Record<string, string> = {}, body = ""): Handler =>
  (_req, res) => {
    res.writeHead(code, headers);
    res.end(body);
  };

export const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A links config with test-friendly limits; loopback allowed explicitly. */
export function testConfig(over: Record<string, unknown> = {}) {
  return linksSchema.parse({ "timeout-ms": 500, retries: 2, "allow-private-hosts": ["127.0.0.1"], ...over });
}
