/**
 * Resolves the workflow event into what the publisher needs: the repository, the PR (if any) and the commit the
 * check run belongs to. The check run goes on the PR's head SHA, never on the merge commit GitHub checks out
 * for `pull_request`. Pure: the caller reads the environment, the event file and the PR info file.
 */
import { type PrInfo, PR_INFO_FILE } from "./pr-info.js";

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit the check run is created on. */
  headSha: string;
  /** The PR to comment on, or null (push, workflow_dispatch, or a workflow_run without PR info). */
  pullNumber: number | null;
  /**
   * Set when the PR number came from an untrusted file (workflow_run): the publisher confirms that this PR's
   * head is `headSha` before commenting.
   */
  verifyPull: boolean;
  serverUrl: string;
  apiUrl: string;
  /** Link to this workflow run (for the check run's details and the comment). */
  runUrl: string | null;
}

export class ContextError extends Error {
  override name = "ContextError";
}

type Env = Record<string, string | undefined>;

interface Payload {
  pull_request?: { number?: number; head?: { sha?: string } };
  workflow_run?: { head_sha?: string; pull_requests?: { number?: number; head?: { sha?: string } }[] };
  after?: string;
}

const SHA = /^[0-9a-f]{40}$/;

export function resolveContext(env: Env, payload: unknown, prInfo: PrInfo | null): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo)
    throw new ContextError("GITHUB_REPOSITORY is not set (expected owner/repo); run this inside GitHub Actions");
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const apiUrl = (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : null;
  const p = (typeof payload === "object" && payload !== null ? payload : {}) as Payload;
  const base = { eventName, owner, repo, serverUrl, apiUrl, runUrl, verifyPull: false };

  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const number = p.pull_request?.number;
    const sha = p.pull_request?.head?.sha;
    if (typeof number !== "number" || typeof sha !== "string" || !SHA.test(sha)) {
      throw new ContextError(`the ${eventName} event payload has no pull_request.number and pull_request.head.sha`);
    }
    return { ...base, headSha: sha, pullNumber: number };
  }
  if (eventName === "workflow_run") {
    const runSha = p.workflow_run?.head_sha;
    if (typeof runSha !== "string" || !SHA.test(runSha))
      throw new ContextError("the workflow_run event payload has no workflow_run.head_sha");
    if (prInfo) {
      if (prInfo.headSha !== runSha) {
        throw new ContextError(
          `${PR_INFO_FILE} names head ${prInfo.headSha}, but the triggering run was for ${runSha}; refusing to publish for a different commit`,
        );
      }
      // Same-repository PRs are listed by GitHub itself; trust that over the file.
      const listed = p.workflow_run?.pull_requests?.find((pr) => pr.number === prInfo.number);
      return { ...base, headSha: runSha, pullNumber: prInfo.number, verifyPull: !listed };
    }
    const listed = p.workflow_run?.pull_requests?.find((pr) => pr.head?.sha === runSha);
    return { ...base, headSha: runSha, pullNumber: typeof listed?.number === "number" ? listed.number : null };
  }
  // push, workflow_dispatch, schedule, merge_group, …: no comment, check run on the commit.
  const sha = eventName === "push" && typeof p.after === "string" && SHA.test(p.after) ? p.after : env.GITHUB_SHA;
  if (!sha || !SHA.test(sha)) throw new ContextError("GITHUB_SHA is not set to a commit SHA");
  return { ...base, headSha: sha, pullNumber: null };
}
