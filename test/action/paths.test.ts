/** Paths the Action is given stay inside the workspace, and the fork-safe setup's download is never documentation. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createGitHubClient } from "../../src/action/octokit.js";
import { run } from "../../src/action/run.js";
import { apiUrl, state, uniqueRepo } from "../publish/helpers.js";
import { githubEnv, recordingHost, seedPull, workspace } from "./harness.js";

const noCache = { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 };
const deps = {
  createClient: (o: { token: string; baseUrl: string }) => createGitHubClient({ ...o, waitScale: 0, throttle: false }),
  cache: noCache,
};

describe("paths from inputs", () => {
  it("`working-directory: ..` is an input error naming the input; nothing is written", async () => {
    const r = uniqueRepo();
    const ws = await workspace("documentation:\n  enabled: false\n");
    const host = recordingHost(githubEnv(ws, r.full, apiUrl()), {
      "github-token": "ghs_test",
      "working-directory": "..",
    });
    await run({ ...deps, host });
    expect(host.failed).toBe(
      `readiness-gate: input \`working-directory\`: ".." is outside the workspace ${ws.dir}; name a directory inside it`,
    );
    expect((await state(r.full)).requests).toEqual([]);
  });

  it("a `working-directory` that does not exist fails the step with one sentence; nothing is written", async () => {
    const r = uniqueRepo();
    const ws = await workspace("documentation:\n  enabled: false\n");
    const host = recordingHost(githubEnv(ws, r.full, apiUrl()), {
      "github-token": "ghs_test",
      "working-directory": "docs-site",
    });
    const o = await run({ ...deps, host });
    expect(host.failed).toBe(
      `readiness-gate: input \`working-directory\`: "docs-site" is not a directory under ${ws.dir}`,
    );
    expect([o.report, (await state(r.full)).requests]).toEqual([null, []]);
  });

  it("an artifact glob with `..` or an absolute path is an input error naming the input", async () => {
    const r = uniqueRepo();
    const ws = await workspace("documentation:\n  enabled: false\n");
    for (const glob of ["../other-repo/*.sarif", "/etc/*.json", "reports/../../x.json"]) {
      const host = recordingHost(githubEnv(ws, r.full, apiUrl()), { "github-token": "ghs_test", artifacts: glob });
      await run({ ...deps, host });
      expect(host.failed).toBe(
        `readiness-gate: input \`artifacts\`: found ${JSON.stringify(glob)}, expected globs relative to \`working-directory\`, without \`..\` or an absolute path`,
      );
    }
  });

  it("the downloaded readiness-input/ folder is never assessed as documentation", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const ws = await workspace('documentation:\n  markdownlint: false\n  external-links: "off"\n');
    await mkdir(path.join(ws.dir, "readiness-input"), { recursive: true });
    await writeFile(path.join(ws.dir, "readiness-input", "notes.md"), "# Notes\n\n[gone](missing.md)\n");
    await writeFile(path.join(ws.dir, "GUIDE.md"), "# Guide\n\n[gone](missing.md)\n");
    const host = recordingHost(githubEnv(ws, r.full, apiUrl()), { "github-token": "ghs_test", "fail-on": "never" });
    const o = await run({ ...deps, host });
    const paths = [...new Set(o.report?.findings.map((f) => f.path))];
    expect(paths).toEqual(["GUIDE.md"]);
  });

  it("absolute scanner paths in this workspace are annotated by repository path; others are shown only", async () => {
    const r = uniqueRepo();
    await seedPull(r.full);
    const ws = await workspace("documentation:\n  enabled: false\nartifacts:\n  - scan.sarif\n");
    const at = (uri: string, line: number, uriBaseId?: string) => ({
      ruleId: "no-eval",
      level: "error",
      message: { text: "eval" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, ...(uriBaseId ? { uriBaseId } : {}) },
            region: { startLine: line },
          },
        },
      ],
    });
    const sarif = {
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "ESLint" } },
          // The scanner ran in a container with the checkout at /src: originalUriBaseIds names that root.
          originalUriBaseIds: { "%SRCROOT%": { uri: "file:///src/" } },
          results: [
            at(`file://${ws.dir}/src/app.js`, 3),
            at("file:///usr/lib/node_modules/dep/index.js", 9),
            at("file:///src/lib/util.js", 5, "%SRCROOT%"),
          ],
        },
      ],
    };
    await writeFile(path.join(ws.dir, "scan.sarif"), JSON.stringify(sarif));
    const host = recordingHost(githubEnv(ws, r.full, apiUrl()), { "github-token": "ghs_test", "fail-on": "never" });
    const o = await run({ ...deps, host });
    expect(o.report?.findings.map((f) => f.path).sort()).toEqual([
      "/usr/lib/node_modules/dep/index.js",
      "lib/util.js",
      "src/app.js",
    ]);
    const s = await state(r.full);
    expect(s.checkRuns[0]?.annotations.map((a) => [a.path, a.start_line]).sort()).toEqual([
      ["lib/util.js", 5],
      ["src/app.js", 3],
    ]);
  });
});
