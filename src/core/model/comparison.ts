/**
 * How this run's findings compare with a baseline (the report of the PR's base commit, or the files the PR
 * changed). With a comparison, gates count new findings by default: old problems are shown, not blocking.
 */

export type GateOn = "new" | "all";

export type BaselineKind =
  /** A report file given to the run (CLI `--baseline`, a report saved by a run on the base branch). */
  | "report"
  /** The base commit assessed from the same checkout (a git worktree). */
  | "base-commit"
  /** No baseline report: findings in the files the PR changed count as new. */
  | "changed-files";

export interface BaselineInfo {
  kind: BaselineKind;
  /** One phrase for the reader, e.g. "the base commit 1a2b3c4" or "the 3 files this PR changed (from git diff)". */
  description: string;
  /** The base commit, when known. */
  sha?: string;
}

export interface Comparison {
  /** What the gates counted: new findings only, or all of them (`gate-on: all`, or no comparison possible). */
  gateOn: GateOn;
  baseline: BaselineInfo;
  /** Scored findings of this run that the baseline does not have. */
  added: number;
  /** Scored findings of this run that the baseline has too. */
  existing: number;
  /** Scored findings of the baseline that this run no longer has (0 in the changed-files mode). */
  fixed: number;
  /** Paths the baseline knew by another name (git's rename detection): their findings carried over. */
  renamed: number;
}
