/** Accepted risks: which config entry covers a finding, and whether that acceptance still holds. */
import picomatch from "picomatch";
import type { AcceptedRisk } from "../config/security.js";
import type { MergedFinding } from "./dedupe.js";

export interface AcceptanceMatch {
  risk: AcceptedRisk;
  index: number;
  lapsed: boolean;
}

/** An acceptance holds through the whole day of `expires` (UTC). */
export function isExpired(expires: string, now: Date): boolean {
  const end = Date.parse(`${expires}T23:59:59.999Z`);
  return Number.isFinite(end) && now.getTime() > end;
}

/** Every criterion the entry names must hold. */
export function matches(risk: AcceptedRisk, m: MergedFinding, matcher?: (p: string) => boolean): boolean {
  const f = m.finding;
  if (risk.id !== undefined) {
    const id = risk.id.toUpperCase();
    if (!f.aliases.some((a) => a.toUpperCase() === id) && !m.ruleIds.some((r) => r.toUpperCase() === id)) return false;
  }
  if (risk.rule !== undefined) {
    const rule = risk.rule;
    if (!m.ruleIds.some((r) => r === rule || m.tools.some((t) => `${t}/${r}` === rule))) return false;
  }
  if (risk.fingerprint !== undefined && !m.fingerprints.includes(risk.fingerprint)) return false;
  if (risk.path !== undefined) {
    if (!f.path || !(matcher ?? picomatch(risk.path, { dot: true }))(f.path)) return false;
  }
  return true;
}

export function acceptanceFor(
  risks: readonly AcceptedRisk[],
  f: MergedFinding,
  now: Date,
): AcceptanceMatch | undefined {
  let lapsedMatch: AcceptanceMatch | undefined;
  for (const [index, risk] of risks.entries()) {
    if (!matches(risk, f)) continue;
    const lapsed = isExpired(risk.expires, now);
    // A valid acceptance wins over an expired one for the same finding.
    if (!lapsed) return { risk, index, lapsed };
    lapsedMatch ??= { risk, index, lapsed };
  }
  return lapsedMatch;
}
