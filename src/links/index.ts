/**
 * The external link checker service (network I/O; injected into documentation analysis). Adapters call
 * `createExternalLinkChecker` when `documentation.external-links` is not `off` and `close()` it when done.
 */
import type { LinksConfig } from "../core/config/documentation.js";
import { type CheckerSettings, createChecker, type RunnableChecker } from "./checker.js";

export type { LinkCheckProgress, LinkCheckStats, RunnableChecker } from "./checker.js";

export interface LinkCheckerOptions {
  config: LinksConfig;
  /** Repository root; the cache path is relative to it. */
  root: string;
  /** Token for links to github.com (the workflow's token), never printed. */
  githubToken?: string;
  /** Environment for `${VAR}` in configured headers. */
  env?: Record<string, string | undefined>;
  /** Progress lines (done/total, busiest host queues) while checking; at most one every 100 ms. */
  progress?: (line: string) => void;
  /** The same progress as numbers. */
  onProgress?: CheckerSettings["onProgress"];
  /** Resolves host names (all addresses); tests map names to loopback with it. Default: the system resolver. */
  lookup?: CheckerSettings["lookup"];
  /** GitHub REST API base (GitHub Enterprise, or a local server in tests). Default `https://api.github.com`. */
  githubApiUrl?: string;
  /** Host of that GitHub's web pages: `github.com` (default) or the GitHub Enterprise Server host. */
  githubHost?: string;
  /** GitHub API requests in flight at once (default 2; GitHub asks clients not to send many in parallel). */
  githubConcurrency?: number;
  /** Base of the exponential backoff between retries, in ms (default 500). */
  backoffBaseMs?: number;
  /** A `Retry-After` longer than this (ms, default 60000) is not waited for; the link is reported rate-limited. */
  maxRetryAfterMs?: number;
  /** Hosts whose HEAD wrongly answers 404: such 404s are confirmed with GET. */
  headUnreliableHosts?: readonly string[];
  /** Absolute cache file outside the repository (the user's cache directory, RUNNER_TEMP); replaces `cache.path`. */
  cacheFile?: string;
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY; absent: no proxy. */
  proxy?: CheckerSettings["proxy"];
}

export function createExternalLinkChecker(options: LinkCheckerOptions): RunnableChecker {
  return createChecker(options);
}
