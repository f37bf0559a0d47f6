/**
 * Publishing the PR comment for one assessment. Safe against what real PRs do:
 *   - only our own identity's comments are read back or changed (see comment.ts);
 *   - a run whose commit is no longer the PR's head leaves the comment to the newer run, so a slow run for an
 *     old commit never overwrites the report of a newer one, and the comment names the commit it describes;
 *   - `on-change` skips only when the report is the same **and** nobody edited the comment since we wrote it.
 */
import { randomBytes } from "node:crypto";
import type { Report } from "../core/model/report.js";
import { COMMENT_LIMIT, type PreviousScores, renderMarkdown } from "../core/render/markdown.js";
import { escapeText } from "../core/render/markdown-utils.js";
import type { CheckRunRef } from "./check-run.js";
import { type CommentResult, findMarkedComments, upsertComment } from "./comment.js";
import {
  commentMarker,
  DIGEST_PLACEHOLDER,
  decodeCommentData,
  encodeCommentData,
  reportFingerprint,
  scoresOf,
  textDigest,
  wasEdited,
} from "./comment-data.js";
import { viewerLogin } from "./identity.js";
import type { Attempt, CompleteOptions, PublisherOptions } from "./options.js";

export interface CommentOutcome {
  comment: CommentResult | null;
  previous?: PreviousScores;
  /** Set when the PR's head moved on: the comment was left to the run for the newer commit. */
  supersededBy?: string;
}

/** What the comment says when the assessment could not run (replacing a verdict a reviewer would read as current). */
export function couldNotRunBody(reason: string): string {
  return `## ❗ Readiness Gate could not run\n\n**Readiness Gate could not run:** ${escapeText(reason, 2000)}\n\nThe previous verdict no longer applies to this commit; fix the problem and push again.`;
}

export async function publishComment(
  opts: PublisherOptions,
  attempt: Attempt,
  content: { report: Report; c: CompleteOptions; checkRun: CheckRunRef | null } | { failure: string },
): Promise<CommentOutcome> {
  const mode = "failure" in content ? "always" : content.c.comment;
  if (mode === "never") return { comment: null };
  const pull = await currentPull(opts, attempt);
  if (!pull) return { comment: null };
  if (pull.headSha && pull.headSha !== opts.target.headSha) {
    opts.info(
      `The PR's head is now ${pull.headSha}; the comment is left to the run for it (this run assessed ${opts.target.headSha}).`,
    );
    return { comment: null, supersededBy: pull.headSha };
  }
  const identity =
    opts.identity ??
    (await attempt("learn the token's own login", "pull-requests: read", () => viewerLogin(opts.client)));
  if (!identity) return { comment: null };
  const target = { owner: opts.target.owner, repo: opts.target.repo, issueNumber: pull.number };
  const marker = commentMarker(opts.checkName);
  const list = () => findMarkedComments(opts.client, target, marker, identity);
  const existing = await attempt("read the pull request's comments", "pull-requests: read", list);
  if (!existing) return { comment: null };
  const data = existing[0] ? decodeCommentData(existing[0].body) : null;
  const nonce = randomBytes(8).toString("hex");
  const fingerprint = "failure" in content ? "" : reportFingerprint(content.report);
  const footer = (digest: string) =>
    `${marker}\n${encodeCommentData({
      scores:
        "failure" in content
          ? (data?.scores ?? { overall: null, dimensions: {} })
          : scoresOf(content.report, data?.scores),
      fingerprint,
      sha: opts.target.headSha,
      digest,
      nonce,
    })}`;
  const draft =
    "failure" in content
      ? `${couldNotRunBody(content.failure)}\n\n${footer(DIGEST_PLACEHOLDER)}`
      : renderReport(content.report, content.c, content.checkRun, footer(DIGEST_PLACEHOLDER), data?.scores);
  const body = draft.replace(DIGEST_PLACEHOLDER, textDigest(draft));
  const unchanged =
    mode === "on-change" &&
    data !== null &&
    data.fingerprint === fingerprint &&
    !wasEdited(existing[0]?.body ?? "", data);
  const comment = await attempt("write the pull request comment", "pull-requests: write", () =>
    upsertComment(opts.client, target, { body, existing, skipUpdate: unchanged, nonce, relist: list }),
  );
  if (comment)
    opts.info(
      `PR comment ${comment.action}: ${comment.url}${comment.deleted.length ? ` (removed ${comment.deleted.length} duplicate(s))` : ""}`,
    );
  return { comment, ...(data?.scores && !("failure" in content) ? { previous: data.scores } : {}) };
}

function renderReport(
  report: Report,
  c: CompleteOptions,
  checkRun: CheckRunRef | null,
  footerHidden: string,
  previous: PreviousScores | undefined,
): string {
  const fullReportUrl = checkRun?.url || c.runUrl;
  return renderMarkdown(report, {
    maxLength: COMMENT_LIMIT,
    footerHidden,
    ...(c.fileBase ? { fileBase: c.fileBase } : {}),
    ...(previous ? { previous } : {}),
    ...(fullReportUrl ? { fullReportUrl } : {}),
  });
}

/**
 * The PR to comment on and its current head. A PR number from an untrusted file must have the assessed commit
 * as its head; for a PR from the event, a head that moved on means a newer run owns the comment.
 */
async function currentPull(
  opts: PublisherOptions,
  attempt: Attempt,
): Promise<{ number: number; headSha: string | null } | null> {
  const { target } = opts;
  const number = target.pullNumber;
  if (number === null) return null;
  const pr = await attempt("read the pull request", "pull-requests: read", () =>
    opts.client.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: number }),
  );
  if (!pr) return target.verifyPull ? null : { number, headSha: null };
  if (opts.recheckPull && pr.data.state !== "open") {
    opts.info(`PR #${number} is ${pr.data.state}; no PR comment is written.`);
    return null;
  }
  if (target.verifyPull && pr.data.head.sha !== target.headSha) {
    opts.warn(
      `${opts.claimSource ?? "The PR claim"} names PR #${number}, whose head is ${pr.data.head.sha}, not the assessed ${target.headSha}; no PR comment is written.`,
    );
    return null;
  }
  return { number, headSha: pr.data.head.sha };
}
