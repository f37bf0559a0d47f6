import { describe, expect, it } from "vitest";
import type { Report } from "../../src/core/model/report.js";
import { renderMarkdown } from "../../src/core/render/markdown.js";
import { renderText } from "../../src/core/render/text.js";

function report(overrides: Partial<Report> = {}): Report {
  const dim = (score: number | null, target: number) => ({
    status: score === null ? ("not-assessed" as const) : ("assessed" as const),
    score,
    target,
    metrics: {},
  });
  return {
    schemaVersion: 1,
    tool: { name: "readiness-gate", version: "1.0.0" },
    generatedAt: "2026-01-18T00:00:00.000Z",
    verdict: "conditional",
    score: 85.75,
    recommendation: "Deploy with a staged rollout.",
    dimensions: {
      documentation: dim(98, 90),
      performance: dim(50, 80),
      security: dim(95, 85),
      compliance: dim(100, 100),
    },
    findings: [],
    artifacts: [],
    gates: [
      {
        id: "performance-score",
        metric: "performance.score",
        kind: "conditional",
        status: "failed",
        passed: false,
        actual: 50,
        min: 80,
        reason: "performance.score 50 < 80 (conditional)",
      },
      {
        id: "security-score",
        metric: "security.score",
        kind: "blocking",
        status: "passed",
        passed: true,
        actual: 95,
        min: 85,
      },
    ],
    risks: [],
    notices: [],
    ...overrides,
  };
}

describe("renderMarkdown", () => {
  it("puts the decision first, then the failed gates and the scores table", () => {
    const md = renderMarkdown(report(), { footerHidden: "<!-- readiness-gate: Production Readiness -->" });
    const lines = md.split("\n");
    expect(lines[0]).toBe("## ⚠️ Readiness: CONDITIONAL GO, 85/100");
    expect(lines[2]).toBe("Failed gates: **performance.score 50 &lt; 80 (conditional)**");
    expect(md).toContain("| Performance | 50 | 80 | ⚠️ conditional | — |");
    expect(md).toContain("| **Overall** | **85** | — | **CONDITIONAL GO** | — |");
    expect(md.endsWith("<!-- readiness-gate: Production Readiness -->")).toBe(true);
  });

  it("shows deltas against the previous run, rounded down like the scores", () => {
    const md = renderMarkdown(report(), {
      previous: { overall: 80.2, dimensions: { security: 97.9, documentation: 98 } },
    });
    expect(md).toContain("| Security | 95 | 85 | ✅ | ▼ −2 |");
    expect(md).toContain("| Documentation | 98 | 90 | ✅ | = |");
    expect(md).toContain("| **Overall** | **85** | — | **CONDITIONAL GO** | ▲ +5 |");
  });

  it("keeps the hidden footer and stays within the limit when the report is huge", () => {
    const findings = Array.from({ length: 5000 }, (_, i) => ({
      dimension: "documentation" as const,
      ruleId: "missing-file",
      severity: "medium" as const,
      message: `link to missing-${i}.md: file not found ${"x".repeat(100)}`,
      path: `docs/f${i}.md`,
      line: i + 1,
      column: 1,
    }));
    const notices = Array.from({ length: 5000 }, (_, i) => `notice ${i} ${"y".repeat(50)}`);
    const footer = "<!-- readiness-gate: Production Readiness -->";
    const md = renderMarkdown(report({ findings, notices }), { maxLength: 2000, footerHidden: footer });
    expect(md.length).toBeLessThanOrEqual(2000);
    expect(md.startsWith("## ⚠️ Readiness: CONDITIONAL GO, 85/100")).toBe(true);
    expect(md.endsWith(footer)).toBe(true);
  });

  it("escapes text from artifacts in the inputs list", () => {
    const md = renderMarkdown(
      report({
        artifacts: [
          { path: "r/x.json", format: null, dimension: null, status: "unrecognised", error: "</details> @admin <b>" },
        ],
      }),
    );
    expect(md).toContain("- `r/x.json`: &lt;/details&gt; @\u200dadmin &lt;b&gt;");
    expect(md).not.toContain("</details> @admin");
  });
});

describe("renderText", () => {
  it("prints the verdict, scores and gates, and strips terminal escapes from file text", () => {
    const text = renderText(report({ notices: ["bad \u001b[31mred\u001b[0m"] }));
    expect(text.split("\n").slice(0, 3)).toEqual([
      "Readiness: CONDITIONAL GO, score 85/100",
      "Deploy with a staged rollout.",
      "",
    ]);
    expect(text).toContain("  [FAIL] performance.score ≥ 80 (conditional): performance.score 50 < 80 (conditional)");
    expect(text).toContain("note: bad ?[31mred?[0m");
  });
});

describe("findingsByFile", () => {
  it("groups by file with a blank line between files, so a header never joins the previous list", async () => {
    const { findingsByFile } = await import("../../src/core/render/sections/findings-list.js");
    const f = (path: string, line: number, message: string) => ({
      dimension: "documentation" as const,
      ruleId: "links.missing-file",
      severity: "medium" as const,
      message,
      path,
      line,
      column: 1,
    });
    const md = findingsByFile([f("b.md", 3, "two"), f("a.md", 9, "one <b>"), f("b.md", 1, "three")], {
      maxFindings: 2,
    });
    expect(md).toBe(
      [
        "**`a.md`**",
        "- `a.md:9` one &lt;b&gt; `links.missing-file`",
        "",
        "**`b.md`**",
        "- `b.md:1` three `links.missing-file`",
        "- … and 1 more (see the check run)",
      ].join("\n"),
    );
  });
});
