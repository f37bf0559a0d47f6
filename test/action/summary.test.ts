/** The job summary says what really happened and fits GitHub's 1 MiB limit, counted in bytes. */
import { describe, expect, it } from "vitest";
import { jobSummary, SUMMARY_MAX_BYTES } from "../../src/action/summary.js";
import { createGitHubClient } from "../../src/action/octokit.js";
import { run } from "../../src/action/run.js";
import { apiUrl, fault, finding, makeReport, uniqueRepo } from "../publish/helpers.js";
import { githubEnv, recordingHost, seedPull, workspace } from "./harness.js";

const parts = { annotationNote: "", checkRun: null, comment: null, dryRun: false, warnings: [] };

describe("job summary", () => {
  it("stays under 1 MiB in bytes when the report is full of multi-byte text", () => {
    const findings = Array.from({ length: 6000 }, (_, i) =>
      finding(i, { message: `${"日本語のメッセージ".repeat(20)} ${i}`, path: `文書/ファイル-${i}.md` }),
    );
    const risks = Array.from({ length: 3000 }, (_, i) => ({
      title: `${"リスク".repeat(60)} ${i}`,
      severity: "high" as const,
      source: "テスト",
      mitigation: "対策".repeat(40),
    }));
    const summary = jobSummary(makeReport({ findings, risks, verdict: "no-go" }), parts);
    expect(summary.length).toBeLessThan(SUMMARY_MAX_BYTES);
    expect(Buffer.byteLength(summary, "utf8")).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary.startsWith("## ⛔ Readiness: NO-GO")).toBe(true);
  });

  it("says annotations were written only when they were: after a 403 on the check run it says they were not", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    await fault(r.full, {
      method: "POST",
      path: "/check-runs$",
      status: 403,
      body: { message: "Resource not accessible by integration" },
    });
    const sarif = {
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "ESLint" } },
          results: [
            {
              ruleId: "no-eval",
              level: "error",
              message: { text: "eval" },
              locations: [{ physicalLocation: { artifactLocation: { uri: "src/a.js" }, region: { startLine: 2 } } }],
            },
          ],
        },
      ],
    };
    const ws = await workspace("documentation:\n  enabled: false\nartifacts:\n  - scan.sarif\n");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(`${ws.dir}/scan.sarif`, JSON.stringify(sarif));
    const host = recordingHost(githubEnv(ws, r.full, apiUrl()), { "github-token": "ghs_test", "fail-on": "never" });
    await run({
      host,
      createClient: (o) => createGitHubClient({ ...o, waitScale: 0, throttle: false }),
      cache: { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 },
    });
    expect(host.summary).toContain(
      "1 finding was to be annotated, but the check run could not be completed (see the warnings); no annotation was written on the check run. 1 of 1 finding with a file and line was written as workflow-command annotations (the check run could not carry them).",
    );
    expect(host.summary).not.toContain("1 finding is annotated.");
    // With a token that cannot write checks (a fork's), the finding still reaches the PR inline.
    expect(host.annotations.map((a) => [a.level, a.props.file, a.props.startLine])).toEqual([["error", "src/a.js", 2]]);
  });
});

describe("workflow-command annotations", () => {
  it("in a dry run, findings reach the PR as ::error/::warning annotations, at most 10 per level", async () => {
    const r = uniqueRepo();
    const result = (i: number, level: string) => ({
      ruleId: `rule-${level}`,
      level,
      message: { text: `${level} ${i}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "src/a.js" },
            region: { startLine: i + 1, startColumn: 2, endLine: i + 1, endColumn: 6 },
          },
        },
      ],
    });
    const sarif = {
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "ESLint" } },
          results: [
            ...Array.from({ length: 15 }, (_, i) => result(i, "error")),
            ...Array.from({ length: 3 }, (_, i) => result(100 + i, "warning")),
          ],
        },
      ],
    };
    const ws = await workspace("documentation:\n  enabled: false\nartifacts:\n  - scan.sarif\n");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(`${ws.dir}/scan.sarif`, JSON.stringify(sarif));
    const host = recordingHost(githubEnv(ws, r.full, apiUrl()), {
      "github-token": "ghs_test",
      "dry-run": "true",
      "fail-on": "never",
    });
    await run({
      host,
      cache: { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 },
    });
    expect(host.annotations.map((a) => a.level)).toEqual([...Array(10).fill("error"), ...Array(3).fill("warning")]);
    expect(host.annotations[0]).toEqual({
      level: "error",
      message: "error 0 [eslint]",
      props: {
        file: "src/a.js",
        startLine: 1,
        endLine: 1,
        startColumn: 2,
        endColumn: 5,
        title: "eslint/rule-error (high)",
      },
    });
    // The summary says what was written, and points at the JSON report: there is no check run in a dry run.
    expect(host.summary).toContain(
      "13 of 18 findings with a file and line were written as workflow-command annotations (a dry run has no check run); GitHub shows at most 10 per level in a step, within the `annotations` input. The JSON report has all findings.",
    );
    expect(host.summary).not.toMatch(/see the check run/);
  });
});
