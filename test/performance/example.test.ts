import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sourceFromString } from "../../src/core/formats/source.js";
import { performanceSchema } from "../../src/core/config/performance.js";
import { parseArtifacts } from "../../src/core/assess.js";
import type { PerformanceDetails } from "../../src/core/model/performance.js";
import { analyzePerformance } from "../../src/core/performance/analyze.js";

const DIR = fileURLToPath(new URL("../../examples/acme-api/reports/load/", import.meta.url));

describe("the example project's Locust output", () => {
  it("reproduces the seed report's table and scores 50 on peak", async () => {
    const files = readdirSync(DIR).sort();
    const parsed = await parseArtifacts(
      files.map((f) => ({ source: sourceFromString(`reports/load/${f}`, readFileSync(`${DIR}${f}`)), format: "auto" })),
    );
    expect(parsed.entries.every((e) => e.status === "parsed")).toBe(true);
    const { result } = await analyzePerformance({ artifacts: parsed.performance, config: performanceSchema.parse({}) });
    const d = result.details as PerformanceDetails;
    expect(result.score).toBe(50);
    expect(
      d.runs.map((r) => [
        r.scenario,
        r.users,
        r.durationS,
        r.throughputRps,
        r.latency.p50,
        r.latency.p99,
        r.errorRatePct,
        r.stress,
      ]),
    ).toEqual([
      ["baseline", 100, 300, 100, 150, 850, 0.02, false],
      ["target", 500, 300, 500, 750, 4250, 0.02, false],
      ["peak", 1000, 600, 1000, 450, 2550, 0.02, false],
      ["stress", 2000, 300, 2000, 900, 5100, 1.02, true],
    ]);
    expect(d.sla.filter((r) => r.status === "fail").map((r) => r.metric)).toEqual(["p50-ms", "p95-ms", "p99-ms"]);
    expect(d.bottlenecks!.slowest[0]).toMatchObject({ name: "/api/agents/run", method: "POST", p95Ms: 3900 });
    expect(d.bottlenecks!.mostFailures[0]).toMatchObject({ name: "/api/agents/run", failures: 104 });
  });
});
