/**
 * Applies a baseline to the run's findings: marks each new or existing, counts what the PR adds and fixes per
 * dimension (the `<dimension>.findings.new/existing/fixed` metrics the new-findings gates read) and decides what
 * the default gates count.
 */
import type { Config } from "../config/schema.js";
import type { BaselineInfo, Comparison, GateOn } from "../model/comparison.js";
import { DIMENSIONS, type Finding, type MetricValue, SEVERITIES } from "../model/report.js";
import { compareFindings, counts, markByChangedFiles } from "./compare-findings.js";

/** What a front door hands the assessment: a baseline report's findings, or the files the PR changed. */
export type ComparisonInput =
  | { baseline: BaselineInfo; findings: readonly Finding[]; renames?: ReadonlyMap<string, string> }
  | { baseline: BaselineInfo; changedFiles: ReadonlySet<string> };

export interface AppliedComparison {
  /** The run's findings per dimension, marked (unchanged when there is no comparison). */
  lists: Finding[][];
  metrics: Map<string, MetricValue>;
  gateOn: GateOn;
  comparison?: Comparison;
}

export function applyComparison(
  lists: Finding[][],
  input: ComparisonInput | undefined,
  config: Config,
  notices: string[],
): AppliedComparison {
  const wanted = config["gate-on"];
  if (!input) {
    if (wanted === "new")
      notices.push(
        "`gate-on: new` but no baseline is available (no base report or base commit): all findings are gated",
      );
    return { lists, metrics: new Map(), gateOn: "all" };
  }
  const metrics = new Map<string, MetricValue>();
  let fixedTotal = 0;
  let renamed = 0;
  const marked = lists.map((list) => {
    if ("changedFiles" in input) return markByChangedFiles(list, input.changedFiles);
    const dimension = list[0]?.dimension;
    const base = dimension ? input.findings.filter((f) => f.dimension === dimension) : [];
    const result = compareFindings(list, base, input.renames);
    renamed += result.renamed;
    return result.findings;
  });
  const all = marked.flat();
  for (const d of DIMENSIONS) {
    const mine = all.filter((f) => f.dimension === d && counts(f));
    metrics.set(`${d}.findings.new`, mine.filter((f) => f.state === "new").length);
    metrics.set(`${d}.findings.existing`, mine.filter((f) => f.state === "existing").length);
    if ("changedFiles" in input) metrics.set(`${d}.findings.fixed`, null);
    else {
      const inBase = input.findings.filter((f) => f.dimension === d && counts(f)).length;
      const fixed = inBase - mine.filter((f) => f.state === "existing").length;
      metrics.set(`${d}.findings.fixed`, Math.max(0, fixed));
      fixedTotal += Math.max(0, fixed);
    }
  }
  for (const s of SEVERITIES)
    metrics.set(
      `security.findings.new.${s}`,
      all.filter((f) => f.dimension === "security" && counts(f) && f.state === "new" && f.severity === s).length,
    );
  const gateOn: GateOn = wanted === "all" ? "all" : "new";
  const scored = all.filter(counts);
  return {
    lists: marked,
    metrics,
    gateOn,
    comparison: {
      gateOn,
      baseline: input.baseline,
      added: scored.filter((f) => f.state === "new").length,
      existing: scored.filter((f) => f.state === "existing").length,
      fixed: fixedTotal,
      renamed,
    },
  };
}
