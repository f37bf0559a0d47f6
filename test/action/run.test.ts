/** The whole Action in-process (run()) against the Prism-validated GitHub fake. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/action/run.js";
import { createGitHubClient } from "../../src/action/octokit.js";
import { apiUrl, fault, seed, state, uniqueRepo } from "../publish/helpers.js";
import { githubEnv, prEvent, recordingHost, seedPull, workspace } from "./harness.js";

const noCache = { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 };
const deps = {
  createClient: (o: { token: string; baseUrl: string }) => createGitHubClient({ ...o, waitScale: 0, throttle: false }),
  cache: noCache,
  now: () => new Date("2025-03-01T10:00:00Z"),
};
const MARKER = "<!-- readiness-gate: Production Readiness -->";
const NO_DOCS = "documentation:\n  enabled: false\n";
// One compliance control on the workspace's README.md: a go that stands on something (with nothing assessed at
// all the verdict is `nothing-assessed`, never a go).
const README_CONTROL =
  "compliance:\n  controls:\n    - { id: readme, framework: docs, title: A README, evidence: [{ file: README.md }] }\n";
const DOCS = `${NO_DOCS}${README_CONTROL}`;
// A required dimension with no input fails a blocking gate: a no-go that does not depend on any analyzer.
const NO_GO = `${NO_DOCS}required-dimensions: [performance]\n`;

describe("run()", () => {
  it("workflow_run (fork-safe second half): reads the PR info from readiness-input/ and publishes on its head", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const ws = await workspace(NO_DOCS);
    const sha = "a".repeat(40);
    await seedPull(r.full, sha);
    // workflow_run reads its config from the default branch, never from the workspace.
    await seed(r.full, { files: [{ ref: "main", path: ".github/readiness.yml", content: DOCS }] });
    const number = prEvent.pull_request.number;
    await mkdir(path.join(ws.dir, "readiness-input"), { recursive: true });
    await writeFile(
      path.join(ws.dir, "readiness-input", "readiness-pr.json"),
      JSON.stringify({ schema: "readiness-gate/pr-info@1", number, headSha: sha }),
    );
    await writeFile(
      ws.eventPath,
      // GitHub lists the PR (same repository) but not with this head: only the PR info file ties the run to it.
      JSON.stringify({
        workflow_run: { head_sha: sha, pull_requests: [{ number, head: { sha: "c".repeat(40) } }] },
        repository: { default_branch: "main" },
      }),
    );
    const env = { ...githubEnv(ws, r.full, apiUrl()), GITHUB_EVENT_NAME: "workflow_run", GITHUB_SHA: "b".repeat(40) };
    const host = recordingHost(env, { "github-token": "ghs_test" });
    const out = await run({ ...deps, host });
    expect(host.failed).toBeNull();
    expect(host.warnings).toEqual([]);
    expect(out.comment?.action).toBe("created");
    const s = await state(r.full);
    expect(s.comments.map((c) => c.issue)).toEqual([number]);
    expect(s.checkRuns.map((c) => c.head_sha)).toEqual([sha]);
  });

  it("creates one comment and one check run on the PR head SHA, then updates both", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const ws = await workspace(DOCS);
    const env = githubEnv(ws, r.full, apiUrl());
    const first = recordingHost(env, { "github-token": "ghs_test" });
    const o1 = await run({ ...deps, host: first });
    expect(first.failed).toBeNull();
    expect(first.warnings).toEqual([]);
    expect(o1.report?.verdict).toBe("go");
    expect(o1.comment?.action).toBe("created");

    let s = await state(r.full);
    expect(s.comments).toHaveLength(1);
    expect(s.comments[0]?.issue).toBe(prEvent.pull_request.number);
    expect(s.comments[0]?.body).toContain(MARKER);
    expect(s.comments[0]?.body).toContain("<!-- readiness-gate-data: ");
    expect(s.checkRuns).toHaveLength(1);
    expect(s.checkRuns[0]?.head_sha).toBe(prEvent.pull_request.head.sha);
    expect(s.checkRuns[0]?.conclusion).toBe("success");
    expect((s.checkRuns[0]?.output as { title: string } | undefined)?.title).toBe("GO: 100/100");
    expect(s.requests.map((q) => `${q.method} ${q.path.replace(`/repos/${r.full}`, "")}`)).toEqual([
      "POST /check-runs",
      `GET /pulls/${prEvent.pull_request.number}`,
      `GET /issues/${prEvent.pull_request.number}/comments`,
      `POST /issues/${prEvent.pull_request.number}/comments`,
      // Listed again after creating: a concurrent run's comment would fold into the oldest.
      `GET /issues/${prEvent.pull_request.number}/comments`,
      `PATCH /check-runs/${o1.checkRun?.id}`,
    ]);
    expect(first.outputs).toEqual({
      verdict: "go",
      score: "100",
      "documentation-score": "",
      "performance-score": "",
      "security-score": "",
      "compliance-score": "100",
      "report-path": path.join(ws.runnerTemp, "readiness-gate", "readiness-report.json"),
      "sarif-file": path.join(ws.runnerTemp, "readiness-gate", "readiness-report.sarif"),
      "comment-id": String(o1.comment?.id),
      "comment-url": `https://github.com/${r.full}/pull/${prEvent.pull_request.number}#issuecomment-${o1.comment?.id}`,
      "check-run-id": String(o1.checkRun?.id),
      "check-run-url": `https://github.com/${r.full}/runs/${o1.checkRun?.id}`,
    });
    const json = JSON.parse(await readFile(first.outputs["report-path"] as string, "utf8"));
    expect(json.verdict).toBe("go");
    const sarif = JSON.parse(await readFile(first.outputs["sarif-file"] as string, "utf8"));
    expect([sarif.version, sarif.runs[0].tool.driver.name, sarif.runs[0].results]).toEqual([
      "2.1.0",
      "Readiness Gate",
      [],
    ]);
    expect(json.context).toEqual({
      repository: r.full,
      sha: prEvent.pull_request.head.sha,
      pullRequest: prEvent.pull_request.number,
      runUrl: `https://github.com/${r.full}/actions/runs/4242`,
    });
    expect(first.summary).toContain("## ✅ Readiness: GO, 100/100");
    expect(first.summary).toContain(`[Check run](https://github.com/${r.full}/runs/${o1.checkRun?.id})`);

    // Second run with a changed target: the same comment is updated; a new check run is created (a completed one
    // is final on GitHub), and the first keeps its own annotations and conclusion.
    await writeFile(
      path.join(ws.dir, ".github", "readiness.yml"),
      `documentation:\n  enabled: false\n  target: 80\n${README_CONTROL}`,
    );
    const second = recordingHost(env, { "github-token": "ghs_test" });
    const o2 = await run({ ...deps, host: second });
    expect(o2.comment).toEqual({ action: "updated", id: o1.comment?.id, url: o1.comment?.url, deleted: [] });
    expect(o2.checkRun?.id).not.toBe(o1.checkRun?.id);
    s = await state(r.full);
    expect(s.comments).toHaveLength(1);
    expect(s.comments[0]?.body).toContain("| Documentation | — | 80 | ➖ not assessed | — |");
    expect(s.checkRuns.map((c) => [c.id, c.status, c.conclusion])).toEqual([
      [o1.checkRun?.id, "completed", "success"],
      [o2.checkRun?.id, "completed", "success"],
    ]);
  });

  it("turns a 403 on the comment into a warning, still writes the summary and fails per fail-on", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const ws = await workspace(NO_GO);
    await fault(r.full, {
      method: "POST",
      path: "/issues/\\d+/comments$",
      status: 403,
      body: {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest",
        status: "403",
      },
    });
    const host = recordingHost(githubEnv(ws, r.full, apiUrl()), { "github-token": "ghs_test" });
    const o = await run({ ...deps, host });
    expect(o.report?.verdict).toBe("no-go");
    expect(host.warnings).toHaveLength(1);
    expect(host.warnings[0]).toMatch(
      /^Could not write the pull request comment: .*Add `permissions: \{ pull-requests: write \}` to the job\./,
    );
    expect(host.summary).toContain("## ⛔ Readiness: NO-GO");
    expect(host.summary).toContain("> [!WARNING]\n> Could not write the pull request comment");
    expect(host.failed).toBe("Readiness verdict is no-go (no dimension assessed); `fail-on: no-go` fails the step.");
    expect(host.outputs["comment-id"]).toBe("");
    const s = await state(r.full);
    expect(s.checkRuns[0]?.conclusion).toBe("failure");
    expect(s.comments).toEqual([]);

    // fail-on: never: the same publishing error does not fail the step.
    const r2 = uniqueRepo();
    await seedPull(r2.full);
    await fault(r2.full, {
      method: "POST",
      path: "/issues/\\d+/comments$",
      status: 403,
      body: { message: "Resource not accessible by integration" },
    });
    const host2 = recordingHost(githubEnv(ws, r2.full, apiUrl()), { "github-token": "ghs_test", "fail-on": "never" });
    await run({ ...deps, host: host2 });
    expect(host2.failed).toBeNull();
    expect(host2.warnings).toHaveLength(1);
  });

  it("dry-run writes nothing to GitHub but still writes the summary, outputs and JSON report", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const ws = await workspace(NO_GO);
    const host = recordingHost(githubEnv(ws, r.full, apiUrl()), {
      "github-token": "ghs_test",
      "dry-run": "true",
      "fail-on": "conditional",
    });
    const o = await run({ ...deps, host });
    expect((await state(r.full)).requests).toEqual([]);
    expect(host.summary).toContain("_Dry run: nothing was written to GitHub._");
    expect(host.outputs.verdict).toBe("no-go");
    expect(o.reportPath).toBe(path.join(ws.runnerTemp, "readiness-gate", "readiness-report.json"));
    expect(host.failed).toBe(
      "Readiness verdict is no-go (no dimension assessed); `fail-on: conditional` fails the step.",
    );
  });

  it("nothing assessed: the check run fails and says so, the comment says why, the step fails unless allow-empty", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const ws = await workspace(NO_DOCS);
    const env = githubEnv(ws, r.full, apiUrl());
    const host = recordingHost(env, { "github-token": "ghs_test", artifacts: "reports/*.sarif" });
    const o1 = await run({ ...deps, host });
    expect(o1.report?.verdict).toBe("nothing-assessed");
    expect(host.failed).toBe(
      "Nothing was assessed (no documentation, no report, no compliance control); set `allow-empty: true` if that is expected.",
    );
    expect(host.outputs.verdict).toBe("nothing-assessed");
    let s = await state(r.full);
    const output = s.checkRuns[0]?.output as { title: string; summary: string };
    expect([s.checkRuns[0]?.conclusion, output.title]).toEqual(["failure", "Nothing was assessed"]);
    const warning =
      '> [!WARNING]\n> The artifact pattern "reports/\\*.sarif" matched no file, so nothing was read from it. Check the path and that an earlier step wrote the report.\n';
    for (const text of [output.summary, s.comments[0]?.body ?? "", host.summary]) {
      expect(text).toContain("## ❔ Readiness: NOTHING ASSESSED\n");
      expect(text).toContain(
        "> [!WARNING]\n> Nothing was assessed, so this result is not a go (documentation: disabled in the config; performance: no load-test results were found;",
      );
      expect(text).toContain(warning);
    }

    const allowed = recordingHost(env, {
      "github-token": "ghs_test",
      artifacts: "reports/*.sarif",
      "allow-empty": "true",
    });
    await run({ ...deps, host: allowed });
    expect(allowed.failed).toBeNull();
    s = await state(r.full);
    expect(s.checkRuns.map((c) => c.conclusion)).toEqual(["failure", "neutral"]);
  });

  it("fails with one sentence on a bad input or config; the check run fails and the comment says it could not run", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const ws = await workspace(DOCS);
    const bad = recordingHost(githubEnv(ws, r.full, apiUrl()), { "github-token": "ghs_test", comment: "sometimes" });
    await run({ ...deps, host: bad });
    expect(bad.failed).toBe('readiness-gate: input `comment`: found "sometimes", allowed: always, on-change, never');
    expect((await state(r.full)).requests).toEqual([]);

    // A good run first: its verdict must not stay up once the config breaks.
    const env = githubEnv(ws, r.full, apiUrl());
    const o1 = await run({ ...deps, host: recordingHost(env, { "github-token": "ghs_test" }) });
    expect(o1.comment?.action).toBe("created");
    await writeFile(path.join(ws.dir, ".github", "readiness.yml"), "# settings\ndocumentation:\n  enabeld: false\n");
    const host = recordingHost(env, { "github-token": "ghs_test" });
    await run({ ...deps, host });
    const reason =
      ".github/readiness.yml: unknown key `documentation.enabeld` (check the spelling; see the config reference)";
    expect(host.failed).toBe(`readiness-gate: ${reason}`);
    const s = await state(r.full);
    expect(s.checkRuns.map((c) => c.conclusion)).toEqual(["success", "failure"]);
    const failed = s.checkRuns[1];
    expect((failed?.output as { title: string } | undefined)?.title).toBe("Readiness Gate could not run");
    expect(failed?.annotations).toEqual([
      {
        path: ".github/readiness.yml",
        start_line: 3,
        end_line: 3,
        annotation_level: "failure",
        title: "Readiness Gate configuration",
        message: "unknown key `documentation.enabeld` (check the spelling; see the config reference)",
      },
    ]);
    expect(s.comments).toHaveLength(1);
    expect(s.comments[0]?.id).toBe(o1.comment?.id);
    expect(s.comments[0]?.body).toContain(
      "**Readiness Gate could not run:** .github/readiness.yml: unknown key \\`documentation.enabeld\\` (check the spelling; see the config reference)",
    );
    expect(s.comments[0]?.body).not.toContain("Readiness: GO");
    expect(s.comments[0]?.body).not.toContain(ws.dir);
  });

  it("a push that deleted a branch is skipped with a notice: no failure, nothing written", async () => {
    const r = uniqueRepo();
    const ws = await workspace(NO_DOCS);
    await writeFile(ws.eventPath, JSON.stringify({ ref: "refs/heads/gone", deleted: true, after: "0".repeat(40) }));
    const env = { ...githubEnv(ws, r.full, apiUrl()), GITHUB_EVENT_NAME: "push" };
    const host = recordingHost(env, { "github-token": "ghs_test" });
    const o = await run({ ...deps, host });
    expect(host.failed).toBeNull();
    expect(o.failed).toBe(false);
    expect(host.notices).toEqual(["readiness-gate: refs/heads/gone was deleted; there is no commit to assess"]);
    expect((await state(r.full)).requests).toEqual([]);
  });

  it("on-change leaves an unchanged report's comment alone", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const ws = await workspace(NO_DOCS);
    const env = githubEnv(ws, r.full, apiUrl());
    await run({ ...deps, host: recordingHost(env, { "github-token": "ghs_test", comment: "on-change" }) });
    const o = await run({ ...deps, host: recordingHost(env, { "github-token": "ghs_test", comment: "on-change" }) });
    expect(o.comment?.action).toBe("unchanged");
    const s = await state(r.full);
    expect(s.requests.filter((q) => q.path.includes("/issues/")).map((q) => q.method)).toEqual([
      "GET",
      "POST",
      "GET",
      "GET",
    ]);
  });
});
