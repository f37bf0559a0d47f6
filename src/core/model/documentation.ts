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
  /**
   * Where the markdownlint settings came from: the repository's configuration, markdownlint's defaults (scored because
   * the config says `markdownlint: true`), `auto` (defaults, shown as advice and not scored: the repository has no
   * markdownlint configuration), or off.
   */
  lint: "repository" | "default" | "auto" | "off";
  /** Site profiles whose pages' links were resolved as the built site resolves them (none: as GitHub does). */
  sites?: { name: "mdbook" | "mkdocs" | "docusaurus"; config: string }[];
  /** Suppressions, counted so that nothing hides silently; `listed` holds at most 100 of them. */
  suppressed?: {
    /** Findings suppressed by readiness-ignore comments and markdownlint's own comments. */
    findings: number;
    /** Links not checked because they match `documentation.ignore-links`. */
    links: number;
    listed: SuppressedEntry[];
  };
  /** External link outcomes by kind (`ok`, `broken`, `timeout`, …), when external links were checked. */
  externalOutcomes?: Record<string, number>;
  /** Things worth knowing about the run that are not findings (a checker that could not run, …). */
  notices: string[];
}

/** One suppressed finding or ignored link. */
export interface SuppressedEntry {
  path: string;
  line: number;
  /** The suppressed finding's rule, or `ignore-links` for a link that was not checked. */
  ruleId: string;
  /** `next-line` / `file`: a readiness-ignore comment; `markdownlint`: a markdownlint-disable comment; `ignore-links`. */
  kind: "next-line" | "file" | "markdownlint" | "ignore-links";
  /** The comment's line, or the pattern that matched the link. */
  by: string;
}
