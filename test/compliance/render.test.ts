import { describe, expect, it } from "vitest";
import type { ControlResult } from "../../src/core/model/compliance.js";
import type { Report } from "../../src/core/model/report.js";
import { complianceMarkdown, complianceText } from "../../src/core/render/sections/compliance.js";

function control(id: string, status: "passed" | "failed", detail: string): ControlResult {
  return {
    id,
    framework: "SOC2",
    title: `Title of ${id}`,
    criteria: ["SOC 2 CC7.3"],
    source: "config",
    status,
    evidence: [{ type: "file", rule: "file x", held: status === "passed", detail }],
  };
}

function report(controls: ControlResult[]): Report {
  const none = { status: "not-assessed" as const, score: null, target: 90, metrics: {} };
  const passed = controls.filter((c) => c.status === "passed").length;
  return {
    schemaVersion: 1,
    tool: { name: "readiness-gate", version: "1.0.0" },
    generatedAt: "2026-01-18T00:00:00.000Z",
    verdict: "no-go",
    score: null,
    recommendation: "",
    dimensions: {
      documentation: none,
      performance: none,
      security: none,
      compliance: {
        status: "assessed",
        score: (100 * passed) / controls.length,
        target: 100,
        metrics: { passed, failed: controls.length - passed, declared: controls.length },
        details: { note: "Evidence, not certification.", packs: [], controls },
      },
    },
    findings: [],
    artifacts: [],
    gates: [],
    risks: [],
    notices: [],
  };
}

describe("compliance section", () => {
  it("escapes text from files and config: no HTML, no pings, no broken table", () => {
    const r = report([control("A|1", "failed", "docs/</details><b>x</b>.md lacks @admins | `x`")]);
    const s = complianceMarkdown(r, { maxFindings: 30 })!;
    expect(s.summary).toBe("📋 Compliance: 0/1 controls have evidence, 1 missing");
    expect(s.body).toContain(
      "| `A\\|1` | SOC2<br>SOC 2 CC7.3 | Title of A\\|1 | ❌ missing | ❌ docs/&lt;/details&gt;&lt;b&gt;x&lt;/b&gt;.md lacks @\u200dadmins \\| \\`x\\` |",
    );
    expect(s.body).not.toContain("</details>");
  });

  it("the compact body lists only controls without evidence, up to the limit, and counts the rest", () => {
    const controls = [
      control("P1", "passed", "found a"),
      control("F1", "failed", "no file matches b"),
      control("F2", "failed", "no file matches c"),
      control("F3", "failed", "no file matches d"),
    ];
    const s = complianceMarkdown(report(controls), { maxFindings: 2 })!;
    expect(s.compactBody.split("\n").filter((l) => l.startsWith("| `"))).toEqual([
      "| `F1` | SOC2<br>SOC 2 CC7.3 | Title of F1 | ❌ missing | ❌ no file matches b |",
      "| `F2` | SOC2<br>SOC 2 CC7.3 | Title of F2 | ❌ missing | ❌ no file matches c |",
    ]);
    expect(s.compactBody).toContain("1 control with evidence; 1 more without evidence not listed.");
    expect(complianceText(report(controls), { maxFindings: 2 })).toEqual([
      "Compliance: 1/4 controls have evidence, 3 missing (evidence in the repository, not a certification)",
      "  [FAIL] F1 (SOC2) Title of F1: missing: no file matches b",
      "  [FAIL] F2 (SOC2) Title of F2: missing: no file matches c",
      "  … and 2 more controls",
    ]);
  });

  it("shows nothing when compliance was not assessed", () => {
    const r = report([control("P1", "passed", "found a")]);
    r.dimensions.compliance = {
      status: "not-assessed",
      score: null,
      target: 100,
      metrics: {},
      reason: "none declared",
    };
    expect(complianceMarkdown(r, { maxFindings: 30 })).toBeNull();
    expect(complianceText(r, { maxFindings: 30 })).toEqual([]);
  });
});
