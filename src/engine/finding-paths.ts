/**
 * Scanners write absolute paths: `/home/runner/work/r/r/src/a.js`, `/__w/r/r/…` in a container, a self-hosted
 * runner's work folder, `/Users/runner/work/…` on macOS, `D:\a\r\r\…` or `file:///D:/a/r/r/…` on Windows. The
 * parsers have already turned URIs and backslashes into `/` paths; here a path under the assessed root becomes
 * relative to it, whatever the workspace is. A path still outside the repository stays as it is: it is shown in
 * the report but never annotated (GitHub places annotations by repository path).
 */
import type { Finding } from "../core/model/report.js";

/** `/x/y` or `C:/x`: a path that is not relative to the repository. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
}

function comparable(p: string): string {
  const slashed = p.replace(/\\/g, "/").replace(/\/+$/, "");
  // Drive letters (and Windows paths in general) compare case-insensitively.
  return /^[A-Za-z]:\//.test(slashed) ? slashed.toLowerCase() : slashed;
}

export function relativeToRoot(p: string, root: string): string {
  if (!isAbsolutePath(p)) return p;
  const base = `${comparable(root)}/`;
  const windows = /^[A-Za-z]:\//.test(p);
  const candidate = windows ? p.toLowerCase() : p;
  return candidate.startsWith(base) ? p.slice(base.length) : p;
}

/** Rewrites the findings' paths in place. */
export function relativiseFindings(findings: Finding[], root: string): void {
  for (const f of findings) if (f.path) f.path = relativeToRoot(f.path, root);
}
