import type { Report } from "../../model/report.js";

export interface RenderContext {
  /** Base URL for file links, e.g. `https://github.com/o/r/blob/<sha>`. */
  fileBase?: string;
  /** At most this many findings listed per section (the rest are counted). */
  maxFindings: number;
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
