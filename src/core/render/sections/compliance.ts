import type { ComplianceDetails, ControlResult } from "../../model/compliance.js";
import type { Report } from "../../model/report.js";
import { code, escapeText, table } from "../markdown-utils.js";
import type { MarkdownSectionRenderer, TextSectionRenderer } from "./types.js";

function detailsOf(report: Report): ComplianceDetails | null {
  const dim = report.dimensions.compliance;
  if (dim.status !== "assessed" || !dim.details || !Array.isArray(dim.details.controls)) return null;
  return dim.details;
}

/** `📋 Compliance: 6/8 controls have evidence, 2 missing` (also used by other renderers as the one-line summary). */
export function complianceSummary(d: ComplianceDetails): string {
  const passed = d.controls.filter((c) => c.status === "passed").length;
  const total = d.controls.length;
  const missing = total - passed;
  return `📋 Compliance: ${passed}/${total} controls have evidence${missing > 0 ? `, ${missing} missing` : ""}`;
}

function frameworkCell(c: ControlResult): string {
  const criteria = c.criteria.length > 0 ? `<br>${c.criteria.map((x) => escapeText(x, 60)).join(", ")}` : "";
  return `${escapeText(c.framework, 60)}${criteria}`;
}

function evidenceCell(c: ControlResult): string {
  const lines = c.evidence.map((e) => `${e.held ? "✅" : "❌"} ${escapeText(e.detail, 300)}`);
  if (c.error && !c.evidence.some((e) => e.detail === c.error)) lines.push(`❗ ${escapeText(c.error, 300)}`);
  return lines.join("<br>");
}

function row(c: ControlResult): string[] {
  return [
    code(c.id, 60),
    frameworkCell(c),
    escapeText(c.title, 120),
    c.status === "passed" ? "✅ pass" : "❌ missing",
    evidenceCell(c),
  ];
}

const HEADER = ["Control", "Framework", "Title", "Status", "Evidence"];

function note(d: ComplianceDetails): string {
  return `_${escapeText(d.note)}_`;
}

/** The compliance part of the Markdown report (null when there is nothing to show). */
export const complianceMarkdown: MarkdownSectionRenderer = (report, ctx) => {
  const d = detailsOf(report);
  if (!d) return null;
  const failed = d.controls.filter((c) => c.status === "failed");
  const passed = d.controls.length - failed.length;
  const packs = d.packs.length > 0 ? ` Packs: ${d.packs.map((p) => code(p)).join(", ")}.` : "";
  const body = [note(d) + packs, table(HEADER, d.controls.map(row))].join("\n\n");
  const shown = failed.slice(0, ctx.maxFindings);
  const compactParts = [note(d)];
  if (shown.length > 0) compactParts.push(table(HEADER, shown.map(row)));
  const rest = failed.length - shown.length;
  compactParts.push(
    `${passed} control${passed === 1 ? "" : "s"} with evidence${rest > 0 ? `; ${rest} more without evidence not listed` : ""}.`,
  );
  return { summary: escapeText(complianceSummary(d)), body, compactBody: compactParts.join("\n\n") };
};

/** The compliance part of the terminal report: failed controls first, each with what it missed. */
export const complianceText: TextSectionRenderer = (report, ctx) => {
  const d = detailsOf(report);
  if (!d) return [];
  const out = [`${complianceSummary(d).replace(/^📋 /, "")} (evidence in the repository, not a certification)`];
  const ordered = [
    ...d.controls.filter((c) => c.status === "failed"),
    ...d.controls.filter((c) => c.status === "passed"),
  ];
  for (const c of ordered.slice(0, ctx.maxFindings)) {
    const mark = c.status === "passed" ? "pass" : "FAIL";
    const what = c.error ?? c.evidence.map((e) => `${e.held ? "" : "missing: "}${e.detail}`).join("; ");
    out.push(`  [${mark}] ${c.id} (${c.framework}) ${c.title}: ${what}`);
  }
  if (ordered.length > ctx.maxFindings) out.push(`  … and ${ordered.length - ctx.maxFindings} more controls`);
  return out;
};
