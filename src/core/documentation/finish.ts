/**
 * The second half of the documentation analysis, over the whole tree: the external link check (each distinct URL
 * once), suppressions, the score rows and metrics, the order of the findings, their fingerprints and the per-file
 * budget. A single run hands it what gather.ts found; a merge of shards hands it the shards' findings put together.
 */
import type { DocumentationConfig } from "../config/documentation.js";
import { type DimensionOutcome, notAssessed } from "../dimension.js";
import type { DocumentationDetails } from "../model/documentation.js";
import type { DocumentationResult, Finding, MetricValue } from "../model/report.js";
import { externalLinkFindings, type ExternalLinkSummary } from "./external-findings.js";
import type { ExternalLinkChecker } from "./external-links.js";
import { fingerprintFindings } from "./fingerprints.js";
import { suppressFindings } from "./apply-suppressions.js";
import type { FileSuppressions } from "./suppressions.js";
import { documentationScore, row } from "./score.js";
import { capPerFile, pushAll } from "./finding-budget.js";
import { FILE_RULES, MAX_LISTED_EXCLUDED, fileFinding } from "./analyze-input.js";
import type { GatheredDocumentation } from "./gather.js";
import { answerSuggestions, type SuggestionCandidates } from "./suggestion-requests.js";

export interface FinishContext {
  config: DocumentationConfig;
  externalLinkChecker?: ExternalLinkChecker;
  /** The readiness-ignore comments of the files that have any. */
  directives: ReadonlyMap<string, FileSuppressions>;
  /** The files' texts, for fingerprints (a merge has only the lines its findings sit on; the rest may be empty). */
  texts: ReadonlyMap<string, string>;
  /** What the "did you mean" requests (`g.links.suggestions`, in run order) compare with. */
  candidates: SuggestionCandidates;
}

export async function finishDocumentation(
  g: GatheredDocumentation,
  ctx: FinishContext,
): Promise<DimensionOutcome<DocumentationResult>> {
  const { config } = ctx;
  const findings: Finding[] = [...g.findings];
  answerSuggestions(findings, g.links.suggestions, ctx.candidates);
  const notices = [...g.notices];
  const links = g.links;

  const mode = config["external-links"];
  let external: ExternalLinkSummary | undefined;
  if (ctx.externalLinkChecker && mode !== "off" && links.external.length > 0) {
    const urls = [...new Set(links.external.map((r) => r.url))];
    try {
      const results = await ctx.externalLinkChecker.check(urls);
      external = externalLinkFindings(links.external, results, mode);
      pushAll(findings, mode === "warn" ? external.findings.map((f) => ({ ...f, scored: false })) : external.findings);
    } catch (e) {
      notices.push(`external links were not checked: ${(e as Error).message}`);
    }
  }

  for (const u of g.unreadable.collected)
    findings.push(fileFinding(u.path, FILE_RULES.unreadable, `${u.path} ${u.reason}; it was not checked.`));
  const unreadable = [...g.unreadable.parse, ...g.unreadable.lint, ...g.unreadable.collected];

  const lint = g.lint ? { ...g.lint } : undefined;
  const suppression = suppressFindings(findings, ctx.directives, lint?.suppressed ?? [], links.ignored);
  // Not splice(…, ...kept): a large tree's findings (markdownlint's advice included) overflow the call stack.
  findings.length = 0;
  pushAll(findings, suppression.kept);
  if (lint) lint.errors -= suppression.lintErrors;
  const { regained, entries: suppressedEntries, findings: suppressedFindings } = suppression;
  const capped = (checked: number, valid: number) => Math.min(checked, valid);
  const code = g.code;

  const w = config.weights;
  const checks = [
    row(
      "internal-links",
      "Internal links",
      links.linksChecked,
      capped(links.linksChecked, links.linksValid + regained["internal-links"]),
      w["internal-links"],
    ),
    row(
      "anchors",
      "Anchors",
      links.anchorsChecked,
      capped(links.anchorsChecked, links.anchorsValid + regained.anchors),
      w.anchors,
    ),
    ...(external
      ? [
          row(
            "external-links",
            "External links",
            external.checked,
            capped(external.checked, external.valid + regained["external-links"]),
            w["external-links"],
            mode === "error",
          ),
        ]
      : []),
    row(
      "code-blocks",
      "Code blocks",
      code.checked,
      capped(code.checked, code.valid + regained["code-blocks"]),
      w["code-blocks"],
    ),
    ...(lint
      ? [
          row(
            "lint",
            "Files passing markdownlint",
            lint.checked,
            capped(lint.checked, lint.valid + regained.lint),
            w.lint,
            g.lintMode !== "auto",
          ),
        ]
      : []),
  ];
  const details: DocumentationDetails = {
    files: g.files,
    lines: g.lines,
    checks,
    unreadable,
    lint: g.lintMode,
    ...(g.sites.length > 0 ? { sites: g.sites } : {}),
    ...(suppressedEntries.length > 0
      ? {
          suppressed: {
            findings: suppressedFindings,
            links: links.ignored.length,
            listed: suppressedEntries.slice(0, MAX_LISTED_EXCLUDED),
          },
        }
      : {}),
    ...(g.excluded.length
      ? { excluded: g.excluded.slice(0, MAX_LISTED_EXCLUDED), excludedTotal: g.excluded.length }
      : {}),
    ...(external ? { externalOutcomes: external.outcomes } : {}),
    notices,
  };
  const metrics: Record<string, MetricValue> = {
    files: g.files,
    lines: g.lines,
    "links-checked": links.linksChecked,
    "links-valid": checks[0]?.valid ?? links.linksValid,
    "broken-links": links.linksChecked - (checks[0]?.valid ?? links.linksValid),
    "anchors-checked": links.anchorsChecked,
    "anchors-valid": checks[1]?.valid ?? links.anchorsValid,
    "broken-anchors": links.anchorsChecked - (checks[1]?.valid ?? links.anchorsValid),
    "code-blocks-checked": code.checked,
    "code-blocks-valid": code.valid,
    "invalid-code-blocks": code.invalid,
    "missing-language": code.missingLanguage,
    "lint-errors": lint ? lint.errors : null,
    "external-links-checked": external ? external.checked : null,
    "external-links-valid": external ? external.valid : null,
    "broken-external-links": external ? external.checked - external.valid : null,
    unreadable: unreadable.length,
    suppressed: suppressedFindings,
    "ignored-links": links.ignored.length,
    findings: findings.filter((f) => f.scored !== false).length,
  };
  findings.sort(
    (a, b) =>
      (a.path ?? "").localeCompare(b.path ?? "") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
  // After sorting, so that identical findings are numbered in reading order.
  fingerprintFindings(findings, ctx.texts);
  const listed = capPerFile(findings);
  const score = documentationScore(checks);
  if (score === null) {
    const reason =
      g.files === 0
        ? "no Markdown files matched documentation.include"
        : "nothing in the documentation files could be checked";
    return {
      result: { ...notAssessed<DocumentationResult>(config.target, reason), metrics, details },
      findings: listed,
    };
  }
  return { result: { status: "assessed", score, target: config.target, metrics, details }, findings: listed };
}
