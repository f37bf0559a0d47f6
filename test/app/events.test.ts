/** The App's other events end to end: workflow_run artifacts, re-runs, merge queues and the `/readiness` command. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tarball, zip } from "./archives.js";
import {
  appEnv,
  appState,
  control,
  deliver,
  examplePayload,
  type Loose,
  ROOT,
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
const HEAD = "9".repeat(40);

const CONFIG = [
  "documentation:",
  "  external-links: off",
  "app:",
  "  workflows: [CI]",
  "  artifacts: ['security-*', 'load-*', 'hostile']",
  "",
].join("\n");

async function seed(extra: Loose = {}): Promise<{ name: string; full: string }> {
  const name = app.repos[next++] as string;
  const full = `${app.owner}/${name}`;
  await control("app/seed", {
    repo: full,
    files: { main: { ".github/readiness.yml": CONFIG } },
    tarballs: {
      [HEAD]: tarball([
        { path: `${app.owner}-${name}-9999999/README.md`, data: "# Service\n\nReady: [back to the top](#service).\n" },
      ]).toString("base64"),
    },
    pulls: [{ number: 7, headSha: HEAD, state: "open" }],
    ...extra,
  });
  return { name, full };
}

function shape(p: Loose, name: string): Loose {
  p.installation = { id: app.installationId, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" };
  p.repository = {
    ...p.repository,
    name,
    full_name: `${app.owner}/${name}`,
    owner: { ...p.repository.owner, login: app.owner },
    default_branch: "main",
  };
  return p;
}

const completed = (full: string) =>
  waitFor(async () => {
    const s = await repoState(full);
    return s.checkRuns.some((r) => r.status === "completed") ? s : null;
  }, `a completed check run on ${full}`);

beforeAll(async () => {
  app = await registerApp(11);
  server = await startApp(appEnv(app));
});
afterAll(async () => {
  await server?.stop();
});

describe("workflow_run.completed", () => {
  it("feeds the named workflow's artifacts to the security and performance dimensions, refusing a hostile one", async () => {
    const sarif = readFileSync(path.join(ROOT, "examples/acme-api/reports/security/semgrep.sarif"));
    const k6 = readFileSync(path.join(ROOT, "test/fixtures/performance/k6/szboynono_k6_summary-export.json"));
    const { name, full } = await seed({
      artifacts: {
        555: [
          { id: 61, name: "security-reports", zip: zip([{ name: "semgrep.sarif", data: sarif }]).toString("base64") },
          { id: 62, name: "load-test", zip: zip([{ name: "k6/summary.json", data: k6 }]).toString("base64") },
          { id: 63, name: "hostile", zip: zip([{ name: "../../../etc/cron.d/x", data: "boom" }]).toString("base64") },
          { id: 64, name: "coverage", zip: zip([{ name: "lcov.info", data: "TN:" }]).toString("base64") },
        ],
      },
    });
    const p = shape(examplePayload("workflow_run", "completed"), name);
    p.workflow_run = {
      ...p.workflow_run,
      id: 555,
      name: "CI",
      head_sha: HEAD,
      head_branch: "topic",
      head_repository: p.repository,
      pull_requests: [
        {
          id: 1,
          number: 7,
          url: "",
          head: { ref: "topic", sha: HEAD, repo: {} },
          base: { ref: "main", sha: HEAD, repo: {} },
        },
      ],
    };
    expect((await deliver(server, app.secret, "workflow_run", p)).status).toBe(200);
    const s = await completed(full);
    const summary = s.checkRuns[0]?.output.summary ?? "";
    expect(summary).toMatch(/\| Performance \| \d+ \| 80 \|/);
    expect(summary).toMatch(/\| Security \| \d+ \| 85 \|/);
    expect(s.comments).toHaveLength(1);
    expect(s.comments[0]?.body).toContain(
      '- `.readiness-gate-artifacts/hostile`: the artifact "hostile" was refused: invalid relative path: ../../../etc/cron.d/x\n',
    );
    expect(summary).toContain("Inputs: 2 artifacts read (k6-summary ×1, sarif ×1), 1 unreadable");
    // Only the artifacts app.artifacts names were downloaded, none with the installation token.
    const downloads = (await appState(full)).downloads;
    // Four artifact downloads, and the tarball of the PR's base commit (the baseline; here the same commit).
    expect(downloads).toHaveLength(5);
    expect(downloads.every((d) => d.authorization === null)).toBe(true);
    expect(s.requests.filter((r) => r.path.includes("/actions/artifacts/")).map((r) => r.path)).toEqual([
      `/repos/${full}/actions/artifacts/61/zip`,
      `/repos/${full}/actions/artifacts/62/zip`,
      `/repos/${full}/actions/artifacts/63/zip`,
    ]);
  });

  it("ignores a workflow the config does not name: nothing is written", async () => {
    const { name, full } = await seed();
    const p = shape(examplePayload("workflow_run", "completed"), name);
    p.workflow_run = { ...p.workflow_run, id: 556, name: "Nightly", head_sha: HEAD, pull_requests: [] };
    expect((await deliver(server, app.secret, "workflow_run", p)).status).toBe(200);
    await waitFor(async () => (await repoState(full)).requests.length > 0, "the config read");
    await new Promise((r) => setTimeout(r, 800));
    const s = await repoState(full);
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/${full}/contents/.github%2Freadiness.yml`,
    ]);
  });
});

describe("the default branch's config", () => {
  it("a config error fails the check run, naming the file on the default branch and the problem", async () => {
    const { name, full } = await seed();
    await control("app/seed", {
      repo: full,
      files: { main: { ".github/readiness.yml": "documentation:\n  target: high\n" } },
    });
    const p = shape(examplePayload("check_run", "rerequested"), name);
    p.check_run = { ...p.check_run, name: "Readiness Gate", head_sha: HEAD, pull_requests: [] };
    await deliver(server, app.secret, "check_run", p);
    const s = await completed(full);
    expect([s.checkRuns[0]?.conclusion, s.checkRuns[0]?.output.summary]).toEqual([
      "failure",
      // The check run's summary is Markdown: the text is escaped and \`@main\` cannot mention anyone.
      '.github/readiness.yml@\u200dmain: \\`documentation.target\\`: found "high", expected number',
    ]);
  });
});

describe("re-runs", () => {
  it("check_run.rerequested of our check assesses its commit again", async () => {
    const { name, full } = await seed();
    const p = shape(examplePayload("check_run", "rerequested"), name);
    p.check_run = { ...p.check_run, name: "Readiness Gate", head_sha: HEAD, pull_requests: [] };
    expect((await deliver(server, app.secret, "check_run", p)).status).toBe(200);
    const s = await completed(full);
    expect(s.checkRuns.map((r) => [r.head_sha, r.conclusion])).toEqual([[HEAD, "success"]]);
  });

  it("check_suite.rerequested assesses the suite's head commit and comments on its PR", async () => {
    const { name, full } = await seed();
    const p = shape(examplePayload("check_suite", "rerequested"), name);
    p.check_suite = {
      ...p.check_suite,
      head_sha: HEAD,
      pull_requests: [{ ...(p.check_suite.pull_requests?.[0] ?? {}), number: 7 }],
    };
    expect((await deliver(server, app.secret, "check_suite", p)).status).toBe(200);
    const s = await waitFor(async () => {
      const st = await repoState(full);
      return st.checkRuns.some((r) => r.status === "completed") && st.comments.length ? st : null;
    }, "the check run and the comment");
    expect(s.checkRuns.map((r) => [r.head_sha, r.conclusion])).toEqual([[HEAD, "success"]]);
    expect(s.comments.map((c) => c.issue)).toEqual([7]);
  });

  it("merge_group.checks_requested: a check run on the merge group's commit, no comment", async () => {
    const { name, full } = await seed();
    const p = shape(examplePayload("merge_group", "checks_requested"), name);
    p.merge_group = { ...p.merge_group, head_sha: HEAD };
    expect((await deliver(server, app.secret, "merge_group", p)).status).toBe(200);
    const s = await completed(full);
    expect(s.checkRuns.map((r) => r.head_sha)).toEqual([HEAD]);
    expect(s.comments).toEqual([]);
  });
});

describe("the /readiness command", () => {
  const command = (name: string, login: string, type = "User") => {
    const p = shape(examplePayload("issue_comment", "created"), name);
    p.issue = {
      ...p.issue,
      number: 7,
      pull_request: { url: `https://api.github.com/repos/${app.owner}/${name}/pulls/7` },
    };
    p.comment = { ...p.comment, id: 4242, body: "/readiness", user: { ...p.comment.user, login, type } };
    p.sender = { ...p.sender, login, type };
    return p;
  };

  it("from a writer: acknowledged with a reaction, then assessed", async () => {
    const { name, full } = await seed({ permissions: { "maintainer-1": "write" } });
    expect((await deliver(server, app.secret, "issue_comment", command(name, "maintainer-1"))).status).toBe(200);
    const s = await completed(full);
    expect(s.checkRuns.map((r) => r.head_sha)).toEqual([HEAD]);
    expect((await appState(full)).reactions).toEqual([{ commentId: 4242, content: "+1" }]);
    expect(s.requests.some((r) => r.path === `/repos/${full}/collaborators/maintainer-1/permission`)).toBe(true);
  });

  it("from a reader: refused with a reply that says why, nothing assessed", async () => {
    const { name, full } = await seed({ permissions: { "reader-1": "read" } });
    await deliver(server, app.secret, "issue_comment", command(name, "reader-1"));
    const s = await waitFor(async () => {
      const st = await repoState(full);
      return st.comments.length ? st : null;
    }, "the reply");
    expect(s.comments.map((c) => c.body)).toEqual([
      "@reader-1 `/readiness` re-runs the readiness check for users with write access to this repository; your access is `read`, so nothing was run.",
    ]);
    expect((await appState(full)).reactions).toEqual([{ commentId: 4242, content: "-1" }]);
    expect(s.checkRuns).toEqual([]);
  });

  it("from a bot: ignored without a single GitHub call", async () => {
    const { name, full } = await seed({ permissions: { "helper[bot]": "admin" } });
    expect((await deliver(server, app.secret, "issue_comment", command(name, "helper[bot]", "Bot"))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 800));
    expect((await repoState(full)).requests).toEqual([]);
  });

  it("twice within a minute: the second is answered with a confused reaction and not run", async () => {
    const { name, full } = await seed({ permissions: { "maintainer-2": "admin" } });
    await deliver(server, app.secret, "issue_comment", command(name, "maintainer-2"));
    await completed(full);
    await deliver(server, app.secret, "issue_comment", command(name, "maintainer-2"));
    await waitFor(async () => (await appState(full)).reactions.length === 2, "the second reaction");
    expect((await appState(full)).reactions.map((r) => r.content)).toEqual(["+1", "confused"]);
    expect((await repoState(full)).checkRuns).toHaveLength(1);
  });
});
