/**
 * The per-installation limit across replicas: each installation has a few slots in Redis, held as leases (a
 * sorted set of job id → expiry, on Redis's clock). A worker takes a slot before it runs a job and renews it
 * while the job runs; a worker that dies stops renewing, so its slot frees itself after one lease. BullMQ's
 * open-source queue limits concurrency per worker and globally, not per group, hence these few lines.
 */
import type { Redis } from "ioredis";

// KEYS[1]: the installation's set. ARGV: job id, limit, lease ms. 1 when the job holds a slot, else 0.
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local lease = tonumber(ARGV[3])
if redis.call('ZSCORE', KEYS[1], ARGV[1]) or redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + lease, ARGV[1])
  redis.call('PEXPIRE', KEYS[1], lease * 2)
  return 1
end
return 0
`;

export interface InstallationSlots {
  /** Takes (or renews) a slot for `jobId`; false when the installation's slots are all held. */
  take(installationId: number, jobId: string): Promise<boolean>;
  release(installationId: number, jobId: string): Promise<void>;
}

export function installationSlots(redis: Redis, opts: { prefix: string; limit: number; leaseMs: number }) {
  const key = (id: number) => `${opts.prefix}:installation-slots:${id}`;
  return {
    take: async (installationId: number, jobId: string) =>
      (await redis.eval(TAKE, 1, key(installationId), jobId, opts.limit, opts.leaseMs)) === 1,
    release: async (installationId: number, jobId: string) => {
      await redis.zrem(key(installationId), jobId);
    },
  } satisfies InstallationSlots;
}
