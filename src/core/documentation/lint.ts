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

/** markdownlint's own defaults (every rule on), what markdownlint-cli2 applies without a configuration. */
export const MARKDOWNLINT_DEFAULTS: Configuration = { default: true };

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
  /** Errors that markdownlint's own inline comments (`<!-- markdownlint-disable … -->`) switched off. */
  suppressed: LintSuppressed[];
}

export interface LintSuppressed {
  path: string;
  line: number;
  ruleId: string;
}

/** markdownlint's results computed elsewhere (by markdownlint-cli2 with the repository's configuration files). */
export interface PrecomputedLint {
  /** Errors by path, for the files that were linted (files the configuration `ignores` are absent). */
  results: Record<string, LintError[]>;
  suppressed: LintSuppressed[];
}

/** Inline comments that can switch rules off; only files holding one are linted a second time to count them. */
const INLINE_CONFIG = /<!--\s*markdownlint-(?:disable|configure-file|capture)/;

/**
 * The errors present when inline comments are ignored but absent when they are honoured: what the comments
 * suppressed. Matched by line and rule, as many times as each occurs.
 */
export function inlineSuppressed(
  path: string,
  honoured: readonly LintError[],
  ignored: readonly LintError[],
): LintSuppressed[] {
  const seen = new Map<string, number>();
  for (const e of honoured) {
    const k = `${e.lineNumber}\u0000${e.ruleNames[0]}`;
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const out: LintSuppressed[] = [];
  for (const e of ignored) {
    const k = `${e.lineNumber}\u0000${e.ruleNames[0]}`;
    const n = seen.get(k) ?? 0;
    if (n > 0) seen.set(k, n - 1);
    else if (!OVERRIDDEN_IDS.has(e.ruleNames[0] ?? ""))
      out.push({ path, line: e.lineNumber, ruleId: `markdownlint/${e.ruleNames[0] ?? "unknown"}` });
  }
  return out;
}

export function hasInlineConfig(text: string): boolean {
  return INLINE_CONFIG.test(text);
}

const OVERRIDDEN_IDS = new Set(Object.keys(OVERRIDDEN_RULES).filter((k) => /^MD\d+$/.test(k)));

/** The lint of `texts` from results computed elsewhere; rules our own checks cover are dropped, as in-process. */
export function lintFromResults(pre: PrecomputedLint, texts: ReadonlyMap<string, string>): LintOutput {
  const out: LintOutput = { findings: [], checked: 0, valid: 0, errors: 0, failed: [], suppressed: [] };
  for (const path of texts.keys()) {
    const list = pre.results[path];
    if (!list) continue;
    out.checked++;
    let errors = 0;
    for (const e of list) {
      if (OVERRIDDEN_IDS.has(e.ruleNames[0] ?? "")) continue;
      const f = toFinding(path, e);
      out.findings.push(f);
      if (f.scored !== false) errors++;
    }
    out.errors += errors;
    if (errors === 0) out.valid++;
  }
  out.suppressed = pre.suppressed.filter((s) => texts.has(s.path));
  return out;
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
  private readonly suppressed: LintSuppressed[] = [];
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
    const out: LintOutput = {
      findings: [],
      checked: 0,
      valid: 0,
      errors: 0,
      failed: this.failed,
      suppressed: this.suppressed,
    };
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

  /** Lints again, ignoring inline comments, the few files that have them, to count what the comments suppressed. */
  private async countInlineSuppressions(batch: [string, string][]): Promise<void> {
    const withComments = batch.filter(([, text]) => hasInlineConfig(text));
    if (withComments.length === 0) return;
    const plain = await lint({
      strings: Object.fromEntries(withComments),
      config: this.config,
      handleRuleFailures: true,
      noInlineConfig: true,
    });
    for (const [path] of withComments)
      this.suppressed.push(...inlineSuppressed(path, this.results[path] ?? [], plain[path] ?? []));
  }

  // markdownlint chains its per-file work recursively: thousands of strings in one call overflow the stack.
  private async lintBatch(batch: [string, string][]): Promise<void> {
    const { config } = this;
    try {
      Object.assign(this.results, await lint({ strings: Object.fromEntries(batch), config, handleRuleFailures: true }));
      await this.countInlineSuppressions(batch);
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
