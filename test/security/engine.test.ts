/**
 * Through the whole engine: a unique secret planted in every format that can carry one never reaches the JSON report,
 * the Markdown or the terminal text; bad files become `unreadable` entries with a reason; the example project's
 * scanner output gives 0/0/2/3 and security 95.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sourceFromString } from "../../src/core/formats/source.js";
import { configSchema } from "../../src/core/config/schema.js";
import { type ArtifactInput, assess } from "../../src/core/assess.js";
import type { SecurityDetails } from "../../src/core/model/security.js";
import { renderJson } from "../../src/core/render/json.js";
import { renderMarkdown } from "../../src/core/render/markdown.js";
import { renderText } from "../../src/core/render/text.js";
import { repoFromMap } from "../../src/core/repo-view.js";
import { REAL } from "./helpers.js";

const NOW = new Date("2026-11-25T12:00:00Z");
const SECRET = "zq7PLANTEDsecretVALUE4xk9";

async function run(artifacts: ArtifactInput[], config: Record<string, unknown> = {}) {
  return assess({
    config: configSchema.parse({ documentation: { enabled: false }, ...config }),
    docs: [],
    repo: repoFromMap({}),
    artifacts,
    now: NOW,
    toolVersion: "test",
  });
}

const real = (rel: string) => readFileSync(path.join(REAL, rel), "utf8");
const input = (p: string, content: string | Buffer, format = "auto"): ArtifactInput => ({
  source: sourceFromString(p, content),
  format,
});

/** Copies of real files with the secret planted where each format carries secret material. */
function planted(): ArtifactInput[] {
  const gl8 = JSON.parse(real("gitleaks/gitleaks-v8_expected_json_simple.json"));
  gl8[0].Secret = SECRET;
  gl8[0].Match = `token = "${SECRET}"`;
  gl8[0].Description = "Generic API Key";
  const gl7 = JSON.parse(real("gitleaks/defectdojo_gitleaks-v7.5.0.json"));
  gl7[0].offender = SECRET;
  gl7[0].line = `aws_key = ${SECRET}`;
  const trivy = JSON.parse(real("trivy/trivy_fs_secrets.json"));
  trivy.Results[0].Secrets[0].Match = `export AWS_ACCESS_KEY_ID=${SECRET}`;
  trivy.Results[0].Secrets[0].Code.Lines[2].Content = `export AWS_ACCESS_KEY_ID=${SECRET}`;
  const sarif = JSON.parse(real("sarif/gitleaks-v8_expected_simple.sarif"));
  sarif.runs[0].results[0].message.text = `test-rule has detected secret ${SECRET} in auth.py`;
  sarif.runs[0].results[0].locations[0].physicalLocation.region.snippet.text = SECRET;
  const sarif7 = JSON.parse(real("sarif/gitleaks-7.x.sarif"));
  sarif7.runs[0].results[0].properties.offender = SECRET;
  sarif7.runs[0].results[0].message.text = `AWS Access Key secret detected: ${SECRET}`;
  const zap = JSON.parse(real("zap/zap-reports-addon_traditional-json-plus_expected.json"));
  const inst = zap.site[0].alerts[0].instances[0];
  inst.evidence = SECRET;
  inst.attack = SECRET;
  inst.otherinfo = SECRET;
  inst.uri = `https://example.com/login?token=${SECRET}`;
  inst["request-header"] = `Authorization: Bearer ${SECRET}`;
  const zapXml = real("zap/defectdojo_zap-2.9.0_some.xml").replace(
    "<evidence>Set-Cookie: opvc</evidence>",
    `<evidence>${SECRET}</evidence>`,
  );
  const ds = JSON.parse(real("detect-secrets/yelp-detect-secrets_v1.5.0.secrets.baseline"));
  const firstFile = Object.keys(ds.results)[0]!;
  ds.results[firstFile][0].hashed_secret = SECRET;
  return [
    input("gl8.json", JSON.stringify(gl8)),
    input("gl7.json", JSON.stringify(gl7)),
    input("trivy.json", JSON.stringify(trivy)),
    input("gl8.sarif", JSON.stringify(sarif)),
    input("gl7.sarif", JSON.stringify(sarif7)),
    input("zap.json", JSON.stringify(zap)),
    input("zap.xml", zapXml),
    input("ds.baseline", JSON.stringify(ds)),
  ];
}

describe("secrets are never shown", () => {
  it("a planted secret reaches no rendered output (JSON, Markdown, terminal)", async () => {
    const report = await run(planted());
    expect(report.artifacts.map((a) => `${a.path} ${a.format} ${a.status}`)).toEqual([
      "gl8.json gitleaks parsed",
      "gl7.json gitleaks parsed",
      "trivy.json trivy parsed",
      "gl8.sarif sarif parsed",
      "gl7.sarif sarif parsed",
      "zap.json zap-json parsed",
      "zap.xml zap-xml parsed",
      "ds.baseline detect-secrets parsed",
    ]);
    const d = report.dimensions.security.details as SecurityDetails;
    expect(d.totals.secrets).toBeGreaterThan(20);
    for (const out of [
      renderJson(report),
      renderMarkdown(report),
      renderMarkdown(report, { maxLength: 5000 }),
      renderText(report, { maxFindings: 1000 }),
    ]) {
      expect(out).not.toContain(SECRET);
      expect(out).not.toContain(SECRET.slice(0, 12));
    }
    // The findings are still there, with type, file and line.
    expect(
      report.findings.some(
        (f) => f.path === "auth.py" && f.line === 1 && f.message.startsWith("Generic API Key (secret value not shown)"),
      ),
    ).toBe(true);
  });
});

describe("bad input never crashes", () => {
  it("each bad file is an unreadable or unrecognised entry with a reason", async () => {
    const sarif = real("sarif/generated_eslint-9.39.5_findings.sarif");
    const report = await run([
      input("truncated.sarif", sarif.slice(0, sarif.length / 2)),
      input("truncated-npm.json", real("npm-audit/defectdojo_npm7plus_one-vuln.json").slice(0, 300)),
      input("no-runs.sarif", '{"version":"2.1.0","runs":[]}'),
      input("empty.json", ""),
      input("empty-osv.json", "", "osv-scanner"),
      input("binary.bin", Buffer.from([0, 1, 2, 255, 254, 0, 3])),
      input("grype-as-trivy.json", real("grype/defectdojo_grype_no-vuln.json"), "trivy"),
      input("not-sarif.json", '{"hello": "world"}', "sarif"),
      input(
        "no-tool.sarif",
        JSON.stringify({ version: "2.1.0", runs: [{ results: [{ ruleId: "r1", message: { text: "m" } }] }] }),
      ),
    ]);
    expect(report.artifacts.map((a) => `${a.path}: ${a.status}: ${a.error ?? ""}`)).toEqual([
      expect.stringMatching(/^truncated\.sarif: unreadable: not valid SARIF JSON \(the file looks truncated\)/),
      expect.stringMatching(
        /^truncated-npm\.json: unreadable: not valid npm audit JSON \(the file looks truncated\): /,
      ),
      "no-runs.sarif: unreadable: the SARIF log has no runs (`runs: []`): no scanner results in it",
      "empty.json: unrecognised: the file is empty",
      "empty-osv.json: unreadable: the osv-scanner file is empty (a tool run that failed or wrote nothing)",
      "binary.bin: unrecognised: not a report of any supported format",
      "grype-as-trivy.json: unreadable: not a Trivy report: no `Results`, `SchemaVersion` or `ArtifactName`",
      "not-sarif.json: unreadable: not a SARIF log: it has neither `version` nor `runs`",
      "no-tool.sarif: parsed: ",
    ]);
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(["sarif/r1 medium"]);
  });

  it("only unreadable scanner files: the dimension is an error, not a silent pass", async () => {
    const report = await run([input("truncated.sarif", '{"version":"2.1.0","runs":[{"tool":')]);
    expect(report.dimensions.security).toMatchObject({
      status: "error",
      score: null,
      reason: "1 scanner file(s) could not be read: truncated.sarif",
    });
  });
});

describe("the example project", () => {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../examples/acme-api/reports/security");
  it("scores 95 with 0 critical, 0 high, 2 medium, 3 low and one accepted risk", async () => {
    const artifacts = readdirSync(dir)
      .sort()
      .map((f) => input(`reports/security/${f}`, readFileSync(path.join(dir, f))));
    const report = await run(artifacts, {
      security: {
        "accepted-risks": [
          {
            id: "GHSA-952p-6rrq-rcjv",
            reason: "micromatch is only used by the test runner (dev dependency), never shipped",
            expires: "2027-06-30",
          },
        ],
      },
    });
    expect(report.artifacts.map((a) => `${a.path} ${a.format} ${a.status}`)).toEqual([
      "reports/security/npm-audit.json npm-audit parsed",
      "reports/security/secrets.baseline detect-secrets parsed",
      "reports/security/semgrep.sarif sarif parsed",
      "reports/security/zap-baseline.json zap-json parsed",
    ]);
    const sec = report.dimensions.security;
    expect(sec.score).toBe(95.25);
    expect(sec.metrics).toMatchObject({
      "findings.critical": 0,
      "findings.high": 0,
      "findings.medium": 2,
      "findings.low": 3,
      accepted: 1,
    });
    const md = renderMarkdown(report);
    expect(md).toContain("🔒 Security: 0 critical, 0 high, 2 medium, 3 low (1 accepted)");
    expect(md).toContain("| A01 Broken Access Control | 1 | 0 | ⚠️ findings |");
    expect(md).toContain("Score: 100 − (2 × 2 + 3 × 0.25) = 95.25 → **95**/100");
    expect(
      report.findings
        .filter((f) => f.dimension === "security")
        .map((f) => `${f.path ?? "-"}:${f.line ?? 0} ${f.ruleId} ${f.severity}`),
    ).toEqual([
      // Worst first, then by where (package, path or URL); the accepted one is listed too, unscored.
      "-:0 zap/10038-1 medium",
      "-:0 npm-audit/GHSA-952p-6rrq-rcjv medium",
      "src/app.ts:12 semgrep-oss/javascript.express.security.audit.express-check-csurf-middleware-usage.express-check-csurf-middleware-usage medium",
      "-:0 npm-audit/GHSA-pxg6-pf52-xh8x low",
      "-:0 zap/10035-1 low",
      "src/logger.ts:27 semgrep-oss/javascript.lang.security.audit.unsafe-formatstring.unsafe-formatstring low",
    ]);
  });
});
