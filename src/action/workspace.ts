/**
 * Where the Action works: the assessed root inside the workspace, the root's path relative to the repository
 * (annotations are placed by repository path) and the base URL of file links in the report.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { InputError } from "./inputs.js";

export interface Workspace {
  workspace: string;
  root: string;
  /** `docs-site/` for `working-directory: docs-site`, empty for the workspace itself. */
  pathPrefix: string;
}

export async function resolveWorkspace(
  env: Record<string, string | undefined>,
  workingDirectory: string,
): Promise<Workspace> {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const root = path.resolve(workspace, workingDirectory);
  if (!isInside(workspace, root))
    throw new InputError([
      `input \`working-directory\`: ${JSON.stringify(workingDirectory)} is outside the workspace ${workspace}; name a directory inside it`,
    ]);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) {
    throw new InputError([
      `input \`working-directory\`: ${JSON.stringify(workingDirectory)} is not a directory under ${workspace}`,
    ]);
  }
  const rel = path.relative(workspace, root);
  const pathPrefix = rel ? `${rel.split(path.sep).join("/")}/` : "";
  return { workspace, root, pathPrefix };
}

/** `child` is `parent` or below it (no `..` step, not another drive). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel));
}

/** `https://github.com/o/r/blob/<sha>/<prefix>`: links to files of the assessed commit. */
export function fileBaseUrl(serverUrl: string, owner: string, repo: string, sha: string, pathPrefix: string): string {
  return `${serverUrl}/${owner}/${repo}/blob/${sha}${pathPrefix ? `/${pathPrefix.slice(0, -1)}` : ""}`;
}
