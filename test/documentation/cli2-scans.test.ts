import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { DocJob } from "../../src/core/documentation/doc-work.js";

// Which files the pool is asked to parse: those without a scan made from markdownlint-cli2's tokens.
const pooled: string[][] = [];
vi.mock("../../src/core/documentation/doc-pool.js", async (importOriginal) => {
  const orig = await importOriginal<typeof import("../../src/core/documentation/doc-pool.js")>();
  return {
    ...orig,
    processDocs: (
      jobs: readonly DocJob[],
      ...rest: Parameters<typeof orig.processDocs> extends [unknown, ...infer R] ? R : never
    ) => {
      pooled.push(jobs.map((j) => j.path));
      return orig.processDocs(jobs, ...rest);
    },
  };
});

const { analyzeDocumentation } = await import("../../src/core/documentation/analyze.js");
const { configSchema } = await import("../../src/core/config/schema.js");
const { collect } = await import("../../src/engine/sources/fs/collect.js");
const { lintWithCli2 } = await import("../../src/engine/sources/fs/markdownlint-cli2.js");

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), "rg-cli2-scans-"));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    writeFileSync(path.join(root, p), content);
  }
  return root;
}

/** The findings and details, with and without the scans made from cli2's tokens, and what the pool got each time. */
async function both(root: string) {
  const cfg = configSchema.parse({ documentation: { "external-links": "off" } });
  const input = await collect({ root, config: cfg });
  const services = input.documentationServices ?? {};
  const run = async (withScans: boolean) => {
    pooled.length = 0;
    const { precomputedScans, ...rest } = services;
    const out = await analyzeDocumentation({
      files: input.docs,
      repoFiles: input.repo.files(),
      config: cfg.documentation,
      ...rest,
      ...(withScans && precomputedScans ? { precomputedScans } : {}),
      docWorker: false,
    });
    return { out, pool: pooled.flat() };
  };
  const plain = await run(false);
  const pre = await run(true);
  const lines = (o: typeof plain.out) =>
    o.findings.map((f) => `${f.path}:${f.line}:${f.column}: ${f.ruleId} ${f.message}`);
  return { plain, pre, lines, scanned: [...(services.precomputedScans?.keys() ?? [])].sort() };
}

const README = [
  "# Project",
  "",
  "See [the guide](docs/guide.md#usage), [nowhere](docs/missing.md) and [a bad anchor](#nope).",
  "",
  "* star list item",
  "",
  "```sh",
  "echo hi",
  "```",
  "",
  "```",
  "no language",
  "```",
  "",
].join("\n");

describe("the documentation scan from markdownlint-cli2's tokens", () => {
  it("with a declarative .markdownlint.jsonc: the same findings, and the pool parses only the files without a scan", async () => {
    const root = tree({
      ".markdownlint.jsonc": '// the project\'s style\n{ "MD004": { "style": "dash" }, "MD013": false }\n',
      "README.md": README,
      "docs/guide.md": "---\ntitle: Guide\n---\n\n# Guide\n\n## Usage\n\nBack to [the top](../README.md#project).\n",
      // A byte-order mark and Windows line endings: markdownlint sees the same text as the reader.
      "docs/bom.md": `\uFEFF# BOM\r\n\r\nA [link](guide.md#usage) and [a broken one](guide.md#gone).\r\n`,
      // TOML front matter: the token scan leaves it to remark, so cli2's run records nothing for it.
      "docs/toml.md": "+++\ntitle = 'x'\n+++\n\n# Toml\n\n[gone](nowhere.md)\n",
      // Every rule off, the capturing one too: no scan, the worker parses it.
      "docs/off.md": '<!-- markdownlint-configure-file { "default": false } -->\n\n# Off\n\n[gone](gone.md)\n',
    });
    const { plain, pre, lines, scanned } = await both(root);
    expect(scanned).toEqual(["README.md", "docs/bom.md", "docs/guide.md"]);
    expect(plain.pool).toEqual(["README.md", "docs/bom.md", "docs/guide.md", "docs/off.md", "docs/toml.md"]);
    expect(pre.pool).toEqual(["docs/off.md", "docs/toml.md"]);
    expect(lines(pre.out)).toEqual(lines(plain.out));
    expect(pre.out).toEqual(plain.out);
    expect(lines(pre.out)).toEqual([
      'docs/bom.md:3:4: markdownlint/MD059 Link text should be descriptive (at "[link]"). See descriptive-link-text in the markdownlint rules.',
      'docs/bom.md:3:30: links.missing-anchor Broken anchor: `guide.md#gone` points to `#gone`, which is not a heading or anchor in `docs/guide.md`. Link to an existing heading (GitHub slug: lower case, punctuation removed, spaces as hyphens) or add an <a id="…"> anchor.',
      'docs/guide.md:5:1: markdownlint/MD025 Multiple top-level headings in the same document (at "Guide"). See single-title in the markdownlint rules.',
      "docs/off.md:5:1: links.missing-file Broken link: `gone.md` points to `docs/gone.md`, which does not exist in the repository. Fix the path or add the file.",
      'docs/toml.md:5:1: markdownlint/MD025 Multiple top-level headings in the same document (at "Toml"). See single-title in the markdownlint rules.',
      "docs/toml.md:7:1: links.missing-file Broken link: `nowhere.md` points to `docs/nowhere.md`, which does not exist in the repository. Fix the path or add the file.",
      "README.md:3:39: links.missing-file Broken link: `docs/missing.md` does not exist in the repository. Fix the path or add the file.",
      'README.md:3:70: links.missing-anchor Broken anchor: `#nope` points to `#nope`, which is not a heading or anchor in this file. Link to an existing heading (GitHub slug: lower case, punctuation removed, spaces as hyphens) or add an <a id="…"> anchor.',
      "README.md:5:1: markdownlint/MD004 Unordered list style: Expected: dash; Actual: asterisk. See ul-style in the markdownlint rules; markdownlint --fix can correct it.",
      "README.md:11:1: code-blocks.require-language Code block without a language tag. Add one after the opening fence (for example ```bash, ```json or ```text) so that GitHub highlights it and the example can be checked.",
    ]);
  });

  it("with per-directory configurations and a `default: false` directory: those files go to the pool, the rest not", async () => {
    const root = tree({
      ".markdownlint.jsonc": '{ "MD013": false }\n',
      "README.md": "# Top\n\n[in](sub/a.md#a) [out](off/b.md#nope)\n",
      "sub/.markdownlint.yaml": "MD001: false\n",
      "sub/a.md": "# A\n\n### skipped level\n\n[up](../README.md#top)\n",
      "off/.markdownlint.jsonc": '{ "default": false }\n',
      "off/b.md": "# B\n\n### skipped level\n\n[gone](../gone.md)\n",
    });
    const { plain, pre, lines, scanned } = await both(root);
    expect(scanned).toEqual(["README.md", "sub/a.md"]);
    expect(pre.pool).toEqual(["off/b.md"]);
    expect(plain.pool).toEqual(["README.md", "off/b.md", "sub/a.md"]);
    expect(pre.out).toEqual(plain.out);
    expect(lines(pre.out)).toEqual([
      "off/b.md:5:1: links.missing-file Broken link: `../gone.md` points to `gone.md`, which does not exist in the repository. Fix the path or add the file.",
      'README.md:3:18: links.missing-anchor Broken anchor: `off/b.md#nope` points to `#nope`, which is not a heading or anchor in `off/b.md`. Link to an existing heading (GitHub slug: lower case, punctuation removed, spaces as hyphens) or add an <a id="…"> anchor.',
    ]);
  });

  it("leaves cli2's results and messages as they are", async () => {
    const root = tree({
      ".markdownlint-cli2.jsonc": '{ "customRules": ["./rule.cjs"], "config": { "MD013": false } }\n',
      "rule.cjs":
        "module.exports = { names: ['no-foo'], description: 'x', tags: ['x'], function: (p, onError) => onError({ lineNumber: 1 }) };\n",
      "README.md": "# Top\n\n* a\n- b\n",
    });
    const paths = ["README.md"];
    const [a, b] = [[] as string[], [] as string[]];
    const scans = new Map();
    const withScans = await lintWithCli2(root, paths, a, scans);
    expect(await lintWithCli2(root, paths, b)).toEqual(withScans);
    expect(a).toEqual(b);
    expect([...scans.keys()]).toEqual(["README.md"]);
    expect(withScans?.results["README.md"]?.map((e) => `${e.lineNumber} ${e.ruleNames[0]}`)).toEqual([
      "3 MD032",
      "4 MD004",
      "4 MD032",
    ]);
  });
});
