/**
 * `[text][label]` whose label has no definition: GitHub renders it as plain text, so a link that was meant is lost.
 * Found in a block's raw text, outside code, HTML, links and references, by both scans (scan.ts, scan-tokens.ts).
 */
import { closest } from "./suggest.js";

export interface UndefinedReference {
  label: string;
  line: number;
  column: number;
}

// Not after a word character, `\`, `]`, `!` or `=` (`a[i][j]`, `--flag=[x][y]` are not references).
const REFERENCE = /(^|[^\w\\\]!=])\[((?:[^[\]\\]|\\.){1,999})\]\[((?:[^[\]\\]|\\.){0,999})\]/g;
/** What a reference label looks like when a link was meant: words, numbers, `-`, `_`, `.`, `/`, `#`, `&`, `'`. */
const LABEL_LIKE = /^[\p{L}\p{N}][\p{L}\p{N} ._/#&'-]*$/u;

/**
 * Whether `[text][label]` without a definition was plausibly meant as a link, rather than bracketed prose
 * (`[owner][if time allows]`), test labels (`[Slow][NodeFeature:Eviction]`) or option syntax (`[cpu=100m][,]`).
 * Meant: the label is close to an existing definition's (a likely typo); or it looks like a label and either the file
 * uses reference definitions, the label is a number (`[text][1]`) or the form is collapsed (`[label][]`).
 */
export function plausibleReference(
  label: string,
  collapsed: boolean,
  defined: ReadonlySet<string>,
  followedBy: string,
): boolean {
  // `[a][b][c]`: a chain of bracketed tags, never one reference.
  if (followedBy === "[") return false;
  const id = normalizeLabel(label);
  if (defined.size > 0 && closest(id, defined) !== undefined) return true;
  if (!LABEL_LIKE.test(label.trim())) return false;
  return defined.size > 0 || /^\d+$/.test(id) || collapsed;
}

/** mdast's identifier normalisation (micromark folds case via lower then upper case; mdast lower-cases that). */
export function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, " ")
    .trim()
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
}

/**
 * The `[text][label]` with an undefined label in `text[start, end)` (one block), outside `ranges` (absolute offsets
 * of the code, HTML, links, images and references in the block, which never hold such a reference).
 */
export function undefinedReferencesIn(
  text: string,
  start: number,
  end: number,
  ranges: [number, number][],
  defined: ReadonlySet<string>,
  out: UndefinedReference[],
): void {
  const raw = text.slice(start, end);
  if (!raw.includes("][")) return;
  ranges.sort((a, b) => a[0] - b[0]);
  let masked = "";
  let at = 0;
  for (const [as, ae] of ranges) {
    const s = as - start;
    const e = ae - start;
    if (s < at) continue;
    masked += raw.slice(at, s) + "\u0001".repeat(e - s);
    at = e;
  }
  masked += raw.slice(at);
  for (const m of masked.matchAll(REFERENCE)) {
    const label = m[3] ? m[3] : (m[2] ?? "");
    if (label.startsWith("^") || label.includes("\u0001")) continue;
    if (defined.has(normalizeLabel(label))) continue;
    const after = masked.charAt((m.index ?? 0) + m[0].length);
    if (!plausibleReference(label, !m[3], defined, after)) continue;
    const offset = start + (m.index ?? 0) + (m[1] ?? "").length;
    const before = text.slice(0, offset);
    const nl = before.lastIndexOf("\n");
    // Line counting here is rare (only for real findings), so a slice is fine.
    out.push({ label, line: lineOf(before), column: offset - nl });
  }
}

function lineOf(before: string): number {
  let n = 1;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) n++;
  return n;
}
