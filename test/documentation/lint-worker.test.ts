import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeDocumentation, type DocFile } from "../../src/core/documentation/analyze.js";
import { WORKER_MIN_FILES } from "../../src/core/documentation/lint-session.js";
import { bundledLintWorker } from "../../src/core/documentation/lint-worker-file.js";
import { config } from "./helpers.js";

/** Enough files for the worker, with lint errors and warnings, a file that does not decode and one too deep to parse. */
function tree(): DocFile[] {
  const files: DocFile[] = [];
  for (let i = 0; i < WORKER_MIN_FILES + 30; i++) {
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
  files.push({ path: "docs/binary.md", content: Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00]) });
  files.push({ path: "docs/deep.md", content: `${"> ".repeat(200)}deep\n` });
  return files;
}

/**
 * The worker entry run from its TypeScript source through tsx; it leaves a marker file when it posts its result, to
 * prove the worker (not the in-thread fallback) produced it.
 */
function workerFromSource(): { file: string; marker: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "lint-worker-"));
  const file = path.join(dir, "boot.mjs");
  const marker = path.join(dir, "posted");
  // tsx's ESM API (its CommonJS build cannot register hooks in a worker), by path since boot.mjs is outside the repo.
  const tsx = path.dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const tsxApi = pathToFileURL(path.join(tsx, "dist/esm/api/index.mjs")).href;
  const entry = pathToFileURL(path.join(import.meta.dirname, "../../src/core/documentation/lint-worker.ts")).href;
  writeFileSync(
    file,
    [
      'import { writeFileSync } from "node:fs";',
      'import { parentPort } from "node:worker_threads";',
      `import { tsImport } from ${JSON.stringify(tsxApi)};`,
      "const post = parentPort.postMessage.bind(parentPort);",
      `parentPort.postMessage = (m) => { writeFileSync(${JSON.stringify(marker)}, ""); post(m); };`,
      `await tsImport(${JSON.stringify(entry)}, import.meta.url);`,
      "",
    ].join("\n"),
  );
  return { file, marker };
}

async function run(lintWorker: Parameters<typeof analyzeDocumentation>[0]["lintWorker"]) {
  const files = tree();
  return analyzeDocumentation({
    files,
    repoFiles: files.map((f) => f.path),
    config: config({ "external-links": "off" }),
    markdownlintConfig: { default: true, MD013: false, MD009: { severity: "warning" } },
    lintWorker,
  });
}

describe("markdownlint in a worker thread", () => {
  it("has no bundled worker when running from sources, so tests lint in-thread", () => {
    expect(bundledLintWorker()).toBeUndefined();
  });

  it("gives exactly the in-thread result: same findings in the same order, same metrics and details", async () => {
    const inThread = await run(false);
    expect(inThread.findings.some((f) => f.tool === "markdownlint")).toBe(true);
    const worker = workerFromSource();
    expect(await run({ file: worker.file })).toEqual(inThread);
    expect(existsSync(worker.marker)).toBe(true);
  });

  it("falls back to in-thread lint when the worker crashes, losing nothing", async () => {
    const crash = path.join(mkdtempSync(path.join(tmpdir(), "lint-worker-")), "crash.mjs");
    writeFileSync(crash, 'throw new Error("boom");\n');
    const inThread = await run(false);
    expect(await run({ file: crash })).toEqual(inThread);
    expect(await run({ file: path.join(path.dirname(crash), "missing.mjs") })).toEqual(inThread);
  });
});
