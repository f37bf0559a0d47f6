import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDocumentation } from "../../src/core/documentation/analyze.js";
import { notAssessed } from "../../src/core/dimension.js";
import type { Report } from "../../src/core/model/report.js";
import { documentationMarkdown, documentationText } from "../../src/core/render/sections/documentation.js";
import { config, FIXTURES, loadDocs } from "./helpers.js";

async function report(files = loadDocs(path.join(FIXTURES, "links"))): Promise<Report> {
  const { result, findings } = await analyzeDocumentation({ ...files, config: config({ markdownlint: false }) });
  return {
    schemaVersion: 1,
    tool: { name: "readiness-gate", version: "test" },
    generatedAt: "2025-01-01T00:00:00.000Z",
    verdict: "no-go",
    score: result.score,
    recommendation: "",
    dimensions: {
      documentation: result,
      performance: notAssessed(80, "x"),
      security: notAssessed(85, "x"),
      compliance: notAssessed(100, "x"),
    },
    findings,
    artifacts: [],
    gates: [],
    risks: [],
    notices: [],
  };
}

describe("documentation section", () => {
  it("summarises, tabulates and lists findings by file", async () => {
    const r = await report();
    const s = documentationMarkdown(r, { maxFindings: 30 });
    expect(s?.summary).toBe("📄 Documentation: 8 broken links, 3 broken anchors · 87/100");
    expect(s?.body).toContain(
      [
        "| Check | Checked | Valid | Rate | Weight |",
        "| --- | ---: | ---: | ---: | ---: |",
        "| Internal links | 41 | 33 | 80.5 % | 3 |",
        "| Anchors | 23 | 20 | 87 % | 2 |",
        "| Code blocks | 1 | 1 | 100 % | 2 |",
      ].join("\n"),
    );
    expect(s?.body).toContain("**`README.md`**");
    // The message's own code span renders; the path from the file is shown literally inside it.
    expect(s?.body).toContain("- `README.md:48` Broken link: `docs/giude.md` does not exist in the repository.");
    expect(s?.compactBody).toContain("12 findings: see the check run annotations.");
    expect(s?.compactBody).not.toContain("giude");
  });

  it("shows text that comes from files literally: inside the message's code span, or escaped outside it", async () => {
    const r = await report({
      files: [
        { path: "x.md", content: "[a](evil%3Cb%3E@team.md)\n" },
        { path: "y.md", content: "[a](y.md#*bold*-`tick`-<i>)\n" },
      ],
      repoFiles: ["x.md", "y.md"],
    });
    const s = documentationMarkdown(r, { maxFindings: 30 });
    // In a code span GitHub shows `<b>` and `@team` as typed: no HTML, no mention.
    expect(s?.body).toContain("points to `evil<b>@team.md`");
    const outsideCode = (s?.body ?? "").replace(/(`+)[\s\S]*?(?<!`)\1(?!`)/g, "");
    expect(outsideCode).not.toMatch(/<b>|<i>|@team/);
  });

  it("prints terminal lines", async () => {
    const lines = documentationText(await report(), { maxFindings: 2 });
    expect(lines.slice(0, 5)).toEqual([
      "📄 Documentation: 8 broken links, 3 broken anchors · 87/100",
      "  6 files, 98 lines",
      "  Internal links                   33 / 41    ",
      "  Anchors                          20 / 23    ",
      "  Code blocks                       1 / 1     ",
    ]);
    expect(lines.at(-1)).toBe("  … and 10 more");
  });
});

describe("metric names", () => {
  it("every documentation metric the analyzer emits is a known gate metric", async () => {
    const { isKnownMetric } = await import("../../src/core/scoring/metrics.js");
    const r = await report();
    const unknown = Object.keys(r.dimensions.documentation.metrics).filter((k) => !isKnownMetric(`documentation.${k}`));
    expect(unknown).toEqual([]);
  });
});
