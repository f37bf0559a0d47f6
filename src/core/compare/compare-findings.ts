/**
 * New or already there: each finding of this run against the baseline's. Identity is not the line number (an
 * unrelated edit above a finding must not make it new): documentation findings carry a fingerprint of their
 * rule and the text they sit on; other findings are identified by rule and message. Paths the baseline knew by
 * another name (git's rename detection) are mapped first. Duplicates are matched one for one.
 */
import type { Finding } from "../model/report.js";

function identity(f: Finding, path: string | undefined): string {
  const what = f.dimension === "documentation" && f.fingerprint ? f.fingerprint : `${f.message}`;
  return `${f.dimension}\u0000${f.ruleId}\u0000${path ?? ""}\u0000${what}`;
}

export interface FindingComparison {
  /** This run's findings, each with `state`. */
  findings: Finding[];
  /** Baseline findings this run no longer has. */
  fixed: Finding[];
  renamed: number;
}

export const counts = (f: Finding) => f.scored !== false;

/** `renames`: baseline path → path in this run. */
export function compareFindings(
  current: readonly Finding[],
  baseline: readonly Finding[],
  renames: ReadonlyMap<string, string> = new Map(),
): FindingComparison {
  const pool = new Map<string, Finding[]>();
  let renamed = 0;
  for (const b of baseline) {
    const mapped = b.path !== undefined ? renames.get(b.path) : undefined;
    if (mapped !== undefined) renamed++;
    const key = identity(b, mapped ?? b.path);
    const list = pool.get(key);
    if (list) list.push(b);
    else pool.set(key, [b]);
  }
  const findings = current.map((f): Finding => {
    const list = pool.get(identity(f, f.path));
    const match = list?.shift();
    return { ...f, state: match ? "existing" : "new" };
  });
  const fixed = [...pool.values()].flat();
  return { findings, fixed, renamed };
}

/** Without a baseline report: findings in files the PR changed are new, the rest (and pathless ones) existing. */
export function markByChangedFiles(current: readonly Finding[], changed: ReadonlySet<string>): Finding[] {
  return current.map((f) => ({ ...f, state: f.path !== undefined && changed.has(f.path) ? "new" : "existing" }));
}
