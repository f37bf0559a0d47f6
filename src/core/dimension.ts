import type { DimensionResultBase, Finding } from "./model/report.js";

/** What every dimension analyzer returns. */
export interface DimensionOutcome<R extends DimensionResultBase = DimensionResultBase> {
  result: R;
  findings: Finding[];
}

export function notAssessed<R extends DimensionResultBase>(target: number | null, reason: string): R {
  return { status: "not-assessed", score: null, target, metrics: {}, reason } as R;
}
