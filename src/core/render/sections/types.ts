import type { Report } from "../../model/report.js";

export interface RenderContext {
  /** Base URL for file links, e.g. `https://github.com/o/r/blob/<sha>`. */
  fileBase?: string;
  /** At most this many findings listed per section (the rest are counted). */
  maxFindings: number;
  /** Whether a check run carries the full list and the annotations (false: the CLI, a dry run). Default true. */
  checkRun?: boolean;
}

/** Where a reader finds what a section left out: the check run when there is one, else the JSON report. */
export function elsewhere(ctx: RenderContext, annotations = false): string {
  if (ctx.checkRun === false) return "the JSON report";
  return annotations ? "the check run annotations" : "the check run";
}

/** A dimension's part of the Markdown report. */
export interface MarkdownSection {
  /** Summary line of the folded section (already escaped). */
  summary: string;
  /** Full body. */
  body: string;
  /** A shorter body used when the whole comment would exceed its budget. */
  compactBody: string;
}

export type MarkdownSectionRenderer = (report: Report, ctx: RenderContext) => MarkdownSection | null;

/** A dimension's part of the terminal report: lines without trailing newlines. */
export type TextSectionRenderer = (report: Report, ctx: RenderContext) => string[];
