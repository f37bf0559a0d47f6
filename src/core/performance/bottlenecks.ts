/** The "bottlenecks identified" part, from data only: slowest endpoints by p95, endpoints and messages by failures. */
import type { Bottlenecks, EndpointBottleneck } from "../model/performance.js";
import type { EndpointStats, PerformanceRun } from "../model/performance.js";
import type { Sla } from "./sla.js";

const TOP = 5;

function row(e: EndpointStats): EndpointBottleneck {
  return {
    name: e.name,
    ...(e.method ? { method: e.method } : {}),
    requests: e.requests ?? null,
    failures: e.failures ?? null,
    p95Ms: e.latency.p95 ?? null,
  };
}

export function findBottlenecks(run: PerformanceRun, sla: Sla): Bottlenecks {
  const p95Max = sla["p95-ms"]?.max;
  const slowest = run.endpoints
    .filter((e) => e.latency.p95 !== undefined && (e.requests ?? 1) > 0)
    .sort((a, b) => b.latency.p95! - a.latency.p95! || (b.requests ?? 0) - (a.requests ?? 0))
    .slice(0, TOP)
    .map((e) => ({
      ...row(e),
      ...(p95Max ? { p95OverTarget: Math.round((e.latency.p95! / p95Max) * 100) / 100 } : {}),
    }));
  const endpointFailures = run.endpoints.reduce((a, e) => a + (e.failures ?? 0), 0);
  const total = run.failedRequests ?? endpointFailures;
  const mostFailures = run.endpoints
    .filter((e) => (e.failures ?? 0) > 0)
    .sort((a, b) => b.failures! - a.failures!)
    .slice(0, TOP)
    .map((e) => ({
      ...row(e),
      ...(total > 0 ? { failureSharePct: Math.round((e.failures! / total) * 10000) / 100 } : {}),
    }));
  const topFailures = [...run.failures].sort((a, b) => b.count - a.count).slice(0, TOP);
  return { scenario: run.scenario, slowest, mostFailures, topFailures };
}
