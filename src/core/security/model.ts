/**
 * The one security finding model every scanner parser feeds. A finding is either about code (a path and line), about a
 * dependency (package, version, fixed version) or about a running target (a URL, for DAST scanners).
 * Raw secret values never enter this model: parsers drop them when they read the file.
 */
import type { Severity } from "../model/report.js";

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
