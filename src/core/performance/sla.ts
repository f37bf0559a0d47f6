/** SLA evaluation: each SLA metric is met when the actual value is within its `min` / `max` (both inclusive). */
import type { PerformanceConfig } from "../config/performance.js";
import type { ScenarioStatus, SlaRow } from "../model/performance.js";
import { RUN_METRICS, runMetric } from "./metrics.js";
import type { PerformanceRun } from "../model/performance.js";

export type Sla = Record<string, { min?: number; max?: number }>;

/** The global SLA with the scenario's own entries laid over it, key by key. */
export function slaFor(config: PerformanceConfig, scenario: string): Sla {
  return { ...config.sla, ...(config.scenarios[scenario]?.sla ?? {}) };
}

function pct(actual: number, target: number): number | null {
  if (target === 0) return null;
  return Math.round(((actual - target) / Math.abs(target)) * 100 * 1e4) / 1e4;
}

export function evaluateSla(run: PerformanceRun, sla: Sla): SlaRow[] {
  return Object.entries(sla).map(([metric, bound]): SlaRow => {
    const info = RUN_METRICS[metric];
    const actual = runMetric(run, metric);
    const row: SlaRow = {
      metric,
      label: info?.label ?? metric,
      unit: info?.unit ?? "",
      ...(bound.min !== undefined ? { min: bound.min } : {}),
      ...(bound.max !== undefined ? { max: bound.max } : {}),
      actual,
      deltaPct: null,
      status: "not-measured",
    };
    if (actual === null) return row;
    const belowMin = bound.min !== undefined && actual < bound.min;
    const aboveMax = bound.max !== undefined && actual > bound.max;
    row.status = belowMin || aboveMax ? "fail" : "pass";
    // The delta is against the bound that decides: the one crossed, else the max (a ceiling), else the min.
    const target = aboveMax || (bound.max !== undefined && !belowMin) ? bound.max! : bound.min!;
    row.deltaPct = pct(actual, target);
    return row;
  });
}

export function scenarioStatus(rows: readonly SlaRow[]): { status: ScenarioStatus; met: number; evaluated: number } {
  const evaluated = rows.filter((r) => r.status !== "not-measured").length;
  const met = rows.filter((r) => r.status === "pass").length;
  if (evaluated === 0) return { status: "not-evaluated", met, evaluated };
  if (met === evaluated) return { status: "pass", met, evaluated };
  return { status: met * 2 >= evaluated ? "partial" : "fail", met, evaluated };
}

/**
 * The run the SLA table and the score are about: the configured `sla-scenario`, else the run with the most users
 * that is not a stress run (unknown users rank last; ties go to the higher throughput).
 */
export function pickSlaRun(
  runs: readonly PerformanceRun[],
  config: PerformanceConfig,
): { run: PerformanceRun; reason: string } | { error: string } {
  const wanted = config["sla-scenario"];
  if (wanted !== undefined) {
    const run = runs.find((r) => r.scenario === wanted);
    if (run) return { run, reason: "set by performance.sla-scenario" };
    return {
      error: `performance.sla-scenario is "${wanted}" but no run has that scenario name (runs: ${runs.map((r) => `"${r.scenario}"`).join(", ")})`,
    };
  }
  const normal = runs.filter((r) => !r.stress);
  const pool = normal.length > 0 ? normal : runs;
  const best = [...pool].sort(
    (a, b) =>
      (b.users ?? -1) - (a.users ?? -1) ||
      (b.throughputRps ?? -1) - (a.throughputRps ?? -1) ||
      a.scenario.localeCompare(b.scenario),
  )[0]!;
  if (runs.length === 1) return { run: best, reason: "the only run" };
  const reason =
    normal.length === 0
      ? "every run is a stress run; the one with the most users"
      : best.users !== null
        ? "most users, not a stress run"
        : "highest throughput, not a stress run (no run says how many users)";
  return { run: best, reason };
}
