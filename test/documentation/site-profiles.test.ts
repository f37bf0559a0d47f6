import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDocumentation } from "../../src/core/documentation/analyze.js";
import { configSchema } from "../../src/core/config/schema.js";
import { collect } from "../../src/engine/sources/fs/collect.js";
import { notAssessed } from "../../src/core/dimension.js";
import type { Report } from "../../src/core/model/report.js";
import { documentationMarkdown } from "../../src/core/render/sections/documentation.js";
import { config, FIXTURES, keys, loadDocs } from "./helpers.js";

const SITES = path.join(FIXTURES, "sites");

/** Collects a fixture site the way the CLI and the Action do (the site's configuration read by the adapter). */
async function assessSite(name: string, documentation: Record<string, unknown> = {}) {
  const root = path.join(SITES, name);
  const cfg = configSchema.parse({ documentation: { markdownlint: false, "external-links": "off", ...documentation } });
  const input = await collect({ root, config: cfg });
  return analyzeDocumentation({
    files: input.docs,
    repoFiles: input.repo.files(),
    config: cfg.documentation,
    ...input.documentationServices,
  });
}

function messages(findings: readonly { path?: string; line?: number; column?: number; message: string }[]): string[] {
  return findings.map((f) => `${f.path}:${f.line}:${f.column}: ${f.message}`);
}

describe("mdBook (test/fixtures/docs/sites/mdbook)", () => {
  it("resolves .html chapter links and their anchors through SUMMARY.md: only the truly broken link is reported", async () => {
    const { findings, result } = await assessSite("mdbook");
    expect(messages(findings)).toEqual([
      "src/README.md:8:5: Broken link on the built mdBook site (book.toml): `ch02-missing.html` is not a page of the book: no chapter `ch02-missing.md` in SUMMARY.md.",
    ]);
    expect(result.details?.sites).toEqual([{ name: "mdbook", config: "book.toml" }]);
    // 12 links in the chapters (11 work on the site) + 4 in SUMMARY.md (the draft has none), resolved as files.
    expect(result.metrics["links-checked"]).toBe(16);
    expect(result.metrics["broken-links"]).toBe(1);
    expect(result.metrics["anchors-checked"]).toBe(6);
    expect(result.metrics["broken-anchors"]).toBe(0);
  });

  it("the comment says which site the links were resolved for", async () => {
    const { findings, result } = await assessSite("mdbook", { markdownlint: "auto" });
    const report: Report = {
      schemaVersion: 1,
      tool: { name: "readiness-gate", version: "test" },
      generatedAt: "2025-01-01T00:00:00.000Z",
      verdict: "go",
      score: result.score,
      recommendation: "",
      dimensions: {
        documentation: result,
        performance: notAssessed(80, "x"),
        security: notAssessed(85, "x"),
        compliance: notAssessed(100, "x"),
      },
      findings,
      artifacts: [],
      gates: [],
      risks: [],
      notices: [],
    };
    expect(documentationMarkdown(report, { maxFindings: 10 })?.body.split("\n")[0]).toBe(
      "5 files, 32 lines · markdownlint: default rules, advice only (no markdownlint configuration in the repository) · links resolved as on the built mdBook site (book.toml)",
    );
  });

  it("with `site: github` the same book has every .html link broken, as GitHub shows it", async () => {
    const { findings } = await assessSite("mdbook", { site: "github" });
    expect(findings.filter((f) => f.ruleId === "links.missing-file").length).toBe(9);
  });

  it("reports a link that opens on GitHub but not in the book: a page SUMMARY.md does not list, a README.md chapter, a file outside src/", async () => {
    const files = [
      { path: "book.toml", content: "[book]\n" },
      { path: "README.md", content: "# Repo\n" },
      { path: "src/SUMMARY.md", content: "- [Intro](README.md)\n- [One](one.md)\n" },
      { path: "src/README.md", content: "# Intro\n" },
      {
        path: "src/one.md",
        content: "# One\n\n[extra](extra.md) · [intro](README.md) · [repo](../README.md) · [anchor](one.html#nope)\n",
      },
      { path: "src/extra.md", content: "# Extra\n" },
    ].map((f) => ({ path: f.path, content: Buffer.from(f.content) }));
    const { findings } = await analyzeDocumentation({
      files,
      repoFiles: files.map((f) => f.path),
      config: config({ markdownlint: false }),
      siteFiles: [{ path: "book.toml", text: "[book]\n" }],
    });
    expect(messages(findings)).toEqual([
      "src/one.md:3:1: Broken link on the built mdBook site (book.toml): `extra.md` points to `extra.md`, which SUMMARY.md does not list, so mdBook does not build it. Add it to SUMMARY.md or link to a chapter. It opens on GitHub, but not for readers of the site.",
      "src/one.md:3:21: Broken link on the built mdBook site (book.toml): `README.md` points to a README.md chapter: mdBook builds it as `index.html` but rewrites the link to `README.html`, which does not exist. Link to the directory's `index.html` instead. It opens on GitHub, but not for readers of the site.",
      "src/one.md:3:42: Broken link on the built mdBook site (book.toml): `../README.md` points outside the book's source directory `src`, which is all mdBook publishes. It opens on GitHub, but not for readers of the site.",
      'src/one.md:3:65: Broken anchor on the built mdBook site: `one.html#nope` points to `#nope`, which is not a heading id or anchor of this file there. Did you mean `#one`? Link to an existing heading or add an <a id="…"> anchor.',
    ]);
  });
});

describe("MkDocs (test/fixtures/docs/sites/mkdocs)", () => {
  it("resolves .md links in docs_dir, directory URLs and toc anchors: only the truly broken link is reported", async () => {
    const { findings, result } = await assessSite("mkdocs");
    expect(messages(findings)).toEqual([
      "documentation/index.md:7:5: Broken link on the built MkDocs site (mkdocs.yml): `user-guide/missing.md` points to `user-guide/missing.md`, which is not in the docs directory `documentation`.",
    ]);
    expect(result.details?.sites).toEqual([{ name: "mkdocs", config: "mkdocs.yml" }]);
    expect(result.metrics["links-checked"]).toBe(9);
    expect(result.metrics["anchors-checked"]).toBe(4);
    expect(result.metrics["broken-anchors"]).toBe(0);
  });

  it("on GitHub the directory URLs do not open and the toc anchor `#q-a` is `#q--a`", async () => {
    const { findings } = await assessSite("mkdocs", { site: "github" });
    expect(keys(findings)).toEqual([
      "documentation/about.md:5:9 links.missing-anchor",
      "documentation/index.md:4:1 links.missing-file",
      "documentation/index.md:7:5 links.missing-file",
      "documentation/user-guide/configuration.md:3:9 links.missing-file",
      "documentation/user-guide/getting-started.md:5:5 links.missing-anchor",
    ]);
  });

  it("with use_directory_urls: false, a directory URL written for the default layout is broken on the site", async () => {
    const files = [
      {
        path: "docs/index.md",
        content: "# Home\n\n[guide](guide/) · [guide page](guide.html) · [guide file](guide.md)\n",
      },
      { path: "docs/guide.md", content: "# Guide\n" },
    ].map((f) => ({ path: f.path, content: Buffer.from(f.content) }));
    const { findings } = await analyzeDocumentation({
      files,
      repoFiles: [...files.map((f) => f.path), "mkdocs.yml"],
      config: config({ markdownlint: false }),
      siteFiles: [{ path: "mkdocs.yml", text: "site_name: x\nuse_directory_urls: false\n" }],
    });
    expect(messages(findings)).toEqual([
      "docs/index.md:3:1: Broken link on the built MkDocs site (mkdocs.yml): `guide/` resolves to `/guide/` on the built site, where there is no page or file.",
    ]);
  });
});

describe("Docusaurus (test/fixtures/docs/sites/docusaurus)", () => {
  it("resolves doc ids, slugs, @site/ paths, static files and explicit heading ids without running the config: only the truly broken link is reported", async () => {
    const { findings, result } = await assessSite("docusaurus");
    expect(messages(findings)).toEqual([
      "docs/guides/01-install.md:9:5: Broken link on the built Docusaurus site (docusaurus.config.js): `/docs/guides/uninstall` resolves to `/docs/guides/uninstall` on the built site, where there is no doc.",
    ]);
    expect(result.details?.sites).toEqual([{ name: "docusaurus", config: "docusaurus.config.js" }]);
    expect(result.details?.notices).toContain(
      "docusaurus.config.js is code and was not run: Docusaurus' defaults were assumed (docs in `docs` served under /docs/, static files in `static`)",
    );
    expect(result.metrics["links-checked"]).toBe(11);
  });

  it("`site: auto` finds nothing to model in a plain repository, and `site: mkdocs` without mkdocs.yml says so", async () => {
    const { files, repoFiles } = loadDocs(path.join(FIXTURES, "links"));
    const { result } = await analyzeDocumentation({
      files,
      repoFiles,
      config: config({ markdownlint: false, site: "mkdocs" }),
    });
    expect(result.details?.sites).toBeUndefined();
    expect(result.details?.notices).toContain(
      "documentation.site is mkdocs, but no MkDocs configuration file was found; links are resolved as GitHub resolves them",
    );
  });
});
