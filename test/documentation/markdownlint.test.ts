import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMarkdownlintConfig } from "../../src/engine/sources/fs/markdownlint-config.js";
import { analyzeDocumentation } from "../../src/core/documentation/analyze.js";
import { config, FIXTURES, keys, loadDocs } from "./helpers.js";

const dir = path.join(FIXTURES, "lint");

describe("markdownlint with the repository's configuration", () => {
  it("reads .markdownlint.jsonc with comments, trailing commas and extends", async () => {
    const notices: string[] = [];
    expect(await loadMarkdownlintConfig(dir, notices)).toEqual({
      default: true,
      MD041: false,
      MD013: false,
      MD004: { style: "asterisk" },
    });
    expect(notices).toEqual([]);
  });

  it("applies it: MD004 asterisk style and MD009 fire, MD013 is off; MD040/MD051 are left to our own checks", async () => {
    const markdownlintConfig = await loadMarkdownlintConfig(dir, []);
    const { files, repoFiles } = loadDocs(dir);
    const { findings, result } = await analyzeDocumentation({
      files: files.filter((f) => f.path === "page.md"),
      repoFiles,
      config: config(),
      ...(markdownlintConfig ? { markdownlintConfig } : {}),
    });
    expect(keys(findings)).toEqual([
      "page.md:12:1 links.missing-anchor",
      "page.md:3:1 markdownlint/MD004",
      "page.md:5:21 markdownlint/MD009",
      "page.md:8:1 code-blocks.require-language",
    ]);
    const md009 = findings.find((f) => f.ruleId === "markdownlint/MD009");
    expect(md009).toMatchObject({
      tool: "markdownlint",
      severity: "low",
      message:
        "Trailing spaces: Expected: 0 or 2; Actual: 3. See no-trailing-spaces in the markdownlint rules; markdownlint --fix can correct it.",
      url: "https://github.com/DavidAnson/markdownlint/blob/v0.40.0/doc/md009.md",
    });
    expect(result.metrics["lint-errors"]).toBe(2);
    expect(result.details?.lint).toBe("repository");
    // anchors 0/1 (w2), code blocks 1/1 (w2: the untagged block is advice), lint 0/1 file (w1).
    expect(result.score).toBe(40);
  });

  it("turns a broken config into a notice and lints with the defaults", async () => {
    const notices: string[] = [];
    const broken = path.join(dir, "broken-config");
    expect(await loadMarkdownlintConfig(broken, notices)).toBeUndefined();
    expect(notices).toEqual([
      ".markdownlint-cli2.jsonc could not be used (invalid JSON at line 1: CloseBraceExpected); markdownlint ran with readiness-gate's default rules",
    ]);
    const { files, repoFiles } = loadDocs(broken);
    const { findings, result } = await analyzeDocumentation({
      files,
      repoFiles,
      config: config({ markdownlint: true }),
    });
    expect(keys(findings)).toEqual(["page.md:1:7 markdownlint/MD009"]);
    expect(result.details?.lint).toBe("default");
    expect(result.score).toBe(0);
  });

  it("reads the rules under `config` in .markdownlint-cli2.yaml, and YAML errors become notices", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "rg-mdl-"));
    writeFileSync(path.join(root, ".markdownlint-cli2.yaml"), "config:\n  MD009: false\nglobs: ['**/*.md']\n");
    expect(await loadMarkdownlintConfig(root, [])).toEqual({ MD009: false });
    const bad = mkdtempSync(path.join(tmpdir(), "rg-mdl-"));
    writeFileSync(path.join(bad, ".markdownlint.yaml"), "MD009: [unclosed\n");
    const notices: string[] = [];
    expect(await loadMarkdownlintConfig(bad, notices)).toBeUndefined();
    expect(notices[0]).toMatch(/^\.markdownlint\.yaml could not be used \(invalid YAML: /);
    const none = mkdtempSync(path.join(tmpdir(), "rg-mdl-"));
    expect(await loadMarkdownlintConfig(none, [])).toBeUndefined();
  });

  it("can be switched off", async () => {
    const { files, repoFiles } = loadDocs(path.join(dir, "broken-config"));
    const { findings, result } = await analyzeDocumentation({
      files,
      repoFiles,
      config: config({ markdownlint: false }),
    });
    expect(findings).toEqual([]);
    expect(result.metrics["lint-errors"]).toBeNull();
    expect(result.status).toBe("not-assessed");
    expect(result.reason).toBe("nothing in the documentation files could be checked");
  });
});
