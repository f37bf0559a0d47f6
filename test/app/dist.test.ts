/**
 * What ships is what is tested: dist/app/ copied to a directory with no node_modules and started with plain
 * node, one signed delivery, the check run and the comment observed on the fake. Also: the Action's bundle
 * carries no probot, and the dependency tree holds one @octokit/core (the publisher's client type relies on it).
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tarball } from "./archives.js";
import {
  appEnv,
  control,
  deliver,
  pullRequestPayload,
  ROOT,
  type RunningApp,
  registerApp,
  repoState,
  startApp,
  waitFor,
} from "./harness.js";

const bundle = path.join(ROOT, "dist", "app", "index.js");
let server: RunningApp | undefined;
let copy = "";

beforeAll(async () => {
  if (!existsSync(bundle)) {
    await promisify(execFile)(process.execPath, ["scripts/build.mjs", "dist/app"], { cwd: ROOT, timeout: 280_000 });
  }
  copy = await mkdtemp(path.join(tmpdir(), "rg-app-dist-"));
  await cp(path.join(ROOT, "dist", "app"), path.join(copy, "app"), { recursive: true });
}, 300_000);
afterAll(async () => {
  await server?.stop();
  if (copy) await rm(copy, { recursive: true, force: true });
});

describe("dist/app/index.js", () => {
  it("serves a signed delivery from a copy without node_modules: check run and comment", async () => {
    expect(existsSync(path.join(copy, "node_modules"))).toBe(false);
    const app = await registerApp(1);
    const name = app.repos[0] as string;
    const full = `${app.owner}/${name}`;
    const sha = "a1".repeat(20);
    await control("app/seed", {
      repo: full,
      files: { main: { ".github/readiness.yml": "documentation:\n  external-links: off\n" } },
      tarballs: {
        [sha]: tarball([{ path: "top/README.md", data: "# Bundle\n\nSee [gone](gone.md).\n" }]).toString("base64"),
      },
      pulls: [{ number: 7, headSha: sha, state: "open" }],
    });
    server = await startApp(appEnv(app), { entry: path.join(copy, "app", "index.js"), cwd: copy });
    expect(
      (await deliver(server, app.secret, "pull_request", pullRequestPayload(app, name, { headSha: sha }))).status,
    ).toBe(200);
    const s = await waitFor(async () => {
      const st = await repoState(full);
      return st.checkRuns.some((r) => r.status === "completed") && st.comments.length ? st : null;
    }, "the check run and the comment");
    expect(s.checkRuns.map((r) => [r.head_sha, r.conclusion])).toEqual([[sha, "failure"]]);
    expect(s.checkRuns[0]?.annotations.map((a) => `${a.path}:${a.start_line}`)).toEqual(["README.md:3"]);
    expect(s.comments).toHaveLength(1);
  });

  it("the Action's bundle carries no probot", () => {
    const action = readFileSync(path.join(ROOT, "dist", "index.js"), "utf8");
    for (const marker of ["Running Probot v", "Welcome to Probot", "createProbot"])
      expect(action).not.toContain(marker);
    expect(
      readFileSync(bundle, "utf8") + readFileSync(path.join(ROOT, "dist", "app", "licenses.txt"), "utf8"),
    ).toContain("probot");
  });

  it("the dependency tree holds one @octokit/core", () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string }>;
    };
    const cores = Object.entries(lock.packages)
      .filter(([p]) => /(^|\/)node_modules\/@octokit\/core$/.test(p))
      .map(([p, v]) => `${p}@${v.version}`);
    expect(cores).toEqual(["node_modules/@octokit/core@7.0.8"]);
  });
});
