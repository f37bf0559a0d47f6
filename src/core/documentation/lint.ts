/**
 * markdownlint over the same files, with the repository's own configuration when it has one. Rules that our own
 * checks already cover are always switched off, so one defect is never counted twice.
 */
import type { Configuration, LintError } from "markdownlint";
import { lint } from "markdownlint/promise";
import type { Finding } from "../model/report.js";

/** Used when the repository has no markdownlint config: markdownlint's defaults minus rules that misfire on typical READMEs. */
export const DEFAULT_LINT_CONFIG: Configuration = {
  default: true,
  MD013: false, // line-length: prose is wrapped by editors, not by hand
  MD033: false, // no-inline-html: GitHub READMEs use <a id>, <details>, <picture>
  MD041: false, // first-line-heading: READMEs often open with a logo or badges
};

/** Covered by readiness-gate's own checks (with GitHub's rules), so always off. */
export const OVERRIDDEN_RULES: Configuration = {
  MD040: false,
  "fenced-code-language": false,
  MD051: false,
  "link-fragments": false,
  MD052: false,
  "reference-links-images": false,
  MD053: false,
  "link-image-reference-definitions": false,
};

const TOOL = "markdownlint";
const LINT_BATCH = 100;

export interface LintOutput {
  findings: Finding[];
  /** Files linted. */
  checked: number;
  /** Files with no lint error. */
  valid: number;
  errors: number;
  /** Files markdownlint could not process (path + reason). */
  failed: { path: string; reason: string }[];
}

function toFinding(path: string, e: LintError): Finding {
  const [id, alias] = e.ruleNames;
  const detail = e.errorDetail ? `: ${e.errorDetail}` : "";
  const context = e.errorContext ? ` (at "${e.errorContext}")` : "";
  const warning = e.severity === "warning";
  return {
    dimension: "documentation",
    ruleId: `markdownlint/${id ?? "unknown"}`,
    severity: warning ? "info" : "low",
    message: `${e.ruleDescription}${detail}${context}. See ${alias ?? id} in the markdownlint rules${e.fixInfo ? "; markdownlint --fix can correct it" : ""}.`,
    path,
    line: e.lineNumber,
    column: e.errorRange?.[0] ?? 1,
    tool: TOOL,
    ...(e.ruleInformation ? { url: e.ruleInformation } : {}),
    ...(warning ? { scored: false } : {}),
  };
}

export async function runMarkdownlint(
  files: ReadonlyMap<string, string>,
  repoConfig: Record<string, unknown> | undefined,
): Promise<LintOutput> {
  const config: Configuration = { ...(repoConfig ?? DEFAULT_LINT_CONFIG), ...OVERRIDDEN_RULES };
  const out: LintOutput = { findings: [], checked: 0, valid: 0, errors: 0, failed: [] };
  if (files.size === 0) return out;
  const results: Record<string, LintError[]> = {};
  const entries = [...files];
  // markdownlint chains its per-file work recursively: thousands of strings in one call overflow the stack.
  for (let i = 0; i < entries.length; i += LINT_BATCH) {
    const batch = entries.slice(i, i + LINT_BATCH);
    try {
      Object.assign(results, await lint({ strings: Object.fromEntries(batch), config, handleRuleFailures: true }));
    } catch {
      // One file broke the batch (a parser limit): lint the batch one by one to isolate it.
      for (const [path, text] of batch) {
        try {
          const r = await lint({ strings: { [path]: text }, config, handleRuleFailures: true });
          results[path] = r[path] ?? [];
        } catch (e) {
          out.failed.push({
            path,
            reason: `markdownlint could not process it (${e instanceof RangeError ? "nesting too deep" : (e as Error).message})`,
          });
        }
      }
    }
  }
  for (const path of files.keys()) {
    const list = results[path];
    if (!list) continue;
    out.checked++;
    let errors = 0;
    for (const e of list) {
      const f = toFinding(path, e);
      out.findings.push(f);
      if (f.scored !== false) errors++;
    }
    out.errors += errors;
    if (errors === 0) out.valid++;
  }
  return out;
}
