import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/core/validate-config.js";

function problems(text: string): string[] {
  try {
    parseConfig(".github/readiness.yml", text);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error("expected a config error");
}

const control = (evidence: string) =>
  `compliance:\n  controls:\n    - id: CC6.1\n      framework: SOC2\n      title: Incident response\n      evidence:\n${evidence}`;

describe("compliance config errors name the key", () => {
  it("an unknown evidence type", () => {
    expect(problems(control("        - { files: docs/ir.md }\n"))).toEqual([
      "unknown key `compliance.controls[0].evidence[0].files` (check the spelling; see the config reference)",
    ]);
  });

  it("an evidence item without a type, or with two", () => {
    expect(problems(control('        - { contains: "RTO" }\n'))).toEqual([
      '`compliance.controls[0].evidence[0]`: found {"contains":"RTO"}, an evidence item needs one of `file` (optionally with `contains`), `artifact` or `metric`',
    ]);
    expect(problems(control("        - { file: a.md, artifact: zap }\n"))).toEqual([
      '`compliance.controls[0].evidence[0]`: found {"file":"a.md","artifact":"zap"}, an evidence item has exactly one of `file`, `artifact`, `metric` (found `file` and `artifact`); split it into separate items',
    ]);
  });

  it("a regular expression that does not compile, and an unsupported flag", () => {
    expect(problems(control('        - { file: a.md, contains: "/(unclosed/" }\n'))).toEqual([
      '`compliance.controls[0].evidence[0].contains`: "/(unclosed/": the regular expression does not compile: Invalid regular expression: /(unclosed/: Unterminated group',
    ]);
    expect(problems(control('        - { file: a.md, contains: ["RTO", "/rpo/g"] }\n'))).toEqual([
      '`compliance.controls[0].evidence[0].contains[1]`: "/rpo/g": flag "g" is not supported (use i, m, s or u)',
    ]);
  });

  it("an unknown metric, a self-referential metric, a metric without bounds", () => {
    expect(
      problems(
        control(
          "        - { metric: security.findings.severe, max: 0 }\n        - { metric: compliance.failed, max: 0 }\n",
        ),
      ),
    ).toEqual([
      '`compliance.controls[0].evidence[0].metric`: unknown metric "security.findings.severe" (see docs/compliance-and-scoring.md for the list)',
      '`compliance.controls[0].evidence[1].metric`: "compliance.failed" depends on compliance itself; use a documentation, performance or security metric',
    ]);
    expect(problems(control("        - { metric: security.score }\n"))).toEqual([
      '`compliance.controls[0].evidence[0].metric`: found "security.score", `metric` evidence needs `min` or `max`',
    ]);
  });

  it("an unknown artifact family, duplicate ids, an exclude that names no pack control", () => {
    const text = [
      "compliance:",
      "  packs: [baseline]",
      "  exclude: [privacy, runbooks]",
      "  controls:",
      "    - { id: X1, framework: SOC2, title: A, evidence: [{ artifact: zaproxy }] }",
      "    - { id: X1, framework: SOC2, title: B, evidence: [{ artifact: sarif }] }",
    ].join("\n");
    const p = problems(text);
    expect(p).toHaveLength(3);
    expect(p[0]).toMatch(
      /^`compliance\.controls\[0\]\.evidence\[0\]\.artifact`: unknown format family "zaproxy" \(known: .*\bzap\b.*\)$/,
    );
    expect(p[1]).toBe(
      '`compliance.controls[1].id`: "X1" is already the id of `compliance.controls[0]`; ids must be unique',
    );
    expect(p[2]).toBe(
      '`compliance.exclude[0]`: "privacy" is not a control of the selected packs (security-policy, code-owners, license, dependency-updates, incident-response, disaster-recovery, runbooks, privacy-policy)',
    );
  });

  it("an unknown pack", () => {
    expect(problems("compliance:\n  packs: [soc2]\n")).toEqual([
      '`compliance.packs[0]`: found "soc2", allowed: "baseline"',
    ]);
  });

  it("a valid config with every evidence type parses", () => {
    const c = parseConfig(
      "x.yml",
      control(
        [
          '        - { file: ["SECURITY.md", ".github/SECURITY.md"] }',
          '        - { file: "docs/**/*.md", contains: ["## Escalation", "/RTO:?\\\\s*\\\\d+/i"], min-count: 1 }',
          "        - { artifact: zap }",
          "        - { metric: security.findings.critical, max: 0 }",
          "",
        ].join("\n"),
      ),
    );
    expect(c.compliance.controls[0]!.evidence).toEqual([
      { file: ["SECURITY.md", ".github/SECURITY.md"] },
      { file: "docs/**/*.md", contains: ["## Escalation", "/RTO:?\\s*\\d+/i"], "min-count": 1 },
      { artifact: "zap" },
      { metric: "security.findings.critical", max: 0 },
    ]);
    expect(c.compliance.controls[0]!.criteria).toEqual([]);
    expect(c.compliance["regex-timeout-ms"]).toBe(1000);
  });
});
