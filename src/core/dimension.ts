import type { DimensionResultBase, Finding } from "./model/report.js";

/** What every dimension analyzer returns. */
export interface DimensionOutcome<R extends DimensionResultBase = DimensionResultBase> {
  result: R;
  findings: Finding[];
}

export function notAssessed<R extends DimensionResultBase>(target: number | null, reason: string): R {
  return { status: "not-assessed", score: null, target, metrics: {}, reason } as R;
}

/**
 * A dimension with nothing to assess but files that could not be read is an error, not "no data": an unreadable
 * artifact must not pass silently. `label` names the kind of file (`load-test`, `scanner`).
 */
export function unreadableAsError<R extends DimensionResultBase>(
  outcome: DimensionOutcome<R>,
  unreadable: readonly string[] | undefined,
  label: string,
): DimensionOutcome<R> {
  if (!unreadable?.length || outcome.result.status !== "not-assessed") return outcome;
  return {
    ...outcome,
    result: {
      ...outcome.result,
      status: "error",
      reason: `${unreadable.length} ${label} file(s) could not be read: ${unreadable.join(", ")}`,
    },
  };
}
