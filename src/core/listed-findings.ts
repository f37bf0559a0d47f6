/** Which findings the report lists (counts, scores and gates always use all of them). */
import type { Finding } from "./model/report.js";
import { SEVERITY_RANK } from "./model/report.js";

/**
 * The report lists at most this many findings per dimension, most severe first. Scores, metrics and counts use
 * every finding; the cap keeps a 100 MB scanner output from turning into a report of hundreds of thousands of
 * entries that no reader opens (and that would cost several times the input's size in memory).
 */
export const MAX_LISTED_FINDINGS = 5000;

/**
 * The largest per-rule cap at which the capped counts still fit in `total`: a rule with few findings keeps them
 * all, and the rules with many share what is left equally, so no rule loses all its examples to a noisier one.
 * Never below 1: with more rules than room, the overall cap then picks the most severe.
 */
export function perRuleCap(counts: readonly number[], total: number): number {
  const sorted = [...counts].sort((a, b) => a - b);
  let left = total;
  for (let i = 0; i < sorted.length; i++) {
    const share = Math.floor(left / (sorted.length - i));
    const n = sorted[i] as number;
    if (n > share) return Math.max(1, share);
    left -= n;
  }
  return Number.POSITIVE_INFINITY;
}

/** Most severe first; within a severity, what the PR adds before what was already on its base. */
const rank = (a: Finding, b: Finding) =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
  (a.state === "existing" ? 1 : 0) - (b.state === "existing" ? 1 : 0);

export function listedFindings(list: Finding[], notices: string[]): Finding[] {
  if (list.length <= MAX_LISTED_FINDINGS) return list;
  const dimension = list[0]?.dimension ?? "";
  const byRule = new Map<string, number[]>();
  list.forEach((f, i) => {
    const at = byRule.get(f.ruleId);
    if (at) at.push(i);
    else byRule.set(f.ruleId, [i]);
  });
  const cap = perRuleCap(
    [...byRule.values()].map((v) => v.length),
    MAX_LISTED_FINDINGS,
  );
  const keep: number[] = [];
  for (const indices of byRule.values()) {
    // A stable sort keeps each analyzer's own order within a severity.
    const ranked = [...indices].sort((a, b) => rank(list[a] as Finding, list[b] as Finding));
    keep.push(...ranked.slice(0, cap));
  }
  const perRule =
    byRule.size > 1 && byRule.size <= MAX_LISTED_FINDINGS
      ? `, at most ${cap.toLocaleString("en-US")} per rule so that every rule keeps examples`
      : "";
  notices.push(
    `${list.length.toLocaleString("en-US")} ${dimension} findings: the report lists the ${MAX_LISTED_FINDINGS.toLocaleString("en-US")} most severe${perRule}; scores and counts include all of them`,
  );
  keep.sort((a, b) => a - b);
  // Then the overall cap (it bites only when there are more rules than room), most severe first.
  return keep
    .map((i) => list[i] as Finding)
    .sort(rank)
    .slice(0, MAX_LISTED_FINDINGS);
}
