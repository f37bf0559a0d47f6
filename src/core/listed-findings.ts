/** Which findings the report lists (counts, scores and gates always use all of them). */
import type { Finding } from "./model/report.js";
import { SEVERITY_RANK } from "./model/report.js";

/**
 * The report lists at most this many findings per dimension, most severe first. Scores, metrics and counts use
 * every finding; the cap keeps a 100 MB scanner output from turning into a report of hundreds of thousands of
 * entries that no reader opens (and that would cost several times the input's size in memory).
 */
export const MAX_LISTED_FINDINGS = 5000;

export function listedFindings(list: Finding[], notices: string[]): Finding[] {
  if (list.length <= MAX_LISTED_FINDINGS) return list;
  const dimension = list[0]?.dimension ?? "";
  notices.push(
    `${list.length.toLocaleString("en-US")} ${dimension} findings: the report lists the ${MAX_LISTED_FINDINGS.toLocaleString("en-US")} most severe; scores and counts include all of them`,
  );
  // A stable sort keeps each analyzer's own order within a severity.
  return [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]).slice(0, MAX_LISTED_FINDINGS);
}
