import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import type { Report } from "../../src/core/model/report.js";

const projects = fileURLToPath(new URL("../fixtures/projects/", import.meta.url));

async function cli(project: string, format: "json" | "text" | "markdown") {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["--root", `${projects}${project}`, "--format", format], {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stderrIsTty: false,
    cwd: projects,
    now: () => new Date("2026-01-18T00:00:00Z"),
  });
  return { code, stdout, stderr };
}

async function report(project: string): Promise<{ code: number; report: Report }> {
  const r = await cli(project, "json");
  expect(r.stderr).toBe("");
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

describe("the CLI on fixture projects (compliance only)", () => {
  it("baseline pack passes where the files exist: 9/9, score 100, go", async () => {
    const { code, report: r } = await report("baseline-complete");
    expect(code).toBe(0);
    expect(r.verdict).toBe("go");
    expect(r.score).toBe(100);
    expect(r.dimensions.compliance.metrics).toEqual({ passed: 9, failed: 0, declared: 9 });
    expect(r.gates.map((g) => `${g.id} ${g.status}`)).toEqual([
      "no-critical-findings skipped",
      "no-high-findings skipped",
      "compliance-score passed",
      "documentation-score skipped",
      "security-score skipped",
      "performance-score skipped",
    ]);
    expect(
      r.dimensions.compliance.details!.controls.map((c) => `${c.id} ${c.status}: ${c.evidence[0]!.detail}`),
    ).toEqual([
      "security-policy passed: found SECURITY.md",
      "code-owners passed: found .github/CODEOWNERS",
      "license passed: found LICENSE",
      "dependency-updates passed: found .github/dependabot.yml",
      'incident-response passed: docs/operations/incident-response.md has heading "Escalation"',
      "disaster-recovery passed: docs/operations/disaster-recovery.md has /\\bRTO\\b|recovery time objective/i and /\\bRPO\\b|recovery point objective/i",
      "runbooks passed: found docs/operations/runbooks/restore-database.md",
      "privacy-policy passed: found docs/privacy-policy.md",
      'CC7.3 passed: docs/operations/incident-response.md has heading "Escalation" and /on-?call/i',
    ]);
    expect(r.risks).toEqual([]);
  });

  it("baseline pack fails where they are missing, naming each missing piece: 1/9, no-go", async () => {
    const { code, report: r } = await report("baseline-missing");
    expect(code).toBe(1);
    expect(r.verdict).toBe("no-go");
    expect(r.score).toBeCloseTo(100 / 9, 12);
    expect(r.recommendation).toBe("Do not deploy: fix the blocking items first.");
    expect(r.gates.filter((g) => g.status === "failed")).toEqual([
      {
        id: "compliance-score",
        metric: "compliance.score",
        kind: "blocking",
        min: 100,
        status: "failed",
        passed: false,
        actual: 100 / 9,
        reason: "compliance.score 11 < 100 (blocking)",
      },
    ]);
    expect(r.findings.map((f) => f.message)).toEqual([
      'Control code-owners (Baseline) "Code owners review changes" has no evidence: no file matches CODEOWNERS, docs/CODEOWNERS, .github/CODEOWNERS',
      'Control license (Baseline) "Licence terms are stated" has no evidence: no file matches LICENSE, LICENSE.*, LICENSE-* and 4 more',
      'Control dependency-updates (Baseline) "Dependency updates are automated (Dependabot or Renovate)" has no evidence: no file matches .github/dependabot.yml, .github/dependabot.yaml, renovate.json and 8 more',
      'Control incident-response (Baseline) "Incident response plan with escalation" has no evidence: docs/incident-response.md lacks heading "Escalation"',
      'Control disaster-recovery (Baseline) "Disaster recovery plan with RTO and RPO" has no evidence: no file matches *disaster*recovery*.md, docs/**/*disaster*recovery*.md, .github/*disaster*recovery*.md',
      'Control runbooks (Baseline) "Operational runbooks" has no evidence: no file matches runbooks/**/*.md, docs/**/runbooks/**/*.md, .github/runbooks/**/*.md and 2 more',
      'Control privacy-policy (Baseline) "Privacy policy" has no evidence: no file matches PRIVACY*.md, docs/**/privacy*.md, .github/PRIVACY*.md and 1 more',
      'Control CC7.3 (SOC2) "Incidents are escalated to the on-call engineer" has no evidence: no file matches docs/operations/incident-response.md',
    ]);
    expect(r.risks).toEqual([
      {
        title: "compliance.score 11 < 100 (blocking)",
        severity: "high",
        source: "gate compliance-score",
        mitigation: "Add the missing evidence for the 8 controls listed in the compliance section.",
      },
    ]);
  });

  it("the terminal and Markdown reports show the summary, the note and each missing piece", async () => {
    const text = await cli("baseline-missing", "text");
    expect(text.stdout).toContain(
      "Compliance: 1/9 controls have evidence, 8 missing (evidence in the repository, not a certification)\n" +
        "  [FAIL] code-owners (Baseline) Code owners review changes: missing: no file matches CODEOWNERS, docs/CODEOWNERS, .github/CODEOWNERS\n",
    );
    expect(text.stdout).toContain(
      '  [FAIL] incident-response (Baseline) Incident response plan with escalation: missing: docs/incident-response.md lacks heading "Escalation"\n',
    );
    const md = await cli("baseline-missing", "markdown");
    expect(md.stdout).toContain("<details><summary>📋 Compliance: 1/9 controls have evidence, 8 missing</summary>");
    expect(md.stdout).toContain("they are not a certification.");
    expect(md.stdout).toContain(
      '| `incident-response` | Baseline<br>SOC 2 CC7.3, SOC 2 CC7.4, ISO 27001 A.5.24, ISO 27001 A.5.26, GDPR Art. 33 | Incident response plan with escalation | ❌ missing | ❌ docs/incident-response.md lacks heading "Escalation" |',
    );
  });
});
