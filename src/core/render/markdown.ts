/**
 * The PR comment / job summary / check-run text: decision first, reasons next, detail last and folded.
 * Pure: returns a string within `maxLength`, dropping detail in a planned order when it must.
 */
import { DIMENSIONS, type DimensionName, type Report } from "../model/report.js";
import { displayScore } from "../scoring/metrics.js";
import { gateCondition, gateIcon, DIMENSION_LABELS, VERDICT_LABELS } from "./labels.js";
import { code, details, escapeText, table } from "./markdown-utils.js";
import { xyChart } from "./mermaid.js";
import { comparisonBlock, comparisonLead } from "./sections/comparison.js";
import { complianceMarkdown } from "./sections/compliance.js";
import { documentationMarkdown } from "./sections/documentation.js";
import { performanceMarkdown } from "./sections/performance.js";
import { securityMarkdown } from "./sections/security.js";
import type { MarkdownSection, MarkdownSectionRenderer, RenderContext } from "./sections/types.js";
import { decisionWarnings } from "./warnings.js";

export const COMMENT_LIMIT = 65_536;
export const CHECK_RUN_LIMIT = 65_535;

const SECTIONS: Record<DimensionName, MarkdownSectionRenderer> = {
  documentation: documentationMarkdown,
  performance: performanceMarkdown,
  security: securityMarkdown,
  compliance: complianceMarkdown,
};

/** One run's scores (null: not assessed). */
export interface ScorePoint {
  overall: number | null;
  dimensions: Partial<Record<DimensionName, number | null>>;
}

/** Scores of an earlier run, for the "since last run" column, and the runs before it, for the history chart. */
export interface PreviousScores extends ScorePoint {
  /** Displayed (rounded-down) scores of this PR's earlier runs, oldest first, the previous run last. */
  history?: ScorePoint[];
}

export interface MarkdownOptions {
  /** Hard limit in characters (GitHub: 65,536 for comments, 65,535 for check-run text). */
  maxLength?: number;
  /** Trailing hidden lines (the comment marker, the data block); counted in the budget, never dropped. */
  footerHidden?: string;
  previous?: PreviousScores;
  fileBase?: string;
  /** Where the full report lives, linked when detail is dropped. */
  fullReportUrl?: string;
  /** Where else the full report is, in words, when there is no URL (default: the check run and the job summary). */
  fullReportElsewhere?: string;
  maxFindings?: number;
  /** Heading level of the title (2 for comments and summaries). */
  headingLevel?: number;
  /** Whether a check run holds the full list and the annotations (false: the CLI, a dry run). Default true. */
  checkRun?: boolean;
}

function delta(now: number | null, before: number | null | undefined): string {
  if (now === null || before === undefined || before === null) return "—";
  const d = Math.floor(now + 1e-9) - Math.floor(before + 1e-9);
  if (d === 0) return "=";
  return d > 0 ? `▲ +${d}` : `▼ −${-d}`;
}

function statusCell(report: Report, d: DimensionName): string {
  const dim = report.dimensions[d];
  if (dim.status === "not-assessed") return "➖ not assessed";
  if (dim.status === "error") return "❗ error";
  const gates = report.gates.filter((g) => g.metric.startsWith(`${d}.`) && g.status === "failed");
  if (gates.some((g) => g.kind === "blocking")) return "❌ blocking";
  if (gates.length > 0) return "⚠️ conditional";
  return "✅";
}

export function renderHeader(report: Report, opts: MarkdownOptions = {}): string {
  const v = VERDICT_LABELS[report.verdict];
  const h = "#".repeat(opts.headingLevel ?? 2);
  const lines: string[] = [];
  const score = report.score === null ? "no dimension assessed" : `${displayScore(report.score)}/100`;
  // "Nothing assessed" already says there is no score.
  lines.push(`${h} ${v.icon} Readiness: ${v.text}${report.verdict === "nothing-assessed" ? "" : `, ${score}`}`);
  lines.push("");
  const lead = comparisonLead(report);
  if (lead) lines.push(lead, "");
  const failed = report.gates.filter((g) => g.status === "failed");
  if (failed.length > 0) {
    lines.push(`Failed gates: ${failed.map((g) => `**${escapeText(g.reason ?? g.id)}**`).join(" · ")}`);
    lines.push("");
  }
  for (const w of decisionWarnings(report)) lines.push(`> [!WARNING]`, `> ${escapeText(w)}`, "");
  lines.push(`**Recommendation:** ${escapeText(report.recommendation)}`);
  lines.push("");
  const prev = opts.previous;
  const rows = DIMENSIONS.map((d) => {
    const dim = report.dimensions[d];
    return [
      DIMENSION_LABELS[d],
      dim.status === "assessed" ? displayScore(dim.score) : "—",
      dim.target === null ? "—" : String(dim.target),
      statusCell(report, d),
      prev ? delta(dim.score, prev.dimensions[d]) : "—",
    ];
  });
  rows.push([
    "**Overall**",
    `**${displayScore(report.score)}**`,
    "—",
    `**${VERDICT_LABELS[report.verdict].text}**`,
    prev ? delta(report.score, prev.overall) : "—",
  ]);
  lines.push(table(["Dimension", "Score", "Target", "Status", "Since last run"], rows, ["l", "r", "r", "l", "l"]));
  lines.push("");
  if (report.gates.length > 0) {
    lines.push(
      `**Gates**: ${report.gates
        .map(
          (g) =>
            `${gateIcon(g)} ${code(gateCondition(g))}${g.status === "failed" && g.actual !== null ? ` (${escapeText(String(g.metric.endsWith(".score") ? displayScore(g.actual) : g.actual))})` : ""}${g.status === "skipped" ? " (skipped)" : ""}`,
        )
        .join(" · ")}`,
    );
  }
  return lines.join("\n");
}

/** Colours of the history chart's series, in plot order: the overall bar, then one line per dimension. */
const HISTORY_COLOURS: Record<"overall" | DimensionName, [string, string]> = {
  overall: ["#8b949e", "grey"],
  documentation: ["#0969da", "blue"],
  performance: ["#bc4c00", "orange"],
  security: ["#cf222e", "red"],
  compliance: ["#1a7f37", "green"],
};

/**
 * The overall and per-dimension scores over this PR's runs: a table (the text of record) and a chart of it.
 * Needs at least one earlier run; a dimension is drawn only when every run assessed it.
 */
export function renderHistory(report: Report, previous: PreviousScores | undefined): string {
  if (!previous) return "";
  const earlier = previous.history && previous.history.length > 0 ? previous.history : [previous];
  const now: ScorePoint = { overall: report.score, dimensions: {} };
  for (const d of DIMENSIONS)
    now.dimensions[d] = report.dimensions[d].status === "assessed" ? report.dimensions[d].score : null;
  const points = [...earlier, now];
  const shown = (v: number | null | undefined) => (typeof v === "number" ? Math.floor(v + 1e-9) : null);
  const labels = points.map((_, i) => (i === points.length - 1 ? "this run" : `run ${i + 1}`));
  const rows = points.map((p, i) => [
    labels[i]!,
    String(shown(p.overall) ?? "—"),
    ...DIMENSIONS.map((d) => String(shown(p.dimensions[d]) ?? "—")),
  ]);
  const tableText = table(["Run", "Overall", ...DIMENSIONS.map((d) => DIMENSION_LABELS[d])], rows, [
    "l",
    "r",
    "r",
    "r",
    "r",
    "r",
  ]);
  const full = (values: (number | null)[]) => values.every((v) => v !== null);
  const overall = points.map((p) => shown(p.overall));
  const series = DIMENSIONS.map((d) => ({ d, values: points.map((p) => shown(p.dimensions[d])) })).filter((x) =>
    full(x.values),
  );
  const parts = [tableText];
  if (full(overall) || series.length > 0) {
    const drawn = [...(full(overall) ? (["overall"] as const) : []), ...series.map((x) => x.d)];
    const caption = drawn
      .map(
        (k, i) =>
          `${k === "overall" ? "Overall" : DIMENSION_LABELS[k]} (${i === 0 && full(overall) ? "bars" : "line"}, ${HISTORY_COLOURS[k][1]})`,
      )
      .join(", ");
    parts.push(
      `${caption}.\n\n${xyChart({
        title: "Scores over this pull request's runs",
        xLabels: labels,
        yLabel: "score",
        yMax: 100,
        ...(full(overall) ? { bars: [overall as number[]] } : {}),
        lines: series.map((x) => x.values as number[]),
        palette: drawn.map((k) => HISTORY_COLOURS[k][0]),
      })}`,
    );
  }
  return details(`📈 Score history (${points.length} runs)`, parts.join("\n\n"));
}

function renderRisks(report: Report): string {
  if (report.risks.length === 0) return "";
  return details(
    `⚠️ Risks (${report.risks.length})`,
    table(
      ["Risk", "Severity", "Source", "Mitigation"],
      report.risks.map((r) => [
        escapeText(r.title, 200),
        r.severity,
        escapeText(r.source, 120),
        escapeText(r.mitigation, 200),
      ]),
    ),
  );
}

function renderInputs(report: Report): string {
  const parsed = report.artifacts.filter((a) => a.status === "parsed");
  const bad = report.artifacts.filter((a) => a.status !== "parsed");
  const byFormat = new Map<string, number>();
  for (const a of parsed) byFormat.set(a.format ?? "?", (byFormat.get(a.format ?? "?") ?? 0) + 1);
  const formats = [...byFormat].map(([f, n]) => `${f} ×${n}`).join(", ");
  // The commit the report describes, so a reader can tell an old report from a current one.
  const sha = report.context?.sha && /^[0-9a-f]{7,40}$/.test(report.context.sha) ? report.context.sha : "";
  const lines = [
    `Inputs: ${parsed.length} artifact${parsed.length === 1 ? "" : "s"} read${formats ? ` (${escapeText(formats)})` : ""}, ${bad.length} unreadable · readiness-gate ${escapeText(report.tool.version)}${sha ? ` · commit ${code(sha.slice(0, 12))}` : ""}`,
  ];
  for (const a of bad.slice(0, 20)) lines.push(`- ${code(a.path)}: ${escapeText(a.error ?? a.status)}`);
  if (bad.length > 20) lines.push(`- … and ${bad.length - 20} more`);
  for (const n of report.notices.slice(0, 10)) lines.push(`- ${escapeText(n)}`);
  return lines.join("\n");
}

const fullBody = (s: MarkdownSection) => s.body;
const compactBody = (s: MarkdownSection) => s.compactBody;

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const maxLength = opts.maxLength ?? COMMENT_LIMIT;
  const ctx: RenderContext = {
    maxFindings: opts.maxFindings ?? 30,
    ...(opts.checkRun === false ? { checkRun: false } : {}),
    ...(opts.fileBase ? { fileBase: opts.fileBase } : {}),
  };
  const header = renderHeader(report, opts);
  const changes = comparisonBlock(report, ctx);
  const sections = DIMENSIONS.map((d) => SECTIONS[d](report, ctx)).filter((s): s is MarkdownSection => s !== null);
  const risks = renderRisks(report);
  const history = renderHistory(report, opts.previous);
  const inputs = renderInputs(report);
  const hidden = opts.footerHidden ? `\n\n${opts.footerHidden}` : "";
  const more = opts.fullReportUrl
    ? ` [Full report](${opts.fullReportUrl}).`
    : ` The full report is ${opts.fullReportElsewhere ?? "in the check run and the job summary"}.`;

  const compose = (body: (s: MarkdownSection) => string | null, note = "", withHistory = false) =>
    [
      header,
      changes ? (body === fullBody ? changes.body : body === compactBody ? changes.compactBody : "") : "",
      ...sections.map((s) => {
        const b = body(s);
        return b === null ? `- ${s.summary}` : details(s.summary, b);
      }),
      withHistory ? history : "",
      risks,
      note,
      inputs,
    ]
      .filter((p) => p !== "")
      .join("\n\n") + hidden;

  // Planned order of dropping detail: full sections, then compact ones, then summaries only, then a hard cut.
  // The history goes with the full detail only, so it never costs the decision its place.
  let out = compose(fullBody, "", true);
  if (out.length <= maxLength) return out;
  out = compose(compactBody, `_Detail shortened to fit GitHub's size limit._${more}`);
  if (out.length <= maxLength) return out;
  out = compose(() => null, `_Detail left out to fit GitHub's size limit._${more}`);
  if (out.length <= maxLength) return out;
  const cut = `${header}\n\n_Report shortened to fit GitHub's size limit._${more}`;
  return `${cut.slice(0, Math.max(0, maxLength - hidden.length))}${hidden}`.slice(0, maxLength);
}
