/**
 * One interface per format family, all feeding one model. A format is one folder under
 * `formats/performance/` or `formats/security/` plus one line in that family's registry.
 */
import type { ArtifactSource } from "./source.js";
import type { PerformanceRunPart } from "../model/performance.js";
import type { SecurityFinding } from "../model/security.js";

export interface FormatBase {
  /** Stable id used in `artifacts[].format` of the report and in the config's `format:` override. */
  id: string;
  /** Config-level family name (`locust`, `sarif`, …): the value users write as `format:`. */
  family: string;
  label: string;
  /**
   * How sure the format is that the file is its own, from path and head alone: 0 = not mine,
   * 1 = certain. The registry picks the highest; ties go to the first registered.
   */
  detect(source: Pick<ArtifactSource, "path" | "head">): number;
}

export interface PerformanceFormat extends FormatBase {
  dimension: "performance";
  parse(source: ArtifactSource): Promise<PerformanceRunPart[]>;
}

export interface SecurityFormat extends FormatBase {
  dimension: "security";
  parse(source: ArtifactSource): Promise<SecurityParseResult>;
}

export interface SecurityParseResult {
  tool: string;
  toolVersion?: string;
  findings: SecurityFinding[];
}

export type ArtifactFormat = PerformanceFormat | SecurityFormat;
