/**
 * Syntax checks for code examples, one function per language family. Each returns the first error with its line
 * and column inside the block (1-based), or null. Parsers only: nothing is executed.
 */
import type { ParserPlugin } from "@babel/parser";
import { type ParseError as JsoncError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import { parseAllDocuments } from "yaml";
import { MAX_CODE_NESTING } from "../util/budgets.js";

export interface SyntaxProblem {
  message: string;
  line: number;
  column: number;
}

export type LanguageFamily = "json" | "yaml" | "javascript" | "typescript" | "shell";

/** Info-string tag → family and variant. Tags not listed here are not syntax-checked. */
export const LANGUAGE_TAGS: Record<string, { family: LanguageFamily; variant: string }> = {
  json: { family: "json", variant: "json" },
  jsonc: { family: "json", variant: "jsonc" },
  json5: { family: "json", variant: "json5" },
  jsonl: { family: "json", variant: "lines" },
  ndjson: { family: "json", variant: "lines" },
  yaml: { family: "yaml", variant: "yaml" },
  yml: { family: "yaml", variant: "yaml" },
  js: { family: "javascript", variant: "js" },
  javascript: { family: "javascript", variant: "js" },
  mjs: { family: "javascript", variant: "js" },
  cjs: { family: "javascript", variant: "js" },
  jsx: { family: "javascript", variant: "js" },
  ts: { family: "typescript", variant: "ts" },
  typescript: { family: "typescript", variant: "ts" },
  mts: { family: "typescript", variant: "ts" },
  cts: { family: "typescript", variant: "ts" },
  tsx: { family: "typescript", variant: "tsx" },
  sh: { family: "shell", variant: "sh" },
  bash: { family: "shell", variant: "sh" },
  shell: { family: "shell", variant: "sh" },
  console: { family: "shell", variant: "console" },
  "shell-session": { family: "shell", variant: "console" },
  "sh-session": { family: "shell", variant: "console" },
  "bash-session": { family: "shell", variant: "console" },
};

function offsetToPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const JSON_MESSAGES: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "a property name in double quotes was expected",
  ValueExpected: "a value was expected",
  ColonExpected: "a colon was expected",
  CommaExpected: "a comma was expected",
  CloseBraceExpected: "a closing } was expected",
  CloseBracketExpected: "a closing ] was expected",
  EndOfFileExpected: "the end of the document was expected (only one value is allowed)",
  InvalidCommentToken: "comments are not allowed in JSON (tag the block jsonc if it has comments)",
  UnexpectedEndOfComment: "the comment is not closed",
  UnexpectedEndOfString: "the string is not closed",
  UnexpectedEndOfNumber: "the number is incomplete",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in a string",
};

/** Where JSON nesting first goes deeper than `max` (outside strings), or null: jsonc-parser recurses per level. */
function tooDeep(text: string, max: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return null;
}

export function checkJson(
  text: string,
  variant: string,
  options: { trailingCommas?: boolean } = {},
): SyntaxProblem | null {
  const deep = tooDeep(text, MAX_CODE_NESTING);
  if (deep !== null)
    return {
      message: `the JSON nests deeper than ${MAX_CODE_NESTING} levels, the budget for an example; it was not parsed`,
      ...offsetToPosition(text, deep),
    };
  const errors: JsoncError[] = [];
  const jsonc = variant === "jsonc";
  const allowTrailingComma = options.trailingCommas ?? jsonc;
  parseJsonc(text, errors, { disallowComments: !jsonc, allowTrailingComma, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const code = printParseErrorCode(first.error);
  return { message: `invalid JSON: ${JSON_MESSAGES[code] ?? code}`, ...offsetToPosition(text, first.offset) };
}

export function checkYaml(text: string, options: { uniqueKeys?: boolean } = {}): SyntaxProblem | null {
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: options.uniqueKeys ?? true });
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    const e = doc.errors[0];
    if (!e) continue;
    const pos = e.linePos?.[0] ?? offsetToPosition(text, e.pos[0]);
    const message = e.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? e.code;
    return { message: `invalid YAML: ${message}`, line: pos.line, column: "col" in pos ? pos.col : pos.column };
  }
  return null;
}

function babelPlugins(family: LanguageFamily, variant: string): ParserPlugin[] {
  if (family === "typescript") return variant === "tsx" ? ["typescript", "jsx"] : ["typescript"];
  return ["jsx"];
}

type BabelParser = typeof import("@babel/parser");
let babel: BabelParser | undefined;

/**
 * @babel/parser is one of the largest parts of the bundle and most runs have no JavaScript or TypeScript example,
 * so it is loaded on first need (before `checkScript`) instead of on every start.
 */
export async function loadScriptParser(): Promise<void> {
  babel ??= await import("@babel/parser");
}

export function checkScript(text: string, family: LanguageFamily, variant: string): SyntaxProblem | null {
  if (!babel) throw new Error("checkScript needs loadScriptParser() first");
  try {
    babel.parse(text, {
      sourceType: "unambiguous",
      // Examples are fragments: top-level await, return and imports anywhere are normal in docs.
      allowAwaitOutsideFunction: true,
      allowReturnOutsideFunction: true,
      allowImportExportEverywhere: true,
      allowUndeclaredExports: true,
      allowNewTargetOutsideFunction: true,
      allowSuperOutsideMethod: true,
      errorRecovery: false,
      plugins: babelPlugins(family, variant),
    });
    return null;
  } catch (e) {
    const err = e as { message?: string; loc?: { line: number; column: number } };
    const message = (err.message ?? String(e)).replace(/\s*\(\d+:\d+\)$/, "");
    const name = family === "typescript" ? "TypeScript" : "JavaScript";
    return { message: `invalid ${name}: ${message}`, line: err.loc?.line ?? 1, column: (err.loc?.column ?? 0) + 1 };
  }
}
