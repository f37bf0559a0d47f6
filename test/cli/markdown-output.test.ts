/** The CLI's Markdown names only places that exist for a local run. */
import { describe, expect, it } from "vitest";
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
