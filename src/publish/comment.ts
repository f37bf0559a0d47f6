/**
 * The one PR comment: a comment is ours only when our own identity wrote it **and** it carries our marker as a
 * line of its own (a reviewer quoting the marker, another user's comment, or the marker text inside a code span
 * of another check's comment is never touched). It is created once, then updated in place. Creating is the
 * racy step: a POST GitHub applied but answered with an error is found again by the run's nonce instead of
 * being repeated, and when two runs created a comment at once, the newer one folds into the oldest.
 */
import type { GitHubClient } from "./client.js";
import { decodeCommentData } from "./comment-data.js";

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

/** The marker as a whole line: how our own footer carries it, and how quoted or embedded text never does. */
export function hasMarkerLine(body: string, marker: string): boolean {
  return body.split(/\r?\n/).some((line) => line.trim() === marker);
}

/** Every comment on the PR written by `identity` that carries `marker`, oldest first. */
export async function findMarkedComments(
  client: GitHubClient,
  target: IssueTarget,
  marker: string,
  identity: string,
): Promise<MarkedComment[]> {
  const all = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return all
    .filter((c) => c.user?.login === identity && typeof c.body === "string" && hasMarkerLine(c.body, marker))
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
  /** This run's nonce (in the body's data block): finds a comment GitHub created despite an error answer. */
  nonce?: string;
  /** Lists our marked comments again (after creating, or after a failed create). */
  relist?: () => Promise<MarkedComment[]>;
}

const isTransient = (e: unknown) => {
  const status = (e as { status?: unknown }).status;
  return typeof status !== "number" || status >= 500;
};

export async function upsertComment(
  client: GitHubClient,
  target: IssueTarget,
  opts: UpsertOptions,
): Promise<CommentResult> {
  const { owner, repo } = target;
  const [keep, ...duplicates] = opts.existing;
  let result: CommentResult;
  if (!keep) return createComment(client, target, opts);
  if (opts.skipUpdate || keep.body === opts.body) {
    result = { action: "unchanged", id: keep.id, url: keep.url, deleted: [] };
  } else {
    const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body: opts.body });
    result = { action: "updated", id: data.id, url: data.html_url, deleted: [] };
  }
  for (const d of duplicates) if (await deleteIfPresent(client, target, d.id)) result.deleted.push(d.id);
  return result;
}

async function createComment(client: GitHubClient, target: IssueTarget, opts: UpsertOptions): Promise<CommentResult> {
  const { owner, repo } = target;
  const post = (retries?: number) =>
    client.rest.issues.createComment({
      owner,
      repo,
      issue_number: target.issueNumber,
      body: opts.body,
      ...(retries !== undefined ? { request: { retries } } : {}),
    });
  let mine: { id: number; url: string };
  try {
    // Not retried blindly: a POST that timed out or got a 5xx may have been applied.
    const { data } = await post(opts.relist && opts.nonce ? 0 : undefined);
    mine = { id: data.id, url: data.html_url };
  } catch (e) {
    if (!opts.relist || !opts.nonce || !isTransient(e)) throw e;
    const applied = (await opts.relist()).find((c) => decodeCommentData(c.body)?.nonce === opts.nonce);
    if (applied) mine = { id: applied.id, url: applied.url };
    else {
      const { data } = await post();
      mine = { id: data.id, url: data.html_url };
    }
  }
  if (!opts.relist) return { action: "created", ...mine, deleted: [] };
  // Another run may have created its comment at the same time: the oldest one stays, the newer folds into it.
  const oldest = (await opts.relist())[0];
  if (!oldest || oldest.id === mine.id) return { action: "created", ...mine, deleted: [] };
  const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body: opts.body });
  const deleted = (await deleteIfPresent(client, target, mine.id)) ? [mine.id] : [];
  return { action: "updated", id: data.id, url: data.html_url, deleted };
}

async function deleteIfPresent(client: GitHubClient, target: IssueTarget, id: number): Promise<boolean> {
  try {
    await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: id });
    return true;
  } catch (e) {
    // A parallel run may have removed it already.
    if ((e as { status?: number }).status !== 404) throw e;
    return false;
  }
}
