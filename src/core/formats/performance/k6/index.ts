/**
 * k6 end-of-test summaries: the object `handleSummary(data)` receives (metrics with `type` and `values`,
 * thresholds `{ok}`), and the legacy `--summary-export` file (flat metrics; a threshold value `true` means it
 * FAILED). In both, `http_req_failed` is a rate whose `passes` are the failed requests.
 */
import type { ArtifactSource } from "../../source.js";
import { UnreadableArtifactError } from "../../source.js";
import type {
  EndpointStats,
  FailureGroup,
  LatencyStats,
  PerformanceRunPart,
  ThresholdResult,
} from "../../../model/performance.js";
import type { PerformanceFormat } from "../../types.js";
import { isObject, readJson } from "../../json.js";
import { num, redact, round, scenarioFromPath } from "../shared.js";

type Values = Record<string, unknown>;

/** The metric's numbers, whichever layout: `values` in handleSummary, the object itself in the legacy export. */
function values(metric: unknown): Values | undefined {
  if (!isObject(metric)) return undefined;
  return isObject(metric.values) ? metric.values : metric;
}

const TREND_KEYS: [string, keyof LatencyStats][] = [
  ["avg", "avg"],
  ["min", "min"],
  ["max", "max"],
  ["med", "p50"],
  ["p(50)", "p50"],
  ["p(75)", "p75"],
  ["p(90)", "p90"],
  ["p(95)", "p95"],
  ["p(99)", "p99"],
  ["p(99.9)", "p999"],
  ["p(99.99)", "p9999"],
];

function trend(v: Values | undefined): LatencyStats {
  const out: LatencyStats = {};
  if (!v) return out;
  for (const [from, to] of TREND_KEYS) {
    const n = num(v[from]);
    if (n !== undefined && out[to] === undefined) out[to] = n;
  }
  return out;
}

/** `http_req_duration{name:/api/x}` → `["http_req_duration", "name", "/api/x"]`. */
function splitTagged(key: string): [string, string, string] | null {
  const m = /^([^{]+)\{([^:}]+):(.*)\}$/.exec(key);
  return m ? [m[1]!, m[2]!, m[3]!] : null;
}

function collectChecks(group: unknown, out: FailureGroup[]): void {
  if (!isObject(group)) return;
  const checks = Array.isArray(group.checks) ? group.checks : isObject(group.checks) ? Object.values(group.checks) : [];
  for (const c of checks) {
    if (!isObject(c)) continue;
    const fails = num(c.fails);
    if (fails && fails > 0) {
      const path =
        typeof c.path === "string" ? c.path.replace(/^::/, "").replace(/::/g, " › ") : String(c.name ?? "check");
      out.push({ type: "check", message: redact(`check failed: ${path}`), count: fails });
    }
  }
  const groups = Array.isArray(group.groups) ? group.groups : isObject(group.groups) ? Object.values(group.groups) : [];
  for (const g of groups) collectChecks(g, out);
}

export async function parseK6(source: ArtifactSource): Promise<PerformanceRunPart[]> {
  const data = await readJson(source, "k6");
  if (!isObject(data) || !isObject(data.metrics))
    throw new UnreadableArtifactError('not a k6 summary: no "metrics" object');
  const metrics = data.metrics;
  const legacy = !Object.values(metrics).some((m) => isObject(m) && isObject(m.values));
  const notes: string[] = [];
  const part: PerformanceRunPart = {
    runKey: `k6:${source.path}`,
    kind: "summary",
    tool: "k6",
    scenario: scenarioFromPath(source.path, [/[._-]?summary(-export)?\.json$/i, /\.json$/i]),
    notes,
  };

  // HTTP first; gRPC-only tests have grpc_* metrics instead.
  const protocol =
    metrics.http_reqs || metrics.http_req_duration
      ? "http"
      : metrics.grpc_reqs || metrics.grpc_req_duration
        ? "grpc"
        : null;
  if (protocol === null) notes.push("no http_* or grpc_* request metrics in this summary");
  const reqs = protocol ? values(metrics[`${protocol}_reqs`]) : undefined;
  const requests = num(reqs?.count);
  const rate = num(reqs?.rate);
  if (requests !== undefined) part.requests = requests;
  if (rate !== undefined) part.throughputRps = rate;
  part.latency = protocol ? trend(values(metrics[`${protocol}_req_duration`])) : {};

  const state = isObject(data.state) ? data.state : undefined;
  const durMs = num(state?.testRunDurationMs);
  if (durMs !== undefined) part.durationS = round(durMs / 1000, 3);
  else if (requests !== undefined && rate) {
    part.durationS = round(requests / rate, 3);
    part.derived = { durationS: "duration derived from request count ÷ rate (the summary has no test duration)" };
  }

  const vus = values(metrics.vus);
  const vusMax = values(metrics.vus_max);
  const users = num(vus?.max) ?? num(vusMax?.max);
  if (users !== undefined) part.users = users;

  const failed = values(metrics.http_req_failed);
  if (failed) {
    const passes = num(failed.passes);
    const fails = num(failed.fails);
    if (passes !== undefined) part.failedRequests = passes;
    if (passes !== undefined && fails !== undefined && passes + fails > 0)
      part.errorRatePct = round((passes / (passes + fails)) * 100);
    else if (num(failed.rate) !== undefined) part.errorRatePct = round(num(failed.rate)! * 100);
    else if (num(failed.value) !== undefined) part.errorRatePct = round(num(failed.value)! * 100);
  } else if (protocol === "http") {
    notes.push("no http_req_failed metric (k6 before 0.31): error rate unknown");
  }

  const thresholds: ThresholdResult[] = [];
  const endpoints = new Map<string, EndpointStats>();
  for (const [key, metric] of Object.entries(metrics)) {
    if (isObject(metric) && isObject(metric.thresholds)) {
      for (const [expression, result] of Object.entries(metric.thresholds)) {
        // handleSummary: {ok: true} passed. Legacy export: true means the threshold was crossed (failed).
        const passed = isObject(result) ? result.ok === true : result === false;
        thresholds.push({ metric: key, expression, passed });
      }
    }
    const tagged = splitTagged(key);
    if (!tagged || !protocol) continue;
    const [base, tag, value] = tagged;
    if (!["name", "url", "endpoint"].includes(tag)) continue;
    const name = redact(value);
    const e = endpoints.get(name) ?? { name, latency: {} };
    endpoints.set(name, e);
    const v = values(metric);
    if (base === `${protocol}_req_duration`) e.latency = trend(v);
    if (base === `${protocol}_reqs`) {
      const c = num(v?.count);
      if (c !== undefined) e.requests = c;
      const r = num(v?.rate);
      if (r !== undefined) e.throughputRps = r;
    }
    if (base === "http_req_failed") {
      const p = num(v?.passes);
      if (p !== undefined) e.failures = p;
    }
  }
  part.thresholds = thresholds;
  part.endpoints = [...endpoints.values()];
  const failures: FailureGroup[] = [];
  collectChecks(data.root_group, failures);
  part.failures = failures;
  if (legacy) notes.push("k6 --summary-export (legacy) layout");
  return [part];
}

export const k6Format: PerformanceFormat = {
  id: "k6-summary",
  family: "k6",
  label: "k6 summary JSON",
  dimension: "performance",
  detect: ({ head }) => {
    if (!/^\s*\{/.test(head) || !head.includes('"metrics"')) return 0;
    // Our own JSON report quotes k6 metric names too.
    if (head.includes('"readiness-gate"') && head.includes('"schemaVersion"')) return 0;
    const k6Names = [
      "http_req_duration",
      "iteration_duration",
      "vus_max",
      "root_group",
      "http_reqs",
      "grpc_req_duration",
    ];
    const hits = k6Names.filter((n) => head.includes(`"${n}`)).length;
    return hits >= 2 ? 0.95 : hits === 1 ? 0.6 : 0;
  },
  parse: parseK6,
};
