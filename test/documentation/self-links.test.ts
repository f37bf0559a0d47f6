import { describe, expect, it } from "vitest";
import { analyzeDocumentation } from "../../src/core/documentation/analyze.js";
import type { ExternalLinkChecker, LinkCheckResult } from "../../src/core/documentation/external-links.js";
import { selfLinkResolver } from "../../src/core/documentation/self-links.js";
import { config } from "./helpers.js";

const README = [
  "# Readme",
  "",
  "- [guide](https://github.com/acme/docs/blob/main/guide.md#setup)",
  "- [gone](https://github.com/acme/docs/blob/main/missing.md)",
  "- [docs dir](https://github.com/acme/docs/tree/feature/x/docs)",
  "- [bad anchor](https://github.com/acme/docs/blob/main/guide.md#nope)",
  "- ![raw logo](https://raw.githubusercontent.com/acme/docs/main/img/logo.png)",
  "- [raw gone](https://github.com/acme/docs/raw/main/img/missing.png)",
  "- [pinned](https://github.com/acme/docs/blob/0123abcdef/guide.md)",
  "- [other branch](https://github.com/acme/docs/blob/release/guide.md)",
  "- [head](https://github.com/Acme/Docs/blob/HEAD/guide.md?plain=1#L3)",
  "- [other repo](https://github.com/acme/other/blob/main/guide.md)",
  "",
].join("\n");

const files = [
  { path: "README.md", content: Buffer.from(README) },
  { path: "guide.md", content: Buffer.from("# Guide\n\n## Setup\n") },
  { path: "docs/index.md", content: Buffer.from("# Docs\n") },
];
const repoFiles = [...files.map((f) => f.path), "img/logo.png"];

function recordingChecker(seen: string[]): ExternalLinkChecker {
  return {
    async check(urls) {
      seen.push(...urls);
      return new Map(urls.map((url): [string, LinkCheckResult] => [url, { url, outcome: "ok" }]));
    },
  };
}

describe("absolute links to this repository", () => {
  it("resolve offline against the tree on the default and the PR's branch; pinned commits and other branches stay external", async () => {
    const seen: string[] = [];
    const { findings, result } = await analyzeDocumentation({
      files,
      repoFiles,
      config: config({ markdownlint: false }),
      repository: { owner: "acme", repo: "docs", branches: ["main", "feature/x"] },
      externalLinkChecker: recordingChecker(seen),
    });
    expect(findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.ruleId}: ${f.message}`)).toEqual([
      "README.md:4:3 links.missing-file: Broken link: `https://github.com/acme/docs/blob/main/missing.md` points to `missing.md`, which does not exist in the repository. Fix the path or add the file.",
      'README.md:6:3 links.missing-anchor: Broken anchor: `https://github.com/acme/docs/blob/main/guide.md#nope` points to `#nope`, which is not a heading or anchor in `guide.md`. Link to an existing heading (GitHub slug: lower case, punctuation removed, spaces as hyphens) or add an <a id="…"> anchor.',
      "README.md:8:3 links.missing-file: Broken link: `https://github.com/acme/docs/raw/main/img/missing.png` points to `img/missing.png`, which does not exist in the repository. Fix the path or add the file.",
    ]);
    expect(result.metrics["links-checked"]).toBe(7);
    expect(seen.sort()).toEqual([
      "https://github.com/acme/docs/blob/0123abcdef/guide.md",
      "https://github.com/acme/docs/blob/release/guide.md",
      "https://github.com/acme/other/blob/main/guide.md",
    ]);
  });

  it("the config's repository overrides the one the run derived", async () => {
    const { findings } = await analyzeDocumentation({
      files,
      repoFiles,
      config: config({
        markdownlint: false,
        "external-links": "off",
        repository: { owner: "acme", repo: "docs", branches: ["release"] },
      }),
      repository: { owner: "someone", repo: "fork", branches: ["main"] },
    });
    // Only `release` (and HEAD) now resolve locally: the other-branch link is checked, and it works.
    expect(findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual([]);
  });

  it("splits the longest matching branch name off the path", () => {
    const r = selfLinkResolver({ owner: "o", repo: "r.git", branches: ["release", "release/1.2"] });
    expect(r("https://github.com/o/r/blob/release/1.2/docs/a.md#x")).toEqual({ local: "/docs/a.md#x", kind: "blob" });
    expect(r("https://github.com/o/r/tree/release")).toEqual({ local: "/", kind: "tree" });
    expect(r("https://github.com/o/r/blob/feature/a.md")).toBeNull();
  });
});
