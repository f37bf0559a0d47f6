/**
 * One assessment, from a queued job to a completed check run: the config from the default branch, the head
 * commit's tree from its tarball, the named workflow run's artifacts, the engine in an isolated process, then
 * the shared publisher. Every path ends with the check run completed and the temporary directory removed.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Logger, Probot } from "probot";
import type { Config } from "../core/config/schema.js";
import type { ArtifactEntry } from "../core/model/report.js";
import { ConfigError, parseConfig } from "../core/validate-config.js";
import { ArchiveLimitError, ArchiveRefused } from "../engine/sources/github/archive-limits.js";
import type { Permission } from "../publish/errors.js";
import { type Publication, startPublication } from "../publish/publish.js";
import {
  type AppOctokit,
  CONFIG_PATH,
  configNotice,
  type DefaultBranchConfig,
  readDefaultBranchConfig,
} from "./config-source.js";
import { fetchTarball } from "./downloads.js";
import { AssessmentFailed, AssessmentStopped, assessInChild } from "./isolation.js";
import type { JobRunner, StopReason } from "./queue.js";
import { ARTIFACT_DIR, type AssessJob } from "./job.js";
import { findForkPull, linkCheckerToken, linksWillRun, namesWorkflow } from "./job-facts.js";
import { readRunArtifacts } from "./run-artifacts.js";
import type { AppSettings } from "./settings.js";

export { ARTIFACT_DIR, type AssessJob } from "./job.js";

export interface RunnerDeps {
  probot: Probot;
  settings: AppSettings;
  log: Logger;
  /** The REST API root (GitHub Enterprise Server: `…/api/v3`) and the web root, for the link checker and links. */
  apiUrl: string;
  serverUrl: string;
  isolation: { entry: string; execArgv: string[] };
  /**
   * Before a pull request's push is assessed, ask GitHub for the PR's head and skip the job if it moved on: the
   * shared queue coalesces this way (a newer push has its own job), since its jobs are not replaced in place.
   */
  skipSuperseded?: boolean;
  now?: () => Date;
}

export function appForbiddenAdvice(what: string, permission: Permission): string {
  const appPermission = permission.replace("pull-requests", "pull_requests");
  return `Could not ${what}: the installation does not grant \`${appPermission}\` (GitHub answered 403). Accept the App's requested permissions in the installation's settings; app.yml lists them.`;
}

export function createJobRunner(deps: RunnerDeps): JobRunner<AssessJob> {
  return (job, signal, attempt) => runJob(job, signal, deps, attempt?.final ?? true);
}

/** A job that will not be tried again: its check run (restarted, or created) ends `failure` with the reason. */
export function createJobFailer(deps: RunnerDeps): (job: AssessJob, reason: string) => Promise<void> {
  return async (job, reason) => {
    const octokit: AppOctokit = await deps.probot.auth(job.installationId);
    const publication = await startPublication({
      client: octokit,
      target: { owner: job.owner, repo: job.repo, headSha: job.headSha, pullNumber: job.pullNumber, verifyPull: false },
      checkName: deps.settings.checkName,
      now: deps.now ?? (() => new Date()),
      info: (m) => deps.log.info(m),
      warn: (m) => deps.log.warn(m),
      forbiddenAdvice: appForbiddenAdvice,
    });
    await publication.fail(reason);
  };
}

/** A push whose pull request has a newer head (or is closed) by the time its job runs. */
async function superseded(octokit: AppOctokit, job: AssessJob): Promise<string | null> {
  if (job.pullNumber === null || !job.trigger.startsWith("pull_request.")) return null;
  const { data: pr } = await octokit.rest.pulls.get({ owner: job.owner, repo: job.repo, pull_number: job.pullNumber });
  if (pr.state !== "open") return `#${job.pullNumber} is ${pr.state}`;
  return pr.head.sha === job.headSha ? null : `#${job.pullNumber} moved on to ${pr.head.sha.slice(0, 7)}`;
}

async function runJob(job: AssessJob, signal: AbortSignal, deps: RunnerDeps, final: boolean): Promise<void> {
  const { settings } = deps;
  const now = deps.now ?? (() => new Date());
  const log = deps.log.child({
    delivery: job.deliveryId,
    repo: `${job.owner}/${job.repo}`,
    sha: job.headSha.slice(0, 7),
  });
  const octokit: AppOctokit = await deps.probot.auth(job.installationId);
  if (deps.skipSuperseded) {
    const why = await superseded(octokit, job);
    if (why) return void log.info(`${job.trigger} for ${job.headSha.slice(0, 7)} skipped: ${why}`);
  }
  const repoRef = { owner: job.owner, repo: job.repo };
  const start = (pullNumber: number | null) =>
    startPublication({
      client: octokit,
      target: { ...repoRef, headSha: job.headSha, pullNumber, verifyPull: false },
      checkName: settings.checkName,
      now,
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      forbiddenAdvice: appForbiddenAdvice,
      recheckPull: true,
      resumeCheckRun: true,
    });

  // A pull request's check run shows `in_progress` before anything is read; a workflow run first needs the
  // config to know whether its workflow is one the App assesses at all.
  let publication = job.workflowRun ? null : await start(job.pullNumber);
  const loaded = await loadRepoConfig(octokit, job);
  if (job.workflowRun) {
    if (loaded.config && !namesWorkflow(loaded.config, job.workflowRun)) {
      log.debug(`workflow ${job.workflowRun.name} is not in app.workflows; nothing to do`);
      return;
    }
    publication = await start(job.pullNumber ?? (await findForkPull(octokit, job)));
  }
  if (!publication) return;
  const { config, source } = loaded;
  if (!config || !source) return void (await publication.fail(loaded.problem ?? "the config could not be read"));

  const tmp = await mkdtemp(path.join(tmpdir(), "readiness-app-"));
  try {
    await assessAndPublish(job, config, source, octokit, publication, tmp, signal, { ...deps, now }, log);
  } catch (e) {
    if (!final && mayPassOff(e, signal)) {
      // The check run stays in progress; the next try restarts it.
      log.warn(`assessment failed, to be tried again: ${e instanceof Error ? e.message : String(e)}`);
      throw e;
    }
    await publication.fail(...failure(e, signal, settings));
    if (!(e instanceof AssessmentStopped || e instanceof ArchiveLimitError || e instanceof ArchiveRefused))
      log.error(`assessment failed: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The default branch's config, parsed; a read or parse problem is returned as the check run's reason. */
async function loadRepoConfig(
  octokit: AppOctokit,
  job: AssessJob,
): Promise<{ source?: DefaultBranchConfig; config?: Config; problem?: string }> {
  let source: DefaultBranchConfig;
  try {
    source = await readDefaultBranchConfig(octokit, {
      owner: job.owner,
      repo: job.repo,
      defaultBranch: job.defaultBranch,
    });
  } catch (e) {
    return {
      problem: `Could not read ${CONFIG_PATH} from the default branch ${job.defaultBranch}: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  try {
    return { source, config: parseConfig(source.name, source.text) };
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return { source, problem: e.message };
  }
}

/** A network or server error (GitHub, the download host) may pass off; a refused archive or a failed assessment not. */
function mayPassOff(e: unknown, signal: AbortSignal): boolean {
  if (signal.aborted) return false;
  if (e instanceof AssessmentStopped || e instanceof AssessmentFailed) return false;
  if (e instanceof ArchiveLimitError || e instanceof ArchiveRefused) return false;
  const status = (e as { status?: unknown }).status;
  return typeof status !== "number" || status >= 500 || status === 429;
}

function failure(e: unknown, signal: AbortSignal, settings: AppSettings): Parameters<Publication["fail"]> {
  const reason = (signal.aborted ? signal.reason : null) as StopReason | null;
  if (reason === "timeout")
    return [
      `The assessment took longer than ${settings.jobTimeoutMs / 1000} s (the server's limit, READINESS_JOB_TIMEOUT_S) and was stopped.`,
      { conclusion: "timed_out" },
    ];
  if (reason === "shutdown")
    return [
      "The server shut down before the assessment finished; re-run this check to assess again.",
      { conclusion: "cancelled" },
    ];
  return [e instanceof Error ? e.message : String(e)];
}

const stopIfAborted = (signal: AbortSignal) => {
  if (signal.aborted) throw new AssessmentStopped(String(signal.reason));
};

async function assessAndPublish(
  job: AssessJob,
  config: Config,
  source: DefaultBranchConfig,
  octokit: AppOctokit,
  publication: Publication,
  tmp: string,
  signal: AbortSignal,
  deps: RunnerDeps & { now: () => Date },
  log: Logger,
): Promise<void> {
  const { settings } = deps;
  const root = path.join(tmp, "tree");
  await mkdir(root);
  const tree = await fetchTarball(octokit, { owner: job.owner, repo: job.repo, sha: job.headSha }, root, {
    maxBytes: settings.maxArchiveBytes,
    maxEntries: settings.maxArchiveEntries,
    reserved: [ARTIFACT_DIR],
  });
  stopIfAborted(signal);
  const notices = [configNotice(source)];
  for (const s of tree.skipped.slice(0, 20)) notices.push(`${s.path} in the head commit ${s.reason}; it was not read.`);
  if (tree.skipped.length > 20)
    notices.push(`${tree.skipped.length - 20} more entries of the head commit were not read.`);

  const unopened: ArtifactEntry[] = [];
  if (job.workflowRun) {
    const found = await readRunArtifacts(octokit, job, config, root, path.join(tmp, "zips"), settings);
    unopened.push(...found.refused);
    notices.push(...found.notices);
    stopIfAborted(signal);
  }
  const base =
    job.baseSha && job.pullNumber !== null ? await fetchBase(octokit, job, job.baseSha, tmp, settings) : null;
  if (base && "notice" in base) notices.push(base.notice);
  stopIfAborted(signal);
  const linkToken = linksWillRun(config, settings) ? await linkCheckerToken(deps.probot, job) : undefined;
  const result = await assessInChild(
    {
      root,
      config: { name: source.name, text: source.text },
      extraArtifacts: job.workflowRun ? [`${ARTIFACT_DIR}/**/*`] : [],
      unopened,
      limits: {
        externalLinks: settings.externalLinks,
        externalLinkConcurrency: settings.externalLinkConcurrency,
        allowPrivateHosts: settings.allowPrivateHosts,
      },
      ...(linkToken ? { linkToken } : {}),
      apiUrl: deps.apiUrl,
      now: deps.now().toISOString(),
      ...(base && "root" in base ? { base } : {}),
    },
    { ...deps.isolation, heapMb: settings.assessHeapMb, signal },
  );
  const report = result.report;
  report.notices = [...notices, ...result.notices, ...report.notices];
  report.context = {
    repository: `${job.owner}/${job.repo}`,
    sha: job.headSha,
    ...(job.pullNumber !== null ? { pullRequest: job.pullNumber } : {}),
  };
  const published = await publication.complete(report, {
    comment: config.app.comment,
    annotations: config.app.annotations,
    conditionalConclusion: config.app["conditional-conclusion"],
    fileBase: `${deps.serverUrl}/${job.owner}/${job.repo}/blob/${job.headSha}/`,
  });
  log.info(`assessed (${job.trigger}): ${report.verdict}, comment ${published.comment?.action ?? "not written"}`);
}

/** The base commit's tree, for the comparison; a base that cannot be read is a notice, and every finding gates. */
async function fetchBase(
  octokit: AppOctokit,
  job: AssessJob,
  sha: string,
  tmp: string,
  settings: AppSettings,
): Promise<{ root: string; sha: string } | { notice: string }> {
  const root = path.join(tmp, "base");
  try {
    await mkdir(root);
    await fetchTarball(octokit, { owner: job.owner, repo: job.repo, sha }, root, {
      maxBytes: settings.maxArchiveBytes,
      maxEntries: settings.maxArchiveEntries,
      reserved: [ARTIFACT_DIR],
    });
    return { root, sha };
  } catch (e) {
    await rm(root, { recursive: true, force: true });
    return {
      notice: `The base commit ${sha.slice(0, 7)} could not be read (${(e as Error).message.split("\n")[0]}): every finding gates, old ones included.`,
    };
  }
}
