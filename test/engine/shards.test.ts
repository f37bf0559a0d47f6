/**
 * Sharded runs: the documentation split over n shards (partial reports), then merged. A generated tree (the
 * benchmark's generator: links and anchors across files, some broken) gives the same report merged from 4 shards
 * as from one run; the 20,000-file proof is `node bench/shards.mjs`.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDocs } from "../../bench/gen-docs.mjs";
import type { Report } from "../../src/core/model/report.js";
import { assessRepository } from "../../src/engine/assess-repository.js";
import { MergeError, mergeShards } from "../../src/engine/shards/merge.js";
import { assessShard, ShardError } from "../../src/engine/shards/partial.js";
import { parseShardSpec, ShardSpecError, shardOf } from "../../src/engine/shards/shard-spec.js";

const NOW = new Date("2026-03-01T12:00:00Z");
const CONFIG = "documentation:\n  external-links: off\nperformance: { enabled: false }\nsecurity: { enabled: false }\n";
let dir = "";

const options = (root: string) => ({
  root,
  config: { file: path.join(root, ".github", "readiness.yml"), explicit: true },
  now: NOW,
});

async function sharded(root: string, n: number) {
  const partials = [];
  for (let i = 1; i <= n; i++)
    partials.push(JSON.parse(JSON.stringify(await assessShard(options(root), { index: i, count: n }))));
  return mergeShards(options(root), partials);
}

const comparable = (r: Report) => ({ ...r, generatedAt: "" });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "rg-shards-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("shards", () => {
  it("parses i/n and refuses anything else, naming the input", () => {
    expect(parseShardSpec("2/4")).toEqual({ index: 2, count: 4 });
    expect(() => parseShardSpec("5/4", "--shard")).toThrow(
      new ShardSpecError('--shard must be "i/n" with 1 ≤ i ≤ n ≤ 256 (e.g. "2/4"), not "5/4"'),
    );
    expect(() => parseShardSpec("0/4")).toThrow(ShardSpecError);
    expect(() => parseShardSpec("two")).toThrow(ShardSpecError);
    // A file's shard is a hash (FNV-1a) of its path alone: the same on every machine, whatever else changes.
    expect(["docs/a.md", "docs/b.md", "README.md"].map((p) => shardOf(p, 4))).toEqual([2, 3, 3]);
  });

  it("a broken anchor between files in different shards is found exactly as in one run", async () => {
    const root = path.join(dir, "cross");
    await mkdir(path.join(root, ".github"), { recursive: true });
    await writeFile(path.join(root, ".github", "readiness.yml"), CONFIG);
    // Two files the hash puts in different shards of 2.
    const names = ["guide.md", "setup.md", "faq.md", "intro.md", "usage.md"];
    const a = names[0] as string;
    const b = names.find((x) => shardOf(x, 2) !== shardOf(a, 2)) as string;
    await writeFile(path.join(root, a), `# Guide\n\nSee [install](${b}#install) and [gone](${b}#instal).\n`);
    await writeFile(path.join(root, b), "# Setup\n\n## Install\n\nRun it.\n");
    const single = await assessRepository(options(root));
    const merged = await sharded(root, 2);
    const lines = (r: Report) => r.findings.map((f) => `${f.path}:${f.line}:${f.column}: ${f.message}`);
    expect(lines(merged.report)).toEqual([
      `${a}:3:37: Broken anchor: \`${b}#instal\` points to \`#instal\`, which is not a heading or anchor in \`${b}\`. Did you mean \`#install\`? Link to an existing heading (GitHub slug: lower case, punctuation removed, spaces as hyphens) or add an <a id="…"> anchor.`,
    ]);
    expect(comparable(merged.report)).toEqual(comparable(single.report));
    expect(merged.report.dimensions.documentation.metrics["anchors-checked"]).toBe(2);
  });

  it("with a .markdownlint.jsonc (scans made from markdownlint-cli2's tokens), merged from 2 shards equals one run", async () => {
    const root = path.join(dir, "cli2");
    await mkdir(path.join(root, ".github"), { recursive: true });
    await mkdir(path.join(root, "off"), { recursive: true });
    await writeFile(path.join(root, ".github", "readiness.yml"), CONFIG);
    await writeFile(path.join(root, ".markdownlint.jsonc"), '{ "MD013": false, "MD004": { "style": "dash" } }\n');
    await writeFile(path.join(root, "off", ".markdownlint.jsonc"), '{ "default": false }\n');
    const names = ["guide.md", "setup.md", "faq.md", "intro.md", "usage.md"];
    const a = names[0] as string;
    const b = names.find((x) => shardOf(x, 2) !== shardOf(a, 2)) as string;
    await writeFile(path.join(root, a), `# Guide\n\n* item\n\nSee [install](${b}#instal) and [off](off/c.md#c).\n`);
    await writeFile(path.join(root, b), "---\ntitle: Setup\n---\n\n## Install\n\n[back](guide.md#guid)\n");
    await writeFile(path.join(root, "off", "c.md"), "# C\n\n* item\n\n[gone](gone.md)\n");
    const single = await assessRepository(options(root));
    const merged = await sharded(root, 2);
    const lines = (r: Report) => r.findings.map((f) => `${f.path}:${f.line}:${f.column}: ${f.ruleId}`);
    expect(lines(single.report)).toEqual([
      `${a}:3:1: markdownlint/MD004`,
      `${a}:5:5: links.missing-anchor`,
      "off/c.md:5:1: links.missing-file",
      `${b}:7:1: links.missing-anchor`,
    ]);
    expect(comparable(merged.report)).toEqual(comparable(single.report));
  });

  it("on a generated tree, the report merged from 4 shards equals the single run's", async () => {
    const root = path.join(dir, "generated");
    const gen = generateDocs(root, 600, 7);
    await mkdir(path.join(root, ".github"), { recursive: true });
    await writeFile(path.join(root, ".github", "readiness.yml"), CONFIG);
    const single = await assessRepository(options(root));
    const merged = await sharded(root, 4);
    expect(comparable(merged.report)).toEqual(comparable(single.report));
    // The generator's broken links and anchors, half of them into other shards' files, all found.
    const broken = single.report.findings
      .filter((f) => f.ruleId === "links.missing-file" || f.ruleId === "links.missing-anchor")
      .map((f) => `${f.path}:${f.line}`);
    expect(broken.sort()).toEqual([...gen.expectedBroken].sort());
    expect(merged.shardMs).toHaveLength(4);
  }, 120_000);

  it('spends the "did you mean" budget in the single run\'s order, across shards', async () => {
    const root = path.join(dir, "budget");
    await mkdir(path.join(root, ".github"), { recursive: true });
    await writeFile(path.join(root, ".github", "readiness.yml"), CONFIG);
    // 1,000 long headings: one broken anchor into them costs about half the run's edit-distance budget.
    const filler = "w".repeat(90);
    const headings = Array.from({ length: 1000 }, (_, i) => `## ${filler} ${String(i).padStart(4, "0")}`);
    await writeFile(path.join(root, "target.md"), `# Target\n\n${headings.join("\n\n")}\n`);
    const sources = ["a.md", "b.md", "c.md", "d.md", "e.md", "f.md"];
    for (const s of sources) await writeFile(path.join(root, s), `# ${s}\n\n[near](target.md#${filler}-000)\n`);
    expect(new Set(sources.map((s) => shardOf(s, 4))).size).toBeGreaterThan(1);
    const single = await assessRepository(options(root));
    const merged = await sharded(root, 4);
    expect(comparable(merged.report)).toEqual(comparable(single.report));
    const hinted = (r: Report) =>
      r.findings
        .filter((f) => f.ruleId === "links.missing-anchor")
        .map((f) => `${f.path}:${f.line}:${f.column} ${f.message.includes("Did you mean")}`);
    // The first files (in path order) are given a hint, the third from what is left; then the budget is spent,
    // whichever shard asks (with a budget per shard, every file would get one).
    expect(hinted(merged.report)).toEqual([
      "a.md:3:1 true",
      "b.md:3:1 true",
      "c.md:3:1 true",
      "d.md:3:1 false",
      "e.md:3:1 false",
      "f.md:3:1 false",
    ]);
  }, 60_000);

  it("a readiness-ignore comment suppresses a broken anchor into another shard's file, as in one run", async () => {
    const root = path.join(dir, "suppressed");
    await mkdir(path.join(root, ".github"), { recursive: true });
    await writeFile(path.join(root, ".github", "readiness.yml"), CONFIG);
    const names = ["guide.md", "setup.md", "faq.md", "intro.md", "usage.md"];
    const a = names[0] as string;
    const b = names.find((x) => shardOf(x, 2) !== shardOf(a, 2)) as string;
    await writeFile(
      path.join(root, a),
      `# Guide\n\n<!-- readiness-ignore-next-line links.missing-anchor -->\n[gone](${b}#instal)\n\n[also](${b}#nope)\n`,
    );
    await writeFile(path.join(root, b), "# Setup\n\n## Install\n");
    const single = await assessRepository(options(root));
    const merged = await sharded(root, 2);
    expect(comparable(merged.report)).toEqual(comparable(single.report));
    expect(merged.report.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      `${a}:6:1 links.missing-anchor`,
    ]);
    expect(merged.report.dimensions.documentation.metrics.suppressed).toBe(1);
    expect(merged.report.dimensions.documentation.metrics["anchors-valid"]).toBe(1);
  });

  it("refuses to shard a site whose links resolve across the whole site, naming its config", async () => {
    const root = path.join(dir, "site");
    await mkdir(path.join(root, ".github"), { recursive: true });
    await mkdir(path.join(root, "docs"), { recursive: true });
    await writeFile(path.join(root, ".github", "readiness.yml"), CONFIG);
    await writeFile(path.join(root, "mkdocs.yml"), "site_name: Demo\nnav:\n  - index.md\n");
    await writeFile(path.join(root, "docs", "index.md"), "# Home\n");
    await writeFile(path.join(root, "docs", "other.md"), "# Other\n\n[home](index.md)\n");
    const spec = { index: shardOf("docs/index.md", 2), count: 2 };
    await expect(assessShard(options(root), spec)).rejects.toThrow(
      new ShardError(
        "mkdocs.yml: links of a MkDocs site resolve across the whole site, which one shard does not see; assess it in one run, or set documentation.site: github to check links as GitHub shows them",
      ),
    );
  });

  it("refuses an incomplete or mixed set of partial reports, naming the problem", async () => {
    const root = path.join(dir, "cross");
    const one = await assessShard(options(root), { index: 1, count: 2 });
    await expect(mergeShards(options(root), [one])).rejects.toThrow(new MergeError("shard(s) 2/2 missing"));
    await expect(mergeShards(options(root), [one, one])).rejects.toThrow(new MergeError("shard 1/2 is given twice"));
    const other = await assessShard(options(root), { index: 2, count: 3 });
    await expect(mergeShards(options(root), [one, other])).rejects.toThrow(
      new MergeError("shard 2/3 does not belong to a run of 2 shards"),
    );
  });
});
