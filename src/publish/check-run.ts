/**
 * The check run: created `in_progress` on the PR head SHA when the run starts, then completed with the verdict.
 * Annotations go 50 per update request (GitHub's limit); the last request also completes the run.
 */
import type { Verdict } from "../core/model/report.js";
import { type Annotation, batches } from "./annotations.js";
import type { GitHubClient } from "./client.js";

export type CheckConclusion = "success" | "failure" | "neutral" | "action_required";

export interface RepoTarget {
  owner: string;
  repo: string;
}

export interface CheckRunRef {
  id: number;
  url: string;
}

export function conclusionFor(verdict: Verdict, conditional: CheckConclusion): CheckConclusion {
  if (verdict === "go") return "success";
  if (verdict === "conditional") return conditional;
  return "failure";
}

/**
 * Creates a new check run for this run. A completed check run is final on GitHub (its status and conclusion
 * cannot change, and annotations sent on an update are appended), so a re-run never reopens an old one: branch
 * protection reads the latest check run of the name on the commit, which is this one.
 */
export async function startCheckRun(
  client: GitHubClient,
  target: RepoTarget,
  opts: { name: string; headSha: string; detailsUrl?: string; startedAt: Date },
): Promise<CheckRunRef> {
  const { data } = await client.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: opts.name,
    head_sha: opts.headSha,
    status: "in_progress",
    started_at: opts.startedAt.toISOString(),
    ...(opts.detailsUrl ? { details_url: opts.detailsUrl } : {}),
  });
  return { id: data.id, url: data.html_url ?? "" };
}

export interface CheckOutput {
  title: string;
  summary: string;
  text?: string;
}

/** Sends the annotations and completes the run; returns how many update requests it made. */
export async function completeCheckRun(
  client: GitHubClient,
  target: RepoTarget,
  run: CheckRunRef,
  opts: { conclusion: CheckConclusion; output: CheckOutput; annotations: readonly Annotation[]; completedAt: Date },
): Promise<number> {
  const groups = batches(opts.annotations);
  const base = { owner: target.owner, repo: target.repo, check_run_id: run.id };
  const head = { title: opts.output.title, summary: opts.output.summary };
  for (const group of groups.slice(0, -1)) {
    await client.rest.checks.update({ ...base, output: { ...head, annotations: group } });
  }
  const last = groups.at(-1);
  await client.rest.checks.update({
    ...base,
    status: "completed",
    conclusion: opts.conclusion,
    completed_at: opts.completedAt.toISOString(),
    output: {
      ...head,
      ...(opts.output.text ? { text: opts.output.text } : {}),
      ...(last ? { annotations: last } : {}),
    },
  });
  return Math.max(1, groups.length);
}
