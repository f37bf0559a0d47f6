import type { Config } from "../config/schema.js";
import type { GateResult, Verdict } from "../model/report.js";

export function verdictFrom(gates: readonly GateResult[]): Verdict {
  if (gates.some((g) => g.status === "failed" && g.kind === "blocking")) return "no-go";
  if (gates.some((g) => g.status === "failed" && g.kind === "conditional")) return "conditional";
  return "go";
}

export const DEFAULT_RECOMMENDATIONS: Record<Verdict, string> = {
  go: "Deploy: every gate holds.",
  conditional:
    "Deploy with a staged rollout and close monitoring; the failed conditional gates are the risks to watch.",
  "no-go": "Do not deploy: fix the blocking items first.",
};

export function recommendationFor(verdict: Verdict, config: Config): string {
  return config.recommendation[verdict] ?? DEFAULT_RECOMMENDATIONS[verdict];
}
