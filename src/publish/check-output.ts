/**
 * The check run's title, summary and text (pure). Summary: the same report as the comment, cut to GitHub's
 * 65,535 characters, plus a line saying how many annotations were left out. Text: every finding, one line each,
 * cut with a count of what did not fit.
 */
import type { Report } from "../core/model/report.js";
import { VERDICT_LABELS } from "../core/render/labels.js";
import { CHECK_RUN_LIMIT, type MarkdownOptions, renderMarkdown } from "../core/render/markdown.js";
import { code } from "../core/render/markdown-utils.js";
import { findingMessage, location, sortFindings } from "../core/render/sections/findings-list.js";
import { displayScore } from "../core/scoring/metrics.js";
import type { AnnotationPlan } from "./annotations.js";
import type { CheckOutput } from "./check-run.js";

/** `85/100`, or what to say when no dimension was assessed. */
export function scoreText(score: number | null): string {
  return score === null ? "no dimension assessed" : `${displayScore(score)}/100`;
}

export function checkTitle(report: Report): string {
  if (report.verdict === "nothing-assessed") return "Nothing was assessed";
  return `${VERDICT_LABELS[report.verdict].text}: ${scoreText(report.score)}`;
}

export function annotationNote(
  plan: Pick<AnnotationPlan, "annotations" | "eligible" | "omitted">,
  cap: number,
): string {
  if (plan.eligible === 0) return "";
  const shown = plan.annotations.length;
  if (plan.omitted === 0) return `${shown} finding${shown === 1 ? " is" : "s are"} annotated.`;
  return `${shown} of ${plan.eligible} findings are annotated; ${plan.omitted} left out by the \`annotations\` limit (${cap}). All findings are listed below.`;
}

export function findingsText(report: Report, limit = CHECK_RUN_LIMIT): string {
  if (report.findings.length === 0) return "";
  // Open findings first; accepted risks and warning-level findings are listed apart, never as open ones.
  const all = sortFindings(report.findings);
  const open = all.filter((f) => f.scored !== false);
  const notCounted = all.filter((f) => f.scored === false);
  const sorted = [...open, ...notCounted];
  const lines = open.length > 0 ? ["### Findings", ""] : [];
  let size = lines.join("\n").length;
  // Room for the trailer, counted with the largest number it can hold (the blank line and it add two newlines).
  const reserve = moreTrailer(sorted.length).length + 2;
  let shown = 0;
  for (const f of sorted) {
    if (f === notCounted[0]) {
      const heading = `${open.length > 0 ? "\n" : ""}### Not counted (accepted risks, warnings)\n`;
      if (size + heading.length + 1 > limit - reserve) break;
      lines.push(heading);
      size += heading.length + 1;
    }
    const where = location(f);
    const line = `- **${f.severity}** ${where ? `${code(where)} ` : ""}${code(f.ruleId)}: ${findingMessage(f)}`;
    if (size + line.length + 1 > limit - reserve) break;
    lines.push(line);
    size += line.length + 1;
    shown++;
  }
  if (shown < sorted.length) lines.push("", moreTrailer(sorted.length - shown));
  return lines.join("\n");
}

const moreTrailer = (n: number) =>
  `_… and ${n} more findings, not shown to fit GitHub's size limit; the JSON report has all of them._`;

export function checkOutput(
  report: Report,
  note: string,
  opts: Omit<MarkdownOptions, "maxLength" | "footerHidden"> = {},
): CheckOutput {
  const suffix = note ? `\n\n${note}` : "";
  const summary = renderMarkdown(report, { ...opts, maxLength: CHECK_RUN_LIMIT - suffix.length }) + suffix;
  const text = findingsText(report);
  return { title: checkTitle(report), summary, ...(text ? { text } : {}) };
}
