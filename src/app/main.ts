/**
 * `npm run app`: with no App credentials, Probot's setup page registers the App from app.yml (the manifest
 * flow) and the credentials land in `.env` (mode 0600); with them, the server takes webhooks. SIGTERM and
 * SIGINT drain: no new deliveries, running assessments finish within the drain time or end `cancelled`.
 */
import { existsSync } from "node:fs";
import { createProbot, type Probot, ProbotOctokit, run } from "probot";
import type { AssessJob } from "./assess-job.js";
import { createJobRunner } from "./assess-job.js";
import { writeEnvFile } from "./env-file.js";
import { createHandlers } from "./handlers.js";
import { createInProcessQueue } from "./queue.js";
import { startAppServer } from "./server.js";
import { readSettings } from "./settings.js";

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
  const Octokit = settings.throttle
    ? ProbotOctokit
    : // The function form: probot's own throttle options win a shallow merge of the object form.
      ProbotOctokit.defaults((o: Record<string, unknown>) => ({
        ...o,
        retry: { enabled: false },
        throttle: { ...(o.throttle as object), enabled: false },
      }));
  const probot: Probot = createProbot({ env, overrides: { Octokit } });
  await probot.ready();
  const log = probot.log.child({ name: "readiness-gate" });
  const urls = githubUrls(env);
  const runner = createJobRunner({
    probot,
    settings,
    log,
    ...urls,
    isolation: { entry: process.argv[1] ?? "", execArgv: process.execArgv },
  });
  const queue = createInProcessQueue<AssessJob>({
    run: runner,
    concurrency: settings.concurrency,
    perInstallation: settings.perInstallation,
    coalesceMs: settings.coalesceMs,
    jobTimeoutMs: settings.jobTimeoutMs,
    onError: (e, job) => log.error(`job ${job.key} failed: ${e instanceof Error ? e.message : String(e)}`),
  });
  const tasks = new Set<Promise<void>>();
  const server = await startAppServer({
    probot,
    appFn: createHandlers({ queue, checkName: settings.checkName, log, tasks }),
    log,
    host: settings.host,
    port: settings.port,
    maxWebhookBytes: settings.maxWebhookBytes,
    health: () => ({ queue: queue.stats(), rssBytes: process.memoryUsage().rss }),
  });
  log.info(`Readiness Gate App listening on ${server.url}`);
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
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
