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
import type { PreviousScores } from "../core/render/markdown.js";
import { escapeText } from "../core/render/markdown-utils.js";
import { type Annotation, type AnnotationPlan, planAnnotations } from "./annotations.js";
import { annotationNote, checkOutput } from "./check-output.js";
import { type CheckRunRef, completeCheckRun, conclusionFor, startCheckRun } from "./check-run.js";
import type { CommentResult } from "./comment.js";
import { describeApiError, isIntegrationForbidden, type Permission } from "./errors.js";
import { publishComment } from "./pr-comment.js";

export type { CommentMode, CompleteOptions, PublisherOptions } from "./options.js";
import type { CommentMode, CompleteOptions, PublisherOptions } from "./options.js";

export interface PublishResult {
  checkRun: CheckRunRef | null;
  comment: CommentResult | null;
  /** Scores of the previous run, read from the old comment. */
  previous?: PreviousScores;
  annotations: AnnotationPlan;
  /** One sentence on what was annotated (empty when nothing could be). */
  annotationNote: string;
  /** The check run was completed (false when there is none or GitHub refused every completing request). */
  checkRunCompleted: boolean;
}

/** `timed_out` and `cancelled` for a run stopped by a time limit or a shutdown (the App's queue). */
export type FailConclusion = "failure" | "timed_out" | "cancelled";

export interface FailOptions {
  comment?: CommentMode;
  conclusion?: FailConclusion;
  /** Where the failure is, when it is in a file (a config error): annotated on the check run. */
  annotation?: Annotation;
}

export interface Publication {
  readonly checkRun: CheckRunRef | null;
  /** The assessment could not run: the check run fails with `reason` and the PR comment says so. */
  /** Resolves to whether the check run was completed. */
  fail(reason: string, opts?: FailOptions): Promise<boolean>;
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
      ...(opts.resumeCheckRun ? { resume: true } : {}),
    }),
  );

  return {
    checkRun,
    async fail(reason, f = {}) {
      // The old verdict must not stay up as if it were current: the comment says the gate could not run.
      if (f.comment !== "never") await publishComment(opts, attempt, { failure: reason });
      if (!checkRun) return false;
      const done = await attempt("complete the check run", "checks: write", () =>
        completeCheckRun(client, repo, checkRun, {
          conclusion: f.conclusion ?? "failure",
          output: { title: "Readiness Gate could not run", summary: escapeText(reason, 60_000) },
          annotations: f.annotation ? [f.annotation] : [],
          completedAt: opts.now(),
          warn: opts.warn,
        }),
      );
      return done !== null;
    },
    async complete(report, c) {
      const { comment, previous } = await publishComment(opts, attempt, { report, c, checkRun });
      const plan = planAnnotations(report.findings, c.annotations, c.pathPrefix ?? "");
      let completed = false;
      const note = annotationNote(plan, c.annotations);
      if (checkRun) {
        const output = checkOutput(report, note, {
          ...(c.fileBase ? { fileBase: c.fileBase } : {}),
          ...(c.runUrl ? { fullReportUrl: c.runUrl } : {}),
        });
        const requests = await attempt("complete the check run", "checks: write", () =>
          completeCheckRun(client, repo, checkRun, {
            conclusion: conclusionFor(report.verdict, c.conditionalConclusion, c.allowEmpty ?? false),
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
        completed = requests !== null;
      }
      // Say only what happened: annotations exist only if the check run that carries them was written.
      const said = completed || plan.annotations.length === 0 ? note : notWrittenNote(plan.annotations.length);
      return {
        checkRun,
        comment,
        ...(previous ? { previous } : {}),
        annotations: plan,
        annotationNote: said,
        checkRunCompleted: completed,
      };
    },
  };
}

function notWrittenNote(n: number): string {
  return `${n} finding${n === 1 ? " was" : "s were"} to be annotated, but the check run could not be completed (see the warnings); no annotation was written on the check run.`;
}

export type { Attempt } from "./options.js";

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
