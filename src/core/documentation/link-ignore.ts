/**
 * `documentation.ignore-links`: links that resolve only at run time (a dashboard URL, a generated page) are not
 * checked. A pattern is a glob over the link as written (`*` within a path segment, `**` across segments, `?` one
 * character) or `/regex/flags`; regular expressions run with a time limit in a vm context, like the compliance
 * patterns, so a pattern that backtracks cannot stall the run.
 */
import { runRegexAll } from "../util/regex-runner.js";

/**
 * Per pattern, over all the links of the run. Generous, because a busy runner can stall a sound pattern for tens of
 * milliseconds; a pattern that runs away costs this much once.
 */
const REGEX_TIMEOUT_MS = 2000;

export function globToRegExp(glob: string): RegExp {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        out += ".*";
        i++;
      } else out += "[^/]*";
    } else if (c === "?") out += "[^/]";
    else out += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
}

export interface LinkIgnore {
  /** The pattern that matches `url`, if any. */
  match(url: string): string | undefined;
  /** Patterns that timed out (reported once each, then not applied). */
  timedOut: Set<string>;
}

/**
 * The ignore-links matcher for the links of this run (`urls`, every link as written): globs with one or two
 * wildcards (at most quadratic backtracking over a link) run directly; other globs and every regular expression are
 * tested against all links at once within the time limit, and a pattern that exceeds it is not applied at all.
 */
export function linkIgnore(patterns: readonly string[], urls: readonly string[]): LinkIgnore | undefined {
  if (patterns.length === 0) return undefined;
  const timedOut = new Set<string>();
  const distinct = [...new Set(urls)];
  const tests = patterns.map((p): ((url: string) => boolean) => {
    const m = /^\/(.+)\/([a-z]*)$/s.exec(p);
    if (!m && (p.match(/\*+/g) ?? []).length <= 2) {
      const re = globToRegExp(p);
      return (url) => re.test(url);
    }
    const source = m ? (m[1] as string) : globToRegExp(p).source;
    const flags = m ? (m[2] as string).replace(/[gy]/g, "") : "";
    const results = runRegexAll(source, flags, distinct, REGEX_TIMEOUT_MS);
    if (results === null) {
      timedOut.add(p);
      return () => false;
    }
    const hits = new Set(distinct.filter((_, i) => results[i] === true));
    return (url) => hits.has(url);
  });
  return {
    match(url) {
      for (let i = 0; i < tests.length; i++) if ((tests[i] as (u: string) => boolean)(url)) return patterns[i];
      return undefined;
    },
    timedOut,
  };
}
