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
import { type ScannedDoc, scanTree } from "./scan.js";
import { TokenScan } from "./token-scan.js";
import { type TokenLike, Unsupported } from "./token-values.js";

export type { TokenLike } from "./token-values.js";

export interface DetailedScan {
  doc: ScannedDoc;
  /** Why the file was scanned with remark instead of from the tokens, or null. */
  fallback: string | null;
}

/** YAML front matter, which GitHub renders as a table (remark, without a front-matter extension, reads it as Markdown). */
const YAML_FRONT_MATTER = /^---[^\S\r\n\u2028\u2029]*$/m;

/**
 * The scan of a file from markdownlint's micromark tokens. `frontMatterLines` is the number of lines markdownlint
 * removed from the top before tokenizing.
 */
export function scanTokensDetailed(tokens: readonly TokenLike[], text: string, frontMatterLines = 0): DetailedScan {
  try {
    if (frontMatterLines > 0 && !YAML_FRONT_MATTER.test(text.slice(0, text.search(/\r?\n|\r|$/) + 1)))
      throw new Unsupported("front matter other than YAML");
    return { doc: new TokenScan(text, frontMatterLines).run(tokens), fallback: null };
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return { doc: scanTree(parseMarkdown(text), text), fallback: e.message };
  }
}

export function scanTokens(tokens: readonly TokenLike[], text: string, frontMatterLines = 0): ScannedDoc {
  return scanTokensDetailed(tokens, text, frontMatterLines).doc;
}
