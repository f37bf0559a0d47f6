import type { MarkdownSectionRenderer, TextSectionRenderer } from "./types.js";

/** The compliance part of the Markdown report (null when there is nothing to show). */
export const complianceMarkdown: MarkdownSectionRenderer = (_report, _ctx) => null;

/** The compliance part of the terminal report. */
export const complianceText: TextSectionRenderer = (_report, _ctx) => [];
