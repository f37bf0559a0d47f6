/** The Action's advice when GitHub refuses a write with 403: the permission to add, and the fork-safe setup. */
import type { Permission } from "../publish/errors.js";

export const FORK_SAFE_DOCS = "the section “Pull requests from forks” in readiness-gate's docs/action.md";

export function forbiddenWarning(what: string, permission: Permission): string {
  return (
    `Could not ${what}: the token may not (GitHub answered 403 "Resource not accessible by integration"). ` +
    `Add \`permissions: { ${permission} }\` to the job. On pull requests from forks the token is read-only whatever the workflow asks for: ` +
    `use the two-workflow setup (pull_request uploads the report, workflow_run publishes it), see ${FORK_SAFE_DOCS}. ` +
    "The report is in the job summary."
  );
}
