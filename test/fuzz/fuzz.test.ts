/** A small seeded run of the fuzz harness (the full run is `npm run fuzz`, see docs/budgets.md). */
import { describe, expect, it } from "vitest";
import { type CaseResult, loadFixtures, runCase, summarize } from "./harness.js";

describe("fuzz, seeded", () => {
  it("300 mutated fixtures: no crash, none over 10 s, every input accounted for, no planted secret in any output", async () => {
    const fixtures = loadFixtures();
    const results: CaseResult[] = [];
    for (let i = 0; i < 300; i++) results.push(await runCase(i, fixtures, 18));
    const s = summarize(results, 10_000);
    expect(s.failures).toEqual([]);
    expect({ crashes: s.crashes, hangs: s.hangs, unaccounted: s.unaccounted, leaks: s.leaks }).toEqual({
      crashes: 0,
      hangs: 0,
      unaccounted: 0,
      leaks: 0,
    });
    expect(new Set(results.map((r) => r.mutation)).size).toBeGreaterThanOrEqual(12);
  }, 120_000);
});
