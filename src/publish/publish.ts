/**
 * The publisher: one check run and one PR comment per assessment, the same for every front door.
 *   start   → the check run `in_progress` on the target's head SHA;
 *   fail    → the check run completed as `failure` with the reason (the assessment could not run);
 *   complete→ the PR comment upserted (with the previous run's scores for "since last run"), then the check run
 *             completed with the verdict's conclusion, its output and the annotations.
 * Every GitHub write that fails becomes a warning (a 403 with the front door's advice); the caller decides the
 * step's or job's result. No import of a runner SDK: the client is the structural type of `client.ts`.
 */
import type { Report } from "../core/model/report.js";
import { COMMENT_LIMIT, type PreviousScores, renderMarkdown } from "../core/render/markdown.js";
import { type AnnotationPlan, planAnnotations } from "./annotations.js";
import { annotationNote, checkOutput } from "./check-output.js";
import { type CheckConclusion, type CheckRunRef, completeCheckRun, conclusionFor, startCheckRun } from "./check-run.js";
import type { GitHubClient } from "./client.js";
import { type CommentResult, findMarkedComments, upsertComment } from "./comment.js";
import { commentMarker, decodeCommentData, encodeCommentData, reportFingerprint, scoresOf } from "./comment-data.js";
import { describeApiError, isIntegrationForbidden, type Permission } from "./errors.js";
import type { PublishTarget } from "./target.js";

export type CommentMode = "always" | "on-change" | "never";

export interface PublisherOptions {
  client: GitHubClient;
  target: PublishTarget;
  /** The check run's name (what branch protection requires); it also identifies the PR comment. */
  checkName: string;
  /** The check run's "details" link (the workflow run). */
  detailsUrl?: string;
  now: () => Date;
  info: (message: string) => void;
  warn: (message: string) => void;
  /** What to tell the user when GitHub answers 403 to `what` (the front door knows its own setup). */
  forbiddenAdvice: (what: string, permission: Permission) => string;
  /** Label for the PR claim in messages (e.g. the fork-safe PR info file). */
  claimSource?: string;
}

export interface CompleteOptions {
  comment: CommentMode;
  /** Most annotations to write. */
  annotations: number;
  conditionalConclusion: CheckConclusion;
  /** The assessed root relative to the repository (`docs-site/`), for annotation paths. */
  pathPrefix?: string;
  /** Base URL for links to files in the report (`…/blob/<sha>/<prefix>`). */
  fileBase?: string;
  /** Link to the run that produced the report (the check run's "full report" link). */
  runUrl?: string;
}

export interface PublishResult {
  checkRun: CheckRunRef | null;
  comment: CommentResult | null;
  /** Scores of the previous run, read from the old comment. */
  previous?: PreviousScores;
  annotations: AnnotationPlan;
  /** One sentence on what was annotated (empty when nothing could be). */
  annotationNote: string;
}

export interface Publication {
  readonly checkRun: CheckRunRef | null;
  fail(reason: string): Promise<void>;
  complete(report: Report, opts: CompleteOptions): Promise<PublishResult>;
}

/** Creates the check run and returns the handle that fails or completes it. */
export async function startPublication(opts: PublisherOptions): Promise<Publication> {
  const { client, target } = opts;
  const repo = { owner: target.owner, repo: target.repo };
  const attempt = <T>(what: string, permission: Permission, fn: () => Promise<T>) =>
    attemptWrite(opts, what, permission, fn);

  const checkRun = await attempt("create the check run", "checks: write", () =>
    startCheckRun(client, repo, {
      name: opts.checkName,
      headSha: target.headSha,
      startedAt: opts.now(),
      ...(opts.detailsUrl ? { detailsUrl: opts.detailsUrl } : {}),
    }),
  );

  return {
    checkRun,
    async fail(reason) {
      if (!checkRun) return;
      await attempt("complete the check run", "checks: write", () =>
        completeCheckRun(client, repo, checkRun, {
          conclusion: "failure",
          output: { title: "Readiness Gate could not run", summary: reason.slice(0, 60_000) },
          annotations: [],
          completedAt: opts.now(),
        }),
      );
    },
    async complete(report, c) {
      const { comment, previous } = await publishComment(opts, report, c, checkRun, attempt);
      const plan = planAnnotations(report.findings, c.annotations, c.pathPrefix ?? "");
      const note = annotationNote(plan, c.annotations);
      if (checkRun) {
        const output = checkOutput(report, note, {
          ...(c.fileBase ? { fileBase: c.fileBase } : {}),
          ...(c.runUrl ? { fullReportUrl: c.runUrl } : {}),
        });
        const requests = await attempt("complete the check run", "checks: write", () =>
          completeCheckRun(client, repo, checkRun, {
            conclusion: conclusionFor(report.verdict, c.conditionalConclusion),
            output,
            annotations: plan.annotations,
            completedAt: opts.now(),
            warn: opts.warn,
          }),
        );
        if (requests !== null)
          opts.info(
            `Check run completed: ${checkRun.url} (${plan.annotations.length} annotations in ${requests} request(s))`,
          );
      }
      return { checkRun, comment, ...(previous ? { previous } : {}), annotations: plan, annotationNote: note };
    },
  };
}

type Attempt = <T>(what: string, permission: Permission, fn: () => Promise<T>) => Promise<T | null>;

/** A GitHub write that may fail: a missing permission or any API error becomes a warning, never a throw. */
async function attemptWrite<T>(
  opts: PublisherOptions,
  what: string,
  permission: Permission,
  fn: () => Promise<T>,
): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    opts.warn(isIntegrationForbidden(e) ? opts.forbiddenAdvice(what, permission) : describeApiError(what, e));
    return null;
  }
}

async function publishComment(
  opts: PublisherOptions,
  report: Report,
  c: CompleteOptions,
  checkRun: CheckRunRef | null,
  attempt: Attempt,
): Promise<{ comment: CommentResult | null; previous?: PreviousScores }> {
  if (c.comment === "never") return { comment: null };
  const pullNumber = await confirmPull(opts, attempt);
  if (pullNumber === null) return { comment: null };
  const target = { owner: opts.target.owner, repo: opts.target.repo, issueNumber: pullNumber };
  const marker = commentMarker(opts.checkName);
  const existing = await attempt("read the pull request's comments", "pull-requests: read", () =>
    findMarkedComments(opts.client, target, marker),
  );
  if (!existing) return { comment: null };
  const data = existing[0] ? decodeCommentData(existing[0].body) : null;
  const previous = data?.scores;
  const fingerprint = reportFingerprint(report);
  const fullReportUrl = checkRun?.url || c.runUrl;
  const body = renderMarkdown(report, {
    maxLength: COMMENT_LIMIT,
    footerHidden: `${marker}\n${encodeCommentData({ scores: scoresOf(report), fingerprint })}`,
    ...(c.fileBase ? { fileBase: c.fileBase } : {}),
    ...(previous ? { previous } : {}),
    ...(fullReportUrl ? { fullReportUrl } : {}),
  });
  const comment = await attempt("write the pull request comment", "pull-requests: write", () =>
    upsertComment(opts.client, target, {
      body,
      existing,
      skipUpdate: c.comment === "on-change" && data !== null && data.fingerprint === fingerprint,
    }),
  );
  if (comment)
    opts.info(
      `PR comment ${comment.action}: ${comment.url}${comment.deleted.length ? ` (removed ${comment.deleted.length} duplicate(s))` : ""}`,
    );
  return { comment, ...(previous ? { previous } : {}) };
}

/** For a PR number that came from an untrusted file, make sure that PR's head is the commit we assessed. */
async function confirmPull(opts: PublisherOptions, attempt: Attempt): Promise<number | null> {
  const { target } = opts;
  const number = target.pullNumber;
  if (number === null || !target.verifyPull) return number;
  const pr = await attempt("read the pull request", "pull-requests: read", () =>
    opts.client.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: number }),
  );
  if (!pr) return null;
  if (pr.data.head.sha !== target.headSha) {
    opts.warn(
      `${opts.claimSource ?? "The PR claim"} names PR #${number}, whose head is ${pr.data.head.sha}, not the assessed ${target.headSha}; no PR comment is written.`,
    );
    return null;
  }
  return number;
}
