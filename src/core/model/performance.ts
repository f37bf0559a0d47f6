/**
 * The performance model every load-test parser feeds. A parser returns one or more parts; parts that share a
 * `runKey` (e.g. Locust's `<prefix>_stats.csv` and `<prefix>_failures.csv`) are merged into one run. Every number
 * is optional: `undefined` means the file did not say, and nothing downstream invents it.
 */

/** Which piece of a run a part is. Summaries win over histories when both carry the same number. */
export type PartKind = "summary" | "history" | "failures" | "exceptions" | "report";

/** Latency statistics in milliseconds. Percentile keys are `p<n>` with the dot removed (`p999` = 99.9 %). */
export type LatencyStats = Partial<Record<LatencyKey, number>>;
export const LATENCY_KEYS = [
  "avg",
  "min",
  "max",
  "p50",
  "p66",
  "p75",
  "p80",
  "p90",
  "p95",
  "p98",
  "p99",
  "p999",
  "p9999",
] as const;
export type LatencyKey = (typeof LATENCY_KEYS)[number];

export interface EndpointStats {
  /** Request name or URL as the tool reports it (untrusted text: escape before rendering). */
  name: string;
  method?: string;
  requests?: number;
  failures?: number;
  throughputRps?: number;
  latency: LatencyStats;
}

export interface FailureGroup {
  /** Short class of the failure: `HTTP 429`, `ECONNREFUSED`, `ValueError`, `check`, … */
  type: string;
  /** The tool's message (untrusted text). */
  message: string;
  endpoint?: string;
  count: number;
}

/** A pass/fail criterion the load-test tool evaluated itself (k6 thresholds). */
export interface ThresholdResult {
  metric: string;
  expression: string;
  passed: boolean;
}

export interface PerformanceRunPart {
  /** Files of one run share a key (e.g. Locust's common prefix); parts with the same key are merged. */
  runKey: string;
  kind: PartKind;
  /** Format family that produced the part (`locust`, `k6`, `artillery`, `jmeter`). */
  tool: string;
  /** Scenario name derived from the file name; the config's `scenario` of the artifact overrides it. */
  scenario: string;
  /** Concurrent users (peak), when the file says. */
  users?: number;
  durationS?: number;
  requests?: number;
  failedRequests?: number;
  throughputRps?: number;
  latency?: LatencyStats;
  errorRatePct?: number;
  /** Only when the tool reports it directly; otherwise derived from the error rate by the analyzer. */
  availabilityPct?: number;
  endpoints?: EndpointStats[];
  failures?: FailureGroup[];
  thresholds?: ThresholdResult[];
  /** Figures computed from others rather than read, with how (a read figure of another part wins over these). */
  derived?: Partial<Record<DerivableField, string>>;
  /** Remarks about the file (layout, what it lacks), shown with the run. */
  notes?: string[];
}

export type DerivableField = "durationS" | "throughputRps";

/** A run after its parts are merged: what the SLA evaluation and the renderers read. */
export interface PerformanceRun {
  scenario: string;
  tool: string;
  /** Paths of the files the run was read from. */
  files: string[];
  stress: boolean;
  users: number | null;
  durationS: number | null;
  requests: number | null;
  failedRequests: number | null;
  throughputRps: number | null;
  latency: LatencyStats;
  errorRatePct: number | null;
  availabilityPct: number | null;
  /** True when availability was computed as 100 − error rate. */
  availabilityDerived: boolean;
  endpoints: EndpointStats[];
  failures: FailureGroup[];
  thresholds: ThresholdResult[];
  notes: string[];
}

/**
 * Details of the performance dimension, as the report carries them: the scenario table, the SLA compliance
 * table of the SLA scenario, bottlenecks and the comparison with a baseline. Renderers read only this.
 */

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
