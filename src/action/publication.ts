import { type Publication, startPublication } from "../publish/publish.js";
import { VERSION } from "../version.js";
import type { RunContext } from "./context.js";
import type { ActionHost } from "./host.js";
import type { ActionInputs } from "./inputs.js";
import { forbiddenWarning } from "./permission-advice.js";
import { PR_INFO_FILE } from "./pr-info.js";
import { CHECK_RUN_CLOSED, OPEN_CHECK_RUN } from "./post-state.js";
import type { ActionClient, ClientFactory } from "./client-types.js";

export type { ActionClient, ClientFactory } from "./client-types.js";

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
  const clientOptions = { token: inputs["github-token"], baseUrl: ctx.apiUrl, log: (m: string) => host.info(m) };
  // Octokit (with its own HTTP client and undici) is loaded only when something is published, not at start-up.
  const client = opts.createClient
    ? opts.createClient(clientOptions)
    : (await import("./octokit.js")).createGitHubClient({ ...clientOptions, userAgent: `readiness-gate/${VERSION}` });
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
  const run = publication.checkRun;
  if (!run) return { publication, dryRun: false, client };
  host.saveState(OPEN_CHECK_RUN, JSON.stringify({ id: run.id, owner: ctx.owner, repo: ctx.repo, apiUrl: ctx.apiUrl }));
  const closed = () => host.saveState(CHECK_RUN_CLOSED, "true");
  return {
    dryRun: false,
    client,
    publication: {
      checkRun: run,
      fail: (reason, o) =>
        publication.fail(reason, o).then((done) => {
          if (done) closed();
          return done;
        }),
      complete: (report, o) =>
        publication.complete(report, o).then((r) => {
          if (r.checkRunCompleted) closed();
          return r;
        }),
    },
  };
}
