import type { PerformanceConfig } from "../config/performance.js";
import { type DimensionOutcome, notAssessed } from "../dimension.js";
import type { PerformanceResult } from "../model/report.js";
import type { PerformanceRunPart } from "./model.js";

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
}

export async function analyzePerformance(input: PerformanceInput): Promise<DimensionOutcome<PerformanceResult>> {
  if (input.artifacts.length === 0) return { result: notAssessed(input.config.target, "no load-test results were found"), findings: [] };
  return { result: notAssessed(input.config.target, "not implemented"), findings: [] };
}
