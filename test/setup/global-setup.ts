/**
 * Starts the servers the suite shares, once per run, and stops them afterwards:
 * a stateful GitHub fake behind `prism proxy --errors` (which validates every request and response against
 * GitHub's OpenAPI description, trimmed into test/fixtures/github/), fronted by the Octokit/Prism adapter.
 * Tests read the URLs with `inject("githubApiUrl")` (what Octokit talks to) and `inject("githubFakeUrl")`
 * (the fake's `/__control/*` routes).
 * Redis for the App's shared queue: REDIS_URL_FOR_TESTS (what .ci/run starts), else a redis-server started
 * here; `inject("redisUrl")` is empty and `inject("redisProblem")` says why when neither is possible.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startApiAdapter } from "./api-adapter.js";
import { startFakeGitHub } from "./github-fake.js";
import { startPrismProxy } from "./prism.js";
import { type RedisServer, startRedisServer } from "./redis.js";

declare module "vitest" {
  export interface ProvidedContext {
    githubApiUrl: string;
    githubFakeUrl: string;
    redisUrl: string;
    redisProblem: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const TRIMMED_SPEC = path.join(root, "test", "fixtures", "github", "api.github.com.trimmed.json");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fake = await startFakeGitHub(TRIMMED_SPEC);
  const prism = await startPrismProxy(TRIMMED_SPEC, fake.url, root).catch(async (e: unknown) => {
    await fake.close();
    throw e;
  });
  const adapter = await startApiAdapter(prism.url, fake.url);
  fake.setPublicUrl(adapter.url);
  project.provide("githubApiUrl", adapter.url);
  project.provide("githubFakeUrl", fake.url);
  let redis: RedisServer | null = null;
  let redisUrl = process.env.REDIS_URL_FOR_TESTS ?? "";
  let redisProblem = "";
  if (!redisUrl) {
    try {
      redis = await startRedisServer();
      redisUrl = redis.url;
    } catch (e) {
      redisProblem = e instanceof Error ? e.message : String(e);
    }
  }
  project.provide("redisUrl", redisUrl);
  project.provide("redisProblem", redisProblem);
  return async () => {
    await redis?.stop();
    await adapter.close();
    await prism.close();
    await fake.close();
  };
}
