/**
 * What the scan from markdownlint's tokens must equal: remark's scan of the same text, except that YAML front matter
 * (which GitHub renders as a table, and markdownlint removes before tokenizing) is not read as Markdown. Shared by
 * the parity test and scripts/scan-parity.ts.
 */
import { createRequire } from "node:module";
import { tokensOf } from "../src/core/documentation/lint-and-scan.js";
import { parseMarkdown } from "../src/core/documentation/parse-markdown.js";
import { type ScannedDoc, scanTree } from "../src/core/documentation/scan.js";
import { scanTokensDetailed } from "../src/core/documentation/scan-tokens.js";

/** markdownlint's own expression for front matter (its helpers are CommonJS without type declarations). */
const { frontMatterRe } = createRequire(import.meta.url)("markdownlint/helpers") as { frontMatterRe: RegExp };

/** The text with YAML front matter's lines emptied (line endings kept, so every position stays). */
export function withoutYamlFrontMatter(text: string): string {
  const m = frontMatterRe.exec(text);
  if (!m?.[0].startsWith("---") || m.index !== 0) return text;
  return m[0].replace(/[^\r\n]+/g, "") + text.slice(m[0].length);
}

export function expectedScan(text: string): ScannedDoc {
  const t = withoutYamlFrontMatter(text);
  return scanTree(parseMarkdown(t), t);
}

/** Sets as arrays in insertion order, so that a comparison also checks the order. */
export function plain(doc: ScannedDoc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) out[k] = v instanceof Set ? [...v] : v;
  return out;
}

export interface Parity {
  equal: boolean;
  /** Why the token scan fell back to remark, or null. */
  fallback: string | null;
  /** The first differing field, for a report. */
  diff?: string;
}

export async function compareScan(text: string): Promise<Parity> {
  const captured = await tokensOf(text);
  if (!captured) throw new Error("markdownlint made no tokens");
  const got = scanTokensDetailed(captured.tokens, text, captured.frontMatterLines);
  const a = plain(got.doc);
  const b = plain(expectedScan(text));
  for (const key of Object.keys(b)) {
    const x = JSON.stringify(a[key]);
    const y = JSON.stringify(b[key]);
    if (x !== y) return { equal: false, fallback: got.fallback, diff: firstDifference(key, a[key], b[key]) };
  }
  return { equal: true, fallback: got.fallback };
}

function firstDifference(key: string, a: unknown, b: unknown): string {
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const x = JSON.stringify(a[i]);
      const y = JSON.stringify(b[i]);
      if (x !== y) return `${key}[${i}] (of ${a.length} / ${b.length}): tokens ${clip(x)} remark ${clip(y)}`;
    }
  }
  return `${key}: tokens ${clip(JSON.stringify(a))} remark ${clip(JSON.stringify(b))}`;
}

function clip(s: string | undefined): string {
  if (s === undefined) return "undefined";
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
}
