/**
 * Finds and parses the repository's own markdownlint configuration, in markdownlint-cli2's order of precedence.
 * A broken file becomes a notice (and markdownlint's defaults apply), never a crash.
 */
import { isObject } from "../../../core/formats/json.js";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type ParseError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import { parse as parseYaml } from "yaml";

/** Checked in this order; the first that exists wins. cli2 files keep the rules under `config`. */
export const MARKDOWNLINT_CONFIG_FILES = [
  { name: ".markdownlint-cli2.jsonc", cli2: true },
  { name: ".markdownlint-cli2.yaml", cli2: true },
  { name: ".markdownlint.jsonc", cli2: false },
  { name: ".markdownlint.json", cli2: false },
  { name: ".markdownlint.yaml", cli2: false },
  { name: ".markdownlint.yml", cli2: false },
] as const;

const MAX_EXTENDS = 5;

/** Parses one config text; throws an Error with a one-line reason. */
export function parseMarkdownlintConfig(name: string, text: string): unknown {
  if (/\.ya?ml$/.test(name)) {
    try {
      return parseYaml(text);
    } catch (e) {
      throw new Error(`invalid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset);
    const line = before.split("\n").length;
    throw new Error(`invalid JSON at line ${line}: ${printParseErrorCode(first.error)}`);
  }
  return value;
}

async function readRules(root: string, rel: string, cli2: boolean, depth: number): Promise<Record<string, unknown>> {
  const abs = path.resolve(root, rel);
  if (abs !== path.resolve(root) && !abs.startsWith(path.resolve(root) + path.sep))
    throw new Error(`extends points outside the repository (${rel})`);
  const parsed = parseMarkdownlintConfig(rel, await readFile(abs, "utf8"));
  const rules = cli2 ? (isObject(parsed) ? parsed.config : undefined) : parsed;
  if (rules === undefined || rules === null) return {};
  if (!isObject(rules))
    throw new Error(cli2 ? "its `config` must be an object of rule settings" : "it must be an object of rule settings");
  const { extends: base, $schema: _schema, ...own } = rules;
  if (typeof base === "string" && depth < MAX_EXTENDS) {
    const baseRel = path.posix.join(path.posix.dirname(rel), base);
    return { ...(await readRules(root, baseRel, false, depth + 1)), ...own };
  }
  return own;
}

export async function loadMarkdownlintConfig(
  root: string,
  notices: string[],
): Promise<Record<string, unknown> | undefined> {
  for (const { name, cli2 } of MARKDOWNLINT_CONFIG_FILES) {
    try {
      await readFile(path.join(root, name));
    } catch {
      continue;
    }
    try {
      return await readRules(root, name, cli2, 0);
    } catch (e) {
      notices.push(
        `${name} could not be used (${(e as Error).message}); markdownlint ran with readiness-gate's default rules`,
      );
      return undefined;
    }
  }
  return undefined;
}
