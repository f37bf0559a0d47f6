/**
 * Locust's CSV headers changed between versions (`# requests` in 1.x, `Request Count` in 2.x; `Requests Failed/s`
 * became `Failures/s`), so columns are found by name, never by position.
 */
import type { LatencyKey, LatencyStats } from "../../../model/performance.js";
import { columnIndex, num } from "../shared.js";

const PERCENTILE_HEADER = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;

/** `50%` → `p50`, `99.9%` → `p999`; `100%` is the maximum and has its own column. */
function percentileKey(header: string): LatencyKey | null {
  const m = PERCENTILE_HEADER.exec(header);
  if (!m) return null;
  const key = `p${m[1]!.replace(".", "")}`;
  return ["p50", "p66", "p75", "p80", "p90", "p95", "p98", "p99", "p999", "p9999"].includes(key)
    ? (key as LatencyKey)
    : null;
}

export interface LatencyColumns {
  percentiles: [LatencyKey, number][];
  median: number;
  avg: number;
  min: number;
  max: number;
}

export function latencyColumns(header: readonly string[], prefix = ""): LatencyColumns {
  const percentiles: [LatencyKey, number][] = [];
  if (prefix === "") {
    header.forEach((h, i) => {
      const k = percentileKey(h);
      if (k) percentiles.push([k, i]);
    });
  }
  return {
    percentiles,
    median: columnIndex(header, [`${prefix}Median Response Time`]),
    avg: columnIndex(header, [`${prefix}Average Response Time`]),
    min: columnIndex(header, [`${prefix}Min Response Time`]),
    max: columnIndex(header, [`${prefix}Max Response Time`]),
  };
}

/** Latency figures of one row; cells that are empty or `N/A` are left out. */
export function readLatency(row: readonly string[], cols: LatencyColumns): LatencyStats {
  const out: LatencyStats = {};
  const put = (k: LatencyKey, i: number) => {
    if (i < 0) return;
    const v = num(row[i]);
    if (v !== undefined) out[k] = v;
  };
  for (const [k, i] of cols.percentiles) put(k, i);
  // The explicit median column is more precise than the rounded 50% bucket.
  put("p50", cols.median);
  put("avg", cols.avg);
  put("min", cols.min);
  put("max", cols.max);
  return out;
}

export const COLUMN_NAMES = {
  type: ["Type", "Method"],
  name: ["Name"],
  requests: ["Request Count", "# requests", "# reqs"],
  failures: ["Failure Count", "# failures", "# fails"],
  rps: ["Requests/s", "Current RPS"],
  timestamp: ["Timestamp"],
  users: ["User Count", "User count", "Users"],
  totalRequests: ["Total Request Count", "# requests", "Request Count"],
  totalFailures: ["Total Failure Count", "# failures", "Failure Count"],
} as const;

/** The summary row is `Aggregated` (1.x, 2.x) or `Total` (older), with an empty or `None` type. */
export function isAggregateRow(type: string | undefined, name: string | undefined): boolean {
  const n = (name ?? "").trim();
  const t = (type ?? "").trim();
  return (n === "Aggregated" || n === "Total") && (t === "" || t === "None");
}
