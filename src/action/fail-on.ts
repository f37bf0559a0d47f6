/** Whether the verdict fails the step, by the `fail-on` and `allow-empty` inputs, and the sentence that says so. */
import type { Report } from "../core/model/report.js";
import { scoreText } from "../publish/check-output.js";
import type { ActionInputs } from "./inputs.js";

export function failOnMessage(
  report: Report,
  failOn: ActionInputs["fail-on"],
  allowEmpty: ActionInputs["allow-empty"] = false,
): string | null {
  // A gate that assessed nothing is misconfigured until the workflow says an empty run is expected.
  if (report.verdict === "nothing-assessed")
    return allowEmpty || failOn === "never"
      ? null
      : "Nothing was assessed (no documentation, no report, no compliance control); set `allow-empty: true` if that is expected.";
  const fails =
    (failOn === "no-go" && report.verdict === "no-go") || (failOn === "conditional" && report.verdict !== "go");
  return fails
    ? `Readiness verdict is ${report.verdict} (${scoreText(report.score)}); \`fail-on: ${failOn}\` fails the step.`
    : null;
}
