import type { ComplianceConfig, ControlConfig } from "../config/compliance.js";
import { type DimensionOutcome, notAssessed } from "../dimension.js";
import type { ControlResult, EvidenceResult } from "../model/compliance.js";
import type { ArtifactEntry, ComplianceResult, Finding, MetricValue } from "../model/report.js";
import type { RepoView } from "../repo-view.js";
import { checkArtifact, checkFile, checkMetric, type EvidenceContext } from "./evidence.js";
import { PACKS } from "./packs.js";

export interface ComplianceInput {
  config: ComplianceConfig;
  repo: RepoView;
  artifacts: readonly ArtifactEntry[];
  /** Metrics of the other dimensions, as `<dimension>.<key>`, for `metric` evidence. */
  metrics: ReadonlyMap<string, MetricValue>;
}

export const EVIDENCE_NOTE =
  "These controls check for evidence in the repository (files, document sections, scanner reports, metrics). " +
  "They support an audit; they are not a certification.";

export interface ResolvedControl {
  control: ControlConfig;
  source: string;
}

/** Pack controls (minus `exclude`, minus those a config control of the same id replaces), then the config's controls. */
export function resolveControls(config: ComplianceConfig): ResolvedControl[] {
  const own = new Set(config.controls.map((c) => c.id));
  const excluded = new Set(config.exclude);
  const out: ResolvedControl[] = [];
  for (const pack of config.packs) {
    for (const control of PACKS[pack] ?? []) {
      if (excluded.has(control.id) || own.has(control.id)) continue;
      out.push({ control, source: `pack:${pack}` });
    }
  }
  for (const control of config.controls) out.push({ control, source: "config" });
  return out;
}

async function evaluateControl(resolved: ResolvedControl, ctx: EvidenceContext): Promise<ControlResult> {
  const { control, source } = resolved;
  const evidence: EvidenceResult[] = [];
  let error: string | undefined;
  for (const e of control.evidence) {
    if (e.file !== undefined) {
      const r = await checkFile(e, ctx);
      evidence.push(r.result);
      error ??= r.error;
    } else if (e.artifact !== undefined) {
      evidence.push(checkArtifact(e.artifact, e["min-count"] ?? 1, ctx));
    } else if (e.metric !== undefined) {
      evidence.push(checkMetric(e.metric, e.min, e.max, ctx));
    }
  }
  const passed = error === undefined && evidence.every((r) => r.held);
  return {
    id: control.id,
    framework: control.framework,
    title: control.title,
    criteria: [...control.criteria],
    source,
    status: passed ? "passed" : "failed",
    evidence,
    ...(error !== undefined ? { error } : {}),
  };
}

function findingFor(c: ControlResult): Finding {
  const missed = c.evidence.filter((e) => !e.held).map((e) => e.detail);
  const why = c.error ?? missed.join("; ");
  const path = c.evidence.find((e) => !e.held && e.paths?.length === 1)?.paths?.[0];
  return {
    dimension: "compliance",
    ruleId: "compliance/missing-evidence",
    severity: "medium",
    message: `Control ${c.id} (${c.framework}) "${c.title}" has no evidence: ${why}`,
    tool: "readiness-gate",
    fingerprint: `compliance/${c.framework}/${c.id}`,
    ...(path ? { path } : {}),
  };
}

export async function evaluateCompliance(input: ComplianceInput): Promise<DimensionOutcome<ComplianceResult>> {
  const { config } = input;
  const controls = resolveControls(config);
  if (controls.length === 0) {
    return {
      result: notAssessed(
        config.target,
        "no compliance controls are declared (add `compliance.packs: [baseline]` or `compliance.controls`)",
      ),
      findings: [],
    };
  }
  const ctx: EvidenceContext = {
    repo: input.repo,
    files: input.repo.files(),
    artifacts: input.artifacts,
    metrics: input.metrics,
    regexTimeoutMs: config["regex-timeout-ms"],
  };
  const results: ControlResult[] = [];
  // One control at a time: regex searches block the thread, and reads are cheap next to them.
  for (const c of controls) results.push(await evaluateControl(c, ctx));
  const passed = results.filter((r) => r.status === "passed").length;
  const declared = results.length;
  const result: ComplianceResult = {
    status: "assessed",
    score: (100 * passed) / declared,
    target: config.target,
    metrics: { passed, failed: declared - passed, declared },
    details: { note: EVIDENCE_NOTE, packs: [...config.packs], controls: results },
  };
  return { result, findings: results.filter((r) => r.status === "failed").map(findingFor) };
}
