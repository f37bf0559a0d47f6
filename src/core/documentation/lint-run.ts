/**
 * markdownlint alone, run on one file, as the documentation work ran it before the scan came from its tokens
 * (lint-and-scan.ts): kept as the reference the single run is measured and tested against.
 */
import type { Configuration, LintError } from "markdownlint";
import { lint } from "markdownlint/promise";
import { hasInlineConfig, inlineSuppressed, type LintSuppressed } from "./lint.js";

/** markdownlint's verdict on one file: its errors and what inline comments suppressed, or why it could not lint it. */
export type FileLint = { errors: LintError[]; suppressed: LintSuppressed[] } | { failed: string };

/**
 * Lints one file. Its errors depend only on its text and the configuration, so files can be linted anywhere (in a
 * worker thread) and in any order and still give exactly what one call over all files gives. A file with inline
 * comments is linted a second time, ignoring them, to count what they suppressed.
 */
export async function lintFile(path: string, text: string, config: Configuration): Promise<FileLint> {
  let errors: LintError[];
  try {
    errors = (await lint({ strings: { [path]: text }, config, handleRuleFailures: true }))[path] ?? [];
  } catch (e) {
    // A parser limit (deep nesting overflows markdownlint's recursion).
    return {
      failed: `markdownlint could not process it (${e instanceof RangeError ? "nesting too deep" : (e as Error).message})`,
    };
  }
  if (!hasInlineConfig(text)) return { errors, suppressed: [] };
  try {
    const plain = await lint({ strings: { [path]: text }, config, handleRuleFailures: true, noInlineConfig: true });
    return { errors, suppressed: inlineSuppressed(path, errors, plain[path] ?? []) };
  } catch {
    return { errors, suppressed: [] };
  }
}
