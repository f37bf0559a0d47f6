import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDocumentation } from "../../src/core/documentation/analyze.js";
import { checkJson, checkScript, checkYaml, loadScriptParser } from "../../src/core/documentation/code-syntax.js";
import { shellCommandsOf } from "../../src/core/documentation/shell-syntax.js";
import { config, FIXTURES, keys, loadDocs } from "./helpers.js";

async function run(overrides: Record<string, unknown> = {}) {
  const { files, repoFiles } = loadDocs(path.join(FIXTURES, "code"));
  return analyzeDocumentation({ files, repoFiles, config: config({ markdownlint: false, ...overrides }) });
}

describe("code blocks (fixture test/fixtures/docs/code/examples.md)", () => {
  it("reports each broken example at the exact line and column inside the Markdown file", async () => {
    const { findings } = await run();
    expect(keys(findings)).toEqual([
      "examples.md:11:3 code-blocks.invalid-syntax", // json: missing comma before "debug"
      "examples.md:25:15 code-blocks.invalid-syntax", // yaml: unclosed flow sequence
      "examples.md:35:3 code-blocks.invalid-syntax", // javascript: `return` after a broken parameter list
      "examples.md:45:10 code-blocks.invalid-syntax", // typescript: `const x: = 5`
      "examples.md:54:1 code-blocks.invalid-syntax", // sh: `if` without `fi`
      "examples.md:61:8 code-blocks.invalid-syntax", // console: unterminated quote in a `$ ` command
      "examples.md:64:1 code-blocks.require-language",
      "examples.md:73:10 code-blocks.invalid-syntax", // json inside a list item (indented fence)
      "examples.md:77:13 code-blocks.invalid-syntax", // yaml inside a block quote
    ]);
  });

  it("explains the problem and the fix", async () => {
    const { findings } = await run();
    const at = (line: number) => findings.find((f) => f.line === line)?.message;
    expect(at(11)).toBe(
      "Broken `json` example: invalid JSON: a comma was expected. Fix the example, or tag the block `text` if it is not meant to be valid json.",
    );
    expect(at(35)).toBe(
      "Broken `javascript` example: invalid JavaScript: Unexpected keyword 'return'. Fix the example, or tag the block `text` if it is not meant to be valid javascript.",
    );
    expect(at(54)).toContain("invalid shell syntax: `if` statement must end with `fi`");
    expect(at(64)).toContain("Code block without a language tag.");
  });

  it("counts blocks: fenced blocks are checked, indented ones are not; other languages are not validated", async () => {
    const { result, findings } = await run();
    expect(result.metrics).toMatchObject({
      "code-blocks-checked": 15,
      "code-blocks-valid": 7,
      "invalid-code-blocks": 8,
      "missing-language": 0,
    });
    // A missing tag is advice by default: shown, not scored.
    expect(findings.find((f) => f.ruleId === "code-blocks.require-language")).toMatchObject({
      severity: "info",
      scored: false,
    });
    expect(result.score).toBeCloseTo((100 * 7) / 15, 10); // only the code-blocks family
  });

  it("scores a missing tag when the configuration requires one", async () => {
    const { result, findings } = await run({ "code-blocks": { "require-language": true } });
    expect(result.metrics).toMatchObject({ "code-blocks-valid": 6, "missing-language": 1 });
    const f = findings.find((x) => x.ruleId === "code-blocks.require-language");
    expect(f?.severity).toBe("low");
    expect(f?.scored).toBeUndefined();
    expect(result.score).toBeCloseTo(40, 10); // 100 × 6 / 15
  });

  it("checks only the configured languages, and no language tag when require-language is off", async () => {
    const { findings } = await run({ "code-blocks": { "require-language": false, validate: ["json"] } });
    expect(keys(findings)).toEqual([
      "examples.md:11:3 code-blocks.invalid-syntax",
      "examples.md:73:10 code-blocks.invalid-syntax",
    ]);
  });
});

describe("syntax checkers", () => {
  it("json is strict; jsonc allows comments and trailing commas", () => {
    expect(checkJson('{"a": 1}', "json")).toBeNull();
    expect(checkJson('{"a": 1,}', "json")).toEqual({
      message: "invalid JSON: a property name in double quotes was expected",
      line: 1,
      column: 9,
    });
    expect(checkJson('{\n  // c\n  "a": 1\n}', "json")).toEqual({
      message: "invalid JSON: comments are not allowed in JSON (tag the block jsonc if it has comments)",
      line: 2,
      column: 3,
    });
    expect(checkJson('{\n  // c\n  "a": 1,\n}', "jsonc")).toBeNull();
  });

  it("yaml reports duplicate keys and multi-document streams are fine", () => {
    expect(checkYaml("a: 1\n---\nb: 2\n")).toBeNull();
    expect(checkYaml("a: 1\na: 2\n")).toMatchObject({ line: 2, column: 1 });
  });

  it("js and ts snippets may use top-level await, imports, JSX and types", async () => {
    await loadScriptParser();
    expect(checkScript("import x from 'y';\nawait x();\nconst el = <div>{x}</div>;", "javascript", "js")).toBeNull();
    expect(
      checkScript("const n: number = await f<string>();\nexport type T = { a?: string };", "typescript", "ts"),
    ).toBeNull();
    expect(checkScript("const a = ;", "javascript", "js")).toEqual({
      message: "invalid JavaScript: Unexpected token",
      line: 1,
      column: 11,
    });
  });

  it("console blocks keep only `$ ` commands and their continuations, one script per command", () => {
    const s = shellCommandsOf("$ npm ci \\\n  --silent\nadded 3 packages\n$ npm test", "console");
    expect(s).toEqual([
      {
        script: "npm ci \\\n  --silent",
        lines: [
          { blockLine: 1, shift: 2 },
          { blockLine: 2, shift: 0 },
        ],
      },
      { script: "npm test", lines: [{ blockLine: 4, shift: 2 }] },
    ]);
  });
});
