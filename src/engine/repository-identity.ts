/**
 * Which GitHub repository (and which of its branches) the checked-out tree is, so that absolute links to it can be
 * resolved offline. Best effort and without network: the Action reads its environment, the CLI asks the local git
 * for the `origin` remote, the current branch and the remote's default branch; whatever is unknown is left out.
 */
import type { RepositoryIdentity } from "../core/documentation/self-links.js";
import path from "node:path";
import { git, gitToplevel } from "./baseline/git.js";

type Env = Record<string, string | undefined>;

/** `git@github.com:o/r.git`, `https://github.com/o/r`, `ssh://git@github.com/o/r.git` → owner and repo. */
export function parseGitHubRemote(url: string): { owner: string; repo: string } | null {
  const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?github\.com[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/i.exec(url.trim());
  return m ? { owner: m[1] as string, repo: m[2] as string } : null;
}

/** In the Action: the repository of the run, with the PR's head and base branches or the pushed branch. */
export function repositoryFromActionEnv(env: Env, owner: string, repo: string): RepositoryIdentity {
  const branches = [
    env.GITHUB_HEAD_REF,
    env.GITHUB_BASE_REF,
    env.GITHUB_REF_TYPE === "branch" ? env.GITHUB_REF_NAME : undefined,
  ].filter((b): b is string => typeof b === "string" && b !== "");
  return { owner, repo, branches: [...new Set(branches)] };
}

async function quiet(cwd: string, args: string[]): Promise<string | null> {
  try {
    const out = (await git(cwd, args, 10_000)).trim();
    return out === "" ? null : out;
  } catch {
    return null;
  }
}

/**
 * From the local clone: null when it has no GitHub `origin`, or when the assessed root is not the clone's top level
 * (the links' paths are relative to the repository, not to a subdirectory).
 */
export async function repositoryFromGit(root: string): Promise<RepositoryIdentity | null> {
  const top = await gitToplevel(root);
  if (top === null || top !== path.resolve(root)) return null;
  const url = await quiet(root, ["remote", "get-url", "origin"]);
  const parsed = url ? parseGitHubRemote(url) : null;
  if (!parsed) return null;
  const [current, originHead] = await Promise.all([
    quiet(root, ["symbolic-ref", "--quiet", "--short", "HEAD"]),
    quiet(root, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]),
  ]);
  const branches = [current, originHead?.replace(/^origin\//, "")].filter((b): b is string => !!b);
  return { ...parsed, branches: [...new Set(branches)] };
}
