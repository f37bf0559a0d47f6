/** The shared engine against a real redis-server: two queue instances stand for two App processes. */
import { afterEach, describe, expect, it } from "vitest";
import { createRedisQueue, type RedisQueue, type RedisQueueOptions } from "../../src/app/redis-queue.js";
import { freshPrefix, sharedRedisUrl } from "./redis-harness.js";

interface Probe {
  name: string;
  ms: number;
  failTimes?: number;
}

const open: RedisQueue<Probe>[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((q) => q.drain(1000)));
});

const silent = { info() {}, warn() {}, error() {} };

async function replica(
  prefix: string,
  run: RedisQueueOptions<Probe>["run"],
  extra: Partial<RedisQueueOptions<Probe>> = {},
) {
  const q = createRedisQueue<Probe>({
    url: sharedRedisUrl(),
    prefix,
    work: true,
    run,
    concurrency: 3,
    perInstallation: 2,
    coalesceMs: 0,
    jobTimeoutMs: 10_000,
    attempts: 1,
    retryDelayMs: 0,
    stallMs: 5000,
    onFinalFailure: async () => {},
    log: silent,
    ...extra,
  });
  open.push(q);
  await q.ready();
  return q;
}

const until = async (fn: () => boolean, what: string, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("the BullMQ queue on Redis", () => {
  it("one job id is one job, whichever replica gets it and how often", async () => {
    const prefix = freshPrefix("dup");
    const ran: string[] = [];
    const run = async (p: Probe) => void ran.push(p.name);
    const [a, b] = [await replica(prefix, run), await replica(prefix, run)];
    const job = { key: "o/r#1", id: "o/r#1@aaa", installationId: 1, data: { name: "aaa", ms: 0 } };
    expect(await a.add(job)).toBe("queued");
    await until(() => ran.length === 1, "the job");
    expect(await b.add(job)).toBe("duplicate");
    expect(await a.add({ ...job, id: "o/r#1@bbb", data: { name: "bbb", ms: 0 } })).toBe("queued");
    await until(() => ran.length === 2, "the second job");
    await new Promise((r) => setTimeout(r, 300));
    expect(ran).toEqual(["aaa", "bbb"]);
  });

  it("keeps two per installation over all replicas, while other installations run", async () => {
    const prefix = freshPrefix("slots");
    const active = new Map<number, number>();
    const peak = new Map<number, number>();
    const done: string[] = [];
    const run = async (p: Probe) => {
      const inst = Number(p.name.split("-")[0]);
      active.set(inst, (active.get(inst) ?? 0) + 1);
      peak.set(inst, Math.max(peak.get(inst) ?? 0, active.get(inst) ?? 0));
      await new Promise((r) => setTimeout(r, p.ms));
      active.set(inst, (active.get(inst) ?? 0) - 1);
      done.push(p.name);
    };
    const replicas = [await replica(prefix, run), await replica(prefix, run), await replica(prefix, run)];
    for (let i = 0; i < 6; i++) {
      await replicas[i % 3]?.add({ key: `1-${i}`, id: `1-${i}`, installationId: 1, data: { name: `1-${i}`, ms: 150 } });
      await replicas[(i + 1) % 3]?.add({
        key: `2-${i}`,
        id: `2-${i}`,
        installationId: 2,
        data: { name: `2-${i}`, ms: 150 },
      });
    }
    await until(() => done.length === 12, "12 jobs");
    expect([peak.get(1), peak.get(2)]).toEqual([2, 2]);
  });

  it("retries a job that throws, then hands its last error to onFinalFailure once", async () => {
    const prefix = freshPrefix("retry");
    const tries: boolean[] = [];
    const failures: string[] = [];
    const q = await replica(
      prefix,
      async (_p, _signal, attempt) => {
        tries.push(attempt?.final ?? true);
        throw new Error(`GitHub answered 502 (try ${tries.length})`);
      },
      {
        attempts: 3,
        retryDelayMs: 50,
        onFinalFailure: async (p, reason) => void failures.push(`${p.name}: ${reason}`),
      },
    );
    await q.add({ key: "k", id: "k@1", installationId: 1, data: { name: "k", ms: 0 } });
    await until(() => failures.length === 1, "the final failure");
    expect(tries).toEqual([false, false, true]);
    expect(failures).toEqual(["k: The assessment failed 3 time(s); the last error: GitHub answered 502 (try 3)"]);
  });

  it("aborts a job over its time limit with `timeout`", async () => {
    const prefix = freshPrefix("timeout");
    const reasons: string[] = [];
    const q = await replica(
      prefix,
      (_p, signal) =>
        new Promise<void>((resolve) =>
          signal.addEventListener("abort", () => {
            reasons.push(String(signal.reason));
            resolve();
          }),
        ),
      { jobTimeoutMs: 100 },
    );
    await q.add({ key: "slow", id: "slow@1", installationId: 1, data: { name: "slow", ms: 0 } });
    await until(() => reasons.length === 1, "the abort");
    expect(reasons).toEqual(["timeout"]);
  });
});
