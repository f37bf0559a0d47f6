/**
 * github.com links: with a token, repository and account pages are checked through the REST API (one small JSON
 * answer, authenticated, with a documented rate limit) instead of scraping HTML, which GitHub throttles hard.
 */

/** First path segments on github.com that are site pages, not accounts. */
const SITE_PAGES = new Set([
  "about",
  "account",
  "apps",
  "blog",
  "collections",
  "contact",
  "customer-stories",
  "enterprise",
  "events",
  "explore",
  "features",
  "login",
  "logout",
  "marketplace",
  "new",
  "notifications",
  "orgs",
  "organizations",
  "pricing",
  "pulls",
  "issues",
  "search",
  "security",
  "settings",
  "site",
  "sponsors",
  "team",
  "topics",
  "trending",
  "users",
  "join",
]);

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

export interface GithubApiTarget {
  /** API path, e.g. `/repos/owner/name`. */
  apiPath: string;
  /** The canonical page the API answer describes (to notice renamed repositories). */
  kind: "repo" | "user";
}

/**
 * The API request that answers for a URL on the GitHub whose API and token we have (`github.com`, or a GitHub
 * Enterprise Server's host), or null when the URL is not a repository or account page there.
 */
export function githubApiTarget(url: URL, host = "github.com"): GithubApiTarget | null {
  if (url.hostname.toLowerCase() !== host.toLowerCase() || url.search !== "") return null;
  const parts = url.pathname.split("/").filter((p) => p !== "");
  if (parts.length === 0 || parts.length > 2) return null;
  const [owner = "", rawRepo] = parts;
  if (!NAME.test(owner) || SITE_PAGES.has(owner.toLowerCase())) return null;
  if (rawRepo === undefined) return { apiPath: `/users/${owner}`, kind: "user" };
  const repo = rawRepo.replace(/\.git$/, "");
  if (!REPO.test(repo) || repo === "." || repo === "..") return null;
  return { apiPath: `/repos/${owner}/${repo}`, kind: "repo" };
}

/** The link as the page's canonical address would write it, for comparing with the API's `html_url`. */
export function sameGithubPage(link: URL, htmlUrl: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/\.git$/, "")
      .replace(/\/+$/, "")
      .toLowerCase();
  const linkPath = norm(`${link.origin}${link.pathname}`);
  return linkPath === norm(htmlUrl);
}

/** What GitHub's rate-limit headers say: requests left and when the window resets (ms since the epoch). */
export function readRateLimit(
  headers: Record<string, string | string[] | undefined>,
): { remaining: number; resetAt: number } | null {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const remaining = Number(one(headers["x-ratelimit-remaining"]));
  const reset = Number(one(headers["x-ratelimit-reset"]));
  if (!Number.isFinite(remaining) || !Number.isFinite(reset)) return null;
  return { remaining, resetAt: reset * 1000 };
}
