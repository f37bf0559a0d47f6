/** Small helpers the load-test parsers share: tolerant number reading, scenario names from paths, CSV options. */
import { Readable } from "node:stream";
import { type Options as CsvOptions, parse as parseCsvStream } from "csv-parse";
import { parse as parseCsvSync } from "csv-parse/sync";
import type { ArtifactSource } from "../source.js";
import { UnreadableArtifactError } from "../source.js";

/**
 * Reads a number from a cell or JSON value. Strings holding numbers are accepted (`"400.0"`, `" 12 "`); empty
 * cells, `N/A`, `NaN` and anything else give `undefined`, never 0.
 */
export function num(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  if (t === "" || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** The file name without directories. */
export function baseName(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? path : path.slice(i + 1);
}

/** The directory part of a path ("" for none). */
export function dirName(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

/** A scenario name from a file name: the base name without the given suffixes (matched case-insensitively). */
export function scenarioFromPath(path: string, suffixes: readonly RegExp[]): string {
  let name = baseName(path);
  for (const s of suffixes) {
    const stripped = name.replace(s, "");
    if (stripped !== name && stripped !== "") {
      name = stripped;
      break;
    }
  }
  return name;
}

/**
 * csv-parse options for tool output: records end in LF, CRLF or `\r\r\n` (Python's csv module on Windows writes
 * `\r\n` through a text-mode file), quoted fields may span lines, and a BOM is dropped.
 */
export const CSV_OPTIONS: CsvOptions = {
  bom: true,
  record_delimiter: ["\r\r\n", "\r\n", "\n"],
  skip_empty_lines: true,
  relax_column_count: true,
};

/** Case- and space-insensitive header lookup: the index of the first column whose name matches one of `names`. */
export function columnIndex(header: readonly string[], names: readonly string[]): number {
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
  const wanted = names.map(norm);
  return header.findIndex((h) => wanted.includes(norm(h)));
}

/** Rounds to a fixed number of decimals to keep derived figures free of floating-point noise. */
export function round(n: number, decimals = 6): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

/** Credentials in messages and request names that load-test tools copy from requests are masked in one place. */
export { redact } from "../../util/redact.js";

/** The first non-blank line of a head, without a BOM (some tools and shell redirects write blank lines first). */
export function firstLine(head: string): string {
  const h = (head.charCodeAt(0) === 0xfeff ? head.slice(1) : head).replace(/^(?:[ \t]*\r?\n)+/, "");
  const end = h.search(/\r|\n/);
  return end < 0 ? h : h.slice(0, end);
}

/** Parses a whole (small) CSV file into records; a CSV syntax error becomes an UnreadableArtifactError. */
export async function readCsv(source: ArtifactSource, options: CsvOptions = {}): Promise<string[][]> {
  const text = (await source.text()).replace(/^\uFEFF/, "");
  try {
    return parseCsvSync(text, { ...CSV_OPTIONS, ...options }) as string[][];
  } catch (e) {
    throw new UnreadableArtifactError(`not valid CSV: ${(e as Error).message}`);
  }
}

/**
 * Streams CSV records from `source.chunks()` so a file of any size is read in bounded memory; the caller keeps
 * only what it needs from each record.
 */
export async function* streamCsv(source: ArtifactSource, options: CsvOptions = {}): AsyncGenerator<string[]> {
  const parser = parseCsvStream({ ...CSV_OPTIONS, ...options });
  const input = Readable.from(source.chunks());
  input.on("error", (e) => parser.destroy(e));
  input.pipe(parser);
  try {
    for await (const record of parser) yield record as string[];
  } catch (e) {
    if (e instanceof UnreadableArtifactError) throw e;
    throw new UnreadableArtifactError(`not valid CSV: ${(e as Error).message}`);
  } finally {
    input.destroy();
  }
}
