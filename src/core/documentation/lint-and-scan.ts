/**
 * markdownlint and the documentation scan from one tokenization: markdownlint runs with one more rule of ours,
 * which does nothing but keep the micromark tokens markdownlint made for its own rules, and the scan is computed
 * from them (scan-tokens.ts) instead of from a second parse by remark. With markdownlint turned off it still runs,
 * with every rule off but ours, for the tokens (one micromark parse, cheaper than remark's parse and compile). Callers
 * apply read-doc.ts's complexity guards first, as before any parser. remark is loaded only for a file that needs it.
 */
import type { Configuration, LintError, Rule } from "markdownlint";
import { lint } from "markdownlint/promise";
import { hasInlineConfig, inlineSuppressed, type LintSuppressed, lintConfiguration } from "./lint.js";
import { type ScannedDoc, scanTree } from "./scan.js";
import { scanFromTokens } from "./scan-from-tokens.js";
import type { TokenLike } from "./token-values.js";

/** The capturing rule's name: no rule of markdownlint's or of a plugin's uses it. */
export const CAPTURE = "readiness-gate-capture-tokens";

/**
 * The rule that hands markdownlint's micromark tokens (and the front matter it removed) to `onTokens`; it never
 * reports an error. Tokens are only lent: `onTokens` must not keep them if memory matters.
 */
export function captureRule(
  onTokens: (tokens: readonly TokenLike[], frontMatterLines: readonly string[], name: string) => void,
): Rule {
  return {
    names: [CAPTURE],
    description: "keeps the micromark tokens for the documentation scan",
    tags: ["readiness-gate"],
    parser: "micromark",
    function: (params) => {
      onTokens(params.parsers.micromark.tokens as readonly TokenLike[], params.frontMatterLines, params.name);
    },
  };
}

export interface LintAndScanResult {
  scan: ScannedDoc;
  /** markdownlint's errors for the file; undefined when markdownlint is off or could not process the file. */
  errors: LintError[] | undefined;
  /** Errors that markdownlint's inline comments switched off (only counted when markdownlint is on). */
  suppressed: LintSuppressed[];
  /** Why markdownlint could not process the file, when it could not. */
  failed?: string;
}

interface Captured {
  tokens: readonly TokenLike[];
  frontMatterLines: number;
}

/** The markdownlint configuration with the capturing rule on; every other rule off when markdownlint is off. */
export function captureConfig(repoConfig: Record<string, unknown> | undefined, lintOn: boolean): Configuration {
  return withCapture(lintOn ? lintConfiguration(repoConfig) : undefined);
}

/** markdownlint's effective configuration (from `lintConfiguration`) with the capturing rule on; none: only it on. */
export function withCapture(lintConfig: Configuration | undefined): Configuration {
  return lintConfig ? { ...lintConfig, [CAPTURE]: true } : { default: false, [CAPTURE]: true };
}

/**
 * remark's scan, for the files the tokens cannot scan exactly. Loaded on first use; "eager" keeps it in the same
 * bundle file (the worker bundle is a single file) while still evaluating remark only when called.
 */
async function remarkScan(text: string): Promise<ScannedDoc> {
  const { parseMarkdown } = await import(/* webpackMode: "eager" */ "./parse-markdown.js");
  return scanTree(parseMarkdown(text), text);
}

/** The scan from the tokens, or remark's where the tokens cannot give it exactly (or the walk itself failed). */
async function scanOf(captured: Captured | undefined, text: string): Promise<ScannedDoc> {
  if (captured) {
    try {
      const r = scanFromTokens(captured.tokens, text, captured.frontMatterLines);
      if (r.doc) return r.doc;
    } catch {
      // Whatever remark makes of the file, as if it had scanned it from the start.
    }
  }
  return remarkScan(text);
}

/**
 * Lints `text` once and scans it from the same tokens. `config` comes from `captureConfig`. A parser failure of
 * remark (the fallback when no tokens were made) is thrown, as `scanTree(parseMarkdown(text), text)` throws it.
 */
export async function lintAndScan(
  path: string,
  text: string,
  config: Configuration,
  lintOn: boolean,
): Promise<LintAndScanResult> {
  let captured: Captured | undefined;
  const rule = captureRule((tokens, frontMatterLines) => {
    captured = { tokens, frontMatterLines: frontMatterLines.length };
  });
  let errors: LintError[] | undefined;
  let failed: string | undefined;
  let suppressed: LintSuppressed[] = [];
  try {
    const results = await lint({ strings: { [path]: text }, config, customRules: [rule], handleRuleFailures: true });
    if (lintOn) errors = (results[path] ?? []).filter((e) => e.ruleNames[0] !== CAPTURE);
  } catch (e) {
    failed = `markdownlint could not process it (${e instanceof RangeError ? "nesting too deep" : (e as Error).message})`;
  }
  if (errors && hasInlineConfig(text)) {
    // As lint-run.ts counts them: a second run that ignores the comments; if that one fails, nothing is counted.
    try {
      const plain = await lint({ strings: { [path]: text }, config, handleRuleFailures: true, noInlineConfig: true });
      suppressed = inlineSuppressed(path, errors, plain[path] ?? []);
    } catch {
      suppressed = [];
    }
  }
  // No tokens (markdownlint failed, or an inline comment switched the capturing rule off): remark scans the file.
  const scan = await scanOf(captured, text);
  return { scan, errors: failed || !lintOn ? undefined : errors, suppressed, ...(failed ? { failed } : {}) };
}

/** markdownlint's tokens for `text` and the number of front-matter lines it removed first (for tests and tools). */
export async function tokensOf(text: string): Promise<Captured | undefined> {
  let captured: Captured | undefined;
  const rule = captureRule((tokens, frontMatterLines) => {
    captured = { tokens, frontMatterLines: frontMatterLines.length };
  });
  await lint({ strings: { doc: text }, config: { default: false, [CAPTURE]: true }, customRules: [rule] });
  return captured;
}
