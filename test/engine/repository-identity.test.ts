import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseGitHubRemote, repositoryFromActionEnv, repositoryFromGit } from "../../src/engine/repository-identity.js";

function sh(cwd: string, ...args: string[]) {
  execFileSync("git", args, { cwd, stdio: "ignore" });
}

describe("repository identity", () => {
  it("reads GitHub remotes in their usual spellings", () => {
    expect(parseGitHubRemote("git@github.com:acme/docs.git")).toEqual({ owner: "acme", repo: "docs" });
    expect(parseGitHubRemote("https://github.com/acme/docs")).toEqual({ owner: "acme", repo: "docs" });
    expect(parseGitHubRemote("ssh://git@github.com/acme/docs.git")).toEqual({ owner: "acme", repo: "docs" });
    expect(parseGitHubRemote("https://gitlab.com/acme/docs.git")).toBeNull();
  });

  it("in the Action: the run's repository with the PR's head and base branches", () => {
    expect(
      repositoryFromActionEnv(
        { GITHUB_HEAD_REF: "fix/links", GITHUB_BASE_REF: "main", GITHUB_REF_NAME: "7/merge" },
        "o",
        "r",
      ),
    ).toEqual({ owner: "o", repo: "r", branches: ["fix/links", "main"] });
    expect(repositoryFromActionEnv({ GITHUB_REF_TYPE: "branch", GITHUB_REF_NAME: "main" }, "o", "r")).toEqual({
      owner: "o",
      repo: "r",
      branches: ["main"],
    });
  });

  it("in the CLI: origin, the current branch and origin's default branch, from a local clone without network", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rg-id-"));
    sh(dir, "init", "-q", "-b", "feature/x");
    sh(dir, "remote", "add", "origin", "git@github.com:acme/docs.git");
    sh(dir, "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main");
    expect(await repositoryFromGit(dir)).toEqual({ owner: "acme", repo: "docs", branches: ["feature/x", "main"] });
    mkdirSync(path.join(dir, "sub"));
    expect(await repositoryFromGit(path.join(dir, "sub"))).toBeNull();
    expect(await repositoryFromGit(mkdtempSync(path.join(tmpdir(), "rg-id-")))).toBeNull();
  });
});
