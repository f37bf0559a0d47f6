import type { Config } from "../config/schema.js";
import { DIMENSIONS, type Dimensions, type GateResult, type Verdict } from "../model/report.js";

/** Whether no dimension was assessed at all (errors count as assessed: they fail their gates). */
export function nothingAssessed(dimensions: Dimensions): boolean {
  return DIMENSIONS.every((d) => dimensions[d].status === "not-assessed");
}

export function verdictFrom(gates: readonly GateResult[], dimensions?: Dimensions): Verdict {
  if (gates.some((g) => g.status === "failed" && g.kind === "blocking")) return "no-go";
  // With nothing assessed every gate was skipped: that is no evidence, not a pass.
  if (dimensions && nothingAssessed(dimensions)) return "nothing-assessed";
  if (gates.some((g) => g.status === "failed" && g.kind === "conditional")) return "conditional";
  return "go";
}

export const DEFAULT_RECOMMENDATIONS: Record<Verdict, string> = {
  go: "Deploy: every gate holds.",
  conditional:
    "Deploy with a staged rollout and close monitoring; the failed conditional gates are the risks to watch.",
  "no-go": "Do not deploy: fix the blocking items first.",
  "nothing-assessed":
    "Do not rely on this result: nothing was assessed. Point the config at the documentation, the artifacts or the compliance controls to assess.",
};

export function recommendationFor(verdict: Verdict, config: Config): string {
  return config.recommendation[verdict] ?? DEFAULT_RECOMMENDATIONS[verdict];
}
