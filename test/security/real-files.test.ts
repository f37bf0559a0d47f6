/**
 * Every file in the security folders of the real-output collection: detected format, tool, and counts per severity
 * (critical/high/medium/low/info). Hand-checked against the files: bandit (2 MEDIUM issue_severity + 1 LOW), ZAP
 * 2.14 (riskcode 2×3, 1×2, 0×7), detect-secrets 1.0.3 (4 entries, one `is_secret: false`), npm 7 one-vuln (debug:
 * one moderate and one high advisory), pip-audit (7 vulns), safety 3.6.2 (5), Trivy alpine (4 MEDIUM), Grype
 * (2 Critical, 3 High, 1 Negligible), osv golden (max_severity "9"), gitleaks v8 (4 entries).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REAL, parseAuto, severityCounts } from "./helpers.js";

const EXPECTED: Record<
  string,
  [format: string, tool: string, counts: string, secrets: number] | { unreadable: RegExp } | { unrecognised: true }
> = {
  "sarif/bandit-1.8.6_awslabs-open-hostfactory-plugin.sarif": ["sarif", "bandit", "0/0/2/1/0", 0],
  "sarif/codeql-2.5.4_python.sarif": ["sarif", "codeql", "0/11/4/57/0", 0],
  "sarif/codeql-action_five-runs_odd-tool-names.sarif": [
    "sarif",
    "codeql command-line toolchain, eslint, sarif",
    "0/0/0/0/0",
    0,
  ],
  "sarif/codeql-action_lgtm_empty-results.sarif": ["sarif", "lgtm.com", "0/0/0/0/0", 0],
  "sarif/codeql-action_two-runs_lgtm-1.24-and-codeql-2.0.sarif": [
    "sarif",
    "lgtm.com, codeql command-line toolchain",
    "0/0/0/3/0",
    0,
  ],
  "sarif/dependency-check-6.1.2.sarif": ["sarif", "dependency-check", "0/13/0/0/0", 0],
  "sarif/edge_no-runs.sarif": { unreadable: /^the SARIF log has no runs \(`runs: \[\]`\)/ },
  "sarif/flawfinder-2.0.19.sarif": ["sarif", "flawfinder", "0/2/1/51/0", 0],
  "sarif/generated_eslint-9.39.5_clean.sarif": ["sarif", "eslint", "0/0/0/0/0", 0],
  "sarif/generated_eslint-9.39.5_findings.sarif": ["sarif", "eslint", "0/3/3/0/0", 0],
  "sarif/gitleaks-7.x.sarif": ["sarif", "gitleaks", "0/8/0/0/0", 8],
  "sarif/gitleaks-v8_expected_simple.sarif": ["sarif", "gitleaks", "0/1/0/0/0", 1],
  "sarif/grype-0.34.7_cxf-3.4.6.sarif": ["sarif", "grype", "1/11/4/6/0", 0],
  "sarif/semgrep-oss-1.69.0.sarif": ["sarif", "semgrep oss", "34/1/42/0/0", 1],
  "sarif/spec-example_two-runs-empty.sarif": ["sarif", "codescanner, otherscanner", "0/0/0/0/0", 0],
  "sarif/trivy_image_alpine-310.sarif": ["sarif", "trivy", "0/0/4/0/0", 0],
  "zap/bcgov-pipeline-templates_zap-2.11.1_baseline.json": ["zap-json", "zap", "0/0/3/3/3", 0],
  "zap/bcgov-pipeline-templates_zap-2.14.0_baseline.html": { unrecognised: true },
  "zap/bcgov-pipeline-templates_zap-2.14.0_baseline.json": ["zap-json", "zap", "0/0/3/2/7", 0],
  "zap/defectdojo_zap-2.16.1_with-req-resp.xml": ["zap-xml", "zap", "0/0/0/0/4", 0],
  "zap/defectdojo_zap-2.9.0_empty.xml": ["zap-xml", "zap", "0/0/0/0/0", 0],
  "zap/defectdojo_zap-2.9.0_some.xml": ["zap-xml", "zap", "0/0/1/5/1", 0],
  "zap/defectdojo_zap_dvwa-baseline.xml": ["zap-xml", "zap", "0/0/4/8/7", 0],
  "zap/defectdojo_zap_xml-plus-format.xml": ["zap-xml", "zap", "0/0/1/0/0", 0],
  "zap/zap-reports-addon_traditional-json-plus_expected.json": ["zap-json", "zap", "0/1/0/0/0", 0],
  "zap/zap-reports-addon_traditional-json_expected.json": ["zap-json", "zap", "0/1/0/0/0", 0],
  "zap/zap-reports-addon_traditional-xml_expected.xml": ["zap-xml", "zap", "0/1/0/0/0", 0],
  "zap/zaproxy_example_ZAP-2.4.3_report-merged.xml": ["zap-xml", "zap", "0/2/4/4/0", 0],
  "detect-secrets/18f-identity-idp_v1.5.0.secrets.baseline": ["detect-secrets", "detect-secrets", "0/5/0/0/0", 5],
  "detect-secrets/defectdojo_detect-secrets-1.0.3_many.json": ["detect-secrets", "detect-secrets", "0/3/0/0/0", 3],
  "detect-secrets/defectdojo_detect-secrets-1.0.3_none.json": ["detect-secrets", "detect-secrets", "0/0/0/0/0", 0],
  "detect-secrets/ibm-mcp-context-forge_ibm-fork.secrets.baseline": [
    "detect-secrets",
    "detect-secrets",
    "0/0/0/0/0",
    0,
  ],
  "detect-secrets/yelp-detect-secrets_legacy-v0.14.secrets.baseline": [
    "detect-secrets",
    "detect-secrets",
    "0/29/0/0/0",
    29,
  ],
  "detect-secrets/yelp-detect-secrets_v1.5.0.secrets.baseline": ["detect-secrets", "detect-secrets", "0/16/0/0/0", 16],
  "npm-audit/defectdojo_npm6-legacy_empty-with-error.json": {
    unreadable: /^npm audit did not run: ENOAUDIT: Your configured registry/,
  },
  "npm-audit/defectdojo_npm6-legacy_many-vuln.json": ["npm-audit", "npm audit", "0/3/1/1/0", 0],
  "npm-audit/defectdojo_npm6-legacy_no-vuln.json": ["npm-audit", "npm audit", "0/0/0/0/0", 0],
  "npm-audit/defectdojo_npm7plus_issue-10801.json": ["npm-audit", "npm audit", "0/0/1/0/0", 0],
  "npm-audit/defectdojo_npm7plus_many-vulns.json": ["npm-audit", "npm audit", "0/0/2/1/0", 0],
  "npm-audit/defectdojo_npm7plus_no-vuln.json": ["npm-audit", "npm audit", "0/0/0/0/0", 0],
  "npm-audit/defectdojo_npm7plus_one-vuln.json": ["npm-audit", "npm audit", "0/1/1/0/0", 0],
  "npm-audit/generated_npm-11.19.1_audit-endpoint-error_host-redacted.json": {
    unreadable: /^npm audit did not run: 405 Method Not Allowed - POST https:\/\/registry\.invalid\//,
  },
  "pip-audit/defectdojo_pip-audit_empty.json": ["pip-audit", "pip-audit", "0/0/0/0/0", 0],
  // "[]" is also gitleaks v8's clean output; detected as gitleaks, no findings either way.
  "pip-audit/defectdojo_pip-audit_legacy-list_empty.json": ["gitleaks", "gitleaks", "0/0/0/0/0", 0],
  "pip-audit/defectdojo_pip-audit_legacy-list_many-vulns.json": ["pip-audit", "pip-audit", "0/0/7/0/0", 0],
  "pip-audit/defectdojo_pip-audit_many-vulns.json": ["pip-audit", "pip-audit", "0/0/7/0/0", 0],
  "pip-audit/defectdojo_pip-audit_zero-vulns-with-skip.json": ["pip-audit", "pip-audit", "0/0/0/0/0", 0],
  "safety/noveum_safety-3.6.2_check-json_5-vulns.json": ["safety", "safety", "0/0/5/0/0", 0],
  "safety/safety-2.0.0.dev6_check_with-remediations.json": ["safety", "safety", "0/0/4/0/0", 0],
  "safety/safety-2.0b1_check_environment.json": ["safety", "safety", "0/0/1/0/0", 0],
  "safety/safety-2.4.0.dev_check_no-recommended-remediation.json": ["safety", "safety", "0/0/1/0/0", 0],
  "trivy/defectdojo_trivy_cvssv4.json": ["trivy", "trivy", "0/0/1/2/0", 0],
  "trivy/defectdojo_trivy_kubernetes.json": ["trivy", "trivy", "0/0/6/14/0", 0],
  "trivy/defectdojo_trivy_legacy-list_many-vulns.json": ["trivy", "trivy", "0/18/10/65/0", 0],
  // `null`: Trivy legacy's (and gitleaks v7's) clean output.
  "trivy/defectdojo_trivy_legacy_no-vuln-null.json": ["gitleaks", "gitleaks", "0/0/0/0/0", 0],
  "trivy/defectdojo_trivy_misconfig-and-secrets.json": ["trivy", "trivy", "2/2/1/0/0", 2],
  "trivy/trivy_config_dockerfile.json": ["trivy", "trivy", "0/1/0/0/0", 0],
  "trivy/trivy_fs_npm.json": ["trivy", "trivy", "0/0/1/0/0", 0],
  "trivy/trivy_fs_secrets.json": ["trivy", "trivy", "1/1/0/0/0", 2],
  "trivy/trivy_image_alpine-310.json": ["trivy", "trivy", "0/0/4/0/0", 0],
  "trivy/trivy_image_alpine-39-skip_no-results.json": ["trivy", "trivy", "0/0/0/0/0", 0],
  "grype/defectdojo_grype_check-all-fields.json": ["grype", "grype", "2/3/0/0/1", 0],
  "grype/defectdojo_grype_epss.json": ["grype", "grype", "1/10/2/2/0", 0],
  "grype/defectdojo_grype_fix-not-available.json": ["grype", "grype", "0/1/0/0/0", 0],
  "grype/defectdojo_grype_no-vuln.json": ["grype", "grype", "0/0/0/0/0", 0],
  "osv-scanner/defectdojo_osv_many-findings.json": ["osv-scanner", "osv-scanner", "5/20/12/0/0", 0],
  "osv-scanner/defectdojo_osv_no-findings-0bytes.json": { unrecognised: true },
  "osv-scanner/defectdojo_osv_some-findings.json": ["osv-scanner", "osv-scanner", "0/0/1/0/0", 0],
  "osv-scanner/osv-scanner_empty-results.json": ["osv-scanner", "osv-scanner", "0/0/0/0/0", 0],
  "osv-scanner/osv-scanner_go-cargo_vulns.json": ["osv-scanner", "osv-scanner", "0/1/1/0/0", 0],
  "osv-scanner/osv-scanner_printer-golden_max-severity.json": ["osv-scanner", "osv-scanner", "1/0/0/0/0", 0],
  "osv-scanner/osv-scanner_printer-golden_mixed-vulns-and-license-violations.json": [
    "osv-scanner",
    "osv-scanner",
    "0/1/0/2/0",
    0,
  ],
  "gitleaks/defectdojo_gitleaks-v7.5.0.json": ["gitleaks", "gitleaks", "0/8/0/0/0", 8],
  "gitleaks/defectdojo_gitleaks-v8_many.json": ["gitleaks", "gitleaks", "0/4/0/0/0", 4],
  "gitleaks/defectdojo_gitleaks_no-findings-null.json": ["gitleaks", "gitleaks", "0/0/0/0/0", 0],
  "gitleaks/defectdojo_gitleaks_redacted.json": ["gitleaks", "gitleaks", "0/6/0/0/0", 6],
  "gitleaks/gitleaks-v8_expected_empty.json": ["gitleaks", "gitleaks", "0/0/0/0/0", 0],
  "gitleaks/gitleaks-v8_expected_json_simple.json": ["gitleaks", "gitleaks", "0/1/0/0/0", 1],
};

const files = readdirSync(REAL, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(path.join(REAL, d.name)).map((f) => `${d.name}/${f}`))
  .sort();

describe("every real scanner file", () => {
  it("has an expectation (no file is skipped)", () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const rel of files) {
    it(rel, async () => {
      const exp = EXPECTED[rel]!;
      if ("unrecognised" in exp) {
        await expect(parseAuto(rel)).rejects.toThrow("not recognised");
        return;
      }
      if ("unreadable" in exp) {
        const err = await parseAuto(rel).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(Error);
        expect((err as Error).name).toBe("UnreadableArtifactError");
        expect((err as Error).message).toMatch(exp.unreadable);
        return;
      }
      const [format, tool, counts, secrets] = exp;
      const { format: got, result } = await parseAuto(rel);
      expect(got).toBe(format);
      expect(result.tool).toBe(tool);
      expect(severityCounts(result)).toBe(counts);
      expect(result.findings.filter((f) => f.secret).length).toBe(secrets);
    });
  }
});
