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

/** `allowEmpty`: a run that assessed nothing is expected (`allow-empty: true`), so it is neutral, not a failure. */
export function conclusionFor(verdict: Verdict, conditional: CheckConclusion, allowEmpty = false): CheckConclusion {
  if (verdict === "go") return "success";
  if (verdict === "conditional") return conditional;
  if (verdict === "nothing-assessed") return allowEmpty ? "neutral" : "failure";
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
  opts: { name: string; headSha: string; detailsUrl?: string; startedAt: Date; resume?: boolean },
): Promise<CheckRunRef> {
  if (opts.resume) {
    // A job another worker began and could not finish (it died): its check run is still open, and an open run may
    // be updated. A completed one is never reopened; then a new run is created.
    const { data: list } = await client.rest.checks.listForRef({
      owner: target.owner,
      repo: target.repo,
      ref: opts.headSha,
      check_name: opts.name,
      filter: "latest",
      per_page: 1,
    });
    const open = list.check_runs[0];
    if (open && open.status !== "completed") return { id: open.id, url: open.html_url ?? "" };
  }
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

/** What the minimal completing request says about the run when the full one was refused. */
const FALLBACK_SUMMARY_MAX = 1000;

/**
 * Sends the annotations and completes the run; returns how many update requests it made. The run must end
 * completed whatever happens: an annotation batch GitHub refuses is skipped, and a refused completing request
 * (after the client's own retries) is sent once more with only the conclusion, the title and a short summary.
 */
export async function completeCheckRun(
  client: GitHubClient,
  target: RepoTarget,
  run: CheckRunRef,
  opts: {
    conclusion: CheckConclusion | "timed_out" | "cancelled";
    output: CheckOutput;
    annotations: readonly Annotation[];
    completedAt: Date;
    warn?: (message: string) => void;
  },
): Promise<number> {
  const groups = batches(opts.annotations);
  const base = { owner: target.owner, repo: target.repo, check_run_id: run.id };
  const head = { title: opts.output.title, summary: opts.output.summary };
  let requests = 0;
  for (const group of groups.slice(0, -1)) {
    requests++;
    try {
      await client.rest.checks.update({ ...base, output: { ...head, annotations: group } });
    } catch (e) {
      opts.warn?.(
        `GitHub refused ${group.length} annotations (${describe(e)}); the check run is completed without them.`,
      );
      break;
    }
  }
  const last = groups.at(-1);
  const final = {
    ...base,
    status: "completed" as const,
    conclusion: opts.conclusion,
    completed_at: opts.completedAt.toISOString(),
  };
  requests++;
  try {
    await client.rest.checks.update({
      ...final,
      output: {
        ...head,
        ...(opts.output.text ? { text: opts.output.text } : {}),
        ...(last ? { annotations: last } : {}),
      },
    });
  } catch (e) {
    opts.warn?.(`GitHub refused the check run's full result (${describe(e)}); completing it with a short summary.`);
    requests++;
    await client.rest.checks.update({
      ...final,
      output: {
        title: opts.output.title.slice(0, 255),
        summary: `${opts.output.summary.slice(0, FALLBACK_SUMMARY_MAX)}\n\n_The full report did not reach GitHub; see the job summary._`,
      },
    });
  }
  return requests;
}

function describe(e: unknown): string {
  const status = (e as { status?: unknown }).status;
  const message = e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
  return typeof status === "number" ? `HTTP ${status}: ${message}` : message;
}
