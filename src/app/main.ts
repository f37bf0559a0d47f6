/**
 * `npm run app`: with no App credentials, Probot's setup page registers the App from app.yml (the manifest
 * flow) and the credentials land in `.env` (mode 0600); with them, the server takes webhooks. SIGTERM and
 * SIGINT drain: no new deliveries, running assessments finish within the drain time or end `cancelled`.
 */
import { existsSync } from "node:fs";
import Bottleneck from "bottleneck";
import { Redis } from "ioredis";
import { createProbot, type Logger, type Probot, ProbotOctokit, run } from "probot";
import type { AssessJob } from "./assess-job.js";
import { createJobFailer, createJobRunner } from "./assess-job.js";
import { writeEnvFile } from "./env-file.js";
import { createHandlers } from "./handlers.js";
import { type AssessmentQueue, createInProcessQueue } from "./queue.js";
import { createRedisQueue } from "./redis-queue.js";
import { startAppServer } from "./server.js";
import { type AppSettings, readSettings } from "./settings.js";

export function githubUrls(env: Record<string, string | undefined>): { apiUrl: string; serverUrl: string } {
  if (!env.GHE_HOST) return { apiUrl: "https://api.github.com", serverUrl: "https://github.com" };
  const root = `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST}`;
  return { apiUrl: `${root}/api/v3`, serverUrl: root };
}

export async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const env = process.env;
  // Smee (a public relay) only when the operator asks for one with WEBHOOK_PROXY_URL.
  env.NO_SMEE_SETUP ??= "true";
  env.LOG_LEVEL ??= "info";
  const settings = readSettings(env);
  if (!env.APP_ID || !(env.PRIVATE_KEY || env.PRIVATE_KEY_PATH)) {
    env.HOST = settings.host;
    await run(() => {}, { updateEnv: writeEnvFile });
    return;
  }
  const throttleCluster = settings.redisUrl && settings.throttle ? redisThrottle(settings) : null;
  const Octokit =
    settings.throttle && !throttleCluster
      ? ProbotOctokit
      : // The function form: probot's own throttle options win a shallow merge of the object form.
        ProbotOctokit.defaults((o: Record<string, unknown>) => ({
          ...o,
          ...(throttleCluster
            ? { throttle: { ...(o.throttle as object), ...throttleCluster } }
            : { retry: { enabled: false }, throttle: { ...(o.throttle as object), enabled: false } }),
        }));
  // REDIS_URL stays away from probot: it would load its own ioredis at run time (absent from the bundle); the
  // same Bottleneck clustering is set up above with the bundled client.
  const { REDIS_URL: _, ...probotEnv } = env;
  const probot: Probot = createProbot({ env: probotEnv, overrides: { Octokit } });
  await probot.ready();
  const log = probot.log.child({ name: "readiness-gate" });
  const urls = githubUrls(env);
  const runnerDeps = {
    probot,
    settings,
    log,
    ...urls,
    isolation: { entry: process.argv[1] ?? "", execArgv: process.execArgv },
    skipSuperseded: settings.redisUrl !== null,
  };
  const queue = await createQueue(settings, runnerDeps, log);
  const tasks = new Set<Promise<void>>();
  const server = await startAppServer({
    probot,
    appFn: createHandlers({
      queue,
      checkName: settings.checkName,
      log,
      tasks,
      dedupeDeliveries: settings.redisUrl === null,
    }),
    log,
    host: settings.host,
    port: settings.port,
    maxWebhookBytes: settings.maxWebhookBytes,
    webhooks: settings.role !== "worker",
    health: async () => ({
      role: settings.role,
      queue: await queue.stats().catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) })),
      rssBytes: process.memoryUsage().rss,
    }),
  });
  log.info(
    `Readiness Gate App listening on ${server.url} (${settings.redisUrl ? `queue on Redis, role ${settings.role}` : "in-process queue"})`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: draining (up to ${settings.drainTimeoutMs / 1000} s)`);
    const closed = server.close();
    await Promise.all(tasks);
    const { dropped } = await queue.drain(settings.drainTimeoutMs);
    if (dropped.length)
      log.warn(
        `${dropped.length} waiting assessment(s) dropped: ${dropped.map((d) => `${d.owner}/${d.repo}@${d.headSha.slice(0, 7)}`).join(", ")}`,
      );
    await closed;
    await throttleCluster?.connection.disconnect();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

type RunnerDeps = Parameters<typeof createJobRunner>[0];

async function createQueue(settings: AppSettings, deps: RunnerDeps, log: Logger): Promise<AssessmentQueue<AssessJob>> {
  const run = createJobRunner(deps);
  if (!settings.redisUrl)
    return createInProcessQueue<AssessJob>({
      run,
      concurrency: settings.concurrency,
      perInstallation: settings.perInstallation,
      coalesceMs: settings.coalesceMs,
      jobTimeoutMs: settings.jobTimeoutMs,
      onError: (e, job) => log.error(`job ${job.key} failed: ${e instanceof Error ? e.message : String(e)}`),
    });
  const queue = createRedisQueue<AssessJob>({
    url: settings.redisUrl,
    prefix: settings.redisPrefix,
    work: settings.role !== "web",
    run,
    concurrency: settings.concurrency,
    perInstallation: settings.perInstallation,
    coalesceMs: settings.coalesceMs,
    jobTimeoutMs: settings.jobTimeoutMs,
    attempts: settings.attempts,
    retryDelayMs: settings.retryDelayMs,
    stallMs: settings.stallMs,
    onFinalFailure: createJobFailer(deps),
    log,
  });
  await queue.ready();
  return queue;
}

/**
 * Octokit's throttling (Bottleneck) clustered on Redis, as probot does for REDIS_URL: every replica's limiters
 * share one view of each installation's limits.
 */
function redisThrottle(settings: AppSettings): {
  Bottleneck: typeof Bottleneck;
  connection: Bottleneck.IORedisConnection;
  id: string;
} {
  const client = new Redis(settings.redisUrl ?? "");
  // Passing the client class keeps Bottleneck from loading ioredis by name at run time.
  const connection = new Bottleneck.IORedisConnection({ client, Redis } as Bottleneck.IORedisConnectionOptions);
  connection.on("error", (e: unknown) => console.error(`Redis (rate limits): ${e instanceof Error ? e.message : e}`));
  return { Bottleneck, connection, id: `${settings.redisPrefix}-octokit` };
}
