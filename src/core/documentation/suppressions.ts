/**
 * Suppression comments a writer can put in a Markdown file:
 *
 *   <!-- readiness-ignore-next-line -->                 every finding on the next line
 *   <!-- readiness-ignore-next-line links.missing-file MD013 -->   only those rules
 *   <!-- readiness-ignore-file links -->                a rule family for the whole file
 *
 * A rule is named by its id (`links.missing-anchor`, `markdownlint/MD013`), its family (`links`, `code-blocks`,
 * `markdownlint`) or, for markdownlint, its bare name (`MD013`). Comments inside fenced code blocks are examples,
 * not directives. Each comment is read from one line. Every finding a comment suppresses is kept in the report's
 * suppressed list, so nothing disappears silently.
 */
import type { Finding } from "../model/report.js";

const DIRECTIVE = /<!--\s*readiness-ignore-(next-line|file)((?:[\s,]+[\w./:@-]+)*)[\s,]*-->/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface FileSuppressions {
  /** Rules ignored in the whole file (null: every rule), with the line of each comment. */
  file: { rules: string[] | null; line: number }[];
  /** Line a comment applies to → the rules it names (null: every rule) and the comment's line. */
  nextLine: Map<number, { rules: string[] | null; line: number }[]>;
}

export interface SuppressedFinding {
  path: string;
  line: number;
  ruleId: string;
  /** How it was suppressed: `next-line` / `file` (a readiness-ignore comment, at `by`), `markdownlint` (its own comments). */
  kind: "next-line" | "file" | "markdownlint";
  /** Line of the suppressing comment, when known. */
  by?: number;
  message: string;
}

/** The readiness-ignore directives of one file, or undefined when it has none (the common case, found by one scan). */
export function readSuppressions(text: string): FileSuppressions | undefined {
  if (!text.includes("readiness-ignore-")) return undefined;
  const out: FileSuppressions = { file: [], nextLine: new Map() };
  let fence: string | null = null;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const f = FENCE.exec(line);
    if (f) {
      const marker = f[1] as string;
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
      continue;
    }
    if (fence !== null || !line.includes("readiness-ignore-")) continue;
    for (const m of line.matchAll(DIRECTIVE)) {
      const names = (m[2] ?? "").split(/[\s,]+/).filter((n) => n !== "");
      const rules = names.length > 0 ? names : null;
      if (m[1] === "file") out.file.push({ rules, line: i + 1 });
      else {
        const list = out.nextLine.get(i + 2) ?? [];
        list.push({ rules, line: i + 1 });
        out.nextLine.set(i + 2, list);
      }
    }
  }
  return out.file.length > 0 || out.nextLine.size > 0 ? out : undefined;
}

/** Whether a directive's rule list covers `ruleId`. */
export function ruleMatches(rules: readonly string[] | null, ruleId: string): boolean {
  if (rules === null) return true;
  const id = ruleId.toLowerCase();
  const bare = id.startsWith("markdownlint/") ? id.slice("markdownlint/".length) : undefined;
  for (const r of rules) {
    const name = r.toLowerCase();
    if (name === id || id.startsWith(`${name}.`) || id.startsWith(`${name}/`)) return true;
    if (bare !== undefined && name === bare) return true;
  }
  return false;
}

/** Splits findings into those that stay and those a comment suppresses. */
export function applySuppressions(
  findings: readonly Finding[],
  byPath: ReadonlyMap<string, FileSuppressions>,
): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const s = f.path !== undefined ? byPath.get(f.path) : undefined;
    if (!s || f.path === undefined) {
      kept.push(f);
      continue;
    }
    const line = f.line ?? 1;
    const next = s.nextLine.get(line)?.find((d) => ruleMatches(d.rules, f.ruleId));
    const whole = next ? undefined : s.file.find((d) => ruleMatches(d.rules, f.ruleId));
    const by = next ?? whole;
    if (!by) {
      kept.push(f);
      continue;
    }
    suppressed.push({
      path: f.path,
      line,
      ruleId: f.ruleId,
      kind: next ? "next-line" : "file",
      by: by.line,
      message: f.message,
    });
  }
  return { kept, suppressed };
}

/** The score family a rule's findings count against (`links`, `anchors`, `external-links`, `code-blocks`, `lint`). */
export function familyOf(
  ruleId: string,
): "internal-links" | "anchors" | "external-links" | "code-blocks" | "lint" | null {
  if (ruleId === "links.missing-anchor") return "anchors";
  if (ruleId.startsWith("links.")) return "internal-links";
  if (ruleId.startsWith("external-link-")) return "external-links";
  if (ruleId.startsWith("code-blocks.")) return "code-blocks";
  if (ruleId.startsWith("markdownlint/")) return "lint";
  return null;
}
