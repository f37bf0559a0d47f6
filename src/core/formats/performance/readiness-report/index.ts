/**
 * A JSON report written earlier by this tool (`--format json`), read as a baseline: its performance runs become
 * parts again. Only the run-level figures are restored; they are what a regression check compares.
 */
import type { ArtifactSource } from "../../source.js";
import { UnreadableArtifactError } from "../../source.js";
import type { LatencyStats, PerformanceRunPart } from "../../../model/performance.js";
import type { PerformanceFormat } from "../../types.js";
import { isObject, readJson } from "../../json.js";
import { num } from "../shared.js";

export async function parseReadinessReport(source: ArtifactSource): Promise<PerformanceRunPart[]> {
  const data = await readJson(source, "readiness-gate report");
  const details =
    isObject(data) && isObject(data.dimensions) && isObject(data.dimensions.performance)
      ? data.dimensions.performance.details
      : undefined;
  if (!isObject(details) || !Array.isArray(details.runs)) {
    throw new UnreadableArtifactError(
      "a readiness-gate report without performance runs (dimensions.performance.details.runs)",
    );
  }
  return details.runs.filter(isObject).map((r, i): PerformanceRunPart => {
    const part: PerformanceRunPart = {
      runKey: `report:${source.path}#${i}`,
      kind: "report",
      tool: typeof r.tool === "string" ? r.tool : "unknown",
      scenario: typeof r.scenario === "string" ? r.scenario : `run ${i + 1}`,
      latency: {},
      notes: [],
    };
    if (isObject(r.latency)) {
      for (const [k, v] of Object.entries(r.latency)) {
        const n = num(v);
        if (n !== undefined) (part.latency as LatencyStats)[k as keyof LatencyStats] = n;
      }
    }
    for (const key of ["users", "durationS", "requests", "failedRequests", "throughputRps", "errorRatePct"] as const) {
      const n = num(r[key]);
      if (n !== undefined) part[key] = n;
    }
    // Only availability the tool reported directly is carried over; a derived one is derived again.
    if (r.availabilityDerived === false && num(r.availabilityPct) !== undefined)
      part.availabilityPct = num(r.availabilityPct)!;
    return part;
  });
}

export const readinessReportFormat: PerformanceFormat = {
  id: "readiness-report",
  family: "readiness-report",
  label: "readiness-gate JSON report (baseline)",
  dimension: "performance",
  detect: ({ head }) =>
    /^\s*\{/.test(head) && head.includes('"readiness-gate"') && head.includes('"schemaVersion"') ? 0.99 : 0,
  parse: parseReadinessReport,
};
