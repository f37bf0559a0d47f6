import { mkdtempSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";

async function cli(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stderrIsTty: false,
    cwd,
    now: () => new Date("2026-11-25T12:00:00Z"),
  });
  return { code, stdout, stderr };
}

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "rg-cli-"));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), content);
  }
  return dir;
}

describe("readiness-gate CLI", () => {
  it("a --root that does not exist is exit code 2 with one sentence", async () => {
    const dir = tree({ "README.md": "# x\n" });
    const r = await cli(["--root", "no-such-dir"], dir);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "readiness-gate: --root no-such-dir: no such directory\n" });
  });

  it("prints help and version", async () => {
    const dir = tree({});
    const help = await cli(["--help"], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: readiness-gate \[options\]/);
    const version = await cli(["-v"], dir);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync("package.json", "utf8")).version}\n`);
  });

  it("exits 2 with one sentence on a usage error", async () => {
    const r = await cli(["--format", "html"], tree({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'readiness-gate: --format: found "html", allowed: text, markdown, json, sarif\nRun readiness-gate --help for the options.\n',
    );
    const unknown = await cli(["--nope"], tree({}));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^readiness-gate: Unknown option '--nope'/);
  });

  it("exits 2 naming the file and key on a config error", async () => {
    const dir = tree({ ".github/readiness.yml": "documentation:\n  targt: 3\n" });
    const r = await cli(["--root", dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "readiness-gate: config error in .github/readiness.yml: unknown key `documentation.targt` (check the spelling; see the config reference)\n",
    );
    expect(r.stdout).toBe("");
  });

  it("exits 2 when an explicit --config file does not exist", async () => {
    const dir = tree({});
    const r = await cli(["--root", dir, "--config", "missing.yml"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("readiness-gate: config error in missing.yml: the config file does not exist\n");
  });

  it("prints a JSON report with the model's fields", async () => {
    const dir = tree({ "README.md": "# Title\n\nText.\n" });
    const r = await cli(["--root", dir, "--format", "json"], dir);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual([
      "schemaVersion",
      "tool",
      "generatedAt",
      "verdict",
      "score",
      "recommendation",
      "dimensions",
      "findings",
      "artifacts",
      "gates",
      "risks",
      "notices",
    ]);
    expect(report.schemaVersion).toBe(1);
    expect(report.generatedAt).toBe("2026-11-25T12:00:00.000Z");
    expect(Object.keys(report.dimensions)).toEqual(["documentation", "performance", "security", "compliance"]);
    expect(report.dimensions.performance.status).toBe("not-assessed");
  });

  it("writes nothing but --output, and --summary prints the verdict line", async () => {
    const dir = tree({ "README.md": "# Title\n\nBack to [the title](#title).\n" });
    const before = readdirSync(dir).sort();
    const r = await cli(["--root", dir, "--format", "markdown", "--output", "out.md", "--summary"], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([...before, "out.md"].sort());
    expect(readFileSync(path.join(dir, "out.md"), "utf8")).toMatch(/^## .* Readiness: /);
    // No doubled words: not `GO (go)`, not `n/a/100`.
    expect(r.stdout.split("\n")[0]).toBe("Readiness: GO, score 100/100");
    expect(r.stdout.endsWith("Report written to out.md\n")).toBe(true);
  });

  it("an artifact pattern that matched nothing is a warning next to the verdict", async () => {
    const dir = tree({ "README.md": "# Title\n\nBack to [the title](#title).\n" });
    const r = await cli(["--root", dir, "--format", "json", "--artifacts", "reports/**"], dir);
    const report = JSON.parse(r.stdout);
    expect(report.emptyPatterns).toEqual([{ kind: "artifact", pattern: "reports/**" }]);
    expect(report.notices).toEqual([]);
    const text = await cli(["--root", dir, "--artifacts", "reports/**"], dir);
    expect(text.stdout.split("\n").slice(0, 3)).toEqual([
      "Readiness: GO, score 100/100",
      "Deploy: every gate holds.",
      'Warning: The artifact pattern "reports/**" matched no file, so nothing was read from it. Check the path and that an earlier step wrote the report.',
    ]);
  });

  it("nothing assessed is its own verdict and exit code 3, unless --allow-empty", async () => {
    // Nothing to check: no documentation file is selected, the artifact glob matches nothing, no control.
    const dir = tree({ "notes.txt": "not Markdown\n" });
    const r = await cli(["--root", dir, "--artifacts", "reports/*.sarif"], dir);
    expect(r.code).toBe(3);
    expect(r.stdout.split("\n").slice(0, 5)).toEqual([
      "Readiness: NOTHING ASSESSED",
      "Do not rely on this result: nothing was assessed. Point the config at the documentation, the artifacts or the compliance controls to assess.",
      "Warning: Nothing was assessed, so this result is not a go (documentation: no Markdown files matched documentation.include; performance: no load-test results were found; security: no security scanner results were found; compliance: no compliance controls are declared (add `compliance.packs: [baseline]` or `compliance.controls`)). Point the config at the documentation, the reports or the compliance controls to assess, or set allow-empty where an empty run is expected.",
      "Warning: No documentation files matched documentation.include, so no documentation was checked. Check the include patterns in the config.",
      'Warning: The artifact pattern "reports/*.sarif" matched no file, so nothing was read from it. Check the path and that an earlier step wrote the report.',
    ]);
    const allowed = await cli(
      ["--root", dir, "--artifacts", "reports/*.sarif", "--allow-empty", "--format", "json"],
      dir,
    );
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout)).toMatchObject({ verdict: "nothing-assessed", score: null });
    const sarif = await cli(["--root", dir, "--format", "sarif"], dir);
    expect(JSON.parse(sarif.stdout).runs[0].properties).toEqual({ verdict: "nothing-assessed", score: null });
  });
});

describe("bad documentation input", () => {
  it("names an oversized, a non-UTF-8 file and survives a symlink loop, and goes on with the rest", async () => {
    const dir = tree({
      "README.md": "# Ok\n\n[guide](docs/guide.md)\n",
      "docs/guide.md": "# Guide\n",
      "docs/latin.md": "",
    });
    writeFileSync(path.join(dir, "docs/latin.md"), Buffer.from([0xff, 0xfe, 0x41, 0x0a]));
    writeFileSync(path.join(dir, "docs/huge.md"), "x".repeat(6 * 1024 * 1024));
    symlinkSync(".", path.join(dir, "docs/loop"));
    const r = await cli(["--root", dir, "--format", "json"], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const doc = report.findings.filter((f: { dimension: string }) => f.dimension === "documentation");
    expect(
      doc.map(
        (f: { path: string; line: number; column: number; ruleId: string; message: string }) =>
          `${f.path}:${f.line}:${f.column} ${f.ruleId}: ${f.message}`,
      ),
    ).toEqual([
      "docs/huge.md:1:1 documentation.unreadable: docs/huge.md is 6.0 MB, over the 5 MB limit for documentation files; it was not checked.",
      "docs/latin.md:1:1 documentation.unreadable: docs/latin.md is not valid UTF-8 text; save it as UTF-8; it was not checked.",
    ]);
    expect(report.dimensions.documentation.metrics.unreadable).toBe(2);
    expect(report.dimensions.documentation.metrics["links-valid"]).toBe(1);
  });
});

describe("very large scanner output", () => {
  it("lists at most MAX_LISTED_FINDINGS findings per dimension, most severe first, and says so", async () => {
    const { MAX_LISTED_FINDINGS } = await import("../../src/core/assess.js");
    const vulns = Array.from({ length: MAX_LISTED_FINDINGS + 10 }, (_, i) => ({
      name: `pkg-${i}`,
      version: "1.0.0",
      vulns: [{ id: `PYSEC-2024-${i}`, fix_versions: ["1.0.1"], description: "x" }],
    }));
    const dir = tree({ "reports/pip-audit.json": JSON.stringify({ dependencies: vulns, fixes: [] }) });
    const r = await cli(["--root", dir, "--format", "json", "--artifacts", "reports/*.json"], dir);
    const report = JSON.parse(r.stdout);
    expect(report.findings.filter((f: { dimension: string }) => f.dimension === "security")).toHaveLength(
      MAX_LISTED_FINDINGS,
    );
    expect(report.dimensions.security.metrics["findings.total"]).toBe(MAX_LISTED_FINDINGS + 10);
    expect(report.notices).toContain(
      "5,010 security findings: the report lists the 5,000 most severe; scores and counts include all of them",
    );
  });
});
