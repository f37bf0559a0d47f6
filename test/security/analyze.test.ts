/** Score, de-duplication across tools, accepted risks and their expiry, metrics and report findings. */
import { describe, expect, it } from "vitest";
import { configSchema } from "../../src/core/config/schema.js";
import type { SecurityParseResult } from "../../src/core/formats/types.js";
import type { Severity } from "../../src/core/model/report.js";
import type { SecurityDetails } from "../../src/core/model/security.js";
import { displayScore } from "../../src/core/scoring/metrics.js";
import { isKnownMetric } from "../../src/core/scoring/metrics.js";
import { analyzeSecurity } from "../../src/core/security/analyze.js";
import { makeFinding } from "../../src/core/security/build.js";

const NOW = new Date("2026-11-25T12:00:00Z");

function security(extra: Record<string, unknown> = {}) {
  return configSchema.parse({ security: extra }).security;
}

function loc(tool: string, ruleId: string, severity: Severity, path: string, line: number) {
  return makeFinding({ tool, ruleId, severity, title: `${ruleId} title`, path, line });
}

function art(path: string, tool: string, findings: SecurityParseResult["findings"]) {
  return { path, format: "test", result: { tool, findings } };
}

/** The seed report's findings: 0 critical, 0 high, 2 medium, 3 low. */
const seed = [
  art("reports/code.sarif", "semgrep", [
    loc("semgrep", "oauth-missing", "medium", "src/auth.ts", 10),
    loc("semgrep", "secret-rotation", "medium", "src/keys.ts", 4),
    loc("semgrep", "container-scan", "low", "Dockerfile", 1),
    loc("semgrep", "mfa-admin", "low", "src/admin.ts", 20),
    loc("semgrep", "waf-rules", "low", "infra/waf.tf", 7),
  ]),
];

describe("security score", () => {
  it("the seed's 0/0/2/3 gives 100 − (2×2 + 3×0.25) = 95.25, shown as 95", async () => {
    const { result } = await analyzeSecurity({ artifacts: seed, config: security(), now: NOW });
    expect(result.status).toBe("assessed");
    expect(result.score).toBe(95.25);
    expect(displayScore(result.score)).toBe("95");
    expect(result.metrics).toEqual({
      "findings.critical": 0,
      "findings.high": 0,
      "findings.medium": 2,
      "findings.low": 3,
      "findings.info": 0,
      "findings.total": 5,
      accepted: 0,
      "expired-acceptances": 0,
      secrets: 0,
    });
    for (const k of Object.keys(result.metrics)) expect(isKnownMetric(`security.${k}`)).toBe(true);
  });

  it("uses the configured penalties and floors at 0", async () => {
    const custom = await analyzeSecurity({
      artifacts: seed,
      config: security({ penalties: { medium: 5, low: 1 } }),
      now: NOW,
    });
    expect(custom.result.score).toBe(87);
    const many = Array.from({ length: 5 }, (_, i) => loc("t", `crit-${i}`, "critical", "a.ts", i + 1));
    const floored = await analyzeSecurity({ artifacts: [art("x.sarif", "t", many)], config: security(), now: NOW });
    expect(floored.result.score).toBe(0);
  });

  it("a parsed file with no findings scores 100; no file at all is not assessed", async () => {
    expect(
      (await analyzeSecurity({ artifacts: [art("clean.json", "gitleaks", [])], config: security(), now: NOW })).result
        .score,
    ).toBe(100);
    const none = await analyzeSecurity({ artifacts: [], config: security(), now: NOW });
    expect(none.result).toMatchObject({
      status: "not-assessed",
      score: null,
      reason: "no security scanner results were found",
    });
  });
});

describe("de-duplication", () => {
  it("the same CVE in the same package from Trivy and Grype counts once and lists both tools", async () => {
    const trivy = makeFinding({
      tool: "trivy",
      ruleId: "CVE-2021-23337",
      severity: "high",
      title: "lodash: command injection",
      package: { name: "lodash", version: "4.17.20", fixedVersion: "4.17.21" },
      aliases: ["CVE-2021-23337"],
    });
    const grype = makeFinding({
      tool: "grype",
      ruleId: "GHSA-35jh-r3h4-6jhm",
      severity: "high",
      title: "Command Injection in lodash",
      package: { name: "lodash", version: "4.17.20" },
      aliases: ["GHSA-35jh-r3h4-6jhm", "CVE-2021-23337"],
    });
    const npm = makeFinding({
      tool: "npm audit",
      ruleId: "GHSA-35jh-r3h4-6jhm",
      severity: "high",
      title: "Command Injection in lodash",
      package: { name: "lodash" },
      aliases: ["GHSA-35jh-r3h4-6jhm"],
    });
    const other = makeFinding({
      tool: "trivy",
      ruleId: "CVE-2021-23337",
      severity: "high",
      title: "other package",
      package: { name: "lodash-es" },
    });
    const { result, findings } = await analyzeSecurity({
      artifacts: [
        art("trivy.json", "trivy", [trivy, other]),
        art("grype.json", "grype", [grype]),
        art("npm.json", "npm audit", [npm]),
      ],
      config: security(),
      now: NOW,
    });
    const d = result.details as SecurityDetails;
    expect(d.totals).toMatchObject({ reported: 4, unique: 2, open: 2 });
    expect(result.metrics["findings.high"]).toBe(2);
    const merged = d.top.find((f) => f.package?.name === "lodash");
    expect(merged?.tools).toEqual(["grype", "npm audit", "trivy"]);
    expect(merged?.fix).toBe("upgrade lodash to 4.17.21");
    expect(findings.map((f) => `${f.ruleId} ${f.severity} ${f.tool}`)).toEqual([
      "grype/CVE-2021-23337 high grype, npm audit, trivy",
      "trivy/CVE-2021-23337 high trivy",
    ]);
  });

  it("the same rule at the same location from two uploads counts once; another line does not", async () => {
    const a = loc("gitleaks", "aws-access-token", "high", "conf/aws.tf", 2);
    const b = loc("gitleaks", "aws-access-token", "high", "conf/aws.tf", 2);
    const c = loc("gitleaks", "aws-access-token", "high", "conf/aws.tf", 9);
    const { result } = await analyzeSecurity({
      artifacts: [art("g.json", "gitleaks", [a, c]), art("g.sarif", "gitleaks", [b])],
      config: security(),
      now: NOW,
    });
    expect((result.details as SecurityDetails).totals).toMatchObject({ reported: 3, unique: 2 });
  });
});

describe("accepted risks", () => {
  const risky = [
    art("npm.json", "npm audit", [
      makeFinding({
        tool: "npm audit",
        ruleId: "GHSA-952p-6rrq-rcjv",
        severity: "medium",
        title: "ReDoS in micromatch",
        package: { name: "micromatch" },
        aliases: ["GHSA-952p-6rrq-rcjv", "CVE-2024-4067"],
      }),
    ]),
    art("code.sarif", "semgrep", [
      loc("semgrep", "eval-use", "high", "scripts/build/gen.js", 3),
      loc("semgrep", "eval-use", "high", "src/app.ts", 3),
    ]),
  ];

  it("match by CVE id and by path glob: shown apart, not scored", async () => {
    const cfg = security({
      "accepted-risks": [
        { id: "cve-2024-4067", reason: "dev-only dependency", expires: "2027-06-30" },
        { path: "scripts/**", rule: "eval-use", reason: "build script, never deployed", expires: "2026-11-25" },
      ],
    });
    const { result, findings } = await analyzeSecurity({ artifacts: risky, config: cfg, now: NOW });
    const d = result.details as SecurityDetails;
    expect(result.metrics).toMatchObject({
      "findings.high": 1,
      "findings.medium": 0,
      accepted: 2,
      "expired-acceptances": 0,
    });
    expect(result.score).toBe(90);
    expect(d.accepted.map((f) => `${f.ruleId} ${f.acceptance?.expires} ${f.acceptance?.reason}`)).toEqual([
      "eval-use 2026-11-25 build script, never deployed",
      "GHSA-952p-6rrq-rcjv 2027-06-30 dev-only dependency",
    ]);
    expect(findings.filter((f) => f.scored === false).length).toBe(2);
    expect(d.owasp.find((r) => r.id === "A06")).toMatchObject({ findings: 0, accepted: 1, status: "pass" });
  });

  it("after `expires` the finding counts again and is listed as lapsed", async () => {
    const cfg = security({
      "accepted-risks": [{ id: "GHSA-952p-6rrq-rcjv", reason: "dev-only dependency", expires: "2026-11-24" }],
    });
    const { result, findings } = await analyzeSecurity({ artifacts: risky, config: cfg, now: NOW });
    const d = result.details as SecurityDetails;
    expect(result.metrics).toMatchObject({ "findings.medium": 1, accepted: 0, "expired-acceptances": 1 });
    expect(result.score).toBe(78);
    expect(d.lapsed.map((f) => f.ruleId)).toEqual(["GHSA-952p-6rrq-rcjv"]);
    const f = findings.find((x) => x.ruleId === "npm-audit/GHSA-952p-6rrq-rcjv");
    expect(f?.scored).toBe(true);
    expect(f?.message).toBe(
      "ReDoS in micromatch in micromatch (CVE-2024-4067). Risk acceptance expired on 2026-11-24: counted again [npm audit]",
    );
  });

  it("by fingerprint; an entry that matches nothing is reported", async () => {
    const first = await analyzeSecurity({ artifacts: risky, config: security(), now: NOW });
    const fp = (first.result.details as SecurityDetails).top.find((f) => f.path === "src/app.ts")!.fingerprint;
    const cfg = security({
      "accepted-risks": [
        { fingerprint: fp, reason: "input is a constant", expires: "2027-01-01" },
        { rule: "no-such-rule", reason: "x", expires: "2027-01-01" },
      ],
    });
    const { result } = await analyzeSecurity({ artifacts: risky, config: cfg, now: NOW });
    const d = result.details as SecurityDetails;
    expect(d.accepted.map((f) => f.path)).toEqual(["src/app.ts"]);
    expect(d.unusedAcceptances).toEqual(["#2 (rule no-such-rule) matches no finding"]);
  });

  it("an entry without reason or expiry is a config error", () => {
    const r = configSchema.safeParse({ security: { "accepted-risks": [{ id: "CVE-2024-4067" }] } });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(["security.accepted-risks.0.reason", "security.accepted-risks.0.expires"]);
  });
});
