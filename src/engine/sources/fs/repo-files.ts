/** Lists the repository's files the way a reviewer sees them: no .git, node_modules, nor .gitignore'd paths (any depth). */
import { readFile } from "node:fs/promises";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { glob } from "tinyglobby";

export const ALWAYS_IGNORED = ["**/.git/**", "**/node_modules/**"];

/**
 * Every `.gitignore` of the tree, each applying to its own directory as git applies it: patterns relative to the
 * file's directory, deeper files taking precedence (a nested `!keep.md` re-includes what a parent ignored).
 */
export async function loadGitignore(root: string): Promise<(p: string) => boolean> {
  const files = await glob(["**/.gitignore"], {
    cwd: root,
    dot: true,
    ignore: ALWAYS_IGNORED,
    followSymbolicLinks: false,
    onlyFiles: true,
  });
  const rules: { dir: string; ig: Ignore }[] = [];
  for (const f of files) {
    try {
      const dir = path.posix.dirname(f) === "." ? "" : path.posix.dirname(f);
      rules.push({ dir, ig: ignore().add(await readFile(path.join(root, f), "utf8")) });
    } catch {
      // An unreadable .gitignore ignores nothing.
    }
  }
  // Shallow first, so that a deeper file's verdict overrides its parents'.
  rules.sort((a, b) => (a.dir === "" ? 0 : a.dir.split("/").length) - (b.dir === "" ? 0 : b.dir.split("/").length));
  const verdict = (q: string): boolean => {
    let ignored = false;
    for (const { dir, ig } of rules) {
      if (dir !== "" && !q.startsWith(`${dir}/`)) continue;
      const rel = dir === "" ? q : q.slice(dir.length + 1);
      if (rel === "") continue;
      const r = ig.test(rel);
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  };
  const dirs = new Map<string, boolean>();
  const dirIgnored = (d: string): boolean => {
    let v = dirs.get(d);
    if (v === undefined) {
      const parent = d.includes("/") ? d.slice(0, d.lastIndexOf("/")) : "";
      v = (parent !== "" && dirIgnored(parent)) || verdict(`${d}/`);
      dirs.set(d, v);
    }
    return v;
  };
  // An ignored directory hides everything below it, whatever deeper files say: git does not look inside it.
  return (p: string) => {
    const slash = p.lastIndexOf("/");
    if (slash !== -1 && dirIgnored(p.slice(0, slash))) return true;
    return verdict(p);
  };
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
