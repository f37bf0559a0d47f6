/** The second half of the documentation analysis on inputs too large to build by parsing in a unit test. */
import { describe, expect, it } from "vitest";
import { finishDocumentation } from "../../src/core/documentation/finish.js";
import type { GatheredDocumentation } from "../../src/core/documentation/gather.js";
import type { Finding } from "../../src/core/model/report.js";
import { config } from "./helpers.js";

function gathered(findings: Finding[]): GatheredDocumentation {
  return {
    files: 400,
    lines: 400,
    lintMode: "default",
    findings,
    unreadable: { parse: [], lint: [], collected: [] },
    notices: [],
    links: {
      linksChecked: 0,
      linksValid: 0,
      anchorsChecked: 0,
      anchorsValid: 0,
      ignored: [],
      external: [],
      suggestions: [],
    },
    code: { checked: 0, valid: 0, invalid: 0, missingLanguage: 0 },
    lint: { checked: 400, valid: 0, errors: findings.length, suppressed: [] },
    sites: [],
    excluded: [],
  };
}

describe("finishDocumentation", () => {
  it("takes 200,400 findings (a large tree's markdownlint errors) without overflowing the call stack", async () => {
    const findings: Finding[] = Array.from({ length: 200_400 }, (_, i) => ({
      dimension: "documentation",
      ruleId: "markdownlint/MD013",
      severity: "low",
      message: "Line length",
      path: `docs/page-${String(i % 400).padStart(3, "0")}.md`,
      line: Math.floor(i / 400) + 1,
      column: 81,
      tool: "markdownlint",
    }));
    const out = await finishDocumentation(gathered(findings), {
      config: config(),
      directives: new Map(),
      texts: new Map(),
      candidates: { anchorsOf: () => undefined, definitionsOf: () => undefined },
    });
    expect(out.result.metrics.findings).toBe(200_400);
    expect(out.result.metrics["lint-errors"]).toBe(200_400);
    // 500 listed per file, then for each file one that says how many more there were.
    expect(out.findings).toHaveLength(400 * 501);
    expect(out.findings[200_000]?.message).toBe(
      "docs/page-000.md has 1 more findings than the 500 listed per file; run the checks locally to see them all.",
    );
  });
});
