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
