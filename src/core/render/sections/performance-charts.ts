/** The performance section's pictures: latency per scenario against the SLA targets (Mermaid, which GitHub draws). */
import type { PerformanceDetails } from "../../model/performance.js";
import { formatNumber } from "../../util/format-number.js";
import { niceMax, xyChart } from "../mermaid.js";

const PERCENTILES = [
  ["p50", "p50-ms"],
  ["p95", "p95-ms"],
  ["p99", "p99-ms"],
] as const;
const MAX_CHART_SCENARIOS = 12;

/**
 * One chart per latency percentile: a bar per scenario and, when the SLA sets one, a line at the target, so a
 * bar above the line is a miss. The scenario table above states every value; the charts only draw them.
 */
export function latencyCharts(d: PerformanceDetails): string {
  const runs = d.runs.slice(0, MAX_CHART_SCENARIOS);
  const charts: string[] = [];
  for (const [p, metric] of PERCENTILES) {
    const shown = runs.filter((r) => typeof r.latency[p] === "number" && Number.isFinite(r.latency[p]));
    if (shown.length === 0) continue;
    const values = shown.map((r) => r.latency[p] as number);
    const target = d.sla.find((row) => row.metric === metric)?.max;
    const title =
      target === undefined
        ? `${p} latency (ms) per scenario`
        : `${p} latency (ms) per scenario, line at the SLA target of ${formatNumber(target, 0)} ms`;
    charts.push(
      xyChart({
        title,
        xLabels: shown.map((r) => r.scenario),
        yLabel: "ms",
        yMax: niceMax(Math.max(...values, target ?? 0) * 1.1),
        bars: [values],
        ...(target === undefined ? {} : { lines: [shown.map(() => target)] }),
      }),
    );
  }
  if (charts.length === 0) return "";
  const omitted = d.runs.length - runs.length;
  const note =
    omitted > 0 ? ` The first ${runs.length} scenarios are drawn; the table lists all ${d.runs.length}.` : "";
  return `**Latency against the SLA** (bars: each scenario's value; line: the target; the table above has the numbers).${note}\n\n${charts.join("\n\n")}`;
}
