/**
 * The work budgets: how much of an input the gate reads, parses and copies. Everything from a pull request is
 * bounded here, so one hostile file costs a known amount and the run goes on; an input over a budget becomes a
 * finding or an artifact status naming the file and the budget. Documented in docs/budgets.md.
 */

/** Longest string copied from an input into a finding, per field (characters). */
export const FIELD_MAX = {
  tool: 100,
  ruleId: 200,
  title: 300,
  message: 1_000,
  path: 400,
  url: 1_000,
  fix: 300,
  packageName: 200,
  version: 100,
} as const;

/** An artifact larger than this is not parsed (bytes). */
export const MAX_ARTIFACT_BYTES = 512 * 1024 * 1024;

/** Findings kept from one scanner artifact; the rest are counted, not listed one by one. */
export const MAX_FINDINGS_PER_ARTIFACT = 20_000;

/** Documentation findings listed per file; the rest are summed up in one finding. */
export const MAX_FINDINGS_PER_DOC = 500;

/** Nesting depth a JSON (or YAML) example in a code block may have before it is reported instead of parsed. */
export const MAX_CODE_NESTING = 500;

/** Wall time for all documentation parsing in one run (ms): files not started by then are reported, not parsed. */
export const DOCS_RUN_BUDGET_MS = 120_000;

/** "Did you mean" compares a broken anchor or reference with at most this many candidates. */
export const MAX_SUGGESTION_CANDIDATES = 1_000;
/** Words longer than this get no suggestion (edit distance is quadratic in length). */
export const MAX_SUGGESTION_WORD = 200;
/** Edit-distance cells all suggestions of one run may compute (about a quarter of a second). */
export const MAX_SUGGESTION_CELLS = 20_000_000;

/** Time a user's URL include/exclude pattern may take on one URL (ms). */
export const URL_PATTERN_TIMEOUT_MS = 100;
