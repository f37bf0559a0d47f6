// `node bench/shards.mjs [--files 20000] [--shards 4]`: the proof for sharded runs. Generates a documentation
// tree (bench/gen-docs.mjs, not committed), assesses it in one run and as n shards (each its own process, one
// after the other, as matrix jobs on their own runners would), merges the partial reports, and checks that the
// merged report equals the single run's (findings, metrics, scores, verdict). Prints the single run's time next
// to the longest shard's and the merge's. Runs the sources through tsx (the committed bundle may be older).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateDocs } from "./gen-docs.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
const { values } = parseArgs({
  options: { files: { type: "string", default: "20000" }, shards: { type: "string", default: "4" } },
});
const files = Number(values.files);
const shards = Number(values.shards);
const work = path.join(here, ".work", `shards-${files}`);
const tree = path.join(work, "tree");

const cli = (args) => {
  const t0 = performance.now();
  // A subcommand (`merge`) comes first.
  const [sub, rest] = args[0] === "merge" ? [["merge"], args.slice(1)] : [[], args];
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(repo, "src", "cli", "index.ts"), ...sub, "--root", tree, "--no-progress", ...rest],
    {
      cwd: work,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=4096" },
    },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`readiness-gate ${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
  return { ms, stderr: r.stderr };
};

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const gen = generateDocs(tree, files, 42);
mkdirSync(path.join(tree, ".github"), { recursive: true });
writeFileSync(path.join(tree, ".github", "readiness.yml"), readFileSync(path.join(here, "config-docs.yml")));
console.log(`${gen.files} files generated in ${tree} (${gen.expectedBroken.length} broken links on purpose)`);

const single = cli(["--format", "json", "--output", "single.json"]);
console.log(`single run: ${(single.ms / 1000).toFixed(1)} s`);
const shardMs = [];
for (let i = 1; i <= shards; i++) {
  const r = cli(["--shard", `${i}/${shards}`, "--output", `part-${i}.json`]);
  shardMs.push(r.ms);
  console.log(`shard ${i}/${shards}: ${(r.ms / 1000).toFixed(1)} s (${r.stderr.trim()})`);
}
const parts = Array.from({ length: shards }, (_, i) => `part-${i + 1}.json`);
const merge = cli(["merge", "--format", "json", "--output", "merged.json", ...parts]);
console.log(`merge: ${(merge.ms / 1000).toFixed(1)} s`);

const load = (f) => {
  const r = JSON.parse(readFileSync(path.join(work, f), "utf8"));
  r.generatedAt = "";
  return JSON.stringify(r);
};
const same = load("single.json") === load("merged.json");
const report = JSON.parse(load("merged.json"));
console.log(
  `merged report ${same ? "equals" : "DIFFERS FROM"} the single run's: ${report.findings.length} findings, documentation ${report.dimensions.documentation.score?.toFixed(2)}, verdict ${report.verdict}`,
);
console.log(
  `single run ${(single.ms / 1000).toFixed(1)} s; longest of ${shards} shards ${(Math.max(...shardMs) / 1000).toFixed(1)} s; merge ${(merge.ms / 1000).toFixed(1)} s`,
);
if (!same) process.exitCode = 1;
