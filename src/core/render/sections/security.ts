/**
 * The security part of the report: severity breakdown and score, OWASP Top 10:2021 table, findings by tool, top
 * findings with their fix, accepted risks and lapsed acceptances. Every text from a scanner is escaped.
 */
import { SEVERITIES, type Report, type Severity } from "../../model/report.js";
import type { SecurityDetails, SecurityFindingView } from "../../model/security.js";
import { displayScore } from "../../scoring/metrics.js";
import { code, escapeText, fileLink, formatNumber, table } from "../markdown-utils.js";
import type { MarkdownSectionRenderer, RenderContext, TextSectionRenderer } from "./types.js";

const SEVERITY_ICON: Record<Severity, string> = { critical: "🔴", high: "🟠", medium: "🟡", low: "🟢", info: "⚪" };
const STATUS_ICON = { pass: "✅ pass", warn: "⚠️ findings", fail: "❌ fail" } as const;

function detailsOf(report: Report): SecurityDetails | undefined {
  const d = report.dimensions.security.details;
  return d && typeof d === "object" && "severity" in d ? (d as SecurityDetails) : undefined;
}

/** `0 critical, 0 high, 2 medium, 3 low` (info only when there is some). */
export function severityPhrase(s: Record<Severity, number>): string {
  const parts = ["critical", "high", "medium", "low"].map((k) => `${s[k as Severity]} ${k}`);
  if (s.info > 0) parts.push(`${s.info} info`);
  return parts.join(", ");
}

function where(f: SecurityFindingView, ctx: RenderContext): string {
  if (f.path) return fileLink(f.path, f.line, ctx.fileBase);
  if (f.package) return code(`${f.package.name}${f.package.version ? `@${f.package.version}` : ""}`);
  if (f.url) return code(f.url);
  return "—";
}

function what(f: SecurityFindingView): string {
  const id = f.aliases.find((a) => a.startsWith("CVE-")) ?? f.aliases[0] ?? f.ruleId;
  const cat = f.owasp ? ` · ${f.owasp}` : "";
  return `${escapeText(f.title, 160)} ${code(id, 80)}${cat}`;
}

function findingRows(list: readonly SecurityFindingView[], ctx: RenderContext): string[][] {
  return list.map((f) => [
    `${SEVERITY_ICON[f.severity]} ${f.severity}`,
    what(f),
    where(f, ctx),
    f.fix ? escapeText(f.fix, 120) : "—",
    escapeText(f.tools.join(", "), 80),
  ]);
}

function scoreLine(d: SecurityDetails, score: number | null): string {
  const terms = SEVERITIES.filter((s) => d.severity[s] > 0 && d.penalties[s] > 0).map(
    (s) => `${d.severity[s]} × ${formatNumber(d.penalties[s])}`,
  );
  const sum = SEVERITIES.reduce((n, s) => n + d.severity[s] * d.penalties[s], 0);
  const formula = terms.length
    ? `100 − (${terms.join(" + ")}) = ${formatNumber(Math.max(0, 100 - sum))}`
    : "100 − 0 = 100";
  return `Score: ${formula} → **${displayScore(score)}**/100 (penalties per open finding; accepted risks are not scored).`;
}

function body(report: Report, d: SecurityDetails, ctx: RenderContext, compact: boolean): string {
  const parts: string[] = [];
  const sev = table(
    ["Severity", "Open", "Penalty each", "Points"],
    SEVERITIES.map((s) => [
      `${SEVERITY_ICON[s]} ${s}`,
      String(d.severity[s]),
      formatNumber(d.penalties[s]),
      formatNumber(d.severity[s] * d.penalties[s]),
    ]),
    ["l", "r", "r", "r"],
  );
  parts.push(scoreLine(d, report.dimensions.security.score));
  const dup = d.totals.reported - d.totals.unique;
  parts.push(
    `${d.totals.reported} reported by ${d.tools.length} tool${d.tools.length === 1 ? "" : "s"}, ${d.totals.unique} unique${dup > 0 ? ` (${dup} duplicate${dup === 1 ? "" : "s"} across tools counted once)` : ""}, ${d.totals.open} open, ${d.totals.accepted} accepted, ${d.totals.lapsed} with a lapsed acceptance${d.totals.secrets > 0 ? `, ${d.totals.secrets} leaked secret${d.totals.secrets === 1 ? "" : "s"} (values never shown)` : ""}.`,
  );
  if (!compact) parts.push(sev);

  const max = compact ? Math.min(10, ctx.maxFindings) : ctx.maxFindings;
  if (d.top.length > 0) {
    const shown = d.top.slice(0, max);
    parts.push(
      `**Top findings**\n\n${table(["Severity", "Finding", "Where", "Fix", "Tools"], findingRows(shown, ctx))}`,
    );
    if (d.totals.open > shown.length)
      parts.push(
        `… and ${d.totals.open - shown.length} more open findings (see ${ctx.checkRun === false ? "the JSON report" : "the check run annotations and the JSON report"}).`,
      );
  }
  if (!compact) {
    parts.push(
      `**OWASP Top 10:2021**\n\n${table(
        ["Category", "Open findings", "Accepted", "Status"],
        d.owasp.map((r) => [
          `${r.id} ${escapeText(r.name)}`,
          String(r.findings),
          String(r.accepted),
          STATUS_ICON[r.status],
        ]),
        ["l", "r", "r", "l"],
      )}${d.unmapped > 0 ? `\n\n${d.unmapped} open finding${d.unmapped === 1 ? " has" : "s have"} no OWASP category (no mapped CWE).` : ""}`,
    );
    parts.push(
      `**Findings by tool**\n\n${table(
        ["Tool", "Version", "Reported", "Files"],
        d.tools.map((t) => [
          escapeText(t.tool, 80),
          t.version ? code(t.version, 40) : "—",
          String(t.reported),
          t.artifacts
            .slice(0, 5)
            .map((p) => code(p))
            .join(", ") + (t.artifacts.length > 5 ? ` +${t.artifacts.length - 5}` : ""),
        ]),
        ["l", "l", "r", "l"],
      )}`,
    );
  }
  if (d.accepted.length > 0) {
    const rows = d.accepted
      .slice(0, max)
      .map((f) => [
        `${SEVERITY_ICON[f.severity]} ${f.severity}`,
        what(f),
        where(f, ctx),
        escapeText(f.acceptance?.reason ?? "", 200),
        code(f.acceptance?.expires ?? ""),
      ]);
    parts.push(
      `**Accepted risks (not scored)**\n\n${table(["Severity", "Finding", "Where", "Reason", "Expires"], rows)}`,
    );
  }
  if (d.lapsed.length > 0) {
    const lines = d.lapsed
      .slice(0, max)
      .map(
        (f) =>
          `- ⏰ ${what(f)} at ${where(f, ctx)}: the acceptance expired on ${code(f.acceptance?.expires ?? "")}, so it counts again (${f.severity}).`,
      );
    parts.push(`**Lapsed acceptances**\n\n${lines.join("\n")}`);
  }
  if (d.unusedAcceptances.length > 0 && !compact) {
    parts.push(
      `Accepted-risk entries that match nothing: ${d.unusedAcceptances.map((u) => escapeText(u, 200)).join("; ")}.`,
    );
  }
  return parts.join("\n\n");
}

/** The security part of the Markdown report (null when there is nothing to show). */
export const securityMarkdown: MarkdownSectionRenderer = (report, ctx) => {
  const dim = report.dimensions.security;
  if (dim.status === "not-assessed") return null;
  const d = detailsOf(report);
  if (dim.status === "error" || !d) {
    const s = `🔒 Security: ${escapeText(dim.reason ?? "could not be assessed")}`;
    return { summary: s, body: s, compactBody: s };
  }
  const extra = [
    d.totals.accepted > 0 ? `${d.totals.accepted} accepted` : "",
    d.totals.lapsed > 0 ? `${d.totals.lapsed} lapsed` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return {
    summary: `🔒 Security: ${severityPhrase(d.severity)}${extra ? ` (${extra})` : ""}`,
    body: body(report, d, ctx, false),
    compactBody: body(report, d, ctx, true),
  };
};

function textWhere(f: SecurityFindingView): string {
  if (f.path) return `${f.path}${f.line ? `:${f.line}` : ""}`;
  if (f.package) return `${f.package.name}${f.package.version ? `@${f.package.version}` : ""}`;
  return f.url ?? "";
}

function textLine(f: SecurityFindingView): string {
  const id = f.aliases.find((a) => a.startsWith("CVE-")) ?? f.aliases[0] ?? f.ruleId;
  const w = textWhere(f);
  return `${f.title} (${id})${w ? ` at ${w}` : ""}${f.fix ? `; fix: ${f.fix}` : ""} [${f.tools.join(", ")}]`;
}

/** The security part of the terminal report. */
export const securityText: TextSectionRenderer = (report, ctx) => {
  const dim = report.dimensions.security;
  const d = detailsOf(report);
  if (dim.status !== "assessed" || !d) return [];
  const out = [
    `Security: ${displayScore(dim.score)}/100, open: ${severityPhrase(d.severity)}; ${d.totals.accepted} accepted, ${d.totals.lapsed} lapsed, ${d.totals.reported - d.totals.unique} duplicates merged`,
  ];
  for (const f of d.top.slice(0, ctx.maxFindings)) out.push(`  [${f.severity}] ${textLine(f)}`);
  if (d.totals.open > Math.min(d.top.length, ctx.maxFindings))
    out.push(`  … and ${d.totals.open - Math.min(d.top.length, ctx.maxFindings)} more`);
  const open = d.owasp.filter((r) => r.findings > 0);
  if (open.length > 0)
    out.push(`  OWASP Top 10:2021: ${open.map((r) => `${r.id} ${r.findings} (${r.status})`).join(", ")}`);
  for (const f of d.accepted)
    out.push(`  accepted until ${f.acceptance?.expires}: [${f.severity}] ${textLine(f)}: ${f.acceptance?.reason}`);
  for (const f of d.lapsed)
    out.push(`  LAPSED on ${f.acceptance?.expires}, counted again: [${f.severity}] ${textLine(f)}`);
  for (const u of d.unusedAcceptances) out.push(`  note: accepted risk ${u}`);
  return out;
};
