/**
 * Joins the parts of each run (same `runKey`) into one PerformanceRun. A figure read from a file wins over one
 * derived from other figures; among read figures the summary wins over the history.
 */
import type { PerformanceConfig } from "../config/performance.js";
import {
  LATENCY_KEYS,
  type LatencyStats,
  type PartKind,
  type PerformanceRun,
  type PerformanceRunPart,
} from "../model/performance.js";

export interface PartWithOrigin {
  part: PerformanceRunPart;
  path: string;
  /** The config's scenario name for the artifact the part came from. */
  scenario?: string;
}

export interface MergeResult {
  runs: PerformanceRun[];
  /** Groups that hold only failure lists (e.g. a `_failures.csv` without its `_stats.csv`). */
  incomplete: { scenario: string; files: string[] }[];
}

const KIND_ORDER: Record<PartKind, number> = { summary: 0, report: 1, history: 2, failures: 3, exceptions: 4 };
const NUMBER_FIELDS = [
  "users",
  "durationS",
  "requests",
  "failedRequests",
  "throughputRps",
  "errorRatePct",
  "availabilityPct",
] as const;

/** A scenario is a stress run when the config says so, or by default when its name contains the word `stress`. */
export function isStress(name: string, config: PerformanceConfig): boolean {
  const configured = config.scenarios[name]?.stress;
  if (configured !== undefined) return configured;
  return /(^|[^a-z])stress([^a-z]|$)/i.test(name);
}

export function mergeRuns(parts: readonly PartWithOrigin[], config: PerformanceConfig): MergeResult {
  const groups = new Map<string, PartWithOrigin[]>();
  for (const p of parts) {
    const g = groups.get(p.part.runKey);
    if (g) g.push(p);
    else groups.set(p.part.runKey, [p]);
  }
  const runs: PerformanceRun[] = [];
  const incomplete: MergeResult["incomplete"] = [];
  const names = new Map<string, number>();
  for (const group of groups.values()) {
    group.sort((a, b) => KIND_ORDER[a.part.kind] - KIND_ORDER[b.part.kind]);
    const files = [...new Set(group.map((g) => g.path))];
    const baseName = group.find((g) => g.scenario)?.scenario ?? group[0]!.part.scenario;
    if (!group.some((g) => g.part.kind === "summary" || g.part.kind === "history" || g.part.kind === "report")) {
      incomplete.push({ scenario: baseName, files });
      continue;
    }
    // Two runs with one name (two tools, or two folders) stay apart in the tables.
    const seen = names.get(baseName) ?? 0;
    names.set(baseName, seen + 1);
    const scenario = seen === 0 ? baseName : `${baseName} (${seen + 1})`;

    const notes: string[] = [];
    const pick = (field: (typeof NUMBER_FIELDS)[number]): number | null => {
      const read = group.find((g) => g.part[field] !== undefined && !g.part.derived?.[field as "durationS"]);
      if (read) return read.part[field]!;
      const derived = group.find((g) => g.part[field] !== undefined);
      if (!derived) return null;
      const how = derived.part.derived?.[field as "durationS"];
      if (how) notes.push(how);
      return derived.part[field]!;
    };
    const values = Object.fromEntries(NUMBER_FIELDS.map((f) => [f, pick(f)])) as Record<
      (typeof NUMBER_FIELDS)[number],
      number | null
    >;
    const latency: LatencyStats = {};
    for (const k of LATENCY_KEYS) {
      const src = group.find((g) => g.part.latency?.[k] !== undefined);
      if (src) latency[k] = src.part.latency![k]!;
    }
    const users = values.users ?? config.scenarios[scenario]?.users ?? config.scenarios[baseName]?.users ?? null;
    if (values.users === null && users !== null) notes.push("users from the config (the files do not say)");
    let availability = values.availabilityPct;
    let availabilityDerived = false;
    if (availability === null && values.errorRatePct !== null) {
      availability = Math.round((100 - values.errorRatePct) * 1e6) / 1e6;
      availabilityDerived = true;
    }
    for (const g of group) notes.push(...(g.part.notes ?? []));
    runs.push({
      scenario,
      tool: group[0]!.part.tool,
      files,
      stress: isStress(scenario, config) || (scenario !== baseName && isStress(baseName, config)),
      users,
      durationS: values.durationS,
      requests: values.requests,
      failedRequests: values.failedRequests,
      throughputRps: values.throughputRps,
      latency,
      errorRatePct: values.errorRatePct,
      availabilityPct: availability,
      availabilityDerived,
      endpoints: group.flatMap((g) => g.part.endpoints ?? []),
      failures: group.flatMap((g) => g.part.failures ?? []),
      thresholds: group.flatMap((g) => g.part.thresholds ?? []),
      notes: [...new Set(notes)],
    });
  }
  return { runs, incomplete };
}
