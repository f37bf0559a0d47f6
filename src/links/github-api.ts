/**
 * Links to github.com repositories and accounts answered by the REST API (with the workflow's token) instead of
 * the web page: fewer requests, an exact "no such repository", renamed repositories as redirects, and GitHub's own
 * rate-limit headers steering the next request. Each API path is asked once per run.
 */
import { type GithubApiTarget, githubApiTarget, readRateLimit, sameGithubPage } from "./github.js";
import { HostLimiter } from "./host-limiter.js";
import { type PageCheckDeps, type PageResult, requestWithRetry } from "./page-check.js";
import { hostKey } from "./url-rules.js";

export interface GithubApiSettings {
  /** Without a token no link is answered by the API. */
  token?: string;
  apiUrl: URL;
  /** Requests in flight at once (GitHub asks API clients not to send many in parallel). */
  concurrency: number;
  /** A rate limit that resets later than this (ms) is not waited for: the web page decides. */
  maxRetryAfterMs: number;
  now: () => number;
  /** The GitHub the token belongs to (GHES): only its pages are answered by the API; github.com by default. */
  host?: string;
}

/** `null`: the API cannot tell (no token, not a repository link, rate limited): check the page itself. */
export type GithubApiCheck = (d: PageCheckDeps, url: URL) => Promise<PageResult | null>;

export function githubApiChecker(settings: GithubApiSettings): GithubApiCheck {
  const { token, apiUrl: base, now } = settings;
  const state = { remaining: Number.POSITIVE_INFINITY, resetAt: 0 };
  /** API answers per API path: `owner/repo` and `owner/repo/` and `owner/repo.git` ask GitHub once. */
  const answers = new Map<string, Promise<PageResult | null>>();
  // A small gate keeps a few requests in flight and lets the rate-limit state seen by one answer steer the next.
  const gate = new HostLimiter(settings.concurrency, settings.concurrency);

  async function ask(d: PageCheckDeps, url: URL, target: GithubApiTarget): Promise<PageResult | null> {
    if (!token) return null;
    if (state.remaining <= 0) {
      const wait = state.resetAt - now();
      if (wait > settings.maxRetryAfterMs) return null;
      if (wait > 0) d.limiter.pause(hostKey(base), state.resetAt);
    }
    const apiUrl = new URL(base.href.replace(/\/$/, "") + target.apiPath);
    const counter = { requests: 0 };
    const auth = {
      authorization: `Bearer ${token}`,
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
    };
    const r = await requestWithRetry(d, apiUrl, true, auth, counter);
    if (r.kind === "failure") return null;
    const limit = readRateLimit(r.headers);
    // Answers can arrive out of order: within one window the lowest count left is the true one.
    if (limit && limit.resetAt >= state.resetAt) {
      state.remaining = limit.resetAt === state.resetAt ? Math.min(state.remaining, limit.remaining) : limit.remaining;
      state.resetAt = limit.resetAt;
    }
    if (r.status === 404) {
      const what = target.kind === "repo" ? "repository" : "account";
      return {
        outcome: "broken",
        status: 404,
        detail: `GitHub has no such ${what} (or it is private)`,
        requests: counter.requests,
      };
    }
    if (r.status !== 200) return null; // rate limited, renamed (301) or unexpected: the web page decides
    let htmlUrl: unknown;
    try {
      htmlUrl = (JSON.parse(r.body ?? "") as { html_url?: unknown }).html_url;
    } catch {
      return null;
    }
    if (typeof htmlUrl === "string" && /^https:\/\/github\.com\//.test(htmlUrl) && !sameGithubPage(url, htmlUrl)) {
      return {
        outcome: "redirected",
        status: 200,
        redirectedTo: htmlUrl,
        permanentRedirect: true,
        requests: counter.requests,
      };
    }
    return { outcome: "ok", status: 200, requests: counter.requests };
  }

  return (d, url) => {
    // Only pages of the GitHub the token belongs to go through its API; github.com seen from GHES is a plain link.
    const target = token ? githubApiTarget(url, settings.host) : null;
    if (!target) return Promise.resolve(null);
    const key = target.apiPath.toLowerCase();
    let answer = answers.get(key);
    if (!answer) {
      answer = gate.acquire("api").then(async (release) => {
        try {
          return await ask(d, url, target);
        } finally {
          release();
        }
      });
      answers.set(key, answer);
    }
    return answer;
  };
}
