import type { Config } from "../config/schema.js";
import { DIMENSIONS, type Dimensions } from "../model/report.js";

/**
 * Weighted mean of the assessed dimensions. A dimension that is not assessed (or whose weight is 0) is left out,
 * never counted as 0 or 100. Null when nothing was assessed.
 */
export function overallScore(dimensions: Dimensions, weights: Config["weights"]): number | null {
  let sum = 0;
  let weight = 0;
  for (const d of DIMENSIONS) {
    const dim = dimensions[d];
    if (dim.status !== "assessed" || dim.score === null) continue;
    sum += dim.score * weights[d];
    weight += weights[d];
  }
  return weight > 0 ? sum / weight : null;
}
