/** Server-side limits through the running App: archive limits, links in the tree, the job time limit, shutdown. */
import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tarball } from "./archives.js";
import {
  appEnv,
  control,
  deliver,
  pullRequestPayload,
  type RunningApp,
  registerApp,
  repoState,
  startApp,
  type TestApp,
  waitFor,
} from "./harness.js";

const running: RunningApp[] = [];
const temps: string[] = [];
afterAll(async () => {
  for (const s of running) await s.stop();
  for (const t of temps) await rm(t, { recursive: true, force: true });
});

async function setup(env: Record<string, string>): Promise<{ app: TestApp; server: RunningApp; tmp: string }> {
  const app = await registerApp(2);
  const tmp = await mkdtemp(path.join(tmpdir(), "rg-app-tmp-"));
  temps.push(tmp);
  const server = await startApp(appEnv(app, { TMPDIR: tmp, ...env }));
  running.push(server);
  return { app, server, tmp };
}

async function seedPr(app: TestApp, name: string, sha: string, files: Parameters<typeof tarball>[0], delayMs = 0) {
  await control("app/seed", {
    repo: `${app.owner}/${name}`,
    files: { main: { ".github/readiness.yml": "documentation:\n  external-links: off\n" } },
    tarballs: { [sha]: tarball(files).toString("base64") },
    delays: { [sha]: delayMs },
    pulls: [{ number: 7, headSha: sha, state: "open" }],
  });
}

/** The App's temporary directories left in `tmp` (tsx keeps its compile cache there too). */
const leftovers = (tmp: string) => readdirSync(tmp).filter((f) => f.startsWith("readiness-app-"));
/** The directory is removed right after the check run completes. */
const cleanedUp = (tmp: string) =>
  waitFor(async () => leftovers(tmp).length === 0, "the temporary directory to go", 5000);

const completed = (full: string) =>
  waitFor(async () => {
    const s = await repoState(full);
    return s.checkRuns.some((r) => r.status === "completed") ? s : null;
  }, `a completed check run on ${full}`);

describe("archive limits and links in the head commit", () => {
  it("a tarball over the entry limit fails the check run, naming the limit; the temporary directory is removed", async () => {
    const { app, server, tmp } = await setup({ READINESS_MAX_ARCHIVE_ENTRIES: "5" });
    const name = app.repos[0] as string;
    const sha = "d".repeat(40);
    const files = Array.from({ length: 10 }, (_, i) => ({ path: `top/f${i}.md`, data: "# x\n" }));
    await seedPr(app, name, sha, files);
    await deliver(server, app.secret, "pull_request", pullRequestPayload(app, name, { headSha: sha }));
    const s = await completed(`${app.owner}/${name}`);
    expect(s.checkRuns[0]?.conclusion).toBe("failure");
    expect(s.checkRuns[0]?.output.summary).toBe(
      "the tarball has more than 5 entries (the limit READINESS\\_MAX\\_ARCHIVE\\_ENTRIES); it was not read",
    );
    // The PR's comment says so rather than showing an older verdict as if it were current.
    expect(s.comments.map((c) => c.body.split("\n")[0])).toEqual(["## ❗ Readiness Gate could not run"]);
    await cleanedUp(tmp);
    expect(leftovers(tmp)).toEqual([]);
  });

  it("symbolic and hard links in the head commit are not followed: the comment says they were not read", async () => {
    const { app, server, tmp } = await setup({});
    const name = app.repos[0] as string;
    const sha = "e".repeat(40);
    await seedPr(app, name, sha, [
      { path: "top/README.md", data: "# Service\n\nSee [the key](passwd.md).\n" },
      { path: "top/passwd.md", type: "SymbolicLink", linkpath: "/etc/passwd" },
      { path: "top/hosts.md", type: "Link", linkpath: "/etc/hosts" },
    ]);
    await deliver(server, app.secret, "pull_request", pullRequestPayload(app, name, { headSha: sha }));
    const s = await completed(`${app.owner}/${name}`);
    const body = s.comments[0]?.body ?? "";
    expect(body).toContain(
      "- passwd.md in the head commit is a symbolic link; only regular files are read; it was not read.\n",
    );
    expect(body).toContain(
      "- hosts.md in the head commit is a hard link; only regular files are read; it was not read.\n",
    );
    expect(body).not.toContain("root:");
    await cleanedUp(tmp);
    expect(leftovers(tmp)).toEqual([]);
  });
});

describe("isolation", () => {
  it("an assessment over its heap limit fails its check run; the server goes on", async () => {
    const { app, server } = await setup({ READINESS_ASSESS_HEAP_MB: "64" });
    const name = app.repos[0] as string;
    const sha = "c".repeat(40);
    // 250,000 SARIF results: far more than 64 MB of heap once parsed into findings.
    const result = (i: number) =>
      `{"ruleId":"r${i % 50}","level":"error","message":{"text":"finding ${i} in a deliberately huge report"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"src/f${i}.js"},"region":{"startLine":${(i % 900) + 1}}}}]}`;
    const sarif = `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"huge","rules":[]}},"results":[${Array.from({ length: 250_000 }, (_, i) => result(i)).join(",")}]}]}`;
    await control("app/seed", {
      repo: `${app.owner}/${name}`,
      files: {
        main: { ".github/readiness.yml": "documentation:\n  external-links: off\nartifacts: [reports/huge.sarif]\n" },
      },
      tarballs: { [sha]: tarball([{ path: "top/reports/huge.sarif", data: sarif }]).toString("base64") },
      pulls: [{ number: 7, headSha: sha, state: "open" }],
    });
    await deliver(server, app.secret, "pull_request", pullRequestPayload(app, name, { headSha: sha }));
    const s = await waitFor(
      async () => {
        const st = await repoState(`${app.owner}/${name}`);
        return st.checkRuns.some((r) => r.status === "completed") ? st : null;
      },
      "the failed check run",
      60_000,
    );
    expect([s.checkRuns[0]?.conclusion, s.checkRuns[0]?.output.summary]).toEqual([
      "failure",
      "the assessment ran out of memory (the limit is 64 MB, READINESS\\_ASSESS\\_HEAP\\_MB)",
    ]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 90_000);
});

describe("the link checker's token", () => {
  it("is minted for the one repository with contents: read only", async () => {
    const { app, server } = await setup({ READINESS_EXTERNAL_LINKS: "on" });
    const name = app.repos[1] as string;
    const sha = "b".repeat(40);
    await control("app/seed", {
      repo: `${app.owner}/${name}`,
      files: { main: { ".github/readiness.yml": "documentation:\n  external-links: warn\n" } },
      tarballs: {
        [sha]: tarball([
          { path: "top/README.md", data: "# Service\n\nReady: [back to the top](#service).\n" },
        ]).toString("base64"),
      },
      pulls: [{ number: 7, headSha: sha, state: "open" }],
    });
    await deliver(server, app.secret, "pull_request", pullRequestPayload(app, name, { headSha: sha }));
    const s = await completed(`${app.owner}/${name}`);
    expect(s.checkRuns[0]?.conclusion).toBe("success");
    const grants = await control<{ repositories: string[] | null; permissions: Record<string, string> | null }[]>(
      "app/grants",
      { installationId: app.installationId },
    );
    expect(grants).toContainEqual({ repositories: [name], permissions: { contents: "read" } });
    // Every other token the App asked for is the installation's own (no narrowing requested).
    expect(grants.filter((g) => g.repositories !== null)).toHaveLength(1);
  });
});

describe("the job time limit and shutdown", () => {
  it("an assessment over the time limit ends its check run timed_out with the reason", async () => {
    const { app, server } = await setup({ READINESS_JOB_TIMEOUT_S: "1" });
    const name = app.repos[0] as string;
    const sha = "f".repeat(40);
    await seedPr(app, name, sha, [{ path: "top/README.md", data: "# x\n" }], 2500);
    await deliver(server, app.secret, "pull_request", pullRequestPayload(app, name, { headSha: sha }));
    const s = await completed(`${app.owner}/${name}`);
    expect([s.checkRuns[0]?.conclusion, s.checkRuns[0]?.output.summary]).toEqual([
      "timed_out",
      "The assessment took longer than 1 s (the server's limit, READINESS\\_JOB\\_TIMEOUT\\_S) and was stopped.",
    ]);
  });

  it("SIGTERM drains: an assessment that finishes within the drain time publishes its verdict", async () => {
    const { app, server } = await setup({ READINESS_DRAIN_TIMEOUT_S: "20" });
    const name = app.repos[0] as string;
    const full = `${app.owner}/${name}`;
    const sha = "1a".repeat(20);
    await seedPr(app, name, sha, [{ path: "top/README.md", data: "# x\n\n[Top](#x).\n" }], 1500);
    await deliver(server, app.secret, "pull_request", pullRequestPayload(app, name, { headSha: sha }));
    await waitFor(async () => (await repoState(full)).checkRuns.length === 1, "the in_progress check run");
    expect(await server.stop("SIGTERM")).toBe(0);
    const s = await repoState(full);
    expect(s.checkRuns.map((r) => [r.status, r.conclusion])).toEqual([["completed", "success"]]);
    expect(s.comments).toHaveLength(1);
  });

  it("SIGTERM drains: the running assessment ends cancelled and the server exits 0", async () => {
    const { app, server } = await setup({ READINESS_DRAIN_TIMEOUT_S: "0" });
    const name = app.repos[0] as string;
    const full = `${app.owner}/${name}`;
    const sha = "0".repeat(40);
    await seedPr(app, name, sha, [{ path: "top/README.md", data: "# x\n" }], 3000);
    await deliver(server, app.secret, "pull_request", pullRequestPayload(app, name, { headSha: sha }));
    await waitFor(async () => (await repoState(full)).checkRuns.length === 1, "the in_progress check run");
    expect(await server.stop("SIGTERM")).toBe(0);
    const s = await repoState(full);
    expect([s.checkRuns[0]?.status, s.checkRuns[0]?.conclusion, s.checkRuns[0]?.output.summary]).toEqual([
      "completed",
      "cancelled",
      "The server shut down before the assessment finished; re-run this check to assess again.",
    ]);
  });
});
