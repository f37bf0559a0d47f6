import { describe, expect, it } from "vitest";
import { performanceSchema } from "../../src/core/config/performance.js";
import type { PerformanceDetails } from "../../src/core/model/performance.js";
import { analyzePerformance, type ParsedPerformanceArtifact } from "../../src/core/performance/analyze.js";
import type { PerformanceRunPart } from "../../src/core/model/performance.js";
import { isKnownMetric } from "../../src/core/scoring/metrics.js";

const config = (over: Record<string, unknown> = {}) => performanceSchema.parse(over);

function run(scenario: string, p: Partial<PerformanceRunPart>): ParsedPerformanceArtifact {
  return {
    path: `load/${scenario}_stats.csv`,
    format: "locust-stats",
    parts: [{ runKey: scenario, kind: "summary", tool: "locust", scenario, ...p }],
  };
}

/** The seed report's four Locust runs (section 3.2 / 3.3). */
const SEED = [
  run("baseline", {
    users: 100,
    durationS: 300,
    throughputRps: 100,
    latency: { p50: 150, p95: 400, p99: 850 },
    errorRatePct: 0.02,
  }),
  run("target", {
    users: 500,
    durationS: 300,
    throughputRps: 500,
    latency: { p50: 750, p95: 2000, p99: 4250 },
    errorRatePct: 0.02,
  }),
  run("peak", {
    users: 1000,
    durationS: 600,
    throughputRps: 1000,
    latency: { p50: 450, p95: 1200, p99: 2550 },
    errorRatePct: 0.02,
    endpoints: [
      { name: "/api/agents/run", method: "POST", requests: 48_000, failures: 104, latency: { p95: 3900 } },
      { name: "/api/tasks/{id}", method: "GET", requests: 120_000, failures: 16, latency: { p95: 940 } },
      { name: "/health", method: "GET", requests: 90_000, failures: 0, latency: { p95: 74 } },
    ],
    failures: [
      { type: "HTTP 504", message: "504 Gateway Timeout", endpoint: "POST /api/agents/run", count: 92 },
      { type: "HTTP 500", message: "500 Internal Server Error", endpoint: "GET /api/tasks/{id}", count: 16 },
    ],
    failedRequests: 120,
  }),
  run("stress", {
    users: 2000,
    durationS: 300,
    throughputRps: 2000,
    latency: { p50: 900, p95: 2600, p99: 5100 },
    errorRatePct: 1.02,
  }),
];

async function details(input: Parameters<typeof analyzePerformance>[0]) {
  const out = await analyzePerformance(input);
  return { ...out, d: out.result.details as PerformanceDetails };
}

describe("the seed's worked example", () => {
  it("scores exactly 50 on the peak run with p50, p95 and p99 named as misses", async () => {
    const { result, findings, d } = await details({ artifacts: SEED, config: config() });
    expect(result.status).toBe("assessed");
    expect(result.score).toBe(50);
    expect(d.slaScenario).toBe("peak");
    expect(d.slaScenarioReason).toBe("most users, not a stress run");
    expect(d.sla.map((r) => [r.metric, r.actual, r.deltaPct, r.status])).toEqual([
      ["throughput-rps", 1000, 0, "pass"],
      ["p50-ms", 450, 125, "fail"],
      ["p95-ms", 1200, 140, "fail"],
      ["p99-ms", 2550, 155, "fail"],
      ["error-rate-pct", 0.02, -80, "pass"],
      ["availability-pct", 99.98, 0.0801, "pass"],
    ]);
    expect(findings.filter((f) => f.ruleId === "performance/sla-miss").map((f) => f.message)).toEqual([
      '"peak" misses the SLA for p50 latency: 450 ms against ≤ 200 ms (+125%).',
      '"peak" misses the SLA for p95 latency: 1,200 ms against ≤ 500 ms (+140%).',
      '"peak" misses the SLA for p99 latency: 2,550 ms against ≤ 1,000 ms (+155%).',
    ]);
    expect(findings.every((f) => f.path === "load/peak_stats.csv" && f.severity === "medium")).toBe(true);
    expect(result.metrics).toEqual({
      runs: 4,
      "threshold-failures": 0,
      regressions: null,
      "sla.throughput-rps": 1000,
      "sla.p50-ms": 450,
      "sla.p95-ms": 1200,
      "sla.p99-ms": 2550,
      "sla.error-rate-pct": 0.02,
      "sla.availability-pct": 99.98,
      "sla-met": 3,
      "sla-evaluated": 6,
    });
    for (const key of Object.keys(result.metrics)) expect(isKnownMetric(`performance.${key}`)).toBe(true);
  });

  it("gives each scenario pass / partial / fail and orders them by users", async () => {
    const { d } = await details({ artifacts: [...SEED].reverse(), config: config() });
    expect(d.runs.map((r) => [r.scenario, r.stress, r.status, r.slaMet, r.slaEvaluated])).toEqual([
      ["baseline", false, "partial", 5, 6],
      ["target", false, "fail", 2, 6],
      ["peak", false, "partial", 3, 6],
      ["stress", true, "fail", 1, 6],
    ]);
  });

  it("derives bottlenecks from the endpoint rows and failure groups", async () => {
    const { d } = await details({ artifacts: SEED, config: config() });
    expect(d.bottlenecks!.slowest.map((e) => [e.name, e.p95Ms, e.p95OverTarget])).toEqual([
      ["/api/agents/run", 3900, 7.8],
      ["/api/tasks/{id}", 940, 1.88],
      ["/health", 74, 0.15],
    ]);
    expect(d.bottlenecks!.mostFailures.map((e) => [e.name, e.failures, e.failureSharePct])).toEqual([
      ["/api/agents/run", 104, 86.67],
      ["/api/tasks/{id}", 16, 13.33],
    ]);
    expect(d.bottlenecks!.topFailures[0]).toEqual({
      type: "HTTP 504",
      message: "504 Gateway Timeout",
      endpoint: "POST /api/agents/run",
      count: 92,
    });
  });
});

describe("SLA configuration", () => {
  it("uses performance.sla-scenario and per-scenario SLA overrides", async () => {
    const { result, d } = await details({
      artifacts: SEED,
      config: config({
        "sla-scenario": "baseline",
        scenarios: { baseline: { sla: { "throughput-rps": { min: 100 } } } },
      }),
    });
    expect(d.slaScenario).toBe("baseline");
    expect(d.slaScenarioReason).toBe("set by performance.sla-scenario");
    expect(result.score).toBe(100);
  });

  it("is an error when performance.sla-scenario names no run", async () => {
    const { result } = await details({ artifacts: SEED, config: config({ "sla-scenario": "soak" }) });
    expect(result.status).toBe("error");
    expect(result.reason).toBe(
      'performance.sla-scenario is "soak" but no run has that scenario name (runs: "baseline", "target", "peak", "stress")',
    );
  });

  it("marks stress runs by config as well as by name, and never picks one while another exists", async () => {
    const { d } = await details({
      artifacts: SEED,
      config: config({ scenarios: { peak: { stress: true }, stress: { stress: false } } }),
    });
    expect(d.slaScenario).toBe("stress");
    const only = await details({ artifacts: [SEED[3]!], config: config() });
    expect(only.d.slaScenario).toBe("stress");
    expect(only.d.slaScenarioReason).toBe("the only run");
  });

  it("leaves unmeasured metrics out of the score and says so", async () => {
    const art = run("k6", { users: 10, throughputRps: 2000, latency: { p50: 100, p95: 300 } });
    const { result, findings, d } = await details({
      artifacts: [art],
      config: config({
        sla: { "throughput-rps": { min: 1000 }, "p99-ms": { max: 1000 }, apdex: { min: 0.9 }, "p95-ms": { max: 200 } },
      }),
    });
    expect(d.sla.map((r) => r.status)).toEqual(["pass", "not-measured", "not-measured", "fail"]);
    expect(result.score).toBe(50);
    expect(result.metrics["sla.p99-ms"]).toBeNull();
    expect(findings.filter((f) => f.ruleId === "performance/sla-not-measured").map((f) => f.message)).toEqual([
      'SLA metric p99-ms (≤ 1,000 ms) was not evaluated on "k6": the load-test files do not report it.',
      expect.stringMatching(
        /^SLA metric apdex \(≥ 0\.9\) was not evaluated on "k6": it is not a metric this tool knows \(known: throughput-rps, /,
      ),
    ]);
  });

  it("is an error when no SLA metric can be measured, not-assessed without files", async () => {
    const { result } = await details({ artifacts: [run("x", { requests: 5 })], config: config() });
    expect(result.status).toBe("error");
    expect(result.reason).toBe('none of the SLA metrics is reported by the files of "x"');
    const none = await analyzePerformance({ artifacts: [], config: config() });
    expect(none.result).toMatchObject({ status: "not-assessed", reason: "no load-test results were found" });
  });
});

describe("merging the parts of a run", () => {
  it("joins Locust files by prefix: summary figures win, history gives users and duration", async () => {
    const art = (
      kind: PerformanceRunPart["kind"],
      p: Partial<PerformanceRunPart>,
      path: string,
    ): ParsedPerformanceArtifact => ({
      path,
      format: `locust-${kind}`,
      parts: [{ runKey: "locust:load/peak", kind, tool: "locust", scenario: "peak", ...p }],
    });
    const { d } = await details({
      artifacts: [
        art(
          "history",
          { users: 1000, durationS: 600, requests: 599_000, throughputRps: 998, derived: { throughputRps: "derived" } },
          "load/peak_stats_history.csv",
        ),
        art(
          "summary",
          {
            requests: 600_000,
            throughputRps: 1000,
            durationS: 600.4,
            derived: { durationS: "derived from count" },
            errorRatePct: 0.02,
            latency: { p50: 450 },
          },
          "load/peak_stats.csv",
        ),
        art("failures", { failures: [{ type: "HTTP 504", message: "x", count: 120 }] }, "load/peak_failures.csv"),
      ],
      config: config(),
    });
    expect(d.runs).toHaveLength(1);
    expect(d.runs[0]).toMatchObject({
      scenario: "peak",
      files: ["load/peak_stats.csv", "load/peak_stats_history.csv", "load/peak_failures.csv"],
      users: 1000,
      durationS: 600,
      requests: 600_000,
      throughputRps: 1000,
      availabilityPct: 99.98,
      availabilityDerived: true,
    });
    expect(d.runs[0]!.failures).toHaveLength(1);
  });

  it("reports a failures file without its stats as an incomplete run", async () => {
    const { result, findings } = await analyzePerformance({
      artifacts: [
        {
          path: "load/x_failures.csv",
          format: "locust-failures",
          parts: [{ runKey: "k", kind: "failures", tool: "locust", scenario: "x", failures: [] }],
        },
      ],
      config: config(),
    });
    expect(result.status).toBe("not-assessed");
    expect(findings.map((f) => `${f.path} ${f.ruleId} ${f.message}`)).toEqual([
      'load/x_failures.csv performance/incomplete-run Only failure lists were found for "x" (load/x_failures.csv); add its _stats.csv to assess it.',
    ]);
  });

  it("uses the configured scenario name of an artifact and users from the config", async () => {
    const art = { ...run("report", { throughputRps: 1200, latency: {}, errorRatePct: 0 }), scenario: "checkout" };
    const { d } = await details({ artifacts: [art], config: config({ scenarios: { checkout: { users: 250 } } }) });
    expect(d.runs[0]).toMatchObject({ scenario: "checkout", users: 250 });
    expect(d.runs[0]!.notes).toContain("users from the config (the files do not say)");
  });

  it("turns failed tool thresholds into findings", async () => {
    const art = run("smoke", {
      throughputRps: 5,
      thresholds: [{ metric: "http_req_duration", expression: "p(95)<25", passed: false }],
    });
    const { result, findings } = await analyzePerformance({ artifacts: [art], config: config() });
    expect(result.metrics["threshold-failures"]).toBe(1);
    expect(findings.find((f) => f.ruleId === "performance/threshold-failed")!.message).toBe(
      'locust threshold failed on "smoke": http_req_duration p(95)<25.',
    );
  });
});

describe("baseline regression", () => {
  const base = [
    run("peak", { users: 1000, throughputRps: 1000, latency: { p50: 400, p95: 1000, p99: 2000 }, errorRatePct: 0.02 }),
  ];

  it("flags p95 worse by more than 10 % and shows every delta", async () => {
    const { result, findings, d } = await details({
      artifacts: [SEED[2]!],
      baseline: base,
      config: config({ baseline: { path: "baseline/**" } }),
    });
    expect(result.metrics.regressions).toBe(1);
    const rows = d.baseline!.rows.map((r) => [r.metric, r.baseline, r.current, r.deltaPct, r.regression]);
    expect(rows).toEqual([
      ["throughput-rps", 1000, 1000, 0, false],
      ["p50-ms", 400, 450, 12.5, false],
      ["p95-ms", 1000, 1200, 20, true],
      ["p99-ms", 2000, 2550, 27.5, false],
      ["error-rate-pct", 0.02, 0.02, 0, false],
      ["availability-pct", 99.98, 99.98, 0, false],
    ]);
    expect(findings.filter((f) => f.ruleId === "performance/regression").map((f) => f.message)).toEqual([
      '"peak" p95 latency regressed against the baseline: 1,200 ms now, 1,000 ms before (+20%; limit 10%).',
    ]);
  });

  it("honours regression-pct and the checked metrics", async () => {
    const { result } = await details({
      artifacts: [SEED[2]!],
      baseline: base,
      config: config({ baseline: { path: "b", "regression-pct": 25, metrics: ["p99-ms", "throughput-rps"] } }),
    });
    expect(result.metrics.regressions).toBe(1);
  });

  it("reads an earlier JSON report as the baseline and ignores one among the current files", async () => {
    const { parseReadinessReport } = await import("../../src/core/formats/performance/readiness-report/index.js");
    const { sourceFromString } = await import("../../src/core/formats/source.js");
    const first = await details({ artifacts: SEED, config: config() });
    const json = JSON.stringify({
      schemaVersion: 1,
      tool: { name: "readiness-gate" },
      dimensions: { performance: first.result },
    });
    const parts = await parseReadinessReport(sourceFromString("previous.json", json));
    expect(parts.map((p) => [p.scenario, p.throughputRps, p.latency?.p95, p.availabilityPct])).toEqual([
      ["baseline", 100, 400, undefined],
      ["target", 500, 2000, undefined],
      ["peak", 1000, 1200, undefined],
      ["stress", 2000, 2600, undefined],
    ]);
    const report = { path: "previous.json", format: "readiness-report", parts };
    const second = await details({
      artifacts: [...SEED, report],
      baseline: [report],
      config: config({ baseline: { path: "previous.json" } }),
    });
    expect(second.result.metrics.regressions).toBe(0);
    expect(second.d.runs).toHaveLength(4);
    expect(second.d.baseline!.rows).toHaveLength(24);
    expect(second.d.notes).toEqual([
      "previous.json is a readiness-gate report: it is only read as a baseline (performance.baseline)",
    ]);
  });

  it("notes a configured baseline that gave no run", async () => {
    const { result, d } = await details({
      artifacts: SEED,
      baseline: [],
      config: config({ baseline: { path: "nothing/**" } }),
    });
    expect(result.metrics.regressions).toBeNull();
    expect(d.notes).toEqual(['performance.baseline "nothing/**": no readable baseline run, so no regression check']);
  });
});
