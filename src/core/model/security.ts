/** Details of the security dimension, shown in the report's security section. */
import type { SecurityFinding } from "../security/model.js";
import type { Severity } from "./report.js";

/** One vulnerability after de-duplication across tools: the parsed finding with every tool that reported it. */
export interface SecurityFindingView extends Omit<SecurityFinding, "tool" | "column" | "occurrences"> {
  /** Every tool that reported it. */
  tools: string[];
  /** Set when an accepted risk matched it. */
  acceptance?: { reason: string; expires: string; lapsed: boolean };
}

export type OwaspStatus = "pass" | "warn" | "fail";

export interface OwaspRow {
  /** `A01` … `A10`. */
  id: string;
  name: string;
  /** Open (scored) findings in this category. */
  findings: number;
  /** Accepted findings in this category (not scored). */
  accepted: number;
  worst: Severity | null;
  /** `fail`: an open critical or high finding; `warn`: open findings of lower severity; `pass`: none open. */
  status: OwaspStatus;
}

export interface SecurityToolRow {
  tool: string;
  version?: string;
  artifacts: string[];
  /** Findings as the tool reported them, before de-duplication. */
  reported: number;
}

export interface SecurityDetails {
  /** Open findings per severity (what the score is computed from). */
  severity: Record<Severity, number>;
  penalties: Record<Severity, number>;
  totals: {
    /** Findings in all files, before de-duplication. */
    reported: number;
    /** After de-duplication. */
    unique: number;
    open: number;
    accepted: number;
    lapsed: number;
    secrets: number;
  };
  owasp: OwaspRow[];
  /** Open findings with no OWASP category (no CWE, or a CWE OWASP does not map). */
  unmapped: number;
  tools: SecurityToolRow[];
  /** Open findings, worst first (at most 50; `totals.open` has the count). */
  top: SecurityFindingView[];
  /** Findings under an accepted risk that has not expired (not scored). */
  accepted: SecurityFindingView[];
  /** Findings whose acceptance expired: scored again. */
  lapsed: SecurityFindingView[];
  /** Accepted-risk entries that matched no finding (by position in the config, 1-based, with what they name). */
  unusedAcceptances: string[];
}
