/** The pull_request flow end to end: signed deliveries → the running App → the Prism-validated fake GitHub. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tarball } from "./archives.js";
import {
  appEnv,
  appState,
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

let app: TestApp;
let server: RunningApp;
let next = 0;
const repo = () => app.repos[next++] as string;
const sha = (c: string) => c.repeat(40);
/** The base commit of GitHub's example pull_request payload. */
const EXAMPLE_BASE = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";

const DEFAULT_CONFIG = [
  "documentation:",
  "  external-links: off",
  "  target: 95",
  "required-dimensions: [documentation]",
  "",
].join("\n");

/** A head commit: a README with one broken link, and (optionally) a config the PR edits. */
function headTree(top: string, opts: { prConfig?: string } = {}) {
  return tarball([
    { path: `${top}/`, type: "Directory" },
    {
      path: `${top}/README.md`,
      data: "# Demo\n\nSee [the guide](docs/guide.md) and [the missing page](docs/missing.md).\n",
    },
    { path: `${top}/docs/`, type: "Directory" },
    { path: `${top}/docs/guide.md`, data: "# Guide\n\nHello.\n" },
    ...(opts.prConfig ? [{ path: `${top}/.github/readiness.yml`, data: opts.prConfig }] : []),
  ]).toString("base64");
}

async function seedRepo(name: string, heads: string[], opts: { prConfig?: string; pullHead?: string } = {}) {
  await control("app/seed", {
    repo: `${app.owner}/${name}`,
    files: { main: { ".github/readiness.yml": DEFAULT_CONFIG } },
    tarballs: Object.fromEntries(heads.map((h) => [h, headTree(`${app.owner}-${name}-${h.slice(0, 7)}`, opts)])),
    pulls: [{ number: 7, headSha: opts.pullHead ?? heads.at(-1), state: "open" }],
  });
}

const completed = (full: string, n = 1) =>
  waitFor(async () => {
    const s = await repoState(full);
    return s.checkRuns.filter((r) => r.status === "completed").length >= n ? s : null;
  }, `${n} completed check run(s) on ${full}`);

beforeAll(async () => {
  app = await registerApp(7);
  server = await startApp(appEnv(app, { READINESS_COALESCE_MS: "500" }));
});
afterAll(async () => {
  await server?.stop();
});

describe("pull_request through the App", () => {
  it("opened: an in_progress check run at once, then the verdict with annotations and one comment", async () => {
    const name = repo();
    const full = `${app.owner}/${name}`;
    await seedRepo(name, [sha("1")]);
    const ack = await deliver(server, app.secret, "pull_request", pullRequestPayload(app, name, { headSha: sha("1") }));
    expect(ack.status).toBe(200);
    const s = await completed(full);
    const writes = s.requests.filter((r) => r.path.endsWith("/check-runs") && r.method === "POST");
    expect(writes.map((r) => (r.body as { status: string }).status)).toEqual(["in_progress"]);
    expect(s.checkRuns).toHaveLength(1);
    const run = s.checkRuns[0];
    expect([run?.head_sha, run?.name, run?.conclusion]).toEqual([sha("1"), "Readiness Gate", "failure"]);
    expect(run?.annotations.map((a) => `${a.path}:${a.start_line}: ${a.message}`)).toEqual([
      "README.md:3: Broken link: `docs/missing.md` does not exist in the repository. Fix the path or add the file.",
    ]);
    // Written as the App's own bot user, with the installation token.
    expect(s.comments.map((c) => [c.issue, c.login])).toEqual([[7, "readiness-gate[bot]"]]);
    expect(s.comments[0]?.body).toContain(
      "Config: .github/readiness.yml from the default branch main (a pull request's own changes to it apply once merged).",
    );
    // The config came from the default branch; the tree from the head commit's tarball, fetched without the token.
    expect(s.requests.find((r) => r.path.endsWith("/contents/.github%2Freadiness.yml"))?.query).toEqual({
      ref: "main",
    });
    const downloads = (await appState(full)).downloads;
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.authorization).toBeNull();
  });

  it("the same delivery twice: still one check run, one comment, no duplicate annotations", async () => {
    const name = repo();
    const full = `${app.owner}/${name}`;
    await seedRepo(name, [sha("2")]);
    const payload = pullRequestPayload(app, name, { headSha: sha("2") });
    const first = await deliver(server, app.secret, "pull_request", payload, { id: `dup-${name}` });
    const second = await deliver(server, app.secret, "pull_request", payload, { id: `dup-${name}` });
    expect([first.status, second.status]).toEqual([200, 200]);
    const s = await completed(full);
    await new Promise((r) => setTimeout(r, 1500));
    const after = await repoState(full);
    expect(after.checkRuns).toHaveLength(1);
    expect(after.comments).toHaveLength(1);
    expect(after.checkRuns[0]?.annotations).toEqual(s.checkRuns[0]?.annotations);
    expect(after.requests.filter((r) => r.method === "POST" && r.path.endsWith("/check-runs"))).toHaveLength(1);
  });

  it("two synchronize in quick succession: one assessment, of the newest head; the older writes nothing", async () => {
    const name = repo();
    const full = `${app.owner}/${name}`;
    await seedRepo(name, [sha("3"), sha("4")]);
    await deliver(
      server,
      app.secret,
      "pull_request",
      pullRequestPayload(app, name, { action: "synchronize", headSha: sha("3") }),
    );
    await deliver(
      server,
      app.secret,
      "pull_request",
      pullRequestPayload(app, name, { action: "synchronize", headSha: sha("4") }),
    );
    const s = await completed(full);
    await new Promise((r) => setTimeout(r, 1000));
    const after = await repoState(full);
    expect(after.checkRuns.map((r) => r.head_sha)).toEqual([sha("4")]);
    expect(after.requests.some((r) => JSON.stringify(r).includes(sha("3")))).toBe(false);
    expect(s.comments).toHaveLength(1);
  });

  it("a head that moved on while assessing: the check run completes on its commit, no comment", async () => {
    const name = repo();
    const full = `${app.owner}/${name}`;
    await seedRepo(name, [sha("5")], { pullHead: sha("6") });
    await deliver(server, app.secret, "pull_request", pullRequestPayload(app, name, { headSha: sha("5") }));
    const s = await completed(full);
    expect(s.checkRuns.map((r) => [r.head_sha, r.conclusion])).toEqual([[sha("5"), "failure"]]);
    expect(s.comments).toEqual([]);
  });

  it("a fork PR is assessed from the base repository's API with the default branch's config", async () => {
    const name = repo();
    const full = `${app.owner}/${name}`;
    await seedRepo(name, [sha("7")]);
    const payload = pullRequestPayload(app, name, { headSha: sha("7"), forkOwner: "outside-contributor" });
    await deliver(server, app.secret, "pull_request", payload);
    const s = await completed(full);
    // The head, then the base commit the example payload names (not seeded: the run gates on every finding).
    expect(s.requests.filter((r) => r.path.includes("/tarball/")).map((r) => r.path)).toEqual([
      `/repos/${full}/tarball/${sha("7")}`,
      `/repos/${full}/tarball/${EXAMPLE_BASE}`,
    ]);
    expect(s.checkRuns[0]?.conclusion).toBe("failure");
    expect(s.comments).toHaveLength(1);
  });

  it("a PR that edits the config to disable every gate is judged by the default branch's config", async () => {
    const name = repo();
    const full = `${app.owner}/${name}`;
    const off =
      "documentation: { enabled: false }\nperformance: { enabled: false }\nsecurity: { enabled: false }\ncompliance: { enabled: false }\n";
    await seedRepo(name, [sha("8")], { prConfig: off });
    await deliver(server, app.secret, "pull_request", pullRequestPayload(app, name, { headSha: sha("8") }));
    const s = await completed(full);
    expect(s.checkRuns[0]?.conclusion).toBe("failure");
    // One of two links is broken; lint is advice here (the repository has no markdownlint config).
    expect(s.checkRuns[0]?.output.title).toBe("NO-GO: 50/100");
    expect(s.checkRuns[0]?.output.summary).toContain("documentation.score 50 &lt; 95 (blocking)");
    expect(s.checkRuns[0]?.annotations).toHaveLength(1);
  });

  it("judges the PR by what it adds: the base commit's tarball is the baseline", async () => {
    const name = repo();
    const full = `${app.owner}/${name}`;
    await seedRepo(name, [sha("9")]);
    // The base already had the broken link the head has: the PR adds nothing.
    await control("app/seed", {
      repo: full,
      tarballs: { [EXAMPLE_BASE]: headTree(`${app.owner}-${name}-f95f852`) },
    });
    await deliver(server, app.secret, "pull_request", pullRequestPayload(app, name, { headSha: sha("9") }));
    const s = await completed(full);
    expect(s.checkRuns[0]?.conclusion).toBe("success");
    expect(s.comments[0]?.body).toContain(
      "**This PR adds 0 problems and fixes 0** (compared with the base commit f95f852; 1 problem already on the base branch is shown, not blocking).",
    );
  });
});
