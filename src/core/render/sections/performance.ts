/**
 * The performance part of the report: the seed report's two tables (every scenario with its status; the SLA
 * compliance of the SLA scenario), the bottlenecks found in the data and the deltas against a baseline.
 */
import type {
  EndpointBottleneck,
  PerformanceDetails,
  PerformanceRunSummary,
  ScenarioStatus,
  SlaRow,
} from "../../model/performance.js";
import type { PerformanceResult, Report } from "../../model/report.js";
import { fmtBound, fmtDelta, fmtDuration, fmtValue } from "../../performance/format.js";
import { formatNumber } from "../../util/format-number.js";
import { RUN_METRICS } from "../../performance/metrics.js";
import { displayScore } from "../../scoring/metrics.js";
import { code, escapeText, table } from "../markdown-utils.js";
import { latencyCharts } from "./performance-charts.js";
import type { MarkdownSectionRenderer, TextSectionRenderer } from "./types.js";

const STATUS: Record<ScenarioStatus, string> = {
  pass: "✅ PASS",
  partial: "⚠️ PARTIAL",
  fail: "🔴 FAIL",
  "not-evaluated": "➖ n/a",
};
const SLA_STATUS: Record<SlaRow["status"], string> = {
  pass: "✅ PASS",
  fail: "❌ FAIL",
  "not-measured": "➖ not measured",
};

function detailsOf(report: Report): { dim: PerformanceResult; d: PerformanceDetails } | null {
  const dim = report.dimensions.performance;
  const d = dim.details;
  if (!d || !Array.isArray(d.runs) || d.runs.length === 0) return null;
  return { dim, d };
}

function slaRun(d: PerformanceDetails): PerformanceRunSummary | undefined {
  return d.runs.find((r) => r.scenario === d.slaScenario);
}

function users(n: number | null): string {
  return n === null ? "n/a" : `${formatNumber(n, 0)} user${n === 1 ? "" : "s"}`;
}

/** `⚡ Performance: SLA 3/6 on "peak" (1,000 users)`, plain text (callers escape). */
/** ` (stress)` after a stress run's name, unless the name already says it (never `stress (stress)`). */
function stressTag(r: { scenario: string; stress?: boolean }): string {
  return r.stress && !/stress/i.test(r.scenario) ? " (stress)" : "";
}

export function performanceSummary(dim: PerformanceResult, d: PerformanceDetails): string {
  const run = slaRun(d);
  const parts: string[] = [];
  if (dim.status === "error") parts.push(`⚡ Performance: error: ${dim.reason ?? "could not be assessed"}`);
  else if (run)
    parts.push(
      `⚡ Performance: SLA ${run.slaMet}/${run.slaEvaluated} on "${run.scenario}"${run.users !== null ? ` (${users(run.users)})` : ""}`,
    );
  else parts.push(`⚡ Performance: ${d.runs.length} run${d.runs.length === 1 ? "" : "s"}`);
  const regressions = d.baseline?.rows.filter((r) => r.regression).length;
  if (regressions) parts.push(`${regressions} regression${regressions === 1 ? "" : "s"}`);
  return parts.join(", ");
}

function scenarioTable(d: PerformanceDetails): string {
  return table(
    ["Scenario", "Users", "Duration", "Throughput", "p50", "p95", "p99", "Error rate", "Status"],
    d.runs.map((r) => [
      `${r.scenario === d.slaScenario ? "**" : ""}${escapeText(r.scenario, 80)}${r.scenario === d.slaScenario ? "**" : ""}${stressTag(r)}`,
      r.users === null ? "n/a" : formatNumber(r.users, 0),
      fmtDuration(r.durationS),
      fmtValue(r.throughputRps, "req/s"),
      fmtValue(r.latency.p50 ?? null, "ms"),
      fmtValue(r.latency.p95 ?? null, "ms"),
      fmtValue(r.latency.p99 ?? null, "ms"),
      fmtValue(r.errorRatePct, "%"),
      `${STATUS[r.status]}${r.slaEvaluated > 0 ? ` (${r.slaMet}/${r.slaEvaluated})` : ""}`,
    ]),
    ["l", "r", "r", "r", "r", "r", "r", "r", "l"],
  );
}

function slaTable(d: PerformanceDetails): string {
  const run = slaRun(d);
  if (!run || d.sla.length === 0) return "";
  const met = d.sla.filter((r) => r.status === "pass").length;
  const evaluated = d.sla.filter((r) => r.status !== "not-measured").length;
  const head = `**SLA compliance** on ${escapeText(`"${run.scenario}"`, 80)}${run.users !== null ? ` (${users(run.users)})` : ""}: ${escapeText(d.slaScenarioReason)}`;
  const rows = d.sla.map((r) => [
    escapeText(r.label, 60),
    escapeText(fmtBound(r, r.unit)),
    `${fmtValue(r.actual, r.unit)}${r.metric === "availability-pct" && run.availabilityDerived ? " ¹" : ""}`,
    fmtDelta(r.deltaPct),
    SLA_STATUS[r.status],
  ]);
  const foot = `**${met}/${evaluated} SLA metrics met** (score ${displayScore(evaluated > 0 ? (100 * met) / evaluated : null)})${
    run.availabilityDerived && d.sla.some((r) => r.metric === "availability-pct")
      ? " · ¹ availability = 100 % − error rate"
      : ""
  }`;
  return [head, table(["Metric", "Target", "Actual", "Delta", "Status"], rows, ["l", "r", "r", "r", "l"]), foot].join(
    "\n\n",
  );
}

function endpointName(e: EndpointBottleneck): string {
  return code(e.method ? `${e.method} ${e.name}` : e.name, 120);
}

function bottlenecks(d: PerformanceDetails): string {
  const b = d.bottlenecks;
  if (!b) return "";
  const out: string[] = [`**Bottlenecks** in ${escapeText(`"${b.scenario}"`, 80)}`];
  if (b.slowest.length === 0 && b.mostFailures.length === 0 && b.topFailures.length === 0) {
    out.push("_The files give no per-endpoint figures or failure messages._");
    return out.join("\n\n");
  }
  if (b.slowest.length > 0) {
    out.push(
      table(
        ["Slowest endpoints", "Requests", "p95", "vs p95 target"],
        b.slowest.map((e) => [
          endpointName(e),
          e.requests === null ? "n/a" : formatNumber(e.requests, 0),
          fmtValue(e.p95Ms, "ms"),
          e.p95OverTarget === undefined
            ? "—"
            : `${e.p95OverTarget > 1 ? "🔴 " : ""}${formatNumber(e.p95OverTarget, 2)}×`,
        ]),
        ["l", "r", "r", "r"],
      ),
    );
  }
  if (b.mostFailures.length > 0) {
    out.push(
      table(
        ["Endpoints with most failures", "Failures", "Requests", "Share of failures"],
        b.mostFailures.map((e) => [
          endpointName(e),
          formatNumber(e.failures ?? 0, 0),
          e.requests === null ? "n/a" : formatNumber(e.requests, 0),
          e.failureSharePct === undefined ? "—" : `${formatNumber(e.failureSharePct, 1)}%`,
        ]),
        ["l", "r", "r", "r"],
      ),
    );
  }
  if (b.topFailures.length > 0) {
    out.push(
      table(
        ["Top failures", "Type", "Endpoint", "Count"],
        b.topFailures.map((f) => [
          escapeText(f.message, 200),
          escapeText(f.type, 40),
          f.endpoint ? code(f.endpoint, 120) : "—",
          formatNumber(f.count, 0),
        ]),
        ["l", "l", "l", "r"],
      ),
    );
  }
  return out.join("\n\n");
}

function baselineTable(d: PerformanceDetails): string {
  const b = d.baseline;
  if (!b) return "";
  const regressions = b.rows.filter((r) => r.regression).length;
  const head = `**Against the baseline** (${b.files.map((f) => code(f)).join(", ")}): ${regressions === 0 ? "no regression" : `${regressions} regression${regressions === 1 ? "" : "s"}`} (limit: ${b.metrics.map((m) => code(m)).join(", ")} worse by more than ${formatNumber(b.regressionPct)}%)`;
  const rows = b.rows.map((r) => {
    const unit = RUN_METRICS[r.metric]?.unit ?? "";
    return [
      escapeText(r.scenario === r.baselineScenario ? r.scenario : `${r.scenario} vs ${r.baselineScenario}`, 80),
      escapeText(RUN_METRICS[r.metric]?.label ?? r.metric, 60),
      fmtValue(r.baseline, unit),
      fmtValue(r.current, unit),
      fmtDelta(r.deltaPct),
      r.regression ? "❌ regression" : r.checked ? "✅" : "—",
    ];
  });
  const parts = [
    head,
    table(["Scenario", "Metric", "Baseline", "Now", "Delta", ""], rows, ["l", "l", "r", "r", "r", "l"]),
  ];
  if (b.unmatched.length > 0) parts.push(`_No baseline for: ${b.unmatched.map((s) => escapeText(s, 80)).join(", ")}._`);
  return parts.join("\n\n");
}

function thresholds(d: PerformanceDetails): string {
  const failed = d.runs.flatMap((r) => r.thresholds.filter((t) => !t.passed).map((t) => ({ r, t })));
  if (failed.length === 0) return "";
  return `**Tool thresholds failed:** ${failed.map(({ r, t }) => `${escapeText(r.scenario, 80)}: ${code(`${t.metric} ${t.expression}`)}`).join(" · ")}`;
}

function notes(d: PerformanceDetails): string {
  const lines = d.runs.flatMap((r) => r.notes.map((n) => `- ${escapeText(r.scenario, 80)}: ${escapeText(n, 300)}`));
  lines.push(...d.notes.map((n) => `- ${escapeText(n, 300)}`));
  return lines.length > 0 ? `<sub>Notes</sub>\n\n${lines.slice(0, 30).join("\n")}` : "";
}

export const performanceMarkdown: MarkdownSectionRenderer = (report) => {
  const x = detailsOf(report);
  if (!x) return null;
  const { dim, d } = x;
  const summary = escapeText(performanceSummary(dim, d));
  const scenarios = `**Scenarios**\n\n${scenarioTable(d)}`;
  // The charts are in the full body only: when the comment is over its budget they go first.
  const body = [scenarios, latencyCharts(d), slaTable(d), bottlenecks(d), baselineTable(d), thresholds(d), notes(d)]
    .filter((p) => p !== "")
    .join("\n\n");
  const regressions = d.baseline?.rows.filter((r) => r.regression).length ?? 0;
  const compact = [
    scenarios,
    slaTable(d),
    regressions > 0 ? `${regressions} regression${regressions === 1 ? "" : "s"} against the baseline.` : "",
  ]
    .filter((p) => p !== "")
    .join("\n\n");
  return { summary, body, compactBody: compact };
};

export const performanceText: TextSectionRenderer = (report, ctx) => {
  const x = detailsOf(report);
  if (!x) return [];
  const { dim, d } = x;
  const out = [performanceSummary(dim, d).replace(/^⚡ /, "")];
  out.push("  Scenarios:");
  for (const r of d.runs) {
    out.push(
      `    ${r.scenario}${stressTag(r)}: ${users(r.users)}, ${fmtDuration(r.durationS)}, ${fmtValue(r.throughputRps, "req/s")}, p50 ${fmtValue(r.latency.p50 ?? null, "ms")}, p95 ${fmtValue(r.latency.p95 ?? null, "ms")}, p99 ${fmtValue(r.latency.p99 ?? null, "ms")}, errors ${fmtValue(r.errorRatePct, "%")}: ${r.status.toUpperCase()}${r.slaEvaluated > 0 ? ` (${r.slaMet}/${r.slaEvaluated})` : ""}`,
    );
  }
  if (d.sla.length > 0 && d.slaScenario !== null) {
    out.push(`  SLA on "${d.slaScenario}" (${d.slaScenarioReason}):`);
    for (const r of d.sla) {
      const mark = r.status === "pass" ? "pass" : r.status === "fail" ? "FAIL" : "n/a ";
      out.push(
        `    [${mark}] ${r.label}: ${fmtValue(r.actual, r.unit)}, target ${fmtBound(r, r.unit)} (${fmtDelta(r.deltaPct)})`,
      );
    }
  }
  const b = d.bottlenecks;
  if (b && (b.slowest.length > 0 || b.mostFailures.length > 0 || b.topFailures.length > 0)) {
    out.push("  Bottlenecks:");
    for (const e of b.slowest.slice(0, 3)) {
      out.push(
        `    slow: ${e.method ? `${e.method} ` : ""}${e.name} p95 ${fmtValue(e.p95Ms, "ms")}${e.p95OverTarget !== undefined ? ` (${formatNumber(e.p95OverTarget, 2)}× target)` : ""}`,
      );
    }
    for (const e of b.mostFailures.slice(0, 3)) {
      out.push(
        `    failing: ${e.method ? `${e.method} ` : ""}${e.name} ${formatNumber(e.failures ?? 0, 0)} failures${e.failureSharePct !== undefined ? ` (${formatNumber(e.failureSharePct, 1)}%)` : ""}`,
      );
    }
    for (const f of b.topFailures.slice(0, Math.min(3, ctx.maxFindings)))
      out.push(`    error: ${f.count} × ${f.message.slice(0, 160)}`);
  }
  if (d.baseline) {
    const reg = d.baseline.rows.filter((r) => r.regression);
    out.push(`  Baseline: ${reg.length} regression${reg.length === 1 ? "" : "s"}`);
    for (const r of reg) {
      const unit = RUN_METRICS[r.metric]?.unit ?? "";
      out.push(
        `    ${r.scenario} ${r.metric}: ${fmtValue(r.baseline, unit)} -> ${fmtValue(r.current, unit)} (${fmtDelta(r.deltaPct)})`,
      );
    }
  }
  return out;
};
