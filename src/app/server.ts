/**
 * The App's HTTP server: `GET /healthz`, and webhooks at `POST /api/github/webhooks` and `POST /` (where the
 * manifest registration points GitHub). Before Probot's middleware sees a delivery, its body is read with a
 * size limit (413 above it) and its signature is checked (400 when missing or wrong), so an unsigned or huge
 * request costs bounded memory, reaches no handler, makes no GitHub call and leaves no payload in the log.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, type Logger, type Probot } from "probot";
import { BodyTooLarge, readBoundedBody } from "./body-limit.js";

export const WEBHOOK_PATH = "/api/github/webhooks";

export interface ServerDeps {
  probot: Probot;
  appFn: (app: Probot) => void;
  log: Logger;
  host: string;
  port: number;
  maxWebhookBytes: number;
  /** False for a worker-only process: only `/healthz` is served. */
  webhooks?: boolean;
  /** What `/healthz` reports besides the status. */
  health: () => Promise<Record<string, unknown>>;
}

export interface AppServer {
  url: string;
  server: Server;
  /** Stops accepting connections (`/healthz` answers 503 meanwhile) and closes idle ones. */
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

export async function startAppServer(deps: ServerDeps): Promise<AppServer> {
  const middleware = await createNodeMiddleware(deps.appFn, { probot: deps.probot, webhooksPath: WEBHOOK_PATH });
  let closing = false;

  const webhook = async (req: IncomingMessage, res: ServerResponse) => {
    const delivery = String(req.headers["x-github-delivery"] ?? "?");
    let body: string;
    try {
      body = await readBoundedBody(req, deps.maxWebhookBytes);
    } catch (e) {
      if (!(e instanceof BodyTooLarge)) throw e;
      deps.log.warn(`webhook delivery ${delivery} refused: body over ${deps.maxWebhookBytes} bytes`);
      return json(res, 413, { error: `payload over ${deps.maxWebhookBytes} bytes` });
    }
    const signature = req.headers["x-hub-signature-256"];
    const valid =
      typeof signature === "string" && (await deps.probot.webhooks.verify(body, signature).catch(() => false));
    if (!valid) {
      deps.log.warn(`webhook delivery ${delivery} refused: ${signature ? "wrong" : "missing"} signature`);
      return json(res, 400, { error: "signature does not match the payload and secret" });
    }
    // The middleware uses `req.body` instead of reading the (already consumed) stream again.
    req.body = body;
    req.url = WEBHOOK_PATH;
    await middleware(req, res, () => json(res, 404, { error: "not found" }));
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const route =
      req.method === "GET" && path === "/healthz"
        ? deps.health().then((h) => json(res, closing ? 503 : 200, { status: closing ? "draining" : "ok", ...h }))
        : req.method === "POST" && (path === WEBHOOK_PATH || path === "/") && deps.webhooks !== false
          ? webhook(req, res)
          : Promise.resolve(json(res, 404, { error: "not found" }));
    route.catch((e: unknown) => {
      deps.log.error(`request ${req.method} ${path} failed: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) json(res, 500, { error: "internal error" });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(deps.port, deps.host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === "IPv6" ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${host}:${addr.port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
