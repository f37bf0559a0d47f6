/** The documentation analyzer's input and the findings about whole files. */
import type { DocumentationConfig } from "../config/documentation.js";
import type { Finding } from "../model/report.js";
import type { ExternalLinkChecker } from "./external-links.js";
import type { PrecomputedLint } from "./lint.js";
import type { DocWorkerSpec } from "./doc-pool.js";
import type { PrecomputedScan } from "./precomputed-scan.js";
import type { RepositoryIdentity } from "./self-links.js";
import type { SiteConfigFile } from "./site-profile.js";

export interface DocFile {
  path: string;
  content: string | Buffer;
}

export interface DocumentationInput {
  files: DocFile[];
  /** Every path in the repository, for links to files that are not Markdown. */
  repoFiles: readonly string[];
  config: DocumentationConfig;
  /** The repository's own markdownlint configuration, already parsed, when present. */
  markdownlintConfig?: Record<string, unknown>;
  /** Markdown files the collector left out, with the reason (ignored, excluded, build output), to list in the report. */
  excluded?: readonly { path: string; reason: string }[];
  /** Checks external links when `external-links` is not `off`; absent means external links are not checked. */
  externalLinkChecker?: ExternalLinkChecker;
  /**
   * Where the worker threads that parse, scan and lint come from: the bundled worker beside the running bundle by
   * default (none when running from sources), `false` to do everything in the main thread.
   */
  docWorker?: DocWorkerSpec | false;
  /** Files the collector found but could not read (too large, permission denied): reported like undecodable ones. */
  unreadable?: readonly { path: string; reason: string }[];
  /** Wall time for parsing all files (ms); files not started by then are reported. Default DOCS_RUN_BUDGET_MS. */
  runBudgetMs?: number;
  /** Site generators' configuration files (book.toml, mkdocs.yml, docusaurus.config.*), for `documentation.site`. */
  siteFiles?: readonly SiteConfigFile[];
  /** This repository on GitHub, so that absolute links to its own tree are resolved offline (the config may override). */
  repository?: RepositoryIdentity;
  /**
   * markdownlint's results computed by the adapter with the repository's configuration files (per-directory configs,
   * `ignores`, …, exactly as markdownlint-cli2 applies them); when present, markdownlint is not run here.
   */
  markdownlintResults?: PrecomputedLint;
  /**
   * Scans already made from the tokens markdownlint made when linting (by path); a file whose text is exactly the
   * one a scan was made from is not parsed again. The others are parsed as ever.
   */
  precomputedScans?: ReadonlyMap<string, PrecomputedScan>;
}

/** The report lists this many left-out files (a gitignored vendor tree can hold thousands); the total is kept. */
export const MAX_LISTED_EXCLUDED = 100;

export const FILE_RULES = {
  unreadable: "documentation.unreadable",
  notParsed: "documentation.not-parsed",
  findingBudget: "documentation.finding-budget",
} as const;

export function countLines(text: string): number {
  if (text === "") return 0;
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return text.endsWith("\n") ? n : n + 1;
}

export function fileFinding(path: string, ruleId: string, message: string, line = 1): Finding {
  return {
    dimension: "documentation",
    ruleId,
    severity: "medium",
    message,
    path,
    line,
    column: 1,
    tool: "readiness-gate",
  };
}
