/** `--shard i/n` and `merge` through the CLI: partial reports on disk, merged into the single run's report. */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
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
  const dir = mkdtempSync(path.join(tmpdir(), "rg-cli-shards-"));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), content);
  }
  return dir;
}

describe("readiness-gate --shard and merge", () => {
  const dir = tree({
    ".github/readiness.yml":
      "documentation:\n  external-links: off\nperformance: { enabled: false }\nsecurity: { enabled: false }\n",
    "README.md": "# Readme\n\n[Setup](docs/setup.md#install), [FAQ](docs/faq.md#nothing), [gone](docs/gone.md).\n",
    "docs/setup.md": "# Setup\n\n## Install\n\n[Back](../README.md#readme)\n",
    "docs/faq.md": "# FAQ\n\n## Why\n\nBecause.\n",
    "docs/usage.md": "# Usage\n\n[Setup](setup.md#instal)\n",
  });

  it("writes one partial report per shard, and merges them into the report of a single run", async () => {
    for (const i of [1, 2, 3]) {
      const r = await cli(["--root", ".", "--shard", `${i}/3`, "--output", `part-${i}.json`], dir);
      expect([r.code, r.stdout]).toEqual([0, ""]);
      expect(r.stderr).toMatch(new RegExp(`^readiness-gate: shard ${i}/3: \\d+ documentation files in \\d+ ms\\n$`));
    }
    const single = await cli(["--root", ".", "--format", "json"], dir);
    const merged = await cli(
      ["merge", "--root", ".", "--format", "json", "part-3.json", "part-1.json", "part-2.json"],
      dir,
    );
    expect(merged.code).toBe(single.code);
    expect(merged.stdout).toBe(single.stdout);
    expect(merged.stderr).toMatch(/^readiness-gate: merged 3 shards; the longest took \d+ ms \(\d+, \d+, \d+ ms\)\n$/);
    const text = await cli(["merge", "--root", ".", "part-1.json", "part-2.json", "part-3.json"], dir);
    expect(text.stdout).toContain("docs/usage.md:3:1");
  });

  it("names the problem: a bad --shard, a missing shard, a file that is not a partial report", async () => {
    expect((await cli(["--root", ".", "--shard", "4/3"], dir)).stderr).toBe(
      'readiness-gate: --shard must be "i/n" with 1 ≤ i ≤ n ≤ 256 (e.g. "2/4"), not "4/3"\n',
    );
    await cli(["--root", ".", "--shard", "1/3", "--output", "only-1.json"], dir);
    const missing = await cli(["merge", "--root", ".", "only-1.json"], dir);
    expect([missing.code, missing.stderr]).toEqual([2, "readiness-gate: shard(s) 2/3, 3/3 missing\n"]);
    const notPartial = await cli(["merge", "--root", ".", ".github/readiness.yml"], dir);
    expect(notPartial.stderr).toMatch(/^readiness-gate: .*readiness\.yml: not a partial report \(/);
    expect((await cli(["merge", "--root", "."], dir)).stderr).toContain("merge needs the partial reports (PARTIAL...)");
  });
});
