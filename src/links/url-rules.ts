/**
 * Which URLs are checked at all (`include` / `exclude` patterns and schemes), and how URLs are grouped. The
 * patterns come from the config and the URLs from the pull request's Markdown, so a pattern that backtracks
 * (`^https?://(a+)+$`) runs with a time limit per URL, like the compliance patterns.
 */
import { runRegex } from "../core/util/regex-runner.js";
import { URL_PATTERN_TIMEOUT_MS } from "../core/util/budgets.js";

export interface UrlRules {
  include: string[];
  exclude: string[];
  timeoutMs: number;
}

export function compileUrlRules(
  include: readonly string[],
  exclude: readonly string[],
  timeoutMs = URL_PATTERN_TIMEOUT_MS,
): UrlRules {
  // Compiled once here so that a bad pattern fails at the start, as before; matching happens in the runner.
  for (const p of [...include, ...exclude]) new RegExp(p);
  return { include: [...include], exclude: [...exclude], timeoutMs };
}

export type Exclusion = { outcome: "excluded" | "unverified"; detail: string };

/**
 * Null when the URL is to be checked, otherwise why not. With `include` patterns, only URLs matching one are
 * checked; `exclude` then removes URLs from that set. A pattern that runs out of time leaves the URL unverified.
 */
export function exclusionReason(url: string, rules: UrlRules): Exclusion | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // checked, and reported as an invalid URL
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return { outcome: "excluded", detail: "only http and https links are checked" };
  const test = (pattern: string): boolean | Exclusion => {
    const r = runRegex(pattern, "", url, rules.timeoutMs);
    if ("timedOut" in r)
      return {
        outcome: "unverified",
        detail: `the URL pattern ${pattern} took longer than ${rules.timeoutMs} ms on it (a pattern that backtracks); it was not checked`,
      };
    return r.found;
  };
  if (rules.include.length > 0) {
    let included = false;
    for (const p of rules.include) {
      const r = test(p);
      if (typeof r === "object") return r;
      if (r) {
        included = true;
        break;
      }
    }
    if (!included) return { outcome: "excluded", detail: "matches no include pattern" };
  }
  for (const p of rules.exclude) {
    const r = test(p);
    if (typeof r === "object") return r;
    if (r) return { outcome: "excluded", detail: `matches the exclude pattern ${p}` };
  }
  return null;
}

/** The page a URL points at: the URL without its fragment. Pages are what the network sees, once each. */
export function pageOf(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = "";
  return copy.href;
}

/** Key for per-host limits: host name and port (distinct ports are distinct servers). */
export function hostKey(url: URL): string {
  return url.host.toLowerCase();
}
