/** The Action's call of the shared engine: the workspace's tree, the `config` input, and the Actions link cache. */
import path from "node:path";
import type { Report } from "../core/model/report.js";
import { assessRepository } from "../engine/assess-repository.js";
import { repositoryFromActionEnv } from "../engine/repository-identity.js";
import { type CacheApi, linkCacheKeys, linkCacheStore } from "./actions-cache.js";
import { type RunContext, reportContext } from "./context.js";
import type { ActionInputs } from "./inputs.js";
import type { Workspace } from "./workspace.js";

export const DEFAULT_CONFIG = ".github/readiness.yml";

export async function assessWorkspace(
  ws: Workspace,
  inputs: ActionInputs,
  ctx: RunContext,
  opts: { env: Record<string, string | undefined>; cache: CacheApi; now: Date; warn: (m: string) => void },
): Promise<Report> {
  const { report, notices } = await assessRepository({
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
    repository: repositoryFromActionEnv(opts.env, ctx.owner, ctx.repo),
  });
  for (const notice of notices) opts.warn(notice);
  report.context = reportContext(ctx);
  return report;
}
