/**
 * The one Octokit the publisher uses: `@actions/github`'s client with retry (5xx and network errors, with
 * backoff) and throttling (GitHub's primary and secondary rate limits, `retry-after` honoured, writes spaced as
 * GitHub asks). Tests pass `waitScale: 0` so retries do not sleep.
 *
 * Every request has a deadline (REQUEST_TIMEOUT_MS) and is retried at most 3 times, so one API call that never
 * answers costs at most about 4 × 20 s plus backoff; after PUBLISH_BUDGET_MS in all, no new request starts (each
 * fails at once), which bounds the whole publishing part of a step at about 3 minutes whatever GitHub does.
 * Requests go through undici's environment proxy agent (HTTPS_PROXY, HTTP_PROXY, NO_PROXY).
 */
import { getOctokit } from "@actions/github";
import { EnvHttpProxyAgent, fetch as undiciFetch } from "undici";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** REST API root, e.g. `https://api.github.com` or a GHES `/api/v3` URL. */
  baseUrl: string;
  /** Multiplier for every wait, in ms per second of `retry-after`/backoff (default 1000; 0 in tests). */
  waitScale?: number;
  /** Space writes 1 s apart and queue on rate limits (default true; tests switch it off for speed). */
  throttle?: boolean;
  /** Where retry and rate-limit notes go (the Action log). */
  log?: (message: string) => void;
  userAgent?: string;
  /** Per-request deadline in ms (default REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  /** Time after which no new request starts, in ms from creating the client (default PUBLISH_BUDGET_MS). */
  budgetMs?: number;
}

export const REQUEST_TIMEOUT_MS = 20_000;
export const PUBLISH_BUDGET_MS = 180_000;

/** fetch with the proxy agent, a deadline per request and an overall budget. */
function boundedFetch(timeoutMs: number, budgetMs: number): typeof fetch {
  const dispatcher = new EnvHttpProxyAgent();
  const until = Date.now() + budgetMs;
  return ((url: string | URL, init: RequestInit = {}) => {
    if (Date.now() > until)
      return Promise.reject(new Error(`the ${Math.round(budgetMs / 1000)} s budget for GitHub requests is used up`));
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return undiciFetch(url, { ...(init as object), dispatcher, signal } as Parameters<typeof undiciFetch>[1]);
  }) as unknown as typeof fetch;
}

/** Retries after a rate limit: enough to ride out a burst, not enough to hang a job for an hour. */
const MAX_RATE_LIMIT_RETRIES = 2;
/** A primary rate limit that resets later than this is reported instead of waited out. */
const MAX_RATE_LIMIT_WAIT_S = 120;

export function createGitHubClient(opts: ClientOptions): GitHubClient {
  const log = opts.log ?? (() => {});
  const waitScale = opts.waitScale ?? 1000;
  return getOctokit(
    opts.token,
    {
      baseUrl: opts.baseUrl.replace(/\/+$/, ""),
      request: { fetch: boundedFetch(opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, opts.budgetMs ?? PUBLISH_BUDGET_MS) },
      ...(opts.userAgent ? { userAgent: opts.userAgent } : {}),
      retry: { retryAfterBaseValue: waitScale, retries: 3 },
      throttle: {
        enabled: opts.throttle ?? true,
        retryAfterBaseValue: waitScale,
        fallbackSecondaryRateRetryAfter: 60,
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log(
            `GitHub secondary rate limit on ${options.method} ${options.url}; waiting ${retryAfter} s (retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES})`,
          );
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          if (retryAfter > MAX_RATE_LIMIT_WAIT_S || retryCount >= MAX_RATE_LIMIT_RETRIES) {
            log(
              `GitHub rate limit reached on ${options.method} ${options.url}; it resets in ${retryAfter} s, not waiting`,
            );
            return false;
          }
          log(`GitHub rate limit reached on ${options.method} ${options.url}; waiting ${retryAfter} s`);
          return true;
        },
      },
    },
    retry,
    throttling,
  );
}
