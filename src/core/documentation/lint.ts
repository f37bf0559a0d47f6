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
  // markdownlint cuts long contexts with "...": a URL cut before its `@` would show its user-info as a host name.
  const cut = e.errorContext ? /:\/\/\S*\.\.\.$/.test(e.errorContext) : false;
  const context = e.errorContext && !cut ? ` (at "${e.errorContext}")` : "";
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

/**
 * Lints files as they arrive, in batches of LINT_BATCH in arrival order, so linting can start before the last file
 * is known (the worker in lint-worker.ts feeds it while the main thread parses). Feeding every file and calling
 * `finish` gives exactly what one call over all the files gives.
 */
export class MarkdownLinter {
  private readonly config: Configuration;
  private readonly paths: string[] = [];
  private pending: [string, string][] = [];
  private readonly results: Record<string, LintError[]> = {};
  private readonly failed: LintOutput["failed"] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(repoConfig: Record<string, unknown> | undefined) {
    this.config = { ...(repoConfig ?? DEFAULT_LINT_CONFIG), ...OVERRIDDEN_RULES };
  }

  /** Paths must be unique (callers lint a map's entries). */
  add(path: string, text: string): void {
    this.paths.push(path);
    this.pending.push([path, text]);
    if (this.pending.length >= LINT_BATCH) this.flush();
  }

  async finish(): Promise<LintOutput> {
    this.flush();
    await this.queue;
    const out: LintOutput = { findings: [], checked: 0, valid: 0, errors: 0, failed: this.failed };
    for (const path of this.paths) {
      const list = this.results[path];
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

  private flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.queue = this.queue.then(() => this.lintBatch(batch));
  }

  // markdownlint chains its per-file work recursively: thousands of strings in one call overflow the stack.
  private async lintBatch(batch: [string, string][]): Promise<void> {
    const { config } = this;
    try {
      Object.assign(this.results, await lint({ strings: Object.fromEntries(batch), config, handleRuleFailures: true }));
    } catch {
      // One file broke the batch (a parser limit): lint the batch one by one to isolate it.
      for (const [path, text] of batch) {
        try {
          const r = await lint({ strings: { [path]: text }, config, handleRuleFailures: true });
          this.results[path] = r[path] ?? [];
        } catch (e) {
          this.failed.push({
            path,
            reason: `markdownlint could not process it (${e instanceof RangeError ? "nesting too deep" : (e as Error).message})`,
          });
        }
      }
    }
  }
}

export async function runMarkdownlint(
  files: ReadonlyMap<string, string>,
  repoConfig: Record<string, unknown> | undefined,
): Promise<LintOutput> {
  const linter = new MarkdownLinter(repoConfig);
  for (const [path, text] of files) linter.add(path, text);
  return linter.finish();
}
