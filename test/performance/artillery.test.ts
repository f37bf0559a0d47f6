import { describe, expect, it } from "vitest";
import { sourceFromString } from "../../src/core/formats/source.js";
import { parseArtillery } from "../../src/core/formats/performance/artillery/index.js";
import { fixture } from "./helpers.js";

describe("Artillery JSON report", () => {
  it("reads counters, summaries and per-endpoint figures (mixed run, checked by hand)", async () => {
    const [part] = await parseArtillery(fixture("artillery/generated_artillery-2.0.21_mixed.json"));
    // 419 requests; 4xx/5xx: 19 (500) + 43 (404) + 7 (401) = 69; 20.298 s between first and last metric.
    expect(part).toMatchObject({
      requests: 419,
      failedRequests: 69,
      errorRatePct: 16.46778,
      durationS: 20.298,
      throughputRps: 20.642428,
    });
    expect(part!.users).toBeUndefined();
    expect(part!.latency).toEqual({
      avg: 73.7,
      min: 0,
      max: 601,
      p50: 15,
      p75: 24.8,
      p90: 347.3,
      p95: 478.3,
      p99: 572.6,
      p999: 596,
    });
    const cafe = part!.endpoints!.find((e) => e.name === "/produits/café");
    expect(cafe).toMatchObject({ requests: 95, failures: 0 });
    expect(cafe!.latency.p95).toBe(16.9);
    expect(part!.endpoints!.find((e) => e.name === "/api/login")).toMatchObject({ requests: 62, failures: 7 });
    expect(part!.failures).toContainEqual({
      type: "HTTP 404",
      message: "HTTP 404 response",
      endpoint: "/api/does-not-exist",
      count: 43,
    });
  });

  it("counts connection errors as failed requests when nothing answered", async () => {
    const [part] = await parseArtillery(fixture("artillery/generated_artillery-2.0.21_all-errors-econnrefused.json"));
    expect(part).toMatchObject({ requests: 9, failedRequests: 9, errorRatePct: 100, latency: {} });
    expect(part!.failures).toEqual([{ type: "ECONNREFUSED", message: "ECONNREFUSED", endpoint: "/health", count: 9 }]);
  });

  it("reads a clean run", async () => {
    const [part] = await parseArtillery(fixture("artillery/generated_artillery-2.0.21_clean.json"));
    expect(part).toMatchObject({ requests: 25, failedRequests: 0, errorRatePct: 0 });
    expect(part!.latency!.p99).toBe(6);
  });

  it("rejects a report without an aggregate", async () => {
    await expect(parseArtillery(sourceFromString("a.json", '{"intermediate": []}'))).rejects.toThrow(
      'not an Artillery report: no "aggregate" object',
    );
  });
});
