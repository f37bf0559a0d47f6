/**
 * The operator's settings, read once from the environment. Nothing here comes from a repository: a repository's
 * config can tighten its own checks but never reach past these limits.
 */
import { availableParallelism } from "node:os";

export interface AppSettings {
  host: string;
  port: number;
  /** Assessments running at once, over all installations. */
  concurrency: number;
  /** Assessments running at once for one installation. */
  perInstallation: number;
  /** Wait this long after an event before assessing, so quick successive pushes coalesce into one. */
  coalesceMs: number;
  /** An assessment running longer is stopped and its check run completed `timed_out`. */
  jobTimeoutMs: number;
  /** On SIGTERM, in-flight assessments get this long to finish before they are cancelled. */
  drainTimeoutMs: number;
  /** Heap limit of each assessment's process. */
  assessHeapMb: number;
  /** Webhook bodies above this are refused with 413 (GitHub caps payloads at 25 MB). */
  maxWebhookBytes: number;
  /** Limits on the head commit's tarball, enforced while it streams. */
  maxArchiveBytes: number;
  maxArchiveEntries: number;
  /** Limits on each workflow artifact zip. */
  maxArtifactBytes: number;
  maxArtifactEntries: number;
  /** The most artifacts read from one workflow run. */
  maxArtifacts: number;
  /** Ceiling for external link checks: `off` disables them whatever a repository asks. */
  externalLinks: "off" | "on";
  /** Most concurrent external link requests per assessment (caps the repository's `links.concurrency`). */
  externalLinkConcurrency: number;
  /** Hosts the link checker may reach on private addresses (an operator decision; repositories cannot). */
  allowPrivateHosts: string[];
  /** Name of the check run (what branch protection requires). */
  checkName: string;
  /** Spacing of GitHub writes and rate-limit queuing (Octokit's throttling); on by default. */
  throttle: boolean;
  /** With a Redis URL the queue is BullMQ on it, shared by every process that names it; without, in-process. */
  redisUrl: string | null;
  /** Key prefix in Redis (several Apps may share one Redis). */
  redisPrefix: string;
  /** `all` takes webhooks and runs assessments; `web` only takes webhooks, `worker` only runs (Redis only). */
  role: AppRole;
  /** Tries of a job that throws (GitHub unreachable, say) before its check run ends `failure` (Redis only). */
  attempts: number;
  /** Wait before the first retry; it doubles for each next one. */
  retryDelayMs: number;
  /** A worker that has not renewed its job's lock for this long is taken as dead; another takes the job over. */
  stallMs: number;
}

export type AppRole = "all" | "web" | "worker";

export class SettingsError extends Error {
  override name = "SettingsError";
}

const int = (env: Record<string, string | undefined>, name: string, dflt: number, min = 1): number => {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new SettingsError(`${name} must be an integer of at least ${min}, not ${JSON.stringify(raw)}`);
  return n;
};

const MB = 1024 * 1024;

export function readSettings(env: Record<string, string | undefined> = process.env): AppSettings {
  const links = (env.READINESS_EXTERNAL_LINKS ?? "on").trim();
  if (links !== "on" && links !== "off")
    throw new SettingsError(`READINESS_EXTERNAL_LINKS must be "on" or "off", not ${JSON.stringify(links)}`);
  const throttle = (env.READINESS_THROTTLE ?? "on").trim();
  if (throttle !== "on" && throttle !== "off")
    throw new SettingsError(`READINESS_THROTTLE must be "on" or "off", not ${JSON.stringify(throttle)}`);
  const role = (env.READINESS_ROLE ?? "all").trim() || "all";
  if (role !== "all" && role !== "web" && role !== "worker")
    throw new SettingsError(`READINESS_ROLE must be "all", "web" or "worker", not ${JSON.stringify(role)}`);
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl))
    throw new SettingsError("REDIS_URL must be a redis:// or rediss:// URL");
  if (role !== "all" && !redisUrl)
    throw new SettingsError(
      `READINESS_ROLE=${role} needs REDIS_URL: web-only and worker-only processes share the queue through Redis`,
    );
  return {
    host: env.HOST?.trim() || "localhost",
    port: int(env, "PORT", 3000, 0),
    concurrency: int(env, "READINESS_CONCURRENCY", availableParallelism()),
    perInstallation: int(env, "READINESS_PER_INSTALLATION", 2),
    coalesceMs: int(env, "READINESS_COALESCE_MS", 2000, 0),
    jobTimeoutMs: int(env, "READINESS_JOB_TIMEOUT_S", 600) * 1000,
    drainTimeoutMs: int(env, "READINESS_DRAIN_TIMEOUT_S", 30, 0) * 1000,
    assessHeapMb: int(env, "READINESS_ASSESS_HEAP_MB", 1024, 64),
    maxWebhookBytes: int(env, "READINESS_MAX_WEBHOOK_BYTES", 25 * MB),
    maxArchiveBytes: int(env, "READINESS_MAX_ARCHIVE_MB", 512) * MB,
    maxArchiveEntries: int(env, "READINESS_MAX_ARCHIVE_ENTRIES", 100_000),
    maxArtifactBytes: int(env, "READINESS_MAX_ARTIFACT_MB", 256) * MB,
    maxArtifactEntries: int(env, "READINESS_MAX_ARTIFACT_ENTRIES", 10_000),
    maxArtifacts: int(env, "READINESS_MAX_ARTIFACTS", 20),
    externalLinks: links,
    externalLinkConcurrency: int(env, "READINESS_EXTERNAL_LINK_CONCURRENCY", 8),
    allowPrivateHosts: (env.READINESS_ALLOW_PRIVATE_HOSTS ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean),
    checkName: env.READINESS_CHECK_NAME?.trim() || "Readiness Gate",
    throttle: throttle === "on",
    redisUrl,
    redisPrefix: env.READINESS_REDIS_PREFIX?.trim() || "readiness-gate",
    role,
    attempts: int(env, "READINESS_JOB_ATTEMPTS", 3),
    retryDelayMs: int(env, "READINESS_RETRY_DELAY_S", 5, 0) * 1000,
    stallMs: int(env, "READINESS_STALL_S", 30) * 1000,
  };
}
