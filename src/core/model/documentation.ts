/** Details of the documentation dimension, shown in the report's documentation section. */
export interface DocumentationCheckRow {
  /** `internal-links`, `anchors`, `external-links`, `code-blocks`, `lint`. */
  check: string;
  label: string;
  checked: number;
  valid: number;
  /** Weight of this family in the documentation score. */
  weight: number;
  /** Whether the family counts in the score: something was checked, its weight is above 0, and (for external links) the mode is `error`. */
  scored: boolean;
}

export interface DocumentationDetails {
  files: number;
  lines: number;
  checks: DocumentationCheckRow[];
  /** Files that could not be read or parsed (path + reason). */
  unreadable: { path: string; reason: string }[];
  /** Markdown files that were not checked and why (ignored by .gitignore, excluded by the config, build output); at most 100. */
  excluded?: { path: string; reason: string }[];
  /** How many Markdown files were left out in all. */
  excludedTotal?: number;
  /** Where the markdownlint settings came from. */
  lint: "repository" | "default" | "off";
  /** External link outcomes by kind (`ok`, `broken`, `timeout`, …), when external links were checked. */
  externalOutcomes?: Record<string, number>;
  /** Things worth knowing about the run that are not findings (a checker that could not run, …). */
  notices: string[];
}
