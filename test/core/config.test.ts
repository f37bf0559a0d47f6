import { describe, expect, it } from "vitest";
import { ConfigError, defaultConfig, parseConfig } from "../../src/core/validate-config.js";

function errorOf(text: string): string {
  try {
    parseConfig(".github/readiness.yml", text);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error("expected a config error");
}

describe("config", () => {
  it("applies the documented defaults when there is no file", () => {
    const c = defaultConfig();
    expect(c.documentation.target).toBe(90);
    expect(c.documentation["external-links"]).toBe("warn");
    expect(c.performance.target).toBe(80);
    expect(c.performance.sla).toEqual({
      "throughput-rps": { min: 1000 },
      "p50-ms": { max: 200 },
      "p95-ms": { max: 500 },
      "p99-ms": { max: 1000 },
      "error-rate-pct": { max: 0.1 },
      "availability-pct": { min: 99.9 },
    });
    expect(c.security.penalties).toEqual({ critical: 25, high: 10, medium: 2, low: 0.25, info: 0 });
    expect(c.weights).toEqual({ documentation: 1, performance: 1, security: 1, compliance: 1 });
    expect(parseConfig("x.yml", null)).toEqual(c);
    expect(parseConfig("x.yml", "")).toEqual(c);
  });

  it("accepts artifact globs as plain strings or objects", () => {
    const c = parseConfig("x.yml", "artifacts:\n  - reports/**\n  - { path: 'zap/*.json', format: zap }\n");
    expect(c.artifacts).toEqual([
      { path: "reports/**", format: "auto" },
      { path: "zap/*.json", format: "zap" },
    ]);
  });

  it("names the file, the key path, what was found and what is allowed", () => {
    expect(errorOf("documentation:\n  external-links: maybe\n")).toBe(
      '.github/readiness.yml: `documentation.external-links`: found "maybe", allowed: "off", "warn", "error"',
    );
    expect(errorOf("documentation:\n  target: high\n")).toBe(
      '.github/readiness.yml: `documentation.target`: found "high", expected number',
    );
    expect(errorOf("artifacts:\n  - { path: a, format: zapp }\n")).toContain("`artifacts[0]`");
  });

  it("rejects unknown keys so typos are not silently ignored", () => {
    expect(errorOf("documentation:\n  targt: 90\n")).toBe(
      ".github/readiness.yml: unknown key `documentation.targt` (check the spelling; see the config reference)",
    );
    expect(errorOf("secuirty: {}\n")).toBe(
      ".github/readiness.yml: unknown key `secuirty` (check the spelling; see the config reference)",
    );
  });

  it("reports YAML syntax errors with line and column", () => {
    expect(errorOf("documentation:\n  target: [90\n")).toMatch(/^\.github\/readiness\.yml: line \d+, column \d+: /);
    expect(errorOf("a: 1\na: 2\n")).toMatch(/line 2, column 1: Map keys must be unique/);
  });

  it("rejects a file that is not a mapping", () => {
    expect(errorOf("- a\n- b\n")).toBe(
      ".github/readiness.yml: the file must hold a mapping of keys (documentation, artifacts, …)",
    );
  });

  it("rejects weights that sum to 0 and gates on unknown metrics", () => {
    expect(errorOf("weights: { documentation: 0, performance: 0, security: 0, compliance: 0 }\n")).toBe(
      ".github/readiness.yml: `weights`: the weights sum to 0; give at least one dimension a positive weight",
    );
    expect(errorOf("gates:\n  - { metric: security.score.typo, min: 1 }\n")).toBe(
      '.github/readiness.yml: `gates[0].metric`: unknown metric "security.score.typo" (see the list of gate metrics in docs/compliance-and-scoring.md)',
    );
    expect(errorOf("gates:\n  - { metric: security.score }\n")).toContain("a gate needs `min` or `max`");
  });

  it("requires a reason and an expiry on accepted risks", () => {
    expect(errorOf("security:\n  accepted-risks:\n    - { id: CVE-2024-1, expires: 2027-01-01 }\n")).toContain(
      "`security.accepted-risks[0].reason`",
    );
    expect(errorOf("security:\n  accepted-risks:\n    - { id: CVE-2024-1, reason: later }\n")).toContain(
      "`security.accepted-risks[0].expires`",
    );
  });
});
