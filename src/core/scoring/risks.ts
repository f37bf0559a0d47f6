import { type Finding, type GateResult, type Risk, SEVERITIES, type Severity } from "../model/report.js";

const MITIGATION: Record<string, string> = {
  performance:
    "Roll out in stages with latency and error-rate alerts; fix the bottlenecks listed in the performance section.",
  security: "Fix or formally accept (with a reason and an expiry) each open finding before release.",
  documentation: "Fix the broken links and examples listed in the documentation section.",
  compliance: "Add the missing evidence listed in the compliance section.",
  overall: "Raise the weakest dimension first.",
};

function complianceMitigation(findings: readonly Finding[]): string {
  const n = findings.filter((f) => f.dimension === "compliance").length;
  if (n === 0) return MITIGATION.compliance!;
  return `Add the missing evidence for the ${n} control${n === 1 ? "" : "s"} listed in the compliance section.`;
}

/** The risk table: one row per failed gate, then the open critical and high findings (at most `max` rows). */
export function deriveRisks(gates: readonly GateResult[], findings: readonly Finding[], max = 10): Risk[] {
  const risks: Risk[] = [];
  for (const g of gates) {
    if (g.status !== "failed") continue;
    const dim = g.metric.split(".")[0] ?? "overall";
    const severity: Severity = g.kind === "blocking" ? "high" : "medium";
    risks.push({
      title: g.reason ?? `${g.metric} failed`,
      severity,
      source: `gate ${g.id}`,
      mitigation: dim === "compliance" ? complianceMitigation(findings) : (MITIGATION[dim] ?? MITIGATION.overall!),
    });
  }
  // Worst first, so the cap drops the least severe findings.
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  const open = findings.filter((f) => f.scored !== false).sort((a, b) => rank(a.severity) - rank(b.severity));
  for (const f of open) {
    if (risks.length >= max) break;
    if (f.scored === false || (f.severity !== "critical" && f.severity !== "high")) continue;
    risks.push({
      title: f.message.length > 140 ? `${f.message.slice(0, 137)}...` : f.message,
      severity: f.severity,
      source: f.tool ? `${f.tool}${f.path ? ` (${f.path}${f.line ? `:${f.line}` : ""})` : ""}` : f.dimension,
      mitigation: MITIGATION[f.dimension] ?? MITIGATION.overall!,
    });
  }
  return risks.slice(0, max);
}
