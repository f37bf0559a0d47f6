/**
 * Measures the documentation checks on hostile Markdown (test/hostile/markdown-cases.ts): one child process per case
 * and size, so each figure is that case's own wall time and peak resident memory.
 * Usage: npm run hostile-markdown -- [size…]   (default: the size the test checks at), then the inputs just
 * inside each budget (HOSTILE_EDGES=0 leaves those out, HOSTILE_CASES=0 the others).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { budgetEdgeMarkdown, HOSTILE_SIZE, hostileMarkdown } from "../test/hostile/markdown-cases.js";

const self = fileURLToPath(import.meta.url);

async function child(name: string, size: number): Promise<void> {
  const { analyzeDocumentation } = await import("../src/core/documentation/analyze.js");
  const { defaultConfig } = await import("../src/core/config/parse.js");
  const text = size === 0 ? budgetEdgeMarkdown[name]!() : hostileMarkdown[name]!(size);
  const config = defaultConfig().documentation;
  const t0 = performance.now();
  const out = await analyzeDocumentation({
    files: [{ path: "hostile.md", content: text }],
    repoFiles: [],
    config,
    docWorker: false,
  });
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS / 1024;
  const notParsed = out.findings.filter((f) => f.ruleId === "documentation.not-parsed").length;
  process.stdout.write(
    JSON.stringify({
      bytes: text.length,
      ms: Math.round(ms),
      peakMB: Math.round(peak),
      findings: out.findings.length,
      notParsed,
    }),
  );
}

if (process.argv[2] === "--child") {
  await child(process.argv[3]!, Number(process.argv[4]));
} else {
  const sizes = process.argv.slice(2).map(Number);
  const list = sizes.length ? sizes : [HOSTILE_SIZE];
  console.log("| case | size | bytes | time ms | peak MB | findings | not parsed |");
  console.log("|---|---|---|---|---|---|---|");
  const runs: [string, number][] = [
    ...(process.env.HOSTILE_CASES === "0"
      ? []
      : Object.keys(hostileMarkdown).flatMap((n) => list.map((size): [string, number] => [n, size]))),
    ...(process.env.HOSTILE_EDGES === "0" ? [] : Object.keys(budgetEdgeMarkdown).map((n): [string, number] => [n, 0])),
  ];
  for (const [name, size] of runs) {
    {
      let row: string;
      try {
        const out = execFileSync(process.execPath, ["--import", "tsx", self, "--child", name, String(size)], {
          timeout: Number(process.env.HOSTILE_TIMEOUT_MS ?? 60_000),
          encoding: "utf8",
        });
        const r = JSON.parse(out) as Record<string, number>;
        row = `| ${name} | ${size || "edge"} | ${r.bytes} | ${r.ms} | ${r.peakMB} | ${r.findings} | ${r.notParsed} |`;
      } catch (e) {
        row = `| ${name} | ${size || "edge"} | – | timed out or failed: ${(e as Error).message.split("\n")[0]} | – | – | – |`;
      }
      console.log(row);
    }
  }
}
