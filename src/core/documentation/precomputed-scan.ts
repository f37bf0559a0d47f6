/**
 * Scans made where markdownlint already tokenized a file for its own rules (markdownlint-cli2 with the repository's
 * configuration), so that the documentation workers need not tokenize it a second time. Each scan carries a digest
 * of the text it was made from: it is used only for a file whose text is exactly that one.
 */
import { createHash } from "node:crypto";
import type { ScannedDoc } from "./scan.js";
import { scanFromTokens } from "./scan-from-tokens.js";
import type { TokenLike } from "./token-values.js";

export interface PrecomputedScan {
  scan: ScannedDoc;
  /** `textDigest` of the text the scan was made from (the file's text without a byte-order mark). */
  digest: string;
}

export function textDigest(text: string): string {
  return createHash("sha256").update(text).digest("base64");
}

const NEW_LINE = /\r\n|\r|\n/;

/** The front-matter lines markdownlint removes with `pattern` (as its removeFrontMatter does). */
function frontMatterOf(text: string, pattern: RegExp): string[] {
  const m = text.match(pattern);
  if (!m || m.index) return [];
  const lines = m[0].split(NEW_LINE);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.length--;
  return lines;
}

/**
 * The scan of `text` from markdownlint's tokens of it, as a documentation worker would make it; undefined where the
 * worker would scan differently (remark's fallback, front matter cut by a configured pattern) or the walk failed.
 * `defaultFrontMatter` is markdownlint's own default pattern, the one the workers' markdownlint applies.
 */
export function precomputeScan(
  tokens: readonly TokenLike[],
  text: string,
  frontMatterLines: readonly string[],
  defaultFrontMatter: RegExp,
): PrecomputedScan | undefined {
  try {
    const expected = frontMatterOf(text, defaultFrontMatter);
    if (expected.length !== frontMatterLines.length || expected.some((l, i) => l !== frontMatterLines[i]))
      return undefined;
    const r = scanFromTokens(tokens, text, frontMatterLines.length);
    return r.doc ? { scan: r.doc, digest: textDigest(text) } : undefined;
  } catch {
    return undefined;
  }
}
