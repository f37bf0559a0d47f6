/**
 * The git the baseline needs, run without a shell and with hooks switched off: where the repository is, whether
 * a commit is present, a detached worktree of it, and what changed since it (with renames). Errors come back as
 * one sentence.
 */
import { execFile } from "node:child_process";
import path from "node:path";

/** Never run the repository's hooks, whatever its config says; never ask for credentials. */
const SAFE = ["-c", "core.hooksPath=/dev/null", "-c", "credential.helper="];

export class GitError extends Error {
  override name = "GitError";
}

export function git(cwd: string, args: string[], timeoutMs = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      [...SAFE, ...args],
      { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } },
      (err, stdout, stderr) => {
        if (err) {
          const why = (stderr || err.message).trim().split("\n")[0] ?? "failed";
          reject(new GitError(`git ${args[0]}: ${why}`));
        } else resolve(stdout);
      },
    );
  });
}

export async function gitToplevel(dir: string): Promise<string | null> {
  try {
    return path.resolve((await git(dir, ["rev-parse", "--show-toplevel"])).trim());
  } catch {
    return null;
  }
}

/** The full SHA of `ref`, or null when the checkout does not have it. */
export async function resolveCommit(top: string, ref: string): Promise<string | null> {
  try {
    return (await git(top, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim() || null;
  } catch {
    return null;
  }
}

/** Fetches one commit (a shallow checkout lacks the PR's base). */
export async function fetchCommit(top: string, sha: string, remote = "origin"): Promise<void> {
  await git(top, ["fetch", "--no-tags", "--depth=1", remote, sha]);
}

export async function addWorktree(top: string, dir: string, sha: string): Promise<void> {
  await git(top, ["worktree", "add", "--detach", "--force", dir, sha]);
}

export async function removeWorktree(top: string, dir: string): Promise<void> {
  await git(top, ["worktree", "remove", "--force", dir]).catch(() => {});
  await git(top, ["worktree", "prune"]).catch(() => {});
}

export interface TreeChanges {
  /** Paths (relative to `under`) added, modified or renamed-to in the working tree since the base. */
  changed: Set<string>;
  /** Base path → current path, for files git sees as renamed (relative to `under`). */
  renames: Map<string, string>;
}

/** What changed between `sha` and the working tree, limited to the folder `under` (relative to the top). */
export async function changesSince(top: string, sha: string, under: string): Promise<TreeChanges> {
  const out = await git(top, ["diff", "--name-status", "-M", "-z", sha, "--", under || "."]);
  const parts = out.split("\0");
  const prefix = under ? `${under.replace(/\/+$/, "")}/` : "";
  const rel = (p: string) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p);
  const changed = new Set<string>();
  const renames = new Map<string, string>();
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++] ?? "";
    if (status === "") continue;
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = parts[i++] ?? "";
      const to = parts[i++] ?? "";
      if (status.startsWith("R")) renames.set(rel(from), rel(to));
      changed.add(rel(to));
    } else {
      const p = parts[i++] ?? "";
      if (!status.startsWith("D")) changed.add(rel(p));
    }
  }
  return { changed, renames };
}
