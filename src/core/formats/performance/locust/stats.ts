/** `<prefix>_stats.csv`: one row per request name plus the `Aggregated` row. */
import type { ArtifactSource } from "../../source.js";
import { UnreadableArtifactError } from "../../source.js";
import type { EndpointStats, PerformanceRunPart } from "../../../model/performance.js";
import { columnIndex, num, readCsv, redact, round } from "../shared.js";
import { COLUMN_NAMES, isAggregateRow, latencyColumns, readLatency } from "./columns.js";
import { locustPrefix, locustRunKey } from "./files.js";

export async function parseLocustStats(source: ArtifactSource): Promise<PerformanceRunPart[]> {
  const records = await readCsv(source);
  const header = records[0];
  if (!header) throw new UnreadableArtifactError("the file is empty");
  const col = {
    type: columnIndex(header, COLUMN_NAMES.type),
    name: columnIndex(header, COLUMN_NAMES.name),
    requests: columnIndex(header, COLUMN_NAMES.requests),
    failures: columnIndex(header, COLUMN_NAMES.failures),
    rps: columnIndex(header, COLUMN_NAMES.rps),
  };
  for (const [key, label] of [
    ["name", "Name"],
    ["requests", "Request Count"],
    ["failures", "Failure Count"],
  ] as const) {
    if (col[key] < 0)
      throw new UnreadableArtifactError(`Locust stats without a "${label}" column (header: ${header.join(",")})`);
  }
  const lat = latencyColumns(header);
  const rows = records.slice(1);
  if (rows.length === 0) {
    throw new UnreadableArtifactError(
      "header only: Locust recorded no requests in this run, so there is nothing to assess",
    );
  }

  const endpoints: EndpointStats[] = [];
  let aggregate: string[] | undefined;
  for (const row of rows) {
    const type = col.type >= 0 ? row[col.type] : "";
    const name = row[col.name] ?? "";
    if (isAggregateRow(type, name)) {
      aggregate = row;
      continue;
    }
    const requests = num(row[col.requests]);
    const failures = num(row[col.failures]);
    const rps = col.rps >= 0 ? num(row[col.rps]) : undefined;
    endpoints.push({
      name: redact(name),
      ...(type ? { method: type } : {}),
      ...(requests !== undefined ? { requests } : {}),
      ...(failures !== undefined ? { failures } : {}),
      ...(rps !== undefined ? { throughputRps: rps } : {}),
      latency: requests === 0 ? {} : readLatency(row, lat),
    });
  }

  const notes: string[] = [];
  let requests: number | undefined;
  let failed: number | undefined;
  let rps: number | undefined;
  let latency = {};
  if (aggregate) {
    requests = num(aggregate[col.requests]);
    failed = num(aggregate[col.failures]);
    rps = col.rps >= 0 ? num(aggregate[col.rps]) : undefined;
    latency = requests === 0 ? {} : readLatency(aggregate, lat);
  } else {
    // Counts add up across rows; percentiles do not, so they stay unknown.
    const sum = (f: (e: EndpointStats) => number | undefined) =>
      endpoints.every((e) => f(e) !== undefined) ? endpoints.reduce((a, e) => a + f(e)!, 0) : undefined;
    requests = sum((e) => e.requests);
    failed = sum((e) => e.failures);
    rps = sum((e) => e.throughputRps);
    notes.push("no Aggregated row: totals summed over the request rows, percentiles unknown");
  }
  if (requests === undefined) throw new UnreadableArtifactError("the Aggregated row has no request count");

  const part: PerformanceRunPart = {
    runKey: locustRunKey(source.path),
    kind: "summary",
    tool: "locust",
    scenario: locustPrefix(source.path),
    requests,
    latency,
    endpoints,
    notes,
  };
  if (failed !== undefined) {
    part.failedRequests = failed;
    if (requests > 0) part.errorRatePct = round((failed / requests) * 100);
  }
  if (rps !== undefined) {
    part.throughputRps = rps;
    if (rps > 0) {
      part.durationS = round(requests / rps, 3);
      part.derived = { durationS: "duration derived from request count ÷ requests/s" };
    }
  }
  return [part];
}
