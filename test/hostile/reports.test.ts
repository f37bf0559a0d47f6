/**
 * Hostile reports: each case is a file a pull request can add, made from the real fixtures or by hand, that once
 * exhausted memory, crashed the output, leaked a value or was read as clean.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type ArtifactInput, assess } from "../../src/core/assess.js";
import { configSchema } from "../../src/core/config/schema.js";
import { sourceFromString } from "../../src/core/formats/source.js";
import { renderJson } from "../../src/core/render/json.js";
import { renderMarkdown } from "../../src/core/render/markdown.js";
import { renderText } from "../../src/core/render/text.js";
import { repoFromMap } from "../../src/core/repo-view.js";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");
const real = (rel: string) => readFileSync(path.join(FIXTURES, rel), "utf8");
const NOW = new Date("2026-11-25T12:00:00Z");

async function run(files: Record<string, string | Buffer>) {
  const artifacts: ArtifactInput[] = Object.entries(files).map(([p, c]) => ({
    source: sourceFromString(p, c),
    format: "auto",
  }));
  const report = await assess({
    config: configSchema.parse({ documentation: { enabled: false } }),
    docs: [],
    repo: repoFromMap({}),
    artifacts,
    now: NOW,
    toolVersion: "test",
  });
  return report;
}

const entry = (r: Awaited<ReturnType<typeof run>>) =>
  r.artifacts.map((a) => `${a.path}: ${a.format ?? "-"} ${a.status}${a.error ? ` (${a.error})` : ""}`);

describe("a SARIF `runs` object keyed by a huge number", () => {
  it("is an unreadable artifact naming the problem, read in bounded memory", async () => {
    const before = process.memoryUsage().rss;
    const r = await run({ "x.sarif": '{"version":"2.1.0","runs":{"4294967294":{"results":[{}]}}}' });
    expect(entry(r)).toEqual([
      "x.sarif: sarif unreadable (not a SARIF log: `runs` must be a list of runs, but it is an object)",
    ]);
    expect(r.dimensions.security.status).toBe("error");
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe("reports whose shape is wrong are errors, not clean", () => {
  const trivy = JSON.parse(real("security/real/trivy/trivy_fs_npm.json"));
  const npm7 = JSON.parse(real("security/real/npm-audit/defectdojo_npm7plus_many-vulns.json"));
  const pip = JSON.parse(real("security/real/pip-audit/defectdojo_pip-audit_many-vulns.json"));
  const { vulnerabilities: _dropped, ...npmWithout } = npm7;
  it.each([
    [
      "trivy-list.json",
      [trivy],
      "trivy",
      "not a Trivy report: item 1 of the top-level list has no `Target` (is a whole report wrapped in a list?)",
    ],
    [
      "trivy-results-object.json",
      { ...trivy, Results: {} },
      "trivy",
      "not a Trivy report: `Results` must be a list of results",
    ],
    [
      "npm-without.json",
      npmWithout,
      "npm-audit",
      "not an npm audit report: `vulnerabilities` is missing (npm 7+ writes an object keyed by package)",
    ],
    [
      "npm-array.json",
      { ...npm7, vulnerabilities: [] },
      "npm-audit",
      "not an npm audit report: `vulnerabilities` is not an object (npm 7+ writes an object keyed by package)",
    ],
    ["pip-wrapped.json", [pip], "pip-audit", "not a pip-audit report: dependency 1 has no `name`"],
  ])("%s", async (file, doc, format, error) => {
    const r = await run({ [file]: JSON.stringify(doc) });
    expect(entry(r)).toEqual([`${file}: ${format} unreadable (${error})`]);
    expect(r.dimensions.security.status).toBe("error");
  });
});

describe("encodings", () => {
  const k6 = real("performance/k6/szboynono_k6_summary-export.json");
  const artillery = real("performance/artillery/generated_artillery-2.0.21_mixed.json");
  const locust = real("performance/locust/generated_locust-2.12.1_clean_stats.csv");
  const trivy = real("security/real/trivy/trivy_fs_npm.json");
  const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
  it("a UTF-8 BOM, UTF-16LE (PowerShell's `>`) and blank lines before a CSV header read like the plain file", async () => {
    const plain = await run({ "k6.json": k6, "art.json": artillery, "locust_stats.csv": locust, "trivy.json": trivy });
    const odd = await run({
      "k6.json": `\uFEFF${k6}`,
      "art.json": `\uFEFF${artillery}`,
      "locust_stats.csv": `\n\n${locust}`,
      "trivy.json": utf16(trivy),
    });
    expect(entry(odd)).toEqual(entry(plain));
    expect(entry(odd)).toEqual([
      "k6.json: k6-summary parsed",
      "art.json: artillery-report parsed",
      "locust_stats.csv: locust-stats parsed",
      "trivy.json: trivy parsed",
    ]);
    expect(odd.dimensions.performance.metrics).toEqual(plain.dimensions.performance.metrics);
    expect(odd.dimensions.security.metrics).toEqual(plain.dimensions.security.metrics);
  });
});

describe("one long string copied into many findings", () => {
  it("is cut to the field budget, and the JSON report is written", async () => {
    const name = "T".repeat(100_000);
    const results = Array.from({ length: 2_000 }, (_, i) => ({
      ruleId: `r${i}`,
      message: { text: "m" },
      locations: [{ physicalLocation: { artifactLocation: { uri: `src/f${i}.js` }, region: { startLine: 1 } } }],
    }));
    const sarif = JSON.stringify({ version: "2.1.0", runs: [{ tool: { driver: { name } }, results }] });
    const r = await run({ "big.sarif": sarif });
    const json = renderJson(r);
    expect(json.length).toBeLessThan(5_000_000);
    expect(r.findings[0]?.tool).toBe(`${"t".repeat(99)}…`);
    expect(r.dimensions.security.metrics["findings.total"]).toBe(2_000);
  });
});

describe("planted secrets never reach an output", () => {
  const SECRET = "zq7PLANTEDsecretVALUE4xk9";
  it("user-info without a password, k6 tagged metric names, Locust messages, Bandit SARIF without rules, rule text", async () => {
    const k6 = JSON.parse(real("performance/k6/szboynono_k6_summary-export.json"));
    k6.metrics[`http_req_duration{url:https://api.test/x?access_token=${SECRET}}`] = k6.metrics.http_req_duration;
    const failures = [
      "Method,Name,Error,Occurrences",
      `GET,/a,"HTTPError('401 for X-Api-Key: ${SECRET}')",3`,
      `GET,/b,"Cookie: session=${SECRET}; theme=dark",2`,
      `POST,/c,"{""password"": ""${SECRET}""}",1`,
      `GET,http://${SECRET}@api.test/d,boom,1`,
    ].join("\n");
    const bandit = {
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "Bandit" } },
          results: [
            {
              ruleId: "B105",
              message: { text: `Possible hardcoded password: '${SECRET}'` },
              locations: [{ physicalLocation: { artifactLocation: { uri: "app.py" }, region: { startLine: 3 } } }],
            },
          ],
        },
      ],
    };
    const quoting = {
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: {
              name: "semgrep",
              rules: [
                {
                  id: "hardcoded-api-key",
                  name: "hardcoded-api-key",
                  shortDescription: { text: `Key ${SECRET} found` },
                },
              ],
            },
          },
          results: [{ ruleId: "hardcoded-api-key", ruleIndex: 0, message: { text: `found ${SECRET}` } }],
        },
      ],
    };
    const zap = JSON.parse(real("security/real/zap/zap-reports-addon_traditional-json-plus_expected.json"));
    zap.site[0]["@name"] = `https://${SECRET}@app.test`;
    const r = await run({
      "k6.json": JSON.stringify(k6),
      "locust_failures.csv": failures,
      "bandit.sarif": JSON.stringify(bandit),
      "semgrep.sarif": JSON.stringify(quoting),
      "zap.json": JSON.stringify(zap),
    });
    expect(entry(r).every((e) => e.endsWith(" parsed"))).toBe(true);
    for (const out of [renderJson(r), renderMarkdown(r), renderText(r)]) expect(out).not.toContain(SECRET);
    expect(r.findings.find((f) => f.tool === "bandit")?.message).toBe("B105 (secret value not shown) [bandit]");
  });
});
