/**
 * markdownlint and the documentation scan from one tokenization: markdownlint runs with one more rule of ours,
 * which does nothing but keep the micromark tokens markdownlint made for its own rules, and the scan is computed
 * from them (scan-tokens.ts) instead of from a second parse by remark. With markdownlint turned off it still runs,
 * with every rule off but ours, for the tokens. Callers apply read-doc.ts's complexity guards first, as before any
 * parser.
 */
import type { Configuration, LintError, Rule } from "markdownlint";
import { lint } from "markdownlint/promise";
import { hasInlineConfig, inlineSuppressed, type LintSuppressed, lintConfiguration } from "./lint.js";
import { parseMarkdown } from "./parse-markdown.js";
import type { ScannedDoc } from "./scan.js";
import { scanTree } from "./scan.js";
import { scanTokens, type TokenLike } from "./scan-tokens.js";

const CAPTURE = "readiness-gate-capture-tokens";

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
  return lintOn ? { ...lintConfiguration(repoConfig), [CAPTURE]: true } : { default: false, [CAPTURE]: true };
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
  const rule: Rule = {
    names: [CAPTURE],
    description: "keeps the micromark tokens for the documentation scan",
    tags: ["readiness-gate"],
    parser: "micromark",
    function: (params) => {
      captured = {
        tokens: params.parsers.micromark.tokens as readonly TokenLike[],
        frontMatterLines: params.frontMatterLines.length,
      };
    },
  };
  let errors: LintError[] | undefined;
  let failed: string | undefined;
  const suppressed: LintSuppressed[] = [];
  try {
    const results = await lint({ strings: { [path]: text }, config, customRules: [rule], handleRuleFailures: true });
    if (lintOn) {
      errors = (results[path] ?? []).filter((e) => e.ruleNames[0] !== CAPTURE);
      if (hasInlineConfig(text)) {
        const plain = await lint({ strings: { [path]: text }, config, handleRuleFailures: true, noInlineConfig: true });
        suppressed.push(...inlineSuppressed(path, errors, plain[path] ?? []));
      }
    }
  } catch (e) {
    failed = `markdownlint could not process it (${e instanceof RangeError ? "nesting too deep" : (e as Error).message})`;
  }
  // No tokens (markdownlint failed, or an inline comment switched the capturing rule off): remark scans the file.
  const scan = captured
    ? scanTokens(captured.tokens, text, captured.frontMatterLines)
    : scanTree(parseMarkdown(text), text);
  return { scan, errors: failed || !lintOn ? undefined : errors, suppressed, ...(failed ? { failed } : {}) };
}

/** markdownlint's tokens for `text` and the number of front-matter lines it removed first (for tests and tools). */
export async function tokensOf(text: string): Promise<Captured | undefined> {
  let captured: Captured | undefined;
  const rule: Rule = {
    names: [CAPTURE],
    description: "keeps the micromark tokens",
    tags: ["readiness-gate"],
    parser: "micromark",
    function: (params) => {
      captured = {
        tokens: params.parsers.micromark.tokens as readonly TokenLike[],
        frontMatterLines: params.frontMatterLines.length,
      };
    },
  };
  await lint({ strings: { doc: text }, config: { default: false, [CAPTURE]: true }, customRules: [rule] });
  return captured;
}
