import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/model/report.js";
import { code, details, escapeText, ownMessage, table } from "../../src/core/render/markdown-utils.js";
import { findingMessage } from "../../src/core/render/sections/findings-list.js";
import { span } from "../../src/core/util/code-span.js";

describe("escapeText", () => {
  it("neutralises HTML, so no tag from a file can open or close <details>", () => {
    expect(escapeText("</details><img src=x onerror=alert(1)>")).toBe(
      "&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;",
    );
    expect(escapeText("<!-- readiness-gate: x -->")).toBe("&lt;!-- readiness-gate: x --&gt;");
  });

  it("stops @mentions from pinging", () => {
    expect(escapeText("ping @octocat and @org/team")).toBe("ping @\u200doctocat and @\u200dorg/team");
    expect(escapeText("mail a@b.c")).toBe("mail a@\u200db.c");
  });

  it("escapes Markdown syntax and table pipes, and folds lines", () => {
    expect(escapeText("a|b *c* [d](e) `f`\nnext")).toBe("a\\|b \\*c\\* \\[d\\](e) \\`f\\` next");
    expect(escapeText("&amp;")).toBe("&amp;amp;");
  });

  it("shortens long text", () => {
    expect(escapeText("x".repeat(20), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("code", () => {
  it("picks a fence longer than any backtick run in the text", () => {
    expect(code("a`b")).toBe("``a`b``");
    expect(code("`x`")).toBe("`` `x` ``");
    expect(code("plain")).toBe("`plain`");
  });

  it("escapes pipes so a table cell survives", () => {
    expect(code("a|b")).toBe("`a\\|b`");
  });
});

describe("table and details", () => {
  it("builds a GitHub table with alignment", () => {
    expect(table(["A", "B"], [["1", "2"]], ["l", "r"])).toBe("| A | B |\n| --- | ---: |\n| 1 | 2 |");
  });

  it("folds a section", () => {
    expect(details("Sum", "Body")).toBe("<details><summary>Sum</summary>\n\nBody\n\n</details>");
  });
});

describe("the tool's own messages", () => {
  it("render their code spans; values from files stay literal inside them and escaped outside", () => {
    const fromFile = "y.md#*bold*-`tick`-<i>@team";
    const message = `Broken link: ${span(fromFile)} points to ${span("y.md")}; see *docs* <b>`;
    expect(message).toBe("Broken link: ``y.md#*bold*-`tick`-<i>@team`` points to `y.md`; see *docs* <b>");
    expect(ownMessage(message)).toBe(
      "Broken link: ``y.md#*bold*-`tick`-<i>@team`` points to `y.md`; see \\*docs\\* &lt;b&gt;",
    );
    // A backtick with no partner is plain text, escaped.
    expect(ownMessage("a ` b")).toBe("a \\` b");
    expect(span("`edge`")).toBe("`` `edge` ``");
  });

  it("a scanner's message is its own text: its backticks are shown, never rendered", () => {
    const f = (dimension: Finding["dimension"]): Finding => ({
      dimension,
      ruleId: "r",
      severity: "high",
      message: "Use `eval` here",
    });
    expect(findingMessage(f("security"))).toBe("Use \\`eval\\` here");
    expect(findingMessage(f("documentation"))).toBe("Use `eval` here");
  });
});
