/**
 * Adding a format is one folder plus one registry line (docs/adding-a-format.md). These tests fail when a
 * registered format is left out of what depends on the registry: the config's `format:` values (and the
 * generated JSON Schema), detection (one real sample per format, detected as itself with every format
 * competing), and compliance `artifact` evidence.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { artifactFamilies } from "../../src/core/compliance/check-config.js";
import { isOfFamily } from "../../src/core/compliance/evidence.js";
import { formatFamilies, formats } from "../../src/core/formats/registry.js";
import { sourceFromString } from "../../src/core/formats/source.js";
import { parseConfig } from "../../src/core/validate-config.js";

const fixture = (p: string) => new URL(`../fixtures/${p}`, import.meta.url);

/** One real sample per registered format id: a new format must add its own. */
const SAMPLES: Record<string, string> = {
  "locust-stats": "performance/locust/generated_locust-2.12.1_mixed_stats.csv",
  "locust-stats-history": "performance/locust/generated_locust-2.12.1_mixed_stats_history.csv",
  "locust-failures": "performance/locust/generated_locust-2.12.1_mixed_failures.csv",
  "locust-exceptions": "performance/locust/generated_locust-2.12.1_mixed_exceptions.csv",
  "k6-summary": "performance/k6/benc-uk-k6-reporter_handleSummary_http.json",
  "artillery-report": "performance/artillery/generated_artillery-2.0.21_mixed.json",
  "jmeter-csv": "performance/jmeter/apache-jmeter_HTMLReportTestFile.jtl.csv",
  "jmeter-xml": "performance/jmeter/apache-jmeter_sample_log1c_v1.2.jtl.xml",
  "readiness-report": "performance/readiness-report/worked-example_readiness-gate-1.0.0.json",
  sarif: "security/real/sarif/semgrep-oss-1.69.0.sarif",
  "zap-json": "security/real/zap/bcgov-pipeline-templates_zap-2.14.0_baseline.json",
  "zap-xml": "security/real/zap/defectdojo_zap-2.9.0_some.xml",
  "detect-secrets": "security/real/detect-secrets/18f-identity-idp_v1.5.0.secrets.baseline",
  "npm-audit": "security/real/npm-audit/defectdojo_npm7plus_many-vulns.json",
  "pip-audit": "security/real/pip-audit/defectdojo_pip-audit_many-vulns.json",
  safety: "security/real/safety/noveum_safety-3.6.2_check-json_5-vulns.json",
  trivy: "security/real/trivy/trivy_image_alpine-310.json",
  grype: "security/real/grype/defectdojo_grype_epss.json",
  "osv-scanner": "security/real/osv-scanner/defectdojo_osv_many-findings.json",
  gitleaks: "security/real/gitleaks/defectdojo_gitleaks-v8_many.json",
};

describe("the format registry", () => {
  it("has one detection sample per registered format, and each is detected as its own format", () => {
    expect(formats.map((f) => f.id).sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const [id, file] of Object.entries(SAMPLES)) {
      const name = file.split("/").pop() as string;
      const detected = formats.find((f) => f.id === id);
      const source = sourceFromString(name, readFileSync(fixture(file)));
      const best = formats.reduce(
        (acc, f) => {
          const s = f.detect(source);
          return s > acc.score ? { id: f.id, score: s } : acc;
        },
        { id: "", score: 0 },
      );
      expect(best.id, `${file} (${detected?.label})`).toBe(id);
    }
  });

  it("every family can be named in the config's format: and in the generated JSON Schema", () => {
    const schema = readFileSync(new URL("../../schema/readiness-config.schema.json", import.meta.url), "utf8");
    for (const family of formatFamilies()) {
      const config = parseConfig("x.yml", `artifacts:\n  - { path: "r/*", format: ${JSON.stringify(family)} }\n`);
      expect(config.artifacts[0]?.format).toBe(family);
      expect(schema, family).toContain(`"${family}"`);
    }
  });

  it("every family is accepted as compliance artifact evidence and matches its formats' ids", () => {
    expect(artifactFamilies()).toEqual([...formatFamilies()].sort());
    for (const f of formats) expect(isOfFamily(f.id, f.family), f.id).toBe(true);
  });
});
