import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeDocumentation, type DocFile } from "../../src/core/documentation/analyze.js";
import type { PendingAnchor } from "../../src/core/documentation/check-links.js";
import { gatherDocumentation } from "../../src/core/documentation/gather.js";
import { BATCH_FILES, processDocs, WORKER_MIN_FILES } from "../../src/core/documentation/doc-pool.js";
import { bundledDocWorker } from "../../src/core/documentation/doc-worker-file.js";
import { config } from "./helpers.js";

/** Enough files for several batches over two workers, with lint errors and warnings, a file that does not decode and one too deep to parse. */
function tree(): DocFile[] {
  const files: DocFile[] = [];
  for (let i = 0; i < Math.max(WORKER_MIN_FILES, 2 * BATCH_FILES) + 30; i++) {
    files.push({
      path: `docs/page-${String(i).padStart(3, "0")}.md`,
      content: [
        `# Page ${i}`,
        "",
        i % 3 === 0 ? "### Skipped level" : "## Section",
        "",
        `Trailing spaces here${i % 2 === 0 ? "   " : ""}`,
        "* star",
        "- dash",
        "",
        `[next](page-${String(i + 1).padStart(3, "0")}.md) and [missing](nowhere-${i}.md)`,
        "",
      ].join("\n"),
    });
  }
  // markdownlint's own inline comments: what they suppress is counted by a second lint of this file.
  files.push({ path: "docs/quiet.md", content: "# Quiet\n\n<!-- markdownlint-disable MD009 -->\nTrailing   \n" });
  files.push({ path: "docs/binary.md", content: Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00]) });
  files.push({ path: "docs/deep.md", content: `${"> ".repeat(200)}deep\n` });
  return files;
}

/**
 * The worker entry run from its TypeScript source through tsx; it appends its thread id to a marker file for each
 * batch it answers, to prove the workers (not the in-thread fallback) produced the result. With `crashAfter`, it
 * exits abruptly after answering that many batches.
 */
function workerFromSource(crashAfter?: number): { file: string; marker: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "doc-worker-"));
  const file = path.join(dir, "boot.mjs");
  const marker = path.join(dir, "posted");
  // tsx's ESM API (its CommonJS build cannot register hooks in a worker), by path since boot.mjs is outside the repo.
  const tsx = path.dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const tsxApi = pathToFileURL(path.join(tsx, "dist/esm/api/index.mjs")).href;
  const entry = pathToFileURL(path.join(import.meta.dirname, "../../src/core/documentation/doc-worker.ts")).href;
  writeFileSync(
    file,
    [
      'import { appendFileSync } from "node:fs";',
      'import { parentPort, threadId } from "node:worker_threads";',
      `import { tsImport } from ${JSON.stringify(tsxApi)};`,
      "const post = parentPort.postMessage.bind(parentPort);",
      "let answered = 0;",
      `parentPort.postMessage = (m) => { appendFileSync(${JSON.stringify(marker)}, threadId + "\\n"); post(m);`,
      `  if (++answered === ${crashAfter ?? -1}) process.exit(1); };`,
      `await tsImport(${JSON.stringify(entry)}, import.meta.url);`,
      "",
    ].join("\n"),
  );
  return { file, marker };
}

async function run(docWorker: Parameters<typeof analyzeDocumentation>[0]["docWorker"]) {
  const files = tree();
  return analyzeDocumentation({
    files,
    repoFiles: files.map((f) => f.path),
    config: config({ "external-links": "off" }),
    markdownlintConfig: { default: true, MD013: false, MD009: { severity: "warning" } },
    docWorker,
  });
}

describe("parsing, scanning and linting in worker threads", () => {
  it("has no bundled worker when running from sources, so tests work in-thread", () => {
    expect(bundledDocWorker()).toBeUndefined();
  });

  it("gives exactly the in-thread result: same findings in the same order, same metrics and details", async () => {
    const inThread = await run(false);
    expect(inThread.findings.some((f) => f.tool === "markdownlint")).toBe(true);
    expect(inThread.result.details?.suppressed?.findings).toBe(1);
    const worker = workerFromSource();
    expect(await run({ file: worker.file, threads: 2 })).toEqual(inThread);
    const answers = readFileSync(worker.marker, "utf8").trim().split("\n");
    // Three batches of at most BATCH_FILES files, spread over both workers.
    expect(answers).toHaveLength(3);
    expect(new Set(answers).size).toBe(2);
  });

  it("with markdownlint's results computed beforehand, the workers only parse and scan", async () => {
    const files = tree();
    const markdownlintResults = {
      results: { "docs/page-000.md": [] },
      suppressed: [],
    };
    const input = {
      files,
      repoFiles: files.map((f) => f.path),
      config: config({ "external-links": "off" }),
      markdownlintResults,
    };
    const inThread = await analyzeDocumentation({ ...input, docWorker: false });
    expect(inThread.result.details?.checks.find((c) => c.check === "lint")).toMatchObject({ checked: 1, valid: 1 });
    const worker = workerFromSource();
    expect(await analyzeDocumentation({ ...input, docWorker: { file: worker.file, threads: 2 } })).toEqual(inThread);
    expect(readFileSync(worker.marker, "utf8").trim().split("\n")).toHaveLength(3);
  });

  it("serves a shard's gather too: the same data and pending anchors as in-thread", async () => {
    const all = tree();
    // This shard holds every file but the last 30 pages, and links to a heading in one it does not hold.
    const files = [
      ...all.filter((f) => !/page-(2[0-2]\d)\.md$/.test(f.path)),
      { path: "docs/anchors.md", content: "# Anchors\n\n[there](page-229.md#section)\n" },
    ];
    const shard = async (docWorker: false | { file: string; threads: number }) => {
      const pending: PendingAnchor[] = [];
      const { data } = await gatherDocumentation(
        {
          files,
          repoFiles: [...all.map((f) => f.path), "docs/anchors.md"],
          config: config({ "external-links": "off" }),
          markdownlintConfig: { default: true, MD013: false },
          docWorker,
        },
        { onUnknownAnchors: (r) => void pending.push(r) },
      );
      return { data, pending };
    };
    const inThread = await shard(false);
    expect(inThread.pending.map((r) => `${r.target}#${r.fragment}`)).toEqual(["docs/page-229.md#section"]);
    expect(inThread.data.files).toBe(files.length);
    const worker = workerFromSource();
    expect(await shard({ file: worker.file, threads: 2 })).toEqual(inThread);
    expect(new Set(readFileSync(worker.marker, "utf8").trim().split("\n")).size).toBe(2);
  });

  it("scans from markdownlint's tokens in the workers: exactly the in-thread findings, remark only where the tokens cannot", async () => {
    const page = (i: number) => `docs/p${String(i).padStart(3, "0")}.md`;
    const files: DocFile[] = [];
    for (let i = 0; i < BATCH_FILES + 10; i++)
      files.push({ path: page(i), content: `# Page ${i}\n\nSee [next](${page(i + 1).slice(5)}#page-${i + 1}).\n` });
    files.push(
      // YAML front matter is not Markdown: its "title:" line is no heading, so the link to it is broken.
      {
        path: "docs/front.md",
        content: "---\ntitle: Front Page\n---\n\n# Front\n\n[self](#title-front-page) [top](#front)\n",
      },
      // Math: markdownlint tokenizes it and remark does not, so remark scans this file (and sees the link inside).
      { path: "docs/math.md", content: "# Math\n\n$$\nx = [y](gone.md)\n$$\n\n[gone](gone.md)\n" },
      // Every rule off, the token-keeping one too: remark scans it.
      { path: "docs/quiet.md", content: "<!-- markdownlint-disable -->\n# Quiet\n\nTrailing   \n[a](#nope)\n" },
      { path: "docs/lint.md", content: "# Lint\n\n### Skipped\n\nTrailing   \n* star\n- dash\n" },
      { path: "docs/deep.md", content: `${"> ".repeat(200)}deep\n` },
    );
    const analyze = (docWorker: false | { file: string; threads: number }) =>
      analyzeDocumentation({
        files,
        repoFiles: files.map((f) => f.path),
        config: config({ "external-links": "off" }),
        markdownlintConfig: { default: true, MD013: false },
        docWorker,
      });
    const inThread = await analyze(false);
    const worker = workerFromSource();
    const inWorkers = await analyze({ file: worker.file, threads: 2 });
    expect(new Set(readFileSync(worker.marker, "utf8").trim().split("\n")).size).toBe(2);
    const lines = (r: typeof inThread) => r.findings.map((f) => `${f.path}:${f.line}:${f.column}: ${f.message}`);
    const list = "Lists should be surrounded by blank lines";
    const rules = "in the markdownlint rules; markdownlint --fix can correct it.";
    const missing = "which does not exist in the repository.";
    const anchor =
      'which is not a heading or anchor in this file. Link to an existing heading (GitHub slug: lower case, punctuation removed, spaces as hyphens) or add an <a id="…"> anchor.';
    expect(lines(inWorkers)).toEqual([
      "docs/deep.md:1:1: docs/deep.md was not checked: nesting is deeper than 100 levels at line 1 (block quotes or lists); flatten it or exclude the file.",
      'docs/front.md:5:1: Multiple top-level headings in the same document (at "Front"). See single-title in the markdownlint rules.',
      `docs/front.md:7:1: Broken anchor: \`#title-front-page\` points to \`#title-front-page\`, ${anchor}`,
      "docs/lint.md:3:1: Heading levels should only increment by one level at a time: Expected: h2; Actual: h3. See heading-increment in the markdownlint rules.",
      `docs/lint.md:5:9: Trailing spaces: Expected: 0 or 2; Actual: 3. See no-trailing-spaces ${rules}`,
      `docs/lint.md:6:1: ${list} (at "* star"). See blanks-around-lists ${rules}`,
      `docs/lint.md:6:1: ${list} (at "* star"). See blanks-around-lists ${rules}`,
      `docs/lint.md:7:1: Unordered list style: Expected: asterisk; Actual: dash. See ul-style ${rules}`,
      `docs/lint.md:7:1: ${list} (at "- dash"). See blanks-around-lists ${rules}`,
      `docs/math.md:4:5: Broken link: \`gone.md\` points to \`docs/gone.md\`, ${missing} Fix the path or add the file.`,
      `docs/math.md:7:1: Broken link: \`gone.md\` points to \`docs/gone.md\`, ${missing} Fix the path or add the file.`,
      `docs/p109.md:3:5: Broken link: \`p110.md#page-110\` points to \`docs/p110.md\`, ${missing} Did you mean \`p010.md\`? Fix the path or add the file.`,
      `docs/quiet.md:5:1: Broken anchor: \`#nope\` points to \`#nope\`, ${anchor}`,
    ]);
    expect(lines(inThread)).toEqual(lines(inWorkers));
    expect(inWorkers).toEqual(inThread);
    expect(inWorkers.result.details?.suppressed?.listed).toEqual([
      {
        path: "docs/quiet.md",
        line: 4,
        ruleId: "markdownlint/MD009",
        kind: "markdownlint",
        by: "markdownlint comment",
      },
    ]);
  });

  it("starts no file after the deadline, in a worker or in-thread", async () => {
    const jobs = Array.from({ length: WORKER_MIN_FILES + 1 }, (_, i) => ({ path: `f${i}.md`, text: "# A\n" }));
    const worker = workerFromSource();
    const past = performance.now() - 1;
    for (const spec of [undefined, { file: worker.file }]) {
      const out = await processDocs(jobs, { repoConfig: undefined }, spec, past);
      expect(out.outcomes).toEqual(jobs.map(() => undefined));
      expect(out.lint).toMatchObject({ checked: 0, findings: [], failed: [], suppressed: [] });
    }
  });

  it("redoes in-thread the batches of a worker that crashed part-way", async () => {
    const inThread = await run(false);
    const worker = workerFromSource(1);
    expect(await run({ file: worker.file, threads: 1 })).toEqual(inThread);
    expect(readFileSync(worker.marker, "utf8").trim().split("\n")).toHaveLength(1);
  });

  it("falls back to in-thread work when the worker crashes, losing nothing", async () => {
    const crash = path.join(mkdtempSync(path.join(tmpdir(), "doc-worker-")), "crash.mjs");
    writeFileSync(crash, 'throw new Error("boom");\n');
    const inThread = await run(false);
    expect(await run({ file: crash })).toEqual(inThread);
    expect(await run({ file: path.join(path.dirname(crash), "missing.mjs") })).toEqual(inThread);
  });
});
