import examplesJson from "@octokit/webhooks-examples" with { type: "json" };
import { EventSkipped } from "../../src/publish/target.js";
import { describe, expect, it } from "vitest";
import { ContextError, resolveContext } from "../../src/action/context.js";
import { INPUT_DEFAULTS, InputError, readInputs } from "../../src/action/inputs.js";
import { formatPrInfo, parsePrInfo } from "../../src/action/pr-info.js";
import { prEvent } from "./harness.js";

const get = (values: Record<string, string>) => (name: string) => values[name] ?? "";

const examples = examplesJson as unknown as { name: string; examples: unknown[] }[];
const pushExamples = examples.find((e) => e.name === "push")?.examples as {
  ref: string;
  deleted: boolean;
  after: string;
}[];
const mergeGroupExample = examples.find((e) => e.name === "merge_group")?.examples[0] as {
  merge_group: { head_sha: string };
};

describe("inputs", () => {
  it("applies the defaults action.yml declares", () => {
    expect(readInputs(get({}))).toEqual({
      "github-token": "",
      config: ".github/readiness.yml",
      artifacts: [],
      "check-name": "Production Readiness",
      comment: "always",
      annotations: 50,
      "fail-on": "no-go",
      "conditional-conclusion": "neutral",
      "dry-run": false,
      "allow-empty": false,
      "working-directory": ".",
      baseline: "auto",
      "link-header-env": [],
      "link-allow-private-hosts": [],
      "link-headers": {},
      "trusted-config-path": "",
      shard: "",
      mode: "assess",
      "partial-reports": "readiness-partials/**/*.json",
    });
    expect(INPUT_DEFAULTS.annotations).toBe("50");
  });

  it("reads every input", () => {
    const inputs = readInputs(
      get({
        "github-token": "ghs_x",
        artifacts: "reports/*.sarif\n\n  # a comment\nload/*.csv  ",
        comment: "on-change",
        annotations: "0",
        "fail-on": "conditional",
        "conditional-conclusion": "action_required",
        "dry-run": "TRUE",
        "working-directory": "site",
      }),
    );
    expect(inputs.artifacts).toEqual(["reports/*.sarif", "load/*.csv"]);
    expect(inputs.annotations).toBe(0);
    expect(inputs["dry-run"]).toBe(true);
    expect(inputs["conditional-conclusion"]).toBe("action_required");
  });

  it("names the input, the value and what is allowed", () => {
    const problems = (values: Record<string, string>) => {
      try {
        readInputs(get(values));
        return [];
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as InputError).problems;
      }
    };
    expect(problems({ comment: "sometimes" })).toEqual([
      'input `comment`: found "sometimes", allowed: always, on-change, never',
    ]);
    expect(problems({ "fail-on": "warning", "conditional-conclusion": "passed" })).toEqual([
      'input `fail-on`: found "warning", allowed: no-go, conditional, never',
      'input `conditional-conclusion`: found "passed", allowed: neutral, failure, success, action_required',
    ]);
    expect(problems({ annotations: "-1" })).toEqual([
      'input `annotations`: found "-1", expected a whole number (0 = no annotations)',
    ]);
    expect(problems({ "dry-run": "maybe" })).toEqual(['input `dry-run`: found "maybe", allowed: true, false']);
  });
});

const env = { GITHUB_REPOSITORY: "Codertocat/Hello-World", GITHUB_RUN_ID: "42", GITHUB_SHA: "1".repeat(40) };

describe("event context", () => {
  it("pull_request: the PR head SHA, not the merge commit in GITHUB_SHA", () => {
    const ctx = resolveContext({ ...env, GITHUB_EVENT_NAME: "pull_request" }, prEvent, null);
    expect(ctx).toEqual({
      eventName: "pull_request",
      owner: "Codertocat",
      repo: "Hello-World",
      headSha: prEvent.pull_request.head.sha,
      pullNumber: prEvent.pull_request.number,
      verifyPull: false,
      serverUrl: "https://github.com",
      apiUrl: "https://api.github.com",
      runUrl: "https://github.com/Codertocat/Hello-World/actions/runs/42",
    });
    expect(resolveContext({ ...env, GITHUB_EVENT_NAME: "pull_request_target" }, prEvent, null).headSha).toBe(
      prEvent.pull_request.head.sha,
    );
  });

  it("push and workflow_dispatch: no PR, the commit in GITHUB_SHA", () => {
    // A pushed tag (GitHub's example): for an annotated tag `after` is the tag object; GITHUB_SHA is the commit.
    const tagPush = pushExamples.find((p) => p.ref.startsWith("refs/tags/") && !p.deleted);
    expect(tagPush?.after).toMatch(/^[0-9a-f]{40}$/);
    expect(resolveContext({ ...env, GITHUB_EVENT_NAME: "push" }, tagPush, null)).toMatchObject({
      headSha: "1".repeat(40),
      pullNumber: null,
    });
    expect(resolveContext({ ...env, GITHUB_EVENT_NAME: "push" }, { after: "a".repeat(40) }, null).headSha).toBe(
      "1".repeat(40),
    );
    expect(resolveContext({ ...env, GITHUB_EVENT_NAME: "workflow_dispatch" }, {}, null)).toMatchObject({
      headSha: "1".repeat(40),
      pullNumber: null,
    });
  });

  it("push of a branch deletion: skipped, not failed", () => {
    const deletion = { ref: "refs/heads/old", deleted: true, after: "0".repeat(40), before: "a".repeat(40) };
    expect(() => resolveContext({ ...env, GITHUB_EVENT_NAME: "push" }, deletion, null)).toThrow(
      new EventSkipped("refs/heads/old was deleted; there is no commit to assess"),
    );
  });

  it("merge_group: the check run goes on the merge queue's commit, no PR comment", () => {
    const payload = mergeGroupExample;
    expect(resolveContext({ ...env, GITHUB_EVENT_NAME: "merge_group" }, payload, null)).toMatchObject({
      headSha: payload.merge_group.head_sha,
      pullNumber: null,
    });
    expect(() => resolveContext({ ...env, GITHUB_EVENT_NAME: "merge_group" }, {}, null)).toThrow(
      "the merge_group event payload has no merge_group.head_sha",
    );
  });

  it("workflow_run: PR number from the PR info file, checked against the run's head SHA", () => {
    const sha = "b".repeat(40);
    const info = parsePrInfo("readiness-pr.json", formatPrInfo(12, sha));
    const payload = { workflow_run: { head_sha: sha, pull_requests: [] } };
    expect(resolveContext({ ...env, GITHUB_EVENT_NAME: "workflow_run" }, payload, info)).toMatchObject({
      headSha: sha,
      pullNumber: 12,
      verifyPull: true,
    });
    // A same-repository PR is listed by GitHub itself: no extra check needed.
    const listed = { workflow_run: { head_sha: sha, pull_requests: [{ number: 12, head: { sha } }] } };
    expect(resolveContext({ ...env, GITHUB_EVENT_NAME: "workflow_run" }, listed, info)).toMatchObject({
      pullNumber: 12,
      verifyPull: false,
    });
    expect(resolveContext({ ...env, GITHUB_EVENT_NAME: "workflow_run" }, listed, null)).toMatchObject({
      pullNumber: 12,
      verifyPull: false,
    });
    expect(resolveContext({ ...env, GITHUB_EVENT_NAME: "workflow_run" }, payload, null)).toMatchObject({
      headSha: sha,
      pullNumber: null,
    });
    expect(() =>
      resolveContext(
        { ...env, GITHUB_EVENT_NAME: "workflow_run" },
        { workflow_run: { head_sha: "c".repeat(40) } },
        info,
      ),
    ).toThrow(
      new ContextError(
        `readiness-pr.json names head ${sha}, but the triggering run was for ${"c".repeat(40)}; refusing to publish for a different commit`,
      ),
    );
  });

  it("rejects a malformed PR info file with the file and the field", () => {
    expect(() =>
      parsePrInfo("pr/readiness-pr.json", '{"schema":"readiness-gate/pr-info@1","number":"12","headSha":"x"}'),
    ).toThrow(
      "pr/readiness-pr.json: `number` Invalid input: expected number, received string; `headSha` 40 lowercase hex digits",
    );
    expect(() => parsePrInfo("f.json", "{")).toThrow(/^f\.json: not valid JSON/);
  });

  it("needs GITHUB_REPOSITORY", () => {
    expect(() => resolveContext({ GITHUB_EVENT_NAME: "push" }, {}, null)).toThrow(
      "GITHUB_REPOSITORY is not set (expected owner/repo); run this inside GitHub Actions",
    );
  });
});

describe("inputs and action.yml", () => {
  it("the input module reads exactly action.yml's inputs, with action.yml's defaults", async () => {
    const { parse } = await import("yaml");
    const { readFileSync } = await import("node:fs");
    const action = parse(readFileSync(new URL("../../action.yml", import.meta.url), "utf8")) as {
      inputs: Record<string, { default?: string }>;
    };
    const { inputsSchema } = await import("../../src/action/inputs.js");
    expect(Object.keys(inputsSchema.shape).sort()).toEqual(Object.keys(action.inputs).sort());
    // What readInputs applies for empty inputs is what the runner would pass from action.yml.
    const applied = readInputs(get({}));
    const fromYml = readInputs((n) => (n === "github-token" ? "" : (action.inputs[n]?.default ?? "")));
    expect(applied).toEqual(fromYml);
  });
});
