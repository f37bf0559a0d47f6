/**
 * The config comes from the repository's default branch through the contents API, never from the pull request:
 * a PR that edits `.github/readiness.yml` cannot switch off its own gates (its edits apply once merged).
 */
import type { ProbotOctokit } from "probot";
import { errorStatus } from "../publish/errors.js";

export type AppOctokit = InstanceType<typeof ProbotOctokit>;

export const CONFIG_PATH = ".github/readiness.yml";

export interface DefaultBranchConfig {
  /** For messages: `.github/readiness.yml@main`. */
  name: string;
  /** The file's text, or null when the default branch has none (defaults apply). */
  text: string | null;
  branch: string;
}

export async function readDefaultBranchConfig(
  octokit: AppOctokit,
  repo: { owner: string; repo: string; defaultBranch: string },
): Promise<DefaultBranchConfig> {
  const name = `${CONFIG_PATH}@${repo.defaultBranch}`;
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner: repo.owner,
      repo: repo.repo,
      path: CONFIG_PATH,
      ref: repo.defaultBranch,
    });
    if (Array.isArray(data) || data.type !== "file")
      throw new Error(`${CONFIG_PATH} on ${repo.defaultBranch} is not a file`);
    if (!("content" in data) || typeof data.content !== "string" || data.encoding !== "base64")
      throw new Error(`${CONFIG_PATH} on ${repo.defaultBranch} is too large for the contents API (over 1 MB)`);
    return { name, text: Buffer.from(data.content, "base64").toString("utf8"), branch: repo.defaultBranch };
  } catch (e) {
    if (errorStatus(e) === 404) return { name, text: null, branch: repo.defaultBranch };
    throw e;
  }
}

export function configNotice(c: DefaultBranchConfig): string {
  return c.text === null
    ? `Config: the default branch ${c.branch} has no ${CONFIG_PATH}, so the defaults apply (a pull request's own changes to it apply once merged).`
    : `Config: ${CONFIG_PATH} from the default branch ${c.branch} (a pull request's own changes to it apply once merged).`;
}
