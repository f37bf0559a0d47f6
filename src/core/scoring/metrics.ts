/**
 * The metric namespace gates and `metric` evidence use: `overall.score` and `<dimension>.<key>` for every key of a
 * dimension's `metrics` plus its `score`. Patterns of known metrics are listed here so that a gate on a misspelt
 * metric is a config error rather than a silently skipped gate.
 */
import { DIMENSIONS, type Dimensions, type MetricValue } from "../model/report.js";

export const KNOWN_METRICS: { pattern: RegExp; doc: string }[] = [
  { pattern: /^overall\.score$/, doc: "overall.score: the weighted mean of the assessed dimensions" },
  {
    pattern: /^(documentation|performance|security|compliance)\.score$/,
    doc: "<dimension>.score: a dimension's score (0-100)",
  },
  {
    pattern:
      /^documentation\.(files|lines|broken-links|broken-anchors|broken-external-links|invalid-code-blocks|missing-language|lint-errors|findings|unreadable|suppressed|ignored-links|(links|anchors|code-blocks|external-links)-(checked|valid))$/,
    doc: "documentation.<count>: files, lines, broken-links, broken-anchors, broken-external-links, invalid-code-blocks, missing-language, lint-errors, findings, unreadable, suppressed (findings suppressed by comments), ignored-links (links not checked because of ignore-links), and links-, anchors-, code-blocks-, external-links-checked / -valid",
  },
  {
    pattern: /^security\.findings\.(critical|high|medium|low|info|total)$/,
    doc: "security.findings.<severity>: open (not accepted) findings of that severity, or total",
  },
  {
    pattern: /^security\.(accepted|expired-acceptances|secrets)$/,
    doc: "security.accepted, security.expired-acceptances, security.secrets",
  },
  {
    pattern: /^performance\.sla\.[a-z0-9-]+$/,
    doc: "performance.sla.<metric>: the actual value of an SLA metric on the SLA scenario (e.g. performance.sla.p95-ms)",
  },
  {
    pattern: /^performance\.(sla-met|sla-evaluated|regressions|runs|threshold-failures)$/,
    doc: "performance.sla-met, performance.sla-evaluated, performance.regressions, performance.runs, performance.threshold-failures",
  },
  {
    pattern: /^compliance\.(passed|failed|declared)$/,
    doc: "compliance.passed, compliance.failed, compliance.declared: control counts",
  },
  {
    pattern: /^(documentation|performance|security|compliance)\.findings\.(new|existing|fixed)$/,
    doc: "<dimension>.findings.new / .existing / .fixed: scored findings the PR's base does not have / has too / had and this run no longer has (measured only when the run compares with a baseline)",
  },
  {
    pattern: /^security\.findings\.new\.(critical|high|medium|low|info)$/,
    doc: "security.findings.new.<severity>: new open findings of that severity (measured only when the run compares with a baseline)",
  },
];

export function isKnownMetric(metric: string): boolean {
  return KNOWN_METRICS.some((m) => m.pattern.test(metric));
}

export function collectMetrics(dimensions: Dimensions, overall: number | null): Map<string, MetricValue> {
  const out = new Map<string, MetricValue>();
  out.set("overall.score", overall);
  for (const d of DIMENSIONS) {
    const dim = dimensions[d];
    out.set(`${d}.score`, dim.score);
    for (const [k, v] of Object.entries(dim.metrics)) out.set(`${d}.${k}`, v);
  }
  return out;
}

/** Scores are exact inside; shown rounded down so nothing passes by rounding. */
export function displayScore(score: number | null): string {
  if (score === null) return "n/a";
  return String(Math.floor(score + 1e-9));
}
