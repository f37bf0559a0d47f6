/**
 * Reading values out of markdownlint's micromark tokens as mdast-util-from-markdown reads them out of micromark's
 * events: line endings, container prefixes, code blocks.
 */
import { decodeString } from "micromark-util-decode-string";
import { normalizeIdentifier } from "micromark-util-normalize-identifier";
import type { CodeBlockInfo, DefinitionInfo } from "./scan.js";

/** The part of markdownlint's `MicromarkToken` read here (positions are 1-based, relative to the text after front matter). */
export interface TokenLike {
  readonly type: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
  readonly children: readonly TokenLike[];
}

/** Tokens of the document tokenizer between a container's lines: not part of any value (micromark skips them). */
export const CONTAINER_PREFIX = new Set(["blockQuotePrefix", "listItemIndent"]);

const AUTOLINK_VALUE = new Set([
  "autolinkProtocol",
  "autolinkEmail",
  "literalAutolinkHttp",
  "literalAutolinkWww",
  "literalAutolinkEmail",
]);

/** What the scan from tokens leaves to remark, and why. */
export class Unsupported extends Error {}

/** Offsets of line starts, with micromark's line endings (CR LF, CR, LF). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * A line ending's own characters: markdownlint's `lineEnding` tokens end where the next line's content starts, so
 * their text also holds the container prefix skipped there.
 */
export function eol(t: TokenLike): string {
  return t.text.startsWith("\r\n") ? "\r\n" : t.text.charAt(0);
}

/** The text of a token without the container prefixes inside it: what micromark's `sliceSerialize` gives. */
export function serialize(token: TokenLike): string {
  if (token.children.length === 0 || (!token.text.includes("\n") && !token.text.includes("\r"))) return token.text;
  let out = "";
  const visit = (t: TokenLike): void => {
    if (CONTAINER_PREFIX.has(t.type)) return;
    if (t.type === "lineEnding") out += eol(t);
    else if (t.children.length === 0) out += t.text;
    else for (const c of t.children) visit(c);
  };
  visit(token);
  return out;
}

export function findDeep(t: TokenLike, type: string): TokenLike | undefined {
  for (const c of t.children) {
    if (c.type === type) return c;
    const d = findDeep(c, type);
    if (d) return d;
  }
  return undefined;
}

/** An inline code's value: its data, line endings as they are, one padding space removed at each end. */
export function codeTextValue(t: TokenLike): string {
  let value = "";
  for (const c of t.children) {
    if (c.type === "codeTextData") value += c.text;
    else if (c.type === "lineEnding") value += eol(c);
  }
  return value;
}

export function fencedCode(t: TokenLike, line: number): CodeBlockInfo {
  const fence = t.children.find((c) => c.type === "codeFencedFence");
  const info = fence?.children.find((c) => c.type === "codeFencedFenceInfo");
  const meta = fence?.children.find((c) => c.type === "codeFencedFenceMeta");
  const lang = info ? decodeString(serialize(info)) : "";
  const metaValue = meta ? decodeString(serialize(meta)) : "";
  let value = "";
  let opened = false;
  for (const c of t.children) {
    if (c.type === "codeFencedFence") {
      if (opened) break;
      opened = true;
    } else if (c.type === "codeFlowValue") value += c.text;
    else if (c.type === "lineEnding") value += eol(c);
  }
  return {
    lang: lang ? lang.toLowerCase() : null,
    meta: metaValue ? metaValue.trim().toLowerCase() : null,
    value: value.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, ""),
    fenced: true,
    line,
    column: t.startColumn,
  };
}

export function indentedCode(t: TokenLike, line: number): CodeBlockInfo {
  let value = "";
  for (const c of t.children) {
    if (c.type === "codeFlowValue") value += c.text;
    else if (c.type === "lineEnding") value += eol(c);
  }
  return {
    lang: null,
    meta: null,
    value: value.replace(/(\r?\n|\r)$/g, ""),
    fenced: false,
    line,
    column: t.startColumn,
  };
}

/** An identifier as mdast gives it: normalized (case folded, whitespace collapsed), lower-cased. */
export function identifierOf(t: TokenLike | undefined): string {
  return normalizeIdentifier(t ? serialize(t) : "").toLowerCase();
}

/** The URL of an inline link or image: its destination, escapes and character references decoded. */
export function resourceUrl(resource: TokenLike): string {
  const dest = findDeep(resource, "resourceDestinationString");
  return dest ? decodeString(serialize(dest)) : "";
}

/** The identifier of a reference: the full reference's label, or else the link text's (collapsed, shortcut). */
export function referenceIdentifier(t: TokenLike): string {
  const reference = t.children.find((c) => c.type === "reference");
  const string = reference?.children.find((c) => c.type === "referenceString");
  const label = t.children.find((c) => c.type === "label");
  return identifierOf(string ?? label?.children.find((c) => c.type === "labelText"));
}

/** An autolink's (`<…>`) or literal link's raw text and URL, as mdast gives them. */
export function autolinkValue(t: TokenLike): { raw: string; url: string } | undefined {
  const value = t.children.find((c) => AUTOLINK_VALUE.has(c.type));
  if (!value) return undefined;
  const raw = value.text;
  if (value.type === "autolinkEmail" || value.type === "literalAutolinkEmail") return { raw, url: `mailto:${raw}` };
  return { raw, url: value.type === "literalAutolinkWww" ? `http://${raw}` : raw };
}

export function definitionOf(t: TokenLike, line: number): DefinitionInfo {
  const label = findDeep(t, "definitionLabelString");
  const dest = findDeep(t, "definitionDestinationString");
  const labelSource = label ? serialize(label) : "";
  return {
    identifier: normalizeIdentifier(labelSource).toLowerCase(),
    label: decodeString(labelSource),
    url: dest ? decodeString(serialize(dest)) : "",
    line,
    column: t.startColumn,
  };
}
