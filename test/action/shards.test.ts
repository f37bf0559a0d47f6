/** The Action across a matrix: `shard` jobs write partial reports and publish nothing; `mode: merge` reports once. */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/action/run.js";
import { githubEnv, recordingHost, workspace } from "./harness.js";

const CONFIG = "documentation:\n  external-links: off\nperformance: { enabled: false }\nsecurity: { enabled: false }\n";
const NOW = () => new Date("2026-11-25T12:00:00Z");

describe("the Action with shard and mode: merge", () => {
  it("two shard jobs and a merge job give the single run's report; the shards write nothing to GitHub", async () => {
    const ws = await workspace(CONFIG);
    await mkdir(path.join(ws.dir, "docs"), { recursive: true });
    await writeFile(path.join(ws.dir, "docs", "setup.md"), "# Setup\n\n## Install\n\n[Home](../README.md#example)\n");
    await writeFile(path.join(ws.dir, "docs", "usage.md"), "# Usage\n\n[Setup](setup.md#instal), [gone](gone.md)\n");
    const env = githubEnv(ws, "octo-org/sharded", "http://127.0.0.1:9");
    for (const i of [1, 2]) {
      const host = recordingHost(env, { shard: `${i}/2`, "github-token": "" });
      const out = await run({ host, now: NOW });
      expect([host.failed, out.checkRun, out.comment, out.report]).toEqual([null, null, null, null]);
      const file = host.outputs["partial-report"] as string;
      expect(path.basename(file)).toBe(`partial-${i}-of-2.json`);
      // Where actions/download-artifact puts each shard's artifact in the merge job.
      await mkdir(path.join(ws.dir, "readiness-partials", `shard-${i}`), { recursive: true });
      await copyFile(file, path.join(ws.dir, "readiness-partials", `shard-${i}`, path.basename(file)));
    }
    const merged = await run({ host: recordingHost(env, { mode: "merge", "dry-run": "true" }), now: NOW });
    const single = await run({ host: recordingHost(env, { "dry-run": "true" }), now: NOW });
    expect(merged.report).toEqual(single.report);
    expect(merged.report?.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      "docs/usage.md:3:1 links.missing-anchor",
      "docs/usage.md:3:27 links.missing-file",
    ]);
    expect(existsSync(merged.reportPath ?? "")).toBe(true);
  });

  it("names the problem: a bad shard, shard with mode: merge, a merge with no partial report", async () => {
    const ws = await workspace(CONFIG);
    const env = githubEnv(ws, "octo-org/sharded", "http://127.0.0.1:9");
    const bad = recordingHost(env, { shard: "3/2" });
    await run({ host: bad, now: NOW });
    expect(bad.failed).toBe('readiness-gate: input `shard` must be "i/n" with 1 ≤ i ≤ n ≤ 256 (e.g. "2/4"), not "3/2"');
    const both = recordingHost(env, { shard: "1/2", mode: "merge" });
    await run({ host: both, now: NOW });
    expect(both.failed).toContain(
      "input `shard` goes with each job of the matrix and `mode: merge` with the job that combines them: give one",
    );
    const none = recordingHost(env, { mode: "merge", "dry-run": "true" });
    await run({ host: none, now: NOW });
    expect(none.failed).toBe(
      'readiness-gate: input `partial-reports`: "readiness-partials/**/*.json" matched no file (download the shards\' artifacts first)',
    );
  });
});
