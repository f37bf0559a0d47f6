/**
 * The contract between documentation analysis (which finds external links) and the external link checker
 * (an injected service that does the network I/O). The analyzer hands over distinct URLs once; the checker
 * answers one result per URL.
 */
export interface ExternalLinkRef {
  url: string;
  path: string;
  line: number;
  column: number;
}

export type LinkOutcome =
  | "ok"
  | "redirected"
  | "broken"
  | "server-error"
  | "timeout"
  | "dns-failure"
  | "tls-error"
  | "rate-limited"
  | "unverified"
  | "blocked"
  | "excluded"
  | "error";

export interface LinkCheckResult {
  url: string;
  outcome: LinkOutcome;
  /** Final HTTP status, when a response arrived. */
  status?: number;
  /** For permanent redirects: where the link should point now. */
  redirectedTo?: string;
  permanentRedirect?: boolean;
  /** The page loaded but the `#fragment` is not on it (only with `check-fragments`). */
  missingFragment?: boolean;
  /** One short sentence: what happened (never contains header values). */
  detail?: string;
  fromCache?: boolean;
}

export interface ExternalLinkChecker {
  check(urls: readonly string[]): Promise<Map<string, LinkCheckResult>>;
}
