import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDocumentation } from "../../src/core/documentation/analyze.js";
import { config, FIXTURES, keys, loadDocs } from "./helpers.js";

const dir = path.join(FIXTURES, "links");

async function run() {
  const { files, repoFiles } = loadDocs(dir);
  return analyzeDocumentation({ files, repoFiles, config: config({ markdownlint: false }) });
}

describe("internal links and anchors (fixture tree test/fixtures/docs/links)", () => {
  it("reports exactly the broken links, and nothing in the valid section", async () => {
    const { findings } = await run();
    expect(keys(findings)).toEqual(
      [
        "README.md:48:3 links.missing-file",
        "README.md:49:3 links.case-mismatch",
        "README.md:50:3 links.missing-anchor",
        "README.md:51:3 links.missing-anchor",
        "README.md:52:3 links.undefined-reference",
        "README.md:53:3 links.missing-file",
        "README.md:54:3 links.outside-repository",
        "README.md:55:3 links.missing-file",
        "README.md:56:3 links.missing-anchor",
        "README.md:57:3 links.missing-file",
        "README.md:60:1 links.missing-file",
        "README.md:61:1 links.unused-definition",
      ].sort(),
    );
    // Lines 7-36 are the "Valid" section: not a single finding there.
    expect(findings.filter((f) => (f.line ?? 0) < 46)).toEqual([]);
  });

  it("says what is wrong and suggests the close match", async () => {
    const { findings } = await run();
    const at = (line: number) => findings.find((f) => f.line === line)?.message;
    expect(at(48)).toBe(
      "Broken link: `docs/giude.md` does not exist in the repository. Did you mean `docs/guide.md`? Fix the path or add the file.",
    );
    expect(at(49)).toBe(
      "Broken link on case-sensitive file systems: `docs/setup.md` does not match the case of `docs/Setup.md` (GitHub and Linux treat different case as different files). Write `docs/Setup.md`.",
    );
    expect(at(50)).toContain(
      "`#instalation`, which is not a heading or anchor in `docs/guide.md`. Did you mean `#installation`?",
    );
    expect(at(51)).toContain("`#nowhere`, which is not a heading or anchor in this file.");
    expect(at(52)).toBe(
      "Reference `[nope]` has no definition, so GitHub shows it as plain text. Did you mean `[gone]`? Add a line `[nope]: <url>` or fix the label.",
    );
    expect(at(55)).toBe(
      "Broken link: `docs/no%20such.md` points to `docs/no such.md`, which does not exist in the repository. Fix the path or add the file.",
    );
    expect(at(56)).toContain("`#nope`, which is not a heading or anchor in `docs/api/README.md`.");
    expect(at(57)).toContain("Did you mean `images/logo.png`?");
  });

  it("gives each finding a severity, the tool and the documentation dimension; unused definitions do not count", async () => {
    const { findings } = await run();
    for (const f of findings) {
      expect(f.dimension).toBe("documentation");
      expect(f.tool).toBe("readiness-gate/links");
    }
    const unused = findings.find((f) => f.ruleId === "links.unused-definition");
    expect(unused).toMatchObject({ severity: "info", scored: false });
    expect(findings.filter((f) => f.severity === "medium")).toHaveLength(11);
  });

  it("counts links and anchors and scores them by the documented formula", async () => {
    const { result } = await run();
    expect(result.metrics).toMatchObject({
      files: 6,
      // The unused definition's URL is not checked: nothing can follow it.
      "links-checked": 41,
      "links-valid": 33,
      "broken-links": 8,
      "anchors-checked": 23,
      "anchors-valid": 20,
      "broken-anchors": 3,
      "code-blocks-checked": 1,
      "code-blocks-valid": 1,
      "lint-errors": null,
      findings: 11,
    });
    // weights: internal links 3, anchors 2, code blocks 2; lint is off, external links not checked.
    expect(result.score).toBeCloseTo((100 * (3 * (33 / 41) + 2 * (20 / 23) + 2 * 1)) / 7, 10);
    expect(result.status).toBe("assessed");
    expect(result.target).toBe(90);
  });

  it("resolves a link to a symlinked file when the collector lists it", async () => {
    const { files, repoFiles } = loadDocs(dir);
    expect(repoFiles).toContain("docs/linked.md");
    const without = repoFiles.filter((p) => p !== "docs/linked.md");
    const { findings } = await analyzeDocumentation({
      files,
      repoFiles: without,
      config: config({ markdownlint: false }),
    });
    expect(keys(findings)).toContain("README.md:29:3 links.missing-file");
  });

  it("collects external links without judging them when no checker is given", async () => {
    const { files, repoFiles } = loadDocs(dir);
    const seen: string[][] = [];
    await analyzeDocumentation({
      files,
      repoFiles,
      config: config({ markdownlint: false, "external-links": "off" }),
      externalLinkChecker: {
        check: async (urls) => {
          seen.push([...urls]);
          return new Map();
        },
      },
    });
    expect(seen).toEqual([]);
  });
});
