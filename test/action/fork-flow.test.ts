/**
 * The documented fork-safe setup end to end, with a no-go: the first half (pull_request, read-only token) must
 * not fail on the verdict, so its later steps upload the reports; the second half (workflow_run) then publishes a
 * failing check run and the comment on the fork PR's head.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createGitHubClient } from "../../src/action/octokit.js";
import { formatPrInfo } from "../../src/action/pr-info.js";
import { run } from "../../src/action/run.js";
import { apiUrl, seed, state, uniqueRepo } from "../publish/helpers.js";
import { root } from "./dist-harness.js";
import { githubEnv, prEvent, recordingHost, workspace } from "./harness.js";

const noCache = { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 };
const deps = {
  createClient: (o: { token: string; baseUrl: string }) => createGitHubClient({ ...o, waitScale: 0, throttle: false }),
  cache: noCache,
};
// A required dimension with no input fails a blocking gate: a no-go that does not depend on any analyzer.
const NO_GO_CONFIG = "documentation:\n  enabled: false\nrequired-dimensions: [performance]\n";

interface Step {
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}

describe("fork-safe setup, end to end", () => {
  it("the documented first half does not stop on a no-go, and its later steps run", async () => {
    const doc = await readFile(path.join(root, "docs", "action.md"), "utf8");
    const first = /`\.github\/workflows\/readiness-pr\.yml`:\n\n```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
    const steps = (parse(first) as { jobs: { reports: { steps: Step[] } } }).jobs.reports.steps;
    const action = steps.findIndex((s) => s.uses?.startsWith("readiness-gate/"));
    expect(steps[action]?.with?.["fail-on"]).toBe("never");
    for (const later of steps.slice(action + 1)) expect(later.if).toBe("${{ !cancelled() }}");
  });

  it("a no-go fork PR gets its failing check run and its comment", async () => {
    const r = uniqueRepo();
    const head = prEvent.pull_request.head.sha;
    const number = prEvent.pull_request.number;

    // First half: the fork's pull_request run, read-only token → dry run, as documented.
    const forkWs = await workspace(NO_GO_CONFIG);
    const firstHost = recordingHost(githubEnv(forkWs, r.full, apiUrl()), {
      "github-token": "ghs_read_only",
      "dry-run": "true",
      "fail-on": "never",
    });
    const firstRun = await run({ ...deps, host: firstHost });
    expect(firstRun.report?.verdict).toBe("no-go");
    expect(firstHost.failed).toBeNull();
    expect((await state(r.full)).requests).toEqual([]);
    // …so the next step writes the PR info and the upload step runs.
    const artifact = { "readiness-pr.json": formatPrInfo(number, head) };

    // Second half: workflow_run on the default branch, with the artifact downloaded into readiness-input/.
    await seed(r.full, {
      pulls: [{ number, headSha: head }],
      files: [{ ref: "main", path: ".github/readiness.yml", content: NO_GO_CONFIG }],
    });
    const baseWs = await workspace("documentation:\n  enabled: false\n");
    await mkdir(path.join(baseWs.dir, "readiness-input"), { recursive: true });
    for (const [name, text] of Object.entries(artifact))
      await writeFile(path.join(baseWs.dir, "readiness-input", name), text);
    await writeFile(
      baseWs.eventPath,
      // A fork's run: GitHub lists no pull request on it.
      JSON.stringify({ workflow_run: { head_sha: head, pull_requests: [] }, repository: { default_branch: "main" } }),
    );
    const env = { ...githubEnv(baseWs, r.full, apiUrl()), GITHUB_EVENT_NAME: "workflow_run" };
    const host = recordingHost(env, { "github-token": "ghs_write" });
    const published = await run({ ...deps, host });
    expect(published.report?.verdict).toBe("no-go");
    expect(host.failed).toBe("Readiness verdict is no-go (no dimension assessed); `fail-on: no-go` fails the step.");
    const s = await state(r.full);
    expect(s.checkRuns.map((c) => [c.head_sha, c.status, c.conclusion])).toEqual([[head, "completed", "failure"]]);
    expect(s.comments.map((c) => [c.issue, c.body.split("\n")[0]])).toEqual([
      [number, "## ⛔ Readiness: NO-GO, no dimension assessed"],
    ]);
  });
});
