import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const script = fileURLToPath(new URL("../../scripts/release.mjs", import.meta.url));
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: "Release Test",
  GIT_AUTHOR_EMAIL: "release@example.invalid",
  GIT_COMMITTER_NAME: "Release Test",
  GIT_COMMITTER_EMAIL: "release@example.invalid",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
};

let base: string;
let work: string;
let remote: string;

async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await run("git", args, { cwd, env: gitEnv })).stdout.trim();
}

/** Runs the release script as the workflow does; exit code, stdout and stderr. */
async function release(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run(process.execPath, [script, "--repo", work, "--build", "node build.mjs", ...args], {
      cwd: work,
      env: gitEnv,
    });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.1.0] - 2026-11-20

### Added

- A \`sarif-file\` output.

## [1.0.0] - 2026-11-01

### Added

- First release.

[Unreleased]: https://example.invalid/compare/v1.1.0...HEAD
[1.1.0]: https://example.invalid/releases/tag/v1.1.0
`;

/** A version commit: package.json, changelog, source and the dist/ its build makes (unless `stale`). */
async function commitVersion(version: string, source: string, stale = false): Promise<void> {
  await writeFile(path.join(work, "package.json"), `${JSON.stringify({ name: "demo", version }, null, 2)}\n`);
  await writeFile(path.join(work, "src.txt"), source);
  if (!stale) await run(process.execPath, ["build.mjs"], { cwd: work });
  await git(work, "add", "-A");
  await git(work, "commit", "-q", "-m", `Release ${version}`);
  await git(work, "tag", "-a", `v${version}`, "-m", `v${version}`);
}

async function remoteTag(tag: string): Promise<string> {
  return git(remote, "rev-parse", `refs/tags/${tag}^{commit}`).catch(() => "");
}

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), "readiness-release-"));
  work = path.join(base, "work");
  remote = path.join(base, "remote.git");
  await run("git", ["init", "-q", "--bare", remote], { env: gitEnv });
  await run("git", ["init", "-q", "-b", "main", work], { env: gitEnv });
  await git(work, "remote", "add", "origin", remote);
  // The "build": dist/ is the source, upper-cased. Deterministic, like the real one.
  await writeFile(
    path.join(work, "build.mjs"),
    'import { mkdirSync, readFileSync, writeFileSync } from "node:fs";\nmkdirSync("dist", { recursive: true });\nwriteFileSync("dist/index.js", readFileSync("src.txt", "utf8").toUpperCase());\n',
  );
  await writeFile(path.join(work, "CHANGELOG.md"), CHANGELOG);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe("scripts/release.mjs on a test repository", () => {
  it("a tag push: release notes from the changelog section, v1 moved to the tag and pushed", async () => {
    await commitVersion("1.0.0", "one");
    await git(work, "push", "-q", "origin", "main", "v1.0.0");
    const notes = path.join(base, "notes-1.0.0.md");
    const r = await release("--tag", "v1.0.0", "--notes-file", notes);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(await readFile(notes, "utf8")).toBe("### Added\n\n- First release.\n");
    const commit = await git(work, "rev-parse", "v1.0.0^{commit}");
    expect(await remoteTag("v1")).toBe(commit);
    expect(r.out).toContain(`v1 now points at v1.0.0 (${commit.slice(0, 12)})`);

    await commitVersion("1.1.0", "two");
    await git(work, "push", "-q", "origin", "main", "v1.1.0");
    const notes2 = path.join(base, "notes-1.1.0.md");
    expect((await release("--tag", "v1.1.0", "--notes-file", notes2)).code).toBe(0);
    // The link definitions at the end belong to the whole file, not to the section.
    expect(await readFile(notes2, "utf8")).toBe("### Added\n\n- A `sarif-file` output.\n");
    expect(await remoteTag("v1")).toBe(await git(work, "rev-parse", "v1.1.0^{commit}"));
  });

  it("dist/ drift fails the release and leaves v1 where it was", async () => {
    const before = await remoteTag("v1");
    await writeFile(
      path.join(work, "CHANGELOG.md"),
      CHANGELOG.replace("## [1.1.0]", "## [1.1.1] - 2026-11-25\n\n### Fixed\n\n- A fix.\n\n## [1.1.0]"),
    );
    await commitVersion("1.1.1", "three", true);
    const r = await release("--tag", "v1.1.1", "--notes-file", path.join(base, "notes-1.1.1.md"));
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      "release: dist/ differs from a fresh build of v1.1.1; run `npm run build`, commit dist/ and tag again:\nM dist/index.js\n",
    );
    expect(await remoteTag("v1")).toBe(before);
    await git(work, "checkout", "-q", "--", "dist/");
  });

  it("refuses a version without a changelog section, or one package.json does not carry", async () => {
    await commitVersion("1.2.0", "four");
    expect((await release("--tag", "v1.2.0")).err).toBe(
      'release: CHANGELOG.md has no section "## [1.2.0]" with content\n',
    );
    await git(work, "tag", "v1.3.0");
    expect((await release("--tag", "v1.3.0")).err).toBe(
      'release: package.json has version 1.2.0, the tag says 1.3.0: set "version": "1.3.0"\n',
    );
    expect((await release("--tag", "latest")).err).toBe(
      'release: tag "latest" is not a version tag like v1.2.3 or v1.2.3-rc.1\n',
    );
  });

  it("a pre-release, or a patch to an older line, does not move v1", async () => {
    const before = await remoteTag("v1");
    await writeFile(
      path.join(work, "CHANGELOG.md"),
      CHANGELOG.replace("## [Unreleased]", "## [Unreleased]\n\n## [2.0.0-rc.1] - 2026-11-28\n\n- Preview."),
    );
    await commitVersion("2.0.0-rc.1", "five");
    const r = await release("--tag", "v2.0.0-rc.1");
    expect(r.code).toBe(0);
    expect(r.out).toContain("v2 stays where it is: v2.0.0-rc.1 is a pre-release");
    expect(await remoteTag("v2")).toBe("");
    expect(await remoteTag("v1")).toBe(before);
    // v1.0.0 re-released (say, the workflow re-run) while v1.1.0 exists: v1 stays on the newest.
    await git(work, "checkout", "-q", "v1.0.0");
    const old = await release("--tag", "v1.0.0");
    expect(old.out).toContain("v1 stays where it is: v1.0.0 is not the newest release");
    expect(await remoteTag("v1")).toBe(before);
  });

  it("--check-only writes and prints the notes and moves nothing", async () => {
    await git(work, "checkout", "-q", "v1.1.0");
    await git(work, "tag", "-f", "v1", "v1.0.0");
    const notes = path.join(base, "notes-check.md");
    const r = await release("--tag", "v1.1.0", "--check-only", "--notes-file", notes);
    expect(await readFile(notes, "utf8")).toBe("### Added\n\n- A `sarif-file` output.\n");
    expect(await git(work, "rev-parse", "v1^{commit}")).toBe(await git(work, "rev-parse", "v1.0.0^{commit}"));
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      "Building: node build.mjs\ndist/ matches a fresh build of v1.1.0\nRelease notes for v1.1.0:\n\n### Added\n\n- A `sarif-file` output.\n",
    );
  });
});

describe("this repository's changelog", () => {
  it("has release notes for the version in package.json", async () => {
    const { changelogSection } = (await import(script)) as {
      changelogSection: (t: string, v: string) => string | null;
    };
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const version = JSON.parse(await readFile(path.join(root, "package.json"), "utf8")).version as string;
    const notes = changelogSection(await readFile(path.join(root, "CHANGELOG.md"), "utf8"), version);
    expect(notes?.split("\n")[0]).toBe("### Added");
  });
});
