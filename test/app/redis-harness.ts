/** The Redis the suite shares (see test/setup/global-setup.ts); a test that needs it fails saying why it is absent. */
import { randomUUID } from "node:crypto";
import { inject } from "vitest";

export function sharedRedisUrl(): string {
  const url = inject("redisUrl");
  if (!url) throw new Error(inject("redisProblem") || "no Redis for the tests (REDIS_URL_FOR_TESTS is empty)");
  return url;
}

/** A key prefix of its own, so tests sharing the Redis never see each other's queues. */
export const freshPrefix = (what: string) => `rg-test-${what}-${randomUUID().slice(0, 8)}`;
