/**
 * What this PR changes, when the run compared with its base: the lead sentence (part of the decision), the new
 * findings listed, and the ones already on the base branch folded.
 */
import type { Finding, Report } from "../../model/report.js";
import { details, escapeText, plural } from "../markdown-utils.js";
import { findingsByFile } from "./findings-list.js";
import type { RenderContext } from "./types.js";

const scored = (f: Finding) => f.scored !== false;

/** `This PR adds 1 problem and fixes 0` with where the baseline came from; empty without a comparison. */
export function comparisonLead(report: Report): string {
  const c = report.comparison;
  if (!c) return "";
  const fixes = c.baseline.kind === "changed-files" ? "" : ` and fixes ${c.fixed}`;
  const gating =
    c.gateOn === "new"
      ? c.existing > 0
        ? `; ${plural(c.existing, "problem")} already on the base branch ${c.existing === 1 ? "is" : "are"} shown, not blocking`
        : ""
      : "; `gate-on: all`: every finding counts";
  return `**This PR adds ${plural(c.added, "problem")}${fixes}** (compared with ${escapeText(c.baseline.description)}${gating}).`;
}

export interface ComparisonBlock {
  body: string;
  compactBody: string;
}

export function comparisonBlock(report: Report, ctx: RenderContext): ComparisonBlock | null {
  if (!report.comparison) return null;
  const added = report.findings.filter((f) => f.state === "new" && scored(f));
  const existing = report.findings.filter((f) => f.state === "existing" && scored(f));
  const newList = added.length > 0 ? `**New in this PR**\n\n${findingsByFile(added, ctx)}` : "";
  const oldList =
    existing.length > 0
      ? details(
          `Already on the base branch: ${plural(existing.length, "finding")} (${report.comparison.gateOn === "new" ? "not blocking" : "counted"})`,
          findingsByFile(existing, ctx),
        )
      : "";
  const compactNew =
    added.length > 0 ? `**New in this PR**\n\n${findingsByFile(added, ctx, Math.min(10, ctx.maxFindings))}` : "";
  const join = (...parts: string[]) => parts.filter(Boolean).join("\n\n");
  return {
    body: join(newList, oldList),
    compactBody: join(
      compactNew,
      existing.length > 0
        ? `_${plural(existing.length, "finding")} already on the base branch are not listed here._`
        : "",
    ),
  };
}

/** One terminal line, for the text renderer. */
export function comparisonLine(report: Report): string {
  const c = report.comparison;
  if (!c) return "";
  const fixes = c.baseline.kind === "changed-files" ? "" : `, fixes ${c.fixed}`;
  return `This PR adds ${c.added}${fixes}; ${c.existing} already on the base branch${c.gateOn === "new" ? " (not blocking)" : ""} · baseline: ${c.baseline.description}`;
}
