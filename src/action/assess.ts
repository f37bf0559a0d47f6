/**
 * The Action's call of the shared engine: the workspace's tree, the `config` input, the Actions link cache, and
 * on pull requests the PR's baseline (so that old problems are shown, not blocking).
 */
import path from "node:path";
import type { Report } from "../core/model/report.js";
import { assessRepository } from "../engine/assess-repository.js";
import { type CacheApi, linkCacheKeys, linkCacheStore } from "./actions-cache.js";
import { type RunContext, reportContext } from "./context.js";
import type { ActionInputs } from "./inputs.js";
import { reportDir } from "./report-file.js";
import type { Workspace } from "./workspace.js";
import { baselineRequests, changedFilesFromApi } from "./baseline.js";
import type { ActionClient } from "./publication.js";

export const DEFAULT_CONFIG = ".github/readiness.yml";

export async function assessWorkspace(
  ws: Workspace,
  inputs: ActionInputs,
  ctx: RunContext,
  opts: {
    env: Record<string, string | undefined>;
    payload: unknown;
    cache: CacheApi;
    now: Date;
    warn: (m: string) => void;
    /** The Action's client, when it has a token: the PR's changed files come from the API as a last resort. */
    client: ActionClient | null;
  },
): Promise<Report> {
  const changedFiles = opts.client ? changedFilesFromApi(opts.client, ctx, ws.pathPrefix) : undefined;
  const baseline = await baselineRequests(inputs.baseline, {
    payload: opts.payload,
    ctx,
    dir: reportDir(opts.env, ws.root),
    cache: opts.cache,
    warn: opts.warn,
    ...(changedFiles ? { changedFiles } : {}),
  });
  const { report, notices } = await assessRepository({
    baseline,
    root: ws.root,
    config: {
      file: path.resolve(ws.root, inputs.config),
      explicit: inputs.config !== DEFAULT_CONFIG,
      label: "input `config`",
    },
    extraArtifacts: inputs.artifacts,
    links: {
      env: opts.env,
      githubApiUrl: ctx.apiUrl,
      ...(inputs["github-token"] ? { githubToken: inputs["github-token"] } : {}),
      cache: linkCacheStore(opts.cache, linkCacheKeys(opts.env, ctx.pullNumber), opts.warn),
    },
    now: opts.now,
  });
  for (const notice of notices) opts.warn(notice);
  report.context = reportContext(ctx);
  return report;
}
