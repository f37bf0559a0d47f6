// `npm run bench`: Readiness Gate side by side with the tools users would otherwise run, on the same inputs.
// Prints a table and writes bench/results.json. Not part of `npm test`: timings on a shared machine are noisy,
// so the goals are ratios between tools measured in the same run, each the median of several runs.
//
// Options: --sizes 1000,10000  --runs 3  --skip docs,artifacts,cold,links  --repeat-limit 120 (seconds: a case
// whose first run takes longer is run once, and the table says so)
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateLocustHistory, generateSarif, generateZap } from "./gen-artifacts.mjs";
import { generateDocs } from "./gen-docs.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
const work = path.join(here, ".work");
const bin = (name) => path.join(repo, "node_modules", ".bin", name);
const cli = path.join(repo, "dist", "cli", "index.js");

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    runs: { type: "string", default: "3" },
    skip: { type: "string", default: "" },
    "repeat-limit": { type: "string", default: "120" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
const skip = new Set(values.skip.split(",").filter(Boolean));
const hasTime = existsSync("/usr/bin/time");

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs a command once; wall time in seconds and peak RSS in MiB (from GNU time, or null without it). */
function measureOnce(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    const timeFile = path.join(os.tmpdir(), `rg-bench-time-${process.pid}`);
    const argv = hasTime ? ["-f", "%e %M", "-o", timeFile, cmd, ...args] : args;
    const start = process.hrtime.bigint();
    const child = spawn(hasTime ? "/usr/bin/time" : cmd, argv, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e9;
      let rss = null;
      if (hasTime && existsSync(timeFile)) {
        const [, kb] = readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-2);
        rss = Number(kb) / 1024;
        rmSync(timeFile, { force: true });
      }
      resolve({ wall, rss, code, stdout, stderr });
    });
  });
}

/** A case whose first run takes longer than this is not repeated (its single time is reported as such). */
const REPEAT_LIMIT_S = Number(values["repeat-limit"]);

async function measure(label, cmd, args, cwd) {
  const samples = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = await measureOnce(cmd, args, cwd);
    samples.push(last);
    process.stderr.write(`  ${label}: run ${i + 1}/${runs} ${last.wall.toFixed(2)} s\n`);
    if (i === 0 && last.wall > REPEAT_LIMIT_S) {
      process.stderr.write(`  ${label}: over ${REPEAT_LIMIT_S} s, not repeated\n`);
      break;
    }
  }
  return {
    label,
    wall: median(samples.map((s) => s.wall)),
    rss: hasTime ? median(samples.map((s) => s.rss)) : null,
    runs: samples.length,
    exitCode: last.code,
    stdout: last.stdout,
    stderr: last.stderr,
  };
}

const strip = (s) => s.replace(/\u001b\[[0-9;]*m/g, "");

/** Broken internal links and anchors as `path:line:col` from remark's report. */
function remarkBroken(stderr) {
  const out = new Set();
  let file = null;
  for (const raw of strip(stderr).split("\n")) {
    const line = raw.trimEnd();
    if (/^[^\s\d⚠]/.test(line)) file = line.trim();
    const m =
      /^\s*(\d+):(\d+)(?:-\d+:\d+)?\s+warning\s.*\b(missing-file|missing-heading|missing-heading-in-file)\b/.exec(line);
    if (m && file) out.add(`${file}:${m[1]}:${m[2]}`);
  }
  return out;
}

const LINK_RULES = /link|anchor|heading|file/i;
function oursBroken(reportPath) {
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  const out = new Set();
  for (const f of report.findings) {
    if (f.dimension !== "documentation" || !f.path || !LINK_RULES.test(f.ruleId)) continue;
    if (/lint|code|fence|language|external/i.test(f.ruleId)) continue;
    out.add(`${f.path}:${f.line}:${f.column}`);
  }
  return { set: out, report };
}

const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  runs,
  docs: [],
  artifacts: [],
  coldStart: null,
  externalLinks: null,
};
// A partial run (--skip) keeps the skipped parts of the previous results.json, with their own date.
const resultsFile = path.join(here, "results.json");
if (skip.size > 0 && existsSync(resultsFile)) {
  const previous = JSON.parse(readFileSync(resultsFile, "utf8"));
  const keep = { docs: "docs", artifacts: "artifacts", cold: "coldStart", links: "externalLinks" };
  for (const [part, key] of Object.entries(keep)) {
    if (skip.has(part) && previous[key]) {
      results[key] = previous[key];
      results.kept = { ...(results.kept ?? {}), [key]: previous.kept?.[key] ?? previous.date };
    }
  }
}
const rows = [];
const fmt = (x, d = 2) => (x === null || x === undefined ? "n/a" : x.toFixed(d));

if (!existsSync(cli)) {
  console.error("dist/cli/index.js is missing: run `npm run build` first.");
  process.exit(2);
}
mkdirSync(work, { recursive: true });

if (!skip.has("docs")) {
  for (const n of sizes) {
    const dir = path.join(work, `docs-${n}`);
    process.stderr.write(`Generating ${n} files…\n`);
    const gen = generateDocs(dir, n, 42);
    const reportPath = path.join(work, `ours-${n}.json`);
    const a = await measure(
      `ours ${n}`,
      process.execPath,
      [
        cli,
        "--root",
        dir,
        "--config",
        path.join(here, "config-docs.yml"),
        "--format",
        "json",
        "--output",
        reportPath,
        "--no-progress",
      ],
      repo,
    );
    const b = await measure(
      `remark-validate-links ${n}`,
      bin("remark"),
      ["--frail", "--quiet", "-u", "remark-validate-links=repository:false", "."],
      dir,
    );
    const c = await measure(`markdownlint-cli2 ${n}`, bin("markdownlint-cli2"), ["**/*.md"], dir);
    const d = await measure(`parse floor ${n}`, process.execPath, [path.join(here, "parse-floor.mjs"), dir], repo);
    const ours = oursBroken(reportPath);
    const theirs = remarkBroken(b.stderr);
    const onlyOurs = [...ours.set].filter((x) => !theirs.has(x)).sort();
    const onlyTheirs = [...theirs].filter((x) => !ours.set.has(x)).sort();
    const chars = ours.report.dimensions.documentation.metrics;
    const entry = {
      files: n,
      generatedBrokenLinks: gen.expectedBroken.length,
      ours: { wall: a.wall, rss: a.rss, brokenLinks: ours.set.size, metrics: chars },
      remarkValidateLinks: { wall: b.wall, rss: b.rss, runs: b.runs, brokenLinks: theirs.size },
      markdownlintCli2: { wall: c.wall, rss: c.rss },
      parseFloor: { wall: d.wall, rss: d.rss },
      ratioToPeers: a.wall / (b.wall + c.wall),
      ratioToFloor: a.wall / d.wall,
      disagreements: {
        onlyOurs: onlyOurs.slice(0, 50),
        onlyRemark: onlyTheirs.slice(0, 50),
        counts: [onlyOurs.length, onlyTheirs.length],
      },
    };
    results.docs.push(entry);
    rows.push([
      `docs ${n}: ours`,
      fmt(a.wall),
      fmt(a.rss, 0),
      `${fmt(entry.ratioToPeers)} × peers, ${fmt(entry.ratioToFloor)} × floor`,
    ]);
    rows.push([
      `docs ${n}: remark-validate-links`,
      fmt(b.wall),
      fmt(b.rss, 0),
      `${theirs.size} broken (ours ${ours.set.size})${b.runs < runs ? `, ${b.runs} run` : ""}`,
    ]);
    rows.push([`docs ${n}: markdownlint-cli2`, fmt(c.wall), fmt(c.rss, 0), ""]);
    rows.push([`docs ${n}: parse floor`, fmt(d.wall), fmt(d.rss, 0), ""]);
  }
}

if (!skip.has("artifacts")) {
  const dir = path.join(work, "artifacts");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stderr.write("Generating artifacts…\n");
  // Trivy's own golden SARIF (copied into the test fixtures with its source noted), scaled up.
  const sarifSource = path.join(repo, "test/fixtures/security/real/sarif/trivy_image_alpine-310.sarif");
  const cases = [
    { name: "SARIF 100 MB", file: "big.sarif", gen: (p) => generateSarif(p, sarifSource, 100 * 1024 * 1024) },
    {
      name: "Locust history 1,000,000 rows",
      file: "big_stats_history.csv",
      gen: (p) => generateLocustHistory(p, 1_000_000),
    },
    { name: "ZAP 10,000 alerts", file: "big-zap.json", gen: (p) => generateZap(p, 10_000) },
  ];
  for (const c of cases) {
    const p = path.join(dir, c.file);
    await c.gen(p);
    const size = statSync(p).size / 2 ** 20;
    const r = await measure(
      c.name,
      process.execPath,
      [
        cli,
        "--root",
        dir,
        "--config",
        path.join(here, "config-artifacts.yml"),
        "--artifacts",
        c.file,
        "--format",
        "json",
        "--output",
        path.join(work, `${c.file}.report.json`),
        "--no-progress",
      ],
      repo,
    );
    const report = JSON.parse(readFileSync(path.join(work, `${c.file}.report.json`), "utf8"));
    const art = report.artifacts[0] ?? {};
    results.artifacts.push({
      name: c.name,
      sizeMiB: size,
      wall: r.wall,
      rss: r.rss,
      rssPerFileSize: r.rss === null ? null : r.rss / size,
      status: art.status,
      format: art.format,
      error: art.error ?? null,
    });
    rows.push([
      c.name,
      fmt(r.wall),
      fmt(r.rss, 0),
      `${fmt(size, 0)} MiB file, ${art.status ?? "?"} as ${art.format ?? "?"}${r.rss ? `, RSS ${fmt(r.rss / size)} × size` : ""}`,
    ]);
  }
}

if (!skip.has("cold")) {
  const action = path.join(repo, "dist", "index.js");
  const samples = [];
  for (let i = 0; i < Math.max(5, runs); i++) {
    const start = process.hrtime.bigint();
    const first = await new Promise((resolve) => {
      const child = spawn(process.execPath, [action], {
        cwd: path.join(repo, "examples", "acme-api"),
        env: {
          PATH: process.env.PATH,
          "INPUT_DRY-RUN": "true",
          "INPUT_GITHUB-TOKEN": "x",
          INPUT_CONFIG: ".github/readiness.yml",
          "INPUT_CHECK-NAME": "Production Readiness",
          INPUT_COMMENT: "never",
          INPUT_ANNOTATIONS: "0",
          "INPUT_FAIL-ON": "never",
          "INPUT_CONDITIONAL-CONCLUSION": "neutral",
          GITHUB_EVENT_NAME: "workflow_dispatch",
          GITHUB_REPOSITORY: "acme/api",
          GITHUB_SHA: "0".repeat(40),
          GITHUB_STEP_SUMMARY: path.join(work, "summary.md"),
          RUNNER_TEMP: work,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let done = false;
      let firstMs = null;
      child.stdout.once("data", () => {
        firstMs = Number(process.hrtime.bigint() - start) / 1e6;
      });
      // The next sample starts only after this run has finished, so runs never compete for the CPU.
      child.on("close", () => {
        if (!done) {
          done = true;
          resolve(firstMs);
        }
      });
    });
    if (first !== null) samples.push(first);
  }
  const size = statSync(path.join(repo, "dist", "index.js")).size / 2 ** 20;
  results.coldStart = { msToFirstLine: samples.length ? median(samples) : null, distIndexMiB: size };
  rows.push([
    "Action cold start",
    fmt(samples.length ? median(samples) / 1000 : null, 3),
    "",
    `dist/index.js ${fmt(size)} MiB (goal ≤ 0.300 s, ≤ 10 MiB)`,
  ]);
}

if (!skip.has("links")) {
  const mod = path.join(here, "external-links.mjs");
  if (existsSync(mod)) {
    const { benchExternalLinks } = await import(mod);
    const r = await benchExternalLinks();
    results.externalLinks = r;
    rows.push(["External links 500 URLs @100 ms", fmt(r.wallSeconds ?? r.wall), "", r.summary ?? ""]);
  }
}

writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
const widths = [40, 9, 10];
console.log(`\nReadiness Gate benchmark, ${results.date}, ${results.machine}, median of ${runs} runs\n`);
console.log(`${"case".padEnd(widths[0])} ${"wall s".padStart(widths[1])} ${"peak MiB".padStart(widths[2])}  notes`);
for (const r of rows)
  console.log(`${r[0].padEnd(widths[0])} ${r[1].padStart(widths[1])} ${r[2].padStart(widths[2])}  ${r[3]}`);
for (const d of results.docs) {
  if (d.disagreements.counts[0] || d.disagreements.counts[1]) {
    console.log(
      `\n${d.files} files: ${d.disagreements.counts[0]} broken links only we report, ${d.disagreements.counts[1]} only remark-validate-links reports; examples in bench/results.json`,
    );
  }
}
console.log("\nwrote bench/results.json");
