import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import type { GateResult, Report } from "../../src/core/model/report.js";
import { displayScore, isKnownMetric } from "../../src/core/scoring/metrics.js";

const root = fileURLToPath(new URL("../fixtures/projects/worked-example", import.meta.url));

async function run(...extra: string[]): Promise<{ code: number; report: Report }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["--root", root, "--format", "json", ...extra], {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stderrIsTty: false,
    cwd: root,
    now: () => new Date("2026-01-18T00:00:00Z"),
  });
  expect(stderr).toBe("");
  return { code, report: JSON.parse(stdout) as Report };
}

const line = (g: GateResult) => `${g.id} ${g.status}${g.reason ? `: ${g.reason}` : ""}`;

// The seed's four dimensions from real files: 49 of 50 internal links (documentation 98), a Locust peak run
// (performance 50), npm audit advisories (security 95.25, the seed's "95") and one control (compliance 100).
describe("the worked example through the CLI with real reports", () => {
  it("98, 50, 95, 100: overall 85, conditional, one failed gate", async () => {
    const { code, report } = await run();
    expect(code).toBe(0);
    expect([
      report.dimensions.documentation.score,
      report.dimensions.performance.score,
      report.dimensions.security.score,
      report.dimensions.compliance.score,
    ]).toEqual([98, 50, 95.25, 100]);
    // 100 − 2 × 2 − 3 × 0.25 = 95.25; (98 + 50 + 95.25 + 100) / 4 = 85.8125, shown rounded down.
    expect(report.score).toBe(85.8125);
    expect(displayScore(report.score)).toBe("85");
    expect(report.verdict).toBe("conditional");
    expect(report.gates.map(line)).toEqual([
      "no-critical-findings passed",
      "no-high-findings passed",
      "compliance-score passed",
      "documentation-score passed",
      "security-score passed",
      "performance-score failed: performance.score 50 < 80 (conditional)",
    ]);
    expect(
      report.findings
        .filter((f) => f.dimension === "documentation")
        .map((f) => `${f.path}:${f.line}:${f.column} ${f.ruleId}`),
    ).toEqual(["docs/index.md:54:3 links.missing-file"]);
    expect(report.dimensions.compliance.details!.controls[0]!.evidence.map((e) => e.detail)).toEqual([
      "found SECURITY.md",
      "found npm-audit report reports/security/npm-audit.json",
      "security.findings.critical is 0",
    ]);
    // Every metric a dimension reports is one a gate may name.
    const unknown = Object.entries(report.dimensions).flatMap(([d, dim]) =>
      Object.keys(dim.metrics)
        .map((k) => `${d}.${k}`)
        .filter((m) => !isKnownMetric(m)),
    );
    expect(unknown).toEqual([]);
    expect(report.risks.map((r) => `${r.severity} ${r.title}`)).toEqual([
      "medium performance.score 50 < 80 (conditional)",
    ]);
  });

  it("one high finding more: no-go", async () => {
    const { code, report } = await run("--artifacts", "extra/npm-audit-high.json");
    expect(code).toBe(1);
    expect(report.verdict).toBe("no-go");
    expect(report.gates.filter((g) => g.status === "failed").map((g) => g.reason)).toEqual([
      "security.findings.high 1 > 0 (blocking)",
      "performance.score 50 < 80 (conditional)",
    ]);
    expect(report.recommendation).toBe("Do not deploy: fix the blocking items first.");
  });

  it("without the load-test reports: performance not assessed, its gate skipped, go", async () => {
    const { code, report } = await run("--config", "no-performance.yml");
    expect(code).toBe(0);
    expect(report.dimensions.performance.status).toBe("not-assessed");
    // (98 + 95.25 + 100) / 3
    expect(report.score).toBe(97.75);
    expect(report.verdict).toBe("go");
    expect(report.gates.find((g) => g.id === "performance-score")!.status).toBe("skipped");
    expect(report.recommendation).toBe("Deploy: every gate holds.");
  });
});
