/**
 * `contains:` patterns. Three forms, told apart by their first character so nobody has to escape anything by accident:
 * - `"/RTO:\s*\d+/i"`: a regular expression between slashes, flags i, m, s, u;
 * - `"## Escalation"`: a Markdown heading (any level) whose text contains these words;
 * - `"RTO"`: plain words that must appear anywhere, case-insensitively, as whole words.
 */
import { runRegex } from "./regex-runner.js";

export type ContainsPattern =
  | { kind: "regex"; source: string; flags: string; label: string }
  | { kind: "heading"; text: string; label: string }
  | { kind: "text"; text: string; label: string };

const REGEX_FORM = /^\/(.+)\/([a-z]*)$/s;
const HEADING_FORM = /^#{1,6}[ \t]+(.+)$/s;
const ALLOWED_FLAGS = new Set(["i", "m", "s", "u"]);

/** Parses a `contains` value; throws an Error whose message says what is wrong (the caller adds the key). */
export function parseContains(spec: string): ContainsPattern {
  const re = REGEX_FORM.exec(spec);
  if (re) {
    const source = re[1]!;
    const flags = re[2]!;
    for (const f of flags) {
      if (!ALLOWED_FLAGS.has(f)) throw new Error(`flag "${f}" is not supported (use i, m, s or u)`);
    }
    try {
      new RegExp(source, flags);
    } catch (e) {
      throw new Error(`the regular expression does not compile: ${(e as Error).message}`);
    }
    return { kind: "regex", source, flags, label: spec };
  }
  const heading = HEADING_FORM.exec(spec.trim());
  if (heading) {
    const text = heading[1]!.trim();
    return { kind: "heading", text, label: `heading "${text}"` };
  }
  const text = spec.trim();
  if (text === "") throw new Error("the text is empty");
  return { kind: "text", text, label: `"${text}"` };
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A literal as a whole-word, case-insensitive, whitespace-tolerant expression (linear time: no nested quantifiers). */
function wordsRegex(text: string): RegExp {
  const body = text.split(/\s+/).map(escapeRegex).join("\\s+");
  const start = /^\w/.test(text) ? "\\b" : "";
  const end = /\w$/.test(text) ? "\\b" : "";
  return new RegExp(`${start}${body}${end}`, "i");
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

/** Heading texts of a Markdown file (ATX and setext), outside fenced code blocks, with inline markup removed. */
export function headingTexts(markdown: string): string[] {
  const out: string[] = [];
  const lines = markdown.split(/\r?\n|\r/);
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      out.push(atx[1] ?? "");
      continue;
    }
    const next = lines[i + 1];
    if (next !== undefined && line.trim() !== "" && SETEXT.test(next) && !/^ {0,3}[-*+>]/.test(line)) {
      out.push(line.trim());
      i++;
    }
  }
  return out.map((t) =>
    t
      .replace(/[*_`]/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .trim(),
  );
}

export type MatchOutcome = { found: boolean } | { timedOut: true };

/**
 * Whether `text` contains the pattern. User regular expressions run with a time limit (see `regex-runner.ts`); the
 * other forms are built here from escaped literals and cannot backtrack badly.
 */
export function matches(pattern: ContainsPattern, text: string, timeoutMs: number): MatchOutcome {
  switch (pattern.kind) {
    case "regex":
      return runRegex(pattern.source, pattern.flags, text, timeoutMs);
    case "heading": {
      const re = wordsRegex(pattern.text);
      return { found: headingTexts(text).some((h) => re.test(h)) };
    }
    case "text":
      return { found: wordsRegex(pattern.text).test(text) };
  }
}
