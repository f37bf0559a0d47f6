/**
 * The first half of the documentation analysis: read, parse, lint and check every file, and count. What it returns
 * is plain data, so that a shard of a sharded run can carry it to a merge; finish.ts turns it (one run's, or the
 * shards' put together) into the outcome, so both paths share every step that judges the whole tree.
 */
import type { DocumentationDetails } from "../model/documentation.js";
import type { Finding } from "../model/report.js";
import { checkCodeBlocks, type CodeBlockFile } from "./check-code-blocks.js";
import { checkLinks, type IgnoredLink, type LinkCounts, type PendingAnchor } from "./check-links.js";
import type { ExternalLinkRef } from "./external-links.js";
import { type LintSuppressed, lintFromResults, MARKDOWNLINT_DEFAULTS } from "./lint.js";
import { type LintSession, startLint } from "./lint-session.js";
import { linkOptions } from "./link-options.js";
import { bundledLintWorker } from "./lint-worker-file.js";
import { parseMarkdown } from "./parse-markdown.js";
import { complexityProblem, decodeDoc } from "./read-doc.js";
import { RepoIndex } from "./repo-index.js";
import { type ScannedDoc, scanTree } from "./scan.js";
import { DOCS_RUN_BUDGET_MS } from "../util/budgets.js";
import { pushAll } from "./finding-budget.js";
import { definitionIds } from "./link-index.js";
import type { SuggestionCandidates, SuggestionRequest } from "./suggestion-requests.js";
import { FILE_RULES, countLines, fileFinding, type DocumentationInput } from "./analyze-input.js";

type Unreadable = { path: string; reason: string };

/** Everything the checks found and counted, before suppressions, scoring and the external link check. */
export interface GatheredDocumentation {
  files: number;
  lines: number;
  lintMode: DocumentationDetails["lint"];
  /** Findings of the parse, link, code-block and lint checks (not yet suppressed, sorted or fingerprinted). */
  findings: Finding[];
  /** Files not checked: in the parse (in file order), by markdownlint, by the collector. */
  unreadable: { parse: Unreadable[]; lint: Unreadable[]; collected: Unreadable[] };
  notices: string[];
  links: LinkCounts & { ignored: IgnoredLink[]; external: ExternalLinkRef[]; suggestions: SuggestionRequest[] };
  code: { checked: number; valid: number; invalid: number; missingLanguage: number };
  lint?: { checked: number; valid: number; errors: number; suppressed: LintSuppressed[] };
  sites: NonNullable<DocumentationDetails["sites"]>;
  excluded: Unreadable[];
}

export interface GatherHooks {
  /** A shard: an anchor into a file it did not parse (another shard's) is handed here instead of being dropped. */
  onUnknownAnchors?: (ref: PendingAnchor) => void;
}

export interface Gathered {
  data: GatheredDocumentation;
  /** What the suggestion requests compare with: this run's anchors and definitions. */
  candidates: SuggestionCandidates;
  scans: ReadonlyMap<string, ScannedDoc>;
  texts: ReadonlyMap<string, string>;
}

export async function gatherDocumentation(input: DocumentationInput, hooks: GatherHooks = {}): Promise<Gathered> {
  const { config } = input;
  const findings: Finding[] = [];
  const unreadable: GatheredDocumentation["unreadable"] = { parse: [], lint: [], collected: [] };
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
      unreadable.parse.push({ path: file.path, reason: why });
      findings.push(fileFinding(file.path, FILE_RULES.notParsed, `${file.path} was not checked: ${why}.`));
      continue;
    }
    const decoded = decodeDoc(file.content);
    if (!decoded.ok) {
      unreadable.parse.push({ path: file.path, reason: decoded.reason });
      findings.push(
        fileFinding(file.path, FILE_RULES.unreadable, `${file.path} ${decoded.reason}; it was not checked.`),
      );
      continue;
    }
    const text = decoded.text;
    lines += countLines(text);
    const tooComplex = complexityProblem(text);
    if (tooComplex) {
      unreadable.parse.push({ path: file.path, reason: tooComplex.reason });
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
      unreadable.parse.push({ path: file.path, reason: why });
      findings.push(fileFinding(file.path, FILE_RULES.notParsed, `${file.path} was not checked: ${why}.`));
    }
  }

  const index = new RepoIndex([...input.repoFiles, ...input.files.map((f) => f.path)]);
  const { options, sites } = linkOptions(config, input, { index, scans, texts, notices });
  const links = checkLinks(scans, index, {
    ...options,
    ...(hooks.onUnknownAnchors ? { onUnknownAnchors: hooks.onUnknownAnchors } : {}),
  });
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
      unreadable.lint.push(f);
      findings.push(fileFinding(f.path, FILE_RULES.notParsed, `${f.path} was not linted: ${f.reason}.`));
    }
  }
  for (const u of input.unreadable ?? []) unreadable.collected.push({ path: u.path, reason: u.reason });

  const data: GatheredDocumentation = {
    files: input.files.length,
    lines,
    lintMode,
    findings,
    unreadable,
    notices,
    links: {
      linksChecked: links.linksChecked,
      linksValid: links.linksValid,
      anchorsChecked: links.anchorsChecked,
      anchorsValid: links.anchorsValid,
      ignored: links.ignored,
      external: links.external,
      suggestions: links.suggestions,
    },
    code: { checked: code.checked, valid: code.valid, invalid: code.invalid, missingLanguage: code.missingLanguage },
    ...(lint
      ? { lint: { checked: lint.checked, valid: lint.valid, errors: lint.errors, suppressed: lint.suppressed } }
      : {}),
    sites: sites.map((p) => ({ name: p.name, config: p.configPath })),
    excluded: [...(input.excluded ?? [])],
  };
  const candidates: SuggestionCandidates = {
    anchorsOf: (target, site) =>
      (site ? sites.find((p) => p.configPath === site)?.anchorsOf?.(target) : undefined) ?? scans.get(target)?.anchors,
    definitionsOf: (p) => {
      const scan = scans.get(p);
      return scan ? definitionIds(scan) : undefined;
    },
  };
  return { data, candidates, scans, texts };
}
