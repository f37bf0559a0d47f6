/** Rendering residue: what a report's text can still do once it is in a comment, a check run or a terminal. */
import { describe, expect, it } from "vitest";
import { parsePrInfo } from "../../src/action/pr-info.js";
import { assess } from "../../src/core/assess.js";
import { configSchema } from "../../src/core/config/schema.js";
import { sourceFromString } from "../../src/core/formats/source.js";
import { code, escapeText, fileLink } from "../../src/core/render/markdown-utils.js";
import { renderMarkdown } from "../../src/core/render/markdown.js";
import { renderText } from "../../src/core/render/text.js";
import { repoFromMap } from "../../src/core/repo-view.js";

const ZWJ = "\u200d";

async function sarifReport(ruleId: string, uri: string, message = "m") {
  const sarif = {
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "semgrep" } },
        results: [
          {
            ruleId,
            level: "error",
            message: { text: message },
            locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 2 } } }],
          },
        ],
      },
    ],
  };
  return assess({
    config: configSchema.parse({ documentation: { enabled: false } }),
    docs: [],
    repo: repoFromMap({}),
    artifacts: [{ source: sourceFromString("r.sarif", JSON.stringify(sarif)), format: "auto" }],
    now: new Date("2026-11-25T12:00:00Z"),
    toolVersion: "test",
  });
}

describe("Markdown residue", () => {
  it("removes bidi controls from prose and code", () => {
    expect(escapeText("src/\u202Egnp.exe")).toBe("src/gnp.exe");
    expect(code("a\u2066b\u2069c\u200fd")).toBe("`abcd`");
  });

  it("breaks bare URLs, www. names and issue references", () => {
    expect(escapeText("see https://evil.test/x and www.evil.test, fixes #4242 and GH-7")).toBe(
      `see https${ZWJ}://evil.test/x and www${ZWJ}.evil.test, fixes #${ZWJ}4242 and GH-${ZWJ}7`,
    );
    expect(escapeText("# not a heading")).toBe("\\# not a heading");
  });

  it("does not copy a 100,000-character path into a link target", () => {
    const long = `src/${"a".repeat(100_000)}.js`;
    const link = fileLink(long, 3, "https://github.com/o/r/blob/abc");
    expect(link).toBe(code(`${long}:3`));
    expect(link.length).toBeLessThan(250);
  });

  it("a report's 100,000-character SARIF path is cut in the finding and the comment keeps its sections", async () => {
    const r = await sarifReport("rule", `src/${"p".repeat(100_000)}.js`);
    expect(r.findings[0]?.path?.length).toBe(400);
    const md = renderMarkdown(r);
    expect(md.length).toBeLessThan(20_000);
    expect(md).toContain("Security");
  });
});

describe("text output in a workflow step", () => {
  it("keeps a value with a newline on one line, so it cannot start a workflow command", async () => {
    const r = await sarifReport("x\n::warning file=a.js::injected", "a.js", "title\n::error::pwned");
    const text = renderText(r);
    for (const line of text.split("\n")) expect(line.startsWith("::")).toBe(false);
    expect(text).toContain("x ::warning file=a.js::injected");
    // Values that reach the renderer with a newline (not through a parser) are folded by the renderer itself.
    r.notices.push("label\n::warning file=b.js::injected\r\n::error::x");
    const folded = renderText(r);
    for (const line of folded.split("\n")) expect(line.startsWith("::")).toBe(false);
    expect(folded).toContain("note: label ::warning file=b.js::injected ::error::x");
  });
});

describe("readiness-pr.json", () => {
  it("describes unknown keys without echoing them", () => {
    const key = "<img src=x onerror=alert(1)>";
    expect(() =>
      parsePrInfo(
        "readiness-pr.json",
        JSON.stringify({ schema: "readiness-gate/pr-info@1", number: 1, headSha: "a".repeat(40), [key]: 1 }),
      ),
    ).toThrow(new Error("readiness-pr.json: has 1 unknown key; only `schema`, `number` and `headSha` are allowed"));
  });
});
