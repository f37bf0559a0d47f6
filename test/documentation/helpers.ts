import { lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type DocumentationConfig, documentationSchema } from "../../src/core/config/documentation.js";
import type { DocFile } from "../../src/core/documentation/analyze.js";
import type { Finding } from "../../src/core/model/report.js";

export const FIXTURES = path.join(import.meta.dirname, "../fixtures/docs");

/** Every entry under `dir` (symlinks listed, never followed), POSIX paths relative to it, sorted. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const p = rel ? `${rel}/${name}` : name;
      const st = lstatSync(path.join(dir, p));
      if (st.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk("");
  return out.sort();
}

/** Markdown files of a fixture tree (regular files only), as the collector hands them over. */
export function loadDocs(dir: string): { files: DocFile[]; repoFiles: string[] } {
  const repoFiles = listTree(dir);
  const files = repoFiles
    .filter((p) => /\.md$/.test(p) && lstatSync(path.join(dir, p)).isFile())
    .map((p) => ({ path: p, content: readFileSync(path.join(dir, p)) }));
  return { files, repoFiles };
}

export function config(overrides: Record<string, unknown> = {}): DocumentationConfig {
  return documentationSchema.parse(overrides);
}

/** `path:line:col ruleId`, the way findings are compared. */
export function keys(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.ruleId}`).sort();
}
