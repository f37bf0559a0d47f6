import { describe, expect, it } from "vitest";
import { analyzeDocumentation, type DocFile } from "../../src/core/documentation/analyze.js";
import { complexityProblem, decodeDoc } from "../../src/core/documentation/read-doc.js";
import { config, keys } from "./helpers.js";

async function run(files: DocFile[]) {
  return analyzeDocumentation({ files, repoFiles: files.map((f) => f.path), config: config() });
}

const good: DocFile = { path: "ok.md", content: Buffer.from("# Fine\n\nSee [below](#fine).\n") };

describe("bad input: each file is reported by name and the run goes on", () => {
  it("a file that is not UTF-8", async () => {
    const latin1 = Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]); // "# Café" in Latin-1
    const { findings, result } = await run([{ path: "latin1.md", content: latin1 }, good]);
    expect(keys(findings)).toEqual(["latin1.md:1:1 documentation.unreadable"]);
    expect(findings[0]?.message).toBe("latin1.md is not valid UTF-8 text; save it as UTF-8; it was not checked.");
    expect(result.details?.unreadable).toEqual([
      { path: "latin1.md", reason: "is not valid UTF-8 text; save it as UTF-8" },
    ]);
    expect(result.metrics).toMatchObject({ files: 2, unreadable: 1, "anchors-valid": 1 });
  });

  it("a binary file with a .md name", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const { findings } = await run([{ path: "logo.md", content: png }, good]);
    expect(findings.map((f) => f.message)).toEqual([
      "logo.md looks like a binary file (it contains NUL bytes), not Markdown; it was not checked.",
    ]);
  });

  it("10,000-deep block quotes and lists are refused before parsing, quickly", async () => {
    const quotes = `${"> ".repeat(10_000)}deep\n`;
    const lists = Array.from({ length: 10_000 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n");
    const { findings, result } = await run([
      { path: "quotes.md", content: Buffer.from(quotes) },
      { path: "lists.md", content: Buffer.from(lists) },
      good,
    ]);
    expect(keys(findings)).toEqual([
      "lists.md:101:1 documentation.not-parsed",
      "quotes.md:1:1 documentation.not-parsed",
    ]);
    expect(findings.find((f) => f.path === "quotes.md")?.message).toBe(
      "quotes.md was not checked: nesting is deeper than 100 levels at line 1 (block quotes or lists); flatten it or exclude the file.",
    );
    expect(result.status).toBe("assessed");
  });

  it("nesting within the limit still parses", () => {
    expect(complexityProblem(`${"> ".repeat(100)}x`)).toBeNull();
    expect(complexityProblem(`${"> ".repeat(101)}x`)?.line).toBe(1);
  });

  it("a 4 MB single-line file is refused with the line named", async () => {
    const huge = "word [x](y.md) ".repeat(4_000_000 / 15);
    const { findings } = await run([{ path: "huge.md", content: Buffer.from(huge) }, good]);
    expect(keys(findings)).toEqual(["huge.md:1:1 documentation.not-parsed"]);
    expect(findings[0]?.message).toBe(
      "huge.md was not checked: line 1 is 3,999,990 characters long (more than 20,000); break it up or exclude the file.",
    );
  });

  it("a paragraph that runs for more than 200,000 characters without a blank line", () => {
    const text = `# T\n\n${"short line of prose\n".repeat(12_000)}`;
    expect(complexityProblem(text)).toEqual({
      reason:
        "the paragraph starting at line 3 is over 200,000 characters without a blank line; split it or exclude the file",
      line: 3,
    });
  });

  it("string content with a BOM and empty files are fine", async () => {
    expect(decodeDoc("\ufeff# Title")).toEqual({ ok: true, text: "# Title" });
    expect(decodeDoc(Buffer.from([0xef, 0xbb, 0xbf, 0x23]))).toEqual({ ok: true, text: "#" });
    const { findings, result } = await run([{ path: "empty.md", content: Buffer.alloc(0) }]);
    expect(findings).toEqual([]);
    expect(result.metrics).toMatchObject({ files: 1, lines: 0 });
  });

  it("no files at all is not assessed, never a free 100", async () => {
    const { result } = await run([]);
    expect(result).toMatchObject({
      status: "not-assessed",
      score: null,
      reason: "no Markdown files matched documentation.include",
    });
  });
});
