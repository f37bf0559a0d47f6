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
/**
 * A file longer than this (characters) is not parsed. Both parsers are at best linear, but not free: dense lists
 * cost up to about 35 µs per character in remark and markdownlint together. Real trees hold files of 1.4 MB.
 */
export const MAX_MARKDOWN_CHARS = 2_000_000;
/**
 * Blocks (paragraphs, list items, headings, table rows, code blocks) and lines in one file. Memory, not time, is
 * what a long file runs out of: each parser keeps about 17 KB per list item, and a 2 MB list of 500,000 items
 * exhausted a 4 GB heap. 25,000 blocks stay under about 1 GB for both parsers together.
 */
export const MAX_BLOCKS = 25_000;
export const MAX_LINES = 100_000;
/**
 * Link and emphasis delimiters (`[`, `]`, `*`, `_`, `<`, `` ` ``, `~`) in one paragraph. Both Markdown parsers
 * match them against each other, which is quadratic on CommonMark's pathological inputs (unclosed brackets,
 * mismatched emphasis, `<!--` floods): 20,000 of them took 5 s, 2,000 take 50 ms.
 */
export const MAX_PARAGRAPH_DELIMITERS = 3_000;
/** The sum over paragraphs of delimiters² in one file: the quadratic work, bounded to about half a second. */
export const MAX_INLINE_WORK = 25_000_000;
/** Pipes on one line: markdownlint's table rules grow faster than quadratically with the cells of a row. */
export const MAX_TABLE_CELLS = 64;
/** Rows of one table: both parsers are quadratic in a table's rows (12,000 rows took 20 s, 1,000 take 0.15 s). */
export const MAX_TABLE_ROWS = 1_000;
/**
 * Cells of one table and of all tables in a file: each cell costs both parsers about half a millisecond, and
 * more than linearly in wide tables (128 columns by 300 rows took 75 s, two tables of 10,000 cells 22 s).
 */
export const MAX_TABLE_CELLS_PER_TABLE = 5_000;
export const MAX_TABLE_CELLS_PER_FILE = 10_000;

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

/** Whether a line (container markers already removed) starts a block that ends the paragraph before it. */
function interruptsParagraph(rest: string): boolean {
  return /^(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]+\S|1[.)][ \t]+\S|(?:`{3,}|~{3,}))/.test(rest);
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
/** Cells of a table row: pipes not escaped, without the optional outer ones. */
function cellCount(row: string): number {
  const t = row
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  let n = 1;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 124 && t.charCodeAt(i - 1) !== 92) n++;
  return n;
}

const TABLE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * One linear pass over the lines. Returns why the file is too complex to parse, or null. Nesting is estimated from
 * container markers and indentation (two columns per list level), which is what makes micromark slow; delimiters
 * are counted per paragraph (outside code fences; each table row is its own unit), pipes per line.
 */
export function complexityProblem(text: string): { reason: string; line: number } | null {
  let lineNo = 0;
  let blockLength = 0;
  let blockStart = 1;
  let start = 0;
  let fence: string | null = null;
  let inTable = false;
  let delimiters = 0;
  let paragraphStart = 1;
  let work = 0;
  let previous = "";
  let rows = 0;
  let cells = 0;
  let fileCells = 0;
  let blocks = 0;
  const endParagraph = () => {
    work += delimiters * delimiters;
    delimiters = 0;
  };
  const endTable = () => {
    rows = 0;
    cells = 0;
    inTable = false;
  };
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    lineNo++;
    if (lineNo > MAX_LINES) {
      return {
        reason: `it has more than ${MAX_LINES.toLocaleString("en-US")} lines, the budget per file; split it or exclude the file`,
        line: lineNo,
      };
    }
    const length = end - start;
    // Cheap test first: only lines that start with whitespace or a container marker can nest.
    const first = text.charCodeAt(start);
    let prefixLength = 0;
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
      // Only block-quote markers and indentation are stripped: a list marker itself starts a new paragraph.
      prefixLength = /^[ \t>]*/.exec(line)?.[0].length ?? 0;
    }
    if (length > MAX_LINE_LENGTH) {
      return {
        reason: `line ${lineNo} is ${length.toLocaleString("en-US")} characters long (more than ${MAX_LINE_LENGTH.toLocaleString("en-US")}); break it up or exclude the file`,
        line: lineNo,
      };
    }
    const content = text.slice(start, end);
    const blank = length === 0 || content.trim() === "";
    if (blank) {
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
    const rest = content.slice(prefixLength);
    const fenceMatch = FENCE.exec(rest);
    if (fence !== null) {
      // Inside a code fence nothing is parsed inline; a fence of the same character, at least as long, closes it.
      if (
        fenceMatch &&
        fenceMatch[1]![0] === fence[0] &&
        fenceMatch[1]!.length >= fence.length &&
        rest.trim() === fenceMatch[1]
      )
        fence = null;
    } else if (fenceMatch) {
      endParagraph();
      endTable();
      blocks++;
      fence = fenceMatch[1]!;
    } else if (blank) {
      endParagraph();
      endTable();
      paragraphStart = lineNo + 1;
    } else {
      let pipes = 0;
      let count = 0;
      for (let i = start + prefixLength; i < end; i++) {
        const c = text.charCodeAt(i);
        // [ ] * _ < ` ~
        if (c === 91 || c === 93 || c === 42 || c === 95 || c === 60 || c === 96 || c === 126) count++;
        else if (c === 124) pipes++;
      }
      if (pipes > MAX_TABLE_CELLS) {
        return {
          reason: `line ${lineNo} has ${pipes.toLocaleString("en-US")} table cell separators (more than ${MAX_TABLE_CELLS}); split the table or exclude the file`,
          line: lineNo,
        };
      }
      // A table starts at a delimiter row under a header row of as many cells (GFM); from there on every line is
      // a row until a blank line.
      if (!inTable && rest.includes("|") && TABLE_DELIMITER_ROW.test(rest) && previous.includes("|"))
        inTable = cellCount(rest) === cellCount(previous);
      if (inTable && ++rows > MAX_TABLE_ROWS) {
        return {
          reason: `a table has more than ${MAX_TABLE_ROWS.toLocaleString("en-US")} rows by line ${lineNo}, the budget per table; split it or exclude the file`,
          line: lineNo,
        };
      }
      if (inTable) {
        const n = cellCount(rest);
        cells += n;
        fileCells += n;
        if (cells > MAX_TABLE_CELLS_PER_TABLE || fileCells > MAX_TABLE_CELLS_PER_FILE) {
          const per = cells > MAX_TABLE_CELLS_PER_TABLE ? "table" : "file";
          const max = per === "table" ? MAX_TABLE_CELLS_PER_TABLE : MAX_TABLE_CELLS_PER_FILE;
          return {
            reason: `its tables have more than ${max.toLocaleString("en-US")} cells ${per === "table" ? "in one table" : "in all"} by line ${lineNo}, the budget per ${per}; split them or exclude the file`,
            line: lineNo,
          };
        }
      }
      // Each table row, and each block that interrupts a paragraph, is parsed inline on its own.
      if (inTable || interruptsParagraph(rest)) {
        endParagraph();
        paragraphStart = lineNo;
        blocks++;
      } else if (previous === "") blocks++;
      if (blocks > MAX_BLOCKS) {
        return {
          reason: `it has more than ${MAX_BLOCKS.toLocaleString("en-US")} blocks (paragraphs, list items, headings, table rows) by line ${lineNo}, the budget per file; split it or exclude the file`,
          line: lineNo,
        };
      }
      delimiters += count;
      if (delimiters > MAX_PARAGRAPH_DELIMITERS) {
        return {
          reason: `the paragraph starting at line ${paragraphStart} has more than ${MAX_PARAGRAPH_DELIMITERS.toLocaleString("en-US")} link and emphasis delimiters ([ ] * _ < \` ~), the budget per paragraph; split it or exclude the file`,
          line: paragraphStart,
        };
      }
      if (work + delimiters * delimiters > MAX_INLINE_WORK) {
        return {
          reason: `it has more link and emphasis delimiters ([ ] * _ < \` ~) than the budget per file allows (by line ${lineNo}: the sum over paragraphs of delimiters squared is over ${MAX_INLINE_WORK.toLocaleString("en-US")}); split it or exclude the file`,
          line: lineNo,
        };
      }
    }
    previous = blank ? "" : rest;
    start = end + 1;
  }
  // Checked last so that a more specific problem (a line, a paragraph) is named first.
  if (text.length > MAX_MARKDOWN_CHARS) {
    return {
      reason: `it is ${text.length.toLocaleString("en-US")} characters long (more than ${MAX_MARKDOWN_CHARS.toLocaleString("en-US")}, the budget per file); split it or exclude the file`,
      line: 1,
    };
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
