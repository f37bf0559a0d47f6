/**
 * The one report model every renderer reads. Serialisable as JSON; `schemaVersion` changes only on a breaking change.
 * Totals are derived from findings and metrics, never stored twice.
 */
import type { Comparison } from "./comparison.js";
import type { ComplianceDetails } from "./compliance.js";
import type { DocumentationDetails } from "./documentation.js";
import type { PerformanceDetails } from "./performance.js";
import type { SecurityDetails } from "./security.js";
import type { Severity } from "./severity.js";

export const SCHEMA_VERSION = 1 as const;

export { SEVERITIES, SEVERITY_RANK, type Severity } from "./severity.js";

export const DIMENSIONS = ["documentation", "performance", "security", "compliance"] as const;
export type DimensionName = (typeof DIMENSIONS)[number];

/**
 * `nothing-assessed`: no dimension was assessed at all (no documentation selected, no artifact, no compliance
 * control), so there is nothing a `go` could stand on; a misconfigured gate must never read as a pass.
 */
export type Verdict = "go" | "conditional" | "no-go" | "nothing-assessed";

/** A metric value as gates and renderers see it. `null` means "not measured". */
export type MetricValue = number | null;

export interface Finding {
  dimension: DimensionName;
  /** Stable rule id, e.g. `missing-file`, `sarif/js/sql-injection`. */
  ruleId: string;
  severity: Severity;
  /** What is wrong and how to fix it. Plain text; renderers escape it. */
  message: string;
  /** Repository-relative path (POSIX separators) of the file the finding is about. */
  path?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The tool or check that produced it (`remark-validate-links`, `markdownlint`, `trivy`, …). */
  tool?: string;
  /** Where to read more. */
  url?: string;
  /** Stable identity across runs (used for de-duplication, accepted risks and "new since last run"). */
  fingerprint?: string;
  /** A finding that does not count towards the score (accepted risk, `warn`-level external link, …). */
  scored?: boolean;
  /** Set when the run compared with a baseline: whether the baseline had this finding. */
  state?: "new" | "existing";
}

export type DimensionStatus = "assessed" | "not-assessed" | "error";

export interface DimensionResultBase {
  status: DimensionStatus;
  /** Exact score 0..100 (not rounded), or null when not assessed. */
  score: number | null;
  target: number | null;
  /** Named numbers that gates may use as `<dimension>.<key>` and renderers show. */
  metrics: Record<string, MetricValue>;
  /** Why the dimension is `not-assessed` or `error`. */
  reason?: string;
}

export interface DocumentationResult extends DimensionResultBase {
  details?: DocumentationDetails;
}
export interface PerformanceResult extends DimensionResultBase {
  details?: PerformanceDetails;
}
export interface SecurityResult extends DimensionResultBase {
  details?: SecurityDetails;
}
export interface ComplianceResult extends DimensionResultBase {
  details?: ComplianceDetails;
}

export interface Dimensions {
  documentation: DocumentationResult;
  performance: PerformanceResult;
  security: SecurityResult;
  compliance: ComplianceResult;
}

export type ArtifactStatus = "parsed" | "unreadable" | "unrecognised";

export interface ArtifactEntry {
  path: string;
  /** Detected (or configured) format id, e.g. `locust-stats`, `sarif`; null when unrecognised. */
  format: string | null;
  dimension: "performance" | "security" | null;
  status: ArtifactStatus;
  /** One sentence: what is wrong with the file. */
  error?: string;
  bytes?: number;
}

export type GateKind = "blocking" | "conditional";
export type GateStatus = "passed" | "failed" | "skipped";

export interface GateResult {
  id: string;
  metric: string;
  kind: GateKind;
  status: GateStatus;
  /** true / false, or null when skipped. */
  passed: boolean | null;
  actual: MetricValue;
  min?: number;
  max?: number;
  /** Why it was skipped or failed, in one line (e.g. `performance.score 50 < 80`). */
  reason?: string;
}

export interface EmptyPattern {
  /** `artifact`: an artifact glob (config `artifacts` or the front door's own); `performance-baseline`: the baseline path. */
  kind: "artifact" | "performance-baseline";
  pattern: string;
}

export interface Risk {
  title: string;
  severity: Severity;
  source: string;
  mitigation: string;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: string; version: string };
  generatedAt: string;
  verdict: Verdict;
  /** Exact overall score, or null when no dimension was assessed. Shown rounded down. */
  score: number | null;
  recommendation: string;
  dimensions: Dimensions;
  findings: Finding[];
  artifacts: ArtifactEntry[];
  gates: GateResult[];
  risks: Risk[];
  /** Messages about the run itself (config warnings, skipped inputs). */
  notices: string[];
  /** Artifact and performance-baseline patterns that matched no file (shown next to the verdict). */
  emptyPatterns?: EmptyPattern[];
  /** How the findings compare with the PR's base, when the run had a baseline. */
  comparison?: Comparison;
  /** Where the run happened (filled by adapters; optional). */
  context?: { repository?: string; sha?: string; pullRequest?: number; runUrl?: string };
}
