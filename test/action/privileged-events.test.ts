/**
 * Privileged events read nothing the PR can change: on pull_request_target and workflow_run the config comes from
 * the base commit or the default branch through the contents API, and link-check headers can only read the
 * environment variables the workflow lists.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { linkHeaderEnv } from "../../src/action/assess.js";
import { readInputs } from "../../src/action/inputs.js";
import { createGitHubClient } from "../../src/action/octokit.js";
import { run } from "../../src/action/run.js";
import { resolveHeaders } from "../../src/links/headers.js";
import { apiUrl, seed, state, uniqueRepo } from "../publish/helpers.js";
import { githubEnv, prEvent, recordingHost, seedPull, workspace } from "./harness.js";

const noCache = { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 };
const deps = {
  createClient: (o: { token: string; baseUrl: string }) => createGitHubClient({ ...o, waitScale: 0, throttle: false }),
  cache: noCache,
};
const base = (prEvent as unknown as { pull_request: { base: { sha: string } } }).pull_request.base.sha;

describe("config of privileged events", () => {
  it("pull_request_target: the base commit's config decides, not the PR's checked-out file", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    await seed(r.full, {
      files: [
        {
          ref: base,
          path: ".github/readiness.yml",
          content: "documentation:\n  enabled: false\nrequired-dimensions: [performance]\n",
        },
      ],
    });
    // The PR's own file would make it a go.
    const ws = await workspace("documentation:\n  enabled: false\ngates: []\n");
    const env = { ...githubEnv(ws, r.full, apiUrl()), GITHUB_EVENT_NAME: "pull_request_target" };
    const host = recordingHost(env, { "github-token": "ghs_test", "fail-on": "never" });
    const o = await run({ ...deps, host });
    expect(o.report?.verdict).toBe("no-go");
    expect(o.report?.notices).toContain(
      `Config: .github/readiness.yml from the base commit ${base}, not from the pull request (pull_request_target).`,
    );
    const s = await state(r.full);
    expect(s.checkRuns[0]?.conclusion).toBe("failure");
    expect(s.requests[1]).toEqual({
      method: "GET",
      // Octokit encodes the slash in `{path}`; GitHub accepts either form.
      path: `/repos/${r.full}/contents/.github%2Freadiness.yml`,
      query: { ref: base },
      body: undefined,
    });
  });

  it("workflow_run: the default branch's config; none there means defaults, said in the report", async () => {
    const r = uniqueRepo();
    const ws = await workspace("gates: []\n");
    await writeFile(
      ws.eventPath,
      JSON.stringify({
        workflow_run: { head_sha: "a".repeat(40), pull_requests: [] },
        repository: { default_branch: "main" },
      }),
    );
    const env = { ...githubEnv(ws, r.full, apiUrl()), GITHUB_EVENT_NAME: "workflow_run" };
    const host = recordingHost(env, { "github-token": "ghs_test", "fail-on": "never" });
    const o = await run({ ...deps, host });
    expect(host.failed).toBeNull();
    expect(o.report?.notices).toContain(
      "Config: no config file there, so the defaults from the default branch main, not from the pull request (workflow_run).",
    );
    const asked = (await state(r.full)).requests.find((q) => q.path.includes("/contents/"));
    expect(asked?.query).toEqual({ ref: "main" });
  });

  it("without a token it cannot read the trusted config and says so", async () => {
    const r = uniqueRepo();
    const ws = await workspace("gates: []\n");
    const env = { ...githubEnv(ws, r.full, apiUrl()), GITHUB_EVENT_NAME: "pull_request_target" };
    const host = recordingHost(env, { "github-token": "", "dry-run": "true" });
    await run({ ...deps, host });
    expect(host.failed).toBe(
      `readiness-gate: .github/readiness.yml@${base}: on pull_request_target the config is read from the base branch through the API, which needs the \`github-token\` input`,
    );
    expect(path.isAbsolute(ws.dir)).toBe(true);
  });
});

describe("link-check headers", () => {
  it("expand only the variables listed in `link-header-env`", () => {
    const inputs = readInputs((n) => (n === "link-header-env" ? "DOCS_TOKEN, OTHER" : ""));
    expect(inputs["link-header-env"]).toEqual(["DOCS_TOKEN", "OTHER"]);
    const env = linkHeaderEnv(inputs["link-header-env"], {
      DOCS_TOKEN: "docs-secret",
      ACTIONS_RUNTIME_TOKEN: "runtime-secret",
      GITHUB_TOKEN: "ghs_x",
    });
    // The config's own `${VAR}` syntax, not JavaScript templates.
    const dollar = (name: string) => `\${${name}}`;
    const resolved = resolveHeaders(
      {
        "docs.example.com": { Authorization: `Bearer ${dollar("DOCS_TOKEN")}` },
        "evil.example.com": { "X-Steal": dollar("ACTIONS_RUNTIME_TOKEN"), "X-Also": dollar("GITHUB_TOKEN") },
      },
      env,
    );
    expect(resolved.byHost.get("docs.example.com")).toEqual({ authorization: "Bearer docs-secret" });
    expect(resolved.byHost.get("evil.example.com")).toEqual({});
    expect(resolved.problems).toEqual([
      "header X-Steal for evil.example.com is not sent: environment variable ACTIONS_RUNTIME_TOKEN is not set",
      "header X-Also for evil.example.com is not sent: environment variable GITHUB_TOKEN is not set",
    ]);
  });
});
