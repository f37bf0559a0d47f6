/**
 * The GitHub Action adapter: inputs and event in, one assessment, then publish (check run, PR comment, job
 * summary, outputs, JSON report on disk). Publishing problems are warnings: the step's result follows `fail-on`.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { collect } from "../collect/collect.js";
import { loadConfigFile } from "../collect/config-file.js";
import { ConfigError } from "../core/config/load-config.js";
import { assess } from "../core/engine.js";
import { DIMENSIONS, type Report } from "../core/model/report.js";
import { writeSarifFile } from "./sarif-file.js";
import { renderJson } from "../core/render/json.js";
import { COMMENT_LIMIT, type PreviousScores, renderMarkdown } from "../core/render/markdown.js";
import { displayScore } from "../core/scoring/metrics.js";
import { planAnnotations } from "../github/annotations.js";
import { annotationNote, checkOutput, scoreText } from "../github/check-output.js";
import { type CheckRunRef, completeCheckRun, conclusionFor, startCheckRun } from "../github/check-run.js";
import { type CommentResult, findMarkedComments, type MarkedComment, upsertComment } from "../github/comment.js";
import {
  commentMarker,
  decodeCommentData,
  encodeCommentData,
  fingerprintOf,
  scoresOf,
} from "../github/comment-data.js";
import { describeApiError, forbiddenWarning, isIntegrationForbidden, type Permission } from "../github/errors.js";
import { createGitHubClient, type GitHubClient } from "../github/octokit.js";
import { VERSION } from "../version.js";
import { ContextError, type RunContext, resolveContext } from "./context.js";
import { type ActionHost, actionsHost } from "./host.js";
import { type ActionInputs, InputError, readInputs } from "./inputs.js";
import { type CacheApi, actionsCache, linkCacheKeys, restoreLinkCache, saveLinkCache } from "./link-cache.js";
import { PR_INFO_FILE, type PrInfo, parsePrInfo } from "./pr-info.js";

/** GitHub's job summary limit is 1 MiB; stay well inside it. */
const SUMMARY_LIMIT = 900_000;
export const REPORT_FILE = "readiness-report.json";
/** Folder the fork-safe publishing workflow downloads the first half's artifact into. */
export const PR_INPUT_DIR = "readiness-input";

export interface RunDeps {
  host?: ActionHost;
  createClient?: (opts: { token: string; baseUrl: string; log: (m: string) => void }) => GitHubClient;
  cache?: CacheApi;
  now?: () => Date;
}

export interface RunOutcome {
  report: Report | null;
  /** The step was marked failed (by `fail-on` or because the run could not assess). */
  failed: boolean;
  checkRun: CheckRunRef | null;
  comment: CommentResult | null;
  warnings: string[];
  reportPath: string | null;
}

export async function run(deps: RunDeps = {}): Promise<RunOutcome> {
  const host = deps.host ?? actionsHost();
  const warnings: string[] = [];
  const warn = (m: string) => {
    warnings.push(m);
    host.warning(m);
  };
  const outcome: RunOutcome = {
    report: null,
    failed: false,
    checkRun: null,
    comment: null,
    warnings,
    reportPath: null,
  };
  try {
    await runSteps(host, deps, warn, outcome);
  } catch (e) {
    outcome.failed = true;
    const known = e instanceof InputError || e instanceof ContextError || e instanceof ConfigError;
    host.setFailed(`readiness-gate: ${known ? e.message : describeUnexpected(e)}`);
  }
  return outcome;
}

function describeUnexpected(e: unknown): string {
  return e instanceof Error ? `${e.message} (an unexpected error; please report it with the log above)` : String(e);
}

async function readEvent(file: string | undefined): Promise<unknown> {
  if (!file) return {};
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new ContextError(`could not read the event payload ${file}: ${(e as Error).message}`);
  }
}

async function readPrInfo(dirs: string[], warn: (m: string) => void): Promise<PrInfo | null> {
  for (const dir of dirs) {
    const file = path.join(dir, PR_INFO_FILE);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch {
      continue;
    }
    try {
      return parsePrInfo(file, text);
    } catch (e) {
      warn(`${(e as Error).message}; no PR comment is written.`);
      return null;
    }
  }
  return null;
}

/** A GitHub write that may fail: a missing permission or any API error becomes a warning, never the step's result. */
async function attempt<T>(
  what: string,
  permission: Permission,
  warn: (m: string) => void,
  fn: () => Promise<T>,
): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    warn(isIntegrationForbidden(e) ? forbiddenWarning(what, permission) : describeApiError(what, e));
    return null;
  }
}

async function runSteps(
  host: ActionHost,
  deps: RunDeps,
  warn: (m: string) => void,
  outcome: RunOutcome,
): Promise<void> {
  const env = host.env;
  const now = deps.now ?? (() => new Date());
  const inputs = readInputs((n) => host.getInput(n));
  if (inputs["github-token"]) host.setSecret(inputs["github-token"]);

  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const root = path.resolve(workspace, inputs["working-directory"]);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) {
    throw new InputError([
      `input \`working-directory\`: ${JSON.stringify(inputs["working-directory"])} is not a directory under ${workspace}`,
    ]);
  }
  const payload = await readEvent(env.GITHUB_EVENT_PATH);
  const prInfo =
    env.GITHUB_EVENT_NAME === "workflow_run"
      ? // `readiness-input/` is where the documented fork-safe workflow downloads the untrusted artifact, kept out
        // of the workspace root so that it cannot replace the config or anything else the run reads.
        await readPrInfo([...new Set([root, workspace, path.join(workspace, PR_INPUT_DIR)])], warn)
      : null;
  const ctx = resolveContext(env, payload, prInfo);
  const relRoot = path.relative(workspace, root);
  const pathPrefix = relRoot && !relRoot.startsWith("..") ? `${relRoot.split(path.sep).join("/")}/` : "";

  let dryRun = inputs["dry-run"];
  if (!dryRun && !inputs["github-token"]) {
    warn("The `github-token` input is empty: nothing is written to GitHub (as with `dry-run: true`).");
    dryRun = true;
  }
  const client = dryRun
    ? null
    : (deps.createClient ?? ((o) => createGitHubClient({ ...o, userAgent: `readiness-gate/${VERSION}` })))({
        token: inputs["github-token"],
        baseUrl: ctx.apiUrl,
        log: (m) => host.info(m),
      });
  const repoTarget = { owner: ctx.owner, repo: ctx.repo };

  const checkRun = client
    ? await attempt("create the check run", "checks: write", warn, () =>
        startCheckRun(client, repoTarget, {
          name: inputs["check-name"],
          headSha: ctx.headSha,
          startedAt: now(),
          ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
        }),
      )
    : null;
  outcome.checkRun = checkRun;

  let report: Report;
  try {
    report = await assessRoot(root, inputs, ctx, env, now, warn, deps.cache ?? actionsCache);
  } catch (e) {
    // Close the check run so the PR does not show it spinning forever, then fail the step.
    if (client && checkRun) {
      const message = e instanceof ConfigError ? e.message : describeUnexpected(e);
      await attempt("complete the check run", "checks: write", warn, () =>
        completeCheckRun(client, repoTarget, checkRun, {
          conclusion: "failure",
          output: { title: "Readiness Gate could not run", summary: message.slice(0, 60_000) },
          annotations: [],
          completedAt: now(),
        }),
      );
    }
    throw e;
  }
  report.context = {
    repository: `${ctx.owner}/${ctx.repo}`,
    sha: ctx.headSha,
    ...(ctx.pullNumber !== null ? { pullRequest: ctx.pullNumber } : {}),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
  };
  outcome.report = report;
  const fileBase = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.headSha}${pathPrefix ? `/${pathPrefix.slice(0, -1)}` : ""}`;
  const fullReportUrl = checkRun?.url || ctx.runUrl || undefined;

  // The PR comment: read the previous one first (its scores feed the "since last run" column).
  let previous: PreviousScores | undefined;
  let comment: CommentResult | null = null;
  const pullNumber =
    client && ctx.pullNumber !== null && inputs.comment !== "never" ? await confirmPull(client, ctx, warn) : null;
  if (client && pullNumber !== null) {
    const target = { ...repoTarget, issueNumber: pullNumber };
    const marker = commentMarker(inputs["check-name"]);
    const existing = await attempt<MarkedComment[]>(
      "read the pull request's comments",
      "pull-requests: read",
      warn,
      () => findMarkedComments(client, target, marker),
    );
    if (existing) {
      const data = existing[0] ? decodeCommentData(existing[0].body) : null;
      if (data) previous = data.scores;
      const fingerprint = fingerprintOf(renderMarkdown(report, { maxLength: COMMENT_LIMIT, fileBase }));
      const footerHidden = `${marker}\n${encodeCommentData({ scores: scoresOf(report, previous), fingerprint })}`;
      const body = renderMarkdown(report, {
        maxLength: COMMENT_LIMIT,
        footerHidden,
        fileBase,
        ...(previous ? { previous } : {}),
        ...(fullReportUrl ? { fullReportUrl } : {}),
      });
      comment = await attempt("write the pull request comment", "pull-requests: write", warn, () =>
        upsertComment(client, target, {
          body,
          existing,
          skipUpdate: inputs.comment === "on-change" && data !== null && data.fingerprint === fingerprint,
        }),
      );
      if (comment)
        host.info(
          `PR comment ${comment.action}: ${comment.url}${comment.deleted.length ? ` (removed ${comment.deleted.length} duplicate(s))` : ""}`,
        );
    }
  }
  outcome.comment = comment;

  // The check run's result, with annotations.
  const plan = planAnnotations(report.findings, inputs.annotations, pathPrefix);
  const note = annotationNote(plan, inputs.annotations);
  if (client && checkRun) {
    const output = checkOutput(report, note, { fileBase, ...(ctx.runUrl ? { fullReportUrl: ctx.runUrl } : {}) });
    const requests = await attempt("complete the check run", "checks: write", warn, () =>
      completeCheckRun(client, repoTarget, checkRun, {
        conclusion: conclusionFor(report.verdict, inputs["conditional-conclusion"]),
        output,
        annotations: plan.annotations,
        completedAt: now(),
      }),
    );
    if (requests !== null)
      host.info(
        `Check run completed: ${checkRun.url} (${plan.annotations.length} annotations in ${requests} request(s))`,
      );
  }

  // Outputs, the JSON report and the job summary: always, whatever happened on GitHub.
  const reportDir = env.RUNNER_TEMP ? path.resolve(env.RUNNER_TEMP, "readiness-gate") : root;
  const reportPath = path.join(reportDir, REPORT_FILE);
  try {
    await mkdir(reportDir, { recursive: true });
    await writeFile(reportPath, renderJson(report));
    outcome.reportPath = reportPath;
  } catch (e) {
    warn(`Could not write the JSON report to ${reportPath}: ${(e as Error).message}`);
  }
  setOutputs(host, report, outcome.reportPath, comment, checkRun);
  const sarifOptions = { config: inputs.config, pathPrefix };
  host.setOutput("sarif-file", await writeSarifFile(report, reportDir, sarifOptions, warn));
  const links = [
    checkRun ? `[Check run](${checkRun.url})` : "",
    comment ? `[PR comment](${comment.url})` : "",
    dryRun ? "_Dry run: nothing was written to GitHub._" : "",
  ].filter(Boolean);
  const warningLines = outcome.warnings.map((w) => `> [!WARNING]\n> ${w.replace(/\r?\n/g, " ")}`);
  const summary = [
    renderMarkdown(report, { maxLength: SUMMARY_LIMIT, fileBase, ...(previous ? { previous } : {}) }),
    note,
    links.join(" · "),
    ...warningLines,
  ]
    .filter(Boolean)
    .join("\n\n");
  try {
    await host.writeSummary(`${summary}\n`);
  } catch (e) {
    host.warning(`Could not write the job summary: ${(e as Error).message}`);
  }

  host.info(`Readiness: ${report.verdict}, ${scoreText(report.score)}`);
  const failOn = inputs["fail-on"];
  if ((failOn === "no-go" && report.verdict === "no-go") || (failOn === "conditional" && report.verdict !== "go")) {
    outcome.failed = true;
    host.setFailed(
      `Readiness verdict is ${report.verdict} (${scoreText(report.score)}); \`fail-on: ${failOn}\` fails the step.`,
    );
  }
}

/** For a PR number that came from an untrusted file, make sure that PR's head is the commit we assessed. */
async function confirmPull(client: GitHubClient, ctx: RunContext, warn: (m: string) => void): Promise<number | null> {
  const number = ctx.pullNumber;
  if (number === null || !ctx.verifyPull) return number;
  const pr = await attempt("read the pull request", "pull-requests: read", warn, () =>
    client.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: number }),
  );
  if (!pr) return null;
  if (pr.data.head.sha !== ctx.headSha) {
    warn(
      `${PR_INFO_FILE} names PR #${number}, whose head is ${pr.data.head.sha}, not the assessed ${ctx.headSha}; no PR comment is written.`,
    );
    return null;
  }
  return number;
}

async function assessRoot(
  root: string,
  inputs: ActionInputs,
  ctx: RunContext,
  env: Record<string, string | undefined>,
  now: () => Date,
  warn: (m: string) => void,
  cacheApi: CacheApi,
): Promise<Report> {
  const configPath = path.resolve(root, inputs.config);
  const config = await loadConfigFile(configPath, inputs.config !== ".github/readiness.yml", "input `config`");
  const input = await collect({ root, config, extraArtifacts: inputs.artifacts });
  const external = config.documentation.enabled && config.documentation["external-links"] !== "off";
  if (!external) return assess({ ...input, now: now(), toolVersion: VERSION });

  const cacheFile = path.resolve(root, config.documentation.links.cache.path);
  const keys = linkCacheKeys(env, ctx.pullNumber);
  await restoreLinkCache(cacheApi, cacheFile, keys, warn);
  // Loaded only when links are checked: the HTTP client is a large part of the bundle.
  const { createExternalLinkChecker } = await import("../links/index.js");
  const checker = createExternalLinkChecker({
    config: config.documentation.links,
    root,
    ...(inputs["github-token"] ? { githubToken: inputs["github-token"] } : {}),
    env,
  });
  try {
    return await assess({
      ...input,
      documentationServices: { externalLinkChecker: checker },
      now: now(),
      toolVersion: VERSION,
    });
  } finally {
    await checker.close();
    if (existsSync(cacheFile)) await saveLinkCache(cacheApi, cacheFile, keys, warn);
  }
}

function setOutputs(
  host: ActionHost,
  report: Report,
  reportPath: string | null,
  comment: CommentResult | null,
  checkRun: CheckRunRef | null,
): void {
  const score = (s: number | null) => (s === null ? "" : displayScore(s));
  host.setOutput("verdict", report.verdict);
  host.setOutput("score", score(report.score));
  for (const d of DIMENSIONS) {
    const dim = report.dimensions[d];
    host.setOutput(`${d}-score`, dim.status === "assessed" ? score(dim.score) : "");
  }
  host.setOutput("report-path", reportPath ?? "");
  host.setOutput("comment-id", comment ? String(comment.id) : "");
  host.setOutput("comment-url", comment?.url ?? "");
  host.setOutput("check-run-id", checkRun ? String(checkRun.id) : "");
  host.setOutput("check-run-url", checkRun?.url ?? "");
}
