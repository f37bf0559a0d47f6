/**
 * The Action judges a pull request by what it adds: the base commit comes from the event, is assessed from the
 * same checkout, or is read from the report a push run on the default branch saved in the Actions cache.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { baseReportKey } from "../../src/action/baseline.js";
import { createGitHubClient } from "../../src/action/octokit.js";
import { run } from "../../src/action/run.js";
import { apiUrl, seed, state, uniqueRepo } from "../publish/helpers.js";
import { githubEnv, prEvent, recordingHost, seedPull } from "./harness.js";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.email=t@example.test", "-c", "user.name=t", ...args], {
    cwd,
    encoding: "utf8",
  }).trim();

/** A checkout whose base has one broken link; the PR adds a second. */
function checkout(): { dir: string; base: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "rg-action-base-"));
  git(dir, "init", "-q", "-b", "main");
  writeFileSync(path.join(dir, "README.md"), "# Project\n\nSee [old](docs/old.md).\n");
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "base");
  const base = git(dir, "rev-parse", "HEAD");
  writeFileSync(path.join(dir, "README.md"), "# Project\n\nSee [old](docs/old.md).\n\nAnd [new](docs/new.md).\n");
  git(dir, "commit", "-qam", "pr");
  return { dir, base };
}

/** An Actions cache kept in a folder: saved paths are copied in under their key and copied back on restore. */
function folderCache() {
  const store = mkdtempSync(path.join(tmpdir(), "rg-cache-"));
  const saved: string[] = [];
  return {
    saved,
    api: {
      isFeatureAvailable: () => true,
      saveCache: async (paths: string[], key: string) => {
        saved.push(key);
        copyFileSync(paths[0] as string, path.join(store, encodeURIComponent(key)));
        return 1;
      },
      restoreCache: async (paths: string[], key: string) => {
        try {
          copyFileSync(path.join(store, encodeURIComponent(key)), paths[0] as string);
          return key;
        } catch {
          return undefined;
        }
      },
    },
  };
}

const deps = {
  createClient: (o: { token: string; baseUrl: string }) => createGitHubClient({ ...o, waitScale: 0, throttle: false }),
  now: () => new Date("2025-03-01T10:00:00Z"),
};

async function prRun(dir: string, base: string, repo: string, cache: ReturnType<typeof folderCache>["api"]) {
  const eventPath = path.join(mkdtempSync(path.join(tmpdir(), "rg-event-")), "event.json");
  writeFileSync(
    eventPath,
    JSON.stringify({ ...prEvent, pull_request: { ...prEvent.pull_request, base: { sha: base } } }),
  );
  const runnerTemp = mkdtempSync(path.join(tmpdir(), "rg-temp-"));
  await seedPull(repo);
  const host = recordingHost(githubEnv({ dir, eventPath, runnerTemp }, repo, apiUrl()), {
    "github-token": "ghs_test",
    baseline: "auto",
  });
  const out = await run({ ...deps, host, cache });
  return { host, out };
}

describe("the Action's baseline", () => {
  it("assesses the base commit from the checkout: the comment leads with what the PR adds", async () => {
    const { dir, base } = checkout();
    const r = uniqueRepo();
    const cache = folderCache();
    const { host, out } = await prRun(dir, base, r.full, cache.api);
    expect(host.warnings).toEqual([]);
    expect(out.report?.comparison).toMatchObject({ added: 1, existing: 1, fixed: 0 });
    const s = await state(r.full);
    expect(s.comments[0]?.body).toContain(
      `**This PR adds 1 problem and fixes 0** (compared with the base commit ${base.slice(0, 7)}; 1 problem already on the base branch is shown, not blocking).`,
    );
    expect(s.checkRuns[0]?.conclusion).toBe("failure");
    expect(out.report?.gates.filter((g) => g.status === "failed").map((g) => g.id)).toEqual([
      "no-new-documentation-findings",
    ]);
    // The worktree of the base is gone again.
    expect(git(dir, "worktree", "list").split("\n")).toHaveLength(1);
  });

  it("a push run on the default branch saves its report; the PR run uses it as the baseline", async () => {
    const { dir, base } = checkout();
    const r = uniqueRepo();
    const cache = folderCache();
    git(dir, "checkout", "-q", base);
    const eventPath = path.join(mkdtempSync(path.join(tmpdir(), "rg-event-")), "event.json");
    writeFileSync(eventPath, JSON.stringify({ after: base, repository: { default_branch: "main" } }));
    const runnerTemp = mkdtempSync(path.join(tmpdir(), "rg-temp-"));
    const env = {
      ...githubEnv({ dir, eventPath, runnerTemp }, r.full, apiUrl()),
      GITHUB_EVENT_NAME: "push",
      GITHUB_REF: "refs/heads/main",
      GITHUB_SHA: base,
    };
    const push = recordingHost(env, { "github-token": "ghs_test", baseline: "auto" });
    await run({ ...deps, host: push, cache: cache.api });
    expect(push.warnings).toEqual([]);
    expect(cache.saved).toEqual([baseReportKey(r.full, base)]);

    git(dir, "checkout", "-q", "-");
    const { host, out } = await prRun(dir, base, r.full, cache.api);
    expect(host.warnings).toEqual([]);
    // The saved report comes first: the base commit is not assessed again.
    expect(out.report?.comparison).toMatchObject({
      baseline: { kind: "report", description: `the report of the base commit ${base.slice(0, 7)}` },
      added: 1,
      existing: 1,
    });
    expect(JSON.parse(await readFile(out.reportPath as string, "utf8")).comparison.added).toBe(1);
  });

  it("without the base commit, the PR's changed files from the API decide what is new", async () => {
    // Not a git checkout: the base commit cannot be assessed, so the changed-files mode is the baseline.
    const dir = mkdtempSync(path.join(tmpdir(), "rg-action-files-"));
    mkdirSync(path.join(dir, "docs"));
    writeFileSync(path.join(dir, "docs", "a.md"), "# A\n\n[gone](nowhere.md)\n");
    writeFileSync(path.join(dir, "docs", "b.md"), "# B\n\n[gone](nowhere.md)\n");
    const r = uniqueRepo();
    const number = prEvent.pull_request.number;
    // 120 files: two pages of 100; the one that matters is on the second.
    const files = [
      ...Array.from({ length: 118 }, (_, i) => ({ filename: `src/f${i}.ts`, status: "modified" })),
      { filename: "docs/old-name.md", status: "removed" },
      { filename: "docs/a.md", status: "modified" },
    ];
    await seed(r.full, { pullFiles: [{ number, files }] });
    const { host, out } = await prRun(dir, "c".repeat(40), r.full, folderCache().api);
    expect(host.warnings).toEqual([]);
    expect(out.report?.comparison).toEqual({
      gateOn: "new",
      baseline: {
        kind: "changed-files",
        description: "the files this PR changed (the base commit ccccccc is not available)",
      },
      added: 1,
      existing: 1,
      fixed: 0,
      renamed: 0,
    });
    expect(out.report?.findings.map((f) => `${f.path} ${f.state}`)).toEqual(["docs/a.md new", "docs/b.md existing"]);
    const s = await state(r.full);
    expect(s.requests.filter((q) => q.path.endsWith("/files")).map((q) => q.query.page ?? "1")).toEqual(["1", "2"]);
  });
});
