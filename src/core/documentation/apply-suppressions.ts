/**
 * Applies the run's suppressions to the documentation findings: readiness-ignore comments take findings out, and
 * the score families they counted against get them back as valid, so that a suppressed problem no longer costs
 * score; markdownlint's own suppressions and the links ignore-links skipped join the list. Everything suppressed is
 * returned as entries for the report, so that nothing hides silently.
 */
import type { SuppressedEntry } from "../model/documentation.js";
import type { Finding } from "../model/report.js";
import type { IgnoredLink } from "./check-links.js";
import type { LintSuppressed } from "./lint.js";
import { applySuppressions, type FileSuppressions, familyOf, readSuppressions } from "./suppressions.js";

export type Family = "internal-links" | "anchors" | "external-links" | "code-blocks" | "lint";

export interface SuppressionOutcome {
  /** The findings that stay. */
  kept: Finding[];
  entries: SuppressedEntry[];
  /** Findings suppressed (comments of either kind); ignored links are counted apart. */
  findings: number;
  /** Per family, how many checked items no longer count as invalid (for lint: files now without an error). */
  regained: Record<Family, number>;
  /** Scored markdownlint errors taken out. */
  lintErrors: number;
}

const scoredIn = (f: Finding, family: Family) => f.scored !== false && familyOf(f.ruleId) === family;

function lintErrorsByPath(findings: Iterable<Finding>): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) if (f.path && scoredIn(f, "lint")) out.set(f.path, (out.get(f.path) ?? 0) + 1);
  return out;
}

/** The readiness-ignore comments of every file that has any. */
export function directivesOf(texts: ReadonlyMap<string, string>): Map<string, FileSuppressions> {
  const directives = new Map<string, FileSuppressions>();
  for (const [path, text] of texts) {
    const d = readSuppressions(text);
    if (d) directives.set(path, d);
  }
  return directives;
}

export function suppressFindings(
  findings: readonly Finding[],
  directives: ReadonlyMap<string, FileSuppressions>,
  lintSuppressed: readonly LintSuppressed[],
  ignored: readonly IgnoredLink[],
): SuppressionOutcome {
  const regained: Record<Family, number> = {
    "internal-links": 0,
    anchors: 0,
    "external-links": 0,
    "code-blocks": 0,
    lint: 0,
  };
  const entries: SuppressedEntry[] = [];
  let kept = [...findings];
  let lintErrors = 0;
  if (directives.size > 0) {
    const applied = applySuppressions(findings, directives);
    const keptSet = new Set(applied.kept);
    for (const f of findings) {
      if (keptSet.has(f) || f.scored === false) continue;
      const family = familyOf(f.ruleId);
      if (family === "lint") lintErrors++;
      else if (family) regained[family]++;
    }
    // A file passes markdownlint when every one of its errors is suppressed.
    const after = lintErrorsByPath(applied.kept);
    for (const [path, n] of lintErrorsByPath(findings)) if (n > 0 && !after.get(path)) regained.lint++;
    kept = applied.kept;
    for (const s of applied.suppressed)
      entries.push({ path: s.path, line: s.line, ruleId: s.ruleId, kind: s.kind, by: `line ${s.by ?? 1}` });
  }
  for (const s of lintSuppressed)
    entries.push({ path: s.path, line: s.line, ruleId: s.ruleId, kind: "markdownlint", by: "markdownlint comment" });
  for (const l of ignored)
    entries.push({ path: l.path, line: l.line, ruleId: "ignore-links", kind: "ignore-links", by: l.pattern });
  entries.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
  return { kept, entries, findings: entries.length - ignored.length, regained, lintErrors };
}
