/**
 * Where the Action finds a pull request's baseline, in order: the report a `push` run on the base branch saved in
 * the Actions cache (keyed by commit), the base commit assessed from the same checkout (fetched with depth 1 when
 * the checkout is shallow), or the files the PR changed (from the API). A `push` run saves its report for the
 * pull requests based on that commit.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { BaselineRequest } from "../engine/baseline/resolve.js";
import type { CacheApi } from "./actions-cache.js";
import type { RunContext } from "./context.js";
import type { ActionClient } from "./publication.js";

export type BaselineMode = "auto" | "none";

interface Payload {
  pull_request?: { base?: { sha?: unknown } };
}

const SHA = /^[0-9a-f]{40}$/;

export function baseReportKey(repository: string, sha: string): string {
  return `readiness-report-v1-${repository.replace(/[^A-Za-z0-9._/-]+/g, "-")}-${sha}`;
}

/** The PR's base commit, from the event (pull_request and pull_request_target carry it). */
export function baseShaOf(payload: unknown): string | null {
  const sha = (payload as Payload | null)?.pull_request?.base?.sha;
  return typeof sha === "string" && SHA.test(sha) ? sha : null;
}

export interface BaselineSources {
  payload: unknown;
  ctx: RunContext;
  /** Where a restored base report is written. */
  dir: string;
  cache: CacheApi;
  /** Lists the PR's changed files (the pulls files API), when a token is available. */
  changedFiles?: () => Promise<readonly string[]>;
  warn: (m: string) => void;
}

export async function baselineRequests(mode: BaselineMode, s: BaselineSources): Promise<BaselineRequest[]> {
  const base = baseShaOf(s.payload);
  if (mode === "none" || !base) return [];
  const requests: BaselineRequest[] = [];
  const file = path.join(s.dir, "base-report.json");
  try {
    if (await s.cache.isFeatureAvailable()) {
      await mkdir(s.dir, { recursive: true });
      const hit = await s.cache.restoreCache([file], baseReportKey(`${s.ctx.owner}/${s.ctx.repo}`, base));
      if (hit && existsSync(file))
        requests.push({ kind: "report", file, description: `the report of the base commit ${base.slice(0, 7)}` });
    }
  } catch (e) {
    s.warn(
      `Could not restore the base report from the cache (${(e as Error).message}); the base commit is assessed instead.`,
    );
  }
  requests.push({ kind: "git", ref: base, fetch: true });
  if (s.changedFiles)
    requests.push({
      kind: "changed-files",
      files: s.changedFiles,
      description: `the files this PR changed (the base commit ${base.slice(0, 7)} is not available)`,
    });
  return requests;
}

/** On a push to the default branch: keep this commit's report for the pull requests that will be based on it. */
export async function saveBaseReport(
  cache: CacheApi,
  env: Record<string, string | undefined>,
  payload: unknown,
  reportPath: string | null,
  warn: (m: string) => void,
): Promise<void> {
  const p = payload as { repository?: { default_branch?: unknown } } | null;
  const branch = p?.repository?.default_branch;
  if (env.GITHUB_EVENT_NAME !== "push" || !reportPath || typeof branch !== "string") return;
  if (env.GITHUB_REF !== `refs/heads/${branch}` || !env.GITHUB_SHA || !SHA.test(env.GITHUB_SHA)) return;
  try {
    if (!(await cache.isFeatureAvailable())) return;
    await cache.saveCache([reportPath], baseReportKey(env.GITHUB_REPOSITORY ?? "", env.GITHUB_SHA));
  } catch (e) {
    warn(
      `Could not save this commit's report for pull requests (${(e as Error).message}); they will assess their base commit instead.`,
    );
  }
}

/** The PR's changed files from the API (at most 3,000, GitHub's limit), relative to the assessed root. */
export function changedFilesFromApi(
  client: { paginate: ActionClient["paginate"]; rest: { pulls: Pick<ActionClient["rest"]["pulls"], "listFiles"> } },
  ctx: RunContext,
  pathPrefix: string,
): (() => Promise<readonly string[]>) | undefined {
  const number = ctx.pullNumber;
  if (number === null) return undefined;
  return async () => {
    const files = await client.paginate(client.rest.pulls.listFiles, {
      owner: ctx.owner,
      repo: ctx.repo,
      pull_number: number,
      per_page: 100,
    });
    return files
      .filter((f) => f.status !== "removed")
      .map((f) => f.filename)
      .filter((p) => p.startsWith(pathPrefix))
      .map((p) => p.slice(pathPrefix.length));
  };
}
