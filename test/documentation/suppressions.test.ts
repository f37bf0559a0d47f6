import { describe, expect, it } from "vitest";
import { analyzeDocumentation } from "../../src/core/documentation/analyze.js";
import { readSuppressions, ruleMatches } from "../../src/core/documentation/suppressions.js";
import { documentationMarkdown, documentationText } from "../../src/core/render/sections/documentation.js";
import { notAssessed } from "../../src/core/dimension.js";
import type { Report } from "../../src/core/model/report.js";
import { config, keys } from "./helpers.js";

const FILES: Record<string, string> = {
  "page.md": [
    "# Page",
    "",
    "<!-- readiness-ignore-next-line -->",
    "[gone](missing.md)",
    "[also gone](missing-too.md)",
    "<!-- readiness-ignore-next-line MD009 -->",
    "Trailing spaces here   ",
    "<!-- readiness-ignore-next-line links.missing-anchor -->",
    "[not this rule](nowhere.md)",
    "",
    "```markdown",
    "<!-- readiness-ignore-file -->",
    "```",
    "",
  ].join("\n"),
  "file.md": [
    "<!-- readiness-ignore-file links -->",
    "",
    "# File",
    "",
    "[a](a.md) [b](b.md#x)",
    "Trailing   ",
    "",
  ].join("\n"),
  "lint.md": [
    "# Lint",
    "",
    "<!-- markdownlint-disable-next-line MD009 -->",
    "Trailing   ",
    "Another trailing   ",
    "",
  ].join("\n"),
  "links.md": [
    "# Links",
    "",
    "[dashboard](https://grafana.example.com/d/abc) · [generated](generated/api.md) · [api](/api/v1/users)",
    "",
  ].join("\n"),
};

async function run(overrides: Record<string, unknown> = {}) {
  const files = Object.entries(FILES).map(([path, text]) => ({ path, content: Buffer.from(text) }));
  return analyzeDocumentation({
    files,
    repoFiles: files.map((f) => f.path),
    config: config({
      markdownlint: true,
      "external-links": "off",
      "ignore-links": ["https://grafana.example.com/**", "generated/*.md", "/^\\/api\\//"],
      ...overrides,
    }),
  });
}

describe("suppressions", () => {
  it("readiness-ignore-next-line, readiness-ignore-file, markdownlint's comments and ignore-links each take out exactly their findings", async () => {
    const { findings, result } = await run();
    expect(keys(findings)).toEqual([
      "file.md:6:9 markdownlint/MD009",
      "lint.md:5:17 markdownlint/MD009",
      "page.md:5:1 links.missing-file",
      "page.md:9:1 links.missing-file",
    ]);
    expect(result.details?.suppressed).toEqual({
      findings: 5,
      links: 3,
      listed: [
        { path: "file.md", line: 5, ruleId: "links.missing-file", kind: "file", by: "line 1" },
        { path: "file.md", line: 5, ruleId: "links.missing-file", kind: "file", by: "line 1" },
        {
          path: "links.md",
          line: 3,
          ruleId: "ignore-links",
          kind: "ignore-links",
          by: "https://grafana.example.com/**",
        },
        { path: "links.md", line: 3, ruleId: "ignore-links", kind: "ignore-links", by: "generated/*.md" },
        { path: "links.md", line: 3, ruleId: "ignore-links", kind: "ignore-links", by: "/^\\/api\\//" },
        { path: "lint.md", line: 4, ruleId: "markdownlint/MD009", kind: "markdownlint", by: "markdownlint comment" },
        { path: "page.md", line: 4, ruleId: "links.missing-file", kind: "next-line", by: "line 3" },
        { path: "page.md", line: 7, ruleId: "markdownlint/MD009", kind: "next-line", by: "line 6" },
      ],
    });
    expect(result.metrics.suppressed).toBe(5);
    expect(result.metrics["ignored-links"]).toBe(3);
    // Suppressed broken links no longer count against the score: 5 checked (3 ignored are not), 3 valid.
    expect(result.metrics["links-checked"]).toBe(5);
    expect(result.metrics["broken-links"]).toBe(2);
    // Files passing markdownlint: page.md (its only error suppressed) and links.md.
    expect(result.details?.checks.find((c) => c.check === "lint")).toMatchObject({ checked: 4, valid: 2 });
    expect(result.metrics["lint-errors"]).toBe(2);
  });

  it("without suppressions every finding is back", async () => {
    const plain = Object.fromEntries(
      Object.entries(FILES).map(([p, t]) => [p, t.replace(/<!-- (?:readiness-ignore|markdownlint)[^>]*-->/g, "")]),
    );
    const files = Object.entries(plain).map(([path, text]) => ({ path, content: Buffer.from(text) }));
    const { findings, result } = await analyzeDocumentation({
      files,
      repoFiles: files.map((f) => f.path),
      config: config({ markdownlint: true, "external-links": "off" }),
    });
    expect(findings.filter((f) => f.ruleId === "links.missing-file").length).toBe(7);
    expect(findings.filter((f) => f.ruleId === "markdownlint/MD009").length).toBe(4);
    expect(result.details?.suppressed).toBeUndefined();
    expect(result.metrics.suppressed).toBe(0);
  });

  it("an ignore-links pattern that backtracks without end is stopped, not applied, and said so", async () => {
    const files = [
      { path: "a.md", content: Buffer.from(`# A\n\n[x](${"a".repeat(40)}!.md) [y](${"a".repeat(41)}!.md)\n`) },
    ];
    const { findings, result } = await analyzeDocumentation({
      files,
      repoFiles: ["a.md"],
      config: config({ markdownlint: false, "ignore-links": ["/^(a+)+$/"] }),
    });
    expect(keys(findings)).toEqual(["a.md:3:1 links.missing-file", "a.md:3:51 links.missing-file"]);
    expect(result.details?.suppressed).toBeUndefined();
    expect(result.details?.notices).toContain('ignore-links pattern "/^(a+)+$/" took too long and was not applied');
  });

  it("reads directives outside code fences only, with rule ids, families and bare markdownlint names", () => {
    const s = readSuppressions(
      "<!-- readiness-ignore-file code-blocks, MD013 -->\n~~~\n<!-- readiness-ignore-next-line -->\n~~~\n<!-- readiness-ignore-next-line -->\nx\n",
    );
    expect(s?.file).toEqual([{ rules: ["code-blocks", "MD013"], line: 1 }]);
    expect([...(s?.nextLine.keys() ?? [])]).toEqual([6]);
    expect(readSuppressions("# nothing here\n")).toBeUndefined();
    expect(ruleMatches(["links"], "links.missing-file")).toBe(true);
    expect(ruleMatches(["links.missing"], "links.missing-file")).toBe(false);
    expect(ruleMatches(["md013"], "markdownlint/MD013")).toBe(true);
    expect(ruleMatches(["markdownlint"], "markdownlint/MD013")).toBe(true);
    expect(ruleMatches(null, "anything")).toBe(true);
  });

  it("the report counts the suppressions and lists them folded", async () => {
    const { result, findings } = await run();
    const report: Report = {
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
    const md = documentationMarkdown(report, { maxFindings: 30 });
    expect(md?.body).toContain(
      [
        "<details><summary>5 findings suppressed, 3 links not checked (documentation.ignore-links)</summary>",
        "",
        "- `file.md:5` links.missing-file: readiness-ignore-file at line 1",
        "- `file.md:5` links.missing-file: readiness-ignore-file at line 1",
        "- `links.md:3` ignore-links: ignore-links (pattern `https://grafana.example.com/**`)",
        "- `links.md:3` ignore-links: ignore-links (pattern `generated/*.md`)",
        "- `links.md:3` ignore-links: ignore-links (pattern `/^\\/api\\//`)",
        "- `lint.md:4` markdownlint/MD009: markdownlint comment",
        "- `page.md:4` links.missing-file: readiness-ignore-next-line at line 3",
        "- `page.md:7` markdownlint/MD009: readiness-ignore-next-line at line 6",
        "",
        "</details>",
      ].join("\n"),
    );
    expect(md?.compactBody).toContain("5 findings suppressed, 3 links not checked (documentation.ignore-links).");
    expect(documentationText(report, { maxFindings: 30 })).toContain(
      "  5 findings suppressed, 3 links not checked (documentation.ignore-links):",
    );
  });
});
