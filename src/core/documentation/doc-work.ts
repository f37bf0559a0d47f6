/**
 * A file's whole documentation work, wherever it runs (a worker thread or the main thread): one markdownlint run
 * whose tokens also give the `ScannedDoc` the checks consume (lint-and-scan.ts; remark scans the few files the
 * tokens cannot scan exactly), with markdownlint's rules applied when it lints here. Pure: text in, results out.
 */
import type { Configuration } from "markdownlint";
import { lintAndScan, withCapture } from "./lint-and-scan.js";
import type { FileLint } from "./lint-run.js";
import type { ScannedDoc } from "./scan.js";

export interface DocJob {
  path: string;
  text: string;
}

/** A scanned file, or why the parser could not take it. */
export type ScanOutcome = { scan: ScannedDoc; error?: undefined } | { scan?: undefined; error: string };

/** One file's outcome: its scan (or the parse error) and, when linting is on and it parsed, its lint. */
export type DocOutcome = ScanOutcome & { lint?: FileLint };
export type { FileLint };

function parseError(e: unknown): string {
  return e instanceof RangeError
    ? "the Markdown parser ran out of stack (nesting too deep)"
    : `the Markdown parser rejected it (${(e as Error).message})`;
}

/**
 * The per-file work: scan `text` and lint it with `lintConfig` (markdownlint's effective configuration for this
 * file; none when linting is off or done elsewhere, and then markdownlint runs with every rule off, for its tokens:
 * one micromark parse costs less than remark's parse and compile). A file that did not parse is not linted.
 */
export async function processDoc(
  path: string,
  text: string,
  lintConfig: Configuration | undefined,
): Promise<DocOutcome> {
  const lintOn = lintConfig !== undefined;
  let r: Awaited<ReturnType<typeof lintAndScan>>;
  try {
    r = await lintAndScan(path, text, withCapture(lintConfig), lintOn);
  } catch (e) {
    // Only remark's fallback throws: the file did not parse.
    return { error: parseError(e) };
  }
  if (!lintOn) return { scan: r.scan };
  const lint: FileLint = r.failed ? { failed: r.failed } : { errors: r.errors ?? [], suppressed: r.suppressed };
  return { scan: r.scan, lint };
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
