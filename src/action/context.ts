/**
 * The runner's environment and event → the run's context: the publish target (from the shared
 * `targetFromEvent`) plus the URLs of this GitHub and this workflow run. Pure: the caller reads the environment,
 * the event file and the PR info file.
 */
import type { Report } from "../core/model/report.js";
import { type PublishTarget, TargetError, targetFromEvent } from "../publish/target.js";
import { type PrInfo, PR_INFO_FILE } from "./pr-info.js";

export interface RunContext extends PublishTarget {
  eventName: string;
  serverUrl: string;
  apiUrl: string;
  /** Link to this workflow run (for the check run's details and the comment). */
  runUrl: string | null;
}

/** The event or environment does not describe a run the Action can publish for. */
export { TargetError as ContextError };

type Env = Record<string, string | undefined>;

export function resolveContext(env: Env, payload: unknown, prInfo: PrInfo | null): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo)
    throw new TargetError("GITHUB_REPOSITORY is not set (expected owner/repo); run this inside GitHub Actions");
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const apiUrl = (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : null;
  const target = targetFromEvent({
    eventName,
    payload,
    owner,
    repo,
    sha: env.GITHUB_SHA,
    prClaim: prInfo ? { number: prInfo.number, headSha: prInfo.headSha, source: PR_INFO_FILE } : null,
  });
  return { ...target, eventName, serverUrl, apiUrl, runUrl };
}

/** The report's `context` block for this run. */
export function reportContext(ctx: RunContext): NonNullable<Report["context"]> {
  return {
    repository: `${ctx.owner}/${ctx.repo}`,
    sha: ctx.headSha,
    ...(ctx.pullNumber !== null ? { pullRequest: ctx.pullNumber } : {}),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
  };
}
