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

/** Why a Markdown file of the repository was not checked. */
export interface ExcludedDoc {
  path: string;
  reason: string;
}

/** Never documentation: build output. */
const BUILD_OUTPUT = ["**/dist/**"];

/**
 * Documentation files as a reader can open them on GitHub: dot-directories (`.github/`, `.archive/`) included,
 * extensions matched without case (`README.MD`, `Guide.Markdown`). Also returns the Markdown files matched by
 * `include` that are left out, with the reason, so that the report can list them instead of skipping them silently.
 */
export async function listDocFiles(
  root: string,
  include: readonly string[],
  exclude: readonly string[],
  isIgnored: (p: string) => boolean,
): Promise<{ paths: string[]; excluded: ExcludedDoc[] }> {
  if (include.length === 0) return { paths: [], excluded: [] };
  const options = {
    cwd: root,
    dot: true,
    caseSensitiveMatch: false,
    followSymbolicLinks: false,
    onlyFiles: true,
    expandDirectories: false,
  };
  const [all, built, kept] = await Promise.all([
    glob([...include], { ...options, ignore: ALWAYS_IGNORED }),
    glob([...include], { ...options, ignore: [...ALWAYS_IGNORED, ...BUILD_OUTPUT] }),
    glob([...include], { ...options, ignore: [...ALWAYS_IGNORED, ...BUILD_OUTPUT, ...exclude] }),
  ]);
  const notBuilt = new Set(built);
  const notExcluded = new Set(kept);
  const paths: string[] = [];
  const excluded: ExcludedDoc[] = [];
  for (const p of all.sort()) {
    if (!notBuilt.has(p)) excluded.push({ path: p, reason: "build output (dist/)" });
    else if (!notExcluded.has(p)) excluded.push({ path: p, reason: "excluded by documentation.exclude" });
    else if (isIgnored(p)) excluded.push({ path: p, reason: "ignored by .gitignore" });
    else paths.push(p);
  }
  return { paths, excluded };
}
