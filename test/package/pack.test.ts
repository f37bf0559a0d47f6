/**
 * The published package, used the way a user outside this repository would: `npm pack`, install the tarball into
 * an empty directory, run the CLI from there. The package has no runtime dependencies (the bundle carries them),
 * so the install runs with `--offline` and a registry address nothing listens on: it cannot reach the network.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repo = fileURLToPath(new URL("../../", import.meta.url));
let base: string;
let tarball: string;
let files: string[];
let app: string;

const offline = (cache: string) => ({
  ...process.env,
  npm_config_offline: "true",
  npm_config_registry: "http://127.0.0.1:9/",
  npm_config_cache: cache,
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
});

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), "readiness-pack-"));
  const packed = await run("npm", ["pack", "--json", "--pack-destination", base], {
    cwd: repo,
    env: offline(path.join(base, "cache")),
  });
  const info = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(base, info[0]!.filename);
  files = info[0]!.files.map((f) => f.path).sort();
  app = path.join(base, "app");
  await mkdir(app);
  await run("npm", ["init", "-y"], { cwd: app, env: offline(path.join(base, "cache")) });
  await run("npm", ["install", tarball], { cwd: app, env: offline(path.join(base, "cache")) });
}, 120_000);
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe("the npm package", () => {
  it("holds only what the bin needs: dist/cli/, package.json, README and licence", async () => {
    const dist = (await readdir(path.join(repo, "dist", "cli"))).map((f) => `dist/cli/${f}`);
    expect(files).toEqual(["LICENSE", "README.md", ...dist, "package.json"].sort());
  });

  it("installs offline from its tarball into an empty directory and answers npx readiness-gate --help", async () => {
    const help = await run("npx", ["--offline", "readiness-gate", "--help"], {
      cwd: app,
      env: offline(path.join(base, "cache")),
    });
    expect(help.stdout.split("\n")[0]).toBe("Usage: readiness-gate [options]");
    const installed = await readdir(path.join(app, "node_modules"));
    // Nothing but the package itself (and npm's lock marker): no dependency was fetched.
    expect(installed.filter((n) => !n.startsWith("."))).toEqual(["readiness-gate"]);
  });

  it("assesses a project from there: the baseline pack project is go, 100, exit 0", async () => {
    const project = path.join(app, "project");
    await cp(path.join(repo, "test", "fixtures", "projects", "baseline-complete"), project, { recursive: true });
    const r = await run("npx", ["--offline", "readiness-gate", "--root", "project", "--format", "json"], {
      cwd: app,
      env: offline(path.join(base, "cache")),
    });
    const report = JSON.parse(r.stdout) as {
      verdict: string;
      score: number;
      dimensions: { compliance: { metrics: unknown } };
    };
    expect([report.verdict, report.score]).toEqual(["go", 100]);
    expect(report.dimensions.compliance.metrics).toEqual({ passed: 9, failed: 0, declared: 9 });
  });
});
