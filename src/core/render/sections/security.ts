import type { MarkdownSectionRenderer, TextSectionRenderer } from "./types.js";

/** The security part of the Markdown report (null when there is nothing to show). */
export const securityMarkdown: MarkdownSectionRenderer = (_report, _ctx) => null;

/** The security part of the terminal report. */
export const securityText: TextSectionRenderer = (_report, _ctx) => [];
