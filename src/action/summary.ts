/** The job summary: the report (with the previous run's scores), what was annotated, links and every warning. */
import type { Report } from "../core/model/report.js";
import { type PreviousScores, renderMarkdown } from "../core/render/markdown.js";
import type { CheckRunRef } from "../publish/check-run.js";
import type { CommentResult } from "../publish/comment.js";
import type { ActionHost } from "./host.js";

/** GitHub's job summary limit is 1 MiB; stay well inside it. */
export const SUMMARY_LIMIT = 900_000;

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
  const body = renderMarkdown(report, {
    maxLength: SUMMARY_LIMIT,
    ...(parts.fileBase ? { fileBase: parts.fileBase } : {}),
    ...(parts.previous ? { previous: parts.previous } : {}),
  });
  return `${[body, parts.annotationNote, links.join(" · "), ...warningLines].filter(Boolean).join("\n\n")}\n`;
}

/** A summary that cannot be written is a warning of its own (not in the summary, which failed). */
export async function writeJobSummary(host: ActionHost, report: Report, parts: SummaryParts): Promise<void> {
  try {
    await host.writeSummary(jobSummary(report, parts));
  } catch (e) {
    host.warning(`Could not write the job summary: ${(e as Error).message}`);
  }
}
