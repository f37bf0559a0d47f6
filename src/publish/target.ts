/**
 * Event payload → what the publisher writes to: the repository, the PR (if any) and the commit the check run
 * belongs to. The check run goes on the PR's head SHA, never on the merge commit GitHub checks out for
 * `pull_request`. Pure; shared by every front door that receives GitHub events (the Action reads the payload
 * from the runner's event file, the App from the webhook).
 */

export interface PublishTarget {
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
}

/** A PR number and head claimed by an untrusted file (the fork-safe setup's PR info file). */
export interface PrClaim {
  number: number;
  headSha: string;
  /** The file's name, for messages. */
  source: string;
}

export class TargetError extends Error {
  override name = "TargetError";
}

/** The event describes nothing to assess (a deleted branch): the run ends with a notice, not a failure. */
export class EventSkipped extends Error {
  override name = "EventSkipped";
}

interface Payload {
  pull_request?: { number?: number; head?: { sha?: string } };
  workflow_run?: { head_sha?: string; pull_requests?: { number?: number; head?: { sha?: string } }[] };
  merge_group?: { head_sha?: string };
  deleted?: boolean;
  after?: string;
  ref?: string;
}

const SHA = /^[0-9a-f]{40}$/;
const ZERO_SHA = "0".repeat(40);

export interface EventInput {
  eventName: string;
  payload: unknown;
  owner: string;
  repo: string;
  /** The commit of a non-PR event (the runner's GITHUB_SHA). */
  sha?: string | undefined;
  prClaim?: PrClaim | null;
}

export function targetFromEvent(input: EventInput): PublishTarget {
  const { eventName, owner, repo } = input;
  const p = (typeof input.payload === "object" && input.payload !== null ? input.payload : {}) as Payload;
  const base = { owner, repo, verifyPull: false };

  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const number = p.pull_request?.number;
    const sha = p.pull_request?.head?.sha;
    if (typeof number !== "number" || typeof sha !== "string" || !SHA.test(sha)) {
      throw new TargetError(`the ${eventName} event payload has no pull_request.number and pull_request.head.sha`);
    }
    return { ...base, headSha: sha, pullNumber: number };
  }
  if (eventName === "workflow_run") {
    const runSha = p.workflow_run?.head_sha;
    if (typeof runSha !== "string" || !SHA.test(runSha))
      throw new TargetError("the workflow_run event payload has no workflow_run.head_sha");
    const claim = input.prClaim;
    if (claim) {
      if (claim.headSha !== runSha) {
        throw new TargetError(
          `${claim.source} names head ${claim.headSha}, but the triggering run was for ${runSha}; refusing to publish for a different commit`,
        );
      }
      // Same-repository PRs are listed by GitHub itself; trust that over the file.
      const listed = p.workflow_run?.pull_requests?.find((pr) => pr.number === claim.number);
      return { ...base, headSha: runSha, pullNumber: claim.number, verifyPull: !listed };
    }
    const listed = p.workflow_run?.pull_requests?.find((pr) => pr.head?.sha === runSha);
    return { ...base, headSha: runSha, pullNumber: typeof listed?.number === "number" ? listed.number : null };
  }
  if (eventName === "push" && (p.deleted === true || p.after === ZERO_SHA)) {
    throw new EventSkipped(`${p.ref ?? "the branch"} was deleted; there is no commit to assess`);
  }
  // The merge queue's temporary commit: the check run there is what a required check waits for.
  const queued = eventName === "merge_group" ? p.merge_group?.head_sha : undefined;
  if (eventName === "merge_group" && !(typeof queued === "string" && SHA.test(queued)))
    throw new TargetError("the merge_group event payload has no merge_group.head_sha");
  // push, workflow_dispatch, schedule, …: no comment, check run on the commit. For push that is GITHUB_SHA:
  // `after` is the tag object on an annotated tag.
  const sha = queued ?? input.sha;
  if (!sha || !SHA.test(sha)) throw new TargetError("GITHUB_SHA is not set to a commit SHA");
  return { ...base, headSha: sha, pullNumber: null };
}
