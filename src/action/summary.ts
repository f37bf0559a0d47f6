/** The job summary: the report (with the previous run's scores), what was annotated, links and every warning. */
import type { Report } from "../core/model/report.js";
import { type PreviousScores, renderMarkdown } from "../core/render/markdown.js";
import type { CheckRunRef } from "../publish/check-run.js";
import type { CommentResult } from "../publish/comment.js";
import type { ActionHost } from "./host.js";

/** GitHub's job summary limit: 1 MiB per step, counted in bytes (UTF-8), not characters. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
/** What the summary aims at, in bytes: the limit less room for the runner's own framing. */
export const SUMMARY_LIMIT = 1_000_000;

export interface SummaryParts {
  fileBase?: string;
  previous?: PreviousScores;
  annotationNote: string;
  checkRun: CheckRunRef | null;
  comment: CommentResult | null;
  dryRun: boolean;
  warnings: readonly string[];
}

export function jobSummary(report: Report, parts: SummaryParts): string {
  const links = [
    parts.checkRun ? `[Check run](${parts.checkRun.url})` : "",
    parts.comment ? `[PR comment](${parts.comment.url})` : "",
    parts.dryRun ? "_Dry run: nothing was written to GitHub._" : "",
  ].filter(Boolean);
  const warningLines = parts.warnings.map((w) => `> [!WARNING]\n> ${w.replace(/\r?\n/g, " ")}`);
  const compose = (maxLength: number) => {
    const body = renderMarkdown(report, {
      maxLength,
      // In a dry run, or when GitHub refused the check run, there is no check run to point at.
      checkRun: parts.checkRun !== null,
      ...(parts.fileBase ? { fileBase: parts.fileBase } : {}),
      ...(parts.previous ? { previous: parts.previous } : {}),
    });
    return `${[body, parts.annotationNote, links.join(" · "), ...warningLines].filter(Boolean).join("\n\n")}\n`;
  };
  // The renderer counts characters; a report full of non-ASCII text is up to 3 bytes per character.
  let maxLength = SUMMARY_LIMIT;
  let out = compose(maxLength);
  for (let i = 0; i < 5 && Buffer.byteLength(out, "utf8") > SUMMARY_LIMIT; i++) {
    maxLength = Math.floor((maxLength * SUMMARY_LIMIT * 0.97) / Buffer.byteLength(out, "utf8"));
    out = compose(maxLength);
  }
  return out;
}

/** Writes the summary; a failure to write it is a warning, never the step's failure. */
export async function writeJobSummary(host: ActionHost, markdown: string): Promise<void> {
  await host
    .writeSummary(markdown)
    .catch((e) => host.warning(`Could not write the job summary: ${(e as Error).message}`));
}
