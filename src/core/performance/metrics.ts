/** The named figures of a run that SLA keys, baselines and gates refer to (`p95-ms`, `throughput-rps`, …). */
import { LATENCY_KEYS, type LatencyKey, type PerformanceRun } from "../model/performance.js";

export interface MetricInfo {
  label: string;
  unit: string;
  /** Which way is better, for regressions; null when neither (e.g. users). */
  better: "lower" | "higher" | null;
}

const BASE: Record<string, MetricInfo> = {
  "throughput-rps": { label: "Throughput", unit: "req/s", better: "higher" },
  "error-rate-pct": { label: "Error rate", unit: "%", better: "lower" },
  "availability-pct": { label: "Availability", unit: "%", better: "higher" },
  users: { label: "Users", unit: "", better: null },
  "duration-s": { label: "Duration", unit: "s", better: null },
  requests: { label: "Requests", unit: "", better: null },
  "failed-requests": { label: "Failed requests", unit: "", better: "lower" },
};

function latencyLabel(k: LatencyKey): string {
  if (k === "avg") return "Average latency";
  if (k === "min") return "Min latency";
  if (k === "max") return "Max latency";
  const p = k.slice(1);
  return `p${p.length > 2 ? `${p.slice(0, 2)}.${p.slice(2)}` : p} latency`;
}

export const RUN_METRICS: Record<string, MetricInfo> = {
  ...BASE,
  ...Object.fromEntries(
    LATENCY_KEYS.map((k) => [`${k}-ms`, { label: latencyLabel(k), unit: "ms", better: "lower" as const }]),
  ),
};

export function isRunMetric(key: string): boolean {
  return key in RUN_METRICS;
}

/** The run's value of a metric, or null when the files did not give it (or the key is unknown). */
export function runMetric(run: PerformanceRun, key: string): number | null {
  switch (key) {
    case "throughput-rps":
      return run.throughputRps;
    case "error-rate-pct":
      return run.errorRatePct;
    case "availability-pct":
      return run.availabilityPct;
    case "users":
      return run.users;
    case "duration-s":
      return run.durationS;
    case "requests":
      return run.requests;
    case "failed-requests":
      return run.failedRequests;
  }
  const m = /^([a-z0-9]+)-ms$/.exec(key);
  if (m && (LATENCY_KEYS as readonly string[]).includes(m[1]!)) return run.latency[m[1] as LatencyKey] ?? null;
  return null;
}
