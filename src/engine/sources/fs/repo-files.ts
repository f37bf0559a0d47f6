/** Lists the repository's files the way a reviewer sees them: no .git, node_modules, dist, nor .gitignore'd paths. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import ignore from "ignore";
import { glob } from "tinyglobby";

export const ALWAYS_IGNORED = ["**/.git/**", "**/node_modules/**"];

export async function loadGitignore(root: string): Promise<(p: string) => boolean> {
  const ig = ignore();
  try {
    ig.add(await readFile(path.join(root, ".gitignore"), "utf8"));
  } catch {
    // No .gitignore: nothing extra is ignored.
  }
  return (p: string) => ig.ignores(p);
}

export async function listRepoFiles(root: string): Promise<string[]> {
  const isIgnored = await loadGitignore(root);
  const files = await glob(["**/*"], {
    cwd: root,
    dot: true,
    ignore: ALWAYS_IGNORED,
    followSymbolicLinks: false,
    onlyFiles: true,
  });
  return files.filter((f) => !isIgnored(f)).sort();
}

/** Glob within the root; paths are returned relative to it, POSIX-style, sorted. */
export async function globFiles(
  root: string,
  include: readonly string[],
  exclude: readonly string[] = [],
): Promise<string[]> {
  if (include.length === 0) return [];
  const files = await glob([...include], {
    cwd: root,
    dot: false,
    ignore: [...ALWAYS_IGNORED, ...exclude],
    followSymbolicLinks: false,
    onlyFiles: true,
    expandDirectories: false,
  });
  return files.sort();
}
