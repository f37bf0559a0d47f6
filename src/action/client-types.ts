/** The client types of the Action (kept apart so the main and the post step can share them). */
import type { GitHubClient } from "../publish/client.js";
import type { createGitHubClient } from "./octokit.js";

/** The Action's own client: the publisher's calls plus the few reads only the Action makes. */
export type ActionClient = GitHubClient & {
  rest: { pulls: Pick<ReturnType<typeof createGitHubClient>["rest"]["pulls"], "listFiles"> };
};
export type ClientFactory = (opts: { token: string; baseUrl: string; log: (m: string) => void }) => ActionClient;
