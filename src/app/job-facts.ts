/** Small questions a job asks: is this workflow one the config names, will links run, the link token, a fork's PR. */
import type { Probot } from "probot";
import type { Config } from "../core/config/schema.js";
import type { AppOctokit } from "./config-source.js";
import type { AssessJob } from "./job.js";
import type { AppSettings } from "./settings.js";

export function namesWorkflow(config: Config, run: NonNullable<AssessJob["workflowRun"]>): boolean {
  return config.app.workflows.some((w) => w === run.name || w === run.path);
}

export function linksWillRun(config: Config, settings: AppSettings): boolean {
  return (
    settings.externalLinks === "on" && config.documentation.enabled && config.documentation["external-links"] !== "off"
  );
}

/** A token that can only read this one repository's contents: all the link checker needs for github.com links. */
export async function linkCheckerToken(probot: Probot, job: AssessJob): Promise<string> {
  const app = (await probot.auth()) as AppOctokit;
  const { data } = await app.rest.apps.createInstallationAccessToken({
    installation_id: job.installationId,
    repositories: [job.repo],
    permissions: { contents: "read" },
  });
  return data.token;
}

/** A fork's workflow run lists no pull request; find the open one whose head is this run's commit. */
export async function findForkPull(octokit: AppOctokit, job: AssessJob): Promise<number | null> {
  const run = job.workflowRun;
  if (!run?.fork) return null;
  const { data } = await octokit.rest.pulls.list({
    owner: job.owner,
    repo: job.repo,
    state: "open",
    head: `${run.headOwner}:${run.headBranch}`,
    per_page: 10,
  });
  return data.find((p) => p.head.sha === job.headSha)?.number ?? null;
}
