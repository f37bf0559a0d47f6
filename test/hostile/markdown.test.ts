/**
 * Hostile Markdown within the budget: each of CommonMark's pathological inputs, deep nesting, huge paragraphs and
 * tables, floods of broken anchors and references, and a JSON example nested 5,000 deep, finishes quickly and is
 * either checked or reported by name; the run goes on to the next file.
 */
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/parse.js";
import { analyzeDocumentation } from "../../src/core/documentation/analyze.js";
import { capPerFile, pushAll } from "../../src/core/documentation/finding-budget.js";
import { complexityProblem } from "../../src/core/documentation/read-doc.js";
import type { Finding } from "../../src/core/model/report.js";
import { HOSTILE_SIZE, hostileMarkdown } from "./markdown-cases.js";

const config = defaultConfig().documentation;
const good = { path: "z-good.md", content: "# Good\n\nSee [Good](#good).\n" };

async function check(text: string) {
  return analyzeDocumentation({
    files: [{ path: "hostile.md", content: text }, good],
    repoFiles: [],
    config,
    docWorker: false,
  });
}

describe("hostile Markdown", () => {
  /** Per case, well under the documented per-file figures, with room for a loaded machine. */
  const CASE_BUDGET_MS = 15_000;
  it.each(Object.keys(hostileMarkdown))("%s", async (name) => {
    const text = hostileMarkdown[name]!(HOSTILE_SIZE);
    const t0 = performance.now();
    const { result, findings } = await check(text);
    expect(performance.now() - t0).toBeLessThan(CASE_BUDGET_MS);
    expect(result.status).toBe("assessed");
    // The good file is always checked, and the hostile one is never listed with more than the per-file budget.
    expect(findings.filter((f) => f.path === "z-good.md")).toEqual([]);
    expect(findings.filter((f) => f.path === "hostile.md").length).toBeLessThanOrEqual(501);
  });

  it("a JSON example nested 5,000 deep is one finding, not a crash of the whole assessment", async () => {
    const { findings } = await check(`# T\n\n\`\`\`json\n${"[".repeat(5_000)}\n\`\`\`\n`);
    expect(findings.map((f) => `${f.path}:${f.line}:${f.column}: ${f.message}`)).toContain(
      "hostile.md:4:501: Broken `json` example: the JSON nests deeper than 500 levels, the budget for an example; it was not parsed. Fix the example, or tag the block `text` if it is not meant to be valid json.",
    );
  });

  it("names the budget a file goes over", () => {
    expect(complexityProblem(`${"[a".repeat(4_000)}\n`.replace(/(.{80})/g, "$1\n"))?.reason).toBe(
      "the paragraph starting at line 1 has more than 3,000 link and emphasis delimiters ([ ] * _ < ` ~), the budget per paragraph; split it or exclude the file",
    );
    expect(complexityProblem(`| a |\n| - |\n${"| x |\n".repeat(1_001)}`)?.reason).toBe(
      "a table has more than 1,000 rows by line 1002, the budget per table; split it or exclude the file",
    );
    expect(complexityProblem(`| a |\n| - |\n${"|".repeat(200)}\n`)?.reason).toBe(
      "line 3 has 200 table cell separators (more than 64); split the table or exclude the file",
    );
    expect(complexityProblem("- a\n".repeat(25_001))?.reason).toBe(
      "it has more than 25,000 blocks (paragraphs, list items, headings, table rows) by line 25001, the budget per file; split it or exclude the file",
    );
    const wide = `|${" a |".repeat(50)}\n`;
    expect(complexityProblem(`${wide}|${" - |".repeat(50)}\n${wide.repeat(300)}`)?.reason).toBe(
      "its tables have more than 5,000 cells in one table by line 102, the budget per table; split them or exclude the file",
    );
    // Code fences are not parsed inline: brackets there do not count.
    expect(complexityProblem(`\`\`\`json\n${"[1],\n".repeat(5_000)}\`\`\`\n`)).toBeNull();
    // A tight list of links is one paragraph per item.
    expect(complexityProblem("- [a](b) and [c](d)\n".repeat(5_000))).toBeNull();
  });

  it("a file with thousands of findings lists the first 500 and says how many more", async () => {
    // 2,000 broken anchors and one lint advice (the file has no markdownlint config, so lint only advises).
    const { findings } = await check("[x](#missing)\n\n".repeat(2_000));
    const mine = findings.filter((f) => f.path === "hostile.md");
    expect(mine).toHaveLength(501);
    expect(mine.at(-1)?.message).toBe(
      "hostile.md has 1,502 more findings than the 500 listed per file; run the checks locally to see them all.",
    );
  });

  it("200,000 findings of one file are appended and capped without overflowing the stack", () => {
    const many: Finding[] = Array.from({ length: 200_000 }, (_, i) => ({
      dimension: "documentation",
      ruleId: "r",
      severity: "low",
      message: `m${i}`,
      path: "big.md",
      line: i + 1,
    }));
    const all: Finding[] = [];
    pushAll(all, many);
    const capped = capPerFile(all);
    expect(capped).toHaveLength(501);
    expect(capped.at(-1)).toMatchObject({ ruleId: "documentation.finding-budget", scored: false });
  });

  it("files not reached within the run budget are reported, and the run ends", async () => {
    const files = Array.from({ length: 3 }, (_, i) => ({ path: `f${i}.md`, content: "# A\n" }));
    const out = await analyzeDocumentation({ files, repoFiles: [], config, docWorker: false, runBudgetMs: -1 });
    expect(out.findings.map((f) => `${f.path}:${f.line}:${f.column}: ${f.message}`)).toEqual([
      "f0.md:1:1: f0.md was not checked: the documentation budget of -0.001 s per run was used up before it was reached.",
      "f1.md:1:1: f1.md was not checked: the documentation budget of -0.001 s per run was used up before it was reached.",
      "f2.md:1:1: f2.md was not checked: the documentation budget of -0.001 s per run was used up before it was reached.",
    ]);
  });
});
