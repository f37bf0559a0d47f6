/**
 * The documentation dimension: every Markdown file is decoded, guarded and parsed once; one walk per tree feeds the
 * link, anchor, reference and code-block checks; markdownlint runs over the same texts (in a worker thread on large
 * trees, overlapping the rest: see lint-session.ts); external links go to the injected checker. Pure apart from that
 * thread: content in, result and findings out.
 */
import type { DocumentationConfig } from "../config/documentation.js";
import { type DimensionOutcome, notAssessed } from "../dimension.js";
import type { DocumentationDetails } from "../model/documentation.js";
import type { DocumentationResult, Finding, MetricValue } from "../model/report.js";
import { checkCodeBlocks, type CodeBlockFile } from "./check-code-blocks.js";
import { checkLinks } from "./check-links.js";
import { externalLinkFindings, type ExternalLinkSummary } from "./external-findings.js";
import { fingerprintFindings } from "./fingerprints.js";
import type { ExternalLinkChecker } from "./external-links.js";
import { type LintSession, type LintWorkerSpec, startLint } from "./lint-session.js";
import { bundledLintWorker } from "./lint-worker-file.js";
import { parseMarkdown } from "./parse-markdown.js";
import { complexityProblem, decodeDoc } from "./read-doc.js";
import { RepoIndex } from "./repo-index.js";
import { type ScannedDoc, scanTree } from "./scan.js";
import { documentationScore, row } from "./score.js";
import { DOCS_RUN_BUDGET_MS } from "../util/budgets.js";
import { capPerFile, pushAll } from "./finding-budget.js";

export interface DocFile {
  path: string;
  content: string | Buffer;
}

export interface DocumentationInput {
  files: DocFile[];
  /** Every path in the repository, for links to files that are not Markdown. */
  repoFiles: readonly string[];
  config: DocumentationConfig;
  /** The repository's own markdownlint configuration, already parsed, when present. */
  markdownlintConfig?: Record<string, unknown>;
  /** Markdown files the collector left out, with the reason (ignored, excluded, build output), to list in the report. */
  excluded?: readonly { path: string; reason: string }[];
  /** Checks external links when `external-links` is not `off`; absent means external links are not checked. */
  externalLinkChecker?: ExternalLinkChecker;
  /**
   * Where markdownlint's worker thread comes from: the bundled worker beside the running bundle by default (none when
   * running from sources), `false` to always lint in the main thread.
   */
  lintWorker?: LintWorkerSpec | false;
  /** Files the collector found but could not read (too large, permission denied): reported like undecodable ones. */
  unreadable?: readonly { path: string; reason: string }[];
  /** Wall time for parsing all files (ms); files not started by then are reported. Default DOCS_RUN_BUDGET_MS. */
  runBudgetMs?: number;
}

/** The report lists this many left-out files (a gitignored vendor tree can hold thousands); the total is kept. */
export const MAX_LISTED_EXCLUDED = 100;

export const FILE_RULES = {
  unreadable: "documentation.unreadable",
  notParsed: "documentation.not-parsed",
  findingBudget: "documentation.finding-budget",
} as const;

function countLines(text: string): number {
  if (text === "") return 0;
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return text.endsWith("\n") ? n : n + 1;
}

function fileFinding(path: string, ruleId: string, message: string, line = 1): Finding {
  return {
    dimension: "documentation",
    ruleId,
    severity: "medium",
    message,
    path,
    line,
    column: 1,
    tool: "readiness-gate",
  };
}

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
  if (config.markdownlint) {
    const bundled = input.lintWorker === undefined ? bundledLintWorker() : undefined;
    const worker = bundled ? { file: bundled } : input.lintWorker || undefined;
    lintSession = startLint(input.markdownlintConfig, input.files.length, worker);
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
  const links = checkLinks(scans, index);
  pushAll(findings, links.findings);

  const codeFiles: CodeBlockFile[] = [];
  for (const [path, scan] of scans) {
    if (scan.codeBlocks.length > 0)
      codeFiles.push({ path, blocks: scan.codeBlocks, lines: (texts.get(path) ?? "").split("\n") });
  }
  const code = await checkCodeBlocks(codeFiles, config["code-blocks"]);
  pushAll(findings, code.findings);
  pushAll(notices, code.notices);

  const lint = lintSession ? await lintSession.finish(texts) : undefined;
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

  const w = config.weights;
  const checks = [
    row("internal-links", "Internal links", links.linksChecked, links.linksValid, w["internal-links"]),
    row("anchors", "Anchors", links.anchorsChecked, links.anchorsValid, w.anchors),
    ...(external
      ? [
          row(
            "external-links",
            "External links",
            external.checked,
            external.valid,
            w["external-links"],
            mode === "error",
          ),
        ]
      : []),
    row("code-blocks", "Code blocks", code.checked, code.valid, w["code-blocks"]),
    ...(lint ? [row("lint", "Files passing markdownlint", lint.checked, lint.valid, w.lint)] : []),
  ];
  const details: DocumentationDetails = {
    files: input.files.length,
    lines,
    checks,
    unreadable,
    lint: !config.markdownlint ? "off" : input.markdownlintConfig ? "repository" : "default",
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
    "links-valid": links.linksValid,
    "broken-links": links.linksChecked - links.linksValid,
    "anchors-checked": links.anchorsChecked,
    "anchors-valid": links.anchorsValid,
    "broken-anchors": links.anchorsChecked - links.anchorsValid,
    "code-blocks-checked": code.checked,
    "code-blocks-valid": code.valid,
    "invalid-code-blocks": code.invalid,
    "missing-language": code.missingLanguage,
    "lint-errors": lint ? lint.errors : null,
    "external-links-checked": external ? external.checked : null,
    "external-links-valid": external ? external.valid : null,
    "broken-external-links": external ? external.checked - external.valid : null,
    unreadable: unreadable.length,
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
