/**
 * markdownlint over the same files, with the repository's own configuration when it has one. Rules that our own
 * checks already cover are always switched off, so one defect is never counted twice.
 */
import type { Configuration, LintError } from "markdownlint";
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

/** markdownlint's configuration for a run: the repository's (or the defaults) with our own rules switched off. */
export function lintConfiguration(repoConfig: Record<string, unknown> | undefined): Configuration {
  return { ...(repoConfig ?? DEFAULT_LINT_CONFIG), ...OVERRIDDEN_RULES };
}

/** The lint of `paths` (in that order) from the errors markdownlint gave per file. */
export function lintOutput(
  paths: Iterable<string>,
  results: Readonly<Record<string, readonly LintError[]>>,
  failed: LintOutput["failed"],
  suppressed: LintSuppressed[],
): LintOutput {
  const out: LintOutput = { findings: [], checked: 0, valid: 0, errors: 0, failed, suppressed };
  for (const path of paths) {
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
