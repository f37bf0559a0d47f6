// Generates the large artifacts the benchmark parses, deterministically, by scaling real tool output from
// shared fixtures (SARIF from Trivy, Locust's stats-history header, a ZAP baseline's alert shape).
import { createWriteStream, readFileSync } from "node:fs";
import { once } from "node:events";

async function write(path, gen) {
  const out = createWriteStream(path);
  for (const chunk of gen()) {
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** A SARIF of about `bytes` bytes: the real file's run with its results repeated (locations varied). */
export async function generateSarif(path, realSarifPath, bytes) {
  const real = JSON.parse(readFileSync(realSarifPath, "utf8"));
  const run = real.runs[0];
  const results = run.results;
  const head = JSON.stringify({ ...real, runs: [{ ...run, results: [] }] });
  const cut = head.lastIndexOf('"results":[]') + '"results":['.length;
  const prefix = head.slice(0, cut);
  const suffix = head.slice(cut);
  await write(path, function* () {
    yield prefix;
    let size = prefix.length;
    let i = 0;
    while (size < bytes) {
      const r = structuredClone(results[i % results.length]);
      const loc = r.locations?.[0]?.physicalLocation;
      if (loc?.region) loc.region.startLine = 1 + (i % 5000);
      if (loc?.artifactLocation) loc.artifactLocation.uri = `src/module-${i % 997}/file-${i}.js`;
      const s = (i === 0 ? "" : ",") + JSON.stringify(r);
      size += s.length;
      i++;
      yield s;
    }
    yield suffix;
  });
}

/** A Locust `_stats_history.csv` with `rows` rows (per-endpoint and Aggregated rows, one second apart). */
export async function generateLocustHistory(path, rows) {
  const header =
    "Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%,Total Request Count,Total Failure Count,Total Median Response Time,Total Average Response Time,Total Min Response Time,Total Max Response Time,Total Average Content Size";
  const names = [
    ["GET", "/api/items"],
    ["POST", "/api/agents/run"],
    ["GET", "/health"],
    ["", "Aggregated"],
  ];
  await write(path, function* () {
    yield `${header}\r\n`;
    let batch = "";
    for (let i = 0; i < rows; i++) {
      const [type, name] = names[i % 4];
      const t = 1732500000 + Math.floor(i / 4);
      const users = Math.min(1000, 10 + Math.floor(i / 40));
      const p = (b) => String(b + (i % 37));
      batch += `${t},${users},${type},${name},${(100 + (i % 50)).toFixed(2)},0.01,${p(150)},${p(180)},${p(220)},${p(260)},${p(400)},${p(600)},${p(900)},${p(1200)},${p(2000)},${p(2500)},${p(3000)},${i * 10},${i % 7},150,180.5,12,3000,512\r\n`;
      if (batch.length > 1 << 16) {
        yield batch;
        batch = "";
      }
    }
    yield batch;
  });
}

/** A ZAP traditional JSON report with `alerts` alerts (numbers as strings, as ZAP writes them). */
export async function generateZap(path, alerts) {
  await write(path, function* () {
    yield '{"@programName":"ZAP","@version":"2.14.0","@generated":"Mon, 25 Nov 2024 10:00:00","site":[{"@name":"https://app.example.test","@host":"app.example.test","@port":"443","@ssl":"true","alerts":[';
    for (let i = 0; i < alerts; i++) {
      const risk = String(i % 4);
      yield `${i ? "," : ""}${JSON.stringify({
        pluginid: String(10000 + (i % 300)),
        alertRef: String(10000 + (i % 300)),
        alert: `Generated alert ${i % 300}`,
        name: `Generated alert ${i % 300}`,
        riskcode: risk,
        confidence: "2",
        riskdesc: "Medium (Medium)",
        desc: "<p>Generated for the benchmark.</p>",
        instances: [{ uri: `https://app.example.test/page/${i}`, method: "GET", param: "", attack: "", evidence: "" }],
        count: "1",
        solution: "<p>Fix it.</p>",
        otherinfo: "",
        reference: "",
        cweid: String([79, 200, 693, 1021][i % 4]),
        wascid: "13",
        sourceid: "3",
      })}`;
    }
    yield "]}]}";
  });
}
