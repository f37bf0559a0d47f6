/**
 * The Action's side of the shared publisher: the token decides between publishing and a dry run, the runner's
 * client (retry + throttling) writes, and a 403 is explained with the Action's own setup advice.
 */
import type { GitHubClient } from "../publish/client.js";
import { type Publication, startPublication } from "../publish/publish.js";
import { VERSION } from "../version.js";
import type { RunContext } from "./context.js";
import type { ActionHost } from "./host.js";
import type { ActionInputs } from "./inputs.js";
import { createGitHubClient } from "./octokit.js";
import { forbiddenWarning } from "./permission-advice.js";
import { PR_INFO_FILE } from "./pr-info.js";

/** The Action's own client: the publisher's calls plus the few reads only the Action makes. */
export type ActionClient = GitHubClient & {
  rest: { pulls: Pick<ReturnType<typeof createGitHubClient>["rest"]["pulls"], "listFiles"> };
};
export type ClientFactory = (opts: { token: string; baseUrl: string; log: (m: string) => void }) => ActionClient;

export async function openPublication(
  host: ActionHost,
  inputs: ActionInputs,
  ctx: RunContext,
  opts: { createClient?: ClientFactory; now: () => Date; warn: (m: string) => void },
): Promise<{ publication: Publication | null; dryRun: boolean; client: ActionClient | null }> {
  if (inputs["dry-run"]) return { publication: null, dryRun: true, client: null };
  if (!inputs["github-token"]) {
    opts.warn("The `github-token` input is empty: nothing is written to GitHub (as with `dry-run: true`).");
    return { publication: null, dryRun: true, client: null };
  }
  const create = opts.createClient ?? ((o) => createGitHubClient({ ...o, userAgent: `readiness-gate/${VERSION}` }));
  const client = create({ token: inputs["github-token"], baseUrl: ctx.apiUrl, log: (m) => host.info(m) });
  const publication = await startPublication({
    client,
    target: ctx,
    checkName: inputs["check-name"],
    ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
    now: opts.now,
    info: (m) => host.info(m),
    warn: opts.warn,
    forbiddenAdvice: forbiddenWarning,
    claimSource: PR_INFO_FILE,
  });
  return { publication, dryRun: false, client };
}
