/**
 * Who the publisher writes as, asked of GitHub rather than assumed: the GraphQL `viewer { login }` query answers
 * for every kind of token — a personal access token (the user), the Action's GITHUB_TOKEN (`github-actions[bot]`)
 * and a GitHub App installation token (`<app-slug>[bot]`). REST has no such call for all three: `GET /user` is
 * refused to installation tokens ("Resource not accessible by integration") and `GET /app` needs the App's JWT.
 */
import type { GitHubClient } from "./client.js";

export async function viewerLogin(client: GitHubClient): Promise<string> {
  const result = await client.graphql<{ viewer?: { login?: unknown } }>("query { viewer { login } }");
  const login = result.viewer?.login;
  if (typeof login !== "string" || login === "") throw new Error("GitHub did not say which login the token has");
  return login;
}
