/**
 * The PR comment on real PRs: only a comment written by the token's own identity (asked of GitHub) and carrying
 * the marker as its own line is ours; an edited comment is rewritten; a run for an old commit leaves the comment
 * alone; a POST GitHub applied but answered 502 is not repeated; two runs at once leave one comment.
 */
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/core/render/markdown.js";
import { hasMarkerLine } from "../../src/publish/comment.js";
import { commentMarker } from "../../src/publish/comment-data.js";
import { type CompleteOptions, startPublication } from "../../src/publish/publish.js";
import { createGitHubClient } from "../../src/action/octokit.js";
import { apiUrl, fault, finding, makeReport, seed, state, testClient, uniqueRepo } from "./helpers.js";

const SHA = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
const NEWER = "0123456789abcdef0123456789abcdef01234567";
const MARKER = "<!-- readiness-gate: Production Readiness -->";
const BOT = "github-actions[bot]";
const PR = 12;
const complete: CompleteOptions = { comment: "always", annotations: 0, conditionalConclusion: "neutral" };

function publisher(
  repo: { owner: string; repo: string },
  over: { checkName?: string; token?: string; headSha?: string } = {},
) {
  const info: string[] = [];
  const warnings: string[] = [];
  const client = over.token
    ? createGitHubClient({ token: over.token, baseUrl: apiUrl(), waitScale: 0, throttle: false })
    : testClient();
  const start = () =>
    startPublication({
      client,
      target: { ...repo, headSha: over.headSha ?? SHA, pullNumber: PR, verifyPull: false },
      checkName: over.checkName ?? "Production Readiness",
      now: () => new Date("2025-01-01T00:00:00Z"),
      info: (m) => info.push(m),
      warn: (m) => warnings.push(m),
      forbiddenAdvice: (what) => `forbidden: ${what}`,
    });
  return { start, info, warnings };
}

describe("only our own comments", () => {
  it("never touches another user's comment with the marker, nor a reviewer's quote of it", async () => {
    const r = uniqueRepo();
    await seed(r.full, {
      pulls: [{ number: PR, headSha: SHA }],
      comments: [
        { issue: PR, body: `An older report pasted by hand\n${MARKER}`, login: "mallory" },
        { issue: PR, body: `> ${MARKER}\n\nWhy is this comment here?`, login: BOT },
        { issue: PR, body: `Quoting:\n${MARKER}`, login: "reviewer" },
      ],
    });
    const p = publisher(r);
    const pub = await p.start();
    const result = await pub.complete(makeReport(), complete);
    expect(result.comment?.action).toBe("created");
    expect(p.warnings).toEqual([]);
    const s = await state(r.full);
    expect(s.comments.map((c) => [c.login, c.body.split("\n")[0]])).toEqual([
      ["mallory", "An older report pasted by hand"],
      [BOT, `> ${MARKER}`],
      ["reviewer", "Quoting:"],
      [BOT, "## ✅ Readiness: GO, 95/100"],
    ]);
    expect(s.requests.filter((q) => q.method === "PATCH" || q.method === "DELETE").map((q) => q.path)).toEqual([
      `/repos/${r.full}/check-runs/${result.checkRun?.id}`,
    ]);
  });

  it("learns its identity from GitHub: with a personal token, the bot's marked comment is not its own", async () => {
    const r = uniqueRepo();
    await seed(r.full, {
      pulls: [{ number: PR, headSha: SHA }],
      identities: { ghp_personal: "octo-maintainer" },
      comments: [{ issue: PR, body: `report by the Action\n${MARKER}`, login: BOT }],
    });
    const p = publisher(r, { token: "ghp_personal" });
    const result = await (await p.start()).complete(makeReport(), complete);
    expect(result.comment?.action).toBe("created");
    const s = await state(r.full);
    expect(s.comments.map((c) => c.login)).toEqual([BOT, "octo-maintainer"]);
    expect(s.comments[0]?.body).toBe(`report by the Action\n${MARKER}`);
  });

  it("on-change rewrites a comment someone edited, even when the report did not change", async () => {
    const r = uniqueRepo();
    await seed(r.full, { pulls: [{ number: PR, headSha: SHA }] });
    const noGo = makeReport({ verdict: "no-go" });
    const first = await (await publisher(r).start()).complete(noGo, { ...complete, comment: "on-change" });
    const written = (await state(r.full)).comments[0]?.body ?? "";
    // Someone with write access edits the verdict, keeping the hidden block.
    const forged = written.replace(/^## ⛔ Readiness: NO-GO, 95\/100/, "## ✅ Readiness: GO, 100/100");
    expect(forged).not.toBe(written);
    await testClient().rest.issues.updateComment({ ...r, comment_id: first.comment?.id as number, body: forged });

    const again = await (await publisher(r).start()).complete(noGo, { ...complete, comment: "on-change" });
    expect(again.comment?.action).toBe("updated");
    const rewritten = (await state(r.full)).comments[0]?.body ?? "";
    expect(rewritten.startsWith("## ⛔ Readiness: NO-GO, 95/100\n")).toBe(true);
    expect(rewritten).not.toContain("GO, 100/100");
    // Untouched and unchanged: left alone.
    const third = await (await publisher(r).start()).complete(noGo, { ...complete, comment: "on-change" });
    expect(third.comment?.action).toBe("unchanged");
  });

  it("a file named like another check's marker cannot make that check take over this comment", async () => {
    const security = commentMarker("Security");
    const report = makeReport({
      findings: [finding(1, { dimension: "documentation", path: `${security}.md`, message: "Broken link" })],
    });
    const body = renderMarkdown(report, { footerHidden: MARKER });
    expect(body).not.toContain(security);
    expect(hasMarkerLine(body, security)).toBe(false);

    const r = uniqueRepo();
    await seed(r.full, { pulls: [{ number: PR, headSha: SHA }] });
    const main = await (await publisher(r).start()).complete(report, complete);
    const other = await (await publisher(r, { checkName: "Security" }).start()).complete(makeReport(), complete);
    expect(other.comment?.action).toBe("created");
    const s = await state(r.full);
    expect(s.comments.map((c) => c.id)).toEqual([main.comment?.id, other.comment?.id]);
  });
});

describe("races and lost answers", () => {
  it("a run for a commit that is no longer the PR's head leaves the comment to the newer run", async () => {
    const r = uniqueRepo();
    await seed(r.full, { pulls: [{ number: PR, headSha: NEWER }] });
    const newer = await (await publisher(r, { headSha: NEWER }).start()).complete(makeReport(), complete);
    const p = publisher(r);
    const stale = await (await p.start()).complete(makeReport({ verdict: "no-go" }), complete);
    expect(stale.comment).toBeNull();
    expect(p.info).toContain(
      `The PR's head is now ${NEWER}; the comment is left to the run for it (this run assessed ${SHA}).`,
    );
    const s = await state(r.full);
    expect(s.comments.map((c) => c.id)).toEqual([newer.comment?.id]);
    expect(s.comments[0]?.body).toContain("## ✅ Readiness: GO");
  });

  it("a comment POST that GitHub applied but answered 502 is found again, not repeated", async () => {
    const r = uniqueRepo();
    await seed(r.full, { pulls: [{ number: PR, headSha: SHA }] });
    await fault(r.full, {
      method: "POST",
      path: "/issues/\\d+/comments$",
      status: 502,
      apply: true,
      body: { message: "Bad Gateway" },
    });
    const result = await (await publisher(r).start()).complete(makeReport(), complete);
    const s = await state(r.full);
    expect(s.comments).toHaveLength(1);
    expect(result.comment).toEqual({ action: "created", id: s.comments[0]?.id, url: expect.any(String), deleted: [] });
    expect(s.requests.filter((q) => q.method === "POST" && q.path.includes("/comments"))).toHaveLength(1);
  });

  it("two runs at once on the same head leave exactly one comment", async () => {
    for (let trial = 0; trial < 5; trial++) {
      const r = uniqueRepo();
      await seed(r.full, { pulls: [{ number: PR, headSha: SHA }] });
      const [a, b] = await Promise.all([publisher(r).start(), publisher(r).start()]);
      await Promise.all([a.complete(makeReport(), complete), b.complete(makeReport(), complete)]);
      const s = await state(r.full);
      expect(s.comments).toHaveLength(1);
    }
  });
});
