/** The terminal report. Plain text, no colour codes (the CLI adds none either, so logs stay clean). */
import { decisionWarnings } from "./warnings.js";
import { DIMENSIONS, type DimensionName, type Report } from "../model/report.js";
import { displayScore } from "../scoring/metrics.js";
import { DIMENSION_LABELS, VERDICT_LABELS, gateCondition } from "./labels.js";
import { comparisonLine } from "./sections/comparison.js";
import { complianceText } from "./sections/compliance.js";
import { documentationText } from "./sections/documentation.js";
import { performanceText } from "./sections/performance.js";
import { securityText } from "./sections/security.js";
import type { RenderContext, TextSectionRenderer } from "./sections/types.js";

const SECTIONS: Record<DimensionName, TextSectionRenderer> = {
  documentation: documentationText,
  performance: performanceText,
  security: securityText,
  compliance: complianceText,
};

/** Removes control characters (terminal escape sequences) and bidi controls from text taken from files. */
export function sanitizeTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "?");
}

/**
 * The lines joined, each kept to one line: a newline inside a value (a rule id or label from a report) would
 * start a new line, and a line starting with `::warning file=…::` is a workflow command when the CLI runs in a
 * GitHub Actions step.
 */
function joinLines(lines: readonly string[]): string {
  return sanitizeTerminal(lines.map((l) => l.replace(/\r\n?|\n/g, " ")).join("\n"));
}

/** `score 85/100`, or what to say when no dimension was assessed (never `n/a/100`). */
const scorePhrase = (score: number | null) =>
  score === null ? "no dimension assessed" : `score ${displayScore(score)}/100`;

/** `Readiness: GO, score 85/100`; "nothing assessed" already says there is no score. */
const verdictLine = (report: Report) =>
  `Readiness: ${VERDICT_LABELS[report.verdict].text}${report.verdict === "nothing-assessed" ? "" : `, ${scorePhrase(report.score)}`}`;

/** The verdict, the scores and the failed gates: what a terminal user reads first. */
export function renderSummary(report: Report): string {
  const out = [verdictLine(report), report.recommendation, ...(report.comparison ? [comparisonLine(report)] : [])];
  for (const d of DIMENSIONS) {
    const dim = report.dimensions[d];
    out.push(
      `  ${DIMENSION_LABELS[d].padEnd(14)} ${dim.status === "assessed" ? displayScore(dim.score).padStart(3) : `  — ${dim.status}`}`,
    );
  }
  for (const g of report.gates.filter((x) => x.status === "failed")) out.push(`  failed gate: ${g.reason ?? g.id}`);
  for (const w of decisionWarnings(report)) out.push(`  warning: ${w}`);
  return `${joinLines(out)}\n`;
}

export function renderText(report: Report, opts: { maxFindings?: number } = {}): string {
  const ctx: RenderContext = { maxFindings: opts.maxFindings ?? 50 };
  const out: string[] = [];
  out.push(verdictLine(report));
  out.push(report.recommendation);
  const change = comparisonLine(report);
  if (change) out.push(change);
  for (const w of decisionWarnings(report)) out.push(`Warning: ${w}`);
  out.push("");
  for (const d of DIMENSIONS) {
    const dim = report.dimensions[d];
    const score = dim.status === "assessed" ? `${displayScore(dim.score)}`.padStart(3) : "  —";
    const target = dim.target === null ? "" : ` (target ${dim.target})`;
    const status = dim.status === "assessed" ? "" : `  ${dim.status}${dim.reason ? `: ${dim.reason}` : ""}`;
    out.push(`  ${DIMENSION_LABELS[d].padEnd(14)} ${score}${target}${status}`);
  }
  out.push("");
  out.push("Gates:");
  for (const g of report.gates) {
    const mark = g.status === "passed" ? "pass" : g.status === "skipped" ? "skip" : "FAIL";
    out.push(`  [${mark}] ${gateCondition(g)} (${g.kind})${g.reason ? `: ${g.reason}` : ""}`);
  }
  for (const d of DIMENSIONS) {
    const lines = SECTIONS[d](report, ctx);
    if (lines.length > 0) out.push("", ...lines);
  }
  if (report.risks.length > 0) {
    out.push("", "Risks:");
    for (const r of report.risks) out.push(`  - [${r.severity}] ${r.title} (${r.source})`);
  }
  const bad = report.artifacts.filter((a) => a.status !== "parsed");
  out.push("", `Artifacts: ${report.artifacts.length - bad.length} read, ${bad.length} unreadable`);
  for (const a of bad) out.push(`  - ${a.path}: ${a.error ?? a.status}`);
  for (const n of report.notices) out.push(`  note: ${n}`);
  return `${joinLines(out)}\n`;
}
