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
import { processDocs } from "./doc-pool.js";
import { bundledDocWorker } from "./doc-worker-file.js";
import type { DocJob } from "./doc-work.js";
import { linkOptions } from "./link-options.js";
import { textDigest } from "./precomputed-scan.js";
import { complexityProblem, decodeDoc } from "./read-doc.js";
import { RepoIndex } from "./repo-index.js";
import type { ScannedDoc } from "./scan.js";
import { DOCS_RUN_BUDGET_MS } from "../util/budgets.js";
import { pushAll } from "./finding-budget.js";
import { definitionIds } from "./link-index.js";
import type { SuggestionCandidates, SuggestionRequest } from "./suggestion-requests.js";
import { FILE_RULES, countLines, fileFinding, type DocumentationInput } from "./analyze-input.js";

type Unreadable = { path: string; reason: string };
/** A file left out before the pool: why, and the finding that says so. */
type LeftOut = Unreadable & { finding: Finding };

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
  const lintMode: DocumentationDetails["lint"] = !config.markdownlint
    ? "off"
    : input.markdownlintConfig || input.markdownlintResults
      ? "repository"
      : config.markdownlint === "auto"
        ? "auto"
        : "default";

  const budgetMs = input.runBudgetMs ?? DOCS_RUN_BUDGET_MS;
  const started = performance.now();
  const overBudget = (path: string) => {
    const why = `the documentation budget of ${budgetMs / 1000} s per run was used up before it was reached`;
    return { path, reason: why, finding: fileFinding(path, FILE_RULES.notParsed, `${path} was not checked: ${why}.`) };
  };
  // With results computed by the adapter (markdownlint-cli2 and the repository's configuration files) the workers
  // only parse and scan; otherwise they lint too, with the one configuration that applies to every file.
  const lintHere = config.markdownlint && !input.markdownlintResults;
  const jobs: DocJob[] = [];
  const jobLines: number[] = [];
  // Per job: the scan made from markdownlint's own tokens of exactly this text, when there is one (not sent to the pool).
  const jobScans: (ScannedDoc | undefined)[] = [];
  // Per file in input order: why it was left out, or its job's index, so the report lists files in reading order.
  const order: (LeftOut | number)[] = [];
  for (const file of input.files) {
    if (performance.now() - started > budgetMs) {
      order.push(overBudget(file.path));
      continue;
    }
    const decoded = decodeDoc(file.content);
    if (!decoded.ok) {
      const message = `${file.path} ${decoded.reason}; it was not checked.`;
      order.push({
        path: file.path,
        reason: decoded.reason,
        finding: fileFinding(file.path, FILE_RULES.unreadable, message),
      });
      continue;
    }
    const text = decoded.text;
    const tooComplex = complexityProblem(text);
    if (tooComplex) {
      lines += countLines(text);
      const message = `${file.path} was not checked: ${tooComplex.reason}.`;
      const finding = fileFinding(file.path, FILE_RULES.notParsed, message, tooComplex.line);
      order.push({ path: file.path, reason: tooComplex.reason, finding });
      continue;
    }
    order.push(jobs.length);
    jobs.push({ path: file.path, text });
    jobLines.push(countLines(text));
    // Only where markdownlint is not run here: a file the pool skips would not be linted either.
    const pre = lintHere ? undefined : input.precomputedScans?.get(file.path);
    jobScans.push(pre && pre.digest === textDigest(text) ? pre.scan : undefined);
  }
  const poolJobs: DocJob[] = [];
  // Per job: its index among the pool's jobs (-1: scanned already).
  const poolIndex = jobs.map((job, i) => (jobScans[i] ? -1 : poolJobs.push(job) - 1));

  // A shard gathers through here as well, so its files use the same pool as a single run's.
  const bundled = input.docWorker === undefined ? bundledDocWorker() : undefined;
  const worker = bundled ? { file: bundled } : input.docWorker || undefined;
  // As advice, markdownlint says exactly what markdownlint-cli2 would say if the repository opted in: its defaults.
  const repoConfig = lintMode === "auto" ? MARKDOWNLINT_DEFAULTS : input.markdownlintConfig;
  const work = await processDocs(poolJobs, lintHere ? { repoConfig } : undefined, worker, started + budgetMs);
  const outcomeOf = (i: number) => {
    const pre = jobScans[i];
    return pre ? { scan: pre } : work.outcomes[poolIndex[i] ?? -1];
  };
  for (const slot of order) {
    const job = typeof slot === "number" ? jobs[slot] : undefined;
    const outcome = typeof slot === "number" ? outcomeOf(slot) : undefined;
    const left = typeof slot !== "number" ? slot : !outcome && job ? overBudget(job.path) : undefined;
    if (left) {
      unreadable.parse.push({ path: left.path, reason: left.reason });
      findings.push(left.finding);
      continue;
    }
    if (!job || !outcome) continue;
    lines += jobLines[slot as number] ?? 0;
    if (outcome.scan) {
      scans.set(job.path, outcome.scan);
      texts.set(job.path, job.text);
    } else {
      unreadable.parse.push({ path: job.path, reason: outcome.error });
      findings.push(fileFinding(job.path, FILE_RULES.notParsed, `${job.path} was not checked: ${outcome.error}.`));
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
    : work.lint;
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
