import { describe, expect, it } from "vitest";
import { performanceSchema } from "../../src/core/config/performance.js";
import type { Report } from "../../src/core/model/report.js";
import { analyzePerformance, type ParsedPerformanceArtifact } from "../../src/core/performance/analyze.js";
import { performanceMarkdown, performanceText } from "../../src/core/render/sections/performance.js";

function report(performance: Report["dimensions"]["performance"]): Report {
  const na = { status: "not-assessed" as const, score: null, target: null, metrics: {} };
  return {
    schemaVersion: 1,
    tool: { name: "readiness-gate", version: "test" },
    generatedAt: "2026-01-01T00:00:00.000Z",
    verdict: "conditional",
    score: 50,
    recommendation: "",
    dimensions: { documentation: na, performance, security: na, compliance: na },
    findings: [],
    artifacts: [],
    gates: [],
    risks: [],
    notices: [],
  };
}

const peak: ParsedPerformanceArtifact = {
  path: "load/peak_stats.csv",
  format: "locust-stats",
  parts: [
    {
      runKey: "peak",
      kind: "summary",
      tool: "locust",
      scenario: "peak",
      users: 1000,
      durationS: 600,
      throughputRps: 1000,
      latency: { p50: 450, p95: 1200, p99: 2550 },
      errorRatePct: 0.02,
      failedRequests: 120,
      endpoints: [{ name: "/x|<b>@team", method: "POST", requests: 10, failures: 120, latency: { p95: 3900 } }],
      failures: [{ type: "HTTP 504", message: "<script>alert(1)</script> | @admin", count: 120 }],
    },
  ],
};

describe("performance section", () => {
  it("summarises the SLA scenario and renders both tables with escaped names", async () => {
    const { result } = await analyzePerformance({ artifacts: [peak], config: performanceSchema.parse({}) });
    const md = performanceMarkdown(report(result), { maxFindings: 30 })!;
    expect(md.summary).toBe('⚡ Performance: SLA 3/6 on "peak" (1,000 users)');
    expect(md.body).toContain(
      "| **peak** | 1,000 | 10 min | 1,000 req/s | 450 ms | 1,200 ms | 2,550 ms | 0.02% | ⚠️ PARTIAL (3/6) |",
    );
    expect(md.body).toContain("| p95 latency | ≤ 500 ms | 1,200 ms | +140% | ❌ FAIL |");
    expect(md.body).toContain("| Availability | ≥ 99.9% | 99.98% ¹ | +0.08% | ✅ PASS |");
    expect(md.body).toContain("**3/6 SLA metrics met** (score 50)");
    expect(md.body).toContain("| `POST /x\\|<b>@team` | 10 | 3,900 ms | 🔴 7.8× |");
    expect(md.body).toContain("&lt;script&gt;alert(1)&lt;/script&gt; \\| @\u200dadmin");
    expect(md.body).not.toContain("<script>");
    expect(md.compactBody).not.toContain("Bottlenecks");
    expect(md.compactBody).toContain("SLA compliance");
  });

  it("prints terminal lines", async () => {
    const { result } = await analyzePerformance({ artifacts: [peak], config: performanceSchema.parse({}) });
    const lines = performanceText(report(result), { maxFindings: 30 });
    expect(lines.slice(0, 5)).toEqual([
      'Performance: SLA 3/6 on "peak" (1,000 users)',
      "  Scenarios:",
      "    peak: 1,000 users, 10 min, 1,000 req/s, p50 450 ms, p95 1,200 ms, p99 2,550 ms, errors 0.02%: PARTIAL (3/6)",
      '  SLA on "peak" (the only run):',
      "    [pass] Throughput: 1,000 req/s, target ≥ 1,000 req/s (0%)",
    ]);
    expect(lines).toContain("    [FAIL] p99 latency: 2,550 ms, target ≤ 1,000 ms (+155%)");
  });

  it("renders nothing when the dimension has no runs", () => {
    expect(
      performanceMarkdown(report({ status: "not-assessed", score: null, target: 80, metrics: {} }), {
        maxFindings: 30,
      }),
    ).toBeNull();
    expect(
      performanceText(report({ status: "not-assessed", score: null, target: 80, metrics: {} }), { maxFindings: 30 }),
    ).toEqual([]);
  });
});

describe("stress runs", () => {
  it("are marked ' (stress)' unless the name already says so: never `stress (stress)`", async () => {
    const part = peak.parts[0]!;
    const artifact = (scenario: string, users: number): ParsedPerformanceArtifact => ({
      path: `load/${scenario}_stats.csv`,
      format: "locust-stats",
      parts: [{ ...part, runKey: scenario, scenario, users, endpoints: [], failures: [] }],
    });
    const { result } = await analyzePerformance({
      artifacts: [artifact("peak", 1000), artifact("stress", 2000), artifact("spike", 3000)],
      config: performanceSchema.parse({ scenarios: { spike: { stress: true } } }),
    });
    const md = performanceMarkdown(report(result), { maxFindings: 30 })!;
    expect(md.body).toMatch(/\| stress \| 2,000 \|/);
    expect(md.body).toMatch(/\| spike \(stress\) \| 3,000 \|/);
    expect(md.body).not.toContain("stress (stress)");
    const text = performanceText(report(result), { maxFindings: 30 }).join("\n");
    expect(text).toContain("    stress: 2,000 users");
    expect(text).toContain("    spike (stress): 3,000 users");
  });
});
