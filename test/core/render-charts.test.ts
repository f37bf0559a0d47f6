import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import type { Report } from "../../src/core/model/report.js";
import { renderHistory, renderMarkdown } from "../../src/core/render/markdown.js";
import { mermaidLabel, niceMax, xyChart } from "../../src/core/render/mermaid.js";
import { decodeCommentData, encodeCommentData, HISTORY_RUNS, scoresOf } from "../../src/publish/comment-data.js";

const example = fileURLToPath(new URL("../../examples/acme-api/", import.meta.url));
let acme: Report;

beforeAll(async () => {
  let stdout = "";
  await runCli(["--root", example, "--format", "json", "--no-progress"], {
    stdout: (s) => {
      stdout += s;
    },
    stderr: () => {},
    stderrIsTty: false,
    cwd: example,
    now: () => new Date("2026-11-30T00:00:00Z"),
  });
  acme = JSON.parse(stdout) as Report;
});

const mermaidBlocks = (md: string) => md.match(/```mermaid\n[\s\S]*?\n```/g) ?? [];

describe("Mermaid charts", () => {
  it("the performance section draws each scenario's p50/p95/p99 against the SLA target, after the table that states them", () => {
    const md = renderMarkdown(acme);
    const blocks = mermaidBlocks(md);
    expect(blocks).toHaveLength(3);
    expect(blocks[1]).toBe(
      [
        "```mermaid",
        "xychart-beta",
        '  title "p95 latency (ms) per scenario, line at the SLA target of 500 ms"',
        '  x-axis ["baseline", "target", "peak", "stress"]',
        '  y-axis "ms" 0 --> 5000',
        "  bar [420, 2100, 1200, 2600]",
        "  line [500, 500, 500, 500]",
        "```",
      ].join("\n"),
    );
    expect(blocks[0]).toContain("  bar [150, 750, 450, 900]\n  line [200, 200, 200, 200]");
    expect(blocks[2]).toContain('title "p99 latency (ms) per scenario, line at the SLA target of 1,000 ms"');
    // The same numbers are in the scenario table, which comes first.
    expect(md.indexOf("| peak |")).toBeLessThan(md.indexOf("```mermaid"));
    expect(md).toContain(
      "**Latency against the SLA** (bars: each scenario's value; line: the target; the table above has the numbers).",
    );
  });

  it("charts are the first detail to go when the comment is over its budget; the decision stays", () => {
    const full = renderMarkdown(acme);
    const tight = renderMarkdown(acme, { maxLength: full.length - 1 });
    expect(tight.length).toBeLessThanOrEqual(full.length - 1);
    expect(mermaidBlocks(tight)).toEqual([]);
    expect(tight.startsWith("## ⚠️ Readiness: CONDITIONAL GO, 85/100")).toBe(true);
    expect(tight).toContain("| **Overall** | **85** |");
  });

  it("labels from files cannot end the fence, the string or start a directive", () => {
    expect(mermaidLabel('peak "x"; ```%%{init}%% #1 <b>\n[a]\\')).toBe("peak x init 1 b a");
    expect(mermaidLabel("")).toBe("?");
    expect(mermaidLabel("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
    expect(xyChart({ title: 't"', xLabels: ["a`b"], yLabel: "y", yMax: 10, bars: [[1.234]] })).toBe(
      '```mermaid\nxychart-beta\n  title "t"\n  x-axis ["a b"]\n  y-axis "y" 0 --> 10\n  bar [1.23]\n```',
    );
    expect([niceMax(0), niceMax(9), niceMax(11), niceMax(2200), niceMax(4400)]).toEqual([1, 10, 20, 2500, 5000]);
  });
});

describe("score history in the comment", () => {
  it("keeps this PR's runs in the comment's data block and draws them with this run", () => {
    // Three runs: the first comment had no history block (an older release), the next ones extend it.
    const first = decodeCommentData(
      '<!-- readiness-gate-data: {"v":1,"fingerprint":"ab","overall":70.5,"dimensions":{"documentation":80,"performance":null,"security":90,"compliance":60}} -->',
    )!.scores;
    const second = scoresOf({ ...acme, score: 80.9 }, first);
    expect(second.history).toEqual([
      { overall: 70, dimensions: { documentation: 80, performance: null, security: 90, compliance: 60 } },
      { overall: 80, dimensions: { documentation: 95, performance: 50, security: 95, compliance: 100 } },
    ]);
    const block = encodeCommentData({ scores: second, fingerprint: "cd" });
    expect(block).toContain('"h":[[70,80,null,90,60],[80,95,50,95,100]]');
    const previous = decodeCommentData(`comment\n${block}`)!.scores;
    expect(previous.history).toEqual(second.history);

    const md = renderHistory(acme, previous);
    expect(md).toBe(
      [
        "<details><summary>📈 Score history (3 runs)</summary>",
        "",
        "| Run | Overall | Documentation | Performance | Security | Compliance |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        "| run 1 | 70 | 80 | — | 90 | 60 |",
        "| run 2 | 80 | 95 | 50 | 95 | 100 |",
        "| this run | 85 | 95 | 50 | 95 | 100 |",
        "",
        "Overall (bars, grey), Documentation (line, blue), Security (line, red), Compliance (line, green).",
        "",
        "```mermaid",
        '%%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"#8b949e, #0969da, #cf222e, #1a7f37"}}}}%%',
        "xychart-beta",
        `  title "Scores over this pull request's runs"`,
        '  x-axis ["run 1", "run 2", "this run"]',
        '  y-axis "score" 0 --> 100',
        "  bar [70, 80, 85]",
        "  line [80, 95, 95]",
        "  line [90, 95, 95]",
        "  line [60, 100, 100]",
        "```",
        "",
        "</details>",
      ].join("\n"),
    );
    expect(renderMarkdown(acme, { previous })).toContain(md);
    expect(renderMarkdown(acme)).not.toContain("Score history");
  });

  it("keeps at most 20 runs, and ignores a history block that is not rows of five scores", () => {
    let scores = scoresOf(acme);
    for (let i = 0; i < 25; i++)
      scores = scoresOf(acme, decodeCommentData(encodeCommentData({ scores, fingerprint: "a" }))!.scores);
    expect(scores.history).toHaveLength(HISTORY_RUNS);
    for (const h of ["[[1,2,3]]", '[["x",1,2,3,4]]', "[[101,1,2,3,4]]", "{}", "[]"]) {
      const body = `<!-- readiness-gate-data: {"v":1,"fingerprint":"ab","overall":50,"dimensions":{},"h":${h}} -->`;
      expect(decodeCommentData(body)?.scores.history, h).toBeUndefined();
    }
  });
});
