import { type DimensionOutcome, notAssessed } from "../dimension.js";
import type { DocumentationDetails } from "../model/documentation.js";
import type { DocumentationResult, Finding, MetricValue } from "../model/report.js";
import { checkCodeBlocks, type CodeBlockFile } from "./check-code-blocks.js";
import { checkLinks } from "./check-links.js";
import { externalLinkFindings, type ExternalLinkSummary } from "./external-findings.js";
import { fingerprintFindings } from "./fingerprints.js";
import { lintFromResults, MARKDOWNLINT_DEFAULTS } from "./lint.js";
import { type LintSession, startLint } from "./lint-session.js";
import { linkOptions } from "./link-options.js";
import { suppressFindings } from "./apply-suppressions.js";
import { bundledLintWorker } from "./lint-worker-file.js";
import { parseMarkdown } from "./parse-markdown.js";
import { complexityProblem, decodeDoc } from "./read-doc.js";
import { RepoIndex } from "./repo-index.js";
import { type ScannedDoc, scanTree } from "./scan.js";
import { documentationScore, row } from "./score.js";
import { DOCS_RUN_BUDGET_MS } from "../util/budgets.js";
import { capPerFile, pushAll } from "./finding-budget.js";

import { FILE_RULES, MAX_LISTED_EXCLUDED, countLines, fileFinding, type DocumentationInput } from "./analyze-input.js";
export { type DocFile, type DocumentationInput, MAX_LISTED_EXCLUDED, FILE_RULES } from "./analyze-input.js";

export async function analyzeDocumentation(input: DocumentationInput): Promise<DimensionOutcome<DocumentationResult>> {
  const { config } = input;
  const findings: Finding[] = [];
  const unreadable: DocumentationDetails["unreadable"] = [];
  const notices: string[] = [];
  const texts = new Map<string, string>();
  const scans = new Map<string, ScannedDoc>();
  let lines = 0;
  // Started before parsing so that markdownlint (in a worker on large trees) lints each file as soon as it has parsed.
  let lintSession: LintSession | undefined;
  const lintMode: DocumentationDetails["lint"] = !config.markdownlint
    ? "off"
    : input.markdownlintConfig || input.markdownlintResults
      ? "repository"
      : config.markdownlint === "auto"
        ? "auto"
        : "default";
  if (config.markdownlint && !input.markdownlintResults) {
    const bundled = input.lintWorker === undefined ? bundledLintWorker() : undefined;
    const worker = bundled ? { file: bundled } : input.lintWorker || undefined;
    // As advice, markdownlint says exactly what markdownlint-cli2 would say if the repository opted in: its defaults.
    const lintConfig = lintMode === "auto" ? MARKDOWNLINT_DEFAULTS : input.markdownlintConfig;
    lintSession = startLint(lintConfig, input.files.length, worker);
  }

  const budgetMs = input.runBudgetMs ?? DOCS_RUN_BUDGET_MS;
  const started = performance.now();
  for (const file of input.files) {
    if (performance.now() - started > budgetMs) {
      const why = `the documentation budget of ${budgetMs / 1000} s per run was used up before it was reached`;
      unreadable.push({ path: file.path, reason: why });
      findings.push(fileFinding(file.path, FILE_RULES.notParsed, `${file.path} was not checked: ${why}.`));
      continue;
    }
    const decoded = decodeDoc(file.content);
    if (!decoded.ok) {
      unreadable.push({ path: file.path, reason: decoded.reason });
      findings.push(
        fileFinding(file.path, FILE_RULES.unreadable, `${file.path} ${decoded.reason}; it was not checked.`),
      );
      continue;
    }
    const text = decoded.text;
    lines += countLines(text);
    const tooComplex = complexityProblem(text);
    if (tooComplex) {
      unreadable.push({ path: file.path, reason: tooComplex.reason });
      findings.push(
        fileFinding(
          file.path,
          FILE_RULES.notParsed,
          `${file.path} was not checked: ${tooComplex.reason}.`,
          tooComplex.line,
        ),
      );
      continue;
    }
    try {
      scans.set(file.path, scanTree(parseMarkdown(text), text));
      texts.set(file.path, text);
      lintSession?.add(file.path, text);
    } catch (e) {
      const why =
        e instanceof RangeError
          ? "the Markdown parser ran out of stack (nesting too deep)"
          : `the Markdown parser rejected it (${(e as Error).message})`;
      unreadable.push({ path: file.path, reason: why });
      findings.push(fileFinding(file.path, FILE_RULES.notParsed, `${file.path} was not checked: ${why}.`));
    }
  }

  const index = new RepoIndex([...input.repoFiles, ...input.files.map((f) => f.path)]);
  const { options, sites } = linkOptions(config, input, { index, scans, texts, notices });
  const links = checkLinks(scans, index, options);
  pushAll(findings, links.findings);

  const codeFiles: CodeBlockFile[] = [];
  for (const [path, scan] of scans) {
    if (scan.codeBlocks.length > 0)
      codeFiles.push({ path, blocks: scan.codeBlocks, lines: (texts.get(path) ?? "").split("\n") });
  }
  const code = await checkCodeBlocks(codeFiles, config["code-blocks"]);
  pushAll(findings, code.findings);
  pushAll(notices, code.notices);

  const lint = input.markdownlintResults
    ? config.markdownlint
      ? lintFromResults(input.markdownlintResults, texts)
      : undefined
    : lintSession
      ? await lintSession.finish(texts)
      : undefined;
  if (lint && lintMode === "auto") {
    // Not opted in: a repository that never chose markdownlint is not judged by it, only told what it would say.
    for (const f of lint.findings) f.scored = false;
    notices.push(
      "markdownlint ran with markdownlint's own default rules as advice, not scored: the repository has no markdownlint configuration. Add a .markdownlint.jsonc (or .markdownlint-cli2.jsonc) to score it, or set documentation.markdownlint: false to turn it off",
    );
  }
  if (lint) {
    pushAll(findings, lint.findings);
    for (const f of lint.failed) {
      unreadable.push(f);
      findings.push(fileFinding(f.path, FILE_RULES.notParsed, `${f.path} was not linted: ${f.reason}.`));
    }
  }

  const mode = config["external-links"];
  let external: ExternalLinkSummary | undefined;
  if (input.externalLinkChecker && mode !== "off" && links.external.length > 0) {
    const urls = [...new Set(links.external.map((r) => r.url))];
    try {
      const results = await input.externalLinkChecker.check(urls);
      external = externalLinkFindings(links.external, results, mode);
      pushAll(findings, mode === "warn" ? external.findings.map((f) => ({ ...f, scored: false })) : external.findings);
    } catch (e) {
      notices.push(`external links were not checked: ${(e as Error).message}`);
    }
  }

  for (const u of input.unreadable ?? []) {
    unreadable.push({ path: u.path, reason: u.reason });
    findings.push(fileFinding(u.path, FILE_RULES.unreadable, `${u.path} ${u.reason}; it was not checked.`));
  }

  const suppression = suppressFindings(findings, texts, lint?.suppressed ?? [], links.ignored);
  findings.splice(0, findings.length, ...suppression.kept);
  if (lint) lint.errors -= suppression.lintErrors;
  const { regained, entries: suppressedEntries, findings: suppressedFindings } = suppression;
  const capped = (checked: number, valid: number) => Math.min(checked, valid);

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
            lintMode !== "auto",
          ),
        ]
      : []),
  ];
  const details: DocumentationDetails = {
    files: input.files.length,
    lines,
    checks,
    unreadable,
    lint: lintMode,
    ...(sites.length > 0 ? { sites: sites.map((p) => ({ name: p.name, config: p.configPath })) } : {}),
    ...(suppressedEntries.length > 0
      ? {
          suppressed: {
            findings: suppressedFindings,
            links: links.ignored.length,
            listed: suppressedEntries.slice(0, MAX_LISTED_EXCLUDED),
          },
        }
      : {}),
    ...(input.excluded?.length
      ? { excluded: input.excluded.slice(0, MAX_LISTED_EXCLUDED), excludedTotal: input.excluded.length }
      : {}),
    ...(external ? { externalOutcomes: external.outcomes } : {}),
    notices,
  };
  const metrics: Record<string, MetricValue> = {
    files: input.files.length,
    lines,
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
  fingerprintFindings(findings, texts);
  const listed = capPerFile(findings);
  const score = documentationScore(checks);
  if (score === null) {
    const reason =
      input.files.length === 0
        ? "no Markdown files matched documentation.include"
        : "nothing in the documentation files could be checked";
    return {
      result: { ...notAssessed<DocumentationResult>(config.target, reason), metrics, details },
      findings: listed,
    };
  }
  return { result: { status: "assessed", score, target: config.target, metrics, details }, findings: listed };
}
