/**
 * Artillery 2.x JSON report (`artillery run --output report.json`): totals in `aggregate.counters`, latency in
 * `aggregate.summaries["http.response_time"]`, per-endpoint figures from the metrics-by-endpoint plugin.
 * A failed request is one that got no response (`errors.<code>`) or a 4xx/5xx status, like Locust and JMeter count.
 */
import type { ArtifactSource } from "../../source.js";
import { UnreadableArtifactError } from "../../source.js";
import type { EndpointStats, FailureGroup, LatencyStats, PerformanceRunPart } from "../../../model/performance.js";
import type { PerformanceFormat } from "../../types.js";
import { isObject, readJson } from "../../json.js";
import { num, redact, round, scenarioFromPath } from "../shared.js";

const SUMMARY_KEYS: [string, keyof LatencyStats][] = [
  ["mean", "avg"],
  ["min", "min"],
  ["max", "max"],
  ["median", "p50"],
  ["p50", "p50"],
  ["p75", "p75"],
  ["p90", "p90"],
  ["p95", "p95"],
  ["p99", "p99"],
  ["p999", "p999"],
];

function summary(v: unknown): LatencyStats {
  const out: LatencyStats = {};
  if (!isObject(v)) return out;
  for (const [from, to] of SUMMARY_KEYS) {
    const n = num(v[from]);
    if (n !== undefined && out[to] === undefined) out[to] = n;
  }
  return out;
}

const ENDPOINT_PREFIX = "plugins.metrics-by-endpoint.";

export async function parseArtillery(source: ArtifactSource): Promise<PerformanceRunPart[]> {
  const data = await readJson(source, "Artillery");
  if (!isObject(data) || !isObject(data.aggregate))
    throw new UnreadableArtifactError('not an Artillery report: no "aggregate" object');
  const agg = data.aggregate;
  const counters = isObject(agg.counters) ? agg.counters : {};
  const summaries = isObject(agg.summaries) ? agg.summaries : {};
  const notes: string[] = [];
  const part: PerformanceRunPart = {
    runKey: `artillery:${source.path}`,
    kind: "summary",
    tool: "artillery",
    scenario: scenarioFromPath(source.path, [/\.json$/i]),
    notes,
  };

  const requests = num(counters["http.requests"]);
  const first = num(agg.firstMetricAt) ?? num(agg.firstCounterAt);
  const last = num(agg.lastMetricAt) ?? num(agg.lastCounterAt);
  if (first !== undefined && last !== undefined && last >= first) part.durationS = round((last - first) / 1000, 3);
  if (requests !== undefined) {
    part.requests = requests;
    if (part.durationS) {
      part.throughputRps = round(requests / part.durationS);
      part.derived = {
        throughputRps: "throughput derived from http.requests ÷ the time between the first and last metric",
      };
    }
  }
  part.latency = summary(summaries["http.response_time"]);

  const failures: FailureGroup[] = [];
  const globalFailures: FailureGroup[] = [];
  const endpoints = new Map<string, EndpointStats>();
  const endpoint = (name: string) => {
    const clean = redact(name);
    let e = endpoints.get(clean);
    if (!e) {
      e = { name: clean, latency: {}, requests: 0, failures: 0 };
      endpoints.set(clean, e);
    }
    return e;
  };
  let failed = 0;
  let failedKnown = false;
  for (const [key, raw] of Object.entries(counters)) {
    const n = num(raw);
    if (n === undefined) continue;
    let m = /^http\.codes\.(\d{3})$/.exec(key);
    if (m) {
      failedKnown = true;
      if (Number(m[1]) >= 400) {
        failed += n;
        globalFailures.push({ type: `HTTP ${m[1]}`, message: `HTTP ${m[1]} response`, count: n });
      }
      continue;
    }
    m = /^errors\.(.+)$/.exec(key);
    if (m) {
      failedKnown = true;
      failed += n;
      globalFailures.push({ type: m[1]!, message: redact(m[1]!), count: n });
      continue;
    }
    if (!key.startsWith(ENDPOINT_PREFIX)) continue;
    const rest = key.slice(ENDPOINT_PREFIX.length);
    m = /^(.+)\.codes\.(\d{3})$/.exec(rest);
    if (m) {
      const e = endpoint(m[1]!);
      e.requests! += n;
      if (Number(m[2]) >= 400) {
        e.failures! += n;
        failures.push({ type: `HTTP ${m[2]}`, message: `HTTP ${m[2]} response`, endpoint: e.name, count: n });
      }
      continue;
    }
    m = /^(.+)\.errors\.([\w-]+)$/.exec(rest);
    if (m) {
      const e = endpoint(m[1]!);
      e.requests! += n;
      e.failures! += n;
      failures.push({ type: m[2]!, message: redact(m[2]!), endpoint: e.name, count: n });
    }
  }
  for (const [key, v] of Object.entries(summaries)) {
    if (key.startsWith(`${ENDPOINT_PREFIX}response_time.`))
      endpoint(key.slice(`${ENDPOINT_PREFIX}response_time.`.length)).latency = summary(v);
  }
  if (requests !== undefined && failedKnown) {
    part.failedRequests = failed;
    if (requests > 0) part.errorRatePct = round((failed / requests) * 100);
  }
  const created = num(counters["vusers.created"]);
  if (created !== undefined) notes.push(`${created} virtual users created (arrivals, not concurrent users)`);
  part.endpoints = [...endpoints.values()];
  // Per-endpoint failures say where; fall back to the global counters when the plugin was off.
  part.failures = failures.length > 0 ? failures : globalFailures;
  return [part];
}

export const artilleryFormat: PerformanceFormat = {
  id: "artillery-report",
  family: "artillery",
  label: "Artillery JSON report",
  dimension: "performance",
  detect: ({ head }) => {
    if (!/^\s*\{/.test(head) || !head.includes('"aggregate"')) return 0;
    return head.includes('"counters"') || head.includes('"intermediate"') ? 0.95 : 0.5;
  },
  parse: parseArtillery,
};
