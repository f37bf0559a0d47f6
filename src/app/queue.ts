/**
 * Where assessments wait and run. The server only talks to `AssessmentQueue`, so the engine that shares one
 * queue between replicas (BullMQ on Redis, redis-queue.ts) replaces the in-process one without touching the
 * handlers.
 *
 * The in-process engine: a global concurrency limit, a per-installation limit, coalescing (a job added while
 * another with the same key still waits replaces it, and the wait restarts, so quick successive pushes give one
 * assessment of the newest head), a time limit per job, and a drain for shutdown.
 */

export interface QueuedJob<T> {
  /** Jobs with the same key coalesce (one pull request, or one commit). */
  key: string;
  /**
   * Jobs with the same id are one job: the same delivery received twice, or by two replicas. The in-process
   * engine leaves this to the handlers' delivery ids; the shared engine uses it as the job's id.
   */
  id: string;
  /** Jobs of one installation share its per-installation limit. */
  installationId: number;
  data: T;
}

/** Why a running job's signal was aborted. */
export type StopReason = "timeout" | "shutdown";

/** Which try of a job this is, for an engine that retries. */
export interface JobAttempt {
  /** No retry follows a failure of this try: the runner must end the check run itself. */
  final: boolean;
}

/**
 * Runs one job; it must settle soon after `signal` aborts (`signal.reason` is a `StopReason`). A runner that
 * throws asks for a retry where the engine retries (the shared one does, and says which try is the last; the
 * in-process one passes no `attempt`, which means final, and reports the error).
 */
export type JobRunner<T> = (data: T, signal: AbortSignal, attempt?: JobAttempt) => Promise<void>;

export interface QueueStats {
  /** Jobs waiting (for the in-process engine, in this process; for the shared one, in the whole queue). */
  waiting: number;
  /** Jobs running in this process. */
  running: number;
}

export type AddOutcome = "queued" | "coalesced" | "duplicate" | "closed";

export interface AssessmentQueue<T> {
  /**
   * `coalesced`: it replaced a waiting job with the same key. `duplicate`: a job with its id exists already.
   * `closed`: the queue is draining. Rejects when the job could not be stored (the shared queue unreachable).
   */
  add(job: QueuedJob<T>): Promise<AddOutcome>;
  stats(): Promise<QueueStats>;
  /** Stops taking jobs, lets running ones finish for `timeoutMs`, then aborts them (`shutdown`) and waits. */
  drain(timeoutMs: number): Promise<{ dropped: T[] }>;
}

export interface InProcessQueueOptions<T> {
  run: JobRunner<T>;
  concurrency: number;
  perInstallation: number;
  coalesceMs: number;
  jobTimeoutMs: number;
  /** A runner that throws is a bug; it is reported here and the queue goes on. */
  onError: (e: unknown, job: QueuedJob<T>) => void;
}

interface Waiting<T> {
  job: QueuedJob<T>;
  readyAt: number;
}

interface Running {
  installationId: number;
  controller: AbortController;
  done: Promise<void>;
}

export function createInProcessQueue<T>(opts: InProcessQueueOptions<T>): AssessmentQueue<T> {
  const waiting = new Map<string, Waiting<T>>();
  const running = new Set<Running>();
  let closed = false;
  let timer: NodeJS.Timeout | null = null;

  const perInstallation = (id: number) => [...running].filter((r) => r.installationId === id).length;

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const next = Math.min(...[...waiting.values()].map((w) => w.readyAt));
    if (Number.isFinite(next)) timer = setTimeout(pump, Math.max(0, next - Date.now()));
  };

  const start = (w: Waiting<T>) => {
    const controller = new AbortController();
    const limit = setTimeout(() => controller.abort("timeout" satisfies StopReason), opts.jobTimeoutMs);
    const entry: Running = {
      installationId: w.job.installationId,
      controller,
      done: Promise.resolve()
        .then(() => opts.run(w.job.data, controller.signal))
        .catch((e: unknown) => opts.onError(e, w.job))
        .finally(() => {
          clearTimeout(limit);
          running.delete(entry);
          if (!closed) pump();
        }),
    };
    running.add(entry);
  };

  function pump() {
    const now = Date.now();
    for (const [key, w] of waiting) {
      if (running.size >= opts.concurrency) break;
      if (w.readyAt > now || perInstallation(w.job.installationId) >= opts.perInstallation) continue;
      waiting.delete(key);
      start(w);
    }
    schedule();
  }

  return {
    async add(job) {
      if (closed) return "closed";
      const had = waiting.delete(job.key);
      // Re-inserting moves it to the back: a job that keeps being replaced does not starve others.
      waiting.set(job.key, { job, readyAt: Date.now() + opts.coalesceMs });
      if (opts.coalesceMs === 0) pump();
      else schedule();
      return had ? "coalesced" : "queued";
    },
    stats: async () => ({ waiting: waiting.size, running: running.size }),
    async drain(timeoutMs) {
      closed = true;
      if (timer) clearTimeout(timer);
      const dropped = [...waiting.values()].map((w) => w.job.data);
      waiting.clear();
      const all = () => Promise.all([...running].map((r) => r.done));
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([all(), new Promise((r) => (grace = setTimeout(r, timeoutMs)))]);
      clearTimeout(grace);
      for (const r of running) r.controller.abort("shutdown" satisfies StopReason);
      await all();
      return { dropped };
    },
  };
}
