import type { Config, GateConfig } from "../config/schema.js";
import type { GateOn } from "../model/comparison.js";
import { DIMENSIONS, type DimensionName, type Dimensions, type GateResult, type MetricValue } from "../model/report.js";
import { displayScore } from "./metrics.js";

/**
 * The default gates: the seed report's go / no-go criteria, with thresholds from each dimension's `target`. When
 * the run gates on new findings, a PR is judged by what it adds: no new critical or high security finding, no new
 * documentation or compliance finding; dimension scores stay whole-repository numbers and are shown, and the
 * performance score (measured per run, not inherited) still decides the conditional gate.
 */
export function defaultGates(config: Config, gateOn: GateOn = "all"): GateConfig[] {
  if (gateOn === "new")
    return [
      { id: "no-new-critical-findings", metric: "security.findings.new.critical", max: 0, kind: "blocking" },
      { id: "no-new-high-findings", metric: "security.findings.new.high", max: 0, kind: "blocking" },
      { id: "no-new-documentation-findings", metric: "documentation.findings.new", max: 0, kind: "blocking" },
      { id: "no-new-compliance-findings", metric: "compliance.findings.new", max: 0, kind: "blocking" },
      { id: "performance-score", metric: "performance.score", min: config.performance.target, kind: "conditional" },
    ];
  return [
    { id: "no-critical-findings", metric: "security.findings.critical", max: 0, kind: "blocking" },
    { id: "no-high-findings", metric: "security.findings.high", max: 0, kind: "blocking" },
    { id: "compliance-score", metric: "compliance.score", min: config.compliance.target, kind: "blocking" },
    { id: "documentation-score", metric: "documentation.score", min: config.documentation.target, kind: "blocking" },
    { id: "security-score", metric: "security.score", min: config.security.target, kind: "blocking" },
    { id: "performance-score", metric: "performance.score", min: config.performance.target, kind: "conditional" },
  ];
}

export function gateId(g: GateConfig): string {
  if (g.id) return g.id;
  const bound = g.min !== undefined ? `min-${g.min}` : `max-${g.max}`;
  return `${g.metric}-${bound}`;
}

function fmt(metric: string, v: number): string {
  // Scores show rounded down, like everywhere else; counts and measurements as they are.
  if (metric.endsWith(".score")) return displayScore(v);
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
}

export function evaluateGates(
  config: Config,
  dimensions: Dimensions,
  metrics: ReadonlyMap<string, MetricValue>,
  gateOn: GateOn = "all",
): GateResult[] {
  const required = new Set<DimensionName>(config["required-dimensions"]);
  const results: GateResult[] = [];
  for (const d of required) {
    const dim = dimensions[d];
    const ok = dim.status === "assessed";
    results.push({
      id: `required-${d}`,
      metric: `${d}.score`,
      kind: "blocking",
      status: ok ? "passed" : "failed",
      passed: ok,
      actual: dim.score,
      ...(ok
        ? {}
        : {
            reason: `${d} is required but ${dim.status === "error" ? "failed" : "was not assessed"}${dim.reason ? `: ${dim.reason}` : ""}`,
          }),
    });
  }
  for (const g of config.gates ?? defaultGates(config, gateOn)) {
    const id = gateId(g);
    const base = {
      id,
      metric: g.metric,
      kind: g.kind,
      ...(g.min !== undefined ? { min: g.min } : {}),
      ...(g.max !== undefined ? { max: g.max } : {}),
    };
    const dimName = g.metric.split(".")[0] as DimensionName;
    const dim = (DIMENSIONS as readonly string[]).includes(dimName) ? dimensions[dimName] : null;
    if (dim && dim.status === "not-assessed") {
      results.push({
        ...base,
        status: required.has(dimName) ? "failed" : "skipped",
        passed: required.has(dimName) ? false : null,
        actual: null,
        reason: required.has(dimName)
          ? `${dimName} is required but was not assessed (${g.kind})`
          : `${dimName} not assessed${dim.reason ? `: ${dim.reason}` : ""}`,
      });
      continue;
    }
    if (dim && dim.status === "error") {
      results.push({
        ...base,
        status: "failed",
        passed: false,
        actual: null,
        reason: `${dimName} could not be assessed${dim.reason ? `: ${dim.reason}` : ""}`,
      });
      continue;
    }
    const actual = metrics.get(g.metric);
    if (actual === undefined || actual === null) {
      results.push({ ...base, status: "skipped", passed: null, actual: null, reason: `${g.metric} was not measured` });
      continue;
    }
    const failures: string[] = [];
    if (g.min !== undefined && actual < g.min) failures.push(`${g.metric} ${fmt(g.metric, actual)} < ${g.min}`);
    if (g.max !== undefined && actual > g.max) failures.push(`${g.metric} ${fmt(g.metric, actual)} > ${g.max}`);
    const passed = failures.length === 0;
    results.push({
      ...base,
      status: passed ? "passed" : "failed",
      passed,
      actual,
      ...(passed ? {} : { reason: `${failures.join(", ")} (${g.kind})` }),
    });
  }
  return results;
}
