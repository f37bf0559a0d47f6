/**
 * Where markdownlint's micromark and remark read the same characters differently, and whether that matters to the
 * scan. markdownlint enables math and directives, remark-gfm enables strikethrough; when the difference could change
 * a link, an anchor or a text node, the scan from tokens gives up and remark scans the file (scan-tokens.ts).
 */
import { findLiteralLinks } from "./literal-links.js";
import type { TokenLike } from "./token-values.js";

/** `$…$` holding only characters that remark reads as plain text (`costs $5 and $10`). */
export function plainMath(t: TokenLike): boolean {
  return /^[^[\]<>*_`&\\!~:@\r\n]*$/.test(t.text) && !/www/i.test(t.text);
}

/**
 * `a:b` and the `:39Z` of a time are directives to markdownlint and text to remark: plain when it is only a name
 * that starts nothing else in remark (an e-mail address in `mailto:a@b.co`, a `www.` link, emphasis). `next` is
 * the character after it.
 */
export function plainDirective(t: TokenLike, next: string): boolean {
  return /^:[A-Za-z0-9][A-Za-z0-9-]*$/.test(t.text) && !/^:www/i.test(t.text) && !/^[@.+\-_]/.test(next);
}

/**
 * remark-gfm's strikethrough (which markdownlint does not parse) ends text nodes at `~`, and so where a literal
 * link that remark-gfm finds in text ends, or whether there is one.
 */
export function strikethroughMayMatter(value: string, urls: readonly string[]): boolean {
  if (!value.includes("~")) return false;
  return urls.length > 0 || value.split(/~+/).some((p) => findLiteralLinks(p).length > 0);
}
