import { describe, expect, it } from "vitest";
import { sourceFromString, UnreadableArtifactError } from "../../src/core/formats/source.js";
import { parseLocustExceptions, parseLocustFailures } from "../../src/core/formats/performance/locust/failures.js";
import { parseLocustHistory } from "../../src/core/formats/performance/locust/history.js";
import { parseLocustStats } from "../../src/core/formats/performance/locust/stats.js";
import { fixture } from "./helpers.js";

const HEADER_2X =
  "Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%";

describe("Locust stats", () => {
  it("reads the 2.12 mixed run: Aggregated row with empty Type, non-ASCII and quoted names (checked by hand)", async () => {
    const [part] = await parseLocustStats(fixture("locust/generated_locust-2.12.1_mixed_stats.csv"));
    expect(part).toMatchObject({
      runKey: "locust:locust/generated_locust-2.12.1_mixed",
      kind: "summary",
      scenario: "generated_locust-2.12.1_mixed",
      requests: 2366,
      failedRequests: 352,
      throughputRps: 98.29519994929394,
      errorRatePct: 14.87743,
    });
    expect(part!.latency).toMatchObject({ p50: 17, p90: 280, p95: 460, p99: 580, max: 641.7002290000937 });
    expect(part!.endpoints!.map((e) => e.name)).toEqual([
      "/api/does-not-exist",
      "/api/flaky",
      "/api/items",
      "/api/login",
      "/api/slow",
      "/produits/café (FR, non-ASCII)",
      "/搜索?q=[测试]",
    ]);
    // "400.0" in the median column is read as 400.
    expect(part!.endpoints!.find((e) => e.name === "/api/slow")!.latency.p50).toBe(400);
    expect(part!.endpoints!.find((e) => e.name === "/api/flaky")).toMatchObject({
      method: "GET",
      requests: 455,
      failures: 129,
    });
  });

  it("reads lines ending in \\r\\r\\n (bitcoin-api, Locust 2.x on Windows)", async () => {
    const [part] = await parseLocustStats(fixture("locust/bitcoin-api_results_stats.csv"));
    expect(part).toMatchObject({
      requests: 2210,
      failedRequests: 1607,
      errorRatePct: 72.714932,
      throughputRps: 37.30488469320527,
    });
    expect(part!.latency).toMatchObject({ p50: 3, p95: 8, p99: 2000 });
    expect(part!.endpoints).toHaveLength(8);
    expect(part!.endpoints!.every((e) => !e.name.includes("\r") && !e.name.includes("\n"))).toBe(true);
  });

  it("finds columns by name in the 1.x layout (# requests, Requests Failed/s, a Total row) and in any order", async () => {
    const csv = [
      '"Method","Name","# requests","# failures","Median response time","Average response time","Min response time","Max response time","Average Content Size","Requests/s","Requests Failed/s","95%","50%","99%"',
      '"GET","/a","100","1","20","25.5","3","90","10","10.0","0.1","60","20","80"',
      '"None","Total","100","1","20","25.5","3","90","10","10.0","0.1","60","20","80"',
    ].join("\n");
    const [part] = await parseLocustStats(sourceFromString("load/old_stats.csv", csv));
    expect(part).toMatchObject({
      requests: 100,
      failedRequests: 1,
      errorRatePct: 1,
      throughputRps: 10,
      durationS: 10,
      scenario: "old",
    });
    expect(part!.latency).toEqual({ p50: 20, p95: 60, p99: 80, avg: 25.5, min: 3, max: 90 });
  });

  it("leaves N/A cells out instead of reading them as 0", async () => {
    const csv = `${HEADER_2X}\n,Aggregated,0,0,0,0.0,0,0,0,0.0,0.0,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A\n`;
    const [part] = await parseLocustStats(sourceFromString("x_stats.csv", csv));
    expect(part!.requests).toBe(0);
    expect(part!.latency).toEqual({});
    expect(part!.errorRatePct).toBeUndefined();
  });

  it("sums the request rows when there is no Aggregated row, and says percentiles are unknown", async () => {
    const csv = `${HEADER_2X}\nGET,/a,10,1,5,5,1,9,1,2.0,0.2,5,5,5,5,5,5,5,5,5,5,5\nGET,/b,30,0,7,7,1,9,1,3.0,0,7,7,7,7,7,7,7,7,7,7,7\n`;
    const [part] = await parseLocustStats(sourceFromString("x_stats.csv", csv));
    expect(part).toMatchObject({ requests: 40, failedRequests: 1, throughputRps: 5, errorRatePct: 2.5 });
    expect(part!.latency).toEqual({});
    expect(part!.notes).toEqual(["no Aggregated row: totals summed over the request rows, percentiles unknown"]);
  });

  it("rejects a header-only stats file, an empty file and a file without the count columns", async () => {
    await expect(parseLocustStats(sourceFromString("x_stats.csv", `${HEADER_2X}\r\n`))).rejects.toThrow(
      new UnreadableArtifactError(
        "header only: Locust recorded no requests in this run, so there is nothing to assess",
      ),
    );
    await expect(parseLocustStats(sourceFromString("x_stats.csv", ""))).rejects.toThrow("the file is empty");
    await expect(
      parseLocustStats(sourceFromString("x_stats.csv", "Type,Name,Median Response Time\nGET,/a,3\n")),
    ).rejects.toThrow('Locust stats without a "Request Count" column (header: Type,Name,Median Response Time)');
  });
});

describe("Locust stats history", () => {
  it("keeps peak users, the time span and the last Aggregated totals (bitcoin-api, checked by hand)", async () => {
    const [part] = await parseLocustHistory(fixture("locust/bitcoin-api_results_stats_history.csv"));
    expect(part).toMatchObject({
      kind: "history",
      users: 50,
      durationS: 56,
      requests: 2050,
      failedRequests: 1496,
      throughputRps: 36.607143,
    });
    expect(part!.latency).toMatchObject({ p50: 3 });
  });

  it("takes only Aggregated rows of a full history", async () => {
    const [part] = await parseLocustHistory(fixture("locust/generated_locust-2.12.1_mixed_stats_history.csv"));
    expect(part).toMatchObject({ users: 20, durationS: 20, requests: 1956, failedRequests: 302 });
  });

  it("says nothing about users or duration when only the t=0 row exists", async () => {
    const [part] = await parseLocustHistory(fixture("locust/generated_locust-2.12.1_clean_stats_history.csv"));
    expect(part!.users).toBeUndefined();
    expect(part!.durationS).toBeUndefined();
    expect(part!.requests).toBe(0);
  });

  it("streams a long history across chunk boundaries and keeps the last row", async () => {
    const header =
      "Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,95%,Total Request Count,Total Failure Count,Total Median Response Time,Total Average Response Time,Total Min Response Time,Total Max Response Time,Total Average Content Size";
    const lines = [header];
    for (let t = 0; t <= 40_000; t++) {
      const users = Math.min(300, t);
      lines.push(
        `${1_700_000_000 + t},${users},,Aggregated,10.0,0.0,12,40,${t * 10},${Math.floor(t / 100)},12,15.5,1,900,100`,
      );
      lines.push(`${1_700_000_000 + t},${users},GET,"/x, with comma",10.0,0.0,12,40,${t * 10},0,12,15.5,1,900,100`);
    }
    const src = sourceFromString("big_stats_history.csv", `${lines.join("\r\r\n")}\r\r\n`);
    expect(src.size).toBeGreaterThan(4_000_000);
    const [part] = await parseLocustHistory(src);
    expect(part).toMatchObject({
      users: 300,
      durationS: 40_000,
      requests: 400_000,
      failedRequests: 400,
      throughputRps: 10,
    });
  });

  it("rejects a header-only history", async () => {
    await expect(
      parseLocustHistory(sourceFromString("x_stats_history.csv", "Timestamp,User Count,Type,Name\n")),
    ).rejects.toThrow("header only: the stats history has no samples");
  });
});

describe("Locust failures and exceptions", () => {
  it("groups failures by type with endpoint and count (bitcoin-api)", async () => {
    const [part] = await parseLocustFailures(fixture("locust/bitcoin-api_results_failures.csv"));
    expect(part!.failures).toHaveLength(7);
    expect(part!.failures![0]).toEqual({
      type: "HTTP 429",
      message: "HTTPError('429 Client Error: Too Many Requests for url: /api/v1/mempool/info')",
      endpoint: "GET /api/v1/mempool/info",
      count: 123,
    });
    expect(part!.failures!.reduce((a, f) => a + f.count, 0)).toBe(1607);
  });

  it("treats a header-only failures file as a valid 'no failures' part", async () => {
    const parts = await parseLocustFailures(fixture("locust/generated_locust-2.12.1_clean_failures.csv"));
    expect(parts).toEqual([
      {
        runKey: "locust:locust/generated_locust-2.12.1_clean",
        kind: "failures",
        tool: "locust",
        scenario: "generated_locust-2.12.1_clean",
        failures: [],
      },
    ]);
  });

  it("reads a multi-line quoted traceback without leaking it", async () => {
    const [part] = await parseLocustExceptions(fixture("locust/generated_locust-2.12.1_mixed_exceptions.csv"));
    expect(part!.failures).toEqual([
      { type: "exception", message: 'synthetic client-side bug, value="quoted, with comma"', count: 161 },
    ]);
  });

  it("masks credentials in failure messages", async () => {
    const csv =
      "Method,Name,Error,Occurrences\nGET,/api?token=abc123,HTTPError('401 Client Error: Unauthorized for url: https://user:hunter2@api.example/v1?api_key=SECRETVALUE&page=2'),3\n";
    const [part] = await parseLocustFailures(sourceFromString("x_failures.csv", csv));
    expect(part!.failures![0]).toEqual({
      type: "HTTP 401",
      message: "HTTPError('401 Client Error: Unauthorized for url: https://***@api.example/v1?api_key=***&page=2')",
      endpoint: "GET /api?token=***",
      count: 3,
    });
  });
});
