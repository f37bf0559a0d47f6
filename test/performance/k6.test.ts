import { describe, expect, it } from "vitest";
import { sourceFromString } from "../../src/core/formats/source.js";
import { parseK6 } from "../../src/core/formats/performance/k6/index.js";
import { fixture } from "./helpers.js";

describe("k6 handleSummary JSON", () => {
  it("reads HTTP figures; http_req_failed passes are the failed requests (checked by hand)", async () => {
    const [part] = await parseK6(fixture("k6/benc-uk-k6-reporter_handleSummary_http.json"));
    expect(part).toMatchObject({
      runKey: "k6:k6/benc-uk-k6-reporter_handleSummary_http.json",
      scenario: "benc-uk-k6-reporter_handleSummary_http",
      requests: 878,
      throughputRps: 35.94634922417172,
      durationS: 24.425,
      users: 20,
      failedRequests: 349,
      errorRatePct: 39.749431,
    });
    expect(part!.latency).toEqual({
      avg: 21.37513127107059,
      min: 0.259855,
      max: 143.326605,
      p50: 20.090773,
      p90: 26.358651200000008,
      p95: 30.0256841,
      p99: 39.577136380000084,
    });
    expect(part!.thresholds).toEqual([
      { metric: "http_req_duration", expression: "p(95)<1000", passed: true },
      { metric: "iteration_duration", expression: "max<4000", passed: true },
    ]);
    expect(part!.failures).toEqual([{ type: "check", message: "check failed: Status is ok", count: 349 }]);
  });

  it("falls back to gRPC metrics and reports the failed threshold", async () => {
    const [part] = await parseK6(fixture("k6/benc-uk-k6-reporter_handleSummary_grpc.json"));
    expect(part).toMatchObject({ requests: 9615, throughputRps: 2833.5502441831595, users: 9, durationS: 3.393 });
    expect(part!.latency!.p95).toBe(2.5228431999999996);
    expect(part!.errorRatePct).toBeUndefined();
    expect(part!.thresholds).toContainEqual({ metric: "fake_rate", expression: "rate >= 0.8", passed: false });
  });

  it("walks nested groups for failed checks", async () => {
    const [part] = await parseK6(fixture("k6/szboynono_k6_handleSummary_nested-groups.json"));
    expect(part!.failures).toEqual([
      { type: "check", message: "check failed: bigger group › group one › status is 201 in group one", count: 149 },
    ]);
    expect(part!.thresholds!.filter((t) => !t.passed).map((t) => `${t.metric} ${t.expression}`)).toEqual([
      "iterations count > 1000",
      "http_req_duration p(90) < 4",
      "errorRate rate < 0.1",
      "checks rate>0.9",
    ]);
    expect(part!.notes).toContain("no http_req_failed metric (k6 before 0.31): error rate unknown");
  });
});

describe("k6 legacy --summary-export", () => {
  it("reads the flat layout and derives the duration from count ÷ rate", async () => {
    const [part] = await parseK6(fixture("k6/szboynono_k6_summary-export.json"));
    expect(part).toMatchObject({
      scenario: "szboynono_k6",
      requests: 29,
      throughputRps: 2.6541534375803657,
      users: 7,
      durationS: 10.926,
    });
    expect(part!.derived).toEqual({
      durationS: "duration derived from request count ÷ rate (the summary has no test duration)",
    });
    expect(part!.latency).toMatchObject({ p50: 45.6972, p95: 60.26172 });
  });

  it("reads a threshold value true as FAILED and http_req_failed passes as failures", async () => {
    const json = JSON.stringify({
      metrics: {
        http_reqs: { count: 200, rate: 20 },
        http_req_duration: {
          avg: 10,
          med: 8,
          "p(95)": 30,
          "p(99)": 45,
          thresholds: { "p(95)<25": true, "p(99)<100": false },
        },
        http_req_failed: { passes: 5, fails: 195, value: 0.025, thresholds: { "rate<0.01": true } },
        vus: { max: 12, min: 1, value: 1 },
      },
      root_group: {
        name: "",
        path: "",
        groups: {},
        checks: { "status 200": { name: "status 200", path: "::status 200", passes: 195, fails: 5 } },
      },
    });
    const [part] = await parseK6(sourceFromString("load/smoke-summary.json", json));
    expect(part).toMatchObject({ scenario: "smoke", requests: 200, failedRequests: 5, errorRatePct: 2.5, users: 12 });
    expect(part!.thresholds).toEqual([
      { metric: "http_req_duration", expression: "p(95)<25", passed: false },
      { metric: "http_req_duration", expression: "p(99)<100", passed: true },
      { metric: "http_req_failed", expression: "rate<0.01", passed: false },
    ]);
    expect(part!.failures).toEqual([{ type: "check", message: "check failed: status 200", count: 5 }]);
  });

  it("reads per-endpoint tagged submetrics", async () => {
    const json = JSON.stringify({
      metrics: {
        http_reqs: { type: "counter", values: { count: 10, rate: 1 } },
        "http_req_duration{name:/api/slow}": { type: "trend", values: { "p(95)": 900, med: 500 } },
        "http_reqs{name:/api/slow}": { type: "counter", values: { count: 4, rate: 0.4 } },
        "http_req_failed{name:/api/slow}": { type: "rate", values: { passes: 2, fails: 2, rate: 0.5 } },
      },
    });
    const [part] = await parseK6(sourceFromString("k6.json", json));
    expect(part!.endpoints).toEqual([
      { name: "/api/slow", latency: { p50: 500, p95: 900 }, requests: 4, throughputRps: 0.4, failures: 2 },
    ]);
  });

  it("explains a truncated file", async () => {
    await expect(parseK6(sourceFromString("k6.json", '{"metrics": {"http_reqs": {"count": 1'))).rejects.toThrow(
      /^not valid k6 JSON \(the file looks truncated\): /,
    );
    await expect(parseK6(sourceFromString("k6.json", "  "))).rejects.toThrow(
      "the k6 file is empty (a tool run that failed or wrote nothing)",
    );
    await expect(parseK6(sourceFromString("k6.json", '{"data": 1}'))).rejects.toThrow(
      'not a k6 summary: no "metrics" object',
    );
  });
});
