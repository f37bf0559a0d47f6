/**
 * Which files an artifact pattern names, kept inside the repository: a pattern that climbs out (`../x/**`) or is
 * absolute (`/etc/*.conf`) is refused, dot-files (`.secrets.baseline`, `.gitleaks-report.json`) match like any
 * other file, and a symbolic link is read only when it leads to a file inside the repository. Every file a pattern
 * reaches is accounted for: read, or listed with the reason it was not.
 */
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import type { ArtifactEntry } from "../../../core/model/report.js";
import { ALWAYS_IGNORED } from "./repo-files.js";

/** Why a pattern cannot be used, or null: patterns are relative to the repository and stay inside it. */
export function patternOutsideRoot(pattern: string): string | null {
  const p = pattern.replace(/\\/g, "/");
  if (p.startsWith("/") || /^[A-Za-z]:\//.test(p) || p.startsWith("~"))
    return "is an absolute path; patterns are relative to the repository root";
  if (p.split("/").includes("..")) return "climbs out of the repository with `..`";
  return null;
}

/** Whether `abs` is `root` or inside it (both real paths). */
export function isInside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

export interface ArtifactMatches {
  files: string[];
  refused: ArtifactEntry[];
}

/** Files matching `pattern` under `root`, sorted; `seen` (real paths) de-duplicates across patterns and links. */
export async function matchArtifacts(
  root: string,
  pattern: string,
  seen = new Set<string>(),
): Promise<ArtifactMatches> {
  const out: ArtifactMatches = { files: [], refused: [] };
  const realRoot = await realpath(root);
  const found = await glob([pattern], {
    cwd: root,
    dot: true,
    ignore: ALWAYS_IGNORED,
    followSymbolicLinks: true,
    onlyFiles: true,
    expandDirectories: false,
  });
  for (const rel of found.sort()) {
    if (patternOutsideRoot(rel)) continue;
    let real: string;
    try {
      real = await realpath(path.join(root, rel));
    } catch {
      out.refused.push({
        path: rel,
        format: null,
        dimension: null,
        status: "unreadable",
        error: "a broken symbolic link",
      });
      continue;
    }
    if (!isInside(realRoot, real)) {
      out.refused.push({
        path: rel,
        format: null,
        dimension: null,
        status: "unreadable",
        error: "a symbolic link that leads outside the repository; it was not read",
      });
      continue;
    }
    if (seen.has(real)) continue;
    try {
      if (!(await stat(real)).isFile()) continue;
    } catch {
      continue;
    }
    seen.add(real);
    out.files.push(rel);
  }
  return out;
}
