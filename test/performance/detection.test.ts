import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sourceFromString } from "../../src/core/formats/source.js";
import { parseArtifacts } from "../../src/core/assess.js";
import { detectFormat } from "../../src/core/formats/registry.js";
import { FIXTURE_ROOT } from "./helpers.js";

const EXPECTED: Record<string, string> = {
  "artillery/generated_artillery-2.0.21_all-errors-econnrefused.json": "artillery-report parsed",
  "artillery/generated_artillery-2.0.21_clean.json": "artillery-report parsed",
  "artillery/generated_artillery-2.0.21_mixed.json": "artillery-report parsed",
  "jmeter/apache-jmeter_Bug52968_no-header.jtl.csv": "jmeter-csv unreadable",
  "jmeter/apache-jmeter_Bug56811_nested-transactions.jtl.xml": "jmeter-xml parsed",
  "jmeter/apache-jmeter_HTMLReportFalseTestFile_fr-all-failed.jtl.csv": "jmeter-csv parsed",
  "jmeter/apache-jmeter_HTMLReportTestFile.jtl.csv": "jmeter-csv parsed",
  "jmeter/apache-jmeter_sample_log1c_v1.2.jtl.xml": "jmeter-xml parsed",
  "k6/benc-uk-k6-reporter_handleSummary_grpc.json": "k6-summary parsed",
  "k6/benc-uk-k6-reporter_handleSummary_http.json": "k6-summary parsed",
  "k6/szboynono_k6_handleSummary_nested-groups.json": "k6-summary parsed",
  "k6/szboynono_k6_summary-export.json": "k6-summary parsed",
  "locust/bitcoin-api_results_exceptions.csv": "locust-exceptions parsed",
  "locust/bitcoin-api_results_failures.csv": "locust-failures parsed",
  "locust/bitcoin-api_results_stats.csv": "locust-stats parsed",
  "locust/bitcoin-api_results_stats_history.csv": "locust-stats-history parsed",
  "locust/generated_locust-2.12.1_clean_exceptions.csv": "locust-exceptions parsed",
  "locust/generated_locust-2.12.1_clean_failures.csv": "locust-failures parsed",
  "locust/generated_locust-2.12.1_clean_stats.csv": "locust-stats parsed",
  "locust/generated_locust-2.12.1_clean_stats_history.csv": "locust-stats-history parsed",
  "locust/generated_locust-2.12.1_mixed_exceptions.csv": "locust-exceptions parsed",
  "locust/generated_locust-2.12.1_mixed_failures.csv": "locust-failures parsed",
  "locust/generated_locust-2.12.1_mixed_stats.csv": "locust-stats parsed",
  "locust/generated_locust-2.12.1_mixed_stats_history.csv": "locust-stats-history parsed",
};

const files = ["artillery", "jmeter", "k6", "locust"].flatMap((d) =>
  readdirSync(`${FIXTURE_ROOT}${d}`).map((f) => `${d}/${f}`),
);

describe("every real load-test file", () => {
  it("is detected by content and either parsed or reported with a reason", async () => {
    const parsed = await parseArtifacts(
      files.map((f) => ({ source: sourceFromString(f, readFileSync(`${FIXTURE_ROOT}${f}`)), format: "auto" })),
    );
    const got = Object.fromEntries(parsed.entries.map((e) => [e.path, `${e.format} ${e.status}`]));
    expect(got).toEqual(EXPECTED);
    expect(parsed.entries.find((e) => e.status === "unreadable")!.error).toMatch(/^JMeter CSV without a header row/);
    expect(parsed.performance).toHaveLength(23);
  });

  it("detects by content, not by name, and keeps other files out", () => {
    const locust = readFileSync(`${FIXTURE_ROOT}locust/generated_locust-2.12.1_mixed_stats.csv`);
    expect(detectFormat(sourceFromString("renamed.txt", locust))?.id).toBe("locust-stats");
    expect(detectFormat(sourceFromString("report.html", "<!DOCTYPE html><html><body>Locust</body></html>"))).toBeNull();
    expect(detectFormat(sourceFromString("notes_stats.csv", "a,b,c\n1,2,3\n"))).toBeNull();
    expect(detectFormat(sourceFromString("x.bin", Buffer.from([0, 1, 2, 255, 254, 0, 12])))).toBeNull();
  });

  it("honours the config's format family override", () => {
    const src = sourceFromString("results.csv", "timeStamp,elapsed,label,success\n");
    expect(detectFormat(src, "jmeter")?.id).toBe("jmeter-csv");
    expect(detectFormat(src, "k6")?.id).toBe("k6-summary");
  });

  it("turns an empty or truncated file into an unreadable entry naming the reason", async () => {
    const parsed = await parseArtifacts([
      {
        source: sourceFromString(
          "load/peak_stats.csv",
          "Type,Name,Request Count,Failure Count,Median Response Time\r\n",
        ),
        format: "auto",
      },
      {
        source: sourceFromString("load/k6.json", '{"metrics": {"http_req_duration": {"values": {"med": 1'),
        format: "auto",
      },
      { source: sourceFromString("load/empty_stats.csv", ""), format: "auto" },
    ]);
    expect(parsed.entries.map((e) => `${e.path}: ${e.status}: ${e.error}`)).toEqual([
      "load/peak_stats.csv: unreadable: header only: Locust recorded no requests in this run, so there is nothing to assess",
      expect.stringMatching(/^load\/k6\.json: unreadable: not valid k6 JSON \(the file looks truncated\): /),
      "load/empty_stats.csv: unrecognised: the file is empty",
    ]);
  });
});

describe("a JSON report written by this tool", () => {
  it("is recognised as a readiness report, not as a k6 summary that quotes k6 metric names", () => {
    const json = JSON.stringify(
      {
        schemaVersion: 1,
        tool: { name: "readiness-gate", version: "1.0.0" },
        dimensions: {
          performance: {
            metrics: { "sla.p95-ms": 1 },
            details: { runs: [{ thresholds: [{ metric: "http_req_duration" }, { metric: "vus_max" }] }] },
          },
        },
      },
      null,
      2,
    );
    expect(detectFormat(sourceFromString("previous/report.json", json))?.id).toBe("readiness-report");
  });
});
