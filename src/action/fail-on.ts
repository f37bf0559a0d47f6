/** Whether the verdict fails the step, by the `fail-on` input, and the sentence that says so. */
import type { Report } from "../core/model/report.js";
import { scoreText } from "../publish/check-output.js";
import type { ActionInputs } from "./inputs.js";

export function failOnMessage(report: Report, failOn: ActionInputs["fail-on"]): string | null {
  const fails =
    (failOn === "no-go" && report.verdict === "no-go") || (failOn === "conditional" && report.verdict !== "go");
  return fails
    ? `Readiness verdict is ${report.verdict} (${scoreText(report.score)}); \`fail-on: ${failOn}\` fails the step.`
    : null;
}
