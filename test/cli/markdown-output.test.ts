/** The CLI's Markdown names only places that exist for a local run. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assessRepository } from "../../src/engine/assess-repository.js";
import { renderReport } from "../../src/cli/output.js";
import { finding, makeReport } from "../publish/helpers.js";

describe("CLI Markdown", () => {
  it("a shortened report points at the complete formats, never at a check run", () => {
    const long = "x".repeat(400);
    const findings = Array.from({ length: 3000 }, (_, i) => finding(i, { message: `${long} ${i}` }));
    // Risks are listed in full in every shortened form, so 2,000 long ones force the cut.
    const risks = Array.from({ length: 2000 }, (_, i) => ({
      title: `${long} ${i}`,
      severity: "high" as const,
      source: "test",
      mitigation: "fix it",
    }));
    const md = renderReport(makeReport({ findings, risks, verdict: "no-go" }), "markdown", ".github/readiness.yml");
    expect(md).toContain("The full report is in `--format json` or `--format text`.");
    expect(md).not.toContain("check run");
  });
});

describe("CLI Markdown of a real assessment", () => {
  it("the findings left out point at the JSON report, and the tool's code spans render", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "rg-cli-md-"));
    const links = Array.from({ length: 35 }, (_, i) => `- [page ${i}](missing-${i}.md)`).join("\n");
    writeFileSync(path.join(root, "README.md"), `# Title\n\n${links}\n`);
    const { report } = await assessRepository({ root, config: { name: "none", text: null }, now: new Date(0) });
    const md = renderReport(report, "markdown", ".github/readiness.yml");
    expect(md).toContain("- … and 5 more (see the JSON report)");
    expect(md).not.toContain("check run");
    // The message's own code span renders; the file's link target inside it is shown literally.
    expect(md).toContain("Broken link: `missing-0.md` does not exist");
    expect(md).not.toContain("\\`");
  });
});

describe("progress lines", () => {
  it("count in words that agree with the number: 1 document, 0 artifacts", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "rg-cli-progress-"));
    writeFileSync(path.join(root, "README.md"), "# Title\n\n[Top](#title)\n");
    const lines: string[] = [];
    await assessRepository({
      root,
      config: { name: "none", text: null },
      now: new Date(0),
      progress: (l) => lines.push(l),
    });
    expect(lines).toContain("assessing 1 document and 0 artifacts…");
  });
});
