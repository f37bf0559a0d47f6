/**
 * The GitHub Action adapter: runner inputs and event in, one assessment (the shared engine), then the shared
 * publisher (check run, PR comment), the job summary, outputs and the JSON report on disk. Publishing problems
 * are warnings: the step's result follows `fail-on`.
 */
import type { Report } from "../core/model/report.js";
import { scoreText } from "../publish/check-output.js";
import type { Publication, PublishResult } from "../publish/publish.js";
import { type CacheApi, actionsCache } from "./actions-cache.js";
import { assessWorkspace, shardOptions } from "./assess.js";
import { saveBaseReport } from "./baseline.js";
import { resolveContext } from "./context.js";
import { readEvent, readPrInfo } from "./event.js";
import { failOnMessage } from "./fail-on.js";
import { describeFailure } from "./failure.js";
import { type ActionHost, actionsHost } from "./host.js";
import { readInputs } from "./inputs.js";
import { setOutputs } from "./outputs.js";
import { type ClientFactory, openPublication } from "./publication.js";
import { reportDir, writeReportFiles } from "./report-file.js";
import { runShardStep } from "./shards.js";
import { jobSummary, writeJobSummary } from "./summary.js";
import { emitWorkflowAnnotations, workflowAnnotationNote } from "./workflow-annotations.js";
import { fileBaseUrl, resolveWorkspace } from "./workspace.js";

export { PR_INPUT_DIR } from "./event.js";
export { REPORT_FILE } from "./report-file.js";

export interface RunDeps {
  host?: ActionHost;
  createClient?: ClientFactory;
  cache?: CacheApi;
  now?: () => Date;
}

export interface RunOutcome {
  report: Report | null;
  /** The step was marked failed (by `fail-on` or because the run could not assess). */
  failed: boolean;
  checkRun: PublishResult["checkRun"];
  comment: PublishResult["comment"];
  warnings: string[];
  reportPath: string | null;
}

export async function run(deps: RunDeps = {}): Promise<RunOutcome> {
  const host = deps.host ?? actionsHost();
  const out: RunOutcome = {
    report: null,
    failed: false,
    checkRun: null,
    comment: null,
    warnings: [],
    reportPath: null,
  };
  const warn = (m: string) => {
    out.warnings.push(m);
    host.warning(m);
  };
  const fail = (m: string) => {
    out.failed = true;
    host.setFailed(m);
  };
  let publication: Publication | null = null;
  let workspace: string | null = null;
  let commentMode: "always" | "on-change" | "never" = "always";
  try {
    const env = host.env;
    const now = deps.now ?? (() => new Date());
    const inputs = readInputs((n) => host.getInput(n));
    if (inputs["github-token"]) host.setSecret(inputs["github-token"]);
    commentMode = inputs.comment;
    const ws = await resolveWorkspace(env, inputs["working-directory"]);
    workspace = ws.workspace;
    const payload = await readEvent(env.GITHUB_EVENT_PATH);
    const prInfo = env.GITHUB_EVENT_NAME === "workflow_run" ? await readPrInfo(ws.root, ws.workspace, warn) : null;
    const ctx = resolveContext(env, payload, prInfo);
    if (inputs.shard) {
      // One job of a matrix: a partial report for the merge job, which alone publishes.
      const options = await shardOptions(ws, inputs, ctx, {
        env,
        payload,
        now: now(),
        createClient: deps.createClient,
      });
      out.reportPath = await runShardStep(host, inputs.shard, reportDir(env, ws.root), options, warn);
      return out;
    }
    const opened = await openPublication(host, inputs, ctx, { ...deps, now, warn });
    publication = opened.publication;
    out.checkRun = publication?.checkRun ?? null;
    const { createClient, cache = actionsCache } = deps;
    const report = await assessWorkspace(ws, inputs, ctx, {
      ...{ env, cache, now: now(), warn, payload, createClient, client: opened.client },
      info: (m) => host.info(m),
    });
    out.report = report;
    const fileBase = fileBaseUrl(ctx.serverUrl, ctx.owner, ctx.repo, ctx.headSha, ws.pathPrefix);
    const published = publication
      ? await publication.complete(report, {
          comment: inputs.comment,
          annotations: inputs.annotations,
          conditionalConclusion: inputs["conditional-conclusion"],
          allowEmpty: inputs["allow-empty"],
          pathPrefix: ws.pathPrefix,
          fileBase,
          ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        })
      : null;
    out.comment = published?.comment ?? null;
    // No check run carries the annotations (dry run, read-only token): the findings still reach the PR inline.
    const commands = published?.checkRunCompleted
      ? ""
      : workflowAnnotationNote(
          emitWorkflowAnnotations(host, report, ws.pathPrefix, inputs.annotations),
          opened.dryRun ? "a dry run has no check run" : "the check run could not carry them",
        );
    const sarif = { config: inputs.config, pathPrefix: ws.pathPrefix };
    const files = await writeReportFiles(reportDir(env, ws.root), report, sarif, warn);
    out.reportPath = files.reportPath;
    await saveBaseReport(cache, env, payload, files.reportPath, warn);
    setOutputs(host, report, files, out.comment, out.checkRun);
    const summary = jobSummary(report, {
      fileBase,
      ...(published?.previous ? { previous: published.previous } : {}),
      annotationNote: [published?.annotationNote ?? "", commands].filter(Boolean).join(" "),
      ...{ checkRun: out.checkRun, comment: out.comment, dryRun: opened.dryRun, warnings: out.warnings },
    });
    await writeJobSummary(host, summary);
    host.info(
      `Readiness: ${report.verdict}${report.verdict === "nothing-assessed" ? "" : `, ${scoreText(report.score)}`}`,
    );
    const failure = failOnMessage(report, inputs["fail-on"], inputs["allow-empty"]);
    if (failure) fail(failure);
  } catch (e) {
    const { message, annotation, skipped } = describeFailure(e, workspace);
    if (skipped) host.notice(`readiness-gate: ${message}`);
    // Close the check run (and replace the comment's verdict) so nobody reads an old result as current.
    else if (publication && !out.report)
      await publication.fail(message, { comment: commentMode, ...(annotation ? { annotation } : {}) });
    if (!skipped) fail(`readiness-gate: ${message}`);
  }
  return out;
}
