import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processDoc } from "../../src/core/documentation/doc-work.js";
import { lintConfiguration } from "../../src/core/documentation/lint.js";
import { lintFile } from "../../src/core/documentation/lint-run.js";
import { parseMarkdown } from "../../src/core/documentation/parse-markdown.js";
import { scanTree } from "../../src/core/documentation/scan.js";
import { plain, withoutYamlFrontMatter } from "../../scripts/scan-parity-lib.js";

function* markdownFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* markdownFiles(p);
    else if (e.name.endsWith(".md")) yield p;
  }
}

const files = new Map<string, string>();
for (const f of markdownFiles("test/fixtures")) files.set(f, readFileSync(f, "utf8"));
files.set(
  "inline.md",
  "# T\n\n<!-- markdownlint-disable MD009 -->\ntrailing   \n<!-- markdownlint-enable MD009 -->\n\n*  bad list\n",
);
files.set("off.md", '<!-- markdownlint-configure-file { "default": false } -->\n# T\n\n[a](a.md)\n');

/** What the work was before the scan came from markdownlint's tokens: remark's scan, then markdownlint alone. */
function remarkScan(text: string) {
  const t = withoutYamlFrontMatter(text);
  return plain(scanTree(parseMarkdown(t), t));
}

describe("processDoc: markdownlint once per file, for the lint and the scan", () => {
  for (const [name, repoConfig] of [
    ["its default configuration", undefined],
    ["a repository's configuration", { default: true, MD013: { line_length: 40 }, MD033: false }],
  ] as const) {
    it(`lints exactly as markdownlint alone does, with ${name}, and scans as remark does (YAML front matter apart)`, async () => {
      const config = lintConfiguration(repoConfig);
      let suppressed = 0;
      for (const [path, text] of files) {
        const out = await processDoc(path, text, config);
        expect(out.lint, path).toEqual(await lintFile(path, text, config));
        expect(out.scan && plain(out.scan), path).toEqual(remarkScan(text));
        if (out.lint && "suppressed" in out.lint) suppressed += out.lint.suppressed.length;
      }
      expect(suppressed).toBeGreaterThan(0);
    });
  }

  it("counts what an inline comment suppressed, also when a comment switches every rule off (remark then scans)", async () => {
    const config = lintConfiguration(undefined);
    const inline = await processDoc("inline.md", files.get("inline.md") as string, config);
    expect(inline.lint).toEqual({
      errors: expect.any(Array),
      suppressed: [{ path: "inline.md", line: 4, ruleId: "markdownlint/MD009" }],
    });
    const off = await processDoc("off.md", files.get("off.md") as string, config);
    expect(off).toEqual({ scan: expect.any(Object), lint: { errors: [], suppressed: [] } });
    expect(off.scan && plain(off.scan)).toEqual(remarkScan(files.get("off.md") as string));
  });

  it("with no markdownlint configuration (off, or linted beforehand) scans from its tokens and gives no lint", async () => {
    for (const [path, text] of files) {
      const out = await processDoc(path, text, undefined);
      expect(out.lint, path).toBeUndefined();
      expect(out.scan && plain(out.scan), path).toEqual(remarkScan(text));
    }
  });
});
