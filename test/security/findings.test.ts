/** Exact findings from real files: ids, locations, CWE → OWASP, package and fix, path normalisation. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OWASP_TOP10_2021_CWES } from "../../src/core/security/owasp-data.js";
import { owaspForCwes } from "../../src/core/security/owasp.js";
import { cvss3BaseScore } from "../../src/core/security/severity.js";
import { normalizePath, parseCwe } from "../../src/core/security/build.js";
import { REAL, parseAuto } from "./helpers.js";

const line = (f: { path?: string; line?: number; column?: number; ruleId: string; severity: string }) =>
  `${f.path ?? "-"}:${f.line ?? 0}:${f.column ?? 0} ${f.ruleId} ${f.severity}`;

describe("exact findings", () => {
  it("Bandit SARIF: issue_severity, CWE tag external/cwe/cwe-605", async () => {
    const { result } = await parseAuto("sarif/bandit-1.8.6_awslabs-open-hostfactory-plugin.sarif");
    expect(result.toolVersion).toBe("1.8.6");
    expect(result.findings.map(line)).toEqual([
      "src/config/schemas/server_schema.py:45:23 B104 medium",
      "src/config/schemas/server_schema.py:68:23 B104 medium",
      "src/domain/base/decorators.py:55:9 B110 low",
    ]);
    expect(result.findings[0]?.cwes).toEqual([605]);
  });

  it("ESLint SARIF: file:/// URIs made relative to the runner workspace when possible", async () => {
    const { result } = await parseAuto("sarif/generated_eslint-9.39.5_findings.sarif");
    expect(result.findings.map(line)).toEqual([
      // Not a GitHub runner workspace (/home/runner/work/<repo>/<repo>/), so the absolute path stays.
      "/home/runner/work/app/src/app.js:6:9 no-unused-vars high",
      "/home/runner/work/app/src/app.js:8:3 no-eval high",
      "/home/runner/work/app/src/app.js:13:10 security/detect-non-literal-fs-filename medium",
      "/home/runner/work/app/src/app.js:17:3 security/detect-child-process medium",
      "/home/runner/work/app/src/app.js:20:18 eqeqeq medium",
      "/home/runner/work/app/src/app.js:21:3 no-debugger high",
    ]);
  });

  it("Semgrep SARIF: word security-severity, CWE tag → OWASP", async () => {
    const { result } = await parseAuto("sarif/semgrep-oss-1.69.0.sarif");
    const f = result.findings.find((x) => x.cwes.includes(798));
    expect(f?.secret).toBe(true);
    expect(f?.owasp).toBe("A07");
    expect(f?.title).toMatch(/\(secret value not shown\)$/);
  });

  it("npm 7: one finding per advisory with GHSA, CWE and the fix npm names", async () => {
    const { result } = await parseAuto("npm-audit/defectdojo_npm7plus_one-vuln.json");
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.cwes, f.owasp, f.package?.name, f.fix])).toEqual([
      ["GHSA-gxpj-cx7g-858c", "medium", [400], "A06", "debug", "upgrade express to 4.18.3"],
      ["GHSA-9vvw-cc9w-f27h", "high", [1333], "A06", "debug", "upgrade express to 4.18.3"],
    ]);
  });

  it("Trivy image: package, installed and fixed version, CVE alias", async () => {
    const { result } = await parseAuto("trivy/trivy_image_alpine-310.json");
    expect(result.findings[0]).toMatchObject({
      ruleId: "CVE-2019-1549",
      severity: "medium",
      package: { name: "libcrypto1.1", version: "1.1.1c-r0", fixedVersion: "1.1.1d-r0" },
      aliases: ["CVE-2019-1549"],
      fix: "upgrade libcrypto1.1 to 1.1.1d-r0",
    });
  });

  it("Trivy secrets: rule, file and line only", async () => {
    const { result } = await parseAuto("trivy/trivy_fs_secrets.json");
    expect(result.findings.map(line)).toEqual([
      "deploy.sh:3:0 aws-access-key-id critical",
      "deploy.sh:7:0 mysecret high",
    ]);
    expect(JSON.stringify(result)).not.toContain("ghp_0123456789");
  });

  it("gitleaks v7 and v8: location, never the offender", async () => {
    const v7 = await parseAuto("gitleaks/defectdojo_gitleaks-v7.5.0.json");
    expect(v7.result.findings[0]).toMatchObject({
      ruleId: "AWS Access Key",
      line: 13,
      secret: true,
      cwes: [798],
      owasp: "A07",
    });
    expect(JSON.stringify(v7.result)).not.toContain("AKIAIOSFODNN7EXAMPLE");
    const v8 = await parseAuto("gitleaks/gitleaks-v8_expected_json_simple.json");
    expect(v8.result.findings.map(line)).toEqual(["auth.py:1:1 test-rule high"]);
    expect(JSON.stringify(v8.result)).not.toContain("a secret");
  });

  it("ZAP: per alert per site, URL without query, evidence never kept", async () => {
    const { result } = await parseAuto("zap/defectdojo_zap-2.9.0_some.xml");
    const f = result.findings.find((x) => x.ruleId === "10011");
    expect(f).toMatchObject({
      title: "Cookie Without Secure Flag",
      severity: "low",
      cwes: [614],
      owasp: "A05",
      url: "https://mainsite.com",
      occurrences: 3,
    });
    expect(JSON.stringify(result)).not.toContain("Set-Cookie");
  });

  it("osv-scanner: severity from max_severity, fixed version from the record", async () => {
    const { result } = await parseAuto("osv-scanner/osv-scanner_go-cargo_vulns.json");
    expect(
      result.findings.map(
        (f) => `${f.ruleId} ${f.severity} ${f.package?.name}@${f.package?.version} fix=${f.package?.fixedVersion}`,
      ),
    ).toEqual([
      // GO-2021-0053 has no severity anywhere in the record: unknown, counted as medium.
      "GO-2021-0053 medium github.com/gogo/protobuf@1.3.1 fix=1.3.2",
      "GHSA-m5pq-gvj9-9vr8 high regex@1.5.1 fix=1.5.5",
    ]);
  });

  it("pip-audit: no severity in the format, mapped to medium", async () => {
    const { result } = await parseAuto("pip-audit/defectdojo_pip-audit_many-vulns.json");
    expect(result.findings[0]).toMatchObject({
      ruleId: "PYSEC-2021-76",
      severity: "medium",
      package: { name: "aiohttp", version: "3.6.2", fixedVersion: "3.7.4" },
    });
  });
});

describe("mapping helpers", () => {
  it("the OWASP data module equals the stored JSON from OWASP's pages", () => {
    const json = JSON.parse(
      readFileSync(path.join(REAL, "../../../../src/core/security/owasp-top10-2021-cwe.json"), "utf8"),
    );
    expect(OWASP_TOP10_2021_CWES).toEqual(json);
  });
  it("CWE → OWASP; CWE-259 (listed under A02 and A07) maps to A02", () => {
    expect(owaspForCwes([79])).toBe("A03");
    expect(owaspForCwes([918])).toBe("A10");
    expect(owaspForCwes([259])).toBe("A02");
    expect(owaspForCwes([400, 352])).toBe("A01");
    expect(owaspForCwes([400])).toBeUndefined();
  });
  it("CWE spellings", () => {
    expect(
      ["CWE-79", "external/cwe/cwe-079", "CWE-798: Use of Hard-coded Credentials", "614", 22, "-1", "security"].map(
        parseCwe,
      ),
    ).toEqual([79, 79, 798, 614, 22, undefined, undefined]);
  });
  it("CVSS v3 base scores", () => {
    expect(cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).toBe(9.8);
    expect(cvss3BaseScore("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L")).toBe(5.3);
    expect(cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N")).toBe(6.1);
    expect(cvss3BaseScore("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")).toBeUndefined();
  });
  it("paths", () => {
    expect(normalizePath("file:///home/runner/work/acme/acme/src/a.ts")).toBe("src/a.ts");
    expect(normalizePath("file:///github/workspace/src/a.ts")).toBe("src/a.ts");
    expect(normalizePath("./src\\b.ts")).toBe("src/b.ts");
    expect(normalizePath("file:///ci/build/src/c%20d.ts", "file:///ci/build/")).toBe("src/c d.ts");
  });
});
