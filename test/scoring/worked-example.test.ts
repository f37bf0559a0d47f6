import { describe, expect, it } from "vitest";
import { defaultConfig, parseConfig } from "../../src/core/validate-config.js";
import type { Config } from "../../src/core/config/schema.js";
import type { DimensionResultBase, Dimensions, Finding, GateResult } from "../../src/core/model/report.js";
import { defaultGates, evaluateGates } from "../../src/core/scoring/gates.js";
import { collectMetrics, displayScore } from "../../src/core/scoring/metrics.js";
import { overallScore } from "../../src/core/scoring/overall.js";
import { deriveRisks } from "../../src/core/scoring/risks.js";
import { DEFAULT_RECOMMENDATIONS, recommendationFor, verdictFrom } from "../../src/core/scoring/verdict.js";

function assessed(score: number, target: number, metrics: Record<string, number> = {}): DimensionResultBase {
  return { status: "assessed", score, target, metrics };
}
function notAssessed(target: number): DimensionResultBase {
  return { status: "not-assessed", score: null, target, metrics: {}, reason: "no load-test artifacts" };
}

/** The seed report's numbers: documentation 98, performance 50, security 95 (0 critical, 0 high), compliance 100. */
function seed(high = 0): Dimensions {
  return {
    documentation: assessed(98, 90),
    performance: assessed(50, 80),
    security: assessed(95, 85, {
      "findings.critical": 0,
      "findings.high": high,
      "findings.medium": 2,
      "findings.low": 3,
    }),
    compliance: assessed(100, 100, { passed: 31, failed: 0, declared: 31 }),
  };
}

function score(dimensions: Dimensions, config: Config = defaultConfig()) {
  const overall = overallScore(dimensions, config.weights);
  const gates = evaluateGates(config, dimensions, collectMetrics(dimensions, overall));
  return { overall, gates, verdict: verdictFrom(gates), failed: gates.filter((g) => g.status === "failed") };
}

const line = (g: GateResult) => `${g.id}: ${g.status}${g.reason ? ` (${g.reason})` : ""}`;

describe("the worked example (seed report, Appendix B and section 8.1)", () => {
  it("98, 50, 95, 100 with equal weights give 85 (exactly 85.75) and a conditional verdict with one failed gate", () => {
    const r = score(seed());
    expect(r.overall).toBe(85.75);
    expect(displayScore(r.overall)).toBe("85");
    expect(r.verdict).toBe("conditional");
    expect(r.gates.map(line)).toEqual([
      "no-critical-findings: passed",
      "no-high-findings: passed",
      "compliance-score: passed",
      "documentation-score: passed",
      "security-score: passed",
      "performance-score: failed (performance.score 50 < 80 (conditional))",
    ]);
    expect(r.failed.map((g) => g.reason)).toEqual(["performance.score 50 < 80 (conditional)"]);
    expect(recommendationFor(r.verdict, defaultConfig())).toBe(DEFAULT_RECOMMENDATIONS.conditional);
    // The seed's security findings score 95.25 exactly; the overall still shows 85 (85.8125).
    const exact = { ...seed(), security: assessed(95.25, 85, { "findings.critical": 0, "findings.high": 0 }) };
    expect(overallScore(exact, defaultConfig().weights)).toBe(85.8125);
    expect(displayScore(overallScore(exact, defaultConfig().weights))).toBe("85");
  });

  it("one high finding makes it no-go", () => {
    const r = score(seed(1));
    expect(r.verdict).toBe("no-go");
    expect(r.failed.map((g) => g.reason)).toEqual([
      "security.findings.high 1 > 0 (blocking)",
      "performance.score 50 < 80 (conditional)",
    ]);
    expect(recommendationFor(r.verdict, defaultConfig())).toBe("Do not deploy: fix the blocking items first.");
  });

  it("performance not assessed: left out of the mean, its gate skipped, verdict go", () => {
    const dims = { ...seed(), performance: notAssessed(80) };
    const r = score(dims);
    expect(r.overall).toBeCloseTo((98 + 95 + 100) / 3, 12);
    expect(displayScore(r.overall)).toBe("97");
    expect(r.verdict).toBe("go");
    expect(r.gates.find((g) => g.id === "performance-score")).toEqual({
      id: "performance-score",
      metric: "performance.score",
      kind: "conditional",
      min: 80,
      status: "skipped",
      passed: null,
      actual: null,
      reason: "performance not assessed: no load-test artifacts",
    });
  });

  it("a required dimension that is missing fails a blocking gate and its own gates", () => {
    const config = parseConfig("x.yml", "required-dimensions: [performance]\n");
    const r = score({ ...seed(), performance: notAssessed(80) }, config);
    expect(r.verdict).toBe("no-go");
    expect(r.failed.map(line)).toEqual([
      "required-performance: failed (performance is required but was not assessed: no load-test artifacts)",
      "performance-score: failed (performance is required but was not assessed (conditional))",
    ]);
  });
});

describe("overall score", () => {
  it("is the exact weighted mean of the assessed dimensions, shown rounded down", () => {
    const w = { documentation: 2, performance: 1, security: 1, compliance: 0 };
    // (98*2 + 50 + 95) / 4 = 85.25; compliance weighs 0 and is left out.
    expect(overallScore(seed(), w)).toBe(85.25);
    expect(displayScore(89.999)).toBe("89");
    expect(displayScore(90)).toBe("90");
    expect(displayScore(null)).toBe("n/a");
  });

  it("is null when nothing is assessed", () => {
    const none: Dimensions = {
      documentation: notAssessed(90),
      performance: notAssessed(80),
      security: notAssessed(85),
      compliance: notAssessed(100),
    };
    expect(overallScore(none, defaultConfig().weights)).toBeNull();
    const r = score(none);
    expect(r.gates.every((g) => g.status === "skipped")).toBe(true);
    expect(r.verdict).toBe("go");
  });
});

describe("gates", () => {
  it("default gates follow each dimension's target", () => {
    const config = parseConfig("x.yml", "documentation: { target: 95 }\nperformance: { target: 50 }\n");
    expect(defaultGates(config).map((g) => `${g.id} ${g.metric} ${g.min ?? ""}${g.max ?? ""} ${g.kind}`)).toEqual([
      "no-critical-findings security.findings.critical 0 blocking",
      "no-high-findings security.findings.high 0 blocking",
      "compliance-score compliance.score 100 blocking",
      "documentation-score documentation.score 95 blocking",
      "security-score security.score 85 blocking",
      "performance-score performance.score 50 conditional",
    ]);
    // 50 meets a minimum of 50: bounds are inclusive.
    expect(score(seed(), config).verdict).toBe("go");
  });

  it("configured gates replace the defaults; ids default to metric and bound; scores show rounded down", () => {
    const config = parseConfig(
      "x.yml",
      [
        "gates:",
        "  - { metric: overall.score, min: 86 }",
        "  - { metric: security.findings.medium, max: 1, kind: conditional }",
        "  - { metric: compliance.failed, max: 0 }",
        "  - { metric: performance.sla.p95-ms, max: 500, kind: conditional, id: p95 }",
      ].join("\n"),
    );
    const r = score(seed(), config);
    expect(r.gates.map(line)).toEqual([
      "overall.score-min-86: failed (overall.score 85 < 86 (blocking))",
      "security.findings.medium-max-1: failed (security.findings.medium 2 > 1 (conditional))",
      "compliance.failed-max-0: passed",
      "p95: skipped (performance.sla.p95-ms was not measured)",
    ]);
    expect(r.verdict).toBe("no-go");
  });

  it("a gate over a dimension that could not be assessed fails", () => {
    const dims: Dimensions = {
      ...seed(),
      security: {
        status: "error",
        score: null,
        target: 85,
        metrics: {},
        reason: "1 scanner file(s) could not be read: zap.json",
      },
    };
    const r = score(dims);
    expect(r.verdict).toBe("no-go");
    expect(r.failed.map((g) => g.reason)).toEqual([
      "security could not be assessed: 1 scanner file(s) could not be read: zap.json",
      "security could not be assessed: 1 scanner file(s) could not be read: zap.json",
      "security could not be assessed: 1 scanner file(s) could not be read: zap.json",
      "performance.score 50 < 80 (conditional)",
    ]);
  });

  it("recommendations per verdict are configurable", () => {
    const config = parseConfig("x.yml", 'recommendation:\n  conditional: "Canary at 5 % for a day."\n');
    expect(recommendationFor("conditional", config)).toBe("Canary at 5 % for a day.");
    expect(recommendationFor("go", config)).toBe("Deploy: every gate holds.");
    expect(recommendationFor("no-go", config)).toBe("Do not deploy: fix the blocking items first.");
  });
});

describe("risks", () => {
  const finding = (severity: Finding["severity"], message: string, scored?: boolean): Finding => ({
    dimension: "security",
    ruleId: "x",
    severity,
    message,
    tool: "trivy",
    path: "package-lock.json",
    line: 3,
    ...(scored === undefined ? {} : { scored }),
  });

  it("one row per failed gate, then open critical and high findings, worst first", () => {
    const r = score(seed(1));
    const risks = deriveRisks(r.gates, [
      finding("medium", "not a risk row"),
      finding("high", "lodash prototype pollution"),
      finding("critical", "accepted, so not listed", false),
      finding("critical", "openssl heap overflow"),
    ]);
    expect(risks).toEqual([
      {
        title: "security.findings.high 1 > 0 (blocking)",
        severity: "high",
        source: "gate no-high-findings",
        mitigation: "Fix or formally accept (with a reason and an expiry) each open finding before release.",
      },
      {
        title: "performance.score 50 < 80 (conditional)",
        severity: "medium",
        source: "gate performance-score",
        mitigation:
          "Roll out in stages with latency and error-rate alerts; fix the bottlenecks listed in the performance section.",
      },
      {
        title: "openssl heap overflow",
        severity: "critical",
        source: "trivy (package-lock.json:3)",
        mitigation: "Fix or formally accept (with a reason and an expiry) each open finding before release.",
      },
      {
        title: "lodash prototype pollution",
        severity: "high",
        source: "trivy (package-lock.json:3)",
        mitigation: "Fix or formally accept (with a reason and an expiry) each open finding before release.",
      },
    ]);
    expect(deriveRisks(r.gates, [finding("high", "a"), finding("high", "b")], 3)).toHaveLength(3);
  });
});

describe("scoring config errors name the key", () => {
  const problems = (text: string): string[] => {
    try {
      parseConfig(".github/readiness.yml", text);
    } catch (e) {
      return (e as { problems: string[] }).problems;
    }
    throw new Error("expected a config error");
  };

  it("a gate on an unknown metric, a gate without a bound, weights that sum to 0", () => {
    expect(problems("gates:\n  - { metric: security.findings.severe, max: 0 }\n")).toEqual([
      '`gates[0].metric`: unknown metric "security.findings.severe" (see the list of gate metrics in docs/compliance-and-scoring.md)',
    ]);
    expect(problems("gates:\n  - { metric: overall.score }\n")).toEqual([
      '`gates[0]`: found {"metric":"overall.score"}, a gate needs `min` or `max`',
    ]);
    expect(problems("weights: { documentation: 0, performance: 0, security: 0, compliance: 0 }\n")).toEqual([
      "`weights`: the weights sum to 0; give at least one dimension a positive weight",
    ]);
    expect(problems("required-dimensions: [speed]\n")).toEqual([
      '`required-dimensions[0]`: found "speed", allowed: "documentation", "performance", "security", "compliance"',
    ]);
  });
});
