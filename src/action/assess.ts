/**
 * The Action's call of the shared engine: the workspace's tree, the `config` input (read from the base branch on
 * privileged events, see trusted-config.ts), the Actions link cache, and on pull requests the PR's baseline (so
 * that old problems are shown, not blocking). Link-check headers see only the environment variables the workflow
 * lists in `link-header-env`: the runner's environment also holds ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN and every secret a step was given.
 */
import path from "node:path";
import type { Report } from "../core/model/report.js";
import { type AssessRepositoryOptions, assessRepository } from "../engine/assess-repository.js";
import { repositoryFromActionEnv } from "../engine/repository-identity.js";
import { type CacheApi, linkCacheKeys, linkCacheStore } from "./actions-cache.js";
import { baselineRequests, changedFilesFromApi } from "./baseline.js";
import { type RunContext, reportContext } from "./context.js";
import { PR_INPUT_DIR } from "./event.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionClient, ClientFactory } from "./publication.js";
import { reportDir } from "./report-file.js";
import { withLinkInputs } from "./outside-settings.js";
import { mergeWorkspacePartials } from "./shards.js";
import { trustedConfig } from "./trusted-config.js";
import type { Workspace } from "./workspace.js";

export const DEFAULT_CONFIG = ".github/readiness.yml";

/** The only variables `${VAR}` in link-check headers can read: those the workflow named. */
export function linkHeaderEnv(names: readonly string[], env: Record<string, string | undefined>) {
  return Object.fromEntries(names.map((name) => [name, env[name]]));
}

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
    createClient?: ClientFactory | undefined;
    info: (m: string) => void;
    /** The Action's client, when it has a token: the PR's changed files come from the API as a last resort. */
    client: ActionClient | null;
  },
): Promise<Report> {
  const { tree, trusted } = await treeOptions(ws, inputs, ctx, opts);
  const changedFiles = opts.client ? changedFilesFromApi(opts.client, ctx, ws.pathPrefix) : undefined;
  const baseline = await baselineRequests(inputs.baseline, {
    payload: opts.payload,
    ctx,
    dir: reportDir(opts.env, ws.root),
    cache: opts.cache,
    warn: opts.warn,
    ...(changedFiles ? { changedFiles } : {}),
  });
  // `mode: merge`: the documentation comes from the matrix's partial reports (shards.ts).
  const engine =
    inputs.mode === "merge"
      ? (o: AssessRepositoryOptions) => mergeWorkspacePartials(o, ws.root, inputs["partial-reports"], opts.info)
      : assessRepository;
  const { report, notices } = await engine({
    ...tree,
    baseline,
    extraArtifacts: inputs.artifacts,
    links: {
      env: linkHeaderEnv(inputs["link-header-env"], opts.env),
      githubApiUrl: ctx.apiUrl,
      githubHost: new URL(ctx.serverUrl).hostname,
      ...(inputs["github-token"] ? { githubToken: inputs["github-token"] } : {}),
      cache: linkCacheStore(opts.cache, linkCacheKeys(opts.env, ctx.pullNumber), opts.warn),
      // Outside the checked-out tree, so nothing is left in the workspace for a later step to commit or upload.
      ...(opts.env.RUNNER_TEMP ? { cacheFile: path.join(opts.env.RUNNER_TEMP, "readiness-gate", "links.json") } : {}),
    },
  });
  for (const notice of notices) opts.warn(notice);
  if (trusted) report.notices.push(trusted.notice);
  report.context = reportContext(ctx);
  return report;
}

/** What the tree's options are made from, besides the inputs: the runner's environment and event. */
interface TreeContext {
  env: Record<string, string | undefined>;
  payload: unknown;
  now: Date;
  createClient?: ClientFactory | undefined;
}

/**
 * What a shard and the run (or merge) that uses its partial report must agree on: the tree, the config (the
 * trusted one on privileged events), the documentation left out, the repository for links to itself.
 */
async function treeOptions(ws: Workspace, inputs: ActionInputs, ctx: RunContext, opts: TreeContext) {
  const explicit = inputs.config !== DEFAULT_CONFIG;
  const trusted = await trustedConfig(ws, inputs.config, explicit, ctx, opts.payload, {
    token: inputs["github-token"],
    ...(opts.createClient ? { createClient: opts.createClient } : {}),
    log: () => {},
    ...(inputs["trusted-config-path"] ? { trustedPath: inputs["trusted-config-path"] } : {}),
  });
  const tree: AssessRepositoryOptions = {
    root: ws.root,
    config: trusted?.source ?? { file: path.resolve(ws.root, inputs.config), explicit, label: "input `config`" },
    // The fork-safe setup's downloaded artifact is data from the fork, never this repository's documentation.
    excludeDocs: [`${PR_INPUT_DIR}/**`],
    // Hosts and headers from the workflow's inputs; on privileged events the config may not set them at all.
    overrideConfig: (config) =>
      withLinkInputs(config, { hosts: inputs["link-allow-private-hosts"], headers: inputs["link-headers"] }),
    now: opts.now,
    repository: repositoryFromActionEnv(opts.env, ctx.owner, ctx.repo),
  };
  return { tree, trusted };
}

/** A shard's engine options: the tree and config as the merge will see them; no baseline (the merge judges the PR). */
export async function shardOptions(
  ws: Workspace,
  inputs: ActionInputs,
  ctx: RunContext,
  opts: TreeContext,
): Promise<AssessRepositoryOptions> {
  return (await treeOptions(ws, inputs, ctx, opts)).tree;
}
