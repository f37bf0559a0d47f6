/**
 * The check run always completes: positions GitHub would refuse are made whole numbers in range, every text fits
 * with its trailer, and a refused completing request is sent once more with a minimal body. SARIF regions keep
 * their end, so an annotation marks the whole finding, not one character.
 */
import { describe, expect, it } from "vitest";
import { planAnnotations } from "../../src/publish/annotations.js";
import { checkOutput } from "../../src/publish/check-output.js";
import { completeCheckRun, startCheckRun } from "../../src/publish/check-run.js";
import { parseAuto } from "../security/helpers.js";
import { fault, finding, makeReport, state, testClient, uniqueRepo } from "./helpers.js";

const SHA = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";

describe("annotation positions", () => {
  it("keeps SARIF's end line and end column (columns only on a single line)", async () => {
    const { result } = await parseAuto("sarif/semgrep-oss-1.69.0.sarif");
    const multi = result.findings.find((f) => f.path === "cypress.config.ts" && f.line === 49);
    expect(multi).toMatchObject({ line: 49, column: 32, endLine: 51, endColumn: 14 });
    const eslint = await parseAuto("sarif/generated_eslint-9.39.5_findings.sarif");
    expect(eslint.result.findings[0]).toMatchObject({ line: 6, column: 9, endLine: 6, endColumn: 14 });

    const plan = planAnnotations(
      [
        finding(1, { line: 49, column: 32, endLine: 51, endColumn: 14 }),
        finding(2, { line: 6, column: 9, endLine: 6, endColumn: 14 }),
      ],
      10,
    );
    expect(plan.annotations.map((a) => [a.start_line, a.end_line, a.start_column, a.end_column])).toEqual([
      [49, 51, undefined, undefined],
      [6, 6, 9, 14],
    ]);
  });

  it("makes lines whole numbers in range: 3.5 → 3, 1e12 is not annotated; GitHub accepts the result", async () => {
    const findings = [
      finding(1, { line: 3.5, column: 2.7, endColumn: 9.2 }),
      finding(2, { line: 1e12 }),
      finding(3, { line: 4, endLine: 1e12 }),
    ];
    const plan = planAnnotations(findings, 10);
    expect(plan.annotations.map((a) => [a.path, a.start_line, a.end_line, a.start_column, a.end_column])).toEqual([
      ["src/file-001.ts", 3, 3, 2, 9],
      ["src/file-003.ts", 4, 4, undefined, undefined],
    ]);
    expect(plan.eligible).toBe(2);

    const r = uniqueRepo();
    const client = testClient();
    const run = await startCheckRun(client, r, { name: "Readiness", headSha: SHA, startedAt: new Date() });
    // What the code did before: GitHub refuses it, so the check run would stay in progress.
    const raw = client.rest.checks.update({
      ...r,
      check_run_id: run.id,
      output: {
        title: "t",
        summary: "s",
        annotations: [{ path: "a", start_line: 1e12, end_line: 1e12, annotation_level: "warning", message: "m" }],
      },
    });
    await expect(raw).rejects.toMatchObject({ status: 422 });
    await completeCheckRun(client, r, run, {
      conclusion: "failure",
      output: { title: "NO-GO", summary: "bad" },
      annotations: plan.annotations,
      completedAt: new Date(),
    });
    const s = await state(r.full);
    expect(s.checkRuns[0]?.status).toBe("completed");
    expect(s.checkRuns[0]?.annotations).toHaveLength(2);
  });
});

describe("check-run output size", () => {
  it("1,500 findings with `annotations: 10000`: text and summary fit 65,535 characters with their trailers", async () => {
    const findings = Array.from({ length: 1500 }, (_, i) =>
      finding(i, { message: `A finding whose message is long enough to fill the text ${"x".repeat(20)} ${i}` }),
    );
    const report = makeReport({ findings, verdict: "no-go" });
    const plan = planAnnotations(findings, 10_000);
    const output = checkOutput(report, "1500 findings are annotated.");
    expect(plan.annotations).toHaveLength(1500);
    expect(output.text?.length).toBeLessThanOrEqual(65_535);
    expect(output.text).toMatch(
      /_… and \d+ more findings, not shown to fit GitHub's size limit; the JSON report has all of them\._$/,
    );
    expect(output.summary.length).toBeLessThanOrEqual(65_535);

    const r = uniqueRepo();
    const client = testClient();
    const run = await startCheckRun(client, r, { name: "Readiness", headSha: SHA, startedAt: new Date() });
    const warnings: string[] = [];
    await completeCheckRun(client, r, run, {
      conclusion: "failure",
      output,
      annotations: plan.annotations,
      completedAt: new Date(),
      warn: (m) => warnings.push(m),
    });
    expect(warnings).toEqual([]);
    const s = await state(r.full);
    expect(s.checkRuns[0]?.status).toBe("completed");
    expect(s.checkRuns[0]?.annotations).toHaveLength(1500);
  });
});

describe("a refused completing request", () => {
  for (const [label, status, times] of [
    ["503 four times (after the client's retries)", 503, 4],
    ["422 once", 422, 1],
  ] as const) {
    it(`${label}: retried once with the conclusion, the title and a short summary`, async () => {
      const r = uniqueRepo();
      const client = testClient();
      const run = await startCheckRun(client, r, { name: "Readiness", headSha: SHA, startedAt: new Date() });
      await fault(r.full, {
        method: "PATCH",
        path: "/check-runs/\\d+$",
        status,
        body: { message: status === 503 ? "Service Unavailable" : "Validation Failed" },
        times,
      });
      const warnings: string[] = [];
      const n = await completeCheckRun(client, r, run, {
        conclusion: "failure",
        output: { title: "NO-GO: 40/100", summary: `${"s".repeat(5000)}`, text: "all findings" },
        annotations: planAnnotations([finding(1)], 10).annotations,
        completedAt: new Date("2025-01-01T00:01:00Z"),
        warn: (m) => warnings.push(m),
      });
      expect(n).toBe(2);
      expect(warnings).toEqual([
        expect.stringMatching(
          new RegExp(
            `^GitHub refused the check run's full result \\(HTTP ${status}: .*\\); completing it with a short summary\\.$`,
          ),
        ),
      ]);
      const s = await state(r.full);
      expect(s.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "failure" });
      expect(s.requests.at(-1)?.body).toEqual({
        status: "completed",
        conclusion: "failure",
        completed_at: "2025-01-01T00:01:00.000Z",
        output: {
          title: "NO-GO: 40/100",
          summary: `${"s".repeat(1000)}\n\n_The full report did not reach GitHub; see the job summary._`,
        },
      });
    });
  }
});

describe("check-run text", () => {
  it("lists an accepted risk apart from the open findings, never as one of them", () => {
    const report = makeReport({
      findings: [
        finding(1, { severity: "high", message: "Open one" }),
        finding(2, { severity: "critical", message: "Accepted one", scored: false }),
      ],
    });
    expect(checkOutput(report, "").text).toBe(
      [
        "### Findings",
        "",
        "- **high** `src/file-001.ts:2` `rule-1`: Open one",
        "",
        "### Not counted (accepted risks, warnings)",
        "",
        "- **critical** `src/file-002.ts:3` `rule-2`: Accepted one",
      ].join("\n"),
    );
  });
});
