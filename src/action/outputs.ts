/** The step's outputs (action.yml lists the same names). */
import { DIMENSIONS, type Report } from "../core/model/report.js";
import { displayScore } from "../core/scoring/metrics.js";
import type { CheckRunRef } from "../publish/check-run.js";
import type { CommentResult } from "../publish/comment.js";
import type { ActionHost } from "./host.js";

export function setOutputs(
  host: ActionHost,
  report: Report,
  files: { reportPath: string | null; sarifPath: string },
  comment: CommentResult | null,
  checkRun: CheckRunRef | null,
): void {
  const score = (s: number | null) => (s === null ? "" : displayScore(s));
  host.setOutput("verdict", report.verdict);
  host.setOutput("score", score(report.score));
  for (const d of DIMENSIONS) {
    const dim = report.dimensions[d];
    host.setOutput(`${d}-score`, dim.status === "assessed" ? score(dim.score) : "");
  }
  host.setOutput("report-path", files.reportPath ?? "");
  host.setOutput("sarif-file", files.sarifPath);
  host.setOutput("comment-id", comment ? String(comment.id) : "");
  host.setOutput("comment-url", comment?.url ?? "");
  host.setOutput("check-run-id", checkRun ? String(checkRun.id) : "");
  host.setOutput("check-run-url", checkRun?.url ?? "");
}
