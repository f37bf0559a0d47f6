/**
 * The small Markdown helpers every renderer uses. Text from files and artifacts goes through `escapeText` or
 * `code` before it lands in Markdown: no raw HTML, no @mention pings, no way to close a <details> early.
 */

const MENTION = /@(?=[A-Za-z0-9])/g;

/** Escapes text for Markdown prose and table cells. */
export function escapeText(text: string, maxLength = 500): string {
  let t = text.replace(/\r?\n|\r/g, " ");
  if (t.length > maxLength) t = `${t.slice(0, maxLength - 1)}…`;
  return (
    t
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/([\\`*_[\]|#~])/g, "\\$1")
      // A zero-width joiner after @ keeps the text readable but stops GitHub from pinging anyone.
      .replace(MENTION, "@\u200d")
  );
}

/** Inline code that survives any content (backticks, pipes, HTML), for paths, URLs and identifiers. */
export function code(text: string, maxLength = 200): string {
  let t = text.replace(/\r?\n|\r/g, " ");
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

export function formatNumber(n: number, maxFractionDigits = 2): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: maxFractionDigits });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** A link to a file in the repository at a commit, when the context is known; otherwise just the path. */
export function fileLink(path: string, line: number | undefined, base?: string): string {
  const label = code(line ? `${path}:${line}` : path);
  if (!base) return label;
  const href = `${base}/${path.split("/").map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`;
  return `[${label}](${href})`;
}
