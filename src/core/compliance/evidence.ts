/** One check per evidence type; each says in one line what it found or what is missing. */
import picomatch from "picomatch";
import type { EvidenceConfig } from "../config/compliance.js";
import type { EvidenceResult } from "../model/compliance.js";
import type { ArtifactEntry, MetricValue } from "../model/report.js";
import type { RepoView } from "../repo-view.js";
import { type ContainsPattern, matches, parseContains } from "./contains.js";

/** Text larger than this is not searched (a policy document is never this big; a generated file might be). */
export const MAX_EVIDENCE_CHARS = 5 * 1024 * 1024;
const LISTED = 3;

export interface EvidenceContext {
  repo: RepoView;
  files: readonly string[];
  artifacts: readonly ArtifactEntry[];
  metrics: ReadonlyMap<string, MetricValue>;
  regexTimeoutMs: number;
}

function asList(v: string | string[]): string[] {
  return Array.isArray(v) ? v : [v];
}

function listed(items: readonly string[]): string {
  const head = items.slice(0, LISTED).join(", ");
  return items.length > LISTED ? `${head} and ${items.length - LISTED} more` : head;
}

function fileRule(patterns: readonly string[], minCount: number): string {
  return `${minCount > 1 ? `at least ${minCount} files matching ` : "file "}${patterns.join(" or ")}`;
}

/** `file` evidence, with or without `contains`. `error` is set when the check could not run to the end. */
export async function checkFile(
  e: EvidenceConfig,
  ctx: EvidenceContext,
): Promise<{ result: EvidenceResult; error?: string }> {
  const patterns = asList(e.file ?? []);
  const minCount = e["min-count"] ?? 1;
  const isMatch = picomatch(patterns, { dot: true, nocase: true });
  const matched = ctx.files.filter((f) => isMatch(f));
  if (e.contains === undefined) {
    const held = matched.length >= minCount;
    const rule = fileRule(patterns, minCount);
    const detail = held
      ? `found ${listed(matched)}`
      : matched.length === 0
        ? `no file matches ${listed(patterns)}`
        : `${matched.length} of the ${minCount} files needed: ${listed(matched)}`;
    return {
      result: { type: "file", rule, held, detail, ...(matched.length ? { paths: matched.slice(0, LISTED) } : {}) },
    };
  }

  let wanted: ContainsPattern[];
  try {
    wanted = asList(e.contains).map(parseContains);
  } catch (err) {
    const why = `invalid contains pattern: ${(err as Error).message}`;
    return { result: { type: "contains", rule: fileRule(patterns, minCount), held: false, detail: why }, error: why };
  }
  const labels = wanted.map((w) => w.label).join(" and ");
  const rule = `${fileRule(patterns, minCount)} containing ${labels}`;
  if (matched.length === 0) {
    return { result: { type: "contains", rule, held: false, detail: `no file matches ${listed(patterns)}` } };
  }
  const good: string[] = [];
  const misses: string[] = [];
  const missPaths: string[] = [];
  for (const path of matched) {
    if (good.length >= minCount) break;
    const text = await ctx.repo.read(path);
    if (text === null || text.length > MAX_EVIDENCE_CHARS || text.includes("\u0000")) {
      misses.push(`${path} could not be read as text (binary, or over ${MAX_EVIDENCE_CHARS / 1024 / 1024} MB)`);
      missPaths.push(path);
      continue;
    }
    const lacking: string[] = [];
    for (const w of wanted) {
      const m = matches(w, text, ctx.regexTimeoutMs);
      if ("timedOut" in m) {
        const why = `the pattern ${w.label} ran longer than ${ctx.regexTimeoutMs} ms on ${path} and was stopped; simplify it (nested quantifiers such as (a+)+ backtrack without end)`;
        return { result: { type: "contains", rule, held: false, detail: why, paths: [path] }, error: why };
      }
      if (!m.found) lacking.push(w.label);
    }
    if (lacking.length === 0) good.push(path);
    else {
      misses.push(`${path} lacks ${lacking.join(" and ")}`);
      missPaths.push(path);
    }
  }
  const held = good.length >= minCount;
  const detail = held
    ? `${listed(good)} ${good.length === 1 ? "has" : "have"} ${labels}`
    : good.length > 0
      ? `${good.length} of the ${minCount} files needed have ${labels} (${listed(good)}); ${listed(misses)}`
      : listed(misses);
  const paths = (held ? good : missPaths).slice(0, LISTED);
  return { result: { type: "contains", rule, held, detail, ...(paths.length ? { paths } : {}) } };
}

/** Format ids are `<family>` or `<family>-<variant>` (`locust-stats`, `sarif`): match the family as a prefix. */
export function isOfFamily(format: string | null, family: string): boolean {
  if (format === null) return false;
  if (format === family) return true;
  return format.startsWith(family) && /^[-./:]/.test(format.slice(family.length));
}

export function checkArtifact(family: string, minCount: number, ctx: EvidenceContext): EvidenceResult {
  const rule = `${minCount > 1 ? `at least ${minCount} ` : ""}${family} report${minCount > 1 ? "s" : ""} among the artifacts`;
  const ofFamily = ctx.artifacts.filter((a) => isOfFamily(a.format, family));
  const parsed = ofFamily.filter((a) => a.status === "parsed").map((a) => a.path);
  const held = parsed.length >= minCount;
  if (held)
    return {
      type: "artifact",
      rule,
      held,
      detail: `found ${family} report ${listed(parsed)}`,
      paths: parsed.slice(0, LISTED),
    };
  const broken = ofFamily.filter((a) => a.status !== "parsed");
  const read = ctx.artifacts.filter((a) => a.status === "parsed").length;
  const parts: string[] = [];
  if (parsed.length > 0) parts.push(`${parsed.length} of the ${minCount} ${family} reports needed: ${listed(parsed)}`);
  else parts.push(`no ${family} report among the ${read} artifact${read === 1 ? "" : "s"} read`);
  for (const b of broken.slice(0, LISTED)) parts.push(`${b.path} could not be read: ${b.error ?? b.status}`);
  return {
    type: "artifact",
    rule,
    held,
    detail: parts.join("; "),
    ...(broken.length ? { paths: broken.slice(0, LISTED).map((b) => b.path) } : {}),
  };
}

function showNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
}

export function checkMetric(
  metric: string,
  min: number | undefined,
  max: number | undefined,
  ctx: EvidenceContext,
): EvidenceResult {
  const bounds = [min !== undefined ? `≥ ${min}` : "", max !== undefined ? `≤ ${max}` : ""]
    .filter(Boolean)
    .join(" and ");
  const rule = `${metric} ${bounds}`;
  const v = ctx.metrics.get(metric);
  if (v === undefined || v === null) {
    const dim = metric.split(".")[0];
    return { type: "metric", rule, held: false, detail: `${metric} was not measured (no ${dim} data)` };
  }
  if (min !== undefined && v < min)
    return { type: "metric", rule, held: false, detail: `${metric} is ${showNumber(v)}, below ${min}` };
  if (max !== undefined && v > max)
    return { type: "metric", rule, held: false, detail: `${metric} is ${showNumber(v)}, above ${max}` };
  return { type: "metric", rule, held: true, detail: `${metric} is ${showNumber(v)}` };
}
