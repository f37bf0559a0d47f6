/**
 * Turns a documentation file's bytes into text, or into one sentence saying why it cannot be checked.
 * Guards run before any parser: micromark slows down sharply on very deep nesting and on very long paragraphs,
 * so such files are reported instead of stalling the run.
 */

/** Container nesting (block quotes, list levels) above which a file is not parsed. */
export const MAX_NESTING = 100;
/** A single line longer than this is not parsed (minified or generated content, not prose). */
export const MAX_LINE_LENGTH = 20_000;
/** A run of non-blank lines longer than this is not parsed. */
export const MAX_BLOCK_LENGTH = 200_000;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string; line?: number };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes strictly: a file that is not UTF-8 is reported, never silently mangled. */
export function decodeDoc(content: string | Uint8Array): ReadResult {
  let text: string;
  if (typeof content === "string") {
    text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  } else {
    if (content.subarray(0, 8192).includes(0))
      return { ok: false, reason: "looks like a binary file (it contains NUL bytes), not Markdown" };
    try {
      text = utf8.decode(content);
    } catch {
      return { ok: false, reason: "is not valid UTF-8 text; save it as UTF-8" };
    }
  }
  if (text.includes("\u0000"))
    return { ok: false, reason: "looks like a binary file (it contains NUL bytes), not Markdown" };
  return { ok: true, text };
}

const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;

/**
 * One linear pass over the lines. Returns why the file is too complex to parse, or null. Nesting is estimated from
 * container markers and indentation (two columns per list level), which is what makes micromark slow.
 */
export function complexityProblem(text: string): { reason: string; line: number } | null {
  let lineNo = 0;
  let blockLength = 0;
  let blockStart = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    lineNo++;
    const length = end - start;
    // Cheap test first: only lines that start with whitespace or a container marker can nest.
    const first = text.charCodeAt(start);
    if (
      first === 32 ||
      first === 9 ||
      first === 62 ||
      first === 45 ||
      first === 42 ||
      first === 43 ||
      (first >= 48 && first <= 57)
    ) {
      const line = text.slice(start, Math.min(end, start + 4 * MAX_NESTING + 64));
      const m = CONTAINER_PREFIX.exec(line);
      const prefix = m ? m[0] : (/^[ \t]*/.exec(line)?.[0] ?? "");
      let depth = 0;
      let columns = 0;
      // Indentation before the first marker is two columns per list level; spaces after markers are separators.
      for (const ch of prefix) {
        if (ch === ">" || ch === "-" || ch === "*" || ch === "+" || ch === "." || ch === ")") depth++;
        else if (depth === 0) columns += ch === "\t" ? 4 : ch === " " ? 1 : 0;
      }
      const nesting = depth + Math.floor(columns / 2);
      if (nesting > MAX_NESTING) {
        return {
          reason: `nesting is deeper than ${MAX_NESTING} levels at line ${lineNo} (block quotes or lists); flatten it or exclude the file`,
          line: lineNo,
        };
      }
    }
    if (length > MAX_LINE_LENGTH) {
      return {
        reason: `line ${lineNo} is ${length.toLocaleString("en-US")} characters long (more than ${MAX_LINE_LENGTH.toLocaleString("en-US")}); break it up or exclude the file`,
        line: lineNo,
      };
    }
    if (length === 0 || text.slice(start, end).trim() === "") {
      blockLength = 0;
      blockStart = lineNo + 1;
    } else {
      blockLength += length + 1;
      if (blockLength > MAX_BLOCK_LENGTH) {
        return {
          reason: `the paragraph starting at line ${blockStart} is over ${MAX_BLOCK_LENGTH.toLocaleString("en-US")} characters without a blank line; split it or exclude the file`,
          line: blockStart,
        };
      }
    }
    start = end + 1;
  }
  return null;
}

/** Offsets of line starts, for turning an offset into line and column with a binary search. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf("\n");
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf("\n", i + 1);
  }
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}
