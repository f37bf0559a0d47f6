/** Details of the documentation dimension, shown in the report's documentation section. */
export interface DocumentationCheckRow {
  /** `internal-links`, `anchors`, `external-links`, `code-blocks`, `lint`. */
  check: string;
  label: string;
  checked: number;
  valid: number;
  /** Weight of this family in the documentation score. */
  weight: number;
}

export interface DocumentationDetails {
  files: number;
  lines: number;
  checks: DocumentationCheckRow[];
  /** Files that could not be read or parsed (path + reason). */
  unreadable: { path: string; reason: string }[];
}
