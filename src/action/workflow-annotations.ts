/**
 * Findings as workflow-command annotations (`::error file=…,line=…::…`) when no check run carries them: in a dry
 * run, or with a read-only token (a fork's pull_request), the PR still gets inline feedback without any write
 * permission. GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and 50 per job), so
 * the most severe of each level are sent, capped by the `annotations` input.
 */
import type { Report } from "../core/model/report.js";
import { type AnnotationLevel, planAnnotations } from "../publish/annotations.js";
import type { ActionHost, AnnotationProperties } from "./host.js";

/** GitHub's per-step limit for each level. */
export const STEP_LIMIT_PER_LEVEL = 10;

const COMMAND_LEVEL: Record<AnnotationLevel, "error" | "warning" | "notice"> = {
  failure: "error",
  warning: "warning",
  notice: "notice",
};

export interface WorkflowAnnotationCount {
  /** Annotations written as workflow commands. */
  written: number;
  /** Findings that could be annotated (they have a file and a line). */
  eligible: number;
}

/** Sends the annotations; returns how many were written of how many findings could be. */
export function emitWorkflowAnnotations(
  host: ActionHost,
  report: Report,
  pathPrefix: string,
  cap: number,
): WorkflowAnnotationCount {
  const plan = planAnnotations(report.findings, Number.MAX_SAFE_INTEGER, pathPrefix);
  const sent: Record<AnnotationLevel, number> = { failure: 0, warning: 0, notice: 0 };
  let total = 0;
  for (const a of plan.annotations) {
    if (total >= cap) break;
    if (sent[a.annotation_level] >= STEP_LIMIT_PER_LEVEL) continue;
    const props: AnnotationProperties = {
      file: a.path,
      startLine: a.start_line,
      endLine: a.end_line,
      title: a.title,
      ...(a.start_column !== undefined ? { startColumn: a.start_column } : {}),
      ...(a.end_column !== undefined ? { endColumn: a.end_column } : {}),
    };
    host.annotate(COMMAND_LEVEL[a.annotation_level], a.message, props);
    sent[a.annotation_level]++;
    total++;
  }
  return { written: total, eligible: plan.annotations.length };
}

/** The job summary's sentence on them: what was written, and why not more. */
export function workflowAnnotationNote(count: WorkflowAnnotationCount, reason: string): string {
  if (count.eligible === 0) return "";
  const { written, eligible } = count;
  const what = `${written} of ${eligible} finding${eligible === 1 ? "" : "s"} with a file and line ${written === 1 ? "was" : "were"} written as workflow-command annotations (${reason})`;
  return written < eligible
    ? `${what}; GitHub shows at most ${STEP_LIMIT_PER_LEVEL} per level in a step, within the \`annotations\` input. The JSON report has all findings.`
    : `${what}.`;
}
