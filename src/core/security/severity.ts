/**
 * Severity scales of the scanners, mapped onto ours. Each parser states its table in docs/security.md; the shared
 * pieces live here so the same word or score means the same everywhere.
 */
import { SEVERITY_RANK, type Severity } from "../model/report.js";

/** Severity when a scanner gives none or says "unknown": counted, but neither ignored nor blocking. */
export const UNKNOWN_SEVERITY: Severity = "medium";

export function worse(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

/** CVSS base score buckets (CVSS v3/v4 qualitative scale, as GitHub code scanning uses for `security-severity`). */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  if (score > 0) return "low";
  return "info";
}

/**
 * A severity word of any scanner: critical, high, medium/moderate, low, info/informational/negligible/none.
 * Returns undefined for words it does not know (including `unknown`), so callers can fall back.
 */
export function severityFromWord(word: unknown): Severity | undefined {
  if (typeof word !== "string") return undefined;
  switch (word.trim().toLowerCase()) {
    case "critical":
      return "critical";
    case "high":
    case "error":
      return "high";
    case "medium":
    case "moderate":
    case "warning":
      return "medium";
    case "low":
    case "note":
      return "low";
    case "info":
    case "informational":
    case "negligible":
    case "none":
      return "info";
    default:
      return undefined;
  }
}

/** A number, a number in a string ("7.5") or a word ("HIGH"): what SARIF producers put in `security-severity`. */
export function severityFromScoreOrWord(value: unknown): Severity | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return severityFromScore(value);
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value);
    if (Number.isFinite(n)) return severityFromScore(n);
    return severityFromWord(value);
  }
  return undefined;
}

const CVSS3_WEIGHTS: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
};

function roundUp1(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

/**
 * Base score of a CVSS v3.0/v3.1 vector (`CVSS:3.1/AV:N/AC:L/…`), per the FIRST specification's formula; undefined
 * for other versions or malformed vectors. osv-scanner v1 gives only vectors.
 */
export function cvss3BaseScore(vector: string): number | undefined {
  if (!/^CVSS:3\.[01]\//.test(vector)) return undefined;
  const m: Record<string, string> = {};
  for (const part of vector.split("/").slice(1)) {
    const [k, v] = part.split(":");
    if (k && v) m[k] = v;
  }
  const scope = m.S;
  const pr = m.PR;
  if (scope !== "U" && scope !== "C") return undefined;
  const prW =
    pr === "N"
      ? 0.85
      : pr === "L"
        ? scope === "C"
          ? 0.68
          : 0.62
        : pr === "H"
          ? scope === "C"
            ? 0.5
            : 0.27
          : undefined;
  const w = (k: string) => (m[k] !== undefined ? CVSS3_WEIGHTS[k]?.[m[k]] : undefined);
  const [av, ac, ui, c, i, a] = [w("AV"), w("AC"), w("UI"), w("C"), w("I"), w("A")];
  if (
    prW === undefined ||
    av === undefined ||
    ac === undefined ||
    ui === undefined ||
    c === undefined ||
    i === undefined ||
    a === undefined
  ) {
    return undefined;
  }
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = scope === "U" ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  const exploitability = 8.22 * av * ac * prW * ui;
  if (impact <= 0) return 0;
  return scope === "U"
    ? roundUp1(Math.min(impact + exploitability, 10))
    : roundUp1(Math.min(1.08 * (impact + exploitability), 10));
}
