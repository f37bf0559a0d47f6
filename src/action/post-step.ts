/**
 * The `post:` step (action.yml `runs.post`): the runner runs it after the job's steps, also when the job was
 * cancelled or the main step was killed. If the main step created a check run and never completed it, the check
 * run is completed here as `cancelled`, so the PR does not show it spinning forever. GitHub keeps a completed
 * check run final, so a run the main step did complete is left exactly as it is.
 */
import { errorStatus } from "../publish/errors.js";
import type { ClientFactory } from "./client-types.js";
import type { ActionHost } from "./host.js";
import { createGitHubClient } from "./octokit.js";
import { VERSION } from "../version.js";

import { CHECK_RUN_CLOSED, OPEN_CHECK_RUN } from "./post-state.js";

export { CHECK_RUN_CLOSED, OPEN_CHECK_RUN };

export const CANCELLED_SUMMARY =
  "The run was cancelled or stopped before it reached a verdict; re-run the workflow to assess this commit.";

interface OpenRun {
  id: number;
  owner: string;
  repo: string;
  apiUrl: string;
}

function readOpenRun(text: string): OpenRun | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<OpenRun>;
    if (typeof v.id === "number" && typeof v.owner === "string" && typeof v.repo === "string")
      return { id: v.id, owner: v.owner, repo: v.repo, apiUrl: typeof v.apiUrl === "string" ? v.apiUrl : "" };
  } catch {
    // A state value we did not write: nothing to close.
  }
  return null;
}

export async function runPost(host: ActionHost, deps: { createClient?: ClientFactory; now?: () => Date } = {}) {
  const open = readOpenRun(host.getState(OPEN_CHECK_RUN));
  if (!open || host.getState(CHECK_RUN_CLOSED) === "true") return;
  const token = host.getInput("github-token");
  if (!token) return;
  host.setSecret(token);
  const create = deps.createClient ?? ((o) => createGitHubClient({ ...o, userAgent: `readiness-gate/${VERSION}` }));
  const client = create({ token, baseUrl: open.apiUrl || "https://api.github.com", log: (m) => host.info(m) });
  try {
    await client.rest.checks.update({
      owner: open.owner,
      repo: open.repo,
      check_run_id: open.id,
      status: "completed",
      conclusion: "cancelled",
      completed_at: (deps.now?.() ?? new Date()).toISOString(),
      output: { title: "Readiness Gate did not finish", summary: CANCELLED_SUMMARY },
    });
    host.info(`Check run ${open.id} completed as cancelled: the main step did not finish.`);
  } catch (e) {
    // 422: it was completed after all (a completed check run cannot change).
    if (errorStatus(e) === 422) host.info(`Check run ${open.id} was already completed.`);
    else host.warning(`Could not close check run ${open.id}: ${(e as Error).message.split("\n")[0]}`);
  }
}
