import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runCli } from "../../src/cli/run.js";
import type { Report } from "../../src/core/model/report.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("this repository assessed with its own .github/readiness.yml", () => {
  it("is go with the baseline pack: every control has evidence, every documentation check passes", async () => {
    const own = parse(await readFile(path.join(repo, ".github/readiness.yml"), "utf8")) as Record<string, unknown>;
    expect(own.compliance).toEqual({ packs: ["baseline"] });
    // The only change: external links stay unchecked, because tests never leave the loopback interface
    // (the repository's own workflow checks them, in the default warn mode).
    const documentation = { ...(own.documentation as object), "external-links": "off" };
    const dir = await mkdtemp(path.join(tmpdir(), "readiness-self-"));
    dirs.push(dir);
    const config = path.join(dir, "readiness.yml");
    await writeFile(config, stringify({ ...own, documentation }));
    let stdout = "";
    let stderr = "";
    const code = await runCli(["--root", repo, "--config", config, "--format", "json"], {
      stdout: (s) => {
        stdout += s;
      },
      stderr: (s) => {
        stderr += s;
      },
      stderrIsTty: false,
      cwd: repo,
    });
    expect(stderr).toBe("");
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.column}: ${f.message}`)).toEqual([]);
    expect(report.dimensions.compliance.details?.controls.map((c) => `${c.id} ${c.status}`)).toEqual([
      "security-policy passed",
      "code-owners passed",
      "license passed",
      "dependency-updates passed",
      "incident-response passed",
      "disaster-recovery passed",
      "runbooks passed",
      "privacy-policy passed",
    ]);
    expect(report.dimensions.compliance.score).toBe(100);
    expect(report.dimensions.documentation.score).toBe(100);
    expect(report.verdict).toBe("go");
    expect(code).toBe(0);
  });
});
