/**
 * The small Markdown helpers every renderer uses. Text from files and artifacts goes through `escapeText` or
 * `code` before it lands in Markdown: no raw HTML, no @mention pings, no way to close a <details> early.
 */
import { formatNumber } from "../util/format-number.js";

import { stripControls } from "../util/redact.js";

const MENTION = /@(?=[A-Za-z0-9])/g;
/** What GitHub turns into links or cross-references in prose: bare URLs, `www.` names, `#123`, `GH-123`. */
const AUTOLINK_SCHEME = /\b(https?|ftp)(?=:\/\/)/gi;
const AUTOLINK_WWW = /\b(www)(?=\.)/gi;
const ISSUE_REF = /(#|\bGH-)(?=\d)/gi;

/**
 * Escapes text for Markdown prose and table cells. Control and bidi characters are removed (a path must not
 * display reversed), and a zero-width joiner breaks what GitHub would otherwise link or ping: `@name`, a bare URL
 * or `www.` name from a report, and `#4242` (backslash escapes do not stop those, GitHub links the rendered text).
 */
export function escapeText(text: string, maxLength = 500): string {
  let t = stripControls(text);
  if (t.length > maxLength) t = `${t.slice(0, maxLength - 1)}…`;
  return t
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~])/g, "\\$1")
    .replace(MENTION, "@\u200d")
    .replace(AUTOLINK_SCHEME, "$1\u200d")
    .replace(AUTOLINK_WWW, "$1\u200d")
    .replace(ISSUE_REF, "$1\u200d")
    .replace(/#(?!\u200d)/g, "\\#");
}

/** Inline code that survives any content (backticks, pipes, HTML), for paths, URLs and identifiers. */
export function code(text: string, maxLength = 200): string {
  let t = stripControls(text);
  if (t.length > maxLength) t = `${t.slice(0, maxLength - 1)}…`;
  // Pipes would split a table cell even inside a code span. `<!--` is shown as typed but defused with a zero-width
  // joiner, so a file named like a hidden marker can never put that marker into a comment's text.
  t = t.replace(/\|/g, "\\|").replace(/<!/g, "<\u200d!");
  let longest = 0;
  for (const m of t.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  const pad = t.startsWith("`") || t.endsWith("`") || t === "" ? " " : "";
  return `${fence}${pad}${t}${pad}${fence}`;
}

/**
 * A message the tool wrote: its code spans (a run of backticks up to the next run of the same length, as in
 * CommonMark; values go in with `span()` from core/util/code-span.ts) are shown literally through `code`, and
 * everything else is escaped prose, so a value from a file never becomes Markdown. A backtick run with no closing
 * run of its length is escaped like any other text.
 */
export function ownMessage(text: string, maxLength = 500): string {
  const t = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  let out = "";
  let prose = "";
  let i = 0;
  while (i < t.length) {
    if (t[i] !== "`") {
      prose += t[i];
      i++;
      continue;
    }
    let n = 0;
    while (t[i + n] === "`") n++;
    const close = findRun(t, i + n, n);
    if (close < 0) {
      prose += t.slice(i, i + n);
      i += n;
      continue;
    }
    let inner = t.slice(i + n, close);
    if (inner.length > 2 && inner.startsWith(" ") && inner.endsWith(" ")) inner = inner.slice(1, -1);
    out += escapeText(prose, maxLength) + code(inner, maxLength);
    prose = "";
    i = close + n;
  }
  return out + escapeText(prose, maxLength);
}

/** Index of the next run of exactly `n` backticks at or after `from`, or -1. */
function findRun(t: string, from: number, n: number): number {
  for (let i = from; i < t.length; ) {
    if (t[i] !== "`") {
      i++;
      continue;
    }
    let m = 0;
    while (t[i + m] === "`") m++;
    if (m === n) return i;
    i += m;
  }
  return -1;
}

export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ("l" | "r" | "c")[],
): string {
  const sep = header.map((_, i) => {
    const a = align?.[i] ?? "l";
    return a === "r" ? "---:" : a === "c" ? ":---:" : "---";
  });
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(sep), ...rows.map(line)].join("\n");
}

/** A folded section. The summary is escaped by the caller; the body must not contain raw `</details>`. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export { formatNumber };

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

const MAX_LINKED_PATH = 400;

/** A link to a file in the repository at a commit, when the context is known; otherwise just the path. */
export function fileLink(path: string, line: number | undefined, base?: string): string {
  const label = code(line ? `${path}:${line}` : path);
  // A path longer than any real one (a hostile report's) is shown cut, never copied whole into a link target.
  if (!base || path.length > MAX_LINKED_PATH) return label;
  const href = `${base}/${path.split("/").map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`;
  return `[${label}](${href})`;
}
