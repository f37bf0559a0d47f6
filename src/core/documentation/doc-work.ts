/**
 * A file's whole documentation work, wherever it runs (a worker thread or the main thread): parse with remark + GFM,
 * scan into the `ScannedDoc` the checks consume, and lint it when it parsed. Pure: text in, results out.
 */
import type { Configuration } from "markdownlint";
import { type FileLint, lintFile } from "./lint-run.js";
import { parseMarkdown } from "./parse-markdown.js";
import { type ScannedDoc, scanTree } from "./scan.js";

export interface DocJob {
  path: string;
  text: string;
}

/** A scanned file, or why the parser could not take it. */
export type ScanOutcome = { scan: ScannedDoc; error?: undefined } | { scan?: undefined; error: string };

/** One file's outcome: its scan (or the parse error) and, when linting is on and it parsed, its lint. */
export type DocOutcome = ScanOutcome & { lint?: FileLint };
export type { FileLint };

export function scanDoc(text: string): ScanOutcome {
  try {
    return { scan: scanTree(parseMarkdown(text), text) };
  } catch (e) {
    return {
      error:
        e instanceof RangeError
          ? "the Markdown parser ran out of stack (nesting too deep)"
          : `the Markdown parser rejected it (${(e as Error).message})`,
    };
  }
}

/**
 * The per-file work: parse and scan `text`, then lint it with `lintConfig` (markdownlint's effective configuration
 * for this file; none when linting is off or done elsewhere). A file that did not parse is not linted.
 */
export async function processDoc(
  path: string,
  text: string,
  lintConfig: Configuration | undefined,
): Promise<DocOutcome> {
  const scanned = scanDoc(text);
  if (!lintConfig || !scanned.scan) return scanned;
  return { ...scanned, lint: await lintFile(path, text, lintConfig) };
}

/** The jobs one after the other; one per job, in job order. */
export async function processBatch(
  jobs: readonly DocJob[],
  lintConfig: Configuration | undefined,
): Promise<DocOutcome[]> {
  const out: DocOutcome[] = [];
  for (const j of jobs) out.push(await processDoc(j.path, j.text, lintConfig));
  return out;
}
