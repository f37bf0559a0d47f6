/**
 * Stable identities for documentation findings: the rule, and the text of the line the finding sits on
 * (whitespace collapsed), numbered when the same rule fires on identical lines of one file. Not the line number
 * and not the path (compared separately, so that a renamed file keeps its findings): inserting 30 lines above a
 * broken link leaves its fingerprint as it was; editing the link's own line makes it a new finding.
 */
import type { Finding } from "../model/report.js";
import { shortHash } from "../util/hash.js";

/** Long lines are hashed by their first part: the identity stays cheap on minified or generated files. */
const CONTEXT_MAX = 500;

export function fingerprintFindings(findings: Finding[], texts: ReadonlyMap<string, string>): void {
  const lines = new Map<string, string[]>();
  const seen = new Map<string, number>();
  for (const f of findings) {
    let context = "";
    if (f.path !== undefined && f.line !== undefined) {
      let fileLines = lines.get(f.path);
      if (!fileLines) {
        fileLines = (texts.get(f.path) ?? "").split("\n");
        lines.set(f.path, fileLines);
      }
      context = (fileLines[f.line - 1] ?? "").slice(0, CONTEXT_MAX).replace(/\s+/g, " ").trim();
    }
    const key = `${f.ruleId}\u0000${f.path ?? ""}\u0000${context}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    f.fingerprint = shortHash("doc", f.ruleId, context, n);
  }
}
