import type { DocumentationConfig } from "../config/documentation.js";
import { type DimensionOutcome, notAssessed } from "../dimension.js";
import type { DocumentationResult } from "../model/report.js";
import type { ExternalLinkChecker } from "./external-links.js";

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
  /** Checks external links when `external-links` is not `off`; absent means external links are not checked. */
  externalLinkChecker?: ExternalLinkChecker;
}

export async function analyzeDocumentation(input: DocumentationInput): Promise<DimensionOutcome<DocumentationResult>> {
  return { result: notAssessed(input.config.target, "not implemented"), findings: [] };
}
