import type { MarkdownSectionRenderer, TextSectionRenderer } from "./types.js";

/** The performance part of the Markdown report (null when there is nothing to show). */
export const performanceMarkdown: MarkdownSectionRenderer = (_report, _ctx) => null;

/** The performance part of the terminal report. */
export const performanceText: TextSectionRenderer = (_report, _ctx) => [];
