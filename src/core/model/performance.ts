/**
 * Details of the performance dimension, as the report carries them: the scenario table, the SLA compliance
 * table of the SLA scenario, bottlenecks and the comparison with a baseline. Renderers read only this.
 */
import type { EndpointStats, FailureGroup, PerformanceRun } from "../performance/model.js";

/** pass: every evaluated SLA metric met; partial: at least half met; fail: fewer than half. */
export type ScenarioStatus = "pass" | "partial" | "fail" | "not-evaluated";
export type SlaStatus = "pass" | "fail" | "not-measured";

/** A run as the report shows it: the merged run with its status, and with endpoint and failure lists capped. */
export interface PerformanceRunSummary extends PerformanceRun {
  status: ScenarioStatus;
  slaMet: number;
  slaEvaluated: number;
  /** Endpoint rows (at most 100, busiest first). */
  endpoints: EndpointStats[];
  endpointsOmitted: number;
  /** Failures grouped by type and message (at most 50, most frequent first). */
  failures: FailureGroup[];
  failuresOmitted: number;
}

export interface SlaRow {
  /** SLA metric key, e.g. `p95-ms`. */
  metric: string;
  label: string;
  unit: string;
  min?: number;
  max?: number;
  actual: number | null;
  /** (actual − target) ÷ target × 100, against the bound that decides; null when not computable. */
  deltaPct: number | null;
  status: SlaStatus;
}

export interface EndpointBottleneck {
  name: string;
  method?: string;
  requests: number | null;
  failures: number | null;
  p95Ms: number | null;
  /** Share of all the run's failures, in percent. */
  failureSharePct?: number;
  /** p95 over the SLA's p95 target, as a multiple (2 = twice the target). */
  p95OverTarget?: number;
}

export interface Bottlenecks {
  scenario: string;
  slowest: EndpointBottleneck[];
  mostFailures: EndpointBottleneck[];
  topFailures: FailureGroup[];
}

export interface RegressionRow {
  scenario: string;
  baselineScenario: string;
  metric: string;
  baseline: number | null;
  current: number | null;
  deltaPct: number | null;
  /** Whether the metric is one the config checks for regressions. */
  checked: boolean;
  regression: boolean;
}

export interface BaselineComparison {
  files: string[];
  regressionPct: number;
  metrics: string[];
  rows: RegressionRow[];
  /** Current scenarios with no baseline counterpart. */
  unmatched: string[];
}

export interface PerformanceDetails {
  runs: PerformanceRunSummary[];
  /** The scenario the SLA table and the score are computed for. */
  slaScenario: string | null;
  /** Why that scenario (e.g. `most users, not a stress run`). */
  slaScenarioReason: string;
  sla: SlaRow[];
  bottlenecks: Bottlenecks | null;
  baseline: BaselineComparison | null;
  notes: string[];
}
