/**
 * The App's event handlers. Each one only turns a delivery into a queued job (or, for the `/readiness`
 * command, starts a small background task), so the webhook is acknowledged at once; the work runs in the queue.
 * A delivery id seen before is ignored: GitHub may deliver an event twice, and an operator may redeliver it.
 * Between replicas the job id does the same: one pull request and head commit is one job, whichever replica
 * received the delivery; a re-run someone asked for is its own job (its id holds the delivery id).
 */
import type { Context, Logger, Probot } from "probot";
import type { AssessJob } from "./assess-job.js";
import type { AppOctokit } from "./config-source.js";
import type { AssessmentQueue } from "./queue.js";

export interface HandlerDeps {
  queue: AssessmentQueue<AssessJob>;
  checkName: string;
  log: Logger;
  /**
   * Ignore a delivery id this process saw before (the in-process queue). The shared queue leaves this to job
   * ids instead: a delivery redelivered after Redis lost its job must be taken again.
   */
  dedupeDeliveries?: boolean;
  /** Background tasks (the comment command) the drain waits for. */
  tasks: Set<Promise<void>>;
  /** `/readiness` is honoured at most once per this many ms per pull request. */
  commandIntervalMs?: number;
  now?: () => number;
}

const PR_ACTIONS = ["opened", "synchronize", "reopened", "ready_for_review"] as const;
const COMMAND = /^\/readiness(?:\s|$)/;
const SEEN_LIMIT = 10_000;

interface RepoPayload {
  installation?: { id: number };
  repository: { name: string; owner: { login: string }; default_branch: string; full_name: string };
}

export function createHandlers(deps: HandlerDeps): (app: Probot) => void {
  const seen = new Set<string>();
  const lastCommand = new Map<string, number>();
  const now = deps.now ?? Date.now;
  const interval = deps.commandIntervalMs ?? 60_000;

  /** First sighting of a delivery: true. Oldest ids are forgotten first. */
  const firstTime = (id: string): boolean => {
    if (deps.dedupeDeliveries === false) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value as string);
    return true;
  };

  const enqueue = async (
    ctx: Context,
    fields: Pick<AssessJob, "headSha" | "pullNumber" | "workflowRun" | "baseSha">,
    trigger: string,
    rerun = false,
  ) => {
    const p = ctx.payload as unknown as RepoPayload;
    const installationId = p.installation?.id;
    if (!installationId) return deps.log.warn(`${trigger} (delivery ${ctx.id}) has no installation; ignored`);
    const owner = p.repository.owner.login;
    const repo = p.repository.name;
    const job: AssessJob = {
      deliveryId: ctx.id,
      trigger,
      installationId,
      owner,
      repo,
      defaultBranch: p.repository.default_branch,
      ...fields,
    };
    const key =
      fields.pullNumber !== null ? `${owner}/${repo}#${fields.pullNumber}` : `${owner}/${repo}@${fields.headSha}`;
    const id = jobId(key, fields, rerun ? ctx.id : null);
    let outcome: string;
    try {
      outcome = await deps.queue.add({ key, id, installationId, data: job });
    } catch (e) {
      // Not stored: forget the delivery, so GitHub's redelivery of it (the webhook answered 500) is taken.
      seen.delete(ctx.id);
      deps.log.error(`${trigger} (delivery ${ctx.id}) for ${key} not queued: ${e instanceof Error ? e.message : e}`);
      throw e;
    }
    deps.log.info(`${trigger} (delivery ${ctx.id}) for ${key}: ${outcome}`);
  };

  return (app) => {
    app.on(
      PR_ACTIONS.map((a) => `pull_request.${a}` as const),
      async (ctx) => {
        if (!firstTime(ctx.id)) return;
        const pr = ctx.payload.pull_request;
        if (pr.draft)
          return deps.log.info(`pull_request.${ctx.payload.action} for draft #${pr.number}; not assessed until ready`);
        await enqueue(
          ctx,
          { headSha: pr.head.sha, pullNumber: pr.number, baseSha: pr.base.sha },
          `pull_request.${ctx.payload.action}`,
        );
      },
    );

    app.on("workflow_run.completed", async (ctx) => {
      if (!firstTime(ctx.id)) return;
      const run = ctx.payload.workflow_run;
      const listed = (run.pull_requests ?? []).find((p) => p?.head.sha === run.head_sha);
      const headRepo = run.head_repository?.full_name ?? ctx.payload.repository.full_name;
      await enqueue(
        ctx,
        {
          headSha: run.head_sha,
          pullNumber: listed?.number ?? null,
          ...(listed?.base.sha ? { baseSha: listed.base.sha } : {}),
          workflowRun: {
            id: run.id,
            name: run.name ?? "",
            path: run.path ?? "",
            headOwner: run.head_repository?.owner?.login ?? "",
            headBranch: run.head_branch ?? "",
            fork: headRepo !== ctx.payload.repository.full_name,
          },
        },
        "workflow_run.completed",
      );
    });

    app.on("check_run.rerequested", async (ctx) => {
      if (!firstTime(ctx.id)) return;
      const run = ctx.payload.check_run;
      if (run.name !== deps.checkName) return;
      await enqueue(
        ctx,
        {
          headSha: run.head_sha,
          pullNumber: run.pull_requests[0]?.number ?? null,
          ...(run.pull_requests[0]?.base.sha ? { baseSha: run.pull_requests[0].base.sha } : {}),
        },
        "check_run.rerequested",
        true,
      );
    });

    app.on("check_suite.rerequested", async (ctx) => {
      if (!firstTime(ctx.id)) return;
      const suite = ctx.payload.check_suite;
      await enqueue(
        ctx,
        {
          headSha: suite.head_sha,
          pullNumber: suite.pull_requests[0]?.number ?? null,
          ...(suite.pull_requests[0]?.base.sha ? { baseSha: suite.pull_requests[0].base.sha } : {}),
        },
        "check_suite.rerequested",
        true,
      );
    });

    app.on("merge_group.checks_requested", async (ctx) => {
      if (!firstTime(ctx.id)) return;
      await enqueue(
        ctx,
        { headSha: ctx.payload.merge_group.head_sha, pullNumber: null },
        "merge_group.checks_requested",
      );
    });

    app.on("issue_comment.created", async (ctx) => {
      if (!firstTime(ctx.id)) return;
      const { comment, issue, sender } = ctx.payload;
      if (!issue.pull_request || !COMMAND.test(comment.body.trim())) return;
      // Bots never trigger a run (a bot answering a bot loops).
      if (sender.type === "Bot" || comment.user?.type === "Bot") return;
      const task = readinessCommand(ctx, deps, lastCommand, now, interval, enqueue).catch((e: unknown) =>
        deps.log.warn(`/readiness on #${issue.number}: ${e instanceof Error ? e.message : String(e)}`),
      );
      deps.tasks.add(task);
      void task.finally(() => deps.tasks.delete(task));
    });
  };
}

type Enqueue = (
  ctx: Context,
  fields: Pick<AssessJob, "headSha" | "pullNumber" | "baseSha">,
  trigger: string,
  rerun?: boolean,
) => Promise<void>;

/**
 * The job's identity: the pull request (or commit) and head SHA, plus the workflow run whose artifacts it reads,
 * plus the delivery for a re-run someone asked for (a re-run of an assessed commit must run again).
 */
export function jobId(key: string, fields: Pick<AssessJob, "headSha" | "workflowRun">, rerunDelivery: string | null) {
  const base = key.includes("@") ? key : `${key}@${fields.headSha}`;
  const run = fields.workflowRun ? `/run-${fields.workflowRun.id}` : "";
  // BullMQ refuses ":" in a custom id; delivery ids are UUIDs, but nothing from a payload is trusted to be one.
  return `${base}${run}${rerunDelivery ? `/rerun-${rerunDelivery}` : ""}`.replaceAll(":", "_");
}

/**
 * `/readiness` re-runs the check, for users with write access only. `author_association` does not say that
 * (a private organisation member shows as CONTRIBUTOR or NONE), so the collaborator-permission API decides.
 */
async function readinessCommand(
  ctx: Context<"issue_comment.created">,
  deps: HandlerDeps,
  lastCommand: Map<string, number>,
  now: () => number,
  interval: number,
  enqueue: Enqueue,
): Promise<void> {
  const octokit = ctx.octokit as unknown as AppOctokit;
  const { comment, issue, repository } = ctx.payload;
  const repo = { owner: repository.owner.login, repo: repository.name };
  const login = comment.user?.login ?? ctx.payload.sender.login;
  const react = (content: "+1" | "-1" | "confused") =>
    octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content });
  const { data: perm } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
  if (perm.permission !== "admin" && perm.permission !== "write") {
    await react("-1");
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: `@${login} \`/readiness\` re-runs the readiness check for users with write access to this repository; your access is \`${perm.permission}\`, so nothing was run.`,
    });
    return;
  }
  const key = `${repository.full_name}#${issue.number}`;
  const last = lastCommand.get(key);
  if (last !== undefined && now() - last < interval) {
    await react("confused");
    deps.log.info(`/readiness on ${key} within ${interval / 1000} s of the last one; ignored`);
    return;
  }
  lastCommand.set(key, now());
  const { data: pr } = await octokit.rest.pulls.get({ ...repo, pull_number: issue.number });
  if (pr.state !== "open") return;
  await react("+1");
  await enqueue(
    ctx as unknown as Context,
    { headSha: pr.head.sha, pullNumber: pr.number, baseSha: pr.base.sha },
    "/readiness",
    true,
  );
}
