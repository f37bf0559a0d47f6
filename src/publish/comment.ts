/**
 * The one PR comment: found by its hidden marker across every page of the PR's comments, created once, then
 * updated in place. When a past race left several marked comments, the oldest is kept and the others deleted.
 */
import type { GitHubClient } from "./client.js";

export interface IssueTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface MarkedComment {
  id: number;
  body: string;
  url: string;
  createdAt: string;
}

/** Every comment on the PR that carries `marker`, oldest first. */
export async function findMarkedComments(
  client: GitHubClient,
  target: IssueTarget,
  marker: string,
): Promise<MarkedComment[]> {
  const all = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return all
    .filter((c) => typeof c.body === "string" && c.body.includes(marker))
    .map((c) => ({ id: c.id, body: c.body ?? "", url: c.html_url, createdAt: c.created_at }))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id));
}

export type CommentAction = "created" | "updated" | "unchanged";

export interface CommentResult {
  action: CommentAction;
  id: number;
  url: string;
  /** Ids of duplicate marked comments that were removed. */
  deleted: number[];
}

export interface UpsertOptions {
  body: string;
  /** What `findMarkedComments` returned. */
  existing: readonly MarkedComment[];
  /** Leave the kept comment as it is (`comment: on-change` and nothing changed). */
  skipUpdate?: boolean;
}

export async function upsertComment(
  client: GitHubClient,
  target: IssueTarget,
  opts: UpsertOptions,
): Promise<CommentResult> {
  const { owner, repo } = target;
  const [keep, ...duplicates] = opts.existing;
  let result: CommentResult;
  if (!keep) {
    const { data } = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: target.issueNumber,
      body: opts.body,
    });
    result = { action: "created", id: data.id, url: data.html_url, deleted: [] };
  } else if (opts.skipUpdate || keep.body === opts.body) {
    result = { action: "unchanged", id: keep.id, url: keep.url, deleted: [] };
  } else {
    const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body: opts.body });
    result = { action: "updated", id: data.id, url: data.html_url, deleted: [] };
  }
  for (const d of duplicates) {
    try {
      await client.rest.issues.deleteComment({ owner, repo, comment_id: d.id });
      result.deleted.push(d.id);
    } catch (e) {
      // A parallel run may have removed it already.
      if ((e as { status?: number }).status !== 404) throw e;
    }
  }
  return result;
}
