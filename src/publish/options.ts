/** The publisher's options, apart from publish.ts so that its parts (pr-comment.ts) can share them. */
import type { CheckConclusion } from "./check-run.js";
import type { GitHubClient } from "./client.js";
import type { Permission } from "./errors.js";
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
  /**
   * The login the client writes as, when the front door knows it; otherwise it is asked of GitHub (identity.ts).
   * Only comments by this login are ever updated or deleted.
   */
  identity?: string;
  /**
   * Skip the comment when the PR is closed by the time it is written (the App: an assessment can finish after the
   * PR was merged). A head that moved on always leaves the comment to the newer run.
   */
  recheckPull?: boolean;
  /**
   * Continue this commit's check run of this name when it is still open (the App: a job taken over from a worker
   * that died). The Action leaves it off: every run creates its own check run.
   */
  resumeCheckRun?: boolean;
}

export interface CompleteOptions {
  comment: CommentMode;
  /** Most annotations to write. */
  annotations: number;
  conditionalConclusion: CheckConclusion;
  /** A run that assessed nothing is expected: its check run is `neutral`, not `failure`. */
  allowEmpty?: boolean;
  /** The assessed root relative to the repository (`docs-site/`), for annotation paths. */
  pathPrefix?: string;
  /** Base URL for links to files in the report (`…/blob/<sha>/<prefix>`). */
  fileBase?: string;
  /** Link to the run that produced the report (the check run's "full report" link). */
  runUrl?: string;
}

export type Attempt = <T>(what: string, permission: Permission, fn: () => Promise<T>) => Promise<T | null>;
