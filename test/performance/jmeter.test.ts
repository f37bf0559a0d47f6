import { describe, expect, it } from "vitest";
import { sourceFromString } from "../../src/core/formats/source.js";
import { parseJmeterCsv } from "../../src/core/formats/performance/jmeter/csv.js";
import { parseJmeterXml } from "../../src/core/formats/performance/jmeter/xml.js";
import { fixture } from "./helpers.js";

describe("JMeter CSV", () => {
  it("aggregates samples (HTMLReportTestFile, checked by hand with a nearest-rank script)", async () => {
    const [part] = await parseJmeterCsv(fixture("jmeter/apache-jmeter_HTMLReportTestFile.jtl.csv"));
    expect(part).toMatchObject({
      requests: 255,
      failedRequests: 3,
      errorRatePct: 1.176471,
      durationS: 60.185,
      throughputRps: 4.236936,
      users: 1,
    });
    expect(part!.latency).toEqual({ avg: 235.475, min: 100, max: 353, p50: 232, p90: 337, p95: 339, p99: 353 });
    expect(part!.failures).toEqual([{ type: "HTTP 400", message: "Bad request", endpoint: "JR-KO", count: 3 }]);
  });

  it("reads French labels and a file with no responseCode column", async () => {
    const [part] = await parseJmeterCsv(fixture("jmeter/apache-jmeter_HTMLReportFalseTestFile_fr-all-failed.jtl.csv"));
    expect(part).toMatchObject({ requests: 50, failedRequests: 50, errorRatePct: 100 });
    expect(part!.endpoints!.map((e) => e.name)).toEqual(["Requête HTTP"]);
  });

  it("explains a headerless file with a custom column set", async () => {
    await expect(parseJmeterCsv(fixture("jmeter/apache-jmeter_Bug52968_no-header.jtl.csv"))).rejects.toThrow(
      "JMeter CSV without a header row and not in JMeter's default column order, so its columns cannot be told apart; save results with jmeter.save.saveservice.print_field_names=true",
    );
  });

  it("reads a headerless file in JMeter's default column order, leaving transaction parents out", async () => {
    const csv = [
      "1700000000000,100,home,200,OK,TG 1-1,text,true,,10,5,2,2,http://x/,90,0,1",
      "1700000000500,300,login,500,Server Error,TG 1-2,text,false,boom,10,5,2,2,http://x/login,250,0,1",
      '1700000000900,400,TC,200,"Number of samples in transaction : 2, number of failing samples : 1",TG 1-1,,false,,20,10,2,2,null,0,0,0',
    ].join("\n");
    const [part] = await parseJmeterCsv(sourceFromString("results.jtl", csv));
    expect(part).toMatchObject({ requests: 2, failedRequests: 1, errorRatePct: 50, durationS: 0.8, users: 2 });
    expect(part!.failures).toEqual([{ type: "HTTP 500", message: "boom", endpoint: "login", count: 1 }]);
    expect(part!.notes).toContain("1 transaction-controller parent samples left out (their children are counted)");
  });

  it("reports a non-numeric elapsed cell with its row and a header-only file", async () => {
    const header = "timeStamp,elapsed,label,responseCode,success";
    await expect(
      parseJmeterCsv(sourceFromString("r.jtl", `${header}\n1700000000000,N/A,a,200,true\n`)),
    ).rejects.toThrow('row 2: "elapsed" is not a number ("N/A")');
    await expect(parseJmeterCsv(sourceFromString("r.jtl", `${header}\n`))).rejects.toThrow(
      "header only: the JMeter results hold no samples",
    );
  });
});

describe("JMeter XML", () => {
  it("reads <httpSample> results (sample_log1c, checked by hand)", async () => {
    const [part] = await parseJmeterXml(fixture("jmeter/apache-jmeter_sample_log1c_v1.2.jtl.xml"));
    expect(part).toMatchObject({ requests: 2000, failedRequests: 0, errorRatePct: 0, durationS: 167.15 });
    expect(part!.latency).toMatchObject({ p50: 180, p95: 270, p99: 1002, min: 80, max: 3195 });
    expect(part!.endpoints!.map((e) => [e.name, e.requests])).toEqual([
      ["jakarta_home", 1000],
      ["jmeter_home", 1000],
    ]);
  });

  it("counts the children of nested transaction samples, not the parents", async () => {
    const [part] = await parseJmeterXml(fixture("jmeter/apache-jmeter_Bug56811_nested-transactions.jtl.xml"));
    expect(part).toMatchObject({ requests: 51, failedRequests: 12, errorRatePct: 23.529412, latency: {} });
    expect(part!.notes).toContain("no sample has an elapsed time: latency unknown");
  });

  it("explains truncated XML", async () => {
    await expect(
      parseJmeterXml(
        sourceFromString("r.jtl", '<?xml version="1.0"?>\n<testResults version="1.2">\n<httpSample t="1" lb="a"/>\n'),
      ),
    ).rejects.toThrow(/^not well-formed XML \(truncated\?\): /);
  });
});
