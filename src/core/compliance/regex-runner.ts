/** The time-limited regex runner is shared with the link checker's URL patterns: see util/regex-runner.ts. */
export { type RegexOutcome, runRegex } from "../util/regex-runner.js";
