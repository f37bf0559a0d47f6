import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDocumentation } from "../../src/core/documentation/analyze.js";
import { judgeJson, judgeYaml } from "../../src/core/documentation/code-intent.js";
import type { Finding } from "../../src/core/model/report.js";
import { config, FIXTURES, keys, loadDocs } from "./helpers.js";

/**
 * Fixture trees modelled on what real documentation shows (test/fixtures/docs/intent): every file has "Valid"
 * sections (no finding allowed), "Advice" sections (only unscored advice) and "Broken" or "Mistakes" sections
 * (each case exactly one finding).
 */
const ROOT = path.join(FIXTURES, "intent");

async function run(tree: string) {
  const { files, repoFiles } = loadDocs(path.join(ROOT, tree));
  return analyzeDocumentation({ files, repoFiles, config: config({ markdownlint: false }) });
}

/** Line ranges of the `## ` sections of a fixture file, by title. */
function sections(file: string): Map<string, [number, number]> {
  const lines = readFileSync(file, "utf8").split("\n");
  const out = new Map<string, [number, number]>();
  let title = "";
  let start = 1;
  lines.forEach((l, i) => {
    if (l.startsWith("## ")) {
      if (title) out.set(title, [start, i]);
      title = l.slice(3).trim();
      start = i + 1;
    }
  });
  if (title) out.set(title, [start, lines.length]);
  return out;
}

function inSection(findings: readonly Finding[], dir: string, file: string, title: string): Finding[] {
  const range = sections(path.join(ROOT, dir, file)).get(title);
  if (!range) throw new Error(`${file} has no section ${title}`);
  return findings.filter((f) => f.path === file && (f.line ?? 0) >= range[0] && (f.line ?? 0) <= range[1]);
}

/** Fenced blocks opened in a section (every other fence line closes one). */
function fencesIn(dir: string, file: string, title: string): number {
  const range = sections(path.join(ROOT, dir, file)).get(title) as [number, number];
  const lines = readFileSync(path.join(ROOT, dir, file), "utf8")
    .split("\n")
    .slice(range[0] - 1, range[1]);
  return lines.filter((l) => l.startsWith("```")).length / 2;
}

describe("code blocks judged by intent (test/fixtures/docs/intent/code)", () => {
  it("reports exactly the broken examples and the advice, at the exact place", async () => {
    const { findings } = await run("code");
    expect(keys(findings)).toEqual(
      [
        "alternatives.md:9:1 code-blocks.duplicate-key",
        "alternatives.md:14:1 code-blocks.duplicate-key",
        "alternatives.md:20:3 code-blocks.duplicate-key",
        "alternatives.md:26:3 code-blocks.duplicate-key",
        "alternatives.md:32:3 code-blocks.duplicate-key",
        "alternatives.md:62:6 code-blocks.invalid-syntax",
        "alternatives.md:66:18 code-blocks.invalid-syntax",
        "alternatives.md:70:20 code-blocks.invalid-syntax",
        "alternatives.md:74:33 code-blocks.invalid-syntax",
        "alternatives.md:78:29 code-blocks.invalid-syntax",
        "elisions.md:62:15 code-blocks.invalid-syntax",
        "elisions.md:68:3 code-blocks.invalid-syntax",
        "elisions.md:74:27 code-blocks.invalid-syntax",
        "elisions.md:80:1 code-blocks.invalid-syntax",
        "elisions.md:87:8 code-blocks.invalid-syntax",
        "fragments.md:44:1 code-blocks.duplicate-key",
        "fragments.md:47:1 code-blocks.require-language",
        "fragments.md:51:1 code-blocks.require-language",
        "fragments.md:59:7 code-blocks.invalid-syntax",
        "fragments.md:65:3 code-blocks.invalid-syntax",
        "fragments.md:70:10 code-blocks.invalid-syntax",
        "fragments.md:76:6 code-blocks.invalid-syntax",
        "fragments.md:83:13 code-blocks.invalid-syntax",
        "notations.md:44:3 code-blocks.language-tag",
        "notations.md:51:1 code-blocks.language-tag",
        "notations.md:60:3 code-blocks.invalid-syntax",
        "notations.md:67:3 code-blocks.invalid-syntax",
        "notations.md:73:17 code-blocks.invalid-syntax",
        "notations.md:78:7 code-blocks.invalid-syntax",
        "notations.md:83:3 code-blocks.invalid-syntax",
        "sessions.md:52:8 code-blocks.invalid-syntax",
        "sessions.md:56:3 code-blocks.invalid-syntax",
        "sessions.md:62:3 code-blocks.invalid-syntax",
        "sessions.md:66:5 code-blocks.invalid-syntax",
        "sessions.md:73:13 code-blocks.invalid-syntax",
      ].sort(),
    );
  });

  it("raises nothing on the valid illustrations, only unscored advice in the advice sections, one finding per broken block", async () => {
    const { findings } = await run("code");
    for (const file of ["elisions.md", "sessions.md", "notations.md", "fragments.md", "alternatives.md"]) {
      const titles = [...sections(path.join(ROOT, "code", file)).keys()];
      for (const title of titles) {
        const here = inSection(findings, "code", file, title);
        if (title === "Valid") expect(here, `${file} ${title}`).toEqual([]);
        if (title === "Advice") {
          expect(here.length, `${file} ${title}`).toBe(fencesIn("code", file, title));
          for (const f of here) expect(f).toMatchObject({ severity: "info", scored: false });
        }
        if (title === "Broken") {
          expect(here.length, `${file} ${title}`).toBe(fencesIn("code", file, title));
          for (const f of here) expect(f).toMatchObject({ ruleId: "code-blocks.invalid-syntax", severity: "low" });
        }
      }
    }
  });

  it("names the actual cause", async () => {
    const { findings } = await run("code");
    const at = (file: string, line: number) => findings.find((f) => f.path === file && f.line === line)?.message;
    expect(at("notations.md", 44)).toBe(
      "This `json` example has comments, which JSON does not allow: tag the block `jsonc` (or `json5`) so that readers and tools know it is not plain JSON.",
    );
    expect(at("notations.md", 51)).toContain("tag the block `jsonl` (JSON Lines)");
    expect(at("notations.md", 73)).toBe(
      "Broken `json lines` example: invalid JSON line: a closing } was expected. Fix the example, or tag the block `text` if it is not meant to be valid json lines.",
    );
    expect(at("alternatives.md", 9)).toBe(
      "This `yaml` example repeats the key `scheme`: a YAML parser keeps only one of them or refuses the file. Fine when alternatives are shown side by side; otherwise remove one.",
    );
    expect(at("sessions.md", 66)).toContain("invalid shell syntax: unclosed here-document `EOF`");
    expect(at("elisions.md", 68)).toContain("invalid JSON: a comma was expected");
  });

  it("keeps the code-block family's score to what is broken: advice does not count", async () => {
    const { result } = await run("code");
    expect(result.metrics).toMatchObject({
      "code-blocks-checked": 65,
      "code-blocks-valid": 40,
      "invalid-code-blocks": 25,
      "missing-language": 0,
    });
  });
});

describe("links as GitHub renders them (test/fixtures/docs/intent/links)", () => {
  it("reports exactly the dead definitions, duplicates, stripped ids, scheme-less URLs, placeholders and meant references", async () => {
    const { findings } = await run("links");
    expect(keys(findings)).toEqual(
      [
        "definitions.md:15:1 links.unused-definition",
        "definitions.md:16:1 links.unused-definition",
        "definitions.md:17:1 links.unused-definition",
        "definitions.md:18:1 links.unused-definition",
        "definitions.md:19:1 links.unused-definition",
        "definitions.md:20:1 links.duplicate-definition",
        "definitions.md:21:1 links.duplicate-definition",
        "definitions.md:22:1 links.duplicate-definition",
        "definitions.md:24:1 links.duplicate-definition",
        "definitions.md:28:1 links.missing-file",
        "html-ids.md:13:3 links.missing-anchor",
        "html-ids.md:14:3 links.missing-anchor",
        "html-ids.md:15:3 links.missing-anchor",
        "html-ids.md:16:3 links.missing-anchor",
        "html-ids.md:17:3 links.missing-anchor",
        "notes.md:25:11 links.undefined-reference",
        "notes.md:26:8 links.undefined-reference",
        "paths.md:14:3 links.outside-repository",
        "paths.md:15:3 links.missing-file",
        "paths.md:16:3 links.missing-file",
        "paths.md:17:3 links.missing-file",
        "paths.md:18:3 links.missing-file",
        "paths.md:19:3 links.missing-file",
        "proposal.md:13:8 links.undefined-reference",
        "proposal.md:14:8 links.undefined-reference",
        "proposal.md:15:15 links.undefined-reference",
        "proposal.md:16:20 links.undefined-reference",
        "proposal.md:17:9 links.undefined-reference",
        "proposal.md:17:28 links.undefined-reference",
        "proposal.md:18:15 links.undefined-reference",
        "proposal.md:19:8 links.undefined-reference",
        "proposal.md:20:8 links.undefined-reference",
        "proposal.md:21:8 links.undefined-reference",
        "proposal.md:23:1 links.unused-definition",
        "proposal.md:24:1 links.unused-definition",
        "proposal.md:25:1 links.unused-definition",
        "refs.md:15:4 links.undefined-reference",
        "refs.md:16:4 links.undefined-reference",
        "refs.md:17:4 links.undefined-reference",
        "refs.md:18:4 links.undefined-reference",
        "refs.md:19:4 links.undefined-reference",
        "refs.md:20:4 links.undefined-reference",
      ].sort(),
    );
  });

  it("raises nothing in the valid sections and on bracketed prose", async () => {
    const { findings } = await run("links");
    for (const [file, title] of [
      ["definitions.md", "Valid"],
      ["refs.md", "Valid"],
      ["notes.md", "Prose"],
      ["proposal.md", "Prose"],
      ["html-ids.md", "Valid"],
      ["paths.md", "Valid"],
    ] as const)
      expect(inSection(findings, "links", file, title), `${file} ${title}`).toEqual([]);
    expect(findings.filter((f) => f.path === "README.md" || f.path === "docs/target.md")).toEqual([]);
  });

  it("scores neither dead nor duplicate definitions as broken links", async () => {
    const { findings, result } = await run("links");
    for (const f of findings.filter((x) => x.ruleId.endsWith("-definition"))) expect(f.scored).toBe(false);
    // definitions.md: 5 used definitions checked at their definition (plus [dup] and [used-broken]), none of the dead.
    expect(result.metrics["broken-links"]).toBe(25);
  });

  it("says why an id does not anchor, and what a scheme-less URL or a placeholder needs", async () => {
    const { findings } = await run("links");
    const at = (file: string, line: number) => findings.find((f) => f.path === file && f.line === line)?.message;
    expect(at("html-ids.md", 13)).toBe(
      'Broken anchor on GitHub: `docs/target.md#s1` points to `#s1`, an `id` on an HTML element other than <a> in `docs/target.md`; GitHub strips this id when it renders the page. Use <a id="s1"></a> (or <a name="…">) instead, or link to a heading.',
    );
    expect(at("paths.md", 15)).toBe(
      "Broken link: `www.boost.org/libs/regex` does not exist in the repository. It looks like a web address without its scheme: add `https://` (`https://www.boost.org/libs/regex`). Fix the path or add the file.",
    );
    expect(at("paths.md", 18)).toBe(
      "Broken link: `docs/<version>/guide.md` does not exist in the repository. `<version>` looks like a placeholder: write the real path, or show the pattern in code (`…`) instead of a link. Fix the path or add the file.",
    );
    expect(at("definitions.md", 24)).toBe(
      "Reference definition `[DUP]` repeats the label defined on line 23; only the first definition is used, so this one never is. Remove it or give it its own label.",
    );
  });
});

describe("illustration handling on large input", () => {
  it("replaces thousands of placeholders and still finds the one real error", () => {
    const many = Array.from({ length: 3000 }, (_, i) => `  "k${i}": <v${i}>,`).join("\n");
    expect(judgeJson(`{\n${many}\n}`, "json")).toEqual({ problem: null });
    expect(judgeJson(`{\n${many}\n  "x": 1\n  "y": 2\n}`, "json")).toEqual({
      problem: { message: "invalid JSON: a comma was expected", line: 3003, column: 3 },
    });
  });

  it("reads a 20,000-character line of spaces after an elision in linear time (the test would time out otherwise)", () => {
    const line = `...${" ".repeat(20_000)}x`;
    expect(judgeYaml(`a:\n  ${line}\n`).problem).toBeNull();
    expect(judgeJson(`[${line}]`, "json").problem?.message).toBe("invalid JSON: unexpected character");
  });
});
