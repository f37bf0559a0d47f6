/**
 * The per-artifact budget, applied to every registered format: a file over the byte budget is not parsed, and a
 * scanner report with more findings than the finding budget keeps its worst ones plus one finding that says how
 * many more there were, so the score still counts them and the report stays a size that can be written.
 */
import { makeFinding } from "../security/build.js";
import type { SecurityFinding } from "../model/security.js";
import { SEVERITY_RANK, type Severity } from "../model/report.js";
import { FIELD_MAX, MAX_ARTIFACT_BYTES, MAX_FINDINGS_PER_ARTIFACT } from "../util/budgets.js";
import { boundedText } from "../util/redact.js";
import { type ArtifactSource, UnreadableArtifactError } from "./source.js";
import type { ArtifactFormat, SecurityParseResult } from "./types.js";

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function checkSize(source: ArtifactSource): void {
  if (source.size > MAX_ARTIFACT_BYTES)
    throw new UnreadableArtifactError(
      `the file is ${mb(source.size)}, over the budget of ${mb(MAX_ARTIFACT_BYTES)} per artifact; it was not parsed`,
    );
}

/** The findings over the budget, summed up as one finding of the worst severity among them. */
export function withinFindingBudget(result: SecurityParseResult, path: string, max = MAX_FINDINGS_PER_ARTIFACT) {
  const tool = boundedText(result.tool, FIELD_MAX.tool);
  const out: SecurityParseResult = { ...result, tool };
  if (result.toolVersion !== undefined) out.toolVersion = boundedText(result.toolVersion, FIELD_MAX.version);
  if (result.findings.length <= max) return out;
  const sorted = [...result.findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const kept = sorted.slice(0, max - 1);
  const rest = sorted.slice(max - 1);
  const worst: Severity = rest[0]!.severity;
  const summary: SecurityFinding = makeFinding({
    tool: result.findings[0]!.tool,
    ruleId: "finding-budget",
    severity: worst,
    title: `${rest.length.toLocaleString("en-US")} more findings in ${path} (over the budget of ${max.toLocaleString("en-US")} findings per artifact); see the scanner's own report`,
    occurrences: rest.length,
  });
  return { ...out, findings: [...kept, summary] };
}

/**
 * Every string of a load-test part (endpoint names, methods, messages, notes) bounded and redacted: load-test tools
 * copy request URLs and headers into them, and there is no single door like makeFinding for those.
 */
export function cleanStrings<T>(value: T, max: number = FIELD_MAX.message): T {
  if (typeof value === "string") return boundedText(value, max) as T;
  if (Array.isArray(value)) return value.map((v) => cleanStrings(v, max)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanStrings(v, max);
    return out as T;
  }
  return value;
}

/** A parser's error can quote the file (a JSON parser shows the token it choked on): bounded and redacted too. */
function cleanError(e: unknown): unknown {
  if (e instanceof Error) e.message = boundedText(e.message, FIELD_MAX.message);
  return e;
}

export function withBudgets<F extends ArtifactFormat>(format: F): F {
  if (format.dimension === "performance") {
    return {
      ...format,
      parse: async (source: ArtifactSource) => {
        checkSize(source);
        try {
          return cleanStrings(await format.parse(source));
        } catch (e) {
          throw cleanError(e);
        }
      },
    };
  }
  return {
    ...format,
    parse: async (source: ArtifactSource) => {
      checkSize(source);
      try {
        return withinFindingBudget(await format.parse(source), source.path);
      } catch (e) {
        throw cleanError(e);
      }
    },
  };
}
