import { describe, expect, it } from "vitest";
import { evaluateCompliance } from "../../src/core/compliance/evaluate.js";
import { parseConfig } from "../../src/core/validate-config.js";
import type { ArtifactEntry, MetricValue } from "../../src/core/model/report.js";
import { repoFromMap } from "../../src/core/repo-view.js";

async function run(
  yaml: string,
  files: Record<string, string>,
  opts: { artifacts?: ArtifactEntry[]; metrics?: Record<string, MetricValue> } = {},
) {
  const config = parseConfig(".github/readiness.yml", yaml);
  return evaluateCompliance({
    config: config.compliance,
    repo: repoFromMap(files),
    artifacts: opts.artifacts ?? [],
    metrics: new Map(Object.entries(opts.metrics ?? {})),
  });
}

/** `id: status | evidence details` per control, the way a reviewer reads the table. */
async function lines(...args: Parameters<typeof run>) {
  const out = await run(...args);
  return out.result.details!.controls.map(
    (c) => `${c.id}: ${c.status} | ${c.evidence.map((e) => `${e.held ? "+" : "-"} ${e.detail}`).join(" | ")}`,
  );
}

const BASELINE_FILES: Record<string, string> = {
  "SECURITY.md": "# Security policy\n\nReport vulnerabilities to security@example.com.\n",
  ".github/CODEOWNERS": "* @acme/platform\n",
  LICENSE: "MIT License\n",
  ".github/dependabot.yml": "version: 2\nupdates: []\n",
  "docs/operations/incident-response.md":
    "# Incident response\n\n## Severity levels\n\n## Escalation\n\nPage the on-call.\n",
  "docs/operations/disaster-recovery.md":
    "# Disaster recovery\n\n| Objective | Target |\n|---|---|\n| RTO | 4 h |\n| RPO | 1 h |\n",
  "docs/operations/runbooks/database-failover.md": "# Database failover\n",
  "PRIVACY.md": "# Privacy policy\n",
};

describe("baseline pack", () => {
  it("passes on a repository that has the files: 8/8, score 100", async () => {
    const out = await run("compliance:\n  packs: [baseline]\n", BASELINE_FILES);
    expect(out.result.status).toBe("assessed");
    expect(out.result.score).toBe(100);
    expect(out.result.metrics).toEqual({ passed: 8, failed: 0, declared: 8 });
    expect(out.findings).toEqual([]);
    expect(await lines("compliance:\n  packs: [baseline]\n", BASELINE_FILES)).toEqual([
      "security-policy: passed | + found SECURITY.md",
      "code-owners: passed | + found .github/CODEOWNERS",
      "license: passed | + found LICENSE",
      "dependency-updates: passed | + found .github/dependabot.yml",
      'incident-response: passed | + docs/operations/incident-response.md has heading "Escalation"',
      "disaster-recovery: passed | + docs/operations/disaster-recovery.md has /\\bRTO\\b|recovery time objective/i and /\\bRPO\\b|recovery point objective/i",
      "runbooks: passed | + found docs/operations/runbooks/database-failover.md",
      "privacy-policy: passed | + found PRIVACY.md",
    ]);
    expect(out.result.details!.note).toContain("not a certification");
  });

  it("fails on a repository without them, naming each missing piece", async () => {
    const files = {
      "README.md": "# app\n",
      "security.md": "lower-case names count too\n",
      "docs/incident-response.md": "# Incident response\n\nEscalation is mentioned in prose only.\n",
      "docs/disaster-recovery.md": "# DR\n\nRTO: 4 hours.\n",
    };
    const out = await run("compliance:\n  packs: [baseline]\n", files);
    expect(out.result.score).toBe(12.5);
    expect(out.result.metrics).toEqual({ passed: 1, failed: 7, declared: 8 });
    expect(await lines("compliance:\n  packs: [baseline]\n", files)).toEqual([
      "security-policy: passed | + found security.md",
      "code-owners: failed | - no file matches CODEOWNERS, docs/CODEOWNERS, .github/CODEOWNERS",
      "license: failed | - no file matches LICENSE, LICENSE.*, LICENSE-* and 4 more",
      "dependency-updates: failed | - no file matches .github/dependabot.yml, .github/dependabot.yaml, renovate.json and 8 more",
      'incident-response: failed | - docs/incident-response.md lacks heading "Escalation"',
      "disaster-recovery: failed | - docs/disaster-recovery.md lacks /\\bRPO\\b|recovery point objective/i",
      "runbooks: failed | - no file matches runbooks/**/*.md, docs/**/runbooks/**/*.md, .github/runbooks/**/*.md and 2 more",
      "privacy-policy: failed | - no file matches PRIVACY*.md, docs/**/privacy*.md, .github/PRIVACY*.md and 1 more",
    ]);
    expect(out.findings.map((f) => `${f.path ?? "-"} ${f.ruleId} ${f.severity}: ${f.message}`)).toContain(
      'docs/incident-response.md compliance/missing-evidence medium: Control incident-response (Baseline) "Incident response plan with escalation" has no evidence: docs/incident-response.md lacks heading "Escalation"',
    );
    expect(out.findings).toHaveLength(7);
  });

  it("exclude drops a pack control; a config control with the same id replaces it", async () => {
    const yaml = [
      "compliance:",
      "  packs: [baseline]",
      "  exclude: [privacy-policy, runbooks]",
      "  controls:",
      "    - id: license",
      "      framework: Baseline",
      "      title: Licence in the package folder",
      "      evidence: [{ file: pkg/LICENSE }]",
    ].join("\n");
    const out = await run(yaml, { ...BASELINE_FILES, "pkg/LICENSE": "MIT\n" });
    expect(out.result.details!.controls.map((c) => `${c.id} ${c.source} ${c.status}`)).toEqual([
      "security-policy pack:baseline passed",
      "code-owners pack:baseline passed",
      "dependency-updates pack:baseline passed",
      "incident-response pack:baseline passed",
      "disaster-recovery pack:baseline passed",
      "license config passed",
    ]);
  });
});

describe("evidence types", () => {
  const control = (evidence: string) =>
    `compliance:\n  controls:\n    - id: CC6.1\n      framework: SOC2\n      title: Incident response plan\n      evidence:\n${evidence}`;

  it("file with min-count", async () => {
    const yaml = control('        - { file: "docs/runbooks/*.md", min-count: 3 }\n');
    expect(await lines(yaml, { "docs/runbooks/a.md": "", "docs/runbooks/b.md": "" })).toEqual([
      "CC6.1: failed | - 2 of the 3 files needed: docs/runbooks/a.md, docs/runbooks/b.md",
    ]);
    const three = {
      "docs/runbooks/a.md": "",
      "docs/runbooks/b.md": "",
      "docs/runbooks/c.md": "",
      "docs/runbooks/d.md": "",
    };
    expect(await lines(yaml, three)).toEqual([
      "CC6.1: passed | + found docs/runbooks/a.md, docs/runbooks/b.md, docs/runbooks/c.md and 1 more",
    ]);
  });

  it("contains: plain words (whole words, any case), headings (outside code fences), regular expressions", async () => {
    const doc = [
      "# Incident response",
      "",
      "```md",
      "## Escalation",
      "```",
      "",
      "Contact",
      "-------",
      "",
      "Targets: rto 4 h. Paging via PagerDuty.",
    ].join("\n");
    const yaml = control(
      [
        '        - { file: docs/ir.md, contains: "RTO" }',
        '        - { file: docs/ir.md, contains: "## Contact" }',
        '        - { file: docs/ir.md, contains: "/paging\\\\s+via/i" }',
        '        - { file: docs/ir.md, contains: ["## Escalation", "Pager", "Targets"] }',
        "",
      ].join("\n"),
    );
    expect(await lines(yaml, { "docs/ir.md": doc })).toEqual([
      'CC6.1: failed | + docs/ir.md has "RTO" | + docs/ir.md has heading "Contact" | + docs/ir.md has /paging\\s+via/i | - docs/ir.md lacks heading "Escalation" and "Pager"',
    ]);
  });

  it("contains over a glob: any matching file that has the text counts", async () => {
    const yaml = control('        - { file: "docs/**/*.md", contains: "## Escalation" }\n');
    const files = { "docs/a.md": "# A\n", "docs/ops/b.md": "# B\n\n### Escalation matrix\n", "docs/z.md": "# Z\n" };
    expect(await lines(yaml, files)).toEqual(['CC6.1: passed | + docs/ops/b.md has heading "Escalation"']);
    expect(await lines(yaml, { "docs/a.md": "# A\n", "docs/z.md": "" })).toEqual([
      'CC6.1: failed | - docs/a.md lacks heading "Escalation", docs/z.md lacks heading "Escalation"',
    ]);
  });

  it("contains on a binary file says it could not be read", async () => {
    const yaml = control('        - { file: "docs/x.md", contains: "RTO" }\n');
    expect(await lines(yaml, { "docs/x.md": "RTO\u0000\u0001" })).toEqual([
      "CC6.1: failed | - docs/x.md could not be read as text (binary, or over 5 MB)",
    ]);
  });

  it("artifact: matched by format family prefix; present but unreadable is named", async () => {
    const yaml = control("        - { artifact: zap }\n        - { artifact: locust, min-count: 2 }\n");
    const artifacts: ArtifactEntry[] = [
      { path: "reports/zap.json", format: "zap", dimension: "security", status: "parsed" },
      { path: "reports/load/peak_stats.csv", format: "locust-stats", dimension: "performance", status: "parsed" },
      {
        path: "reports/load/x_stats.csv",
        format: "locust-stats",
        dimension: "performance",
        status: "unreadable",
        error: "the header row is missing",
      },
      { path: "reports/zapper.json", format: "zapper", dimension: "security", status: "parsed" },
    ];
    expect(await lines(yaml, {}, { artifacts })).toEqual([
      "CC6.1: failed | + found zap report reports/zap.json | - 1 of the 2 locust reports needed: reports/load/peak_stats.csv; reports/load/x_stats.csv could not be read: the header row is missing",
    ]);
    expect(await lines(control("        - { artifact: sarif }\n"), {}, { artifacts })).toEqual([
      "CC6.1: failed | - no sarif report among the 3 artifacts read",
    ]);
  });

  it("metric: bounds on another dimension's metric; not measured is a miss", async () => {
    const yaml = control(
      "        - { metric: security.findings.critical, max: 0 }\n        - { metric: performance.score, min: 80 }\n        - { metric: documentation.score, min: 90 }\n",
    );
    expect(
      await lines(
        yaml,
        {},
        { metrics: { "security.findings.critical": 0, "performance.score": 50.5, "documentation.score": null } },
      ),
    ).toEqual([
      "CC6.1: failed | + security.findings.critical is 0 | - performance.score is 50.5, below 80 | - documentation.score was not measured (no documentation data)",
    ]);
  });

  it("no controls: not assessed, with the reason", async () => {
    const out = await run("", {});
    expect(out.result.status).toBe("not-assessed");
    expect(out.result.reason).toBe(
      "no compliance controls are declared (add `compliance.packs: [baseline]` or `compliance.controls`)",
    );
  });
});

describe("a regular expression that backtracks catastrophically", () => {
  it("is stopped and fails its control with the reason; the other controls still run", async () => {
    const yaml = [
      "compliance:",
      "  regex-timeout-ms: 50",
      "  controls:",
      "    - id: A.5.24",
      "      framework: ISO27001",
      "      title: Incident plan",
      "      evidence:",
      '        - { file: docs/big.md, contains: "/^(a+)+$/" }',
      "    - id: A.5.30",
      "      framework: ISO27001",
      "      title: Continuity",
      "      evidence:",
      '        - { file: docs/big.md, contains: "RTO" }',
    ].join("\n");
    // 200,000 characters: (a+)+$ against a run of a's ending in "!" needs about 2^200000 steps without the limit.
    const big = `${"a".repeat(200_000)}!\nRTO\n`;
    const out = await run(yaml, { "docs/big.md": big });
    const [first, second] = out.result.details!.controls;
    const why =
      "the pattern /^(a+)+$/ ran longer than 50 ms on docs/big.md and was stopped; simplify it (nested quantifiers such as (a+)+ backtrack without end)";
    expect(first!.status).toBe("failed");
    expect(first!.error).toBe(why);
    expect(first!.evidence).toEqual([
      {
        type: "contains",
        rule: "file docs/big.md containing /^(a+)+$/",
        held: false,
        detail: why,
        paths: ["docs/big.md"],
      },
    ]);
    expect(second!.status).toBe("passed");
    expect(out.result.metrics).toEqual({ passed: 1, failed: 1, declared: 2 });
    expect(out.findings.map((f) => f.message)).toEqual([
      `Control A.5.24 (ISO27001) "Incident plan" has no evidence: ${why}`,
    ]);
  });
});
