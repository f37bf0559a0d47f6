/**
 * Turns external link check results into findings and the `external-links` row of the documentation table.
 * `warn` mode: failures are low-severity findings that do not count against the score; `error`: they count.
 * Outcomes that say "we could not tell" (rate-limited, unverified, blocked) are never counted as broken.
 */
import type { Finding, Severity } from "../model/report.js";
import { displayUrl } from "../util/display-url.js";
import type { ExternalLinkRef, LinkCheckResult, LinkOutcome } from "./external-links.js";
import { placeholderIn } from "./placeholder.js";

export interface ExternalLinkSummary {
  findings: Finding[];
  /** Distinct URLs checked (excluded ones are not counted). */
  checked: number;
  /** Distinct URLs that are fine (ok, or redirected temporarily). */
  valid: number;
  /** Count per outcome, for the report. */
  outcomes: Record<string, number>;
}

const TOOL = "external-links";

/** Outcomes that could not be settled either way: shown as warnings, left out of `checked`. */
const UNDECIDED: ReadonlySet<LinkOutcome> = new Set(["rate-limited", "unverified", "blocked", "excluded"]);

interface Rule {
  ruleId: string;
  /** Severity in `error` mode; `warn` mode always uses low (info stays info). */
  errorSeverity: Severity;
  /** Counts against the score in `error` mode. */
  scoredInError: boolean;
  message: (url: string, r: LinkCheckResult) => string;
}

const tail = (r: LinkCheckResult, fallback: string) => r.detail ?? fallback;

const RULES: Partial<Record<LinkOutcome | "missing-fragment" | "permanent-redirect", Rule>> = {
  broken: {
    ruleId: "external-link-broken",
    errorSeverity: "medium",
    scoredInError: true,
    message: (u, r) => `Broken link ${u}: ${tail(r, "the page does not exist")}. Fix or remove the link.`,
  },
  "server-error": {
    ruleId: "external-link-server-error",
    errorSeverity: "medium",
    scoredInError: true,
    message: (u, r) =>
      `Link ${u} fails with a server error: ${tail(r, "the server failed")}. Check that the site is up, or replace the link.`,
  },
  timeout: {
    ruleId: "external-link-timeout",
    errorSeverity: "medium",
    scoredInError: true,
    message: (u, r) =>
      `Link ${u} timed out: ${tail(r, "no answer")}. Check that the site is reachable (or raise documentation.links.timeout-ms).`,
  },
  "dns-failure": {
    ruleId: "external-link-dns-failure",
    errorSeverity: "medium",
    scoredInError: true,
    message: (u, r) =>
      `Link ${u} points at a host that does not exist: ${tail(r, "the name does not resolve")}. Fix the address or remove the link.`,
  },
  "tls-error": {
    ruleId: "external-link-tls-error",
    errorSeverity: "medium",
    scoredInError: true,
    message: (u, r) =>
      `Link ${u} has a broken HTTPS setup: ${tail(r, "the TLS connection failed")}. Replace the link or tell the site's owners.`,
  },
  error: {
    ruleId: "external-link-error",
    errorSeverity: "medium",
    scoredInError: true,
    message: (u, r) => `Link ${u} could not be checked: ${tail(r, "the request failed")}. Fix the link or exclude it.`,
  },
  "rate-limited": {
    ruleId: "external-link-rate-limited",
    errorSeverity: "low",
    scoredInError: false,
    message: (u, r) =>
      `Link ${u} was not verified: ${tail(r, "the server rate-limited the check")}. It is not counted as broken; it will be checked again next run.`,
  },
  unverified: {
    ruleId: "external-link-unverified",
    errorSeverity: "low",
    scoredInError: false,
    message: (u, r) =>
      `Link ${u} was not verified: ${tail(r, "the server refused automated checks")}. It is not counted as broken; check it by hand or exclude it.`,
  },
  blocked: {
    ruleId: "external-link-blocked",
    errorSeverity: "info",
    scoredInError: false,
    message: (u, r) => `Link ${u} was ${tail(r, "not checked by policy")}.`,
  },
  "missing-fragment": {
    ruleId: "external-link-missing-fragment",
    errorSeverity: "medium",
    scoredInError: true,
    message: (u, r) =>
      `Link ${u} points at a section the page does not have: ${tail(r, "the fragment is missing")}. Fix the #fragment.`,
  },
  "permanent-redirect": {
    ruleId: "external-link-redirected",
    errorSeverity: "low",
    scoredInError: true,
    message: (u, r) =>
      `Link ${u} has moved permanently to ${r.redirectedTo ?? "a new address"}. Update the link to the new address.`,
  },
};

function ruleFor(r: LinkCheckResult): Rule | undefined {
  if ((r.outcome === "ok" || r.outcome === "redirected") && r.missingFragment) return RULES["missing-fragment"];
  if (r.outcome === "redirected") return r.permanentRedirect ? RULES["permanent-redirect"] : undefined;
  return RULES[r.outcome];
}

function isValid(r: LinkCheckResult): boolean {
  if (r.missingFragment) return false;
  return r.outcome === "ok" || (r.outcome === "redirected" && !r.permanentRedirect);
}

export function externalLinkFindings(
  refs: readonly ExternalLinkRef[],
  results: ReadonlyMap<string, LinkCheckResult>,
  mode: "warn" | "error",
): ExternalLinkSummary {
  const outcomes: Record<string, number> = {};
  let checked = 0;
  let valid = 0;
  for (const r of results.values()) {
    const key =
      r.missingFragment && (r.outcome === "ok" || r.outcome === "redirected") ? "missing-fragment" : r.outcome;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
    if (UNDECIDED.has(r.outcome)) continue;
    checked++;
    if (isValid(r)) valid++;
  }

  const findings: Finding[] = [];
  const sorted = [...refs].sort(
    (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
  for (const ref of sorted) {
    const r = results.get(ref.url);
    if (!r) continue;
    const rule = ruleFor(r);
    if (!rule) continue;
    const severity: Severity = rule.errorSeverity === "info" ? "info" : mode === "warn" ? "low" : rule.errorSeverity;
    const scored = mode === "error" && rule.scoredInError;
    const url = displayUrl(ref.url);
    // `https://github.com/<org>/<repo>` fails because of the placeholder, not the site: say so.
    const placeholder = rule.scoredInError ? placeholderIn(ref.url) : undefined;
    const cause = placeholder
      ? ` The address contains the placeholder ${placeholder}: write the real address, or show the pattern in code instead of a link.`
      : "";
    findings.push({
      dimension: "documentation",
      ruleId: rule.ruleId,
      severity,
      message:
        rule.message(url, { ...r, ...(r.redirectedTo ? { redirectedTo: displayUrl(r.redirectedTo) } : {}) }) + cause,
      path: ref.path,
      line: ref.line,
      column: ref.column,
      tool: TOOL,
      fingerprint: `${rule.ruleId}:${ref.path}:${url}`,
      scored,
    });
  }
  return { findings, checked, valid, outcomes };
}
