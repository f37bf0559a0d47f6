/**
 * Checks one page (a URL without its fragment): HEAD first and GET when HEAD is refused, bounded retries with
 * `Retry-After` and backoff for 429/503, redirects followed by hand (each new host passes the SSRF guard again),
 * and the final status mapped to an outcome.
 */
import type { LinkOutcome } from "../core/documentation/external-links.js";
import { headersFor, type ResolvedHeaders } from "./headers.js";
import { exchange, type HttpClientDeps, type HttpFailure, type HttpResponse, type Method } from "./http-client.js";
import { backoffDelay, parseRetryAfter } from "./timing.js";
import { hostKey } from "./url-rules.js";

export interface PageCheckDeps extends HttpClientDeps {
  retries: number;
  maxRedirects: number;
  accept: ReadonlySet<number>;
  headers: ResolvedHeaders;
  backoffBaseMs: number;
  /** A `Retry-After` longer than this is not waited for: the link is reported as rate-limited. */
  maxRetryAfterMs: number;
  /** Hosts whose HEAD answers 404 for pages that exist: their 404 is confirmed with GET. */
  headUnreliableHosts: ReadonlySet<string>;
  /** Hosts seen refusing HEAD in this run: they get GET straight away. */
  headRefused: Set<string>;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export interface PageResult {
  outcome: LinkOutcome;
  status?: number;
  redirectedTo?: string;
  permanentRedirect?: boolean;
  detail?: string;
  /** The page body (HTML), when it was fetched for fragment checks. */
  body?: string;
  truncated?: boolean;
  contentType?: string;
  /** Requests sent for this page (HEAD, GET, retries, redirects). */
  requests: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);
const RETRY_STATUS = new Set([429, 502, 503, 504]);
const STATUS_TEXT: Record<number, string> = {
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

export function statusLabel(status: number): string {
  const text = STATUS_TEXT[status];
  return text ? `${status} ${text}` : String(status);
}

function header(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Whether a HEAD answer should be confirmed with GET. */
function headRejected(deps: PageCheckDeps, url: URL, status: number): "refused" | "doubtful" | null {
  if (status === 405 || status === 501) return "refused";
  // Many servers answer HEAD with 404 (or 405) for pages GET serves: a 404 only counts once GET confirms it.
  if (status === 404) return "doubtful";
  // Some servers and bot filters answer HEAD with 400/403 while GET works; a GET settles it.
  if (status === 400 || status === 403) return "doubtful";
  return null;
}

/** One request with retries; the HEAD → GET switch does not count as a retry. */
export async function requestWithRetry(
  deps: PageCheckDeps,
  url: URL,
  wantBody: boolean,
  extraHeaders: Record<string, string> = {},
  counter: { requests: number },
): Promise<HttpResponse | HttpFailure> {
  const host = hostKey(url);
  const pick = (): Method => (wantBody || deps.headRefused.has(host) ? "GET" : "HEAD");
  const headers = { ...headersFor(deps.headers, url), ...extraHeaders };
  let timeoutsLeft = Math.min(1, deps.retries); // a dead host costs a timeout per attempt: retry it once at most
  for (let attempt = 0; ; attempt++) {
    counter.requests++;
    let r = await exchange(deps, url, pick, headers, wantBody);
    if (r.kind === "response" && r.method === "HEAD") {
      const rejected = headRejected(deps, url, r.status);
      if (rejected) {
        if (rejected === "refused") deps.headRefused.add(host);
        counter.requests++;
        r = await exchange(deps, url, "GET", headers, wantBody);
      }
    }
    if (attempt >= deps.retries) return r;
    let delay: number;
    if (r.kind === "failure") {
      if (!r.retryable) return r;
      if (r.outcome === "timeout" && timeoutsLeft-- <= 0) return r;
      delay = backoffDelay(attempt, deps.backoffBaseMs, deps.random);
    } else {
      if (!RETRY_STATUS.has(r.status)) return r;
      const after = r.status === 429 || r.status === 503 ? parseRetryAfter(header(r, "retry-after"), deps.now()) : null;
      if (after !== null && after > deps.maxRetryAfterMs) return r;
      delay = after ?? backoffDelay(attempt, deps.backoffBaseMs, deps.random);
      // The whole host waits, not just this URL: the server asked for a pause.
      if (r.status === 429) deps.limiter.pause(host, deps.now() + delay);
    }
    await deps.sleep(delay);
  }
}

function outcomeFor(deps: PageCheckDeps, status: number): { outcome: LinkOutcome; detail?: string } {
  if (deps.accept.has(status)) return { outcome: "ok" };
  if (status === 429) return { outcome: "rate-limited", detail: "the server kept answering 429 Too Many Requests" };
  if (status === 401 || status === 403 || status === 999) {
    return {
      outcome: "unverified",
      detail: `the server refused the check (${statusLabel(status)}); it may block automated requests`,
    };
  }
  if (status >= 400 && status < 500) return { outcome: "broken", detail: `the server answers ${statusLabel(status)}` };
  if (status >= 500) return { outcome: "server-error", detail: `the server answers ${statusLabel(status)}` };
  return { outcome: "error", detail: `unexpected status ${status} (not in documentation.links.accept)` };
}

export async function checkPage(deps: PageCheckDeps, start: URL, wantBody: boolean): Promise<PageResult> {
  const counter = { requests: 0 };
  let current = start;
  const visited = new Set([current.href]);
  /** Where the leading run of permanent redirects leads: the address the link should be changed to. */
  let permanentTarget: URL | undefined;
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
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
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
      if (permanentRun && PERMANENT.has(r.status)) permanentTarget = next;
      else permanentRun = false;
      visited.add(next.href);
      current = next;
      hops++;
      continue;
    }
    const { outcome, detail } = outcomeFor(deps, r.status);
    const result: PageResult = { outcome, status: r.status, requests: counter.requests };
    if (detail) result.detail = `${detail}${via}`;
    if (hops > 0) {
      if (outcome === "ok") result.outcome = "redirected";
      result.redirectedTo = (permanentTarget ?? current).href;
      result.permanentRedirect = permanentTarget !== undefined;
    }
    const contentType = header(r, "content-type");
    if (contentType) result.contentType = contentType;
    if (r.body !== undefined) result.body = r.body;
    if (r.truncated) result.truncated = true;
    return result;
  }
}
