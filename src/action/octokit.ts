/**
 * The one Octokit the publisher uses: `@actions/github`'s client with retry (5xx and network errors, with
 * backoff) and throttling (GitHub's primary and secondary rate limits, `retry-after` honoured, writes spaced as
 * GitHub asks). Tests pass `waitScale: 0` so retries do not sleep.
 */
import { getOctokit } from "@actions/github";
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
