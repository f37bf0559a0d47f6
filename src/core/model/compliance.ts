/** Details of the compliance dimension. Filled by the compliance evaluator; renderers read them. */

export type EvidenceType = "file" | "contains" | "artifact" | "metric";

export interface EvidenceResult {
  type: EvidenceType;
  /** What the rule asks for, in one line: `file SECURITY.md or docs/SECURITY.md`. Plain text; renderers escape it. */
  rule: string;
  held: boolean;
  /** What was found (when held) or missed (when not), e.g. `found SECURITY.md`, `docs/dr.md lacks "RPO"`. */
  detail: string;
  /** Repository files the evidence points at (found files, or the file that lacked the text). */
  paths?: string[];
}

export interface ControlResult {
  id: string;
  framework: string;
  title: string;
  /** Framework criteria the control supports (`SOC 2 CC7.3`, `ISO 27001 A.5.24`, `GDPR Art. 33`). */
  criteria: string[];
  /** `config`, or `pack:<name>` for a starter-pack control. */
  source: string;
  status: "passed" | "failed";
  evidence: EvidenceResult[];
  /** Why the control could not be evaluated (e.g. a regular expression that ran too long). */
  error?: string;
}

export interface ComplianceDetails {
  /** Said in every report: the tool checks evidence in the repository, it does not certify anything. */
  note: string;
  packs: string[];
  controls: ControlResult[];
}
