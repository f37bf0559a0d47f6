/**
 * The scan from markdownlint's micromark tokens without loading remark: either the scan, or why this file must be
 * scanned with remark instead (scan-tokens.ts says which files those are). Kept apart from the remark fallback so
 * that the documentation workers load remark only when a file needs it.
 */
import type { ScannedDoc } from "./scan.js";
import { TokenScan } from "./token-scan.js";
import { type TokenLike, Unsupported } from "./token-values.js";

/** YAML front matter, which GitHub renders as a table (remark, without a front-matter extension, reads it as Markdown). */
const YAML_FRONT_MATTER = /^---[^\S\r\n\u2028\u2029]*$/m;

export type TokenScanResult = { doc: ScannedDoc; fallback: null } | { doc?: undefined; fallback: string };

/** `frontMatterLines`: the number of lines markdownlint removed from the top before tokenizing. */
export function scanFromTokens(tokens: readonly TokenLike[], text: string, frontMatterLines = 0): TokenScanResult {
  try {
    if (frontMatterLines > 0 && !YAML_FRONT_MATTER.test(text.slice(0, text.search(/\r?\n|\r|$/) + 1)))
      throw new Unsupported("front matter other than YAML");
    return { doc: new TokenScan(text, frontMatterLines).run(tokens), fallback: null };
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return { fallback: e.message };
  }
}
