/**
 * `<prefix>_stats_history.csv`: one row per second (per request name too with `--csv-full-history`). It grows
 * without bound on long runs, so it is streamed and only a few numbers are kept: first and last timestamp, peak
 * user count and the last `Aggregated` row's cumulative totals.
 */
import type { ArtifactSource } from "../../source.js";
import { UnreadableArtifactError } from "../../source.js";
import type { PerformanceRunPart } from "../../../model/performance.js";
import { columnIndex, num, round, streamCsv } from "../shared.js";
import { COLUMN_NAMES, isAggregateRow, latencyColumns, readLatency } from "./columns.js";
import { locustPrefix, locustRunKey } from "./files.js";

export async function parseLocustHistory(source: ArtifactSource): Promise<PerformanceRunPart[]> {
  let header: string[] | undefined;
  let col = { timestamp: -1, users: -1, type: -1, name: -1, requests: -1, failures: -1 };
  let lat = latencyColumns([]);
  let rows = 0;
  let firstTs: number | undefined;
  let lastTs: number | undefined;
  let peakUsers: number | undefined;
  let last: string[] | undefined;

  for await (const row of streamCsv(source)) {
    if (!header) {
      header = row;
      col = {
        timestamp: columnIndex(header, COLUMN_NAMES.timestamp),
        users: columnIndex(header, COLUMN_NAMES.users),
        type: columnIndex(header, COLUMN_NAMES.type),
        name: columnIndex(header, COLUMN_NAMES.name),
        requests: columnIndex(header, COLUMN_NAMES.totalRequests),
        failures: columnIndex(header, COLUMN_NAMES.totalFailures),
      };
      if (col.timestamp < 0 || col.name < 0) {
        throw new UnreadableArtifactError(
          `Locust stats history without "Timestamp" and "Name" columns (header: ${header.join(",")})`,
        );
      }
      // Cumulative columns are prefixed `Total`; the percentile columns only cover the last few seconds.
      lat = { ...latencyColumns(header, "Total "), percentiles: [] };
      continue;
    }
    rows++;
    const type = col.type >= 0 ? row[col.type] : "";
    if (!isAggregateRow(type, row[col.name])) continue;
    const ts = num(row[col.timestamp]);
    if (ts !== undefined) {
      firstTs ??= ts;
      lastTs = ts;
    }
    const users = col.users >= 0 ? num(row[col.users]) : undefined;
    if (users !== undefined) peakUsers = Math.max(peakUsers ?? 0, users);
    last = row;
  }
  if (!header) throw new UnreadableArtifactError("the file is empty");
  if (rows === 0) throw new UnreadableArtifactError("header only: the stats history has no samples");
  if (!last) throw new UnreadableArtifactError("the stats history has no Aggregated rows");

  const part: PerformanceRunPart = {
    runKey: locustRunKey(source.path),
    kind: "history",
    tool: "locust",
    scenario: locustPrefix(source.path),
    notes: [],
  };
  // A history holding only the t=0 row says nothing about users or duration.
  if (peakUsers) part.users = peakUsers;
  if (firstTs !== undefined && lastTs !== undefined && lastTs > firstTs) part.durationS = lastTs - firstTs;
  const requests = col.requests >= 0 ? num(last[col.requests]) : undefined;
  const failed = col.failures >= 0 ? num(last[col.failures]) : undefined;
  if (requests !== undefined) {
    part.requests = requests;
    if (failed !== undefined) {
      part.failedRequests = failed;
      if (requests > 0) part.errorRatePct = round((failed / requests) * 100);
    }
    if (requests > 0) {
      const { p50, avg, min, max } = readLatency(last, lat);
      part.latency = {
        ...(p50 !== undefined ? { p50 } : {}),
        ...(avg !== undefined ? { avg } : {}),
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      };
      if (part.durationS) {
        part.throughputRps = round(requests / part.durationS);
        part.derived = { throughputRps: "throughput derived from the history's total request count ÷ its time span" };
      }
    }
  }
  return [part];
}
