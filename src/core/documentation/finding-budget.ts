/** The per-file finding budget of the documentation checks, and appending lists of any length. */
import type { Finding } from "../model/report.js";
import { FIELD_MAX, MAX_FINDINGS_PER_DOC } from "../util/budgets.js";
import { boundedText } from "../util/redact.js";

export const FINDING_BUDGET_RULE = "documentation.finding-budget";

/** Appends without spreading: a file with 100,000 findings would overflow the call stack as arguments. */
export function pushAll<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}

/**
 * At most `max` findings per file (in the order given), plus one unscored finding that says how many more there
 * were: a generated file with 100,000 defects stays one readable entry and the report a size that can be written.
 * Messages quote the file (link targets, markdownlint's context), so each is bounded and redacted here, the last
 * step before the report.
 */
export function capPerFile(findings: readonly Finding[], max = MAX_FINDINGS_PER_DOC): Finding[] {
  const perFile = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const n = (perFile.get(f.path ?? "") ?? 0) + 1;
    perFile.set(f.path ?? "", n);
    if (n <= max) out.push({ ...f, message: boundedText(f.message, FIELD_MAX.message) });
  }
  for (const [path, n] of perFile) {
    if (n <= max) continue;
    out.push({
      dimension: "documentation",
      ruleId: FINDING_BUDGET_RULE,
      severity: "medium",
      message: `${path} has ${(n - max).toLocaleString("en-US")} more findings than the ${max} listed per file; run the checks locally to see them all.`,
      path,
      line: 1,
      column: 1,
      tool: "readiness-gate",
      scored: false,
    });
  }
  return out;
}
