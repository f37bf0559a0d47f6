import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assess } from "../../src/core/assess.js";
import { configSchema } from "../../src/core/config/schema.js";
import { documentationText } from "../../src/core/render/sections/documentation.js";
import { collect } from "../../src/engine/sources/fs/collect.js";
import { keys } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A repository on disk (a `.git` directory cannot be committed inside a fixture, so the tree is built here). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "rg-docs-"));
  dirs.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    writeFileSync(path.join(root, p), text);
  }
  return root;
}

describe("every Markdown file a reader can open", () => {
  const root = tree({
    "README.md": "# Home\n",
    ".github/CONTRIBUTING.md": "# Contributing\n\n[broken](missing.md)\n",
    ".archive/old.md": "# Old\n\n[broken](../gone.md)\n",
    "docs/README.MD": "# Upper case\n\n[broken](nope.md)\n",
    "docs/Guide.Markdown": "# Guide\n\n[home](../README.md)\n",
    "docs/notes.mdown": "not a default extension\n",
    "archive/skip.md": "[broken](x.md)\n",
    "generated/out.md": "[broken](x.md)\n",
    "dist/bundle.md": "[broken](x.md)\n",
    ".git/info.md": "[broken](x.md)\n",
    "node_modules/pkg/README.md": "[broken](x.md)\n",
    ".gitignore": "generated/\n",
  });

  it("reads dot-directories and upper-case extensions, and lists what it leaves out with the reason", async () => {
    const config = configSchema.parse({ documentation: { exclude: ["archive/**"], markdownlint: false } });
    const input = await collect({ root, config });
    expect(input.docs.map((d) => d.path)).toEqual([
      ".archive/old.md",
      ".github/CONTRIBUTING.md",
      "README.md",
      "docs/Guide.Markdown",
      "docs/README.MD",
    ]);
    const report = await assess({ ...input, now: new Date(0), toolVersion: "test" });
    const docs = report.findings.filter((f) => f.dimension === "documentation");
    expect(keys(docs)).toEqual([
      ".archive/old.md:3:1 links.missing-file",
      ".github/CONTRIBUTING.md:3:1 links.missing-file",
      "docs/README.MD:3:1 links.missing-file",
    ]);
    expect(report.dimensions.documentation.details?.excluded).toEqual([
      { path: "archive/skip.md", reason: "excluded by documentation.exclude" },
      { path: "dist/bundle.md", reason: "build output (dist/)" },
      { path: "generated/out.md", reason: "ignored by .gitignore" },
    ]);
    expect(report.dimensions.documentation.details?.excludedTotal).toBe(3);
    expect(documentationText(report, { maxFindings: 0 })).toContain(
      "  3 Markdown files not checked: archive/skip.md (excluded by documentation.exclude), dist/bundle.md (build output (dist/)), generated/out.md (ignored by .gitignore)",
    );
  });
});

describe("nested .gitignore files", () => {
  it("apply to their own directory, deeper ones win, and an ignored directory stays ignored", async () => {
    const root = tree({
      "README.md": "# Readme\n",
      ".gitignore": "*.tmp.md\nbuild/\n",
      "docs/guide.md": "# Guide\n",
      "docs/.gitignore": "notes/\ndraft-*.md\n!draft-keep.md\n",
      "docs/draft-1.md": "# Draft\n",
      "docs/draft-keep.md": "# Kept\n",
      "docs/notes/n.md": "# Notes\n",
      "docs/x.tmp.md": "# Temp\n",
      "pkg/.gitignore": "/local.md\n",
      "pkg/local.md": "# Local\n",
      "pkg/sub/local.md": "# Not the anchored one\n",
      "build/.gitignore": "!out.md\n",
      "build/out.md": "# Built\n",
    });
    const config = configSchema.parse({ documentation: { markdownlint: false } });
    const input = await collect({ root, config });
    expect(input.docs.map((d) => d.path)).toEqual([
      "README.md",
      "docs/draft-keep.md",
      "docs/guide.md",
      "pkg/sub/local.md",
    ]);
    expect(input.documentationServices?.excluded?.map((e) => `${e.path} (${e.reason})`)).toEqual([
      "build/out.md (ignored by .gitignore)",
      "docs/draft-1.md (ignored by .gitignore)",
      "docs/notes/n.md (ignored by .gitignore)",
      "docs/x.tmp.md (ignored by .gitignore)",
      "pkg/local.md (ignored by .gitignore)",
    ]);
    expect(input.repo.files()).not.toContain("docs/notes/n.md");
  });
});
