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
});
