/**
 * The publisher against GitHub's OpenAPI description: every request below went through `prism proxy --errors`,
 * which rejects requests (and fake responses) that do not match GitHub's schema.
 */
import { describe, expect, it } from "vitest";
import { COMMENT_LIMIT } from "../../src/core/render/markdown.js";
import { planAnnotations } from "../../src/publish/annotations.js";
import { checkOutput } from "../../src/publish/check-output.js";
import { completeCheckRun, startCheckRun } from "../../src/publish/check-run.js";
import { findMarkedComments, upsertComment } from "../../src/publish/comment.js";
import { isIntegrationForbidden } from "../../src/publish/errors.js";
import { renderMarkdown } from "../../src/core/render/markdown.js";
import { fault, finding, makeReport, seed, state, testClient, uniqueRepo } from "./helpers.js";

const MARKER = "<!-- readiness-gate: Production Readiness -->";
const SHA = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
const BOT = "github-actions[bot]";

describe("PR comment upsert", () => {
  it("creates the comment on the first run and updates the same one on the second", async () => {
    const r = uniqueRepo();
    const client = testClient();
    const target = { owner: r.owner, repo: r.repo, issueNumber: 7 };
    const first = await upsertComment(client, target, {
      body: `first\n${MARKER}`,
      existing: await findMarkedComments(client, target, MARKER, BOT),
    });
    expect(first.action).toBe("created");
    const existing = await findMarkedComments(client, target, MARKER, BOT);
    expect(existing.map((c) => c.id)).toEqual([first.id]);
    const second = await upsertComment(client, target, { body: `second\n${MARKER}`, existing });
    expect(second).toEqual({ action: "updated", id: first.id, url: first.url, deleted: [] });

    const s = await state(r.full);
    expect(s.comments.map((c) => c.body)).toEqual([`second\n${MARKER}`]);
    expect(s.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
      `GET /repos/${r.full}/issues/7/comments`,
      `POST /repos/${r.full}/issues/7/comments`,
      `GET /repos/${r.full}/issues/7/comments`,
      `PATCH /repos/${r.full}/issues/comments/${first.id}`,
    ]);
    expect(s.requests[1]?.body).toEqual({ body: `first\n${MARKER}` });
    expect(s.requests[3]?.body).toEqual({ body: `second\n${MARKER}` });
    expect(s.requests[0]?.query).toEqual({ per_page: "100" });
  });

  it("finds the marked comment on the third page of 250", async () => {
    const r = uniqueRepo();
    await seed(r.full, {
      comments: Array.from({ length: 250 }, (_, i) => ({
        issue: 3,
        body: i === 230 ? `old report\n${MARKER}` : `chatter ${i}`,
        login: i === 230 ? BOT : "octocat",
      })),
    });
    const client = testClient();
    const found = await findMarkedComments(client, { owner: r.owner, repo: r.repo, issueNumber: 3 }, MARKER, BOT);
    expect(found.map((c) => c.body)).toEqual([`old report\n${MARKER}`]);
    const s = await state(r.full);
    expect(s.requests.map((q) => q.query)).toEqual([
      { per_page: "100" },
      { per_page: "100", page: "2" },
      { per_page: "100", page: "3" },
    ]);
  });

  it("keeps and updates the oldest of several marked comments and deletes the others", async () => {
    const r = uniqueRepo();
    await seed(r.full, {
      comments: [
        { issue: 5, body: "unrelated" },
        { issue: 5, body: `a\n${MARKER}` },
        { issue: 5, body: `b\n${MARKER}` },
        { issue: 5, body: `c\n${MARKER}` },
        { issue: 5, body: "<!-- readiness-gate: Other Check -->" },
      ],
    });
    const client = testClient();
    const target = { owner: r.owner, repo: r.repo, issueNumber: 5 };
    const existing = await findMarkedComments(client, target, MARKER, BOT);
    expect(existing.map((c) => c.body)).toEqual([`a\n${MARKER}`, `b\n${MARKER}`, `c\n${MARKER}`]);
    const result = await upsertComment(client, target, { body: `new\n${MARKER}`, existing });
    expect(result.action).toBe("updated");
    expect(result.id).toBe(existing[0]?.id);
    expect(result.deleted).toEqual([existing[1]?.id, existing[2]?.id]);
    const s = await state(r.full);
    expect(s.comments.map((c) => c.body)).toEqual([
      "unrelated",
      `new\n${MARKER}`,
      "<!-- readiness-gate: Other Check -->",
    ]);
    expect(s.requests.filter((q) => q.method === "DELETE").map((q) => q.path)).toEqual([
      `/repos/${r.full}/issues/comments/${existing[1]?.id}`,
      `/repos/${r.full}/issues/comments/${existing[2]?.id}`,
    ]);
  });

  it("skips the update when asked (on-change, nothing changed)", async () => {
    const r = uniqueRepo();
    await seed(r.full, { comments: [{ issue: 9, body: `same\n${MARKER}` }] });
    const client = testClient();
    const target = { owner: r.owner, repo: r.repo, issueNumber: 9 };
    const result = await upsertComment(client, target, {
      body: `other\n${MARKER}`,
      existing: await findMarkedComments(client, target, MARKER, BOT),
      skipUpdate: true,
    });
    expect(result.action).toBe("unchanged");
    const s = await state(r.full);
    expect(s.requests.map((q) => q.method)).toEqual(["GET"]);
  });

  it("retries a 502 and then succeeds", async () => {
    const r = uniqueRepo();
    await fault(r.full, {
      method: "POST",
      path: "/issues/\\d+/comments$",
      status: 502,
      body: { message: "Server Error" },
    });
    const client = testClient();
    const result = await upsertComment(
      client,
      { owner: r.owner, repo: r.repo, issueNumber: 1 },
      { body: `x\n${MARKER}`, existing: [] },
    );
    expect(result.action).toBe("created");
    const s = await state(r.full);
    expect(s.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
      `POST /repos/${r.full}/issues/1/comments`,
      `POST /repos/${r.full}/issues/1/comments`,
    ]);
    expect(s.comments).toHaveLength(1);
  });

  it("reports a 403 'Resource not accessible by integration' as such", async () => {
    const r = uniqueRepo();
    await fault(r.full, {
      method: "POST",
      path: "/issues/\\d+/comments$",
      status: 403,
      body: {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
        status: "403",
      },
    });
    const error = await upsertComment(
      testClient(),
      { owner: r.owner, repo: r.repo, issueNumber: 1 },
      { body: "x", existing: [] },
    ).catch((e: unknown) => e);
    expect(isIntegrationForbidden(error)).toBe(true);
    expect((await state(r.full)).requests).toHaveLength(1);
  });

  it("waits out a secondary rate limit for the time in retry-after, then succeeds", async () => {
    const r = uniqueRepo();
    await fault(r.full, {
      method: "POST",
      path: "/issues/\\d+/comments$",
      status: 403,
      headers: { "retry-after": "7" },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
      },
    });
    const log: string[] = [];
    const client = testClient({ throttle: true, log: (m) => log.push(m) });
    const result = await upsertComment(
      client,
      { owner: r.owner, repo: r.repo, issueNumber: 2 },
      { body: "y", existing: [] },
    );
    expect(result.action).toBe("created");
    expect(log).toEqual([
      `GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments; waiting 7 s (retry 1 of 2)`,
    ]);
    expect((await state(r.full)).requests).toHaveLength(2);
  });
});

describe("check run", () => {
  it("is created in_progress on the head SHA, then completed with 120 annotations in 3 update requests", async () => {
    const r = uniqueRepo();
    const client = testClient();
    const target = { owner: r.owner, repo: r.repo };
    const run = await startCheckRun(client, target, {
      name: "Production Readiness",
      headSha: SHA,
      detailsUrl: "https://github.com/octo-org/x/actions/runs/1",
      startedAt: new Date("2025-02-03T04:05:06Z"),
    });
    expect(run.url).toBe(`https://github.com/${r.full}/runs/${run.id}`);
    const findings = Array.from({ length: 120 }, (_, i) => finding(i));
    const plan = planAnnotations(findings, 500);
    expect(plan.annotations).toHaveLength(120);
    const requests = await completeCheckRun(client, target, run, {
      conclusion: "neutral",
      output: { title: "CONDITIONAL GO: 85/100", summary: "summary", text: "text" },
      annotations: plan.annotations,
      completedAt: new Date("2025-02-03T04:06:00Z"),
    });
    expect(requests).toBe(3);

    const s = await state(r.full);
    expect(s.requests[0]).toEqual({
      method: "POST",
      path: `/repos/${r.full}/check-runs`,
      query: {},
      body: {
        name: "Production Readiness",
        head_sha: SHA,
        status: "in_progress",
        started_at: "2025-02-03T04:05:06.000Z",
        details_url: "https://github.com/octo-org/x/actions/runs/1",
      },
    });
    const patches = s.requests.slice(1);
    expect(patches.map((q) => `${q.method} ${q.path}`)).toEqual(
      Array(3).fill(`PATCH /repos/${r.full}/check-runs/${run.id}`),
    );
    const bodies = patches.map((q) => q.body as { output: { annotations: unknown[] } } & Record<string, unknown>);
    expect(bodies.map((b) => b.output.annotations.length)).toEqual([50, 50, 20]);
    expect(bodies[0]).toEqual({
      output: { title: "CONDITIONAL GO: 85/100", summary: "summary", annotations: plan.annotations.slice(0, 50) },
    });
    expect(bodies[2]).toEqual({
      status: "completed",
      conclusion: "neutral",
      completed_at: "2025-02-03T04:06:00.000Z",
      output: {
        title: "CONDITIONAL GO: 85/100",
        summary: "summary",
        text: "text",
        annotations: plan.annotations.slice(100),
      },
    });
    expect(bodies[0]?.output.annotations[0]).toEqual({
      path: "src/file-000.ts",
      start_line: 1,
      end_line: 1,
      annotation_level: "warning",
      message: "Finding number 0",
      title: "rule-0 (medium)",
    });
    const stored = s.checkRuns[0];
    expect(stored?.status).toBe("completed");
    expect(stored?.conclusion).toBe("neutral");
    expect(stored?.head_sha).toBe(SHA);
    expect(stored?.annotations).toHaveLength(120);
  });

  it("a second run on the same commit creates a new check run; GitHub refuses to reopen a completed one", async () => {
    const r = uniqueRepo();
    const client = testClient();
    const first = await startCheckRun(client, r, {
      name: "Readiness",
      headSha: SHA,
      startedAt: new Date("2025-01-01T00:00:00Z"),
    });
    const annotation = planAnnotations([finding(1)], 10).annotations;
    await completeCheckRun(client, r, first, {
      conclusion: "failure",
      output: { title: "NO-GO: 40/100", summary: "bad" },
      annotations: annotation,
      completedAt: new Date("2025-01-01T00:01:00Z"),
    });
    const second = await startCheckRun(client, r, {
      name: "Readiness",
      headSha: SHA,
      startedAt: new Date("2025-01-01T00:03:00Z"),
    });
    expect(second.id).not.toBe(first.id);
    await completeCheckRun(client, r, second, {
      conclusion: "success",
      output: { title: "GO: 95/100", summary: "ok" },
      annotations: annotation,
      completedAt: new Date("2025-01-01T00:04:00Z"),
    });
    const s = await state(r.full);
    expect(s.checkRuns.map((c) => [c.id, c.status, c.conclusion, c.annotations.length])).toEqual([
      [first.id, "completed", "failure", 1],
      [second.id, "completed", "success", 1],
    ]);
    expect(s.requests.filter((q) => q.method === "GET")).toEqual([]);
    // What the old "restart the latest run" did; the fake answers as GitHub does.
    const reopen = client.rest.checks.update({ ...r, check_run_id: first.id, status: "in_progress" });
    await expect(reopen).rejects.toMatchObject({ status: 422 });
    const reconclude = client.rest.checks.update({ ...r, check_run_id: first.id, conclusion: "success" });
    await expect(reconclude).rejects.toMatchObject({ status: 422 });
    expect((await state(r.full)).checkRuns[0]?.conclusion).toBe("failure");
  });

  it("completes with one request when there is nothing to annotate", async () => {
    const r = uniqueRepo();
    const client = testClient();
    const run = await startCheckRun(client, r, {
      name: "Readiness",
      headSha: SHA,
      startedAt: new Date("2025-01-01T00:00:00Z"),
    });
    const n = await completeCheckRun(client, r, run, {
      conclusion: "success",
      output: { title: "GO: 95/100", summary: "ok" },
      annotations: [],
      completedAt: new Date("2025-01-01T00:01:00Z"),
    });
    expect(n).toBe(1);
    const s = await state(r.full);
    expect(s.requests[1]?.body).toEqual({
      status: "completed",
      conclusion: "success",
      completed_at: "2025-01-01T00:01:00.000Z",
      output: { title: "GO: 95/100", summary: "ok" },
    });
  });

  it("cuts a too-long report to GitHub's limits and GitHub's schema accepts it", async () => {
    const long = "x".repeat(400);
    const findings = Array.from({ length: 3000 }, (_, i) => finding(i, { message: `${long} ${i}` }));
    // Risks are listed in full in every shortened form, so 2,000 long ones force the final cut.
    const risks = Array.from({ length: 2000 }, (_, i) => ({
      title: `${long} ${i}`,
      severity: "high" as const,
      source: "test",
      mitigation: "fix it",
    }));
    const report = makeReport({ findings, risks, verdict: "no-go" });
    const comment = renderMarkdown(report, { maxLength: COMMENT_LIMIT, footerHidden: MARKER });
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment.endsWith(MARKER)).toBe(true);
    expect(comment).toContain(
      "_Report shortened to fit GitHub's size limit._ The full report is in the check run and the job summary.",
    );
    const output = checkOutput(
      report,
      "50 of 3000 findings are annotated; 2950 left out by the `annotations` limit (50).",
    );
    expect(output.summary.length).toBeLessThanOrEqual(65_535);
    expect(output.summary.endsWith("2950 left out by the `annotations` limit (50).")).toBe(true);
    expect(output.text?.length).toBeLessThanOrEqual(65_535);
    expect(output.text).toMatch(
      /_… and \d+ more findings, not shown to fit GitHub's size limit; the JSON report has all of them\._$/,
    );

    const r = uniqueRepo();
    const client = testClient();
    const run = await startCheckRun(client, r, { name: "Readiness", headSha: SHA, startedAt: new Date() });
    await completeCheckRun(client, r, run, {
      conclusion: "failure",
      output,
      annotations: planAnnotations(findings, 50).annotations,
      completedAt: new Date(),
    });
    const created = await upsertComment(client, { ...r, issueNumber: 1 }, { body: comment, existing: [] });
    const s = await state(r.full);
    expect(s.checkRuns[0]?.conclusion).toBe("failure");
    expect((s.checkRuns[0]?.output as { summary: string } | undefined)?.summary).toBe(output.summary);
    expect(s.comments.find((c) => c.id === created.id)?.body).toBe(comment);
  });
});
