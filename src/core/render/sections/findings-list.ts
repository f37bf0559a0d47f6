import { type Finding, SEVERITY_RANK } from "../../model/report.js";
import { code, escapeText, fileLink, ownMessage } from "../markdown-utils.js";
import { elsewhere, type RenderContext } from "./types.js";

/**
 * A finding's message as Markdown. The tool's own messages (documentation, performance, compliance) mark code
 * spans with backticks, which render; a security finding's message is the scanner's text and is shown as written.
 */
export function findingMessage(f: Finding, maxLength = 500): string {
  return f.dimension === "security" ? escapeText(f.message, maxLength) : ownMessage(f.message, maxLength);
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.path ?? "").localeCompare(b.path ?? "") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** `path:line:col` as findings are compared in tests and shown in the terminal. */
export function location(f: Finding): string {
  if (!f.path) return "";
  return `${f.path}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}`;
}

/**
 * Findings grouped by file, at most `max` lines, the rest counted. Every piece of text from the input is escaped.
 */
export function findingsByFile(findings: readonly Finding[], ctx: RenderContext, max = ctx.maxFindings): string {
  if (findings.length === 0) return "";
  const sorted = sortFindings(findings);
  const shown = sorted.slice(0, max);
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) {
    const key = f.path ?? "";
    const list = byFile.get(key);
    if (list) list.push(f);
    else byFile.set(key, [f]);
  }
  const lines: string[] = [];
  for (const [path, list] of byFile) {
    // A blank line before each file keeps its bold header from joining the previous file's list.
    if (path) lines.push(...(lines.length > 0 ? [""] : []), `**${fileLink(path, undefined, ctx.fileBase)}**`);
    for (const f of list) {
      const where = f.line ? `${fileLink(path, f.line, ctx.fileBase)} ` : "";
      lines.push(`- ${where}${findingMessage(f)} ${code(f.ruleId)}`);
    }
  }
  if (sorted.length > shown.length) lines.push(`- … and ${sorted.length - shown.length} more (see ${elsewhere(ctx)})`);
  return lines.join("\n");
}
