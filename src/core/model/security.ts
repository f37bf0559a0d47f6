/**
 * The one security finding model every scanner parser feeds. A finding is either about code (a path and line), about a
 * dependency (package, version, fixed version) or about a running target (a URL, for DAST scanners).
 * Raw secret values never enter this model: parsers drop them when they read the file.
 */
import type { Severity } from "./severity.js";

export interface PackageRef {
  name: string;
  version?: string;
  /** The lowest version that fixes it, when the scanner knows one. */
  fixedVersion?: string;
  /** npm, PyPI, Go, alpine, … */
  ecosystem?: string;
}

export interface SecurityFinding {
  /** Scanner name in lower case (`trivy`, `semgrep oss`, `zap`, …). */
  tool: string;
  /** The scanner's rule or advisory id (`CVE-2021-23337`, `python.lang.security…`, `10038`). */
  ruleId: string;
  severity: Severity;
  /** One line saying what is wrong. Never contains a secret value. */
  title: string;
  /** CWE numbers (`79` for CWE-79). */
  cwes: number[];
  /** OWASP Top 10:2021 category id (`A03`), derived from the CWE or the kind of finding. */
  owasp?: string;
  /** Repository-relative path (or the scan target, for image scans). */
  path?: string;
  line?: number;
  column?: number;
  /** Where the finding ends (SARIF regions), when the tool says. */
  endLine?: number;
  endColumn?: number;
  package?: PackageRef;
  /** A URL of the running target (DAST), without query string. */
  url?: string;
  /** Advisory ids: CVE, GHSA, PYSEC, OSV ids. Upper case for CVE/GHSA. */
  aliases: string[];
  /** Stable identity: the same vulnerability at the same place gives the same value, whichever tool found it. */
  fingerprint: string;
  /** A leaked credential (only its type, file, line and fingerprint are kept). */
  secret: boolean;
  /** Where to read more (advisory page). */
  helpUrl?: string;
  /** What to do, when the scanner says (`upgrade lodash to 4.17.21`). */
  fix?: string;
  /** How many places (ZAP instances, npm nodes) the scanner reported for it. */
  occurrences?: number;
}

/** Details of the security dimension, shown in the report's security section. */

/** One vulnerability after de-duplication across tools: the parsed finding with every tool that reported it. */
export interface SecurityFindingView
  extends Omit<SecurityFinding, "tool" | "column" | "endLine" | "endColumn" | "occurrences"> {
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
