import { describe, expect, it } from "vitest";
import { listedFindings, MAX_LISTED_FINDINGS, perRuleCap } from "../../src/core/listed-findings.js";
import type { Finding } from "../../src/core/model/report.js";

function many(ruleId: string, n: number, severity: Finding["severity"] = "low"): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    dimension: "documentation",
    ruleId,
    severity,
    message: `${ruleId} ${i}`,
    path: "a.md",
    line: i + 1,
    column: 1,
    tool: "t",
  }));
}

describe("listed findings", () => {
  it("shares the room between rules: small rules keep all, large ones split the rest", () => {
    expect(perRuleCap([10, 3, 20000, 6000], 5000)).toBe(2493);
    expect(perRuleCap([1, 2], 5000)).toBe(Number.POSITIVE_INFINITY);
    expect(perRuleCap(new Array(6000).fill(1), 5000)).toBe(1);
  });

  it("keeps examples of every rule even when one rule has thousands of findings", () => {
    const list = [
      ...many("markdownlint/MD009", 6000),
      ...many("code-blocks.invalid-syntax", 2),
      ...many("links.unused-definition", 30, "info"),
    ];
    const notices: string[] = [];
    const out = listedFindings(list, notices);
    expect(out).toHaveLength(MAX_LISTED_FINDINGS);
    const counts = new Map<string, number>();
    for (const f of out) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      "markdownlint/MD009": 4968,
      "code-blocks.invalid-syntax": 2,
      "links.unused-definition": 30,
    });
    // The most severe first, each rule's own order kept.
    expect(out[0]?.message).toBe("markdownlint/MD009 0");
    expect(out.at(-1)?.message).toBe("links.unused-definition 29");
    expect(notices).toEqual([
      "6,032 documentation findings: the report lists the 5,000 most severe, at most 4,968 per rule so that every rule keeps examples; scores and counts include all of them",
    ]);
  });

  it("lists everything, untouched, under the cap", () => {
    const list = many("x", 3);
    const notices: string[] = [];
    expect(listedFindings(list, notices)).toBe(list);
    expect(notices).toEqual([]);
  });
});
