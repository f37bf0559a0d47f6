/** Which URLs are checked at all (`include` / `exclude` patterns and schemes), and how URLs are grouped. */

export interface UrlRules {
  include: RegExp[];
  exclude: { pattern: string; re: RegExp }[];
}

export function compileUrlRules(include: readonly string[], exclude: readonly string[]): UrlRules {
  return {
    include: include.map((p) => new RegExp(p)),
    exclude: exclude.map((pattern) => ({ pattern, re: new RegExp(pattern) })),
  };
}

/**
 * Null when the URL is to be checked, otherwise why not. With `include` patterns, only URLs matching one are
 * checked; `exclude` then removes URLs from that set.
 */
export function exclusionReason(url: string, rules: UrlRules): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // checked, and reported as an invalid URL
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return `only http and https links are checked`;
  if (rules.include.length > 0 && !rules.include.some((r) => r.test(url))) return "matches no include pattern";
  const hit = rules.exclude.find((r) => r.re.test(url));
  return hit ? `matches the exclude pattern ${hit.pattern}` : null;
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
