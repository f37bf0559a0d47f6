/**
 * What ships is what is tested: the bundled dist/index.js runs as a child process with the environment the
 * runner would give it (INPUT_* with action.yml's defaults, GITHUB_*, an event file from GitHub's examples),
 * against the Prism-validated GitHub fake. dist/ is rebuilt first when it is missing or older than src/.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { apiUrl, state, uniqueRepo } from "../publish/helpers.js";
import { dist, inputDefaults, inputEnv, readOutputs, root, runDist } from "./dist-harness.js";
import { githubEnv, prEvent, seedPull, workspace } from "./harness.js";

/** One low-severity SARIF result with a line, so each run has exactly one annotation to write. */
const ONE_RESULT_SARIF = {
  version: "2.1.0",
  runs: [
    {
      tool: { driver: { name: "ESLint", rules: [{ id: "no-eval" }] } },
      results: [
        {
          ruleId: "no-eval",
          level: "note",
          message: { text: "eval can be harmful." },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: "src/app.js" },
                region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 },
              },
            },
          ],
        },
      ],
    },
  ],
};

describe("dist/index.js", () => {
  // What ships is what is tested: the committed bundle, built only when it is missing. Whether it matches
  // src/ is CI's check-dist job (and .ci/run), not this test's.
  beforeAll(async () => {
    if (!existsSync(dist)) {
      await promisify(execFile)(process.execPath, ["scripts/build.mjs"], { cwd: root, timeout: 240_000 });
    }
  }, 300_000);

  it("run twice on one PR head: one comment updated in place, a new check run each time, annotations not doubled", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const ws = await workspace("documentation:\n  enabled: false\nartifacts:\n  - reports/*.sarif\n");
    await mkdir(path.join(ws.dir, "reports"), { recursive: true });
    await writeFile(path.join(ws.dir, "reports", "eslint.sarif"), JSON.stringify(ONE_RESULT_SARIF));
    const defaults = await inputDefaults();
    // The workspace is not a git checkout, so there is no base commit to compare with.
    const inputs = Object.fromEntries(
      Object.entries({ ...defaults, "github-token": "ghs_dist_test", baseline: "none" }).map(([k, v]) => [
        `INPUT_${k.toUpperCase()}`,
        v,
      ]),
    );
    const runOnce = async (n: number) => {
      const outputFile = path.join(ws.runnerTemp, `output-${n}`);
      const summaryFile = path.join(ws.runnerTemp, `summary-${n}.md`);
      await writeFile(outputFile, "");
      await writeFile(summaryFile, "");
      const result = await runDist({
        ...githubEnv(ws, r.full, apiUrl()),
        ...inputs,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
      });
      return { ...result, outputs: await readOutputs(outputFile), summary: await readFile(summaryFile, "utf8") };
    };

    const first = await runOnce(1);
    expect(first.stdout).not.toContain("::error::");
    expect(first.stdout).not.toContain("::warning::");
    expect(first.code).toBe(0);
    let s = await state(r.full);
    expect(s.comments).toHaveLength(1);
    expect(s.checkRuns).toHaveLength(1);
    expect(s.checkRuns[0]?.head_sha).toBe(prEvent.pull_request.head.sha);
    expect(s.checkRuns[0]?.name).toBe("Production Readiness");
    expect(s.checkRuns[0]?.conclusion).toBe("success");
    const commentId = s.comments[0]?.id;
    expect(first.outputs["comment-id"]).toBe(String(commentId));
    expect(first.outputs.verdict).toBe("go");
    expect(first.summary).toContain("## ✅ Readiness: GO");
    // The token appears once, in the command that tells the runner to mask it, and nowhere else.
    expect((first.stdout + first.stderr).replace("::add-mask::ghs_dist_test", "")).not.toContain("ghs_dist_test");

    await writeFile(
      path.join(ws.dir, ".github", "readiness.yml"),
      "documentation:\n  enabled: false\n  target: 75\nartifacts:\n  - reports/*.sarif\n",
    );
    const second = await runOnce(2);
    expect(second.code).toBe(0);
    s = await state(r.full);
    expect(s.comments.map((c) => c.id)).toEqual([commentId]);
    expect(s.comments[0]?.body).toContain("| Documentation | — | 75 |");
    expect((s.comments[0]?.updated_at ?? "") > (s.comments[0]?.created_at ?? "")).toBe(true);
    // A second check run, created rather than reopened, each with its own annotations.
    expect(s.checkRuns.map((c) => [String(c.id), c.status, c.annotations.length])).toEqual([
      [first.outputs["check-run-id"], "completed", 1],
      [second.outputs["check-run-id"], "completed", 1],
    ]);
    expect(second.outputs["check-run-id"]).not.toBe(first.outputs["check-run-id"]);
    expect(second.outputs["comment-id"]).toBe(String(commentId));
    const methods = s.requests.map((q) => `${q.method} ${q.path.replace(`/repos/${r.full}`, "")}`);
    expect(methods.filter((m) => m.startsWith("POST /issues/"))).toHaveLength(1);
    expect(methods.filter((m) => m.startsWith("PATCH /issues/comments/"))).toEqual([
      `PATCH /issues/comments/${commentId}`,
    ]);
  }, 120_000);
});

describe("dist/index.js, two runs at once on one PR", () => {
  // Twenty trials of two bundled runs started together: in even trials both assess the PR's head (a re-run and a
  // synchronize), in odd trials one assesses the previous head (a slow run for an older push).
  it("20 trials: exactly one comment, always for the newest head; a stale run never writes it", async () => {
    const head = prEvent.pull_request.head.sha;
    const older = "0badc0de".repeat(5);
    const inputs = await inputEnv({ "github-token": "ghs_dist_test" });
    const trial = async (n: number) => {
      const r = uniqueRepo();
      await seedPull(r.full, head);
      // One compliance control on README.md: a go that stands on something (nothing assessed fails the step).
      const ws = await workspace(
        "documentation:\n  enabled: false\ncompliance:\n  controls:\n    - { id: readme, framework: docs, title: A README, evidence: [{ file: README.md }] }\n",
      );
      const staleEvent = `${ws.eventPath}.old.json`;
      const payload = {
        ...prEvent,
        pull_request: { ...prEvent.pull_request, head: { ...prEvent.pull_request.head, sha: older } },
      };
      await writeFile(staleEvent, JSON.stringify(payload));
      const launch = async (k: number, eventPath: string) => {
        const outputFile = path.join(ws.runnerTemp, `output-${k}`);
        await writeFile(outputFile, "");
        return runDist({
          ...githubEnv(ws, r.full, apiUrl()),
          ...inputs,
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_OUTPUT: outputFile,
        });
      };
      const runs = await Promise.all([launch(1, ws.eventPath), launch(2, n % 2 === 0 ? ws.eventPath : staleEvent)]);
      const s = await state(r.full);
      const writes = s.requests.filter((q) => /\/issues\/(\d+\/)?comments/.test(q.path) && q.method !== "GET");
      return {
        codes: runs.map((x) => x.code),
        comments: s.comments.length,
        current: s.comments.every((c) => c.body.includes(`commit \`${head.slice(0, 12)}\``)),
        staleWrites: writes.filter((q) => JSON.stringify(q.body ?? "").includes(older.slice(0, 12))).length,
        checkRuns: s.checkRuns.map((c) => c.status),
      };
    };
    const results = [];
    // Ten trials (twenty processes) at a time: the runs mostly wait (writes are spaced as GitHub asks), so this
    // keeps the wall time near 40 s on two cores (Prism, validating every request, is the bottleneck).
    for (let batch = 0; batch < 2; batch++)
      results.push(...(await Promise.all(Array.from({ length: 10 }, (_, i) => trial(batch * 10 + i)))));
    expect(results).toHaveLength(20);
    expect(results.filter((x) => x.comments !== 1)).toEqual([]);
    expect(results.filter((x) => !x.current)).toEqual([]);
    expect(results.reduce((sum, x) => sum + x.staleWrites, 0)).toBe(0);
    expect(results.filter((x) => x.codes.some((c) => c !== 0))).toEqual([]);
    expect(results.filter((x) => x.checkRuns.join() !== "completed,completed")).toEqual([]);
  }, 240_000);
});
