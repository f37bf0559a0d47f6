/**
 * The GitHub client the publisher needs, as a structural type: exactly the REST methods it calls plus
 * `paginate`. The Actions toolkit's GitHub client and probot's `context.octokit` both satisfy it (checked by tsc in
 * test/publish/client-types.test.ts), so the publisher depends on neither.
 */
import type { PaginateInterface } from "@octokit/plugin-paginate-rest";
import type { Api } from "@octokit/plugin-rest-endpoint-methods";

type Rest = Api["rest"];

export interface GitHubClient {
  rest: {
    checks: Pick<Rest["checks"], "create" | "update" | "listForRef">;
    issues: Pick<Rest["issues"], "listComments" | "createComment" | "updateComment" | "deleteComment">;
    pulls: Pick<Rest["pulls"], "get">;
    repos: Pick<Rest["repos"], "getContent">;
  };
  paginate: PaginateInterface;
  /** Only for `viewer { login }` (see identity.ts). */
  graphql: <T>(query: string, parameters?: Record<string, unknown>) => Promise<T>;
}
