/** The one security finding model every scanner parser feeds. Filled in by the security issue. */
export interface SecurityFinding {
  tool: string;
  ruleId: string;
  severity: import("../model/report.js").Severity;
  title: string;
  [key: string]: unknown;
}
