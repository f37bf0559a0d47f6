import { describe, expect, it } from "vitest";
import { analyzeDocumentation } from "../../src/core/documentation/analyze.js";
import type { ExternalLinkChecker, LinkCheckResult } from "../../src/core/documentation/external-links.js";
import { documentationScore, row } from "../../src/core/documentation/score.js";
import { config } from "./helpers.js";

describe("documentation score", () => {
  it("is the weighted mean of valid ÷ checked over the families that count", () => {
    const rows = [
      row("internal-links", "Internal links", 40, 39, 3),
      row("anchors", "Anchors", 10, 9, 2),
      row("code-blocks", "Code blocks", 20, 18, 2),
      row("lint", "Files passing markdownlint", 12, 12, 1),
    ];
    // (3 × 0.975 + 2 × 0.9 + 2 × 0.9 + 1 × 1) / 8 × 100 = 7.525 / 8 × 100 = 94.0625
    expect(documentationScore(rows)).toBe(94.0625);
  });

  it("leaves out families with nothing checked, weight 0, or warn-only external links", () => {
    expect(documentationScore([row("internal-links", "", 0, 0, 3), row("anchors", "", 4, 3, 2)])).toBe(75);
    expect(documentationScore([row("lint", "", 4, 0, 0), row("anchors", "", 4, 3, 2)])).toBe(75);
    expect(documentationScore([row("external-links", "", 10, 0, 1, false), row("anchors", "", 4, 3, 2)])).toBe(75);
    expect(documentationScore([row("anchors", "", 0, 0, 2)])).toBeNull();
  });

  it("calls the external link checker once with distinct URLs; in warn mode the family does not count", async () => {
    const calls: string[][] = [];
    const checker: ExternalLinkChecker = {
      check: async (urls) => {
        calls.push([...urls]);
        return new Map(urls.map((url): [string, LinkCheckResult] => [url, { url, outcome: "broken", status: 404 }]));
      },
    };
    const files = [
      { path: "a.md", content: "# A\n\n[x](https://example.com/x) [y](https://example.com/x) <https://example.org>\n" },
      { path: "b.md", content: "[x](https://example.com/x) [mail](mailto:a@example.com) [rel](a.md)\n" },
    ];
    const { result } = await analyzeDocumentation({
      files,
      repoFiles: ["a.md", "b.md"],
      config: config({ markdownlint: false }),
      externalLinkChecker: checker,
    });
    expect(calls).toEqual([["https://example.com/x", "https://example.org"]]);
    const ext = result.details?.checks.find((c) => c.check === "external-links");
    expect(ext?.scored).toBe(false);
    expect(result.score).toBe(100); // only the internal link (1/1) counts
    const off = await analyzeDocumentation({
      files,
      repoFiles: ["a.md", "b.md"],
      config: config({ markdownlint: false, "external-links": "off" }),
      externalLinkChecker: checker,
    });
    expect(calls).toHaveLength(1);
    expect(off.result.metrics["external-links-checked"]).toBeNull();
  });

  it("a failing checker becomes a notice, not a crash", async () => {
    const checker: ExternalLinkChecker = {
      check: async () => {
        throw new Error("network down");
      },
    };
    const { result } = await analyzeDocumentation({
      files: [{ path: "a.md", content: "[x](https://example.com)\n" }],
      repoFiles: ["a.md"],
      config: config({ markdownlint: false }),
      externalLinkChecker: checker,
    });
    expect(result.details?.notices).toEqual(["external links were not checked: network down"]);
  });
});
