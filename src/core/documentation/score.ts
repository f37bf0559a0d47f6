/**
 * The documentation score: for each check family, valid ÷ checked; the score is the weighted mean of those ratios
 * × 100 over the families that count. A family with nothing checked is left out (never a free 100).
 */
import type { DocumentationCheckRow } from "../model/documentation.js";

export function documentationScore(rows: readonly DocumentationCheckRow[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const r of rows) {
    if (!r.scored) continue;
    weighted += r.weight * (r.valid / r.checked);
    weights += r.weight;
  }
  return weights > 0 ? (100 * weighted) / weights : null;
}

export function row(
  check: string,
  label: string,
  checked: number,
  valid: number,
  weight: number,
  counts = true,
): DocumentationCheckRow {
  return { check, label, checked, valid, weight, scored: counts && checked > 0 && weight > 0 };
}
