/**
 * CPU time, single thread, of the two ways to lint and scan the same files: remark's parse + scanTree + markdownlint
 * (lintFile, as the documentation checks ran them) against lintAndScan (one tokenization); and, for the scan alone
 * (markdownlint off, or linted beforehand by markdownlint-cli2), remark's parse + scanTree against lintAndScan with
 * every markdownlint rule off. Medians of 3 runs, alternating. Usage: tsx scripts/scan-cpu.ts <dir>…
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lintConfiguration } from "../src/core/documentation/lint.js";
import { captureConfig, lintAndScan } from "../src/core/documentation/lint-and-scan.js";
import { lintFile } from "../src/core/documentation/lint-run.js";
import { parseMarkdown } from "../src/core/documentation/parse-markdown.js";
import { complexityProblem, decodeDoc } from "../src/core/documentation/read-doc.js";
import { scanTree } from "../src/core/documentation/scan.js";

function* markdownFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === ".git" || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* markdownFiles(p);
    else if (/\.(md|markdown)$/i.test(e.name)) yield p;
  }
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function twoParses(files: [string, string][], lintOn: boolean): Promise<number> {
  const t = cpuMs();
  const config = lintConfiguration(undefined);
  for (const [path, text] of files) {
    scanTree(parseMarkdown(text), text);
    if (lintOn) await lintFile(path, text, config);
  }
  return cpuMs() - t;
}

async function oneParse(files: [string, string][], lintOn: boolean): Promise<number> {
  const t = cpuMs();
  const config = captureConfig(undefined, lintOn);
  for (const [path, text] of files) await lintAndScan(path, text, config, lintOn);
  return cpuMs() - t;
}

async function compare(files: [string, string][], lintOn: boolean): Promise<[number[], number[]]> {
  // One warm-up of each, so that both measure compiled code.
  await twoParses(files, lintOn);
  await oneParse(files, lintOn);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 3; i++) {
    a.push(await twoParses(files, lintOn));
    b.push(await oneParse(files, lintOn));
  }
  return [a, b];
}

const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join("/");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

for (const root of process.argv.slice(2)) {
  const files: [string, string][] = [];
  let chars = 0;
  for (const f of markdownFiles(root)) {
    const d = decodeDoc(readFileSync(f));
    if (d.ok && !complexityProblem(d.text)) {
      files.push([f, d.text]);
      chars += d.text.length;
    }
  }
  const summary = [`${root}: ${files.length} files, ${(chars / 1e6).toFixed(2)} M chars`];
  for (const lintOn of [true, false]) {
    const [a, b] = await compare(files, lintOn);
    const ma = median(a);
    const mb = median(b);
    const what = lintOn ? "remark + scanTree + markdownlint" : "scan only: remark + scanTree";
    summary.push(
      `${what} ${ma.toFixed(0)} ms, lintAndScan${lintOn ? "" : " (rules off)"} ${mb.toFixed(0)} ms (${((1 - mb / ma) * 100).toFixed(0)} % less; runs ${fmt(a)} vs ${fmt(b)})`,
    );
  }
  console.log(summary.join("; "));
}
