/**
 * What a code example is meant to be. Documentation shows illustrations, not programs: `...` and `…` elisions,
 * `<placeholder>` values, fragments of a larger file, JSON with comments. A parser that sees them reports noise, so
 * each example is judged by intent first: a block whose only failures are at elisions or placeholders is a valid
 * illustration, a fragment that parses once wrapped is valid, and a block in a neighbouring notation gets advice on
 * its tag instead of "invalid". Only what is left is a broken example.
 */
import JSON5 from "json5";
import { checkJson, checkScript, checkYaml, type LanguageFamily, type SyntaxProblem } from "./code-syntax.js";
import { span } from "../util/code-span.js";

/** A finding that is advice (shown, not scored): the example is fine as an illustration but tagged or written oddly. */
export interface Advice {
  ruleId: string;
  message: string;
  line: number;
  column: number;
}

export interface Judgement {
  problem: SyntaxProblem | null;
  advice?: Advice;
}

export const ADVICE_RULES = {
  languageTag: "code-blocks.language-tag",
  duplicateKey: "code-blocks.duplicate-key",
} as const;

/** `...`, `. . .`, `…`, `[...]`, `[ . . . ]`, `[…]`: the writer left something out. */
const ELISION = /\[\s*(?:\.\s*){2}\.\s*\]|\[\s*…\s*\]|\.\s?\.\s?\.|…/g;
/** `<your-token>`, `<SHA>`, `<project id>`, `{{ .Values.image }}`: a value the reader is meant to fill in. */
const PLACEHOLDER = /<[A-Za-z][\w.:/-]*(?: [\w.:/-]+)*>|\{\{[^{}\n]*\}\}/g;
/** An elision and nothing else (the line is trimmed and stripped of markers first, so no quantifiers meet here). */
const ELISION_ONLY = /^(?:\[\s*(?:\.\s*){2}\.\s*\]|\[\s*…\s*\]|\.\s?\.\s?\.|…)$/;

/** A line that is nothing but an elision, after list, comment and quote markers and a trailing comma. */
function isElisionLine(line: string): boolean {
  let t = line.trim();
  if (t.endsWith(",")) t = t.slice(0, -1).trimEnd();
  if (t.endsWith("*/")) t = t.slice(0, -2).trimEnd();
  const marker = /^(?:[-*]\s|\/\/|#|\/\*)/.exec(t);
  if (marker) t = t.slice(marker[0].length).trimStart();
  return ELISION_ONLY.test(t);
}

/**
 * Prompts that start a transcript in a block tagged as data (`$ curl …` followed by its JSON output). Not `#` or
 * `>`: in YAML those begin comments and folded scalars.
 */
const PROMPT = /^\s*(?:\$|PS>) \S/;

const MAX_ROUNDS = 50;
const BULK_AFTER = 20;

function spaces(n: number): string {
  return " ".repeat(n);
}

function previousChar(line: string, at: number): string {
  for (let i = at - 1; i >= 0; i--) if (line[i] !== " " && line[i] !== "\t") return line[i] as string;
  return "";
}

function nextChar(line: string, at: number): string {
  for (let i = at; i < line.length; i++) if (line[i] !== " " && line[i] !== "\t") return line[i] as string;
  return "";
}

/** The same-length stand-in for an illustration token, so every later column stays where the author wrote it. */
function standIn(family: LanguageFamily, line: string, start: number, token: string): string {
  const n = token.length;
  const before = previousChar(line, start);
  const after = nextChar(line, start + n);
  if (family === "json") {
    if (after === ":") return `""${spaces(n - 2)}`.slice(0, Math.max(n, 2));
    return before === ":" ? `0${spaces(n - 1)}` : spaces(n);
  }
  if (family === "yaml") return `x${spaces(n - 1)}`;
  if (family === "shell") return token.replace(/[^\w]/g, "_");
  // JavaScript / TypeScript: a value where a value is needed, an identifier for a placeholder, else nothing.
  if (token.startsWith("<") || token.startsWith("{{")) return `_${token.slice(1, -1).replace(/\W/g, "_")}_`;
  return before === "=" || before === ":" || before === ">" ? `0${spaces(n - 1)}` : spaces(n);
}

/** Replaces the illustration tokens of one line; null when it has none. */
function neutralizeLine(family: LanguageFamily, line: string): string | null {
  if (isElisionLine(line)) return spaces(line.length);
  let out = line;
  let changed = false;
  for (const re of [PLACEHOLDER, ELISION]) {
    out = out.replace(re, (token: string, offset: number) => {
      changed = true;
      return standIn(family, out, offset, token);
    });
  }
  return changed ? out : null;
}

/**
 * Parses, and while the failure is on a line (or just after a line) with an elision or placeholder, replaces
 * those by same-length stand-ins and parses again. The result is the first failure that is not at an illustration
 * token, with its position in the text as written, plus the text as finally parsed.
 */
export function withoutIllustrations(
  text: string,
  family: LanguageFamily,
  parse: (text: string, rewritten: boolean) => SyntaxProblem | null,
): { problem: SyntaxProblem | null; text: string; rewritten: boolean } {
  const lines = text.split("\n");
  let current = text;
  let rewritten = false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const problem = parse(current, rewritten);
    if (!problem) return { problem: null, text: current, rewritten };
    let fixed = false;
    // The parser may notice an elision one or two lines late (YAML sees the next key first).
    for (const index of [problem.line - 1, problem.line - 2, problem.line - 3]) {
      const line = lines[index];
      if (line === undefined) continue;
      const replaced = neutralizeLine(family, line);
      if (replaced !== null && replaced !== line) {
        lines[index] = replaced;
        fixed = true;
        break;
      }
    }
    if (!fixed) return { problem, text: current, rewritten };
    // Line by line keeps tokens that are real syntax (a spread, a JSX tag) intact; after some rounds a block
    // full of placeholders has shown what it is, and the rest of its tokens are replaced at once.
    if (round >= BULK_AFTER)
      for (let i = 0; i < lines.length; i++)
        lines[i] = neutralizeLine(family, lines[i] as string) ?? (lines[i] as string);
    current = lines.join("\n");
    rewritten = true;
  }
  return { problem: parse(current, rewritten), text: current, rewritten };
}

/** A block tagged as data whose first line is a prompt is a transcript (command and output), not a document. */
export function isTranscript(text: string): boolean {
  const first = text.split("\n").find((l) => l.trim() !== "");
  return first !== undefined && PROMPT.test(first);
}

function json5Problem(text: string): SyntaxProblem | null {
  try {
    JSON5.parse(text);
    return null;
  } catch (e) {
    const err = e as { message?: string; lineNumber?: number; columnNumber?: number };
    const message = (err.message ?? String(e)).replace(/^JSON5: /, "").replace(/ at \d+:\d+$/, "");
    return { message: `invalid JSON5: ${message}`, line: err.lineNumber ?? 1, column: err.columnNumber ?? 1 };
  }
}

/** `json`, `jsonc`, `json5` and JSON Lines (`jsonl`, `ndjson`, ```` ```json lines ````). */
export function judgeJson(text: string, variant: string): Judgement {
  if (isTranscript(text)) return { problem: null };
  if (variant === "lines") return { problem: judgeJsonLines(text) };
  if (variant === "json5") return { problem: withoutIllustrations(text, "json", json5Problem).problem };
  const strict = variant !== "jsonc";
  const parse = (t: string, rewritten: boolean) =>
    // Once an elision is blanked, the comma before it is left dangling; that is the elision's, not the writer's.
    checkJson(t, strict ? "json" : "jsonc", { trailingCommas: rewritten || !strict });
  const first = withoutIllustrations(text, "json", parse);
  if (!first.problem) return { problem: null };
  // A fragment (`"key": value` lines cut out of an object) is valid once wrapped.
  if (
    /^\s*"[^"\n]*"\s*:/.test(first.text) &&
    !checkJson(`{\n${first.text}\n}`, strict ? "json" : "jsonc", { trailingCommas: true })
  )
    return { problem: null };
  if (!strict) return { problem: first.problem };
  if (first.problem.message.includes("comments are not allowed")) {
    const loose = withoutIllustrations(text, "json", (t) => checkJson(t, "jsonc", { trailingCommas: true }));
    if (!loose.problem)
      return {
        problem: null,
        advice: {
          ruleId: ADVICE_RULES.languageTag,
          message:
            "This `json` example has comments, which JSON does not allow: tag the block `jsonc` (or `json5`) so that readers and tools know it is not plain JSON.",
          line: first.problem.line,
          column: first.problem.column,
        },
      };
    return { problem: loose.problem };
  }
  if (first.problem.message.includes("only one value") && !judgeJsonLines(text))
    return {
      problem: null,
      advice: {
        ruleId: ADVICE_RULES.languageTag,
        message:
          "This `json` example holds one JSON value per line: tag the block `jsonl` (JSON Lines), since as one JSON document it is invalid.",
        line: first.problem.line,
        column: first.problem.column,
      },
    };
  return { problem: first.problem };
}

/** JSON Lines: every non-blank line is one JSON value. */
function judgeJsonLines(text: string): SyntaxProblem | null {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") continue;
    const { problem } = withoutIllustrations(line, "json", (t, rewritten) =>
      checkJson(t, "json", { trailingCommas: rewritten }),
    );
    if (problem)
      return { ...problem, line: i + 1, message: problem.message.replace("invalid JSON", "invalid JSON line") };
  }
  return null;
}

/** YAML: elisions and placeholders are illustrations; a duplicate key (alternatives shown side by side) is advice. */
export function judgeYaml(text: string): Judgement {
  if (isTranscript(text)) return { problem: null };
  const { problem, text: parsed } = withoutIllustrations(text, "yaml", (t) => checkYaml(t, { uniqueKeys: false }));
  if (problem) return { problem };
  const duplicate = checkYaml(parsed, { uniqueKeys: true });
  if (!duplicate) return { problem: null };
  const key = parsed
    .split("\n")
    [duplicate.line - 1]?.slice(duplicate.column - 1)
    .match(/^\s*([^:#\n]+?)\s*:/)?.[1];
  return {
    problem: null,
    advice: {
      ruleId: ADVICE_RULES.duplicateKey,
      message: `This \`yaml\` example repeats the key ${key ? span(key) : "on this line"}: a YAML parser keeps only one of them or refuses the file. Fine when alternatives are shown side by side; otherwise remove one.`,
      line: duplicate.line,
      column: duplicate.column,
    },
  };
}

/** JavaScript / TypeScript: elisions and placeholders, then class bodies and object members cut out of context. */
export function judgeScript(text: string, family: LanguageFamily, variant: string): Judgement {
  const first = withoutIllustrations(text, family, (t) => checkScript(t, family, variant));
  if (!first.problem) return { problem: null };
  for (const [open, close] of [
    ["class _Example {\n", "\n}"],
    ["({\n", "\n})"],
  ] as const) {
    if (!checkScript(`${open}${first.text}${close}`, family, variant)) return { problem: null };
  }
  return { problem: first.problem };
}
