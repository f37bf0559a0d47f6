import { withBudgets } from "./budget.js";
import type { ArtifactSource } from "./source.js";
import { performanceFormats } from "./performance/index.js";
import { securityFormats } from "./security/index.js";
import type { ArtifactFormat } from "./types.js";

/** Every format, each held to the per-artifact budget (budget.ts). */
export const formats: ArtifactFormat[] = [...performanceFormats, ...securityFormats].map(withBudgets);

/** Format families in registry order, each once: what the config's `format:` and `artifact` evidence accept. */
export function formatFamilies(): string[] {
  return [...new Set(formats.map((f) => f.family))];
}

/**
 * Picks the format of a file by content. With `family` (the config's `format:` override) only that family's
 * formats are considered, and the best of them is taken even when unsure.
 */
export function detectFormat(source: Pick<ArtifactSource, "path" | "head">, family = "auto"): ArtifactFormat | null {
  const candidates = family === "auto" ? formats : formats.filter((f) => f.family === family);
  let best: ArtifactFormat | null = null;
  let bestScore = 0;
  for (const f of candidates) {
    const s = f.detect(source);
    if (s > bestScore) {
      best = f;
      bestScore = s;
    }
  }
  if (best === null && family !== "auto") return candidates[0] ?? null;
  return best;
}
