import type { ComplianceConfig } from "../config/compliance.js";
import { type DimensionOutcome, notAssessed } from "../dimension.js";
import type { ArtifactEntry, ComplianceResult, MetricValue } from "../model/report.js";
import type { RepoView } from "../repo-view.js";

export interface ComplianceInput {
  config: ComplianceConfig;
  repo: RepoView;
  artifacts: readonly ArtifactEntry[];
  /** Metrics of the other dimensions, as `<dimension>.<key>`, for `metric` evidence. */
  metrics: ReadonlyMap<string, MetricValue>;
}

export async function evaluateCompliance(input: ComplianceInput): Promise<DimensionOutcome<ComplianceResult>> {
  return { result: notAssessed(input.config.target, "no compliance controls are declared"), findings: [] };
}
