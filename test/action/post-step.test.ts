/**
 * A run that is cancelled, killed or stuck never leaves its check run spinning: the `post:` step closes a check run
 * the main step left open, and every API request has a deadline.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createGitHubClient } from "../../src/action/octokit.js";
import { CANCELLED_SUMMARY, CHECK_RUN_CLOSED, OPEN_CHECK_RUN, runPost } from "../../src/action/post-step.js";
import { run } from "../../src/action/run.js";
import { startCheckRun } from "../../src/publish/check-run.js";
import { apiUrl, fault, state, testClient, uniqueRepo } from "../publish/helpers.js";
import { distPost, inputEnv, readOutputs, root, runDist } from "./dist-harness.js";
import { githubEnv, recordingHost, seedPull, workspace } from "./harness.js";

const noCache = { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 };
const fast = (o: { token: string; baseUrl: string }) =>
  createGitHubClient({ ...o, waitScale: 0, throttle: false, requestTimeoutMs: 300 });

describe("post step", () => {
  it("action.yml runs it always, from its own bundle", async () => {
    const action = parse(await readFile(path.join(root, "action.yml"), "utf8")) as { runs: Record<string, string> };
    expect(action.runs).toEqual({
      using: "node24",
      main: "dist/index.js",
      post: "dist/post/index.js",
      "post-if": "always()",
    });
  });

  it("the main step hands the open check run over, and marks it closed once completed", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const ws = await workspace("documentation:\n  enabled: false\n");
    const host = recordingHost(githubEnv(ws, r.full, apiUrl()), { "github-token": "ghs_test" });
    const out = await run({ host, createClient: fast, cache: noCache });
    expect(JSON.parse(host.state[OPEN_CHECK_RUN] ?? "")).toEqual({
      id: out.checkRun?.id,
      owner: r.owner,
      repo: r.repo,
      apiUrl: apiUrl(),
    });
    expect(host.state[CHECK_RUN_CLOSED]).toBe("true");
    // The post step then leaves the completed run alone: no request at all.
    const before = (await state(r.full)).requests.length;
    await runPost(host, { createClient: fast });
    expect((await state(r.full)).requests).toHaveLength(before);
  });

  it("completes a check run the main step left open as cancelled, with one sentence", async () => {
    const r = uniqueRepo();
    const open = await startCheckRun(testClient(), r, {
      name: "Production Readiness",
      headSha: "a".repeat(40),
      startedAt: new Date(),
    });
    const host = recordingHost({}, { "github-token": "ghs_test" });
    host.state[OPEN_CHECK_RUN] = JSON.stringify({ id: open.id, owner: r.owner, repo: r.repo, apiUrl: apiUrl() });
    await runPost(host, { createClient: fast, now: () => new Date("2025-05-05T05:05:05Z") });
    const s = await state(r.full);
    expect(s.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "cancelled" });
    expect(s.requests.at(-1)?.body).toEqual({
      status: "completed",
      conclusion: "cancelled",
      completed_at: "2025-05-05T05:05:05.000Z",
      output: { title: "Readiness Gate did not finish", summary: CANCELLED_SUMMARY },
    });
    expect(host.warnings).toEqual([]);
  });

  it("bundled: the main step killed mid-run, then the post step as the runner runs it, with the saved state", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    // Reading the PR never answers: the main step is still running when it is killed.
    await fault(r.full, { method: "GET", path: "/pulls/\\d+$", status: 200, hang: true, times: 10 });
    const ws = await workspace("documentation:\n  enabled: false\n");
    const stateFile = path.join(ws.runnerTemp, "state");
    await writeFile(stateFile, "");
    const env = {
      ...githubEnv(ws, r.full, apiUrl()),
      GITHUB_STATE: stateFile,
      GITHUB_OUTPUT: path.join(ws.runnerTemp, "out"),
    };
    await writeFile(env.GITHUB_OUTPUT, "");
    const inputs = await inputEnv({ "github-token": "ghs_dist_test" });
    let kill = () => {};
    const main = runDist({ ...env, ...inputs }, { onSpawn: (k) => (kill = k) });
    for (let i = 0; i < 200 && (await state(r.full)).checkRuns.length === 0; i++)
      await new Promise((t) => setTimeout(t, 50));
    // Let the state command reach the file, then kill the step as a cancelled job does.
    for (let i = 0; i < 100 && !(await readFile(stateFile, "utf8")).includes(OPEN_CHECK_RUN); i++)
      await new Promise((t) => setTimeout(t, 50));
    kill();
    await main;
    expect((await state(r.full)).checkRuns.map((c) => c.status)).toEqual(["in_progress"]);

    const saved = await readOutputs(stateFile);
    const post = await runDist(
      { ...env, ...inputs, ...Object.fromEntries(Object.entries(saved).map(([k, v]) => [`STATE_${k}`, v])) },
      { entry: distPost },
    );
    expect(post.code).toBe(0);
    const s = await state(r.full);
    expect(s.checkRuns.map((c) => [c.status, c.conclusion])).toEqual([["completed", "cancelled"]]);
    expect((post.stdout + post.stderr).replace("::add-mask::ghs_dist_test", "")).not.toContain("ghs_dist_test");
  }, 60_000);
});

describe("a GitHub that never answers", () => {
  it("does not hang the step: the comment request times out, the check run completes, the summary is written", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    await fault(r.full, { method: "POST", path: "/issues/\\d+/comments$", status: 200, hang: true, times: 10 });
    // A compliance control on the workspace's README.md: a go that stands on something.
    const ws = await workspace(
      "documentation:\n  enabled: false\ncompliance:\n  controls:\n    - { id: readme, framework: docs, title: A README, evidence: [{ file: README.md }] }\n",
    );
    const host = recordingHost(githubEnv(ws, r.full, apiUrl()), { "github-token": "ghs_test" });
    const started = Date.now();
    await run({ host, createClient: fast, cache: noCache });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(host.warnings).toEqual([expect.stringMatching(/^Could not write the pull request comment \(HTTP 500\): /)]);
    expect(host.summary).toContain("## ✅ Readiness: GO, 100/100");
    const s = await state(r.full);
    expect(s.checkRuns.map((c) => c.status)).toEqual(["completed"]);
    expect(s.comments).toEqual([]);
  }, 30_000);
});
