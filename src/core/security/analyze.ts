import type { SecurityConfig } from "../config/security.js";
import { type DimensionOutcome, notAssessed } from "../dimension.js";
import type { SecurityParseResult } from "../formats/types.js";
import type { SecurityResult } from "../model/report.js";

export interface ParsedSecurityArtifact {
  path: string;
  format: string;
  result: SecurityParseResult;
}

export interface SecurityInput {
  artifacts: ParsedSecurityArtifact[];
  config: SecurityConfig;
  /** Today, for accepted-risk expiry. */
  now: Date;
}

export async function analyzeSecurity(input: SecurityInput): Promise<DimensionOutcome<SecurityResult>> {
  if (input.artifacts.length === 0) return { result: notAssessed(input.config.target, "no security scanner results were found"), findings: [] };
  return { result: notAssessed(input.config.target, "not implemented"), findings: [] };
}
