/**
 * The scan of scan.ts computed from the micromark tokens markdownlint already made for its own rules, so that each
 * file is tokenized once instead of twice (remark and markdownlint each run micromark). The result is exactly
 * `scanTree(parseMarkdown(text), text)`: the same values, positions and order. Where the two token streams cannot
 * agree (extensions markdownlint enables and remark does not: math, directives; remark-gfm's strikethrough, which
 * markdownlint does not parse, next to literal links or in headings), the file is scanned with remark instead, so
 * the result is never approximate; `scanTokensDetailed` says which files those are. One deliberate difference:
 * YAML front matter, which GitHub renders as a table and markdownlint removes, is not read as Markdown.
 */
import { parseMarkdown } from "./parse-markdown.js";
import type { ScannedDoc } from "./scan.js";
import { scanTree } from "./scan.js";
import { scanFromTokens } from "./scan-from-tokens.js";
import type { TokenLike } from "./token-values.js";

export type { TokenLike } from "./token-values.js";

export interface DetailedScan {
  doc: ScannedDoc;
  /** Why the file was scanned with remark instead of from the tokens, or null. */
  fallback: string | null;
}

/**
 * The scan of a file from markdownlint's micromark tokens. `frontMatterLines` is the number of lines markdownlint
 * removed from the top before tokenizing.
 */
export function scanTokensDetailed(tokens: readonly TokenLike[], text: string, frontMatterLines = 0): DetailedScan {
  const r = scanFromTokens(tokens, text, frontMatterLines);
  return r.doc ? r : { doc: scanTree(parseMarkdown(text), text), fallback: r.fallback };
}

export function scanTokens(tokens: readonly TokenLike[], text: string, frontMatterLines = 0): ScannedDoc {
  return scanTokensDetailed(tokens, text, frontMatterLines).doc;
}
