// `npm run bench`: Readiness Gate side by side with the tools users would otherwise run, on the same inputs.
// Prints a table and writes bench/results.json. Not part of `npm test`: timings on a shared machine are noisy,
// so the goals are ratios between tools measured in the same run, each the median of several runs.
//
// Options: --sizes 1000,10000 (uniform generated trees)  --profiles book,community,spec (trees shaped like measured
// real repositories, bench/gen-real-docs.mjs; --spec-files 150 bounds the largest)  --tree DIR (a real tree, also
// measured; repeatable)  --runs 3  --skip docs,artifacts,cold,links  --repeat-limit 120 (seconds: a case whose first
// run takes longer is run once, and the table says so)  --compare-cli PATH (another build's dist/cli/index.js: its
// findings on every tree must be identical to this build's)
//
// Documentation runs are paired: in each round ours, remark-validate-links, markdownlint-cli2 and the parse floor run
// one after the other, and each ratio is the median of the rounds' ratios, for wall time and for CPU time (user +
// system, from GNU time), so that load from other work on the machine hits both sides of a ratio alike.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateLocustHistory, generateSarif, generateZap } from "./gen-artifacts.mjs";
import { generateDocs } from "./gen-docs.mjs";
import { generateRealDocs } from "./gen-real-docs.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
const work = path.join(here, ".work");
const bin = (name) => path.join(repo, "node_modules", ".bin", name);
const cli = path.join(repo, "dist", "cli", "index.js");
const validateLinks = path.join(repo, "node_modules", "remark-validate-links", "index.js");

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    profiles: { type: "string", default: "book,community,spec" },
    "spec-files": { type: "string", default: "150" },
    tree: { type: "string", multiple: true, default: [] },
    "compare-cli": { type: "string" },
    runs: { type: "string", default: "3" },
    skip: { type: "string", default: "" },
    "repeat-limit": { type: "string", default: "120" },
  },
});
const sizes = values.sizes.split(",").filter(Boolean).map(Number);
const profiles = values.profiles.split(",").filter(Boolean);
const runs = Number(values.runs);
const skip = new Set(values.skip.split(",").filter(Boolean));
const hasTime = existsSync("/usr/bin/time");

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs a command once; wall time in seconds, CPU seconds and peak RSS in MiB (from GNU time, or null without it). */
function measureOnce(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    const timeFile = path.join(os.tmpdir(), `rg-bench-time-${process.pid}`);
    const argv = hasTime ? ["-f", "%e %U %S %M", "-o", timeFile, cmd, ...args] : args;
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
      let cpu = null;
      if (hasTime && existsSync(timeFile)) {
        const [, user, sys, kb] = readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-4);
        rss = Number(kb) / 1024;
        cpu = Number(user) + Number(sys);
        rmSync(timeFile, { force: true });
      }
      resolve({ wall, cpu, rss, code, stdout, stderr });
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
// The previous results' findings digests: the generated trees are seeded, so their findings must not change.
const previousDocs = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, "utf8")).docs ?? []) : [];
const rows = [];
const fmt = (x, d = 2) => (x === null || x === undefined ? "n/a" : x.toFixed(d));

if (!existsSync(cli)) {
  console.error("dist/cli/index.js is missing: run `npm run build` first.");
  process.exit(2);
}
mkdirSync(work, { recursive: true });

/** Every finding of a report, one line each in a fixed order: what must not change between two builds. */
function findingLines(report) {
  return report.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
}

function digest(lines) {
  return createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
}

const oursArgs = (cliPath, dir, reportPath) => [
  cliPath,
  "--root",
  dir,
  "--config",
  path.join(here, "config-docs.yml"),
  "--format",
  "json",
  "--output",
  reportPath,
  "--no-progress",
];

/** Paired rounds of the four commands on one tree; medians of each and of each round's ratios. */
async function measureTree(name, dir, expectedBroken) {
  const reportPath = path.join(work, `ours-${name.replace(/\W+/g, "-")}.json`);
  const cmds = [
    ["ours", process.execPath, oursArgs(cli, dir, reportPath), repo],
    // The plugin by path and no rc files: a real tree's own remark configuration names plugins not installed here.
    [
      "remark",
      bin("remark"),
      ["--no-config", "--frail", "--quiet", "-u", `${validateLinks}=repository:false`, "."],
      dir,
    ],
    ["markdownlint", bin("markdownlint-cli2"), ["**/*.md"], dir],
    ["floor", process.execPath, [path.join(here, "parse-floor.mjs"), dir], repo],
  ];
  const samples = Object.fromEntries(cmds.map(([k]) => [k, []]));
  const slow = new Set();
  for (let i = 0; i < runs; i++) {
    for (const [k, cmd, args, cwd] of cmds) {
      if (slow.has(k)) continue;
      const r = await measureOnce(cmd, args, cwd);
      samples[k].push(r);
      process.stderr.write(`  ${name} ${k}: run ${i + 1}/${runs} ${r.wall.toFixed(2)} s wall, ${fmt(r.cpu)} s cpu\n`);
      if (i === 0 && r.wall > REPEAT_LIMIT_S) {
        process.stderr.write(`  ${name} ${k}: over ${REPEAT_LIMIT_S} s, not repeated\n`);
        slow.add(k);
      }
    }
  }
  const med = (k, f) => median(samples[k].map((s) => s[f]).filter((x) => x !== null));
  const at = (k, i) => samples[k][Math.min(i, samples[k].length - 1)];
  const pairedRatio = (f, over) =>
    median(samples.ours.map((s, i) => s[f] / over.reduce((sum, k) => sum + at(k, i)[f], 0)));
  const summary = (k) => ({
    wall: med(k, "wall"),
    cpu: hasTime ? med(k, "cpu") : null,
    rss: med(k, "rss"),
    runs: samples[k].length,
  });
  const ours = oursBroken(reportPath);
  const theirs = remarkBroken(at("remark", 0).stderr);
  const onlyOurs = [...ours.set].filter((x) => !theirs.has(x)).sort();
  const onlyTheirs = [...theirs].filter((x) => !ours.set.has(x)).sort();
  const lines = findingLines(ours.report);
  let sameFindings = null;
  if (values["compare-cli"]) {
    const otherPath = `${reportPath}.compare.json`;
    await measureOnce(process.execPath, oursArgs(path.resolve(values["compare-cli"]), dir, otherPath), repo);
    const other = findingLines(JSON.parse(readFileSync(otherPath, "utf8")));
    sameFindings = other.length === lines.length && other.every((l, i) => l === lines[i]);
    if (!sameFindings) {
      const diff = other.filter((l) => !lines.includes(l)).slice(0, 5);
      process.stderr.write(
        `  ${name}: findings differ from ${values["compare-cli"]}; for example ${diff.join(" | ")}\n`,
      );
    }
  }
  const entry = {
    tree: name,
    files: ours.report.dimensions.documentation.metrics.files,
    ...(expectedBroken === undefined ? {} : { generatedBrokenLinks: expectedBroken }),
    findings: lines.length,
    findingsDigest: digest(lines),
    ...(sameFindings === null ? {} : { findingsIdenticalToCompareCli: sameFindings }),
    ours: { ...summary("ours"), brokenLinks: ours.set.size, metrics: ours.report.dimensions.documentation.metrics },
    remarkValidateLinks: { ...summary("remark"), brokenLinks: theirs.size },
    markdownlintCli2: summary("markdownlint"),
    parseFloor: summary("floor"),
    ratioToPeers: pairedRatio("wall", ["remark", "markdownlint"]),
    ratioToFloor: pairedRatio("wall", ["floor"]),
    cpuRatioToPeers: hasTime ? pairedRatio("cpu", ["remark", "markdownlint"]) : null,
    cpuRatioToFloor: hasTime ? pairedRatio("cpu", ["floor"]) : null,
    // Examples only from generated trees: a real tree's paths stay out of results.json.
    disagreements: {
      onlyOurs: expectedBroken === undefined ? [] : onlyOurs.slice(0, 50),
      onlyRemark: expectedBroken === undefined ? [] : onlyTheirs.slice(0, 50),
      counts: [onlyOurs.length, onlyTheirs.length],
    },
  };
  const previous = previousDocs.find((d) => (d.tree ?? `${d.files} files`) === name);
  if (previous?.findingsDigest && expectedBroken !== undefined)
    entry.findingsSameAsPreviousResults = previous.findingsDigest === entry.findingsDigest;
  results.docs.push(entry);
  const note = (e) => (e.runs < runs ? `, ${e.runs} run` : "");
  rows.push([
    `${name}: ours`,
    fmt(entry.ours.wall),
    fmt(entry.ours.cpu),
    fmt(entry.ours.rss, 0),
    `${fmt(entry.ratioToPeers)} / ${fmt(entry.cpuRatioToPeers)} × peers, ${fmt(entry.ratioToFloor)} / ${fmt(entry.cpuRatioToFloor)} × floor (wall / cpu)${sameFindings === null ? "" : sameFindings ? ", findings identical" : ", FINDINGS DIFFER"}`,
  ]);
  rows.push([
    `${name}: remark-validate-links`,
    fmt(entry.remarkValidateLinks.wall),
    fmt(entry.remarkValidateLinks.cpu),
    fmt(entry.remarkValidateLinks.rss, 0),
    `${theirs.size} broken (ours ${ours.set.size})${note(entry.remarkValidateLinks)}`,
  ]);
  rows.push([
    `${name}: markdownlint-cli2`,
    fmt(entry.markdownlintCli2.wall),
    fmt(entry.markdownlintCli2.cpu),
    fmt(entry.markdownlintCli2.rss, 0),
    note(entry.markdownlintCli2).replace(/^, /, ""),
  ]);
  rows.push([
    `${name}: parse floor`,
    fmt(entry.parseFloor.wall),
    fmt(entry.parseFloor.cpu),
    fmt(entry.parseFloor.rss, 0),
    "",
  ]);
}

if (!skip.has("docs")) {
  for (const n of sizes) {
    const dir = path.join(work, `docs-${n}`);
    process.stderr.write(`Generating ${n} files…\n`);
    const gen = generateDocs(dir, n, 42);
    await measureTree(`${n} files`, dir, gen.expectedBroken.length);
  }
  for (const profile of profiles) {
    const dir = path.join(work, `real-${profile}`);
    const count = profile === "spec" ? Number(values["spec-files"]) : undefined;
    process.stderr.write(`Generating the ${profile}-shaped tree…\n`);
    const gen = generateRealDocs(dir, profile, count);
    await measureTree(`${profile}-shaped, ${gen.files} files, ${(gen.bytes / 1e6).toFixed(1)} MB`, dir, 0);
  }
  for (const tree of values.tree) {
    const dir = path.resolve(tree);
    await measureTree(`tree ${path.basename(dir)}`, dir, undefined);
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
const widths = [52, 9, 9, 10];
console.log(`\nReadiness Gate benchmark, ${results.date}, ${results.machine}, median of ${runs} runs\n`);
console.log(
  `${"case".padEnd(widths[0])} ${"wall s".padStart(widths[1])} ${"cpu s".padStart(widths[2])} ${"peak MiB".padStart(widths[3])}  notes`,
);
for (const row of rows) {
  const r = row.length === 4 ? [row[0], row[1], "", row[2], row[3]] : row;
  console.log(
    `${r[0].padEnd(widths[0])} ${r[1].padStart(widths[1])} ${r[2].padStart(widths[2])} ${r[3].padStart(widths[3])}  ${r[4]}`,
  );
}
for (const d of results.docs) {
  if (d.findingsSameAsPreviousResults === false)
    console.log(`\n${d.tree}: the findings differ from the previous bench/results.json (digest ${d.findingsDigest})`);
  if (d.disagreements.counts[0] || d.disagreements.counts[1]) {
    console.log(
      `\n${d.tree ?? `${d.files} files`}: ${d.disagreements.counts[0]} broken links only we report, ${d.disagreements.counts[1]} only remark-validate-links reports${d.disagreements.onlyOurs.length + d.disagreements.onlyRemark.length ? "; examples in bench/results.json" : ""}`,
    );
  }
}
console.log("\nwrote bench/results.json");
