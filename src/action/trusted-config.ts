/**
 * Privileged events read nothing the PR can change. `pull_request_target` and `workflow_run` run with the base
 * repository's token and secrets, and a workflow may well have checked out the PR's head: the PR's own
 * `.github/readiness.yml` could then turn off every gate or point link-check headers at a host of its choice.
 * For these events the config is read through the contents API from the base commit (`pull_request_target`)
 * or the default branch (`workflow_run`), never from the workspace.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../core/validate-config.js";
import type { ConfigSource } from "../engine/assess-repository.js";
import { errorStatus } from "../publish/errors.js";
import type { RunContext } from "./context.js";
import type { ClientFactory } from "./publication.js";
import { refuseOutsideSettings } from "./outside-settings.js";
import type { Workspace } from "./workspace.js";

export const PRIVILEGED_EVENTS = new Set(["pull_request_target", "workflow_run"]);

interface Payload {
  pull_request?: { base?: { sha?: string } };
  repository?: { default_branch?: string };
}

/** The ref whose config is trusted for this event, or null when the workspace's own file is used. */
export function trustedRef(eventName: string, payload: unknown): string | null {
  if (!PRIVILEGED_EVENTS.has(eventName)) return null;
  const p = (typeof payload === "object" && payload !== null ? payload : {}) as Payload;
  const ref = eventName === "pull_request_target" ? p.pull_request?.base?.sha : p.repository?.default_branch;
  if (typeof ref !== "string" || ref === "")
    throw new ConfigError("the event payload", [
      `no ${eventName === "pull_request_target" ? "pull_request.base.sha" : "repository.default_branch"} to read the trusted config from`,
    ]);
  return ref;
}

export interface TrustedConfig {
  source: ConfigSource;
  /** One line for the report: which config was used. */
  notice: string;
}

export async function trustedConfig(
  ws: Workspace,
  configInput: string,
  explicit: boolean,
  ctx: RunContext,
  payload: unknown,
  opts: { token: string; createClient?: ClientFactory; log: (m: string) => void; trustedPath?: string },
): Promise<TrustedConfig | null> {
  if (!PRIVILEGED_EVENTS.has(ctx.eventName)) return null;
  if (opts.trustedPath) return fromTrustedPath(ws, opts.trustedPath, ctx.eventName);
  const ref = trustedRef(ctx.eventName, payload);
  if (ref === null) return null;
  const repoPath = path.posix.normalize(`${ws.pathPrefix}${configInput.split(path.sep).join("/")}`);
  if (repoPath.startsWith("../") || path.posix.isAbsolute(repoPath))
    throw new ConfigError(configInput, ["input `config` must name a file inside the repository"]);
  const name = `${repoPath}@${ref}`;
  if (!opts.token)
    throw new ConfigError(name, [
      `on ${ctx.eventName} the config is read from the base branch through the API, which needs the \`github-token\` input`,
    ]);
  const clientOptions = { token: opts.token, baseUrl: ctx.apiUrl, log: opts.log };
  // Octokit is loaded only on the privileged events that read the config through the API, not at start-up.
  const client = opts.createClient
    ? opts.createClient(clientOptions)
    : (await import("./octokit.js")).createGitHubClient(clientOptions);
  let text: string | null = null;
  try {
    const { data } = await client.rest.repos.getContent({ owner: ctx.owner, repo: ctx.repo, path: repoPath, ref });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data))
      throw new ConfigError(name, ["not a file"]);
    text = Buffer.from(data.content, "base64").toString("utf8");
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    if (errorStatus(e) !== 404 || explicit)
      throw new ConfigError(name, [
        errorStatus(e) === 404
          ? "the config file does not exist on the base branch (input `config`)"
          : `could not read it: ${(e as Error).message.split("\n")[0]}`,
      ]);
  }
  refuseOutsideSettings(name, text, ctx.eventName);
  const which = text === null ? "no config file there, so the defaults" : `${repoPath}`;
  return {
    source: { name, text },
    notice: `Config: ${which} from ${ctx.eventName === "pull_request_target" ? "the base commit" : "the default branch"} ${ref}, not from the pull request (${ctx.eventName}).`,
  };
}

/**
 * The `trusted-config-path` input: a file the workflow author vouches for (a second checkout of the base branch),
 * read from the workspace. It must exist: a trusted config that is silently missing would mean defaults.
 */
async function fromTrustedPath(ws: Workspace, input: string, eventName: string): Promise<TrustedConfig> {
  const file = path.resolve(ws.workspace, input);
  const rel = path.relative(ws.workspace, file);
  if (rel.startsWith("..") || path.isAbsolute(rel))
    throw new ConfigError(input, ["input `trusted-config-path` must name a file inside the workspace"]);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new ConfigError(file, [
      `could not read the file named by input \`trusted-config-path\`: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    ]);
  }
  refuseOutsideSettings(file, text, eventName);
  const shown = rel.split(path.sep).join("/");
  return {
    source: { name: file, text },
    notice: `Config: ${shown}, the file the workflow names as trusted (input \`trusted-config-path\`), not from the pull request (${eventName}).`,
  };
}
