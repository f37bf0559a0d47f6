/**
 * Comparison with a baseline run: the delta of each headline metric, and a regression when a checked metric
 * (default p95 latency and error rate) is worse than the baseline by more than `regression-pct` percent.
 */
import type { PerformanceConfig } from "../config/performance.js";
import type { BaselineComparison, RegressionRow } from "../model/performance.js";
import { RUN_METRICS, runMetric } from "./metrics.js";
import type { PerformanceRun } from "../model/performance.js";

export const COMPARED_METRICS = ["throughput-rps", "p50-ms", "p95-ms", "p99-ms", "error-rate-pct", "availability-pct"];

/** Pairs by scenario name; one run on each side pair up whatever their names. */
function pair(
  current: readonly PerformanceRun[],
  baseline: readonly PerformanceRun[],
): [PerformanceRun, PerformanceRun][] {
  if (current.length === 1 && baseline.length === 1) return [[current[0]!, baseline[0]!]];
  const out: [PerformanceRun, PerformanceRun][] = [];
  for (const c of current) {
    const b = baseline.find((r) => r.scenario === c.scenario);
    if (b) out.push([c, b]);
  }
  return out;
}

export function isRegression(metric: string, baseline: number, current: number, limitPct: number): boolean {
  const better = RUN_METRICS[metric]?.better;
  if (!better) return false;
  if (better === "lower")
    return baseline === 0 ? current > 0 : ((current - baseline) / Math.abs(baseline)) * 100 > limitPct;
  return baseline === 0 ? false : ((baseline - current) / Math.abs(baseline)) * 100 > limitPct;
}

export function compareWithBaseline(
  current: readonly PerformanceRun[],
  baseline: readonly PerformanceRun[],
  files: string[],
  config: NonNullable<PerformanceConfig["baseline"]>,
): BaselineComparison {
  const metrics = [...new Set([...COMPARED_METRICS, ...config.metrics])];
  const rows: RegressionRow[] = [];
  const pairs = pair(current, baseline);
  for (const [c, b] of pairs) {
    for (const metric of metrics) {
      const now = runMetric(c, metric);
      const before = runMetric(b, metric);
      const checked = config.metrics.includes(metric);
      const deltaPct =
        now !== null && before !== null && before !== 0
          ? Math.round(((now - before) / Math.abs(before)) * 100 * 1e4) / 1e4
          : null;
      rows.push({
        scenario: c.scenario,
        baselineScenario: b.scenario,
        metric,
        baseline: before,
        current: now,
        deltaPct,
        checked,
        regression:
          checked && now !== null && before !== null && isRegression(metric, before, now, config["regression-pct"]),
      });
    }
  }
  const paired = new Set(pairs.map(([c]) => c.scenario));
  return {
    files,
    regressionPct: config["regression-pct"],
    metrics: config.metrics,
    rows,
    unmatched: current.filter((r) => !paired.has(r.scenario)).map((r) => r.scenario),
  };
}
