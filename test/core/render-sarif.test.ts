import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import type { Finding, Report } from "../../src/core/model/report.js";
import { renderSarif, sarifFindings } from "../../src/core/render/sarif.js";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const repo = fileURLToPath(new URL("../../", import.meta.url));

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
}
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  properties: { tags: string[]; "security-severity"?: string };
}
interface SarifLog {
  version: string;
  runs: { tool: { driver: { name: string; rules: SarifRule[] } }; results: SarifResult[] }[];
}

// CommonJS packages: under NodeNext their default import is `module.exports`, which carries `default` too.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;
let validate: ReturnType<InstanceType<typeof Ajv>["compile"]>;
beforeAll(async () => {
  // The official schema, unchanged: draft-04, so the draft-04 build of Ajv.
  const schema = JSON.parse(await readFile(path.join(fixtures, "sarif", "sarif-schema-2.1.0.json"), "utf8"));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  validate = ajv.compile(schema);
});

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function cli(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli([...args, "--no-progress"], {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stderrIsTty: false,
    cwd,
    now: () => new Date("2026-11-30T00:00:00Z"),
  });
  expect(stderr).toBe("");
  return { code, stdout };
}

/** The JSON report and the SARIF log of one project, from the CLI. */
async function both(root: string): Promise<{ report: Report; sarif: SarifLog; text: string }> {
  const json = await cli(["--root", root, "--format", "json"], root);
  const sarif = await cli(["--root", root, "--format", "sarif"], root);
  expect(sarif.code).toBe(json.code);
  return { report: JSON.parse(json.stdout) as Report, sarif: JSON.parse(sarif.stdout) as SarifLog, text: sarif.stdout };
}

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

const resultLine = (r: SarifResult) => {
  const loc = r.locations[0]!.physicalLocation;
  const col = loc.region.startColumn === undefined ? "" : `:${loc.region.startColumn}`;
  return `${r.level} ${r.ruleId} ${loc.artifactLocation.uri}:${loc.region.startLine}${col}: ${r.message.text}`;
};
const findingLine = (f: Finding, fallback: string) => {
  const level =
    f.scored === false
      ? "note"
      : ({ critical: "error", high: "error", medium: "warning" }[f.severity as string] ?? "note");
  const col = f.column === undefined ? "" : `:${f.column}`;
  return `${level} ${f.ruleId} ${f.path ?? fallback}:${f.line ?? 1}${col}: ${f.message}`;
};

describe("SARIF output (--format sarif)", () => {
  it("the example project: valid SARIF 2.1.0 with the report's documentation findings; Semgrep's SARIF findings are not sent back", async () => {
    const root = path.join(repo, "examples", "acme-api");
    const { report, sarif } = await both(root);
    expectValid(sarif);
    const results = sarif.runs[0]!.results;
    expect(results.map(resultLine)).toEqual([
      "note code-blocks.invalid-syntax docs/api/orders.md:22:1: Broken `json` example: invalid JSON: a property name in double quotes was expected. Fix the example, or tag the block `text` if it is not meant to be valid json.",
      'warning links.missing-anchor docs/getting-started.md:25:1: Broken anchor: `configuration.md#environment-variable` points to `#environment-variable`, which is not a heading or anchor in `docs/configuration.md`. Did you mean `#environment-variables`? Link to an existing heading (GitHub slug: lower case, punctuation removed, spaces as hyphens) or add an <a id="…"> anchor.',
      // The example has no markdownlint configuration: markdownlint's defaults are advice, reported as notes.
      "note markdownlint/MD013 docs/guides/pagination.md:11:81: Line length: Expected: 80; Actual: 95. See line-length in the markdownlint rules.",
      "note markdownlint/MD013 docs/guides/pagination.md:12:81: Line length: Expected: 80; Actual: 109. See line-length in the markdownlint rules.",
      "warning links.missing-file docs/guides/webhooks.md:18:1: Broken link: `../api/authentcation.md` points to `docs/api/authentcation.md`, which does not exist in the repository. Did you mean `../api/authentication.md`? Fix the path or add the file.",
      "note code-blocks.require-language docs/operations/deployment.md:15:1: Code block without a language tag. Add one after the opening fence (for example ```bash, ```json or ```text) so that GitHub highlights it and the example can be checked.",
      "note markdownlint/MD013 docs/operations/monitoring.md:29:81: Line length: Expected: 80; Actual: 105. See line-length in the markdownlint rules.",
      "note markdownlint/MD013 docs/operations/runbooks/high-latency.md:23:81: Line length: Expected: 80; Actual: 96. See line-length in the markdownlint rules.",
    ]);
    // The same findings as the JSON report, in the same order.
    const expected = report.findings.filter((f) => f.dimension === "documentation");
    expect(results.map(resultLine)).toEqual(expected.map((f) => findingLine(f, "")));
    // Semgrep came in as SARIF: its two findings are in the JSON report and not in the SARIF.
    expect(report.findings.filter((f) => f.tool === "semgrep oss").length).toBe(2);
    expect(results.some((r) => r.ruleId.startsWith("semgrep"))).toBe(false);
    const rules = sarif.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => `${r.id}: ${r.shortDescription.text} (${r.helpUri})`)).toEqual([
      "code-blocks.invalid-syntax: Code example that does not parse (https://github.com/readiness-gate/readiness-gate/blob/v1/docs/documentation-checks.md#code-blocks)",
      "links.missing-anchor: Link to a heading that does not exist (https://github.com/readiness-gate/readiness-gate/blob/v1/docs/documentation-checks.md#findings)",
      "markdownlint/MD013: markdownlint MD013 (https://github.com/DavidAnson/markdownlint/blob/v0.40.0/doc/md013.md)",
      "links.missing-file: Link to a file that does not exist (https://github.com/readiness-gate/readiness-gate/blob/v1/docs/documentation-checks.md#findings)",
      "code-blocks.require-language: Code block without a language (https://github.com/readiness-gate/readiness-gate/blob/v1/docs/documentation-checks.md#code-blocks)",
    ]);
    for (const r of results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(rules[3]!.help.markdown).toBe(
      "A link or image points to a path that is not in the repository. Fix the path (the message suggests a close name when there is one) or add the file.\n\n[Documentation](https://github.com/readiness-gate/readiness-gate/blob/v1/docs/documentation-checks.md#findings)",
    );
  });

  it("compliance findings point at the config file; scanner findings from non-SARIF reports with a file are carried, secrets stay out", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "readiness-sarif-"));
    dirs.push(root);
    await cp(path.join(fixtures, "projects", "baseline-missing"), root, { recursive: true });
    await mkdir(path.join(root, "reports"));
    await cp(
      path.join(fixtures, "security", "real", "gitleaks", "gitleaks-v8_expected_json_simple.json"),
      path.join(root, "reports", "gitleaks.json"),
    );
    await cp(
      path.join(fixtures, "security", "real", "sarif", "codeql-action_two-runs_lgtm-1.24-and-codeql-2.0.sarif"),
      path.join(root, "reports", "codeql.sarif"),
    );
    const json = await cli(["--root", root, "--format", "json", "--artifacts", "reports/*"], root);
    const out = await cli(["--root", root, "--format", "sarif", "--artifacts", "reports/*"], root);
    const report = JSON.parse(json.stdout) as Report;
    const sarif = JSON.parse(out.stdout) as SarifLog;
    expectValid(sarif);
    const lines = sarif.runs[0]!.results.map(resultLine);
    const expected = sarifFindings(report).map((f) => findingLine(f, ".github/readiness.yml"));
    expect(lines).toEqual(expected);
    expect(lines.filter((l) => l.includes("compliance/missing-evidence"))).toEqual([
      'warning compliance/missing-evidence .github/readiness.yml:1: Control code-owners (Baseline) "Code owners review changes" has no evidence: no file matches CODEOWNERS, docs/CODEOWNERS, .github/CODEOWNERS',
      'warning compliance/missing-evidence .github/readiness.yml:1: Control license (Baseline) "Licence terms are stated" has no evidence: no file matches LICENSE, LICENSE.*, LICENSE-* and 4 more',
      'warning compliance/missing-evidence .github/readiness.yml:1: Control dependency-updates (Baseline) "Dependency updates are automated (Dependabot or Renovate)" has no evidence: no file matches .github/dependabot.yml, .github/dependabot.yaml, renovate.json and 8 more',
      'warning compliance/missing-evidence docs/incident-response.md:1: Control incident-response (Baseline) "Incident response plan with escalation" has no evidence: docs/incident-response.md lacks heading "Escalation"',
      'warning compliance/missing-evidence .github/readiness.yml:1: Control disaster-recovery (Baseline) "Disaster recovery plan with RTO and RPO" has no evidence: no file matches *disaster*recovery*.md, docs/**/*disaster*recovery*.md, .github/*disaster*recovery*.md',
      'warning compliance/missing-evidence .github/readiness.yml:1: Control runbooks (Baseline) "Operational runbooks" has no evidence: no file matches runbooks/**/*.md, docs/**/runbooks/**/*.md, .github/runbooks/**/*.md and 2 more',
      'warning compliance/missing-evidence .github/readiness.yml:1: Control privacy-policy (Baseline) "Privacy policy" has no evidence: no file matches PRIVACY*.md, docs/**/privacy*.md, .github/PRIVACY*.md and 1 more',
      'warning compliance/missing-evidence .github/readiness.yml:1: Control CC7.3 (SOC2) "Incidents are escalated to the on-call engineer" has no evidence: no file matches docs/operations/incident-response.md',
    ]);
    const security = report.findings.filter((f) => f.dimension === "security");
    expect(security.map((f) => f.tool)).toContain("gitleaks");
    const carried = lines.filter((l) => l.includes("gitleaks/"));
    expect(carried).toEqual(security.filter((f) => f.tool === "gitleaks").map((f) => findingLine(f, "")));
    expect(carried.length).toBeGreaterThan(0);
    // CodeQL's findings came from SARIF: in the report, not in the log.
    expect(security.some((f) => f.tool !== "gitleaks")).toBe(true);
    expect(lines.some((l) => / (codeql|lgtm)/i.test(l))).toBe(false);
    const rules = sarif.runs[0]!.tool.driver.rules;
    const gitleaksRule = rules.find((r) => r.id.startsWith("gitleaks/"))!;
    expect(gitleaksRule.properties.tags).toEqual(["security"]);
    expect(gitleaksRule.properties["security-severity"]).toBe("8.0");
    const raw = await readFile(path.join(root, "reports", "gitleaks.json"), "utf8");
    for (const secret of JSON.parse(raw).map((x: { Secret: string }) => x.Secret))
      expect(out.stdout).not.toContain(secret);
  });

  it("prefixes paths with the working directory and keeps a config outside the repository out of locations", () => {
    const report = {
      schemaVersion: 1,
      tool: { name: "readiness-gate", version: "1.2.3" },
      generatedAt: "2026-11-30T00:00:00.000Z",
      verdict: "no-go",
      score: 50,
      recommendation: "",
      dimensions: { security: { status: "not-assessed", score: null, target: null, metrics: {} } },
      findings: [
        {
          dimension: "documentation",
          ruleId: "links.missing-file",
          severity: "medium",
          message: "m1",
          path: "docs/a b.md",
          line: 3,
          column: 5,
        },
        { dimension: "compliance", ruleId: "compliance/missing-evidence", severity: "medium", message: "m2" },
        { dimension: "performance", ruleId: "performance/sla-miss", severity: "medium", message: "m3", path: "r.csv" },
      ],
      artifacts: [],
      gates: [],
      risks: [],
      notices: [],
    } as unknown as Report;
    const log = JSON.parse(renderSarif(report, { pathPrefix: "./site/", configPath: "../elsewhere.yml" })) as SarifLog;
    expectValid(log);
    expect(log.runs[0]!.results.map(resultLine)).toEqual([
      "warning links.missing-file site/docs/a%20b.md:3:5: m1",
      "warning compliance/missing-evidence site/.github/readiness.yml:1: m2",
    ]);
  });
});
