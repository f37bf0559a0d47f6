/**
 * The pipeline: artifacts and documentation in, one Report out. No I/O of its own: files arrive as content (or as
 * ArtifactSources that the adapter opened), and the only outside effect is what injected services do.
 */
import type { ArtifactSource } from "./formats/source.js";
import { UnreadableArtifactError } from "./formats/source.js";
import { evaluateCompliance } from "./compliance/evaluate.js";
import type { Config } from "./config/schema.js";
import { analyzeDocumentation, type DocFile, type DocumentationInput } from "./documentation/analyze.js";
import { detectFormat } from "./formats/registry.js";
import type {
  ArtifactEntry,
  Dimensions,
  DocumentationResult,
  EmptyPattern,
  Finding,
  PerformanceResult,
  Report,
  SecurityResult,
} from "./model/report.js";
import { SCHEMA_VERSION } from "./model/report.js";
import { analyzePerformance, type ParsedPerformanceArtifact } from "./performance/analyze.js";
import type { RepoView } from "./repo-view.js";
import { deriveRisks } from "./scoring/risks.js";
import { evaluateGates } from "./scoring/gates.js";
import { collectMetrics } from "./scoring/metrics.js";
import { overallScore } from "./scoring/overall.js";
import { recommendationFor, verdictFrom } from "./scoring/verdict.js";
import { analyzeSecurity, type ParsedSecurityArtifact } from "./security/analyze.js";
import { type DimensionOutcome, notAssessed } from "./dimension.js";
import { mapLimit } from "./util/limit.js";
import { listedFindings } from "./listed-findings.js";
import { applyComparison, type ComparisonInput } from "./compare/apply-comparison.js";

export { MAX_LISTED_FINDINGS } from "./listed-findings.js";

export interface ArtifactInput {
  source: ArtifactSource;
  /** `auto` or a format family from the config. */
  format: string;
  scenario?: string;
}

export interface AssessInput {
  config: Config;
  docs: DocFile[];
  repo: RepoView;
  markdownlintConfig?: Record<string, unknown>;
  /** Extra documentation options that carry services (the external link checker). */
  documentationServices?: Omit<
    DocumentationInput,
    "files" | "repoFiles" | "config" | "markdownlintConfig" | "unreadable"
  >;
  artifacts: ArtifactInput[];
  /** Files of the performance baseline run. */
  baseline?: ArtifactInput[];
  /** Artifacts the collector could not even open (path + reason). */
  unopened?: ArtifactEntry[];
  /** Documentation files the collector could not read (path + reason). */
  unreadableDocs?: { path: string; reason: string }[];
  now: Date;
  toolVersion: string;
  notices?: string[];
  /** Artifact and baseline patterns that matched no file. */
  emptyPatterns?: EmptyPattern[];
  /** The PR's baseline (a base report's findings, or the changed files): findings are marked new or existing. */
  comparison?: ComparisonInput;
  /** The documentation outcome made elsewhere (a merge of shards): used instead of analysing `docs`. */
  documentationOutcome?: DimensionOutcome<DocumentationResult>;
}

export interface ParsedArtifacts {
  entries: ArtifactEntry[];
  performance: ParsedPerformanceArtifact[];
  security: ParsedSecurityArtifact[];
}

function describeError(e: unknown): string {
  if (e instanceof UnreadableArtifactError) return e.message;
  if (e instanceof SyntaxError) return `not valid: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

export async function parseArtifacts(inputs: readonly ArtifactInput[]): Promise<ParsedArtifacts> {
  const out: ParsedArtifacts = { entries: [], performance: [], security: [] };
  const parsed = await mapLimit(inputs, 4, async (input) => {
    const { source } = input;
    const format = detectFormat(source, input.format);
    if (!format) {
      const why = source.size === 0 ? "the file is empty" : "not a report of any supported format";
      return {
        entry: {
          path: source.path,
          format: null,
          dimension: null,
          status: "unrecognised",
          error: why,
          bytes: source.size,
        } satisfies ArtifactEntry,
      };
    }
    const base = { path: source.path, format: format.id, dimension: format.dimension, bytes: source.size } as const;
    try {
      if (format.dimension === "performance") {
        const parts = await format.parse(source);
        return {
          entry: { ...base, status: "parsed" } satisfies ArtifactEntry,
          performance: {
            path: source.path,
            format: format.id,
            parts,
            ...(input.scenario ? { scenario: input.scenario } : {}),
          },
        };
      }
      const result = await format.parse(source);
      return {
        entry: { ...base, status: "parsed" } satisfies ArtifactEntry,
        security: { path: source.path, format: format.id, result },
      };
    } catch (e) {
      return { entry: { ...base, status: "unreadable", error: describeError(e) } satisfies ArtifactEntry };
    }
  });
  for (const p of parsed) {
    out.entries.push(p.entry);
    if ("performance" in p && p.performance) out.performance.push(p.performance);
    if ("security" in p && p.security) out.security.push(p.security);
  }
  return out;
}

/** The documentation analyzer's input from the collected one: the single run and each shard build it alike. */
export function documentationInputOf(
  input: Pick<
    AssessInput,
    "config" | "docs" | "repo" | "markdownlintConfig" | "unreadableDocs" | "documentationServices"
  >,
): DocumentationInput {
  return {
    files: input.docs,
    repoFiles: input.repo.files(),
    config: input.config.documentation,
    ...(input.markdownlintConfig ? { markdownlintConfig: input.markdownlintConfig } : {}),
    ...(input.unreadableDocs?.length ? { unreadable: input.unreadableDocs } : {}),
    ...input.documentationServices,
  };
}

export async function assess(input: AssessInput): Promise<Report> {
  const { config } = input;
  const docsEnabled = config.documentation.enabled;
  const [docs, parsed, baseline] = await Promise.all([
    docsEnabled && input.documentationOutcome
      ? Promise.resolve(input.documentationOutcome)
      : docsEnabled
        ? analyzeDocumentation(documentationInputOf(input))
        : Promise.resolve({
            result: notAssessed<DocumentationResult>(config.documentation.target, "disabled in the config"),
            findings: [] as Finding[],
          }),
    parseArtifacts(input.artifacts),
    input.baseline?.length ? parseArtifacts(input.baseline) : Promise.resolve(undefined),
  ]);
  const artifacts = [...(input.unopened ?? []), ...parsed.entries];
  const unreadableOf = (d: "performance" | "security") =>
    artifacts.filter((a) => a.dimension === d && a.status === "unreadable").map((a) => a.path);

  const [perf, sec] = await Promise.all([
    config.performance.enabled
      ? analyzePerformance({
          artifacts: parsed.performance,
          config: config.performance,
          unreadable: unreadableOf("performance"),
          ...(baseline ? { baseline: baseline.performance } : {}),
        })
      : Promise.resolve({
          result: notAssessed<PerformanceResult>(config.performance.target, "disabled in the config"),
          findings: [] as Finding[],
        }),
    config.security.enabled
      ? analyzeSecurity({
          artifacts: parsed.security,
          config: config.security,
          now: input.now,
          unreadable: unreadableOf("security"),
        })
      : Promise.resolve({
          result: notAssessed<SecurityResult>(config.security.target, "disabled in the config"),
          findings: [] as Finding[],
        }),
  ]);
  const partial: Dimensions = {
    documentation: docs.result,
    performance: perf.result,
    security: sec.result,
    compliance: notAssessed(config.compliance.target, "pending"),
  };
  const compliance = config.compliance.enabled
    ? await evaluateCompliance({
        config: config.compliance,
        repo: input.repo,
        artifacts,
        metrics: collectMetrics(partial, null),
      })
    : { result: notAssessed(config.compliance.target, "disabled in the config"), findings: [] as Finding[] };
  const dimensions: Dimensions = { ...partial, compliance: compliance.result };
  const notices = [...(input.notices ?? [])];
  const compared = applyComparison(
    [docs.findings, perf.findings, sec.findings, compliance.findings],
    input.comparison,
    config,
    notices,
  );
  const findings = compared.lists.flatMap((list) => listedFindings(list, notices));

  const score = overallScore(dimensions, config.weights);
  const metrics = collectMetrics(dimensions, score);
  for (const [k, v] of compared.metrics) metrics.set(k, v);
  const gates = evaluateGates(config, dimensions, metrics, compared.gateOn);
  const verdict = verdictFrom(gates, dimensions);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "readiness-gate", version: input.toolVersion },
    generatedAt: input.now.toISOString(),
    verdict,
    score,
    recommendation: recommendationFor(verdict, config),
    dimensions,
    findings,
    artifacts,
    gates,
    risks: deriveRisks(gates, findings),
    notices,
    ...(input.emptyPatterns?.length ? { emptyPatterns: input.emptyPatterns } : {}),
    ...(compared.comparison ? { comparison: compared.comparison } : {}),
  };
}
