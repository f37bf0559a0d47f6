import { describe, expect, it } from "vitest";
import { createInProcessQueue } from "../../src/app/queue.js";

interface Probe {
  id: string;
  ms: number;
}

function harness(opts: { concurrency: number; perInstallation: number; coalesceMs?: number; jobTimeoutMs?: number }) {
  const started: string[] = [];
  const finished: string[] = [];
  const stopped: string[] = [];
  let active = 0;
  let peak = 0;
  const queue = createInProcessQueue<Probe>({
    concurrency: opts.concurrency,
    perInstallation: opts.perInstallation,
    coalesceMs: opts.coalesceMs ?? 0,
    jobTimeoutMs: opts.jobTimeoutMs ?? 10_000,
    onError: () => {},
    run: (job, signal) =>
      new Promise<void>((resolve) => {
        started.push(job.id);
        peak = Math.max(peak, ++active);
        const t = setTimeout(() => {
          active--;
          finished.push(job.id);
          resolve();
        }, job.ms);
        signal.addEventListener("abort", () => {
          clearTimeout(t);
          active--;
          stopped.push(`${job.id}:${String(signal.reason)}`);
          resolve();
        });
      }),
  });
  return { queue, started, finished, stopped, peak: () => peak };
}

const idle = async (q: { stats(): Promise<{ waiting: number; running: number }> }) => {
  for (let s = await q.stats(); s.waiting + s.running > 0; s = await q.stats())
    await new Promise((r) => setTimeout(r, 5));
};

describe("the in-process queue", () => {
  it("keeps to the global limit and to two per installation", async () => {
    const h = harness({ concurrency: 3, perInstallation: 2 });
    for (let i = 0; i < 4; i++)
      h.queue.add({ key: `a${i}`, id: `a${i}`, installationId: 1, data: { id: `a${i}`, ms: 30 } });
    for (let i = 0; i < 2; i++)
      h.queue.add({ key: `b${i}`, id: `b${i}`, installationId: 2, data: { id: `b${i}`, ms: 30 } });
    await new Promise((r) => setTimeout(r, 5));
    expect(h.started).toEqual(["a0", "a1", "b0"]);
    await idle(h.queue);
    expect(h.peak()).toBe(3);
    expect(h.finished.sort()).toEqual(["a0", "a1", "a2", "a3", "b0", "b1"]);
  });

  it("coalesces jobs with one key while they wait: only the newest runs", async () => {
    const h = harness({ concurrency: 2, perInstallation: 2, coalesceMs: 40 });
    expect(await h.queue.add({ key: "pr#1", id: "pr#1", installationId: 1, data: { id: "sha1", ms: 1 } })).toBe(
      "queued",
    );
    expect(await h.queue.add({ key: "pr#1", id: "pr#1", installationId: 1, data: { id: "sha2", ms: 1 } })).toBe(
      "coalesced",
    );
    expect(await h.queue.add({ key: "pr#2", id: "pr#2", installationId: 1, data: { id: "other", ms: 1 } })).toBe(
      "queued",
    );
    expect(h.started).toEqual([]);
    await idle(h.queue);
    expect(h.started).toEqual(["sha2", "other"]);
  });

  it("aborts a job over the time limit with `timeout`, and drains with `shutdown`", async () => {
    const h = harness({ concurrency: 2, perInstallation: 2, jobTimeoutMs: 20 });
    h.queue.add({ key: "slow", id: "slow", installationId: 1, data: { id: "slow", ms: 5000 } });
    await idle(h.queue);
    expect(h.stopped).toEqual(["slow:timeout"]);

    const d = harness({ concurrency: 1, perInstallation: 1 });
    d.queue.add({ key: "run", id: "run", installationId: 1, data: { id: "run", ms: 5000 } });
    d.queue.add({ key: "wait", id: "wait", installationId: 1, data: { id: "wait", ms: 1 } });
    const { dropped } = await d.queue.drain(10);
    expect(d.stopped).toEqual(["run:shutdown"]);
    expect(dropped.map((j) => j.id)).toEqual(["wait"]);
    expect(await d.queue.add({ key: "late", id: "late", installationId: 1, data: { id: "late", ms: 1 } })).toBe(
      "closed",
    );
  });
});
