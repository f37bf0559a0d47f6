/**
 * The external link checker service (network I/O; injected into documentation analysis).
 * Filled in by the external link work; adapters call `createExternalLinkChecker` when
 * `documentation.external-links` is not `off`.
 */
import type { LinksConfig } from "../core/config/documentation.js";
import type { ExternalLinkChecker } from "../core/documentation/external-links.js";

export interface LinkCheckerOptions {
  config: LinksConfig;
  /** Repository root; the cache path is relative to it. */
  root: string;
  /** Token for links to github.com (the workflow's token), never printed. */
  githubToken?: string;
  /** Environment for `${VAR}` in configured headers. */
  env?: Record<string, string | undefined>;
  /** Progress lines (done/total) when running in a terminal. */
  progress?: (line: string) => void;
}

export function createExternalLinkChecker(_options: LinkCheckerOptions): ExternalLinkChecker & { close(): Promise<void> } {
  return {
    check: async (urls) => new Map(urls.map((url) => [url, { url, outcome: "excluded" as const, detail: "external link checking is not available" }])),
    close: async () => {},
  };
}
