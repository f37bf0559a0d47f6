import { describe, expect, it } from "vitest";
import { applyServerLimits } from "../../src/app/isolation.js";
import { parseConfig } from "../../src/core/validate-config.js";
import { readSettings } from "../../src/app/settings.js";

describe("server limits on a repository's config", () => {
  const repoConfig = parseConfig(
    ".github/readiness.yml@main",
    [
      "documentation:",
      "  external-links: error",
      "  links:",
      "    concurrency: 200",
      "    allow-private-hosts: [metadata.internal, 169.254.169.254]",
      "",
    ].join("\n"),
  );

  it("replaces allow-private-hosts with the operator's list and caps concurrency", () => {
    const c = applyServerLimits({ externalLinks: "on", externalLinkConcurrency: 8, allowPrivateHosts: ["docs.corp"] })(
      repoConfig,
    );
    expect(c.documentation.links["allow-private-hosts"]).toEqual(["docs.corp"]);
    expect(c.documentation.links.concurrency).toBe(8);
    expect(c.documentation.links["per-host-concurrency"]).toBe(4);
    expect(c.documentation["external-links"]).toBe("error");
  });

  it("turns external links off when the operator does", () => {
    const c = applyServerLimits({ externalLinks: "off", externalLinkConcurrency: 8, allowPrivateHosts: [] })(
      repoConfig,
    );
    expect(c.documentation["external-links"]).toBe("off");
  });
});

describe("operator settings", () => {
  it("reads defaults and refuses a bad value, naming the variable", () => {
    const s = readSettings({});
    expect([s.host, s.port, s.perInstallation, s.jobTimeoutMs, s.maxWebhookBytes, s.checkName]).toEqual([
      "localhost",
      3000,
      2,
      600_000,
      25 * 1024 * 1024,
      "Readiness Gate",
    ]);
    expect(() => readSettings({ READINESS_JOB_TIMEOUT_S: "ten" })).toThrow(
      'READINESS_JOB_TIMEOUT_S must be an integer of at least 1, not "ten"',
    );
    expect(() => readSettings({ READINESS_EXTERNAL_LINKS: "maybe" })).toThrow(
      'READINESS_EXTERNAL_LINKS must be "on" or "off", not "maybe"',
    );
  });

  it("the shared queue: REDIS_URL, roles that need it, retries and the stall time", () => {
    const s = readSettings({ REDIS_URL: "redis://:hunter2@10.0.0.5:6380/2", READINESS_ROLE: "worker" });
    expect([s.redisUrl, s.role, s.redisPrefix, s.attempts, s.retryDelayMs, s.stallMs]).toEqual([
      "redis://:hunter2@10.0.0.5:6380/2",
      "worker",
      "readiness-gate",
      3,
      5000,
      30_000,
    ]);
    expect(readSettings({}).redisUrl).toBeNull();
    expect(() => readSettings({ READINESS_ROLE: "web" })).toThrow(
      "READINESS_ROLE=web needs REDIS_URL: web-only and worker-only processes share the queue through Redis",
    );
    expect(() => readSettings({ READINESS_ROLE: "both" })).toThrow(
      'READINESS_ROLE must be "all", "web" or "worker", not "both"',
    );
    // The URL may hold a password: the message does not repeat it.
    expect(() => readSettings({ REDIS_URL: "http://:hunter2@cache:6379" })).toThrow(
      /^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL$/,
    );
  });
});
