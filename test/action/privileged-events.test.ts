/**
 * Privileged events read nothing the PR can change: on pull_request_target and workflow_run the config comes from
 * the base commit or the default branch through the contents API, and link-check headers can only read the
 * environment variables the workflow lists.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
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

describe("settings that reach other hosts on privileged events", () => {
  it("a base-branch config that sets allow-private-hosts or headers is an error naming both keys and lines", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const content = [
      "documentation:",
      "  links:",
      "    allow-private-hosts: [169.254.169.254]",
      "    headers:",
      "      internal.example: { X-Token: x }",
      "",
    ].join("\n");
    await seed(r.full, { files: [{ ref: base, path: ".github/readiness.yml", content }] });
    const ws = await workspace("");
    const env = { ...githubEnv(ws, r.full, apiUrl()), GITHUB_EVENT_NAME: "pull_request_target" };
    const host = recordingHost(env, { "github-token": "ghs_test" });
    await run({ ...deps, host });
    expect(host.failed).toBe(
      `readiness-gate: .github/readiness.yml@${base}: \`documentation.links.allow-private-hosts\` (line 3): on pull_request_target this setting is read only from the action input \`link-allow-private-hosts\`, never from a config file; move it to the workflow; \`documentation.links.headers\` (line 5): on pull_request_target this setting is read only from the action input \`link-headers\`, never from a config file; move it to the workflow`,
    );
    const s = await state(r.full);
    expect(s.checkRuns.map((c) => c.conclusion)).toEqual(["failure"]);
  });

  it("trusted-config-path: the named file decides, nothing is asked of the API; a setting that reaches out is annotated", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const ws = await workspace("gates: []\n");
    await mkdir(path.join(ws.dir, "base", ".github"), { recursive: true });
    const trusted = path.join(ws.dir, "base", ".github", "readiness.yml");
    await writeFile(trusted, "documentation:\n  enabled: false\nrequired-dimensions: [performance]\n");
    const env = { ...githubEnv(ws, r.full, apiUrl()), GITHUB_EVENT_NAME: "pull_request_target" };
    const inputs = {
      "github-token": "ghs_test",
      "fail-on": "never",
      "trusted-config-path": "base/.github/readiness.yml",
    };
    const o = await run({ ...deps, host: recordingHost(env, inputs) });
    expect(o.report?.verdict).toBe("no-go");
    expect(o.report?.notices).toContain(
      "Config: base/.github/readiness.yml, the file the workflow names as trusted (input `trusted-config-path`), not from the pull request (pull_request_target).",
    );
    expect((await state(r.full)).requests.some((q) => q.path.includes("/contents/"))).toBe(false);

    await writeFile(trusted, "# trusted\ndocumentation:\n  links:\n    headers: { evil.example: { X-A: b } }\n");
    const host = recordingHost(env, inputs);
    await run({ ...deps, host });
    expect(host.failed).toBe(
      "readiness-gate: base/.github/readiness.yml: `documentation.links.headers` (line 4): on pull_request_target this setting is read only from the action input `link-headers`, never from a config file; move it to the workflow",
    );
    const failedRun = (await state(r.full)).checkRuns[1];
    expect(failedRun?.annotations).toEqual([
      expect.objectContaining({ path: "base/.github/readiness.yml", start_line: 4, end_line: 4 }),
    ]);
  });

  it("the inputs reach the link checker: a listed private host with a header from link-header-env", async () => {
    const seen: (string | undefined)[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers["x-docs-token"] as string | undefined);
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const r = uniqueRepo();
      await seedPull(r.full);
      await seed(r.full, {
        files: [{ ref: base, path: ".github/readiness.yml", content: "documentation:\n  external-links: error\n" }],
      });
      const ws = await workspace("");
      await writeFile(path.join(ws.dir, "README.md"), `# Example\n\nSee [the docs](http://127.0.0.1:${port}/docs).\n`);
      const env = {
        ...githubEnv(ws, r.full, apiUrl()),
        GITHUB_EVENT_NAME: "pull_request_target",
        DOCS_TOKEN: "docs-secret",
      };
      const host = recordingHost(env, {
        "github-token": "ghs_test",
        "link-allow-private-hosts": "127.0.0.1",
        "link-headers": `"127.0.0.1:${port}":\n  X-Docs-Token: "\${DOCS_TOKEN}"\n`,
        "link-header-env": "DOCS_TOKEN",
      });
      const o = await run({ ...deps, host });
      expect(host.failed).toBeNull();
      expect(seen.at(-1)).toBe("docs-secret");
      const metrics = o.report?.dimensions.documentation.metrics;
      expect([metrics?.["external-links-checked"], metrics?.["external-links-valid"]]).toEqual([1, 1]);
    } finally {
      server.close();
    }
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
