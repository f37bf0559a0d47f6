/**
 * The performance dimension: merges the parsed parts into runs, evaluates the SLA on every run, scores the SLA
 * scenario (100 × metrics met ÷ metrics evaluated), finds bottlenecks and compares with a baseline.
 */
import type { PerformanceConfig } from "../config/performance.js";
import { type DimensionOutcome, notAssessed, unreadableAsError } from "../dimension.js";
import type { PerformanceDetails, PerformanceRunSummary } from "../model/performance.js";
import type { Finding, MetricValue, PerformanceResult } from "../model/report.js";
import { compareWithBaseline } from "./baseline.js";
import { findBottlenecks } from "./bottlenecks.js";
import { fmtBound, fmtDelta, fmtValue } from "./format.js";
import { mergeRuns, type PartWithOrigin } from "./merge.js";
import { isRunMetric, RUN_METRICS } from "./metrics.js";
import type { PerformanceRun, PerformanceRunPart } from "../model/performance.js";
import { evaluateSla, pickSlaRun, scenarioStatus, slaFor } from "./sla.js";

export interface ParsedPerformanceArtifact {
  path: string;
  format: string;
  /** Scenario name given in the config for this artifact, if any. */
  scenario?: string;
  parts: PerformanceRunPart[];
}

export interface PerformanceInput {
  artifacts: ParsedPerformanceArtifact[];
  /** Parsed files of the baseline run, when `performance.baseline` is set. */
  baseline?: ParsedPerformanceArtifact[];
  config: PerformanceConfig;
  /** Load-test files that were found but could not be read (paths): with nothing else, the dimension is an error. */
  unreadable?: readonly string[];
}

const MAX_ENDPOINTS = 100;
const MAX_FAILURES = 50;
const TOOL = "readiness-gate";

function origins(
  artifacts: readonly ParsedPerformanceArtifact[],
  keep: (p: PerformanceRunPart) => boolean,
): PartWithOrigin[] {
  return artifacts.flatMap((a) =>
    a.parts.filter(keep).map((part) => ({ part, path: a.path, ...(a.scenario ? { scenario: a.scenario } : {}) })),
  );
}

function summarize(run: PerformanceRun, config: PerformanceConfig): PerformanceRunSummary {
  const { status, met, evaluated } = scenarioStatus(evaluateSla(run, slaFor(config, run.scenario)));
  const endpoints = [...run.endpoints].sort((a, b) => (b.requests ?? 0) - (a.requests ?? 0));
  const failures = [...run.failures].sort((a, b) => b.count - a.count);
  return {
    scenario: run.scenario,
    tool: run.tool,
    files: run.files,
    stress: run.stress,
    users: run.users,
    durationS: run.durationS,
    requests: run.requests,
    failedRequests: run.failedRequests,
    throughputRps: run.throughputRps,
    latency: run.latency,
    errorRatePct: run.errorRatePct,
    availabilityPct: run.availabilityPct,
    availabilityDerived: run.availabilityDerived,
    status,
    slaMet: met,
    slaEvaluated: evaluated,
    endpoints: endpoints.slice(0, MAX_ENDPOINTS),
    endpointsOmitted: Math.max(0, endpoints.length - MAX_ENDPOINTS),
    failures: failures.slice(0, MAX_FAILURES),
    failuresOmitted: Math.max(0, failures.length - MAX_FAILURES),
    thresholds: run.thresholds,
    notes: run.notes,
  };
}

function finding(
  ruleId: string,
  severity: Finding["severity"],
  message: string,
  path: string | undefined,
  key: string,
): Finding {
  return {
    dimension: "performance",
    ruleId,
    severity,
    message,
    ...(path ? { path } : {}),
    tool: TOOL,
    fingerprint: `${ruleId}:${key}`,
  };
}

export async function analyzePerformance(input: PerformanceInput): Promise<DimensionOutcome<PerformanceResult>> {
  return unreadableAsError(await analyzeRuns(input), input.unreadable, "load-test");
}

async function analyzeRuns(input: PerformanceInput): Promise<DimensionOutcome<PerformanceResult>> {
  const { config } = input;
  const notes: string[] = [];
  const fromReports = input.artifacts.filter((a) => a.parts.some((p) => p.kind === "report"));
  for (const a of fromReports)
    notes.push(`${a.path} is a readiness-gate report: it is only read as a baseline (performance.baseline)`);
  const { runs: merged, incomplete } = mergeRuns(
    origins(input.artifacts, (p) => p.kind !== "report"),
    config,
  );
  // Smallest load first, as load tests are usually read (baseline → stress); unknown users last.
  const runs = [...merged].sort(
    (a, b) =>
      (a.users ?? Number.POSITIVE_INFINITY) - (b.users ?? Number.POSITIVE_INFINITY) ||
      a.scenario.localeCompare(b.scenario),
  );
  const findings: Finding[] = [];
  for (const i of incomplete) {
    findings.push(
      finding(
        "performance/incomplete-run",
        "low",
        `Only failure lists were found for "${i.scenario}" (${i.files.join(", ")}); add its _stats.csv to assess it.`,
        i.files[0],
        i.scenario,
      ),
    );
  }
  if (runs.length === 0) {
    const reason =
      input.artifacts.length === 0
        ? "no load-test results were found"
        : "no load-test run with request statistics was found";
    return { result: notAssessed(config.target, reason), findings };
  }

  const picked = pickSlaRun(runs, config);
  const summaries = runs.map((r) => summarize(r, config));
  const details: PerformanceDetails = {
    runs: summaries,
    slaScenario: null,
    slaScenarioReason: "",
    sla: [],
    bottlenecks: null,
    baseline: null,
    notes,
  };
  const thresholdFailures = runs.flatMap((r) => r.thresholds.filter((t) => !t.passed).map((t) => ({ run: r, t })));
  for (const { run, t } of thresholdFailures) {
    findings.push(
      finding(
        "performance/threshold-failed",
        "medium",
        `${run.tool} threshold failed on "${run.scenario}": ${t.metric} ${t.expression}.`,
        run.files[0],
        `${run.scenario}:${t.metric}:${t.expression}`,
      ),
    );
  }
  const metrics: Record<string, MetricValue> = {
    runs: runs.length,
    "threshold-failures": thresholdFailures.length,
    regressions: null,
  };

  // Baseline first: it does not depend on which run the SLA is about.
  if (config.baseline) {
    const base = input.baseline ?? [];
    const baseRuns = mergeRuns(
      origins(base, () => true),
      config,
    ).runs;
    if (baseRuns.length === 0) {
      notes.push(
        `performance.baseline ${JSON.stringify(config.baseline.path)}: no readable baseline run, so no regression check`,
      );
    } else {
      const cmp = compareWithBaseline(
        runs,
        baseRuns,
        base.map((a) => a.path),
        config.baseline,
      );
      details.baseline = cmp;
      const regressions = cmp.rows.filter((r) => r.regression);
      metrics.regressions = regressions.length;
      for (const r of regressions) {
        const unit = RUN_METRICS[r.metric]?.unit ?? "";
        findings.push(
          finding(
            "performance/regression",
            "medium",
            `"${r.scenario}" ${RUN_METRICS[r.metric]?.label ?? r.metric} regressed against the baseline: ${fmtValue(r.current, unit)} now, ${fmtValue(r.baseline, unit)} before (${fmtDelta(r.deltaPct)}; limit ${config.baseline["regression-pct"]}%).`,
            runs.find((x) => x.scenario === r.scenario)?.files[0],
            `${r.scenario}:${r.metric}`,
          ),
        );
      }
    }
  }

  if ("error" in picked) {
    return {
      result: { status: "error", score: null, target: config.target, metrics, reason: picked.error, details },
      findings,
    };
  }
  const { run, reason } = picked;
  const sla = slaFor(config, run.scenario);
  const rows = evaluateSla(run, sla);
  details.slaScenario = run.scenario;
  details.slaScenarioReason = reason;
  details.sla = rows;
  details.bottlenecks = findBottlenecks(run, sla);
  const path = run.files[0];
  for (const r of rows) {
    metrics[`sla.${r.metric}`] = r.actual;
    const target = fmtBound(r, r.unit);
    if (r.status === "fail") {
      findings.push(
        finding(
          "performance/sla-miss",
          "medium",
          `"${run.scenario}" misses the SLA for ${r.label}: ${fmtValue(r.actual, r.unit)} against ${target} (${fmtDelta(r.deltaPct)}).`,
          path,
          `${run.scenario}:${r.metric}`,
        ),
      );
    } else if (r.status === "not-measured") {
      const why = isRunMetric(r.metric)
        ? "the load-test files do not report it"
        : `it is not a metric this tool knows (known: ${Object.keys(RUN_METRICS).join(", ")})`;
      findings.push(
        finding(
          "performance/sla-not-measured",
          "low",
          `SLA metric ${r.metric} (${target}) was not evaluated on "${run.scenario}": ${why}.`,
          path,
          `${run.scenario}:${r.metric}`,
        ),
      );
    }
  }
  const { met, evaluated } = scenarioStatus(rows);
  metrics["sla-met"] = met;
  metrics["sla-evaluated"] = evaluated;
  if (rows.length === 0) {
    return {
      result: {
        status: "not-assessed",
        score: null,
        target: config.target,
        metrics,
        reason: "performance.sla is empty",
        details,
      },
      findings,
    };
  }
  if (evaluated === 0) {
    return {
      result: {
        status: "error",
        score: null,
        target: config.target,
        metrics,
        reason: `none of the SLA metrics is reported by the files of "${run.scenario}"`,
        details,
      },
      findings,
    };
  }
  return {
    result: { status: "assessed", score: (100 * met) / evaluated, target: config.target, metrics, details },
    findings,
  };
}
