import type { MarkdownSectionRenderer, TextSectionRenderer } from "./types.js";

/** The documentation part of the Markdown report (null when there is nothing to show). */
export const documentationMarkdown: MarkdownSectionRenderer = (_report, _ctx) => null;

/** The documentation part of the terminal report. */
export const documentationText: TextSectionRenderer = (_report, _ctx) => [];
