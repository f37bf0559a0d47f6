/**
 * One HTTP exchange under the run's limits: SSRF check, a concurrency slot for the host, a timeout, and a mapping
 * of every failure to an outcome. Retries, HEAD/GET choice and redirects are the caller's.
 */
import type { Dispatcher } from "undici";
import type { LinkOutcome } from "../core/documentation/external-links.js";
import type { GuardedResolver } from "./guarded-resolver.js";
import type { HostLimiter } from "./host-limiter.js";
import { hostKey } from "./url-rules.js";

export type Method = "HEAD" | "GET";

export interface HttpResponse {
  kind: "response";
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as text, when asked for (capped). */
  body?: string;
  /** The body was longer than the cap and was cut. */
  truncated?: boolean;
}

export interface HttpFailure {
  kind: "failure";
  outcome: LinkOutcome;
  detail: string;
  /** Worth another attempt (a reset connection, a temporary DNS failure, a timeout). */
  retryable: boolean;
}

export interface HttpClientDeps {
  /** Direct connections, pinned to the addresses the resolver checked. */
  dispatcher: Dispatcher;
  /** The proxy's dispatcher for a URL, or null to go direct (no proxy configured, or NO_PROXY). */
  proxyFor?: (url: URL) => Dispatcher | null;
  resolver: GuardedResolver;
  limiter: HostLimiter;
  timeoutMs: number;
  userAgent: string;
  /** Bytes of body read at most when the body is wanted. */
  bodyCap: number;
  /** Called once per request actually sent (for the summary). */
  onRequest?: (host: string, ms: number) => void;
  /** Sees each HEAD status before the slot is released, so the next request to the host can already use GET. */
  onHeadStatus?: (host: string, status: number) => void;
  now: () => number;
}

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

function errorCodes(e: unknown): string[] {
  const codes: string[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    cur = (cur as { cause?: unknown }).cause;
  }
  return codes;
}

/** Failures of this machine's network (or its proxy), not of the linked site: the link is not verified. */
const NETWORK_CODES = new Set(["ENETUNREACH", "ENETDOWN", "UND_ERR_PROXY", "ERR_PROXY_CONNECTION_FAILED"]);

/** Maps a failed exchange to an outcome. Exported for tests. */
export function classifyError(e: unknown, timedOut: boolean): HttpFailure {
  const codes = errorCodes(e);
  const has = (pred: (c: string) => boolean) => codes.some(pred);
  if (
    timedOut ||
    has((c) => c === "UND_ERR_CONNECT_TIMEOUT" || c === "UND_ERR_HEADERS_TIMEOUT" || c === "UND_ERR_BODY_TIMEOUT")
  ) {
    return { kind: "failure", outcome: "timeout", detail: "no answer within the timeout", retryable: true };
  }
  if (has((c) => c === "ERR_LINK_BLOCKED")) {
    return { kind: "failure", outcome: "blocked", detail: (e as Error).message, retryable: false };
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
  if (
    has((c) => TLS_CODES.has(c) || c.startsWith("ERR_TLS_") || c.startsWith("ERR_SSL_") || c.startsWith("ERR_OSSL_"))
  ) {
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

async function readCapped(
  body: Dispatcher.ResponseData["body"],
  cap: number,
): Promise<{ text: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of body) {
    const buf = chunk as Buffer;
    if (size + buf.length > cap) {
      chunks.push(buf.subarray(0, cap - size));
      truncated = true;
      break;
    }
    chunks.push(buf);
    size += buf.length;
  }
  if (truncated) body.destroy();
  return { text: Buffer.concat(chunks).toString("utf8"), truncated };
}

export async function exchange(
  deps: HttpClientDeps,
  url: URL,
  methodFor: Method | (() => Method),
  headers: Record<string, string>,
  wantBody: boolean,
): Promise<(HttpResponse & { method: Method }) | HttpFailure> {
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
    if (method === "HEAD") deps.onHeadStatus?.(host, res.statusCode);
    if (wantBody && res.statusCode >= 200 && res.statusCode < 300) {
      const { text, truncated } = await readCapped(res.body, deps.bodyCap);
      return { kind: "response", method, status: res.statusCode, headers: res.headers, body: text, truncated };
    }
    // Read a little so the connection can be reused; anything longer is dropped with its socket.
    await res.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
    return { kind: "response", method, status: res.statusCode, headers: res.headers };
  } catch (e) {
    const failure = classifyError(e, timedOut);
    // Through a proxy, a refused or failed connection is the proxy's (or its network's), not the linked site's.
    if (viaProxy && (failure.outcome === "error" || failure.outcome === "dns-failure"))
      return {
        ...failure,
        outcome: "unverified",
        detail: `could not check (network): through the proxy, ${failure.detail}`,
      };
    return failure;
  } finally {
    clearTimeout(timer);
    deps.onRequest?.(host, deps.now() - started);
    release();
  }
}
