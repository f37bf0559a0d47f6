/**
 * `documentation.ignore-links`: links that resolve only at run time (a dashboard URL, a generated page) are not
 * checked. A pattern is a glob over the link as written (`*` within a path segment, `**` across segments, `?` one
 * character) or `/regex/flags`; regular expressions run with a time limit, like the compliance patterns, so a
 * pattern that backtracks cannot stall the run.
 */
import { runRegex } from "../compliance/regex-runner.js";

/**
 * Per link. Generous, because a busy runner can stall a sound pattern for tens of milliseconds; a pattern that times
 * out once is not applied again, so a runaway one costs this much once, not once per link.
 */
const REGEX_TIMEOUT_MS = 1000;

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
  /** Patterns that timed out on some link (reported once each). */
  timedOut: Set<string>;
}

export function linkIgnore(patterns: readonly string[]): LinkIgnore | undefined {
  if (patterns.length === 0) return undefined;
  const timedOut = new Set<string>();
  // Globs run through the time limit too: `**` compiles to `.*`, and many of them backtrack like any regex.
  const tests = patterns.map((p) => {
    const m = /^\/(.+)\/([a-z]*)$/s.exec(p);
    const source = m ? (m[1] as string) : globToRegExp(p).source;
    const flags = m ? (m[2] as string).replace(/[gy]/g, "") : "";
    return (url: string) => {
      if (timedOut.has(p)) return false;
      const r = runRegex(source, flags, url, REGEX_TIMEOUT_MS);
      if ("timedOut" in r) {
        timedOut.add(p);
        return false;
      }
      return r.found;
    };
  });
  return {
    match(url) {
      for (let i = 0; i < tests.length; i++) if ((tests[i] as (u: string) => boolean)(url)) return patterns[i];
      return undefined;
    },
    timedOut,
  };
}
