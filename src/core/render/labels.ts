import type { DimensionName, GateResult, Verdict } from "../model/report.js";

export const DIMENSION_LABELS: Record<DimensionName, string> = {
  documentation: "Documentation",
  performance: "Performance",
  security: "Security",
  compliance: "Compliance",
};

export const VERDICT_LABELS: Record<Verdict, { icon: string; text: string }> = {
  go: { icon: "✅", text: "GO" },
  conditional: { icon: "⚠️", text: "CONDITIONAL GO" },
  "no-go": { icon: "⛔", text: "NO-GO" },
  "nothing-assessed": { icon: "❔", text: "NOTHING ASSESSED" },
};

export function gateIcon(g: GateResult): string {
  if (g.status === "passed") return "✅";
  if (g.status === "skipped") return "⏭️";
  return g.kind === "blocking" ? "❌" : "⚠️";
}

/** A gate as one short phrase: `documentation.score ≥ 90`. */
export function gateCondition(g: GateResult): string {
  const parts: string[] = [];
  if (g.min !== undefined) parts.push(`≥ ${g.min}`);
  if (g.max !== undefined) parts.push(`≤ ${g.max}`);
  return `${g.metric} ${parts.join(" and ")}`;
}
