// External link checking benchmark: 500 distinct URLs on 20 local servers, each answering after 100 ms.
// Goal (issue 7): wall time ≤ 1.5 × (500 × 100 ms / effective concurrency), where the effective concurrency is
// min(concurrency, hosts × per-host-concurrency). A second run with the cache must send no request.
// `node bench/external-links.mjs` prints one JSON line; `npm run bench` imports `benchExternalLinks`.
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The servers run in a child process, as remote hosts would: their work does not share the checker's CPU. */
async function serveInChild(hosts, latencyMs) {
  const child = fork(fileURLToPath(import.meta.url), ["--serve", String(hosts), String(latencyMs)], {
    stdio: "inherit",
  });
  const ports = await new Promise((resolve) => child.once("message", (m) => resolve(m.ports)));
  const requests = () =>
    new Promise((resolve) => {
      child.once("message", (m) => resolve(m.requests));
      child.send("count");
    });
  const stop = () =>
    new Promise((resolve) => {
      child.once("exit", resolve);
      child.kill();
    });
  return { ports, requests, stop };
}

async function serve(hosts, latencyMs) {
  let requests = 0;
  const ports = [];
  for (let i = 0; i < hosts; i++) {
    const server = createServer((_req, res) => {
      requests++;
      setTimeout(() => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end();
      }, latencyMs);
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    ports.push(server.address().port);
  }
  process.on("message", () => process.send({ requests }));
  process.send({ ports });
}

export async function benchExternalLinks({
  urls = 500,
  hosts = 20,
  latencyMs = 100,
  concurrency = 32,
  perHost = 4,
} = {}) {
  const { createExternalLinkChecker } = await tsImport(
    pathToFileURL(path.join(here, "..", "src", "links", "index.ts")).href,
    import.meta.url,
  );
  const { linksSchema } = await tsImport(
    pathToFileURL(path.join(here, "..", "src", "core", "config", "documentation.ts")).href,
    import.meta.url,
  );
  const servers = await serveInChild(hosts, latencyMs);
  const list = Array.from({ length: urls }, (_, i) => `http://127.0.0.1:${servers.ports[i % hosts]}/page/${i}`);
  const root = mkdtempSync(path.join(os.tmpdir(), "rg-links-bench-"));
  const config = linksSchema.parse({
    concurrency,
    "per-host-concurrency": perHost,
    "allow-private-hosts": ["127.0.0.1"],
    cache: { path: "links.json", ttl: "1h" },
  });
  try {
    const first = createExternalLinkChecker({ config, root });
    const start = process.hrtime.bigint();
    const results = await first.check(list);
    const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    const summary = first.summary();
    await first.close();
    const ok = [...results.values()].filter((r) => r.outcome === "ok").length;
    const requestsFirst = await servers.requests();

    const second = createExternalLinkChecker({ config, root });
    const startCached = process.hrtime.bigint();
    await second.check(list);
    const cachedWallSeconds = Number(process.hrtime.bigint() - startCached) / 1e9;
    await second.close();
    const cachedRunRequests = (await servers.requests()) - requestsFirst;

    const effectiveConcurrency = Math.min(concurrency, hosts * perHost);
    const boundSeconds = (1.5 * (urls * latencyMs)) / effectiveConcurrency / 1000;
    return {
      case: "external-links",
      urls,
      hosts,
      latencyMs,
      concurrency,
      perHostConcurrency: perHost,
      effectiveConcurrency,
      ok,
      requests: requestsFirst,
      wallSeconds: Number(wallSeconds.toFixed(3)),
      boundSeconds: Number(boundSeconds.toFixed(3)),
      withinBound: wallSeconds <= boundSeconds && ok === urls,
      cachedRunRequests,
      cachedWallSeconds: Number(cachedWallSeconds.toFixed(3)),
      summary: `${ok}/${urls} ok in ${wallSeconds.toFixed(2)} s (bound ${boundSeconds.toFixed(2)} s); cached rerun: ${cachedRunRequests} requests; ${summary}`,
    };
  } finally {
    await servers.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--serve") {
  await serve(Number(process.argv[3]), Number(process.argv[4]));
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await benchExternalLinks();
  console.error(`external links: ${r.summary}`);
  console.log(JSON.stringify(r));
  process.exitCode = r.withinBound && r.cachedRunRequests === 0 ? 0 : 1;
}
