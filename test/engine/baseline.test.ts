/**
 * Judging the change: a repository with history (made here with git) whose base has 50 broken links, 20 lint
 * errors and one high advisory; the PR inserts 30 lines above them and adds one broken link. The gate fails on
 * exactly the new link; with `gate-on: all` it judges the whole repository as before.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import type { Report } from "../../src/core/model/report.js";

const NOW = new Date("2025-03-01T10:00:00Z");
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.email=t@example.test", "-c", "user.name=t", ...args], { cwd, encoding: "utf8" });

function baseRepo(config = "artifacts:\n  - reports/*.json\n"): string {
  const dir = mkdtempSync(path.join(tmpdir(), "rg-baseline-"));
  git(dir, "init", "-q", "-b", "main");
  mkdirSync(path.join(dir, "docs"));
  mkdirSync(path.join(dir, "reports"));
  mkdirSync(path.join(dir, ".github"));
  const links = Array.from({ length: 50 }, (_, i) => `- [missing ${i + 1}](gone-${i + 1}.md)`).join("\n");
  const steps = Array.from({ length: 20 }, (_, i) => `## Step ${i + 1}.\n\nDo step ${i + 1}.`).join("\n\n");
  writeFileSync(path.join(dir, "docs", "old.md"), `# Old\n\nIntro.\n\n${links}\n\n${steps}\n`);
  writeFileSync(path.join(dir, "README.md"), "# Project\n\nRead [the old guide](docs/old.md).\n");
  writeFileSync(path.join(dir, ".markdownlint.json"), '{ "default": true, "MD013": false }\n');
  copyFileSync(
    new URL("../fixtures/projects/worked-example/extra/npm-audit-high.json", import.meta.url),
    path.join(dir, "reports", "npm-audit.json"),
  );
  writeFileSync(path.join(dir, ".github", "readiness.yml"), config);
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base");
  return dir;
}

/** The PR: 30 lines above the old findings, and one new broken link in the README. */
function openPr(dir: string): void {
  git(dir, "checkout", "-q", "-b", "pr");
  const file = path.join(dir, "docs", "old.md");
  const filler = Array.from({ length: 30 }, (_, i) => `Filler line ${i + 1}.`).join("\n");
  writeFileSync(file, readFileSync(file, "utf8").replace("# Old\n\n", `# Old\n\n${filler}\n\n`));
  writeFileSync(
    path.join(dir, "README.md"),
    `${readFileSync(path.join(dir, "README.md"), "utf8")}\nAlso [the new page](docs/new-page.md).\n`,
  );
  git(dir, "commit", "-qam", "pr");
}

async function cli(
  dir: string,
  ...args: string[]
): Promise<{ code: number; report: Report; text: string; stderr: string }> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "rg-out-")), "report.json");
  let stderr = "";
  const format = args.includes("--format") ? [] : ["--format", "json"];
  const code = await runCli(["--root", dir, ...format, "--output", out, ...args], {
    stdout: () => {},
    stderr: (s) => {
      stderr += s;
    },
    stderrIsTty: false,
    cwd: dir,
    now: () => NOW,
    env: {},
  });
  const text = readFileSync(out, "utf8");
  return { code, report: args.includes("markdown") ? ({} as Report) : (JSON.parse(text) as Report), text, stderr };
}

const where = (f: Report["findings"][number]) => `${f.path}:${f.line}:${f.column} ${f.ruleId}`;
const failed = (r: Report) => r.gates.filter((g) => g.status === "failed").map((g) => g.id);

describe("new-findings gating against the PR's base", () => {
  it("fails on exactly the new link; the 71 old findings are shown, not blocking; fingerprints survive the insertion", async () => {
    const dir = baseRepo();
    openPr(dir);
    const { code, report, stderr } = await cli(dir, "--base", "main");
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(failed(report)).toEqual(["no-new-documentation-findings"]);
    expect(report.findings.filter((f) => f.state === "new").map(where)).toEqual(["README.md:5:6 links.missing-file"]);
    const base = git(dir, "rev-parse", "main").trim();
    expect(report.comparison).toEqual({
      gateOn: "new",
      baseline: { kind: "base-commit", description: `the base commit ${base.slice(0, 7)}`, sha: base },
      added: 1,
      existing: 71,
      fixed: 0,
      renamed: 0,
    });
    const old = report.findings.filter((f) => f.state === "existing");
    expect(old.filter((f) => f.ruleId === "links.missing-file")).toHaveLength(50);
    expect(old.filter((f) => f.ruleId.startsWith("markdownlint/"))).toHaveLength(20);
    expect(old.filter((f) => f.dimension === "security").map((f) => f.severity)).toEqual(["high"]);
    // Whole-repository scores are still what a reviewer sees.
    expect(report.dimensions.documentation.metrics["broken-links"]).toBe(51);

    const md = await cli(dir, "--base", "main", "--format", "markdown");
    expect(md.code).toBe(1);
    expect(md.text).toContain(
      `**This PR adds 1 problem and fixes 0** (compared with the base commit ${base.slice(0, 7)}; 71 problems already on the base branch are shown, not blocking).`,
    );
    expect(md.text).toContain("**New in this PR**\n\n**`README.md`**\n- `README.md:5` Broken link:");
    expect(md.text).toContain("<details><summary>Already on the base branch: 71 findings (not blocking)</summary>");
  });

  it("with gate-on: all, judges the whole repository as before", async () => {
    const dir = baseRepo("artifacts:\n  - reports/*.json\ngate-on: all\n");
    openPr(dir);
    const { code, report } = await cli(dir, "--base", "main");
    expect(code).toBe(1);
    expect(failed(report)).toEqual(["no-high-findings", "documentation-score"]);
    expect(report.comparison?.gateOn).toBe("all");
    expect(report.comparison?.added).toBe(1);
    // Without any baseline the run is today's.
    const plain = await cli(dir);
    expect(failed(plain.report)).toEqual(["no-high-findings", "documentation-score"]);
    expect(plain.report.comparison).toBeUndefined();
    expect(plain.report.findings.every((f) => f.state === undefined)).toBe(true);
  });

  it("a saved base report is a baseline too; a renamed file keeps its findings; a fixed link counts as fixed", async () => {
    const dir = baseRepo();
    const saved = await cli(dir);
    const baseReport = path.join(mkdtempSync(path.join(tmpdir(), "rg-base-report-")), "base.json");
    writeFileSync(
      baseReport,
      JSON.stringify({ ...saved.report, context: { sha: git(dir, "rev-parse", "HEAD").trim() } }),
    );
    git(dir, "checkout", "-q", "-b", "pr");
    mkdirSync(path.join(dir, "docs", "guide"));
    renameSync(path.join(dir, "docs", "old.md"), path.join(dir, "docs", "guide", "old.md"));
    const moved = path.join(dir, "docs", "guide", "old.md");
    writeFileSync(moved, readFileSync(moved, "utf8").replace("- [missing 1](gone-1.md)\n", ""));
    writeFileSync(path.join(dir, "README.md"), "# Project\n\nRead [the old guide](docs/guide/old.md).\n");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "move the guide");
    const { code, report } = await cli(dir, "--baseline", baseReport);
    expect(code).toBe(0);
    expect(failed(report)).toEqual([]);
    expect(report.comparison).toMatchObject({ added: 0, existing: 70, fixed: 1, renamed: 70 });
    expect(report.comparison?.baseline.kind).toBe("report");
  });

  it("says so when the base cannot be found, and gates on every finding", async () => {
    const dir = baseRepo();
    const { code, report, stderr } = await cli(dir, "--base", "no-such-branch");
    expect(code).toBe(1);
    expect(report.comparison).toBeUndefined();
    expect(stderr).toBe(
      "readiness-gate: no baseline could be used (the base no-such-branch is not in this checkout (a shallow clone? use actions/checkout with fetch-depth: 0, or let the action fetch it)): every finding gates, old ones included (see docs/pull-requests.md)\n",
    );
  });
});
