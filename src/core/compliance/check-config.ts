/**
 * Compliance rules the schema alone cannot express; each problem is one sentence naming the key, so a typo is a
 * config error before anything runs instead of a control that silently fails.
 */
import type { ComplianceConfig } from "../config/compliance.js";
import { formatFamilies } from "../formats/registry.js";
import { isKnownMetric } from "../scoring/metrics.js";
import { parseContains } from "./contains.js";
import { PACKS } from "./packs.js";

/** Format families an `artifact` evidence item may name. */
export function artifactFamilies(): string[] {
  return formatFamilies().sort();
}

/** Metrics that depend on compliance itself cannot be compliance evidence. */
function selfReferential(metric: string): boolean {
  return metric.startsWith("compliance.") || metric.startsWith("overall.");
}

export function complianceConfigProblems(config: ComplianceConfig): string[] {
  const problems: string[] = [];
  const families = artifactFamilies();
  const seen = new Map<string, number>();
  config.controls.forEach((c, i) => {
    const at = `compliance.controls[${i}]`;
    const first = seen.get(c.id);
    if (first !== undefined) {
      problems.push(
        `\`${at}.id\`: ${JSON.stringify(c.id)} is already the id of \`compliance.controls[${first}]\`; ids must be unique`,
      );
    } else {
      seen.set(c.id, i);
    }
    c.evidence.forEach((e, j) => {
      const key = `${at}.evidence[${j}]`;
      if (e.contains !== undefined) {
        const list = Array.isArray(e.contains) ? e.contains : [e.contains];
        list.forEach((spec, k) => {
          try {
            parseContains(spec);
          } catch (err) {
            const where = Array.isArray(e.contains) ? `${key}.contains[${k}]` : `${key}.contains`;
            problems.push(`\`${where}\`: ${JSON.stringify(spec)}: ${(err as Error).message}`);
          }
        });
      }
      if (e.metric !== undefined) {
        if (!isKnownMetric(e.metric)) {
          problems.push(
            `\`${key}.metric\`: unknown metric ${JSON.stringify(e.metric)} (see docs/compliance-and-scoring.md for the list)`,
          );
        } else if (selfReferential(e.metric)) {
          problems.push(
            `\`${key}.metric\`: ${JSON.stringify(e.metric)} depends on compliance itself; use a documentation, performance or security metric`,
          );
        }
      }
      if (e.artifact !== undefined && !families.includes(e.artifact)) {
        problems.push(
          `\`${key}.artifact\`: unknown format family ${JSON.stringify(e.artifact)} (known: ${families.join(", ")})`,
        );
      }
    });
  });
  const packIds = new Set(config.packs.flatMap((p) => (PACKS[p] ?? []).map((c) => c.id)));
  config.exclude.forEach((id, i) => {
    if (!packIds.has(id)) {
      const known = [...packIds].join(", ");
      problems.push(
        `\`compliance.exclude[${i}]\`: ${JSON.stringify(id)} is not a control of the selected packs${known ? ` (${known})` : " (no pack is selected)"}`,
      );
    }
  });
  return problems;
}
