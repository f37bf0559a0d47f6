/**
 * The shared engine: BullMQ on Redis, for any number of App processes. Every process can add jobs; those whose
 * role runs jobs take them from the one queue.
 *
 * - The job id is the pull request (or commit) and head SHA: a delivery received by two replicas, or redelivered,
 *   adds nothing (the finished job's record is kept a day for that).
 * - A job waits `coalesceMs` before it runs; a pull request's job whose head has moved on by then is skipped by
 *   the runner (GitHub holds which head is newest), so quick pushes give one assessment of the newest head.
 * - Concurrency: `concurrency` per process, `perInstallation` over all processes (installation-slots.ts); a job
 *   that finds its installation's slots held goes back to the delayed set for a moment.
 * - A worker that dies stops renewing its job's lock; after `stallMs` another worker takes the job over
 *   (BullMQ's stalled-job check) and restarts the same check run. A job that throws is retried with backoff;
 *   after its last try `onFinalFailure` ends its check run with the reason.
 * - Nothing but the queue lives in Redis: losing it loses waiting jobs, never a result (those are on GitHub).
 */
import { DelayedError, type Job, Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { installationSlots } from "./installation-slots.js";
import type { AddOutcome, AssessmentQueue, JobRunner, QueuedJob, StopReason } from "./queue.js";

export interface RedisQueueOptions<T> {
  url: string;
  prefix: string;
  /** Whether this process runs jobs (`false`: web-only, it only adds them). */
  work: boolean;
  run: JobRunner<T>;
  concurrency: number;
  perInstallation: number;
  coalesceMs: number;
  jobTimeoutMs: number;
  attempts: number;
  retryDelayMs: number;
  stallMs: number;
  /** The job will not be tried again: end its check run with `reason`. */
  onFinalFailure: (data: T, reason: string) => Promise<void>;
  log: { info(m: string): void; warn(m: string): void; error(m: string): void };
}

interface Envelope<T> {
  key: string;
  installationId: number;
  data: T;
}

const QUEUE_NAME = "assessments";
/** How soon a job whose installation has no free slot is looked at again. */
const SLOT_RETRY_MS = 500;
const DAY_S = 24 * 3600;

export interface RedisQueue<T> extends AssessmentQueue<T> {
  /** Resolves once the queue (and the worker, if any) reached Redis. */
  ready(): Promise<void>;
}

export function createRedisQueue<T>(opts: RedisQueueOptions<T>): RedisQueue<T> {
  const warn = throttledWarn(opts.log);
  // Adding fails at once while Redis is away (the webhook gets a 500 and can be redelivered) instead of
  // holding the delivery past GitHub's 10 s.
  const addConnection = new Redis(opts.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  addConnection.on("error", (e) => warn(`Redis (queue): ${e.message}`));
  const queue = new Queue<Envelope<T>>(QUEUE_NAME, { connection: addConnection, prefix: opts.prefix });
  queue.on("error", (e) => warn(`Redis (queue): ${e.message}`));

  const running = new Map<string, AbortController>();
  let closed = false;
  let worker: Worker<Envelope<T>> | null = null;
  let workConnection: Redis | null = null;
  let slotConnection: Redis | null = null;

  if (opts.work) {
    // BullMQ's blocking reads need retries without a limit; they resume by themselves after a reconnect.
    workConnection = new Redis(opts.url, { maxRetriesPerRequest: null });
    workConnection.on("error", (e) => warn(`Redis (worker): ${e.message}`));
    slotConnection = new Redis(opts.url, { maxRetriesPerRequest: null });
    slotConnection.on("error", (e) => warn(`Redis (slots): ${e.message}`));
    const slots = installationSlots(slotConnection, {
      prefix: opts.prefix,
      limit: opts.perInstallation,
      leaseMs: opts.stallMs,
    });
    const processor = async (job: Job<Envelope<T>>, token?: string) => {
      const id = job.id ?? job.data.key;
      const { installationId } = job.data;
      if (!(await slots.take(installationId, id))) {
        await job.moveToDelayed(Date.now() + SLOT_RETRY_MS + Math.floor(Math.random() * 100), token);
        throw new DelayedError();
      }
      const controller = new AbortController();
      const limit = setTimeout(() => controller.abort("timeout" satisfies StopReason), opts.jobTimeoutMs);
      const renew = setInterval(
        () => void slots.take(installationId, id).catch(() => {}),
        Math.max(200, opts.stallMs / 3),
      );
      running.set(id, controller);
      const tryNumber = job.attemptsMade + 1;
      const taken = job.stalledCounter > 0 ? ", taken over from a worker that stopped" : "";
      opts.log.info(`job ${id} started (installation ${installationId}, try ${tryNumber}${taken})`);
      try {
        await opts.run(job.data.data, controller.signal, { final: tryNumber >= opts.attempts });
        opts.log.info(`job ${id} finished (installation ${installationId})`);
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        if (tryNumber >= opts.attempts) {
          opts.log.error(`job ${id} failed after ${tryNumber} tries: ${reason}`);
          await opts
            .onFinalFailure(job.data.data, `The assessment failed ${tryNumber} time(s); the last error: ${reason}`)
            .catch((f: unknown) => opts.log.error(`job ${id}: the check run could not be ended: ${String(f)}`));
        } else opts.log.warn(`job ${id} failed (try ${tryNumber} of ${opts.attempts}), retried: ${reason}`);
        throw e;
      } finally {
        clearTimeout(limit);
        clearInterval(renew);
        running.delete(id);
        await slots.release(installationId, id).catch(() => {});
      }
    };
    worker = new Worker<Envelope<T>>(QUEUE_NAME, processor, {
      connection: workConnection,
      prefix: opts.prefix,
      concurrency: opts.concurrency,
      lockDuration: opts.stallMs,
      stalledInterval: opts.stallMs,
      // A job whose workers keep dying (it kills them?) is not handed on for ever.
      maxStalledCount: 2,
    });
    worker.on("error", (e) => warn(`Redis (worker): ${e.message}`));
  }

  return {
    async ready() {
      await queue.waitUntilReady();
      await worker?.waitUntilReady();
    },
    async add(job: QueuedJob<T>): Promise<AddOutcome> {
      if (closed) return "closed";
      if (await queue.getJob(job.id)) return "duplicate";
      await queue.add(
        "assess",
        { key: job.key, installationId: job.installationId, data: job.data },
        {
          jobId: job.id,
          delay: opts.coalesceMs,
          attempts: opts.attempts,
          backoff: { type: "exponential", delay: opts.retryDelayMs },
          // The finished job's record makes a late redelivery a duplicate; it holds no result.
          removeOnComplete: { age: DAY_S },
          removeOnFail: { age: 7 * DAY_S },
        },
      );
      return "queued";
    },
    async stats() {
      const counts = await queue.getJobCounts("waiting", "delayed", "prioritized");
      return {
        waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
        running: running.size,
      };
    },
    async drain(timeoutMs) {
      closed = true;
      if (worker) {
        const done = worker.close();
        let grace: NodeJS.Timeout | undefined;
        await Promise.race([done, new Promise((r) => (grace = setTimeout(r, timeoutMs)))]);
        clearTimeout(grace);
        for (const c of running.values()) c.abort("shutdown" satisfies StopReason);
        await done;
      }
      await queue.close();
      for (const c of [addConnection, workConnection, slotConnection]) c?.disconnect();
      // Waiting jobs stay in Redis for the other processes.
      return { dropped: [] };
    },
  };
}

/** Redis errors come in bursts while it is away: the first of each message, then at most one every 10 s. */
function throttledWarn(log: { warn(m: string): void }): (m: string) => void {
  const last = new Map<string, number>();
  return (m) => {
    const now = Date.now();
    if (now - (last.get(m) ?? 0) < 10_000) return;
    last.set(m, now);
    log.warn(m);
  };
}
